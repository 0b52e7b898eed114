"""Supply: who provides the goods (chips, cloud, compute, platforms) another company uses.

"Globex will use Acme's Foo cloud services", "relies on Acme's chip designs",
"buys Acme chips", "used 2,000 of Acme's chips", "s'appuie sur les puces
d'Acme", "fait appel aux services cloud d'Acme": the goods' maker supplies the
user. "has a cloud deal with Acme": a deal for goods is a supply, in the
direction the article's other facts give (an investor that provides its
cloud), else from the partner to the subject. "X is providing $30bn": money is
no goods.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from spacy.tokens import Token

from extractors.coref import Ref
from extractors.rules.args import Args
from extractors.rules.emit import emit
from extractors.rules.frame import Found, Frame
from extractors.rules.modality import Clues
from extractors.rules.syntax import OBJ, governor, kids, prep_args, prep_of
from extractors.rules.types import ORG, PROD, fit_type

SUPPLIES = Frame("supplies")
_OF = ("de", "of")


def supplied(a: Args, tok: Token) -> bool:
    """A noun for what one company provides another as a supply: "chips", "cloud services",
    "puces", a product the article names ("ses puces H100"), "data centers" (SUPPLY_GOODS);
    `syntax.is_goods` (GOODS_NOUNS) only tells goods bought from a company bought."""
    goods = a.L.SUPPLY_GOODS
    if tok.lemma_.lower() in goods or tok.lower_ in goods:
        return True
    m = a.res.mention_at(tok.i)
    if m is not None and a.res.ref(m).type == PROD:
        return True  # "Globex's cloud computing platform Nimbus", "ses puces H100"
    # "data centers", "centres de données": a noun and its modifier
    lemma = tok.lemma_.lower()
    if any((c.dep_ == "compound" and c.i < tok.i and f"{c.lower_} {lemma}" in goods) or (
            prep_of(c) in _OF and c.i > tok.i and (f"{lemma} de {c.lemma_.lower()}" in goods
                                                   or f"{lemma} de {c.lower_}" in goods))
           for c in kids(tok)):
        return True
    # "Nimbus cloud services", "les services cloud"; not "le concepteur de puces" (a maker)
    return any(c.dep_ in ("compound", "amod", "nmod") and (c.lower_ in goods or c.lemma_.lower() in goods)
               and a.res.mention_at(c.i) is None and not any(g.dep_ == "case" for g in kids(c))
               for c in kids(tok))


def _goods_noun(a: Args, tok: Token) -> Token | None:
    """The goods an argument names, through a quantity ("2,000 of Acme's chips",
    "up to 1 million of its chips")."""
    owned = any(c.dep_ == "poss" for c in kids(tok))  # "Y's platform Nimbus": Nimbus names the goods
    named = a.res.mention_at(tok.i) is not None and a.res.ref(a.res.mention_at(tok.i)).type != PROD
    if named and not (owned and supplied(a, tok)) or not owned and any(
            c.dep_ in ("appos", "compound", "nmod", "flat") and c.i > tok.i and a.res.mention_at(c.i) is not None
            and not any(g.dep_ == "case" for g in kids(c))  # "les services d'Oracle": the maker
            and fit_type(a.res.ref(a.res.mention_at(c.i)), {ORG}) == ORG for c in kids(tok)):
        return None  # "acquired the chip designer Initech": a company, no goods
    if supplied(a, tok):
        return tok
    if tok.like_num or tok.pos_ == "NUM" or any(c.like_num for c in kids(tok)):
        for p, g in prep_args(tok):
            if p in _OF and supplied(a, g):
                return g
    return None


def makers(a: Args, goods: Token, exclude: frozenset = frozenset()) -> list[Ref]:
    """Whose goods they are: "Acme's chips", "Acme chips", "les puces d'Acme",
    "les services cloud d'Acme", "des puces Acme"."""
    found: list[Ref] = []
    owned = any(c.dep_ == "poss" for c in kids(goods))  # "Y's Nimbus cloud": Nimbus is the goods' name
    for c in kids(goods):
        if c.dep_ == "poss" or (not owned and c.dep_ in ("compound", "nmod", "flat", "appos")
                                and a.res.mention_at(c.i) is not None
                                and not any(g.dep_ == "case" for g in kids(c))):
            found += a.refs(c, exclude=exclude)
    for p, arg in prep_args(goods):
        if p in _OF:
            found += a.refs(arg, exclude=exclude)
    m = a.res.mention_at(goods.i)
    if m is not None and a.res.ref(m).type == PROD:
        found = [r for r in found if r.name != a.res.ref(m).name]
    return [r for r in found if fit_type(r, {ORG}) == ORG and r.name not in exclude]


def goods_facts(a: Args, tok: Token, users: list[Ref], hosts: Iterable[Token], clues: Clues,
                rule: str) -> Iterator[Found]:
    """The makers of the goods that `users` use or buy (the objects and prepositional
    arguments of `hosts`) supply them; nothing when the arguments name no goods."""
    listed = _listed_users(a, tok)
    if not users and not listed:
        users = _before_clitic(a, tok)
    if not users and tok.dep_ == "pcomp" and tok.head.head.pos_ in ("VERB", "NOUN"):
        users = a.subjects(tok.head.head)  # "By tapping into Y's chips, X ...": the main clause's subject
    users = [u for u in (listed or users) if fit_type(u, {ORG}) == ORG]
    names = frozenset(u.name for u in users)
    sellers: list[Ref] = []
    for host in hosts:
        for arg in [c for c in kids(host) if c.dep_ in OBJ] + [g for _, g in prep_args(host)]:
            goods = _goods_noun(a, arg)
            if goods is not None:
                sellers += [r for r in makers(a, goods, names) if r.name not in {s.name for s in sellers}]
    if not sellers:
        sellers = [r for r in providers(a, tok) if r.name not in names]
    yield from emit(a, sellers, SUPPLIES, users, tok, clues, rule)


def _before_clitic(a: Args, tok: Token) -> list[Ref]:
    """"X s'appuie sur ...", parsed with no subject: the name right before the reflexive pronoun."""
    j = tok.i - 1
    while j > tok.sent.start and tok.doc[j].lower_ in a.L.REFLEXIVES:
        j -= 1
    m = a.res.mention_at(j) if j < tok.i - 1 else None
    return [a.res.ref(m)] if m is not None else []


def _listed_users(a: Args, tok: Token) -> list[Ref]:
    """"companies which rely on Y's chips, including X": the users a relative clause's
    plural antecedent lists, wherever the parse hung the list."""
    subj = next((c for c in kids(tok) if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is None or subj.lower_ not in a.L.RELATIVES or tok.dep_ not in ("relcl", "acl:relcl"):
        return []
    antecedent = tok.head
    if "Number=Plur" not in antecedent.morph and antecedent.tag_ not in ("NNS", "NNPS"):
        return []
    for t in kids(antecedent) + list(tok.subtree):
        for p, arg in prep_args(t):
            if p in a.L.INCLUDING:
                return a.refs(arg)
    return []


def uses_goods(a: Args, tok: Token) -> bool:
    """Whether a verb of buying or using has goods among its arguments, or a company
    it relies on for goods."""
    for arg in [c for c in kids(tok) if c.dep_ in OBJ] + [g for _, g in prep_args(tok)]:
        if _goods_noun(a, arg) is not None:
            return True
    return bool(providers(a, tok))


def providers(a: Args, tok: Token) -> list[Ref]:
    """"relies on Y for its cloud", "s'appuie sur le fondeur Y pour fabriquer ses puces": the
    company a verb of using names, when the goods it is used for are said."""
    goods_for = any(p in a.L.FOR_PREPS and supplied(a, g) for p, g in prep_args(tok)) or any(
        c.dep_ in ("advcl", "xcomp") and any(o.dep_ in OBJ and supplied(a, o) for o in kids(c))
        for c in kids(tok))
    if not goods_for:
        return []
    out: list[Ref] = []
    objs = [c for c in kids(tok) if c.dep_ in OBJ]
    for arg in objs:
        if arg.pos_ == "NOUN" and a.res.mention_at(arg.i) is None and (
                "Number=Plur" in arg.morph or arg.tag_ == "NNS"):
            continue  # "used funds from ...": a plural common noun names no one company
        out += [r for r in a.refs(arg) if fit_type(r, {ORG}) == ORG]
    if objs and not out:
        return []  # "used funds from Y to buy chips": Y gave the funds, not the chips
    for arg in [g for p, g in prep_args(tok) if p not in a.L.FOR_PREPS]:
        out += [r for r in a.refs(arg) if fit_type(r, {ORG}) == ORG]
    return out


def money_object(tok: Token, clues: Clues) -> bool:
    """"X is providing $30bn for the round": the direct object is an amount of money."""
    for c in kids(tok):
        if c.dep_ in OBJ:
            lo, hi = c.left_edge.idx, c.right_edge.idx + len(c.right_edge)
            if any(lo <= m.start < hi for m in clues.amounts):
                return True
    return False


def supply_deal(a: Args, tok: Token, subjects: list[Ref], partners: list[Ref], clues: Clues) -> Iterator[Found]:
    """"X has a cloud deal with Y", "un accord cloud avec Y": a deal for goods. The supplier
    is the one the article already has investing in or supplying the other ("Google
    invested in Anthropic and has a cloud deal with the company"), else the partner."""
    deal_words = a.L.SUPPLY_DEALS
    if not any(c.dep_ in ("compound", "amod", "nmod") and (c.lower_ in deal_words or c.lemma_.lower() in deal_words)
               for c in kids(tok)):
        return
    known = {(f.subject.name, f.object.name) for _, f in a.facts if f.predicate in ("invests-in", "supplies")}
    for s in subjects:
        for p in partners:
            if s.name != p.name:
                supplier, client = (s, p) if (s.name, p.name) in known else (p, s)
                yield from emit(a, [supplier], SUPPLIES, [client], tok, clues, "noun.supply-deal")


def light_noun_users(a: Args, tok: Token) -> tuple[list[Ref], list[Token]]:
    """"X fait appel aux services de Y": the users (the light verb's subject) and where
    the goods hang (the noun, or its verb)."""
    verb = governor(tok)
    before = tok.nbor(-1) if tok.i > tok.sent.start else None
    if before is not None and before.dep_ == "compound" and before.head.i == tok.i and before.pos_ in ("VERB", "NOUN") \
            and before.lemma_.lower() in getattr(a.L.NOUNS.get(tok.lemma_.lower()), "gov", ()):
        # "X gains access to Y's cloud", the verb parsed as the noun's compound: its subject, or the name before it
        users = a.subjects(before) if before.pos_ == "VERB" else []
        m = a.res.mention_at(before.i - 1) if before.i > tok.sent.start else None
        if not users and m is not None:
            users = [a.res.ref(m)]
        return users, [tok]
    return (a.subjects(verb) if verb.pos_ in ("VERB", "AUX") else []), [tok, verb]



def run_on_facts(a: Args, tok: Token, clues: Clues) -> Iterator[Found]:
    """"X trains its models on Y's chips", "X's chatbot is hosted on Y's cloud", "les modèles
    de X tournent sur les serveurs de Y": the maker of the goods a verb of running runs on
    supplies the company whose work runs there (the subject, or the owner of a subject that
    is its product)."""
    # the preposition on the verb, or on its object ("trains its models on Y's chips")
    hosts = [tok] + [c for c in kids(tok) if c.dep_ in OBJ]
    hosts = [h for h in hosts if any(p in a.L.ON_PREPS and _goods_noun(a, arg) is not None
                                     for p, arg in prep_args(h))]
    if not hosts:
        return
    users = [r for r in a.subjects(tok) if fit_type(r, {ORG}) == ORG]
    if not users:
        for c in kids(tok):  # "X's models run on", "les modèles de X tournent sur": whose they are
            if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass"):
                owners = [g for g in kids(c) if g.dep_ == "poss" or prep_of(g) in a.L.GENITIVE]
                users = [r for g in owners for r in a.refs(g) if fit_type(r, {ORG}) == ORG]
    if users:
        yield from goods_facts(a, tok, users, hosts, clues, "verb.runs-on")


def use_facts(a: Args, tok: Token, clues: Clues) -> Iterator[Found]:
    """"By licensing Nimbus for use in several of Globex's offerings, Initech ...", "X concède
    Nimbus pour une utilisation dans les produits de Globex": goods or a product provided for
    use in another company's products or by it: the provider supplies that company."""
    L = a.L
    if prep_of(tok) not in L.FOR_PREPS and not (tok.dep_ == "pobj" and tok.head.lower_ in L.FOR_PREPS):
        return
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if verb.pos_ != "VERB":
        return
    # what is provided: a product, or goods ("licensing Nimbus", "une licence de Nimbus", "its chips")
    frame = L.VERBS.get(verb.lemma_.lower())
    providing = frame is not None and frame.predicate in ("supplies", "partners-with", "develops")

    def product(t: Token) -> bool:  # a product, or a name a providing verb ("license") makes one
        m = a.res.mention_at(t.i)
        return m is not None and (a.res.ref(m).type == PROD or providing and not a.res.ref(m).sure)

    provided = any(c.dep_ in OBJ and (product(c) or supplied(a, c) or any(product(g) for _, g in prep_args(c)))
                   for c in kids(verb))
    if not provided:
        return
    providers_ = a.subjects(verb)
    if not providers_ and verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX"):
        providers_ = a.subjects(verb.head.head)  # "By licensing X ..., Initech reaps": the main clause's subject
    providers_ = [r for r in providers_ if fit_type(r, {ORG}) == ORG]
    users: list[Ref] = []
    for _, arg in prep_args(tok):
        users += _owners(a, arg, 3)
    names = {r.name for r in providers_}
    users = [r for r in users if r.name not in names and fit_type(r, {ORG}) == ORG]
    yield from emit(a, providers_, SUPPLIES, users, tok, clues, "noun.for-use")


def _owners(a: Args, tok: Token, depth: int) -> list[Ref]:
    """The organisations a noun phrase names or whose things it names: "Globex", "Globex's
    offerings", "several of Globex's offerings", "les produits de Globex"."""
    m = a.res.mention_at(tok.i)
    if m is not None:
        r = a.res.ref(m)
        return [] if r.type == PROD else a.refs(tok)
    out: list[Ref] = []
    for c in kids(tok):
        if c.dep_ == "poss":
            out += a.refs(c)
    if depth > 0:
        for p, arg in prep_args(tok):
            if p in _OF:
                out += _owners(a, arg, depth - 1)
    return out


def build_facts(a: Args, tok: Token, clues: Clues) -> Iterator[Found]:
    """"Globex is building data centers for Initech", "investir dans la construction de centres
    de données pour Initech", "déployer 10 gigawatts de systèmes Globex pour l'infrastructure
    d'Initech": goods built or deployed for a company; their maker (else the builder)
    supplies it."""
    L = a.L
    if tok.pos_ == "VERB":
        goods_args = [c for c in kids(tok) if c.dep_ in OBJ]
        hosts = [tok]
    elif tok.pos_ == "NOUN":
        goods_args = [g for p, g in prep_args(tok) if p in _OF]
        hosts = [tok, governor(tok)]
    else:
        return
    goods = [g for g in (_goods_noun(a, arg) for arg in goods_args) if g is not None]
    if not goods:
        return
    fors = [arg for h in hosts + goods for p, arg in prep_args(h) if p in L.FOR_PREPS]
    if not fors:
        return
    sellers = [r for g in goods for r in makers(a, g)]
    if not sellers:
        verb = tok if tok.pos_ == "VERB" else hosts[1]
        sellers = a.subjects(verb) if verb.pos_ in ("VERB", "AUX") else []
    sellers = [r for r in sellers if fit_type(r, {ORG}) == ORG]
    names = {r.name for r in sellers}
    users = [r for arg in fors for r in _owners(a, arg, 3) if r.name not in names and fit_type(r, {ORG}) == ORG]
    yield from emit(a, sellers, SUPPLIES, users, tok, clues, "verb.builds-for" if tok.pos_ == "VERB"
                    else "noun.builds-for")
