"""Spacing out calls to memories.ai so the account never goes over its request rate.

memories.ai allows 1 search request per second per *account*: every key of the account shares that
rate, and repeated violations may suspend the key. So there must be exactly one limiter for the
whole process, built once in `main()` and injected into everything that calls the API (never one per
command or per client). A bot running several processes shares the rate through Redis
(`bot.memories.redis_limiter`), the same `RateLimiter` protocol swapped in without touching callers.

Requests come in lanes (`Lane`): a waiter of a more urgent lane is served before every waiting one
of a less urgent lane, and waiters of one lane are served first come, first served.
"""

from __future__ import annotations

import asyncio
import bisect
import itertools
import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from bot.core.ports import Lane, RateLimiter

__all__ = ["IntervalRateLimiter", "Lane", "LaneQueue", "RateLimiter"]


@dataclass(order=True)
class Waiter:
    lane: Lane
    arrival: int
    turn: asyncio.Future[None] | None = field(default=None, compare=False)


class LaneQueue:
    """Waiters ordered by (lane, arrival); only the head may go for a permit.

    Each waiter parks on its own future until it is at the head, so a more urgent newcomer simply
    takes the head and the one it displaced parks again. Leaving (served or cancelled) wakes the new
    head. Shared by the in-process and the Redis limiter.
    """

    def __init__(self) -> None:
        self._waiters: list[Waiter] = []
        self._arrivals = itertools.count()

    def __len__(self) -> int:
        return len(self._waiters)

    def join(self, lane: Lane) -> Waiter:
        waiter = Waiter(Lane(lane), next(self._arrivals))
        bisect.insort(self._waiters, waiter)
        return waiter

    def ahead_of(self, lane: Lane) -> int:
        """How many waiters would be served before a newcomer of `lane`."""
        return sum(1 for waiter in self._waiters if waiter.lane <= lane)

    def count(self, lane: Lane) -> int:
        return sum(1 for waiter in self._waiters if waiter.lane == lane)

    async def reach_head(self, waiter: Waiter) -> None:
        """Return once `waiter` is the most urgent one waiting."""
        while self._waiters[0] is not waiter:
            waiter.turn = asyncio.get_running_loop().create_future()
            await waiter.turn

    def is_head(self, waiter: Waiter) -> bool:
        return self._waiters[0] is waiter

    def leave(self, waiter: Waiter) -> None:
        self._waiters.remove(waiter)
        if self._waiters:
            head_turn = self._waiters[0].turn
            if head_turn is not None and not head_turn.done():
                head_turn.set_result(None)


class IntervalRateLimiter:
    """Lets requests start at least `1 / rate_per_second` seconds apart, most urgent lane first.

    Only the head of the queue sleeps until the next slot; when it wakes it checks it is still the
    head (a more urgent request may have arrived meanwhile and taken the slot). A waiter cancelled
    while queued or while sleeping simply leaves: the next one takes over the same slot. After an
    idle spell one request may start at once, never a burst of several.
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
        self._queue = LaneQueue()
        self._next_start = -math.inf

    @property
    def interval(self) -> float:
        """Seconds between the starts of two consecutive requests."""
        return self._interval

    @property
    def queue_length(self) -> int:
        """How many callers are waiting for a permit right now."""
        return len(self._queue)

    def queued(self, lane: Lane) -> int:
        """How many callers of `lane` are waiting right now."""
        return self._queue.count(lane)

    def wait_estimate(self, requests: int, lane: Lane = Lane.SEARCH) -> float:
        if requests <= 0:
            return 0.0
        head = max(self._next_start - self._clock(), 0.0)
        return head + (self._queue.ahead_of(lane) + requests - 1) * self._interval

    async def acquire(self, lane: Lane = Lane.SEARCH) -> None:
        waiter = self._queue.join(lane)
        try:
            await self._wait_for_slot(waiter)
            self._next_start = self._clock() + self._interval
        finally:
            self._queue.leave(waiter)

    async def _wait_for_slot(self, waiter: Waiter) -> None:
        # A loop, not one sleep: a timer may fire a hair early, a more urgent waiter may have
        # arrived while we slept, and the spacing is a hard limit.
        while True:
            await self._queue.reach_head(waiter)
            delay = self._next_start - self._clock()
            if delay <= 0:
                return
            await self._sleep(delay)
