"""Video positions as people read them: m:ss under an hour, h:mm:ss from an hour on."""

from __future__ import annotations


def format_position(seconds: float) -> str:
    """`79` -> `1:19`, `3725` -> `1:02:05`. Fractions are dropped (keyframes are whole seconds)."""
    whole = max(int(seconds), 0)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def format_span(start: float | None, end: float | None) -> str:
    """A matched moment: `1:19`, or `1:19–1:24` when it spans time; `?` when no time was given."""
    if start is None:
        return "?"
    if end is None or int(end) <= int(start):
        return format_position(start)
    return f"{format_position(start)}–{format_position(end)}"
