"""The evidence store with a memory in front: the videos and keyframes of recent answers.

A burst of searches finds the same few videos again and again; each answer read five stored
details and a stored keyframe back from the database (six round trips, queued behind everyone
else's). Details never change once stored and keyframes are immutable, so the most recently used
ones are kept in memory (bounded, least recently used dropped first) in front of any store.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Generic, TypeVar

from bot.core.evidence.video_details import VideoDetail
from bot.core.hits import KeyframeRef
from bot.core.ports import EvidenceStore

K = TypeVar("K")
V = TypeVar("V")

DETAILS_KEPT = 2000
KEYFRAMES_KEPT = 16
"""A keyframe is 20-100 KB: at most about 1.6 MB in memory."""


class _Recent(Generic[K, V]):
    """At most `size` entries, the least recently used dropped first."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._entries: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K) -> V | None:
        value = self._entries.get(key)
        if value is not None:
            self._entries.move_to_end(key)
        return value

    def put(self, key: K, value: V) -> None:
        self._entries[key] = value
        self._entries.move_to_end(key)
        while len(self._entries) > self._size:
            self._entries.popitem(last=False)


class RememberedEvidence:
    """An `EvidenceStore` answering recent details and keyframes from memory."""

    def __init__(
        self,
        store: EvidenceStore,
        *,
        details: int = DETAILS_KEPT,
        keyframes: int = KEYFRAMES_KEPT,
    ) -> None:
        self.store = store
        self._details: _Recent[str, VideoDetail] = _Recent(details)
        self._keyframes: _Recent[KeyframeRef, bytes] = _Recent(keyframes)

    async def detail(self, video_no: str) -> VideoDetail | None:
        known = self._details.get(video_no)
        if known is None:
            known = await self.store.detail(video_no)
            if known is not None:
                self._details.put(video_no, known)
        return known

    async def save_detail(self, detail: VideoDetail) -> None:
        await self.store.save_detail(detail)
        self._details.put(detail.video_no, detail)

    async def keyframe(self, ref: KeyframeRef) -> bytes | None:
        known = self._keyframes.get(ref)
        if known is None:
            known = await self.store.keyframe(ref)
            if known is not None:
                self._keyframes.put(ref, known)
        return known

    async def save_keyframe(self, ref: KeyframeRef, data: bytes) -> None:
        await self.store.save_keyframe(ref, data)
        self._keyframes.put(ref, data)
