"""Relation rules, one module per language, behind one registry."""
from __future__ import annotations

import importlib

from extractors.errors import UnknownNameError

_MODULES = {"en": "extractors.rules.en", "fr": "extractors.rules.fr"}


def languages() -> list[str]:
    return sorted(_MODULES)


def get(lang: str):
    """The lexicon module of `lang`."""
    if lang not in _MODULES:
        raise UnknownNameError("language", lang, languages())
    return importlib.import_module(_MODULES[lang])
