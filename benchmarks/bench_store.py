"""Prints how fast the database and the settings commands are on this machine.

Run: `python -m benchmarks.bench_store`.

Figures, not pass/fail: creating and migrating a fresh database file, reading and changing one
server's settings (what every search and every `set` pays), and the whole
`/findvideo-settings set` round trip through the real discord.py against the local fake Discord.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from bot.core.moderation.guild_settings import GuildOverrides
from bot.store.database import open_database
from bot.store.guild_settings import SqliteGuildSettings
from tests.fakes.discord_payloads import MODERATOR_PERMISSIONS
from tests.stack import running_stack

ROUNDS = 200


async def timed_ms(action: Callable[[], Awaitable[object]], rounds: int = ROUNDS) -> str:
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        await action()
        samples.append((time.perf_counter() - started) * 1000)
    return f"median {statistics.median(samples):.2f} ms, worst {max(samples):.2f} ms"


async def bench_database(folder: Path) -> None:
    started = time.perf_counter()
    async with open_database(folder / "fresh.db"):
        pass
    print(f"create + migrate a fresh database: {(time.perf_counter() - started) * 1000:.1f} ms")
    async with open_database(folder / "fresh.db") as database:
        store = SqliteGuildSettings(database)
        await store.save(1, GuildOverrides(min_match=70))
        print("load one server's settings:", await timed_ms(lambda: store.load(1)))

        async def update() -> object:
            return await store.update(1, lambda stored: stored.changed(results=3))

        print("change one setting (transaction):", await timed_ms(update))


async def bench_command(folder: Path) -> None:
    async with running_stack(folder) as stack:

        async def set_command() -> object:
            payload = stack.payloads.slash_command(
                "findvideo-settings",
                {"min_match": 80},
                subcommand="set",
                permissions=MODERATOR_PERMISSIONS,
            )
            return await stack.invoke(payload)

        print("/findvideo-settings set, round trip:", await timed_ms(set_command, 50))


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        await bench_database(Path(folder))
        await bench_command(Path(folder) / "stack")


if __name__ == "__main__":
    asyncio.run(main())
