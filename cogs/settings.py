"""/findvideo-settings show|set|reset: a server's own defaults, changed by its moderators.

Needs Manage Server: declared as the command's default member permissions (Discord hides it from
others) AND checked here, because server admins can override the default in Discord's settings.
Every change is posted to the mod-log channel; if that fails the moderator is told why.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.core.errors import UserFacingError
from bot.core.language import LANGUAGES, Text, language_for, language_name
from bot.core.moderation.guild_settings import (
    SETTING_NAMES,
    GuildOverrides,
    GuildSettings,
    SettingChange,
    apply_changes,
    changes_between,
)
from bot.core.scope import SearchScope
from bot.core.seen.bands import MAX_DISTANCE
from bot.discord.choices import PLATFORM_CHOICES
from bot.discord.command_translator import same_everywhere
from bot.discord.language import member_words, server_words
from bot.discord.modlog import (
    CHANNEL_GONE,
    cannot_post_text,
    missing_permissions,
    modlog_channel,
    post_to_modlog,
)
from bot.discord.permissions import MANAGE_SERVER, require
from bot.discord.replies import NO_MENTIONS
from bot.discord.settings_embeds import (
    OPTION_NAMES,
    english_labels,
    modlog_change_embed,
    saved_embed,
    settings_embed,
)

if TYPE_CHECKING:
    from bot.discord.app import FindVideoBot

NEEDS_MANAGE_SERVER = Text("settings-needs-manage-server")
NOTHING_GIVEN = Text("settings-nothing-given")
NOTHING_TO_RESET = Text("settings-nothing-to-reset")
NOTHING_CHANGED = Text("settings-nothing-changed")
SETTING_CHOICES = [
    app_commands.Choice(name=label, value=OPTION_NAMES[name])
    for name, label in english_labels().items()
]
SERVER_DEFAULT = "default"
LANGUAGE_CHOICES = [
    *(
        app_commands.Choice(name=same_everywhere(language_name(lang)), value=lang)
        for lang in LANGUAGES
    ),
    app_commands.Choice(name="Server default", value=SERVER_DEFAULT),
]
"""Each language by its own name, and the server's own preferred locale."""
FIELD_FOR_OPTION = {option: field for field, option in OPTION_NAMES.items()}


def require_manage_server(interaction: discord.Interaction) -> discord.Guild:
    """The server, if the member may manage it; otherwise a private refusal."""
    if interaction.guild is None:
        raise UserFacingError(Text("settings-only-in-server"))
    require(interaction, MANAGE_SERVER, NEEDS_MANAGE_SERVER)
    return interaction.guild


def _given_settings(**options: object) -> dict[str, object]:
    """The options a moderator gave, as setting values (possible_match 0 means off)."""
    given = {name: value for name, value in options.items() if value is not None}
    if given.get("possible_match") == 0:
        given["possible_match"] = None
    if isinstance(platform := given.get("platform"), str):
        given["platform"] = SearchScope(platform)
    if isinstance(channel := given.pop("modlog_channel", None), discord.TextChannel):
        given["modlog_channel_id"] = channel.id
    if given.get("language") == SERVER_DEFAULT:
        given["language"] = None
    return given


def modlog_problem(guild: discord.Guild, channel_id: int | None) -> Text | None:
    """Why records cannot be posted in the mod-log channel now (None: they can, or none is set)."""
    if channel_id is None:
        return None
    channel = modlog_channel(guild, channel_id)
    if channel is None:
        return CHANNEL_GONE
    missing = missing_permissions(channel)
    return cannot_post_text(channel_id, missing) if missing else None


def _check_channel(channel: discord.TextChannel | None) -> None:
    if channel is not None and (missing := missing_permissions(channel)):
        raise UserFacingError(cannot_post_text(channel.id, missing))


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class ServerSettings(commands.GroupCog, group_name="findvideo-settings"):
    """This server's findvideo defaults (needs Manage Server)."""

    def __init__(self, bot: FindVideoBot) -> None:
        self.bot = bot
        super().__init__()

    @app_commands.command(name="show", description="Show every findvideo setting of this server")
    async def show(self, interaction: discord.Interaction) -> None:
        guild = require_manage_server(interaction)
        settings = await self.bot.services.settings_for(guild.id)
        words = member_words(interaction)
        server_default = language_for(guild.preferred_locale.value)
        embed = settings_embed(words, settings, guild.name, server_default)
        if problem := modlog_problem(guild, settings.modlog_channel_id):
            embed.add_field(
                name=words.say("settings-modlog-problem"), value=words.say(problem), inline=False
            )
        await interaction.response.send_message(
            embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS
        )

    @app_commands.command(name="set", description="Change this server's findvideo settings")
    @app_commands.describe(
        platform="Where /findvideo and the menu look by default",
        min_match="The match threshold, percent: matches below it are not shown as matches",
        possible_match="Lower threshold for 'possible matches' (shown behind a button); 0 = off",
        results="Videos shown per image by default",
        private="Answer /findvideo privately by default",
        modlog_channel="Channel for the mod-log (context-menu searches, settings changes)",
        log_every_search="Also log every /findvideo search, not only the context menu",
        private_namespace="Name of this server's video library (letters, digits, - or _)",
        cooldown="Searches per member per minute; 0 = no cooldown",
        daily_budget="API calls per day for this server (UTC); 0 = unlimited",
        image_memory="Remember the images checked here ('seen here before'); off forgets them",
        seen_distance="How different (bits of 64) a repost may be; 0 = identical only",
        cut_borders="Search images without the borders, caption bands or blurred fill of a repost",
        memory_days="Days the image memory keeps a picture (older ones are forgotten)",
        language="The language of the mod-log, watch alerts and public replies",
    )
    @app_commands.rename(private_namespace="video_library")
    @app_commands.choices(platform=PLATFORM_CHOICES, language=LANGUAGE_CHOICES)
    async def set_(
        self,
        interaction: discord.Interaction,
        platform: str | None = None,
        min_match: app_commands.Range[int, 50, 100] | None = None,
        possible_match: app_commands.Range[int, 0, 100] | None = None,
        results: app_commands.Range[int, 1, 10] | None = None,
        private: bool | None = None,
        modlog_channel: discord.TextChannel | None = None,
        log_every_search: bool | None = None,
        private_namespace: app_commands.Range[str, 1, 64] | None = None,
        cooldown: app_commands.Range[int, 0, 100] | None = None,
        daily_budget: app_commands.Range[int, 0, 1_000_000] | None = None,
        image_memory: bool | None = None,
        seen_distance: app_commands.Range[int, 0, MAX_DISTANCE] | None = None,
        cut_borders: bool | None = None,
        memory_days: app_commands.Range[int, 1, 3650] | None = None,
        language: str | None = None,
    ) -> None:
        guild = require_manage_server(interaction)
        given = _given_settings(
            platform=platform,
            min_match=min_match,
            possible_match=possible_match,
            results=results,
            private=private,
            modlog_channel=modlog_channel,
            log_every_search=log_every_search,
            private_namespace=private_namespace,
            cooldown=cooldown,
            daily_budget=daily_budget,
            image_memory=image_memory,
            seen_distance=seen_distance,
            cut_borders=cut_borders,
            memory_days=memory_days,
            language=language,
        )
        if not given:
            raise UserFacingError(NOTHING_GIVEN)
        _check_channel(modlog_channel)
        await self._change(interaction, guild, given, reset=False)

    @app_commands.command(name="reset", description="Return settings to the bot's defaults")
    @app_commands.describe(setting="Only this setting (leave empty to reset them all)")
    @app_commands.choices(setting=SETTING_CHOICES)
    async def reset(self, interaction: discord.Interaction, setting: str | None = None) -> None:
        guild = require_manage_server(interaction)
        current = await self.bot.services.settings_for(guild.id)
        names = [FIELD_FOR_OPTION[setting]] if setting else SETTING_NAMES
        chosen = [name for name in names if not current.is_default(name)]
        if not chosen:
            raise UserFacingError(NOTHING_TO_RESET)
        await self._change(interaction, guild, dict.fromkeys(chosen), reset=True)

    async def _change(
        self,
        interaction: discord.Interaction,
        guild: discord.Guild,
        given: Mapping[str, object],
        *,
        reset: bool,
    ) -> None:
        """Store the change (all or nothing), confirm it, and record it in the mod-log."""
        before, after = await self.bot.services.guild_settings.update(
            guild.id,
            lambda stored: apply_changes(stored, given, guild.id, self.bot.services.settings),
        )
        old, new = self._resolved(guild.id, before), self._resolved(guild.id, after)
        changes = changes_between(old, new, given)
        if not reset:  # "TikTok → TikTok" is no change: neither said nor logged
            changes = [change for change in changes if change.before != change.after]
        if not changes:
            raise UserFacingError(NOTHING_CHANGED)
        saved = saved_embed(member_words(interaction), changes, reset=reset)
        await interaction.response.send_message(
            embed=saved, ephemeral=True, allowed_mentions=NO_MENTIONS
        )
        if old.image_memory and not new.image_memory:  # off: what it held is deleted
            await self.bot.services.image_memory.store.forget_server(guild.id)
        await self._log_change(interaction, guild, changes, old, new)

    def _resolved(self, guild_id: int, overrides: GuildOverrides) -> GuildSettings:
        return GuildSettings.resolve(guild_id, overrides, self.bot.services.settings)

    async def _log_change(
        self,
        interaction: discord.Interaction,
        guild: discord.Guild,
        changes: list[SettingChange],
        old: GuildSettings,
        new: GuildSettings,
    ) -> None:
        """Post to the mod-log (the old one too, when the mod-log itself moved)."""
        channels = dict.fromkeys(c for c in (old.modlog_channel_id, new.modlog_channel_id) if c)
        embed = modlog_change_embed(server_words(guild, new.language), changes, interaction.user)
        for channel_id in channels:
            problem = await post_to_modlog(guild, channel_id, embeds=[embed])
            if problem:
                note = member_words(interaction).say("settings-not-logged", problem=problem)
                await interaction.followup.send(note, ephemeral=True, allowed_mentions=NO_MENTIONS)


async def setup(bot: FindVideoBot) -> None:
    await bot.add_cog(ServerSettings(bot))
