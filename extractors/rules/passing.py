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
from extractors.rules.lists import Walker
from extractors.rules.modality import Clues
from extractors.rules.roles import as_product, is_org, named_in, possessor
from extractors.rules.syntax import OBJ, PASS_SUBJ, SUBJ, agent_of, governor, kids, prep_args
from extractors.rules.types import ORG, PER, PROD, PROJ
from extractors.triple import Attributes

_DEVELOPS, _OWNS, _COMPETES = Frame("develops"), Frame("owns"), Frame("competes-with")


def _standing(subject: Ref, predicate: str, obj: Ref, rule: str) -> Found:
    """A standing fact (no status of its own): "Initech's Nimbus assistant"."""
    return Found(subject, predicate, obj, Attributes(), confidence(rule), rule)


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
            if not is_code(doc[j]):
                break
            names.insert(0, Ref(doc[j].text, PROD))  # "Cyberdyne's Q800 chips", the code no mention
            j -= 1
        else:
            names.insert(0, res.ref(m))
            j = m.start - 1
        if j - 1 >= floor and (doc[j].lower_ in a.L.AND or doc[j].text in (",", "&")) and (
                res.mention_at(j - 1) or is_code(doc[j - 1])):
            j -= 1
        else:
            break
    return names, j


def is_code(t: Token) -> bool:
    """A product's code written as one word of capitals and digits ("Q800", "XB200", "M4"),
    which the NER often leaves out: no number, no year, no acronym alone."""
    w = t.text
    return (2 <= len(w) <= 10 and w.isalnum() and any(c.isdigit() for c in w) and w[:1].isupper()
            and not t.like_num and sum(c.isalpha() for c in w) <= 4 and w.upper() == w)


def _closed_group(doc, j: int, floor: int) -> int | None:
    """A group closed at token j that a product phrase reads past: a quoted name before a
    code ('its new "Nimbus 2" Q50 engine'), an acronym in parentheses ("data unit (DU)
    engine"): the index before it, or None."""
    if doc[j].text == ")" and j - 2 >= floor and doc[j - 2].text == "(" and doc[j - 1].is_upper:
        return j - 3
    opening = _QUOTES.get(doc[j].text)
    if opening is None:
        return None
    for k in range(j - 1, max(floor, j - 6) - 1, -1):
        if doc[k].text in opening:
            return k - 1 if k + 1 < j and doc[k + 1].text[:1].isupper() else None
        if doc[k].is_punct:
            return None
    return None


_QUOTES = {"”": ("“", '"'), '"': ('"', "“"), "»": ("«",)}


def _names_right(a: Args, j: int, ceil: int) -> tuple[list[Ref], int]:
    """The names coordinated from token j on: (refs, the index after the last of them)."""
    res, doc = a.res, a.res.doc
    names: list[Ref] = []
    while j < ceil:
        m = res.mention_at(j)
        if m is None or m.start != j:
            break
        r, start = res.ref(m), m.start
        while m.end < ceil and (nxt := res.mention_at(m.end)) is not None and nxt.start == m.end:
            m = nxt  # "Vega Nimbus": names run together make one
        if m.start != start:
            r = Ref(res.doc[start:m.end].text, PROD, r.via_coref, False)
        names.append(r)
        j = m.end
        if j + 1 < ceil and (doc[j].lower_ in a.L.AND or doc[j].text in (",", "&")) and res.mention_at(j + 1):
            j += 1
        else:
            break
    return names, j


def _org_name(a: Args, m) -> bool:
    """A mention that names an organisation (no product, no place), as a maker's name may."""
    r = a.res.ref(m)
    if r.type != ORG or not is_org(r):
        return False
    # known as one, or named on its own elsewhere in the article (not "Vera" of "Vera Rubin")
    return r.sure or any(a.res.ref(o).name == r.name and (o.start, o.end) != (m.start, m.end)
                         for o in a.res.mentions)


def _owner_in_name(a: Args, m) -> Ref | None:
    """The organisation whose name opens a product's name ("Globex Vega" when the article
    names Globex on its own too)."""
    res = a.res
    words = res.ref(m).name.split()
    if len(words) < 2 or res.ref(m).type == ORG and res.ref(m).sure or words[-1].lower() in a.L.ORG_WORDS \
            or words[-1].lower() in a.L.ARM_WORDS:
        return None  # "the Globex Ventures platform": a company's own name
    for o in res.mentions:
        r, said = res.ref(o), res.doc[o.start:o.end].text.split()  # (coref may tie "Globex" to the longer name)
        if o.start != m.start and r.type == ORG and len(said) < len(words) and words[:len(said)] == said:
            return Ref(" ".join(said), ORG, False, r.sure and r.name == " ".join(said))
    return None


def _maker_run(a: Args, j: int, floor: int, first: Ref) -> tuple[Ref | None, Ref, int]:
    """Names run together before a product's name that ends at j+1 ("Globex Vega Nimbus"):
    the maker that opens the run, the product's whole name after it, and the index before
    the run; (None, first, j) when no organisation opens a run."""
    res, doc = a.res, a.res.doc
    end = j + 1
    m = res.mention_at(end)
    if m is None:
        return None, first, j
    last = m.end
    run = []
    k = j
    while k >= floor and (p := res.mention_at(k)) is not None and p.end == k + 1 and len(run) < 3:
        run.insert(0, p)
        k = p.start - 1
    if not run:
        owner = _owner_in_name(a, m)  # "the Globex Vega platform", read as one name
        return (owner, Ref(first.name, PROD, first.via_coref, False), j) if owner is not None else (None, first, j)
    if not _org_name(a, run[0]):
        return None, first, j
    name_start = run[1].start if len(run) > 1 else end
    name = doc[name_start:last].text
    return res.ref(run[0]), Ref(name, PROD, first.via_coref, False), k


def _maker_first(a: Args, k: int, ceil: int) -> tuple[Ref | None, int]:
    """At token k, after a product noun: an organisation's name right before other names
    ("les GPU Globex Q200 et Q300"): (the maker, the index of the names after it)."""
    res = a.res
    m = res.mention_at(k)
    if m is not None and m.start == k and (owner := _owner_in_name(a, m)) is not None:
        return owner, k  # "la plateforme Globex Vega", read as one name: the name stays whole (a product)
    if m is None or m.start != k or not _org_name(a, m) or m.end >= ceil:
        return None, k
    nxt = res.mention_at(m.end)
    if nxt is None or nxt.start != m.end:
        return None, k
    return res.ref(m), m.end


def _modifier(t: Token, a: Args) -> bool:
    """A word between a product's name and its noun: "cloud", "voice", "AI", "vocal", "open-source"."""
    if a.res.mention_at(t.i) is not None or t.lower_ in a.L.AND:
        return False
    if t.text == "-":  # "open-source": a hyphen inside a word
        return t.i > 0 and not t.nbor(-1).whitespace_ and not t.whitespace_
    return t.pos_ in ("NOUN", "ADJ", "PROPN", "VERB", "NUM") and (
        t.text[:1].islower() or t.lower_ in a.L.NOT_NAMES or t.lower_ in a.L.GENERIC_WORDS)


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
    if res.mention_at(tok.i) is not None:
        return  # "Globex Artificial Intelligence Service": a word of a name, no product noun

    def skip_modifiers(j: int) -> int:
        n = 0
        while j >= sent.start and n < 6:
            if _modifier(doc[j], a):
                j, n = j - 1, n + 1
            elif doc[j].text == ")" and (k := _closed_group(doc, j, sent.start)) is not None:
                j, n = k, n + 1  # "data unit (DU) engine"
            else:
                break
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
    if left and owned and last + 1 < tok.i:
        return  # "its Q50 data unit": a product's own noun, no company unit
    maker = None
    if left and not owned:  # "the Globex Vega Nimbus platform": the maker's name opens the product's
        maker, first, j = _maker_run(a, j, sent.start, left[0])
        left[0] = first
    if left:
        if j > sent.start and (k := _closed_group(doc, j, sent.start)) is not None:
            j = k  # 'its new "Nimbus 2" Q50 engine': the quoted name is the same product's
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
    owner = None
    if not left and not owned and res.mention_at(k) is not None:
        # "la plateforme Globex Vega Nimbus", "les GPU Globex Q200 et Q300": the maker, then its products
        owner, k = _maker_first(a, k, sent.end)
    right, k = _names_right(a, k, sent.end) if not left else ([], k)
    if owner is not None:  # the names a maker's name opens are its products, whatever the NER guessed
        right = [Ref(r.name, PROD, r.via_coref, False) if not r.sure else r for r in right]
    names, rule = left + right, "product.possessive"
    owner = owner or maker
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
        objs = [c for c in kids(tok) if c.dep_ in ("pobj", "pcomp")]
        host = tok.head
    if not objs:
        return
    # who is behind it: the subject of "is behind", the noun "the company behind", the name
    # before the comma of "X, à l'origine de Y"
    holders: list[Ref] = []
    if host.pos_ in ("VERB", "AUX") or any(c.dep_ in SUBJ for c in kids(host)):
        holders = a.subjects(host)
    if not holders and host.i != tok.i and host.pos_ in ("NOUN", "PROPN"):
        holders = a.refs(host, conj=False)
    if not holders:
        named = _before_comma(a, tok)
        holders = [named] if named is not None else []
    if not holders and tok.pos_ == "NOUN":
        holders = _noun_before(a, tok)  # "investir dans la société à l'origine de Nimbus", hung on the verb
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


def _noun_before(a: Args, tok: Token) -> list[Ref]:
    """The noun right before the preposition that opens `tok`'s phrase ("la société à l'origine
    de Nimbus"), whatever the parse hung the phrase on; not the subject of its verb ("Globex
    envisage d'investir dans la société ...": the company is not Globex)."""
    start = min([tok.i] + [c.i for c in kids(tok) if c.i < tok.i])
    prev = tok.doc[start - 1] if start > tok.sent.start else None
    if prev is None or prev.pos_ not in ("NOUN", "PROPN") or start == tok.i:
        return []
    verb = prev.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and verb.i > verb.sent.start:
        verb = verb.head
    exclude = frozenset(r.name for r in a.subjects(verb)) if verb.pos_ in ("VERB", "AUX") else frozenset()
    return [r for r in a.refs(prev, conj=False, exclude=exclude) if r.name not in exclude]


def _before_comma(a: Args, tok: Token) -> Ref | None:
    """The name before the comma that opens `tok`'s phrase ("Globex, à l'origine de Nimbus")."""
    start = min([tok.i] + [c.i for c in kids(tok) if c.i < tok.i])
    if start - 2 >= tok.sent.start and tok.doc[start - 1].text == ",":
        m = a.res.mention_at(start - 2)
        return a.res.ref(m) if m is not None else None
    return None


def pit_facts(a: Args, tok: Token, clues: Clues) -> Iterator[Found]:
    """"The deal pits Hooli against Globex": the object competes with the other side."""
    preps = a.L.PIT_VERBS.get(tok.lemma_.lower()) or a.L.PIT_VERBS[tok.lower_]
    if tok.pos_ != "VERB":
        yield from _pit_headline(a, tok, preps, clues)
        return
    sides = [r for c in kids(tok) if c.dep_ in OBJ | PASS_SUBJ for r in a.refs(c)]  # "Hooli was pitted against"
    others = [r for p, arg in prep_args(tok) if p in preps for r in a.refs(arg)]
    if not others:
        for c in kids(tok):  # "pits Hooli against Globex", the preposition hung on the object
            if c.dep_ in OBJ:
                others += [r for p, arg in prep_args(c) if p in preps for r in a.refs(arg)]
    sides, others = [r for r in sides if is_org(r)], [r for r in others if is_org(r)]
    yield from emit(a, sides, _COMPETES, others, tok, clues, "pit.verb")


def _pit_headline(a: Args, tok: Token, preps, clues: Clues) -> Iterator[Found]:
    """"Globex Pits Its Engineering Against Initech": a headline in title case, parsed as a
    run of names; read off the surface: the name right before the verb, a few words (its
    own "Its Engineering"), the preposition, the name right after it."""
    res, doc, sent = a.res, a.res.doc, tok.sent
    m = res.mention_at(tok.i - 1) if tok.i > sent.start else None
    if m is None or m.end != tok.i:
        return
    for j in range(tok.i + 1, min(sent.end - 1, tok.i + 5)):
        if doc[j].lower_ in preps:
            other = res.mention_at(j + 1)
            if other is None or other.start != j + 1:
                return
            sides = [r for r in [res.ref(m)] if is_org(r)]
            others = [r for r in [res.ref(other)] if is_org(r) and r.name not in {s.name for s in sides}]
            yield from emit(a, sides, _COMPETES, others, tok, clues, "pit.headline")
            return
        if res.mention_at(j) is not None or doc[j].is_punct:
            return


def rivalry_facts(a: Args, tok: Token, frame, clues: Clues) -> Iterator[Found]:
    """"This deal puts Hooli in direct competition with Globex", "met Hooli en concurrence
    avec Globex", "Hooli est en concurrence avec ses rivaux Globex et Initech, ainsi
    qu'avec Umbrella, la maison mère de Vandelay, et Contoso": the light verb's object (or
    the copula's subject) competes with every organisation the noun's complement lists,
    read off the surface past appositions and relative clauses; a product named there
    stands for its maker ("with other models, such as Globex's Nimbus")."""
    L = a.L
    verb = governor(tok)
    if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in L.RIVALRY_VERBS:
        sides = [r for c in kids(verb) if c.dep_ in OBJ | {"xcomp"} and a.res.mention_at(c.i) is not None
                 for r in a.refs(c) if is_org(r)]
        rule = "rivalry.put"
    elif any(c.dep_ in SUBJ for c in kids(tok)) and any(c.dep_ == "cop" for c in kids(tok)):
        sides, rule = [r for r in a.subjects(tok) if is_org(r)], "rivalry.list"  # "X est en concurrence avec"
    elif verb.lemma_.lower() in L.COPULAS and tok.dep_ in ("pobj", "obl", "obl:mod", "nmod"):
        sides, rule = [r for r in a.subjects(verb) if is_org(r)], "rivalry.list"  # "X is in competition with"
    else:
        return
    if not sides:
        return
    names = frozenset(r.name for r in sides)
    others: list[Ref] = []
    for p, arg in prep_args(tok):
        if p in frame.obj and arg.i > tok.i:
            others += [r for r in _rivals_in(a, arg, frame.obj) if r.name not in names]
            break
    if rule == "rivalry.list" and len(others) < 2:
        return  # one rival: the nominalisation's own rule reads it
    yield from emit(a, sides, _COMPETES, others, tok, clues, rule)


def _rivals_in(a: Args, arg: Token, preps) -> list[Ref]:
    """The organisations a rivalry's complement lists, read off the surface from its phrase
    on: names joined by commas and "and", an "including" word, "ainsi qu'avec" / "as well as
    with"; an apposition or relative clause after a name is passed over ("Umbrella, la maison
    mère de Vandelay, et Contoso"), so is a name's complement ("Initech de Jean Roux"); a
    product stands for its maker ("Globex's Nimbus", "le Nimbus de Globex"). It stops at a
    verb or another preposition."""
    L, res, doc, sent = a.L, a.res, a.res.doc, arg.sent
    end = sent.end
    walker = Walker(a)
    out: list[Ref] = []
    of = L.OF_PREPS | {"d'", "d’"}
    j = arg.left_edge.i
    while j < arg.i and doc[j].dep_ in ("case", "fixed"):
        j += 1  # past the preposition: "avec ses rivaux"
    named = False  # the token before was the end of a name (or its complement)
    while j < end:
        t = doc[j]
        k = walker.marker_end(j, end)
        if k is not None and k > j:  # "such as", "comme", "notamment"
            j, named = k, False
            continue
        k = _also_end(a, j, end, preps)
        if k is not None:  # "ainsi qu'avec", "as well as with"
            j, named = k, False
            continue
        if t.text == ",":
            nxt = doc[j + 1] if j + 1 < end else None
            if named and nxt is not None and nxt.lower_ not in L.AND and (
                    nxt.lower_ in L.RELATIVES or nxt.pos_ in ("DET", "ADJ")
                    or (nxt.pos_ == "NOUN" and nxt.text[:1].islower())):
                skip = walker._skip_apposition(j, end)  # past ", the parent of Y," or ", qui ont levé ...,"
                if skip is None:
                    break
                j = skip
                continue
            j, named = j + 1, False
            continue
        if t.lower_ in L.AND or t.lower_ in L.OR:
            j, named = j + 1, False
            continue
        m = res.mention_at(j)
        if m is None or m.start != j:
            if t.pos_ in ("VERB", "AUX", "SCONJ", "ADP") and not (t.lower_ in of and not named) \
                    or t.text in (";", ":", "(", ")"):
                break
            j += 1  # "ses rivaux", "d'autres modèles", "other AI language models"
            continue
        r, after = res.ref(m), m.end
        if after + 1 < end and doc[after].lower_ in ("'s", "’s"):
            p = res.mention_at(after + 1)
            if p is not None and p.start == after + 1 and as_product(res.ref(p)) is not None:
                if is_org(r):
                    out.append(r)  # "Globex's Nimbus": its maker
                j, named = p.end, True
                continue
        complement = None
        if after + 1 < end and doc[after].lower_ in of:
            c = res.mention_at(after + 1)
            complement = c if c is not None and c.start == after + 1 else None
        product = r.type in (PROD, PROJ) or not is_org(r)
        if product and complement is not None and is_org(res.ref(complement)):
            out.append(res.ref(complement))  # "le Nimbus de Globex"
        elif not product:
            out.append(r)
        j, named = (complement.end if complement is not None else after), True  # "Initech de Jean Roux"
    seen: set[str] = set()
    return [r for r in out if not (r.name in seen or seen.add(r.name))]


def _also_end(a: Args, j: int, end: int, preps) -> int | None:
    """The index past "ainsi qu'avec", "as well as with", "as well as" at token j, if one."""
    doc = a.res.doc
    for phrase in sorted(a.L.AS_WELL_AS, key=lambda p: -len(p.split())):
        words = phrase.split()
        if j + len(words) <= end and all(doc[j + i].lower_ == w for i, w in enumerate(words)):
            k = j + len(words)
            if k < end and doc[k].lower_ in preps:
                k += 1
            return k
    return None


def enabled_party(a: Args, tok: Token, frame, clues: Clues) -> Iterator[Found]:
    """"Licensing agreements with A and B enable Hooli to ...", "les accords avec A et B
    permettent à Hooli de ...": a deal with no party of its own, subject of a verb of
    enabling, is the party's that verb enables."""
    L = a.L
    verb = tok.head
    if tok.dep_ not in SUBJ or verb.lemma_.lower() not in L.ENABLE_VERBS:
        return
    if any(c.dep_ == "poss" or (c.dep_ == "compound" and a.res.mention_at(c.i)) for c in kids(tok)) or any(
            p in frame.subj or p in L.AGENT_PREPS for p, _ in prep_args(tok)):
        return  # "Globex's deal with Initech enables ...": its own party
    parties = [r for c in kids(verb) if c.dep_ in OBJ for r in a.refs(c)]
    if not parties:
        parties = [r for p, arg in prep_args(verb) if p in L.FOR_PREPS for r in a.refs(arg)]
    if not parties:  # "allows Initech to sell", parsed with Initech the subject of "sell"
        parties = [r for c in kids(verb) if c.dep_ in ("ccomp", "xcomp")
                   for s in kids(c) if s.dep_ in SUBJ for r in a.refs(s)]
    parties = [r for r in parties if is_org(r)]
    if not parties:
        return
    others = a.objects(tok, frame, frozenset(r.name for r in parties))
    yield from emit(a, parties, Frame(frame.predicate), [r for r in others if is_org(r)], tok, clues, "deal.enables")


def name_facts(a: Args, tok: Token, clues: Clues) -> Iterator[Found]:
    """'"Nimbus" - c'est le nom de l'outil conversationnel développé par Globex -', "Nimbus --
    that's the name of the chatbot developed by Globex", "Nimbus, the name of Globex's new
    chatbot": a name defined as a product's; the product's maker (the participle's agent,
    its possessor or its complement) develops it."""
    L, res, doc, sent = a.L, a.res, tok.doc, tok.sent
    # the name: right before the dash, comma or colon that opens the definition
    j, steps = tok.i - 1, 0
    while j > sent.start and steps < 4 and (doc[j].pos_ in ("DET", "AUX", "PRON") or doc[j].lower_ in ("'s", "’s")):
        j, steps = j - 1, steps + 1
    if j <= sent.start or doc[j].text not in ("-", "–", "—", ",", ":", "("):
        return
    j -= 1
    if doc[j].text in _QUOTES and j > sent.start:
        j -= 1  # '"Nimbus" - c'est le nom'
    m = res.mention_at(j)
    if m is None or m.end != j + 1:
        return
    named = as_product(res.ref(m))
    if named is None:
        return
    described = next((g for p, g in prep_args(tok) if p in L.OF_PREPS and is_product_head(g, L)), None)
    if described is None:
        return
    makers: list[Ref] = []
    for host in (described, tok):
        for c in kids(host):
            if c.dep_ in ("acl", "amod", "relcl") and c.pos_ == "VERB":
                makers += [r for g in agent_of(c, L) for r in a.refs(g)]  # "développé par Globex"
    if not makers:
        makers = [r for c in kids(described) if c.dep_ == "poss" for r in a.refs(c)]  # "Globex's chatbot"
    if not makers:
        makers = [r for p, g in prep_args(described) if p in L.OF_PREPS for r in a.refs(g)]  # "le chatbot de Globex"
    makers = [r for r in makers if is_org(r) and r.name != named.name]
    yield from emit(a, makers, _DEVELOPS, [named], tok, clues, "product.named", modality=False)


def integrate_facts(a: Args, tok: Token, clues: Clues) -> Iterator[Found]:
    """"Globex will integrate Nimbus into Zephyr with Vega 18", "Globex va intégrer Nimbus à
    Zephyr avec Vega 18": the products a company integrates another's into are its own; read
    off the surface after the verb (the small parsers break this phrase)."""
    L, res, doc, sent = a.L, a.res, tok.doc, tok.sent

    def name_at(j: int):  # a name after a few determiners and adjectives: (mention, index past it)
        while j < sent.end and res.mention_at(j) is None and (doc[j].pos_ in ("DET", "ADJ") or doc[j].lower_
                                                               in ("l'", "l’")) and doc[j].lower_ not in L.POSSESSIVES:
            j += 1
        m = res.mention_at(j) if j < sent.end else None
        return (m, m.end) if m is not None and m.start == j else (None, j)

    integrated, j = name_at(tok.i + 1)
    while integrated is not None and j < sent.end and j < integrated.end + 2 and is_product_head(doc[j], L) \
            and doc[j].text[:1].islower():
        j += 1  # "the Nimbus model into"
    if integrated is None or j >= sent.end or doc[j].lower_ not in L.INTO_PREPS:
        return
    host, k = name_at(j + 1)
    if host is None or (k < sent.end and doc[k].lower_ in ("'s", "’s")):
        return
    products = [as_product(res.ref(host))]
    if k + 1 < sent.end and doc[k].lower_ in L.WITH_PREPS:  # "avec iOS 18": the host's version
        extra, _ = name_at(k + 1)
        if extra is not None and res.ref(extra).type == PROD:
            products.append(res.ref(extra))
    names = {res.ref(integrated).name}
    products = [p for p in products if p is not None and p.name not in names]
    makers = [r for r in a.subjects(tok) if is_org(r) and r.name not in names]
    yield from emit(a, makers, _DEVELOPS, products, tok, clues, "product.integrated", modality=False)
