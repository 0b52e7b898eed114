"""Supply, lawsuits and accusations, in English and French.

Made-up names only; each case asserts the exact set of triples of the
predicates it is about, so a wrong direction or an extra fact fails.
"""
import pytest

from conftest import facts, triples


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
    # a deal for goods: the investor provides them, else the partner
    ("Hooli invested $400 million in Initech and has a cloud deal with the company as well.",
     {("Hooli", "supplies", "Initech")}),
    ("Initech has a cloud deal with Globex.", {("Globex", "supplies", "Initech")}),
]

SUPPLY_FR = [
    ("Globex fournira à Initech une infrastructure cloud.", {("Globex", "supplies", "Initech")}),
    ("Initech s'appuie sur les puces de Globex.", {("Globex", "supplies", "Initech")}),
    ("L'entreprise Initech fait appel aux services cloud de Globex.", {("Globex", "supplies", "Initech")}),
    ("Initech utilise les serveurs de Globex.", {("Globex", "supplies", "Initech")}),
    ("Initech aura accès aux puces de Globex.", {("Globex", "supplies", "Initech")}),
    ("Globex est un fournisseur clé d'Initech.", {("Globex", "supplies", "Initech")}),
]

NO_SUPPLY = [
    # money is no goods: an investment (read by other rules), never a supply
    ("Globex is providing $30bn for the round.", "en"),
    ("Globex fournira 2 milliards de dollars à Initech.", "fr"),
    # data, shares: no goods
    ("Initech used Hooli's data to train its models.", "en"),
    ("Initech intends to acquire the shares previously held by investor Globex Ventures.", "en"),
    # the goods' name is not a client
    ("The deal makes Globex a key infrastructure provider in the race to power large AI models.", "en"),
]


@pytest.mark.parametrize("text, expected", SUPPLY_EN, ids=[c[0][:50] for c in SUPPLY_EN])
def test_supply_english(text, expected):
    assert of(text, "en", ("supplies", "acquires")) == expected


@pytest.mark.parametrize("text, expected", SUPPLY_FR, ids=[c[0][:50] for c in SUPPLY_FR])
def test_supply_french(text, expected):
    assert of(text, "fr", ("supplies", "acquires")) == expected


@pytest.mark.parametrize("text, lang", NO_SUPPLY, ids=[c[0][:50] for c in NO_SUPPLY])
def test_no_supply(text, lang):
    assert of(text, lang, ("supplies", "acquires")) == set()
