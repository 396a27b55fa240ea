"""Turning raw API hits into ranked video matches.

The API returns hits unsorted, several per video (keyframes seconds apart), and has no limit
parameter. Here hits become one match per video, with its matched moments merged into time ranges,
ranked by best similarity. Imports nothing from discord.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from bot.core.hits import Hit, KeyframeRef, best_keyframe
from bot.core.scope import Library

MOMENT_MERGE_GAP_SECONDS = 2.0
"""Hits closer than this to the previous moment extend it instead of starting a new one."""


@dataclass(frozen=True)
class Moment:
    """A stretch of a video that matched: from `start` to `end` seconds (either may be unknown)."""

    start: float | None
    end: float | None
    score: float


@dataclass(frozen=True)
class FrameLink:
    """A still taken `clip_seconds` into the user's clip matched the source at `source_seconds`."""

    clip_seconds: float
    source_seconds: float | None
    score: float

    @property
    def offset(self) -> float | None:
        """Where the clip starts in the source, by this still (None when the time is unknown)."""
        return None if self.source_seconds is None else self.source_seconds - self.clip_seconds


@dataclass(frozen=True)
class VideoMatch:
    """One video that matched the query image, with every moment of it that matched.

    For a clip (GIF or video), `frame_links` says which stills matched where, and
    `consistent_frames` how many of them keep the clip's own timing (see `core.clip_ranking`).
    """

    library: Library
    video_no: str
    title: str
    score: float
    moments: tuple[Moment, ...]
    frame_links: tuple[FrameLink, ...] = ()
    consistent_frames: int = 0
    keyframe: KeyframeRef | None = None
    """The matched keyframe of the best hit that named one (for the side-by-side picture)."""

    @property
    def best_moment(self) -> Moment:
        return max(self.moments, key=lambda moment: moment.score)


def _can_extend(moment: Moment, hit: Hit) -> bool:
    if moment.start is None or hit.start_seconds is None:
        return False
    reach = moment.end if moment.end is not None else moment.start
    return hit.start_seconds - reach <= MOMENT_MERGE_GAP_SECONDS


def _extend(moment: Moment, hit: Hit) -> Moment:
    ends = [
        value for value in (moment.end, hit.end_seconds, hit.start_seconds) if value is not None
    ]
    return Moment(moment.start, max(ends), max(moment.score, hit.score))


def merge_moments(hits: Iterable[Hit]) -> tuple[Moment, ...]:
    """Hits of one video, in time order, folded into non-overlapping moments."""
    ordered = sorted(hits, key=lambda hit: (hit.start_seconds is None, hit.start_seconds or 0.0))
    moments: list[Moment] = []
    for hit in ordered:
        if moments and _can_extend(moments[-1], hit):
            moments[-1] = _extend(moments[-1], hit)
        else:
            moments.append(Moment(hit.start_seconds, hit.end_seconds, hit.score))
    return tuple(moments)


def _group_by_video(library: Library, hits: Iterable[Hit]) -> list[VideoMatch]:
    groups: dict[str, list[Hit]] = {}
    for hit in hits:
        groups.setdefault(hit.video_no, []).append(hit)
    return [_match_from_group(library, video_hits) for video_hits in groups.values()]


def _match_from_group(library: Library, hits: Sequence[Hit]) -> VideoMatch:
    titled = next((hit.video_name for hit in hits if hit.video_name.strip()), "")
    best = max(hit.score for hit in hits)
    return VideoMatch(
        library, hits[0].video_no, titled, best, merge_moments(hits), keyframe=best_keyframe(hits)
    )


def _rank_key(match: VideoMatch) -> tuple[float, int, str]:
    return (-match.score, -len(match.moments), match.video_no)


def rank_matches(hits_by_library: Mapping[Library, Iterable[Hit]]) -> list[VideoMatch]:
    """Every video found, best first (ties: more matched moments first, then by id, so the order
    is stable whatever order the API sent)."""
    matches = [
        match
        for library, hits in hits_by_library.items()
        for match in _group_by_video(library, hits)
    ]
    return sorted(matches, key=_rank_key)
