"""A search is acknowledged before any database access (settings, daily ledger), and the writes
it makes (history, cache, daily ledger) come after its answer without being lost, also when the
bot stops."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.core.moderation.guild_settings import GuildOverrides
from bot.core.ports import DailyBudgetLedger
from bot.store.database import open_database
from tests import imagegen
from tests.fakes.discord_server import InteractionRecord
from tests.fakes.memories_api import hit
from tests.stack import Stack, final_embeds, running_stack, shows_no_match

NO_CACHE = {"CACHE_TTL_HOURS": "0"}
"""Every search asks the API (and so counts in the daily ledger)."""
ONE_MATCH = [hit("PI-0", "Cat 0", 1, 0.97)]
"""Few matches: the answer gets follow-up buttons, whose search is stored behind the answer too."""


async def dispatch_search(stack: Stack, width: int = 64) -> InteractionRecord:
    image = stack.payloads.uploaded(f"{width}.png", imagegen.png(width, 48))
    return await stack.discord.dispatch_interaction(
        stack.payloads.slash_command("findvideo", {"image": image})
    )


async def answered(stack: Stack, record: InteractionRecord) -> None:
    await stack.discord.wait_until(
        lambda: record.original is not None and bool(record.original.get("embeds"))
    )


async def test_the_defer_arrives_while_the_database_is_held(stack: Stack) -> None:
    stack.memories.set_default(ONE_MATCH)
    await stack.bot.services.guild_settings.save(
        stack.discord.guild_id, GuildOverrides(private=True)
    )
    assert stack.bot.services.guild_settings.cached(stack.discord.guild_id) is not None

    async with (
        stack.bot.services.database.transaction()
    ):  # nobody else reaches the database meanwhile
        record = await dispatch_search(stack)
        await record.acknowledged.wait()
        assert record.deferred
        assert record.ephemeral, "the server's private setting was known without reading it"

    await answered(stack, record)
    assert "Cat 0" in str(final_embeds(record))


class HeldLedger:
    """A daily ledger whose reads wait for the test: a database queue or Redis round trip that
    takes as long as the test says."""

    def __init__(self, ledger: DailyBudgetLedger) -> None:
        self.ledger = ledger
        self.reading = asyncio.Event()
        self.release = asyncio.Event()

    async def used(self, guild_id: int, day: str) -> int:
        self.reading.set()
        await self.release.wait()
        return await self.ledger.used(guild_id, day)

    async def add(self, guild_id: int, day: str, calls: int) -> None:
        await self.ledger.add(guild_id, day, calls)


async def test_the_defer_arrives_while_the_daily_budget_is_being_read(stack: Stack) -> None:
    stack.memories.set_default(ONE_MATCH)
    await stack.bot.services.guild_settings.save(
        stack.discord.guild_id, GuildOverrides(daily_budget=5)
    )
    fair_use = stack.bot.services.fair_use
    ledger = fair_use.budgets = HeldLedger(fair_use.budgets)

    record = await dispatch_search(stack)
    await ledger.reading.wait()

    assert record.acknowledged.is_set(), "deferred before the budget was read"
    assert record.deferred
    assert not record.ephemeral, "nothing known against it: a public search stays public"
    ledger.release.set()
    await answered(stack, record)
    assert "Cat 0" in str(final_embeds(record))


def hold_writes(stack: Stack) -> asyncio.Event:
    """Queue a write that waits for the returned event: every later write waits behind it."""
    release = asyncio.Event()
    stack.bot.services.writes.submit(release.wait, "the test's gate")
    return release


async def test_the_answer_does_not_wait_for_its_history_record(tmp_path: Path) -> None:
    async with running_stack(tmp_path, NO_CACHE) as stack:
        stack.memories.set_default(ONE_MATCH)
        release = hold_writes(stack)
        record = await stack.slash(image=stack.payloads.uploaded("a.png", imagegen.png()))
        assert record.original is not None
        assert record.original["components"], "the answer came with its buttons"
        assert stack.bot.services.writes.pending > 1, (
            "the command ended; its history and stored search wait"
        )

        release.set()
        assert await stack.bot.services.history.count(stack.discord.guild_id) == 1


async def test_pending_writes_are_flushed_when_the_bot_stops(tmp_path: Path) -> None:
    async with running_stack(tmp_path, NO_CACHE) as stack:
        stack.memories.set_default(ONE_MATCH)
        guild_id = stack.discord.guild_id
        release = hold_writes(stack)
        for width in (64, 65, 66):  # each command runs to its end, evidence included
            image = stack.payloads.uploaded(f"{width}.png", imagegen.png(width, 48))
            record = await stack.slash(image=image)
            assert "Cat 0" in str(final_embeds(record))
        pending = stack.bot.services.writes.pending
        release.set()  # the bot stops right away, its history and ledger rows not written yet

    assert pending >= 7
    async with open_database(tmp_path / "findvideo.db") as reopened:
        history = await reopened.fetch_one(
            "SELECT COUNT(*) FROM search_history WHERE guild_id = ?", (guild_id,)
        )
        budget = await reopened.fetch_one(
            "SELECT SUM(calls) FROM api_budget WHERE guild_id = ?", (guild_id,)
        )
    assert history is not None
    assert history[0] == 3
    assert budget is not None
    assert budget[0] == 3


async def test_with_shared_settings_the_defer_comes_first_and_the_search_reads_them_afresh(
    stack: Stack,
) -> None:
    stack.memories.set_default(ONE_MATCH)  # 97 % similar
    settings = stack.bot.services.guild_settings
    guild_id = stack.discord.guild_id
    await settings.save(guild_id, GuildOverrides(private=True))
    settings.read_through = True  # as with a PostgreSQL shared by several processes
    await settings.store.save(guild_id, GuildOverrides(private=True, min_match=98))  # elsewhere

    async with stack.bot.services.database.transaction():
        record = await dispatch_search(stack)
        async with asyncio.timeout(30):  # a read before the defer would wait here forever
            await record.acknowledged.wait()
        assert record.deferred
        assert record.ephemeral, "acknowledged from the copy this process holds"

    await answered(stack, record)
    assert shows_no_match(final_embeds(record)[0], "64.png"), "98 %, set in another process"
