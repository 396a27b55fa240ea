"""Failures only the bot's operator can fix (no credits, a refused key, the search service down):
whether one is going on, and whether a server's moderators were already told of it.

A server's mod-log hears of an outage once, not once per search; a search that reached the API
again ends the outage, so the next one is told again. While an outage is going on, searches are
answered privately from the start (a failure would be private, and a public "thinking…" that
vanishes helps nobody). Pure state on an injectable clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from bot.core.errors import UserFacingError
from bot.core.request import QueryOutcome

ONGOING_SECONDS = 300.0
"""An operator-side failure this recent means the outage is still going on."""


def operator_errors(outcomes: Iterable[QueryOutcome]) -> list[UserFacingError]:
    """The operator-side errors among the outcomes (whole images and single libraries)."""
    errors = [o.error for o in outcomes if o.error is not None]
    errors += [failure.error for o in outcomes for failure in o.failures]
    return [error for error in errors if getattr(error, "operator_side", False)]


def reached_the_api(outcomes: Iterable[QueryOutcome]) -> bool:
    """Whether a search got answers from the API itself (not only from the cache)."""
    return any(o.error is None and not o.failures and o.api_calls > 0 for o in outcomes)


@dataclass
class Outages:
    """The operator-side outage as searches saw it; one per process."""

    clock: Callable[[], float] = time.monotonic
    _last_failure: float | None = None
    _told: set[tuple[int, str]] = field(default_factory=set)

    def saw(self, outcomes: Iterable[QueryOutcome]) -> list[UserFacingError]:
        """Note a search's outcomes; returns its operator-side errors (empty: none)."""
        listed = list(outcomes)
        errors = operator_errors(listed)
        if errors:
            self._last_failure = self.clock()
        elif reached_the_api(listed):
            self._last_failure = None
            self._told.clear()
        return errors

    @property
    def ongoing(self) -> bool:
        last = self._last_failure
        return last is not None and self.clock() - last < ONGOING_SECONDS

    def first_notice(self, guild_id: int, kind: str) -> bool:
        """True the first time this server is told of this kind of failure in this outage."""
        if (guild_id, kind) in self._told:
            return False
        self._told.add((guild_id, kind))
        return True
