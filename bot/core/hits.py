"""A search hit as the core sees it: one matching moment of one video.

Adapters (the memories.ai client) parse their own wire format into these; the ranking and the
renderers only ever see `Hit`.
"""

from __future__ import annotations

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
