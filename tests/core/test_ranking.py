"""Hits become one ranked match per video, its moments merged in time order."""

from __future__ import annotations

from bot.core.ranking import merge_moments, rank_matches
from bot.core.scope import Library
from bot.memories import Hit


def hit(
    video: str, start: float | None, score: float, end: float | None = None, name: str = ""
) -> Hit:
    return Hit(video_no=video, video_name=name, score=score, start_seconds=start, end_seconds=end)


def test_several_hits_of_one_video_are_one_match_with_its_best_score() -> None:
    hits = [hit("PI-1", 10, 0.90, name="cat"), hit("PI-1", 80, 0.97), hit("PI-1", 11, 0.91)]

    [match] = rank_matches({Library.TIKTOK: hits})

    assert match.video_no == "PI-1"
    assert match.score == 0.97
    assert match.title == "cat"
    assert [(m.start, m.end) for m in match.moments] == [(10, 11), (80, None)]


def test_matches_are_ranked_by_score_whatever_order_the_api_sent() -> None:
    hits = [hit("PI-low", 1, 0.86), hit("PI-high", 1, 0.99), hit("PI-mid", 1, 0.93)]

    ranked = rank_matches({Library.TIKTOK: hits})

    assert [m.video_no for m in ranked] == ["PI-high", "PI-mid", "PI-low"]


def test_equal_scores_rank_the_video_with_more_moments_first_then_by_id() -> None:
    hits = [hit("PI-b", 1, 0.9), hit("PI-a", 1, 0.9), hit("PI-c", 1, 0.9), hit("PI-c", 60, 0.9)]

    ranked = rank_matches({Library.TIKTOK: hits})

    assert [m.video_no for m in ranked] == ["PI-c", "PI-a", "PI-b"]


def test_matches_from_several_libraries_are_merged_and_keep_their_library() -> None:
    ranked = rank_matches(
        {Library.TIKTOK: [hit("PI-t", 1, 0.88)], Library.YOUTUBE: [hit("PI-y", 1, 0.95)]}
    )

    assert [(m.library, m.video_no) for m in ranked] == [
        (Library.YOUTUBE, "PI-y"),
        (Library.TIKTOK, "PI-t"),
    ]


def test_hits_seconds_apart_merge_into_one_range_and_far_ones_do_not() -> None:
    moments = merge_moments([hit("v", 12, 0.9), hit("v", 14, 0.95, end=15), hit("v", 40, 0.9)])

    assert [(m.start, m.end, m.score) for m in moments] == [(12, 15, 0.95), (40, None, 0.9)]


def test_hits_without_a_time_are_kept_last_and_never_merged() -> None:
    moments = merge_moments([hit("v", None, 0.9), hit("v", 5, 0.9), hit("v", None, 0.8)])

    assert [m.start for m in moments] == [5, None, None]


def test_no_hits_means_no_matches() -> None:
    assert rank_matches({Library.TIKTOK: [], Library.YOUTUBE: []}) == []
