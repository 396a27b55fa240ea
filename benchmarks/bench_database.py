"""SQLite against PostgreSQL (a real server on loopback), on this machine.

Run: `python -m benchmarks.bench_database`.

Figures, never asserted, each engine measured in the same run:
- one server's settings read (every search pays it), one history row written (every search),
  one watched-image lookup (every image posted in a watched channel): p50 and p99 over many rounds;
- a burst of 100 searches through two real bot processes (`python -m bot run`, 50 each): on one
  shared PostgreSQL, and on SQLite (each process its own file, as before): the time from each
  command to its answer (p50, p99) and to the burst's first answer, three rounds of each engine
  taken in turns (the machine is shared: a busy moment then falls on both), and the ratios
  PostgreSQL / SQLite of the rounds' medians; and the bots' own time per search (their search log
  line: from the command's start to the answer sent), which leaves out the test harness.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path

from benchmarks.bench_production import NO_FAIR_USE, Searcher, pct
from bot.core.moderation.guild_settings import GuildOverrides
from bot.core.moderation.history import SearchKind, SearchRecord
from bot.core.scope import SearchScope
from bot.core.watch.watch_model import Watch
from bot.store.database import open_database
from bot.store.guild_settings import SqliteGuildSettings
from bot.store.history import SqliteSearchHistory
from bot.store.watch_store import SqliteSeenImages
from tests.bot_process import bot_process
from tests.fakes.discord_server import FakeDiscord, InteractionRecord
from tests.fakes.memories_api import FakeMemoriesApi, hit
from tests.postgres_server import PostgresServer

ROUNDS = 1000
BURST = 100
ROUNDS_OF_BURSTS = 3
GUILD = 1_234_567_890_123_456_789
WATCH = Watch(GUILD, 2, SearchScope.TIKTOK)


def figures(samples: Sequence[float]) -> tuple[float, float]:
    millis = [s * 1000 for s in samples]
    return pct(millis, 0.5), pct(millis, 0.99)


async def timed(action: Callable[[int], Awaitable[object]], rounds: int = ROUNDS) -> list[float]:
    samples = []
    for n in range(rounds):
        started = time.perf_counter()
        await action(n)
        samples.append(time.perf_counter() - started)
    return samples


async def store_figures(where: Path | str) -> dict[str, tuple[float, float]]:
    async with open_database(where) as database:
        settings, history = SqliteGuildSettings(database), SqliteSearchHistory(database)
        seen = SqliteSeenImages(database)
        await settings.save(GUILD, GuildOverrides(min_match=70))
        for n in range(ROUNDS):
            await seen.remember(GUILD, f"{n:064x}", WATCH, [])

        def record(n: int) -> SearchRecord:
            return SearchRecord(GUILD, 2, 3, 1e9 + n, SearchKind.SLASH, 1, "PI-1", False, 1)

        return {
            "settings read": figures(await timed(lambda n: settings.load(GUILD))),
            "history write": figures(await timed(lambda n: history.add(record(n)))),
            "watch lookup (seen image)": figures(
                await timed(lambda n: seen.matches_of(GUILD, f"{n:064x}", WATCH))
            ),
        }


Burst = tuple[list[float], list[float]]
"""Each search's answer time as Discord saw it, and the bot's own time (its search log line)."""


async def burst(workdir: Path, databases: tuple[str, str]) -> Burst:
    """BURST searches through two processes (BURST/2 each, all at once)."""
    async with FakeMemoriesApi() as memories:
        memories.set_default([hit("PI-1", "Cat jumps into box", 79, 0.97)])
        env = {"MEMORIES_MAX_RPS": "100", "LOG_FORMAT": "json", **NO_FAIR_USE}
        async with (
            FakeDiscord() as first_fake,
            FakeDiscord() as second_fake,
            bot_process(
                first_fake, memories, workdir / "a", DATABASE_URL=databases[0], **env
            ) as first,
            bot_process(
                second_fake, memories, workdir / "b", DATABASE_URL=databases[1], **env
            ) as second,
        ):
            searchers = [Searcher(first), Searcher(second)]
            for searcher in searchers:  # warm up: first connection, first query plans
                await searcher.answer_time(searcher.fresh_image())
            pending = [
                (s, await s.dispatch(s.fresh_image())) for _ in range(BURST // 2) for s in searchers
            ]
            seen = await asyncio.gather(*(answer_time(s, record) for s, record in pending))
            own = [await bots_own_times(searcher) for searcher in searchers]
    return list(seen), own[0] + own[1]


async def bots_own_times(searcher: Searcher) -> list[float]:
    """The burst's searches as the bot logged them (total_ms), without the warm-up."""
    lines = (await searcher.all_logged())[1:]
    return [json.loads(line)["search"]["total_ms"] / 1000 for line in lines]


async def answer_time(searcher: Searcher, record: InteractionRecord) -> float:
    await searcher.bot.answered(record)
    return time.monotonic() - record.dispatched_at


def row(label: str, sqlite: tuple[float, float], postgres: tuple[float, float]) -> None:
    ratio = postgres[0] / sqlite[0] if sqlite[0] else float("nan")
    print(
        f"{label:<34} SQLite p50 {sqlite[0]:7.2f} p99 {sqlite[1]:7.2f} ms   "
        f"PostgreSQL p50 {postgres[0]:7.2f} p99 {postgres[1]:7.2f} ms   ratio p50 {ratio:4.2f}"
    )


async def bursts(server: PostgresServer, folder: Path) -> None:
    """ROUNDS_OF_BURSTS of each engine, alternating, so a busy moment of the machine falls on both;
    the median of each engine's rounds, and their ratio."""
    sqlite_rounds: list[list[float]] = []
    postgres_rounds: list[list[float]] = []
    sqlite_own: list[float] = []
    postgres_own: list[float] = []
    for round_no in range(ROUNDS_OF_BURSTS):
        workdir = folder / f"round-{round_no}"
        own_files = ("sqlite:///a.db", "sqlite:///b.db")
        seen, own = await burst(workdir / "sqlite", own_files)
        sqlite_rounds.append(seen)
        sqlite_own += own
        shared = await server.fresh_database()
        seen, own = await burst(workdir / "postgres", (shared, shared))
        postgres_rounds.append(seen)
        postgres_own += own
        row(
            f"  burst round {round_no + 1}: answer",
            figures(sqlite_rounds[-1]),
            figures(postgres_rounds[-1]),
        )
    medians = [
        statistics.median(figures(times)[0] for times in rounds)
        for rounds in (sqlite_rounds, postgres_rounds)
    ]
    firsts = [
        statistics.median(min(times) for times in rounds)
        for rounds in (sqlite_rounds, postgres_rounds)
    ]
    print(
        f"burst of {BURST} through 2 processes, median of {ROUNDS_OF_BURSTS} rounds:"
        f" answer p50 SQLite {medians[0]:.0f} ms, PostgreSQL {medians[1]:.0f} ms"
        f" (ratio {medians[1] / medians[0]:.2f}); first answer SQLite {firsts[0] * 1000:.0f} ms,"
        f" PostgreSQL {firsts[1] * 1000:.0f} ms (ratio {firsts[1] / firsts[0]:.2f})"
    )
    row("  the bots' own time (log, all rounds)", figures(sqlite_own), figures(postgres_own))


async def run() -> None:
    server = PostgresServer()
    await server.astart()
    try:
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch)
            print(f"findvideo database benchmark ({ROUNDS} rounds each, PostgreSQL on loopback)")
            print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
            on_sqlite = await store_figures(folder / "bench.db")
            on_postgres = await store_figures(await server.fresh_database())
            for label in on_sqlite:
                row(label, on_sqlite[label], on_postgres[label])
            await bursts(server, folder)
            print(f"load average after: {os.getloadavg()[0]:.1f}")
    finally:
        await server.astop()
        server.remove()


if __name__ == "__main__":
    asyncio.run(run())
