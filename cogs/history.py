"""/findvideo-history: the server's recent searches, newest first, paged, with a chart of the
last 30 days (Manage Messages), in the member's language."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.core.errors import UserFacingError
from bot.core.language import Text, Words
from bot.core.moderation.activity import ActivityWindow
from bot.discord.activity_charts import HISTORY_CHART, history_chart_file
from bot.discord.history_embeds import history_title, render_history
from bot.discord.language import member_words
from bot.discord.paging import PagedView
from bot.discord.permissions import MANAGE_MESSAGES, require
from bot.discord.replies import NO_MENTIONS, defer_answer

if TYPE_CHECKING:
    from bot.discord.app import FindVideoBot

HISTORY_FETCHED = 200
"""At most this many searches are paged through (20 pages); the footer says how many exist."""
NEEDS_MANAGE_MESSAGES = Text("history-needs-manage-messages")


def require_manage_messages(interaction: discord.Interaction) -> int:
    """The server's id, if the member may read its history (checked here as well as by Discord's
    default permissions, which a server can change)."""
    return require(interaction, MANAGE_MESSAGES, NEEDS_MANAGE_MESSAGES)


def nothing_recorded(user: discord.User | None) -> UserFacingError:
    if user is None:
        return UserFacingError(Text("history-nothing-yet"))
    return UserFacingError(Text("history-nothing-by-member", member=user.mention))


class History(commands.Cog):
    """The moderators' record of what was searched, by whom, and what it found."""

    def __init__(self, bot: FindVideoBot) -> None:
        self.bot = bot

    @app_commands.command(
        name="findvideo-history", description="Recent /findvideo searches in this server"
    )
    @app_commands.describe(user="Only this member's searches")
    @app_commands.default_permissions(manage_messages=True)
    @app_commands.guild_only()
    async def history(
        self, interaction: discord.Interaction, user: discord.User | None = None
    ) -> None:
        guild_id = require_manage_messages(interaction)
        await defer_answer(interaction, private=True)
        words, user_id = member_words(interaction), user.id if user is not None else None
        history = self.bot.services.history
        total = await history.count(guild_id, user_id=user_id)
        if total == 0:
            raise nothing_recorded(user)
        records = await history.recent(guild_id, user_id=user_id, limit=HISTORY_FETCHED)
        title = history_title(words, user.display_name if user else None)
        kept_days = self.bot.services.settings.history_days
        pages = render_history(words, records, title=title, total=total, kept_days=kept_days)
        chart = await self._chart(words, guild_id, user_id)
        await self._send(interaction, pages, chart)

    async def _chart(self, words: Words, guild_id: int, user_id: int | None) -> discord.File:
        """Searches, matches and repost alerts per day, of the server or of one member."""
        services = self.bot.services
        window = ActivityWindow.ending(time.time(), kept_days=services.settings.history_days)
        alerts = services.watch.stores.alerts
        return await history_chart_file(
            words, services.history, alerts, window, (guild_id, user_id)
        )

    async def _send(
        self,
        interaction: discord.Interaction,
        pages: list[list[discord.Embed]],
        chart: discord.File,
    ) -> None:
        """The first page with the chart attached; every page shows it (by its uploaded URL
        once Discord has it, so page turns need not send it again)."""
        for page in pages:
            page[0].set_image(url=f"attachment://{HISTORY_CHART}")
        view = PagedView(interaction, pages, timeout=self.bot.view_timeout)
        if not view.children:
            view.stop()
        message = await interaction.edit_original_response(
            embeds=pages[0],
            attachments=[chart],
            view=view if view.children else discord.utils.MISSING,
            allowed_mentions=NO_MENTIONS,
        )
        uploaded = {attachment.filename: attachment.url for attachment in message.attachments}
        for page in pages:
            page[0].set_image(url=uploaded.get(HISTORY_CHART, f"attachment://{HISTORY_CHART}"))


async def setup(bot: FindVideoBot) -> None:
    await bot.add_cog(History(bot))
