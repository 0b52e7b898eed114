"""Money, stakes, years, status and negation parsers, on sentences written for these tests."""
import pytest

from extractors.attributes import (
    DENIAL_CUES, NEGATION_CUES, STATUS_CUES, STATUS_PRIORITY, Money, detect_status,
    find_amounts, find_percents, find_stakes, find_years, is_negated,
)
from extractors.triple import STATUSES


def one_amount(text, lang):
    found = find_amounts(text, lang)
    assert len(found) == 1, found
    return found[0]


# ---------------------------------------------------------------- amounts

@pytest.mark.parametrize("text,lang,amount,currency", [
    ("Amazon put $4 billion into the lab.", "en", 4e9, "USD"),
    ("a $350 million round", "en", 350e6, "USD"),
    ("It raised US$1.5bn last year.", "en", 1.5e9, "USD"),
    ("a €1.3bn deal", "en", 1.3e9, "EUR"),
    ("a £200m investment", "en", 200e6, "GBP"),
    ("a ¥10 billion fund", "en", 10e9, "JPY"),
    ("a loan of USD 500 million", "en", 500e6, "USD"),
    ("a 500 million euros contract", "en", 500e6, "EUR"),
    ("worth 1.2 trillion dollars", "en", 1.2e12, "USD"),
    ("a $4.5-billion takeover", "en", 4.5e9, "USD"),
    ("a $1,500,000 grant", "en", 1.5e6, "USD"),
    ("a 4 billion USD fund", "en", 4e9, "USD"),
    ("a billion dollars in chips", "en", 1e9, "USD"),
    ("half a billion dollars", "en", 0.5e9, "USD"),
    ("C$30 million in funding", "en", 30e6, "CAD"),
    ("HK$2bn", "en", 2e9, "HKD"),
    ("10 billion won", "en", 10e9, "KRW"),
    ("a €5m seed round", "en", 5e6, "EUR"),
    ("£750k from angels", "en", 750e3, "GBP"),
    ("a $2B valuation", "en", 2e9, "USD"),
    ("100 million Swiss francs", "en", 100e6, "CHF"),
    ("5 billion yuan", "en", 5e9, "CNY"),
    ("une levée de 25 milliards de dollars", "fr", 25e9, "USD"),
    ("pour 1,7 milliard d'euros", "fr", 1.7e9, "EUR"),
    ("pour 1,7 milliard d’euros", "fr", 1.7e9, "EUR"),
    ("665 millions de dollars", "fr", 665e6, "USD"),
    ("une valorisation de 8 Md$", "fr", 8e9, "USD"),
    ("2,5 Mds € investis", "fr", 2.5e9, "EUR"),
    ("un tour de 100 M€", "fr", 100e6, "EUR"),
    ("10 millions d'euros", "fr", 10e6, "EUR"),
    ("1 500 millions d'euros", "fr", 1.5e9, "EUR"),
    ("1\u202f500 millions d'euros", "fr", 1.5e9, "EUR"),
    ("1\u00a0500 millions de dollars", "fr", 1.5e9, "USD"),
    ("un milliard d'euros", "fr", 1e9, "EUR"),
    ("deux milliards de dollars", "fr", 2e9, "USD"),
    ("4 milliards de dollars américains", "fr", 4e9, "USD"),
    ("300 millions de livres sterling", "fr", 300e6, "GBP"),
    ("50 millions de francs suisses", "fr", 50e6, "CHF"),
    ("12 Mds$ engagés", "fr", 12e9, "USD"),
    ("3,2 millions €", "fr", 3.2e6, "EUR"),
    ("500 000 euros", "fr", 500e3, "EUR"),
    ("2 milliards de yuans", "fr", 2e9, "CNY"),
])
def test_amount_shapes(text, lang, amount, currency):
    m = one_amount(text, lang)
    assert m.amount == pytest.approx(amount)
    assert m.currency == currency
    assert not m.approx and not m.upper_bound


def test_amount_offsets_cover_the_phrase():
    text = "Microsoft invests $10 billion in the startup."
    m = one_amount(text, "en")
    assert text[m.start:m.end] == "$10 billion"
    text = "Nvidia apporte 665 millions de dollars."
    m = one_amount(text, "fr")
    assert text[m.start:m.end] == "665 millions de dollars"


def test_amount_is_frozen():
    m = one_amount("$4 billion", "en")
    assert isinstance(m, Money)
    with pytest.raises(Exception):
        m.amount = 1


@pytest.mark.parametrize("text,lang", [
    ("up to $4 billion", "en"), ("as much as €2bn", "en"),
    ("jusqu'à 25 milliards de dollars", "fr"), ("jusqu’à 3 milliards d'euros", "fr"),
    ("pouvant atteindre 500 millions d'euros", "fr"),
])
def test_upper_bound(text, lang):
    m = one_amount(text, lang)
    assert m.upper_bound and not m.approx


@pytest.mark.parametrize("text,lang", [
    ("about $2bn", "en"), ("around $300 million", "en"), ("nearly $1 billion", "en"),
    ("roughly £40m", "en"), ("more than $6 billion", "en"), ("$5 billion or so", "en"),
    ("environ 3 millions d'euros", "fr"), ("près de 2 milliards de dollars", "fr"),
    ("près d'un milliard d'euros", "fr"), ("plus de 100 M€", "fr"),
    ("autour de 40 millions d'euros", "fr"),
])
def test_approx(text, lang):
    m = one_amount(text, lang)
    assert m.approx and not m.upper_bound


@pytest.mark.parametrize("text,lang,amount,currency", [
    ("entre 15 et 25 milliards de dollars", "fr", 25e9, "USD"),
    ("de 2 à 3 milliards d'euros", "fr", 3e9, "EUR"),
    ("between $15 and $25 billion", "en", 25e9, "USD"),
    ("between $15 billion and $25 billion", "en", 25e9, "USD"),
    ("$15 billion to $20 billion", "en", 20e9, "USD"),
    ("$15-25 billion", "en", 25e9, "USD"),
    ("€300m-€400m", "en", 400e6, "EUR"),
])
def test_ranges_give_the_upper_value(text, lang, amount, currency):
    m = one_amount(text, lang)
    assert (m.amount, m.currency, m.upper_bound) == (pytest.approx(amount), currency, True)
    assert text[m.start:m.end].startswith(("between", "entre", "$", "€", "15", "2 "))


@pytest.mark.parametrize("text,lang", [
    ("It holds 10 % du capital.", "fr"), ("a 49% stake", "en"),
    ("revenue grew by 30 percent", "en"), ("2 000 employés", "fr"),
    ("in 2023 the company hired 500 people", "en"), ("It has 1.5 billion users", "en"),
    ("25 milliards de paramètres", "fr"), ("a 7-billion-parameter model", "en"),
    ("Le groupe compte 1 200 salariés", "fr"),
    ("entraîné sur 7 millions de livres numérisés", "fr"),
])
def test_not_money(text, lang):
    assert find_amounts(text, lang) == []


def test_several_amounts_in_order():
    found = find_amounts("After a $4 billion deal in 2023 it added €300m and £5m.", "en")
    assert [(m.amount, m.currency) for m in found] == [(4e9, "USD"), (300e6, "EUR"), (5e6, "GBP")]


def test_french_billion_is_ten_to_the_twelve():
    assert one_amount("un billion de dollars", "fr").amount == pytest.approx(1e12)
    assert one_amount("a billion dollars", "en").amount == pytest.approx(1e9)


def test_decimal_conventions_per_language():
    assert one_amount("$1,500 million", "en").amount == pytest.approx(1.5e9)
    assert one_amount("1,5 milliard d'euros", "fr").amount == pytest.approx(1.5e9)
    assert one_amount("1.5 milliard de dollars", "fr").amount == pytest.approx(1.5e9)
    assert one_amount("$2.75bn", "en").amount == pytest.approx(2.75e9)


# ---------------------------------------------------------------- stakes

@pytest.mark.parametrize("text,lang,percent", [
    ("Il acquiert 10 % du capital de la start-up.", "fr", 10.0),
    ("Elle prend une participation de 20 % dans la société.", "fr", 20.0),
    ("détient 15\u00a0% de la jeune pousse", "fr", 15.0),
    ("une part de 7,5 % du groupe", "fr", 7.5),
    ("30 pour cent des parts", "fr", 30.0),
    ("It took a 49% stake in the firm.", "en", 49.0),
    ("a 49 per cent stake", "en", 49.0),
    ("a 10 percent holding", "en", 10.0),
    ("It owns 12.5% of the company.", "en", 12.5),
    ("raised its stake to 33%", "en", 33.0),
])
def test_stakes(text, lang, percent):
    stakes = find_stakes(text, lang)
    assert [s.percent for s in stakes] == [percent]


@pytest.mark.parametrize("text,lang", [
    ("Revenue rose 49% last year.", "en"),
    ("Le chiffre d'affaires a bondi de 30 %.", "fr"),
    ("Costs fell 12 percent.", "en"),
    ("une croissance de 20 % par an", "fr"),
])
def test_percent_without_stake_word_is_not_a_stake(text, lang):
    assert find_stakes(text, lang) == []
    assert len(find_percents(text, lang)) == 1


# ---------------------------------------------------------------- years

@pytest.mark.parametrize("text,lang,years", [
    ("La société a été fondée en 2019.", "fr", [2019]),
    ("It was founded in 2015 in Paris.", "en", [2015]),
    ("The deal closed in January 2023.", "en", [2023]),
    ("en janvier 2023, le groupe a signé", "fr", [2023]),
    ("le 15 mars 2021", "fr", [2021]),
    ("on March 3, 2021", "en", [2021]),
    ("d'ici 2030", "fr", [2030]),
    ("fin 2023", "fr", [2023]),
    ("au premier trimestre 2024", "fr", [2024]),
    ("since 2018", "en", [2018]),
    ("by the end of 2026", "en", [2026]),
    ("in early 2025", "en", [2025]),
    ("depuis 2017", "fr", [2017]),
    ("between 2019 and 2021", "en", [2019, 2021]),
    ("de 2020 à 2022", "fr", [2020, 2022]),
    ("published 2023-05-01", "en", [2023]),
    ("Mistral (2023) and others", "en", [2023]),
    ("In May 2024, it launched", "en", [2024]),
])
def test_years(text, lang, years):
    assert [y for _, _, y in find_years(text, lang)] == years


def test_year_offsets():
    text = "Fondée en 2015, la société..."
    (s, e, y), = find_years(text, "fr")
    assert text[s:e] == "2015" and y == 2015


@pytest.mark.parametrize("text,lang", [
    ("FY2024 results", "en"), ("2 000 employés", "fr"), ("a $2025 million bond", "en"),
    ("2025 millions de dollars", "fr"), ("It has 2019 employees", "en"),
    ("in 2021 % terms", "en"), ("model 2048", "en"), ("in 1850", "en"),
])
def test_not_years(text, lang):
    assert find_years(text, lang) == []


# ---------------------------------------------------------------- status

@pytest.mark.parametrize("text,lang,status,cue", [
    ("Apple could invest in the startup", "en", "possible", "could"),
    ("Google may acquire the firm", "en", "possible", "may"),
    ("Oracle might join the round", "en", "possible", "might"),
    ("The chipmaker is considering a bid", "en", "possible", "considering"),
    ("Meta mulls a stake in the lab", "en", "possible", "mulls"),
    ("Nvidia reportedly invested in the firm", "en", "reported", "reportedly"),
    ("SoftBank is said to be leading the round", "en", "reported", "is said to"),
    ("According to Bloomberg, Intel bought the firm", "en", "reported", "According to"),
    ("IBM is in talks to buy the startup", "en", "in-talks", "in talks"),
    ("Salesforce is in advanced talks with the company", "en", "in-talks", "in advanced talks"),
    ("AMD is negotiating a deal", "en", "in-talks", "negotiating"),
    ("The fund plans to invest $1bn", "en", "planned", "plans to"),
    ("Samsung is set to acquire the company", "en", "planned", "is set to"),
    ("The group intends to buy a stake", "en", "planned", "intends to"),
    ("The lab aims to raise $2bn", "en", "planned", "aims to"),
    ("Microsoft will invest $10 billion", "en", "planned", "will"),
    ("Cisco agreed to acquire the firm", "en", "announced", "agreed to"),
    ("The two firms announced a partnership", "en", "announced", "announced"),
    ("They signed a deal with the startup", "en", "announced", "signed"),
    ("The company completed the acquisition", "en", "completed", "completed"),
    ("The startup closed a $100m round", "en", "completed", "closed"),
    ("The bank finalized its investment", "en", "completed", "finalized"),
    ("SoftBank pourrait investir 10 milliards", "fr", "possible", "pourrait"),
    ("Les deux groupes pourraient s'allier", "fr", "possible", "pourraient"),
    ("Apple envisage de racheter la start-up", "fr", "possible", "envisage"),
    ("Nvidia serait sur le point d'investir", "fr", "reported", "serait"),
    ("Selon Les Echos, le groupe a racheté la société", "fr", "reported", "Selon"),
    ("D'après Reuters, le fonds a investi", "fr", "reported", "D'après"),
    ("Le géant investirait 2 milliards", "fr", "reported", "investirait"),
    ("Google est en discussions avec la start-up", "fr", "in-talks", "en discussions"),
    ("Amazon est en négociations exclusives", "fr", "in-talks", "en négociations"),
    ("Le groupe négocie le rachat de la société", "fr", "in-talks", "négocie"),
    ("Microsoft discute avec la jeune pousse", "fr", "in-talks", "discute"),
    ("Le fonds prévoit d'investir 1 milliard", "fr", "planned", "prévoit d'"),
    ("Le groupe prévoit de racheter", "fr", "planned", "prévoit de"),
    ("L'État compte investir dans le projet", "fr", "planned", "compte"),
    ("Meta va investir 5 milliards", "fr", "planned", "va"),
    ("L'opération devrait être finalisée", "fr", "planned", "devrait"),
    ("Le groupe investira 3 milliards", "fr", "planned", "investira"),
    ("Nvidia a annoncé un investissement", "fr", "announced", "a annoncé"),
    ("Le groupe annonce le rachat", "fr", "announced", "annonce"),
    ("Le fonds a finalisé son investissement", "fr", "completed", "a finalisé"),
    ("Le groupe a conclu le rachat", "fr", "completed", "a conclu"),
    ("La société dément toute négociation", "fr", "denied", "dément"),
    ("Intel denied the report", "en", "denied", "denied"),
])
def test_status(text, lang, status, cue):
    assert detect_status(text, lang) == (status, cue)


@pytest.mark.parametrize("text,lang", [
    ("Amazon invested in the startup", "en"),
    ("In May 2023, Microsoft bought the firm", "en"),
    ("Le groupe a racheté la société", "fr"),
    ("le compte de la société", "fr"),
    ("un portrait du fondateur", "fr"),
    ("le retrait du fonds", "fr"),
])
def test_no_status_cue(text, lang):
    assert detect_status(text, lang) is None


def test_most_hedged_cue_wins():
    assert detect_status("According to sources, Apple could buy the firm", "en")[0] == "possible"
    assert detect_status("Selon Bloomberg, Apple serait en discussions", "fr")[0] == "in-talks"
    assert detect_status("The company announced it will invest", "en")[0] == "planned"


def test_status_lexicons_are_frozen_and_controlled():
    for lang in ("en", "fr"):
        assert set(STATUS_CUES[lang].values()) <= set(STATUSES)
        with pytest.raises(TypeError):
            STATUS_CUES[lang]["foo"] = "possible"
    assert set(STATUS_PRIORITY) == set(STATUSES)
    assert STATUS_CUES["fr"]["pourrait"] == "possible"
    assert STATUS_CUES["en"]["reportedly"] == "reported"


# ---------------------------------------------------------------- negation

@pytest.mark.parametrize("text,lang,cue", [
    ("Apple is not investing in the lab", "en", "not"),
    ("Google won't buy the startup", "en", "won't"),
    ("Google won’t buy the startup", "en", "won’t"),
    ("The fund never invested", "en", "never"),
    ("Intel no longer plans to buy it", "en", "no longer"),
    ("Oracle has no plans to invest", "en", "no plans"),
    ("Meta denied reports of a deal", "en", "denied"),
    ("The bank declined to invest", "en", "declined"),
    ("Microsoft pulled out of the round", "en", "pulled out"),
    ("SoftBank dropped out of the talks", "en", "dropped out"),
    ("Qualcomm abandoned its bid", "en", "abandoned"),
    ("The deal was called off", "en", "called off"),
    ("The company ruled out a sale", "en", "ruled out"),
    ("Apple n'investira pas dans la start-up", "fr", "n'investira pas"),
    ("Le groupe ne rachètera plus de sociétés", "fr", "ne rachètera plus"),
    ("Le fonds n'a jamais investi", "fr", "n'a jamais"),
    ("Le groupe ne va finalement pas investir", "fr", "ne va finalement pas"),
    ("La société dément tout rachat", "fr", "dément"),
    ("Le groupe a démenti l'information", "fr", "a démenti"),
    ("Nvidia nie avoir investi", "fr", "nie"),
    ("Apple renonce au rachat", "fr", "renonce"),
    ("Le fonds a abandonné le projet", "fr", "a abandonné"),
    ("Le groupe exclut toute cession", "fr", "exclut"),
])
def test_negated(text, lang, cue):
    assert is_negated(text, lang) == (True, cue)


@pytest.mark.parametrize("text,lang", [
    ("Nvidia is not only a chipmaker but an investor", "en"),
    ("Apple declined to comment on the deal", "en"),
    ("Amazon invested $4 billion", "en"),
    ("Nothing stops the deal", "en"),
    ("Le groupe n'a investi que 10 millions", "fr"),
    ("Elle n'est pas seulement un fonds", "fr"),
    ("Le rachat n'a pas encore été finalisé", "fr"),
    ("La société a investi 2 milliards", "fr"),
    ("Le fonds n'a pas moins de 40 sociétés en portefeuille", "fr"),
    ("It invested not less than $1bn", "en"),
    ("Le groupe a refusé de commenter", "fr"),
])
def test_not_negated(text, lang):
    assert is_negated(text, lang) == (False, None)


def test_negation_lexicons():
    assert "not" in NEGATION_CUES["en"] and "pas" in NEGATION_CUES["fr"]
    assert "denied" in DENIAL_CUES["en"] and "dément" in DENIAL_CUES["fr"]
    assert "renoncer" in DENIAL_CUES["fr"] and "rule out" in DENIAL_CUES["en"]


# ---------------------------------------------------------------- more shapes and cues

@pytest.mark.parametrize("text,lang,status,cue", [
    ("Oracle said it would invest in the venture", "en", "planned", "said it would"),
    ("Citing two sources, the paper said Intel bought the firm", "en", "reported", "Citing"),
    ("Le groupe voudrait racheter la start-up", "fr", "planned", "voudrait"),
    ("L'État s'engage à investir 1 milliard", "fr", "planned", "s'engage à"),
    ("L'opération sera finalisée l'an prochain", "fr", "planned", "sera"),
    ("Le fonds rachèterait une part", "fr", "reported", "rachèterait"),
])
def test_more_status_cues(text, lang, status, cue):
    assert detect_status(text, lang) == (status, cue)


@pytest.mark.parametrize("text,lang,cue", [
    ("The FTC blocked the acquisition", "en", "blocked"),
    ("Talks collapsed last month", "en", "collapsed"),
    ("The bidder failed to win the auction", "en", "failed to"),
    ("Les négociations ont échoué", "fr", "ont échoué"),
    ("Le groupe a rompu les discussions", "fr", "a rompu"),
])
def test_more_denials(text, lang, cue):
    assert is_negated(text, lang) == (True, cue)


def test_brazilian_real_is_not_a_dollar():
    assert one_amount("R$500 million", "en").currency == "BRL"


def test_year_ranges_and_end_of_year():
    assert [y for *_, y in find_years("over 2019-2021", "en")] == [2019, 2021]
    assert [y for *_, y in find_years("à la fin de 2023", "fr")] == [2023]
    assert [y for *_, y in find_years("in mid-2024", "en")] == [2024]


@pytest.mark.parametrize("text,lang", [
    ("Nvidia invested in the startup but did not disclose the amount", "en"),
    ("Terms of the deal were not disclosed", "en"),
    ("Amazon did not immediately respond to a request for comment", "en"),
    ("The fund declined to disclose its stake", "en"),
    ("Google refused to comment on the acquisition", "en"),
    ("Le groupe a investi mais n'a pas précisé le montant", "fr"),
    ("Le montant n'a pas été communiqué", "fr"),
    ("Le fonds n'a pas souhaité commenter", "fr"),
    ("La société a refusé de commenter le rachat", "fr"),
])
def test_negated_telling_is_not_a_negated_fact(text, lang):
    assert is_negated(text, lang) == (False, None)


def test_telling_exception_does_not_hide_a_real_negation():
    assert is_negated("It did not comment, and it will not invest", "en") == (True, "not")
    assert is_negated("Apple n'a pas commenté et n'investira pas", "fr") == (True, "n'investira pas")


@pytest.mark.parametrize("text,lang", [("at least $1 billion", "en"), ("au moins 500 millions d'euros", "fr")])
def test_lower_bounds_are_approx(text, lang):
    m = one_amount(text, lang)
    assert m.approx and not m.upper_bound


@pytest.mark.parametrize("text,lang,status", [
    ("D' après Reuters , le fonds a investi", "fr", "reported"),
    ("Le groupe prévoit d' investir", "fr", "planned"),
    ("Le groupe s' apprête à racheter", "fr", "planned"),
    ("It 'll invest", "en", "planned"),
])
def test_status_on_space_joined_tokens(text, lang, status):
    assert detect_status(text, lang)[0] == status


@pytest.mark.parametrize("text,lang", [
    ("Apple does n't plan to invest", "en"), ("Google wo n't buy it", "en"),
    ("Apple n' investira pas", "fr"), ("Le groupe s' est retiré du tour", "fr"),
])
def test_negation_on_space_joined_tokens(text, lang):
    assert is_negated(text, lang)[0] is True
