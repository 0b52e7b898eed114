"""HTML: one self-contained, interactive page of the knowledge graph.

The page is written directly from the `KnowledgeGraph` into our own Jinja2
template (graph/templates/graph.html.j2), with the vis-network script and
stylesheet that ship inside the pyvis package inlined. We deliberately do not
use pyvis's `Network` or its template:

- `Network.add_edge` checks every existing edge for duplicates, so building a
  page is quadratic (50,000 edges took about 24 s); here generation is linear;
- its template loads Bootstrap (and, outside `in_line` mode, vis.js) from a CDN,
  so the page breaks offline; ours has no http(s) `src` or `href` at all;
- it hands tooltips to vis-network as strings, which vis-network renders as
  HTML, and its popups use innerHTML: article text could run as code.

Safety: all graph data travels as one JSON blob in
``<script type="application/json" id="graph-data">`` with ``<``, ``>``, ``&``,
U+2028 and U+2029 escaped, so no article text can close the tag; the page's
script parses it with ``JSON.parse`` and puts every article-derived text into
the DOM with ``textContent`` (tooltips are DOM elements, never strings).

Size: past `max_nodes` entities the page keeps the most connected ones (by
degree, ties by name) and the facts among them; past `max_edges` of those facts
it keeps the most confident ones (asserted before denied, then by confidence and
number of evidence sentences); the page says what it left out.
`neighbourhood` cuts the sub-graph around one entity (for ``aikg view``).
"""
from __future__ import annotations

import collections
import copy
import functools
import json
import re
from importlib import resources
from pathlib import Path

from extractors.errors import InputError
from extractors.triple import ENTITY_TYPES, PREDICATES, SYMMETRIC
from graph.canonical import NameIndex
from graph.exporters import Exporter
from graph.model import KnowledgeGraph
from graph.rdf import entity_slugs

DEFAULT_MAX_NODES = 300
# 300 densely linked entities can share tens of thousands of facts: a page with
# 50,000 edges took 27 s to settle in headless chromium, one with 2,000 under 2 s
DEFAULT_MAX_EDGES = 2000

# statuses drawn as dashed edges: the text does not say it happened
HEDGED = frozenset({"possible", "in-talks", "planned", "reported"})

# entity type -> (colour, vis-network shape, legend symbol); shapes keep the
# label outside so that size by degree shows
TYPE_STYLE = {
    "Organization": ("#4e79a7", "dot", "\u25cf"),
    "Person": ("#f28e2b", "triangle", "\u25b2"),
    "Place": ("#59a14f", "square", "\u25a0"),
    "Product": ("#e15759", "diamond", "\u25c6"),
    "Project": ("#b07aa1", "star", "\u2605"),
}
OTHER_TYPE_STYLE = ("#9c9c9c", "hexagon", "\u2b22")

PREDICATE_COLOUR = {
    "invests-in": "#2ca02c", "acquires": "#d62728", "partners-with": "#1f77b4",
    "competes-with": "#ff7f0e", "supplies": "#9467bd", "develops": "#8c564b",
    "owns": "#e377c2", "founded": "#17becf", "leads": "#bcbd22", "sues": "#800000",
    "accuses": "#b5179e", "based-in": "#7f7f7f",
}
OTHER_PREDICATE_COLOUR = "#555555"

_TEMPLATES = resources.files("graph") / "templates"
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                 "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JSON_RAW = re.compile("[\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


# -- assets ---------------------------------------------------------------
def _vis_dir() -> Path:
    import pyvis  # only for the vis-network files it ships
    return Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"


@functools.lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    vis = _vis_dir()
    return {
        "vis_js": (vis / "vis-network.min.js").read_text(encoding="utf-8"),
        "vis_css": (vis / "vis-network.css").read_text(encoding="utf-8"),
        "page_js": (_TEMPLATES / "graph.js").read_text(encoding="utf-8"),
        "page_css": (_TEMPLATES / "graph.css").read_text(encoding="utf-8"),
    }


@functools.lru_cache(maxsize=1)
def _template():
    import jinja2
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined,
                             keep_trailing_newline=True)
    return env.from_string((_TEMPLATES / "graph.html.j2").read_text(encoding="utf-8"))


def script_json(data) -> str:
    """JSON that is safe inside a <script> element: no '<', '>', '&', U+2028/9 and no
    control character left raw."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for raw, escaped in _JSON_ESCAPES.items():
        text = text.replace(raw, escaped)
    # C1 controls, lone surrogates and non-characters, which json.dumps leaves raw
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


# -- choosing what to show ------------------------------------------------
def degrees(kg: KnowledgeGraph) -> collections.Counter:
    """Number of asserted (not denied) facts each entity takes part in."""
    deg: collections.Counter = collections.Counter()
    for f in kg.facts.values():
        if not f.negated:
            deg[f.subject] += 1
            deg[f.object] += 1
    return deg


def _budget(kg: KnowledgeGraph, max_nodes: int | None, deg) -> set[str]:
    """Keys of the entities to show: all, or the `max_nodes` most connected."""
    if max_nodes is None or len(kg.entities) <= max_nodes:
        return set(kg.entities)
    ranked = sorted(kg.entities.values(), key=lambda e: (-deg[e.key], e.name.casefold(), e.key))
    return {e.key for e in ranked[:max_nodes]}


def _amount(value):
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _edge_rank(f):
    return (f.negated, -f.confidence, -len(f.evidence), f.subject, f.predicate, f.object)


def graph_data(kg: KnowledgeGraph, *, max_nodes: int | None = DEFAULT_MAX_NODES,
               max_edges: int | None = DEFAULT_MAX_EDGES, focus: str | None = None) -> dict:
    """The JSON-ready data the page draws: nodes, edges, legends and notice."""
    if max_nodes is not None and max_nodes < 1:
        raise InputError(f"max_nodes must be at least 1, not {max_nodes}")
    if max_edges is not None and max_edges < 1:
        raise InputError(f"max_edges must be at least 1, not {max_edges}")
    deg = degrees(kg)
    keep = _budget(kg, max_nodes, deg)
    ids = entity_slugs(kg)  # an entity's id is the slug of its IRI, as in every format
    nodes = []
    for e in sorted(kg.entities.values(), key=lambda e: e.key):
        if e.key in keep:
            nodes.append({"id": ids[e.key], "label": e.name, "type": e.type,
                          "aliases": sorted(e.aliases), "degree": deg[e.key]})
    among = [f for f in kg.facts.values() if f.subject in keep and f.object in keep]
    capped = max_edges is not None and len(among) > max_edges
    if capped:
        among = sorted(among, key=_edge_rank)[:max_edges]
    edges, dates = [], set()
    for f in among:
        reports = f.history(kg.days)  # in date order, undated last
        dates.update(d for d, _ in reports if d)
        edges.append({
            "from": ids[f.subject], "to": ids[f.object], "predicate": f.predicate,
            "symmetric": f.predicate in SYMMETRIC, "negated": f.negated,
            "hedged": f.status in HEDGED, "status": f.status, "cue": f.cue,
            "amount": _amount(f.amount), "currency": f.currency, "year": f.year,
            "confidence": f.confidence,
            "evidence": [{"sentence": ev.sentence, "doc": ev.doc, "date": d, "status": ev.status,
                          "cue": ev.cue} for d, ev in reports],
            "dates": sorted({d for d, _ in reports if d}), "undated": any(d is None for d, _ in reports),
        })
    edges.sort(key=lambda d: (d["from"], d["predicate"], d["to"], d["negated"]))
    for i, d in enumerate(edges):
        d["id"] = i
    hidden_nodes = len(kg.entities) - len(nodes)
    notice = None
    if hidden_nodes or capped:
        notice = {"shown": len(nodes), "total": len(kg.entities),
                  "hidden_facts": len(kg.facts) - len(edges)}
        if capped:
            notice["edge_cap"] = max_edges
    present_types = {e.type for e in kg.entities.values() if e.key in keep}
    present_preds = {d["predicate"] for d in edges}
    types = [{"name": t, "colour": TYPE_STYLE[t][0], "shape": TYPE_STYLE[t][1],
              "symbol": TYPE_STYLE[t][2]}
             for t in ENTITY_TYPES] + [
             {"name": t, "colour": OTHER_TYPE_STYLE[0], "shape": OTHER_TYPE_STYLE[1],
              "symbol": OTHER_TYPE_STYLE[2]}
             for t in sorted(present_types - set(ENTITY_TYPES))]
    predicates = [{"name": p, "colour": PREDICATE_COLOUR[p], "symmetric": p in SYMMETRIC}
                  for p in PREDICATES] + [
                  {"name": p, "colour": OTHER_PREDICATE_COLOUR, "symmetric": False}
                  for p in sorted(present_preds - set(PREDICATES))]
    focus_key = None
    if focus:
        found = name_index(kg).find(focus)
        focus_key = found[0] if found else None
    return {
        "nodes": nodes, "edges": edges, "types": types, "predicates": predicates,
        "hedged": sorted(HEDGED), "notice": notice,
        "dates": sorted(dates),  # every article date the facts shown are reported on
        "focus": ids[focus_key] if focus_key in keep else None,
    }


def notice_text(notice: dict | None) -> str | None:
    if not notice:
        return None
    if notice.get("edge_cap"):
        return (f"Showing {notice['shown']} of {notice['total']} entities and only the "
                f"{notice['edge_cap']} most confident facts among them "
                f"({notice['hidden_facts']} facts hidden); "
                f"aikg build --max-nodes N --max-edges M shows more, or "
                f"aikg view NAME one entity's neighbourhood.")
    return (f"Showing {notice['shown']} of {notice['total']} entities "
            f"({notice['hidden_facts']} facts hidden); "
            f"use aikg build --max-nodes {notice['total']} to show them all.")


# -- the exporter ---------------------------------------------------------
def generate(kg: KnowledgeGraph, *, max_nodes: int | None = DEFAULT_MAX_NODES,
             max_edges: int | None = DEFAULT_MAX_EDGES, title: str = "aikg graph",
             focus: str | None = None, **_options) -> str:
    """The page as one HTML string; `focus` names an entity to select on load."""
    data = graph_data(kg, max_nodes=max_nodes, max_edges=max_edges, focus=focus)
    assets = _assets()
    return _template().render(
        title=title, notice=notice_text(data["notice"]),
        n_nodes=len(data["nodes"]), n_edges=len(data["edges"]),
        data_json=script_json(data), **assets)


EXPORTER = Exporter("html", "graph.html", generate, aliases=("htm",), media_type="text/html")


# -- one entity's neighbourhood --------------------------------------------
def neighbourhood(kg: KnowledgeGraph, name: str, depth: int = 2) -> KnowledgeGraph:
    """The sub-graph of the entities within `depth` asserted facts of `name`.

    `name` is matched by canonical key (any spelling or alias of the entity);
    the result holds those entities, every fact among them (denied ones too)
    and the articles their evidence comes from, as copies.
    """
    if depth < 0:
        raise InputError(f"depth must be 0 or more, not {depth}")
    start = find_entity(kg, name)
    adjacent: dict[str, set[str]] = collections.defaultdict(set)
    for f in kg.facts.values():
        if not f.negated:
            adjacent[f.subject].add(f.object)
            adjacent[f.object].add(f.subject)
    reached = {start}
    frontier = [start]
    for _ in range(depth):
        nxt = []
        for key in frontier:
            for other in adjacent.get(key, ()):
                if other not in reached:
                    reached.add(other)
                    nxt.append(other)
        if not nxt:
            break
        frontier = nxt
    sub = KnowledgeGraph(aliases=kg.aliases)
    for key in reached:
        sub.entities[key] = copy.deepcopy(kg.entities[key])
    docs = set()
    for k, f in kg.facts.items():
        if f.subject in reached and f.object in reached:
            sub.facts[k] = copy.deepcopy(f)
            docs.update(ev.doc for ev in f.evidence)
    for doc, article in kg.articles.items():
        if doc in docs:
            sub.articles[doc] = copy.deepcopy(article)
            if doc in kg.days:
                sub.days[doc] = kg.days[doc]
    return sub


def name_index(kg: KnowledgeGraph) -> NameIndex:
    """The entities of `kg` by every name they were seen under (see `NameIndex`)."""
    index = NameIndex(kg.aliases)
    for e in kg.entities.values():
        index.add(e.key, (e.name, *e.aliases), e.name)
    return index


def find_entity(kg: KnowledgeGraph, name: str) -> str:
    """The key of the entity `name` names (any spelling, case, accents or alias);
    an `InputError` naming close names when there is none."""
    key = kg.entity_key(name)
    if key in kg.entities:
        return key
    index = name_index(kg)
    found = index.find(name)
    if not found:
        raise InputError(index.not_found(name))
    return found[0]
