"""Export formats, one module each, behind one registry with aliases.

Each format module defines an `Exporter`: `generate(kg, **options)` returns the
text, `filename` is the file `aikg build` writes it to in the output folder.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from extractors.errors import UnknownNameError
from graph.io import atomic_write
from graph.model import KnowledgeGraph


@dataclass(frozen=True)
class Exporter:
    name: str
    filename: str
    generate: Callable[..., str]
    aliases: tuple[str, ...] = ()
    media_type: str = "text/plain"

    def write(self, kg: KnowledgeGraph, path: Path, **options) -> Path:
        return atomic_write(Path(path), self.generate(kg, **options))


# format name -> module that defines EXPORTER; imported on first use
_MODULES = {
    "turtle": "graph.exporters.turtle",
    "jsonl": "graph.exporters.jsonl",
    "html": "graph.exporters.html",
}
_ALIASES = {"ttl": "turtle", "htm": "html", "json-lines": "jsonl"}


def names() -> list[str]:
    return sorted(_MODULES)


def get(name: str) -> Exporter:
    """The exporter registered under `name` or one of its aliases."""
    key = _ALIASES.get(name.lower(), name.lower())
    if key not in _MODULES:
        raise UnknownNameError("export format", name, names() + sorted(_ALIASES))
    return importlib.import_module(_MODULES[key]).EXPORTER
