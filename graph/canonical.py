"""Canonical entity names: one key per real-world entity, whatever the spelling.

"OpenAI Inc.", "openai" and "OpenAI" share the key ``openai``; "Nvidia Corp."
and "NVIDIA" share ``nvidia``; aliases from the gazetteer ("AWS" for Amazon
Web Services) map onto the canonical name's key.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_ARTICLE = re.compile(r"^(?:(?:the|le|la|les)\s+|l')", re.I)
_LEGAL_SUFFIX = re.compile(
    r"[\s,]+(inc|incorporated|corp|corporation|co|ltd|limited|llc|llp|lp|pbc|plc|sa|sas|sarl|"
    r"ag|gmbh|nv|bv|spa|se)\.?$", re.I)


def fold(text: str) -> str:
    """Lower case, no accents, typographic apostrophes made plain."""
    text = unicodedata.normalize("NFKD", text).replace("\u2019", "'")
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def strip_legal_suffix(name: str) -> str:
    """'Nvidia Corp.' -> 'Nvidia'; a name made only of a suffix stays as it is."""
    shorter = name
    while True:
        nxt = _LEGAL_SUFFIX.sub("", shorter).strip()
        if nxt == shorter or not nxt:
            return shorter
        shorter = nxt


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The key under which spellings of one name merge: 'OpenAI Inc.' -> 'openai'."""
    s = fold(strip_legal_suffix(name.strip()))
    s = _ARTICLE.sub("", s)
    return re.sub(r"[^\w]+", "", s)


@lru_cache(maxsize=1 << 16)
def slug(name: str) -> str:
    """A readable ASCII slug for IRIs: 'Mistral AI' -> 'mistral-ai'."""
    s = fold(strip_legal_suffix(name.strip()))
    s = _ARTICLE.sub("", s)
    s = re.sub(r"[^a-z0-9]+", "-", s.encode("ascii", "ignore").decode()).strip("-")
    return s or "entity"
