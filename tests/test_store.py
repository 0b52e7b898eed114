"""The incremental store and the SPARQL presets, on hand-built triples (no spaCy)."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from extractors.errors import InputError, UnknownNameError
from graph import exporters
from graph.model import KnowledgeGraph
from graph.canonical import name_key
from graph.presets import PRESETS, run_preset
from graph.store import GraphStore
from test_rdf import triple

ARTICLE_A = [
    triple("SoftBank", "invests-in", "OpenAI", amount=25e9, currency="USD", status="possible",
           doc="a.txt", sentence="SoftBank pourrait investir 25 milliards dans OpenAI."),
    triple("Microsoft", "invests-in", "OpenAI Inc.", doc="a.txt", start=80),
    triple("Apple", "invests-in", "OpenAI", negated=True, doc="a.txt", start=160),
]
ARTICLE_B = [
    triple("Microsoft Corp.", "invests-in", "OpenAI", doc="b.txt", year=2019),
    triple("OpenAI", "partners-with", "Microsoft", doc="b.txt", start=50),
    triple("Nvidia", "invests-in", "Mistral AI", doc="b.txt", start=90),
]
HOSTILE_NAMES = ['OpenAI" } ; DROP ALL ; #', "OpenAI' . } #", "?name", "<https://x>", "",
                 "\\", '"""', "OpenAI\n}"]


def nt_set(source: GraphStore | str) -> set[str]:
    """The triples as N-Triples lines, blank nodes (the vocabulary's lists) labelled canonically."""
    if isinstance(source, GraphStore):
        store = source.open()
    else:   # through Oxigraph too, which writes decimals in its canonical form
        store = ox.Store()
        store.bulk_load(source.encode(), format=ox.RdfFormat.N_TRIPLES)
    source = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()).decode()
    dataset = ox.Dataset(ox.Quad(t.subject, t.predicate, t.object)
                         for t in ox.parse(source, format=ox.RdfFormat.N_TRIPLES))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return {f"{q.subject} {q.predicate} {q.object} ." for q in dataset}


def test_a_then_b_equals_a_and_b_at_once(tmp_path):
    step = GraphStore(tmp_path / "step")
    step.add(ARTICLE_A)
    kg, added = step.add(ARTICLE_B)
    assert added == len(ARTICLE_B)
    once = GraphStore(tmp_path / "once")
    once.add(ARTICLE_A + ARTICLE_B)
    assert nt_set(step) == nt_set(once)
    # the same as a graph built in memory and exported as N-Triples
    plain = exporters.get("nt").generate(KnowledgeGraph().add_all(ARTICLE_A + ARTICLE_B))
    assert nt_set(step) == nt_set(plain)
    # evidence landed on the existing fact, sources and confidence went up
    fact = kg.facts[("microsoft", "invests-in", "openai", False)]
    assert len(fact.sources) == 2 and fact.confidence > 0.8
    assert sorted(p.name for p in (tmp_path / "step").iterdir()) == [
        "manifest.json", "oxigraph-2", "sources-2.json", "triples-2.jsonl"]


def test_reading_an_article_again_changes_nothing(tmp_path):
    store = GraphStore(tmp_path / "s")
    store.add(ARTICLE_A + ARTICLE_B)
    before, manifest = nt_set(store), store.manifest()
    kg, added = store.add(ARTICLE_B + ARTICLE_A[:1])
    assert added == 0 and store.manifest() == manifest and nt_set(store) == before
    assert len(store.triples()) == len(ARTICLE_A + ARTICLE_B)


def test_building_twice_gives_byte_identical_turtle(tmp_path):
    texts = set()
    for name in ("one", "two"):
        kg, _ = GraphStore(tmp_path / name).add(ARTICLE_A + ARTICLE_B)
        texts.add(exporters.get("ttl").generate(kg))
    assert len(texts) == 1


def test_a_store_that_is_not_one(tmp_path):
    with pytest.raises(InputError, match="not an aikg store"):
        GraphStore(tmp_path).open()
    (tmp_path / "f").write_text("x")
    with pytest.raises(InputError):
        GraphStore(tmp_path / "f")


# -- presets --------------------------------------------------------------------
@pytest.fixture(scope="module")
def graphs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("graphs")
    kg = KnowledgeGraph().add_all(ARTICLE_A + ARTICLE_B)
    exporters.get("ttl").write(kg, tmp / "graph.ttl")
    GraphStore(tmp / "store").add(ARTICLE_A + ARTICLE_B)
    return [tmp / "graph.ttl", tmp / "store"]


def test_presets_on_a_file_and_on_a_store_agree(graphs):
    for name, preset in PRESETS.items():
        value = "OpenAI" if preset.takes_name else None
        a, b = (run_preset(g, name, value) for g in graphs)
        assert a == b and a[1], name


def test_investors_of_binds_the_name_and_knows_aliases(graphs):
    columns, rows = run_preset(graphs[1], "investors-of", "OpenAI Inc.")
    assert columns[0] == "investor"
    investors = [r[0] for r in rows]
    assert investors == ['"SoftBank"', '"Microsoft"']         # largest amount first; not Apple
    _, rows = run_preset(graphs[1], "neighbours", "Microsoft")
    assert {(r[0], r[1], r[2]) for r in rows} == {
        ('"invests-in"', '"out"', '"OpenAI"'), ('"partners-with"', '"both"', '"OpenAI"')}
    _, rows = run_preset(graphs[1], "top-investors")
    assert rows[0][0] in ('"Microsoft"', '"Nvidia"', '"SoftBank"')
    _, rows = run_preset(graphs[1], "facts-about", "OpenAI")
    assert any(r[4] == '"true"^^<http://www.w3.org/2001/XMLSchema#boolean>' for r in rows)


@pytest.mark.parametrize("name", HOSTILE_NAMES)
@pytest.mark.parametrize("preset", [p for p in PRESETS if PRESETS[p].takes_name])
def test_hostile_names_match_as_plain_names_and_never_run(graphs, preset, name):
    if not name.strip():
        with pytest.raises(InputError):
            run_preset(graphs[1], preset, name)
        return
    try:
        columns, rows = run_preset(graphs[1], preset, name)
    except InputError as exc:                  # no entity has that name, folded
        assert "no entity named" in str(exc) and "\n" not in str(exc).replace(repr(name), "")
    else:                                      # it folds to OpenAI's name ("OpenAI\n}")
        assert name_key(name) == "openai"
        assert (columns, rows) == run_preset(graphs[1], preset, "OpenAI")
    assert run_preset(graphs[1], preset, "OpenAI")[1]          # the store is untouched


def test_presets_match_names_as_view_does_and_name_close_ones(graphs):
    for spelled in ("openai", "OPENAI", "Open AI", "ÒpenAI"):
        assert run_preset(graphs[1], "investors-of", spelled) == run_preset(
            graphs[1], "investors-of", "OpenAI"), spelled
    with pytest.raises(InputError, match="no entity named 'OpenAl'.*close names: OpenAI"):
        run_preset(graphs[1], "facts-about", "OpenAl")
    with pytest.raises(InputError, match="no entity named 'invests in'"):
        run_preset(graphs[1], "facts-about", "invests in")   # a property's label, not an entity


def test_unknown_preset_lists_the_valid_ones(graphs):
    with pytest.raises(UnknownNameError, match="investors-of.*neighbours.*top-investors"):
        run_preset(graphs[0], "investors", "OpenAI")
    with pytest.raises(InputError, match="takes no name"):
        run_preset(graphs[0], "top-investors", "OpenAI")
