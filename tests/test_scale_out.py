"""Several real bot processes on one memories.ai account, sharing its rate limit through Redis.

Each process has its own fake Discord (as if it ran other shards); all of them call one fake API,
which sees the account's combined request rate.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path

from tests import imagegen
from tests.bot_process import BotProcess, bot_process
from tests.fakes.discord_payloads import PayloadFactory
from tests.fakes.discord_server import FakeDiscord, InteractionRecord
from tests.fakes.memories_api import FakeMemoriesApi, hit
from tests.redis_server import RedisServer

MAX_RPS = 5


@asynccontextmanager
async def bots(
    count: int, memories: FakeMemoriesApi, redis: RedisServer, workdir: Path
) -> AsyncIterator[list[BotProcess]]:
    async with AsyncExitStack() as stack:
        fakes = [await stack.enter_async_context(FakeDiscord()) for _ in range(count)]
        started = [
            bot_process(
                fake,
                memories,
                workdir / f"bot{number}",
                REDIS_URL=redis.url,
                MEMORIES_MAX_RPS=str(MAX_RPS),
                DEFAULT_COOLDOWN="0",  # one tester sends every burst
            )
            for number, fake in enumerate(fakes)
        ]
        yield [await stack.enter_async_context(bot) for bot in started]


async def search_burst(bot: BotProcess, count: int) -> list[InteractionRecord]:
    payloads = PayloadFactory(bot.discord)
    records = []
    for number in range(count):
        # A different image each time: a repeat would be answered from the result cache.
        image = payloads.uploaded(f"frame-{number}.png", imagegen.png(64 + number, 48))
        records.append(
            await bot.discord.dispatch_interaction(
                payloads.slash_command("findvideo", {"image": image})
            )
        )
    return records


async def all_answered(
    bots_and_records: Sequence[tuple[BotProcess, list[InteractionRecord]]],
) -> None:
    async with asyncio.timeout(60):
        for bot, records in bots_and_records:
            for record in records:
                await bot.answered(record)


def busiest_second(memories: FakeMemoriesApi) -> int:
    """The most API requests that arrived within any one-second window."""
    arrivals = sorted(request.received_at for request in memories.requests)
    return max(sum(1 for later in arrivals if start <= later < start + 1.0) for start in arrivals)


def matched(record: InteractionRecord) -> bool:
    assert record.original is not None
    return str(record.original["embeds"][0]["title"]).startswith("Matches for")


async def test_three_processes_never_exceed_the_account_rate_together(
    tmp_path, memories, redis_server
):
    memories.set_default([hit("PI-1", "Cat jumps into box", 79, 0.97)])
    async with bots(3, memories, redis_server, tmp_path) as running:
        bursts = [(bot, await search_burst(bot, 4)) for bot in running]
        await all_answered(bursts)

    assert len(memories.requests) == 12
    assert busiest_second(memories) <= MAX_RPS
    assert all(matched(record) for _, records in bursts for record in records)
    assert memories.violations == []


async def test_redis_stopped_and_started_mid_burst(tmp_path, memories, redis_server):
    memories.set_default([hit("PI-1", "Cat jumps into box", 79, 0.97)])
    async with bots(2, memories, redis_server, tmp_path) as running:
        bursts = [(bot, await search_burst(bot, 6)) for bot in running]
        await memories.wait_for_requests(3)
        await redis_server.stop()
        await memories.wait_for_requests(7)
        await redis_server.start()
        await all_answered(bursts)
        logs = [bot.log() for bot in running]

    assert len(memories.requests) == 12
    assert all(matched(record) for _, records in bursts for record in records)
    assert busiest_second(memories) <= MAX_RPS  # each process took half while Redis was away
    for log in logs:
        assert log.count("now sends at most 2.5 API requests per second") == 1, log
        assert log.count("back on the shared account-wide limit") == 1, log
        assert "Traceback" not in log


async def test_a_video_detail_fetched_by_one_process_is_reused_by_another(
    tmp_path, memories, redis_server
):
    memories.set_default([hit("PI-1", "Cat jumps into box", 79, 0.97)])
    async with bots(2, memories, redis_server, tmp_path) as (first, second):
        [record] = await search_burst(first, 1)
        await first.wait_for_log("bot.search")  # the answer and its evidence are complete
        [again] = await search_burst(second, 1)
        await second.wait_for_log("bot.search")

    assert matched(record)
    assert matched(again)
    assert len(memories.evidence.detail_requests) == 1  # the second process found it in Redis
