"""The incremental store and the SPARQL presets, on hand-built triples (no spaCy)."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from extractors.errors import InputError, UnknownNameError
from graph import exporters
from graph.model import KnowledgeGraph
from graph.canonical import name_key
from graph.corrections import apply, dumps, parse, summary
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
    result = step.add(ARTICLE_B)
    assert result.triples == len(ARTICLE_B) and result.rebuilt is None     # updated in place
    once = GraphStore(tmp_path / "once")
    once.add(ARTICLE_A + ARTICLE_B)
    assert nt_set(step) == nt_set(once)
    # the same as a graph built in memory and exported as N-Triples
    plain = exporters.get("nt").generate(KnowledgeGraph().add_all(ARTICLE_A + ARTICLE_B))
    assert nt_set(step) == nt_set(plain)
    # evidence landed on the existing fact, sources and confidence went up
    kg = step.graph()
    fact = kg.facts[("microsoft", "invests-in", "openai", False)]
    assert len(fact.sources) == 2 and fact.confidence > 0.8
    assert (result.entities, result.facts, result.articles) == (
        len(kg.entities), len(kg.facts), len(kg.articles))
    assert sorted(p.name for p in (tmp_path / "step").iterdir()) == [
        "manifest.json", "oxigraph-2", "state-1.sqlite"]


def test_reading_an_article_again_changes_nothing(tmp_path):
    store = GraphStore(tmp_path / "s")
    store.add(ARTICLE_A + ARTICLE_B)
    before, manifest = nt_set(store), store.manifest()
    result = store.add(ARTICLE_B + ARTICLE_A[:1])
    assert result.triples == 0 and store.manifest() == manifest and nt_set(store) == before
    assert len(store.triples()) == len(ARTICLE_A + ARTICLE_B)


def test_building_twice_gives_byte_identical_turtle(tmp_path):
    texts = set()
    for name in ("one", "two"):
        store = GraphStore(tmp_path / name)
        store.add(ARTICLE_A)
        store.add(ARTICLE_B)
        texts.add(exporters.get("ttl").generate(store.graph()))
    assert len(texts) == 1


FIXES = parse("- reject-fact: {subject: microsoft, predicate: invests-in, object: OpenAI}\n"
              "  note: a reader says the article is wrong\n"
              "- not-an-entity: Apple\n"
              "- rename: {name: Nobody, to: Somebody}\n")


def corrected_nt(triples, fixes) -> str:
    """What one build of `triples` with `fixes` writes as N-Triples."""
    kg = KnowledgeGraph().add_all(triples)
    apply(kg, fixes)
    return exporters.get("nt").generate(kg)


def test_a_store_holds_its_corrected_graph_and_keeps_applying_the_corrections(tmp_path):
    store = GraphStore(tmp_path / "s")
    r = store.add(ARTICLE_A, corrections=FIXES)
    assert summary(r.corrections) == "2 corrections applied, 1 matched nothing"
    assert nt_set(store) == nt_set(corrected_nt(ARTICLE_A, FIXES))
    kg = store.graph()
    assert [f.rejected for k, f in kg.facts.items() if k[:3] == ("microsoft", "invests-in", "openai")] == [True]
    assert "apple" not in kg.entities and "apple" in store.graph(corrected=False).entities
    # an add naming no entity a correction names is done in place; the corrections still apply
    other = [triple("Hooli", "invests-in", "Initech", doc="c.txt")]
    r = store.add(other)
    assert r.rebuilt is None and summary(r.corrections) == "2 corrections applied, 1 matched nothing"
    assert nt_set(store) == nt_set(corrected_nt(ARTICLE_A + other, FIXES))
    # one naming such an entity (here Microsoft, and "Nobody", which matched nothing so far)
    # rebuilds the store, corrected
    for new in (ARTICLE_B, [triple("Nobody", "invests-in", "Hooli", doc="d.txt")]):
        r = store.add(new)
        assert r.rebuilt == "the new triples name an entity a correction names"
        other += new
        assert nt_set(store) == nt_set(corrected_nt(ARTICLE_A + other, FIXES))
    assert summary(r.corrections) == "3 corrections applied"
    # nothing new and the same corrections: the store is left as it is
    manifest = store.manifest()
    r = store.add(ARTICLE_A, corrections=parse("# moved down a line\n" + dumps(FIXES)))
    assert store.manifest() == manifest and summary(r.corrections) == "3 corrections applied"
    # other corrections replace them, none at all clears them
    r = store.add([], corrections=[])
    assert r.rebuilt == "the corrections changed" and r.corrections is None
    assert nt_set(store) == nt_set(corrected_nt(ARTICLE_A + other, []))
    assert store.corrections() == ([], None)


def test_a_store_that_is_not_one(tmp_path):
    with pytest.raises(InputError, match="not an aikg store"):
        GraphStore(tmp_path).open()
    (tmp_path / "f").write_text("x")
    with pytest.raises(InputError):
        GraphStore(tmp_path / "f")


# -- several generations, in place -------------------------------------------------
NAMES = ["Globex", "Globex Corp.", "globex", "Initech", "Initech Inc", "Hooli", "Hooli XYZ",
         "Vandelay Industries", "Pied Piper", "Umbrella", "Soylent", "Acme", "Stark Industries",
         "Wayne Enterprises", "Cyberdyne"]
PREDICATES = ["invests-in", "acquires", "partners-with", "competes-with", "supplies", "owns"]
STATUSES = ["completed", "announced", "planned", "in-talks", "reported", "possible", "denied"]


def corpus(docs: int, seed: int = 7) -> tuple[list[list], dict[str, dict]]:
    """Triples of `docs` made-up articles, one list per article, and their sources."""
    import random

    from extractors.triple import Attributes, Triple
    rnd = random.Random(seed)
    articles, sources = [], {}
    for d in range(docs):
        doc, lang = f"news/{d:03}.txt", rnd.choice(["en", "fr"])
        if d % 3:
            sources[doc] = {"date": rnd.choice([f"2024-{1 + d % 12:02}-{1 + d % 28:02}", "May 2024"]),
                            "title": f"Title {d}"}
        told = []
        for i in range(rnd.randint(1, 6)):
            s, o = rnd.choice(NAMES), rnd.choice(NAMES)
            p = rnd.choice(PREDICATES)
            attrs = Attributes(amount=rnd.choice([None, None, 1e6 * rnd.randint(1, 9)]), currency="USD",
                               year=rnd.choice([None, 2019, 2023]), status=rnd.choice(STATUSES),
                               cue=rnd.choice([None, "could"]), negated=rnd.random() < 0.1,
                               stake=rnd.choice([None, None, 10.0]))
            sentence = f"{s} {p} {o}, sentence {i % 3}."
            start = 100 * (i % 3)
            told.append(Triple(doc, lang, s, rnd.choice(["Organization", "Organization", "Person"]), p,
                               o, "Organization", attrs, sentence, start, start + len(sentence),
                               rnd.choice([0.5, 0.765, 0.85, 0.9, 0.95]), "rules.test"))
        # one fact every article tells (it saturates), and the same telling in another spelling
        told.append(Triple(doc, lang, "Nimbus Labs", "Organization", "develops", "Nimbus", "Product",
                           Attributes(), "Nimbus Labs develops Nimbus.", 900, 930, 0.9, "rules.test"))
        told.append(Triple(doc, lang, "Nimbus Labs Inc.", "Organization", "develops", "Nimbus",
                           "Product", Attributes(), "Nimbus Labs develops Nimbus.", 900, 930, 0.9,
                           "rules.test"))
        articles.append(told)
    return articles, sources


def aliased(triples):
    return KnowledgeGraph({"hooli": "hoolixyz"}).add_all(triples)


def test_a_store_built_in_many_adds_is_at_each_add_the_store_built_at_once(tmp_path):
    articles, sources = corpus(60)
    batches = [articles[0:10], articles[10:11], articles[11:25], articles[5:30],   # 5-24 again
               articles[30:31], articles[31:50], articles[50:60]]
    step = GraphStore(tmp_path / "step")
    rebuilt, everything = [], []
    for n, batch in enumerate(batches):
        flat = [t for told in batch for t in told]
        result = step.add(flat, aliased, sources={t.doc: sources[t.doc] for t in flat if t.doc in sources})
        rebuilt.append(result.rebuilt)
        everything += flat
        once = GraphStore(tmp_path / f"once-{n}")
        once.add(everything, aliased, sources={t.doc: sources[t.doc] for t in everything if t.doc in sources})
        assert nt_set(step) == nt_set(once), (n, result)
        assert step.manifest()["counts"] == once.manifest()["counts"]
    assert rebuilt[0] == "a new store" and rebuilt[1:].count(None) >= 4, rebuilt
    plain = aliased(everything)
    for doc, source in sources.items():
        plain.describe(doc, **source)
    assert nt_set(step) == nt_set(exporters.get("nt").generate(plain))
    assert step.triples() == once.triples() and step.sources() == once.sources()
    fact = step.graph(aliased).facts[("nimbuslabs", "develops", "nimbus", False)]
    assert len(fact.sources) == 60 and fact.confidence == 1.0


def test_a_telling_in_another_spelling_counts_the_name_not_the_evidence(tmp_path):
    from test_rdf import triple
    store = GraphStore(tmp_path / "s")
    said = "Globex Corp. (Globex) acquires Initech."
    store.add([triple("Globex", "acquires", "Initech", doc="a.txt", sentence=said)] * 2)
    result = store.add([triple("Globex", "acquires", "Initech", doc="a.txt", sentence=said),
                        triple("Globex Corp.", "acquires", "Initech", doc="a.txt", sentence=said)])
    assert result.triples == 1 and result.rebuilt is None
    kg = store.graph()
    [fact] = kg.facts.values()
    assert len(fact.evidence) == 1 and kg.entities["globex"].aliases == {"Globex Corp."}


def _vandelay(name, doc, start=0):
    from test_rdf import triple
    return triple(name, "invests-in", "Hooli", doc=doc, start=start)


@pytest.mark.parametrize("case", ["renamed", "taken", "base", "date", "aliases"])
def test_what_a_full_build_would_name_otherwise_rebuilds_the_store(tmp_path, case):
    first = [_vandelay("Vandelay Industries", "a.txt"), _vandelay("Globex 中", "a.txt", 50)]
    then = {"renamed": [_vandelay("VandelayIndustries", "b.txt"), _vandelay("VandelayIndustries", "c.txt")],
            "taken": [_vandelay("Globex", "b.txt")]}.get(case, [_vandelay("Initech", "b.txt")])
    kwargs = {"base": {"base": "https://example.org/kg/"}}.get(case, {})
    make = {"aliases": aliased}.get(case)
    step = GraphStore(tmp_path / "step")
    step.add(first, sources={"a.txt": {"date": "2024-01-02"}})
    result = step.add(then, make, sources={"a.txt": {"date": "2024-03-04"}} if case == "date" else {},
                      **kwargs)
    reason = {"renamed": "changes its IRI", "taken": "takes the IRI", "base": "base IRI",
              "date": "article already in the store", "aliases": "aliases"}[case]
    assert reason in (result.rebuilt or ""), result
    once = GraphStore(tmp_path / "once")
    once.add(first + then, make, sources={"a.txt": {"date": "2024-03-04" if case == "date" else "2024-01-02"}},
             **kwargs)
    assert nt_set(step) == nt_set(once)
    # and the next add goes in place again
    assert step.add([_vandelay("Soylent", "d.txt")], make, **kwargs).rebuilt is None


def test_a_new_entity_whose_iri_sorts_after_an_existing_one_is_added_in_place(tmp_path):
    step = GraphStore(tmp_path / "step")
    step.add([_vandelay("Globex", "a.txt")])
    result = step.add([_vandelay("Globex 中", "b.txt")])
    assert result.rebuilt is None
    once = GraphStore(tmp_path / "once")
    once.add([_vandelay("Globex", "a.txt"), _vandelay("Globex 中", "b.txt")])
    assert nt_set(step) == nt_set(once)


def test_a_store_of_the_first_format_is_rebuilt_in_the_new_one(tmp_path):
    import json
    folder = tmp_path / "old"
    folder.mkdir()
    (folder / "triples-1.jsonl").write_text("".join(json.dumps(t.to_dict()) + "\n" for t in ARTICLE_A))
    (folder / "sources-1.json").write_text(json.dumps({"a.txt": {"title": "Globex"}}))
    (folder / "manifest.json").write_text(json.dumps({
        "format": 1, "generation": 1, "base": "https://aikg.dev/id/", "triples": "triples-1.jsonl",
        "oxigraph": "oxigraph-1", "sources": "sources-1.json", "counts": {}}))
    old = GraphStore(folder)
    assert "earlier aikg" in old.add(ARTICLE_B).rebuilt
    once = GraphStore(tmp_path / "once")
    once.add(ARTICLE_A + ARTICLE_B, sources={"a.txt": {"title": "Globex"}})
    assert nt_set(old) == nt_set(once)
    assert sorted(p.name for p in folder.iterdir()) == ["manifest.json", "oxigraph-2", "state-2.sqlite"]


# -- crash safety ------------------------------------------------------------------
@pytest.mark.parametrize("stop_at", ["changes", "database", "state", "manifest"])
def test_an_add_stopped_half_way_leaves_the_previous_store_and_the_next_run_recovers(
        tmp_path, monkeypatch, stop_at):
    from graph import store as st

    def stop(*args, **kwargs):
        raise KeyboardInterrupt

    store = GraphStore(tmp_path / "kg")
    store.add(ARTICLE_A, sources={"a.txt": {"title": "Globex"}})
    before, manifest, triples = nt_set(store), store.manifest(), store.triples()
    if stop_at == "changes":                  # the next database is open, not yet written
        monkeypatch.setattr(st, "_fact_changes", stop)
    elif stop_at == "database":
        monkeypatch.setattr(st.ox.Store, "bulk_load", stop)
    elif stop_at == "state":
        real = st._write_state
        monkeypatch.setattr(st, "_write_state", lambda db, *a: (real(db, *a), stop()))
    else:
        real_switch = GraphStore._switch
        monkeypatch.setattr(GraphStore, "_switch", lambda self, m: stop()
                            if m["generation"] == 2 else real_switch(self, m))
    with pytest.raises(KeyboardInterrupt):
        GraphStore(tmp_path / "kg").add(ARTICLE_B, sources={"b.txt": {"title": "Initech"}})
    monkeypatch.undo()
    if stop_at == "changes":                  # nothing left behind
        assert sorted(p.name for p in (tmp_path / "kg").iterdir()) == [
            "manifest.json", "oxigraph-1", "state-1.sqlite"]
    # readers see the previous generation, whole
    again = GraphStore(tmp_path / "kg")
    assert again.manifest() == manifest and nt_set(again) == before
    assert again.triples() == triples and again.sources() == {"a.txt": {"title": "Globex"}}
    _, rows = run_preset(tmp_path / "kg", "investors-of", "OpenAI")
    assert sorted(r[0] for r in rows) == ['"Microsoft"', '"SoftBank"']
    # the next run finishes (a committed state) or redoes the add, and cleans up
    again.add(ARTICLE_B, sources={"b.txt": {"title": "Initech"}})
    once = GraphStore(tmp_path / "once")
    once.add(ARTICLE_A + ARTICLE_B, sources={"a.txt": {"title": "Globex"}, "b.txt": {"title": "Initech"}})
    assert nt_set(again) == nt_set(once) and again.triples() == once.triples()
    assert sorted(p.name for p in (tmp_path / "kg").iterdir()) == [
        "manifest.json", "oxigraph-2", "state-1.sqlite"]


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


def test_an_add_settles_each_fact_it_touches_a_bounded_number_of_times(tmp_path, monkeypatch):
    """An add seeds the stored state of the facts its triples touch: reading the graph's facts
    while seeding them re-settled every fact seeded so far once dates were known (n facts,
    n times n settles). Pinned by counting, not by timing."""
    from graph.model import Fact

    def told(docs: range) -> list:
        return [triple(f"Company {d % 300}", "invests-in", f"Startup {d % 300}", doc=f"news/{d}.txt")
                for d in docs]

    store = GraphStore(tmp_path / "kg")
    first = told(range(300))
    store.add(first, sources={t.doc: {"date": "2024-03-01"} for t in first})
    settled = []
    real = Fact.settle

    def counting(self, *args, **kwargs):
        if self._unsettled:
            settled.append(self.key)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Fact, "settle", counting)
    again = told(range(300, 600))          # each of the 300 facts told again, by a new dated article
    result = store.add(again, sources={t.doc: {"date": "2024-04-01"} for t in again})
    assert result.rebuilt is None and result.facts == 300
    assert len(settled) <= 3 * 300, len(settled)


def test_a_fact_told_with_ever_new_amounts_keeps_a_bounded_state(tmp_path):
    """A stored fact keeps only the evidence its merged values and its conflict come from:
    two amounts and two years are enough to know reports disagree, however many come."""
    import json
    import sqlite3

    def told(d: int):
        return [triple("Globex", "invests-in", "Initech", doc=f"news/{d:03}.txt", amount=1e6 * (50 - d),
                       currency="USD", year=2000 + d)]

    step = GraphStore(tmp_path / "step")
    everything = []
    for d in range(40):                   # each add brings a new amount and a new year
        everything += told(d)
        assert step.add(told(d)).rebuilt in (None, "a new store")
    once = GraphStore(tmp_path / "once")
    once.add(everything)
    assert nt_set(step) == nt_set(once)
    fact = step.graph().facts[("globex", "invests-in", "initech", False)]
    assert (fact.amount, fact.year, fact.conflict) == (50e6, 2000, True)
    db = sqlite3.connect(str(tmp_path / "step" / step.manifest()["state"]))
    (state,) = db.execute("SELECT state FROM facts").fetchone()
    assert len(json.loads(state)["deciding"]) <= 4


def test_the_next_database_is_open_while_the_triples_are_read_and_gone_when_unused(tmp_path):
    """RocksDB merges a database's files in the background only while it is open: an add
    opens its next database before it reads its triples (with `aikg build`, extraction
    happens as they are read, time the merges use), and removes it when nothing is new."""
    store = GraphStore(tmp_path / "kg")
    store.add(ARTICLE_A)
    seen = []

    def reading(triples):
        seen.append(sorted(p.name for p in (tmp_path / "kg").iterdir()))
        yield from triples

    store.add(reading(ARTICLE_B))
    assert "oxigraph-2" in seen[0] and store.manifest()["oxigraph"] == "oxigraph-2"
    store.add(reading(ARTICLE_B))            # nothing new: the opened folder is removed
    assert "oxigraph-3" in seen[1]
    assert sorted(p.name for p in (tmp_path / "kg").iterdir()) == [
        "manifest.json", "oxigraph-2", "state-1.sqlite"]
