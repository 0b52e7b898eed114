"""A small made-up graph (Globex, Initech, Hooli...) and the files `aikg build` writes from it.

`written(folder)` writes graph.ttl, graph.nt, graph.jsonld and triples.jsonl
with the exporters `aikg build` calls, in the same way (`Exporter.write` to
the exporter's file name), so tests read the files a user gets, without
loading the spaCy models.
"""
from __future__ import annotations

from pathlib import Path

from graph import exporters
from graph.model import Article, KnowledgeGraph
from test_rdf import triple

DOC = "news/globex.txt"
OTHER = "news/hooli.txt"
RDF_FORMATS = ("turtle", "ntriples", "jsonld")


def _t(*args, doc=DOC, **attrs):
    return triple(*args, doc=doc, **attrs)


def made_up_graph() -> KnowledgeGraph:
    kg = KnowledgeGraph().add_all([
        _t("Globex", "invests-in", "Initech", amount=2e9, currency="USD", status="planned",
           cue="plans to", sentence="Globex plans to invest $2 billion in Initech."),
        _t("Globex", "invests-in", "Initech", doc=OTHER, start=40,
           sentence="Globex is investing in Initech, the report says."),
        _t("Hooli", "competes-with", "Globex", start=60),
        _t("Gavin Belson", "leads", "Hooli", stype="Person", start=90),
        _t("Hooli", "develops", "Nucleus", otype="Product", start=120, doc=OTHER),
        _t("Initech", "based-in", "Springfield", otype="Place", start=150),
        _t("Initech", "invests-in", "Hooli", negated=True, start=180,
           sentence="Initech will not invest in Hooli."),
        _t("Globex Corp.", "partners-with", "Initech", start=210),
    ])
    kg.add_article(Article(DOC, "fr", title="Globex bets on Initech", date="2025-03-14",
                           url="https://news.example/globex"))
    kg.add_article(Article(OTHER, "fr"))
    return kg


def written(folder: Path, formats=RDF_FORMATS + ("jsonl",), kg: KnowledgeGraph | None = None
            ) -> dict[str, Path]:
    """Format name -> the file written in `folder`, as `aikg build --format` writes it."""
    kg = kg or made_up_graph()
    out = {}
    for name in formats:
        ex = exporters.get(name)
        out[name] = ex.write(kg, Path(folder) / ex.filename)
    return out
