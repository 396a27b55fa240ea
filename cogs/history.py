"""/findvideo-history: the server's recent searches, newest first, paged (Manage Messages)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.core.errors import UserFacingError
from bot.discord.history_embeds import history_title, render_history
from bot.discord.paging import PagedView
from bot.discord.permissions import MANAGE_MESSAGES, require
from bot.discord.replies import NO_MENTIONS

if TYPE_CHECKING:
    from bot.discord.app import FindVideoBot

HISTORY_FETCHED = 200
"""At most this many searches are paged through (20 pages); the footer says how many exist."""
NEEDS_MANAGE_MESSAGES = (
    "Only members with the Manage Messages permission can see the search history."
)
NOTHING_YET = "No searches have been recorded in this server yet."
NOTHING_BY_USER = "{user} has no recorded searches in this server."


def require_manage_messages(interaction: discord.Interaction) -> int:
    """The server's id, if the member may read its history (checked here as well as by Discord's
    default permissions, which a server can change)."""
    return require(interaction, MANAGE_MESSAGES, NEEDS_MANAGE_MESSAGES)


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
        user_id = user.id if user is not None else None
        history = self.bot.services.history
        total = await history.count(guild_id, user_id=user_id)
        if total == 0:
            empty = NOTHING_BY_USER.format(user=user.mention) if user else NOTHING_YET
            raise UserFacingError(empty)
        records = await history.recent(guild_id, user_id=user_id, limit=HISTORY_FETCHED)
        title = history_title(user.display_name if user else None)
        pages = render_history(
            records, title=title, total=total, kept_days=self.bot.services.settings.history_days
        )
        await self._send(interaction, pages)

    async def _send(
        self, interaction: discord.Interaction, pages: list[list[discord.Embed]]
    ) -> None:
        view = PagedView(interaction, pages, timeout=self.bot.view_timeout)
        if not view.children:
            view.stop()
        await interaction.response.send_message(
            embeds=pages[0],
            view=view if view.children else discord.utils.MISSING,
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )


async def setup(bot: FindVideoBot) -> None:
    await bot.add_cog(History(bot))
