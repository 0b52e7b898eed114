"""The store's add: a day's articles added to a large store, against an empty store and a rebuild.

    python benchmarks/bench_store.py                          # 100,000 articles, then 20 adds of 1,000
    python benchmarks/bench_store.py --articles 10000 --adds 5 --batch 500
    python benchmarks/bench_store.py --dir kg-bench                # keeps the store it built
    python benchmarks/bench_store.py --start-from kg-bench --dir kg-bench-2 --no-rebuild   # adds again
    python benchmarks/bench_store.py --start-from kg-bench --dir kg-bench-3 --no-rebuild --adds 40 --extraction 6

Synthetic articles, extraction left out: the triples go straight into
`GraphStore.add`. Each article tells ten facts and has a date and a title; half
of the tellings are of facts drawn Zipf-often from 50,000 recurring ones (the
most told is told about 44,000 times in 100,000 articles), the other half are
facts told once, each about a new startup. So every add brings new entities,
new facts and evidence for facts the store already holds, whose merged
attributes are rewritten.

It builds the store from the first `--articles` articles in one add (a full
build: what every add cost before the store was incremental), then makes
`--adds` adds of `--batch` new articles each. For each add it prints the
add's time, the time of adding the same triples to an empty store, and the
add's time as a share of the full build; last, the time of a full build of
everything the store then holds. Issue targets: each add at most 2 times the
empty-store add and at most 5% of a full rebuild. Not a test: it prints
figures; run it on a quiet machine (a full build of 1,000,000 triples takes
minutes).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import shutil
import sys
import tempfile
import time
from itertools import accumulate
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extractors.triple import Attributes, Triple  # noqa: E402
from graph.store import GraphStore  # noqa: E402

PREDICATES = ("invests-in", "acquires", "partners-with", "supplies", "develops", "competes-with")
RECURRING = 50_000
_CUMULATIVE = list(accumulate(1 / r for r in range(1, RECURRING + 1)))
_DAY0 = dt.date(2020, 1, 1)


def article(a: int) -> tuple[list[Triple], dict]:
    """The ten triples of article `a` and its title and date."""
    rnd = random.Random(a)
    doc = f"news/{a:07d}.txt"
    told = []
    for i in range(10):
        if rnd.random() < 0.5:       # a recurring fact, Zipf-often
            r = rnd.choices(range(RECURRING), cum_weights=_CUMULATIVE)[0]
            s, o, p = f"Company {r % 5000}", f"Startup {r}", PREDICATES[r % len(PREDICATES)]
        else:                        # told once, about a new startup
            s, o, p = f"Company {rnd.randrange(5000)}", f"Startup {a}x{i}", rnd.choice(PREDICATES)
        amount = float(rnd.randint(1, 500)) * 1e6 if p == "invests-in" and rnd.random() < 0.3 else None
        sentence = f"{s} {p} {o} (article {a}, sentence {i})."
        told.append(Triple(doc, "en", s, "Organization", p, o, "Organization",
                           Attributes(amount=amount, currency="USD" if amount else None,
                                      year=rnd.choice([None, 2023, 2024]),
                                      status=rnd.choice(["completed", "announced", "possible"])),
                           sentence=sentence, start=100 * i, end=100 * i + len(sentence),
                           confidence=rnd.choice([0.6, 0.765, 0.85, 0.9, 0.95]),
                           extractor="rules.en.verb.active"))
    source = {"date": (_DAY0 + dt.timedelta(days=a // 100)).isoformat(), "title": f"Article {a}"}
    return told, {doc: source}


def articles(first: int, count: int) -> tuple[list[Triple], dict]:
    triples, sources = [], {}
    for a in range(first, first + count):
        told, source = article(a)
        triples += told
        sources.update(source)
    return triples, sources


def timed_add(path: Path, triples: list[Triple], sources: dict, busy: float = 0.0):
    """The add's time and result; with `busy`, the triples come from a generator that first
    keeps one core busy that many seconds, as extraction does in `aikg build` (the store
    reads its triples as they are extracted), and that time is left out."""
    start = time.perf_counter()
    result = GraphStore(path).add(extracted(triples, busy) if busy else triples, sources=sources)
    return time.perf_counter() - start - busy, result


def extracted(triples: list[Triple], busy: float):
    until = time.perf_counter() + busy
    while time.perf_counter() < until:
        pass
    yield from triples


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=100_000, help="articles in the store to start with")
    ap.add_argument("--adds", type=int, default=20, help="how many adds")
    ap.add_argument("--batch", type=int, default=1_000, help="articles per add")
    ap.add_argument("--dir", help="work folder (default: a temporary one, removed after)")
    ap.add_argument("--start-from", metavar="DIR",
                    help="the --dir of an earlier run with the same --articles: its store is copied "
                         "(with the adds of that run: the new adds continue after them) and its full "
                         "build time reused, so the adds can be measured again alone")
    ap.add_argument("--extraction", type=float, default=0.0, metavar="SECONDS",
                    help="before each add of --batch articles reads its triples, keep one core busy "
                         "this long, standing for their extraction in `aikg build` (left out of the "
                         "add's time; default 0: the add alone)")
    ap.add_argument("--no-rebuild", action="store_true",
                    help="leave out the last full build of every article (and its check of the counts)")
    args = ap.parse_args(argv)
    work = Path(args.dir or tempfile.mkdtemp(prefix="aikg-bench-store-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        if args.start_from:
            earlier = Path(args.start_from)
            full = json.loads((earlier / "full-build.json").read_text())[str(args.articles)]
            shutil.copytree(earlier / "store", work / "store")
            first = GraphStore(work / "store").manifest()["counts"]["triples"] // 10  # ten per article
            print(f"store of {first:,} articles copied from {earlier} (its first full build, of "
                  f"{args.articles:,}: {full:.1f} s)", flush=True)
        else:
            first = args.articles
            triples, sources = articles(0, args.articles)
            full, result = timed_add(work / "store", triples, sources)
            (work / "full-build.json").write_text(json.dumps({str(args.articles): full}))
            print(f"full build of {args.articles:,} articles ({len(triples):,} triples, "
                  f"{result.entities:,} entities, {result.facts:,} facts): {full:.1f} s; "
                  f"peak memory {peak_mib():,.0f} MiB", flush=True)
            del triples
        worst_empty, worst_full, ratios = 0.0, 0.0, []
        for n in range(args.adds):
            batch, batch_sources = articles(first + n * args.batch, args.batch)
            took, result = timed_add(work / "store", batch, batch_sources, args.extraction)
            empty, _ = timed_add(work / "empty", batch, batch_sources)
            shutil.rmtree(work / "empty")
            worst_empty, worst_full = max(worst_empty, took / empty), max(worst_full, took / full)
            ratios.append(took / empty)
            print(f"add {n + 1:2}: {len(batch):,} triples in {took:5.2f} s; to an empty store "
                  f"{empty:5.2f} s (x{took / empty:.2f}); {100 * took / full:.2f}% of the full build"
                  + (f"; rebuilt: {result.rebuilt}" if result.rebuilt else ""), flush=True)
        if not args.no_rebuild:
            total = first + args.adds * args.batch
            everything, all_sources = articles(0, total)
            rebuild, result = timed_add(work / "again", everything, all_sources)
            print(f"full build of all {total:,} articles ({len(everything):,} triples): {rebuild:.1f} s; "
                  f"the same counts as the store built in adds: "
                  f"{GraphStore(work / 'again').manifest()['counts'] == GraphStore(work / 'store').manifest()['counts']}")
        if ratios:
            print(f"adds within twice the empty-store add: {sum(r <= 2 for r in ratios)} of {len(ratios)}, "
                  f"median x{sorted(ratios)[len(ratios) // 2]:.2f}")
        print(f"worst add: x{worst_empty:.2f} the empty-store add (target <= 2), "
              f"{100 * worst_full:.2f}% of the first full build (target <= 5%); "
              f"peak memory {peak_mib():,.0f} MiB")
    finally:
        if not args.dir:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
