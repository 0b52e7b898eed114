"""Issue 6, hostile input: over-long articles, odd encodings, files that are not
articles. Nothing crashes, each skipped file is named with its reason, the run goes on."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from extractors.chunking import split_text
from extractors.errors import InputError
from extractors.extract import extract_text
from extractors.reader import collect, decode, read_articles

pytestmark = pytest.mark.slow  # loads the real spaCy models

ROOT = Path(__file__).resolve().parent.parent
FACT_A = "Fabrikam a racheté la start-up Contoso en 2021."
FACT_B = "Northwind investit 10 millions d'euros dans Tailspin."
FACT_EN = "Fabrikam buys Contoso for $70m."


def read(paths, **options):
    skipped, warned = [], []
    arts = list(read_articles(paths, on_skip=lambda p, why: skipped.append((Path(p).name, why)),
                              on_warn=lambda p, why: warned.append((Path(p).name, why)), **options))
    return arts, skipped, warned


def aikg(*args):
    return subprocess.run([sys.executable, "-m", "graph.cli", *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT)


# -- over-long articles -------------------------------------------------------
@pytest.mark.parametrize("limit", [1, 7, 50, 1000])
def test_pieces_join_back_to_the_text_and_respect_the_limit(limit):
    text = ("Para one. Still one!\n\nPara two\nline two? yes. " * 40 + "x" * 3000)
    pieces = split_text(text, limit)
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= limit for _, p in pieces)
    assert [o for o, _ in pieces] == [sum(len(p) for _, p in pieces[:i]) for i in range(len(pieces))]


def test_pieces_cut_at_blank_lines_then_lines_then_sentence_ends():
    assert [p for _, p in split_text("aaaa\n\nbb\ncc", 9)] == ["aaaa\n\n", "bb\ncc"]
    assert [p for _, p in split_text("aaaa\nbb cc dd", 9)] == ["aaaa\n", "bb cc dd"]
    assert [p for _, p in split_text("Aa. Bb cc dd", 9)] == ["Aa. ", "Bb cc dd"]
    assert [p for _, p in split_text("Aa bb cc dd", 9)] == ["Aa bb cc ", "dd"]
    assert [p for _, p in split_text("abcdefghijk", 4)] == ["abcd", "efgh", "ijk"]
    assert split_text("", 5) == [(0, "")]


def test_an_article_over_spacys_million_characters_is_read_whole_with_true_offsets():
    text = FACT_A + "\n\n" + (" " * 999 + "\n") * 1100 + FACT_B   # 1.1 M characters
    assert len(text) > 1_000_000
    found = extract_text(text, lang="fr")
    assert [(t.subject, t.predicate, t.object) for t in found] == [
        ("Fabrikam", "acquires", "Contoso"), ("Northwind", "invests-in", "Tailspin")]
    assert all(text[t.start:t.end] == t.sentence for t in found)
    assert found[1].start > 1_000_000


def test_pieces_give_the_triples_and_offsets_of_the_whole_text():
    filler = "Le marché de l'intelligence artificielle continue de croître cette année.\n\n"
    text = FACT_A + "\n\n" + filler * 8 + FACT_B + "\nLigne.\n" + filler * 3 + FACT_A
    whole = extract_text(text, lang="fr")
    cut = extract_text(text, lang="fr", max_chars=200)
    assert len(whole) == 3 and [t.to_dict() for t in cut] == [t.to_dict() for t in whole]
    assert all(text[t.start:t.end] == t.sentence for t in cut)


def test_a_file_over_the_size_cap_is_skipped_unread_naming_it(tmp_path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:                       # sparse: 50 MB + 1 byte, written in no time
        fh.truncate(50 * 1024 * 1024 + 1)
    (tmp_path / "ok.txt").write_text(FACT_A, encoding="utf-8")
    arts, skipped, _ = read([tmp_path])
    assert [Path(a.doc).name for a in arts] == ["ok.txt"]
    assert skipped == [("huge.txt", "too large: 50.0 MB, over the 50.0 MB cap (--max-size raises it)")]
    arts, skipped, _ = read([tmp_path / "ok.txt"], max_bytes=10)
    assert not arts and skipped[0][1].startswith("too large")


def test_an_over_long_jsonl_line_is_skipped_and_the_next_line_read(tmp_path):
    f = tmp_path / "news.jsonl"
    f.write_text(json.dumps({"id": "big", "text": "x" * 5000}) + "\n"
                 + json.dumps({"id": "ok", "text": FACT_A}) + "\n", encoding="utf-8")
    arts, skipped, _ = read([f], max_bytes=1000)
    assert [a.doc.split("#")[1] for a in arts] == ["ok"]
    assert skipped == [("news.jsonl", "line 1: too large, over the 1000 bytes cap (--max-size raises it)")]


def test_cli_max_size_option(tmp_path):
    (tmp_path / "a.txt").write_text(FACT_A * 100, encoding="utf-8")
    r = aikg("extract", tmp_path, "--max-size", "0.001", "--jobs", "1")
    assert r.returncode == 1 and r.stdout == ""
    assert "skipped" in r.stderr and "a.txt: too large" in r.stderr
    assert r.stderr.splitlines()[-1] == "aikg: 0 articles read, 1 skipped (too large: 1), 0 failed"


# -- encodings ----------------------------------------------------------------
@pytest.mark.parametrize("data, text, note", [
    (b"\xef\xbb\xbfBonjour", "Bonjour", None),                                # UTF-8 BOM
    ("Caf\u00e9 \u2019".encode("utf-16"), "Caf\u00e9 \u2019", None),         # UTF-16 with BOM
    ("L'\u00e9t\u00e9 \u2019 \u20ac".encode("cp1252"), "L'\u00e9t\u00e9 \u2019 \u20ac", "cp1252"),
    (b"caf\xe9 \x81\x8d", "caf\u00e9   ", "cp1252"),       # Latin-1; cp1252's holes are cleaned
    (b"a\r\nb\rc\nd", "a\nb\nc\nd", None),                                    # mixed line endings
    (b"a\x00b\x07c\x1bd\x7fe\xc2\x85f\xc2\x9bg" + b" text" * 40, "a b c d e f g" + " text" * 40, None),
])
def test_encodings_are_decoded_and_controls_cleaned(data, text, note):
    got, why = decode(data)
    assert got == text
    assert (why is None) if note is None else ("Windows-1252" in why)


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,             # an image
    "UTF-16 without a BOM".encode("utf-16-le"),
    b"\x00\x01\x02\x03\x04\x05binary",
])
def test_binary_bytes_are_refused_with_a_reason(data):
    got, why = decode(data)
    assert got is None and why.startswith("binary file, not text")


def test_no_control_character_reaches_an_article(tmp_path):
    (tmp_path / "a.txt").write_bytes("A\x01B\x0bC\x0cD\x85E\u2028F\r\nG".encode("utf-8"))
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "x\ny\x00", "text": "T\x00U\ud800V",
                                                  "title": "t\x1b"}) + "\n", encoding="utf-8")
    arts, skipped, _ = read([tmp_path])
    assert not skipped
    for a in arts:
        for value in (a.doc.split("#")[-1], a.text, a.title or ""):
            assert not any(ord(c) < 32 and c not in "\t\n" or 0x7f <= ord(c) <= 0x9f
                           or 0xD800 <= ord(c) <= 0xDFFF for c in value), value
    assert arts[0].text == "A B C D E\u2028F\nG" and arts[1].doc.endswith("#x y")


# -- files that are not articles ----------------------------------------------
def test_empty_blank_binary_unreadable_fifo_links_and_loops_are_skipped_by_name(tmp_path, monkeypatch):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "ok.txt").write_text(FACT_A, encoding="utf-8")
    (d / "sub" / "ok2.md").write_text(FACT_B, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.md").write_text(" \n\t\r\n  ", encoding="utf-8")
    (d / "bin.txt").write_bytes(bytes(range(256)))
    (d / "locked.txt").write_text("secret", encoding="utf-8")
    os.mkfifo(d / "pipe.txt")                          # opening it would block forever
    os.symlink(d / "gone.txt", d / "broken.txt")
    os.symlink(d / "loop2.txt", d / "loop1.txt")
    os.symlink(d / "loop1.txt", d / "loop2.txt")
    os.symlink(d, d / "sub" / "up")                    # a folder link back up: not followed
    (d / "dir.txt").mkdir()                            # a folder with an article's suffix
    (d / "dir.txt" / "ok3.txt").write_text(FACT_EN, encoding="utf-8")

    real_open = open

    def guarded_open(file, mode="r", *a, **k):     # tests run as root: chmod 000 would not bite
        if str(file).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, mode, *a, **k)

    monkeypatch.setattr("builtins.open", guarded_open)
    arts, skipped, _ = read([d])
    assert sorted(Path(a.doc).name for a in arts) == ["ok.txt", "ok2.md", "ok3.txt"]
    assert sorted(skipped) == [
        ("bin.txt", "binary file, not text"),
        ("blank.md", "empty"),
        ("broken.txt", "broken link"),
        ("empty.txt", "empty"),
        ("locked.txt", "cannot read (Permission denied)"),
        ("loop1.txt", "link loop"),
        ("loop2.txt", "link loop"),
        ("pipe.txt", "not a regular file"),
    ]


def test_an_unlistable_folder_inside_is_skipped(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(FACT_A, encoding="utf-8")
    (tmp_path / "private").mkdir()
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith("private"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    files = []
    got = collect([tmp_path], on_skip=lambda p, why: files.append((Path(p).name, why)))
    assert [p.name for p in got] == ["a.txt"]
    assert files == [("private", "cannot list the folder (Permission denied)")]


def test_only_a_path_named_directly_that_is_missing_is_an_error(tmp_path):
    os.symlink(tmp_path / "gone.txt", tmp_path / "broken.txt")
    with pytest.raises(InputError, match="broken link"):
        collect([tmp_path / "broken.txt"])
    with pytest.raises(InputError, match="no such file"):
        collect([tmp_path / "nope.txt"])
    assert collect([tmp_path], on_skip=lambda *_: None) == []   # inside a folder: a skip


def test_cli_run_goes_on_with_warnings_a_summary_and_exit_1(tmp_path):
    (tmp_path / "a.txt").write_text(FACT_A, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes("Fabrikam a rachet\xe9 la start-up Contoso.".encode("cp1252"))
    (tmp_path / "c.txt").write_bytes(b"")
    (tmp_path / "d.txt").write_bytes(bytes(range(256)))
    os.symlink(tmp_path / "gone.txt", tmp_path / "e.txt")
    r = aikg("build", tmp_path, "--out", tmp_path / "out", "--jobs", "1")
    assert r.returncode == 1, r.stderr
    err = r.stderr.splitlines()
    assert "Traceback" not in r.stderr
    assert any("b.txt: not valid UTF-8" in line and "Windows-1252" in line for line in err)
    for name, why in [("c.txt", "empty"), ("d.txt", "binary file"), ("e.txt", "broken link")]:
        assert any(f"skipped {tmp_path / name}: {why}" in line for line in err), name
    assert err[-1] == ("aikg: 2 articles read, 3 skipped (binary file, not text: 1; "
                       "broken link: 1; empty: 1), 0 failed")
    assert (tmp_path / "out" / "graph.ttl").is_file()
    clean = aikg("build", tmp_path / "a.txt", "--out", tmp_path / "out2", "--jobs", "1")
    assert clean.returncode == 0
    assert clean.stderr.splitlines()[-1] == "aikg: 1 article read, 0 skipped, 0 failed"
    # an empty article is reported, but loses nothing: the exit code stays 0
    only_empty = aikg("extract", tmp_path / "a.txt", tmp_path / "c.txt", "--jobs", "1")
    assert only_empty.returncode == 0 and "skipped" in only_empty.stderr


def test_a_sentence_the_rules_fail_on_is_left_out_and_the_article_kept(monkeypatch):
    from extractors import extract as ex
    from extractors.rules.engine import Engine

    original = Engine.sentence

    def sometimes(self, sent):
        if "Initech" in sent.text:
            raise RuntimeError("boom")
        return original(self, sent)

    monkeypatch.setattr(Engine, "sentence", sometimes)
    errors = []
    text = "Globex a racheté Contoso. Globex a racheté Initech."
    found = list(ex.extract_articles([ex.Article("a.txt", text, "fr")],
                                     on_error=lambda d, why: errors.append(why)))
    assert {t.object for t in found} == {"Contoso"}
    assert len(errors) == 1 and errors[0].startswith(ex.SENTENCE_LEFT_OUT)


def test_an_article_whose_extraction_raises_is_reported_and_the_rest_kept(monkeypatch):
    from extractors import extract as ex
    from extractors.reader import Article

    real = ex.triples_of

    def flaky(doc, article, lang, offset=0, **options):
        if article.doc == "bad":
            raise RuntimeError("boom")
        return real(doc, article, lang, offset, **options)

    monkeypatch.setattr(ex, "triples_of", flaky)
    errors = []
    arts = [Article("a", FACT_A, "fr"), Article("bad", FACT_A, "fr"), Article("c", FACT_B, "fr")]
    found = list(ex.extract_articles(arts, on_error=lambda d, why: errors.append((d, why))))
    assert [t.doc for t in found] == ["a", "c"]
    assert errors == [("bad", "extraction failed (RuntimeError: boom)")]
    with pytest.raises(RuntimeError):                  # without on_error, it raises as before
        list(ex.extract_articles(arts))
