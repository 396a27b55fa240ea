"""Test doubles shared by the memories.ai client's tests: a limiter that never waits, and time
that moves only when the code under test sleeps."""

from __future__ import annotations

from bot.core.ports import Lane


class CountingLimiter:
    """Grants permits at once, counts them, and claims a queue of `queued_seconds`."""

    def __init__(self) -> None:
        self.acquired = 0
        self.queued_seconds = 0.0

    async def acquire(self, lane: Lane = Lane.SEARCH) -> None:
        self.acquired += 1

    def wait_estimate(self, requests: int, lane: Lane = Lane.SEARCH) -> float:
        return self.queued_seconds


class FakeTime:
    """`sleep` returns at once but moves `clock` forward, and remembers every delay."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, delay: float) -> None:
        self.sleeps.append(delay)
        self.now += delay
