"""Reading articles: paths or folders, recursively, in a stable order.

`collect(paths)` lists the files to read and raises `InputError` for a path that
does not exist or a folder with no article in it; `read_articles(paths)` yields
one `Article` per readable file and reports the ones it skips (not text, not
UTF-8) through the `on_skip` callback, so the caller decides how to warn.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from extractors.errors import InputError

SUFFIXES = (".txt", ".md")


@dataclass(frozen=True, slots=True)
class Article:
    doc: str                # the path as the user named it (or inside the folder they named)
    text: str
    lang: str | None = None  # set by the reader when the source says; else detected
    title: str | None = None


def collect(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Every article file under `paths`, folders walked recursively, sorted per folder."""
    files: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.suffix.lower() in SUFFIXES and f.is_file())
            if not found:
                raise InputError(f"no .txt or .md article in folder {str(p)!r}")
            files.extend(found)
        elif p.is_file():
            files.append(p)
        elif p.is_symlink():
            raise InputError(f"broken link {str(p)!r}")
        else:
            raise InputError(f"no such file or folder {str(p)!r}")
    if not files:
        raise InputError("no article to read: name at least one file or folder")
    return files


def _decode(data: bytes) -> str | None:
    """UTF-8 text (a BOM is dropped), or None for binary or undecodable bytes."""
    if b"\x00" in data[:8192]:
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    # control characters other than tab and newline never reach an output
    return "".join(c if c in "\t\n" or c >= " " or c == "\r" else " " for c in text).replace("\r\n", "\n").replace("\r", "\n")


def read_articles(paths: Iterable[str | os.PathLike], *,
                  on_skip: Callable[[str, str], None] | None = None) -> Iterator[Article]:
    """Yield the articles under `paths`; call `on_skip(path, reason)` for each file skipped."""
    for f in collect(paths):
        try:
            data = f.read_bytes()
        except OSError as exc:
            if on_skip:
                on_skip(str(f), exc.strerror or str(exc))
            continue
        text = _decode(data)
        if text is None:
            if on_skip:
                on_skip(str(f), "not UTF-8 text")
            continue
        if not text.strip():
            if on_skip:
                on_skip(str(f), "empty")
            continue
        yield Article(doc=str(f), text=text)
