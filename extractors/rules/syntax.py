"""Dependency-tree helpers the rule families share (a leaf module: spaCy only).

spaCy's models use two label sets: ClearNLP for English (nsubj, dobj, pobj,
prep, agent...) and Universal Dependencies for French (nsubj, obj, obl, case,
obl:agent...). The sets below hold both, so each helper serves both languages;
the few words a helper must know (the agent's preposition, reflexive
pronouns) come from the language module `L` it is given.
"""
from __future__ import annotations

from typing import Iterator

from spacy.attrs import HEAD
from spacy.tokens import Doc, Token

SUBJ = frozenset({"nsubj", "csubj"})
PASS_SUBJ = frozenset({"nsubjpass", "nsubj:pass"})
OBJ = frozenset({"dobj", "obj", "dative", "iobj"})
REL = frozenset({"relcl", "acl:relcl"})
# labels a name beside a description may carry ("la start-up Contoso", "researchers X and Y")
APPOS = frozenset({"appos", "flat:name", "flat", "compound", "nmod", "amod", "nummod", "npadvmod", "dep"})
# which name beside a description names it: an apposition before a compound modifier
APPOS_RANK = {"appos": 0, "flat:name": 1, "flat": 1, "nmod": 2, "amod": 3, "dep": 3,
              "npadvmod": 4, "nummod": 5, "compound": 6}
# labels to climb from a verb or noun to the clause that governs it
CLIMB = frozenset({"xcomp", "ccomp", "conj", "acl", "advcl", "pobj", "prep", "obl", "obl:arg", "obl:mod",
                   "nmod", "obj", "dobj", "attr", "oprd"})
CLAUSE_DEPS = frozenset({"relcl", "acl:relcl", "advcl", "ccomp", "parataxis", "csubj", "ROOT"})
# contracted and elided prepositions, written as their plain form
PREP_NORM = {"d'": "de", "d’": "de", "du": "de", "des": "de", "au": "à", "aux": "à",
             "à l'": "à", "l'": "", "into": "in", "onto": "on"}
# function words that carry a verb's tense, voice, mood, negation and particles
FUNCTION_DEPS = frozenset({"aux", "aux:tense", "aux:pass", "auxpass", "neg", "advmod", "mark", "cop",
                           "prt", "expl:comp", "poss"})


def index_sentences(doc: Doc) -> None:
    """Make `token.sent` and `span.sent` of `doc` a lookup in its list of sentences, and
    `kids(token)` one in a table of children.

    spaCy finds a token's sentence by walking to its boundaries and building two
    spans at each call, and builds every child anew at each `token.children`; the
    rules ask for both tens of thousands of times per article. Through the Doc's own
    hooks (`user_token_hooks`, `user_span_hooks`) each sentence is built once; the
    children once, in `user_data`. Sentences must be set (a parser or a senter ran).
    """
    if not doc.has_annotation("SENT_START") or "sent" in doc.user_token_hooks:
        return
    sents = list(doc.sents)
    owner = [k for k, s in enumerate(sents) for _ in range(len(s))]
    doc.user_token_hooks["sent"] = lambda tok: sents[owner[tok.i]]
    doc.user_span_hooks["sent"] = lambda span: sents[owner[min(span.start, len(owner) - 1)]]
    _children(doc)


_KIDS = "aikg.children"


def _children(doc: Doc) -> list[list[Token]]:
    tokens = list(doc)
    table: list[list[Token]] = [[] for _ in tokens]
    for tok, head in zip(tokens, doc.to_array([HEAD]).astype("int64").tolist()):
        if head:  # relative to the token; 0 at a root
            table[tok.i + head].append(tok)  # in reading order, as `token.children`
    doc.user_data[_KIDS] = table
    return table


def kids(tok: Token) -> list[Token]:
    """`list(tok.children)`, read from a table built once per Doc (by `index_sentences`,
    else at the first call); the Doc must not be retokenized after."""
    table = tok.doc.user_data.get(_KIDS)
    if table is None:
        table = _children(tok.doc)
    return table[tok.i]


def prep_of(tok: Token) -> str | None:
    """The preposition that introduces `tok` (UD 'case' child, or ClearNLP prep head)."""
    for c in kids(tok):
        if c.dep_ == "case" and c.pos_ == "ADP":
            p = c.lower_
            return PREP_NORM.get(p, p)
    if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent", "dative"):
        p = tok.head.lower_
        return PREP_NORM.get(p, p)
    return None


def prep_args(tok: Token) -> Iterator[tuple[str, Token]]:
    """(preposition, argument head) for each prepositional dependent of `tok`."""
    for c in kids(tok):
        if c.dep_ in ("prep", "agent", "dative") and c.pos_ in ("ADP", "SCONJ", "ADV", "VERB"):
            for g in kids(c):
                if g.dep_ in ("pobj", "pcomp"):
                    p = c.lower_
                    yield PREP_NORM.get(p, p), g
        elif c.pos_ == "ADV" and c.dep_ in ("advmod", "dep"):
            # prepositional adverbs: "auprès de X", "lors de X", "près de X"
            for g in kids(c):
                if prep_of(g) is not None:
                    yield c.lower_, g
        else:
            p = prep_of(c)
            if p is not None and c.dep_ not in ("case",):
                yield p, c


def agent_of(tok: Token, L) -> list[Token]:
    """The heads of the agent phrases of a passive verb ("acquired by X", "rachetée par X")."""
    out = []
    for c in kids(tok):
        if c.dep_ == "agent":
            out += [g for g in kids(c) if g.dep_ == "pobj"]
        elif c.dep_ == "obl:agent" or (c.dep_ in ("obl", "obl:mod", "nmod", "obl:arg")
                                       and prep_of(c) in L.AGENT_PREPS):
            out.append(c)
        elif c.lower_ in L.PERCENT_WORDS or c.lemma_.lower() in L.PERCENT_WORDS:
            # "détenue à 60 % par X", "60% owned by X": the agent hung on the share
            out += [g for g in kids(c) if g.dep_ in ("nmod", "obl", "obl:agent") and prep_of(g) in L.AGENT_PREPS]
    return out


def verb_relative(verb: Token, L) -> Token | None:
    """The relative pronoun a parse hung on the verb rather than on the noun it completes
    ("X, dont le siège se trouve à Y", "X, dont les investisseurs comptent A et B")."""
    return next((c for c in kids(verb) if c.lower_ in L.RELATIVES and c.pos_ == "PRON"
                 and c.dep_ in ("iobj", "nmod", "obl", "obl:arg", "dep")), None)


def clause_root(tok: Token) -> Token:
    """The head of the clause `tok` belongs to (a relative, adverbial or coordinated
    verb clause, or the sentence's root), through infinitives and noun phrases."""
    while tok.head.i != tok.i:
        purpose = tok.dep_ == "advcl" and "VerbForm=Inf" in tok.morph  # "left X to start Y"
        if (tok.dep_ in CLAUSE_DEPS and not purpose) or (
                tok.dep_ in ("conj", "acl") and tok.pos_ in ("VERB", "AUX")):
            return tok
        tok = tok.head
    return tok


def governor(tok: Token) -> Token:
    """The verb a noun phrase depends on (through prepositions), or the highest head within three."""
    head = tok
    for _ in range(3):
        if head.head.i == head.i:
            break
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            break
    return head


def is_amount(tok: Token) -> bool:
    """'25 milliards', '$4 billion': a number phrase (other arguments may hang from it)."""
    return tok.like_num or any(c.dep_ in ("nummod", "quantmod", "compound") and c.like_num
                               for c in kids(tok))


def is_reflexive(tok: Token, L) -> bool:
    """A pronominal verb: "X s'est associé à Y"."""
    return any(c.lower_ in L.REFLEXIVES and c.dep_ in ("expl:comp", "expl:pv", "expl", "obj", "iobj")
               for c in kids(tok))


def is_participle(tok: Token) -> bool:
    return tok.tag_ == "VBN" or "VerbForm=Part" in tok.morph


def is_passive(tok: Token, L) -> bool:
    """A passive verb: a passive auxiliary, a passive subject with no perfect auxiliary
    ("Hooli a racheté Y" parsed with a passive subject is active), or a participle with an agent."""
    if is_reflexive(tok, L):
        return False  # "X s'est associé à Y": the parser's nsubj:pass is the subject
    children = kids(tok)
    if any(c.dep_ in ("auxpass", "aux:pass") for c in children):
        return True
    if any(c.dep_ in PASS_SUBJ for c in children):
        return not any(c.dep_ in ("aux", "aux:tense") and c.lemma_.lower() in L.PERFECT_AUX for c in children)
    # ("is majority-owned by X": the participle parsed as the copula's complement)
    return is_participle(tok) and tok.dep_ in ("acl", "amod", "advcl", "ROOT", "conj", "acomp") \
        and bool(agent_of(tok, L))


def has_case(tok: Token) -> bool:
    """A noun introduced by a preposition ("selon X", "of X"), which is no subject."""
    return any(c.dep_ == "case" and c.pos_ == "ADP" for c in kids(tok))


def is_goods(tok: Token, L) -> bool:
    """A noun of things bought and supplied ("chips", "servers", "des puces"), not of companies."""
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lower_ in L.GOODS_NOUNS or tok.lemma_.lower() in L.GOODS_NOUNS)


def is_description(tok: Token, L) -> bool:
    """A noun that describes an entity rather than names it ("the startup", "la jeune pousse")."""
    return tok.pos_ in ("NOUN", "ADJ", "VERB") and (
        tok.lower_ in L.ANAPHORS or tok.lemma_.lower() in L.ANAPHORS)


def copula_subject(tok: Token, L) -> Token | None:
    """The subject a predicate noun describes: "X is a company ...", "X est une société ..."
    (English: the noun is the copula's `attr`; French: the noun heads a `cop` and a subject)."""
    if tok.dep_ == "attr" and tok.head.lemma_.lower() in L.COPULAS:
        head = tok.head
    elif any(c.dep_ == "cop" for c in kids(tok)):
        head = tok
    else:
        return None
    # (not a source the parse made a subject: "Selon Reuters, X serait en discussions")
    return next((c for c in kids(head) if c.dep_ in SUBJ and c.i < tok.i and not has_case(c)), None)


def is_staff(tok: Token, L) -> bool:
    """A noun of people by their work ("researchers", "une ingénieure"): no name of their employer."""
    return tok.lower_ in L.PERSON_NOUNS or tok.lemma_.lower() in L.PERSON_NOUNS


def described_subject(tok: Token, L) -> Token | None:
    """`copula_subject` of a predicate noun, or of the first of coordinated ones ("X is a lab
    and a subsidiary of Y": X is the subsidiary)."""
    while tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.pos_ == "NOUN":
        tok = tok.head
    return copula_subject(tok, L) if tok.pos_ != "ADJ" else None  # ("start-up" may be tagged a verb)


def agrees(word: Token, noun: Token) -> bool:
    """Whether `word` (a participle, an adjective) may modify `noun`: not of another gender or
    number, where both have one."""
    return all(not word.morph.get(f) or not noun.morph.get(f) or word.morph.get(f) == noun.morph.get(f)
               for f in ("Gender", "Number"))


def first_comma_after(tok: Token, within: int) -> int | None:
    """The index of the first comma within `within` tokens after `tok`, in its sentence."""
    return next((j for j in range(tok.i + 1, min(tok.i + within, tok.sent.end - 1))
                 if tok.doc[j].text == ","), None)
