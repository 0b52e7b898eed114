"""Lists of names and who invests (extractors/rules/lists.py), with the real models.

Each case asserts the EXACT set of triples, so a list that swallows a name
from another clause fails as surely as one that loses a member. The names are

pytestmark = pytest.mark.slow  # loads the real spaCy models
made up (Globex, Initech, Hooli, Umbrella, Vandelay, Contoso, Jeanne Martin...).
"""
import pytest

from conftest import facts, triples


def inv(investors, company):
    return {(i, "invests-in", company) for i in investors}


def fnd(founders, company):
    return {(f, "founded", company) for f in founders}


FOUR = ["Globex", "Initech", "Umbrella", "Vandelay"]
THREE = FOUR[:3]

EN = [
    # every member of a list, whatever the parse made of it
    ("Hooli raised $40 million with participation from Globex, Initech, Umbrella and Vandelay.", inv(FOUR, "Hooli")),
    ("Hooli raised $40 million. Globex, Initech and Umbrella also invested.", inv(THREE, "Hooli")),
    ("Hooli raised $40 million in a round led by Globex. Initech, Umbrella and Vandelay also participated.",
     inv(FOUR, "Hooli")),
    ("Globex led the round in Hooli and was joined by Initech and Umbrella.", inv(THREE, "Hooli")),
    ("Globex invested $10 million in Hooli alongside Initech.", inv(["Globex", "Initech"], "Hooli")),
    ("Globex invested in Hooli along with Initech and existing investor Umbrella.", inv(THREE, "Hooli")),
    ("Hooli has raised $970 million from investors such as Globex, Initech and Umbrella.", inv(THREE, "Hooli")),
    ("Backed by prominent investors such as Globex, Initech, Umbrella and Vandelay Capital, Hooli has raised "
     "$900 million to date.", inv(["Globex", "Initech", "Umbrella", "Vandelay Capital"], "Hooli")),
    ("Hooli is backed by Globex, Initech and Umbrella.", inv(THREE, "Hooli")),
    ("Hooli raised $50 million in a round led by Globex and Initech, with Umbrella, Vandelay and Contoso also "
     "taking part.", inv(FOUR + ["Contoso"], "Hooli")),
    ("Hooli raised $50 million in a round led by Globex and Initech, with Umbrella, Vandelay and Contoso "
     "kicking in.", inv(FOUR + ["Contoso"], "Hooli")),
    ("Hooli raised $40 million. Globex is leading the round with a $20 million investment, with Initech and "
     "Umbrella committing another $10 million.", inv(THREE, "Hooli")),
    ("Hooli announced a $90 million round led by Globex, along with Initech and existing investor Umbrella.",
     inv(THREE, "Hooli")),
    # members with their own apposition or possessive
    ("Hooli raised $50 million. The round was led by Globex, a venture firm headed by Jane Doe, with "
     "participation from Initech, Umbrella and Vandelay.", inv(FOUR, "Hooli") | {("Jane Doe", "leads", "Globex")}),
    ("Hooli raised $50 million. Other backers include Globex, which has already invested $1 billion in the "
     "startup, and Initech, the chipmaker whose processors power the industry.", inv(["Globex", "Initech"], "Hooli")),
    ("Hooli raised $50 million from Globex's venture capital division.", inv(["Globex"], "Hooli")),
    ("Hooli raised $50 million. Other backers include Globex's venture arm, Initech and Umbrella.",
     inv(THREE, "Hooli")),
    ("Jane Doe-backed Vandelay Ventures invested in Hooli.",
     {("Jane Doe", "invests-in", "Vandelay Ventures"), ("Vandelay Ventures", "invests-in", "Hooli")}),
    # people as founders
    ("Hooli was founded by Jane Doe, Paul Martin and Anne Brown.", fnd(["Jane Doe", "Paul Martin", "Anne Brown"], "Hooli")),
    ("Hooli's three co-founders, Jane Doe, Paul Martin and Anne Brown, left in May.",
     fnd(["Jane Doe", "Paul Martin", "Anne Brown"], "Hooli")),
    ("Hooli was founded by Dario and Daniela Amodei.", fnd(["Dario Amodei", "Daniela Amodei"], "Hooli")),
    ("Two of Hooli's co-founders, chief executive Jane Doe and researcher Paul Martin, will stay.",
     fnd(["Jane Doe", "Paul Martin"], "Hooli") | {("Jane Doe", "leads", "Hooli")}),
    ("Hooli, founded by Jane Doe and Paul Martin, raised $50 million from Globex.",
     fnd(["Jane Doe", "Paul Martin"], "Hooli") | inv(["Globex"], "Hooli")),
    # "including" lists and copulas
    ("Hooli raised $50 million. Several investors joined the round, including Globex, Initech and Umbrella.",
     inv(THREE, "Hooli")),
    ("Hooli's investors include Globex, Initech and Umbrella.", inv(THREE, "Hooli")),
    ("Among Hooli's investors are Globex, Initech and Umbrella.", inv(THREE, "Hooli")),
    ("Hooli raised $20 million from Globex (GBX), Initech and Umbrella.", inv(THREE, "Hooli")),
    ("Hooli raised $50 million from Globex, Initech, and Umbrella, the company said.", inv(THREE, "Hooli")),
    ("Hooli raised $5 million from Jane Doe, Paul Martin and Globex.", inv(["Jane Doe", "Paul Martin", "Globex"], "Hooli")),
    # lists before the verb
    ("Globex, the chipmaker, and Initech invested in Hooli.", inv(["Globex", "Initech"], "Hooli")),
    ("Jane Doe, Paul Martin and Anne Brown founded Hooli in 2019.", fnd(["Jane Doe", "Paul Martin", "Anne Brown"], "Hooli")),
    ("Globex, Initech and Umbrella, three large funds, invested in Hooli.", inv(THREE, "Hooli")),
    ("In 2020, Globex and Initech invested in Hooli.", inv(["Globex", "Initech"], "Hooli")),
    ("Globex and Initech's venture arm invested in Hooli.", inv(["Globex", "Initech"], "Hooli")),
    ("Hooli raised $50 million. Globex, Initech and Umbrella each put $10 million into the round.", inv(THREE, "Hooli")),
    ("Hooli raised $30 million. Globex, Initech and Umbrella each contributed $10 million.", inv(THREE, "Hooli")),
    ("Hooli raised another $30 million led by Globex.", inv(["Globex"], "Hooli")),
    ("Vandelay Capital, LLC invested in Hooli.", inv(["Vandelay Capital"], "Hooli")),
    ("Vandelay Ventures, LLC joined the latest financing round for the startup Hooli.", inv(["Vandelay Ventures"], "Hooli")),
    # direction
    ("Hooli raised $50 million from Globex.", inv(["Globex"], "Hooli")),
    ("Hooli is raising $40 billion. Globex is providing $30 billion for the round.", inv(["Globex"], "Hooli")),
    ("Hooli is raising $40 billion. Globex will contribute $10 billion to the round.", inv(["Globex"], "Hooli")),
    ("Hooli is raising $40 billion. Globex committed $10 billion to the round.", inv(["Globex"], "Hooli")),
    ("Hooli raised $40 billion. Globex put $10 billion into the round.", inv(["Globex"], "Hooli")),
    ("Hooli raised $40 billion. Globex joined the round.", inv(["Globex"], "Hooli")),
    ("Globex participated in the funding of Hooli.", inv(["Globex"], "Hooli")),
    # the funded company of a round told earlier
    ("Hooli raised $50 million on Monday. The round was led by Globex.", inv(["Globex"], "Hooli")),
]

FR = [
    ("Hooli a levé 40 millions d'euros avec la participation de Globex, Initech, Umbrella et Vandelay.",
     inv(FOUR, "Hooli")),
    ("Globex a investi 10 millions d'euros dans Hooli aux côtés de Initech et Umbrella.", inv(THREE, "Hooli")),
    ("Hooli a levé 40 millions d'euros auprès de Globex, Initech et Umbrella.", inv(THREE, "Hooli")),
    ("Hooli a levé 40 millions d'euros auprès de plusieurs investisseurs, parmi lesquels Globex, Initech et "
     "Umbrella.", inv(THREE, "Hooli")),
    ("Plusieurs investisseurs ont participé au tour de table de Hooli, dont Globex, Initech et Umbrella.",
     inv(THREE, "Hooli")),
    ("Parmi les investisseurs de Hooli figurent Globex, Initech et Umbrella.", inv(THREE, "Hooli")),
    ("Hooli a levé 50 millions d'euros. L'opération a été menée par Globex, avec Initech et Umbrella en co-lead.",
     inv(THREE, "Hooli")),
    ("Hooli a levé 50 millions d'euros. Globex, Initech et Umbrella ont également participé.", inv(THREE, "Hooli")),
    ("Hooli a levé 50 millions d'euros auprès d'investisseurs comme Globex, Initech et Umbrella.",
     inv(THREE, "Hooli")),
    ("Hooli a annoncé une série B de 90 millions d'euros. Elle a mobilisé plusieurs investisseurs, avec des "
     "fonds comme Globex ou Initech.", inv(["Globex", "Initech"], "Hooli")),
    ("Hooli a levé 50 millions d'euros auprès de la division capital-risque de Globex.", inv(["Globex"], "Hooli")),
    # people as founders
    ("Hooli a été fondée par Jeanne et Paul Martin.", fnd(["Jeanne Martin", "Paul Martin"], "Hooli")),
    ("Hooli a été fondée en 2020 par Jeanne Martin, Paul Durand et Anne Petit.",
     fnd(["Jeanne Martin", "Paul Durand", "Anne Petit"], "Hooli")),
    ("Hooli a été fondée en 2020 par Jeanne Martin. Ses trois cofondateurs, Jeanne Martin, Paul Durand et "
     "Anne Petit, viennent de Globex.", fnd(["Jeanne Martin", "Paul Durand", "Anne Petit"], "Hooli")),
    ("Selon Globex, deux des cofondateurs de Hooli, le PDG Jean Dupont et la chercheuse Anne Petit, restent.",
     fnd(["Jean Dupont", "Anne Petit"], "Hooli") | {("Jean Dupont", "leads", "Hooli")}),
    ("Hooli a levé 50 millions d'euros. Les investisseurs historiques de l'entreprise fondée en 2021 par "
     "Jeanne Martin, Paul Durand et Anne Petit ont aussi participé, dont Globex et Initech.",
     fnd(["Jeanne Martin", "Paul Durand", "Anne Petit"], "Hooli") | inv(["Globex", "Initech"], "Hooli")),
    ("Hooli a levé 50 millions d'euros. Plusieurs fonds ont rejoint le tour de table, notamment Globex et Initech.",
     inv(["Globex", "Initech"], "Hooli")),
    ("Les investisseurs de Hooli sont Globex, Initech et Umbrella.", inv(THREE, "Hooli")),
    ("Hooli a levé 50 millions d'euros auprès de Globex, de Initech et de Umbrella.", inv(THREE, "Hooli")),
    # lists before the verb
    ("Globex, Initech ou Umbrella pourraient investir dans Hooli.", inv(THREE, "Hooli")),
    ("Jeanne et Paul Martin ont fondé Hooli en 2019.", fnd(["Jeanne Martin", "Paul Martin"], "Hooli")),
    ("Selon Reuters, Globex et Initech ont investi dans Hooli.", inv(["Globex", "Initech"], "Hooli")),
    ("Globex, qui fabrique des puces, et Initech ont investi dans Hooli.", inv(["Globex", "Initech"], "Hooli")),
    ("Hooli a levé 30 millions d'euros. Globex, Initech et Umbrella ont chacun apporté 10 millions d'euros.",
     inv(THREE, "Hooli")),
    ("Hooli a levé 50 millions d'euros menés par Globex.", inv(["Globex"], "Hooli")),
    ("En 2019, Hooli avait réussi à recueillir 200 millions de dollars avec l'appui de nouveaux investisseurs, "
     "dont Globex et Initech.", inv(["Globex", "Initech"], "Hooli")),
    # direction and rounds told earlier
    ("Hooli a levé 50 millions d'euros. Globex apporte 30 millions d'euros au tour de table.", inv(["Globex"], "Hooli")),
    ("Globex a rejoint le tour de table de Hooli.", inv(["Globex"], "Hooli")),
    ("Globex a participé au financement de Hooli.", inv(["Globex"], "Hooli")),
    ("Hooli a levé 50 millions d'euros. Le tour de table a été mené par Globex.", inv(["Globex"], "Hooli")),
]

# a list must not swallow names from another clause
PRECISION_EN = [
    ("Globex bought Initech, Hooli said.", {("Globex", "acquires", "Initech")}),
    ("Hooli raised $50 million from Globex, the Paris-based fund.",
     {("Globex", "invests-in", "Hooli"), ("Globex", "based-in", "Paris")}),
    ("Globex acquired Initech, the maker of the Nimbus chatbot, and Umbrella.",
     {("Globex", "acquires", "Initech"), ("Globex", "acquires", "Umbrella"), ("Initech", "develops", "Nimbus")}),
    ("Globex invested in Hooli with Initech's blessing.", inv(["Globex"], "Hooli")),
    ("Hooli raised $10 million. Globex said on Monday it was hiring.", set()),
    ("Hooli raised $40 million. Globex also invested in Initech.", inv(["Globex"], "Initech")),
    ("Globex invested in Hooli, Initech and Umbrella last year.",
     {("Globex", "invests-in", c) for c in ("Hooli", "Initech", "Umbrella")}),
    ("Globex, Initech and Umbrella invested in Hooli, while Vandelay bought Contoso.",
     inv(THREE, "Hooli") | {("Vandelay", "acquires", "Contoso")}),
    ("Globex partnered with Initech, while Hooli invested in Umbrella.",
     {("Globex", "partners-with", "Initech"), ("Hooli", "invests-in", "Umbrella")}),
    ("Elon Musk and Sam Altman founded Hooli. Later Musk and Jane Doe founded Initech.",
     fnd(["Elon Musk", "Sam Altman"], "Hooli") | fnd(["Elon Musk", "Jane Doe"], "Initech")),
]

PRECISION_FR = [
    ("Globex a racheté Initech, a indiqué Hooli.", {("Globex", "acquires", "Initech")}),
    ("Hooli a levé 10 millions d'euros auprès de Globex, qui avait déjà investi dans Initech, et de Umbrella.",
     inv(["Globex", "Umbrella"], "Hooli") | inv(["Globex"], "Initech")),
    ("Hooli a levé 40 millions d'euros. Globex a aussi investi dans Initech.", inv(["Globex"], "Initech")),
    ("Globex, Initech et Umbrella ont investi dans Hooli.", inv(THREE, "Hooli")),
    ("Hooli a levé 40 millions d'euros auprès de Globex. Initech, Umbrella ou Vandelay pourraient suivre.",
     inv(["Globex"], "Hooli")),
]


@pytest.mark.parametrize("text, expected", EN + PRECISION_EN, ids=[c[0][:60] for c in EN + PRECISION_EN])
def test_lists_en(text, expected):
    assert facts(text, "en") == expected


@pytest.mark.parametrize("text, expected", FR + PRECISION_FR, ids=[c[0][:60] for c in FR + PRECISION_FR])
def test_lists_fr(text, expected):
    assert facts(text, "fr") == expected


def test_each_construction_is_named():
    """The facts found by the list constructions carry their own construction names."""
    rules = {t.extractor.split(".", 2)[-1] for t in triples(
        "Hooli raised $40 million. Globex, Initech and Umbrella also invested.", "en")}
    assert "list.funded-earlier" in rules
    rules = {t.extractor.split(".", 2)[-1] for t in triples(
        "Hooli a levé 40 millions d'euros avec la participation de Globex et Initech.", "fr")}
    assert rules == {"list.participation-with"}


def test_money_into_a_round_is_no_supply():
    found = facts("Hooli is raising $40 billion. Globex is providing $30 billion for the round.", "en")
    assert ("Globex", "supplies", "Hooli") not in found
