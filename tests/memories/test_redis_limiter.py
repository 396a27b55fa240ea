"""The Redis limiter against a real redis-server: one account-wide spacing for several processes,
lanes inside each process, and what happens while Redis is away.

Each `RedisRateLimiter` below stands for one bot process (its own Redis connection, its own queue).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from itertools import pairwise

import pytest

from bot.core.ports import Lane
from bot.memories.redis_limiter import RedisRateLimiter, account_prefix, connect_redis
from tests.redis_server import RedisServer

RATE = 5.0  # slots 0.21 s apart: 10 ms of headroom over the account interval
ACCOUNT_INTERVAL = 1 / RATE
JITTER = ACCOUNT_INTERVAL / 2
"""How much closer than the account interval two processes' shared grants may be. A process
places its Redis slot at (when it read Redis's answer) + (the wait Redis gave), so an answer read
late on a busy machine moves that grant later, towards the other process's next one, by that
delay: tens of ms under load, beyond the 10 ms of headroom. Without a shared limit the two
processes' grants come in pairs about 0 s apart; half an interval tells the two apart best.
(Grants on the local fallback involve no Redis answer: they are exactly one share apart.)"""


class Processes:
    """Opens limiters ("processes") sharing one Redis; closes them all at the end."""

    def __init__(self, server: RedisServer, stack: AsyncExitStack) -> None:
        self._server, self._stack = server, stack

    async def open(self, name: str, *, hint: int = 1) -> RedisRateLimiter:
        redis = await self._stack.enter_async_context(connect_redis(self._server.url))
        limiter = RedisRateLimiter(
            redis, RATE, prefix=account_prefix("sk-test"), process_id=name, processes_hint=hint
        )
        return await self._stack.enter_async_context(limiter)


@pytest.fixture
async def processes(redis_server: RedisServer) -> AsyncIterator[Processes]:
    async with AsyncExitStack() as stack:
        yield Processes(redis_server, stack)


async def take(limiter: RedisRateLimiter, count: int, lane: Lane = Lane.SEARCH) -> list[float]:
    """Take `count` permits concurrently; return when each was granted."""

    async def one() -> float:
        await limiter.acquire(lane)
        return time.monotonic()

    return list(await asyncio.gather(*(one() for _ in range(count))))


def gaps(grants: list[float]) -> list[float]:
    return [later - earlier for earlier, later in pairwise(sorted(grants))]


async def test_two_processes_together_keep_the_account_spacing(processes):
    first, second = await processes.open("a"), await processes.open("b")
    await take(
        first, 1
    )  # the first slot of a fresh Redis waits one interval: get it out of the way

    grants = await asyncio.gather(take(first, 4), take(second, 4))

    assert min(gaps(grants[0] + grants[1])) >= ACCOUNT_INTERVAL - JITTER
    assert len(grants[0]) == len(grants[1]) == 4


async def test_lanes_still_order_the_requests_of_one_process(processes):
    limiter = await processes.open("a")
    await take(limiter, 1)
    order: list[str] = []

    async def ask(lane: Lane) -> None:
        await limiter.acquire(lane)
        order.append(lane.name)

    watch = asyncio.create_task(ask(Lane.WATCH))
    await asyncio.sleep(0)  # the watch check is queued first...
    await asyncio.gather(watch, ask(Lane.EVIDENCE), ask(Lane.SEARCH))

    assert order == ["SEARCH", "EVIDENCE", "WATCH"]


async def test_without_redis_a_process_falls_back_to_its_share_and_warns_once(
    processes, redis_server, caplog
):
    limiter = await processes.open("a", hint=2)
    await take(limiter, 1)
    await redis_server.stop()

    with caplog.at_level(logging.WARNING, logger="bot.memories.redis_limiter"):
        grants = await take(limiter, 3)

    assert limiter.degraded
    assert min(gaps(grants)) >= 2 * ACCOUNT_INTERVAL  # half the rate: 2 processes
    warnings = [record.getMessage() for record in caplog.records]
    assert len(warnings) == 1
    assert "Redis is unreachable" in warnings[0]
    assert "at most 2.5 API requests per second" in warnings[0]
    assert "its share of 2 processes" in warnings[0]


async def test_a_process_goes_back_to_the_shared_limit_when_redis_returns(
    processes, redis_server, caplog
):
    limiter = await processes.open("a", hint=2)
    await redis_server.stop()
    await take(limiter, 1)
    await redis_server.start()
    caplog.clear()

    with caplog.at_level(logging.WARNING, logger="bot.memories.redis_limiter"):
        await take(limiter, 2)

    assert not limiter.degraded
    assert [r.getMessage() for r in caplog.records] == [
        "Redis is reachable again: back on the shared account-wide limit"
    ]


async def test_the_first_shared_slot_after_a_restart_leaves_room_for_local_limits(
    processes, redis_server
):
    # While Redis was away, the other process may have sent a request on its local share just
    # now; the first shared slot after the restart must not land right beside it.
    limiter = await processes.open("a", hint=2)
    await redis_server.stop()
    await redis_server.start()
    asked = time.monotonic()

    [granted] = await take(limiter, 1)

    assert granted - asked >= 2 * ACCOUNT_INTERVAL


async def test_the_api_key_never_reaches_redis(processes, redis_server):
    limiter = await processes.open("a")
    await take(limiter, 1)
    async with connect_redis(redis_server.url) as redis:
        keys = [
            str(key, "utf-8") if isinstance(key, bytes) else key for key in await redis.keys("*")
        ]
    assert keys
    assert all(key.startswith(account_prefix("sk-test")) for key in keys)
    assert not any("sk-test" in key for key in keys)


class StoppedClock:
    """A clock that only moves when told to, and a sleep that only records (and never returns
    before the test cancels it)."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []
        self.asleep = asyncio.Event()

    def clock(self) -> float:
        return self.now

    async def sleep(self, delay: float) -> None:
        self.sleeps.append(delay)
        self.asleep.set()
        await asyncio.Event().wait()

    async def until_asleep_or_done(self, task: asyncio.Task[None]) -> None:
        self.asleep.clear()
        asleep = asyncio.create_task(self.asleep.wait())
        await asyncio.wait({asleep, task}, return_when=asyncio.FIRST_COMPLETED)
        asleep.cancel()


async def test_a_reservation_left_by_a_cancelled_waiter_is_not_used_long_after_its_time(
    redis_server,
):
    time_here = StoppedClock()
    async with connect_redis(redis_server.url) as redis:
        limiter = RedisRateLimiter(
            redis,
            RATE,
            prefix=account_prefix("sk-test"),
            process_id="a",
            clock=time_here.clock,
            sleep=time_here.sleep,
        )
        first = asyncio.create_task(limiter.acquire())
        await time_here.until_asleep_or_done(first)  # it reserved a slot and sleeps towards it
        first.cancel()
        time_here.now += 60.0  # a minute later: other processes have used the slots since

        late = asyncio.create_task(limiter.acquire())
        await time_here.until_asleep_or_done(late)

        assert not late.done(), "the stale reservation was used: it could land beside another's"
        assert len(time_here.sleeps) == 2  # it asked Redis for a fresh slot and waits for it
        late.cancel()
