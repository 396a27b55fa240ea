"""Discord's embed limits, guaranteed in one place whatever the API or a user sent.

Renderers try to fit nicely (shorter titles, fewer rows); `fit_embeds` is the last guard that makes
any list of embeds acceptable to Discord, so a surprising API answer can never make a reply fail.
"""

from __future__ import annotations

import discord

from bot.core.text import truncate

MAX_EMBEDS = 10
MAX_TOTAL = 6000
MAX_TITLE = 256
MAX_DESCRIPTION = 4096
MAX_FIELDS = 25
MAX_FIELD_NAME = 256
MAX_FIELD_VALUE = 1024
MAX_FOOTER = 2048
MAX_AUTHOR = 256
MAX_CONTENT = 2000


def _fit_fields(embed: discord.Embed) -> None:
    fields = [(f.name or "\u200b", f.value or "\u200b", f.inline) for f in embed.fields]
    embed.clear_fields()
    for name, value, inline in fields[:MAX_FIELDS]:
        embed.add_field(
            name=truncate(name, MAX_FIELD_NAME),
            value=truncate(value, MAX_FIELD_VALUE),
            inline=bool(inline),
        )


def _fit_parts(embed: discord.Embed) -> discord.Embed:
    if embed.title:
        embed.title = truncate(embed.title, MAX_TITLE)
    if embed.description:
        embed.description = truncate(embed.description, MAX_DESCRIPTION)
    if embed.footer.text:
        embed.set_footer(
            text=truncate(embed.footer.text, MAX_FOOTER), icon_url=embed.footer.icon_url
        )
    if embed.author.name:
        embed.set_author(name=truncate(embed.author.name, MAX_AUTHOR), url=embed.author.url)
    _fit_fields(embed)
    return embed


def _excess(embed: discord.Embed, budget: int) -> int:
    return len(embed) - budget


def _shrink_to(embed: discord.Embed, budget: int) -> None:
    """Drop fields from the end, then cut the description, footer and title, until the embed
    fits `budget`."""
    while _excess(embed, budget) > 0 and embed.fields:
        embed.remove_field(len(embed.fields) - 1)
    if _excess(embed, budget) > 0 and embed.description:
        embed.description = _cut(embed.description, _excess(embed, budget))
    if _excess(embed, budget) > 0 and embed.footer.text:
        embed.set_footer(text=_cut(embed.footer.text, _excess(embed, budget)))
    if _excess(embed, budget) > 0 and embed.title:
        embed.title = _cut(embed.title, _excess(embed, budget))


def _cut(text: str, excess: int) -> str:
    return truncate(text, max(len(text) - excess, 1))


def fit_embeds(embeds: list[discord.Embed]) -> list[discord.Embed]:
    """At most ten embeds, every part within its limit, 6000 characters in all."""
    fitted = [_fit_parts(embed) for embed in embeds[:MAX_EMBEDS]]
    budget = MAX_TOTAL // max(len(fitted), 1)
    for embed in fitted:
        if len(embed) > budget:
            _shrink_to(embed, budget)
    return fitted
