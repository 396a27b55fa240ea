"""Keeping the database small: expired cache entries, old history, old budget days and the
searches behind month-old follow-up buttons go.

`sweep` runs once at start and then every hour in the background (`run`); tests call it directly.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from bot.core.moderation.fair_use import utc_day
from bot.core.moderation.result_cache import ResultCache
from bot.core.ports import SearchHistory, StoredSearches
from bot.core.seen.memory import DEFAULT_KEEP_DAYS, SightingStore
from bot.store.budget import SqliteBudgetLedger
from bot.store.errors import QueryError

log = logging.getLogger(__name__)

SWEEP_EVERY_SECONDS = 3600.0
DAY_SECONDS = 86400.0
STORED_SEARCH_DAYS = 30
"""Follow-up buttons older than a month are unlikely to be pressed; their searches go."""
BUDGET_DAYS_KEPT = 8
"""Budget rows older than a week are of no use (the usage command looks back seven days)."""


@dataclass(frozen=True)
class Swept:
    """How many rows one sweep removed."""

    cache_entries: int
    searches: int
    budget_days: int
    stored_searches: int = 0
    image_sightings: int = 0


class Retention:
    """Removes what has outlived its time to live or the history's retention."""

    def __init__(
        self,
        cache: ResultCache | None,
        history: SearchHistory,
        budgets: SqliteBudgetLedger,
        *,
        history_days: int,
        clock: Callable[[], float] = time.time,
        stored_searches: StoredSearches | None = None,
        image_memory: SightingStore | None = None,
        image_memory_days: int = DEFAULT_KEEP_DAYS,
    ) -> None:
        self.cache = cache
        self.history = history
        self.budgets = budgets
        self.history_days = history_days
        self.clock = clock
        self.stored_searches = stored_searches
        """Searches behind follow-up buttons, kept `STORED_SEARCH_DAYS` (buttons older are gone)."""
        self.image_memory = image_memory
        self.image_memory_days = image_memory_days
        """How long a server remembers an image it checked (`IMAGE_MEMORY_DAYS`)."""

    async def sweep(self) -> Swept:
        now = self.clock()
        cache_entries = await self.cache.purge_expired() if self.cache is not None else 0
        searches = await self.history.purge_before(now - self.history_days * DAY_SECONDS)
        budget_days = await self.budgets.purge_before(utc_day(now - BUDGET_DAYS_KEPT * DAY_SECONDS))
        stored = 0
        if self.stored_searches is not None:
            stored = await self.stored_searches.purge_before(now - STORED_SEARCH_DAYS * DAY_SECONDS)
        sightings = 0
        if self.image_memory is not None:
            sightings = await self.image_memory.purge_expired(now, self.image_memory_days)
        return Swept(cache_entries, searches, budget_days, stored, sightings)

    async def run(self, every: float = SWEEP_EVERY_SECONDS) -> None:
        """Sweep now and then every `every` seconds, until cancelled; a failed sweep is logged."""
        while True:
            try:
                swept = await self.sweep()
                log.debug("retention sweep: %s", swept)
            except QueryError:
                log.exception("retention sweep failed; trying again later")
            await asyncio.sleep(every)
