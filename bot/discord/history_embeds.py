"""The search history and the usage figures as embeds, in the reader's language (`Words`).

Who and where are Discord mentions (`<@id>`, `<#id>`) and times Discord timestamps (`<t:…:f>`):
each reader's client shows them in its own language, without pinging anyone (embeds never ping,
and replies send `AllowedMentions.none()` anyway). A top match is said in the reader's language
from its recorded parts (`bot.core.moderation.history.BestMatch`: the library, the similarity and
the title, escaped when recorded); a search recorded before the parts were kept shows its stored
line.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import discord

from bot.core.language import Text, Words
from bot.core.moderation.history import SearchRecord, UsageTotals
from bot.core.seen.message_links import jump_url
from bot.core.text import truncate, untrusted_inline
from bot.core.wording import say
from bot.discord.embed_limits import fit_embeds

HISTORY_PER_PAGE = 10
NAME_LIMIT = 100
TOP_MATCH_SHOWN = 300
COLOUR = discord.Colour.blurple()


def history_title(words: Words, display_name: str | None) -> str:
    """`Searches by <name>` (the member's display name is their own text: escaped), or the
    title of the whole server's history."""
    if display_name is None:
        return words.say("history-title")
    name = untrusted_inline(display_name, NAME_LIMIT)
    return (
        words.say("history-title-member", name=name) if name else words.say("history-title-unnamed")
    )


def _where(words: Words, record: SearchRecord) -> str:
    """` in #channel`, or a link to the checked message in it."""
    if not record.channel_id:
        return ""
    channel = f"<#{record.channel_id}>"
    if record.message_id is None:
        return " " + words.say("history-in-channel", channel=channel)
    link = jump_url(record.guild_id, record.channel_id, record.message_id)
    return " " + words.say("history-on-message", link=link, channel=channel)


def _source(words: Words, record: SearchRecord) -> str:
    """` · 3 images · 2 API calls`, or ` · cached`."""
    images = f" · {words.say('history-images', count=record.images)}" if record.images > 1 else ""
    if record.cached:
        return f"{images} · {words.say('history-cached')}"
    return f"{images} · {words.say('history-api-calls', count=record.api_calls)}"


def _top_match(words: Words, record: SearchRecord) -> str:
    """`TikTok · 97 % · title` in the reader's language; an older record's stored line as it is
    (it has no parts to say again)."""
    if record.best is not None:
        return say(words, record.best.text)
    return record.top_match or words.say("history-no-match")


def _history_line(words: Words, record: SearchRecord) -> str:
    top = truncate(_top_match(words, record), TOP_MATCH_SHOWN)
    seen = ""
    if record.seen_before and record.seen_link:
        note = words.say("history-seen-before", count=record.seen_before)
        seen = f" · [{note}]({record.seen_link})"
    return (
        f"<t:{int(record.at)}:f> · <@{record.user_id}>{_where(words, record)}"
        f" · {words.say(record.kind.text)}{_source(words, record)}\n↳ {top}{seen}"
    )


def _history_page(
    words: Words, records: Sequence[SearchRecord], title: str, footer: Text
) -> discord.Embed:
    description = "\n".join(_history_line(words, r) for r in records)
    embed = discord.Embed(title=title, description=description, colour=COLOUR)
    embed.set_footer(text=words.say(footer))
    return embed


def _searches_shown(shown: int, total: int) -> Text:
    if total > shown:
        return Text("history-searches-some", shown=shown, total=total)
    return Text("history-searches-all", total=total)


def render_history(
    words: Words, records: Sequence[SearchRecord], *, title: str, total: int, kept_days: int
) -> list[list[discord.Embed]]:
    """Pages of `HISTORY_PER_PAGE` searches each; `total` counts those not fetched too."""
    pages = max(math.ceil(len(records) / HISTORY_PER_PAGE), 1)
    searches = _searches_shown(len(records), total)
    return [
        fit_embeds(
            [
                _history_page(
                    words,
                    records[k * HISTORY_PER_PAGE : (k + 1) * HISTORY_PER_PAGE],
                    title,
                    Text(
                        "history-footer", page=k + 1, pages=pages, searches=searches, days=kept_days
                    ),
                )
            ]
        )
        for k in range(pages)
    ]


def _rate(totals: UsageTotals) -> Text:
    rate = totals.cache_hit_rate
    if rate is None:
        return Text("usage-cache-rate-none")
    return Text("usage-cache-rate", rate=math.floor(rate * 100) / 100)


def _usage_value(words: Words, totals: UsageTotals) -> str:
    return words.say(
        "usage-figures",
        searches=totals.searches,
        calls=totals.all_calls,
        search_calls=totals.api_calls,
        details=totals.detail_calls,
        keyframes=totals.keyframe_calls,
        cache_rate=_rate(totals),
    )


def _budget_value(words: Words, left: int | None, budget: int) -> str:
    if left is None:
        return words.say("usage-no-budget")
    return words.say("usage-budget-left", left=left, budget=budget)


def render_usage(
    words: Words, today: UsageTotals, week: UsageTotals, budget_left: int | None, budget: int
) -> discord.Embed:
    embed = discord.Embed(title=words.say("usage-title"), colour=COLOUR)
    embed.add_field(name=words.say("usage-today"), value=_usage_value(words, today), inline=True)
    week_value = _usage_value(words, week)
    embed.add_field(name=words.say("usage-last-7-days"), value=week_value, inline=True)
    budget_value = _budget_value(words, budget_left, budget)
    embed.add_field(name=words.say("usage-daily-budget"), value=budget_value, inline=False)
    return embed
