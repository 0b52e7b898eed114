"""Extraction on several processes and on a Dask cluster: exactly the triples of one process."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractors.batching import chunks
from extractors.parallel import extract_parallel
from extractors.reader import Article, read_articles

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

TEXTS = [
    ("Fabrikam a racheté la start-up Contoso en 2021.", None),
    ("Fabrikam could invest up to $2 billion in Contoso, according to Reuters.", None),
    ("Northwind Traders a noué un partenariat avec Fabrikam pour ses puces.", "fr"),
    ("Contoso was founded in 2019 by Jane Doe and is based in Paris.", "en"),
    ("Litware sues Fabrikam over its chatbot.", None),
]


def corpus():
    seed = list(read_articles([SEEDS]))
    return seed + [Article(f"mem/{i}.txt", t, lang) for i, (t, lang) in enumerate(TEXTS)]


def test_chunks_are_bounded_and_keep_order():
    assert [len(c) for c in chunks(iter(range(7)), 3)] == [3, 3, 1]
    assert [x for c in chunks(range(7), 3) for x in c] == list(range(7))


def test_jobs_must_be_positive():
    with pytest.raises(ValueError):
        list(extract_parallel([], jobs=0))


@pytest.mark.slow
def test_two_processes_give_exactly_the_triples_of_one(tmp_path):
    articles = corpus()
    one = [t.to_dict() for t in extract_parallel(articles, jobs=1)]
    done = []
    two = [t.to_dict() for t in extract_parallel(iter(articles), jobs=2, batch_size=2,
                                                 on_progress=done.append)]
    assert one and two == one
    assert sum(done) == len(articles) and max(done) <= 2


@pytest.mark.slow
def test_cli_jobs_2_prints_what_jobs_1_prints(tmp_path):
    lines = "\n".join(json.dumps({"id": f"n{i}", "text": t}) for i, (t, _) in enumerate(TEXTS))
    (tmp_path / "news.jsonl").write_text(lines + "\n", encoding="utf-8")

    def run(*opts):
        r = subprocess.run([sys.executable, "-m", "graph.cli", "extract", str(tmp_path), *opts],
                           capture_output=True, text=True, cwd=ROOT)
        assert r.returncode == 0, r.stderr
        assert r.stderr.startswith("aikg: ") and r.stderr.count("\n") == 1  # piped: no progress
        assert r.stderr.endswith(" read, 0 skipped, 0 failed\n")          # bar, the summary only
        return [json.loads(x) for x in r.stdout.splitlines()]

    one = run("--jobs", "1")
    assert one and run("--jobs", "2", "--batch-size", "1") == one
    assert {t["doc"].rsplit("#", 1)[1] for t in one} <= {f"n{i}" for i in range(len(TEXTS))}


@pytest.mark.slow
def test_a_dask_cluster_gives_exactly_the_local_triples():
    distributed = pytest.importorskip("distributed")
    from extractors.distributed import extract_distributed

    articles = corpus()
    local = [t.to_dict() for t in extract_parallel(articles, jobs=1)]
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        done = []
        remote = [t.to_dict() for t in extract_distributed(
            articles, scheduler=cluster.scheduler_address, batch_size=2, on_progress=done.append)]
    assert local and remote == local
    assert sum(done) == len(articles)
