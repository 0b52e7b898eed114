"""Issue 6, hostile text on the way out: every export parses strictly, every IRI is
valid and deterministic, no control character reaches a file, nothing is fetched."""
from __future__ import annotations

import csv
import io
import json
import re
import socket
import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest

from extractors.errors import AikgError
from extractors.triple import Attributes, Triple
from graph import exporters
from graph.model import Article, KnowledgeGraph

NAMES = ['Open"AI', "Back\\slash\\", "<script>alert(1)</script>", "{braces} }}", "new\nline",
         "\u202eRTL override\u200f", "Emoji \U0001F916\U0001F1EB\U0001F1F7", "tab\tand\x0bvt",
         "C1\x85\x9b", "nonchar\ufffe\uffff", "lone \ud800", "quote ''' \"\"\"", "#%20?&=;"]
SENTENCE = 'He said "{x}" \\ <b>&amp;</b> ]]> \u2028\u2029 \x00\x1b end'
RDF = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
       "jsonld": ox.RdfFormat.JSON_LD}
_RAW_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def hostile_graph(reverse=False) -> KnowledgeGraph:
    triples = [Triple(f"dir/{name}.txt", "fr", name, "Organization", "invests-in",
                      NAMES[(i + 1) % len(NAMES)], "Organization",
                      Attributes(amount=1e6, currency="EUR", cue=name),
                      SENTENCE.format(x=name), 0, 10, 0.8, "rules.fr")
               for i, name in enumerate(NAMES)]
    kg = KnowledgeGraph().add_all(reversed(triples) if reverse else triples)
    kg.add_article(Article(f"dir/{NAMES[0]}.txt", "fr\n", title=SENTENCE, date="2025-13-45\x00",
                           url="https://x.test/a b\"<>{}\\\n\x00\u202e"))
    return kg


def outputs(kg) -> dict[str, str]:
    out = {}
    for name in exporters.names():
        text = exporters.get(name).generate(kg)
        if isinstance(text, dict):
            out.update({f"{name}/{k}": v for k, v in text.items()})
        else:
            out[name] = text
    return out


def test_every_output_parses_strictly_and_holds_no_control_character():
    files = outputs(hostile_graph())
    shipped = _RAW_CONTROL.findall(exporters.get("html").generate(KnowledgeGraph()))  # vis.js's own
    for name, text in files.items():
        bad = _RAW_CONTROL.findall(text)
        assert bad == (shipped if name == "html" else []), name
        text.encode("utf-8")                                   # no lone surrogate either
    for name, fmt in RDF.items():
        triples = list(ox.parse(files[name].encode("utf-8"), format=fmt))   # strict parser
        iris = {t for q in triples for t in (q.subject, q.predicate, q.object)
                if isinstance(t, ox.NamedNode)}
        assert all(re.fullmatch(r"https?://[A-Za-z0-9._~:/#%@!$&'()*+,;=?-]+", i.value)
                   for i in iris), name
        labels = {q.object.value for q in triples if q.predicate.value.endswith("#label")}
        assert "Emoji \U0001F916\U0001F1EB\U0001F1F7" in labels and 'Open"AI' in labels
    ET.fromstring(files["graphml"].encode("utf-8"))
    for name in ("neo4j/nodes.csv", "neo4j/relationships.csv"):
        rows = list(csv.reader(io.StringIO(files[name])))
        assert len({len(r) for r in rows}) == 1 and len(rows) > 1
    for line in files["jsonl"].splitlines():
        json.loads(line)


def test_iris_are_deterministic_whatever_the_order_the_names_came_in():
    def iris(kg):
        return sorted(q.subject.value for q in ox.parse(
            exporters.get("ntriples").generate(kg).encode(), format=ox.RdfFormat.N_TRIPLES))

    first = exporters.get("turtle").generate(hostile_graph())
    assert exporters.get("turtle").generate(hostile_graph()) == first
    assert iris(hostile_graph()) == iris(hostile_graph(reverse=True))


def test_the_html_page_holds_no_markup_from_the_input():
    page = exporters.get("html").generate(hostile_graph())
    assert "<script>alert(1)</script>" not in page and "<b>&amp;</b>" not in page
    blob = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S)
    assert blob and not re.search(r"[<>&]", blob.group(1))
    assert "<script>alert(1)</script>" in json.dumps(json.loads(blob.group(1)))


@pytest.fixture
def no_network(monkeypatch):
    attempts = []

    def refuse(self, address, *a):
        attempts.append(address)
        raise OSError("the test forbids network access")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda address, *a, **k: refuse(None, address))
    return attempts


def test_json_ld_export_embeds_its_context_and_parses_offline(no_network):
    text = exporters.get("jsonld").generate(hostile_graph())
    doc = json.loads(text)
    assert isinstance(doc["@context"], dict)
    assert not any(isinstance(v, str) and not v.startswith("http") for v in doc["@context"].values())
    assert list(ox.parse(text.encode(), format=ox.RdfFormat.JSON_LD))
    assert no_network == []


@pytest.mark.parametrize("doc", [
    {"@context": "https://schema.org/", "@id": "https://x.org/a", "name": "A"},
    {"@context": ["https://example.org/ctx.jsonld"], "@id": "https://x.org/a"},
    {"@context": {"@import": "https://example.org/ctx.jsonld"}, "@id": "https://x.org/a"},
])
def test_a_remote_json_ld_context_is_refused_never_fetched(tmp_path, no_network, doc):
    from graph.push import PushError, _ntriples
    from graph.query import run_query

    f = tmp_path / "g.jsonld"
    f.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(AikgError, match="cannot read"):
        run_query(f, "SELECT * WHERE { ?s ?p ?o }")
    with pytest.raises(PushError, match="cannot read"):
        _ntriples(f)
    assert no_network == []
