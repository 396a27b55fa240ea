"""Where the time of one search went: download, image check, the pixels' study (waiting for a
decode worker included), result cache look-ups, rate-limit queue, API, render, and the image
memory's "seen here before" look-up.

A search sets a fresh `SearchTimings` in a context variable; the HTTP trace and the metered limiter
add to whichever search is current. Tasks started inside the search (asyncio.gather) copy the
context, so they add to the same object.
"""

from __future__ import annotations

import contextlib
import contextvars
import time
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass
class SearchTimings:
    download: float = 0.0
    check: float = 0.0
    study: float = 0.0
    cache: float = 0.0
    queue: float = 0.0
    api: float = 0.0
    render: float = 0.0
    memory: float = 0.0

    def as_millis(self) -> dict[str, int]:
        return {name: round(seconds * 1000) for name, seconds in vars(self).items()}


current: contextvars.ContextVar[SearchTimings | None] = contextvars.ContextVar(
    "findvideo_search_timings", default=None
)


def add(part: str, seconds: float) -> None:
    """Count `seconds` towards `part` of the current search, if there is one."""
    timings = current.get()
    if timings is not None:
        setattr(timings, part, getattr(timings, part) + seconds)


@contextlib.contextmanager
def timed(part: str) -> Iterator[None]:
    """Count the time the block takes towards `part` of the current search."""
    started = time.perf_counter()
    try:
        yield
    finally:
        add(part, time.perf_counter() - started)
