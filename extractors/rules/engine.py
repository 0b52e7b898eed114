"""The relation engine: which tokens may start a rule, and which rule family each goes to.

One engine serves both languages: the language module (`extractors.lang.en`,
`extractors.lang.fr`) supplies the lexicons, and the rule families walk
spaCy's dependency tree (ClearNLP labels for English, Universal Dependencies
for French; extractors/rules/syntax.py):

- verbs.py: trigger verbs, active and passive, a fronted participle, sales, purchases;
- nouns.py: nominalisations ("X's investment in Y", "le rachat de Y par X") and possessives;
- roles.py: role nouns ("X, PDG de Y", "chief executive X", "whose backers include");
- places.py: based-in ("Paris-based", "basée à", demonyms) and "Microsoft-backed X".

Every argument is mapped to entity mentions by args.py, through appositions,
coordination and coreference; emit.py turns them into `Found` facts with the
attributes of modality.py and the confidence of confidence.py.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Iterator

from spacy.tokens import Span, Token

from extractors.coref import Resolver
from extractors.lexicon import demonym_place
from extractors.rules.args import Args
from extractors.rules.frame import Found
from extractors.rules.modality import Clues, collapsed_facts
from extractors.rules.names import maker_prefix_facts, product_of_facts, product_of_pairs
from extractors.rules.nouns import noun_facts, noun_key, possessive_facts, pronoun_facts
from extractors.rules.passing import (behind_facts, enabled_party, integrate_facts, is_product_head, name_facts,
                                      pit_facts, product_facts, rivalry_facts)
from extractors.rules.places import (founded_in_facts, hyphen_facts, is_hyphen_suffix, place_facts,
                                     place_name_facts, place_possessive, place_starts)
from extractors.rules.roles import maker_facts, role_facts
from extractors.rules.supply import build_facts, run_on_facts, use_facts
from extractors.rules.syntax import governor
from extractors.rules.verbs import round_frame, round_talk_facts, verb_facts, verb_key
from extractors.wordtest import WordTest, matching


class Triggers:
    """Which tokens some rule may start from, in one language: the word of a trigger
    lexicon that the rules look up on a token (its surface form or lemma), a
    demonym, or a possessive. Every other token is passed over without building
    a `Token`, and a sentence with none of them is skipped."""

    def __init__(self, L):
        lang = L.LANG
        # the token a phrase is looked up on: a verb's own word ("buy" of "buy out",
        # "offrir" of "se offrir"), a noun phrase's head ("venture" of "joint venture")
        verbs = {k.split()[1] if k.startswith("se ") else k.split()[0] for k in [*L.VERBS, *L.ROUND_VERBS]}
        nouns = {k.split()[-1] for k in [*L.NOUNS, *L.ROLES, *L.MAKER_NOUNS]}
        nouns |= {k.split()[0] for k in [*L.NOUNS, *L.ROLES]}  # "bailleur de fonds", "partie prenante"
        nouns |= {w for k in L.SEAT_NOUNS for w in k.split()}  # "head office", "quartier général"
        singles = {k for k in [*L.FORMS, *L.ROUND_TALKS, *L.DEMONSTRATIVES, *L.HYPHEN_SUFFIXES, *L.BASED_SUFFIX,
                               *L.BASED_VERBS, *L.SEAT_NOUNS, *L.DEAL_NOUNS, *L.PRODUCT_HEADS, *L.OWNED_HEADS,
                               *L.BEHIND, *L.PIT_VERBS, *L.USE_NOUNS, *L.RUN_ON_VERBS, *L.BUILD_WORDS, *L.NAME_NOUNS,
                               *L.INTEGRATE_VERBS]
                   if " " not in k}  # a token is one word: longer entries never match one
        words = frozenset(w.lower() for w in verbs | nouns | singles)
        self.word = WordTest(lambda w: w.lower() in words or demonym_place(w, lang) is not None)

    def positions(self, doc) -> list[int]:
        """The indices of the tokens of `doc` a rule may start from."""
        found = self.word.positions(doc, ("lower", "lemma"))
        poss = matching(doc, "dep", {doc.vocab.strings["poss"]})
        return sorted(set(found).union(poss)) if poss else found


_TRIGGERS: dict[str, Triggers] = {}


class Engine:
    """Applies one language module's rules to the sentences of one parsed article."""

    def __init__(self, L, res: Resolver, *, day: str | None = None):
        self.L, self.day = L, day  # the article's date (ISO), for "last year", "mardi"
        self.args = Args(L, res)
        if L.LANG not in _TRIGGERS:
            _TRIGGERS[L.LANG] = Triggers(L)
        self.triggers = _TRIGGERS[L.LANG]
        self._doc, self._starts = None, []  # the tokens rules may start from, in the last Doc seen
        self._places = frozenset(place_starts(self.args))  # places that may modify a noun ("US chip giant")
        self._made = [m for m in res.mentions if m.maker]  # products named after their maker ("Globex XR300")
        self._made_by = product_of_pairs(res, L)  # "Gemini de Google"

    def sentence(self, sent: Span) -> Iterator[Found]:
        """The facts the rules find in `sent`, in the order of their trigger words."""
        self.args.sentences += 1
        self.args.read(sent)  # the sentence's descriptions and pronouns, in reading order
        for found in self._sentence(sent):
            self.args.facts.append((self.args.sentences, found))  # what later rules may know of the article
            yield found

    def _sentence(self, sent: Span) -> Iterator[Found]:
        if self._made:
            yield from maker_prefix_facts(self.args, sent, self._made)  # names.py: "Globex XR300"
        if self._made_by:
            yield from product_of_facts(self.args, sent, self._made_by)  # names.py: "Gemini de Google"
        starts = self.starts(sent)
        if not starts:
            return
        L, a = self.L, self.args
        clues = Clues(sent, L, a.res.text[sent.start_char:sent.end_char], self.day)
        for tok in starts:
            if tok.i in self._places:
                yield from place_name_facts(a, tok)  # "US chip giant X", "la firme de Mountain View"
            if tok.pos_ == "VERB" and tok.lemma_.lower() in L.INTEGRATE_VERBS:
                yield from integrate_facts(a, tok, clues)  # "X integrates A into B": B is X's
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in L.NAME_NOUNS:
                yield from name_facts(a, tok, clues)  # '"Nimbus" - c'est le nom de l'outil développé par X'
            if tok.lemma_.lower() in L.BUILD_WORDS:
                yield from build_facts(a, tok, clues)  # "builds data centers for Y"
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in L.USE_NOUNS:
                yield from use_facts(a, tok, clues)  # "licenses Nimbus for use in Globex's products"
            if tok.pos_ == "VERB" and tok.lemma_.lower() in L.RUN_ON_VERBS:
                yield from run_on_facts(a, tok, clues)  # "X trains its models on Y's chips"
            if tok.lemma_.lower() in L.DEAL_NOUNS:
                yield from collapsed_facts(a, tok, clues)  # "the merger fell through"
            # facts told in passing (passing.py): "Initech's Nimbus assistant", "behind", "pits X against Y"
            if is_product_head(tok, L) or tok.lemma_.lower() in L.OWNED_HEADS:
                yield from product_facts(a, tok)
            if tok.lower_ in L.BEHIND or (tok.pos_ == "NOUN" and tok.lemma_.lower() in L.BEHIND):
                yield from behind_facts(a, tok, clues)
                continue
            if tok.lemma_.lower() in L.PIT_VERBS or tok.lower_ in L.PIT_VERBS:
                yield from pit_facts(a, tok, clues)  # a verb, or a headline's "Pits" taken for a name
                continue
            if is_hyphen_suffix(tok, sent, L):
                yield from hyphen_facts(a, tok)  # "Microsoft-backed X", "Paris-based X"
                continue
            if tok.lower_ in L.DEMONSTRATIVES and tok.pos_ in ("PRON", "DET"):
                yield from pronoun_facts(a, tok, clues)  # "la plus importante étant celle ... de Y"
                continue
            if tok.lemma_.lower() in L.ROUND_TALKS or tok.lower_ in L.ROUND_TALKS:
                yield from round_talk_facts(a, tok, clues)  # "X négocie avec Y pour un cycle de financement"
            key = verb_key(tok, L)
            if key is not None:
                frame, round_verb = round_frame(a, tok, L.VERBS.get(key))
                if frame is not None:
                    yield from verb_facts(a, tok, frame, sent, clues, round_verb=round_verb)
                    if "founded" in (frame.predicate, frame.org_object):
                        yield from founded_in_facts(a, tok, sent)  # "Founded in Lyon, X ..."
                continue
            lemma = noun_key(tok, L)
            if lemma in L.NOUNS:
                frame = L.NOUNS[lemma]
                head = governor(tok)
                governing = L.VERBS.get(head.lemma_.lower())
                sold = governing is not None and governing.sale  # "sold its stake": the sale verb reads it
                # "puts X in competition with Y": the light verb's subject is no rival (passing.py reads it)
                sold = sold or frame.predicate == "competes-with" and head.lemma_.lower() in L.RIVALRY_VERBS
                light = tok.i > sent.start and tok.nbor(-1).dep_ == "compound" and tok.nbor(-1).lemma_.lower() in frame.gov
                if not sold and (not frame.gov or head.lemma_.lower() in frame.gov or light):  # "gains access", misparsed
                    yield from noun_facts(a, tok, frame, clues)
                if frame.predicate == "competes-with":
                    yield from rivalry_facts(a, tok, frame, clues)  # "puts X in competition with Y"
                elif frame.predicate == "partners-with":
                    yield from enabled_party(a, tok, frame, clues)  # "deals with A and B enable Y to"
            if lemma in L.ROLES:
                yield from role_facts(a, tok, L.ROLES[lemma], clues)
            elif lemma in L.MAKER_NOUNS:
                yield from maker_facts(a, tok, clues)
            if tok.dep_ == "poss":
                yield from possessive_facts(a, tok)
                yield from place_possessive(a, tok)  # "Saudi Arabia's X"
            elif tok.pos_ in ("ADJ", "NOUN", "PROPN", "VERB", "X"):
                yield from place_facts(a, tok)

    def starts(self, sent: Span) -> list[Token]:
        """The tokens of `sent` a rule may start from: trigger words, demonyms, possessives."""
        doc = sent.doc
        if doc is not self._doc:
            found = self.triggers.positions(doc)
            self._doc, self._starts = doc, sorted(self._places.union(found)) if self._places else found
        at = self._starts
        return [doc[i] for i in at[bisect_left(at, sent.start):bisect_left(at, sent.end)]]
