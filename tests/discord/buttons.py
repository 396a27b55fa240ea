"""Pressing the buttons of a message the bot sent, and waiting for them to be disabled."""

from __future__ import annotations

import asyncio
from typing import Any

from tests.fakes.discord_payloads import MEMBER_PERMISSIONS
from tests.fakes.discord_server import InteractionRecord
from tests.stack import Stack

UPDATE_MESSAGE = 7
MANAGE_GUILD, MANAGE_MESSAGES = 1 << 5, 1 << 13
MODERATOR = str(int(MEMBER_PERMISSIONS) | MANAGE_MESSAGES)
ADMIN = str(int(MEMBER_PERMISSIONS) | MANAGE_MESSAGES | MANAGE_GUILD)


def with_permissions(payload: dict[str, Any], permissions: str) -> dict[str, Any]:
    payload["member"]["permissions"] = permissions
    return payload


def buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
    return [button for row in message.get("components", []) for button in row["components"]]


def button(message: dict[str, Any], label_part: str) -> dict[str, Any]:
    [found] = [b for b in buttons(message) if label_part in b.get("label", "")]
    return found


async def press(
    stack: Stack, record: InteractionRecord, label_part: str, *, user_id: int | None = None
) -> InteractionRecord:
    assert record.original is not None
    custom_id = button(record.original, label_part)["custom_id"]
    payload = stack.payloads.component(custom_id, record.original, user_id=user_id)
    return await stack.invoke(payload)


def page_buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
    return [b for b in buttons(message) if "◀" in b["label"] or "▶" in b["label"]]


async def until_buttons_disabled(stack: Stack, record: InteractionRecord) -> None:
    """Wait (on the fake's edit event, never a sleep) until the page buttons are disabled."""

    def disabled() -> bool:
        shown = page_buttons(record.original or {})
        return bool(shown) and all(b.get("disabled") for b in shown)

    async with asyncio.timeout(5):
        while not disabled():
            stack.discord.original_edited.clear()
            await stack.discord.original_edited.wait()
