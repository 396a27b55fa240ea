"""The retry plan's arithmetic on its own: a hand-driven clock, no jitter unless told."""

from __future__ import annotations

import pytest

from bot.memories.errors import (
    BadRequestError,
    MisconfiguredError,
    RateLimitedError,
    UpstreamTimeoutError,
    UpstreamUnavailableError,
)
from bot.memories.retry import RetryPlan, RetryPolicy


class Clock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


def plan(clock: Clock, **policy: float) -> RetryPlan:
    return RetryPlan(RetryPolicy(**policy), clock=clock, random=lambda: 1.0)  # type: ignore[arg-type]


BROKEN = UpstreamUnavailableError(retryable=True, detail="HTTP 502")
BUSY = RateLimitedError(code="0429", retryable=True)


def test_backoff_doubles_up_to_the_cap_and_jitter_takes_off_at_most_half():
    policy = RetryPolicy(backoff_base=1.0, backoff_cap=8.0)
    assert [policy.backoff(n, 1.0) for n in range(1, 6)] == [1, 2, 4, 8, 8]
    assert policy.backoff(3, 0.0) == 2.0


def test_a_broken_upstream_gets_three_attempts_with_short_waits():
    clock = Clock()
    attempts = plan(clock)
    delays = []
    for _ in range(3):
        attempts.sent()
        delays.append(attempts.delay_after(BROKEN, queue_wait=0.0))
        clock.now += delays[-1] or 0
    assert delays == [1.0, 2.0, None]


def test_the_attempt_timeout_shrinks_so_the_last_attempt_ends_within_the_budget():
    clock = Clock()
    attempts = plan(clock, request_timeout=10.0, failure_patience=15.0)
    assert attempts.attempt_timeout() == 10.0
    attempts.sent()
    clock.now += 10.0  # timed out
    timeout = UpstreamTimeoutError(retryable=True)
    assert attempts.delay_after(timeout, queue_wait=0.0) == 1.0
    clock.now += 1.0
    assert attempts.attempt_timeout() == 4.0


def test_no_retry_when_the_queue_would_eat_the_budget():
    clock = Clock()
    attempts = plan(clock)
    attempts.sent()
    assert attempts.delay_after(BROKEN, queue_wait=13.0) is None


def test_rate_limiting_is_retried_until_its_own_budget_is_spent():
    clock = Clock()
    attempts = plan(clock, rate_limit_patience=20.0, backoff_cap=4.0)
    delays = []
    while True:
        attempts.sent()
        delay = attempts.delay_after(BUSY, queue_wait=0.0)
        if delay is None:
            break
        delays.append(delay)
        clock.now += delay
    assert delays == [1, 2, 4, 4, 4, 4]


def test_0001_is_retried_twice_and_0003_or_a_refused_key_never():
    clock = Clock()
    attempts = plan(clock, failure_attempts=10)
    transient = BadRequestError(code="0001", retryable=True)
    outcomes = []
    for _ in range(3):
        attempts.sent()
        outcomes.append(attempts.delay_after(transient, queue_wait=0.0) is not None)
    assert outcomes == [True, True, False]
    attempts.sent()
    assert attempts.delay_after(BadRequestError(code="0003"), queue_wait=0.0) is None
    assert attempts.delay_after(MisconfiguredError(code="0401"), queue_wait=0.0) is None


@pytest.mark.parametrize("error", [BROKEN, BUSY])
def test_nothing_is_retried_before_anything_was_sent(error):
    assert plan(Clock()).delay_after(error, queue_wait=0.0) is None
