"""A member whose Discord runs in another language: the commands reach Discord translated (names
that keep Discord's rules), and what the bot answers them is said in their language."""

from __future__ import annotations

import re
from typing import Any

import pytest
from discord import Locale, app_commands

from bot.core.language import LANGUAGES, catalogue
from bot.discord.command_translator import command_message_id
from tests import imagegen
from tests.stack import Stack, ephemeral_error

NAME_RULE = re.compile(r"^[-_\w]{1,32}$")
DISCORD_LOCALES = {"de", "fr", "es-ES", "es-419", "pt-BR", "ja"}


def _every_command(commands: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each command, subcommand and option of a synced payload."""
    found = []
    for command in commands:
        found.append(command)
        found.extend(_every_command(command.get("options", [])))
    return found


async def test_german_names_and_descriptions_reach_discord(stack: Stack) -> None:
    [sync] = stack.discord.command_syncs
    commands = {c["name"]: c for c in sync.commands}

    findvideo = commands["findvideo"]
    assert findvideo["description_localizations"]["de"].startswith("Finde das TikTok-")
    options = {o["name"]: o for o in findvideo["options"]}
    assert options["image"]["name_localizations"]["de"] == "bild"
    assert options["min_match"]["name_localizations"]["ja"] == "最低類似度"
    assert options["platform"]["choices"][3]["name_localizations"]["de"] == (
        "Alle öffentlichen Plattformen"
    )
    menu = commands["Find source video"]
    assert menu["name_localizations"]["de"] == "Quellvideo finden"
    settings = {o["name"]: o for o in commands["findvideo-settings"]["options"]}
    assert settings["reset"]["name_localizations"]["fr"] == "réinitialiser"


async def test_latin_american_spanish_reads_spain_s_and_english_locales_get_the_default(
    stack: Stack,
) -> None:
    [sync] = stack.discord.command_syncs
    [findvideo] = [c for c in sync.commands if c["name"] == "findvideo"]
    localized = findvideo["description_localizations"]

    assert localized["es-419"] == localized["es-ES"]
    assert set(localized) == DISCORD_LOCALES


async def test_every_localized_name_and_description_keeps_discord_s_rules(stack: Stack) -> None:
    [sync] = stack.discord.command_syncs
    slash_commands = [c for c in sync.commands if c.get("type", 1) == 1]

    for item in _every_command(slash_commands):
        for locale, name in item.get("name_localizations", {}).items():
            assert NAME_RULE.match(name), (locale, name)
            assert name == name.lower(), (locale, name)
        for locale, description in item.get("description_localizations", {}).items():
            assert 1 <= len(description) <= 100, (locale, description)
        for choice in item.get("choices", []):
            assert all(len(n) <= 100 for n in choice.get("name_localizations", {}).values())


class _Recorder(app_commands.Translator):
    def __init__(self) -> None:
        self.english: dict[str, str] = {}

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        if not string.extras.get("same_everywhere"):
            self.english[command_message_id(string, context)] = string.message
        return None


async def test_english_ftl_repeats_every_command_string_exactly(stack: Stack) -> None:
    """The decorators' English is Discord's default; en.ftl must say the same, so translators
    translate what Discord shows (and a changed description shows up as a missing id)."""
    recorder = _Recorder()
    for command in stack.bot.tree.get_commands():
        await command.get_translated_payload(stack.bot.tree, recorder)

    ftl = {key: catalogue().translation("en", key) for key in recorder.english}
    assert ftl == recorder.english
    assert len(LANGUAGES) == 6


@pytest.mark.parametrize(
    ("locale", "apology"),
    [
        ("de", "Bei mir ist etwas schiefgelaufen."),
        ("ja", "こちらで問題が発生しました。"),
        ("es-419", "Algo ha fallado por mi parte."),
        ("en-GB", "Something went wrong on my side"),
    ],
)
async def test_an_unexpected_error_is_apologised_for_in_the_member_s_language(
    stack: Stack, monkeypatch: pytest.MonkeyPatch, locale: str, apology: str
) -> None:
    async def broken(guild_id: int | None) -> None:
        raise RuntimeError("the settings store broke")

    monkeypatch.setattr(stack.bot.services.guild_settings, "load", broken)
    image = stack.payloads.uploaded("q.png", imagegen.png())
    payload = stack.payloads.slash_command("findvideo", {"image": image}, locale=locale)

    record = await stack.invoke(payload)

    assert apology in ephemeral_error(record)
    assert "settings store" not in ephemeral_error(record)
