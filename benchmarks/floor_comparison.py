"""The bot against the floor, burst after burst, in one run: figures and ratios.

Used by `benchmarks.bench_production` (see its doc for how to run it).
"""

from __future__ import annotations

import asyncio
import os
import statistics
from collections import defaultdict
from contextlib import AsyncExitStack
from pathlib import Path

from benchmarks.bench_evidence import serve_typical_answer
from benchmarks.bursts import BurstFigures, Contender, contender, pct
from benchmarks.query_images import QueryImages
from tests.fakes.memories_api import FakeMemoriesApi

WARM_UP = 3
BOT_ENV = {
    "MEMORIES_MAX_RPS": "1000",
    "LOG_FORMAT": "json",
    "DEFAULT_COOLDOWN": "0",
    "DEFAULT_DAILY_BUDGET": "0",
}
"""One member searching hundreds of times: no cooldown, no daily budget, the fastest rate."""


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min)"


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:6.0f}"


class Table:
    """Prints each burst's row and keeps the ratios for the summary."""

    def __init__(self) -> None:
        self.ratios: dict[tuple[int, str, str], list[float]] = defaultdict(list)

    def header(self) -> None:
        print(
            f"{'burst':>5} {'run':>3} {'bot':<7} {'ack p99 ms':>10} {'x floor':>7}"
            f" {'answer p50 ms':>13} {'x floor':>7} {'evidence p50/max s':>19} {'CPU s':>6}"
        )

    def row(
        self, size: int, run: int, name: str, figures: BurstFigures, floor: BurstFigures
    ) -> None:
        ack, floor_ack = pct(figures.acks, 0.99), pct(floor.acks, 0.99)
        first = statistics.median(figures.first_answers)
        floor_first = statistics.median(floor.first_answers)
        evidence = ""
        if figures.evidence:
            evidence = f"{statistics.median(figures.evidence):8.2f} /{max(figures.evidence):6.2f}"
        ack_ratio, first_ratio = ack / floor_ack, first / floor_first
        print(
            f"{size:5d} {run:3d} {name:<7} {_ms(ack):>10} {ack_ratio:7.2f}"
            f" {_ms(first):>13} {first_ratio:7.2f} {evidence:>19} {figures.cpu_seconds:6.1f}"
        )
        self.ratios[(size, name, "ack")].append(ack_ratio)
        self.ratios[(size, name, "first")].append(first_ratio)

    def summary(self, names: list[str]) -> None:
        print("median ratio to the floor over the runs (ack p99, first answer p50):")
        sizes = sorted({size for size, _, _ in self.ratios})
        for size in sizes:
            parts = [
                f"{name} {statistics.median(self.ratios[(size, name, 'ack')]):.2f}x /"
                f" {statistics.median(self.ratios[(size, name, 'first')]):.2f}x"
                for name in names
            ]
            print(f"  burst {size:3d}: " + "   ".join(parts))


async def compare_with_floor(
    latency: float,
    sizes: list[int],
    repeats: int,
    workdir: Path,
    *,
    before: Path | None = None,
    profile: Path | None = None,
    bot_env: dict[str, str] | None = None,
) -> None:
    env = {**BOT_ENV, **(bot_env or {})}
    images = await asyncio.to_thread(QueryImages)
    print(f"query images: {images.sizes()}; {_load()}")
    async with FakeMemoriesApi() as memories, AsyncExitStack() as stack:
        memories.latency = latency
        serve_typical_answer(memories)
        contenders = [
            await stack.enter_async_context(
                contender("floor", memories, workdir / "floor", floor=True)
            )
        ]
        if before is not None:
            contenders.append(
                await stack.enter_async_context(
                    contender("before", memories, workdir / "before", source=before, env=env)
                )
            )
        contenders.append(
            await stack.enter_async_context(
                contender("ours", memories, workdir / "ours", profile=profile, env=env)
            )
        )
        for each in contenders:
            await each.burst(images, WARM_UP)
        await _bursts(contenders, images, memories, sizes, repeats)
    print(f"after the runs: {_load()}")


async def _bursts(
    contenders: list[Contender],
    images: QueryImages,
    memories: FakeMemoriesApi,
    sizes: list[int],
    repeats: int,
) -> None:
    table = Table()
    table.header()
    for size in sizes:
        for run in range(1, repeats + 1):
            figures = {}
            for each in contenders:  # one at a time: they never compete with each other
                figures[each.name] = await each.burst(images, size)
                memories.requests.clear()
            for each in contenders:
                table.row(size, run, each.name, figures[each.name], figures["floor"])
    table.summary([each.name for each in contenders[1:]])
