"""The whole bot, for real, against the two local fakes: the end-to-end tests' test bench.

The real FindVideoBot (real discord.py, real aiohttp, real client, limiter, checks and renderer)
runs against FakeDiscord and FakeMemoriesApi, both on 127.0.0.1.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.config import Settings, load_settings
from bot.discord.app import FindVideoBot
from bot.runtime import open_services
from tests.fakes.discord_harness import BotSession, running_bot
from tests.fakes.discord_payloads import PayloadFactory
from tests.fakes.discord_server import FakeDiscord, InteractionRecord, mentions_could_fire
from tests.fakes.memories_api import FakeMemoriesApi

CHANNEL_MESSAGE = 4
FAST_RPS = "50"
"""The tests' rate limit: fast enough for a quick suite, slow enough that spacing is measurable."""


def stack_settings(
    memories: FakeMemoriesApi, discord_fake: FakeDiscord, data_dir: Path, env: Mapping[str, str]
) -> Settings:
    return load_settings(
        {
            "DISCORD_TOKEN": discord_fake.token,
            "MEMORIES_API_KEY": memories.api_key,
            "MEMORIES_API_BASE_URL": memories.base_url,
            "DISCORD_API_BASE_URL": discord_fake.rest_base,
            "MEMORIES_MAX_RPS": FAST_RPS,
            "MEMORIES_UNIQUE_ID": "guild-library",
            "DATA_DIR": str(data_dir),
            **env,
        }
    )


@dataclass
class Stack:
    """A running bot and the fakes around it."""

    discord: FakeDiscord
    memories: FakeMemoriesApi
    session: BotSession
    payloads: PayloadFactory
    bot: FindVideoBot

    async def invoke(self, payload: dict[str, Any]) -> InteractionRecord:
        return await self.session.invoke(payload)

    async def slash(self, **options: object) -> InteractionRecord:
        return await self.invoke(self.payloads.slash_command("findvideo", options))


@asynccontextmanager
async def bot_on(
    memories: FakeMemoriesApi,
    discord_fake: FakeDiscord,
    data_dir: Path,
    env: Mapping[str, str],
    *,
    reconnect: bool = False,
) -> AsyncIterator[Stack]:
    """Start FindVideoBot against already running fakes, its services built as `bot.runtime`
    builds them; stop it when the block ends.

    `reconnect=True` lets discord.py reconnect as it does in production (its fallback when Discord
    refuses an intent needs it).
    """
    settings = stack_settings(memories, discord_fake, data_dir, env)
    async with open_services(settings) as services:
        bot = FindVideoBot(services, guild_ready_timeout=0.01)
        async with running_bot(bot, discord_fake, reconnect=reconnect) as session:
            yield Stack(discord_fake, memories, session, PayloadFactory(discord_fake), bot)


@asynccontextmanager
async def running_stack(
    data_dir: Path, env: Mapping[str, str] | None = None
) -> AsyncIterator[Stack]:
    """Both fakes and the bot; everything stops when the block ends."""
    async with (
        FakeMemoriesApi() as memories,
        FakeDiscord() as discord_fake,
        bot_on(memories, discord_fake, data_dir, env or {}) as stack,
    ):
        yield stack


# --- what the user saw ---------------------------------------------------------------------


def final_embeds(record: InteractionRecord) -> list[dict[str, Any]]:
    assert record.original is not None, "the bot never edited its answer in"
    embeds: list[dict[str, Any]] = record.original["embeds"]
    return embeds


def ephemeral_error(record: InteractionRecord) -> str:
    """The text of the private error the user saw, however the bot delivered it."""
    if record.response_type == CHANNEL_MESSAGE:
        assert record.ephemeral
        return str(record.callbacks[0].data["content"])
    if record.ephemeral:
        assert record.original is not None
        return str(record.original["content"])
    assert record.deleted, "a public 'thinking…' message must not be left behind"
    [followup] = record.followups
    assert int(followup.payload.get("flags", 0)) & 64, "the error must be ephemeral"
    return str(followup.payload["content"])


def assert_clean(stack: Stack, record: InteractionRecord) -> None:
    assert stack.discord.violations == []
    assert stack.memories.violations == []
    assert stack.memories.evidence.violations == []
    assert not any(mentions_could_fire(p) for p in record.message_payloads())


def answered_image(embed: dict[str, Any]) -> str:
    """The file name an answer embed is about (its footer's first part)."""
    footer = str((embed.get("footer") or {}).get("text", ""))
    return footer.splitlines()[0].split(" · ")[0] if footer else ""


def shows_matches(embed: dict[str, Any], name: str) -> bool:
    """Whether `embed` answers `name` with a verdict (matches were found)."""
    title = str(embed.get("title", ""))
    return answered_image(embed) == name and title.startswith(("Likely original", "Best match"))


def shows_no_match(embed: dict[str, Any], name: str) -> bool:
    return answered_image(embed) == name and str(embed.get("title", "")).startswith("No match on")


def shows_error(embed: dict[str, Any], name: str) -> bool:
    return answered_image(embed) == name and embed.get("title") == "Could not search this image"
