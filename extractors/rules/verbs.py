"""Trigger verbs: active and passive voice, a participle opening the sentence,
sales and purchases, symmetric verbs, and funding-round verbs.

"X acquired Y", "Y a été rachetée par X", "Fondée en 2023 par A, B et C, la
start-up ...", "X sold Y to Z", "X buys chips from Y", "A et B s'associent",
"X led the round".
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterator

from spacy.tokens import Span, Token

from extractors.attributes import find_amounts
from extractors.coref import Ref
from extractors.rules.args import Args
from extractors.rules.disputes import apposed_object, blocked_deal, lawsuit_allegation, plaintiff, speaker
from extractors.rules.emit import emit, pairs
from extractors.rules.frame import Found, Frame
from extractors.rules.lists import Walker, co_investors, funded_earlier, intransitive, nested_agents
from extractors.rules.modality import Clues
from extractors.rules.nouns import noun_key
from extractors.rules.places import founding_places
from extractors.rules.supply import goods_facts, money_object, uses_goods
from extractors.rules.syntax import (OBJ, PASS_SUBJ, REL, SUBJ, agent_of, agrees, first_comma_after, governor,
                                    is_amount, is_description, is_goods, is_passive, is_staff, kids, prep_args,
                                    prep_of)
from extractors.rules.types import ORG, PER, PROD, fit_type, is_person


def verb_key(tok: Token, L) -> str | None:
    """The trigger-verb key of `tok` ("acquire", "buy out", "se associer"), if it is one.

    A form the lexicon knows counts whatever part of speech the tagger gave
    it ("investit" tagged ADJ), unless a determiner makes it a noun, it
    modifies the noun after it ("Initech's funding needs"), or it is the noun
    of a light verb ("fait équipe avec", not "équiper").
    """
    if tok.pos_ in ("VERB", "AUX"):
        lemma = tok.lemma_.lower()
    elif tok.lower_ in L.FORMS and not any(c.dep_ in ("det", "poss") or (c.dep_ == "case" and c.i < tok.i)
                                           for c in kids(tok)) \
            and not (tok.i > 0 and tok.nbor(-1).pos_ == "DET") \
            and not (tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ == "NOUN") \
            and not (tok.pos_ == "NOUN" and tok.dep_ in OBJ | {"pobj"} and tok.lower_ in L.NOUNS
                     and (governor(tok).lemma_.lower() in L.RECEIVE_VERBS  # "received funding"
                          or governor(tok).lemma_.lower() in L.NOUNS[tok.lower_].gov)) \
            and not (tok.lower_ in L.ROLES and not any(c.dep_ in SUBJ for c in kids(tok))):
        # (a role noun that is also a verb form, "président", is a noun unless it has a subject)
        lemma = L.FORMS[tok.lower_]
    else:
        return None
    if lemma not in L.VERBS and lemma not in L.ROUND_VERBS:
        lemma = L.FORMS.get(tok.lower_, lemma)
    for c in kids(tok):
        if c.dep_ in ("prt", "compound:prt"):
            key = f"{lemma} {c.lower_}"
            if key in L.VERBS or key in L.ROUND_VERBS:
                return key
        if c.dep_ in ("expl:comp", "expl:pv", "expl:pass", "obj", "iobj", "expl") and c.lower_ in L.REFLEXIVES:
            key = "se " + lemma
            if key in L.VERBS:
                return key
        key = _idiom(lemma, c)
        if key in L.VERBS:
            return key  # "took X to court", "a traîné X en justice"
    return lemma if lemma in L.VERBS or lemma in L.ROUND_VERBS else None


def _cast_in_a_role(tok: Token, L) -> bool:
    """Whether verb `tok` or its object has an "as" complement that is a role ("présente
    Globex comme son principal concurrent", "presents X as a partner")."""
    for host in [tok, *(c for c in kids(tok) if c.dep_ in OBJ)]:
        for g in kids(host):
            if g.pos_ == "NOUN" and noun_key(g, L) in L.ROLES and any(
                    x.dep_ in ("case", "prep") and x.lower_ in L.AS_PREPS for x in kids(g)):
                return True
            if g.dep_ == "prep" and g.lower_ in L.AS_PREPS and any(
                    noun_key(x, L) in L.ROLES for x in kids(g) if x.dep_ == "pobj"):
                return True
    return False


def _idiom(lemma: str, c: Token) -> str | None:
    """The verb `lemma` with its complement `c` as one phrase ("take to court" of "took X to
    court", "traîner en justice" of "a traîné X en justice"), if `c` is one prepositional noun."""
    if c.dep_ == "prep":
        nouns = [g for g in kids(c) if g.dep_ == "pobj"]
        return f"{lemma} {c.lower_} {nouns[0].lower_}" if len(nouns) == 1 else None
    if c.dep_ in ("obl", "obl:mod", "obl:arg") and c.pos_ == "NOUN":
        case = [g for g in kids(c) if g.dep_ == "case"]
        return f"{lemma} {case[0].lower_} {c.lower_}" if len(case) == 1 else None
    return None


def round_frame(a: Args, tok: Token, frame: Frame | None) -> tuple[Frame | None, str]:
    """'lead/join a round', 'participer au tour de table' invest in the round's company;
    'pour billions into Y', 'mettre 4,5 millions dans Y' invest in Y: the frame of `tok`
    and its kind ("round", "money", or "" for the verb's own frame)."""
    alt = a.L.ROUND_VERBS.get(tok.lemma_.lower()) or a.L.ROUND_VERBS.get(a.L.FORMS.get(tok.lower_, ""))
    if alt is None:
        return frame, ""
    if round_args(a, tok):
        return alt, "round"
    if money_into(a, tok):
        return alt, "money"  # "X is pouring billions into Y", "X committed $1bn to the nonprofit"
    if frame is None and alt.obj != ("obj",) and intransitive(tok, alt, a.L):
        # "A, B and C also participated", "X contributed $10m": the round told before
        return alt, "round"
    return frame, ""


def round_args(a: Args, tok: Token) -> list[Token]:
    """The funding rounds among the arguments of verb `tok` ("led the round", "entered into a
    Series B round", "X apporte 30 millions au tour de table", "the round led by X")."""
    args = [c for c in kids(tok) if c.dep_ in OBJ | PASS_SUBJ] + [arg for _, arg in prep_args(tok)]
    # "X apporte 30 millions au tour de table": the round hung on the amount
    args += [arg for c in kids(tok) if c.dep_ in OBJ and is_amount(c) for _, arg in prep_args(c)]
    if tok.dep_ in ("acl", "amod"):
        args.append(tok.head)
    out = [arg for arg in args if a.is_round(arg)]
    # "Y avait déjà participé aux deux", "Y took part in both": rounds told just before
    out += [rnd for arg in args if arg.lower_ in a.L.PLURAL_COUNTS and arg.pos_ in ("PRON", "NUM", "DET")
            and not any(c.dep_ in ("nummod", "det") for c in kids(arg))
            for rnd in [_round_before(a, arg)] if rnd is not None]
    return out


def _round_before(a: Args, tok: Token, *, sentences: int = 2) -> Token | None:
    """The last funding-round noun before `tok`, in its sentence or the `sentences` before."""
    doc, start = tok.doc, tok.sent.start
    for _ in range(sentences):
        if start > 0:
            start = doc[start - 1].sent.start
    return next((doc[k] for k in range(tok.i - 1, start - 1, -1)
                 if doc[k].pos_ in ("NOUN", "PROPN") and a.is_round(doc[k])
                 and not (doc[k].head.i < k and a.is_round(doc[k].head))), None)  # not "de table", "en août"


def money_into(a: Args, tok: Token) -> list[Token]:
    """"X is pouring billions into Y", "committed $1bn to the nonprofit", "mettre 4,5 millions
    de dollars dans Y": a money verb whose direct object is money, and the tokens of the
    organisations it goes into (a name, or a description with no possessive: not "into its
    cloud business")."""
    L = a.L
    money = [c for c in kids(tok) if c.dep_ in OBJ and _is_money(c, L) and a.res.mention_at(c.i) is None]
    if not money:
        return []
    hosts = [tok] + money  # "mettre 10 millions d'euros dans Y", the place hung on the amount
    out = []
    for host in hosts:
        for p, arg in prep_args(host):
            if p not in L.MONEY_PREPS:
                continue
            m = a.res.mention_at(arg.i)
            if m is not None:
                if fit_type(a.res.ref(m), {ORG}) == ORG:
                    out.append(arg)
            elif (is_description(arg, L) or arg.text.islower() and arg.lower_ in L.ANAPHORS) and not any(
                    c.dep_ == "poss" or c.lower_ in L.POSSESSIVES for c in kids(arg)):
                out.append(arg)
    return out


def _is_money(tok: Token, L) -> bool:
    """An amount with its currency ("$1 billion", "4,5 millions de dollars"), or a money noun
    with no number ("billions", "des milliards", "money"): not "1 million of its chips"."""
    if is_amount(tok):
        span = tok.doc[tok.left_edge.i:tok.right_edge.i + 1]
        return bool(find_amounts(span.text, L.LANG))
    return tok.lemma_.lower() in L.MONEY_NOUNS or tok.lower_ in L.MONEY_NOUNS


def partnership_partners(a: Args, tok: Token, frame: Frame, exclude: frozenset) -> list[Ref]:
    """"X agreed to invest $1bn in a partnership with Y", "investir dans un partenariat avec Y":
    the money goes to the partner (not so for a joint venture, a company of its own)."""
    out: list[Ref] = []
    hosts = [tok] + [c for c in kids(tok) if c.dep_ in OBJ and is_amount(c)]
    for host in hosts:
        for p, arg in prep_args(host):
            if p in frame.obj and arg.pos_ == "NOUN" and arg.lemma_.lower() in a.L.INVESTED_DEALS:
                deal = a.L.NOUNS.get(arg.lemma_.lower())
                preps = deal.obj if deal is not None else ()
                out += [r for q, g in prep_args(arg) if q in preps for r in a.refs(g, exclude=exclude)]
    return [r for r in out if fit_type(r, {ORG}) == ORG]


def verb_facts(a: Args, tok: Token, frame: Frame, sent: Span, clues: Clues,
               *, round_verb: str = "") -> Iterator[Found]:
    """The facts of trigger verb `tok`."""
    L = a.L
    if frame.predicate == "supplies" and not frame.buyer and money_object(tok, clues):
        return  # "X is providing $30bn for the round": money, no goods
    if frame.sale and not is_passive(tok, L):
        yield from _sale(a, tok, frame, clues)
        return
    if frame.predicate == "develops" and _cast_in_a_role(tok, L):
        return  # "présente Globex comme son principal concurrent": a description, no launch
    if frame.predicate == "acquires" and not (frame.buyer or frame.sale) and "obj" not in frame.obj \
            and any(c.dep_ in OBJ and (c.pos_ == "PRON" or a.res.mention_at(c.i) is not None) for c in kids(tok)):
        # the bought in a complement and someone as the direct object: a payee ("pay $500 million
        # for Y" buys Y; "pay it for the access", "paie Y pour ses services" do not)
        return
    passive = is_passive(tok, L)
    fronted = [] if passive or tok.i != sent.start else a.fronted_agents(tok, sent)
    # "l'entreprise fondée en 2021 par A, B et C", the agents hung elsewhere by the parser
    loose = [] if passive or fronted or tok.dep_ not in ("acl", "amod") else a.fronted_agents(tok, sent)
    if fronted or passive or loose:
        yield from _passive(a, tok, frame, clues, fronted, loose)
        return
    if frame.predicate == "leads" and any(c.dep_ == "advmod" and c.lower_ in L.FORMER for c in kids(tok)):
        return  # "who previously led Globex", "qui dirigeait auparavant Globex": led no more
    subjects = a.subjects(tok)
    if len(subjects) > 1 and frame.predicate not in ("competes-with", "sues", "accuses", "partners-with") and any(
            c.lower_ in L.JOINTLY and c.dep_ in ("advmod", "obj", "obl:mod")
            and not any(g.dep_ in ("det", "case") for g in kids(c)) for c in kids(tok)):
        # "Globex and Initech will jointly develop a chip", "vont développer ensemble": partners
        yield from pairs(a, [r for r in subjects if fit_type(r, {ORG}) == ORG], Frame("partners-with"), tok, clues,
                         "verb.jointly")
    if frame.predicate == "founded" and subjects:  # "X co-founded Y with Z", "X a cofondé Y avec Z"
        named = {r.name for r in subjects}
        subjects += [r for p, arg in prep_args(tok) if p in L.WITH_PREPS for r in a.refs(arg, exclude=frozenset(named))
                     if fit_type(r, {ORG, PER}) in (ORG, PER)]
    if frame.buyer and uses_goods(a, tok):
        # "X will use Y's cloud services", "buys Y chips", "relies on Y's chip designs"
        found = list(goods_facts(a, tok, subjects, [tok], clues, "verb.uses-goods"))
        found = found or list(_purchase(a, tok, subjects, clues))
        if not found and frame.predicate == "acquires":
            # "Initech acquired Vandelay", the name the NER took for a product and no maker of it
            # said: the name bought is the company (or the product) bought
            named = [r for c in kids(tok) if c.dep_ in OBJ and a.res.mention_at(c.i) is not None
                     for r in a.refs(c) if not r.sure]
            found = list(emit(a, subjects, frame, named, tok, clues, "verb.active"))
        yield from found
        return
    cosubjects: list[Ref] = []
    if frame.predicate == "invests-in" and subjects:
        # "X finance Y aux côtés de Z", "along with Z", "and was joined by Z"; for "raise",
        # "Hooli raised $50m with Globex and Initech kicking in": more investors
        cosubjects = co_investors(a, tok, frame.obj, frozenset(x.name for x in subjects))
    exclude = frozenset(x.name for x in subjects + cosubjects)
    if frame.buyer and any(is_goods(c, L) for c in kids(tok) if c.dep_ in OBJ):
        yield from _purchase(a, tok, subjects, clues)  # "X buys Acme chips": goods, not a company
        return
    rule = {"round": "verb.round", "money": "verb.money-into"}.get(round_verb, "verb.active")
    objects = a.objects(tok, frame, exclude)
    if round_verb == "money":  # only the organisations the money goes into
        objects = [r for t in money_into(a, tok) for r in a.refs(t, exclude=exclude)]
    if round_verb == "round" and all(r.type == PER for r in objects):
        # "X and Y entered into a Series B round, in which Z raised"; "participated in Elon
        # Musk's xAI round", the person parsed as the object: the round's company
        objects = [r for rnd in round_args(a, tok) for r in a.refs(rnd, exclude=exclude, conj=False)] or objects
    if not objects and frame.predicate == "invests-in" and not frame.swap:
        objects = partnership_partners(a, tok, frame, exclude)  # "invest $1bn in a partnership with Y"
        rule = "verb.invest-partnership" if objects else rule
    if not objects and frame.predicate == "invests-in":
        objects = a.round_objects(tok, exclude)  # "..., qui investit 1,3 milliard"
        rule = "verb.round-owner" if objects and not round_verb else rule
    if not objects and frame.predicate == "invests-in" and not frame.swap and intransitive(tok, frame, L):
        objects = funded_earlier(a, tok, exclude)  # "Hooli raised $40m. A, B and C also invested."
        rule = "list.funded-earlier"
    if frame.swap and cosubjects:
        yield from emit(a, subjects, frame, cosubjects, tok, clues, "list.raised-with")
        cosubjects = []
    if frame.predicate in ("accuses", "sues"):
        said = speaker(a, tok)  # "the agency said it fined X": "it" is the agency
        subjects = subjects if said is None else said
    if frame.predicate == "accuses":
        subjects = subjects or plaintiff(a, tok)  # "The complaint alleges X ..."
        against = lawsuit_allegation(a, tok)  # "sued A, alleging that ...": A is accused
        if against:
            objects, rule = against, "verb.lawsuit-allegation"
        if not objects:
            objects = apposed_object(a, tok, exclude)  # "accuse son homologue, X, de ..."
    if not objects and frame.predicate == "accuses":
        for c in kids(tok):  # "X alleges that Y stole ...": Y is accused
            if c.dep_ == "ccomp":
                objects += [r for s in kids(c) if s.dep_ in SUBJ for r in a.refs(s, exclude=exclude)]
        rule = "verb.alleges"
    if not objects and frame.predicate == "sues":
        objects = blocked_deal(a, tok)  # "X sued to block the buyout": the buyer
        rule = "verb.sues-to-block" if objects else rule
    if not objects and frame.buyer:
        yield from _purchase(a, tok, subjects, clues)
        return
    if not objects and frame.predicate in ("partners-with", "competes-with") and len(subjects) > 1:
        yield from pairs(a, subjects, frame, tok, clues, "verb.symmetric")
        return
    if frame.org_object:  # "Iliad a créé Kyutai, un laboratoire": founding, not a product
        orgs = _organisations(a, tok, objects, subjects)
        objects = [o for o in objects if o not in orgs]
        yield from emit(a, subjects, replace(frame, predicate=frame.org_object), orgs, tok, clues,
                        "verb.founds-organisation")
    yield from emit(a, subjects, frame, objects, tok, clues, rule)
    # the co-investors of "X invests in Y alongside Z" (their amount is X's: none of theirs)
    yield from emit(a, [c for c in cosubjects if c.name not in {s.name for s in subjects}], frame,
                    objects, tok, clues, "verb.cosubject")


def _described_by(noun: Token) -> Token | None:
    """The noun that `noun`, a complement of "de" / "of", describes ("entreprise" of "une
    entreprise d'intelligence artificielle"), or None."""
    if noun.dep_ == "nmod" and noun.head.i < noun.i and noun.head.pos_ == "NOUN":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        return noun.head.head
    return None


def _organisations(a: Args, tok: Token, objects: list[Ref], makers: list[Ref]) -> list[Ref]:
    """The objects of a verb of making ("créer", "create") that are organisations: known or
    described as one in the sentence, made somewhere ("créée à Lyon par X", "created in
    Paris"), which a product seldom is said to be, or taken for one and made by people
    ("Jean Dupont a créé Initech")."""
    somewhere = bool(founding_places(a, tok)) or _feminine_on_a_name(tok)
    by_people = bool(makers) and all(m.type == PER for m in makers)
    return [o for o in objects if a.is_organisation(o, tok.sent) or (
        somewhere or by_people and o.type == ORG and not a.is_described_product(o, tok.sent))
        and not (o.sure and o.type == PROD)]


def _feminine_on_a_name(tok: Token) -> bool:
    """"Initech, créée par X", "Initech a été lancée par X": a participle agreeing in the
    feminine with a bare name agrees as with "entreprise", "société", "start-up" (a product,
    "modèle", "logiciel", "assistant", is mostly masculine: "Zorblax, créé par Initech");
    not when a noun heads the name ("l'application Zorblax, créée par")."""
    if "Gender=Fem" not in tok.morph:
        return False
    named = [tok.head] if tok.dep_ == "acl" else [c for c in kids(tok) if c.dep_ in PASS_SUBJ]
    return bool(named) and all(t.pos_ == "PROPN" for t in named)


def _named_after(a: Args, noun: Token, end: int) -> list[Ref]:
    """The people a noun of people names after a comma, which the parse hung elsewhere ("par
    deux anciens ingénieurs de Globex, A et B"): every member a person."""
    doc = a.res.doc
    j = first_comma_after(noun, 8)
    if j is None or j + 1 >= end or a.res.mention_at(j + 1) is None \
            or any(t.pos_ in ("VERB", "AUX") for t in doc[noun.i + 1:j]):
        return []
    people = Walker(a).list_at(j + 1, end)
    return people if people and all(is_person(r) for r in people) else []


def _past_the_clause(a: Args, agent: Token) -> set[str]:
    """The name after a comma and a coordinator right after a participle's agent ("X,
    soutenue par Y, et Z", "X, backed by Y, and Z"): a two-member list takes no comma before
    its "et" in French, nor mostly in English; the participle's clause ended at that comma,
    and Z is listed with the noun the participle describes."""
    doc, end = agent.doc, agent.i
    for c in kids(agent):  # the agent's own phrase, without what the parse coordinated with it
        if c.i > agent.i and c.dep_ not in ("conj", "cc", "punct"):
            end = max(end, c.right_edge.i)
    k = end + 1
    if k + 2 >= agent.sent.end or doc[k].text != "," or doc[k + 1].lower_ not in a.L.AND | a.L.OR:
        return set()
    m = a.res.mention_at(k + 2)
    return {a.res.ref(m).name} if m is not None and m.start == k + 2 else set()


def _passive(a: Args, tok: Token, frame: Frame, clues: Clues, fronted: list[Ref],
             loose: list[Ref] = ()) -> Iterator[Found]:
    """"Y a été rachetée par X", "financée par X et soutenue par Y", "agreed to be acquired by X",
    and a participle opening the sentence ("Fondée en 2023 par A, B et C, l'entreprise ...")."""
    subjects = list(fronted) + list(loose)
    for g in agent_of(tok, a.L):
        found = a.coordinated_right(g, a.refs(g))
        if tok.dep_ in ("acl", "amod"):  # "des sociétés comme X, soutenue par Y, et Z": Z is listed with X
            beyond = _past_the_clause(a, g)
            found = [r for r in found if r.name not in beyond]
        if not found and g.pos_ == "NOUN" and a.res.mention_at(g.i + 1) is not None:
            found = Walker(a).list_at(g.i + 1, tok.sent.end)  # "par les chercheurs A et B", misparsed
        if not found and is_staff(g, a.L):
            found = _named_after(a, g, tok.sent.end)  # "par deux ingénieurs de Globex, A et B", misparsed
        if not found and frame.predicate == "develops" and is_staff(g, a.L):
            # "created by engineers at Initech", "créé par des ingénieurs d'Initech": their employer's
            employer = [c for c in kids(g) if c.dep_ in ("compound", "poss")]
            employer += [arg for p, arg in prep_args(g) if p in a.L.EMPLOYER_PREPS]
            found = [r for c in employer for r in a.refs(c) if fit_type(r, {ORG}) == ORG]
        if not found and frame.predicate == "invests-in":
            found = nested_agents(a, tok, g)  # "menée par des investisseurs ..., menés par X"
        subjects += found
    if frame.sale:  # "X was sold to Y", "X a été cédée à Y": Y acquires X
        subjects = [r for p, arg in prep_args(tok) if p in frame.obj for r in a.refs(arg)]
        frame = replace(frame, swap=False)
    cosubjects: list[Ref] = []
    if frame.predicate == "invests-in" and subjects and not frame.swap:
        # "L'opération a été menée par X, avec Y et Z en co-lead", "led by X, with Y also taking part"
        cosubjects = co_investors(a, tok, frame.obj, frozenset(x.name for x in subjects))
    objects = []
    for c in kids(tok):
        if c.dep_ in PASS_SUBJ:
            objects += a.refs(c)
    if not objects and tok.i == tok.sent.start:
        # "Fondée en 2023 par X, l'entreprise ...": the main clause's subject
        after = [t for t in tok.sent if t.i > tok.i and t.dep_ in SUBJ | PASS_SUBJ]
        if after:  # not one of the agents ("Backed by A and B, the company ...")
            objects = a.refs(after[0], exclude=frozenset(s.name for s in subjects))
        elif subjects:
            listed, objects = a.after_fronted_clause(tok, subjects)
            if objects:  # a conjunct after the list's "et"/"and" was the main subject
                subjects = listed
    if not objects and tok.dep_ in ("acl", "amod") and a.is_round(tok.head):
        objects = a.refs(tok.head, conj=False)  # "raised another $300 million led by X"
    if not objects and tok.dep_ in ("acl", "amod", "advcl") and (
            tok.head.pos_ in ("NOUN", "PROPN") or a.res.mention_at(tok.head.i) is not None):
        objects = a.refs(tok.head, conj=False)  # "Meta, dirigé par X, ...", whatever Meta's tag
    if not objects and tok.dep_ in ("acl", "amod") and tok.head.pos_ == "NOUN":
        outer = _described_by(tok.head)  # "une entreprise d'intelligence artificielle fondée par X"
        if outer is not None and agrees(tok, outer):
            objects = a.refs(outer, conj=False)
    if not objects and tok.dep_ in REL:
        objects = a.refs(tok.head, conj=False)
    if not objects and tok.dep_ == "acomp":
        objects = a.subjects(tok.head)  # "X is majority-owned by Y"
    if not objects and tok.dep_ in REL | {"acl"} and tok.head.lemma_.lower() in a.L.TALK_NOUNS \
            and tok.head.head.pos_ in ("VERB", "AUX"):
        objects = a.subjects(tok.head.head)  # "X signed a deal to be purchased by Y"
    if not objects and tok.dep_ == "advcl" and any(c.dep_ in OBJ and c.lemma_.lower() in a.L.TALK_NOUNS
                                                   for c in kids(tok.head)):
        objects = a.subjects(tok.head)  # "X a signé un accord pour être rachetée par Y", parsed loosely
    if not objects and tok.dep_ == "conj":  # "financée par X et soutenue par Y"
        for c in kids(tok.head):
            if c.dep_ in PASS_SUBJ | SUBJ:
                objects += a.refs(c)
    if not objects and tok.dep_ == "xcomp":
        objects = a.subjects(tok.head)  # "Initech agreed to be acquired by X"
    if not objects:
        objects = a.left_name(tok)  # "H, qui a levé ..., est dirigée par X"
    rule = "verb.sale-passive" if frame.sale else "verb.fronted-participle" if fronted else "verb.passive"
    if frame.org_object:  # "Y a été créée en 1990 à Lyon par X": a founding
        orgs = _organisations(a, tok, objects, subjects)
        objects = [o for o in objects if o not in orgs]
        yield from emit(a, subjects, replace(frame, predicate=frame.org_object), orgs, tok, clues,
                        "verb.founds-organisation")
    yield from emit(a, subjects, frame, objects, tok, clues, rule)
    yield from emit(a, cosubjects, frame, objects, tok, clues, "verb.cosubject")


def _purchase(a: Args, tok: Token, buyers: list[Ref], clues: Clues) -> Iterator[Found]:
    """'X buys chips from Y', 'X utilise des puces fabriquées par Y': Y supplies X."""
    sellers: list[Ref] = []
    objs = [c for c in kids(tok) if c.dep_ in OBJ]
    # "used funds from Y to buy chips": what comes from Y is no goods
    not_goods = bool(objs) and not any(is_goods(c, a.L) or c.lemma_.lower() in a.L.SUPPLY_GOODS
                                       or a.res.mention_at(c.i) is not None for c in objs)
    for host in [tok] + objs:
        for p, arg in prep_args(host):
            if p in a.L.FROM_PREPS and not (host.i == tok.i and not_goods):
                sellers += a.refs(arg)
        if host.i != tok.i and host.lemma_.lower() in a.L.SUPPLY_GOODS:
            for c in kids(host):  # "chips made by Y", not "the shares held by Y"
                if c.dep_ in ("acl", "amod"):
                    for g in agent_of(c, a.L):
                        sellers += a.refs(g)
            if is_goods(host, a.L):  # "Acme chips", "Acme's chips", "des puces d'Acme", "des puces Acme"
                for c in kids(host):
                    if c.dep_ in ("compound", "poss", "nmod", "flat", "flat:name", "appos") \
                            and a.res.mention_at(c.i) is not None and prep_of(c) in (None, "de", "of"):
                        sellers += a.refs(c)
    yield from emit(a, sellers, Frame("supplies"), [b for b in buyers if fit_type(b, {ORG}) == ORG], tok, clues,
                    "verb.purchase")


def _sale(a: Args, tok: Token, frame: Frame, clues: Clues) -> Iterator[Found]:
    """'X a vendu Y à Z', 'X sold Y to Z': Z acquires Y (Y is X itself in "sold itself")."""
    sellers = a.subjects(tok)
    sold: list[Ref] = []
    for c in kids(tok):
        if c.dep_ in OBJ:
            noun = a.L.NOUNS.get(noun_key(c, a.L) or "")
            if noun is not None and noun.predicate == "invests-in":
                # "sold its stake in Y to Z": Z now invests in Y
                targets = [r for p, arg in prep_args(c) if p in noun.obj for r in a.refs(arg)]
                frame = replace(frame, predicate="invests-in")
                sold += targets
            else:
                sold += a.refs(c, exclude=frozenset(r.name for r in sold))
    sold = sold or [r for r in sellers if r.type == ORG]
    buyers: list[Ref] = []
    for host in [tok] + [c for c in kids(tok) if c.dep_ in OBJ]:
        for p, arg in prep_args(host):
            if p in frame.obj:
                buyers += a.refs(arg)
    yield from emit(a, buyers, replace(frame, swap=False), sold, tok, clues, "verb.sale")


_IN_TALKS = Frame("invests-in", status="in-talks")


def round_talk_facts(a: Args, tok: Token, clues: Clues) -> Iterator[Found]:
    """"X négocie avec Y pour un nouveau cycle de financement", "X is in talks with Y over a
    new funding round": Y would invest in X (in talks). The round must be said within the
    talks' phrase; the subject is the verb's, or the governing verb's for a noun ("talks")."""
    L = a.L
    if not any(a.is_round(t) for t in tok.subtree if t.i > tok.i):
        return
    partners = [r for p, arg in prep_args(tok) if p in L.WITH_PREPS for r in a.refs(arg)]
    if tok.pos_ in ("VERB", "AUX") or any(c.dep_ in SUBJ for c in kids(tok)):
        raisers = a.subjects(tok)  # (a noun with a copula: "X est en discussions avec Y")
    else:  # "X is in talks with Y", "X est en discussions avec Y"
        head = tok.head
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        raisers = a.subjects(head) if head.pos_ in ("VERB", "AUX") else []
    names = {r.name for r in raisers}
    partners = [r for r in partners if r.name not in names and fit_type(r, {ORG, PER}) in (ORG, PER)]
    raisers = [r for r in raisers if fit_type(r, {ORG}) == ORG]
    yield from emit(a, partners, _IN_TALKS, raisers, tok, clues, "verb.round-talks")

