"""Command names and descriptions in the member's language: discord.py's `Translator`, backed
by the catalogue.

No cog changes for this: every name and description the tree syncs is looked up by an id derived
from where it sits, `command-<qualified name>-name` / `-description`, an option's
`command-<command>-<option>-name` / `-description`, a choice's `command-choice-<English name>`
(choices are shared between commands). English is the decorators' own text (Discord's default);
`bot/locales/en.ftl` repeats it for translators, and a test keeps the two equal. A name that reads
the same in every language (a language's own name) is made with `same_everywhere`.
"""

from __future__ import annotations

from discord import Locale, app_commands
from discord.app_commands import TranslationContextLocation as Where

from bot.core.language import ENGLISH, Words, catalogue, language_for
from bot.core.language.choices import choice_text
from bot.core.language.choices import slug as _slug

_NAMED = (Where.command_name, Where.group_name, Where.parameter_name)


def same_everywhere(name: str) -> app_commands.locale_str:
    """A choice name left as it is in every language (a language's own name: `Deutsch`)."""
    return app_commands.locale_str(name, same_everywhere=True)


def choice_name(words: Words, english: str) -> str:
    """A command choice's name (`All public platforms`) as `words`' language shows it."""
    return words.say(choice_text(english))


def _owner(context: app_commands.TranslationContextTypes) -> str:
    """The command, group or option the string belongs to, as an id part."""
    data = context.data
    if isinstance(data, app_commands.Parameter):
        return f"{_slug(data.command.qualified_name)}-{_slug(data.name)}"
    if isinstance(data, app_commands.Command | app_commands.Group | app_commands.ContextMenu):
        return _slug(data.qualified_name)
    return _slug(str(data))


def command_message_id(
    string: app_commands.locale_str, context: app_commands.TranslationContextTypes
) -> str:
    """The catalogue id of a string the command tree syncs."""
    if context.location is Where.choice_name:
        return f"command-choice-{_slug(string.message)}"
    if context.location is Where.other:
        return f"command-{_slug(string.message)}"
    part = "name" if context.location in _NAMED else "description"
    return f"command-{_owner(context)}-{part}"


class CatalogueTranslator(app_commands.Translator):
    """Gives Discord every command string in each catalogue language but English (the default).

    Discord locales that read another catalogue language get it too (`es-419` reads `es-ES`);
    a locale without a language of its own gets nothing, so Discord shows the default.
    """

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        language = language_for(locale.value)
        if language == ENGLISH or string.extras.get("same_everywhere"):
            return None
        return catalogue().translation(language, command_message_id(string, context))
