"""The mod-log alert for a watched image that matched a video: embed, re-uploaded image, buttons."""

from __future__ import annotations

import asyncio
import io
from dataclasses import dataclass

import discord

from bot.core.evidence.verdict_wording import match_facts
from bot.core.language import Text, Words, english
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


def _video_line(evidence: AlertEvidence) -> Text | None:
    if evidence.link is None:
        return None
    detail = evidence.detail
    posted = None if detail is None or detail.published is None else detail.published
    if posted is None:
        return Text("answer-open-video", link=evidence.link)
    return Text("watch-open-video-posted", link=evidence.link, posted=date_stamp(posted))


def _where(alert: RepostAlert) -> Text:
    message = alert.check.message
    return Text(
        "watch-jump",
        link=message.jump_url,
        channel=str(message.channel_id),
        author=f"<@{message.author_id}>",
    )


def alert_embed(
    alert: RepostAlert,
    evidence: AlertEvidence,
    context: AlertContext = AlertContext(),
    words: Words | None = None,
) -> discord.Embed:
    """The verdict first (the video it reposts), then where and by whom, the caption, how often
    this member alerted, the match; ids in the footer. `words`: the server's (default English)."""
    words = words or english()
    say = words.say
    message, watch = alert.check.message, alert.check.watch
    lines: list[Text | str | None] = [
        _video_line(evidence),
        _where(alert),
        watch_wording.caption_line(message.caption),
        watch_wording.repeat_line(context.repeats),
        _found_line(alert),
        watch_wording.REPLY_HELD if context.reply_held else None,
    ]
    lines.append(alert.searched)
    embed = discord.Embed(
        title=say(_title(alert, evidence)),
        url=evidence.link,
        description="\n".join(say(line) for line in lines if line),
        colour=COLOUR_ALERT,
    )
    add_seen_field(embed, alert.seen_before, words)
    options = watch_wording.watch_options(watch)
    footer = Text(
        "watch-footer", options=options, member=str(message.author_id), found=_found_id(alert)
    )
    embed.set_footer(text=say(footer))
    return embed


def _title(alert: RepostAlert, evidence: AlertEvidence) -> Text | str:
    """The video it reposts, or (found by the server's memory alone) that it was posted here."""
    if alert.match is None:
        return seen_wording.REPOSTED_TITLE
    facts = match_facts(alert.match, evidence.detail)
    return Text("watch-alert-title", state=Text("watch-possible-repost"), facts=facts)


def _found_line(alert: RepostAlert) -> Text | str:
    """The match, or where the picture was first posted in this server."""
    if alert.match is None:
        return seen_wording.repost_line(alert.seen_before[0])
    return watch_wording.match_line(alert.match)


def _found_id(alert: RepostAlert) -> Text:
    if alert.match is None:
        return Text("watch-first-post-id", id=str(alert.seen_before[0].sighting.message_id))
    return Text("watch-video-id", id=alert.match.video_no[:80])


async def alert_message(
    alert: RepostAlert,
    alert_id: int,
    evidence: AlertEvidence,
    *,
    size_limit: int,
    context: AlertContext = AlertContext(),
    words: Words | None = None,
) -> AlertMessage:
    """The embed, the posted image re-uploaded (within the upload limit), the side-by-side
    picture when there is one (the embed's image; the posted image is then its thumbnail), and
    the moderators' buttons."""
    message, image = alert.check.message, alert.image
    embed = alert_embed(alert, evidence, context, words)
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
    ids = (alert_id, message.channel_id, message.message_id)
    view = alert_view(*ids, held=context.reply_held, words=words or english())
    return AlertMessage(fit_embeds([embed])[0], files, view)
