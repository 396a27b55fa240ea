"""`/findvideo-watch list`: every watched channel with its options and today's counts."""

from __future__ import annotations

import discord

from bot.core.language import Text, Words, english
from bot.core.watch import watch_wording
from bot.core.watch.watch_service import WatchService
from bot.discord.embed_limits import fit_embeds

COLOUR_LIST = discord.Colour.blurple()
NOTHING_WATCHED = Text("watch-nothing-watched")


async def watch_list_embed(
    service: WatchService, guild_id: int, daily_budget: int, words: Words
) -> discord.Embed:
    """One line per channel (options, today's counts); the day's watch budget in the footer."""
    watches = await service.stores.watches.watches_of(guild_id)
    lines = []
    for watch in watches:
        counts = await service.tally.channel(guild_id, watch.channel_id)
        line = Text(
            "watch-list-line",
            channel=str(watch.channel_id),
            options=watch_wording.watch_options(watch),
            today=watch_wording.counts_text(counts),
        )
        lines.append(words.say(line))
    embed = discord.Embed(
        title=words.say("watch-list-title"),
        description="\n".join(lines) or words.say(NOTHING_WATCHED),
        colour=COLOUR_LIST,
    )
    share = service.share
    allowance = share.allowance(daily_budget)
    spent = (await service.tally.server(guild_id)).searches
    embed.set_footer(text=words.say(watch_wording.budget_text(spent, allowance, share.percent)))
    return fit_embeds([embed])[0]


async def watch_usage_text(
    service: WatchService, guild_id: int, words: Words | None = None
) -> str | None:
    """Today's watch figures for `/findvideo-usage` in the member's `words` (default English);
    None when no channel is watched."""
    if not await service.stores.watches.watches_of(guild_id):
        return None
    counts = await service.tally.server(guild_id)
    usage = Text("watch-usage", counts=watch_wording.counts_text(counts), searches=counts.searches)
    return (words or english()).say(usage)
