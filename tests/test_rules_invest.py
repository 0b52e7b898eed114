"""Investments and acquisitions told in other words than "invest" and "acquire", with the
real models: money put into a company, stakes, rounds told by their relative clause,
investor lists closed by a reporting clause, acquisitions named by a pronoun.

Each case asserts the EXACT set of triples; the names are made up.
"""
import pytest

from conftest import facts

pytestmark = pytest.mark.slow  # loads the real spaCy models


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
    # a stake increased; a company named after its description, whatever the parse
    ("Globex wants to further increase its stake in the German AI startup Initech.",
     inv(["Globex"], "Initech") | {("Initech", "based-in", "Germany")}),
    # a round whose owner is told in its relative clause
    ("Globex and Umbrella entered into a Series B financing round at the end of 2023, in which Initech was able "
     "to raise half a billion US dollars.", inv(["Globex", "Umbrella"], "Initech")),
    ("Globex entered into a partnership with Initech.", {("Globex", "partners-with", "Initech")}),
    # talks with an investor over a round
    ("Hooli is in talks with Globex over a new funding round.", inv(["Globex"], "Hooli")),
    ("Hooli is negotiating with Globex and Initech for a new round of funding.", inv(["Globex", "Initech"], "Hooli")),
    ("Hooli is in talks with Globex about a partnership.", set()),
    # "both": the rounds told just before
    ("Hooli raised $10 million in a Series A round in 2021 and $20 million in a Series B round in 2022. Globex "
     "participated in both.", inv(["Globex"], "Hooli")),
    # a list closed by a reporting clause, members introduced by their descriptions
    ("Among Vandelay Robotics' backers are Globex, the bank Initech, the carrier Umbrella, the startup said.",
     inv(["Globex", "Initech", "Umbrella"], "Vandelay Robotics")),
    ("Vandelay Robotics' backers include Globex, Initech, Umbrella, according to the startup.",
     inv(["Globex", "Initech", "Umbrella"], "Vandelay Robotics")),
    # "X is also an investor": in the company just funded
    ("Hooli raised $10 million. Globex is also an investor.", inv(["Globex"], "Hooli")),
    ("Globex is an investor.", set()),
    # a colon list after an investor noun; a lead led by a named investor
    ("Hooli Labs raised $50 million from several investors: Globex, Initech and Umbrella.",
     inv(["Globex", "Initech", "Umbrella"], "Hooli Labs")),
    ("Hooli Labs has several investors: Globex, Initech, Umbrella said.", set()),
    ("Hooli Labs will raise $750 million. The round would be led by Silicon Valley venture capital investors, led "
     "by Globex Partners.", inv(["Globex Partners"], "Hooli Labs")),
    # a dateline taken for a subject; an apposition's own list ("backed by A, B and C") is no list of subjects
    ("[SAN FRANCISCO] Another deal has landed: Hooli, a software unicorn backed by Globex, Initech and Umbrella, "
     "is buying a robotics startup. The startup, Vandelay, is a challenger to Contoso.",
     inv(["Globex", "Initech", "Umbrella"], "Hooli") | {("Hooli", "acquires", "Vandelay"),
                                                       ("Vandelay", "competes-with", "Contoso")}),
    # a pronoun standing for the acquisitions counted before it
    ("Globex has made six acquisitions, the largest being that of the robotics startup Initech for $1.3 billion.",
     {("Globex", "acquires", "Initech")}),
    ("Globex's acquisition of Initech follows that of Hooli Labs.", {("Globex", "acquires", "Initech")}),
    # an investment added to another goes into the same company
    ("Globex's new investment in Hooli adds to a total investment of $8 billion by Initech.",
     inv(["Globex", "Initech"], "Hooli")),
    ("Globex's new investment in Hooli adds to Initech's $8 billion investment.", inv(["Globex", "Initech"], "Hooli")),
    # an investment in a fund: not in the firms that set it up or manage it
    ("Globex, Initech and Hooli are partnering on a new infrastructure fund that aims to raise $30 billion. "
     "Initech is investing in the fund.", {("Globex", "partners-with", "Initech"), ("Globex", "partners-with", "Hooli"),
                                           ("Initech", "partners-with", "Hooli")}),
    ("Globex set up the Vandelay Fund last year. Initech is investing in the fund.",
     {("Globex", "founded", "Vandelay Fund"), ("Initech", "invests-in", "Vandelay Fund")}),
    ("Initech invested in Vandelay Capital, a fund managed by Globex.", inv(["Initech"], "Vandelay Capital")),
    ("Initech invested $10 million in a fund managed by Globex.", set()),
    # a round prepared for a company; money invested with nothing invested in goes to it
    ("A new funding round is being prepared for Hooli Labs. Globex has already invested billions of dollars.",
     inv(["Globex"], "Hooli Labs")),
    ("Globex has invested billions of dollars in its own data centers.", set()),
    # a verb of raising is no round
    ("Globex raised $1 billion. Initech had raised $2 billion before this latest round and took a stake in Hooli.",
     inv(["Initech"], "Hooli")),
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
    # a stake increased, "au sein de", "au capital de"
    ("Globex veut augmenter sa participation dans la start-up allemande Initech.",
     inv(["Globex"], "Initech") | {("Initech", "based-in", "Germany")}),
    ("Globex veut renforcer sa participation au sein d'Initech.", inv(["Globex"], "Initech")),
    ("Globex a renforcé sa participation au capital d'Initech.", inv(["Globex"], "Initech")),
    # a round whose owner is told in its relative clause
    ("Globex et Initech ont participé fin 2023 à un tour de table de série B, dans lequel Hooli a pu lever "
     "500 millions d'euros.", inv(["Globex", "Initech"], "Hooli")),
    # talks with an investor over a round ("cycle de financement" is a round)
    ("Hooli négocie avec la firme d'investissement Globex pour un nouveau cycle de financement.",
     inv(["Globex"], "Hooli")),
    ("Hooli est en discussions avec Globex pour un nouveau tour de table.", inv(["Globex"], "Hooli")),
    ("Hooli négocie avec Globex pour un accord de licence.", set()),
    ("Hooli estime pertinent un nouveau cycle de financement.", set()),
    # "bailleurs de fonds"; a list closed by a reporting clause, with no conjunction
    ("Parmi les bailleurs de fonds de Vandelay Robotics, figurent l'éditeur américain de logiciels Globex, la "
     "banque Initech, le transporteur Umbrella, indique la start-up dans son communiqué.",
     inv(["Globex", "Initech", "Umbrella"], "Vandelay Robotics") | {("Globex", "based-in", "United States")}),
    ("Globex est un bailleur de fonds de Hooli.", inv(["Globex"], "Hooli")),
    # "X est aussi partie prenante" (of the round just told), whatever the parse
    ("Parmi les bailleurs de fonds de Vandelay Robotics figurent Globex et Initech. Selon des sources du secteur, "
     "le groupe Umbrella, spécialiste mondial des puces, est aussi partie prenante.",
     inv(["Globex", "Initech", "Umbrella"], "Vandelay Robotics")),
    ("Globex est partie prenante du projet.", set()),
    # a list of names closed by a reporting clause: no name of that clause in it
    ("Globex a racheté Initech, indique Hooli.", {("Globex", "acquires", "Initech")}),
    # a colon list after an investor noun: each with its apposition or a stray "de", and a company "via"
    ("Lancée en mai dernier, Hooli Labs bouclait déjà une levée de fonds de 220 millions d'euros avec un excellent "
     "syndicat d'investisseurs : Jean Roux, fondateur de Globex, d'Anne Petit, l'ex-PDG d'Initech, Paul Martin, le "
     "patron d'Umbrella via la société de capital-risque Vandelay Ventures…",
     inv(["Jean Roux", "Anne Petit", "Paul Martin", "Vandelay Ventures"], "Hooli Labs")
     | {("Jean Roux", "founded", "Globex"), ("Paul Martin", "leads", "Umbrella")}),
    # a lead led by a named investor
    ("Hooli Labs va lever 750 millions de dollars. Cette opération distincte serait menée par des investisseurs "
     "en capital-risque de la Silicon Valley, menés par Globex Partners.", inv(["Globex Partners"], "Hooli Labs")),
    # a pronoun standing for the acquisitions counted before it (a date between it and its complement)
    ("Hooli Labs pourrait ainsi poursuivre sa stratégie de croissance externe, avec déjà six acquisitions "
     "réalisées, la plus importante étant celle en juin dernier du spécialiste de l'IA générative Vandelay pour "
     "1,3 Md$.", {("Hooli Labs", "acquires", "Vandelay")}),
    ("Le rachat d'Initech par Globex suit celui de Hooli Labs.", {("Globex", "acquires", "Initech")}),
    # an investment added to another goes into the same company (its investor hung on the amount)
    ("La nouvelle tranche d'investissement de Globex dans Hooli s'ajoute à un investissement total de 8 "
     "milliards de dollars d'Initech.", inv(["Globex", "Initech"], "Hooli")),
    # an investment in a fund: not in the firms that set it up or manage it
    ("Globex a lancé un fonds d'infrastructure de 30 milliards. Initech investit dans le fonds.", set()),
    ("Globex gère le fonds Vandelay Capital. Initech investit dans le fonds.", inv(["Initech"], "Vandelay Capital")),
    ("Initech a investi dans Vandelay Capital, un fonds géré par Globex.", inv(["Initech"], "Vandelay Capital")),
    ("Initech a investi 10 millions d'euros dans un fonds géré par Globex.", set()),
    # "tels que" after the noun's own complement ("des géants de la gestion d'actifs tels que A, B ou C")
    ("Hooli Labs vient d'annoncer une série F de 13 milliards de dollars. Elle a mobilisé un large spectre "
     "d'acteurs financiers, avec des fonds souverains comme GBX ou INTC et des géants de la gestion d'actifs tels "
     "que Umbrella Group, Vandelay Capital ou Contoso Partners.",
     inv(["GBX", "INTC", "Umbrella Group", "Vandelay Capital", "Contoso Partners"], "Hooli Labs")),
    ("Hooli Labs a levé 10 millions d'euros auprès de géants de la gestion d'actifs tels que Globex Capital, "
     "Umbrella Group et Initech Partners.", inv(["Globex Capital", "Umbrella Group", "Initech Partners"], "Hooli Labs")),
    # a round prepared for a company; money invested with nothing invested in goes to it
    ("Une levée de fonds se prépare pour Hooli Labs. Globex a déjà investi des milliards de dollars.",
     inv(["Globex"], "Hooli Labs")),
    # "aux deux": the rounds told just before
    ("Hooli a levé 10 millions d'euros en 2021 lors d'un tour de table, puis 20 millions lors d'un autre en "
     "2022. Globex avait participé aux deux.", inv(["Globex"], "Hooli")),
]


@pytest.mark.parametrize("text,expected", EN)
def test_en(text, expected):
    assert facts(text, "en") == expected


@pytest.mark.parametrize("text,expected", FR)
def test_fr(text, expected):
    assert facts(text, "fr") == expected


def test_round_talks_are_in_talks():
    from conftest import triples
    for text, lang in (("Hooli is in talks with Globex over a new funding round.", "en"),
                       ("Hooli négocie avec Globex pour un nouveau tour de table.", "fr")):
        found = [t for t in triples(text, lang) if t.predicate == "invests-in"]
        assert [(t.subject, t.object, t.attributes.status) for t in found] == [("Globex", "Hooli", "in-talks")]
