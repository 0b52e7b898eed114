"""French constructions, one small sentence each, with the real model.

The names are made up (Globex, Initech, Hooli...) so no rule can lean on the
gazetteer; none of these sentences comes from the evaluation set.
"""
import pytest

from conftest import facts, triples

pytestmark = pytest.mark.slow  # loads the real spaCy models

CASES = [
    ("Initech a conclu un accord pour racheter Vandelay.", {("Initech", "acquires", "Vandelay")}),
    # un partenaire : d'une entreprise, pas le poste d'une personne dans un fonds
    ("Initech, partenaire de Hooli, va recruter.", {("Initech", "partners-with", "Hooli")}),
    ("Hooli est devenu le partenaire privilégié d'Initech.", {("Hooli", "partners-with", "Initech")}),
    ("Jeanne Martin, associée et partenaire de Hooli Capital, a investi.", set()),
    # voix active et passive
    ("Globex a racheté Initech pour 1,2 milliard de dollars en 2021.", {("Globex", "acquires", "Initech")}),
    ("Initech a été rachetée par Globex en janvier 2023.", {("Globex", "acquires", "Initech")}),
    ("Hooli est financée par Sequoia Capital et soutenue par Accel.",
     {("Sequoia Capital", "invests-in", "Hooli"), ("Accel", "invests-in", "Hooli")}),
    # nominalisations
    ("L'investissement de Umbrella dans Hooli s'élève à 665 millions de dollars.",
     {("Umbrella", "invests-in", "Hooli")}),
    ("Le rachat d'Initech par Globex a été finalisé le mois dernier.", {("Globex", "acquires", "Initech")}),
    ("Un partenariat entre Globex et Initech a été annoncé mardi.", {("Globex", "partners-with", "Initech")}),
    ("Initech a porté plainte contre Globex devant le tribunal de commerce.", {("Initech", "sues", "Globex")}),
    # appositions et relatives
    ("Hooli, le créateur de l'assistant Nimbus, recrute.", {("Hooli", "develops", "Nimbus")}),
    ("Jeanne Martin, qui dirige Hooli, a annoncé la nouvelle.", {("Jeanne Martin", "leads", "Hooli")}),
    ("Globex a racheté la jeune pousse Initech pour 50 millions d'euros.", {("Globex", "acquires", "Initech")}),
    # coordination et tours de table
    ("Globex, Umbrella et Bpifrance ont participé à la levée de fonds de Hooli.",
     {("Globex", "invests-in", "Hooli"), ("Umbrella", "invests-in", "Hooli"), ("Bpifrance", "invests-in", "Hooli")}),
    ("Hooli a levé 300 millions d'euros lors d'un tour de table mené par Index Ventures.",
     {("Index Ventures", "invests-in", "Hooli")}),
    ("Hooli a levé 20 millions d'euros. Globex et Umbrella ont participé à l'opération.",
     {("Globex", "invests-in", "Hooli"), ("Umbrella", "invests-in", "Hooli")}),
    # titres
    ("Jeanne Martin, PDG de Hooli, a démissionné.", {("Jeanne Martin", "leads", "Hooli")}),
    ("Hooli est dirigée par Jeanne Martin.", {("Jeanne Martin", "leads", "Hooli")}),
    # lieux et nationalités
    ("La start-up Hooli, basée à Helsinki, recrute.", {("Hooli", "based-in", "Helsinki")}),
    ("La start-up française Hooli recrute des ingénieurs.", {("Hooli", "based-in", "France")}),
    ("Le néerlandais Globex ouvre un bureau à Paris.", {("Globex", "based-in", "Netherlands")}),
    ("Globex a racheté la start-up lyonnaise Initech.",
     {("Initech", "based-in", "Lyon"), ("Globex", "acquires", "Initech")}),
    # autres prédicats
    ("Globex s'est associé à Initech.", {("Globex", "partners-with", "Initech")}),
    ("Globex fournit des puces à Initech.", {("Globex", "supplies", "Initech")}),
    ("Globex fabrique les puces conçues par Initech et Hooli.",
     {("Globex", "supplies", "Initech"), ("Globex", "supplies", "Hooli")}),
    ("Globex a lancé son modèle Nimbus en mai.", {("Globex", "develops", "Nimbus")}),
    ("Hooli développe la famille de modèles Nimbus.", {("Hooli", "develops", "Nimbus")}),
    ("Jeanne Martin a cofondé Hooli en 2019.", {("Jeanne Martin", "founded", "Hooli")}),
    ("Hooli a été fondée en 2019 par Jeanne Martin et Paul Durand.",
     {("Jeanne Martin", "founded", "Hooli"), ("Paul Durand", "founded", "Hooli")}),
    # participe en tête de phrase, "par A, B et C" souvent mal rattaché par l'analyseur
    ("Hooli est une jeune entreprise lyonnaise. Fondée en 2019 par Jeanne Martin, Paul Durand et "
     "Anne Roux, l'entreprise lyonnaise développe des robots.",
     {("Hooli", "based-in", "Lyon"), ("Jeanne Martin", "founded", "Hooli"), ("Paul Durand", "founded", "Hooli"),
      ("Anne Roux", "founded", "Hooli")}),
    ("Rachetée en 2021 par Globex, Initech emploie 300 personnes.", {("Globex", "acquires", "Initech")}),
    ("Initech est une filiale de Globex.", {("Globex", "owns", "Initech")}),
    ("Globex accuse Initech de contrefaçon.", {("Globex", "accuses", "Initech")}),
    ("Globex et Initech se livrent une concurrence féroce.", {("Globex", "competes-with", "Initech")}),
    ("Globex pourrait prendre jusqu'à 10 % du capital d'Initech.", {("Globex", "invests-in", "Initech")}),
    ("Hooli a levé 50 millions d'euros auprès de Globex et d'Initech.",
     {("Globex", "invests-in", "Hooli"), ("Initech", "invests-in", "Hooli")}),
    ("Hooli a annoncé une levée de fonds de 600 millions d'euros auprès de Globex.",
     {("Globex", "invests-in", "Hooli")}),
    ("Hooli, dont le siège est à Heidelberg, développe des modèles.", {("Hooli", "based-in", "Heidelberg")}),
    ("Globex a créé Initech, un laboratoire de recherche basé à Paris.",
     {("Globex", "founded", "Initech"), ("Initech", "based-in", "Paris")}),
    # a participle of making in the feminine on a bare name founds it; in the masculine, or
    # on a name a noun heads, it makes a product
    ("Initech, créée par Paul Durand en 2010, emploie 40 personnes.", {("Paul Durand", "founded", "Initech")}),
    # des fondateurs nommés après une virgule, que l'analyse rattache ailleurs
    ("Initech a été fondée en 2015 par deux anciens ingénieurs de Globex, Paul Durand et Jeanne Martin.",
     {("Paul Durand", "founded", "Initech"), ("Jeanne Martin", "founded", "Initech")}),
    ("Initech a été fondée par deux ingénieurs, Paul Durand et Jeanne Martin.",
     {("Paul Durand", "founded", "Initech"), ("Jeanne Martin", "founded", "Initech")}),
    ("Initech a été fondée par des ingénieurs, selon Jeanne Martin.", set()),
    ("Initech a été lancée en 2019 par Paul Durand et Jeanne Martin.",
     {("Paul Durand", "founded", "Initech"), ("Jeanne Martin", "founded", "Initech")}),
    ("Zorblax, créé par Initech, compte dix millions d'utilisateurs.", {("Initech", "develops", "Zorblax")}),
    ("L'application Zorblax, créée par Initech, compte dix millions d'utilisateurs.",
     {("Initech", "develops", "Zorblax")}),
    ("Jean Dupont, cofondateur et directeur général de Hooli, était à Lyon.",
     {("Jean Dupont", "founded", "Hooli"), ("Jean Dupont", "leads", "Hooli")}),
    ("La start-up parisienne Hooli, qui a levé 20 millions, est dirigée par Jeanne Martin.",
     {("Jeanne Martin", "leads", "Hooli"), ("Hooli", "based-in", "Paris")}),
    ("Les fondateurs d'Initech, Anne Roux et Paul Petit, ont vendu leur société à Globex en 2014.",
     {("Anne Roux", "founded", "Initech"), ("Paul Petit", "founded", "Initech"),
      ("Globex", "acquires", "Initech")}),
    ("Globex fournit ses puces X200 à Initech et à Hooli.",
     {("Globex", "supplies", "Initech"), ("Globex", "supplies", "Hooli"), ("Globex", "develops", "X200")}),
    ("Globex a annoncé jeudi l'acquisition de la start-up iRobotix pour 1,7 milliard de dollars.",
     {("Globex", "acquires", "iRobotix")}),
    ("Globex a nommé Jeanne Martin au poste de directrice générale.", {("Jeanne Martin", "leads", "Globex")}),
    ("Globex fait partie des investisseurs d'Initech.", {("Globex", "invests-in", "Initech")}),
    # the founders as a team
    ("Jeanne Martin fait partie des fondateurs de Globex.", {("Jeanne Martin", "founded", "Globex")}),
    ("Jeanne Martin fait partie de l'équipe fondatrice de Globex.", {("Jeanne Martin", "founded", "Globex")}),
    ("Jeanne Martin fait partie de l'équipe de fondateurs de Globex.", {("Jeanne Martin", "founded", "Globex")}),
    ("Paul Roux a rejoint l'équipe de Globex.", set()),
    ("Initech appartient à Globex.", {("Globex", "owns", "Initech")}),
    ("Initech achète ses processeurs à Globex.", {("Globex", "supplies", "Initech")}),
    ("Globex, la société mère d'Initech, a publié ses résultats.", {("Globex", "owns", "Initech")}),
    ("Le fabricant de puces Globex a acquis la start-up israélienne Initech.",
     {("Globex", "acquires", "Initech"), ("Initech", "based-in", "Israel")}),
    ("Le directeur général de Globex, Jeanne Martin, a démissionné.", {("Jeanne Martin", "leads", "Globex")}),
    ("Globex a pris le contrôle d'Initech pour 2 milliards d'euros.", {("Globex", "acquires", "Initech")}),
    ("La start-up Initech, dans laquelle Globex a investi 10 millions d'euros, recrute.",
     {("Globex", "invests-in", "Initech")}),
    ("Globex a investi dans Initech aux côtés d'Umbrella.",
     {("Globex", "invests-in", "Initech"), ("Umbrella", "invests-in", "Initech")}),
    ("Globex a bouclé une levée de fonds de 30 millions d'euros menée par Index Ventures.",
     {("Index Ventures", "invests-in", "Globex")}),
    # un cofondateur nommé par « avec »
    ("Jeanne Martin a cofondé Initech avec Paul Durand en 2015.",
     {("Jeanne Martin", "founded", "Initech"), ("Paul Durand", "founded", "Initech")}),
    ("Jeanne Martin a fondé Initech avec le soutien de Globex.", {("Jeanne Martin", "founded", "Initech")}),
    ("Kestrel a été cofondée par les chercheurs Ana Ruiz et Tom Bell.",
     {("Ana Ruiz", "founded", "Kestrel"), ("Tom Bell", "founded", "Kestrel")}),
    # des personnes par leur métier ne sont pas l'entreprise qui les emploie
    ("Jeanne Martin, une ancienne ingénieure de Globex qui a cofondé Initech en 2019, a parlé.",
     {("Jeanne Martin", "founded", "Initech")}),
    ("Kestrel, une start-up fondée par d'anciens chercheurs de Hooli, a lancé Orbit.",
     {("Kestrel", "develops", "Orbit")}),
    # un produit fait par les ingénieurs d'une entreprise est le sien ; une plainte et sa cible
    ("Orbit a été créé par des ingénieurs d'Initech.", {("Initech", "develops", "Orbit")}),
    ("Globex a porté plainte pour contrefaçon de brevets contre Initech.", {("Globex", "sues", "Initech")}),
    ("Globex a intenté une action en contrefaçon de brevets contre Initech.", {("Globex", "sues", "Initech")}),
    ("L'action Globex a chuté contre toute attente.", set()),
    # « être sur le point de », une source n'est pas le sujet ; « la française X » ; des fonds qui investissent
    ("Selon Les Échos, Globex serait sur le point de racheter Initech.", {("Globex", "acquires", "Initech")}),
    ("Le groupe américain Globex s'associe à la française Initech.",
     {("Globex", "partners-with", "Initech"), ("Globex", "based-in", "United States"), ("Initech", "based-in", "France")}),
    ("Initech a levé 30 millions d'euros auprès de plusieurs fonds, notamment Globex Ventures et Hooli.",
     {("Globex Ventures", "invests-in", "Initech"), ("Hooli", "invests-in", "Initech")}),
    ("Initech a bouclé une levée de 30 millions d'euros emmenée par Globex Ventures.",
     {("Globex Ventures", "invests-in", "Initech")}),
    # une direction passée n'est plus actuelle ; « en tant que »
    ("Paul Durand, qui dirigeait auparavant Globex, rejoint Initech en tant que directeur général.",
     {("Paul Durand", "leads", "Initech")}),
    ("Paul Durand dirige Globex.", {("Paul Durand", "leads", "Globex")}),
    # des concurrents l'un de l'autre
    ("Hooli et Globex sont concurrents sur le marché du cloud.", {("Hooli", "competes-with", "Globex")}),
    ("Hooli et Globex sont les fondateurs.", set()),
    # des biens choisis sont achetés
    ("Globex a choisi les puces d'Initech pour ses serveurs.", {("Initech", "supplies", "Globex")}),
    ("Globex se fournit en batteries chez Initech.", {("Initech", "supplies", "Globex")}),
    # une part d'une entreprise détenue, rachetée ou cédée : une participation, au-delà de la moitié un parent
    ("Globex détient 10 % d'Initech.", {("Globex", "invests-in", "Initech")}),
    ("Globex a racheté 70 % d'Initech.", {("Globex", "owns", "Initech")}),
    ("Globex a cédé 10 % d'Initech à Hooli.", {("Hooli", "invests-in", "Initech")}),
    ("Globex détient 10 % du marché.", set()),
    ("Initech, propriété de Globex, perd de l'argent.", {("Globex", "owns", "Initech")}),
    ("Initech, une unité de Globex, fabrique des robots.", {("Globex", "owns", "Initech")}),
    ("Initech est détenue à 60 % par Globex.", {("Globex", "owns", "Initech")}),
    ("Initech est détenue à 20 % par Globex.", {("Globex", "invests-in", "Initech")}),
    ("Zorblax est un logiciel édité par Initech.", {("Initech", "develops", "Zorblax")}),
    ("Initech fait partie du groupe Globex.", {("Globex", "owns", "Initech")}),
    ("Initech, la start-up cofondée par Paul Durand et Jeanne Martin, a levé 20 millions d'euros.",
     {("Paul Durand", "founded", "Initech"), ("Jeanne Martin", "founded", "Initech")}),
    ("Globex et Initech vont développer ensemble une nouvelle puce.", {("Globex", "partners-with", "Initech")}),
    ("Globex et Initech ont présenté l'ensemble de leurs produits.", set()),
    ("Globex a accepté de payer 500 millions d'euros pour Initech.", {("Globex", "acquires", "Initech")}),
    ("Globex paie Initech pour ses services de cloud.", set()),
    ("Globex a intégré Initech à sa division cloud.", set()),
    ("Initech fait partie du consortium.", set()),
    ("Initech fait partie des concurrents de Globex.", {("Initech", "competes-with", "Globex")}),
    ("Initech, dont le siège se trouve à Grenoble, fabrique des robots.", {("Initech", "based-in", "Grenoble")}),
    ("L'unité de production de Globex à Lyon ferme.", set()),
    ("Globex a traîné Initech en justice.", {("Globex", "sues", "Initech")}),
    # une direction prise, un titre après « comme » que l'analyse rattache au nom, un rôle prêté
    ("Jeanne Martin prendra la direction d'Initech en juin.", {("Jeanne Martin", "leads", "Initech")}),
    ("La direction d'Initech a refusé de commenter.", set()),
    ("Paul Durand a quitté la direction d'Initech.", set()),
    ("Initech a recruté Jeanne Martin comme nouvelle directrice générale.", {("Jeanne Martin", "leads", "Initech")}),
    ("Initech présente Globex comme son principal concurrent.", {("Globex", "competes-with", "Initech")}),
    ("Initech a présenté Zorblax comme son nouvel assistant.", {("Initech", "develops", "Zorblax")}),
    ("Initech est la propriété de Globex.", {("Globex", "owns", "Initech")}),
    ("La propriété intellectuelle de Globex est en jeu.", set()),
    ("Le chiffre d'affaires d'Initech a progressé de 10 % en mai.", set()),
    ("Globex a choisi de racheter Initech.", {("Globex", "acquires", "Initech")}),
    # « faire de X le Y de Z »
    ("L'opération fait de Globex le premier actionnaire d'Initech.", {("Globex", "invests-in", "Initech")}),
    ("Le rachat fait de Jeanne Martin la nouvelle PDG d'Initech.", {("Jeanne Martin", "leads", "Initech")}),
    ("Globex fait de l'IA sa priorité.", set()),
    # « dont » porté par le verbe
    ("Initech, dont les investisseurs comptent Globex et Hooli, développe des puces.",
     {("Globex", "invests-in", "Initech"), ("Hooli", "invests-in", "Initech")}),
    ("Initech, dont les investisseurs sont Globex et Hooli, développe des puces.",
     {("Globex", "invests-in", "Initech"), ("Hooli", "invests-in", "Initech")}),
    # coréférence
    ("Globex a publié ses résultats. Le groupe a aussi accepté de racheter Initech.",
     {("Globex", "acquires", "Initech")}),
    ("Initech a porté plainte contre Globex et Hooli, qu'il accuse de contrefaçon.",
     {("Initech", "accuses", "Globex"), ("Initech", "accuses", "Hooli"),
      ("Initech", "sues", "Globex"), ("Initech", "sues", "Hooli")}),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:50] for c in CASES])
def test_construction(text, expected):
    assert facts(text, "fr") == expected


@pytest.mark.parametrize("text, status, cue", [
    ("Globex pourrait racheter Initech.", "possible", "pourrait"),
    ("Globex envisage d'investir dans Hooli.", "possible", "envisage"),
    ("Selon Reuters, Globex serait prêt à racheter Initech.", "reported", "serait"),
    ("Globex négocie le rachat d'Initech.", "in-talks", "négocie"),
    ("Globex a finalisé le rachat d'Initech.", "completed", "a finalisé"),
])
def test_modality_sets_status_and_cue(text, status, cue):
    [t] = [t for t in triples(text, "fr") if t.predicate in ("acquires", "invests-in")]
    assert (t.attributes.status, t.attributes.cue) == (status, cue)


@pytest.mark.parametrize("text", [
    "Globex n'investira pas dans Hooli.",
    "Globex dément vouloir racheter Initech.",
    "Globex a renoncé à racheter Initech.",
])
def test_negation_and_denial_are_never_plain_facts(text):
    found = [t for t in triples(text, "fr") if t.predicate in ("invests-in", "acquires")]
    assert found and all(t.attributes.negated and t.attributes.status == "denied" for t in found)


@pytest.mark.parametrize("text, amount, currency, year", [
    ("Globex a investi jusqu'à 25 milliards de dollars dans Hooli en 2022.", 25e9, "USD", 2022),
    ("Globex a racheté Initech pour 1,7 milliard d'euros.", 1.7e9, "EUR", None),
    ("L'investissement de Umbrella dans Hooli s'élève à 665 millions de dollars.", 665e6, "USD", None),
])
def test_amounts_and_dates(text, amount, currency, year):
    [t] = [t for t in triples(text, "fr") if t.predicate in ("acquires", "invests-in")]
    assert (t.attributes.amount, t.attributes.currency, t.attributes.year) == (amount, currency, year)


def test_stake_percent():
    [t] = triples("Globex pourrait prendre jusqu'à 10 % du capital d'Initech.", "fr")
    assert t.attributes.stake == 10.0 and t.attributes.status == "possible"


def test_an_organisation_description_is_never_a_person():
    found = facts("Initech recrute. Créée en 2020 par Jean Dupont, Marie Curie et Paul Petit, "
                  "l'entreprise lyonnaise développe l'assistant Nimbus.", "fr")
    assert ("Initech", "based-in", "Lyon") in found  # l'entreprise lyonnaise is Initech
    assert not {t for t in found if t[0] in ("Jean Dupont", "Marie Curie", "Paul Petit") and t[1] != "founded"}


def test_a_participle_clause_keeps_its_own_status():
    found = {t.predicate: t for t in triples(
        "La start-up Initech, soutenue par Globex, a dévoilé son modèle Nimbus.", "fr")}
    assert found["invests-in"].attributes.status == "completed"


def test_a_valuation_is_not_the_amount():
    [t] = [t for t in triples("Globex a investi 2 milliards de dollars dans Hooli, valorisée à 20 milliards de "
                              "dollars.", "fr") if t.predicate == "invests-in"]
    assert t.attributes.amount == 2e9


def test_a_condition_makes_a_fact_possible():
    [t] = triples("Si l'accord se concrétise, Globex deviendra le premier actionnaire d'Initech.", "fr")
    assert (t.predicate, t.attributes.status) == ("invests-in", "possible")


def test_selon_names_a_source_not_a_party():
    assert facts("Selon Reuters, Globex serait en discussions pour acquérir Initech.", "fr") == {
        ("Globex", "acquires", "Initech")}


@pytest.mark.parametrize("text, expected", [
    # les noms qu'un nom pluriel annonce après deux-points, comptés ou non
    ("Globex a été fondée par cinq chercheurs : Jean Dupont, Marie Curie et Paul Martin.",
     {("Jean Dupont", "founded", "Globex"), ("Marie Curie", "founded", "Globex"), ("Paul Martin", "founded", "Globex")}),
    ("Globex a été créée par deux ingénieurs : Jean Dupont et Marie Curie.",
     {("Jean Dupont", "founded", "Globex"), ("Marie Curie", "founded", "Globex")}),
    # un rôle tenu parmi d'autres : « compte parmi », « l'un des »
    ("Jean Dupont compte parmi les fondateurs de Globex.", {("Jean Dupont", "founded", "Globex")}),
    ("Jean Dupont compte parmi les investisseurs de Globex.", {("Jean Dupont", "invests-in", "Globex")}),
    ("Jean Dupont, l'un des cofondateurs de Globex, a quitté l'entreprise.", {("Jean Dupont", "founded", "Globex")}),
    ("Marie Curie a recruté Jean Dupont, l'un des fondateurs de Globex.", {("Jean Dupont", "founded", "Globex")}),
    ("Globex, l'un des concurrents d'Initech, a levé 5 millions d'euros.", {("Globex", "competes-with", "Initech")}),
    ("Globex, l'une des filiales d'Initech, a levé 5 millions d'euros.", {("Initech", "owns", "Globex")}),
])
def test_members_named_after_a_colon_or_among_others(text, expected):
    assert facts(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # « reste », « demeure » : le verbe au présent, que le lemmatiseur laisse tel quel, est une copule
    ("Globex reste actionnaire d'Initech.", {("Globex", "invests-in", "Initech")}),
    ("Globex demeure le premier actionnaire d'Initech.", {("Globex", "invests-in", "Initech")}),
    ("Globex est devenu partenaire d'Initech.", {("Globex", "partners-with", "Initech")}),
    ("Globex reproche à Initech d'avoir copié son code.", {("Globex", "accuses", "Initech")}),
])
def test_a_role_predicated_with_a_verb_in_the_present(text, expected):
    assert facts(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # « président-directeur général », un seul titre ; « quartier général », un siège
    ("Jean Dupont est le président-directeur général de Globex depuis 2015.", {("Jean Dupont", "leads", "Globex")}),
    ("Le président-directeur général de Globex, Jean Dupont, a parlé.", {("Jean Dupont", "leads", "Globex")}),
    ("Marie Curie, présidente-directrice générale de Globex, a parlé.", {("Marie Curie", "leads", "Globex")}),
    ("Le quartier général d'Initech se trouve à Lyon.", {("Initech", "based-in", "Lyon")}),
])
def test_titles_and_seats_in_two_words(text, expected):
    assert facts(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # « créer » : une entreprise que des personnes créent est fondée, un produit décrit reste développé
    ("Jean Dupont a créé Initech en 1998.", {("Jean Dupont", "founded", "Initech")}),
    ("Jean Dupont et Marie Curie ont créé Globex en 2015.",
     {("Jean Dupont", "founded", "Globex"), ("Marie Curie", "founded", "Globex")}),
    ("Jean Dupont a créé Zorblax, un assistant vocal.", {("Jean Dupont", "develops", "Zorblax")}),
])
def test_what_people_create(text, expected):
    assert facts(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # présider le conseil d'une entreprise, c'est la diriger ; y siéger, non
    ("Jean Dupont, président du conseil d'administration de Globex, a démissionné.",
     {("Jean Dupont", "leads", "Globex")}),
    ("Jean Dupont, président du conseil de surveillance de Globex, a démissionné.",
     {("Jean Dupont", "leads", "Globex")}),
    ("Jean Dupont préside le conseil d'administration de Globex.", {("Jean Dupont", "leads", "Globex")}),
    ("Jean Dupont siège au conseil d'administration de Globex.", set()),
])
def test_the_chair_of_a_board(text, expected):
    assert facts(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # mener ou diriger le tour d'une société, c'est y investir ; la levée reste la sienne
    ("Hooli Ventures dirige le tour de table de Globex.", {("Hooli Ventures", "invests-in", "Globex")}),
    ("Hooli Ventures a mené la levée de fonds de Globex.", {("Hooli Ventures", "invests-in", "Globex")}),
    ("Jean Dupont dirige Globex.", {("Jean Dupont", "leads", "Globex")}),
    # « X, soutenue par Y, et Z » : Z suit X dans la liste, il ne soutient pas X
    ("Les entreprises telles que Initech, soutenue par Hooli, et Vandelay recrutent.",
     {("Hooli", "invests-in", "Initech")}),
    ("Initech, soutenue par Hooli et Vandelay, lève des fonds.",
     {("Hooli", "invests-in", "Initech"), ("Vandelay", "invests-in", "Initech")}),
])
def test_who_leads_a_round_and_who_backs_a_listed_company(text, expected):
    assert facts(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # « X, l'un des ..., verbe » : X est le sujet, quoi que l'analyse ait fait de l'apposition
    ("Globex, l'une des start-up les plus en vue, a levé 10 millions d'euros auprès d'Initech.",
     {("Initech", "invests-in", "Globex")}),
    ("Globex, l'un des leaders du secteur, a racheté Initech.", {("Globex", "acquires", "Initech")}),
    ("Hooli Ventures, l'un des premiers soutiens de sociétés comme Initech, Zorblax et Vandelay, "
     "mène le tour de table de Globex.", {("Hooli Ventures", "invests-in", "Globex")}),
])
def test_a_name_opening_the_sentence_before_its_apposition(text, expected):
    assert facts(text, "fr") == expected


def test_investors_of_the_round_their_own_relative_clause_names():
    text = ("Initech recrute. Les investisseurs qui ont participé au dernier tour de financement de Globex "
            "comptent Hooli et Vandelay.")
    assert facts(text, "fr") == {("Hooli", "invests-in", "Globex"), ("Vandelay", "invests-in", "Globex")}


def test_a_supplier_of_goods_to_a_company():
    # « le fournisseur exclusif d'infrastructure de Y » : Y, complément des biens, est le client
    assert facts("Hooli est le fournisseur exclusif d'infrastructure de Globex.", "fr") == {
        ("Hooli", "supplies", "Globex")}


@pytest.mark.parametrize("text, expected", [
    # le fabricant des biens sur lesquels tournent les modèles d'une société la fournit
    ("Globex entraîne ses modèles sur les puces de Hooli.", {("Hooli", "supplies", "Globex")}),
    ("Les modèles de Globex tournent sur les serveurs de Hooli.", {("Hooli", "supplies", "Globex")}),
])
def test_what_a_company_runs_on(text, expected):
    assert facts(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # un produit connu suivi de « de » et d'une organisation est le sien
    ("Il préfère Gemini de Google à ChatGPT d'OpenAI.",
     {("Google", "develops", "Gemini"), ("OpenAI", "develops", "ChatGPT")}),
    ("Le succès de ChatGPT d'OpenAI inquiète.", {("OpenAI", "develops", "ChatGPT")}),
])
def test_a_known_product_and_its_maker_after_de(text, expected):
    assert facts(text, "fr") == expected
