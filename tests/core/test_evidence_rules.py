"""The evidence and follow-up rules on a hand-driven clock: budgets, pauses, links, offers."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.evidence.evidence import DownloadBudget, Pause
from bot.core.evidence.followups import lowered_threshold, offer_for
from bot.core.evidence.video_details import VideoDetail, earliest_upload
from bot.core.ranking import Moment, VideoMatch
from bot.core.request import QueryOutcome, SearchRequest
from bot.core.scope import Library, SearchScope
from bot.core.sources import ImageSource


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_download_budget_refills_as_the_minute_slides() -> None:
    clock = Clock()
    budget = DownloadBudget(2, clock=clock)
    assert [budget.try_take(), budget.try_take(), budget.try_take()] == [True, True, False]
    clock.now += 59.9
    assert not budget.try_take()
    clock.now += 0.1
    assert budget.try_take()


def test_a_pause_lasts_its_time() -> None:
    clock = Clock()
    pause = Pause(600, clock=clock)
    states = [pause.active]
    pause.start()
    clock.now += 599
    states.append(pause.active)
    clock.now += 1
    states.append(pause.active)
    assert states == [False, True, False]


def test_the_earliest_upload_needs_two_dates_to_compare() -> None:
    def dated(video: str, year: int | None) -> VideoDetail:
        return VideoDetail(video, published=datetime(year, 1, 1, tzinfo=UTC) if year else None)

    assert earliest_upload([dated("PI-a", 2024), dated("PI-b", 2021), dated("PI-c", None)]) == (
        "PI-b"
    )
    assert earliest_upload([dated("PI-a", 2024), dated("PI-c", None)]) is None


def outcome(matches: int, request: SearchRequest) -> QueryOutcome:
    found = tuple(
        VideoMatch(Library.TIKTOK, f"PI-{n}", "t", 0.9, (Moment(1, None, 0.9),))
        for n in range(matches)
    )
    return QueryOutcome(ImageSource("a.png", "https://x/a.png", True), request, matches=found)


def test_thin_answers_offer_wider_searches_and_full_ones_do_not() -> None:
    request = SearchRequest(SearchScope.TIKTOK, 85, 5)
    thin = offer_for(request, [outcome(0, request)], shareable=False)
    assert (thin.all_platforms, thin.lower_to, thin.post_publicly) == (True, 75, False)
    full = offer_for(request, [outcome(3, request)], shareable=True)
    assert (full.all_platforms, full.lower_to, full.post_publicly) == (False, None, True)
    everywhere = SearchRequest(SearchScope.ALL_PUBLIC, 50, 5)
    assert not offer_for(everywhere, [outcome(0, everywhere)], shareable=True).any


def test_the_threshold_is_lowered_by_ten_down_to_fifty() -> None:
    assert [lowered_threshold(n) for n in (85, 55, 50)] == [75, 50, None]
