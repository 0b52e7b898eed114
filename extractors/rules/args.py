"""Argument resolution: which entities a rule's subject and object tokens stand for.

`Args` holds one article's mentions (through its `Resolver`) and language
module, and maps a token to the entities it names: a mention, a description
with its name beside it ("la start-up Contoso"), a relative pronoun's
antecedent, a funding round's owner, coordinated names on either side, and,
when the parse attached nothing, the names right before or after a verb.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Iterator

from spacy.tokens import Span, Token

from extractors.coref import Ref, Resolver
from extractors.lexicon import demonym_place, is_known_place
from extractors.rules.frame import Frame
from extractors.rules.lists import (Walker, arm_owner, colon_members, including_members, legal_owner, plural,
                                    shared_surname)
from extractors.rules.syntax import (APPOS, APPOS_RANK, CLIMB, OBJ, PASS_SUBJ, PREP_NORM, REL, SUBJ, agent_of,
                                    copula_subject, described_subject, has_case, is_amount, is_description,
                                    is_passive, is_reflexive, is_staff, kids, prep_args, prep_of)
from extractors.rules.types import ORG, PER, PLACE, PROD, PROJ, fit_type
from extractors.wordtest import WordTest

_ANAPHOR_TESTS: dict[str, WordTest] = {}  # language -> a description's or a pronoun's word


class Args:
    """The entities that tokens of one article stand for."""

    def __init__(self, L, res: Resolver):
        self.L = L
        self.res = res
        self.funded: list[Ref] = []  # organisations said to be funded, in reading order
        self.funded_at: list[tuple[Ref, int]] = []  # the same, with the token where it was said
        self._legal: dict[str, Ref] | None = None
        self.placed: dict[str, set[str]] = {}  # organisation -> the places the article put it in
        self.facts: list = []  # (sentence number, `Found`) of the article so far, in reading order
        self.sentences = 0      # how many sentences of the article the rules have read
        self._rounds: dict[int, bool] = {}  # token index -> is_round, for this article's Doc
        self._anaphors: list[int] | None = None  # the tokens `read` may resolve

    @property
    def legal(self) -> dict[str, Ref]:
        """Bare legal forms the article names ("Prosperity7 Ventures, LLC") -> the company."""
        if self._legal is None:
            self._legal = {}
            for m in self.res.mentions:
                owner = legal_owner(self, m)
                if owner is not None:
                    self._legal.setdefault(self.res.ref(m).name, owner)
        return self._legal

    def note_funded(self, refs, tok: Token) -> None:
        """Organisations the sentence of `tok` says are funded (for rounds told later)."""
        for r in refs:
            if fit_type(r, {ORG}) == ORG:  # "Initech", whatever type the NER guessed
                self.funded.append(r)
                self.funded_at.append((r, tok.i))
                self.res.funded.add(r.name)  # "la start-up" prefers a funded organisation

    def read(self, sent: Span) -> None:
        """Resolve the descriptions and pronouns of `sent` before its rules run, in reading
        order, so that the resolver's chain knows them ("La start-up ... ses rivaux")."""
        L, res, doc = self.L, self.res, sent.doc
        if self._anaphors is None:
            if L.LANG not in _ANAPHOR_TESTS:
                words = frozenset(w.lower() for w in [*L.ANAPHORS, *L.PRONOUNS, *L.KINDS])
                _ANAPHOR_TESTS[L.LANG] = WordTest(lambda w: w.lower() in words)
            self._anaphors = _ANAPHOR_TESTS[L.LANG].positions(doc, ("lower", "lemma"))
        at = self._anaphors
        for i in at[bisect_left(at, sent.start):bisect_left(at, sent.end)]:
            tok = doc[i]
            if res.mention_at(i) is not None or self.is_round(tok):
                continue
            low = tok.lower_
            # "Italy's data protection agency": a kind the article names ("known as Garante")
            kind = res.named_kind(tok) if tok.pos_ == "NOUN" and tok.lemma_.lower() in L.KINDS \
                and not is_description(tok, L) else None
            if tok.pos_ == "PRON":
                if low not in L.PRONOUNS or low in L.RELATIVES:
                    continue
            elif not ((is_description(tok, L) or tok.pos_ == "PROPN" and tok.text.islower()  # "la start-up" as PROPN
                       and (low in L.ANAPHORS or tok.lemma_.lower() in L.ANAPHORS) or kind is not None)
                      and res.definite(tok)) or "Number=Plur" in tok.morph:
                continue
            elif any(p in L.OF_PREPS and not any((m := res.mention_at(g.i)) is not None and res.ref(m).type == PLACE
                                                 for g in arg.subtree)
                     for p, arg in prep_args(tok)):
                continue  # "le quotidien des entreprises", "the parent company of X": no anaphor
            ref = kind or self.entity(tok)
            if ref is None or fit_type(ref, {ORG, PER}) not in (ORG, PER):
                continue
            # a pronoun joins the chain only with an antecedent in its own sentence: one
            # resolved further back is a guess ("their US counterparts": the investors)
            if tok.pos_ == "PRON" and not any(sent.start <= i < tok.i and r.name == ref.name
                                              for i, r, _ in res.items()):
                continue
            # a description named beside it ("la start-up Hooli", "Hooli, the startup") adds nothing
            near = range(max(sent.start, tok.i - 4), min(sent.end, tok.i + 5))
            if any((m := res.mention_at(k)) is not None and res.ref(m).name == ref.name for k in near) \
                    or (p := self.before_comma(tok)) is not None and p.name == ref.name:
                continue
            # "the Japanese giant" is not the company the article placed in Britain
            places = {demonym_place(c.text, L.LANG) for c in kids(tok) if c.dep_ in ("amod", "compound")} - {None}
            if places and self.placed.get(ref.name) and not places & self.placed[ref.name]:
                continue
            res.note(tok, ref)

    def refs(self, tok: Token, *, exclude: frozenset = frozenset(),
             conj: bool = True, walk: bool = True) -> list[Ref]:
        """The entities a head token stands for, coordination expanded (with `walk`,
        also the names the surface lists after it: lists.Walker)."""
        if tok.lower_ in self.L.RELATIVES and (tok.dep_ in SUBJ | PASS_SUBJ | OBJ | {"poss"}
                                               or prep_of(tok) is not None or tok.dep_ == "pobj"):
            return self.antecedents(tok, exclude)  # "X, who ...", "X, dans laquelle Y a investi"
        count = next((self.L.PLURAL_COUNTS[c.lower_] for c in kids(tok)
                      if c.lower_ in self.L.PLURAL_COUNTS), 0)
        if count and self.res.mention_at(tok.i) is None:
            # "les deux entreprises", "both companies": the two this sentence just tied by a fact
            # ("puts X in competition with Y, as both companies vie"), else the most salient;
            # "two engineers: A and B", the ones it names after a colon
            return [r for r in colon_members(self, tok) if r.name not in exclude] \
                or self.pair_told(count, exclude) or self.res.resolve_many(tok, count, exclude)
        if "Number=Plur" in tok.morph and is_description(tok, self.L) \
                and self.res.mention_at(tok.i) is None and self.res.definite(tok) \
                and not any(c.dep_ in APPOS | {"conj"} for c in kids(tok)):
            return self.res.resolve_many(tok, 2, exclude)  # "the companies said", "accusing the companies of"
        found = self.entity(tok, exclude)
        m = self.res.mention_at(tok.i)
        if found is not None and m is not None:
            found = shared_surname(self, m, found)  # "Jeanne et Paul Martin"
        out = [found] if found else []
        if not out and tok.pos_ == "NOUN":  # "50 startups, including X and Y"
            for p, arg in prep_args(tok):
                if p in self.L.INCLUDING:
                    out += self.refs(arg, exclude=exclude)
            if not out:  # "investors such as A, B and C", "des investisseurs, parmi lesquels A, B et C"
                out += [r for r in including_members(self, tok) if r.name not in exclude]
            if not out:  # "by three researchers: A, B and C", the names hung elsewhere
                out += [r for r in colon_members(self, tok) if r.name not in exclude]
        elif found is not None and tok.pos_ == "NOUN" and self.res.mention_at(tok.i) is None:
            # "des géants de la gestion d'actifs tels que A, B et C", "three researchers: A, B
            # and C", A hung on the noun: the whole list
            for members in (including_members, colon_members):
                listed = [r for r in members(self, tok) if r.name not in exclude]
                if found.name in {r.name for r in listed}:
                    out = listed
                    break
        if conj:
            for c in kids(tok):
                if c.dep_ == "conj":
                    out += self.refs(c, exclude=exclude, walk=walk)
                elif c.dep_ in APPOS and found is not None and m is None and self.res.mention_at(c.i) is not None \
                        and self.res.ref(self.res.mention_at(c.i)).name == found.name:
                    # "researchers Ana Ruiz and Tom Bell": the names coordinated with the apposed one
                    out += [r for g in kids(c) if g.dep_ == "conj" for r in self.refs(g, exclude=exclude, walk=walk)]
            if found is not None and walk:  # the names listed after it, whatever the parse made of the list
                out = Walker(self).from_token(tok, out)
        # de-duplicate, keep order; a bare legal form ("LLC") is the company before it
        seen, uniq = set(), []
        for r in out:
            r = self.legal.get(r.name, r)
            if r.name not in seen:
                seen.add(r.name)
                uniq.append(r)
        return uniq

    def pair_told(self, count: int, exclude: frozenset) -> list[Ref]:
        """The two organisations of the last fact between two organisations found so far in
        the current sentence."""
        if count != 2:
            return []
        for n, f in reversed(self.facts):
            if n != self.sentences:
                break
            pair = [f.subject, f.object]
            if all(r.type != PER and fit_type(r, {ORG}) == ORG and r.name not in exclude for r in pair) \
                    and pair[0].name != pair[1].name:
                return [Ref(r.name, r.type, True, r.sure) for r in pair]
        return []

    def entity(self, tok: Token, exclude: frozenset = frozenset()) -> Ref | None:
        m = self.res.mention_at(tok.i)
        if m is not None:
            return legal_owner(self, m) or self.res.ref(m)  # "Prosperity7 Ventures, LLC"
        if tok.lower_ in self.L.RELATIVES and tok.dep_ in SUBJ | PASS_SUBJ | OBJ:
            found = self.antecedents(tok, exclude)  # "X, qui/which ..."
            return found[0] if found else None
        if self.is_round(tok):  # the names hung on a round are its investors, not the round
            return self.round_owner(tok, exclude)
        # a description with its name beside it: "la start-up Contoso", "researchers X and Y"
        # (not a place that modifies it: "the US firm", "the Texas company" is no name of the firm)
        doc = tok.doc
        maker = self.maker_told(tok, exclude)
        if maker is not None:
            return maker  # "the Nimbus maker": who makes Nimbus, not Nimbus
        role = self.L.ROLES.get(tok.lemma_.lower())
        making = role is not None and role.predicate == "develops"
        described = self.L.ANAPHORS.get(tok.lemma_.lower()) or self.L.ANAPHORS.get(tok.lower_)
        staff = is_staff(tok, self.L)
        by_kind = sorted((c for c in kids(tok) if c.dep_ in APPOS and self.res.mention_at(c.i)
                          and not ((making or staff) and c.dep_ in ("compound", "amod") and c.i < tok.i)
                          and prep_of(c) is None and self._beside(tok, c)
                          and self.res.ref(self.res.mention_at(c.i)).type != PLACE
                          # not a founder listed after it: "l'entreprise fondée par A, B et C"
                          and (not described or fit_type(self.res.ref(self.res.mention_at(c.i)), set(described))
                               in described)),
                         key=lambda c: (APPOS_RANK.get(c.dep_, 9), abs(c.i - tok.i)))
        owner = arm_owner(self, tok)  # "Globex's venture arm", "la division capital-risque de Globex"
        if by_kind:
            if tok.lower_ in self.L.CUE_NOUNS or tok.lemma_.lower() in self.L.CUE_NOUNS:
                # "the Nimbus chatbot, Globex": the name before a cue noun is its own
                before = [c for c in by_kind if c.i < tok.i and c.dep_ == "compound"]
                by_kind = before or by_kind
            named = self.res.ref(self.res.mention_at(by_kind[0].i))
            # the arm's own name ("its venture arm Globex Ventures"), not the next name of a list
            if owner is None or named.name.split()[0] == owner.name.split()[0] or not any(
                    doc[k].text == "," for k in range(tok.i, by_kind[0].i)):
                return named
        if owner is not None:
            return owner
        named = self.named_between_commas(tok)
        if named is not None:
            return named
        if tok.pos_ in ("NOUN", "ADJ") and self.res.mention_at(tok.i + 1 if tok.i + 1 < tok.sent.end else tok.i) \
                and demonym_place(tok.text, self.L.LANG) is not None and any(c.dep_ == "det" for c in kids(tok)):
            m = self.res.mention_at(tok.i + 1)  # "à la française Initech", "with the American Globex"
            if m.start == tok.i + 1 and fit_type(self.res.ref(m), {ORG}) == ORG:
                return self.res.ref(m)
        if tok.pos_ in ("NOUN", "ADJ") and (tok.lower_ in self.L.ANAPHORS or tok.lemma_.lower() in self.L.ANAPHORS):
            nxt = tok.i + 1  # "la jeune pousse Contoso", "la start-up parisienne H"
            doc = tok.doc
            while nxt < tok.sent.end and nxt - tok.i <= 2 and doc[nxt].pos_ == "ADJ" \
                    and self.res.mention_at(nxt) is None:
                nxt += 1
            # "le fabricant de puces Nvidia", "the maker of chips Nvidia": a complement, then the name
            if nxt + 2 < tok.sent.end and doc[nxt].lower_ in ("de", "d'", "d’", "of") \
                    and doc[nxt + 1].pos_ == "NOUN" and doc[nxt + 1].text[:1].islower():
                nxt += 2
            if nxt < tok.sent.end and self.res.mention_at(nxt) is not None:
                return self.res.ref(self.res.mention_at(nxt))
        for c in kids(tok):  # "une start-up baptisée X", "a company called X"
            if c.dep_ in ("acl", "amod") and c.lemma_.lower() in self.L.NAMING:
                for g in c.subtree:
                    m = self.res.mention_at(g.i)
                    if m is not None and g.i > c.i:
                        return self.res.ref(m)
        named = self.named_after(tok)
        if named is not None:
            return named
        if tok.dep_ == "appos" or (tok.dep_ in ("nmod", "dep") and tok.i > tok.head.i):
            m = self.res.mention_at(tok.head.i)
            described = self.L.ANAPHORS.get(tok.lemma_.lower()) or self.L.ANAPHORS.get(tok.lower_)
            # "X, l'entreprise ...": unless the description cannot be X ("Lample, l'entreprise")
            if m is not None and (described is None or fit_type(self.res.ref(m), set(described)) in described):
                return self.res.ref(m)
        kind = self.L.ANAPHORS.get(tok.lemma_.lower()) or self.L.ANAPHORS.get(tok.lower_)
        cue = self.L.CUE_NOUNS.get(tok.lower_) or self.L.CUE_NOUNS.get(tok.lemma_.lower())
        subject = copula_subject(tok, self.L) if tok.pos_ == "NOUN" and (kind or cue) else None
        if subject is not None:  # "X is a company founded by Y", "X est un modèle développé par Y"
            ref = self.entity(subject, exclude)
            wanted = set(kind or (cue,))
            if ref is not None and fit_type(ref, wanted) in wanted:
                return ref
        if tok.lower_ in self.L.CONTAINERS or tok.lower_ in self.L.CUE_NOUNS:
            # "la famille de modèles Llama", "the Orion family of models": the name nearby
            for j in range(tok.i + 1, min(tok.i + 4, tok.sent.end)):
                m = self.res.mention_at(j)
                if m is not None:
                    return self.res.ref(m)
                if not (tok.doc[j].pos_ == "DET" or PREP_NORM.get(tok.doc[j].lower_, tok.doc[j].lower_)
                        in self.L.GENITIVE or tok.doc[j].lower_ in self.L.CUE_NOUNS) \
                        or tok.doc[j].lower_ in self.L.INCLUDING:
                    break  # "des modèles comme A, B ou C": members, read as a list below
        if tok.pos_ in ("NOUN", "ADJ"):
            named = self.before_comma(tok)  # "DeepMind, le laboratoire ...", parsed loosely
            if named is not None and named.type in (ORG, PROJ) and named.name not in exclude and (
                    tok.lower_ in self.L.ANAPHORS or tok.lemma_.lower() in self.L.ANAPHORS):
                return named
        k = tok.i + 1
        if k < tok.sent.end and doc[k].text == "(":  # "an artificial intelligence (AI) startup"
            k = next((j + 1 for j in range(k + 1, min(k + 4, tok.sent.end)) if doc[j].text == ")"), k)
        nxt = doc[k] if k < tok.sent.end else None
        if tok.pos_ in ("NOUN", "PROPN", "ADJ") and nxt is not None and is_description(nxt, self.L) \
                and not is_description(tok, self.L) and self.res.mention_at(tok.i) is None \
                and (tok.pos_ == "ADJ" or nxt.dep_ in ("acl", "conj", "compound", "appos", "dep")
                     or tok.head.i == nxt.i):
            # "a robotics startup", "a generative AI startup", parsed with the modifier as the head
            return self.entity(nxt, exclude)
        return self.startup(tok, self.res.resolve(tok, exclude=exclude), exclude) or self.res.named_later(tok)

    def maker_told(self, tok: Token, exclude: frozenset) -> Ref | None:
        """"The Nimbus maker", "le créateur de Nimbus": the organisation the article has already
        said develops Nimbus (a definite description, a maker's role noun)."""
        frame = self.L.ROLES.get(tok.lemma_.lower()) or self.L.ROLES.get(tok.lower_)
        if tok.pos_ != "NOUN" or frame is None or frame.predicate != "develops" or not self.res.definite(tok):
            return None
        made = {self.res.ref(m).name for c in kids(tok)
                if (c.dep_ == "compound" and c.i < tok.i or prep_of(c) in self.L.OF_PREPS and c.i > tok.i
                    or c.dep_ == "pobj") and (m := self.res.mention_at(c.i)) is not None}
        made |= {self.res.ref(m).name for _, g in prep_args(tok) if (m := self.res.mention_at(g.i)) is not None}
        for _, f in reversed(self.facts):
            if f.predicate == "develops" and f.object.name in made and f.subject.name not in exclude:
                return Ref(f.subject.name, f.subject.type, True, f.subject.sure)
        return None

    def startup(self, tok: Token, found: Ref | None, exclude: frozenset) -> Ref | None:
        """"The startup", "la jeune pousse": not an organisation the article has investing in
        another and never funded, but the company it last told was funded."""
        if found is None or not (tok.lemma_.lower() in self.L.STARTUP_NOUNS or tok.lower_ in self.L.STARTUP_NOUNS):
            return found
        deals = [f for _, f in self.facts if f.predicate == "invests-in"]
        if not any(f.subject.name == found.name for f in deals) or any(f.object.name == found.name for f in deals):
            return found
        last = next((f.object for f in reversed(deals) if f.object.name not in exclude), None)
        return Ref(last.name, ORG, True, last.sure) if last is not None else found

    def named_after(self, tok: Token) -> Ref | None:
        """"son propre modèle d'IA open source baptisé X", "a new model of its own called X":
        a naming participle further on in the noun phrase of a description or cue noun,
        whatever the parse hung it on; the name takes the cue noun's type ("modèle": Product)."""
        cue_type = self.L.CUE_NOUNS.get(tok.lower_) or self.L.CUE_NOUNS.get(tok.lemma_.lower())
        if cue_type is None and not is_description(tok, self.L) and not (
                tok.pos_ == "NOUN" and tok.lemma_.lower() in self.L.KINDS):  # "the agency, known as X"
            return None
        doc, end = tok.doc, tok.sent.end
        for j in range(tok.i + 1, min(end - 1, tok.i + 9)):
            t = doc[j]
            if t.lemma_.lower() in self.L.NAMING or t.lower_ in self.L.CUE_LINKS:
                m = self.res.mention_at(j + 1)
                if m is None:
                    return None
                r = self.res.ref(m)
                return Ref(r.name, cue_type, r.via_coref, True) if cue_type and not r.sure else r
            if t.text in (",", ";", "(", ":") or (t.pos_ in ("VERB", "AUX") and t.dep_ not in ("acl", "amod")):
                return None
        return None

    def members_of(self, noun: Token, exclude: frozenset) -> list[Ref]:
        """The organisations a group noun is made of: "teams from X and Y", "des équipes de X"."""
        if noun.pos_ != "NOUN" or self.res.mention_at(noun.i) is not None:
            return []
        return [r for p, arg in prep_args(noun) if p in self.L.MEMBER_PREPS
                for r in self.refs(arg, exclude=exclude) if fit_type(r, {ORG}) == ORG]

    def _beside(self, tok: Token, c: Token) -> bool:
        """Name `c` stands beside description `tok` ("la start-up Contoso", "the company, Contoso"):
        an apposition, or a modifier with no comma between them ("le tour de table, dont A": not A)."""
        doc = tok.doc
        lo, hi = min(c.i, tok.i) + 1, max(c.i, tok.i)
        return c.dep_ == "appos" or not any(doc[k].text in (",", ";") for k in range(lo, hi))

    def described_name(self, arg: Token, exclude: frozenset) -> list[Ref]:
        """"in the German AI startup Globex Robotics" parsed with "AI" as the object and the rest
        hung elsewhere: the name right after a description, read off the words of the phrase
        (determiners, adjectives, generic words: "the German AI startup Y", "la jeune pousse Y")."""
        doc, end, L = arg.doc, arg.sent.end, self.L
        j, seen = arg.left_edge.i, False
        while j < end and j - arg.left_edge.i < 7:
            t = doc[j]
            m = self.res.mention_at(j)
            if m is not None and m.start == j:
                if not seen or m.start < arg.i:
                    return []
                r = self.res.ref(m)
                return [r] if r.name not in exclude and fit_type(r, {ORG, PROD, PROJ}) != PLACE else []
            word = t.lower_
            if word in L.ANAPHORS or t.lemma_.lower() in L.ANAPHORS:
                seen = True
            elif not (t.pos_ in ("DET", "ADJ") or word in L.GENERIC_WORDS or t.text == "-"
                      or t.pos_ == "NOUN" and t.text[:1].islower()):
                return []
            j += 1
        return []

    def named_between_commas(self, tok: Token) -> Ref | None:
        """"The startup, MosaicML, is ...": a description's name set between commas right after
        it, whatever the parse attached it to."""
        doc, end = tok.doc, tok.sent.end
        if not is_description(tok, self.L) or tok.i + 3 >= end or doc[tok.i + 1].text != ",":
            return None
        m = self.res.mention_at(tok.i + 2)
        if m is None or m.start != tok.i + 2 or m.end >= end or doc[m.end].text != ",":
            return None
        return self.res.ref(m)

    def before_comma(self, tok: Token) -> Ref | None:
        """The name just before the comma that opens `tok`'s noun phrase, if any."""
        start = min([tok.i] + [c.i for c in kids(tok) if c.i < tok.i and c.dep_ in (
            "det", "amod", "compound", "nmod", "nummod", "advmod")])
        j = start - 1
        if j > tok.sent.start and tok.doc[j].text == ",":
            m = self.res.mention_at(j - 1)
            # not a source opening the sentence: "Selon X, deux des cofondateurs ..."
            if m is not None and not (m.start == tok.sent.start + 1 and prep_of(tok.doc[m.start:m.end].root)):
                p = self.res.mention_at(m.start - 1) if m.start > tok.sent.start else None
                if p is not None:  # "Microsoft" + "Ventures, un nouveau fonds": one name cut in two
                    whole, end = Walker(self).whole(p, self.res.ref(p), j)
                    if end == m.end:
                        return whole
                return self.res.ref(m)
        return None

    def antecedents(self, rel: Token, exclude: frozenset) -> list[Ref]:
        """What a relative pronoun stands for: the name just before it (with the names
        coordinated with it: "X and Y, who left"), else its clause's head."""
        j = rel.i - 1
        # skip the comma, and the preposition of "in which", "dans laquelle"
        while j >= rel.sent.start and (rel.doc[j].is_punct or rel.doc[j].pos_ == "ADP"):
            j -= 1
        noun = rel.head.head if rel.head.dep_ in REL else None
        if noun is not None and is_staff(noun, self.L):
            # "X, une ancienne ingénieure de Globex qui a cofondé Y": the engineer, not her employer
            r = self.entity(noun, exclude)
            if r is not None and r.type != ORG:
                return [r]
        if j >= rel.sent.start:
            m = self.res.mention_at(j)
            if m is not None:
                head = rel.doc[m.start:m.end].root
                while head.dep_ == "conj" and self.res.mention_at(head.head.i) is not None:
                    head = head.head
                found = self.refs(head, exclude=exclude, walk=False)  # not past the relative clause
                return found if found else [self.res.ref(m)]
            if rel.doc[j].pos_ in ("NOUN", "PROPN"):
                r = self.entity(rel.doc[j], exclude)
                return [r] if r else []
        head = rel.head.head if rel.head.dep_ in REL else None
        if head is not None and head.i != rel.head.i:
            r = self.entity(head, exclude)
            return [r] if r else []
        return []

    def named_round_owner(self, tok: Token) -> Ref | None:
        """The company a round's own phrase names: "OpenAI's round", "une levée de fonds pour X",
        "le tour de table de X"."""
        for c in tok.subtree:
            if c.i != tok.i and (c.dep_ == "poss" and c.head.i == tok.i or (
                    prep_of(c) in self.L.ROUND_PREPS and self.res.mention_at(c.i)
                    and tok.i in (c.head.i, c.head.head.i) and 0 < c.i - tok.i < 10
                    # not "un tour mené par X, avec la participation de Y": Y takes part in it
                    and not (c.head.i != tok.i and prep_of(c.head) in self.L.COSUBJ_PREPS))):
                r = self.entity(c, frozenset())
                if r and r.type == PER and c.dep_ == "poss":  # "John Smith's Globex $6bn round": Globex's
                    named = [self.res.ref(m) for g in kids(tok) if g.dep_ == "compound"
                             and (m := self.res.mention_at(g.i)) is not None and fit_type(self.res.ref(m), {ORG}) == ORG]
                    r = named[0] if named else r
                if r:
                    return r
        left = tok.left_edge.i  # "Elon Musk's xAI $6 billion funding round", the name parsed apart
        m = self.res.mention_at(left - 1) if left > tok.sent.start else None
        if m is not None and m.end == left and tok.doc[left].pos_ in ("SYM", "NUM") \
                and fit_type(self.res.ref(m), {ORG}) == ORG:
            return self.res.ref(m)
        if tok.dep_ in SUBJ | PASS_SUBJ:  # "Une levée de fonds se prépare pour X", "a round is planned for X"
            for p, arg in prep_args(tok.head):
                if p in self.L.ROUND_PREPS and p in self.L.FOR_PREPS and self.res.mention_at(arg.i) is not None:
                    r = self.res.ref(self.res.mention_at(arg.i))
                    if fit_type(r, {ORG}) == ORG:
                        return r
        return None

    def round_owner(self, tok: Token, exclude: frozenset = frozenset()) -> Ref | None:
        """Who raises the money of a round: 'OpenAI's round', 'X a levé ... lors d'un tour',
        else the company the article last said was being funded."""
        r = self.named_round_owner(tok)
        if r is not None:
            return r
        head = tok.head
        for _ in range(3):
            if head.lemma_.lower() in self.L.RAISE_VERBS:
                for s in self.subjects(head):
                    return s
            if head.head.i == head.i:
                break
            head = head.head
        raiser = self.relative_raiser(tok, exclude)
        if raiser is not None:
            return raiser
        for r in reversed(self.funded):
            if r.name not in exclude:
                return Ref(r.name, r.type, True)
        # the company whose round it is was named in an earlier sentence
        return self.res.salient(tok.sent.start, {ORG}, exclude)

    def relative_raiser(self, tok: Token, exclude: frozenset) -> Ref | None:
        """"a Series B round, in which Y was able to raise $500m", "un tour de table au cours
        duquel Y a levé 50 millions": the subject of a raising verb in the relative clause
        after the round noun, however the parse hung the clause."""
        doc = tok.doc
        for j in range(tok.i + 1, min(tok.sent.end, tok.i + 12)):
            t = doc[j]
            if t.lower_ not in self.L.RELATIVES:
                if t.text in (";", ":") or t.pos_ in ("VERB", "AUX"):
                    return None
                continue
            verb = t
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            if verb.i < t.i:  # hung on an earlier clause: the verb after the pronoun, its subject before it
                verb = next((doc[k] for k in range(j + 1, min(tok.sent.end, j + 7)) if doc[k].pos_ == "VERB"), None)
                if verb is None or verb.lemma_.lower() not in self.L.RAISE_VERBS:
                    return None
                m = next((self.res.mention_at(k) for k in range(j + 1, verb.i) if self.res.mention_at(k)), None)
                r = self.res.ref(m) if m is not None else None
                return r if r is not None and r.name not in exclude and fit_type(r, {ORG}) == ORG else None
            chain = [verb] + [d for d in verb.subtree if d.dep_ in ("xcomp", "acomp", "ccomp") and d.i > t.i]
            if not any(w.lemma_.lower() in self.L.RAISE_VERBS for w in chain if w.pos_ in ("VERB", "AUX")):
                return None
            found = [r for r in self.subjects(verb) if r.name not in exclude and fit_type(r, {ORG}) == ORG]
            return found[0] if found else None
        return None

    def round_objects(self, tok: Token, exclude: frozenset) -> list[Ref]:
        """An investment with no object inside a funding round invests in the round's company."""
        rnd = self.round_near(tok)
        owner = self.round_owner(rnd, exclude) if rnd is not None else None
        return [owner] if owner else []

    def is_round(self, tok: Token) -> bool:
        """A funding round: "round", "tour de table", or "a Series B" (the compound names it)."""
        known = self._rounds.get(tok.i)
        if known is None:
            known = self._rounds[tok.i] = self._is_round(tok)
        return known

    def _is_round(self, tok: Token) -> bool:
        if tok.lemma_.lower() in self.L.ROUND_NOUNS or tok.lower_ in self.L.ROUND_NOUNS:
            # a noun ("a raise", "la levée"), not the verb ("which had raised $1bn")
            return tok.pos_ not in ("VERB", "AUX") or any(c.dep_ == "det" for c in kids(tok))
        if any(c.dep_ == "compound" and c.lower_ in self.L.ROUND_NOUNS for c in kids(tok)):
            return True
        if tok.pos_ == "NOUN" and any(  # "un cycle de financement", "a funding cycle": phrases
                f"{c.lower_} {tok.lemma_.lower()}" in self.L.ROUND_NOUNS if c.dep_ == "compound"
                else f"{tok.lemma_.lower()} {prep_of(c)} {c.lemma_.lower()}" in self.L.ROUND_NOUNS
                for c in kids(tok) if c.dep_ in ("compound", "nmod") or prep_of(c) is not None):
            return True
        if tok.dep_ in OBJ and is_amount(tok) and tok.head.lemma_.lower() in self.L.RAISE_VERBS \
                and any(c.dep_ in ("acl", "amod") for c in kids(tok)):
            return True  # "raised another $300 million led by X": the amount stands for the round
        # "une levée de fonds": the complement of a round noun
        return tok.dep_ == "nmod" and tok.head.lemma_.lower() in self.L.ROUND_NOUNS and tok.head.i < tok.i

    def round_near(self, tok: Token) -> Token | None:
        """A funding-round noun the trigger hangs from ("led by X with participation from Y")."""
        cur = tok
        for _ in range(4):
            if cur.head.i == cur.i:
                return None
            came_from, cur = cur, cur.head
            if self.is_round(cur):
                return cur
            if came_from.dep_ in SUBJ:
                return None  # "X, l'un des soutiens de A et B, mène le tour": the subject's own words
            for c in kids(cur):
                if c.dep_ in SUBJ | PASS_SUBJ | OBJ and self.is_round(c):
                    return c
        return None

    def subjects(self, tok: Token, depth: int = 0) -> list[Ref]:
        # a passive subject is the subject of a reflexive or active verb the parse took
        # for a passive ("X s'est associé à Y", "Hooli a racheté Y")
        deps = SUBJ | PASS_SUBJ if is_reflexive(tok, self.L) or not is_passive(tok, self.L) else SUBJ
        # of two subjects, the nearest before the verb that names someone ("[PARIS] ...: X, a
        # unicorn, is buying": not the dateline the parse made a subject too; "X, Y et Z ont
        # chacun apporté": not "chacun")
        cands = [c for c in sorted(kids(tok), key=lambda c: (c.i > tok.i, abs(c.i - tok.i)))
                 if c.dep_ in deps and not has_case(c)]  # "Selon Reuters, X ...": no subject
        for c in cands:
            if c.lower_ in ("un", "une", "one") and c.pos_ in ("PRON", "NUM"):
                found = self.opening_name(tok)  # "X, l'un des ..., mène": "l'un" parsed as the subject
                if found:
                    return found
            found = self.refs(c)
            if found and not (len(cands) > 1 and all(r.type == PLACE for r in found)):
                return self.coordinated_left(c, found)
        if any(c.lower_ not in self.L.RELATIVES for c in cands):
            return []
        if tok.dep_ == "conj" and tok.head.pos_ in ("PROPN", "NOUN", "X") and "VerbForm=Fin" in tok.morph:
            # "X, l'un des bailleurs d'entreprises comme A, B et C, dirige le tour", the verb
            # coordinated with the list: the name that opens the sentence before its apposition
            found = self.opening_name(tok)
            if found:
                return found
        if depth < 4 and tok.head.i != tok.i:
            if tok.dep_ in ("acl", "amod") and tok.head.pos_ == "NOUN" and self.res.mention_at(tok.head.i) is None:
                subject = copula_subject(tok.head, self.L)  # "X serait sur le point de racheter Y"
                found = self.refs(subject) if subject is not None else []
                if found:
                    return found
            if tok.dep_ in ("acl", "amod") and tok.head.pos_ in ("NOUN", "PROPN") \
                    and tok.head.lemma_.lower() not in self.L.TALK_NOUNS:
                found = self.refs(tok.head, conj=False)
                if found:  # a finite verb taken for a modifier: its "subject" may end a list
                    finite = "VerbForm=Fin" in tok.morph or tok.tag_ in ("VBD", "VBZ", "VBP")
                    return self.coordinated_left(tok.head, found) if finite else found
            if tok.dep_ in REL:
                found = self.refs(tok.head, conj=False)
                subject = described_subject(tok.head, self.L) if not found else None
                # "X is an entrepreneur who has been the CEO of Y": the predicate noun is X
                return self.refs(subject) if subject is not None else found
            if tok.dep_ == "xcomp":
                # object control: "accuse X of using", "accuser X d'utiliser" -> X uses
                if tok.head.dep_ in OBJ and self.res.mention_at(tok.head.i) is not None:
                    return self.refs(tok.head, conj=False)  # the object taken for the verb's head
                for c in kids(tok.head):
                    # not "used funds from Y to buy", "struck a deal with Y to use": no one
                    if c.dep_ in OBJ and c.i < tok.i and (self.res.mention_at(c.i) is not None or (
                            c.pos_ in ("PRON", "PROPN") or is_description(c, self.L)) and not plural(c)):
                        found = self.refs(c)
                        if found:
                            return found
                thing = any(c.dep_ in OBJ and c.i < tok.i and c.pos_ == "NOUN" and self.res.mention_at(c.i) is None
                            for c in kids(tok.head))  # "use Globex's cloud to train": Initech trains
                found = [] if thing else self.right_name(tok.head)
                if found and tok.head.lemma_.lower() in self.L.VERBS:
                    return found
            if tok.dep_ == "advcl" and any(c.dep_ in ("aux", "aux:tense") and c.i < tok.i for c in kids(tok)):
                # a finite clause hung on another ("... 38 Md$. X avait déjà participé", a missed
                # sentence break): the name before its auxiliary, not the other clause's subject
                found = self.left_name(tok)
                if found:
                    return found
            elif tok.dep_ == "advcl" and tok.head.i < tok.i:
                # "the authority found X processed data to train Y", the purpose clause hung on
                # "found": the subject of the clause in between
                inner = [t for t in tok.doc[tok.head.i + 1:tok.i] if t.dep_ in SUBJ
                         and t.head.i not in (tok.head.i, tok.i) and tok.head.i < t.head.i < tok.i
                         and t.head.dep_ not in REL and t.head.pos_ in ("VERB", "AUX")]
                if inner:
                    found = self.refs(inner[-1])
                    if found:
                        return found
            if tok.dep_ in CLIMB or tok.dep_ == "acomp":  # "X was able to raise": X raises
                found = self.subjects(tok.head, depth + 1)
                if found:
                    return found
        return self.left_name(tok)

    def opening_name(self, verb: Token) -> list[Ref]:
        """The name that opens the sentence when only its apposition, between commas, stands
        between it and `verb` ("X, l'un des ..., dirige", "X, one of ..., leads")."""
        doc, sent = verb.doc, verb.sent
        start = min([verb.i] + [c.i for c in kids(verb) if c.i < verb.i and c.dep_ in (
            "aux", "aux:tense", "aux:pass", "auxpass", "neg", "advmod")])  # "a levé", "n'a pas"
        m = self.res.mention_at(sent.start)
        if m is None or m.start != sent.start or m.end >= start or doc[m.end].text != "," \
                or doc[start - 1].text != ",":
            return []
        if any(t.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in t.morph for t in doc[m.end:start]):
            return []  # a clause of its own in between
        return [self.res.ref(m)]

    def fronted_agents(self, tok: Token, sent: Span) -> list[Ref]:
        """"Fondée en 2023 par A, B et C, ..." with "par A" hung elsewhere by the
        parser: the agents of a participle opening `sent`, read from the words
        before the first comma."""
        participle = ("VerbForm=Part" in tok.morph or tok.tag_ == "VBN"
                      or tok.lower_.endswith(("é", "ée", "és", "ées", "ed")))
        if not participle:
            return []
        doc = tok.doc
        for j in range(tok.i + 1, min(sent.end - 1, tok.i + 8)):
            if doc[j].text == ",":
                break
            if doc[j].lower_ in self.L.AGENT_PREPS:
                m = self.res.mention_at(j + 1)
                if m is not None and m.type in (PER, ORG):
                    return self.coordinated_right(doc[m.start], [self.res.ref(m)])
                break
        return []

    def after_fronted_clause(self, tok: Token, agents: list[Ref]) -> tuple[list[Ref], list[Ref]]:
        """"Fondée en 2019 par A, B et C, la start-up X développe...", parsed with no
        subject: (the agents listed "A, B et C", the name or description right
        after the comma that closes the list). The list ends with its "et"/"and"
        item, so a name the parser coordinated after it is the main subject."""
        doc, end, names = tok.doc, tok.sent.end, {a.name for a in agents}
        j = tok.i + 1
        while j < end and not ((m := self.res.mention_at(j)) is not None and self.res.ref(m).name in names):
            j += 1
        if j >= end:
            return [], []
        listed, m = [], self.res.mention_at(j)
        while True:
            listed.append(self.res.ref(m))
            last = m.end
            if last + 1 >= end or not (doc[last].text == "," or doc[last].lower_ in self.L.AND):
                break
            ended = doc[last].lower_ in self.L.AND
            m = self.res.mention_at(last + 1)
            if m is None or m.type != listed[0].type or self.res.ref(m).name not in names:
                break
            if ended:
                listed.append(self.res.ref(m))
                last = m.end
                break
        if last >= end or doc[last].text != ",":
            return listed, []
        for k in range(last + 1, end):
            t = doc[k]
            m = self.res.mention_at(k)
            if m is not None:
                return listed, [self.res.ref(m)]
            if t.pos_ == "NOUN" and (t.lower_ in self.L.ANAPHORS or t.lemma_.lower() in self.L.ANAPHORS):
                r = self.entity(t, frozenset(names))
                return listed, ([r] if r is not None else [])
            if t.pos_ not in ("DET", "ADJ", "NOUN"):
                break
        return listed, []

    def coordinated_right(self, arg: Token, found: list[Ref]) -> list[Ref]:
        """'par X, Y et Z' parsed with only X attached: the names listed after it."""
        m = self.res.mention_at(arg.i)
        if m is None or len(found) > 1:
            return found
        return Walker(self).from_token(arg, found, verbs=False)

    def coordinated_left(self, subj: Token, found: list[Ref]) -> list[Ref]:
        """'Orange et OpenAI ont signé', parsed with only OpenAI as subject: the names
        coordinated just before the subject belong to it."""
        m = self.res.mention_at(subj.i)
        if m is None or not found:
            return found
        # a list "A, B et C" ends with "et"/"and" ("Selon X, Y a..." is no list)
        extra = Walker(self).left(m.start, found[0], listed=len(found) > 1)
        names = {r.name for r in found}
        return [r for r in extra if r.name not in names] + found

    def right_name(self, verb: Token) -> list[Ref]:
        """A name right after the verb that the parse attached nowhere sensible
        ("a accusé DeepSeek d'utiliser", with DeepSeek tagged as a verb)."""
        j = verb.i + 1
        doc = verb.doc
        # "a racheté la jeune pousse X": determiners, adverbs, adjectives, a description
        while j < min(verb.sent.end, verb.i + 5) and self.res.mention_at(j) is None and (
                doc[j].pos_ in ("ADV", "PART", "DET", "ADJ") or doc[j].lower_ in ("l'", "l’")
                or doc[j].lower_ in self.L.CUE_NOUNS or is_description(doc[j], self.L)):
            j += 1
        if j < verb.sent.end:
            m = self.res.mention_at(j)
            tok = doc[j]
            if m is not None and fit_type(self.res.ref(m), {ORG, PER, PROD, PROJ}) != PLACE \
                    and tok.dep_ not in SUBJ | PASS_SUBJ and prep_of(doc[m.start:m.end].root) is None:
                return [self.res.ref(m)]
        return []

    def left_name(self, verb: Token) -> list[Ref]:
        """Names right before the verb and its auxiliaries ("X, Y et Z ont participé"),
        when the parse gave the verb no subject."""
        doc, start = verb.doc, verb.sent.start
        # before its auxiliaries, and a predicate noun's copula and preposition ("X serait en discussions")
        j = min([verb.i] + [c.i for c in kids(verb) if c.dep_.startswith("aux") or c.dep_ == "cop"
                            or (c.dep_ == "case" and c.i < verb.i)]) - 1
        while j >= start and doc[j].pos_ in ("AUX", "ADV", "PART") and not doc[j].is_punct:
            j -= 1
        if j > start and doc[j].text == ",":
            k = j - 1
            while k > start and doc[k].text != ",":
                k -= 1
            if doc[k].text == "," and k < j - 1:
                j = k - 1
        m = self.res.mention_at(j) if j >= start else None
        if m is None:
            return []
        last = self.res.ref(m)
        if m.type == "Place" and (j < verb.i - 1 or last.sure or is_known_place(last.name)):
            return []  # a dateline, a place; but "Hooli partners with X", an unknown name typed a place
        # "A, B et C ont ...": the names listed before it
        return Walker(self).left(m.start, last) + [last]

    def objects(self, tok: Token, frame: Frame, exclude) -> list[Ref]:
        out: list[Ref] = []
        # where the arguments may hang: the trigger; an auxiliary the parser took for
        # its head ("avoir investi dans X"); for a noun, its light verb ("porter
        # plainte contre X", "sign a partnership with X", "take a stake in X")
        hosts = [tok]
        if tok.dep_ in OBJ | {"xcomp", "attr"} and (
                tok.head.lemma_.lower() in self.L.AUXILIARIES or tok.pos_ in ("NOUN", "PROPN")):
            hosts.append(tok.head)
        if "obj" in frame.obj:
            for c in kids(tok):
                if c.dep_ in OBJ:
                    out += self.patients(c, frame, exclude)
            goods = frame.predicate == "supplies" and any(c.dep_ in OBJ for c in kids(tok))
            if not out and frame.predicate == "leads":  # "préside le conseil d'administration de Y"
                out += [r for c in kids(tok) if c.dep_ in OBJ for r in self.board_owner(c, exclude)]
            if not out and not goods:  # "to power large AI models": the goods, not a client
                out += self.relative_object(tok, exclude) or self.right_name(tok)
        preps = [p for p in frame.obj if p != "obj"]
        if preps:
            for host in hosts:
                for p, arg in prep_args(host):
                    if p in preps and arg.i != tok.i:
                        found = self.refs(arg, exclude=exclude) or self.described_name(arg, exclude)
                        if frame.predicate == "invests-in" and not frame.swap and self.res.mention_at(arg.i) is None \
                                and arg.lemma_.lower() in self.L.ARM_WORDS and is_description(arg, self.L):
                            # "is investing in the fund": a fund, not the firms that set it up or manage it
                            kind = self.L.KINDS.get(arg.lemma_.lower())  # "the partnership ... the fund"
                            found = [r for r in found if set(r.name.lower().split()) & self.L.ARM_WORDS
                                     or kind and any(self.L.KINDS.get(w) == kind for w in r.name.lower().split())]
                            named = [self.res.ref(m) for m in self.res.mentions if m.start < arg.i and (
                                arg.lower_ in self.res.ref(m).name.lower().split()  # "the Vandelay Fund"
                                or m.start > 0 and arg.doc[m.start - 1].lemma_.lower() == arg.lemma_.lower())]
                            if not found and named:  # "the Vandelay Fund ... the fund"
                                found = [Ref(named[-1].name, named[-1].type, True, named[-1].sure)]
                        if not found and arg.lemma_.lower() in self.L.WITHIN_NOUNS:
                            # "sa participation au sein d'Initech", "au capital de Y": the complement
                            found = [r for q, g in prep_args(arg) if q in self.L.GENITIVE
                                     for r in self.refs(g, exclude=exclude)]
                        if not found and frame.predicate in ("partners-with", "supplies"):
                            found = self.members_of(arg, exclude)  # "with fleets from X and Y"
                        out += found
                if out:
                    break
            # the object of "investir dans" is sometimes attached to the direct object,
            # and a noun's to its adjective ("un investissement conjoint dans X")
            if not out:
                for c in kids(tok):
                    if c.dep_ in OBJ or (tok.pos_ == "NOUN" and c.dep_ in ("acl", "amod")) or is_amount(c):
                        for p, arg in prep_args(c):
                            if p in preps:
                                out += self.refs(arg, exclude=exclude)
            if not out and tok.pos_ in ("VERB", "AUX"):
                out += self.relative_prep_object(tok, preps, exclude)
            if tok.pos_ == "VERB" and all(r.type == PLACE for r in out):
                # "invested for the third time in Y", hung on "time" (not "In France, X invested")
                nested = [r for p, arg in prep_args(tok) if p not in preps and arg.pos_ == "NOUN"
                          and self.res.mention_at(arg.i) is None
                          for q, g in prep_args(arg) if q in preps for r in self.refs(g, exclude=exclude)]
                out = nested or out
        return out

    def board_owner(self, tok: Token, exclude: frozenset = frozenset()) -> list[Ref]:
        """"the board of Y", "Y's board", "le conseil d'administration de Y": the company
        whose board `tok` is (its complement, or its complement's: "d'administration de Y")."""
        if tok.lemma_.lower() not in self.L.BOARD_NOUNS or self.res.mention_at(tok.i) is not None:
            return []
        for c in kids(tok):
            if c.dep_ == "poss":
                return self.refs(c, exclude=exclude)
        hosts = [tok]
        for _ in range(2):
            args = [arg for host in hosts for p, arg in prep_args(host) if p in self.L.GENITIVE]
            for arg in args:
                if self.res.mention_at(arg.i) is not None:
                    return self.refs(arg, exclude=exclude)
            hosts = args
        return []

    def patients(self, obj: Token, frame: Frame, exclude) -> list[Ref]:
        """The entities a direct object names; for supplies, also whom the goods serve:
        "supplies the processors used by X", "fabrique les puces conçues par X et Y"."""
        found = self.refs(obj, exclude=exclude)
        if frame.predicate != "supplies":
            return found
        served: list[Ref] = []  # whom goods are made or meant for, names listed after the first kept
        for c in kids(obj):
            if c.dep_ in ("acl", "amod", "relcl", "acl:relcl"):
                for g in agent_of(c, self.L):
                    served += self.coordinated_right(g, self.refs(g, exclude=exclude))
                for p, arg in prep_args(c):
                    if p in self.L.FOR_PREPS:
                        served += self.coordinated_right(arg, self.refs(arg, exclude=exclude))
        participle = any(c.dep_ in ("acl", "amod") for c in kids(obj))
        for p, arg in prep_args(obj):
            if p in self.L.FOR_PREPS or (participle and p in self.L.AGENT_PREPS):
                served += self.coordinated_right(arg, self.refs(arg, exclude=exclude))
        if served and self.res.mention_at(obj.i) is None:
            return served  # the object is the goods ("les puces"), whatever the parse coordinated with it
        if self.res.mention_at(obj.i) is None and obj.lemma_.lower() in self.L.SUPPLY_GOODS:
            return served  # "to power large AI models": a name beside the goods names them
        # what is supplied ("ses puces H100") is not whom it is supplied to
        return [r for r in found if fit_type(r, {ORG}) == ORG] or served

    def relative_object(self, verb: Token, exclude) -> list[Ref]:
        """'X, qu'il accuse de ...', 'X, which it bought': the object is the antecedent."""
        first = min([verb.i] + [c.i for c in kids(verb) if c.dep_ in SUBJ or c.dep_.startswith("aux")])
        j = first - 1
        if j >= verb.sent.start and verb.doc[j].lower_ in self.L.RELATIVES_OBJ:
            return self.antecedents(verb.doc[j], exclude)
        return []

    def relative_prep_object(self, verb: Token, preps, exclude) -> list[Ref]:
        """'X, dans laquelle Y a investi', 'X, in which Y invested', parsed with the relative
        pronoun hung anywhere: the antecedent, when the preposition is one of the frame's."""
        first = min([verb.i] + [c.i for c in kids(verb) if c.dep_ in SUBJ or c.dep_.startswith("aux")])
        doc, start = verb.doc, verb.sent.start
        j = first - 1
        if j > start and doc[j].lower_ in self.L.RELATIVES and (
                PREP_NORM.get(doc[j - 1].lower_, doc[j - 1].lower_) in preps):
            return self.antecedents(doc[j], exclude)
        return []

    def is_organisation(self, ref: Ref, sent: Span) -> bool:
        """Known as one, or described as one in the sentence ("X, un laboratoire", "la start-up X")."""
        if ref.type == ORG and ref.sure:
            return True
        return any(t.lemma_.lower() in self.L.ANAPHORS or t.lower_ in self.L.ANAPHORS
                   for t in self._describing(ref, sent))

    def is_described_product(self, ref: Ref, sent: Span) -> bool:
        """Described as a product in the sentence ("X, un assistant vocal", "le modèle X")."""
        return any(t.lemma_.lower() in self.L.PRODUCT_HEADS or t.lower_ in self.L.PRODUCT_HEADS
                   for t in self._describing(ref, sent))

    def _describing(self, ref: Ref, sent: Span) -> Iterator[Token]:
        """The words that may describe `ref` where the sentence names it: its appositions and
        complements, its head, the word before it, the noun after its comma."""
        for m in self.res.mentions:
            if m.start < sent.start or m.start >= sent.end or self.res.ref(m).name != ref.name:
                continue
            root = sent.doc[m.start:m.end].root
            yield from (c for c in kids(root) if c.dep_ in ("appos", "nmod"))
            yield root.head
            if m.start > sent.start:
                yield sent.doc[m.start - 1]
            j = m.end  # "X, un laboratoire ...", whatever the parse made of it
            if j < sent.end and sent.doc[j].text == ",":
                j += 1
                while j < sent.end and sent.doc[j].pos_ in ("DET", "ADJ"):
                    j += 1
                if j < sent.end:
                    yield sent.doc[j]

    def described(self, tok: Token) -> Ref | None:
        """The organisation a modifier describes: its head noun's entity, or the name after it."""
        head = tok.head if tok.dep_ != "ROOT" else tok
        for cand in (head, tok):
            m = self.res.mention_at(cand.i)
            if m is not None and fit_type(self.res.ref(m), {ORG, PROJ}) in (ORG, PROJ):
                return self.res.ref(m)
        # "l'américain Salesforce", "le néerlandais ASML": the name right after
        if tok.i + 1 < len(tok.doc):
            m = self.res.mention_at(tok.i + 1)
            if m is not None:
                return self.res.ref(m) if fit_type(self.res.ref(m), {ORG, PROJ}) in (ORG, PROJ) else None
        if head.pos_ in ("NOUN", "PROPN") and head.i != tok.i:
            r = self.entity(head, frozenset())
            if r is not None and fit_type(r, {ORG, PROJ}) in (ORG, PROJ):
                return r
        return None
