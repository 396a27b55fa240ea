"""What the bot says, in the reader's language (Project Fluent, `bot/locales/*.ftl`).

The whole API:

- `Text(message_id, **args)`: something to say, decided by the core without knowing the reader.
- `words_for(locale) -> Words`: the catalogue in the language a Discord locale reads
  (`bot.discord.language` gives it for an interaction or a server).
- `words.say(text_or_id, **args) -> str`: the sentence; falls back to English, never raises.
  `words.listed(items)`: a list as the language writes it (`A, B und C`).
- `english()`: the words in English (logs, the terminal).
"""

from bot.core.language.catalogue import (
    ENGLISH,
    LANGUAGES,
    Catalogue,
    catalogue,
    english,
    language_for,
    language_name,
    words_for,
)
from bot.core.language.text import Arg, Text
from bot.core.language.words import Words

__all__ = [
    "ENGLISH",
    "LANGUAGES",
    "Arg",
    "Catalogue",
    "Text",
    "Words",
    "catalogue",
    "english",
    "language_for",
    "language_name",
    "words_for",
]
