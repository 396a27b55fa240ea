"""A local fake Discord (REST + gateway on 127.0.0.1) that the unmodified discord.py logs in to.

It records what the bot did (command syncs, interaction callbacks, edits, followups, channel
messages, attachment downloads) and enforces the Discord rules a bot can break: one initial
callback, the acknowledgement deadline, @original only after a callback, message limits and empty
messages. Each broken rule is answered with Discord's real error JSON and appended to
:attr:`FakeDiscord.violations`. See docs/discord-testing.md (shared) for the protocol facts.
"""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Literal, Self
from urllib.parse import quote

from aiohttp import web

from tests.fakes.discord_gateway import EVERYONE_PERMISSIONS, FakeGateway, GatewayWorld
from tests.fakes.discord_messages import GuildMessages
from tests.fakes.discord_payloads import (
    is_empty_message,
    mentions_could_fire,
    message_errors,
    text_channel,
)
from tests.fakes.discord_records import (
    API_PREFIX,
    ATTACHMENT_ID,
    DEFERRED_MESSAGE,
    DEFERRED_UPDATE,
    EPHEMERAL,
    LOADING,
    MESSAGE_RESPONSE_TYPES,
    MESSAGE_WITH_SOURCE,
    UPDATE_MESSAGE,
    Body,
    Callback,
    CommandSync,
    DiscordError,
    InteractionRecord,
    JSONDict,
    SentFile,
    SentMessage,
    SnowflakeGenerator,
    _ServedFile,
    json_response,
    now_iso,
    read_body,
)

__all__ = [
    "Body",
    "Callback",
    "CommandSync",
    "DiscordError",
    "FakeDiscord",
    "InteractionRecord",
    "SentFile",
    "SentMessage",
    "SnowflakeGenerator",
    "mentions_could_fire",
]


# -- the fake ------------------------------------------------------------------------------------

EDITABLE_FIELDS = ("content", "embeds", "components")
VIEW_CHANNEL, SEND_MESSAGES, EMBED_LINKS, ATTACH_FILES = 1 << 10, 1 << 11, 1 << 14, 1 << 15
MANAGE_MESSAGES = 1 << 13
GATEWAY_MESSAGE_CONTENT_LIMITED = 1 << 19  # the portal switch, for bots in fewer than 100 servers
ROLE_OVERWRITE, MEMBER_OVERWRITE = 0, 1
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _normalized(key: str, value: Any) -> Any:
    if key == "embeds":
        return [{"type": "rich", **embed} for embed in value or []]
    if key == "content":
        return value or ""
    return value or []


def _unauthorized() -> DiscordError:
    error = DiscordError(401, 0, "401: Unauthorized")
    error.is_violation = False
    return error


class FakeDiscord:
    """One bot, one application, one guild with one text channel, served on 127.0.0.1.

    Use ``async with FakeDiscord() as fake:`` (or ``start()``/``stop()``). Every id comes from
    :attr:`snowflakes`, which :class:`tests.fakes.discord_payloads.PayloadFactory` shares.
    """

    def __init__(
        self,
        *,
        ack_deadline: float = 3.0,
        message_content_granted: bool = True,
        guild_locale: str = "en-US",
    ) -> None:
        self.snowflakes = SnowflakeGenerator()
        self.token = f"fake-bot-token.{secrets.token_urlsafe(24)}"
        self.application_id = self.bot_user_id = self.snowflakes.next()
        self.owner_id, self.guild_id = self.snowflakes.next(), self.snowflakes.next()
        self.channel_id = self.snowflakes.next()
        self.moderator_role_id = self.snowflakes.next()
        """The role every moderator in the payloads holds (their permissions come from it)."""
        self.ack_deadline = ack_deadline
        self.guild_locale = guild_locale
        """The guild's preferred locale (GUILD_CREATE, and every interaction's guild_locale)."""
        self.command_syncs: list[CommandSync] = []
        self.interactions: dict[int, InteractionRecord] = {}
        self.channel_messages: list[SentMessage] = []
        self.bot_message_changed = asyncio.Event()
        """Set when the bot edits or deletes one of its channel messages (tests clear it)."""
        self.more_channels: list[JSONDict] = []
        self.message_content_granted = message_content_granted
        """Whether the Message Content intent is switched on for the bot in the developer portal."""
        self.application_flags = GATEWAY_MESSAGE_CONTENT_LIMITED if message_content_granted else 0
        """The application's flags as GET /oauth2/applications/@me reports them (a test may make
        them disagree with the gateway, as a stale cache would)."""
        self.messages = GuildMessages(self)
        self.bot_role_permissions = int(EVERYONE_PERMISSIONS) | MANAGE_MESSAGES
        """The bot's role: a member's permissions, and Manage Messages (it moderates)."""
        self.attachment_fetches: list[str] = []
        self.attachment_fetched = asyncio.Event()  # set on every attachment request
        self.original_edited = asyncio.Event()  # set on every edit of an interaction's @original
        self.violations: list[str] = []
        self.gateway = FakeGateway()
        self._activity = asyncio.Condition()  # notified after every REST request
        self._faults: list[_Fault] = []
        self.recommended_shards = 1
        """What GET /gateway/bot recommends (an auto-sharded bot runs that many shards)."""
        self.faults_served: list[str] = []
        self._by_token: dict[str, InteractionRecord] = {}
        self._served: dict[str, _ServedFile] = {}
        self._runner: web.AppRunner | None = None
        self._port = 0

    # lifecycle

    async def start(self) -> None:
        app = web.Application(middlewares=[self._answer_errors], client_max_size=64 * 1024**2)
        app.add_routes(self._routes())
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self._port = int(self._runner.addresses[0][1])
        self.gateway.world = self._gateway_world()

    async def stop(self) -> None:
        """Release held downloads, close gateway sockets, then shut the server down."""
        for served in self._served.values():
            if served.release is not None:
                served.release.set()
        await self.gateway.close_all()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.stop()

    # addresses and identity

    @property
    def base_url(self) -> str:
        if not self._port:
            raise RuntimeError("FakeDiscord is not started")
        return f"http://127.0.0.1:{self._port}"

    @property
    def rest_base(self) -> str:
        """Assign to ``discord.http.Route.BASE``."""
        return self.base_url + API_PREFIX

    @property
    def gateway_url(self) -> str:
        return self.base_url.replace("http://", "ws://", 1) + "/gateway"

    @property
    def bot_user(self) -> JSONDict:
        return {
            "id": str(self.bot_user_id),
            "username": "findvideo",
            "discriminator": "0",
            "global_name": None,
            "avatar": None,
            "bot": True,
            "flags": 0,
            "public_flags": 0,
            "mfa_enabled": False,
            "verified": True,
        }

    def _gateway_world(self) -> GatewayWorld:
        return GatewayWorld(
            token=self.token,
            bot_user=self.bot_user,
            application_id=self.application_id,
            guild_id=self.guild_id,
            channel_id=self.channel_id,
            owner_id=self.owner_id,
            resume_gateway_url=self.gateway_url,
            more_channels=self.more_channels,
            message_content_granted=self.message_content_granted,
            moderator_role_id=self.moderator_role_id,
            preferred_locale=self.guild_locale,
        )

    # test controls

    async def dispatch_interaction(self, payload: JSONDict) -> InteractionRecord:
        """Send INTERACTION_CREATE; the acknowledgement deadline starts now."""
        record = InteractionRecord(int(payload["id"]), payload["token"], payload, time.monotonic())
        self.interactions[record.interaction_id] = record
        self._by_token[record.token] = record
        await self.gateway.dispatch("INTERACTION_CREATE", payload)
        return record

    async def add_text_channel(self, name: str, *, bot_denied: int = 0) -> int:
        """A new text channel in the guild where the bot lacks ``bot_denied`` (permission bits);
        a connected bot is told (CHANNEL_CREATE). Returns the channel's id."""
        channel_id = self.snowflakes.next()
        overwrites = self._bot_overwrites(bot_denied)
        guild_id = str(self.guild_id)
        channel = text_channel(str(channel_id), guild_id, name=name, overwrites=overwrites)
        self.more_channels.append(channel)
        if self.gateway.connected:
            await self.gateway.dispatch("CHANNEL_CREATE", channel)
        return channel_id

    async def deny_bot(self, channel_id: int, denied: int, *, tell_bot: bool = True) -> None:
        """Take permissions from the bot in a channel; ``tell_bot=False`` leaves its cache stale
        (the bot learns only when Discord refuses a request)."""
        channel = self._channel(channel_id)
        others = [o for o in channel["permission_overwrites"] if o["id"] != str(self.bot_user_id)]
        channel["permission_overwrites"] = others + self._bot_overwrites(denied)
        if tell_bot and self.gateway.connected:
            await self.gateway.dispatch("CHANNEL_UPDATE", channel)

    async def deny_moderators(self, channel_id: int, denied: int) -> None:
        """Take permissions from the moderators' role in a channel (a role overwrite)."""
        channel = self._channel(channel_id)
        role = {"id": str(self.moderator_role_id), "type": ROLE_OVERWRITE, "allow": "0"}
        channel["permission_overwrites"].append(role | {"deny": str(denied)})
        if self.gateway.connected:
            await self.gateway.dispatch("CHANNEL_UPDATE", channel)

    def messages_in(self, channel_id: int) -> list[SentMessage]:
        """The messages the bot posted in a channel, oldest first."""
        wanted = str(channel_id)
        return [sent for sent in self.channel_messages if sent.message["channel_id"] == wanted]

    def bot_message(self, channel_id: int, message_id: int) -> SentMessage | None:
        """A message the bot posted in a channel (and has not deleted)."""
        for sent in self.messages_in(channel_id):
            if int(sent.message["id"]) == message_id and not sent.deleted:
                return sent
        return None

    async def edit_bot_message(self, request: web.Request, sent: SentMessage) -> web.Response:
        """PATCH of the bot's own channel message: the same rules as any edit."""
        body = await read_body(request)
        self._check_message(body, creating=False)
        sent.edits.append(body)
        sent.message = self._edited(sent.message, body)
        self.bot_message_changed.set()
        return json_response(sent.message)

    def _bot_overwrites(self, denied: int) -> list[JSONDict]:
        if not denied:
            return []
        bot = str(self.bot_user_id)
        return [{"id": bot, "type": MEMBER_OVERWRITE, "allow": "0", "deny": str(denied)}]

    def _channel(self, channel_id: int) -> JSONDict:
        for channel in self.more_channels:
            if channel["id"] == str(channel_id):
                return channel
        raise DiscordError(404, 10003, "Unknown Channel")

    def _bot_permissions(self, channel_id: int) -> int:
        """The bot's permissions in a channel: its role's, less the channel's member overwrite."""
        if channel_id == self.channel_id:
            return self.bot_role_permissions
        overwrites = self._channel(channel_id)["permission_overwrites"]
        bot = str(self.bot_user_id)
        denied = sum(int(o["deny"]) for o in overwrites if o["id"] == bot)
        return self.bot_role_permissions & ~denied

    def bot_permissions(self, channel_id: int) -> int:
        """The bot's permission bits in a channel (for the fake's other modules)."""
        return self._bot_permissions(channel_id)

    async def wait_until(self, done: Callable[[], bool]) -> None:
        """Return once `done()` holds; checked after every REST request the bot makes (for a bot
        running in another process, whose command tasks a test cannot await)."""
        async with self._activity:
            await self._activity.wait_for(done)

    def fail_next(
        self, method: str, path_end: str, status: int, *, code: int = 0, times: int = 1
    ) -> None:
        """Answer the next `times` `method` requests whose path ends with `path_end` with an
        injected failure: 429 (rate limited, retry after 50 ms), a 5xx, or an error `code`
        (e.g. 401/50027 for an expired interaction token). Not a violation by the bot."""
        self._faults.append(_Fault(method, path_end, status, code, times))

    def _fault_for(self, request: web.Request) -> _Fault | None:
        for fault in self._faults:
            if fault.times > 0 and fault.matches(request):
                fault.times -= 1
                return fault
        return None

    def add_attachment(self, filename: str, data: bytes, content_type: str | None = None) -> str:
        """Serve ``data`` like Discord's CDN; returns its signed URL (the query is required)."""
        return self._serve(filename, data, content_type)[1]

    def forget_attachments(self) -> None:
        """Stop serving every attachment added so far (a benchmark's memory stays flat)."""
        self._served.clear()

    def fail_attachment(self, url: str, status: int = 404) -> None:
        """Make ``url`` answer ``status`` from now on (an expired or deleted attachment)."""
        self._served_file(url).status = status

    def hold_attachment(self, url: str) -> asyncio.Event:
        """Make GETs of ``url`` hang until the returned event is set (``stop()`` sets it too)."""
        served = self._served_file(url)
        served.release = asyncio.Event()
        return served.release

    def _serve(self, filename: str, data: bytes, content_type: str | None) -> tuple[str, str]:
        attachment_id, signature = str(self.snowflakes.next()), secrets.token_hex(8)
        self._served[attachment_id] = _ServedFile(data, content_type, signature)
        path = f"/attachments/{self.channel_id}/{attachment_id}/{quote(filename, safe='')}"
        return attachment_id, f"{self.base_url}{path}?ex=ffffffff&hm={signature}"

    def _served_file(self, url: str) -> _ServedFile:
        match = ATTACHMENT_ID.search(url)
        if match is None or match[1] not in self._served:
            raise KeyError(f"not an attachment served by this fake: {url}")
        return self._served[match[1]]

    # routing

    def _routes(self) -> list[web.RouteDef]:
        api, app, hook = API_PREFIX, "/applications/{app}", "/webhooks/{app}/{token}"
        return [
            web.get(api + "/users/@me", self._get_me),
            web.get(api + "/oauth2/applications/@me", self._get_application),
            web.get(api + "/gateway/bot", self._get_gateway_bot),
            web.put(api + app + "/commands", self._put_commands),
            web.get(api + app + "/commands", self._get_commands),
            web.put(api + app + "/guilds/{guild}/commands", self._put_commands),
            web.get(api + app + "/guilds/{guild}/commands", self._get_commands),
            web.post(api + "/interactions/{id}/{token}/callback", self._post_callback),
            web.post(api + hook, self._post_followup),
            web.get(api + hook + "/messages/{message}", self._get_webhook_message),
            web.patch(api + hook + "/messages/{message}", self._patch_webhook_message),
            web.delete(api + hook + "/messages/{message}", self._delete_webhook_message),
            web.post(api + "/channels/{channel}/messages", self._post_channel_message),
            *self.messages.routes(),
            web.get("/attachments/{channel}/{id}/{filename}", self._get_attachment),
            web.get("/gateway", self.gateway.handle),
            web.route("*", "/{tail:.*}", self._unhandled),
        ]

    @web.middleware
    async def _answer_errors(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            return await self._run_handler(request, handler)
        finally:
            async with self._activity:
                self._activity.notify_all()

    async def _run_handler(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Turn rule violations (and bugs in this fake) into 4xx answers, never a retried 5xx."""
        if (fault := self._fault_for(request)) is not None:
            self.faults_served.append(f"{request.method} {_redacted_path(request)}: {fault.status}")
            return fault.response()
        try:
            return await handler(request)
        except web.HTTPException:
            raise
        except DiscordError as error:
            if error.is_violation:
                self.violations.append(f"{request.method} {_redacted_path(request)}: {error}")
            return error.response()
        except Exception as error:  # a bug in the fake must not look like a Discord outage
            self.violations.append(f"fake crashed on {request.method} {request.path}: {error!r}")
            return DiscordError(400, 0, f"fake discord crashed: {error!r}").response()

    async def _unhandled(self, request: web.Request) -> web.Response:
        raise DiscordError(404, 0, "404: Not Found (route not implemented by the fake)")

    def require_bot_auth(self, request: web.Request) -> None:
        if request.headers.get("Authorization") != f"Bot {self.token}":
            raise _unauthorized()

    # login

    async def _get_me(self, request: web.Request) -> web.Response:
        self.require_bot_auth(request)
        return json_response(self.bot_user)

    async def _get_application(self, request: web.Request) -> web.Response:
        self.require_bot_auth(request)
        owner = {
            "id": str(self.owner_id),
            "username": "owner",
            "discriminator": "0",
            "avatar": None,
        }
        return json_response(
            {
                "id": str(self.application_id),
                "name": "findvideo",
                "description": "",
                "icon": None,
                "bot_public": True,
                "bot_require_code_grant": False,
                "owner": owner,
                "team": None,
                "verify_key": "0" * 64,
                "flags": self.application_flags,
                "interactions_endpoint_url": None,
            }
        )

    async def _get_gateway_bot(self, request: web.Request) -> web.Response:
        self.require_bot_auth(request)
        limit = {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}
        return json_response(
            {
                "url": self.gateway_url,
                "shards": self.recommended_shards,
                "session_start_limit": limit,
            }
        )

    # application commands

    async def _put_commands(self, request: web.Request) -> web.Response:
        self._require_app_auth(request)
        scope = self._scope(request)
        commands = [self._echo_command(scope, command) for command in await request.json()]
        self.command_syncs.append(CommandSync(scope, commands))
        return json_response(commands)

    async def _get_commands(self, request: web.Request) -> web.Response:
        self._require_app_auth(request)
        return json_response(self.synced_commands(self._scope(request)))

    def synced_commands(self, scope: Literal["global"] | int = "global") -> list[JSONDict]:
        """The commands Discord currently holds for ``scope`` (the last sync wins)."""
        syncs = [sync for sync in self.command_syncs if sync.scope == scope]
        return syncs[-1].commands if syncs else []

    def _require_app_auth(self, request: web.Request) -> None:
        self.require_bot_auth(request)
        if request.match_info["app"] != str(self.application_id):
            raise DiscordError(403, 50001, "Missing Access")

    def _scope(self, request: web.Request) -> Literal["global"] | int:
        guild = request.match_info.get("guild")
        if guild is None:
            return "global"
        if guild != str(self.guild_id):
            raise DiscordError(403, 50001, "Missing Access")
        return int(guild)

    def _echo_command(self, scope: Literal["global"] | int, command: JSONDict) -> JSONDict:
        """Bulk overwrite keeps the id of a command with the same name and type, as Discord does."""
        command_type = command.get("type", 1)
        known = {(c["name"], c["type"]): c["id"] for c in self.synced_commands(scope)}
        command_id = known.get((command["name"], command_type)) or str(self.snowflakes.next())
        echoed = {"type": command_type, "description": "", "options": [], **command}
        echoed |= {"id": command_id, "application_id": str(self.application_id)}
        echoed["version"] = str(self.snowflakes.next())
        if scope != "global":
            echoed["guild_id"] = str(scope)
        return echoed

    # interaction callbacks

    async def _post_callback(self, request: web.Request) -> web.Response:
        received_at = time.monotonic()
        record = self._record_for_callback(request)
        body = await read_body(request)
        self._check_first_ack(record, received_at)
        callback = Callback(
            int(body.payload.get("type", 0)),
            body.payload.get("data") or {},
            received_at,
            body.files,
        )
        if callback.type in MESSAGE_RESPONSE_TYPES:
            message = Body(callback.data, body.files)
            creating = callback.type == MESSAGE_WITH_SOURCE
            self._check_message(message, creating=creating, under="data")
        record.callbacks.append(callback)
        record.original = self._new_original(record, callback)
        record.acknowledged.set()
        if request.query.get("with_response") not in ("1", "true", "True"):
            return web.Response(status=204)
        return json_response(self._callback_response(record, callback))

    def _record_for_callback(self, request: web.Request) -> InteractionRecord:
        interaction_id, token = request.match_info["id"], request.match_info["token"]
        record = self.interactions.get(int(interaction_id)) if interaction_id.isdigit() else None
        if record is None or record.token != token:
            raise DiscordError(404, 10062, "Unknown interaction")
        return record

    def _check_first_ack(self, record: InteractionRecord, received_at: float) -> None:
        if record.callbacks:
            raise DiscordError(400, 40060, "Interaction has already been acknowledged.")
        if received_at - record.dispatched_at > self.ack_deadline:
            raise DiscordError(404, 10062, "Unknown interaction")

    def _new_original(self, record: InteractionRecord, callback: Callback) -> JSONDict | None:
        """What @original is after the callback; for a component, the message it sits on."""
        body, flags = Body(callback.data, callback.files), int(callback.data.get("flags") or 0)
        component_message = record.payload.get("message")
        if callback.type == DEFERRED_MESSAGE:
            return self._new_message(Body({}, []), flags=LOADING | (flags & EPHEMERAL))
        if callback.type in (DEFERRED_UPDATE, UPDATE_MESSAGE) and component_message is not None:
            update = callback.type == UPDATE_MESSAGE
            return self._edited(component_message, body) if update else dict(component_message)
        return (
            self._new_message(body, flags=flags) if callback.type == MESSAGE_WITH_SOURCE else None
        )

    def _callback_response(self, record: InteractionRecord, callback: Callback) -> JSONDict:
        interaction: JSONDict = {
            "id": str(record.interaction_id),
            "type": record.payload.get("type", 2),
            "response_message_loading": callback.type == DEFERRED_MESSAGE,
            "response_message_ephemeral": record.ephemeral,
        }
        resource: JSONDict = {"type": callback.type}
        if record.original is not None:
            interaction["response_message_id"] = record.original["id"]
            if callback.type in MESSAGE_RESPONSE_TYPES:
                resource["message"] = record.original
        return {"interaction": interaction, "resource": resource}

    # interaction webhook: @original and followups

    async def _post_followup(self, request: web.Request) -> web.Response:
        record = self._record_for_webhook(request)
        if not record.callbacks:
            raise DiscordError(404, 10015, "Unknown Webhook")
        body = await read_body(request)
        self._check_message(body, creating=True)
        sent = SentMessage(body, self._new_message(body, flags=int(body.payload.get("flags") or 0)))
        record.followups.append(sent)
        if request.query.get("wait") not in ("1", "true", "True"):
            return web.Response(status=204)
        return json_response(sent.message)

    async def _get_webhook_message(self, request: web.Request) -> web.Response:
        record = self._record_for_webhook(request)
        message_id = request.match_info["message"]
        if message_id == "@original":
            return json_response(self._current_original(record))
        return json_response(self._followup(record, message_id).message)

    async def _patch_webhook_message(self, request: web.Request) -> web.Response:
        record = self._record_for_webhook(request)
        message_id = request.match_info["message"]
        if message_id == "@original":
            return await self._patch_original(request, record)
        return await self._patch_followup(request, self._followup(record, message_id))

    async def _patch_original(
        self, request: web.Request, record: InteractionRecord
    ) -> web.Response:
        current = self._current_original(record)
        body = await read_body(request)
        self._check_message(body, creating=False)
        record.original_edits.append(body)
        record.original = self._edited(current, body)
        self.original_edited.set()
        return json_response(record.original)

    async def _patch_followup(self, request: web.Request, followup: SentMessage) -> web.Response:
        body = await read_body(request)
        self._check_message(body, creating=False)
        followup.edits.append(body)
        followup.message = self._edited(followup.message, body)
        return json_response(followup.message)

    async def _delete_webhook_message(self, request: web.Request) -> web.Response:
        record = self._record_for_webhook(request)
        message_id = request.match_info["message"]
        if message_id == "@original":
            self._current_original(record)
            record.deleted = True
        else:
            self._followup(record, message_id).deleted = True
        return web.Response(status=204)

    def _record_for_webhook(self, request: web.Request) -> InteractionRecord:
        record = self._by_token.get(request.match_info["token"])
        if record is None or request.match_info["app"] != str(self.application_id):
            raise DiscordError(404, 10015, "Unknown Webhook")
        return record

    def _current_original(self, record: InteractionRecord) -> JSONDict:
        """@original exists once the interaction is acknowledged, until it is deleted."""
        if not record.callbacks or record.deleted:
            raise DiscordError(404, 10008, "Unknown Message")
        if record.original is None:  # acknowledged by a component update: a blank message
            record.original = self._new_message(Body({}, []))
        return record.original

    def _followup(self, record: InteractionRecord, message_id: str) -> SentMessage:
        for followup in record.followups:
            if followup.message["id"] == message_id and not followup.deleted:
                return followup
        raise DiscordError(404, 10008, "Unknown Message")

    # channel messages (the bot's fallback when an interaction token has expired)

    async def _post_channel_message(self, request: web.Request) -> web.Response:
        self.require_bot_auth(request)
        channel = request.match_info["channel"]
        permissions = self._bot_permissions(int(channel) if channel.isdigit() else 0)
        body = await read_body(request)
        self._check_message(body, creating=True)
        self._check_may_post(permissions, body)
        message = self._new_message(body, message_type=0, from_webhook=False, channel_id=channel)
        if not permissions & EMBED_LINKS:  # Discord posts the message, without its embeds
            message["embeds"] = []
        if reference := body.payload.get("message_reference"):
            self._check_reference(reference)
            ids = {key: str(value) for key, value in reference.items() if key.endswith("_id")}
            message |= {"type": 19, "message_reference": reference | ids}
        sent = SentMessage(body, message)
        self.channel_messages.append(sent)
        return json_response(sent.message)

    @staticmethod
    def _check_may_post(permissions: int, body: Body) -> None:
        """Discord's answers to a bot posting where it may not (not violations: bots must cope)."""
        if not permissions & VIEW_CHANNEL:
            raise _refused(50001, "Missing Access")
        if not permissions & SEND_MESSAGES or (body.files and not permissions & ATTACH_FILES):
            raise _refused(50013, "Missing Permissions")

    def _check_reference(self, reference: JSONDict) -> None:
        """A reply must point at a message that exists, unless it says not to fail (50035)."""
        message_id = int(reference.get("message_id") or 0)
        if message_id in self.messages.posted or reference.get("fail_if_not_exists") is False:
            return
        errors = {"message_reference": {"_errors": [{"code": "REPLIES_UNKNOWN_MESSAGE"}]}}
        raise DiscordError(400, 50035, "Invalid Form Body", errors=errors)

    # attachments (the CDN)

    async def _get_attachment(self, request: web.Request) -> web.Response:
        self.attachment_fetches.append(str(request.url))
        self.attachment_fetched.set()
        served = self._served.get(request.match_info["id"])
        if served is None or request.query.get("hm") != served.signature:
            return web.Response(status=404, text="This content is no longer available.")
        if served.release is not None:
            await served.release.wait()
        if served.status != 200:
            return web.Response(status=served.status, text="attachment unavailable")
        content_type = served.content_type or "application/octet-stream"
        return web.Response(body=served.data, content_type=content_type)

    # messages as Discord returns them

    def _check_message(self, body: Body, *, creating: bool, under: str | None = None) -> None:
        """Limits (50035, errors nested under ``under`` as Discord does), then emptiness (50006)."""
        if errors := message_errors(body.payload):
            errors = {under: errors} if under else errors
            raise DiscordError(400, 50035, "Invalid Form Body", errors=errors)
        if creating and is_empty_message(body.payload, has_files=bool(body.files)):
            raise DiscordError(400, 50006, "Cannot send an empty message")

    def _new_message(
        self,
        body: Body,
        *,
        flags: int = 0,
        message_type: int = 20,
        from_webhook: bool = True,
        channel_id: str | None = None,
    ) -> JSONDict:
        message: JSONDict = {
            "id": str(self.snowflakes.next()),
            "channel_id": channel_id or str(self.channel_id),
            "author": self.bot_user,
            **{key: _normalized(key, body.payload.get(key)) for key in EDITABLE_FIELDS},
            "attachments": self._store_files(body.files),
            "timestamp": now_iso(),
            "edited_timestamp": None,
            "tts": bool(body.payload.get("tts")),
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "pinned": False,
            "type": message_type,
            "flags": flags,
        }
        if from_webhook:
            message |= {"webhook_id": str(self.application_id)}
            message |= {"application_id": str(self.application_id)}
        return message

    def _edited(self, current: JSONDict, body: Body) -> JSONDict:
        """PATCH semantics: given fields replace, the rest stays; editing ends the loading state."""
        edited = dict(current) | {
            key: _normalized(key, body.payload[key])
            for key in EDITABLE_FIELDS
            if key in body.payload
        }
        added = self._store_files(body.files)
        edited["attachments"] = self._kept_attachments(current, body) + added
        edited["flags"] = int(current.get("flags") or 0) & ~LOADING
        edited["edited_timestamp"] = now_iso()
        return edited

    @staticmethod
    def _kept_attachments(current: JSONDict, body: Body) -> list[JSONDict]:
        existing: list[JSONDict] = current.get("attachments") or []
        if "attachments" not in body.payload:
            return existing
        wanted = {str(item.get("id")) for item in body.payload["attachments"] or []}
        return [attachment for attachment in existing if attachment["id"] in wanted]

    def _store_files(self, files: list[SentFile]) -> list[JSONDict]:
        """Uploaded files become attachments served by this fake, like Discord's CDN."""
        return [self._stored_attachment(sent) for sent in files]

    def _stored_attachment(self, sent: SentFile) -> JSONDict:
        attachment_id, url = self._serve(sent.filename, sent.data, sent.content_type)
        return {
            "id": attachment_id,
            "filename": sent.filename,
            "size": len(sent.data),
            "url": url,
            "proxy_url": url,
            "content_type": sent.content_type,
        }


@dataclass
class _Fault:
    method: str
    path_end: str
    status: int
    code: int
    times: int

    def matches(self, request: web.Request) -> bool:
        return request.method == self.method and request.path.endswith(self.path_end)

    def response(self) -> web.Response:
        if self.status == 429:
            body = {"message": "You are being rate limited.", "retry_after": 0.05, "global": False}
            response = json_response(body, status=429)
            response.headers.update(
                {"Retry-After": "0.05", "X-RateLimit-Scope": "user", "Via": "1.1 google"}
            )
            return response
        if self.status >= 500:
            return web.Response(status=self.status, text="upstream connect error")
        return json_response({"message": "injected", "code": self.code}, status=self.status)


def _refused(code: int, message: str) -> DiscordError:
    error = DiscordError(403, code, message)
    error.is_violation = False
    return error


def _redacted_path(request: web.Request) -> str:
    """The request path with the (long, meaningless) interaction token replaced by {token}."""
    token = request.match_info.get("token")
    return request.path.replace(token, "{token}") if token else request.path
