"""A GIF or short video given as a query: the stills sampled from it, each a checked image.

The media adapter decodes the clip (`bot.media.frames`); the core only sees the stills and when
they were taken, searches each, and merges the results (`bot.core.evidence.clip_ranking`).
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from bot.core.images.image_check import CheckedImage

CLIP_EXTENSIONS = frozenset({".mp4", ".m4v", ".mov", ".qt", ".webm"})
CLIP_MEDIA_TYPES = frozenset({"video/mp4", "video/quicktime", "video/webm", "video/x-m4v"})


@dataclass(frozen=True)
class ClipFrame:
    """One still of the user's clip, `at_seconds` into it."""

    at_seconds: float
    image: CheckedImage


@dataclass(frozen=True)
class LoadedClip:
    """The stills of a clip, in clip order, ready to search."""

    frames: tuple[ClipFrame, ...]
    source_name: str

    def frame_at(self, seconds: float) -> ClipFrame:
        """The still taken closest to `seconds` into the clip."""
        return min(self.frames, key=lambda frame: abs(frame.at_seconds - seconds))


def declared_clip(name: str, content_type: str | None) -> bool:
    """Whether the declared type or name says "a video we can sample" (MP4, MOV, WebM)."""
    media_type = (content_type or "").split(";")[0].strip().lower()
    if media_type in CLIP_MEDIA_TYPES:
        return True
    extension = posixpath.splitext(name.split("?", maxsplit=1)[0].lower())[1]
    return not media_type and extension in CLIP_EXTENSIONS
