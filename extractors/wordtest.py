"""Finding the few tokens worth a closer look, without visiting every `Token`.

Most tokens of an article can start no rule: they are no trigger word, no cue
noun, nothing written like a name. `WordTest(test)` answers `test(word)` once
per distinct string (by spaCy's string hash, cached); `positions(doc,
columns)` reads the string hashes of the tokens from one array per `Doc`
(`keys`), so the rules build `Token` objects only for the tokens that pass.
"""
from __future__ import annotations

from typing import Callable

import numpy
from spacy.attrs import DEP, LEMMA, LOWER, ORTH
from spacy.tokens import Doc

CACHE_LIMIT = 500_000  # distinct strings remembered per test; the cache restarts past it
# the columns of `keys`
COLUMNS = {"orth": 0, "lower": 1, "lemma": 2, "dep": 3}
_USER_DATA_KEY = "aikg.keys"


def keys(doc: Doc):
    """The hashes of each token's text, lower case, lemma and dependency label
    (an array, rows = tokens, in `COLUMNS` order), computed once per `Doc`."""
    found = doc.user_data.get(_USER_DATA_KEY)
    if found is None or len(found[0]) != len(doc):
        found = doc.user_data[_USER_DATA_KEY] = (doc.to_array([ORTH, LOWER, LEMMA, DEP]), {})
    return found[0]


def _distinct(doc: Doc, column: str) -> tuple[list[int], object]:
    """The distinct strings of one column of `keys(doc)`, and for each token the index of
    its own among them; computed once per `Doc` and column."""
    keys(doc)
    table, seen = doc.user_data[_USER_DATA_KEY]
    found = seen.get(column)
    if found is None:
        uniq, inverse = numpy.unique(table[:, COLUMNS[column]], return_inverse=True)
        found = seen[column] = (uniq.tolist(), inverse)
    return found


def matching(doc: Doc, column: str, wanted: set[int]) -> list[int]:
    """Indices of the tokens whose string hash in `column` is one of `wanted`."""
    if not wanted:
        return []
    uniq, inverse = _distinct(doc, column)
    passing = numpy.fromiter((k in wanted for k in uniq), dtype=bool, count=len(uniq))
    return numpy.flatnonzero(passing[inverse]).tolist() if passing.any() else []


class WordTest:
    """A test on words, cached by string hash."""

    def __init__(self, test: Callable[[str], bool]):
        self.test = test
        self._known: dict[int, bool] = {}

    def __call__(self, key: int, strings) -> bool:
        known = self._known.get(key)
        if known is None:
            known = bool(self.test(strings[key]))
            if len(self._known) >= CACHE_LIMIT:
                self._known.clear()
            self._known[key] = known
        return known

    def positions(self, doc: Doc, columns: tuple[str, ...]) -> list[int]:
        """Indices of the tokens whose string in any of `columns` ("orth", "lower",
        "lemma", "dep") passes the test; each distinct string is tested once."""
        strings, known = doc.vocab.strings, self._known
        hits = None
        for column in columns:
            uniq, inverse = _distinct(doc, column)
            passing = numpy.fromiter((known[k] if k in known else self(k, strings) for k in uniq),
                                     dtype=bool, count=len(uniq))
            if not passing.any():
                continue
            rows = passing[inverse]
            hits = rows if hits is None else hits | rows
        return [] if hits is None else numpy.flatnonzero(hits).tolist()
