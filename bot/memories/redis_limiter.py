"""One account-wide rate limit for every process of the bot, kept in Redis.

memories.ai counts requests per account, so processes on separate shard ranges (or machines) must
share one rate. Each process keeps its own lane queue (`LaneQueue`) and only its most urgent
waiter asks Redis for a slot: a Lua script reads Redis's own clock, hands out the next free start
time and moves it on by one interval, atomically. Processes are served in the order they ask
(first come, first served across processes; lanes order the requests inside each process).

When Redis cannot be reached each process falls back to its share of the limit (the account rate
divided by the processes it knows of), warns once, and goes back to Redis as soon as it answers.
A slot time missing from Redis (a restarted Redis lost it) starts one fallback interval from now,
so requests still on their local limit elsewhere are not doubled up with the first shared one.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import math
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from types import TracebackType
from typing import Self

import redis.asyncio as aioredis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError

from bot.core.ports import Lane
from bot.memories.ratelimit import LaneQueue, Waiter

log = logging.getLogger(__name__)

HEADROOM = 0.05
"""Slots are 5% further apart than the account limit: room for network and timer jitter between
processes, so that no one-second window seen by the API ever holds one request too many."""
HEARTBEAT_SECONDS = 5.0
PROCESS_TTL_MS = 15_000
REDIS_DOWN = (RedisError, OSError)
REDIS_TIMEOUT = 1.0
"""Seconds for one Redis command or connection: a Redis that is away must not stall searches."""

_RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local interval = tonumber(ARGV[1])
local stored = redis.call('GET', KEYS[1])
local slot
if stored then
  slot = math.max(now, tonumber(stored))
else
  slot = now + tonumber(ARGV[2])
end
redis.call('SET', KEYS[1], slot + interval)
redis.call('ZADD', KEYS[2], now, ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - tonumber(ARGV[4]) * 1000)
return {slot - now, redis.call('ZCARD', KEYS[2])}
"""
"""KEYS: next slot (microseconds), live processes. ARGV: interval, gap when missing (both in
microseconds), this process, process TTL (ms). Returns the wait in microseconds, live processes."""

_HEARTBEAT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
redis.call('ZADD', KEYS[1], now, ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[2]) * 1000)
return redis.call('ZCARD', KEYS[1])
"""


@asynccontextmanager
async def connect_redis(url: str) -> AsyncIterator[aioredis.Redis]:
    """A Redis client for `url` with short timeouts and no retries (the callers fall back)."""
    client = aioredis.Redis.from_url(
        url,
        socket_timeout=REDIS_TIMEOUT,
        socket_connect_timeout=REDIS_TIMEOUT,
        retry=Retry(NoBackoff(), 0),
        decode_responses=False,
    )
    try:
        yield client
    finally:
        await client.aclose()


def account_prefix(api_key: str) -> str:
    """Redis key prefix for one memories.ai account (a hash: the key itself never reaches Redis)."""
    digest = hashlib.sha256(api_key.encode()).hexdigest()[:16]
    return f"findvideo:{digest}"


@dataclass(frozen=True)
class _Slot:
    at: float
    local: bool
    confirmed: bool = False


class RedisRateLimiter:
    """The `RateLimiter` protocol over Redis, with a local fallback while Redis is away.

    Use as `async with`: it keeps this process listed as alive (a heartbeat) while open.
    """

    def __init__(
        self,
        redis: aioredis.Redis,
        rate_per_second: float,
        *,
        prefix: str,
        process_id: str,
        processes_hint: int = 1,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if not math.isfinite(rate_per_second) or rate_per_second <= 0:
            raise ValueError(f"rate_per_second must be a positive number, not {rate_per_second!r}")
        self._redis = redis
        self._interval = (1.0 + HEADROOM) / rate_per_second
        self._late_tolerance = HEADROOM / rate_per_second
        """A shared slot may start this late at most: later, the gap to the next process's slot
        (one interval after ours) would be shorter than the account's interval."""
        self._rate = rate_per_second
        self._keys = (f"{prefix}:limiter:next", f"{prefix}:limiter:processes")
        self._process_id = process_id
        self._hint = max(processes_hint, 1)
        self._processes = self._hint
        self._clock, self._sleep = clock, sleep
        self._queue = LaneQueue()
        self._reserving = asyncio.Lock()
        self._slot: _Slot | None = None
        self._last_grant = -math.inf
        self._outage = False
        self._reserve = redis.register_script(_RESERVE)
        self._heartbeat_script = redis.register_script(_HEARTBEAT)
        self._heartbeat: asyncio.Task[None] | None = None

    # lifetime

    async def __aenter__(self) -> Self:
        self._heartbeat = asyncio.create_task(self._beat(), name="redis-limiter-heartbeat")
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._heartbeat is not None:
            self._heartbeat.cancel()
            await asyncio.gather(self._heartbeat, return_exceptions=True)
        try:
            await self._redis.zrem(self._keys[1], self._process_id)
        except REDIS_DOWN:
            log.debug("could not unlist this process from Redis; it expires on its own")

    async def _beat(self) -> None:
        while True:
            try:
                count = await self._heartbeat_script(
                    keys=[self._keys[1]], args=[self._process_id, PROCESS_TTL_MS]
                )
                self._processes = max(int(count), self._hint)
            except REDIS_DOWN:
                pass  # acquire() notices and warns; the heartbeat only keeps the count fresh
            await asyncio.sleep(HEARTBEAT_SECONDS)

    # the RateLimiter protocol

    @property
    def interval(self) -> float:
        """Seconds between two starts across all processes (headroom included)."""
        return self._interval

    @property
    def queue_length(self) -> int:
        return len(self._queue)

    @property
    def degraded(self) -> bool:
        """True while Redis is unreachable and this process runs on its local share."""
        return self._outage

    def queued(self, lane: Lane) -> int:
        return self._queue.count(lane)

    def wait_estimate(self, requests: int, lane: Lane = Lane.SEARCH) -> float:
        if requests <= 0:
            return 0.0
        slot = self._slot
        head = 0.0 if slot is None else max(slot.at - self._clock(), 0.0)
        return head + (self._queue.ahead_of(lane) + requests - 1) * self._current_interval()

    async def acquire(self, lane: Lane = Lane.SEARCH) -> None:
        waiter = self._queue.join(lane)
        try:
            await self._wait_for_slot(waiter)
        finally:
            self._queue.leave(waiter)

    # slots

    async def _wait_for_slot(self, waiter: Waiter) -> None:
        while True:
            await self._queue.reach_head(waiter)
            slot = await self._current_slot()
            if not self._queue.is_head(waiter):
                continue  # a more urgent waiter arrived meanwhile: the slot is theirs
            delay = slot.at - self._clock()
            if delay > 0:
                await self._sleep(delay)
            elif not slot.local and -delay > self._late_tolerance:
                await self._drop_slot(slot)  # too late for its slot: the next process's is near
            elif slot.local and not slot.confirmed:
                await self._current_slot(confirm=True)  # Redis may be back: ask before going
            else:
                self._slot, self._last_grant = None, self._clock()
                return

    async def _drop_slot(self, slot: _Slot) -> None:
        async with self._reserving:
            if self._slot is slot:
                self._slot = None

    async def _current_slot(self, *, confirm: bool = False) -> _Slot:
        async with self._reserving:
            if self._slot is None or confirm:
                self._slot = await self._new_slot(confirm=confirm)
            return self._slot

    async def _new_slot(self, *, confirm: bool) -> _Slot:
        gap_us = round(self._fallback_interval() * 1_000_000)
        args: list[str | int] = [
            round(self._interval * 1_000_000),
            gap_us,
            self._process_id,
            PROCESS_TTL_MS,
        ]
        try:
            wait_us, processes = await self._reserve(keys=list(self._keys), args=args)
        except REDIS_DOWN as error:
            self._note_outage(error)
            start = max(self._clock(), self._last_grant + self._fallback_interval())
            return _Slot(start, local=True, confirmed=confirm)
        self._note_recovery(int(processes))
        return _Slot(self._clock() + int(wait_us) / 1_000_000, local=False)

    def _fallback_interval(self) -> float:
        return self._interval * self._processes

    def _current_interval(self) -> float:
        return self._fallback_interval() if self._outage else self._interval

    def _note_outage(self, error: BaseException) -> None:
        if self._outage:
            return
        self._outage = True
        self._last_grant = max(self._last_grant, self._clock())  # a quiet spell to start with
        log.warning(
            "Redis is unreachable (%s): this process now sends at most %.3g API requests per "
            "second (its share of %d processes) until Redis is back",
            type(error).__name__,
            self._rate / self._processes,
            self._processes,
        )

    def _note_recovery(self, processes: int) -> None:
        self._processes = max(processes, self._hint)
        if self._outage:
            self._outage = False
            log.warning("Redis is reachable again: back on the shared account-wide limit")
