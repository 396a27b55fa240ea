"""Writes an answer does not need, done after it: one worker, in order, off the critical path.

Recording a search in the history, saving its result in the cache and counting its API calls in
the daily ledger used to be awaited database round trips in the middle of every search, each
queued behind the others'. They now go to a `WriteBehind`: `submit` returns at once, one worker
task performs the writes in the order they were submitted, and `flush` waits until everything
submitted so far is written (shutdown, and readers that must see their own writes). A failed write
is logged and the next one goes on. Generic over the stores' ports: nothing here knows SQLite.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Self

log = logging.getLogger(__name__)

Write = Callable[[], Awaitable[object]]


class WriteBehind:
    """A queue of writes performed in order by one background task."""

    def __init__(self) -> None:
        self._queue: asyncio.Queue[tuple[Write, str]] = asyncio.Queue()
        self._worker: asyncio.Task[None] | None = None
        self.pending = 0
        """Writes submitted and not finished yet."""

    def submit(self, write: Write, what: str) -> None:
        """Perform `write` soon, after every write submitted before it; `what` names it in logs."""
        self.pending += 1
        self._queue.put_nowait((write, what))
        if self._worker is None or self._worker.done():
            self._worker = asyncio.create_task(self._work(), name="write-behind")

    async def flush(self) -> None:
        """Wait until every write submitted so far is done."""
        await self._queue.join()

    async def close(self) -> None:
        """Flush, then stop the worker."""
        await self.flush()
        if self._worker is not None:
            self._worker.cancel()
            await asyncio.gather(self._worker, return_exceptions=True)
            self._worker = None

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    async def _work(self) -> None:
        while True:
            write, what = await self._queue.get()
            try:
                await write()
            except Exception:
                log.exception("a deferred write failed (%s); it is lost", what)
            finally:
                self.pending -= 1
                self._queue.task_done()
