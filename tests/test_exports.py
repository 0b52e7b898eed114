"""Every registered export format re-parses in a second library and matches the source graph."""
from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from graph import exporters
from graph.model import Article
from graph.rdf import build_rdf, clean_text, vocabulary
from graph.rdftext import ntriples, turtle
from test_rdf import HOSTILE, seed_graph, triple

RDF_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
               "jsonld": ox.RdfFormat.JSON_LD}


def hostile_graph():
    kg = seed_graph()
    kg.add_all(triple(name, "invests-in", "OpenAI", doc=f"dir/{name}.txt",
                      sentence=f'{name} "says"\n\x0c… \\ end', start=1000 + i)
               for i, name in enumerate(HOSTILE))
    kg.add_article(Article("dir/x.txt", "fr\n; evil", title='T"itle\\\n', date="30 janvier"))
    kg.add_article(Article("seeds/other.txt", "en", date="2025-03-01"))
    return kg


def _canonical(triples) -> ox.Dataset:
    d = ox.Dataset(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    d.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return d


def _expected_rdf(name, kg) -> Graph:
    return build_rdf(kg) + vocabulary() if name != "jsonld" else build_rdf(kg)


@pytest.mark.parametrize("name", exporters.names())
@pytest.mark.parametrize("make", [seed_graph, hostile_graph], ids=["seed", "hostile"])
def test_every_format_reparses_in_a_second_library(name, make, tmp_path):
    kg = make()
    ex = exporters.get(name)
    path = ex.write(kg, tmp_path / ex.filename)
    assert ex.generate(kg) == ex.generate(make())            # deterministic
    if name in RDF_FORMATS:
        text = path.read_text(encoding="utf-8")
        parsed = list(ox.parse(text, format=RDF_FORMATS[name]))
        expected = _expected_rdf(name, kg)
        assert len(parsed) == len(expected)
        from_rdflib = ox.parse(expected.serialize(format="nt"), format=ox.RdfFormat.N_TRIPLES)
        assert _canonical(parsed) == _canonical(from_rdflib)
    elif name == "graphml":
        g = nx.read_graphml(path, force_multigraph=True)
        assert g.number_of_nodes() == len(kg.entities)
        assert g.number_of_edges() == len(kg.facts)
        assert {d["label"] for _, d in g.nodes(data=True)} == {
            clean_text(e.name) for e in kg.entities.values()}
        assert sum(1 for *_, d in g.edges(data=True) if d["negated"]) == sum(
            f.negated for f in kg.facts.values())
    elif name == "neo4j":
        nodes = list(csv.DictReader((path / "nodes.csv").open(encoding="utf-8")))
        rels = list(csv.DictReader((path / "relationships.csv").open(encoding="utf-8")))
        assert len(nodes) == len(kg.entities) and len(rels) == len(kg.facts)
        ids = {n["id:ID"] for n in nodes}
        assert len(ids) == len(nodes)
        assert all(r[":START_ID"] in ids and r[":END_ID"] in ids for r in rels)
        assert {r["negated:boolean"] for r in rels} <= {"true", "false"}
    elif name == "jsonl":
        lines = path.read_text(encoding="utf-8").splitlines()
        assert len(lines) == sum(len(f.evidence) for f in kg.facts.values())
        assert all(json.loads(line)["predicate"] for line in lines)
    elif name == "html":
        assert "<html" in path.read_text(encoding="utf-8").lower()
    else:
        pytest.fail(f"no round-trip check for the registered format {name!r}; add one")


@pytest.mark.parametrize("alias, name", [("ttl", "turtle"), ("nt", "ntriples"),
                                         ("json-ld", "jsonld"), ("NT", "ntriples")])
def test_aliases(alias, name):
    assert exporters.get(alias).name == name


def test_text_writers_are_isomorphic_to_build_rdf_in_rdflib_too():
    kg = hostile_graph()
    expected = build_rdf(kg)
    for chunks, fmt in ((ntriples(kg), "nt"), (turtle(kg), "turtle")):
        assert isomorphic(Graph().parse(data="".join(chunks), format=fmt), expected), fmt


def test_facts_carry_first_and_last_seen_only_when_dates_are_known():
    from rdflib import Literal, URIRef
    from rdflib.namespace import XSD
    from graph.rdf import AIKG
    from test_rdf import ent, fact_node
    g = build_rdf(hostile_graph())
    both = fact_node(g, ent("microsoft"), AIKG["invests-in"], ent("openai"))
    assert g.value(both, AIKG.firstSeen) == Literal("2025-01-30", datatype=XSD.date)
    assert g.value(both, AIKG.lastSeen) == Literal("2025-03-01", datatype=XSD.date)
    undated = fact_node(g, ent("deepseek"), AIKG["based-in"], ent("chine"))
    assert g.value(undated, AIKG.firstSeen) == Literal("2025-01-30", datatype=XSD.date)
    hostile = [n for n in g.subjects(AIKG.sourceCount, None)
               if any("dir/" in str(g.value(a, AIKG.path)) for a in g.objects(n, URIRef(
                   "http://www.w3.org/ns/prov#wasDerivedFrom")))]
    assert hostile and all(g.value(n, AIKG.firstSeen) is None for n in hostile)


def test_a_multi_file_format_cannot_be_one_string():
    out = exporters.get("neo4j").generate(seed_graph())
    assert set(out) == {"nodes.csv", "relationships.csv"}
    header = io.StringIO(out["relationships.csv"]).readline().strip().split(",")
    assert header[:3] == [":START_ID", ":END_ID", ":TYPE"] and "negated:boolean" in header
