"""Errors that carry a sentence meant for the person who ran a command.

Nothing here imports discord: the core raises these, and the Discord layer (or the command line)
decides how to show them.
"""

from __future__ import annotations

from typing import ClassVar

from bot.core.language import Text, Words, english


class UserFacingError(Exception):
    """An error whose message is safe to show to the user exactly as it is.

    Raise it with a `Text` (a catalogue message, said in the reader's language by `said_in`) or,
    in code not converted yet, an English str. `user_message` is the sentence in English (logs,
    the terminal): complete, friendly, with no secrets in it. `detail` is for the operator's log
    only (it may name upstream codes, but never the API key).
    """

    def __init__(self, user_message: str | Text, *, detail: str = "") -> None:
        self.text = user_message if isinstance(user_message, Text) else None
        if isinstance(user_message, Text):
            user_message = english().say(user_message)
        super().__init__(user_message)
        self.user_message = user_message
        self.detail = detail

    def said_in(self, words: Words) -> str:
        """The sentence in `words`' language (an English str stays as it is)."""
        return self.user_message if self.text is None else words.say(self.text)

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
    operator_notice: ClassVar[Text | None] = None
    """What the mod-log is told, for an operator-side error."""
