"""The usage and history charts as attachments: the counts read from the stores, drawn off the
event loop (`asyncio.to_thread`: Pillow, tens of milliseconds), attached as PNG files that the
embeds show (`attachment://…`)."""

from __future__ import annotations

import asyncio
import io
from datetime import date

import discord

from bot.core.charts.chart_drawing import render_daily_chart
from bot.core.charts.daily_chart import DailyChart
from bot.core.language import Words
from bot.core.moderation.activity import (
    ActivityWindow,
    ChartWords,
    HistoryLabels,
    UsageLabels,
    history_chart,
    usage_chart,
)
from bot.core.ports import SearchHistory
from bot.core.watch.watch_ports import AlertLog

USAGE_CHART, HISTORY_CHART = "usage.png", "history.png"


def usage_labels(words: Words) -> UsageLabels:
    return UsageLabels(
        words.say("usage-chart-searches"),
        words.say("usage-chart-api-calls"),
        words.say("usage-chart-cache-hits"),
        budget=lambda budget: words.say("usage-chart-budget", budget=budget),
    )


def history_labels(words: Words) -> HistoryLabels:
    return HistoryLabels(
        words.say("history-chart-searches"),
        words.say("history-chart-matches"),
        words.say("history-chart-alerts"),
    )


async def chart_file(chart: DailyChart, filename: str, alt_text: str) -> discord.File:
    """The chart drawn on a worker thread, as a file to attach, with its alt text (what
    Discord's clients read out for people who cannot see the picture)."""
    png = await asyncio.to_thread(render_daily_chart, chart)
    return discord.File(io.BytesIO(png), filename=filename, description=alt_text)


async def usage_chart_file(
    words: Words, history: SearchHistory, guild_id: int, window: ActivityWindow, budget: int
) -> discord.File:
    """Searches, API calls and cache hits per day over `window`, and the budget line."""
    counted = await history.per_day(guild_id, since=window.since)
    axes = ChartWords.in_language(words.language)
    chart = usage_chart(window, counted, usage_labels(words), axes, budget)
    alt_text = words.say("usage-chart-alt", days=window.days)
    return await chart_file(chart, USAGE_CHART, alt_text)


async def history_chart_file(
    words: Words,
    history: SearchHistory,
    alerts: AlertLog,
    window: ActivityWindow,
    where: tuple[int, int | None],
) -> discord.File:
    """Searches, matches and repost alerts per day, of the server or one member (`where`:
    the server's id and the member's, or None)."""
    guild_id, user_id = where
    counted = await history.per_day(guild_id, user_id=user_id, since=window.since)
    alerted: dict[date, int] = await alerts.alerts_per_day(
        guild_id, author_id=user_id, since=window.first_day
    )
    axes = ChartWords.in_language(words.language)
    chart = history_chart(window, counted, alerted, history_labels(words), axes)
    alt_text = words.say("history-chart-alt", days=window.days)
    return await chart_file(chart, HISTORY_CHART, alt_text)
