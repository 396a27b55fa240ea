"""Reading the settings table (`bot/config/settings.py`) from an environment, failing fast.

Every problem is collected and reported together in one message a person can act on. The table's
ordinary settings are read in one loop; the few the table marks `special` are read here: the two
required secrets, the database's location, and shard ids, which depend on the shard count.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

from dotenv import load_dotenv

from bot.config.settings import DATABASE_FILE_NAME, SETTING_FIELDS, Settings, rule_of
from bot.config.values import Secret

T = TypeVar("T")


class ConfigError(Exception):
    """Raised with every invalid or missing setting named, one per line."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        lines = "\n".join(f"  - {problem}" for problem in problems)
        super().__init__(f"findvideo cannot start; fix these settings (see .env.example):\n{lines}")


class _Reader:
    """Reads typed values from an environment mapping, collecting every problem on the way."""

    def __init__(self, env: Mapping[str, str]) -> None:
        self.env = env
        self.problems: list[str] = []

    def raw(self, name: str) -> str | None:
        value = self.env.get(name, "").strip()
        return value or None

    def required(self, name: str, hint: str) -> str:
        value = self.raw(name)
        if value is None:
            self.problems.append(f"{name} is missing: {hint}")
        return value or ""

    def parsed(self, name: str, default: T, parse: Callable[[str], T], expected: str) -> T:
        value = self.raw(name)
        if value is None:
            return default
        try:
            return parse(value)
        except ValueError:
            self.problems.append(f"{name}={value!r} is invalid: expected {expected}")
            return default


def _default(name: str) -> object:
    return Settings.__dataclass_fields__[name].default


def _read_table(reader: _Reader) -> dict[str, object]:
    """Every setting the table says how to parse."""
    values: dict[str, object] = {}
    for field in SETTING_FIELDS:
        rule = rule_of(field)
        if rule.parse is not None:
            values[field.name] = reader.parsed(rule.env, field.default, rule.parse, rule.expected)
    return values


def _read_secrets(reader: _Reader, *, need_discord: bool) -> dict[str, object]:
    key_hint = rule_of(Settings.__dataclass_fields__["memories_api_key"]).expected
    token_hint = rule_of(Settings.__dataclass_fields__["discord_token"]).expected
    key = reader.required("MEMORIES_API_KEY", key_hint)
    token = reader.required("DISCORD_TOKEN", token_hint) if need_discord else None
    return {
        "memories_api_key": Secret(key),
        "discord_token": Secret(token) if token is not None else _default("discord_token"),
    }


def _database_url(reader: _Reader) -> Secret | None:
    """DATABASE_URL, checked without ever repeating it (it may hold a password)."""
    text = reader.raw("DATABASE_URL")
    if text is None or text.startswith("sqlite:///"):
        return None if text is None else Secret(text)
    parts = urlsplit(text)
    if parts.scheme in {"postgresql", "postgres"} and parts.hostname and len(parts.path) > 1:
        return Secret(text)
    expected = rule_of(Settings.__dataclass_fields__["database_url"]).expected
    reader.problems.append(
        f"DATABASE_URL is invalid (not shown: it may hold a password): expected {expected}"
    )
    return None


def _read_storage(reader: _Reader) -> dict[str, object]:
    """DATA_DIR; DATABASE_URL: a PostgreSQL URL (kept secret: it holds a password), or a
    sqlite:/// URL, which is the same as DATABASE_PATH; neither: DATA_DIR/findvideo.db."""
    data_dir = Path(reader.raw("DATA_DIR") or str(_default("data_dir")))
    database = reader.raw("DATABASE_PATH")
    path = Path(database) if database else data_dir / DATABASE_FILE_NAME
    url = _database_url(reader)
    if url is not None and url.reveal().startswith("sqlite:///"):
        path, url = Path(url.reveal().removeprefix("sqlite:///")), None
    return {"data_dir": data_dir, "database_path": path, "database_url": url}


def _check_shards(reader: _Reader, values: Mapping[str, object]) -> None:
    shard_ids, shard_count = values["shard_ids"], values["shard_count"]
    if not isinstance(shard_ids, tuple):
        return
    if not isinstance(shard_count, int) or max(shard_ids) >= shard_count:
        reader.problems.append(
            f"SHARD_IDS={reader.raw('SHARD_IDS')!r} needs SHARD_COUNT set above its largest id"
        )


def load_settings(env: Mapping[str, str], *, need_discord: bool = True) -> Settings:
    """Validate `env` into Settings, or raise ConfigError naming every problem.

    `need_discord=False` is for the command-line search, which needs only the memories.ai key.
    """
    reader = _Reader(env)
    values = {
        **_read_secrets(reader, need_discord=need_discord),
        **_read_table(reader),
        **_read_storage(reader),
    }
    _check_shards(reader, values)
    if reader.problems:
        raise ConfigError(reader.problems)
    return Settings(**values)  # type: ignore[arg-type]


def load_settings_from_environment(*, need_discord: bool = True) -> Settings:
    """Load `.env` from the working directory (real environment variables win), then validate.

    The working directory, not a search upwards from this file: what is read is what the operator
    sees where they started the bot.
    """
    load_dotenv(Path.cwd() / ".env", override=False)
    return load_settings(os.environ, need_discord=need_discord)
