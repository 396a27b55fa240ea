"""What the decode pool learnt from each recent query image, for the stages after the first.

`PooledVariants` studies each new image in one pool job (`bot.core.images.image_study`); the image
memory's hasher (`bot.media.image_hash`) and the side-by-side picture (`bot.media.composite`) find
its fingerprint and its reduced copy here, by the image's SHA-256, instead of decoding it again
(when they do not, they decode it themselves, as before). Bounded: the oldest go first.
"""

from __future__ import annotations

from collections import OrderedDict

from bot.core.seen.fingerprint import Fingerprint

FINGERPRINTS = 4096
"""Fingerprints kept (two integers each)."""
PREVIEW_BYTES = 32 * 1024 * 1024
"""Reduced copies kept at most, in bytes (40-200 KB each: a few hundred images)."""


class StudyMemo:
    """Recent images' fingerprints and reduced copies, by SHA-256."""

    def __init__(
        self, fingerprints: int = FINGERPRINTS, preview_bytes: int = PREVIEW_BYTES
    ) -> None:
        self._fingerprints: OrderedDict[str, Fingerprint] = OrderedDict()
        self._previews: OrderedDict[str, bytes] = OrderedDict()
        self._most_fingerprints = fingerprints
        self._most_preview_bytes = preview_bytes
        self._preview_bytes = 0

    def keep(self, sha256: str, fingerprint: Fingerprint | None, preview: bytes | None) -> None:
        if fingerprint is not None:
            self._fingerprints[sha256] = fingerprint
            self._fingerprints.move_to_end(sha256)
            while len(self._fingerprints) > self._most_fingerprints:
                self._fingerprints.popitem(last=False)
        if preview is not None:
            self._keep_preview(sha256, preview)

    def fingerprint(self, sha256: str) -> Fingerprint | None:
        """The image's fingerprint, if it was studied lately (None: not known here)."""
        return self._fingerprints.get(sha256)

    def preview(self, sha256: str) -> bytes | None:
        """The image's reduced copy (a JPEG, upright), if it was studied lately."""
        return self._previews.get(sha256)

    def _keep_preview(self, sha256: str, preview: bytes) -> None:
        self._preview_bytes -= len(self._previews.pop(sha256, b""))
        self._previews[sha256] = preview
        self._preview_bytes += len(preview)
        while self._preview_bytes > self._most_preview_bytes:
            _, dropped = self._previews.popitem(last=False)
            self._preview_bytes -= len(dropped)


STUDIES = StudyMemo()
"""The process's one memo (like its one decode pool): what the searches' jobs found."""
