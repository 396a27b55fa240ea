"""Watched channels in the database: the watch list, seen images, "not a repost" verdicts, alerts.

The watch list is read on every message posted in a server, so it is also kept in memory
(loaded once, written through).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta

from bot.core.hits import KeyframeRef
from bot.core.ranking import Moment, VideoMatch
from bot.core.scope import Library, SearchScope
from bot.core.watch.watch_model import (
    AlertVerdict,
    RepostAlert,
    StoredAlert,
    Watch,
    WatchAction,
)
from bot.store.database import Database, DatabaseUnreachableError, Row


def _watch(row: Row) -> Watch:
    return Watch(
        guild_id=int(row["guild_id"]),
        channel_id=int(row["channel_id"]),
        scope=SearchScope(row["platform"]),
        min_match=int(row["min_match"]),
        action=WatchAction(row["action"]),
        confirm_replies=bool(row["confirm_replies"]),
        try_mirrored=bool(row["try_mirrored"]),
        local_only=bool(row["local_only"]),
    )


SHARED_LIST_REFRESH_SECONDS = 10.0
"""How stale the watch list may be when other processes share the database (PostgreSQL): a watch
added or removed through one process is in force in every other within this."""


class SqliteWatchList:
    """`WatchList` on the bot's database, cached in memory (and re-read now and then when the
    database is shared; while it is unreachable, the last list read stays in force)."""

    def __init__(self, database: Database, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._database = database
        self._cache: dict[tuple[int, int], Watch] | None = None
        self._clock = clock
        self._read_at = 0.0
        shared = database.engine == "postgresql"
        self._refresh = SHARED_LIST_REFRESH_SECONDS if shared else None

    async def _watches(self) -> dict[tuple[int, int], Watch]:
        stale = self._refresh is not None and self._clock() - self._read_at >= self._refresh
        if self._cache is None or stale:
            try:
                rows = await self._database.fetch_all("SELECT * FROM watched_channels")
            except DatabaseUnreachableError:
                if self._cache is None:
                    raise
                return self._cache
            self._cache = {(w.guild_id, w.channel_id): w for w in map(_watch, rows)}
            self._read_at = self._clock()
        return self._cache

    async def watch_of(self, guild_id: int, channel_id: int) -> Watch | None:
        return (await self._watches()).get((guild_id, channel_id))

    async def watches_of(self, guild_id: int) -> list[Watch]:
        watches = (await self._watches()).values()
        return sorted((w for w in watches if w.guild_id == guild_id), key=lambda w: w.channel_id)

    async def add(self, watch: Watch) -> None:
        await self._database.execute(
            "INSERT INTO watched_channels"
            " (guild_id, channel_id, platform, min_match, action, confirm_replies, try_mirrored,"
            " local_only) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (guild_id, channel_id) DO UPDATE SET platform = excluded.platform,"
            " min_match = excluded.min_match, action = excluded.action,"
            " confirm_replies = excluded.confirm_replies, try_mirrored = excluded.try_mirrored,"
            " local_only = excluded.local_only",
            (
                watch.guild_id,
                watch.channel_id,
                watch.scope.value,
                watch.min_match,
                watch.action,
                int(watch.confirm_replies),
                int(watch.try_mirrored),
                int(watch.local_only),
            ),
        )
        (await self._watches())[watch.guild_id, watch.channel_id] = watch

    async def remove(self, guild_id: int, channel_id: int) -> bool:
        await self._database.execute(
            "DELETE FROM watched_channels WHERE guild_id = ? AND channel_id = ?",
            (guild_id, channel_id),
        )
        return (await self._watches()).pop((guild_id, channel_id), None) is not None


class SqliteSeenImages:
    """`SeenImages`: per server, image and watch options, the matches the API found."""

    def __init__(self, database: Database) -> None:
        self._database = database

    async def matches_of(self, guild_id: int, sha256: str, watch: Watch) -> list[VideoMatch] | None:
        row = await self._database.fetch_one(
            "SELECT matches FROM watch_seen_images"
            " WHERE guild_id = ? AND sha256 = ? AND platform = ? AND min_match = ?",
            (guild_id, sha256, watch.scope.value, watch.min_match),
        )
        return None if row is None else matches_from_json(str(row["matches"]))

    async def remember(
        self, guild_id: int, sha256: str, watch: Watch, matches: Sequence[VideoMatch]
    ) -> None:
        await self._database.execute(
            "INSERT INTO watch_seen_images"
            " (guild_id, sha256, platform, min_match, matches, seen_at) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (guild_id, sha256, platform, min_match)"
            " DO UPDATE SET matches = excluded.matches, seen_at = excluded.seen_at",
            (guild_id, sha256, watch.scope.value, watch.min_match, matches_to_json(matches), now()),
        )


def matches_to_json(matches: Sequence[VideoMatch]) -> str:
    return json.dumps(
        [
            {
                "library": m.library.value,
                "video_no": m.video_no,
                "title": m.title,
                "score": m.score,
                "moments": [[x.start, x.end, x.score] for x in m.moments],
                "keyframe": [m.keyframe.bucket, m.keyframe.blob] if m.keyframe else None,
            }
            for m in matches
        ]
    )


def matches_from_json(text: str) -> list[VideoMatch]:
    return [
        VideoMatch(
            library=Library(m["library"]),
            video_no=str(m["video_no"]),
            title=str(m["title"]),
            score=float(m["score"]),
            moments=tuple(Moment(start, end, score) for start, end, score in m["moments"]),
            keyframe=KeyframeRef(*m["keyframe"]) if m.get("keyframe") else None,
        )
        for m in json.loads(text)
    ]


class SqliteFalsePositives:
    """`FalsePositives`: (image, video) pairs a moderator marked "not a repost"."""

    def __init__(self, database: Database) -> None:
        self._database = database

    async def mark(self, guild_id: int, sha256: str, video_key: str) -> None:
        await self._database.execute(
            "INSERT INTO watch_false_positives (guild_id, sha256, video_key)"
            " VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            (guild_id, sha256, video_key),
        )

    async def is_marked(self, guild_id: int, sha256: str, video_key: str) -> bool:
        row = await self._database.fetch_one(
            "SELECT 1 FROM watch_false_positives"
            " WHERE guild_id = ? AND sha256 = ? AND video_key = ?",
            (guild_id, sha256, video_key),
        )
        return row is not None


_ALERTS_PER_DAY = (
    "SELECT substr(created_at, 1, 10) AS day, COUNT(*) AS n FROM watch_alerts"
    " WHERE guild_id = ?{who} AND created_at >= ? GROUP BY 1"
)
"""Alerts per UTC day: `created_at` is `YYYY-MM-DD HH:MM:SS` text on both engines."""


class SqliteAlertLog:
    """`AlertLog`: alerts by id, so their buttons work after a restart."""

    def __init__(self, database: Database) -> None:
        self._database = database

    async def record(self, alert: RepostAlert) -> int:
        message = alert.check.message
        where = (message.guild_id, message.channel_id, message.message_id)
        row = await self._database.fetch_one(
            "INSERT INTO watch_alerts"
            " (guild_id, channel_id, message_id, sha256, video_key, author_id)"
            " VALUES (?, ?, ?, ?, ?, ?) RETURNING alert_id",
            (*where, alert.digest, alert.video_key, message.author_id),
        )
        return int(row[0]) if row else 0

    async def alert(self, alert_id: int) -> StoredAlert | None:
        row = await self._database.fetch_one(
            "SELECT * FROM watch_alerts WHERE alert_id = ?", (alert_id,)
        )
        return None if row is None else _stored_alert(row)

    async def alert_on(self, guild_id: int, channel_id: int, message_id: int) -> StoredAlert | None:
        row = await self._database.fetch_one(
            "SELECT * FROM watch_alerts WHERE guild_id = ? AND channel_id = ? AND message_id = ?"
            " ORDER BY alert_id LIMIT 1",
            (guild_id, channel_id, message_id),
        )
        return None if row is None else _stored_alert(row)

    async def note_posted(self, alert_id: int, channel_id: int, message_id: int) -> None:
        await self._database.execute(
            "UPDATE watch_alerts SET alert_channel_id = ?, alert_message_id = ? WHERE alert_id = ?",
            (channel_id, message_id, alert_id),
        )

    async def note_reply(
        self, alert_id: int, reply_message_id: int | None, held: str | None
    ) -> None:
        await self._database.execute(
            "UPDATE watch_alerts SET reply_message_id = ?, held_reply = ? WHERE alert_id = ?",
            (reply_message_id, held, alert_id),
        )

    async def close(self, alert_id: int, verdict: AlertVerdict | None) -> None:
        await self._database.execute(
            "UPDATE watch_alerts SET verdict = ? WHERE alert_id = ?",
            (None if verdict is None else verdict.value, alert_id),
        )

    async def open_alerts_on(self, channel_id: int, message_id: int) -> list[StoredAlert]:
        rows = await self._database.fetch_all(
            "SELECT * FROM watch_alerts"
            " WHERE channel_id = ? AND message_id = ? AND verdict IS NULL ORDER BY alert_id",
            (channel_id, message_id),
        )
        return [_stored_alert(row) for row in rows]

    async def alerts_this_week(self, guild_id: int, author_id: int, now: float) -> int:
        since = datetime.fromtimestamp(now - WEEK_SECONDS, UTC).strftime("%Y-%m-%d %H:%M:%S")
        row = await self._database.fetch_one(
            "SELECT COUNT(*) AS n FROM watch_alerts"
            " WHERE guild_id = ? AND author_id = ? AND created_at >= ?",
            (guild_id, author_id, since),
        )
        return 0 if row is None else int(row["n"])

    async def alerts_per_day(
        self, guild_id: int, *, author_id: int | None = None, since: date
    ) -> dict[date, int]:
        who, params = ("", ()) if author_id is None else (" AND author_id = ?", (author_id,))
        query = _ALERTS_PER_DAY.format(who=who)
        rows = await self._database.fetch_all(query, (guild_id, *params, since.isoformat()))
        return {date.fromisoformat(str(row["day"])): int(row["n"]) for row in rows}


WEEK_SECONDS = 7 * 24 * 3600


def _optional_id(value: object) -> int | None:
    return None if value is None else int(str(value))


def _stored_alert(row: Row) -> StoredAlert:
    return StoredAlert(
        alert_id=int(row["alert_id"]),
        guild_id=int(row["guild_id"]),
        channel_id=int(row["channel_id"]),
        message_id=int(row["message_id"]),
        sha256=str(row["sha256"]),
        video_key=str(row["video_key"]),
        author_id=_optional_id(row["author_id"]),
        alert_channel_id=_optional_id(row["alert_channel_id"]),
        alert_message_id=_optional_id(row["alert_message_id"]),
        reply_message_id=_optional_id(row["reply_message_id"]),
        held_reply=None if row["held_reply"] is None else str(row["held_reply"]),
        verdict=None if row["verdict"] is None else str(row["verdict"]),
    )


class SqliteWatchCounts:
    """`WatchCounts`: named counters per server, channel and day."""

    def __init__(self, database: Database) -> None:
        self._database = database

    async def add(self, guild_id: int, channel_id: int, day: str, name: str, n: int) -> None:
        await self._database.execute(
            "INSERT INTO watch_daily_counts (guild_id, channel_id, day, name, count)"
            " VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (guild_id, channel_id, day, name)"
            " DO UPDATE SET count = watch_daily_counts.count + excluded.count",
            (guild_id, channel_id, day, name, n),
        )

    async def of_channel(self, guild_id: int, channel_id: int, day: str) -> dict[str, int]:
        rows = await self._database.fetch_all(
            "SELECT name, count FROM watch_daily_counts"
            " WHERE guild_id = ? AND channel_id = ? AND day = ?",
            (guild_id, channel_id, day),
        )
        return {str(row["name"]): int(row["count"]) for row in rows}

    async def of_server(self, guild_id: int, day: str) -> dict[str, int]:
        rows = await self._database.fetch_all(
            "SELECT name, SUM(count) AS total FROM watch_daily_counts"
            " WHERE guild_id = ? AND day = ? GROUP BY name",
            (guild_id, day),
        )
        return {str(row["name"]): int(row["total"]) for row in rows}


SEEN_DAYS, ALERT_DAYS = 30, 90
"""How long a seen image's matches (a repeat is free) and an alert's buttons are kept."""


def now(days_ago: int = 0) -> str:
    """UTC time as the watch tables keep it (`YYYY-MM-DD HH:MM:SS`, SQLite's `datetime('now')`)."""
    return (datetime.now(UTC) - timedelta(days=days_ago)).strftime("%Y-%m-%d %H:%M:%S")


async def sweep_watch_tables(database: Database, today: str) -> None:
    """Forget old counts (before `today`), seen images and alerts; "not a repost" stays."""
    await database.execute("DELETE FROM watch_daily_counts WHERE day < ?", (today,))
    await database.execute("DELETE FROM watch_seen_images WHERE seen_at < ?", (now(SEEN_DAYS),))
    await database.execute("DELETE FROM watch_alerts WHERE created_at < ?", (now(ALERT_DAYS),))
