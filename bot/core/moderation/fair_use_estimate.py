"""What this process last knew of the fair-use counters, for an estimate that awaits nothing.

A search is acknowledged before anything that may wait on I/O (issue 13 §3: Discord fails an
interaction not acknowledged within 3 s), yet the acknowledgement must already choose between a
public "thinking…" and a private one. The counters behind that choice may sit in Redis or the
database, so `FairUse` keeps here the cooldown times and daily counts it last read or wrote and
estimates from them alone. The estimate may be wrong (another process counted meanwhile, or this
one never looked): the check after the acknowledgement stays the authority.
"""

from __future__ import annotations


class KnownUse:
    """A member's recent searches and a server's calls today, as this process last knew them.

    Bounded: search times older than the cooldown `window` (s) are forgotten (every member's at
    most once a window), and so are the counts of past UTC days."""

    def __init__(self, window: float) -> None:
        self._window = window
        self._searches: dict[str, list[float]] = {}
        self._swept_at = float("-inf")
        self._day = ""
        self._used: dict[int, int] = {}

    def read_searches(self, key: str, times: list[float], now: float) -> None:
        """The cooldown log's answer replaces what was known: it holds every process's searches."""
        self._searches[key] = [at for at in times if at > now - self._window]
        self._forget_old_searches(now)

    def recorded_search(self, key: str, at: float) -> None:
        self._searches.setdefault(key, []).append(at)
        self._forget_old_searches(at)

    def searches(self, key: str, now: float) -> list[float]:
        """The member's known searches still inside the window."""
        return [at for at in self._searches.get(key, []) if at > now - self._window]

    def read_used(self, guild_id: int, day: str, used: int) -> None:
        if self._moved_to(day):
            self._used[guild_id] = used

    def added(self, guild_id: int, day: str, calls: int) -> None:
        """Calls counted by this process add to a known count; to an unknown one they say
        nothing about what other processes spent."""
        if self._moved_to(day) and guild_id in self._used:
            self._used[guild_id] += calls

    def used(self, guild_id: int, day: str) -> int | None:
        """The server's last known calls on `day` (None: not known)."""
        return self._used.get(guild_id) if day == self._day else None

    def _moved_to(self, day: str) -> bool:
        """Follow `day` (ISO dates sort as days do), forgetting the day before; False for a day
        already past, which is not kept."""
        if day > self._day:
            self._day, self._used = day, {}
        return day == self._day

    def _forget_old_searches(self, now: float) -> None:
        if now - self._swept_at < self._window:
            return
        self._swept_at = now
        for key, times in list(self._searches.items()):
            inside = [at for at in times if at > now - self._window]
            if inside:
                self._searches[key] = inside
            else:
                del self._searches[key]
