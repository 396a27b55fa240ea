"""Errors that carry a sentence meant for the person who ran a command.

Nothing here imports discord: the core raises these, and the Discord layer (or the command line)
decides how to show them.
"""

from __future__ import annotations

from typing import ClassVar


class UserFacingError(Exception):
    """An error whose message is safe to show to the user exactly as it is.

    `user_message` is a complete, friendly sentence with no secrets in it. `detail` is for the
    operator's log only (it may name upstream codes, but never the API key).
    """

    def __init__(self, user_message: str, *, detail: str = "") -> None:
        super().__init__(user_message)
        self.user_message = user_message
        self.detail = detail

    def __str__(self) -> str:
        return self.user_message


class SearchBackendError(UserFacingError):
    """A video library could not be searched (the backend's adapter says why, in words).

    The search service catches this per library, so one failing platform never hides the others.
    `already_logged`: the cause was logged once where it arose (an open circuit breaker), so each
    search it refuses is not worth a warning of its own.
    """

    already_logged: ClassVar[bool] = False
    operator_side: ClassVar[bool] = False
    """Only the bot's operator can fix it (credits, the API key, the service down): moderators
    are told once per outage in the mod-log, members are told it is not theirs to fix."""
    operator_notice: ClassVar[str] = ""
    """What the mod-log is told, for an operator-side error."""
