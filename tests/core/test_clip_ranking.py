"""Ranking the stills of a clip together: consistent timing beats a single strong still."""

from __future__ import annotations

from bot.core.evidence.clip_ranking import FrameHits, consistent_links, rank_clip_matches
from bot.core.hits import Hit
from bot.core.ranking import FrameLink
from bot.core.scope import Library


def hit(video: str, start: float | None, score: float) -> Hit:
    return Hit(video, f"title {video}", score, start, None)


def frames(*per_frame: list[Hit]) -> list[FrameHits]:
    return [
        FrameHits(at_seconds=0.5 + index, hits={Library.TIKTOK: hits})
        for index, hits in enumerate(per_frame)
    ]


def test_a_video_matching_every_still_in_order_beats_a_better_single_match() -> None:
    ranked = rank_clip_matches(
        frames(
            [hit("PI-src", 10, 0.88), hit("PI-one", 40, 0.99)],
            [hit("PI-src", 11, 0.87)],
            [hit("PI-src", 12, 0.86)],
        )
    )

    assert [match.video_no for match in ranked] == ["PI-src", "PI-one"]
    source = ranked[0]
    assert source.consistent_frames == 3
    assert [(link.clip_seconds, link.source_seconds) for link in source.frame_links] == [
        (0.5, 10),
        (1.5, 11),
        (2.5, 12),
    ]
    assert ranked[1].consistent_frames == 1


def test_stills_matching_at_unrelated_moments_count_as_one() -> None:
    ranked = rank_clip_matches(
        frames(
            [hit("PI-jumpy", 5, 0.95), hit("PI-steady", 100, 0.86)],
            [hit("PI-jumpy", 80, 0.95), hit("PI-steady", 101, 0.86)],
        )
    )
    assert [(m.video_no, m.consistent_frames) for m in ranked] == [
        ("PI-steady", 2),
        ("PI-jumpy", 1),
    ]


def test_moments_of_all_stills_are_merged_and_the_best_score_kept() -> None:
    [match] = rank_clip_matches(frames([hit("PI-1", 10, 0.9)], [hit("PI-1", 11, 0.95)]))
    assert match.score == 0.95
    assert [(moment.start, moment.end) for moment in match.moments] == [(10, 11)]


def test_links_without_a_source_time_stand_alone() -> None:
    links = [FrameLink(0.5, None, 0.9), FrameLink(1.5, None, 0.9)]
    assert len(consistent_links(links)) == 1
