"""Reading articles: paths or folders, recursively, in a stable order.

`collect(paths)` lists the files to read and raises `InputError` for a path that
does not exist or a folder with no article in it; `read_articles(paths)` yields
one `Article` per readable file and reports the ones it skips (not text, not
UTF-8) through the `on_skip` callback, so the caller decides how to warn.

Input shapes: plain text (``.txt``, ``.md``), one article per file; JSON Lines
(``.jsonl``), one article per line with a ``text`` field and optional ``id``,
``title``, ``date``, ``url`` and ``lang`` (its `doc` is ``path#id``, or
``path#lineN`` without an id; a bad line is skipped and reported with its
number); saved web pages (``.html``, ``.htm``), whose main text, title, date
and address are taken out by trafilatura (offline; menus, footers and
comments left out). Files are read lazily: a JSONL file line by line.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from extractors.errors import InputError

SUFFIXES = (".txt", ".md", ".jsonl", ".html", ".htm")
LANGS = ("fr", "en")


@dataclass(frozen=True, slots=True)
class Article:
    doc: str                # the path as the user named it (or inside the folder they named)
    text: str
    lang: str | None = None  # set by the reader when the source says; else detected
    title: str | None = None
    date: str | None = None  # as the source gives it (JSONL) or ISO 8601 (web pages)
    url: str | None = None


def collect(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Every article file under `paths`, folders walked recursively, sorted per folder."""
    files: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.suffix.lower() in SUFFIXES and f.is_file())
            if not found:
                raise InputError(f"no .txt or .md article (nor .jsonl, .html) in folder {str(p)!r}")
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


_MD_IMAGE_OR_LINK = re.compile(r"!?\[([^\]\n]*)\]\(([^)\n]*)\)")


def _unmark(text: str) -> str:
    """Markdown images and links keep their text; their syntax and address become
    spaces, so character offsets still point into the file as written."""
    def blank(m: re.Match) -> str:
        lead = len(m.group(0)) - len(m.group(1)) - len(m.group(2)) - 3  # "!" or ""
        return " " * (lead + 1) + m.group(1) + " " * (len(m.group(2)) + 2)
    return _MD_IMAGE_OR_LINK.sub(blank, text)


def _decode(data: bytes) -> str | None:
    """UTF-8 text (a BOM is dropped), or None for binary or undecodable bytes."""
    if b"\x00" in data[:8192]:
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    return _clean(text)


def _clean(text: str) -> str:
    # control characters other than tab and newline never reach an output
    return "".join(c if c in "\t\n" or c >= " " or c == "\r" else " " for c in text).replace("\r\n", "\n").replace("\r", "\n")


def read_articles(paths: Iterable[str | os.PathLike], *,
                  on_skip: Callable[[str, str], None] | None = None) -> Iterator[Article]:
    """Yield the articles under `paths`; call `on_skip(path, reason)` for each file skipped."""
    for f in collect(paths):
        suffix = f.suffix.lower()
        if suffix == ".jsonl":
            yield from _jsonl_articles(f, on_skip)
            continue
        try:
            data = f.read_bytes()
        except OSError as exc:
            if on_skip:
                on_skip(str(f), exc.strerror or str(exc))
            continue
        if suffix in (".html", ".htm"):
            article = _html_article(f, data, on_skip)
            if article is not None:
                yield article
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
        yield Article(doc=str(f), text=_unmark(text))


def _jsonl_articles(f: Path, on_skip) -> Iterator[Article]:
    """One article per line of a JSON Lines file, read lazily."""
    def skip(reason: str) -> None:
        if on_skip:
            on_skip(str(f), reason)

    try:
        handle = f.open("rb")
    except OSError as exc:
        skip(exc.strerror or str(exc))
        return
    with handle:
        blank = True
        for n, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            blank = False
            line = _decode(raw)
            if line is None:
                skip(f"line {n}: not UTF-8 text")
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                skip(f"line {n}: not valid JSON ({exc.msg})")
                continue
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                skip(f"line {n}: no \"text\" string field")
                continue
            text = _clean(record["text"])
            if not text.strip():
                skip(f"line {n}: empty text")
                continue
            lang = record.get("lang")
            if lang is not None:
                lang = str(lang).strip().lower().replace("_", "-").split("-")[0] or None
                if lang is not None and lang not in LANGS:
                    skip(f"line {n}: language {record['lang']!r} is not one of {', '.join(LANGS)}")
                    continue
            ident = record.get("id")
            doc = f"{f}#{ident}" if ident not in (None, "") else f"{f}#line{n}"
            yield Article(doc=doc, text=text, lang=lang, title=_opt(record.get("title")),
                          date=_opt(record.get("date")), url=_opt(record.get("url")))
        if blank:
            skip("empty")


def _opt(value) -> str | None:
    return None if value is None or value == "" else _clean(str(value))


def _html_article(f: Path, data: bytes, on_skip) -> Article | None:
    """The main text of a saved web page, with its title, date and address."""
    import trafilatura  # imported here: only web pages need it

    try:
        found = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False,
                                            include_tables=False)
    except Exception as exc:  # a page trafilatura cannot parse is skipped, not fatal
        if on_skip:
            on_skip(str(f), f"cannot read the web page ({exc})")
        return None
    body = (getattr(found, "text", None) or "").strip() if found is not None else ""
    if not body:
        if on_skip:
            on_skip(str(f), "no main text in the web page")
        return None
    title = _opt(getattr(found, "title", None))
    text = body if not title or body.startswith(title) else f"{title}\n\n{body}"
    return Article(doc=str(f), text=_clean(text), title=title,
                   date=_opt(getattr(found, "date", None)), url=_opt(getattr(found, "url", None)))
