"""The Message Content intent: asked for only with WATCH_ENABLED, never a reason not to start."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from tests.fakes.discord_messages import INTENT_MESSAGE_CONTENT
from tests.fakes.discord_payloads import MODERATOR_PERMISSIONS
from tests.fakes.discord_server import GATEWAY_MESSAGE_CONTENT_LIMITED
from tests.stack import ephemeral_error, running_stack
from tests.watch_bench import bot_in, guild_with_channels, watched_server


async def test_without_the_intent_granted_the_bot_runs_without_watching(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="bot.discord.app"):
        async with watched_server(tmp_path, granted=False) as server:
            intents = server.fake.gateway.identified_intents
            refused = await server.add()
            message = server.stack.payloads.message([server.picture(1)], channel_id=server.watched)
            delivered = await server.fake.messages.post(message)
            answered = await server.stack.slash(image=server.picture(2))

    assert intents is not None
    assert not intents & INTENT_MESSAGE_CONTENT
    assert "Message Content Intent" in caplog.text
    assert "Privileged Gateway Intents" in caplog.text
    assert "Message Content" in ephemeral_error(refused)
    assert "developer portal" in ephemeral_error(refused)
    assert not delivered, "without the intent Discord sends the bot no messages"
    assert answered.original is not None, "/findvideo still works"
    assert server.fake.gateway.disallowed_intents_closes == 0, "the flags said it: no refusal"


async def test_a_refused_intent_despite_the_flags_reconnects_without_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    async with guild_with_channels(granted=False) as guild:
        guild.fake.application_flags = GATEWAY_MESSAGE_CONTENT_LIMITED  # stale: says granted
        with caplog.at_level(logging.WARNING, logger="bot.discord.app"):
            async with bot_in(guild, tmp_path) as server:
                intents = server.fake.gateway.identified_intents
                refused = await server.add()
                answered = await server.stack.slash(image=server.picture(2))

    assert guild.fake.gateway.disallowed_intents_closes == 1
    assert intents is not None
    assert not intents & INTENT_MESSAGE_CONTENT
    assert "Message Content Intent" in caplog.text
    assert "Message Content" in ephemeral_error(refused)
    assert answered.original is not None, "/findvideo works after the reconnect"


async def test_with_watch_disabled_no_privileged_intent_is_requested(tmp_path: Path) -> None:
    async with running_stack(tmp_path) as stack:
        intents = stack.discord.gateway.identified_intents
        payload = stack.payloads.slash_command(
            "findvideo-watch",
            {"channel": stack.payloads.channel(stack.discord.channel_id, "general")},
            subcommand="add",
            permissions=MODERATOR_PERMISSIONS,
        )
        refused = await stack.invoke(payload)

    assert intents is not None
    assert not intents & INTENT_MESSAGE_CONTENT
    assert "WATCH_ENABLED" in ephemeral_error(refused)


async def test_with_the_intent_granted_messages_reach_the_watch(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        intents = server.fake.gateway.identified_intents

    assert intents is not None
    assert intents & INTENT_MESSAGE_CONTENT
    assert server.stack.bot.watching
