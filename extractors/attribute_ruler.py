"""spaCy's attribute ruler, indexed: the same output, several times faster.

The shipped models end their tagging with an `attribute_ruler` (tag -> part of
speech and morphology in English, part of speech -> tag in French, a few word
exceptions). spaCy runs it through its `Matcher`, which tries every one of the
ruler's patterns (179 in English) at every token: a sixth of the English
model's time. Its patterns are one or two tokens long and test a token's tag,
lower case, dependency, part of speech or whitespace, so this component looks
the candidate patterns up by those values instead, checks them, and applies the
ruler's attributes in the ruler's own order (later patterns win).

`replace_attribute_ruler(nlp)` swaps it in when every pattern of the model's
ruler has a shape it knows, and leaves the pipeline alone otherwise; the tests
compare both components' annotations on real text.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable

from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH, POS, TAG
from spacy.language import Language
from spacy.symbols import IDS
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# the token attributes a pattern may test, in the order of the array read per Doc
_ATTRS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "TAG": TAG, "DEP": DEP, "POS": POS,
          "IS_SPACE": IS_SPACE}
_COLUMN = {name: i for i, name in enumerate(dict.fromkeys(_ATTRS.values()))}
_ARRAY = list(_COLUMN)
# first-token tests a pattern is indexed by, most selective first
_INDEX_BY = ("LOWER", "ORTH", "TEXT", "TAG", "DEP", "POS", "IS_SPACE")


class Unsupported(Exception):
    """A pattern shape this component does not handle (spaCy's ruler is kept)."""


def _key(attr: str, value, strings) -> int:
    if attr == "POS":
        return IDS[value]
    if attr == "IS_SPACE":
        return int(bool(value))
    return strings[value] if isinstance(value, str) else int(value)


def _test(attr: str, value, strings) -> tuple[int, Callable]:
    """(column, test(row, strings) on a token's row) for one attribute test of a pattern."""
    if attr not in _ATTRS:
        raise Unsupported(attr)
    col = _COLUMN[_ATTRS[attr]]
    if not isinstance(value, dict):
        key = _key(attr, value, strings)
        return col, lambda row, _: row[col] == key
    if len(value) != 1:
        raise Unsupported(value)
    (op, arg), = value.items()
    if op in ("IN", "NOT_IN"):
        keys = frozenset(_key(attr, v, strings) for v in arg)
        if op == "IN":
            return col, lambda row, _: row[col] in keys
        return col, lambda row, _: row[col] not in keys
    if op == "REGEX" and attr not in ("POS", "IS_SPACE"):
        rx, seen = re.compile(arg), {}

        def search(row, strings_) -> bool:  # once per distinct string
            key = row[col]
            if key not in seen:
                seen[key] = rx.search(strings_[key]) is not None
            return seen[key]
        return col, search
    raise Unsupported(value)


class IndexedAttributeRuler:
    """The patterns and attributes of a spaCy `AttributeRuler`, matched by lookup."""

    def __init__(self):
        # per column: first-token value -> [(rule, length, index, other tests)]
        self._tables: list[tuple[int, dict[int, list]]] = []
        self._anywhere: list = []  # patterns no first-token value can index
        self._attrs: list[dict] = []

    def load(self, ruler) -> None:
        """Take `ruler`'s patterns; `Unsupported` if one has a shape not handled here."""
        strings = ruler.vocab.strings
        tables: dict[int, dict[int, list]] = defaultdict(lambda: defaultdict(list))
        anywhere, attrs = [], []
        for rule, entry in enumerate(ruler.patterns):
            attrs.append(ruler.attrs[rule])
            for pattern in entry["patterns"]:
                if not pattern or any(not isinstance(t, dict) or "OP" in t for t in pattern):
                    raise Unsupported(pattern)
                at = ruler.indices[rule]
                if not -len(pattern) <= at < len(pattern):
                    raise Unsupported(at)
                first = pattern[0]
                by = next((a for a in _INDEX_BY if a in first and (
                    not isinstance(first[a], dict) or set(first[a]) == {"IN"})), None)
                # the tests left once the lookup has done its part: (token offset, test)
                rest = tuple((k, _test(a, v, strings)[1]) for k, t in enumerate(pattern)
                             for a, v in t.items() if not (k == 0 and a == by))
                item = (rule, len(pattern), at % len(pattern), rest)
                if by is None:
                    anywhere.append(item)
                    continue
                value = first[by]
                for v in (value["IN"] if isinstance(value, dict) else [value]):
                    tables[_COLUMN[_ATTRS[by]]][_key(by, v, strings)].append(item)
        self._tables = [(col, dict(table)) for col, table in sorted(tables.items())]
        self._anywhere, self._attrs = anywhere, attrs

    def __call__(self, doc: Doc) -> Doc:
        rows, strings = doc.to_array(_ARRAY).tolist(), doc.vocab.strings
        n, tables, anywhere = len(rows), self._tables, self._anywhere
        found = []
        for i, row in enumerate(rows):
            for col, table in tables:
                hits = table.get(row[col])
                if hits:
                    for rule, length, at, rest in hits:
                        if i + length <= n and all(test(rows[i + k], strings) for k, test in rest):
                            found.append((rule, i + at))
            for rule, length, at, rest in anywhere:
                if i + length <= n and all(test(rows[i + k], strings) for k, test in rest):
                    found.append((rule, i + at))
        found.sort()
        for rule, i in found:
            set_token_attrs(doc[i], self._attrs[rule])
        return doc


@Language.factory("aikg_attribute_ruler")
def _factory(nlp, name):  # empty until `load`: then it changes nothing
    return IndexedAttributeRuler()


def replace_attribute_ruler(nlp, name: str = "attribute_ruler") -> bool:
    """Put the indexed ruler in place of `nlp`'s attribute ruler; False if kept as is."""
    if name not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(name)
    try:
        IndexedAttributeRuler().load(ruler)
    except Unsupported:
        return False
    nlp.replace_pipe(name, "aikg_attribute_ruler").load(ruler)
    return True
