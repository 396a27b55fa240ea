"""An answer whose interaction expired: posted in the channel instead, where the bot may.

Discord keeps an interaction's token for 15 minutes; a search queued longer than that (or a
Discord hiccup) can no longer replace its "thinking…" message. A public answer is then posted in
the channel, addressed to the member without pinging them: with its embeds when the bot may embed
links there, as plain text when it may only send messages, and not at all (logged) otherwise. A
private answer cannot go anywhere else and is only logged.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import discord

from bot.core.text import truncate
from bot.discord.embed_limits import MAX_CONTENT
from bot.discord.permissions import bot_permissions_in

log = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()
EXPIRED_TOKEN_CODES = frozenset({10015, 50027})  # Unknown Webhook, Invalid Webhook Token


def token_expired(error: discord.HTTPException) -> bool:
    return error.code in EXPIRED_TOKEN_CODES or error.status == 401


def _permissions(interaction: discord.Interaction) -> discord.Permissions:
    channel, guild = interaction.channel, interaction.guild
    if guild is not None and isinstance(channel, discord.abc.GuildChannel):
        return bot_permissions_in(channel)
    return interaction.app_permissions


def embeds_as_text(embeds: Sequence[discord.Embed]) -> str:
    """The embeds' words, for a channel where the bot may not embed links."""
    parts: list[str] = []
    for embed in embeds:
        parts += [f"**{embed.title}**" if embed.title else "", embed.description or ""]
        parts += [f"{field.name}\n{field.value}" for field in embed.fields]
    return "\n".join(part for part in parts if part)


async def post_in_channel(
    interaction: discord.Interaction, embeds: Sequence[discord.Embed]
) -> bool:
    """Post the answer in the interaction's channel if allowed; whether it was posted."""
    channel = interaction.channel
    permissions = _permissions(interaction)
    if not isinstance(channel, discord.abc.Messageable) or not permissions.send_messages:
        log.warning("an expired search answer could not be posted: no permission to send there")
        return False
    intro = f"{interaction.user.mention}, the answer to your search:"
    try:
        if permissions.embed_links:
            await channel.send(intro, embeds=list(embeds)[:10], allowed_mentions=NO_MENTIONS)
        else:
            text = truncate(f"{intro}\n{embeds_as_text(embeds)}", MAX_CONTENT)
            await channel.send(text, allowed_mentions=NO_MENTIONS)
    except discord.HTTPException as error:
        log.warning("an expired search answer could not be posted in the channel: %s", error)
        return False
    return True
