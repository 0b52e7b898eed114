"""aikg push against a real Oxigraph server (the `oxigraph` package's), started on a free port."""
import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GRAPH_IRI = "https://example.org/graphs/aikg"


def _oxigraph() -> str:
    local = Path(sys.executable).with_name("oxigraph")
    found = str(local) if local.exists() else shutil.which("oxigraph")
    if not found:
        pytest.skip("the oxigraph server is not installed: pip install -e '.[test]'")
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    port = _free_port()
    proc = subprocess.Popen([_oxigraph(), "serve", "--location", str(tmp_path / "db"),
                             "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                pytest.fail("the oxigraph server did not start")
            time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=10)


def graph_file(tmp_path, n=25) -> Path:
    """A graph of 3n triples (with blank nodes)."""
    lines = ["@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> ."]
    lines += [f'<https://ex.org/e{i}> rdfs:label "Entité {i}"@fr ; <https://ex.org/p> [ '
              f'<https://ex.org/v> {i} ] .' for i in range(n)]
    f = tmp_path / f"graph{n}.ttl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return f


def aikg(*args):
    return subprocess.run([sys.executable, "-m", "graph.cli", *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT)


def held(base: str, graph: str | None) -> int:
    where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    q = urllib.parse.urlencode({"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"})
    req = urllib.request.Request(f"{base}/query?{q}",
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=10) as r:
        return int(json.load(r)["results"]["bindings"][0]["n"]["value"])


def test_push_puts_the_whole_graph_and_the_server_holds_it(server, tmp_path):
    f = graph_file(tmp_path)
    r = aikg("push", f, "--endpoint", f"{server}/store", "--graph", GRAPH_IRI)
    assert r.returncode == 0, r.stderr
    assert held(server, GRAPH_IRI) == 75 and "75 triples" in r.stdout and "holds 75" in r.stdout
    # pushing again replaces the graph rather than adding to it
    r = aikg("push", graph_file(tmp_path, n=10), "--endpoint", f"{server}/store", "--graph", GRAPH_IRI)
    assert r.returncode == 0 and held(server, GRAPH_IRI) == 30
    r = aikg("push", f, "--endpoint", f"{server}/store")
    assert r.returncode == 0 and held(server, None) == 75


def test_a_stopped_server_is_one_clean_error_line_and_exit_2(tmp_path):
    f = graph_file(tmp_path)
    r = aikg("push", f, "--endpoint", f"http://127.0.0.1:{_free_port()}/store", "--retries", "1")
    assert r.returncode == 2 and r.stdout == ""
    errors = [line for line in r.stderr.splitlines() if "error" in line]
    assert len(errors) == 1 and errors[0].startswith("aikg: error:") and "failed after 2 tries" in errors[0]
    assert "Traceback" not in r.stderr


def test_a_broken_file_is_refused_before_anything_is_sent(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")
    r = aikg("push", bad, "--endpoint", "http://127.0.0.1:9/store")
    assert r.returncode == 2 and "cannot read" in r.stderr
