"""Lawsuits and accusations read from what surrounds them.

"filed a lawsuit against A and B, alleging that ..." (the allegation is against
the defendants), "The complaint alleges X ..." (the plaintiff the article named),
"sued to block the buyout" (the buyer of the deal the article told of),
"accuse son homologue, X, de ..." (a name in apposition to the object).
"""
from __future__ import annotations

from spacy.tokens import Token

from extractors.coref import Ref
from extractors.rules.args import Args
from extractors.rules.frame import Frame
from extractors.rules.syntax import OBJ, SUBJ, kids, prep_args

_LAWSUIT = "sues"


def _noun_frame(a: Args, tok: Token) -> Frame | None:
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    return a.L.NOUNS.get(tok.lemma_.lower()) or a.L.NOUNS.get(tok.lower_)


def _verb_frame(a: Args, tok: Token) -> Frame | None:
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    return a.L.VERBS.get(tok.lemma_.lower()) or a.L.VERBS.get(a.L.FORMS.get(tok.lower_, ""))


def defendants(a: Args, head: Token) -> list[Ref]:
    """Whom the lawsuit that `head` tells of is against: "sued A", "filed a lawsuit
    against A and B", "a porté plainte contre A"."""
    frame = _verb_frame(a, head)
    if frame is not None and frame.predicate == _LAWSUIT:
        found = [r for c in kids(head) if c.dep_ in OBJ for r in a.refs(c)]
        if found:
            return found
    for noun in [head] + [c for c in kids(head) if c.dep_ in OBJ]:
        nf = _noun_frame(a, noun)
        if nf is not None and nf.predicate == _LAWSUIT:
            found = [r for p, arg in prep_args(noun) if p in nf.obj for r in a.refs(arg)]
            if not found and noun.i != head.i:  # "porter plainte contre X": the argument on the verb
                found = [r for p, arg in prep_args(head) if p in nf.obj for r in a.refs(arg)]
            if found:
                return found
    return []


def lawsuit_allegation(a: Args, tok: Token) -> list[Ref]:
    """"filed a lawsuit against A, alleging that ...", "a porté plainte contre A, accusant
    l'entreprise de ...": the defendants of the lawsuit the participle hangs on."""
    if tok.dep_ not in ("advcl", "acl", "xcomp", "conj", "dep") or tok.head.i == tok.i:
        return []
    return defendants(a, tok.head)


def plaintiff(a: Args, tok: Token) -> list[Ref]:
    """"The complaint alleges X ...", "the lawsuit accuses X of ...": the one whose lawsuit
    it is ("Y's lawsuit"), else the plaintiff of the last lawsuit the article told of."""
    subj = next((c for c in kids(tok) if c.dep_ in SUBJ), None)
    nf = _noun_frame(a, subj) if subj is not None else None
    if nf is None or nf.predicate != _LAWSUIT or a.res.mention_at(subj.i) is not None:
        return []
    owner = [r for c in kids(subj) if c.dep_ == "poss" for r in a.refs(c)]
    if owner:
        return owner
    last = next((f for _, f in reversed(a.facts) if f.predicate == _LAWSUIT), None)
    return [last.subject] if last is not None else []


def blocked_deal(a: Args, tok: Token) -> list[Ref]:
    """"X sued to block the buyout": the buyer of the last acquisition the article told of,
    when the verb's purpose is against a deal ("the buyout", "the merger", "le rachat")."""
    for c in kids(tok):
        if c.dep_ not in ("xcomp", "advcl"):
            continue
        for o in kids(c):
            nf = _noun_frame(a, o)
            deal = (nf is not None and nf.predicate == "acquires") or o.lemma_.lower() in a.L.DEAL_NOUNS
            if o.dep_ in OBJ and deal and a.res.mention_at(o.i) is None:
                last = next((f for _, f in reversed(a.facts) if f.predicate == "acquires"), None)
                return [last.subject] if last is not None else []
    return []


def speaker(a: Args, tok: Token) -> list[Ref] | None:
    """"The agency said it fined X": a pronoun subject of a reported clause stands for the
    speaker. The speaker's entities when it is a noun phrase ("the data protection
    agency", maybe none), else None (the pronoun is resolved as usual)."""
    subj = next((c for c in kids(tok) if c.dep_ in SUBJ), None)
    if subj is None or subj.pos_ != "PRON" or tok.dep_ != "ccomp":
        return None
    said = next((c for c in reversed(kids(tok.head)) if c.dep_ in SUBJ and c.i < tok.i), None)
    if said is None or said.pos_ not in ("NOUN", "PROPN") or a.res.mention_at(said.i) is not None:
        return None
    return a.refs(said)


def apposed_object(a: Args, tok: Token, exclude: frozenset) -> list[Ref]:
    """"accuse son homologue chinoise, X, d'avoir ...": the name in apposition to a direct
    object that names no one, whatever the parse hung it on."""
    doc = tok.doc
    for c in kids(tok):
        if c.dep_ not in OBJ or a.res.mention_at(c.i) is not None:
            continue
        j = c.right_edge.i + 1
        if j + 1 < tok.sent.end and doc[j].text == ",":
            m = a.res.mention_at(j + 1)
            if m is not None and m.start == j + 1 and (m.end >= tok.sent.end or doc[m.end].is_punct):
                ref = a.res.ref(m)
                if ref.name not in exclude:
                    return [ref]
    return []
