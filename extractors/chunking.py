"""Cutting an over-long article into pieces spaCy can parse.

spaCy refuses texts longer than ``nlp.max_length`` (1,000,000 characters) and
needs about 1 GB of memory per 100,000 characters it parses at once, so an
article longer than `CHUNK_CHARS` is parsed piece by piece. `split_text` cuts
at the last blank line before the limit, else the last line break, else the
last sentence end, else the last white space (a word is never cut unless a
single one is longer than the limit). The pieces put back together are the
text exactly, and each carries its offset, so the character offsets of the
triples found in a piece are shifted back onto the whole article. What is lost
is only what spans a cut: a pronoun whose name is in an earlier piece.
"""
from __future__ import annotations

import re

CHUNK_CHARS = 100_000

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = re.compile(r"[.!?…][\"'»”’)\]]*\s")
_SPACE = re.compile(r"\s")


def split_text(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """``(offset, piece)`` pairs, each piece at most `limit` characters, that join to `text`."""
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    pieces, pos, n = [], 0, len(text)
    while n - pos > limit:
        cut = _cut(text, pos, pos + limit)
        pieces.append((pos, text[pos:cut]))
        pos = cut
    if pos < n or not pieces:
        pieces.append((pos, text[pos:]))
    return pieces


def _cut(text: str, start: int, end: int) -> int:
    """Where to end the piece that starts at `start` and may end at `end` at the latest."""
    window = text[start:end]
    for pattern in (_BLANK_LINE, None, _SENTENCE_END, _SPACE):
        if pattern is None:
            i = window.rfind("\n")
            at = i + 1 if i >= 0 else 0
        else:
            at = 0
            for m in pattern.finditer(window):
                at = m.end()
        if at > 0:
            return start + at
    return end
