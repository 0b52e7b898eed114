"""SPARQL over a graph file, and the tables, CSV and JSON its answers print as.

Queries run on pyoxigraph (Oxigraph's Rust SPARQL engine) rather than rdflib's
pure-Python one, which is far too slow for interactive queries on large graphs.

`run_query(path, sparql)` returns ``(columns, rows)``: each cell is the RDF
term in N-Triples syntax (``<https://...>``, ``"text"@fr``,
``"25000000000.0"^^<http://www.w3.org/2001/XMLSchema#decimal>``, ``_:b0``) or
None when the variable is unbound, so the `format_*` functions can render
values plainly for people and keep their types for machines:

- SELECT: the projected variables, one row per solution;
- ASK: one column ``ask`` and one row holding the bare word ``true`` or ``false``;
- CONSTRUCT / DESCRIBE: columns ``s``, ``p``, ``o``, one row per triple.

The prefixes in `PREFIXES` are predeclared; a query may redeclare any of them.
"""
from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from pathlib import Path

import pyoxigraph as ox

from extractors.errors import InputError, QueryError
from graph.namespaces import DEFAULT_BASE, NAMESPACES, id_namespaces

# the vocabulary's prefix, the common ones, and those of IRIs minted under the default base
PREFIXES: dict[str, str] = {**NAMESPACES, **id_namespaces(DEFAULT_BASE)}

Rows = list[list[str | None]]

_XSD = NAMESPACES["xsd"]
_LITERAL = re.compile(r'^"((?:[^"\\]|\\.)*)"(?:@([A-Za-z0-9-]+)|\^\^<([^>]*)>)?$', re.S)
_ESCAPE = re.compile(r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)", re.S)
_ESCAPES = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def run_query(graph: str | Path | ox.Store, sparql: str, *,
              substitutions: dict | None = None) -> tuple[list[str], Rows]:
    """Run `sparql` on `graph`: an RDF file (Turtle, or any format its extension
    names), a store folder written by ``aikg build --store``, or an open Store.

    `substitutions` binds variables to terms (``{ox.Variable("name"): ox.Literal("OpenAI")}``)
    before the query runs, so values never become query text. Raises
    QueryError, with one message, when the graph is missing or unreadable or
    the query is malformed or fails.
    """
    store = graph if isinstance(graph, ox.Store) else open_graph(graph)
    if not sparql or not sparql.strip():
        raise QueryError("the SPARQL query is empty")
    try:
        result = store.query(sparql, prefixes=PREFIXES, substitutions=substitutions)
        if isinstance(result, ox.QueryBoolean):
            return ["ask"], [["true" if bool(result) else "false"]]
        if isinstance(result, ox.QuerySolutions):
            columns = [v.value for v in result.variables]
            return columns, [[_cell(term) for term in solution] for solution in result]
        return ["s", "p", "o"], [[_cell(t.subject), _cell(t.predicate), _cell(t.object)]
                                 for t in result]
    except SyntaxError as e:
        hint = (" (aikg query only reads; updates such as INSERT are not run)"
                if re.match(r"\s*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP)\b", _strip_prologue(sparql),
                            re.I) else "")
        raise QueryError(f"invalid SPARQL query{syntax_error(sparql, str(e))}{hint}") from None
    except (OSError, RuntimeError, ValueError) as e:
        raise QueryError(f"the SPARQL query failed: {e}") from None


def open_graph(path: str | Path) -> ox.Store:
    """A Store over any graph aikg writes: an RDF file (loaded in memory), a
    triples.jsonl (turned into RDF) or a store folder (opened read-only); see graph/source.py."""
    from graph.source import rdf_store

    try:
        return rdf_store(path)
    except InputError as exc:
        raise QueryError(exc.args[0]) from None


_AT = re.compile(r"^error at (\d+):(\d+): (.*)$", re.S)
_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')
# strings, IRIs and comments: no prefixed name hides in them
_OPAQUE = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                     r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*')
_PREFIXED = re.compile(r"(?<![\w?$:.-])([A-Za-z][\w.-]*)?:(?=[\w%\\-]|[\s;,.)}\]]|$)")
_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?:", re.I)


def undeclared_prefixes(sparql: str) -> list[str]:
    """The prefixes `sparql` uses but neither declares nor finds among `PREFIXES`."""
    bare = _OPAQUE.sub(" ", sparql)
    declared = set(PREFIXES) | {m.group(1) or "" for m in _DECLARED.finditer(bare)}
    bare = _DECLARED.sub(" ", bare)
    used = []
    for m in _PREFIXED.finditer(bare):
        name = m.group(1) or ""
        if name != "_" and name not in declared and name not in used:
            used.append(name)
    return used


def syntax_error(sparql: str, message: str) -> str:
    """Oxigraph's parse error as a readable tail of one line: where, and what was expected
    or which prefix is not declared."""
    m = _AT.match(message.strip())
    if not m:
        return ": " + " ".join(message.split())
    line, column, what = int(m.group(1)), int(m.group(2)), m.group(3)
    where = f" at line {line}, column {column}"
    lines = sparql.split("\n")
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    near = text[max(0, column - 21):column + 10].strip()
    near = f" (near {near!r})" if near else ""
    missing = undeclared_prefixes(sparql)
    if "Prefix not found" in what or missing:
        if missing:
            names = ", ".join(f"'{p}:'" for p in missing)
            return (f"{where}: prefix {names} {'is' if len(missing) == 1 else 'are'} not declared"
                    f"{near}; declared for you: {', '.join(sorted(PREFIXES))}")
        return f"{where}: a prefix is not declared{near}"
    expected = [t for t in _QUOTED.findall(what) if t]
    if what.startswith("expected one of") and expected:
        what = "expected one of " + " ".join(expected[:12])
    elif what.startswith("expected one of"):
        what = "unexpected text"
    return f"{where}: {' '.join(what.split())}{near}"


def _strip_prologue(sparql: str) -> str:
    return re.sub(r"^\s*((PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>|#[^\n]*)\s*)*", "", sparql,
                  flags=re.I)


def _cell(term) -> str | None:
    return None if term is None else str(term)


# -- terms ------------------------------------------------------------------
def parse_cell(cell: str | None) -> dict | None:
    """One cell as a SPARQL 1.1 JSON results term: ``{"type": "uri", "value": ...}`` etc."""
    if cell is None:
        return None
    if cell.startswith("<") and cell.endswith(">"):
        return {"type": "uri", "value": cell[1:-1]}
    if cell.startswith("_:"):
        return {"type": "bnode", "value": cell[2:]}
    m = _LITERAL.match(cell)
    if not m:  # a bare word, such as an ASK answer
        return {"type": "literal", "value": cell}
    term = {"type": "literal", "value": _ESCAPE.sub(_unescape, m.group(1))}
    if m.group(2):
        term["xml:lang"] = m.group(2)
    elif m.group(3) and m.group(3) != _XSD + "string":
        term["datatype"] = m.group(3)
    return term


def _unescape(m: re.Match) -> str:
    s = m.group(1)
    if s[0] in "uU" and len(s) > 1:
        return chr(int(s[1:], 16))
    return _ESCAPES.get(s, s)


def plain(cell: str | None, prefixes: dict[str, str] | None = None) -> str:
    """A cell for people: a literal's text, an IRI as ``prefix:local`` when a prefix fits."""
    term = parse_cell(cell)
    if term is None:
        return ""
    if term["type"] == "uri":
        return compact(term["value"], prefixes)
    if term["type"] == "bnode":
        return "_:" + term["value"]
    return term["value"]


def compact(iri: str, prefixes: dict[str, str] | None = None) -> str:
    """``https://aikg.dev/ontology#invests-in`` -> ``aikg:invests-in``; otherwise ``<iri>``."""
    best = ""
    for prefix, ns in (prefixes or PREFIXES).items():
        if iri.startswith(ns) and len(ns) > len(best) and _is_local(iri[len(ns):]):
            best, name = ns, prefix
    return f"{name}:{iri[len(best):]}" if best else f"<{iri}>"


def _is_local(local: str) -> bool:
    return bool(re.fullmatch(r"[\w](?:[\w.-]*[\w-])?", local)) or local == ""


# -- formats ----------------------------------------------------------------
def format_table(columns: list[str], rows: Rows, *, max_width: int = 80,
                 prefixes: dict[str, str] | None = None) -> str:
    """An aligned table with a header; long values are cut at `max_width` columns."""
    cells = [[_fit(plain(c, prefixes), max_width) for c in row] for row in rows]
    header = [_fit(c, max_width) for c in columns]
    widths = [max([_width(header[i])] + [_width(r[i]) for r in cells])
              for i in range(len(columns))]

    def line(values: list[str]) -> str:
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths)).rstrip()

    out = [line(header), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in cells]
    return "\n".join(out) + "\n"


def format_csv(columns: list[str], rows: Rows) -> str:
    """SPARQL 1.1 CSV results: IRIs in full, literals as their text, unbound as empty."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_csv_value(c) for c in row])
    return buf.getvalue()


def _csv_value(cell: str | None) -> str:
    term = parse_cell(cell)
    if term is None:
        return ""
    return "_:" + term["value"] if term["type"] == "bnode" else term["value"]


def format_json(columns: list[str], rows: Rows) -> str:
    """SPARQL 1.1 JSON results; an ASK answer gives ``{"head": {}, "boolean": ...}``."""
    if columns == ["ask"] and len(rows) == 1 and rows[0] and rows[0][0] in ("true", "false"):
        doc: dict = {"head": {}, "boolean": rows[0][0] == "true"}
    else:
        bindings = [{col: parse_cell(c) for col, c in zip(columns, row) if c is not None}
                    for row in rows]
        doc = {"head": {"vars": list(columns)}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _fit(text: str, max_width: int) -> str:
    text = _CONTROL.sub(" ", text)
    if _width(text) <= max_width:
        return text
    out, w = [], 0
    for ch in text:
        cw = _char_width(ch)
        if w + cw > max_width - 1:
            break
        out.append(ch)
        w += cw
    return "".join(out) + "…"


def _width(text: str) -> int:
    return sum(_char_width(ch) for ch in text)


def _char_width(ch: str) -> int:
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
