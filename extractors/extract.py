"""From articles to triples: the extraction driver.

`extract(paths)` reads the articles, tells their language, parses them with
spaCy in batches (a few batches are read ahead and sorted by language, so mixed
feeds fill them) and yields `Triple`s in article order. `extract_text(text)` does the same
for one string. An article longer than `max_chars` is parsed in pieces cut at
paragraph boundaries (extractors/chunking.py), its offsets still counted from
its first character. With `on_error(doc, reason)`, an article whose extraction
raises is reported and left out instead of stopping the run.
"""
from __future__ import annotations

import itertools
from dataclasses import replace
import os
from typing import Callable, Iterable, Iterator

from extractors.chunking import CHUNK_CHARS, split_text
from extractors.coref import Resolver
from extractors.lang.detect import detect_language
from extractors.lexicon import is_known_place
from extractors.mentions import find_mentions
from extractors.batching import TASK_BATCHES
from extractors.pipeline import load
from extractors.reader import Article, clean_same_length, read_articles
from extractors.lang import get as language
from extractors.rules.engine import Engine
from extractors.rules.frame import Found
from extractors.rules.syntax import index_sentences
from extractors.rules.types import DOMAINS, fit_type
from extractors.triple import Triple

PRODUCT, ORG = "Product", "Organization"


def _typed(f: Found) -> tuple[str, str] | None:
    """The subject and object types a found relation takes, or None if they cannot fit."""
    s_ok, o_ok = DOMAINS[f.predicate]
    s_type, o_type = fit_type(f.subject, s_ok), fit_type(f.object, o_ok)
    if f.predicate == "develops" and not f.object.sure and not f.object.via_coref and (
            o_type == ORG or (o_type == "Place" and not is_known_place(f.object.name))
            or (o_type == "Person" and (" " not in f.object.name or f.object.name[-1].isdigit()))):
        o_type = PRODUCT  # "X a lancé Y": an unknown name that is developed is a product
    if s_type not in s_ok or o_type not in o_ok:
        return None
    if f.subject.name == f.object.name:
        return None
    return s_type, o_type


def _text_of(doc, text: str, offset: int) -> str:
    """The text `doc` was parsed from: the piece of the article at `offset` (Doc.text
    rebuilds it from every token); the Doc's own when the article's does not fit."""
    if not len(doc):
        return doc.text
    last = doc[-1]
    piece = text[offset:offset + last.idx + len(last.text_with_ws)]
    return piece if piece.endswith(last.text_with_ws) and piece.startswith(doc[0].text) else doc.text


# the start of the reason given for a sentence the rules failed on
SENTENCE_LEFT_OUT = "sentence left out at character"


def triples_of(doc, article: Article, lang: str, offset: int = 0, *,
               on_error: Callable[[str, str], None] | None = None) -> list[Triple]:
    """Triples of one parsed article (or piece of one, starting at `offset`), in reading order.

    A sentence on which the rules raise is left out and reported to `on_error(doc,
    reason)` (re-raised without it); the article's other sentences are kept.
    """
    L = language(lang)
    index_sentences(doc)  # token.sent, asked for everywhere, made a lookup
    res = Resolver(doc, find_mentions(doc, L), L, _text_of(doc, article.text, offset))
    engine = Engine(L, res, day=article.date)  # the date relative dates are read against
    out, seen = [], set()
    for sent in doc.sents:
        text = res.text[sent.start_char:sent.end_char]
        start = offset + sent.start_char + len(text) - len(text.lstrip())
        end = offset + sent.end_char - (len(text) - len(text.rstrip()))
        try:
            found = list(engine.sentence(sent))
        except Exception as exc:
            if on_error is None:
                raise
            on_error(article.doc, f"{SENTENCE_LEFT_OUT} {start} ({type(exc).__name__}: {exc})")
            continue
        for f in found:
            types = _typed(f)
            if types is None:
                continue
            key = (f.subject.name, f.predicate, f.object.name, f.attributes, sent.start)
            if key in seen:
                continue
            seen.add(key)
            out.append(Triple(
                doc=article.doc, lang=lang,
                subject=f.subject.name, subject_type=types[0], predicate=f.predicate,
                object=f.object.name, object_type=types[1], attributes=f.attributes,
                sentence=text.strip(), start=start, end=end,
                confidence=f.confidence, extractor=f"rules.{lang}.{f.rule}"))
    return _retract_denied(_retract_collapsed(_share_attributes(out), lang))


def _retract_collapsed(triples: list[Triple], lang: str) -> list[Triple]:
    """A deal the article says collapsed ("the merger fell through", "le rachat a capoté")
    did not happen, however an earlier sentence told it ("X agreed to buy Y"): every
    telling of it is negated, with the collapse's cue."""
    from extractors.attributes import is_collapse

    failed = {(t.subject, t.predicate, t.object): t.attributes.cue for t in triples
              if t.attributes.negated and is_collapse(t.attributes.cue, lang)}
    if not failed:
        return triples
    return [replace(t, attributes=replace(t.attributes, status="denied", negated=True,
                                          cue=failed[(t.subject, t.predicate, t.object)]))
            if (t.subject, t.predicate, t.object) in failed and not t.attributes.negated else t
            for t in triples]


def _retract_denied(triples: list[Triple]) -> list[Triple]:
    """A fact the article denies ("Globex is not investing in Initech, after weeks of
    speculation that the phone maker would join the round") is not made by the
    speculation it reports: its tellings as a mere possibility are negated too, with the
    denial's cue (talks that took place stay told: "although it was in talks to invest")."""
    denied = {(t.subject, t.predicate, t.object): t.attributes.cue for t in triples
              if t.attributes.negated and t.attributes.status == "denied"}
    if not denied:
        return triples
    return [replace(t, attributes=replace(t.attributes, status="denied", negated=True,
                                          cue=denied[(t.subject, t.predicate, t.object)]))
            if (t.subject, t.predicate, t.object) in denied and not t.attributes.negated
            and t.attributes.status == "possible" else t
            for t in triples]


def _share_attributes(triples: list[Triple]) -> list[Triple]:
    """One fact told several times in an article ("Salesforce s'offre Informatica"
    in the title, the price further down) gets, on each telling, the amount, year
    and stake that its other tellings agree on."""
    groups: dict[tuple, list[int]] = {}
    for i, t in enumerate(triples):
        groups.setdefault((t.subject, t.predicate, t.object, t.attributes.negated), []).append(i)
    out = list(triples)
    for idx in groups.values():
        if len(idx) < 2:
            continue
        attrs = [triples[i].attributes for i in idx]
        shared = {}
        for fields in (("amount", "currency"), ("year",), ("stake",)):
            values = {tuple(getattr(a, f) for f in fields) for a in attrs if getattr(a, fields[0]) is not None}
            if len(values) == 1:
                shared.update(zip(fields, values.pop()))
        for i in idx:
            a = triples[i].attributes
            fill = {f: v for f, v in shared.items() if getattr(a, f) is None}
            if fill:
                out[i] = replace(triples[i], attributes=replace(a, **fill))
    return out


def extract_articles(articles: Iterable[Article], *, gazetteer: str | None = None,
                     batch_size: int = 32, max_chars: int = CHUNK_CHARS,
                     on_error: Callable[[str, str], None] | None = None,
                     on_sentence_error: Callable[[str, str], None] | None = None,
                     on_progress: Callable[[int], None] | None = None) -> Iterator[Triple]:
    """Triples of `articles`, in order; each article's language detected unless set.

    Articles are read `TASK_BATCHES` batches ahead and parsed language by
    language, so a feed that mixes French and English still fills spaCy's
    batches; the triples come out in the articles' order all the same.
    `on_error(doc, reason)`: an article whose extraction failed, left out (raised
    without it); a sentence the rules failed on is left out while the rest of its
    article is kept, and reported to `on_sentence_error`, else to `on_error` with
    a reason that starts with `SENTENCE_LEFT_OUT`. `on_progress(1)`: one more
    article done.
    """
    on_sentence_error = on_sentence_error or on_error
    it = iter(articles)
    while window := list(itertools.islice(it, batch_size * TASK_BATCHES)):
        langs = [a.lang or detect_language(a.text) for a in window]
        done: list[list[Triple]] = [[] for _ in window]
        for lang in dict.fromkeys(langs):
            idx = [i for i, l in enumerate(langs) if l == lang]
            parsed = _extract_one_language([window[i] for i in idx], lang, gazetteer, batch_size,
                                           max_chars, on_error, on_sentence_error)
            for k, triples in parsed:
                done[idx[k]] = triples
        for triples in done:
            yield from triples
            if on_progress is not None:
                on_progress(1)


def _extract_one_language(articles: list[Article], lang: str, gazetteer, batch_size, max_chars,
                          on_error, on_sentence_error) -> Iterator[tuple[int, list[Triple]]]:
    """(index, triples) of each article of one language that did not fail."""
    nlp = load(lang, gazetteer)
    limit = max(1, min(max_chars, nlp.max_length))
    pieces = ((piece, (k, offset, i == len(parts) - 1))
              for k, a in enumerate(articles)
              for parts in [split_text(a.text, limit)]
              for i, (offset, piece) in enumerate(parts))
    found: list[Triple] = []
    failed = False
    for doc, (k, offset, last) in nlp.pipe(pieces, as_tuples=True, batch_size=batch_size):
        if not failed:
            try:
                found.extend(triples_of(doc, articles[k], lang, offset, on_error=on_sentence_error))
            except Exception as exc:
                if on_error is None:
                    raise
                on_error(articles[k].doc, f"extraction failed ({type(exc).__name__}: {exc})")
                failed = True
        if last:
            if not failed:
                yield k, (found if offset == 0 else _share_attributes(found))
            found, failed = [], False


def extract(paths: Iterable[str | os.PathLike], *, gazetteer: str | None = None,
            on_skip: Callable[[str, str], None] | None = None,
            on_error: Callable[[str, str], None] | None = None) -> Iterator[Triple]:
    """Triples of every article under `paths` (files or folders)."""
    return extract_articles(read_articles(paths, on_skip=on_skip), gazetteer=gazetteer,
                            on_error=on_error)


def extract_text(text: str, *, lang: str | None = None, doc: str = "<text>",
                 gazetteer: str | None = None, max_chars: int = CHUNK_CHARS) -> list[Triple]:
    """Triples of one text (handy in tests and notebooks); control characters in `text`
    count as spaces, so offsets still point into it."""
    return list(extract_articles([Article(doc, clean_same_length(text), lang)], gazetteer=gazetteer,
                                 max_chars=max_chars))
