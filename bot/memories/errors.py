"""Everything that can go wrong talking to memories.ai, each with the sentence a user should see.

`user_message` is for the person who ran the command: friendly, no codes, no jargon, no secrets.
`detail` is for the operator's log (upstream code, HTTP status, message), already stripped of the
API key by the client. `retryable` tells the client whether another attempt could succeed.
"""

from __future__ import annotations

from typing import ClassVar

from bot.core.errors import SearchBackendError


class MemoriesError(SearchBackendError):
    """Base class: a search that could not be completed."""

    default_message: ClassVar[str] = "The video search failed. Please try again later."

    def __init__(
        self,
        user_message: str | None = None,
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
    default_message = (
        "This bot is misconfigured: its search service refused it. Only the bot's operator can "
        "fix that (server admins cannot); please try again later."
    )
    operator_notice = (
        "Searches are failing: the search service refuses this bot (its API key or account). "
        "Only the bot's operator can fix this; nothing in this server's settings will."
    )


class OutOfCreditsError(MemoriesError):
    """The account has no credits left (0402)."""

    operator_side = True
    default_message = (
        "This bot has used up its search credits. Only the bot's operator can add more (server "
        "admins cannot); please try again later."
    )
    operator_notice = (
        "Searches are failing: the bot's search account is out of credits. Only the bot's "
        "operator can add credits; nothing in this server's settings will."
    )


class RateLimitedError(MemoriesError):
    """Still rate limited (0429 / HTTP 429) when the retry budget ran out."""

    default_message = "The search service is busy right now; please try again in a minute."


class BadRequestError(MemoriesError):
    """The request was refused as invalid (0003, or 0001 after retries), or was never sent."""

    default_message = (
        "The search service couldn't use that image. Please try a different one "
        "(JPG, PNG, GIF, BMP or WebP, at most 20 MB)."
    )


NOT_ANSWERING = "The video search service is not answering right now; please try again in a minute."
DOWN_NOTICE = (
    "Searches are failing: the video search service is not answering. Nothing to do on this "
    "server's side; the bot's operator is warned in its logs, and searches work again by "
    "themselves once it answers."
)


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


def retry_text(seconds: float) -> str:
    """The not-answering sentence with the time the bot will try the service again."""
    wait = max(int(seconds + 0.999), 1)
    when = f"{wait} s" if wait < 90 else f"{(wait + 59) // 60} min"
    return f"The video search service is not answering right now; please try again in about {when}."


class CircuitOpenError(UpstreamUnavailableError):
    """Not even tried: the API failed repeatedly just now and the circuit breaker is open."""

    already_logged = True
