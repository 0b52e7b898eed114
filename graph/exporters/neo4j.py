"""CSV for Neo4j: nodes.csv and relationships.csv with `neo4j-admin database import` headers.

    neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv

nodes.csv has one row per entity: ``id:ID`` (the slug of its IRI), name, type,
``aliases:string[]`` (joined with ";", Neo4j's array delimiter), ``:LABEL``
(``Entity;Organization``...). relationships.csv has one row per fact, denied
ones too (``negated`` true): its type is the predicate in Neo4j's style
(``INVESTS_IN``), with amount, currency, year, status, cue, confidence, the
number of sources, the evidence sentences joined with " | " and the fact's IRI,
which links the row back to the RDF graph. Fields hold no line breaks, so the
import needs no --multiline-fields.
"""
from __future__ import annotations

import csv
import io

from graph.exporters import Exporter
from graph.model import KnowledgeGraph
from graph.rdf import DEFAULT_BASE, clean_text, entity_slugs, fact_id, id_namespaces

NODE_HEADER = ["id:ID", "name", "type", "aliases:string[]", ":LABEL"]
RELATIONSHIP_HEADER = [":START_ID", ":END_ID", ":TYPE", "amount:double", "currency", "year:int",
                       "stake:double", "status", "cue", "negated:boolean", "confidence:double",
                       "sources:int", "evidence", "fact"]


def relationship_type(predicate: str) -> str:
    """'invests-in' -> 'INVESTS_IN'."""
    return predicate.upper().replace("-", "_")


def _text(value) -> str:
    return "" if value is None else clean_text(str(value)).strip()


def _csv(rows) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


def generate(kg: KnowledgeGraph, *, base: str = DEFAULT_BASE, **_options) -> dict[str, str]:
    slugs = entity_slugs(kg)
    fact_ns = id_namespaces(base)["fact"]
    nodes = [NODE_HEADER]
    for e in kg.sorted_entities():
        aliases = ";".join(_text(a).replace(";", ",") for a in sorted(e.aliases))
        nodes.append([slugs[e.key], _text(e.name), e.type, aliases, f"Entity;{e.type}"])
    relationships = [RELATIONSHIP_HEADER]
    for f in kg.sorted_facts():
        relationships.append([
            slugs[f.subject], slugs[f.object], relationship_type(f.predicate),
            "" if f.amount is None else repr(float(f.amount)), _text(f.currency),
            "" if f.year is None else int(f.year), "" if f.stake is None else repr(float(f.stake)),
            _text(f.status), _text(f.cue),
            "true" if f.negated else "false", repr(float(f.confidence)), len(f.sources),
            " | ".join(_text(e.sentence) for e in f.evidence), fact_ns + fact_id(f)])
    return {"nodes.csv": _csv(nodes), "relationships.csv": _csv(relationships)}


EXPORTER = Exporter("neo4j", "neo4j", generate, aliases=("neo4j-csv",), media_type="text/csv",
                    multi_file=True)
