"""Linked data: the IRIs of a graph resolve, at their path, to their description.

`aikg serve` answers ``GET /id/entity/openai`` with the description of
``https://aikg.dev/id/entity/openai``, whatever host serves it, and
``GET /ontology`` with the vocabulary (``https://aikg.dev/ontology#...``: a
client drops the fragment and fetches the namespace's document). This module
does the reading and writing; graph/serve.py routes the requests, runs the
reading in its worker processes and negotiates the format.

- `bases(store)`: the bases the graph's IRIs were minted under, read from one
  node of each kind (entity, fact, evidence, article), so a graph built with
  ``--base https://example.org/kg/`` resolves at ``/kg/entity/...``.
- `resolve(path, bases)`: the IRIs a request path may name.
- `describe(store, iri, limit)`: the node's own triples, then the triples
  pointing at it, at most `limit` in all (a bounded description: the evidence
  of a fact is named, not copied in; each evidence node resolves in turn).
- `serialise(triples, fmt, prefixes)`: Turtle, N-Triples or JSON-LD bytes, with
  the prefixes the triples use.
- `page(...)`: the description as a small HTML page whose links to other
  nodes of the graph are their paths on the same server.
"""
from __future__ import annotations

import html
from functools import lru_cache
from urllib.parse import urlsplit

from graph.rdf import AIKG, base_of, vocabulary_text

VOCABULARY_IRI = str(AIKG).rstrip("#")          # https://aikg.dev/ontology
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDF_TYPE = _RDF + "type"
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_KINDS = ("Article", "Fact", "Evidence", "Organization", "Person", "Place", "Product",
          "Project", "Entity")

# media type -> description format; the first is the default (curl's */*)
DESCRIPTION_TYPES = {
    "text/turtle": "turtle", "application/n-triples": "ntriples",
    "application/ld+json": "jsonld", "text/html": "html", "application/xhtml+xml": "html",
    "text/plain": "ntriples", "application/json": "jsonld",
}


def bases(store) -> tuple[str, ...]:
    """The bases of the IRIs minted in `store` (a pyoxigraph Store), in a stable order."""
    import pyoxigraph as ox

    found = set()
    kind = ox.NamedNode(_RDF_TYPE)
    for cls in _KINDS:
        for quad in store.quads_for_pattern(None, kind, ox.NamedNode(str(AIKG) + cls)):
            base = base_of(quad.subject.value) if isinstance(quad.subject, ox.NamedNode) else None
            if base:
                found.add(base)
                break
    return tuple(sorted(found))


def namespace_path(iri: str) -> str:
    """The path part of an IRI (``https://aikg.dev/id/`` -> ``/id/``)."""
    return urlsplit(iri).path or "/"


def resolve(path: str, minted_under: tuple[str, ...]) -> list[str]:
    """The IRIs that a request for `path` may mean: `path` under each base's scheme and
    host, or the vocabulary's IRI for its namespace's path."""
    if path == namespace_path(VOCABULARY_IRI):
        return [VOCABULARY_IRI]
    out = []
    for base in minted_under:
        parts = urlsplit(base)
        if path.startswith(parts.path) and len(path) > len(parts.path) and "#" not in base:
            out.append(f"{parts.scheme}://{parts.netloc}{path}")
    return out


def describe(store, iri: str, limit: int):
    """(triples, truncated): `iri`'s own triples then those pointing at it, at most `limit`."""
    import pyoxigraph as ox

    node = ox.NamedNode(iri)
    own: list = []
    incoming: list = []
    truncated = False
    for pattern, into in (((node, None, None), own), ((None, None, node), incoming)):
        for quad in store.quads_for_pattern(*pattern):
            if len(own) + len(incoming) == limit:
                truncated = True
                break
            if into is incoming and quad.subject == node:
                continue                                  # a loop, already listed
            into.append(quad.triple)
    own.sort(key=lambda t: (t.predicate.value != _RDF_TYPE, t.predicate.value != _LABEL,
                            t.predicate.value, str(t.object)))
    incoming.sort(key=lambda t: (t.predicate.value, str(t.subject)))
    return own + incoming, truncated


@lru_cache(maxsize=1)
def vocabulary_triples() -> tuple:
    """The vocabulary file's triples: what ``/ontology`` serves."""
    import pyoxigraph as ox

    return tuple(ox.parse(vocabulary_text(), format=ox.RdfFormat.TURTLE))


def labels(store, triples) -> dict[str, str]:
    """The rdfs:label of each IRI in `triples` that has one in `store`."""
    import pyoxigraph as ox

    label = ox.NamedNode(_LABEL)
    out: dict[str, str] = {}
    for t in triples:
        for term in (t.subject, t.object):
            if isinstance(term, ox.NamedNode) and term.value not in out:
                found = sorted((q.object for q in store.quads_for_pattern(term, label, None)),
                               key=lambda x: (x.language not in (None, "en"), x.value))
                out[term.value] = found[0].value if found else ""
    return {k: v for k, v in out.items() if v}


def used_prefixes(triples, prefixes: dict[str, str]) -> dict[str, str]:
    """The entries of `prefixes` that some IRI of `triples` starts with."""
    import pyoxigraph as ox

    iris = {term.value for t in triples for term in (t.subject, t.predicate, t.object)
            if isinstance(term, ox.NamedNode)}
    iris |= {t.object.datatype.value for t in triples if isinstance(t.object, ox.Literal)
             and not t.object.language and t.object.datatype.value != _XSD + "string"}
    return {p: ns for p, ns in sorted(prefixes.items()) if any(i.startswith(ns) for i in iris)}


def serialise(triples, fmt: str, prefixes: dict[str, str]) -> bytes:
    """`triples` as ``turtle``, ``ntriples`` or ``jsonld`` (compacted with the prefixes)."""
    import pyoxigraph as ox

    used = used_prefixes(triples, prefixes)
    if fmt == "jsonld":
        from rdflib import Graph

        g = Graph(bind_namespaces="none")
        g.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
        return g.serialize(format="json-ld", context=used, auto_compact=True,
                           indent=1).encode("utf-8")
    if fmt == "ntriples":
        return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=used)


# -- the HTML page ----------------------------------------------------------------
_STYLE = ("body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:70em;padding:0 1em}"
          "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border-bottom:1px solid #ddd;"
          "padding:.25em .8em .25em 0;text-align:left;vertical-align:top}code{font-size:.9em}"
          "small{color:#666}")


def page(iri: str, triples, names: dict[str, str], prefixes: dict[str, str],
         minted_under: tuple[str, ...], *, truncated: bool = False) -> str:
    """An HTML page of `iri`'s description: its triples grouped by subject, then
    the nodes pointing at it."""
    import pyoxigraph as ox

    blank: dict = {}
    for t in triples:
        if isinstance(t.subject, ox.BlankNode):
            blank.setdefault(t.subject, []).append(t)

    def inline(node, depth: int) -> str:
        """A blank node written out: a list as ( a b ), a node as [ p o ; ... ]."""
        rows = blank.get(node, [])
        first = [t.object for t in rows if t.predicate.value == _RDF + "first"]
        if first:
            rest = [t.object for t in rows if t.predicate.value == _RDF + "rest"]
            items = [link(first[0], depth + 1)]
            while rest and isinstance(rest[0], ox.BlankNode) and len(items) < 100:
                rows = blank.get(rest[0], [])
                items += [link(t.object, depth + 1) for t in rows if t.predicate.value == _RDF + "first"]
                rest = [t.object for t in rows if t.predicate.value == _RDF + "rest"]
            return "( " + " ".join(items) + " )"
        return "[ " + " ; ".join(f"{link(t.predicate, depth + 1)} {link(t.object, depth + 1)}"
                                 for t in rows if t.predicate.value != _RDF_TYPE) + " ]"

    def link(term, depth: int = 0) -> str:
        if isinstance(term, ox.BlankNode) and term in blank and depth < 8:
            return inline(term, depth)
        if not isinstance(term, ox.NamedNode):
            if isinstance(term, ox.Literal):
                tag = f"@{term.language}" if term.language else (
                    "" if term.datatype.value == _XSD + "string" else f"^^{short(term.datatype.value)}")
                return html.escape(term.value) + (f" <small>{html.escape(tag)}</small>" if tag else "")
            return html.escape(str(term))
        value = term.value
        text = html.escape(names.get(value) or short(value))
        href = local_href(value, minted_under)
        if href is None and urlsplit(value).scheme in ("http", "https"):
            href = value
        return f'<a href="{html.escape(href)}">{text}</a>' if href else text

    def short(value: str) -> str:
        from graph.query import compact
        return compact(value, prefixes).strip("<>")

    own: dict = {}
    incoming = []
    for t in triples:
        if t.object == ox.NamedNode(iri) and t.subject != ox.NamedNode(iri):
            incoming.append(t)
        else:
            own.setdefault(t.subject, []).append(t)
    title = names.get(iri) or _fact_title(iri, triples, names) or short(iri)
    out = [f"<!doctype html><html lang=en><meta charset=utf-8>"
           f"<title>{html.escape(title)} · aikg</title><style>{_STYLE}</style>",
           f"<h1>{html.escape(title)}</h1><p><code>{html.escape(iri)}</code> · "
           + " · ".join(f'<a href="?format={f}">{name}</a>'
                        for f, name in (("ttl", "Turtle"), ("nt", "N-Triples"),
                                        ("jsonld", "JSON-LD"))) + "</p>"]
    for subject, rows in own.items():
        if isinstance(subject, ox.BlankNode):
            continue                                      # written out where it is used
        if subject != ox.NamedNode(iri):
            anchor = subject.value.rsplit("#", 1)[-1] if isinstance(subject, ox.NamedNode) else ""
            out.append(f'<h2 id="{html.escape(anchor)}">{link(subject)}</h2>')
        out.append("<table>" + "".join(f"<tr><th>{link(t.predicate)}</th><td>{link(t.object)}</td></tr>"
                                       for t in rows) + "</table>")
    if incoming:
        out.append("<h2>Pointing at it</h2><table>" + "".join(
            f"<tr><td>{link(t.subject)}</td><th>{link(t.predicate)}</th></tr>" for t in incoming)
            + "</table>")
    if truncated:
        out.append(f"<p><small>Only the first {len(triples)} triples are shown.</small></p>")
    return "\n".join(out) + "\n"


def local_href(iri: str, minted_under: tuple[str, ...]) -> str | None:
    """The path on this server where `iri` resolves, or None when it does not."""
    if iri.startswith(VOCABULARY_IRI + "#") or iri == VOCABULARY_IRI:
        return namespace_path(VOCABULARY_IRI) + iri[len(VOCABULARY_IRI):]
    for base in minted_under:
        if iri.startswith(base) and "#" not in base:
            return urlsplit(iri).path
    return None


def _fact_title(iri: str, triples, names: dict[str, str]) -> str | None:
    """``SoftBank invests-in OpenAI`` for a fact node, from its rdf:subject, predicate, object."""
    parts = {t.predicate.value[len(_RDF):]: t.object.value for t in triples
             if t.subject.value == iri and t.predicate.value in
             (_RDF + "subject", _RDF + "predicate", _RDF + "object")}
    if len(parts) != 3:
        return None
    return " ".join(names.get(parts[k]) or parts[k].rsplit("/", 1)[-1].rsplit("#", 1)[-1]
                    for k in ("subject", "predicate", "object"))
