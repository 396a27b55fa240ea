"""Secrets never reach a log line; small state survives restarts and damage."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.discord.sync_state import JsonStateStore
from bot.logging_setup import REDACTED, configure_logging


@pytest.fixture
def restore_root_logging() -> object:
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    yield None
    root.handlers[:], level = saved
    root.setLevel(level)


@pytest.mark.usefixtures("restore_root_logging")
def test_secrets_are_redacted_from_every_log_line_and_traceback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    configure_logging("INFO", ["sk-mavi-topsecret", "discord.token.value"])
    library_log = logging.getLogger("aiohttp.client")

    library_log.info("sending Authorization: sk-mavi-topsecret")
    failure = ValueError("token discord.token.value rejected")
    library_log.error("failed", exc_info=(ValueError, failure, None))

    err = capsys.readouterr().err
    assert "sk-mavi-topsecret" not in err
    assert "discord.token.value" not in err
    assert err.count(REDACTED) == 2


def test_state_survives_a_new_store_on_the_same_file(tmp_path: Path) -> None:
    JsonStateStore(tmp_path / "state.json").set("command_hash:global", "abc")

    assert JsonStateStore(tmp_path / "state.json").get("command_hash:global") == "abc"


def test_a_damaged_state_file_reads_as_empty_and_is_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "state.json"
    path.parent.mkdir()
    path.write_text("{not json", encoding="utf-8")
    store = JsonStateStore(path)

    assert store.get("anything") is None
    store.set("k", "v")
    assert JsonStateStore(path).get("k") == "v"
