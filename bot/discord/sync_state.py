"""Small durable key-value state of the Discord adapter: the hash of the last command sync.

A JSON file in DATA_DIR (`state.json`), written atomically.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path


class JsonStateStore:
    """String keys to string values in one JSON file; a missing or unreadable file is empty."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def get(self, key: str) -> str | None:
        value = self._read().get(key)
        return value if isinstance(value, str) else None

    def set(self, key: str, value: str) -> None:
        state = self._read()
        state[key] = value
        self._write(state)

    def _read(self) -> dict[str, object]:
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return loaded if isinstance(loaded, dict) else {}

    def _write(self, state: dict[str, object]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(dir=self.path.parent, prefix=".state-")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(state, handle, indent=2, sort_keys=True)
        Path(temp_name).replace(self.path)
