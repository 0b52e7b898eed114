"""Entity mentions in a parsed article: spans of tokens with an entity type.

Sources, in order of trust: the gazetteer's entity ruler, the statistical NER,
contextual patterns ("son modèle X", "the X chatbot", "le projet X") and runs of
proper nouns the NER missed. Each mention gets one of the five entity types.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from extractors.wordtest import WordTest

# NER label -> entity type; labels absent here (dates, money, NORP...) are not entities
LABEL_TYPES = {
    "ORG": "Organization", "PERSON": "Person", "PER": "Person", "GPE": "Place", "LOC": "Place",
    "PRODUCT": "Product", "PROJECT": "Project", "MISC": "Organization",
}
_NOT_NAME_POS = {"DET", "PRON", "VERB", "AUX", "SCONJ", "CCONJ", "ADP", "ADV"}


@dataclass(frozen=True, slots=True)
class Mention:
    start: int          # token offsets in the Doc, end exclusive
    end: int
    text: str
    type: str
    source: str         # ruler, ner, pattern, propn
    canonical: str | None = None  # the gazetteer's name, when the ruler found it

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
                                                        and doc[end - 1].pos_ in _NOT_NAME_POS | {"PART"})):
        end -= 1
    if start >= end:
        return None
    return doc[start:end]


_LEGAL = {"inc", "corp", "co", "ltd", "llc", "plc", "sa", "sas", "ag", "gmbh", "nv", "bv", "se"}


def _is_title_case(sent: Span) -> bool:
    """'Nvidia Completes Run:ai Purchase': most words capitalised."""
    words = [t for t in sent if t.is_alpha and len(t) > 3 and t.pos_ != "PROPN"]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) * 3 >= len(words) * 2


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


_TESTS: dict[str, tuple[WordTest, WordTest]] = {}


def _tests(lang_data) -> tuple[WordTest, WordTest]:
    """(cue noun, may be a name) word tests of a language."""
    if lang_data.LANG not in _TESTS:
        cues, not_names = lang_data.CUE_NOUNS, lang_data.NOT_NAMES
        titles = lang_data.TITLES
        _TESTS[lang_data.LANG] = (WordTest(lambda w: w.lower() in cues),
                                  WordTest(lambda w: capitalised(w) and w.lower() not in not_names
                                           and w.lower() not in titles))
    return _TESTS[lang_data.LANG]


def find_mentions(doc: Doc, lang_data) -> list[Mention]:
    """Non-overlapping mentions of entities in `doc`, in text order.

    `lang_data` is the language module (extractors.lang.en or .fr), which
    supplies the cue nouns of contextual patterns.
    """
    taken = [False] * len(doc)
    mentions: list[Mention] = []

    def add(span: Span, type_: str, source: str, canonical: str | None = None) -> None:
        if any(taken[span.start:span.end]):
            return
        if not canonical and span.text.lower().rstrip(".") in _LEGAL:
            return  # "Prosperity7 Ventures, LLC": the suffix after the comma is no name of its own
        for i in range(span.start, span.end):
            taken[i] = True
        mentions.append(Mention(span.start, span.end, span.text, type_, source, canonical))

    cue_word, name_word = _tests(lang_data)
    ents = doc.ents  # a new tuple of Spans at each reading
    # 1. contextual patterns override the NER's type: "son modèle R1" is a product
    for i in cue_word.positions(doc, ("lower", "lemma")):
        tok = doc[i]
        type_ = lang_data.CUE_NOUNS.get(tok.lemma_.lower()) or lang_data.CUE_NOUNS.get(tok.lower_)
        if not type_:
            continue
        if i > 1 and doc[i - 1].lower_ in ("de", "d'", "d’", "of") \
                and doc[i - 2].lower_ not in lang_data.CONTAINERS:
            continue  # "le fabricant de puces X": X makes the chips, it is not one
        # the cue noun before the name ("le modèle R1", "the Grok chatbot" is below)
        j = i + 1
        while j < len(doc) and doc[j].lower_ in lang_data.CUE_LINKS:
            j += 1
        k = j
        while k < len(doc) and (doc[k].pos_ == "PROPN" or (doc[k].text[:1].isupper() and not doc[k].is_sent_start)
                                or (k > j and (doc[k].like_num or doc[k].text in ("-", ".")))):
            k += 1
        if k > j and doc[j].text[:1].isupper():
            span = _trim(doc[j:k], lang_data.EDGE_WORDS)
            if span is not None and not _known_as_other(ents, span, type_):
                add(span, type_, "pattern", _canonical(ents, span))
            continue
        # the name before the cue noun ("the Grok chatbot", "Claude models"),
        # unless the gazetteer knows the name as something else ("Nvidia chips")
        if tok.lower_ in lang_data.CUE_NOUNS_AFTER and i > 0 and doc[i - 1].pos_ == "PROPN":
            k = i - 1
            while k > 0 and doc[k - 1].pos_ == "PROPN":
                k -= 1
            span = _trim(doc[k:i], lang_data.EDGE_WORDS)
            if span is not None and not _known_as_other(ents, span, type_):
                add(span, type_, "pattern", _canonical(ents, span))

    # 2. the gazetteer's ruler, then the statistical NER
    for ent, type_ in _untitled(ents, lang_data.TITLES):
        span = _trim(ent, lang_data.EDGE_WORDS)
        canonical = ent.ent_id_ or None  # the gazetteer's word is trusted as written
        if span is None or (not canonical and not _looks_like_name(span)):
            continue
        if not canonical and (span[0].pos_ in _NOT_NAME_POS or span.text.lower() in lang_data.NOT_NAMES):
            continue  # "Si" (if) or "Image" at a sentence start, taken for names
        if (type_ == "Organization" and span.end < len(doc) and doc[span.end].text[:1].isupper()
                and doc[span.end].lower_.rstrip(".") in _LEGAL):
            span = doc[span.start:span.end + 1]  # "Cisco Systems Inc": the suffix is part of the name
        add(span, type_, "ruler" if canonical else "ner", canonical)

    # 3. proper-noun runs the NER missed ("Contoso a levé..."); a capitalised word
    # inside a sentence counts too, whatever its tag ("would buy Splunk"), unless
    # the sentence is a title written in title case
    title_case: dict[int, bool] = {}  # sentence start -> title case, computed when needed

    def name_like(k: int) -> bool:  # for a token that passed `name_word`
        t = doc[k]
        if taken[k]:
            return False
        if t.is_sent_start and t.lower_ in lang_data.FORMS:
            return False  # "Fondée en 2023 par ...": a trigger verb opening the sentence
        if t.pos_ == "PROPN" or (t.text[:1].islower() and t.is_alpha):
            return True  # a proper noun, or camel case whatever its tag ("iRobot", "xAI")
        if t.pos_ != "NOUN" or t.is_sent_start or (t.is_upper and len(t) <= 4):
            return False
        sent = t.sent
        if sent.start not in title_case:
            title_case[sent.start] = _is_title_case(sent)
        return not title_case[sent.start]

    candidates = name_word.positions(doc, ("orth",))
    written_like_names = set(candidates)
    after = 0  # the end of the last run
    for i in candidates:
        if i < after or not name_like(i):
            continue
        j = i + 1
        while j in written_like_names and name_like(j):
            j += 1
        if j < len(doc) and not taken[j] and doc[j].text[:1].isupper() and doc[j].lower_ in lang_data.ORG_WORDS \
                and doc[j].lower_ in lang_data.NOT_NAMES and not (
                    j + 1 < len(doc) and (doc[j + 1].lower_ in lang_data.CUE_NOUNS
                                          or doc[j + 1].lemma_.lower() in lang_data.CUE_NOUNS)):
            j += 1  # "Element AI": a company word that is no name alone ends the name ("Llama AI models" is not)
        span = _trim(doc[i:j], lang_data.EDGE_WORDS)
        if span is not None and not (len(span) == 1 and len(span.text) == 1):  # "B" of "Series B"
            add(span, "Organization", "propn")
        after = j

    mentions.sort(key=lambda m: m.start)
    return _shared_surnames(doc, mentions, lang_data)


def _shared_surnames(doc: Doc, mentions: list[Mention], lang_data) -> list[Mention]:
    """"Jane and Paul Martin", "Jeanne et Paul Martin": a lone first name coordinated with
    a full name shares its surname ("Jane Martin")."""
    out = list(mentions)
    for k in range(len(mentions) - 1):
        m, n = mentions[k], mentions[k + 1]
        if (m.type == "Person" and n.type == "Person" and m.end - m.start == 1 and n.end - n.start >= 2
                and n.start == m.end + 1 and doc[m.end].lower_ in lang_data.AND
                and doc[m.start].pos_ == "PROPN" and m.source != "ruler"):
            out[k] = Mention(m.start, m.end, f"{m.text} {doc[n.end - 1].text}", m.type, m.source, m.canonical)
    return out


def _untitled(ents: tuple[Span, ...], titles: frozenset[str]) -> list[tuple[Span, str]]:
    """The NER's spans with the entity types of `LABEL_TYPES`, each cut at the job titles
    inside it: "Globex CFO Jane Doe" taken for one person is the organisation "Globex"
    and the person "Jane Doe"; "Chief Executive Officer" is no name at all. The
    gazetteer's spans are kept whole."""
    out = []
    for ent in ents:
        type_ = LABEL_TYPES.get(ent.label_)
        if type_ is None:
            continue
        cuts = [t.i for t in ent if t.lower_ in titles] if not ent.ent_id_ else []
        if not cuts:
            out.append((ent, type_))
            continue
        pieces, start = [], ent.start
        for i in cuts + [ent.end]:
            if i > start:
                pieces.append(ent.doc[start:i])
            start = i + 1
        for k, piece in enumerate(pieces):  # a person is named last, after the titles
            out.append((piece, type_ if type_ != "Person" or k == len(pieces) - 1 else "Organization"))
    return out


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
