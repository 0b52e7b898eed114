"""Extraction throughput and memory: aikg against spaCy's own nlp.pipe, on the same text.

    python benchmarks/bench_extract.py --articles 320
    python benchmarks/bench_extract.py --memory            # peak memory, 2,000 vs 20,000 articles

The corpus is the shipped seed plus the dev articles (../shared/eval/dev/docs,
when present) repeated to N articles, written to one JSONL file; `--docs DIR`
repeats your own articles instead. Every figure
is a fresh process run end to end (start, model loading, reading, parsing),
so all of them pay the same fixed costs; each command runs `--repeat` times,
in rounds, and its fastest run counts (on a shared machine the slower runs
measure the neighbours):

- spaCy: ``nlp.pipe`` over the texts of each language with the plain model,
  ``n_process=1`` and ``n_process=2``, docs thrown away;
- aikg: ``aikg extract FILE --jobs 1`` and ``--jobs 2`` (or all cores), the
  triples printed to /dev/null.

CPU time (user + system, the command and its children) is printed beside:
unlike wall time, it does not grow while a busy neighbour holds the core.
Peak memory is the largest sum of the resident memory of the process and its
children, sampled every 50 ms with psutil. Not a test: it prints figures.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds", ROOT.parent / "shared" / "eval" / "dev" / "docs"]

SPACY_PIPE = r"""
import json, sys
from extractors.lang.detect import detect_language
from extractors.pipeline import model_name
import spacy
texts = {}
for line in open(sys.argv[1], encoding="utf-8"):
    t = json.loads(line)["text"]
    texts.setdefault(detect_language(t), []).append(t)
for lang, group in texts.items():
    nlp = spacy.load(model_name(lang))
    for _ in nlp.pipe(group, batch_size=32, n_process=int(sys.argv[2])):
        pass
"""


def base_texts(sources: list[Path] | None = None) -> list[str]:
    texts = []
    for folder in sources or SOURCES:
        if folder.is_dir():
            texts += [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    return texts


def corpus(path: Path, n: int, *, paragraphs: bool = False, sources: list[Path] | None = None) -> int:
    """Write n articles to a JSONL file; the number of words. `paragraphs`: one paragraph each;
    `sources`: folders of .txt articles instead of the shipped ones."""
    texts = base_texts(sources)
    if not texts:
        sys.exit(f"no .txt articles in {', '.join(map(str, sources or SOURCES))}")
    if paragraphs:
        texts = [p.strip() for t in texts for p in t.split("\n\n") if len(p.split()) > 12]
    words = 0
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            text = texts[i % len(texts)]
            words += len(text.split())
            out.write(json.dumps({"id": f"a{i}", "text": text}, ensure_ascii=False) + "\n")
    return words


def measure(cmd: list[str]) -> tuple[float, float, float]:
    """(seconds, CPU seconds, peak MiB of the process tree) of one command run to its end."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = psutil.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while proc.poll() is None:
        rss = 0
        try:
            for p in [proc, *proc.children(recursive=True)]:
                rss += p.memory_info().rss
        except psutil.Error:
            pass
        peak = max(peak, rss)
        time.sleep(0.05)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the command and what it waited for
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed: {proc.stderr.read().decode()[-2000:]}")
    return seconds, cpu, peak / 2**20


def aikg(path: Path, jobs: int) -> list[str]:
    return [sys.executable, "-m", "graph.cli", "extract", str(path), "--jobs", str(jobs), "--quiet"]


def spacy_pipe(path: Path, n_process: int) -> list[str]:
    return [sys.executable, "-c", SPACY_PIPE, str(path), str(n_process)]


def throughput(n: int, jobs: int, repeat: int, sources: list[Path] | None = None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        words = corpus(path, n, sources=sources)
        print(f"{n} articles, {words} words; {os.cpu_count()} cores; jobs={jobs}; "
              f"best of {repeat} runs each")
        commands = {"spaCy nlp.pipe n_process=1": spacy_pipe(path, 1),
                    "spaCy nlp.pipe n_process=2": spacy_pipe(path, 2),
                    "aikg extract --jobs 1": aikg(path, 1),
                    f"aikg extract --jobs {jobs}": aikg(path, jobs)}
        best: dict[str, tuple[float, float, float]] = {}
        for _ in range(repeat):  # rounds, so a busy spell on a shared machine hits all alike
            for name, cmd in commands.items():
                seconds, cpu, mib = measure(cmd)
                if name not in best or seconds < best[name][0]:
                    best[name] = (seconds, cpu, mib)
        runs, cpus = {}, {}
        for name, (seconds, cpu, mib) in best.items():
            runs[name], cpus[name] = words / seconds, cpu
            print(f"{name:30} {words / seconds:8.0f} words/s  {seconds:7.1f} s  "
                  f"CPU {cpu:7.1f} s  peak {mib:6.0f} MiB", flush=True)
        s1, s2, a1, a2 = runs.values()
        c1, _, c3, _ = cpus.values()
        print(f"aikg --jobs 1 / spaCy n_process=1:       {a1 / s1:.2f}  (in CPU time: {c1 / c3:.2f})")
        print(f"spaCy n_process=2 / n_process=1 (scaling): {s2 / s1:.2f}")
        print(f"aikg --jobs {jobs} / --jobs 1 (scaling):      {a2 / a1:.2f}")
        print(f"aikg --jobs {jobs} / spaCy n_process=2:       {a2 / s2:.2f}")


def memory(sizes: list[int], jobs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        peaks = []
        for n in sizes:
            path = Path(tmp) / f"corpus{n}.jsonl"
            words = corpus(path, n, paragraphs=True)
            seconds, _, mib = measure(aikg(path, jobs))
            peaks.append(mib)
            print(f"aikg extract --jobs {jobs}: {n:6} articles, {words:8} words: "
                  f"{seconds:7.1f} s, peak {mib:6.0f} MiB", flush=True)
        print(f"peak memory {sizes[-1]} / {sizes[0]} articles: {peaks[-1] / peaks[0]:.2f}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=int, default=320, help="articles in the corpus (default: 320)")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 2,
                   help="processes for the parallel aikg run (default: all cores)")
    p.add_argument("--repeat", type=int, default=3,
                   help="runs of each command; the fastest counts (default: 3)")
    p.add_argument("--memory", action="store_true",
                   help="measure peak memory for 2,000 and 20,000 one-paragraph articles instead")
    p.add_argument("--sizes", default="2000,20000", help="article counts for --memory")
    p.add_argument("--docs", type=Path, action="append",
                   help="a folder of .txt articles to repeat instead of the shipped ones (repeatable)")
    args = p.parse_args()
    if args.memory:
        memory([int(x) for x in args.sizes.split(",")], args.jobs)
    else:
        throughput(args.articles, args.jobs, args.repeat, args.docs)


if __name__ == "__main__":
    main()
