"""Deals told in the shapes real news uses: sales in the passive, a deal to be bought,
a company named after it was described, goods bought from a maker, groups named by
a plural description. One sentence or two each, made-up names, exact sets of facts."""
import pytest

from conftest import facts

pytestmark = pytest.mark.slow  # loads the real spaCy models

CASES = [
    # a place that modifies a description is no name of it
    ("en", "Globex makes robots. Two years ago the American group bought Initech, a maker of sensors.",
     {("Globex", "based-in", "United States"), ("Globex", "acquires", "Initech")}),
    ("fr", "Le groupe américain Globex a racheté Initech.",
     {("Globex", "based-in", "United States"), ("Globex", "acquires", "Initech")}),
    # a sale in the passive: the buyer after "to" / "à"
    ("en", "Initech was sold to Globex in the summer.", {("Globex", "acquires", "Initech")}),
    ("fr", "Initech a été cédée à Globex en 2020.", {("Globex", "acquires", "Initech")}),
    # a deal to be bought: the party is the subject of the verb that governs the deal
    ("en", "Initech announced that it had signed an agreement to be acquired by Globex.",
     {("Globex", "acquires", "Initech")}),
    ("fr", "Initech a annoncé avoir signé un accord pour être rachetée par Globex.",
     {("Globex", "acquires", "Initech")}),
    # an indefinite description named in a sentence after it
    ("en", "Globex is acquiring a small drone startup for $40 million. The startup, Initech, was founded in 2019.",
     {("Globex", "acquires", "Initech")}),
    ("fr", "Globex rachète une jeune pousse spécialisée dans les drones. La jeune pousse, Initech, emploie 40 personnes.",
     {("Globex", "acquires", "Initech")}),
    # goods bought from their maker are a supply, never an acquisition of the maker
    ("en", "Globex buys servers from Initech.", {("Initech", "supplies", "Globex")}),
    ("en", "Globex buys Initech's servers.", {("Initech", "supplies", "Globex")}),
    ("fr", "Globex achète des puces à Initech.", {("Initech", "supplies", "Globex")}),
    ("fr", "Globex achète les serveurs d'Initech.", {("Initech", "supplies", "Globex")}),
    # a plural description names the group of the two most salient companies
    ("en", "Globex sued Initech and Hooli, accusing the companies of copying its designs.",
     {("Globex", "sues", "Initech"), ("Globex", "sues", "Hooli"),
      ("Globex", "accuses", "Initech"), ("Globex", "accuses", "Hooli")}),
    ("en", "Globex agreed to invest in Initech. The companies plan to partner on data centres.",
     {("Globex", "invests-in", "Initech"), ("Globex", "partners-with", "Initech")}),
    ("fr", "Globex a investi dans Initech. Les entreprises vont collaborer sur des centres de données.",
     {("Globex", "invests-in", "Initech"), ("Globex", "partners-with", "Initech")}),
    # a partner named through the group it is made of
    ("en", "Hooli has already partnered with delivery fleets from Globex and Initech.",
     {("Hooli", "partners-with", "Globex"), ("Hooli", "partners-with", "Initech")}),
    ("fr", "Hooli a noué un partenariat avec des équipes de Globex et d'Initech.",
     {("Hooli", "partners-with", "Globex"), ("Hooli", "partners-with", "Initech")}),
    # a product named further on in its noun phrase ("baptisé", "called")
    ("fr", "Avant ce rachat, Globex avait déjà lancé son propre modèle d'IA open source baptisé Nimbus.",
     {("Globex", "develops", "Nimbus")}),
    ("en", "Globex released a new open model of its own called Nimbus.", {("Globex", "develops", "Nimbus")}),
    # nominal launches, with a maker of their own only
    ("en", "Globex's release of Nimbus surprised analysts.", {("Globex", "develops", "Nimbus")}),
    ("fr", "Depuis le lancement de Nimbus par Globex en 2023, les ventes ont doublé.",
     {("Globex", "develops", "Nimbus")}),
    ("en", "After the launch of Nimbus, Globex hired 300 people.", set()),
    # the company behind a product
    ("en", "Globex, the startup behind Nimbus, raised $10 million.", {("Globex", "develops", "Nimbus")}),
    ("en", "Globex fired its chief. The company behind the hugely popular Nimbus announced a transition.",
     {("Globex", "develops", "Nimbus")}),
    ("fr", "Globex, la start-up derrière Nimbus, a levé 10 millions d'euros.", {("Globex", "develops", "Nimbus")}),
]


@pytest.mark.slow
@pytest.mark.parametrize("lang, text, expected", CASES)
def test_deal_construction(lang, text, expected):
    assert facts(text, lang) == expected
