"""The kinds of value a setting holds: parsers that raise ValueError on anything else, `Secret`.

A parser takes the setting's text (stripped, never empty) and returns the typed value; the loader
turns its ValueError into the setting's sentence ("expected ...").
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Callable
from typing import TypeVar
from urllib.parse import urlsplit

from bot.core.scope import NAMESPACE_PATTERN, SearchScope


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


Numeric = TypeVar("Numeric", int, float)


def _between(
    convert: Callable[[str], Numeric], low: Numeric, high: Numeric
) -> Callable[[str], Numeric]:
    def parse(text: str) -> Numeric:
        number = convert(text)
        if not low <= number <= high:
            raise ValueError(text)
        return number

    return parse


def number_in(low: float, high: float) -> Callable[[str], float]:
    return _between(float, low, high)


def integer_in(low: int, high: int) -> Callable[[str], int]:
    return _between(int, low, high)


def http_url(text: str) -> str:
    parts = urlsplit(text)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise ValueError(text)
    return text.rstrip("/")


def websocket_url(text: str) -> str:
    parts = urlsplit(text)
    if parts.scheme not in {"ws", "wss"} or not parts.netloc:
        raise ValueError(text)
    return text


def boolean(text: str) -> bool:
    lowered = text.lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ValueError(text)


def log_level(text: str) -> str:
    level = text.upper()
    if level not in logging.getLevelNamesMapping():
        raise ValueError(text)
    return level


def namespace(text: str) -> str:
    if not NAMESPACE_PATTERN.fullmatch(text):
        raise ValueError(text)
    return text


def scope(text: str) -> SearchScope:
    return SearchScope(text.lower())


def snowflake(text: str) -> int:
    return integer_in(1, 2**64 - 1)(text)


def image_size(text: str) -> tuple[int, int]:
    width, separator, height = text.lower().partition("x")
    if not separator:
        raise ValueError(text)
    size = (int(width), int(height))
    if not all(1 <= side <= 10_000 for side in size):
        raise ValueError(text)
    return size


def redis_url(text: str) -> Secret:
    if urlsplit(text).scheme not in {"redis", "rediss", "unix"}:
        raise ValueError(text)
    return Secret(text)


def shard_ids(text: str) -> tuple[int, ...]:
    ids = tuple(int(part) for part in text.split(","))
    if len(set(ids)) != len(ids) or min(ids) < 0:
        raise ValueError(text)
    return ids


def listen_host(text: str) -> str:
    return str(ipaddress.ip_address(text.strip()))


def log_format(text: str) -> str:
    if text.lower() not in {"text", "json"}:
        raise ValueError(text)
    return text.lower()
