"""Members' recent searches, in memory: a cooldown window is a minute, so nothing worth keeping
across a restart. One process only; a Redis-backed `CooldownLog` shares it between processes."""

from __future__ import annotations

from collections import defaultdict, deque

from bot.core.moderation.fair_use import COOLDOWN_WINDOW_SECONDS


class MemoryCooldownLog:
    """Search times per member, forgetting those older than the cooldown window."""

    def __init__(self, window: float = COOLDOWN_WINDOW_SECONDS) -> None:
        self._window = window
        self._times: defaultdict[str, deque[float]] = defaultdict(deque)

    async def recent(self, key: str, since: float) -> list[float]:
        return [at for at in self._times.get(key, ()) if at > since]

    async def record(self, key: str, at: float) -> None:
        times = self._times[key]
        times.append(at)
        while times and times[0] <= at - self._window:
            times.popleft()
