"""The daily chart drawn as a PNG: read back from its bytes, on the edge cases a server meets."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.charts.chart_drawing import HEIGHT, WIDTH, render_daily_chart
from bot.core.charts.chart_font import chart_font
from bot.core.charts.daily_chart import (
    DailyChart,
    Scale,
    Series,
    labelled_days,
    nice_step,
    scale_for,
)
from bot.core.moderation.activity import ActivityWindow, DayCounts
from tests.chart_pixels import Drawn, in_plot

DAYS = tuple(f"{n} Nov" for n in range(1, 31))
NOW = 1_800_000_000.0  # 2027-01-15 08:00 UTC


def chart(*values: tuple[int, ...], days: tuple[str, ...] = DAYS, **limit: object) -> Drawn:
    series = tuple(Series(f"Series {n}", v) for n, v in enumerate(values))
    return Drawn.of(render_daily_chart(DailyChart(days, series, **limit)))  # type: ignore[arg-type]


def test_a_chart_with_no_data_is_drawn_with_flat_lines_at_zero() -> None:
    drawn = chart((0,) * 30, (0,) * 30)

    assert drawn.size == (WIDTH, HEIGHT)
    assert drawn.distinct_colours() > 20, "card, grid, text and lines, smoothed"
    xs, ys = in_plot(drawn.series(1))
    assert xs.max() - xs.min() > WIDTH * 0.7, "the line runs across the whole plot"
    assert ys.max() - ys.min() <= 10, "flat"
    assert ys.min() > HEIGHT * 0.7, "at the bottom"


def test_a_single_day_is_a_dot_in_the_middle() -> None:
    drawn = chart((7,), days=("4 Dec",))

    xs, _ = in_plot(drawn.series(0))
    assert xs.size > 0
    assert abs((xs.min() + xs.max()) / 2 - WIDTH / 2) < 40
    assert xs.max() - xs.min() < 12, "a dot, not a line"


def test_the_line_rises_where_the_counts_are() -> None:
    quiet_then_busy = (0,) * 29 + (40,)

    xs, ys = in_plot(chart(quiet_then_busy).series(0))

    top = ys.argmin()
    assert xs[top] > WIDTH * 0.85, "the highest point is today's, on the right"
    assert ys.max() > HEIGHT * 0.7, "the quiet days are at the bottom"


def test_huge_counts_fit_the_axis() -> None:
    huge = tuple(n * 100_000_000 for n in range(30))

    drawn = chart(huge)

    xs, ys = in_plot(drawn.series(0))
    assert xs.min() > 150, "the plot starts right of the axis' widest number (2,900,000,000)"
    assert ys.min() > 50, "the highest point stays inside the picture"
    assert scale_for(DailyChart(DAYS, (Series("s", huge),))) == Scale(3_000_000_000, 1_000_000_000)


def test_the_budget_line_is_drawn_across_at_its_height() -> None:
    low = tuple(n % 5 for n in range(30))

    with_budget = chart(low, limit=50, limit_label="Daily budget (50)")
    without = chart(low)

    xs, ys = in_plot(with_budget.limit())
    _, series_ys = in_plot(with_budget.series(0))
    assert xs.max() - xs.min() > WIDTH * 0.7, "across the plot, dashed"
    assert ys.max() - ys.min() <= 4, "level"
    assert ys.max() < series_ys.min(), "above every count lower than the budget"
    assert without.limit()[0].size == 0


def test_the_budget_line_stays_in_the_plot_when_counts_pass_it() -> None:
    over = (10,) * 29 + (90,)

    drawn = chart(over, limit=50, limit_label="Daily budget (50)")

    _, limit_ys = in_plot(drawn.limit())
    _, series_ys = in_plot(drawn.series(0))
    assert series_ys.min() < limit_ys.min() < series_ys.max()


def test_the_font_has_a_glyph_for_every_letter_of_the_six_languages() -> None:
    font = chart_font(22)
    missing = bytes(font.getmask("\U0010fffd"))  # a private code point: the empty box
    letters = "ÄÖÜäöüßéèêëàâçîïôûùœñ¿¡áíóúãõÉ€·–…検索回数呼び出しキャッシュ予算上限月日"

    assert [c for c in letters if bytes(font.getmask(c)) == missing] == []


@pytest.mark.parametrize(
    ("highest", "step"), [(0, 1), (1, 1), (7, 2), (10, 2), (49, 10), (50, 10), (51, 20), (999, 200)]
)
def test_steps_are_round(highest: int, step: int) -> None:
    assert nice_step(highest) == step


def test_day_labels_are_spread_and_today_is_always_labelled() -> None:
    assert labelled_days(1) == [0]
    assert labelled_days(30)[-1] == 29
    assert len(labelled_days(30)) <= 7
    assert labelled_days(5) == [0, 1, 2, 3, 4]


def test_a_chart_needs_one_value_per_day() -> None:
    with pytest.raises(ValueError, match="one value per day"):
        DailyChart(("a", "b"), (Series("s", (1,)),))
    with pytest.raises(ValueError, match="at least one day"):
        DailyChart((), ())


def test_the_window_is_the_last_30_utc_days_or_what_the_history_keeps() -> None:
    month = ActivityWindow.ending(NOW, kept_days=90)
    one = ActivityWindow.ending(NOW, kept_days=1)

    assert (month.first_day, month.days) == (date(2026, 12, 17), 30)
    assert month.since == 1_797_465_600.0, "the first day's UTC midnight"
    assert (one.first_day, one.days) == (date(2027, 1, 15), 1)
    filled = month.every_day([DayCounts(29, searches=4), DayCounts(31, searches=9)])
    assert [d.searches for d in filled] == [0] * 29 + [4], "days outside the window are dropped"
