"""Where an organisation is based, and hyphenated modifiers.

"Paris-based X", "basée à Helsinki", "headquartered in", "X, dont le siège est
à Y", "its headquarters in Y", demonyms ("la start-up française X", "an Israeli
startup"), and "Microsoft-backed OpenAI", "Amazon-owned Zoox".
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Span, Token

from extractors.coref import Ref
from extractors.lexicon import canonical_place, demonym_place
from extractors.rules.args import Args
from extractors.rules.confidence import confidence
from extractors.rules.frame import Found
from extractors.rules.syntax import OBJ, SUBJ, prep_args, prep_of
from extractors.rules.types import ORG, PLACE, PROJ, fit_type
from extractors.triple import Attributes


def _found(subject: Ref, predicate: str, obj: Ref, rule: str) -> Found:
    """A standing fact (no status of its own) found by construction `rule`."""
    return Found(subject, predicate, obj, Attributes(), confidence(rule, "completed", False), rule)


def _place(name: str) -> Ref:
    return Ref(canonical_place(name), PLACE, False)


def is_hyphen_suffix(tok: Token, sent: Span, L) -> bool:
    """"Microsoft-backed", "Paris-based": a suffix after a hyphen inside the sentence."""
    return tok.i > sent.start + 1 and tok.nbor(-1).text == "-" and (
        tok.lower_ in L.HYPHEN_SUFFIXES or tok.lower_ in L.BASED_SUFFIX)


def hyphen_facts(a: Args, tok: Token) -> Iterator[Found]:
    """"Microsoft-backed OpenAI", "Amazon-owned Zoox"; "Paris-based X"."""
    low = tok.lower_
    if low in a.L.HYPHEN_SUFFIXES:
        m = a.res.mention_at(tok.i - 2)
        target = a.described(tok)
        if m is not None and target is not None:
            yield _found(a.res.ref(m), a.L.HYPHEN_SUFFIXES[low], target, "hyphen.modifier")
        return
    place_tok = tok.nbor(-2)
    m = a.res.mention_at(place_tok.i)
    place = a.res.doc[m.start:m.end].text if m is not None else place_tok.text
    target = a.described(tok)
    if target:
        yield _found(target, "based-in", _place(place), "place.hyphen-based")


def place_facts(a: Args, tok: Token) -> Iterator[Found]:
    """based-in from "basée à Y", a headquarters noun or a demonym at `tok`."""
    L, low = a.L, tok.lower_
    # "basée à Helsinki", "based in London", "headquartered in"
    if tok.lemma_.lower() in L.BASED_VERBS or low in L.BASED_VERBS:
        places = []
        for p, arg in prep_args(tok):
            if p in L.BASED_PREPS:
                places += [r for r in a.refs(arg) if r.type == PLACE]
        target = a.described(tok)
        if target is None:
            subj = a.subjects(tok)
            target = subj[0] if subj else None
        if target:
            for place in places:
                yield _found(target, "based-in", _place(place.name), "place.based-verb")
        return
    # "X, dont le siège est à Y", "X a son siège à Y", "its headquarters in Y"
    if tok.lemma_.lower() in L.SEAT_NOUNS or low in L.SEAT_NOUNS:
        yield from _seat(a, tok)
        return
    # demonyms: "la start-up française X", "le néerlandais X", "an Israeli startup"
    place = demonym_place(tok.text, L.LANG) if tok.pos_ in ("ADJ", "NOUN", "PROPN") else None
    if place and not (tok.text[:1].isupper() and L.LANG == "fr" and tok.pos_ == "PROPN"):
        target = a.described(tok)
        if target and fit_type(target, {ORG, PROJ}) in (ORG, PROJ):
            yield _found(target, "based-in", Ref(place, PLACE, False), "place.demonym")


def _place_after(a: Args, tok: Token) -> list[Ref]:
    """The place named after `tok` in its clause, whatever the parse made of it:
    "le siège est à Heidelberg", "headquarters are in Austin" (up to the next comma)."""
    doc, end = tok.doc, tok.sent.end
    for j in range(tok.i + 1, min(end - 1, tok.i + 8)):
        if doc[j].text in (",", ";", "(") or (doc[j].pos_ == "VERB" and doc[j].lemma_.lower() not in a.L.COPULAS):
            break
        if doc[j].lower_ in a.L.BASED_PREPS:
            k = j + 1
            while k < end and doc[k].pos_ == "DET":
                k += 1
            m = a.res.mention_at(k) if k < end else None
            if m is not None and a.res.ref(m).type == PLACE:
                return [a.res.ref(m)]
    return []


def _seat(a: Args, tok: Token) -> Iterator[Found]:
    """Headquarters nouns: the place is after à/in, or the copula's predicate."""
    res = a.res
    places = []
    hosts = [tok] + ([tok.head] if tok.dep_ in SUBJ | OBJ else [])
    for host in hosts:
        for p, arg in prep_args(host):
            if p in a.L.BASED_PREPS:
                places += [r for r in a.refs(arg) if r.type == PLACE]
    m = res.mention_at(tok.head.i)
    if tok.dep_ in SUBJ and m is not None and res.ref(m).type == PLACE:
        places.append(res.ref(m))  # "le siège est à Heidelberg", parsed with the place as head
    if not places:
        places = _place_after(a, tok)
    owner: list[Ref] = []
    for c in tok.children:
        if c.dep_ == "poss" or c.lower_ in a.L.RELATIVES or prep_of(c) in ("de", "of"):
            owner = a.refs(c)
            if owner:
                break
    if not owner:
        for c in tok.children:  # "dont le siège": the relative hangs on the noun
            if c.lower_ in a.L.RELATIVES:
                owner = a.antecedents(c, frozenset())
    if not owner and tok.dep_ in OBJ:
        owner = a.subjects(tok.head)  # "X a installé son siège à Y"
    for o in owner[:1]:
        for place in places:
            yield _found(o, "based-in", _place(place.name), "place.seat")
