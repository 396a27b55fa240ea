"""The bot against the floor and pixels, burst after burst, in one run: figures and ratios.

Two references, both `benchmarks.minimal_bot`: the floor (defer, download, upload, edit) and
"pixels" (the same plus one decode of each image in 2 worker processes before the upload). The real
bot must look at every image's pixels before it searches (to cut reposters' borders and captions,
and to prove the file decodes), so pixels is the least it can do; every figure is printed as a
ratio to the floor, and the bots' ("before", "ours") also to pixels.

Used by `benchmarks.bench_production` (see its doc for how to run it).
"""

from __future__ import annotations

import asyncio
import os
import statistics
from collections import defaultdict
from collections.abc import Mapping
from contextlib import AbstractAsyncContextManager, AsyncExitStack
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
REFERENCES = {"floor": "the floor", "pixels": "pixels (the floor + one decode of each image)"}
"""The minimal bot without and with the decode, as the summary names them: every contender's
ratio to the first, the bots' also to the second."""


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min)"


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:6.0f}"


def _ack(figures: BurstFigures) -> float:
    return pct(figures.acks, 0.99)


def _first(figures: BurstFigures) -> float:
    return statistics.median(figures.first_answers)


class Table:
    """Prints each burst's row and keeps the ratios for the summary."""

    def __init__(self) -> None:
        self.ratios: dict[tuple[int, str, str, str], list[float]] = defaultdict(list)
        """By burst size, contender, reference and figure ("ack" or "first")."""

    def header(self) -> None:
        print(
            f"{'burst':>5} {'run':>3} {'bot':<7} {'ack p99 ms':>10} {'x floor':>7} {'x pixels':>8}"
            f" {'answer p50 ms':>13} {'x floor':>7} {'x pixels':>8} {'evidence p50/max s':>19}"
            f" {'CPU s':>6}"
        )

    def row(self, size: int, run: int, name: str, figures: Mapping[str, BurstFigures]) -> None:
        """`name`'s figures in this burst, with its ratios to the floor and (a bot's) to pixels."""
        mine = figures[name]
        ack_floor, first_floor = self._ratios(size, name, "floor", figures)
        ack_pixels = first_pixels = ""
        if name not in REFERENCES:
            ack_pixels, first_pixels = self._ratios(size, name, "pixels", figures)
        evidence = ""
        if mine.evidence:
            evidence = f"{statistics.median(mine.evidence):8.2f} /{max(mine.evidence):6.2f}"
        print(
            f"{size:5d} {run:3d} {name:<7} {_ms(_ack(mine)):>10} {ack_floor:>7} {ack_pixels:>8}"
            f" {_ms(_first(mine)):>13} {first_floor:>7} {first_pixels:>8} {evidence:>19}"
            f" {mine.cpu_seconds:6.1f}"
        )

    def _ratios(
        self, size: int, name: str, reference: str, figures: Mapping[str, BurstFigures]
    ) -> tuple[str, str]:
        """`name`'s ack p99 and first answer p50 as ratios to `reference`'s: kept, and printed."""
        mine, theirs = figures[name], figures[reference]
        ack, first = _ack(mine) / _ack(theirs), _first(mine) / _first(theirs)
        self.ratios[(size, name, reference, "ack")].append(ack)
        self.ratios[(size, name, reference, "first")].append(first)
        return f"{ack:.2f}", f"{first:.2f}"

    def summary(self, names: list[str]) -> None:
        sizes = sorted({size for size, _, _, _ in self.ratios})
        for reference, label in REFERENCES.items():
            print(f"median ratio to {label} over the runs (ack p99, first answer p50):")
            for size in sizes:
                parts = [
                    f"{name} {self._median(size, name, reference, 'ack'):.2f}x /"
                    f" {self._median(size, name, reference, 'first'):.2f}x"
                    for name in names
                    if name != reference and (size, name, reference, "ack") in self.ratios
                ]
                print(f"  burst {size:3d}: " + "   ".join(parts))

    def _median(self, size: int, name: str, reference: str, figure: str) -> float:
        return statistics.median(self.ratios[(size, name, reference, figure)])


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
            await stack.enter_async_context(starting)
            for starting in _contenders(memories, workdir, env, before, profile)
        ]
        for each in contenders:
            await each.burst(images, WARM_UP)
        await _bursts(contenders, images, memories, sizes, repeats)
    print(f"after the runs: {_load()}")


def _contenders(
    memories: FakeMemoriesApi,
    workdir: Path,
    env: dict[str, str],
    before: Path | None,
    profile: Path | None,
) -> list[AbstractAsyncContextManager[Contender]]:
    """Not started yet, in the order they start: the floor, pixels, `before` if given, ours."""
    starting: list[AbstractAsyncContextManager[Contender]] = [
        contender("floor", memories, workdir / "floor", floor=True),
        contender("pixels", memories, workdir / "pixels", floor=True, decode=True),
    ]
    if before is not None:
        starting.append(contender("before", memories, workdir / "before", source=before, env=env))
    starting.append(contender("ours", memories, workdir / "ours", profile=profile, env=env))
    return starting


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
                table.row(size, run, each.name, figures)
    table.summary([each.name for each in contenders[1:]])
