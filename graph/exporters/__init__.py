"""Export formats, one module each, behind one registry with aliases.

Each format module defines an `Exporter`: `generate(kg, **options)` returns the
text, `filename` is the file `aikg build` writes it to in the output folder. A
format made of several files (Neo4j's nodes.csv + relationships.csv) returns a
dict of file name -> text instead, and `filename` names the folder they go in.
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
    generate: Callable[..., str | dict[str, str]]
    aliases: tuple[str, ...] = ()
    media_type: str = "text/plain"
    multi_file: bool = False      # generate returns {file name: text}; filename is a folder

    def write(self, kg: KnowledgeGraph, path: Path, **options) -> Path:
        """Write the export at `path` (a folder for a multi-file format); returns `path`."""
        output = self.generate(kg, **options)
        if not self.multi_file:
            return atomic_write(Path(path), output)
        for name, text in output.items():
            atomic_write(Path(path) / name, text)
        return Path(path)


# format name -> module that defines EXPORTER; imported on first use
_MODULES = {
    "turtle": "graph.exporters.turtle",
    "jsonl": "graph.exporters.jsonl",
    "html": "graph.exporters.html",
    "ntriples": "graph.exporters.ntriples",
    "jsonld": "graph.exporters.jsonld",
    "graphml": "graph.exporters.graphml",
    "neo4j": "graph.exporters.neo4j",
}
_ALIASES = {"ttl": "turtle", "htm": "html", "json-lines": "jsonl", "nt": "ntriples",
            "n-triples": "ntriples", "json-ld": "jsonld", "neo4j-csv": "neo4j"}


def names() -> list[str]:
    return sorted(_MODULES)


def aliases(name: str) -> list[str]:
    """The other names of the format `name`, sorted."""
    return sorted(a for a, target in _ALIASES.items() if target == name)


def get(name: str) -> Exporter:
    """The exporter registered under `name` or one of its aliases."""
    key = _ALIASES.get(name.lower(), name.lower())
    if key not in _MODULES:
        raise UnknownNameError("export format", name, names() + sorted(_ALIASES))
    return importlib.import_module(_MODULES[key]).EXPORTER
