"""The circuit breaker's state machine, on a fake clock."""

from __future__ import annotations

import logging

import pytest

from bot.core.breaker import BreakerPolicy, BreakerState, CircuitBreaker, Ticket


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def breaker(clock: Clock) -> CircuitBreaker:
    policy = BreakerPolicy(failure_threshold=3, cool_down=30, max_cool_down=100, growth=2)
    return CircuitBreaker(policy, name="memories.ai", clock=clock)


def fail(breaker: CircuitBreaker, times: int = 1) -> None:
    for _ in range(times):
        ticket = breaker.admit()
        assert ticket is not None
        breaker.failed(ticket)


def probe(breaker: CircuitBreaker) -> Ticket:
    ticket = breaker.admit()
    assert ticket == Ticket(probe=True)
    return ticket


def test_it_stays_closed_below_the_threshold_and_a_success_resets_the_count(breaker):
    fail(breaker, 2)
    ticket = breaker.admit()
    assert ticket == Ticket(probe=False)
    breaker.succeeded(ticket)
    fail(breaker, 2)
    assert breaker.state is BreakerState.CLOSED
    assert breaker.admit() is not None


def test_it_opens_after_consecutive_failures_and_refuses_during_the_cool_down(breaker, clock):
    fail(breaker, 3)
    assert breaker.state is BreakerState.OPEN
    assert breaker.refuses()
    assert breaker.admit() is None
    clock.now += 29.9
    assert breaker.admit() is None
    assert breaker.retry_in == pytest.approx(0.1)


def test_after_the_cool_down_exactly_one_probe_goes_out(breaker, clock):
    fail(breaker, 3)
    clock.now += 30
    assert breaker.state is BreakerState.HALF_OPEN
    probe(breaker)
    assert breaker.admit() is None, "a second caller must not probe at the same time"
    assert breaker.state is BreakerState.HALF_OPEN


def test_a_successful_probe_closes_it(breaker, clock):
    fail(breaker, 3)
    clock.now += 30
    breaker.succeeded(probe(breaker))
    assert breaker.state is BreakerState.CLOSED
    assert breaker.admit() == Ticket(probe=False)
    fail(breaker, 2)
    assert breaker.state is BreakerState.CLOSED, "the failure count starts again from zero"


def test_a_failed_probe_reopens_it_for_longer_up_to_the_cap(breaker, clock):
    fail(breaker, 3)
    cool_downs = []
    for _ in range(4):
        clock.now += breaker.retry_in
        breaker.failed(probe(breaker))
        cool_downs.append(breaker.retry_in)
    assert cool_downs == [60, 100, 100, 100]
    clock.now += 100
    breaker.succeeded(probe(breaker))
    fail(breaker, 3)
    assert breaker.retry_in == 30, "after closing, the cool-down starts small again"


def test_an_abandoned_probe_lets_the_next_caller_probe(breaker, clock):
    fail(breaker, 3)
    clock.now += 30
    breaker.abandoned(probe(breaker))
    probe(breaker)


def test_late_outcomes_of_calls_admitted_before_it_opened_change_nothing(breaker, clock):
    early = [breaker.admit() for _ in range(5)]
    for ticket in early[:3]:
        assert ticket is not None
        breaker.failed(ticket)
    assert early[3] is not None
    assert early[4] is not None
    breaker.succeeded(early[3])
    breaker.failed(early[4])
    assert breaker.state is BreakerState.OPEN
    assert breaker.retry_in == 30


def test_state_changes_are_logged_once_each(breaker, clock, caplog):
    caplog.set_level(logging.INFO, logger="bot.core.breaker")
    fail(breaker, 3)
    for _ in range(10):
        assert breaker.admit() is None
    clock.now += 30
    breaker.succeeded(probe(breaker))
    for _ in range(10):
        breaker.succeeded(Ticket(probe=False))
    messages = [record.getMessage() for record in caplog.records]
    assert len(messages) == 3, messages
    assert "3 failures in a row" in messages[0]
    assert "memories.ai is answering again" in messages[2]


@pytest.mark.parametrize(
    "policy",
    [{"failure_threshold": 0}, {"cool_down": 0}, {"growth": 0.5}],
)
def test_a_nonsensical_policy_is_refused(policy):
    with pytest.raises(ValueError, match="breaker policy"):
        BreakerPolicy(**policy)
