"""What the bot is made of: every service and store (each store a search touches wrapped to
ride out a database outage, `bot.store.resilient`), built once (by `bot.runtime.open_services`)
and handed to the bot, its cogs and the tests' stack as one typed object, so nothing else builds
them and the tests run exactly what production runs."""

from __future__ import annotations

from dataclasses import dataclass

import redis.asyncio as aioredis

from bot.config import Settings
from bot.core.deferred_stores import (
    DeferredBudgetLedger,
    DeferredSearchHistory,
    DeferredStoredSearches,
)
from bot.core.evidence.evidence import EvidenceService
from bot.core.moderation.fair_use import FairUse
from bot.core.moderation.guild_settings import GuildSettings
from bot.core.moderation.outages import Outages
from bot.core.moderation.settings_cache import CachedGuildSettings, settings_in
from bot.core.search_report import count_searches_with
from bot.core.search_service import SearchService
from bot.core.seen.memory import ImageMemory
from bot.core.watch.watch_memory import WatchMemory
from bot.core.watch.watch_service import WatchOptions, WatchService, WatchStores
from bot.core.watch.watch_share import WatchShare
from bot.core.watch.watch_tally import WatchTally, utc_today
from bot.core.watch.watch_terms import WatchTerms
from bot.core.write_behind import WriteBehind
from bot.discord.followup_buttons import FollowUps
from bot.discord.sync_state import JsonStateStore
from bot.media.image_hash import PooledHasher
from bot.observability.search_metrics import count_search
from bot.observability.watch_metrics import MeteredWatchCounts, watch_queue_length
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
from bot.store.stored_searches import SqliteStoredSearches
from bot.store.watch_store import (
    SqliteAlertLog,
    SqliteFalsePositives,
    SqliteSeenImages,
    SqliteWatchCounts,
    SqliteWatchList,
    sweep_watch_tables,
)


@dataclass(frozen=True)
class Services:
    """The process's services and stores, shared by every cog."""

    settings: Settings
    database: Database
    search: SearchService
    watch_search: SearchService
    """The search for watched channels: its requests wait in the limiter's WATCH lane."""
    evidence: EvidenceService | None
    """Completes answers with links and the matched frame (None: answers stay plain)."""
    fair_use: FairUse
    """Cooldowns and daily budgets: this process's own (budgets in the database), or shared
    through Redis (`bot.runtime.shared_fair_use`). Every API call of a server is counted in its
    `budgets`."""
    guild_settings: CachedGuildSettings
    """Every server's settings, kept in memory once loaded (commands acknowledge first)."""
    history: DeferredSearchHistory
    """The search history: written behind the answer (`writes`), and waiting in a backlog
    while the database is away."""
    followups: FollowUps
    """Stores searches whose answers carry follow-up buttons (they survive a restart)."""
    image_memory: ImageMemory
    """The servers' memory of the images they checked ("Seen here before")."""
    outages: Outages
    """Operator-side failures seen by searches (one mod-log notice per outage)."""
    watch: WatchService
    """Watched channels (working while the watch cog is loaded)."""
    retention: Retention
    state: JsonStateStore
    writes: WriteBehind
    """Writes no answer waits for (history, stored searches, ledger); flushed on close."""
    redis: aioredis.Redis | None = None
    """The Redis client when REDIS_URL is set (for the health check)."""

    async def prepare_watch(self) -> None:
        """Before the watch starts: old counts, seen images and alerts are forgotten, and the
        queue's length is reported to the metrics."""
        await sweep_watch_tables(self.database, utc_today().isoformat())
        watch_queue_length(self.watch.queue.__len__)

    async def settings_for(self, guild_id: int | None) -> GuildSettings:
        """The settings in force in a server (its own choices, then the operator's defaults)."""
        return await settings_in(self.settings, self.guild_settings, guild_id)

    async def settings_at_hand(self, guild_id: int | None) -> GuildSettings:
        """The server's settings from this process's copy, with no I/O once the server was loaded
        (at startup, `FindVideoBot` loads every server it serves); the first time, read from the
        store. What a command reads before its acknowledgement."""
        known = None if guild_id is None else self.guild_settings.cached(guild_id)
        if known is None:
            return await self.settings_for(guild_id)
        return GuildSettings.resolve(guild_id, known, self.settings)


def build_services(
    settings: Settings,
    database: Database,
    searches: tuple[SearchService, SearchService],
    *,
    evidence: EvidenceService | None,
    shared_fair_use: FairUse | None,
    redis: aioredis.Redis | None = None,
) -> Services:
    """Every store and service on `database` and the two searches (for people, for watched
    channels); fair use is this process's own (budgets in the database) unless shared is given."""
    search, watch_search = searches
    writes = search.writes
    count_searches_with(count_search)
    guild_settings = CachedGuildSettings(
        ResilientGuildSettings(SqliteGuildSettings(database)),
        read_through=isinstance(settings.database_location, str),  # a shared PostgreSQL
    )
    stored_budgets = SqliteBudgetLedger(database)
    fair_use = shared_fair_use or FairUse(
        MemoryCooldownLog(), DeferredBudgetLedger(ResilientBudgets(stored_budgets), writes)
    )
    stored_history = ResilientHistory(SqliteSearchHistory(database))
    stored_searches = ResilientStoredSearches(SqliteStoredSearches(database))
    followups = FollowUps(DeferredStoredSearches(stored_searches, writes))
    image_memory = ImageMemory(ResilientSightings(SqlImageMemory(database)), hasher=PooledHasher())
    terms = WatchTerms(settings, guild_settings, fair_use)
    return Services(
        settings,
        database,
        search,
        watch_search,
        evidence,
        fair_use,
        guild_settings,
        DeferredSearchHistory(stored_history, writes),
        followups,
        image_memory,
        Outages(),
        _watch_service(settings, database, watch_search, terms, image_memory),
        Retention(
            search.cache,
            stored_history,
            stored_budgets,
            history_days=settings.history_days,
            stored_searches=followups.store,
            image_memory=image_memory.store,
            image_memory_days=settings.image_memory_days,
        ),
        JsonStateStore(settings.data_dir / "state.json"),
        writes,
        redis,
    )


def _watch_service(
    settings: Settings,
    database: Database,
    search: SearchService,
    terms: WatchTerms,
    image_memory: ImageMemory,
) -> WatchService:
    stores = WatchStores(
        watches=SqliteWatchList(database),
        seen=SqliteSeenImages(database),
        false_positives=SqliteFalsePositives(database),
        servers=terms,
        alerts=SqliteAlertLog(database),
        memory=WatchMemory(image_memory),
    )
    options = WatchOptions(
        settings.watch_queue_size, settings.watch_min_image_size, settings.watch_load_seconds
    )
    share = WatchShare(percent=settings.watch_budget_share)
    tally = WatchTally(MeteredWatchCounts(SqliteWatchCounts(database)))
    return WatchService(search, stores, share, options, tally)
