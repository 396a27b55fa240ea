"""`python -m bot db copy` moves a deployment from SQLite to PostgreSQL with every row of every
table, prints counts and checksums, is harmless to run twice, and never overwrites other data
unless told to."""

from __future__ import annotations

import asyncio
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest

from bot.core.evidence.followups import StoredSearch
from bot.core.evidence.video_details import VideoDetail
from bot.core.hits import Hit, KeyframeRef
from bot.core.moderation.guild_settings import GuildOverrides
from bot.core.moderation.history import BestMatch, SearchKind, SearchRecord
from bot.core.moderation.result_cache import CachedResult, CacheKey
from bot.core.request import SearchRequest
from bot.core.scope import Library, SearchScope
from bot.core.sources import ImageSource
from bot.core.watch.watch_model import Watch
from bot.store.budget import SqliteBudgetLedger
from bot.store.database import Database, Params, Queries, Row, open_database
from bot.store.db_copy import COPIED, REFUSED, run_copy, tables
from bot.store.evidence import SqliteEvidenceStore
from bot.store.guild_settings import SqliteGuildSettings
from bot.store.history import SqliteSearchHistory
from bot.store.result_cache import SqliteResultCache
from bot.store.stored_searches import SqliteStoredSearches
from bot.store.watch_store import (
    SqliteFalsePositives,
    SqliteSeenImages,
    SqliteWatchCounts,
    SqliteWatchList,
)

GUILD = 1_234_567_890_123_456_789


def sample(declared: str) -> object:
    """A value for a column of this declared type, by SQLite's affinity rules."""
    kind = declared.upper()
    if "INT" in kind:
        return 7
    if any(word in kind for word in ("REAL", "FLOA", "DOUB")):
        return 1.5
    return b"\x00\xff" if "BLOB" in kind else "sample"


def stored_search(at: float) -> StoredSearch:
    source = ImageSource("a.png", "https://cdn.example/a.png", True, 10, "image/png")
    request = SearchRequest(SearchScope.YOUTUBE, 80, 3, "ns", possible_match=70)
    return StoredSearch(0, GUILD, 20, 30, (source,), request, True, True, at)


async def fill_through_the_stores(database: Database) -> None:
    await SqliteGuildSettings(database).save(GUILD, GuildOverrides(min_match=70, private=True))
    history = SqliteSearchHistory(database)
    best = BestMatch(Library.YOUTUBE, 0.93, "Cat \\*jumps\\*")  # the line's parts (0015)
    for at in range(5):
        await history.add(
            SearchRecord(GUILD, 2, 3, 1e9 + at, SearchKind.SLASH, 1, "PI-1", False, 1, best=best)
        )
    await SqliteBudgetLedger(database).add(GUILD, "2026-12-04", 3)
    hits = (Hit("PI-1", "title", 0.9, 1.0, 2.0),)
    await SqliteResultCache(database).put(
        CacheKey.of(b"x", Library.TIKTOK, ""), CachedResult(0.8, hits, 1e9), ttl_seconds=60
    )
    evidence = SqliteEvidenceStore(database, keyframe_limit=10)
    await evidence.save_detail(VideoDetail("PI-1", "https://example.com/v", "maker"))
    await evidence.save_keyframe(KeyframeRef("bucket", "frame.jpg"), b"\xff\xd8jpeg")
    await SqliteStoredSearches(database).add(stored_search(1e9))
    watch = Watch(GUILD, 2, SearchScope.TIKTOK)
    await SqliteWatchList(database).add(watch)
    await SqliteSeenImages(database).remember(GUILD, "ab" * 32, watch, [])
    await SqliteFalsePositives(database).mark(GUILD, "ab" * 32, "TIKTOK:1")
    await SqliteWatchCounts(database).add(GUILD, 2, "2026-12-04", "checked", 4)
    await database.execute(
        "INSERT INTO watch_alerts (guild_id, channel_id, message_id, sha256, video_key)"
        " VALUES (?, ?, ?, ?, ?)",
        (GUILD, 2, 3, "ab" * 32, "TIKTOK:1"),
    )


async def fill_the_rest(database: Database) -> None:
    """A row of sample values in any table the stores above did not reach (newer tables too)."""
    for table in await tables(database):
        count = await database.fetch_one(f"SELECT COUNT(*) FROM {table}")  # noqa: S608
        if count is not None and count[0]:
            continue
        info = await database.fetch_all(f"PRAGMA table_info({table})")
        names = ", ".join(str(column["name"]) for column in info)
        marks = ", ".join("?" for _ in info)
        values = [sample(str(column["type"])) for column in info]
        await database.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", values)  # noqa: S608


async def a_full_deployment(path: Path) -> None:
    async with open_database(path) as database:
        await fill_through_the_stores(database)
        await fill_the_rest(database)
        for table in await tables(database):
            count = await database.fetch_one(f"SELECT COUNT(*) FROM {table}")  # noqa: S608
            assert count is not None
            assert count[0] > 0, f"{table} is empty"


async def test_every_row_of_every_table_reaches_postgresql(
    tmp_path: Path, postgres_url: str
) -> None:
    source = tmp_path / "findvideo.db"
    await a_full_deployment(source)
    said: list[str] = []

    status = await run_copy(f"sqlite:///{source}", postgres_url, replace=False, say=said.append)

    assert status == COPIED
    assert said[-1].startswith("all ")
    assert said[-1].endswith("every count and checksum match")
    async with open_database(source) as sqlite:
        names = await tables(sqlite)
    table_lines = [line for line in said if line.split(" ", 1)[0] in names]
    assert len(table_lines) == len(names)
    assert all(line.endswith(" ok") for line in table_lines)
    async with open_database(postgres_url) as postgres:
        assert await SqliteGuildSettings(postgres).load(GUILD) == GuildOverrides(
            min_match=70, private=True
        )
        assert await SqliteSearchHistory(postgres).count(GUILD) == 5
        searches = SqliteStoredSearches(postgres)
        assert (await searches.add(stored_search(2e9))).search_id == 2, "ids go on after the copy"


async def test_copying_again_changes_nothing_and_other_data_is_not_overwritten(
    tmp_path: Path, postgres_url: str
) -> None:
    source = tmp_path / "findvideo.db"
    await a_full_deployment(source)
    said: list[str] = []
    await run_copy(str(source), postgres_url, replace=False, say=said.append)

    again = await run_copy(str(source), postgres_url, replace=False, say=said.append)
    async with open_database(postgres_url) as postgres:
        await SqliteSearchHistory(postgres).add(
            SearchRecord(GUILD, 2, 3, 2e9, SearchKind.SLASH, 1, None, False, 1)
        )
    refused = await run_copy(str(source), postgres_url, replace=False, say=said.append)
    replaced = await run_copy(str(source), postgres_url, replace=True, say=said.append)

    assert (again, refused, replaced) == (COPIED, REFUSED, COPIED)
    assert any("add --replace" in line for line in said)
    async with open_database(postgres_url) as postgres:
        assert await SqliteSearchHistory(postgres).count(GUILD) == 5


async def test_the_command_line_prints_the_report_and_its_status(
    tmp_path: Path, postgres_url: str
) -> None:
    source = tmp_path / "findvideo.db"
    await a_full_deployment(source)

    process = await asyncio.create_subprocess_exec(
        *(sys.executable, "-m", "bot", "db", "copy", "--from", f"sqlite:///{source}"),
        *("--to", postgres_url, "--page-size", "2"),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        cwd=tmp_path,
    )
    out, err = await process.communicate()

    assert process.returncode == COPIED, err.decode()
    assert "every count and checksum match" in out.decode()
    assert "guild_settings" in out.decode()
    assert "copied search_history: 5 rows" in out.decode().splitlines()


PAGE = 100
"""The page size of the large copies: every large table below spans several pages."""


async def add_many_rows(database: Database) -> None:
    """Generated rows beyond one page in tables keyed each way: search_history (an integer id,
    3,000 rows), image_memory (a four-column key, signed 64-bit hashes), result_cache (a text key)
    and evidence_calls (no key at all, every row twice)."""
    await database.execute_many(
        "INSERT INTO search_history (guild_id, channel_id, user_id, at, kind, images, top_match,"
        " cached, api_calls, seen_link) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (GUILD, n % 7, n % 13, 1e9 + n / 8, "slash", 1 + n % 4, f"PI-{n}", n % 2, 1, None)
            for n in range(3_000)
        ],
    )
    await database.execute_many(
        "INSERT INTO image_memory (guild_id, message_id, item, still, channel_id, author_id,"
        " posted_at, hash, mirrored, band0, band1, band2, band3)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(GUILD + n % 2, n // 6, n % 3, n % 2, 5, 6, 1e9 + n, *hashes(n)) for n in range(300)],
    )
    await database.execute_many(
        "INSERT INTO result_cache (image_sha256, library, namespace, similarity, hits, stored_at,"
        " expires_at, guild_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(f"{n:064x}", "tiktok", f"ns{n % 3}", 0.5, "[]", 1e9, 2e9, GUILD) for n in range(300)],
    )
    await database.execute_many(
        "INSERT INTO evidence_calls (guild_id, at, details, keyframes) VALUES (?, ?, ?, ?)",
        [(GUILD, 1e9 + n // 2, n % 5, 2) for n in range(300)],
    )


def hashes(n: int) -> tuple[int, ...]:
    """A signed 64-bit hash (half of them negative), its mirror, and its four 16-bit bands."""
    unsigned = (n * 0x9E3779B97F4A7C15) % 2**64
    signed = unsigned - 2**64 if unsigned >= 2**63 else unsigned
    bands = tuple((unsigned >> shift) & 0xFFFF for shift in (48, 32, 16, 0))
    return (signed, -signed, *bands)


async def every_row(database: Database, names: list[str]) -> dict[str, Counter[tuple[object, ...]]]:
    """Each table's rows as a multiset (read whole: the tables here are small)."""
    found = {}
    for table in names:
        columns = [str(c["name"]) for c in await database.fetch_all(f"PRAGMA table_info({table})")]
        rows = await database.fetch_all(f"SELECT {', '.join(columns)} FROM {table}")  # noqa: S608
        found[table] = Counter(tuple(row) for row in rows)
    return found


class Sizes:
    """The most rows any query returned, and the most rows any batch inserted."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.fetched: list[int] = []
        self.inserted: list[int] = []
        fetch_all, execute_many = Queries.fetch_all, Queries.execute_many

        async def counted_fetch(queries: Queries, sql: str, params: Params = ()) -> list[Row]:
            rows = await fetch_all(queries, sql, params)
            self.fetched.append(len(rows))
            return rows

        async def counted_insert(queries: Queries, sql: str, rows: Sequence[Params]) -> None:
            self.inserted.append(len(rows))
            await execute_many(queries, sql, rows)

        monkeypatch.setattr(Queries, "fetch_all", counted_fetch)
        monkeypatch.setattr(Queries, "execute_many", counted_insert)


async def a_large_deployment(path: Path) -> dict[str, Counter[tuple[object, ...]]]:
    await a_full_deployment(path)
    async with open_database(path) as database:
        await add_many_rows(database)
        return await every_row(database, await tables(database))


async def test_a_large_deployment_goes_to_postgresql_and_back_a_page_at_a_time(
    tmp_path: Path, postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, back = tmp_path / "findvideo.db", tmp_path / "back.db"
    original = await a_large_deployment(source)
    sizes = Sizes(monkeypatch)
    said: list[str] = []

    there = await run_copy(
        str(source), postgres_url, replace=False, say=said.append, page_size=PAGE
    )
    home = await run_copy(postgres_url, str(back), replace=False, say=said.append, page_size=PAGE)

    assert (there, home) == (COPIED, COPIED)
    assert max(sizes.fetched) == PAGE, "no query returned more than a page"
    assert max(sizes.inserted) == PAGE, "no batch inserted more than a page"
    assert said.count("copied search_history: 3005 rows") == 2
    assert said.count("copied evidence_calls: 301 rows") == 2
    monkeypatch.undo()
    async with open_database(back) as database:
        assert await every_row(database, list(original)) == original
    async with open_database(postgres_url) as postgres:
        history = SqliteSearchHistory(postgres)
        await history.add(SearchRecord(GUILD, 2, 3, 3e9, SearchKind.SLASH, 1, None, False, 1))
        newest = await postgres.fetch_one("SELECT MAX(id) FROM search_history")
        assert newest is not None
        assert newest[0] == 3006, "ids go on after the copied ones"


async def test_a_large_target_holding_other_rows_is_refused_then_replaced(
    tmp_path: Path, postgres_url: str
) -> None:
    source = tmp_path / "findvideo.db"
    await a_large_deployment(source)
    said: list[str] = []
    await run_copy(str(source), postgres_url, replace=False, say=said.append, page_size=PAGE)
    async with open_database(postgres_url) as postgres:
        await postgres.execute("DELETE FROM image_memory WHERE message_id = 7")

    refused = await run_copy(
        str(source), postgres_url, replace=False, say=said.append, page_size=PAGE
    )
    replaced = await run_copy(
        str(source), postgres_url, replace=True, say=said.append, page_size=PAGE
    )

    assert (refused, replaced) == (REFUSED, COPIED)
    assert said[-1].endswith("every count and checksum match")
    async with open_database(postgres_url) as postgres:
        count = await postgres.fetch_one("SELECT COUNT(*) FROM image_memory")
        assert count is not None
        assert count[0] == 301
