"""The mod-log alert for a watched image that matched a video: embed, re-uploaded image, buttons."""

from __future__ import annotations

import asyncio
import io
from dataclasses import dataclass

import discord

from bot.core import wording
from bot.core.evidence.verdict_wording import match_facts
from bot.core.language import english
from bot.core.seen import seen_wording
from bot.core.watch import watch_wording
from bot.core.watch.watch_evidence import AlertEvidence
from bot.core.watch.watch_model import RepostAlert
from bot.core.wording import date_stamp
from bot.discord.embed_limits import fit_embeds
from bot.discord.seen_field import add_seen_field
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


@dataclass(frozen=True)
class AlertContext:
    """What the alert says besides the match: how often this member alerted this week, and
    whether the public reply waits for a moderator."""

    repeats: int = 1
    reply_held: bool = False


def _video_line(alert: RepostAlert, evidence: AlertEvidence) -> str | None:
    if evidence.link is None:
        return None
    detail = evidence.detail
    posted = None if detail is None or detail.published is None else detail.published
    when = f" · posted {date_stamp(posted)}" if posted is not None else ""
    return f"**[Open the video]({evidence.link})**{when}"


def alert_embed(
    alert: RepostAlert, evidence: AlertEvidence, context: AlertContext = AlertContext()
) -> discord.Embed:
    """The verdict first (the video it reposts), then where and by whom, the caption, how often
    this member alerted, the match; ids in the footer."""
    message, watch = alert.check.message, alert.check.watch
    lines = [
        _video_line(alert, evidence),
        f"[Jump to the message]({message.jump_url}) in <#{message.channel_id}>, "
        f"posted by <@{message.author_id}>",
        watch_wording.caption_line(message.caption),
        watch_wording.repeat_line(context.repeats),
        _found_line(alert),
        watch_wording.held_reply_line() if context.reply_held else None,
    ]
    if alert.searched_phrase:
        lines.append(f"✂️ {alert.searched_phrase}.")
    embed = discord.Embed(
        title=_title(alert, evidence),
        url=evidence.link,
        description="\n".join(line for line in lines if line),
        colour=COLOUR_ALERT,
    )
    add_seen_field(embed, alert.seen_before, english())  # the alert's language: still English
    ids = f"member {message.author_id} · {_found_id(alert)}"
    embed.set_footer(text=f"Watch: {watch_wording.watch_options(watch)}\n{ids}")
    return embed


def _title(alert: RepostAlert, evidence: AlertEvidence) -> str:
    """The video it reposts, or (found by the server's memory alone) that it was posted here."""
    if alert.match is None:
        return seen_wording.REPOSTED_TITLE
    facts = wording.say(english(), match_facts(alert.match, evidence.detail))
    return f"Possible repost: {facts}"


def _found_line(alert: RepostAlert) -> str:
    """The match, or where the picture was first posted in this server."""
    if alert.match is None:
        return seen_wording.repost_line(alert.seen_before[0])
    return watch_wording.match_line(alert.match)


def _found_id(alert: RepostAlert) -> str:
    if alert.match is None:
        return f"first post {alert.seen_before[0].sighting.message_id}"
    return f"video {alert.match.video_no[:80]}"


async def alert_message(
    alert: RepostAlert,
    alert_id: int,
    evidence: AlertEvidence,
    *,
    size_limit: int,
    context: AlertContext = AlertContext(),
) -> AlertMessage:
    """The embed, the posted image re-uploaded (within the upload limit), the side-by-side
    picture when there is one (the embed's image; the posted image is then its thumbnail), and
    the moderators' buttons."""
    message, image = alert.check.message, alert.image
    embed = alert_embed(alert, evidence, context)
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
    view = alert_view(alert_id, message.channel_id, message.message_id, held=context.reply_held)
    return AlertMessage(fit_embeds([embed])[0], files, view)
