"""Prints how fast the core and the whole bot are on this machine.

Run: `python -m benchmarks.bench_core`.

Figures, not pass/fail: image checks on real photos, ranking + rendering of a large answer, and the
full /findvideo round trip (real discord.py and aiohttp against the local fakes), split into the
time to acknowledge (what Discord's 3 s deadline is about) and the time to the final answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import statistics
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from bot.core.images.image_check import ImageLimits, ImageRejected, check_image
from bot.core.language import english
from bot.core.ranking import rank_matches
from bot.core.scope import Library, SearchScope
from bot.core.search_service import QueryOutcome, SearchRequest
from bot.core.sources import ImageSource
from bot.discord.embeds import render_outcomes
from bot.memories import Hit
from tests import imagegen
from tests.fakes.memories_api import hit
from tests.stack import running_stack

ROUNDS = 30


def timed_ms(action: Callable[[], object], rounds: int = ROUNDS) -> tuple[float, float]:
    """Median and worst wall time of `action`, in milliseconds."""
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), max(samples)


def report(label: str, median: float, worst: float, unit: str = "ms") -> None:
    print(f"{label:<52} median {median:8.2f} {unit}   worst {worst:8.2f} {unit}")


def bench_image_checks() -> None:
    limits = ImageLimits()
    for label, data in [
        ("check 12 MP JPEG (4000x3000)", imagegen.jpeg(4000, 3000)),
        ("check 1080p PNG (1920x1080)", imagegen.png(1920, 1080)),
        ("check animated GIF (640x480)", imagegen.gif(640, 480, animated=True)),
        ("refuse a 20000x20000 PNG bomb", imagegen.bomb()),
    ]:
        report(f"{label}, {len(data) / 1e6:.1f} MB", *timed_ms(partial(_check, data, limits)))


def _check(data: bytes, limits: ImageLimits) -> None:
    with contextlib.suppress(ImageRejected):  # the bomb is meant to be refused
        check_image(data, source_name="bench", limits=limits)


def bench_rank_and_render() -> None:
    hits = [
        Hit(f"PI-{n % 40}", "title " * 30, 0.85 + (n % 15) / 100, float(n), float(n + 1))
        for n in range(600)
    ]
    request = SearchRequest(SearchScope.ALL_PUBLIC, min_match=85, max_results=10)
    source = ImageSource("frame.png", "https://cdn.example/frame.png", from_discord=True)

    def rank_render() -> None:
        matches = rank_matches({Library.TIKTOK: hits})
        outcome = QueryOutcome(source, request, tuple(matches[:10]), len(matches))
        render_outcomes([outcome] * 4, english())

    report("rank 600 hits (40 videos) + render 4 embeds", *timed_ms(rank_render))


async def bench_round_trip() -> None:
    with tempfile.TemporaryDirectory() as folder:
        # A new image each round (a repeat is a cache hit: benchmarks/bench_cache.py times those),
        # and no cooldown (one tester sends every search).
        env = {"MEMORIES_MAX_RPS": "100", "DEFAULT_COOLDOWN": "0"}
        async with running_stack(Path(folder), env) as stack:
            stack.memories.set_default([hit(f"PI-{n}", "clip", n, 0.9) for n in range(20)])
            acks, totals = [], []
            for round_number in range(ROUNDS):
                data = imagegen.png(1280 + round_number, 720)
                image = stack.payloads.uploaded("frame.png", data)
                record = await stack.slash(image=image)
                acks.append((record.callbacks[0].at - record.dispatched_at) * 1000)
                totals.append((record.original_edits[-1].received_at - record.dispatched_at) * 1000)
    report("/findvideo: dispatch -> defer reaches Discord", statistics.median(acks), max(acks))
    report("/findvideo: dispatch -> answer edited in", statistics.median(totals), max(totals))


def main() -> None:
    bench_image_checks()
    bench_rank_and_render()
    asyncio.run(bench_round_trip())


if __name__ == "__main__":
    main()
