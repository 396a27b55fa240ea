"""Today's counts per watched channel: images checked, alerts raised, and skips by reason.

Counts start again at midnight UTC, the same day boundary as the daily budget.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from bot.core.watch_model import SkipReason


def utc_today() -> date:
    return datetime.now(UTC).date()


@dataclass
class ChannelCounts:
    """One channel's counts for one day."""

    checked: int = 0
    alerts: int = 0
    skipped: Counter[SkipReason] = field(default_factory=Counter)

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())


class WatchTally:
    """Counts per (server, channel) for the current UTC day; older days are forgotten."""

    def __init__(self, today: Callable[[], date] = utc_today) -> None:
        self._today = today
        self._day = today()
        self._counts: dict[tuple[int, int], ChannelCounts] = {}

    def channel(self, guild_id: int, channel_id: int) -> ChannelCounts:
        """Today's counts of one channel (zero counts if nothing happened there today)."""
        self._roll_over()
        return self._counts.setdefault((guild_id, channel_id), ChannelCounts())

    def server(self, guild_id: int) -> ChannelCounts:
        """Today's counts of every watched channel of a server, added up."""
        self._roll_over()
        total = ChannelCounts()
        for (guild, _), counts in self._counts.items():
            if guild == guild_id:
                total.checked += counts.checked
                total.alerts += counts.alerts
                total.skipped.update(counts.skipped)
        return total

    def skipped(self, guild_id: int, channel_id: int, reason: SkipReason) -> None:
        self.channel(guild_id, channel_id).skipped[reason] += 1

    def checked(self, guild_id: int, channel_id: int) -> None:
        self.channel(guild_id, channel_id).checked += 1

    def alerted(self, guild_id: int, channel_id: int) -> None:
        self.channel(guild_id, channel_id).alerts += 1

    def _roll_over(self) -> None:
        if (today := self._today()) != self._day:
            self._day, self._counts = today, {}
