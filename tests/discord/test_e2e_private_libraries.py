"""Private libraries belong to one server: names compared ignoring case, the operator's own
library out of every server's reach, and not searchable in direct messages unless the operator
allows it."""

from __future__ import annotations

from pathlib import Path

from bot.core.moderation.guild_settings import GuildOverrides
from tests import imagegen
from tests.fakes.discord_payloads import MODERATOR_PERMISSIONS, JSONDict
from tests.fakes.discord_server import InteractionRecord
from tests.fakes.memories_api import hit
from tests.stack import Stack, ephemeral_error, final_embeds, running_stack

OPERATOR_LIBRARY = "guild-library"
"""The stack's MEMORIES_UNIQUE_ID."""
DM_CHANNEL = 1


def in_direct_messages(payload: JSONDict) -> JSONDict:
    """The same interaction, sent in the member's direct messages with the bot."""
    user = payload.pop("member")["user"]
    for key in ("guild_id", "guild", "app_permissions"):
        payload.pop(key, None)
    channel = {"id": payload["channel_id"], "type": DM_CHANNEL, "recipients": [user]}
    return payload | {
        "user": user,
        "channel": channel,
        "context": 1,
        "authorizing_integration_owners": {"1": user["id"]},
    }


async def set_namespace(stack: Stack, name: str) -> InteractionRecord:
    payload = stack.payloads.slash_command(
        "findvideo-settings",
        {"video_library": name},
        subcommand="set",
        permissions=MODERATOR_PERMISSIONS,
    )
    return await stack.invoke(payload)


async def test_a_name_differing_only_in_case_is_taken(stack: Stack) -> None:
    other_guild = stack.discord.snowflakes.next()
    await stack.bot.services.guild_settings.save(
        other_guild, GuildOverrides(private_namespace="team-clips")
    )

    record = await set_namespace(stack, "TEAM-CLIPS")

    assert "Another server already uses that" in ephemeral_error(record)
    assert await stack.bot.services.guild_settings.load(stack.discord.guild_id) == GuildOverrides()


async def test_the_operators_library_cannot_be_claimed(stack: Stack) -> None:
    record = await set_namespace(stack, OPERATOR_LIBRARY.upper())

    assert "the bot operator's own library" in ephemeral_error(record)
    assert await stack.bot.services.guild_settings.load(stack.discord.guild_id) == GuildOverrides()


async def test_a_claim_stored_before_is_not_searched(stack: Stack) -> None:
    claimed = GuildOverrides(private_namespace=OPERATOR_LIBRARY)
    await stack.bot.services.guild_settings.save(stack.discord.guild_id, claimed)
    stack.memories.set_default([hit("VI-1", "secret.mp4", 5, 0.95)], endpoint="private")

    await stack.slash(image=stack.payloads.uploaded("q.png", imagegen.png()), platform="private")

    [search] = stack.memories.requests
    assert search.fields["unique_id"] == str(stack.discord.guild_id)


async def test_direct_messages_do_not_search_the_private_library(stack: Stack) -> None:
    image = stack.payloads.uploaded("q.png", imagegen.png())
    payload = stack.payloads.slash_command("findvideo", {"image": image, "platform": "private"})

    record = await stack.invoke(in_direct_messages(payload))

    assert "only be searched in a server" in ephemeral_error(record)
    assert stack.memories.requests == []
    assert stack.session.logged_errors == []


async def test_direct_messages_search_public_platforms(stack: Stack) -> None:
    stack.memories.set_default([hit("PI-1", "Cat", 5, 0.95)])
    image = stack.payloads.uploaded("q.png", imagegen.png())
    payload = stack.payloads.slash_command("findvideo", {"image": image})

    record = await stack.invoke(in_direct_messages(payload))

    assert "Cat" in str(final_embeds(record)), "answered with the match"


async def test_the_operator_can_open_the_private_library_in_direct_messages(
    tmp_path: Path,
) -> None:
    async with running_stack(tmp_path, {"DM_PRIVATE_LIBRARY": "true"}) as stack:
        stack.memories.set_default([hit("VI-1", "clip.mp4", 5, 0.95)], endpoint="private")
        image = stack.payloads.uploaded("q.png", imagegen.png())
        payload = stack.payloads.slash_command("findvideo", {"image": image, "platform": "private"})
        record = await stack.invoke(in_direct_messages(payload))

    assert "clip.mp4" in str(final_embeds(record)), "answered with the match"
    [search] = stack.memories.requests
    assert search.fields["unique_id"] == OPERATOR_LIBRARY
