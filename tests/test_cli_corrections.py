"""--corrections on aikg build, export and view, run as users run them."""
from __future__ import annotations

import json

import pytest

from made_up import written
from test_cli import ROOT, SEEDS, aikg

FIXES = """\
# reviewed by hand
corrections:
  - reject-fact: {subject: globex, predicate: invests-in, object: INITECH}
    note: the deal fell through
    by: ana
  - same-as: {name: Nucleus, is: Hooli}
  - not-an-entity: Nobody Ltd
"""


@pytest.fixture
def triples(tmp_path):
    return written(tmp_path / "in", formats=("jsonl",))["jsonl"]


def test_export_applies_the_corrections_and_lists_what_matched_nothing(tmp_path, triples):
    fixes = tmp_path / "corrections.yaml"
    fixes.write_text(FIXES, encoding="utf-8")
    out = tmp_path / "fixed.jsonl"
    r = aikg("export", triples, "--to", "jsonl", "--out", out, "--corrections", fixes)
    assert r.returncode == 0, r.stderr
    assert r.stdout.rstrip().endswith("; 2 corrections applied, 1 matched nothing")
    assert r.stderr.count("\n") == 1
    assert "line 7: not-an-entity Nobody Ltd matched nothing" in r.stderr
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    invests = [d for d in lines if (d["subject"], d["predicate"], d["object"])
               == ("Globex", "invests-in", "Initech")]
    assert len(invests) == 2 and all(d["attributes"]["negated"] for d in invests)  # kept, denied
    assert not any("Nucleus" in (d["subject"], d["object"]) for d in lines)


def test_view_applies_the_corrections(tmp_path, triples):
    fixes = tmp_path / "corrections.yaml"
    fixes.write_text("- rename: {name: Hooli, to: Hooli Systèmes}\n", encoding="utf-8")
    out = tmp_path / "view.html"
    r = aikg("view", "hooli systemes", "--graph", triples, "--out", out, "--corrections", fixes)
    assert r.returncode == 0, r.stderr
    assert "around Hooli Systèmes" in r.stdout and "1 correction applied" in r.stdout


@pytest.mark.parametrize("command", ["build", "export", "view"])
def test_a_malformed_file_is_one_line_exit_2_and_nothing_written(tmp_path, triples, command):
    fixes = tmp_path / "corrections.yaml"
    fixes.write_text("- not-an-entity: Lundi\n- retype: {name: Orbit, type: Gadget}\n",
                     encoding="utf-8")
    out = tmp_path / "out"
    args = {"build": ("build", SEEDS, "--out", out),
            "export": ("export", triples, "--to", "ttl", "--out", out),
            "view": ("view", "Hooli", "--graph", triples, "--out", out)}[command]
    r = aikg(*args, "--corrections", fixes)
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.count("\n") == 1 and "corrections.yaml, line 2: unknown type 'Gadget'" in r.stderr
    assert not out.exists()


@pytest.mark.slow  # loads the spaCy models
def test_build_and_store_build_apply_the_corrections(tmp_path):
    fixes = tmp_path / "corrections.json"
    fixes.write_text(json.dumps({"corrections": [
        {"reject-fact": {"subject": "softbank", "predicate": "invests-in", "object": "OpenAI"}},
        {"not-an-entity": "Nobody Ltd"}]}), encoding="utf-8")
    for extra in ((), ("--store", tmp_path / "store")):
        out = tmp_path / f"out{len(extra)}"
        r = aikg("build", SEEDS, "--out", out, "--format", "jsonl", "--jobs", "1",
                 "--corrections", fixes, *extra, cwd=ROOT)
        assert r.returncode == 0, r.stderr
        assert "1 correction applied, 1 matched nothing" in r.stdout
        lines = [json.loads(line) for line in (out / "triples.jsonl").read_text().splitlines()]
        told = [d for d in lines if (d["subject"], d["predicate"], d["object"])
                == ("SoftBank", "invests-in", "OpenAI")]
        assert told and all(d["attributes"]["negated"] for d in told)


REJECTED = ("PREFIX aikg: <https://aikg.dev/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
            "SELECT ?s ?o WHERE { ?f aikg:rejected true ; rdf:subject/rdfs:label ?s ; "
            "rdf:object/rdfs:label ?o }")


@pytest.mark.slow  # loads the spaCy models
def test_a_store_keeps_its_corrections_for_queries_later_adds_and_exports(tmp_path):
    fixes = tmp_path / "c.yaml"
    fixes.write_text("- reject-fact: {subject: SoftBank, predicate: invests-in, object: openai}\n",
                     encoding="utf-8")
    store = tmp_path / "kg"
    r = aikg("build", SEEDS, "--store", store, "--format", "none", "--corrections", fixes, cwd=ROOT)
    assert r.returncode == 0 and "; 1 correction applied" in r.stdout, r.stderr
    for _ in range(2):   # the SPARQL answers see it, and an add without --corrections keeps it
        r = aikg("query", store, REJECTED, "--format", "csv")
        assert r.returncode == 0 and r.stdout.splitlines()[1:] == ["SoftBank,OpenAI"], r.stdout
        r = aikg("build", SEEDS, "--store", store, "--format", "none", cwd=ROOT)
        assert r.returncode == 0 and "; 1 correction applied" in r.stdout, r.stderr
    out = tmp_path / "t.jsonl"
    r = aikg("export", store, "--to", "jsonl", "--out", out)
    told = [d for d in map(json.loads, out.read_text(encoding="utf-8").splitlines())
            if (d["subject"], d["predicate"], d["object"]) == ("SoftBank", "invests-in", "OpenAI")]
    assert r.returncode == 0 and told and all(d["attributes"]["negated"] for d in told)
    # an empty file clears them
    fixes.write_text("", encoding="utf-8")
    r = aikg("build", SEEDS, "--store", store, "--format", "none", "--corrections", fixes, cwd=ROOT)
    assert r.returncode == 0 and "correction" not in r.stdout, r.stderr
    assert aikg("query", store, REJECTED, "--format", "csv").stdout.splitlines()[1:] == []
