"""Whose language: the member's for what answers them, the server's for what the bot posts there.

- `member_words(interaction)`: the interaction's `locale` (the member's Discord language).
- `server_words(guild, chosen)`: the server's language setting when it has one, else the
  server's preferred locale (Community servers set it; others report en-US).
- `answer_words(interaction, chosen, private=...)`: a search answer's (its pages, evidence edits
  and buttons): a public one is read by the whole channel, so it follows the server's language
  setting when the server chose one; a private one, or one in a server that chose none, the
  member's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord

from bot.core.language import Words, words_for

if TYPE_CHECKING:
    from bot.services import Services


def member_words(interaction: discord.Interaction) -> Words:
    """The words in the language of the member who used the command or pressed the button."""
    return words_for(interaction.locale.value)


def server_words(guild: discord.Guild | None, chosen: str | None = None) -> Words:
    """The words for what the bot posts in `guild`; `chosen`: the server's language setting."""
    return words_for(chosen or (guild.preferred_locale.value if guild is not None else None))


def answer_words(interaction: discord.Interaction, chosen: str | None, *, private: bool) -> Words:
    """The words of a search answer and its buttons; `chosen`: the server's language setting
    (None: "Server default", never set). Only an explicit choice moves a public answer away from
    the member's language: a server's preferred locale alone says little about who reads."""
    if private or chosen is None or interaction.guild_id is None:
        return member_words(interaction)
    return words_for(chosen)


async def posting_words(services: Services, guild: discord.Guild | None) -> Words:
    """The words for what the bot posts in `guild`, its language setting read first."""
    if guild is None:
        return words_for(None)
    settings = await services.settings_for(guild.id)
    return server_words(guild, settings.language)
