"""The real PostgreSQL server stopped in the middle of a burst of searches, then started again:
every search is still answered (settings from memory, history held back), changing a setting is
refused with a sentence, and once the server is back the held-back history is written, on its own.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.core.deferred_stores import DeferredSearchHistory
from bot.core.moderation.guild_settings import GuildOverrides
from bot.store.postgres_database import PostgresDatabase
from bot.store.resilient import ResilientHistory
from tests import imagegen
from tests.fakes.discord_payloads import MODERATOR_PERMISSIONS
from tests.fakes.discord_server import InteractionRecord
from tests.fakes.memories_api import Delay, hit
from tests.postgres_server import PostgresServer
from tests.stack import Stack, ephemeral_error, final_embeds, running_stack

BURST = 10
NO_COOLDOWN = {"DEFAULT_COOLDOWN": "0"}
"""One member searches a burst: no cooldown in the way."""


async def search(stack: Stack, number: int) -> InteractionRecord:
    image = stack.payloads.uploaded(f"{number}.png", imagegen.png(40 + number, 48))
    return await stack.slash(image=image)


async def settings(stack: Stack, subcommand: str, **options: object) -> InteractionRecord:
    payload = stack.payloads.slash_command(
        "findvideo-settings", options, subcommand=subcommand, permissions=MODERATOR_PERMISSIONS
    )
    return await stack.invoke(payload)


async def test_searches_are_answered_while_postgresql_is_down_and_history_catches_up(
    tmp_path: Path, postgres_server: PostgresServer, postgres_url: str
) -> None:
    async with running_stack(tmp_path, {"DATABASE_URL": postgres_url, **NO_COOLDOWN}) as stack:
        hits = [hit("PI-1", "Cat jumps into box", 79, 0.97)]
        stack.memories.set_default(hits)
        guild = stack.discord.guild_id
        await stack.bot.services.guild_settings.save(guild, GuildOverrides(min_match=70))
        await search(stack, 0)
        assert isinstance(stack.bot.services.history, DeferredSearchHistory)  # behind the answer
        history = stack.bot.services.history.history
        assert isinstance(history, ResilientHistory)
        assert isinstance(stack.bot.services.database, PostgresDatabase)
        stack.bot.services.database.retry_after = (
            0.0  # ask again at once: the test restarts it at once
        )

        held = asyncio.Event()  # the API holds its answers while the database goes down
        stack.memories.set_default(Delay(held, then=hits))
        burst = [asyncio.create_task(search(stack, n)) for n in range(1, BURST + 1)]
        await stack.memories.wait_for_requests(1 + 3)
        await postgres_server.astop()
        held.set()
        answers = await asyncio.gather(*burst)
        shown = await settings(stack, "show")
        refused = await settings(stack, "set", min_match=60)
        await stack.bot.services.writes.flush()  # the burst's rows have reached the history
        held_back = history.waiting
        await postgres_server.astart()
        await search(stack, BURST + 1)

        written = await stack.bot.services.history.count(guild)

    titles = [final_embeds(answer)[0]["title"] for answer in answers]
    assert all(title.startswith("Likely original: TikTok · 97%") for title in titles), titles
    assert "70% · *set here*" in shown.callbacks[0].data["embeds"][0]["description"]
    assert "database is not answering" in ephemeral_error(refused)
    assert held_back == BURST, "every search of the burst was held back, none lost"
    assert written == BURST + 2
