"""Fair use: how often one member may search, and how many API calls a server may make a day.

Pure rules over two counters (protocols in `bot.core.ports`, so a Redis-backed pair can share them
between processes) and an injectable clock. Only searches that reach the API count: an answer
served entirely from the cache is free for everyone.

Fair use is decided before anything is downloaded or decoded (`FairUse.hold`): a member over the
cooldown, or a server whose budget is spent, is refused at no cost. The cache key is the hash of
the downloaded bytes, so whether a search is free is only known after the download; the hold
keeps the member's place meanwhile (it counts against the cooldown like a recorded search, so a
burst of commands sent at once cannot all slip past the check) and is then either turned into a
counted search with the calls the cache could not answer (`FairUseHold.admit`) or given back (a
search answered from the cache costs nothing). A member's commands all reach the process that
serves their server, so the holds live in that process.

Before the hold, the acknowledgement only needs a guess (a private "thinking…" for a search that
will likely be refused): `FairUse.likely_refused` answers from what this process last read or
counted, with no round trip to Redis or the database (issue 13 §3).
"""

from __future__ import annotations

import asyncio
import itertools
import math
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.core.errors import UserFacingError
from bot.core.language import Text
from bot.core.moderation.fair_use_estimate import KnownUse
from bot.core.moderation.guild_settings import GuildSettings
from bot.core.ports import CooldownLog, DailyBudgetLedger

COOLDOWN_WINDOW_SECONDS = 60.0


@dataclass(frozen=True)
class FairUseLimits:
    """A server's limits: searches per member per minute, API calls per UTC day (0 = no limit).

    No defaults here: a server's limits come from its settings (`fair_use_limits`), whose
    defaults are the operator's (`DEFAULT_COOLDOWN`, `DEFAULT_DAILY_BUDGET` in bot/config)."""

    cooldown: int
    daily_budget: int


def fair_use_limits(server: GuildSettings) -> FairUseLimits:
    """The limits a server's settings set."""
    return FairUseLimits(cooldown=server.cooldown, daily_budget=server.daily_budget)


@dataclass(frozen=True)
class Requester:
    """Who is searching, where; `exempt` members (moderators) have no cooldown."""

    user_id: int
    guild_id: int | None
    exempt: bool = False

    @property
    def cooldown_key(self) -> str:
        return f"{self.guild_id or 'dm'}:{self.user_id}"


class FairUseRefusedError(UserFacingError):
    """A search refused before any API call; `retry_at` is when it may be tried again (Unix s)."""

    def __init__(self, user_message: str | Text, *, retry_at: float, detail: str = "") -> None:
        super().__init__(user_message, detail=detail)
        self.retry_at = retry_at


def relative_time(at: float) -> str:
    """A Discord timestamp that every reader sees in their own words ("in 42 seconds")."""
    return f"<t:{math.ceil(at)}:R>"


def utc_day(now: float) -> str:
    """The budget's day: the UTC date of `now`, e.g. `2026-12-02`."""
    return datetime.fromtimestamp(now, UTC).date().isoformat()


def utc_day_start(now: float) -> float:
    """The last UTC midnight at or before `now`."""
    day = datetime.fromtimestamp(now, UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return day.timestamp()


def next_utc_midnight(now: float) -> float:
    return utc_day_start(now) + timedelta(days=1).total_seconds()


def cooldown_retry_at(recent: list[float], limit: int, now: float) -> float | None:
    """When the member may search again, or None if a search is allowed now.

    `recent` holds the times of their counted searches; only those in the last window count."""
    inside = sorted(at for at in recent if at > now - COOLDOWN_WINDOW_SECONDS)
    if limit <= 0 or len(inside) < limit:
        return None
    return inside[-limit] + COOLDOWN_WINDOW_SECONDS


def cooldown_refusal(limit: int, retry_at: float) -> FairUseRefusedError:
    return FairUseRefusedError(
        Text("error-cooldown", limit=limit, when=relative_time(retry_at)),
        retry_at=retry_at,
        detail="cooldown",
    )


def budget_refusal(budget: int, used: int, calls: int, now: float) -> FairUseRefusedError:
    retry_at = next_utc_midnight(now)
    left, when = max(budget - used, 0), relative_time(retry_at)
    if left == 0:
        refusal = Text("error-budget-spent", budget=budget, when=when)
    else:
        refusal = Text("error-budget-short", calls=calls, left=left, when=when)
    return FairUseRefusedError(
        refusal,
        retry_at=retry_at,
        detail=f"daily budget {budget}, used {used}, asked {calls}",
    )


class FairUse:
    """Admits or refuses searches that need the API, and counts the ones it admits."""

    def __init__(
        self,
        cooldowns: CooldownLog,
        budgets: DailyBudgetLedger,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.cooldowns = cooldowns
        self.budgets = budgets
        self.clock = clock
        self._lock = asyncio.Lock()
        self._held: dict[int, tuple[str, float]] = {}
        """Searches started and not yet counted or given back: id -> (cooldown key, start)."""
        self._hold_ids = itertools.count()
        self._known = KnownUse(COOLDOWN_WINDOW_SECONDS)
        """What this process last read or counted, for `likely_refused`."""

    @asynccontextmanager
    async def hold(self, who: Requester, limits: FairUseLimits) -> AsyncIterator[FairUseHold]:
        """Refuse now (before any download) a member over the cooldown or a server whose budget
        is spent; otherwise hold the member's place until the search knows its API calls."""
        async with self._lock:
            now = self.clock()
            await self._check_cooldown(who, limits, now)
            await self._check_budget(who, limits, 1, now)
            hold_id = next(self._hold_ids)
            if self._cooldown_applies(who, limits):
                self._held[hold_id] = (who.cooldown_key, now)
        try:
            yield FairUseHold(self, who, limits, hold_id)
        finally:
            self._held.pop(hold_id, None)

    async def count_held(
        self, hold_id: int, who: Requester, limits: FairUseLimits, calls: int
    ) -> None:
        """Count a held search's `calls` (the cooldown was checked when it was held)."""
        async with self._lock:
            now = self.clock()
            await self._check_budget(who, limits, calls, now)
            if self._held.pop(hold_id, None) is not None:
                await self._record_search(who, now)
            await self._add_calls(who, calls, now)

    async def admit(self, who: Requester, limits: FairUseLimits, calls: int) -> None:
        """Count a search of `calls` API calls, or raise `FairUseRefusedError` counting nothing."""
        async with self._lock:  # check and count as one step within this process
            now = self.clock()
            await self._check_cooldown(who, limits, now)
            await self._check_budget(who, limits, calls, now)
            if self._cooldown_applies(who, limits):
                await self._record_search(who, now)
            await self._add_calls(who, calls, now)

    def likely_refused(self, who: Requester, limits: FairUseLimits) -> bool:
        """Whether a search needing the API would be refused now, as far as this process knows
        from what it last read or counted: it awaits nothing, so it may run before Discord's
        3-second acknowledgement (issue 13 §3). Unknown counts as not refused; `hold` and
        `admit` decide for real."""
        now = self.clock()
        return self._likely_over_cooldown(who, limits, now) or self._likely_spent(who, limits, now)

    async def count_calls(self, guild_id: int, calls: int) -> None:
        """Count API calls no member's search asked for (a watched channel's checks) in the
        server's budget: on this clock's day, as the budget checks read it, and into what the
        estimate knows, so `likely_refused` sees the watch's spending too."""
        async with self._lock:
            await self._count(guild_id, calls, self.clock())

    async def budget_left(self, guild_id: int, limits: FairUseLimits) -> int | None:
        """API calls left today (None: no budget set)."""
        if limits.daily_budget <= 0:
            return None
        used = await self._used(guild_id, utc_day(self.clock()))
        return max(limits.daily_budget - used, 0)

    def _likely_over_cooldown(self, who: Requester, limits: FairUseLimits, now: float) -> bool:
        if not self._cooldown_applies(who, limits):
            return False
        recent = self._known.searches(who.cooldown_key, now) + self._held_by(who)
        return cooldown_retry_at(recent, limits.cooldown, now) is not None

    def _likely_spent(self, who: Requester, limits: FairUseLimits, now: float) -> bool:
        if limits.daily_budget <= 0 or who.guild_id is None:
            return False
        used = self._known.used(who.guild_id, utc_day(now))
        return used is not None and used + 1 > limits.daily_budget

    def _held_by(self, who: Requester) -> list[float]:
        return [at for key, at in self._held.values() if key == who.cooldown_key]

    async def _record_search(self, who: Requester, now: float) -> None:
        await self.cooldowns.record(who.cooldown_key, now)
        self._known.recorded_search(who.cooldown_key, now)

    async def _add_calls(self, who: Requester, calls: int, now: float) -> None:
        if who.guild_id is not None:
            await self._count(who.guild_id, calls, now)

    async def _count(self, guild_id: int, calls: int, now: float) -> None:
        day = utc_day(now)
        await self.budgets.add(guild_id, day, calls)
        self._known.added(guild_id, day, calls)

    async def _used(self, guild_id: int, day: str) -> int:
        used = await self.budgets.used(guild_id, day)
        self._known.read_used(guild_id, day, used)
        return used

    @staticmethod
    def _cooldown_applies(who: Requester, limits: FairUseLimits) -> bool:
        return limits.cooldown > 0 and not who.exempt

    async def _check_cooldown(self, who: Requester, limits: FairUseLimits, now: float) -> None:
        if not self._cooldown_applies(who, limits):
            return
        since = now - COOLDOWN_WINDOW_SECONDS
        recent = await self.cooldowns.recent(who.cooldown_key, since)
        self._known.read_searches(who.cooldown_key, recent, now)
        recent += self._held_by(who)
        retry_at = cooldown_retry_at(recent, limits.cooldown, now)
        if retry_at is not None:
            raise cooldown_refusal(limits.cooldown, retry_at)

    async def _check_budget(
        self, who: Requester, limits: FairUseLimits, calls: int, now: float
    ) -> None:
        if limits.daily_budget <= 0 or who.guild_id is None:
            return
        used = await self._used(who.guild_id, utc_day(now))
        if used + calls > limits.daily_budget:
            raise budget_refusal(limits.daily_budget, used, calls, now)


class FairUseHold:
    """A search let through before its download: `admit` counts the API calls it turns out to
    need (or refuses them, if the budget cannot pay); a hold never admitted costs nothing."""

    def __init__(self, rules: FairUse, who: Requester, limits: FairUseLimits, hold_id: int) -> None:
        self._rules = rules
        self._who = who
        self._limits = limits
        self._id = hold_id

    async def admit(self, calls: int) -> None:
        """Count `calls` API calls, or raise `FairUseRefusedError` counting nothing."""
        await self._rules.count_held(self._id, self._who, self._limits, calls)
