"""SPARQL over graph.ttl with pyoxigraph, and the table, CSV and JSON renderings."""
from __future__ import annotations

import csv
import io
import json

import pytest

from extractors.errors import QueryError
from extractors.triple import Attributes, Triple
from graph import exporters
from graph.model import KnowledgeGraph
from graph.query import (PREFIXES, compact, format_csv, format_json, format_table, parse_cell,
                         run_query)

INVESTORS_OF_OPENAI = """
SELECT ?investor ?amount WHERE {
  ?o rdfs:label "OpenAI" .
  ?i aikg:invests-in ?o ; rdfs:label ?investor .
  OPTIONAL { ?f rdf:subject ?i ; rdf:predicate aikg:invests-in ; rdf:object ?o ;
                aikg:amount ?amount }
} ORDER BY ?investor
"""


def _triple(s, p, o, sentence, start, **attrs):
    return Triple("seeds/a.txt", "fr", s, "Organization", p, o, "Organization",
                  Attributes(**attrs), sentence, start, start + len(sentence), 0.8, "rules.fr")


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    kg = KnowledgeGraph().add_all([
        _triple("SoftBank", "invests-in", "OpenAI",
                'SoftBank pourrait investir 25 milliards de "dollars" dans OpenAI.', 0,
                amount=25e9, currency="USD", status="possible", cue="pourrait"),
        _triple("Microsoft", "invests-in", "OpenAI", "Microsoft a investi en 2019,\ndit-on.", 70,
                year=2019),
        _triple("Apple", "invests-in", "OpenAI", "Apple n'investira pas dans OpenAI.", 120,
                negated=True),
        _triple("OpenAI", "accuses", "DeepSeek", "OpenAI accuse DeepSeek.", 160),
    ])
    path = tmp_path_factory.mktemp("out") / "graph.ttl"
    exporters.get("turtle").write(kg, path)
    return path


def test_investors_of_openai_lists_softbank_and_microsoft_not_apple(graph_file):
    columns, rows = run_query(graph_file, INVESTORS_OF_OPENAI)
    assert columns == ["investor", "amount"]
    assert [parse_cell(r[0])["value"] for r in rows] == ["Microsoft", "SoftBank"]
    assert rows[0][1] is None
    assert parse_cell(rows[1][1]) == {
        "type": "literal", "value": "25000000000",
        "datatype": "http://www.w3.org/2001/XMLSchema#decimal"}


def test_table_shows_values_plainly_and_aligned(graph_file):
    table = format_table(*run_query(graph_file, INVESTORS_OF_OPENAI))
    lines = table.splitlines()
    assert lines[0].split() == ["investor", "amount"]
    assert set(lines[1]) <= {"-", " "}
    assert lines[2].rstrip() == "Microsoft"
    assert lines[3].split() == ["SoftBank", "25000000000"]
    assert lines[3].index("25000000000") == lines[0].index("amount")
    assert '"' not in table and "^^" not in table


def test_table_compacts_iris_and_keeps_rows_on_one_line(graph_file):
    q = "SELECT ?s ?p ?sentence WHERE { ?s ?p ?o ; aikg:sentence ?sentence } ORDER BY ?sentence"
    columns, rows = run_query(graph_file, q)
    table = format_table(columns, rows, max_width=30)
    assert len(table.splitlines()) == len(rows) + 2
    assert "evidence:" in table and "aikg:" in table and "https://" not in table
    assert all(len(line) <= 3 * 30 + 4 for line in table.splitlines())
    assert "…" in table
    entity = PREFIXES["entity"] + "openai"
    assert compact(entity) == "entity:openai"
    assert compact("http://example.org/x y") == "<http://example.org/x y>"


def test_csv_follows_sparql_results_csv(graph_file):
    columns, rows = run_query(graph_file, INVESTORS_OF_OPENAI)
    text = format_csv(columns, rows)
    assert text.startswith("investor,amount\r\n")
    assert list(csv.reader(io.StringIO(text))) == [
        ["investor", "amount"], ["Microsoft", ""], ["SoftBank", "25000000000"]]
    # text with quotes and a comma survives the round trip (newlines were cleaned at build)
    columns, rows = run_query(graph_file, "SELECT ?t { ?e aikg:sentence ?t } ORDER BY ?t")
    values = [r[0] for r in csv.reader(io.StringIO(format_csv(columns, rows)))][1:]
    assert "Microsoft a investi en 2019, dit-on." in values
    assert 'SoftBank pourrait investir 25 milliards de "dollars" dans OpenAI.' in values


def test_cells_unescape_and_render_by_kind():
    cells = [r'"a\\b \"c\"\nd\u00e9"@fr', "<http://example.org/x>", "_:b0", None]
    (row,) = list(csv.reader(io.StringIO(format_csv(["t", "i", "b", "u"], [cells]))))[1:]
    assert row == ['a\\b "c"\ndé', "http://example.org/x", "_:b0", ""]
    (binding,) = json.loads(format_json(["t", "i", "b", "u"], [cells]))["results"]["bindings"]
    assert binding == {"t": {"type": "literal", "value": 'a\\b "c"\ndé', "xml:lang": "fr"},
                       "i": {"type": "uri", "value": "http://example.org/x"},
                       "b": {"type": "bnode", "value": "b0"}}
    table = format_table(["t", "i", "b", "u"], [cells])
    assert table.splitlines()[2].split() == ["a\\b", '"c"', "dé", "<http://example.org/x>", "_:b0"]


def test_json_follows_sparql_results_json(graph_file):
    doc = json.loads(format_json(*run_query(graph_file, INVESTORS_OF_OPENAI)))
    assert doc["head"]["vars"] == ["investor", "amount"]
    first, second = doc["results"]["bindings"]
    assert first == {"investor": {"type": "literal", "value": "Microsoft"}}
    assert second["amount"]["datatype"].endswith("#decimal")
    q = "SELECT ?s ?t { ?s aikg:sentence ?t } ORDER BY ?t LIMIT 1"
    (binding,) = json.loads(format_json(*run_query(graph_file, q)))["results"]["bindings"]
    assert binding["s"]["type"] == "uri" and binding["s"]["value"].startswith("https://")
    assert binding["t"]["xml:lang"] == "fr"


def test_ask_and_construct(graph_file):
    columns, rows = run_query(graph_file, "ASK { ?a aikg:invests-in ?b }")
    assert (columns, rows) == (["ask"], [["true"]])
    assert json.loads(format_json(columns, rows)) == {"head": {}, "boolean": True}
    negated = "ASK { entity:apple aikg:invests-in entity:openai }"
    assert run_query(graph_file, negated)[1] == [["false"]]
    columns, rows = run_query(graph_file, "CONSTRUCT { ?a aikg:invests-in ?b } "
                                          "WHERE { ?a aikg:invests-in ?b }")
    assert columns == ["s", "p", "o"] and len(rows) == 2
    assert "aikg:invests-in" in format_table(columns, rows)


def test_labels_from_the_vocabulary_are_in_the_file(graph_file):
    q = 'SELECT ?l { aikg:invests-in rdfs:label ?l FILTER(lang(?l) = "fr") }'
    assert run_query(graph_file, q)[1] == [['"investit dans"@fr']]


def test_bad_sparql_raises_query_error(graph_file):
    with pytest.raises(QueryError, match=r"E005.*invalid SPARQL"):
        run_query(graph_file, "SELEC ?x WHERE { ?x ?p ?o }")
    with pytest.raises(QueryError, match="updates"):
        run_query(graph_file, "INSERT DATA { <http://a> <http://b> <http://c> }")
    with pytest.raises(QueryError, match="empty"):
        run_query(graph_file, "  ")
    with pytest.raises(QueryError, match="invalid SPARQL"):
        run_query(graph_file, "SELECT ?x { ?x nope:p ?o }")


def test_missing_or_unreadable_graph_file_raises_query_error(tmp_path):
    with pytest.raises(QueryError, match="not found"):
        run_query(tmp_path / "missing.ttl", "ASK {}")
    with pytest.raises(QueryError, match="folder"):
        run_query(tmp_path, "ASK {}")
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(QueryError, match="cannot read"):
        run_query(broken, "ASK {}")
