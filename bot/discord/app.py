"""The Discord bot: a `commands.Bot` holding the core services and loading the feature cogs.

It knows no individual command. Dependencies are built outside (see `bot.runtime`) and injected.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import discord
from discord.ext import commands

from bot.config import Settings
from bot.core.deferred_stores import (
    DeferredBudgetLedger,
    DeferredSearchHistory,
    DeferredStoredSearches,
)
from bot.core.evidence.evidence import EvidenceService
from bot.core.moderation.fair_use import FairUse
from bot.core.moderation.guild_settings import GuildOverrides, GuildSettings
from bot.core.moderation.outages import Outages
from bot.core.moderation.settings_cache import CachedGuildSettings
from bot.core.ports import DailyBudgetLedger
from bot.core.search_service import SearchService
from bot.core.seen.memory import ImageMemory
from bot.core.watch.watch_service import WatchService
from bot.discord.command_sync import sync_commands
from bot.discord.command_tree import FindVideoCommandTree
from bot.discord.followup_buttons import FollowUps
from bot.discord.internals import forget_shard_events, identify_with
from bot.discord.paging import VIEW_TIMEOUT_SECONDS
from bot.discord.search_answer import SearchDesk
from bot.discord.seen_answer import SeenDesk
from bot.media.image_hash import PooledHasher
from bot.store.budget import SqliteBudgetLedger
from bot.store.cooldowns import MemoryCooldownLog
from bot.store.database import Database
from bot.store.guild_settings import SqliteGuildSettings
from bot.store.history import SqliteSearchHistory
from bot.store.image_memory import SqlImageMemory
from bot.store.resilient import (
    ResilientBudgets,
    ResilientGuildSettings,
    ResilientHistory,
    ResilientSightings,
    ResilientStoredSearches,
)
from bot.store.retention import Retention
from bot.store.state import JsonStateStore
from bot.store.stored_searches import SqliteStoredSearches

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


def _shard_options(settings: Settings) -> dict[str, Any]:
    """The shard range this process runs; nothing when the settings leave it to Discord."""
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
        self,
        settings: Settings,
        search: SearchService,
        database: Database,
        *,
        force_sync: bool = False,
        guild_ready_timeout: float = 2.0,
        watch_search: SearchService | None = None,
        evidence: EvidenceService | None = None,
        fair_use: FairUse | None = None,
    ) -> None:
        # The bot never joins voice: skip discord.py's start-up warnings about voice libraries.
        discord.VoiceClient.warn_nacl = False
        discord.VoiceClient.warn_dave = False
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=bot_intents(watch=settings.watch_enabled),
            tree_cls=FindVideoCommandTree,
            allowed_mentions=SAFE_MENTIONS,
            help_command=None,
            guild_ready_timeout=guild_ready_timeout,
            **_shard_options(settings),
        )
        self.settings = settings
        self.search = search
        self.watch_search = watch_search or search
        """The search for watched channels: its requests wait in the limiter's WATCH lane."""
        self.state = JsonStateStore(settings.data_dir / "state.json")
        self.force_sync = force_sync
        self.draining = False
        """Set on SIGTERM/SIGINT: new commands are refused while running ones finish."""
        self.database = database
        self.guild_settings = CachedGuildSettings(
            ResilientGuildSettings(SqliteGuildSettings(database)),
            read_through=isinstance(settings.database_location, str),  # a shared PostgreSQL
        )
        """Every server's settings, kept in memory once loaded (commands acknowledge first)."""
        self.watching = settings.watch_enabled
        """Whether messages reach the bot: WATCH_ENABLED, and Discord granted Message Content."""
        self.watch: WatchService | None = None
        """The watch service while the watch cog is loaded (its alert buttons need it)."""
        self.evidence = evidence
        """Completes answers with links and the matched frame (None: answers stay plain)."""
        self.followups = FollowUps(
            DeferredStoredSearches(
                ResilientStoredSearches(SqliteStoredSearches(database)), search.writes
            )
        )
        self.outages = Outages()
        """Operator-side failures seen by searches (one mod-log notice per outage)."""
        """Stores searches whose answers carry follow-up buttons (they survive a restart)."""
        self.writes = search.writes
        """Writes no answer waits for (history, cache, ledger); flushed when the bot closes."""
        stored_history = ResilientHistory(SqliteSearchHistory(database))
        self.history = DeferredSearchHistory(stored_history, self.writes)
        self.image_memory = ImageMemory(
            ResilientSightings(SqlImageMemory(database)), hasher=PooledHasher()
        )
        """The servers' memory of the images they checked ("Seen here before")."""
        stored_budgets = SqliteBudgetLedger(database)
        self.fair_use = fair_use or FairUse(
            MemoryCooldownLog(), DeferredBudgetLedger(ResilientBudgets(stored_budgets), self.writes)
        )
        """Cooldowns and daily budgets: this process's own (budgets in the database) unless
        shared ones are given (Redis, see `bot.runtime.shared_fair_use`)."""
        self.budgets: DailyBudgetLedger = self.fair_use.budgets
        """The ledger every API call of a server is counted in (searches, watched channels)."""
        self.retention = Retention(
            search.cache,
            stored_history,
            stored_budgets,
            history_days=settings.history_days,
            stored_searches=self.followups.store,
            image_memory=self.image_memory.store,
            image_memory_days=settings.image_memory_days,
        )
        self.view_timeout = VIEW_TIMEOUT_SECONDS
        """How long answer and history buttons stay usable (tests shorten it)."""
        self._retention_task: asyncio.Task[None] | None = None

    def search_desk(self) -> SearchDesk:
        """What a search command needs to answer: the service, fair use, history, evidence."""
        return SearchDesk(
            self.search,
            self.fair_use,
            self.history,
            queue_notice_after=self.settings.queue_notice_seconds,
            view_timeout=self.view_timeout,
            evidence=self.evidence,
            followups=self.followups,
            seen=SeenDesk(self.image_memory, self.settings_for),
            outages=self.outages,
        )

    async def settings_for(self, guild_id: int | None) -> GuildSettings:
        """The settings in force in a server (its own choices, then the operator's defaults);
        from memory once the server was loaded (see `on_guild_available`)."""
        if guild_id is None:
            return GuildSettings.resolve(None, GuildOverrides(), self.settings)
        overrides = await self.guild_settings.load(guild_id)
        return GuildSettings.resolve(guild_id, overrides, self.settings)

    async def setup_hook(self) -> None:
        """Check the Message Content intent, load the cogs, then sync commands only if their
        definition changed (REST only)."""
        if self.watching and not await self._message_content_granted():
            self._stop_watching()
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        self._retention_task = asyncio.create_task(self.retention.run(), name="retention")
        await sync_commands(
            self.tree, self.state, guild_id=self.settings.dev_guild_id, force=self.force_sync
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
        await self.guild_settings.warm(guild.id)

    async def on_guild_join(self, guild: discord.Guild) -> None:
        await self.guild_settings.warm(guild.id)

    async def on_guild_remove(self, guild: discord.Guild) -> None:
        self.guild_settings.forget(guild.id)

    async def close(self) -> None:
        if self._retention_task is not None:
            self._retention_task.cancel()
            await asyncio.gather(self._retention_task, return_exceptions=True)
        await super().close()
        await self.writes.flush()  # the searches' history and ledger rows are written

    async def on_ready(self) -> None:
        log.info(
            "logged in as %s (%s) in %d servers", self.user, self.application_id, len(self.guilds)
        )
