"""Negation, failed deals and counterfactuals: never a completed fact.

Made-up names only. A negated fact is kept with its evidence (`negated: true`,
status "denied") and is never counted as a fact by the scorer; a hedged one
("once considered", "it would not be surprising that") is "possible".
"""
import pytest

from conftest import facts, triples

pytestmark = pytest.mark.slow  # loads the real spaCy models


def told(text: str, lang: str, predicate: str) -> set[tuple[str, str, bool]]:
    """(subject, object, status, negated) of the facts of `predicate`."""
    return {(t.subject, t.object, t.attributes.status, t.attributes.negated)
            for t in triples(text, lang) if t.predicate == predicate}


@pytest.mark.parametrize("text, lang, predicate, expected", [
    # a plan that is not, a renouncement
    ("Globex has no plans to acquire Initech.", "en", "acquires", {("Globex", "Initech", "denied", True)}),
    ("Globex n'a pas l'intention de racheter Initech.", "fr", "acquires", {("Globex", "Initech", "denied", True)}),
    ("Globex a renoncé à racheter Initech.", "fr", "acquires", {("Globex", "Initech", "denied", True)}),
    # a deal that collapsed, in the same sentence or the next: every telling is negated
    ("Globex agreed to acquire Initech in 2020, but the merger fell through.", "en", "acquires",
     {("Globex", "Initech", "denied", True)}),
    ("Globex agreed to acquire Initech. The deal collapsed in March.", "en", "acquires",
     {("Globex", "Initech", "denied", True)}),
    ("Globex a accepté de racheter Initech. Mais l'opération a capoté en mars.", "fr", "acquires",
     {("Globex", "Initech", "denied", True)}),
    ("Le rachat d'Initech par Globex a échoué.", "fr", "acquires", {("Globex", "Initech", "denied", True)}),
    # a sale that collapsed, with the noun parsed as a preposition's object
    ("British chip maker Initech has appointed a new chief executive after its $40bn sale to Globex "
     "collapsed amid opposition from regulators.", "en", "acquires", {("Globex", "Initech", "denied", True)}),
    # the participation is negated, the talks of the subordinate clause are talks
    ("Hooli did not participate in Initech's round, although it was previously in talks to invest in the company.",
     "en", "invests-in", {("Hooli", "Initech", "denied", True), ("Hooli", "Initech", "in-talks", False)}),
    ("Hooli n'a pas investi dans Initech, bien qu'il ait été en discussions pour investir dans la société.",
     "fr", "invests-in", {("Hooli", "Initech", "denied", True), ("Hooli", "Initech", "in-talks", False)}),
    # hedges and counterfactuals
    ("Globex once considered buying Initech.", "en", "acquires", {("Globex", "Initech", "possible", False)}),
    ("Globex's acquisition of Initech would have been the largest in the sector.", "en", "acquires",
     {("Globex", "Initech", "possible", False)}),
    ("Il ne serait pas très surprenant que Globex finisse par investir dans Initech.", "fr", "invests-in",
     {("Globex", "Initech", "possible", False)}),
    ("It is not impossible that Globex will invest in Initech.", "en", "invests-in",
     {("Globex", "Initech", "possible", False)}),
])
def test_never_completed(text, lang, predicate, expected):
    assert told(text, lang, predicate) == expected


def test_a_partnership_that_collapsed_was_one():
    assert told("Initech's partnership with Globex collapsed last year.", "en", "partners-with") == {
        ("Initech", "Globex", "completed", False)}


def test_a_negation_across_a_colon_is_another_clause():
    assert told("La frénésie d'investissements ne faiblit pas : Initech s'allie cette fois à Globex.", "fr",
                "partners-with") == {("Initech", "Globex", "completed", False)}


def test_a_negated_fact_is_never_a_plain_fact():
    assert facts("Globex agreed to acquire Initech. The deal collapsed in March.", "en") == set()
    assert facts("Globex agreed to acquire Initech. The deal collapsed in March.", "en", negated=True) == {
        ("Globex", "acquires", "Initech")}


def test_another_deal_told_before_is_untouched():
    found = told("Globex invested in Hooli in 2019. Globex agreed to acquire Initech. The merger collapsed.",
                 "en", "invests-in")
    assert found == {("Globex", "Hooli", "completed", False)}


@pytest.mark.parametrize("text, status, negated", [
    # a preposition hung on the verb's adverb still reaches the verb's cue
    ("Globex walked away from its bid for Initech.", "denied", True),
    ("Globex moved ahead with its bid for Initech.", "announced", False),
    # "unlikely" hedges what it governs
    ("Globex is unlikely to acquire Initech.", "possible", False),
])
def test_cues_past_an_adverb_and_hedges(text, status, negated):
    [t] = [t for t in triples(text, "en") if t.predicate == "acquires"]
    assert (t.attributes.status, t.attributes.negated) == (status, negated)
