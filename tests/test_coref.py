"""Coreference of descriptions and pronouns, across sentences (extractors/coref.py).

Each test is a short made-up article; the exact set of triples is asserted, so a
description bound to the wrong company fails as surely as one left unbound.
"""
import pytest

from conftest import facts as _facts

pytestmark = pytest.mark.slow  # loads the real spaCy models

_SYMMETRIC = {"partners-with", "competes-with"}


def _fold(found) -> set[tuple[str, str, str]]:
    """A symmetric fact written once, its names in alphabetical order."""
    return {(min(s, o), p, max(s, o)) if p in _SYMMETRIC else (s, p, o) for s, p, o in found}


def facts(text: str, lang: str) -> set[tuple[str, str, str]]:
    return _fold(_facts(text, lang))


# -- an article opening on an indefinite description, named in the next sentence --------

def test_lede_description_is_the_name_of_the_next_sentence_en():
    text = ("A British robotics startup that builds warehouse arms has secured $200 million in new funding. "
            "Initech has announced a Series B round led by Globex, along with Hooli.")
    assert facts(text, "en") == _fold({
        ("Initech", "based-in", "United Kingdom"),
        ("Globex", "invests-in", "Initech"),
        ("Hooli", "invests-in", "Initech"),
    })


def test_lede_description_with_a_parenthesised_acronym_en():
    text = ("A German artificial intelligence (AI) startup that builds payroll tools has raised $50 million, "
            "its founders said. Initech said the round was led by Contoso Capital.")
    assert facts(text, "en") == _fold({
        ("Initech", "based-in", "Germany"),
        ("Contoso Capital", "invests-in", "Initech"),
    })
    text = ("An Israeli chip startup that designs inference accelerators has secured $80 million in backing. "
            "Initech has announced a Series A round led by Globex Ventures.")
    assert facts(text, "en") == _fold({
        ("Initech", "based-in", "Israel"),
        ("Globex Ventures", "invests-in", "Initech"),
    })


def test_no_lede_when_a_company_was_named_first_en():
    # the description may be Globex or another company: no guess
    text = ("Globex reported strong sales on Monday. A German software startup has raised $50 million. "
            "Initech said the round was led by Contoso Capital.")
    assert ("Initech", "based-in", "Germany") not in facts(text, "en")
    assert ("Globex", "based-in", "Germany") not in facts(text, "en")


def test_lede_description_is_the_name_of_the_next_sentence_fr():
    text = ("Une start-up française spécialisée dans la robotique a levé 200 millions d'euros. "
            "Initech a annoncé un tour de table mené par Globex et Hooli.")
    assert facts(text, "fr") == _fold({
        ("Initech", "based-in", "France"),
        ("Globex", "invests-in", "Initech"),
        ("Hooli", "invests-in", "Initech"),
    })


# -- a definite startup never named before: the one the article later gives founders ----

def test_definite_startup_named_later_by_its_founders_en():
    text = ("Just a month after its founding, the French generative AI startup is reportedly close to closing "
            "a new $100 million investment deal. Sources say Globex Capital is leading the round, with Hooli "
            "and Umbrella committing another $50 million. As part of the deal, Initech's three co-founders "
            "Jeanne Martin, Paul Durand and Marc Petit will each sell shares.")
    assert facts(text, "en") == _fold({
        ("Initech", "based-in", "France"),
        ("Globex Capital", "invests-in", "Initech"),
        ("Hooli", "invests-in", "Initech"),
        ("Umbrella", "invests-in", "Initech"),
        ("Jeanne Martin", "founded", "Initech"),
        ("Paul Durand", "founded", "Initech"),
        ("Marc Petit", "founded", "Initech"),
    })


def test_definite_startup_not_bound_when_two_later_candidates_en():
    text = ("Just a month after its founding, the French generative AI startup is reportedly close to closing "
            "a new $100 million investment deal. Initech's co-founder Jeanne Martin declined to comment. "
            "Hooli's co-founder Paul Durand did not reply.")
    assert facts(text, "en") == _fold({
        ("Jeanne Martin", "founded", "Initech"),
        ("Paul Durand", "founded", "Hooli"),
    })


# -- a description the article names: "known as", "dubbed", "appelé" --------------------

def test_agency_named_later_with_known_as_en():
    text = ("Spain's data protection agency said on Friday it fined Nimbus maker Initech 10 million euros. "
            "The watchdog found that Initech had broken privacy rules. "
            "Spain's authority, known as Vigilox, is one of Europe's strictest regulators.")
    assert facts(text, "en") == _fold({
        ("Vigilox", "accuses", "Initech"),
        ("Vigilox", "based-in", "Spain"),
        ("Initech", "develops", "Nimbus"),
    })


def test_fund_is_the_partnership_the_article_dubbed_en():
    # "the fund" is the named vehicle, not one of the companies that set it up
    text = ("Globex, Hooli and Initech are partnering on a new infrastructure fund. "
            "The new partnership—dubbed the Global Compute Partnership—will pool capital from pension funds. "
            "Hooli is investing in the fund, though the companies declined to say how much.")
    assert facts(text, "en") == _fold({
        ("Globex", "partners-with", "Hooli"),
        ("Globex", "partners-with", "Initech"),
        ("Hooli", "partners-with", "Initech"),
        ("Hooli", "invests-in", "Global Compute Partnership"),
    })


def test_regulator_named_with_appele_fr():
    text = ("Le régulateur espagnol des données a sanctionné Initech vendredi. "
            "Ce gendarme, appelé Vigilox, est l'un des plus actifs d'Europe.")
    assert facts(text, "fr") == _fold({
        ("Vigilox", "accuses", "Initech"),
        ("Vigilox", "based-in", "Spain"),
    })


def test_agency_unnamed_stands_for_no_company_fr():
    text = "L'autorité espagnole de la concurrence a sanctionné Initech vendredi. Globex a racheté Hooli."
    assert facts(text, "fr") == {("Globex", "acquires", "Hooli")}


# -- "the startup" prefers the company the article funds ---------------------------------

def test_startup_is_the_funded_company_not_the_investor_en():
    text = ("According to the Financial Times, Globex is about to invest $1 billion in Initech. "
            "Globex has also been building its own chips. "
            "The startup competes with its rivals Hooli and Vandelay.")
    assert facts(text, "en") == _fold({
        ("Globex", "invests-in", "Initech"),
        ("Initech", "competes-with", "Hooli"),
        ("Initech", "competes-with", "Vandelay"),
    })


def test_startup_is_the_funded_company_not_the_investor_fr():
    text = ("Selon le Financial Times, Globex serait sur le point d'investir 1 milliard de dollars dans Initech. "
            "Globex développe aussi ses propres puces. "
            "La start-up est en forte concurrence avec ses rivaux Hooli et Vandelay.")
    assert facts(text, "fr") == _fold({
        ("Globex", "invests-in", "Initech"),
        ("Initech", "competes-with", "Hooli"),
        ("Initech", "competes-with", "Vandelay"),
    })


def test_startup_after_a_fronted_phrase_is_no_apposition_fr():
    # "sur Contoso, la jeune pousse a évoqué": Contoso is where it posted, not a startup;
    # "la société" is the startup of the sentence before
    text = ("Initech, une jeune pousse française, a levé 20 millions d'euros auprès de Globex. "
            "Dans un post publié sur Contoso, la jeune pousse a simplement évoqué des différences "
            "opérationnelles. Seuls deux fondateurs restent : Jeanne Martin, la directrice technique, "
            "et Paul Durand, le patron de la société.")
    assert facts(text, "fr") == _fold({
        ("Initech", "based-in", "France"),
        ("Globex", "invests-in", "Initech"),
        ("Paul Durand", "leads", "Initech"),
    })


# -- object pronouns and clitics ------------------------------------------------------------

def test_object_clitic_stands_for_the_article_company_fr():
    text = ("Initech a levé 385 millions d'euros auprès de Globex. "
            "La presse américaine la cite déjà comme un rival de Hooli.")
    assert facts(text, "fr") == _fold({
        ("Globex", "invests-in", "Initech"),
        ("Initech", "competes-with", "Hooli"),
    })


def test_object_pronoun_is_not_its_own_clause_subject_en():
    text = "Initech raised $50 million last year from Hooli. Globex agreed to buy it on Monday."
    assert facts(text, "en") == _fold({
        ("Hooli", "invests-in", "Initech"),
        ("Globex", "acquires", "Initech"),
    })


def test_the_group_that_invested_is_the_subject_fr():
    # "le groupe" is Globex; what it invested in is the company the round is for
    text = ("Une levée de fonds se prépare pour Initech. "
            "Globex s'y intéresse à son tour, bien que le groupe ait déjà investi des milliards de dollars.")
    assert facts(text, "fr") == {("Globex", "invests-in", "Initech")}


# -- a description with its founders as a complement --------------------------------------

def test_company_founded_by_a_list_is_the_article_startup_fr():
    text = ("Initech a indiqué mardi avoir levé 1,7 milliard d'euros. "
            "L'opération a été souscrite par le géant néerlandais Globex, qui indique avoir pris 11 % du "
            "capital de la start-up. Plusieurs investisseurs historiques de l'entreprise fondée en 2023 par "
            "Jeanne Martin, Paul Durand et Marc Petit ont également participé au tour de table, dont Hooli "
            "et Vandelay.")
    assert facts(text, "fr") == _fold({
        ("Globex", "invests-in", "Initech"),
        ("Globex", "based-in", "Netherlands"),
        ("Jeanne Martin", "founded", "Initech"),
        ("Paul Durand", "founded", "Initech"),
        ("Marc Petit", "founded", "Initech"),
        ("Hooli", "invests-in", "Initech"),
        ("Vandelay", "invests-in", "Initech"),
    })


# -- an indefinite description named in the next sentence, past a dateline ---------------

def test_dateline_is_no_subject_and_startup_named_next_en():
    text = ("[LONDON] Yet another deal has landed: Globex, a software unicorn backed by Hooli, Initech and "
            "Contoso, is buying a robotics startup for $1.3 billion. "
            "The startup, Vandelay Robotics, is a nascent challenger to Nimbus maker Umbrella.")
    assert facts(text, "en") == _fold({
        ("Hooli", "invests-in", "Globex"),
        ("Initech", "invests-in", "Globex"),
        ("Contoso", "invests-in", "Globex"),
        ("Globex", "acquires", "Vandelay Robotics"),
        ("Vandelay Robotics", "competes-with", "Umbrella"),
        ("Umbrella", "develops", "Nimbus"),
    })


def test_indefinite_description_named_next_fr():
    text = ("Globex rachète une jeune pousse spécialisée dans la robotique. "
            "La jeune pousse, Initech, est une rivale de Hooli.")
    assert facts(text, "fr") == _fold({
        ("Globex", "acquires", "Initech"),
        ("Initech", "competes-with", "Hooli"),
    })


# -- a denial outweighs the speculation it reports ------------------------------------------

def test_denied_fact_is_not_made_by_its_speculation_en():
    text = ("Globex is not investing in Initech, people familiar with the matter said, after weeks of "
            "speculation that the phone maker would join the company's latest funding round.")
    assert ("Globex", "invests-in", "Initech") not in facts(text, "en")
