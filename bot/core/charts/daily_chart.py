"""What a daily chart shows: one value per day for a few named series, and an optional limit
line (a server's daily budget). Labels come in already worded and formatted for the reader.

The scale is worked out here, apart from the drawing: a y axis of round steps (1, 2 or 5 times a
power of ten) that holds every value and the limit.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

EMPTY_SCALE_TOP = 5
"""The y axis of a chart with nothing to show (every value 0): 0 to 5."""
TARGET_STEPS = 5


def plain_number(value: int) -> str:
    """`12,345`: the y axis's numbers when the caller gives no formatter of its own."""
    return f"{value:,}"


@dataclass(frozen=True)
class Series:
    """One line of the chart: its legend label and a value per day, oldest first."""

    label: str
    values: tuple[int, ...]


@dataclass(frozen=True)
class DailyChart:
    """A chart of `days` (one x label per day, oldest first) and the series drawn over them."""

    days: tuple[str, ...]
    series: tuple[Series, ...]
    limit: int | None = None
    """A horizontal line at this value (the daily budget), or none."""
    limit_label: str = ""
    number: Callable[[int], str] = field(default=plain_number)
    """How the y axis writes a number (the reader's locale)."""

    def __post_init__(self) -> None:
        if not self.days:
            raise ValueError("a daily chart needs at least one day")
        if any(len(s.values) != len(self.days) for s in self.series):
            raise ValueError("every series needs one value per day")

    @property
    def highest(self) -> int:
        values = [v for s in self.series for v in s.values]
        return max([*values, self.limit or 0, 0])


@dataclass(frozen=True)
class Scale:
    """The y axis: from 0 to `top`, a tick every `step`."""

    top: int
    step: int

    @property
    def ticks(self) -> list[int]:
        return list(range(0, self.top + 1, self.step))


def nice_step(highest: int) -> int:
    """The round step (1, 2 or 5 × 10ⁿ) giving about `TARGET_STEPS` steps up to `highest`."""
    rough = max(highest / TARGET_STEPS, 1)
    power: int = 10 ** math.floor(math.log10(rough))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= rough)


def scale_for(chart: DailyChart) -> Scale:
    """A scale whose top is the first tick at or above every value and the limit."""
    highest = chart.highest
    if highest == 0:
        return Scale(EMPTY_SCALE_TOP, 1)
    step = nice_step(highest)
    return Scale(math.ceil(highest / step) * step, step)


def labelled_days(count: int, *, most: int = 7) -> list[int]:
    """Which days get an x label: evenly spread, always the last (today), at most `most`."""
    every = max(math.ceil(count / most), 1)
    shown = list(range(count - 1, -1, -every))
    return sorted(shown)
