"""A read-only SPARQL 1.1 Protocol endpoint over one graph file, with the HTML page at ``/``
and the graph's IRIs resolving at their paths.

    endpoint = Endpoint("output/graph.ttl", timeout=10, max_rows=10_000)
    server = make_server(endpoint, "127.0.0.1", 8000)
    server.serve_forever()

- ``GET /sparql?query=...``, ``POST /sparql`` with a form (``query=...``) or
  an ``application/sparql-query`` body.
- Results by content negotiation (``Accept``), or ``format=json|csv|tsv|xml``:
  SPARQL 1.1 JSON (the default), CSV, TSV and XML results for SELECT and ASK;
  Turtle (the default), N-Triples or RDF/XML for CONSTRUCT and DESCRIBE; 406
  when nothing acceptable is on offer.
- Linked data: ``GET`` on the path of an IRI minted under the graph's base
  (``/id/entity/openai`` for ``https://aikg.dev/id/entity/openai``, whatever
  host serves it) returns that entity's, fact's, evidence's or article's
  description: its own triples, then those pointing at it, at most `max_rows`
  (graph/deref.py). Turtle (the default), N-Triples or JSON-LD by ``Accept``
  (or ``format=ttl|nt|jsonld|html``); for ``text/html`` an entity gets the
  interactive page of its neighbourhood (as ``aikg view`` writes it, from the
  triples.jsonl beside the graph; ``depth=0..3``, default 2) and any other node
  a page of its description. ``/ontology`` serves the vocabulary the same way
  (``https://aikg.dev/ontology#invests-in`` is fetched without its fragment).
  A path that names no node of the graph gets 404.
- Read-only: updates (``update=``, ``application/sparql-update``, INSERT,
  DELETE, LOAD, CLEAR...) get 403; federated queries (SERVICE) get 400, so the
  server never fetches anything from elsewhere; other methods get 405.
- Limits: each query has `timeout` seconds, then 503; at most `max_rows` rows
  or triples are returned (the ``X-Aikg-Truncated`` header says when more were
  found); a request body past `max_request_bytes` gets 413, a longer query
  string 414.

Why processes: pyoxigraph evaluates a query in Rust without ever returning to
Python, so a query running in a thread can be neither interrupted nor
abandoned without its CPU and memory. Queries run instead in a few worker
processes, each opening the same on-disk store read-only (written once, at
start, from the graph file; opening it takes a few hundredths of a second); a
worker past its deadline is killed and a fresh one started in its place.

Why the standard library's ThreadingHTTPServer: the protocol is three routes
and a handful of headers, a framework would add a dependency and a server to
configure for no gain, and the heavy work happens in the worker processes
anyway.
"""
from __future__ import annotations

import html
import io
import json
import multiprocessing
import queue
import re
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape as xml_escape

from extractors.errors import QueryError

DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_ROWS = 10_000
DEFAULT_MAX_REQUEST_BYTES = 1 << 20
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

RESULT_TYPES = {  # media type -> results format; the first is the default
    "application/sparql-results+json": "json", "application/json": "json",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
}
GRAPH_TYPES = {
    "text/turtle": "turtle", "application/n-triples": "ntriples", "text/plain": "ntriples",
    "application/rdf+xml": "rdfxml",
}
FORMAT_PARAM = {"json": "application/sparql-results+json", "csv": "text/csv",
                "tsv": "text/tab-separated-values", "xml": "application/sparql-results+xml",
                "turtle": "text/turtle", "ttl": "text/turtle", "ntriples": "application/n-triples",
                "nt": "application/n-triples", "rdfxml": "application/rdf+xml",
                "jsonld": "application/ld+json", "json-ld": "application/ld+json",
                "html": "text/html"}

_UPDATE = re.compile(r"(?<![\w?$:])(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)"
                     r"(?=\s*(DATA|WHERE|SILENT|GRAPH|DEFAULT|NAMED|ALL)\b|\s*[{<]|\s+\w*:)",
                     re.I)
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?=\s*(SILENT\s*)?[<?$]|\s+\w*:)", re.I)
# strings, IRIs and comments, blanked before looking for keywords
_OPAQUE = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                     r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*')


@dataclass
class Answer:
    status: int
    content_type: str
    body: bytes
    headers: dict


def _error(status: int, message: str) -> Answer:
    return Answer(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"), {})


# -- what a query may do ------------------------------------------------------
def refusal(sparql: str) -> Answer | None:
    """403 for an update, 400 for an empty or federated query; None when it may run."""
    if not sparql or not sparql.strip():
        return _error(400, "the SPARQL query is empty")
    bare = _OPAQUE.sub(lambda m: {"<": "<>", "#": " "}.get(m.group(0)[0], '""'), sparql)
    m = _UPDATE.search(bare)
    if m:
        return _error(403, f"this endpoint is read-only: {m.group(1).upper()} is refused")
    if _SERVICE.search(bare):
        return _error(400, "federated queries (SERVICE) are refused by this endpoint")
    return None


# -- content negotiation --------------------------------------------------------
def _accepted(accept: str | None) -> list[str]:
    """Media ranges of an Accept header, most wanted first (ties keep their order)."""
    ranges = []
    for i, part in enumerate((accept or "*/*").split(",")):
        fields = [f.strip() for f in part.split(";")]
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if fields[0] and q > 0:
            ranges.append((-q, i, fields[0].lower()))
    return [r for _, _, r in sorted(ranges)]


def negotiate(accept: str | None, offers: dict[str, str]) -> str | None:
    """The offered media type that best fits `accept`, or None (then 406)."""
    for wanted in _accepted(accept):
        if wanted in offers:
            return wanted
        major = wanted.split("/")[0]
        for media in offers:
            if wanted == "*/*" or (wanted.endswith("/*") and media.split("/")[0] == major):
                return media
    return None


# -- the worker side: run one query, serialise at most max_rows ----------------
def _worker_main(conn, store_dir: str, max_rows: int) -> None:
    import pyoxigraph as ox

    import graph.query  # noqa: F401 - imported now, not during the first query's time

    store = ox.Store.read_only(store_dir)
    conn.send("ready")
    while True:
        try:
            kind, *request = conn.recv()
        except (EOFError, OSError):
            return
        try:
            if kind == "describe":
                answer = describe(store, *request, max_rows=max_rows)
            else:
                answer = run(store, *request, max_rows)
        except Exception as exc:  # the worker survives whatever one query does
            answer = _error(500, f"the {'description' if kind == 'describe' else 'query'} "
                                 f"failed: {exc}")
        conn.send(answer)


def run(store, sparql: str, accept: str | None, max_rows: int) -> Answer:
    """Evaluate `sparql` on a pyoxigraph store and serialise the answer as negotiated."""
    import pyoxigraph as ox

    from graph.query import PREFIXES

    try:
        result = store.query(sparql, prefixes=PREFIXES)
        if isinstance(result, ox.QueryBoolean):
            return _results(["ask"], None, bool(result), accept, False)
        if isinstance(result, ox.QuerySolutions):
            columns = [v.value for v in result.variables]
            rows, more = _take(result, max_rows)
            return _results(columns, [list(s) for s in rows], None, accept, more)
        triples, more = _take(result, max_rows)
        return _graph(triples, accept, more)
    except SyntaxError as exc:
        return _error(400, f"invalid SPARQL query: {exc}")
    except (OSError, RuntimeError, ValueError) as exc:
        return _error(400, f"the SPARQL query failed: {exc}")


def describe(store, iris: list[str], fmt: str, prefixes: dict[str, str],
             minted_under: tuple[str, ...], *, max_rows: int) -> Answer:
    """The description of the first of `iris` that `store` has, as `fmt`; 404 if none."""
    from graph import deref

    for iri in iris:
        triples, more = deref.describe(store, iri, max_rows)
        if triples:
            break
    else:
        return _error(404, "not found: no node of the graph has this IRI")
    return description(iri, triples, fmt, prefixes, minted_under, more,
                       deref.labels(store, triples) if fmt == "html" else {})


def description(iri: str, triples, fmt: str, prefixes: dict[str, str],
                minted_under: tuple[str, ...], truncated: bool, names: dict) -> Answer:
    from graph import deref

    headers = {"X-Aikg-Truncated": "true"} if truncated else {}
    if fmt == "html":
        body = deref.page(iri, triples, names, prefixes, minted_under, truncated=truncated)
        return Answer(200, "text/html; charset=utf-8", body.encode("utf-8"), headers)
    media = {"turtle": "text/turtle; charset=utf-8", "ntriples": "application/n-triples",
             "jsonld": "application/ld+json"}[fmt]
    return Answer(200, media, deref.serialise(triples, fmt, prefixes), headers)


def _take(iterator, n: int):
    rows = []
    for item in iterator:
        if len(rows) == n:
            return rows, True
        rows.append(item)
    return rows, False


def _results(columns, rows, boolean, accept, truncated) -> Answer:
    from graph.query import format_csv, format_json

    media = negotiate(accept, RESULT_TYPES)
    if media is None:
        return _error(406, "no acceptable result format; offered: " + ", ".join(RESULT_TYPES))
    fmt = RESULT_TYPES[media]
    if boolean is not None:
        columns, cells = ["ask"], [["true" if boolean else "false"]]
    else:
        cells = [[None if t is None else str(t) for t in row] for row in rows]
    if fmt == "json":
        body = format_json(columns, cells)
    elif fmt == "csv":
        body = format_csv(columns, cells)
    elif fmt == "tsv":
        body = _tsv(columns, rows, boolean)
    else:
        body = _xml(columns, rows, boolean)
    headers = {"X-Aikg-Truncated": "true"} if truncated else {}
    charset = "" if fmt in ("json", "xml") and "+" in media else "; charset=utf-8"
    return Answer(200, media + charset, body.encode("utf-8"), headers)


def _tsv(columns, rows, boolean) -> str:
    if boolean is not None:
        return "?ask\n" + ("true" if boolean else "false") + "\n"
    out = io.StringIO()
    out.write("\t".join("?" + c for c in columns) + "\n")
    for row in rows:
        out.write("\t".join("" if t is None else str(t) for t in row) + "\n")
    return out.getvalue()


def _xml(columns, rows, boolean) -> str:
    import pyoxigraph as ox

    out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>']
    if boolean is not None:
        out.append(f"</head>\n<boolean>{'true' if boolean else 'false'}</boolean>\n</sparql>\n")
        return "".join(out)
    out += [f'<variable name="{xml_escape(c)}"/>' for c in columns]
    out.append("</head>\n<results>\n")
    for row in rows:
        out.append("<result>")
        for c, t in zip(columns, row):
            if t is None:
                continue
            if isinstance(t, ox.NamedNode):
                value = f"<uri>{xml_escape(t.value)}</uri>"
            elif isinstance(t, ox.BlankNode):
                value = f"<bnode>{xml_escape(t.value)}</bnode>"
            elif t.language:
                value = f'<literal xml:lang="{xml_escape(t.language)}">{xml_escape(t.value)}</literal>'
            elif t.datatype.value == _XSD_STRING:
                value = f"<literal>{xml_escape(t.value)}</literal>"
            else:
                value = (f'<literal datatype="{xml_escape(t.datatype.value)}">'
                         f"{xml_escape(t.value)}</literal>")
            out.append(f'<binding name="{xml_escape(c)}">{value}</binding>')
        out.append("</result>\n")
    out.append("</results>\n</sparql>\n")
    return "".join(out)


def _graph(triples, accept, truncated) -> Answer:
    import pyoxigraph as ox

    media = negotiate(accept, GRAPH_TYPES)
    if media is None:
        return _error(406, "no acceptable graph format; offered: " + ", ".join(GRAPH_TYPES))
    fmt = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
           "rdfxml": ox.RdfFormat.RDF_XML}[GRAPH_TYPES[media]]
    body = ox.serialize(triples, format=fmt)
    headers = {"X-Aikg-Truncated": "true"} if truncated else {}
    return Answer(200, media + "; charset=utf-8", body, headers)


# -- the worker pool --------------------------------------------------------------
class _Worker:
    def __init__(self, ctx, store_dir: str, max_rows: int):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, store_dir, max_rows),
                                daemon=True, name="aikg-sparql-worker")
        self.proc.start()
        child.close()
        try:
            ready = self.conn.poll(60) and self.conn.recv() == "ready"
        except (EOFError, OSError):
            ready = False
        if not ready:
            self.kill()
            raise QueryError("the SPARQL worker process did not start")

    def kill(self) -> None:
        self.proc.kill()
        self.proc.join()
        self.conn.close()


class Endpoint:
    """The graph, loaded once into an on-disk store, and the worker processes that query it."""

    def __init__(self, graph_path: str | Path, *, timeout: float = DEFAULT_TIMEOUT,
                 max_rows: int = DEFAULT_MAX_ROWS,
                 max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES, workers: int = 2,
                 page: bytes | None = None):
        self.graph_path = Path(graph_path)
        self.timeout, self.max_rows, self.max_request_bytes = timeout, max_rows, max_request_bytes
        self.page = page if page is not None else _page(self.graph_path)
        self._dir = tempfile.mkdtemp(prefix="aikg-serve-")
        try:
            self.triples, self.bases = _write_store(self.graph_path, self._dir)
            self.prefixes = _prefixes(self.bases)
            self._kg_lock = threading.Lock()
            self._kg: tuple | None = None
            self._ctx = multiprocessing.get_context("spawn")
            self._idle: queue.Queue[_Worker] = queue.Queue()
            self._all: list[_Worker] = []
            self._lock = threading.Lock()
            self._closed = False
            for _ in range(max(1, workers)):
                self._add_worker()
        except BaseException:
            self.close()
            raise

    def _add_worker(self) -> None:
        w = _Worker(self._ctx, self._dir, self.max_rows)
        with self._lock:
            if self._closed:
                w.kill()
                return
            self._all.append(w)
        self._idle.put(w)

    def _replace(self, w: _Worker) -> None:
        with self._lock:
            if w in self._all:
                self._all.remove(w)
        w.kill()
        threading.Thread(target=self._add_worker, daemon=True).start()

    def query(self, sparql: str, accept: str | None = None) -> Answer:
        """Answer one query within the timeout (refused, answered, or 503 past the deadline)."""
        refused = refusal(sparql)
        if refused is not None:
            return refused
        return self._ask(("query", sparql, accept))

    def describe(self, path: str, accept: str | None = None, depth: int = 2) -> Answer | None:
        """The description of the node whose IRI has this path, as negotiated (a neighbourhood
        page for an entity asked as text/html); None when the path names no IRI of the graph."""
        from graph import deref

        iris = deref.resolve(path, self.bases)
        if not iris:
            return None
        media = negotiate(accept, deref.DESCRIPTION_TYPES)
        if media is None:
            return _error(406, "no acceptable format; offered: "
                               + ", ".join(deref.DESCRIPTION_TYPES))
        fmt = deref.DESCRIPTION_TYPES[media]
        if iris == [deref.VOCABULARY_IRI]:
            triples = list(deref.vocabulary_triples())
            names = {str(t.subject.value): t.object.value for t in triples
                     if t.predicate.value.endswith("#label") and t.object.language == "en"}
            return description(iris[0], triples, fmt, self.prefixes, self.bases, False, names)
        answer = self._ask(("describe", iris, fmt, self.prefixes, self.bases))
        if fmt == "html" and answer.status == 200:    # the graph has it: an entity gets its page
            page = self.entity_page(iris, depth)
            if page is not None:
                return Answer(200, "text/html; charset=utf-8", page.encode("utf-8"), {})
        return answer

    def entity_page(self, iris: list[str], depth: int = 2) -> str | None:
        """The interactive page of the neighbourhood of the entity named by one of `iris`
        (as ``aikg view`` writes it), when the triples.jsonl beside the graph holds it."""
        from graph.exporters.html import generate, neighbourhood

        kg, by_iri = self._knowledge_graph()
        key = next((by_iri[i] for i in iris if i in by_iri), None)
        if key is None:
            return None
        name = kg.entities[key].name
        hops = f"{depth} hop{'s' * (depth != 1)}"
        return generate(neighbourhood(kg, name, depth=depth), focus=name,
                        title=f"aikg: {name}, {hops} around")

    def _knowledge_graph(self):
        """(the KnowledgeGraph of triples.jsonl beside the graph, entity IRI -> key), read once;
        (None, {}) when there is no such file."""
        with self._kg_lock:
            if self._kg is None:
                from graph.rdf import entity_slugs

                kg = _triples_beside(self.graph_path)
                by_iri = {}
                if kg is not None:
                    slugs = entity_slugs(kg)
                    by_iri = {f"{base}entity/{s}": key for key, s in slugs.items()
                              for base in self.bases}
                self._kg = (kg, by_iri)
            return self._kg

    def describe_paths(self) -> list[str]:
        """Where the graph's IRIs resolve: ``/id/entity/...``, ``/ontology``..."""
        from graph import deref

        return [deref.namespace_path(b) + "..." for b in self.bases] + [
            deref.namespace_path(deref.VOCABULARY_IRI)]

    def _ask(self, request: tuple) -> Answer:
        """Send `request` to a free worker; its answer, or 503 past the timeout."""
        deadline = time.monotonic() + self.timeout
        try:
            w = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return _error(503, f"the endpoint is busy: no worker free within {self.timeout:g} s")
        try:
            w.conn.send(request)
            if w.conn.poll(max(0.0, deadline - time.monotonic())):
                answer = w.conn.recv()
                self._idle.put(w)
                return answer
        except (EOFError, OSError):  # the worker died (out of memory...)
            self._replace(w)
            return _error(500, "the query stopped its worker process (out of memory?)")
        self._replace(w)
        return _error(503, f"the query ran past the {self.timeout:g} s timeout and was stopped")

    def close(self) -> None:
        with getattr(self, "_lock", threading.Lock()):
            self._closed = True
            workers, self._all = list(getattr(self, "_all", [])), []
        for w in workers:
            w.kill()
        shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _write_store(path: Path, store_dir: str) -> tuple[int, tuple[str, ...]]:
    """Load the graph at `path` (any input graph/source.py reads) into a new on-disk
    store; its number of triples and the bases its IRIs were minted under."""
    import pyoxigraph as ox

    from extractors.errors import InputError
    from graph.deref import bases
    from graph.source import copy_into

    store = ox.Store(store_dir)
    try:
        return copy_into(path, store), bases(store)
    except InputError as exc:
        raise QueryError(exc.args[0]) from None
    finally:
        del store  # closed: the workers open it read-only and nobody writes to it any more


def _prefixes(minted_under: tuple[str, ...]) -> dict[str, str]:
    from graph.rdf import DEFAULT_BASE, prefixes

    return prefixes(minted_under[0] if minted_under else DEFAULT_BASE)


def _triples_beside(graph_path: Path):
    """The KnowledgeGraph of the triples.jsonl beside the graph file (as `aikg build` made
    the graph from it), or None."""
    jsonl = graph_path.with_name("triples.jsonl")
    if not jsonl.is_file():
        return None
    from extractors.triple import Triple
    from graph.model import knowledge_graph

    try:
        with jsonl.open(encoding="utf-8") as lines:
            return knowledge_graph(Triple.from_dict(json.loads(x)) for x in lines if x.strip())
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _page(graph_path: Path) -> bytes:
    """The HTML view: graph.html beside the graph, else one made from triples.jsonl, else a form."""
    from graph.source import kind, knowledge_graph

    page = graph_path.with_name("graph.html")
    if kind(graph_path) == "rdf" and page.is_file():
        return page.read_bytes()
    kg = knowledge_graph(graph_path) if kind(graph_path) != "rdf" else _triples_beside(graph_path)
    if kg is not None:
        from graph.exporters.html import generate

        return generate(kg).encode("utf-8")
    return (f"<!doctype html><meta charset=utf-8><title>aikg SPARQL endpoint</title>"
            f"<h1>{html.escape(graph_path.name)}</h1><form action=/sparql method=post>"
            f"<textarea name=query rows=12 cols=80>SELECT * WHERE {{ ?s ?p ?o }} LIMIT 10"
            f"</textarea><br><button>Run</button></form>").encode("utf-8")


# -- HTTP -------------------------------------------------------------------------
class _Handler(BaseHTTPRequestHandler):
    endpoint: Endpoint
    log: Callable[[str], None] | None = None
    server_version = "aikg"
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        if self.log is not None:
            self.log(f"{self.address_string()} {format % args}")

    def _send(self, answer: Answer, head_only: bool = False) -> None:
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(answer.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Vary", "Accept")
        for k, v in answer.headers.items():
            self.send_header(k, v)
        if answer.status >= 400:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if not head_only:
            self.wfile.write(answer.body)

    def _accept(self, params: dict) -> str | None:
        fmt = (params.get("format") or [None])[0]
        return FORMAT_PARAM.get(fmt.lower(), fmt) if fmt else self.headers.get("Accept")

    def _dispatch(self, params: dict) -> Answer:
        if "update" in params:
            return _error(403, "this endpoint is read-only: updates are refused")
        if "default-graph-uri" in params or "named-graph-uri" in params:
            return _error(400, "default-graph-uri and named-graph-uri are not supported")
        queries = params.get("query") or []
        if len(queries) != 1:
            return _error(400, "give exactly one query: /sparql?query=SELECT...")
        return self.endpoint.query(queries[0], self._accept(params))

    def do_GET(self):  # noqa: N802 - http.server's naming
        self._get(head_only=False)

    def do_HEAD(self):  # noqa: N802
        self._get(head_only=True)

    def _get(self, head_only: bool) -> None:
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            return self._send(Answer(200, "text/html; charset=utf-8", self.endpoint.page, {}),
                              head_only)
        if url.path != "/sparql":
            return self._send(self._describe(url), head_only)
        if len(url.query) > self.endpoint.max_request_bytes:
            return self._send(_error(414, "the query string is too long; POST the query"))
        self._send(self._dispatch(parse_qs(url.query, keep_blank_values=True)), head_only)

    def _describe(self, url) -> Answer:
        params = parse_qs(url.query[:1000])
        try:
            depth = min(3, max(0, int((params.get("depth") or ["2"])[0])))
        except ValueError:
            depth = 2
        answer = self.endpoint.describe(url.path, self._accept(params), depth)
        if answer is None:
            return _error(404, "not found: the endpoint is /sparql, the page is /, and the "
                               "graph's IRIs resolve at their paths ("
                               + ", ".join(self.endpoint.describe_paths()) + ")")
        return answer

    def do_POST(self):  # noqa: N802
        url = urlsplit(self.path)
        if url.path != "/sparql":
            return self._send(_error(404, "not found: the endpoint is /sparql"))
        length = self.headers.get("Content-Length")
        if length is None or not length.isdigit():
            return self._send(_error(411, "a Content-Length header is required"))
        if int(length) > self.endpoint.max_request_bytes:
            return self._send(_error(413, f"the request body is over "
                                          f"{self.endpoint.max_request_bytes} bytes"))
        body = self.rfile.read(int(length)).decode("utf-8", errors="replace")
        params = parse_qs(url.query, keep_blank_values=True)
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-update":
            return self._send(_error(403, "this endpoint is read-only: updates are refused"))
        if ctype == "application/sparql-query":
            params["query"] = [body]
        elif ctype == "application/x-www-form-urlencoded":
            params.update(parse_qs(body, keep_blank_values=True))
        else:
            return self._send(_error(415, "send application/sparql-query or a "
                                          "application/x-www-form-urlencoded form"))
        self._send(self._dispatch(params))

    def _read_only(self):
        self._send(_error(405, "this endpoint is read-only; use GET or POST on /sparql"))

    do_PUT = do_DELETE = do_PATCH = _read_only


def make_server(endpoint: Endpoint, host: str = "127.0.0.1", port: int = 8000, *,
                log: Callable[[str], None] | None = None) -> ThreadingHTTPServer:
    """An HTTP server for `endpoint` (port 0 picks a free one: see ``server.server_address``)."""
    handler = type("Handler", (_Handler,), {"endpoint": endpoint, "log": staticmethod(log) if log else None})
    server = _Server((host, port), handler)
    server.daemon_threads = True
    return server


class _Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        """A client that closed the connection before its answer was sent is no error of
        the server's: nothing is printed. Anything else is printed as the base class does."""
        import sys

        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)
