"""Article dates: datelines in French and English, feeds, --date, bad dates."""
import json

import pytest

from extractors.dates import article_date, check_date, dateline, relative_years
from extractors.reader import read_articles

FRENCH = [
    ("PARIS, 12 mars 2025 - Globex a annoncé", "2025-03-12"),
    ("Publié le 12/03/2025\nGlobex a annoncé", "2025-03-12"),
    ("Mis à jour le 1er avril 2025 à 10h30\nGlobex", "2025-04-01"),
    ("mardi 12 mars 2025\nGlobex", "2025-03-12"),
    ("LYON (AFP) - 3 févr. 2025 - Globex", "2025-02-03"),
    ("Publié le 12.03.2025 à 08h00", "2025-03-12"),
    ("MONTRÉAL, le 5 août 2025 - Initech", "2025-08-05"),
]
ENGLISH = [
    ("March 12, 2025 (Reuters) - Globex said", "2025-03-12"),
    ("NEW YORK, March 12, 2025 (Reuters) - Globex", "2025-03-12"),
    ("Published on 12 March 2025\nGlobex", "2025-03-12"),
    ("Updated: Mar. 12, 2025\nGlobex", "2025-03-12"),
    ("Tuesday, March 12, 2025 — Globex", "2025-03-12"),
    ("SAN FRANCISCO, Sept. 1st, 2025 /PRNewswire/ - Hooli", "2025-09-01"),
    ("Posted 2025-03-12\nGlobex", "2025-03-12"),
]


@pytest.mark.parametrize("text, iso", FRENCH + ENGLISH)
def test_a_dateline_at_the_top_gives_the_articles_date(text, iso):
    assert dateline(text) == (iso, None)


@pytest.mark.parametrize("text", [
    "Globex bought Initech on March 12, 2025.",          # a date in a sentence, not a dateline
    "Globex a racheté Initech le 12 mars 2025, selon le communiqué.",
    "SAN FRANCISCO (Reuters) - Globex",                   # a dateline without a date
    "Globex\n\nInitech\n\nHooli\n\nMarch 12, 2025",        # too far down
])
def test_no_dateline_no_date(text):
    assert dateline(text) == (None, None)


@pytest.mark.parametrize("text, why", [
    ("Publié le 31/02/2025\nGlobex", "not a calendar date"),
    ("PARIS, 12 mars 3025 - Globex", "year 3025"),
    ("March 32, 2025 - Globex", None),
])
def test_bad_dates_are_ignored_with_a_note_never_a_crash(text, why):
    iso, note = dateline(text)
    assert iso is None
    if why:
        assert why in note


@pytest.mark.parametrize("raw, iso", [
    ("2025-03-12", "2025-03-12"), ("2025-03-12T23:30:00+01:00", "2025-03-12"),
    ("Wed, 12 Mar 2025 10:00:00 GMT", "2025-03-12"), ("12 mars 2025", "2025-03-12"),
    (None, None), ("", None),
])
def test_a_sources_date_is_read_one_way(raw, iso):
    assert article_date(raw)[0] == iso


def test_check_date_refuses_what_is_not_a_date():
    assert check_date("2025-03-12") == "2025-03-12"
    for bad in ("2025-02-31", "3025-01-01", "12/03/2025"):
        with pytest.raises(ValueError):
            check_date(bad)


def _read(paths, **kw):
    warnings = []
    arts = list(read_articles(paths, on_warn=lambda p, m: warnings.append(m), **kw))
    return arts, warnings


def test_text_articles_take_their_dateline_else_the_runs_date_never_the_files_time(tmp_path):
    (tmp_path / "a.txt").write_text("PARIS, 12 mars 2025 - Globex discute avec Initech.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Globex talks to Initech.", encoding="utf-8")
    arts, _ = _read([tmp_path])
    assert [a.date for a in arts] == ["2025-03-12", None]
    arts, _ = _read([tmp_path], date="2025-06-01")
    assert [a.date for a in arts] == ["2025-03-12", "2025-06-01"]


def test_jsonl_dates_are_read_the_same_way_and_bad_ones_warned(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text("\n".join(json.dumps({"text": "Globex.", "date": d}) for d in
                           ("2025-03-12T10:00:00Z", "31/02/2025", "3025-01-01", "12 mars 2025")),
                 encoding="utf-8")
    arts, warnings = _read([f])
    assert [a.date for a in arts] == ["2025-03-12", None, None, "2025-03-12"]
    assert len(warnings) == 2 and all("ignored" in w for w in warnings)


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>News</title><link>https://example.com</link>
<description>d</description><language>en</language>
<item><title>Globex in talks</title><link>https://example.com/1</link><guid>g1</guid>
<pubDate>Wed, 12 Mar 2025 10:00:00 GMT</pubDate><description>Globex is in talks to buy Initech.</description></item>
<item><title>Done</title><link>https://example.com/2</link><guid>g2</guid>
<pubDate>Mon, 01 Dec 2025 10:00:00 +0100</pubDate><description>&lt;p&gt;Globex completed its acquisition of Initech.&lt;/p&gt;</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><title>Actu</title><id>urn:x</id>
<updated>2025-04-01T00:00:00Z</updated>
<entry><title>Hooli rachète Initech</title><id>urn:a1</id><link href="https://example.fr/a1"/>
<published>2025-04-01T08:00:00+02:00</published><updated>2025-04-02T08:00:00+02:00</updated>
<content type="text">Hooli a annoncé le rachat d'Initech.</content></entry>
</feed>
"""


def test_a_feed_gives_one_article_per_item_with_its_link_and_date(tmp_path):
    (tmp_path / "news.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "actu.xml").write_text(ATOM, encoding="utf-8")
    (tmp_path / "other.xml").write_text("<config><a/></config>", encoding="utf-8")
    skipped = []
    arts = list(read_articles([tmp_path], on_skip=lambda p, r: skipped.append(r)))
    got = [(a.doc.rsplit("/", 1)[-1], a.lang, a.date, a.url, a.text) for a in arts]
    assert got == [
        ("actu.xml#urn:a1", "fr", "2025-04-01", "https://example.fr/a1",
         "Hooli rachète Initech\n\nHooli a annoncé le rachat d'Initech."),
        ("news.rss#g1", "en", "2025-03-12", "https://example.com/1",
         "Globex in talks\n\nGlobex is in talks to buy Initech."),
        ("news.rss#g2", "en", "2025-12-01", "https://example.com/2",
         "Done\n\nGlobex completed its acquisition of Initech."),
    ]
    assert skipped == ["an .xml file that is not an RSS or Atom feed"]


def test_a_broken_feed_is_skipped_not_fatal(tmp_path):
    f = tmp_path / "bad.rss"
    f.write_text("<rss><channel><item><title>x", encoding="utf-8")
    skipped = []
    list(read_articles([f], on_skip=lambda p, r: skipped.append(r)))
    assert len(skipped) <= 1


# the article is dated Monday 6 January 2025: a weekday, a month or "last week" falls in 2024
RELATIVE = [
    ("Globex bought Initech last year.", 2024), ("Globex a racheté Initech l'an dernier.", 2024),
    ("Globex a racheté Initech l’année dernière.", 2024), ("Globex plans to list next year.", 2026),
    ("Globex raised money earlier this year.", 2025), ("Globex a levé des fonds cette année.", 2025),
    ("Globex bought Initech last month.", 2024), ("Globex a racheté Initech le mois dernier.", 2024),
    ("On Tuesday, Globex agreed to buy Initech.", 2024), ("Mardi, Globex a annoncé le rachat.", 2024),
    ("Tuesday, Globex agreed to buy Initech.", 2024),
    ("On Monday, Globex agreed to buy Initech.", 2025), ("Globex signed last week.", 2024),
    ("Globex bought Initech last March.", 2024), ("Globex a racheté Initech en mars dernier.", 2024),
    ("Globex signed yesterday.", 2025), ("Globex a signé hier.", 2025),
]


@pytest.mark.parametrize("text,year", RELATIVE)
def test_dates_told_relative_to_the_articles_date_give_their_year(text, year):
    assert [y for _, _, y in relative_years(text, "2025-01-06")] == [year]


@pytest.mark.parametrize("text", ["Globex bought Initech in May 2024.", "Globex may buy Initech.",
                                  "Le mardi 12 mars 2024, Globex a signé.", "The hierarchy changed.",
                                  "The Sunday Times reported the deal."])
def test_no_relative_date_where_there_is_none(text):
    assert relative_years(text, "2025-01-06") == []


def test_no_relative_year_without_the_articles_date():
    assert relative_years("Globex bought Initech last year.", None) == []
    assert relative_years("Globex bought Initech last year.", "not a date") == []


@pytest.mark.slow  # loads the real spaCy models
@pytest.mark.parametrize("text,lang", [("Globex bought Initech last year.", "en"),
                                       ("Globex a racheté Initech l'an dernier.", "fr")])
def test_a_facts_year_is_read_against_the_articles_date(text, lang):
    from extractors.extract import extract_articles
    from extractors.reader import Article

    [dated] = list(extract_articles([Article("a", text, lang, date="2025-01-06")]))
    [undated] = list(extract_articles([Article("b", text, lang)]))
    assert (dated.predicate, dated.attributes.year, undated.attributes.year) == ("acquires", 2024, None)
