"""Parsing `get_public_video_detail`'s answer into a `VideoDetail`, trusting no field's type.

The endpoint is known from a real 2025 run, not from the docs: `data` carried `video_url`,
`blogger_id`, `duration`, `publish_time` and view/like counts. Names and types are read
defensively (a count may be a string, a date an epoch in seconds or milliseconds or a text date);
a field that cannot be understood is left unknown rather than failing the answer. The link is
kept only as `bot.core.link_policy` rebuilds it: a page of a platform's own site, or nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

from bot.core.evidence.video_details import VideoDetail
from bot.core.link_policy import video_link
from bot.memories.models import parse_number

_EPOCH_MS_THRESHOLD = 100_000_000_000
"""Epoch values above this are milliseconds (in seconds it would be the year 5138)."""
_DATE_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d")
VIEW_KEYS = ("view_count", "views", "play_count", "viewCount")
LIKE_KEYS = ("like_count", "likes", "digg_count", "likeCount")


def parse_video_detail(video_no: str, data: object) -> VideoDetail:
    """The detail in an envelope's `data` (an object); anything unreadable becomes unknown."""
    fields = data if isinstance(data, Mapping) else {}
    return VideoDetail(
        video_no=video_no,
        url=video_link(_text(fields.get("video_url"))),
        creator=_text(fields.get("blogger_id")),
        published=parse_publish_time(fields.get("publish_time")),
        duration_seconds=_number(fields.get("duration")),
        views=_first_count(fields, VIEW_KEYS),
        likes=_first_count(fields, LIKE_KEYS),
    )


def parse_publish_time(value: object) -> datetime | None:
    """A UTC datetime from epoch seconds/milliseconds (number or digits) or a text date."""
    number = _number(value)
    if number is not None and number > 0:
        seconds = number / 1000 if number > _EPOCH_MS_THRESHOLD else number
        try:
            return datetime.fromtimestamp(seconds, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
    return _parse_text_date(value) if isinstance(value, str) else None


def _parse_text_date(text: str) -> datetime | None:
    cleaned = text.strip().replace("Z", "+00:00")
    parsed: datetime | None
    try:
        parsed = datetime.fromisoformat(cleaned)
    except ValueError:
        parsed = next(filter(None, (_strptime(cleaned, form) for form in _DATE_FORMATS)), None)
    if parsed is None:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _strptime(text: str, form: str) -> datetime | None:
    try:
        return datetime.strptime(text, form)  # made UTC by the caller
    except ValueError:
        return None


def _text(value: object) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value.strip() if isinstance(value, str) and value.strip() else None


def _number(value: object) -> float | None:
    """A finite, non-negative number (`parse_number`), or None."""
    number = parse_number(value)
    return number if number is not None and number >= 0 else None


def _first_count(fields: Mapping[str, object], keys: tuple[str, ...]) -> int | None:
    for key in keys:
        number = _number(fields.get(key))
        if number is not None:
            return int(number)
    return None
