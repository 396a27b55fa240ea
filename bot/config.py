"""Settings: read once from the environment (and `.env`), typed, validated, failing fast.

Every problem is collected and reported together in one message a person can act on. Secrets are
wrapped in `Secret` so they never show up in a repr, a log line or a traceback.
"""

from __future__ import annotations

import ipaddress
import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

from dotenv import load_dotenv

from bot.core.scope import NAMESPACE_PATTERN, SearchScope

T = TypeVar("T")

DEFAULT_MEMORIES_BASE_URL = "https://api.memories.ai/serve/api/v1"
API_MAX_IMAGE_BYTES = 20 * 1024 * 1024
DATABASE_FILE_NAME = "findvideo.db"


class Secret:
    """A string that hides itself: `str()`/`repr()` never reveal it, only `reveal()` does."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('********')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


class ConfigError(Exception):
    """Raised with every invalid or missing setting named, one per line."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        lines = "\n".join(f"  - {problem}" for problem in problems)
        super().__init__(f"findvideo cannot start; fix these settings (see .env.example):\n{lines}")


@dataclass(frozen=True)
class Settings:
    """Everything the bot reads from its environment. See `.env.example` for each one."""

    memories_api_key: Secret
    discord_token: Secret | None = None
    memories_api_base_url: str = DEFAULT_MEMORIES_BASE_URL
    memories_max_rps: float = 1.0
    memories_unique_id: str = "default"
    dm_private_library: bool = False
    memories_request_timeout: float = 10.0
    memories_retry_budget: float = 60.0
    memories_connect_timeout: float = 5.0
    memories_failure_budget: float = 15.0
    memories_breaker_failures: int = 5
    memories_breaker_cooldown: float = 30.0
    discord_api_base_url: str | None = None
    discord_gateway_url: str | None = None
    dev_guild_id: int | None = None
    log_level: str = "INFO"
    default_platform: SearchScope = SearchScope.TIKTOK
    default_min_match: int = 85
    default_results: int = 5
    confident_match: int = 88
    max_image_bytes: int = API_MAX_IMAGE_BYTES
    download_timeout: float = 15.0
    search_timeout: float = 300.0
    queue_notice_seconds: float = 5.0
    allow_private_urls: bool = False
    data_dir: Path = field(default_factory=lambda: Path("data"))
    database_path: Path = field(default_factory=lambda: Path("data") / DATABASE_FILE_NAME)
    database_url: Secret | None = None
    """DATABASE_URL as given (None: the SQLite file at `database_path`); see `database_location`."""
    database_pool_size: int = 10
    default_cooldown: int = 3
    default_daily_budget: int = 0
    clip_frames: int = 3
    max_clip_bytes: int = 25 * 1024 * 1024
    max_clip_seconds: float = 60.0
    decode_workers: int = 2
    decode_seconds: float = 4.0
    keyframe_downloads_per_minute: int = 12
    evidence_pause_seconds: float = 600.0
    keyframe_cache_size: int = 500
    watch_enabled: bool = False
    watch_queue_size: int = 200
    watch_min_image_size: tuple[int, int] = (200, 200)
    watch_load_seconds: float = 15.0
    watch_budget_share: int = 50
    redis_url: Secret | None = None
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None
    http_port: int | None = None
    http_host: str = "127.0.0.1"
    log_format: str = "text"
    shutdown_timeout: float = 30.0
    cache_ttl_hours: float = 24.0
    history_days: int = 30
    image_memory_days: int = 90

    @property
    def database_location(self) -> Path | str:
        """What `open_database` opens: the PostgreSQL URL, or the SQLite file's path."""
        if self.database_url is None:
            return self.database_path
        return self.database_url.reveal()

    def secrets(self) -> list[str]:
        """The secret values, for log redaction."""
        found = [self.memories_api_key.reveal(), _url_password(self.database_url)]
        if self.discord_token is not None:
            found.append(self.discord_token.reveal())
        if self.redis_url is not None:
            found.append(self.redis_url.reveal())
        return [value for value in found if value]


def _url_password(url: Secret | None) -> str:
    return (urlsplit(url.reveal()).password or "") if url is not None else ""


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


def _number_in(low: float, high: float) -> Callable[[str], float]:
    def parse(text: str) -> float:
        number = float(text)
        if not low <= number <= high:
            raise ValueError(text)
        return number

    return parse


def _integer_in(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        number = int(text)
        if not low <= number <= high:
            raise ValueError(text)
        return number

    return parse


def _http_url(text: str) -> str:
    parts = urlsplit(text)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise ValueError(text)
    return text.rstrip("/")


def _websocket_url(text: str) -> str:
    parts = urlsplit(text)
    if parts.scheme not in {"ws", "wss"} or not parts.netloc:
        raise ValueError(text)
    return text


def _boolean(text: str) -> bool:
    lowered = text.lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ValueError(text)


def _log_level(text: str) -> str:
    level = text.upper()
    if level not in logging.getLevelNamesMapping():
        raise ValueError(text)
    return level


def _namespace(text: str) -> str:
    if not NAMESPACE_PATTERN.fullmatch(text):
        raise ValueError(text)
    return text


def _scope(text: str) -> SearchScope:
    return SearchScope(text.lower())


def _snowflake(text: str) -> int:
    return _integer_in(1, 2**64 - 1)(text)


def _read_memories(reader: _Reader) -> dict[str, object]:
    return {
        "memories_api_key": Secret(
            reader.required("MEMORIES_API_KEY", "your memories.ai API key (sk-mavi-...)")
        ),
        "memories_api_base_url": reader.parsed(
            "MEMORIES_API_BASE_URL", DEFAULT_MEMORIES_BASE_URL, _http_url, "an http(s) URL"
        ),
        "memories_max_rps": reader.parsed(
            "MEMORIES_MAX_RPS", 1.0, _number_in(0.01, 100), "requests per second, 0.01 to 100"
        ),
        "memories_unique_id": reader.parsed(
            "MEMORIES_UNIQUE_ID", "default", _namespace, "1-64 letters, digits, '-' or '_'"
        ),
        "dm_private_library": reader.parsed("DM_PRIVATE_LIBRARY", False, _boolean, "true or false"),
        "memories_request_timeout": reader.parsed(
            "MEMORIES_REQUEST_TIMEOUT", 10.0, _number_in(1, 600), "seconds, 1 to 600"
        ),
        "memories_retry_budget": reader.parsed(
            "MEMORIES_RETRY_BUDGET", 60.0, _number_in(0, 600), "seconds, 0 to 600"
        ),
    }


def _read_memories_failures(reader: _Reader) -> dict[str, object]:
    """How quickly the bot gives up on a broken memories.ai, and for how long it stops asking."""
    return {
        "memories_connect_timeout": reader.parsed(
            "MEMORIES_CONNECT_TIMEOUT", 5.0, _number_in(0.5, 60), "seconds, 0.5 to 60"
        ),
        "memories_failure_budget": reader.parsed(
            "MEMORIES_FAILURE_BUDGET", 15.0, _number_in(1, 600), "seconds, 1 to 600"
        ),
        "memories_breaker_failures": reader.parsed(
            "MEMORIES_BREAKER_FAILURES", 5, _integer_in(1, 1000), "a whole number, 1 to 1000"
        ),
        "memories_breaker_cooldown": reader.parsed(
            "MEMORIES_BREAKER_COOLDOWN", 30.0, _number_in(1, 3600), "seconds, 1 to 3600"
        ),
    }


def _read_search(reader: _Reader) -> dict[str, object]:
    scopes = ", ".join(scope.value for scope in SearchScope)
    return {
        "default_platform": reader.parsed(
            "DEFAULT_PLATFORM", SearchScope.TIKTOK, _scope, f"one of {scopes}"
        ),
        "default_min_match": reader.parsed(
            "DEFAULT_MIN_MATCH", 85, _integer_in(50, 100), "a whole percentage, 50 to 100"
        ),
        "default_results": reader.parsed(
            "DEFAULT_RESULTS", 5, _integer_in(1, 10), "a whole number, 1 to 10"
        ),
        "confident_match": reader.parsed(
            "CONFIDENT_MATCH", 88, _integer_in(50, 100), "a whole percentage, 50 to 100"
        ),
        "max_image_bytes": reader.parsed(
            "MAX_IMAGE_BYTES",
            API_MAX_IMAGE_BYTES,
            _integer_in(1024, API_MAX_IMAGE_BYTES),
            f"bytes, 1024 to {API_MAX_IMAGE_BYTES} (the API's own limit)",
        ),
        "download_timeout": reader.parsed(
            "DOWNLOAD_TIMEOUT", 15.0, _number_in(1, 120), "seconds, 1 to 120"
        ),
        "search_timeout": reader.parsed(
            "SEARCH_TIMEOUT", 300.0, _number_in(10, 840), "seconds, 10 to 840"
        ),
        "queue_notice_seconds": reader.parsed(
            "QUEUE_NOTICE_SECONDS", 5.0, _number_in(0, 600), "seconds, 0 to 600"
        ),
        "allow_private_urls": reader.parsed("ALLOW_PRIVATE_URLS", False, _boolean, "true or false"),
        "default_cooldown": reader.parsed(
            "DEFAULT_COOLDOWN", 3, _integer_in(0, 100), "searches per user per minute, 0 to 100"
        ),
        "default_daily_budget": reader.parsed(
            "DEFAULT_DAILY_BUDGET", 0, _integer_in(0, 1_000_000), "API calls, 0 to 1000000"
        ),
    }


def _read_bot(reader: _Reader, *, need_discord: bool) -> dict[str, object]:
    token = reader.required("DISCORD_TOKEN", "the bot token from the Discord developer portal")
    return {
        "discord_token": Secret(token) if need_discord else None,
        "discord_api_base_url": reader.parsed(
            "DISCORD_API_BASE_URL", None, _http_url, "an http(s) URL"
        ),
        "discord_gateway_url": reader.parsed(
            "DISCORD_GATEWAY_URL", None, _websocket_url, "a ws:// or wss:// URL"
        ),
        "dev_guild_id": reader.parsed("DEV_GUILD_ID", None, _snowflake, "a server (guild) id"),
        "log_level": reader.parsed("LOG_LEVEL", "INFO", _log_level, "DEBUG, INFO, WARNING, ERROR"),
        **_read_storage(reader),
    }


def _database_url(reader: _Reader) -> Secret | None:
    """DATABASE_URL, checked without ever repeating it (it may hold a password)."""
    text = reader.raw("DATABASE_URL")
    if text is None or text.startswith("sqlite:///"):
        return None if text is None else Secret(text)
    parts = urlsplit(text)
    if parts.scheme in {"postgresql", "postgres"} and parts.hostname and len(parts.path) > 1:
        return Secret(text)
    reader.problems.append(
        "DATABASE_URL is invalid (not shown: it may hold a password): expected"
        " postgresql://user:password@host:port/database or sqlite:///path/to/file.db"
    )
    return None


def _read_database(reader: _Reader, data_dir: Path) -> dict[str, object]:
    """DATABASE_URL: a PostgreSQL URL (kept secret: it holds a password), or a sqlite:/// URL,
    which is the same as DATABASE_PATH; neither: DATA_DIR/findvideo.db."""
    database = reader.raw("DATABASE_PATH")
    path = Path(database) if database else data_dir / DATABASE_FILE_NAME
    url = _database_url(reader)
    if url is not None and url.reveal().startswith("sqlite:///"):
        path, url = Path(url.reveal().removeprefix("sqlite:///")), None
    return {
        "database_path": path,
        "database_url": url,
        "database_pool_size": reader.parsed(
            "DATABASE_POOL_SIZE", 10, _integer_in(1, 100), "connections, 1 to 100"
        ),
    }


def _read_storage(reader: _Reader) -> dict[str, object]:
    data_dir = Path(reader.raw("DATA_DIR") or "data")
    return {
        "data_dir": data_dir,
        **_read_database(reader, data_dir),
        "cache_ttl_hours": reader.parsed(
            "CACHE_TTL_HOURS", 24.0, _number_in(0, 8760), "hours, 0 (no cache) to 8760"
        ),
        "history_days": reader.parsed(
            "HISTORY_DAYS", 30, _integer_in(1, 3650), "whole days, 1 to 3650"
        ),
        "image_memory_days": reader.parsed(
            "IMAGE_MEMORY_DAYS", 90, _integer_in(1, 3650), "whole days, 1 to 3650"
        ),
    }


def _read_evidence(reader: _Reader) -> dict[str, object]:
    """GIF/video input, and the links and keyframes completing an answer (issue 8)."""
    return {
        "clip_frames": reader.parsed("CLIP_FRAMES", 3, _integer_in(1, 10), "a whole number, 1-10"),
        "max_clip_bytes": reader.parsed(
            "MAX_CLIP_BYTES", 25 * 1024 * 1024, _integer_in(1024, 200 * 1024 * 1024), "bytes"
        ),
        "max_clip_seconds": reader.parsed(
            "MAX_CLIP_SECONDS", 60.0, _number_in(1, 600), "seconds, 1 to 600"
        ),
        "decode_workers": reader.parsed(
            "DECODE_WORKERS", 2, _integer_in(1, 16), "a whole number, 1-16"
        ),
        "decode_seconds": reader.parsed(
            "DECODE_SECONDS", 4.0, _number_in(1, 60), "seconds, 1 to 60"
        ),
        "keyframe_downloads_per_minute": reader.parsed(
            "KEYFRAME_DOWNLOADS_PER_MINUTE", 12, _integer_in(0, 12), "0 to 12 (the API's limit)"
        ),
        "evidence_pause_seconds": reader.parsed(
            "EVIDENCE_PAUSE_SECONDS", 600.0, _number_in(0, 86400), "seconds, 0 to 86400"
        ),
        "keyframe_cache_size": reader.parsed(
            "KEYFRAME_CACHE_SIZE", 500, _integer_in(0, 100_000), "a whole number of keyframes"
        ),
    }


def _image_size(text: str) -> tuple[int, int]:
    width, separator, height = text.lower().partition("x")
    if not separator:
        raise ValueError(text)
    size = (int(width), int(height))
    if not all(1 <= side <= 10_000 for side in size):
        raise ValueError(text)
    return size


def _read_watch(reader: _Reader) -> dict[str, object]:
    return {
        "watch_enabled": reader.parsed("WATCH_ENABLED", False, _boolean, "true or false"),
        "watch_queue_size": reader.parsed(
            "WATCH_QUEUE_SIZE", 200, _integer_in(1, 100_000), "a whole number, 1 to 100000"
        ),
        "watch_min_image_size": reader.parsed(
            "WATCH_MIN_IMAGE_SIZE", (200, 200), _image_size, "WIDTHxHEIGHT in pixels, e.g. 200x200"
        ),
        "watch_load_seconds": reader.parsed(
            "WATCH_LOAD_SECONDS", 15.0, _number_in(1, 600), "seconds, 1 to 600"
        ),
        "watch_budget_share": reader.parsed(
            "WATCH_BUDGET_SHARE", 50, _integer_in(0, 100), "a whole percentage, 0 to 100"
        ),
    }


def _redis_url(text: str) -> Secret:
    if urlsplit(text).scheme not in {"redis", "rediss", "unix"}:
        raise ValueError(text)
    return Secret(text)


def _shard_ids(text: str) -> tuple[int, ...]:
    ids = tuple(int(part) for part in text.split(","))
    if len(set(ids)) != len(ids) or min(ids) < 0:
        raise ValueError(text)
    return ids


def _read_scale(reader: _Reader) -> dict[str, object]:
    shard_count = reader.parsed(
        "SHARD_COUNT", None, _integer_in(1, 65535), "a whole number of shards, 1 to 65535"
    )
    shard_ids = reader.parsed(
        "SHARD_IDS", None, _shard_ids, "distinct shard numbers separated by commas, e.g. 0,1"
    )
    if shard_ids is not None and (shard_count is None or max(shard_ids) >= shard_count):
        reader.problems.append(
            f"SHARD_IDS={reader.raw('SHARD_IDS')!r} needs SHARD_COUNT set above its largest id"
        )
    return {
        "redis_url": reader.parsed(
            "REDIS_URL", None, _redis_url, "a redis://, rediss:// or unix:// URL"
        ),
        "shard_count": shard_count,
        "shard_ids": shard_ids,
        **_read_operations(reader),
    }


def _read_operations(reader: _Reader) -> dict[str, object]:
    return {
        "http_port": reader.parsed("HTTP_PORT", None, _integer_in(1, 65535), "a port, 1 to 65535"),
        "http_host": reader.parsed(
            "HTTP_HOST", "127.0.0.1", _listen_host, "an IP address to listen on, e.g. 127.0.0.1"
        ),
        "log_format": reader.parsed("LOG_FORMAT", "text", _log_format, "text or json"),
        "shutdown_timeout": reader.parsed(
            "SHUTDOWN_TIMEOUT", 30.0, _number_in(0, 600), "seconds, 0 to 600"
        ),
    }


def _listen_host(text: str) -> str:
    return str(ipaddress.ip_address(text.strip()))


def _log_format(text: str) -> str:
    if text.lower() not in {"text", "json"}:
        raise ValueError(text)
    return text.lower()


def load_settings(env: Mapping[str, str], *, need_discord: bool = True) -> Settings:
    """Validate `env` into Settings, or raise ConfigError naming every problem.

    `need_discord=False` is for the command-line search, which needs only the memories.ai key.
    """
    reader = _Reader(env if need_discord else {**env, "DISCORD_TOKEN": "unused"})
    values = {
        **_read_memories(reader),
        **_read_memories_failures(reader),
        **_read_search(reader),
        **_read_bot(reader, need_discord=need_discord),
        **_read_evidence(reader),
        **_read_watch(reader),
        **_read_scale(reader),
    }
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
