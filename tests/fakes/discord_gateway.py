"""The WebSocket half of the fake Discord: enough of gateway v10 for discord.py to become ready.

discord.py asks for zlib-stream compression but only inflates BINARY frames, so every frame here
is TEXT JSON. Heartbeats are answered, IDENTIFY gets READY then one GUILD_CREATE, and tests push
INTERACTION_CREATE through :meth:`FakeGateway.dispatch`.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from tests.fakes.discord_payloads import MODERATOR_PERMISSIONS, text_channel

HELLO_INTERVAL_MS = 41_250
CLOSE_AUTHENTICATION_FAILED = 4004
CLOSE_DISALLOWED_INTENTS = 4014
INTENT_MESSAGE_CONTENT = 1 << 15
OP_DISPATCH, OP_HEARTBEAT, OP_IDENTIFY, OP_RESUME = 0, 1, 2, 6
OP_REQUEST_MEMBERS, OP_HELLO, OP_HEARTBEAT_ACK = 8, 10, 11
JOINED_AT = "2024-01-01T00:00:00.000000+00:00"
EVERYONE_PERMISSIONS = "2248473465835073"


@dataclass(frozen=True)
class GatewayWorld:
    """What READY and GUILD_CREATE describe: one bot user in one guild with one text channel."""

    token: str
    bot_user: dict[str, Any]
    application_id: int
    guild_id: int
    channel_id: int
    owner_id: int
    resume_gateway_url: str
    more_channels: list[dict[str, Any]] = field(default_factory=list)
    """Text channels added by tests (shared with the fake, so later additions show up too)."""
    message_content_granted: bool = True
    """Whether the Message Content privileged intent is switched on in the developer portal."""
    moderator_role_id: int = 0
    """The guild's "Moderators" role (Manage Server, Manage Messages): what moderators hold."""
    preferred_locale: str = "en-US"
    """The server's language (Server Settings → Community → Server Primary Language)."""


@dataclass
class _Connection:
    socket: web.WebSocketResponse
    sequence: int = 0
    session_id: str = ""
    shard: list[int] | None = field(default=None)
    intents: int = 0

    async def send(self, op: int, data: object, event: str | None = None) -> None:
        frame: dict[str, Any] = {"op": op, "d": data, "s": None, "t": event}
        if op == OP_DISPATCH:
            self.sequence += 1
            frame["s"] = self.sequence
        await self.socket.send_str(json.dumps(frame))


def serves_guild(shard: list[int] | None, guild_id: int) -> bool:
    """Whether a connection identified with `shard` ([id, count], or none) gets `guild_id`'s
    events: Discord's rule is (guild_id >> 22) % shard_count == shard_id."""
    return shard is None or (guild_id >> 22) % shard[1] == shard[0]


def ready_payload(world: GatewayWorld, session_id: str, shard: list[int] | None) -> dict[str, Any]:
    """READY with the guild unavailable (its GUILD_CREATE follows, as on the real gateway), or
    with no guild at all for a shard that does not serve it."""
    guilds = [{"id": str(world.guild_id), "unavailable": True}]
    payload: dict[str, Any] = {
        "v": 10,
        "user": world.bot_user,
        "guilds": guilds if serves_guild(shard, world.guild_id) else [],
        "session_id": session_id,
        "resume_gateway_url": world.resume_gateway_url,
        "application": {"id": str(world.application_id), "flags": 0},
        "private_channels": [],
        "relationships": [],
        "user_settings": {},
    }
    if shard is not None:
        payload["shard"] = shard
    return payload


def guild_create_payload(world: GatewayWorld) -> dict[str, Any]:
    """A complete guild; member_count 1 with the bot as its member so no chunking is requested."""
    guild_id = str(world.guild_id)
    return {
        "id": guild_id,
        "name": "findvideo test guild",
        "icon": None,
        "owner_id": str(world.owner_id),
        "unavailable": False,
        "member_count": 1,
        "large": False,
        "joined_at": JOINED_AT,
        "features": [],
        "emojis": [],
        "stickers": [],
        "roles": [_everyone_role(guild_id), *_moderator_role(world)],
        "channels": [text_channel(str(world.channel_id), guild_id), *world.more_channels],
        "members": [_member(world.bot_user)],
        "threads": [],
        "presences": [],
        "voice_states": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "soundboard_sounds": [],
        "preferred_locale": world.preferred_locale,
        "premium_tier": 0,
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "mfa_level": 0,
        "nsfw_level": 0,
        "system_channel_id": None,
    }


def _everyone_role(guild_id: str) -> dict[str, Any]:
    return {
        "id": guild_id,
        "name": "@everyone",
        "permissions": EVERYONE_PERMISSIONS,
        "position": 0,
        "color": 0,
        "hoist": False,
        "managed": False,
        "mentionable": False,
        "flags": 0,
    }


def _moderator_role(world: GatewayWorld) -> list[dict[str, Any]]:
    if not world.moderator_role_id:
        return []
    role = _everyone_role(str(world.moderator_role_id))
    return [role | {"name": "Moderators", "permissions": MODERATOR_PERMISSIONS, "position": 1}]


def _member(user: dict[str, Any]) -> dict[str, Any]:
    return {
        "user": user,
        "roles": [],
        "joined_at": JOINED_AT,
        "deaf": False,
        "mute": False,
        "flags": 0,
    }


class FakeGateway:
    """Serves gateway connections; dispatches go to the most recently identified connection that
    serves the guild (shard-aware: another shard's connection gets READY without it)."""

    def __init__(self) -> None:
        self.world: GatewayWorld | None = None
        self.identify_count = 0
        self.guild_sent = asyncio.Event()
        """Set once a bot identified and was sent its guild (clear it before a restart)."""
        self.disallowed_intents_closes = 0
        self.identified = asyncio.Event()  # set at every IDENTIFY (a bot in another process)
        self.reconnected = asyncio.Event()  # set at every IDENTIFY or RESUME
        self.identified_shards: list[list[int] | None] = []
        """The `shard` of every IDENTIFY, in order ([id, count], or None when unsharded)."""
        self._connections: list[_Connection] = []
        self._identified: _Connection | None = None

    @property
    def identified_intents(self) -> int | None:
        """The intents the connected bot identified with (None when none is connected)."""
        if self._identified is None or self._identified.socket.closed:
            return None
        return self._identified.intents

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        """The gateway URL's handler: HELLO, then answer frames until the socket closes."""
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        connection = _Connection(socket)
        self._connections.append(connection)
        try:
            await connection.send(OP_HELLO, {"heartbeat_interval": HELLO_INTERVAL_MS})
            await self._serve(connection)
        finally:
            self._forget(connection)
        return socket

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Send one op-0 DISPATCH (with the next sequence number) to the identified bot."""
        if self._identified is None or self._identified.socket.closed:
            raise RuntimeError("no bot is identified on the fake gateway")
        await self._identified.send(OP_DISPATCH, data, event)

    @property
    def connected(self) -> bool:
        """Whether a bot is identified (and would receive a dispatch)."""
        return self._identified is not None and not self._identified.socket.closed

    async def close_all(self) -> None:
        for connection in list(self._connections):
            await connection.socket.close()

    async def _serve(self, connection: _Connection) -> None:
        async for message in connection.socket:
            if message.type is not WSMsgType.TEXT:
                continue
            frame = json.loads(message.data)
            await self._answer(connection, frame.get("op"), frame.get("d"))

    async def _answer(self, connection: _Connection, op: object, data: Any) -> None:
        if op == OP_HEARTBEAT:
            await connection.send(OP_HEARTBEAT_ACK, None)
        elif op == OP_IDENTIFY:
            await self._identify(connection, data)
        elif op == OP_RESUME:
            self._identified = connection
            self.reconnected.set()
            await connection.send(OP_DISPATCH, {}, "RESUMED")
        elif op == OP_REQUEST_MEMBERS:
            await self._empty_member_chunk(connection, data)

    async def _identify(self, connection: _Connection, data: dict[str, Any]) -> None:
        world = self._require_world()
        if data.get("token") != world.token:
            await connection.socket.close(code=CLOSE_AUTHENTICATION_FAILED, message=b"bad token")
            return
        intents = int(data.get("intents") or 0)
        if intents & INTENT_MESSAGE_CONTENT and not world.message_content_granted:
            self.disallowed_intents_closes += 1
            await connection.socket.close(
                code=CLOSE_DISALLOWED_INTENTS, message=b"Disallowed intent(s)."
            )
            return
        connection.intents = intents
        self.identify_count += 1
        self.identified.set()
        self.reconnected.set()
        connection.session_id = f"fake-session-{self.identify_count}"
        connection.shard = data.get("shard")
        self.identified_shards.append(connection.shard)
        await connection.send(
            OP_DISPATCH, ready_payload(world, connection.session_id, connection.shard), "READY"
        )
        if not serves_guild(connection.shard, world.guild_id):
            return  # another shard (maybe another process) serves the guild
        self._identified = connection
        await connection.send(OP_DISPATCH, guild_create_payload(world), "GUILD_CREATE")
        self.guild_sent.set()

    async def _empty_member_chunk(self, connection: _Connection, data: dict[str, Any]) -> None:
        chunk: dict[str, Any] = {
            "guild_id": str(data.get("guild_id")),
            "members": [],
            "chunk_index": 0,
            "chunk_count": 1,
            "nonce": data.get("nonce"),
        }
        await connection.send(OP_DISPATCH, chunk, "GUILD_MEMBERS_CHUNK")

    def _require_world(self) -> GatewayWorld:
        if self.world is None:
            raise RuntimeError("FakeGateway.world must be set before a bot connects")
        return self.world

    def _forget(self, connection: _Connection) -> None:
        """A closed connection; the guild's events go back to the newest one still serving it
        (another process on the guild's shard, as while a bot is resharded)."""
        self._connections.remove(connection)
        if self._identified is connection:
            serving = [c for c in self._connections if c.session_id and self._serves(c)]
            self._identified = serving[-1] if serving else None
            if self._identified is not None:
                self.guild_sent.set()

    def _serves(self, connection: _Connection) -> bool:
        return self.world is not None and serves_guild(connection.shard, self.world.guild_id)
