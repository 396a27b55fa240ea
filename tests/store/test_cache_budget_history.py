"""The stores of the cache, the daily budget and the history, on each engine."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.core.hits import Hit
from bot.core.moderation.history import SearchKind, SearchRecord
from bot.core.moderation.result_cache import CacheKey, ResultCache
from bot.core.scope import Library
from bot.store.budget import SqliteBudgetLedger
from bot.store.database import Database, open_database
from bot.store.history import SqliteSearchHistory
from bot.store.result_cache import SqliteResultCache
from bot.store.retention import DAY_SECONDS, Retention

NOW = 1_800_000_000.0
HITS = [Hit("PI-1", "close", 0.95, 1.0, 2.0), Hit("PI-2", "loose", 0.75, None, None, "b", "k")]


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now


@pytest.fixture
async def database(database_location: Path | str) -> AsyncIterator[Database]:
    async with open_database(database_location) as opened:
        yield opened


def record(at: float, *, user_id: int = 1, cached: bool = False, calls: int = 1) -> SearchRecord:
    return SearchRecord(10, 20, user_id, at, SearchKind.SLASH, 1, None, cached, calls)


async def test_cached_hits_come_back_as_they_were_filtered_by_threshold(database: Database) -> None:
    clock = Clock()
    cache = ResultCache(SqliteResultCache(database), ttl_seconds=3600, clock=clock)
    key = CacheKey.of(b"image", Library.TIKTOK, "ignored for public")
    await cache.save(key, 0.7, HITS)
    clock.now += 60

    assert await cache.lookup(key, 0.6) is None, "a lower threshold is not covered"
    looser = await cache.lookup(key, 0.7)
    stricter = await cache.lookup(key, 0.9)

    assert looser is not None
    assert looser.hits == HITS
    assert looser.age_seconds == 60
    assert stricter is not None
    assert stricter.hits == HITS[:1]
    assert key == CacheKey.of(b"image", Library.TIKTOK, "another server")


async def test_private_answers_are_kept_per_namespace(database: Database) -> None:
    cache = ResultCache(SqliteResultCache(database), ttl_seconds=3600, clock=Clock())
    await cache.save(CacheKey.of(b"image", Library.PRIVATE, "server-a"), 0.8, HITS)

    assert await cache.lookup(CacheKey.of(b"image", Library.PRIVATE, "server-b"), 0.8) is None
    assert await cache.lookup(CacheKey.of(b"image", Library.PRIVATE, "server-a"), 0.8)


async def test_history_pages_newest_first_and_filters_by_member(database: Database) -> None:
    history = SqliteSearchHistory(database)
    for minute in range(5):
        await history.add(record(NOW + minute * 60, user_id=1 + minute % 2))

    newest = await history.recent(10, limit=2)
    second_page = await history.recent(10, limit=2, offset=2)
    by_member = await history.recent(10, user_id=2, limit=10)

    assert [r.at for r in newest] == [NOW + 240, NOW + 180]
    assert [r.at for r in second_page] == [NOW + 120, NOW + 60]
    assert {r.user_id for r in by_member} == {2}
    assert await history.count(10, user_id=2) == 2
    assert await history.count(99) == 0


async def test_totals_count_searches_calls_and_cache_hits_since_a_time(database: Database) -> None:
    history = SqliteSearchHistory(database)
    await history.add(record(NOW - 10, calls=3))
    await history.add(record(NOW, calls=3))
    await history.add(record(NOW + 1, cached=True, calls=0))

    totals = await history.totals(10, since=NOW)

    assert (totals.searches, totals.api_calls, totals.cache_hits) == (2, 3, 1)
    assert totals.cache_hit_rate == 0.5


async def test_the_sweep_forgets_old_history_expired_cache_and_old_budget_days(
    database: Database,
) -> None:
    clock = Clock()
    cache = ResultCache(SqliteResultCache(database), ttl_seconds=3600, clock=clock)
    history, budgets = SqliteSearchHistory(database), SqliteBudgetLedger(database)
    await cache.save(CacheKey.of(b"old", Library.TIKTOK, ""), 0.8, HITS)
    await history.add(record(NOW - 31 * DAY_SECONDS))
    await history.add(record(NOW - 29 * DAY_SECONDS))
    await budgets.add(10, "2020-01-01", 5)
    await budgets.add(10, "2027-01-15", 5)
    clock.now += 3600
    retention = Retention(cache, history, budgets, history_days=30, clock=clock)

    swept = await retention.sweep()

    assert (swept.cache_entries, swept.searches, swept.budget_days) == (1, 1, 1)
    assert await history.count(10) == 1
    assert await budgets.used(10, "2027-01-15") == 5
