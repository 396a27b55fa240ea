"""Every setting, once: its environment variable, type, default, and what a valid value is.

`Settings` is the table. Each field is `field(default=..., metadata=rule(NAME, parse, expected))`:
the loader (`bot/config/loader.py`) reads NAME with `parse` and, when NAME is unset, keeps the
field's default (written here only); `expected` is what the error says a valid value is. A rule
without `parse` is read by the loader's own code (the required key and token, the database's
location). `.env.example` and the README's settings table document every NAME
(tests/test_config.py checks).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import Field, dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bot.config import values as v
from bot.core.scope import SearchScope

API_MAX_IMAGE_BYTES = 20 * 1024 * 1024
DATABASE_FILE_NAME = "findvideo.db"
DEFAULT_DATA_DIR = Path("data")
SCOPES = ", ".join(scope.value for scope in SearchScope)


@dataclass(frozen=True)
class Rule:
    """How the loader reads one setting: `parse` None means the loader's own code reads it."""

    env: str
    parse: Callable[[str], Any] | None
    expected: str


def rule(env: str, parse: Callable[[str], object] | None, expected: str) -> dict[str, Rule]:
    """A field's metadata: read from `env` with `parse` (None: by the loader's own code)."""
    return {"rule": Rule(env, parse, expected)}


def rule_of(setting: Field[Any]) -> Rule:
    found = setting.metadata["rule"]
    if not isinstance(found, Rule):
        raise TypeError(f"{setting.name} has no rule")
    return found


@dataclass(frozen=True)
class Settings:
    """Everything the bot reads from its environment. See `.env.example` for each one."""

    memories_api_key: v.Secret = field(
        metadata=rule("MEMORIES_API_KEY", None, "your memories.ai API key (sk-mavi-...)")
    )
    discord_token: v.Secret | None = field(
        default=None,
        metadata=rule("DISCORD_TOKEN", None, "the bot token from the Discord developer portal"),
    )
    memories_api_base_url: str = field(
        default="https://api.memories.ai/serve/api/v1",
        metadata=rule("MEMORIES_API_BASE_URL", v.http_url, "an http(s) URL"),
    )
    memories_max_rps: float = field(
        default=1.0,
        metadata=rule(
            "MEMORIES_MAX_RPS", v.number_in(0.01, 1000), "requests per second, 0.01 to 1000"
        ),
    )
    memories_unique_id: str = field(
        default="default",
        metadata=rule("MEMORIES_UNIQUE_ID", v.namespace, "1-64 letters, digits, '-' or '_'"),
    )
    dm_private_library: bool = field(
        default=False, metadata=rule("DM_PRIVATE_LIBRARY", v.boolean, "true or false")
    )
    memories_request_timeout: float = field(
        default=10.0,
        metadata=rule("MEMORIES_REQUEST_TIMEOUT", v.number_in(1, 600), "seconds, 1 to 600"),
    )
    memories_rate_limit_patience: float = field(
        default=60.0,
        metadata=rule("MEMORIES_RETRY_BUDGET", v.number_in(0, 600), "seconds, 0 to 600"),
    )
    # How quickly the bot gives up on a broken memories.ai, and for how long it stops asking.
    memories_connect_timeout: float = field(
        default=5.0,
        metadata=rule("MEMORIES_CONNECT_TIMEOUT", v.number_in(0.5, 60), "seconds, 0.5 to 60"),
    )
    memories_failure_patience: float = field(
        default=15.0,
        metadata=rule("MEMORIES_FAILURE_BUDGET", v.number_in(1, 600), "seconds, 1 to 600"),
    )
    memories_breaker_failures: int = field(
        default=5,
        metadata=rule(
            "MEMORIES_BREAKER_FAILURES", v.integer_in(1, 1000), "a whole number, 1 to 1000"
        ),
    )
    memories_breaker_cooldown: float = field(
        default=30.0,
        metadata=rule("MEMORIES_BREAKER_COOLDOWN", v.number_in(1, 3600), "seconds, 1 to 3600"),
    )
    # Discord and the process.
    discord_api_base_url: str | None = field(
        default=None, metadata=rule("DISCORD_API_BASE_URL", v.http_url, "an http(s) URL")
    )
    discord_gateway_url: str | None = field(
        default=None, metadata=rule("DISCORD_GATEWAY_URL", v.websocket_url, "a ws:// or wss:// URL")
    )
    dev_guild_id: int | None = field(
        default=None, metadata=rule("DEV_GUILD_ID", v.snowflake, "a server (guild) id")
    )
    log_level: str = field(
        default="INFO", metadata=rule("LOG_LEVEL", v.log_level, "DEBUG, INFO, WARNING, ERROR")
    )
    # Searches: what a server gets unless its moderators choose otherwise.
    default_platform: SearchScope = field(
        default=SearchScope.TIKTOK, metadata=rule("DEFAULT_PLATFORM", v.scope, f"one of {SCOPES}")
    )
    default_min_match: int = field(
        default=85,
        metadata=rule("DEFAULT_MIN_MATCH", v.integer_in(50, 100), "a whole percentage, 50 to 100"),
    )
    default_results: int = field(
        default=5, metadata=rule("DEFAULT_RESULTS", v.integer_in(1, 10), "a whole number, 1 to 10")
    )
    confident_match: int = field(
        default=88,
        metadata=rule("CONFIDENT_MATCH", v.integer_in(50, 100), "a whole percentage, 50 to 100"),
    )
    max_image_bytes: int = field(
        default=API_MAX_IMAGE_BYTES,
        metadata=rule(
            "MAX_IMAGE_BYTES",
            v.integer_in(1024, API_MAX_IMAGE_BYTES),
            f"bytes, 1024 to {API_MAX_IMAGE_BYTES} (the API's own limit)",
        ),
    )
    download_timeout: float = field(
        default=15.0, metadata=rule("DOWNLOAD_TIMEOUT", v.number_in(1, 120), "seconds, 1 to 120")
    )
    search_timeout: float = field(
        default=300.0, metadata=rule("SEARCH_TIMEOUT", v.number_in(10, 840), "seconds, 10 to 840")
    )
    queue_notice_seconds: float = field(
        default=5.0, metadata=rule("QUEUE_NOTICE_SECONDS", v.number_in(0, 600), "seconds, 0 to 600")
    )
    allow_private_urls: bool = field(
        default=False, metadata=rule("ALLOW_PRIVATE_URLS", v.boolean, "true or false")
    )
    default_cooldown: int = field(
        default=3,
        metadata=rule(
            "DEFAULT_COOLDOWN", v.integer_in(0, 100), "searches per user per minute, 0 to 100"
        ),
    )
    default_daily_budget: int = field(
        default=0,
        metadata=rule(
            "DEFAULT_DAILY_BUDGET", v.integer_in(0, 1_000_000), "API calls, 0 to 1000000"
        ),
    )
    # Storage.
    data_dir: Path = field(default=DEFAULT_DATA_DIR, metadata=rule("DATA_DIR", None, "a folder"))
    database_path: Path = field(
        default=DEFAULT_DATA_DIR / DATABASE_FILE_NAME,
        metadata=rule("DATABASE_PATH", None, "a file (default: in DATA_DIR)"),
    )
    database_url: v.Secret | None = field(
        default=None,
        metadata=rule(
            "DATABASE_URL",
            None,
            "postgresql://user:password@host:port/database or sqlite:///path/to/file.db",
        ),
    )
    """DATABASE_URL as given (None: the SQLite file at `database_path`); see `database_location`."""
    database_pool_size: int = field(
        default=10,
        metadata=rule("DATABASE_POOL_SIZE", v.integer_in(1, 100), "connections, 1 to 100"),
    )
    cache_ttl_hours: float = field(
        default=24.0,
        metadata=rule("CACHE_TTL_HOURS", v.number_in(0, 8760), "hours, 0 (no cache) to 8760"),
    )
    history_days: int = field(
        default=30, metadata=rule("HISTORY_DAYS", v.integer_in(1, 3650), "whole days, 1 to 3650")
    )
    image_memory_days: int = field(
        default=90,
        metadata=rule("IMAGE_MEMORY_DAYS", v.integer_in(1, 3650), "whole days, 1 to 3650"),
    )
    # GIF/video input, and the links and keyframes completing an answer.
    clip_frames: int = field(
        default=3, metadata=rule("CLIP_FRAMES", v.integer_in(1, 10), "a whole number, 1-10")
    )
    max_clip_bytes: int = field(
        default=25 * 1024 * 1024,
        metadata=rule("MAX_CLIP_BYTES", v.integer_in(1024, 200 * 1024 * 1024), "bytes"),
    )
    max_clip_seconds: float = field(
        default=60.0, metadata=rule("MAX_CLIP_SECONDS", v.number_in(1, 600), "seconds, 1 to 600")
    )
    decode_workers: int = field(
        default=2, metadata=rule("DECODE_WORKERS", v.integer_in(1, 16), "a whole number, 1-16")
    )
    decode_seconds: float = field(
        default=4.0, metadata=rule("DECODE_SECONDS", v.number_in(1, 60), "seconds, 1 to 60")
    )
    keyframe_downloads_per_minute: int = field(
        default=12,
        metadata=rule(
            "KEYFRAME_DOWNLOADS_PER_MINUTE", v.integer_in(0, 12), "0 to 12 (the API's limit)"
        ),
    )
    evidence_pause_seconds: float = field(
        default=600.0,
        metadata=rule("EVIDENCE_PAUSE_SECONDS", v.number_in(0, 86400), "seconds, 0 to 86400"),
    )
    keyframe_cache_size: int = field(
        default=500,
        metadata=rule(
            "KEYFRAME_CACHE_SIZE", v.integer_in(0, 100_000), "a whole number of keyframes"
        ),
    )
    # Watched channels.
    watch_enabled: bool = field(
        default=False, metadata=rule("WATCH_ENABLED", v.boolean, "true or false")
    )
    watch_queue_size: int = field(
        default=200,
        metadata=rule("WATCH_QUEUE_SIZE", v.integer_in(1, 100_000), "a whole number, 1 to 100000"),
    )
    watch_min_image_size: tuple[int, int] = field(
        default=(200, 200),
        metadata=rule("WATCH_MIN_IMAGE_SIZE", v.image_size, "WIDTHxHEIGHT in pixels, e.g. 200x200"),
    )
    watch_load_seconds: float = field(
        default=15.0, metadata=rule("WATCH_LOAD_SECONDS", v.number_in(1, 600), "seconds, 1 to 600")
    )
    watch_budget_share: int = field(
        default=50,
        metadata=rule("WATCH_BUDGET_SHARE", v.integer_in(0, 100), "a whole percentage, 0 to 100"),
    )
    # Several processes, and operations.
    redis_url: v.Secret | None = field(
        default=None,
        metadata=rule("REDIS_URL", v.redis_url, "a redis://, rediss:// or unix:// URL"),
    )
    shard_count: int | None = field(
        default=None,
        metadata=rule(
            "SHARD_COUNT", v.integer_in(1, 65535), "a whole number of shards, 1 to 65535"
        ),
    )
    shard_ids: tuple[int, ...] | None = field(
        default=None,
        metadata=rule(
            "SHARD_IDS", v.shard_ids, "distinct shard numbers separated by commas, e.g. 0,1"
        ),
    )
    http_port: int | None = field(
        default=None, metadata=rule("HTTP_PORT", v.integer_in(1, 65535), "a port, 1 to 65535")
    )
    http_host: str = field(
        default="127.0.0.1",
        metadata=rule("HTTP_HOST", v.listen_host, "an IP address to listen on, e.g. 127.0.0.1"),
    )
    log_format: str = field(
        default="text", metadata=rule("LOG_FORMAT", v.log_format, "text or json")
    )
    shutdown_timeout: float = field(
        default=30.0, metadata=rule("SHUTDOWN_TIMEOUT", v.number_in(0, 600), "seconds, 0 to 600")
    )

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


def _url_password(url: v.Secret | None) -> str:
    return (urlsplit(url.reveal()).password or "") if url is not None else ""


SETTING_FIELDS = tuple(fields(Settings))
SETTING_NAMES = tuple(rule_of(field).env for field in SETTING_FIELDS)
"""Every environment variable the bot reads, in the table's order."""
