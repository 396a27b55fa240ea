"""The app-command tree with one central error handler.

User errors (`UserFacingError`, Discord's own check and cooldown failures) are shown as they are,
privately. Anything unexpected is logged with its context and the user gets a short apology, never
a traceback.
"""

from __future__ import annotations

import logging

import discord
from discord import app_commands

from bot.core.errors import UserFacingError
from bot.discord.replies import send_error
from bot.discord.shutdown import RESTARTING

log = logging.getLogger(__name__)

UNEXPECTED_ERROR = (
    "Something went wrong on my side while doing that. It has been logged; please try again later."
)


def _user_facing(error: app_commands.AppCommandError) -> UserFacingError | None:
    original = getattr(error, "original", error)
    if isinstance(original, UserFacingError):
        return original
    if isinstance(error, app_commands.CommandOnCooldown):
        return UserFacingError(f"Slow down a little: try again in {error.retry_after:.0f} s.")
    if isinstance(error, app_commands.CheckFailure):
        return UserFacingError("You can't use this command here.")
    return None


def _describe(interaction: discord.Interaction) -> str:
    command = interaction.command.qualified_name if interaction.command else "?"
    return f"command={command} user={interaction.user.id} guild={interaction.guild_id}"


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
        user_error = _user_facing(error)
        if user_error is not None:
            log.info(
                "user error (%s): %s %s", _describe(interaction), user_error, user_error.detail
            )
            await send_error(interaction, user_error.user_message)
            return
        log.error("unexpected error (%s)", _describe(interaction), exc_info=error)
        await send_error(interaction, UNEXPECTED_ERROR)
