"""aikg serve resolves the IRIs it serves, over real HTTP: descriptions by content negotiation,
the neighbourhood page for a browser, the vocabulary at its namespace, 404 elsewhere."""
from __future__ import annotations

import contextlib
import json
import threading
import urllib.parse
from urllib.parse import urlsplit

import pytest
import rdflib
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.compare import isomorphic

from graph.rdf import AIKG
from graph.serve import Endpoint, make_server
from made_up import made_up_graph, written
from test_rdf import triple
from test_serve import call

RDF_TYPES = {"text/turtle": "turtle", "application/n-triples": "nt",
             "application/ld+json": "json-ld"}
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@contextlib.contextmanager
def serving(graph_file, **options):
    with Endpoint(graph_file, workers=1, **options) as ep:
        server = make_server(ep, "127.0.0.1", 0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        ep.url = "http://%s:%d" % server.server_address[:2]
        try:
            yield ep
        finally:
            server.shutdown()
            server.server_close()


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    files = written(tmp_path_factory.mktemp("built"), ("turtle", "jsonl"))
    with serving(files["turtle"]) as ep:
        yield ep


def select(ep, sparql: str) -> list[str]:
    status, _, body = call(ep, query=sparql)
    assert status == 200, body
    doc = json.loads(body)
    return [b[doc["head"]["vars"][0]]["value"] for b in doc["results"]["bindings"]]


def get(ep, iri_or_path: str, accept: str | None = None):
    path = urlsplit(iri_or_path).path if "://" in iri_or_path else iri_or_path
    return call(ep, path, headers={"Accept": accept} if accept else {})


def parsed(body: str, fmt: str) -> rdflib.Graph:
    return rdflib.Graph().parse(data=body, format=fmt)


def test_an_iri_from_a_sparql_answer_resolves_to_triples_that_name_it(endpoint):
    (iri,) = select(endpoint, 'SELECT ?e WHERE { ?e rdfs:label "Globex" }')
    assert urlsplit(iri).path == "/id/entity/globex"         # https://aikg.dev/..., served here
    status, headers, body = get(endpoint, iri, "text/turtle")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    g = parsed(body, "turtle")
    node = URIRef(iri)
    assert (node, RDFS.label, Literal("Globex")) in g and (node, RDF.type, AIKG.Organization) in g
    assert (node, AIKG["invests-in"], URIRef("https://aikg.dev/id/entity/initech")) in g
    # and those pointing at it: Hooli competes with it, facts name it
    assert (URIRef("https://aikg.dev/id/entity/hooli"), AIKG["competes-with"], node) in g
    assert len(set(g.subjects(RDF.subject, node))) == 3     # its facts: invests, competes, partners
    assert all(node in (s, o) for s, _, o in g)


@pytest.mark.parametrize("kind", ["Fact", "Evidence", "Article"])
def test_fact_evidence_and_article_iris_resolve_too(endpoint, kind):
    iris = select(endpoint, f"SELECT ?n WHERE {{ ?n a aikg:{kind} }} ORDER BY ?n")
    assert iris
    for iri in iris[:3]:
        status, _, body = get(endpoint, iri, "application/n-triples")
        assert status == 200
        g = parsed(body, "nt")
        assert (URIRef(iri), RDF.type, AIKG[kind]) in g


def test_content_negotiation_gives_the_same_triples_in_the_three_rdf_formats(endpoint):
    graphs = {}
    for media, fmt in RDF_TYPES.items():
        status, headers, body = get(endpoint, "/id/entity/initech", media)
        assert status == 200 and headers["Content-Type"].startswith(media), media
        assert headers["Vary"] == "Accept"
        graphs[media] = parsed(body, fmt)
    turtle = graphs["text/turtle"]
    assert len(turtle) > 5 and all(isomorphic(turtle, g) for g in graphs.values())
    status, headers, body = get(endpoint, "/id/entity/initech")          # */*: Turtle
    assert headers["Content-Type"].startswith("text/turtle") and isomorphic(parsed(body, "turtle"), turtle)
    status, headers, body = call(endpoint, "/id/entity/initech?format=jsonld")
    assert headers["Content-Type"].startswith("application/ld+json")
    assert isomorphic(parsed(body, "json-ld"), turtle)
    assert get(endpoint, "/id/entity/initech", "image/png")[0] == 406


def test_unknown_paths_give_404(endpoint):
    for path in ("/id/entity/vandelay", "/id/fact/0000000000000000", "/id/", "/nowhere",
                 "/ontology/invests-in", "/id/entity/globex/more"):
        status, _, body = get(endpoint, path, "text/turtle")
        assert status == 404, path
    assert "/id/..." in get(endpoint, "/nowhere")[2]


def test_a_browser_gets_the_entity_neighbourhood_page(endpoint):
    status, headers, body = get(endpoint, "/id/entity/initech", BROWSER)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "<title>aikg: Initech, 2 hops around</title>" in body
    data = body.split('<script type="application/json" id="graph-data">')[1].split("</script>")[0]
    labels = {n["label"] for n in json.loads(data)["nodes"]}
    assert {"Initech", "Globex", "Springfield", "Hooli"} <= labels
    status, _, body = call(endpoint, "/id/entity/springfield?depth=0",
                           headers={"Accept": "text/html"})
    data = body.split('<script type="application/json" id="graph-data">')[1].split("</script>")[0]
    assert {n["label"] for n in json.loads(data)["nodes"]} == {"Springfield"}


def test_a_browser_gets_a_page_for_a_fact_with_links_that_resolve_here(endpoint):
    (fact,) = select(endpoint, 'SELECT ?f WHERE { ?f rdf:subject/rdfs:label "Gavin Belson" }')
    status, headers, body = get(endpoint, fact, BROWSER)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "<h1>Gavin Belson leads Hooli</h1>" in body
    assert '<a href="/id/entity/hooli">Hooli</a>' in body and 'href="/ontology#leads"' in body
    evidence = body.split('href="/id/evidence/')[1].split('"')[0]
    assert get(endpoint, "/id/evidence/" + evidence, BROWSER)[0] == 200


def test_the_vocabulary_resolves_at_its_namespace(endpoint):
    status, headers, body = get(endpoint, "/ontology", "text/turtle")
    assert status == 200
    g = parsed(body, "turtle")
    assert (AIKG["invests-in"], RDFS.label, Literal("invests in", lang="en")) in g
    assert (AIKG["invests-in"], RDFS.label, Literal("investit dans", lang="fr")) in g
    status, _, body = get(endpoint, "/ontology", BROWSER)
    assert status == 200 and 'id="invests-in"' in body and "owl:unionOf" in body


def test_a_graph_minted_under_another_base_resolves_there_within_bounds(tmp_path):
    files = written(tmp_path, ("turtle",), kg=made_up_graph())
    text = files["turtle"].read_text(encoding="utf-8").replace(
        "https://aikg.dev/id/", "https://example.org/kg/")
    files["turtle"].write_text(text, encoding="utf-8")
    with serving(files["turtle"], max_rows=3) as ep:
        status, headers, body = get(ep, "/kg/entity/globex", "text/turtle")
        assert status == 200 and headers["X-Aikg-Truncated"] == "true"
        g = parsed(body, "turtle")
        assert len(g) == 3 and all(s == URIRef("https://example.org/kg/entity/globex") for s in g.subjects())
        assert get(ep, "/id/entity/globex", "text/turtle")[0] == 404
        status, _, body = get(ep, "/kg/entity/globex", BROWSER)     # no triples.jsonl: a table
        assert status == 200 and "<h1>Globex</h1>" in body


def test_iris_are_read_only(endpoint):
    status, headers, body = call(endpoint, "/id/entity/globex", method="HEAD")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle") and body == ""
    assert call(endpoint, "/id/entity/globex", data=b"x", method="PUT")[0] == 405
    assert call(endpoint, "/id/entity/globex", data=b"x", method="DELETE")[0] == 405
    status, _, _ = call(endpoint, "/id/entity/globex", data=urllib.parse.urlencode(
        {"query": "ASK {}"}).encode(), headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 404


def test_an_entity_only_the_triples_beside_know_is_not_found(tmp_path):
    files = written(tmp_path, ("turtle", "jsonl"))
    with files["jsonl"].open("a", encoding="utf-8") as fh:          # a newer triples.jsonl
        fh.write(json.dumps(triple("Vandelay", "acquires", "Initech").to_dict()) + "\n")
    with serving(files["turtle"]) as ep:
        assert get(ep, "/id/entity/vandelay", BROWSER)[0] == 404
        status, _, body = get(ep, "/id/entity/initech", BROWSER)
        assert status == 200 and "2 hops around" in body
