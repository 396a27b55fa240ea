"""/findvideo-usage: today's and the last 7 days' searches, API calls, cache hits, budget (Manage
Server)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.core.moderation.fair_use import fair_use_limits, utc_day_start
from bot.discord.history_embeds import render_usage
from bot.discord.permissions import MANAGE_SERVER, require
from bot.discord.replies import NO_MENTIONS
from bot.discord.watch.watch_list import watch_usage_text

if TYPE_CHECKING:
    from bot.discord.app import FindVideoBot

NEEDS_MANAGE_SERVER = "Only members with the Manage Server permission can see the usage figures."
WEEK_SECONDS = 7 * 86400


class Usage(commands.Cog):
    """How much the server searches, and what it costs."""

    def __init__(self, bot: FindVideoBot) -> None:
        self.bot = bot

    @app_commands.command(
        name="findvideo-usage",
        description="Searches, API calls, cache hits and the budget left, today and this week",
    )
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    async def usage(self, interaction: discord.Interaction) -> None:
        guild_id = require(interaction, MANAGE_SERVER, NEEDS_MANAGE_SERVER)
        now = time.time()
        history = self.bot.services.history
        today = await history.totals(guild_id, since=utc_day_start(now))
        week = await history.totals(guild_id, since=now - WEEK_SECONDS)
        limits = fair_use_limits(await self.bot.services.settings_for(guild_id))
        left = await self.bot.services.fair_use.budget_left(guild_id, limits)
        embed = render_usage(today, week, left, limits.daily_budget)
        if self.bot.watch and (watched := await watch_usage_text(self.bot.watch, guild_id)):
            embed.add_field(name="Watched channels today", value=watched, inline=False)
        await interaction.response.send_message(
            embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS
        )


async def setup(bot: FindVideoBot) -> None:
    await bot.add_cog(Usage(bot))
