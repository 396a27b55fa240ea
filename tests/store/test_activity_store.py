"""Searches and repost alerts counted per UTC day, for the charts, on each engine."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path

import pytest

from bot.core.moderation.activity import DayCounts
from bot.core.moderation.history import SearchKind, SearchRecord
from bot.store.database import Database, open_database
from bot.store.history import SqliteSearchHistory
from bot.store.watch_store import SqliteAlertLog

MIDNIGHT = 1_797_465_600.0  # 2026-12-17 00:00 UTC
DAY = 86400.0
GUILD = 10


@pytest.fixture
async def database(database_location: Path | str) -> AsyncIterator[Database]:
    async with open_database(database_location) as opened:
        yield opened


def search(
    at: float, *, user_id: int = 1, cached: bool = False, found: bool = True
) -> SearchRecord:
    top = "TikTok · 97% · Cat" if found else None
    calls = 0 if cached else 2
    return SearchRecord(GUILD, 20, user_id, at, SearchKind.SLASH, 1, top, cached, calls)


async def test_searches_are_counted_per_utc_day_from_midnight(database: Database) -> None:
    history = SqliteSearchHistory(database)
    for record in (
        search(MIDNIGHT - 0.4),  # the day before: not counted
        search(MIDNIGHT),
        search(MIDNIGHT + DAY - 0.4, cached=True),  # still the first day, on both engines
        search(MIDNIGHT + 2 * DAY + 3600, found=False),
        search(MIDNIGHT + 2 * DAY + 7200, user_id=2),
    ):
        await history.add(record)

    days = await history.per_day(GUILD, since=MIDNIGHT)

    assert days == [
        DayCounts(0, searches=2, api_calls=2, cache_hits=1, matched=2),
        DayCounts(2, searches=2, api_calls=4, cache_hits=0, matched=1),
    ]
    assert await history.per_day(GUILD, user_id=2, since=MIDNIGHT) == [
        DayCounts(2, searches=1, api_calls=2, cache_hits=0, matched=1)
    ]
    assert await history.per_day(GUILD + 1, since=MIDNIGHT) == []


async def test_repost_alerts_are_counted_per_utc_day_and_per_author(database: Database) -> None:
    for created, author in (
        ("2026-12-16 23:59:59", 5),
        ("2026-12-17 00:00:00", 5),
        ("2026-12-17 12:00:00", 6),
        ("2026-12-19 08:30:00", 5),
    ):
        await database.execute(
            "INSERT INTO watch_alerts (guild_id, channel_id, message_id, sha256, video_key,"
            " author_id, created_at) VALUES (?, 1, 2, 'h', 'TIKTOK:1', ?, ?)",
            (GUILD, author, created),
        )
    alerts = SqliteAlertLog(database)

    everyone = await alerts.alerts_per_day(GUILD, since=date(2026, 12, 17))
    one = await alerts.alerts_per_day(GUILD, author_id=5, since=date(2026, 12, 17))

    assert everyone == {date(2026, 12, 17): 2, date(2026, 12, 19): 1}
    assert one == {date(2026, 12, 17): 1, date(2026, 12, 19): 1}
