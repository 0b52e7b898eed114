"""Figures for the HTML page on a big synthetic graph (issue 7). Prints, asserts nothing.

    python benchmarks/bench_html.py                    # 50,000 facts, 10,000 entities
    python benchmarks/bench_html.py --entities 300 --max-edges 0   # 300 nodes, 50,000 edges, no edge budget

Measures: the time `graph.exporters.html.generate` takes (best of --runs, after a
warm-up), the page's size, and, in headless Debian chromium through playwright,
the time from navigation to a settled layout (`window.aikg.settled`), with the
page's own count from creating the network to the end of stabilisation
(`window.aikg.settleMs`). Never `playwright install`: it uses /usr/bin/chromium.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.triple import PREDICATES  # noqa: E402
from graph.exporters import html  # noqa: E402
from graph.model import Entity, Evidence, Fact, KnowledgeGraph  # noqa: E402

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def synthetic(n_facts: int, n_entities: int, *, skew: bool = False) -> KnowledgeGraph:
    """`n_facts` distinct facts among `n_entities` organisations (the shape of tests/test_html.py).

    `skew=True` draws both ends from the first tenth of the entities for most
    facts, so the most connected few hundred are densely linked to each other:
    the worst case for the page's edge count within the node budget.
    """
    kg = KnowledgeGraph()
    for i in range(n_entities):
        kg.entities[f"e{i}"] = Entity(f"e{i}", f"Entity {i}", "Organization")
    hub = max(2, n_entities // 10)
    i = 0
    while len(kg.facts) < n_facts:
        span = hub if skew and i % 4 else n_entities
        s = f"e{(i * 7919) % span}"
        o = f"e{(i * 104729 + 1 + i // span) % span}"
        p = PREDICATES[i % len(PREDICATES)]
        i += 1
        if s == o or (s, p, o, False) in kg.facts:
            continue
        conf = 0.5 + (i * 37 % 50) / 100
        kg.facts[(s, p, o, False)] = Fact(s, p, o, status="completed", confidence=conf, evidence=[
            Evidence("docs/x.txt", f"{s} {p} {o} in a sentence of some length.", 0, 40,
                     conf, "completed", None, "rules.en")])
    return kg


def time_generate(kg, runs: int, **options) -> tuple[float, str]:
    html.generate(synthetic(100, 50))          # warm the template and asset caches
    best, page = float("inf"), ""
    for _ in range(runs):
        start = time.perf_counter()
        page = html.generate(kg, **options)
        best = min(best, time.perf_counter() - start)
    return best, page


def time_settle(path: Path, chromium: str, runs: int) -> list[dict]:
    from playwright.sync_api import sync_playwright
    out = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=ARGS)
        try:
            for _ in range(runs):
                page = browser.new_page(viewport={"width": 1280, "height": 800})
                errors: list[str] = []
                page.on("pageerror", lambda e: errors.append(str(e)))
                page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:")
                           else (errors.append("request " + r.request.url), r.abort()))
                start = time.perf_counter()
                page.goto(path.as_uri())
                page.wait_for_function("window.aikg && window.aikg.settled", timeout=300_000,
                                       polling=20)
                wall = time.perf_counter() - start
                figures = page.evaluate("""() => ({settle_ms: window.aikg.settleMs,
                    nodes: window.aikg.nodes.length, edges: window.aikg.edges.length,
                    drawn_edges: window.aikg.edgeView.length})""")
                figures.update(wall_s=wall, errors=errors)
                out.append(figures)
                page.close()
        finally:
            browser.close()
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--facts", type=int, default=50_000)
    p.add_argument("--entities", type=int, default=10_000)
    p.add_argument("--max-nodes", type=int, default=html.DEFAULT_MAX_NODES)
    p.add_argument("--max-edges", type=int, default=html.DEFAULT_MAX_EDGES,
                   help="edge budget; 0 = none (default: the page's)")
    p.add_argument("--skew", action="store_true",
                   help="link the most connected entities densely to each other (edge-budget worst case)")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--chromium", default="/usr/bin/chromium")
    p.add_argument("--no-browser", action="store_true")
    args = p.parse_args(argv)
    max_edges = args.max_edges or None

    t0 = time.perf_counter()
    kg = synthetic(args.facts, args.entities, skew=args.skew)
    print(f"graph: {len(kg.facts):,} facts, {len(kg.entities):,} entities "
          f"(built in {time.perf_counter() - t0:.2f} s, not counted)")
    secs, page = time_generate(kg, args.runs, max_nodes=args.max_nodes, max_edges=max_edges)
    data = html.graph_data(kg, max_nodes=args.max_nodes, max_edges=max_edges)
    print(f"generate: {secs:.3f} s (best of {args.runs}); page {len(page.encode()):,} bytes "
          f"({len(page.encode()) / 1e6:.2f} MB); {len(data['nodes'])} nodes, "
          f"{len(data['edges']):,} edges on the page")
    if data["notice"]:
        print("notice: " + html.notice_text(data["notice"]))
    if args.no_browser:
        return 0
    if not Path(args.chromium).exists():
        print(f"no browser figures: {args.chromium} is missing (apt-get install chromium)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.html"
        path.write_text(page, encoding="utf-8")
        for i, f in enumerate(time_settle(path, args.chromium, args.runs), 1):
            print(f"browser run {i}: settled {f['wall_s']:.2f} s after navigation "
                  f"(network to settled {f['settle_ms']} ms); {f['nodes']} nodes, "
                  f"{f['edges']:,} edges ({f['drawn_edges']:,} drawn)"
                  + (f"; errors: {f['errors']}" if f["errors"] else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
