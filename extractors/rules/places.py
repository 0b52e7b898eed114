"""Where an organisation is based, and hyphenated modifiers.

"Paris-based X", "basée à Helsinki", "headquartered in", "X, dont le siège est
à Y", "its headquarters in Y", "founded in the city of Y"; a place or a
nationality that modifies a noun ("US chip giant X", "la start-up française
X", "an Israeli startup", "a Santa Clara, Calif., company", "la firme de
Mountain View", "Saudi Arabia's X"); and "Microsoft-backed OpenAI",
"Amazon-owned Zoox".

A place word places only the noun it modifies: a name ("British X"), an
organisation noun ("the Japanese giant") and then the name that noun stands
for (its apposition, the name after it, or the company it refers back to),
never a person ("le président français X") nor another noun of the sentence.
"""
from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Span, Token

from extractors.coref import Ref
from extractors.lexicon import canonical_place, country_of, demonym_place, is_known_place, is_region
from extractors.rules.args import Args
from extractors.rules.confidence import confidence
from extractors.rules.frame import Found
from extractors.rules.roles import possessor
from extractors.rules.syntax import (OBJ, PASS_SUBJ, SUBJ, agrees, copula_subject, described_subject, is_passive,
                                    kids, prep_args, prep_of, verb_relative)
from extractors.rules.types import ORG, PER, PLACE, PROJ, fit_type
from extractors.triple import Attributes

# labels by which a word modifies the noun it depends on
_MOD_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod", "flat", "flat:name", "nummod", "dep", "appos"})
# parts of speech that never sit between a place and the noun it modifies ("US chip giant")
_CLOSED = frozenset({"DET", "ADP", "AUX", "PRON", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT", "SYM"})
# a region written as an abbreviation after a city: "Santa Clara, Calif.,", "Waterloo, Ont.,"
_ABBREVIATION = re.compile(r"^(?:[A-Z][a-z]{1,4}\.?|(?:[A-Z]\.){2,3})$")  # with its period, checked below
_OF = frozenset({"de", "d'", "d’", "des", "du", "of"})


def _found(subject: Ref, predicate: str, obj: Ref, rule: str) -> Found:
    """A standing fact (no status of its own) found by construction `rule`."""
    return Found(subject, predicate, obj, Attributes(), confidence(rule), rule)


def _place(name: str) -> Ref:
    return Ref(canonical_place(name), PLACE, False)


def _placeable(ref: Ref | None) -> bool:
    """An organisation or project that can be based somewhere: never a person or a place."""
    return (ref is not None and ref.type != PER and not ref.name.endswith("-")
            and not is_known_place(ref.name) and fit_type(ref, {ORG, PROJ}) in (ORG, PROJ))


def _based(a: Args, target: Ref, places: list[Ref], rule: str) -> Iterator[Found]:
    if not _placeable(target):
        return  # "Le chercheur Jean Roux, basé à Paris": a person is never based-in
    for place in places:
        if place.name != target.name:
            a.placed.setdefault(target.name, set()).add(place.name)
            yield _found(target, "based-in", place, rule)


def is_hyphen_suffix(tok: Token, sent: Span, L) -> bool:
    """"Microsoft-backed", "Paris-based": a suffix after a hyphen inside the sentence (not
    after a word of degree: "majority-owned by X", "wholly-owned" are the verb's own)."""
    return tok.i > sent.start + 1 and tok.nbor(-1).text == "-" and (
        tok.lower_ in L.BASED_SUFFIX
        or tok.lower_ in L.HYPHEN_SUFFIXES and not (tok.nbor(-2).lower_ in L.MAJORITY or tok.nbor(-2).pos_ == "ADV"))


def hyphen_facts(a: Args, tok: Token) -> Iterator[Found]:
    """"Microsoft-backed OpenAI", "Amazon-owned Zoox"; "Paris-based X", "Toronto- and Paris-based X"."""
    low = tok.lower_
    if low in a.L.HYPHEN_SUFFIXES:
        m = a.res.mention_at(tok.i - 2)
        target = a.described(tok)
        if m is not None and target is not None:
            yield _found(a.res.ref(m), a.L.HYPHEN_SUFFIXES[low], target, "hyphen.modifier")
        return
    doc = tok.doc
    place_tok = tok.nbor(-2)
    m = a.res.mention_at(place_tok.i)
    places = [_place(doc[m.start:m.end].text if m is not None else place_tok.text)]
    first = m.start if m is not None else place_tok.i
    # "Toronto- and San Francisco-based": the places coordinated before, each with its hyphen
    while first - 2 >= tok.sent.start and (doc[first - 1].lower_ in a.L.AND or doc[first - 1].text == ","):
        j = first - 2
        if doc[j].text == "-":
            j -= 1
        left = a.res.mention_at(j)
        text = doc[left.start:left.end].text if left is not None else doc[j].text
        if not (doc[j].text.endswith("-") or doc[j + 1].text == "-") or not text[:1].isupper():
            break
        places.insert(0, _place(text.rstrip("-")))
        first = left.start if left is not None else j
    left = a.res.mention_at(first - 2) if first - 2 > tok.sent.start and doc[first - 1].text == "," else None
    if left is not None and left.end == first - 1 and a.res.ref(left).type == PLACE \
            and (left.start == tok.sent.start or doc[left.start - 1].pos_ == "DET"):
        # "The San Francisco, California-based company": the city, then its region
        places.insert(0, _place(doc[left.start:left.end].text))
        first = left.start
    targets = _modified(a, first, tok, places)
    if not targets and tok.dep_ in ("acomp", "attr", "oprd", "xcomp") \
            and tok.head.lemma_.lower() in a.L.COPULAS:  # "Hooli is Paris-based"
        targets = a.subjects(tok.head)[:1]
    for target in targets:
        yield from _based(a, target, places, "place.hyphen-based")


def place_facts(a: Args, tok: Token) -> Iterator[Found]:
    """based-in from "basée à Y", a headquarters noun or a demonym at `tok`."""
    L, low = a.L, tok.lower_
    seat = tok.lemma_.lower() in L.SEAT_NOUNS or low in L.SEAT_NOUNS or tok.pos_ == "NOUN" and any(
        f"{c.lower_} {low}" in L.SEAT_NOUNS or f"{low} {c.lower_}" in L.SEAT_NOUNS
        for c in kids(tok) if c.dep_ in ("compound", "amod") and abs(c.i - tok.i) == 1)  # "head office"
    # "basée à Helsinki", "based in London", "headquartered in" (not the noun "headquarters",
    # lemmatised "headquarter" at times)
    if (tok.lemma_.lower() in L.BASED_VERBS or low in L.BASED_VERBS) and not (seat and tok.pos_ == "NOUN"):
        places = []
        for p, arg in prep_args(tok):
            if p in L.BASED_PREPS:
                places += [r for r in a.refs(arg) if r.type == PLACE]
        unit = _unit(a, tok)
        target = _unit_name(a, unit, tok) if unit is not None else a.described(tok)
        if unit is not None and target is None:
            return  # a unit whose name is not found: not its owner either
        if target is None and tok.dep_ in ("acl", "amod") and tok.head.pos_ == "NOUN" \
                and not _person_noun(a, tok.head):
            target = _name_of(a, tok.head, tok.i)  # "X, un acteur majeur du financement basé à Y"
        if target is None:  # "X is based in Y", whatever type the NER gave X
            subj = [r for c in kids(tok) if c.dep_ in PASS_SUBJ for r in a.refs(c)] or a.subjects(tok)
            target = subj[0] if subj else None
        if target:
            yield from _based(a, target, [_place(p.name) for p in places], "place.based-verb")
        return
    # "X, dont le siège est à Y", "X a son siège à Y", "its headquarters in Y"
    if seat:
        yield from _seat(a, tok)
        return
    # demonyms: "la start-up française X", "le néerlandais X", "an Israeli startup"
    hyphenated = "-" in tok.text and tok.lower_.endswith(tuple(L.BASED_SUFFIX))  # "U.S.-based", one token
    if tok.pos_ not in ("ADJ", "NOUN", "PROPN") and not hyphenated:
        return
    place = demonym_place(tok.text, L.LANG)
    if place is None or a.res.mention_at(tok.i) is not None and _place_like(a, a.res.mention_at(tok.i)):
        return  # a place named as a place ("UK", "US") is read by place_name_facts
    if a.res.mention_at(tok.i) is not None and a.res.mention_at(tok.i).source == "government":
        return  # "le gouvernement canadien": the place names the government, it is not its seat
    if L.LANG == "fr" and tok.text[:1].isupper() and not tok.is_sent_start:
        return  # "le Français Jean Roux": a person's nationality
    for target in _modified(a, tok.i, tok, [Ref(place, PLACE, False)]):
        yield from _based(a, target, [Ref(place, PLACE, False)],
                          "place.hyphen-based" if hyphenated else "place.demonym")


# -- a place that modifies a noun ---------------------------------------------

def _place_like(a: Args, m) -> bool:
    return a.res.ref(m).type == PLACE or is_known_place(m.text)


def _region_after(a: Args, end: int) -> tuple[int, Ref | None] | None:
    """"Santa Clara, Calif.,", "Waterloo, Ont.,", "Santa Clara (Californie)": the region
    that follows a city at token `end`, as (the index after the region's closing
    punctuation, the region when the place tables know it), or None."""
    doc, sent_end = a.res.doc, a.res.doc[end - 1].sent.end
    if end + 2 >= sent_end or doc[end].text not in (",", "("):
        return None
    close = ")" if doc[end].text == "(" else ","
    m = a.res.mention_at(end + 1)
    if m is not None and _place_like(a, m) and m.start == end + 1:
        j = m.end
        if j < sent_end and doc[j].text == "." and not doc[j - 1].text.endswith("."):
            j += 1  # "Ont" "." split by the tokenizer, the abbreviation a place
        region = _place(doc[m.start:m.end].text) if is_known_place(m.text) else None
    elif _ABBREVIATION.match(doc[end + 1].text):
        j = end + 2
        if not doc[end + 1].text.endswith("."):
            if not (j < sent_end and doc[j].text == "."):
                return None  # "Oracle, Cisco, ...": a list of names, no abbreviation
            j += 1  # "Ont" "." split by the tokenizer
        region = None
    else:
        return None
    if j < sent_end and (doc[j].text == close or (close == "," and doc[j].is_sent_end)):
        return j + 1, region
    return None


def place_starts(a: Args) -> list[int]:
    """The last token of each place an article names as a modifier may start from: a
    place mention, or a city that a region follows ("Waterloo, Ont., ...")."""
    out = []
    for m in a.res.mentions:
        if _place_like(a, m) or _region_after(a, m.end) is not None:
            out.append(m.end - 1)
    return out


def place_name_facts(a: Args, tok: Token) -> Iterator[Found]:
    """"US chip giant X", "Abu Dhabi AI group X", "a Santa Clara, Calif., company",
    "la firme de Mountain View", "UK AI startup X": the place at `tok` (the last
    token of its mention) places the organisation its noun phrase names."""
    res, doc = a.res, tok.doc
    m = res.mention_at(tok.i)
    if m is None or m.end - 1 != tok.i:
        return
    j = m.start - 1  # a region read with its city ("Santa Clara, Calif.,") is not read again
    if j - 1 >= tok.sent.start and doc[j].text in (",", "(") and res.mention_at(j - 1) is not None \
            and _region_after(a, j) is not None:
        return
    if m.end < len(doc) and doc[m.end].text == "-":
        return  # "Paris-based", "Microsoft-backed": the hyphen rules read them
    if demonym_place(m.text, a.L.LANG) is not None and not is_known_place(m.text):
        return  # "le Français Jean Roux": a nationality taken for a name
    if m.start > tok.sent.start and res.mention_at(m.start - 1) is not None:
        return  # "Hooli Privacy France": a place right after a name ends it
    places, last = [], tok.i
    region = _region_after(a, m.end)
    if region is not None:
        last = region[0] - 1
        places = [_place(m.text)] + ([region[1]] if region[1] is not None else [])
    elif is_known_place(m.text) or (res.ref(m).type == PLACE and res.ref(m).sure):
        places = [_place(m.text)]  # (a place the NER only guessed is no proof: "Nimbus maker X")
    for target in _modified(a, m.start, doc[last], places, named=False) if places else []:
        yield from _based(a, target, places, "place.modifier")


def place_possessive(a: Args, tok: Token) -> Iterator[Found]:
    """"Saudi Arabia's Prosperity7", "Britain's Arm": a place owning a name places it."""
    res, doc = a.res, tok.doc
    owner = res.mention_at(tok.i)
    if owner is None or not _place_like(a, owner):
        return
    j = owner.end
    while j < tok.sent.end and doc[j].dep_ == "case":
        j += 1
    # the name right after "'s" ("Italy's data protection agency" names no one), whatever
    # the parse made of a name cut in two ("Prosperity7 Ventures")
    owned = res.mention_at(j) if j < tok.sent.end else None
    if owned is None and tok.head.i > tok.i and tok.head.pos_ == "NOUN":
        # "Italy's authority, known as Garante", "Italy's data protection agency" of an
        # article that names it so: the description's name
        named = a.named_after(tok.head) or res.named_kind(tok.head)
        if named is not None and _placeable(named):
            yield from _based(a, named, [_place(owner.text)], "place.possessive-named")
            return
    if owned is None or owned is owner or tok.head.i < owned.start:
        head = tok.head
        if owned is None and head.pos_ == "NOUN" and head.i > tok.i:
            # "X is one of Canada's most promising companies": the members of a group placed
            # so; "Italy's authority, known as X": the name a description is given
            if is_region(owner.text):
                targets = []  # "one of Europe's strictest regulators": no seat
            elif _plural(head):
                targets = _members(a, head)
            else:
                r = a.entity(head)
                targets = [r] if r is not None and not r.via_coref and r.name != res.ref(owner).name else []
            for target in targets:
                yield from _based(a, target, [_place(owner.text)], "place.possessive")
        return
    target = res.ref(owned)
    if _placeable(target):
        yield from _based(a, target, [_place(owner.text)], "place.possessive")


def _plural(tok: Token) -> bool:
    return "Number=Plur" in tok.morph or tok.tag_ in ("NNS", "NNPS")


def _members(a: Args, group: Token) -> list[Ref]:
    """The organisations said to belong to a plural group: "X is one of the French startups",
    "X, one of Canada's most promising companies", "touted as one of ...", "X faisait partie
    des pépites françaises", "X est l'une des licornes françaises"."""
    L = a.L
    head = group.head
    if head.pos_ == "ADP" and group.dep_ == "pobj":  # "one of" hung through "of"
        head = head.head
    post = None
    if head.lemma_.lower() in L.POST_NOUNS or head.lower_ in L.POST_NOUNS:
        post = head  # "one of the startups", "l'une des licornes"
    elif head.pos_ in ("VERB", "AUX") and prep_of(group) in _OF:
        post = next((c for c in kids(head) if c.dep_ in OBJ and c.lemma_.lower() in L.POST_NOUNS), None)
    if post is None:
        return []
    if post.dep_ == "appos":  # "X, one of the French startups, ..."
        return [r for r in a.refs(post.head, conj=False) if _placeable(r)]
    if post.dep_ in ("attr", "oprd") or any(c.dep_ in SUBJ | PASS_SUBJ | {"cop"} for c in kids(post)):
        host = post if any(c.dep_ in SUBJ | PASS_SUBJ for c in kids(post)) else post.head
        return [r for r in a.subjects(host) if _placeable(r)]  # "X is one of ...", "X est l'une des ..."
    if post.head.pos_ == "ADP" and post.head.lower_ in L.AS_PREPS:
        verb = post.head.head  # "touted as one of ...", "Y named X as one of ..."
        named = [r for c in kids(verb) if c.dep_ in OBJ for r in a.refs(c)]
        if named:
            return [r for r in named if _placeable(r)]
    elif post.dep_ in OBJ and post.pos_ == "NOUN":
        verb = post.head  # "X faisait partie des pépites françaises" (not "bought one of them")
    else:
        return []
    for _ in range(3):
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        found = [r for c in kids(verb) if c.dep_ in SUBJ | PASS_SUBJ for r in a.refs(c)]
        if found:
            return [r for r in found if _placeable(r)]
        # "X was sold after years of being touted as one of ...": the clause it hangs from
        if verb.dep_ not in ("pcomp", "advcl", "xcomp", "conj"):
            return []
        nxt = verb.head
        for _ in range(4):
            if nxt.pos_ in ("VERB", "AUX") or nxt.head.i == nxt.i:
                break
            nxt = nxt.head
        if nxt.i == verb.i:
            return []
        verb = nxt
    return []


def _host(a: Args, first: int, last: Token, named: bool = True) -> Token | None:
    """The noun the place words first..last modify, by the parse: their head, up a chain
    of compound nouns ("US chip giant"), and from a complement to the organisation
    noun it completes ("le fonds d'investissement canadien")."""
    doc = last.doc
    host = None
    for t in doc[first:last.i + 1]:
        h = t.head
        if first <= h.i <= last.i or h.i == t.i:
            continue
        if prep_of(t) in _OF:  # "la firme de Mountain View", not "l'Université de Montréal"
            host = h if h.i < t.i and _org_noun(a, h) else None
            break
        if t.dep_ in _MOD_DEPS:
            host = h
            break
    if host is None or host.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB", "X"):
        return None
    for _ in range(4):
        if a.res.mention_at(host.i) is not None or _org_noun(a, host):
            break
        nxt = host.head
        if host.dep_ in ("compound", "amod", "nmod") and nxt.i > host.i and nxt.pos_ in ("NOUN", "PROPN"):
            host = nxt  # "US chip giant": chip -> giant
        elif host.dep_ == "nmod" and nxt.i < host.i and prep_of(host) in _OF and _org_noun(a, nxt):
            host = nxt  # "fonds d'investissement canadien": investissement -> fonds
        else:
            break
    return host


def _as_org(ref: Ref) -> Ref:
    """A name the text itself calls an organisation ("the startup X", "l'allemande X"), which
    the NER may have taken for a person's."""
    return Ref(ref.name, ORG, ref.via_coref, ref.sure) if ref.type == PER else ref


def _org_noun(a: Args, tok: Token) -> bool:
    """A common noun for an organisation ("giant", "start-up", "fonds"), not part of a name."""
    types = a.L.ANAPHORS.get(tok.lower_) or a.L.ANAPHORS.get(tok.lemma_.lower())
    kind = tok.lemma_.lower() in a.L.KINDS and tok.pos_ == "NOUN"  # "le régulateur espagnol, appelé X"
    return (bool(types) and ORG in types or kind) and tok.text[:1].islower() and a.res.mention_at(tok.i) is None


def _person_noun(a: Args, tok: Token) -> bool:
    """A role held by a person ("président", "chief executive")."""
    frame = a.L.ROLES.get(tok.lemma_.lower()) or a.L.ROLES.get(tok.lower_)
    return frame is not None and frame.predicate in ("leads", "founded")


def _surface_host(a: Args, last: Token, named: bool) -> Token | None:
    """The organisation noun right after the place words, over the adjectives and nouns
    of a compound ("UK AI startup X", "China-based artificial intelligence startup X"),
    whatever the parse made of them; with `named`, a name right after adjectives only
    ("Chinese DeepSeek", not "French minister X")."""
    doc, end = last.doc, last.sent.end
    noun, stop = False, last.i + 6
    if any(t.text == "(" for t in doc[last.i + 1:min(end, last.i + 5)]):
        stop += 2  # "an artificial intelligence (AI) startup"
    for j in range(last.i + 1, min(end, stop)):
        t = doc[j]
        if _org_noun(a, t):
            return t
        if a.res.mention_at(j) is not None:
            return t if named and not noun else None
        acronym = t.is_upper and t.is_alpha and len(t) <= 4
        hyphenated = doc[j - 1].text == "-" and t.text[:1].islower()  # "state-backed investor"
        if not (acronym or hyphenated or t.text in ("-", "(", ")")
                or (t.text[:1].islower() and t.pos_ in ("ADJ", "NOUN"))):  # "(AI)"
            return None
        noun = noun or t.pos_ == "NOUN"
    return None


def _noun_before(a: Args, first: int) -> Token | None:
    """The organisation noun right before a nationality that follows it ("une jeune pousse
    londonienne"), over other adjectives, whatever the parse made of it."""
    doc = a.res.doc
    j = first - 1
    while j > doc[first].sent.start and doc[j].pos_ == "ADJ" and j > first - 3:
        j -= 1
    return doc[j] if j >= doc[first].sent.start and _org_noun(a, doc[j]) else None


def _modified(a: Args, first: int, last: Token, places: list[Ref], *, named: bool = True) -> list[Ref]:
    """The organisations that the place words first..last describe (most often one); `named`:
    they may describe a name directly ("British Arm"), not only a noun ("US chip giant X")."""
    found = _modified_one(a, first, last, places, named=named)
    return found if isinstance(found, list) else [found] if found is not None else []


def _modified_one(a: Args, first: int, last: Token, places: list[Ref], *, named: bool) -> Ref | list | None:
    res, doc = a.res, last.doc
    m = res.mention_at(last.i)
    if m is not None and not _place_like(a, m):
        # inside a name: only right after the name's head noun ("Autorité française de la
        # concurrence"), not elsewhere ("Council of Canadian Innovators", "British Airways")
        root = doc[m.start:m.end].root
        return res.ref(m) if last.i > root.i and last.head.i == root.i else None
    host = _host(a, first, last)
    if host is not None and res.mention_at(host.i) is not None and _place_like(a, res.mention_at(host.i)):
        host = None  # "En Europe, seule l'allemande X", parsed with the nationality on Europe
    if host is None or not _org_noun(a, host) and (res.mention_at(host.i) is None or not named):
        # "Abu Dhabi AI group G42", parsed as G42's compound; "une jeune pousse londonienne", a verb
        host = _surface_host(a, last, named) or _noun_before(a, first) or host
    if host is None:
        # "l'allemande Aleph Alpha", "le néerlandais Globex": a nationality noun, then the name
        nxt = res.mention_at(last.i + 1) if named and last.i + 1 < last.sent.end else None
        return res.ref(nxt) if nxt is not None and last.pos_ in ("NOUN", "ADJ") else None
    hm = res.mention_at(host.i)
    if hm is not None:
        # a place word right before or after a name is most often part of it ("Choose France")
        if not named or _place_like(a, hm):
            return None
        # "l'allemande Aleph Alpha": a nationality used as a noun names a company, whatever the NER says
        as_noun = last.text[:1].islower() and hm.start == last.i + 1 and (
            any(c.dep_ == "det" for c in kids(last)) or (last.i > 0 and last.nbor(-1).pos_ == "DET"))
        return _as_org(res.ref(hm)) if as_noun else res.ref(hm)
    if _person_noun(a, host) or not (named or _org_noun(a, host)):
        return None
    if _plural(host) and host.pos_ == "NOUN":
        members = _members(a, host)  # "X faisait partie des pépites françaises"
        if members:
            return members
    named = _name_of(a, host, first)
    if named is not None or not _org_noun(a, host):
        return named
    return _coreferent(a, host, first, places)


def _unit(a: Args, tok: Token) -> Token | None:
    """"a subsidiary of Hooli based in Lyon", "une filiale de Hooli basée à Lyon": the unit noun
    a participle of place describes, when the parse hung it on the unit or on its owner (the
    unit, not the owner, is based there, when the two may agree)."""
    head, L = tok.head, a.L
    if tok.dep_ not in ("acl", "amod"):
        return None
    if head.pos_ == "NOUN":
        unit = head
    elif a.res.mention_at(head.i) is not None:
        unit = head.head if head.dep_ == "nmod" else head.head.head if (
            head.dep_ == "pobj" and head.head.lower_ in _OF) else None
    else:
        return None
    frame = L.ROLES.get(unit.lemma_.lower()) if unit is not None and unit.pos_ == "NOUN" else None
    if frame is None or not (frame.predicate == "owns" and frame.swap) or not agrees(tok, unit):
        return None
    return unit


def _unit_name(a: Args, unit: Token, tok: Token) -> Ref | None:
    """The name of the unit `unit` names: the subject of a predicate noun, the name it is in
    apposition to, or the name beside it."""
    subject = described_subject(unit, a.L)
    found = a.refs(subject) if subject is not None else []
    if not found and unit.dep_ == "appos":  # "Orbitron, a unit of Hooli based in Lyon"
        found = a.refs(unit.head, conj=False)
    return found[0] if found else _name_of(a, unit, tok.i)


def _name_of(a: Args, host: Token, first: int) -> Ref | None:
    """The name a noun stands beside: "the startup Initech", "le géant néerlandais des
    semi-conducteurs, ASML,", "Initech, an Israeli startup", "X, a Santa Clara company"."""
    res, doc, end = a.res, host.doc, host.sent.end
    j, after_of = host.i + 1, False
    while j < end and j - host.i <= 6 and res.mention_at(j) is None:
        t = doc[j]
        if t.lower_ in _OF and not after_of:
            after_of = True
        elif not (t.is_alpha or "-" in t.text) or t.text[:1].isupper() or not (
                t.pos_ in ("ADJ", "NOUN", "PROPN") or (after_of and t.pos_ == "DET")):  # "du cloud" as PROPN
            break
        j += 1
    if j < end and res.mention_at(j) is not None and doc[j - 1].lower_ not in _OF:
        # not "la filiale française de Globex": Globex is the parent; "the startup X" is a company
        ref = res.ref(res.mention_at(j))
        return _as_org(ref) if _org_noun(a, host) else ref
    if j + 1 < end and doc[j].text == ",":  # "le géant néerlandais des semi-conducteurs, ASML, qui ..."
        m = res.mention_at(j + 1)
        if m is not None and (m.end >= end or doc[m.end].is_punct or doc[m.end].lower_ in a.L.RELATIVES):
            return res.ref(m)
    # "Hooli, a Palo Alto company", "Initech, a German robotics startup.": the name right before
    # the comma that opens the noun phrase, whatever the parse hung the apposition on; closed by
    # punctuation, a relative pronoun or a participle ("une jeune pousse spécialisée dans"), so
    # not "Créée par A et B, l'entreprise lyonnaise développe"
    closed = j >= end or doc[j].is_punct or doc[j].lower_ in a.L.RELATIVES or (
        doc[j].pos_ in ("VERB", "AUX") and ("VerbForm=Part" in doc[j].morph or doc[j].tag_ in ("VBN", "VBG")))
    start = min(first, host.i)
    while start > host.sent.start and doc[start - 1].pos_ in ("DET", "ADJ"):
        start -= 1
    m = res.mention_at(start - 2) if start - 2 >= host.sent.start and doc[start - 1].text == "," else None
    if m is not None and (closed or host.dep_ == "appos") and res.ref(m).type != PER:
        return res.ref(m)
    if host.dep_ == "appos":
        m = res.mention_at(host.head.i)
        if m is not None:
            return res.ref(m)
    subject = copula_subject(host, a.L)  # "X is a German company", "X est une entreprise allemande"
    m = res.mention_at(subject.i) if subject is not None else None
    if m is not None and res.ref(m).type != PER:
        return _as_org(res.ref(m))
    before = a.before_comma(host) if host.dep_ not in SUBJ | PASS_SUBJ or closed else None
    return before if before is not None and before.type != PER else None


def _coreferent(a: Args, host: Token, first: int, places: list[Ref]) -> Ref | list | None:
    """The company a definite description refers back to ("the Japanese technology giant",
    "la firme de Mountain View"): not one of the other arguments of its own verb ("pour le
    fonds coréen" is not the start-up that raised the money), nor one the article already
    placed elsewhere."""
    res, L = a.res, a.L
    before = min(first, host.i) - 1  # "the UK AI startup", its article hung on "AI" by the parse
    # "du groupe de Santa Clara": an article contracted with its preposition is still definite
    definite = res.definite(host) or (before >= host.sent.start and (
        host.doc[before].lower_ in L.DEFINITE or "Definite=Def" in host.doc[before].morph))
    count = next((a.L.PLURAL_COUNTS[c.lower_] for c in kids(host) if c.lower_ in a.L.PLURAL_COUNTS), 0)
    if count:  # "les deux géants californiens": the two companies the article is about
        here = {p.name for p in places}
        many = a.res.resolve_many(host, count)
        return [r for r in many if _placeable(r) and not _elsewhere(a, r, here)] if len(many) == count else None
    if "Number=Plur" in host.morph or host.tag_ in ("NNS", "NNPS"):
        return None
    if not definite:  # "A British startup has raised $1bn. Hooli announced ...": the name it gets later
        later = res.named_later(host)
        return later if later is not None and _placeable(later) and not _elsewhere(
            a, later, {p.name for p in places}) else None
    verb, cur = None, host
    # "with the Japanese giant confirming ...": the subject of its own participle clause
    verb = next((c for c in kids(host) if c.dep_ in ("acl", "relcl") and c.tag_ == "VBG"), None)
    if verb is None and host.i + 1 < host.sent.end and host.nbor(1).tag_ == "VBG" and host.dep_ == "pobj":
        verb = host.nbor(1)
    for _ in range(0 if verb is not None else 4):
        if cur.dep_ in SUBJ | PASS_SUBJ and cur.i == host.i:
            verb = cur.head
            break
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            verb = cur
            break
    exclude = set()
    if verb is not None:  # the other arguments of its verb, and the names inside them ("X's lawsuit")
        for c in kids(verb):
            if c.i != host.i and c.dep_ in SUBJ | PASS_SUBJ | OBJ:
                exclude |= {r.name for r in a.refs(c)}
                exclude |= {res.ref(m).name for t in c.subtree if (m := res.mention_at(t.i)) is not None}
    here = {p.name for p in places}
    best = _described_before(a, host, exclude, here)
    lemma = host.lemma_.lower()
    if best is None and (lemma in L.STARTUP_NOUNS or lemma in L.KINDS):
        # a startup prefers one the article funds or calls so, or names later ("the French AI
        # startup ... Hooli's co-founders"); a named kind is its name ("Italy's authority, known as X")
        best = res.resolve(host, exclude=frozenset(exclude))
    if best is None and (host.lemma_.lower() in L.ANAPHORS or host.lower_ in L.ANAPHORS):
        best = res.salient(host.i, {ORG}, frozenset(exclude))  # (an agency stands only for its name)
    if best is None or not _placeable(best) or _elsewhere(a, best, here):
        return None
    return best


def _elsewhere(a: Args, ref: Ref, here: set[str]) -> bool:
    """The article put `ref` in other places than `here` ("the Japanese giant" is not the
    company it called British), or its name does ("Saudi Aramco")."""
    known = a.placed.get(ref.name, set()) | _name_places(ref.name, a.L.LANG)
    # a city and its country are one place here ("the American giant", then "the Santa Clara group")
    return bool(known) and not _with_countries(known) & _with_countries(here)


def _with_countries(places: set[str]) -> set[str]:
    return places | {c for p in places if (c := country_of(p)) is not None}


def _described_before(a: Args, host: Token, exclude: set[str], here: set[str]) -> Ref | None:
    """The last name the article gave the same noun as `host`, right before it ("the
    startup Initech", "la start-up Initech") or in an apposition after it ("Initech,
    an AI startup"): "the Chinese AI startup" is the startup it named."""
    res, doc = a.res, host.doc
    lemma = host.lemma_.lower()
    for m in reversed(res.mentions):
        if m.start >= host.i:
            continue
        if host.i - m.start > 2000:
            break
        ref = res.ref(m)
        if ref.name in exclude or ref.type != ORG or _elsewhere(a, ref, here):
            continue
        j = m.start - 1
        if j >= 0 and doc[j].lemma_.lower() == lemma and _org_noun(a, doc[j]):
            return Ref(ref.name, ref.type, True, ref.sure)
        if m.end < len(doc) and doc[m.end].text == ",":
            for k in range(m.end + 1, min(m.end + 8, doc[m.start].sent.end, host.i)):
                if doc[k].is_punct or doc[k].pos_ in ("ADP", "VERB", "AUX") or doc[k].lower_ in a.L.RELATIVES:
                    break  # "X, the investment arm of the US firm", "X, qui regroupe 133 entreprises": not X
                if doc[k].lemma_.lower() == lemma and _org_noun(a, doc[k]):
                    return Ref(ref.name, ref.type, True, ref.sure)
    return None


def _name_places(name: str, lang: str) -> set[str]:
    """The places a name itself says ("Saudi Aramco", "Deutsche Telekom")."""
    words = name.split()
    return {p for w in words if len(words) > 1
            for p in [demonym_place(w, lang) or (canonical_place(w) if is_known_place(w) else None)] if p}


# -- headquarters and founding places ------------------------------------------

def _place_after(a: Args, tok: Token) -> list[Ref]:
    """The place named after `tok` in its clause, whatever the parse made of it:
    "le siège est à Heidelberg", "headquarters are in Austin" (up to the next comma)."""
    doc, end = tok.doc, tok.sent.end
    for j in range(tok.i + 1, min(end - 1, tok.i + 8)):
        if doc[j].text in (",", ";", "(") or (doc[j].pos_ == "VERB" and doc[j].lemma_.lower() not in a.L.COPULAS):
            break
        if doc[j].lower_ in a.L.BASED_PREPS:
            k = j + 1
            while k < end and doc[k].pos_ == "DET":
                k += 1
            m = a.res.mention_at(k) if k < end else None
            if m is not None and a.res.ref(m).type == PLACE:
                return [a.res.ref(m)]
    return []


def _seat(a: Args, tok: Token) -> Iterator[Found]:
    """Headquarters nouns: the place is after à/in, or the copula's predicate."""
    res = a.res
    places = []
    hosts = [tok] + ([tok.head] if tok.dep_ in SUBJ | PASS_SUBJ | OBJ else [])
    for host in hosts:
        for p, arg in prep_args(host):
            if p in a.L.BASED_PREPS:
                places += [r for r in a.refs(arg) if r.type == PLACE]
    m = res.mention_at(tok.head.i)
    if tok.dep_ in SUBJ and m is not None and res.ref(m).type == PLACE:
        places.append(res.ref(m))  # "le siège est à Heidelberg", parsed with the place as head
    if not places:
        places = _place_after(a, tok)
    owner: list[Ref] = []
    for c in kids(tok):
        if c.dep_ == "poss" or c.lower_ in a.L.RELATIVES or prep_of(c) in ("de", "of"):
            owner = a.refs(c)
            if owner:
                break
    if not owner:
        for c in kids(tok):  # "dont le siège": the relative hangs on the noun
            if c.lower_ in a.L.RELATIVES:
                owner = a.antecedents(c, frozenset())
    rel = verb_relative(tok.head, a.L) if not owner and tok.dep_ in SUBJ else None
    if rel is not None:  # "dont le siège se trouve à Y": the relative hangs on the verb
        owner = a.antecedents(rel, frozenset())
    if not owner:  # "Son siège est situé à Y", "its headquarters are in Y": the article's company
        det = next((c for c in kids(tok) if c.dep_ == "det" and c.lower_ in a.L.POSSESSIVES), None)
        found = possessor(a, det) if det is not None else None
        owner = [found] if found is not None else []
    if not owner and tok.dep_ in OBJ:
        owner = a.subjects(tok.head)  # "X a installé son siège à Y"
    for o in owner[:1]:
        yield from _based(a, o, [_place(p.name) for p in places], "place.seat")


def founding_places(a: Args, tok: Token) -> list[Ref]:
    """The places a founding verb names: "in Lyon", "à Paris", "in the Chinese city of
    Hangzhou" (the city, and the country of its adjective)."""
    places: list[Ref] = []
    for p, arg in prep_args(tok):
        if p not in a.L.BASED_PREPS:
            continue
        m = a.res.mention_at(arg.i)
        if m is not None:
            if _place_like(a, m):
                places.append(_place(m.text))
            continue
        if arg.pos_ != "NOUN":
            continue
        for q, g in prep_args(arg):  # "the eastern Chinese city of Hangzhou"
            gm = a.res.mention_at(g.i)
            if q in ("de", "of") and gm is not None and _place_like(a, gm):
                places.append(_place(gm.text))
                places += [Ref(d, PLACE, False) for c in kids(arg) if c.dep_ == "amod"
                           for d in [demonym_place(c.text, a.L.LANG)] if d is not None]
    return places


def _before_main_verb(a: Args, tok: Token) -> list[Ref]:
    """"Créée à Lyon par X, Initech fabrique ...", parsed with no subject: the name between
    the comma that closes the participle's clause and the first finite verb."""
    doc = tok.doc
    verb = next((t for t in doc[tok.i + 1:tok.sent.end] if t.pos_ in ("VERB", "AUX")
                 and ("VerbForm=Fin" in t.morph or t.tag_ in ("VBZ", "VBD", "VBP"))), None)
    if verb is None:
        return []
    j = verb.i - 1
    while j > tok.i and a.res.mention_at(j) is None and doc[j].pos_ in ("ADV", "AUX"):
        j -= 1
    m = a.res.mention_at(j)
    if m is None:
        return []
    k = m.start - 1
    while k > tok.i and doc[k].text != "," and doc[k].pos_ in ("DET", "NOUN", "ADJ"):
        k -= 1  # "..., la start-up Hooli vend"
    return [a.res.ref(m)] if doc[k].text == "," else []


def founded_in_facts(a: Args, tok: Token, sent: Span) -> Iterator[Found]:
    """"Founded in Lyon in 2019, Hooli ...", "X was established in the city of Y",
    "X a fondé Y à Paris": where an organisation was founded is where it is based."""
    places = founding_places(a, tok)
    if not places:
        return
    founded: list[Ref] = []
    if is_passive(tok, a.L) or "VerbForm=Part" in tok.morph or tok.tag_ == "VBN":
        founded = [r for c in kids(tok) if c.dep_ in PASS_SUBJ for r in a.refs(c)]
        if not founded and tok.dep_ in ("acl", "amod") and tok.head.pos_ in ("NOUN", "PROPN"):
            founded = a.refs(tok.head, conj=False)  # "Hooli, founded in Lyon, ..."
        if not founded and tok.i == sent.start:  # "Founded in Lyon in 2019, Hooli ..."
            after = [t for t in sent if t.i > tok.i and t.dep_ in SUBJ | PASS_SUBJ and t.head.i != tok.i
                     and not (tok.i < t.head.i and t.head.head.i == tok.i)]
            founded = a.refs(after[0]) if after else _before_main_verb(a, tok)
    else:
        founded = [r for c in kids(tok) if c.dep_ in OBJ for r in a.refs(c)]
    for target in founded:
        if _placeable(target):
            yield from _based(a, target, places, "place.founded-in")
