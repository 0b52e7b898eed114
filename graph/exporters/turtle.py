"""Turtle: the whole graph, data and vocabulary, in one self-describing file.

`graph.ttl` holds the data graph of `graph.rdf.build_rdf`, then the aikg
vocabulary (graph/data/vocabulary.ttl, copied as written, with its comments):
classes, properties, English and French labels, schema.org alignments. So the
one file answers SPARQL that asks for a property's label or domain without
loading anything else, and a reader finds the meaning of every term next to
the data. Pass ``vocabulary=False`` for the data alone (for a store that
already holds the vocabulary). Two Turtle documents one after the other are
still one valid Turtle document: a prefix may be declared again, and the
vocabulary's blank nodes are written ``[ ... ]`` without labels.

The output is byte-identical for the same input: every node of the data graph
is an IRI minted from a slug or a hash (no blank nodes) and the text is written
in the stable order of `graph.rdf.statements` by `graph.rdftext`, which is fast
enough for a million facts (rdflib's serializer is not).
"""
from __future__ import annotations

from graph.exporters import Exporter
from graph.model import KnowledgeGraph
from graph.rdf import DEFAULT_BASE, vocabulary_text
from graph.rdftext import turtle

_HEADER = "# aikg knowledge graph: the data, then the aikg vocabulary it uses.\n\n"


def generate(kg: KnowledgeGraph, *, base: str = DEFAULT_BASE, vocabulary: bool = True,
             **_options) -> str:
    """The Turtle text of `kg`, followed by the vocabulary unless ``vocabulary=False``."""
    data = "".join(turtle(kg, base=base))
    if not vocabulary:
        return data
    return f"{_HEADER}{data.rstrip()}\n\n{vocabulary_text()}"


EXPORTER = Exporter("turtle", "graph.ttl", generate, aliases=("ttl",),
                    media_type="text/turtle")
