"""The keyframe download budget (12 a minute for the account) and the pause after an endpoint
failed are shared by every process through a real Redis, and each process falls back to its own
while Redis is away."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack

import pytest
import redis.asyncio as aioredis

from bot.memories.redis_limiter import account_prefix, connect_redis
from bot.store.redis_evidence import shared_evidence_limits
from tests.redis_server import RedisServer

PREFIX = account_prefix("evidence-test-key")


@pytest.fixture
async def two_processes(redis_server: RedisServer) -> AsyncIterator[tuple[aioredis.Redis, ...]]:
    """Two Redis clients, as two bot processes have."""
    async with AsyncExitStack() as stack:
        clients = [await stack.enter_async_context(connect_redis(redis_server.url)) for _ in "ab"]
        yield tuple(clients)


async def test_two_processes_share_twelve_downloads_a_minute(two_processes) -> None:
    first, second = (shared_evidence_limits(r, PREFIX, 12, 600, 2)[0] for r in two_processes)

    taken = [await first.take() for _ in range(8)] + [await second.take() for _ in range(8)]

    assert taken.count(True) == 12
    assert taken[-4:] == [False] * 4, "the second process finds the account's minute spent"


async def test_a_pause_begun_by_one_process_holds_in_the_other(two_processes) -> None:
    _, (details_here, downloads_here) = shared_evidence_limits(two_processes[0], PREFIX, 12, 600, 2)
    _, (details_there, downloads_there) = shared_evidence_limits(
        two_processes[1], PREFIX, 12, 600, 2
    )

    await details_here.begin()

    assert await details_there.is_active()
    assert not await downloads_there.is_active(), "each endpoint has its own pause"
    assert not await downloads_here.is_active()


async def test_without_redis_each_process_takes_its_share(two_processes, redis_server) -> None:
    downloads, (pause, _) = shared_evidence_limits(two_processes[0], PREFIX, 12, 600, 2)
    await redis_server.stop()

    taken = [await downloads.take() for _ in range(8)]
    await pause.begin()

    assert taken.count(True) == 6, "half of 12 for one of two processes"
    assert await pause.is_active(), "paused in this process at least"
