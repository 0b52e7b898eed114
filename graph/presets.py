"""Ready-made SPARQL queries: `aikg query GRAPH --preset investors-of OpenAI`.

Each preset is a fixed query text. The entity name the user gives is looked up
as an RDF literal in the store's label index (`entities_named`); the query then
starts from the IRIs found there (aikg's own, minted from canonical names) in a
VALUES clause, so no text of the user's ever becomes query text and the query
does not scan every label. The name is also bound to ``?name`` through
pyoxigraph's substitutions (SEP-0007) for the result column, which
`run_preset` drops. A name matches an entity as `aikg view` matches it: its
``rdfs:label`` or any of its ``skos:altLabel``s, case and accents folded
("openai", "DeepSeek R1" for DeepSeek-R1); a name that matches none raises an
`InputError` naming close names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from extractors.errors import InputError, UnknownNameError
from extractors.triple import ENTITY_TYPES
from graph.canonical import NameIndex
from graph.query import Rows, open_graph, run_query

_SYMMETRIC = "aikg:partners-with, aikg:competes-with"
_RELATIONS = " ".join(f"aikg:{p}" for p in (
    "invests-in", "acquires", "partners-with", "competes-with", "supplies", "develops",
    "owns", "founded", "leads", "sues", "accuses", "based-in"))


@dataclass(frozen=True)
class Preset:
    name: str
    description: str
    sparql: str
    takes_name: bool = True


PRESETS = {p.name: p for p in (
    Preset("investors-of", "who invests in NAME, largest amount first", """
SELECT DISTINCT ?name ?investor ?amount ?currency ?status ?sources WHERE {
  ?target rdfs:label|skos:altLabel ?name .
  ?fact rdf:object ?target ; rdf:predicate aikg:invests-in ; aikg:negated false ;
        rdf:subject ?i ; aikg:status ?status ; aikg:sourceCount ?sources .
  ?i rdfs:label ?investor .
  OPTIONAL { ?fact aikg:amount ?amount }
  OPTIONAL { ?fact aikg:currency ?currency }
} ORDER BY DESC(?amount) ?investor"""),
    Preset("neighbours", "every entity one asserted relation away from NAME", f"""
SELECT DISTINCT ?name ?relation ?direction ?neighbour ?type WHERE {{
  ?e rdfs:label|skos:altLabel ?name .
  VALUES ?p {{ {_RELATIONS} }}
  {{ ?e ?p ?n . BIND(IF(?p IN ({_SYMMETRIC}), "both", "out") AS ?direction) }}
  UNION
  {{ ?n ?p ?e . FILTER(?p NOT IN ({_SYMMETRIC})) BIND("in" AS ?direction) }}
  ?n rdfs:label ?neighbour ; a ?class .
  BIND(STRAFTER(STR(?p), "#") AS ?relation)
  BIND(STRAFTER(STR(?class), "#") AS ?type)
}} ORDER BY ?relation ?direction ?neighbour"""),
    Preset("top-investors", "the 20 entities that invest in the most others", """
SELECT ?investor (COUNT(?target) AS ?investments) WHERE {
  ?i aikg:invests-in ?target ; rdfs:label ?investor .
} GROUP BY ?i ?investor ORDER BY DESC(?investments) ?investor LIMIT 20""", takes_name=False),
    Preset("facts-about", "every fact NAME takes part in, denied ones too, surest first", """
SELECT ?name ?subject ?relation ?object ?status ?negated ?amount ?currency ?year ?confidence ?sources
WHERE {
  ?e rdfs:label|skos:altLabel ?name .
  { ?fact rdf:subject ?e } UNION { ?fact rdf:object ?e }
  ?fact rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; aikg:status ?status ;
        aikg:negated ?negated ; aikg:confidence ?confidence ; aikg:sourceCount ?sources .
  ?s rdfs:label ?subject .
  ?o rdfs:label ?object .
  OPTIONAL { ?fact aikg:amount ?amount }
  OPTIONAL { ?fact aikg:currency ?currency }
  OPTIONAL { ?fact aikg:year ?year }
  BIND(STRAFTER(STR(?p), "#") AS ?relation)
} ORDER BY DESC(?confidence) ?subject ?relation ?object"""),
    Preset("history", "the reports about NAME (or NAME and OTHER) in date order, undated last",
           """
SELECT DISTINCT ?name ?date ?subject ?relation ?object ?status ?cue ?amount ?currency ?source WHERE {
  ?e rdfs:label|skos:altLabel ?name .
  { ?fact rdf:subject ?e } UNION { ?fact rdf:object ?e }
  #OTHER
  ?fact rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; aikg:negated ?negated ;
        aikg:evidence ?ev .
  ?ev aikg:status ?status ; prov:wasDerivedFrom/aikg:path ?source .
  OPTIONAL { ?ev aikg:date ?date }
  OPTIONAL { ?ev aikg:cue ?cue }
  OPTIONAL { ?ev aikg:amount ?amount }
  OPTIONAL { ?ev aikg:currency ?currency }
  ?s rdfs:label ?subject .
  ?o rdfs:label ?object .
  BIND(IF(?negated, CONCAT("not ", STRAFTER(STR(?p), "#")), STRAFTER(STR(?p), "#")) AS ?relation)
} ORDER BY (!BOUND(?date)) ?date ?source ?subject ?relation ?object"""),
)}


def get(name: str) -> Preset:
    if name not in PRESETS:
        raise UnknownNameError("preset", name, list(PRESETS))
    return PRESETS[name]


def bindings(preset: Preset, value: str | None) -> dict | None:
    """The substitutions for `preset`: ``?name`` bound to `value` as a literal."""
    if preset.takes_name:
        if value is None or not value.strip():
            raise InputError(f"preset {preset.name!r} needs an entity name, "
                             f"e.g. --preset {preset.name} OpenAI")
        return {ox.Variable("name"): ox.Literal(value.strip())}
    if value is not None:
        raise InputError(f"preset {preset.name!r} takes no name (got {value!r})")
    return None


_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_ALT_LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
_NAMED = re.compile(r"\?(\w+) rdfs:label\|skos:altLabel \?name \.")


def entities_named(store: ox.Store, value: str,
                   aliases: dict[str, str] | None = None) -> list[ox.NamedNode]:
    """The entities `value` names, matched as `aikg view` matches (`graph.canonical.NameIndex`:
    canonical name or alias, case and accents folded, gazetteer aliases); an `InputError`
    naming close names when there is none.

    An exact label or alias is found through the store's index; any other spelling
    by folding the names of the store's entities."""
    name = ox.Literal(value.strip())
    found = {q.subject for p in (_LABEL, _ALT_LABEL) for q in store.quads_for_pattern(None, p, name)
             if isinstance(q.subject, ox.NamedNode) and _is_entity(store, q.subject)}
    if found:
        return sorted(found, key=lambda n: n.value)
    index = NameIndex(aliases)
    names: dict[ox.NamedNode, list[str]] = {}
    labels: dict[ox.NamedNode, str] = {}
    for p in (_LABEL, _ALT_LABEL):
        for q in store.quads_for_pattern(None, p, None):
            if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.Literal):
                names.setdefault(q.subject, []).append(q.object.value)
                if p == _LABEL:
                    labels[q.subject] = q.object.value
    for node, spelled in names.items():
        if _is_entity(store, node):
            index.add(node.value, spelled, labels.get(node, spelled[0]))
    iris = index.find(value)
    if not iris:
        raise InputError(index.not_found(value))
    return [ox.NamedNode(iri) for iri in iris]


_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_CLASSES = frozenset(f"https://aikg.dev/ontology#{t}" for t in (*ENTITY_TYPES, "Entity"))


def _is_entity(store: ox.Store, node: ox.NamedNode) -> bool:
    """True if `node` is typed with one of aikg's entity classes (not a term of the vocabulary)."""
    return any(q.object.value in _CLASSES for q in store.quads_for_pattern(node, _TYPE, None))


def run_history(graph: str | Path | ox.Store, words: list[str], *,
                aliases: dict[str, str] | None = None) -> tuple[list[str], Rows]:
    """The `history` preset: the reports about one entity, or about two together.

    `words` are the names as given on the command line: all of them one name if
    an entity is called so ("Mistral AI"), else split in two names (the first that
    works: ``Globex Initech``, ``"Mistral AI" Nvidia``)."""
    store = graph if isinstance(graph, ox.Store) else open_graph(graph)
    words = [w for w in words if w.strip()]
    if not words:
        raise InputError("preset 'history' needs an entity name, e.g. --preset history OpenAI, "
                         "or two: --preset history SoftBank OpenAI")
    whole = " ".join(words)
    try:
        return run_preset(store, "history", whole, aliases=aliases)
    except InputError as alone:
        if len(words) < 2:
            raise
        for i in range(1, len(words)):
            first, other = " ".join(words[:i]), " ".join(words[i:])
            try:
                entities_named(store, first, aliases)
                iris = " ".join(str(n) for n in entities_named(store, other, aliases))
            except InputError:
                continue
            return run_preset(store, "history", first, aliases=aliases, other=iris)
        raise alone from None


def run_preset(graph: str | Path | ox.Store, name: str, value: str | None = None, *,
               aliases: dict[str, str] | None = None, other: str | None = None
               ) -> tuple[list[str], Rows]:
    """Run the preset `name` on `graph` (a file, a store folder or a Store), binding `value`.

    The entities named `value` are first looked up in the store's label index;
    the query then starts from those IRIs (ours, minted by aikg: no text of the
    user's reaches the query) instead of scanning every label, which keeps the
    presets interactive on a graph of millions of triples.
    """
    preset = get(name)
    subs = bindings(preset, value)
    store = graph if isinstance(graph, ox.Store) else open_graph(graph)
    sparql = preset.sparql
    if preset.takes_name:
        iris = " ".join(str(n) for n in entities_named(store, value, aliases))
        sparql = _NAMED.sub(lambda m: f"VALUES ?{m.group(1)} {{ {iris} }}", sparql, count=1)
    # the history of a pair: facts whose other end is one of the IRIs `other` (aikg's own)
    sparql = sparql.replace("#OTHER", "" if other is None else (
        f"VALUES ?other {{ {other} }} {{ ?fact rdf:subject ?other }} UNION {{ ?fact rdf:object ?other }}"))
    columns, rows = run_query(store, sparql, substitutions=subs)
    if columns[:1] == ["name"] and preset.takes_name:
        return columns[1:], [row[1:] for row in rows]
    return columns, rows
