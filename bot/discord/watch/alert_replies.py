"""The bot's public reply under a watched message that matched a video: posted at once, or held
until a moderator confirms the repost (the watch's `confirm_replies`). Its id is kept, so the reply
can be removed when the post is cleared or deleted. Sent without pings; a refusal is logged."""

from __future__ import annotations

import logging

import discord

from bot.core.watch.watch_model import StoredAlert
from bot.core.watch.watch_ports import AlertLog

log = logging.getLogger(__name__)


async def post_reply(
    client: discord.Client, guild_id: int, channel_id: int, message_id: int, text: str
) -> int | None:
    """Reply to the watched message; the reply's id, or None when Discord refused."""
    channel = client.get_partial_messageable(channel_id, guild_id=guild_id)
    target = channel.get_partial_message(message_id)
    try:
        reply = await channel.send(
            text,
            reference=target.to_reference(fail_if_not_exists=False),
            mention_author=False,
            allowed_mentions=discord.AllowedMentions.none(),
        )
    except discord.HTTPException as error:
        log.warning("the reply to message %s failed: %s", message_id, error)
        return None
    return reply.id


async def post_held_reply(client: discord.Client, alerts: AlertLog, alert: StoredAlert) -> None:
    """Post the reply a moderator just confirmed, and keep its id."""
    if not alert.held_reply:
        return
    args = (alert.guild_id, alert.channel_id, alert.message_id, alert.held_reply)
    reply_id = await post_reply(client, *args)
    await alerts.note_reply(alert.alert_id, reply_id, None)
