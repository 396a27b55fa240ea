"""Production figures for the real bot process (`python -m bot run`) on this machine.

Run: `python -m benchmarks.bench_production [--latency 0.2] [--bursts 50,100,200] [--repeats 3]
[--before CHECKOUT] [--profile FILE] [--bursts-only]`.

Everything runs out of process against the local fake Discord and a fake memories.ai API that
holds every search answer for `--latency` seconds, with the images users send (a 1170x2532 PNG
phone screenshot, a 1080x1920 JPEG photo, a 0.8 MB 640x480 PNG; `benchmarks.query_images`).

First, bursts of concurrent commands against the bot and two references in the same run, taking
turns: the floor (`benchmarks.minimal_bot`: defer, download, upload, edit) and "pixels" (the same
plus one decode of each image, a JPEG at a quarter of its size, in a pool of 2 worker processes
before the upload). The bot must look at every image's pixels before it searches (it cuts the
borders and captions reposters add, and proves the file decodes), so pixels is the least any such
bot can do, and the floor what no bot can go below. Each figure is printed with its ratio to the
floor's, and the bot's also to pixels': acknowledgement p99, first answer p50; and the evidence's
completion after the first answer. `--before CHECKOUT` adds the bot from another checkout (say,
main before a change) as another contender; `--profile FILE` records the bot with py-spy
(`pip install py-spy`) as a speedscope file. Then (unless `--bursts-only`): the bot's own overhead
per search (end to end minus the API's latency); "All public platforms" as a ratio of one
platform; a repeated image (a result cache hit); peak memory (VmHWM) for 20 concurrent 19 MB
images; and the combined request rate of two processes sharing MEMORIES_MAX_RPS through Redis.
Printed, never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.bursts import pct
from benchmarks.floor_comparison import compare_with_floor
from benchmarks.query_images import QueryImage, QueryImages
from tests import imagegen
from tests.bot_process import BotProcess, bot_process
from tests.fakes.discord_payloads import PayloadFactory
from tests.fakes.discord_server import FakeDiscord, InteractionRecord
from tests.fakes.memories_api import FakeMemoriesApi, hit
from tests.redis_server import RedisServer

SEQUENTIAL = 30
BIG_IMAGES = 20
BIG_SIDE = 2570  # random RGB: a PNG of about 19 MB
REDIS_RPS = 2
REDIS_SEARCHES = 10
HIGH_RPS = "100"
SEARCH_LINE = '"logger": "bot.search"'
NO_FAIR_USE = {"DEFAULT_COOLDOWN": "0", "DEFAULT_DAILY_BUDGET": "0"}
"""The benchmark is one member searching hundreds of times: no cooldown, no daily budget."""


def line(label: str, text: str) -> None:
    print(f"{label:<58} {text}")


def ms_figures(samples: Sequence[float]) -> str:
    millis = [s * 1000 for s in samples]
    return f"p50 {pct(millis, 0.5):7.1f} ms   p99 {pct(millis, 0.99):7.1f} ms   (n={len(millis)})"


class Searcher:
    """Dispatches /findvideo to one bot process and times the answers."""

    def __init__(self, bot: BotProcess) -> None:
        self.bot = bot
        self.payloads = PayloadFactory(bot.discord)
        self.images = QueryImages()
        self.sent = 0

    async def all_logged(self) -> list[str]:
        """Wait until every search sent so far has written its log line; those lines."""
        await self.bot.wait_for_log(SEARCH_LINE, self.sent)
        return _search_lines(self.bot)

    def fresh_image(self) -> QueryImage:
        return self.images.next()

    async def dispatch(self, image: QueryImage, **options: object) -> InteractionRecord:
        uploaded = self.payloads.uploaded(image.name, image.data, image.content_type)
        payload = self.payloads.slash_command("findvideo", {"image": uploaded, **options})
        self.sent += 1
        return await self.bot.discord.dispatch_interaction(payload)

    async def answer_time(self, image: QueryImage, **options: object) -> float:
        record = await self.dispatch(image, **options)
        await self.bot.answered(record)
        return time.monotonic() - record.dispatched_at


async def bench_overhead(searcher: Searcher, latency: float) -> None:
    logged = len(await searcher.all_logged())
    times = [await searcher.answer_time(searcher.fresh_image()) for _ in range(SEQUENTIAL)]
    overheads = [t - latency for t in times]
    line("bot overhead per search (end to end - API latency)", ms_figures(overheads))
    lines = (await searcher.all_logged())[logged:]
    facts = [json.loads(entry)["search"] for entry in lines]
    own = [(f["total_ms"] - f["api_ms"]) / 1000 for f in facts]
    line("  of which inside the bot (its log: total - API)", ms_figures(own))
    parts = [f"{part}_ms" for part in ("download", "check", "study", "cache", "queue", "api")]
    parts += ["render_ms", "memory_ms"]
    medians = "   ".join(
        f"{p[:-3]} {statistics.median(f.get(p, 0) for f in facts):.0f}" for p in parts
    )
    line("  bot's own timings, median ms", medians)


async def bench_all_platforms(searcher: Searcher) -> None:
    one = [await searcher.answer_time(searcher.fresh_image()) for _ in range(10)]
    every = [await searcher.answer_time(searcher.fresh_image(), platform="all") for _ in range(10)]
    all_ms, one_ms = statistics.median(every) * 1000, statistics.median(one) * 1000
    text = f"{all_ms / one_ms:5.2f}x   (all {all_ms:.0f} ms, one {one_ms:.0f} ms)"
    line("'All public platforms' time / one platform (median)", text)


async def bench_repeat(searcher: Searcher) -> None:
    data = searcher.fresh_image()
    await searcher.answer_time(data)
    logged = len(await searcher.all_logged())
    times = [await searcher.answer_time(data) for _ in range(10)]
    lines = (await searcher.all_logged())[logged:]
    hits = sum(1 for entry in lines if json.loads(entry)["search"]["cached"])
    line("repeated image (result cache)", f"{ms_figures(times)}   cache hits {hits}/10")


def _search_lines(bot: BotProcess) -> list[str]:
    return [entry for entry in bot.lines if SEARCH_LINE in entry]


def peak_rss_mb(bot: BotProcess) -> float:
    status = Path(f"/proc/{bot.process.pid}/status").read_text()
    [kib] = [row.split()[1] for row in status.splitlines() if row.startswith("VmHWM:")]
    return int(kib) / 1024


async def bench_big_images(memories: FakeMemoriesApi, workdir: Path) -> None:
    data = imagegen.noise_png(BIG_SIDE, BIG_SIDE, seed=99)
    big = QueryImage("big.png", data, "image/png", (BIG_SIDE, BIG_SIDE))
    async with (
        FakeDiscord() as discord,
        bot_process(
            discord, memories, workdir, MEMORIES_MAX_RPS=HIGH_RPS, LOG_FORMAT="json", **NO_FAIR_USE
        ) as bot,
    ):
        searcher = Searcher(bot)
        before = peak_rss_mb(bot)
        records = [await searcher.dispatch(big) for _ in range(BIG_IMAGES)]
        await asyncio.gather(*(bot.answered(record) for record in records))
        peak = peak_rss_mb(bot)
    size = len(data) / 1e6
    line(
        f"peak RSS, {BIG_IMAGES} concurrent {size:.1f} MB images",
        f"{peak:7.1f} MB   (idle bot before: {before:.1f} MB)",
    )


async def bench_two_processes(workdir: Path) -> None:
    await asyncio.to_thread(workdir.mkdir, parents=True)
    redis = RedisServer(workdir)
    await redis.start()
    try:
        async with FakeMemoriesApi() as memories:
            memories.set_default([hit("PI-1", "Cat jumps into box", 79, 0.97)])
            await _burst_through_redis(memories, redis, workdir)
            arrivals = sorted(request.received_at for request in memories.requests)
    finally:
        await redis.stop()
    rate = (len(arrivals) - 1) / (arrivals[-1] - arrivals[0])
    busiest = max(sum(1 for t in arrivals if s <= t < s + 1.0) for s in arrivals)
    line(
        f"two processes through Redis, MEMORIES_MAX_RPS={REDIS_RPS}",
        f"{rate:5.2f} requests/s combined   busiest second: {busiest} requests "
        f"({len(arrivals)} requests)",
    )


async def _burst_through_redis(
    memories: FakeMemoriesApi, redis: RedisServer, workdir: Path
) -> None:
    env = {"REDIS_URL": redis.url, "MEMORIES_MAX_RPS": str(REDIS_RPS), **NO_FAIR_USE}
    async with (
        FakeDiscord() as first_fake,
        FakeDiscord() as second_fake,
        bot_process(first_fake, memories, workdir / "a", **env) as first,
        bot_process(second_fake, memories, workdir / "b", **env) as second,
    ):
        pending = []
        for bot in (first, second):
            searcher = Searcher(bot)
            pending += [
                (bot, await searcher.dispatch(searcher.fresh_image()))
                for _ in range(REDIS_SEARCHES)
            ]
        await asyncio.gather(*(bot.answered(record) for bot, record in pending))


async def run(options: argparse.Namespace) -> None:
    latency = options.latency
    print(f"findvideo production benchmark: real bot process, API latency {latency * 1000:.0f} ms")
    with tempfile.TemporaryDirectory() as scratch:
        workdir = Path(scratch)
        sizes = [int(size) for size in options.bursts.split(",")]
        await compare_with_floor(
            latency,
            sizes,
            options.repeats,
            workdir / "bursts",
            before=options.before,
            profile=options.profile,
            bot_env=dict(setting.split("=", 1) for setting in options.bot_env),
        )
        if not options.bursts_only:
            await bench_the_rest(latency, workdir)


async def bench_the_rest(latency: float, workdir: Path) -> None:
    async with FakeMemoriesApi() as memories:
        memories.latency = latency
        memories.set_default([hit("PI-1", "Cat jumps into box", 79, 0.97)])
        async with (
            FakeDiscord() as discord,
            bot_process(
                discord,
                memories,
                workdir / "main",
                MEMORIES_MAX_RPS=HIGH_RPS,
                LOG_FORMAT="json",
                **NO_FAIR_USE,
            ) as bot,
        ):
            searcher = Searcher(bot)
            await searcher.answer_time(searcher.fresh_image())  # warm up
            await bench_overhead(searcher, latency)
            await bench_all_platforms(searcher)
            await bench_repeat(searcher)
        await bench_big_images(memories, workdir / "big")
    await bench_two_processes(workdir / "redis")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--latency", type=float, default=0.2, help="fake API latency, seconds")
    parser.add_argument("--bursts", default="50,100,200", help="burst sizes, comma-separated")
    parser.add_argument("--repeats", type=int, default=3, help="runs of each burst size")
    parser.add_argument("--before", type=Path, help="also run the bot from this checkout")
    parser.add_argument("--profile", type=Path, help="py-spy speedscope file of the bot")
    parser.add_argument("--bursts-only", action="store_true", help="skip the other figures")
    parser.add_argument(
        "--bot-env", action="append", default=[], help="KEY=VALUE for the bot (repeatable)"
    )
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
