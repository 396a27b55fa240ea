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
import contextlib
import json
import os
import statistics
import subprocess
import tempfile
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.bench_production import NO_FAIR_USE, Searcher
from benchmarks.bursts import pct
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


@dataclass
class Burst:
    """One burst: each search's answer time as Discord saw it, the bots' own time per search
    (their search log line), the whole burst's time, and the CPU seconds it cost (bots + server)."""

    seen: list[float]
    own: list[float]
    wall: float
    cpu: float


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time of these processes so far (those gone count nothing)."""
    total = 0
    for pid in pids:
        with contextlib.suppress(FileNotFoundError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def server_pids(server: PostgresServer) -> list[int]:
    """The PostgreSQL server's processes (the postmaster and its backends)."""
    found = subprocess.run(  # noqa: S603 - pgrep, with our own folder's name
        ["pgrep", "-f", str(server.folder)],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    pids = [int(pid) for pid in found]
    for parent in list(pids):
        children = subprocess.run(  # noqa: S603
            ["pgrep", "-P", str(parent)],  # noqa: S607
            capture_output=True,
            text=True,
            check=False,
        ).stdout.split()
        pids += [int(pid) for pid in children]
    return pids


async def burst(workdir: Path, databases: tuple[str, str], server: PostgresServer) -> Burst:
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
            pids = [first.process.pid, second.process.pid, *server_pids(server)]
            cpu_before, started = cpu_seconds(pids), time.monotonic()
            pending = [
                (s, await s.dispatch(s.fresh_image())) for _ in range(BURST // 2) for s in searchers
            ]
            seen = await asyncio.gather(*(answer_time(s, record) for s, record in pending))
            wall, cpu = time.monotonic() - started, cpu_seconds(pids) - cpu_before
            own = [await bots_own_times(searcher) for searcher in searchers]
    return Burst(list(seen), own[0] + own[1], wall, cpu)


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
        f"{label:<38} SQLite p50 {sqlite[0]:7.2f} p99 {sqlite[1]:7.2f} ms   "
        f"PostgreSQL p50 {postgres[0]:7.2f} p99 {postgres[1]:7.2f} ms   ratio p50 {ratio:4.2f}"
    )


def summary(label: str, sqlite: float, postgres: float, unit: str) -> None:
    print(
        f"{label:<38} SQLite {sqlite:7.2f} {unit}   PostgreSQL {postgres:7.2f} {unit}"
        f"   ratio {postgres / sqlite:4.2f}"
    )


async def bursts(server: PostgresServer, folder: Path) -> None:
    """ROUNDS_OF_BURSTS of each engine, alternating, so a busy moment of the machine falls on both;
    the median of each engine's rounds, and their ratio."""
    runs: dict[str, list[Burst]] = {"sqlite": [], "postgresql": []}
    for round_no in range(ROUNDS_OF_BURSTS):
        workdir = folder / f"round-{round_no}"
        own_files = ("sqlite:///a.db", "sqlite:///b.db")
        runs["sqlite"].append(await burst(workdir / "sqlite", own_files, server))
        shared = await server.fresh_database()
        runs["postgresql"].append(await burst(workdir / "postgres", (shared, shared), server))
        last_lite, last_pg = runs["sqlite"][-1], runs["postgresql"][-1]
        row(f"  round {round_no + 1}: answer", figures(last_lite.seen), figures(last_pg.seen))
    print(f"burst of {BURST} through 2 processes, median of {ROUNDS_OF_BURSTS} rounds:")
    both = (runs["sqlite"], runs["postgresql"])

    def medians(measure: Callable[[Burst], float]) -> tuple[float, float]:
        lite, pg = (statistics.median(measure(b) for b in bursts) for bursts in both)
        return lite, pg

    summary("  answer p50", *medians(lambda b: figures(b.seen)[0]), "ms")
    summary("  first answer", *medians(lambda b: min(b.seen) * 1000), "ms")
    summary("  whole burst", *medians(lambda b: b.wall), "s ")
    summary("  CPU (bots + server)", *medians(lambda b: b.cpu), "s ")
    own = [[t for b in bursts for t in b.own] for bursts in both]
    row("  the bots' own time per search (log)", figures(own[0]), figures(own[1]))


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
