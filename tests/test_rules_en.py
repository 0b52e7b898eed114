"""English constructions, one small sentence each, with the real model.

The names are made up (Globex, Initech, Hooli...) so no rule can lean on the
gazetteer; none of these sentences comes from the evaluation set.
"""
import pytest

from conftest import facts, triples
from extractors.rules.confidence import BASE

pytestmark = pytest.mark.slow  # loads the real spaCy models

CASES = [
    # a name bought that the NER took for a product, no maker of it said: the company bought
    ("Initech acquired Vandelay.", {("Initech", "acquires", "Vandelay")}),
    ("Initech reached an agreement to acquire Vandelay.", {("Initech", "acquires", "Vandelay")}),
    # a partner: a company's, not a venture firm's post held by a person
    ("Initech, a longtime partner of Hooli, said it would grow.", {("Initech", "partners-with", "Hooli")}),
    ("Globex became Initech's first cloud partner in 2021.", {("Globex", "partners-with", "Initech")}),
    ("Jane Doe, managing partner of Hooli Ventures, joined the board of Initech.", set()),
    ("Jane Doe is a general partner of Hooli Capital.", set()),
    # the founders as a team
    ("Jane Doe is part of the founding team of Globex.", {("Jane Doe", "founded", "Globex")}),
    ("Globex's founding team includes Jane Doe and John Roe.",
     {("Jane Doe", "founded", "Globex"), ("John Roe", "founded", "Globex")}),
    ("John Roe joined the team of Globex.", set()),
    # active and passive voice
    ("Globex acquired Initech for $1.2 billion in 2021.", {("Globex", "acquires", "Initech")}),
    # a participle opening the sentence, its list of agents loosely parsed
    ("Founded in 2019 by Jane Miller, Paul Green and Anne Brown, Hooli builds robots.",
     {("Jane Miller", "founded", "Hooli"), ("Paul Green", "founded", "Hooli"),
      ("Anne Brown", "founded", "Hooli")}),
    ("Acquired in 2021 by Globex, Initech employs 300 people.", {("Globex", "acquires", "Initech")}),
    ("Initech was acquired by Globex in January 2023.", {("Globex", "acquires", "Initech")}),
    ("Hooli is backed by Sequoia Capital and Accel.",
     {("Sequoia Capital", "invests-in", "Hooli"), ("Accel", "invests-in", "Hooli")}),
    # nominalisations
    ("Umbrella's $4 billion investment in Hooli was approved on Friday.", {("Umbrella", "invests-in", "Hooli")}),
    ("The acquisition of Initech by Globex was completed last month.", {("Globex", "acquires", "Initech")}),
    ("Initech has filed a lawsuit against Globex.", {("Initech", "sues", "Globex")}),
    ("Globex signed a partnership with Initech.", {("Globex", "partners-with", "Initech")}),
    ("Globex took a 49% stake in Initech.", {("Globex", "invests-in", "Initech")}),
    # appositions and relative clauses
    ("Hooli AI, the developer of the Nimbus chatbot, is growing fast.", {("Hooli AI", "develops", "Nimbus")}),
    ("Hooli AI, whose backers include Sequoia Capital and Accel, plans to expand.",
     {("Sequoia Capital", "invests-in", "Hooli AI"), ("Accel", "invests-in", "Hooli AI")}),
    ("Jane Roe, who co-founded Hooli in 2015, now runs Initech.",
     {("Jane Roe", "founded", "Hooli"), ("Jane Roe", "leads", "Initech")}),
    # coordination and rounds
    ("Umbrella and Globex are financing Hooli.",
     {("Umbrella", "invests-in", "Hooli"), ("Globex", "invests-in", "Hooli")}),
    ("Hooli raised $300 million in a round led by Index Ventures with participation from Accel and Greylock.",
     {("Index Ventures", "invests-in", "Hooli"), ("Accel", "invests-in", "Hooli"),
      ("Greylock", "invests-in", "Hooli")}),
    # titles
    ("Gavin Belson, the chief executive of Hooli, spoke on Monday.", {("Gavin Belson", "leads", "Hooli")}),
    ("Hooli is run by Gavin Belson.", {("Gavin Belson", "leads", "Hooli")}),
    ("Hooli chief executive Gavin Belson said sales rose.", {("Gavin Belson", "leads", "Hooli")}),
    # places and nationality
    ("Hooli, a Palo Alto-based search company, hired 300 engineers.", {("Hooli", "based-in", "Palo Alto")}),
    ("Initech, an Israeli startup, builds chips.", {("Initech", "based-in", "Israel")}),
    ("The Dutch company Globex opened an office.", {("Globex", "based-in", "Netherlands")}),
    # other predicates
    ("Globex supplies chips to Initech.", {("Globex", "supplies", "Initech")}),
    ("Globex released the Nimbus chatbot in May.", {("Globex", "develops", "Nimbus")}),
    ("Hooli was founded in 2015 by Jane Roe and John Roe.",
     {("Jane Roe", "founded", "Hooli"), ("John Roe", "founded", "Hooli")}),
    ("Initech is a subsidiary of Globex.", {("Globex", "owns", "Initech")}),
    ("Hooli competes with Globex in cloud services.", {("Hooli", "competes-with", "Globex")}),
    ("Globex accused Initech of stealing trade secrets.", {("Globex", "accuses", "Initech")}),
    ("Initech sued Globex in federal court.", {("Initech", "sues", "Globex")}),
    ("Hooli raised $50 million from Accel and Index Ventures.",
     {("Accel", "invests-in", "Hooli"), ("Index Ventures", "invests-in", "Hooli")}),
    ("Nvidia has invested in more than 50 startups, including Hooli and Initech.",
     {("Nvidia", "invests-in", "Hooli"), ("Nvidia", "invests-in", "Initech")}),
    ("Globex, whose headquarters are in Austin, hired 50 people.", {("Globex", "based-in", "Austin")}),
    ("Jane Roe created Hooli, a search startup, in 2019.", {("Jane Roe", "founded", "Hooli")}),
    ("OpenAI's rival Hooli launched a new model.", {("Hooli", "competes-with", "OpenAI")}),
    ("Cisco Systems Inc said on Tuesday it would buy Splunk.", {("Cisco Systems Inc", "acquires", "Splunk")}),
    ("Globex sold Initech to Umbrella for $2 billion.", {("Umbrella", "acquires", "Initech")}),
    ("Initech's founders sold the company to Globex in 2014.", {("Globex", "acquires", "Initech")}),
    ("Globex sold its stake in Initech to Umbrella.", {("Umbrella", "invests-in", "Initech")}),
    ("Globex, the parent company of Initech, reported higher profits.", {("Globex", "owns", "Initech")}),
    ("Initech's parent company Globex reported higher profits.", {("Globex", "owns", "Initech")}),
    ("Globex named Jane Doe as its new chief executive.", {("Jane Doe", "leads", "Globex")}),
    ("Initech agreed to be acquired by Globex.", {("Globex", "acquires", "Initech")}),
    ("Globex and Initech formed a joint venture.", {("Globex", "partners-with", "Initech")}),
    ("Globex alleges that Initech stole its trade secrets.", {("Globex", "accuses", "Initech")}),
    ("Globex competes against Initech in the chip market.", {("Globex", "competes-with", "Initech")}),
    ("Initech uses chips made by Globex.", {("Globex", "supplies", "Initech")}),
    ("Initech buys its processors from Globex.", {("Globex", "supplies", "Initech")}),
    ("The chief executive of Globex, Jane Doe, said sales rose.", {("Jane Doe", "leads", "Globex")}),
    ("Microsoft-backed Hooli released a new model.", {("Microsoft", "invests-in", "Hooli")}),
    ("Globex-owned Initech is testing robotaxis.", {("Globex", "owns", "Initech")}),
    ("Initech raised $50 million in a Series B led by Globex.", {("Globex", "invests-in", "Initech")}),
    ("Initech, a portfolio company of Globex, was sold.", {("Globex", "invests-in", "Initech")}),
    ("Initech, in which Globex invested $10 million, is hiring.", {("Globex", "invests-in", "Initech")}),
    ("Globex took control of Initech last year.", {("Globex", "acquires", "Initech")}),
    # a co-founder named with "with"; a rival named before its role noun
    ("Jane Halloway co-founded Initech with Tom Bell in 2015.",
     {("Jane Halloway", "founded", "Initech"), ("Tom Bell", "founded", "Initech")}),
    ("Jane Halloway founded Initech with 5 million dollars.", {("Jane Halloway", "founded", "Initech")}),
    ("Kestrel was co-founded by former Hooli researchers Ana Ruiz and Tom Bell.",
     {("Ana Ruiz", "founded", "Kestrel"), ("Tom Bell", "founded", "Kestrel")}),
    ("Initech, a Globex competitor, raised 10 million dollars.", {("Initech", "competes-with", "Globex")}),
    # an unknown name opening the sentence, tagged a common noun
    ("Vandelay sued Initech in federal court on Monday.", {("Vandelay", "sues", "Initech")}),
    # people by their work are not the company they work for
    ("Kestrel, a Paris-based startup founded by former Hooli researchers, released Orbit last week.",
     {("Kestrel", "based-in", "Paris"), ("Kestrel", "develops", "Orbit")}),
    ("Jane Halloway, a former Globex engineer who co-founded Initech in 2019, said so.",
     {("Jane Halloway", "founded", "Initech")}),
    # a thing used is no controller of the infinitive; a version number is part of the name
    ("Initech will use Globex's cloud to train its next model, Orbit 2.",
     {("Globex", "supplies", "Initech"), ("Initech", "develops", "Orbit 2")}),
    ("Initech released Orbit 2 in May.", {("Initech", "develops", "Orbit 2")}),
    ("The deal makes Globex the largest shareholder of Initech.", {("Globex", "invests-in", "Initech")}),
    ("Orbit was created by engineers at Initech.", {("Initech", "develops", "Orbit")}),
    # a round co-led; funds that invest, not a fund invested in; goods picked are bought
    ("Initech closed a 30 million dollar round co-led by Globex Ventures and Hooli.",
     {("Globex Ventures", "invests-in", "Initech"), ("Hooli", "invests-in", "Initech")}),
    ("Initech raised 30 million dollars from several funds, including Globex Ventures and Hooli.",
     {("Globex Ventures", "invests-in", "Initech"), ("Hooli", "invests-in", "Initech")}),
    ("Globex picked Initech's chips for its servers.", {("Initech", "supplies", "Globex")}),
    ("Globex sources its chips from Initech.", {("Initech", "supplies", "Globex")}),
    # a share of a company held, bought or sold: a stake, over half a parent
    # a verb and its complement as one phrase; a name ending in a number is no person
    ("Initech is taking Globex to court over unpaid fees.", {("Initech", "sues", "Globex")}),
    ("Initech took Globex to dinner.", set()),
    ("Initech released Zephyr 2, its latest model, on Monday.", {("Initech", "develops", "Zephyr 2")}),
    # founders named after a comma, which the parse hung elsewhere
    ("Initech was founded in 2015 by two former Globex engineers, Tom Bell and Jane Halloway.",
     {("Tom Bell", "founded", "Initech"), ("Jane Halloway", "founded", "Initech")}),
    ("Initech was founded by engineers, Jane Halloway said.", set()),
    ("Globex owns 10% of Initech.", {("Globex", "invests-in", "Initech")}),
    ("Globex holds 10 percent of Initech.", {("Globex", "invests-in", "Initech")}),
    ("Globex bought 70% of Initech.", {("Globex", "owns", "Initech")}),
    ("Globex sold 10% of Initech to Hooli.", {("Hooli", "invests-in", "Initech")}),
    ("Globex owns 10% of the market.", set()),
    ("Initech is 60% owned by Globex.", {("Globex", "owns", "Initech")}),
    ("Globex and Initech will jointly develop a new chip.", {("Globex", "partners-with", "Initech")}),
    ("Globex and Initech developed chips.", set()),
    ("Globex has agreed to pay $500 million for Initech.", {("Globex", "acquires", "Initech")}),
    ("Globex will pay for Initech's expansion.", set()),
    ("Initech is 20% owned by Globex.", {("Globex", "invests-in", "Initech")}),
    ("Initech, a property of Globex, lost money.", {("Globex", "owns", "Initech")}),
    ("Globex's intellectual property is at stake.", set()),
    ("Initech's revenue grew 10% in May.", set()),
    ("Globex procures GPUs from Initech.", {("Initech", "supplies", "Globex")}),
    ("Globex sources talent from Initech.", set()),
    ("Globex chose Initech as its partner.", {("Initech", "partners-with", "Globex")}),  # the role noun
    # a leadership held before is no current one
    ("Tom Bell, who previously led Globex, joined Initech as chief executive.", {("Tom Bell", "leads", "Initech")}),
    ("Tom Bell formerly ran Globex.", set()),
    ("Initech was founded by former Globex engineers.", set()),
    ("Globex filed a suit for patent infringement against Initech.", {("Globex", "sues", "Initech")}),
    # coreference
    ("Globex unveiled its results. The company also agreed to buy Initech.", {("Globex", "acquires", "Initech")}),
    ("Globex makes chips. It has agreed to buy Initech.", {("Globex", "acquires", "Initech")}),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:50] for c in CASES])
def test_construction(text, expected):
    assert facts(text, "en") == expected


@pytest.mark.parametrize("text, status, cue", [
    ("Globex could acquire Initech, according to people familiar with the matter.", "possible", "could"),
    ("Globex may invest in Hooli.", "possible", "may"),
    ("Globex reportedly plans to buy Initech.", "reported", "reportedly"),
    ("Globex is in talks to acquire Initech.", "in-talks", "in talks"),
    ("Globex completed its acquisition of Initech.", "completed", "completed"),
])
def test_modality_sets_status_and_cue(text, status, cue):
    [t] = [t for t in triples(text, "en") if t.predicate in ("acquires", "invests-in")]
    assert (t.attributes.status, t.attributes.cue) == (status, cue)
    # a hedge is the fact's status, not a doubt that the article tells it
    assert t.confidence == BASE[t.extractor.split(".", 2)[2]]


@pytest.mark.parametrize("text", [
    "Globex is not investing in Hooli.",
    "Globex denied that it would acquire Initech.",
    "Globex will not buy Initech, its chief executive said.",
])
def test_negation_and_denial_are_never_plain_facts(text):
    found = triples(text, "en")
    assert found and all(t.attributes.negated and t.attributes.status == "denied" for t in found
                         if t.predicate in ("invests-in", "acquires"))
    assert not {p for _, p, _ in facts(text, "en")} & {"invests-in", "acquires"}


@pytest.mark.parametrize("text, amount, currency, year", [
    ("Globex invested up to $2 billion in Hooli in January 2023.", 2e9, "USD", 2023),
    ("Globex acquired Initech for $350 million in 2021.", 350e6, "USD", 2021),
    ("Globex invested €1.3bn in Hooli.", 1.3e9, "EUR", None),
])
def test_amounts_and_dates(text, amount, currency, year):
    [t] = [t for t in triples(text, "en") if t.predicate in ("acquires", "invests-in")]
    assert (t.attributes.amount, t.attributes.currency, t.attributes.year) == (amount, currency, year)


def test_stake_percent():
    [t] = triples("Globex took a 49% stake in Initech.", "en")
    assert t.attributes.stake == 49.0


def test_attributes_stay_in_their_clause():
    text = "Globex, which was founded in 1999, acquired Initech."
    [t] = [t for t in triples(text, "en") if t.predicate == "acquires"]
    assert t.attributes.year is None


def test_a_withdrawn_bid_is_denied():
    [t] = triples("Globex dropped its bid for Initech after regulators objected.", "en")
    assert (t.predicate, t.attributes.negated) == ("acquires", True)


def test_possessive_rival_is_not_ownership():
    assert ("OpenAI", "owns", "Hooli") not in facts("OpenAI's rival Hooli launched a model.", "en")


def test_nothing_without_two_entities():
    assert facts("The company said it would invest more in research.", "en") == set()


@pytest.mark.parametrize("text, expected", [
    # the names a plural noun announces after a colon, counted or not
    ("Globex was started by three researchers: John Smith, Mary Jones and Paul Brown.",
     {("John Smith", "founded", "Globex"), ("Mary Jones", "founded", "Globex"), ("Paul Brown", "founded", "Globex")}),
    ("Globex was founded by two engineers: John Smith and Mary Jones. It sells chips.",
     {("John Smith", "founded", "Globex"), ("Mary Jones", "founded", "Globex")}),
    # a role held among others
    ("John Smith counts among the founders of Globex.", {("John Smith", "founded", "Globex")}),
    ("Hooli hired John Smith, one of the founders of Globex.", {("John Smith", "founded", "Globex")}),
])
def test_members_named_after_a_colon_or_among_others(text, expected):
    assert facts(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # a headquarters noun: whatever its lemma, in two words, after a bare possessive
    ("Vandelay Industries' headquarters are located in Seattle.", {("Vandelay Industries", "based-in", "Seattle")}),
    ("Initech's head office is located in Seattle.", {("Initech", "based-in", "Seattle")}),
    ("Initech moved its head office to Seattle.", {("Initech", "based-in", "Seattle")}),
])
def test_a_headquarters_noun_places_its_owner(text, expected):
    assert facts(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # "create": a company people create is founded, a product described as one is developed
    ("John Smith created Initech in 1998.", {("John Smith", "founded", "Initech")}),
    ("John Smith created Zorblax, a voice assistant.", {("John Smith", "develops", "Zorblax")}),
])
def test_what_people_create(text, expected):
    assert facts(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # the chair of a company's board leads it (DESIGN: "CEO, chair, head of"); a member does not
    ("John Smith, chairman of the board of Globex, resigned.", {("John Smith", "leads", "Globex")}),
    ("John Smith, president of Globex's board, resigned.", {("John Smith", "leads", "Globex")}),
    ("John Smith chairs the board of Globex.", {("John Smith", "leads", "Globex")}),
    ("John Smith is a member of the board of Globex.", set()),
])
def test_the_chair_of_a_board(text, expected):
    assert facts(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # heading a company's round invests in it
    ("Hooli Ventures spearheaded Globex's funding round.", {("Hooli Ventures", "invests-in", "Globex")}),
    ("Hooli anchored the $50 million round for Globex.", {("Hooli", "invests-in", "Globex")}),
    # "X, backed by Y, and Z": Z is listed with X, no backer of it
    ("Companies such as Initech, backed by Hooli, and Vandelay are growing.", {("Hooli", "invests-in", "Initech")}),
    ("Initech, backed by Hooli, Zorblax, and Vandelay, raised money.",
     {("Hooli", "invests-in", "Initech"), ("Zorblax", "invests-in", "Initech"), ("Vandelay", "invests-in", "Initech")}),
])
def test_who_leads_a_round_and_who_backs_a_listed_company(text, expected):
    assert facts(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # "X, one of ..., verb": X is the subject
    ("Globex, one of the hottest startups, has raised $10 million from Initech.", {("Initech", "invests-in", "Globex")}),
    ("Globex, one of the sector's leaders, bought Initech.", {("Globex", "acquires", "Initech")}),
])
def test_a_name_opening_the_sentence_before_its_apposition(text, expected):
    assert facts(text, "en") == expected


def test_a_list_member_described_by_a_noun_the_tagger_took_for_a_verb():
    # "telecoms billionaire Paul Martin": "billionaire" tagged a verb, still the member's lead word
    text = ("Globex raised $10 million. Other investors include former Hooli boss Jean Dupont, "
            "French telecoms billionaire Paul Martin and Initech, the public bank.")
    assert facts(text, "en") == {("Jean Dupont", "invests-in", "Globex"), ("Paul Martin", "invests-in", "Globex"),
                                 ("Initech", "invests-in", "Globex")}


@pytest.mark.parametrize("text, expected", [
    # a dash glued to the name after a dateline, and the agency it credits is no one's antecedent
    ("(Reuters) -Globex said on Tuesday it had raised $1 billion in a round led by Hooli.",
     {("Hooli", "invests-in", "Globex")}),
    ("MILAN (Reuters) - Italy's data protection agency said it fined Globex. The agency, known as Vigilo, "
     "said so.", {("Vigilo", "accuses", "Globex"), ("Vigilo", "based-in", "Italy")}),
    # "for the third time in Y", the object hung on "time"; "In France, X invested" names no target
    ("In France, Hooli invested for the third time in Globex.", {("Hooli", "invests-in", "Globex")}),
    # the company named before a round's amount, a person's possessive in front of it
    ("Hooli also participated in John Smith's Globex $6 billion funding round in 2024.",
     {("Hooli", "invests-in", "Globex")}),
    # "City, Region-based"
    ("The Austin, Texas-based Globex said it would hire.",
     {("Globex", "based-in", "Austin"), ("Globex", "based-in", "Texas")}),
])
def test_datelines_rounds_and_places_of_wire_copy(text, expected):
    assert facts(text, "en") == expected


def test_investors_of_the_round_their_own_relative_clause_names():
    # "investors who took part in the round of funding for Y included A and B", several sentences on
    text = ("Initech is growing. Investors who took part in the latest round of funding for Globex "
            "included Hooli and Vandelay.")
    assert facts(text, "en") == {("Hooli", "invests-in", "Globex"), ("Vandelay", "invests-in", "Globex")}


@pytest.mark.parametrize("text, expected", [
    # the maker of the goods a company's work runs on supplies it
    ("Globex trains its models on Hooli's chips.", {("Hooli", "supplies", "Globex")}),
    ("Globex's chatbot is hosted on Hooli's cloud.", {("Hooli", "supplies", "Globex")}),
    ("Globex runs on electricity.", set()),
    ("John Smith runs Globex.", {("John Smith", "leads", "Globex")}),
])
def test_what_a_company_runs_on(text, expected):
    assert facts(text, "en") == expected
