"""Attribute parsers on plain strings: money, stakes, years, status and negation.

Every function here takes a `str` and a language code ("en" or "fr") and
returns plain values with character offsets into that string, so rule code can
call them on a sentence, a clause or a span's text. No spaCy needed; all
regular expressions are compiled once at import.

>>> find_amounts("SoftBank could invest up to $4 billion.", "en")[0].amount
4000000000.0
>>> detect_status("Apple pourrait investir", "fr")
('possible', 'pourrait')
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from types import MappingProxyType

__all__ = [
    "Money", "Stake", "find_amounts", "find_stakes", "find_percents", "find_years",
    "detect_status", "is_negated", "STATUS_CUES", "STATUS_PRIORITY",
    "NEGATION_CUES", "DENIAL_CUES", "COLLAPSE_CUES", "is_collapse",
]

_APOS = "['\u2019\u02bc]"          # straight and curly apostrophes
_SP = "[ \u00a0\u202f\u2009]"       # space, no-break, narrow no-break, thin


@dataclass(frozen=True, slots=True)
class Money:
    """An amount of money found at text[start:end], in units of `currency`."""

    start: int
    end: int
    amount: float            # plain number in units: "25 milliards" -> 25e9
    currency: str            # ISO 4217
    approx: bool = False     # "about", "environ", "près de", "more than"...
    upper_bound: bool = False  # "up to", "jusqu'à", or the top of a range


@dataclass(frozen=True, slots=True)
class Stake:
    """A shareholding percentage found at text[start:end]."""

    start: int
    end: int
    percent: float


# --------------------------------------------------------------------------
# numbers

def _num_pattern(group_seps: str) -> str:
    # A number: digit groups of three ("1,500,000", "1 500") or plain digits,
    # with an optional decimal part. Never starts inside another number/word.
    return (rf"(?<![\w.,])(?:\d{{1,3}}(?:(?:{group_seps})\d{{3}})+(?!\d)(?:[.,]\d+)?"
            rf"|\d+(?:[.,]\d+)?)(?![.,]?\d)")


_NUM = {
    "en": _num_pattern(r"[,\u00a0\u202f\u2009]|\.(?=\d{3}(?!\d))"),
    "fr": _num_pattern(r"[ \u00a0\u202f\u2009.]|,(?=\d{3}(?!\d))"),
}


def _parse_number(s: str, lang: str) -> float | None:
    """Parse "1,7" / "1.5" / "1 500" / "1,500,000.5" the way `lang` writes them.

    >>> _parse_number("1,7", "fr"), _parse_number("1,500", "en"), _parse_number("1 500", "fr")
    (1.7, 1500.0, 1500.0)
    """
    s = re.sub(_SP, "", s)
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if dec == "," else ",", "").replace(dec, ".")
    else:
        for sep in ",.":
            parts = s.split(sep)
            if len(parts) > 2:
                s = "".join(parts)
            elif len(parts) == 2:
                thousands = len(parts[1]) == 3 and (sep == "," if lang == "en" else sep == ".")
                s = "".join(parts) if thousands else ".".join(parts)
    try:
        return float(Decimal(s))
    except InvalidOperation:
        return None


# --------------------------------------------------------------------------
# money

# scale words; "billion" is 10^9 in English and 10^12 in French.
_SCALES = [
    (r"trillions?|tn|trn", 1e12),
    (r"billions?", None),
    (r"milliards?|mrds?|mds?|md|bn|bln|b", 1e9),
    (r"millions?|mios?|mln|mn|m", 1e6),
    (r"milliers?|mille|thousands?|k", 1e3),
]
_SCALE_RE = "|".join(p for p, _ in _SCALES)
_SCALE = rf"(?:{_SCALE_RE})(?![^\W\d_])"
_SCALE_WORD = r"(?:trillions?|billions?|milliards?|millions?|thousand|mille)"

# (pattern, ISO code); longest patterns first inside each alternation.
_CUR_POST = [
    (r"dollars?\s+(?:am[ée]ricains?|US|des\s+[ÉE]tats-Unis)|US\s+dollars?|U\.S\.\s+dollars?|american\s+dollars?", "USD"),
    (r"dollars?\s+canadiens?|canadian\s+dollars?|CAD|C\$|CA\$", "CAD"),
    (r"dollars?\s+australiens?|australian\s+dollars?|AUD|A\$|AU\$", "AUD"),
    (r"dollars?\s+de\s+Hong\s+Kong|dollars?\s+hongkongais|Hong\s+Kong\s+dollars?|HKD|HK\$", "HKD"),
    (r"dollars?\s+de\s+Singapour|dollars?\s+singapouriens?|Singapore(?:an)?\s+dollars?|SGD|S\$", "SGD"),
    (r"dollars?\s+taïwanais|Taiwan(?:ese)?\s+dollars?|New\s+Taiwan\s+dollars?|TWD|NT\$", "TWD"),
    (r"dollars?|USD|US\$|U\.S\.\$|\$", "USD"),
    (r"euros?|EUR|€", "EUR"),
    # bare "livres" is "books" too often ("7 millions de livres numérisés")
    (r"livres?\s+sterling|pounds?\s+sterling|pounds?|sterling|GBP|£", "GBP"),
    (r"francs?\s+suisses|swiss\s+francs?|CHF", "CHF"),
    (r"yens?|JPY|¥|円", "JPY"),
    (r"yuans?|renminbi|RMB|CNY", "CNY"),
    (r"roupies?(?:\s+indiennes)?|(?:indian\s+)?rupees?|INR|₹|Rs\.?", "INR"),
    (r"wons?(?:\s+sud-cor[ée]ens)?|(?:south\s+)?korean\s+won|KRW|₩", "KRW"),
    (r"couronnes?\s+su[ée]doises?|swedish\s+kronor|SEK", "SEK"),
    (r"couronnes?\s+norv[ée]giennes?|norwegian\s+kroner|NOK", "NOK"),
    (r"couronnes?\s+danoises?|danish\s+kroner|DKK", "DKK"),
    (r"dirhams?|AED", "AED"),
    (r"riyals?|SAR", "SAR"),
    (r"r[ée]als?\s+br[ée]siliens?|brazilian\s+reais|reais|BRL|R\$", "BRL"),
]
_CUR_PRE = [
    (r"US\$|U\.S\.\$|USD|\$", "USD"),
    (r"C\$|CA\$|CAD", "CAD"), (r"A\$|AU\$|AUD", "AUD"), (r"HK\$|HKD", "HKD"),
    (r"S\$|SGD", "SGD"), (r"NT\$|TWD", "TWD"),
    (r"€|EUR", "EUR"), (r"£|GBP", "GBP"), (r"¥|JPY", "JPY"), (r"CNY|RMB", "CNY"),
    (r"CHF", "CHF"), (r"₹|INR|Rs\.?", "INR"), (r"₩|KRW", "KRW"), (r"R\$|BRL", "BRL"),
]


def _top_level_alternatives(pattern: str) -> list[str]:
    """Split a regex at its top-level "|" (not inside groups or classes)."""
    parts, depth, cls, cur, esc = [], 0, False, [], False
    for ch in pattern:
        if esc:
            esc = False
        elif ch == "\\":
            esc = True
        elif cls:
            cls = ch != "]"
        elif ch == "[":
            cls = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
            continue
        cur.append(ch)
    return parts + ["".join(cur)]


def _alternation(pairs: list[tuple[str, str]]) -> str:
    # Longest alternatives first so "US$" wins over "$" and "dollars US" over "dollars".
    alts = sorted((a for p, _ in pairs for a in _top_level_alternatives(p)), key=len, reverse=True)
    return "|".join(alts)


_CUR_POST_RE = rf"(?:{_alternation(_CUR_POST)})(?![^\W\d_])"
_CUR_PRE_RE = rf"(?<![^\W\d_])(?:{_alternation(_CUR_PRE)})"
_NUM_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "half a": 0.5, "un": 1, "une": 1,
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "un demi": 0.5,
}
_NUM_WORD_RE = "|".join(sorted((k.replace(" ", r"\s+") for k in _NUM_WORDS), key=len, reverse=True))
_OF = rf"(?:(?:de|of)\s+|d{_APOS}\s?)"


def _money_pattern(lang: str) -> re.Pattern:
    num = _NUM[lang]
    return re.compile(
        rf"(?P<pre>{_CUR_PRE_RE})\s?(?P<n0>{num}\s*(?:-|\u2013|\u2014|to)\s*)?(?P<n1>{num})"
        rf"(?:[\s-]?(?P<s1>{_SCALE}))?"
        rf"(?:\s?(?:{_CUR_POST_RE}))?"
        rf"|(?P<n2>{num})(?:[\s-]?(?P<s2>{_SCALE}))?[\s-]?{_OF}?(?P<post2>{_CUR_POST_RE})"
        rf"|(?<![^\W\d_])(?P<w3>{_NUM_WORD_RE})\s+(?P<s3>{_SCALE_WORD})(?![^\W\d_])[\s-]?{_OF}?(?P<post3>{_CUR_POST_RE})",
        re.I)


_MONEY = {lang: _money_pattern(lang) for lang in ("en", "fr")}
# every amount has a digit or a scale word ("a billion dollars"): a quick test first
_MAYBE_MONEY = re.compile(rf"\d|{_SCALE_WORD}", re.I)

_UPPER_LEFT = re.compile(
    rf"(?:\bup\s+to|\bas\s+much\s+as|\bas\s+high\s+as|\bat\s+most|\bno\s+more\s+than|"
    rf"\ba\s+maximum\s+of|\bcapped\s+at|\bjusqu{_APOS}\s?(?:à|a)|\bpouvant\s+atteindre|"
    rf"\bun\s+maximum\s+de|\bau\s+maximum|\bau\s+plus|\bplafonnée?s?\s+à)\s*$", re.I)
_APPROX_LEFT = re.compile(
    rf"(?:\babout|\baround|\broughly|\bapproximately|\bapprox\.|\bnearly|\balmost|"
    rf"\bclose\s+to|\bsome|\ban\s+estimated|\bestimated\s+at|\bmore\s+than|\bover|"
    rf"\bat\s+least|\ba\s+minimum\s+of|\bau\s+moins|\bun\s+minimum\s+de|\bupwards\s+of|\bin\s+excess\s+of|\bnorth\s+of|\bless\s+than|\bjust\s+(?:over|under)|"
    rf"\benviron|\bprès\s+d(?:e\s+|{_APOS}\s?)|\bpresque|\bquelque|\bautour\s+d(?:e\s+|{_APOS}\s?)|"
    rf"\bapproximativement|\bplus\s+d(?:e\s+|{_APOS}\s?)|\bmoins\s+d(?:e\s+|{_APOS}\s?)|"
    rf"\bestimée?s?\s+à|\bun\s+peu\s+plus\s+d(?:e\s+|{_APOS}\s?)|~)\s*$", re.I)
_APPROX_RIGHT = re.compile(r"^\s*(?:or\s+so\b|environ\b)", re.I)


def _range_left(lang: str) -> re.Pattern:
    # The lower half of a range that ends right where an amount starts:
    # "between $15 and " / "entre 15 et " / "15-" / "de 15 à " / "from $15 billion to ".
    num = _NUM[lang]
    low = (rf"(?:{_CUR_PRE_RE}\s?)?{num}(?:[\s-]?{_SCALE})?"
           rf"(?:[\s-]?{_OF}?{_CUR_POST_RE})?")
    return re.compile(
        rf"(?:\b(?:between|entre)\s+(?P<a>{low})\s+(?:and|et)\s+"
        rf"|(?P<b>{low})\s*(?:\bto\b|\bà\b|[-\u2013\u2014])\s*)$", re.I)


_RANGE_LEFT = {lang: _range_left(lang) for lang in ("en", "fr")}


def _currency(text: str, table: list[tuple[str, str]]) -> str:
    for pattern, code in table:
        if re.fullmatch(pattern, text.strip(), re.I):
            return code
    return "USD"


def _scale(word: str | None, lang: str) -> float:
    if not word:
        return 1.0
    w = word.lower()
    for pattern, value in _SCALES:
        if re.fullmatch(pattern, w):
            if value is None:        # "billion": 10^12 in French, 10^9 in English
                return 1e12 if lang == "fr" else 1e9
            return value
    return 1.0


def _check_lang(lang: str) -> str:
    return "fr" if lang.lower().startswith("fr") else "en"


def find_amounts(text: str, lang: str) -> list[Money]:
    """Every amount of money in `text`, left to right.

    Prefixed ("$4 billion", "US$1.5bn", "€1.3bn", "USD 500 million") and
    suffixed ("25 milliards de dollars", "8 Md$", "100 M€", "500 million
    euros") shapes, number words ("a billion dollars", "un milliard
    d'euros"), French decimal commas and space-grouped thousands. Ranges
    give their upper value with ``upper_bound=True``. Bare numbers and
    percentages are not money.

    >>> [(m.amount, m.currency) for m in find_amounts("25 milliards de dollars", "fr")]
    [(25000000000.0, 'USD')]
    >>> m = find_amounts("jusqu'à 1,7 milliard d'euros", "fr")[0]
    >>> (m.amount, m.currency, m.upper_bound)
    (1700000000.0, 'EUR', True)
    >>> m = find_amounts("between $15 and $25 billion", "en")[0]
    >>> (m.amount, m.upper_bound)
    (25000000000.0, True)
    """
    lang = _check_lang(lang)
    found: list[Money] = []
    if not _MAYBE_MONEY.search(text):
        return found
    for m in _MONEY[lang].finditer(text):
        if m.group("pre") is not None:
            value, scale = _parse_number(m.group("n1"), lang), m.group("s1")
            currency = _currency(m.group("pre"), _CUR_PRE)
        elif m.group("n2") is not None:
            value, scale = _parse_number(m.group("n2"), lang), m.group("s2")
            currency = _currency(m.group("post2"), _CUR_POST)
        else:
            value = _NUM_WORDS[re.sub(r"\s+", " ", m.group("w3").lower())]
            scale, currency = m.group("s3"), _currency(m.group("post3"), _CUR_POST)
        if value is None:
            continue
        start, end = m.span()
        amount = float(Decimal(str(value)) * Decimal(str(_scale(scale, lang))))
        upper = m.group("pre") is not None and m.group("n0") is not None
        left = text[max(0, start - 80):start]
        r = _RANGE_LEFT[lang].search(left)
        if r:                  # the range starts at "between"/"entre" or at its lower value
            start -= len(left) - r.start()
            upper = True
            found = [f for f in found if f.end <= start]
        left = text[max(0, start - 40):start]
        upper = upper or bool(_UPPER_LEFT.search(left))
        approx = bool(_APPROX_LEFT.search(left) or _APPROX_RIGHT.match(text[end:end + 12]))
        found.append(Money(start, end, amount, currency, approx, upper))
    return found


# --------------------------------------------------------------------------
# stakes and percentages

_PERCENT = {
    lang: re.compile(rf"(?P<n>{_NUM[lang]}){_SP}?(?:%|\s?(?:per\s?cent|percent|pour\s?cent|pour-cent)\b)", re.I)
    for lang in ("en", "fr")
}
_STAKE_RIGHT = re.compile(
    r"^[\s-]*(?:\w+[\s-]+)?(?:stakes?|holdings?|interest|shares?|ownership|equity|owned|"
    r"of\s+(?:the\s+|its\s+|their\s+)?(?:capital|shares|equity|company|firm|group|startup|voting\s+rights)|"
    r"du\s+capital|des\s+parts|des\s+actions|des\s+droits\s+de\s+vote|de\s+(?:son|sa|leur|la)\s+capital|"
    r"de\s+participation|de\s+la\s+(?:société|soci[ée]t[ée]|start-up|startup|jeune\s+pousse|filiale)|"
    r"d[u'\u2019]\s?(?:groupe|entreprise|capital))", re.I)
_STAKE_LEFT = re.compile(
    r"(?:\bstakes?|\bholdings?|\binterest|\bparticipation|\bpart|\bparts|\bhold(?:s|ing)?|\bheld|"
    r"\bown(?:s|ed|ing)?|\bacquired?|\bacquiring|\bbuy(?:s|ing)?|\bbought|\btak(?:e|es|ing)|\btook|"
    r"\bsell(?:s|ing)?|\bsold|\bdétient|\bdétenait|\bdétiendra|\bpossède|\bacquiert|\brach[èe]te|\bprend|\bcède|"
    r"\brachet[ée]e?s?|\bachet[ée]e?s?|\bacquise?s?|\bdétenue?s?|"
    r"\bcéd[ée]|\bvend|\bcontrôle|\bmonte|\bporte)\b[^.;:!?%]{0,40}$", re.I)


def find_percents(text: str, lang: str) -> list[tuple[int, int, float]]:
    """Every percentage as (start, end, value): "10 %", "49%", "49 per cent", "20 pour cent".

    >>> find_percents("a 49 per cent rise", "en")
    [(2, 13, 49.0)]
    """
    lang = _check_lang(lang)
    out = []
    for m in _PERCENT[lang].finditer(text):
        value = _parse_number(m.group("n"), lang)
        if value is not None:
            out.append((m.start(), m.end(), value))
    return out


def find_stakes(text: str, lang: str) -> list[Stake]:
    """Percentages that are shareholdings: "10 % du capital", "a 49% stake",
    "a 49 per cent stake", "une participation de 20 %", "holds 10% of".

    A percentage with no stake word nearby ("revenue rose 49%") is not a stake.

    >>> find_stakes("une participation de 20 % dans Mistral", "fr")
    [Stake(start=21, end=25, percent=20.0)]
    >>> find_stakes("revenue rose 49% last year", "en")
    []
    """
    lang = _check_lang(lang)
    out = []
    for start, end, value in find_percents(text, lang):
        if 0 < value <= 100 and (_STAKE_RIGHT.match(text[end:end + 60])
                                 or _STAKE_LEFT.search(text[max(0, start - 60):start])):
            out.append(Stake(start, end, value))
    return out


# --------------------------------------------------------------------------
# years

_MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|"
    r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|"
    r"janv|f[ée]vr|avr|juil|d[ée]c"
)
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")  # in every year and date: a quick test first
_YEAR = re.compile(r"(?<![\w$€£¥.,/])(?:19|20)\d{2}(?![\w%$€£¥]|[.,]\d|\s?%|\s\d{3}(?!\d)|-\d{2}-)")
_ISO_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})-[01]\d-[0-3]\d(?!\d)|(?<!\d)[0-3]?\d/[01]?\d/((?:19|20)\d{2})(?!\d)")
_YEAR_LEFT = re.compile(
    rf"(?:\b(?:in|between|entre|since|by|from|until|till|through|throughout|during|before|after|as\s+of|circa|"
    rf"early|late|mid|spring|summer|autumn|fall|winter|year|Q[1-4]|H[12]|"
    rf"(?:end|start|beginning|middle|half|quarter|course|spring|summer|autumn|fall|winter)\s+of|"
    rf"(?:fin|début|milieu|courant)\s+d(?:e|{_APOS})(?:\s*l{_APOS}ann[ée]e)?|"
    rf"en|depuis|dès|d{_APOS}ici(?:\s+à|\s+fin)?|jusqu{_APOS}(?:en|à)|avant|après|début|fin|mi|courant|vers|"
    rf"l{_APOS}an|l{_APOS}année|année|printemps|été|automne|hiver|trimestre|semestre|T[1-4]|S[12]|"
    rf"(?:{_MONTHS})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,)?)"
    rf"|(?:19|20)\d{{2}}\s*(?:-|–|to|and|à|et|au)|\()[\s-]*$", re.I)

_YEAR_RANGE_RIGHT = re.compile(r"\s*(?:-|\u2013|to|à|au)\s*(?:19|20)\d{2}(?!\d)", re.I)


def find_years(text: str, lang: str, money: list[Money] | None = None) -> list[tuple[int, int, int]]:
    """Years in a date-like context, as (start, end, year).

    "en 2019", "in 2023", "in January 2023", "janvier 2023", "15 mars 2021",
    "March 3, 2021", "fin 2023", "d'ici 2030", "Q1 2024", "2023-05-01",
    "(2019)". Not fiscal codes ("FY2024"), not amounts ("$2025 million",
    "2 000 employés") and not bare numbers without a date cue. `money`: the
    text's amounts when the caller has them already.

    >>> find_years("OpenAI was founded in 2015.", "en")
    [(22, 26, 2015)]
    >>> find_years("2 000 employés et 2025 millions de dollars", "fr")
    []
    """
    lang = _check_lang(lang)
    out: list[tuple[int, int, int]] = []
    if not _YEAR_LIKE.search(text):
        return out
    spans = None  # the amounts' spans, read only when a year-like number is there
    for m in _YEAR.finditer(text):
        s, e = m.span()
        if spans is None:
            spans = [(a.start, a.end) for a in (find_amounts(text, lang) if money is None else money)]
        if any(a <= s < b for a, b in spans):
            continue
        left = text[max(0, s - 40):s]
        if _YEAR_LEFT.search(left) or _YEAR_RANGE_RIGHT.match(text[e:e + 12]):
            # "may 2023" is a month only when capitalised: "it may 2023" never happens
            mm = re.search(r"(\w+)[\s-]*$", left)
            if mm and mm.group(1) == "may":
                continue
            out.append((s, e, int(m.group())))
    for m in _ISO_DATE.finditer(text):
        g = 1 if m.group(1) else 2
        if not any(s == m.start(g) for s, _, _ in out):
            out.append((m.start(g), m.end(g), int(m.group(g))))
    return sorted(out)


# --------------------------------------------------------------------------
# status and modality

# Controlled status for each cue: lower-case surface form, lemma or phrase.
# Rule code may look up `token.lower_` first, then `token.lemma_`.
STATUS_CUES = MappingProxyType({
    "en": MappingProxyType({
        # possible
        "could": "possible", "may": "possible", "might": "possible", "would": "possible",
        "possibly": "possible", "potentially": "possible", "potential": "possible",
        "perhaps": "possible", "likely": "possible", "probably": "possible", "unlikely": "possible",
        "considering": "possible", "considers": "possible", "considered": "possible",
        "weighed": "possible", "explored": "possible", "mulled": "possible", "eyed": "possible",
        "contemplated": "possible", "contemplating": "possible", "contemplates": "possible",
        "mulls": "possible", "mulling": "possible", "weighing": "possible", "weighs": "possible",
        "exploring": "possible", "explores": "possible", "eyeing": "possible", "eyes": "possible",
        "possible": "possible", "consider": "possible", "mull": "possible",
        # reported
        "reportedly": "reported", "is said to": "reported", "are said to": "reported",
        "is reported to": "reported", "are reported to": "reported", "according to": "reported",
        "rumored": "reported", "rumoured": "reported", "allegedly": "reported",
        "people familiar with": "reported", "familiar with the matter": "reported",
        "citing": "reported", "sources told": "reported", "people with knowledge": "reported",
        "people briefed": "reported", "sources said": "reported",
        "sources say": "reported", "people close to": "reported", "reported that": "reported",
        # in-talks
        "in talks": "in-talks", "in advanced talks": "in-talks", "in early talks": "in-talks",
        "in discussions": "in-talks", "in negotiations": "in-talks", "negotiating": "in-talks",
        "negotiate": "in-talks", "negotiations": "in-talks", "talks with": "in-talks",
        "held talks": "in-talks", "exclusive talks": "in-talks", "discussing": "in-talks",
        "in discussion": "in-talks",
        # planned
        "plans to": "planned", "plan to": "planned", "planned": "planned", "planning to": "planned",
        "is set to": "planned", "are set to": "planned", "intends to": "planned",
        "intend to": "planned", "aims to": "planned", "aim to": "planned",
        "will": "planned", "'ll": "planned", "is going to": "planned", "is expected to": "planned",
        "are expected to": "planned", "expects to": "planned", "expected to": "planned",
        "seeks to": "planned", "is seeking to": "planned", "is looking to": "planned",
        "wants to": "planned", "hopes to": "planned", "is preparing to": "planned",
        "is poised to": "planned", "is about to": "planned", "is due to": "planned",
        "said it would": "planned", "says it would": "planned", "said it will": "planned",
        "says it will": "planned", "said they would": "planned", "committed to": "planned",
        "pledged to": "planned", "is committed to": "planned",
        # announced
        "announced": "announced", "announces": "announced", "announce": "announced",
        "agreed to": "announced", "agreed": "announced", "agrees to": "announced",
        "signed": "announced", "signs": "announced", "unveiled": "announced",
        "unveils": "announced", "confirmed": "announced", "confirms": "announced",
        "struck a deal": "announced", "entered into": "announced", "pledged": "announced",
        "pledges": "announced", "has agreed": "announced",
        # completed
        "completed": "completed", "completes": "completed", "closed": "completed",
        "closes": "completed", "finalized": "completed", "finalised": "completed",
        "finalizes": "completed", "finalises": "completed", "wrapped up": "completed",
        "sealed": "completed", "finalize": "completed", "finalise": "completed",
        # denied
        "denied": "denied", "denies": "denied", "deny": "denied",
    }),
    "fr": MappingProxyType({
        # possible
        "pourrait": "possible", "pourraient": "possible", "peut-être": "possible",
        "éventuellement": "possible", "potentiellement": "possible", "probablement": "possible",
        "peu probable": "possible", "improbable": "possible",
        "envisage": "possible", "envisagent": "possible", "envisager": "possible",
        "étudie": "possible", "réfléchit à": "possible", "songe à": "possible",
        "lorgne": "possible", "possible": "possible", "éventuel": "possible",
        "éventuelle": "possible", "potentiel": "possible", "potentielle": "possible",
        "susceptible de": "possible", "envisageait": "possible", "envisageaient": "possible",
        "a envisagé": "possible", "avait envisagé": "possible", "avaient envisagé": "possible",
        "étudiait": "possible", "a étudié": "possible", "avait étudié": "possible",
        # reported
        "serait": "reported", "seraient": "reported", "aurait": "reported",
        "auraient": "reported", "selon": "reported", "d'après": "reported",
        "de source proche": "reported", "de sources proches": "reported",
        "rapporte": "reported", "rapportent": "reported", "a appris": "reported",
        "rumeur": "reported", "rumeurs": "reported", "source proche": "reported",
        "sources proches": "reported", "croit savoir": "reported", "selon nos informations": "reported",
        # in-talks
        "en discussion": "in-talks", "en discussions": "in-talks", "en négociation": "in-talks",
        "en négociations": "in-talks", "négocie": "in-talks", "négocient": "in-talks",
        "négocier": "in-talks", "négociations": "in-talks", "discute": "in-talks",
        "discutent": "in-talks", "en pourparlers": "in-talks", "pourparlers": "in-talks",
        # planned
        "prévoit de": "planned", "prévoient de": "planned", "prévoit d'": "planned",
        "prévoient d'": "planned", "prévu": "planned", "prévue": "planned",
        "compte": "planned", "comptent": "planned", "va": "planned", "vont": "planned",
        "devrait": "planned", "devraient": "planned", "doit": "planned", "doivent": "planned",
        "a l'intention de": "planned", "entend": "planned", "entendent": "planned",
        "projette de": "planned", "s'apprête à": "planned", "s'apprêtent à": "planned",
        "vise à": "planned", "ambitionne de": "planned", "souhaite": "planned",
        "veut": "planned", "veulent": "planned", "voudrait": "planned", "voudraient": "planned",
        "souhaiterait": "planned", "souhaiteraient": "planned", "s'engage à": "planned",
        "s'est engagé à": "planned", "s'engagent à": "planned", "se sont engagés à": "planned",
        # announced
        "a annoncé": "announced", "ont annoncé": "announced", "annonce": "announced",
        "annoncent": "announced", "annoncer": "announced", "a dévoilé": "announced",
        "dévoile": "announced", "a officialisé": "announced", "officialise": "announced",
        "a signé": "announced", "ont signé": "announced", "signe": "announced",
        "signent": "announced", "a confirmé": "announced", "confirme": "announced",
        "a accepté de": "announced", "se sont mis d'accord": "announced",
        # completed
        "a finalisé": "completed", "ont finalisé": "completed", "finalise": "completed",
        "finalisé": "completed", "finalisée": "completed", "finaliser": "completed",
        "a conclu": "completed", "ont conclu": "completed", "conclut": "completed",
        "a bouclé": "completed", "ont bouclé": "completed", "boucle": "completed",
        "a clôturé": "completed", "a achevé": "completed", "a finalisé l'acquisition": "completed",
        # denied
        "dément": "denied", "démentent": "denied", "a démenti": "denied",
        "ont démenti": "denied", "démentir": "denied", "nie": "denied", "nient": "denied",
        "a nié": "denied", "nier": "denied",
    }),
})

# When several cues occur, the first status in this order wins: denial, then
# hedges from the most to the least uncertain, then "completed" over
# "announced" ("announced it has completed the deal" is a completed deal).
STATUS_PRIORITY = ("denied", "possible", "in-talks", "reported", "planned", "completed", "announced")

# Cues that need more context than the word itself to be a cue: French
# "compte", "va", "doit" only before an infinitive ("le compte" is a noun).
_W = r"(?<![\w'\u2019-])"
_INF = r"(?:\s+(?:bien|aussi|également|notamment|ainsi|donc|désormais))?\s+\w+(?:er|ir|re)\b"
_CUE_OVERRIDES = {
    **{w: rf"{_W}{w}(?={_INF})" for w in ("compte", "comptent", "va", "vont", "doit", "doivent")},
    "'ll": r"(?<=[\w\s])['\u2019]ll\b",
}
# French conditional of any verb ("investirait", "rachèteraient") reads as hearsay.
_FR_CONDITIONAL = re.compile(r"\b[a-zàâçéèêëîïôûù]{2,}(?<!t)rai(?:t|ent)\b|\b\w*(?:mett|batt)rai(?:t|ent)\b")
# French simple future ("investira", "sera", "rachèteront") is a plan.
_FR_FUTURE = re.compile(r"\b[a-zàâçéèêëîïôûù]{2,}(?:era|ira|ra|eront|iront|ront)\b")
_FR_NOT_VERBS = frozenset({
    "caméra", "opéra", "extra", "ultra", "contra", "tiara", "mantra", "choléra", "cobra",
    "sutra", "agora", "zebra", "front", "affront", "tantra", "chimera", "sahara", "riviera",
    "era", "ira", "sierra", "mascara", "tempura", "camera", "opera", "viagra",
})


def _phrase_re(phrase: str) -> str:
    # spaces after apostrophes too: rule code may pass tokens joined by spaces ("d' après")
    p = re.escape(phrase).replace(r"\ ", r"\s+").replace("'", _APOS + r"\s?")
    return rf"(?<![\w'\u2019-]){p}(?![\w-])" if phrase[-1].isalpha() else rf"(?<![\w'\u2019-]){p}"


def _at_word_starts(phrases: list[tuple[str, str]]) -> str:
    """One pattern of (phrase, its pattern) pairs that start with a letter, tried at word
    starts only and, there, only those whose first letter is the word's: the long
    alternation is otherwise tried whole at every character (each shortcut is worth a
    tenfold speed-up on sentences). Phrases keep their order within a letter, so the
    first of them that matches at a place is still the one found."""
    groups: dict[str, list[str]] = {}
    for phrase, pattern in phrases:
        groups.setdefault(phrase[0].lower(), []).append(f"(?:{pattern})")
    by_letter = "|".join(f"(?={re.escape(letter)})(?:{'|'.join(alts)})" for letter, alts in groups.items())
    return rf"(?<![\w'\u2019-])(?=\w)(?:{by_letter})"


def _cue_pattern(lang: str, status: str | None = None) -> re.Pattern:
    """The cues of `lang` (of one `status` only, if given) as one pattern."""
    cues = sorted((c for c, st in STATUS_CUES[lang].items() if status in (None, st)), key=len, reverse=True)
    words = _at_word_starts([(c, _CUE_OVERRIDES.get(c) or _phrase_re(c)) for c in cues if c[0].isalpha()])
    others = "|".join(f"(?:{_CUE_OVERRIDES.get(c) or _phrase_re(c)})" for c in cues if not c[0].isalpha())
    return re.compile(words + (f"|{others}" if others else ""), re.I)


_CUES = {lang: _cue_pattern(lang) for lang in ("en", "fr")}
# a quick test that a sentence may be hearsay (few are): its cues, French conditionals
_REPORTED_HINT = {"en": _cue_pattern("en", "reported"),
                  "fr": re.compile(f"{_cue_pattern('fr', 'reported').pattern}|{_FR_CONDITIONAL.pattern}",
                                   re.I)}


def _norm_cue(s: str) -> str:
    s = s.lower().replace("\u2019", "'").replace("\u02bc", "'")
    return re.sub(r"\s+", " ", re.sub(r"'\s+", "'", s)).strip()


def detect_status(text: str, lang: str) -> tuple[str, str] | None:
    """The status a clause gives its fact, and the cue that set it, or None.

    `text` is the sentence up to and including the clause of the fact. When
    several cues occur the most hedged wins (see `STATUS_PRIORITY`); among
    cues of the same status the last (nearest the verb) wins. French
    conditionals of any verb read as "reported" and simple futures as
    "planned". No cue gives None: the caller keeps its default (usually
    "completed" for a past tense, "announced" for a present one).

    >>> detect_status("Microsoft is reportedly in talks to invest", "en")
    ('in-talks', 'in talks')
    >>> detect_status("Selon Les Echos, Nvidia investirait dans Mistral", "fr")
    ('reported', 'investirait')
    >>> detect_status("Amazon invested in Anthropic", "en") is None
    True
    """
    lang = _check_lang(lang)
    table = STATUS_CUES[lang]
    hits: list[tuple[int, int, str, str]] = []   # (priority, position, status, cue)
    for m in _CUES[lang].finditer(text):
        cue = m.group()
        if cue == "May" or (lang == "en" and cue.lower() == "may" and re.match(r"\s+\d", text[m.end():])):
            continue     # the month
        key = _norm_cue(cue)
        status = table.get(key) or ("planned" if key == "'ll" else None)
        if status is None:
            continue
        hits.append((STATUS_PRIORITY.index(status), m.start(), status, cue))
    if lang == "fr":
        for rx, status in ((_FR_CONDITIONAL, "reported"), (_FR_FUTURE, "planned")):
            for m in rx.finditer(text):
                w = m.group()
                if w.lower() in table or w.lower() in _FR_NOT_VERBS:
                    continue
                if any(h[1] <= m.start() < h[1] + len(h[3]) for h in hits):
                    continue
                hits.append((STATUS_PRIORITY.index(status), m.start(), status, w))
    if not hits:
        return None
    best = min(hits, key=lambda h: (h[0], -h[1]))
    return best[2], best[3]


def detect_reported(text: str, lang: str) -> tuple[str, str] | None:
    """`detect_status(text, lang)` when it says "reported" (hearsay: "selon X",
    "according to", a French conditional), else None.

    >>> detect_reported("Selon Les Echos, Nvidia investirait dans Mistral", "fr")
    ('reported', 'investirait')
    >>> detect_reported("Amazon may invest in Anthropic, according to Reuters", "en") is None
    True
    """
    lang = _check_lang(lang)
    if not _REPORTED_HINT[lang].search(text):
        return None
    found = detect_status(text, lang)
    return found if found and found[0] == "reported" else None


# --------------------------------------------------------------------------
# negation and denial

# Single words (lower case) that negate the verb they attach to; for rule
# code checking `token.lower_` of the verb's children.
NEGATION_CUES = MappingProxyType({
    "en": frozenset({"not", "n't", "n’t", "never", "no", "neither", "nor", "no longer", "cannot"}),
    "fr": frozenset({"ne", "n'", "n’", "pas", "jamais", "aucun", "aucune", "nullement",
                     "guère", "ni", "ne...pas", "ne...plus", "ne...jamais"}),
})
# Verbs and phrases (lemmas and common forms) saying a fact is denied,
# abandoned or will not happen.
DENIAL_CUES = MappingProxyType({
    "en": frozenset({
        "deny", "denied", "denies", "decline", "declined", "declines", "drop out", "dropped out",
        "pull out", "pulled out", "pulls out", "abandon", "abandoned", "abandons",
        "call off", "called off", "rule out", "ruled out", "rules out", "scrap", "scrapped",
        "walk away", "walked away", "back out", "backed out", "withdraw", "withdrew",
        "withdrawn", "reject", "rejected", "rejects", "refuse", "refused", "refuses",
        "cancel", "cancelled", "canceled", "terminate", "terminated", "dismissed",
        "failed to", "fails to", "fail to", "blocked", "blocks", "shelved", "collapsed",
        "fell through", "fell apart", "walked away from", "dropped its", "dropped their",
        "drops its", "drop its", "dropped plans", "ditched", "ditches",
    }),
    "fr": frozenset({
        "démentir", "dément", "démentent", "démenti", "a démenti", "nier", "nie", "nient", "nié",
        "renoncer", "renonce", "renoncé", "a renoncé", "abandonner", "abandonne", "abandonné",
        "a abandonné", "exclure", "exclut", "exclu", "a exclu", "rejeter", "rejette",
        "rejeté", "refuser", "refuse", "refusé", "se retirer", "se retire", "s'est retiré",
        "s'est retirée", "annuler", "annule", "annulé", "mettre fin", "met fin", "a mis fin",
        "jette l'éponge", "a échoué", "ont échoué", "échoue", "a capoté", "ont capoté",
        "a rompu", "ont rompu", "rompt", "a bloqué", "bloque", "a mis un terme", "met un terme",
    }),
})

# The denial cues that say a deal itself failed ("the merger fell through", "le rachat a
# capoté"): every telling of that deal in the article is then negated, not only this one.
COLLAPSE_CUES = MappingProxyType({
    "en": frozenset({"collapsed", "collapses", "fell through", "falls through", "fell apart", "falls apart",
                     "called off", "calls off", "scrapped", "scraps", "abandoned", "abandons", "terminated",
                     "cancelled", "canceled", "blocked", "blocks", "failed", "fails", "unravelled", "unraveled",
                     "walked away from", "pulled out"}),
    "fr": frozenset({"a échoué", "ont échoué", "échoue", "a capoté", "ont capoté", "capote", "annulé", "annulée",
                     "a annulé", "abandonné", "abandonnée", "a abandonné", "a bloqué", "bloque", "bloqué",
                     "bloquée", "a avorté", "est tombé à l'eau", "est tombée à l'eau", "a rompu", "ont rompu",
                     "a mis fin", "met fin", "a mis un terme", "s'est retiré", "s'est retirée"}),
})


# the last word of each cue: a sentence without any of them tells no collapse
_COLLAPSE_LAST = MappingProxyType({lang: frozenset(c.split()[-1].split("'")[-1] for c in cues)
                                   for lang, cues in COLLAPSE_CUES.items()})


def may_tell_collapse(text: str, lang: str) -> bool:
    """Whether `text` has a word a collapse cue ends with: a quick test before `is_collapse`.

    >>> may_tell_collapse("The merger fell through in May", "en"), may_tell_collapse("X bought Y", "en")
    (True, False)
    """
    return not _COLLAPSE_LAST[_check_lang(lang)].isdisjoint(re.findall(r"\w+", _norm_cue(text)))


def is_collapse(cue: str | None, lang: str) -> bool:
    """Whether a negation cue says the deal itself failed ("collapsed", "a capoté").

    >>> is_collapse("fell through", "en"), is_collapse("not", "en")
    (True, False)
    """
    return bool(cue) and _norm_cue(cue) in COLLAPSE_CUES[_check_lang(lang)]


_NEG = {
    "en": re.compile(
        r"(?<![\w'])(?:not(?!\s+(?:only|just|least|yet|less|to\s+mention)\b)|never|neither|nor|cannot|"
        r"no\s+(?:longer|plans?|intention|deal|agreement|talks|investment)\b)(?![\w'])"
        r"|\w*n['\u2019]t\b(?!\s+(?:only|just|yet)\b)", re.I),
    "fr": re.compile(
        rf"(?<![\w'\u2019])(?:ne\s+|n{_APOS}\s?)(?:\S+\s+){{0,4}}?"
        r"(?:pas(?!\s+(?:seulement|uniquement|que|encore|moins|loin)\b)|plus(?!\s+(?:que|seulement)\b)|"
        r"jamais|point|guère|nullement|aucun|aucune|rien)\b"
        r"|(?<![\w'\u2019])(?:aucun|aucune|jamais)\b", re.I),
}


def _denial_re(lang: str) -> re.Pattern:
    phrases = sorted(DENIAL_CUES[lang] | COLLAPSE_CUES[lang], key=len, reverse=True)
    assert all(p[0].isalpha() for p in phrases)
    return re.compile(_at_word_starts([(p, _phrase_re(p)) for p in phrases]), re.I)


_DENIAL = {lang: _denial_re(lang) for lang in ("en", "fr")}
# Negating or refusing to *tell* ("did not disclose the amount", "declined to
# comment", "n'a pas précisé le montant") says nothing about the fact itself.
_TELLING = (
    r"comment\w*|disclos\w*|reveal\w*|specif\w*|confirm\w*|respond\w*|repl\w*|return\w*|"
    r"elaborat\w*|say|said|give|gave|given|provide\w*|made\s+public|make\s+public|immediately|"
    rf"pr[ée]cis\w*|divulgu\w*|d[ée]voil\w*|communiqu\w*|r[ée]v[ée]l\w*|r[ée]pond\w*|"
    rf"indiqu\w*|chiffr\w*|donn\w*|souhait\w*|voulu|s{_APOS}exprim\w*|rendu\s+public|"
    rf"été\s+(?:communiqu|d[ée]voil|divulgu|pr[ée]cis|r[ée]v[ée]l|rendu)\w*"
)
_NOT_DENIAL_RIGHT = re.compile(rf"^\s+(?:to\s+|de\s+|d{_APOS}\s?)?(?:{_TELLING})\b", re.I)
_TELLING_NEAR = re.compile(rf"^(?:\s+(?:been|yet|pas|encore|to|de|d{_APOS}|a|an|the|le|la|les)\b)*\s*(?:{_TELLING})\b", re.I)
_TELLING_IN = re.compile(rf"\b(?:{_TELLING})\b", re.I)


def is_negated(text: str, lang: str) -> tuple[bool, str | None]:
    """Whether a clause says its fact did not or will not happen, and the cue.

    Negation ("not", "n't", "never", "no longer"; "ne ... pas/plus/jamais",
    "aucun") and denial or withdrawal ("denied", "pulled out", "called off";
    "dément", "renonce", "a abandonné", "exclut"). "not only", "ne ... que",
    "pas encore", and negations of telling ("declined to comment", "did not
    disclose the amount", "n'a pas précisé le montant") do not count.

    >>> is_negated("Apple n'investira pas dans OpenAI", "fr")
    (True, "n'investira pas")
    >>> is_negated("Nvidia is not only a chipmaker", "en")
    (False, None)
    >>> is_negated("Nvidia invested but did not disclose the amount", "en")
    (False, None)
    """
    lang = _check_lang(lang)
    for m in _DENIAL[lang].finditer(text):
        if not _NOT_DENIAL_RIGHT.match(text[m.end():m.end() + 30]):
            return True, m.group()
    for m in _NEG[lang].finditer(text):
        if _TELLING_NEAR.match(text[m.end():m.end() + 40]) or _TELLING_IN.search(m.group()):
            continue
        return True, m.group()
    return False, None
