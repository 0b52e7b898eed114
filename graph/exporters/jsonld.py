"""JSON-LD: the data graph as one JSON document whose context is embedded inline.

The ``@context`` maps the prefixes aikg writes (aikg, rdfs, prov, entity, fact...)
so that keys and ``@id`` values read as compact IRIs (``aikg:invests-in``,
``entity:openai``); nothing is fetched to read the file. Each node is one
object of ``@graph`` with ``@type`` for its classes; literals keep their exact
datatype (``{"@value": "2019", "@type": "xsd:integer"}``) so the file re-parses
to the same triples as graph.ttl's data part. The vocabulary is not included;
it is in graph.ttl and graph/data/vocabulary.ttl.
"""
from __future__ import annotations

import json

from graph.exporters import Exporter
from graph.model import KnowledgeGraph
from graph.rdf import DEFAULT_BASE, prefixes, statements
from graph.rdftext import TurtleTerms


class _Iri(str):
    """A compact IRI, told apart from a plain string literal."""


class JsonLdTerms(TurtleTerms):
    """Term factory for `statements`: compact IRIs and JSON-LD value objects."""

    def iri(self, prefix: str, local: str) -> _Iri:
        term = super().iri(prefix, local)
        return _Iri(term[1:-1] if term.startswith("<") else term)

    def text(self, value: str, lang: str | None = None):
        return {"@value": value, "@language": lang} if lang else value

    def typed(self, lexical: str, datatype: str) -> dict:
        return {"@value": lexical, "@type": f"xsd:{datatype}"}


def _node(subject: str, pairs) -> dict:
    node: dict = {"@id": subject}
    for p, o in pairs:
        if p == "rdf:type":
            node.setdefault("@type", []).append(o)
        else:
            node.setdefault(p, []).append({"@id": o} if isinstance(o, _Iri) else o)
    return node


def generate(kg: KnowledgeGraph, *, base: str = DEFAULT_BASE, **_options) -> str:
    names = prefixes(base)
    dump = json.dumps
    head = dump({"@context": dict(sorted(names.items()))}, ensure_ascii=False, indent=1)
    nodes = ",\n".join(dump(_node(s, pairs), ensure_ascii=False)
                       for s, pairs in statements(kg, JsonLdTerms(names), base=base))
    return f'{head[:-2]},\n "@graph": [\n{nodes}\n ]\n}}\n'


EXPORTER = Exporter("jsonld", "graph.jsonld", generate, aliases=("json-ld",),
                    media_type="application/ld+json")
