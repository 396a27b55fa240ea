"""Telling a server's moderators, once per outage, that searches fail for a reason only the bot's
operator can fix (no credits, a refused key, the search service down).

The member who searched gets the private sentence as before; the mod-log (when the server has one)
gets one notice per kind of failure per outage, so moderators know it is not theirs to fix and
stop asking members to retry. Never raises: a notice that cannot be posted is logged.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

import discord

from bot.core.errors import UserFacingError
from bot.core.language import Text
from bot.core.moderation.outages import Outages
from bot.core.request import QueryOutcome
from bot.discord.modlog import post_to_modlog

if TYPE_CHECKING:
    from bot.discord.app import FindVideoBot

log = logging.getLogger(__name__)

COLOUR_OUTAGE = discord.Colour.dark_red()


def outage_embed(error: UserFacingError) -> discord.Embed:
    notice = getattr(error, "operator_notice", "") or error.user_message
    embed = discord.Embed(title="Searches are failing", description=notice, colour=COLOUR_OUTAGE)
    embed.set_footer(text="Said once per outage; searches resume by themselves once it is over.")
    return embed


async def report_outage(
    interaction: discord.Interaction, outages: Outages, outcomes: Sequence[QueryOutcome]
) -> None:
    """Note the search's outcomes; tell the mod-log of a new operator-side failure."""
    errors = outages.saw(outcomes)
    guild = interaction.guild
    if not errors or guild is None:
        return
    error = errors[0]
    if not outages.first_notice(guild.id, type(error).__name__):
        return
    bot = cast("FindVideoBot", interaction.client)
    channel_id = (await bot.services.settings_for(guild.id)).modlog_channel_id
    if channel_id is None:
        return
    problem: Text | str | None
    try:
        problem = await post_to_modlog(guild, channel_id, embeds=[outage_embed(error)])
    except discord.HTTPException as error_posting:
        problem = str(error_posting)
    if problem:
        log.warning("the outage notice for server %s was not posted: %s", guild.id, problem)
