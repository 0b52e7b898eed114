"""The `aikg` command line: a thin layer over the library.

Library errors (`AikgError`) become one line on stderr and exit code 2; a file
that is skipped, or an article whose extraction fails, is named in a warning and
the run goes on; the batch ends with a summary on stderr (articles read,
skipped with reasons, failed) and exit code 1 when anything was skipped or
failed, so scripts can tell a complete run from a partial one.
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import os
import re
import signal
import sys
import textwrap
from pathlib import Path

from extractors.errors import AikgError
from graph.namespaces import DEFAULT_BASE

EXIT_OK, EXIT_SKIPPED, EXIT_ERROR = 0, 1, 2

EPILOGS = {
    "build": ("example:\n  aikg build seeds/ --out output/\n  aikg build news/ more.txt --format ttl,html\n"
              "  aikg build news/ --corrections corrections.yaml"),
    "extract": "example:\n  aikg extract seeds/ --format jsonl > triples.jsonl",
    "query": ("example:\n  aikg query output/graph.ttl "
              "'SELECT ?investor WHERE { ?i aikg:invests-in ?o . ?o rdfs:label \"OpenAI\" . "
              "?i rdfs:label ?investor }'\n  aikg query output/graph.ttl --file q.rq --format csv\n"
              "  aikg query kg-store/ --preset investors-of OpenAI"),
    "export": ("example:\n  aikg export output/triples.jsonl --to graphml --out graph.graphml\n"
               "  aikg export kg-store/ --to neo4j --out neo4j/"),
    "serve": ("example:\n  aikg serve output/graph.ttl --port 8000\n"
              "  curl -H 'Accept: text/csv' http://127.0.0.1:8000/sparql "
              "--data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5'\n"
              "  curl -H 'Accept: text/turtle' http://127.0.0.1:8000/id/entity/openai"),
    "push": ("example:\n  aikg push output/graph.ttl --endpoint http://localhost:7878/store "
             "--graph https://example.org/graphs/aikg"),
    "validate": ("example:\n  aikg validate output/graph.ttl\n  aikg validate kg-store/\n"
                 "  aikg validate output/graph.ttl --format ttl > report.ttl\n\n"
                 "exit status: 0 the graph conforms, 1 it does not, 2 it cannot be read\n"
                 "(needs pySHACL: pip install 'aikg[shacl]')"),
    "view": "example:\n  aikg view OpenAI --graph output/triples.jsonl --depth 2 --out openai.html",
}
DEFAULT_FORMATS = "turtle,html,jsonl"


class _Reporter:
    """Warnings about skipped files and failed articles, and the batch's summary."""

    def __init__(self):
        self.read = 0
        self.skipped: list[tuple[str, str]] = []
        self.failed: list[tuple[str, str]] = []
        self.sentences_left_out = 0
        self.duplicates = 0          # articles whose text another one already had
        self.renamed: dict[str, str] = {}   # doc as typed -> the doc its file is known by
        self.as_of: str | None = None       # --as-of: articles dated after it are left out
        self.later = 0                      # articles left out for --as-of
        self.undated = 0                    # articles kept under --as-of without a date

    def __call__(self, path: str, reason: str) -> None:
        self.skipped.append((path, reason))
        _warn(f"skipped {_shown(path)}: {reason}")

    def warn(self, path: str, message: str) -> None:
        _warn(f"{_shown(path)}: {message}")

    def fail(self, doc: str, reason: str) -> None:
        from extractors.extract import SENTENCE_LEFT_OUT

        if reason.startswith(SENTENCE_LEFT_OUT):  # the rest of the article was kept
            self.sentences_left_out += 1
            _warn(f"{_shown(doc)}: {reason}")
            return
        self.failed.append((doc, reason))
        _warn(f"failed {_shown(doc)}: {reason}")

    def counted(self, articles, sources: dict | None = None, known: dict[str, str] | None = None,
                texts: dict[str, str] | None = None):
        """The articles, counted; with `sources`, the title, date, address, real path and
        text hash of each, by doc.

        An article is known by its real path (`Article.real`), however its path was
        typed: `known` maps real paths to the doc they were first read as (in a store,
        by an earlier run), and an article read under another name takes that doc
        (`renamed`). A file named twice in one run is read once; the same text under
        two names is reported (`texts`: text hash -> doc, of the articles read before)."""
        known = {} if known is None else known
        first: set[str] = set()          # real paths read in this run
        texts = {} if texts is None else texts
        for a in articles:
            if self.as_of is not None:
                if a.date is None:
                    self.undated += 1
                elif a.date > self.as_of:     # ISO dates sort as they are
                    self.later += 1
                    continue
            real = a.real or a.doc
            doc = known.setdefault(real, a.doc)
            if real in first:
                _warn(f"{_shown(a.doc)}: the same file as {_shown(doc)}; read once")
                continue
            first.add(real)
            if doc != a.doc:
                self.renamed[a.doc] = doc
            digest = hashlib.sha256(a.text.encode("utf-8", "surrogatepass")).hexdigest()
            if texts.setdefault(digest, doc) != doc:
                self.duplicates += 1
                _warn(f"{_shown(a.doc)}: the same text as {_shown(texts[digest])}")
            self.read += 1
            if sources is not None:
                entry = {"title": a.title, "date": a.date, "url": a.url, "sha256": digest}
                if a.real:
                    entry["path"] = a.real
                sources[doc] = entry
            yield a

    def renaming(self, triples):
        """`triples` with the doc of each article read under another name set to the doc
        its file is known by."""
        for t in triples:
            doc = self.renamed.get(t.doc)
            yield t if doc is None else dataclasses.replace(t, doc=doc)

    def summary(self) -> str:
        kinds: dict[str, int] = {}
        for _, reason in self.skipped:
            kind = reason_kind(reason)
            kinds[kind] = kinds.get(kind, 0) + 1
        why = "; ".join(f"{kind}: {n}" for kind, n in sorted(kinds.items()))
        left_out = (f", {plural(self.sentences_left_out, 'sentence')} left out"
                    if self.sentences_left_out else "")
        twice = (f", {self.duplicates} with the same text as another"
                 if self.duplicates else "")
        as_of = (f", {self.later} dated after {self.as_of} left out, {self.undated} undated kept"
                 if self.as_of is not None else "")
        return (f"aikg: {plural(self.read, 'article')} read, "
                f"{len(self.skipped)} skipped{f' ({why})' if why else ''}, "
                f"{len(self.failed)} failed{left_out}{twice}{as_of}")

    @property
    def exit_code(self) -> int:
        """1 when input was lost: a file that could not be read or an article that failed.
        An empty article is reported but loses nothing, so it does not change the code."""
        lost = [why for _, why in self.skipped if why != "empty"]
        return EXIT_SKIPPED if lost or self.failed else EXIT_OK


def reason_kind(reason: str) -> str:
    """What a skip reason says, without its particulars (a line number, a size, a detail
    in parentheses or after a colon): 'too large: 51.0 MB, over ...' -> 'too large';
    "language 'de' is not one of fr, en" stays whole."""
    reason = re.sub(r"^(line|item) \d+: ", "", reason)
    return re.split(r" \(|: ", reason)[0]


def plural(n: int, word: str, words: str | None = None) -> str:
    """'1 entity', '2 entities', '0 facts'."""
    if n == 1:
        return f"1 {word}"
    return f"{n} {words or (word[:-1] + 'ies' if word.endswith('y') else word + 's')}"


def _warn(message: str) -> None:
    print(f"aikg: warning: {message}", file=sys.stderr)


def _shown(path: str) -> str:
    """A path as printed: control characters in a file name cannot fake another line."""
    return path if path.isprintable() else ascii(path)


MB = 1024 * 1024


def _above_zero(text: str, what: str) -> float:
    try:
        n = float(text)
    except ValueError:
        n = 0
    if not n > 0:
        raise argparse.ArgumentTypeError(f"expected {what} above 0, not {text!r}")
    return n


def _max_size(text: str) -> int:
    return int(_above_zero(text, "a size in MB") * MB)


def _seconds(text: str) -> float:
    return _above_zero(text, "a number of seconds")


PATHS_HELP = "article files (.txt, .md, .jsonl, .html) or folders"


def _scale_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--jobs", type=_positive, default=None, metavar="N",
                   help="worker processes (default: all cores; 1 = in this process)")
    p.add_argument("--batch-size", type=_positive, default=32, metavar="N",
                   help="articles per spaCy batch and per worker task (default: 32)")
    p.add_argument("--quiet", action="store_true", help="no progress bar on stderr")
    p.add_argument("--max-size", type=_max_size, default=50 * MB, metavar="MB",
                   help="skip files (and JSONL lines) larger than this, in MB (default: 50)")


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return n


def _triples(args, report, sources: dict | None = None, known: dict[str, str] | None = None,
             texts: dict[str, str] | None = None):
    """The triples of the articles the user named: on this machine's cores or on a Dask
    cluster; with `sources`, the articles' titles, dates, addresses and real paths land
    there; with `known` (real path -> doc), an article already known by another name
    keeps that name."""
    from extractors.reader import read_articles

    articles = report.counted(read_articles(args.paths, on_skip=report, on_warn=report.warn,
                                            max_bytes=args.max_size,
                                            stdin_format=args.stdin_format,
                                            date=getattr(args, "date", None)),
                               sources, known, texts)
    bar = None
    if not args.quiet and sys.stderr.isatty():
        from tqdm import tqdm
        bar = tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True, leave=False)
    progress = bar.update if bar is not None else None
    try:
        if getattr(args, "scheduler", None):
            from extractors.distributed import extract_distributed
            triples = extract_distributed(articles, scheduler=args.scheduler,
                                          gazetteer=args.gazetteer, batch_size=args.batch_size,
                                          on_progress=progress, on_error=report.fail,
                                          timeout=args.scheduler_timeout)
        else:
            from extractors.parallel import extract_parallel
            triples = extract_parallel(articles, jobs=args.jobs, gazetteer=args.gazetteer,
                                       batch_size=args.batch_size, on_progress=progress,
                                       on_error=report.fail)
        yield from report.renaming(triples)
    finally:
        if bar is not None:
            bar.close()


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage error in one line (and exit code 2)."""

    def error(self, message: str):
        self.exit(EXIT_ERROR, f"aikg: error: {message} (see '{self.prog} --help')\n")


def _port(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = -1
    if not 0 <= n <= 65535:
        raise argparse.ArgumentTypeError(f"expected a port from 0 to 65535, not {text!r}")
    return n


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("aikg")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


def _formats_help() -> str:
    from graph import exporters

    return ", ".join(f"{name} ({', '.join(exporters.aliases(name))})" if exporters.aliases(name)
                     else name for name in exporters.names())


def _date(text: str) -> str:
    from extractors.dates import check_date

    try:
        return check_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _corrections_option(p: argparse.ArgumentParser, when: str = "") -> None:
    p.add_argument("--corrections", metavar="FILE",
                   help=f"a reviewed corrections file (YAML or JSON) applied{when}; "
                        "see README, 'Reviewing and correcting'")


def _as_of_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--as-of", type=_date, metavar="YYYY-MM-DD",
                   help="the graph as known on that date: articles dated after it left out, "
                        "undated ones kept")


def _stdin_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD",
                   help="the publication date of every article that gives none (no JSONL "
                        "or feed date, no web-page date, no dateline at the top of its text)")
    p.add_argument("--stdin-format", default="text", choices=["text", "jsonl"],
                   help="what a PATH of '-' or /dev/stdin holds: one article (text, the "
                        "default) or one JSON article per line (jsonl)")


def _parser() -> argparse.ArgumentParser:
    from graph.query import PREFIXES
    from graph.source import INPUTS

    p = _Parser(
        prog="aikg", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Turn French and English news about the AI industry into a knowledge graph.",
        epilog="example:\n  aikg build seeds/\n\nrun 'aikg COMMAND --help' for each command's options")
    p.add_argument("--version", action="version", version=f"aikg {_version()}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def cmd(name: str, help_: str, description: str | None = None) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_, description=textwrap.fill(description or help_, 79),
                              epilog=EPILOGS[name],
                              formatter_class=argparse.RawDescriptionHelpFormatter)

    graph_help = f"the graph: {INPUTS}"

    b = cmd("build", "Read articles and write the graph (Turtle, HTML page, JSONL triples).")
    b.add_argument("paths", nargs="+", metavar="PATH", help=PATHS_HELP)
    b.add_argument("--out", default="output", metavar="DIR",
                   help="output folder (default: output/), written with --store too")
    b.add_argument("--format", default=DEFAULT_FORMATS, metavar="LIST",
                   help=f"comma-separated export formats (default: {DEFAULT_FORMATS}); "
                        f"one of {_formats_help()}")
    b.add_argument("--gazetteer", metavar="FILE", help="extra entity names (JSON or CSV) for recognition")
    b.add_argument("--max-nodes", type=_positive, default=300, metavar="N",
                   help="most connected entities shown in the HTML page (default: 300)")
    b.add_argument("--max-edges", type=_positive, default=2000, metavar="M",
                   help="most confident facts among them drawn in the HTML page (default: 2000)")
    b.add_argument("--base", metavar="IRI",
                   help=f"namespace of entity and fact IRIs (default: {DEFAULT_BASE}, "
                        f"or the --store's own)")
    b.add_argument("--store", metavar="DIR",
                   help="add to the graph kept in this folder (made if missing) instead of "
                        "starting afresh; 'aikg query DIR' then queries it")
    b.add_argument("--as-of", type=_date, metavar="YYYY-MM-DD",
                   help="the graph as known on that date: articles dated after it left out, "
                        "undated ones kept (and counted in the summary)")
    b.add_argument("--rebase", action="store_true",
                   help="with --store and --base: re-mint every IRI of the store under the new base")
    _corrections_option(b, when=" after extraction (with --store: kept by the store, which "
                        "applies them until another file replaces them)")
    _scale_options(b)
    _stdin_option(b)

    e = cmd("extract", "Print the triples found in articles, one JSON object per line.")
    e.add_argument("paths", nargs="+", metavar="PATH", help=PATHS_HELP + "; - reads the standard input")
    e.add_argument("--format", default="jsonl", choices=["jsonl"], help="output format (default: jsonl)")
    e.add_argument("--gazetteer", metavar="FILE", help="extra entity names (JSON or CSV) for recognition")
    _scale_options(e)
    _stdin_option(e)
    e.add_argument("--scheduler", metavar="ADDRESS",
                   help="run on a Dask cluster, e.g. tcp://10.0.0.5:8786 (see README)")
    e.add_argument("--scheduler-timeout", type=_seconds, default=5.0, metavar="SECONDS",
                   help="how long to try to reach the Dask scheduler (default: 5)")

    q = cmd("query", "Run a SPARQL query on a graph.",
            "Run a SPARQL query on a graph; the prefixes "
            f"{', '.join(sorted(PREFIXES))} are declared for you.")
    q.add_argument("graph", metavar="GRAPH", help=graph_help)
    q.add_argument("sparql", nargs="?", metavar="SPARQL", help="the query text")
    q.add_argument("--file", metavar="FILE", help="read the query from a file instead")
    q.add_argument("--preset", nargs="+", metavar="PRESET",
                   help="a ready-made query instead: investors-of NAME, neighbours NAME, "
                        "top-investors, facts-about NAME (NAME matched as 'aikg view' matches it)")
    q.add_argument("--format", default="table", choices=["table", "csv", "json"],
                   help="result format (default: table)")
    _as_of_option(q)

    x = cmd("export", "Write a graph in another format.",
            f"Write a graph in another format: {_formats_help()}.")
    x.add_argument("graph", metavar="GRAPH", help=graph_help)
    x.add_argument("--to", required=True, metavar="FORMAT",
                   help=f"export format: {_formats_help()}")
    x.add_argument("--out", metavar="PATH", help="file (folder for neo4j) to write; default: stdout")
    x.add_argument("--base", metavar="IRI",
                   help=f"namespace of entity and fact IRIs (default: {DEFAULT_BASE}, "
                        f"or the store's own)")
    _corrections_option(x, when=" (instead of a store's own)")
    _as_of_option(x)

    s = cmd("serve", "Serve a graph as a read-only SPARQL endpoint (/sparql) with its page at /; "
                     "its IRIs resolve at their paths (/id/entity/openai).")
    s.add_argument("graph", metavar="GRAPH", help=graph_help)
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, "
                   "this machine only; 0.0.0.0 opens it to the network)")
    s.add_argument("--port", type=_port, default=8000, help="port, 0 to 65535 (default: 8000)")
    s.add_argument("--timeout", type=_seconds, default=10.0, metavar="SECONDS",
                   help="longest a query may run (default: 10)")
    s.add_argument("--max-rows", type=_positive, default=10_000, metavar="N",
                   help="most rows or triples one answer holds (default: 10000)")
    s.add_argument("--quiet", action="store_true", help="no request log on stderr")

    u = cmd("push", "Upload a graph to a triple store (SPARQL 1.1 Graph Store HTTP Protocol, one PUT).")
    u.add_argument("graph", metavar="GRAPH", help=graph_help)
    u.add_argument("--endpoint", required=True, metavar="URL",
                   help="the store's Graph Store Protocol URL, e.g. http://localhost:7878/store")
    u.add_argument("--graph", dest="graph_iri", metavar="IRI",
                   help="named graph to replace (default: the default graph)")
    u.add_argument("--query-endpoint", metavar="URL",
                   help="query URL used to check the triple count (default: guessed from --endpoint)")
    u.add_argument("--timeout", type=_seconds, default=60.0, metavar="SECONDS",
                   help="per request (default: 60)")
    u.add_argument("--retries", type=int, default=3, metavar="N",
                   help="retries on connection errors and 5xx answers (default: 3)")

    c = cmd("validate", "Check a graph against the aikg SHACL shapes (graph/data/shapes.ttl).")
    c.add_argument("graph", metavar="GRAPH",
                   help="a graph written by 'aikg build' (graph.ttl, graph.nt, graph.jsonld) "
                        "or a --store folder")
    c.add_argument("--format", default="text", choices=["text", "ttl"],
                   help="text: one line per violation (default); ttl: the SHACL report graph")

    v = cmd("view", "Write the HTML page of one entity's neighbourhood.")
    v.add_argument("name", metavar="NAME", help="the entity's name or alias, any case, e.g. OpenAI")
    v.add_argument("--graph", default="output/triples.jsonl", metavar="GRAPH",
                   help=f"{graph_help} (default: output/triples.jsonl)")
    v.add_argument("--depth", type=int, default=2, help="how many hops around it (default: 2)")
    v.add_argument("--out", metavar="FILE",
                   help="page to write (default: output/view-SLUG.html, SLUG from the entity's name)")
    _corrections_option(v, when=" (instead of a store's own)")
    return p


def _knowledge_graph(triples):
    from graph.model import knowledge_graph

    return knowledge_graph(triples)


def _load_corrections(args) -> None:
    """Read and check --corrections into `args.fixes` (None without it), before anything
    is read or written: a malformed file stops the command with nothing written."""
    args.fixes = None
    if getattr(args, "corrections", None):
        from graph.corrections import load

        args.fixes = load(args.corrections)


def _correct(kg, fixes) -> str:
    """Apply `fixes` (read by `_load_corrections`) to `kg`; what `_told` says of them."""
    if fixes is None:
        return ""
    from graph.corrections import apply

    return _told(apply(kg, fixes))


def _told(outcome) -> str:
    """A warning for each correction of `outcome` that matched nothing, and the words for
    the summary line ('' without corrections)."""
    if outcome is None:
        return ""
    from graph.corrections import summary, unmatched_lines

    for line in unmatched_lines(outcome):
        _warn(line)
    return f"; {summary(outcome)}"


def _check_build(args) -> list:
    """Everything `aikg build` can refuse, refused before any article is read;
    returns the exporters chosen."""
    from extractors.errors import InputError
    from extractors.reader import STDIN_NAMES
    from graph import exporters

    _load_corrections(args)
    names = [name.strip() for name in args.format.split(",") if name.strip()]
    if not names:
        raise InputError(f"--format names no format; give one or more of {_formats_help()}")
    if names == ["none"]:  # a --store update alone: no export of the whole graph
        if not args.store:
            raise InputError("--format none writes nothing; it is for --store updates")
        names = []
    chosen = [exporters.get(name) for name in names]
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise InputError(f"--out {args.out!r} is a file; name a folder (made if missing)")
    for ex in chosen:
        target = out / ex.filename
        if target.is_dir() != ex.multi_file and target.exists():
            raise InputError(f"cannot write {str(target)!r}: a "
                             f"{'file' if ex.multi_file else 'folder'} is in the way")
    if getattr(args, "as_of", None) and args.store:
        raise InputError("--as-of builds the graph as known on a date; a --store keeps every "
                         "date: build without --store, or read the store as of a date "
                         "(aikg query/export STORE --as-of YYYY-MM-DD)")
    if not args.store:
        if args.rebase:
            raise InputError("--rebase re-mints a store's IRIs; it needs --store")
        args.base = args.base or DEFAULT_BASE
        return chosen
    from graph.store import GraphStore, is_store

    store = Path(args.store)
    if store.exists() and not store.is_dir():
        raise InputError(f"--store {args.store!r} is a file; name a folder")
    if store.is_dir() and not is_store(store) and any(store.iterdir()):
        raise InputError(f"--store {args.store!r} holds other files and is not an aikg store; "
                         f"name a new or empty folder")
    real = os.path.realpath(store)
    for path in args.paths:
        if str(path) in STDIN_NAMES:
            continue
        named = os.path.realpath(path)
        if named == real or named.startswith(real + os.sep) or real.startswith(named + os.sep):
            raise InputError(f"--store {args.store!r} and the articles {str(path)!r} overlap; "
                             f"keep the store in a folder of its own")
    stored = GraphStore(store).manifest().get("base") if is_store(store) else None
    if args.base and stored and args.base != stored and not args.rebase:
        raise InputError(f"the store {args.store!r} mints its IRIs under {stored!r}, not "
                         f"{args.base!r}; leave out --base, or add --rebase to re-mint them all")
    args.base = args.base or stored or DEFAULT_BASE
    return chosen


def cmd_build(args) -> int:
    chosen = _check_build(args)
    report = _Reporter()
    report.as_of = getattr(args, "as_of", None)
    sources: dict[str, dict] = {}  # title, date, address and real path of the articles
    if args.store:
        from graph.store import GraphStore

        store = GraphStore(args.store)
        stored = store.sources()
        known = {s["path"]: doc for doc, s in stored.items() if s.get("path")}
        texts = {s["sha256"]: doc for doc, s in stored.items() if s.get("sha256")}
        added = store.add(_triples(args, report, sources, known, texts), _knowledge_graph,
                          base=args.base, sources=sources, corrections=args.fixes)
        counts = (added.articles, added.entities, added.facts)
        corrected = _told(added.corrections)
        # the exports are of the whole graph, corrected as the store is
        kg = store.graph(_knowledge_graph) if chosen else None
    else:
        kg = _knowledge_graph(_triples(args, report, sources))
        for doc, known in sources.items():
            kg.describe(doc, **known)
        corrected = _correct(kg, args.fixes)
        counts = (len(kg.articles), len(kg.entities), len(kg.facts))
    out = Path(args.out)
    written = [str(ex.write(kg, out / ex.filename, base=args.base,
                            **({"max_nodes": args.max_nodes, "max_edges": args.max_edges} if ex.name == "html" else {})))
               for ex in chosen] + ([args.store] if args.store else [])
    articles, entities, facts = counts
    print(f"{plural(articles, 'article')} with facts, {plural(entities, 'entity')}, "
          f"{plural(facts, 'fact')} -> {', '.join(written)}"
          + (f" ({len(report.skipped)} skipped)" if report.skipped else "") + corrected)
    print(report.summary(), file=sys.stderr)
    return report.exit_code


def cmd_extract(args) -> int:
    import json

    report = _Reporter()
    out = sys.stdout
    for t in _triples(args, report):
        out.write(json.dumps(t.to_dict(), ensure_ascii=False) + "\n")
    out.flush()
    print(report.summary(), file=sys.stderr)
    return report.exit_code


def cmd_query(args) -> int:
    from extractors.errors import InputError
    from graph.query import format_csv, format_json, format_table, run_query

    given = [what for what, there in (("a SPARQL query", args.sparql), ("--file", args.file),
                                      ("--preset", args.preset)) if there]
    if len(given) > 1:
        raise InputError(f"give one of a SPARQL query, --file or --preset, not {' and '.join(given)}")
    if not given:
        raise InputError("give a SPARQL query, --file FILE or --preset PRESET")
    if args.file:
        try:
            sparql = Path(args.file).read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot read query file {args.file!r}: {exc.strerror}") from None
    else:
        sparql = args.sparql
    graph = args.graph
    if args.as_of:  # the graph as known then, in memory
        from graph import source

        known = source.as_of(args.graph, args.as_of, _knowledge_graph)
        graph = source.graph_store(known.graph, base=_base(args))
        print(f"aikg: {known.summary(args.as_of)}", file=sys.stderr)
    if args.preset:
        from graph.model import alias_keys
        from graph.presets import run_preset
        name = " ".join(args.preset[1:]) or None
        if args.preset[0] == "history":
            from graph.presets import run_history
            columns, rows = run_history(graph, args.preset[1:], aliases=alias_keys())
        else:
            columns, rows = run_preset(graph, args.preset[0], name, aliases=alias_keys())
    else:
        columns, rows = run_query(graph, sparql)
    render = {"table": format_table, "csv": format_csv, "json": format_json}[args.format]
    text = render(columns, rows)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return EXIT_OK


def _base(args) -> str:
    """--base, else the base of the store being read, else the default."""
    from graph.store import GraphStore, is_store

    if getattr(args, "base", None):
        return args.base
    return (GraphStore(args.graph).manifest().get("base") if is_store(args.graph) else None) or DEFAULT_BASE


def cmd_export(args) -> int:
    from extractors.errors import InputError
    from graph import exporters, source

    exporter = exporters.get(args.to)
    if not args.out and exporter.multi_file:
        raise InputError(f"{exporter.name} writes several files; give --out FOLDER")
    if args.out and Path(args.out).is_dir() != exporter.multi_file and Path(args.out).exists():
        raise InputError(f"--out {args.out!r} is a {'file' if exporter.multi_file else 'folder'}; "
                         f"{exporter.name} writes {'a folder' if exporter.multi_file else 'a file'}")
    base = _base(args)
    _load_corrections(args)  # given, they replace a store's own
    if args.as_of:
        known = source.as_of(args.graph, args.as_of, _knowledge_graph, corrected=args.fixes is None)
        kg = known.graph
        print(f"aikg: {known.summary(args.as_of)}", file=sys.stderr)
    else:
        kg = source.knowledge_graph(args.graph, _knowledge_graph, corrected=args.fixes is None)
    corrected = _correct(kg, args.fixes)
    if args.out:
        path = exporter.write(kg, Path(args.out), base=base)
        print(f"{plural(len(kg.entities), 'entity')}, {plural(len(kg.facts), 'fact')} -> {path}"
              + corrected)
        return EXIT_OK
    text = exporter.generate(kg, base=base)
    sys.stdout.write(text)
    return EXIT_OK


def cmd_view(args) -> int:
    from graph import exporters, source
    from graph.canonical import slug
    from graph.exporters.html import find_entity, neighbourhood

    _load_corrections(args)  # given, they replace a store's own
    kg = source.knowledge_graph(args.graph, _knowledge_graph, corrected=args.fixes is None)
    corrected = _correct(kg, args.fixes)
    name = kg.entities[find_entity(kg, args.name)].name      # the canonical name
    sub = neighbourhood(kg, name, depth=args.depth)
    out = Path(args.out or f"output/view-{slug(name)}.html")
    hops = plural(args.depth, "hop")
    exporters.get("html").write(sub, out, max_nodes=None, focus=name,
                                title=f"aikg: {name}, {hops} around")
    print(f"{plural(len(sub.entities), 'entity')}, {plural(len(sub.facts), 'fact')} "
          f"around {name} -> {out}{corrected}")
    return EXIT_OK


def cmd_validate(args) -> int:
    from graph.shacl import validate_graph

    report = validate_graph(args.graph)
    if args.format == "ttl":
        sys.stdout.write(report.results.serialize(format="turtle"))
    else:
        for line in report.messages:
            print(line)
        n = len(report.messages)
        print(f"{args.graph}: " + ("conforms to the aikg shapes" if report.conforms else
                                    f"{n} violation{'s' * (n != 1)} of the aikg shapes")
              + f" ({report.summary()})")
    return EXIT_OK if report.conforms else EXIT_SKIPPED


def cmd_push(args) -> int:
    from graph.push import push

    def retrying(attempt: int, reason: str) -> None:
        print(f"aikg: warning: {reason}; retry {attempt} of {args.retries}", file=sys.stderr)

    r = push(args.graph, args.endpoint, graph=args.graph_iri, query_endpoint=args.query_endpoint,
             timeout=args.timeout, retries=max(0, args.retries), on_retry=retrying)
    checked = f"; the store holds {r.held}" if r.held is not None else " (count not checked)"
    print(f"{r.sent} triples -> {r.url}{checked}")
    return EXIT_OK


def cmd_serve(args) -> int:
    from graph.serve import Endpoint, make_server

    with Endpoint(args.graph, timeout=args.timeout, max_rows=args.max_rows) as endpoint:
        log = None if args.quiet else (lambda line: print(line, file=sys.stderr, flush=True))
        try:
            server = make_server(endpoint, args.host, args.port, log=log)
        except OSError as exc:
            print(f"aikg: error: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}",
                  file=sys.stderr)
            return EXIT_ERROR
        host, port = server.server_address[:2]
        where = ", ".join(f"http://{host}:{port}{path}" for path in endpoint.describe_paths())
        print(f"{endpoint.triples} triples from {args.graph}: SPARQL at http://{host}:{port}/sparql, "
              f"page at http://{host}:{port}/, IRIs at {where} (Ctrl-C stops)", flush=True)
        try:
            server.serve_forever()
        finally:
            server.server_close()
    return EXIT_OK


COMMANDS = {"build": cmd_build, "extract": cmd_extract, "query": cmd_query, "export": cmd_export,
            "view": cmd_view, "validate": cmd_validate,
            "serve": cmd_serve, "push": cmd_push}


def _terminated(signum, frame):
    # SIGTERM unwinds like Ctrl-C: a file being written is dropped, the previous one stays
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _terminated)
    try:
        return COMMANDS[args.command](args)
    except AikgError as exc:
        print(f"aikg: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # `aikg extract ... | head`
        return EXIT_OK
    except KeyboardInterrupt:
        print("aikg: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
