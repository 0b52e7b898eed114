"""aikg's own pipeline components, on hand-built Docs (no model loaded)."""
import spacy
from spacy.tokens import Doc

from extractors.pipeline import VerbLemmas


def test_a_french_verb_in_e_gets_its_infinitive_when_the_lemmatizer_knows_it():
    nlp = spacy.blank("fr")
    words = ["Globex", "reste", "actionnaire", "et", "compte", "la", "dise", "reste"]
    pos = ["PROPN", "VERB", "NOUN", "CCONJ", "VERB", "DET", "VERB", "NOUN"]
    lemmas = ["Globex", "reste", "actionnaire", "et", "compter", "le", "dise", "reste"]
    doc = Doc(nlp.vocab, words=words, pos=pos, lemmas=lemmas)
    VerbLemmas(frozenset({"rester", "compter", "dire"}))(doc)
    # a verb left as its form gets the infinitive in -er it has; a lemma already found, a noun
    # ("le reste") and a verb of another group ("dise": no "diser") stay as they were
    assert [t.lemma_ for t in doc] == ["Globex", "rester", "actionnaire", "et", "compter", "le", "dise", "reste"]
