"""Extraction on a Dask cluster, with exactly the triples of a local run.

`extract_distributed(paths_or_articles, scheduler="tcp://host:8786")` reads the
articles here (so the workers need no access to the files), cuts them into
chunks of `TASK_BATCHES` batches, submits each chunk as one task and yields
the triples chunk after chunk, in input order. At most `in_flight` chunks are out
at a time (default: two per worker thread), so memory on this side stays
bounded however large the corpus.

Each worker process loads its spaCy pipelines once, on its first task
(`extractors.pipeline.load` is cached per process), and then keeps them. A
lock serialises extraction inside one worker process, so workers started with
several threads stay correct; start them with ``--nthreads 1`` and one process
per core (``--nworkers N``) to use every core. Every worker needs the same aikg
installed (``pip install aikg``) and its spaCy models.

The scheduler is an address (``tcp://...``) or a `distributed.Client` the
caller already holds (then it is left open).
"""
from __future__ import annotations

import collections
import itertools
import os
import threading
from typing import Callable, Iterable, Iterator

from extractors.errors import AikgError
from extractors.batching import TASK_BATCHES, chunks
from extractors.reader import Article, read_articles
from extractors.triple import Triple

_LOCK = threading.Lock()  # one per worker process


class ClusterError(AikgError):
    """The Dask scheduler cannot be reached or a task failed on the cluster."""

    code = "E006"


def _work(chunk: list[Article], gazetteer: str | None, batch_size: int,
          report_errors: bool = False) -> list:
    """Run on a worker: the triples of one chunk."""
    from extractors.parallel import extract_chunk, single_threaded

    with _LOCK:
        if not getattr(_work, "limited", False):
            single_threaded()
            _work.limited = True
        return extract_chunk(chunk, gazetteer, batch_size, report_errors)


def _articles(items, on_skip) -> Iterator[Article]:
    """Articles as given, or read (lazily) from the files under the given paths."""
    if isinstance(items, (str, os.PathLike)):
        items = [items]
    it = iter(items)
    first = next(it, None)
    if first is None:
        return iter(())
    rest = itertools.chain([first], it)
    return rest if isinstance(first, Article) else read_articles(list(rest), on_skip=on_skip)


def extract_distributed(paths_or_articles: Iterable, *, scheduler, gazetteer: str | None = None,
                        batch_size: int = 32, in_flight: int | None = None,
                        on_skip: Callable[[str, str], None] | None = None,
                        on_progress: Callable[[int], None] | None = None,
                        on_error: Callable[[str, str], None] | None = None,
                        timeout: float = 30) -> Iterator[Triple]:
    """Triples of the articles (or of the files under the paths), in order, from a Dask cluster."""
    try:
        from distributed import Client
    except ImportError:  # pragma: no cover - dask is a dependency
        raise ClusterError("the Dask cluster needs the 'distributed' package: "
                           "pip install 'dask[distributed]'") from None

    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    own = not isinstance(scheduler, Client)
    try:
        client = Client(scheduler, timeout=timeout, set_as_default=False) if own else scheduler
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler!r}: {exc}") from None
    pending: collections.deque = collections.deque()
    try:
        if in_flight is None:
            threads = sum(client.nthreads().values()) or 1
            in_flight = 2 * threads
        for chunk in chunks(_articles(paths_or_articles, on_skip), batch_size * TASK_BATCHES):
            # pure=False: two equal chunks are still two tasks (their docs differ anyway)
            pending.append((client.submit(_work, chunk, gazetteer, batch_size, on_error is not None,
                                          pure=False), len(chunk)))
            if len(pending) >= in_flight:
                yield from _gather(pending.popleft(), on_progress, on_error)
        while pending:
            yield from _gather(pending.popleft(), on_progress, on_error)
    finally:
        for future, _ in pending:
            future.cancel()
        if own:
            client.close()


def _gather(item, on_progress, on_error=None) -> list[Triple]:
    from extractors.parallel import split_failed

    future, n = item
    try:
        triples = split_failed(future.result(), on_error)
    except AikgError:
        raise
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"the Dask cluster failed: {exc}") from None
    if on_progress is not None:
        on_progress(n)
    return triples
