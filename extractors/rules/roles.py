"""Role nouns: who holds a role ("CEO", "fondateur", "investor", "parent") where.

"X, PDG de Y", "chief executive X", "X is the founder of Y", "Y's CEO, X",
"X, cofondateur et directeur général de Y", "nommé X au poste de directeur",
"whose backers include X and Y". Each way of finding the holder is its own
construction (`role.apposition`, `role.after-comma`...).
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from extractors.coref import Ref
from extractors.rules.args import Args
from extractors.rules.emit import emit
from extractors.rules.frame import Found, Frame
from extractors.rules.lists import Walker, plural, funded_earlier
from extractors.rules.modality import Clues
from extractors.rules.nouns import noun_key
from extractors.rules.syntax import OBJ, SUBJ, first_comma_after, governor, prep_args, prep_of
from extractors.rules.types import ORG, PER, fit_type


def role_facts(a: Args, tok: Token, frame: Frame, clues: Clues) -> Iterator[Found]:
    """The facts of role noun `tok`: its holders -> frame.predicate -> its targets."""
    L = a.L
    holders, how = holders_of(a, tok)
    if not holders and tok.dep_ == "conj" and noun_key(tok.head, L) in L.ROLES:
        holders, how = holders_of(a, tok.head)
        how = "coordinated"
    targets = targets_of(a, tok, frame, frozenset(h.name for h in holders))
    # "cofondateur et directeur général de Y": the last role names the target
    nxt = tok.i + 2
    if not targets and nxt < tok.sent.end and tok.nbor(1).lower_ in L.AND \
            and noun_key(tok.doc[nxt], L) in L.ROLES:
        targets = targets_of(a, tok.doc[nxt], frame)
    post = _post(a, tok)
    if not targets and post is not None:  # "Globex a nommé X au poste de directrice générale"
        verb = governor(post)
        if any(c.dep_ in OBJ and c.i != post.i for c in verb.children):
            targets = a.subjects(verb)
    holders = [h for h in holders if h.type == PER or frame.predicate not in ("leads",)]
    copular = tok.dep_ in ("attr", "oprd", "ROOT") or tok.head.lemma_.lower() in L.COPULAS
    if not targets and holders and frame.predicate == "invests-in" and not frame.swap and how in ("include", "among"):
        # "Hooli raised $50m. Other backers include A and B": the company just funded
        targets = funded_earlier(a, tok, frozenset(h.name for h in holders))
        how = "funded-earlier"
    yield from emit(a, holders, frame, targets, tok, clues, f"role.{how}", modality=copular)


def holders_of(a: Args, tok: Token) -> tuple[list[Ref], str]:
    """Who holds the role a noun names, and how they were found."""
    L, res = a.L, a.res
    if tok.dep_ == "appos" or (tok.dep_ in ("compound", "amod", "nmod", "conj") and tok.head.pos_ == "PROPN"
                               and (tok.dep_ != "conj" or tok.i > tok.head.i)):
        holders = a.refs(tok.head, conj=False)
        if holders:
            return holders, "apposition"
    for c in tok.children:
        if c.dep_ in SUBJ | {"appos", "flat:name"}:
            holders = a.refs(c)
            if holders:
                return holders, "subject"
            break
    for c in tok.children:  # "les fondateurs de X, A et B": an apposition parsed as conj
        m = res.mention_at(c.i)
        if c.dep_ == "conj" and m is not None and res.ref(m).type == PER \
                and c.i > tok.i and tok.doc[m.start - 1].text == ",":
            holders = a.refs(c)
            if holders:
                return holders, "listed"
            break
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if prep_of(tok) in L.INCLUDING and verb.lemma_.lower() in L.INCLUDE_VERBS:
        # "Parmi les investisseurs de X figurent A, B et C", "Among X's investors are A and B"
        holders = [r for c in verb.children if c.dep_ in SUBJ | OBJ | {"attr", "nsubj:pass"} and c.i != tok.i
                   and c.i != tok.head.i for r in a.refs(c)]
        if holders:
            return holders, "among"
    if tok.dep_ in SUBJ | {"nsubj:pass"} and res.mention_at(tok.head.i) is not None and any(
            c.dep_ == "cop" for c in tok.head.children):
        holders = a.refs(tok.head)  # "Les investisseurs de X sont A, B et C": the name is the predicate
        if holders:
            return holders, "include"
    if tok.dep_ in SUBJ and tok.head.lemma_.lower() in L.INCLUDE_VERBS:
        holders = [r for c in tok.head.children if c.dep_ in OBJ | {"attr"} for r in a.refs(c)]
        if holders:  # "whose backers include X and Y"
            return holders, "include"
    h = a.before_comma(tok)  # "X, la maison mère de Y", parsed loosely
    if h is None and tok.dep_ in ("nmod", "amod", "compound", "flat") and tok.head.pos_ == "NOUN":
        h = a.before_comma(tok.head)
    if h is not None:
        return [h], "before-comma"
    if tok.dep_ in ("compound", "amod") and tok.head.pos_ == "NOUN":
        holders, _ = holders_of(a, tok.head)  # "the parent company Globex", "X, the parent company"
        if holders:
            return holders, "compound"
    post = _post(a, tok)
    if post is not None:
        verb = governor(post)  # "nommé X au poste de directeur", "fait partie des investisseurs"
        if verb.pos_ in ("VERB", "AUX"):
            holders = [r for c in verb.children if c.dep_ in OBJ for r in a.refs(c)] or a.subjects(verb)
            if holders:
                return holders, "post"
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        holders = []
        for c in tok.head.head.children:  # "named Jane Doe as its chief executive"
            if c.dep_ in OBJ:
                holders = a.refs(c)
        if holders:
            return holders, "as"
    # "le directeur général d'OpenAI, Sam Altman, ...": the first comma after the role
    comma = first_comma_after(tok, 8)
    m = res.mention_at(comma + 1) if comma is not None else None
    if m is not None and res.ref(m).type == PER:  # with the names listed after it
        return a.coordinated_right(tok.doc[m.start], [res.ref(m)]), "after-comma"
    if comma is not None and plural(tok):
        # "deux des cofondateurs de X, le PDG A et le chercheur B": each with its title
        listed = Walker(a).list_at(comma + 1, tok.sent.end)
        if listed and listed[0].type == PER:
            return [r for r in listed if r.type == PER], "after-comma"
    if tok.dep_ in ("attr", "ROOT", "oprd") or (tok.dep_ in OBJ | {"xcomp"} and tok.head.lemma_.lower() in L.COPULAS):
        holders = a.subjects(tok if tok.dep_ == "ROOT" else tok.head)
        if holders:
            return holders, "copula"
    return [], "none"


def maker_facts(a: Args, tok: Token, clues: Clues) -> Iterator[Found]:
    """"X, the company behind Y", "the startup behind Y, X", "the company behind Y" (a company
    named before): X develops Y."""
    targets = [r for p, arg in prep_args(tok) if p in a.L.MAKER_PREPS for r in a.refs(arg)]
    if not targets:
        return
    holders, how = holders_of(a, tok)
    if not holders:
        comma = first_comma_after(tok, 10)  # "The company behind Y, X, ..."
        m = a.res.mention_at(comma + 1) if comma is not None else None
        if m is not None and fit_type(a.res.ref(m), {ORG}) == ORG:
            holders = [a.res.ref(m)]
        elif a.res.definite(tok):
            r = a.res.resolve(tok)
            holders = [r] if r is not None else []
    yield from emit(a, holders, Frame("develops"), targets, tok, clues, "role.maker", modality=False)


def _post(a: Args, tok: Token) -> Token | None:
    """The post noun a role hangs from: "au poste de directeur", "one of the investors",
    "fait partie des investisseurs" (parsed with the role on the verb)."""
    head = tok.head
    if head.lower_ in ("of", "de", "des", "d'"):
        head = head.head
    if head.lemma_.lower() in a.L.POST_NOUNS:
        return head
    if head.pos_ in ("VERB", "AUX"):
        return next((c for c in head.children if c.dep_ in OBJ and c.lemma_.lower() in a.L.POST_NOUNS
                     and c.i < tok.i), None)
    return None


def targets_of(a: Args, tok: Token, frame: Frame, holders: frozenset = frozenset()) -> list[Ref]:
    """Where the role is held: "of Y", "de Y", "Y's", "Y CEO"."""
    res = a.res
    targets: list[Ref] = []
    for c in tok.children:
        if c.dep_ == "poss" or (c.dep_ in ("compound", "nmod") and c.i < tok.i and res.mention_at(c.i)):
            targets += a.refs(c)
    if not targets and tok.dep_ in ("amod", "compound") and tok.head.pos_ == "PROPN":
        for c in tok.head.children:  # "OpenAI's rival Anthropic", poss hung on the name
            if c.dep_ == "poss" and c.i < tok.i:
                targets += a.refs(c)
    for p, arg in prep_args(tok):
        if p in frame.obj:
            targets += a.refs(arg)
    if not targets and frame.predicate == "founded":  # "ses trois cofondateurs, A, B et C"
        for c in tok.children:
            if c.dep_ == "det" and c.lower_ in a.L.POSSESSIVES and c.i < tok.i:
                targets += a.refs(c, exclude=holders)  # "X devient son actionnaire": not X's own
    if not targets and tok.dep_ in ("compound", "amod") and tok.head.pos_ == "NOUN":
        for c in tok.head.children:  # "Initech's parent company", "the parent company of Initech"
            if c.dep_ == "poss":
                targets += a.refs(c)
        for p, arg in prep_args(tok.head):
            if p in frame.obj:
                targets += a.refs(arg)
    for c in tok.children:  # "directeur général de Y": the target hangs on the adjective
        if not targets and c.dep_ in ("amod", "compound", "flat") and c.i > tok.i:
            for p, arg in prep_args(c):
                if p in frame.obj:
                    targets += a.refs(arg)
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
