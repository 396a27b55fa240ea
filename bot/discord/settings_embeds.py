"""Server settings as Discord shows them: the `show` list, a change summary, the mod-log record.

Every word comes from the catalogue (`settings-…` messages): the member's language for what
answers them (`show`, the confirmation), the server's for the mod-log record.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import discord

from bot.core.language import Words, english, language_name
from bot.core.moderation.guild_settings import SETTING_NAMES, GuildSettings, SettingChange
from bot.core.scope import SearchScope
from bot.core.text import untrusted_inline
from bot.discord.command_translator import choice_name

COLOUR_SETTINGS = discord.Colour.blurple()
OPTION_NAMES = {name: name for name in SETTING_NAMES} | {
    "modlog_channel_id": "modlog_channel",
    "private_namespace": "video_library",
}
"""A setting's name as the `set` and `reset` options spell it."""
_COUNTED = {
    "min_match": "settings-value-percent",
    "possible_match": "settings-value-percent",
    "memory_days": "settings-value-days",
    "cooldown": "settings-value-cooldown",
    "daily_budget": "settings-value-budget",
    "seen_distance": "settings-value-seen-distance",
}
"""Numbers said with their unit (and their special values: 0 = off, unlimited, identical)."""


def option_name(words: Words, name: str) -> str:
    """A setting's option of `/findvideo-settings set` as the reader's Discord shows it."""
    parameter = "modlog_channel" if name == "modlog_channel_id" else name
    return words.say(f"command-findvideo-settings-set-{parameter.replace('_', '-')}-name")


def label(words: Words, name: str) -> str:
    """A setting's name as moderators read it (`Match threshold`)."""
    return words.say(f"settings-label-{name.replace('_', '-')}")


def english_labels() -> dict[str, str]:
    """Every setting's label in English: the `reset` command's choices (Discord's default)."""
    return {name: label(english(), name) for name in SETTING_NAMES}


def format_setting(
    words: Words, name: str, value: object, server_language: str | None = None
) -> str:
    """A setting's value as a moderator reads it; `server_language`: the language the server
    reads when it chose none (named in `show`)."""
    if name == "language":
        return _language(words, value, server_language)
    if value is None:
        return words.say(
            "settings-value-off" if name == "possible_match" else "settings-value-none"
        )
    if isinstance(value, SearchScope):
        return choice_name(words, value.label)
    if isinstance(value, bool):
        return words.say("settings-value-yes" if value else "settings-value-no")
    return _format_number(words, name, value)


def _language(words: Words, value: object, server_language: str | None) -> str:
    if isinstance(value, str):
        return language_name(value)
    if server_language is None:
        return words.say("settings-value-server-language")
    named = language_name(server_language)
    return words.say("settings-value-server-language-is", language=named)


def _format_number(words: Words, name: str, value: object) -> str:
    if name in _COUNTED and isinstance(value, int):
        return words.say(_COUNTED[name], value=value)
    if name == "modlog_channel_id":
        return f"<#{value}>"
    if name == "private_namespace":
        return f"`{untrusted_inline(str(value), 64)}`"
    return str(value)


def _show_line(words: Words, settings: GuildSettings, name: str, server_language: str) -> str:
    origin = "settings-origin-default" if settings.is_default(name) else "settings-origin-set-here"
    return words.say(
        "settings-show-line",
        label=label(words, name),
        option=option_name(words, name),
        value=format_setting(words, name, getattr(settings, name), server_language),
        origin=words.say(origin),
    )


def settings_embed(
    words: Words, settings: GuildSettings, guild_name: str, server_language: str
) -> discord.Embed:
    """Every setting, its value, and whether it is the default or this server's choice."""
    lines = [_show_line(words, settings, name, server_language) for name in SETTING_NAMES]
    embed = discord.Embed(
        title=words.say("settings-show-title", server=untrusted_inline(guild_name, 80)),
        description="\n".join(lines),
        colour=COLOUR_SETTINGS,
    )
    embed.set_footer(text=words.say("settings-show-footer"))
    return embed


def change_lines(words: Words, changes: Sequence[SettingChange]) -> list[str]:
    return [
        words.say(
            "settings-change-line",
            label=label(words, c.name),
            before=format_setting(words, c.name, c.before),
            after=format_setting(words, c.name, c.after),
        )
        for c in changes
    ]


def saved_embed(words: Words, changes: Sequence[SettingChange], *, reset: bool) -> discord.Embed:
    """The moderator's confirmation of what changed."""
    title = words.say("settings-reset-title" if reset else "settings-saved-title")
    return discord.Embed(
        title=title, description="\n".join(change_lines(words, changes)), colour=COLOUR_SETTINGS
    )


def modlog_change_embed(
    words: Words, changes: Sequence[SettingChange], moderator: discord.abc.User
) -> discord.Embed:
    """The mod-log record of a change: who changed what, old → new, and when."""
    embed = discord.Embed(
        title=words.say("settings-changed-title"),
        description="\n".join(change_lines(words, changes)),
        colour=COLOUR_SETTINGS,
        timestamp=datetime.now(UTC),
    )
    embed.add_field(
        name=words.say("settings-changed-by"), value=f"{moderator.mention} (`{moderator.id}`)"
    )
    return embed
