"""What a GRAPH argument may be, read the same way by every command that takes one.

`aikg query`, `export`, `push`, `serve` and `view` all accept:

- an RDF file aikg writes: Turtle (``.ttl``), N-Triples (``.nt``), JSON-LD
  (``.jsonld``), or any other RDF file whose extension names its syntax;
- ``triples.jsonl``: the triples `aikg build` (or `aikg extract`) writes;
- a store folder made by ``aikg build --store``.

`rdf_store(path)` gives the RDF (for SPARQL), `ntriples(path)` its N-Triples
text (for an upload), `knowledge_graph(path)` the model (for an export or a
page), `as_of(path, date)` the model as known on a date. Nothing is fetched: a JSON-LD document with a remote context is refused.
Errors are `InputError`s with one line that says which inputs are taken.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

import pyoxigraph as ox

from extractors.errors import InputError
from extractors.triple import Attributes, Triple
from graph.model import KnowledgeGraph
from graph.model import knowledge_graph as model_graph
from graph.namespaces import DEFAULT_BASE, NAMESPACES

INPUTS = "an RDF file aikg writes (.ttl, .nt, .jsonld), a triples .jsonl file or a --store folder"
JSONL_SUFFIXES = (".jsonl", ".ndjson")

MakeGraph = Callable[[Iterable[Triple]], KnowledgeGraph]


def kind(path: str | Path) -> str:
    """``"store"``, ``"jsonl"`` or ``"rdf"``; an `InputError` for anything else."""
    from graph.store import is_store

    p = Path(path)
    if not p.exists():
        raise InputError(f"graph not found: {str(p)!r}; give {INPUTS} "
                         f"(made by 'aikg build')")
    if p.is_dir():
        if is_store(p):
            return "store"
        raise InputError(f"{str(p)!r} is a folder but not an aikg store; give {INPUTS}")
    suffix = p.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if _rdf_format(p) is None:
        raise InputError(f"cannot tell what {str(p)!r} holds from its name; give {INPUTS}")
    return "rdf"


def _rdf_format(p: Path):
    return ox.RdfFormat.from_extension(p.suffix.lstrip(".").lower()) if p.suffix else None


# -- triples ------------------------------------------------------------------
def read_triples(path: str | Path) -> list[Triple]:
    """The triples of a JSONL file, one JSON object per line."""
    p = Path(path)
    out = []
    try:
        with p.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    out.append(Triple.from_dict(json.loads(line)))
                except (ValueError, KeyError, TypeError, AttributeError) as exc:
                    raise InputError(f"{str(p)!r} line {n} is not a triple of aikg's JSONL "
                                     f"({type(exc).__name__}: {exc}); give {INPUTS}") from None
    except OSError as exc:
        raise InputError(f"cannot read {str(p)!r}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise InputError(f"{str(p)!r} is not UTF-8 text; give {INPUTS}") from None
    return out


def triples(path: str | Path) -> list[Triple]:
    """The triples behind any GRAPH input (read back from the RDF for an RDF file)."""
    from graph.store import GraphStore

    k = kind(path)
    if k == "store":
        return GraphStore(path).triples()
    if k == "jsonl":
        return read_triples(path)
    return _triples_from_rdf(_load_file(Path(path)))


def knowledge_graph(path: str | Path, make_graph: MakeGraph | None = None, *,
                    corrected: bool = True) -> KnowledgeGraph:
    """The model of any GRAPH input, with its articles' titles, dates and addresses (and a
    store's corrections, unless `corrected` is False)."""
    from graph.store import GraphStore

    make = make_graph or model_graph  # names merged as `aikg build` merges them
    k = kind(path)
    if k == "store":
        return GraphStore(path).graph(make, corrected=corrected)
    if k == "jsonl":
        return make(read_triples(path))
    rdf = _load_file(Path(path))
    kg = make(_triples_from_rdf(rdf))
    _describe_from_rdf(kg, rdf)
    return kg


@dataclass
class AsOf:
    """A graph as known on a date (`as_of`): how many of its articles were left out as
    dated after it, and how many were kept undated."""
    graph: KnowledgeGraph
    later: int
    undated: int

    def summary(self, date: str) -> str:
        return (f"as of {date}: {self.later} article{'s' * (self.later != 1)} dated after it left out, "
                f"{self.undated} undated kept")


def as_of(path: str | Path, date: str, make_graph: MakeGraph | None = None, *,
          corrected: bool = True) -> AsOf:
    """The graph of any GRAPH input as it was known on `date` (YYYY-MM-DD), as `aikg build
    --as-of` builds it: the articles dated after it left out, undated ones kept; a store's
    corrections applied to what is left, unless `corrected` is False. A triples .jsonl file holds no article dates:
    all its articles count as undated."""
    from graph.store import GraphStore

    make = make_graph or model_graph
    full = knowledge_graph(path, make, corrected=False)
    later = {doc for doc, a in full.articles.items() if a.date and a.date > date}  # ISO dates sort
    kg = make(t for t in triples(path) if t.doc not in later)
    for doc, a in full.articles.items():
        if doc not in later:
            kg.describe(doc, title=a.title, date=a.date, url=a.url, path=a.path, sha256=a.sha256)
    if corrected and kind(path) == "store" and (entries := GraphStore(path).corrections()[0]):
        from graph.corrections import apply

        apply(kg, entries)
    undated = sum(1 for a in full.articles.values() if not a.date)
    return AsOf(kg, len(later), undated)


def graph_store(kg: KnowledgeGraph, *, base: str = DEFAULT_BASE) -> ox.Store:
    """`kg` as RDF in an in-memory Store (for SPARQL)."""
    store = ox.Store()
    store.bulk_load(_ntriples_of(kg, base).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


# -- RDF ------------------------------------------------------------------------
def rdf_store(path: str | Path, *, base: str = DEFAULT_BASE) -> ox.Store:
    """The RDF of any GRAPH input as a Store (a store folder is opened read-only)."""
    from graph.store import GraphStore

    k = kind(path)
    if k == "store":
        return GraphStore(path).open()
    if k == "rdf":
        return _load_file(Path(path))
    return graph_store(model_graph(read_triples(path)), base=base)


def ntriples(path: str | Path, *, base: str = DEFAULT_BASE) -> tuple[bytes, int]:
    """The N-Triples text of any GRAPH input and how many triples it holds."""
    store = rdf_store(path, base=base)
    quads = [q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())]
    return ox.serialize(quads, format=ox.RdfFormat.N_TRIPLES) or b"", len(quads)


def copy_into(path: str | Path, target: ox.Store, *, base: str = DEFAULT_BASE) -> int:
    """Load any GRAPH input into `target` (an empty store); how many triples it holds."""
    k = kind(path)
    if k == "rdf":
        p = Path(path)
        _bulk_load(target, p)
    elif k == "jsonl":
        target.bulk_load(_ntriples_of(model_graph(read_triples(path)), base).encode("utf-8"),
                         format=ox.RdfFormat.N_TRIPLES)
    else:
        target.bulk_extend(rdf_store(path))
    target.flush()
    return len(target)


def _ntriples_of(kg: KnowledgeGraph, base: str) -> str:
    from graph.rdf import vocabulary_ntriples
    from graph.rdftext import ntriples as nt_text

    return "".join(nt_text(kg, base=base)) + vocabulary_ntriples()


def _load_file(p: Path) -> ox.Store:
    store = ox.Store()
    _bulk_load(store, p)
    return store


def _bulk_load(store: ox.Store, p: Path) -> None:
    fmt = _rdf_format(p)
    try:
        store.bulk_load(path=str(p), format=fmt)
    except SyntaxError as exc:
        raise InputError(f"cannot read {str(p)!r} as {fmt.name}: "
                         f"{' '.join(str(exc).split())}") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read {str(p)!r}: {' '.join(str(exc).split())}") from None


_EVIDENCE = """
SELECT ?path ?lang ?subject ?stype ?p ?object ?otype ?negated ?sentence ?start ?end
       ?confidence ?extractor ?amount ?currency ?year ?stake ?status ?cue WHERE {
  ?f a aikg:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
     aikg:negated ?negated ; aikg:evidence ?ev .
  ?s rdfs:label ?subject ; a ?stype .
  ?o rdfs:label ?object ; a ?otype .
  ?ev aikg:sentence ?sentence ; aikg:start ?start ; aikg:end ?end ; prov:wasDerivedFrom ?a .
  ?a aikg:path ?path .
  OPTIONAL { ?a dcterms:language ?lang }
  OPTIONAL { ?ev aikg:confidence ?confidence }
  OPTIONAL { ?ev aikg:extractor ?extractor }
  OPTIONAL { ?ev aikg:amount ?amount }
  OPTIONAL { ?ev aikg:currency ?currency }
  OPTIONAL { ?ev aikg:year ?year }
  OPTIONAL { ?ev aikg:stake ?stake }
  OPTIONAL { ?ev aikg:status ?status }
  OPTIONAL { ?ev aikg:cue ?cue }
}"""


def _value(term):
    return None if term is None else term.value


def _number(term, kind=float):
    return None if term is None else kind(float(term.value))


def _triples_from_rdf(store: ox.Store) -> list[Triple]:
    """The triples an aikg RDF graph was built from, read back from its evidence nodes."""
    ns = NAMESPACES["aikg"]
    out = []
    for row in store.query(_EVIDENCE, prefixes=NAMESPACES):
        stype, otype = row["stype"].value, row["otype"].value
        if not (stype.startswith(ns) and otype.startswith(ns) and row["p"].value.startswith(ns)):
            continue
        year = _number(row["year"], int)
        attributes = Attributes(_number(row["amount"]), _value(row["currency"]), year,
                                _value(row["status"]) or "completed", _value(row["cue"]),
                                row["negated"].value == "true", _number(row["stake"]))
        out.append(Triple(
            doc=row["path"].value, lang=_value(row["lang"]) or "",
            subject=row["subject"].value, subject_type=stype[len(ns):],
            predicate=row["p"].value[len(ns):],
            object=row["object"].value, object_type=otype[len(ns):],
            attributes=attributes, sentence=row["sentence"].value,
            start=int(row["start"].value), end=int(row["end"].value),
            confidence=_number(row["confidence"]) or 0.0,
            extractor=_value(row["extractor"]) or ""))
    out.sort(key=lambda t: (t.doc, t.start, t.subject, t.predicate, t.object))
    return out


_ARTICLES = """
SELECT ?path ?title ?date ?url WHERE {
  ?a a aikg:Article ; aikg:path ?path .
  OPTIONAL { ?a dcterms:title ?title } OPTIONAL { ?a dcterms:date ?date }
  OPTIONAL { ?a schema:url ?url }
}"""


_ALIASES = "SELECT ?name ?alias WHERE { ?e rdfs:label ?name ; skos:altLabel ?alias }"


def _describe_from_rdf(kg: KnowledgeGraph, store: ox.Store) -> None:
    """The articles' titles, dates and addresses and the entities' other names, from the RDF."""
    for row in store.query(_ARTICLES, prefixes=NAMESPACES):
        kg.describe(row["path"].value, title=_value(row["title"]), date=_value(row["date"]),
                    url=_value(row["url"]))
    for row in store.query(_ALIASES, prefixes=NAMESPACES):
        entity = kg.entities.get(kg.entity_key(row["name"].value))
        if entity is not None and row["alias"].value != entity.name:
            entity.aliases.add(row["alias"].value)
