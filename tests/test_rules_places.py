"""Places attach to the noun they modify: based-in, in English and French.

Made-up names only; each case asserts the exact set of based-in triples, so a
place given to the wrong noun (a person, a name inside another name, another
company of the sentence) fails.
"""
import pytest

from conftest import facts, triples

pytestmark = pytest.mark.slow  # loads the real spaCy models


def based(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {t for t in facts(text, lang) if t[1] == "based-in"}


EN = [
    # a place before the organisation noun of a compound, then the name
    ("US chip giant Globex said on Monday that it would hire 500 engineers.",
     {("Globex", "based-in", "United States")}),
    ("Vandelay invested $2 billion in Abu Dhabi artificial intelligence group Initech last year.",
     {("Initech", "based-in", "Abu Dhabi")}),
    ("Jane Roe has left the UK AI startup Initech after months of tension.",
     {("Initech", "based-in", "United Kingdom")}),
    ("The round was led by Japanese tech giant Hooli and by Globex.", {("Hooli", "based-in", "Japan")}),
    ("The fund drew Globex and United Arab Emirates state-backed investor Vandelay.",
     {("Vandelay", "based-in", "United Arab Emirates")}),
    # a nationality before the noun
    ("British chip maker Initech has appointed a new chief executive.",
     {("Initech", "based-in", "United Kingdom")}),
    ("The Paris-based fund invested in Initech, a German robotics startup.", {("Initech", "based-in", "Germany")}),
    # the name before the comma, whatever the parse hung the apposition on
    ("Globex invested in Initech, a British startup founded in 2019.", {("Initech", "based-in", "United Kingdom")}),
    ("Globex invested in Initech, a London startup that builds AI agents.", {("Initech", "based-in", "London")}),
    ("Globex acquired the Israeli chip designer Initech for $1 billion.", {("Initech", "based-in", "Israel")}),
    ("Microsoft-backed Initech is based in San Francisco.", {("Initech", "based-in", "San Francisco")}),
    # hyphenated places, coordinated or in one token
    ("Contoso, a Toronto- and San Francisco-based software startup, announced a partnership with Globex.",
     {("Contoso", "based-in", "Toronto"), ("Contoso", "based-in", "San Francisco")}),
    ("China-based artificial intelligence startup Initech released its model on Monday.",
     {("Initech", "based-in", "China")}),
    ("Initech hired 50 people. The review concluded that the U.S.-based company did not have an adequate system.",
     {("Initech", "based-in", "United States")}),
    # a city and its region, written the agencies' way
    ("Initech agreed to be bought by Globex, a Santa Clara, Calif., company that sells software.",
     {("Globex", "based-in", "Santa Clara")}),
    ("The deal comes after Waterloo, Ont., smart glasses company Hooli was sold to Globex.",
     {("Hooli", "based-in", "Waterloo")}),
    # a place that owns the name
    ("Saudi Arabia's Vandelay Ventures joined the round.", {("Vandelay Ventures", "based-in", "Saudi Arabia")}),
    # founded in a city: the city, and the country of its adjective
    ("Established by the Chinese engineer Li Wei in the southern Chinese city of Shenzhen in 2021, "
     "Initech spent little on training.",
     {("Initech", "based-in", "Shenzhen"), ("Initech", "based-in", "China")}),
    ("Founded in Lyon in 2019, Hooli sells robots.", {("Hooli", "based-in", "Lyon")}),
    # coreference: the company the description refers back to
    ("Initech makes chips in Oxford. Hooli will pay a fee to Globex, with the Japanese technology giant "
     "confirming the deal.", {("Hooli", "based-in", "Japan")}),
    # a description of a company already placed elsewhere is not that company
    ("British chip maker Initech grew. Initech hired 40 engineers, the Japanese giant said.",
     {("Initech", "based-in", "United Kingdom")}),
    ("China-based startup Initech released a model. Globex praised it. The Chinese AI startup has since "
     "reported attacks.", {("Initech", "based-in", "China")}),
    # a member of a plural group placed by a possessive or a nationality
    ("Globex is one of Canada's most promising technology companies.", {("Globex", "based-in", "Canada")}),
    ("Globex was sold after years of being touted as one of Canada's most promising technology companies.",
     {("Globex", "based-in", "Canada")}),
    ("Globex, one of the French startups, raised $10 million.", {("Globex", "based-in", "France")}),
    ("Analysts named Globex as one of the French startups to watch.", {("Globex", "based-in", "France")}),
    # the name a place's description is given
    ("Italy's authority, known as Vandelay, fined Globex $15 million.", {("Vandelay", "based-in", "Italy")}),
]

EN_NONE = [
    # a person is never based somewhere
    "Former French minister Jean Roux joined the board of Globex.",
    "Globex hired the Chinese entrepreneur Li Wei.",
    # a nationality on another noun of the sentence
    "The Italian regulator also ordered Globex to launch a campaign on Italian media.",
    "Regulators from the UK, the US and the EU opposed the deal between Globex and Initech.",
    # a place inside a name, or a place right before or after a name, is part of it
    "Jim Roe chairs the Council of Canadian Innovators.",
    "The complaint, lodged in California Superior Court, names Globex.",
    "Jane Roe is a member of the association Hooli Privacy France.",
    "Jane Roe studied at the University of Toronto with Globex engineers.",
    # a list of names is no city and region
    "Backed by Globex, Oracle, Cisco, Public Sector Fund and others, Initech grew.",
    # one of a group the subject bought or funded is not the subject
    "Hooli invested in one of the French startups.",
    "Jane Doe is one of Canada's top researchers.",
]

FR = [
    ("Globex a investi 2 milliards dans Initech, une société basée aux Émirats arabes unis spécialisée "
     "dans la robotique.", {("Initech", "based-in", "United Arab Emirates")}),
    ("Le fonds d'investissement canadien Vandelay Capital prévoit d'investir 5 milliards d'euros en France.",
     {("Vandelay Capital", "based-in", "Canada")}),
    ("L'opération a été souscrite par le géant néerlandais des semi-conducteurs, Globex, qui a pris 10 % "
     "du capital.", {("Globex", "based-in", "Netherlands")}),
    ("Hooli serait sur le point d'investir dans Initech. La firme de Mountain View envisage d'investir "
     "1 milliard.", {("Hooli", "based-in", "Mountain View")}),
    ("En Europe, seule l'allemande Initech a levé autant.", {("Initech", "based-in", "Germany")}),
    ("Initech a été rachetée par une firme californienne de logiciels, Globex.",
     {("Globex", "based-in", "California")}),
    ("Fondée à Lyon en 2019, la start-up Hooli vend des robots.", {("Hooli", "based-in", "Lyon")}),
    ("Globex a investi 2 milliards de dollars dans Initech, une jeune pousse londonienne spécialisée dans les "
     "agents d'IA.", {("Initech", "based-in", "London")}),
    ("Le géant américain du cloud Globex a annoncé un investissement.", {("Globex", "based-in", "United States")}),
    ("Créée en 2019 à Lyon par Jeanne Martin, Initech fabrique des robots.", {("Initech", "based-in", "Lyon")}),
    ("Initech a été fondée à Berlin en 2015.", {("Initech", "based-in", "Berlin")}),
    ("L'américain Globex a investi dans la start-up allemande Initech.",
     {("Globex", "based-in", "United States"), ("Initech", "based-in", "Germany")}),
    # the nationality of the group, none for the person who runs it
    ("Le groupe néerlandais Globex, dirigé par le Français Jean Roux, a racheté Initech.",
     {("Globex", "based-in", "Netherlands")}),
    # a city and its region in brackets, through coreference
    ("Globex a publié ses résultats. Les processeurs sont conçus par le groupe de Santa Clara (Californie).",
     {("Globex", "based-in", "Santa Clara"), ("Globex", "based-in", "California")}),
    ("Globex a publié ses résultats. Rubin est la nouvelle génération de puces du groupe de Santa Clara "
     "(Californie).", {("Globex", "based-in", "Santa Clara"), ("Globex", "based-in", "California")}),
    # two companies, one description
    ("Globex et Initech ont annoncé un partenariat. Pour l'officialiser, les deux géants californiens de la "
     "tech ont signé une lettre.", {("Globex", "based-in", "California"), ("Initech", "based-in", "California")}),
    # a nationality used as a noun names a company, even one the parse hung elsewhere
    ("En Europe, seule l'allemande Aleph Beta est aussi richement dotée.", {("Aleph Beta", "based-in", "Germany")}),
    ("Le projet sera financé par le fonds Vandelay, un acteur majeur du financement technologique basé à "
     "Doha, selon la presse.", {("Vandelay", "based-in", "Doha")}),
    ("Globex a annoncé un rachat. Le géant américain, qui vise 1 milliard de chiffre d'affaires, "
     "a déboursé 30 millions.", {("Globex", "based-in", "United States")}),
    # a city lies in its country: the American group is the one of Santa Clara
    ("Globex, le géant américain des puces, a publié ses résultats. Les processeurs sont conçus par le groupe de "
     "Santa Clara (Californie).", {("Globex", "based-in", "United States"), ("Globex", "based-in", "Santa Clara"),
                                   ("Globex", "based-in", "California")}),
    ("Globex, le géant allemand des puces, a publié ses résultats. Les processeurs sont conçus par le groupe de "
     "Santa Clara (Californie).", {("Globex", "based-in", "Germany")}),
    # a member of a plural group placed by a nationality
    ("Globex faisait partie des pépites françaises de l'intelligence artificielle.", {("Globex", "based-in", "France")}),
    ("Globex est l'une des licornes françaises.", {("Globex", "based-in", "France")}),
    ("Globex, l'une des start-up françaises les plus prometteuses, a levé 10 millions.",
     {("Globex", "based-in", "France")}),
    # an incubator founded somewhere, named before the comma
    ("Globex Ventures a investi dans Initech, un incubateur d'entreprises fondé à Lyon en octobre par Jean Roux.",
     {("Initech", "based-in", "Lyon")}),
]

FR_NONE = [
    # the fund is Korean, not the start-up that raised the money
    "La start-up Initech a levé 20 millions d'euros, dont 5 millions pour le fonds coréen.",
    # a person
    "Le président français Jean Roux a rencontré les dirigeants de Globex.",
    "Jean Roux, le chercheur français qui dirige le laboratoire de Globex (Globex Robotics Lab), était à Paris.",
    "Le chercheur Jean Roux, basé à Paris, a rejoint Globex.",
    # "la filiale française de Globex": the subsidiary is French, not its parent
    "Hooli a racheté la filiale française de Globex.",
    # a place right after a name is part of it
    "Jean Roux a rejoint l'Université de Montréal et Globex.",
    # one of a group the subject bought is not the subject
    "Hooli a racheté l'une des start-up françaises.",
]


@pytest.mark.parametrize("text, expected", EN, ids=[c[0][:50] for c in EN])
def test_english(text, expected):
    assert based(text, "en") == expected


@pytest.mark.parametrize("text", EN_NONE, ids=[c[:50] for c in EN_NONE])
def test_english_nothing(text):
    assert based(text, "en") == set()


@pytest.mark.parametrize("text, expected", FR, ids=[c[0][:50] for c in FR])
def test_french(text, expected):
    assert based(text, "fr") == expected


@pytest.mark.parametrize("text", FR_NONE, ids=[c[:50] for c in FR_NONE])
def test_french_nothing(text):
    assert based(text, "fr") == set()


def test_constructions_are_named():
    rules = {t.extractor for t in triples("US chip giant Globex grew. Saudi Arabia's Vandelay Ventures "
                                          "invested. Founded in Lyon in 2019, Hooli sells robots.", "en")
             if t.predicate == "based-in"}
    assert rules == {"rules.en.place.modifier", "rules.en.place.possessive", "rules.en.place.founded-in"}
