"""An on-disk graph that grows: `aikg build --store DIR` adds articles to what is there.

A store folder holds the triples extracted so far (the knowledge graph's
inputs) and an Oxigraph database of the RDF built from them, named by a small
manifest that is replaced atomically:

    DIR/manifest.json        {"generation": 3, "triples": "triples-3.jsonl",
                              "oxigraph": "oxigraph-3", "sources": "sources-3.json",
                              "base": ..., counts}
    DIR/triples-3.jsonl      every distinct triple, in the order first seen
    DIR/sources-3.json       title, date and address of the articles that have them
    DIR/oxigraph-3/          pyoxigraph Store: the data graph and the vocabulary

Adding triples merges them with the stored ones (a triple already there is
dropped, so re-reading an article changes nothing), rebuilds the
KnowledgeGraph from all of them (a new article lands on the existing entities,
whose IRIs come from canonical names, and adds evidence, sources and
confidence to existing facts), bulk-loads a new Oxigraph folder, then switches
the manifest to it. A run that stops half way leaves the previous generation
in use; readers never see a half-written database. So building A then B into a
store gives the same graph as building A and B at once.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Callable, Iterable

import pyoxigraph as ox

from extractors.errors import InputError
from extractors.triple import Triple
from graph.io import atomic_write
from graph.model import KnowledgeGraph
from graph.rdf import DEFAULT_BASE, vocabulary_ntriples
from graph.rdftext import ntriples

MANIFEST = "manifest.json"


def is_store(path: str | Path) -> bool:
    """True if `path` is a store folder written by `GraphStore`."""
    return (Path(path) / MANIFEST).is_file()


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
        """Every triple stored so far."""
        name = self.manifest().get("triples")
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
        name = self.manifest().get("sources")
        if not name:
            return {}
        path = self.path / name
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"cannot read the store's article sources {str(path)!r}: {exc}") from None

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
            *, base: str = DEFAULT_BASE, sources: dict[str, dict] | None = None
            ) -> tuple[KnowledgeGraph, int]:
        """Merge `triples` into the store; returns the whole graph and how many triples were new.

        `make_graph` turns the list of all triples into the KnowledgeGraph (the
        CLI passes one that knows the gazetteer's aliases). `sources`: title,
        date and address by doc (read once `triples` is consumed), kept with
        the stored ones. When nothing is new and the base is the same, the
        database is left as it is.
        """
        manifest = self.manifest()
        stored, known = self.triples(), self.sources()
        seen = {_key(t) for t in stored}
        added = []
        for t in triples:
            k = _key(t)
            if k not in seen:
                seen.add(k)
                added.append(t)
        everything = stored + added
        kg = (make_graph or KnowledgeGraph().add_all)(everything)
        new_sources = {doc: s for doc, s in (sources or {}).items() if known.get(doc) != s}
        known.update(new_sources)
        for doc, s in known.items():
            kg.describe(doc, **s)
        if not added and not new_sources and manifest and manifest.get("base") == base:
            return kg, 0
        self._write(kg, everything, base, manifest, known)
        return kg, len(added)

    def _write(self, kg: KnowledgeGraph, triples: list[Triple], base: str, old: dict,
               sources: dict[str, dict]) -> None:
        generation = int(old.get("generation", 0)) + 1
        db_name, triples_name = f"oxigraph-{generation}", f"triples-{generation}.jsonl"
        sources_name = f"sources-{generation}.json"
        self.path.mkdir(parents=True, exist_ok=True)
        db_path = self.path / db_name
        if db_path.exists():                      # left by a run that stopped half way
            shutil.rmtree(db_path)
        data = "".join(ntriples(kg, base=base)) + vocabulary_ntriples()
        store = ox.Store(str(db_path))
        store.bulk_load(data.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
        store.flush()
        del store
        atomic_write(self.path / triples_name,
                     "".join(json.dumps(t.to_dict(), ensure_ascii=False) + "\n" for t in triples))
        atomic_write(self.path / sources_name, json.dumps(sources, ensure_ascii=False, sort_keys=True))
        atomic_write(self.path / MANIFEST, json.dumps({
            "format": 1, "generation": generation, "base": base,
            "triples": triples_name, "oxigraph": db_name, "sources": sources_name,
            "counts": {"triples": len(triples), "entities": len(kg.entities),
                       "facts": len(kg.facts), "articles": len(kg.articles)},
        }, indent=2) + "\n")
        for name in (old.get("oxigraph"), old.get("triples"), old.get("sources")):
            if name and name not in (db_name, triples_name, sources_name):
                target = self.path / name
                if target.is_dir():
                    shutil.rmtree(target, ignore_errors=True)
                else:
                    target.unlink(missing_ok=True)


def _key(t: Triple) -> str:
    return json.dumps(t.to_dict(), ensure_ascii=False, sort_keys=True)
