"""Corrections that survive rebuilds: a reviewed file of fixes, applied after extraction.

A corrections file (``corrections.yaml``, or the same content as JSON, which YAML
reads as it is) is a list of entries, each with one kind and an optional ``note``
and ``by``::

    corrections:
      - reject-fact: {subject: Globex, predicate: acquires, object: Initech}
        note: the talks failed, the article says so two lines down
        by: ana
      - not-an-entity: Monday
      - same-as: {name: Éclair, is: Éclair Labs}
      - rename: {name: Hooli Inc, to: Hooli}
      - retype: {name: Orbit, type: Product}
      - add-fact: {subject: Globex, predicate: invests-in, object: Hooli,
                   source: "https://example.org/news/1", amount: 5000000, currency: EUR}

(a bare list, without ``corrections:``, is read the same). `load` reads and
checks a file: a malformed entry raises one `CorrectionsError` naming its line.
`apply` applies the entries to a `KnowledgeGraph`, in place, and returns what
applied and what matched nothing.

Names are matched as aikg matches names (`graph.canonical.NameIndex`: the
canonical name or any alias, case, accents, legal suffix and punctuation
folded), so a correction keeps working when the same fact is extracted again,
from new articles, under another spelling. The entries apply in two passes,
whatever their order in the file: first those about entities (not-an-entity,
same-as, rename, retype), resolved against the extracted names; then those about
facts (reject-fact, add-fact), resolved against the corrected entities, so a
reject-fact may name an entity by a name a same-as gave it.

- reject-fact: the asserted fact becomes negated and ``rejected``: it keeps its
  evidence, like a denied fact, and is never asserted;
- not-an-entity: the entity and every fact touching it go;
- same-as: A is merged into B (B's key and name stay, A's names become aliases,
  their facts merge);
- rename: the entity's canonical name becomes the new one (the old one an alias);
- retype: the entity's type;
- add-fact: a fact a person adds, with one piece of evidence: its ``source`` the
  document cited, its sentence the note (or the fact written out), its extractor
  ``manual``; names not in the graph become new entities (typed by
  ``subject_type`` / ``object_type``, default Organization).

Each correction that applied is recorded in ``kg.corrections`` (an `Applied`),
and each fact or entity it changed lists its id in ``corrected_by``; graph/rdf.py
writes them as PROV activities.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from extractors.errors import CorrectionsError
from extractors.rules.types import DOMAINS
from extractors.triple import ENTITY_TYPES, PREDICATES, STATUSES
from graph.canonical import name_key
from graph.model import Article, Entity, Evidence, Fact, KnowledgeGraph, _fact_key

KINDS = ("reject-fact", "not-an-entity", "same-as", "rename", "retype", "add-fact")
MANUAL = "manual"          # the extractor of an added fact's evidence
_COMMON = ("note", "by")
_FIELDS = {
    "reject-fact": (("subject", "predicate", "object"), ()),
    "same-as": (("name", "is"), ()),
    "rename": (("name", "to"), ()),
    "retype": (("name", "type"), ()),
    "add-fact": (("subject", "predicate", "object", "source"),
                 ("subject_type", "object_type", "amount", "currency", "year", "stake",
                  "status", "cue", "confidence", "negated")),
}
_ENTITY_KINDS = ("not-an-entity", "same-as", "rename", "retype")


@dataclass(frozen=True)
class Correction:
    """One entry of a corrections file."""

    kind: str
    fields: dict            # the entry's own fields (a not-an-entity has {"name": ...})
    line: int               # 1-based line of the entry in its file
    file: str = ""
    note: str | None = None
    by: str | None = None

    @cached_property
    def id(self) -> str:
        """Stable id: a hash of what the entry says (not of its line, which edits move)."""
        from graph.rdf import stable_hash

        return stable_hash(self.kind, sorted((k, str(v)) for k, v in self.fields.items()))

    def describe(self) -> str:
        """One readable line: 'reject-fact Globex acquires Initech'."""
        f = self.fields
        text = {
            "reject-fact": lambda: f"{f['subject']} {f['predicate']} {f['object']}",
            "add-fact": lambda: f"{f['subject']} {f['predicate']} {f['object']}",
            "not-an-entity": lambda: f["name"],
            "same-as": lambda: f"{f['name']} is {f['is']}",
            "rename": lambda: f"{f['name']} to {f['to']}",
            "retype": lambda: f"{f['name']} as {f['type']}",
        }[self.kind]()
        return f"{self.kind} {text}"

    def entry(self) -> dict:
        """The entry as a file would hold it."""
        value = self.fields["name"] if self.kind == "not-an-entity" else dict(self.fields)
        out = {self.kind: value}
        out.update({k: v for k, v in (("note", self.note), ("by", self.by)) if v})
        return out


@dataclass
class Outcome:
    """What `apply` did: the corrections that applied and those that matched nothing."""

    applied: list[Correction] = field(default_factory=list)
    unmatched: list[Correction] = field(default_factory=list)
    why: dict[int, str] = field(default_factory=dict)   # id(correction) -> why it did not apply


# -- reading --------------------------------------------------------------------
def load(path: str | Path) -> list[Correction]:
    """The corrections in the file at `path` (YAML or JSON); CorrectionsError if it
    cannot be read or an entry is malformed, naming the line."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise CorrectionsError(f"cannot read corrections file {str(path)!r}: "
                               f"{exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise CorrectionsError(f"{str(path)!r} is not UTF-8 text") from None
    return parse(text, file=str(path))


def parse(text: str, *, file: str = "corrections.yaml") -> list[Correction]:
    """The corrections in `text`; CorrectionsError naming the line of a malformed entry."""
    import yaml

    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)   # libyaml when built with it
    try:
        root = yaml.compose(text, Loader=loader_class)
    except yaml.MarkedYAMLError as exc:
        mark = exc.context_mark or exc.problem_mark   # where the broken part began
        where = f", line {mark.line + 1}" if mark else ""
        raise CorrectionsError(f"{file}{where}: not valid YAML or JSON: {exc.problem or exc}") from None
    except yaml.YAMLError as exc:
        raise CorrectionsError(f"{file}: not valid YAML or JSON: {exc}") from None
    if root is None:
        return []
    entries = root
    if isinstance(root, yaml.MappingNode):
        keys = {_scalar(k): v for k, v in root.value}
        if set(keys) != {"corrections"}:
            raise CorrectionsError(f"{file}, line {root.start_mark.line + 1}: expected a list of "
                                   f"corrections, or 'corrections:' and the list")
        entries = keys["corrections"]
        if isinstance(entries, yaml.ScalarNode) and entries.value in ("", "~", "null"):
            return []
    if not isinstance(entries, yaml.SequenceNode):
        raise CorrectionsError(f"{file}, line {entries.start_mark.line + 1}: expected a list of "
                               f"corrections, each one of: {', '.join(KINDS)}")
    loader = yaml.SafeLoader("")   # constructs the values of nodes composed by either parser
    return [_entry(node, loader, file) for node in entries.value]


def _scalar(node) -> str | None:
    import yaml

    return node.value if isinstance(node, yaml.ScalarNode) else None


def _entry(node, loader, file: str) -> Correction:
    import yaml

    line = node.start_mark.line + 1

    def bad(message: str):
        return CorrectionsError(f"{file}, line {line}: {message}")

    if not isinstance(node, yaml.MappingNode):
        raise bad(f"expected an entry such as 'reject-fact: {{subject, predicate, object}}'; "
                  f"kinds: {', '.join(KINDS)}")
    try:
        value = loader.construct_document(node)
    except yaml.YAMLError as exc:
        raise bad(f"cannot read the entry: {exc}") from None
    kinds = [k for k in value if k in KINDS]
    others = [k for k in value if k not in KINDS and k not in _COMMON]
    if others:
        raise bad(f"unknown key {str(others[0])!r}; an entry has one of {', '.join(KINDS)}, "
                  f"and optionally note and by")
    if len(kinds) != 1:
        raise bad(f"an entry has exactly one of {', '.join(KINDS)}"
                  + (f", not {' and '.join(kinds)}" if kinds else ""))
    kind = kinds[0]
    note, by = value.get("note"), value.get("by")
    for what, v in (("note", note), ("by", by)):
        if v is not None and not isinstance(v, (str, int, float)):
            raise bad(f"{what} is a text")
    body = value[kind]
    if kind == "not-an-entity":
        if not isinstance(body, (str, int, float)) or not str(body).strip():
            raise bad("not-an-entity takes a name: 'not-an-entity: Monday'")
        fields = {"name": str(body).strip()}
    else:
        need, optional = _FIELDS[kind]
        if not isinstance(body, dict):
            raise bad(f"{kind} takes {{{', '.join(need)}}}")
        missing = [k for k in need if body.get(k) in (None, "")]
        if missing:
            raise bad(f"{kind} needs {', '.join(need)}; {', '.join(missing)} missing")
        unknown = [k for k in body if k not in need and k not in optional]
        if unknown:
            raise bad(f"{kind} has no field {str(unknown[0])!r}; its fields: "
                      f"{', '.join(need + optional)}")
        fields = {k: v for k, v in body.items() if v is not None}
        for k in ("subject", "object", "name", "is", "to", "source", "subject_type",
                  "object_type", "currency", "cue"):
            if k in fields:
                if not isinstance(fields[k], (str, int, float)) or not str(fields[k]).strip():
                    raise bad(f"{kind}: {k} is a non-empty text")
                fields[k] = str(fields[k]).strip()
        if "predicate" in fields and fields["predicate"] not in PREDICATES:
            raise bad(f"unknown predicate {fields['predicate']!r}; valid: {', '.join(PREDICATES)}")
        for k in ("type", "subject_type", "object_type"):
            if k in fields and fields[k] not in ENTITY_TYPES:
                raise bad(f"unknown type {fields[k]!r}; valid: {', '.join(ENTITY_TYPES)}")
        if "status" in fields and fields["status"] not in STATUSES:
            raise bad(f"unknown status {fields['status']!r}; valid: {', '.join(STATUSES)}")
        for k, kinds_ok in (("amount", (int, float)), ("stake", (int, float)),
                            ("confidence", (int, float)), ("year", (int,)), ("negated", (bool,))):
            v = fields.get(k)
            if v is not None and (not isinstance(v, kinds_ok) or
                                  (k != "negated" and isinstance(v, bool))):
                raise bad(f"{kind}: {k} is {'true or false' if k == 'negated' else 'a number'}, "
                          f"not {v!r}")
        if not 0 <= float(fields.get("confidence", 1.0)) <= 1:
            raise bad(f"{kind}: confidence is between 0 and 1")
        if kind == "add-fact" and name_key(fields["subject"]) == name_key(fields["object"]):
            raise bad("add-fact: the subject and the object are one name")
    return Correction(kind, fields, line, file, None if note is None else str(note),
                      None if by is None else str(by))


# -- applying -------------------------------------------------------------------
def apply(kg: KnowledgeGraph, corrections: list[Correction]) -> Outcome:
    """Apply `corrections` to `kg` in place (entity entries first, then fact entries;
    see the module docstring); each that applied lands in ``kg.corrections``."""
    outcome = Outcome()
    entity_entries = [c for c in corrections if c.kind in _ENTITY_KINDS]
    fact_entries = [c for c in corrections if c.kind not in _ENTITY_KINDS]
    applied: set[int] = set()
    if entity_entries:
        applied |= _apply_entities(kg, entity_entries)
    if fact_entries:
        applied |= _apply_facts(kg, fact_entries, outcome.why)
    for c in corrections:
        (outcome.applied if id(c) in applied else outcome.unmatched).append(c)
    kg.corrections.extend(outcome.applied)
    return outcome


class _Names:
    """The entities a name names in `kg`, as `NameIndex` finds them, without indexing every
    entity: an entity's key is the key of each of its names (through the gazetteer's
    aliases, `KnowledgeGraph.entity_key`), so only the names a correction gave an entity
    (a rename, a same-as) need an index of their own."""

    def __init__(self, kg: KnowledgeGraph):
        self.kg = kg
        self.extra: dict[str, set[str]] = {}   # name key -> entity keys, beyond the natural one

    def find(self, name: str) -> list[str]:
        k = name_key(name)
        if not k:
            return []
        keys = {self.kg.aliases.get(k, k), k} | self.extra.get(k, set())
        return sorted(key for key in keys if key in self.kg.entities)

    def add(self, entity_key: str, names) -> None:
        for name in names:
            k = name_key(name)
            for key in {k, self.kg.aliases.get(k, k)} - {"", entity_key}:
                self.extra.setdefault(key, set()).add(entity_key)


def _index(kg: KnowledgeGraph) -> "_Names":
    names = _Names(kg)
    for e in kg.entities.values():        # names a correction gave in an earlier pass
        if e.corrected_by:
            names.add(e.key, [e.name, *e.aliases])
    return names


def _mark(thing, c: Correction) -> None:
    if c.id not in thing.corrected_by:
        thing.corrected_by.append(c.id)


def _apply_entities(kg: KnowledgeGraph, entries: list[Correction]) -> set[int]:
    index = _index(kg)
    applied: set[int] = set()
    merged_into: dict[str, str] = {}          # entity key -> the key it merges into
    merged_by: dict[str, Correction] = {}     # entity key -> the same-as that merged it
    retyped_by: dict[str, Correction] = {}    # entity key -> the retype that changed its type
    dropped: set[str] = set()

    def final(key: str) -> str:
        seen = set()
        while key in merged_into and key not in seen:
            seen.add(key)
            key = merged_into[key]
        return key

    for c in entries:
        keys = [final(k) for k in index.find(c.fields["name"])]
        keys = [k for k in dict.fromkeys(keys) if k in kg.entities and k not in dropped]
        if not keys:
            continue
        if c.kind == "not-an-entity":
            dropped.update(keys)
        elif c.kind == "same-as":
            targets = [final(k) for k in index.find(c.fields["is"])]
            targets = [k for k in dict.fromkeys(targets) if k in kg.entities and k not in dropped]
            if len(targets) != 1 or keys == targets:
                continue
            into = kg.entities[targets[0]]
            for k in keys:
                if k == into.key:
                    continue
                e = kg.entities.pop(k)
                merged_into[k] = into.key
                merged_by[k] = c
                into.aliases |= {e.name, *e.aliases} - {into.name}
                index.add(into.key, [e.name, *e.aliases])
                into.corrected_by += [x for x in e.corrected_by if x not in into.corrected_by]
            _mark(into, c)
        elif c.kind == "rename":
            new = c.fields["to"]
            for k in keys:
                e = kg.entities[k]
                if e.name != new:
                    e.aliases = (e.aliases | {e.name}) - {new}
                    e.name = new
                    index.add(k, [new])
                _mark(e, c)
        elif c.kind == "retype":
            for k in keys:
                e = kg.entities[k]
                if e.type != c.fields["type"]:
                    e.type = c.fields["type"]
                    retyped_by[k] = c
                _mark(e, c)
        applied.add(id(c))
    for k in dropped:
        kg.entities.pop(k, None)
    if not merged_into and not dropped and not retyped_by:
        return applied
    # one pass over the facts: ends moved to the entity they merge into (the fact then
    # points to the same-as that moved it), facts touching a dropped entity gone, and a
    # fact whose ends no longer have the types its predicate takes (after a retype or a
    # same-as) rejected by the correction that changed them
    facts = kg.facts
    touched = set(merged_into) | dropped | set(retyped_by)
    moved = [(key, f) for key, f in facts.items() if f.subject in touched or f.object in touched]
    for key, _ in moved:
        del facts[key]
    for key, f in moved:
        s, o = final(f.subject), final(f.object)
        if s in dropped or o in dropped:
            continue
        for c in [merged_by[e] for e in (f.subject, f.object) if e in merged_by] + \
                [retyped_by[e] for e in (s, o) if e in retyped_by]:
            _mark(f, c)
        if not f.negated and not fits(kg, f.predicate, s, o):
            f.negated = f.rejected = True
        key = _fact_key(s, f.predicate, o, f.negated)
        if key is None:                  # both ends are now one entity
            continue
        f.subject, f.object = key[0], key[2]
        _keep(facts, key, f)
    return applied


def _keep(facts: dict, key, f: Fact) -> None:
    """Put `f` in `facts` under `key`, merged into the fact already there if any."""
    there = facts.get(key)
    if there is None:
        facts[key] = f
    else:
        there.absorb(f)
        there.settle()


def fits(kg: KnowledgeGraph, predicate: str, s: str, o: str) -> bool:
    """Whether the entities `s` and `o` have types `predicate` takes (DESIGN.md's table)."""
    subjects, objects = DOMAINS[predicate]
    return kg.entities[s].type in subjects and kg.entities[o].type in objects


def _default_type(allowed: set[str]) -> str:
    return "Organization" if "Organization" in allowed else sorted(allowed)[0]


def _apply_facts(kg: KnowledgeGraph, entries: list[Correction], why: dict[int, str]) -> set[int]:
    index = _index(kg)
    applied: set[int] = set()
    facts = kg.facts
    for c in entries:
        f = c.fields
        subjects = [k for k in index.find(f["subject"]) if k in kg.entities]
        objects = [k for k in index.find(f["object"]) if k in kg.entities]
        if c.kind == "reject-fact":
            for s in subjects:
                for o in objects:
                    key = _fact_key(s, f["predicate"], o, False)
                    fact = facts.pop(key, None) if key else None
                    if fact is None:
                        continue
                    fact.negated, fact.rejected = True, True
                    _mark(fact, c)
                    _keep(facts, fact.key, fact)
                    applied.add(id(c))
        else:
            s_ok, o_ok = DOMAINS[f["predicate"]]
            for name, found, kind, ok in ((f["subject"], subjects, "subject", s_ok),
                                          (f["object"], objects, "object", o_ok)):
                type_ = kg.entities[found[0]].type if found else f.get(f"{kind}_type")
                if type_ is not None and type_ not in ok:
                    why[id(c)] = (f"does not fit: {name} is a{'n' * (type_[0] in 'AEIOU')} "
                                  f"{type_}, and the {kind} of {f['predicate']} is "
                                  f"{' or '.join(sorted(ok))}")
                    break
            if id(c) in why:
                continue
            s = subjects[0] if subjects else _new_entity(
                kg, index, f["subject"], f.get("subject_type", _default_type(s_ok)), c)
            o = objects[0] if objects else _new_entity(
                kg, index, f["object"], f.get("object_type", _default_type(o_ok)), c)
            key = _fact_key(s, f["predicate"], o, bool(f.get("negated", False)))
            if key is None:
                continue
            fact = facts.get(key)
            if fact is None:
                fact = facts[key] = Fact(key[0], key[1], key[2], negated=key[3])
            ev = Evidence(doc=f["source"], sentence=c.note or _written(kg, key, f),
                          start=0, end=0, confidence=float(f.get("confidence", 1.0)),
                          status=f.get("status", "completed"), cue=f.get("cue"),
                          extractor=MANUAL, amount=f.get("amount"), currency=f.get("currency"),
                          year=f.get("year"), stake=f.get("stake"))
            if ev not in fact._told:
                fact._told.add(ev)
                fact.evidence.append(ev)
                fact._unsettled = True
            fact.settle()
            _mark(fact, c)
            if f["source"] not in kg.articles:
                url = f["source"] if f["source"].startswith(("http://", "https://")) else None
                kg.articles[f["source"]] = Article(f["source"], "", url=url)
            applied.add(id(c))
    return applied


def _written(kg: KnowledgeGraph, key, f: dict) -> str:
    return f"{kg.entities[key[0]].name} {key[1]} {kg.entities[key[2]].name} (added by hand)"


def _new_entity(kg: KnowledgeGraph, index: _Names, name: str, type_: str, c: Correction) -> str:
    key = kg.node_key(name)
    e = kg.entities.get(key)
    if e is None:
        e = kg.entities[key] = Entity(key, name, type_)
        index.add(key, [name])
    _mark(e, c)
    return key


def dumps(corrections: list[Correction]) -> str:
    """`corrections` as the text of a corrections file (YAML that `parse` reads back)."""
    import yaml

    body = yaml.safe_dump([c.entry() for c in corrections], allow_unicode=True,
                          sort_keys=False, default_flow_style=None, width=100)
    return "corrections:\n" + "".join(f"  {line}\n" for line in body.splitlines())


# -- kept by a store ------------------------------------------------------------
_NAMING_FIELDS = ("name", "is", "to", "subject", "object")


def named_keys(corrections: list[Correction], kg: KnowledgeGraph) -> set[str]:
    """The entity keys the names of `corrections` may stand for in `kg` (looked up as
    `apply` looks them up): an add whose entities have none of them leaves every
    correction as it applied."""
    keys: set[str] = set()
    for c in corrections:
        for f in _NAMING_FIELDS:
            value = c.fields.get(f)
            k = name_key(value) if isinstance(value, str) else ""
            if k:
                keys |= {k, kg.aliases.get(k, k)}
    return keys


def same_entries(a: list[Correction], b: list[Correction]) -> bool:
    """Whether two lists say the same, in the same order (lines and file aside)."""
    return [(c.kind, c.fields, c.note, c.by) for c in a] == [(c.kind, c.fields, c.note, c.by) for c in b]


def to_json(corrections: list[Correction], outcome: Outcome | None) -> str:
    """`corrections` and what `apply` did with them, as a store keeps them."""
    applied = {id(c) for c in outcome.applied} if outcome else set()
    why = outcome.why if outcome else {}
    return json.dumps([{"kind": c.kind, "fields": c.fields, "line": c.line, "file": c.file,
                        "note": c.note, "by": c.by, "applied": id(c) in applied,
                        "why": why.get(id(c))} for c in corrections], ensure_ascii=False)


def from_json(text: str) -> tuple[list[Correction], Outcome]:
    """What `to_json` wrote: the corrections and their outcome."""
    corrections, outcome = [], Outcome()
    for d in json.loads(text):
        c = Correction(d["kind"], d["fields"], d["line"], d["file"], d["note"], d["by"])
        corrections.append(c)
        (outcome.applied if d["applied"] else outcome.unmatched).append(c)
        if d["why"]:
            outcome.why[id(c)] = d["why"]
    return corrections, outcome


def carried_over(outcome: Outcome, before: list[Correction], now: list[Correction]) -> Outcome:
    """`outcome` of the corrections `before`, told of `now` (the same entries, `same_entries`,
    perhaps at other lines): what applied before applies now."""
    at = {id(c): n for c, n in zip(before, now)}
    return Outcome([at[id(c)] for c in outcome.applied], [at[id(c)] for c in outcome.unmatched],
                   {id(at[k]): v for k, v in outcome.why.items() if k in at})


def summary(outcome: Outcome) -> str:
    """'3 corrections applied' and, if any, how many matched nothing."""
    n = len(outcome.applied)
    text = f"{n} correction{'s' * (n != 1)} applied"
    unfit = sum(id(c) in outcome.why for c in outcome.unmatched)
    if len(outcome.unmatched) > unfit:
        text += f", {len(outcome.unmatched) - unfit} matched nothing"
    if unfit:
        text += f", {unfit} did not fit"
    return text


def unmatched_lines(outcome: Outcome) -> list[str]:
    """One warning per correction that matched nothing: 'corrections.yaml, line 4: ...'."""
    return [f"{c.file}, line {c.line}: {c.describe()} "
            f"{outcome.why.get(id(c), 'matched nothing')}" for c in outcome.unmatched]

