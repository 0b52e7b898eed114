"""Investments and acquisitions told in other words than "invest" and "acquire", with the
real models: money put into a company, stakes, rounds told by their relative clause,
investor lists closed by a reporting clause, acquisitions named by a pronoun.

Each case asserts the EXACT set of triples; the names are made up.
"""
import pytest

from conftest import facts


def inv(investors, company):
    return {(i, "invests-in", company) for i in investors}


EN = [
    # money put into a company: "pour billions into", "commit $1bn to", "put $10m into"
    ("Globex is pouring billions into Initech and is working on its chips.", inv(["Globex"], "Initech")),
    ("Initech raised $40 million. Globex committed $10 million to the startup.", inv(["Globex"], "Initech")),
    ("Hooli Labs started in 2015. Jane Doe and Paul Martin committed at least $1 billion to the nonprofit.",
     inv(["Jane Doe", "Paul Martin"], "Hooli Labs")),
    # ... not goods counted in millions, nor money put into one's own business or into building
    ("Globex will supply up to 1 million of its chips to Initech.", {("Globex", "supplies", "Initech")}),
    ("Globex is pouring money into its cloud business.", set()),
    ("Globex committed $500 million to building data centers.", set()),
    # money invested in a partnership goes to the partner
    ("Globex agreed to invest $1 billion in a partnership with research group Initech.",
     inv(["Globex"], "Initech") | {("Globex", "partners-with", "Initech")}),
    # "the investment goes to Y": the investor is the one the article told of
    ("Globex agreed to invest $1 billion in Initech. The $1 billion investment goes to the for-profit arm, "
     "Vandelay Labs, Initech said.", inv(["Globex"], "Initech") | inv(["Globex"], "Vandelay Labs")),
    # a noun the verb's form modifies is no verb ("Initech's funding needs")
    ("A deal with Globex is a quick solution to Initech's funding needs.", set()),
]

FR = [
    ("En plus de mettre 4,5 millions de dollars dans Initech, Globex a créé une division.",
     inv(["Globex"], "Initech")),
    ("Globex a injecté des milliards dans Initech.", inv(["Globex"], "Initech")),
    ("Globex mettra 10 millions d'euros dans Initech.", inv(["Globex"], "Initech")),
    ("Globex a injecté des milliards dans ses propres centres de données.", set()),
    ("Globex va investir 1 milliard de dollars dans un partenariat avec la start-up Initech.",
     inv(["Globex"], "Initech") | {("Globex", "partners-with", "Initech")}),
    ("Globex a investi 1 milliard dans Initech. L'investissement ira à Vandelay Labs.",
     inv(["Globex"], "Initech") | inv(["Globex"], "Vandelay Labs")),
]


@pytest.mark.parametrize("text,expected", EN)
def test_en(text, expected):
    assert facts(text, "en") == expected


@pytest.mark.parametrize("text,expected", FR)
def test_fr(text, expected):
    assert facts(text, "fr") == expected
