"""SHACL validation of a built graph against graph/data/shapes.ttl, with pySHACL.

pySHACL is an optional dependency (``pip install 'aikg[shacl]'``, also in the
``test`` extra): building, exporting and querying never need it, and it brings
owlrl and other packages a plain install does not want.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rdflib import Graph

from graph.model import KnowledgeGraph
from graph.rdf import DEFAULT_BASE, build_rdf


@dataclass(frozen=True)
class Report:
    conforms: bool
    messages: tuple[str, ...]     # one line per violation: focus node, path, message
    text: str                     # pySHACL's full report


@lru_cache(maxsize=1)
def shapes_text() -> str:
    """The Turtle text of the shapes file."""
    return resources.files("graph").joinpath("data/shapes.ttl").read_text(encoding="utf-8")


def shapes() -> Graph:
    return Graph().parse(data=shapes_text(), format="turtle")


def validate(graph: Graph | KnowledgeGraph, *, base: str = DEFAULT_BASE) -> Report:
    """Check `graph` (an rdflib data graph, or a KnowledgeGraph built to RDF) against the shapes."""
    try:
        import pyshacl
    except ImportError:
        raise ImportError("SHACL validation needs pySHACL: pip install 'aikg[shacl]'") from None
    if isinstance(graph, KnowledgeGraph):
        graph = build_rdf(graph, base=base)
    conforms, results, text = pyshacl.validate(graph, shacl_graph=shapes(), inference="none",
                                               advanced=False, allow_warnings=False)
    sh = "http://www.w3.org/ns/shacl#"
    messages = sorted(
        f"{results.value(r, _ref(sh + 'focusNode'))} "
        f"{results.value(r, _ref(sh + 'resultPath')) or ''}: "
        f"{results.value(r, _ref(sh + 'resultMessage'))}"
        for r in results.subjects(_ref(sh + "focusNode"), None))
    return Report(bool(conforms), tuple(messages), text)


def _ref(iri: str):
    from rdflib import URIRef
    return URIRef(iri)
