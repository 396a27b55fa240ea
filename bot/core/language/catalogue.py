"""The catalogue: every language's `.ftl` file (`bot/locales/`), loaded once, and which of them a
Discord locale reads.

A locale is matched exactly (`de`, `es-ES`, `pt-BR`), then by its language (`es-419` → `es-ES`,
`pt` → `pt-BR`, `en-GB` → `en`); anything else reads English. One catalogue serves the whole
process (`catalogue()`): it is read-only data shipped with the bot, like a constant.
"""

from __future__ import annotations

import functools
from pathlib import Path

from babel import Locale
from fluent.runtime import FluentBundle, FluentResource

from bot.core.language.words import Words

LOCALES = Path(__file__).resolve().parents[2] / "locales"
"""Where the `.ftl` files are: `bot/locales/<language>.ftl`."""
ENGLISH = "en"


def languages_in(directory: Path) -> tuple[str, ...]:
    """The languages whose files are in `directory`, English first."""
    others = sorted(path.stem for path in directory.glob("*.ftl") if path.stem != ENGLISH)
    return (ENGLISH, *others)


LANGUAGES = languages_in(LOCALES)
"""The catalogue's languages, one per `.ftl` file (adding a file adds a language), English (the
source every other file follows) first."""


def _primary(locale: str) -> str:
    return locale.replace("_", "-").split("-")[0].lower()


def language_for(locale: str | None, languages: tuple[str, ...] = LANGUAGES) -> str:
    """The catalogue language a Discord locale (`interaction.locale`) reads."""
    wanted = (locale or ENGLISH).replace("_", "-").lower()
    for language in languages:
        if language.lower() == wanted:
            return language
    return next((lang for lang in languages if _primary(lang) == _primary(wanted)), ENGLISH)


def language_name(language: str) -> str:
    """A catalogue language's name in itself (`Deutsch`, `Español (España)`, `日本語`)."""
    name = Locale.parse(language, sep="-").get_display_name(Locale.parse(language, sep="-"))
    return (name or language)[:1].upper() + (name or language)[1:]


def ftl_path(language: str, directory: Path = LOCALES) -> Path:
    return directory / f"{language}.ftl"


def _bundle(language: str, directory: Path) -> FluentBundle:
    bundle = FluentBundle([language], use_isolating=False)  # no FSI/PDI marks in Discord text
    source = ftl_path(language, directory).read_text(encoding="utf-8")
    bundle.add_resource(FluentResource(source))
    return bundle


class Catalogue:
    """Every language's bundle in `directory`, loaded once."""

    def __init__(self, directory: Path = LOCALES) -> None:
        self.languages = languages_in(directory)
        self._bundles = {language: _bundle(language, directory) for language in self.languages}
        english = self._bundles[ENGLISH]
        self._words = {name: Words(name, bundle, english) for name, bundle in self._bundles.items()}

    def words(self, locale: str | None) -> Words:
        """The words for a Discord locale (or a catalogue language); unknown ones get English.
        One `Words` per language, so what it has said stays at hand."""
        return self._words[language_for(locale, self.languages)]

    def translation(self, language: str, message_id: str) -> str | None:
        """The message as `language` itself has it (no fallback), or None: for Discord's command
        localisations, where a missing one must fall back to the command's default instead."""
        bundle = self._bundles[language]
        if not bundle.has_message(message_id):
            return None
        message = bundle.get_message(message_id)
        if message.value is None:
            return None
        said, errors = bundle.format_pattern(message.value, {})
        return None if errors else str(said)


@functools.cache
def catalogue() -> Catalogue:
    """The process's catalogue (loaded at first use)."""
    return Catalogue()


def words_for(locale: str | None) -> Words:
    """Shorthand: `catalogue().words(locale)`."""
    return catalogue().words(locale)


def english() -> Words:
    """The words in English: logs, the terminal, and `UserFacingError.user_message`."""
    return catalogue().words(ENGLISH)
