"""The knowledge graph as RDF: entities, plain triples, fact nodes and provenance.

`build_rdf(kg)` returns an rdflib `Graph` holding the data only; `vocabulary()`
returns the classes and properties it uses (graph/data/vocabulary.ttl). The
shape (see DESIGN.md, "RDF"):

- each entity is ``{base}entity/{slug}``, typed with its class (aikg:Organization...),
  its canonical name in ``rdfs:label`` and its other names in ``skos:altLabel``;
- each asserted fact is the plain triple ``<s> aikg:invests-in <o>``, both ways
  for the symmetric partners-with and competes-with (what owl:SymmetricProperty
  entails, so queries need no reasoner);
- every fact, negated ones too, is also a node ``{base}fact/{hash}`` (aikg:Fact
  and rdf:Statement) with its attributes, ``prov:wasDerivedFrom`` each source
  article and one ``aikg:evidence`` node ``{base}evidence/{hash}`` per sentence;
- each article is ``{base}article/{hash}`` (aikg:Article, prov:Entity) with its path,
  language, title and date when known.

Every node is an IRI (no blank nodes), minted from a slug or a hash of keys,
never from raw text, so the same input always gives the same graph.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import re
from decimal import Decimal
from functools import lru_cache
from importlib import resources

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from extractors.errors import InputError, UnknownNameError
from extractors.triple import ENTITY_TYPES, PREDICATES, SYMMETRIC
from graph.canonical import slug
from graph.model import Evidence, Fact, KnowledgeGraph

AIKG = Namespace("https://aikg.dev/ontology#")
SCHEMA = Namespace("https://schema.org/")
DEFAULT_BASE = "https://aikg.dev/id/"

# prefixes bound in every graph aikg writes (and predeclared in queries)
NAMESPACES = {
    "aikg": str(AIKG), "dcterms": str(DCTERMS), "owl": str(OWL), "prov": str(PROV),
    "rdf": str(RDF), "rdfs": str(RDFS), "schema": str(SCHEMA), "skos": str(SKOS),
    "xsd": str(XSD),
}

_SLUG_MAX = 80
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_LANG_TAG = re.compile(r"^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$")
_ABSOLUTE_IRI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*$")


def vocabulary() -> Graph:
    """A fresh rdflib graph of the aikg vocabulary (classes, properties, labels)."""
    g = _new_graph()
    g.parse(data=vocabulary_text(), format="turtle")
    return g


@lru_cache(maxsize=1)
def vocabulary_text() -> str:
    """The Turtle text of the vocabulary file, as written."""
    return resources.files("graph").joinpath("data/vocabulary.ttl").read_text(encoding="utf-8")


def id_namespaces(base: str = DEFAULT_BASE) -> dict[str, str]:
    """Prefixes for the IRIs minted under `base`: entity, fact, evidence, article."""
    base = _check_base(base)
    return {name: f"{base}{name}/" for name in ("article", "entity", "evidence", "fact")}


def clean_text(text: str) -> str:
    """`text` with control characters and lone surrogates replaced by a space."""
    return _CONTROL.sub(" ", text)


def stable_hash(*parts: object) -> str:
    """16 hex digits of SHA-256 over `parts`; the same parts give the same hash in any run."""
    data = json.dumps(list(parts), ensure_ascii=True)   # unambiguous, lone surrogates too
    return hashlib.sha256(data.encode("ascii")).hexdigest()[:16]


def entity_slugs(kg: KnowledgeGraph) -> dict[str, str]:
    """Entity key -> the slug of its IRI, unique within `kg`.

    The slug comes from the canonical name. When several keys share one, the
    first key in sorted order keeps it and each other key gets a suffix made
    from a hash of its own key, so its IRI does not depend on which other
    entities happen to be in the graph. A name with no ASCII letter or digit
    (slug "entity") always gets the suffix.
    """
    natural = {e.key: slug(e.name)[:_SLUG_MAX].strip("-") or "entity"
               for e in kg.sorted_entities()}
    taken: set[str] = set()
    result: dict[str, str] = {}
    for key in sorted(natural):
        s = natural[key]
        if s in taken or s == "entity":
            s = f"{s}-{stable_hash(key)[:8]}"
            while s in taken:                      # astronomically rare
                s = f"{natural[key]}-{stable_hash(key, s)[:8]}"
        taken.add(s)
        result[key] = s
    return result


def fact_id(fact: Fact) -> str:
    """Stable identifier of a fact: a hash of its subject key, predicate, object key, negation."""
    return stable_hash(fact.subject, fact.predicate, fact.object, bool(fact.negated))


def evidence_id(fact: Fact, ev: Evidence) -> str:
    """Stable identifier of one piece of evidence of `fact`."""
    return stable_hash(fact_id(fact), ev.doc, ev.start, ev.end, ev.sentence, ev.extractor,
                       ev.status, ev.cue, ev.amount, ev.currency, ev.year, ev.confidence)


def article_id(doc: str) -> str:
    """Stable identifier of an article: a hash of its path."""
    return stable_hash(doc)


def build_rdf(kg: KnowledgeGraph, *, base: str = DEFAULT_BASE) -> Graph:
    """The data of `kg` as an rdflib graph (without the vocabulary), prefixes bound."""
    ns = {k: Namespace(v) for k, v in id_namespaces(base).items()}
    g = _new_graph()
    for prefix, iri in id_namespaces(base).items():
        g.bind(prefix, iri)

    slugs = entity_slugs(kg)
    entity = {key: ns["entity"][s] for key, s in slugs.items()}
    docs = set(kg.articles) | {ev.doc for f in kg.facts.values() for ev in f.evidence}
    article = {doc: ns["article"][article_id(doc)] for doc in docs}

    for e in kg.sorted_entities():
        node = entity[e.key]
        g.add((node, RDF.type, AIKG[e.type] if e.type in ENTITY_TYPES else AIKG.Entity))
        g.add((node, RDFS.label, _text(e.name)))
        for alias in sorted(e.aliases):
            g.add((node, SKOS.altLabel, _text(alias)))

    for doc in sorted(docs):
        node, a = article[doc], kg.articles.get(doc)
        g.add((node, RDF.type, AIKG.Article))
        g.add((node, RDF.type, PROV.Entity))
        g.add((node, AIKG.path, _text(doc)))
        if a is None:
            continue
        lang = _lang(a.lang)
        if lang:
            g.add((node, DCTERMS.language, Literal(lang)))
        if a.title:
            g.add((node, DCTERMS.title, _text(a.title, lang)))
        if a.date:
            g.add((node, DCTERMS.date, _date(a.date)))

    for f in kg.sorted_facts():
        if f.predicate not in PREDICATES:
            raise UnknownNameError("predicate", f.predicate, list(PREDICATES))
        s, p, o = entity[f.subject], AIKG[f.predicate], entity[f.object]
        if not f.negated:
            g.add((s, p, o))
            if f.predicate in SYMMETRIC:
                g.add((o, p, s))
        node = ns["fact"][fact_id(f)]
        g.add((node, RDF.type, AIKG.Fact))
        g.add((node, RDF.type, RDF.Statement))
        g.add((node, RDF.subject, s))
        g.add((node, RDF.predicate, p))
        g.add((node, RDF.object, o))
        g.add((node, AIKG.negated, Literal(bool(f.negated))))
        g.add((node, AIKG.sourceCount, _integer(len(f.sources))))
        _add_attributes(g, node, f.amount, f.currency, f.year, f.status, f.cue, f.confidence)
        for doc in f.sources:
            g.add((node, PROV.wasDerivedFrom, article[doc]))
        for ev in f.evidence:
            en = ns["evidence"][evidence_id(f, ev)]
            g.add((node, AIKG.evidence, en))
            g.add((en, RDF.type, AIKG.Evidence))
            g.add((en, PROV.wasDerivedFrom, article[ev.doc]))
            a = kg.articles.get(ev.doc)
            g.add((en, AIKG.sentence, _text(ev.sentence, _lang(a.lang) if a else None)))
            g.add((en, AIKG.start, _integer(ev.start)))
            g.add((en, AIKG.end, _integer(ev.end)))
            if ev.extractor:
                g.add((en, AIKG.extractor, _text(ev.extractor)))
            _add_attributes(g, en, ev.amount, ev.currency, ev.year, ev.status, ev.cue,
                            ev.confidence)
    return g


def _add_attributes(g: Graph, node: URIRef, amount, currency, year, status, cue,
                    confidence) -> None:
    """The attributes a fact and each of its evidence share; missing ones are left out."""
    values = (
        (AIKG.amount, _decimal(amount)),
        (AIKG.currency, _text(currency) if currency else None),
        (AIKG.year, _integer(year) if year is not None else None),
        (AIKG.status, _text(status) if status else None),
        (AIKG.cue, _text(cue) if cue else None),
        (AIKG.confidence, _decimal(round(float(confidence), 4)) if confidence is not None
         else None),
    )
    for prop, value in values:
        if value is not None:
            g.add((node, prop, value))


def _new_graph() -> Graph:
    g = Graph(bind_namespaces="none")
    for prefix, iri in NAMESPACES.items():
        g.bind(prefix, iri)
    return g


def _check_base(base: str) -> str:
    if not _ABSOLUTE_IRI.match(base or ""):
        raise InputError(f"base IRI {base!r} is not an absolute IRI; "
                         f"use one like {DEFAULT_BASE!r}")
    return base if base.endswith(("/", "#")) else base + "/"


def _text(value: str, lang: str | None = None) -> Literal:
    return Literal(clean_text(str(value)), lang=lang or None)


def _lang(code: str | None) -> str | None:
    code = (code or "").strip()
    return code.lower() if _LANG_TAG.match(code) else None


def _integer(n: int) -> Literal:
    return Literal(str(int(n)), datatype=XSD.integer)


def _decimal(x: float | int | Decimal | None) -> Literal | None:
    """A canonical xsd:decimal (25e9 -> "25000000000.0", 0.8 -> "0.8"); None if not finite.

    The form always has a decimal point, as Turtle's short decimal syntax does,
    so the literal re-parses to exactly the same term.
    """
    if x is None:
        return None
    d = Decimal(repr(x)) if isinstance(x, float) else Decimal(x)
    if not d.is_finite():
        return None
    text = format(d, "f")
    text = text.rstrip("0").rstrip(".") if "." in text else text
    return Literal(text + ".0" if "." not in text else text, datatype=XSD.decimal)


def _date(value: str) -> Literal:
    """xsd:date for a valid ISO date (2025-01-31), else the text as it is."""
    value = clean_text(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            _dt.date.fromisoformat(value)
            return Literal(value, datatype=XSD.date)
        except ValueError:
            pass
    return Literal(value)
