"""Language data: demonyms, place names and the gazetteer of known entities.

The data files (``extractors/data/demonyms.json`` and ``gazetteer.json``) are
read once per process. Users may add entities with a file of their own, in
the same JSON shape or as CSV/TSV rows ``name,type[,alias|alias...]``.

>>> demonym_place("française", "fr")
'France'
>>> canonical_place("Londres")
'London'
"""
from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

from .errors import GazetteerError

__all__ = [
    "ENTITY_TYPES", "demonym_place", "canonical_place", "country_of", "is_known_place", "gazetteer_entries",
    "gazetteer_aliases",
]

DATA = Path(__file__).parent / "data"
ENTITY_TYPES = ("Organization", "Person", "Place", "Product", "Project")
_BASED = re.compile(r"^(?P<place>.+?)\s*[-\u2010\u2011]\s*(?:based|headquartered|born)$", re.I)


def _fold(s: str) -> str:
    """Lower case, accents stripped, curly apostrophes and dashes made plain."""
    s = s.replace("\u2019", "'").replace("\u2011", "-").replace("\u2010", "-")
    s = unicodedata.normalize("NFKD", s.strip().lower())
    return re.sub(r"\s+", " ", "".join(c for c in s if not unicodedata.combining(c)))


@cache
def _demonyms() -> dict:
    with open(DATA / "demonyms.json", encoding="utf-8") as f:
        raw = json.load(f)
    folded = {lang: {_fold(k): v for k, v in raw[lang].items()} for lang in ("en", "fr")}
    folded["places"] = {_fold(k): v for k, v in raw["places"].items()}
    for canon in set(raw["places"].values()):
        folded["places"].setdefault(_fold(canon), canon)
    return folded


@lru_cache(maxsize=65536)
def demonym_place(word: str, lang: str) -> str | None:
    """The place an adjective of nationality or origin names, or None.

    Case- and accent-tolerant, every gender and number in French; also reads
    "Paris-based" / "US-based" as their place. The other language's table
    is tried second (translated news mixes them).

    >>> demonym_place("Israeli", "en"), demonym_place("néerlandaises", "fr")
    ('Israel', 'Netherlands')
    >>> demonym_place("taiwanais", "fr"), demonym_place("Paris-based", "en")
    ('Taiwan', 'Paris')
    >>> demonym_place("rapide", "fr") is None
    True
    """
    if not word or not word.strip():
        return None
    data = _demonyms()
    key = _fold(word)
    first = "fr" if lang.lower().startswith("fr") else "en"
    for table in (data[first], data["en" if first == "fr" else "fr"]):
        if key in table:
            return table[key]
    m = _BASED.match(word.strip())
    if m:
        place = m.group("place")
        return data["places"].get(_fold(place)) or data[first].get(_fold(place)) or place
    return None


def canonical_place(name: str) -> str:
    """The English canonical name of a place; unknown names come back unchanged.

    >>> canonical_place("Pays-Bas"), canonical_place("États-Unis"), canonical_place("Pékin")
    ('Netherlands', 'United States', 'Beijing')
    >>> canonical_place("Wakanda")
    'Wakanda'
    """
    return _demonyms()["places"].get(_fold(name), name)


def country_of(name: str) -> str | None:
    """The country a city or region of the built-in tables lies in, by its canonical name.

    >>> country_of("Santa Clara"), country_of("Californie"), country_of("France")
    ('United States', 'United States', None)
    """
    return _country().get(canonical_place(name))


@cache
def _country() -> dict:
    with open(DATA / "demonyms.json", encoding="utf-8") as f:
        return json.load(f).get("country", {})


_ARTICLE = re.compile(r"^(?:the|le|la|les|l')\s*")  # a leading article, on a folded name
# continents and world regions: places, but no company's seat ("one of Europe's regulators")
_REGIONS = frozenset({"europe", "asia", "asie", "africa", "afrique", "america", "amerique", "north america",
                      "amerique du nord", "south america", "amerique du sud", "latin america", "amerique latine",
                      "middle east", "moyen-orient", "oceania", "oceanie", "world", "monde"})


def is_region(name: str) -> bool:
    """Whether `name` is a continent or a world region rather than a country or a city.

    >>> is_region("Europe"), is_region("l'Amérique latine"), is_region("Spain")
    (True, True, False)
    """
    return _ARTICLE.sub("", _fold(name)) in _REGIONS


@lru_cache(maxsize=65536)
def is_known_place(name: str) -> bool:
    """Whether `name` is a place of the built-in tables, in French or English.

    Case- and accent-tolerant; a leading article is ignored ("la Chine").

    >>> is_known_place("Pays-Bas"), is_known_place("la Chine"), is_known_place("Contoso")
    (True, True, False)
    """
    places = _demonyms()["places"]
    key = _fold(name)
    if key in places:
        return True
    stripped = _ARTICLE.sub("", key)
    return stripped != key and stripped in places


# --------------------------------------------------------------------------
# gazetteer

def _check_entry(e: object, where: str) -> dict:
    if not isinstance(e, dict):
        raise GazetteerError(f"{where}: expected an object with \"name\" and \"type\", got {type(e).__name__}")
    name, typ = e.get("name"), e.get("type")
    if not isinstance(name, str) or not name.strip():
        raise GazetteerError(f"{where}: missing or empty \"name\"")
    if typ not in ENTITY_TYPES:
        raise GazetteerError(f"{where}: type {typ!r} of {name!r} is not one of {', '.join(ENTITY_TYPES)}")
    aliases = e.get("aliases", [])
    if isinstance(aliases, str):
        aliases = [a for a in aliases.split("|")]
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise GazetteerError(f"{where}: \"aliases\" of {name!r} must be a list of strings")
    out = {"name": name.strip(), "type": typ,
           "aliases": [a.strip() for a in aliases if a.strip() and a.strip() != name.strip()]}
    if e.get("ambiguous"):
        out["ambiguous"] = True
    return out


def _read_json(text: str, path: str) -> list[dict]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise GazetteerError(f"{path}: not valid JSON ({err.msg} at line {err.lineno}, column {err.colno})") from None
    if isinstance(data, dict) and "entities" in data:
        data = data["entities"]
    if not isinstance(data, list):
        raise GazetteerError(f"{path}: expected a JSON list of entries like "
                             '{"name": "Mistral AI", "type": "Organization", "aliases": ["Mistral"]}')
    return [_check_entry(e, f"{path}, entry {i + 1}") for i, e in enumerate(data)]


def _read_table(text: str, path: str) -> list[dict]:
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = "\t" if "\t" in first else ","
    out = []
    for i, row in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter)):
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        if i == 0 and [c.strip().lower() for c in row[:2]] == ["name", "type"]:
            continue          # a header row
        if len(row) < 2:
            raise GazetteerError(f"{path}, line {i + 1}: expected name{delimiter}type[{delimiter}alias|alias...], "
                                 f"got {delimiter.join(row)!r}")
        entry = {"name": row[0], "type": row[1].strip(), "aliases": row[2] if len(row) > 2 else []}
        if len(row) > 3 and row[3].strip().lower() in ("1", "true", "yes", "ambiguous"):
            entry["ambiguous"] = True
        out.append(_check_entry(entry, f"{path}, line {i + 1}"))
    return out


def _read_user_file(path: str | Path) -> list[dict]:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise GazetteerError(f"cannot read gazetteer file {str(path)!r}: {err}") from None
    if not text.strip():
        raise GazetteerError(f"gazetteer file {str(path)!r} is empty")
    if p.suffix.lower() == ".json" or text.lstrip()[:1] in "[{":
        return _read_json(text, str(path))
    return _read_table(text, str(path))


@cache
def _builtin_entries() -> tuple[dict, ...]:
    with open(DATA / "gazetteer.json", encoding="utf-8") as f:
        return tuple(_read_json(f.read(), "gazetteer.json"))


def _merge(extra: list[dict]) -> list[dict]:
    entries = {e["name"]: {**e, "aliases": list(e["aliases"])} for e in _builtin_entries()}
    for e in extra:
        entries[e["name"]] = e
    return list(entries.values())


def gazetteer_entries(extra_path: str | Path | None = None) -> list[dict]:
    """The built-in gazetteer, plus the entries of a user file if given.

    Each entry is ``{"name", "type", "aliases": [...]}`` and ``"ambiguous":
    True`` when the name is also a common word (match it only capitalised).
    A user entry with the name of a built-in one replaces it. The user file
    is JSON (a list of such entries) or CSV/TSV rows
    ``name,type[,alias|alias...[,ambiguous]]``; a malformed file raises
    `GazetteerError` saying where and why.

    >>> any(e["name"] == "Anthropic" for e in gazetteer_entries())
    True
    """
    return _merge(_read_user_file(extra_path) if extra_path is not None else [])


def gazetteer_aliases(extra_path: str | Path | None = None) -> dict[str, str]:
    """Every name and alias -> its canonical name (names map to themselves).

    A name always maps to its own entry; an alias shared by two entries goes
    to the user's entry, else to the first built-in one.

    >>> gazetteer_aliases()["AWS"]
    'Amazon Web Services'
    """
    extra = _read_user_file(extra_path) if extra_path is not None else []
    user = {e["name"] for e in extra}
    entries = sorted(_merge(extra), key=lambda e: e["name"] not in user)
    out = {e["name"]: e["name"] for e in entries}
    for e in entries:
        for alias in e["aliases"]:
            out.setdefault(alias, e["name"])
    return out
