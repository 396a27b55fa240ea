"""A search hit as the core sees it: one matching moment of one video.

Adapters (the memories.ai client) parse their own wire format into these; the ranking and the
renderers only ever see `Hit`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Hit:
    """One matching moment of one video; a video matching at several moments gives several hits."""

    video_no: str
    video_name: str
    score: float
    start_seconds: float | None
    end_seconds: float | None
    keyframe_bucket: str | None = None
    keyframe_blob: str | None = None

    @property
    def keyframe(self) -> KeyframeRef | None:
        """Where the matched keyframe is stored, when the API said (newer answers only)."""
        if self.keyframe_bucket and self.keyframe_blob:
            return KeyframeRef(self.keyframe_bucket, self.keyframe_blob)
        return None


@dataclass(frozen=True)
class KeyframeRef:
    """A stored keyframe: downloadable from the API by bucket and blob (`GET download`)."""

    bucket: str
    blob: str


def best_keyframe(hits: Iterable[Hit]) -> KeyframeRef | None:
    """The keyframe of the best-scoring hit that has one."""
    framed = [hit for hit in hits if hit.keyframe is not None]
    return max(framed, key=lambda hit: hit.score).keyframe if framed else None
