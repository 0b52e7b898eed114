"""aikg build --store, aikg query --preset and aikg export, run as users run them."""
from __future__ import annotations

import shutil

import pyoxigraph as ox
import pytest

from test_cli import ROOT, SEEDS, aikg
from test_store import nt_set
from graph.store import GraphStore

DEV_DOCS = ROOT.parent / "shared" / "eval" / "dev" / "docs"


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cli")
    r = aikg("build", SEEDS, "--store", tmp / "store", "--out", tmp / "out",
             "--format", "ttl,jsonl", "--jobs", "1")
    assert r.returncode == 0, r.stderr
    return tmp


def test_preset_on_a_store_and_on_a_file(seed_store):
    for graph in (seed_store / "store", seed_store / "out" / "graph.ttl"):
        r = aikg("query", graph, "--preset", "investors-of", "OpenAI", "--format", "csv")
        assert r.returncode == 0, r.stderr
        assert r.stdout.splitlines()[0].startswith("investor,amount")
        assert {"SoftBank", "Microsoft"} <= {line.split(",")[0] for line in r.stdout.splitlines()}


def test_preset_with_a_hostile_name_is_an_unknown_name(seed_store):
    r = aikg("query", seed_store / "store", "--preset", "facts-about", 'OpenAI" } ; DROP ALL ; #')
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.count("\n") == 1 and "no entity named" in r.stderr
    assert "close names: OpenAI" in r.stderr
    r = aikg("query", seed_store / "store", "--preset", "top-investors")
    assert "SoftBank" in r.stdout


def test_unknown_preset_lists_the_valid_ones(seed_store):
    r = aikg("query", seed_store / "store", "--preset", "investors", "OpenAI")
    assert r.returncode == 2 and "investors-of" in r.stderr and "top-investors" in r.stderr
    assert "Traceback" not in r.stderr


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld", "graphml", "neo4j", "jsonl", "html"])
def test_export_from_a_store_and_from_triples(seed_store, fmt, tmp_path):
    for graph in (seed_store / "store", seed_store / "out" / "triples.jsonl"):
        out = tmp_path / graph.name / f"export.{fmt}"
        r = aikg("export", graph, "--to", fmt, "--out", out)
        assert r.returncode == 0, r.stderr
        assert out.exists()
    if fmt in ("ttl", "nt", "jsonld"):
        r = aikg("export", seed_store / "store", "--to", fmt)
        parsed = list(ox.parse(r.stdout, format={"ttl": ox.RdfFormat.TURTLE,
                                                 "nt": ox.RdfFormat.N_TRIPLES,
                                                 "jsonld": ox.RdfFormat.JSON_LD}[fmt]))
        assert len(parsed) > 50


def test_export_of_a_multi_file_format_needs_a_folder(seed_store):
    r = aikg("export", seed_store / "store", "--to", "neo4j")
    assert r.returncode == 2 and "--out" in r.stderr


@pytest.mark.slow
def test_store_a_then_b_equals_a_and_b_at_once_and_rereading_changes_nothing(tmp_path):
    docs = sorted(DEV_DOCS.glob("*")) if DEV_DOCS.exists() else []
    if len(docs) < 4:
        pytest.skip("the dev set is not here")
    a, b, both = tmp_path / "a", tmp_path / "b", tmp_path / "both"
    for folder, part in ((a, docs[: len(docs) // 2]), (b, docs[len(docs) // 2:]), (both, docs)):
        folder.mkdir()
        for doc in part:
            shutil.copy(doc, folder / doc.name)
    # the same relative paths either way, so the articles' IRIs match
    run = lambda *args: aikg("build", *args, "--format", "ttl", "--jobs", "1", cwd=tmp_path)
    assert run("a", "--store", "step", "--out", "o1").returncode == 0
    assert run("b", "--store", "step", "--out", "o2").returncode == 0
    assert run("a", "b", "--store", "once", "--out", "o3").returncode == 0
    step, once = GraphStore(tmp_path / "step"), GraphStore(tmp_path / "once")
    assert nt_set(step) == nt_set(once)
    assert (tmp_path / "o2" / "graph.ttl").read_bytes() == (tmp_path / "o3" / "graph.ttl").read_bytes()
    manifest = step.manifest()
    assert run("a", "--store", "step", "--out", "o4").returncode == 0
    assert step.manifest() == manifest
    assert (tmp_path / "o4" / "graph.ttl").read_bytes() == (tmp_path / "o3" / "graph.ttl").read_bytes()
