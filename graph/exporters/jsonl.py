"""JSONL: the triple contract of DESIGN.md, one line per piece of evidence.

The lines have the shape `aikg extract --format jsonl` prints, with entity names
replaced by their canonical names and each fact's evidence on its own line, so
tools that read one read the other.
"""
from __future__ import annotations

import json
import re

from extractors.triple import Attributes, Triple
from graph.exporters import Exporter
from graph.model import KnowledgeGraph


def triples(kg: KnowledgeGraph):
    """Each fact's evidence as a `Triple` on canonical names."""
    for f in kg.sorted_facts():
        s, o = kg.entities[f.subject], kg.entities[f.object]
        for e in f.evidence:
            article = kg.articles.get(e.doc)
            yield Triple(
                doc=e.doc, lang=article.lang if article else "",
                subject=s.name, subject_type=s.type, predicate=f.predicate,
                object=o.name, object_type=o.type,
                attributes=Attributes(e.amount, e.currency, e.year, e.status, e.cue, f.negated, e.stake),
                sentence=e.sentence, start=e.start, end=e.end,
                confidence=e.confidence, extractor=e.extractor)


# what json.dumps(ensure_ascii=False) leaves raw but no output should hold raw
_RAW = re.compile("[\x7f-\x9f\ud800-\udfff\ufffe\uffff\u2028\u2029]")


def json_line(obj) -> str:
    """`obj` as one line of JSON, UTF-8 text with no raw control character."""
    return _RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(obj, ensure_ascii=False)) + "\n"


def generate(kg: KnowledgeGraph, **_options) -> str:
    return "".join(json_line(t.to_dict()) for t in triples(kg))


EXPORTER = Exporter("jsonl", "triples.jsonl", generate, aliases=("json-lines",),
                    media_type="application/x-ndjson")
