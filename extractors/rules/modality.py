"""What a clause says about its fact besides who and what: status and cue, negation,
and the amount, year and stake nearest the trigger within its own clause.

`Clues` reads a sentence's amounts, years, stakes and hearsay cue once, lazily;
`attributes(tok, clues, L)` reads the trigger's chain of governing verbs and
function words ("could", "a annoncé", "n'investira pas") for its status.
"""
from __future__ import annotations

from dataclasses import replace
from functools import cached_property

from spacy.tokens import Span, Token

from extractors import attributes as attrs
from extractors.rules.syntax import CLIMB, FUNCTION_DEPS, PASS_SUBJ, REL, clause_root
from extractors.triple import Attributes


class Clues:
    """Amounts, years and stakes of one sentence, with offsets in the article, and
    its hearsay cue ("selon X", "according to"): each read only when a fact asks."""

    def __init__(self, sent: Span, L, text: str):
        self.off, self.text, self.L = sent.start_char, text, L

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
        return tuple((s + self.off, e + self.off, y)
                     for s, e, y in attrs.find_years(self.text, self.L.LANG, self._money))

    @cached_property
    def stakes(self) -> tuple:
        return tuple(replace(p, start=p.start + self.off, end=p.end + self.off)
                     for p in attrs.find_stakes(self.text, self.L.LANG))

    @cached_property
    def reported(self) -> tuple | None:
        return attrs.detect_reported(self.text, self.L.LANG)


def chain(tok: Token) -> list[Token]:
    """The trigger, the verbs that govern it, and their function words."""
    out, cur = [], tok
    for _ in range(6):
        out.append(cur)
        out += [c for c in cur.children if c.dep_ in FUNCTION_DEPS]
        if cur.head.i == cur.i or cur.dep_ not in CLIMB | REL | PASS_SUBJ | {"nsubj"}:
            break
        if cur.dep_ in REL or (cur.dep_ in ("acl", "amod") and "Part" in cur.morph.get("VerbForm")):
            break  # a relative or participle clause has its own tense and modality
        cur = cur.head
    return sorted(set(out), key=lambda t: t.i)


def attributes(tok: Token, clues: Clues, L) -> Attributes:
    """Status, cue, negation, amount, year and stake of the fact whose trigger is `tok`."""
    lang = L.LANG
    links = chain(tok)
    text = " ".join(t.text for t in links)
    status, cue = "completed", None
    found = attrs.detect_status(text, lang)
    if found:
        status, cue = found[0], found[1].strip()
    else:
        for t in links:
            if "Cnd" in t.morph.get("Mood"):
                status, cue = "possible", t.text
                break
    # "Si l'accord se concrétise, X deviendra...", "If the deal closes, X will...": a condition
    condition = next((m for t in links for c in t.children if c.dep_ == "advcl"
                      for m in c.children if m.dep_ == "mark" and m.lower_ in L.CONDITIONALS), None)
    if condition is not None and status in ("completed", "announced", "planned"):
        status, cue = "possible", condition.text
    if status == "completed" and clues.reported:
        status, cue = clues.reported
    negated, neg_cue = attrs.is_negated(text, lang)
    if negated:
        status, cue = "denied", neg_cue
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
