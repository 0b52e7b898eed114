"""How a stream of articles is cut into work: the one place both the driver and the
worker pools take their sizes from (a leaf module: it imports nothing of aikg's)."""
from __future__ import annotations

import itertools
from typing import Iterable, Iterator, TypeVar

# articles per task, in spaCy batches: a task is parsed one language at a time,
# so a few batches' worth lets a feed that mixes languages fill whole batches
TASK_BATCHES = 8

T = TypeVar("T")


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of at most `size` consecutive items."""
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk
