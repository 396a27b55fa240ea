"""What a server's settings and its daily budget say about the watch's searches: `WatchTerms`
reads them (the server's settings over the operator's defaults, and the fair-use ledger the
watch's API calls are counted in) as a `ServerTerms`."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.moderation.fair_use import FairUse, fair_use_limits
from bot.core.moderation.settings_cache import settings_in
from bot.core.ports import GuildSettingsStore
from bot.core.request import OperatorDefaults
from bot.core.seen.memory import DEFAULT_DISTANCE


@dataclass(frozen=True)
class ServerTerms:
    """What a server's settings say about its searches (from its per-server settings)."""

    private_namespace: str
    daily_budget: int
    """Searches per UTC day; 0: unlimited."""
    budget_left: int | None = None
    """Searches left today in the server's whole budget (people's included); None: unlimited."""
    cut_borders: bool = True
    """Search reposts without their borders, caption bands and blurred fills (the server's
    `cut_borders`)."""
    image_memory: bool = True
    """Whether the server remembers the images it checks (and so recalls earlier posts)."""
    seen_distance: int = DEFAULT_DISTANCE


class WatchTerms:
    """A server's terms from its settings (private library, daily budget) and its fair-use
    budget ledger, which the watch's API calls are counted in."""

    def __init__(
        self, defaults: OperatorDefaults, store: GuildSettingsStore, fair_use: FairUse
    ) -> None:
        self.defaults, self.store, self.fair_use = defaults, store, fair_use

    async def terms(self, guild_id: int) -> ServerTerms:
        settings = await settings_in(self.defaults, self.store, guild_id)
        limits = fair_use_limits(settings)
        left = await self.fair_use.budget_left(guild_id, limits)
        return ServerTerms(
            settings.private_namespace,
            settings.daily_budget,
            left,
            settings.cut_borders,
            image_memory=settings.image_memory,
            seen_distance=settings.seen_distance,
        )

    async def spend(self, guild_id: int, api_calls: int) -> None:
        """Count the watch's API calls in the server's daily budget, through fair use: on its
        clock's day (the one its budget checks read) and into its estimate."""
        await self.fair_use.count_calls(guild_id, api_calls)
