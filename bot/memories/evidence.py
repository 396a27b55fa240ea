"""memories.ai as the core's `EvidenceSource`: video details and keyframe downloads."""

from __future__ import annotations

import logging

from bot.core.evidence.video_details import VideoDetail
from bot.core.hits import KeyframeRef
from bot.memories.client import MemoriesClient
from bot.memories.errors import BadRequestError

log = logging.getLogger(__name__)


class MemoriesEvidence:
    """The client's two evidence calls, under the names the core asks for."""

    def __init__(self, client: MemoriesClient) -> None:
        self.client = client

    async def video_detail(self, video_no: str) -> VideoDetail:
        """The page; a video the API refuses by name (0003) has no page: an empty detail, kept
        like any other, so only a failing endpoint makes the caller stop asking."""
        try:
            return await self.client.get_public_video_detail(video_no)
        except BadRequestError as error:
            log.info("memories.ai has no details for %s: %s", video_no, error.detail)
            return VideoDetail(video_no)

    async def keyframe(self, ref: KeyframeRef) -> bytes:
        return await self.client.download(ref.bucket, ref.blob)
