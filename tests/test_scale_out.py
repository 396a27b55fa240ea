"""Several real bot processes on one memories.ai account, sharing its rate limit through Redis.

Each process has its own fake Discord (as if it ran other shards); all of them call one fake API,
which sees the account's combined request rate.
"""

from __future__ import annotations

import asyncio
import io
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import AsyncExitStack, asynccontextmanager
from itertools import pairwise
from pathlib import Path

from PIL import Image

from tests import imagegen
from tests.bot_process import BotProcess, bot_process
from tests.fakes.discord_payloads import PayloadFactory
from tests.fakes.discord_server import FakeDiscord, InteractionRecord
from tests.fakes.memories_api import FakeMemoriesApi, ReceivedRequest, hit
from tests.redis_server import RedisServer

MAX_RPS = 5
SLOT_SPACING = 1.05 / MAX_RPS
"""The limiter's spacing of the account's requests (5 % headroom); while Redis is away each of
N processes spaces its own requests N times that."""
ARRIVAL_JITTER = 0.1
"""How much later than its neighbour a request may reach the fake API than it left the bot:
loopback and the scheduling of three busy processes on 2 cores. The limiter spaces SENDS; the
fake sees ARRIVALS. Half a slot: large against the 10 ms of headroom a loaded machine easily
eats, yet small enough that requests on the unshared full rate, or two at once, still fail."""


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


def frame(bot_number: int, number: int) -> bytes:
    """A different image each time (a repeat would be answered from the result cache); its
    height tells which process uploaded it."""
    return imagegen.png(64 + number, 48 + bot_number)


def sent_by(request: ReceivedRequest) -> int:
    """Which process sent `request` (the bot uploads the image's own bytes)."""
    assert request.file_bytes is not None
    with Image.open(io.BytesIO(request.file_bytes)) as image:
        return image.height - 48


async def search_burst(bot: BotProcess, count: int, bot_number: int = 0) -> list[InteractionRecord]:
    payloads = PayloadFactory(bot.discord)
    records = []
    for number in range(count):
        image = payloads.uploaded(f"frame-{number}.png", frame(bot_number, number))
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


def busiest_second(arrivals: Sequence[float]) -> int:
    """The most requests that arrived within any window of one second less ARRIVAL_JITTER.

    Six sends are at least 5 * SLOT_SPACING = 1.05 s apart, so their arrivals are at least
    1.05 - ARRIVAL_JITTER apart: a window of 1 - ARRIVAL_JITTER holds at most MAX_RPS of them
    when the limiter keeps the account rate, and twice as many when two processes do not share.
    """
    window = 1.0 - ARRIVAL_JITTER
    ordered = sorted(arrivals)
    return max(sum(1 for later in ordered if start <= later < start + window) for start in ordered)


def arrivals(requests: Sequence[ReceivedRequest]) -> list[float]:
    return [request.received_at for request in requests]


def own_gaps(requests: Sequence[ReceivedRequest], processes: int) -> list[float]:
    """The gaps between each process's own consecutive requests."""
    times = [[r.received_at for r in requests if sent_by(r) == n] for n in range(processes)]
    return [later - earlier for own in times for earlier, later in pairwise(sorted(own))]


def matched(record: InteractionRecord) -> bool:
    assert record.original is not None
    return str(record.original["embeds"][0]["title"]).startswith("Likely original")


async def test_three_processes_never_exceed_the_account_rate_together(
    tmp_path, memories, redis_server
):
    memories.set_default([hit("PI-1", "Cat jumps into box", 79, 0.97)])
    async with bots(3, memories, redis_server, tmp_path) as running:
        bursts = [(bot, await search_burst(bot, 4, n)) for n, bot in enumerate(running)]
        await all_answered(bursts)

    assert len(memories.requests) == 12
    assert busiest_second(arrivals(memories.requests)) <= MAX_RPS
    assert all(matched(record) for _, records in bursts for record in records)
    assert memories.violations == []


async def test_redis_stopped_and_started_mid_burst(tmp_path, memories, redis_server):
    memories.set_default([hit("PI-1", "Cat jumps into box", 79, 0.97)])
    async with bots(2, memories, redis_server, tmp_path) as running:
        bursts = [(bot, await search_burst(bot, 8, n)) for n, bot in enumerate(running)]
        await memories.wait_for_requests(3)
        await redis_server.stop()
        stopped = time.monotonic()
        await memories.wait_for_requests(9)
        restarting = time.monotonic()
        await redis_server.start()
        restarted = time.monotonic()
        await all_answered(bursts)
        logs = [bot.log() for bot in running]

    requests = memories.requests
    assert len(requests) == 16
    assert all(matched(record) for _, records in bursts for record in records)
    # Shared periods: the two processes together keep the account rate. (While Redis is away
    # they do not, by design: two unsynchronised processes at half the rate each may put 3 + 3
    # requests in one second.)
    before = [r.received_at for r in requests if r.received_at < stopped]
    after = [r.received_at for r in requests if r.received_at > restarted]
    assert len(after) >= MAX_RPS + 1  # enough to overrun a window if they did not share
    assert busiest_second(before) <= MAX_RPS
    assert busiest_second(after) <= MAX_RPS
    # The outage: each process spaced its own requests by its share (half the rate), closer to
    # that than to the full rate's spacing.
    outage = [r for r in requests if stopped < r.received_at < restarting]
    outage_gaps = own_gaps(outage, 2)
    assert len(outage_gaps) >= 2, outage_gaps
    assert min(outage_gaps) >= 2 * SLOT_SPACING - ARRIVAL_JITTER, outage_gaps
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
