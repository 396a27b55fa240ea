"""The search history and the usage figures as embeds.

Who and where are Discord mentions (`<@id>`, `<#id>`): they show names without pinging anyone
(embeds never ping, and replies send `AllowedMentions.none()` anyway). Top-match lines were escaped
when they were recorded (`bot.core.moderation.history.describe_match`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import discord

from bot.core.moderation.history import SearchRecord, UsageTotals
from bot.core.seen import seen_wording
from bot.core.text import truncate, untrusted_inline
from bot.discord.embed_limits import fit_embeds

HISTORY_PER_PAGE = 10
NAME_LIMIT = 100
TOP_MATCH_SHOWN = 300
COLOUR = discord.Colour.blurple()


def history_title(display_name: str | None) -> str:
    """`Searches by <name>` (the member's display name is their own text: escaped), or the
    title of the whole server's history."""
    if display_name is None:
        return "Recent searches"
    return f"Searches by {untrusted_inline(display_name, NAME_LIMIT) or 'this member'}"


def _where(record: SearchRecord) -> str:
    """` in #channel`, or a link to the checked message in it."""
    if not record.channel_id:
        return ""
    if record.message_id is None:
        return f" in <#{record.channel_id}>"
    link = f"https://discord.com/channels/{record.guild_id}/{record.channel_id}/{record.message_id}"
    return f" on [this message]({link}) in <#{record.channel_id}>"


def _history_line(record: SearchRecord) -> str:
    where = _where(record)
    images = f" · {record.images} images" if record.images > 1 else ""
    calls = "API call" if record.api_calls == 1 else "API calls"
    source = "cached" if record.cached else f"{record.api_calls} {calls}"
    top = truncate(record.top_match or "no match", TOP_MATCH_SHOWN)
    seen = ""
    if record.seen_before and record.seen_link:
        seen = f" · [{seen_wording.history_note(record.seen_before)}]({record.seen_link})"
    return (
        f"<t:{int(record.at)}:f> · <@{record.user_id}>{where} · {record.kind.label}{images}"
        f" · {source}\n↳ {top}{seen}"
    )


def _history_page(
    records: Sequence[SearchRecord], title: str, footer: str, page: int, pages: int
) -> discord.Embed:
    embed = discord.Embed(
        title=title, description="\n".join(_history_line(r) for r in records), colour=COLOUR
    )
    embed.set_footer(text=f"Page {page}/{pages} · newest first · {footer}")
    return embed


def render_history(
    records: Sequence[SearchRecord], *, title: str, total: int, kept_days: int
) -> list[list[discord.Embed]]:
    """Pages of `HISTORY_PER_PAGE` searches each; `total` counts those not fetched too."""
    shown = f"{len(records)} of {total} searches" if total > len(records) else f"{total} searches"
    footer = f"{shown} · kept {kept_days} days"
    pages = max(math.ceil(len(records) / HISTORY_PER_PAGE), 1)
    return [
        fit_embeds(
            [
                _history_page(
                    records[k * HISTORY_PER_PAGE : (k + 1) * HISTORY_PER_PAGE],
                    title,
                    footer,
                    k + 1,
                    pages,
                )
            ]
        )
        for k in range(pages)
    ]


def _rate(totals: UsageTotals) -> str:
    rate = totals.cache_hit_rate
    return "–" if rate is None else f"{math.floor(rate * 100)}%"


def _usage_value(totals: UsageTotals) -> str:
    kinds = (
        f"searches {totals.api_calls}, video details {totals.detail_calls}, "
        f"keyframe downloads {totals.keyframe_calls}"
    )
    return (
        f"Searches: **{totals.searches}**\nAPI calls: **{totals.all_calls}** ({kinds})\n"
        f"Answered from the cache: **{_rate(totals)}**"
    )


def _budget_value(left: int | None, budget: int) -> str:
    if left is None:
        return "No daily budget: API calls are not limited."
    return f"**{left}** of {budget} API calls left today (starts again at midnight UTC)."


def render_usage(
    today: UsageTotals, week: UsageTotals, budget_left: int | None, budget: int
) -> discord.Embed:
    embed = discord.Embed(title="Search usage", colour=COLOUR)
    embed.add_field(name="Today (UTC)", value=_usage_value(today), inline=True)
    embed.add_field(name="Last 7 days", value=_usage_value(week), inline=True)
    embed.add_field(name="Daily budget", value=_budget_value(budget_left, budget), inline=False)
    return embed
