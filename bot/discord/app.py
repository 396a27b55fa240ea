"""The Discord bot: a `commands.Bot` holding the core services and loading the feature cogs.

It knows no individual command. Its services are built once outside (`bot.runtime.open_services`)
and handed in as one `Services`.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, TypeAlias

import discord
from discord.ext import commands

from bot.core.watch.watch_service import WatchService
from bot.discord.command_sync import sync_commands
from bot.discord.command_translator import CatalogueTranslator
from bot.discord.command_tree import FindVideoCommandTree
from bot.discord.internals import forget_shard_events, identify_with
from bot.discord.paging import VIEW_TIMEOUT_SECONDS
from bot.services import Services

log = logging.getLogger(__name__)

EXTENSIONS = (
    "cogs.findvideo",
    "cogs.settings",
    "cogs.watch",
    "cogs.history",
    "cogs.usage",
    "cogs.memory",
)
SAFE_MENTIONS = discord.AllowedMentions(
    everyone=False, roles=False, users=False, replied_user=False
)


MESSAGE_CONTENT_MISSING = (
    "WATCH_ENABLED is on, but Discord refused the Message Content intent: running WITHOUT watched"
    " channels. To watch channels, switch it on in the developer portal (your application -> Bot ->"
    " Privileged Gateway Intents -> Message Content Intent) and restart the bot."
)


def bot_intents(*, watch: bool = False) -> discord.Intents:
    """Slash commands and context menus need no privileged intent; guilds is enough.

    Watching channels needs the messages themselves (guild messages) with their attachments, which
    Discord only sends with the privileged Message Content intent.
    """
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = watch
    intents.message_content = watch
    return intents


def _shard_options(services: Services) -> dict[str, Any]:
    """The shard range this process runs; nothing when the settings leave it to Discord."""
    settings = services.settings
    options: dict[str, Any] = {}
    if settings.shard_count is not None:
        options["shard_count"] = settings.shard_count
    if settings.shard_ids:
        options["shard_ids"] = list(settings.shard_ids)
    return options


class FindVideoBot(commands.AutoShardedBot):
    """findvideo on Discord: settings, the search service and the stores, shared by every cog.

    Auto-sharded: without SHARD_COUNT it runs every shard Discord recommends in this process; with
    SHARD_COUNT and SHARD_IDS an operator runs shard ranges in separate processes.
    """

    def __init__(
        self, services: Services, *, force_sync: bool = False, guild_ready_timeout: float = 2.0
    ) -> None:
        # The bot never joins voice: skip discord.py's start-up warnings about voice libraries.
        discord.VoiceClient.warn_nacl = False
        discord.VoiceClient.warn_dave = False
        settings = services.settings
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=bot_intents(watch=settings.watch_enabled),
            tree_cls=FindVideoCommandTree,
            allowed_mentions=SAFE_MENTIONS,
            help_command=None,
            guild_ready_timeout=guild_ready_timeout,
            **_shard_options(services),
        )
        self.services = services
        """Every service and store, built once by `bot.runtime.open_services`."""
        self.force_sync = force_sync
        self.draining = False
        """Set on SIGTERM/SIGINT: new commands are refused while running ones finish."""
        self.watching = settings.watch_enabled
        """Whether messages reach the bot: WATCH_ENABLED, and Discord granted Message Content."""
        self.watch: WatchService | None = None
        """The watch service while the watch cog is loaded (its alert buttons need it)."""
        self.view_timeout = VIEW_TIMEOUT_SECONDS
        """How long answer and history buttons stay usable (tests shorten it)."""
        self._retention_task: asyncio.Task[None] | None = None

    async def setup_hook(self) -> None:
        """Check the Message Content intent, load the cogs, then sync commands only if their
        definition changed (REST only)."""
        if self.watching and not await self._message_content_granted():
            self._stop_watching()
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        services = self.services
        self._retention_task = asyncio.create_task(services.retention.run(), name="retention")
        await self.tree.set_translator(CatalogueTranslator())
        await sync_commands(
            self.tree,
            services.state,
            guild_id=services.settings.dev_guild_id,
            force=self.force_sync,
        )

    async def _message_content_granted(self) -> bool:
        """Whether the developer portal's Message Content switch is on (the application's flags
        say so): asking for the intent without it makes Discord refuse the connection."""
        flags = (await self.application_info()).flags
        return flags.gateway_message_content or flags.gateway_message_content_limited

    async def connect(self, *, reconnect: bool = True) -> None:
        """Connect; if Discord still refuses the Message Content intent (the flags were stale),
        start again without it: discord.py has closed the client, so clear it and log in anew."""
        try:
            await super().connect(reconnect=reconnect)
        except discord.PrivilegedIntentsRequired:
            if not self.watching:
                raise
            token = self.http.token
            self.clear()
            self.http.connector = discord.utils.MISSING  # closed with the old session
            self._stop_watching()
            await self.login(token or "")
            self._forget_shard_events()
            await super().connect(reconnect=reconnect)

    def _forget_shard_events(self) -> None:
        """Drop the events the closed shards left queued (their "clean close" would end the new
        connection at once): a second login does not make discord.py renew its shard queue."""
        forget_shard_events(self)

    def _stop_watching(self) -> None:
        log.warning(MESSAGE_CONTENT_MISSING)
        self.watching = False
        identify_with(self, bot_intents(watch=False))

    async def on_guild_available(self, guild: discord.Guild) -> None:
        """Load the server's settings now, so its commands acknowledge without a database read."""
        await self._warm_settings(guild.id)

    async def on_guild_join(self, guild: discord.Guild) -> None:
        await self._warm_settings(guild.id)

    async def _warm_settings(self, guild_id: int) -> None:
        """Best effort: a server whose settings could not be loaded now (the bot is stopping and
        its database closing under the read) has them read by its first command instead."""
        if self.draining or self.is_closed():
            return
        try:
            await self.services.guild_settings.warm(guild_id)
        except Exception as error:  # a preload only: the first command reads them again
            log.warning("could not load server %s's settings ahead of time: %r", guild_id, error)

    async def on_guild_remove(self, guild: discord.Guild) -> None:
        self.services.guild_settings.forget(guild.id)

    async def close(self) -> None:
        if self._retention_task is not None:
            self._retention_task.cancel()
            await asyncio.gather(self._retention_task, return_exceptions=True)
        await super().close()
        await self.services.writes.flush()  # the searches' history and ledger rows are written

    async def on_ready(self) -> None:
        log.info(
            "logged in as %s (%s) in %d servers", self.user, self.application_id, len(self.guilds)
        )


BotInteraction: TypeAlias = discord.Interaction[FindVideoBot]
"""An interaction whose `client` is the bot (every interaction the bot receives)."""
