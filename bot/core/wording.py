"""Sentences shared by every renderer, so Discord and the terminal say the same thing."""

from __future__ import annotations

import math

from bot.core.evidence.video_details import VideoDetail
from bot.core.ranking import FrameLink, Moment, VideoMatch
from bot.core.request import QueryOutcome
from bot.core.scope import Library
from bot.core.text import untrusted_inline
from bot.core.timestamps import format_position, format_span

MOMENTS_SHOWN = 4


def percent(score: float) -> str:
    """Similarity as a whole percentage, rounded down so 0.849 never reads as a passing 85%."""
    return f"{math.floor(round(score * 100, 6))}%"


def moments_text(moments: tuple[Moment, ...]) -> str:
    """`at 0:12–0:19, 1:03 (+2 more)`; times in video order."""
    shown = ", ".join(format_span(m.start, m.end) for m in moments[:MOMENTS_SHOWN])
    hidden = len(moments) - MOMENTS_SHOWN
    more = f" (+{hidden} more)" if hidden > 0 else ""
    return f"at {shown}{more}"


def libraries_text(libraries: tuple[Library, ...]) -> str:
    return ", ".join(library.label for library in libraries) or "nothing"


NO_MATCH = "No match"
"""The title of an answer (and of its mod-log record) that matched nothing."""


def no_match_title(libraries: tuple[Library, ...]) -> str:
    """An answer's title when nothing matched: "No match on TikTok, YouTube"."""
    return f"{NO_MATCH} on {libraries_text(libraries)}"


def summary_text(outcome: QueryOutcome) -> str:
    """One line saying how many videos matched where."""
    where = libraries_text(outcome.searched)
    count = outcome.total_matches
    if count == 0:
        return f"No video matched at {outcome.request.min_match}% or more on {where}."
    videos = "video" if count == 1 else "videos"
    best = percent(outcome.matches[0].score)
    return f"{count} {videos} matched on {where} (best {best})."


def searched_text(outcome: QueryOutcome) -> str | None:
    """Which version of the image was searched, when it was not simply the image as posted:
    "Searched the picture without its borders." (None otherwise)."""
    phrase = outcome.searched_phrase
    return None if phrase is None else f"✂️ {phrase}."


def no_match_hint(outcome: QueryOutcome) -> str:
    hints = ["lower the minimum match"]
    if outcome.request.scope.libraries != (Library.PRIVATE,):
        hints.append("try another platform (or all public platforms)")
    return "Tip: " + ", or ".join(hints) + "."


def hidden_matches_text(outcome: QueryOutcome, shown: int) -> str | None:
    hidden = outcome.total_matches - shown
    if hidden <= 0:
        return None
    return f"{hidden} more below the cut: ask for more results to see them."


def failure_lines(outcome: QueryOutcome) -> list[str]:
    return [
        f"{f.library.label} could not be searched: {f.error.user_message}" for f in outcome.failures
    ]


def age_text(seconds: float) -> str:
    """`12 s`, `5 min`, `3 h 20 min`: how old a cached answer is."""
    whole = int(seconds)
    if whole < 60:
        return f"{whole} s"
    if whole < 3600:
        return f"{whole // 60} min"
    hours, minutes = divmod(whole // 60, 60)
    return f"{hours} h {minutes} min" if minutes else f"{hours} h"


def cache_text(outcome: QueryOutcome) -> str | None:
    """`cached 5 min ago` (naming the libraries when only some came from the cache); said only
    of this server's own cached searches, never of an answer another server's search stored."""
    cached = outcome.own_cached_libraries
    if not cached or outcome.cache_age_seconds is None:
        return None
    age = f"cached {age_text(outcome.cache_age_seconds)} ago"
    if set(cached) >= set(outcome.searched):
        return age
    return f"{libraries_text(cached)} {age}"


def footer_text(outcome: QueryOutcome) -> str:
    request = outcome.request
    took = f"{outcome.elapsed_seconds:.1f} s"
    parts = [f"Searched {request.scope.label}", f"minimum match {request.min_match}%", took]
    cached = cache_text(outcome)
    return " · ".join([*parts, cached] if cached else parts)


def possible_matches_text(outcome: QueryOutcome) -> str | None:
    """The line pointing at the "Show possible matches" button."""
    count = len(outcome.possible_matches)
    possible = outcome.request.possible_match
    if not count or possible is None:
        return None
    videos = "video" if count == 1 else "videos"
    between = f"{possible}–{outcome.request.min_match - 1}%"
    return f"{count} more {videos} matched at {between}: press **Show possible matches**."


def match_heading(rank: int, match: VideoMatch) -> str:
    return f"{rank}. {match.library.label} · {percent(match.score)} similar"


def clip_position(seconds: float) -> str:
    """A moment of the user's clip: clips are short, so tenths of a second (`1.5 s`)."""
    return f"{seconds:.1f} s"


def whose_clip(outcome: QueryOutcome) -> str:
    """`your clip` for the invoker's own, `the clip` for another member's post."""
    return "the clip" if outcome.source.someone_elses else "your clip"


def clip_text(outcome: QueryOutcome) -> str | None:
    """For a GIF or video: which moments of it were searched."""
    if outcome.clip is None:
        return None
    moments = ", ".join(clip_position(frame.at_seconds) for frame in outcome.clip.frames)
    count = len(outcome.clip.frames)
    stills = "still" if count == 1 else "stills"
    return f"Searched {count} {stills} of {whose_clip(outcome)}, at {moments}."


def _link_text(link: FrameLink) -> str:
    source = "?" if link.source_seconds is None else format_position(link.source_seconds)
    return f"{clip_position(link.clip_seconds)} → {source}"


def frame_links_text(match: VideoMatch, clip: str = "your clip") -> str | None:
    """`your clip 0.5 s → 1:10, 1.5 s → 1:11 (2 stills in the same order)`: which still matched
    where, and how many keep the clip's own timing in the source (`clip`: `whose_clip`)."""
    if not match.frame_links:
        return None
    pairs = ", ".join(_link_text(link) for link in match.frame_links)
    count = match.consistent_frames
    in_order = f" ({count} stills in the same order)" if count > 1 else ""
    return f"{clip} {pairs}{in_order}"


CREATOR_LIMIT = 60
EARLIEST_UPLOAD = "🕒 **earliest upload**"


def detail_text(detail: VideoDetail, *, earliest: bool) -> str | None:
    """`by creator · posted <t:…:D> · earliest upload`; None when nothing is known."""
    parts = []
    if detail.creator:
        parts.append(f"by {untrusted_inline(detail.creator, CREATOR_LIMIT)}")
    if detail.published is not None:
        parts.append(f"posted <t:{int(detail.published.timestamp())}:D>")
    if earliest:
        parts.append(EARLIEST_UPLOAD)
    return " · ".join(parts) or None
