"""What changed and when, end to end: the story of docs/story built by the CLI
(dated JSONL, text with datelines, RSS and Atom feeds), --as-of, the history preset."""
from __future__ import annotations

import csv
import io
import json

import pytest

from test_cli import ROOT, aikg

pytestmark = pytest.mark.slow  # loads the real spaCy models

STORY = ROOT / "docs" / "story"
TEXTS = sorted(STORY.glob("*.txt"))
HISTORY = [  # date, relation, object, status, cue, amount
    ("2025-01-14", "acquires", "Initech", "in-talks", "in talks", "2000000000"),
    ("2025-03-03", "acquires", "Initech", "announced", "a annoncé", "2000000000"),
    ("2025-06-30", "acquires", "Initech", "completed", "completed", "2500000000"),
    ("2025-09-15", "not acquires", "Hooli", "denied", "démenti", None),
]


def build(tmp_path, name, *paths, extra=()):
    out = tmp_path / name
    r = aikg("build", *paths, "--out", out, "--format", "ttl,jsonl", "--jobs", "1", "--quiet", *extra)
    assert r.returncode == 0, r.stderr
    return out / "graph.ttl", r


def rows(*args):
    r = aikg("query", *args, "--format", "csv")
    assert r.returncode == 0, r.stderr
    return [{k: v or None for k, v in row.items()} for row in csv.DictReader(io.StringIO(r.stdout))]


def history(graph, *names):
    return rows(graph, "--preset", "history", *names)


def facts(graph):
    return {(f["object"], f["negated"]): (f["status"], f.get("amount"))
            for f in rows(graph, "--preset", "facts-about", "Globex")}


@pytest.mark.parametrize("paths", [[STORY / "story.jsonl"], TEXTS], ids=["jsonl", "datelines"])
def test_the_story_gives_each_facts_current_status_and_its_history(tmp_path, paths):
    graph, _ = build(tmp_path, "all", *paths)
    assert facts(graph) == {("Initech", "false"): ("completed", "2000000000"),
                            ("Hooli", "true"): ("denied", None)}
    rows = history(graph, "Globex")
    assert [(r["date"], r["relation"], r["object"], r["status"], r["cue"], r.get("amount"))
            for r in rows] == HISTORY
    assert [r["date"] for r in history(graph, "Initech", "Globex")] == [h[0] for h in HISTORY[:3]]
    conflict = aikg("query", graph, "ASK { ?f aikg:conflict true ; rdf:object/rdfs:label 'Initech' }")
    assert conflict.stdout.split()[-1] == "true"


AS_OF = [("2025-02-01", "in-talks", 3), ("2025-04-01", "announced", 2), ("2025-07-01", "completed", 1)]


@pytest.mark.parametrize("as_of, status, left_out", AS_OF)
def test_as_of_builds_the_graph_as_known_that_day(tmp_path, as_of, status, left_out):
    undated = tmp_path / "undated.txt"
    undated.write_text("Hooli partners with Initech.", encoding="utf-8")
    graph, r = build(tmp_path, as_of, *TEXTS, undated, extra=("--as-of", as_of))
    assert facts(graph) == {("Initech", "false"): (status, "2000000000")}
    assert f"{left_out} dated after {as_of} left out, 1 undated kept" in r.stderr
    assert all(row["date"] is None or row["date"] <= as_of for row in history(graph, "Initech"))


def test_as_of_reads_a_store_and_a_graph_file_as_the_build_gives_it(tmp_path):
    undated = tmp_path / "undated.txt"
    undated.write_text("Hooli signed a partnership with Initech.", encoding="utf-8")
    whole, _ = build(tmp_path, "whole", *TEXTS, undated)
    store = tmp_path / "kg"
    r = aikg("build", *TEXTS, undated, "--store", store, "--format", "none", "--jobs", "1", "--quiet")
    assert r.returncode == 0, r.stderr
    for as_of, status, left_out in AS_OF:
        for graph in (whole, store):
            r = aikg("query", graph, "--as-of", as_of, "--preset", "facts-about", "Globex",
                     "--format", "csv")
            assert r.returncode == 0, r.stderr
            got = {(f["object"], f["negated"]): (f["status"], f["amount"] or None)
                   for f in csv.DictReader(io.StringIO(r.stdout))}
            assert got == {("Initech", "false"): (status, "2000000000")}, (graph, as_of)
            told = f"{left_out} article{'s' * (left_out != 1)} dated after it left out, 1 undated kept"
            assert f"as of {as_of}: {told}" in r.stderr
    out = tmp_path / "then.jsonl"
    r = aikg("export", store, "--to", "jsonl", "--out", out, "--as-of", "2025-04-01")
    docs = {json.loads(line)["doc"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert r.returncode == 0 and len(docs) == 3, docs   # two dated articles and the undated one


def _feed_graph_rows(graph):
    rows = history(graph, "Globex")
    return [(r["date"], r["relation"], r["object"], r["status"], r["cue"], r.get("amount"),
             r["source"].rsplit("#", 1)[1]) for r in rows]


def test_rss_and_atom_build_the_same_graph_as_the_same_items_in_jsonl(tmp_path):
    feeds, _ = build(tmp_path, "feeds", STORY / "story.rss", STORY / "story.atom")
    # the same items as JSONL: title and text as the feeds give them, dates included
    items = tmp_path / "items.jsonl"
    lines = []
    for line in (STORY / "story.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        lines.append(json.dumps({**d, "text": f"{d['title']}\n\n{d['text']}"}, ensure_ascii=False))
    items.write_text("\n".join(lines) + "\n", encoding="utf-8")
    jsonl, _ = build(tmp_path, "jsonl", items)
    assert _feed_graph_rows(feeds) == _feed_graph_rows(jsonl)
    assert [row[:6] for row in _feed_graph_rows(feeds)] == HISTORY


def test_as_of_refuses_a_store_and_a_bad_date(tmp_path):
    r = aikg("build", *TEXTS, "--as-of", "2025-02-31", "--out", tmp_path)
    assert r.returncode == 2 and "not a calendar date" in r.stderr
    r = aikg("build", *TEXTS, "--as-of", "2025-02-01", "--store", tmp_path / "kg")
    assert r.returncode == 2 and "--store" in r.stderr
