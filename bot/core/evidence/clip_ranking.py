"""Merging the searches of several stills of one clip (a GIF or a short video) per video.

Each sampled still was searched on its own. A source video that matches several stills at moments
keeping the clip's own timing (a still 2 s later in the clip matched about 2 s later in the video)
is very likely the source; one that matches a single still, or several at unrelated moments, is
weaker evidence. So videos are ranked first by how many stills they match consistently, then by
best similarity. Each match keeps its `FrameLink`s: which moment of the clip matched which moment
of the source, for the answer to show.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from bot.core.hits import Hit, best_keyframe
from bot.core.ranking import FrameLink, VideoMatch, merge_moments
from bot.core.scope import Library

TIMING_TOLERANCE_SECONDS = 2.5
"""How far the offset (source moment minus clip moment) of two stills may differ and still count
as the same playback: keyframes are about a second apart, and a repost may be trimmed or sped up a
little."""


@dataclass(frozen=True)
class FrameHits:
    """What one sampled still (taken `at_seconds` into the clip) found, per library."""

    at_seconds: float
    hits: Mapping[Library, Sequence[Hit]]


@dataclass
class _VideoEvidence:
    library: Library
    hits: list[Hit]
    links: list[FrameLink]


def _best_link(at_seconds: float, hits: Sequence[Hit]) -> FrameLink:
    best = max(hits, key=lambda hit: hit.score)
    return FrameLink(at_seconds, best.start_seconds, best.score)


def _collect(frames: Iterable[FrameHits]) -> dict[str, _VideoEvidence]:
    evidence: dict[str, _VideoEvidence] = {}
    for frame in frames:
        for library, hits in frame.hits.items():
            by_video: dict[str, list[Hit]] = {}
            for hit in hits:
                by_video.setdefault(hit.video_no, []).append(hit)
            for video_no, video_hits in by_video.items():
                entry = evidence.setdefault(video_no, _VideoEvidence(library, [], []))
                entry.hits.extend(video_hits)
                entry.links.append(_best_link(frame.at_seconds, video_hits))
    return evidence


def consistent_links(links: Sequence[FrameLink]) -> tuple[FrameLink, ...]:
    """The largest set of links sharing one offset (within the tolerance), in clip order.

    Ties go to the set with the higher total similarity. Links without a source time can only
    stand alone.
    """
    best: tuple[FrameLink, ...] = ()
    for anchor in links:
        group = tuple(link for link in links if _same_playback(anchor, link)) or (anchor,)
        if (len(group), _total(group)) > (len(best), _total(best)):
            best = group
    return tuple(sorted(best, key=lambda link: link.clip_seconds))


def _same_playback(anchor: FrameLink, link: FrameLink) -> bool:
    if anchor.offset is None or link.offset is None:
        return link is anchor
    return abs(anchor.offset - link.offset) <= TIMING_TOLERANCE_SECONDS


def _total(links: Iterable[FrameLink]) -> float:
    return sum(link.score for link in links)


def _match(video_no: str, evidence: _VideoEvidence) -> VideoMatch:
    titled = next((hit.video_name for hit in evidence.hits if hit.video_name.strip()), "")
    links = tuple(sorted(evidence.links, key=lambda link: link.clip_seconds))
    match = VideoMatch(
        evidence.library,
        video_no,
        titled,
        max(hit.score for hit in evidence.hits),
        merge_moments(evidence.hits),
    )
    return replace(
        match,
        frame_links=links,
        consistent_frames=len(consistent_links(links)),
        keyframe=best_keyframe(evidence.hits),
    )


def _rank_key(match: VideoMatch) -> tuple[int, float, int, str]:
    return (-match.consistent_frames, -match.score, -len(match.frame_links), match.video_no)


def rank_clip_matches(frames: Iterable[FrameHits]) -> list[VideoMatch]:
    """One match per video over all stills, best evidence first (see the module's doc)."""
    matches = [_match(video_no, entry) for video_no, entry in _collect(frames).items()]
    return sorted(matches, key=_rank_key)
