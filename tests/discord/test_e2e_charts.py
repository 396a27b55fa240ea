"""The usage and history charts, as a member sees them: a PNG attached to the answer, decoded."""

from __future__ import annotations

from bot.core.charts.chart_drawing import HEIGHT, SERIES_WIDTHS, WIDTH
from bot.core.moderation.guild_settings import GuildOverrides
from tests import imagegen
from tests.chart_pixels import Drawn, in_plot
from tests.discord.buttons import ADMIN, MODERATOR, press, with_permissions
from tests.discord.test_e2e_history_usage import USER_OPTION, search_as
from tests.fakes.discord_server import InteractionRecord
from tests.fakes.memories_api import hit
from tests.stack import Stack, assert_clean, final_embeds


def alt_text(record: InteractionRecord, name: str) -> str:
    """What Discord reads out for the attached chart (the attachment's description)."""
    [sent] = [
        a
        for edit in record.original_edits
        for a in edit.payload.get("attachments", [])
        if a.get("filename") == name
    ]
    return str(sent["description"])


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
    assert alt_text(record, "usage.png") == (
        "Chart of the last 30 days: searches, their API calls and cache hits per day"
    )


async def test_usage_without_a_budget_or_searches_still_draws_the_axes(stack: Stack) -> None:
    record = await usage(stack)

    chart = attached_chart(record, "usage.png")
    assert chart.distinct_colours() > 20
    assert chart.limit()[0].size == 0, "no budget, no line"
    _, ys = in_plot(chart.series(0))
    assert ys.max() - ys.min() <= 2 * SERIES_WIDTHS[0], "a flat line (and dots) at zero"


async def history(stack: Stack, *, member: int | None = None) -> InteractionRecord:
    payload = stack.payloads.slash_command("findvideo-history", {}, permissions=MODERATOR)
    if member is not None:
        payload["data"]["options"] = [{"name": "user", "type": USER_OPTION, "value": str(member)}]
        payload["data"]["resolved"] = {"users": {str(member): stack.payloads.user(member)}}
    record = await stack.invoke(payload)
    assert_clean(stack, record)
    return record


async def alert_about(stack: Stack, author_id: int) -> None:
    """A repost alert kept today about a post of `author_id` (as a watched channel records it)."""
    await stack.bot.services.database.execute(
        "INSERT INTO watch_alerts (guild_id, channel_id, message_id, sha256, video_key, author_id)"
        " VALUES (?, 1, 2, 'h', 'TIKTOK:1', ?)",
        (stack.discord.guild_id, author_id),
    )


async def test_history_shows_searches_matches_and_alerts_per_day(stack: Stack) -> None:
    stack.memories.set_default([hit("PI-1", "Cat", 1, 0.97)])
    await search_as(stack, stack.payloads.user_id, 64)
    await alert_about(stack, stack.payloads.user_id)

    record = await history(stack)

    chart = attached_chart(record, "history.png")
    assert chart.size == (WIDTH, HEIGHT)
    for series in (0, 1, 2):  # searches, matches found, repost alerts: one each, today
        xs, ys = in_plot(chart.series(series))
        assert xs[ys.argmin()] > WIDTH * 0.85, f"series {series} rises today, on the right"


async def test_a_members_history_charts_only_their_searches_and_alerts(stack: Stack) -> None:
    await stack.bot.services.guild_settings.save(stack.discord.guild_id, GuildOverrides(cooldown=0))
    someone, other = stack.payloads.snowflake(), stack.payloads.snowflake()
    await search_as(stack, someone, 64)
    for width in (65, 66, 67):
        await search_as(stack, other, width)
    await alert_about(stack, other)

    mine = attached_chart(await history(stack, member=someone), "history.png")
    everyone = attached_chart(await history(stack), "history.png")

    _, their_alerts = in_plot(mine.series(2))
    _, all_alerts = in_plot(everyone.series(2))
    assert their_alerts.min() > HEIGHT * 0.7, "no alert about their posts: flat at zero"
    assert all_alerts.min() < their_alerts.min() - 20, "the server's chart has the alert"
    _, their_searches = in_plot(mine.series(0))
    assert their_searches.min() < HEIGHT * 0.5, "their one search is their chart's top"


async def test_the_chart_stays_on_every_page_of_the_history(stack: Stack) -> None:
    await stack.bot.services.guild_settings.save(stack.discord.guild_id, GuildOverrides(cooldown=0))
    for width in range(64, 76):
        await search_as(stack, stack.payloads.user_id, width)
    record = await history(stack)

    turned = await press(stack, record, "▶")

    [embed] = (turned.original or {})["embeds"]
    [attachment] = (turned.original or {})["attachments"]
    assert attachment["filename"] == "history.png"
    assert embed["image"]["url"] == attachment["url"], "the page shows the chart already sent"
