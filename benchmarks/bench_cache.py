"""Prints how fast a cached answer is, end to end, next to a search that asks the API.

Run: `python -m benchmarks.bench_cache`.

The real bot (discord.py, aiohttp, SQLite in a temporary folder) against the local fakes. A miss
asks the fake API (which answers at once, so a real miss is slower by the API's own latency); a
hit is the same image searched again: download, check, hash, one SQLite lookup per platform,
render, edit. Timed from the interaction's dispatch to the answer edited in, as Discord sees it.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
from pathlib import Path

from tests import imagegen
from tests.fakes.discord_server import InteractionRecord
from tests.fakes.memories_api import hit
from tests.stack import Stack, running_stack

ROUNDS = 30
ENV = {"MEMORIES_MAX_RPS": "100", "DEFAULT_COOLDOWN": "0"}


def answered_ms(record: InteractionRecord) -> float:
    return (record.original_edits[-1].received_at - record.dispatched_at) * 1000


def report(label: str, samples: list[float]) -> None:
    median, worst = statistics.median(samples), max(samples)
    print(f"{label:<58} median {median:7.1f} ms   worst {worst:7.1f} ms")


async def timed(stack: Stack, images: list[bytes], platform: str = "tiktok") -> list[float]:
    samples = []
    for data in images:
        image = stack.payloads.uploaded("frame.png", data)
        samples.append(answered_ms(await stack.slash(image=image, platform=platform)))
    return samples


async def bench(stack: Stack) -> None:
    stack.memories.set_default([hit(f"PI-{n}", "clip", n, 0.9) for n in range(20)])
    fresh = [imagegen.png(1280 + n, 720) for n in range(ROUNDS)]
    report("miss: a new 1280x720 PNG, TikTok (fake API, no latency)", await timed(stack, fresh))
    await timed(stack, [fresh[1]], platform="all")  # YouTube and Instagram join the cache
    asked = len(stack.memories.requests)
    report("hit: the same PNG again, TikTok", await timed(stack, [fresh[0]] * ROUNDS))
    same_everywhere = [fresh[1]] * ROUNDS
    report(
        "hit: the same PNG again, all three platforms", await timed(stack, same_everywhere, "all")
    )
    print(f"API requests made by the {2 * ROUNDS} hits: {len(stack.memories.requests) - asked}")


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        async with running_stack(Path(folder), ENV) as stack:
            await bench(stack)


if __name__ == "__main__":
    asyncio.run(main())
