"""The `aikg` command line: a thin layer over the library.

Library errors (`AikgError`) become one line on stderr and exit code 2; a file
that is skipped, or an article whose extraction fails, is named in a warning and
the run goes on; the batch ends with a summary on stderr (articles read,
skipped with reasons, failed) and exit code 1 when anything was skipped or
failed, so scripts can tell a complete run from a partial one.
"""
from __future__ import annotations

import argparse
import re
import signal
import sys
from pathlib import Path

from extractors.errors import AikgError

EXIT_OK, EXIT_SKIPPED, EXIT_ERROR = 0, 1, 2

EPILOGS = {
    "build": "example:\n  aikg build seeds/ --out output/\n  aikg build news/ more.txt --format ttl,html",
    "extract": "example:\n  aikg extract seeds/ --format jsonl > triples.jsonl",
    "query": ("example:\n  aikg query output/graph.ttl "
              "'SELECT ?investor WHERE { ?i aikg:invests-in ?o . ?o rdfs:label \"OpenAI\" . "
              "?i rdfs:label ?investor }'\n  aikg query output/graph.ttl --file q.rq --format csv\n"
              "  aikg query kg-store/ --preset investors-of OpenAI"),
    "export": ("example:\n  aikg export output/triples.jsonl --to graphml --out graph.graphml\n"
               "  aikg export kg-store/ --to neo4j --out neo4j/"),
    "serve": ("example:\n  aikg serve output/graph.ttl --port 8000\n"
              "  curl -H 'Accept: text/csv' http://127.0.0.1:8000/sparql "
              "--data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5'"),
    "push": ("example:\n  aikg push output/graph.ttl --endpoint http://localhost:7878/store "
             "--graph https://example.org/graphs/aikg"),
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

    def counted(self, articles, sources: dict | None = None):
        """The articles, counted; with `sources`, the title, date and address of
        each that has any, by doc."""
        for a in articles:
            self.read += 1
            if sources is not None and (a.title or a.date or a.url):
                sources[a.doc] = {"title": a.title, "date": a.date, "url": a.url}
            yield a

    def summary(self) -> str:
        kinds: dict[str, int] = {}
        for _, reason in self.skipped:
            kind = re.split(r" \(|: |, ", re.sub(r"^line \d+: ", "", reason))[0]
            kinds[kind] = kinds.get(kind, 0) + 1
        why = "; ".join(f"{kind}: {n}" for kind, n in sorted(kinds.items()))
        left_out = (f", {self.sentences_left_out} sentence{'s' * (self.sentences_left_out != 1)} "
                    f"left out" if self.sentences_left_out else "")
        return (f"aikg: {self.read} article{'s' * (self.read != 1)} read, "
                f"{len(self.skipped)} skipped{f' ({why})' if why else ''}, "
                f"{len(self.failed)} failed{left_out}")

    @property
    def exit_code(self) -> int:
        """1 when input was lost: a file that could not be read or an article that failed.
        An empty article is reported but loses nothing, so it does not change the code."""
        lost = [why for _, why in self.skipped if why != "empty"]
        return EXIT_SKIPPED if lost or self.failed else EXIT_OK


def _warn(message: str) -> None:
    print(f"aikg: warning: {message}", file=sys.stderr)


def _shown(path: str) -> str:
    """A path as printed: control characters in a file name cannot fake another line."""
    return path if path.isprintable() else ascii(path)


MB = 1024 * 1024


def _max_size(text: str) -> int:
    try:
        n = float(text)
    except ValueError:
        n = 0
    if not n > 0:
        raise argparse.ArgumentTypeError(f"expected a size in MB above 0, not {text!r}")
    return int(n * MB)


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


def _triples(args, report, sources: dict | None = None):
    """The triples of the articles the user named: on this machine's cores or on a Dask
    cluster; with `sources`, the articles' titles, dates and addresses land there."""
    from extractors.reader import read_articles

    articles = report.counted(read_articles(args.paths, on_skip=report, on_warn=report.warn,
                                            max_bytes=args.max_size), sources)
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
                                          on_progress=progress, on_error=report.fail)
        else:
            from extractors.parallel import extract_parallel
            triples = extract_parallel(articles, jobs=args.jobs, gazetteer=args.gazetteer,
                                       batch_size=args.batch_size, on_progress=progress,
                                       on_error=report.fail)
        yield from triples
    finally:
        if bar is not None:
            bar.close()


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="aikg", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Turn French and English news about the AI industry into a knowledge graph.",
        epilog="example:\n  aikg build seeds/\n\nrun 'aikg COMMAND --help' for each command's options")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def cmd(name: str, help_: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_, description=help_, epilog=EPILOGS[name],
                              formatter_class=argparse.RawDescriptionHelpFormatter)

    b = cmd("build", "Read articles and write the graph (Turtle, HTML page, JSONL triples).")
    b.add_argument("paths", nargs="+", metavar="PATH", help=PATHS_HELP)
    b.add_argument("--out", default="output", metavar="DIR", help="output folder (default: output/)")
    b.add_argument("--format", default=DEFAULT_FORMATS, metavar="LIST",
                   help=f"comma-separated export formats (default: {DEFAULT_FORMATS})")
    b.add_argument("--gazetteer", metavar="FILE", help="extra entity names (JSON or CSV) for recognition")
    b.add_argument("--max-nodes", type=int, default=300, metavar="N",
                   help="most connected entities shown in the HTML page (default: 300)")
    b.add_argument("--max-edges", type=int, default=2000, metavar="M",
                   help="most confident facts among them drawn in the HTML page (default: 2000)")
    b.add_argument("--base", default="https://aikg.dev/id/", metavar="IRI",
                   help="namespace of entity and fact IRIs")
    b.add_argument("--store", metavar="DIR",
                   help="add to the graph kept in this folder (made if missing) instead of "
                        "starting afresh; 'aikg query DIR' then queries it")
    _scale_options(b)

    e = cmd("extract", "Print the triples found in articles, one JSON object per line.")
    e.add_argument("paths", nargs="+", metavar="PATH", help=PATHS_HELP)
    e.add_argument("--format", default="jsonl", choices=["jsonl"], help="output format (default: jsonl)")
    e.add_argument("--gazetteer", metavar="FILE", help="extra entity names (JSON or CSV) for recognition")
    _scale_options(e)
    e.add_argument("--scheduler", metavar="ADDRESS",
                   help="run on a Dask cluster, e.g. tcp://10.0.0.5:8786 (see README)")

    q = cmd("query", "Run a SPARQL query on a graph file; prefixes aikg, rdf, rdfs, xsd, schema, prov, skos are declared.")
    q.add_argument("graph", metavar="GRAPH",
                   help="a graph written by 'aikg build' (graph.ttl) or a --store folder")
    q.add_argument("sparql", nargs="?", metavar="SPARQL", help="the query text")
    q.add_argument("--file", metavar="FILE", help="read the query from a file instead")
    q.add_argument("--preset", nargs="+", metavar="PRESET",
                   help="a ready-made query instead: investors-of NAME, neighbours NAME, "
                        "top-investors, facts-about NAME")
    q.add_argument("--format", default="table", choices=["table", "csv", "json"],
                   help="result format (default: table)")

    x = cmd("export", "Write a built graph in another format.")
    x.add_argument("graph", metavar="GRAPH",
                   help="a --store folder or the triples.jsonl written by 'aikg build'")
    x.add_argument("--to", required=True, metavar="FORMAT", help="export format, e.g. graphml")
    x.add_argument("--out", metavar="PATH", help="file (folder for neo4j) to write; default: stdout")
    x.add_argument("--base", default="https://aikg.dev/id/", metavar="IRI",
                   help="namespace of entity and fact IRIs")

    s = cmd("serve", "Serve a graph as a read-only SPARQL endpoint (/sparql) with its page at /.")
    s.add_argument("graph", metavar="GRAPH", help="a graph written by 'aikg build' (graph.ttl)")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, "
                   "this machine only; 0.0.0.0 opens it to the network)")
    s.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    s.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS",
                   help="longest a query may run (default: 10)")
    s.add_argument("--max-rows", type=_positive, default=10_000, metavar="N",
                   help="most rows or triples one answer holds (default: 10000)")
    s.add_argument("--quiet", action="store_true", help="no request log on stderr")

    u = cmd("push", "Upload a graph to a triple store (SPARQL 1.1 Graph Store HTTP Protocol, one PUT).")
    u.add_argument("graph", metavar="GRAPH", help="a graph written by 'aikg build' (graph.ttl)")
    u.add_argument("--endpoint", required=True, metavar="URL",
                   help="the store's Graph Store Protocol URL, e.g. http://localhost:7878/store")
    u.add_argument("--graph", dest="graph_iri", metavar="IRI",
                   help="named graph to replace (default: the default graph)")
    u.add_argument("--query-endpoint", metavar="URL",
                   help="query URL used to check the triple count (default: guessed from --endpoint)")
    u.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS",
                   help="per request (default: 60)")
    u.add_argument("--retries", type=int, default=3, metavar="N",
                   help="retries on connection errors and 5xx answers (default: 3)")

    v = cmd("view", "Write the HTML page of one entity's neighbourhood.")
    v.add_argument("name", metavar="NAME", help="the entity's name, e.g. OpenAI")
    v.add_argument("--graph", default="output/triples.jsonl", metavar="FILE",
                   help="triples written by 'aikg build' (default: output/triples.jsonl)")
    v.add_argument("--depth", type=int, default=2, help="how many hops around it (default: 2)")
    v.add_argument("--out", metavar="FILE", help="page to write (default: output/view-NAME.html)")
    return p


def _knowledge_graph(triples):
    from extractors.lexicon import gazetteer_aliases
    from graph.canonical import name_key
    from graph.model import KnowledgeGraph

    aliases = {name_key(a): name_key(c) for a, c in gazetteer_aliases().items()}
    return KnowledgeGraph(aliases).add_all(triples)


def cmd_build(args) -> int:
    from graph import exporters

    chosen = [exporters.get(name.strip()) for name in args.format.split(",") if name.strip()]
    report = _Reporter()
    sources: dict[str, dict] = {}  # title, date and address of the articles that have them
    if args.store:
        from graph.store import GraphStore
        store = GraphStore(args.store)
        added = store.add(_triples(args, report, sources), _knowledge_graph, base=args.base,
                          sources=sources)
        counts = (added.articles, added.entities, added.facts)
        kg = store.graph(_knowledge_graph) if chosen else None   # the exports are of the whole graph
    else:
        kg = _knowledge_graph(_triples(args, report, sources))
        for doc, known in sources.items():
            kg.describe(doc, **known)
        counts = (len(kg.articles), len(kg.entities), len(kg.facts))
    out = Path(args.out)
    written = [str(ex.write(kg, out / ex.filename, base=args.base,
                            **({"max_nodes": args.max_nodes, "max_edges": args.max_edges} if ex.name == "html" else {})))
               for ex in chosen] + ([args.store] if args.store else [])
    articles, entities, facts = counts
    print(f"{articles} article{'s' * (articles != 1)} with facts, {entities} entities, "
          f"{facts} facts -> {', '.join(written)}"
          + (f" ({len(report.skipped)} skipped)" if report.skipped else ""))
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

    if args.file:
        try:
            sparql = Path(args.file).read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot read query file {args.file!r}: {exc.strerror}") from None
    elif args.sparql:
        sparql = args.sparql
    elif not args.preset:
        raise InputError("give a SPARQL query, --file FILE or --preset PRESET")
    if args.preset:
        from graph.presets import run_preset
        name = " ".join(args.preset[1:]) or None
        columns, rows = run_preset(args.graph, args.preset[0], name)
    else:
        columns, rows = run_query(args.graph, sparql)
    render = {"table": format_table, "csv": format_csv, "json": format_json}[args.format]
    text = render(columns, rows)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return EXIT_OK


def cmd_export(args) -> int:
    from extractors.errors import InputError
    from graph import exporters
    from graph.store import GraphStore, is_store

    exporter = exporters.get(args.to)
    if is_store(args.graph):
        triples = GraphStore(args.graph).triples()
    else:
        triples = _read_triples(args.graph)
    kg = _knowledge_graph(triples)
    if args.out:
        path = exporter.write(kg, Path(args.out), base=args.base)
        print(f"{len(kg.entities)} entities, {len(kg.facts)} facts -> {path}")
        return EXIT_OK
    if exporter.multi_file:
        raise InputError(f"{exporter.name} writes several files; give --out FOLDER")
    text = exporter.generate(kg, base=args.base)
    sys.stdout.write(text)
    return EXIT_OK


def _read_triples(path_name: str):
    import json

    from extractors.errors import InputError
    from extractors.triple import Triple

    path = Path(path_name)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read {path_name!r}: {exc.strerror}; run 'aikg build' first") from None
    try:
        return [Triple.from_dict(json.loads(line)) for line in lines if line.strip()]
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{path_name!r} is not a triples JSONL file: {exc}") from None


def cmd_view(args) -> int:
    from graph import exporters
    from graph.exporters.html import neighbourhood

    sub = neighbourhood(_knowledge_graph(_read_triples(args.graph)), args.name, depth=args.depth)
    from graph.canonical import slug
    out = Path(args.out or f"output/view-{slug(args.name)}.html")
    hops = f"{args.depth} hop{'s' * (args.depth != 1)}"
    exporters.get("html").write(sub, out, max_nodes=None, focus=args.name,
                                title=f"aikg: {args.name}, {hops} around")
    print(f"{len(sub.entities)} entities, {len(sub.facts)} facts around {args.name} -> {out}")
    return EXIT_OK


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
            print(f"aikg: error: cannot listen on {args.host}:{args.port}: {exc.strerror}",
                  file=sys.stderr)
            return EXIT_ERROR
        host, port = server.server_address[:2]
        print(f"{endpoint.triples} triples from {args.graph}: SPARQL at http://{host}:{port}/sparql, "
              f"page at http://{host}:{port}/ (Ctrl-C stops)", flush=True)
        try:
            server.serve_forever()
        finally:
            server.server_close()
    return EXIT_OK


COMMANDS = {"build": cmd_build, "extract": cmd_extract, "query": cmd_query, "export": cmd_export,
            "view": cmd_view,
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
