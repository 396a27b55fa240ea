"""The watch's tables: old seen images, alerts and counts are swept; verdicts stay."""

from __future__ import annotations

from pathlib import Path

from bot.core.scope import SearchScope
from bot.core.watch.watch_model import Watch
from bot.store.database import open_database
from bot.store.watch_store import (
    SHARED_LIST_REFRESH_SECONDS,
    SqliteFalsePositives,
    SqliteSeenImages,
    SqliteWatchCounts,
    SqliteWatchList,
    now,
    sweep_watch_tables,
)

WATCH = Watch(1, 2, SearchScope.TIKTOK)


async def test_the_sweep_forgets_old_rows_and_keeps_verdicts_and_watches(
    database_location: Path | str,
) -> None:
    async with open_database(database_location) as database:
        await SqliteWatchList(database).add(WATCH)
        seen, verdicts = SqliteSeenImages(database), SqliteFalsePositives(database)
        counts = SqliteWatchCounts(database)
        await seen.remember(1, "old", WATCH, [])
        await seen.remember(1, "new", WATCH, [])
        await database.execute(
            "UPDATE watch_seen_images SET seen_at = ? WHERE sha256 = 'old'", (now(31),)
        )
        await verdicts.mark(1, "old", "TIKTOK:1")
        await counts.add(1, 2, "2026-01-01", "checked", 4)
        await counts.add(1, 2, "2026-01-02", "checked", 1)

        await sweep_watch_tables(database, "2026-01-02")

        assert await seen.matches_of(1, "old", WATCH) is None
        assert await seen.matches_of(1, "new", WATCH) == []
        assert await verdicts.is_marked(1, "old", "TIKTOK:1")
        assert await counts.of_server(1, "2026-01-01") == {}
        assert await counts.of_server(1, "2026-01-02") == {"checked": 1}
        assert await SqliteWatchList(database).watch_of(1, 2) == WATCH


async def test_a_watch_added_through_another_process_is_in_force_within_seconds(
    postgres_url: str,
) -> None:
    now = [0.0]
    async with open_database(postgres_url) as first, open_database(postgres_url) as second:
        here = SqliteWatchList(first, clock=lambda: now[0])
        assert await here.watch_of(1, 2) is None

        await SqliteWatchList(second).add(WATCH)
        still_cached = await here.watch_of(1, 2)
        now[0] += SHARED_LIST_REFRESH_SECONDS

        assert still_cached is None
        assert await here.watch_of(1, 2) == WATCH
