"""Logging for the whole process, with secrets redacted from every line.

The redaction sits on the handler, so it covers discord.py's and aiohttp's records too, including
formatted tracebacks: even a library that printed a request header could not leak a key.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable
from datetime import UTC, datetime

REDACTED = "[redacted]"


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then replaces every secret value in the finished text."""

    def __init__(self, fmt: str, secrets: Iterable[str]) -> None:
        super().__init__(fmt)
        self._secrets = sorted({s for s in secrets if len(s) >= 4}, key=len, reverse=True)

    def redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        return text

    def format(self, record: logging.LogRecord) -> str:
        return self.redact(super().format(record))


class JsonFormatter(RedactingFormatter):
    """One JSON object per line (for log collectors): time, level, logger, message, any
    structured `search` facts, and the traceback; redacted like the text format."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__("%(message)s", secrets)

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if isinstance(facts := getattr(record, "search", None), dict):
            entry["search"] = facts
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return self.redact(json.dumps(entry, default=str))


TEXT_FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"


def configure_logging(level: str, secrets: Iterable[str], log_format: str = "text") -> None:
    """One stderr handler on the root logger, at `level`, redacting `secrets`; `log_format` is
    "text" (for people) or "json" (one object per line)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        JsonFormatter(secrets) if log_format == "json" else RedactingFormatter(TEXT_FORMAT, secrets)
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.getLogger("discord.http").setLevel(max(logging.INFO, root.level))
