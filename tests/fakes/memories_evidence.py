"""The fake memories.ai's two GET endpoints behind the evidence: video details and downloads.

As described in the project's contract (contracts/memories-api.json):
- `GET get_public_video_detail?video_no=PI-...` answers the usual envelope whose `data` is an object
  with `video_url`, `blogger_id`, `duration`, `publish_time`, view and like counts. An unknown
  video gets envelope 0003. `available = False` makes the endpoint missing (a gateway's JSON 404).
- `GET download?bucket=...&blob=...` streams the file's bytes (`application/octet-stream`); a
  missing file is a JSON error ("Resource does not exist"). Files are served as image/png,
  image/webp or image/jpeg. The blob's `/` must arrive as it is,
  not as %2F. More than 12 downloads in 60 seconds is a violation of the documented limit.

Both need the bare-key `Authorization` header like the searches. They are recorded here, in
`requests` (the query parameters as `fields`), not among the fake's searches; `fake.all_requests`
has both, in order of arrival.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from aiohttp import web
from multidict import CIMultiDict, CIMultiDictProxy

if TYPE_CHECKING:
    from tests.fakes.memories_api import FakeMemoriesApi, ReceivedRequest

DETAIL_SUFFIX = "/get_public_video_detail"
DOWNLOAD_SUFFIX = "/download"
DOWNLOADS_PER_MINUTE = 12
_JSON = "application/json"
_PUBLIC_VIDEO_NO = re.compile(r"PI-[A-Za-z0-9_-]+")


def video_detail(
    video_no: str,
    url: str,
    *,
    creator: str | None = "creator",
    published: int | str | None = 1_700_000_000,
    duration: float = 30,
    views: int = 1000,
    likes: int = 100,
) -> dict[str, object]:
    """A detail's `data` in the wire format seen in a real run (epoch seconds publish time)."""
    data: dict[str, object] = {
        "video_no": video_no,
        "video_url": url,
        "duration": duration,
        "view_count": views,
        "like_count": likes,
    }
    if creator is not None:
        data["blogger_id"] = creator
    if published is not None:
        data["publish_time"] = published
    return data


@dataclass
class EvidenceEndpoints:
    """Scriptable state of the two endpoints; owned by a `FakeMemoriesApi` (`fake.evidence`)."""

    owner: FakeMemoriesApi
    details: dict[str, Mapping[str, object]] = field(default_factory=dict)
    files: dict[tuple[str, str], bytes] = field(default_factory=dict)
    available: bool = True
    hold_details: asyncio.Event | None = None
    """When set to an event, detail answers wait for it (the answer must not wait for them)."""
    violations: list[str] = field(default_factory=list)
    requests: list[ReceivedRequest] = field(default_factory=list)
    _download_times: deque[float] = field(default_factory=deque)
    _arrivals: asyncio.Condition = field(default_factory=asyncio.Condition)

    def add_routes(self, app: web.Application, prefix: str) -> None:
        app.router.add_get(prefix + DETAIL_SUFFIX, self._detail)
        app.router.add_get(prefix + DOWNLOAD_SUFFIX, self._download)

    def requests_to(self, suffix: str) -> list[ReceivedRequest]:
        return [r for r in self.requests if r.path.endswith(suffix)]

    async def wait_for_requests(self, count: int, suffix: str = DETAIL_SUFFIX) -> None:
        """Return once `count` requests to the endpoint ending in `suffix` have arrived."""
        async with self._arrivals:
            await self._arrivals.wait_for(lambda: len(self.requests_to(suffix)) >= count)

    @property
    def detail_requests(self) -> list[ReceivedRequest]:
        return self.requests_to(DETAIL_SUFFIX)

    @property
    def download_requests(self) -> list[ReceivedRequest]:
        return self.requests_to(DOWNLOAD_SUFFIX)

    async def _detail(self, request: web.Request) -> web.StreamResponse:
        refusal = await self._record(request)
        if refusal is not None:
            return refusal
        if self.hold_details is not None:
            await self.hold_details.wait()
        if not self.available:
            return _json(404, {"status": 404, "error": "Not Found", "path": request.path})
        video_no = request.query.get("video_no", "")
        if not _PUBLIC_VIDEO_NO.fullmatch(video_no):
            self.violations.append(f"video_no {video_no!r} is not a public PI-... number")
        data = self.details.get(video_no)
        if data is None:
            return _envelope("0003", "video not found", None)
        return _envelope("0000", "success", dict(data))

    async def _download(self, request: web.Request) -> web.StreamResponse:
        refusal = await self._record(request)
        if refusal is not None:
            return refusal
        self._check_download_rate()
        raw_query = request.rel_url.raw_query_string
        if "%2F" in raw_query.upper():
            self.violations.append(f"blob sent with an encoded '/': {raw_query}")
        key = (request.query.get("bucket", ""), request.query.get("blob", ""))
        data = self.files.get(key)
        if data is None:
            return _envelope("0003", "Resource does not exist", None)
        return web.Response(body=data, content_type=_image_type(data))

    async def _record(self, request: web.Request) -> web.Response | None:
        """Record the request; answer 0401 to a wrong key, as the searches do."""
        async with self._arrivals:
            self.requests.append(_received(request))
            self._arrivals.notify_all()
        if request.headers.get("Authorization") != self.owner.api_key:
            return _envelope("0401", "Unauthorized: invalid api key", None)
        return None

    def _check_download_rate(self) -> None:
        now = time.monotonic()
        self._download_times.append(now)
        while self._download_times and now - self._download_times[0] >= 60:
            self._download_times.popleft()
        if len(self._download_times) > DOWNLOADS_PER_MINUTE:
            self.violations.append(f"{len(self._download_times)} downloads within 60 s")


def _received(request: web.Request) -> ReceivedRequest:
    from tests.fakes.memories_api import ReceivedRequest

    return ReceivedRequest(
        path=request.path,
        headers=CIMultiDictProxy(CIMultiDict(request.headers)),
        fields=dict(request.query),
        file_name=None,
        file_content_type=None,
        file_bytes=None,
        received_at=time.monotonic(),
    )


def _image_type(data: bytes) -> str:
    if data.startswith(b"\x89PNG"):
        return "image/png"
    return "image/webp" if data[8:12] == b"WEBP" else "image/jpeg"


def _envelope(code: str, msg: str, data: object) -> web.Response:
    ok = code == "0000"
    return _json(200, {"code": code, "msg": msg, "data": data, "success": ok, "failed": not ok})


def _json(status: int, body: Mapping[str, object]) -> web.Response:
    return web.json_response(dict(body), status=status, content_type=_JSON)
