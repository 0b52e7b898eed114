"""The HTML page: self-contained, safe with hostile article text, linear, budgeted."""
from __future__ import annotations

import json
import re
import time

import pytest

from extractors.errors import InputError
from extractors.triple import Attributes, Triple
from graph import exporters
from graph.exporters import html
from graph.model import KnowledgeGraph

XSS_NAME = "<img src=x onerror=alert(1)>"
XSS_SENTENCE = "</script><script>alert(1)</script> & \u2028 done"


def t(subject, predicate, obj, *, s_type="Organization", o_type="Organization",
      sentence="", doc="seeds/a.txt", **attrs) -> Triple:
    return Triple(doc=doc, lang="en", subject=subject, subject_type=s_type, predicate=predicate,
                  object=obj, object_type=o_type, attributes=Attributes(**attrs),
                  sentence=sentence or f"{subject} {predicate} {obj}.", confidence=0.8)


def seed_like() -> KnowledgeGraph:
    return KnowledgeGraph().add_all([
        t("SoftBank", "invests-in", "OpenAI", amount=25e9, currency="USD", status="possible",
          cue="pourrait", sentence="SoftBank pourrait investir 25 milliards de dollars dans OpenAI."),
        t("Microsoft", "invests-in", "OpenAI", year=2019),
        t("Microsoft", "supplies", "OpenAI"),
        t("SoftBank", "invests-in", "Stargate", o_type="Project"),
        t("OpenAI", "invests-in", "Stargate", o_type="Project"),
        t("DeepSeek", "develops", "R1", o_type="Product"),
        t("DeepSeek", "based-in", "China", o_type="Place"),
        t("OpenAI", "accuses", "DeepSeek"),
        t("Apple", "invests-in", "OpenAI", negated=True, status="denied"),
        t("Sam Altman", "leads", "OpenAI", s_type="Person"),
        t("OpenAI", "partners-with", "Microsoft"),
    ])


def blob(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S)
    assert m, "no graph-data blob"
    return json.loads(m.group(1))


def test_registered_under_html_and_htm():
    assert exporters.get("html") is html.EXPORTER
    assert exporters.get("htm").filename == "graph.html"
    assert html.EXPORTER.media_type == "text/html"


def test_page_is_self_contained():
    page = html.generate(seed_like())
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert "cdn" not in re.sub(r"[^<]*", "", page).lower()  # no tag mentions a CDN
    # everything inlined: no external script or stylesheet at all
    assert not re.search(r"<script[^>]*\bsrc=", page, re.I)
    assert not re.search(r"<link[^>]*stylesheet", page, re.I)
    assert "vis.Network" in page and ".vis-network" in page


def test_blob_parses_back_with_every_entity_and_fact():
    kg = seed_like()
    data = blob(html.generate(kg))
    assert len(data["nodes"]) == len(kg.entities)
    assert len(data["edges"]) == len(kg.facts)
    assert data["notice"] is None
    by_name = {n["label"]: n for n in data["nodes"]}
    assert by_name["OpenAI"]["degree"] == 7          # the denied fact is not counted
    assert by_name["Sam Altman"]["type"] == "Person"
    edge = next(e for e in data["edges"] if e["predicate"] == "invests-in"
                and e["from"] == "softbank" and e["to"] == "openai")
    assert edge["amount"] == 25000000000 and edge["currency"] == "USD"
    assert edge["hedged"] and edge["status"] == "possible" and edge["cue"] == "pourrait"
    assert edge["evidence"] == [{"sentence": "SoftBank pourrait investir 25 milliards de dollars "
                                 "dans OpenAI.", "doc": "seeds/a.txt", "date": None,
                                 "status": "possible", "cue": "pourrait"}]
    assert edge["dates"] == [] and edge["undated"] and data["dates"] == []
    denied = [e for e in data["edges"] if e["negated"]]
    assert len(denied) == 1 and denied[0]["from"] == "apple"
    sym = next(e for e in data["edges"] if e["predicate"] == "partners-with")
    assert sym["symmetric"] and not edge["symmetric"]
    assert [p["name"] for p in data["predicates"]][:2] == ["invests-in", "acquires"]


def test_article_text_never_reaches_the_page_raw():
    kg = seed_like().add_all([
        t(XSS_NAME, "invests-in", "OpenAI", sentence=XSS_SENTENCE, doc="seeds/<b>evil</b>.txt",
          cue="</script>"),
    ])
    page = html.generate(kg, title="<script>alert('title')</script>")
    assert XSS_NAME not in page
    assert "</script><script>alert(1)" not in page
    assert "<b>evil</b>" not in page
    assert "<script>alert('title')" not in page      # the title is HTML-escaped
    assert "\u2028" not in page and "\u2029" not in page
    # only three </script> closers: the blob, vis-network and the page script
    assert page.count("</script>") == 3
    m = re.search(r'id="graph-data">(.*?)</script>', page, re.S)
    assert "<" not in m.group(1) and ">" not in m.group(1) and "&" not in m.group(1)
    data = blob(page)
    assert XSS_NAME in {n["label"] for n in data["nodes"]}
    sentences = {ev["sentence"] for e in data["edges"] for ev in e["evidence"]}
    assert XSS_SENTENCE in sentences


def test_page_script_never_uses_innerhtml_or_string_titles():
    js = (html._TEMPLATES / "graph.js").read_text(encoding="utf-8")
    assert "innerHTML" not in js and "outerHTML" not in js and "insertAdjacentHTML" not in js
    assert "document.write" not in js
    assert re.search(r"title:\s*(nodeTip|edgeTip)\(", js)   # tooltips are DOM elements
    assert 'multi: "html"' not in js


def test_budget_keeps_most_connected_nodes_and_says_so():
    kg = KnowledgeGraph()
    # hub i links to i+1..i+k: low indices are most connected
    triples = [t("Hub 0000", "partners-with", f"Firm {i:04d}") for i in range(1, 1000)]
    triples += [t(f"Firm {i:04d}", "supplies", f"Firm {i + 1:04d}") for i in range(1, 400)]
    kg.add_all(triples)
    assert len(kg.entities) == 1000
    page = html.generate(kg, max_nodes=300)
    data = blob(page)
    assert len(data["nodes"]) == 300
    keys = {n["id"] for n in data["nodes"]}            # the slugs of the entities' IRIs
    assert "hub-0000" in keys
    # firms 2..399 have degree 3 (1 and 400 have 2); ties go by name
    assert {f"firm-{i:04d}" for i in range(2, 301)} <= keys
    assert all(e["from"] in keys and e["to"] in keys for e in data["edges"])
    shown_facts = len(data["edges"])
    assert data["notice"] == {"shown": 300, "total": 1000,
                              "hidden_facts": len(kg.facts) - shown_facts}
    assert f"Showing 300 of 1000 entities ({len(kg.facts) - shown_facts} facts hidden)" in page
    assert "aikg build --max-nodes" in page
    assert 'id="notice"' in page
    assert 'id="notice"' not in html.generate(kg, max_nodes=None)
    with pytest.raises(InputError):
        html.generate(kg, max_nodes=0)


def synthetic(n_facts: int, n_entities: int) -> KnowledgeGraph:
    """A big graph built straight into the model (building it is not what we time)."""
    from graph.model import Entity, Evidence, Fact
    from extractors.triple import PREDICATES
    kg = KnowledgeGraph()
    for i in range(n_entities):
        kg.entities[f"e{i}"] = Entity(f"e{i}", f"Entity {i}", "Organization")
    i = 0
    while len(kg.facts) < n_facts:
        s, o = f"e{(i * 7919) % n_entities}", f"e{(i * 104729 + 1 + i // n_entities) % n_entities}"
        p = PREDICATES[i % len(PREDICATES)]
        i += 1
        if s == o or (s, p, o, False) in kg.facts:
            continue
        kg.facts[(s, p, o, False)] = Fact(s, p, o, status="completed", confidence=0.8, evidence=[
            Evidence("docs/x.txt", f"{s} {p} {o} in a sentence of some length.", 0, 40,
                     0.8, "completed", None, "rules.en")])
    return kg


def test_generation_is_linear_50000_facts_under_two_seconds():
    kg = synthetic(50_000, 10_000)
    html.generate(synthetic(100, 50))               # warm the template and asset caches
    start = time.perf_counter()
    page = html.generate(kg)
    elapsed = time.perf_counter() - start
    assert elapsed < 2.0, f"{elapsed:.2f} s"
    data = blob(page)
    assert len(data["nodes"]) == 300 and data["notice"]["total"] == 10_000


def test_neighbourhood_depth_and_copies():
    kg = seed_like()
    one = html.neighbourhood(kg, "deepseek", depth=1)
    assert set(one.entities) == {"deepseek", "r1", "china", "openai"}
    assert {(f.subject, f.predicate, f.object) for f in one.facts.values()} == {
        ("deepseek", "develops", "r1"), ("deepseek", "based-in", "china"),
        ("openai", "accuses", "deepseek")}
    two = html.neighbourhood(kg, "DeepSeek Inc.", depth=2)   # any spelling of the key
    assert {"softbank", "microsoft", "stargate", "samaltman", "apple"} - {"apple"} <= set(two.entities)
    assert "apple" not in two.entities           # reached only through a denied fact
    assert html.neighbourhood(kg, "R1", depth=0).entities.keys() == {"r1"}
    assert len(html.neighbourhood(kg, "R1", depth=0).facts) == 0
    # a copy: changing the sub-graph leaves the graph alone
    two.entities["openai"].aliases.add("Open AI")
    assert "Open AI" not in kg.entities["openai"].aliases
    assert set(two.articles) == {"seeds/a.txt"}
    page = html.generate(two, focus="DeepSeek")
    assert blob(page)["focus"] == "deepseek"


def test_neighbourhood_denied_facts_kept_between_reached_entities():
    kg = seed_like()
    sub = html.neighbourhood(kg, "Apple", depth=1)
    assert set(sub.entities) == {"apple"}
    full = html.neighbourhood(kg, "OpenAI", depth=1)
    assert "apple" not in full.entities


def test_neighbourhood_unknown_name_lists_close_names():
    kg = seed_like()
    with pytest.raises(InputError) as err:
        html.neighbourhood(kg, "DeepSeak")
    assert "DeepSeek" in str(err.value) and "E001" in str(err.value)
    with pytest.raises(InputError, match="Open"):
        html.neighbourhood(kg, "Open")
    with pytest.raises(InputError, match="none close"):
        html.neighbourhood(kg, "Zzyzx Quantum")
    with pytest.raises(InputError):
        html.neighbourhood(kg, "OpenAI", depth=-1)


def test_write_goes_through_the_registry(tmp_path):
    path = html.EXPORTER.write(seed_like(), tmp_path / "out" / "graph.html", max_nodes=5)
    text = path.read_text(encoding="utf-8")
    assert len(blob(text)["nodes"]) == 5 and "Showing 5 of 9 entities" in text


def test_edge_budget_keeps_the_most_confident_facts_and_says_so():
    # 40 entities, every ordered pair linked: 1,560 facts, all within the node budget
    names = [f"Firm {i:02d}" for i in range(40)]
    triples = [t(a, "supplies", b) for a in names for b in names if a != b]
    kg = KnowledgeGraph().add_all(triples)
    for n, f in enumerate(kg.facts.values()):       # distinct confidences, unrelated to names
        f.confidence = ((n * 7919) % 1560) / 1560
    kg.add_all([t("Firm 00", "acquires", "Firm 01", negated=True, status="denied")])
    kg.facts[("firm00", "acquires", "firm01", True)].confidence = 1.0
    assert len(kg.facts) == 1561
    data = blob(html.generate(kg, max_edges=100))
    assert len(data["nodes"]) == 40 and len(data["edges"]) == 100
    kept = sorted(e["confidence"] for e in data["edges"])
    dropped = sorted(f.confidence for f in kg.facts.values() if not f.negated)[:-100]
    assert kept[0] >= dropped[-1]                     # the 100 most confident, none lower
    assert not any(e["negated"] for e in data["edges"])   # denied facts go first
    assert data["notice"] == {"shown": 40, "total": 40, "hidden_facts": 1461, "edge_cap": 100}
    page = html.generate(kg, max_edges=100)
    assert "only the 100 most confident facts among them (1461 facts hidden)" in page
    assert "--max-edges" in page
    # under the cap: everything, no notice
    assert blob(html.generate(kg, max_edges=None))["notice"] is None
    assert len(blob(html.generate(kg, max_edges=5000))["edges"]) == 1561
    with pytest.raises(InputError):
        html.generate(kg, max_edges=0)


def test_reports_come_in_date_order_with_the_dates_of_the_page():
    kg = KnowledgeGraph().add_all([
        t("Globex", "acquires", "Initech", doc="late.txt", sentence="Globex completed the deal."),
        t("Globex", "acquires", "Initech", doc="early.txt", status="in-talks", sentence="Globex is in talks."),
        t("Globex", "acquires", "Initech", doc="undated.txt", sentence="Globex bought Initech."),
    ])
    kg.describe("late.txt", date="2025-06-01")
    kg.describe("early.txt", date="2025-01-10")
    data = html.graph_data(kg)
    [edge] = data["edges"]
    assert [(ev["date"], ev["status"]) for ev in edge["evidence"]] == [
        ("2025-01-10", "in-talks"), ("2025-06-01", "completed"), (None, "completed")]
    assert edge["dates"] == ["2025-01-10", "2025-06-01"] and edge["undated"]
    assert data["dates"] == ["2025-01-10", "2025-06-01"]
    # the neighbourhood of an entity keeps its articles' dates
    assert html.graph_data(html.neighbourhood(kg, "Globex"))["dates"] == data["dates"]
