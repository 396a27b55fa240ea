"""Today's counts per watched channel: images checked, alerts raised, searches spent, and skips
by reason. Kept in the store (`WatchCounts`), so a restart forgets nothing and the watch cannot
spend its share of the budget twice. Counts start again at midnight UTC, as budgets do.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Protocol

from bot.core.watch.watch_model import SkipReason

CHECKED, ALERTS, SEARCHES, SKIPPED = "checked", "alerts", "searches", "skipped:"


def utc_today() -> date:
    return datetime.now(UTC).date()


@dataclass
class ChannelCounts:
    """One channel's (or a whole server's) counts for one day."""

    checked: int = 0
    alerts: int = 0
    searches: int = 0
    """API searches spent (a clip costs one per still and platform)."""
    skipped: Counter[SkipReason] = field(default_factory=Counter)

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())

    @classmethod
    def from_names(cls, counts: Mapping[str, int]) -> ChannelCounts:
        skipped = Counter(
            {
                SkipReason(name[len(SKIPPED) :]): n
                for name, n in counts.items()
                if name.startswith(SKIPPED)
            }
        )
        return cls(counts.get(CHECKED, 0), counts.get(ALERTS, 0), counts.get(SEARCHES, 0), skipped)


class WatchCounts(Protocol):
    """Named counters per server, channel and UTC day (`day` as `YYYY-MM-DD`)."""

    async def add(self, guild_id: int, channel_id: int, day: str, name: str, n: int) -> None: ...

    async def of_channel(self, guild_id: int, channel_id: int, day: str) -> dict[str, int]: ...

    async def of_server(self, guild_id: int, day: str) -> dict[str, int]:
        """Every channel of the server, added up."""


class WatchTally:
    """Today's counts, through the store."""

    def __init__(self, counts: WatchCounts, today: Callable[[], date] = utc_today) -> None:
        self._counts = counts
        self._today = today

    def _day(self) -> str:
        return self._today().isoformat()

    async def channel(self, guild_id: int, channel_id: int) -> ChannelCounts:
        return ChannelCounts.from_names(
            await self._counts.of_channel(guild_id, channel_id, self._day())
        )

    async def server(self, guild_id: int) -> ChannelCounts:
        return ChannelCounts.from_names(await self._counts.of_server(guild_id, self._day()))

    async def skipped(self, guild_id: int, channel_id: int, reason: SkipReason) -> None:
        await self._counts.add(guild_id, channel_id, self._day(), SKIPPED + reason.value, 1)

    async def checked(self, guild_id: int, channel_id: int, searches: int) -> None:
        await self._counts.add(guild_id, channel_id, self._day(), CHECKED, 1)
        await self._counts.add(guild_id, channel_id, self._day(), SEARCHES, searches)

    async def alerted(self, guild_id: int, channel_id: int) -> None:
        await self._counts.add(guild_id, channel_id, self._day(), ALERTS, 1)
