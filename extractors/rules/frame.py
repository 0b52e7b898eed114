"""How a trigger word expresses a predicate (`Frame`), and what a rule finds (`Found`)."""
from __future__ import annotations

from dataclasses import dataclass

from extractors.coref import Ref
from extractors.triple import Attributes


@dataclass(frozen=True)
class Frame:
    """How a trigger word expresses a predicate."""

    predicate: str
    obj: tuple[str, ...] = ("obj",)   # "obj": the direct object; other items: prepositions
    subj: tuple[str, ...] = ()        # nouns: prepositions that introduce the subject
    swap: bool = False                # the grammatical subject is the predicate's object
    gov: tuple[str, ...] = ()         # nouns: only when governed by one of these verbs
    status: str | None = None         # what the word itself implies when no cue says more ("a bid")
    org_object: str | None = None     # the predicate when the object is an organisation ("créer")
    sale: bool = False                # selling: the buyer (after obj preps) acquires the object
    buyer: bool = False               # buying goods, not a company: whom from supplies the subject
    climb: bool = True                # nouns: with no subject of their own, take the governing verb's


@dataclass(frozen=True, slots=True)
class Found:
    """A relation one rule found in one sentence; `rule` names the construction."""

    subject: Ref
    predicate: str
    object: Ref
    attributes: Attributes
    confidence: float
    rule: str
