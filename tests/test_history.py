"""What changed and when: each fact's reports in date order, its current status,
conflicting values; on hand-built triples (no spaCy)."""
from __future__ import annotations

import itertools

from graph.model import KnowledgeGraph
from graph.store import GraphStore
from test_rdf import triple
from test_store import nt_set
from graph import exporters

ACQ = ("globex", "acquires", "initech", False)
# the story: talks in January, an announcement in March, completion in June, and a
# denied second deal in September; plus one undated report
STORY = [
    triple("Globex", "acquires", "Initech", status="in-talks", cue="in talks", amount=2e9,
           currency="USD", doc="talks.txt"),
    triple("Globex", "acquires", "Initech", status="announced", cue="a annoncé", amount=2e9,
           currency="USD", doc="annonce.txt"),
    triple("Globex", "acquires", "Initech", status="completed", cue="completed", amount=2.5e9,
           currency="USD", doc="done.txt"),
    triple("Globex", "acquires", "Hooli", status="denied", cue="démenti", negated=True,
           doc="dementi.txt"),
    triple("Globex", "acquires", "Initech", status="possible", cue="could", doc="undated.txt"),
]
DATES = {"talks.txt": "2025-01-14", "annonce.txt": "2025-03-03", "done.txt": "2025-06-30",
         "dementi.txt": "2025-09-15"}


def story_graph(triples=STORY, dates=DATES) -> KnowledgeGraph:
    kg = KnowledgeGraph().add_all(triples)
    for doc, d in dates.items():
        kg.describe(doc, date=d)
    return kg


def test_the_current_status_is_the_latest_dated_reports_and_the_history_is_kept():
    kg = story_graph()
    fact = kg.facts[ACQ]
    assert (fact.status, fact.cue) == ("completed", "completed")
    assert [(d, e.status, e.doc) for d, e in fact.history(kg.days)] == [
        ("2025-01-14", "in-talks", "talks.txt"), ("2025-03-03", "announced", "annonce.txt"),
        ("2025-06-30", "completed", "done.txt"), (None, "possible", "undated.txt")]
    assert kg.facts[("globex", "acquires", "hooli", True)].status == "denied"


def test_a_later_weaker_report_moves_the_status_an_undated_one_never_does():
    kg = story_graph(dates={**DATES, "talks.txt": "2025-12-01"})
    assert kg.facts[ACQ].status == "in-talks"       # the latest dated report
    kg = story_graph(dates={})
    assert kg.facts[ACQ].status == "completed"      # no dates: the most certain, as before
    kg = story_graph(dates={"talks.txt": "2025-01-14"})
    assert kg.facts[ACQ].status == "in-talks"       # one dated report beats the undated ones


def test_reports_that_disagree_on_the_amount_mark_the_fact_conflicting():
    kg = story_graph()
    fact = kg.facts[ACQ]
    assert fact.conflict
    assert sorted({(e.amount, e.doc) for e in fact.evidence if e.amount}) == [
        (2e9, "annonce.txt"), (2e9, "talks.txt"), (2.5e9, "done.txt")]
    assert not story_graph(STORY[:2]).facts[ACQ].conflict
    years = [triple("Globex", "acquires", "Initech", year=2024, doc="a.txt"),
             triple("Globex", "acquires", "Initech", year=2025, doc="b.txt")]
    assert story_graph(years, {}).facts[ACQ].conflict


def test_the_history_does_not_depend_on_the_order_triples_or_dates_arrive():
    want = [(f.key, f.status, f.conflict, f.history(k.days)) for k in [story_graph()]
            for f in k.sorted_facts()]
    for order in itertools.permutations(STORY):
        kg = KnowledgeGraph().add_all(order[:2])
        assert kg.facts                                      # read before the dates came
        kg.add_all(order[2:])
        for doc, d in reversed(DATES.items()):
            kg.describe(doc, date=d)
        assert [(f.key, f.status, f.conflict, f.history(kg.days)) for f in kg.sorted_facts()] == want


def test_a_store_knows_the_dates_of_its_stored_reports(tmp_path):
    sources = {doc: {"date": d} for doc, d in DATES.items()}
    step = GraphStore(tmp_path / "step")
    for t in [STORY[2], STORY[0], STORY[4], STORY[1], STORY[3]]:   # completion told first
        step.add([t], sources={t.doc: sources[t.doc]} if t.doc in sources else {})
    once = GraphStore(tmp_path / "once")
    once.add(STORY, sources=sources)
    assert nt_set(step) == nt_set(once) == nt_set(exporters.get("nt").generate(story_graph()))
    fact = step.graph().facts[ACQ]
    assert (fact.status, fact.conflict) == ("completed", True)


# -- RDF ------------------------------------------------------------------------
STORY_DIR = __import__("pathlib").Path(__file__).parent.parent / "docs" / "story"


def story_store():
    import pyoxigraph as ox

    store = ox.Store()
    store.load(exporters.get("nt").generate(story_graph()).encode(), format=ox.RdfFormat.N_TRIPLES)
    return store


def test_evidence_carries_its_date_and_a_fact_its_status_and_conflict_in_rdf():
    from graph.rdf import build_rdf
    from rdflib import Literal, Namespace, XSD

    g = build_rdf(story_graph())
    AIKG = Namespace(dict(g.namespaces())["aikg"])
    dates = sorted(str(d) for d in g.objects(None, AIKG.date))
    assert dates == ["2025-01-14", "2025-03-03", "2025-06-30", "2025-09-15"]
    assert all(d.datatype == XSD.date for d in g.objects(None, AIKG.date))
    (conflicting,) = g.subjects(AIKG.conflict, Literal(True))
    assert g.value(conflicting, AIKG.status) == Literal("completed")
    assert g.value(conflicting, AIKG.lastSeen) == Literal("2025-06-30", datatype=XSD.date)


def test_the_story_graph_conforms_to_the_shapes():
    from graph.shacl import validate

    assert validate(story_graph()).conforms


def test_the_readmes_history_queries_on_the_story():
    from graph.query import plain, run_query

    def rows(name):
        _, found = run_query(story_store(), (STORY_DIR / name).read_text(encoding="utf-8"))
        return [[plain(c) for c in row] for row in found]

    assert [(r[0], r[4]) for r in rows("quarter.rq")] == [("2025-01-14", "in-talks"),
                                                           ("2025-03-03", "announced")]
    assert [r[3:] for r in rows("talks-to-completed.rq")] == [["2025-01-14", "2025-06-30", "completed"]]
    assert [(r[2], r[5]) for r in rows("conflicting-amounts.rq")] == [
        ("2000000000", "talks.txt"), ("2000000000", "annonce.txt"), ("2500000000", "done.txt")]
