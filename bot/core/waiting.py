"""Telling the person who waits why it takes long, from deep inside a search.

The API client knows when it must wait (the account is rate limited: back off, then retry); the
command at the top knows whom to tell. A context variable joins the two without a callback threaded
through every layer in between: the command sets a listener around its search, and the tasks the
search service starts for each image and library copy the context, listener included.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

WaitListener = Callable[[float], Awaitable[None]]
"""Called with the seconds the search will now wait (at least) before it can go on."""

_listener: ContextVar[WaitListener | None] = ContextVar("wait_listener", default=None)


@contextmanager
def waits_reported_to(listener: WaitListener) -> Iterator[None]:
    """Within the block (and tasks started in it), `report_wait` calls `listener`."""
    token = _listener.set(listener)
    try:
        yield
    finally:
        _listener.reset(token)


async def report_wait(seconds: float) -> None:
    """Tell whoever is waiting that this will take `seconds` more; nobody listening is fine."""
    listener = _listener.get()
    if listener is not None:
        await listener(seconds)
