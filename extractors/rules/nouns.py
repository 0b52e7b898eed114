"""Nominalisations and possessives: "X's $4 billion investment in Y", "le rachat de Y
par X", "a partnership between X and Y", "Alphabet's Google", "Anthropic's Claude"."""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from extractors.coref import Ref
from extractors.rules.args import Args
from extractors.rules.confidence import confidence
from extractors.rules.emit import emit, pairs
from extractors.rules.frame import Found, Frame
from extractors.rules.lists import participants, raised_by, with_participation
from extractors.rules.modality import Clues
from extractors.rules.supply import goods_facts, light_noun_users, supply_deal
from extractors.rules.syntax import (OBJ, PREP_NORM, SUBJ, agent_of, governor, is_amount, is_description,
                                    is_participle, kids, prep_args, prep_of)
from extractors.rules.types import ORG, PLACE, PROD, PROJ, fit_type
from extractors.triple import Attributes

# labels to climb from a noun to the verb whose subject is the noun's
_TO_VERB = OBJ | {"attr", "pobj", "obl", "obl:arg", "obl:mod", "nmod", "prep"}


def noun_key(tok: Token, L) -> str | None:
    """The lexicon key of a noun ("joint venture", "prise de participation", "ceo")."""
    if tok.pos_ not in ("NOUN", "PROPN", "ADJ", "X"):
        # a role noun tagged as a verb ("PDG et fondatrice de Y"), not a verb's own form
        return tok.lower_ if tok.pos_ == "VERB" and tok.lower_ in L.ROLES and tok.lower_ not in L.FORMS else None
    lemma = tok.lemma_.lower()
    for c in kids(tok):  # "joint venture", "prise de participation"
        if c.dep_ in ("compound", "amod") and f"{c.lower_} {lemma}" in L.NOUNS:
            return f"{c.lower_} {lemma}"
        if abs(c.i - tok.i) == 1 and c.dep_ not in ("det", "case", "punct"):
            # "partie prenante" (a role of two words), whichever of them the parse made the head
            key = f"{c.lower_} {tok.lower_}" if c.i < tok.i else f"{tok.lower_} {c.lower_}"
            if key in L.ROLES:
                return key
        if c.dep_ in ("nmod", "prep") and c.i > tok.i:  # "bailleur de fonds": the head, its preposition, a noun
            key = f"{lemma} {prep_of(c) or c.lower_} {c.lemma_.lower()}" if c.dep_ == "nmod" else next(
                (f"{lemma} {c.lower_} {g.lemma_.lower()}" for g in kids(c) if g.dep_ == "pobj"), "")
            if key in L.ROLES or key in L.NOUNS:
                return key
    if lemma in L.NOUNS or lemma in L.ROLES:
        return lemma
    return tok.lower_


def noun_facts(a: Args, tok: Token, frame: Frame, clues: Clues) -> Iterator[Found]:
    """The facts of a nominalisation: its subject from "'s", "by"/"par" or the governing verb."""
    received = _received(a, tok, frame)
    if received is not None:  # "X received funding from Y", "X a reçu un financement de Y"
        yield from emit(a, received[0], frame, received[1], tok, clues, "noun.received")
        return
    if frame.predicate == "invests-in" and not frame.swap and with_participation(a, tok):
        # "avec la participation de A, B et C", "with backing from A": participants of
        # what the governing verb raises or invests in
        found = participants(a, tok, frame)
        if found:
            exclude = frozenset(r.name for r in found)
            yield from emit(a, found, frame, raised_by(a, tok, exclude), tok, clues, "list.participation-with")
            return
    if frame.predicate == "invests-in" and tok.dep_ in ("compound", "nmod") and tok.head.i != tok.i \
            and a.is_round(tok.head):
        # "un cycle de financement", "a funding round": the round's name, no investment of its own;
        # "a funding round for X": X is being funded (for the investors the next sentences name)
        owner = a.named_round_owner(tok.head)
        if owner is not None:
            a.note_funded([owner], tok)
        return
    if frame.sale:  # "Arm's $40bn sale to Nvidia"
        yield from _sale(a, tok, frame, clues)
        return
    if frame.buyer:  # "X fait appel aux services cloud de Y"
        users, hosts = light_noun_users(a, tok)
        yield from goods_facts(a, tok, users, hosts, clues, "noun.uses-goods")
        return
    if frame.predicate == "invests-in" and a.is_round(tok):
        # "Une levée de fonds se prépare pour X", "X's funding round": X is being funded (for the
        # investors the next sentences name)
        owner = a.named_round_owner(tok)
        if owner is not None:
            a.note_funded([owner], tok)
    subjects = noun_subjects(a, tok, frame)
    exclude = frozenset(x.name for x in subjects)
    objects = a.objects(tok, frame, exclude)
    rule = "noun.nominal"
    if not subjects or not objects:  # "a lawsuit filed by X against Y", "l'investissement réalisé par X dans Y"
        agents, targets = _participle_args(a, tok, frame)
        if agents and (objects or targets) and not subjects:
            subjects, objects, rule = agents, objects or targets, "noun.participle"
    if subjects and not objects and frame.predicate == "acquires" and not frame.sale \
            and any(p in frame.subj for p, _ in prep_args(tok)):
        head = governor(tok)  # "X has agreed to a takeover by Y", "X a accepté l'offre de rachat de Y"
        if head.pos_ in ("VERB", "AUX"):
            objects = [r for r in a.subjects(head) if r.name not in exclude]
            rule = "noun.target-subject"
    if subjects and not objects and frame.predicate in ("sues", "accuses"):
        head = governor(tok)  # "X faces a lawsuit from Y", "X was hit with a lawsuit from Y"
        if head.lemma_.lower() in a.L.FACE_VERBS:
            objects = [r for r in a.subjects(head) if r.name not in exclude]
            rule = "noun.faced"
    if subjects and not objects and frame.predicate in ("sues", "accuses"):
        # "une plainte pour contrefaçon de brevets contre Y", "a suit over patents against Y": the
        # target hung on the last complement of the lawsuit's own phrase
        # target hung on the last complement of the lawsuit's phrase (read off the words that follow it)
        for t in tok.doc[tok.i + 1:tok.sent.end]:
            if t.pos_ not in ("NOUN", "PROPN", "ADJ", "ADP", "DET"):
                break
            if prep_of(t) in frame.obj:
                objects += a.refs(t, exclude=exclude)
    if not objects and frame.predicate == "invests-in" and not frame.swap and prep_of(tok) in a.L.GENITIVE \
            and tok.head.pos_ == "NOUN" and tok.head.i < tok.i:
        # "la nouvelle tranche d'investissement de X dans Y": the object hung on the measure noun
        objects = [r for p, arg in prep_args(tok.head) if p in frame.obj for r in a.refs(arg, exclude=exclude)]
    if not objects and frame.predicate == "invests-in" and not frame.swap:
        # "The $1 billion investment goes to Y": an investment the article told, and where it goes
        objects = goes_to(a, tok, exclude)
        if objects:
            subjects = subjects or earlier_investor(a, tok, clues, frozenset(r.name for r in objects))
            rule = "noun.goes-to"
    if not objects and frame.predicate == "invests-in" and not frame.swap:
        # "X's new investment in Y adds to Z's $8bn investment": the same company
        objects = added_to(a, tok, frame, exclude)
        rule = "noun.adds-to" if objects else rule
    if not objects and frame.predicate == "invests-in" and not frame.swap:
        # (a raise's own company raises, it invests in no one: "X a mené la levée de fonds de Y")
        objects = a.round_objects(tok, exclude)
        rule = "noun.round-owner"
    if frame.predicate in ("partners-with", "competes-with"):
        between = []
        for p, arg in prep_args(tok):
            if p in a.L.BETWEEN:
                between += a.coordinated_right(arg, a.refs(arg))
        if len(between) > 1:
            yield from pairs(a, between, frame, tok, clues, "noun.between")
            return
        if not objects and len(subjects) > 1:
            yield from pairs(a, subjects, frame, tok, clues, "noun.symmetric")
            return
    yield from emit(a, subjects, frame, objects, tok, clues, rule)
    if frame.predicate == "partners-with":
        yield from supply_deal(a, tok, subjects, objects, clues)  # "a cloud deal with Y"


def _participle_args(a: Args, tok: Token, frame: Frame) -> tuple[list[Ref], list[Ref]]:
    """The agent and the complements of a participle on the noun: "the lawsuit, filed by X
    against Y", "une plainte déposée par X contre Y"."""
    part = next((c for c in kids(tok) if c.dep_ in ("acl", "amod", "appos") and is_participle(c)), None)
    if part is None:
        return [], []
    agents = [r for g in agent_of(part, a.L) for r in a.refs(g)]
    names = {r.name for r in agents}
    targets = [r for p, arg in prep_args(part) if p in frame.obj for r in a.refs(arg) if r.name not in names]
    return agents, targets


def _received(a: Args, tok: Token, frame: Frame) -> tuple[list[Ref], list[Ref]] | None:
    """"X received a $50m investment from Y", "X got $5m in funding from Y", "X a reçu un
    financement de Y": an investing noun under a verb of receiving; (investors, funded), the
    investors from "from"/"de" on the noun or the verb, the funded the verb's subject."""
    if frame.predicate != "invests-in" or frame.swap:
        return None
    verb = _verb_above(tok)
    if verb is None or verb.lemma_.lower() not in a.L.RECEIVE_VERBS:
        return None
    froms = {"from", "de", "auprès"} | set(frame.subj)
    amounts = [arg for p, arg in prep_args(tok) if is_amount(arg)]  # "un investissement de 5 M€ de Y"
    investors = [r for node in (tok, verb, *amounts) for p, arg in prep_args(node)
                 if p in froms and not is_amount(arg) for r in a.refs(arg)]
    funded = [r for r in a.subjects(verb) if r.name not in {i.name for i in investors}]
    return (investors, funded) if investors and funded else None


def noun_subjects(a: Args, tok: Token, frame: Frame) -> list[Ref]:
    """Who does what nominal `tok` names: "X's", "by X", "de X", the subject of its copula or
    of the verb it hangs from ("X a annoncé le rachat de Y")."""
    subjects: list[Ref] = []
    for c in kids(tok):
        if c.dep_ == "poss" or (c.dep_ == "compound" and a.res.mention_at(c.i)):
            subjects += a.refs(c)
    if frame.subj:
        for p, arg in prep_args(tok):
            if p in frame.subj:
                subjects += a.refs(arg)
        if not subjects:  # "un investissement de 8 Md$ d'Amazon": hung on the amount
            for p, arg in prep_args(tok):
                if is_amount(arg):
                    subjects += [r for q, g in prep_args(arg) if q in frame.subj for r in a.refs(g)]
        if not subjects:  # "le lancement de Y par X", the agent hung on the object
            for p, arg in prep_args(tok):
                if p not in frame.subj:
                    subjects += [r for q, g in prep_args(arg) if q in frame.subj and q in a.L.AGENT_PREPS
                                 for r in a.refs(g)]
    if not subjects and any(c.dep_ in SUBJ for c in kids(tok)):
        subjects = a.subjects(tok)  # "X est en concurrence avec Y": the copula's predicate noun
    if not subjects and frame.climb:
        verb = _verb_above(tok)
        subjects = a.subjects(verb) if verb is not None else []
    return subjects


def _verb_above(tok: Token) -> Token | None:
    """The verb a noun phrase hangs from, within three heads, through objects and
    prepositions only ("X a annoncé le rachat de Y", "X received a round of funding")."""
    head = tok
    for _ in range(3):
        if head.dep_ not in _TO_VERB or head.head.i == head.i:
            return None
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return head
    return None


def pronoun_facts(a: Args, pron: Token, clues: Clues) -> Iterator[Found]:
    """"avec déjà six acquisitions réalisées, la plus importante étant celle en juin dernier du
    spécialiste de l'IA Y", "its largest investment being that of Y": a demonstrative pronoun
    standing for the acquisition or investment noun before it in its sentence, its object the
    name its "de"/"of" complement gives (a date may come between), its subject the noun's."""
    L, doc = a.L, pron.doc
    ante = None
    for k in range(pron.i - 1, pron.sent.start - 1, -1):
        key = noun_key(doc[k], L) if doc[k].pos_ == "NOUN" else None
        frame = L.NOUNS.get(key) if key else None
        if frame is not None and frame.predicate in ("acquires", "invests-in") and not (frame.sale or frame.swap):
            ante = doc[k]
            break
    if ante is None or any(doc[k].pos_ in ("VERB", "AUX") and (
            "VerbForm=Fin" in doc[k].morph or doc[k].tag_ in ("VBD", "VBZ", "VBP", "MD"))
            for k in range(ante.i + 1, pron.i)):
        return  # "le rachat de X suit celui de Y": another deal, not one of those the noun counts
    j, end = pron.i + 1, pron.sent.end
    while j < min(end, pron.i + 5) and _norm(doc[j].lower_) not in L.GENITIVE:
        if doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX", "PRON") or a.res.mention_at(j) is not None:
            return  # "celle en juin dernier du ...": only a date before the complement
        j += 1
    if j >= end or _norm(doc[j].lower_) not in L.GENITIVE:
        return
    # the name of the complement, after its description ("du spécialiste de l'IA générative Y")
    found = None
    for k in range(j + 1, min(end, j + 9)):
        m = a.res.mention_at(k)
        if m is not None:
            found = a.res.ref(m)
            break
        if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX") and not is_description(doc[k], L):
            return  # ("the robotics startup Y", "startup" tagged as a verb)
    if found is None or fit_type(found, {ORG, PROD, PROJ}) == PLACE:
        return
    subjects = [r for r in noun_subjects(a, ante, frame) if r.name != found.name]
    yield from emit(a, subjects, frame, [found], pron, clues, "noun.pronoun")


def _norm(w: str) -> str:
    return PREP_NORM.get(w, w)


def goes_to(a: Args, tok: Token, exclude: frozenset) -> list[Ref]:
    """"The investment goes to Y", "l'investissement ira à Y": where the money of an investing
    noun, the subject of a verb of going, goes."""
    if tok.dep_ not in SUBJ or tok.head.lemma_.lower() not in a.L.GO_VERBS:
        return []
    return [r for p, arg in prep_args(tok.head) if p in a.L.MONEY_PREPS
            for r in a.refs(arg, exclude=exclude) if fit_type(r, {ORG, PROJ}) in (ORG, PROJ)]


def added_to(a: Args, tok: Token, frame: Frame, exclude: frozenset) -> list[Ref]:
    """"La nouvelle tranche d'investissement de X dans Y s'ajoute à un investissement de 8 Md$ de
    Z", "X's investment in Y adds to Z's": an investment noun that another one is added to goes
    into the same company, the one the subject's phrase names after an object preposition."""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and tok.dep_ not in SUBJ:
        verb = verb.head
    if verb.lemma_.lower() not in a.L.ADD_VERBS or verb.i > tok.i:
        return []
    subj = next((c for c in kids(verb) if c.dep_ in SUBJ | {"nsubj:pass"}), None)
    if subj is None or subj.i == tok.i or not any(
            (a.L.NOUNS.get(t.lemma_.lower()) or frame).predicate == "invests-in" and t.lemma_.lower() in a.L.NOUNS
            for t in subj.subtree):
        return []
    out = []
    for t in subj.subtree:
        m = a.res.mention_at(t.i)
        if m is not None and m.start == t.i and prep_of(doc_root(a, m)) in frame.obj:
            out += [r for r in a.refs(doc_root(a, m), exclude=exclude) if fit_type(r, {ORG, PROJ}) in (ORG, PROJ)]
    return out


def doc_root(a: Args, m) -> Token:
    return a.res.doc[m.start:m.end].root


def earlier_investor(a: Args, tok: Token, clues: Clues, exclude: frozenset) -> list[Ref]:
    """Who made the investment a definite noun with no subject of its own refers to ("The $1
    billion investment"): the investor of the article's first investment of that amount (the
    one the article led with), else of its last investment."""
    if not a.res.definite(tok):
        return []
    lo, hi = tok.left_edge.idx, tok.idx
    amounts = {m.amount for m in clues.amounts if lo <= m.start < hi}
    told = [f for _, f in a.facts if f.predicate == "invests-in" and f.subject.name not in exclude]
    same = [f for f in told if amounts and f.attributes.amount in amounts]
    found = same[0] if same else told[-1] if told else None
    if found is None:
        return []
    return [Ref(found.subject.name, found.subject.type, True, found.subject.sure)]


def _sale(a: Args, tok: Token, frame: Frame, clues: Clues) -> Iterator[Found]:
    """"Arm's $40bn sale to Nvidia", "the sale of Initech to Globex", "la cession d'Initech à
    Globex": the buyer acquires what is sold (the complement, else the possessor)."""
    sold = [r for p, arg in prep_args(tok) if p in frame.subj for r in a.refs(arg)]
    if not sold:
        sold = [r for c in kids(tok) if c.dep_ == "poss" for r in a.refs(c)]
    names = frozenset(r.name for r in sold)
    buyers = [r for p, arg in prep_args(tok) if p in frame.obj for r in a.refs(arg, exclude=names)]
    yield from emit(a, buyers, Frame("acquires"), sold, tok, clues, "noun.sale")


def possessive_facts(a: Args, tok: Token) -> Iterator[Found]:
    """"Alphabet's Google" owns (a company the gazetteer knows); "Anthropic's Claude" develops.
    A possessed name with a unit or product noun after it ("Globex's Initech unit", "Initech's
    Nimbus assistant") is read by passing.product_facts."""
    owner, owned = a.res.mention_at(tok.i), a.res.mention_at(tok.head.i)
    if owner is None or owned is None or owner is owned:
        return
    if any(t.dep_ != "case" for t in tok.doc[owner.end:owned.start]):
        return  # "OpenAI's rival Anthropic" is no ownership
    o, d = a.res.ref(owner), a.res.ref(owned)
    if o.type != ORG or owned.text.lower() in a.L.SUPPLY_GOODS:
        return  # "Google's TPUs": goods it makes, no company it owns
    if d.type == ORG and not d.sure:
        return  # a name the NER guessed as a company is no proof of ownership
    rule, predicate = {ORG: ("possessive.owner", "owns"), PROD: ("possessive.product", "develops")}.get(
        d.type, (None, None))
    if predicate:
        yield Found(o, predicate, d, Attributes(), confidence(rule), rule)
