"""/findvideo-settings end to end: show, set, reset, refusals, and the mod-log record of changes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.core.moderation.guild_settings import GuildOverrides
from bot.core.scope import SearchScope
from tests import imagegen
from tests.fakes.discord_payloads import MEMBER_PERMISSIONS, MODERATOR_PERMISSIONS
from tests.fakes.discord_server import ATTACH_FILES, SEND_MESSAGES, FakeDiscord, InteractionRecord
from tests.fakes.memories_api import FakeMemoriesApi
from tests.stack import CHANNEL_MESSAGE, Stack, assert_clean, bot_on, ephemeral_error

MANAGE_GUILD = 1 << 5


async def settings(
    stack: Stack, subcommand: str, permissions: str = MODERATOR_PERMISSIONS, **options: object
) -> InteractionRecord:
    payload = stack.payloads.slash_command(
        "findvideo-settings", options, subcommand=subcommand, permissions=permissions
    )
    return await stack.invoke(payload)


def reply_embed(record: InteractionRecord) -> dict[str, Any]:
    assert record.response_type == CHANNEL_MESSAGE
    assert record.ephemeral
    [embed] = record.callbacks[0].data["embeds"]
    return dict(embed)


def show_line(record: InteractionRecord, option: str) -> str:
    lines = reply_embed(record)["description"].splitlines()
    [line] = [line for line in lines if f"(`{option}`)" in line]
    return str(line)


async def test_show_lists_every_setting_with_its_value_and_origin(stack: Stack) -> None:
    await stack.bot.services.guild_settings.save(
        stack.discord.guild_id, GuildOverrides(min_match=70)
    )

    record = await settings(stack, "show")

    description = reply_embed(record)["description"]
    for option in (
        "platform",
        "min_match",
        "possible_match",
        "results",
        "private",
        "modlog_channel",
        "log_every_search",
        "video_library",
        "cooldown",
        "daily_budget",
    ):
        assert f"(`{option}`)" in description
    assert show_line(record, "min_match").endswith("70% · *set here*")
    assert show_line(record, "results").endswith("5 · *default*")
    assert show_line(record, "possible_match").endswith("off · *default*")
    assert f"`{stack.discord.guild_id}`" in show_line(record, "video_library")
    assert_clean(stack, record)


async def test_set_changes_many_settings_at_once_and_says_old_and_new(stack: Stack) -> None:
    record = await settings(
        stack,
        "set",
        platform="youtube",
        min_match=90,
        possible_match=75,
        results=3,
        private=True,
        log_every_search=True,
        video_library="team-lib",
        cooldown=0,
        daily_budget=200,
    )

    lines = reply_embed(record)["description"].splitlines()
    assert "**Match threshold**: 85% → 90%" in lines
    assert "**Possible-match threshold**: off → 75%" in lines
    assert "**Platform**: TikTok → YouTube" in lines
    assert "**Daily budget**: unlimited → 200 API calls per day" in lines
    assert len(lines) == 9
    stored = await stack.bot.services.guild_settings.load(stack.discord.guild_id)
    assert stored == GuildOverrides(
        platform=SearchScope.YOUTUBE,
        min_match=90,
        possible_match=75,
        results=3,
        private=True,
        log_every_search=True,
        private_namespace="team-lib",
        cooldown=0,
        daily_budget=200,
    )
    assert_clean(stack, record)


async def test_a_change_is_used_by_the_next_search(stack: Stack) -> None:
    await settings(stack, "set", platform="private", video_library="team-lib")

    await stack.slash(image=stack.payloads.uploaded("a.png", imagegen.png()))

    [request] = stack.memories.requests
    assert request.fields["unique_id"] == "team-lib"


async def test_members_without_manage_server_are_refused_and_nothing_changes(
    stack: Stack,
) -> None:
    for subcommand, options in (("set", {"min_match": 60}), ("reset", {}), ("show", {})):
        record = await settings(stack, subcommand, MEMBER_PERMISSIONS, **options)

        assert "Manage Server" in ephemeral_error(record)
    assert await stack.bot.services.guild_settings.load(stack.discord.guild_id) == GuildOverrides()


async def test_the_command_is_hidden_from_members_without_manage_server(stack: Stack) -> None:
    [command] = [c for c in stack.discord.synced_commands() if c["name"] == "findvideo-settings"]

    assert int(command["default_member_permissions"]) == MANAGE_GUILD
    assert {option["name"] for option in command["options"]} == {"show", "set", "reset"}


async def test_a_possible_match_above_the_match_threshold_is_refused(stack: Stack) -> None:
    await settings(stack, "set", min_match=80)

    record = await settings(stack, "set", possible_match=90)

    assert "(90%) cannot be above the match threshold (80%)" in ephemeral_error(record)
    assert await stack.bot.services.guild_settings.load(stack.discord.guild_id) == GuildOverrides(
        min_match=80
    )


async def test_a_possible_match_threshold_under_50_is_refused(stack: Stack) -> None:
    record = await settings(stack, "set", possible_match=20)

    assert "0 (off) or 50 to 100" in ephemeral_error(record)


async def test_a_namespace_with_other_characters_is_refused(stack: Stack) -> None:
    record = await settings(stack, "set", video_library="our library!")

    assert "letters, digits" in ephemeral_error(record)
    assert await stack.bot.services.guild_settings.load(stack.discord.guild_id) == GuildOverrides()


async def test_set_without_any_option_says_what_to_do(stack: Stack) -> None:
    record = await settings(stack, "set")

    assert "at least one setting" in ephemeral_error(record)


async def test_a_modlog_channel_the_bot_cannot_post_in_is_refused(stack: Stack) -> None:
    channel_id = await stack.discord.add_text_channel("mod-log", bot_denied=ATTACH_FILES)

    record = await settings(stack, "set", modlog_channel=stack.payloads.channel(channel_id))

    error = ephemeral_error(record)
    assert f"<#{channel_id}>" in error
    assert "**Attach Files**" in error
    assert await stack.bot.services.guild_settings.load(stack.discord.guild_id) == GuildOverrides()
    assert stack.discord.messages_in(channel_id) == []


async def test_every_change_is_posted_to_the_modlog(stack: Stack) -> None:
    channel_id = await stack.discord.add_text_channel("mod-log")
    await settings(stack, "set", modlog_channel=stack.payloads.channel(channel_id))

    record = await settings(stack, "set", min_match=70, cooldown=5)

    first, second = stack.discord.messages_in(channel_id)
    assert f"none → <#{channel_id}>" in first.message["embeds"][0]["description"]
    [embed] = second.message["embeds"]
    assert embed["description"].splitlines() == [
        "**Match threshold**: 85% → 70%",
        "**Cooldown**: 3 searches per user per minute → 5 searches per user per minute",
    ]
    assert str(stack.payloads.user_id) in embed["fields"][0]["value"]
    assert second.body.payload["allowed_mentions"]["parse"] == []
    assert_clean(stack, record)


async def test_a_modlog_that_refuses_the_record_is_reported_to_the_moderator(
    stack: Stack,
) -> None:
    channel_id = await stack.discord.add_text_channel("mod-log")
    await settings(stack, "set", modlog_channel=stack.payloads.channel(channel_id))
    await stack.discord.deny_bot(channel_id, SEND_MESSAGES, tell_bot=False)

    record = await settings(stack, "set", results=2)

    assert reply_embed(record)["title"] == "Settings saved"
    [note] = record.followups
    assert int(note.payload["flags"]) & 64
    assert f"could not be logged: I cannot post in <#{channel_id}>" in note.payload["content"]
    assert (await stack.bot.services.guild_settings.load(stack.discord.guild_id)).results == 2


async def test_reset_one_setting_or_all_of_them(stack: Stack) -> None:
    await settings(stack, "set", min_match=70, results=2)

    one = await settings(stack, "reset", setting="min_match")
    assert reply_embed(one)["description"] == "**Match threshold**: 70% → 85%"
    assert await stack.bot.services.guild_settings.load(stack.discord.guild_id) == GuildOverrides(
        results=2
    )

    everything = await settings(stack, "reset")
    assert reply_embed(everything)["title"] == "Settings reset to the defaults"
    assert await stack.bot.services.guild_settings.load(stack.discord.guild_id) == GuildOverrides()

    again = await settings(stack, "reset")
    assert "already are the defaults" in ephemeral_error(again)


async def test_settings_set_by_command_survive_a_restart(tmp_path: Path) -> None:
    async with FakeMemoriesApi() as memories, FakeDiscord() as discord_fake:
        async with bot_on(memories, discord_fake, tmp_path, {}) as first:
            await settings(first, "set", min_match=66, private=True)

        async with bot_on(memories, discord_fake, tmp_path, {}) as second:
            record = await settings(second, "show")

    assert show_line(record, "min_match").endswith("66% · *set here*")
    assert show_line(record, "private").endswith("yes · *set here*")


async def test_a_private_library_cannot_be_claimed_by_two_servers(stack: Stack) -> None:
    other_guild = stack.discord.snowflakes.next()
    await stack.bot.services.guild_settings.save(
        other_guild, GuildOverrides(private_namespace="team-clips")
    )

    taken = await settings(stack, "set", video_library="team-clips")
    numeric = await settings(stack, "set", video_library=str(other_guild))

    assert "Another server already uses that" in ephemeral_error(taken)
    assert "cannot be a number" in ephemeral_error(numeric)
    assert await stack.bot.services.guild_settings.load(stack.discord.guild_id) == GuildOverrides()


async def test_a_server_may_name_its_own_id_as_its_library(stack: Stack) -> None:
    record = await settings(stack, "set", video_library=str(stack.discord.guild_id))

    said = ephemeral_error(record)
    assert "cannot be a number" not in said, "its own id is not another server's"
    assert "Nothing changed" in said, "it already was its library"


async def test_show_warns_when_the_modlog_channel_can_no_longer_be_used(stack: Stack) -> None:
    channel_id = await stack.discord.add_text_channel("mod-log")
    await settings(stack, "set", modlog_channel=stack.payloads.channel(channel_id))
    healthy = await settings(stack, "show")
    await stack.discord.deny_bot(channel_id, SEND_MESSAGES)

    broken = await settings(stack, "show")

    assert not reply_embed(healthy).get("fields")
    [warning] = reply_embed(broken)["fields"]
    assert "**Send Messages**" in warning["value"]


async def test_a_setting_set_to_its_current_value_is_neither_said_nor_logged(stack: Stack) -> None:
    modlog = await stack.discord.add_text_channel("mod-log")
    await stack.bot.services.guild_settings.save(
        stack.discord.guild_id, GuildOverrides(modlog_channel_id=modlog)
    )

    same = await settings(stack, "set", platform="tiktok")
    mixed = await settings(stack, "set", platform="tiktok", results=3)

    assert "Nothing changed" in ephemeral_error(same)
    assert reply_embed(mixed)["description"].splitlines() == ["**Results per image**: 5 → 3"]
    [logged] = stack.discord.messages_in(modlog)
    assert "Platform" not in logged.message["embeds"][0]["description"]
