"""Command options beat the server's settings, which beat the operator's defaults."""

from __future__ import annotations

import pytest

from bot.config import load_settings
from bot.core.errors import UserFacingError
from bot.core.moderation.guild_settings import (
    GuildOverrides,
    GuildSettings,
    apply_changes,
)
from bot.core.request import SearchRequest
from bot.core.scope import SearchScope

OPERATOR = load_settings(
    {
        "DISCORD_TOKEN": "t",
        "MEMORIES_API_KEY": "k",
        "DEFAULT_PLATFORM": "youtube",
        "DEFAULT_MIN_MATCH": "80",
        "DEFAULT_RESULTS": "4",
        "MEMORIES_UNIQUE_ID": "operator-lib",
        "DEFAULT_COOLDOWN": "5",
        "DEFAULT_DAILY_BUDGET": "100",
    }
)
GUILD = 555


def test_a_server_that_chose_nothing_gets_the_operators_defaults_and_its_own_library() -> None:
    settings = GuildSettings.resolve(GUILD, GuildOverrides(), OPERATOR)

    assert settings.request() == SearchRequest(SearchScope.YOUTUBE, 80, 4, "555", guild_id=GUILD)
    assert (settings.cooldown, settings.daily_budget) == (5, 100)
    assert settings.private is False
    assert settings.possible_match is None
    assert settings.modlog_channel_id is None
    assert all(settings.is_default(name) for name in ("platform", "min_match", "cooldown"))


def test_outside_a_server_the_operators_namespace_applies() -> None:
    settings = GuildSettings.resolve(None, GuildOverrides(), OPERATOR)

    assert settings.private_namespace == "operator-lib"


def test_the_servers_choices_replace_the_defaults() -> None:
    overrides = GuildOverrides(platform=SearchScope.PRIVATE, min_match=70, private_namespace="lib")

    settings = GuildSettings.resolve(GUILD, overrides, OPERATOR)

    assert settings.request() == SearchRequest(SearchScope.PRIVATE, 70, 4, "lib", guild_id=GUILD)
    assert not settings.is_default("min_match")
    assert settings.is_default("results")


def test_options_given_to_the_command_beat_the_servers_settings() -> None:
    settings = GuildSettings.resolve(GUILD, GuildOverrides(min_match=70, results=2), OPERATOR)

    request = settings.request(platform=SearchScope.TIKTOK, min_match=95, results=10)

    assert request == SearchRequest(SearchScope.TIKTOK, 95, 10, "555", guild_id=GUILD)


def test_zero_and_false_are_choices_not_gaps() -> None:
    overrides = GuildOverrides(cooldown=0, daily_budget=0, private=False)

    settings = GuildSettings.resolve(GUILD, overrides, OPERATOR)

    assert (settings.cooldown, settings.daily_budget, settings.private) == (0, 0, False)
    assert not settings.is_default("cooldown")


def test_a_possible_match_above_the_match_threshold_is_refused() -> None:
    with pytest.raises(
        UserFacingError, match=r"\(85%\) cannot be above the match threshold \(80%\)"
    ):
        apply_changes(GuildOverrides(), {"possible_match": 85}, GUILD, OPERATOR)
    apply_changes(GuildOverrides(), {"possible_match": 80}, GUILD, OPERATOR)


def test_the_operators_library_is_no_servers_whatever_its_case() -> None:
    claimed = GuildOverrides(private_namespace="OPERATOR-lib")

    with pytest.raises(UserFacingError, match="the bot operator's own library"):
        apply_changes(GuildOverrides(), {"private_namespace": "Operator-Lib"}, GUILD, OPERATOR)
    assert GuildSettings.resolve(GUILD, claimed, OPERATOR).private_namespace == str(GUILD)


def test_the_private_library_is_closed_in_direct_messages_unless_the_operator_opens_it() -> None:
    opened = load_settings(
        {"MEMORIES_API_KEY": "k", "DM_PRIVATE_LIBRARY": "true"}, need_discord=False
    )
    closed = GuildSettings.resolve(None, GuildOverrides(), OPERATOR)

    with pytest.raises(UserFacingError, match="only be searched in a server"):
        closed.request(platform=SearchScope.PRIVATE)
    assert closed.request(platform=SearchScope.ALL_PUBLIC).scope is SearchScope.ALL_PUBLIC
    request = GuildSettings.resolve(None, GuildOverrides(), opened).request(
        platform=SearchScope.PRIVATE
    )
    assert request.private_namespace == "default"
