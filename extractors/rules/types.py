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
    "owns": ({ORG}, {ORG, PROD}),  # a parent company, or the owner of a brand or app it bought
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
    if allowed == {PER} and ref.type == ORG and _person_like(ref.name):
        return PER  # "Ana Ruiz serves as president of X": an unknown name taken for a company
    return ref.type


def is_person(ref) -> bool:
    """Whether `ref` can hold a person's role: typed a person, or a person's name the NER took
    for a company."""
    return fit_type(ref, {PER}) == PER


_PARTICLES = frozenset({"de", "du", "da", "del", "van", "von", "der", "le", "la", "bin", "al"})


def _person_like(name: str) -> bool:
    """Two to four capitalised words, particles aside, none of them an organisation's word
    ("Labs", "Capital", "Group" in either language)."""
    from extractors.lang import en, fr

    words = name.split()
    named = [w for w in words if w.lower() not in _PARTICLES]
    return 2 <= len(words) <= 4 and len(named) >= 2 and all(
        w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() and not w.isupper()
        and w.lower() not in en.ORG_WORDS and w.lower() not in fr.ORG_WORDS
        and w.lower() not in en.ORG_HEADS and w.lower() not in fr.ORG_HEADS for w in named)
