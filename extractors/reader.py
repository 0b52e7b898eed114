"""Reading articles: paths or folders, recursively, in a stable order.

`collect(paths)` lists the files to read and raises `InputError` for a path that
does not exist or a folder with no article in it; `read_articles(paths)` yields
one `Article` per readable file and reports the ones it skips (binary, empty,
unreadable, larger than `max_bytes`, broken links and link loops inside a
folder...) through the `on_skip` callback, and what it read with a fallback
(Windows-1252 text that is not UTF-8) through `on_warn`, so the caller decides
how to warn. Nothing is printed and one bad file never stops the others.

Decoding: UTF-8 (a BOM dropped; UTF-16 with a BOM too); bytes that are not
UTF-8 but clearly text are read as Windows-1252 (a superset of Latin-1 for
printable characters); bytes that look binary are refused (control bytes in
more than 10% of the first 64 KiB; for bytes that are not UTF-8, one NUL or more
than 1%). Control characters other than tab and line breaks (C0, DEL, C1),
lone surrogates and U+FFFE/U+FFFF become spaces, and line endings become
``\n``, so none reaches an output and offsets stay aligned.

Input shapes: plain text (``.txt``, ``.md``), one article per file; JSON Lines
(``.jsonl``), one article per line with a ``text`` field and optional ``id``,
``title``, ``date``, ``url`` and ``lang`` (its `doc` is ``path#id``, or
``path#lineN`` without an id; a bad line is skipped and reported with its
number); saved web pages (``.html``, ``.htm``), whose main text, title, date
and address are taken out by trafilatura (offline; menus, footers and
comments left out); a ``.json`` file named directly, an array of the objects
a JSONL line holds (its `doc` is ``path#id`` or ``path#itemN``); the standard
input, named ``-`` or ``/dev/stdin``, one article or JSONL; saved RSS and Atom
feeds (``.rss``, ``.atom``, an ``.xml`` whose root is a feed's), one article per
item, its title and content or summary, link and date, read by feedparser
(its `doc` is ``path#id`` or ``path#itemN``). Files are read lazily: a JSONL
file line by line.

Dates (extractors/dates.py, one path for every source): an article's `date` is
ISO (2025-03-12), from its JSONL field, page metadata or feed item, else from a
dateline at the top of its text, else the run's `date`, else None (never the
file's modification time); a date that is not one (31/02/2025, year 3025) is
dropped and reported through `on_warn`.

An article's `doc` is its path as the user typed it; its `real` is the real
path of its file (links resolved), the same however the path was typed, so a
caller can tell one article named twice.
"""
from __future__ import annotations

import errno
import json
import os
import re
import stat
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator

from extractors.dates import article_date, find_dateline
from extractors.errors import InputError

SUFFIXES = (".txt", ".md", ".jsonl", ".html", ".htm", ".rss", ".atom", ".xml")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
LANGS = ("fr", "en")
MAX_BYTES = 50 * 1024 * 1024   # default size cap of one file (of one line in JSONL)

Report = Callable[[str, str], None]


@dataclass(frozen=True, slots=True)
class Article:
    doc: str                # the path as the user named it (or inside the folder they named)
    text: str
    lang: str | None = None  # set by the reader when the source says; else detected
    title: str | None = None
    date: str | None = None  # ISO (2025-03-12): of its source, its dateline or --date
    url: str | None = None
    # the article's identity however its path was typed: the real path of its file
    # (links resolved), with "#ID" for one article of a JSONL or JSON file
    real: str | None = None


STDIN_NAMES = ("-", "/dev/stdin")
STDIN_FORMATS = ("text", "jsonl")


def real_path(path: str | os.PathLike) -> str:
    """The absolute path of `path` with every link resolved: one name per file."""
    return os.path.realpath(path)


def collect(paths: Iterable[str | os.PathLike], *, on_skip: Report | None = None) -> list[Path]:
    """Every article file under `paths`, folders walked recursively, sorted per folder.

    A path the user named that does not exist (or a broken link they named) raises
    `InputError`, as does a folder with no article file at all. Inside a folder,
    broken links, link loops, folders that cannot be listed and names that are
    not regular files (FIFOs, sockets) are reported to `on_skip` and left out;
    links to folders are not followed.
    """
    files: list[Path] = []
    named = 0
    for raw in paths:
        named += 1
        p = Path(raw)
        if str(raw) in STDIN_NAMES:
            files.append(p)
        elif p.is_dir():
            found, candidates = _walk(p, on_skip)
            if not candidates:
                raise InputError(f"no .txt or .md article (nor .jsonl, .html, feed) in folder {str(p)!r}")
            files.extend(sorted(found))
        elif p.is_file():
            files.append(p)
        elif p.is_symlink():
            raise InputError(f"broken link {str(p)!r}")
        elif os.path.lexists(p):   # a FIFO, socket or device named directly: never opened
            _report(on_skip, p, "not a regular file")
        else:
            raise InputError(f"no such file or folder {str(p)!r}")
    if not named:
        raise InputError("no article to read: name at least one file or folder")
    return files


def _walk(folder: Path, on_skip: Report | None) -> tuple[list[Path], int]:
    """Article files under `folder`, sorted, and how many names had an article suffix."""
    found: list[Path] = []
    candidates = 0
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        _report(on_skip, folder, f"cannot list the folder ({exc.strerror or exc})")
        return found, 1
    subdirs = []
    for entry in entries:
        path = folder / entry.name
        try:
            if entry.is_dir(follow_symlinks=False):
                subdirs.append(path)
                continue
            if Path(entry.name).suffix.lower() not in SUFFIXES:
                continue
            candidates += 1
            if entry.is_symlink():
                try:
                    os.stat(path)
                except OSError as exc:
                    _report(on_skip, path, "link loop" if exc.errno == errno.ELOOP else "broken link")
                    continue
                if os.path.isdir(path):
                    continue
            if not entry.is_file():
                _report(on_skip, path, "not a regular file")
                continue
        except OSError as exc:
            _report(on_skip, path, exc.strerror or str(exc))
            continue
        found.append(path)
    for sub in sorted(subdirs):
        more, n = _walk(sub, on_skip)
        found.extend(more)
        candidates += n
    return found, candidates


def _report(on_skip: Report | None, path, reason: str) -> None:
    if on_skip:
        on_skip(str(path), reason)


_MD_IMAGE_OR_LINK = re.compile(r"!?\[([^\]\n]*)\]\(([^)\n]*)\)")


def _unmark(text: str) -> str:
    """Markdown images and links keep their text; their syntax and address become
    spaces, so character offsets still point into the file as written."""
    def blank(m: re.Match) -> str:
        lead = len(m.group(0)) - len(m.group(1)) - len(m.group(2)) - 3  # "!" or ""
        return " " * (lead + 1) + m.group(1) + " " * (len(m.group(2)) + 2)
    return _MD_IMAGE_OR_LINK.sub(blank, text)


_SAMPLE = 64 * 1024
_BINARY_BYTES = bytes(range(0, 9)) + bytes(range(14, 32)) + b"\x7f"   # not \t \n \v \f \r
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def _control_share(data: bytes) -> float:
    """The share of NUL and other control bytes in the first 64 KiB."""
    sample = data[:_SAMPLE]
    return (len(sample) - len(sample.translate(None, _BINARY_BYTES))) / max(1, len(sample))


def _decode(data: bytes) -> str | None:
    """The text of `data` (see `decode`), or None if it is refused."""
    return decode(data)[0]


def decode(data: bytes) -> tuple[str | None, str | None]:
    """``(text, None)`` for UTF-8, ``(text, note)`` when read another way, ``(None, reason)``
    when refused. The text is cleaned (`_clean`)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _clean(data.decode("utf-16")), None
        except UnicodeDecodeError:
            return None, "not valid UTF-16 text despite its byte order mark"
    share = _control_share(data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        where = exc.start
    else:
        if share > 0.1:
            return None, "binary file, not text"
        return _clean(text), None
    if share > 0.01 or b"\x00" in data[:_SAMPLE]:
        return None, "binary file, not text"
    # Windows-1252; its five undefined bytes read as Latin-1 (C1 controls, cleaned away)
    text = "".join(chunk.decode("cp1252", "strict") if i % 2 == 0 else chunk.decode("latin-1")
                   for i, chunk in enumerate(_CP1252_UNDEFINED.split(data)))
    return _clean(text), f"not valid UTF-8 (byte {where}); read as Windows-1252/Latin-1"


_CP1252_UNDEFINED = re.compile(b"([\x81\x8d\x8f\x90\x9d]+)")


def _clean(text: str) -> str:
    """Control characters (but tab and line breaks) and lone surrogates become spaces;
    line endings become ``\n``. Never reaches an output: see the module docstring."""
    return _CONTROLS.sub(" ", text).replace("\r\n", "\n").replace("\r", "\n")


def clean_same_length(text: str) -> str:
    """Like `_clean` but one character for one, so offsets into `text` stay valid:
    ``\r\n`` becomes `` \n`` and a lone ``\r`` a ``\n``."""
    return _CONTROLS.sub(" ", text).replace("\r\n", " \n").replace("\r", "\n")


def read_articles(paths: Iterable[str | os.PathLike], *, on_skip: Report | None = None,
                  on_warn: Report | None = None, max_bytes: int = MAX_BYTES,
                  stdin_format: str = "text", stdin=None,
                  date: str | None = None) -> Iterator[Article]:
    """Yield the articles under `paths`.

    `on_skip(path, reason)` is called for each file (or JSONL line) skipped,
    `on_warn(path, message)` for each file read with a fallback; a file (a JSONL
    line) larger than `max_bytes` is skipped unread. A path ``-`` or
    ``/dev/stdin`` reads the standard input (`stdin`, a binary stream, or
    ``sys.stdin.buffer``): one article, or one per line when `stdin_format` is
    ``"jsonl"``. A ``.json`` file named directly holds an array of article
    objects, each read as a JSONL line is; in a folder, ``.json`` files are left
    alone (they are seldom articles).
    """
    if stdin_format not in STDIN_FORMATS:
        raise InputError(f"unknown standard input format {stdin_format!r}; "
                         f"valid: {', '.join(STDIN_FORMATS)}")
    for article in _read_all(paths, on_skip, on_warn, max_bytes, stdin_format, stdin):
        yield article if article.date or not date else replace(article, date=date)


def _read_all(paths, on_skip, on_warn, max_bytes, stdin_format, stdin) -> Iterator[Article]:
    for f in collect(paths, on_skip=on_skip):
        if str(f) in STDIN_NAMES:
            yield from _stdin_articles(str(f), stdin_format, stdin, on_skip, on_warn, max_bytes)
            continue
        suffix = f.suffix.lower()
        if suffix == ".jsonl":
            yield from _jsonl_articles(f, on_skip, max_bytes, on_warn)
            continue
        data, reason = _read(f, max_bytes)
        if data is None:
            _report(on_skip, f, reason)
            continue
        if suffix in FEED_SUFFIXES:
            if suffix == ".xml" and not _is_feed(data):
                _report(on_skip, f, "an .xml file that is not an RSS or Atom feed")
            else:
                yield from _feed_articles(f, data, on_skip, on_warn)
            continue
        if suffix in (".html", ".htm"):
            article = _html_article(f, data, on_skip, on_warn)
            if article is not None:
                yield article
            continue
        if suffix == ".json":
            yield from _json_articles(f, data, on_skip, on_warn)
            continue
        article = _text_article(str(f), data, on_skip, on_warn, real_path(f))
        if article is not None:
            yield article


def _text_article(name: str, data: bytes, on_skip, on_warn, real: str | None) -> Article | None:
    text, note = decode(data)
    if text is None:
        _report(on_skip, name, note)
        return None
    if note and on_warn:
        on_warn(name, note)
    if not text.strip():
        _report(on_skip, name, "empty")
        return None
    date, why, start, end = find_dateline(text)
    _warn_date(on_warn, name, why)
    if end:       # the dateline is not prose: blanked, offsets kept
        text = text[:start] + " " * (end - start) + text[end:]
    return Article(doc=name, text=_unmark(text), date=date, real=real)


def _warn_date(on_warn, name: str, why: str | None) -> None:
    if why and on_warn:
        on_warn(name, why)


def _stdin_articles(name: str, fmt: str, stdin, on_skip, on_warn, max_bytes: int) -> Iterator[Article]:
    """The articles of the standard input: one text, or JSONL."""
    if stdin is None:
        import sys
        stdin = sys.stdin.buffer
    if fmt == "jsonl":
        yield from _jsonl_lines(stdin, name, None, on_skip, max_bytes, on_warn)
        return
    data = stdin.read(max_bytes + 1)
    if len(data) > max_bytes:
        _report(on_skip, name, f"too large: over the {_size(max_bytes)} cap (--max-size raises it)")
        return
    article = _text_article(name, data, on_skip, on_warn, None)
    if article is not None:
        yield article


def _json_articles(f: Path, data: bytes, on_skip, on_warn=None) -> Iterator[Article]:
    """The articles of a JSON file holding an array of article objects."""
    def skip(reason: str) -> None:
        _report(on_skip, f, reason)

    text, note = decode(data)
    if text is None or note:
        skip(note or "not UTF-8 text")
        return
    if not text.strip():
        skip("empty")
        return
    try:
        records = json.loads(text)
    except ValueError as exc:
        skip(f"not valid JSON ({exc.msg})")
        return
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        skip('a JSON file must hold an array of article objects, each with a "text" field '
             '(or use .jsonl, one object per line)')
        return
    if not records:
        skip("empty")
        return
    real = real_path(f)
    for n, record in enumerate(records, 1):
        article = _record_article(record, str(f), real, f"item {n}", f"item{n}", skip, on_warn)
        if article is not None:
            yield article


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def _read(f: Path, max_bytes: int) -> tuple[bytes | None, str]:
    """The bytes of the regular file `f`, or None and why not (never blocks on a FIFO)."""
    try:
        st = os.stat(f)
        if not stat.S_ISREG(st.st_mode):
            return None, "not a regular file"
        if st.st_size > max_bytes:
            return None, (f"too large: {_size(st.st_size)}, over the {_size(max_bytes)} cap "
                          f"(--max-size raises it)")
        with open(f, "rb") as fh:
            data = fh.read(max_bytes + 1)        # the file may have grown since
    except OSError as exc:
        return None, f"cannot read ({exc.strerror or exc})"
    if len(data) > max_bytes:
        return None, f"too large: over the {_size(max_bytes)} cap (--max-size raises it)"
    return data, ""


def _jsonl_articles(f: Path, on_skip, max_bytes: int = MAX_BYTES, on_warn=None) -> Iterator[Article]:
    """One article per line of a JSON Lines file, read lazily."""
    try:
        if not stat.S_ISREG(os.stat(f).st_mode):
            _report(on_skip, f, "not a regular file")
            return
        handle = f.open("rb")
    except OSError as exc:
        _report(on_skip, f, f"cannot read ({exc.strerror or exc})")
        return
    with handle:
        yield from _jsonl_lines(handle, str(f), real_path(f), on_skip, max_bytes, on_warn)


def _jsonl_lines(handle, name: str, real: str | None, on_skip,
                 max_bytes: int = MAX_BYTES, on_warn=None) -> Iterator[Article]:
    """One article per line of the binary stream `handle`, named `name`."""
    def skip(reason: str) -> None:
        if on_skip:
            on_skip(name, reason)

    blank = True
    n = 0
    while raw := handle.readline(max_bytes + 1):
        n += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            while (rest := handle.readline(max_bytes + 1)) and not rest.endswith(b"\n"):
                pass                           # the rest of the over-long line, unkept
            blank = False
            skip(f"line {n}: too large, over the {_size(max_bytes)} cap (--max-size raises it)")
            continue
        if not raw.strip():
            continue
        blank = False
        try:
            line = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            skip(f"line {n}: not UTF-8 text")
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            skip(f"line {n}: not valid JSON ({exc.msg})")
            continue
        article = _record_article(record, name, real, f"line {n}", f"line{n}", skip, on_warn)
        if article is not None:
            yield article
    if blank:
        skip("empty")


def _record_article(record, name: str, real: str | None, where: str, anchor: str,
                    skip: Callable[[str], None], on_warn: Report | None = None) -> Article | None:
    """The article of one JSON object (a JSONL line, an item of a JSON array)."""
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        skip(f"{where}: no \"text\" string field")
        return None
    text = _clean(record["text"])
    if not text.strip():
        skip(f"{where}: empty text")
        return None
    lang = record.get("lang")
    if lang is not None:
        lang = str(lang).strip().lower().replace("_", "-").split("-")[0] or None
        if lang is not None and lang not in LANGS:
            skip(f"{where}: language {record['lang']!r} is not one of {', '.join(LANGS)}")
            return None
    ident = record.get("id")
    if ident is not None and not isinstance(ident, (dict, list)):
        ident = " ".join(_clean(str(ident)).split())     # one line, no control character
    else:
        ident = None
    tail = ident or anchor
    date, why = article_date(_opt(record.get("date")))
    _warn_date(on_warn, f"{name}#{tail}", why)
    return Article(doc=f"{name}#{tail}", text=text, lang=lang, title=_opt(record.get("title")),
                   date=date, url=_opt(record.get("url")),
                   real=f"{real}#{tail}" if real else None)


def _opt(value) -> str | None:
    return None if value is None or value == "" else _clean(str(value))


def _html_article(f: Path, data: bytes, on_skip, on_warn=None) -> Article | None:
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
    date, why = article_date(_opt(getattr(found, "date", None)))
    _warn_date(on_warn, str(f), why)
    return Article(doc=str(f), text=_clean(text), title=title,
                   date=date, url=_opt(getattr(found, "url", None)), real=real_path(f))


_FEED_ROOT = re.compile(rb"<(?:[\w-]+:)?(?:rss|feed|RDF)\b")


def _is_feed(data: bytes) -> bool:
    """Whether an .xml file's root element is a feed's (rss, feed, rdf:RDF)."""
    head = re.sub(rb"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", b"", data[:4096], flags=re.S)
    m = re.search(rb"<[^\s>/]+", head)
    return bool(m) and bool(_FEED_ROOT.match(m.group(0)))


_TAGS = re.compile(r"<[^>]+>")


def _feed_text(html_or_text: str) -> str:
    import html

    text = _TAGS.sub(" ", html_or_text) if "<" in html_or_text else html_or_text
    return "\n".join(" ".join(line.split()) for line in html.unescape(text).split("\n")).strip()


def _feed_articles(f: Path, data: bytes, on_skip, on_warn) -> Iterator[Article]:
    """One article per item of a saved RSS or Atom feed: its title and content (or
    summary), its link and publication date (feedparser reads every feed dialect)."""
    import feedparser  # imported here: only feeds need it

    try:
        feed = feedparser.parse(data)
    except Exception as exc:   # a feed feedparser cannot read is skipped, not fatal
        _report(on_skip, f, f"cannot read the feed ({exc})")
        return
    if not feed.entries:
        _report(on_skip, f, "no item in the feed" if feed.get("version") else "not an RSS or Atom feed")
        return
    real = real_path(f)
    lang = feed.feed.get("language")
    for n, entry in enumerate(feed.entries, 1):
        body = entry.get("content") or []
        body = body[0].get("value", "") if body else entry.get("summary", "")
        title = _opt(_feed_text(entry.get("title", "")))
        text = _feed_text(body or "")
        if title and not text.startswith(title):
            text = f"{title}\n\n{text}" if text else title
        record = {"text": text, "title": title, "url": entry.get("link"),
                  "id": entry.get("id") or None, "lang": entry.get("language") or lang,
                  "date": _entry_date(entry)}
        if record["lang"] and str(record["lang"]).split("-")[0].lower() not in LANGS:
            record["lang"] = None
        article = _record_article(record, str(f), real, f"item {n}", f"item{n}",
                                  lambda reason: _report(on_skip, f, reason), on_warn)
        if article is not None:
            yield article


def _entry_date(entry) -> str | None:
    """An item's publication date (else its update date) as the feed wrote it, the day
    where it was published; else as feedparser read it (in UTC)."""
    for key in ("published", "updated", "created"):
        raw, parsed = entry.get(key), entry.get(f"{key}_parsed")
        if raw and article_date(raw)[0]:
            return raw
        if parsed:
            return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
        if raw:
            return raw
    return None
