"""`/findvideo-watch list`: every watched channel with its options and today's counts."""

from __future__ import annotations

import discord

from bot.core.watch import watch_wording
from bot.core.watch.watch_service import WatchService
from bot.discord.embed_limits import fit_embeds

COLOUR_LIST = discord.Colour.blurple()
NOTHING_WATCHED = "No channel is watched. Add one with `/findvideo-watch add`."


async def watch_list_embed(
    service: WatchService, guild_id: int, daily_budget: int
) -> discord.Embed:
    """One line per channel (options, today's counts); the day's watch budget in the footer."""
    watches = await service.stores.watches.watches_of(guild_id)
    lines = []
    for watch in watches:
        counts = await service.tally.channel(guild_id, watch.channel_id)
        lines.append(
            f"<#{watch.channel_id}>: {watch_wording.watch_options(watch)}\n"
            f"  Today: {watch_wording.counts_text(counts)}"
        )
    embed = discord.Embed(
        title="Watched channels",
        description="\n".join(lines) or NOTHING_WATCHED,
        colour=COLOUR_LIST,
    )
    share = service.share
    allowance = share.allowance(daily_budget)
    spent = (await service.tally.server(guild_id)).searches
    embed.set_footer(text=watch_wording.budget_text(spent, allowance, share.percent))
    return fit_embeds([embed])[0]


async def watch_usage_text(service: WatchService, guild_id: int) -> str | None:
    """Today's watch figures for `/findvideo-usage`; None when no channel is watched."""
    if not await service.stores.watches.watches_of(guild_id):
        return None
    counts = await service.tally.server(guild_id)
    searches = "search" if counts.searches == 1 else "searches"
    return f"{watch_wording.counts_text(counts)}; {counts.searches} API {searches} spent."
