"""Server settings as Discord shows them: the `show` list, a change summary, the mod-log record."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import discord

from bot.core.moderation.guild_settings import SETTING_NAMES, GuildSettings, SettingChange
from bot.core.scope import SearchScope
from bot.core.text import untrusted_inline

COLOUR_SETTINGS = discord.Colour.blurple()
OPTION_NAMES = {name: name for name in SETTING_NAMES} | {
    "modlog_channel_id": "modlog_channel",
    "private_namespace": "video_library",
}
"""A setting's name as the `set` and `reset` options spell it."""
LABELS = {
    "platform": "Platform",
    "min_match": "Match threshold",
    "possible_match": "Possible-match threshold",
    "results": "Results per image",
    "private": "Private answers",
    "modlog_channel_id": "Mod-log channel",
    "log_every_search": "Log every search",
    "private_namespace": "This server's video library",
    "cooldown": "Cooldown",
    "daily_budget": "Daily budget",
    "image_memory": "Image memory (seen here before)",
    "seen_distance": "Seen-before distance",
    "cut_borders": "Cut borders and captions",
    "memory_days": "Image memory kept",
}


def format_setting(name: str, value: object) -> str:
    """A setting's value as a moderator reads it."""
    if value is None:
        return "off" if name == "possible_match" else "none"
    if isinstance(value, SearchScope):
        return value.label
    if name == "seen_distance":
        return "identical only" if value == 0 else f"up to {value} of 64 bits apart"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return _format_number(name, value)


_UNITS = {"min_match": "%", "possible_match": "%", "memory_days": " days"}


def _format_number(name: str, value: object) -> str:
    if name in _UNITS:
        return f"{value}{_UNITS[name]}"
    if name == "modlog_channel_id":
        return f"<#{value}>"
    if name == "cooldown":
        return "off" if value == 0 else f"{value} searches per user per minute"
    if name == "daily_budget":
        return "unlimited" if value == 0 else f"{value} API calls per day"
    if name == "private_namespace":
        return f"`{untrusted_inline(str(value), 64)}`"
    return str(value)


def _show_line(settings: GuildSettings, name: str) -> str:
    origin = "default" if settings.is_default(name) else "set here"
    value = format_setting(name, getattr(settings, name))
    return f"**{LABELS[name]}** (`{OPTION_NAMES[name]}`): {value} · *{origin}*"


def settings_embed(settings: GuildSettings, guild_name: str) -> discord.Embed:
    """Every setting, its value, and whether it is the default or this server's choice."""
    lines = [_show_line(settings, name) for name in SETTING_NAMES]
    embed = discord.Embed(
        title=f"findvideo settings for {untrusted_inline(guild_name, 80)}",
        description="\n".join(lines),
        colour=COLOUR_SETTINGS,
    )
    embed.set_footer(
        text="Change: /findvideo-settings set · Back to the defaults: /findvideo-settings reset"
    )
    return embed


def change_lines(changes: Sequence[SettingChange]) -> list[str]:
    return [
        f"**{LABELS[c.name]}**: {format_setting(c.name, c.before)} → "
        f"{format_setting(c.name, c.after)}"
        for c in changes
    ]


def saved_embed(changes: Sequence[SettingChange], *, reset: bool) -> discord.Embed:
    """The moderator's confirmation of what changed."""
    title = "Settings reset to the defaults" if reset else "Settings saved"
    return discord.Embed(
        title=title, description="\n".join(change_lines(changes)), colour=COLOUR_SETTINGS
    )


def modlog_change_embed(
    changes: Sequence[SettingChange], moderator: discord.abc.User
) -> discord.Embed:
    """The mod-log record of a change: who changed what, old → new, and when."""
    embed = discord.Embed(
        title="findvideo settings changed",
        description="\n".join(change_lines(changes)),
        colour=COLOUR_SETTINGS,
        timestamp=datetime.now(UTC),
    )
    embed.add_field(name="Changed by", value=f"{moderator.mention} (`{moderator.id}`)")
    return embed
