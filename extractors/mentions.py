"""Entity mentions in a parsed article: spans of tokens with an entity type.

Sources, in order of trust: contextual patterns ("son modèle X", "the X chatbot",
"le projet X"), institution names ("le Syndicat national des éditeurs de jeux (SNEJ)"),
the gazetteer's entity ruler, the statistical NER and runs of proper nouns the
NER missed. Each mention gets one of the five entity types.

Only names are mentions: amounts ("30bn"), job titles ("Chief Executive"),
demonyms ("les Français"), capitalised common nouns ("Startup", "Big Tech", "le
Conseil") and the words of a headline in title case are not. A name is kept
whole ("Globex Ventures", "Globex Robotics, LLC"), without a title or form of
address before it ("Me Jeanne Martin"); a name found once in an article is
found wherever it is written again, and an acronym in parentheses after a name
stands for that name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.attrs import IS_PUNCT, ORTH, SENT_START
from spacy.tokens import Doc, Span

from extractors.lexicon import demonym_place, is_known_place
from extractors.pipeline import common_words
from extractors.rules.syntax import copula_subject
from extractors.wordtest import WordTest, matching

# NER label -> entity type; labels absent here (dates, money, NORP...) are not entities
LABEL_TYPES = {
    "ORG": "Organization", "PERSON": "Person", "PER": "Person", "GPE": "Place", "LOC": "Place",
    "PRODUCT": "Product", "PROJECT": "Project", "MISC": "Organization",
}
ORG, PER, PLACE, PROD = "Organization", "Person", "Place", "Product"
_NOT_NAME_POS = {"DET", "PRON", "VERB", "AUX", "SCONJ", "CCONJ", "ADP", "ADV"}


@dataclass(frozen=True, slots=True)
class Mention:
    start: int          # token offsets in the Doc, end exclusive
    end: int
    text: str
    type: str
    source: str         # ruler, ner, pattern, name, shape, propn, echo
    canonical: str | None = None  # the gazetteer's name, when the ruler found it
    alias_of: str | None = None   # the full name an acronym or a short head stands for
    maker: str | None = None      # a product named after its maker ("Globex XR300"): the maker's name

    @property
    def name(self) -> str:
        """The name as written; the gazetteer's `canonical` is for merging, later."""
        return self.text


def _trim(span: Span, edge_words: frozenset[str]) -> Span | None:
    """The span without leading articles, trailing punctuation or possessive."""
    start, end = span.start, span.end
    doc = span.doc
    # a capitalised article inside a sentence is part of the name ("Le Chat", "Le Monde")
    while start < end and (doc[start].is_punct or doc[start].lower_ in edge_words and (
            doc[start].text[:1].islower() or doc[start].is_sent_start)):
        start += 1
    while end > start and (doc[end - 1].lower_ in edge_words or doc[end - 1].is_punct
                           or doc[end - 1].is_space or (doc[end - 1].text[:1].islower()
                                                        and not capitalised(doc[end - 1].text)
                                                        and doc[end - 1].pos_ in _NOT_NAME_POS | {"PART"})):
        end -= 1
    if start >= end:
        return None
    return doc[start:end]


# tags the parser gives a name it does not know, besides a noun's ("et Zephyr" as SCONJ)
_MISTAGGED = frozenset({"SCONJ", "CCONJ", "ADP", "ADV", "ADJ", "VERB", "AUX", "INTJ", "X"})
# legal forms after a company's name ("Globex Systems Inc", "Globex PBC")
_LEGAL = {"inc", "corp", "co", "ltd", "llc", "plc", "sa", "sas", "sarl", "ag", "gmbh", "nv", "bv", "se",
          "pbc", "lp", "llp", "limited", "incorporated", "corporation", "spa", "ab", "oy", "kk"}
# amounts the tagger takes for nouns: "$30bn", "7.5bn", "9 Md$", "€2m"
_AMOUNT = re.compile(r"[$€£¥]|^\d[\d.,]*\s*(?:bn|mn|m|k|b|md|mds|mrd|mrds|tn|trn)$", re.I)
_VERSION = re.compile(r"^v?\d+(?:\.\d+)*[a-z]?$")
_SIZE = re.compile(r"^\d+(?:\.\d+)?[BMT]$")  # a model's size in parameters: "7B", "1.5B"
# "Foo-4", "Nimbus-2", "x1-mini": a model name with a version glued on
_VERSIONED = re.compile(r"^[A-Za-z][A-Za-z]*-\d+(?:\.\d+)*[a-z]?(?:-[a-z]+)?$")


def _word(tok) -> str:
    """A token's word for the lexicons: lower case, no final dot ("Mr." -> "mr")."""
    w = tok.lower_.replace("\u2019", "'")
    return w[:-1] if w.endswith((".", "'")) and len(w) > 1 else w


def _code_like(text: str) -> bool:
    """Written like a model or chip code: letters and digits mixed ("XR300", "x1-mini")."""
    return any(c.isdigit() for c in text) and any(c.isalpha() for c in text) and not _AMOUNT.search(text)


# codes that are periods, not products: "Q3", "H1", "FY2024"
_PERIOD = re.compile(r"^(?:Q[1-4]|H[12]|S[12]|FY\d{2,4}|T[1-4])$")


def _product_code(text: str) -> bool:
    """A model or chip code, not a period: "XR300", not "Q3"."""
    return _code_like(text) and not _PERIOD.match(text)


def _camel(text: str) -> bool:
    """Lower case first, then a capital: "iOS", "vexO"."""
    return text[:1].islower() and any(c.isupper() for c in text[1:])


def capitalised(text: str) -> bool:
    """Written like a name: 'OpenAI', '3M', and 'xAI' or 'iPhone' too."""
    return text[:1].isupper() or text[:1].isdigit() or (
        text[:1].islower() and any(c.isupper() for c in text[1:]))


def _looks_like_name(span: Span) -> bool:
    """Capitalised, and not a phrase the NER took whole ("Un saut dans l'innovation")."""
    if not capitalised(span[0].text):
        return False
    words = [t for t in span if t.is_alpha]
    lower = [t for t in words if t.text[:1].islower()]
    return len(lower) * 2 <= len(words)


class _Words:
    """The word tests of one language, built once."""

    def __init__(self, L):
        import spacy

        self.L = L
        self.cue = WordTest(lambda w: w.lower() in L.CUE_NOUNS)
        self.name = WordTest(lambda w: capitalised(w) and w.lower() not in L.NOT_NAMES)
        self.head = WordTest(lambda w: w[:1].isupper() and w.lower() in L.ORG_HEADS)
        self.government = WordTest(lambda w: w in L.GOVERNMENT_NOUNS)
        # "H", "H.": a company named by one letter, maybe
        self.letter = WordTest(lambda w: 1 <= len(w) <= 2 and w[:1].isalpha() and w[:1].isupper()
                               and (len(w) == 1 or w[1] == "."))
        # descriptions of one organisation, before or after a name written in lower case
        self.description = WordTest(lambda w: "Organization" in (L.ANAPHORS.get(w.lower()) or ()))
        self.stop = frozenset(spacy.util.get_lang_class(L.LANG).Defaults.stop_words)
        # words that say what a name is, not which: never a name alone
        self.generic = (L.GENERIC_WORDS | L.TITLE_WORDS | L.TITLE_MODIFIERS | L.HONORIFICS
                        | frozenset(L.NOT_NAMES) | frozenset(_LEGAL) | self.stop)
        self.titles = L.TITLE_WORDS | L.TITLE_MODIFIERS
        # descriptions written before a name: "Startup Globex", "Rival Initech"
        self.descriptors = frozenset(w for w in L.GENERIC_WORDS if w in L.ANAPHORS or w in L.ROLES)

    def common(self, word: str) -> bool:
        test = common_words(self.L.LANG)
        return test is not None and test(word)


_WORDS: dict[str, _Words] = {}


def _words(L) -> _Words:
    if L.LANG not in _WORDS:
        _WORDS[L.LANG] = _Words(L)
    return _WORDS[L.LANG]


class _TitleCase:
    """Which sentences are headlines in title case ("Globex Pits Its Chips Against
    Initech"), and which of their capitalised words may still be names."""

    def __init__(self, doc: Doc, W: _Words):
        self.doc, self.W = doc, W
        self._by_start: dict[int, bool] = {}
        self._ruler, self._people = set(), set()
        for e in doc.ents:
            if e.ent_id_:
                self._ruler.update(range(e.start, e.end))
            elif LABEL_TYPES.get(e.label_) == PER and all(t.pos_ == "PROPN" for t in e):
                # "Pierre", "Mark": first names are words too; not "Buys" of "Globex Buys Initech"
                self._people.update(t.i for t in e if t.lower_ not in W.L.FORMS)

    def __call__(self, i: int) -> bool:
        """Whether token `i` stands in a title-case sentence."""
        sent = self.doc[i].sent
        found = self._by_start.get(sent.start)
        if found is None:
            # common words after the first one, gazetteer names aside: mostly capitalised
            words = [t for t in sent[1:] if t.is_alpha and len(t) > 1 and t.i not in self._ruler
                     and t.i not in self._people and not t.is_upper and self.W.common(t.text)]
            upper = sum(t.text[:1].isupper() for t in words)
            found = self._by_start[sent.start] = upper >= 3 and upper * 5 >= len(words) * 4
        return found

    def may_name(self, i: int) -> bool:
        """A word of a title-case headline that may be (part of) a name: no common word,
        or the capitalised subject opening it ("Acme Raises $50 Million")."""
        t = self.doc[i]
        if i in self._ruler or not t.is_alpha or not self.W.common(t.text):
            return True
        return t.is_sent_start and t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") \
            and t.lower_ not in self.W.generic


def _not_a_name(span: Span, W: _Words) -> bool:
    """Amounts, titles, demonyms and common nouns taken for names."""
    L = W.L
    words = [t for t in span if not t.is_punct or t.text in ("&",)]
    if not words:
        return True
    text = span.text.lower().replace("\u2019", "'")
    if text in L.NOT_NAMES or _AMOUNT.search(span.text) or all(t.like_num for t in words) \
            or span.text.endswith("-"):
        return True  # "30bn", and "Lyon-" of "Lyon- and Paris-based"
    if len(words) == 1:
        t = words[0]
        w = _word(t)
        if re.fullmatch(r"[A-Z]{2,}s", t.text):
            return True  # "VCs", "GPUs", "CEOs": a plural is a kind, not a name
        if _PERIOD.match(t.text):
            return True  # "Q3", "FY2024": a period
        if not is_known_place(t.text) and (demonym_place(t.text, L.LANG) or (
                w.endswith("s") and demonym_place(t.text[:-1], L.LANG))):
            return True  # "les Français", "Canadians"
        if w in L.ORG_HEADS or w in L.NAME_SUFFIXES:
            return True  # "le Conseil", "the Commission", "Ventures": part of a name, not a name
        if len(t.text) == 1 and span.start > 0 and _word(span.doc[span.start - 1]) in L.ROUND_NOUNS:
            return True  # "B" of "Series B"
        if _spelled_out(span.doc, span.start):
            return True  # "(RDU)" after "reconfigurable data unit": a term, no name
        if L.NAME_LOWER and span.start > 0 and span.doc[span.start - 1].lower_ in L.DEFINITE \
                and t.text[:1].isupper() and not t.is_upper and W.common(t.text) \
                and not span.doc[span.start - 1].text[:1].isupper():
            return True  # "le ministre de l'Économie": a portfolio, a common noun with a capital
    kinds = []
    for t in words:
        if t.text[:1].isupper() and (is_known_place(t.text) or demonym_place(t.text, L.LANG)):
            kinds.append("place")
        elif _word(t) in W.generic or t.text == "&":
            kinds.append("generic")
        else:
            kinds.append("name")
    # "US AI", "French Tech", "Chief Executive": no word of it names anything
    return "name" not in kinds and "generic" in kinds


def _spelled_out(doc: Doc, i: int) -> bool:
    """An acronym in parentheses after the lower-case words it abbreviates
    ("large language models (LLMs)"): a common term, not a name."""
    if not (0 < i - 1 and doc[i - 1].text == "(" and i + 1 < len(doc) and doc[i + 1].text == ")"):
        return False
    letters = [c.lower() for c in doc[i].text if c.isalpha()]
    if letters and letters[-1] == "s" and doc[i].text[-1:] == "s":
        letters = letters[:-1]
    words = [t for t in doc[max(0, i - 1 - 2 * len(letters)):i - 1] if t.is_alpha]
    initials = [t.lower_[0] for t in words if t.text[:1].islower()]
    return len(letters) >= 2 and "".join(initials).endswith("".join(letters)) \
        and all(t.text[:1].islower() for t in words[-len(letters):])


def _clean(span: Span, W: _Words) -> tuple[Span | None, str | None]:
    """`span` without a form of address or job title before it and without a job title
    after it ("Me Jeanne Martin", "COO Jane Doe", "Startup Globex", "Globex CEO"), and
    the type what it lost says it has: a person after a title, an organisation before one."""
    doc, L = span.doc, W.L
    s, e = span.start, span.end
    person = None
    while s < e - 1 and _word(doc[s]) in L.HONORIFICS and capitalised(doc[s + 1].text):
        s += 1
        person = PER
    k = s
    while k < e - 1 and (_word(doc[k]) in W.titles or doc[k].lower_.startswith("ex-")):
        k += 1
    if k > s and any(_word(t) in L.TITLE_WORDS or t.lower_.startswith("ex-") for t in doc[s:k]):
        s = k
        person = PER
    if s < e - 1 and _word(doc[s]) in W.descriptors:
        s += 1
    while e > s + 1 and doc[e - 1].text[:1].islower() and _word(doc[e - 1]) in L.NOT_NAMES:
        e -= 1  # "Nimbus 3.1 mardi": a date after the name
    k = e
    while k > s + 1 and _word(doc[k - 1]) in W.titles:
        k -= 1
    if k < e and any(_word(t) in L.TITLE_WORDS for t in doc[k:e]):
        if all(W.common(t.text) for t in doc[s:k]):
            return None, None  # "Innovation Minister": a portfolio, no name
        e = k
        person = person or ORG  # "Globex CEO": Globex is where the CEO works
    if e - s == 1 and (_word(doc[s]) in L.HONORIFICS or doc[s].lower_.startswith("ex-")):
        return None, None
    return doc[s:e], person


def _acronym_after(doc: Doc, end: int) -> Span | None:
    """The acronym in parentheses right after a name: "(SNEJ)", "(BCP)"."""
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        t = doc[end + 1]
        if t.is_alpha and sum(c.isupper() for c in t.text) >= 2 and t.text[:1].isupper() \
                and not is_known_place(t.text):
            return doc[end + 1:end + 2]
    return None


def _institution(doc: Doc, i: int, W: _Words, ents, *, lower: bool = True) -> Span | None:
    """A name made on an institution's head noun: "(le) Syndicat national des éditeurs de jeux",
    "l'Autorité française des marchés numériques", "the Council of Northern Builders".

    The capitalised head takes the adjectives after it, then complements opened by
    NAME_LINKS: lower-case words or capitalised ones in French, capitalised words
    only in English. A name of another entity ends it ("le Conseil de Globex" is
    no name: the head alone is not one). With `lower=False`, the complements are
    capitalised words only ("la Maison du Logiciel").
    """
    L = W.L
    lower = lower and L.NAME_LOWER
    sent_end = doc[i].sent.end
    articles = L.EDGE_WORDS - L.NAME_LINKS
    known = {e.start: LABEL_TYPES.get(e.label_) for e in ents if e.start > i and e.ent_id_}

    def content(t) -> bool:
        if t.lower_ in L.GOVERNMENT_NOUNS:
            return False  # "la Caisse de Lyon et le gouvernement du Québec": two names
        if t.text[:1].isupper():  # a place ("de Lyon"), or a capitalised word ("des Amis des Machines")
            return known.get(t.i, PLACE) in (PLACE, None) and not t.is_punct and (
                is_known_place(t.text) or W.common(t.text))
        return lower and t.is_alpha and t.pos_ in ("NOUN", "ADJ", "PROPN") and t.lower_ not in W.stop

    j = end = i + 1
    while L.NAME_LOWER and j < sent_end and (doc[j].text[:1].isupper() and not doc[j].is_punct or (
            doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ and j > end - 1
            and j + 1 < sent_end and doc[j + 1].text[:1].isupper())):
        j += 1  # "l'Université Paris-Saclay", "la Fondation Globex"
        if doc[j - 1].text != "-":
            end = j
    while j < sent_end:
        t = doc[j]
        if lower and t.is_alpha and t.text[:1].islower() and t.lower_ not in W.stop and (
                t.pos_ == "ADJ" or demonym_place(t.text, L.LANG)):
            j = end = j + 1  # "national", "française"
            continue
        if t.lower_ not in L.NAME_LINKS:
            break
        k = j
        while k < sent_end and (doc[k].lower_ in L.NAME_LINKS or doc[k].lower_ in articles):
            k += 1
        if k >= sent_end or not content(doc[k]) or (t.lower_ in L.AND and doc[k].text[:1].isupper()):
            break  # "le Syndicat X et la Société Y": two names
        if doc[k].text[:1].isupper():
            j = k
            while j < sent_end and doc[j].text[:1].isupper() and content(doc[j]):
                j += 1
        else:
            j = k + 1
        end = j
    if end == i + 1 or _of_another(doc, end, W):
        return None  # "le Comité exécutif de Globex": an organ of Globex, no name
    return doc[i:end]


def _place_word(t, L) -> bool:
    """A word of a place's name or a demonym: "Canadian", "Québec", "UK", "canadien"."""
    return t.is_alpha and (demonym_place(t.text, L.LANG) is not None or (
        t.text[:1].isupper() and is_known_place(t.text)))


def _government(doc: Doc, i: int, W: _Words) -> Span | None:
    """A government named by its place, with its head noun: "the Canadian government",
    "the UK government", "the government of Canada", "le gouvernement canadien", "le
    gouvernement fédéral canadien", "le gouvernement du Québec". A government with no
    place ("the federal government", "le gouvernement") is no name."""
    L = W.L
    sent = doc[i].sent
    # the place before the noun: "Canadian government", "South Korean government"
    for s in range(max(sent.start, i - 3), i):
        words = doc[s:i]
        if all(t.is_alpha and t.text[:1].isupper() for t in words) and (
                is_known_place(words.text) or demonym_place(words.text, L.LANG)):
            return doc[s:i + 1]
    # the place after it: "gouvernement canadien", "gouvernement fédéral canadien"
    j = i + 1
    if j < sent.end and doc[j].pos_ == "ADJ" and doc[j].text[:1].islower() and not _place_word(doc[j], L) \
            and j + 1 < sent.end and _place_word(doc[j + 1], L) and doc[j + 1].text[:1].islower():
        j += 1  # "fédéral"
    if j < sent.end and _place_word(doc[j], L) and doc[j].text[:1].islower():
        return doc[i:j + 1]
    # "of Canada", "du Québec", "de l'Ontario"
    j = i + 1
    if j < sent.end and doc[j].lower_ in L.NAME_LINKS and doc[j].lower_ not in L.AND:
        k = j + 1
        while k < sent.end and doc[k].lower_ in L.EDGE_WORDS and k - j <= 2:
            k += 1
        e = k
        while e < sent.end and doc[e].text[:1].isupper() and doc[e].is_alpha:
            e += 1
        if e > k and is_known_place(doc[k:e].text):
            return doc[i:e]
    return None


def _of_another(doc: Doc, end: int, W: _Words) -> bool:
    """Whether a link and another name follow `end` ("Board of Directors | of Globex")."""
    L = W.L
    k = end
    while k < len(doc) and (doc[k].lower_ in L.NAME_LINKS or doc[k].lower_ in L.EDGE_WORDS) \
            and doc[k].lower_ not in L.AND:
        k += 1
    return k > end and k < len(doc) and doc[k].text[:1].isupper() and not W.common(doc[k].text) \
        and not is_known_place(doc[k].text) and not doc[k].is_punct


def _extend(span: Span, taken: list[bool], W: _Words, *, product: bool = False) -> tuple[Span, str, bool]:
    """A name with the capitalised words after it that make a longer name ("Globex
    Ventures", "Foo 8 Pro", "Globex Management & Research Company"), a model's size
    ("Foo 7B") or, for a product, its version ("Foo 3", "fooOS 18"), and its legal
    form ("Globex Inc."; "Globex, LLC" is taken in but not named). Returns the span
    covered, the name, and whether it names a product."""
    doc, L = span.doc, W.L
    sent_end = span.sent.end
    e = span.end
    versioned = e < sent_end and doc[e].dep_ == "nummod" and span.start <= doc[e].head.i < e  # "Orbit 2"
    if e < sent_end and not taken[e] and e + 1 < len(doc) and not doc[e + 1].like_num and (
            _SIZE.match(doc[e].text) or (product or versioned) and _VERSION.match(doc[e].text)
            and not re.fullmatch(r"\d{4}", doc[e].text)):
        e += 1  # "Foo 7B", "Foo 3.5", a number the parse hangs on the name; not "Foo 2024"
        product = True
    product = product and e > span.end
    while e < sent_end and not taken[e]:
        t = doc[e]
        w = _word(t)
        if t.text[:1].isupper() and (w in L.NAME_SUFFIXES or w in L.PRODUCT_WORDS):
            product = w in L.PRODUCT_WORDS
            e += 1
        elif _VERSION.match(t.text) and e + 1 < sent_end and not taken[e + 1] \
                and doc[e + 1].text[:1].isupper() and _word(doc[e + 1]) in L.PRODUCT_WORDS:
            e += 1  # "Foo 8 Pro"
        elif t.text == "&" and e + 1 < sent_end and not taken[e + 1] and doc[e + 1].text[:1].isupper() \
                and _word(doc[e + 1]) in L.NAME_SUFFIXES:
            e += 1
        else:
            break
    if e < sent_end and not taken[e] and doc[e].text[:1].isupper() and _word(doc[e]) in _LEGAL:
        e += 1  # "Globex Systems Inc": the suffix is part of the name
        return doc[span.start:e], doc[span.start:e].text, product
    name = doc[span.start:e].text
    if e + 1 < sent_end and doc[e].text == "," and not taken[e + 1] and doc[e + 1].text[:1].isupper() \
            and _word(doc[e + 1]) in _LEGAL:
        e += 2
    return doc[span.start:e], name, product


def find_mentions(doc: Doc, lang_data) -> list[Mention]:
    """Non-overlapping mentions of entities in `doc`, in text order.

    `lang_data` is the language module (extractors.lang.en or .fr), which
    supplies the cue nouns of contextual patterns and the words that are no names.
    """
    L = lang_data
    W = _words(L)
    taken = [False] * len(doc)
    mentions: list[Mention] = []
    title = _TitleCase(doc, W)

    def add(span: Span, type_: str, source: str, canonical: str | None = None, text: str | None = None,
            alias_of: str | None = None) -> Mention | None:
        if any(taken[span.start:span.end]):
            return None
        for i in range(span.start, span.end):
            taken[i] = True
        m = Mention(span.start, span.end, text or span.text, type_, source, canonical, alias_of)
        mentions.append(m)
        return m

    def headline_word(k: int) -> bool:  # a word of a title-case headline that is no name
        return title(k) and not title.may_name(k)

    ents = doc.ents  # a new tuple of Spans at each reading
    # 1. contextual patterns override the NER's type: "son modèle R1" is a product
    for i in W.cue.positions(doc, ("lower", "lemma")):
        tok = doc[i]
        type_ = L.CUE_NOUNS.get(tok.lemma_.lower()) or L.CUE_NOUNS.get(tok.lower_)
        if not type_:
            continue
        if i > 1 and doc[i - 1].lower_ in ("de", "d'", "d’", "of") \
                and doc[i - 2].lower_ not in L.CONTAINERS:
            continue  # "le fabricant de puces X": X makes the chips, it is not one
        # the cue noun before the name ("le modèle R1", "the model x1-mini"; "the Grok chatbot" is below)
        j = i + 1
        while j < len(doc) and doc[j].lower_ in L.CUE_LINKS:
            j += 1
        k = j
        while k < len(doc) and not headline_word(k) and (
                doc[k].pos_ == "PROPN" or (doc[k].text[:1].isupper() and not doc[k].is_sent_start)
                or (k == j and _code_like(doc[k].text))
                or (k > j and (doc[k].like_num or doc[k].text in ("-", ".")))
                or (k > j and doc[k - 1].text == "-" and not doc[k - 2].whitespace_ and doc[k].is_alpha)):
            k += 1
        if k > j and (doc[j].text[:1].isupper() or _code_like(doc[j].text)):
            span = _trim(doc[j:k], L.EDGE_WORDS)
            if span is not None and not _known_as_other(ents, span, type_) and not _not_a_name(span, W):
                add(span, type_, "pattern", _canonical(ents, span))
            continue
        subject = copula_subject(tok, L)  # "Orbit is a chatbot", "Orbit est un modèle de langage"
        if subject is not None and subject.pos_ == "PROPN" and not taken[subject.i]:
            span = next((e for e in ents if e.start <= subject.i < e.end), None)
            if span is None:
                k = subject.i
                while k > 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].head.i == subject.i:
                    k -= 1
                span = doc[k:subject.i + 1]
            if not span.ent_id_ and not _not_a_name(span, W) and not headline_word(span.start):
                add(span, type_, "pattern")
        # the name before the cue noun ("the Grok chatbot", "Claude models", "the x1-mini model"),
        # unless the gazetteer knows the name as something else ("Nvidia chips") or it is a place ("US chips")
        def name_part(k: int) -> bool:  # "Grok", "x1", and "mini" of "x1-mini"
            t = doc[k]
            return not headline_word(k) and (t.pos_ == "PROPN" or _code_like(t.text) or (
                k > 1 and doc[k - 1].text == "-" and not doc[k - 2].whitespace_ and not doc[k - 1].whitespace_
                and t.is_alpha and _code_like(doc[k - 2].text)))

        if tok.lower_ in L.CUE_NOUNS_AFTER and i > 0 and name_part(i - 1):
            k = i - 1
            while k > 0 and (name_part(k - 1) or (doc[k - 1].text == "-" and k > 1 and name_part(k - 2)
                                                  and not doc[k - 1].whitespace_)):
                k -= 1
            e = i
            while e > k + 1 and _word(doc[e - 1]) in L.GENERIC_WORDS:
                e -= 1  # "the Nimbus AI models": the model is Nimbus
            span = _trim(doc[k:e], L.EDGE_WORDS)
            if span is not None and not _known_as_other(ents, span, type_) and not _place_words(span, L) \
                    and not _not_a_name(span, W) and not _word(span[-1]) in L.ORG_WORDS:
                # (a name ending in an organisation word is its maker: "Globex Systems chips")
                add(span, type_, "pattern", _canonical(ents, span))

    # 2. institution names: "le Syndicat national des éditeurs de jeux (SNEJ)"
    ruler_tokens = {t for e in ents if e.ent_id_ for t in range(e.start, e.end)}
    for i in W.head.positions(doc, ("orth",)):
        if i in ruler_tokens or taken[i] or headline_word(i):
            continue
        span = _institution(doc, i, W, ents)
        if span is not None:
            add(span, ORG, "name")
    if L.NAME_LOWER:  # "la Maison du Logiciel": a capitalised common noun after its article, "du" and a name
        for i in W.name.positions(doc, ("orth",)):
            t = doc[i]
            if taken[i] or i in ruler_tokens or t.is_sent_start or not t.is_alpha or t.is_upper \
                    or doc[i - 1].lower_ not in L.EDGE_WORDS \
                    or (doc[i - 1].text[:1].isupper() and not doc[i - 1].is_sent_start) \
                    or not W.common(t.text) or demonym_place(t.text, L.LANG) or headline_word(i):
                continue
            span = _institution(doc, i, W, ents, lower=False)
            if span is not None and len(span) > 2 and span[1].lower_ in L.NAME_LINKS:
                add(span, ORG, "name")

    # 2b. a government named by its place: "the Canadian government", "le gouvernement du Québec"
    for i in W.government.positions(doc, ("lower",)):
        span = _government(doc, i, W)
        if span is not None and not headline_word(i):
            add(span, ORG, "government")

    # 3. the gazetteer's ruler, then the statistical NER
    for ent in ents:
        type_ = LABEL_TYPES.get(ent.label_)
        if type_ is None:
            continue
        span = _trim(ent, L.EDGE_WORDS)
        canonical = ent.ent_id_ or None  # the gazetteer's word is trusted as written
        if span is None:
            continue
        if not canonical:
            if not _looks_like_name(span):
                continue
            if _word(span[0]) in L.ORG_HEADS or W.common(span[0].text):
                span = _owner(span, W)  # "le Conseil de Globex", "Board of Directors of Globex": Globex
            span, hint = _clean(span, W)
            if hint == ORG and type_ == PER:
                type_ = ORG
            if span is not None and title(span.start):
                if any(not title.may_name(k) for k in range(span.start + 1, span.end - 1)):
                    continue  # "Hooli Acquires Initech": two names, the proper-noun runs find them
                span = _headline_part(span, title)
            if span is None or span[0].pos_ in _NOT_NAME_POS and span[0].text[:1].isupper() and len(span) == 1 \
                    or _not_a_name(span, W):
                continue  # "Si" (if) or "Image" at a sentence start, taken for names
        text = None
        if type_ in (ORG, PROD) and not any(taken[span.start:span.end]):
            longer, text, product = _extend(span, taken, W, product=type_ == PROD or _camel(span.text))
            if longer.end > span.end and text != span.text and not _LEGAL.issuperset(
                    _word(t) for t in doc[span.end:longer.end] if not t.is_punct):
                canonical = None  # "Globex Ventures" is not Globex
                if product:
                    type_ = PROD
            span = longer
        add(span, type_, "ruler" if canonical else "ner", canonical, text)

    # 4. proper-noun runs the NER missed ("Contoso a levé..."); a capitalised word
    # inside a sentence counts too, whatever its tag ("would buy Splunk"), unless
    # the sentence is a title written in title case
    def name_like(k: int) -> bool:  # for a token that passed `W.name`
        t = doc[k]
        if taken[k]:
            return False
        if t.is_sent_start and t.lower_ in L.FORMS:
            return False  # "Fondée en 2023 par ...": a trigger verb opening the sentence
        if title(k):
            return title.may_name(k) and (t.pos_ in ("PROPN", "NOUN", "X") or t.text[:1].islower())
        if t.pos_ == "PROPN" or (t.text[:1].islower() and t.is_alpha):
            return True  # a proper noun, or camel case whatever its tag ("iRobot", "xAI")
        if t.is_sent_start and t.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") and (
                t.pos_ in _MISTAGGED or t.pos_ == "NOUN" and not (t.tag_ == "NNS" and t.lower_.endswith("s"))) \
                and t.is_alpha and not t.is_upper and not W.common(t.text) and t.lower_ not in W.L.GENERIC_WORDS:
            return True  # "Initech competes with ...", "Vandelay sued ...": the opening subject no
            # dictionary knows, tagged an adjective or a noun (not a plural: "Chatbots are ...")
        # a noun, or a word no dictionary knows whatever its tag ("et Zephyr" tagged a conjunction)
        return (t.pos_ == "NOUN" or t.pos_ in _MISTAGGED and not W.common(t.text)) and not t.is_sent_start \
            and not (t.is_upper and len(t) <= 4)

    candidates = W.name.positions(doc, ("orth",))
    written_like_names = set(candidates)
    after = 0  # the end of the last run
    for i in candidates:
        if i < after or not name_like(i):
            continue
        j = i + 1
        while True:
            if j in written_like_names and name_like(j):
                j += 1
            elif j + 1 < len(doc) and j + 1 in written_like_names and name_like(j + 1) and (
                    doc[j].text == "&" or (doc[j].lower_ in L.NAME_LINKS and doc[j].lower_ not in L.AND and (
                        _word(doc[j - 1]) in L.ORG_HEADS and not L.NAME_LOWER
                        or L.NAME_LOWER and W.common(doc[j - 1].text) and W.common(doc[j + 1].text)
                        and not demonym_place(doc[j - 1].text, L.LANG)))):
                j += 2  # "Procter & Gamble", "Council of Northern Builders", "la Maison du Net"
            else:
                break
        after = j
        if j - i > 2 and _word(doc[j - 1]) not in L.ORG_HEADS and any(
                doc[k].lower_ in L.NAME_LINKS for k in range(i, j)) and _of_another(doc, j, W):
            continue  # "the Board of Directors of Globex": an organ of Globex, no name
        span = _trim(doc[i:j], L.EDGE_WORDS)
        hint = None
        if span is not None:
            span, hint = _clean(span, W)
        if span is None or (len(span) == 1 and len(span.text) == 1) or _not_a_name(span, W):
            continue  # "B" of "Series B"
        longer, text, product = _extend(span, taken, W, product=_camel(span.text))
        add(longer, hint or (PROD if product else ORG), "propn", text=text)

    mentions.sort(key=lambda m: m.start)
    mentions = _hyphenated(doc, mentions, taken, W)
    mentions = _boundaries(doc, mentions, W)
    mentions = _list_ends(doc, mentions)
    mentions = _sentence_openers(doc, mentions, taken, W)
    mentions = _letter_names(doc, mentions, taken, W)
    mentions = _lower_names(doc, mentions, taken, W)
    mentions = _echoes(doc, mentions, taken, W)
    mentions = _products(doc, mentions, W)
    mentions = _maker_products(doc, mentions, W, title, ents)
    mentions = _aliases(doc, mentions, W)
    return _city_of_region(doc, mentions, W)


def _city_of_region(doc: Doc, mentions: list[Mention], W: _Words) -> list[Mention]:
    """A name before a comma and a state's or province's abbreviation is a city, whatever
    the NER guessed ("Waterloo, Ont., smart glasses company North": Waterloo is no company)."""
    abbreviations = W.L.REGION_ABBREVIATIONS
    if not abbreviations:
        return mentions

    def region_at(k: int) -> bool:  # "Ont." as one token, or "Ont" then "."
        w = doc[k].lower_
        return w in abbreviations or k + 1 < len(doc) and doc[k + 1].text == "." and w + "." in abbreviations

    regions = {m.end + 1 for m in mentions if m.end + 1 < len(doc) and doc[m.end].text == "," and region_at(m.end + 1)}
    if not regions:
        return mentions
    out = []
    for m in mentions:
        if m.type != PLACE and not m.canonical and (m.end + 1 in regions or m.start in regions):
            m = replace(m, type=PLACE, source="region")  # the city, and the abbreviation itself
        out.append(m)
    return out


def _sentence_openers(doc: Doc, mentions: list[Mention], taken: list[bool], W: _Words) -> list[Mention]:
    """A common word capitalised only because it opens a sentence ("Puissance moyenne
    de...") is no name, unless the tagger takes it for a proper noun or the article
    writes it capitalised inside a sentence too."""
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, SENT_START, IS_PUNCT]).tolist()  # no Token built (-1 read as 2**64 - 1)
    inside = {strings[orth] for i, (orth, start, _) in enumerate(rows)
              if start != 1 and i > 0 and strings[orth][:1].isupper()
              and not (rows[i - 1][2] and rows[i - 1][1] == 1)}
    out = []
    for m in mentions:
        t = doc[m.start]
        opener = t.is_sent_start or (m.start > 0 and doc[m.start - 1].is_punct and doc[m.start - 1].is_sent_start)
        if (m.end - m.start == 1 and m.source in ("ner", "propn") and opener and t.text not in inside
                and W.common(t.text) and not _code_like(t.text) and not t.is_upper and t.pos_ != "PROPN"
                and not _described(doc, m.end, W.L)):
            taken[m.start] = False
            continue
        out.append(m)
    return out


def _described(doc: Doc, end: int, L) -> bool:
    """A word the next words describe as a name: "Nimbus, le chatbot de ...", "Zephyr
    creator Initech", "Nimbus, the assistant ...": a cue, role or description noun right
    after it, or after a comma and a determiner or two."""
    j = end
    if j < len(doc) and doc[j].text == ",":
        j += 1
        while j < len(doc) and j - end <= 3 and doc[j].pos_ in ("DET", "ADJ"):
            j += 1
    if j >= len(doc):
        return False
    w = doc[j].lower_
    return w in L.CUE_NOUNS or w in L.ROLES or w in L.ANAPHORS or doc[j].lemma_.lower() in L.ROLES


def _hyphenated(doc: Doc, mentions: list[Mention], taken: list[bool], W: _Words) -> list[Mention]:
    """A name glued to another by a hyphen is one name: "Vandelay-Kramer", "le NIMBUS-Lyon"
    (a lab named after its city), not "Kramer" or "NIMBUS" and "Lyon". Two places joined
    ("the US-China deal") stay two places; a place's own name ("Paris-Saclay") stays a
    place; a lower-case part ("Paris-based") makes no name."""
    L = W.L
    at: dict[int, Mention] = {}
    for m in mentions:
        for k in range(m.start, m.end):
            at[k] = m

    def part(k: int) -> bool:
        t = doc[k]
        return (t.is_alpha or _code_like(t.text)) and t.text[:1].isupper() and _word(t) not in L.NOT_NAMES

    joins = [i for i in _positions(doc, ("-",)) if 0 < i < len(doc) - 1 and not doc[i].whitespace_
             and not doc[i - 1].whitespace_ and part(i - 1) and part(i + 1) and (i - 1 in at or i + 1 in at)]
    if not joins:
        return mentions
    out, gone, after = [], set(), -1
    for h in joins:
        if h < after:
            continue
        s, e = h - 1, h + 2
        while e + 1 < len(doc) and doc[e].text == "-" and not doc[e].whitespace_ and not doc[e - 1].whitespace_ \
                and part(e + 1):
            e += 2  # "Aix-Marseille-Provence"
        inside = {at[k] for k in range(s, e) if k in at}
        s = min([s] + [m.start for m in inside])
        e = max([e] + [m.end for m in inside])
        after = e
        pieces = [doc[k] for k in range(s, e) if doc[k].text != "-"]
        text = doc[s:e].text
        places = [is_known_place(t.text) or demonym_place(t.text, L.LANG) is not None for t in pieces]
        if is_known_place(text) or all(places) and len(pieces) > 1 and not is_known_place(text):
            continue  # "Paris-Saclay" is a place, "US-China" two
        alone = [p for p in pieces if any(t.text == p.text and not (s <= t.i < e) and (
            t.i == 0 or doc[t.i - 1].text != "-") and (t.i + 1 >= len(doc) or doc[t.i + 1].text != "-") for t in doc)]
        if len(alone) > 1:
            # "the Globex-Hooli merger", with Globex and Hooli named apart too: two names,
            # found again where they are written alone (`_echoes`)
            for m in inside:
                if m.source in ("ner", "propn"):
                    gone.add(m)
                    for k in range(m.start, m.end):
                        taken[k] = False
            continue
        known = [m for m in inside if m.source in ("ruler", "pattern", "name") or is_known_place(m.text)]
        if len(inside) == 1 and (s, e) == (next(iter(inside)).start, next(iter(inside)).end) or len(known) > 1 \
                or any(m.type != PLACE for m in known):
            continue  # one name already; "the Globex-Initech deal": two known names
        types = {m.type for m in inside if m not in known}  # "NIMBUS-Lyon": a place names a branch
        type_ = PER if types == {PER} else PROD if types == {PROD} else ORG
        gone |= inside
        out.append(Mention(s, e, text, type_, "ner" if any(m.source == "ner" for m in inside) else "propn"))
        for k in range(s, e):
            taken[k] = True
    if not out and not gone:
        return mentions
    out += [m for m in mentions if m not in gone]
    out.sort(key=lambda m: m.start)
    return out


def _list_ends(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The last two members of a list the NER took for one name: in "A, B et C" (or
    "A, B and C") a name "B et C" of one word each side, right after the comma that
    follows the name A, is two names, B and C. Elsewhere a name with a conjunction stays
    whole ("Marks and Spencer said"), though not at the end of such a list."""
    ends = {m.end for m in mentions}
    out = []
    for m in mentions:
        words = doc[m.start:m.end]
        k = next((t.i for t in words if t.lower_ in ("et", "and")), None)
        if m.source == "ner" and not m.canonical and k is not None and m.start >= 2 \
                and doc[m.start - 1].text == "," and m.start - 1 in ends \
                and k - m.start == 1 and m.end - k == 2 and doc[k - 1].text[:1].isupper() \
                and doc[k + 1].text[:1].isupper():
            out.append(replace(m, end=k, text=doc[k - 1].text))
            out.append(replace(m, start=k + 1, text=doc[k + 1].text))
            continue
        out.append(m)
    return out


def _boundaries(doc: Doc, mentions: list[Mention], W: _Words) -> list[Mention]:
    """Names the NER ran into the words next to them, cut where they end:

    - a term's acronym after a product's name: "the Nimbus Voice eXperience ACI solution"
      is named "Nimbus Voice eXperience" when the article spells "ACI" out as a lower-case term
      ("ambient clinical intelligence (ACI)");
    - a department and its head after a title: "Vice President of Cloud & AI Jane Doe"
      is the department "Cloud & AI" and the person "Jane Doe".
    """
    L = W.L
    terms = {doc[i + 1].text for i in _positions(doc, ("(",)) if i + 1 < len(doc) and doc[i + 1].is_upper
             and len(doc[i + 1].text) >= 2 and _spelled_out(doc, i + 1)}
    out = []
    for m in mentions:
        n = m.end - m.start
        if m.source in ("ner", "propn") and n >= 2 and doc[m.end - 1].text in terms \
                and m.text.endswith(doc[m.end - 1].text):
            # the span keeps the acronym, so the noun after it still reads as the product's;
            # the name leaves it out
            m = replace(m, text=doc[m.start:m.end - 1].text)
        if m.source == "ner" and n >= 3 and m.type in (ORG, PER) and _after_title(doc, m.start, L):
            first, last = doc[m.end - 2], doc[m.end - 1]
            dept = doc[m.start:m.end - 2]
            if first.is_alpha and first.is_title and last.is_alpha and last.is_title \
                    and not (last.lower_.endswith("s") and W.common(last.text[:-1])) \
                    and not ({_word(first), _word(last)} & (
                    W.generic | L.NAME_SUFFIXES | frozenset(L.ORG_WORDS) | L.ORG_HEADS)) \
                    and all(t.text == "&" or t.is_upper or _word(t) in W.generic for t in dept):
                # "Cloud & AI Jane Doe": the part before the name is a department's, not a person's
                out.append(replace(m, end=m.end - 2, text=doc[m.start:m.end - 2].text, type=ORG))
                out.append(Mention(m.end - 2, m.end, doc[m.end - 2:m.end].text, PER, "ner"))
                continue
        out.append(m)
    return out


def _after_title(doc: Doc, i: int, L) -> bool:
    """A title and its "of" right before token `i`: "Vice President of", "directeur de"."""
    return i >= 2 and doc[i - 1].lower_ in L.NAME_LINKS and doc[i - 1].lower_ not in L.AND \
        and _word(doc[i - 2]) in L.TITLE_WORDS


def _positions(doc: Doc, texts) -> list[int]:
    """The indices of the tokens written exactly as one of `texts`."""
    strings = doc.vocab.strings
    return matching(doc, "orth", {strings[t] for t in texts if t in strings})


def _org_description(tok, L) -> bool:
    """A noun that describes one organisation: "l'entreprise", "la start-up", "the company"."""
    types = L.ANAPHORS.get(tok.lower_) or L.ANAPHORS.get(tok.lemma_.lower()) or ()
    return ORG in types and tok.text[:1].islower() and "Number=Plur" not in tok.morph \
        and tok.tag_ not in ("NNS", "NNPS")


def _letter_at(doc: Doc, i: int, W: _Words) -> bool:
    """Whether the capital letter at `i` is written as a name ("les fondateurs de H", "H,
    pépite de l'IA", "le départ de H."): not an initial ("J. Doe"), not a letter a noun
    labels ("série B", "Series B", "plan B", "Model X"), not a word ("A", "I"), not a
    symbol's part ("C++", "H-1B"), not a list label ("(b)")."""
    L = W.L
    t = doc[i]
    text = t.text
    if not (text[:1].isalpha() and text[:1].isupper()) or text[:1].lower() in L.LETTER_WORDS:
        return False
    if len(text) == 2:  # "H." closing its sentence; "J." before a name is an initial
        if text[1] != "." or not (i + 1 == len(doc) or doc[i + 1].is_sent_start):
            return False
    elif len(text) != 1:
        return False
    sent = t.sent
    prev = doc[i - 1] if i > sent.start else None
    nxt = doc[i + 1] if i + 1 < sent.end else None
    if prev is not None:
        w = _word(prev)
        if prev.text == "(" and nxt is not None and nxt.text == ")":
            return False
        if not prev.whitespace_ and not prev.lower_.endswith(("'", "’")):
            return False  # "COVID-B", "A/B"
        if prev.text[:1].isupper() and not (prev.is_sent_start and prev.lower_ in W.stop):
            return False  # "Model X", "Plan B", "Gen Z", "World War I"
        if prev.like_num or w in L.LETTER_NOUNS or w in L.ROUND_NOUNS or prev.lemma_.lower() in L.LETTER_NOUNS:
            return False  # "série B", "les groupes B et C", "3 B"
        if prev.pos_ in ("NOUN", "ADJ", "PROPN") and prev.is_alpha and not _org_description(prev, L):
            return False  # "vitamine D", "la catégorie C", but "la start-up H"
    if nxt is not None and len(text) == 1:
        if nxt.text == "." or nxt.like_num:
            return False  # "J . Doe", "B 52"
        if not t.whitespace_ and nxt.lower_ not in ("'s", "’s", ",", ":", ";", ")", "»", '"'):
            return False  # "C++", "H-1B", "C#"
        if nxt.text[:1].isupper() and nxt.is_alpha:
            return False  # "H Company", "J Doe": part of a longer name
    return True


def _letter_names(doc: Doc, mentions: list[Mention], taken: list[bool], W: _Words) -> list[Mention]:
    """A company named by one capital letter ("les fondateurs de H", "H, pépite de l'IA,
    a levé ..."): a letter written as a name twice or more in the article, or once right
    after a description ("la start-up H"), is an organisation, wherever it is written so."""
    L = W.L
    at = {m.start: m for m in mentions if m.end - m.start == 1}
    # a letter the NER or a proper-noun run took alone is a name only if it passes here
    guessed = {i for i, m in at.items() if m.source in ("ner", "propn") and re.fullmatch(r"[A-Z]\.?", m.text)}
    spots: dict[str, list[int]] = {}
    for i in W.letter.positions(doc, ("orth",)):
        if (not taken[i] or i in at) and _letter_at(doc, i, W):
            spots.setdefault(doc[i].text[0], []).append(i)
    if not spots and not guessed:
        return mentions
    named: dict[int, Mention] = {}
    for letter, where in spots.items():
        described = any(i > 0 and _org_description(doc[i - 1], L) for i in where)
        if len(where) < 2 and not described:
            continue
        for i in where:
            old = at.get(i)
            if old is not None and (old.source not in ("ner", "propn") or old.text.rstrip(".") != letter):
                continue
            named[i] = Mention(i, i + 1, letter, ORG, "letter")
            taken[i] = True
    dropped = guessed - set(named)
    for i in dropped:
        taken[i] = False
    if not named and not dropped:
        return mentions
    out = [m for m in mentions if m.end - m.start != 1 or (m.start not in named and m.start not in dropped)]
    out += list(named.values())
    out.sort(key=lambda m: m.start)
    return out


def _lower_names(doc: Doc, mentions: list[Mention], taken: list[bool], W: _Words) -> list[Mention]:
    """A name written in lower case ("io") or odd case ("iyO") that the text introduces as a
    company's: right after a description ("l'entreprise io", "the startup io", "une
    start-up baptisée io"), before an apposition that describes it ("OpenAI rachète io, la
    start-up de ..."), or between commas after one ("le nom de sa startup, io, posait
    problème"). Once introduced, it is a name wherever it is written again."""
    L = W.L
    found: set[str] = set()
    n = len(doc)

    def described_after(i: int) -> bool:  # "io, la start-up de ...", "io, a startup"
        j = i + 1
        if j >= n or doc[j].text != ",":
            return False
        j += 1
        while j < n and j - i <= 4 and doc[j].pos_ in ("DET", "ADJ") and doc[j].text[:1].islower():
            j += 1
        return j < n and _org_description(doc[j], L)

    # the words a description stands beside: "l'entreprise X", "baptisée X", ", X ," and "X , la start-up"
    near: set[int] = set()
    for j in W.description.positions(doc, ("lower",)):
        near.update((j + 1, j + 2))
        k = j - 1
        while k > 0 and j - k <= 3 and doc[k].pos_ in ("DET", "ADJ"):
            k -= 1
        if k > 0 and doc[k].text == ",":
            near.add(k - 1)
    for i in sorted(near):
        if i >= n:
            continue
        t = doc[i]
        text = t.text
        if taken[i] or not t.is_alpha or not text[:1].islower() or len(text) < 2 or text in found:
            continue
        w = t.lower_
        if w in W.stop or w in W.generic or w in L.NOT_NAMES or w.endswith("tech") \
                or demonym_place(text, L.LANG) or is_known_place(text) or w in L.FORMS \
                or t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in L.VERBS:
            continue  # (nor a trigger verb: "la start-up cofondée par")
        # a word of the language is a name only where both sides say so; a short one
        # ("io") where either does: two letters make few words that are no stop word
        common = len(text) > 2 and W.common(text)
        prev, prev2 = (doc[i - 1] if i > 0 else None), (doc[i - 2] if i > 1 else None)
        after = described_after(i)
        before = prev is not None and prev2 is not None and (
            _org_description(prev, L) and (prev2.pos_ in ("DET", "ADJ") or prev2.lower_ in L.DEFINITE)
            or prev.lemma_.lower() in L.NAMING and _org_description(prev2, L))
        between = prev is not None and prev.text == "," and prev2 is not None and _org_description(prev2, L) \
            and i + 1 < n and doc[i + 1].text == ","
        if (after or before or between) and (not common or (after and (before or between))):
            found.add(text)
    if not found:
        return mentions
    added = []
    for i in _positions(doc, found):
        if not taken[i]:
            added.append(Mention(i, i + 1, doc[i].text, ORG, "lower"))
            taken[i] = True
    out = mentions + added
    out.sort(key=lambda m: m.start)
    return out


def _owner(span: Span, W: _Words) -> Span:
    """In a span the NER took whole, the name of the entity an organ or department
    belongs to: "Conseil de Globex", "Comité exécutif de Globex", "Board of Directors of
    Globex" -> "Globex". A place ("Banque de France") or a common word ("Société des
    Amis des Machines") after the link keeps the span whole; so does, in English, a
    name with no other link ("Bank of Vandelay")."""
    doc, L = span.doc, W.L
    links = [k for k in range(span.start + 1, span.end - 1)
             if doc[k].lower_ in L.NAME_LINKS and doc[k].lower_ not in L.AND]
    if not links:
        return span
    k = links[-1] + 1
    while k < span.end and doc[k].lower_ in L.EDGE_WORDS:
        k += 1
    if k >= span.end or not doc[k].text[:1].isupper() or W.common(doc[k].text) or is_known_place(doc[k].text):
        return span
    if not L.NAME_LOWER and len(links) < 2:
        return span
    return doc[k:span.end]


def _headline_part(span: Span, title: _TitleCase) -> Span | None:
    """The part of a name found in a title-case headline that may be a name: without
    the common words at its edges ("Globex Pits" -> "Globex"), None if nothing is left."""
    s, e = span.start, span.end
    while s < e and not title.may_name(s):
        s += 1
    while e > s and not title.may_name(e - 1):
        e -= 1
    return span.doc[s:e] if s < e else None


def _place_words(span: Span, L) -> bool:
    """A place or demonym ("US" of "US chips"), not the name of a product."""
    words = [t for t in span if t.is_alpha]
    return bool(words) and all(is_known_place(t.text) or demonym_place(t.text, L.LANG) for t in words)


def _name_key(doc: Doc, m: Mention) -> tuple[str, ...]:
    """The words of a mention's name, as written (its legal form after a comma left out)."""
    words = []
    for t in doc[m.start:m.end]:
        if t.text == ",":
            break
        words.append(t.text)
    return tuple(words)


def _echoes(doc: Doc, mentions: list[Mention], taken: list[bool], W: _Words) -> list[Mention]:
    """A name found once is found wherever it is written again in the article: in a
    headline, at a sentence start, lower-case first ("vexO"), or where the NER took a
    part of it ("Vandelay" of "Vandelay AI"); the French "au Foo" is "Le Foo"."""
    L = W.L
    known: dict[str, list[tuple[tuple[str, ...], Mention]]] = {}
    firsts: dict[str, set[str]] = {}
    for m in mentions:
        key = _name_key(doc, m)
        # "Le Foo" is written "au Foo", "du Foo" ("à le", "de le")
        if len(key) > 1 and key[0].lower() in L.CONTRACTIONS.values():
            for short, article in L.CONTRACTIONS.items():
                if article == key[0].lower():
                    known.setdefault(short, []).append(((short,) + key[1:], m))
        if m.source == "ruler" and m.canonical:
            continue  # the ruler finds its names everywhere already
        if len(key) == 1 and W.common(key[0]) and not _code_like(key[0]):
            continue  # "Umbrella", "Summit": a common word alone is not looked for again
        known.setdefault(key[0], []).append((key, m))
        # "Vandelay" for "Vandelay Robotics", wherever the tagger missed it
        first = key[0]
        if len(key) > 1 and m.type == ORG and not m.alias_of and first[:1].isupper() and first.isalpha() \
                and not W.common(first) and first.lower() not in W.generic and not is_known_place(first) \
                and not demonym_place(first, L.LANG):
            firsts.setdefault(first, set()).add(m.text)
    for first, longer in firsts.items():
        if len(longer) == 1:  # "Globex Robotics" and "Globex Ventures": which one is "Globex"?
            m = next(m for m in mentions if m.text in longer)
            known.setdefault(first, []).append(((first,), replace(m, text=first, alias_of=m.text)))
    if not known:
        return mentions
    for keys in known.values():
        keys.sort(key=lambda km: -len(km[0]))
    at: dict[int, Mention] = {}
    for m in mentions:
        for i in range(m.start, m.end):
            at[i] = m
    added, removed = [], set()
    texts = [t.text for t in doc]  # one pass over the tokens, not a `Token` per look
    i = 0
    while i < len(texts):
        text = texts[i]
        cands = known.get(text)
        if not cands and text.lower() in L.CONTRACTIONS:
            cands = known.get(text.lower())
        matched = False
        for key, m in cands or ():
            n = len(key)
            words = tuple(texts[i:i + n])
            if words[1:] != key[1:] or (words[0] != key[0] and words[0].lower() != key[0]):
                continue
            inside = {at[k] for k in range(i, i + n) if k in at}
            if any(o.start < i or o.end > i + n or o.end - o.start >= n for o in inside):
                continue  # another name there, as long or longer
            if i + n < len(texts) and texts[i + n][:1].isupper() and not taken[i + n] \
                    and doc[i + n].pos_ == "PROPN":
                continue  # the start of a longer name
            for o in inside:
                removed.add(o)
                for k in range(o.start, o.end):
                    at.pop(k, None)
            e = Mention(i, i + n, m.text, m.type, "echo", m.canonical, m.alias_of)
            added.append(e)
            for k in range(i, i + n):
                at[k] = e
                taken[k] = True
            i += n
            matched = True
            break
        if not matched:
            i += 1
    if not added:
        return mentions
    out = [m for m in mentions if m not in removed] + added
    out.sort(key=lambda m: m.start)
    return out


def _products(doc: Doc, mentions: list[Mention], W: _Words) -> list[Mention]:
    """Names written like products are products: a version number or a product word at
    the end ("Foo 8", "Foo 3.1", "Foo Pro", "Foo Processing Units"), a version glued on
    ("Foo-2"), a code right after its maker's name ("Globex XR300")."""
    L = W.L
    out = []
    ends = {m.end: m for m in mentions}
    products = {m.end for m in mentions if m.type == PROD}
    for m in mentions:
        if m.source in ("ruler", "pattern") or m.type not in (ORG, PROD) or m.alias_of:
            out.append(m)
            continue
        words = _name_key(doc, m)
        last = words[-1]
        product = (len(words) > 1 and not doc[m.start].like_num and (
            _VERSION.match(last) or last.lower() in L.PRODUCT_WORDS)) or (
            len(words) == 1 and _VERSIONED.match(last)) or (
            len(words) == 1 and _product_code(last) and m.start in ends and ends[m.start].type == ORG) or (
            len(words) == 1 and _product_code(last) and m.start > 1 and doc[m.start - 1].lower_ in L.AND
            and m.start - 1 in products)  # "Globex XR200 and XR300"
        out.append(replace(m, type=PROD, source="shape") if product else m)
    return out


def _maker_products(doc: Doc, mentions: list[Mention], W: _Words, title: _TitleCase, ents) -> list[Mention]:
    """Products named after their maker: a known organisation's name, then a product-like
    remainder. "Globex XR300" and "Globex XR300 et XR400" (a model code), "Globex Nimbus
    Pro", "Globex Assistant" (a product word), "la plateforme Globex Nimbus", "the Globex
    Cloud for Retail bundle" (a product noun before or after) are products whose maker is
    Globex (`Mention.maker`); a code is named alone ("XR300"), a name with words whole
    ("Globex Nimbus Pro"). A unit word ("Globex Cloud", "Globex Research") leaves an
    organisation. The organisation is known when the gazetteer names it, or when the
    article writes its name alone."""
    L = W.L
    at: dict[int, Mention] = {}
    for m in mentions:
        for k in range(m.start, m.end):
            at[k] = m
    # the organisations the gazetteer knows or the article names alone: (words) -> name
    known: dict[tuple[str, ...], str] = {tuple(t.text for t in e): e.text for e in ents
                                         if e.ent_id_ and LABEL_TYPES.get(e.label_) == ORG}
    canonical = {tuple(t.text for t in e): e.ent_id_ for e in ents if e.ent_id_ and LABEL_TYPES.get(e.label_) == ORG}

    def maker_mention(start: int, end: int, name: str, m: Mention) -> Mention:
        """The maker's own mention, cut off the product's name."""
        key = tuple(t.text for t in doc[start:end])
        if key in canonical:
            return Mention(start, end, name, ORG, "ruler", canonical[key])
        return Mention(start, end, name, ORG, m.source if m.type == ORG else "propn")
    for m in mentions:
        if m.type != ORG or m.alias_of or m.source == "government":
            continue
        words = tuple(t.text for t in doc[m.start:m.end])
        nxt = doc[m.end] if m.end < len(doc) else None
        alone = nxt is None or not (nxt.text[:1].isupper() or _code_like(nxt.text)) or nxt.is_sent_start
        if m.source == "ruler" or alone:
            known.setdefault(words, m.text)
    if not known:
        return mentions
    org_words = L.UNIT_WORDS | L.NAME_SUFFIXES | L.ARM_WORDS | L.ORG_HEADS | frozenset(L.ORG_WORDS) \
        | frozenset(_LEGAL)
    product_words = L.PRODUCT_WORDS | L.PRODUCT_HEADS
    cue_words = L.PRODUCT_HEADS | frozenset(L.CUE_NOUNS) | frozenset(L.CUE_NOUNS_AFTER)

    def remainder_word(k: int) -> bool:
        t = doc[k]
        if title(k) and not title.may_name(k):
            return False  # "Globex Launches Nimbus": a headline's verb
        o = at.get(k)
        if o is not None and o.source == "ruler" and o.type in (ORG, PER, PLACE) or (
                o is not None and o.type == PLACE and is_known_place(o.text)):
            return False  # a known company, person or place after the name (the NER's guesses may be names)
        w = _word(t)
        if w in L.TITLE_WORDS or w in L.HONORIFICS or is_known_place(t.text) or demonym_place(t.text, L.LANG):
            return False  # "Globex CEO Jane Doe", "Globex France"
        return (t.is_alpha and capitalised(t.text)) or _product_code(t.text)

    out = list(mentions)
    replaced: dict[int, Mention] = {}   # start -> the mention that replaces the ones there
    dropped: set[int] = set()           # starts of mentions merged into a product
    firsts = {k[0] for k in known}
    for m in mentions:
        if m.type == PLACE or m.start in dropped or m.alias_of or m.source in ("government", "name") \
                or doc[m.start].text not in firsts:
            continue
        if m.type == ORG and m.end < len(doc) and (m.source == "ruler" or m.end - m.start == 1):
            nxt = doc[m.end].text
            if not (nxt[:1].isupper() or nxt[:1].islower() and _code_like(nxt) or capitalised(nxt)):
                continue  # nothing like a name after the maker's
        words = tuple(t.text for t in doc[m.start:m.end])
        key = next((words[:n] for n in range(len(words), 0, -1) if words[:n] in known), None)
        if key is None or (m.source == "ruler" and len(key) < len(words)) or (m.type != ORG and key == words):
            continue  # the gazetteer knows the longer name ("Globex Labs"); no maker's name alone
        maker = known[key]
        s, r0 = m.start, m.start + len(key)
        sent_end = doc[s].sent.end
        e = r0
        while e < sent_end:
            if remainder_word(e) and not (e > r0 and doc[e].is_sent_start):
                e += 1
            elif e > r0 and e + 1 < sent_end and doc[e].lower_ in L.NAME_LINKS and doc[e].lower_ not in L.AND \
                    and remainder_word(e + 1) and doc[e + 1].text[:1].isupper():
                e += 2  # "Globex Cloud for Retail"
            elif e > r0 and _VERSION.match(doc[e].text) and not re.fullmatch(r"\d{4}", doc[e].text):
                e += 1  # "Globex Nimbus 8"
            else:
                break
        while e > r0 and doc[e - 1].lower_ in L.NAME_LINKS:
            e -= 1
        if e == r0 and r0 < m.end and all(_PERIOD.match(t.text) for t in doc[r0:m.end]):
            dropped.add(m.start)  # "Globex Q3 earnings": the maker alone
            replaced[s] = maker_mention(s, r0, maker, m)
            continue
        if e == r0 or any(at.get(k) is not None and (at[k].start < s or at[k].end > e) for k in range(r0, e)):
            continue  # nothing after the name, or a mention that runs past it
        rest = doc[r0:e]
        last = _word(rest[-1])
        if last in org_words or all(t.is_alpha and _word(t) in W.generic and not (
                t.is_title and _word(t) in product_words) for t in rest):
            continue  # "Globex Cloud", "Globex Research", "Globex GPU" (but "Globex Assistant")
        inside = {at[k] for k in range(r0, e) if k in at}
        # a product the gazetteer or a cue word knows by itself: "Globex Nimbus" -> "Nimbus"
        known_product = len(inside) == 1 and next(iter(inside)).type == PROD \
            and next(iter(inside)).source in ("ruler", "pattern") \
            and (next(iter(inside)).start, next(iter(inside)).end) == (r0, e)
        before = s > 0 and doc[s - 1].text[:1].islower() and (
            doc[s - 1].lower_ in cue_words or doc[s - 1].lemma_.lower() in cue_words)
        after = e < sent_end and doc[e].text[:1].islower() and (
            doc[e].lower_ in cue_words or doc[e].lemma_.lower() in cue_words or doc[e].lower_ in L.PRODUCT_WORDS)
        code = len(rest) == 1 and _product_code(rest[0].text)
        if not (code or known_product):
            shaped = last in product_words or _product_code(rest[-1].text) or _VERSION.match(rest[-1].text) \
                or (rest[-1].i in at and at[rest[-1].i].type == PROD)
            if not (shaped or before or after):
                continue
        first = _word(rest[0])
        if not (code or known_product) and (first in W.generic or first in product_words or (
                rest[0].is_alpha and W.common(rest[0].text))):
            # "Globex Assistant", "Globex Cloud for Retail", "Globex Watch Ultra": a common
            # word needs the maker's name to make a name, the product is named whole
            for o in inside | {m}:
                dropped.add(o.start)
            replaced[s] = Mention(s, e, doc[s:e].text, PROD, "maker", None, None, maker)
            continue
        # "Globex XR300", "Globex Zorvex Pro": the rest is a name by itself, the product's;
        # codes coordinated after it are the same maker's ("XR300 et XR400")
        parts = [(r0, e)]
        j = e
        while code and j + 1 < sent_end and (doc[j].lower_ in L.AND or doc[j].text == ",") \
                and _product_code(doc[j + 1].text) and (at.get(j + 1) is None or at[j + 1].end == j + 2):
            parts.append((j + 1, j + 2))
            j += 2
        for a, b in parts:
            old = at.get(a)
            same = old is not None and (old.start, old.end) == (a, b)
            src = old.source if same and old.source in ("ruler", "pattern") else "shape"
            for k in range(a, b):
                if k in at:
                    dropped.add(at[k].start)
            replaced[a] = Mention(a, b, old.text if same else doc[a:b].text, PROD, src,
                                  old.canonical if same else None, None, maker)
        if m.end > r0:  # the NER took "Globex XR300" whole: the maker is its own mention
            dropped.add(m.start)
            replaced[s] = maker_mention(s, r0, maker, m)
    if not replaced:
        return mentions
    out = [m for m in mentions if m.start not in dropped and m.start not in replaced] + list(replaced.values())
    out.sort(key=lambda m: m.start)
    return out


def _aliases(doc: Doc, mentions: list[Mention], W: _Words) -> list[Mention]:
    """An acronym in parentheses after a name is that name ("le Syndicat national des
    éditeurs de jeux (SNEJ)", and "SNEJ" later on); so is the full name in parentheses after an
    acronym; and a first name before "and" and a full name shares its last name
    ("Pierre et Jeanne Martin"): the first one is Pierre Martin."""
    L = W.L
    at = {m.start: m for m in mentions}
    full: dict[str, str] = {}
    for m in mentions:
        if m.type not in (ORG, PROD):
            continue
        nxt = at.get(m.end + 1)
        if nxt is None or m.end + 2 >= len(doc) or doc[m.end].text != "(" or doc[nxt.end].text != ")":
            continue
        short, long_ = (nxt, m) if len(nxt.text) < len(m.text) else (m, nxt)
        if short.end - short.start == 1 and sum(c.isupper() for c in short.text) >= 2 \
                and len(long_.text.split()) > 1:
            full[short.text] = long_.alias_of or long_.text
    # a ticker right after the name: "Globex Corp. GLBX"
    for m in mentions:
        nxt = at.get(m.end)
        if m.type == ORG and nxt is not None and nxt.end - nxt.start == 1 and nxt.source != "ruler" \
                and doc[nxt.start].is_upper and 2 <= len(nxt.text) <= 5 and nxt.text != m.text \
                and _subsequence(nxt.text.lower(), (m.alias_of or m.text).lower()):
            full[nxt.text] = m.alias_of or m.text
    # a capitalised head alone after its full name: "la Banque" for "la Banque de crédit ..."
    heads: dict[str, set[str]] = {}
    for m in mentions:
        if m.source == "name":
            heads.setdefault(doc[m.start].text, set()).add(m.text)
    covered = {k for m in mentions for k in range(m.start, m.end)}
    for word, names in heads.items():
        if len(names) != 1:
            continue  # "le Syndicat" after two syndicates' names: which one?
        for i in (t.i for t in doc if t.text == word and t.i not in covered):
            mentions.append(Mention(i, i + 1, word, ORG, "echo", None, next(iter(names))))
    mentions.sort(key=lambda m: m.start)
    out = []
    for m in mentions:
        if m.text in full and m.text != full[m.text]:
            m = replace(m, type=ORG, alias_of=full[m.text])
        elif m.type == PER and m.end - m.start == 1 and m.source == "ner" and m.end + 2 < len(doc) \
                and doc[m.end].lower_ in L.AND:
            nxt = at.get(m.end + 1)
            if nxt is not None and nxt.type == PER and nxt.end - nxt.start == 2:
                m = replace(m, text=f"{m.text} {doc[nxt.end - 1].text}")
        out.append(m)
    return out


def _subsequence(short: str, long_: str) -> bool:
    """Whether the letters of `short` appear in order in `long_` ("GLBX" in "Globex")."""
    it = iter(long_)
    return all(c in it for c in short)


def _known_as_other(ents: tuple[Span, ...], span: Span, type_: str) -> bool:
    """True when the gazetteer's ruler labelled `span` with another entity type."""
    return any(e.start == span.start and e.end == span.end and e.ent_id_
               and LABEL_TYPES.get(e.label_) != type_ for e in ents)


def _canonical(ents: tuple[Span, ...], span: Span) -> str | None:
    """The gazetteer name of an entity the ruler found inside `span`."""
    for ent in ents:
        if ent.start >= span.start and ent.end <= span.end and ent.ent_id_:
            return ent.ent_id_ if ent.start == span.start and ent.end == span.end else None
    return None
