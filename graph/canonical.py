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


class NameIndex:
    """Entities found by any of their names, however the user spells them.

    The one matcher of ``aikg view`` and of the presets of ``aikg query``: a name
    matches an entity when its key (`name_key`: case, accents, legal suffix,
    leading article and punctuation folded away) is the key of the entity's
    canonical name or of one of its aliases, or of a gazetteer alias of them
    (`aliases`: alias key -> canonical key). `find` gives the matching entities,
    `not_found` the one-line message, with close names, for a name that matches none.
    """

    def __init__(self, aliases: dict[str, str] | None = None):
        self.aliases = dict(aliases or {})
        self._by_key: dict[str, set] = {}
        self._display: dict[str, str] = {}   # folded name -> the entity's canonical name
        self.entities = 0

    def add(self, entity, names, display: str) -> None:
        """Index `entity` (any sortable id) under each of `names`; `display` is its name."""
        self.entities += 1
        for name in names:
            k = name_key(name)
            for key in {k, self.aliases.get(k, k)} - {""}:
                self._by_key.setdefault(key, set()).add(entity)
            self._display.setdefault(fold(name), display)

    def find(self, name: str) -> list:
        """The entities `name` names, sorted; empty when none."""
        k = name_key(name)
        found = self._by_key.get(k) or self._by_key.get(self.aliases.get(k, k)) if k else None
        return sorted(found or ())

    def close(self, name: str, n: int = 5) -> list[str]:
        """Canonical names of up to `n` entities whose names are spelled close to `name`."""
        import difflib

        needle = fold(name)
        close = difflib.get_close_matches(needle, list(self._display), n=n, cutoff=0.6)
        names = sorted({self._display[c] for c in close}, key=str.casefold)
        if not names and needle:  # a substring is a good hint too ("Open" -> OpenAI)
            names = sorted({v for k, v in self._display.items()
                            if needle in k or (len(k) > 2 and k in needle)}, key=str.casefold)[:n]
        return names

    def not_found(self, name: str) -> str:
        msg = f"no entity named {name!r} in the graph"
        close = self.close(name)
        if close:
            return msg + "; close names: " + ", ".join(close)
        return msg + f" ({self.entities} {'entity' if self.entities == 1 else 'entities'}; none close)"
