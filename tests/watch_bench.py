"""A server with watched channels, for the watch's end-to-end tests and benchmark.

The real bot (WATCH_ENABLED=true) runs against both fakes; the guild has a watched channel, an
unwatched one and a mod-log channel. Members post through the fake gateway (MESSAGE_CREATE), and
`post` returns once the bot has checked, skipped or dropped every image of the message.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.core.moderation.guild_settings import GuildOverrides
from bot.core.watch.watch_service import WatchService
from tests import seen_images
from tests.fakes.discord_payloads import MODERATOR_PERMISSIONS, JSONDict
from tests.fakes.discord_server import FakeDiscord, InteractionRecord, SentMessage
from tests.fakes.memories_api import FakeMemoriesApi
from tests.stack import Stack, bot_on

SETTLE_TIMEOUT = 10.0
WATCH_ON = {"WATCH_ENABLED": "true"}


@dataclass
class WatchedServer:
    stack: Stack
    watched: int
    unwatched: int
    modlog: int

    @property
    def fake(self) -> FakeDiscord:
        return self.stack.discord

    @property
    def watch(self) -> WatchService:
        assert self.stack.bot.watch is not None
        return self.stack.bot.watch

    async def command(
        self, name: str, options: Mapping[str, object] | None = None, *, moderator: bool = True
    ) -> InteractionRecord:
        """`/findvideo-watch <name>`, by a member with Manage Server (or a plain member)."""
        permissions = MODERATOR_PERMISSIONS if moderator else None
        payload = self.stack.payloads.slash_command(
            "findvideo-watch", options, subcommand=name, permissions=permissions
        )
        return await self.stack.invoke(payload)

    async def add(self, channel: int | None = None, **options: object) -> InteractionRecord:
        target = self.stack.payloads.channel(channel or self.watched, "reposts")
        return await self.command("add", {"channel": target, **options})

    def image(self, name: str, data: bytes, size: tuple[int, int] | None) -> JSONDict:
        return self.stack.payloads.uploaded(name, data, size=size)

    async def post(
        self,
        *attachments: JSONDict,
        channel: int | None = None,
        settle: bool = True,
        **extra: Any,
    ) -> JSONDict:
        """Post a message and (unless `settle` is False) wait until the bot has dealt with each
        of its images. `extra` keys go into the message (`author`, `webhook_id`)."""
        message = self.stack.payloads.message(attachments, channel_id=channel or self.watched)
        message |= extra
        assert await self.fake.messages.post(message), "MESSAGE_CREATE did not reach the bot"
        if settle:
            await self.settled(message)
        return message

    def picture(self, number: int, *, declared: bool = True) -> JSONDict:
        """A distinct 400x300-ish PNG (number n is n pixels wider, and another picture: the
        image memory must not take it for a repost) as an attachment."""
        size = (400 + number, 300)
        data = self.picture_bytes(number)
        return self.image(f"picture{number}.png", data, size if declared else None)

    @staticmethod
    def picture_bytes(number: int) -> bytes:
        return seen_images.encoded(seen_images.picture("shapes", number, (400 + number, 300)))

    async def listed(self) -> str:
        """What `/findvideo-watch list` shows (description, then footer)."""
        record = await self.command("list")
        [embed] = record.callbacks[0].data["embeds"]
        return f"{embed['description']}\n{embed['footer']['text']}"

    async def settled(self, message: JSONDict) -> None:
        async with asyncio.timeout(SETTLE_TIMEOUT):
            await self.watch.wait_settled(int(message["id"]))

    def alerts(self) -> list[SentMessage]:
        return self.fake.messages_in(self.modlog)

    def api_calls(self) -> int:
        return len(self.stack.memories.requests)


@dataclass(frozen=True)
class Guild:
    """The fakes and the guild's channels; a bot can be started on them more than once."""

    memories: FakeMemoriesApi
    fake: FakeDiscord
    watched: int
    unwatched: int
    modlog: int


@asynccontextmanager
async def guild_with_channels(*, granted: bool = True) -> AsyncIterator[Guild]:
    async with FakeMemoriesApi() as memories, FakeDiscord(message_content_granted=granted) as fake:
        watched = await fake.add_text_channel("reposts")
        unwatched = await fake.add_text_channel("chat")
        yield Guild(memories, fake, watched, unwatched, await fake.add_text_channel("mod-log"))


@asynccontextmanager
async def bot_in(
    guild: Guild, data_dir: Path, env: Mapping[str, str] | None = None, *, modlog: bool = True
) -> AsyncIterator[WatchedServer]:
    """The bot with WATCH_ENABLED (plus `env`), the mod-log channel set in the server's settings."""
    settings = {**WATCH_ON, **(env or {})}
    granted = guild.fake.message_content_granted
    async with bot_on(
        guild.memories, guild.fake, data_dir, settings, reconnect=not granted
    ) as stack:
        if modlog:
            overrides = GuildOverrides(modlog_channel_id=guild.modlog)
            await stack.bot.services.guild_settings.save(guild.fake.guild_id, overrides)
        yield WatchedServer(stack, guild.watched, guild.unwatched, guild.modlog)


@asynccontextmanager
async def watched_server(
    data_dir: Path,
    env: Mapping[str, str] | None = None,
    *,
    granted: bool = True,
    modlog: bool = True,
) -> AsyncIterator[WatchedServer]:
    async with (
        guild_with_channels(granted=granted) as guild,
        bot_in(guild, data_dir, env, modlog=modlog) as server,
    ):
        yield server
