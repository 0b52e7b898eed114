"""Who "the company", "l'entreprise", "it" or "Musk" stands for, inside one article.

Short names are tied to the full name seen earlier ("Musk" -> "Elon Musk",
"Mistral" -> "Mistral AI"). Definite descriptions and pronouns are resolved to
the most salient earlier entity of a compatible type: salience adds how often
the entity was named so far, whether it was a grammatical subject in the
current or previous sentence, and how recently it was named.
"""
from __future__ import annotations

from bisect import bisect_left

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from extractors.mentions import Mention
from extractors.rules.syntax import clause_root, kids

_SUBJECT_DEPS = {"nsubj", "nsubjpass", "nsubj:pass"}
_ARGUMENT_DEPS = _SUBJECT_DEPS | {"dobj", "obj", "iobj", "pobj", "obl", "obl:arg", "obl:agent", "conj"}
# how much a mention's source weighs in the vote on its name's type; the sure ones fix it
_WEIGHTS = {"ruler": 100.0, "pattern": 2.0, "name": 2.0, "shape": 2.0, "letter": 2.0, "lower": 2.0, "government": 2.0,
            "maker": 2.0, "region": 2.0, "ner": 1.0}
_SURE = {"ruler", "pattern", "name", "shape", "government", "maker", "region"}
_OBJECT_DEPS = {"dobj", "obj", "iobj"}


def _startup_word(tok: Token, L) -> bool:
    return tok.pos_ in ("NOUN", "VERB", "PROPN") and (
        tok.lemma_.lower() in L.STARTUP_NOUNS or tok.lower_ in L.STARTUP_NOUNS)


def _named(m: Mention) -> str:
    """The name a mention stands for: its own, or the full name of an acronym ("SNEJ")."""
    return m.alias_of or m.name


@dataclass(frozen=True, slots=True)
class Ref:
    """An entity as a relation argument: its name in the article, type, and how it was found."""

    name: str
    type: str
    via_coref: bool = False
    sure: bool = False      # the type comes from the gazetteer or a cue ("son modèle X"), not a guess


def _fits(ref: Ref, types) -> bool:
    """`ref` can be of one of `types`: an organisation the NER took for a place or a
    product ("Initech") still counts as one; people never stand for companies here."""
    from extractors.lexicon import is_known_place

    if ref.type in types:
        return True
    return ("Organization" in types and ref.type in ("Place", "Product") and not ref.sure
            and not is_known_place(ref.name))


class Resolver:
    """Mentions of one parsed article, and the article-level naming state."""

    def __init__(self, doc: Doc, mentions: list[Mention], lang_module, text: str | None = None):
        self.doc = doc
        # `text`: the Doc's text when the caller has it (Doc.text joins every token at each read)
        self.text = doc.text if text is None else text
        self.L = lang_module
        self.mentions = mentions
        self._at: dict[int, Mention] = {}
        for m in mentions:
            for i in range(m.start, m.end):
                self._at[i] = m
        self._names: dict[int, Ref] = {}
        self._full_names()
        # token -> the entity a description or pronoun there stands for, as the rules read
        # the article in order ("Globex ... the startup ... its rivals": a chain of mentions)
        self._chain: dict[int, Ref] = {}
        self._items: list[tuple[int, Ref, Token]] | None = None
        self.funded: set[str] = set()  # organisations the rules found funded so far (args.note_funded)
        self._startups: frozenset | None = None
        self._named: list | None = None

    def _types(self) -> dict[str, str]:
        """One type per name in the article, voted over its mentions.

        The gazetteer's word is final; a name ending in an organisation word
        ("Thrive Capital", "AMI Labs") or an institution's head ("Globex Board")
        is an organisation; a name the NER took
        for a place but that no place list knows, and that acts as a subject or
        owner somewhere ("Contoso's", "Contoso a levé"), is an organisation.
        """
        from extractors.lexicon import is_known_place

        votes: dict[str, dict[str, float]] = {}
        acts: set[str] = set()
        self._sure = set()  # names typed by the gazetteer or a cue word, not guessed by the NER
        for m in self.mentions:
            weight = _WEIGHTS.get(m.source, 0.5)
            name = _named(m)
            v = votes.setdefault(name, {})
            v[m.type] = v.get(m.type, 0.0) + weight
            if m.source in _SURE:
                self._sure.add(name)
            root = self.doc[m.start:m.end].root
            if root.dep_ in _SUBJECT_DEPS | {"poss"}:
                acts.add(name)
        types = {}
        for name, v in votes.items():
            best = max(v, key=lambda t: (v[t], t == "Organization"))
            if v.get(best, 0) < 100 and best != "Place" and name not in self._sure and is_known_place(name):
                best = "Place"  # "US" taken for an organisation
            elif best != "Organization" and v.get(best, 0) < 100 and name not in self._sure:
                last = name.split()[-1].casefold()
                if last in self.L.ORG_WORDS or (last in self.L.ORG_HEADS and len(name.split()) > 1):
                    best = "Organization"
                elif best == "Place" and name in acts and not is_known_place(name):
                    best = "Organization"
            types[name] = best
        return types

    def _full_names(self) -> None:
        """Tie each short name to the longer name it abbreviates, anywhere in the article
        ("Doe" -> "Jane Doe", "Vandelay" -> "Vandelay AI", "Jane" -> "Jane Doe")."""
        types = self._types()
        persons: dict[str, str] = {}      # last name -> full person name
        firsts: dict[str, set[str]] = {}  # first name -> full person names
        orgs: dict[str, set[str]] = {}    # first word -> longer organisation names
        for m in self.mentions:
            name = _named(m)
            words = name.split()
            if len(words) < 2:
                continue
            if types[name] == "Person":
                persons.setdefault(words[-1], name)
                firsts.setdefault(words[0], set()).add(name)
            elif types[name] == "Organization" and not m.alias_of:
                # an arm ("Intel Capital") or a unit ("Globex Cloud") says its first word names
                # the parent: never folded
                arm = len(words) == 2 and words[1].casefold() in self.L.ARM_WORDS | self.L.UNIT_WORDS
                orgs.setdefault(words[0], set()).add(None if arm else name)
        for m in self.mentions:
            name = _named(m)
            words = name.split()
            type_ = types[name]
            ref = Ref(name, type_)
            if len(words) == 1:
                w = words[0]
                if w in persons and (type_ in ("Person", "Organization") or name not in self._sure):
                    ref = Ref(persons[w], "Person")
                elif len(orgs.get(w, ())) == 1 and None not in orgs[w] and type_ in ("Organization", "Person") \
                        and m.source != "ruler":
                    ref = Ref(next(iter(orgs[w])), "Organization")  # not "Globex" of two "Globex ..."
                elif type_ == "Person" and len(firsts.get(w, ())) == 1:
                    ref = Ref(next(iter(firsts[w])), "Person")  # "Jane", after "Jane Doe"
                elif type_ == "Person" and m.source != "ruler":
                    # a lone unknown word tagged as a person is most often a company
                    ref = Ref(name, "Organization")
            if ref.name in self._sure and ref.type == types.get(ref.name):
                ref = Ref(ref.name, ref.type, sure=True)
            self._names[m.start] = ref

    # -- lookups -------------------------------------------------------------
    def mention_at(self, i: int) -> Mention | None:
        return self._at.get(i)

    def ref(self, m: Mention) -> Ref:
        return self._names.get(m.start) or Ref(_named(m), m.type)

    def resolve(self, tok: Token, *, exclude: frozenset = frozenset()) -> Ref | None:
        """The entity an anaphoric noun phrase or pronoun stands for, if any.

        A subject pronoun ("it", "il") takes the nearest subject before it in its
        sentence ("Meta declined to comment on reports that it..."); a possessive
        ("its", "son") the nearest compatible name or resolved description before it
        ("the startup competes with its rivals"); an object pronoun ("la cite",
        "bought it") the most salient entity that is not its clause's subject; a
        description ("the company", "l'entreprise") the most salient compatible
        entity of this and the previous sentence, a startup preferring the
        organisations the article funds or calls startups; a description of a kind
        the article names ("the agency, known as X") that name.
        """
        low = tok.lower_
        if tok.pos_ == "PRON" or tok.dep_ == "poss" or (
                low in self.L.PRONOUNS and (tok.pos_ != "DET" or low in self.L.POSSESSIVES)):
            types = self.L.PRONOUNS.get(low)
            if not types:
                return None
            possessive = tok.dep_ == "poss" or low in self.L.POSSESSIVES
            if not possessive and tok.dep_ in _OBJECT_DEPS:
                # an object is not its own clause's subject ("la presse la cite", "X bought it");
                # beside a pronoun subject ("elle l'accuse") one guess would rest on another
                if any(c.dep_ in _SUBJECT_DEPS and c.pos_ == "PRON" for c in kids(tok.head)):
                    return None
                exclude = exclude | self._clause_names(tok, subjects=True)
            best = self._nearest(tok, types, exclude, subject_only=not possessive)
            if best is None:
                best = self._salient(tok.i, types, exclude)
        else:
            lemma = tok.lemma_.lower()
            named = self.named_kind(tok)
            if named is not None and named.name not in exclude:
                return Ref(named.name, named.type, True, named.sure)
            types = self.L.ANAPHORS.get(lemma) or self.L.ANAPHORS.get(low)
            if not types or not self.definite(tok) or "Number=Plur" in tok.morph:
                return None  # a plural description names several (`resolve_many`), never one
            # a description does not name another participant of its own clause
            # ("who left Google to start the company": not Google)
            startup = lemma in self.L.STARTUP_NOUNS or low in self.L.STARTUP_NOUNS
            best = self._salient(tok.i, types, exclude | self._clause_names(tok),
                                 prefer=self.startups() | self.funded if startup else frozenset())
            if best is None and startup:
                best = self._introduced_later(tok, types, exclude)
        return Ref(best.name, best.type, True, best.sure) if best else None

    def named_later(self, tok: Token) -> Ref | None:
        """The name an indefinite description gets in the next sentences: "Globex is buying
        a robotics startup. The startup, Initech, ..." -> Initech ("une start-up ... La
        start-up, Initech, ..."). The same noun must come back definite, the name right after.
        An article opening on an indefinite description that the next sentence names
        ("A British startup has raised $1bn. Hooli announced ...") is that name."""
        if tok.pos_ not in ("NOUN", "VERB") or self.definite(tok) or not (
                self.L.ANAPHORS.get(tok.lemma_.lower()) or self.L.ANAPHORS.get(tok.lower_)):
            return None  # (a VERB: "pousse" of "une jeune pousse" is often tagged so)
        doc, lemma = self.doc, tok.lemma_.lower()
        end = tok.sent.end
        for _ in range(2):  # this sentence's end, then the next two sentences
            if end >= len(doc):
                break
            end = doc[end].sent.end
        for j in range(tok.i + 1, end):
            t = doc[j]
            if t.lemma_.lower() == lemma and t.pos_ in ("NOUN", "VERB") and self.definite(t):
                k = j + 1
                if k < len(doc) and doc[k].text == ",":
                    k += 1
                m = self.mention_at(k) if k < len(doc) else None
                if m is not None and _fits(self.ref(m), self.L.ANAPHORS.get(lemma) or self.L.ANAPHORS.get(t.lower_)):
                    r = self.ref(m)
                    return Ref(r.name, r.type, True, r.sure)
        return self._lede(tok)

    def _lede(self, tok: Token) -> Ref | None:
        """"A British AI startup that builds X has secured $1bn. Hooli has announced ...":
        the subject of an article's first sentence is an indefinite description, no
        organisation was named before it, and the next sentence opens with a new name,
        its subject: the description is that name."""
        types = self.L.ANAPHORS.get(tok.lemma_.lower()) or self.L.ANAPHORS.get(tok.lower_)
        subj = tok
        while subj.dep_ in ("compound", "amod", "conj") and subj.head.i != subj.i:
            subj = subj.head  # "a generative AI startup" parsed with the modifier as the head
        # the noun phrase that opens the sentence, whatever the parse made of it ("A British
        # robotics startup that ...", its noun tagged as a verb)
        opening = all(t.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PUNCT", "NUM") for t in self.doc[tok.sent.start:tok.i])
        if not (subj.dep_ in _SUBJECT_DEPS or opening) or "Number=Plur" in tok.morph:
            return None
        if any(_fits(self.ref(m), types) and self.ref(m).type != "Place"
               for m in self.mentions if m.start < tok.i):
            return None  # the article named a company first: the description may be it
        doc, end = self.doc, tok.sent.end
        if end >= len(doc):
            return None
        nxt = doc[end].sent
        k = nxt.start
        while k < nxt.end and (doc[k].is_punct or doc[k].is_space):
            k += 1
        m = self.mention_at(k)
        if m is None or m.start != k:
            return None
        r = self.ref(m)
        root = self.doc[m.start:m.end].root
        if not _fits(r, types) or r.type == "Place" or root.dep_ not in _SUBJECT_DEPS:
            return None
        # not the other party of the deal ("Globex led the round", "Globex bought the company")
        verb = root.head.lemma_.lower()
        frame = self.L.VERBS.get(verb)
        if verb in self.L.ROUND_VERBS or frame is not None and frame.predicate in ("invests-in", "acquires") \
                and not frame.swap:
            return None
        # nor a name its own apposition describes otherwise ("Globex Capital, the largest fund, said")
        k = m.end + 1 if m.end < nxt.end and doc[m.end].text == "," else None
        while k is not None and k < nxt.end and doc[k].pos_ in ("DET", "ADJ", "NUM"):
            k += 1
        if k is not None and k < nxt.end and doc[k].pos_ == "NOUN" and (
                self.L.ANAPHORS.get(doc[k].lemma_.lower()) or self.L.ANAPHORS.get(doc[k].lower_)) \
                and doc[k].lemma_.lower() != tok.lemma_.lower():
            return None
        return Ref(r.name, r.type, True, r.sure)

    def _introduced_later(self, tok: Token, types, exclude: frozenset) -> Ref | None:
        """"the French AI startup is close to closing a round ... Hooli's three co-founders":
        a definite startup with no antecedent is the one organisation the rest of the
        article presents as a startup (described so, or with founders) and had not named."""
        before = {self.ref(m).name for m in self.mentions if m.start < tok.i}
        later = {r.name: r for m in self.mentions if m.start > tok.i
                 for r in [self.ref(m)] if r.name in self.startups() and r.name not in before
                 and r.name not in exclude and _fits(r, types) and r.type != "Place"}
        return next(iter(later.values())) if len(later) == 1 else None

    # -- what the article says of its organisations ---------------------------
    def startups(self) -> frozenset:
        """Names the article calls startups ("la start-up Hooli", "Hooli, a robotics startup")
        or gives founders ("Hooli's co-founders", "cofondateur de Hooli")."""
        if self._startups is None:
            doc, L = self.doc, self.L
            founders = {k for k, f in L.ROLES.items() if f.predicate == "founded"}
            found = set()
            for m in self.mentions:
                r = self.ref(m)
                if r.type not in ("Organization", "Place", "Product") or (r.type != "Organization" and r.sure):
                    continue
                sent = doc[m.start].sent
                # "the AI startup Hooli", "la jeune pousse parisienne Hooli": a startup noun just before
                j = m.start - 1
                while j >= sent.start and j >= m.start - 3 and doc[j].pos_ in ("ADJ", "PROPN", "NOUN") \
                        and not _startup_word(doc[j], L):
                    j -= 1
                if j >= sent.start and _startup_word(doc[j], L) and j >= m.start - 3:
                    found.add(r.name)
                    continue
                # "Hooli, a robotics startup", "Hooli, une jeune pousse française"
                k = m.end
                if k < sent.end and doc[k].text == ",":
                    for t in doc[k + 1:min(k + 6, sent.end)]:
                        if _startup_word(t, L):
                            # not the subject after a fronted phrase ("Sur LinkedIn, la jeune pousse a dit")
                            nxt = doc[t.i + 1] if t.i + 1 < sent.end else t
                            if t.dep_ not in _SUBJECT_DEPS | {"ROOT"} and nxt.pos_ != "AUX" \
                                    and "VerbForm=Fin" not in nxt.morph:
                                found.add(r.name)
                            break
                        if t.is_punct or t.pos_ in ("VERB", "AUX", "PRON"):
                            break
                # "Hooli's co-founders", "cofondateur de Hooli", "the founder of Hooli"
                k = m.end
                if k < sent.end and doc[k].tag_ == "POS":
                    if any(t.lemma_.lower() in founders or t.lower_ in founders
                           for t in doc[k + 1:min(k + 4, sent.end)]):
                        found.add(r.name)
                if m.start - 2 >= sent.start and doc[m.start - 1].lower_ in L.OF_PREPS | {"d'", "d’"} \
                        and (doc[m.start - 2].lemma_.lower() in founders or doc[m.start - 2].lower_ in founders):
                    found.add(r.name)
            self._startups = frozenset(found)
        return self._startups

    def named_kind(self, tok: Token) -> Ref | None:
        """"Italy's data protection agency ... Italy's authority, known as Garante": a
        description of a kind (KINDS: agency, authority, watchdog; fund, partnership)
        that the article names once, with "known as", "dubbed", "baptisé", is that name."""
        kind = self.L.KINDS.get(tok.lemma_.lower()) or self.L.KINDS.get(tok.lower_)
        if kind is None or tok.pos_ not in ("NOUN", "PROPN") or "Number=Plur" in tok.morph:
            return None
        names = {r.name: r for i, k, r in self.named_descriptions() if k == kind}
        return next(iter(names.values())) if len(names) == 1 else None

    def named_descriptions(self) -> list[tuple[int, str, Ref]]:
        """The descriptions the article names, as (description token, kind, name):
        "Italy's authority, known as Garante", "the new partnership—dubbed the Foo
        Partnership—", "un fonds baptisé Foo", "a startup called Hooli"."""
        if self._named is None:
            doc, L = self.doc, self.L
            out = []
            for t in doc:
                if not (t.lemma_.lower() in L.NAMING or t.lower_ in L.CUE_LINKS) or t.pos_ not in ("VERB", "ADJ"):
                    continue
                j = t.i - 1  # the description before it, past a comma or dash
                while j >= t.sent.start and doc[j].is_punct and doc[j].text not in (".", ";", ":"):
                    j -= 1
                if j < t.sent.start or doc[j].pos_ != "NOUN":
                    continue
                desc = doc[j]
                kind = L.KINDS.get(desc.lemma_.lower()) or L.KINDS.get(desc.lower_)
                if kind is None and not (desc.lemma_.lower() in L.ANAPHORS or desc.lower_ in L.ANAPHORS):
                    continue
                if self.mention_at(desc.i) is not None:
                    continue
                k = t.i + 1
                while k < t.sent.end and k <= t.i + 3 and self.mention_at(k) is None and (
                        doc[k].is_punct or doc[k].pos_ in ("DET", "ADP") or doc[k].lower_ in L.AS_PREPS):
                    k += 1
                m = self.mention_at(k) if k < t.sent.end else None
                if m is None or m.start != k:
                    continue
                r = self.ref(m)
                if r.type in ("Person", "Place"):
                    continue
                out.append((desc.i, kind or desc.lemma_.lower(), r))
            self._named = out
        return self._named

    def resolve_many(self, tok: Token, count: int, exclude: frozenset = frozenset()) -> list[Ref]:
        """'les deux entreprises', 'both companies': the `count` most salient entities
        (none of `exclude`, the other participants of the fact)."""
        types = self.L.ANAPHORS.get(tok.lemma_.lower()) or self.L.ANAPHORS.get(tok.lower_)
        if not types:
            return []
        out: list[Ref] = []
        for _ in range(count):
            best = self._salient(tok.i, types, exclude | frozenset(r.name for r in out))
            if best is None:
                break
            out.append(Ref(best.name, best.type, True, best.sure))
        return out if len(out) == count else []

    def _clause_names(self, tok: Token, *, subjects: bool = False) -> frozenset:
        """Names that are arguments of a verb in `tok`'s clause (not possessors or modifiers:
        in "Initech's founders sold the company", the company may be Initech); with
        `subjects`, only its subjects (an object pronoun's clause)."""
        if any(c.dep_ == "poss" or c.lower_ in self.L.POSSESSIVES for c in kids(tok)):
            return frozenset()  # "leur société", "its company": the possessor's own
        home = clause_root(tok).i
        deps = _SUBJECT_DEPS if subjects else _ARGUMENT_DEPS
        items, starts = self.items(), self._item_starts
        first = bisect_left(starts, tok.sent.start)
        return frozenset(r.name for i, r, head in items[first:bisect_left(starts, tok.i, first)]
                         if head.dep_ in deps and clause_root(self.doc[i]).i == home)

    def definite(self, tok: Token) -> bool:
        definite = self.L.DEFINITE
        j = tok.i - 1  # past adjectives the parse did not hang on it ("la jeune pousse", "pousse" a verb)
        while j > tok.sent.start and j >= tok.i - 2 and self.doc[j].pos_ == "ADJ":
            j -= 1
        # "au géant américain", "du groupe": an article contracted with its preposition (morphology)
        return any(c.lower_ in definite or c.dep_ == "poss" for c in kids(tok)) or (
            j >= 0 and (self.doc[j].lower_ in definite or (
                self.doc[j].pos_ == "ADP" and "Definite=Def" in self.doc[j].morph)))

    # -- the article's chain of mentions --------------------------------------
    def note(self, tok: Token, ref: Ref) -> None:
        """Record the entity description or pronoun `tok` stands for, as the rules read the
        article: a later pronoun may take it ("the startup ... its rivals"), and it counts
        towards its entity's salience ("Hooli ... the startup ... the company")."""
        if tok.i not in self._chain and self._at.get(tok.i) is None:
            self._chain[tok.i] = Ref(ref.name, ref.type, False, ref.sure)
            self._items = None

    def items(self) -> list[tuple[int, Ref, Token]]:
        """(token index, entity, head token) of every name and recorded description, in reading order."""
        if self._items is None:
            out = [(m.start, self.ref(m), self.doc[m.start:m.end].root) for m in self.mentions
                   if not self._byline(m)]
            out += [(i, r, self.doc[i]) for i, r in self._chain.items()]
            out.sort(key=lambda x: x[0])
            self._items, self._item_starts = out, [i for i, _, _ in out]
        return self._items

    def _byline(self, m: Mention) -> bool:
        """An agency credited in a dateline, "MILAN (Reuters) -": no one a pronoun stands for."""
        doc = self.doc
        return 0 < m.start and m.end + 1 < len(doc) and doc[m.start - 1].text == "(" \
            and doc[m.end].text == ")" and doc[m.end + 1].text in ("-", "–", "—")

    def _nearest(self, tok: Token, types, exclude: frozenset, *, subject_only: bool) -> Ref | None:
        for i, r, head in reversed(self.items()):
            if i >= tok.i:
                continue
            if i < tok.sent.start:
                break
            if not _fits(r, types) or r.name in exclude:
                continue
            if subject_only and head.dep_ not in _SUBJECT_DEPS:
                continue
            return r
        return None

    def _salient(self, before: int, types, exclude: frozenset, prefer: frozenset = frozenset()) -> Ref | None:
        sent = self.doc[before].sent
        prev_start = sent.start
        if sent.start > 0:
            prev_start = self.doc[sent.start - 1].sent.start
        span = max(before - prev_start, 1)
        counts: dict[str, int] = {}
        scores: dict[str, float] = {}
        refs: dict[str, Ref] = {}
        for i, r, head in self.items():
            if i >= before:
                break
            named = i not in self._chain
            if named:  # a resolved description weighs as a mention near it, but makes no topic
                counts[r.name] = counts.get(r.name, 0) + 1
            # candidates: this and the previous sentence, and the article's topic
            # (an entity named at least twice) wherever it was last named
            window = i >= prev_start or (named and counts[r.name] >= 2) or r.name in prefer
            if not window or not _fits(r, types) or r.name in exclude:
                continue
            # a name opening its sentence is its topic, whatever the parser made of it;
            # one name in a coordinated subject is a weaker antecedent for a singular;
            # a subject of the previous sentence weighs less than one of this sentence
            subject = 2 if (head.dep_ in _SUBJECT_DEPS or (
                i == self.doc[i].sent.start and head.dep_ in ("ROOT", "dep"))) else (
                1 if head.dep_ == "conj" and head.head.dep_ in _SUBJECT_DEPS else 0)
            if i < sent.start:
                subject /= 2
            recency = 0.5 * (i - prev_start) / span if i >= prev_start else 0.0
            score = (min(counts.get(r.name, 1), 3) + subject + (1 if i >= sent.start else 0) + recency)
            if score >= scores.get(r.name, -1):
                scores[r.name], refs[r.name] = score, r
        if not scores:
            return None
        # a startup is one the article funds or calls so, when there is one ("Selon le FT, Globex
        # va investir dans Hooli. ... La start-up ...": Hooli, not Globex)
        preferred = [n for n in scores if n in prefer]
        return refs[max(preferred or scores, key=lambda n: scores[n])]

    def salient(self, before: int, types, exclude: frozenset = frozenset()) -> Ref | None:
        """The most salient entity of `types` named before token `before` (who a round is for)."""
        best = self._salient(before, set(types), exclude)
        return Ref(best.name, best.type, True, best.sure) if best else None
