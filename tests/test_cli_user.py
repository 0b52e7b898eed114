"""Every command as a careful user meets it (issue 16): one idea of a graph, errors before
work, ids that agree, names matched alike, no tracebacks. Run through the real command
line; the graphs are made from hand-written triples, so no spaCy model is loaded except
in the tests marked slow."""
from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from extractors.triple import Attributes, Triple
from graph import exporters
from graph.model import KnowledgeGraph
from graph.store import GraphStore

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def aikg(*args, cwd=None, input=None, env=None):
    return subprocess.run([sys.executable, "-m", "graph.cli", *map(str, args)], input=input,
                          capture_output=True, text=True, cwd=cwd or ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})


def one_error_line(r, *needles):
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert r.stderr.count("\n") == 1 and r.stderr.startswith("aikg: error:"), r.stderr
    assert "Traceback" not in r.stderr
    for needle in needles:
        assert needle in r.stderr, r.stderr


def t(s, p, o, *, st="Organization", ot="Organization", doc="news/a.txt", **attrs) -> Triple:
    sentence = f"{s} {p} {o}."
    return Triple(doc=doc, lang="en", subject=s, subject_type=st, predicate=p, object=o,
                  object_type=ot, attributes=Attributes(**attrs), sentence=sentence, start=0,
                  end=len(sentence), confidence=0.9, extractor="rules.en.test")


TRIPLES = [
    t("Globex", "invests-in", "Initech", amount=2e9, currency="USD"),
    t("Globex Corp.", "invests-in", "Initech", doc="news/c.txt"),
    t("Hooli", "invests-in", "Initech", doc="news/b.txt"),
    t("Globex", "partners-with", "Initech"),
    t("Initech", "develops", "Nimbus-2", ot="Product"),
    t("Éclair Labs", "invests-in", "Globex", doc="news/b.txt"),
    t("Hooli", "acquires", "Vandelay", negated=True, status="denied", cue="did not"),
]


@pytest.fixture(scope="module")
def graphs(tmp_path_factory):
    """The same graph as every input a command takes: RDF files, triples.jsonl, a store."""
    tmp = tmp_path_factory.mktemp("graphs")
    kg = KnowledgeGraph().add_all(TRIPLES)
    out = tmp / "out"
    for fmt in ("ttl", "nt", "jsonld", "jsonl", "graphml", "neo4j", "html"):
        exporters.get(fmt).write(kg, out / exporters.get(fmt).filename)
    GraphStore(tmp / "kg").add(TRIPLES)
    return {"ttl": out / "graph.ttl", "nt": out / "graph.nt", "jsonld": out / "graph.jsonld",
            "jsonl": out / "triples.jsonl", "store": tmp / "kg", "out": out, "kg": kg}


GRAPH_INPUTS = ["ttl", "nt", "jsonld", "jsonl", "store"]


# -- A. wrong results -----------------------------------------------------------------
def test_graphml_edge_ids_are_unique(graphs):
    root = ET.parse(graphs["out"] / "graph.graphml").getroot()
    ids = [e.get("id") for e in root.iter("{http://graphml.graphdrawing.org/xmlns}edge")]
    assert len(ids) == len(graphs["kg"].facts) == len(set(ids))


def test_one_id_per_entity_and_per_fact_in_every_format(graphs):
    out = graphs["out"]
    ttl = out.joinpath("graph.ttl").read_text(encoding="utf-8")
    rdf_entities = set(re.findall(r"^entity:([\w-]+) a aikg:", ttl, re.M))
    rdf_facts = set(re.findall(r"^fact:(\w+) a aikg:Fact", ttl, re.M))
    with open(out / "neo4j" / "nodes.csv", encoding="utf-8") as fh:
        neo4j = {row["id:ID"] for row in csv.DictReader(fh)}
    with open(out / "neo4j" / "relationships.csv", encoding="utf-8") as fh:
        neo4j_facts = {row["fact"].rsplit("/", 1)[1] for row in csv.DictReader(fh)}
    root = ET.parse(out / "graph.graphml").getroot()
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    graphml = {n.get("id") for n in root.iter(ns + "node")}
    graphml_facts = {e.get("id") for e in root.iter(ns + "edge")}
    page = out.joinpath("graph.html").read_text(encoding="utf-8")
    blob = json.loads(re.search(r'id="graph-data">(.*?)</script>', page, re.S).group(1))
    html_ids = {n["id"] for n in blob["nodes"]}
    html_ends = {e["from"] for e in blob["edges"]} | {e["to"] for e in blob["edges"]}
    assert "eclair-labs" in rdf_entities and "nimbus-2" in rdf_entities
    assert rdf_entities == neo4j == graphml == html_ids and html_ends <= html_ids
    assert rdf_facts == neo4j_facts == graphml_facts


@pytest.mark.parametrize("graph", ["ttl", "store"])
def test_presets_match_names_as_view_does(graphs, graph):
    g = graphs[graph]
    for spelled, neighbour in (("globex", "Initech"), ("NIMBUS 2", "Initech"),
                               ("eclair labs", "Globex"), ("Eclair-Labs", "Globex")):
        r = aikg("query", g, "--preset", "neighbours", spelled, "--format", "csv")
        assert r.returncode == 0, r.stderr
        assert neighbour in r.stdout, (spelled, r.stdout)
    r = aikg("query", g, "--preset", "facts-about", "Nimbus 2", "--format", "csv")
    assert r.returncode == 0 and "develops" in r.stdout
    r = aikg("query", g, "--preset", "facts-about", "Globx")
    one_error_line(r, "no entity named 'Globx'", "close names: Globex")
    assert r.stdout == ""


def test_view_matches_and_misses_names_as_the_presets_do(graphs, tmp_path):
    r = aikg("view", "Globx", "--graph", graphs["jsonl"], "--out", tmp_path / "v.html")
    one_error_line(r, "no entity named 'Globx'", "close names: Globex")
    r = aikg("view", "nimbus 2", "--graph", graphs["jsonl"], "--out", tmp_path / "v.html")
    assert r.returncode == 0, r.stderr
    assert "around Nimbus-2" in r.stdout


def test_a_query_and_a_preset_together_are_refused(graphs):
    r = aikg("query", graphs["ttl"], "SELECT * WHERE { ?s ?p ?o }", "--preset", "top-investors")
    one_error_line(r, "not a SPARQL query and --preset")
    q = graphs["out"] / "q.rq"
    q.write_text("ASK {}", encoding="utf-8")
    r = aikg("query", graphs["ttl"], "--file", q, "--preset", "top-investors")
    one_error_line(r, "--file and --preset")


def test_a_json_array_of_articles_is_read_as_jsonl_is(tmp_path):
    from extractors.reader import read_articles

    f = tmp_path / "news.json"
    f.write_text(json.dumps([{"id": "a1", "text": "Globex bought Initech.", "title": "Deal"},
                             {"text": "Hooli invests in Initech.", "lang": "en"},
                             {"text": "Globex rachète Hooli.", "lang": "de"}]), encoding="utf-8")
    skipped = []
    got = list(read_articles([f], on_skip=lambda p, why: skipped.append((p, why))))
    assert [(a.doc, a.text, a.title, a.lang) for a in got] == [
        (f"{f}#a1", "Globex bought Initech.", "Deal", None),
        (f"{f}#item2", "Hooli invests in Initech.", None, "en")]
    assert skipped == [(str(f), "item 3: language 'de' is not one of fr, en")]
    obj = tmp_path / "one.json"
    obj.write_text('{"text": "Globex bought Initech."}', encoding="utf-8")
    skipped.clear()
    assert list(read_articles([obj], on_skip=lambda p, why: skipped.append(why))) == []
    assert skipped and "array of article objects" in skipped[0]


def test_an_articles_identity_is_its_real_path_however_typed(tmp_path, monkeypatch):
    from extractors.reader import read_articles

    (tmp_path / "monday").mkdir()
    (tmp_path / "monday" / "a.txt").write_text("Globex bought Initech.", encoding="utf-8")
    (tmp_path / "monday" / "b.jsonl").write_text('{"id": "x", "text": "Hooli bought Initech."}\n',
                                                 encoding="utf-8")
    (tmp_path / "link").symlink_to(tmp_path / "monday")
    monkeypatch.chdir(tmp_path)
    ways = [[tmp_path / "monday"], ["monday/"], ["./monday/../monday"], ["link"]]
    seen = [[(a.doc, a.real) for a in read_articles(w)] for w in ways]
    assert [doc for doc, _ in seen[1]] == ["monday/a.txt", "monday/b.jsonl#x"]  # doc as typed
    reals = {tuple(real for _, real in s) for s in seen}
    assert reals == {(os.path.realpath(tmp_path / "monday" / "a.txt"),
                      os.path.realpath(tmp_path / "monday" / "b.jsonl") + "#x")}


def test_the_reporter_keeps_one_name_per_file_and_reports_the_same_text():
    from extractors.reader import Article
    from graph.cli import _Reporter

    report = _Reporter()
    known = {"/data/monday/a.txt": "monday/a.txt"}          # from an earlier run into a store
    articles = [Article("/data/monday/a.txt", "Globex bought Initech.", real="/data/monday/a.txt"),
                Article("link/a.txt", "Globex bought Initech.", real="/data/monday/a.txt"),
                Article("copy.txt", "Globex bought Initech.", real="/data/copy.txt")]
    sources: dict = {}
    read = [a.doc for a in report.counted(articles, sources, known)]
    assert read == ["/data/monday/a.txt", "copy.txt"]       # the same file is read once
    assert report.renamed == {"/data/monday/a.txt": "monday/a.txt"}
    assert sources["monday/a.txt"]["path"] == "/data/monday/a.txt"
    renamed = list(report.renaming([t("Globex", "acquires", "Initech", doc="/data/monday/a.txt")]))
    assert renamed[0].doc == "monday/a.txt"
    assert report.duplicates == 1
    assert report.summary() == ("aikg: 2 articles read, 0 skipped, 0 failed, "
                                "1 with the same text as another")


# -- B. errors before work, in one line --------------------------------------------
@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Globex bought Initech.", encoding="utf-8")
    return folder


def test_build_refuses_before_any_work(articles, tmp_path):
    afile = tmp_path / "afile"
    afile.write_text("x", encoding="utf-8")
    cases = [
        (["--out", afile], "is a file"),
        (["--out", tmp_path / "o", "--max-nodes", "0"], "--max-nodes"),
        (["--out", tmp_path / "o", "--max-edges", "0"], "--max-edges"),
        (["--out", tmp_path / "o", "--format", ""], "names no format"),
        (["--out", tmp_path / "o", "--format", " , "], "names no format"),
        (["--out", tmp_path / "o", "--store", articles], "holds other files"),
        (["--out", tmp_path / "o", "--store", articles / "kg"], "overlap"),
        (["--out", tmp_path / "o", "--store", afile], "is a file"),
        (["--out", tmp_path / "o", "--rebase"], "needs --store"),
        (["--out", tmp_path / "o", "--format", "none"], "it is for --store updates"),
    ]
    for extra, needle in cases:
        r = aikg("build", articles, *extra)
        one_error_line(r, needle)
    assert sorted(p.name for p in articles.iterdir()) == ["a.txt"]  # nothing written there
    assert not (tmp_path / "o").exists()


def test_a_store_keeps_its_base_unless_rebased(graphs, articles, tmp_path):
    import argparse

    from graph.cli import _check_build

    store = tmp_path / "kg"
    GraphStore(store).add(TRIPLES, base="https://globex.example/id/")
    r = aikg("build", articles, "--store", store, "--out", tmp_path / "o",
             "--base", "https://initech.example/id/")
    one_error_line(r, "https://globex.example/id/", "--rebase")
    args = argparse.Namespace(format="ttl", out=str(tmp_path / "o"), store=str(store),
                              paths=[str(articles)], base=None, rebase=False)
    _check_build(args)
    assert args.base == "https://globex.example/id/"         # the store's own, when not given
    args.base, args.rebase = "https://initech.example/id/", True
    _check_build(args)                                        # asked for: allowed


def test_serve_refuses_a_port_out_of_range_in_one_line(graphs):
    for port in ("99999", "-1", "http"):
        one_error_line(aikg("serve", graphs["ttl"], "--port", port), "port from 0 to 65535")


def test_a_client_leaving_early_prints_nothing_on_the_server(capsys):
    from http.server import BaseHTTPRequestHandler

    from graph.serve import _Server

    server = _Server(("127.0.0.1", 0), BaseHTTPRequestHandler)
    try:
        for exc in (BrokenPipeError(), ConnectionResetError()):
            try:
                raise exc
            except OSError:
                server.handle_error(None, ("127.0.0.1", 1))
    finally:
        server.server_close()
    assert capsys.readouterr().err == ""


def test_a_sparql_syntax_error_is_one_readable_line(graphs):
    r = aikg("query", graphs["ttl"], "SELECT ?s WHERE { ?s foo:bar ?o }")
    one_error_line(r, "line 1, column", "prefix 'foo:' is not declared")
    r = aikg("query", graphs["ttl"], "SELECT ?s WHERE {\n  ?s ?p ?o ")
    one_error_line(r, "line 2, column")
    assert "\\u{" not in r.stderr and "'0' ..= '9'" not in r.stderr


def test_an_unreachable_scheduler_is_reported_within_seconds(articles):
    from graph.cli import _parser

    assert _parser().parse_args(["extract", "x"]).scheduler_timeout == 5
    r = aikg("extract", articles, "--scheduler", "tcp://127.0.0.1:9", "--scheduler-timeout", "1")
    one_error_line(r, "cannot reach the Dask scheduler", "after 1 s")  # the timeout given, not Dask's 30 s


def test_the_skip_summary_keeps_whole_reasons():
    from graph.cli import _Reporter, reason_kind

    assert reason_kind("line 3: language 'de' is not one of fr, en") == \
        "language 'de' is not one of fr, en"
    assert reason_kind("too large: 51.0 MB, over the 50.0 MB cap (--max-size raises it)") == "too large"
    assert reason_kind("binary file, not text") == "binary file, not text"
    assert reason_kind("line 2: not valid JSON (Expecting value)") == "not valid JSON"
    report = _Reporter()
    report.skipped += [("a.jsonl", "line 1: language 'de' is not one of fr, en"), ("b", "empty")]
    assert "(empty: 1; language 'de' is not one of fr, en: 1)" in report.summary()


# -- C. one idea of GRAPH ---------------------------------------------------------------
@pytest.mark.parametrize("graph", GRAPH_INPUTS)
def test_every_command_reads_every_graph_input(graphs, graph, tmp_path):
    g = graphs[graph]
    r = aikg("query", g, "SELECT ?i WHERE { ?i aikg:invests-in ?o . ?o rdfs:label 'Initech' }",
             "--format", "csv")
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.splitlines()) == 3
    r = aikg("export", g, "--to", "jsonl", "--out", tmp_path / "t.jsonl")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("6 entities, 6 facts ->")
    again = [json.loads(x) for x in (tmp_path / "t.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(again) == len(TRIPLES)
    r = aikg("view", "Initech", "--graph", g, "--out", tmp_path / "v.html")
    assert r.returncode == 0, r.stderr
    r = aikg("export", g, "--to", "ttl")   # other names kept (triples.jsonl has canonical ones)
    assert ('skos:altLabel "Globex Corp."' in r.stdout) == (graph != "jsonl")


@pytest.mark.parametrize("graph", ["jsonl", "store"])
def test_serve_and_push_read_stores_and_triples_too(graphs, graph):
    from graph.push import _ntriples
    from graph.serve import Endpoint
    from graph.source import rdf_store

    body, sent = _ntriples(graphs[graph])
    assert sent == len(rdf_store(graphs[graph])) > 500 and body.count(b"\n") == sent
    with Endpoint(graphs[graph], workers=1) as ep:
        assert ep.triples == sent
        assert b"Initech" in ep.page
        answer = ep.query("SELECT ?n WHERE { ?e aikg:develops ?p . ?p rdfs:label ?n }",
                          "text/csv")
        assert answer.status == 200 and b"Nimbus-2" in answer.body


def test_an_input_no_command_reads_is_named_in_one_line(graphs, tmp_path):
    (tmp_path / "folder").mkdir()
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    for command in (["query", "{}", "ASK {}"], ["export", "{}", "--to", "nt"],
                    ["view", "Globex", "--graph", "{}"], ["push", "{}", "--endpoint", "http://127.0.0.1:9/store"],
                    ["serve", "{}", "--port", "0"]):
        for bad in (tmp_path / "folder", tmp_path / "notes.csv", tmp_path / "missing.ttl"):
            r = aikg(*[str(bad) if a == "{}" else a for a in command])
            one_error_line(r, "a --store folder")


# -- D. what a user expects -------------------------------------------------------------
def test_version_and_the_helps_name_formats_and_prefixes():
    from graph.query import PREFIXES

    r = aikg("--version")
    assert r.returncode == 0 and re.fullmatch(r"aikg \S+\n", r.stdout)
    r = aikg("export", "--help")
    for name in exporters.names():
        assert name in r.stdout
    for alias in ("ttl", "nt", "json-ld", "neo4j-csv", "htm"):
        assert alias in r.stdout
    r = aikg("query", "--help")
    declared = re.search(r"the prefixes (.*?) are declared", " ".join(r.stdout.split())).group(1)
    assert declared.split(", ") == sorted(PREFIXES)
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    in_readme = re.search(r"The prefixes (.*?) are declared for you", readme).group(1)
    assert re.findall(r"`(\w+):`", in_readme) == sorted(PREFIXES)


def test_plurals():
    from graph.cli import plural

    assert [plural(n, "entity") for n in (0, 1, 2)] == ["0 entities", "1 entity", "2 entities"]
    assert plural(1, "fact") == "1 fact" and plural(3, "article") == "3 articles"


def test_one_entity_and_one_fact_are_said_in_the_singular(tmp_path):
    f = tmp_path / "triples.jsonl"
    f.write_text(json.dumps(t("Globex", "acquires", "Initech").to_dict()) + "\n", encoding="utf-8")
    r = aikg("export", f, "--to", "nt", "--out", tmp_path / "g.nt")
    assert r.returncode == 0 and r.stdout.startswith("2 entities, 1 fact ->")
    r = aikg("view", "Globex", "--graph", f, "--out", tmp_path / "v.html", "--depth", "1")
    assert "2 entities, 1 fact around Globex" in r.stdout


def test_view_writes_the_file_of_the_canonical_name(graphs, tmp_path):
    r = aikg("view", "eclair labs", "--graph", graphs["jsonl"], cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    page = tmp_path / "output" / "view-eclair-labs.html"
    assert page.exists() and r.stdout.rstrip().endswith(f"-> {Path('output') / page.name}")
    assert "<title>aikg: Éclair Labs, 2 hops around</title>" in page.read_text(encoding="utf-8")


def test_the_readme_says_what_json_ld_and_store_builds_hold():
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "without the vocabulary" in readme
    assert re.search(r"--store.{0,200}also writes? the files of `--out`", readme)


# -- slow: the real models ---------------------------------------------------------------
@pytest.mark.slow
def test_standard_input_is_an_article_or_jsonl(tmp_path):
    text = "Globex a racheté Initech en 2021."
    for name in ("-", "/dev/stdin"):
        r = aikg("extract", name, "--jobs", "1", input=text)
        assert r.returncode == 0, r.stderr
        [line] = [json.loads(x) for x in r.stdout.splitlines()]
        assert (line["doc"], line["subject"], line["object"]) == (name, "Globex", "Initech")
    lines = json.dumps({"id": "a1", "text": text}) + "\n" + json.dumps({"text": "Hooli a racheté Vandelay."})
    r = aikg("extract", "-", "--stdin-format", "jsonl", "--jobs", "1", input=lines)
    assert r.returncode == 0, r.stderr
    assert [json.loads(x)["doc"] for x in r.stdout.splitlines()] == ["-#a1", "-#line2"]
    r = aikg("build", "-", "--out", tmp_path / "o", "--format", "jsonl", "--jobs", "1", input=text)
    assert r.returncode == 0 and r.stdout.startswith("1 article with facts, 2 entities, 1 fact ->")


@pytest.mark.slow
def test_a_store_knows_an_article_however_its_path_was_typed(tmp_path):
    monday = tmp_path / "monday"
    monday.mkdir()
    (monday / "a.txt").write_text("Globex a racheté Initech en 2021.", encoding="utf-8")
    (monday / "b.txt").write_text("Hooli a racheté Vandelay en 2020.", encoding="utf-8")
    (tmp_path / "link").symlink_to(monday)
    run = lambda *paths: aikg("build", *paths, "--store", "kg", "--out", "o", "--format", "jsonl",
                              "--jobs", "1", cwd=tmp_path)
    assert run(monday).returncode == 0
    first = (tmp_path / "o" / "triples.jsonl").read_text(encoding="utf-8")
    r = run("monday/", "link")
    assert r.returncode == 0, r.stderr
    assert "the same file as" in r.stderr
    assert (tmp_path / "o" / "triples.jsonl").read_text(encoding="utf-8") == first
    counts = json.loads((tmp_path / "kg" / "manifest.json").read_text(encoding="utf-8"))["counts"]
    assert counts["articles"] == 2 and counts["triples"] == 2
    (tmp_path / "copy.txt").write_text("Globex a racheté Initech en 2021.", encoding="utf-8")
    r = run("copy.txt")
    assert "copy.txt: the same text as" in r.stderr
    assert "1 with the same text as another" in r.stderr.splitlines()[-1]


@pytest.mark.slow
def test_cues_are_kept_as_written(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Globex n'investira pas dans Initech.", encoding="utf-8")
    r = aikg("extract", f, "--jobs", "1")
    [line] = [json.loads(x) for x in r.stdout.splitlines()]
    assert line["attributes"]["cue"] == "n'investira pas" and line["attributes"]["negated"]


@pytest.mark.slow
def test_the_readme_quotes_the_real_output(tmp_path):
    """The README's `aikg extract` example and its preset tables are what aikg prints."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    r = aikg("extract", "seeds/", "--jobs", "1")
    real = [json.loads(x) for x in r.stdout.splitlines()]
    block = re.search(r"`aikg extract` prints one JSON object per triple:\n\n```json\n(.*?)```",
                      readme, re.S).group(1)
    quoted = json.loads(block.replace('..."', '"'))
    [same] = [x for x in real if (x["subject"], x["predicate"], x["object"], x["start"]) ==
              (quoted["subject"], quoted["predicate"], quoted["object"], quoted["start"])]
    assert same["sentence"].startswith(quoted.pop("sentence").rstrip(". "))
    same.pop("sentence")
    assert quoted == same
    out = tmp_path / "output"
    assert aikg("build", "seeds/", "--out", out, "--jobs", "1").returncode == 0
    fact = re.search(r"\n(fact:ac107a08db24017f a aikg:Fact .*? \.\n)", readme, re.S).group(1)
    assert fact in (out / "graph.ttl").read_text(encoding="utf-8")
    shown = re.findall(r"```\n\$ aikg query output/graph.ttl (.*?)\n(.*?)```", readme, re.S)
    assert len(shown) == 4
    for args, table in shown:
        r = aikg("query", out / "graph.ttl", *args.split(" "))
        assert r.stdout == table, args


@pytest.mark.slow
def test_format_none_updates_the_store_alone(articles, tmp_path):
    store = tmp_path / "kg"
    r = aikg("build", articles / "a.txt", "--store", store, "--out", tmp_path / "o", "--format", "none")
    assert r.returncode in (0, 1), r.stderr
    assert not (tmp_path / "o").exists()
    assert GraphStore(store).sources()  # the article is in the store
