"""What is known about a public video's page: its link, creator, publish date, counts.

memories.ai's `get_public_video_detail` is best effort (missing from the current docs), so every
field but the video number may be unknown. A video's page does not change: details are kept for
good once fetched. Pure data and rules; the memories adapter parses the wire format into these.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class VideoDetail:
    """The page of one public video; `None` fields were not in the API's answer."""

    video_no: str
    url: str | None = None
    """The page as `bot.core.link_policy` rebuilt it (None: not a platform's own page)."""
    creator: str | None = None
    published: datetime | None = None
    duration_seconds: float | None = None
    views: int | None = None
    likes: int | None = None
