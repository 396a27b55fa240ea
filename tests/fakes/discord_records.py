"""What the fake Discord records and parses: request bodies, callbacks, messages, interactions.

Split from `discord_server` so the server module holds only the routes and rules.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from aiohttp import BodyPartReader, web

API_PREFIX = "/api/v10"
DISCORD_EPOCH_MS = 1_420_070_400_000
EPHEMERAL, LOADING = 1 << 6, 1 << 7
# interaction callback types
MESSAGE_WITH_SOURCE, DEFERRED_MESSAGE, DEFERRED_UPDATE, UPDATE_MESSAGE = 4, 5, 6, 7
MESSAGE_RESPONSE_TYPES = (MESSAGE_WITH_SOURCE, UPDATE_MESSAGE)
JSONDict = dict[str, Any]


class SnowflakeGenerator:
    """Snowflakes ``((ms - epoch) << 22) | n``; n counts up within one millisecond."""

    def __init__(self) -> None:
        self._last = 0

    def next(self) -> int:
        now = (int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22
        self._last = max(now, self._last + 1)
        return self._last


@dataclass(frozen=True)
class SentFile:
    """A file part of a multipart body (``files[n]``)."""

    filename: str
    data: bytes
    content_type: str | None


@dataclass(frozen=True)
class Body:
    """A parsed request body: the JSON payload (or ``payload_json``) plus any files."""

    payload: JSONDict
    files: list[SentFile]
    received_at: float = field(default_factory=time.monotonic)


def last_upload(bodies: list[Body], filename: str) -> bytes:
    """The last upload named `filename` among `bodies` (edits of a message)."""
    found = [f.data for body in bodies for f in body.files if f.filename == filename]
    assert found, f"{filename} was never uploaded"
    return found[-1]


@dataclass(frozen=True)
class CommandSync:
    """One bulk overwrite of application commands; ``scope`` is "global" or the guild id."""

    scope: Literal["global"] | int
    commands: list[JSONDict]


@dataclass(frozen=True)
class Callback:
    """An accepted initial response (POST /interactions/{id}/{token}/callback)."""

    type: int
    data: JSONDict
    at: float
    files: list[SentFile]


@dataclass
class SentMessage:
    """A message the bot created (followup or channel message) and what became of it."""

    body: Body
    message: JSONDict
    edits: list[Body] = field(default_factory=list)
    deleted: bool = False

    @property
    def payload(self) -> JSONDict:
        return self.body.payload

    @property
    def files(self) -> list[SentFile]:
        return self.body.files


@dataclass
class InteractionRecord:
    """Everything the bot did with one dispatched interaction."""

    interaction_id: int
    token: str
    payload: JSONDict
    dispatched_at: float
    callbacks: list[Callback] = field(default_factory=list)
    original: JSONDict | None = None
    original_edits: list[Body] = field(default_factory=list)
    followups: list[SentMessage] = field(default_factory=list)
    deleted: bool = False
    acknowledged: asyncio.Event = field(default_factory=asyncio.Event, repr=False)
    """Set at the first callback (for a bot in another process, whose tasks cannot be awaited)."""

    @property
    def response_type(self) -> int | None:
        return self.callbacks[0].type if self.callbacks else None

    @property
    def deferred(self) -> bool:
        return self.response_type in (DEFERRED_MESSAGE, DEFERRED_UPDATE)

    @property
    def ephemeral(self) -> bool:
        """Whether the initial response (message or defer) carried the EPHEMERAL flag."""
        return bool(self.callbacks and int(self.callbacks[0].data.get("flags") or 0) & EPHEMERAL)

    def message_payloads(self) -> list[JSONDict]:
        """Every message payload the bot sent for this interaction, in the order it sent them."""
        payloads = [c.data for c in self.callbacks if c.type in MESSAGE_RESPONSE_TYPES]
        payloads += [edit.payload for edit in self.original_edits]
        for followup in self.followups:
            payloads += [followup.payload, *(edit.payload for edit in followup.edits)]
        return payloads


@dataclass
class _ServedFile:
    data: bytes
    content_type: str | None
    signature: str
    status: int = 200
    release: asyncio.Event | None = None


class DiscordError(Exception):
    """Raised inside handlers to answer with Discord's error JSON (and log a violation)."""

    def __init__(
        self, status: int, code: int, message: str, *, errors: JSONDict | None = None
    ) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.errors = status, code, message, errors
        self.is_violation = True

    def __str__(self) -> str:
        details = f" {json.dumps(self.errors)}" if self.errors else ""
        return f"{self.status} (code {self.code}) {self.message}{details}"

    def response(self) -> web.Response:
        body: JSONDict = {"code": self.code, "message": self.message}
        if self.errors:
            body["errors"] = self.errors
        return json_response(body, status=self.status)


def json_response(data: object, status: int = 200) -> web.Response:
    """discord.py parses JSON only when Content-Type is exactly ``application/json``."""
    return web.Response(
        status=status, body=json.dumps(data).encode(), content_type="application/json"
    )


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


# -- request bodies ------------------------------------------------------------------------------

FILE_FIELD = re.compile(r"files\[(\d+)\]")
ATTACHMENT_ID = re.compile(r"/attachments/\d+/(\d+)/")


async def read_body(request: web.Request) -> Body:
    """A JSON body, or multipart (``payload_json`` + ``files[n]``) as discord.py sends files."""
    if request.content_type.startswith("multipart/"):
        return await _read_multipart(request)
    raw = await request.read()
    return Body(json.loads(raw) if raw else {}, [])


async def _read_multipart(request: web.Request) -> Body:
    payload: JSONDict = {}
    files: dict[int, SentFile] = {}
    reader = await request.multipart()
    while (part := await reader.next()) is not None:
        if not isinstance(part, BodyPartReader):
            continue
        if part.name == "payload_json":
            payload = json.loads(await part.text())
        elif part.name and (match := FILE_FIELD.fullmatch(part.name)):
            content_type = part.headers.get("Content-Type")
            files[int(match[1])] = SentFile(part.filename or "", await part.read(), content_type)
    return Body(payload, [files[index] for index in sorted(files)])
