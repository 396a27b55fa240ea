"""Where a query image comes from, as the core sees it (no Discord, no HTTP client)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ImageSource:
    """Where one query image comes from. `name` is untrusted (a file name or a link)."""

    name: str
    url: str
    from_discord: bool
    declared_size: int | None = None
    content_type: str | None = None
