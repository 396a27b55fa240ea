"""What a search looks in: the libraries memories.ai offers, and the scopes a user can pick."""

from __future__ import annotations

import enum
import re

NAMESPACE_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,64}")
"""Private-library namespaces we accept (the API documents no rule; a Discord server id fits)."""


class Library(enum.Enum):
    """One searchable video library."""

    TIKTOK = "TIKTOK"
    YOUTUBE = "YOUTUBE"
    INSTAGRAM = "INSTAGRAM"
    PRIVATE = "PRIVATE"

    @property
    def label(self) -> str:
        return _LIBRARY_LABELS[self]

    @property
    def is_public(self) -> bool:
        return self is not Library.PRIVATE


_LIBRARY_LABELS = {
    Library.TIKTOK: "TikTok",
    Library.YOUTUBE: "YouTube",
    Library.INSTAGRAM: "Instagram",
    Library.PRIVATE: "Server library",
}


class SearchScope(enum.Enum):
    """A user's choice of where to look; `all` fans out to the three public libraries."""

    TIKTOK = "tiktok"
    YOUTUBE = "youtube"
    INSTAGRAM = "instagram"
    ALL_PUBLIC = "all"
    PRIVATE = "private"

    @property
    def label(self) -> str:
        return _SCOPE_LABELS.get(self) or self.libraries[0].label

    @property
    def libraries(self) -> tuple[Library, ...]:
        return _SCOPE_LIBRARIES[self]


_SCOPE_LABELS = {
    # Scopes of one public library are named after it; these two say more than their libraries.
    SearchScope.ALL_PUBLIC: "All public platforms",
    SearchScope.PRIVATE: "This server's video library",
}

_SCOPE_LIBRARIES = {
    SearchScope.TIKTOK: (Library.TIKTOK,),
    SearchScope.YOUTUBE: (Library.YOUTUBE,),
    SearchScope.INSTAGRAM: (Library.INSTAGRAM,),
    SearchScope.ALL_PUBLIC: (Library.TIKTOK, Library.YOUTUBE, Library.INSTAGRAM),
    SearchScope.PRIVATE: (Library.PRIVATE,),
}
