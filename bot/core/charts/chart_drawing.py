"""Drawing a `DailyChart` with Pillow, as PNG bytes.

One look for Discord's dark and light themes alike: an opaque dark card with light text and bright
lines, which reads as a picture on the light theme and as part of the message on the dark one
(Discord rounds an embed image's corners itself). Drawn at twice the size and halved
(`Image.reduce`), so lines and text are smooth; opaque RGB, so the halving and the PNG encoding
stay cheap. Synchronous and CPU-bound: callers run it off the event loop.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageDraw

from bot.core.charts.chart_font import chart_font
from bot.core.charts.daily_chart import DailyChart, Scale, labelled_days, scale_for

WIDTH, HEIGHT, SUPERSAMPLE = 960, 440, 2
PAD, TEXT_SIZE, LINE_WIDTH = 28, 24, 3
SERIES_WIDTHS = (7, 4, 3)
"""Each series drawn narrower than the one before and on top of it, so equal counts (every
search an API call) show both colours instead of hiding the first line."""
CARD, GRID, AXIS_TEXT, LEGEND_TEXT = "#232428", "#3a3c42", "#b5bac1", "#f2f3f5"
SERIES_COLOURS = ("#8c9eff", "#fbb848", "#57f287", "#ff73c6")
LIMIT_COLOUR = "#ff6b6b"
SWATCH, LEGEND_GAP = 22, 26


@dataclass(frozen=True)
class Plot:
    """Where the data goes, in the drawing's pixels, and how values map onto it."""

    left: int
    top: int
    right: int
    bottom: int
    days: int
    scale: Scale

    def x(self, day: int) -> float:
        if self.days == 1:
            return (self.left + self.right) / 2
        return self.left + (self.right - self.left) * day / (self.days - 1)

    def y(self, value: int) -> float:
        return self.bottom - (self.bottom - self.top) * value / self.scale.top


class Canvas:
    """The drawing at `SUPERSAMPLE` times the final size; `px` turns final pixels into its own."""

    def __init__(self) -> None:
        self.image = Image.new("RGB", (WIDTH * SUPERSAMPLE, HEIGHT * SUPERSAMPLE), CARD)
        self.draw = ImageDraw.Draw(self.image)
        self.font = chart_font(TEXT_SIZE * SUPERSAMPLE)

    @staticmethod
    def px(value: float) -> int:
        return round(value * SUPERSAMPLE)

    def text_width(self, text: str) -> int:
        return round(self.draw.textlength(text, font=self.font))

    def text(self, xy: tuple[float, float], text: str, fill: str, anchor: str) -> None:
        self.draw.text(xy, text, fill=fill, font=self.font, anchor=anchor)

    def png(self) -> bytes:
        out = io.BytesIO()
        self.image.reduce(SUPERSAMPLE).save(out, format="PNG", compress_level=6)
        return out.getvalue()


def render_daily_chart(chart: DailyChart) -> bytes:
    """The chart as a PNG of `WIDTH` × `HEIGHT` pixels."""
    canvas = Canvas()
    legend_bottom = _draw_legend(canvas, chart)
    plot = _plot_area(canvas, chart, legend_bottom)
    _draw_grid(canvas, chart, plot)
    _draw_day_labels(canvas, chart, plot)
    if chart.limit is not None:
        _draw_limit(canvas, chart, plot, chart.limit)
    for index, series in enumerate(chart.series):
        _draw_series(canvas, plot, series.values, index)
    return canvas.png()


def _legend_items(chart: DailyChart) -> list[tuple[str, str]]:
    items = [(s.label, SERIES_COLOURS[i % len(SERIES_COLOURS)]) for i, s in enumerate(chart.series)]
    if chart.limit is not None and chart.limit_label:
        items.append((chart.limit_label, LIMIT_COLOUR))
    return items


def _draw_legend(canvas: Canvas, chart: DailyChart) -> int:
    """The legend's swatches and labels, in rows from the top left; returns its bottom."""
    px, x, y = canvas.px, canvas.px(PAD), canvas.px(PAD)
    row = px(TEXT_SIZE * 1.5)
    for label, colour in _legend_items(chart):
        width = px(SWATCH + 8) + canvas.text_width(label)
        if x + width > px(WIDTH - PAD) and x > px(PAD):
            x, y = px(PAD), y + row
        middle = y + row // 2
        canvas.draw.line((x, middle, x + px(SWATCH), middle), fill=colour, width=px(LINE_WIDTH))
        canvas.text((x + px(SWATCH + 8), middle), label, LEGEND_TEXT, "lm")
        x += width + px(LEGEND_GAP)
    return y + row


def _plot_area(canvas: Canvas, chart: DailyChart, legend_bottom: int) -> Plot:
    scale = scale_for(chart)
    widest = max(canvas.text_width(chart.number(tick)) for tick in scale.ticks)
    px = canvas.px
    left = px(PAD) + widest + px(12)
    right = px(WIDTH - PAD) - canvas.text_width(chart.days[-1]) // 2
    bottom = px(HEIGHT - PAD - TEXT_SIZE * 1.6)
    return Plot(left, legend_bottom + px(16), right, bottom, len(chart.days), scale)


def _draw_grid(canvas: Canvas, chart: DailyChart, plot: Plot) -> None:
    for tick in plot.scale.ticks:
        y = plot.y(tick)
        canvas.draw.line((plot.left, y, plot.right, y), fill=GRID, width=canvas.px(1))
        canvas.text((plot.left - canvas.px(12), y), chart.number(tick), AXIS_TEXT, "rm")


def _draw_day_labels(canvas: Canvas, chart: DailyChart, plot: Plot) -> None:
    y = plot.bottom + canvas.px(10)
    for day in labelled_days(len(chart.days)):
        canvas.text((plot.x(day), y), chart.days[day], AXIS_TEXT, "mt")


def _draw_limit(canvas: Canvas, chart: DailyChart, plot: Plot, limit: int) -> None:
    """A dashed line across the plot at `limit`."""
    y, dash = plot.y(limit), canvas.px(12)
    for start in range(plot.left, plot.right, dash * 2):
        end = min(start + dash, plot.right)
        canvas.draw.line((start, y, end, y), fill=LIMIT_COLOUR, width=canvas.px(LINE_WIDTH - 1))


def _draw_series(canvas: Canvas, plot: Plot, values: tuple[int, ...], index: int) -> None:
    colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
    width = canvas.px(SERIES_WIDTHS[min(index, len(SERIES_WIDTHS) - 1)])
    points = [(plot.x(day), plot.y(value)) for day, value in enumerate(values)]
    if len(points) > 1:
        canvas.draw.line(points, fill=colour, width=width, joint="curve")
    radius = width * 0.8
    for x, y in points:
        canvas.draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)
