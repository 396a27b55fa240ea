"""Searches go on while the database is away (a PostgreSQL server restarting, a network cut).

Each store a search touches is wrapped here, behind the same port:
- server settings: the last ones read for a server (kept in memory, a bounded number of servers)
  or, never read yet, the operator's defaults; a change is refused with a sentence;
- the history: a search waits in a bounded backlog that is written as soon as the database answers
  again (the oldest is dropped, and counted, when the backlog is full);
- the result cache: a miss, and nothing stored; budgets: counted in this process meanwhile;
- searches behind follow-up buttons: the answer goes out without working buttons;
- the image memory: nothing recalled or remembered ("Seen here before" is left out).
Only `DatabaseUnreachableError` is absorbed (any other error is a bug and surfaces). The first
failure of an outage and the recovery are logged once, not per call; the counts are metrics.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict, defaultdict, deque
from collections.abc import Awaitable, Callable, Sequence
from typing import Literal, TypeVar

from bot.core.errors import UserFacingError
from bot.core.evidence.followups import StoredSearch
from bot.core.language import Text
from bot.core.moderation.activity import DayCounts
from bot.core.moderation.guild_settings import GuildOverrides
from bot.core.moderation.history import SearchRecord, UsageTotals
from bot.core.moderation.result_cache import CachedResult, CacheKey
from bot.core.ports import (
    DailyBudgetLedger,
    GuildSettingsStore,
    ResultCacheStore,
    SearchHistory,
    StoredSearches,
)
from bot.core.seen.memory import Sighting, SightingStore
from bot.store.errors import DatabaseUnreachableError

log = logging.getLogger(__name__)

T = TypeVar("T")
REMEMBERED_SERVERS = 10_000
HISTORY_BACKLOG = 1_000

LossCounter = Callable[[str, int], None]
"""Told a store's (or table's) name and how many calls went without the database (or writes
were lost): the metrics, when `count_losses_with` was called (`bot.operations.meter_database`)."""
_fallbacks: list[LossCounter] = []
_dropped: list[LossCounter] = []


def count_losses_with(fallbacks: LossCounter, dropped_writes: LossCounter) -> None:
    """Tell the counters about every fallback and every lost write from now on."""
    _fallbacks[:], _dropped[:] = [fallbacks], [dropped_writes]


def _count(counters: list[LossCounter], name: str, amount: int = 1) -> None:
    for counter in counters:
        counter(name, amount)


Unavailable = Literal["settings", "history", "usage", "button", "share", "forget"]
"""What cannot be done while the database is away: the variants of `error-database-down`."""


def unavailable(action: Unavailable) -> UserFacingError:
    """The refusal, said to the member, while the database is away."""
    return UserFacingError(Text("error-database-down", action=action))


class Outage:
    """The first failure of an outage and the recovery, logged once each; fallbacks counted."""

    def __init__(self, store: str, meanwhile: str) -> None:
        self.store = store
        self._meanwhile = meanwhile
        self.down = False

    def failed(self, error: DatabaseUnreachableError) -> None:
        _count(_fallbacks, self.store)
        if not self.down:
            self.down = True
            log.warning("the database is unreachable (%s): %s", error, self._meanwhile)

    def worked(self) -> None:
        if self.down:
            self.down = False
            log.warning("the database answers again: %s are stored again", self.store)

    async def answer_or(self, pending: Awaitable[T], fallback: Callable[[], T]) -> T:
        """The store's answer (the outage is over), or `fallback()` while the database is away."""
        try:
            answer = await pending
        except DatabaseUnreachableError as error:
            self.failed(error)
            return fallback()
        self.worked()
        return answer


class ResilientGuildSettings:
    """`GuildSettingsStore` that answers from the last settings read while the database is away."""

    def __init__(self, store: GuildSettingsStore, remembered: int = REMEMBERED_SERVERS) -> None:
        self.store = store
        self._last: OrderedDict[int, GuildOverrides] = OrderedDict()
        self._remembered = remembered
        self._outage = Outage("settings", "servers get their last known settings meanwhile")

    async def load(self, guild_id: int) -> GuildOverrides:
        try:
            overrides = await self.store.load(guild_id)
        except DatabaseUnreachableError as error:
            self._outage.failed(error)
            return self._last.get(guild_id, GuildOverrides())
        self._outage.worked()
        self._remember(guild_id, overrides)
        return overrides

    def _remember(self, guild_id: int, overrides: GuildOverrides) -> None:
        self._last[guild_id] = overrides
        self._last.move_to_end(guild_id)
        while len(self._last) > self._remembered:
            self._last.popitem(last=False)

    async def save(self, guild_id: int, overrides: GuildOverrides) -> None:
        await _or_sentence(self.store.save(guild_id, overrides), "settings")
        self._remember(guild_id, overrides)

    async def update(
        self, guild_id: int, change: Callable[[GuildOverrides], GuildOverrides]
    ) -> tuple[GuildOverrides, GuildOverrides]:
        before, after = await _or_sentence(self.store.update(guild_id, change), "settings")
        self._remember(guild_id, after)
        return before, after


async def _or_sentence(pending: Awaitable[T], action: Unavailable) -> T:
    try:
        return await pending
    except DatabaseUnreachableError as error:
        raise unavailable(action) from error


class ResilientHistory:
    """`SearchHistory` whose writes wait in a bounded backlog while the database is away."""

    def __init__(self, history: SearchHistory, backlog: int = HISTORY_BACKLOG) -> None:
        self.history = history
        self._backlog: deque[SearchRecord] = deque()
        self._limit = backlog
        self._writing = asyncio.Lock()
        self._outage = Outage("history", "searches wait in memory to be written")

    async def add(self, record: SearchRecord) -> None:
        self._backlog.append(record)
        if len(self._backlog) > self._limit:
            self._backlog.popleft()
            _count(_dropped, "search_history")
            log.warning("the database is still unreachable: the oldest unwritten search is lost")
        if self._writing.locked():
            return  # the writer in progress takes this one too
        async with self._writing:
            await self._write_backlog()

    async def _write_backlog(self) -> None:
        while self._backlog:
            try:
                await self.history.add(self._backlog[0])
            except DatabaseUnreachableError as error:
                self._outage.failed(error)
                return
            self._backlog.popleft()
        self._outage.worked()

    @property
    def waiting(self) -> int:
        """Searches not written yet."""
        return len(self._backlog)

    async def recent(
        self, guild_id: int, *, user_id: int | None = None, limit: int, offset: int = 0
    ) -> list[SearchRecord]:
        reading = self.history.recent(guild_id, user_id=user_id, limit=limit, offset=offset)
        return await _or_sentence(reading, "history")

    async def count(self, guild_id: int, *, user_id: int | None = None) -> int:
        counting = self.history.count(guild_id, user_id=user_id)
        return await _or_sentence(counting, "history")

    async def totals(self, guild_id: int, *, since: float) -> UsageTotals:
        reading = self.history.totals(guild_id, since=since)
        return await _or_sentence(reading, "usage")

    async def per_day(
        self, guild_id: int, *, user_id: int | None = None, since: float
    ) -> list[DayCounts]:
        reading = self.history.per_day(guild_id, user_id=user_id, since=since)
        return await _or_sentence(reading, "usage")

    async def add_evidence_calls(
        self, guild_id: int, at: float, *, details: int, keyframes: int
    ) -> None:
        """Usage figures only: while the database is away they are lost (counted)."""
        try:
            await self.history.add_evidence_calls(
                guild_id, at, details=details, keyframes=keyframes
            )
        except DatabaseUnreachableError as error:
            self._outage.failed(error)
            _count(_dropped, "evidence_calls")

    async def purge_before(self, at: float) -> int:
        return await self.history.purge_before(at)


class ResilientResultCache:
    """`ResultCacheStore`: a miss, and nothing kept, while the database is away."""

    def __init__(self, cache: ResultCacheStore) -> None:
        self.cache = cache
        self._outage = Outage("result_cache", "results are not cached meanwhile")

    async def get(self, key: CacheKey) -> CachedResult | None:
        return await self._outage.answer_or(self.cache.get(key), lambda: None)

    async def put(self, key: CacheKey, result: CachedResult, *, ttl_seconds: float) -> None:
        try:
            await self.cache.put(key, result, ttl_seconds=ttl_seconds)
        except DatabaseUnreachableError as error:
            self._outage.failed(error)

    async def purge_expired(self, now: float) -> int:
        return await self.cache.purge_expired(now)


class ResilientBudgets:
    """`DailyBudgetLedger` that counts in this process while the database is away."""

    def __init__(self, ledger: DailyBudgetLedger) -> None:
        self.ledger = ledger
        self._local: defaultdict[tuple[int, str], int] = defaultdict(int)
        self._outage = Outage("budgets", "daily budgets are counted per process meanwhile")

    async def used(self, guild_id: int, day: str) -> int:
        reading = self.ledger.used(guild_id, day)
        return await self._outage.answer_or(reading, lambda: self._local[guild_id, day])

    async def add(self, guild_id: int, day: str, calls: int) -> None:
        self._local[guild_id, day] += calls
        try:
            await self.ledger.add(guild_id, day, calls)
        except DatabaseUnreachableError as error:
            self._outage.failed(error)


class ResilientStoredSearches:
    """`StoredSearches`: while the database is away an answer goes out without working buttons."""

    def __init__(self, store: StoredSearches) -> None:
        self.store = store
        self._outage = Outage("stored_searches", "answers get no follow-up buttons meanwhile")

    async def add(self, search: StoredSearch) -> StoredSearch:
        # while away: id 0, so its buttons say the search is gone
        return await self._outage.answer_or(self.store.add(search), lambda: search)

    async def get(self, search_id: int) -> StoredSearch | None:
        return await _or_sentence(self.store.get(search_id), "button")

    async def mark_shared(self, search_id: int, message_id: int) -> bool:
        return await _or_sentence(self.store.mark_shared(search_id, message_id), "share")

    async def unclaim(self, search_id: int) -> None:
        await _or_sentence(self.store.unclaim(search_id), "share")

    async def purge_before(self, at: float) -> int:
        return await self.store.purge_before(at)


class ResilientSightings:
    """`SightingStore` (the image memory): nothing recalled, nothing kept, while the database is
    away (counted), so "Seen here before" is simply left out of those answers."""

    def __init__(self, store: SightingStore) -> None:
        self.store = store
        self._outage = Outage(
            "image_memory", "images are neither recalled nor remembered meanwhile"
        )

    async def add(self, sightings: Sequence[Sighting]) -> None:
        try:
            await self.store.add(sightings)
        except DatabaseUnreachableError as error:
            self._outage.failed(error)
            _count(_dropped, "image_memory", len(sightings))

    async def near(self, guild_id: int, value: int, distance: int) -> list[Sighting]:
        return await self._outage.answer_or(self.store.near(guild_id, value, distance), list)

    async def forget_message(self, guild_id: int, message_id: int) -> int:
        return await _or_sentence(self.store.forget_message(guild_id, message_id), "forget")

    async def forget_server(self, guild_id: int) -> int:
        return await _or_sentence(self.store.forget_server(guild_id), "forget")

    async def purge_expired(self, now: float, default_days: int) -> int:
        return await self.store.purge_expired(now, default_days)
