"""A bounded queue that, when full, drops its OLDEST item to make room for the newest.

Watch checks are best effort: when a burst outruns the rate limit, the freshest posts matter most,
and memory must stay bounded whatever a busy server does.
"""

from __future__ import annotations

import asyncio
from collections import deque
from typing import Generic, TypeVar

T = TypeVar("T")


class DropOldestQueue(Generic[T]):
    """FIFO of at most `capacity` items; `put` returns the item it dropped, if any."""

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.dropped = 0
        self._items: deque[T] = deque()
        self._ready = asyncio.Event()

    def __len__(self) -> int:
        return len(self._items)

    def put(self, item: T) -> T | None:
        dropped = self._items.popleft() if len(self._items) >= self.capacity else None
        if dropped is not None:
            self.dropped += 1
        self._items.append(item)
        self._ready.set()
        return dropped

    async def get(self) -> T:
        """The oldest item, waiting for one if the queue is empty."""
        while not self._items:
            self._ready.clear()
            await self._ready.wait()
        return self._items.popleft()
