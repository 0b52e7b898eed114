"""N-Triples: the data graph, one triple per line, for bulk loaders of any triple store.

The lines come from `graph.rdftext.ntriples` (the same triples as `build_rdf`,
in a stable order); the vocabulary is appended unless ``vocabulary=False``, so
the file answers the same SPARQL as graph.ttl.
"""
from __future__ import annotations

from graph.exporters import Exporter
from graph.model import KnowledgeGraph
from graph.rdf import DEFAULT_BASE, vocabulary_ntriples
from graph.rdftext import ntriples


def generate(kg: KnowledgeGraph, *, base: str = DEFAULT_BASE, vocabulary: bool = True,
             **_options) -> str:
    data = "".join(ntriples(kg, base=base))
    return data + vocabulary_ntriples() if vocabulary else data


EXPORTER = Exporter("ntriples", "graph.nt", generate, aliases=("nt", "n-triples"),
                    media_type="application/n-triples")
