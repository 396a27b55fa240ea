"""Real bot processes on shard ranges, sharing one real PostgreSQL (DATABASE_URL): they behave as
one bot. A setting changed through one process is in force in another at once (nothing is cached
stale), and a reshard from 2 to 3 shards, which moves the server to another process, keeps its
settings and its history.

The fake gateway sends the server's events to the newest connection serving it (and back to the
previous one when that closes), which is how a server moves between processes here."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from contextlib import AsyncExitStack
from pathlib import Path

from tests import imagegen
from tests.bot_process import BotProcess, bot_process
from tests.discord.buttons import MODERATOR, with_permissions
from tests.fakes.discord_payloads import MODERATOR_PERMISSIONS, PayloadFactory
from tests.fakes.discord_server import FakeDiscord
from tests.fakes.memories_api import FakeMemoriesApi, hit

STEP_TIMEOUT = 60.0


async def until(discord: FakeDiscord, done: Callable[[], bool]) -> None:
    """`discord.wait_until`, bounded: a step that never happens fails the test instead."""
    async with asyncio.timeout(STEP_TIMEOUT):
        await discord.wait_until(done)


def owner_shard(discord: FakeDiscord, count: int) -> int:
    return (discord.guild_id >> 22) % count


async def set_min_match(discord: FakeDiscord, percent: int) -> None:
    payload = PayloadFactory(discord).slash_command(
        "findvideo-settings",
        {"min_match": percent},
        subcommand="set",
        permissions=MODERATOR_PERMISSIONS,
    )
    record = await discord.dispatch_interaction(payload)
    await until(discord, lambda: bool(record.callbacks))


async def min_match_shown(discord: FakeDiscord) -> str:
    payload = PayloadFactory(discord).slash_command(
        "findvideo-settings", {}, subcommand="show", permissions=MODERATOR_PERMISSIONS
    )
    record = await discord.dispatch_interaction(payload)
    await until(discord, lambda: bool(record.callbacks))
    [embed] = record.callbacks[0].data["embeds"]
    [line] = [line for line in embed["description"].splitlines() if "(`min_match`)" in line]
    return str(line)


async def search(bot: BotProcess, discord: FakeDiscord, name: str) -> None:
    payloads = PayloadFactory(discord)
    image = payloads.uploaded(name, imagegen.png(40 + len(name), 48))
    record = await discord.dispatch_interaction(
        payloads.slash_command("findvideo", {"image": image})
    )
    await bot.answered(record)


async def history(discord: FakeDiscord) -> str:
    payload = PayloadFactory(discord).slash_command("findvideo-history", {})
    record = await discord.dispatch_interaction(with_permissions(payload, MODERATOR))
    await until(discord, lambda: record.original is not None and bool(record.original["embeds"]))
    assert record.original is not None
    return str(record.original["embeds"][0]["description"])


async def shard_range(
    stack: AsyncExitStack,
    discord: FakeDiscord,
    memories: FakeMemoriesApi,
    workdir: Path,
    count: int,
    database: str,
) -> list[BotProcess]:
    """One process per shard of `count`, all on `database`; the server's owner last, so the
    gateway sends the server's events to it."""
    order = sorted(range(count), key=lambda shard: shard == owner_shard(discord, count))
    bots = []
    for shard in order:
        discord.gateway.guild_sent.clear()
        bots.append(
            await stack.enter_async_context(
                bot_process(
                    discord,
                    memories,
                    workdir / f"{count}-{shard}",
                    SHARD_COUNT=str(count),
                    SHARD_IDS=str(shard),
                    DATABASE_URL=database,
                )
            )
        )
    async with asyncio.timeout(STEP_TIMEOUT):
        await discord.gateway.guild_sent.wait()
    return bots


async def test_a_setting_changed_through_one_process_is_in_force_in_another_at_once(
    tmp_path: Path, memories: FakeMemoriesApi, postgres_url: str
) -> None:
    memories.set_default([hit("PI-1", "Cat jumps into box", 79, 0.97)])
    async with FakeDiscord() as discord, AsyncExitStack() as old_layout:
        *_, first_owner = await shard_range(
            old_layout, discord, memories, tmp_path, 2, postgres_url
        )
        await search(first_owner, discord, "before.png")
        before = await min_match_shown(discord)

        async with AsyncExitStack() as new_layout:
            *_, second_owner = await shard_range(
                new_layout, discord, memories, tmp_path, 3, postgres_url
            )
            await set_min_match(discord, 61)
            shown_by_second = await min_match_shown(discord)
            discord.gateway.guild_sent.clear()
            await second_owner.stop()
            async with asyncio.timeout(STEP_TIMEOUT):
                await discord.gateway.guild_sent.wait()

        shown_by_first = await min_match_shown(discord)

    assert "61%" not in before
    assert shown_by_second.endswith("61% · *set here*")
    assert shown_by_first.endswith("61% · *set here*"), "the first process read it at once"
    assert discord.violations == []


async def test_a_reshard_from_two_to_three_shards_keeps_settings_and_history(
    tmp_path: Path, memories: FakeMemoriesApi, postgres_url: str
) -> None:
    memories.set_default([hit("PI-1", "Cat jumps into box", 79, 0.97)])
    async with FakeDiscord() as discord:
        async with AsyncExitStack() as two_shards:
            *_, owner = await shard_range(two_shards, discord, memories, tmp_path, 2, postgres_url)
            await set_min_match(discord, 72)
            await search(owner, discord, "first.png")
            await search(owner, discord, "second.png")
            await owner.stop()  # a rolling restart: SIGTERM, pending history rows are written

        async with AsyncExitStack() as three_shards:
            await shard_range(three_shards, discord, memories, tmp_path, 3, postgres_url)
            shown = await min_match_shown(discord)
            listed = await history(discord)

    assert shown.endswith("72% · *set here*")
    assert len(listed.split("\n")) == 4, "both searches made before the reshard, with their match"
    assert listed.count("Cat jumps into box") == 2
    assert discord.violations == []
