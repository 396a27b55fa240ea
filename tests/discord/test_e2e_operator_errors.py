"""Errors only the bot's operator can fix, and errors that are private: the member is told plainly
whose move it is, the mod-log hears once per outage, and no public "thinking…" comes and goes."""

from __future__ import annotations

from bot.core.moderation.guild_settings import GuildOverrides
from tests import imagegen
from tests.fakes.memories_api import hit
from tests.stack import Stack, ephemeral_error, final_embeds


async def modlog(stack: Stack, **values: object) -> int:
    channel_id = await stack.discord.add_text_channel("mod-log")
    overrides = GuildOverrides(modlog_channel_id=channel_id).changed(**values)
    await stack.bot.services.guild_settings.save(stack.discord.guild_id, overrides)
    return channel_id


def upload(stack: Stack, width: int = 64) -> dict[str, object]:
    return stack.payloads.uploaded(f"{width}.png", imagegen.png(width, 48))


async def test_out_of_credits_names_the_operator_and_tells_the_modlog_once(stack: Stack) -> None:
    channel_id = await modlog(stack)
    stack.memories.set_default("0402")

    first = await stack.slash(image=upload(stack, 64))
    second = await stack.slash(image=upload(stack, 65))

    message = ephemeral_error(first)
    assert "Only the bot's operator can add more (server admins cannot)" in message
    assert "memories" not in message.lower(), "members never hear the vendor's name"
    [notice] = stack.discord.messages_in(channel_id)
    [embed] = notice.message["embeds"]
    assert embed["title"] == "Searches are failing"
    assert "Only the bot's operator can add credits" in embed["description"]
    assert ephemeral_error(second) == message
    assert second.ephemeral, "during the outage the search is private from the start"
    assert not second.deleted, "no public placeholder came and went"


async def test_a_search_that_works_again_ends_the_outage(stack: Stack) -> None:
    channel_id = await modlog(stack)
    stack.memories.script("0402", [hit("PI-1", "Cat", 5, 0.95)], "0402")

    for width in (64, 65, 66):
        await stack.slash(image=upload(stack, width))

    assert len(stack.discord.messages_in(channel_id)) == 2, "a new outage is told again"


async def test_a_member_on_cooldown_gets_the_refusal_without_a_public_placeholder(
    stack: Stack,
) -> None:
    await modlog(stack, cooldown=1)
    stack.memories.set_default([hit("PI-1", "Cat", 5, 0.95)])
    answered = await stack.slash(image=upload(stack, 64))

    refused = await stack.slash(image=upload(stack, 65))

    assert not answered.ephemeral, "a public search is answered publicly"
    assert final_embeds(answered)
    assert "1 search a minute" in ephemeral_error(refused)
    assert refused.ephemeral, "deferred privately: it was going to be refused"
    assert not refused.deleted, "no public 'thinking…' appeared and vanished"
