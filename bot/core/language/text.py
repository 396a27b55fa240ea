"""`Text`: something the bot says, named by its message id, before anyone chose a language.

The core builds a `Text` where it decides *what* to say (an error, a notice, a title) and the
adapter that knows *who* reads it renders it with their `Words`. Arguments are plain values
(third-party text as `str`, never translated), numbers (formatted for the reader's language),
datetimes, another `Text` (rendered in the same language first), or a tuple of texts and strs
(listed as the language lists: `A, B und C`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TypeAlias

Arg: TypeAlias = "str | int | float | datetime | Text | tuple[Text | str, ...]"
"""What a message's `$variable` may be given."""


class Text:
    """A message id of the catalogue (`bot/locales/en.ftl`) with its named arguments.

    `Text("error-unexpected")`, `Text("answer-found", count=3, title=video_title)`.
    Numbers are formatted for the reader (`1.234` in German): pass ids, channel and user
    snowflakes and Discord timestamps as `str`, never as `int`.
    """

    __slots__ = ("args", "message_id")

    def __init__(self, message_id: str, /, **args: Arg) -> None:
        self.message_id = message_id
        self.args: Mapping[str, Arg] = args

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Text):
            return NotImplemented
        return (self.message_id, dict(self.args)) == (other.message_id, dict(other.args))

    def __hash__(self) -> int:
        return hash(self.message_id)

    def __str__(self) -> str:
        """The text in English, for logs."""
        from bot.core.language.catalogue import english  # noqa: PLC0415 - catalogue imports Text

        return english().say(self)

    def __repr__(self) -> str:
        shown = "".join(f", {name}={value!r}" for name, value in self.args.items())
        return f"Text({self.message_id!r}{shown})"
