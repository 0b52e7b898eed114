"""Corrections files (graph/corrections.py): reading, checking, applying, name matching."""
from __future__ import annotations

import json

import pytest

from extractors.errors import CorrectionsError
from extractors.triple import Attributes, Triple
from graph import corrections
from graph.model import KnowledgeGraph


def t(s, p, o, doc="a.txt", stype="Organization", otype="Organization", **attrs):
    return Triple(doc, "fr", s, stype, p, o, otype, Attributes(**attrs),
                  sentence=f"{s} {p} {o}, from {doc}.", confidence=0.8, extractor="test")


def graph() -> KnowledgeGraph:
    return KnowledgeGraph().add_all([
        t("Globex", "acquires", "Initech"),
        t("Globex", "acquires", "Initech", doc="b.txt"),
        t("Hooli", "partners-with", "Éclair Labs"),
        t("Éclair", "develops", "Orbit", otype="Product"),
        t("L'Étoile Dorée", "invests-in", "Hooli"),
        t("Lundi", "invests-in", "Hooli"),
        t("Lundi", "competes-with", "Globex"),
    ])


def apply(kg, text):
    return corrections.apply(kg, corrections.parse(text))


def key(name):
    from graph.canonical import name_key
    return name_key(name)


# -- each kind ------------------------------------------------------------------
def test_reject_fact_keeps_its_evidence_as_a_rejected_negated_fact():
    kg = graph()
    out = apply(kg, "- reject-fact: {subject: globex, predicate: acquires, object: INITECH}\n"
                    "  note: talks failed\n  by: ana\n")
    assert len(out.applied) == 1 and not out.unmatched
    assert (key("Globex"), "acquires", key("Initech"), False) not in kg.facts
    f = kg.facts[(key("Globex"), "acquires", key("Initech"), True)]
    assert f.rejected and f.negated and len(f.evidence) == 2
    assert f.corrected_by == [out.applied[0].id]
    assert kg.corrections == out.applied and out.applied[0].note == "talks failed"
    assert all(x.subject != key("Globex") or x.predicate != "acquires" for x in kg.asserted_facts())


def test_reject_fact_of_a_symmetric_fact_either_way_round():
    kg = graph()
    out = apply(kg, "- reject-fact: {subject: Eclair Labs, predicate: partners-with, object: hooli}")
    assert len(out.applied) == 1
    assert not any(f.predicate == "partners-with" for f in kg.asserted_facts())


def test_not_an_entity_drops_it_and_every_fact_touching_it():
    kg = graph()
    out = apply(kg, "- not-an-entity: lundi\n")
    assert len(out.applied) == 1
    assert key("Lundi") not in kg.entities
    assert all(key("Lundi") not in (f.subject, f.object) for f in kg.facts.values())
    assert len(kg.facts) == 4


def test_same_as_merges_names_and_facts():
    kg = graph()
    out = apply(kg, "- same-as: {name: Éclair, is: eclair labs}\n")
    assert len(out.applied) == 1
    e = kg.entities[key("Éclair Labs")]
    assert e.name == "Éclair Labs" and "Éclair" in e.aliases and key("Éclair") not in kg.entities
    f = kg.facts[(key("Éclair Labs"), "develops", key("Orbit"), False)]
    assert out.applied[0].id in f.corrected_by and out.applied[0].id in e.corrected_by


def test_same_as_merging_two_tellings_of_one_fact_merges_their_evidence():
    kg = KnowledgeGraph().add_all([t("Globex", "acquires", "Initech"),
                                   t("Globex SA", "acquires", "Initech", doc="b.txt"),
                                   t("Globex Group", "acquires", "Initech", doc="c.txt")])
    apply(kg, "- same-as: {name: Globex Group, is: Globex}\n")
    f = kg.facts[(key("Globex"), "acquires", key("Initech"), False)]
    assert len(f.evidence) == 3 and f.sources == ["a.txt", "b.txt", "c.txt"]


def test_rename_and_retype():
    kg = graph()
    out = apply(kg, "- rename: {name: l’etoile doree, to: L'Étoile Dorée SAS}\n"
                    "- retype: {name: ORBIT, type: Project}\n")
    assert len(out.applied) == 2
    e = kg.entities[key("L'Étoile Dorée")]
    assert e.name == "L'Étoile Dorée SAS" and "L'Étoile Dorée" in e.aliases
    assert kg.entities[key("Orbit")].type == "Project"
    assert (key("Éclair"), "develops", key("Orbit"), False) in kg.facts     # still fits


def test_add_fact_is_manual_with_its_cited_source():
    kg = graph()
    out = apply(kg, "- add-fact: {subject: Hooli, predicate: invests-in, object: Initech,\n"
                    "             source: 'https://news.example/1', amount: 5000000, currency: EUR,\n"
                    "             status: announced}\n  note: Hooli met 5 M€ dans Initech\n")
    assert len(out.applied) == 1
    f = kg.facts[(key("Hooli"), "invests-in", key("Initech"), False)]
    assert f.amount == 5000000 and f.currency == "EUR" and f.status == "announced"
    (ev,) = f.evidence
    assert ev.extractor == "manual" and ev.doc == "https://news.example/1"
    assert ev.sentence == "Hooli met 5 M€ dans Initech"
    assert kg.articles["https://news.example/1"].url == "https://news.example/1"


def test_add_fact_with_new_names_makes_entities():
    kg = graph()
    apply(kg, "- add-fact: {subject: Vandelay, predicate: develops, object: Latex 2,\n"
              "             object_type: Product, source: memo.txt}\n")
    assert kg.entities[key("Latex 2")].type == "Product"
    assert kg.entities[key("Vandelay")].type == "Organization"


def test_fact_entries_see_the_entity_entries():
    kg = graph()
    out = apply(kg, "- reject-fact: {subject: Éclair, predicate: develops, object: Orbit}\n"
                    "- same-as: {name: Éclair, is: Éclair Labs}\n")
    assert len(out.applied) == 2
    assert (key("Éclair Labs"), "develops", key("Orbit"), True) in kg.facts


def test_unmatched_corrections_are_listed_not_fatal():
    kg = graph()
    out = apply(kg, "- not-an-entity: Nobody\n"
                    "- reject-fact: {subject: Hooli, predicate: acquires, object: Globex}\n"
                    "- same-as: {name: Globex, is: Nobody}\n")
    assert not out.applied and len(out.unmatched) == 3
    lines = corrections.unmatched_lines(out)
    assert lines[0] == "corrections.yaml, line 1: not-an-entity Nobody matched nothing"
    assert "line 2" in lines[1] and "line 3" in lines[2]
    assert corrections.summary(out) == "0 corrections applied, 3 matched nothing"


def test_gazetteer_aliases_match_too():
    kg = KnowledgeGraph({key("Big G"): key("Globex")}).add_all([t("Globex", "acquires", "Initech")])
    out = apply(kg, "- reject-fact: {subject: Big G, predicate: acquires, object: Initech}")
    assert len(out.applied) == 1


# -- the file -------------------------------------------------------------------
def test_json_reads_the_same_as_yaml():
    text = json.dumps({"corrections": [
        {"reject-fact": {"subject": "Globex", "predicate": "acquires", "object": "Initech"},
         "by": "ana"},
        {"not-an-entity": "Lundi"}]}, ensure_ascii=False, indent=1)
    parsed = corrections.parse(text)
    assert [c.kind for c in parsed] == ["reject-fact", "not-an-entity"]
    assert parsed[0].by == "ana" and parsed[1].line > parsed[0].line


def test_dumps_reads_back():
    parsed = corrections.parse(
        "corrections:\n- same-as: {name: \"L'Oréal-Hooli\", is: Hooli}\n  note: 'même société'\n"
        "- not-an-entity: Lundi\n- retype: {name: Orbit, type: Product}\n")
    again = corrections.parse(corrections.dumps(parsed))
    assert [(c.kind, c.fields, c.note) for c in again] == [(c.kind, c.fields, c.note) for c in parsed]


def test_empty_files_hold_no_corrections():
    assert corrections.parse("") == [] and corrections.parse("corrections:\n") == []


@pytest.mark.parametrize("text, line, words", [
    ("- reject-fact: {subject: Globex, predicate: acquires}\n", 1, "object missing"),
    ("- not-an-entity: Lundi\n- reject-fact: {subject: A, predicate: buys, object: B}\n", 2,
     "unknown predicate 'buys'"),
    ("- not-an-entity: Lundi\n\n- retype: {name: Orbit, type: Gadget}\n", 3, "unknown type 'Gadget'"),
    ("- rename: {name: A}\n", 1, "to missing"),
    ("- same-as: {name: A, is: B}\n  reject-fact: {subject: A, predicate: owns, object: B}\n", 1,
     "exactly one of"),
    ("- delete: Lundi\n", 1, "unknown key 'delete'"),
    ("- Lundi\n", 1, "expected an entry"),
    ("- not-an-entity: Lundi\n- add-fact: {subject: A, predicate: owns, object: B}\n", 2,
     "source missing"),
    ("- add-fact: {subject: A, predicate: owns, object: B, source: x, amount: lots}\n", 1,
     "amount is a number"),
    ("- not-an-entity: Lundi\n- rename: {name: A, to: [B\n", 2, "not valid YAML"),
    ("corrections: 3\n", 1, "expected a list"),
    ("fixes: []\n", 1, "expected a list of corrections"),
])
def test_a_malformed_file_names_the_line(text, line, words):
    with pytest.raises(CorrectionsError) as err:
        corrections.parse(text, file="fix.yaml")
    message = str(err.value)
    assert message.startswith(f"[E008] fix.yaml, line {line}") and words in message, message


def test_unreadable_file(tmp_path):
    with pytest.raises(CorrectionsError, match="cannot read"):
        corrections.load(tmp_path / "missing.yaml")


# -- RDF provenance ---------------------------------------------------------------
MANUAL_CHANGES = """
SELECT ?kind ?what ?note ?by ?changed WHERE {
  ?change a aikg:Correction ; aikg:correctionKind ?kind ; rdfs:label ?what .
  OPTIONAL { ?change rdfs:comment ?note }
  OPTIONAL { ?change aikg:correctedBy ?by }
  OPTIONAL { ?changed prov:wasInfluencedBy ?change }
} ORDER BY ?kind ?what ?changed
"""

EVERY_KIND = """\
corrections:
  - reject-fact: {subject: Globex, predicate: invests-in, object: Initech}
    note: l'accord a échoué
    by: ana
  - same-as: {name: Nucleus, is: Hooli}
  - rename: {name: Gavin Belson, to: Gavin “The Boss” Belson}
  - retype: {name: Springfield, type: Organization}
  - not-an-entity: Globex
  - add-fact: {subject: Hooli, predicate: invests-in, object: Initech, source: "https://news.example/2",
               amount: 1000000, currency: EUR}
"""


def corrected_graph():
    from made_up import made_up_graph

    kg = made_up_graph()
    fixes = EVERY_KIND.replace("  - not-an-entity: Globex\n", "")
    out = corrections.apply(kg, corrections.parse(fixes, file="review/corrections.yaml"))
    assert len(out.applied) == 5 and not out.unmatched
    return kg


def test_rdf_names_each_correction_and_what_it_changed():
    from rdflib import Literal, URIRef
    from rdflib.namespace import PROV, RDF

    from graph.rdf import AIKG, build_rdf

    g = build_rdf(corrected_graph())
    activities = set(g.subjects(RDF.type, AIKG.Correction))
    assert len(activities) == 5 and activities <= set(g.subjects(RDF.type, PROV.Activity))
    # the rejected fact, and the one the retype left outside based-in's range
    rejected = sorted(g.subjects(AIKG.rejected, Literal(True)),
                      key=lambda f: len(list(g.objects(f, AIKG.evidence))))
    assert len(rejected) == 2 and all((f, AIKG.negated, Literal(True)) in g for f in rejected)
    assert len(list(g.objects(rejected[1], AIKG.evidence))) == 2   # the evidence stays
    initech = URIRef("https://aikg.dev/id/entity/initech")
    assert (URIRef("https://aikg.dev/id/entity/globex"), AIKG["invests-in"], initech) not in g
    (manual,) = g.subjects(AIKG.source, Literal("manual"))
    assert (manual, PROV.wasInfluencedBy, None) in g
    (article,) = g.objects(manual, PROV.wasDerivedFrom)
    assert (article, AIKG.path, Literal("https://news.example/2")) in g
    for a in activities:
        assert (a, AIKG.correctionFile, Literal("review/corrections.yaml")) in g
        assert list(g.subjects(PROV.wasInfluencedBy, a)), a


def test_every_rdf_output_reparses_isomorphic_and_conforms(tmp_path):
    import pyoxigraph as ox
    from rdflib import Graph
    from rdflib.compare import isomorphic

    from graph import exporters
    from graph.rdf import build_rdf, vocabulary

    kg = corrected_graph()
    expected = build_rdf(kg)
    for name, fmt in (("turtle", ox.RdfFormat.TURTLE), ("ntriples", ox.RdfFormat.N_TRIPLES),
                      ("jsonld", ox.RdfFormat.JSON_LD)):
        text = exporters.get(name).generate(kg)
        quads = ox.Dataset(ox.Quad(t.subject, t.predicate, t.object) for t in ox.parse(text, format=fmt))
        whole = expected + vocabulary() if name != "jsonld" else expected
        assert len(quads) == len(whole), name
        if name != "jsonld":
            assert isomorphic(Graph().parse(data=text, format=name.replace("ntriples", "nt")), whole)
    pytest.importorskip("pyshacl")
    from graph.shacl import validate

    report = validate(kg)
    assert report.conforms, report.messages


def test_the_readme_query_lists_every_manual_change(tmp_path):
    from graph import exporters
    from graph.query import run_query

    path = exporters.get("turtle").write(corrected_graph(), tmp_path / "graph.ttl")
    columns, rows = run_query(path, MANUAL_CHANGES)
    rows = [[None if v is None else str(v).strip('"') for v in row] for row in rows]
    kinds = {row[0] for row in rows}
    assert kinds == {"reject-fact", "same-as", "rename", "retype", "add-fact"}
    assert all(row[4] for row in rows)          # each changed something
    assert any(row[2] == "l'accord a échoué" and row[3] == "ana" for row in rows)


# -- types ------------------------------------------------------------------------
def test_a_retype_rejects_the_facts_its_new_type_does_not_fit():
    kg = KnowledgeGraph().add_all([t("Initech", "based-in", "Springfield", otype="Place"),
                                   t("Globex", "invests-in", "Initech")])
    out = apply(kg, "- retype: {name: Springfield, type: Organization}\n")
    f = kg.facts[(key("Initech"), "based-in", key("Springfield"), True)]
    assert f.rejected and f.corrected_by == [out.applied[0].id]
    assert (key("Globex"), "invests-in", key("Initech"), False) in kg.facts


def test_an_added_fact_must_fit_its_predicate():
    kg = graph()
    out = apply(kg, "- add-fact: {subject: Orbit, predicate: acquires, object: Hooli, source: x}\n"
                    "- add-fact: {subject: Hooli, predicate: develops, object: Nimbus, source: x}\n")
    assert [c.line for c in out.unmatched] == [1] and len(out.applied) == 1
    assert corrections.unmatched_lines(out) == [
        "corrections.yaml, line 1: add-fact Orbit acquires Hooli does not fit: Orbit is a "
        "Product, and the subject of acquires is Organization"]
    assert kg.entities[key("Nimbus")].type == "Product"       # the type develops takes
    assert corrections.summary(out) == "1 correction applied, 1 did not fit"


def test_names_fold_apostrophes_accents_articles_and_legal_suffixes():
    kg = KnowledgeGraph().add_all([t("L'Étoile Dorée SAS", "invests-in", "Hooli"),
                                   t("Initech", "acquires", "Dunder Mifflin Inc.")])
    out = apply(kg, "- reject-fact: {subject: l’etoile doree, predicate: invests-in, object: HOOLI}\n"
                    "- reject-fact: {subject: the initech, predicate: acquires, object: dunder-mifflin}\n")
    assert len(out.applied) == 2 and not list(kg.asserted_facts())


def test_the_readme_example_file_reads_and_applies():
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("### The file", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    parsed = corrections.parse(block)
    assert [c.kind for c in parsed] == ["reject-fact", "not-an-entity", "same-as", "rename",
                                        "retype", "add-fact"]
    kg = KnowledgeGraph().add_all([t("Globex", "acquires", "Initech"), t("Lundi", "sues", "Hooli"),
                                   t("Éclair", "develops", "Orbit", otype="Product"),
                                   t("Éclair Labs", "partners-with", "Hooli"),
                                   t("L'Etoile Doree", "invests-in", "Initech")])
    out = corrections.apply(kg, parsed)
    assert not out.unmatched, corrections.unmatched_lines(out)
