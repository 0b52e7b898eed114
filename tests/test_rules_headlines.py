"""Short present-tense sentences in the style of headlines, which the small models misparse:
a trigger verb tagged a plural noun ("Hooli partners with X", "Globex teams up with X"), an
unknown name tagged a plural noun or a place ("Hooli sues X"), and the noun of a light verb
read as a verb ("X fait équipe avec Y", not "équiper").

Made-up names only; each case asserts the exact set of triples of the sentence.
"""
import pytest

from conftest import facts

pytestmark = pytest.mark.slow  # loads the real spaCy models

EN = [
    ("Hooli partners with Initech.", {("Hooli", "partners-with", "Initech")}),
    ("Hooli partners with Initech on AI chips.", {("Hooli", "partners-with", "Initech")}),
    ("Globex teams up with Initech.", {("Globex", "partners-with", "Initech")}),
    ("Globex teamed up with Initech last year.", {("Globex", "partners-with", "Initech")}),
    ("Vandelay snaps up Initech.", {("Vandelay", "acquires", "Initech")}),
    ("Hooli sues Initech over patents.", {("Hooli", "sues", "Initech")}),
    # a place the tables know is no partner, however close to the verb
    ("Texas partners with Initech.", set()),
    # a plural noun stays a noun
    ("Data shows Initech grew.", set()),
]
FR = [
    ("Hooli fait équipe avec Initech.", {("Hooli", "partners-with", "Initech")}),
    ("Hooli a fait équipe avec Initech en 2024.", {("Hooli", "partners-with", "Initech")}),
    ("Hooli et Initech font équipe pour les puces.", {("Hooli", "partners-with", "Initech")}),
    # a team is no partnership
    ("L'équipe de Hooli a rencontré Initech.", set()),
    ("Hooli renforce son équipe avec Jean Dupont.", set()),
]


@pytest.mark.parametrize("text,expected", EN)
def test_english(text, expected):
    assert facts(text, "en") == expected


@pytest.mark.parametrize("text,expected", FR)
def test_french(text, expected):
    assert facts(text, "fr") == expected
