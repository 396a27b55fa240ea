"""/findvideo-usage: today's and the last 7 days' searches, API calls, cache hits, budget, and a
chart of the last 30 days (Manage Server), in the member's language."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.core.language import Text, Words
from bot.core.moderation.activity import ActivityWindow
from bot.core.moderation.fair_use import FairUseLimits, fair_use_limits, utc_day_start
from bot.discord.activity_charts import USAGE_CHART, usage_chart_file
from bot.discord.history_embeds import render_usage
from bot.discord.language import member_words
from bot.discord.permissions import MANAGE_SERVER, require
from bot.discord.replies import NO_MENTIONS, defer_answer
from bot.discord.watch.watch_list import watch_usage_text

if TYPE_CHECKING:
    from bot.discord.app import FindVideoBot

NEEDS_MANAGE_SERVER = Text("usage-needs-manage-server")
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
        await defer_answer(interaction, private=True)
        now, words = time.time(), member_words(interaction)
        limits = fair_use_limits(await self.bot.services.settings_for(guild_id))
        embed = await self._figures(words, guild_id, now, limits)
        window = ActivityWindow.ending(now, kept_days=self.bot.services.settings.history_days)
        chart = await usage_chart_file(
            words, self.bot.services.history, guild_id, window, limits.daily_budget
        )
        embed.set_image(url=f"attachment://{USAGE_CHART}")
        await interaction.edit_original_response(
            embed=embed, attachments=[chart], allowed_mentions=NO_MENTIONS
        )

    async def _figures(
        self, words: Words, guild_id: int, now: float, limits: FairUseLimits
    ) -> discord.Embed:
        """Today's and the week's figures, the budget left, and the watch's counts."""
        history = self.bot.services.history
        today = await history.totals(guild_id, since=utc_day_start(now))
        week = await history.totals(guild_id, since=now - WEEK_SECONDS)
        left = await self.bot.services.fair_use.budget_left(guild_id, limits)
        embed = render_usage(words, today, week, left, limits.daily_budget)
        if self.bot.watch and (watched := await watch_usage_text(self.bot.watch, guild_id, words)):
            embed.add_field(name=words.say("usage-watched-today"), value=watched, inline=False)
        return embed


async def setup(bot: FindVideoBot) -> None:
    await bot.add_cog(Usage(bot))
