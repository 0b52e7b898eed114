"""Shared helpers: extraction of hand-written sentences with the real spaCy models."""
import pytest

from extractors.extract import extract_text


def facts(text: str, lang: str, *, negated: bool = False) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) of the triples found in `text`."""
    return {(t.subject, t.predicate, t.object) for t in extract_text(text, lang=lang)
            if t.attributes.negated == negated}


def triples(text: str, lang: str):
    return extract_text(text, lang=lang)


@pytest.fixture
def seed_dir(tmp_path):
    from pathlib import Path
    return Path(__file__).resolve().parent.parent / "seeds"
