"""Demonyms, place names and the gazetteer (built-in and user files)."""
import json

import pytest

from extractors.errors import GazetteerError
from extractors.lexicon import (
    ENTITY_TYPES, canonical_place, demonym_place, gazetteer_aliases, gazetteer_entries,
)


# ---------------------------------------------------------------- demonyms

@pytest.mark.parametrize("word,lang,place", [
    ("French", "en", "France"), ("Chinese", "en", "China"), ("Israeli", "en", "Israel"),
    ("Dutch", "en", "Netherlands"), ("American", "en", "United States"),
    ("US", "en", "United States"), ("U.S.", "en", "United States"),
    ("Taiwanese", "en", "Taiwan"), ("British", "en", "United Kingdom"),
    ("South Korean", "en", "South Korea"), ("Emirati", "en", "United Arab Emirates"),
    ("Saudi", "en", "Saudi Arabia"), ("Swiss", "en", "Switzerland"),
    ("Parisian", "en", "Paris"), ("Californian", "en", "California"),
    ("german", "en", "Germany"),
    ("français", "fr", "France"), ("française", "fr", "France"),
    ("françaises", "fr", "France"), ("Français", "fr", "France"),
    ("chinois", "fr", "China"), ("chinoise", "fr", "China"), ("chinoises", "fr", "China"),
    ("néerlandais", "fr", "Netherlands"), ("néerlandaise", "fr", "Netherlands"),
    ("américain", "fr", "United States"), ("américaine", "fr", "United States"),
    ("américains", "fr", "United States"), ("américaines", "fr", "United States"),
    ("israélien", "fr", "Israel"), ("israélienne", "fr", "Israel"),
    ("israéliennes", "fr", "Israel"), ("taïwanais", "fr", "Taiwan"),
    ("taiwanaise", "fr", "Taiwan"), ("sud-coréen", "fr", "South Korea"),
    ("sud-coréenne", "fr", "South Korea"), ("britannique", "fr", "United Kingdom"),
    ("allemande", "fr", "Germany"), ("grecque", "fr", "Greece"), ("turque", "fr", "Turkey"),
    ("belges", "fr", "Belgium"), ("émiratie", "fr", "United Arab Emirates"),
    ("saoudien", "fr", "Saudi Arabia"), ("canadienne", "fr", "Canada"),
    ("parisien", "fr", "Paris"), ("parisienne", "fr", "Paris"),
    ("londonien", "fr", "London"), ("londonienne", "fr", "London"),
    ("berlinois", "fr", "Berlin"), ("californienne", "fr", "California"),
    ("munichoise", "fr", "Munich"), ("lyonnaise", "fr", "Lyon"),
    ("européenne", "fr", "Europe"), ("québécoise", "fr", "Quebec"),
])
def test_demonyms(word, lang, place):
    assert demonym_place(word, lang) == place


@pytest.mark.parametrize("word,place", [
    ("Paris-based", "Paris"), ("London-based", "London"), ("US-based", "United States"),
    ("UK-based", "United Kingdom"), ("Shenzhen-based", "Shenzhen"),
    ("San Francisco-based", "San Francisco"), ("Munich-headquartered", "Munich"),
])
def test_based_compounds(word, place):
    assert demonym_place(word, "en") == place


@pytest.mark.parametrize("word,lang", [
    ("rapide", "fr"), ("large", "en"), ("", "en"), ("startup", "en"), ("based", "en"),
    ("nouvelle", "fr"),
])
def test_not_demonyms(word, lang):
    assert demonym_place(word, lang) is None


def test_demonym_table_covers_many_countries_with_all_french_forms():
    data = json.loads((__import__("extractors.lexicon").lexicon.DATA / "demonyms.json").read_text("utf-8"))
    assert len(set(data["en"].values())) >= 80
    assert len(set(data["fr"].values())) >= 80
    assert len(data["places"]) >= 150
    for masc, fem in [("français", "française"), ("italien", "italienne"), ("japonais", "japonaise"),
                      ("espagnol", "espagnole"), ("indien", "indienne"), ("suédois", "suédoise")]:
        for form in (masc, fem, fem + "s"):
            assert form in data["fr"], form
    # place values are canonical English names, never adjectives
    places = set(data["places"].values())
    assert set(data["en"].values()) <= places and set(data["fr"].values()) <= places


# ---------------------------------------------------------------- places

@pytest.mark.parametrize("name,canonical", [
    ("Londres", "London"), ("Pays-Bas", "Netherlands"), ("États-Unis", "United States"),
    ("Etats-Unis", "United States"), ("Chine", "China"), ("Pékin", "Beijing"),
    ("Munich", "Munich"), ("München", "Munich"), ("Allemagne", "Germany"),
    ("Royaume-Uni", "United Kingdom"), ("Corée du Sud", "South Korea"), ("Taïwan", "Taiwan"),
    ("Genève", "Geneva"), ("Bruxelles", "Brussels"), ("Californie", "California"),
    ("Israël", "Israel"), ("Émirats arabes unis", "United Arab Emirates"),
    ("the Netherlands", "Netherlands"), ("UK", "United Kingdom"), ("USA", "United States"),
    ("Séoul", "Seoul"), ("Tel-Aviv", "Tel Aviv"), ("Bengaluru", "Bangalore"),
    ("londres", "London"), ("PAYS-BAS", "Netherlands"),
])
def test_canonical_place(name, canonical):
    assert canonical_place(name) == canonical


def test_unknown_place_unchanged():
    assert canonical_place("Wakanda") == "Wakanda"
    assert canonical_place("Saint-Quentin-en-Yvelines") == "Saint-Quentin-en-Yvelines"


# ---------------------------------------------------------------- gazetteer

def test_builtin_gazetteer_shape_and_size():
    entries = gazetteer_entries()
    counts = {t: sum(e["type"] == t for e in entries) for t in ENTITY_TYPES}
    assert counts["Organization"] >= 250
    assert counts["Person"] >= 80
    assert counts["Product"] >= 120
    assert counts["Project"] >= 10
    for e in entries:
        assert e["type"] in ENTITY_TYPES and e["name"].strip() == e["name"]
        assert isinstance(e["aliases"], list)
    assert len({e["name"] for e in entries}) == len(entries)


@pytest.mark.parametrize("alias,name", [
    ("AWS", "Amazon Web Services"), ("Meta Platforms", "Meta"), ("DeepMind", "Google DeepMind"),
    ("Mistral", "Mistral AI"), ("a16z", "Andreessen Horowitz"), ("TSMC", "TSMC"),
    ("Taiwan Semiconductor", "TSMC"), ("R1", "DeepSeek-R1"), ("Pays-Bas", "Netherlands"),
    ("Le Chat", "Le Chat"), ("Stargate", "Stargate"), ("Jensen Huang", "Jensen Huang"),
])
def test_aliases(alias, name):
    assert gazetteer_aliases()[alias] == name


def test_common_words_are_marked_ambiguous_and_never_aliases():
    by_name = {e["name"]: e for e in gazetteer_entries()}
    for name in ("Orange", "Apple", "Amazon", "Mistral AI", "Claude", "Gemini", "Llama"):
        assert by_name[name].get("ambiguous") is True, name
    for name in ("OpenAI", "Anthropic", "Nvidia"):
        assert not by_name[name].get("ambiguous"), name
    aliases = gazetteer_aliases()
    assert aliases["Orange"] == "Orange"
    for word in ("the", "le", "la", "AI", "IA", "cloud"):
        assert word not in aliases


def test_user_json_file_adds_and_overrides(tmp_path):
    f = tmp_path / "mine.json"
    f.write_text(json.dumps([
        {"name": "Acme Robotics", "type": "Organization", "aliases": ["Acme"]},
        {"name": "Anthropic", "type": "Organization", "aliases": ["Anthropic PBC"]},
    ]), encoding="utf-8")
    entries = {e["name"]: e for e in gazetteer_entries(f)}
    assert entries["Acme Robotics"]["aliases"] == ["Acme"]
    assert entries["Anthropic"]["aliases"] == ["Anthropic PBC"]
    aliases = gazetteer_aliases(f)
    assert aliases["Acme"] == "Acme Robotics" and aliases["Anthropic PBC"] == "Anthropic"
    # the built-in data is not changed by a user file
    assert "Acme Robotics" not in {e["name"] for e in gazetteer_entries()}


def test_user_alias_wins_over_builtin(tmp_path):
    f = tmp_path / "mine.json"
    f.write_text(json.dumps([{"name": "Mistral Wind Farms", "type": "Organization", "aliases": ["Mistral"]}]))
    assert gazetteer_aliases(f)["Mistral"] == "Mistral Wind Farms"


@pytest.mark.parametrize("suffix,sep", [(".csv", ","), (".tsv", "\t"), (".txt", ",")])
def test_user_table_file(tmp_path, suffix, sep):
    f = tmp_path / f"mine{suffix}"
    f.write_text(sep.join(["name", "type", "aliases"]) + "\n"
                 + sep.join(["Zorglub AI", "Organization", "Zorglub|ZAI"]) + "\n"
                 + "# a comment\n\n"
                 + sep.join(["Blip-7", "Product"]) + "\n", encoding="utf-8")
    entries = {e["name"]: e for e in gazetteer_entries(f)}
    assert entries["Zorglub AI"]["aliases"] == ["Zorglub", "ZAI"]
    assert entries["Blip-7"] == {"name": "Blip-7", "type": "Product", "aliases": []}


@pytest.mark.parametrize("content,suffix,message", [
    ("[{\"name\": \"X\", \"type\": \"Company\"}]", ".json", "not one of"),
    ("[{\"type\": \"Organization\"}]", ".json", "name"),
    ("{\"name\": \"X\"", ".json", "not valid JSON"),
    ("{\"foo\": 1}", ".json", "expected a JSON list"),
    ("[{\"name\": \"X\", \"type\": \"Person\", \"aliases\": [1, 2]}]", ".json", "aliases"),
    ("[\"just a string\"]", ".json", "expected an object"),
    ("Acme Robotics\n", ".csv", "expected name"),
    ("Acme Robotics,Startup\n", ".csv", "not one of"),
    ("   \n", ".csv", "empty"),
])
def test_malformed_user_file(tmp_path, content, suffix, message):
    f = tmp_path / f"bad{suffix}"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(GazetteerError, match=message) as err:
        gazetteer_entries(f)
    assert str(err.value).startswith("[E004]")
    assert "bad" in str(err.value)


def test_missing_user_file(tmp_path):
    with pytest.raises(GazetteerError, match="cannot read"):
        gazetteer_aliases(tmp_path / "nope.json")


@pytest.mark.parametrize("name,known", [
    ("France", True), ("Pays-Bas", True), ("pays-bas", True), ("Etats-Unis", True),
    ("la Chine", True), ("the Netherlands", True), ("Londres", True), ("Shenzhen", True),
    ("Silicon Valley", True), ("Contoso", False), ("Mistral AI", False), ("French", False),
    ("la société", False), ("", False),
])
def test_is_known_place(name, known):
    from extractors.lexicon import is_known_place
    assert is_known_place(name) is known


def test_case_insensitive_names_are_never_common_words():
    """Entries not marked ambiguous are matched in any case, so none of their
    names may be a common English or French word."""
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.fr.stop_words import STOP_WORDS as FR
    common = set(EN) | set(FR) | {
        "fair", "sec", "eau", "us", "eu", "canton", "the information", "le monde", "moonshot",
        "bedrock", "scale ai", "alphabet", "micron", "magistral", "autopilot", "bloom", "stripe",
        "orange", "apple", "amazon", "meta", "mistral", "claude", "gemini", "llama", "copilot",
        "together", "figure", "windows", "office", "teams", "x", "free", "le chat", "trump",
    }
    for e in gazetteer_entries():
        if e.get("ambiguous"):
            continue
        for name in [e["name"], *e["aliases"]]:
            assert name.lower() not in common, (name, e["name"])
