"""Telling French from English, per article.

Counts the article's words that are stop words of each language (spaCy's own
lists, minus the words the two share) and picks the language with more; ties
and texts without any go to the default.
"""
from __future__ import annotations

import re
from functools import cache

LANGUAGES = ("en", "fr")
_FRENCH_LETTERS = re.compile("[àâçéèêëîïôûùœ]")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)


@cache
def _stop_words() -> dict[str, frozenset[str]]:
    from extractors.token_match import compact_patterns

    with compact_patterns():  # importing spaCy's French data compiles its word pattern
        from spacy.lang.en.stop_words import STOP_WORDS as en
        from spacy.lang.fr.stop_words import STOP_WORDS as fr
    shared = en & fr
    return {"en": frozenset(en - shared), "fr": frozenset(fr - shared)}


def detect_language(text: str, *, default: str = "en", sample: int = 5000) -> str:
    """'fr' or 'en' for `text` (its first `sample` characters are enough)."""
    stops = _stop_words()
    counts = dict.fromkeys(LANGUAGES, 0)
    for m in _WORD.finditer(text[:sample].replace("\u2019", "'").lower()):
        w = m.group()
        if "'" in w:  # French elision (l'entreprise, d'OpenAI) or English 's
            head = w.split("'")[0] + "'"
            counts["fr" if head in stops["fr"] else "en"] += head in stops["fr"] or w.endswith("'s")
            continue
        for lang in LANGUAGES:
            counts[lang] += w in stops[lang]
        counts["fr"] += bool(_FRENCH_LETTERS.search(w))
    if counts["fr"] == counts["en"]:
        return default
    return max(counts, key=counts.get)
