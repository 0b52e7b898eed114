"""What aikg knows of each language it reads, one module per language behind one registry.

`get(lang)` returns the language module (`extractors.lang.en`, `extractors.lang.fr`),
checked to fill every slot that `extractors.lang.base.LanguageData` declares.
"""
from __future__ import annotations

import importlib
from functools import cache

from extractors.errors import UnknownNameError

_MODULES = {"en": "extractors.lang.en", "fr": "extractors.lang.fr"}


def languages() -> list[str]:
    return sorted(_MODULES)


@cache
def get(lang: str):
    """The language module of `lang`."""
    from extractors.lang.base import missing_slots

    if lang not in _MODULES:
        raise UnknownNameError("language", lang, languages())
    module = importlib.import_module(_MODULES[lang])
    missing = missing_slots(module)
    if missing:
        raise TypeError(f"{module.__name__} does not fill {', '.join(missing)}")
    return module
