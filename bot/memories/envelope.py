"""What comes back from memories.ai, read: the body within a cap, the JSON envelope
`{"code", "msg", "data"}`, and each non-success code or transport failure as its typed
`MemoriesError` (retryable or not). Excerpts of upstream text are short and printable; the client
(bot/memories/client.py) scrubs its key from a body before any excerpt is taken.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

import aiohttp

from bot.core.hits import Hit
from bot.memories.errors import (
    BadRequestError,
    MemoriesError,
    MisconfiguredError,
    OutOfCreditsError,
    RateLimitedError,
    UpstreamUnavailableError,
)
from bot.memories.models import SUCCESS_CODE, normalise_code, parse_hits

_SNIPPET_CHARS = 200
_MISCONFIGURED_CODES = frozenset({"0401", "0403", "9009"})


async def read_capped(response: aiohttp.ClientResponse, max_bytes: int) -> bytes:
    """The body, refusing one larger than `max_bytes` without reading it all into memory (a
    runaway or never-ending body must not grow the process until the timeout)."""
    chunks, size = [], 0
    async for chunk in response.content.iter_chunked(64 * 1024):
        size += len(chunk)
        if size > max_bytes:
            detail = f"HTTP {response.status}, body over {max_bytes} bytes, not read"
            raise UpstreamUnavailableError(detail=detail)
        chunks.append(chunk)
    return b"".join(chunks)


def interpret_envelope(status: int, body: bytes) -> object:
    """The `data` of a successful envelope; any other answer raises the matching error."""
    if status == 429:
        raise RateLimitedError(code="0429", detail=f"HTTP 429: {_snippet(body)}")
    envelope = decode_envelope(status, body)
    code = normalise_code(envelope.get("code"))
    if code == SUCCESS_CODE and 200 <= status < 300:
        return envelope.get("data")
    raise error_for_code(code, f"HTTP {status}, code {code}: {_snippet(envelope.get('msg'))}")


def interpret_response(status: int, body: bytes) -> list[Hit]:
    """The hits of a successful answer; any other answer raises the matching `MemoriesError`."""
    if status == 429:
        raise RateLimitedError(code="0429", retryable=True, detail=f"HTTP 429: {_snippet(body)}")
    if status >= 500:
        raise UpstreamUnavailableError(retryable=True, detail=f"HTTP {status}: {_snippet(body)}")
    envelope = decode_envelope(status, body)
    code = normalise_code(envelope.get("code"))
    if code == SUCCESS_CODE and 200 <= status < 300:
        return parse_hits(envelope.get("data"))
    raise error_for_code(code, f"HTTP {status}, code {code}: {_snippet(envelope.get('msg'))}")


def decode_envelope(status: int, body: bytes) -> Mapping[str, object]:
    """The JSON envelope `{"code": ..., "msg": ..., "data": ...}`; anything else is an error."""
    try:
        envelope = json.loads(body)
    except ValueError:  # UnicodeDecodeError and JSONDecodeError are both ValueErrors
        envelope = None
    if not isinstance(envelope, dict) or normalise_code(envelope.get("code")) is None:
        detail = f"HTTP {status}, not the API's JSON envelope: {_snippet(body)}"
        raise UpstreamUnavailableError(detail=detail)
    return envelope


def error_for_code(code: str | None, detail: str) -> MemoriesError:
    """The typed error for an envelope's non-success `code`."""
    if code in _MISCONFIGURED_CODES:
        return MisconfiguredError(code=code, detail=detail)
    if code == "0402":
        return OutOfCreditsError(code=code, detail=detail)
    if code == "0429":
        return RateLimitedError(code=code, retryable=True, detail=detail)
    if code in {"0001", "0003"}:
        return BadRequestError(code=code, retryable=code == "0001", detail=detail)
    return UpstreamUnavailableError(code=code, detail=f"unexpected code: {detail}")


def transport_error(exc: aiohttp.ClientError) -> UpstreamUnavailableError:
    """Dropped connections and truncated bodies are worth another try; other client errors not."""
    retryable = isinstance(exc, aiohttp.ClientConnectionError | aiohttp.ClientPayloadError)
    return UpstreamUnavailableError(retryable=retryable, detail=f"{type(exc).__name__}: {exc}")


def _snippet(value: object) -> str:
    """A short, printable excerpt of an upstream body or message for the operator's log."""
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    text = " ".join(text.split())
    return text if len(text) <= _SNIPPET_CHARS else text[: _SNIPPET_CHARS - 1] + "…"
