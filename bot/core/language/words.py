"""`Words`: the catalogue in one reader's language, saying a `Text` (or a message id) as a str.

Never raises: a message this language lacks, or one that fails to format (a missing variable, a
wrong type), is said in English instead (as well as English can: Fluent shows a missing variable
as its name), and logged once per language and message. A message English lacks too is shown as
its id, so a typo is visible but breaks nothing.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from datetime import datetime

from babel import Locale
from babel.lists import format_list
from fluent.runtime import FluentBundle

from bot.core.language.text import Arg, Text

log = logging.getLogger(__name__)

FluentValue = str | int | float | datetime
FluentArgs = dict[str, FluentValue]
SAYINGS_KEPT = 1024
"""Formatted messages kept per language: Fluent's resolver and Babel's number formatting are
pure Python, and an answer says the same platform names, percentages, moments and button labels
over and over (a title makes a new one; the oldest are dropped)."""
_reported: set[tuple[str, str]] = set()


def _report_once(language: str, message_id: str, problem: str) -> None:
    if (language, message_id) in _reported:
        return
    _reported.add((language, message_id))
    log.warning("language %s, message %s: %s; saying it in English", language, message_id, problem)


class Words:
    """What the bot says, in one language: `words.say(Text(...))` or `words.say("id", n=2)`."""

    def __init__(self, language: str, bundle: FluentBundle, english: FluentBundle) -> None:
        self.language = language
        """The catalogue's language these words are in (`en`, `de`, `es-ES`, …)."""
        self._bundle, self._english = bundle, english
        self._said = functools.lru_cache(maxsize=SAYINGS_KEPT)(self._formatted_or_english)

    def say(self, text: Text | str, /, **args: Arg) -> str:
        """The message in this language; `text` a `Text`, or a message id with its arguments."""
        if isinstance(text, Text):
            return self.say(text.message_id, **text.args, **args)
        values = tuple((name, type(value), value) for name, value in self._values(args))
        return self._said(text, values)  # the type too: 1, 1.0 and True are equal keys

    def _values(self, args: dict[str, Arg]) -> list[tuple[str, FluentValue]]:
        return [(name, self._value(arg)) for name, arg in args.items()]

    def _formatted_or_english(
        self, text: str, arguments: tuple[tuple[str, type, FluentValue], ...]
    ) -> str:
        values = {name: value for name, _, value in arguments}
        said, problem = _formatted(self._bundle, text, values)
        if problem is None and said is not None:
            return said
        _report_once(self.language, text, problem or "no such message")
        fallback, _ = _formatted(self._english, text, values)
        return text if fallback is None else fallback

    def listed(self, items: Sequence[str]) -> str:
        """`items` as this language lists them: `A, B and C`, `A, B und C`, `A、B、C`."""
        return format_list(list(items), locale=Locale.parse(self.language, sep="-"))

    def _value(self, arg: Arg) -> FluentValue:
        if isinstance(arg, tuple):
            return self.listed([self.say(item) if isinstance(item, Text) else item for item in arg])
        return self.say(arg) if isinstance(arg, Text) else arg


def _formatted(
    bundle: FluentBundle, message_id: str, args: FluentArgs
) -> tuple[str | None, str | None]:
    """The formatted message (None: the bundle has none) and what went wrong, if anything."""
    message = bundle.get_message(message_id) if bundle.has_message(message_id) else None
    if message is None or message.value is None:
        return None, "no such message"
    said, errors = bundle.format_pattern(message.value, args)
    return str(said), f"cannot be formatted ({errors[0]!r})" if errors else None
