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

_SUBJECT_DEPS = {"nsubj", "nsubjpass", "nsubj:pass"}
_DEFINITE = {"the", "this", "that", "le", "la", "l'", "l’", "ce", "cet", "cette", "its", "son", "sa"}


@dataclass(frozen=True, slots=True)
class Ref:
    """An entity as a relation argument: its name in the article, type, and how it was found."""

    name: str
    type: str
    via_coref: bool = False


class Resolver:
    """Mentions of one parsed article, and the article-level naming state."""

    def __init__(self, doc: Doc, mentions: list[Mention], lang_module):
        self.doc = doc
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
        ("Thrive Capital", "AMI Labs") is an organisation; a name the NER took
        for a place but that no place list knows, and that acts as a subject or
        owner somewhere ("Contoso's", "Contoso a levé"), is an organisation.
        """
        from extractors.lexicon import is_known_place

        votes: dict[str, dict[str, float]] = {}
        acts: set[str] = set()
        for m in self.mentions:
            weight = {"ruler": 100.0, "pattern": 2.0, "ner": 1.0}.get(m.source, 0.5)
            v = votes.setdefault(m.name, {})
            v[m.type] = v.get(m.type, 0.0) + weight
            root = self.doc[m.start:m.end].root
            if root.dep_ in _SUBJECT_DEPS | {"poss"}:
                acts.add(m.name)
        types = {}
        for name, v in votes.items():
            best = max(v, key=lambda t: (v[t], t == "Organization"))
            if best != "Organization" and v.get(best, 0) < 100:
                last = name.split()[-1].casefold()
                if last in self.L.ORG_WORDS:
                    best = "Organization"
                elif best == "Place" and name in acts and not is_known_place(name):
                    best = "Organization"
            types[name] = best
        return types

    def _full_names(self) -> None:
        """Tie each short name to the longer name it abbreviates, seen earlier."""
        types = self._types()
        persons: dict[str, Ref] = {}   # last name -> full person
        orgs: dict[str, Ref] = {}      # first word -> longer organisation name
        for m in self.mentions:
            words = m.name.split()
            type_ = types[m.name]
            ref = Ref(m.name, type_)
            if len(words) == 1:
                w = words[0]
                if w in persons and type_ in ("Person", "Organization"):
                    ref = Ref(persons[w].name, "Person")
                elif w in orgs and type_ in ("Organization", "Person") and m.source != "ruler":
                    ref = Ref(orgs[w].name, "Organization")
                elif type_ == "Person" and m.source != "ruler":
                    # a lone unknown word tagged as a person is most often a company
                    ref = Ref(m.name, "Organization")
            else:
                if type_ == "Person":
                    persons.setdefault(words[-1], ref)
                elif type_ == "Organization":
                    orgs.setdefault(words[0], ref)
            self._names[m.start] = ref

    # -- lookups -------------------------------------------------------------
    def mention_at(self, i: int) -> Mention | None:
        return self._at.get(i)

    def ref(self, m: Mention) -> Ref:
        return self._names.get(m.start) or Ref(m.name, m.type)

    def resolve(self, tok: Token, *, exclude: frozenset = frozenset()) -> Ref | None:
        """The entity an anaphoric noun phrase or pronoun stands for, if any."""
        lemma = tok.lemma_.lower()
        low = tok.lower_
        if tok.pos_ == "PRON" or tok.dep_ == "poss":
            types = self.L.PRONOUNS.get(low)
        else:
            types = self.L.ANAPHORS.get(lemma) or self.L.ANAPHORS.get(low)
            if types and not any(c.lower_ in _DEFINITE or c.dep_ == "poss" for c in tok.children):
                types = None
        if not types:
            return None
        best = self._salient(tok.i, types, exclude)
        return Ref(best.name, best.type, True) if best else None

    def _salient(self, before: int, types, exclude: frozenset) -> Ref | None:
        sent = self.doc[before].sent
        prev_start = sent.start
        if sent.start > 0:
            prev_start = self.doc[sent.start - 1].sent.start
        counts: dict[str, int] = {}
        scores: dict[str, float] = {}
        refs: dict[str, Ref] = {}
        for m in self.mentions:
            if m.start >= before:
                break
            r = self.ref(m)
            counts[r.name] = counts.get(r.name, 0) + 1
            if m.start < prev_start or r.type not in types or r.name in exclude:
                continue
            head = self.doc[m.start:m.end].root
            subject = head.dep_ in _SUBJECT_DEPS or (head.dep_ == "conj" and head.head.dep_ in _SUBJECT_DEPS)
            score = min(counts[r.name], 3) + (2 if subject else 0) + m.start / max(before, 1) * 0.5
            if score >= scores.get(r.name, -1):
                scores[r.name], refs[r.name] = score, r
        if not scores:
            return None
        return refs[max(scores, key=lambda n: scores[n])]

    def salient(self, before: int, types, exclude: frozenset = frozenset()) -> Ref | None:
        """The most salient entity of `types` named before token `before` (who a round is for)."""
        best = self._salient(before, set(types), exclude)
        return Ref(best.name, best.type, True) if best else None
