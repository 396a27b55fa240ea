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
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
ENGLISH = ChartWords(day=lambda day: f"{day.day} {_MONTHS[day.month - 1]}")
USAGE_LABELS = UsageLabels(
    "Searches", "Search API calls", "Cache hits", budget=lambda n: f"Daily budget ({n:,})"
)
HISTORY_LABELS = HistoryLabels("Searches", "Matches found", "Repost alerts")


async def chart_file(chart: DailyChart, filename: str) -> discord.File:
    """The chart drawn on a worker thread, as a file to attach."""
    png = await asyncio.to_thread(render_daily_chart, chart)
    return discord.File(io.BytesIO(png), filename=filename)


async def usage_chart_file(
    history: SearchHistory, guild_id: int, window: ActivityWindow, budget: int
) -> discord.File:
    """Searches, API calls and cache hits per day over `window`, and the budget line."""
    counted = await history.per_day(guild_id, since=window.since)
    chart = usage_chart(window, counted, USAGE_LABELS, ENGLISH, budget)
    return await chart_file(chart, USAGE_CHART)


async def history_chart_file(
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
    chart = history_chart(window, counted, alerted, HISTORY_LABELS, ENGLISH)
    return await chart_file(chart, HISTORY_CHART)
