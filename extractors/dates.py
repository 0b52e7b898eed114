"""An article's publication date: one path for every source.

`article_date(raw)` reads a date as a source gives it (a JSONL ``date`` field,
a web page's metadata, a feed item's date, ``--date``) and `dateline(text)`
finds one at the top of a plain-text article ("PARIS, 12 mars 2025 -",
"March 12, 2025 (Reuters) -", "Publié le 12/03/2025"). Both return an ISO date
(``2025-03-12``) or None, and a note saying why a date-like text was not taken
("31/02/2025", a year 3025), for the caller to warn about; never raise.
"""
from __future__ import annotations

import datetime as _dt
import re

# years a news article can carry; outside, the date is taken for a typo
FIRST_YEAR, LAST_YEAR = 1970, 2100

MONTHS = {
    # French
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "mars": 3,
    "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8,
    "septembre": 9, "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
    "décembre": 12, "decembre": 12, "déc": 12, "dec": 12,
    # English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "october": 10, "november": 11, "december": 12,
}
_MONTH = "(?P<month>" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:er|st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAY = (r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|"
            r"thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\.?,?\s+")

_FORMS = [
    re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?![\d])", re.I),      # 2025-03-12
    re.compile(rf"(?<![\d/.]){_DAY}\s+{_MONTH}\s*,?\s+{_YEAR}\b", re.I),                  # 12 mars 2025
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),                              # March 12, 2025
    re.compile(r"(?<![\d/.])(?P<day>\d{1,2})[/.](?P<month>\d{1,2})[/.](?P<year>\d{4})\b"),   # 12/03/2025
]

# what may stand before a dateline's date on its line: a place, a label, a weekday
_LEAD = re.compile(
    r"^[\s*_#>|-]*"
    r"(?:[A-ZÀ-Ý][\w'’.-]*(?:[ -][A-ZÀ-Ý(][\w'’.)-]*)*\s*(?:\([^)]{1,30}\))?\s*[,:–—-]\s*)?"
    r"(?:(?:publié|publiée|mis à jour|mise à jour|modifié|published|updated|posted|last updated|"
    r"dated|date)\s*(?:le|on|:)?\s*)?"
    rf"(?:{_WEEKDAY})?(?:le\s+|on\s+)?$", re.I)
_TOP_LINES = 3       # a dateline is on one of the first three non-empty lines
_TOP_CHARS = 160     # and starts within this many characters of its line


def _valid(year: int, month: int, day: int, shown: str) -> tuple[str | None, str | None]:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None, f"date {shown!r} ignored: year {year} is out of range"
    try:
        return _dt.date(year, month, day).isoformat(), None
    except ValueError:
        return None, f"date {shown!r} ignored: not a calendar date"


def _from_match(m: re.Match) -> tuple[str | None, str | None]:
    month = m.group("month")
    month_n = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."))
    if month_n is None:
        return None, None
    return _valid(int(m.group("year")), month_n, int(m.group("day")), m.group(0).strip())


def article_date(raw) -> tuple[str | None, str | None]:
    """The ISO date of a date as a source gives it (ISO 8601 with or without a time,
    '12 mars 2025', 'March 12, 2025', '12/03/2025'), and a note when a date was there
    but not taken; (None, None) for nothing date-like."""
    if raw is None:
        return None, None
    text = str(raw).strip()
    if not text:
        return None, None
    for form in _FORMS:
        m = form.search(text[:200])
        if m:
            return _from_match(m)
    return None, f"date {text[:40]!r} ignored: not a date aikg reads"


# what may follow a dateline's date: an agency, a time, a dash
_TAIL = re.compile(r"(?:\s*(?:\([^)]{1,30}\)|/[^/\n]{1,30}/|(?:à|at)\s+\d{1,2}\s*[h:]\s*\d{0,2}"
                   r"(?:\s*[ap]\.?m\.?)?))*\s*[-–—:|]*\s*", re.I)


def dateline(text: str) -> tuple[str | None, str | None]:
    """The date of the dateline at the top of a plain-text article, if it has one."""
    return find_dateline(text)[:2]


def find_dateline(text: str) -> tuple[str | None, str | None, int, int]:
    """`dateline`'s date and note, and the span of the dateline in `text` (place, label,
    date, agency and dash; (0, 0) without one), so it can be left out of the prose."""
    pos = 0
    seen = 0
    for line in text[:2000].split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        seen += 1
        if seen > _TOP_LINES:
            break
        best = None
        for form in _FORMS:
            m = form.search(line[:_TOP_CHARS + 40])
            if m and m.start() <= _TOP_CHARS and (best is None or m.start() < best.start()):
                best = m
        if best is not None and _LEAD.match(line[:best.start()]):
            end = best.end() + _TAIL.match(line, best.end()).end() - best.end()
            return (*_from_match(best), start, start + end)
    return None, None, 0, 0


def check_date(value: str) -> str:
    """`value` if it is an ISO date aikg takes (YYYY-MM-DD, a year it reads); else ValueError."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    if not m:
        raise ValueError(f"expected a date as YYYY-MM-DD, not {value!r}")
    iso, note = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)), value)
    if iso is None:
        raise ValueError(note)
    return iso


# -- dates the text gives relative to the article's ---------------------------------
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
             "sunday": 6, "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4,
             "samedi": 5, "dimanche": 6}
_FULL_MONTHS = {m: n for m, n in MONTHS.items() if len(m) > 4 or m in ("mars", "mai", "juin", "june", "july")}
_WEN = "|".join(list(_WEEKDAYS)[:7])
_WFR = "|".join(list(_WEEKDAYS)[7:])
_M = "|".join(sorted((m for m in _FULL_MONTHS if m != "may"), key=len, reverse=True))
# (pattern, what it says): a shift in years, months or days from the article's date, a
# weekday (the last one on or before it), or a month (the last one before it)
_RELATIVE_FORMS = [
    (r"\b(?:last|past|previous) year\b|\bl'(?:an|année) (?:dernier|dernière|passé|passée)\b"
     r"|\bl’(?:an|année) (?:dernier|dernière|passé|passée)\b", ("years", -1)),
    (r"\b(?:earlier |later )?this year\b|\bcette année\b|\bplus tôt cette année\b", ("years", 0)),
    (r"\bnext year\b|\bl['’](?:an|année) prochaine?\b", ("years", 1)),
    (r"\blast month\b|\ble mois dernier\b|\ble mois passé\b", ("months", -1)),
    (r"\b(?:earlier |later )?this month\b|\bce mois-ci\b|\bplus tôt ce mois-ci\b", ("months", 0)),
    (r"\bnext month\b|\ble mois prochain\b", ("months", 1)),
    (r"\blast week\b|\bla semaine (?:dernière|passée)\b", ("days", -7)),
    (r"\bthis week\b|\bcette semaine\b", ("days", 0)),
    (r"\bnext week\b|\bla semaine prochaine\b", ("days", 7)),
    (r"\byesterday\b|\bhier\b", ("days", -1)),
    (r"\btoday\b|\baujourd['’]hui\b", ("days", 0)),
    (r"\btomorrow\b|\bdemain\b", ("days", 1)),
    # a weekday: after "on", "last"..., or opening the sentence ("Tuesday, X said"; not "the
    # Sunday Times"); a French one anywhere ("mardi", "lundi dernier")
    (rf"\b(?:on|last|this past|since|until|by) (?P<weekday>{_WEN})\b(?! \d)|^(?P<opening>{_WEN}),"
     rf"|\b(?P<jour>{_WFR})\b(?! \d)", ("weekday", 0)),
    (rf"\b(?:last|this past) (?P<month>{_M})\b|\b(?:en )?(?P<mois>{_M}) (?:dernier|passé)\b", ("month", 0)),
]
# words one of the forms needs: most sentences have none, and skip the pattern
_RELATIVE_KEYS = ("year", "month", "week", "day", "tomorrow", "année", "l'an", "l’an", "mois", "semaine",
                  "hier", "aujourd", "demain", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                  "dimanche", "last ", "past ", "dernier", "passé")
# one pattern for all (each form its own group), read in one pass over the sentence
_RELATIVE = re.compile("|".join(f"(?P<r{i}>{p})" for i, (p, _) in enumerate(_RELATIVE_FORMS)), re.I)


def relative_years(text: str, day: str | None) -> list[tuple[int, int, int]]:
    """The years of the dates `text` tells relative to the article's date `day` (ISO), as
    (start, end, year): "last year", "l'an dernier", "last month", "le mois dernier",
    "on Tuesday", "mardi", "last March", "en mars dernier", "yesterday", "hier"... A
    weekday is the last one on or before `day`, a month the last one before it. Nothing
    without `day`."""
    if not day:
        return []
    try:
        today = _dt.date.fromisoformat(day)
    except ValueError:
        return []
    low = text.lower()
    if not any(k in low for k in _RELATIVE_KEYS):
        return []
    out = []
    for m in _RELATIVE.finditer(text):
        unit, shift = _RELATIVE_FORMS[int(m.lastgroup[1:])][1]
        if unit == "years":
            year = today.year + shift
        elif unit == "months":
            year = today.year + (today.month - 1 + shift) // 12
        elif unit == "days":
            year = (today + _dt.timedelta(days=shift)).year
        elif unit == "weekday":
            named = m.group("weekday") or m.group("opening") or m.group("jour")
            back = (today.weekday() - _WEEKDAYS[named.lower()]) % 7
            year = (today - _dt.timedelta(days=back)).year
        else:
            month = _FULL_MONTHS[(m.group("month") or m.group("mois")).lower()]
            year = today.year if month < today.month else today.year - 1
        out.append((m.start(), m.end(), year))
    return out
