"""From the arguments a rule resolved to `Found` facts, with attributes and confidence."""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Iterator

from spacy.tokens import Token

from extractors.coref import Ref
from extractors.rules.args import Args
from extractors.rules.confidence import confidence
from extractors.rules.frame import Found, Frame
from extractors.rules.modality import Clues, attributes
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
    attrs = attributes(tok, clues, a.L, frame.predicate)
    if frame.status and attrs.status == "completed" and attrs.cue is None:
        attrs = replace(attrs, status=frame.status)
    if not modality:
        attrs = Attributes()
    for s in subjects:
        for o in objects:
            subj, obj = (o, s) if frame.swap else (s, o)
            yield Found(subj, frame.predicate, obj, attrs,
                        confidence(rule, attrs.status, subj.via_coref or obj.via_coref), rule)


def pairs(a: Args, members: list[Ref], frame: Frame, tok: Token, clues: Clues, rule: str) -> Iterator[Found]:
    """A symmetric predicate between every two of `members` ("A, B and C partner")."""
    for i, s in enumerate(members):
        yield from emit(a, [s], frame, members[i + 1:], tok, clues, rule)
