"""The process-wide rate limiter: spacing, fairness, cancellation, and what the API sees."""

from __future__ import annotations

import asyncio
import math
from collections.abc import Coroutine
from itertools import pairwise
from typing import Any

import aiohttp
import pytest

from bot.core.scope import Library
from bot.memories import Hit, ImageUpload, MemoriesClient
from bot.memories.ratelimit import IntervalRateLimiter, Lane
from tests.fakes.memories_api import FakeMemoriesApi


class ManualTime:
    """A clock that only moves when told to, and a sleep that waits for it."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []
        self._sleepers: list[tuple[float, asyncio.Future[None]]] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, delay: float) -> None:
        self.sleeps.append(delay)
        wake_up = asyncio.get_running_loop().create_future()
        self._sleepers.append((self.now + delay, wake_up))
        await wake_up

    async def advance(self, seconds: float) -> None:
        self.now += seconds
        for deadline, wake_up in self._sleepers:
            if deadline <= self.now and not wake_up.done():
                wake_up.set_result(None)
        self._sleepers = [(d, w) for d, w in self._sleepers if not w.done()]
        await settle()


async def settle() -> None:
    """Let every runnable task run until it blocks again."""
    for _ in range(20):
        await asyncio.sleep(0)


@pytest.fixture
def manual_time() -> ManualTime:
    return ManualTime()


@pytest.fixture
def limiter(manual_time: ManualTime) -> IntervalRateLimiter:
    # 4 per second: 0.25 s steps are exact in binary floating point.
    return IntervalRateLimiter(4, clock=manual_time.clock, sleep=manual_time.sleep)


def start_takers(
    limiter: IntervalRateLimiter, manual_time: ManualTime, count: int
) -> tuple[list[asyncio.Task[None]], list[tuple[int, float]]]:
    """`count` tasks that each take a permit and note (their number, when they got it)."""
    granted: list[tuple[int, float]] = []

    async def take(number: int) -> None:
        await limiter.acquire()
        granted.append((number, manual_time.now))

    tasks = [asyncio.create_task(take(number)) for number in range(count)]
    return tasks, granted


@pytest.mark.parametrize("rate", [0, -1, math.inf, math.nan])
def test_a_rate_that_is_not_a_positive_number_is_refused(rate):
    with pytest.raises(ValueError, match="rate_per_second"):
        IntervalRateLimiter(rate)


async def test_the_first_request_starts_at_once(limiter, manual_time):
    await limiter.acquire()
    assert manual_time.sleeps == []


async def test_waiters_are_served_in_arrival_order_one_interval_apart(limiter, manual_time):
    tasks, granted = start_takers(limiter, manual_time, 4)
    await settle()
    for _ in range(3):
        await manual_time.advance(0.25)
    await asyncio.gather(*tasks)
    assert granted == [(0, 0.0), (1, 0.25), (2, 0.5), (3, 0.75)]


async def test_an_idle_limiter_lets_one_request_through_not_a_burst(limiter, manual_time):
    await limiter.acquire()
    manual_time.now = 60.0
    tasks, granted = start_takers(limiter, manual_time, 2)
    await settle()
    assert granted == [(0, 60.0)]
    await manual_time.advance(0.25)
    await asyncio.gather(*tasks)
    assert granted == [(0, 60.0), (1, 60.25)]


async def test_queue_length_counts_callers_still_waiting(limiter, manual_time):
    tasks, _ = start_takers(limiter, manual_time, 3)
    await settle()
    assert limiter.queue_length == 2
    for _ in range(2):
        await manual_time.advance(0.25)
    await asyncio.gather(*tasks)
    assert limiter.queue_length == 0


async def test_cancelling_the_sleeping_waiter_hands_its_slot_to_the_next(limiter, manual_time):
    tasks, granted = start_takers(limiter, manual_time, 3)
    await settle()
    tasks[1].cancel()
    await settle()
    await manual_time.advance(0.25)
    await asyncio.gather(tasks[0], tasks[2])
    assert granted == [(0, 0.0), (2, 0.25)]
    assert tasks[1].cancelled()
    assert limiter.queue_length == 0


async def test_cancelling_a_queued_waiter_keeps_the_others_in_order(limiter, manual_time):
    tasks, granted = start_takers(limiter, manual_time, 4)
    await settle()
    tasks[2].cancel()
    for _ in range(2):
        await manual_time.advance(0.25)
    await asyncio.gather(tasks[0], tasks[1], tasks[3])
    assert granted == [(0, 0.0), (1, 0.25), (3, 0.5)]


async def test_a_late_request_pushes_the_next_slot_back(limiter, manual_time):
    await limiter.acquire()
    manual_time.now = 0.5  # the second slot was at 0.25; this request comes late
    await limiter.acquire()
    tasks, granted = start_takers(limiter, manual_time, 1)
    await manual_time.advance(0.125)
    assert granted == []
    await manual_time.advance(0.125)
    await asyncio.gather(*tasks)
    assert granted == [(0, 0.75)]


RATE = 20.0
SPACING_TOLERANCE = 0.01
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


async def test_the_api_sees_concurrent_searches_spaced_out_in_arrival_order():
    limiter = IntervalRateLimiter(RATE)
    async with FakeMemoriesApi() as fake, aiohttp.ClientSession() as session:
        client = MemoriesClient(
            session, api_key=fake.api_key, base_url=fake.base_url, limiter=limiter
        )

        def search(number: object) -> Coroutine[Any, Any, list[Hit]]:
            image = ImageUpload(f"frame-{number}.png", "image/png", PNG)
            return client.search_public(image, library=Library.TIKTOK, similarity=0.8)

        await search("warm-up")  # opens the keep-alive connection the others reuse
        await asyncio.gather(*(search(number) for number in range(6)))
    seen = fake.requests[1:]
    assert [request.file_name for request in seen] == [f"frame-{n}.png" for n in range(6)]
    gaps = [later.received_at - earlier.received_at for earlier, later in pairwise(seen)]
    assert min(gaps) >= 1 / RATE - SPACING_TOLERANCE


async def test_the_wait_estimate_counts_the_queue_and_the_new_requests(limiter, manual_time):
    assert limiter.wait_estimate(1) == 0.0
    assert limiter.wait_estimate(0) == 0.0
    tasks, _ = start_takers(limiter, manual_time, 3)  # one starts now, two queue behind it
    await settle()

    assert limiter.wait_estimate(1) == 0.75  # the 0.25 s to the next slot, two waiters, then us
    assert limiter.wait_estimate(4) == 1.5
    for _ in range(2):
        await manual_time.advance(0.25)
    await asyncio.gather(*tasks)


def start_lane_takers(
    limiter: IntervalRateLimiter, manual_time: ManualTime, lanes: list[Lane]
) -> tuple[list[asyncio.Task[None]], list[tuple[str, float]]]:
    """A task per lane in `lanes`, in arrival order; each notes (lane+number, when served)."""
    granted: list[tuple[str, float]] = []

    async def take(name: str, lane: Lane) -> None:
        await limiter.acquire(lane)
        granted.append((name, manual_time.now))

    tasks = [
        asyncio.create_task(take(f"{lane.name.lower()}{number}", lane))
        for number, lane in enumerate(lanes)
    ]
    return tasks, granted


async def run_out(manual_time: ManualTime, tasks: list[asyncio.Task[None]]) -> None:
    await settle()
    while not all(task.done() for task in tasks):
        await manual_time.advance(0.125)  # finer than a slot, so nobody is served late
    await asyncio.gather(*tasks)


async def test_a_waiting_search_is_served_before_waiting_watch_and_evidence(limiter, manual_time):
    await limiter.acquire(Lane.WATCH)  # holds the slot at 0.0; everyone below must queue
    lanes = [Lane.WATCH, Lane.EVIDENCE, Lane.WATCH, Lane.SEARCH, Lane.EVIDENCE, Lane.SEARCH]
    tasks, granted = start_lane_takers(limiter, manual_time, lanes)
    await run_out(manual_time, tasks)
    assert [name for name, _ in granted] == [
        "search3",
        "search5",
        "evidence1",
        "evidence4",
        "watch0",
        "watch2",
    ]
    assert [when for _, when in granted] == [0.25, 0.5, 0.75, 1.0, 1.25, 1.5]


async def test_a_search_arriving_while_a_watch_check_sleeps_takes_its_slot(limiter, manual_time):
    await limiter.acquire()
    tasks, granted = start_lane_takers(limiter, manual_time, [Lane.WATCH])
    await manual_time.advance(0.125)  # the watch check is asleep, half way to its slot
    search_tasks, search_granted = start_lane_takers(limiter, manual_time, [Lane.SEARCH])
    await run_out(manual_time, tasks + search_tasks)
    assert search_granted == [("search0", 0.25)]
    assert granted == [("watch0", 0.5)]


async def test_spacing_holds_when_lanes_overtake_each_other(limiter, manual_time):
    await limiter.acquire(Lane.EVIDENCE)
    tasks, granted = start_lane_takers(limiter, manual_time, [Lane.WATCH, Lane.EVIDENCE])
    await manual_time.advance(0.125)
    more, more_granted = start_lane_takers(limiter, manual_time, [Lane.SEARCH, Lane.SEARCH])
    await run_out(manual_time, tasks + more)
    starts = sorted(when for _, when in granted + more_granted)
    assert starts == [0.25, 0.5, 0.75, 1.0]


async def test_cancelling_an_urgent_waiter_lets_the_displaced_one_keep_the_slot(
    limiter, manual_time
):
    await limiter.acquire()
    tasks, granted = start_lane_takers(limiter, manual_time, [Lane.WATCH, Lane.SEARCH])
    await settle()
    tasks[1].cancel()
    await run_out(manual_time, tasks[:1])
    assert granted == [("watch0", 0.25)]
    assert tasks[1].cancelled()
    assert limiter.queue_length == 0


async def test_the_wait_estimate_ignores_less_urgent_waiters(limiter, manual_time):
    await limiter.acquire()
    tasks, _ = start_lane_takers(limiter, manual_time, [Lane.WATCH, Lane.WATCH, Lane.EVIDENCE])
    await settle()
    assert limiter.wait_estimate(1, Lane.SEARCH) == 0.25
    assert limiter.wait_estimate(1, Lane.EVIDENCE) == 0.5
    assert limiter.wait_estimate(1, Lane.WATCH) == 1.0
    assert limiter.queued(Lane.WATCH) == 2
    await run_out(manual_time, tasks)
