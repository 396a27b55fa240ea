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
from bot.core.language import Text, Words
from bot.core.moderation.outages import Outages
from bot.core.request import QueryOutcome
from bot.discord.language import server_words
from bot.discord.modlog import post_to_modlog

if TYPE_CHECKING:
    from bot.discord.app import FindVideoBot

log = logging.getLogger(__name__)

COLOUR_OUTAGE = discord.Colour.dark_red()


def outage_embed(error: UserFacingError, words: Words) -> discord.Embed:
    """The mod-log's notice of `error`, in the server's language (`words`)."""
    notice = getattr(error, "operator_notice", None)
    description = words.say(notice) if notice is not None else error.said_in(words)
    embed = discord.Embed(
        title=words.say("error-outage-title"), description=description, colour=COLOUR_OUTAGE
    )
    embed.set_footer(text=words.say("error-outage-footer"))
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
    settings = await bot.services.settings_for(guild.id)
    if settings.modlog_channel_id is None:
        return
    words = server_words(guild, settings.language)
    problem: Text | str | None
    try:
        embed = outage_embed(error, words)
        problem = await post_to_modlog(guild, settings.modlog_channel_id, embeds=[embed])
    except discord.HTTPException as error_posting:
        problem = str(error_posting)
    if problem:
        log.warning("the outage notice for server %s was not posted: %s", guild.id, problem)
