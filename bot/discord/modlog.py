"""Posting to a server's mod-log channel, and saying plainly why it could not be done.

A record that cannot be posted is never a silent failure: `post_to_modlog` returns the sentence a
moderator should read (a `Text`: the caller says it in the moderator's language), and never raises
for Discord's refusals, so a search or a settings change is never broken by its log.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import discord

from bot.core.language import Text
from bot.core.language.choices import permission_names
from bot.discord.permissions import bot_lacks_in

log = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()
NEEDED = ("view_channel", "send_messages", "embed_links", "attach_files")
"""What the bot needs in a mod-log channel: the record is an embed with the query image attached
(each is said as Discord's settings name it: `modlog-permission-view-channel`, …)."""
CHANNEL_GONE = Text("modlog-channel-gone")


def missing_permissions(channel: discord.abc.GuildChannel) -> list[str]:
    """The permissions (discord.py's names) the bot lacks in `channel`."""
    return bot_lacks_in(channel, NEEDED)


def cannot_post_text(channel_id: int, missing: Sequence[str]) -> Text:
    """The sentence for a channel the bot cannot post its records in."""
    needed = permission_names(NEEDED)
    if not missing:
        return Text("modlog-refused", channel=str(channel_id), needed=needed)
    lacking = permission_names(missing)
    return Text("modlog-cannot-post", channel=str(channel_id), missing=lacking, needed=needed)


def modlog_channel(guild: discord.Guild, channel_id: int) -> discord.TextChannel | None:
    channel = guild.get_channel(channel_id)
    return channel if isinstance(channel, discord.TextChannel) else None


async def post_to_modlog(
    guild: discord.Guild,
    channel_id: int,
    *,
    embeds: Sequence[discord.Embed],
    files: Sequence[discord.File] = (),
    view: discord.ui.View | None = None,
) -> Text | None:
    """Post a record; None when it was posted, else why not (for the moderator to read)."""
    _, problem = await send_to_modlog(guild, channel_id, embeds=embeds, files=files, view=view)
    return problem


async def send_to_modlog(
    guild: discord.Guild,
    channel_id: int,
    *,
    embeds: Sequence[discord.Embed],
    files: Sequence[discord.File] = (),
    view: discord.ui.View | None = None,
) -> tuple[discord.Message | None, Text | None]:
    """Post a record: the message posted, or why not (for the moderator to read)."""
    channel = modlog_channel(guild, channel_id)
    if channel is None:
        return None, CHANNEL_GONE
    if missing := missing_permissions(channel):
        return None, cannot_post_text(channel_id, missing)
    try:
        message = await channel.send(
            embeds=list(embeds),
            files=list(files),
            view=view if view is not None else discord.utils.MISSING,
            allowed_mentions=NO_MENTIONS,
        )
    except discord.Forbidden:
        return None, cannot_post_text(channel_id, [])
    except discord.NotFound:
        return None, CHANNEL_GONE
    except discord.HTTPException as error:
        log.warning("mod-log post to %s in guild %s failed: %s", channel_id, guild.id, error)
        return None, Text("modlog-not-accepted", channel=str(channel_id), status=str(error.status))
    return message, None
