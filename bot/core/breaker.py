"""A circuit breaker: after repeated upstream failures, stop calling for a while, then probe once.

While the upstream is down, every search would otherwise spend its own retries finding that out,
and the users would each wait for it. The breaker remembers for all of them: after
`failure_threshold` consecutive failed attempts it opens, and for a cool-down every request is
refused at once (no call made). Then one request is let through as a probe: if it succeeds the
breaker closes, if it fails the breaker opens again for a longer cool-down (growing up to
`max_cool_down`). State changes are logged once, when they happen.

Pure: no I/O, an injectable clock. The adapter asks `admit()` before each call and reports the
outcome with the `Ticket` it got.
"""

from __future__ import annotations

import enum
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)


class BreakerState(enum.Enum):
    """`HALF_OPEN`: the cool-down is over and the next request (or the one in flight) probes."""

    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


@dataclass(frozen=True)
class BreakerPolicy:
    failure_threshold: int = 5
    cool_down: float = 30.0
    max_cool_down: float = 300.0
    growth: float = 2.0

    def __post_init__(self) -> None:
        if self.failure_threshold < 1 or self.cool_down <= 0 or self.growth < 1:
            raise ValueError(f"not a usable breaker policy: {self!r}")


@dataclass(frozen=True)
class Ticket:
    """Permission for one call; `probe` says whether its outcome decides the breaker's state."""

    probe: bool


class CircuitBreaker:
    """One per upstream and process, shared by every request to it."""

    def __init__(
        self,
        policy: BreakerPolicy | None = None,
        *,
        name: str = "the upstream",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.policy = policy or BreakerPolicy()
        self.name = name
        self._clock = clock
        self._open = False
        self._failures = 0
        self._cool_down = self.policy.cool_down
        self._reopens_at = 0.0
        self._probing = False

    @property
    def state(self) -> BreakerState:
        if not self._open:
            return BreakerState.CLOSED
        if self._probing or self._clock() >= self._reopens_at:
            return BreakerState.HALF_OPEN
        return BreakerState.OPEN

    @property
    def retry_in(self) -> float:
        """Seconds until a probe may be sent (0 when closed or ready to probe)."""
        return max(self._reopens_at - self._clock(), 0.0) if self._open else 0.0

    def refuses(self) -> bool:
        """Whether `admit()` would refuse now; claims nothing (for checking before queueing)."""
        state = self.state
        return state is BreakerState.OPEN or (state is BreakerState.HALF_OPEN and self._probing)

    def admit(self) -> Ticket | None:
        """A ticket for one call, or None: refused, make no call."""
        if self.refuses():
            return None
        if self._open:
            self._probing = True
            log.warning("%s: cool-down over, sending one probe request", self.name)
            return Ticket(probe=True)
        return Ticket(probe=False)

    def succeeded(self, ticket: Ticket) -> None:
        """The call got a real answer from the upstream (any answer in its protocol)."""
        if ticket.probe:
            self._close()
        elif not self._open:
            self._failures = 0

    def failed(self, ticket: Ticket) -> None:
        """The call found the upstream broken (no answer, or not one in its protocol)."""
        if ticket.probe:
            self._probing = False
            self._cool_down = min(self._cool_down * self.policy.growth, self.policy.max_cool_down)
            self._trip("the probe failed too")
        elif not self._open:
            self._failures += 1
            if self._failures >= self.policy.failure_threshold:
                self._trip(f"{self._failures} failures in a row")

    def abandoned(self, ticket: Ticket) -> None:
        """The call ended without a verdict (cancelled): a probe's turn goes to the next caller."""
        if ticket.probe:
            self._probing = False

    def _trip(self, why: str) -> None:
        self._open = True
        self._reopens_at = self._clock() + self._cool_down
        log.error(
            "%s is failing (%s): refusing requests for %.0f s", self.name, why, self._cool_down
        )

    def _close(self) -> None:
        self._open = self._probing = False
        self._failures = 0
        self._cool_down = self.policy.cool_down
        log.warning("%s is answering again; requests resume", self.name)
