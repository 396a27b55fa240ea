"""The app-command tree, answering every failure through the one error path
(`bot.discord.interaction_errors`), and refusing new commands while the bot shuts down."""

from __future__ import annotations

import discord
from discord import app_commands

from bot.discord.interaction_errors import report_error
from bot.discord.replies import send_error
from bot.discord.shutdown import RESTARTING


class FindVideoCommandTree(app_commands.CommandTree[discord.Client]):
    """CommandTree whose `on_error` answers every failure, privately and politely."""

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        """While the bot shuts down, new commands are told to come back in a moment."""
        if getattr(interaction.client, "draining", False):
            await send_error(interaction, RESTARTING)
            return False
        return True

    async def on_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError, /
    ) -> None:
        await report_error(interaction, error)
