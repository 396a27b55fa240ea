"""The mod-log alert for a watched image that matched a video: embed, re-uploaded image, buttons."""

from __future__ import annotations

import asyncio
import io

import discord

from bot.core import watch_wording
from bot.core.watch_model import RepostAlert
from bot.discord.embed_limits import fit_embeds
from bot.discord.watch_buttons import alert_view

COLOUR_ALERT = discord.Colour.orange()


def alert_file_name(alert: RepostAlert) -> str:
    return f"watched.{alert.image.format.extension}"


def alert_embed(alert: RepostAlert) -> discord.Embed:
    """Where and by whom it was posted, the top match, and the image itself (attached)."""
    message, watch = alert.check.message, alert.check.watch
    lines = [
        f"[Jump to the message]({message.jump_url}) in <#{message.channel_id}>",
        f"Posted by <@{message.author_id}> (`{message.author_id}`)",
        watch_wording.match_line(alert.match),
        f"Video id: `{alert.match.video_no[:80]}`",
    ]
    embed = discord.Embed(
        title="Possible repost", description="\n".join(lines), colour=COLOUR_ALERT
    )
    embed.set_image(url=f"attachment://{alert_file_name(alert)}")
    embed.set_footer(text=f"Watch: {watch_wording.watch_options(watch)}")
    return fit_embeds([embed])[0]


async def post_alert(
    channel: discord.abc.Messageable, alert: RepostAlert, alert_id: int, *, size_limit: int
) -> None:
    """Post the alert: embed, the image re-uploaded (when within the upload limit) and the
    moderators' buttons; no pings."""
    message, image = alert.check.message, alert.image
    embed = alert_embed(alert)
    files = []
    if image.image_size <= size_limit:
        data = await asyncio.to_thread(image.original.read, 0, image.image_size)
        files.append(discord.File(io.BytesIO(data), filename=alert_file_name(alert)))
    else:
        embed.set_image(url=None)
    await channel.send(
        embed=embed,
        files=files,
        view=alert_view(alert_id, message.channel_id, message.message_id),
        allowed_mentions=discord.AllowedMentions.none(),
    )
