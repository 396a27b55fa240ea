"""A Discord message as the watch sees it: who posted it where, and its images with their sizes."""

from __future__ import annotations

import discord

from bot.core.watch.watch_model import PostedImage, PostedMessage
from bot.discord.sources import looks_searchable, source_from_attachment


def posted_message(message: discord.Message) -> PostedMessage | None:
    """The message as plain data; None outside a server (direct messages are never watched)."""
    if message.guild is None:
        return None
    return PostedMessage(
        guild_id=message.guild.id,
        channel_id=message.channel.id,
        message_id=message.id,
        author_id=message.author.id,
        automated=message.author.bot or message.webhook_id is not None,
        jump_url=message.jump_url,
        caption=message.content,
    )


def posted_images(message: discord.Message) -> list[PostedImage]:
    """The message's image, GIF and video attachments, each with the size Discord measured
    (when it did)."""
    return [
        PostedImage(source_from_attachment(a), a.width, a.height, item)
        for item, a in enumerate(message.attachments)
        if looks_searchable(a)
    ]
