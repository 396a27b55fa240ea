"""/findvideo-watch add | remove | list, and the listeners that feed watched channels' images to
the watch service (`bot.core.watch.watch_service`), whose worker runs while this cog is loaded."""

from __future__ import annotations

import asyncio
import contextlib
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.core.errors import UserFacingError
from bot.core.language import Text, Words
from bot.core.scope import SearchScope
from bot.core.seen import seen_wording
from bot.core.watch import watch_wording
from bot.core.watch.watch_model import DEFAULT_WATCH_MIN_MATCH, Watch, WatchAction
from bot.discord.choices import PLATFORM_CHOICES
from bot.discord.language import member_words, posting_words
from bot.discord.permissions import MANAGE_SERVER, bot_lacks_in, require
from bot.discord.watch.alert_closing import close_alerts_on_deleted
from bot.discord.watch.watch_alerts import ModLogAlerts
from bot.discord.watch.watch_buttons import ALERT_BUTTONS, closed_alert_view
from bot.discord.watch.watch_list import watch_list_embed
from bot.discord.watch.watch_messages import posted_images, posted_message

if TYPE_CHECKING:
    from bot.discord.app import FindVideoBot

ACTION_CHOICES = [
    app_commands.Choice(name=action.label, value=action.value) for action in WatchAction
]


def _require_manage_server(interaction: discord.Interaction) -> int:
    """The server's id, if the member may manage it (checked here too, not only by Discord)."""
    return require(interaction, MANAGE_SERVER, watch_wording.NEEDS_MANAGE_SERVER)


class WatchCog(commands.Cog, name="Watch"):
    """Watched channels: opt-in automatic checks of every image posted, alerts in the mod-log."""

    group = app_commands.Group(
        name="findvideo-watch",
        description="Check every image posted in a channel, with alerts in the mod-log",
        default_permissions=discord.Permissions(manage_guild=True),
        guild_only=True,
    )

    def __init__(self, bot: FindVideoBot) -> None:
        self.bot = bot
        self.service = bot.services.watch
        self.service.alerts = ModLogAlerts(bot, self.service.stores.alerts)
        self._worker: asyncio.Task[None] | None = None

    async def cog_load(self) -> None:
        await self.bot.services.prepare_watch()
        self.bot.watch = self.service
        self.bot.add_dynamic_items(*ALERT_BUTTONS)
        self._worker = asyncio.create_task(self.service.run(), name="findvideo-watch-worker")

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(*ALERT_BUTTONS)
        self.bot.watch = None
        if self._worker is not None:
            self._worker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._worker

    # listeners

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        posted = posted_message(message) if self.bot.watching else None
        if posted is not None:
            await self.service.receive(posted, posted_images(message))

    @commands.Cog.listener()
    async def on_raw_message_delete(self, payload: discord.RawMessageDeleteEvent) -> None:
        self.service.message_deleted(payload.message_id)
        alerts = self.service.stores.alerts
        guild = self.bot.get_guild(payload.guild_id) if payload.guild_id else None

        async def server_words() -> Words:
            return await posting_words(self.bot.services, guild)

        await close_alerts_on_deleted(self.bot, alerts, payload, closed_alert_view, server_words)

    # commands

    def _require_watching(self) -> None:
        if not self.bot.services.settings.watch_enabled:
            raise UserFacingError(watch_wording.WATCH_DISABLED)
        if not self.bot.watching:
            raise UserFacingError(watch_wording.INTENT_MISSING)

    @group.command(name="add", description="Watch a channel: check every image posted there")
    @app_commands.describe(
        channel="The text channel to watch",
        platform="Where to look (default: this server's platform)",
        min_match="Alert at this similarity or more, percent (default 90)",
        action="Besides the mod-log alert: react to the message, or reply naming the source",
        confirm="Replies wait for a moderator to press Confirm on the alert (default: yes)",
        mirrored="Also search an image mirrored when it matched nothing (doubles its cost)",
        local_only="Only compare with images posted here before: no API call at all",
    )
    @app_commands.choices(platform=PLATFORM_CHOICES, action=ACTION_CHOICES)
    async def add(
        self,
        interaction: discord.Interaction,
        channel: discord.TextChannel,
        platform: str | None = None,
        min_match: app_commands.Range[int, 50, 100] = DEFAULT_WATCH_MIN_MATCH,
        action: str = WatchAction.LOG.value,
        confirm: bool = True,
        mirrored: bool = False,
        local_only: bool = False,
    ) -> None:
        guild_id = _require_manage_server(interaction)
        self._require_watching()
        settings = await self.bot.services.settings_for(guild_id)
        if local_only and not settings.image_memory:
            raise UserFacingError(seen_wording.LOCAL_NEEDS_MEMORY)
        scope = SearchScope(platform) if platform else settings.platform
        watch = Watch(
            guild_id,
            channel.id,
            scope,
            min_match,
            WatchAction(action),
            confirm,
            mirrored,
            local_only=local_only,
        )
        await self.service.stores.watches.add(watch)
        has_modlog = settings.modlog_channel_id is not None
        missing = bot_lacks_in(channel, watch_wording.NEEDED_FOR[watch.action])
        lines = watch_wording.added_text(watch, has_modlog=has_modlog, missing=missing)
        await _say(interaction, *lines)

    @group.command(name="remove", description="Stop watching a channel")
    @app_commands.describe(channel="The watched channel")
    async def remove(self, interaction: discord.Interaction, channel: discord.TextChannel) -> None:
        guild_id = _require_manage_server(interaction)
        was_watched = await self.service.stores.watches.remove(guild_id, channel.id)
        await _say(interaction, watch_wording.removed_text(channel.id, was_watched=was_watched))

    @group.command(
        name="list", description="The watched channels, their options and today's counts"
    )
    async def list_watches(self, interaction: discord.Interaction) -> None:
        guild_id = _require_manage_server(interaction)
        settings = await self.bot.services.settings_for(guild_id)
        words = member_words(interaction)
        embed = await watch_list_embed(self.service, guild_id, settings.daily_budget, words)
        await interaction.response.send_message(
            embed=embed, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
        )


async def _say(interaction: discord.Interaction, *lines: Text) -> None:
    """Answer privately, a line each, in the member's language."""
    words = member_words(interaction)
    await interaction.response.send_message(
        "\n".join(words.say(line) for line in lines),
        ephemeral=True,
        allowed_mentions=discord.AllowedMentions.none(),
    )


async def setup(bot: FindVideoBot) -> None:
    await bot.add_cog(WatchCog(bot))
