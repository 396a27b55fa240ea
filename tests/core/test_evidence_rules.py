"""The evidence and follow-up rules on a hand-driven clock: budgets, pauses, links, offers."""

from __future__ import annotations

from bot.core.evidence.evidence import DownloadRate, Pause
from bot.core.evidence.followups import lowered_threshold, offer_for
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
    budget = DownloadRate(2, clock=clock)
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


def outcome(matches: int, request: SearchRequest) -> QueryOutcome:
    found = tuple(
        VideoMatch(Library.TIKTOK, f"PI-{n}", "t", 0.9, (Moment(1, None, 0.9),))
        for n in range(matches)
    )
    source = ImageSource("a.png", "https://x/a.png", True)
    return QueryOutcome(
        source, request, matches=found[:5], more_matches=found[5:], total_matches=matches
    )


def test_thin_answers_offer_wider_searches_and_full_ones_do_not() -> None:
    request = SearchRequest(SearchScope.TIKTOK, 85, 5)
    thin = offer_for(request, [outcome(0, request)], shareable=False)
    assert (thin.all_platforms, thin.lower_to, thin.post_publicly) == (True, 75, False)
    assert (thin.mirrored, thin.centre, thin.as_posted) == (True, True, False)
    short = offer_for(request, [outcome(3, request)], shareable=True)
    assert (short.all_platforms, short.lower_to, short.post_publicly) == (False, 75, True)
    full = offer_for(request, [outcome(5, request)], shareable=True)
    assert (full.all_platforms, full.lower_to, full.post_publicly) == (False, None, True)
    paged = offer_for(
        SearchRequest(SearchScope.TIKTOK, 85, 1), [outcome(2, request)], shareable=False
    )
    assert paged.lower_to is None, "one per page, two found: the answer is full"
    assert (full.mirrored, full.centre, full.as_posted) == (False, False, False)
    everywhere = SearchRequest(SearchScope.ALL_PUBLIC, 50, 5)
    assert offer_for(everywhere, [outcome(0, everywhere)], shareable=True).mirrored


def test_the_threshold_is_lowered_by_ten_down_to_fifty() -> None:
    assert [lowered_threshold(n) for n in (85, 55, 50)] == [75, 50, None]
