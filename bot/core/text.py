"""Making untrusted text (video titles, file names, upstream messages) safe to show.

Third-party text can hold markdown, mentions, newlines and anything else; it is escaped so it
shows as typed, cannot ping anyone even where mentions are allowed, and is cut to a length limit
without splitting an escape sequence. Plain Python, so the core can use it without discord.
"""

from __future__ import annotations

import re

ELLIPSIS = "…"
_MARKDOWN_SPECIALS = frozenset("\\*_~`|>#-[]()<")
_WHITESPACE_RUN = re.compile(r"\s+")
_ZERO_WIDTH_SPACE = "\u200b"


def _escape_char(char: str) -> str:
    if char in _MARKDOWN_SPECIALS:
        return "\\" + char
    if char == "@":
        return "@" + _ZERO_WIDTH_SPACE
    return char


def truncate(text: str, limit: int) -> str:
    """Cut `text` to at most `limit` characters, ending with an ellipsis when something was cut."""
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)] + ELLIPSIS


def untrusted_inline(text: str, limit: int) -> str:
    """One line of untrusted text: whitespace folded, markdown and mentions neutralised, at most
    `limit` characters (escapes included)."""
    folded = _WHITESPACE_RUN.sub(" ", text).strip()
    escaped = [_escape_char(char) for char in folded]
    if sum(map(len, escaped)) <= limit:
        return "".join(escaped)
    pieces: list[str] = []
    used = 0
    for piece in escaped:
        if used + len(piece) > limit - 1:
            return "".join(pieces) + ELLIPSIS
        pieces.append(piece)
        used += len(piece)
    return "".join(pieces)


_ESCAPED = re.compile(r"\\([" + re.escape("".join(sorted(_MARKDOWN_SPECIALS))) + r"])|@\u200b")


def plain_from_inline(text: str) -> str:
    """Undo `untrusted_inline`'s markdown and mention escapes, for places that show text as is
    (a terminal): there a backslash would show instead of protecting anything."""
    return _ESCAPED.sub(lambda found: found.group(1) or "@", text)


def plain_inline(text: str, limit: int) -> str:
    """One line of untrusted text for places that show no markdown (embed footers): whitespace
    folded and cut to `limit`, mentions defused."""
    folded = _WHITESPACE_RUN.sub(" ", text).strip().replace("@", "@" + _ZERO_WIDTH_SPACE)
    return truncate(folded, limit)
