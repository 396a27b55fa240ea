"""Everything that can go wrong talking to memories.ai, each with the sentence a user should see.

The sentence (a catalogue `Text`, `error-api-…` in `bot/locales/`) is for the person who ran the
command: friendly, no codes, no jargon, no secrets. `detail` is for the operator's log (upstream
code, HTTP status, message), already stripped of the API key by the client. `retryable` tells the
client whether another attempt could succeed.
"""

from __future__ import annotations

from typing import ClassVar

from bot.core.errors import SearchBackendError
from bot.core.language import Text


class MemoriesError(SearchBackendError):
    """Base class: a search that could not be completed."""

    default_message: ClassVar[Text] = Text("error-api-failed")

    def __init__(
        self,
        user_message: str | Text | None = None,
        *,
        code: str | None = None,
        retryable: bool = False,
        detail: str = "",
    ) -> None:
        super().__init__(user_message or self.default_message, detail=detail)
        self.code = code
        self.retryable = retryable

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(code={self.code!r}, retryable={self.retryable!r}, "
            f"detail={self.detail!r})"
        )


class MisconfiguredError(MemoriesError):
    """The API rejected the bot itself: invalid key (0401), disabled account (0403), no permission
    (9009). Only the operator can fix it; the client logs the details at ERROR."""

    operator_side = True
    default_message = Text("error-api-misconfigured")
    operator_notice = Text("error-outage-misconfigured")


class OutOfCreditsError(MemoriesError):
    """The account has no credits left (0402)."""

    operator_side = True
    default_message = Text("error-api-out-of-credits")
    operator_notice = Text("error-outage-out-of-credits")


class RateLimitedError(MemoriesError):
    """Still rate limited (0429 / HTTP 429) when the client's patience ran out
    (`RetryPolicy.rate_limit_patience`)."""

    default_message = Text("error-api-busy")


class BadRequestError(MemoriesError):
    """The request was refused as invalid (0003, or 0001 after retries), or was never sent."""

    default_message = Text("error-api-bad-image")


NOT_ANSWERING = Text("error-api-not-answering")
DOWN_NOTICE = Text("error-outage-down")


class UpstreamUnavailableError(MemoriesError):
    """No usable answer: 5xx, a body that is not the API's JSON envelope, an unknown code, or no
    connection at all. `code` is None unless an envelope came (with an unexpected code)."""

    operator_side = True
    default_message = NOT_ANSWERING
    operator_notice = DOWN_NOTICE


class UpstreamTimeoutError(MemoriesError):
    """The API did not answer completely within the request timeout."""

    operator_side = True
    default_message = NOT_ANSWERING
    operator_notice = DOWN_NOTICE


def retry_text(seconds: float) -> Text:
    """The not-answering sentence with the time the bot will try the service again."""
    wait = max(int(seconds + 0.999), 1)
    if wait < 90:
        return Text("error-api-not-answering-seconds", seconds=wait)
    return Text("error-api-not-answering-minutes", minutes=(wait + 59) // 60)


class CircuitOpenError(UpstreamUnavailableError):
    """Not even tried: the API failed repeatedly just now and the circuit breaker is open."""

    already_logged = True
