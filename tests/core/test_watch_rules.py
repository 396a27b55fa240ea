"""The watch's rules as plain Python: the queue, the budget share, sizes, merging clip stills."""

from __future__ import annotations

import asyncio

from bot.core.ranking import Moment, VideoMatch
from bot.core.scope import Library
from bot.core.watch.watch_model import SkipReason, is_too_small
from bot.core.watch.watch_queue import DropOldestQueue
from bot.core.watch.watch_service import Found
from bot.core.watch.watch_share import WatchShare
from bot.core.watch.watch_tally import ChannelCounts


def match(video: str, score: float) -> VideoMatch:
    return VideoMatch(Library.TIKTOK, video, video, score, (Moment(1, 2, score),))


async def test_a_full_queue_drops_its_oldest_item_and_counts_it() -> None:
    queue: DropOldestQueue[str] = DropOldestQueue(2)
    assert queue.put("a") is None
    assert queue.put("b") is None
    assert queue.put("c") == "a"
    assert queue.dropped == 1
    assert [await queue.get(), await queue.get()] == ["b", "c"]


async def test_getting_from_an_empty_queue_waits_for_the_next_item() -> None:
    queue: DropOldestQueue[str] = DropOldestQueue(1)
    waiting = asyncio.ensure_future(queue.get())
    await asyncio.sleep(0)
    assert not waiting.done()
    queue.put("x")
    assert await waiting == "x"


def test_the_watch_budget_is_a_share_of_the_daily_budget() -> None:
    half = WatchShare(percent=50)
    assert half.allowance(10) == 5
    assert half.fits(spent=4, searches=1, daily_budget=10)
    assert not half.fits(spent=4, searches=3, daily_budget=10), "a clip of 3 stills does not fit"
    assert half.allowance(0) is None, "no daily budget: no limit"
    assert WatchShare(percent=0).fits(spent=0, searches=1, daily_budget=10) is False


def test_an_unknown_size_is_not_too_small_until_measured() -> None:
    assert is_too_small(199, 500, (200, 200))
    assert not is_too_small(200, 200, (200, 200))
    assert not is_too_small(None, None, (200, 200))


def test_clip_stills_merge_to_each_videos_best_match_and_still() -> None:
    found = Found.merged([[match("A", 0.91)], [match("B", 0.97), match("A", 0.95)]])
    assert [(m.video_no, m.score) for m in found.matches] == [("B", 0.97), ("A", 0.95)]
    assert found.still_of == {"TIKTOK:B": 1, "TIKTOK:A": 1}


def test_counts_are_read_back_by_name() -> None:
    counts = ChannelCounts.from_names(
        {"checked": 2, "alerts": 1, "searches": 6, "skipped:already seen": 3}
    )
    assert (counts.checked, counts.alerts, counts.searches) == (2, 1, 6)
    assert counts.skipped == {SkipReason.ALREADY_SEEN: 3}
    assert counts.skipped_total == 3
