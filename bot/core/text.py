"""Making untrusted text (video titles, file names, upstream messages) safe to show.

Third-party text can hold markdown, mentions, newlines and anything else; it is escaped so it
shows as typed, cannot ping anyone even where mentions are allowed, and is cut to a length limit
without splitting an escape sequence. Invisible controls are dropped first: bidirectional
overrides and isolates (which can make a title or a name read backwards, or disguise what follows
it) and zero-width characters (which hide differences between names), except the zero-width joiner
inside an emoji sequence. Plain Python, so the core can use it without discord.
"""

from __future__ import annotations

import re
import unicodedata

ELLIPSIS = "…"
_MARKDOWN_SPECIALS = frozenset("\\*_~`|>#-[]()<")
_WHITESPACE_RUN = re.compile(r"\s+")
_ZERO_WIDTH_SPACE = "\u200b"
_INVISIBLE_CONTROLS = re.compile(
    "[\u061c\u180e\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
_JOINER = "\u200d"
_EMOJI_PARTS = frozenset({"So", "Sk", "Mn", "Me"})


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


def without_invisible_controls(text: str) -> str:
    """`text` without bidirectional and zero-width controls (a joiner stays between emoji)."""
    visible = _INVISIBLE_CONTROLS.sub("", text)
    if _JOINER not in visible:
        return visible
    return "".join(
        char
        for at, char in enumerate(visible)
        if char != _JOINER or _joins_emoji(visible[at - 1 : at], visible[at + 1 : at + 2])
    )


def _joins_emoji(before: str, after: str) -> bool:
    return all(side and unicodedata.category(side) in _EMOJI_PARTS for side in (before, after))


def untrusted_inline(text: str, limit: int) -> str:
    """One line of untrusted text: invisible controls dropped, whitespace folded, markdown and
    mentions neutralised, at most `limit` characters (escapes included)."""
    folded = _WHITESPACE_RUN.sub(" ", without_invisible_controls(text)).strip()
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
