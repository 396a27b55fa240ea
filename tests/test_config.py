"""Settings are validated at start, every problem named at once, secrets never shown."""

from __future__ import annotations

import re
from dataclasses import MISSING, fields
from pathlib import Path

import pytest

from bot.config import SETTING_NAMES, ConfigError, Settings, load_settings
from bot.core.scope import SearchScope

REPO = Path(__file__).resolve().parents[1]
REQUIRED = {"DISCORD_TOKEN": "discord-token-value", "MEMORIES_API_KEY": "sk-mavi-secret-value"}


def test_defaults_apply_when_only_the_required_settings_are_given() -> None:
    settings = load_settings(REQUIRED)

    assert settings.memories_api_base_url == "https://api.memories.ai/serve/api/v1"
    assert settings.memories_max_rps == 1.0
    assert settings.memories_unique_id == "default"
    assert settings.default_min_match == 85
    assert settings.default_results == 5
    assert settings.default_platform is SearchScope.TIKTOK
    assert settings.allow_private_urls is False
    assert settings.dev_guild_id is None
    assert settings.data_dir == Path("data")
    assert settings.http_host == "127.0.0.1", "health and metrics stay on this machine"
    assert settings.dm_private_library is False


def test_every_problem_is_named_in_one_error() -> None:
    env = {"MEMORIES_MAX_RPS": "fast", "DEFAULT_MIN_MATCH": "20", "DEV_GUILD_ID": "abc"}

    with pytest.raises(ConfigError) as caught:
        load_settings(env)

    message = str(caught.value)
    for name in (
        "DISCORD_TOKEN",
        "MEMORIES_API_KEY",
        "MEMORIES_MAX_RPS",
        "DEFAULT_MIN_MATCH",
        "DEV_GUILD_ID",
    ):
        assert name in message
    assert len(caught.value.problems) == 5


def test_secrets_never_appear_in_the_settings_repr() -> None:
    settings = load_settings(REQUIRED)

    assert "sk-mavi-secret-value" not in repr(settings)
    assert "discord-token-value" not in repr(settings)
    assert settings.memories_api_key.reveal() == "sk-mavi-secret-value"


def test_the_command_line_search_needs_no_discord_token() -> None:
    settings = load_settings({"MEMORIES_API_KEY": "sk-mavi-x"}, need_discord=False)

    assert settings.discord_token is None


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("MEMORIES_API_BASE_URL", "ftp://example.com"),
        ("DISCORD_API_BASE_URL", "not a url"),
        ("DEFAULT_PLATFORM", "myspace"),
        ("DEFAULT_RESULTS", "11"),
        ("MAX_IMAGE_BYTES", str(21 * 1024 * 1024)),
        ("ALLOW_PRIVATE_URLS", "perhaps"),
        ("LOG_LEVEL", "LOUD"),
        ("MEMORIES_UNIQUE_ID", "has spaces/and slashes"),
        ("HTTP_HOST", "example.com"),
        ("DM_PRIVATE_LIBRARY", "sometimes"),
    ],
)
def test_invalid_values_are_refused_with_the_setting_named(name: str, value: str) -> None:
    with pytest.raises(ConfigError, match=name):
        load_settings({**REQUIRED, name: value})


def test_values_are_parsed_to_their_types() -> None:
    settings = load_settings(
        {
            **REQUIRED,
            "MEMORIES_API_BASE_URL": "http://127.0.0.1:9000/serve/api/v1/",
            "DEFAULT_PLATFORM": "ALL",
            "ALLOW_PRIVATE_URLS": "yes",
            "DEV_GUILD_ID": "123456789012345678",
            "LOG_LEVEL": "debug",
        }
    )

    assert settings.memories_api_base_url == "http://127.0.0.1:9000/serve/api/v1"
    assert settings.default_platform is SearchScope.ALL_PUBLIC
    assert settings.allow_private_urls is True
    assert settings.dev_guild_id == 123456789012345678
    assert settings.log_level == "DEBUG"


def test_env_example_documents_every_setting() -> None:
    example = (REPO / ".env.example").read_text(encoding="utf-8")
    documented = {
        line.split("=", 1)[0]
        for line in example.splitlines()
        if "=" in line and not line.startswith("#")
    }
    assert set(SETTING_NAMES) - documented == set()


def test_the_readme_settings_table_lists_every_setting() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `([A-Z][A-Z0-9_]+)` \|", readme, flags=re.MULTILINE))
    assert set(SETTING_NAMES) - listed == set()


def test_env_example_gives_the_defaults_the_bot_uses() -> None:
    """The values .env.example shows are the defaults: loading them changes nothing."""
    example = (REPO / ".env.example").read_text(encoding="utf-8")
    shown = dict(
        line.split("=", 1)
        for line in example.splitlines()
        if "=" in line and not line.startswith("#")
    )
    assert load_settings({**shown, **REQUIRED}) == load_settings(REQUIRED)


def test_every_setting_has_one_default_in_the_table() -> None:
    for setting in fields(Settings):
        if setting.name != "memories_api_key":
            assert setting.default is not MISSING, setting.name
    assert len(set(SETTING_NAMES)) == len(SETTING_NAMES)


def test_the_database_lives_in_the_data_dir_unless_placed_elsewhere() -> None:
    assert load_settings({**REQUIRED, "DATA_DIR": "/srv/fv"}).database_path == Path(
        "/srv/fv/findvideo.db"
    )
    elsewhere = load_settings({**REQUIRED, "DATABASE_PATH": "/var/lib/fv.sqlite"})
    assert elsewhere.database_path == Path("/var/lib/fv.sqlite")
    assert elsewhere.database_location == Path("/var/lib/fv.sqlite")


def test_database_url_chooses_sqlite_or_postgresql_and_keeps_the_password_secret() -> None:
    as_url = load_settings({**REQUIRED, "DATABASE_URL": "sqlite:///data/other.db"})
    assert as_url.database_location == Path("data/other.db")
    url = "postgresql://bot:pg-password@db:5432/findvideo"
    shared = load_settings({**REQUIRED, "DATABASE_URL": url, "DATABASE_POOL_SIZE": "4"})
    assert shared.database_location == url
    assert shared.database_pool_size == 4
    assert "pg-password" in shared.secrets()
    assert "pg-password" not in repr(shared)


def test_a_wrong_database_url_is_refused_without_repeating_it() -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings({**REQUIRED, "DATABASE_URL": "mysql://bot:pg-password@db/findvideo"})

    assert "DATABASE_URL is invalid" in str(caught.value)
    assert "pg-password" not in str(caught.value)


def test_fair_use_defaults_are_validated() -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings({**REQUIRED, "DEFAULT_COOLDOWN": "-1", "DEFAULT_DAILY_BUDGET": "lots"})

    assert len(caught.value.problems) == 2
    assert load_settings(REQUIRED).default_cooldown == 3
    assert load_settings(REQUIRED).default_daily_budget == 0
