"""The watch's share of a server's daily search budget.

Automatic checks may spend at most `share_percent` of what the server may spend in a day, so they
can never use up the searches people run themselves. A search of "all platforms" costs one
search per platform.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from bot.core.watch_tally import utc_today


class WatchBudget:
    """Counts the searches watch checks spend per server and day, refusing past the share."""

    def __init__(self, *, share_percent: int, today: Callable[[], date] = utc_today) -> None:
        self._share = share_percent
        self._today = today
        self._day = today()
        self._spent: dict[int, int] = {}

    @property
    def share_percent(self) -> int:
        return self._share

    def allowance(self, daily_budget: int) -> int | None:
        """Searches the watch may spend in a day of a server's `daily_budget` (0 and None:
        unlimited)."""
        return daily_budget * self._share // 100 if daily_budget else None

    def spent(self, guild_id: int) -> int:
        self._roll_over()
        return self._spent.get(guild_id, 0)

    def try_spend(self, guild_id: int, searches: int, daily_budget: int) -> bool:
        """Spend `searches` if they fit in today's allowance; False (nothing spent) if not."""
        allowance = self.allowance(daily_budget)
        spent = self.spent(guild_id)
        if allowance is not None and spent + searches > allowance:
            return False
        self._spent[guild_id] = spent + searches
        return True

    def _roll_over(self) -> None:
        if (today := self._today()) != self._day:
            self._day, self._spent = today, {}
