"""Facts told in passing, on the way to something else: whose product a name is, who is
behind what, who is pitted against whom.

- products named with their maker: "Initech's Nimbus assistant", "its Nimbus and Zephyr
  offerings", "son assistant Nimbus", "les modèles Nimbus de Globex", "Nimbus, le chatbot
  d'Initech" (`product.possessive`, `product.complement`, `product.apposition`);
- "behind" and "à l'origine de": "Globex, which is behind the Nimbus and Zephyr chains"
  owns them, "the company behind Nimbus" develops it (`behind.owner`, `behind.product`);
- pitting: "the deal pits Hooli against Globex" (`pit.verb`).

The product nouns, organisation nouns and words come from the language module
(PRODUCT_HEADS, OWNED_HEADS, BEHIND, PIT_VERBS).
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from extractors.coref import Ref
from extractors.rules.args import Args
from extractors.rules.confidence import confidence
from extractors.rules.emit import emit
from extractors.rules.frame import Found, Frame
from extractors.rules.modality import Clues
from extractors.rules.roles import as_product, is_org, named_in, possessor
from extractors.rules.syntax import OBJ, SUBJ, prep_args
from extractors.rules.types import ORG, PER, PROD, PROJ
from extractors.triple import Attributes

_DEVELOPS, _OWNS, _COMPETES = Frame("develops"), Frame("owns"), Frame("competes-with")


def _standing(subject: Ref, predicate: str, obj: Ref, rule: str) -> Found:
    """A standing fact (no status of its own): "Initech's Nimbus assistant"."""
    return Found(subject, predicate, obj, Attributes(), confidence(rule, "completed", False), rule)


def is_product_head(tok: Token, L) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in L.PRODUCT_HEADS
                                              or tok.lower_ in L.PRODUCT_HEADS)


def _names_left(a: Args, j: int, floor: int) -> tuple[list[Ref], int]:
    """The names coordinated right before token j+1 ("Nimbus and Zephyr"): (refs, the index
    before the first of them)."""
    res, doc = a.res, a.res.doc
    names: list[Ref] = []
    while j >= floor:
        m = res.mention_at(j)
        if m is None:
            break
        names.insert(0, res.ref(m))
        j = m.start - 1
        if j - 1 >= floor and (doc[j].lower_ in a.L.AND or doc[j].text in (",", "&")) and res.mention_at(j - 1):
            j -= 1
        else:
            break
    return names, j


def _names_right(a: Args, j: int, ceil: int) -> tuple[list[Ref], int]:
    """The names coordinated from token j on: (refs, the index after the last of them)."""
    res, doc = a.res, a.res.doc
    names: list[Ref] = []
    while j < ceil:
        m = res.mention_at(j)
        if m is None or m.start != j:
            break
        names.append(res.ref(m))
        j = m.end
        if j + 1 < ceil and (doc[j].lower_ in a.L.AND or doc[j].text in (",", "&")) and res.mention_at(j + 1):
            j += 1
        else:
            break
    return names, j


def _modifier(t: Token, a: Args) -> bool:
    """A word between a product's name and its noun: "cloud", "voice", "AI", "vocal", "open-source"."""
    if a.res.mention_at(t.i) is not None or t.lower_ in a.L.AND:
        return False
    if t.text == "-":  # "open-source": a hyphen inside a word
        return t.i > 0 and not t.nbor(-1).whitespace_ and not t.whitespace_
    return t.pos_ in ("NOUN", "ADJ", "PROPN", "VERB", "NUM") and (t.text[:1].islower() or t.lower_ in a.L.NOT_NAMES)


def _common(t: Token, a: Args) -> bool:
    """A common noun inside a product's description: "modèle d'IA", "plateforme de cloud computing"."""
    return a.res.mention_at(t.i) is None and t.pos_ in ("NOUN", "PRON", "ADJ", "PROPN", "X") and (
        t.text[:1].islower() or t.lower_ in a.L.NOT_NAMES)


def product_facts(a: Args, tok: Token) -> Iterator[Found]:
    """The maker of the products a product noun names, and the owner of the companies a
    unit noun names: "Initech's Nimbus assistant", "its Nimbus and Zephyr offerings",
    "Cyberdyne's reduced capability Quasar chips", "son assistant Nimbus", "les modèles
    Nimbus de Globex", "Nimbus, le chatbot d'Initech", "Nimbus, Initech's chatbot",
    "Globex's Initech unit"."""
    L, res, doc, sent = a.L, a.res, tok.doc, tok.sent
    owned = tok.lemma_.lower() in L.OWNED_HEADS or tok.lower_ in L.OWNED_HEADS

    def skip_modifiers(j: int) -> int:
        n = 0
        while j >= sent.start and n < 4 and _modifier(doc[j], a):
            j, n = j - 1, n + 1
        return j

    # the names before the noun ("Nimbus cloud services"), past a few modifiers
    last = skip_modifiers(tok.i - 1)
    left, j = _names_left(a, last, sent.start)
    if left and last + 1 < tok.i and not doc[last].whitespace_ and doc[last + 1].text == "-":
        # "o1-mini model": the name goes on past its hyphen, whatever the mention covered
        end = last + 1
        while end + 1 < tok.i and not doc[end].whitespace_ and doc[end + 1].pos_ != "PUNCT":
            end += 1
            if doc[end].whitespace_:
                break
        m = res.mention_at(last)
        left[-1] = Ref(doc[m.start:end + 1].text, left[-1].type, left[-1].via_coref, False)
    if left:
        j = skip_modifiers(j)  # "Cyberdyne's reduced capability Quasar chips"
    # what opens the phrase: "Initech's", "its", "son", a determiner
    start, owner_tok, poss = j + 1, None, None
    if j - 1 >= sent.start and doc[j].lower_ in ("'s", "’s"):
        om = res.mention_at(j - 1)
        owner_tok, start = doc[j - 1], (om.start if om is not None else j - 1)
    elif j >= sent.start and doc[j].lower_ in L.POSSESSIVES:
        poss, start = doc[j], j
    elif j >= sent.start and doc[j].pos_ == "DET":
        start = j
    # the names after it ("l'assistant vocal Nimbus", "the model Nimbus", "son modèle d'IA open source
    # baptisé Nimbus", "la plateforme de cloud computing de Microsoft")
    k = tok.i + 1
    while k < sent.end and k - tok.i <= 6 and res.mention_at(k) is None and (
            (doc[k].pos_ == "ADJ" and doc[k].text[:1].islower()) or doc[k].lower_ in L.CUE_LINKS
            or (doc[k].lower_ in L.OF_PREPS | {"d'", "d’"} and k + 1 < sent.end and _common(doc[k + 1], a))
            or (_common(doc[k], a) and doc[k - 1].lower_ in L.OF_PREPS | {"d'", "d’"})
            or (_common(doc[k], a) and k > tok.i + 1 and _common(doc[k - 1], a))):
        k += 1
    right, k = _names_right(a, k, sent.end) if not left else ([], k)
    names, rule = left + right, "product.possessive"
    owner = None
    if k + 1 < sent.end and doc[k].lower_ in L.OF_PREPS | L.AGENT_PREPS | {"d'", "d’"} \
            and res.mention_at(k + 1) is not None:  # "les modèles Nimbus de Globex", "le chatbot d'Initech"
        m = res.mention_at(k + 1)
        owner, rule, k = res.ref(m), "product.complement", m.end
    if not names and (owner is not None or owner_tok is not None or poss is not None) \
            and k + 1 < sent.end and doc[k].text == ",":
        m = res.mention_at(k + 1)  # "to train its chatbot, Claude", "la plateforme de Microsoft, Azure"
        if m is not None and m.start == k + 1 and (m.end >= sent.end or doc[m.end].is_punct):
            names = [res.ref(m)]
    if not names:
        # "Nimbus, le chatbot d'Initech", "Nimbus, Initech's chatbot", "Nimbus, son assistant vocal"
        b = start - 1
        if b - 1 >= sent.start and doc[b].text == "," and res.mention_at(b - 1) is not None \
                and (k >= sent.end or doc[k].text in (",", ".", ";", "(", ")") or rule == "product.complement"):
            names, rule = [res.ref(res.mention_at(b - 1))], "product.apposition"
    if not names:
        return
    exclude = frozenset(r.name for r in names)
    if owner is None and owner_tok is not None:
        owner = next((r for r in a.refs(owner_tok, conj=False, exclude=exclude) if r.name not in exclude), None)
    elif owner is None and poss is not None:
        owner = possessor(a, poss, exclude)
    if owner is None or not is_org(owner):
        return
    for n in names:
        if n.type == PER or n.name == owner.name:
            continue
        if owned:  # "Globex's Initech unit"
            if is_org(n):
                yield _standing(owner, "owns", n, rule.replace("product.", "owned."))
        elif (p := as_product(n)) is not None:
            yield _standing(owner, "develops", p, rule)


def behind_facts(a: Args, tok: Token, clues: Clues) -> Iterator[Found]:
    """"X is behind Y", "the company behind Y", "X, à l'origine de Y": X owns Y when Y is an
    organisation ("the Nimbus and Zephyr chains"), develops it when it is a product."""
    L, res = a.L, a.res
    # what is behind: "behind" is a preposition, "origine" a noun with its "de" complement
    if tok.pos_ == "NOUN":
        objs = [arg for p, arg in prep_args(tok) if p in L.OF_PREPS]
        host = tok
    else:
        objs = [c for c in tok.children if c.dep_ in ("pobj", "pcomp")]
        host = tok.head
    if not objs:
        return
    # who is behind it: the subject of "is behind", the noun "the company behind", the name
    # before the comma of "X, à l'origine de Y"
    holders: list[Ref] = []
    if host.pos_ in ("VERB", "AUX") or any(c.dep_ in SUBJ for c in host.children):
        holders = a.subjects(host)
    if not holders and host.i != tok.i and host.pos_ in ("NOUN", "PROPN"):
        holders = a.refs(host, conj=False)
    if not holders:
        named = _before_comma(a, tok)
        holders = [named] if named is not None else []
    if not holders and tok.dep_ in ("nmod", "obl:mod", "obl", "appos") and res.mention_at(tok.head.i):
        holders = [res.ref(res.mention_at(tok.head.i))]
    holders = [h for h in holders if is_org(h)]
    for obj in objs:
        named = named_in(a, obj)
        org_head = obj.lemma_.lower() in L.OWNED_HEADS or obj.lemma_.lower() in L.ANAPHORS
        product_head = obj.lemma_.lower() in L.PRODUCT_HEADS
        for n in named:
            if n.type == PER or any(n.name == h.name for h in holders):
                continue
            if org_head or (n.type == ORG and n.sure):
                yield from emit(a, holders, _OWNS, [n], tok, clues, "behind.owner", modality=False)
            elif product_head or n.type in (PROD, PROJ) or not n.sure:
                p = as_product(n)
                if p is not None:
                    yield from emit(a, holders, _DEVELOPS, [p], tok, clues, "behind.product", modality=False)


def _before_comma(a: Args, tok: Token) -> Ref | None:
    """The name before the comma that opens `tok`'s phrase ("Globex, à l'origine de Nimbus")."""
    start = min([tok.i] + [c.i for c in tok.children if c.i < tok.i])
    if start - 2 >= tok.sent.start and tok.doc[start - 1].text == ",":
        m = a.res.mention_at(start - 2)
        return a.res.ref(m) if m is not None else None
    return None


def pit_facts(a: Args, tok: Token, clues: Clues) -> Iterator[Found]:
    """"The deal pits Hooli against Globex": the object competes with the other side."""
    preps = a.L.PIT_VERBS[tok.lemma_.lower()]
    sides = [r for c in tok.children if c.dep_ in OBJ for r in a.refs(c)]
    others = [r for p, arg in prep_args(tok) if p in preps for r in a.refs(arg)]
    if not others:
        for c in tok.children:  # "pits Hooli against Globex", the preposition hung on the object
            if c.dep_ in OBJ:
                others += [r for p, arg in prep_args(c) if p in preps for r in a.refs(arg)]
    sides, others = [r for r in sides if is_org(r)], [r for r in others if is_org(r)]
    yield from emit(a, sides, _COMPETES, others, tok, clues, "pit.verb")
