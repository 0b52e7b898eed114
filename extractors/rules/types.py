"""Entity types on each side of each predicate, and how a guessed type gives way to a slot."""
from __future__ import annotations

ORG, PER, PLACE, PROD, PROJ = "Organization", "Person", "Place", "Product", "Project"

# entity types each predicate accepts on each side (DESIGN.md's table)
DOMAINS = {
    "invests-in": ({ORG, PER}, {ORG, PROJ}),
    "acquires": ({ORG}, {ORG, PROD}),
    "partners-with": ({ORG}, {ORG}),
    "competes-with": ({ORG}, {ORG}),
    "supplies": ({ORG}, {ORG}),
    "develops": ({ORG, PER}, {PROD, PROJ}),
    "owns": ({ORG}, {ORG}),
    "founded": ({PER, ORG}, {ORG}),
    "leads": ({PER}, {ORG}),
    "sues": ({ORG, PER}, {ORG, PER}),
    "accuses": ({ORG, PER}, {ORG, PER}),
    "based-in": ({ORG, PROJ}, {PLACE}),
}


def fit_type(ref, allowed: set[str]) -> str:
    """The type of `ref` (a `Ref`) in a slot that takes `allowed` types.

    A type the NER guessed (not the gazetteer nor a cue word) gives way to the
    slot: an unknown "place" or "product" that acquires or is sued is an
    organisation. Places the place tables know stay places.
    """
    if ref.type in allowed or ref.sure:
        return ref.type
    from extractors.lexicon import is_known_place

    if ORG in allowed and ref.type in (PROD, PLACE) and not is_known_place(ref.name):
        return ORG
    if ORG in allowed and ref.type == PER and (len(ref.name.split()) == 1 or PER not in allowed):
        return ORG  # "Activision Blizzard" taken for a person, yet acquired
    return ref.type
