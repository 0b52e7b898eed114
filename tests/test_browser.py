"""The HTML page in a real browser: Debian's chromium driven by playwright.

Needs `apt-get install chromium` (for /usr/bin/chromium) and `pip install
playwright`; never `playwright install`, which downloads a browser of its own.
Skipped, with the reason, when either is missing.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from graph.exporters import html

try:  # tests/ as a package or as a plain folder on sys.path
    from tests.test_html import XSS_NAME, XSS_SENTENCE, seed_like, synthetic, t
except ImportError:
    from test_html import XSS_NAME, XSS_SENTENCE, seed_like, synthetic, t

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api",
                               reason="playwright is not installed (pip install playwright)")

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Opened:
    """A page opened from a file, with what it logged, requested and popped up."""

    def __init__(self, browser, path: Path):
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 800})
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.route("**/*", self._route)
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.aikg && window.aikg.settled", timeout=60_000)

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route):
        url = route.request.url
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:
            self.requests.append(url)
            route.abort()

    def js(self, expr: str, arg=None):
        return self.page.evaluate(expr, arg)

    def node_point(self, key: str) -> tuple[float, float]:
        # bring the node into view first (an open panel narrows the canvas, and the
        # network redraws after a resize: read until two readings a frame apart agree)
        last = None
        for _ in range(20):
            self.js("key => window.aikg.network.focus(key, {scale: 1})", key)
            box = self.page.locator("#network canvas").bounding_box()
            x, y = self.js("""key => { const n = window.aikg.network;
                const p = n.canvasToDOM(n.getPositions([key])[key]); return [p.x, p.y]; }""", key)
            point = (round(box["x"] + x, 1), round(box["y"] + y, 1))
            if point == last:
                return point
            last = point
            self.page.wait_for_timeout(50)
        return last

    def click_node(self, key: str) -> None:
        self.page.mouse.click(*self.node_point(key))


def hostile_graph():
    return seed_like().add_all([
        t(XSS_NAME, "invests-in", "OpenAI", sentence=XSS_SENTENCE, doc="seeds/<b>x</b>.txt"),
    ])


@pytest.fixture(scope="module")
def seed_page(browser, tmp_path_factory):
    kg = hostile_graph()
    path = tmp_path_factory.mktemp("html") / "graph.html"
    html.EXPORTER.write(kg, path)
    opened = Opened(browser, path)
    yield kg, opened
    opened.page.close()


def test_loads_offline_without_errors(seed_page):
    kg, o = seed_page
    assert o.errors == []
    assert o.requests == []
    assert o.js("window.aikg.nodes.length") == len(kg.entities)
    assert o.js("window.aikg.edges.length") == len(kg.facts)
    assert o.js("window.aikg.network.physics.options.enabled") is False   # settled, then off


def test_search_finds_and_focuses_openai(seed_page):
    _, o = seed_page
    o.page.fill("#search-input", "openai")
    o.page.press("#search-input", "Enter")
    o.page.wait_for_selector("#panel:not([hidden])")
    assert o.js("window.aikg.network.getSelectedNodes()") == ["openai"]
    assert o.page.text_content("#panel h2") == "OpenAI"
    assert "SoftBank pourrait investir" in o.page.text_content("#panel")
    o.page.fill("#search-input", "no such firm")
    o.page.press("#search-input", "Enter")
    assert "No entity matches" in o.page.text_content("#search-status")


def test_clicking_a_node_fills_the_panel(seed_page):
    _, o = seed_page
    o.click_node("deepseek")
    o.page.wait_for_function("document.querySelector('#panel h2').textContent === 'DeepSeek'")
    text = o.page.text_content("#panel")
    assert "develops" in text and "based-in" in text and "seeds/a.txt" in text
    assert o.js("document.querySelectorAll('#panel li.fact').length") == 3


def test_hostile_text_shows_as_literal_text(seed_page):
    _, o = seed_page
    key = o.js("window.aikg.data.nodes.find(n => n.label.startsWith('<img')).id")
    o.click_node(key)
    o.page.wait_for_function("document.querySelector('#panel h2').textContent.startsWith('<img')")
    assert o.page.text_content("#panel h2") == XSS_NAME
    assert XSS_SENTENCE in o.page.text_content("#panel")
    assert "seeds/<b>x</b>.txt" in o.page.text_content("#panel")
    # no element made of article text: the panel holds no image, bold or script, and every
    # article-derived text in it (name, sentences, file names) is text with no element inside
    assert o.js("document.querySelectorAll('#panel img, #panel b, #panel script').length") == 0
    assert o.js("[...document.querySelectorAll('#panel h2, #panel q, #panel .src')]"
                ".every(x => x.childElementCount === 0)")
    assert o.js("document.scripts.length") == 3
    # tooltips are elements, never strings vis-network would parse as HTML; the entity's
    # tooltip holds its name as text (read from the element, not from a hover, whose timing
    # a busy machine changes)
    assert o.js("window.aikg.nodes.get().every(n => n.title instanceof HTMLElement)")
    assert o.js("window.aikg.edges.get().every(e => e.title instanceof HTMLElement)")
    tip = f"window.aikg.nodes.get({json.dumps(key)}).title"
    assert o.js(f"{tip}.querySelector('b').textContent") == XSS_NAME
    assert o.js(f"{tip}.querySelectorAll('img, script').length") == 0
    assert o.js(f"{tip}.querySelector('b').childElementCount") == 0
    o.page.wait_for_timeout(300)
    assert o.dialogs == []
    assert o.errors == []


def test_filters_and_denied_toggle(seed_page):
    kg, o = seed_page
    asserted = sum(not f.negated for f in kg.facts.values())
    assert o.js("window.aikg.edgeView.length") == asserted          # denied hidden by default
    o.page.check("#show-denied")
    assert o.js("window.aikg.edgeView.length") == len(kg.facts)
    o.page.uncheck("#show-denied")
    o.page.uncheck("#type-filters input[value=Person]")
    assert o.js("window.aikg.nodeView.length") == len(kg.entities) - 1
    o.page.check("#type-filters input[value=Person]")
    o.page.uncheck("#predicate-filters input[value=invests-in]")
    invests = sum(not f.negated and f.predicate == "invests-in" for f in kg.facts.values())
    assert o.js("window.aikg.edgeView.length") == asserted - invests
    o.page.check("#predicate-filters input[value=invests-in]")


def test_big_graph_opens_within_the_budget_and_settles(browser, tmp_path):
    path = tmp_path / "big.html"
    html.EXPORTER.write(synthetic(50_000, 2_000), path)
    o = Opened(browser, path)
    try:
        assert o.errors == [] and o.requests == []
        assert o.js("window.aikg.nodes.length") == html.DEFAULT_MAX_NODES
        assert "Showing 300 of 2000 entities" in o.page.text_content("#notice")
        assert o.js("window.aikg.settleMs") < 15_000
    finally:
        o.page.close()



# -- the real seed article, through the real pipeline ------------------------
def aikg(*args):
    """`aikg ...` as users run it (the working tree's graph.cli, from the repo root)."""
    return subprocess.run([sys.executable, "-m", "graph.cli", *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT)


@pytest.fixture(scope="module")
def real_seed(browser, tmp_path_factory):
    """`aikg build seeds/`: its summary line's counts, its triples, and its page opened."""
    out = tmp_path_factory.mktemp("seed-build")
    r = aikg("build", ROOT / "seeds", "--out", out, "--format", "html,jsonl")
    assert r.returncode == 0, r.stderr
    m = re.search(r"(\d+) entit(?:y|ies), (\d+) facts?", r.stdout)
    assert m, r.stdout
    counts = {"entities": int(m.group(1)), "facts": int(m.group(2))}
    triples = [json.loads(line) for line in
               (out / "triples.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    opened = Opened(browser, out / "graph.html")
    yield counts, triples, opened
    opened.page.close()


def test_seed_page_loads_offline_without_errors(real_seed):
    counts, _, o = real_seed
    assert o.errors == [], o.errors
    assert o.requests == [], o.requests
    assert counts["entities"] > 3 and counts["facts"] > 3      # the seed says something
    # as many nodes as the graph has entities: in the data, the DataSet and on the canvas
    assert len(o.js("window.aikg.data.nodes")) == counts["entities"]
    assert o.js("window.aikg.nodes.length") == counts["entities"]
    assert o.js("window.aikg.network.body.nodeIndices.length") == counts["entities"]
    assert o.js("window.aikg.edges.length") == counts["facts"]
    assert o.js("""[...document.querySelectorAll('[src],[href]')]
        .filter(e => /^\\s*(https?:)?\\/\\//i.test(e.getAttribute('src') || e.getAttribute('href')))
        .length""") == 0
    assert o.page.locator("#notice").count() == 0              # within the budget: no notice


def test_seed_page_search_finds_openai(real_seed):
    _, triples, o = real_seed
    o.page.fill("#search-input", "OpenAI")
    o.page.press("#search-input", "Enter")
    o.page.wait_for_function("document.querySelector('#panel h2') && "
                             "document.querySelector('#panel h2').textContent === 'OpenAI'")
    assert o.js("window.aikg.network.getSelectedNodes()") == ["openai"]
    assert o.page.text_content("#search-status") == ""
    panel = o.page.text_content("#panel")
    about = [t["sentence"] for t in triples if "OpenAI" in (t["subject"], t["object"])]
    assert about and all(s in panel for s in about)             # every sentence about it


def test_seed_page_clicking_a_node_fills_the_panel(real_seed):
    _, triples, o = real_seed
    o.page.click("#panel-close")
    assert o.page.locator("#panel").is_hidden()
    o.click_node("softbank")
    o.page.wait_for_function("!document.querySelector('#panel').hidden && "
                             "document.querySelector('#panel h2').textContent === 'SoftBank'")
    mine = [t for t in triples if "SoftBank" in (t["subject"], t["object"])]
    facts = {(t["subject"], t["predicate"], t["object"], t["attributes"]["negated"]) for t in mine}
    assert o.js("document.querySelectorAll('#panel li.fact').length") == len(facts)
    panel = o.page.text_content("#panel")
    assert all(t["sentence"] in panel for t in mine)
    assert "invests-in" in panel and Path(mine[0]["doc"]).name in panel
    assert o.js("window.aikg.network.getSelectedNodes()") == ["softbank"]
    assert o.errors == []


SCRIPT = "</script><script>alert(1)</script>"


def test_hostile_article_through_the_real_pipeline_shows_as_text(browser, tmp_path):
    """An article holding a script closer, read by the real extractors; an entity named
    like markup (no extractor yields one, so it is a hand-made line of the public JSONL
    contract); `aikg view` writes the page; nothing runs, everything reads as text."""
    article = tmp_path / "news" / "hostile.txt"
    article.parent.mkdir()
    article.write_text(f"SoftBank invested $2 billion in OpenAI in 2024 {SCRIPT} the filing says.\n",
                       encoding="utf-8")
    r = aikg("extract", article)
    assert r.returncode == 0, r.stderr
    lines = [json.loads(line) for line in r.stdout.splitlines()]
    hostile = [d for d in lines if SCRIPT in d["sentence"]]
    assert hostile, f"the extractors no longer keep the sentence: {lines}"
    made = t(XSS_NAME, "invests-in", "OpenAI", sentence=f"{XSS_NAME} bought into OpenAI. {SCRIPT}",
             doc=str(article)).to_dict()
    graph = tmp_path / "triples.jsonl"
    graph.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in [*lines, made]),
                     encoding="utf-8")
    page = tmp_path / "view.html"
    r = aikg("view", XSS_NAME, "--graph", graph, "--out", page)
    assert r.returncode == 0, r.stderr
    raw = page.read_text(encoding="utf-8")
    assert XSS_NAME not in raw and SCRIPT not in raw and "<script>alert" not in raw

    o = Opened(browser, page)
    try:
        title = f"aikg: {XSS_NAME}, 2 hops around"
        assert o.js("document.title") == title
        assert o.page.text_content("header h1") == title
        # the page focuses the named entity: its panel is open, name and sentence as text
        o.page.wait_for_selector("#panel:not([hidden])")
        assert o.page.text_content("#panel h2") == XSS_NAME
        assert f"{XSS_NAME} bought into OpenAI. {SCRIPT}" in o.page.text_content("#panel")
        key = o.js("window.aikg.network.getSelectedNodes()[0]")
        assert o.js("k => window.aikg.nodes.get(k).label", key) == XSS_NAME
        # the extracted sentence, in OpenAI's panel
        o.click_node("openai")
        o.page.wait_for_function("document.querySelector('#panel h2').textContent === 'OpenAI'")
        assert hostile[0]["sentence"] in o.page.text_content("#panel")
        # hover tooltip of the hostile node: text too
        o.page.mouse.move(*o.node_point(key))
        o.page.wait_for_function("(() => { const t = document.querySelector('.vis-tooltip');"
                                 " return t && t.style.visibility === 'visible'; })()")
        assert XSS_NAME in o.page.text_content(".vis-tooltip")
        assert o.js("document.querySelectorAll('img, #panel script, .vis-tooltip script').length") == 0
        assert o.js("document.scripts.length") == 3
        o.page.wait_for_timeout(300)
        assert o.dialogs == []
        assert o.errors == [] and o.requests == []
    finally:
        o.page.close()


def test_dense_graph_is_cut_to_the_edge_budget_and_settles(browser, tmp_path):
    # 300 entities sharing 50,000 facts: all within the node budget, far past the edge one
    path = tmp_path / "dense.html"
    html.EXPORTER.write(synthetic(50_000, 300), path)
    o = Opened(browser, path)
    try:
        assert o.errors == [] and o.requests == []
        assert o.js("window.aikg.nodes.length") == 300
        assert o.js("window.aikg.edges.length") == html.DEFAULT_MAX_EDGES
        notice = o.page.text_content("#notice")
        assert f"only the {html.DEFAULT_MAX_EDGES} most confident facts" in notice
        assert "--max-edges" in notice
    finally:
        o.page.close()


def dated_graph():
    """A story told over three dated articles and an undated one."""
    from graph.model import KnowledgeGraph

    kg = KnowledgeGraph().add_all([
        t("Globex", "acquires", "Initech", doc="a.txt", status="in-talks", cue="in talks",
          sentence="Globex is in talks to buy Initech."),
        t("Globex", "acquires", "Initech", doc="b.txt", sentence="Globex completed its purchase of Initech."),
        t("Hooli", "invests-in", "Initech", doc="b.txt", sentence="Hooli invested in Initech."),
        t("Vandelay", "partners-with", "Hooli", doc="c.txt", sentence="Vandelay and Hooli teamed up."),
        t("Kestrel", "supplies", "Hooli", doc="undated.txt", sentence="Kestrel supplies Hooli."),
    ])
    for doc, day in (("a.txt", "2025-01-10"), ("b.txt", "2025-03-01"), ("c.txt", "2025-06-01")):
        kg.describe(doc, date=day)
    return kg


def test_the_date_range_shows_the_graph_as_known_in_that_range(browser, tmp_path):
    path = tmp_path / "graph.html"
    html.EXPORTER.write(dated_graph(), path)
    o = Opened(browser, path)
    try:
        assert o.page.is_visible("#dates")
        assert o.js("window.aikg.edgeView.length") == 4
        assert o.page.text_content("#date-count") == "4 facts shown"
        assert (o.page.text_content("#date-from-label"), o.page.text_content("#date-to-label")) == (
            "2025-01-10", "2025-06-01")

        def shown():
            return sorted(o.js("window.aikg.edgeView.get().map(e => e.predicate)"))

        o.page.fill("#date-from", "1")          # from 2025-03-01: the talks alone are out of it
        assert shown() == ["acquires", "invests-in", "partners-with", "supplies"]
        o.page.fill("#date-to", "1")            # up to 2025-03-01: the partnership is not yet told
        assert shown() == ["acquires", "invests-in", "supplies"]
        o.page.fill("#date-from", "0")
        o.page.fill("#date-to", "0")            # January: the talks, and the undated supply
        assert shown() == ["acquires", "supplies"]
        assert o.page.text_content("#date-count") == "2 facts shown"
        assert o.page.text_content("#date-to-label") == "2025-01-10"
        o.page.fill("#date-to", "2")
        assert len(shown()) == 4
        # a fact's panel lists its reports in date order, the status change marked
        o.js("id => window.aikg.openEdge(id)",
             o.js("window.aikg.data.edges.findIndex(e => e.predicate === 'acquires')"))
        items = o.page.locator("#panel ul.evidence li")
        assert items.count() == 2
        assert items.nth(0).locator(".date").text_content() == "2025-01-10"
        assert items.nth(1).locator(".date").text_content() == "2025-03-01"
        assert items.nth(1).locator(".status-change").text_content() == "in-talks \u2192 completed"
        assert not o.errors and not o.requests
    finally:
        o.page.close()


def test_an_undated_graph_has_no_date_range(seed_page):
    _, o = seed_page
    assert not o.page.is_visible("#dates")


def test_the_story_moves_through_the_range_as_it_was_told(browser, tmp_path):
    """The four dated articles of docs/story through the real pipeline: at each step of the
    range the deal is drawn as it was known then (hedged while in talks), the denied second
    deal only once it was told."""
    out = tmp_path / "story"
    r = subprocess.run([sys.executable, "-m", "graph.cli", "build", *sorted((ROOT / "docs" / "story").glob("*.txt")),
                        "--out", str(out), "--format", "html", "--jobs", "1", "--quiet"],
                       cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    o = Opened(browser, out / "graph.html")
    try:
        assert o.js("window.aikg.data.dates") == ["2025-01-14", "2025-03-03", "2025-06-30", "2025-09-15"]
        o.page.check("#show-denied")
        deal = "e => e.predicate === 'acquires' && !e.negated"
        steps = []
        for end in range(4):
            o.page.fill("#date-to", str(end))
            shown = o.js("window.aikg.edgeView.get().filter(e => e.predicate === 'acquires')"
                         ".map(e => [e.negated, !!e.dashes])")
            steps.append((o.page.text_content("#date-to-label"), sorted(shown)))
        assert o.js(f"window.aikg.data.edges.filter({deal}).length") == 1
        assert steps == [
            ("2025-01-14", [[False, True]]),                  # in talks: hedged
            ("2025-03-03", [[False, False]]),                 # announced
            ("2025-06-30", [[False, False]]),                 # completed
            ("2025-09-15", [[False, False], [True, True]]),   # and the second deal denied
        ]
        assert not o.errors and not o.requests
    finally:
        o.page.close()
