"""Lists of entities, read off the surface of the sentence.

The small parsers break coordination often: "A, B et C" comes out with C hung
on the verb, an apposition ("A, the chipmaker whose ..., and B") cuts the
conj chain, "with A, B and C kicking in" makes C a compound of a noun. The
walker here reads a list from its words: members (mentions of compatible
types, each maybe introduced by a determiner or a description, "existing
investor B", and maybe followed by its own apposition or relative clause up
to the next comma), separated by commas and a closing "and"/"et"/"or"/"ou".
It stops at a finite verb that is not the list's own, at a name of an
incompatible type, and at anything else; a run of names joined by commas
only counts when a conjunction or the sentence's end closes it, so a list
never swallows the subject of the next clause ("Globex bought Initech,
Hooli said").

On top of the walker, the list constructions of investing:

- "investors such as A, B and C", "plusieurs investisseurs, parmi lesquels
  A, B et C", "... ont participé au tour de table, dont A, B et C": the
  members a plural noun stands for (`including_members`);
- "Globex's venture arm", "la division capital-risque de Globex": the
  investor is the arm when it is named, else its parent (`arm_owner`);
- "Jeanne et Paul Martin": two persons sharing a surname (`shared_surname`);
- co-investors of an investment: "alongside A", "along with A and B", "aux
  côtés de A et B", "with A, B and C kicking in", "avec A et B en co-lead",
  "and was joined by A and B" (`co_investors`);
- "avec la participation de A, B et C", "with backing from A": participants
  of the round the governing verb raises (`with_participation`);
- "A, B and C also invested", "ont également participé": the company whose
  funding the article has just told (`funded_earlier`).
"""
from __future__ import annotations

from spacy.tokens import Token

from extractors.coref import Ref
from extractors.lexicon import demonym_place, is_known_place
from extractors.mentions import _LEGAL, Mention
from extractors.pipeline import common_words
from extractors.rules.syntax import OBJ, PASS_SUBJ, PREP_NORM, SUBJ, agent_of, is_amount, kids, prep_args, prep_of
from extractors.rules.types import ORG, PER, PLACE, PROD, fit_type

_APOSTROPHE_S = ("'s", "’s", "'", "’")
_LEAD_POS = ("DET", "ADJ", "NOUN", "NUM")   # "the", "existing investor", "three"
_MAX_LEAD = 6


def _group(r: Ref) -> str:
    """Which names may stand in one list: places with places, sure products with
    products, everything else (organisations, people, NER guesses) together."""
    if r.type == PLACE and (r.sure or is_known_place(r.name)):
        return PLACE
    if r.type == PROD and r.sure:
        return PROD
    return "agent"


def compatible(first: Ref, other: Ref) -> bool:
    return _group(first) == _group(other)


def _noun_before_name(t: Token, j: int, end: int, res) -> bool:
    """A noun the tagger took for a verb, right before a member's name ("telecoms
    billionaire Paul Martin"): in the lemmatizer's list of nouns, lower case."""
    words = common_words(t.lang_)
    m = res.mention_at(j + 1) if j + 1 < end else None
    return (words is not None and m is not None and m.start == j + 1 and t.text[:1].islower()
            and words.is_noun(t.text))


def _is_finite(t: Token) -> bool:
    """A finite verb or auxiliary: the start of another clause's predicate."""
    if t.pos_ == "AUX":
        return True
    if t.pos_ != "VERB":
        return False
    return "VerbForm=Fin" in t.morph or t.tag_ in ("VBD", "VBZ", "VBP", "MD")


def _norm(w: str) -> str:
    return PREP_NORM.get(w, w)


class Walker:
    """Reads lists of names in one sentence of one article."""

    def __init__(self, a):
        self.a = a
        self.L = a.L
        self.res = a.res
        # "Fidelity Management & Research": a symbol joins the words of one name
        self.conj = {w for w in set(a.L.AND) | set(a.L.OR) if w.isalpha()}
        self.skipped: set[str] = set()  # tickers read past ("Microsoft Corp. MSFT")
        self.verbs = True  # a finite verb after a name ends the list before it

    # -- one member ------------------------------------------------------------
    def member_at(self, k: int, end: int, first: Ref | None, anchor: Token | None = None,
                  *, loose: bool = True) -> tuple[Ref, int, bool] | None:
        """The member that starts at token `k` (after its lead words): (its entity, the
        index just past it, whether it came bare, with no lead words), or None.
        `anchor`: a token of the list, whose own verb may follow the member."""
        doc, L, res = self.a.res.doc, self.L, self.res
        j, lead, titled = k, 0, False
        # lead words: "the", "existing investor", "la division capital-risque de", "de"
        while j < end and lead < _MAX_LEAD:
            t = doc[j]
            p = res.mention_at(j)
            if p is not None:
                # "and United Arab Emirates state-backed investor C": a place that modifies the
                # member's description is one of its lead words, not a member
                if not (p.start == j and p.end < end and is_known_place(res.ref(p).name)
                        and doc[p.end].text[:1].islower() and doc[p.end].pos_ in ("NOUN", "ADJ", "VERB")):
                    break
                j, lead = p.end, lead + 1
                continue
            titled = titled or t.lower_ in L.ROLES and L.ROLES[t.lower_].predicate != "invests-in"
            if not (t.pos_ in _LEAD_POS and t.text[:1].islower() or t.text == "-" or t.lower_ in L.ROLES
                    or t.pos_ == "VERB" and (t.dep_ == "amod" or _noun_before_name(t, j, end, res))
                    or t.pos_ in ("ADJ", "PROPN") and demonym_place(t.text, L.LANG) is not None  # "Canadian investor C"
                    or _norm(t.lower_) in L.GENITIVE):
                return None
            j += 1
            lead += 1
        m = res.mention_at(j) if j < end else None
        if m is None or m.start != j:
            return None
        r = res.ref(m)
        if first is not None and not compatible(first, r):
            return None
        if titled and (r.type != PER or first is not None and first.type != PER):
            return None  # "X, le PDG A et le chercheur B": people named by their titles, no fellows of X
        r, after = self.whole(m, r, end)
        if after < end and doc[after].lower_ in _APOSTROPHE_S:
            # "Globex's venture arm": the arm, or its parent
            arm = self._arm_after(after + 1, end)
            if arm is None:
                return None  # "Hooli's founder", "Initech's rival": a possessor, no member
            named, after = arm
            r = named or r
        # a finite verb right after it (adverbs aside) opens another clause, unless it
        # is the list's own verb ("A, B and C also invested")
        v = after
        while v < end and doc[v].pos_ in ("ADV", "PART") and doc[v].lower_ not in _APOSTROPHE_S:
            v += 1
        if v < end and _is_finite(doc[v]) and self.verbs:
            if anchor is None or not (_governs(doc[v], anchor, loose) or _outer_subject(doc[v], anchor)):
                return None
        return r, after, lead == 0

    def whole(self, m: Mention, r: Ref, end: int) -> tuple[Ref, int]:
        """A name the NER cut in pieces, read whole ("ICONIQ" + "Capital", "Fidelity
        Management & Research Company"), and past a ticker ("Microsoft Corp. MSFT"):
        (the name, the index past it)."""
        doc, res = self.res.doc, self.res
        last = after = m.end
        while after < end:
            k = after + 1 if doc[after].text == "&" else after
            n = res.mention_at(k) if k < end else None
            if n is None or n.start != k:
                break
            word = doc[k].text
            if k == after and n.end == k + 1 and word.isupper() and 1 < len(word) <= 5 and word.isalpha():
                self.skipped.add(res.ref(n).name)  # a ticker after the name
                after = n.end
                break
            if not (doc[k].is_title or word.isupper()):
                break
            if n.type != m.type and doc[n.end - 1].lower_ not in self.L.ORG_WORDS:
                break
            if any(doc[x].lower_ in self.L.ROLES for x in range(n.start, n.end)):
                break  # "Databricks Chief Executive Ali Ghodsi": a title, no part of the name
            last = after = n.end
        if last == m.end:
            return r, after
        type_ = r.type if r.type == ORG or r.type == res.ref(res.mention_at(last - 1)).type else ORG
        return Ref(doc[m.start:last].text, type_, r.via_coref, False), after

    def _arm_after(self, j: int, end: int) -> tuple[Ref | None, int] | None:
        """After "X's": "venture arm", "investment unit" (+ its name): (the name, end)."""
        doc = self.res.doc
        for k in range(j, min(end, j + 3)):
            t = doc[k]
            if t.lemma_.lower() in self.L.ARM_NOUNS or t.lower_ in self.L.ARM_NOUNS:
                after = k + 1
                m = self.res.mention_at(after) if after < end else None
                if m is not None and m.start == after:
                    return self.res.ref(m), m.end
                return None, after
            if not (t.pos_ in ("NOUN", "ADJ") and t.text[:1].islower()):
                return None
        return None

    def _in_apposition(self, k: int, after: int, span: tuple[int, int] | None) -> bool:
        """The member found between tokens `k` and `after` is coordinated, in the parse, with a
        name inside the apposition `span` passed over before it ("X, a unicorn backed by A, B and
        C, is buying Y": B and C are A's fellows)."""
        if span is None:
            return False
        doc = self.res.doc
        for i in range(k, after):
            m = self.res.mention_at(i)
            if m is not None:
                cur = doc[m.start:m.end].root
                while cur.dep_ == "conj" and cur.head.i != cur.i:
                    cur = cur.head
                    if span[0] <= cur.i < span[1]:
                        return True
                return False
        return False

    def _reports(self, k: int, end: int) -> bool:
        """A reporting clause starts at token `k`: "indique la start-up", "a précisé le groupe",
        "said the company", "selon X", "according to X"."""
        doc, L = self.res.doc, self.L

        def says(i: int) -> int | None:  # the index past a reporting word at i (auxiliaries skipped)
            while i < end and doc[i].pos_ == "AUX":
                i += 1
            t = doc[i] if i < end else None
            return i + 1 if t is not None and (t.lower_ in L.SAY_VERBS or t.lemma_.lower() in L.SAY_VERBS) else None

        after = says(k)  # "indique la start-up", "according to X": the word first, its subject after
        if after is not None:
            return after < end and not doc[after].is_punct
        for i in range(k + 1, min(end, k + 5)):  # "the startup said.", "Hooli said in a statement"
            after = says(i)
            if after is not None:
                return after >= end or doc[after].is_punct or doc[after].pos_ == "ADP"
            if not (doc[i - 1].pos_ in ("DET", "ADJ", "NOUN", "PROPN") and self.res.mention_at(i - 1) is None
                    or self.res.mention_at(i - 1) is not None):
                return False
        return False

    def _skip_apposition(self, j: int, end: int) -> int | None:
        """At the comma `j` after a member: the index of the comma that closes its
        apposition or relative clause (", the chipmaker whose ..., and B"), if any."""
        doc = self.res.doc
        if j + 1 >= end:
            return None
        t = doc[j + 1]
        opens = (t.pos_ in ("DET", "ADJ") or t.lower_ in self.L.RELATIVES
                 or (t.pos_ == "NOUN" and t.text[:1].islower()))
        if not opens or t.lower_ in self.conj:
            return None
        depth = 0
        for k in range(j + 1, end):
            w = doc[k].text
            if w in ("(", "["):
                depth += 1
            elif w in (")", "]"):
                depth -= 1
            elif w in (",", ";") and depth <= 0:
                return k if w == "," else None
        return None

    def enclosed(self, k: int) -> bool:
        """The phrase starting at token `k` lies in the apposition or relative clause of
        an earlier name ("A, which invested in B, and C"): a ", and" after it goes back
        to the outer list."""
        doc = self.res.doc
        start = doc[k].sent.start
        j = k - 1
        while j > start and doc[j].text not in (",", ";", "(", ":"):
            j -= 1
        if j <= start or doc[j].text != "," or j == k - 1:
            return False
        t = doc[j + 1]
        opener = (t.lower_ in self.L.RELATIVES or t.pos_ in ("DET", "ADJ")
                  or t.pos_ == "NOUN" and t.text[:1].islower())
        return opener and self.res.mention_at(j - 1) is not None

    def right(self, j: int, first: Ref, anchor: Token | None = None, *, start: int | None = None
              ) -> list[Ref]:
        """The members listed after a first member `first` that ends before token `j`
        (and starts at `start`)."""
        doc = self.res.doc
        end = doc[max(j - 1, 0)].sent.end
        inner = start is not None and self.enclosed(start)
        apposed = False  # an apposition was passed over
        span = None  # the last apposition passed over: (first token, closing comma)
        members: list[Ref] = []
        pending: list[tuple[Ref, bool]] = []  # after commas: kept when a conjunction or the sentence's end closes the list
        while j < end:
            t = doc[j]
            if t.text == "(":  # "Globex (GBX)"
                close = next((k for k in range(j + 1, min(end, j + 12)) if doc[k].text == ")"), None)
                if close is None:
                    break
                j = close + 1
                continue
            if t.text == ",":
                k = j + 1
                closing = k < end and doc[k].lower_ in self.conj
                if closing and inner and not pending:
                    break  # "A, which invested in B, and C": C is A's fellow, not B's
                found = self.member_at(k + closing, end, first, anchor, loose=not apposed)
                if found is not None and self._in_apposition(k + closing, found[1], span):
                    break  # "X, a unicorn backed by A, B and C, ...": B and C are the apposition's
                if found is not None:
                    r, j, bare = found
                    if closing:
                        return members + [x for x, _ in pending] + [r]
                    pending.append((r, bare))
                    continue
                if closing:
                    break
                if pending and self._reports(k, end):
                    # "figurent A, la banque B, le transporteur C, indique la start-up": a list closed
                    # by a reporting clause
                    return members + [x for x, _ in pending]
                skip = self._skip_apposition(j, end)
                if skip is None:
                    break
                span = (j + 1, skip)
                j, apposed = skip, True
                continue
            if t.lower_ in self.conj:
                found = self.member_at(j + 1, end, first, anchor, loose=not apposed)
                if found is not None and self._in_apposition(j + 1, found[1], span):
                    break
                if found is not None:
                    return members + [r for r, _ in pending] + [found[0]]
            break
        if pending and all(doc[x].is_punct and doc[x].text not in (",", "(", "-", "'") for x in range(j, end)):
            # a list that runs to the end of the sentence ("X, Y…"), of bare names
            # (", the No. 1 ..." is an apposition)
            members += [r for r, _ in pending] if all(bare for _, bare in pending) else []
        return members

    def from_token(self, tok: Token, found: list[Ref], *, verbs: bool = True) -> list[Ref]:
        """`found` (what `tok` stands for) and the names listed after `tok`'s phrase.
        With `verbs=False` a name before a finite verb may end the list (an agent's
        list: "un partenariat entre A et B a été annoncé")."""
        if not found:
            return found
        m = self.res.mention_at(tok.i)
        if m is not None:
            start = m.start
            first, j = self.whole(m, found[0], tok.sent.end)
            if first.name != found[0].name and found[0].name == self.res.ref(m).name:
                found = [first] + found[1:]  # "ICONIQ" + "Capital"
            if j < tok.sent.end and tok.doc[j].lower_ in _APOSTROPHE_S:
                arm = self._arm_after(j + 1, tok.sent.end)
                if arm is None:
                    return found
                j = arm[1]
        elif tok.pos_ in ("NOUN", "PROPN") and (n := self._described_name(tok, found[0])) is not None:
            # "l'éditeur américain de logiciels Globex, la banque Initech, ...": past the description's name
            j, start = n.end, tok.left_edge.i
        elif tok.pos_ == "NOUN" and (tok.lemma_.lower() in self.L.ARM_NOUNS or tok.lower_ in self.L.ARM_NOUNS):
            # "Globex's venture arm, B and C": past the noun
            if any(c.i > tok.i and c.dep_ not in ("punct", "cc", "conj", "appos") for c in kids(tok)):
                return found
            j, start = tok.i + 1, tok.left_edge.i
        else:
            return found
        names = {r.name for r in found}
        self.verbs = verbs
        extra = [r for r in self.right(j, found[0], tok, start=start) if r.name not in names]
        out = found + extra
        # a name the NER cut in two, read whole by the walker: not its parts too, nor its ticker
        whole = [x.name for x in out if " " in x.name]
        return [r for r in out if r.name not in self.skipped and not any(
            x != r.name and (x.startswith(r.name + " ") or x.endswith(" " + r.name)) for x in whole)]

    def _described_name(self, tok: Token, first: Ref) -> Mention | None:
        """The mention of `first` written within a few words after description `tok`, with only
        lower-case words between ("la banque Initech", "l'éditeur américain de logiciels Globex")."""
        doc = self.res.doc
        if not (tok.lower_ in self.L.ANAPHORS or tok.lemma_.lower() in self.L.ANAPHORS):
            return None
        for j in range(tok.i + 1, min(tok.sent.end, tok.i + 6)):
            m = self.res.mention_at(j)
            if m is not None:
                return m if m.start == j and self.res.ref(m).name == first.name else None
            if not (doc[j].text[:1].islower() and doc[j].pos_ in ("ADJ", "NOUN", "ADP", "DET")):
                return None
        return None

    def left(self, k: int, first: Ref, *, listed: bool = False) -> list[Ref]:
        """The names listed before a member that starts at token `k`: "A, B and C",
        "A, the chipmaker, and B", "A, qui fabrique des puces, et B", "A, B ou C".
        Read leftwards, a list opens with the conjunction before its last member
        (`listed`: that member was already found past one), so "Selon X, Y a ..." is no
        list; a name introduced by a preposition or the object of a verb is no member."""
        doc = self.res.doc
        start = doc[k].sent.start
        out: list[Ref] = []
        seen_conj, j = listed, k - 1
        while j > start and doc[j].pos_ == "DET" and doc[j].text[:1].islower() and k - j <= 2:
            j -= 1  # "..., la Société des Gens de Lettres": the member's article
        while j > start:
            t = doc[j]
            if t.lower_ in self.conj:
                if seen_conj:
                    break
                seen_conj = True
                j -= 1
                if j > start and doc[j].text == ",":  # "A, B, and C"
                    j -= 1
            elif t.text == "," and seen_conj:
                j -= 1
            else:
                break
            found = self._member_ending_at(j, start, first)
            if found is None:
                break
            r, j = found
            out.insert(0, r)
        return out

    def _member_ending_at(self, j: int, start: int, first: Ref) -> tuple[Ref, int] | None:
        """The member whose phrase ends at token `j` (its apposition or relative clause
        included): (its entity, the index just before it)."""
        doc, res = self.res.doc, self.res
        if doc[j].text == ")":  # "le Syndicat A (SA), ...": the name before its acronym
            q = j - 1
            while q > start and doc[q].text != "(" and j - q <= 6:
                q -= 1
            if doc[q].text == "(" and q - 1 >= start and res.mention_at(q - 1) is not None:
                j = q - 1
        m = res.mention_at(j)
        if m is None:  # "A, the chipmaker," / "A, qui fabrique des puces,"
            p = j
            while p > start and doc[p].text not in (",", ";"):
                p -= 1
            if doc[p].text != "," or p + 1 > j:
                return None
            t = doc[p + 1]
            opens = (t.lower_ in self.L.RELATIVES or t.pos_ in ("DET", "ADJ")
                     or t.pos_ == "NOUN" and t.text[:1].islower())
            m = res.mention_at(p - 1) if opens and p > start else None
            if m is None:
                return None
        r = res.ref(m)
        root = doc[m.start:m.end].root
        if not compatible(first, r) or prep_of(root) is not None or root.dep_ in OBJ | {"pobj"}:
            return None
        b = m.start - 1  # lead words: "existing investor B", "the startup B"
        while b > start and res.mention_at(b) is None and doc[b].text[:1].islower() and doc[b].pos_ in (
                "DET", "ADJ", "NOUN") and m.start - b <= 3:
            b -= 1
        return r, b

    def marker_end(self, k: int, end: int) -> int | None:
        """The index past an "including" marker at `k` ("such as", "parmi lesquels", "dont"), if one."""
        doc = self.res.doc
        phrases = _including(self.L)
        if k >= end or doc[k].lower_ not in phrases:
            return None
        for words in phrases[doc[k].lower_]:
            if k + len(words) <= end and all(doc[k + i].lower_ == w for i, w in enumerate(words)):
                j = k + len(words)
                # "parmi lesquels", "among them", "dont notamment"
                while j < end and (doc[j].pos_ == "PRON" or doc[j].lower_ in self.L.INCLUDING) \
                        and self.res.mention_at(j) is None:
                    j += 1
                return j
        return None

    def list_at(self, k: int, end: int, anchor: Token | None = None) -> list[Ref]:
        """A list that starts at token `k` (lead words allowed)."""
        found = self.member_at(k, end, None, anchor)
        if found is None:
            return []
        r, j, _ = found
        return [r] + [x for x in self.right(j, r, anchor, start=k) if x.name != r.name]


_INCLUDING: dict[str, dict[str, list[list[str]]]] = {}


def _including(L) -> dict[str, list[list[str]]]:
    """A language's "including" markers by first word, the longest first."""
    if L.LANG not in _INCLUDING:
        by_first: dict[str, list[list[str]]] = {}
        for phrase in sorted(L.INCLUDING, key=lambda p: -len(p.split())):
            by_first.setdefault(phrase.split()[0], []).append(phrase.split())
        _INCLUDING[L.LANG] = by_first
    return _INCLUDING[L.LANG]


def _governs(verb: Token, tok: Token, loose: bool = True) -> bool:
    """`verb` is the predicate of the list `tok` belongs to: the head of its first
    conjunct, or (`loose`) hung on it ("Globex(ROOT), Initech et Umbrella ont participé";
    not after an apposition: "Globex, which ..., and Initech signed")."""
    cur = tok
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    aux = verb.pos_ == "AUX" and verb.dep_ in ("aux", "auxpass", "aux:pass", "aux:tense") \
        and verb.head.i == cur.head.i  # "A, B and C are partnering": the auxiliary of their verb
    return verb.i in (cur.i, cur.head.i) or aux or loose and verb.head.i == cur.i


def _outer_subject(verb: Token, tok: Token) -> bool:
    """The verb after the list has its own subject before the list: the list lies inside
    that subject ("Les investisseurs de l'entreprise fondée par A, B et C ont participé")."""
    head = verb.head if verb.pos_ == "AUX" and verb.dep_ != "ROOT" else verb
    subj = [c for c in kids(head) if c.dep_ in SUBJ | PASS_SUBJ]
    return bool(subj) and all(c.i < tok.i and c.i < tok.left_edge.i or c.right_edge.i >= tok.i > c.i
                              for c in subj) and not any(c.i > tok.i for c in subj)


def plural(tok: Token) -> bool:
    return "Number=Plur" in tok.morph or tok.tag_ in ("NNS", "NNPS")


def including_members(a, noun: Token) -> list[Ref]:
    """"investors such as A, B and C", "des investisseurs, parmi lesquels A, B et C",
    "Plusieurs investisseurs ont participé ..., dont A, B et C": the members named
    for a plural noun, after an "including" word that follows it closely, or after
    a comma later in its sentence when no other plural noun comes in between."""
    if noun.pos_ != "NOUN" or not plural(noun) or a.res.mention_at(noun.i) is not None:
        return []
    w = Walker(a)
    doc, end = noun.doc, noun.sent.end
    for k in range(noun.i + 1, end):
        t = doc[k]
        j = w.marker_end(k, end)
        if j is not None:
            # right after the noun, or after its own complement ("des géants de la gestion d'actifs tels que")
            near = all(doc[x].pos_ in ("ADJ", "ADV", "PUNCT") or doc[x].pos_ in ("ADP", "DET", "NOUN")
                       and a.res.mention_at(x) is None and noun.left_edge.i <= x <= noun.right_edge.i
                       for x in range(noun.i + 1, k))
            if near or doc[k - 1].text == ",":
                found = w.member_at(j, end, None)
                if found is not None:  # the first member, its conjuncts and the names listed after it
                    m = next((a.res.mention_at(x) for x in range(j, found[1]) if a.res.mention_at(x)), None)
                    head = doc[m.start:m.end].root if m is not None else None
                    listed = a.refs(head) if head is not None else []
                    return listed if found[0].name in {r.name for r in listed} else w.list_at(j, end)
            return []
        if t.pos_ == "NOUN" and plural(t) and a.res.mention_at(k) is None and not _complement_of(t, noun):
            return []  # the list belongs to the nearer plural noun (not the noun's own complement:
            # "des géants de la gestion d'actifs tels que A, B ou C")
        if t.text in (";", ":"):
            return []
    return []


def _complement_of(t: Token, noun: Token) -> bool:
    """`t` lies in a prepositional complement of `noun` ("la gestion d'actifs" of "géants")."""
    cur = t
    for _ in range(4):
        if cur.head.i == cur.i or cur.dep_ in ("conj", "appos") or prep_of(cur) is None:
            return False
        cur = cur.head
        if cur.i == noun.i:
            return True
    return False


def legal_owner(a, m: Mention) -> Ref | None:
    """"Prosperity7 Ventures, LLC": a mention that is only a legal form names the company
    before its comma (read whole when the NER cut it: "Prosperity7" + "Ventures")."""
    doc, res = a.res.doc, a.res
    if m.end - m.start != 1 or doc[m.start].lower_.rstrip(".") not in _LEGAL or m.start < 2 \
            or doc[m.start - 1].text != ",":
        return None
    p = res.mention_at(m.start - 2)
    if p is None:
        return None
    while p.start > 0 and (q := res.mention_at(p.start - 1)) is not None and doc[p.start].is_title:
        p = q  # back to the first piece of a name cut in two
    whole, end = Walker(a).whole(p, res.ref(p), m.start - 1)
    return whole if end == m.start - 1 else res.ref(res.mention_at(m.start - 2))


def arm_owner(a, tok: Token) -> Ref | None:
    """"Globex's venture arm", "la division capital-risque de Globex", "l'entité
    d'investissement de Globex": the parent named beside an arm noun (the arm's own
    name, when it has one, is found before this as the noun's apposition)."""
    if tok.lemma_.lower() not in a.L.ARM_NOUNS and tok.lower_ not in a.L.ARM_NOUNS:
        return None
    for c in kids(tok):
        if c.dep_ == "poss":
            m = a.res.mention_at(c.i)
            if m is not None:
                return a.res.ref(m)
    for c in kids(tok):
        if prep_of(c) in a.L.GENITIVE and c.i > tok.i:
            m = a.res.mention_at(c.i)
            if m is not None:
                return a.res.ref(m)
    # loosely parsed: "la division capital-risque de Globex", the name within a few words
    doc = tok.doc
    for j in range(tok.i + 1, min(tok.sent.end, tok.i + 6)):
        t = doc[j]
        m = a.res.mention_at(j)
        if m is not None:
            return a.res.ref(m) if _norm(doc[j - 1].lower_) in a.L.GENITIVE else None
        if not (t.text[:1].islower() or t.text == "-"):
            break
    return None


def shared_surname(a, m: Mention, r: Ref) -> Ref:
    """"Jeanne et Paul Martin", "Dario and Daniela Amodei": a lone first name joined to
    a full name by "and" names a person of that surname."""
    doc, res = a.res.doc, a.res
    if m.end - m.start != 1 or m.type != PER or r.sure or r.name != m.name or " " in m.name:
        return r  # (a mention already given its full name by the mentions: nothing to add)
    j = m.end
    if j + 2 >= len(doc) or doc[j].lower_ not in a.L.AND:
        return r
    n = res.mention_at(j + 1)
    if n is None or n.start != j + 1 or n.type != PER or len(n.name.split()) < 2:
        return r
    if res.ref(n).type != PER or not doc[m.start].is_title:
        return r
    surname = n.name.split()[-1]
    if surname == m.name:
        return r
    # the lone word is no surname the article gives someone else ("Musk and Sam Altman")
    if any(x.name.split()[-1] == m.name for x in res.mentions if x.end - x.start > 1):
        return r
    return Ref(f"{m.name} {surname}", PER, r.via_coref, False)


def _cosubject_preps(tok: Token, L) -> list[tuple[str, Token]]:
    """Prepositional arguments of `tok`, with two-word prepositions joined ("along with")."""
    out = list(prep_args(tok))
    for c in kids(tok):
        if c.dep_ in ("prep", "advmod") and c.pos_ in ("ADP", "ADV"):
            for g in kids(c):
                if g.dep_ == "prep":
                    for x in kids(g):
                        if x.dep_ == "pobj":
                            out.append((f"{c.lower_} {g.lower_}", x))
    return out


def _invests(tok: Token, L) -> bool:
    """An investing nominal ("investment", "participation")."""
    frame = L.NOUNS.get(tok.lemma_.lower())
    return tok.pos_ == "NOUN" and frame is not None and frame.predicate == "invests-in"


def co_investors(a, tok: Token, frame_obj: tuple[str, ...], exclude: frozenset) -> list[Ref]:
    """Who invests beside the subject of investing verb `tok`: "alongside A", "along
    with A and existing investor B", "aux côtés de A et B", "with A, B and C kicking
    in", "avec A et B en co-lead", "and was joined by A and B", "X, joined by A, ...".
    """
    L = a.L
    out: list[Ref] = []
    args = _cosubject_preps(tok, L)
    # "investi dans Hooli aux côtés de X", "in Hooli alongside X": hung on the object;
    # "leading the round with a €200m investment, with X committing ...": on the amount
    for c in [arg for _, arg in args] + [c for c in kids(tok) if c.dep_ in OBJ]:
        money = is_amount(c) or _invests(c, L)
        args += [(p, g) for p, g in _cosubject_preps(c, L) if g.lemma_.lower() in L.COSUBJ_PREPS
                 or p in L.COSUBJ_PREPS and (money or p not in L.WITH_PREPS)]
    # "a round led by X, along with Y", the co-investors hung on the round or on its verb
    if tok.dep_ in ("acl", "amod") and a.is_round(tok.head):
        rnd = tok.head
        args += [(p, g) for p, g in _cosubject_preps(rnd, L) if p in L.COSUBJ_PREPS]
        if rnd.dep_ in OBJ:
            args += [(p, g) for p, g in _cosubject_preps(rnd.head, L)
                     if p in L.COSUBJ_PREPS and p not in L.WITH_PREPS]
    for p, arg in args:
        if arg.lemma_.lower() in L.COSUBJ_PREPS or arg.lower_ in L.COSUBJ_PREPS:
            # "aux côtés de Z": the noun's complement
            for q, g in prep_args(arg):
                if q in L.GENITIVE:
                    out += a.refs(g, exclude=exclude)
            if not any(q in L.GENITIVE for q, _ in prep_args(arg)):
                # "aux côtés de Initech et Umbrella" with the names hung elsewhere
                k = arg.i + 1
                while k < arg.sent.end and _norm(arg.doc[k].lower_) in L.GENITIVE:
                    k += 1
                out += Walker(a).list_at(k, arg.sent.end)
        elif p in L.COSUBJ_PREPS and p not in frame_obj:
            if arg.pos_ == "NOUN" and a.res.mention_at(arg.i) is None and (
                    arg.lemma_.lower() in L.NOUNS or is_amount(arg)):
                continue  # "with participation from X" is the nominal's, "with $10m" no one's
            if arg.pos_ in ("VERB", "AUX"):  # "with X and Y committing €120m": the clause's subject
                out += [r for c in kids(arg) if c.dep_ in SUBJ for r in a.refs(c, exclude=exclude)]
                continue
            out += a.refs(arg, exclude=exclude)
    # "... and was joined by A and B", "X, joined by A and B, invested in Y"
    hosts = [c for c in kids(tok) if c.dep_ == "conj"]
    for c in kids(tok):
        if c.dep_ in SUBJ:
            hosts += [g for g in kids(c) if g.dep_ in ("acl", "amod", "relcl", "acl:relcl")]
    for h in hosts:
        if h.lemma_.lower() in L.JOIN_VERBS or L.FORMS.get(h.lower_) in L.JOIN_VERBS:
            for g in agent_of(h, L):
                out += a.refs(g, exclude=exclude)
    return [r for r in out if fit_type(r, {ORG, PER}) in (ORG, PER) and r.name not in exclude]


def with_participation(a, tok: Token) -> bool:
    """"avec la participation de X", "with backing from X": an investing noun that a
    co-subject preposition introduces names participants, not what they invest in."""
    return prep_of(tok) in a.L.COSUBJ_PREPS


def participants(a, tok: Token, frame) -> list[Ref]:
    """The participants of "avec la participation de A, B et C", "with backing from A":
    the nominal's subject-side or genitive complements, the list walked."""
    preps = set(frame.subj) | set(a.L.GENITIVE)
    out: list[Ref] = []
    for p, arg in prep_args(tok):
        if p in preps:
            out += a.refs(arg)
    if not out:  # the complement hung elsewhere: the names right after "de"/"from"
        doc, k = tok.doc, tok.i + 1
        if k < tok.sent.end and _norm(doc[k].lower_) in preps:
            out = Walker(a).list_at(k + 1, tok.sent.end)
    return [r for r in out if fit_type(r, {ORG, PER}) in (ORG, PER)]


def raised_by(a, tok: Token, exclude: frozenset) -> list[Ref]:
    """Who raises the money a nominal helps raise: the subject of the governing
    raising verb ("Hooli a levé 40 millions avec la participation de X"), else the
    round's owner, else the company the article last said was funded."""
    head = tok.head
    for _ in range(3):
        frame = a.L.VERBS.get(head.lemma_.lower())
        if head.lemma_.lower() in a.L.RAISE_VERBS or (frame is not None and frame.swap
                                                      and frame.predicate == "invests-in"):
            found = [r for r in a.subjects(head) if r.name not in exclude]
            if found:
                return found
        elif frame is not None and frame.predicate == "invests-in" and head.pos_ in ("VERB", "AUX"):
            # "Globex a investi dans Hooli avec la participation de X": what the verb invests in
            found = [r for r in a.objects(head, frame, exclude) if r.name not in exclude]
            if found:
                return found
        if head.head.i == head.i:
            break
        head = head.head
    rnd = a.round_near(tok)
    if rnd is not None:
        owner = a.round_owner(rnd, exclude)
        if owner:
            return [owner]
    return funded_earlier(a, tok, exclude)


def funded_earlier(a, tok: Token, exclude: frozenset, *, sentences: int = 2) -> list[Ref]:
    """"Hooli raised $40m. A, B and C also invested": the company whose funding the
    article told in this sentence or the `sentences` before it."""
    sent = tok.sent
    start = sent.start
    for _ in range(sentences):
        if start == 0:
            break
        start = tok.doc[start - 1].sent.start
    for r, at in reversed(a.funded_at):
        if at < start:
            break
        if r.name not in exclude and at < sent.end:
            return [Ref(r.name, r.type, at < sent.start, r.sure)]
    # "Une levée de fonds se prépare pour Hooli. Globex s'y intéresse, bien que le groupe ait
    # déjà investi des milliards": a round told with its owner, and no investor
    # (or in the role's own relative clause: "investors who took part in the round for Hooli")
    for t in [*reversed(tok.doc[start:tok.i]), *(t for t in tok.subtree if t.i > tok.i)]:
        if a.is_round(t):
            owner = _round_named_owner(a, t)
            if owner is not None and owner.name not in exclude and fit_type(owner, {ORG}) == ORG:
                return [Ref(owner.name, owner.type, t.i < sent.start, owner.sure)]
    return []


def _round_named_owner(a, rnd: Token) -> Ref | None:
    """The owner a round noun names itself: "Hooli's round", "une levée de fonds pour Hooli"."""
    for c in kids(rnd):
        m = a.res.mention_at(c.i)
        if m is not None and (c.dep_ == "poss" or prep_of(c) in a.L.ROUND_PREPS):
            return a.res.ref(m)
    hosts = [rnd]
    if rnd.dep_ in SUBJ | PASS_SUBJ:  # "Une levée de fonds se prépare pour Hooli", "is planned for Hooli"
        hosts.append(rnd.head)
    # "the round of funding for Hooli", "le tour de financement de Hooli": past the round's own noun
    own = [arg for p, arg in prep_args(rnd) if arg.pos_ == "NOUN" and a.res.mention_at(arg.i) is None]
    for host in hosts + own:
        for p, arg in prep_args(host):
            m = a.res.mention_at(arg.i)
            if m is not None and p in a.L.ROUND_PREPS and (host is not rnd.head or p in a.L.FOR_PREPS):
                return a.res.ref(m)
    return None


def intransitive(tok: Token, frame, L) -> bool:
    """An investing verb with nothing invested in: no object but an amount, no
    prepositional object of its frame ("A, B and C also invested", "ont participé")."""
    for c in kids(tok):
        if c.dep_ in ("dobj", "obj") and not is_amount(c) and not (c.pos_ in ("NUM", "SYM")) \
                and c.lemma_.lower() not in L.MONEY_NOUNS:  # "invested billions"
            return False
        if c.dep_ in PASS_SUBJ:
            return False
    return not any(p in frame.obj for p, _ in prep_args(tok))


def colon_members(a, noun: Token) -> list[Ref]:
    """"avec un syndicat d'investisseurs : A, fondateur de X, d'B, l'ex-PDG de Y, C, le patron
    de Z via la société W…", "several investors: A, B and C": the names a plural noun
    announces before a colon, each maybe with its apposition or a stray "de", and a company
    one of them invests "via". The list runs to the sentence's end (or a semicolon) and stops
    at a name followed by a verb of its own (another clause)."""
    if noun.pos_ != "NOUN" or not plural(noun):
        return []
    doc, end, L = noun.doc, noun.sent.end, a.L
    colon = next((j for j in range(noun.i + 1, min(end, noun.i + 4)) if doc[j].text == ":"), None)
    if colon is None or any(doc[j].pos_ not in ("ADJ", "ADV") for j in range(noun.i + 1, colon)):
        return []
    # the segments between commas
    segments, cur = [], []
    for j in range(colon + 1, end):
        if doc[j].text == ";":
            break
        if doc[j].text == ",":
            segments.append(cur)
            cur = []
        else:
            cur.append(j)
    segments.append(cur)
    out: list[Ref] = []
    conj = set(L.AND) | set(L.OR)
    for seg in segments:
        k, stop = 0, False
        while k < len(seg):
            while k < len(seg) and (doc[seg[k]].lower_ in conj or _norm(doc[seg[k]].lower_) in L.GENITIVE
                                    or doc[seg[k]].pos_ == "DET" and a.res.mention_at(seg[k]) is None):
                k += 1  # "et", "d'", "le"
            m = a.res.mention_at(seg[k]) if k < len(seg) else None
            if m is None or m.start != seg[k]:
                # neither a name nor an apposition: the list is over
                stop = k < len(seg) and k == 0 and not (doc[seg[k]].text[:1].islower() or doc[seg[k]].is_punct)
                break
            r = a.res.ref(m)
            if fit_type(r, {ORG, PER}) not in (ORG, PER) or any(_is_finite(doc[j]) for j in seg if j >= m.end):
                stop = True  # a place; "A, B, C ont ...": a clause of its own
                break
            out.append(r)
            k = next((i for i, j in enumerate(seg) if j >= m.end), len(seg))
            if not (k < len(seg) and doc[seg[k]].lower_ in conj):
                break  # "A and B" go on, "A via ..." is read below
        if stop:
            break
        for j in seg:  # "le patron de Z via la société W": W invests too
            if doc[j].lower_ in L.VIA_PREPS:
                n = next((a.res.mention_at(x) for x in range(j + 1, min(end, j + 9)) if a.res.mention_at(x)), None)
                if n is not None and all(doc[x].text[:1].islower() or doc[x].text == "-"
                                         for x in range(j + 1, n.start)):
                    v = a.res.ref(n)
                    if fit_type(v, {ORG}) == ORG:
                        out.append(v)
    seen: set[str] = set()
    return [r for r in out if not (r.name in seen or seen.add(r.name))]


def nested_agents(a, verb: Token, agent: Token) -> list[Ref]:
    """"menée par des investisseurs en capital-risque ..., menés par X", "led by venture
    investors, led by X": an agent that names no one, itself led by X (the same verb's
    participle after it): X."""
    doc = agent.doc
    for j in range(agent.i + 1, min(agent.sent.end, agent.i + 12)):
        t = doc[j]
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() == verb.lemma_.lower() and t.dep_ in ("acl", "amod"):
            return [r for g in agent_of(t, a.L) for r in a.refs(g) if fit_type(r, {ORG, PER}) in (ORG, PER)]
        if _is_finite(t):
            return []
    return []

