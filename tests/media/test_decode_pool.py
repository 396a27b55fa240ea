"""The decode pool: jobs run in worker processes that are killed when the caller gives up or the
job passes its seconds, and a fresh worker takes over."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator
from functools import partial

import pytest

from bot.media.decode_pool import DecodePool, DecodeStoppedError, Priority
from bot.media.frames import ClipUnreadable, FrameLimits, sample_frames_async
from tests.clipgen import gif_clip, gif_of_tiny_frames

HEAVY = FrameLimits(max_decoded_pixels=2_000_000_000)
"""A budget four times the default, so the GIF below takes seconds of Pillow work to sample."""


def heavy_gif() -> bytes:
    return gif_of_tiny_frames(frames=220, delay_cs=20)  # 44 s, stills need 183 frames


@pytest.fixture
async def pool() -> AsyncIterator[DecodePool]:
    decoding = DecodePool(workers=1, job_seconds=30)
    yield decoding
    decoding.close()


def started(pool: DecodePool) -> asyncio.Queue[int]:
    """The pid of each job's worker, as each job is sent."""
    pids: asyncio.Queue[int] = asyncio.Queue()
    pool.on_job_sent = pids.put_nowait
    return pids


def dead(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


async def test_a_job_runs_in_another_process_and_its_worker_serves_the_next(
    pool: DecodePool,
) -> None:
    pids = started(pool)

    assert await pool.run(os.getpid) != os.getpid()
    assert await pool.run(partial(sum, [1, 2, 3])) == 6

    assert (await pids.get()) == (await pids.get()), "one worker, reused"


async def test_a_cancelled_decode_stops_with_its_worker_and_a_fresh_one_takes_over(
    pool: DecodePool,
) -> None:
    pids = started(pool)
    search = asyncio.create_task(
        sample_frames_async(heavy_gif(), is_gif=True, limits=HEAVY, pool=pool)
    )
    worker = await pids.get()

    search.cancel()
    with pytest.raises(asyncio.CancelledError):
        await search

    assert dead(worker), "the decode was stopped, not left running"
    assert pool.running == set()
    frames = await sample_frames_async(gif_clip(3), is_gif=True, limits=FrameLimits(), pool=pool)
    assert len(frames) == 3
    assert (await pids.get()) != worker


async def test_a_job_past_its_wall_time_is_stopped(pool: DecodePool) -> None:
    pids = started(pool)

    with pytest.raises(DecodeStoppedError) as stopped:
        await pool.run(partial(time.sleep, 600), seconds=1)

    assert stopped.value.overrun
    assert dead(await pids.get())


async def test_a_job_spinning_in_c_code_is_stopped_by_its_cpu_seconds(pool: DecodePool) -> None:
    pids = started(pool)

    with pytest.raises(DecodeStoppedError) as stopped:
        await pool.run(partial(sum, range(10**15)), seconds=1)

    assert stopped.value.overrun
    assert dead(await pids.get())


async def test_a_clip_stopped_for_time_is_refused_with_a_sentence(pool: DecodePool) -> None:
    pool.job_seconds = 1

    with pytest.raises(ClipUnreadable) as refused:
        await sample_frames_async(heavy_gif(), is_gif=True, limits=HEAVY, pool=pool)

    assert "takes more work to decode than I spend on one search" in refused.value.user_message


async def test_a_refusal_inside_the_worker_comes_back_as_its_sentence(pool: DecodePool) -> None:
    with pytest.raises(ClipUnreadable) as refused:
        await sample_frames_async(
            gif_of_tiny_frames(), is_gif=True, limits=FrameLimits(), pool=pool
        )

    assert refused.value.user_message.startswith("That GIF has more than 3000 frames")


async def test_a_searchs_decode_goes_before_pictures_waiting_longer(pool: DecodePool) -> None:
    pool.picture_patience = 60.0
    pids = started(pool)
    busy = asyncio.create_task(pool.run(partial(time.sleep, 1)))
    await pids.get()

    picture = asyncio.create_task(pool.run(time.monotonic, priority=Priority.PICTURE))
    await asyncio.sleep(0)  # the picture queues first
    search = asyncio.create_task(pool.run(time.monotonic, priority=Priority.SEARCH))
    await busy

    assert await search < await picture


async def test_a_picture_waiting_past_its_patience_goes_before_searches(
    pool: DecodePool,
) -> None:
    pool.picture_patience = 0.0  # any picture that waited at all has waited long enough
    pids = started(pool)
    busy = asyncio.create_task(pool.run(partial(time.sleep, 1)))
    await pids.get()

    search = asyncio.create_task(pool.run(time.monotonic, priority=Priority.SEARCH))
    picture = asyncio.create_task(pool.run(time.monotonic, priority=Priority.PICTURE))
    await busy

    assert await picture < await search


async def test_a_shorter_search_decode_goes_before_a_longer_one_that_came_first(
    pool: DecodePool,
) -> None:
    pids = started(pool)
    busy = asyncio.create_task(pool.run(partial(time.sleep, 1)))
    await pids.get()

    screenshot = asyncio.create_task(pool.run(time.monotonic, expected=0.1))
    await asyncio.sleep(0)  # the large image queues first
    thumbnail = asyncio.create_task(pool.run(time.monotonic, expected=0.005))
    await busy

    assert await thumbnail < await screenshot


async def test_a_longer_decode_that_waited_long_enough_is_not_passed_by_shorter_ones() -> None:
    now = [0.0]
    pool = DecodePool(workers=1, job_seconds=30, clock=lambda: now[0])
    try:
        pids = started(pool)
        busy = asyncio.create_task(pool.run(partial(time.sleep, 1)))
        await pids.get()

        screenshot = asyncio.create_task(pool.run(time.monotonic, expected=0.1))
        await asyncio.sleep(0)
        now[0] = 1.0  # past its arrival plus SHORT_FIRST_WEIGHT times 0.1 s
        thumbnail = asyncio.create_task(pool.run(time.monotonic, expected=0.005))
        await busy

        assert await screenshot < await thumbnail
    finally:
        pool.close()


async def test_an_answer_of_megabytes_arrives_whole(pool: DecodePool) -> None:
    expected = os.urandom(6 * 1024 * 1024)

    answer = await pool.run(partial(bytes, expected))

    assert answer == expected, "read in pieces as the socket has them, put together whole"
