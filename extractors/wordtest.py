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
    if found is None or len(found) != len(doc):
        found = doc.user_data[_USER_DATA_KEY] = doc.to_array([ORTH, LOWER, LEMMA, DEP])
    return found


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
        strings = doc.vocab.strings
        table = keys(doc)[:, [COLUMNS[c] for c in columns]]
        passing = [k for k in numpy.unique(table).tolist() if self(k, strings)]
        if not passing:
            return []
        return numpy.flatnonzero(numpy.isin(table, passing).any(axis=1)).tolist()
