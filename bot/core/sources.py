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
    someone_elses: bool = False
    """Another member's post (the message menu on a message the invoker did not write): the
    answer says "the clip", not "your clip"."""
