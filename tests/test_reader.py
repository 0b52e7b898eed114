import pytest

from extractors.errors import InputError
from extractors.lang.detect import detect_language
from extractors.reader import collect, read_articles


def test_folders_are_read_recursively_in_a_stable_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.md").write_text("deux", encoding="utf-8")
    (tmp_path / "a.txt").write_text("un", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    files = [p.relative_to(tmp_path).as_posix() for p in collect([tmp_path])]
    assert files == ["a.txt", "b/2.md"]


def test_doc_is_the_path_as_the_user_named_it(tmp_path):
    f = tmp_path / "x.txt"
    f.write_text("Hello", encoding="utf-8")
    [article] = read_articles([str(f)])
    assert article.doc == str(f) and article.text == "Hello"


def test_missing_path_and_empty_folder_raise(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        collect([tmp_path / "nope.txt"])
    with pytest.raises(InputError, match="no .txt or .md"):
        collect([tmp_path])


def test_binary_and_empty_files_are_skipped_and_reported(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x89PNG\x00\x00\x01")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    (tmp_path / "ok.txt").write_text("\ufeffBonjour\r\nle monde\x07", encoding="utf-8")
    skipped, warned = [], []
    arts = list(read_articles([tmp_path], on_skip=lambda p, why: skipped.append((p, why)),
                              on_warn=lambda p, why: warned.append(p)))
    assert [a.text for a in arts] == ["café", "Bonjour\nle monde "]   # Latin-1 read, with a warning
    assert [p.endswith("latin1.txt") for p in warned] == [True]
    assert sorted(why for _, why in skipped) == ["binary file, not text", "empty"]


@pytest.mark.parametrize("text, lang", [
    ("SoftBank pourrait investir jusqu'à 25 milliards de dollars dans la start-up.", "fr"),
    ("La société a été rachetée par son concurrent l'an dernier.", "fr"),
    ("Fabrikam rachète Contoso", "fr"),
    ("The company was acquired by its largest rival last year.", "en"),
    ("Fabrikam buys Contoso for $70m", "en"),
    ("Contoso's chief executive said it would not invest in the startup.", "en"),
])
def test_language_detection(text, lang):
    assert detect_language(text) == lang
