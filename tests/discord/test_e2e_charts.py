"""The usage and history charts, as a member sees them: a PNG attached to the answer, decoded."""

from __future__ import annotations

from bot.core.charts.chart_drawing import HEIGHT, SERIES_WIDTHS, WIDTH
from bot.core.moderation.guild_settings import GuildOverrides
from tests import imagegen
from tests.chart_pixels import Drawn, in_plot
from tests.discord.buttons import ADMIN, with_permissions
from tests.fakes.discord_server import InteractionRecord
from tests.stack import Stack, assert_clean, final_embeds


def attached_chart(record: InteractionRecord, name: str) -> Drawn:
    """The chart the answer shows: its embed points at the file sent with it."""
    [embed] = final_embeds(record)
    assert embed["image"]["url"] == f"attachment://{name}"
    [sent] = [f for edit in record.original_edits for f in edit.files if f.filename == name]
    return Drawn.of(sent.data)


async def usage(stack: Stack) -> InteractionRecord:
    payload = stack.payloads.slash_command("findvideo-usage", {})
    record = await stack.invoke(with_permissions(payload, ADMIN))
    assert_clean(stack, record)
    return record


async def test_usage_shows_a_chart_of_today_searches_and_the_budget(stack: Stack) -> None:
    await stack.bot.services.guild_settings.save(
        stack.discord.guild_id, GuildOverrides(daily_budget=5)
    )
    for width in (64, 65, 66):
        await stack.slash(image=stack.payloads.uploaded(f"{width}.png", imagegen.png(width, 48)))

    record = await usage(stack)

    assert record.ephemeral
    chart = attached_chart(record, "usage.png")
    assert chart.size == (WIDTH, HEIGHT)
    assert chart.distinct_colours() > 20, "not blank"
    xs, ys = in_plot(chart.series(0))
    assert xs[ys.argmin()] > WIDTH * 0.85, "today's searches, on the right, are the high point"
    limit_xs, limit_ys = in_plot(chart.limit())
    assert limit_xs.size > 0, "the budget line"
    assert limit_ys.max() < ys.max(), "above the quiet days"


async def test_usage_without_a_budget_or_searches_still_draws_the_axes(stack: Stack) -> None:
    record = await usage(stack)

    chart = attached_chart(record, "usage.png")
    assert chart.distinct_colours() > 20
    assert chart.limit()[0].size == 0, "no budget, no line"
    _, ys = in_plot(chart.series(0))
    assert ys.max() - ys.min() <= 2 * SERIES_WIDTHS[0], "a flat line (and dots) at zero"
