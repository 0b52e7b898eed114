"""From the arguments a rule resolved to `Found` facts, with attributes and confidence."""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Iterator

from spacy.tokens import Token

from extractors.coref import Ref
from extractors.rules.args import Args
from extractors.rules.confidence import confidence
from extractors.rules.frame import Found, Frame
from extractors.rules.modality import Clues
from extractors.rules.syntax import OBJ, kids
from extractors.rules.types import PER
from extractors.triple import Attributes


def emit(a: Args, subjects: Iterable[Ref], frame: Frame, objects: Iterable[Ref], tok: Token,
         clues: Clues, rule: str, *, modality: bool = True) -> Iterator[Found]:
    """One fact per subject and object; `rule` names the construction that found them.

    With `modality=False` the fact is a standing one ("its co-founders X and Y"),
    whatever the status of the clause around it.
    """
    subjects, objects = list(subjects), list(objects)
    if frame.predicate == "invests-in":  # who gets funded, for later rounds
        funders = {r.name for r in (objects if frame.swap else subjects)}
        a.note_funded([r for r in (subjects if frame.swap else objects) if r.name not in funders], tok)
    if not subjects or not objects:
        return
    if modality:
        attrs = clues.attributes(tok, frame.predicate)
        if frame.status and attrs.status == "completed" and attrs.cue is None:
            attrs = replace(attrs, status=frame.status)
    else:
        attrs = Attributes()
    predicate = frame.predicate
    if predicate == "invests-in" and _majority(a, tok, attrs):
        predicate = "owns"  # "a majority stake in Y", "51 % du capital de Y": a parent, not an investor
    elif predicate == "owns" and attrs.stake is not None and attrs.stake < 50:
        predicate = "invests-in"  # "20% owned by X", "détenue à 20 % par X": a minority holder
    for s in subjects:
        for o in objects:
            subj, obj = (o, s) if frame.swap else (s, o)
            fact_attrs = attrs
            if attrs.status == "possible" and not attrs.negated and _denied(a, subj, predicate, obj):
                # "Apple is not investing in X, after speculation that the iPhone maker would join":
                # the sentence denies what it tells as a speculation
                fact_attrs = replace(attrs, negated=True)
            if predicate == "owns" and s.type == PER:
                yield Found(subj, frame.predicate, obj, fact_attrs, confidence(rule), rule)
                continue  # a person is no parent company: a majority investor
            yield Found(subj, predicate, obj, fact_attrs, confidence(rule), rule)


def _majority(a: Args, tok: Token, attrs: Attributes) -> bool:
    """An investment that makes its investor the owner: a stake over half, or a word of
    majority on the trigger or its stake noun ("a majority stake", "actionnaire majoritaire")."""
    if attrs.stake is not None and attrs.stake > 50:
        return True
    words = [tok, *kids(tok), *(g for c in kids(tok) if c.dep_ in OBJ for g in kids(c))]
    return any(w.lemma_.lower() in a.L.MAJORITY or w.lower_ in a.L.MAJORITY for w in words)


def _denied(a: Args, subj: Ref, predicate: str, obj: Ref) -> bool:
    """The current sentence has already said this very fact did not or will not happen."""
    for n, f in reversed(a.facts):
        if n != a.sentences:
            return False
        if f.attributes.negated and f.predicate == predicate and f.subject.name == subj.name \
                and f.object.name == obj.name:
            return True
    return False


def pairs(a: Args, members: list[Ref], frame: Frame, tok: Token, clues: Clues, rule: str) -> Iterator[Found]:
    """A symmetric predicate between every two of `members` ("A, B and C partner")."""
    for i, s in enumerate(members):
        yield from emit(a, [s], frame, members[i + 1:], tok, clues, rule)
