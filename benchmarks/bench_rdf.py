"""Benchmark (not a test): aikg's RDF path against pyoxigraph's raw figures on the same data.

    .venv/bin/python benchmarks/bench_rdf.py              # 1,000,000 synthetic facts
    .venv/bin/python benchmarks/bench_rdf.py --facts 100000

Builds a KnowledgeGraph of N synthetic facts (one evidence sentence each, about
20 facts per article, entities of all five types), then times, in one run:

- load: aikg writing the graph as N-Triples and bulk-loading it into an on-disk
  Oxigraph store (what `aikg build --store` does) against pyoxigraph bulk-loading
  the same N-Triples bytes alone;
- Turtle export: aikg's Turtle writer (graph.ttl, data + vocabulary) against
  pyoxigraph dumping the loaded store as Turtle;
- each preset: `graph.presets.run_preset` on the store (query, binding, rows
  as strings) against pyoxigraph running the same query text with the same
  substitutions and reading every term of every solution.

Targets of issue 4: export and every preset within 1.5x of pyoxigraph, load within 2x.
"""
from __future__ import annotations

import argparse
import gc
import random
import shutil
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pyoxigraph as ox  # noqa: E402

from extractors.triple import ENTITY_TYPES, PREDICATES, STATUSES  # noqa: E402
from graph.exporters import turtle as turtle_exporter  # noqa: E402
from graph.model import Article, Entity, Evidence, Fact, KnowledgeGraph  # noqa: E402
from graph.presets import PRESETS, bindings, run_preset  # noqa: E402
from graph.query import PREFIXES  # noqa: E402
from graph.rdf import vocabulary_ntriples  # noqa: E402
from graph.rdftext import ntriples  # noqa: E402

TARGETS = {"load": 2.0, "export": 1.5, "preset": 1.5}


def synthetic(n_facts: int, seed: int = 7) -> KnowledgeGraph:
    """N distinct facts among N/4 entities; entity 0 ("OpenAI") is a popular investee."""
    rng = random.Random(seed)
    n_entities = max(10, n_facts // 4)
    kg = KnowledgeGraph()
    names = ["OpenAI"] + [f"Company {i}" for i in range(1, n_entities)]
    for i, name in enumerate(names):
        key = name.lower().replace(" ", "")
        kg.entities[key] = Entity(key, name, "Organization" if i % 7 else ENTITY_TYPES[i % 5],
                                  {f"{name} Inc."} if i % 10 == 0 else set())
    keys = list(kg.entities)
    while len(kg.facts) < n_facts:
        i = len(kg.facts)
        s = keys[rng.randrange(1, len(keys))]
        o = keys[0] if i % 50 == 0 else keys[rng.randrange(len(keys))]
        p = "invests-in" if i % 3 == 0 else PREDICATES[rng.randrange(len(PREDICATES))]
        negated = i % 97 == 0
        if s == o or (s, p, o, negated) in kg.facts:
            continue
        doc = f"news/{i // 20:06d}.txt"
        amount = float(rng.randrange(1, 500)) * 1e6 if p == "invests-in" and i % 2 else None
        status = STATUSES[i % len(STATUSES)]
        sentence = f"{kg.entities[s].name} {p} {kg.entities[o].name}, \"source\" says ({i})."
        ev = Evidence(doc, sentence, 100 * (i % 20), 100 * (i % 20) + len(sentence), 0.8,
                      status, None, "rules.en", amount, "USD" if amount else None, 2024)
        kg.facts[(s, p, o, negated)] = Fact(
            s, p, o, negated=negated, amount=amount, currency=ev.currency, year=2024,
            status=status, confidence=0.8, evidence=[ev])
        if doc not in kg.articles:
            kg.articles[doc] = Article(doc, "en", date=f"2024-{1 + (i // 20) % 12:02d}-15")
    return kg


def timed(fn):
    gc.collect()
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--facts", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3, help="runs of each preset (best is kept)")
    args = ap.parse_args(argv)

    t, kg = timed(lambda: synthetic(args.facts))
    print(f"synthetic graph: {len(kg.facts):,} facts, {len(kg.entities):,} entities, "
          f"{len(kg.articles):,} articles ({t:.1f} s to make)")
    tmp = Path(tempfile.mkdtemp(prefix="aikg-bench-"))
    rows = []
    try:
        # -- load ------------------------------------------------------------
        def aikg_load():
            data = ("".join(ntriples(kg)) + vocabulary_ntriples()).encode()
            store = ox.Store(str(tmp / "aikg"))
            store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES)
            store.flush()
            return store, data
        t_aikg, (store, data) = timed(aikg_load)
        n_triples = len(store)
        print(f"{n_triples:,} triples, {len(data) / 1e6:,.0f} MB of N-Triples")

        def raw_load(data: bytes):
            raw = ox.Store(str(tmp / "raw"))
            raw.bulk_load(data, format=ox.RdfFormat.N_TRIPLES)
            raw.flush()
            return raw
        t_raw, raw = timed(partial(raw_load, data))
        del raw, data
        shutil.rmtree(tmp / "raw", ignore_errors=True)
        rows.append(("load (N-Triples -> on-disk store)", t_aikg, t_raw, "load"))

        # -- Turtle export -----------------------------------------------------
        t_aikg, text = timed(lambda: turtle_exporter.generate(kg))
        size = len(text.encode()) / 1e6
        del text
        t_raw, dumped = timed(lambda: store.dump(format=ox.RdfFormat.TURTLE,
                                                 from_graph=ox.DefaultGraph(), prefixes=PREFIXES))
        rows.append((f"Turtle export ({size:,.0f} MB / raw {len(dumped) / 1e6:,.0f} MB)",
                     t_aikg, t_raw, "export"))
        del dumped

        # -- presets -----------------------------------------------------------
        for name, preset in PRESETS.items():
            value = "OpenAI" if preset.takes_name else None
            subs = bindings(preset, value)

            def raw_query():
                return [[t for t in sol] for sol in store.query(preset.sparql, prefixes=PREFIXES,
                                                                 substitutions=subs)]
            t_aikg = min(timed(lambda: run_preset(store, name, value))[0]
                         for _ in range(args.repeat))
            t_raw = min(timed(raw_query)[0] for _ in range(args.repeat))
            n = len(run_preset(store, name, value)[1])
            rows.append((f"preset {name} ({n} rows)", t_aikg, t_raw, "preset"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"\n{'':44} {'aikg':>9} {'pyoxigraph':>11} {'ratio':>7}  target")
    ok = True
    for label, a, r, kind in rows:
        ratio = a / r if r else float("inf")
        good = ratio <= TARGETS[kind]
        ok &= good
        print(f"{label:44} {a:8.3f}s {r:10.3f}s {ratio:6.2f}x  <= {TARGETS[kind]}x "
              f"{'ok' if good else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
