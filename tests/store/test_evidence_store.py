"""Video details kept for good, keyframes bounded, and searches behind buttons, on each engine."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.core.evidence.followups import StoredSearch
from bot.core.evidence.video_details import VideoDetail
from bot.core.hits import KeyframeRef
from bot.core.images.variant import CutMode, Transform, Variant
from bot.core.request import SearchRequest
from bot.core.scope import SearchScope
from bot.core.sources import ImageSource
from bot.store.budget import SqliteBudgetLedger
from bot.store.database import Database, open_database
from bot.store.evidence import SqliteEvidenceStore
from bot.store.history import SqliteSearchHistory
from bot.store.retention import DAY_SECONDS, Retention
from bot.store.stored_searches import SqliteStoredSearches

NOW = 1_800_000_000.0


@pytest.fixture
async def database(database_location: Path | str) -> AsyncIterator[Database]:
    async with open_database(database_location) as opened:
        yield opened


async def test_details_come_back_as_they_were_stored(database: Database) -> None:
    store = SqliteEvidenceStore(database, keyframe_limit=10)
    detail = VideoDetail(
        "PI-1", "https://youtu.be/x", "maker", datetime(2023, 11, 14, tzinfo=UTC), 30.0, 7, 2
    )
    await store.save_detail(detail)
    await store.save_detail(VideoDetail("PI-2"))

    assert await store.detail("PI-1") == detail
    assert await store.detail("PI-2") == VideoDetail("PI-2")
    assert await store.detail("PI-3") is None


async def test_only_the_newest_keyframes_are_kept(database: Database) -> None:
    ticks = iter(range(100))
    store = SqliteEvidenceStore(database, keyframe_limit=2, clock=lambda: float(next(ticks)))
    for name in ("a", "b", "c"):
        await store.save_keyframe(KeyframeRef("kf", f"frames/{name}.jpg"), name.encode())

    kept = [await store.keyframe(KeyframeRef("kf", f"frames/{n}.jpg")) for n in ("a", "b", "c")]
    assert kept == [None, b"b", b"c"]


def stored(created_at: float) -> StoredSearch:
    source = ImageSource("a.png", "https://cdn.example/a.png", True, 10, "image/png")
    request = SearchRequest(SearchScope.YOUTUBE, 80, 3, "ns", possible_match=70)
    return StoredSearch(0, 10, 20, 30, (source,), request, True, True, created_at)


async def test_a_stored_search_comes_back_whole_and_old_ones_are_swept(database: Database) -> None:
    searches = SqliteStoredSearches(database)
    old = await searches.add(stored(NOW - 31 * DAY_SECONDS))
    recent = await searches.add(stored(NOW - DAY_SECONDS))
    history, budgets = SqliteSearchHistory(database), SqliteBudgetLedger(database)
    retention = Retention(
        None, history, budgets, history_days=30, clock=lambda: NOW, stored_searches=searches
    )

    swept = await retention.sweep()

    assert swept.stored_searches == 1
    assert await searches.get(old.search_id) is None
    assert await searches.get(recent.search_id) == recent
    assert recent.request.possible_match == 70


async def test_a_stored_search_keeps_which_version_of_its_images_to_search(
    database: Database,
) -> None:
    searches = SqliteStoredSearches(database)
    mirrored = Variant(CutMode.AS_POSTED, Transform.MIRROR)
    search = stored(NOW)
    search = replace(search, request=replace(search.request, variant=mirrored))

    kept = await searches.add(search)

    assert (await searches.get(kept.search_id)) == kept


async def test_a_search_stored_before_versions_existed_cuts_as_by_default(
    database: Database,
) -> None:
    searches = SqliteStoredSearches(database)
    kept = await searches.add(stored(NOW))
    old_request = (
        '{"scope": "youtube", "min_match": 80, "max_results": 3, "private_namespace": "ns"}'
    )
    await database.execute(
        "UPDATE stored_searches SET request = ? WHERE search_id = ?", (old_request, kept.search_id)
    )

    loaded = await searches.get(kept.search_id)

    assert loaded is not None
    assert loaded.request.variant == Variant()
