"""The watch's share of a server's daily search budget.

Automatic checks may spend at most `percent` of what the server may spend in a day, so they
can never use up the searches people run themselves. A search of "all platforms" costs one
search per platform (and a clip one per still).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class WatchShare:
    """The watch's share of a server's daily budget (`WATCH_BUDGET_SHARE`)."""

    percent: int

    def allowance(self, daily_budget: int) -> int | None:
        """Searches the watch may spend in a day of a server's `daily_budget` (0: unlimited)."""
        return daily_budget * self.percent // 100 if daily_budget else None

    def fits(self, spent: int, searches: int, daily_budget: int) -> bool:
        """Whether `searches` more, after `spent` today, stay within the watch's share."""
        allowance = self.allowance(daily_budget)
        return allowance is None or spent + searches <= allowance
