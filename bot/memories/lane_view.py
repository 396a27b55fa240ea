"""One lane of the shared rate limiter, seen as a limiter of its own.

The watch's client is an ordinary `MemoriesClient` built on this view: every request it makes,
retries included, queues in the WATCH lane of the process's one limiter, so people's searches
(and evidence lookups) are always served before automatic checks.
"""

from __future__ import annotations

from bot.core.ports import Lane, RateLimiter


class LaneView:
    """A `RateLimiter` that asks `limiter` for permits in `lane`, whatever lane it is asked for."""

    def __init__(self, limiter: RateLimiter, lane: Lane) -> None:
        self.limiter = limiter
        self.lane = lane

    async def acquire(self, lane: Lane = Lane.SEARCH) -> None:
        await self.limiter.acquire(self.lane)

    def wait_estimate(self, requests: int, lane: Lane = Lane.SEARCH) -> float:
        return self.limiter.wait_estimate(requests, self.lane)
