"""A local fake of memories.ai's image search, served over real HTTP on 127.0.0.1.

It enforces the contract (our own description of it: contracts/memories-api.json) instead of
trusting the client: bare-key `Authorization` (a wrong, missing or `Bearer` key gets envelope 0401
with HTTP 200, as the real API does), multipart only, a `file` part with an allowed extension, an
image/* type and at most 20 MB, `type` one of TIKTOK/YOUTUBE/INSTAGRAM, `similarity` a decimal
string in 0..1. A violation is answered with envelope 0003 and recorded in `violations`.

Answers are scriptable: each endpoint has a default answer (hits, filtered by score >= similarity
like the real API) and `script(*responses)` queues answers consumed one per valid request, FIFO:

    fake.set_default([hit("PI-1", "cat", 79, 0.9)])
    fake.script("0429", [hit("PI-2", "dog", "12.5", 0.95, end=14)])  # rate limited, then hits
    fake.script(429, html_error(502), MALFORMED_JSON, DATA_NULL, ErrorEnvelope("0402", msg="..."))
    fake.script(Hang())  # answers only once `fake.release` is set: for client timeouts
    fake.script(Delay(event, then=[...]))  # answers `then` once `event` is set
    fake.script(Reset(), Stall(), Trickle(), Truncated())  # broken connections, see each class

Every request is recorded in `requests`, including rejected ones; `wait_for_requests(n)` waits for
the n-th to arrive.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import secrets
import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from types import TracebackType
from typing import Literal, TypeAlias

from aiohttp import web
from aiohttp.multipart import BodyPartReader
from multidict import CIMultiDict, CIMultiDictProxy

from tests.fakes.memories_evidence import EvidenceEndpoints

API_PREFIX = "/serve/api/v1"
PUBLIC_PATH = f"{API_PREFIX}/search_public_similar_images"
PRIVATE_PATH = f"{API_PREFIX}/search_similar_images"
ALLOWED_EXTENSIONS = frozenset({".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp"})
MAX_FILE_BYTES = 20 * 1024 * 1024
PUBLIC_TYPES = frozenset({"TIKTOK", "YOUTUBE", "INSTAGRAM"})
DEFAULT_SIMILARITY = 0.85
_DECIMAL = re.compile(r"\d+(\.\d+)?|\.\d+")
_MESSAGES = {
    "0001": "network abnormal",
    "0003": "parameter error",
    "0401": "Unauthorized: invalid api key",
    "0402": "Insufficient balance",
    "0403": "Account disabled",
    "0429": "Too many requests",
    "9009": "Permission denied",
}

WireHit: TypeAlias = Mapping[str, object]
Endpoint = Literal["public", "private"]


def hit(
    video_no: str,
    name: str,
    start: float | str,
    score: float | str,
    end: float | str | None = None,
    *,
    video_bucket: str | None = None,
    video_blob: str | None = None,
    keyframe_bucket: str | None = None,
    keyframe_blob: str | None = None,
) -> dict[str, object]:
    """A hit in the real wire format: times as strings of seconds, optional keys left out."""
    wire: dict[str, object] = {
        "videoNo": video_no,
        "videoName": name,
        "startTime": _seconds(start),
        "score": score,
    }
    optional = {
        "endTime": None if end is None else _seconds(end),
        "video_bucket": video_bucket,
        "video_blob": video_blob,
        "keyframe_bucket": keyframe_bucket,
        "keyframe_blob": keyframe_blob,
    }
    wire.update({key: value for key, value in optional.items() if value is not None})
    return wire


def _seconds(value: float | str) -> str:
    if isinstance(value, str):
        return value
    return str(int(value)) if float(value).is_integer() else str(value)


@dataclass(frozen=True)
class Success:
    """A success envelope; `data=None` sends `"data": null`, `omit_data` leaves the key out."""

    data: Sequence[WireHit] | None = ()
    omit_data: bool = False


@dataclass(frozen=True)
class ErrorEnvelope:
    """An error envelope, HTTP 200 by default; `code` as sent: "0402", or an int like v2's 429."""

    code: str | int
    msg: str | None = None
    http_status: int = 200


@dataclass(frozen=True)
class RawResponse:
    """Any status and body, e.g. an HTML 502 page from a proxy or a non-envelope JSON 404."""

    status: int
    body: str
    content_type: str = "application/json"


@dataclass(frozen=True)
class Hang:
    """No answer until the fake's `release` event is set (then an HTML 504)."""


@dataclass(frozen=True)
class Delay:
    """No answer until `until` is set, then `then` (the endpoint's default when None)."""

    until: asyncio.Event
    then: Response | None = None


@dataclass(frozen=True)
class Reset:
    """The connection is dropped without a word, as by a crashing proxy."""


@dataclass(frozen=True)
class Stall:
    """HTTP 200 headers and the start of a JSON body, then silence until `release` is set."""


@dataclass(frozen=True)
class Trickle:
    """A body that never ends: a space every `interval` seconds until `release` is set."""

    interval: float = 1.0


@dataclass(frozen=True)
class Truncated:
    """A success body announced by Content-Length, cut off halfway by a dropped connection."""


Streamed: TypeAlias = Reset | Stall | Trickle | Truncated

Response: TypeAlias = (
    Sequence[WireHit] | Success | ErrorEnvelope | str | int | RawResponse | Hang | Delay | Streamed
)
"""A scripted answer: hits (wire dicts), an error code ("0402" or 429), or one of the above."""

DATA_NULL = Success(data=None)
DATA_MISSING = Success(omit_data=True)
MALFORMED_JSON = RawResponse(200, '{"code": "0000", "msg": "success", "data": [{"videoNo": ')


def html_error(status: int = 500) -> RawResponse:
    """An HTML error page, as a load balancer or proxy sends it."""
    page = f"<html><head><title>{status}</title></head><body><h1>{status} Error</h1></body></html>"
    return RawResponse(status, page, "text/html")


def non_envelope_json(status: int = 404, path: str = PUBLIC_PATH) -> RawResponse:
    """JSON that is not the API's envelope (no `code`), like a gateway's 404."""
    body = {"timestamp": "2025-01-01T00:00:00Z", "status": status, "error": "Not Found"}
    return RawResponse(status, json.dumps({**body, "path": path}))


@dataclass(frozen=True)
class ReceivedRequest:
    """One request as the fake saw it. `received_at` is `time.monotonic()` on arrival."""

    path: str
    headers: Mapping[str, str]
    fields: dict[str, str]
    file_name: str | None
    file_content_type: str | None
    file_bytes: bytes | None
    received_at: float
    content_type: str = ""
    problems: list[str] = field(default_factory=list)


class FakeMemoriesApi:
    """`async with FakeMemoriesApi() as fake:` serves until the block ends; see the module doc."""

    def __init__(self, *, api_key: str | None = None) -> None:
        self.api_key = api_key or f"sk-mavi-test-{secrets.token_hex(8)}"
        self.requests: list[ReceivedRequest] = []
        self.violations: list[str] = []
        self.release = asyncio.Event()
        self._arrivals = asyncio.Condition()
        self._defaults: dict[str, Response] = {PUBLIC_PATH: [], PRIVATE_PATH: []}
        self._script: deque[Response] = deque()
        self._runner: web.AppRunner | None = None
        self._port: int | None = None
        self.evidence = EvidenceEndpoints(self)
        self.responder: Callable[[ReceivedRequest], Response | None] | None = None
        self.latency = 0.0
        """Seconds every search answer is held back (benchmarks: a realistic API)."""
        """Decides a search's answer from the request (e.g. the uploaded image); None falls
        through to the script and the defaults."""

    @property
    def base_url(self) -> str:
        if self._port is None:
            raise RuntimeError("FakeMemoriesApi is not running; use `async with`")
        return f"http://127.0.0.1:{self._port}{API_PREFIX}"

    @property
    def pending_script(self) -> int:
        """How many scripted answers have not been used yet."""
        return len(self._script)

    def set_default(self, response: Response, *, endpoint: Endpoint = "public") -> None:
        """The answer used when the script is empty (initially no hits)."""
        self._defaults[PUBLIC_PATH if endpoint == "public" else PRIVATE_PATH] = response

    def script(self, *responses: Response) -> None:
        """Queue answers for the next valid requests, one each, in order, on either endpoint."""
        self._script.extend(responses)

    async def wait_for_requests(self, count: int) -> None:
        """Return once `count` requests have arrived (e.g. to act while one is held by `Delay`)."""
        async with self._arrivals:
            await self._arrivals.wait_for(lambda: len(self.requests) >= count)

    async def __aenter__(self) -> FakeMemoriesApi:
        app = web.Application(client_max_size=MAX_FILE_BYTES * 2)
        app.router.add_post(PUBLIC_PATH, self._handle)
        app.router.add_post(PRIVATE_PATH, self._handle)
        self.evidence.add_routes(app, API_PREFIX)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.1)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self._port = self._runner.addresses[0][1]
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release.set()
        if self._runner is not None:
            await self._runner.cleanup()
        self._runner = self._port = None

    @property
    def all_requests(self) -> list[ReceivedRequest]:
        """Searches and evidence requests (details, downloads) together, in order of arrival."""
        return sorted([*self.requests, *self.evidence.requests], key=lambda r: r.received_at)

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        received = await _receive(request)
        async with self._arrivals:
            self.requests.append(received)
            self._arrivals.notify_all()
        if request.headers.get("Authorization") != self.api_key:
            return _envelope_response(ErrorEnvelope("0401"))
        problems = received.problems + _contract_problems(received)
        if problems:
            self.violations.extend(problems)
            return _envelope_response(ErrorEnvelope("0003", msg="; ".join(problems)))
        if self.latency > 0:
            await asyncio.sleep(self.latency)
        answer = self.responder(received) if self.responder is not None else None
        if answer is None:
            answer = self._script.popleft() if self._script else self._defaults[received.path]
        return await self._answer(answer, request, received)

    async def _answer(
        self, answer: Response, request: web.Request, received: ReceivedRequest
    ) -> web.StreamResponse:
        if isinstance(answer, Delay):
            await answer.until.wait()
            then = answer.then or self._defaults[received.path]
            return await self._answer(then, request, received)
        if isinstance(answer, Hang | Reset | Stall | Trickle | Truncated):
            return await self._misbehave(answer, request)
        if isinstance(answer, RawResponse):
            return _raw_response(answer)
        if isinstance(answer, str | int):
            return _envelope_response(ErrorEnvelope(answer))
        if isinstance(answer, ErrorEnvelope):
            return _envelope_response(answer)
        success = answer if isinstance(answer, Success) else Success(data=answer)
        return _success_response(success, _similarity(received))

    async def _misbehave(self, answer: Hang | Streamed, request: web.Request) -> web.StreamResponse:
        """The broken answers, most of them written by hand on the open connection."""
        if isinstance(answer, Hang):
            await self.release.wait()
            return _raw_response(html_error(504))
        response = web.StreamResponse(headers={"Content-Type": "application/json"})
        if isinstance(answer, Reset):
            _drop_connection(request)
            return response
        body = b'{"code": "0000", "msg": "success", "data": []}'
        if isinstance(answer, Truncated):
            response.content_length = len(body)
        await response.prepare(request)
        await response.write(body[: len(body) // 2])
        if isinstance(answer, Truncated):
            _drop_connection(request)
        elif isinstance(answer, Trickle):
            await self._trickle(response, answer.interval)
        else:
            await self.release.wait()
        return response

    async def _trickle(self, response: web.StreamResponse, interval: float) -> None:
        while not self.release.is_set():
            try:
                await response.write(b" ")
            except ConnectionResetError:  # the client gave up and hung up: the trickle is over
                return
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.release.wait(), interval)


def _drop_connection(request: web.Request) -> None:
    if request.transport is not None:
        request.transport.abort()


async def _receive(request: web.Request) -> ReceivedRequest:
    """Record the request; multipart parsing problems go into `problems`."""
    received_at = time.monotonic()
    parts = _Parts()
    if request.content_type == "multipart/form-data":
        await parts.read(request)
    else:
        parts.problems.append(f"Content-Type {request.content_type!r} is not multipart/form-data")
    return ReceivedRequest(
        path=request.path,
        headers=CIMultiDictProxy(CIMultiDict(request.headers)),
        fields=parts.fields,
        file_name=parts.file_name,
        file_content_type=parts.file_content_type,
        file_bytes=parts.file_bytes,
        received_at=received_at,
        content_type=request.content_type,
        problems=parts.problems,
    )


@dataclass
class _Parts:
    """The parts of a multipart body: plain fields, the `file` part, and what was wrong."""

    fields: dict[str, str] = field(default_factory=dict)
    file_name: str | None = None
    file_content_type: str | None = None
    file_bytes: bytes | None = None
    problems: list[str] = field(default_factory=list)

    async def read(self, request: web.Request) -> None:
        try:
            async for part in await request.multipart():
                if not isinstance(part, BodyPartReader):
                    self.problems.append("nested multipart is not accepted")
                else:
                    await self._read_part(part)
        except (ValueError, web.HTTPException) as exc:
            self.problems.append(f"unreadable multipart body: {exc!r}")

    async def _read_part(self, part: BodyPartReader) -> None:
        if part.filename is None and part.name != "file":
            self.fields[part.name or ""] = await part.text()
        elif part.name != "file":
            self.problems.append(f"unexpected file part {part.name!r}")
        elif self.file_bytes is not None:
            self.problems.append("more than one `file` part")
        else:
            self.file_name = part.filename
            self.file_content_type = part.headers.get("Content-Type")
            self.file_bytes = await part.read()


def _contract_problems(received: ReceivedRequest) -> list[str]:
    problems = _file_problems(received)
    if "similarity" in received.fields and _similarity(received) is None:
        problems.append(f"similarity {received.fields['similarity']!r} is not a decimal in 0..1")
    kind = received.fields.get("type")
    if received.path == PUBLIC_PATH and kind is not None and kind not in PUBLIC_TYPES:
        problems.append(f"type {kind!r} is not one of {sorted(PUBLIC_TYPES)}")
    if received.path == PRIVATE_PATH and received.fields.get("unique_id") == "":
        problems.append("unique_id is empty")
    return problems


def _file_problems(received: ReceivedRequest) -> list[str]:
    if received.file_bytes is None:
        return ["no `file` part"]
    problems = []
    if received.file_name is None:
        problems.append("`file` part has no filename")
    elif PurePosixPath(received.file_name).suffix.lower() not in ALLOWED_EXTENSIONS:
        problems.append(f"file name {received.file_name!r} has no allowed image extension")
    if not (received.file_content_type or "").lower().startswith("image/"):
        problems.append(f"file Content-Type {received.file_content_type!r} is not image/*")
    if len(received.file_bytes) > MAX_FILE_BYTES:
        problems.append(f"file is {len(received.file_bytes)} bytes, over 20 MB")
    return problems


def _similarity(received: ReceivedRequest) -> float | None:
    """The request's threshold (0.85 when absent); None when it is not a decimal in 0..1."""
    text = received.fields.get("similarity")
    if text is None:
        return DEFAULT_SIMILARITY
    if not _DECIMAL.fullmatch(text) or not 0 <= float(text) <= 1:
        return None
    return float(text)


def _passes(wire_hit: WireHit, threshold: float) -> bool:
    """Score >= threshold; a hit with an unreadable score is passed on to test the client."""
    score = wire_hit.get("score")
    try:
        return float(score) >= threshold if isinstance(score, int | float | str) else True
    except ValueError:
        return True


def _success_response(success: Success, threshold: float | None) -> web.Response:
    body: dict[str, object] = {"code": "0000", "msg": "success", "success": True, "failed": False}
    if not success.omit_data:
        data = success.data
        if data is not None and threshold is not None:
            data = [wire_hit for wire_hit in data if _passes(wire_hit, threshold)]
        body["data"] = None if data is None else list(data)
    return web.json_response(body)


def _envelope_response(error: ErrorEnvelope) -> web.Response:
    code_key = str(error.code).zfill(4)
    msg = error.msg if error.msg is not None else _MESSAGES.get(code_key, "error")
    body = {"code": error.code, "msg": msg, "data": None, "success": False, "failed": True}
    return web.json_response(body, status=error.http_status)


def _raw_response(raw: RawResponse) -> web.Response:
    return web.Response(
        status=raw.status, body=raw.body.encode(), headers={"Content-Type": raw.content_type}
    )
