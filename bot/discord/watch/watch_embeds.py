"""The mod-log alert for a watched image that matched a video: embed, re-uploaded image, buttons."""

from __future__ import annotations

import asyncio
import io
from dataclasses import dataclass

import discord

from bot.core.watch import watch_wording
from bot.core.watch.watch_evidence import AlertEvidence
from bot.core.watch.watch_model import RepostAlert
from bot.discord.embed_limits import fit_embeds
from bot.discord.watch.watch_buttons import alert_view

COLOUR_ALERT = discord.Colour.orange()
COMPOSITE_FILE = "evidence.jpg"


@dataclass(frozen=True)
class AlertMessage:
    embed: discord.Embed
    files: list[discord.File]
    view: discord.ui.View


def alert_file_name(alert: RepostAlert) -> str:
    return f"watched.{alert.image.format.extension}"


def alert_embed(alert: RepostAlert, link: str | None) -> discord.Embed:
    """Where and by whom it was posted, and the top match (linked when its page is known)."""
    message, watch = alert.check.message, alert.check.watch
    lines = [
        f"[Jump to the message]({message.jump_url}) in <#{message.channel_id}>",
        f"Posted by <@{message.author_id}> (`{message.author_id}`)",
        watch_wording.match_line(alert.match),
        f"Video: {link}" if link else f"Video id: `{alert.match.video_no[:80]}`",
    ]
    embed = discord.Embed(
        title="Possible repost", description="\n".join(lines), colour=COLOUR_ALERT
    )
    embed.set_footer(text=f"Watch: {watch_wording.watch_options(watch)}")
    return embed


async def alert_message(
    alert: RepostAlert, alert_id: int, evidence: AlertEvidence, *, size_limit: int
) -> AlertMessage:
    """The embed, the posted image re-uploaded (within the upload limit), the side-by-side
    picture when there is one (the embed's image; the posted image is then its thumbnail), and
    the moderators' buttons."""
    message, image = alert.check.message, alert.image
    embed = alert_embed(alert, evidence.link)
    files: list[discord.File] = []
    posted_image = f"attachment://{alert_file_name(alert)}"
    if image.image_size <= size_limit:
        data = await asyncio.to_thread(image.original.read, 0, image.image_size)
        files.append(discord.File(io.BytesIO(data), filename=alert_file_name(alert)))
        embed.set_image(url=posted_image)
    if evidence.composite is not None:
        files.append(discord.File(io.BytesIO(evidence.composite), filename=COMPOSITE_FILE))
        if embed.image.url == posted_image:
            embed.set_thumbnail(url=posted_image)
        embed.set_image(url=f"attachment://{COMPOSITE_FILE}")
    view = alert_view(alert_id, message.channel_id, message.message_id)
    return AlertMessage(fit_embeds([embed])[0], files, view)
