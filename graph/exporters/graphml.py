"""GraphML: entities as nodes and facts as edges, for Gephi, yEd, Cytoscape and networkx.

Written by networkx from `KnowledgeGraph.to_networkx()`: nodes are the entities'
slugs (as in the RDF, Neo4j and the page), edges have their fact's id (as in
Neo4j's `fact` column and the RDF's fact IRIs), unique. Every attribute is
made a GraphML scalar: lists joined with " | ", missing values left out, each
attribute one type throughout (amount and confidence doubles, year an integer,
negated a boolean), control characters replaced so the XML stays valid.
"""
from __future__ import annotations

import networkx as nx

from graph.exporters import Exporter
from graph.model import KnowledgeGraph
from graph.rdf import clean_text, entity_slugs, fact_id

SEPARATOR = " | "
_TYPES = {"amount": float, "stake": float, "confidence": float, "year": int, "negated": bool}


def _scalar(name: str, value):
    if value is None:
        return None
    if name == "evidence":
        return SEPARATOR.join(clean_text(e["sentence"]) for e in value) or None
    if isinstance(value, (list, tuple, set)):
        return SEPARATOR.join(clean_text(str(v)) for v in value) or None
    if name in _TYPES:
        return _TYPES[name](value)
    return clean_text(str(value))


def graphml_graph(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    """`kg.to_networkx()` with GraphML-safe attributes, each node keyed by the slug of its
    entity's IRI (the id it has in every format) and each edge by its fact's id (the hash
    of its IRI, unique in the graph)."""
    source = kg.to_networkx()
    ids = entity_slugs(kg)
    facts = {(f.subject, f.object, f.predicate + (":negated" if f.negated else "")): fact_id(f)
             for f in kg.facts.values()}
    g = nx.MultiDiGraph()
    for node, data in source.nodes(data=True):
        g.add_node(ids[node], **_clean(data))
    for u, v, key, data in source.edges(keys=True, data=True):
        g.add_edge(ids[u], ids[v], key=facts[(u, v, key)], **_clean(data))
    return g


def _clean(data: dict) -> dict:
    out = {}
    for name, value in data.items():
        value = _scalar(name, value)
        if value is not None:
            out[name] = value
    return out


def generate(kg: KnowledgeGraph, **_options) -> str:
    return "\n".join(nx.generate_graphml(graphml_graph(kg))) + "\n"


EXPORTER = Exporter("graphml", "graph.graphml", generate, media_type="application/graphml+xml")
