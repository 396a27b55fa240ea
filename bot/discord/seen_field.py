"""The "Seen here before" field of an answer or an alert embed (wording in
`bot.core.seen.seen_wording`)."""

from __future__ import annotations

from collections.abc import Sequence

import discord

from bot.core.language import Words
from bot.core.seen import seen_wording
from bot.core.seen.memory import EarlierSighting

FIELD_VALUE_LIMIT = 1024


def add_seen_field(embed: discord.Embed, earlier: Sequence[EarlierSighting], words: Words) -> None:
    """Add the field, in `words`' language, when there is anything to show (one line per earlier
    post)."""
    if not earlier:
        return
    lines: list[str] = []
    for line in map(words.say, seen_wording.seen_lines(earlier)):
        if len("\n".join([*lines, line])) > FIELD_VALUE_LIMIT:
            break
        lines.append(line)
    embed.add_field(name=words.say(seen_wording.HEADING), value="\n".join(lines), inline=False)
