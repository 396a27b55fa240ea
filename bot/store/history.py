"""Every search in the database (table `search_history`), for moderators' history and usage."""

from __future__ import annotations

from bot.core.moderation.activity import DayCounts
from bot.core.moderation.history import BestMatch, SearchKind, SearchRecord, UsageTotals
from bot.core.scope import Library
from bot.store.database import Database, Row

_COLUMNS = (
    "guild_id, channel_id, user_id, at, kind, images, top_match, cached, api_calls, message_id, "
    "seen_before, seen_link, match_library, match_score, match_title"
)
_ADD = f"INSERT INTO search_history ({_COLUMNS}) VALUES ({', '.join('?' * 15)})"  # noqa: S608 - constants
_TOTALS = (
    "SELECT COUNT(*) AS searches, COALESCE(SUM(api_calls), 0) AS api_calls, "
    "COALESCE(SUM(cached), 0) AS cache_hits FROM search_history WHERE guild_id = ? AND at >= ?"
)

_FLOOR_AT = "(CAST(at AS BIGINT) - CASE WHEN CAST(at AS BIGINT) > at THEN 1 ELSE 0 END)"
"""`at` rounded down to the second on both engines (SQLite's CAST cuts, PostgreSQL's rounds)."""
_PER_DAY = (
    f"SELECT ({_FLOOR_AT} - ?) / 86400 AS day, COUNT(*) AS searches, "  # noqa: S608 - constants
    "COALESCE(SUM(api_calls), 0) AS api_calls, COALESCE(SUM(cached), 0) AS cache_hits, "
    "SUM(CASE WHEN top_match IS NULL THEN 0 ELSE 1 END) AS matched "
    "FROM search_history WHERE {where} AND at >= ? GROUP BY 1 ORDER BY 1"
)
_EVIDENCE_TOTALS = (
    "SELECT COALESCE(SUM(details), 0) AS details, COALESCE(SUM(keyframes), 0) AS keyframes "
    "FROM evidence_calls WHERE guild_id = ? AND at >= ?"
)


def _record(row: Row) -> SearchRecord:
    return SearchRecord(
        guild_id=row["guild_id"],
        channel_id=row["channel_id"],
        user_id=row["user_id"],
        at=row["at"],
        kind=SearchKind(row["kind"]),
        images=row["images"],
        top_match=row["top_match"],
        cached=bool(row["cached"]),
        api_calls=row["api_calls"],
        message_id=row["message_id"],
        seen_before=row["seen_before"],
        seen_link=row["seen_link"],
        best=_best(row),
    )


def _best(row: Row) -> BestMatch | None:
    """The best match's parts; None for a row recorded before they were kept (migration 0015),
    or naming a library this bot does not know."""
    if row["match_library"] not in {library.value for library in Library}:
        return None
    return BestMatch(Library(row["match_library"]), row["match_score"], row["match_title"] or "")


def _best_values(best: BestMatch | None) -> tuple[str | None, float | None, str | None]:
    if best is None:
        return None, None, None
    return best.library.value, best.score, best.title


def _day_counts(row: Row) -> DayCounts:
    counts = (row["searches"], row["api_calls"], row["cache_hits"], row["matched"])
    return DayCounts(int(row["day"]), *(int(n) for n in counts))


def _filter(guild_id: int, user_id: int | None) -> tuple[str, tuple[int, ...]]:
    if user_id is None:
        return "guild_id = ?", (guild_id,)
    return "guild_id = ? AND user_id = ?", (guild_id, user_id)


class SqliteSearchHistory:
    """`SearchHistory` on the bot's database."""

    def __init__(self, database: Database) -> None:
        self.database = database

    async def add(self, record: SearchRecord) -> None:
        r = record
        params = (r.guild_id, r.channel_id, r.user_id, r.at, r.kind.value, r.images)
        found = (r.top_match, int(r.cached), r.api_calls, r.message_id, r.seen_before, r.seen_link)
        await self.database.execute(_ADD, (*params, *found, *_best_values(r.best)))

    async def recent(
        self, guild_id: int, *, user_id: int | None = None, limit: int, offset: int = 0
    ) -> list[SearchRecord]:
        where, params = _filter(guild_id, user_id)
        rows = await self.database.fetch_all(
            f"SELECT {_COLUMNS} FROM search_history WHERE {where} "  # noqa: S608 - constants
            "ORDER BY at DESC, id DESC LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
        return [_record(row) for row in rows]

    async def count(self, guild_id: int, *, user_id: int | None = None) -> int:
        where, params = _filter(guild_id, user_id)
        row = await self.database.fetch_one(
            f"SELECT COUNT(*) FROM search_history WHERE {where}",  # noqa: S608 - constants
            params,
        )
        return int(row[0]) if row else 0

    async def totals(self, guild_id: int, *, since: float) -> UsageTotals:
        row = await self.database.fetch_one(_TOTALS, (guild_id, since))
        calls = await self.database.fetch_one(_EVIDENCE_TOTALS, (guild_id, since))
        if row is None:
            return UsageTotals()
        searched = (int(row["searches"]), int(row["api_calls"]), int(row["cache_hits"]))
        evidence = (int(calls["details"]), int(calls["keyframes"])) if calls else (0, 0)
        return UsageTotals(*searched, *evidence)

    async def per_day(
        self, guild_id: int, *, user_id: int | None = None, since: float
    ) -> list[DayCounts]:
        where, params = _filter(guild_id, user_id)
        rows = await self.database.fetch_all(
            _PER_DAY.format(where=where), (int(since), *params, since)
        )
        return [_day_counts(row) for row in rows]

    async def add_evidence_calls(
        self, guild_id: int, at: float, *, details: int, keyframes: int
    ) -> None:
        await self.database.execute(
            "INSERT INTO evidence_calls (guild_id, at, details, keyframes) VALUES (?, ?, ?, ?)",
            (guild_id, at, details, keyframes),
        )

    async def purge_before(self, at: float) -> int:
        await self.database.execute("DELETE FROM evidence_calls WHERE at < ?", (at,))
        return await self.database.execute("DELETE FROM search_history WHERE at < ?", (at,))
