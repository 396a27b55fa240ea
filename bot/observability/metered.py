"""The limiter and the video index, measured: queue length and wait per lane, API errors by code."""

from __future__ import annotations

import time
from collections.abc import Callable

from bot.core import timings
from bot.core.breaker import BreakerState, CircuitBreaker
from bot.core.errors import SearchBackendError
from bot.core.hits import Hit
from bot.core.images.image_check import CheckedImage
from bot.core.ports import Lane, RateLimiter, VideoIndex
from bot.core.scope import Library
from bot.observability.metrics import API_ERRORS, BREAKER_STATE, LIMITER_QUEUE, LIMITER_WAIT


def meter_breaker(breaker: CircuitBreaker) -> CircuitBreaker:
    """Expose `breaker`'s state as findvideo_breaker_state (read at every scrape)."""
    for state in BreakerState:
        BREAKER_STATE.labels(state=state.value).set_function(_is_in(breaker, state))
    return breaker


def _is_in(breaker: CircuitBreaker, state: BreakerState) -> Callable[[], float]:
    return lambda: float(breaker.state is state)


class MeteredLimiter:
    """A `RateLimiter` that counts who waits and for how long, then asks the real one."""

    def __init__(self, limiter: RateLimiter) -> None:
        self.limiter = limiter

    def wait_estimate(self, requests: int, lane: Lane = Lane.SEARCH) -> float:
        return self.limiter.wait_estimate(requests, lane)

    async def acquire(self, lane: Lane = Lane.SEARCH) -> None:
        name = Lane(lane).name.lower()
        queued = LIMITER_QUEUE.labels(lane=name)
        started = time.perf_counter()
        queued.inc()
        try:
            await self.limiter.acquire(lane)
        finally:
            queued.dec()
            waited = time.perf_counter() - started
            LIMITER_WAIT.labels(lane=name).observe(waited)
            timings.add("queue", waited)


class MeteredIndex:
    """A `VideoIndex` that counts the failures it passes on, by the API's code."""

    def __init__(self, index: VideoIndex) -> None:
        self.index = index

    async def search(
        self, image: CheckedImage, library: Library, *, similarity: float, namespace: str
    ) -> list[Hit]:
        try:
            return await self.index.search(
                image, library, similarity=similarity, namespace=namespace
            )
        except SearchBackendError as error:
            code = getattr(error, "code", None) or type(error).__name__
            API_ERRORS.labels(code=str(code)).inc()
            raise
