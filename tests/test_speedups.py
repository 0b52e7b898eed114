"""The shortcuts that keep extraction near spaCy's own speed change no result.

- the indexed attribute ruler annotates exactly like spaCy's `AttributeRuler`;
- `WordTest` finds the tokens a test passes on, by surface form or lemma, and
  `matching` the tokens of given strings;
- `index_sentences` makes `token.sent` and `span.sent` a lookup that gives
  spaCy's own sentences;
- spaCy's French word pattern, compiled in its factored form, matches the same
  words as spaCy's own;
- the rules look only at trigger words, demonyms and possessives, and a
  sentence without any of them is skipped without losing a fact.
"""
import importlib
import re
from pathlib import Path

import pytest
import spacy
import srsly

from extractors.attribute_ruler import (
    IndexedAttributeRuler,
    Unsupported,
    replace_attribute_ruler,
)
from extractors.coref import Resolver
from extractors.extract import extract_text
from extractors.lang import get as language
from extractors.mentions import find_mentions
from extractors.pipeline import load, model_name
from extractors.rules.engine import Engine
from extractors.rules.syntax import index_sentences
from extractors.token_match import compact_patterns, factored
from extractors.wordtest import WordTest, matching

pytestmark = pytest.mark.slow  # loads the real spaCy models

TEXTS = {
    "en": ["Globex, the Boston-based chipmaker, has agreed to buy Initech for $2.5 billion.",
           "He doesn't wanna go, y'all gonna see. Gotta run!  \n\n  Let's do it. There's nothin' left.",
           "It was what they did: I gave it to you, and you gave it to me."],
    "fr": ["La start-up française Globex a levé 40 millions d'euros auprès d'Initech.",
           "Il y a  \n  des espaces.  Qu'est-ce que c'est ? Selon Les Echos, Hooli rachèterait Vandelay."],
}


def annotations(doc):
    return [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_indexed_ruler_annotates_like_spacys(lang):
    plain, fast = spacy.load(model_name(lang)), spacy.load(model_name(lang))
    assert replace_attribute_ruler(fast)
    assert not isinstance(plain.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    for text in TEXTS[lang]:
        assert annotations(fast(text)) == annotations(plain(text))


def _blank_with_ruler(patterns):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return nlp


PATTERN_SHAPES = [
    {"patterns": [[{"LOWER": {"IN": ["globex", "initech"]}}]], "attrs": {"LEMMA": "COMPANY"}},
    {"patterns": [[{"ORTH": "Globex"}]], "attrs": {"LEMMA": "GLOBEX"}},  # later rule wins
    {"patterns": [[{"LOWER": {"REGEX": "^n[ou]thin'$"}}]], "attrs": {"LEMMA": "nothing"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
    {"patterns": [[{"LOWER": "let"}, {"LOWER": "'s"}]], "attrs": {"LEMMA": "us"}, "index": -1},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"LEMMA": "SPACE"}},
    {"patterns": [[{"LOWER": {"NOT_IN": ["the", "a"]}, "IS_SPACE": False}], [{"ORTH": "!"}]],
     "attrs": {"NORM": "word"}},
]


def test_every_pattern_shape_matches_like_spacys():
    text = "Globex gonna buy Initech,  nothin' else! Let's see the  deal."
    spacy_nlp = _blank_with_ruler(PATTERN_SHAPES)
    ours = _blank_with_ruler(PATTERN_SHAPES)
    assert replace_attribute_ruler(ours)
    expected = [(t.lemma_, t.norm_) for t in spacy_nlp(text)]
    assert [(t.lemma_, t.norm_) for t in ours(text)] == expected
    assert expected[0] == ("GLOBEX", "word") and expected[2][0] == "to"


def test_a_pattern_shape_it_does_not_know_keeps_spacys_ruler():
    nlp = _blank_with_ruler([{"patterns": [[{"LOWER": "big", "OP": "+"}]], "attrs": {"LEMMA": "x"}}])
    assert not replace_attribute_ruler(nlp)
    with pytest.raises(Unsupported):
        IndexedAttributeRuler().load(nlp.get_pipe("attribute_ruler"))


def test_a_word_test_finds_surface_forms_and_lemmas():
    doc = load("en")("Globex acquired Initech and bought Hooli.")
    test = WordTest(lambda w: w.lower() in {"acquire", "buy"})
    found = test.positions(doc, ("lower", "lemma"))
    assert [doc[i].text for i in found] == ["acquired", "bought"]
    assert test.positions(doc, ("orth",)) == []


def test_matching_finds_the_tokens_of_given_strings():
    doc = load("en")("Globex - Initech and Globex - Hooli.")
    s = doc.vocab.strings
    assert matching(doc, "orth", {s["-"]}) == [1, 5]
    assert matching(doc, "orth", {s["Globex"], s["Hooli"]}) == [0, 4, 6]
    assert matching(doc, "orth", set()) == []
    assert matching(doc, "dep", {s["poss"]}) == []


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_indexed_sentences_are_spacys_own(lang):
    doc = load(lang)(" ".join(TEXTS[lang]))
    spans = [(a, b) for a in range(len(doc)) for b in (a + 1, min(a + 4, len(doc)))]
    tokens = [(t.sent.start, t.sent.end) for t in doc]
    of_spans = [(doc[a:b].sent.start, doc[a:b].sent.end) for a, b in spans]
    assert len({s for s in tokens}) > 2  # several sentences
    index_sentences(doc)
    assert [(t.sent.start, t.sent.end) for t in doc] == tokens
    assert [(doc[a:b].sent.start, doc[a:b].sent.end) for a, b in spans] == of_spans
    assert doc[0].sent is doc[1].sent  # one Span per sentence, built once


def test_a_doc_without_sentences_is_left_as_it_is():
    doc = spacy.blank("en")("Globex buys Initech")
    index_sentences(doc)
    assert "sent" not in doc.user_token_hooks
    with pytest.raises(ValueError):
        doc[0].sent


def test_rules_start_only_from_triggers_demonyms_and_possessives():
    doc = load("en")("The Israeli startup Globex said on Monday that Initech's unit was sold.")
    L = language("en")
    engine = Engine(L, Resolver(doc, find_mentions(doc, L), L))
    starts = {t.text for sent in doc.sents for t in engine.starts(sent)}
    assert {"Israeli", "Initech", "sold"} <= starts
    assert not {"The", "said", "Monday", "."} & starts


def test_a_sentence_without_a_trigger_still_feeds_coreference():
    # the first sentence has no trigger word, yet names the company "it" stands for
    found = extract_text("Globex makes robots for warehouses. It acquired Initech in 2021.", lang="en")
    assert [(t.subject, t.predicate, t.object, t.attributes.year) for t in found] == \
        [("Globex", "acquires", "Initech", 2021)]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", 'He said "Yes." Then he left.', ['He said "Yes."', "Then he left."]),
    ("en", "Globex grew (fast.) Initech did not.", ["Globex grew (fast.)", "Initech did not."]),
    ("en", "Shares rose 3.5 per cent. 2024 was good... And then", ["Shares rose 3.5 per cent.",
                                                                "2024 was good...", "And then"]),
    ("en", "A title\nGlobex acquired Initech.", ["A title", "Globex acquired Initech."]),
    ("fr", "La jeune pousse Contoso a été rachetée. «Bravo», dit-il.",
     ["La jeune pousse Contoso a été rachetée.", "«Bravo», dit-il."]),
    ("fr", "Fin… début de phrase. il continue", ["Fin… début de phrase. il continue"]),
])
def test_sentences_end_at_final_punctuation_before_a_sentence_start_or_at_line_breaks(lang, text, expected):
    doc = load(lang)(text)
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == expected


def test_a_mixed_language_feed_is_parsed_by_language_and_told_in_article_order():
    from extractors.extract import extract_articles
    from extractors.reader import Article

    texts = [("en", "Globex acquired Initech in 2021."), ("fr", "Hooli a racheté Vandelay."),
             ("en", "Initech invested in Hooli."), ("fr", "Globex a investi dans Initech."),
             ("en", "Vandelay sued Globex.")]
    articles = [Article(f"a{i}", text) for i, (_, text) in enumerate(texts)]
    found = list(extract_articles(articles, batch_size=1))  # windows of a few articles
    docs = [t.doc for t in found]
    assert docs == sorted(docs) and len(set(docs)) >= 4
    assert all(t.lang == texts[int(t.doc[1:])][0] for t in found)
    alone = [t for a in articles for t in extract_articles([a])]
    assert found == alone


def _french_word_pattern() -> str:
    """spaCy's French `token_match` pattern as the model ships it."""
    package = Path(importlib.import_module(model_name("fr")).__file__).parent
    tokenizer = next(package.glob("fr_core_news_*/tokenizer"))
    return srsly.msgpack_loads(tokenizer.read_bytes())["token_match"]


def _literal(fragment: str) -> str:
    """One word a stem of spaCy's pattern matches: "[ée]lectro" -> "électro", "r?é?entr" -> "entr"."""
    return re.sub(r".\?|\[(.)[^]]*\]", lambda m: m.group(1) or "", fragment)


def _words_to_try() -> list[str]:
    """Words built on every stem of spaCy's pattern ("anti-", "entr'", "-en-"), variants of
    them, spaCy's own list of hyphenated French words and every word of the shipped and
    development articles."""
    from spacy.lang.fr import tokenizer_exceptions as fr
    from spacy.lang.fr._tokenizer_exceptions_list import FR_BASE_EXCEPTIONS
    built = [f"{_literal(p)}-{w}" for p in fr._hyphen_prefix
             for w in ("inflammatoire", "Test", "l'eau", "x-y", "", "1", "é")]
    built += [f"{_literal(p)}'{w}" for p in fr._elision_prefix for w in ("ouvert", "", "a-b")]
    built += [f"{a}-{_literal(c)}-{b}" for c in fr._hyphen_combination
              for a, b in (("arc", "ciel"), ("pet", "l'air"), ("x", "1"), ("Saint", "Étienne"))]
    built += [_literal(a).strip("^$+*") + "s" for a in fr._regular_exp[:40]]
    words = set()
    for w in built + FR_BASE_EXCEPTIONS[::3]:
        words |= {w, w.upper(), w.title(), w + "s", "x" + w, w + "-1", w.replace("-", "–"),
                  w.replace("-", " "), w.replace("'", "’"), w.split("-")[0] + "-"}
    root = Path(__file__).resolve().parent.parent
    for folder in (root / "seeds", root.parent / "shared" / "eval" / "dev" / "docs"):
        for path in folder.glob("*.txt"):
            words |= set(path.read_text(encoding="utf-8").split())
    return sorted(words)


def test_the_factored_french_word_pattern_matches_the_same_words():
    pattern = _french_word_pattern()
    short = factored(pattern)
    assert short is not None and len(short) < len(pattern) / 10
    theirs, ours = re.compile(pattern).match, re.compile(short).match
    words = _words_to_try()
    assert len(words) > 20_000
    matched = [w for w in words if theirs(w)]
    assert len(matched) > 2_000  # the list really exercises the pattern
    assert [w for w in words if bool(ours(w)) != bool(theirs(w))] == []


def test_only_large_flat_alternations_are_factored():
    big = "[" + "".join(chr(c) for c in range(0x100, 0x200)) + "]"
    assert factored("(?iu)(?:^ab[c]+$)|(?:^cd[c]+$)") == "(?iu)(?:(?:^ab[c]+$)|(?:^cd[c]+$))"
    assert factored(f"(?iu)(?:^a|^b{big}+$)|(?:^cd{big}+$)") is None  # "^a|^b" + rest: not "(^a|^b)" + rest
    assert factored(f"(?iu)(?:^ab{big}+$)|(?:^cd{big}+$)") == f"(?iu)(?:(?:^ab|^cd){big}+$)"
    assert factored("(?iu)(?:^a(b)|(?:^c)") is None  # a stem that stands alone as no pattern
    assert factored("^(?:ab|cd)$") is None  # not "(?iu)" and a flat alternation
    original = re.compile
    with compact_patterns():
        assert re.compile("a+b").pattern == "a+b"  # small patterns compile as given
        assert re.compile("x", re.I).flags & re.I
    assert re.compile is original


def test_the_french_pipeline_tokenizes_like_spacys_own():
    plain = spacy.load(model_name("fr"))
    nlp = load("fr")
    text = ("L'arc-en-ciel du porte-monnaie : entr'ouvert, anti-inflammatoire et sous-traitant, "
            "aujourd'hui à Saint-Étienne, New-York et aux États-Unis ; c'est-à-dire peut-être.")
    assert [t.text for t in nlp.tokenizer(text)] == [t.text for t in plain.tokenizer(text)]
