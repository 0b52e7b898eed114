"""Graph assembly: time per triple as the corpus grows, with facts told Zipf-often.

    python benchmarks/bench_graph.py                      # 100,000 and 1,000,000 triples
    python benchmarks/bench_graph.py --sizes 10000,100000
    python benchmarks/bench_graph.py --memory --sizes 1000000   # peak memory of assembly alone
    python benchmarks/bench_graph.py --dates --sizes 200000     # the cost of dated articles
    python benchmarks/bench_graph.py --corrections 10000 --sizes 1000000

Synthetic triples, extraction left out: fact r (r = 1, 2, ...) is told
round(C / r) times, C = 5% of the triples (so at 1,000,000 triples the most
told fact is told 50,000 times), and the rest of the triples are facts told
once; ten tellings per article, each with its own sentence. For each size it
prints the time to assemble the KnowledgeGraph (`add_all`, the merged
attributes settled), to write it as Turtle (the `turtle` exporter), the time
per triple of both, the process's peak resident memory after the size (psutil
not needed: `resource`), and last the ratio of the time per triple at the
largest size to the smallest (issue target: at most 1.2). Not a test: it
prints figures; run it on a quiet machine.

`--corrections N` measures instead what a corrections file of N entries (issue
14: a mix of the six kinds, every one matching; written to a temporary file and
read from it) adds to the build of the largest size: assembly and Turtle
without and with reading and applying it, alternately, twice each (issue
target: at most 10% more); it prints the fastest of each and the time reading
and applying took, which is the figure to trust on a busy machine.

`--memory` measures instead, for each size in a fresh process, the peak
resident memory of assembling the triples as `aikg build` does, streamed from
their source (the generator here, articles there) into the KnowledgeGraph
with its facts settled, then of writing the Turtle text as well; and what
the interpreter and the imports take before any triple.

`--dates` measures what dates cost: the same triples built as `aikg build`
does (assembled, each article described, the facts settled, written as
Turtle) with no article dated, then with every article dated (statuses from
the latest dated report, histories, evidence dates in the Turtle), runs
alternated, the best CPU time of `--repeat` of each; it prints both and the overhead.
"""
from __future__ import annotations

import argparse
import gc
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extractors.triple import Attributes, Triple  # noqa: E402
from graph.exporters import get as exporter  # noqa: E402
from graph.model import KnowledgeGraph  # noqa: E402

PREDICATES = ("invests-in", "acquires", "partners-with", "supplies", "develops", "competes-with")


def zipf_counts(n: int) -> list[int]:
    """How many times each fact is told: round(C / r) for the head, then ones, summing to n."""
    head = max(1, n // 20)
    counts = []
    for r in range(1, head + 1):
        c = round(head / r)
        if c <= 1 or sum(counts) + c > n:
            break
        counts.append(c)
    counts += [1] * (n - sum(counts))
    return counts


def triples(n: int) -> Iterator[Triple]:
    told = 0
    for r, count in enumerate(zipf_counts(n)):
        s, o = f"Company {r % 50_000}", f"Startup {r // 50_000}-{r % 997}"
        p = PREDICATES[r % len(PREDICATES)]
        for k in range(count):
            doc = f"news/{told // 10:07d}.txt"
            sentence = f"{s} {p} {o} ({k})."
            amount = float(1 + r % 500) * 1e6 if p == "invests-in" and k % 3 == 0 else None
            yield Triple(doc, "en", s, "Organization", p, o, "Organization",
                         Attributes(amount=amount, currency="USD" if amount else None, year=2020 + k % 6),
                         sentence=sentence, start=100 * (told % 10), end=100 * (told % 10) + len(sentence),
                         confidence=0.8, extractor="rules.en.verb.active")
            told += 1


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_memory(n: int) -> int:
    base = peak_mib()
    kg = KnowledgeGraph().add_all(triples(n))
    facts = len(kg.facts)                         # settled
    assembled = peak_mib()
    text = exporter("turtle").generate(kg)
    print(f"{n:>9,} triples, {facts:,} facts: peak memory {assembled:,.0f} MiB assembled "
          f"({base:,.0f} MiB of it before the first triple), {peak_mib():,.0f} MiB with the "
          f"Turtle text ({len(text) / 2**20:,.0f} MiB)", flush=True)
    return 0


def build_seconds(batch: list[Triple], dated: bool) -> float:
    """The CPU time of one build as `aikg build` makes it: assembly, articles described,
    Turtle (CPU time: a shared machine's load does not count)."""
    gc.collect()
    start = time.process_time()
    kg = KnowledgeGraph().add_all(batch)
    for n, doc in enumerate(sorted(kg.articles)):
        kg.describe(doc, title=f"Article {n}",
                    date=f"{2024 + n % 2}-{1 + n % 12:02d}-{1 + n % 28:02d}" if dated else None)
    len(kg.facts)
    exporter("turtle").generate(kg)
    return time.process_time() - start


def measure_dates(n: int, repeat: int) -> None:
    batch = list(triples(n))
    best = {False: float("inf"), True: float("inf")}
    for _ in range(repeat):
        for dated in (False, True):
            best[dated] = min(best[dated], build_seconds(batch, dated))
    print(f"{n:>9,} triples: undated {best[False]:6.2f} s, dated {best[True]:6.2f} s, "
          f"dates cost {100 * (best[True] / best[False] - 1):+.1f}% (best of {repeat})", flush=True)
def corrections_text(n: int) -> str:
    """A corrections file of `n` entries about the graph `triples` makes: 40% reject-fact,
    20% same-as, 10% each rename, retype, not-an-entity and add-fact, each on its own names."""
    lines = ["corrections:"]
    for i in range(n):
        kind = i % 10
        r = i   # fact r: the ranks of the rejected facts fall among Company 0-9999 and Startup 0-*
        s, o = f"Company {r % 50_000}", f"Startup {r // 50_000}-{r % 997}"
        p = PREDICATES[r % len(PREDICATES)]
        if kind < 4:
            lines.append(f"  - reject-fact: {{subject: {s.lower()}, predicate: {p}, object: {o}}}")
            lines.append(f"    note: wrong, see entry {i}")
        elif kind < 6:
            lines.append(f"  - same-as: {{name: Company {40_000 + i % 10_000}, is: Company {i % 10_000}}}")
        elif kind == 6:
            lines.append(f"  - rename: {{name: company {20_000 + i}, to: Société {i}}}")
        elif kind == 7:
            lines.append(f"  - retype: {{name: Startup 1-{i % 997}, type: Project}}")
        elif kind == 8:
            lines.append(f"  - not-an-entity: Company {30_000 + i}")
        else:
            lines.append(f"  - add-fact: {{subject: Company {i}, predicate: invests-in, "
                         f"object: Éclair {i}, source: memo-{i}.txt, amount: {i}}}")
        lines.append("    by: bench")
    return "\n".join(lines) + "\n"


def measure_corrections(n: int, entries: int, repeat: int = 2) -> int:
    """The build of `n` triples without and with `entries` corrections, alternately,
    `repeat` times each; the fastest of each, and the time reading and applying took."""
    import tempfile

    from graph import corrections

    turtle = exporter("turtle")
    batch = list(triples(n))
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", encoding="utf-8", delete=False) as f:
        f.write(corrections_text(entries))
    times: dict[str, list[float]] = {"plain": [], "corrected": []}
    applying: list[float] = []
    try:
        for _ in range(repeat):
            for label in ("plain", "corrected"):
                gc.collect()
                start = time.perf_counter()
                kg = KnowledgeGraph().add_all(batch)
                len(kg.facts)
                if label == "corrected":
                    begun = time.perf_counter()
                    outcome = corrections.apply(kg, corrections.load(f.name))
                    applying.append(time.perf_counter() - begun)
                text = turtle.generate(kg)
                times[label].append(time.perf_counter() - start)
                print(f"{label:>9}: {n:,} triples, {len(kg.facts):,} facts, build (assembly + "
                      f"Turtle) {times[label][-1]:6.1f} s" + (
                          f", of which reading and applying {entries:,} corrections "
                          f"{applying[-1]:4.1f} s ({corrections.summary(outcome)})"
                          if label == "corrected" else ""), flush=True)
                del kg, text
    finally:
        Path(f.name).unlink()
    plain, corrected, applied = min(times["plain"]), min(times["corrected"]), min(applying)
    print(f"fastest of {repeat}: plain {plain:.1f} s, corrected {corrected:.1f} s "
          f"({100 * (corrected / plain - 1):+.1f}%); reading and applying the corrections "
          f"{applied:.1f} s, {100 * applied / plain:.1f}% of the plain build")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="100000,1000000", help="comma-separated triple counts")
    ap.add_argument("--memory", action="store_true", help="peak memory of assembly, one process per size")
    ap.add_argument("--dates", action="store_true", help="build time with every article dated vs none")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each kind with --dates (default: 3)")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)   # one --memory measure
    ap.add_argument("--corrections", type=int, metavar="N",
                    help="what applying N corrections adds to the build of the largest size")
    args = ap.parse_args(argv)
    sizes = [int(x) for x in args.sizes.split(",")]
    if args.dates:
        for n in sizes:
            measure_dates(n, args.repeat)
        return 0
    if args.corrections:
        return measure_corrections(sizes[-1], args.corrections)
    if args.child:
        return measure_memory(args.child)
    if args.memory:
        for n in sizes:
            subprocess.run([sys.executable, __file__, "--child", str(n)], check=True)
        return 0
    turtle = exporter("turtle")
    per_triple = []
    for n in sizes:
        batch = list(triples(n))
        gc.collect()
        start = time.perf_counter()
        kg = KnowledgeGraph().add_all(batch)
        facts = len(kg.facts)  # reading the facts settles them
        assembled = time.perf_counter() - start
        top = max(len(f.evidence) for f in kg.facts.values())
        start = time.perf_counter()
        text = turtle.generate(kg)
        written = time.perf_counter() - start
        per_triple.append((assembled + written) / n)
        print(f"{n:>9,} triples, {facts:,} facts (most told {top:,} times): assembly {assembled:6.1f} s "
              f"({assembled / n * 1e6:5.1f} us/triple), Turtle {written:6.1f} s ({len(text) / 1e6:,.0f} MB, "
              f"{written / n * 1e6:5.1f} us/triple); peak memory so far {peak_mib():,.0f} MiB", flush=True)
        del kg, text, batch
    if len(per_triple) > 1:
        print(f"time per triple, {sizes[-1]:,} / {sizes[0]:,}: {per_triple[-1] / per_triple[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
