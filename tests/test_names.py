"""Entities are names, and only names: what the mention finder keeps, drops, joins and types.

Every sentence here is made up; the names are invented (Globex, Initech, Hooli...).
"""
import json

import pytest

from conftest import facts
from extractors.coref import Resolver
from extractors.extract import extract_text
from extractors.lang import get as language
from extractors.mentions import find_mentions
from extractors.pipeline import load

pytestmark = pytest.mark.slow  # loads the real spaCy models


def named(text, lang, gazetteer=None):
    """{(name, type)} of the mentions of `text`, as the relation rules see them."""
    doc = load(lang, gazetteer)(text)
    L = language(lang)
    found = find_mentions(doc, L)
    res = Resolver(doc, found, L)
    return {(res.ref(m).name, res.ref(m).type) for m in found}


def names(text, lang):
    return {n for n, _ in named(text, lang)}


# -- what is not a name ------------------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    # amounts, plural acronyms, generic nouns written with a capital
    ("Startup Globex raised $30bn from Hooli and VCs.", "en", {("Hooli", "invests-in", "Globex")}),
    ("Initech, pépite de la French Tech, a été rachetée par Globex pour 7,5 Md$.", "fr",
     {("Globex", "acquires", "Initech")}),
    # the State, a foundation, a council, named by their head noun alone
    ("L'État et la Fondation ont investi dans Globex, selon le Conseil.", "fr", set()),
    # a demonym glued to a noun is no entity: the giant is Globex, placed in the United States
    ("US chip giant Globex bought Initech.", "en",
     {("Globex", "acquires", "Initech"), ("Globex", "based-in", "United States")}),
    # a city before a state's or province's abbreviation is a place, not a company sold
    ("The deal comes just after Waterloo, Ont., smart glasses company Vexio was sold to Globex.", "en",
     {("Globex", "acquires", "Vexio"), ("Vexio", "based-in", "Waterloo")}),
])
def test_non_names_make_no_facts(text, lang, expected):
    assert facts(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Startup Globex raised $30bn from Hooli and VCs.", "en", {"Globex", "Hooli"}),
    ("Rival Initech raised $5 million from Hooli.", "en", {"Initech", "Hooli"}),
    ("Big Tech firms and LLMs dominate the market, Hooli CEO Jane Doe said.", "en", {"Hooli", "Jane Doe"}),
    ("Initech, pépite de la French Tech, a été rachetée par Globex pour 7,5 Md$.", "fr", {"Initech", "Globex"}),
    ("L'État et la Fondation ont investi dans Globex, selon le Conseil.", "fr", {"Globex"}),
    ("Les Américains de Globex ont racheté Initech.", "fr", {"Globex", "Initech"}),
    ("Le Conseil de Globex a approuvé le rachat d'Initech.", "fr", {"Globex", "Initech"}),
    # an organ of a company is no name of its own
    ("Le Comité exécutif de Globex a approuvé le rachat d'Initech.", "fr", {"Globex", "Initech"}),
    ("The Board of Directors of Globex approved the purchase of Initech.", "en", {"Globex", "Initech"}),
    ("Le directeur de la Recherche de Globex a quitté Initech.", "fr", {"Globex", "Initech"}),
    # job titles before or after a name are no part of it
    ("COO Jane Doe and CTO John Roe will lead Globex as interim co-CEOs.", "en", {"Jane Doe", "John Roe", "Globex"}),
    ("Globex Chief Executive Jane Doe said the deal was done.", "en", {"Globex", "Jane Doe"}),
    # a lower-case term and its acronym are no name
    ("Globex sells tensor compute units (TCUs) to Initech.", "en", {"Globex", "Initech"}),
    # a ministry's portfolio, written with a capital after its article
    ("Le ministre de l'Économie a salué l'investissement de Globex dans Initech.", "fr", {"Globex", "Initech"}),
])
def test_only_names_are_mentions(text, lang, expected):
    assert names(text, lang) == expected


# -- headlines in title case ---------------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    # the NER's "Zephyr et Quasar" at the end of a list is two names; a word it mistagged is a name
    ("Globex, propriétaire de Nimbus, Zephyr et Quasar, a publié ses résultats.", "fr",
     {("Globex", "owns", "Nimbus"), ("Globex", "owns", "Zephyr"), ("Globex", "owns", "Quasar")}),
    ("Globex, propriétaire de Nimbus et Zephyr, a publié ses résultats.", "fr",
     {("Globex", "owns", "Nimbus"), ("Globex", "owns", "Zephyr")}),
    ("Globex, owner of Nimbus, Zephyr and Quasar, used the content.", "en",
     {("Globex", "owns", "Nimbus"), ("Globex", "owns", "Zephyr"), ("Globex", "owns", "Quasar")}),
])
def test_list_members_the_ner_ran_together_or_mistagged(text, lang, expected):
    assert facts(text, lang) == expected


def test_a_city_before_a_region_abbreviation_is_a_place():
    found = named("Vexio, the glasses maker from Waterloo, Ont., was sold to Globex, Inc., of Austin, Texas.", "en")
    assert ("Waterloo", "Place") in found and ("Vexio", "Organization") in found


@pytest.mark.parametrize("text, expected", [
    ("Acme Raises $50 Million To Build Robots", {("Acme", "Organization")}),
    ("Globex Pits Its Chips Against Initech", {("Globex", "Organization"), ("Initech", "Organization")}),
])
def test_title_case_headline_keeps_only_names(text, expected):
    assert named(text, "en") == expected


def test_title_case_headline_with_two_names_and_a_verb():
    assert facts("Hooli Acquires Initech For $1.2 Billion", "en") == {("Hooli", "acquires", "Initech")}


def test_a_name_of_the_headline_is_found_again_in_the_text():
    text = "Globex Pits Its Engineering Against Initech\nGlobex said on Monday that Hooli would back it."
    assert names(text, "en") == {"Globex", "Initech", "Hooli"}


# -- full names ------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("Vandelay9 Ventures, LLC invested in Globex.", "en", {("Vandelay9 Ventures", "invests-in", "Globex")}),
    ("The Council of Northern Builders sued Globex.", "en", {("Council of Northern Builders", "sues", "Globex")}),
    ("Initech a levé 50 millions d'euros auprès de la Banque de crédit et placement de Lyon.", "fr",
     {("Banque de crédit et placement de Lyon", "invests-in", "Initech")}),
    ("La Société des Amis des Machines a porté plainte contre Globex.", "fr",
     {("Société des Amis des Machines", "sues", "Globex")}),
])
def test_full_names_are_kept_whole(text, lang, expected):
    assert facts(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Globex a été sanctionnée par l'Autorité française des marchés financiers.", "fr",
     {"Globex", "Autorité française des marchés financiers"}),
    ("L'Université de Lyon et Globex ont signé un partenariat.", "fr", {"Université de Lyon", "Globex"}),
    ("Globex invested in Vandelay Robotics last year.", "en", {"Globex", "Vandelay Robotics"}),
    ("Globex a signé un accord avec l'Université Paris-Saclay.", "fr", {"Globex", "Université Paris-Saclay"}),
    ("La Fondation Globex a financé Initech.", "fr", {"Fondation Globex", "Initech"}),
    ("The Bank of Vandelay invested in Initech.", "en", {"Bank of Vandelay", "Initech"}),
    # a capitalised common noun, "du" and a capitalised word: a French name
    ("Globex a été attaquée en justice par la Maison du Logiciel.", "fr", {"Globex", "Maison du Logiciel"}),
    ("La Présidence de la République a reçu Globex.", "fr", {"Présidence de la République", "Globex"}),
])
def test_institution_names_with_lower_case_words(text, lang, expected):
    assert names(text, lang) == expected


def test_a_known_name_followed_by_an_organisation_word_is_a_longer_name(tmp_path):
    gaz = tmp_path / "gaz.json"
    gaz.write_text(json.dumps([{"name": "Globex", "type": "Organization"}]), encoding="utf-8")
    found = {(t.subject, t.predicate, t.object)
             for t in extract_text("Globex Ventures invested in Initech.", lang="en", gazetteer=str(gaz))}
    assert found == {("Globex Ventures", "invests-in", "Initech")}


@pytest.mark.parametrize("text, lang, expected", [
    ("The Northern Robotics Association (NRA) sued Globex. Later the NRA sued Initech.", "en",
     {("Northern Robotics Association", "sues", "Globex"),
      ("Northern Robotics Association", "sues", "Initech")}),
    ("Le Syndicat national des éditeurs de jeux (SNEJ) a porté plainte contre Globex. "
     "Le SNEJ a aussi accusé Initech de plagiat.", "fr",
     {("Syndicat national des éditeurs de jeux", "sues", "Globex"),
      ("Syndicat national des éditeurs de jeux", "accuses", "Initech")}),
])
def test_an_acronym_in_parentheses_is_the_name_before_it(text, lang, expected):
    assert facts(text, lang) == expected


# -- a name once found is found everywhere -----------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("Hooli launched kelvIQ last year. Later, kelvIQ signed a partnership with Initech.", "en",
     {("Hooli", "develops", "kelvIQ"), ("kelvIQ", "partners-with", "Initech")}),
    # camel case, whatever the tagger made of it (here a verb)
    ("L’entreprise vexO avait porté plainte contre Globex pour usurpation de marque.", "fr",
     {("vexO", "sues", "Globex")}),
    # the short name before the full one
    ("Vandelay said it would buy Initech. Vandelay Robotics was founded in 2019.", "en",
     {("Vandelay Robotics", "acquires", "Initech")}),
    # a short name shared by two longer ones stands for neither
    ("Globex Robotics and Globex Ventures are rivals. Globex sued Initech.", "en",
     {("Globex Robotics", "competes-with", "Globex Ventures"), ("Globex", "sues", "Initech")}),
])
def test_a_name_is_recognised_throughout_the_article(text, lang, expected):
    assert facts(text, lang) == expected


def test_french_contraction_of_a_name_with_its_article():
    text = "Globex a présenté son chatbot Le Foo. Hooli a investi dans le développement du Foo."
    assert named(text, "fr") == {("Globex", "Organization"), ("Le Foo", "Product"), ("Hooli", "Organization")}


# -- products ------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("Hooli released the x1-mini model and the Nimbus 8 Pro phone.", "en",
     {("Hooli", "develops", "x1-mini"), ("Hooli", "develops", "Nimbus 8 Pro")}),
    ("Globex a présenté son modèle x1-mini et son chatbot Le Foo.", "fr",
     {("Globex", "develops", "x1-mini"), ("Globex", "develops", "Le Foo")}),
    ("Globex a dévoilé la puce Nimbus 8 Pro.", "fr", {("Globex", "develops", "Nimbus 8 Pro")}),
    # a model's size, a camel-case product's version
    ("Globex released Nimbus 7B in 2024.", "en", {("Globex", "develops", "Nimbus 7B")}),
    ("Hooli a présenté fooOS 18 lundi.", "fr", {("Hooli", "develops", "fooOS 18")}),
])
def test_products_by_cue_and_shape(text, lang, expected):
    assert facts(text, lang) == expected


@pytest.mark.parametrize("text, lang, product", [
    ("Hooli sells its Nimbus Processing Units to Initech.", "en", "Nimbus Processing Units"),
    ("Hooli released Nimbus-2 last week.", "en", "Nimbus-2"),
    ("Globex a présenté Nimbus 3.1 mardi.", "fr", "Nimbus 3.1"),
])
def test_names_shaped_like_products_are_products(text, lang, product):
    assert (product, "Product") in named(text, lang)


# -- persons --------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("Me Jeanne Martin représente Globex. Martin a porté plainte contre Initech.", "fr",
     {("Jeanne Martin", "sues", "Initech")}),
    ("Jane Doe founded Globex in 2019. Mr. Doe later sued Initech.", "en",
     {("Jane Doe", "founded", "Globex"), ("Jane Doe", "sues", "Initech")}),
    ("Initech, fondée par Paul et Jeanne Martin, a levé 5 millions d'euros auprès de Hooli.", "fr",
     {("Paul Martin", "founded", "Initech"), ("Jeanne Martin", "founded", "Initech"),
      ("Hooli", "invests-in", "Initech")}),
])
def test_persons_without_titles_and_by_last_name(text, lang, expected):
    assert facts(text, lang) == expected


def test_a_title_before_a_name_makes_it_a_person():
    assert ("Jane Doe", "Person") in named("Globex named Executive Vice President Jane Doe to the board.", "en")


def test_the_name_before_a_title_is_where_the_title_is_held():
    assert named("Globex Board Chair Jane Doe resigned.", "en") == {("Globex Board", "Organization"),
                                                                   ("Jane Doe", "Person")}


# -- a company named by one letter ------------------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("Les fondateurs de K ont quitté Hooli. K, pépite de l'IA, a levé 100 millions d'euros auprès de Globex.",
     "fr", {("Globex", "invests-in", "K")}),
    ("The founders of K left Hooli in May. Globex invested $10 million in K.", "en",
     {("Globex", "invests-in", "K")}),
])
def test_a_letter_written_as_a_name_twice_is_a_company(text, lang, expected):
    assert facts(text, lang) == expected
    assert ("K", "Organization") in named(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # a letter a noun labels, an initial, a list label: no name
    ("Globex raised a Series B round in May. Initech led the Series B round.", "en", {"Globex", "Initech"}),
    ("Globex a levé une série B en mai. Initech a mené la série B, avec des actions de catégorie A.", "fr",
     {"Globex", "Initech"}),
    ("Globex a publié les résultats des groupes B et C, puis le point C.", "fr", {"Globex"}),
    # "A" is a word, never the company "A"
    ("A Lyon, Globex a racheté Initech. A Paris, Hooli a levé des fonds.", "fr",
     {"Lyon", "Globex", "Initech", "Paris", "Hooli"}),
])
def test_letters_that_are_no_names(text, lang, expected):
    assert names(text, lang) == expected


def test_a_letter_inside_a_symbol_is_no_company():
    found = names("Globex sponsors H-1B visas and writes C++ code. Initech writes C++ too.", "en")
    assert not found & {"H", "C", "B"}


# -- names written in lower case ---------------------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    # introduced by an apposition, then found again after a description
    ("Hooli rachète zeta, la start-up de Jeanne Martin, pour 6 milliards de dollars. "
     "L'entreprise vexO a porté plainte contre zeta.", "fr",
     {("Hooli", "acquires", "zeta"), ("vexO", "sues", "zeta")}),
    # between commas after a description
    ("Le nom de sa startup, zeta, posait problème. Globex a racheté zeta.", "fr", {("Globex", "acquires", "zeta")}),
    # right after a description
    ("The startup kiro raised $5 million from Globex.", "en", {("Globex", "invests-in", "kiro")}),
    ("Hooli is buying kiro, the startup founded by Jane Doe, for $1 billion.", "en",
     {("Hooli", "acquires", "kiro"), ("Jane Doe", "founded", "kiro")}),
])
def test_lower_case_names_introduced_as_companies(text, lang, expected):
    assert facts(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The startup said on Monday that Globex would invest in it.", "en", {"Globex"}),
    ("La start-up lyonnaise a levé 5 millions auprès de Globex. La société fintech a été rachetée par Hooli.",
     "fr", {"Globex", "Hooli"}),
])
def test_lower_case_words_after_a_description_are_no_names(text, lang, expected):
    assert names(text, lang) == expected


# -- governments -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("The Canadian government will invest $240 million in Globex.", "en",
     {("Canadian government", "invests-in", "Globex")}),
    ("The South Korean government sued Globex.", "en", {("South Korean government", "sues", "Globex")}),
    ("The Government of Canada invested in Globex, and the federal government agreed.", "en",
     {("Government of Canada", "invests-in", "Globex")}),
    ("Globex a levé 200 millions de dollars auprès de nouveaux investisseurs, dont la Caisse de dépôt de Lyon "
     "et le gouvernement du Québec.", "fr",
     {("Caisse de dépôt de Lyon", "invests-in", "Globex"), ("gouvernement du Québec", "invests-in", "Globex")}),
    # the place names the government: no seat of it
    ("Le gouvernement français a porté plainte contre Globex.", "fr", {("gouvernement français", "sues", "Globex")}),
    ("Le gouvernement fédéral canadien a investi dans Globex. Le gouvernement fédéral a salué l'accord.", "fr",
     {("gouvernement fédéral canadien", "invests-in", "Globex")}),
])
def test_a_government_named_by_its_place_is_a_party(text, lang, expected):
    assert facts(text, lang) == expected


# -- products named after their maker --------------------------------------------------------

def _with_makers(text, lang, tmp_path):
    gaz = tmp_path / "makers.json"
    gaz.write_text(json.dumps([{"name": "Globex", "type": "Organization"},
                               {"name": "Hooli", "type": "Organization"}]), encoding="utf-8")
    return {(t.subject, t.predicate, t.object) for t in extract_text(text, lang=lang, gazetteer=str(gaz))}


@pytest.mark.parametrize("text, lang, expected", [
    # a model code, and the codes coordinated after it
    ("Initech bought thousands of Globex XR300 and XR400 chips.", "en",
     {("Globex", "develops", "XR300"), ("Globex", "develops", "XR400")}),
    ("Initech utilisera des centaines de GPU Globex XR300 et XR400.", "fr",
     {("Globex", "develops", "XR300"), ("Globex", "develops", "XR400")}),
    # a name of its own after the maker's: the product is named without it
    ("La première phase sera lancée avec la plateforme Globex Zorvex Vega.", "fr",
     {("Globex", "develops", "Zorvex Vega")}),
    ("Hooli will use the Globex Assistant and Globex Zorvex Pro.", "en",
     {("Globex", "develops", "Globex Assistant"), ("Globex", "develops", "Zorvex Pro")}),
    # a common word needs the maker's name: the product is named whole
    ("Hooli will use the Globex Nimbus Pro.", "en", {("Globex", "develops", "Globex Nimbus Pro")}),
    ("Hooli announced the Hooli Cloud for Retail bundle on Monday.", "en",
     {("Hooli", "develops", "Hooli Cloud for Retail")}),
    ("Hooli a présenté l'assistant Hooli Assistant et le modèle Hooli Nimbus 2.", "fr",
     {("Hooli", "develops", "Hooli Assistant"), ("Hooli", "develops", "Hooli Nimbus 2")}),
    # a unit of the company, a period: no product
    ("Initech signed a partnership with Globex Research.", "en", {("Initech", "partners-with", "Globex Research")}),
    ("Globex Q3 revenue beat estimates, Hooli said.", "en", set()),
])
def test_a_product_named_after_its_maker_is_its_maker_s(text, lang, expected, tmp_path):
    assert _with_makers(text, lang, tmp_path) == expected


# -- lists of institutions, each with its acronym ------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("Le Syndicat national des éditeurs de jeux (SNEJ), la Société des Amis des Machines (SAM) et le Syndicat "
     "des auteurs de logiciels (SAL) ont porté plainte contre Globex.", "fr",
     {("Syndicat national des éditeurs de jeux", "sues", "Globex"), ("Société des Amis des Machines", "sues", "Globex"),
      ("Syndicat des auteurs de logiciels", "sues", "Globex")}),
    ("The Northern Robotics Association (NRA), the Society of Machine Builders (SMB) and the Union of Code "
     "Writers (UCW) have filed a lawsuit against Globex.", "en",
     {("Northern Robotics Association", "sues", "Globex"), ("Society of Machine Builders", "sues", "Globex"),
      ("Union of Code Writers", "sues", "Globex")}),
])
def test_institutions_listed_with_their_acronyms_are_all_parties(text, lang, expected):
    assert facts(text, lang) == expected


# -- where a name ends ---------------------------------------------------------------------------

def test_a_term_s_acronym_after_a_product_is_no_part_of_its_name():
    text = ("Globex and Initech work on ambient clinical intelligence (ACI) tools. Last fall, Globex said "
            "Initech's Nimbus Voice eXperience ACI solution had been integrated.")
    assert ("Initech", "develops", "Nimbus Voice eXperience") in facts(text, "en")
    assert "Nimbus Voice eXperience ACI" not in names(text, "en")


def test_a_department_run_into_its_head_s_name_is_split():
    found = named("Initech will report to Globex Executive Vice President of Cloud & AI Jane Doevski.", "en")
    assert ("Cloud & AI", "Organization") in found and ("Jane Doevski", "Person") in found


def test_a_code_before_a_cue_noun_and_a_dash_is_a_product():
    text = "Initech used 2,000 of Globex’s reduced capability XR800 chips—far fewer than its rivals."
    assert ("Globex", "develops", "XR800") in facts(text, "en")


@pytest.mark.parametrize("text, lang, expected", [
    # a name glued to another by a hyphen is one name, a branch named after its city too
    ("Hooli annonce l'ouverture du NIMBUS-Lyon, son labo. Dirigé par Jeanne Martin, le NIMBUS-Lyon a déjà "
     "recruté 5 chercheurs.", "fr", {"Hooli", "Jeanne Martin", "NIMBUS-Lyon"}),
    ("Vandelay-Kramer invested in Globex on Monday, Globex said.", "en", {"Vandelay-Kramer", "Globex"}),
    # two places, a place's own name, two companies named apart too
    ("The US-China deal and the Paris-Saclay campus helped Globex.", "en", {"US", "China", "Paris-Saclay", "Globex"}),
    ("Globex and Hooli agreed to merge. The Globex-Hooli merger will close in May.", "en", {"Globex", "Hooli"}),
])
def test_hyphenated_names(text, lang, expected):
    assert names(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a series letter ends its sentence: the next sentence is no part of a name
    ("Globex a levé 20 millions d'euros en série B. Le tour a été mené par Hooli.", "fr",
     {("Hooli", "invests-in", "Globex")}),
    ("Globex raised $20 million in Series B. Hooli led the round.", "en", {("Hooli", "invests-in", "Globex")}),
])
def test_a_series_letter_at_a_sentence_end(text, lang, expected):
    assert facts(text, lang) == expected


def test_an_initial_is_still_an_initial():
    assert ("Jane B. Smith", "Person") in named("Globex hired Jane B. Smith in May.", "en")
