"""The image memory's controls: a moderator makes the bot forget a message's images (the message
menu "Forget image", or `/findvideo-forget` with a message link), and a deleted message's images
are forgotten by themselves."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.core.errors import UserFacingError
from bot.core.seen import seen_wording
from bot.core.seen.message_links import parse_message_link
from bot.discord.language import member_words
from bot.discord.replies import NO_MENTIONS

FORGOT_EVENT = "image_memory_forgot"
"""Dispatched once a deleted message's images are forgotten (`bot.wait_for` it in tests)."""

if TYPE_CHECKING:
    from bot.discord.app import FindVideoBot


def _require_moderator(interaction: discord.Interaction) -> int:
    if interaction.guild_id is None or not interaction.permissions.manage_messages:
        raise UserFacingError(seen_wording.NEEDS_MANAGE_MESSAGES)
    return interaction.guild_id


class ImageMemoryCog(commands.Cog, name="ImageMemory"):
    """Forgetting: one message on request, every deleted message by itself."""

    def __init__(self, bot: FindVideoBot) -> None:
        self.bot = bot
        self.forget_menu = app_commands.ContextMenu(
            name="Forget image", callback=self.forget_message
        )
        self.forget_menu.default_permissions = discord.Permissions(manage_messages=True)
        self.forget_menu.guild_only = True

    async def cog_load(self) -> None:
        self.bot.tree.add_command(self.forget_menu)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.forget_menu.name, type=self.forget_menu.type)

    async def forget_message(
        self, interaction: discord.Interaction, message: discord.Message
    ) -> None:
        guild_id = _require_moderator(interaction)
        await self._forget(interaction, guild_id, message.id)

    @app_commands.command(
        name="findvideo-forget", description="Make the bot forget the images of one message"
    )
    @app_commands.describe(link="The message's link (right-click it → Copy Message Link)")
    @app_commands.default_permissions(manage_messages=True)
    @app_commands.guild_only()
    async def forget_link(self, interaction: discord.Interaction, link: str) -> None:
        guild_id = _require_moderator(interaction)
        target = parse_message_link(link)
        if target is None or target.guild_id != guild_id:
            raise UserFacingError(seen_wording.NOT_A_MESSAGE_LINK)
        await self._forget(interaction, guild_id, target.message_id)

    async def _forget(
        self, interaction: discord.Interaction, guild_id: int, message_id: int
    ) -> None:
        settings = await self.bot.services.settings_for(guild_id)
        if not settings.image_memory:
            raise UserFacingError(seen_wording.MEMORY_OFF)
        removed = await self.bot.services.image_memory.store.forget_message(guild_id, message_id)
        text = member_words(interaction).say(seen_wording.forgotten_text(removed))
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS)

    @commands.Cog.listener()
    async def on_raw_message_delete(self, payload: discord.RawMessageDeleteEvent) -> None:
        await self._forget_deleted(payload.guild_id, [payload.message_id])

    @commands.Cog.listener()
    async def on_raw_bulk_message_delete(self, payload: discord.RawBulkMessageDeleteEvent) -> None:
        await self._forget_deleted(payload.guild_id, payload.message_ids)

    async def _forget_deleted(self, guild_id: int | None, message_ids: Iterable[int]) -> None:
        """A deleted message's images are forgotten (then `image_memory_forgot` is dispatched)."""
        if guild_id is None:
            return
        for message_id in message_ids:
            await self.bot.services.image_memory.store.forget_message(guild_id, message_id)
            self.bot.dispatch(FORGOT_EVENT, guild_id, message_id)


async def setup(bot: FindVideoBot) -> None:
    await bot.add_cog(ImageMemoryCog(bot))
