"""Spacing out calls to memories.ai so the account never goes over its request rate.

memories.ai allows 1 search request per second per *account*: every key of the account shares that
budget, and repeated violations may suspend the key. So there must be exactly one limiter for the
whole process, built once in `main()` and injected into everything that calls the API (never one per
command or per client). A bot running several processes will need the same budget shared between
them; that is a Redis-backed implementation of the same `RateLimiter` protocol, swapped in without
touching the callers.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Awaitable, Callable

from bot.core.ports import Lane, RateLimiter

__all__ = ["IntervalRateLimiter", "Lane", "RateLimiter"]


class IntervalRateLimiter:
    """Lets requests start at least `1 / rate_per_second` seconds apart, first come first served.

    Waiters queue on a fair `asyncio.Lock` (documented to wake waiters in the order they started
    waiting); only the head of the queue sleeps. A waiter cancelled while queued or while sleeping
    simply leaves the queue: the next one takes over the same slot, so nobody loses their turn.
    After an idle spell one request may start at once, never a burst of several.
    """

    def __init__(
        self,
        rate_per_second: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if not math.isfinite(rate_per_second) or rate_per_second <= 0:
            raise ValueError(f"rate_per_second must be a positive number, not {rate_per_second!r}")
        self._interval = 1.0 / rate_per_second
        self._clock = clock
        self._sleep = sleep
        self._lock = asyncio.Lock()
        self._next_start = -math.inf
        self._waiting = 0

    @property
    def interval(self) -> float:
        """Seconds between the starts of two consecutive requests."""
        return self._interval

    @property
    def queue_length(self) -> int:
        """How many callers are waiting for a permit right now."""
        return self._waiting

    def wait_estimate(self, requests: int, lane: Lane = Lane.SEARCH) -> float:
        if requests <= 0:
            return 0.0
        head = max(self._next_start - self._clock(), 0.0)
        return head + (self._waiting + requests - 1) * self._interval

    async def acquire(self, lane: Lane = Lane.SEARCH) -> None:
        self._waiting += 1
        try:
            async with self._lock:
                await self._sleep_until_next_start()
                self._next_start = self._clock() + self._interval
        finally:
            self._waiting -= 1

    async def _sleep_until_next_start(self) -> None:
        # A loop, not one sleep: a timer may fire a hair early, and the spacing is a hard limit.
        while (delay := self._next_start - self._clock()) > 0:
            await self._sleep(delay)
