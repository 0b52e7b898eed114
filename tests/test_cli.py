"""The command line, run as users run it: exit codes, messages, files written."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # loads the real spaCy models

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def aikg(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "graph.cli", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd or ROOT)


@pytest.mark.parametrize("command", ["build", "extract", "query", "view", "validate"])
def test_every_command_has_help_with_an_example(command):
    r = aikg(command, "--help")
    assert r.returncode == 0 and "example:" in r.stdout and f"aikg {command}" in r.stdout


def test_missing_path_is_one_line_and_exit_2(tmp_path):
    r = aikg("extract", tmp_path / "nope.txt")
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.count("\n") == 1 and "no such file or folder" in r.stderr


def test_empty_folder_is_one_line_and_exit_2(tmp_path):
    r = aikg("build", tmp_path, "--out", tmp_path / "out")
    assert r.returncode == 2 and "no .txt or .md article" in r.stderr
    assert "Traceback" not in r.stderr


def test_unknown_format_lists_the_valid_ones(tmp_path):
    r = aikg("build", SEEDS, "--out", tmp_path, "--format", "pdf")
    assert r.returncode == 2 and "turtle" in r.stderr and "html" in r.stderr


def test_a_binary_file_is_skipped_with_a_warning_and_the_rest_goes_on(tmp_path):
    (tmp_path / "a.txt").write_text("Fabrikam a racheté la start-up Contoso en 2021.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary")
    r = aikg("extract", tmp_path)
    assert r.returncode == 1
    assert "skipped" in r.stderr and "b.txt" in r.stderr
    lines = [json.loads(line) for line in r.stdout.splitlines()]
    assert lines and all(line["doc"].endswith("a.txt") for line in lines)


def test_extract_prints_the_jsonl_contract(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Fabrikam could invest up to $2 billion in Contoso, according to Reuters.", encoding="utf-8")
    r = aikg("extract", f, "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    [line] = [json.loads(x) for x in r.stdout.splitlines() if '"invests-in"' in x]
    assert list(line) == ["doc", "lang", "subject", "subject_type", "predicate", "object",
                          "object_type", "attributes", "sentence", "start", "end",
                          "confidence", "extractor"]
    assert line["doc"] == str(f) and line["lang"] == "en"
    assert (line["subject"], line["object"]) == ("Fabrikam", "Contoso")
    assert line["attributes"]["amount"] == 2_000_000_000 and line["attributes"]["currency"] == "USD"
    assert line["attributes"]["status"] == "possible" and line["attributes"]["negated"] is False


def test_build_on_the_seed_writes_three_files_and_the_query_finds_the_investors(tmp_path):
    out = tmp_path / "out"
    r = aikg("build", SEEDS, "--out", out)
    assert r.returncode == 0, r.stderr
    assert "entities" in r.stdout and "facts" in r.stdout and r.stdout.count("\n") == 1
    for name in ("graph.ttl", "graph.html", "triples.jsonl"):
        assert (out / name).stat().st_size > 0
    q = ('SELECT ?investor WHERE { ?i aikg:invests-in ?o . ?o rdfs:label "OpenAI" . '
         '?i rdfs:label ?investor } ORDER BY ?investor')
    r = aikg("query", out / "graph.ttl", q, "--format", "csv")
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["investor", "Microsoft", "SoftBank"]
    r = aikg("query", out / "graph.ttl", q)
    assert "SoftBank" in r.stdout and "Microsoft" in r.stdout


def test_query_errors_are_clean(tmp_path):
    r = aikg("query", tmp_path / "missing.ttl", "SELECT * WHERE { ?s ?p ?o }")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    bad = tmp_path / "g.ttl"
    bad.write_text("<a> <b> <c> .", encoding="utf-8")
    r = aikg("query", bad, "SELEKT nothing")
    assert r.returncode == 2 and r.stderr.startswith("aikg: error:")


def test_view_writes_the_neighbourhood_page(tmp_path):
    out = tmp_path / "out"
    assert aikg("build", SEEDS, "--out", out).returncode == 0
    page = tmp_path / "openai.html"
    r = aikg("view", "OpenAI", "--graph", out / "triples.jsonl", "--out", page)
    assert r.returncode == 0, r.stderr
    text = page.read_text(encoding="utf-8")
    assert "<title>aikg: OpenAI, 2 hops around</title>" in text
    assert '"focus":"openai"' in text          # the page selects OpenAI once laid out
    r = aikg("view", "Nobody At All", "--graph", out / "triples.jsonl", "--out", page)
    assert r.returncode == 2


def test_build_max_edges_caps_the_page_and_says_so(tmp_path):
    r = aikg("build", SEEDS, "--out", tmp_path, "--format", "html", "--max-edges", "2")
    assert r.returncode == 0, r.stderr
    page = (tmp_path / "graph.html").read_text(encoding="utf-8")
    assert "only the 2 most confident facts among them" in page
    r = aikg("build", SEEDS, "--out", tmp_path, "--format", "html", "--max-edges", "0")
    assert r.returncode == 2 and "--max-edges: expected a whole number of at least 1" in r.stderr
