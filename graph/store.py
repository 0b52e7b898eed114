"""An on-disk graph that grows: `aikg build --store DIR` adds articles to what is there.

A store folder holds an Oxigraph database of the RDF, a SQLite file of what
an update needs to know, and a small manifest, replaced atomically, naming both:

    DIR/manifest.json     {"format": 2, "generation": 7, "base": ..., "oxigraph": "oxigraph-7",
                           "state": "state-1.sqlite", "counts": {...}}
    DIR/oxigraph-7/       pyoxigraph Store: the data graph and the vocabulary
    DIR/state-1.sqlite    every distinct triple, with the generation that added it; the
                          title, date and address of the articles that have them; for
                          each entity, fact and article, what merging a new triple needs;
                          and the corrections the store applies

An add costs in proportion to the new triples, not to the store. A triple
already stored is dropped (so reading an article again changes nothing). The
new triples go through the same `KnowledgeGraph` as a full build, seeded with
the stored state of only the entities and facts they touch:

- an entity: how often each of its names and types was seen, so the model picks
  the same name and type as a full build;
- a fact: the few pieces of evidence its merged amount, year, stake, status and
  cue come from (`Fact.deciding`), its number of sources, its first and last
  dates and, per source document, its best confidence (SQLite rows, read only
  for the documents of the new triples once the fact's confidence has reached
  1.0, where no further source can move it, so a fact told 50,000 times costs
  no more than one told twice);
- per article, its language (the tag of its sentences) and whether it is known.

A telling already stored that comes again in another triple (the same
sentence with the subject spelled otherwise) merges to the same values: its
document is already a source, its evidence node is written again unchanged.

The new generation of the database starts as a backup of the previous one
(hard links: cheap, the old one is untouched), opened before the add reads
its triples so that RocksDB's own merging of its files gets done on the way
(`GraphStore._open_next`); the new entities, facts,
evidence and articles are inserted, and a touched fact's merged attributes
(sourceCount, amount, currency, year, stake, status, cue, confidence,
firstSeen, lastSeen) and a touched entity's type, label and aliases are
rewritten in place. SQLite rather than a sidecar file because the state is as
large as the store: it must be read and written by key, in a transaction.

Crash safety. The steps are: (1) write the new database folder, (2) commit the
state in one SQLite transaction (rows marked with the new generation), (3)
switch the manifest. Readers follow the manifest, so until (3) they see the
previous generation whole (`triples()` leaves out rows of later generations).
A run stopped before (2) leaves nothing behind that counts: the next run
removes the unfinished folder. A run stopped between (2) and (3) is finished
by the next one, which switches the manifest (everything it names is complete).

When an add cannot be done in place the whole store is rebuilt from its
triples, as at the first add, and `Added.rebuilt` says why: the base IRI or the
gazetteer's aliases (which decide which names are one entity) changed; the
title, date or address of an article already in the store changed (its dates
are every one of its facts' first and last seen); an entity's canonical name
changed so that its IRI changes, or a new entity would take the IRI of an
existing one (IRIs go to the first key in sort order, see
`graph.rdf.entity_slugs`); the corrections changed, or the new triples name an
entity a correction names (graph/corrections.py: the store keeps the last
corrections it was given, in its state, and holds the corrected graph; an add
that names none of their entities leaves what they did as it was); or the
store was written by an earlier aikg. So a store built in several adds is
always the graph that one build of all its articles, corrected, gives.
"""
from __future__ import annotations

import contextlib
import hashlib
import io
import itertools
import json
import math
import re
import shutil
import sqlite3
from collections import Counter
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pyoxigraph as ox

from extractors.errors import InputError
from extractors.triple import Triple
from graph.io import atomic_write
from graph import corrections as fixes_
from graph.canonical import name_key
from graph.corrections import Correction, Outcome
from graph.model import Article, Entity, Evidence, Fact, KnowledgeGraph, combined_confidence
from graph.rdf import (DEFAULT_BASE, _iso_date, entity_slugs, fact_id, prefixes,
                       stable_hash, statements, vocabulary_ntriples)
from graph.rdftext import NTriplesTerms, ntriples

MANIFEST = "manifest.json"
FORMAT = 2
# a fact whose sources leave a chance of error below this has confidence 1.0 whatever
# comes next (1 - p rounds to 1.0 at 4 decimals below 5e-5; the margin absorbs rounding)
SATURATED = 4e-5
# SQLite's page cache for the state, in KiB
_CACHE_KIB = 64 * 1024
# what a touched fact node and a touched entity have rewritten
_FACT_ATTRIBUTES = [("aikg", n) for n in ("sourceCount", "amount", "currency", "year", "stake",
                                          "status", "cue", "confidence", "firstSeen", "lastSeen",
                                          "conflict")]
_ENTITY_ATTRIBUTES = [("rdf", "type"), ("rdfs", "label"), ("skos", "altLabel")]
_FACT_CONSTANTS = [("rdf", "type"), ("rdf", "subject"), ("rdf", "predicate"), ("rdf", "object"),
                   ("aikg", "negated")]
_MERGED = ("amount", "currency", "year", "stake", "status", "cue", "confidence",   # of a Fact
           "conflict")
_EVIDENCE_FIELDS = [f.name for f in fields(Evidence)]
_OURS = re.compile(r"(oxigraph-\d+|state-\d+\.sqlite(-journal)?|triples-\d+\.jsonl|sources-\d+\.json)")

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE triples(seq INTEGER PRIMARY KEY, hash INTEGER NOT NULL, gen INTEGER NOT NULL,
                     triple TEXT NOT NULL);
CREATE INDEX triples_by_hash ON triples(hash);
CREATE TABLE sources(doc TEXT NOT NULL, gen INTEGER NOT NULL, source TEXT NOT NULL,
                     PRIMARY KEY(doc, gen));
CREATE TABLE articles(doc TEXT PRIMARY KEY, lang TEXT NOT NULL);
CREATE TABLE entities(key TEXT PRIMARY KEY, slug TEXT NOT NULL UNIQUE, state TEXT NOT NULL);
CREATE TABLE facts(id TEXT PRIMARY KEY, state TEXT NOT NULL);
CREATE TABLE fact_docs(fact TEXT NOT NULL, doc TEXT NOT NULL, best REAL NOT NULL,
                       PRIMARY KEY(fact, doc)) WITHOUT ROWID;
"""


def is_store(path: str | Path) -> bool:
    """True if `path` is a store folder written by `GraphStore`."""
    return (Path(path) / MANIFEST).is_file()


@dataclass(frozen=True)
class Added:
    """What `GraphStore.add` did: how many triples were new, the store's size after it, and
    why the whole store was rebuilt (None when it was updated in place or left as it was)."""
    triples: int
    entities: int
    facts: int
    articles: int
    rebuilt: str | None = None
    corrections: Outcome | None = None  # what the store's corrections do, when it has some


class _Rebuild(Exception):
    """This add cannot be done in place; the message says why."""


@dataclass
class _Changes:
    """One generation's changes: RDF to remove and insert, state rows to write."""
    removed: str = ""          # N-Triples lines written by an earlier add, now replaced
    ntriples: str = ""
    articles: list[tuple[str, str]] = field(default_factory=list)
    entities: list[tuple[str, str, str]] = field(default_factory=list)
    facts: list[tuple[str, str]] = field(default_factory=list)
    fact_docs: list[tuple[str, str, float]] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)   # new entities, facts, articles


def _plain_graph(triples: Iterable[Triple]) -> KnowledgeGraph:
    return KnowledgeGraph().add_all(triples)


class GraphStore:
    """A store folder; see the module docstring for its layout."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        if self.path.exists() and not self.path.is_dir():
            raise InputError(f"store {str(self.path)!r} is a file; name a folder")

    # -- reading -------------------------------------------------------------
    def manifest(self) -> dict:
        """The manifest, or an empty dict for a new store."""
        path = self.path / MANIFEST
        if not path.exists():
            return {}
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"cannot read the store manifest {str(path)!r}: {exc}") from None

    def triples(self) -> list[Triple]:
        """Every triple stored so far, in the order first seen."""
        manifest = self.manifest()
        if manifest.get("state"):
            with self._reading(manifest) as db:
                rows = db.execute("SELECT triple FROM triples WHERE gen <= ? ORDER BY seq",
                                  (manifest["generation"],))
                return [Triple.from_dict(json.loads(text)) for (text,) in rows]
        name = manifest.get("triples")                 # a store of format 1
        if not name:
            return []
        path = self.path / name
        try:
            with path.open(encoding="utf-8") as fh:
                return [Triple.from_dict(json.loads(line)) for line in fh if line.strip()]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise InputError(f"cannot read the store's triples {str(path)!r}: {exc}") from None

    def sources(self) -> dict[str, dict]:
        """The title, date and address of the stored articles that have them, by doc."""
        manifest = self.manifest()
        if manifest.get("state"):
            with self._reading(manifest) as db:
                return _sources(db, manifest["generation"])
        name = manifest.get("sources")
        if not name:
            return {}
        path = self.path / name
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"cannot read the store's article sources {str(path)!r}: {exc}") from None

    def graph(self, make_graph: Callable[[list[Triple]], KnowledgeGraph] | None = None,
              *, corrected: bool = True) -> KnowledgeGraph:
        """The whole graph in memory, from every stored triple (for exports), with the
        store's corrections applied unless `corrected` is False."""
        kg = (make_graph or _plain_graph)(self.triples())
        for doc, source in self.sources().items():
            kg.describe(doc, **source)
        if corrected and (entries := self.corrections()[0]):
            fixes_.apply(kg, entries)
        return kg

    def corrections(self) -> tuple[list[Correction], Outcome | None]:
        """The corrections the store applies (the last ones an add was given) and what they
        did when last applied; ([], None) when it has none."""
        manifest = self.manifest()
        if not manifest.get("state"):
            return [], None
        with self._reading(manifest) as db:
            return _stored_corrections(db)

    def open(self) -> ox.Store:
        """The Oxigraph database, read-only."""
        name = self.manifest().get("oxigraph")
        if not name:
            raise InputError(f"{str(self.path)!r} is not an aikg store; "
                             f"make one with: aikg build --store {self.path} ARTICLES")
        try:
            return ox.Store.read_only(str(self.path / name))
        except OSError as exc:
            raise InputError(f"cannot open the store {str(self.path)!r}: {exc}") from None

    # -- writing -------------------------------------------------------------
    def add(self, triples: Iterable[Triple],
            make_graph: Callable[[list[Triple]], KnowledgeGraph] | None = None,
            *, base: str = DEFAULT_BASE, sources: dict[str, dict] | None = None,
            corrections: list[Correction] | None = None) -> Added:
        """Merge `triples` into the store, in place when it can (see the module docstring).

        `make_graph` turns a list of triples into a KnowledgeGraph (the CLI passes
        one that knows the gazetteer's aliases; an add uses it on no triples to learn
        them). `sources`: title, date and address by doc (read once `triples` is
        consumed). `corrections` (graph/corrections.py) replace the store's own, which
        otherwise go on applying; the store holds the corrected graph. When nothing is
        new, the base and the corrections are the same, the store is left as it is.
        """
        make_graph = make_graph or _plain_graph
        graph = make_graph([])
        aliases = stable_hash(sorted(graph.aliases.items()))
        prefixes(base)                                   # a bad base fails before any work
        manifest = self._recover()
        db = self._connect(manifest) if manifest.get("state") else None
        target: _NextDatabase | None = None
        try:
            gen = int(manifest.get("generation", 0))
            if db is not None:
                # an add in place is the usual case: its next database is opened before the
                # triples are read, so that RocksDB's merges run meanwhile (see _open_next);
                # `aikg build` extracts them as they are read, which gives the merges time to end
                target = self._open_next(manifest)
            new = self._new_triples(db, triples, manifest)
            sources = sources or {}
            stored_sources = _sources_of(db, list(sources), gen) if db is not None else self.sources()
            new_sources = {doc: s for doc, s in sources.items() if stored_sources.get(doc) != s}
            before, outcome = _stored_corrections(db) if db is not None else ([], None)
            entries = before if corrections is None else corrections
            changed = not fixes_.same_entries(before, entries)
            if not changed and outcome is not None:
                outcome = fixes_.carried_over(outcome, before, entries)
            if not new and not new_sources and manifest and manifest.get("base") == base and not changed:
                counts = manifest.get("counts", {})
                return Added(0, counts.get("entities", 0), counts.get("facts", 0),
                             counts.get("articles", 0), corrections=outcome)
            reason = self._why_rebuild(db, manifest, base, aliases, new_sources)
            if reason is None and changed:
                reason = "the corrections changed"
            if reason is None:
                try:
                    changes = self._changes(db, graph, [t for _, _, t in new], new_sources, base, entries)
                except _Rebuild as why:
                    reason = str(why)
            if reason is None:
                return self._update(db, manifest, target, changes, new, new_sources, base, aliases,
                                    entries, outcome)
        finally:
            if target is not None:
                target.close()
            if db is not None:
                db.close()
        return self._rebuild(make_graph, manifest, new, new_sources, base, aliases, reason, entries)

    # -- the steps of an add -------------------------------------------------
    def _recover(self) -> dict:
        """The manifest, after finishing a run that stopped between committing its state and
        switching the manifest, and removing what unfinished runs left."""
        manifest = self.manifest()
        if manifest.get("state"):
            gen = int(manifest["generation"])
            db = self._connect(manifest)
            try:
                meta = dict(db.execute("SELECT key, value FROM meta"))
            finally:
                db.close()
            done = int(meta.get("generation", 0))
            if done == gen + 1 and (self.path / f"oxigraph-{done}").is_dir():
                manifest = json.loads(meta["manifest"])
                self._switch(manifest)
            elif done != gen:
                raise InputError(f"the store {str(self.path)!r} is damaged: its manifest is at "
                                 f"generation {gen}, its state at {done}")
        self._remove_unnamed(manifest)
        return manifest

    def _remove_unnamed(self, manifest: dict) -> None:
        if not self.path.is_dir():
            return
        named = {manifest.get(k) for k in ("oxigraph", "state", "triples", "sources")} - {None}
        named |= {f"{manifest['state']}-journal"} if manifest.get("state") else set()
        for p in self.path.iterdir():
            if _OURS.fullmatch(p.name) and p.name not in named:
                if p.is_dir():
                    shutil.rmtree(p, ignore_errors=True)
                else:
                    p.unlink(missing_ok=True)

    def _connect(self, manifest: dict) -> sqlite3.Connection:
        path = self.path / manifest["state"]
        if not path.is_file():
            raise InputError(f"the store {str(self.path)!r} is damaged: {manifest['state']} is missing")
        db = sqlite3.connect(str(path), isolation_level=None)
        # an add reads and writes rows all over a state as large as the store: SQLite's
        # default page cache (2 MiB) made its inserts re-read pages (0.45 s -> 0.3 s an add)
        db.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
        return db

    def _reading(self, manifest: dict):
        return contextlib.closing(self._connect(manifest))

    def _new_triples(self, db, triples: Iterable[Triple], manifest: dict
                     ) -> list[tuple[int, str, Triple]]:
        """(hash, key, triple) of each triple not stored yet, in order, each once."""
        seen: set[str] = set()
        if db is None:
            seen = {_key(t) for t in self.triples()}
        new = []
        for t in triples:
            key = _key(t)
            if key not in seen:
                seen.add(key)
                new.append((_hash(key), key, t))
        if db is not None:
            stored = {text for _, text in _select(db, "SELECT hash, triple FROM triples WHERE hash IN",
                                                  list({h for h, _, _ in new}))}
            new = [n for n in new if n[1] not in stored]
        return new

    def _why_rebuild(self, db, manifest: dict, base: str, aliases: str,
                     new_sources: dict) -> str | None:
        if not manifest:
            return "a new store"
        if db is None:
            return "a store written by an earlier aikg"
        if manifest.get("base") != base:
            return "the base IRI changed"
        if _meta(db, "aliases") != aliases:
            return "the entity aliases (gazetteer) changed"
        if _select(db, "SELECT doc FROM articles WHERE doc IN", list(new_sources)):
            return "the title, date or address of an article already in the store changed"
        return None

    def _changes(self, db, kg: KnowledgeGraph, new: list[Triple], new_sources: dict,
                 base: str, corrections: list[Correction]) -> _Changes:
        """What the new triples change, worked out with the model seeded with the stored
        state of what they touch; raises _Rebuild when it cannot be done in place."""
        gen = int(_meta(db, "generation"))
        terms = NTriplesTerms(prefixes(base))
        stored = _Stored.seed(db, kg, new, gen)
        kg.add_all(new)                  # the model merges the new triples as a full build would
        if corrections:
            named = fixes_.named_keys(corrections, kg)
            if any(e.key in named or any(name_key(n) in named for n in e._name_counts)
                   for e in kg.entities.values()):
                raise _Rebuild("the new triples name an entity a correction names")
        changes = _Changes()
        fresh = sorted(stored.docs - set(stored.articles))
        described = _sources_of(db, [doc for doc in fresh if not new_sources.get(doc)], gen)
        for doc in fresh:
            kg.describe(doc, **(new_sources.get(doc) or described.get(doc) or {}))
            changes.articles.append((doc, kg.articles[doc].lang))
        changes.counts["articles"] = len(changes.articles)
        # the stored nodes whose values this add replaces (stale) or keeps (kept), and which
        stale: dict[str, set[str]] = {}
        kept: dict[str, set[str]] = {}
        slugs = _entity_changes(db, kg, stored, terms, changes, stale, kept)
        before, summaries = _fact_changes(db, kg, stored, terms, changes, stale, kept)
        changes.ntriples = _ntriples_with(kg, terms, base, slugs, summaries, kept)
        # the values these replace, written as the add that wrote them did
        old = {terms.iri("fact", stored.fids[k]): stored.facts[stored.fids[k]] for k in before.facts}
        changes.removed = "".join(
            line for line in _ntriples_with(before, terms, base, slugs, old, lines=True)
            if (s_p := line.split(" ", 2))[1] in stale.get(s_p[0], ()))
        return changes

    def _open_next(self, manifest: dict) -> "_NextDatabase":
        """The next generation's database, a backup of the current one (hard links: cheap, the
        current one is untouched), opened for writing before the add reads its triples.

        Why first: every add leaves new files in RocksDB's first level, and RocksDB merges
        them into the large levels below in the background, a cost in proportion to the whole
        database. Closing a database stops that merge half-way, so when each add held its
        database open only for its writes, the merges never ended, the first level grew add
        after add, and about one add in ten had its flush wait seconds for the whole merge.
        Opened before the add reads its triples, the merge runs on another core while they
        are read (with `aikg build`, extracted from the articles) and the changes are worked
        out; when the add turns out to need no database or a rebuild, the folder is removed."""
        gen = int(manifest["generation"]) + 1
        path = self.path / f"oxigraph-{gen}"
        if path.exists():
            shutil.rmtree(path)
        ox.Store.read_only(str(self.path / manifest["oxigraph"])).backup(str(path))
        return _NextDatabase(path, ox.Store(str(path)))

    def _update(self, db, manifest: dict, target: "_NextDatabase", changes: _Changes, new,
                new_sources: dict, base: str, aliases: str, corrections: list[Correction],
                outcome: Outcome | None) -> Added:
        """Write the changes as the next generation: database, then state, then manifest."""
        gen = int(manifest["generation"]) + 1
        target.write(changes)
        counts = {k: manifest["counts"][k] + changes.counts[k] for k in ("entities", "facts", "articles")}
        counts["triples"] = manifest["counts"]["triples"] + len(new)
        new_manifest = {**manifest, "generation": gen, "oxigraph": target.path.name, "counts": counts}
        db.execute("BEGIN")
        try:
            _write_state(db, gen, [(h, gen, key) for h, key, _ in new], new_sources, changes,
                         new_manifest, aliases, fixes_.to_json(corrections, outcome))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        self._switch(new_manifest)
        shutil.rmtree(self.path / manifest["oxigraph"], ignore_errors=True)
        return Added(len(new), counts["entities"], counts["facts"], counts["articles"],
                     corrections=outcome)

    def _rebuild(self, make_graph, manifest: dict, new, new_sources: dict, base: str,
                 aliases: str, reason: str, corrections: list[Correction]) -> Added:
        """The whole store again from its triples, corrected: a new database and a new
        state file."""
        old = self.triples()
        known = self.sources()
        known.update(new_sources)
        everything = old + [t for _, _, t in new]
        kg = make_graph(everything)
        for doc, source in known.items():
            kg.describe(doc, **source)
        outcome = fixes_.apply(kg, corrections) if corrections else None
        gen = int(manifest.get("generation", 0)) + 1
        db_name, state_name = f"oxigraph-{gen}", f"state-{gen}.sqlite"
        self.path.mkdir(parents=True, exist_ok=True)
        for name in (db_name, state_name, state_name + "-journal"):
            target = self.path / name
            if target.is_dir():
                shutil.rmtree(target)
            else:
                target.unlink(missing_ok=True)
        self._write_oxigraph_full(kg, self.path / db_name, base)
        # the state of every entity, fact and article
        changes = _Changes()
        day = _days(kg)
        for doc in sorted(kg.articles):
            changes.articles.append((doc, kg.articles[doc].lang))
        for key, s in entity_slugs(kg).items():
            e = kg.entities[key]
            changes.entities.append((key, s, json.dumps(
                {"name": e.name, "type": e.type, "names": dict(e._name_counts),
                 "types": dict(e._type_counts)})))
        for f in kg.facts.values():
            fid = fact_id(f)
            state, bests = _merge(f, f.evidence, None, {}, day)
            changes.facts.append((fid, json.dumps(state)))
            changes.fact_docs += [(fid, doc, best) for doc, best in bests.items()]
        counts = {"triples": len(everything), "entities": len(kg.entities), "facts": len(kg.facts),
                  "articles": len(kg.articles)}
        new_manifest = {"format": FORMAT, "generation": gen, "base": base, "oxigraph": db_name,
                        "state": state_name, "counts": counts}
        db = sqlite3.connect(str(self.path / state_name), isolation_level=None)
        try:
            db.execute("BEGIN")
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    db.execute(statement)
            rows = [(_hash(k), gen, k) for k in map(_key, old)] + [(h, gen, k) for h, k, _ in new]
            _write_state(db, gen, rows, known, changes, new_manifest, aliases,
                         fixes_.to_json(corrections, outcome))
            db.execute("COMMIT")
        finally:
            db.close()
        self._switch(new_manifest)
        self._remove_unnamed(new_manifest)
        return Added(len(new), counts["entities"], counts["facts"], counts["articles"], reason,
                     outcome)

    def _write_oxigraph_full(self, kg: KnowledgeGraph, target: Path, base: str) -> None:
        store = ox.Store(str(target))
        chunks = (chunk.encode("utf-8") for chunk in itertools.chain(ntriples(kg, base=base),
                                                                     [vocabulary_ntriples()]))
        store.bulk_load(_Reader(chunks), format=ox.RdfFormat.N_TRIPLES)
        store.flush()
        del store

    def _switch(self, manifest: dict) -> None:
        atomic_write(self.path / MANIFEST, json.dumps(manifest, indent=2) + "\n")


# -- an add in place ---------------------------------------------------------------
class _NextDatabase:
    """The database of the generation an add writes, open for writing until it is written
    (or the add stops: then its folder is removed)."""

    def __init__(self, path: Path, store: ox.Store):
        self.path, self._store, self._written = path, store, False

    def write(self, changes: _Changes) -> None:
        """Remove the replaced values, insert the new RDF, close. The folder is this run's
        alone until the manifest names it: no need for a transaction."""
        if changes.removed:
            self._store.update(f"DELETE DATA {{\n{changes.removed}}}")
        self._store.bulk_load(changes.ntriples.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
        self._store.flush()
        self._written = True
        self.close()

    def close(self) -> None:
        if self._store is not None:
            self._store = None              # pyoxigraph closes the database when it is dropped
            if not self._written:
                shutil.rmtree(self.path, ignore_errors=True)


@dataclass
class _Stored:
    """What the store holds of the entities, facts and articles some new triples touch."""
    fids: dict[tuple, str]                          # fact key -> fact id, of every fact touched
    docs: set[str]                                  # the articles the new facts come from
    entities: dict[str, tuple[str, dict]]           # key -> slug, state
    facts: dict[str, dict]                          # fact id -> state
    articles: dict[str, str]                        # doc -> language
    seeded: dict[tuple, set[Evidence]]              # fact key -> the evidence seeded

    @classmethod
    def seed(cls, db, kg: KnowledgeGraph, new: list[Triple], gen: int) -> "_Stored":
        """Read the state of what `new` touches and seed it into the empty graph `kg`."""
        entity_keys: set[str] = set()
        fids: dict[tuple, str] = {}
        docs: set[str] = set()
        for t in new:
            k = kg.fact_key(t)
            if k is None:
                entity_keys.add(kg.node_key(t.subject))
            else:
                entity_keys.update((k[0], k[2]))
                docs.add(t.doc)
                if k not in fids:
                    fids[k] = fact_id(Fact(k[0], k[1], k[2], negated=k[3]))
        entities = {key: (slug, json.loads(state)) for key, slug, state in _select(
            db, "SELECT key, slug, state FROM entities WHERE key IN", list(entity_keys))}
        for key, (_, st) in entities.items():
            kg.entities[key] = Entity(key, st["name"], st["type"], set(st["names"]) - {st["name"]},
                                      Counter(st["names"]), Counter(st["types"]))
        facts = {fid: json.loads(state) for fid, state in _select(
            db, "SELECT id, state FROM facts WHERE id IN", list(fids.values()))}
        seeded: dict[tuple, set[Evidence]] = {}
        for k, fid in fids.items():
            if fid in facts:
                seed = [Evidence(*e) for e in facts[fid]["deciding"]]
                kg.put(Fact(k[0], k[1], k[2], negated=k[3], evidence=seed))
                seeded[k] = set(seed)
        # the dates of the stored reports, for the current status
        reports = {e.doc for seed in seeded.values() for e in seed} - docs
        for doc, source in _sources_of(db, sorted(reports), gen).items():
            kg.date(doc, source.get("date"))
        articles = dict(_select(db, "SELECT doc, lang FROM articles WHERE doc IN", list(docs)))
        described = _sources_of(db, list(articles), gen)
        for doc, lang in articles.items():
            kg.add_article(Article(doc, lang))
            kg.describe(doc, **described.get(doc, {}))
        return cls(fids, docs, entities, facts, articles, seeded)

    def entity(self, key: str) -> Entity:
        """The entity `key` as stored (name, type, aliases)."""
        _, st = self.entities[key]
        return Entity(key, st["name"], st["type"], set(st["names"]) - {st["name"]})


def _entity_changes(db, kg: KnowledgeGraph, stored: _Stored, terms: NTriplesTerms,
                    changes: _Changes, stale: dict, kept: dict) -> dict[str, str]:
    """The state rows of the entities touched, and their slugs: a stored entity keeps its
    IRI, a new one gets the IRI a full build would give it (else _Rebuild)."""
    values = {terms.iri(prefix, local) for prefix, local in _ENTITY_ATTRIBUTES}
    slugs, fresh = {}, {}
    holders = _holders(db, [_alone_slug(key, kg.entities[key].name)
                            for key in kg.entities if key not in stored.entities])
    for key in sorted(kg.entities):
        e = kg.entities[key]
        state = {"name": e.name, "type": e.type, "names": dict(e._name_counts),
                 "types": dict(e._type_counts)}
        if key in stored.entities:
            slug, old = stored.entities[key]
            if e.name != old["name"] and _alone_slug(key, e.name) != _alone_slug(key, old["name"]):
                raise _Rebuild(f"the canonical name of {old['name']!r} became {e.name!r}, "
                               "which changes its IRI")
            same = (e.name, e.type, set(e._name_counts)) == (old["name"], old["type"], set(old["names"]))
            (kept if same else stale)[terms.iri("entity", slug)] = values
        else:
            slug = _new_slug(key, e.name, fresh, kg, holders)
            fresh[slug] = key
        slugs[key] = slug
        changes.entities.append((key, slug, json.dumps(state)))
    changes.counts["entities"] = len(fresh)
    return slugs


def _fact_changes(db, kg: KnowledgeGraph, stored: _Stored, terms: NTriplesTerms,
                  changes: _Changes, stale: dict, kept: dict) -> tuple[KnowledgeGraph, dict]:
    """The state rows of the facts that gained evidence, their merged attributes, and
    (in `kg`) only their new evidence. Returns the graph of these facts' stored values,
    and each fact's summary (`_merge`) by IRI."""
    values = {terms.iri(prefix, local) for prefix, local in _FACT_ATTRIBUTES}
    constants = {terms.iri(*name) for name in _FACT_CONSTANTS}
    before = KnowledgeGraph()
    day = _days(kg)
    summaries = {}
    for k, f in list(kg.facts.items()):
        fid = stored.fids[k]
        told_now = [e for e in f.evidence if e not in stored.seeded.get(k, ())]
        if not told_now:
            del kg.facts[k]
            continue
        state = stored.facts.get(fid)
        if state is None:
            old_bests = {}
        elif state["saturated"]:
            old_bests = dict(_select(db, "SELECT doc, best FROM fact_docs WHERE fact = ? AND doc IN",
                                     list({e.doc for e in told_now}), fid))
        else:
            old_bests = dict(db.execute("SELECT doc, best FROM fact_docs WHERE fact = ?", (fid,)))
        summary, bests = _merge(f, told_now, state, old_bests, day)
        summaries[terms.iri("fact", fid)] = summary
        changes.facts.append((fid, json.dumps(summary)))
        changes.fact_docs += [(fid, doc, best) for doc, best in bests.items()]
        if state is not None:
            before.facts[k] = Fact(k[0], k[1], k[2], negated=k[3], **dict(zip(_MERGED, state["merged"])))
            stale[terms.iri("fact", fid)] = values
            kept[terms.iri("fact", fid)] = constants
        f.evidence = told_now                # the stored evidence is in the store already
    changes.counts["facts"] = sum(fid not in stored.facts for fid, _ in changes.facts)
    for key in {k for f in before.facts.values() for k in (f.subject, f.object)} | {
            key for key, (slug, _) in stored.entities.items() if terms.iri("entity", slug) in stale}:
        before.entities[key] = stored.entity(key)
    return before, summaries


# -- the merge of one fact ----------------------------------------------------
def _merge(fact: Fact, told_now: list[Evidence], stored: dict | None,
           old_bests: dict[str, float], day: dict[str, str]) -> tuple[dict, dict[str, float]]:
    """The stored state of `fact` (settled over its deciding and new evidence) after it was
    told `told_now`; sets its confidence. `old_bests`: the stored best confidence of the
    documents of `told_now` (of every document while the fact is not saturated).
    Returns the state and the best confidences to store, by document."""
    bests: dict[str, float] = {}
    for e in told_now:                    # as Fact.settle: each document once, its best telling
        bests[e.doc] = max(bests.get(e.doc, old_bests.get(e.doc, 0.0)), e.confidence)
    fresh = [doc for doc in bests if doc not in old_bests]
    days = [d for d in (day.get(doc) for doc in fresh) if d]
    if stored is not None and stored["first"]:
        days += [stored["first"], stored["last"]]
    saturated = bool(stored and stored["saturated"])
    if not saturated:
        every = {**old_bests, **bests}
        fact.confidence = combined_confidence(every[doc] for doc in sorted(every))
        saturated = math.prod(1.0 - c for c in every.values()) < SATURATED
    else:
        fact.confidence = 1.0
    state = {"deciding": [[getattr(e, name) for name in _EVIDENCE_FIELDS] for e in fact.deciding()],
             "sources": (stored["sources"] if stored else 0) + len(fresh),
             "first": min(days) if days else None, "last": max(days) if days else None,
             "saturated": saturated, "merged": [getattr(fact, name) for name in _MERGED]}
    return state, bests


# -- RDF ------------------------------------------------------------------------
def _ntriples_with(kg: KnowledgeGraph, terms: NTriplesTerms, base: str, slugs: dict[str, str],
                   summaries: dict[str, dict], kept: dict[str, set[str]] | None = None,
                   lines: bool = False) -> str | list[str]:
    """N-Triples of the part `kg` of the graph, with the store's entity IRIs and each fact's
    source count and first and last seen over all its sources (`summaries`, by fact IRI),
    leaving out the predicates of a node the store holds already (`kept`, by node IRI);
    the list of lines if `lines`."""
    iri = {terms.iri("entity", s): terms.iri("entity", slugs[k]) for k, s in entity_slugs(kg).items()
           if s != slugs[k]}
    count, first, last = (terms.iri("aikg", n) for n in ("sourceCount", "firstSeen", "lastSeen"))
    out = []
    for s, pairs in statements(kg, terms, base=base):
        s = iri.get(s, s)
        if kept and s in kept:
            pairs = [(p, o) for p, o in pairs if p not in kept[s]]
        summary = summaries.get(s)
        if summary is not None:
            pairs = [(p, o) for p, o in pairs if p not in (count, first, last)]
            pairs.append((count, terms.typed(str(summary["sources"]), "integer")))
            if summary["first"]:
                pairs += [(first, terms.typed(summary["first"], "date")),
                          (last, terms.typed(summary["last"], "date"))]
        out += [f"{s} {p} {iri.get(o, o)} .\n" for p, o in pairs]
    return out if lines else "".join(out)


def _days(kg: KnowledgeGraph) -> dict[str, str]:
    """The ISO date of each article that has one (what firstSeen and lastSeen are made of)."""
    return {doc: d for doc, a in kg.articles.items() if a.date and (d := _iso_date(a.date))}


def _alone_slug(key: str, name: str) -> str:
    """The IRI slug of an entity no other entity's name competes with."""
    one = KnowledgeGraph()
    one.entities[key] = Entity(key, name, "Organization")
    return entity_slugs(one)[key]


def _holders(db, slugs: list[str]) -> Callable[[str], tuple[str, str] | None]:
    """Key and name of the stored entity holding a slug, looked up by slug (`slugs` at once)."""
    found = {slug: (key, json.loads(state)["name"]) for slug, key, state in _select(
        db, "SELECT slug, key, state FROM entities WHERE slug IN", slugs)}
    asked = set(slugs)

    def holder(slug: str) -> tuple[str, str] | None:
        if slug in found or slug in asked:
            return found.get(slug)
        row = db.execute("SELECT key, state FROM entities WHERE slug = ?", (slug,)).fetchone()
        return (row[0], json.loads(row[1])["name"]) if row else None
    return holder


def _new_slug(key: str, name: str, fresh: dict[str, str], kg: KnowledgeGraph,
              stored: Callable[[str], tuple[str, str] | None]) -> str:
    """The slug a full build would give the new entity `key`, if giving it changes no other
    entity's; `fresh`: the new entities of this add, by slug; `stored`: see `_holders`."""
    def holder(slug: str) -> tuple[str, str] | None:
        if slug in fresh:
            return fresh[slug], kg.entities[fresh[slug]].name
        return stored(slug)

    alone = _alone_slug(key, name)
    other = holder(alone)
    if other is None:
        return alone
    pair = KnowledgeGraph()
    pair.entities = {other[0]: Entity(other[0], other[1], "Organization"),
                     key: Entity(key, name, "Organization")}
    both = entity_slugs(pair)
    if both[other[0]] != alone:
        raise _Rebuild(f"the new entity {name!r} takes the IRI of {other[1]!r}")
    if holder(both[key]) is not None:
        raise _Rebuild(f"the IRI of the new entity {name!r} is taken")
    return both[key]


# -- SQLite -----------------------------------------------------------------------
def _write_state(db, gen: int, triples: list[tuple[int, int, str]], sources: dict,
                 changes: _Changes, manifest: dict, aliases: str, corrections: str) -> None:
    """The state rows of one add (`triples`: hash, generation, key), in the caller's transaction."""
    db.executemany("INSERT INTO triples(hash, gen, triple) VALUES (?, ?, ?)", triples)
    db.executemany("INSERT OR REPLACE INTO sources VALUES (?, ?, ?)",
                   [(doc, gen, json.dumps(s, sort_keys=True))
                    for doc, s in sources.items()])
    db.executemany("INSERT INTO articles VALUES (?, ?)", changes.articles)
    db.executemany("INSERT OR REPLACE INTO entities VALUES (?, ?, ?)", changes.entities)
    db.executemany("INSERT OR REPLACE INTO facts VALUES (?, ?)", changes.facts)
    db.executemany("INSERT OR REPLACE INTO fact_docs VALUES (?, ?, ?)", changes.fact_docs)
    db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", [
        ("generation", str(gen)), ("aliases", aliases), ("manifest", json.dumps(manifest)),
        ("corrections", corrections)])


def _stored_corrections(db) -> tuple[list[Correction], Outcome | None]:
    """The corrections the store applies and what they did; ([], None) without any."""
    text = _meta(db, "corrections")
    if not text:
        return [], None
    entries, outcome = fixes_.from_json(text)
    return (entries, outcome) if entries else ([], None)


def _meta(db, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _select(db, query: str, values: list, *before) -> list[tuple]:
    """`query` ending in 'IN', run over `values` in chunks (after the fixed `before` parameters)."""
    rows: list[tuple] = []
    for i in range(0, len(values), 500):
        chunk = values[i:i + 500]
        rows += db.execute(f"{query} ({','.join('?' * len(chunk))})", (*before, *chunk)).fetchall()
    return rows


def _sources_of(db, docs: list[str], gen: int) -> dict[str, dict]:
    """`_source` of each of `docs` that has one, in a few queries."""
    result: dict[str, dict] = {}
    for doc, _, text in sorted(_select(db, "SELECT doc, gen, source FROM sources WHERE gen <= ? AND doc IN",
                                       docs, gen)):
        result[doc] = json.loads(text)                 # the latest generation's wins
    return result


def _sources(db, gen: int) -> dict[str, dict]:
    result: dict[str, dict] = {}
    for doc, text in db.execute("SELECT doc, source FROM sources WHERE gen <= ? ORDER BY doc, gen",
                                (gen,)):
        result[doc] = json.loads(text)                 # the latest generation's wins
    return result


def _key(t: Triple) -> str:
    """A triple as stored: JSON, keys sorted, ASCII (a lone surrogate stays storable)."""
    return json.dumps(t.to_dict(), sort_keys=True)


def _hash(key: str) -> int:
    return int.from_bytes(hashlib.blake2b(key.encode("ascii"), digest_size=8).digest(),
                          "big", signed=True)


class _Reader(io.RawIOBase):
    """A binary file over an iterator of byte chunks (bulk_load reads it bit by bit)."""

    def __init__(self, chunks: Iterator[bytes]):
        self._chunks, self._buffer = chunks, b""

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        while not self._buffer:
            self._buffer = next(self._chunks, None)
            if self._buffer is None:
                self._buffer = b""
                return 0
        n = min(len(b), len(self._buffer))
        b[:n] = self._buffer[:n]
        self._buffer = self._buffer[n:]
        return n
