"""The catalogue (`bot/locales/*.ftl`): every language says everything English says, with the
same variables, in valid Fluent; `python -m bot languages check` says what a file lacks; the
files ship with the installed package."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from bot.core.language import LANGUAGES
from bot.core.language.catalogue import LOCALES
from bot.core.language.check import check_all, check_language

REPO = Path(__file__).resolve().parents[1]
SECTIONS = ["commands", "answers", "errors", "usage-history", "settings", "modlog-watch"]
ENGLISH = """## commands
hello = Hello { $name }!
plain = Plain.
"""


def test_the_six_languages_are_there_english_first() -> None:
    assert LANGUAGES == ("en", "de", "es-ES", "fr", "ja", "pt-BR")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_says_what_english_says_with_the_same_variables(language: str) -> None:
    [findings] = check_all((language,))

    assert findings.lines() == []


def test_every_file_has_the_teams_sections_in_order_each_with_a_comment() -> None:
    for language in LANGUAGES:
        lines = (LOCALES / f"{language}.ftl").read_text(encoding="utf-8").splitlines()
        headers = [line.removeprefix("## ") for line in lines if line.startswith("## ")]
        assert headers == SECTIONS, language
        for index, line in enumerate(lines):
            if line.startswith("## "):
                assert all(comment.startswith("# ") for comment in lines[index + 1 : index + 4])


def _write(directory: Path, language: str, source: str) -> None:
    (directory / f"{language}.ftl").write_text(source, encoding="utf-8")


def test_the_check_finds_missing_extra_mismatched_and_broken_messages(tmp_path: Path) -> None:
    _write(tmp_path, "en", ENGLISH)
    _write(tmp_path, "de", "## commands\nhello = Hallo { $nom }!\nextra = Zu viel.\nbad = { x\n")

    findings = check_language("de", tmp_path)

    assert findings.missing == ["plain"]
    assert findings.extra == ["extra"]
    assert findings.mismatched == [
        "variables differ: hello: English uses $name, this $nom",
    ]
    [syntax_error] = findings.problems
    assert syntax_error.startswith("syntax error")
    assert "bad = { x" in syntax_error
    assert not findings.ok


def test_the_check_finds_sections_out_of_order(tmp_path: Path) -> None:
    _write(tmp_path, "en", ENGLISH + "## errors\n")
    _write(tmp_path, "de", "## errors\n## commands\nhello = Hallo { $name }!\nplain = Schlicht.\n")

    assert check_language("de", tmp_path).problems == [
        "sections ['errors', 'commands'] are not English's ['commands', 'errors']"
    ]


def test_the_command_prints_each_language_and_succeeds_when_complete(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["languages", "check"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed == [f"{language}: complete" for language in LANGUAGES]


def test_the_command_refuses_a_language_without_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["languages", "check", "de", "it"]) == 2
    assert "No bot/locales/it.ftl" in capsys.readouterr().err


def test_the_language_files_are_installed_with_the_package(tmp_path: Path) -> None:
    """Builds the package as pip would (setuptools' build_py) and looks at what it holds."""
    build = ["build", "--build-lib", str(tmp_path / "lib"), "--build-base", str(tmp_path / "b")]
    subprocess.run(  # noqa: S603 - our own interpreter running setuptools on this repository
        [sys.executable, "-c", "from setuptools import setup; setup()", "-q", *build],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    installed = tmp_path / "lib" / "bot"
    assert sorted(p.name for p in (installed / "locales").glob("*.ftl")) == sorted(
        f"{language}.ftl" for language in LANGUAGES
    )
    assert (installed / "core" / "language" / "catalogue.py").is_file()
    assert (installed / "store" / "migrations" / "0001_guild_settings.sql").is_file()
