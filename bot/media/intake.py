"""From "an image the user pointed at" to a checked image ready to search.

Attachments (and embed images Discord proxies) come from URLs Discord hands the bot, fetched
directly; links a user typed are untrusted and go through `SafeUrlFetcher` (public addresses only).
Either way the bytes are capped while downloading and then identified and decoded for real.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

import aiohttp

from bot.core.clips import ClipFrame, LoadedClip, declared_clip
from bot.core.image_check import (
    CheckedImage,
    ImageLimits,
    ImageRejected,
    check_image_async,
    format_size,
    precheck_declared,
)
from bot.core.sources import ImageSource
from bot.core.text import untrusted_inline
from bot.media.fetch import SafeUrlFetcher, download_capped
from bot.media.frames import FrameLimits, SampledFrame, clip_kind, sample_frames_async


class ImageLoader:
    """Prechecks, downloads and checks query images; shared by every command."""

    def __init__(
        self,
        discord_session: aiohttp.ClientSession,
        link_fetcher: SafeUrlFetcher,
        *,
        limits: ImageLimits,
        download_timeout: float,
        clip_limits: ClipLimits | None = None,
    ) -> None:
        self._discord_session = discord_session
        self._link_fetcher = link_fetcher
        self.limits = limits
        self.clip_limits = clip_limits
        self._download_timeout = download_timeout

    def precheck(self, source: ImageSource) -> None:
        """What can be refused before any download (raises ImageRejected / ImageFetchError)."""
        if not source.from_discord:
            self._link_fetcher.validate_url(source.url)
            return
        if self.clip_limits is not None and declared_clip(source.name, source.content_type):
            self.clip_limits.check_size(source.declared_size, source.name)
            return
        precheck_declared(
            name=source.name,
            size=source.declared_size,
            content_type=source.content_type,
            limits=self.limits,
        )

    async def load(self, source: ImageSource) -> CheckedImage:
        """Download `source` within the byte cap and check the bytes are a searchable image."""
        data = await self._download(source)
        return await check_image_async(data, source_name=source.name, limits=self.limits)

    async def load_media(self, source: ImageSource) -> CheckedImage | LoadedClip:
        """Like `load`, but an animated GIF or a short video (when clips are on) comes back as
        the stills sampled from it, each checked like an image."""
        data = await self._download(source)
        kind = clip_kind(data) if self.clip_limits is not None else None
        if self.clip_limits is None or kind is None:
            return await check_image_async(data, source_name=source.name, limits=self.limits)
        self.clip_limits.check_size(len(data), source.name)
        frames = await sample_frames_async(
            data, is_gif=kind == "gif", limits=self.clip_limits.frames
        )
        return LoadedClip(
            tuple([await self._checked_frame(f, source) for f in frames]), source.name
        )

    async def _checked_frame(self, frame: SampledFrame, source: ImageSource) -> ClipFrame:
        image = await check_image_async(frame.jpeg, source_name=source.name, limits=self.limits)
        return ClipFrame(frame.at_seconds, image)

    def _download_cap(self) -> int:
        clip_cap = self.clip_limits.max_bytes if self.clip_limits is not None else 0
        return max(self.limits.max_bytes, clip_cap)

    async def _download(self, source: ImageSource) -> bytes:
        if not source.from_discord:
            return await self._link_fetcher.fetch(source.url)
        return await download_capped(
            self._discord_session,
            source.url,
            max_bytes=self._download_cap(),
            timeout=self._download_timeout,
            name=source.name,
        )

    async def load_file(self, path: Path) -> CheckedImage:
        """A local file, for the command-line search (read at most one byte over the cap)."""
        data = await asyncio.to_thread(_read_capped, path, self.limits.max_bytes + 1)
        return await check_image_async(data, source_name=path.name, limits=self.limits)


def _read_capped(path: Path, cap: int) -> bytes:
    with path.open("rb") as handle:
        return handle.read(cap)


@dataclass(frozen=True)
class ClipLimits:
    """GIF and video input: largest file, and how stills are sampled (count, duration, size)."""

    max_bytes: int
    frames: FrameLimits

    def check_size(self, size: int | None, name: str) -> None:
        if size is not None and size > self.max_bytes:
            subject = untrusted_inline(name, 80) or "That clip"
            raise ImageRejected(
                f"{subject} is {format_size(size)}; the largest clip I accept is "
                f"{format_size(self.max_bytes)}."
            )
