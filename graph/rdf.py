"""The knowledge graph as RDF: entities, plain triples, fact nodes and provenance.

`statements(kg, terms)` walks the model once and yields every node's triples;
`build_rdf(kg)` turns them into an rdflib `Graph` holding the data only, and
graph/rdftext.py into N-Triples or Turtle text (fast, for large graphs).
`vocabulary()` returns the classes and properties it uses
(graph/data/vocabulary.ttl). The shape (see DESIGN.md, "RDF"):

- each entity is ``{base}entity/{slug}``, typed with its class (aikg:Organization...),
  its canonical name in ``rdfs:label`` and its other names in ``skos:altLabel``;
- each asserted fact is the plain triple ``<s> aikg:invests-in <o>``, both ways
  for the symmetric partners-with and competes-with (what owl:SymmetricProperty
  entails, so queries need no reasoner);
- every fact, negated ones too, is also a node ``{base}fact/{hash}`` (aikg:Fact
  and rdf:Statement) with its attributes, ``prov:wasDerivedFrom`` each source
  article, first and last seen (the dates of its dated articles), its status
  (its latest dated report's), ``aikg:conflict true`` when its reports disagree
  on the amount or the year, and one ``aikg:evidence`` node
  ``{base}evidence/{hash}`` per sentence, with its own status, cue, amount and
  year and its article's date (``aikg:date``);
- each article is ``{base}article/{hash}`` (aikg:Article, prov:Entity) with its path,
  language, title, date and address (schema:url) when known.

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
from typing import Iterator

from rdflib import XSD, Graph, Literal, Namespace, URIRef

from extractors.errors import UnknownNameError
from extractors.triple import ENTITY_TYPES, PREDICATES, SYMMETRIC
from graph.canonical import slug
from graph.model import Evidence, Fact, KnowledgeGraph
from graph.namespaces import DEFAULT_BASE, NAMESPACES, id_namespaces

AIKG = Namespace(NAMESPACES["aikg"])
SCHEMA = Namespace(NAMESPACES["schema"])

_SLUG_MAX = 80
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_LANG_TAG = re.compile(r"^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$")
_MINTED = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*:.*[/#])(?:article|correction|entity|evidence|fact)/[^/#?]+$")


def vocabulary() -> Graph:
    """A fresh rdflib graph of the aikg vocabulary (classes, properties, labels)."""
    g = _new_graph()
    g.parse(data=vocabulary_text(), format="turtle")
    return g


@lru_cache(maxsize=1)
def vocabulary_text() -> str:
    """The Turtle text of the vocabulary file, as written."""
    return resources.files("graph").joinpath("data/vocabulary.ttl").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def vocabulary_ntriples() -> str:
    """The vocabulary as N-Triples, sorted, its blank nodes labelled canonically (RDFC-1.0)."""
    import pyoxigraph as ox

    dataset = ox.Dataset(ox.Quad(t.subject, t.predicate, t.object)
                         for t in ox.parse(vocabulary_text(), format=ox.RdfFormat.TURTLE))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return "".join(sorted(f"{q.subject} {q.predicate} {q.object} .\n" for q in dataset))


def base_of(iri: str) -> str | None:
    """The base `iri` was minted under (``{base}entity/openai`` -> ``{base}``), or None
    when it is not an entity, fact, evidence or article IRI."""
    m = _MINTED.match(iri)
    return m.group(1) if m else None


def clean_text(text: str) -> str:
    """`text` with control characters, lone surrogates and U+FFFE/U+FFFF (not allowed in
    XML) replaced by a space."""
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
    return _evidence_id(fact_id(fact), ev)


def _evidence_id(fid: str, ev: Evidence) -> str:
    # numbers as floats: an amount read back from JSONL is an int, and must give the same IRI
    amount = None if ev.amount is None else float(ev.amount)
    stake = None if ev.stake is None else float(ev.stake)
    return stable_hash(fid, ev.doc, ev.start, ev.end, ev.sentence, ev.extractor,
                       ev.status, ev.cue, amount, ev.currency, ev.year, float(ev.confidence), stake)


def article_id(doc: str) -> str:
    """Stable identifier of an article: a hash of its path."""
    return stable_hash(doc)


def build_rdf(kg: KnowledgeGraph, *, base: str = DEFAULT_BASE) -> Graph:
    """The data of `kg` as an rdflib graph (without the vocabulary), prefixes bound."""
    g = _new_graph()
    for prefix, iri in id_namespaces(base).items():
        g.bind(prefix, iri)
    add = g.add
    for s, pairs in statements(kg, RdflibTerms(prefixes(base)), base=base):
        for p, o in pairs:
            add((s, p, o))
    return g


def prefixes(base: str = DEFAULT_BASE) -> dict[str, str]:
    """Every prefix aikg writes: the vocabularies' and those of the IRIs minted under `base`."""
    return {**NAMESPACES, **id_namespaces(base)}


class RdflibTerms:
    """Term factory for `statements`: rdflib terms."""

    def __init__(self, namespaces: dict[str, str]):
        self.namespaces = namespaces

    def iri(self, prefix: str, local: str) -> URIRef:
        return URIRef(self.namespaces[prefix] + local)

    def text(self, value: str, lang: str | None = None) -> Literal:
        return Literal(value, lang=lang)

    def typed(self, lexical: str, datatype: str) -> Literal:
        return Literal(lexical, datatype=XSD[datatype])


def statements(kg: KnowledgeGraph, terms, *, base: str = DEFAULT_BASE) -> Iterator[tuple]:
    """The RDF of `kg` as ``(subject, [(predicate, object), ...])``, one block per node.

    `terms` makes the terms, so that one walk over the model feeds rdflib
    (`RdflibTerms`) and the fast text writers (graph/rdftext.py) alike:
    ``iri(prefix, local)`` for ``prefix`` in `prefixes(base)`, ``text(value, lang)``
    for a string already cleaned of control characters, ``typed(lexical, datatype)``
    for an xsd datatype named by its local name. Blocks come in a stable order
    (entities by key, articles by path, each fact by key followed by its evidence)
    and no triple comes twice.
    """
    id_namespaces(base)                       # checks the base
    iri, typed = terms.iri, terms.typed

    def text(value, lang=None):
        return terms.text(clean_text(str(value)), lang)

    def aikg(local):
        return iri("aikg", local)

    A, TYPE = aikg, iri("rdf", "type")
    LABEL, ALT = iri("rdfs", "label"), iri("skos", "altLabel")
    DERIVED = iri("prov", "wasDerivedFrom")
    TRUE, FALSE = typed("true", "boolean"), typed("false", "boolean")
    predicate = {p: aikg(p) for p in PREDICATES}
    classes = {t: aikg(t) for t in ENTITY_TYPES}
    attribute = [aikg(n) for n in ("amount", "currency", "year", "stake", "status", "cue", "confidence")]

    def attributes(amount, currency, year, stake, status, cue, confidence) -> list:
        values = (
            typed(a, "decimal") if (a := _decimal_lexical(amount)) else None,
            text(currency) if currency else None,
            typed(str(int(year)), "integer") if year is not None else None,
            typed(p, "decimal") if (p := _decimal_lexical(stake)) else None,
            text(status) if status else None,
            text(cue) if cue else None,
            typed(_decimal_lexical(round(float(confidence), 4)), "decimal")
            if confidence is not None else None,
        )
        return [(p, v) for p, v in zip(attribute, values) if v is not None]

    entity = {key: iri("entity", s) for key, s in entity_slugs(kg).items()}
    docs = sorted(set(kg.articles) | {ev.doc for f in kg.facts.values() for ev in f.evidence})
    article = {doc: iri("article", article_id(doc)) for doc in docs}
    lang = {doc: _lang(a.lang) for doc, a in kg.articles.items()}
    day = {doc: _iso_date(a.date) for doc, a in kg.articles.items() if a.date}
    facts = list(kg.sorted_facts())
    corrections = {c.id: c for c in getattr(kg, "corrections", ())}
    correction = {cid: iri("correction", cid) for cid in corrections}
    INFLUENCED = iri("prov", "wasInfluencedBy")

    def influences(thing) -> list:
        return [(INFLUENCED, correction[cid]) for cid in sorted(set(thing.corrected_by))
                if cid in correction]

    plain: dict[str, list[tuple[str, str]]] = {}
    for f in facts:
        if f.predicate not in PREDICATES:
            raise UnknownNameError("predicate", f.predicate, list(PREDICATES))
        if not f.negated:
            plain.setdefault(f.subject, []).append((f.predicate, f.object))
            if f.predicate in SYMMETRIC:
                plain.setdefault(f.object, []).append((f.predicate, f.subject))

    for e in kg.sorted_entities():
        pairs = [(TYPE, classes.get(e.type) or aikg("Entity")), (LABEL, text(e.name))]
        pairs += [(ALT, text(alias)) for alias in sorted(e.aliases)]
        pairs += [(predicate[p], entity[o]) for p, o in sorted(plain.get(e.key, ()))]
        pairs += influences(e)
        yield entity[e.key], pairs

    for cid, c in sorted(corrections.items()):
        pairs = [(TYPE, A("Correction")), (TYPE, iri("prov", "Activity")),
                 (LABEL, text(c.describe())), (A("correctionKind"), text(c.kind)),
                 (A("correctionFile"), text(c.file)),
                 (A("correctionLine"), typed(str(int(c.line)), "integer")),
                 (A("correctionEntry"), text(json.dumps(c.entry(), ensure_ascii=False,
                                                        sort_keys=True, default=str)))]
        if c.note:
            pairs.append((iri("rdfs", "comment"), text(c.note)))
        if c.by:
            pairs.append((A("correctedBy"), text(c.by)))
        yield correction[cid], pairs

    for doc in docs:
        pairs = [(TYPE, A("Article")), (TYPE, iri("prov", "Entity")), (A("path"), text(doc))]
        a = kg.articles.get(doc)
        if a is not None:
            if lang[doc]:
                pairs.append((iri("dcterms", "language"), text(lang[doc])))
            if a.title:
                pairs.append((iri("dcterms", "title"), text(a.title, lang[doc])))
            if a.date:
                pairs.append((iri("dcterms", "date"), typed(day[doc], "date") if day[doc]
                              else text(a.date.strip())))
            if a.url and a.url.strip():
                pairs.append((iri("schema", "url"), typed(clean_text(a.url.strip()), "anyURI")))
        yield article[doc], pairs

    FACT, STATEMENT = A("Fact"), iri("rdf", "Statement")
    SUBJECT, PREDICATE, OBJECT = iri("rdf", "subject"), iri("rdf", "predicate"), iri("rdf", "object")
    NEGATED, SOURCES, EVIDENCE = A("negated"), A("sourceCount"), A("evidence")
    FIRST, LAST, CONFLICT, DATE = A("firstSeen"), A("lastSeen"), A("conflict"), A("date")
    EVIDENCE_CLASS, SENTENCE, START, END = A("Evidence"), A("sentence"), A("start"), A("end")
    EXTRACTOR = A("extractor")
    dates: dict[str, object] = {}   # ISO date -> its literal, made once (every evidence carries one)

    def date(iso: str):
        found = dates.get(iso)
        if found is None:
            found = dates[iso] = typed(iso, "date")
        return found

    for f in facts:
        fid = fact_id(f)
        sources = f.sources
        pairs = [(TYPE, FACT), (TYPE, STATEMENT), (SUBJECT, entity[f.subject]),
                 (PREDICATE, predicate[f.predicate]), (OBJECT, entity[f.object]),
                 (NEGATED, TRUE if f.negated else FALSE),
                 (SOURCES, typed(str(len(sources)), "integer"))]
        pairs += attributes(f.amount, f.currency, f.year, f.stake, f.status, f.cue, f.confidence)
        seen = sorted(d for d in (day.get(doc) for doc in sources) if d)
        if seen:
            pairs += [(FIRST, date(seen[0])), (LAST, date(seen[-1]))]
        if f.conflict:
            pairs.append((CONFLICT, TRUE))
        pairs += [(DERIVED, article[doc]) for doc in sources]
        if f.rejected:
            pairs.append((A("rejected"), TRUE))
        if any(ev.extractor == "manual" for ev in f.evidence):
            pairs.append((A("source"), text("manual")))
        pairs += influences(f)
        evidence = [(iri("evidence", _evidence_id(fid, ev)), ev) for ev in f.evidence]
        pairs += [(EVIDENCE, node) for node, _ in evidence]
        yield iri("fact", fid), pairs
        for node, ev in evidence:
            epairs = [(TYPE, EVIDENCE_CLASS), (DERIVED, article[ev.doc]),
                      (SENTENCE, text(ev.sentence, lang.get(ev.doc))),
                      (START, typed(str(int(ev.start)), "integer")),
                      (END, typed(str(int(ev.end)), "integer"))]
            if ev.extractor:
                epairs.append((EXTRACTOR, text(ev.extractor)))
            if day.get(ev.doc):
                epairs.append((DATE, date(day[ev.doc])))
            epairs += attributes(ev.amount, ev.currency, ev.year, ev.stake, ev.status, ev.cue,
                                 ev.confidence)
            yield node, epairs


def _new_graph() -> Graph:
    g = Graph(bind_namespaces="none")
    for prefix, iri in NAMESPACES.items():
        g.bind(prefix, iri)
    return g


def _lang(code: str | None) -> str | None:
    code = (code or "").strip()
    return code.lower() if _LANG_TAG.match(code) else None


def _decimal_lexical(x: float | int | Decimal | None) -> str | None:
    """The canonical xsd:decimal form (25e9 -> "25000000000.0", 0.8 -> "0.8"); None if not finite.

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
    return text + ".0" if "." not in text else text


def _iso_date(value: str | None) -> str | None:
    """`value` if it is a valid ISO date (2025-01-31), else None."""
    value = clean_text(value or "").strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            _dt.date.fromisoformat(value)
            return value
        except ValueError:
            pass
    return None
