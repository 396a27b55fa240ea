"""A server's (or a member's) searches day by day, for the usage and history charts.

Days are UTC days, like the daily budget's. The stores count per day from a UTC midnight
(`ActivityWindow.since`); here the days without a row become zeros, and the counts become a
`DailyChart` with the labels the caller worded in the reader's language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import partial

from bot.core.charts.chart_locale import axis_number, short_day
from bot.core.charts.daily_chart import DailyChart, Series, plain_number

CHART_DAYS = 30


@dataclass(frozen=True)
class DayCounts:
    """What happened on one day (`day`: days after the window's first)."""

    day: int
    searches: int = 0
    api_calls: int = 0
    """The searches' own API calls: what the daily budget counts of people's searches."""
    cache_hits: int = 0
    matched: int = 0
    """Searches that found at least one match."""


@dataclass(frozen=True)
class ActivityWindow:
    """The days a chart shows: `days` UTC days up to and including today."""

    first_day: date
    days: int

    @classmethod
    def ending(cls, now: float, *, kept_days: int, days: int = CHART_DAYS) -> ActivityWindow:
        """The last `days` days, or fewer when the history keeps fewer (`HISTORY_DAYS`)."""
        shown = max(min(days, kept_days), 1)
        today = datetime.fromtimestamp(now, UTC).date()
        return cls(today - timedelta(days=shown - 1), shown)

    @property
    def since(self) -> float:
        """The first day's UTC midnight (Unix s): where the stores start counting."""
        return datetime.combine(self.first_day, datetime.min.time(), tzinfo=UTC).timestamp()

    @property
    def dates(self) -> list[date]:
        return [self.first_day + timedelta(days=n) for n in range(self.days)]

    def every_day(self, counted: Sequence[DayCounts]) -> list[DayCounts]:
        """One `DayCounts` per day of the window, zeros where nothing was counted."""
        by_day = {c.day: c for c in counted if 0 <= c.day < self.days}
        return [by_day.get(day, DayCounts(day)) for day in range(self.days)]


@dataclass(frozen=True)
class ChartWords:
    """How the chart's axes write days and counts for the reader."""

    day: Callable[[date], str]
    number: Callable[[int], str] = plain_number

    @classmethod
    def in_language(cls, language: str) -> ChartWords:
        """As `language` (a catalogue language: `de`, `pt-BR`, …) writes them."""
        return cls(partial(short_day, language=language), partial(axis_number, language=language))


@dataclass(frozen=True)
class UsageLabels:
    searches: str
    api_calls: str
    cache_hits: str
    budget: Callable[[int], str]
    """The budget line's legend, given the budget."""


def usage_chart(
    window: ActivityWindow,
    counted: Sequence[DayCounts],
    labels: UsageLabels,
    words: ChartWords,
    budget: int,
) -> DailyChart:
    """Searches, their API calls and cache hits per day; the daily budget's line if there is one."""
    days = window.every_day(counted)
    return DailyChart(
        tuple(words.day(d) for d in window.dates),
        (
            Series(labels.searches, tuple(d.searches for d in days)),
            Series(labels.api_calls, tuple(d.api_calls for d in days)),
            Series(labels.cache_hits, tuple(d.cache_hits for d in days)),
        ),
        limit=budget or None,
        limit_label=labels.budget(budget) if budget else "",
        number=words.number,
    )


@dataclass(frozen=True)
class HistoryLabels:
    searches: str
    matches: str
    alerts: str


def history_chart(
    window: ActivityWindow,
    counted: Sequence[DayCounts],
    alerts: dict[date, int],
    labels: HistoryLabels,
    words: ChartWords,
) -> DailyChart:
    """Searches, searches that found a match, and repost alerts (watched channels) per day."""
    days = window.every_day(counted)
    return DailyChart(
        tuple(words.day(d) for d in window.dates),
        (
            Series(labels.searches, tuple(d.searches for d in days)),
            Series(labels.matches, tuple(d.matched for d in days)),
            Series(labels.alerts, tuple(alerts.get(d, 0) for d in window.dates)),
        ),
        number=words.number,
    )
