"""Writes behind the answer: in order, never lost, and read back by their own stores at once."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

import pytest

from bot.core.deferred_stores import (
    DeferredBudgetLedger,
    DeferredResultCache,
    DeferredStoredSearches,
)
from bot.core.evidence.followups import StoredSearch
from bot.core.moderation.guild_settings import GuildOverrides
from bot.core.moderation.result_cache import CachedResult, CacheKey
from bot.core.moderation.settings_cache import CachedGuildSettings
from bot.core.request import SearchRequest
from bot.core.scope import Library, SearchScope
from bot.core.sources import ImageSource
from bot.core.write_behind import WriteBehind


class GatedLedger:
    """A ledger whose writes wait until `gate` is set."""

    def __init__(self) -> None:
        self.gate = asyncio.Event()
        self.calls: dict[tuple[int, str], int] = {}

    async def used(self, guild_id: int, day: str) -> int:
        return self.calls.get((guild_id, day), 0)

    async def add(self, guild_id: int, day: str, calls: int) -> None:
        await self.gate.wait()
        self.calls[(guild_id, day)] = self.calls.get((guild_id, day), 0) + calls


async def test_writes_happen_in_order_and_a_failure_does_not_stop_the_next(
    caplog: pytest.LogCaptureFixture,
) -> None:
    done: list[int] = []

    async def write(n: int) -> None:
        if n == 2:
            raise OSError("disk full")
        done.append(n)

    async with WriteBehind() as writes:
        for n in range(1, 5):
            writes.submit(lambda n=n: write(n), f"write {n}")  # type: ignore[misc]
        with caplog.at_level(logging.ERROR):
            await writes.flush()
    assert done == [1, 3, 4]
    assert "write 2" in caplog.text


async def test_closing_waits_for_every_pending_write() -> None:
    ledger = GatedLedger()
    writes = WriteBehind()
    deferred = DeferredBudgetLedger(ledger, writes)
    await deferred.add(1, "2026-12-04", 3)
    closing = asyncio.create_task(writes.close())
    await asyncio.sleep(0)
    assert not closing.done()
    assert writes.pending == 1
    ledger.gate.set()
    await closing
    assert ledger.calls == {(1, "2026-12-04"): 3}


async def test_calls_not_written_yet_still_count_against_the_budget() -> None:
    ledger = GatedLedger()
    async with WriteBehind() as writes:
        deferred = DeferredBudgetLedger(ledger, writes)
        await deferred.add(1, "2026-12-04", 2)
        await deferred.add(1, "2026-12-04", 1)
        assert await deferred.used(1, "2026-12-04") == 3
        ledger.gate.set()
        await writes.flush()
        assert await deferred.used(1, "2026-12-04") == 3


async def test_a_cache_entry_is_found_before_its_write_is_done() -> None:
    class GatedCache:
        def __init__(self) -> None:
            self.gate = asyncio.Event()
            self.entries: dict[CacheKey, CachedResult] = {}

        async def get(self, key: CacheKey) -> CachedResult | None:
            return self.entries.get(key)

        async def put(self, key: CacheKey, result: CachedResult, *, ttl_seconds: float) -> None:
            await self.gate.wait()
            self.entries[key] = result

        async def purge_expired(self, now: float) -> int:
            return 0

    store = GatedCache()
    key = CacheKey.of(b"image", Library.TIKTOK, "default")
    entry = CachedResult(0.85, (), 1000.0)
    async with WriteBehind() as writes:
        cache = DeferredResultCache(store, writes)
        await cache.put(key, entry, ttl_seconds=60)
        assert await cache.get(key) == entry
        store.gate.set()
        await writes.flush()
    assert store.entries == {key: entry}


async def test_settings_are_read_from_the_store_once_then_from_memory() -> None:
    class CountingStore:
        def __init__(self) -> None:
            self.loads = 0
            self.saved: dict[int, GuildOverrides] = {}

        async def load(self, guild_id: int) -> GuildOverrides:
            self.loads += 1
            return self.saved.get(guild_id, GuildOverrides())

        async def save(self, guild_id: int, overrides: GuildOverrides) -> None:
            self.saved[guild_id] = overrides

        async def update(
            self, guild_id: int, change: Callable[[GuildOverrides], GuildOverrides]
        ) -> tuple[GuildOverrides, GuildOverrides]:
            before = self.saved.get(guild_id, GuildOverrides())
            self.saved[guild_id] = change(before)
            return before, self.saved[guild_id]

    store = CountingStore()
    settings = CachedGuildSettings(store)
    assert settings.cached(7) is None
    await settings.warm(7)  # the server became available
    assert settings.cached(7) == GuildOverrides()
    await settings.update(7, lambda old: GuildOverrides(private=True))
    assert (await settings.load(7)).private is True
    assert store.loads == 1
    store.saved[7] = GuildOverrides(min_match=61)  # changed by another process meanwhile
    await settings.warm(7)  # the server arrives here again (a new shard layout)
    assert (await settings.load(7)).min_match == 61


async def test_a_stored_search_has_its_id_at_once_and_is_found_before_it_is_written() -> None:
    class GatedSearches:
        def __init__(self) -> None:
            self.gate = asyncio.Event()
            self.rows: dict[int, StoredSearch] = {}

        async def add(self, search: StoredSearch) -> StoredSearch:
            await self.gate.wait()
            self.rows[search.search_id] = search
            return search

        async def get(self, search_id: int) -> StoredSearch | None:
            return self.rows.get(search_id)

        async def mark_shared(self, search_id: int, message_id: int) -> bool:
            return True

        async def unclaim(self, search_id: int) -> None:
            return None

        async def purge_before(self, at: float) -> int:
            return 0

    store = GatedSearches()
    search = StoredSearch(
        search_id=0,
        guild_id=1,
        channel_id=2,
        user_id=3,
        sources=(ImageSource("a.png", "https://cdn.example/a.png", from_discord=True),),
        request=SearchRequest(SearchScope.TIKTOK, min_match=85, max_results=5),
        private=False,
        shareable=False,
        created_at=1000.0,
    )
    async with WriteBehind() as writes:
        searches = DeferredStoredSearches(store, writes)
        stored = await searches.add(search)
        assert stored.search_id > 0
        assert await searches.get(stored.search_id) == stored
        store.gate.set()
        await writes.flush()
    assert store.rows == {stored.search_id: stored}
