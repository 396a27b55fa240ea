"""The fake Discord's members' messages, proven against the real discord.py: MESSAGE_CREATE by
intents, and the REST a moderation bot uses on them (reactions, replies, deletions) with Discord's
refusals."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import discord
import pytest

from tests.fakes.discord_harness import BotSession, running_bot
from tests.fakes.discord_messages import MANAGE_MESSAGES, Reaction
from tests.fakes.discord_payloads import JSONDict, PayloadFactory
from tests.fakes.discord_server import FakeDiscord

REPEAT = "\N{CLOCKWISE RIGHTWARDS AND LEFTWARDS OPEN CIRCLE ARROWS}"


def client(*, message_content: bool) -> discord.Client:
    intents = discord.Intents.none()
    intents.guilds = intents.guild_messages = True
    intents.message_content = message_content
    return discord.Client(intents=intents, guild_ready_timeout=0.01)


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as running:
        yield running


async def posted(session: BotSession, message: JSONDict) -> discord.Message:
    received = asyncio.ensure_future(session.bot.wait_for("message"))
    await asyncio.sleep(0)  # let wait_for register before the event can arrive
    assert await session.fake.messages.post(message)
    result: discord.Message = await received
    return result


async def test_message_create_carries_attachments_only_with_message_content(
    fake: FakeDiscord,
) -> None:
    payloads = PayloadFactory(fake)
    message = payloads.message([payloads.uploaded("a.png", b"png")], content="look")
    async with running_bot(client(message_content=True), fake) as session:
        full = await posted(session, message)
    async with running_bot(client(message_content=False), fake) as session:
        blank = await posted(session, message)

    assert [a.filename for a in full.attachments] == ["a.png"]
    assert full.content == "look"
    assert blank.attachments == []
    assert blank.content == ""


async def test_without_guild_messages_nothing_is_delivered(fake: FakeDiscord) -> None:
    payloads = PayloadFactory(fake)
    async with running_bot(
        discord.Client(intents=discord.Intents.none(), guild_ready_timeout=0.01), fake
    ):
        delivered = await fake.messages.post(payloads.message(content="hello"))

    assert not delivered


async def test_reactions_replies_and_deletions_as_discord_answers_them(fake: FakeDiscord) -> None:
    payloads = PayloadFactory(fake)
    channel_id = await fake.add_text_channel("memes")
    message = payloads.message(content="hi", channel_id=channel_id)
    async with running_bot(client(message_content=True), fake) as session:
        seen = await posted(session, message)
        await seen.add_reaction(REPEAT)
        await seen.reply("source", mention_author=False)
        await fake.deny_bot(channel_id, MANAGE_MESSAGES, tell_bot=False)
        with pytest.raises(discord.Forbidden) as refused:
            await seen.delete()
        await fake.deny_bot(channel_id, 0, tell_bot=False)
        await seen.delete()
        with pytest.raises(discord.NotFound):
            await seen.add_reaction("\N{THUMBS UP SIGN}")

    assert fake.messages.reactions == [
        Reaction(
            channel_id,
            int(message["id"]),
            "\N{CLOCKWISE RIGHTWARDS AND LEFTWARDS OPEN CIRCLE ARROWS}",
        )
    ]
    [reply] = fake.messages_in(channel_id)
    assert reply.message["message_reference"]["message_id"] == message["id"]
    assert refused.value.code == 50013
    assert fake.messages.deleted_by_bot == [int(message["id"])]
    assert fake.violations == []
