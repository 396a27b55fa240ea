"""Prints what a burst of watched images does to /findvideo: nothing, if the lanes work.

Run: `python -m benchmarks.bench_watch`.

The real bot against the local fakes, with the account's rate limit at 20 requests per second (so
waiting in line is visible). First /findvideo alone, then /findvideo while a watched channel
receives a burst of 50 images: the time to acknowledge and to the final answer should stay the
same, because watch checks ask the rate limiter last and one at a time.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from tests import imagegen
from tests.fakes.discord_payloads import JSONDict
from tests.fakes.memories_api import hit
from tests.watch_bench import WatchedServer, watched_server

ROUNDS = 20
BURST = 50
RATE = "20"


def report(label: str, samples: list[float]) -> None:
    median, worst = statistics.median(samples), max(samples)
    print(f"{label:<58} median {median:8.1f} ms   worst {worst:8.1f} ms")


async def findvideo_rounds(server: WatchedServer, first: int) -> tuple[list[float], list[float]]:
    """ROUNDS searches of new images (never in the result cache), one after the other."""
    acks, answers = [], []
    for number in range(first, first + ROUNDS):
        image = server.stack.payloads.uploaded("frame.png", imagegen.png(640 + number, 360))
        record = await server.stack.slash(image=image)
        acks.append((record.callbacks[0].at - record.dispatched_at) * 1000)
        answers.append((record.original_edits[-1].received_at - record.dispatched_at) * 1000)
    return acks, answers


async def post_burst(server: WatchedServer) -> list[JSONDict]:
    return [
        await server.post(server.picture(1000 + number), settle=False) for number in range(BURST)
    ]


async def during_burst(server: WatchedServer) -> tuple[list[float], list[float], int, float]:
    """/findvideo while a burst of images is being checked: (acks, answers, watch checks done
    meanwhile, ms until the whole burst was checked)."""
    started = time.perf_counter()
    burst = await post_burst(server)
    acks, answers = await findvideo_rounds(server, ROUNDS)
    meanwhile = await server.watch.tally.channel(server.fake.guild_id, server.watched)
    for message in burst:
        await server.settled(message)
    return acks, answers, meanwhile.checked, (time.perf_counter() - started) * 1000


async def run() -> None:
    env = {"MEMORIES_MAX_RPS": RATE, "WATCH_QUEUE_SIZE": str(BURST), "DEFAULT_COOLDOWN": "0"}
    with tempfile.TemporaryDirectory() as folder:
        async with watched_server(Path(folder), env) as server:
            server.stack.memories.set_default([hit("PI-1", "clip", 3, 0.9)])
            await server.add(min_match=95)  # 90 % matches: checked, no alert
            quiet_acks, quiet_answers = await findvideo_rounds(server, 0)
            busy_acks, busy_answers, checked, drained = await during_burst(server)
    report("/findvideo alone: dispatch -> defer", quiet_acks)
    report("/findvideo alone: dispatch -> answer", quiet_answers)
    report(f"/findvideo during a burst of {BURST}: dispatch -> defer", busy_acks)
    report(f"/findvideo during a burst of {BURST}: dispatch -> answer", busy_answers)
    print(f"watch checks done while those {ROUNDS} searches ran: {checked} of {BURST}")
    print(f"burst of {BURST} fully checked after {drained:.0f} ms (rate limit {RATE}/s)")


def main() -> None:
    asyncio.run(run())


if __name__ == "__main__":
    main()
