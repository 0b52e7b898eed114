"""Triples merged into a knowledge graph of canonical entities and facts.

A `KnowledgeGraph` is the one in-memory model every export reads:

- `entities`: one `Entity` per canonical key, with its display name, type and
  the other names it was seen under;
- `facts`: one `Fact` per (subject, predicate, object, negated), symmetric
  predicates stored with their two ends in a stable order, each with merged
  attributes and the list of `Evidence` (sentence, document, offsets);
- `articles`: what is known of each source document; `days`, the ISO date of
  each dated one.

A fact's reports are its evidence in date order (`Fact.history`): each gives
the article's date, its status and cue. The fact's status is that of its
latest dated report (the most certain of that day); an undated report never
overrides a dated one, and without dated reports the most certain status
wins. Reports that give different amounts or years mark the fact `conflict`,
each value kept on its evidence.
"""
from __future__ import annotations

import collections
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Iterator, Mapping

from extractors.triple import STATUSES, SYMMETRIC, Triple
from graph.canonical import name_key, strip_legal_suffix

if TYPE_CHECKING:
    import networkx as nx

_STATUS_RANK = {s: i for i, s in enumerate(STATUSES)}


@dataclass
class Entity:
    key: str
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    _name_counts: collections.Counter = field(default_factory=collections.Counter, repr=False)
    _type_counts: collections.Counter = field(default_factory=collections.Counter, repr=False)
    # ids of the corrections (graph/corrections.py) that changed this entity
    corrected_by: list[str] = field(default_factory=list, compare=False)

    def observe(self, name: str, type_: str) -> None:
        self._name_counts[name] += 1
        self._type_counts[type_] += 1
        # most frequent spelling wins; ties go to one without a legal suffix,
        # then to the longer ("Mistral AI" over "Mistral"), then in sort order
        self.name = min(self._name_counts, key=lambda n: (
            -self._name_counts[n], strip_legal_suffix(n) != n, -len(n), n))
        self.type = min(self._type_counts, key=lambda t: (-self._type_counts[t], t))
        self.aliases = set(self._name_counts) - {self.name}


@dataclass(frozen=True, slots=True)
class Evidence:
    doc: str
    sentence: str
    start: int
    end: int
    confidence: float
    status: str
    cue: str | None
    extractor: str
    amount: float | None = None
    currency: str | None = None
    year: int | None = None
    stake: float | None = None

    @classmethod
    def of(cls, t: Triple) -> "Evidence":
        """The evidence one triple gives for its fact."""
        a = t.attributes
        return cls(t.doc, t.sentence, t.start, t.end, t.confidence, a.status, a.cue,
                   t.extractor, a.amount, a.currency, a.year, a.stake)


def combined_confidence(best_per_doc: Iterable[float]) -> float:
    """A fact's confidence from the best confidence of its telling in each document, in
    document order: independent sources raise it, 1 - prod(1 - c)."""
    miss = 1.0
    for c in best_per_doc:
        miss *= 1.0 - c
    return round(1.0 - miss, 4)


def _deciding(evidence: list[Evidence]) -> tuple[Evidence | None, Evidence | None,
                                                 Evidence | None, Evidence]:
    """In sorted evidence, the ones the merged attributes come from: the first with an
    amount, with a year, with a stake, and the most certain status (the first of its rank)."""
    return (next((e for e in evidence if e.amount is not None), None),
            next((e for e in evidence if e.year is not None), None),
            next((e for e in evidence if e.stake is not None), None),
            min(evidence, key=lambda e: _STATUS_RANK.get(e.status, 99)))


def _latest(evidence: list[Evidence], day: Mapping[str, str]) -> Evidence | None:
    """In sorted evidence, the report the current status comes from: of the latest
    dated day, the most certain (the first of its rank); None when none is dated."""
    chosen, chosen_key = None, None
    for e in evidence:
        d = day.get(e.doc)
        if d is not None:
            k = (d, -_STATUS_RANK.get(e.status, 99))
            if chosen_key is None or k > chosen_key:
                chosen, chosen_key = e, k
    return chosen


def _values(evidence: list[Evidence]) -> list[Evidence]:
    """In sorted evidence, the first to give each of the first two distinct amounts and
    each of the first two distinct years: whether reports disagree (`conflict`) needs no
    more, whatever evidence comes later (a value first told after the second kept one
    can never be among the first two), so a fact told with 500 amounts keeps 2, not 500."""
    amounts: list = []
    years: list = []
    out = []
    for e in evidence:
        keep = False
        if e.amount is not None and len(amounts) < 2 and (e.amount, e.currency) not in amounts:
            amounts.append((e.amount, e.currency))
            keep = True
        if e.year is not None and len(years) < 2 and e.year not in years:
            years.append(e.year)
            keep = True
        if keep:
            out.append(e)
        elif len(amounts) == len(years) == 2:
            break
    return out


_NO_DAYS: Mapping[str, str] = {}


@dataclass
class Fact:
    subject: str          # entity key
    predicate: str
    object: str           # entity key
    negated: bool = False
    amount: float | None = None
    currency: str | None = None
    year: int | None = None
    stake: float | None = None        # percent of the capital
    status: str = "completed"
    cue: str | None = None
    confidence: float = 0.0
    evidence: list[Evidence] = field(default_factory=list)
    conflict: bool = False            # reports disagree on the amount or the year
    # a person rejected it (graph/corrections.py): kept, negated, with its evidence
    rejected: bool = False
    # ids of the corrections that changed this fact
    corrected_by: list[str] = field(default_factory=list, compare=False)
    # the evidence already told, for an O(1) test; whether attributes wait for `settle`
    _told: set = field(default_factory=set, init=False, repr=False, compare=False)
    _unsettled: bool = field(default=False, init=False, repr=False, compare=False)
    _latest: Evidence | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._told = set(self.evidence)

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return (self.subject, self.predicate, self.object, self.negated)

    @property
    def sources(self) -> list[str]:
        """Distinct source documents, in a stable order."""
        return sorted({e.doc for e in self.evidence})

    def add(self, t: Triple) -> bool:
        """Record one telling of the fact, in O(1): the merged attributes wait for
        `settle` (the graph settles its facts before they are read). False if the
        same telling was already recorded."""
        ev = Evidence.of(t)
        if ev in self._told:
            return False
        self._told.add(ev)
        self.evidence.append(ev)
        self._unsettled = True
        return True

    def absorb(self, other: "Fact") -> None:
        """Take the evidence and corrections of `other`, a fact that merges into this one."""
        for ev in other.evidence:
            if ev not in self._told:
                self._told.add(ev)
                self.evidence.append(ev)
                self._unsettled = True
        self.rejected = self.rejected or other.rejected
        self.corrected_by += [c for c in other.corrected_by if c not in self.corrected_by]

    def settle(self, day: Mapping[str, str] = _NO_DAYS) -> None:
        """Sort the evidence and merge its attributes, once after any number of `add`s;
        computed from all evidence, so the result does not depend on the order in which
        triples arrived. `day`: the ISO date of each dated document."""
        if not self._unsettled:
            return
        self._unsettled = False
        self.evidence.sort(key=lambda e: (e.doc, e.start, e.sentence, e.extractor, e.status))
        amount, year, stake, best = _deciding(self.evidence)
        self.amount, self.currency = (amount.amount, amount.currency) if amount else (None, None)
        self.year = year.year if year else None
        self.stake = stake.stake if stake else None
        self._latest = _latest(self.evidence, day) if day else None
        self.status, self.cue = (self._latest or best).status, (self._latest or best).cue
        self.conflict = (len({(e.amount, e.currency) for e in self.evidence if e.amount is not None}) > 1
                         or len({e.year for e in self.evidence if e.year is not None}) > 1)
        # each document counts once, with its most confident telling
        best_per_doc: dict[str, float] = {}
        for e in self.evidence:
            best_per_doc[e.doc] = max(best_per_doc.get(e.doc, 0.0), e.confidence)
        self.confidence = combined_confidence(best_per_doc.values())

    def deciding(self) -> list[Evidence]:
        """The few pieces of evidence the merged amount, currency, year, stake, status and
        cue were taken from, in evidence order: settling these together with any further
        evidence gives the same attributes as settling all of it (graph/store.py keeps
        only these of a stored fact)."""
        self.settle()
        chosen = {id(e) for e in (*_deciding(self.evidence), self._latest, *_values(self.evidence))
                  if e is not None}
        return [e for e in self.evidence if id(e) in chosen]

    def history(self, day: Mapping[str, str]) -> list[tuple[str | None, Evidence]]:
        """Its reports in date order, each with its article's date (`day`, by doc);
        undated reports last, in evidence order."""
        self.settle(day)
        dated = sorted(((day[e.doc], i, e) for i, e in enumerate(self.evidence) if e.doc in day),
                       key=lambda x: x[:2])
        return ([(d, e) for d, _, e in dated]
                + [(None, e) for e in self.evidence if e.doc not in day])


@dataclass
class Article:
    doc: str
    lang: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    path: str | None = None    # the real path of its file: its identity, however it was typed
    sha256: str | None = None  # of its text, to tell the same text under two names


class KnowledgeGraph:
    """Canonical entities and merged facts, built from a stream of triples."""

    def __init__(self, aliases: dict[str, str] | None = None):
        # alias name key -> canonical name key (from the gazetteer)
        self.aliases = dict(aliases or {})
        self.entities: dict[str, Entity] = {}
        self._facts: dict[tuple[str, str, str, bool], Fact] = {}
        self._unsettled: list[Fact] = []  # facts told again since they were last read
        self.articles: dict[str, Article] = {}
        # the ISO date of each dated document (its article's, or told by a store)
        self.days: dict[str, str] = {}
        self._redated = False             # a date changed since the facts were settled
        # the corrections applied to this graph (graph/corrections.py), in file order
        self.corrections: list = []

    @property
    def facts(self) -> dict[tuple[str, str, str, bool], Fact]:
        """The merged facts, their attributes settled: adding a telling is O(1), and each
        fact's evidence is sorted and merged once, when the facts are next read."""
        if self._redated:            # statuses hang on dates: settle every fact again
            self._redated = False
            self._unsettled = list(self._facts.values())
            for f in self._unsettled:
                f._unsettled = True
        if self._unsettled:
            for f in self._unsettled:
                f.settle(self.days)
            self._unsettled = []
        return self._facts

    # -- building ---------------------------------------------------------
    def entity_key(self, name: str) -> str:
        k = name_key(name)
        return self.aliases.get(k, k)

    def node_key(self, name: str) -> str:
        """The key of the entity `name` stands for in this graph (the name itself if it
        has no key, such as a name of punctuation only)."""
        return self.entity_key(name) or name

    def _entity(self, name: str, type_: str) -> str:
        key = self.node_key(name)
        ent = self.entities.get(key)
        if ent is None:
            ent = self.entities[key] = Entity(key, name, type_)
        ent.observe(name, type_)
        return key

    def fact_key(self, t: Triple) -> tuple[str, str, str, bool] | None:
        """The key of the fact `t` tells, or None when its subject and object are one entity."""
        return _fact_key(self.node_key(t.subject), t.predicate, self.node_key(t.object),
                         t.attributes.negated)

    def add(self, t: Triple) -> None:
        k = _fact_key(self._entity(t.subject, t.subject_type), t.predicate,
                      self._entity(t.object, t.object_type), t.attributes.negated)
        if k is None:
            return
        s, o = k[0], k[2]
        fact = self._facts.get(k)
        if fact is None:
            fact = self._facts[k] = Fact(s, t.predicate, o, negated=k[3])
        was_settled = not fact._unsettled
        if fact.add(t) and was_settled:
            self._unsettled.append(fact)
        self.articles.setdefault(t.doc, Article(t.doc, t.lang))

    def put(self, fact: Fact) -> None:
        """Hold `fact` as it is, under its key (a store seeding the facts it holds),
        without reading the facts: reading them settles every fact, so a seed of n facts
        through `facts` would settle n times n when dates are known."""
        self._facts[fact.key] = fact

    def add_all(self, triples: Iterable[Triple]) -> "KnowledgeGraph":
        for t in triples:
            self.add(t)
        return self

    def add_article(self, article: Article) -> None:
        self.articles[article.doc] = article
        self.date(article.doc, article.date)

    def date(self, doc: str, date: str | None) -> None:
        """Know `doc`'s date (an ISO date; anything else leaves the document undated)."""
        iso = iso_day(date)
        if iso is not None and self.days.get(doc) != iso:
            self.days[doc] = iso
            self._redated = True

    def describe(self, doc: str, *, title: str | None = None, date: str | None = None,
                 url: str | None = None, path: str | None = None,
                 sha256: str | None = None) -> None:
        """Give an article the graph has facts from its title, date and address
        (as its source had them), the real path it was read from (its identity,
        never written out) and the hash of its text; articles without facts are not kept."""
        a = self.articles.get(doc)
        if a is not None:
            a.title, a.date, a.url = title or a.title, date or a.date, url or a.url
            a.path, a.sha256 = path or a.path, sha256 or a.sha256
            self.date(doc, a.date)

    # -- reading ----------------------------------------------------------
    def sorted_facts(self) -> Iterator[Fact]:
        return iter(sorted(self.facts.values(), key=lambda f: (f.subject, f.predicate, f.object, f.negated)))

    def sorted_entities(self) -> Iterator[Entity]:
        return iter(sorted(self.entities.values(), key=lambda e: e.key))

    def asserted_facts(self) -> Iterator[Fact]:
        """Facts the text states as having happened or being possible; not the denied ones."""
        return (f for f in self.sorted_facts() if not f.negated)

    def to_networkx(self) -> nx.MultiDiGraph:
        """Nodes keyed by entity key; one edge per fact, keyed by its predicate."""
        import networkx as nx  # here: every other command does without it

        g = nx.MultiDiGraph()
        for e in self.sorted_entities():
            g.add_node(e.key, label=e.name, type=e.type, aliases=sorted(e.aliases))
        for f in self.sorted_facts():
            g.add_edge(f.subject, f.object, key=f.predicate + (":negated" if f.negated else ""),
                       predicate=f.predicate, negated=f.negated, status=f.status, cue=f.cue,
                       amount=f.amount, currency=f.currency, year=f.year, stake=f.stake,
                       confidence=f.confidence, conflict=f.conflict, sources=f.sources,
                       evidence=[{"sentence": e.sentence, "doc": e.doc} for e in f.evidence])
        return g

    def __len__(self) -> int:
        return len(self.facts)


def iso_day(value: str | None) -> str | None:
    """`value` if it is an ISO date (2025-01-31), else None."""
    if not value or len(value) != 10 or value[4] != "-" or value[7] != "-":
        return None
    import datetime

    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        return None


def alias_keys() -> dict[str, str]:
    """The gazetteer's aliases, by name key: alias -> canonical name."""
    from extractors.lexicon import gazetteer_aliases

    return {name_key(a): name_key(c) for a, c in gazetteer_aliases().items()}


def knowledge_graph(triples: Iterable[Triple]) -> KnowledgeGraph:
    """The graph `aikg build` makes of `triples`: names merged by the gazetteer's aliases too."""
    return KnowledgeGraph(alias_keys()).add_all(triples)


def _fact_key(s: str, predicate: str, o: str, negated: bool) -> tuple[str, str, str, bool] | None:
    if s == o:
        return None
    if predicate in SYMMETRIC and o < s:
        s, o = o, s
    return (s, predicate, o, bool(negated))
