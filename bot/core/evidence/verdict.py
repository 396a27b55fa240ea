"""The verdict an answer leads with: which video is most likely the original.

Computed over every strong match of the search (all pages, not the one shown): among the matches at
or above the request's `confident_match`, the one published first (when dates are known), else the
most similar. A search whose best match is below `confident_match` gets a low-confidence verdict
on its best match: the moderator is told to compare the picture. Pure rules, no I/O.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from bot.core.evidence.video_details import VideoDetail
from bot.core.ranking import VideoMatch
from bot.core.request import QueryOutcome


@dataclass(frozen=True)
class Verdict:
    """The likely original of one image's search; `rank` is its place among all matches."""

    match: VideoMatch
    rank: int
    detail: VideoDetail | None
    confident: bool
    earliest: bool = False
    """Posted before every other dated strong match (at least one other is dated)."""


def all_matches(outcome: QueryOutcome) -> tuple[VideoMatch, ...]:
    """Every match of the search, best first, whatever page it is on."""
    return outcome.matches + outcome.more_matches


def whole_percent(score: float) -> int:
    """A similarity as the whole percent shown (rounded down, as `wording.percent` does)."""
    return math.floor(round(score * 100, 6))


def is_strong(match: VideoMatch, confident_match: int) -> bool:
    return whole_percent(match.score) >= confident_match


def strong_matches(outcome: QueryOutcome) -> list[VideoMatch]:
    confident = outcome.request.confident_match
    return [match for match in all_matches(outcome) if is_strong(match, confident)]


def _published(match: VideoMatch, details: Mapping[str, VideoDetail]) -> float | None:
    detail = details.get(match.video_no)
    if detail is None or detail.published is None:
        return None
    return detail.published.timestamp()


def _earliest(
    strong: list[VideoMatch], details: Mapping[str, VideoDetail]
) -> tuple[VideoMatch, bool]:
    """The first published of the dated strong matches (the most similar when none is dated)."""
    dated = [(when, m) for m in strong if (when := _published(m, details)) is not None]
    if not dated:
        return strong[0], False
    when, chosen = min(dated, key=lambda pair: (pair[0], -pair[1].score, pair[1].video_no))
    return chosen, sum(1 for other, _ in dated if other <= when) == 1 < len(dated)


def verdict_for(outcome: QueryOutcome, details: Mapping[str, VideoDetail]) -> Verdict | None:
    """The likely original (None for an image without matches or that failed)."""
    matches = all_matches(outcome)
    if outcome.error is not None or not matches:
        return None
    strong = strong_matches(outcome)
    if not strong:
        return Verdict(matches[0], 1, details.get(matches[0].video_no), confident=False)
    chosen, by_date = _earliest(strong, details)
    rank = matches.index(chosen) + 1
    return Verdict(chosen, rank, details.get(chosen.video_no), confident=True, earliest=by_date)
