"""Where repost alerts go: the server's mod-log channel, then the watch's action on the message.

Failures on Discord's side (no mod-log set, a permission the bot lacks, the message already gone)
are logged for the operator; they never stop the watch.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord

from bot.core.watch import watch_wording
from bot.core.watch.watch_evidence import AlertEvidence, alert_evidence
from bot.core.watch.watch_model import RepostAlert, WatchAction
from bot.core.watch.watch_ports import AlertLog
from bot.discord.modlog import post_to_modlog
from bot.discord.watch.watch_embeds import alert_message

if TYPE_CHECKING:
    from bot.discord.app import FindVideoBot

log = logging.getLogger(__name__)


class ModLogAlerts:
    """`AlertSink` on Discord."""

    def __init__(self, bot: FindVideoBot, alert_log: AlertLog) -> None:
        self.bot = bot
        self.alert_log = alert_log

    async def send(self, alert: RepostAlert) -> None:
        evidence = await alert_evidence(self.bot.evidence, alert)
        await self._post_to_modlog(alert, evidence)
        await self._act_on_message(alert, evidence.link)

    async def _post_to_modlog(self, alert: RepostAlert, evidence: AlertEvidence) -> None:
        guild_id = alert.check.message.guild_id
        channel_id = (await self.bot.settings_for(guild_id)).modlog_channel_id
        guild = self.bot.get_guild(guild_id)
        if channel_id is None or guild is None:
            why = "no mod-log channel set" if channel_id is None else "server not in this process"
            log.warning("watch alert in server %s not posted: %s", guild_id, why)
            return
        alert_id = await self.alert_log.record(alert)
        message = await alert_message(alert, alert_id, evidence, size_limit=guild.filesize_limit)
        problem = await post_to_modlog(
            guild, channel_id, embeds=[message.embed], files=message.files, view=message.view
        )
        if problem is not None:
            log.warning("watch alert in server %s not posted: %s", guild_id, problem)

    async def _act_on_message(self, alert: RepostAlert, link: str | None) -> None:
        message = alert.check.message
        action = alert.check.watch.action
        if action is WatchAction.LOG:
            return
        channel = self.bot.get_partial_messageable(message.channel_id, guild_id=message.guild_id)
        target = channel.get_partial_message(message.message_id)
        try:
            if action is WatchAction.REACT:
                await target.add_reaction(watch_wording.REACTION)
            else:
                await channel.send(
                    watch_wording.reply_text(alert.match, link),
                    reference=target.to_reference(fail_if_not_exists=False),
                    mention_author=False,
                    allowed_mentions=discord.AllowedMentions.none(),
                )
        except discord.HTTPException as error:
            log.warning("watch %s on message %s failed: %s", action, message.message_id, error)
