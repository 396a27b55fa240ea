"""The one place that asks Discord who may do what: the member's permissions and the bot's.

Discord's default permissions on a command can be changed by a server, so every command and button
that needs a permission checks it here too (`require`), refusing privately with its own sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

import discord

from bot.core.errors import UserFacingError
from bot.core.language import Text

MANAGE_MESSAGES = discord.Permissions(manage_messages=True)
MANAGE_SERVER = discord.Permissions(manage_guild=True)


def member_has(interaction: discord.Interaction, needed: discord.Permissions) -> bool:
    """Whether the member using `interaction` has every permission of `needed` in the channel it
    comes from (never in direct messages)."""
    return interaction.guild_id is not None and needed <= interaction.permissions


def require(
    interaction: discord.Interaction, needed: discord.Permissions, refusal: str | Text
) -> int:
    """The server's id, if the member has `needed`; raises `refusal` (privately shown) otherwise."""
    if interaction.guild_id is None or not member_has(interaction, needed):
        raise UserFacingError(refusal)
    return interaction.guild_id


def member_has_in(
    member: discord.Member,
    channel: discord.abc.GuildChannel | discord.Thread,
    needed: discord.Permissions,
) -> bool:
    """Whether `member` has every permission of `needed` in `channel`."""
    return needed <= channel.permissions_for(member)


def bot_permissions_in(channel: discord.abc.GuildChannel | discord.Thread) -> discord.Permissions:
    """What the bot itself may do in `channel`."""
    return channel.permissions_for(channel.guild.me)


def bot_lacks_in(channel: discord.abc.GuildChannel, names: Sequence[str]) -> list[str]:
    """Which of the permissions `names` (discord.py's names) the bot lacks in `channel`."""
    granted = bot_permissions_in(channel)
    return [name for name in names if not getattr(granted, name)]
