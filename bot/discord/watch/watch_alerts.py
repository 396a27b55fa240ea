"""Where repost alerts go: the server's mod-log channel, then the watch's action on the message.

The alert's evidence (the video's page, the side-by-side picture) is fetched first, its API calls
counted for `/findvideo-usage` as an answer's are. The alert is kept next (its buttons, the repeat
count and the reply's removal need it), then posted with how often this member's posts alerted
this week; a `reply` watch replies at once, or holds the reply for a moderator's "Confirm and
reply" (`confirm_replies`). Failures on Discord's side (no mod-log set, a permission the bot lacks,
the message already gone) are logged for the operator; they never stop the watch.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

import discord

from bot.core.evidence.evidence import counting_evidence_calls
from bot.core.language import Words
from bot.core.seen import seen_wording
from bot.core.watch import watch_wording
from bot.core.watch.watch_evidence import AlertEvidence, alert_evidence
from bot.core.watch.watch_model import RepostAlert, WatchAction
from bot.core.watch.watch_ports import AlertLog
from bot.discord.language import posting_words
from bot.discord.modlog import send_to_modlog
from bot.discord.search_records import note_evidence_calls
from bot.discord.watch.alert_replies import post_reply
from bot.discord.watch.watch_embeds import AlertContext, alert_message

if TYPE_CHECKING:
    from bot.discord.app import FindVideoBot

log = logging.getLogger(__name__)


def _reply_text(alert: RepostAlert, link: str | None, words: Words) -> str:
    """The public reply under the post, in the server's `words`."""
    if alert.match is None:
        return words.say(seen_wording.reply_text(alert.seen_before[0]))
    return words.say(watch_wording.reply_text(alert.match, link))


class ModLogAlerts:
    """`AlertSink` on Discord."""

    def __init__(self, bot: FindVideoBot, alert_log: AlertLog) -> None:
        self.bot = bot
        self.alert_log = alert_log

    async def send(self, alert: RepostAlert) -> None:
        message = alert.check.message
        guild = self.bot.get_guild(message.guild_id)
        words = await posting_words(self.bot.services, guild)
        with counting_evidence_calls() as calls:
            evidence = await alert_evidence(self.bot.services.evidence, alert, words)
        await note_evidence_calls(self.bot.services.history, message.guild_id, calls)
        alert_id = await self.alert_log.record(alert)
        repeats = await self.alert_log.alerts_this_week(
            message.guild_id, message.author_id, time.time()
        )
        context = AlertContext(repeats, reply_held=alert.check.watch.holds_replies)
        await self._post_to_modlog(alert, alert_id, evidence, context, words)
        await self._act_on_message(alert, alert_id, evidence.link, words)

    async def _post_to_modlog(
        self,
        alert: RepostAlert,
        alert_id: int,
        evidence: AlertEvidence,
        context: AlertContext,
        words: Words,
    ) -> None:
        guild_id = alert.check.message.guild_id
        channel_id = (await self.bot.services.settings_for(guild_id)).modlog_channel_id
        guild = self.bot.get_guild(guild_id)
        if channel_id is None or guild is None:
            why = "no mod-log channel set" if channel_id is None else "server not in this process"
            log.warning("watch alert in server %s not posted: %s", guild_id, why)
            return
        made = await alert_message(
            alert, alert_id, evidence, size_limit=guild.filesize_limit, context=context, words=words
        )
        posted, problem = await send_to_modlog(
            guild, channel_id, embeds=[made.embed], files=made.files, view=made.view
        )
        if posted is not None:
            await self.alert_log.note_posted(alert_id, channel_id, posted.id)
        if problem is not None:
            log.warning("watch alert in server %s not posted: %s", guild_id, problem)

    async def _act_on_message(
        self, alert: RepostAlert, alert_id: int, link: str | None, words: Words
    ) -> None:
        message, watch = alert.check.message, alert.check.watch
        if watch.action is WatchAction.REACT:
            await self._react(alert)
        elif watch.action is WatchAction.REPLY:
            text = _reply_text(alert, link, words)
            if watch.confirm_replies:
                await self.alert_log.note_reply(alert_id, None, text)
                return
            ids = (message.guild_id, message.channel_id, message.message_id)
            reply_id = await post_reply(self.bot, *ids, text)
            await self.alert_log.note_reply(alert_id, reply_id, None)

    async def _react(self, alert: RepostAlert) -> None:
        message = alert.check.message
        channel = self.bot.get_partial_messageable(message.channel_id, guild_id=message.guild_id)
        try:
            await channel.get_partial_message(message.message_id).add_reaction(
                watch_wording.REACTION
            )
        except discord.HTTPException as error:
            log.warning("watch reaction on message %s failed: %s", message.message_id, error)
