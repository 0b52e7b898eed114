"""Who "the company", "l'entreprise", "it" or "Musk" stands for, inside one article.

Short names are tied to the full name seen earlier ("Musk" -> "Elon Musk",
"Mistral" -> "Mistral AI"). Definite descriptions and pronouns are resolved to
the most salient earlier entity of a compatible type: salience adds how often
the entity was named so far, whether it was a grammatical subject in the
current or previous sentence, and how recently it was named.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from extractors.mentions import Mention
from extractors.rules.syntax import clause_root

_SUBJECT_DEPS = {"nsubj", "nsubjpass", "nsubj:pass"}
_ARGUMENT_DEPS = _SUBJECT_DEPS | {"dobj", "obj", "iobj", "pobj", "obl", "obl:arg", "obl:agent", "conj"}
# how much a mention's source weighs in the vote on its name's type; the sure ones fix it
_WEIGHTS = {"ruler": 100.0, "pattern": 2.0, "name": 2.0, "shape": 2.0, "letter": 2.0, "lower": 2.0, "government": 2.0,
            "maker": 2.0, "ner": 1.0}
_SURE = {"ruler", "pattern", "name", "shape", "government", "maker"}


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

    def __init__(self, doc: Doc, mentions: list[Mention], lang_module):
        self.doc = doc
        self.text = doc.text  # once: Doc.text joins every token each time it is read
        self.L = lang_module
        self.mentions = mentions
        self._at: dict[int, Mention] = {}
        for m in mentions:
            for i in range(m.start, m.end):
                self._at[i] = m
        self._names: dict[int, Ref] = {}
        self._full_names()

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
        ("its", "son") the nearest compatible name before it; a description
        ("the company", "l'entreprise") and everything else the most salient
        compatible entity of this and the previous sentence.
        """
        low = tok.lower_
        if tok.pos_ == "PRON" or tok.dep_ == "poss" or low in self.L.PRONOUNS:
            types = self.L.PRONOUNS.get(low)
            if not types:
                return None
            possessive = tok.dep_ == "poss" or low in self.L.POSSESSIVES
            best = self._nearest(tok, types, exclude, subject_only=not possessive)
            if best is None:
                best = self._salient(tok.i, types, exclude)
        else:
            types = self.L.ANAPHORS.get(tok.lemma_.lower()) or self.L.ANAPHORS.get(low)
            if not types or not self.definite(tok) or "Plur" in tok.morph.get("Number"):
                return None  # a plural description names several (`resolve_many`), never one
            # a description does not name another participant of its own clause
            # ("who left Google to start the company": not Google)
            best = self._salient(tok.i, types, exclude | self._clause_names(tok))
        return Ref(best.name, best.type, True, best.sure) if best else None

    def named_later(self, tok: Token) -> Ref | None:
        """The name an indefinite description gets in the next sentences: "Globex is buying
        a robotics startup. The startup, Initech, ..." -> Initech ("une start-up ... La
        start-up, Initech, ..."). The same noun must come back definite, the name right after."""
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
        return None

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

    def _clause_names(self, tok: Token) -> frozenset:
        """Names that are arguments of a verb in `tok`'s clause (not possessors or modifiers:
        in "Initech's founders sold the company", the company may be Initech)."""
        if any(c.dep_ == "poss" or c.lower_ in self.L.POSSESSIVES for c in tok.children):
            return frozenset()  # "leur société", "its company": the possessor's own
        home = clause_root(tok).i
        return frozenset(self.ref(m).name for m in self.mentions
                         if tok.sent.start <= m.start < tok.i
                         and self.doc[m.start:m.end].root.dep_ in _ARGUMENT_DEPS
                         and clause_root(self.doc[m.start]).i == home)

    def definite(self, tok: Token) -> bool:
        definite = self.L.DEFINITE
        # "au géant américain", "du groupe": an article contracted with its preposition (morphology)
        return any(c.lower_ in definite or c.dep_ == "poss" for c in tok.children) or (
            tok.i > 0 and (tok.nbor(-1).lower_ in definite or (
                tok.nbor(-1).pos_ == "ADP" and "Def" in tok.nbor(-1).morph.get("Definite"))))

    def _nearest(self, tok: Token, types, exclude: frozenset, *, subject_only: bool) -> Ref | None:
        for m in reversed(self.mentions):
            if m.start >= tok.i:
                continue
            if m.start < tok.sent.start:
                break
            r = self.ref(m)
            if not _fits(r, types) or r.name in exclude:
                continue
            if subject_only and self.doc[m.start:m.end].root.dep_ not in _SUBJECT_DEPS:
                continue
            return r
        return None

    def _salient(self, before: int, types, exclude: frozenset) -> Ref | None:
        sent = self.doc[before].sent
        prev_start = sent.start
        if sent.start > 0:
            prev_start = self.doc[sent.start - 1].sent.start
        span = max(before - prev_start, 1)
        counts: dict[str, int] = {}
        scores: dict[str, float] = {}
        refs: dict[str, Ref] = {}
        for m in self.mentions:
            if m.start >= before:
                break
            r = self.ref(m)
            counts[r.name] = counts.get(r.name, 0) + 1
            # candidates: this and the previous sentence, and the article's topic
            # (an entity named at least twice) wherever it was last named
            window = m.start >= prev_start or counts[r.name] >= 2
            if not window or not _fits(r, types) or r.name in exclude:
                continue
            head = self.doc[m.start:m.end].root
            # a name opening its sentence is its topic, whatever the parser made of it;
            # one name in a coordinated subject is a weaker antecedent for a singular;
            # a subject of the previous sentence weighs less than one of this sentence
            subject = 2 if (head.dep_ in _SUBJECT_DEPS or (
                m.start == self.doc[m.start].sent.start and head.dep_ in ("ROOT", "dep"))) else (
                1 if head.dep_ == "conj" and head.head.dep_ in _SUBJECT_DEPS else 0)
            if m.start < sent.start:
                subject /= 2
            recency = 0.5 * (m.start - prev_start) / span if m.start >= prev_start else 0.0
            score = (min(counts[r.name], 3) + subject + (1 if m.start >= sent.start else 0) + recency)
            if score >= scores.get(r.name, -1):
                scores[r.name], refs[r.name] = score, r
        if not scores:
            return None
        return refs[max(scores, key=lambda n: scores[n])]

    def salient(self, before: int, types, exclude: frozenset = frozenset()) -> Ref | None:
        """The most salient entity of `types` named before token `before` (who a round is for)."""
        best = self._salient(before, set(types), exclude)
        return Ref(best.name, best.type, True, best.sure) if best else None
