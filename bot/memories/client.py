"""The memories.ai image search client: one request shape, bounded retries, typed errors.

Every attempt (retries included) first takes a permit from the shared rate limiter, because the
account allows 1 request per second across everything. Back-off waits happen outside the limiter:
a retry re-enters the queue behind whoever is already waiting, and never holds a place in it.

Two kinds of trouble get two kinds of patience (`RetryPolicy`). Rate limiting (0429 / HTTP 429)
passes: it is retried with jittered exponential back-off with generous patience, and the person
waiting is told why (`bot.core.waiting`). A broken upstream (5xx, HTML or other non-envelope
bodies, reset or stalled connections, timeouts) gets a short effort, a few attempts within a few
seconds, so the user hears "memories.ai is not answering" quickly. A `CircuitBreaker` shared by the
process remembers the breakage for everyone: while it is open, searches fail at once without a
call. Everything else fails at once with a `MemoriesError` subclass that carries a sentence for the
user. The API key only ever travels in the `Authorization` header: it is scrubbed from every error
detail and log line.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping
from contextlib import contextmanager
from decimal import Decimal
from pathlib import PurePosixPath
from urllib.parse import quote

import aiohttp
import yarl

from bot.core.breaker import CircuitBreaker, Ticket
from bot.core.evidence.video_details import VideoDetail
from bot.core.hits import Hit, KeyframeRef
from bot.core.images.image_formats import ALLOWED_IMAGE_EXTENSIONS
from bot.core.language import Text
from bot.core.ports import Lane
from bot.core.scope import Library
from bot.core.waiting import report_wait
from bot.memories.details import parse_video_detail
from bot.memories.envelope import (
    interpret_envelope,
    interpret_response,
    read_capped,
    transport_error,
)
from bot.memories.errors import (
    BadRequestError,
    CircuitOpenError,
    MemoriesError,
    MisconfiguredError,
    RateLimitedError,
    UpstreamTimeoutError,
    UpstreamUnavailableError,
    retry_text,
)
from bot.memories.models import (
    MAX_IMAGE_BYTES,
    UNIQUE_ID_PATTERN,
    ImageUpload,
)
from bot.memories.ratelimit import RateLimiter
from bot.memories.retry import RetryPlan, RetryPolicy
from bot.memories.upload import ImagePayload

_log = logging.getLogger(__name__)

PUBLIC_SEARCH_ENDPOINT = "search_public_similar_images"
VIDEO_DETAIL_ENDPOINT = "get_public_video_detail"
DOWNLOAD_ENDPOINT = "download"
MAX_KEYFRAME_BYTES = 8 * 1024 * 1024
"""A keyframe is a single still; anything bigger is not one (downloads are billed by the byte)."""
PRIVATE_SEARCH_ENDPOINT = "search_similar_images"
MAX_RESPONSE_BYTES = 4 * 1024 * 1024
"""A search answer is a few KB (a real one with 29 hits: 9 KB); more is a runaway body."""
_REDACTED = "<redacted>"


class MemoriesClient:
    """Searches memories.ai's public and private video libraries for frames like an image; also
    the core's `EvidenceSource` (a video's page, a matched keyframe).

    Its searches queue in `lane` of the shared limiter (the watch's client: `Lane.WATCH`, behind
    every person's search), its evidence calls in the evidence lane."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        *,
        api_key: str,
        base_url: str,
        limiter: RateLimiter,
        lane: Lane = Lane.SEARCH,
        policy: RetryPolicy | None = None,
        breaker: CircuitBreaker | None = None,
        random: Callable[[], float] = random.random,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not api_key:
            raise ValueError("api_key must not be empty")
        self._session = session
        self._api_key = api_key
        self._base_url = base_url.rstrip("/")
        self._limiter = limiter
        self._lane = lane
        self.policy = policy or RetryPolicy()
        self.breaker = breaker
        self._random = random
        self._sleep = sleep
        self._clock = clock

    def __repr__(self) -> str:
        return f"MemoriesClient(base_url={self._base_url!r}, api_key='<hidden>')"

    async def search_public(
        self, image: ImageUpload, *, library: Library, similarity: float
    ) -> list[Hit]:
        """Hits from the public TikTok / YouTube / Instagram library with score >= `similarity`."""
        if not isinstance(library, Library) or not library.is_public:
            raise BadRequestError(
                Text("error-api-library-unsupported"), detail=f"unknown library {library!r}"
            )
        fields = {"type": library.value, "similarity": similarity_field(similarity)}
        return await self._search(PUBLIC_SEARCH_ENDPOINT, image, fields)

    async def search_private(
        self, image: ImageUpload, *, unique_id: str, similarity: float
    ) -> list[Hit]:
        """Hits from the account's own videos in namespace `unique_id`, score >= `similarity`."""
        check_unique_id(unique_id)
        fields = {"unique_id": unique_id, "similarity": similarity_field(similarity)}
        return await self._search(PRIVATE_SEARCH_ENDPOINT, image, fields)

    async def _search(
        self, endpoint: str, image: ImageUpload, fields: Mapping[str, str]
    ) -> list[Hit]:
        check_image(image)
        plan = RetryPlan(self.policy, clock=self._clock, random=self._random)
        while True:
            try:
                return await self._attempt(endpoint, image, fields, plan)
            except MemoriesError as error:
                await self._back_off_or_raise(endpoint, error, plan)

    async def _attempt(
        self, endpoint: str, image: ImageUpload, fields: Mapping[str, str], plan: RetryPlan
    ) -> list[Hit]:
        self._refuse_if_open()
        await self._limiter.acquire(self._lane)
        ticket = self._admit()
        plan.sent()
        with self._judged(ticket):
            form = build_form(image, fields)
            status, body = await self._send_once(endpoint, form, plan.attempt_timeout())
            hits = interpret_response(status, body)
        _log.debug("memories.ai %s attempt %d: %d hits", endpoint, plan.count, len(hits))
        return hits

    def _refuses(self) -> bool:
        return self.breaker is not None and self.breaker.refuses()

    def _refuse_if_open(self) -> None:
        """Fail at once, before queueing, while the breaker says the API is down."""
        if self.breaker is not None and self.breaker.refuses():
            wait = self.breaker.retry_in
            raise CircuitOpenError(retry_text(wait), detail=f"circuit open, probe in {wait:.0f} s")

    def _admit(self) -> Ticket | None:
        """The breaker's ticket for this attempt (it may have opened while we queued)."""
        if self.breaker is None:
            return None
        ticket = self.breaker.admit()
        if ticket is None:
            raise CircuitOpenError(detail="circuit opened while this request was queued")
        return ticket

    @contextmanager
    def _judged(self, ticket: Ticket | None) -> Iterator[None]:
        """Tell the breaker how the attempt went: any answer in the API's protocol proves it up."""
        if ticket is None or self.breaker is None:
            yield
            return
        try:
            yield
        except MemoriesError as error:
            if is_outage(error):
                self.breaker.failed(ticket)
            else:
                self.breaker.succeeded(ticket)
            raise
        except BaseException:
            self.breaker.abandoned(ticket)
            raise
        self.breaker.succeeded(ticket)

    def _timeout(self, total: float) -> aiohttp.ClientTimeout:
        return aiohttp.ClientTimeout(total=total, sock_connect=self.policy.connect_timeout)

    async def _send_once(
        self, endpoint: str, form: aiohttp.FormData, timeout_seconds: float
    ) -> tuple[int, bytes]:
        """One HTTP exchange; transport failures become `MemoriesError`s."""
        timeout = self._timeout(timeout_seconds)
        headers = {"Authorization": self._api_key}
        url = f"{self._base_url}/{endpoint}"
        try:
            async with self._session.post(
                url, data=form, headers=headers, timeout=timeout, raise_for_status=False
            ) as response:
                body = await read_capped(response, MAX_RESPONSE_BYTES)
                return response.status, self._redact_bytes(body)
        except TimeoutError:
            detail = f"no complete answer within {timeout_seconds:.1f} s"
            raise UpstreamTimeoutError(retryable=True, detail=detail) from None
        except aiohttp.ClientError as exc:
            # `from None`: the original's text (URLs, proxies' echoes) must not reach a traceback.
            raise transport_error(exc) from None

    async def _back_off_or_raise(
        self, endpoint: str, error: MemoriesError, plan: RetryPlan
    ) -> None:
        """Wait before the next attempt, telling a waiting user about a rate limit; or raise."""
        error.detail = self._redact(error.detail)
        queue_wait = self._limiter.wait_estimate(1, self._lane)
        delay = None if self._refuses() else plan.delay_after(error, queue_wait=queue_wait)
        self._log_failure(endpoint, error, plan.count, delay)
        if delay is None:
            raise error
        if isinstance(error, RateLimitedError):
            await report_wait(delay + queue_wait)
        await self._sleep(delay)

    def _log_failure(
        self, endpoint: str, error: MemoriesError, attempt: int, delay: float | None
    ) -> None:
        if isinstance(error, MisconfiguredError):
            _log.error("memories.ai rejected this bot (code %s): %s", error.code, error.detail)
        if isinstance(error, CircuitOpenError):
            _log.debug("memories.ai %s not called: %s", endpoint, error.detail)
            return
        outcome = "giving up" if delay is None else f"retrying in {delay:.2f} s"
        failure = f"{type(error).__name__} ({error.detail})"
        _log.info("memories.ai %s attempt %d failed: %s; %s", endpoint, attempt, failure, outcome)

    async def video_detail(self, video_no: str) -> VideoDetail:
        """The page (`EvidenceSource`); a video the API refuses by name (0003) has no page: an
        empty detail, kept like any other, so only a failing endpoint makes the caller stop
        asking."""
        try:
            return await self.get_public_video_detail(video_no)
        except BadRequestError as error:
            _log.info("memories.ai has no details for %s: %s", video_no, error.detail)
            return VideoDetail(video_no)

    async def keyframe(self, ref: KeyframeRef) -> bytes:
        """A matched keyframe's file (`EvidenceSource`)."""
        return await self.download(ref.bucket, ref.blob)

    async def get_public_video_detail(self, video_no: str) -> VideoDetail:
        """The page of public video `video_no` (one request, evidence lane, no retries: the
        caller treats any failure as "no links for a while")."""
        params = {"video_no": video_no}
        status, _, body = await self._get_once(VIDEO_DETAIL_ENDPOINT, params, MAX_RESPONSE_BYTES)
        data = interpret_envelope(status, body)
        return parse_video_detail(video_no, data)

    async def download(
        self, bucket: str, blob: str, *, max_bytes: int = MAX_KEYFRAME_BYTES
    ) -> bytes:
        """The stored file at `bucket`/`blob` (a matched keyframe); one request, evidence lane.

        A JSON answer is an error ("Resource does not exist", "Insufficient balance ...").
        """
        params = {"bucket": bucket, "blob": blob}
        status, content_type, body = await self._get_once(DOWNLOAD_ENDPOINT, params, max_bytes)
        if content_type == "application/json" or not 200 <= status < 300:
            interpret_envelope(status, body)
            raise UpstreamUnavailableError(detail=f"download answered HTTP {status} without a file")
        return body

    async def _get_once(
        self, endpoint: str, params: Mapping[str, str], max_bytes: int
    ) -> tuple[int, str, bytes]:
        """One GET of the evidence lane: (status, content type, body at most `max_bytes`).
        Not sent at all while the circuit breaker is open."""
        self._refuse_if_open()
        await self._limiter.acquire(Lane.EVIDENCE)
        timeout = self._timeout(self.policy.request_timeout)
        url = yarl.URL(f"{self._base_url}/{endpoint}?{query_string(params)}", encoded=True)
        try:
            async with self._session.get(
                url, headers={"Authorization": self._api_key}, timeout=timeout
            ) as response:
                body = await read_capped(response, max_bytes)
                return response.status, response.content_type, self._redact_bytes(body)
        except TimeoutError:
            detail = f"no complete answer within {self.policy.request_timeout:.1f} s"
            raise UpstreamTimeoutError(detail=detail) from None
        except aiohttp.ClientError as exc:
            raise transport_error(exc) from None

    def _redact(self, text: str) -> str:
        return text.replace(self._api_key, _REDACTED)

    def _redact_bytes(self, body: bytes) -> bytes:
        """Scrub the key from a body on arrival, before an excerpt could cut the key in two."""
        return body.replace(self._api_key.encode(), _REDACTED.encode())


def is_outage(error: MemoriesError) -> bool:
    """No answer in the API's protocol at all: no connection, no complete body, 5xx, HTML..."""
    outage = UpstreamUnavailableError | UpstreamTimeoutError
    return isinstance(error, outage) and error.code is None


def similarity_field(similarity: object) -> str:
    """`similarity` as the decimal string the API expects ("0.85", never "8.5e-01")."""
    if isinstance(similarity, bool) or not isinstance(similarity, int | float):
        similarity = None
    if similarity is None or not 0 <= similarity <= 1:
        raise BadRequestError(
            Text("error-api-similarity"),
            detail=f"similarity {similarity!r} is not a number in 0..1",
        )
    return format(Decimal(repr(float(similarity))), "f")


def check_unique_id(unique_id: object) -> None:
    """Private-library namespaces: 1-64 letters, digits, '-' or '_' (a server id fits)."""
    if not isinstance(unique_id, str) or not UNIQUE_ID_PATTERN.fullmatch(unique_id):
        raise BadRequestError(
            Text("error-api-library-name"),
            detail=f"unique_id {unique_id!r} is not 1-64 of [A-Za-z0-9_-]",
        )


def check_image(image: ImageUpload) -> None:
    """The API's file rules, checked here so a doomed upload costs no request."""
    problems = []
    if PurePosixPath(image.filename).suffix.lower() not in ALLOWED_IMAGE_EXTENSIONS:
        problems.append(f"extension of {image.filename!r} not allowed")
    if not image.content_type.lower().startswith("image/"):
        problems.append(f"content type {image.content_type!r} is not image/*")
    if not 0 < image.size <= MAX_IMAGE_BYTES:
        problems.append(f"size {image.size} bytes not in 1..{MAX_IMAGE_BYTES}")
    if problems:
        raise BadRequestError(detail="; ".join(problems))


def build_form(image: ImageUpload, fields: Mapping[str, str]) -> aiohttp.FormData:
    """multipart/form-data: the image in part `file`, every other parameter a plain field.

    The image streams from where it is kept (`ImagePayload`), a chunk at a time: no copy of it is
    made per request, per library or per retry.
    """
    form = aiohttp.FormData()
    payload = ImagePayload(image.content, image.size, content_type=image.content_type)
    form.add_field("file", payload, filename=image.filename, content_type=image.content_type)
    for name, value in fields.items():
        form.add_field(name, value)
    return form


def query_string(params: Mapping[str, str]) -> str:
    """`key=value&...` with values percent-encoded except `/`: the API wants a blob such as
    `frames/abc.jpg` as it is, not `frames%2Fabc.jpg`."""
    return "&".join(f"{key}={quote(value, safe='/')}" for key, value in params.items())
