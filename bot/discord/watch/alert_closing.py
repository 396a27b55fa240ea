"""Closing a repost alert: the verdict recorded, the alert edited to say it (colour, a first line
naming the moderator and the time), and the bot's public reply under the post removed when the
post was cleared or deleted.

An alert is closed from its buttons (Not a repost, Delete message, Confirm) or when the watched
message is deleted outside the bot. Discord's refusals (a reply already gone, a permission taken
away) are logged; they never stop the closing.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable

import discord

from bot.core.language import Text, Words
from bot.core.watch import watch_wording
from bot.core.watch.watch_model import AlertVerdict, StoredAlert
from bot.core.watch.watch_ports import AlertLog

log = logging.getLogger(__name__)

VERDICT_COLOURS = {
    AlertVerdict.NOT_A_REPOST: discord.Colour.light_grey(),
    AlertVerdict.DELETED: discord.Colour.dark_red(),
    AlertVerdict.CONFIRMED: discord.Colour.red(),
    AlertVerdict.GONE: discord.Colour.dark_grey(),
}
OPEN_TITLE = Text("watch-possible-repost")


def _verdict_title(verdict: AlertVerdict) -> Text:
    return Text(f"watch-title-{verdict.value.replace(' ', '-')}")


def _closed_title(title: str, verdict: AlertVerdict, words: Words) -> str:
    """ "Possible repost: …" becomes "Not a repost: …"; any other title gets the verdict first."""
    opened = words.say(OPEN_TITLE)
    if title.startswith(opened):
        return words.say(_verdict_title(verdict)) + title.removeprefix(opened)
    return words.say("watch-closed-title", verdict=_verdict_title(verdict), title=title)


def closed_embed(
    embed: discord.Embed, verdict: AlertVerdict, moderator_id: int | None, words: Words
) -> discord.Embed:
    """`embed` (the alert as posted) saying how it was closed, by whom and when, first, in the
    server's `words`."""
    closed = embed.copy()
    closed.colour = VERDICT_COLOURS[verdict]
    closed.title = _closed_title(closed.title or words.say(OPEN_TITLE), verdict, words)
    line = words.say(watch_wording.verdict_line(verdict, moderator_id, int(time.time())))
    rest = (closed.description or "").split("\n")
    closed.description = "\n".join([line, *rest])[:4096]
    return closed


async def remove_reply(client: discord.Client, alert: StoredAlert) -> None:
    """Delete the bot's public reply under the watched message, if it posted one."""
    if alert.reply_message_id is None:
        return
    channel = client.get_partial_messageable(alert.channel_id, guild_id=alert.guild_id)
    try:
        await channel.get_partial_message(alert.reply_message_id).delete()
    except discord.HTTPException as error:
        log.info("the reply %s could not be removed: %s", alert.reply_message_id, error)


async def close(
    client: discord.Client, alerts: AlertLog, alert: StoredAlert, verdict: AlertVerdict
) -> None:
    """Record the verdict and, when the post was cleared or deleted, remove the bot's reply."""
    await alerts.close(alert.alert_id, verdict)
    if verdict.removes_reply:
        await remove_reply(client, alert)


async def close_posted_alert(
    client: discord.Client,
    alert: StoredAlert,
    verdict: AlertVerdict,
    view: discord.ui.View,
    words: Words,
) -> None:
    """Edit an alert closed without a button press (its message fetched, then edited)."""
    if alert.alert_channel_id is None or alert.alert_message_id is None:
        return
    channel = client.get_partial_messageable(alert.alert_channel_id, guild_id=alert.guild_id)
    try:
        message = await channel.fetch_message(alert.alert_message_id)
        embeds = [closed_embed(message.embeds[0], verdict, None, words)] if message.embeds else []
        await message.edit(embeds=embeds, view=view)
    except discord.HTTPException as error:
        log.info("the alert %s could not be closed: %s", alert.alert_id, error)


async def close_alerts_on_deleted(
    client: discord.Client,
    alerts: AlertLog,
    deleted: discord.RawMessageDeleteEvent,
    closed_view: Callable[[StoredAlert, Words], discord.ui.View],
    server_words: Callable[[], Awaitable[Words]],
) -> None:
    """A watched message was deleted outside the alert's buttons: its open alerts close (their
    buttons as `closed_view` makes them, in the server's words), their replies go."""
    for alert in await alerts.open_alerts_on(deleted.channel_id, deleted.message_id):
        await close(client, alerts, alert, AlertVerdict.GONE)
        words = await server_words()
        view = closed_view(alert, words)
        await close_posted_alert(client, alert, AlertVerdict.GONE, view, words)
