"""Stores whose writes go behind the answer (`WriteBehind`), still reading their own writes.

Each wraps a store port and is one itself, so it works over any backend (SQLite, Redis,
PostgreSQL):
- `DeferredResultCache`: a saved result is answered from memory until its write is done, so a
  repeat arriving meanwhile is still a cache hit;
- `DeferredBudgetLedger`: calls counted but not yet written are added to what the ledger says,
  so a daily budget is never overrun by a burst;
- `DeferredSearchHistory`: records are written after the answer; reading (moderators' history
  and usage commands) first waits for the pending writes;
- `DeferredStoredSearches`: the search behind an answer's buttons gets its id here (a random
  62-bit number, so no database has to hand one out first) and is written after the answer; a
  button pressed meanwhile finds it in memory.
"""

from __future__ import annotations

import secrets
from collections import Counter
from dataclasses import replace

from bot.core.evidence.followups import StoredSearch
from bot.core.moderation.activity import DayCounts
from bot.core.moderation.history import SearchRecord, UsageTotals
from bot.core.moderation.result_cache import CachedResult, CacheKey
from bot.core.ports import DailyBudgetLedger, ResultCacheStore, SearchHistory, StoredSearches
from bot.core.write_behind import WriteBehind


class DeferredResultCache:
    """A `ResultCacheStore` whose `put` returns at once."""

    def __init__(self, store: ResultCacheStore, writes: WriteBehind) -> None:
        self.store = store
        self._writes = writes
        self._unwritten: dict[CacheKey, CachedResult] = {}

    async def get(self, key: CacheKey) -> CachedResult | None:
        unwritten = self._unwritten.get(key)
        return unwritten if unwritten is not None else await self.store.get(key)

    async def put(self, key: CacheKey, result: CachedResult, *, ttl_seconds: float) -> None:
        self._unwritten[key] = result

        async def write() -> None:
            try:
                await self.store.put(key, result, ttl_seconds=ttl_seconds)
            finally:
                if self._unwritten.get(key) is result:
                    del self._unwritten[key]

        self._writes.submit(write, "result cache entry")

    async def purge_expired(self, now: float) -> int:
        return await self.store.purge_expired(now)


class DeferredBudgetLedger:
    """A `DailyBudgetLedger` whose `add` returns at once."""

    def __init__(self, ledger: DailyBudgetLedger, writes: WriteBehind) -> None:
        self.ledger = ledger
        self._writes = writes
        self._unwritten: Counter[tuple[int, str]] = Counter()

    async def used(self, guild_id: int, day: str) -> int:
        return await self.ledger.used(guild_id, day) + self._unwritten[(guild_id, day)]

    async def add(self, guild_id: int, day: str, calls: int) -> None:
        self._unwritten[(guild_id, day)] += calls

        async def write() -> None:
            try:
                await self.ledger.add(guild_id, day, calls)
            finally:
                self._unwritten[(guild_id, day)] -= calls
                if self._unwritten[(guild_id, day)] <= 0:
                    del self._unwritten[(guild_id, day)]

        self._writes.submit(write, "daily budget calls")


class DeferredSearchHistory:
    """A `SearchHistory` whose `add` returns at once; its reads see every earlier `add`."""

    def __init__(self, history: SearchHistory, writes: WriteBehind) -> None:
        self.history = history
        self._writes = writes

    async def add(self, record: SearchRecord) -> None:
        self._writes.submit(lambda: self.history.add(record), "search history record")

    async def recent(
        self, guild_id: int, *, user_id: int | None = None, limit: int, offset: int = 0
    ) -> list[SearchRecord]:
        await self._writes.flush()
        return await self.history.recent(guild_id, user_id=user_id, limit=limit, offset=offset)

    async def count(self, guild_id: int, *, user_id: int | None = None) -> int:
        await self._writes.flush()
        return await self.history.count(guild_id, user_id=user_id)

    async def totals(self, guild_id: int, *, since: float) -> UsageTotals:
        await self._writes.flush()
        return await self.history.totals(guild_id, since=since)

    async def per_day(
        self, guild_id: int, *, user_id: int | None = None, since: float
    ) -> list[DayCounts]:
        await self._writes.flush()
        return await self.history.per_day(guild_id, user_id=user_id, since=since)

    async def add_evidence_calls(
        self, guild_id: int, at: float, *, details: int, keyframes: int
    ) -> None:
        async def write() -> None:
            await self.history.add_evidence_calls(
                guild_id, at, details=details, keyframes=keyframes
            )

        self._writes.submit(write, "evidence calls")

    async def purge_before(self, at: float) -> int:
        return await self.history.purge_before(at)


def new_search_id() -> int:
    """A stored search's id: random, positive, within a signed 64-bit column, unique in practice."""
    return secrets.randbits(62) + 1


class DeferredStoredSearches:
    """A `StoredSearches` whose `add` returns at once with the search's id."""

    def __init__(self, store: StoredSearches, writes: WriteBehind) -> None:
        self.store = store
        self._writes = writes
        self._unwritten: dict[int, StoredSearch] = {}

    async def add(self, search: StoredSearch) -> StoredSearch:
        stored = search if search.search_id else replace(search, search_id=new_search_id())
        self._unwritten[stored.search_id] = stored

        async def write() -> None:
            try:
                await self.store.add(stored)
            finally:
                self._unwritten.pop(stored.search_id, None)

        self._writes.submit(write, "stored search")
        return stored

    async def get(self, search_id: int) -> StoredSearch | None:
        unwritten = self._unwritten.get(search_id)
        return unwritten if unwritten is not None else await self.store.get(search_id)

    async def mark_shared(self, search_id: int, message_id: int) -> bool:
        await self._writes.flush()  # the row exists before it is claimed
        return await self.store.mark_shared(search_id, message_id)

    async def unclaim(self, search_id: int) -> None:
        await self._writes.flush()
        await self.store.unclaim(search_id)

    async def purge_before(self, at: float) -> int:
        return await self.store.purge_before(at)
