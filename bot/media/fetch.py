"""Downloading images without trusting the other end: capped in bytes and time, and, for links
people paste, never into the bot's own machine or private network (SSRF).

Two entry points. `download_capped` is for URLs Discord itself hands over (attachments): it caps the
size and the time and nothing else. `SafeUrlFetcher` is for user-supplied links: on top of the caps
it allows only http(s), refuses credentials in the link, resolves the host and refuses it unless
every address is public, and follows redirects by hand, checking each hop the same way.

Checking addresses before connecting leaves a gap: the name can resolve differently a moment later
(DNS rebinding). The session given to `SafeUrlFetcher` closes it by using
`make_guarded_connector()` (`public_addresses.py`), whose resolver drops non-public addresses at
connection time. aiohttp never passes IP-literal hosts (`http://10.0.0.1/`) to a resolver, which
is why the fetcher checks those itself on every hop. Keep `trust_env` off on that session: a proxy
would resolve names itself.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from http import HTTPStatus
from typing import Protocol

import aiohttp
from aiohttp.abc import AbstractResolver
from yarl import URL

from bot.core.errors import UserFacingError
from bot.core.images.image_check import Subject, file_subject, size_text
from bot.core.images.image_formats import ACCEPT_HEADER
from bot.core.language import Text
from bot.media.public_addresses import (
    BlockedAddressError,
    IPAddress,
    is_public_address,
    parse_address,
)

CHUNK_SIZE = 256 * 1024
MAX_URL_LENGTH = 2048
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# Ask for formats the search accepts, so content negotiation does not pick AVIF or JPEG XL.
_REQUEST_HEADERS = {"Accept": ACCEPT_HEADER}


class ImageFetchError(UserFacingError):
    """A download failed or was refused; the message says which, naming the file or link."""


# --- capped, timed downloads ------------------------------------------------------------------


_LINK = "error-subject-link"


def _refusal(message_id: str, subject: Subject, *, detail: str = "") -> ImageFetchError:
    """The download refused with `message_id`'s sentence about `subject`."""
    return ImageFetchError(Text(message_id, subject=subject), detail=detail)


def _too_large(subject: Subject, max_bytes: int, size: int | None) -> ImageFetchError:
    limit = size_text(max_bytes)
    if size is None:
        return ImageFetchError(Text("error-download-larger-than", subject=subject, limit=limit))
    return ImageFetchError(
        Text("error-file-too-large", subject=subject, size=size_text(size), limit=limit)
    )


class ChunkSink(Protocol):
    """Where a download's bytes go as they arrive (memory, or `bot.media.spool`)."""

    async def write(self, chunk: bytes) -> None: ...


class _BytesSink:
    def __init__(self) -> None:
        self.chunks: list[bytes] = []

    async def write(self, chunk: bytes) -> None:
        self.chunks.append(chunk)


async def _read_capped(
    response: aiohttp.ClientResponse, max_bytes: int, subject: Subject, sink: ChunkSink
) -> None:
    """Pass the body to `sink`, stopping the moment it passes `max_bytes` whatever the headers
    claimed. The connection is dropped, not drained."""
    if response.content_length is not None and response.content_length > max_bytes:
        raise _too_large(subject, max_bytes, response.content_length)
    received = 0
    async for chunk in response.content.iter_chunked(CHUNK_SIZE):
        received += len(chunk)
        if received > max_bytes:
            raise _too_large(subject, max_bytes, None)
        await sink.write(chunk)


def _require_success(response: aiohttp.ClientResponse, subject: Subject) -> None:
    if 200 <= response.status < 300:
        return
    try:
        answer = f"{response.status} ({HTTPStatus(response.status).phrase})"
    except ValueError:
        answer = str(response.status)
    raise ImageFetchError(
        Text("error-download-status", subject=subject, status=answer),
        detail=f"HTTP {response.status} from {response.url}",
    )


@asynccontextmanager
async def _download_errors(subject: Subject, seconds: float) -> AsyncIterator[None]:
    """Bound the whole block by `seconds` and turn network failures into sentences."""
    try:
        async with asyncio.timeout(seconds):
            yield
    except TimeoutError:
        raise _refusal("error-download-timeout", subject) from None
    except aiohttp.ClientConnectorError as error:
        raise _connection_refused(subject, error) from error
    except aiohttp.ClientPayloadError as error:
        raise _refusal("error-download-cut-off", subject, detail=repr(error)) from error
    except aiohttp.ClientError as error:
        raise _unreachable(subject, error) from error


def _connection_refused(subject: Subject, error: aiohttp.ClientConnectorError) -> ImageFetchError:
    if isinstance(error.os_error, BlockedAddressError):
        return _private_address(subject)
    if isinstance(error, aiohttp.ClientConnectorDNSError):
        return _unknown_site(subject)
    return _unreachable(subject, error)


def _unreachable(subject: Subject, error: Exception) -> ImageFetchError:
    return _refusal("error-download-unreachable", subject, detail=repr(error))


def _unknown_site(subject: Subject) -> ImageFetchError:
    return _refusal("error-download-unknown-site", subject)


def _private_address(subject: Subject) -> ImageFetchError:
    return _refusal("error-download-private-address", subject)


async def download_capped(
    session: aiohttp.ClientSession,
    url: str,
    *,
    max_bytes: int,
    timeout: float,  # noqa: ASYNC109 - the agreed API: one deadline for connect, headers and body
    name: str,
) -> bytes:
    """Download a URL Discord gave us (an attachment), within `max_bytes` and `timeout` seconds.

    `name` is the file name to mention in errors (untrusted: it is escaped here).
    """
    sink = _BytesSink()
    await download_capped_into(session, url, sink, max_bytes=max_bytes, timeout=timeout, name=name)
    return b"".join(sink.chunks)


async def download_capped_into(
    session: aiohttp.ClientSession,
    url: str,
    sink: ChunkSink,
    *,
    max_bytes: int,
    timeout: float,  # noqa: ASYNC109 - as in download_capped
    name: str,
) -> None:
    """`download_capped`, passing the bytes to `sink` as they arrive instead of holding them."""
    subject = file_subject(name)
    async with (
        _download_errors(subject, timeout),
        session.get(url, headers=_REQUEST_HEADERS) as response,
    ):
        _require_success(response, subject)
        await _read_capped(response, max_bytes, subject, sink)


# --- user-supplied links ----------------------------------------------------------------------


def _parse_web_url(text: str, subject: Subject) -> URL:
    """Accept an http(s) link as people paste it (surrounding spaces and <...> are fine)."""
    cleaned = text.strip().removeprefix("<").removesuffix(">")
    if len(cleaned) > MAX_URL_LENGTH:
        raise ImageFetchError(
            Text("error-link-too-long-max", subject=subject, limit=MAX_URL_LENGTH)
        )
    try:
        url = URL(cleaned)
    except ValueError:
        raise _refusal("error-link-invalid", subject) from None
    _check_url_parts(url, subject)
    return url


def _check_url_parts(url: URL, subject: Subject) -> None:
    if url.scheme not in ("http", "https"):
        raise _refusal("error-link-not-web", subject)
    if not url.raw_host:
        raise _refusal("error-link-no-site", subject)
    if "@" in (url.raw_authority or ""):
        raise _refusal("error-link-credentials", subject)
    if len(str(url)) > MAX_URL_LENGTH:
        raise _refusal("error-link-too-long", subject)


class SafeUrlFetcher:
    """Fetches images from links people paste, refusing to reach private networks.

    `session` must be a session of its own whose connector comes from
    `make_guarded_connector(allow_private=...)` (same setting), without `trust_env`: the checks
    here cover IP-literal hosts and each redirect hop; the connector covers names that change
    their answer between the check and the connection. `allow_private=True` is for tests and
    self-hosted setups only. `resolver` replaces the system resolver for the pre-connection check
    (tests use it to simulate DNS without the internet).
    """

    def __init__(
        self,
        session: aiohttp.ClientSession,
        *,
        allow_private: bool,
        max_bytes: int,
        timeout: float,
        max_redirects: int = 3,
        resolver: AbstractResolver | None = None,
    ) -> None:
        self._session = session
        self._allow_private = allow_private
        self._max_bytes = max_bytes
        self._timeout = timeout
        self._max_redirects = max_redirects
        self._resolver = resolver

    def validate_url(self, url: str) -> str:
        """The link, normalised, if it is one the fetcher will try; raises ImageFetchError if not.

        Cheap and offline, so commands call it before deferring.
        """
        return str(_parse_web_url(url, file_subject(url, _LINK)))

    async def fetch(self, url: str) -> bytes:
        """Download the image a link points to, following at most `max_redirects` redirects."""
        sink = _BytesSink()
        await self.fetch_into(url, sink)
        return b"".join(sink.chunks)

    async def fetch_into(self, url: str, sink: ChunkSink) -> None:
        """`fetch`, passing the bytes to `sink` as they arrive instead of holding them."""
        subject = file_subject(url, _LINK)
        current = _parse_web_url(url, subject)
        async with _download_errors(subject, self._timeout):
            await self._follow(current, subject, sink)

    async def _follow(self, url: URL, subject: Subject, sink: ChunkSink) -> None:
        hop_subject = subject
        for _ in range(self._max_redirects + 1):
            await self._check_host(url, hop_subject)
            async with self._session.get(
                url, allow_redirects=False, headers=_REQUEST_HEADERS
            ) as response:
                if response.status not in REDIRECT_STATUSES:
                    _require_success(response, subject)
                    await _read_capped(response, self._max_bytes, subject, sink)
                    return
                url = _redirect_target(response, subject)
            target = file_subject(str(url), _LINK)
            hop_subject = Text("error-subject-redirect", link=subject, target=target)
            _check_url_parts(url, hop_subject)
        raise ImageFetchError(
            Text("error-link-redirect-loop", subject=subject, limit=self._max_redirects)
        )

    async def _check_host(self, url: URL, subject: Subject) -> None:
        """Refuse the hop unless every address its host resolves to is public."""
        if self._allow_private:
            return
        addresses = await self._resolve(url.raw_host or "", url.port or 0, subject)
        if not addresses or not all(map(is_public_address, addresses)):
            raise _private_address(subject)

    async def _resolve(self, host: str, port: int, subject: Subject) -> list[IPAddress]:
        literal = parse_address(host)
        if literal is not None:
            return [literal]
        try:
            hosts = await self._lookup(host, port)
        except BlockedAddressError:
            raise _private_address(subject) from None
        except OSError:
            raise _unknown_site(subject) from None
        return [address for address in map(parse_address, hosts) if address is not None]

    async def _lookup(self, host: str, port: int) -> list[str]:
        if self._resolver is not None:
            results = await self._resolver.resolve(host, port, family=socket.AF_UNSPEC)
            return [result["host"] for result in results]
        loop = asyncio.get_running_loop()
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        return [str(info[4][0]) for info in infos]


def _redirect_target(response: aiohttp.ClientResponse, subject: Subject) -> URL:
    location = response.headers.get("Location")
    if not location:
        raise _refusal("error-link-redirect-nowhere", subject)
    try:
        return response.url.join(URL(location))
    except ValueError:
        raise _refusal("error-link-redirect-invalid", subject) from None
