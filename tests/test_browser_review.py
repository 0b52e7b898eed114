"""The page's review mode in chromium: marks kept across a reload, downloaded as a
corrections file that `--corrections` reads as it is, and a rebuild that applies it."""
from __future__ import annotations

import pytest

from test_browser import Opened, browser  # noqa: F401  (skips the module without chromium)
from graph import corrections
from graph.exporters import html
from made_up import made_up_graph

pytestmark = pytest.mark.slow


def test_mark_download_and_rebuild(browser, tmp_path):  # noqa: F811
    page_path = tmp_path / "graph.html"
    html.EXPORTER.write(made_up_graph(), page_path)
    o = Opened(browser, page_path)
    try:
        assert o.js("document.getElementById('review-tools').hidden") is True   # off by default
        assert o.js("document.getElementById('review-mode').checked") is False
        o.page.check("#review-mode")
        edge = o.js("""() => window.aikg.data.edges.findIndex(e => e.from === 'globex' &&
                        e.to === 'initech' && e.predicate === 'invests-in' && !e.negated)""")
        assert edge >= 0
        o.js("i => window.aikg.openEdge(i)", edge)
        o.page.click("#panel .review button:has-text('wrong fact')")
        assert "marked wrong" in o.page.text_content("#panel")
        o.js("window.aikg.openNode('nucleus')")
        o.page.fill("#panel .review-name", "hooli")
        o.page.click("#panel .review button:has-text('same as')")
        assert o.page.text_content("#review-count") == "2 corrections"

        o.page.reload()                                   # the marks outlive a reload
        o.page.wait_for_function("window.aikg && window.aikg.settled", timeout=60_000)
        o.page.check("#review-mode")
        assert o.page.text_content("#review-count") == "2 corrections"
        with o.page.expect_download() as info:
            o.page.click("#review-download")
        assert info.value.suggested_filename == "corrections.yaml"
        saved = tmp_path / "corrections.yaml"
        info.value.save_as(saved)
        assert o.errors == [] and o.requests == []
    finally:
        o.page.close()

    fixes = corrections.load(saved)
    assert [c.kind for c in fixes] == ["reject-fact", "same-as"]
    kg = made_up_graph()
    out = corrections.apply(kg, fixes)
    assert len(out.applied) == 2 and not out.unmatched
    assert ("globex", "invests-in", "initech", False) not in kg.facts
    rejected = kg.facts[("globex", "invests-in", "initech", True)]
    assert rejected.rejected and len(rejected.evidence) == 2       # its evidence remains
    assert kg.entities["hooli"].aliases >= {"Nucleus"} and "nucleus" not in kg.entities

    # the rebuilt page and the SPARQL answers no longer assert the fact
    from graph import exporters
    from graph.query import run_query

    import json
    import re

    rebuilt = html.EXPORTER.write(kg, tmp_path / "rebuilt.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'id="graph-data">(.*?)</script>', rebuilt, re.S).group(1))
    told = [e for e in data["edges"] if (e["from"], e["to"], e["predicate"]) ==
            ("globex", "initech", "invests-in")]
    assert told and all(e["negated"] for e in told)
    ttl = exporters.get("turtle").write(kg, tmp_path / "graph.ttl")
    _, rows = run_query(ttl, "SELECT ?x WHERE { ?x aikg:invests-in ?o . ?o rdfs:label 'Initech' }")
    assert not any("globex" in str(r[0]) for r in rows)
    _, rows = run_query(ttl, "SELECT ?s WHERE { ?f aikg:rejected true ; aikg:evidence/aikg:sentence ?s }")
    assert len(rows) == 2
