"""The relation engine: trigger lexicons + dependency frames, shared by both languages.

A language module (`extractors.rules.en`, `extractors.rules.fr`) supplies
lexicons only: which verbs, nouns and role nouns trigger which predicate, and
where their object sits (direct object or after which prepositions). This
module walks spaCy's dependency tree, which uses two label sets (ClearNLP for
English, Universal Dependencies for French), both handled here:

- verbs, active and passive ("X acquired Y", "Y a été rachetée par X"), through
  auxiliaries, control verbs and relative clauses ("X, qui a investi dans Y");
- nominalisations ("X's investment in Y", "le rachat de Y par X"), taking their
  subject from the governing verb when the noun phrase has none;
- role nouns in appositions and copulas ("X, PDG de Y", "chief executive X");
- coordination on either side ("X, Y et Z ont participé");
- based-in from "X-based", "basée à", demonyms ("la start-up française X").

Every argument is mapped to an entity mention, through appositions and
coreference when it is a description ("l'entreprise", "the chipmaker").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Iterator

import numpy
from spacy.tokens import Span, Token

from extractors import attributes as attrs
from extractors.coref import Resolver, Ref
from extractors.triple import Attributes
from extractors.wordtest import COLUMNS, WordTest, keys

SUBJ = {"nsubj", "csubj"}
PASS_SUBJ = {"nsubjpass", "nsubj:pass"}
OBJ = {"dobj", "obj", "dative", "iobj"}
REL = {"relcl", "acl:relcl"}
APPOS = {"appos", "flat:name", "flat", "compound", "nmod", "amod", "nummod", "npadvmod", "dep"}
_AUXILIARIES = {"avoir", "être", "have", "be"}
_AGENT_WORDS = {"par", "by"}  # the agent of a passive: "fondée par X", "founded by X"
# which name beside a description names it: an apposition before a compound modifier
_APPOS_RANK = {"appos": 0, "flat:name": 1, "flat": 1, "nmod": 2, "amod": 3, "dep": 3,
               "npadvmod": 4, "nummod": 5, "compound": 6}
CLIMB = {"xcomp", "ccomp", "conj", "acl", "advcl", "pobj", "prep", "obl", "obl:arg", "obl:mod",
         "nmod", "obj", "dobj", "attr", "oprd"}
_PREP_NORM = {"d'": "de", "d’": "de", "du": "de", "des": "de", "au": "à", "aux": "à",
              "à l'": "à", "l'": "", "into": "in", "onto": "on"}

# how much each kind of rule is trusted, before modality
CONF = {"verb": 0.85, "passive": 0.8, "noun": 0.75, "role": 0.8, "based": 0.75, "demonym": 0.7,
        "hyphen": 0.75,
        "possessive": 0.6}
STATUS_FACTOR = {"completed": 1.0, "announced": 0.95, "planned": 0.9, "in-talks": 0.85,
                 "reported": 0.85, "possible": 0.8, "denied": 1.0}

# entity types each predicate accepts on each side (DESIGN.md's table)
ORG, PER, PLACE, PROD, PROJ = "Organization", "Person", "Place", "Product", "Project"
DOMAINS = {
    "invests-in": ({ORG, PER}, {ORG, PROJ}),
    "acquires": ({ORG}, {ORG, PROD}),
    "partners-with": ({ORG}, {ORG}),
    "competes-with": ({ORG}, {ORG}),
    "supplies": ({ORG}, {ORG}),
    "develops": ({ORG, PER}, {PROD, PROJ}),
    "owns": ({ORG}, {ORG}),
    "founded": ({PER, ORG}, {ORG}),
    "leads": ({PER}, {ORG}),
    "sues": ({ORG, PER}, {ORG, PER}),
    "accuses": ({ORG, PER}, {ORG, PER}),
    "based-in": ({ORG, PROJ}, {PLACE}),
}


def fit_type(ref: Ref, allowed: set[str]) -> str:
    """The type of `ref` in a slot that takes `allowed` types.

    A type the NER guessed (not the gazetteer nor a cue word) gives way to the
    slot: an unknown "place" or "product" that acquires or is sued is an
    organisation. Places the place tables know stay places.
    """
    if ref.type in allowed or ref.sure:
        return ref.type
    from extractors.lexicon import is_known_place

    if ORG in allowed and ref.type in (PROD, PLACE) and not is_known_place(ref.name):
        return ORG
    if ORG in allowed and ref.type == PER and (len(ref.name.split()) == 1 or PER not in allowed):
        return ORG  # "Activision Blizzard" taken for a person, yet acquired
    return ref.type


class Triggers:
    """Which tokens some rule may start from, in one language: the word of a trigger
    lexicon that the rules look up on a token (its surface form or lemma), a
    demonym, or a possessive. Every other token is passed over without building
    a `Token`, and a sentence with none of them is skipped."""

    def __init__(self, lang_module):
        from extractors.lexicon import demonym_place

        L, lang = lang_module, lang_module.LANG
        # the token a phrase is looked up on: a verb's own word ("buy" of "buy out",
        # "offrir" of "se offrir"), a noun phrase's head ("venture" of "joint venture")
        verbs = {k.split()[1] if k.startswith("se ") else k.split()[0] for k in [*L.VERBS, *L.ROUND_VERBS]}
        nouns = {k.split()[-1] for k in [*L.NOUNS, *L.ROLES]}
        singles = {k for k in [*L.FORMS, *L.HYPHEN_SUFFIXES, *L.BASED_SUFFIX, *L.BASED_VERBS, *L.SEAT_NOUNS]
                   if " " not in k}  # a token is one word: longer entries never match one
        words = frozenset(w.lower() for w in verbs | nouns | singles)
        self.word = WordTest(lambda w: w.lower() in words or demonym_place(w, lang) is not None)

    def positions(self, doc) -> list[int]:
        """The indices of the tokens of `doc` a rule may start from."""
        found = self.word.positions(doc, ("lower", "lemma"))
        poss = numpy.flatnonzero(keys(doc)[:, COLUMNS["dep"]] == doc.vocab.strings["poss"]).tolist()
        return sorted(set(found).union(poss)) if poss else found


_TRIGGERS: dict[str, Triggers] = {}


@dataclass(frozen=True)
class Frame:
    """How a trigger word expresses a predicate."""

    predicate: str
    obj: tuple[str, ...] = ("obj",)   # "obj": the direct object; other items: prepositions
    subj: tuple[str, ...] = ()        # nouns: prepositions that introduce the subject
    swap: bool = False                # the grammatical subject is the predicate's object
    gov: tuple[str, ...] = ()         # nouns: only when governed by one of these verbs
    status: str | None = None         # what the word itself implies when no cue says more ("a bid")
    org_object: str | None = None     # the predicate when the object is an organisation ("créer")
    sale: bool = False                # selling: the buyer (after obj preps) acquires the object
    buyer: bool = False               # buying goods, not a company: whom from supplies the subject
    confidence: float | None = None


_VALUATION = re.compile(r"(?:valued|valuing\s+\w+|valuation|market\s+(?:value|capitali[sz]ation)|market\s+cap"
                        r"|valoris\w*|capitalisation(?:\s+boursière)?)(?:\s+(?:at|of|à|de|d['’]))?"
                        r"(?:\s+(?:about|around|some|près\s+de|environ|plus\s+de|more\s+than))?\s*$", re.I)


class Clues:
    """Amounts, years and stakes of one sentence, with offsets in the article, and
    its hearsay cue ("selon X", "according to"): each read only when a fact asks."""

    def __init__(self, sent: Span, lang: str, text: str):
        self.off, self.text, self.lang = sent.start_char, text, lang

    @cached_property
    def _money(self) -> list:
        return attrs.find_amounts(self.text, self.lang)

    @cached_property
    def amounts(self) -> tuple:
        # a valuation ("valued at $157 billion", "valorisée à 6 milliards") is no amount of a deal
        return tuple(replace(a, start=a.start + self.off, end=a.end + self.off)
                     for a in self._money
                     if not _VALUATION.search(self.text[max(0, a.start - 32):a.start]))

    @cached_property
    def years(self) -> tuple:
        return tuple((s + self.off, e + self.off, y)
                     for s, e, y in attrs.find_years(self.text, self.lang, self._money))

    @cached_property
    def stakes(self) -> tuple:
        return tuple(replace(p, start=p.start + self.off, end=p.end + self.off)
                     for p in attrs.find_stakes(self.text, self.lang))

    @cached_property
    def reported(self) -> tuple | None:
        return attrs.detect_reported(self.text, self.lang)


@dataclass(frozen=True, slots=True)
class Found:
    subject: Ref
    predicate: str
    object: Ref
    attributes: Attributes
    confidence: float
    rule: str


def prep_of(tok: Token) -> str | None:
    """The preposition that introduces `tok` (UD 'case' child, or ClearNLP prep head)."""
    for c in tok.children:
        if c.dep_ == "case" and c.pos_ == "ADP":
            p = c.lower_
            # "à l'égard de", "à partir de": keep the last word
            return _PREP_NORM.get(p, p)
    if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent", "dative"):
        p = tok.head.lower_
        return _PREP_NORM.get(p, p)
    return None


def prep_args(tok: Token) -> Iterator[tuple[str, Token]]:
    """(preposition, argument head) for each prepositional dependent of `tok`."""
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.pos_ in ("ADP", "SCONJ", "ADV", "VERB"):
            for g in c.children:
                if g.dep_ in ("pobj", "pcomp"):
                    p = c.lower_
                    yield _PREP_NORM.get(p, p), g
        elif c.pos_ == "ADV" and c.dep_ in ("advmod", "dep"):
            # prepositional adverbs: "auprès de X", "lors de X", "près de X"
            for g in c.children:
                if prep_of(g) is not None:
                    yield c.lower_, g
        else:
            p = prep_of(c)
            if p is not None and c.dep_ not in ("case",):
                yield p, c


def agent_of(tok: Token) -> list[Token]:
    out = []
    for c in tok.children:
        if c.dep_ == "agent":
            out += [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ == "obl:agent" or (c.dep_ in ("obl", "obl:mod", "nmod", "obl:arg") and prep_of(c) == "par"):
            out.append(c)
    return out


_CLAUSE_DEPS = {"relcl", "acl:relcl", "advcl", "ccomp", "parataxis", "csubj", "ROOT"}


def clause_root(tok: Token) -> Token:
    """The head of the clause `tok` belongs to (a relative, adverbial or coordinated
    verb clause, or the sentence's root), through infinitives and noun phrases."""
    while tok.head.i != tok.i:
        purpose = tok.dep_ == "advcl" and "Inf" in tok.morph.get("VerbForm")  # "left X to start Y"
        if (tok.dep_ in _CLAUSE_DEPS and not purpose) or (
                tok.dep_ in ("conj", "acl") and tok.pos_ in ("VERB", "AUX")):
            return tok
        tok = tok.head
    return tok


def _is_amount(tok: Token) -> bool:
    """'25 milliards', '$4 billion': a number phrase (other arguments may hang from it)."""
    return tok.like_num or any(c.dep_ in ("nummod", "quantmod", "compound") and c.like_num
                               for c in tok.children)


def is_reflexive(tok: Token) -> bool:
    return any(c.lower_ in ("se", "s'", "s’") and c.dep_ in ("expl:comp", "expl:pv", "expl", "obj", "iobj")
               for c in tok.children)


def is_passive(tok: Token) -> bool:
    if is_reflexive(tok):
        return False  # "X s'est associé à Y": the parser's nsubj:pass is the subject
    if any(c.dep_ in PASS_SUBJ or c.dep_ in ("auxpass", "aux:pass") for c in tok.children):
        return True
    participle = "Part" in tok.morph.get("VerbForm") or tok.tag_ == "VBN"
    return participle and tok.dep_ in ("acl", "amod", "advcl", "ROOT", "conj") and bool(agent_of(tok))


class Engine:
    """Applies one language module's lexicons to parsed sentences."""

    def __init__(self, lang_module):
        self.L = lang_module
        self.lang = lang_module.LANG
        self._funded: list[Ref] = []  # organisations said to be funded, in reading order
        if self.lang not in _TRIGGERS:
            _TRIGGERS[self.lang] = Triggers(lang_module)
        self.triggers = _TRIGGERS[self.lang]
        self._doc, self._starts = None, []  # the tokens rules may start from, in the last Doc seen

    # -- mapping tokens to entities ---------------------------------------
    def refs(self, tok: Token, res: Resolver, *, exclude: frozenset = frozenset(),
             conj: bool = True) -> list[Ref]:
        """The entities a head token stands for, coordination expanded."""
        if tok.lower_ in self.L.RELATIVES and (tok.dep_ in SUBJ | PASS_SUBJ | OBJ | {"poss"}
                                               or prep_of(tok) is not None or tok.dep_ == "pobj"):
            return self.antecedents(tok, res, exclude)  # "X, who ...", "X, dans laquelle Y a investi"
        count = next((self.L.PLURAL_COUNTS[c.lower_] for c in tok.children
                      if c.lower_ in self.L.PLURAL_COUNTS), 0)
        if count and res.mention_at(tok.i) is None:
            return res.resolve_many(tok, count)  # "les deux entreprises", "both companies"
        found = self._ref(tok, res, exclude)
        out = [found] if found else []
        if not out and tok.pos_ == "NOUN":  # "50 startups, including X and Y"
            for p, arg in prep_args(tok):
                if p in self.L.INCLUDING:
                    out += self.refs(arg, res, exclude=exclude)
        if conj:
            for c in tok.children:
                if c.dep_ == "conj":
                    out += self.refs(c, res, exclude=exclude)
        # de-duplicate, keep order
        seen, uniq = set(), []
        for r in out:
            if r.name not in seen:
                seen.add(r.name)
                uniq.append(r)
        return uniq

    def _ref(self, tok: Token, res: Resolver, exclude: frozenset) -> Ref | None:
        m = res.mention_at(tok.i)
        if m is not None:
            return res.ref(m)
        if tok.lower_ in self.L.RELATIVES and tok.dep_ in SUBJ | PASS_SUBJ | OBJ:
            found = self.antecedents(tok, res, exclude)  # "X, qui/which ..."
            return found[0] if found else None
        # a description with its name beside it: "la start-up Contoso", "researchers X and Y"
        by_kind = sorted((c for c in tok.children if c.dep_ in APPOS and res.mention_at(c.i)
                          and prep_of(c) is None),
                         key=lambda c: (_APPOS_RANK.get(c.dep_, 9), abs(c.i - tok.i)))
        if by_kind:
            return res.ref(res.mention_at(by_kind[0].i))
        if tok.pos_ in ("NOUN", "ADJ") and (tok.lower_ in self.L.ANAPHORS or tok.lemma_.lower() in self.L.ANAPHORS):
            nxt = tok.i + 1  # "la jeune pousse Contoso", "la start-up parisienne H"
            doc = tok.doc
            while nxt < tok.sent.end and nxt - tok.i <= 2 and doc[nxt].pos_ == "ADJ" \
                    and res.mention_at(nxt) is None:
                nxt += 1
            # "le fabricant de puces Nvidia", "the maker of chips Nvidia": a complement, then the name
            if nxt + 2 < tok.sent.end and doc[nxt].lower_ in ("de", "d'", "d’", "of") \
                    and doc[nxt + 1].pos_ == "NOUN" and doc[nxt + 1].text[:1].islower():
                nxt += 2
            if nxt < tok.sent.end and res.mention_at(nxt) is not None:
                return res.ref(res.mention_at(nxt))
        for c in tok.children:  # "une start-up baptisée X", "a company called X"
            if c.dep_ in ("acl", "amod") and c.lemma_.lower() in self.L.NAMING:
                for g in c.subtree:
                    m = res.mention_at(g.i)
                    if m is not None and g.i > c.i:
                        return res.ref(m)
        if tok.dep_ == "appos" or (tok.dep_ in ("nmod", "dep") and tok.i > tok.head.i):
            m = res.mention_at(tok.head.i)
            described = self.L.ANAPHORS.get(tok.lemma_.lower()) or self.L.ANAPHORS.get(tok.lower_)
            # "X, l'entreprise ...": unless the description cannot be X ("Lample, l'entreprise")
            if m is not None and (described is None or res.ref(m).type in described):
                return res.ref(m)
        if tok.lower_ in self.L.CONTAINERS or tok.lower_ in self.L.CUE_NOUNS:
            # "la famille de modèles Llama", "the Orion family of models": the name nearby
            for j in range(tok.i + 1, min(tok.i + 4, tok.sent.end)):
                m = res.mention_at(j)
                if m is not None:
                    return res.ref(m)
                if not (tok.doc[j].pos_ in ("ADP", "DET") or tok.doc[j].lower_ in self.L.CUE_NOUNS):
                    break
        if self._is_round(tok):
            return self.round_owner(tok, res, exclude)
        if tok.pos_ in ("NOUN", "ADJ"):
            named = self._before_comma(tok, res)  # "DeepMind, le laboratoire ...", parsed loosely
            if named is not None and named.type in (ORG, PROJ) and (
                    tok.lower_ in self.L.ANAPHORS or tok.lemma_.lower() in self.L.ANAPHORS):
                return named
        return res.resolve(tok, exclude=exclude)

    def _before_comma(self, tok: Token, res: Resolver) -> Ref | None:
        """The name just before the comma that opens `tok`'s noun phrase, if any."""
        start = min([tok.i] + [c.i for c in tok.children if c.i < tok.i and c.dep_ in (
            "det", "amod", "compound", "nmod", "nummod", "advmod")])
        j = start - 1
        if j > tok.sent.start and tok.doc[j].text == ",":
            m = res.mention_at(j - 1)
            if m is not None:
                return res.ref(m)
        return None

    def antecedents(self, rel: Token, res: Resolver, exclude: frozenset) -> list[Ref]:
        """What a relative pronoun stands for: the name just before it (with the names
        coordinated with it: "X and Y, who left"), else its clause's head."""
        j = rel.i - 1
        # skip the comma, and the preposition of "in which", "dans laquelle"
        while j >= rel.sent.start and (rel.doc[j].is_punct or rel.doc[j].pos_ == "ADP"):
            j -= 1
        if j >= rel.sent.start:
            m = res.mention_at(j)
            if m is not None:
                head = rel.doc[m.start:m.end].root
                while head.dep_ == "conj" and res.mention_at(head.head.i) is not None:
                    head = head.head
                found = self.refs(head, res, exclude=exclude)
                return found if found else [res.ref(m)]
            if rel.doc[j].pos_ in ("NOUN", "PROPN"):
                r = self._ref(rel.doc[j], res, exclude)
                return [r] if r else []
        head = rel.head.head if rel.head.dep_ in REL else None
        if head is not None and head.i != rel.head.i:
            r = self._ref(head, res, exclude)
            return [r] if r else []
        return []

    def round_owner(self, tok: Token, res: Resolver, exclude: frozenset = frozenset()) -> Ref | None:
        """Who raises the money of a round: 'OpenAI's round', 'X a levé ... lors d'un tour',
        else the company the article last said was being funded."""
        for c in tok.subtree:
            if c.i != tok.i and (c.dep_ == "poss" and c.head.i == tok.i or (
                    prep_of(c) in ("de", "of") and res.mention_at(c.i) and c.head.head.i in (tok.i, c.head.i)
                    and c.i - tok.i < 5)):
                r = self._ref(c, res, frozenset())
                if r:
                    return r
        head = tok.head
        for _ in range(3):
            if head.lemma_.lower() in self.L.RAISE_VERBS:
                for s in self.subjects(head, res):
                    return s
            if head.head.i == head.i:
                break
            head = head.head
        for r in reversed(self._funded):
            if r.name not in exclude:
                return Ref(r.name, r.type, True)
        # the company whose round it is was named in an earlier sentence
        return res.salient(tok.sent.start, {ORG}, exclude)

    def _round_objects(self, tok: Token, res: Resolver, exclude: frozenset) -> list[Ref]:
        """An investment with no object inside a funding round invests in the round's company."""
        rnd = self._round_near(tok)
        owner = self.round_owner(rnd, res, exclude) if rnd is not None else None
        return [owner] if owner else []

    def _is_round(self, tok: Token) -> bool:
        """A funding round: "round", "tour de table", or "a Series B" (the compound names it)."""
        if tok.lemma_.lower() in self.L.ROUND_NOUNS or tok.lower_ in self.L.ROUND_NOUNS:
            return True
        if any(c.dep_ == "compound" and c.lower_ in self.L.ROUND_NOUNS for c in tok.children):
            return True
        # "une levée de fonds": the complement of a round noun
        return tok.dep_ == "nmod" and tok.head.lemma_.lower() in self.L.ROUND_NOUNS and tok.head.i < tok.i

    def _round_near(self, tok: Token) -> Token | None:
        """A funding-round noun the trigger hangs from ("led by X with participation from Y")."""
        cur = tok
        for _ in range(4):
            if cur.head.i == cur.i:
                return None
            cur = cur.head
            if self._is_round(cur):
                return cur
            for c in cur.children:
                if c.dep_ in SUBJ | PASS_SUBJ | OBJ and self._is_round(c):
                    return c
        return None

    # -- the subject of a verb ---------------------------------------------
    def subjects(self, tok: Token, res: Resolver, depth: int = 0) -> list[Ref]:
        deps = SUBJ | PASS_SUBJ if is_reflexive(tok) else SUBJ
        for c in tok.children:
            if c.dep_ in deps:
                found = self.refs(c, res)
                if found or c.lower_ not in self.L.RELATIVES:
                    return self._coordinated_left(c, found, res)
        if depth < 4 and tok.head.i != tok.i:
            if tok.dep_ in ("acl", "amod") and tok.head.pos_ in ("NOUN", "PROPN") \
                    and tok.head.lemma_.lower() not in self.L.TALK_NOUNS:
                found = self.refs(tok.head, res, conj=False)
                if found:
                    return found
            if tok.dep_ in REL:
                return self.refs(tok.head, res, conj=False)
            if tok.dep_ == "xcomp":
                # object control: "accuse X of using", "accuser X d'utiliser" -> X uses
                for c in tok.head.children:
                    if c.dep_ in OBJ and c.i < tok.i:
                        found = self.refs(c, res)
                        if found:
                            return found
                found = self._right_name(tok.head, res)
                if found and tok.head.lemma_.lower() in self.L.VERBS:
                    return found
            if tok.dep_ in CLIMB:
                found = self.subjects(tok.head, res, depth + 1)
                if found:
                    return found
        return self._left_name(tok, res)

    def _fronted_agents(self, tok: Token, sent: Span, res: Resolver) -> list[Ref]:
        """"Fondée en 2023 par A, B et C, ..." with "par A" hung elsewhere by the
        parser: the agents of a participle opening `sent`, read from the words
        before the first comma."""
        participle = ("Part" in tok.morph.get("VerbForm") or tok.tag_ == "VBN"
                      or tok.lower_.endswith(("é", "ée", "és", "ées", "ed")))
        if not participle:
            return []
        doc = tok.doc
        for j in range(tok.i + 1, min(sent.end - 1, tok.i + 8)):
            if doc[j].text == ",":
                break
            if doc[j].lower_ in _AGENT_WORDS:
                m = res.mention_at(j + 1)
                if m is not None and m.type in (PER, ORG):
                    return self._coordinated_right(doc[m.start], [res.ref(m)], res)
                break
        return []

    def _after_fronted_clause(self, tok: Token, agents: list[Ref],
                              res: Resolver) -> tuple[list[Ref], list[Ref]]:
        """"Fondée en 2019 par A, B et C, la start-up X développe...", parsed with no
        subject: (the agents listed "A, B et C", the name or description right
        after the comma that closes the list). The list ends with its "et"/"and"
        item, so a name the parser coordinated after it is the main subject."""
        doc, end, names = tok.doc, tok.sent.end, {a.name for a in agents}
        j = tok.i + 1
        while j < end and not ((m := res.mention_at(j)) is not None and res.ref(m).name in names):
            j += 1
        if j >= end:
            return [], []
        listed, m = [], res.mention_at(j)
        while True:
            listed.append(res.ref(m))
            last = m.end
            if last + 1 >= end or not (doc[last].text == "," or doc[last].lower_ in self.L.AND):
                break
            ended = doc[last].lower_ in self.L.AND
            m = res.mention_at(last + 1)
            if m is None or m.type != listed[0].type or res.ref(m).name not in names:
                break
            if ended:
                listed.append(res.ref(m))
                last = m.end
                break
        if last >= end or doc[last].text != ",":
            return listed, []
        for k in range(last + 1, end):
            t = doc[k]
            m = res.mention_at(k)
            if m is not None:
                return listed, [res.ref(m)]
            if t.pos_ == "NOUN" and (t.lower_ in self.L.ANAPHORS or t.lemma_.lower() in self.L.ANAPHORS):
                r = self._ref(t, res, frozenset(names))
                return listed, ([r] if r is not None else [])
            if t.pos_ not in ("DET", "ADJ", "NOUN"):
                break
        return listed, []

    def _coordinated_right(self, arg: Token, found: list[Ref], res: Resolver) -> list[Ref]:
        """'par X, Y et Z' parsed with only X attached: the names listed after it."""
        m = res.mention_at(arg.i)
        if m is None or len(found) > 1:
            return found
        doc, j = arg.doc, m.end
        extra: list[Ref] = []
        while j + 1 < arg.sent.end and (doc[j].lower_ in self.L.AND or doc[j].text == ","):
            nxt = res.mention_at(j + 1)
            if nxt is None or nxt.type != m.type:
                break
            extra.append(res.ref(nxt))
            j = nxt.end
        names = {r.name for r in found}
        return found + [r for r in extra if r.name not in names]

    def _coordinated_left(self, subj: Token, found: list[Ref], res: Resolver) -> list[Ref]:
        """'Orange et OpenAI ont signé', parsed with only OpenAI as subject: the names
        coordinated just before the subject belong to it."""
        m = res.mention_at(subj.i)
        if m is None or not found:
            return found
        doc, j = subj.doc, m.start - 1
        extra: list[Ref] = []
        if j <= subj.sent.start or not (doc[j].lower_ in self.L.AND or doc[j].text == "," and len(found) > 1):
            return found  # a list "A, B et C" ends with "et"/"and" ("Selon X, Y a..." is no list)
        while j > subj.sent.start and (doc[j].lower_ in self.L.AND or doc[j].text == ","):
            left = res.mention_at(j - 1)
            if left is None or left.type == "Place":
                break
            extra.insert(0, res.ref(left))
            j = left.start - 1
        names = {r.name for r in found}
        return [r for r in extra if r.name not in names] + found

    def _right_name(self, verb: Token, res: Resolver) -> list[Ref]:
        """A name right after the verb that the parse attached nowhere sensible
        ("a accusé DeepSeek d'utiliser", with DeepSeek tagged as a verb)."""
        j = verb.i + 1
        doc = verb.doc
        while j < min(verb.sent.end, verb.i + 4) and res.mention_at(j) is None and (
                doc[j].pos_ in ("ADV", "PART", "DET") or doc[j].lower_ in ("l'", "l’")
                or doc[j].lower_ in self.L.CUE_NOUNS):
            j += 1
        if j < verb.sent.end:
            m = res.mention_at(j)
            tok = doc[j]
            if m is not None and m.type != "Place" and tok.dep_ not in SUBJ | PASS_SUBJ \
                    and prep_of(doc[m.start:m.end].root) is None:
                return [res.ref(m)]
        return []

    def _left_name(self, verb: Token, res: Resolver) -> list[Ref]:
        """Names right before the verb and its auxiliaries ("X, Y et Z ont participé"),
        when the parse gave the verb no subject."""
        doc, start = verb.doc, verb.sent.start
        j = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")]) - 1
        while j >= start and doc[j].pos_ in ("AUX", "ADV", "PART") and not doc[j].is_punct:
            j -= 1
        if j > start and doc[j].text == ",":
            k = j - 1
            while k > start and doc[k].text != ",":
                k -= 1
            if doc[k].text == "," and k < j - 1:
                j = k - 1
        out: list[Ref] = []
        while j >= start:
            m = res.mention_at(j)
            if m is None or m.type == "Place":
                break
            out.insert(0, res.ref(m))
            j = m.start - 1
            # "A, B et C ont ...": a comma continues a list that ends with "et"/"and"
            if j >= start and (doc[j].lower_ in self.L.AND or (doc[j].text == "," and len(out) > 1)):
                j -= 1
            else:
                break
        return out

    # -- attributes ---------------------------------------------------------
    def chain(self, tok: Token) -> list[Token]:
        """The trigger, the verbs that govern it, and their function words."""
        out, cur = [], tok
        for _ in range(6):
            out.append(cur)
            out += [c for c in cur.children if c.dep_ in (
                "aux", "aux:tense", "aux:pass", "auxpass", "neg", "advmod", "mark", "cop", "prt", "expl:comp",
                "poss")]
            if cur.head.i == cur.i or cur.dep_ not in CLIMB | REL | {"nsubj", "nsubjpass", "nsubj:pass"}:
                break
            if cur.dep_ in REL or (cur.dep_ in ("acl", "amod") and "Part" in cur.morph.get("VerbForm")):
                break  # a relative or participle clause has its own tense and modality
            cur = cur.head
        return sorted(set(out), key=lambda t: t.i)

    def attributes(self, tok: Token, sent: Span, clues: "Clues") -> Attributes:
        chain = self.chain(tok)
        text = " ".join(t.text for t in chain)
        status, cue = "completed", None
        found = attrs.detect_status(text, self.lang)
        if found:
            status, cue = found[0], found[1].strip()
        else:
            for t in chain:
                if "Cnd" in t.morph.get("Mood"):
                    status, cue = "possible", t.text
                    break
        # "Si l'accord se concrétise, X deviendra...", "If the deal closes, X will...": a condition
        condition = next((m for t in chain for c in t.children if c.dep_ == "advcl"
                          for m in c.children if m.dep_ == "mark" and m.lower_ in self.L.CONDITIONALS), None)
        if condition is not None and status in ("completed", "announced", "planned"):
            status, cue = "possible", condition.text
        if status == "completed" and clues.reported:
            status, cue = clues.reported
        negated, neg_cue = attrs.is_negated(text, self.lang)
        if negated:
            status, cue = "denied", neg_cue
        # the amount and year nearest the trigger, within its own clause
        doc = tok.doc
        home = clause_root(tok)

        def same_clause(start: int) -> bool:
            span = doc.char_span(start, start + 1, alignment_mode="expand")
            return span is not None and clause_root(span[0]).i == home.i

        amount = currency = year = None
        near = [m for m in clues.amounts if same_clause(m.start)]
        if near:
            best = min(near, key=lambda m: abs(m.start - tok.idx))
            amount, currency = best.amount, best.currency
        ys = [y for y in clues.years if same_clause(y[0])]
        if ys:
            year = min(ys, key=lambda y: abs(y[0] - tok.idx))[2]
        ps = [p for p in clues.stakes if same_clause(p.start)]
        stake = min(ps, key=lambda p: abs(p.start - tok.idx)).percent if ps else None
        return Attributes(amount, currency, year, status, cue, negated, stake)

    # -- rules ---------------------------------------------------------------
    def sentence(self, sent: Span, res: Resolver) -> Iterator[Found]:
        starts = self.starts(sent)
        if not starts:
            return
        clues = Clues(sent, self.lang, res.text[sent.start_char:sent.end_char])
        for tok in starts:
            if tok.i > sent.start + 1 and tok.nbor(-1).text == "-" and (
                    tok.lower_ in self.L.HYPHEN_SUFFIXES or tok.lower_ in self.L.BASED_SUFFIX):
                yield from self._based_in(tok, sent, res)  # "Microsoft-backed X", "Paris-based X"
                continue
            key = self._verb_key(tok)
            if key is not None:
                frame = self._round_frame(tok, self.L.VERBS.get(key))
                if frame is not None:
                    yield from self._verb(tok, frame, res, sent, clues)
                continue
            lemma = self._noun_key(tok)
            if lemma in self.L.NOUNS:
                frame = self.L.NOUNS[lemma]
                governor = self._governor(tok)
                sold = (self.L.VERBS.get(governor.lemma_.lower()) or frame).sale
                if not sold and (not frame.gov or governor.lemma_.lower() in frame.gov):
                    yield from self._noun(tok, frame, res, sent, clues)
            if lemma in self.L.ROLES:
                yield from self._role(tok, self.L.ROLES[lemma], res, sent, clues)
            if tok.dep_ == "poss":
                yield from self._possessive(tok, res)
            elif tok.pos_ in ("ADJ", "NOUN", "PROPN", "VERB", "X"):
                yield from self._based_in(tok, sent, res)

    def starts(self, sent: Span) -> list[Token]:
        """The tokens of `sent` a rule may start from: trigger words, demonyms, possessives."""
        doc = sent.doc
        if doc is not self._doc:
            self._doc, self._starts = doc, self.triggers.positions(doc)
        at = self._starts
        return [doc[i] for i in at[bisect_left(at, sent.start):bisect_left(at, sent.end)]]

    def _possessive(self, tok: Token, res: Resolver) -> Iterator[Found]:
        """"Alphabet's Google" owns; "Anthropic's Claude" develops."""
        owner, owned = res.mention_at(tok.i), res.mention_at(tok.head.i)
        if owner is None or owned is None or owner is owned:
            return
        if any(t.dep_ != "case" for t in tok.doc[owner.end:owned.start]):
            return  # "OpenAI's rival Anthropic" is no ownership
        o, d = res.ref(owner), res.ref(owned)
        if o.type != ORG:
            return
        predicate = {ORG: "owns", PROD: "develops"}.get(d.type)
        if predicate:
            yield Found(o, predicate, d, Attributes(), CONF["possessive"], "possessive")

    def _verb_key(self, tok: Token) -> str | None:
        """The trigger-verb key of `tok` ("acquire", "buy out", "se associer"), if it is one.

        A form the lexicon knows counts whatever part of speech the tagger gave
        it ("investit" tagged ADJ), unless a determiner makes it a noun.
        """
        if tok.pos_ in ("VERB", "AUX"):
            lemma = tok.lemma_.lower()
        elif tok.lower_ in self.L.FORMS and not any(c.dep_ == "det" for c in tok.children) \
                and not (tok.i > 0 and tok.nbor(-1).pos_ == "DET"):
            lemma = self.L.FORMS[tok.lower_]
        else:
            return None
        if lemma not in self.L.VERBS and lemma not in self.L.ROUND_VERBS:
            lemma = self.L.FORMS.get(tok.lower_, lemma)
        for c in tok.children:
            if c.dep_ in ("prt", "compound:prt"):
                key = f"{lemma} {c.lower_}"
                if key in self.L.VERBS or key in self.L.ROUND_VERBS:
                    return key
            if c.dep_ in ("expl:comp", "expl:pv", "obj", "iobj", "expl") and c.lower_ in ("se", "s'", "s’"):
                key = "se " + lemma
                if key in self.L.VERBS:
                    return key
        return lemma if lemma in self.L.VERBS or lemma in self.L.ROUND_VERBS else None

    def _noun_key(self, tok: Token) -> str | None:
        if tok.pos_ not in ("NOUN", "PROPN", "ADJ", "X"):
            return None
        lemma = tok.lemma_.lower()
        for c in tok.children:  # "joint venture", "prise de participation"
            if c.dep_ in ("compound", "amod") and f"{c.lower_} {lemma}" in self.L.NOUNS:
                return f"{c.lower_} {lemma}"
        if lemma in self.L.NOUNS or lemma in self.L.ROLES:
            return lemma
        return tok.lower_

    @staticmethod
    def _governor(tok: Token) -> Token:
        """The verb a noun phrase depends on (through prepositions)."""
        head = tok
        for _ in range(3):
            if head.head.i == head.i:
                break
            head = head.head
            if head.pos_ in ("VERB", "AUX"):
                break
        return head

    def _emit(self, subjects, frame: Frame, objects, tok, sent, clues, rule,
              modality: bool = True) -> Iterator[Found]:
        if frame.predicate == "invests-in":  # who gets funded, for later rounds
            self._funded.extend(o for o in (subjects if frame.swap else objects) if o.type == ORG)
        if not subjects or not objects:
            return
        a = self.attributes(tok, sent, clues)
        if frame.status and a.status == "completed" and a.cue is None:
            a = replace(a, status=frame.status)
        if not modality:  # "its co-founders X and Y": a standing fact, not the clause's event
            a = Attributes()
        base = frame.confidence or CONF[rule]
        for s in subjects:
            for o in objects:
                subj, obj = (o, s) if frame.swap else (s, o)
                conf = base * STATUS_FACTOR.get(a.status, 0.8) * (0.85 if subj.via_coref or obj.via_coref else 1.0)
                yield Found(subj, frame.predicate, obj, a, round(conf, 3), rule)

    def _objects(self, tok: Token, frame: Frame, res: Resolver, exclude) -> list[Ref]:
        out: list[Ref] = []
        # where the arguments may hang: the trigger; an auxiliary the parser took for
        # its head ("avoir investi dans X"); for a noun, its light verb ("porter
        # plainte contre X", "sign a partnership with X", "take a stake in X")
        hosts = [tok]
        if tok.dep_ in OBJ | {"xcomp", "attr"} and (
                tok.head.lemma_.lower() in _AUXILIARIES or tok.pos_ in ("NOUN", "PROPN")):
            hosts.append(tok.head)
        if "obj" in frame.obj:
            for c in tok.children:
                if c.dep_ in OBJ:
                    out += self._patients(c, frame, res, exclude)
            if not out:
                out += self._relative_object(tok, res, exclude) or self._right_name(tok, res)
        preps = [p for p in frame.obj if p != "obj"]
        if preps:
            for host in hosts:
                for p, arg in prep_args(host):
                    if p in preps and arg.i != tok.i:
                        out += self.refs(arg, res, exclude=exclude)
                if out:
                    break
            # the object of "investir dans" is sometimes attached to the direct object,
            # and a noun's to its adjective ("un investissement conjoint dans X")
            if not out:
                for c in tok.children:
                    if c.dep_ in OBJ or (tok.pos_ == "NOUN" and c.dep_ in ("acl", "amod")) or _is_amount(c):
                        for p, arg in prep_args(c):
                            if p in preps:
                                out += self.refs(arg, res, exclude=exclude)
        return out

    def _patients(self, obj: Token, frame: Frame, res: Resolver, exclude) -> list[Ref]:
        """The entities a direct object names; for supplies, also whom the goods serve:
        "supplies the processors used by X", "fabrique les puces conçues par X"."""
        found = self.refs(obj, res, exclude=exclude)
        if frame.predicate != "supplies":
            return found
        # what is supplied ("ses puces H100") is not whom it is supplied to
        found = [r for r in found if fit_type(r, {ORG}) == ORG]
        if found:
            return found
        for c in obj.children:
            if c.dep_ in ("acl", "amod", "relcl", "acl:relcl"):
                for a in agent_of(c):
                    found += self.refs(a, res, exclude=exclude)
                for p, arg in prep_args(c):
                    if p in self.L.FOR_PREPS:
                        found += self.refs(arg, res, exclude=exclude)
        participle = any(c.dep_ in ("acl", "amod") for c in obj.children)
        for p, arg in prep_args(obj):
            if p in self.L.FOR_PREPS or (participle and p in ("by", "par")):
                found += self.refs(arg, res, exclude=exclude)
        return found

    def _relative_object(self, verb: Token, res: Resolver, exclude) -> list[Ref]:
        """'X, qu'il accuse de ...', 'X, which it bought': the object is the antecedent."""
        first = min([verb.i] + [c.i for c in verb.children if c.dep_ in SUBJ or c.dep_.startswith("aux")])
        j = first - 1
        if j >= verb.sent.start and verb.doc[j].lower_ in self.L.RELATIVES_OBJ:
            return self.antecedents(verb.doc[j], res, exclude)
        return []

    def _round_frame(self, tok: Token, frame: Frame | None) -> Frame | None:
        """'lead/join a round', 'participer au tour de table' invest in the round's company."""
        alt = self.L.ROUND_VERBS.get(tok.lemma_.lower()) or self.L.ROUND_VERBS.get(self.L.FORMS.get(tok.lower_, ""))
        if alt is None:
            return frame
        args = [c for c in tok.children if c.dep_ in OBJ | PASS_SUBJ] + [a for _, a in prep_args(tok)]
        if tok.dep_ in ("acl", "amod"):
            args.append(tok.head)
        if any(self._is_round(a) for a in args):
            return alt
        return frame

    def _purchase(self, tok, buyers: list[Ref], res, sent, clues) -> Iterator[Found]:
        """'X buys chips from Y', 'X utilise des puces fabriquées par Y': Y supplies X."""
        sellers: list[Ref] = []
        for host in [tok] + [c for c in tok.children if c.dep_ in OBJ]:
            for p, arg in prep_args(host):
                if p in self.L.FROM_PREPS:
                    sellers += self.refs(arg, res)
            if host.i != tok.i:
                for c in host.children:  # "chips made by Y"
                    if c.dep_ in ("acl", "amod"):
                        for a in agent_of(c):
                            sellers += self.refs(a, res)
        yield from self._emit(sellers, Frame("supplies"), [b for b in buyers if b.type == ORG],
                              tok, sent, clues, "verb")

    def _sale(self, tok, frame: Frame, res, sent, clues) -> Iterator[Found]:
        """'X a vendu Y à Z', 'X sold Y to Z': Z acquires Y (Y is X itself in "sold itself")."""
        sellers = self.subjects(tok, res)
        sold: list[Ref] = []
        for c in tok.children:
            if c.dep_ in OBJ:
                noun = self.L.NOUNS.get(self._noun_key(c) or "")
                if noun is not None and noun.predicate == "invests-in":
                    # "sold its stake in Y to Z": Z now invests in Y
                    targets = [r for p, arg in prep_args(c) if p in noun.obj for r in self.refs(arg, res)]
                    frame = replace(frame, predicate="invests-in")
                    sold += targets
                else:
                    sold += self.refs(c, res, exclude=frozenset(r.name for r in sold))
        sold = sold or [r for r in sellers if r.type == ORG]
        buyers: list[Ref] = []
        for host in [tok] + [c for c in tok.children if c.dep_ in OBJ]:
            for p, arg in prep_args(host):
                if p in frame.obj:
                    buyers += self.refs(arg, res)
        yield from self._emit(buyers, replace(frame, swap=False), sold, tok, sent, clues, "verb")

    def _verb(self, tok, frame: Frame, res, sent, clues) -> Iterator[Found]:
        if frame.sale and not is_passive(tok):
            yield from self._sale(tok, frame, res, sent, clues)
            return
        passive = is_passive(tok)
        fronted = [] if passive or tok.i != sent.start else self._fronted_agents(tok, sent, res)
        if fronted or passive:
            subjects = fronted
            for a in agent_of(tok):
                subjects += self._coordinated_right(a, self.refs(a, res), res)
            objects = []
            for c in tok.children:
                if c.dep_ in PASS_SUBJ:
                    objects += self.refs(c, res)
            if not objects and tok.i == tok.sent.start:
                # "Fondée en 2023 par X, l'entreprise ...": the main clause's subject
                after = [t for t in tok.sent if t.i > tok.i and t.dep_ in SUBJ | PASS_SUBJ]
                if after:
                    objects = self.refs(after[0], res)
                elif subjects:
                    listed, objects = self._after_fronted_clause(tok, subjects, res)
                    if objects:  # a conjunct after the list's "et"/"and" was the main subject
                        subjects = listed
            if not objects and tok.dep_ in ("acl", "amod", "advcl") and tok.head.pos_ in ("NOUN", "PROPN"):
                objects = self.refs(tok.head, res, conj=False)
            if not objects and tok.dep_ in REL:
                objects = self.refs(tok.head, res, conj=False)
            if not objects and tok.dep_ == "conj":  # "financée par X et soutenue par Y"
                for c in tok.head.children:
                    if c.dep_ in PASS_SUBJ | SUBJ:
                        objects += self.refs(c, res)
            if not objects and tok.dep_ == "xcomp":
                objects = self.subjects(tok.head, res)  # "Initech agreed to be acquired by X"
            if not objects:
                objects = self._left_name(tok, res)  # "H, qui a levé ..., est dirigée par X"
            yield from self._emit(subjects, frame, objects, tok, sent, clues, "passive")
            return
        subjects = self.subjects(tok, res)
        if frame.predicate == "invests-in" and subjects:
            for p, arg in prep_args(tok):  # "X finance Y aux côtés de Z", "together with Z"
                if arg.lemma_.lower() in self.L.COSUBJ_PREPS:  # "aux côtés de Z": the noun's complement
                    subjects += [r for q, a in prep_args(arg) if q in ("de", "of")
                                 for r in self.refs(a, res) if r.type in (ORG, PER)]
                elif p in self.L.COSUBJ_PREPS and p not in frame.obj:
                    subjects += [r for r in self.refs(arg, res) if r.type in (ORG, PER)]
        exclude = frozenset(x.name for x in subjects)
        objects = self._objects(tok, frame, res, exclude)
        if not objects and frame.predicate == "invests-in":
            objects = self._round_objects(tok, res, exclude)  # "..., qui investit 1,3 milliard"
        if not objects and frame.predicate == "accuses":
            for c in tok.children:  # "X alleges that Y stole ...": Y is accused
                if c.dep_ == "ccomp":
                    objects += [r for s in c.children if s.dep_ in SUBJ for r in self.refs(s, res, exclude=exclude)]
        if not objects and frame.buyer:
            yield from self._purchase(tok, subjects, res, sent, clues)
            return
        if not objects and frame.predicate in ("partners-with", "competes-with") and len(subjects) > 1:
            for i, s in enumerate(subjects):
                yield from self._emit([s], frame, subjects[i + 1:], tok, sent, clues, "verb")
            return
        if frame.org_object:  # "Iliad a créé Kyutai, un laboratoire": founding, not a product
            orgs = [o for o in objects if self._is_organisation(o, sent, res)]
            objects = [o for o in objects if o not in orgs]
            yield from self._emit(subjects, replace(frame, predicate=frame.org_object), orgs, tok, sent,
                                  clues, "verb")
        yield from self._emit(subjects, frame, objects, tok, sent, clues, "verb")

    def _is_organisation(self, ref: Ref, sent: Span, res: Resolver) -> bool:
        """Known as one, or described as one in the sentence ("X, un laboratoire", "la start-up X")."""
        if ref.type == ORG and ref.sure:
            return True
        for m in res.mentions:
            if m.start < sent.start or m.start >= sent.end or res.ref(m).name != ref.name:
                continue
            root = sent.doc[m.start:m.end].root
            near = [c for c in root.children if c.dep_ in ("appos", "nmod")] + [root.head]
            if m.start > sent.start:
                near.append(sent.doc[m.start - 1])
            j = m.end  # "X, un laboratoire ...", whatever the parse made of it
            if j < sent.end and sent.doc[j].text == ",":
                j += 1
                while j < sent.end and sent.doc[j].pos_ in ("DET", "ADJ"):
                    j += 1
                if j < sent.end:
                    near.append(sent.doc[j])
            if any(t.lemma_.lower() in self.L.ANAPHORS or t.lower_ in self.L.ANAPHORS for t in near):
                return True
        return False

    def _noun(self, tok, frame: Frame, res, sent, clues) -> Iterator[Found]:
        subjects: list[Ref] = []
        for c in tok.children:
            if c.dep_ == "poss" or (c.dep_ == "compound" and res.mention_at(c.i)):
                subjects += self.refs(c, res)
        if frame.subj:
            for p, arg in prep_args(tok):
                if p in frame.subj:
                    subjects += self.refs(arg, res)
        if not subjects:
            head = tok
            for _ in range(3):
                if head.dep_ in OBJ | {"attr", "pobj", "obl", "obl:arg", "obl:mod", "nmod", "prep"} and head.head.i != head.i:
                    head = head.head
                    if head.pos_ in ("VERB", "AUX"):
                        subjects = self.subjects(head, res)
                        break
                else:
                    break
        exclude = frozenset(x.name for x in subjects)
        objects = self._objects(tok, frame, res, exclude)
        if not objects and frame.predicate == "invests-in":
            objects = self._round_objects(tok, res, exclude)
        if frame.predicate in ("partners-with", "competes-with"):
            between = []
            for p, arg in prep_args(tok):
                if p in self.L.BETWEEN:
                    between += self._coordinated_right(arg, self.refs(arg, res), res)
            if len(between) > 1:
                for i, s in enumerate(between):
                    yield from self._emit([s], frame, between[i + 1:], tok, sent, clues, "noun")
                return
            if not objects and len(subjects) > 1:
                for i, s in enumerate(subjects):
                    yield from self._emit([s], frame, subjects[i + 1:], tok, sent, clues, "noun")
                return
        yield from self._emit(subjects, frame, objects, tok, sent, clues, "noun")

    def _role(self, tok, frame: Frame, res, sent, clues) -> Iterator[Found]:
        """'X, PDG de Y', 'chief executive X', 'X is the founder of Y', 'Y's CEO, X',
        'X, cofondateur et directeur général de Y'."""
        holders = self._role_holders(tok, res)
        if not holders and tok.dep_ == "conj" and self._noun_key(tok.head) in self.L.ROLES:
            holders = self._role_holders(tok.head, res)
        targets = self._role_targets(tok, frame, res)
        # "cofondateur et directeur général de Y": the last role names the target
        nxt = tok.i + 2
        if not targets and nxt < tok.sent.end and tok.nbor(1).lower_ in self.L.AND \
                and self._noun_key(tok.doc[nxt]) in self.L.ROLES:
            targets = self._role_targets(tok.doc[nxt], frame, res)
        post = self._post(tok)
        if not targets and post is not None:  # "Globex a nommé X au poste de directrice générale"
            verb = self._governor(post)
            if any(c.dep_ in OBJ and c.i != post.i for c in verb.children):
                targets = self.subjects(verb, res)
        holders = [h for h in holders if h.type == PER or frame.predicate not in ("leads",)]
        copular = tok.dep_ in ("attr", "oprd", "ROOT") or tok.head.lemma_.lower() in self.L.COPULAS
        yield from self._emit(holders, frame, targets, tok, sent, clues, "role",
                              modality=copular)

    def _role_holders(self, tok: Token, res: Resolver) -> list[Ref]:
        """Who holds the role a noun names."""
        holders: list[Ref] = []
        if tok.dep_ == "appos" or (tok.dep_ in ("compound", "amod", "nmod", "conj") and tok.head.pos_ == "PROPN"
                                   and (tok.dep_ != "conj" or tok.i > tok.head.i)):
            holders = self.refs(tok.head, res, conj=False)
        if not holders:
            for c in tok.children:
                if c.dep_ in SUBJ | {"appos", "flat:name"}:
                    holders = self.refs(c, res)
                    break
        if not holders:
            for c in tok.children:  # "les fondateurs de X, A et B": an apposition parsed as conj
                m = res.mention_at(c.i)
                if c.dep_ == "conj" and m is not None and res.ref(m).type == PER \
                        and c.i > tok.i and tok.doc[m.start - 1].text == ",":
                    holders = self.refs(c, res)
                    break
        if not holders and tok.dep_ in SUBJ and tok.head.lemma_.lower() in self.L.INCLUDE_VERBS:
            for c in tok.head.children:  # "whose backers include X and Y"
                if c.dep_ in OBJ | {"attr"}:
                    holders += self.refs(c, res)
        if not holders:
            h = self._before_comma(tok, res)  # "X, la maison mère de Y", parsed loosely
            if h is None and tok.dep_ in ("nmod", "amod", "compound", "flat") and tok.head.pos_ == "NOUN":
                h = self._before_comma(tok.head, res)
            holders = [h] if h is not None else []
        if not holders and tok.dep_ in ("compound", "amod") and tok.head.pos_ == "NOUN":
            holders = self._role_holders(tok.head, res)  # "the parent company Globex", "X, the parent company"
        post = self._post(tok)
        if not holders and post is not None:
            verb = self._governor(post)  # "nommé X au poste de directeur", "fait partie des investisseurs"
            if verb.pos_ in ("VERB", "AUX"):
                named = [r for c in verb.children if c.dep_ in OBJ for r in self.refs(c, res)]
                holders = named or self.subjects(verb, res)
        if not holders and tok.dep_ == "pobj" and tok.head.lower_ == "as":
            for c in tok.head.head.children:  # "named Jane Doe as its chief executive"
                if c.dep_ in OBJ:
                    holders = self.refs(c, res)
        if not holders:
            # "le directeur général d'OpenAI, Sam Altman, ...": the first comma after the role
            comma = next((j for j in range(tok.i + 1, min(tok.i + 8, tok.sent.end - 1))
                          if tok.doc[j].text == ","), None)
            m = res.mention_at(comma + 1) if comma is not None else None
            if m is not None and res.ref(m).type == PER:
                holders = [res.ref(m)]
        if not holders and (tok.dep_ in ("attr", "ROOT", "oprd") or (
                tok.dep_ in OBJ | {"xcomp"} and tok.head.lemma_.lower() in self.L.COPULAS)):
            holders = self.subjects(tok if tok.dep_ == "ROOT" else tok.head, res)
        return holders

    def _post(self, tok: Token) -> Token | None:
        """The post noun a role hangs from: "au poste de directeur", "one of the investors",
        "fait partie des investisseurs" (parsed with the role on the verb)."""
        head = tok.head
        if head.lower_ in ("of", "de", "des", "d'"):
            head = head.head
        if head.lemma_.lower() in self.L.POST_NOUNS:
            return head
        if head.pos_ in ("VERB", "AUX"):
            return next((c for c in head.children if c.dep_ in OBJ and c.lemma_.lower() in self.L.POST_NOUNS
                         and c.i < tok.i), None)
        return None

    def _role_targets(self, tok: Token, frame: Frame, res: Resolver) -> list[Ref]:
        """Where the role is held: "of Y", "de Y", "Y's", "Y CEO"."""
        targets: list[Ref] = []
        for c in tok.children:
            if c.dep_ == "poss" or (c.dep_ in ("compound", "nmod") and c.i < tok.i and res.mention_at(c.i)):
                targets += self.refs(c, res)
        if not targets and tok.dep_ in ("amod", "compound") and tok.head.pos_ == "PROPN":
            for c in tok.head.children:  # "OpenAI's rival Anthropic", poss hung on the name
                if c.dep_ == "poss" and c.i < tok.i:
                    targets += self.refs(c, res)
        for p, arg in prep_args(tok):
            if p in frame.obj:
                targets += self.refs(arg, res)
        if not targets and tok.dep_ in ("compound", "amod") and tok.head.pos_ == "NOUN":
            for c in tok.head.children:  # "Initech's parent company", "the parent company of Initech"
                if c.dep_ == "poss":
                    targets += self.refs(c, res)
            for p, arg in prep_args(tok.head):
                if p in frame.obj:
                    targets += self.refs(arg, res)
        for c in tok.children:  # "directeur général de Y": the target hangs on the adjective
            if not targets and c.dep_ in ("amod", "compound", "flat") and c.i > tok.i:
                for p, arg in prep_args(c):
                    if p in frame.obj:
                        targets += self.refs(arg, res)
        if not targets:
            j = tok.i + 1  # "mère de Google", "directeur général de Nvidia", loosely parsed
            while j < tok.sent.end and tok.doc[j].pos_ == "ADJ" and j - tok.i <= 2:
                j += 1
            if j < tok.sent.end and tok.doc[j].lower_ in frame.obj:
                j += 1
                while j < tok.sent.end and tok.doc[j].pos_ == "DET":
                    j += 1
                m = res.mention_at(j) if j < tok.sent.end else None
                if m is not None:
                    targets = [res.ref(m)]
        return targets

    def _based_in(self, tok: Token, sent: Span, res: Resolver) -> Iterator[Found]:
        """based-in from "Paris-based X", "basée à Y", a headquarters noun or a demonym at `tok`."""
        from extractors.lexicon import canonical_place, demonym_place

        a = Attributes()
        low = tok.lower_
        # "Microsoft-backed OpenAI", "Amazon-owned Zoox"
        if low in self.L.HYPHEN_SUFFIXES and tok.i > sent.start + 1 and tok.nbor(-1).text == "-":
            m = res.mention_at(tok.i - 2)
            target = self._described(tok, res)
            if m is not None and target is not None:
                yield Found(res.ref(m), self.L.HYPHEN_SUFFIXES[low], target, a, CONF["based"], "hyphen")
            return
        # "Paris-based X", "X-based"
        if low in self.L.BASED_SUFFIX and tok.i > sent.start + 1 and tok.nbor(-1).text == "-":
            place_tok = tok.nbor(-2)
            m = res.mention_at(place_tok.i)
            place = (m.text if m else place_tok.text)
            if m is not None:
                place = res.doc[m.start:m.end].text
            target = self._described(tok, res)
            if target:
                yield Found(target, "based-in", Ref(canonical_place(place), PLACE, False),
                            a, CONF["based"], "based")
            return
        # "basée à Helsinki", "based in London", "headquartered in"
        if tok.lemma_.lower() in self.L.BASED_VERBS or low in self.L.BASED_VERBS:
            places = []
            for p, arg in prep_args(tok):
                if p in self.L.BASED_PREPS:
                    places += [r for r in self.refs(arg, res) if r.type == PLACE]
            target = self._described(tok, res)
            if target is None:
                subj = self.subjects(tok, res)
                target = subj[0] if subj else None
            for place in places:
                if target:
                    yield Found(target, "based-in", Ref(canonical_place(place.name), PLACE, False),
                                a, CONF["based"], "based")
            return
        # "X, dont le siège est à Y", "X a son siège à Y", "its headquarters in Y"
        if tok.lemma_.lower() in self.L.SEAT_NOUNS or low in self.L.SEAT_NOUNS:
            yield from self._seat(tok, res)
            return
        # demonyms: "la start-up française X", "le néerlandais X", "an Israeli startup"
        place = demonym_place(tok.text, self.lang) if tok.pos_ in ("ADJ", "NOUN", "PROPN") else None
        if place and not (tok.text[:1].isupper() and self.lang == "fr" and tok.pos_ == "PROPN"):
            target = self._described(tok, res)
            if target and fit_type(target, {ORG, PROJ}) in (ORG, PROJ):
                yield Found(target, "based-in", Ref(place, PLACE, False), a, CONF["demonym"], "demonym")

    def _seat(self, tok: Token, res: Resolver) -> Iterator[Found]:
        """Headquarters nouns: the place is after à/in, or the copula's predicate."""
        from extractors.lexicon import canonical_place

        places = []
        hosts = [tok] + ([tok.head] if tok.dep_ in SUBJ | OBJ else [])
        for host in hosts:
            for p, arg in prep_args(host):
                if p in self.L.BASED_PREPS:
                    places += [r for r in self.refs(arg, res) if r.type == PLACE]
        m = res.mention_at(tok.head.i)
        if tok.dep_ in SUBJ and m is not None and res.ref(m).type == PLACE:
            places.append(res.ref(m))  # "le siège est à Heidelberg", parsed with the place as head
        owner: list[Ref] = []
        for c in tok.children:
            if c.dep_ == "poss" or c.lower_ in self.L.RELATIVES or prep_of(c) in ("de", "of"):
                owner = self.refs(c, res)
                if owner:
                    break
        if not owner:
            for c in tok.children:  # "dont le siège": the relative hangs on the noun
                if c.lower_ in self.L.RELATIVES:
                    owner = self.antecedents(c, res, frozenset())
        if not owner and tok.dep_ in OBJ:
            owner = self.subjects(tok.head, res)  # "X a installé son siège à Y"
        for o in owner[:1]:
            for place in places:
                yield Found(o, "based-in", Ref(canonical_place(place.name), PLACE, False),
                            Attributes(), CONF["based"], "based")

    def _described(self, tok: Token, res: Resolver) -> Ref | None:
        """The organisation a modifier describes: its head noun's entity, or the name after it."""
        head = tok.head if tok.dep_ != "ROOT" else tok
        for cand in (head, tok):
            m = res.mention_at(cand.i)
            if m is not None and fit_type(res.ref(m), {ORG, PROJ}) in (ORG, PROJ):
                return res.ref(m)
        # "l'américain Salesforce", "le néerlandais ASML": the name right after
        if tok.i + 1 < len(tok.doc):
            m = res.mention_at(tok.i + 1)
            if m is not None:
                return res.ref(m) if fit_type(res.ref(m), {ORG, PROJ}) in (ORG, PROJ) else None
        if head.pos_ in ("NOUN", "PROPN") and head.i != tok.i:
            r = self._ref(head, res, frozenset())
            if r is not None and fit_type(r, {ORG, PROJ}) in (ORG, PROJ):
                return r
        return None
