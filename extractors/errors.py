"""Errors the library raises; the CLI turns each into one line and an exit code.

Each error carries a stable number (E001...) so users can look it up, and says
what to do about it.
"""
from __future__ import annotations


class AikgError(Exception):
    """Base class of every error aikg raises on purpose."""

    code = "E000"

    def __str__(self) -> str:
        return f"[{self.code}] {super().__str__()}"


class InputError(AikgError):
    """A path the user named is missing, empty or unreadable."""

    code = "E001"


class UnknownNameError(AikgError):
    """A name (format, language, preset...) that is not registered."""

    code = "E002"

    def __init__(self, kind: str, name: str, valid: list[str]):
        super().__init__(f"unknown {kind} {name!r}; valid: {', '.join(sorted(valid))}")
        self.kind, self.name, self.valid = kind, name, sorted(valid)


class ModelError(AikgError):
    """A spaCy model is not installed."""

    code = "E003"


class GazetteerError(AikgError):
    """A gazetteer file cannot be read."""

    code = "E004"


class QueryError(AikgError):
    """A SPARQL query or graph file is malformed."""

    code = "E005"


class DependencyError(AikgError):
    """An optional package a command needs is not installed (pySHACL for validation)."""

    code = "E006"


class CorrectionsError(AikgError):
    """A corrections file (graph/corrections.py) cannot be read or has a malformed entry."""

    code = "E008"
