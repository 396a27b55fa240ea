"""How hard the memories.ai client tries: the policy, and the plan of one search call's attempts.

Two kinds of trouble get two kinds of patience. Rate limiting (0429) passes: it is retried with
jittered exponential back-off within a generous budget. A broken upstream (5xx, HTML, resets,
stalls, timeouts; also 0001, at most twice) gets a short effort: a few attempts, all ended within a
few seconds of the first failure, so the user hears about it quickly.

Pure arithmetic on an injected clock and random source: the client asks the plan how long the next
attempt may take and, after a failure, how long to wait before the next one, or whether to give up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.memories.errors import MemoriesError, RateLimitedError

MAX_BAD_REQUEST_RETRIES = 2
MIN_ATTEMPT_SECONDS = 2.0
"""A retry of a broken upstream is only worth sending with at least this much budget left."""


@dataclass(frozen=True)
class RetryPolicy:
    """How hard the client tries; every figure in seconds except `failure_attempts`.

    `request_timeout` bounds one attempt from sending to the last byte, `connect_timeout` the
    opening of its connection. A broken upstream is given at most `failure_attempts` attempts,
    all ending within `failure_patience` of the first failing one; rate limiting is retried
    while the next attempt starts within `rate_limit_patience` of the first. Back-off:
    `backoff_base` doubling per retry up to `backoff_cap`, each wait jittered to between half
    and all of it. (Patience, not budget: the daily budget counts API calls.)
    """

    request_timeout: float = 10.0
    connect_timeout: float = 5.0
    failure_patience: float = 15.0
    failure_attempts: int = 3
    rate_limit_patience: float = 60.0
    backoff_base: float = 1.0
    backoff_cap: float = 32.0

    def backoff(self, retry_number: int, jitter: float) -> float:
        """base * 2**(n-1), capped, times a factor in [0.5, 1] (`jitter` in [0, 1])."""
        ceiling = min(self.backoff_cap, self.backoff_base * 2.0 ** min(retry_number - 1, 60))
        return ceiling * (0.5 + 0.5 * jitter)


class RetryPlan:
    """The attempts of one search call: when they were sent, and what went wrong so far."""

    def __init__(
        self, policy: RetryPolicy, *, clock: Callable[[], float], random: Callable[[], float]
    ) -> None:
        self.policy = policy
        self.count = 0
        self._clock = clock
        self._random = random
        self._first_sent: float | None = None
        self._last_sent = 0.0
        self._failing_since: float | None = None
        self._failures = 0
        self._rate_limited = 0
        self._bad_request_retries = 0

    def sent(self) -> None:
        """An attempt goes out now."""
        self.count += 1
        self._last_sent = self._clock()
        if self._first_sent is None:
            self._first_sent = self._last_sent

    def attempt_timeout(self) -> float:
        """The request timeout, cut short so a retry of a broken upstream ends within budget."""
        if self._failing_since is None:
            return self.policy.request_timeout
        left = self._failing_since + self.policy.failure_patience - self._clock()
        return min(self.policy.request_timeout, max(left, MIN_ATTEMPT_SECONDS / 2))

    def delay_after(self, error: MemoriesError, *, queue_wait: float) -> float | None:
        """Seconds to wait before the next attempt, or None to give up now. `queue_wait`: how
        long the next attempt would wait for its permit after that."""
        if not error.retryable or self._first_sent is None:
            return None
        if isinstance(error, RateLimitedError):
            return self._rate_limit_delay()
        if error.code == "0001" and not self._bad_request_retry():
            return None
        return self._failure_delay(queue_wait)

    def _rate_limit_delay(self) -> float | None:
        """Patient: doubling back-off while the next attempt starts within the budget, counted
        from when the first attempt was sent (queueing for the first permit does not count)."""
        assert self._first_sent is not None  # noqa: S101 - checked by the caller
        self._rate_limited += 1
        delay = self.policy.backoff(self._rate_limited, self._random())
        elapsed = self._clock() - self._first_sent
        return delay if elapsed + delay <= self.policy.rate_limit_patience else None

    def _bad_request_retry(self) -> bool:
        """0001 is sometimes a transient "network abnormal": worth two more tries, no more."""
        self._bad_request_retries += 1
        return self._bad_request_retries <= MAX_BAD_REQUEST_RETRIES

    def _failure_delay(self, queue_wait: float) -> float | None:
        """Short: a few attempts, the last one ending within the failure budget (a retry that
        would first wait long in the limiter's queue is not worth it either)."""
        if self._failing_since is None:
            self._failing_since = self._last_sent
        self._failures += 1
        if self._failures >= self.policy.failure_attempts:
            return None
        delay = self.policy.backoff(self._failures, self._random())
        starts = self._clock() + delay + queue_wait
        left = self._failing_since + self.policy.failure_patience - starts
        return delay if left >= MIN_ATTEMPT_SECONDS else None
