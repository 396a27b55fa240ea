"""What the decode pool learnt from each recent query image, for the stages after the first.

`PooledVariants` studies each new image in one pool job (`bot.core.images.image_study`); the image
memory's hasher (`bot.media.image_hash`) and the side-by-side picture (`bot.media.composite`) find
its fingerprint and its reduced copy here, by the image's SHA-256, instead of decoding it again
(when they do not, they decode it themselves, as before). Bounded: the oldest go first.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

from bot.core.seen.fingerprint import Fingerprint

K = TypeVar("K")
V = TypeVar("V")

FINGERPRINTS = 4096
"""Fingerprints kept (two integers each)."""
PREVIEW_BYTES = 32 * 1024 * 1024
"""Reduced copies kept at most, in bytes (40-200 KB each: a few hundred images)."""


class BytesBoundedMemo(Generic[K, V]):
    """Recent values by key, the oldest dropped once their sizes add up to more than
    `most_bytes` (a running total: nothing is summed again on each keep)."""

    def __init__(self, most_bytes: int, size: Callable[[V], int]) -> None:
        self._values: OrderedDict[K, V] = OrderedDict()
        self._most_bytes = most_bytes
        self._size = size
        self._bytes = 0

    def keep(self, key: K, value: V) -> None:
        self.pop(key)
        self._values[key] = value
        self._bytes += self._size(value)
        while self._bytes > self._most_bytes:
            _, dropped = self._values.popitem(last=False)
            self._bytes -= self._size(dropped)

    def get(self, key: K) -> V | None:
        return self._values.get(key)

    def pop(self, key: K) -> V | None:
        """The value, no longer kept (None: not kept)."""
        value = self._values.pop(key, None)
        if value is not None:
            self._bytes -= self._size(value)
        return value


class StudyMemo:
    """Recent images' fingerprints and reduced copies, by SHA-256."""

    def __init__(
        self, fingerprints: int = FINGERPRINTS, preview_bytes: int = PREVIEW_BYTES
    ) -> None:
        self._fingerprints: OrderedDict[str, Fingerprint] = OrderedDict()
        self._previews: BytesBoundedMemo[str, bytes] = BytesBoundedMemo(preview_bytes, len)
        self._most_fingerprints = fingerprints

    def keep(self, sha256: str, fingerprint: Fingerprint | None, preview: bytes | None) -> None:
        if fingerprint is not None:
            self._fingerprints[sha256] = fingerprint
            self._fingerprints.move_to_end(sha256)
            while len(self._fingerprints) > self._most_fingerprints:
                self._fingerprints.popitem(last=False)
        if preview is not None:
            self._previews.keep(sha256, preview)

    def fingerprint(self, sha256: str) -> Fingerprint | None:
        """The image's fingerprint, if it was studied lately (None: not known here)."""
        return self._fingerprints.get(sha256)

    def preview(self, sha256: str) -> bytes | None:
        """The image's reduced copy (a JPEG, upright), if it was studied lately."""
        return self._previews.get(sha256)


STUDIES = StudyMemo()
"""The process's one memo (like its one decode pool): what the searches' jobs found."""
