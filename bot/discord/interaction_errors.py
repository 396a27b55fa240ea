"""The one error path of every interaction: slash commands, context menus, views and buttons.

User errors (`UserFacingError`, Discord's own check and cooldown failures) are shown as they are,
privately. Anything unexpected is logged with its context (what was used, by whom, where) and the
user gets a short apology, never a traceback. The command tree (`bot.discord.command_tree`), every
view (`FriendlyView`) and every persistent button (`FriendlyButton`) answer through `report_error`,
so a failing button reads like a failing command instead of Discord's "This interaction failed".
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast, final

import discord
from discord import app_commands

from bot.core.errors import UserFacingError
from bot.core.language import Text
from bot.discord.language import member_words
from bot.discord.replies import send_error

if TYPE_CHECKING:
    from bot.discord.app import BotInteraction

log = logging.getLogger(__name__)

UNEXPECTED_ERROR = Text("error-unexpected")


def _user_facing(error: Exception) -> UserFacingError | None:
    original = getattr(error, "original", error)
    if isinstance(original, UserFacingError):
        return original
    if isinstance(error, app_commands.CommandOnCooldown):
        return UserFacingError(Text("error-slow-down", seconds=round(error.retry_after)))
    if isinstance(error, app_commands.CheckFailure):
        return UserFacingError(Text("error-not-here"))
    return None


def describe(interaction: discord.Interaction) -> str:
    """What was used, by whom, where: the command's name or the component's custom id."""
    if interaction.command is not None:
        used = f"command={interaction.command.qualified_name}"
    else:
        data: Mapping[str, object] = interaction.data or {}
        used = f"component={data.get('custom_id', '?')}"
    return f"{used} user={interaction.user.id} guild={interaction.guild_id}"


async def report_error(interaction: discord.Interaction, error: Exception) -> None:
    """Answer `error` privately, in the member's language: a user error as it is, anything else
    logged and apologised for."""
    words = member_words(interaction)
    user_error = _user_facing(error)
    if user_error is not None:
        log.info("user error (%s): %s %s", describe(interaction), user_error, user_error.detail)
        await send_error(interaction, user_error.said_in(words))
        return
    log.error("unexpected error (%s)", describe(interaction), exc_info=error)
    await send_error(interaction, words.say(UNEXPECTED_ERROR))


class FriendlyView(discord.ui.View):
    """A view whose items' failures answer through `report_error`."""

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[Any], /
    ) -> None:
        await report_error(interaction, error)


def _with_the_bot(interaction: discord.Interaction) -> BotInteraction:
    """The interaction, typed as what it is: every interaction this process gets is the bot's."""
    return cast("BotInteraction", interaction)


class FriendlyButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"(?!)"):
    """A persistent button whose check (`allowed`) and action (`press`) fail through
    `report_error` (discord.py only logs a dynamic item's failure, leaving the user with "This
    interaction failed"). A `UserFacingError` raised by either is the private refusal."""

    async def allowed(self, interaction: BotInteraction) -> bool:
        """Whether this press may act (refuse privately before returning False)."""
        return True

    async def press(self, interaction: BotInteraction) -> None:
        """What the button does."""

    @final
    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        try:
            return await self.allowed(_with_the_bot(interaction))
        except Exception as error:
            await report_error(interaction, error)
            return False

    @final
    async def callback(self, interaction: discord.Interaction) -> None:
        try:
            await self.press(_with_the_bot(interaction))
        except Exception as error:
            await report_error(interaction, error)
