"""Video details (for good) and downloaded keyframes (the newest `keyframe_limit`), in the
database."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

from bot.core.evidence.video_details import VideoDetail
from bot.core.hits import KeyframeRef
from bot.store.database import Database, Row

_DETAIL_COLUMNS = ("url", "creator", "published", "duration", "views", "likes", "fetched_at")
_SAVE_DETAIL = (
    f"INSERT INTO video_details (video_no, {', '.join(_DETAIL_COLUMNS)}) "  # noqa: S608 - constants
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (video_no) DO UPDATE SET "
    + ", ".join(f"{name} = excluded.{name}" for name in _DETAIL_COLUMNS)
)
_SAVE_KEYFRAME = (
    "INSERT INTO keyframes (bucket, blob, data, stored_at) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (bucket, blob) DO UPDATE SET data = excluded.data, stored_at = excluded.stored_at"
)
_TRIM_KEYFRAMES = (
    "DELETE FROM keyframes WHERE (bucket, blob) NOT IN "
    "(SELECT bucket, blob FROM keyframes ORDER BY stored_at DESC LIMIT ?)"
)


def _detail(row: Row) -> VideoDetail:
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
        async with self.database.transaction() as transaction:
            await transaction.execute(_SAVE_KEYFRAME, (ref.bucket, ref.blob, data, self._clock()))
            await transaction.execute(_TRIM_KEYFRAMES, (self.keyframe_limit,))
