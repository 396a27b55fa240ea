"""What goes to memories.ai and what comes back, parsed defensively.

The API's answers are loosely typed and not fully documented (times as strings, the literal "null",
numbers as strings, `data` sometimes null), so parsing never trusts a field's type: a hit that
cannot be understood is skipped and logged, never allowed to break the whole search.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping
from dataclasses import dataclass

from bot.core.hits import Hit
from bot.core.images.image_bytes import ImageBytes, MemoryImageBytes
from bot.core.scope import NAMESPACE_PATTERN

_log = logging.getLogger(__name__)

MAX_IMAGE_BYTES = 20 * 1024 * 1024
SUCCESS_CODE = "0000"
UNIQUE_ID_PATTERN = NAMESPACE_PATTERN


@dataclass(frozen=True)
class ImageUpload:
    """The query image as it will be uploaded: the first `length` bytes of `data` (all of them
    when `length` is None). `data` is bytes, or an image's `ImageBytes` (memory or spool file),
    streamed from where it is at send time."""

    filename: str
    content_type: str
    data: bytes | ImageBytes
    length: int | None = None

    @property
    def size(self) -> int:
        """How many bytes will be sent."""
        whole = len(self.data) if isinstance(self.data, bytes) else self.data.size
        return whole if self.length is None else min(whole, self.length)

    @property
    def content(self) -> ImageBytes:
        return MemoryImageBytes(self.data) if isinstance(self.data, bytes) else self.data

    def __repr__(self) -> str:
        return (
            f"ImageUpload(filename={self.filename!r}, content_type={self.content_type!r}, "
            f"size={self.size})"
        )


def normalise_code(code: object) -> str | None:
    """The envelope's `code` as a 4-character string ("0429" from "0429", "429" or 429), or None.

    v1 sends strings, the sibling v2 API sends integers; both must mean the same thing here.
    """
    if isinstance(code, bool):
        return None
    if isinstance(code, int) and code >= 0:
        return str(code).zfill(4)
    if isinstance(code, str) and code.strip():
        return code.strip().zfill(4)
    return None


def parse_hits(data: object) -> list[Hit]:
    """The hits in an envelope's `data`, in the order received; unusable entries are skipped."""
    if not isinstance(data, list):
        if data is not None:
            _log.debug("memories.ai data is a %s, not a list; treating it as no hits", type(data))
        return []
    hits = (_parse_hit(item) for item in data)
    return [hit for hit in hits if hit is not None]


def _parse_hit(item: object) -> Hit | None:
    if not isinstance(item, Mapping):
        _log.debug("skipping a memories.ai hit that is not an object: %r", item)
        return None
    video_no, score = item.get("videoNo"), _parse_score(item.get("score"))
    if not isinstance(video_no, str) or not video_no or score is None:
        _log.debug("skipping a memories.ai hit without a usable videoNo or score: %r", item)
        return None
    name = item.get("videoName")
    return Hit(
        video_no=video_no,
        video_name=name if isinstance(name, str) else "",
        score=score,
        start_seconds=_parse_seconds(item.get("startTime")),
        end_seconds=_parse_seconds(item.get("endTime")),
        keyframe_bucket=_optional_text(item.get("keyframe_bucket")),
        keyframe_blob=_optional_text(item.get("keyframe_blob")),
    )


def parse_number(value: object) -> float | None:
    """A finite float from a JSON number or a numeric string; None for anything else."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _parse_score(value: object) -> float | None:
    number = parse_number(value)
    return None if number is None else min(max(number, 0.0), 1.0)


def _parse_seconds(value: object) -> float | None:
    """Seconds from "79", "79.5" or 79; None for missing, "", "null" or nonsense."""
    if isinstance(value, str) and value.strip().lower() in {"", "null", "none"}:
        return None
    number = parse_number(value)
    return number if number is not None and number >= 0 else None


def _optional_text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
