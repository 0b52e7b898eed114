"""Supply, lawsuits and accusations, in English and French.

Made-up names only; each case asserts the exact set of triples of the
predicates it is about, so a wrong direction or an extra fact fails.
"""
import pytest

from conftest import facts, triples

pytestmark = pytest.mark.slow  # loads the real spaCy models


def of(text: str, lang: str, predicates: tuple[str, ...]) -> set[tuple[str, str, str]]:
    return {t for t in facts(text, lang) if t[1] in predicates}


SUPPLY_EN = [
    ("Globex will supply up to 1 million of its chips to Initech.", {("Globex", "supplies", "Initech")}),
    ("Globex provides cloud services to Initech.", {("Globex", "supplies", "Initech")}),
    # the maker of the goods a company uses, relies on or buys
    ("Initech will use Globex's Nimbus cloud services to train its models.", {("Globex", "supplies", "Initech")}),
    ("Initech will use Globex's cloud computing platform Nimbus for its products.",
     {("Globex", "supplies", "Initech")}),
    ("Initech relies on Globex's chip designs.", {("Globex", "supplies", "Initech")}),
    ("Initech buys Globex Systems chips.", {("Globex Systems", "supplies", "Initech")}),
    ("Initech bought chips from Globex.", {("Globex", "supplies", "Initech")}),
    ("Initech claims that it used only 2,000 of Globex's H800 chips.", {("Globex", "supplies", "Initech")}),
    ("By tapping into Globex's chips, Initech gains access to more capacity.", {("Globex", "supplies", "Initech")}),
    ("Big Tech companies which rely on Globex's chip designs, including Initech, had raised concerns.",
     {("Globex", "supplies", "Initech")}),
    ("Globex is a key supplier of Initech.", {("Globex", "supplies", "Initech")}),
    # a company relied on for goods
    ("Initech now relies on Taiwanese foundry Globex to make its chips.", {("Globex", "supplies", "Initech")}),
    ("Initech relies on Globex for its cloud services.", {("Globex", "supplies", "Initech")}),
    # a company bought whose noun says what it makes
    ("Globex acquired the Israeli chip designer Initech for $1 billion.", {("Globex", "acquires", "Initech")}),
    # a deal for goods: the investor provides them, else the partner
    ("Hooli invested $400 million in Initech and has a cloud deal with the company as well.",
     {("Hooli", "supplies", "Initech")}),
    ("Initech has a cloud deal with Globex.", {("Globex", "supplies", "Initech")}),
    # access gained to goods, the verb parsed as the noun's modifier
    ("By teaming up with Globex, Initech gains access to Globex's established cloud capabilities.",
     {("Globex", "supplies", "Initech")}),
    # a product licensed or goods made for use in another company's products
    ("By commercially licensing Nimbus for use in several of Globex's commercial offerings, Initech reaps "
     "significant profit.", {("Initech", "supplies", "Globex")}),
    ("Initech designed the Q9 chip for use in Globex's cars.", {("Initech", "supplies", "Globex")}),
    # goods built or deployed for a company: their maker, else the builder, supplies it
    ("Globex is building data centers for Initech.", {("Globex", "supplies", "Initech")}),
    ("Globex will deploy 10 gigawatts of Hooli systems for Initech's infrastructure.",
     {("Hooli", "supplies", "Initech")}),
]

SUPPLY_FR = [
    ("Globex fournira à Initech une infrastructure cloud.", {("Globex", "supplies", "Initech")}),
    ("Initech s'appuie sur les puces de Globex.", {("Globex", "supplies", "Initech")}),
    ("L'entreprise Initech fait appel aux services cloud de Globex.", {("Globex", "supplies", "Initech")}),
    ("Initech utilise les serveurs de Globex.", {("Globex", "supplies", "Initech")}),
    ("Initech aura accès aux puces de Globex.", {("Globex", "supplies", "Initech")}),
    ("Globex est un fournisseur clé d'Initech.", {("Globex", "supplies", "Initech")}),
    ("Initech s'appuie sur Globex pour son cloud.", {("Globex", "supplies", "Initech")}),
    ("L'an dernier, Vandelay avait accepté de racheter le concepteur néerlandais de puces Initech pour "
     "4 milliards de dollars.", {("Vandelay", "acquires", "Initech")}),
    ("Initech fournit ses puces pour une utilisation dans les voitures de Globex.", {("Initech", "supplies", "Globex")}),
    ("Dans ce cadre, Globex prévoit d'investir 100 milliards de dollars dans la construction de centres de "
     "données géants pour Initech.", {("Globex", "supplies", "Initech")}),
    ("Les deux groupes ont signé une lettre d'intention visant à déployer au moins 10 gigawatts de systèmes "
     "Globex pour l'infrastructure IA de nouvelle génération d'Initech.", {("Globex", "supplies", "Initech")}),
]

NO_SUPPLY = [
    # money is no goods: an investment (read by other rules), never a supply
    ("Globex is providing $30bn for the round.", "en"),
    ("Globex fournira 2 milliards de dollars à Initech.", "fr"),
    # data, shares: no goods
    ("Initech used Hooli's data to train its models.", "en"),
    ("Initech uses Globex to process payments.", "en"),
    ("Initech intends to acquire the shares previously held by investor Globex Ventures.", "en"),
    # a company bought is no goods
    ("Globex acquired the Israeli chip designer Initech for $1 billion.", "en"),
    # the goods' name is not a client
    ("The deal makes Globex a key infrastructure provider in the race to power large AI models.", "en"),
    # funds taken from a company to buy goods: it gave money, no goods
    ("Jean Roux, who used funds from his hedge fund Vandelay to buy chips, hired top talent.", "en"),
    # built for its own staff, or for an amount: no client
    ("Globex is building a data center for $10 billion.", "en"),
    ("Globex construit un centre de recherche pour ses équipes.", "fr"),
    ("Initech acquired Nimbus for use in Globex's cars.", "en"),
]


@pytest.mark.parametrize("text, expected", SUPPLY_EN, ids=[c[0][:50] for c in SUPPLY_EN])
def test_supply_english(text, expected):
    assert of(text, "en", ("supplies", "acquires")) == expected


@pytest.mark.parametrize("text, expected", SUPPLY_FR, ids=[c[0][:50] for c in SUPPLY_FR])
def test_supply_french(text, expected):
    assert of(text, "fr", ("supplies", "acquires")) == expected


@pytest.mark.parametrize("text, lang", NO_SUPPLY, ids=[c[0][:50] for c in NO_SUPPLY])
def test_no_supply(text, lang):
    assert of(text, lang, ("supplies",)) == set()


DISPUTES_EN = [
    ("Globex has filed a lawsuit against Initech, accusing it of illegally scraping user comments.",
     {("Globex", "sues", "Initech"), ("Globex", "accuses", "Initech")}),
    # the allegation of a lawsuit is against its defendants, whoever "she" is
    ("Jane Roe filed a lawsuit against John Doe and Initech last year, alleging that she had been tricked "
     "into selling her stake.",
     {("Jane Roe", "sues", "John Doe"), ("Jane Roe", "sues", "Initech"),
      ("Jane Roe", "accuses", "John Doe"), ("Jane Roe", "accuses", "Initech")}),
    ("Globex alleges Initech stole its designs.", {("Globex", "accuses", "Initech")}),
    # the complaint's plaintiff is the one the article named
    ("Globex sued Initech. The complaint alleges Initech used automated bots to access its content.",
     {("Globex", "sues", "Initech"), ("Globex", "accuses", "Initech")}),
    # "sued to block the buyout": the buyer of the deal told before
    ("Initech agreed to be bought by Globex. The Hooli Commission even sued to block the buyout in December.",
     {("Hooli Commission", "sues", "Globex")}),
    # a fine accuses its target
    ("The regulator Hooli fined Initech 15 million euros.", {("Hooli", "accuses", "Initech")}),
    ("Hooli imposed a fine on Initech.", {("Hooli", "accuses", "Initech")}),
    # "the agency said it fined X": "it" is the agency, which names no one
    ("MILAN (Reuters) - The data protection agency said on Friday it fined Initech 15 million euros.", set()),
]

DISPUTES_FR = [
    ("Globex a porté plainte contre Initech.", {("Globex", "sues", "Initech")}),
    ("L'entreprise Globex a déposé plainte contre Initech pour usurpation de marque.",
     {("Globex", "sues", "Initech")}),
    ("Globex et Hooli assignent Initech en justice.", {("Globex", "sues", "Initech"), ("Hooli", "sues", "Initech")}),
    ("Globex reproche à Initech d'avoir utilisé ses données.", {("Globex", "accuses", "Initech")}),
    ("L'Autorité Hooli a infligé une amende de 250 millions d'euros à Initech.",
     {("Autorité Hooli", "accuses", "Initech")}),
    # "au géant américain": a description after a contracted article is definite
    ("L'Autorité Vandelay ne lâche pas Globex. Mercredi, elle a infligé une amende de 250 millions d'euros "
     "au géant américain, l'accusant de ne pas avoir respecté ses engagements.",
     {("Autorité Vandelay", "accuses", "Globex")}),
    ("La start-up Globex accuse son homologue chinoise, Initech, d'avoir copié son modèle.",
     {("Globex", "accuses", "Initech")}),
    ("Globex a porté plainte contre Initech et Hooli, les accusant de contrefaçon.",
     {("Globex", "sues", "Initech"), ("Globex", "sues", "Hooli"),
      ("Globex", "accuses", "Initech"), ("Globex", "accuses", "Hooli")}),
]


@pytest.mark.parametrize("text, expected", DISPUTES_EN, ids=[c[0][:50] for c in DISPUTES_EN])
def test_disputes_english(text, expected):
    assert of(text, "en", ("sues", "accuses")) == expected


@pytest.mark.parametrize("text, expected", DISPUTES_FR, ids=[c[0][:50] for c in DISPUTES_FR])
def test_disputes_french(text, expected):
    assert of(text, "fr", ("sues", "accuses")) == expected


def test_dispute_constructions_are_named():
    rules = {t.extractor for t in triples("Globex has filed a lawsuit against Initech, accusing it of fraud. "
                                          "Initech agreed to be bought by Hooli. The Vandelay Commission sued "
                                          "to block the merger.", "en") if t.predicate in ("sues", "accuses")}
    assert {"rules.en.verb.lawsuit-allegation", "rules.en.verb.sues-to-block"} <= rules


def test_goods_are_not_owned_companies():
    found = facts("By tapping into Globex's TPUs, Initech gains access to more capacity.", "en")
    assert found == {("Globex", "supplies", "Initech")}
