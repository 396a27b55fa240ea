"""Messages people post in the fake guild, and what the bot does to them.

Tests post a member's (or a bot's, or a webhook's) message with :meth:`GuildMessages.post`: it is
kept, so the bot can react to it, reply to it or delete it, and it reaches the bot as
MESSAGE_CREATE, as Discord would send it: only when the bot identified with the GUILD_MESSAGES
intent, and with its content, attachments and embeds blanked without MESSAGE_CONTENT. Permissions
the bot lacks in a channel (``FakeDiscord.deny_bot``) make the matching calls fail with 403/50013.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from aiohttp import web

from tests.fakes.discord_records import API_PREFIX, DiscordError, JSONDict, json_response

if TYPE_CHECKING:
    from tests.fakes.discord_server import FakeDiscord

INTENT_GUILD_MESSAGES, INTENT_MESSAGE_CONTENT = 1 << 9, 1 << 15
ADD_REACTIONS, MANAGE_MESSAGES = 1 << 6, 1 << 13
CONTENT_KEYS = ("content", "attachments", "embeds", "components")


@dataclass(frozen=True)
class Reaction:
    """A reaction the bot added (PUT .../reactions/{emoji}/@me)."""

    channel_id: int
    message_id: int
    emoji: str


def missing_permissions() -> DiscordError:
    """Discord's answer when the bot lacks a permission; expected by tests, not a violation."""
    error = DiscordError(403, 50013, "Missing Permissions")
    error.is_violation = False
    return error


def unknown_message() -> DiscordError:
    error = DiscordError(404, 10008, "Unknown Message")
    error.is_violation = False
    return error


class GuildMessages:
    """The members' messages of the fake guild, the bot's reactions and deletions."""

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake
        self.posted: dict[int, JSONDict] = {}
        self.deleted_by_bot: list[int] = []
        self.reactions: list[Reaction] = []

    def routes(self) -> list[web.RouteDef]:
        message = API_PREFIX + "/channels/{channel}/messages/{message}"
        return [
            web.put(message + "/reactions/{emoji}/@me", self._put_reaction),
            web.delete(message, self._delete_message),
            web.patch(message, self._patch_message),
            web.get(message, self._get_message),
        ]

    # test controls

    async def post(self, message: JSONDict) -> bool:
        """A message appears in its channel; True if it reached the bot (intents permitting)."""
        self.posted[int(message["id"])] = message
        intents = self.fake.gateway.identified_intents
        if intents is None or not intents & INTENT_GUILD_MESSAGES:
            return False
        event = {**message, "guild_id": str(self.fake.guild_id)}
        if "webhook_id" not in message:
            event["member"] = _partial_member()
        if not intents & INTENT_MESSAGE_CONTENT:
            event |= {"content": "", "attachments": [], "embeds": [], "components": []}
        await self.fake.gateway.dispatch("MESSAGE_CREATE", event)
        return True

    async def delete(self, message: JSONDict) -> None:
        """Someone deletes a message: it is gone, and the bot hears MESSAGE_DELETE."""
        await self._forget(int(message["id"]), int(message["channel_id"]))

    def require_posted(self, channel_id: int, message_id: int) -> JSONDict:
        message = self.posted.get(message_id)
        if message is None or int(message["channel_id"]) != channel_id:
            raise unknown_message()
        return message

    # routes

    async def _put_reaction(self, request: web.Request) -> web.Response:
        self.fake.require_bot_auth(request)
        channel_id, message_id = _ids(request)
        self.require_posted(channel_id, message_id)
        self._require(channel_id, ADD_REACTIONS)
        emoji = unquote(request.match_info["emoji"])
        self.reactions.append(Reaction(channel_id, message_id, emoji))
        return web.Response(status=204)

    async def _patch_message(self, request: web.Request) -> web.Response:
        """The bot edits one of its own channel messages (an alert, a mod-log record)."""
        self.fake.require_bot_auth(request)
        sent = self.fake.bot_message(*_ids(request))
        if sent is None:
            raise unknown_message()
        return await self.fake.edit_bot_message(request, sent)

    async def _delete_message(self, request: web.Request) -> web.Response:
        self.fake.require_bot_auth(request)
        channel_id, message_id = _ids(request)
        own = self.fake.bot_message(channel_id, message_id)
        if own is not None:  # its own message: no permission needed
            own.deleted = True
            self.fake.bot_message_changed.set()
            return web.Response(status=204)
        self.require_posted(channel_id, message_id)
        self._require(channel_id, MANAGE_MESSAGES)
        self.deleted_by_bot.append(message_id)
        await self._forget(message_id, channel_id)
        return web.Response(status=204)

    async def _get_message(self, request: web.Request) -> web.Response:
        self.fake.require_bot_auth(request)
        channel_id, message_id = _ids(request)
        if (own := self.fake.bot_message(channel_id, message_id)) is not None:
            return json_response(own.message)
        return json_response(self.require_posted(channel_id, message_id))

    def _require(self, channel_id: int, permission: int) -> None:
        if not self.fake.bot_permissions(channel_id) & permission:
            raise missing_permissions()

    async def _forget(self, message_id: int, channel_id: int) -> None:
        self.posted.pop(message_id, None)
        intents = self.fake.gateway.identified_intents
        if intents is None or not intents & INTENT_GUILD_MESSAGES:
            return
        event = {
            "id": str(message_id),
            "channel_id": str(channel_id),
            "guild_id": str(self.fake.guild_id),
        }
        await self.fake.gateway.dispatch("MESSAGE_DELETE", event)


def _ids(request: web.Request) -> tuple[int, int]:
    channel, message = request.match_info["channel"], request.match_info["message"]
    if not (channel.isdigit() and message.isdigit()):
        raise unknown_message()
    return int(channel), int(message)


def _partial_member() -> dict[str, Any]:
    """The member part Discord adds to a guild MESSAGE_CREATE (its user is the author)."""
    return {
        "roles": [],
        "joined_at": "2024-01-01T00:00:00.000000+00:00",
        "deaf": False,
        "mute": False,
        "flags": 0,
        "nick": None,
        "avatar": None,
        "premium_since": None,
        "pending": False,
        "communication_disabled_until": None,
    }
