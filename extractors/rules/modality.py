"""What a clause says about its fact besides who and what: status and cue, negation,
and the amount, year and stake nearest the trigger within its own clause.

`Clues` reads a sentence's amounts, years, stakes and hearsay cue once, lazily;
`attributes(tok, clues, L)` reads the trigger's chain of governing verbs and
function words ("could", "a annoncé", "n'investira pas") for its status.
"""
from __future__ import annotations

from dataclasses import replace
from functools import cached_property, lru_cache
from typing import Iterator

from spacy.tokens import Span, Token

from extractors import attributes as attrs
from extractors.dates import relative_years
from extractors.rules.syntax import CLIMB, FUNCTION_DEPS, PASS_SUBJ, REL, SUBJ, clause_root, kids
from extractors.triple import Attributes


class Clues:
    """Amounts, years and stakes of one sentence, with offsets in the article, and
    its hearsay cue ("selon X", "according to"): each read only when a fact asks. The
    years include those of dates told relative to the article's date `day` ("last
    year", "le mois dernier", "mardi"; extractors/dates.py)."""

    def __init__(self, sent: Span, L, text: str, day: str | None = None):
        self.off, self.text, self.L, self.day = sent.start_char, text, L, day
        self._attributes: dict[tuple[int, str | None], Attributes] = {}

    def attributes(self, tok: Token, predicate: str | None = None) -> Attributes:
        """`attributes(tok, self, L, predicate)`, read once per trigger and predicate."""
        key = (tok.i, predicate)
        found = self._attributes.get(key)
        if found is None:
            found = self._attributes[key] = attributes(tok, self, self.L, predicate)
        return found

    @cached_property
    def _money(self) -> list:
        return attrs.find_amounts(self.text, self.L.LANG)

    @cached_property
    def amounts(self) -> tuple:
        # a valuation ("valued at $157 billion", "valorisée à 6 milliards") is no amount of a deal
        return tuple(replace(a, start=a.start + self.off, end=a.end + self.off)
                     for a in self._money
                     if not self.L.VALUATION.search(self.text[max(0, a.start - 32):a.start]))

    @cached_property
    def years(self) -> tuple:
        found = attrs.find_years(self.text, self.L.LANG, self._money)
        if self.day:
            found = sorted(found + relative_years(self.text, self.day))
        return tuple((s + self.off, e + self.off, y) for s, e, y in found)

    @cached_property
    def stakes(self) -> tuple:
        return tuple(replace(p, start=p.start + self.off, end=p.end + self.off)
                     for p in attrs.find_stakes(self.text, self.L.LANG))

    @cached_property
    def reported(self) -> tuple | None:
        return attrs.detect_reported(self.text, self.L.LANG)


def _predicate_after(tok: Token) -> Token | None:
    """"after its sale to X collapsed", parsed with the noun as the preposition's object and
    the verb with no subject: the verb right after the noun phrase is its predicate."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("pobj", "obl", "obl:mod", "nmod"):
        return None
    j = tok.right_edge.i + 1
    if j >= tok.sent.end:
        return None
    verb = tok.doc[j]
    if verb.pos_ != "VERB" or any(c.dep_ in SUBJ | PASS_SUBJ for c in kids(verb)):
        return None
    return verb


def _across_colon(cur: Token, head: Token) -> bool:
    """"X ne faiblit pas : Y s'allie à Z": a colon or semicolon between a clause and its head."""
    doc = cur.doc
    between = doc[head.i + 1:cur.left_edge.i] if head.i < cur.i else doc[cur.right_edge.i + 1:head.i]
    return any(t.text in (":", ";") for t in between)


def _impersonal(head: Token) -> Token | None:
    """"il ne serait pas surprenant que ...", "it is not impossible that ...": the adjective
    of a clause with a dummy subject, which says how likely the embedded fact is."""
    if not any(c.dep_ in ("expl:subj", "expl") or (c.dep_ in SUBJ and c.pos_ == "PRON") for c in kids(head)):
        return None
    if head.pos_ == "ADJ":
        return head
    return next((c for c in kids(head) if c.dep_ in ("acomp", "attr") and c.pos_ == "ADJ"), None)


def chain(tok: Token) -> list[Token]:
    """The trigger, the verbs that govern it, and their function words."""
    return _chain(tok)[0]


def _chain(tok: Token) -> tuple[list[Token], Token | None]:
    """`chain(tok)`, and the impersonal adjective that governs it, if any."""
    out, cur, judged = [], tok, None
    after = _predicate_after(tok)
    if after is not None:
        out += [after] + [c for c in kids(after) if c.dep_ in FUNCTION_DEPS]
    for _ in range(6):
        out.append(cur)
        out += [c for c in kids(cur) if c.dep_ in FUNCTION_DEPS
                # "has no plans to", "était en discussions pour"
                or (c.dep_ in ("det", "case") and c.i < cur.i and cur.pos_ == "NOUN")]
        # "walked away from its bid": the preposition hangs on the verb's adverb
        particle = cur.dep_ in ("advmod", "prt") and cur.head.pos_ == "VERB" and any(
            c.dep_ == "prep" for c in kids(cur))
        if cur.head.i == cur.i or cur.dep_ not in CLIMB | REL | PASS_SUBJ | {"nsubj"} and not particle:
            break
        if cur.dep_ in REL or (cur.dep_ in ("acl", "amod") and "VerbForm=Part" in cur.morph):
            break  # a relative or participle clause has its own tense and modality
        if cur.dep_ not in ("ccomp", "csubj", "xcomp") and any(
                c.dep_ == "mark" and c.pos_ in ("SCONJ", "ADV") for c in kids(cur)):
            break  # "..., although it was in talks to invest": a subordinate clause has its own
        if _across_colon(cur, cur.head):
            break
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ != "xcomp" and _impersonal(cur.head) is not None:
            judged = _impersonal(cur.head)  # "il ne serait pas surprenant que X investisse": X may invest
            break
        cur = cur.head
    return sorted(set(out), key=lambda t: t.i), judged


def _as_written(links: list[Token], cue: str) -> str:
    """`cue`, found in the words of `links` joined by spaces, as the article writes it:
    "n'investira pas", not "n' investira pas" (words the text writes together stay
    together; words the chain skips are one space apart)."""
    starts, at = [], 0
    for t in links:
        starts.append(at)
        at += len(t.text) + 1
    begin = " ".join(t.text for t in links).find(cue)
    if begin < 0:
        return cue
    end = begin + len(cue)
    out = []
    for k, t in enumerate(links):
        s, e = starts[k], starts[k] + len(t.text)
        if e <= begin or s >= end:
            continue
        out.append(t.text[max(0, begin - s):min(len(t.text), end - s)])
        if k + 1 < len(links) and starts[k + 1] < end:
            out.append(" " if links[k + 1].i != t.i + 1 or t.whitespace_ else "")
    return "".join(out)


def _denied_report(links: list[Token], L) -> Token | None:
    """The verb that denies the report a clause tells: "X denied reports that it would buy Y",
    "X a démenti les informations selon lesquelles il rachèterait Y"."""
    for t in links:
        noun = t.head
        if t.dep_ in REL | {"acl", "ccomp"} and noun.pos_ == "NOUN" and noun.lemma_.lower() in L.REPORT_NOUNS:
            verb = noun.head if noun.dep_ in ("dobj", "obj", "nsubj", "nsubj:pass", "nsubjpass") else None
            if verb is not None and (verb.lemma_.lower() in attrs.DENIAL_CUES[L.LANG]
                                     or verb.lower_ in attrs.DENIAL_CUES[L.LANG]):
                return verb
    return None


# predicates a failed deal ("the deal collapsed") negates; a partnership that collapsed was one
_UNDONE_BY_COLLAPSE = frozenset({"acquires", "invests-in", "supplies"})


# a trigger's chain of words ("has agreed to buy", "n'a pas investi") recurs across articles
_status = lru_cache(maxsize=8192)(attrs.detect_status)
_negated = lru_cache(maxsize=8192)(attrs.is_negated)


def attributes(tok: Token, clues: Clues, L, predicate: str | None = None) -> Attributes:
    """Status, cue, negation, amount, year and stake of the fact whose trigger is `tok`
    (of `predicate`, when the caller knows it)."""
    lang = L.LANG
    links, judged = _chain(tok)
    text = " ".join(t.text for t in links)
    status, cue = "completed", None
    found = _status(text, lang)
    if found:
        status, cue = found[0], found[1].strip()
    else:
        for t in links:
            if "Mood=Cnd" in t.morph:
                status, cue = "possible", t.text
                break
    # "Si l'accord se concrétise, X deviendra...", "If the deal closes, X will...": a condition
    condition = next((m for t in links for c in kids(t) if c.dep_ == "advcl"
                      for m in kids(c) if m.dep_ == "mark" and m.lower_ in L.CONDITIONALS), None)
    if condition is not None and status in ("completed", "announced", "planned"):
        status, cue = "possible", condition.text
    if judged is not None and status in ("completed", "announced", "planned"):
        status, cue = "possible", judged.text
    if status == "completed" and clues.reported:
        status, cue = clues.reported
    negated, neg_cue = _negated(text, lang)
    if not negated:
        denial = _denied_report(links, L)
        if denial is not None:  # "X denied reports that it would buy Y"
            negated, neg_cue = True, denial.text
    if negated and predicate not in (None, *_UNDONE_BY_COLLAPSE) and attrs.is_collapse(neg_cue, lang):
        negated = False  # "the $40bn deal with X collapses": the partnership was one
    if negated:
        status, cue = "denied", neg_cue
    if cue and cue not in (t.text for t in links):
        cue = _as_written(links, cue)
    # the amount and year nearest the trigger, within its own clause
    doc = tok.doc
    home = clause_root(tok)

    def same_clause(start: int) -> bool:
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        return span is not None and clause_root(span[0]).i == home.i

    amount = currency = year = None
    near = [m for m in clues.amounts if same_clause(m.start)]
    if near:
        best = min(near, key=lambda m: abs(m.start - tok.idx))
        amount, currency = best.amount, best.currency
    ys = [y for y in clues.years if same_clause(y[0])]
    if ys:
        year = min(ys, key=lambda y: abs(y[0] - tok.idx))[2]
    ps = [p for p in clues.stakes if same_clause(p.start)]
    stake = min(ps, key=lambda p: abs(p.start - tok.idx)).percent if ps else None
    return Attributes(amount, currency, year, status, cue, negated, stake)


# what a deal noun may stand for, when it names no one itself ("the deal collapsed")
_DEAL_PREDICATES = ("acquires", "invests-in")


def collapsed_facts(a, tok: Token, clues: Clues) -> Iterator:
    """"the merger fell through", "The deal collapsed in March", "le rachat a capoté": the
    deal the article told of last (in this or the two sentences before) did not happen. A
    negated telling of it, which `extract` then applies to every telling of that deal."""
    from extractors.rules.confidence import confidence
    from extractors.rules.frame import Found

    L = a.L
    if tok.pos_ not in ("NOUN", "PROPN") or a.res.mention_at(tok.i) is not None \
            or not attrs.may_tell_collapse(clues.text, L.LANG):
        return
    found = clues.attributes(tok)
    if not (found.negated and attrs.is_collapse(found.cue, L.LANG)):
        return
    frame = L.NOUNS.get(tok.lemma_.lower())
    wanted = (frame.predicate,) if frame is not None and frame.predicate in _UNDONE_BY_COLLAPSE else _DEAL_PREDICATES
    here = a.sentences
    for n, f in reversed(a.facts):
        if n < here - 2:
            break
        if f.predicate in wanted and not f.attributes.negated:
            at = replace(f.attributes, status="denied", cue=found.cue, negated=True)
            yield Found(f.subject, f.predicate, f.object, at, confidence("deal.collapsed"),
                        "deal.collapsed")
            return
