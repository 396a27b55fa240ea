"""Forged buttons end to end: a custom id is text a client sends back, so a press with someone
else's ids, from another server, or with ids that are not ids, is refused privately, costs no API
call and changes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests import imagegen
from tests.fakes.discord_messages import MANAGE_MESSAGES
from tests.fakes.discord_payloads import MODERATOR_PERMISSIONS, JSONDict
from tests.fakes.discord_server import InteractionRecord
from tests.fakes.memories_api import hit
from tests.stack import Stack, ephemeral_error
from tests.watch_bench import WatchedServer, watched_server

OTHER_USER = 4242
OTHER_GUILD = 777_000_000_000_000_001
OTHER_CHANNEL = 777_000_000_000_000_002
MATCH = [hit("PI-7", "Original dance video", 12, 0.95)]


def from_another_server(payload: JSONDict) -> JSONDict:
    """The same press, made by a member of another server the bot is in."""
    guild, channel = str(OTHER_GUILD), str(OTHER_CHANNEL)
    payload["guild_id"] = payload["guild"]["id"] = guild
    payload["channel_id"] = payload["channel"]["id"] = channel
    payload["channel"]["guild_id"] = guild
    payload["authorizing_integration_owners"] = {"0": guild}
    return payload


def carrying(message: JSONDict, custom_id: str) -> JSONDict:
    """`message` with a button whose custom id is `custom_id` (Discord sends a press only for a
    component the message really has: a forged id arrives on a message carrying it)."""
    button = {"type": 2, "style": 2, "label": "Press", "custom_id": custom_id}
    return message | {"components": [{"type": 1, "components": [button]}]}


def buttons(message: dict[str, Any] | None) -> dict[str, str]:
    assert message is not None
    return {b["label"]: b["custom_id"] for row in message["components"] for b in row["components"]}


async def private_search(stack: Stack) -> InteractionRecord:
    """A member's search of the server's private library that matched nothing (so it has
    buttons: All platforms, Lower threshold)."""
    stack.memories.set_default([hit("VI-1", "secret.mp4", 5, 0.78)], endpoint="private")
    image = stack.payloads.uploaded("q.png", imagegen.png())
    return await stack.slash(image=image, platform="private", private=True)


async def press(stack: Stack, payload: JSONDict) -> tuple[InteractionRecord, int]:
    """The press's record, and how many API calls it made."""
    before = len(stack.memories.all_requests)
    record = await stack.invoke(payload)
    return record, len(stack.memories.all_requests) - before


async def test_a_member_of_another_server_cannot_rerun_a_private_search(stack: Stack) -> None:
    search = await private_search(stack)
    custom_id = buttons(search.original)["Lower threshold to 75%"]
    action, _, search_id, _ = custom_id.split(":")
    forged = f"{action}:lower:{search_id}:{OTHER_USER}"
    assert search.original is not None
    message = carrying(search.original, forged)
    payload = stack.payloads.component(forged, message, user_id=OTHER_USER)

    record, calls = await press(stack, from_another_server(payload))

    assert "another server" in ephemeral_error(record)
    assert calls == 0
    assert "secret" not in str(record.message_payloads())
    assert stack.session.logged_errors == []


async def test_the_searcher_cannot_rerun_it_from_another_server_either(stack: Stack) -> None:
    search = await private_search(stack)
    assert search.original is not None
    invoker = int(search.payload["member"]["user"]["id"])
    custom_id = buttons(search.original)["All platforms"]
    payload = stack.payloads.component(custom_id, search.original, user_id=invoker)

    record, calls = await press(stack, from_another_server(payload))

    assert "another server" in ephemeral_error(record)
    assert calls == 0


async def test_someone_elses_search_id_under_ones_own_user_id_is_refused(stack: Stack) -> None:
    search = await private_search(stack)
    assert search.original is not None
    _, _, search_id, _ = buttons(search.original)["All platforms"].split(":")
    forged = f"fv:all:{search_id}:{OTHER_USER}"
    message = carrying(search.original, forged)
    payload = stack.payloads.component(forged, message, user_id=OTHER_USER)

    record, calls = await press(stack, payload)

    assert "Only the person who ran this search" in ephemeral_error(record)
    assert calls == 0


@pytest.mark.parametrize(
    "custom_id",
    [
        "fv:all:99999999999999999999999999:1",
        "fv:lower:1:18446744073709551616",
        "fv:all:\u0663:1",  # an Arabic-Indic three
        "fv:public:0:1",
        "fvw:delete:1:99999999999999999999999999",
        "fvw:fp:\uff11",  # a full-width one
        "fvw:all:99999999999999999999999999",
    ],
)
async def test_ids_that_are_not_ids_get_a_refusal(stack: Stack, custom_id: str) -> None:
    message = carrying(stack.payloads.message(), custom_id)
    payload = stack.payloads.component(custom_id, message, permissions=MODERATOR_PERMISSIONS)

    record, calls = await press(stack, payload)

    assert "not valid here" in ephemeral_error(record)
    assert calls == 0
    assert stack.session.logged_errors == []


async def _alerted(server: WatchedServer) -> tuple[JSONDict, JSONDict]:
    server.stack.memories.set_default(MATCH)
    await server.add()
    message = await server.post(server.picture(1))
    return message, server.alerts()[-1].message


async def test_delete_from_another_server_deletes_nothing(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        _, alert = await _alerted(server)
        payload = server.stack.payloads.component(
            buttons(alert)["Delete message"], alert, permissions=MODERATOR_PERMISSIONS
        )
        record = await server.stack.invoke(from_another_server(payload))

    assert "no longer known" in ephemeral_error(record)
    assert server.fake.messages.deleted_by_bot == []


async def test_delete_refuses_a_message_no_alert_is_about(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        _, alert = await _alerted(server)
        other = await server.post(server.picture(2), channel=server.unwatched)
        forged = f"fvw:delete:{server.unwatched}:{other['id']}"
        message = carrying(alert, forged)
        payload = server.stack.payloads.component(
            forged, message, permissions=MODERATOR_PERMISSIONS
        )
        record = await server.stack.invoke(payload)

    assert "no longer known" in ephemeral_error(record)
    assert server.fake.messages.deleted_by_bot == []


async def test_delete_needs_manage_messages_where_the_message_is(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        _, alert = await _alerted(server)
        await server.fake.deny_moderators(server.watched, MANAGE_MESSAGES)
        payload = server.stack.payloads.component(
            buttons(alert)["Delete message"], alert, permissions=MODERATOR_PERMISSIONS
        )
        record = await server.stack.invoke(payload)

    error = ephemeral_error(record)
    assert f"**Manage Messages** permission in <#{server.watched}>" in error
    assert server.fake.messages.deleted_by_bot == []


@pytest.mark.parametrize("label", ["Not a repost", "Search all platforms"])
async def test_alert_buttons_from_another_server_are_refused(tmp_path: Path, label: str) -> None:
    async with watched_server(tmp_path) as server:
        _, alert = await _alerted(server)
        calls = server.api_calls()
        payload = server.stack.payloads.component(
            buttons(alert)[label], alert, permissions=MODERATOR_PERMISSIONS
        )
        record = await server.stack.invoke(from_another_server(payload))

    assert "another server" in ephemeral_error(record)
    assert server.api_calls() == calls
    assert "Marked" not in str(record.message_payloads())


async def test_post_publicly_forged_under_a_private_answer_posts_nothing(stack: Stack) -> None:
    search = await private_search(stack)
    assert search.original is not None
    invoker = int(search.payload["member"]["user"]["id"])
    _, _, search_id, _ = buttons(search.original)["All platforms"].split(":")
    forged = f"fv:public:{search_id}:{invoker}"
    message = carrying(search.original, forged)

    record = await stack.invoke(stack.payloads.component(forged, message, user_id=invoker))

    assert "not valid here" in ephemeral_error(record), "the one answer is a private refusal"
