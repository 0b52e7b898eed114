"""The dependency helpers of extractors/rules/syntax.py on hand-built parses.

As spaCy's own tests do (spacy/tests/lang/fr/test_noun_chunks.py), each parse is
built from words, heads, labels and tags, so these tests need no model and say
exactly which tree a helper is given: English trees in ClearNLP labels, French
ones in Universal Dependencies.
"""
import pytest
import spacy
from spacy.tokens import Doc

from extractors.lang import get as language
from extractors.rules.syntax import (agent_of, agrees, clause_root, copula_subject, described_subject,
                                     first_comma_after, governor, has_case, is_amount, is_description, is_goods,
                                     index_sentences, is_passive, is_reflexive, kids, prep_args, prep_of)

EN, FR = language("en"), language("fr")
VOCABS = {"en": spacy.blank("en").vocab, "fr": spacy.blank("fr").vocab}  # the language's lexical attributes


def parse(words, heads, deps, pos, *, lang="en", tags=None, lemmas=None, morphs=None) -> Doc:
    """A Doc from absolute head indices (a root points at itself)."""
    return Doc(VOCABS[lang], words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas,
               morphs=morphs)


def acquired_by():
    # "Initech was acquired by Globex in 2021 ."
    return parse(["Initech", "was", "acquired", "by", "Globex", "in", "2021", "."],
                 [2, 2, 2, 2, 3, 2, 5, 2],
                 ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "prep", "pobj", "punct"],
                 ["PROPN", "AUX", "VERB", "ADP", "PROPN", "ADP", "NUM", "PUNCT"],
                 tags=["NNP", "VBD", "VBN", "IN", "NNP", "IN", "CD", "."],
                 lemmas=["Initech", "be", "acquire", "by", "Globex", "in", "2021", "."])


def rachetee_par():
    # "Initech a été rachetée par Globex ."
    return parse(["Initech", "a", "été", "rachetée", "par", "Globex", "."],
                 [3, 3, 3, 3, 5, 3, 3],
                 ["nsubj:pass", "aux:tense", "aux:pass", "ROOT", "case", "obl:agent", "punct"],
                 ["PROPN", "AUX", "AUX", "VERB", "ADP", "PROPN", "PUNCT"], lang="fr",
                 lemmas=["Initech", "avoir", "être", "racheter", "par", "Globex", "."],
                 morphs=["", "", "", "VerbForm=Part", "", "", ""])


def test_prepositions_in_both_label_sets():
    en = acquired_by()
    assert prep_of(en[4]) == "by" and prep_of(en[6]) == "in" and prep_of(en[0]) is None
    assert [(p, t.text) for p, t in prep_args(en[2])] == [("by", "Globex"), ("in", "2021")]
    fr = rachetee_par()
    assert prep_of(fr[5]) == "par"
    assert [(p, t.text) for p, t in prep_args(fr[3])] == [("par", "Globex")]


def test_contracted_prepositions_are_read_plain():
    # "Globex investit dans Initech aux côtés du fonds ." -> "aux" is "à", "du" is "de"
    doc = parse(["Globex", "investit", "aux", "côtés", "du", "fonds"],
                [1, 1, 3, 1, 5, 3],
                ["nsubj", "ROOT", "case", "obl:mod", "case", "nmod"],
                ["PROPN", "VERB", "ADP", "NOUN", "ADP", "NOUN"], lang="fr")
    assert prep_of(doc[3]) == "à" and prep_of(doc[5]) == "de"


def test_agents_and_passives():
    en, fr = acquired_by(), rachetee_par()
    assert [t.text for t in agent_of(en[2], EN)] == ["Globex"]
    assert [t.text for t in agent_of(fr[3], FR)] == ["Globex"]
    assert is_passive(en[2], EN) and is_passive(fr[3], FR)


def test_a_passive_subject_beside_the_perfect_auxiliary_is_active():
    # "Hooli a racheté Initech ." parsed with a passive subject: "avoir" makes it active
    doc = parse(["Hooli", "a", "racheté", "Initech", "."], [2, 2, 2, 2, 2],
                ["nsubj:pass", "aux:tense", "ROOT", "obj", "punct"], ["NOUN", "AUX", "VERB", "PROPN", "PUNCT"],
                lang="fr", lemmas=["hooli", "avoir", "racheter", "Initech", "."])
    assert not is_passive(doc[2], FR)


def test_a_reflexive_verb_is_never_passive():
    # "Globex s' est associé à Initech ."
    doc = parse(["Globex", "s'", "est", "associé", "à", "Initech", "."], [3, 3, 3, 3, 5, 3, 3],
                ["nsubj:pass", "expl:comp", "aux:tense", "ROOT", "case", "obl:arg", "punct"],
                ["PROPN", "PRON", "AUX", "VERB", "ADP", "PROPN", "PUNCT"], lang="fr",
                lemmas=["Globex", "se", "être", "associer", "à", "Initech", "."])
    assert is_reflexive(doc[3], FR) and not is_passive(doc[3], FR)
    assert not is_reflexive(doc[3], EN)  # English has no reflexive clitic


def test_a_relative_clause_is_its_own_clause():
    # "Globex , which bought Initech , grew ."
    doc = parse(["Globex", ",", "which", "bought", "Initech", ",", "grew", "."], [6, 0, 3, 0, 3, 0, 6, 6],
                ["nsubj", "punct", "nsubj", "relcl", "dobj", "punct", "ROOT", "punct"],
                ["PROPN", "PUNCT", "PRON", "VERB", "PROPN", "PUNCT", "VERB", "PUNCT"])
    assert clause_root(doc[4]).text == "bought"
    assert clause_root(doc[0]).text == "grew"
    assert first_comma_after(doc[0], 4) == 1 and first_comma_after(doc[3], 8) == 5


def test_a_noun_phrase_knows_its_verb_and_its_preposition():
    # "Globex announced the acquisition of Initech ."
    doc = parse(["Globex", "announced", "the", "acquisition", "of", "Initech", "."], [1, 1, 3, 1, 3, 4, 1],
                ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"])
    assert governor(doc[3]).text == "announced"
    assert governor(doc[5]).text == "announced"
    # "Selon Reuters": a noun with a preposition is no subject
    fr = parse(["Selon", "Reuters"], [1, 1], ["case", "ROOT"], ["ADP", "PROPN"], lang="fr")
    assert has_case(fr[1]) and not has_case(doc[0])


@pytest.mark.parametrize("words, deps, pos, amount", [
    (["25", "milliards"], ["nummod", "ROOT"], ["NUM", "NOUN"], True),
    (["$", "4", "billion"], ["quantmod", "compound", "ROOT"], ["SYM", "NUM", "NUM"], True),
    (["la", "start-up"], ["det", "ROOT"], ["DET", "NOUN"], False),
])
def test_amounts(words, deps, pos, amount):
    doc = parse(words, [len(words) - 1] * len(words), deps, pos)
    assert is_amount(doc[len(words) - 1]) is amount


def test_descriptions_and_goods_come_from_the_language_module():
    doc = parse(["the", "startup", "bought", "chips"], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "dobj"],
                ["DET", "NOUN", "VERB", "NOUN"], lemmas=["the", "startup", "buy", "chip"])
    assert is_description(doc[1], EN) and not is_description(doc[3], EN)
    assert is_goods(doc[3], EN) and not is_goods(doc[1], EN)
    fr = parse(["la", "jeune", "pousse"], [2, 2, 2], ["det", "amod", "ROOT"], ["DET", "ADJ", "VERB"],
               lang="fr", lemmas=["le", "jeune", "pousse"])
    assert is_description(fr[2], FR)  # "pousse" tagged as a verb is still the description


def test_the_subject_a_predicate_noun_describes_through_coordination():
    # "Orbitron is a lab and a subsidiary of Hooli ."
    en = parse(["Orbitron", "is", "a", "lab", "and", "a", "subsidiary", "of", "Hooli", "."],
               [1, 1, 3, 1, 3, 6, 3, 6, 7, 1],
               ["nsubj", "ROOT", "det", "attr", "cc", "det", "conj", "prep", "pobj", "punct"],
               ["PROPN", "AUX", "DET", "NOUN", "CCONJ", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
               lemmas=["Orbitron", "be", "a", "lab", "and", "a", "subsidiary", "of", "Hooli", "."])
    assert described_subject(en[6], EN).text == "Orbitron" and copula_subject(en[6], EN) is None
    assert described_subject(en[3], EN).text == "Orbitron" and described_subject(en[8], EN) is None
    # "Orbitron est une entreprise ." (French: the noun heads the copula)
    fr = parse(["Orbitron", "est", "une", "entreprise", "."], [3, 3, 3, 3, 3],
               ["nsubj", "cop", "det", "ROOT", "punct"], ["PROPN", "AUX", "DET", "NOUN", "PUNCT"], lang="fr")
    assert described_subject(fr[3], FR).text == "Orbitron"


def test_a_participle_agrees_with_a_noun_of_its_gender_and_number():
    # "une entreprise fondée" / "un laboratoire fondée" / "entreprises fondée"
    fr = parse(["entreprise", "laboratoire", "entreprises", "fondée", "Globex"], [0, 1, 2, 0, 4],
               ["ROOT", "ROOT", "ROOT", "acl", "ROOT"], ["NOUN", "NOUN", "NOUN", "VERB", "PROPN"], lang="fr",
               morphs=["Gender=Fem|Number=Sing", "Gender=Masc|Number=Sing", "Gender=Fem|Number=Plur",
                       "Gender=Fem|Number=Sing|VerbForm=Part", ""])
    assert agrees(fr[3], fr[0]) and not agrees(fr[3], fr[1]) and not agrees(fr[3], fr[2])
    assert agrees(fr[3], fr[4])  # a name has no gender to disagree with


@pytest.mark.parametrize("indexed", [False, True])
def test_kids_are_the_children_in_reading_order(indexed):
    for doc in (acquired_by(), rachetee_par()):
        if indexed:
            index_sentences(doc)
        for tok in doc:
            assert [c.i for c in kids(tok)] == [c.i for c in tok.children]
            assert all(c.head.i == tok.i for c in kids(tok))
    assert [c.text for c in kids(acquired_by()[2])] == ["Initech", "was", "by", "in", "."]
