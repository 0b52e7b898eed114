"""SHACL validation of a built graph against graph/data/shapes.ttl, with pySHACL.

    report = validate_graph("output/graph.ttl")      # a file aikg wrote, or a --store folder
    report.conforms, report.messages                 # readable lines, one per violation
    report.results.serialize(format="turtle")        # the standard SHACL validation report

`validate(graph)` checks an rdflib graph or a KnowledgeGraph in memory. The
graph file is read the way `aikg query` reads it (`graph.query.open_graph`:
Turtle, N-Triples, JSON-LD... by extension, or a store folder), so validating a
file checks what a user has on disk, vocabulary included.

pySHACL is an optional dependency (``pip install 'aikg[shacl]'``, also in the
``test`` extra): building, exporting and querying never need it, and it brings
owlrl and other packages a plain install does not want. Without it,
validating raises `DependencyError`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef

from extractors.errors import DependencyError, QueryError
from extractors.triple import ENTITY_TYPES
from graph.model import KnowledgeGraph
from graph.rdf import AIKG, DEFAULT_BASE, NAMESPACES, base_of, build_rdf, id_namespaces

SH = Namespace("http://www.w3.org/ns/shacl#")
INSTALL = "pip install 'aikg[shacl]'"


@dataclass(frozen=True)
class Report:
    conforms: bool
    messages: tuple[str, ...]     # one line per violation: focus node's label, path, message
    text: str                     # pySHACL's own text report
    results: Graph | None = None  # the standard SHACL validation report (sh:ValidationReport)
    checked: dict | None = None   # how many entities, facts, evidence nodes, articles it holds

    def summary(self) -> str:
        """``7 entities, 8 facts, 20 evidence nodes, 1 article``."""
        return ", ".join(f"{n} {kind if n != 1 else kind.rstrip('s')}"
                         for kind, n in (self.checked or {}).items())


@lru_cache(maxsize=1)
def shapes_text() -> str:
    """The Turtle text of the shapes file."""
    return resources.files("graph").joinpath("data/shapes.ttl").read_text(encoding="utf-8")


def shapes() -> Graph:
    return Graph().parse(data=shapes_text(), format="turtle")


def _pyshacl():
    try:
        import pyshacl
    except ImportError:
        raise DependencyError(f"SHACL validation needs pySHACL, which is not installed: "
                              f"{INSTALL}") from None
    return pyshacl


def read_graph(path: str | Path) -> Graph:
    """The graph file (or store folder) at `path` as an rdflib graph, read as `aikg query`
    reads it; QueryError when it is missing or unreadable."""
    import pyoxigraph as ox

    from graph.query import open_graph

    store = open_graph(path)
    try:
        data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
        g = Graph(bind_namespaces="none")
        g.parse(data=data, format="nt")
    except (OSError, ValueError, SyntaxError) as exc:
        raise QueryError(f"cannot read {path}: {exc}") from None
    return g


def validate_graph(path: str | Path) -> Report:
    """Check the graph file or store folder at `path` against the shapes."""
    _pyshacl()                    # say that pySHACL is missing before reading a large graph
    return validate(read_graph(path))


def validate(graph: Graph | KnowledgeGraph, *, base: str = DEFAULT_BASE) -> Report:
    """Check `graph` (an rdflib data graph, or a KnowledgeGraph built to RDF) against the shapes."""
    pyshacl = _pyshacl()
    if isinstance(graph, KnowledgeGraph):
        graph = build_rdf(graph, base=base)
    conforms, results, text = pyshacl.validate(graph, shacl_graph=shapes(), inference="none",
                                               advanced=False, allow_warnings=False)
    for prefix, iri in {**NAMESPACES, **_id_prefixes(graph), "sh": str(SH)}.items():
        results.bind(prefix, iri, replace=True)
    return Report(bool(conforms), tuple(sorted(readable(graph, results))), text, results,
                  _counts(graph))


def _counts(g: Graph) -> dict[str, int]:
    entities = set()
    for cls in ENTITY_TYPES:
        entities.update(g.subjects(RDF.type, AIKG[cls]))
    return {"entities": len(entities), "facts": len(set(g.subjects(RDF.type, AIKG.Fact))),
            "evidence nodes": len(set(g.subjects(RDF.type, AIKG.Evidence))),
            "articles": len(set(g.subjects(RDF.type, AIKG.Article)))}


def readable(data: Graph, results: Graph):
    """One line per result of a SHACL report: the focus node's label, the path, the message."""
    names = _Names(data)
    for r in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(r, SH.focusNode)
        path = results.value(r, SH.resultPath)
        message = results.value(r, SH.resultMessage) or results.value(r, SH.sourceConstraintComponent)
        value = results.value(r, SH.value)
        where = f"  {names.term(path)}" if path is not None else ""
        line = f"{names.describe(focus)}{where}: {message}"
        if value is not None and value != focus:
            line += f" (value: {names.term(value)})"
        yield line


class _Names:
    """How a node reads in a report line: its label, or what it is, then its short IRI."""

    def __init__(self, g: Graph):
        self.g = g
        self.prefixes = {**NAMESPACES, **_id_prefixes(g)}

    def term(self, node) -> str:
        if isinstance(node, Literal):
            text = str(node)
            return '"' + text[:60] + ("…" if len(text) > 60 else "") + '"'
        if isinstance(node, URIRef):
            from graph.query import compact
            return compact(str(node), self.prefixes)
        return str(node.n3()) if hasattr(node, "n3") else str(node)

    def label(self, node) -> str | None:
        g = self.g
        labels = sorted(str(x) for x in g.objects(node, RDFS.label))
        if labels:
            return " / ".join(labels)
        s, p, o = (g.value(node, RDF.subject), g.value(node, RDF.predicate),
                   g.value(node, RDF.object))
        if s is not None and p is not None and o is not None:
            return f"{self.label(s) or self.term(s)} {str(p).rsplit('#', 1)[-1]} " \
                   f"{self.label(o) or self.term(o)}"
        sentence = g.value(node, AIKG.sentence)
        if sentence is not None:
            return "evidence " + self.term(sentence)
        path = g.value(node, AIKG.path)
        return f"article {path}" if path is not None else None

    def describe(self, node) -> str:
        label = self.label(node)
        return f"{label} ({self.term(node)})" if label else self.term(node)


def _id_prefixes(g: Graph) -> dict[str, str]:
    """entity:, fact:, evidence:, article: under the base `g`'s articles were minted under."""
    article = next(iter(g.subjects(RDF.type, AIKG.Article)), None)
    return id_namespaces(base_of(str(article)) or DEFAULT_BASE if article is not None
                         else DEFAULT_BASE)
