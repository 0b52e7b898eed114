"""The SPARQL endpoint over real HTTP: formats, refusals, limits."""
import json
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest

from graph.serve import Endpoint, make_server, negotiate, refusal, RESULT_TYPES

N = 150  # entities: a 4-way cross join of their triples runs far past any timeout


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    folder = tmp_path_factory.mktemp("graph")
    lines = ["@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> ."]
    lines += [f'<https://ex.org/e{i}> rdfs:label "Entité {i}"@fr .' for i in range(N)]
    (folder / "graph.ttl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with Endpoint(folder / "graph.ttl", timeout=1.5, max_rows=100, max_request_bytes=4096,
                  workers=1) as ep:
        server = make_server(ep, "127.0.0.1", 0)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        ep.url = "http://%s:%d" % server.server_address[:2]
        yield ep
        server.shutdown()
        server.server_close()


def call(ep, path="/sparql", *, query=None, data=None, headers=None, method=None, form=None):
    url = ep.url + path
    if query is not None:
        url += "?" + urllib.parse.urlencode({"query": query})
    if form is not None:
        data = urllib.parse.urlencode(form).encode()
        headers = {"Content-Type": "application/x-www-form-urlencoded", **(headers or {})}
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode("utf-8")


LABEL_3 = 'SELECT ?e ?label WHERE { ?e rdfs:label ?label } ORDER BY ?e LIMIT 3'


def test_a_query_answers_in_json_by_default(endpoint):
    status, headers, body = call(endpoint, query=LABEL_3)
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    doc = json.loads(body)
    assert doc["head"]["vars"] == ["e", "label"]
    first = doc["results"]["bindings"][0]
    assert first["e"] == {"type": "uri", "value": "https://ex.org/e0"}
    assert first["label"] == {"type": "literal", "value": "Entité 0", "xml:lang": "fr"}


def test_a_query_answers_in_csv_tsv_and_xml_by_accept(endpoint):
    status, headers, body = call(endpoint, query=LABEL_3, headers={"Accept": "text/csv"})
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    assert body.splitlines()[:2] == ["e,label", "https://ex.org/e0,Entité 0"]
    status, _, body = call(endpoint, form={"query": LABEL_3},
                           headers={"Accept": "text/tab-separated-values"})
    assert status == 200 and body.splitlines()[1] == '<https://ex.org/e0>\t"Entité 0"@fr'
    status, _, body = call(endpoint, data=LABEL_3.encode(),
                           headers={"Content-Type": "application/sparql-query",
                                    "Accept": "application/sparql-results+xml"})
    assert status == 200 and '<literal xml:lang="fr">Entité 0</literal>' in body
    status, _, _ = call(endpoint, query=LABEL_3, headers={"Accept": "image/png"})
    assert status == 406


def test_construct_gives_turtle_and_rows_are_capped(endpoint):
    status, headers, body = call(endpoint, query="CONSTRUCT WHERE { ?s ?p ?o }")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert headers["X-Aikg-Truncated"] == "true" and body.count("\n") == 100
    status, headers, body = call(endpoint, query="SELECT ?s WHERE { ?s ?p ?o }",
                                 headers={"Accept": "text/csv"})
    assert len(body.splitlines()) == 101 and headers["X-Aikg-Truncated"] == "true"


def test_updates_are_refused_with_403(endpoint):
    update = "INSERT DATA { <https://ex.org/a> <https://ex.org/b> <https://ex.org/c> }"
    status, _, body = call(endpoint, form={"update": update})
    assert status == 403 and "read-only" in body
    status, _, _ = call(endpoint, data=update.encode(),
                        headers={"Content-Type": "application/sparql-update"})
    assert status == 403
    assert call(endpoint, query=update)[0] == 403
    assert call(endpoint, query="LOAD <https://ex.org/data.ttl>")[0] == 403
    assert call(endpoint, query="ASK { ?s ?p ?o }")[2].find("true") > 0  # nothing was added


def test_service_is_refused_with_400(endpoint):
    status, _, body = call(endpoint, query="SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> "
                                           "{ ?s ?p ?o } }")
    assert status == 400 and "SERVICE" in body


def test_a_query_past_the_timeout_is_stopped_with_503_and_the_endpoint_goes_on(endpoint):
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    status, _, body = call(endpoint, query=slow)
    assert status == 503 and "timeout" in body
    status, _, body = call(endpoint, query="SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                           headers={"Accept": "text/csv"})
    assert status == 200 and body.split() == ["n", str(N)]


def test_limits_and_errors(endpoint):
    assert call(endpoint, query="SELEKT nothing")[0] == 400
    assert call(endpoint, query="")[0] == 400
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 5000
    assert call(endpoint, data=big.encode(), headers={"Content-Type": "application/sparql-query"})[0] == 413
    assert call(endpoint, "/nowhere")[0] == 404
    assert call(endpoint, data=b"x", method="PUT")[0] == 405
    status, headers, body = call(endpoint, "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html") and "<form" in body


def test_negotiation_and_refusal_rules():
    assert negotiate("text/csv;q=0.5, application/json", RESULT_TYPES) == "application/json"
    assert negotiate("*/*", RESULT_TYPES) == "application/sparql-results+json"
    assert negotiate("text/*", RESULT_TYPES) == "text/csv"
    assert negotiate("image/png", RESULT_TYPES) is None
    assert refusal('SELECT ?add WHERE { ?s ?p "INSERT DATA {}" } # DELETE WHERE {}') is None
    assert refusal("PREFIX add: <https://ex.org/> SELECT * WHERE { ?s add:x ?service }") is None
    assert refusal("DELETE WHERE { ?s ?p ?o }").status == 403
    assert refusal("SELECT * { SERVICE SILENT ?x { ?s ?p ?o } }").status == 400
