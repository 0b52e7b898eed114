"""Entity recognition: cue-noun patterns, the gazetteer's ruler, a user's gazetteer."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractors.lang import get as language
from extractors.extract import extract_text
from extractors.mentions import find_mentions
from extractors.pipeline import load

pytestmark = pytest.mark.slow  # loads the real spaCy models


def mentions(text, lang, gazetteer=None):
    doc = load(lang, gazetteer)(text)
    return {(m.text, m.type) for m in find_mentions(doc, language(lang))}


@pytest.mark.parametrize("text, lang, name", [
    ("Globex released the Nimbus chatbot on Monday.", "en", "Nimbus"),
    ("Globex a présenté son modèle Nimbus mardi.", "fr", "Nimbus"),
    ("Globex développe la famille de modèles Nimbus.", "fr", "Nimbus"),
    ("Globex trains its Nimbus models on rented chips.", "en", "Nimbus"),
])
def test_cue_nouns_type_products(text, lang, name):
    assert (name, "Product") in mentions(text, lang)


def test_project_cue():
    assert ("Skyline", "Project") in mentions("Globex investit dans le projet Skyline.", "fr")


def test_gazetteer_types_what_the_model_misses():
    found = mentions("OpenAI and Anthropic released new models.", "en")
    assert ("OpenAI", "Organization") in found and ("Anthropic", "Organization") in found


def test_a_user_gazetteer_is_used(tmp_path):
    gaz = tmp_path / "extra.json"
    gaz.write_text(json.dumps([{"name": "zorblax quantum", "type": "Organization", "aliases": ["ZQ"]}]),
                   encoding="utf-8")
    text = "zorblax quantum a racheté la start-up Initech."
    assert ("zorblax quantum", "Organization") in mentions(text, "fr", str(gaz))
    facts = {(t.subject, t.predicate, t.object) for t in extract_text(text, lang="fr", gazetteer=str(gaz))}
    assert ("zorblax quantum", "acquires", "Initech") in facts


def test_cli_gazetteer_errors_are_clean(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    art = tmp_path / "a.txt"
    art.write_text("Globex a racheté Initech.", encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    r = subprocess.run([sys.executable, "-m", "graph.cli", "extract", str(art), "--gazetteer", str(bad)],
                       capture_output=True, text=True, cwd=root)
    assert r.returncode == 2 and "E004" in r.stderr and "Traceback" not in r.stderr
