"""The one data type that travels from the extractors to the graph.

A `Triple` holds plain strings and numbers only (no spaCy objects), so it can
be pickled across processes, serialised as one JSONL line and compared.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields

ENTITY_TYPES = ("Organization", "Person", "Place", "Product", "Project")

PREDICATES = (
    "invests-in", "acquires", "partners-with", "competes-with", "supplies",
    "develops", "owns", "founded", "leads", "sues", "accuses", "based-in",
)
SYMMETRIC = frozenset({"partners-with", "competes-with"})

# Controlled vocabulary of `Attributes.status`, most certain first.
STATUSES = ("completed", "announced", "planned", "in-talks", "reported", "possible", "denied")


@dataclass(frozen=True, slots=True)
class Attributes:
    """What the sentence says about a fact besides who and what."""

    amount: float | None = None      # plain number in units: 25 milliards -> 25e9
    currency: str | None = None      # ISO 4217
    year: int | None = None
    status: str = "completed"        # one of STATUSES
    cue: str | None = None           # the word that set the status ("pourrait", "reportedly")
    negated: bool = False            # the text says it did not or will not happen
    stake: float | None = None       # percent of the capital: "a 49% stake", "10 % du capital"

    def to_dict(self) -> dict:
        d = {name: getattr(self, name) for name in _ATTRIBUTE_FIELDS}   # asdict, without its deep copy
        if self.amount is not None and float(self.amount).is_integer():
            d["amount"] = int(self.amount)
        return d


_ATTRIBUTE_FIELDS = tuple(f.name for f in fields(Attributes))


@dataclass(frozen=True, slots=True)
class Triple:
    """subject -predicate-> object, as read in one sentence of one article."""

    doc: str
    lang: str
    subject: str
    subject_type: str
    predicate: str
    object: str
    object_type: str
    attributes: Attributes = field(default_factory=Attributes)
    sentence: str = ""
    start: int = 0                   # character offsets of the sentence in the article
    end: int = 0
    confidence: float = 0.5
    extractor: str = ""

    def to_dict(self) -> dict:
        """The JSONL contract of DESIGN.md, keys in their documented order."""
        return {
            "doc": self.doc, "lang": self.lang,
            "subject": self.subject, "subject_type": self.subject_type,
            "predicate": self.predicate,
            "object": self.object, "object_type": self.object_type,
            "attributes": self.attributes.to_dict(),
            "sentence": self.sentence, "start": self.start, "end": self.end,
            "confidence": self.confidence, "extractor": self.extractor,
        }

    @classmethod
    def from_dict(cls, d: dict) -> "Triple":
        attrs = dict(d.get("attributes") or {})
        known = {k: attrs[k] for k in Attributes.__slots__ if k in attrs}
        return cls(
            doc=d["doc"], lang=d.get("lang", ""),
            subject=d["subject"], subject_type=d.get("subject_type", "Organization"),
            predicate=d["predicate"],
            object=d["object"], object_type=d.get("object_type", "Organization"),
            attributes=Attributes(**known), sentence=d.get("sentence", ""),
            start=int(d.get("start", 0)), end=int(d.get("end", 0)),
            confidence=float(d.get("confidence", 0.5)), extractor=d.get("extractor", ""),
        )
