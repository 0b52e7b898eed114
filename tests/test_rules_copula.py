"""Sentences of the kind encyclopedias and datasets are made of: a predicate noun describes
its copula's subject ("X is a German company founded by Y", "X est un modèle développé par Y"),
a person's name the NER took for a company still holds a person's role, a relative
clause, an apposition, a second predicate noun or a participle on the noun's complement
tells of the subject too ("X is an entrepreneur who has been the CEO of Y", "X est une
entreprise d'IA fondée par Y"), a unit is based where its participle says, money received
comes from its giver ("X received funding from Y"), a customer is supplied.

Made-up names only; each case asserts the exact set of triples of the sentence.
"""
import pytest

from conftest import facts, triples

pytestmark = pytest.mark.slow  # loads the real spaCy models

EN = [
    # the participle of the predicate noun: its subject is the copula's
    ("Initech is a startup founded by Jane Halloway.", {("Jane Halloway", "founded", "Initech")}),
    ("Initech is an American company founded in 2015 by Jane Halloway.",
     {("Jane Halloway", "founded", "Initech"), ("Initech", "based-in", "United States")}),
    ("Orbit is a chatbot developed by Initech.", {("Initech", "develops", "Orbit")}),
    ("Orbit is an AI model released by Initech in May.", {("Initech", "develops", "Orbit")}),
    # a nationality on the predicate noun places the subject
    ("Initech is a German company.", {("Initech", "based-in", "Germany")}),
    ("Initech is the largest German software company.", {("Initech", "based-in", "Germany")}),
    # a person's role, whatever type the NER guessed for an unknown name
    ("Ana Ruiz serves as president of Hooli.", {("Ana Ruiz", "leads", "Hooli")}),
    ("Ana Ruiz is the president of Hooli.", {("Ana Ruiz", "leads", "Hooli")}),
    ("Hooli's chief executive, Ana Ruiz, said on Monday.", {("Ana Ruiz", "leads", "Hooli")}),
    # not a person: a name ending in an organisation's word leads nothing
    ("Globex Systems is the parent of Hooli.", {("Globex Systems", "owns", "Hooli")}),
    # money received: the giver invests in the receiver
    ("Initech received funding from Hooli.", {("Hooli", "invests-in", "Initech")}),
    ("Initech got 5 million dollars in funding from Hooli.", {("Hooli", "invests-in", "Initech")}),
    ("Initech received backing from investors including Hooli and Globex.",
     {("Hooli", "invests-in", "Initech"), ("Globex", "invests-in", "Initech")}),
    ("Initech received approval from Hooli.", set()),
    # a customer is supplied by the company it buys from
    ("Initech is a customer of Quantix.", {("Quantix", "supplies", "Initech")}),
    ("Initech, a major customer of Quantix, buys its chips.", {("Quantix", "supplies", "Initech")}),
    # an unknown name opening the sentence as its subject, tagged an adjective
    ("Initech competes against Globex.", {("Initech", "competes-with", "Globex")}),
    # a majority makes a parent, not an investor
    ("Globex holds a majority stake in Initech.", {("Globex", "owns", "Initech")}),
    ("Globex is the controlling shareholder of Initech.", {("Globex", "owns", "Initech")}),
    ("Globex bought a 60% stake in Initech.", {("Globex", "owns", "Initech")}),
    ("Globex bought a 20% stake in Initech.", {("Globex", "invests-in", "Initech")}),
    ("Jane Halloway holds a majority stake in Initech.", {("Jane Halloway", "invests-in", "Initech")}),
    # a lawsuit told by its participle, or faced by its target
    ("The lawsuit, filed by Globex against Initech, alleges copyright infringement.",
     {("Globex", "sues", "Initech")}),
    ("Initech faces a lawsuit from Globex.", {("Globex", "sues", "Initech")}),
    ("Initech was hit with a lawsuit from Globex.", {("Globex", "sues", "Initech")}),
    # goods made for a company: supplied, the company is no product
    ("Vandelay Industries makes chips for Initech Corp.", {("Vandelay Industries", "supplies", "Initech Corp.")}),
    ("Quantix Semiconductor manufactures chips for Hooli Inc. and Globex Corp.",
     {("Quantix Semiconductor", "supplies", "Hooli Inc."), ("Quantix Semiconductor", "supplies", "Globex Corp.")}),
    # investors counted, a helm taken, a pact inked
    ("Initech counts Hooli and Globex among its backers.",
     {("Hooli", "invests-in", "Initech"), ("Globex", "invests-in", "Initech")}),
    ("Initech, which counts Hooli and Globex among its backers, raised $10 million.",
     {("Hooli", "invests-in", "Initech"), ("Globex", "invests-in", "Initech")}),
    ("Initech counts more than 100 banks among its customers.", set()),
    ("Jane Halloway took the helm of Initech in May.", {("Jane Halloway", "leads", "Initech")}),
    ("Jane Halloway took a stake in Initech.", {("Jane Halloway", "invests-in", "Initech")}),
    ("Globex inks pact with Initech", {("Globex", "partners-with", "Initech")}),
    ("Globex and Initech signed a memorandum of understanding.", {("Globex", "partners-with", "Initech")}),
    ("Globex joins forces with Initech.", {("Globex", "partners-with", "Initech")}),
    ("The police force of Initech grew.", set()),
    # a takeover by Y that X agrees to: X is the target
    ("Globex has agreed to a takeover by Initech.", {("Initech", "acquires", "Globex")}),
    ("Globex announced the acquisition of Vandelay by Initech.", {("Initech", "acquires", "Vandelay")}),
    # a title-case headline the NER read as one person's name
    ("Globex Buys Initech For $2 Billion", {("Globex", "acquires", "Initech")}),
    ("Globex Sues Initech Over Patents", {("Globex", "sues", "Initech")}),
    # a person who heads a unit is no unit
    ("Tom Bell, who heads Initech's AI unit, said the deal was good.", {("Tom Bell", "leads", "Initech")}),
    # a brand or app a company owns (a product the gazetteer knows)
    ("Instagram is owned by Meta Platforms.", {("Meta Platforms", "owns", "Instagram")}),
    # object control, the object taken for the infinitive's head by the parser
    ("Globex accused Initech of using its data to train Orbit.", {("Globex", "accuses", "Initech")}),
    ("Globex asked Initech to build Orbit.", {("Initech", "develops", "Orbit")}),
    # a relative clause or a second predicate noun, told of the copula's subject
    ("Jane Halloway is an American entrepreneur who has been the CEO of Initech since 2019.",
     {("Jane Halloway", "leads", "Initech")}),
    ("Orbitron is a British research lab and a subsidiary of Hooli.",
     {("Orbitron", "based-in", "United Kingdom"), ("Hooli", "owns", "Orbitron")}),
    ("Orbitron is a startup that raised 5 million dollars from Hooli.", {("Hooli", "invests-in", "Orbitron")}),
    # a participle on the predicate noun's complement describes the noun
    ("Orbitron is a maker of robots founded by Jane Halloway.", {("Jane Halloway", "founded", "Orbitron")}),
    # a degree before the participle: the verb's own passive, no "majority" owning
    ("Orbitron is majority-owned by Hooli.", {("Hooli", "owns", "Orbitron")}),
    ("Orbitron is a company majority-owned by Hooli.", {("Hooli", "owns", "Orbitron")}),
    # a unit is based where the participle says, not its owner
    ("Orbitron, a unit of Hooli based in Lyon, said.",
     {("Hooli", "owns", "Orbitron"), ("Orbitron", "based-in", "Lyon")}),
    ("The CEO of Hooli based in Lyon spoke.", {("Hooli", "based-in", "Lyon")}),
]

FR = [
    # investors counted, however the parse read "compte" (a verb, a noun) and hung "parmi"
    ("Initech compte Globex et Hooli parmi ses investisseurs.",
     {("Globex", "invests-in", "Initech"), ("Hooli", "invests-in", "Initech")}),
    ("Initech compte Globex parmi ses investisseurs.", {("Globex", "invests-in", "Initech")}),
    ("Initech, qui compte Globex parmi ses actionnaires, a levé 10 millions d'euros.",
     {("Globex", "invests-in", "Initech")}),
    ("Initech a levé 10 millions d'euros. La start-up compte Globex parmi ses actionnaires.",
     {("Globex", "invests-in", "Initech")}),
    ("Initech compte plus de cent clients parmi ses partenaires.", set()),
    ("Jeanne Martin est une femme d'affaires, directrice générale d'Initech depuis 2015.",
     {("Jeanne Martin", "leads", "Initech")}),
    ("Globex, Hooli et Initech figurent parmi les investisseurs de Vandelay.",
     {("Globex", "invests-in", "Vandelay"), ("Hooli", "invests-in", "Vandelay"), ("Initech", "invests-in", "Vandelay")}),
    ("Initech est une société française fondée par Jeanne Martin.",
     {("Jeanne Martin", "founded", "Initech"), ("Initech", "based-in", "France")}),
    ("Initech est une start-up fondée en 2019 par Jeanne Martin et Paul Durand.",
     {("Jeanne Martin", "founded", "Initech"), ("Paul Durand", "founded", "Initech")}),
    ("Orbit est un modèle développé par Initech.", {("Initech", "develops", "Orbit")}),
    ("Orbit est un agent conversationnel conçu par Initech.", {("Initech", "develops", "Orbit")}),
    ("Initech est une entreprise allemande.", {("Initech", "based-in", "Germany")}),
    ("Initech est un groupe allemand dont le siège est situé à Munich.",
     {("Initech", "based-in", "Germany"), ("Initech", "based-in", "Munich")}),
    ("Ana Ruiz, directrice générale de Hooli, a annoncé l'accord.", {("Ana Ruiz", "leads", "Hooli")}),
    ("La PDG de Hooli, Ana Ruiz, a annoncé l'accord.", {("Ana Ruiz", "leads", "Hooli")}),
    ("Initech a reçu un financement de Hooli.", {("Hooli", "invests-in", "Initech")}),
    ("Initech a obtenu un investissement de 5 millions d'euros de Hooli.", {("Hooli", "invests-in", "Initech")}),
    ("Initech a bénéficié d'un financement de Hooli.", {("Hooli", "invests-in", "Initech")}),
    ("Initech a reçu un prêt de Hooli.", set()),
    ("Initech est client de Quantix.", {("Quantix", "supplies", "Initech")}),
    ("Le siège social d'Initech est situé à Nantes.", {("Initech", "based-in", "Nantes")}),
    ("Initech a levé 5 millions. Son siège est à Lyon.", {("Initech", "based-in", "Lyon")}),
    # made somewhere: an organisation founded, not a product developed
    ("Initech a été créée en 1990 à Lyon par Jeanne Martin.",
     {("Jeanne Martin", "founded", "Initech"), ("Initech", "based-in", "Lyon")}),
    ("Globex a créé Orbit, un assistant.", {("Globex", "develops", "Orbit")}),
    ("Initech, dont le fondateur est Jeanne Martin, fabrique des robots.", {("Jeanne Martin", "founded", "Initech")}),
    ("Initech, dont le PDG est Jeanne Martin, fabrique des robots.", {("Jeanne Martin", "leads", "Initech")}),
    ("Globex est l'actionnaire majoritaire d'Initech.", {("Globex", "owns", "Initech")}),
    ("Globex détient une participation majoritaire dans Initech.", {("Globex", "owns", "Initech")}),
    ("Globex détient 51 % du capital d'Initech.", {("Globex", "owns", "Initech")}),
    ("Globex détient 10 % du capital d'Initech.", {("Globex", "invests-in", "Initech")}),
    ("Initech est une filiale à 100 % de Globex.", {("Globex", "owns", "Initech")}),
    ("Instagram appartient à Meta.", {("Meta", "owns", "Instagram")}),
    ("Jeanne Martin a pris les rênes d'Initech en mai.", {("Jeanne Martin", "leads", "Initech")}),
    ("Jeanne Martin prend la tête d'Initech.", {("Jeanne Martin", "leads", "Initech")}),
    ("Globex prend la tête du classement.", set()),
    ("Globex a signé un protocole d'accord avec Initech.", {("Globex", "partners-with", "Initech")}),
    ("Globex et Initech unissent leurs forces.", {("Globex", "partners-with", "Initech")}),
    ("Vandelay fabrique des puces pour Initech.", {("Vandelay", "supplies", "Initech")}),
    ("La plainte, déposée par Globex contre Initech, porte sur le droit d'auteur.", {("Globex", "sues", "Initech")}),
    ("L'investissement réalisé par Hooli dans Initech atteint 5 millions d'euros.",
     {("Hooli", "invests-in", "Initech")}),
    ("Globex accuse Initech d'utiliser ses données pour entraîner Orbit.",
     {("Globex", "accuses", "Initech"), ("Initech", "develops", "Orbit")}),
    # the round's participants are no owner of the round
    ("Initech a levé 20 millions d'euros lors d'un tour mené par Hooli, avec la participation de Globex et Vandelay.",
     {("Hooli", "invests-in", "Initech"), ("Globex", "invests-in", "Initech"), ("Vandelay", "invests-in", "Initech")}),
    # an apposition, a relative clause or a second predicate noun, told of the copula's subject
    ("Jean Dupont est un entrepreneur français, PDG d'Initech depuis 2019.", {("Jean Dupont", "leads", "Initech")}),
    ("Orbitron est un laboratoire britannique et une filiale de Hooli.",
     {("Orbitron", "based-in", "United Kingdom"), ("Hooli", "owns", "Orbitron")}),
    ("Orbitron est une start-up qui a levé 5 millions d'euros auprès de Hooli.",
     {("Hooli", "invests-in", "Orbitron")}),
    # a participle on the predicate noun's complement describes the noun
    ("Orbitron est une entreprise française d'intelligence artificielle fondée en 2023 par Jean Dupont, "
     "Marc Martin et Paul Durand.",
     {("Orbitron", "based-in", "France"), ("Jean Dupont", "founded", "Orbitron"),
      ("Marc Martin", "founded", "Orbitron"), ("Paul Durand", "founded", "Orbitron")}),
    # a unit is based where the participle says, not its owner
    ("Orbitron est une filiale de Hooli basée à Lyon.",
     {("Hooli", "owns", "Orbitron"), ("Orbitron", "based-in", "Lyon")}),
    ("Le PDG de Hooli basée à Lyon a parlé.", {("Hooli", "based-in", "Lyon")}),
]


@pytest.mark.parametrize("text,expected", EN)
def test_english(text, expected):
    assert facts(text, "en") == expected


@pytest.mark.parametrize("text,expected", FR)
def test_french(text, expected):
    assert facts(text, "fr") == expected


@pytest.mark.parametrize("text,lang", [
    # a role noun predicated of a company is no leader
    ("Hooli Capital is the largest shareholder of Initech.", "en"),
])
def test_no_fact_from_the_copula(text, lang):
    assert not {t for t in facts(text, lang) if t[1] in ("develops", "leads", "founded")}


@pytest.mark.parametrize("text,lang", [("Ana Ruiz serves as president of Hooli.", "en"),
                                       ("Ana Ruiz, directrice générale de Hooli, a annoncé l'accord.", "fr")])
def test_the_role_holder_is_typed_a_person(text, lang):
    assert [(t.subject, t.subject_type) for t in triples(text, lang)] == [("Ana Ruiz", "Person")]


@pytest.mark.parametrize("text,lang,fact", [
    ("Globex denied reports that it would acquire Initech.", "en", ("Globex", "acquires", "Initech")),
    ("Globex dismissed speculation that it would buy Initech.", "en", ("Globex", "acquires", "Initech")),
    ("Globex a démenti les informations selon lesquelles il rachèterait Initech.", "fr",
     ("Globex", "acquires", "Initech")),
    ("Globex a démenti les rumeurs selon lesquelles il investirait dans Initech.", "fr",
     ("Globex", "invests-in", "Initech")),
])
def test_a_denied_report_is_a_denied_fact(text, lang, fact):
    assert facts(text, lang) == set() and facts(text, lang, negated=True) == {fact}


def test_a_confirmed_report_is_no_denial():
    assert facts("Globex confirmed reports that it would acquire Initech.", "en") == {
        ("Globex", "acquires", "Initech")}
