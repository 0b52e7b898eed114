"""Extraction on every core: worker processes, results in input order, bounded memory.

`extract_parallel(articles, jobs=N)` cuts the (lazy) stream of articles into
chunks of `TASK_BATCHES` batches, sends each chunk to one of N worker processes and
yields the triples chunk after chunk, in input order. At most
`jobs * IN_FLIGHT_PER_JOB` chunks are read ahead, so memory depends on the
batch size and the number of jobs, never on the size of the corpus.

Workers are started with the 'spawn' method (a fresh interpreter, no state
copied from the caller); each loads its spaCy pipelines once, on its first
chunk (`extractors.pipeline.load` is cached per process), and only small
`Triple`s travel back. Each worker limits the BLAS/OpenMP thread pools to one
thread: numpy's OpenBLAS otherwise starts one thread per core in *every*
process, so N busy processes on N cores run N*N threads that fight for the
cores. (spaCy's own ``nlp.pipe(n_process=2)`` has a second cost that we avoid:
it sends whole parsed `Doc`s back to the parent, which spends a core
deserialising them; see benchmarks/bench_extract.py.)

With ``jobs=1``, or when the whole input fits in one chunk, extraction runs in
the calling process with no pool at all. With `on_error(doc, reason)`, an
article whose extraction raises (in a worker or here) is reported and left out;
the other articles of its chunk are kept.
"""
from __future__ import annotations

import collections
import itertools
import os
from typing import Callable, Iterable, Iterator, NamedTuple

from extractors.batching import TASK_BATCHES, chunks
from extractors.reader import Article
from extractors.triple import Triple

IN_FLIGHT_PER_JOB = 2
THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
                    "BLIS_NUM_THREADS", "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")

Progress = Callable[[int], None]
OnError = Callable[[str, str], None]


class Failed(NamedTuple):
    """An article whose extraction raised, sent back from a worker in place of triples."""
    doc: str
    reason: str


def default_jobs() -> int:
    """The number of cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def single_threaded() -> None:
    """Limit this process's BLAS/OpenMP pools to one thread (before and after numpy loads)."""
    for name in THREAD_VARIABLES:
        os.environ[name] = "1"
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # the variables above still hold for libraries loaded later
        return
    threadpool_limits(1)


def extract_chunk(chunk: list[Article], gazetteer: str | None, batch_size: int,
                  report_errors: bool = False) -> list[Triple | Failed]:
    """The triples of one chunk, in order (run in a worker; models load once per process);
    with `report_errors`, a `Failed` for each article whose extraction raised."""
    from extractors.extract import extract_articles

    failed: list[Failed] = []
    on_error = (lambda doc, reason: failed.append(Failed(doc, reason))) if report_errors else None
    return list(extract_articles(chunk, gazetteer=gazetteer, batch_size=batch_size,
                                 on_error=on_error)) + failed


def split_failed(results: list, on_error: OnError | None) -> list[Triple]:
    """The triples of a chunk's results; each `Failed` goes to `on_error`."""
    triples = []
    for item in results:
        if isinstance(item, Failed):
            if on_error is not None:
                on_error(item.doc, item.reason)
        else:
            triples.append(item)
    return triples


def _in_process(articles: Iterable[Article], gazetteer, batch_size, on_progress,
                on_error=None) -> Iterator[Triple]:
    from extractors.extract import extract_articles

    yield from extract_articles(articles, gazetteer=gazetteer, batch_size=batch_size,
                                on_error=on_error, on_progress=on_progress)


def extract_parallel(articles: Iterable[Article], *, jobs: int | None = None,
                     gazetteer: str | None = None, batch_size: int = 32,
                     on_progress: Progress | None = None,
                     on_error: OnError | None = None) -> Iterator[Triple]:
    """Triples of `articles` in input order, extracted by `jobs` processes (default: all cores).

    `on_progress(n)` is called each time `n` more articles are done; `on_error(doc,
    reason)` for each article whose extraction failed (without it, the failure raises).
    """
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    stream = chunks(articles, batch_size * TASK_BATCHES)
    first = next(stream, None)
    if first is None:
        return
    second = next(stream, None) if jobs > 1 else None
    if second is None:  # one process, or too little work to be worth starting others
        rest = itertools.chain(first, itertools.chain.from_iterable(stream))
        yield from _in_process(rest, gazetteer, batch_size, on_progress, on_error)
        return
    yield from _pooled(itertools.chain([first, second], stream), jobs, gazetteer, batch_size,
                       on_progress, on_error)


def _pooled(stream: Iterator[list[Article]], jobs: int, gazetteer, batch_size,
            on_progress, on_error=None) -> Iterator[Triple]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pending: collections.deque = collections.deque()
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                               initializer=single_threaded)
    try:
        for chunk in stream:
            pending.append((pool.submit(extract_chunk, chunk, gazetteer, batch_size,
                                        on_error is not None), len(chunk)))
            if len(pending) >= jobs * IN_FLIGHT_PER_JOB:
                yield from _done(pending.popleft(), on_progress, on_error)
        while pending:
            yield from _done(pending.popleft(), on_progress, on_error)
    finally:  # also on an error or a consumer that stops early: drop what is queued
        pool.shutdown(wait=True, cancel_futures=True)


def _done(item, on_progress, on_error=None) -> list[Triple]:
    future, n = item
    triples = split_failed(future.result(), on_error)
    if on_progress is not None:
        on_progress(n)
    return triples
