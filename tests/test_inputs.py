"""More input shapes: JSON Lines (one article per line) and saved web pages."""
import json

from extractors.reader import collect, read_articles

PAGE = """<!doctype html><html lang="en"><head><title>Fabrikam buys Contoso | Example News</title>
<meta property="article:published_time" content="2024-05-02T10:00:00Z">
<link rel="canonical" href="https://news.example.com/fabrikam-contoso"></head>
<body><nav><a href="/">Home</a> <a href="/tech">Tech</a> <a href="/login">Log in</a></nav>
<article><h1>Fabrikam buys Contoso</h1>
<p>Fabrikam has acquired the start-up Contoso for $70 million, the company said on Tuesday.
The deal gives Fabrikam a foothold in chips for language models.</p>
<p>Contoso was founded in 2019 by Jane Doe and is based in Paris.</p>
</article><footer>Copyright 2024 Example News. Subscribe to our newsletter.</footer></body></html>
"""


def test_jsonl_one_article_per_line_with_ids_and_provenance(tmp_path):
    f = tmp_path / "news.jsonl"
    rows = [{"id": "a1", "text": "Fabrikam a racheté Contoso.", "title": "Rachat",
             "date": "2021-03-01", "url": "https://example.com/a1", "lang": "fr"},
            {"text": "Fabrikam buys Contoso.", "lang": "en-US"}]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    a, b = read_articles([f])
    assert (a.doc, a.text, a.lang, a.title, a.date, a.url) == (
        f"{f}#a1", "Fabrikam a racheté Contoso.", "fr", "Rachat", "2021-03-01",
        "https://example.com/a1")
    assert (b.doc, b.lang, b.title) == (f"{f}#line2", "en", None)


def test_a_bad_jsonl_line_is_skipped_naming_file_and_line(tmp_path):
    f = tmp_path / "news.jsonl"
    f.write_text('{"text": "un"}\nnot json\n\n{"title": "no text"}\n{"text": "x", "lang": "de"}\n'
                 '{"text": "deux"}\n', encoding="utf-8")
    skipped = []
    arts = list(read_articles([f], on_skip=lambda p, why: skipped.append((p, why))))
    assert [a.text for a in arts] == ["un", "deux"]
    assert [a.doc for a in arts] == [f"{f}#line1", f"{f}#line6"]
    assert [p for p, _ in skipped] == [str(f)] * 3
    assert [why.split(":")[0] for _, why in skipped] == ["line 2", "line 4", "line 5"]


def test_folders_pick_up_jsonl_and_web_pages(tmp_path):
    for name in ("a.txt", "b.jsonl", "c.html", "d.htm", "e.pdf"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in collect([tmp_path])] == ["a.txt", "b.jsonl", "c.html", "d.htm"]


def test_a_web_page_gives_its_main_text_title_and_date(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(PAGE, encoding="utf-8")
    [a] = read_articles([f])
    assert a.doc == str(f) and a.title == "Fabrikam buys Contoso" and a.date == "2024-05-02"
    assert a.text.startswith("Fabrikam buys Contoso\n")
    assert "$70 million" in a.text and "founded in 2019" in a.text
    for boilerplate in ("Log in", "Subscribe", "Copyright"):
        assert boilerplate not in a.text


def test_a_web_page_without_text_is_skipped(tmp_path):
    f = tmp_path / "empty.html"
    f.write_text("<html><head><title>Menu</title></head><body></body></html>", encoding="utf-8")
    skipped = []
    assert list(read_articles([f], on_skip=lambda p, why: skipped.append(why))) == []
    assert skipped == ["no main text in the web page"]


def _article_metadata(graph_file):
    import pyoxigraph as ox

    store = ox.Store()
    store.load(path=str(graph_file), format=ox.RdfFormat.TURTLE)
    rows = store.query("""
        PREFIX aikg: <https://aikg.dev/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX schema: <https://schema.org/>
        SELECT ?path ?title ?date ?url WHERE { ?a a aikg:Article ; aikg:path ?path .
          OPTIONAL { ?a dcterms:title ?title } OPTIONAL { ?a dcterms:date ?date }
          OPTIONAL { ?a schema:url ?url } } ORDER BY ?path""")
    return [tuple(None if v is None else v.value for v in row) for row in rows]


def test_titles_dates_and_addresses_go_into_the_graphs_provenance(tmp_path):
    from graph.cli import main

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "news.jsonl").write_text(json.dumps(
        {"id": "a1", "text": "Fabrikam a racheté Contoso en 2021.", "title": "Rachat",
         "date": "2021-03-01", "url": "https://example.com/a1", "lang": "fr"}) + "\n", encoding="utf-8")
    (tmp_path / "in" / "page.html").write_text(PAGE, encoding="utf-8")
    assert main(["build", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    rows = _article_metadata(tmp_path / "out" / "graph.ttl")
    assert rows[0][1:] == ("Rachat", "2021-03-01", "https://example.com/a1")
    assert rows[1][0].endswith("page.html") and rows[1][1].startswith("Fabrikam buys Contoso")
    assert rows[1][2] == "2024-05-02"

    # a store keeps them across runs that add other articles
    store = tmp_path / "kg"
    assert main(["build", str(tmp_path / "in" / "news.jsonl"), "--store", str(store),
                 "--out", str(tmp_path / "o1"), "--quiet"]) == 0
    assert main(["build", str(tmp_path / "in" / "page.html"), "--store", str(store),
                 "--out", str(tmp_path / "o2"), "--quiet"]) == 0
    assert _article_metadata(tmp_path / "o2" / "graph.ttl") == rows
