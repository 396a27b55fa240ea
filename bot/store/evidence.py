"""Video details (for good) and downloaded keyframes (the newest `keyframe_limit`) in SQLite."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime

from bot.core.evidence.video_details import VideoDetail
from bot.core.hits import KeyframeRef
from bot.store.database import Database

_SAVE_DETAIL = (
    "INSERT OR REPLACE INTO video_details "
    "(video_no, url, creator, published, duration, views, likes, fetched_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_SAVE_KEYFRAME = (
    "INSERT OR REPLACE INTO keyframes (bucket, blob, data, stored_at) VALUES (?, ?, ?, ?)"
)
_TRIM_KEYFRAMES = (
    "DELETE FROM keyframes WHERE rowid NOT IN "
    "(SELECT rowid FROM keyframes ORDER BY stored_at DESC LIMIT ?)"
)


def _detail(row: sqlite3.Row) -> VideoDetail:
    published = row["published"]
    return VideoDetail(
        video_no=row["video_no"],
        url=row["url"],
        creator=row["creator"],
        published=datetime.fromisoformat(published) if published else None,
        duration_seconds=row["duration"],
        views=row["views"],
        likes=row["likes"],
    )


class SqliteEvidenceStore:
    """`EvidenceStore` on the bot's database."""

    def __init__(
        self,
        database: Database,
        *,
        keyframe_limit: int,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.database = database
        self.keyframe_limit = keyframe_limit
        self._clock = clock

    async def detail(self, video_no: str) -> VideoDetail | None:
        row = await self.database.fetch_one(
            "SELECT * FROM video_details WHERE video_no = ?", (video_no,)
        )
        return None if row is None else _detail(row)

    async def save_detail(self, detail: VideoDetail) -> None:
        published = detail.published.isoformat() if detail.published else None
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        values = (detail.url, detail.creator, published, detail.duration_seconds)
        await self.database.execute(
            _SAVE_DETAIL, (detail.video_no, *values, detail.views, detail.likes, stamp)
        )

    async def keyframe(self, ref: KeyframeRef) -> bytes | None:
        row = await self.database.fetch_one(
            "SELECT data FROM keyframes WHERE bucket = ? AND blob = ?", (ref.bucket, ref.blob)
        )
        return None if row is None else bytes(row["data"])

    async def save_keyframe(self, ref: KeyframeRef, data: bytes) -> None:
        if self.keyframe_limit <= 0:
            return
        async with self.database.transaction() as connection:
            await connection.execute(_SAVE_KEYFRAME, (ref.bucket, ref.blob, data, self._clock()))
            await connection.execute(_TRIM_KEYFRAMES, (self.keyframe_limit,))
