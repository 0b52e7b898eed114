"""Facts told in passing: titles, roles, products, rivalry and ownership mentioned on the
way ("Globex CEO Jane Doe", "Initech's Nimbus assistant", "one of Globex's rivals"), in
both languages, one small sentence each with the real models.

The names are made up (Globex, Initech, Hooli...); the sets are exact, so an extra
wrong fact fails as surely as a missing one.
"""
import pytest

from conftest import facts

EN = [
    # -- titles before a name, their company named, possessed or left to the context
    ("On Monday, Globex chief Jane Doe said sales rose.", {("Jane Doe", "leads", "Globex")}),
    ("Globex Chief Executive Jane Doe said sales rose.", {("Jane Doe", "leads", "Globex")}),
    ("Globex reported higher sales. Its Chief Executive Officer Jane Doe said demand was strong.",
     {("Jane Doe", "leads", "Globex")}),
    ("Globex reported higher sales. CEO Jane Doe said demand was strong.", {("Jane Doe", "leads", "Globex")}),
    ("Initech AI founder and chief executive Jane Doe said the deal was fair.",
     {("Jane Doe", "founded", "Initech AI"), ("Jane Doe", "leads", "Initech AI")}),
    ("As part of the deal, Globex's three co-founders Jane Doe, John Roe and Paul Smith will sell shares.",
     {("Jane Doe", "founded", "Globex"), ("John Roe", "founded", "Globex"), ("Paul Smith", "founded", "Globex")}),
    ("Jane Doe founded Globex in 2015. Fellow co-founder John Roe left the company in 2020.",
     {("Jane Doe", "founded", "Globex"), ("John Roe", "founded", "Globex")}),
    # -- long appositions
    ("Jane Doe, the chairman and chief executive of Initech's owner, Globex, said the deal was fair.",
     {("Jane Doe", "leads", "Globex"), ("Globex", "owns", "Initech")}),
    # -- "as": appointments
    ("Globex said its founder was leaving. COO Jane Doe and CTO John Roe will be appointed as interim co-CEOs.",
     {("Jane Doe", "leads", "Globex"), ("John Roe", "leads", "Globex")}),
    ("Globex announced the appointment of Jane Doe as chief executive officer.", {("Jane Doe", "leads", "Globex")}),
    ("Jane Doe joined Globex as chief executive in 2020.", {("Jane Doe", "leads", "Globex")}),
    ("Globex is led by siblings Jane and Paul Martin, who run the company as CEO and president.",
     {("Jane Martin", "leads", "Globex"), ("Paul Martin", "leads", "Globex")}),
    ("John Roe co-founded Globex in 2015.", {("John Roe", "founded", "Globex")}),
    # -- a former role leads no more; a former founder still founded
    ("Former Globex chief executive Jane Doe joined Initech.", set()),
    ("Jane Doe, who stepped down as chief executive of Globex last year, joined Initech.", set()),
    ("Jane Doe, the former CEO and co-founder of Globex, joined Initech.", {("Jane Doe", "founded", "Globex")}),
    ("Globex reported a loss. Founder Jane Doe stepped down as CEO in October.",
     {("Jane Doe", "founded", "Globex")}),
    # -- side functions lead nothing
    ("Globex CFO Jane Doe said sales rose.", set()),
    ("Jane Doe, chief financial officer of Globex, said sales rose.", set()),
    ("Jane Doe, Globex's chief advisor, said sales rose.", set()),
    ("Jane Doe, a vice president of Globex, said sales rose.", set()),
]

FR = [
    ("Jeanne Martin, PDG et fondatrice de Globex, a pris la parole.",
     {("Jeanne Martin", "leads", "Globex"), ("Jeanne Martin", "founded", "Globex")}),
    ("Globex a changé de direction. Le CEO et cofondateur Jean Roux reste aux commandes.",
     {("Jean Roux", "leads", "Globex"), ("Jean Roux", "founded", "Globex")}),
    ("Globex vise l'Europe, selon son PDG et fondateur, Jean Roux.",
     {("Jean Roux", "leads", "Globex"), ("Jean Roux", "founded", "Globex")}),
    # -- ancien, ex-, quitter : plus de direction, la fondation reste
    ("Globex change de direction. Le CEO et cofondateur Jean Roux quitte l'entreprise.",
     {("Jean Roux", "founded", "Globex")}),
    ("Jean Roux, ancien PDG de Globex, a rejoint Initech.", set()),
    ("Jean Roux, l'ex-PDG de Globex, a rejoint Initech.", set()),
    # -- fonctions qui ne dirigent pas
    ("Jeanne Martin, directrice financière de Globex, a présenté les comptes.", set()),
    ("Jeanne Martin, directrice générale déléguée de Globex, a présenté les comptes.", set()),
    ("Jean Roux a cofondé Globex en 2015.", {("Jean Roux", "founded", "Globex")}),
]


@pytest.mark.parametrize("text,expected", EN)
def test_en(text, expected):
    assert facts(text, "en") == expected


@pytest.mark.parametrize("text,expected", FR)
def test_fr(text, expected):
    assert facts(text, "fr") == expected
