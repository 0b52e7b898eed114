"""SHACL shapes: graphs aikg builds conform; broken ones do not."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Literal, URIRef

from graph.rdf import AIKG, build_rdf
from test_rdf import ent, fact_node, seed_graph

pytest.importorskip("pyshacl")
from graph.shacl import validate  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEV_DOCS = ROOT.parent / "shared" / "eval" / "dev" / "docs"


def test_the_hand_built_graph_conforms():
    report = validate(seed_graph())
    assert report.conforms, report.messages


def _broken(change):
    g = build_rdf(seed_graph())
    change(g)
    return validate(g)


def test_an_entity_with_two_labels_fails():
    report = _broken(lambda g: g.add((ent("openai"), RDFS.label, Literal("Open AI"))))
    assert not report.conforms and any("label" in m for m in report.messages)


def test_a_fact_without_evidence_or_with_a_bad_status_fails():
    def change(g):
        node = fact_node(g, ent("softbank"), AIKG["invests-in"], ent("openai"))
        g.remove((node, AIKG.evidence, None))
        g.set((node, AIKG.status, Literal("rumoured")))
        g.set((node, AIKG.confidence, Literal("1.5", datatype=URIRef(
            "http://www.w3.org/2001/XMLSchema#decimal"))))
    report = _broken(change)
    assert not report.conforms
    text = " ".join(report.messages)
    assert "evidence" in text and "status" in text and "confidence" in text


def test_a_plain_triple_outside_its_domain_fails():
    def change(g):
        g.add((ent("chine"), AIKG["invests-in"], ent("openai")))      # a Place investing
        g.set((ent("deepseek"), RDF.type, AIKG.Fact))                   # not an entity class
    report = _broken(change)
    assert not report.conforms
    assert any("subject of aikg:invests-in" in m for m in report.messages)


@pytest.mark.slow
@pytest.mark.parametrize("folder", [ROOT / "seeds", DEV_DOCS], ids=["seeds", "dev"])
def test_graphs_built_from_articles_conform(folder):
    if not folder.exists():
        pytest.skip(f"{folder} is not here")
    from extractors.extract import extract
    from graph.cli import _knowledge_graph
    kg = _knowledge_graph(extract([str(folder)]))
    assert len(kg.facts) > 0
    report = validate(kg)
    assert report.conforms, "\n".join(report.messages[:20])
