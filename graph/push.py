"""Upload a graph to a triple store through the SPARQL 1.1 Graph Store HTTP Protocol.

    result = push("output/graph.ttl", "http://localhost:7878/store",
                  graph="https://example.org/graphs/aikg")

The whole graph goes in one ``PUT`` (``?graph=IRI``, or ``?default`` for the
default graph) as N-Triples, so the store replaces that graph in one go: a
failed request leaves the old graph, never half of the new one. The file is
parsed first (a broken file is refused before anything is sent) and its
triples counted; then, when the store offers a query endpoint (given, or
guessed: ``.../store`` -> ``.../query`` for Oxigraph, ``.../data`` ->
``.../query`` for Fuseki), a ``COUNT`` query checks that the store holds as
many triples as were sent.

Connection errors, timeouts and 5xx answers are retried `retries` times with
exponential backoff (PUT replaces the graph, so repeating it is safe); a 4xx
answer is final. Every failure raises `PushError` with one line saying why.
"""
from __future__ import annotations

import json
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from extractors.errors import AikgError


class PushError(AikgError):
    """The graph could not be uploaded, or the store does not hold what was sent."""

    code = "E007"


@dataclass(frozen=True)
class PushResult:
    url: str                 # where the graph was PUT
    sent: int                # triples sent
    held: int | None         # triples the store reports holding afterwards (None: not checked)
    status: int              # the PUT's HTTP status


def graph_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store Protocol URL of one graph (``?graph=IRI``) or of the default graph."""
    sep = "&" if urllib.parse.urlsplit(endpoint).query else "?"
    return endpoint + sep + ("graph=" + urllib.parse.quote(graph, safe="") if graph else "default")


def guess_query_endpoint(endpoint: str) -> str | None:
    """The query URL that usually sits beside a store URL (Oxigraph's /store, Fuseki's /data)."""
    parts = urllib.parse.urlsplit(endpoint)
    path = parts.path.rstrip("/")
    for store_name in ("/store", "/data"):
        if path.endswith(store_name):
            return urllib.parse.urlunsplit(parts._replace(path=path[: -len(store_name)] + "/query",
                                                          query=""))
    return None


def _ntriples(path: Path) -> tuple[bytes, int]:
    from extractors.errors import InputError
    from graph.source import ntriples

    try:
        return ntriples(path)
    except InputError as exc:
        raise PushError(exc.args[0]) from None


def _request(req: urllib.request.Request, *, timeout: float, retries: int, backoff: float,
             on_retry: Callable[[int, str], None] | None) -> tuple[int, bytes]:
    """Send `req`; retry connection errors, timeouts and 5xx. (status, body) of a 2xx answer."""
    what = f"{req.get_method()} {req.full_url}"
    for attempt in range(retries + 1):
        try:
            with urllib.request.urlopen(req, timeout=timeout) as answer:
                return answer.status, answer.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read(300).decode("utf-8", "replace").strip().splitlines()
            reason = f"HTTP {exc.code}" + (f": {detail[0]}" if detail else "")
            if exc.code < 500:
                raise PushError(f"{what} was refused: {reason}") from None
        except (urllib.error.URLError, OSError) as exc:  # refused, unreachable, timed out
            reason = str(getattr(exc, "reason", None) or exc)
        if attempt == retries:
            tries = f"{retries + 1} tr{'ies' if retries else 'y'}"
            raise PushError(f"{what} failed after {tries}: {reason}")
        if on_retry is not None:
            on_retry(attempt + 1, reason)
        time.sleep(backoff * 2 ** attempt)
    raise AssertionError("unreachable")


def count(query_endpoint: str, graph: str | None, *, timeout: float = 30, retries: int = 2,
          backoff: float = 0.5) -> int:
    """How many triples the store holds in `graph` (or its default graph)."""
    where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    data = urllib.parse.urlencode({"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"})
    req = urllib.request.Request(query_endpoint, data=data.encode("utf-8"), method="POST",
                                 headers={"Content-Type": "application/x-www-form-urlencoded",
                                          "Accept": "application/sparql-results+json"})
    _, body = _request(req, timeout=timeout, retries=retries, backoff=backoff, on_retry=None)
    try:
        return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])
    except (ValueError, KeyError, IndexError, TypeError):
        raise PushError(f"{query_endpoint} did not answer the COUNT query with SPARQL JSON "
                        f"results") from None


def push(graph_path: str | Path, endpoint: str, *, graph: str | None = None,
         query_endpoint: str | None = None, verify: bool = True, timeout: float = 60,
         retries: int = 3, backoff: float = 1.0,
         on_retry: Callable[[int, str], None] | None = None) -> PushResult:
    """PUT the graph file at `graph_path` into `endpoint` (a Graph Store Protocol URL)."""
    if not urllib.parse.urlsplit(endpoint).scheme in ("http", "https"):
        raise PushError(f"the endpoint must be an http:// or https:// URL, not {endpoint!r}")
    if graph is not None and not urllib.parse.urlsplit(graph).scheme:
        raise PushError(f"the graph name must be an absolute IRI, not {graph!r}")
    body, sent = _ntriples(Path(graph_path))
    url = graph_url(endpoint, graph)
    req = urllib.request.Request(url, data=body, method="PUT",
                                 headers={"Content-Type": "application/n-triples"})
    status, _ = _request(req, timeout=timeout, retries=retries, backoff=backoff, on_retry=on_retry)
    query_endpoint = query_endpoint or guess_query_endpoint(endpoint)
    held = None
    if verify and query_endpoint:
        held = count(query_endpoint, graph, timeout=timeout)
        if held != sent:
            raise PushError(f"sent {sent} triples to {url} but the store holds {held}")
    return PushResult(url=url, sent=sent, held=held, status=status)
