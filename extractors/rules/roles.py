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
from extractors.lexicon import is_known_place
from extractors.rules.args import Args
from extractors.rules.emit import emit, pairs
from extractors.rules.frame import Found, Frame
from extractors.rules.lists import Walker, colon_members, funded_earlier, plural, raised_by
from extractors.rules.modality import Clues
from extractors.rules.nouns import noun_key
from extractors.rules.syntax import (OBJ, PASS_SUBJ, SUBJ, agent_of, described_subject, first_comma_after, governor,
                                    is_description, is_passive, kids, prep_args, prep_of, verb_relative)
from extractors.rules.types import ORG, PER, PLACE, PROD, PROJ, fit_type, is_person


def role_facts(a: Args, tok: Token, frame: Frame, clues: Clues) -> Iterator[Found]:
    """The facts of role noun `tok`: its holders -> frame.predicate -> its targets.

    The title `tok` belongs to decides first: "chief financial officer", "vice
    president" and "chief advisor" lead nothing; a title written before a name
    ("Globex CEO Jane Doe", "le CEO et cofondateur Jean Roux") is read from the
    words around it; a former role ("former CEO", "ancien PDG", "stepped down as")
    leads no more, though a former founder still founded.
    """
    L = a.L
    start, end = title_unit(tok, L)
    unit = unit_frame(a, start, end)
    if unit is None or unit.predicate != frame.predicate:
        return
    phrase = title_phrase(a, tok, start, end, frame, clues)
    found = phrase if phrase is not None else _role_facts(a, tok, frame, clues)
    if noun_key(tok, L) in L.ORG_ROLES:  # "Jane Doe, the author of Superintelligence": a writer's
        found = (f for f in found if is_org(f.subject))
    elif frame.predicate == "partners-with":  # "Jane Doe, managing partner of Hooli Ventures": a post
        found = (f for f in found if not (f.subject.type == PER and " " in f.subject.name))
    yield from found


def _role_facts(a: Args, tok: Token, frame: Frame, clues: Clues) -> Iterator[Found]:
    L = a.L
    verb = _as_of(a, tok)
    if verb is not None:  # "named Jane Doe as chief executive", "the appointment of Jane Doe as CEO"
        yield from _as_role(a, tok, verb, frame, clues)
        return
    company = frame.predicate not in ("leads", "founded")
    holders, how = holders_of(a, tok, company)
    if not holders and tok.dep_ == "conj" and (noun_key(tok.head, L) in L.ROLES or tok.head.pos_ == "NOUN"):
        # "PDG et fondatrice de Y", "avocate et cofondatrice de Y": the first noun's holder
        holders, how = holders_of(a, tok.head, company)
        how = "coordinated"
    if not holders and frame.predicate == "invests-in" and not frame.swap:
        holders = colon_members(a, tok)  # "avec un syndicat d'investisseurs : A, fondateur de X, d'B, ..."
        if holders:
            targets = targets_of(a, tok, frame, frozenset(h.name for h in holders)) or raised_by(
                a, tok, frozenset(h.name for h in holders))
            yield from emit(a, holders, frame, targets, tok, clues, "list.colon")
            return
    rel = next((c for c in kids(tok) if c.lower_ in L.RELATIVES and (
        c.dep_ == "nmod" or prep_of(c) in L.GENITIVE)), None) if frame.predicate == "invests-in" else None
    if rel is not None and holders:  # "Y, dont il est le principal actionnaire": "il" is not Y
        ante = frozenset(r.name for r in a.antecedents(rel, frozenset()))
        if any(h.name in ante and h.via_coref for h in holders):
            subj = next((c for c in kids(tok) if c.dep_ in SUBJ), None)
            holders = a.refs(subj, exclude=ante) if subj is not None else []
    if not holders and frame.predicate == "invests-in" and any(c.dep_ == "cop" for c in kids(tok)):
        holders, how = a.left_name(tok), "subject"  # "le groupe X, spécialiste des puces, est aussi partie prenante"
    targets = targets_of(a, tok, frame, frozenset(h.name for h in holders))
    if not targets and how == "took":  # "prend la tête d'Y", "d'Y" hung on the verb
        targets = [r for p, arg in prep_args(tok.head) if p in frame.obj for r in a.refs(arg)]
    elif not targets and how == "copula" and tok.head.pos_ in ("VERB", "AUX"):
        # "X reste actionnaire d'Y", "d'Y" hung on the verb right after the role
        targets = [r for p, arg in prep_args(tok.head) if p in frame.obj and arg.left_edge.i == tok.right_edge.i + 1
                   for r in a.refs(arg)]
    if not holders and frame.predicate == "develops" and is_description(tok, L) and tok.dep_ in SUBJ \
            and _definite(a, tok):
        # "l'éditeur de Nimbus a recruté": the company the article speaks of
        products = [p for p in (as_product(r) for r in targets) if p is not None]
        named = topic_org(a, tok, frozenset(p.name for p in products) | _names_in(a, tok.sent)) if products else None
        holders, targets, how = ([named], products, "description") if named is not None else ([], [], how)
    # "cofondateur et directeur général de Y": the last role names the target
    nxt = tok.i + 2
    while nxt + 1 < tok.sent.end and tok.doc[nxt].lower_ in L.FORMER:
        nxt += 1  # "cofondateur et ancien PDG de Y"
    if not targets and nxt < tok.sent.end and tok.nbor(1).lower_ in L.AND \
            and noun_key(tok.doc[nxt], L) in L.ROLES:
        targets = targets_of(a, tok.doc[nxt], frame)
    post = _post(a, tok)
    if not targets and post is not None:  # "Globex a nommé X au poste de directrice générale"
        verb = governor(post)
        if any(c.dep_ in OBJ and c.i != post.i for c in kids(verb)):
            targets = a.subjects(verb)
    holders = [h for h in holders if is_person(h) or frame.predicate not in ("leads",)]
    if how == "post" and frame.predicate in ("owns", "partners-with", "competes-with", "supplies"):
        holders = [h for h in holders if h.type != PER]  # "X, who heads Y's AI unit": X is no unit
    if holders and not targets and _context_title(a, tok) and (
            how == "copula" or any(c.dep_ == "cop" for c in kids(tok))):
        # "Charles Roux est aujourd'hui CEO": of the company the article speaks of
        targets, how = _context_org(a, tok, holders), "copula-context"
    if frame.predicate == "owns":  # "the fund, an arm of X": a described holder is too loose a guess
        holders = [h for h in holders if not h.via_coref]
        if frame.swap and (len(holders) > 1 or tok.dep_ == "conj" and how != "copula"):
            # a unit is one company: "X's venture arm, A and B" lists investors, "A and X's arm" two of them
            holders = []
    if frame.predicate == "leads" and is_former(a, tok, holders, targets):
        return
    copular = tok.dep_ in ("attr", "oprd", "ROOT") or tok.head.lemma_.lower() in L.COPULAS or any(
        c.dep_ == "cop" for c in kids(tok))
    if not targets and holders and frame.predicate == "invests-in" and not frame.swap and (
            how in ("include", "among", "copula") or how in ("subject", "coordinated") and copular):
        # "Hooli raised $50m. Other backers include A and B", "X est aussi partie prenante",
        # "X is also an investor": the company just funded
        targets = funded_earlier(a, tok, frozenset(h.name for h in holders))
        how = "funded-earlier"
    if not targets and len(holders) > 1 and copular and frame.predicate in ("competes-with", "partners-with"):
        # "Hooli et Globex sont concurrents", "sont partenaires": each of the other
        yield from pairs(a, holders, frame, tok, clues, "role.symmetric")
        return
    yield from emit(a, holders, frame, targets, tok, clues, f"role.{how}", modality=copular)


def _as_of(a: Args, tok: Token) -> Token | None:
    """The word an "as" title hangs from: the verb of "named X as chief executive officer",
    "présentée comme un potentiel rival de Y", the noun of "the appointment of X as CEO"."""
    start, end = title_unit(tok, a.L)
    hosts = list(a.res.doc[start:end])
    if tok.dep_ in ("nmod", "amod", "compound") and tok.head.pos_ == "NOUN":
        hosts.append(tok.head)  # "comme un potentiel rival", the adjective taken for the head
    for t in hosts:
        if t.dep_ == "pobj" and t.head.lower_ in a.L.AS_PREPS and t.head.head.i != t.head.i:
            return t.head.head
        if t.dep_ in ("xcomp", "oprd") and t.head.pos_ == "VERB" and t.head.lemma_.lower() not in a.L.COPULAS:
            return t.head  # "X a été nommée directrice générale de Y", "Globex named Jane Doe CEO"
        if any(c.dep_ == "case" and _words(c) in a.L.AS_PREPS for c in kids(t)) and t.head.i != t.i:
            if t.head.pos_ == "PROPN" and t.head.dep_ in OBJ and t.head.head.pos_ == "VERB":
                return t.head.head  # "a recruté Jeanne Martin comme directrice", hung on the name
            return t.head
    return None


def _words(prep: Token) -> str:
    """A preposition with its fixed words: "en tant que"."""
    return " ".join([prep.lower_] + [f.lower_ for f in kids(prep) if f.dep_ == "fixed"])


def _as_role(a: Args, tok: Token, verb: Token, frame: Frame, clues: Clues) -> Iterator[Found]:
    """A title after "as": "Globex named Jane Doe as its CEO", "Jane Doe joined Globex as
    CEO", "the appointment of Jane Doe as CEO", "COO Jane Doe and CTO John Roe will be
    appointed as interim co-CEOs" (of the article's company), "who run the company as
    CEO and president", "Globex is viewed as its chief competition"; "stepped down as
    chief executive" leads no more."""
    L = a.L
    person = frame.predicate in ("leads", "founded")

    def holds(r: Ref) -> bool:  # who may hold this title: a person leads, a company competes
        return is_person(r) if person else is_org(r)

    if verb.pos_ in ("NOUN", "PROPN"):  # "the appointment of Jane Doe as CEO"
        holders = [r for p, arg in prep_args(verb) if p in L.OF_PREPS for r in a.refs(arg) if holds(r)]
        owners = [r for c in kids(verb) if c.dep_ == "poss" for r in a.refs(c)]
        gov = governor(verb)
        if not owners and gov.pos_ in ("VERB", "AUX"):
            owners = a.subjects(gov)
    else:
        objs = [r for c in kids(verb) if c.dep_ in OBJ for r in a.refs(c)]
        if not objs and not person:  # "la presse la cite comme un rival de Y": the clitic's company
            objs = _clitic_object(a, verb, targets_of(a, tok, frame))
        holders = [r for r in objs if holds(r)]
        if is_passive(verb, L):  # "Jane Doe will be appointed as CEO", "Globex is seen as its rival"
            holders += [r for c in kids(verb) if c.dep_ in PASS_SUBJ for r in a.refs(c) if holds(r)]
            owners = [r for g in agent_of(verb, L) for r in a.refs(g)]
        elif holders:  # "Globex named Jane Doe as CEO"
            owners = a.subjects(verb)
        else:  # "Jane Doe joined Globex as CEO", "who run the company as CEO"
            holders = [r for r in a.subjects(verb) if holds(r)]
            owners = [r for r in objs if is_org(r)] or [  # "rejoint Initech en tant que", Initech taken for an xcomp
                r for c in kids(verb) if c.dep_ == "xcomp" and c.pos_ == "PROPN" for r in a.refs(c) if is_org(r)]
    targets = targets_of(a, tok, frame, frozenset(h.name for h in holders))
    if frame.predicate == "leads" and is_former(a, tok, holders, targets):
        return
    rule = "role.as"
    if not targets:
        targets = [r for r in owners if is_org(r) and r.name not in {h.name for h in holders}]
    if not targets and _context_title(a, tok):
        around = frozenset(r.name for c in kids(verb) if c.dep_ in SUBJ | PASS_SUBJ | OBJ for r in a.refs(c))
        targets, rule = _context_org(a, tok, holders, around), "role.as-context"
    yield from emit(a, holders, frame, targets, tok, clues, rule, modality=True)


def _clitic_object(a: Args, verb: Token, targets: list[Ref]) -> list[Ref]:
    """A third-person object pronoun the resolver leaves unread ("la", "le" of "la presse la
    cite comme ..."), known by its morphology: the most salient organisation before it,
    none of `targets`."""
    for c in kids(verb):
        if c.dep_ in OBJ and c.pos_ == "PRON" and "PronType=Rel" not in c.morph \
                and "3" in c.morph.get("Person") and "Reflex=Yes" not in c.morph \
                and c.lower_ not in a.L.REFLEXIVES and a.res.resolve(c) is None:
            r = a.res.salient(c.i, {ORG}, frozenset(t.name for t in targets))
            return [r] if r is not None else []
    return []


def _listed_before(a: Args, end: int) -> tuple[int, list[Ref]]:
    """The list of names that ends right before token `end` ("A, B et C" of "A, B et C
    figurent parmi"), and the index of the token before it."""
    doc, res = a.res.doc, a.res
    k = end - 1
    while k >= doc[end].sent.start and (res.mention_at(k) is not None or doc[k].lower_ in a.L.AND
                                        or doc[k].text == ","):
        k -= 1
    names: list[Ref] = []
    i = k + 1
    while i < end:  # only names, commas and "and" between: each name a member
        m = res.mention_at(i)
        if m is not None:
            r = res.ref(m)
            if r.name not in {n.name for n in names}:
                names.append(r)
            i = max(i + 1, m.end)
        else:
            i += 1
    return k, names


def _counted_among(a: Args, among: int) -> list[Ref]:
    """"X compte A et B parmi ses actionnaires", "X counts A among its backers", where the parse
    hung the role on another verb or tagged "compte" a noun: the names between a form of the
    verb of counting and the preposition at `among`."""
    k, names = _listed_before(a, among)
    return names if k >= 0 and a.res.doc[k].lower_ in a.L.COUNT_FORMS else []


def holders_of(a: Args, tok: Token, company: bool = False) -> tuple[list[Ref], str]:
    """Who holds the role a noun names, and how they were found; with `company`, the
    holder may be an organisation ("le créateur de Nimbus, Globex, ...")."""
    L, res = a.L, a.res
    # (not a complement the parse hung on a name: "A et B parmi ses investisseurs")
    if tok.dep_ == "appos" or (tok.dep_ in ("compound", "amod", "nmod", "conj") and tok.head.pos_ == "PROPN"
                               and (tok.dep_ != "conj" or tok.i > tok.head.i)
                               and prep_of(tok) not in L.INCLUDING):
        named = a.before_comma(tok) if tok.dep_ in ("conj", "appos") else None
        if named is not None and is_person(named) and res.mention_at(tok.head.i) is not None \
                and res.ref(res.mention_at(tok.head.i)).name != named.name:
            return [named], "apposition"  # "A, le directeur technique, et B, le patron de Y": B's title
        holders = a.refs(tok.head, conj=False)
        subject = described_subject(tok.head, L) if not holders else None
        if subject is not None:  # "X est un entrepreneur français, PDG de Y"
            holders = a.refs(subject)
        if holders:
            return holders, "apposition"
    if tok.dep_ == "nmod" and tok.head.pos_ == "NOUN" and tok.i > 0 and tok.nbor(-1).text == "," \
            and not any(c.dep_ == "case" for c in kids(tok)):
        # "X est une femme d'affaires, directrice générale de Y": an apposition parsed as a complement
        subject = described_subject(tok.head, L)
        holders = a.refs(subject) if subject is not None else []
        if holders:
            return holders, "apposition"
    copular = any(c.dep_ == "cop" for c in kids(tok))  # "X est aujourd'hui CEO", parsed as a passive
    for c in kids(tok):
        if c.dep_ in ("appos", "flat:name") and c.i > tok.i and any(
                t.pos_ in ("VERB", "AUX") for t in tok.doc[tok.i + 1:c.i]):
            continue  # a name hung on the title from past a verb: "Le cofondateur ..., X, a rejoint Initech"
        m = res.mention_at(c.i)
        if c.dep_ in ("appos", "flat:name") and m is not None and tok.i < m.start < c.i:
            continue  # the last word of a name begun in the role's complement: "les bailleurs de fonds de Globex AI"
        if c.dep_ in SUBJ | {"appos", "flat:name"} or (copular and c.dep_ in PASS_SUBJ):
            holders = a.refs(c)
            if holders:
                return holders, "subject"
            break
    for c in kids(tok):  # "les fondateurs de X, A et B": an apposition parsed as conj
        m = res.mention_at(c.i)
        if c.dep_ == "conj" and m is not None and is_person(res.ref(m)) \
                and c.i > tok.i and tok.doc[m.start - 1].text == ",":
            holders = a.refs(c)
            if holders:
                return holders, "listed"
            break
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok.dep_ in OBJ and verb.lemma_.lower() in L.TAKE_VERBS and not company:
        holders = a.subjects(verb)  # "X took the helm of Y", "X prend la tête de Y"
        if holders:
            return holders, "took"
    if tok.dep_ in OBJ | {"oprd", "xcomp"} and verb.lemma_.lower() in L.MAKE_VERBS:
        # "fait de Globex son premier actionnaire", "makes Globex its largest shareholder"
        holders = [r for c in kids(verb) if c.i != tok.i and (c.dep_ in OBJ or prep_of(c) in L.GENITIVE)
                   for r in a.refs(c)]
        if holders:
            return holders, "made"
    if prep_of(tok) in L.INCLUDING and (verb.lemma_.lower() in L.INCLUDE_VERBS or verb.lower_ in L.COUNT_FORMS):
        # "Parmi les investisseurs de X figurent A, B et C", "Among X's investors are A and B"
        # "X counts A among its investors", "X compte A parmi ses investisseurs": the object, when
        # there is one, is the holder, the subject the role's owner
        deps = OBJ if any(c.dep_ in OBJ and c.i != tok.head.i for c in kids(verb)) else \
            SUBJ | OBJ | {"attr", "nsubj:pass"}
        holders = [r for c in kids(verb) if c.dep_ in deps and c.i != tok.i
                   and c.i != tok.head.i for r in a.refs(c)]
        if holders:
            return holders, "among"
        if verb.i > tok.sent.start and not any(c.dep_ in SUBJ for c in kids(verb)):
            # "A, B et C figurent parmi les investisseurs de Y", the names parsed as no subject
            holders = _listed_before(a, verb.i)[1]
            if holders:
                return holders, "among"
    if prep_of(tok) in L.INCLUDING and tok.left_edge.i > tok.sent.start:
        holders = _counted_among(a, tok.left_edge.i)
        if holders:
            return holders, "among"
    if tok.dep_ in SUBJ | {"nsubj:pass"} and res.mention_at(tok.head.i) is not None and any(
            c.dep_ == "cop" for c in kids(tok.head)):
        holders = a.refs(tok.head)  # "Les investisseurs de X sont A, B et C": the name is the predicate
        if holders:
            return holders, "include"
    if tok.dep_ in SUBJ and tok.head.lemma_.lower() in L.INCLUDE_VERBS:
        holders = [r for c in kids(tok.head) if c.dep_ in OBJ | {"attr"} and c.lower_ not in L.RELATIVES
                   for r in a.refs(c)]
        if holders:  # "whose backers include X and Y"
            return holders, "include"
    h = a.before_comma(tok)  # "X, la maison mère de Y", parsed loosely
    if h is None and tok.dep_ in ("nmod", "amod", "compound", "flat") and (
            tok.head.pos_ == "NOUN" or tok.head.lemma_.lower() in L.POST_NOUNS):
        h = a.before_comma(tok.head)  # "X, l'un des concurrents de Y, a levé": "l'un" read as the subject
    if h is not None:
        return [h], "before-comma"
    if tok.dep_ in ("compound", "amod") and tok.head.pos_ == "NOUN":
        holders, _ = holders_of(a, tok.head)  # "the parent company Globex", "X, the parent company"
        if holders:
            return holders, "compound"
    post = _post(a, tok)
    if post is not None and post.dep_ == "appos" and res.mention_at(post.head.i) is not None:
        return a.refs(post.head), "post"  # "X, l'un des cofondateurs de Y", not the clause's object
    if post is not None:
        verb = governor(post)  # "nommé X au poste de directeur", "fait partie des investisseurs"
        if verb.pos_ in ("VERB", "AUX"):
            holders = [r for c in kids(verb) if c.dep_ in OBJ for r in a.refs(c)] or a.subjects(verb)
            if holders:
                return holders, "post"
        if any(c.dep_ == "cop" for c in kids(post)):  # "X est l'un des concurrents de Y"
            holders = [r for c in kids(post) if c.dep_ in SUBJ for r in a.refs(c)]
            if holders:
                return holders, "post"
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        holders = []
        verb = tok.head.head
        for c in kids(verb):  # "named Jane Doe as its chief executive"
            if c.dep_ in OBJ:
                holders = a.refs(c)
        if not holders and is_passive(verb, L):  # "Jane Doe will be appointed as chief executive"
            holders = [h for c in kids(verb) if c.dep_ in PASS_SUBJ for h in a.refs(c)]
        if holders:
            return holders, "as"
    # "le directeur général d'OpenAI, Sam Altman, ...": the first comma after the role
    comma = first_comma_after(tok, 8)
    m = res.mention_at(comma + 1) if comma is not None else None
    if m is not None and is_person(res.ref(m)):  # with the names listed after it
        return a.coordinated_right(tok.doc[m.start], [res.ref(m)]), "after-comma"
    if comma is not None and plural(tok):
        # "deux des cofondateurs de X, le PDG A et le chercheur B": each with its title
        listed = Walker(a).list_at(comma + 1, tok.sent.end)
        if listed and is_person(listed[0]):
            return [r for r in listed if is_person(r)], "after-comma"
    doc = tok.doc
    if comma is not None and m is None and not company and tok.lower_ != tok.lemma_.lower():
        titled = _titled_people(a, comma + 1)  # "les cofondateurs de Y, le PDG A et le chercheur B"
        if titled:
            return titled, "after-comma"
    # "le créateur de Nimbus, Globex, ...": a company holds a company's role
    if m is not None and company and is_org(res.ref(m)) \
            and not any(t.pos_ in ("VERB", "AUX") for t in doc[tok.i + 1:comma]) \
            and m.end < tok.sent.end and doc[m.end].text in (",", ";", ")"):
        return [res.ref(m)], "after-comma"
    if tok.dep_ in ("attr", "ROOT", "oprd") or (tok.dep_ in OBJ | {"xcomp"} and tok.head.lemma_.lower() in L.COPULAS):
        holders = a.subjects(tok if tok.dep_ == "ROOT" else tok.head)
        if holders:
            return holders, "copula"
    subject = described_subject(tok, L) if tok.dep_ == "conj" else None
    if subject is not None:  # "X is a research lab and a subsidiary of Y"
        holders = a.refs(subject)
        if holders:
            return holders, "copula"
    at_post = getattr(L.ROLES.get(noun_key(tok, L) or ""), "predicate", None) == "leads"
    if at_post and _at(tok, L):  # "Jane Doe, at the helm of Globex since 2019, ...", "X est à la tête de Y"
        # (a post: "a intégré Y à sa division cloud" makes nobody the division)
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        holders = [r for c in kids(verb) if c.dep_ in SUBJ and res.mention_at(c.i) for r in a.refs(c)]
        if not holders:
            holders = _person_before(a, tok)
        if holders:
            return holders, "at"
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


def _titled_people(a: Args, j: int) -> list[Ref]:
    """People listed from token j on, each after a determiner and a title or common noun:
    "le PDG Jean Roux et le chercheur Paul Petit" (a list that ends with its "and")."""
    doc, res, end = a.res.doc, a.res, a.res.doc[j].sent.end
    found: list[Ref] = []
    while j < end:
        k = j
        while k < end and k - j < 3 and res.mention_at(k) is None and (
                doc[k].pos_ == "DET" or (doc[k].pos_ in ("NOUN", "ADJ") and doc[k].text[:1].islower())
                or _title_word(doc[k], a.L)):
            k += 1
        m = res.mention_at(k) if k < end else None
        if m is None or m.start != k or k == j or not is_person(res.ref(m)):
            break
        found.append(res.ref(m))
        if m.end < end and (doc[m.end].lower_ in a.L.AND or doc[m.end].text == ","):
            j = m.end + 1
        else:
            break
    return found if len(found) > 1 else []


def _at(tok: Token, L) -> bool:
    """A role noun in a locative phrase: "at the helm of", "à la tête de"."""
    if tok.dep_ == "pobj" and tok.head.lower_ in L.AT_PREPS:
        return True
    return any(c.dep_ == "case" and c.lower_ in L.AT_PREPS for c in kids(tok))


def _person_before(a: Args, tok: Token) -> list[Ref]:
    """The person named before the commas that set off `tok`'s phrase, past one
    apposition: "le professeur Jean Roux, un pionnier dans le domaine, à la tête de Y"."""
    doc, res, start = tok.doc, a.res, tok.sent.start
    j = min([tok.i] + [c.i for c in kids(tok) if c.i < tok.i]) - 1
    for _ in range(2):
        if j <= start or doc[j].text != ",":
            return []
        m = res.mention_at(j - 1)
        if m is not None and is_person(res.ref(m)):
            return [res.ref(m)]
        k = j - 1  # past an apposition with no verb: ", un pionnier dans le domaine,"
        while k > start and doc[k].text != "," and doc[k].pos_ not in ("VERB", "AUX") and j - k < 10:
            k -= 1
        j = k
    return []


def _post(a: Args, tok: Token) -> Token | None:
    """The post noun a role hangs from: "au poste de directeur", "one of the investors",
    "fait partie des investisseurs" (parsed with the role on the verb)."""
    head = tok.head
    if head.lower_ in ("of", "de", "des", "d'"):
        head = head.head
    if head.lemma_.lower() in a.L.POST_NOUNS:
        return head
    if head.pos_ in ("VERB", "AUX"):
        return next((c for c in kids(head) if c.dep_ in OBJ and c.lemma_.lower() in a.L.POST_NOUNS
                     and c.i < tok.i), None)
    return None


def targets_of(a: Args, tok: Token, frame: Frame, holders: frozenset = frozenset()) -> list[Ref]:
    """Where the role is held: "of Y", "de Y", "Y's", "Y CEO", "its", "son" (not the
    holders themselves: "X devient son actionnaire")."""
    res = a.res
    targets: list[Ref] = []
    for c in kids(tok):
        if c.dep_ == "poss" or (c.dep_ in ("compound", "nmod") and c.i < tok.i and res.mention_at(c.i)) or (
                c.dep_ == "amod" and c.pos_ == "PROPN" and c.i < tok.i and res.mention_at(c.i)):  # "a Globex competitor"
            targets += a.refs(c, exclude=holders)
        elif c.dep_ == "det" and c.lower_ in a.L.POSSESSIVES:  # "son PDG et fondateur, X"
            r = possessor(a, c, holders)
            targets += [r] if r is not None else []
        elif c.dep_ == "nmod" and c.pos_ == "PRON" and c.lower_ in a.L.RELATIVES:  # "X, dont le fondateur est Y"
            targets += [r for r in a.antecedents(c, holders) if r.name not in holders]
    if not targets and tok.dep_ in SUBJ and (tok.head.lemma_.lower() in a.L.INCLUDE_VERBS
                                              or any(c.dep_ == "cop" for c in kids(tok.head))):
        rel = verb_relative(tok.head, a.L)  # "X, dont les investisseurs comptent A et B / sont A et B"
        if rel is not None:
            targets += [r for r in a.antecedents(rel, holders) if r.name not in holders]
    if not targets and tok.dep_ in ("amod", "compound") and tok.head.pos_ == "PROPN":
        for c in kids(tok.head):  # "OpenAI's rival Anthropic", poss hung on the name
            if c.dep_ == "poss" and c.i < tok.i:
                targets += a.refs(c)
    key = noun_key(tok, a.L) or ""
    args = []
    for p, arg in prep_args(tok):
        if key.endswith(f" {p} {arg.lemma_.lower()}") or arg.text == "%" or arg.lower_ in ("percent", "pourcent") \
                or frame.predicate == "supplies" and arg.lower_ in a.L.GOODS_NOUNS and a.res.mention_at(arg.i) is None:
            # "bailleur de fonds de Y": past the role's own noun; "filiale à 100 % de Y": past the
            # share; "le fournisseur exclusif d'infrastructure de Y": past the goods
            args += [(q, g) for q, g in prep_args(arg)]
        else:
            args.append((p, arg))
    for p, arg in args:
        if p in frame.obj:  # "propriétaire de Facebook, Instagram et WhatsApp", "des marques X et Y"
            m = a.res.mention_at(arg.i)
            targets += named_in(a, arg) if is_description(arg, a.L) or arg.lemma_.lower() in a.L.OWNED_HEADS \
                else listed_names(a, m) if m is not None else a.refs(arg) or a.board_owner(arg)
    if not targets and frame.predicate == "founded":  # "ses trois cofondateurs, A, B et C"
        for c in kids(tok):
            if c.dep_ == "det" and c.lower_ in a.L.POSSESSIVES and c.i < tok.i:
                targets += a.refs(c, exclude=holders)  # "X devient son actionnaire": not X's own
    if not targets and tok.dep_ in ("compound", "amod") and tok.head.pos_ == "NOUN":
        for c in kids(tok.head):  # "Initech's parent company", "the parent company of Initech"
            if c.dep_ == "poss":
                targets += a.refs(c)
        for p, arg in prep_args(tok.head):
            if p in frame.obj:
                targets += a.refs(arg)
    for c in kids(tok):  # "directeur général de Y": the target hangs on the adjective
        if not targets and c.dep_ in ("amod", "compound", "flat") and c.i > tok.i:
            for p, arg in prep_args(c):
                if p in frame.obj:
                    targets += a.refs(arg)
    if not targets and tok.dep_ == "conj" and tok.head.i < tok.i and noun_key(tok.head, a.L) in a.L.ROLES:
        targets = targets_of(a, tok.head, frame, holders)  # "the chairman and chief executive of Globex"
    if not targets:
        j = tok.i + 1  # "mère de Google", "directeur général de Nvidia", loosely parsed
        while j < tok.sent.end and tok.doc[j].pos_ == "ADJ" and j - tok.i <= 2:
            j += 1
        if j < tok.sent.end and tok.doc[j].lower_ in frame.obj:
            j += 1
            while j < tok.sent.end and tok.doc[j].pos_ == "DET":
                j += 1
            m = res.mention_at(j) if j < tok.sent.end else None
            if m is not None and m.end < tok.sent.end and tok.doc[m.end].lower_ in ("'s", "’s"):
                targets = a.refs(tok.doc[m.start].head)  # "of Initech's owner, Globex": the owner
            elif m is not None:
                targets = [res.ref(m)]
    if not targets and frame.predicate == "invests-in":
        for c in kids(tok):  # "Y, dont il est le principal actionnaire", "Y, of which it is a shareholder"
            if c.lower_ in a.L.RELATIVES and (c.dep_ == "nmod" or prep_of(c) in a.L.GENITIVE):
                targets = [r for r in a.antecedents(c, holders) if r.name not in holders]
    return targets


# -- titles: the words of one title, and a title written before a name ------------------------

def _title_word(t: Token, L) -> bool:
    """A word a title is made of: "chief", "executive", "officer", "CFO", "vice", "fondateur"."""
    low = t.lower_
    return (low in L.TITLES or low in L.SIDE_TITLES or noun_key(t, L) in L.ROLES
            or any(low in need for need in L.ROLE_NEEDS.values()))


def title_unit(tok: Token, L) -> tuple[int, int]:
    """The token span of the one title `tok` belongs to: "Chief Executive Officer",
    "chief financial officer", "directeur général" (with the adjectives after it)."""
    doc, sent = tok.doc, tok.sent
    start = tok.i
    while start - 1 >= sent.start and _title_word(doc[start - 1], L) and doc[start - 1].lower_ not in L.FORMER:
        start -= 1
    end = tok.i + 1
    while end < sent.end and (_title_word(doc[end], L) or (
            doc[end].pos_ == "ADJ" and doc[end].text[:1].islower() and doc[end].lower_ not in L.FORMER)):
        end += 1
    return start, end


def unit_frame(a: Args, start: int, end: int) -> Frame | None:
    """What the title doc[start:end] says: the frame of its last role word, unless a word
    makes it a side function ("chief financial officer", "vice-président") or it only
    qualifies the noun after it ("chief advisor", "executive order")."""
    L, doc = a.L, a.res.doc
    words = {t.lower_ for t in doc[start:end]}
    roles = [(t, noun_key(t, L)) for t in doc[start:end] if noun_key(t, L) in L.ROLES]
    if not roles:
        return None
    last, key = roles[-1]
    frame = L.ROLES[key]
    need = L.ROLE_NEEDS.get(key)
    if need and not words & need:
        return None
    if frame.predicate == "leads" and words & L.SIDE_TITLES:
        return None
    if end < last.sent.end:
        after = doc[end]  # "chief advisor": the title is the modifier of another noun
        if after.pos_ == "NOUN" and after.text[:1].islower() and a.res.mention_at(end) is None \
                and not (after.lower_ in L.ANAPHORS or after.lemma_.lower() in L.ANAPHORS):
            return None
    return frame


def _conjoined_unit(a: Args, i: int) -> tuple[int, int] | None:
    """The title starting at or ending at token i, if token i is a title word."""
    t = a.res.doc[i]
    if not _title_word(t, a.L):
        return None
    return title_unit(t, a.L)


def title_phrase(a: Args, tok: Token, start: int, end: int, frame: Frame,
                 clues: Clues) -> Iterator[Found] | None:
    """A title written before the name of its holder: "Globex chief executive Jane Doe",
    "its Chief Executive Officer Jane Doe", "Former Globex CEO Jane Doe", "le CEO et
    cofondateur Jean Roux", "Nimbus maker Globex", "TikTok owner Globex"; with no
    name after it, a description of the article's company ("the Nimbus maker").
    None when `tok` is no such title, for the dependency rules to read it."""
    L, res, doc, sent = a.L, a.res, tok.doc, tok.sent
    # the titles coordinated with this one: "founder and chief executive", "CEO et cofondateur"
    first, last = start, end
    while last + 1 < sent.end and (doc[last].lower_ in L.AND or doc[last].text == "&"):
        j = last + 1  # "co-founder and former CEO": the next title, past its own "former"
        while j + 1 < sent.end and (doc[j].lower_ in L.FORMER or (
                doc[j].pos_ == "ADJ" and doc[j].text[:1].islower() and not _title_word(doc[j], L))):
            j += 1
        nxt = _conjoined_unit(a, j)
        if nxt is None:
            break
        last = nxt[1]
    j = first - 1  # this title's own "former": "co-founder and former CEO Jane Doe"
    while j > sent.start and doc[j].pos_ == "ADJ" and doc[j].lower_ not in L.FORMER and not _title_word(doc[j], L):
        j -= 1
    own_former = j >= sent.start and doc[j].lower_ in L.FORMER
    if own_former:
        first = j
    while first - 2 >= sent.start and (doc[first - 1].lower_ in L.AND or doc[first - 1].text == "&"):
        prev = _conjoined_unit(a, first - 2)
        if prev is None:
            break
        first = prev[0]
    m = res.mention_at(last) if last < sent.end else None
    holders: list[Ref] = []
    if m is not None and m.start == last:
        holders = listed_names(a, m)
    elif last + 1 < sent.end and doc[last].text == "," and frame.predicate not in ("leads", "founded"):
        m = res.mention_at(last + 1)  # "The Nimbus developer, Cyberdyne, declined to comment"
        if m is not None and m.start == last + 1 and is_org(res.ref(m)) and (
                m.end >= sent.end or doc[m.end].text in (",", ")", ";")):
            holders = [res.ref(m)]
        else:
            m = None
    # before the titles: "former", an owner ("Globex", "Globex's", "its", "son"), a determiner
    k, former, owners, definite, seen = first - 1, own_former, [], False, 0
    while k >= sent.start and seen < 6:
        t, low = doc[k], doc[k].lower_
        seen += 1
        if low in L.FORMER:
            former, k = True, k - 1
        elif t.text == "-" and k - 1 >= sent.start and doc[k - 1].lower_ in L.FORMER:
            former, k = True, k - 2  # "ex-CEO", "then-CEO"
        elif t.text == "-" and k - 1 >= sent.start and doc[k - 1].lower_ == "co":
            k -= 2  # "co-CEOs"
        elif low in ("'s", "’s") and k - 1 >= sent.start and not owners:
            om = res.mention_at(k - 1)
            owners = a.refs(doc[k - 1], conj=False)
            k = (om.start if om is not None else k - 1) - 1
        elif res.mention_at(k) is not None and not owners:
            om = res.mention_at(k)
            owners, k = [res.ref(om)], om.start - 1
        elif low in L.POSSESSIVES and not owners:
            r = possessor(a, t, frozenset(h.name for h in holders))
            owners, k = ([r] if r is not None else []), k - 1
        elif t.pos_ == "DET":
            definite = True
            break
        elif t.pos_ in ("ADJ", "NUM") and t.text[:1].islower():
            k -= 1  # "fellow co-founder", "interim CEO", "its three co-founders"
        elif t.pos_ == "NOUN" and t.text[:1].islower() and res.mention_at(k) is None:
            if frame.predicate == "leads":
                return iter(())  # "Globex research chief Jane Doe" heads a department
            k -= 1  # "Globex's venture arm Vandelay Ventures"
        else:
            break
    pred = frame.predicate
    if not holders:
        # "the Nimbus maker": a description of the company the article speaks of
        if pred != "develops" or not owners or not definite:
            return None
        products = [as_product(r) for r in owners]
        products = [p for p in products if p is not None]
        named = topic_org(a, tok, frozenset(p.name for p in products) | _names_in(a, sent))
        if not products or named is None:
            return iter(())
        return emit(a, [named], frame, products, tok, clues, "role.description", modality=False)
    if pred in ("leads", "founded") and not any(is_person(h) for h in holders):
        return None  # "the CEO Summit", a title before no person
    holders = [h for h in holders if is_person(h)] if pred in ("leads", "founded") else holders
    if pred == "leads" and (former or _left_the_post(a, doc[m.start:m.end].root, owners)):
        return iter(())
    if pred == "develops":
        targets = [p for p in (as_product(r) for r in owners) if p is not None]
    else:
        targets = [r for r in owners if is_org(r)]
    rule = "role.title"
    if not targets and not owners and _context_title(a, tok, first, last):
        targets, rule = _context_org(a, tok, holders), "role.title-context"
    return emit(a, holders, frame, targets, tok, clues, rule, modality=False)


def named_in(a: Args, noun: Token) -> list[Ref]:
    """The names a noun phrase gives: its own mention, or the names modifying its head and
    coordinated with them ("the Nimbus and Zephyr chains", "des marques X et Y")."""
    res = a.res
    m = res.mention_at(noun.i)
    if m is not None:
        return a.coordinated_right(res.doc[m.start], a.refs(noun))
    out: list[Ref] = []
    for deps in (("appos", "flat:name"), ("compound", "nmod")):
        if deps[0] == "compound" and noun_key(noun, a.L) in a.L.ROLES:
            break  # "the Nimbus maker Globex": a role's modifier is what it makes, not its name
        for c in kids(noun):
            if c.dep_ in deps and res.mention_at(c.i) is not None and prep_of(c) is None:
                out += [r for r in a.coordinated_right(c, a.refs(c))  # not "the US firm"
                        if not (r.type == PLACE and is_known_place(r.name))]
        if out:
            return out
    return a.refs(noun)


def listed_names(a: Args, m) -> list[Ref]:
    """The names listed from mention `m` on: "co-founders A, B and C" (a list ends with its
    "and"; "son PDG Jean Roux, Globex va..." is no list)."""
    res, doc, end = a.res, a.res.doc, a.res.doc[m.start].sent.end
    names, j = [res.ref(m)], m.end
    while j + 1 < end and (doc[j].text == "," or doc[j].lower_ in a.L.AND):
        nxt = res.mention_at(j + 1)
        if nxt is None or nxt.start != j + 1 or (is_person(res.ref(nxt))) != is_person(names[0]) \
                or (res.ref(nxt).type == PLACE and is_known_place(res.ref(nxt).name)):
            break
        names.append(res.ref(nxt))
        if doc[j].lower_ in a.L.AND:
            return names
        j = nxt.end
    return names[:1]


def as_product(r: Ref) -> Ref | None:
    """`r` as the product a maker makes ("Nimbus maker"): none if it is known as another thing."""
    if r.type in (PROD, PROJ):
        return r
    if r.sure:
        return None
    from extractors.lexicon import is_known_place

    return None if is_known_place(r.name) else Ref(r.name, PROD, r.via_coref, False)


def _context_title(a: Args, tok: Token, first: int | None = None, last: int | None = None) -> bool:
    """A corporate title whose company may go unsaid ("CEO", "co-founder", "PDG")."""
    if first is None:
        first, last = title_unit(tok, a.L)
    return any(t.lower_ in a.L.CONTEXT_TITLES for t in a.res.doc[first:last])


def _context_org(a: Args, tok: Token, holders: list[Ref], exclude: frozenset = frozenset()) -> list[Ref]:
    """The organisation the article speaks of, for a title that names none."""
    r = topic_org(a, tok, exclude | frozenset(h.name for h in holders))
    return [r] if r is not None else []


def _definite(a: Args, tok: Token) -> bool:
    """A definite description: "the Nimbus maker", "l'éditeur de Nimbus", "its developer"."""
    definite = a.L.DEFINITE
    return any(c.lower_ in definite or c.dep_ == "poss" for c in kids(tok)) or (
        tok.i > 0 and tok.nbor(-1).lower_ in definite)


def _names_in(a: Args, sent) -> frozenset:
    """The names of the entities named in `sent`."""
    return frozenset(a.res.ref(m).name for m in a.res.mentions if sent.start <= m.start < sent.end)


def _first_subject_org(a: Args, toks, exclude: frozenset) -> Ref | None:
    """The first organisation named as a subject among `toks` (a name, not a description)."""
    for t in toks:
        m = a.res.mention_at(t.i)
        if t.dep_ in SUBJ | PASS_SUBJ and m is not None:
            r = a.res.ref(m)
            if r.name not in exclude and is_org(r):
                return r
    return None


def _most_named_org(a: Args, before: int, exclude: frozenset) -> Ref | None:
    """The organisation the article has named most before token `before` (the first named,
    on a tie): what an article about a company keeps coming back to. A name that only
    modifies a noun ("GenAI tools") counts half; a name the gazetteer knows, one more."""
    counts: dict[str, float] = {}
    refs: dict[str, Ref] = {}
    doc = a.res.doc
    for m in a.res.mentions:
        if m.start >= before:
            break
        r = a.res.ref(m)
        if r.name not in exclude and is_org(r):
            modifier = doc[m.start:m.end].root.dep_ in ("compound", "amod", "nmod")
            counts[r.name] = counts.get(r.name, 0.0) + (0.5 if modifier else 1.0) + (
                1.0 if r.sure and r.name not in refs else 0.0)
            refs.setdefault(r.name, r)
    if not counts:
        return None
    best = max(counts, key=lambda n: counts[n])  # max keeps the first of equal counts
    r = refs[best]
    return Ref(r.name, r.type, True, r.sure)


def topic_org(a: Args, tok: Token, exclude: frozenset) -> Ref | None:
    """The organisation a title or description with no company of its own is about ("CEO
    Jane Doe said", "the Nimbus maker"): the organisation named as the subject before it in
    its sentence, else the first one named as a subject in the sentence before, else the
    one the article names most."""
    doc, sent = tok.doc, tok.sent
    j = tok.i - 1
    while j > sent.start and (doc[j].pos_ in ("DET", "ADJ", "NUM") or _title_word(doc[j], a.L)):
        j -= 1
    m = a.res.mention_at(j - 1) if j > sent.start + 1 and doc[j].text == "," else None
    if m is not None and m.start > sent.start and doc[m.start - 1].lower_ in a.L.OF_PREPS | {"d'", "d’"} \
            and is_org(a.res.ref(m)) and a.res.ref(m).name not in exclude:
        return a.res.ref(m)  # "deux des cofondateurs de Globex, le PDG Jean Roux et ..."
    r = _first_subject_org(a, doc[sent.start:tok.i], exclude)
    if r is None and sent.start > 0:
        prev = doc[sent.start - 1].sent
        r = _first_subject_org(a, prev, exclude)
    if r is None:
        r = _most_named_org(a, tok.i, exclude)
    return r


def possessor(a: Args, det: Token, exclude: frozenset = frozenset()) -> Ref | None:
    """The organisation a possessive ("its", "son", "ses") stands for: the subject of its
    clause ("Hooli a baissé ses prix face à son concurrent Globex"), else the nearest or
    most salient one; never one of `exclude` ("X devient son actionnaire")."""
    res, doc = a.res, det.doc
    nearest = None  # the nearest organisation named before it in its sentence
    for m in reversed(res.mentions):
        if m.start < det.sent.start:
            break
        if m.start < det.i and res.ref(m).name not in exclude and is_org(res.ref(m)):
            nearest = res.ref(m)
            if doc[m.start:m.end].root.dep_ in OBJ:  # "pay Character.AI for ... its technology"
                return nearest
            break
    # "Microsoft is pouring billions into OpenAI and working to put ChatGPT in its Bing",
    # "Hooli est en concurrence avec ses rivaux": the subject of the clauses above it
    head = det.head
    for _ in range(8):
        subj = next((c for c in kids(head) if c.dep_ in SUBJ), None)
        if subj is not None:
            if is_description(subj, a.L) and noun_key(subj, a.L) in a.L.ROLES and res.mention_at(subj.i) is None \
                    and _definite(a, subj):
                # "the iPhone maker has ... its devices": the company the description stands for
                named = topic_org(a, subj, exclude | _names_in(a, det.sent))
                if named is not None:
                    return named
            found = [r for r in a.refs(subj) if r.name not in exclude and is_org(r)]
            if found:
                return found[0]
            if subj.lower_ not in a.L.RELATIVES:
                break
        if head.head.i == head.i:
            break
        head = head.head
    return nearest or res.resolve(det, exclude=exclude)


def is_org(r: Ref) -> bool:
    """An organisation, or a name the NER typed loosely that may be one (never a person)."""
    return r.type != PER and fit_type(r, {ORG}) == ORG


def _left_the_post(a: Args, holder: Token, targets: list[Ref]) -> bool:
    """The holder leaves the company: "le CEO Jean Roux quitte l'entreprise", "John Roe left Globex"."""
    subject = holder
    for _ in range(2):  # "Le CEO et cofondateur Jean Roux quitte": the name hangs on the title
        if subject.dep_ in SUBJ or subject.dep_ not in ("appos", "flat:name", "compound", "conj"):
            break
        subject = subject.head
    verb = subject.head
    if subject.dep_ not in SUBJ or not (verb.lemma_.lower() in a.L.FORMER_VERBS or verb.lower_ in a.L.FORMER_VERBS):
        return False
    left = [r for c in kids(verb) if c.dep_ in OBJ for r in a.refs(c)]
    left += [r for _, arg in prep_args(verb) for r in a.refs(arg)]  # "resigned from the startup"
    if not left:
        return False
    return not targets or any(r.name == t.name for r in left for t in targets)


def is_former(a: Args, tok: Token, holders: list[Ref], targets: list[Ref]) -> bool:
    """A leadership held no more: "the former CEO and co-founder of Globex", "ancien PDG",
    "l'ex-PDG", "who stepped down as chief executive", "Jean Roux quitte l'entreprise"."""
    L, doc, sent = a.L, tok.doc, tok.sent
    start, _ = title_unit(tok, L)
    k = start
    while k - 2 >= sent.start and (doc[k - 1].lower_ in L.AND or doc[k - 1].text == "&") \
            and _title_word(doc[k - 2], L):
        k = title_unit(doc[k - 2], L)[0]  # "the former CEO and co-founder": former applies to both
    for j in range(k - 1, max(sent.start, k - 4) - 1, -1):
        t = doc[j]
        if t.lower_ in L.FORMER or t.lower_.startswith(("ex-", "ex‑")):
            return True
        if not (t.pos_ in ("DET", "ADJ") or t.text in ("-", "'s", "’s") or a.res.mention_at(j) is not None):
            break
    if tok.lower_.startswith("ex-"):
        return True
    verb = _as_of(a, tok)  # "stepped down as chief executive"
    if verb is not None and (verb.lemma_.lower() in L.FORMER_VERBS or verb.lower_ in L.FORMER_VERBS):
        return True
    # "Jane Doe was chief executive of Globex", "dont il était le PDG": a copula in the past
    for t in {tok, doc[title_unit(tok, L)[1] - 1]}:  # the title's own head: "was chief executive"
        cop = next((c for c in kids(t) if c.dep_ == "cop"), None)
        if cop is None and t.dep_ in ("attr", "oprd") and t.head.lemma_.lower() in L.COPULAS:
            cop = t.head
        if cop is not None and "VerbForm=Part" not in cop.morph \
                and any(x in ("Past", "Imp") for x in cop.morph.get("Tense")):
            return True
    return False
