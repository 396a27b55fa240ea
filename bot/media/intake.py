"""From "an image the user pointed at" to a checked image ready to search.

Attachments (and embed images Discord proxies) come from URLs Discord hands the bot, fetched
directly; links a user typed are untrusted and go through `SafeUrlFetcher` (public addresses only).
Either way the bytes are capped while downloading, spooled (`bot.media.spool`: large ones wait on
disk, not in memory) and then checked for real, one image at a time on one checking thread: the
check is CPU work, and images checked one after another reach the rate limiter one after another
instead of all together, late. A search's image (`load_media(prove=False)`) has only its structure
read here: its study in the decode pool proves the pixels (`bot.media.variants`), so a burst's
proofs share both cores, shortest first, instead of queueing on this one thread.
"""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Literal, TypeVar

import aiohttp

from bot.core.evidence.clips import ClipFrame, LoadedClip, declared_audio, declared_clip
from bot.core.images.image_bytes import ImageBytes, MemoryImageBytes
from bot.core.images.image_check import (
    CheckedImage,
    ImageLimits,
    ImageRejected,
    check_image,
    check_image_async,
    file_subject,
    precheck_declared,
    size_text,
)
from bot.core.language import Text
from bot.core.media.clip_refusals import sound_without_picture
from bot.core.media.containers import SNIFF_BYTES, sniff_audio, sniff_container
from bot.core.sources import ImageSource
from bot.core.timings import timed
from bot.media.decode_pool import DecodePool
from bot.media.fetch import SafeUrlFetcher, download_capped_into
from bot.media.frames import FrameLimits, SampledFrame, clip_kind, sample_frames_async
from bot.media.gif_frames import require_gif_frames_within
from bot.media.spool import ImageSpool

_CHECKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="image-check")
"""One thread checks every image of the process, so checks never pile up in memory together."""
T = TypeVar("T")
ClipKind = Literal["gif", "video"]


async def on_checking_thread(work: Callable[[], T]) -> T:
    """Run decoding work (`bot.media.variants`) where every image check runs, one at a time."""
    return await asyncio.get_running_loop().run_in_executor(_CHECKER, work)


class MediaIntake:
    """Prechecks, downloads and checks query images; shared by every command."""

    def __init__(
        self,
        discord_session: aiohttp.ClientSession,
        link_fetcher: SafeUrlFetcher,
        *,
        limits: ImageLimits,
        download_timeout: float,
        clip_limits: ClipLimits | None = None,
        spool: ImageSpool | None = None,
        decode_pool: DecodePool | None = None,
    ) -> None:
        self._discord_session = discord_session
        self._link_fetcher = link_fetcher
        self.limits = limits
        self.clip_limits = clip_limits
        self._download_timeout = download_timeout
        self.spool = spool or ImageSpool(Path(tempfile.gettempdir()) / "findvideo-spool")
        self.decode_pool = decode_pool
        """Where clips are decoded (None: the process's shared pool)."""

    def precheck(self, source: ImageSource) -> None:
        """What can be refused before any download (raises ImageRejected / ImageFetchError)."""
        if not source.from_discord:
            self._link_fetcher.validate_url(source.url)
            return
        if self.clip_limits is not None and declared_audio(source.name, source.content_type):
            raise ImageRejected(sound_without_picture(source.name))
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
        """Download `source` within the byte cap and check the bytes are a searchable image.

        The caller owns the result: `release()` it when the search is over."""
        return await self._check(await self._download(source), source.name)

    async def _check(self, original: ImageBytes, name: str, *, prove: bool = True) -> CheckedImage:
        """Check on the checking thread; the bytes are let go of unless the image passes."""
        check = partial(check_image, original, source_name=name, limits=self.limits, prove=prove)
        try:
            with timed("check"):
                return await asyncio.get_running_loop().run_in_executor(_CHECKER, check)
        except BaseException:
            original.discard()
            raise

    async def load_media(
        self, source: ImageSource, *, prove: bool = True
    ) -> CheckedImage | LoadedClip:
        """Like `load`, but an animated GIF or a short video (when clips are on) comes back as
        the stills sampled from it, each checked like an image; an image comes back not
        `proven` when `prove` is False (the search's study decodes it and proves it there)."""
        original = await self._download(source)
        sniffed = _sniff(original)
        if self.clip_limits is None or sniffed == "image":
            return await self._check(original, source.name, prove=prove)
        if sniffed == "sound":
            original.discard()
            raise ImageRejected(sound_without_picture(source.name))
        try:
            data = await asyncio.to_thread(original.read, 0, original.size)
        finally:
            original.discard()
        kind = clip_kind(data)
        if kind is None:
            return await self._check(MemoryImageBytes(data), source.name)
        return await self._load_clip(data, kind, source, self.clip_limits)

    async def _load_clip(
        self, data: bytes, kind: ClipKind, source: ImageSource, limits: ClipLimits
    ) -> LoadedClip:
        limits.check_size(len(data), source.name)
        if kind == "gif":  # the frame count, then every frame's extent and the first frame
            await asyncio.to_thread(require_gif_frames_within, data, limits.frames)
            (await self._check(MemoryImageBytes(data), source.name)).release()
        frames = await sample_frames_async(
            data, is_gif=kind == "gif", limits=limits.frames, pool=self.decode_pool
        )
        stills = tuple([await self._checked_frame(f, source) for f in frames])
        return LoadedClip(stills, source.name, is_video=kind == "video")

    async def _checked_frame(self, frame: SampledFrame, source: ImageSource) -> ClipFrame:
        image = await check_image_async(frame.jpeg, source_name=source.name, limits=self.limits)
        return ClipFrame(frame.at_seconds, image)

    def _download_cap(self) -> int:
        clip_cap = self.clip_limits.max_bytes if self.clip_limits is not None else 0
        return max(self.limits.max_bytes, clip_cap)

    async def _download(self, source: ImageSource) -> ImageBytes:
        """The bytes, spooled as they arrive; nothing is left behind if the download fails."""
        writer = self.spool.writer()
        try:
            if not source.from_discord:
                await self._link_fetcher.fetch_into(source.url, writer)
            else:
                await download_capped_into(
                    self._discord_session,
                    source.url,
                    writer,
                    max_bytes=self._download_cap(),
                    timeout=self._download_timeout,
                    name=source.name,
                )
            return await writer.finish()
        except BaseException:
            writer.abort()
            raise

    async def load_file(self, path: Path) -> CheckedImage:
        """A local file, for the command-line search (read at most one byte over the cap)."""
        data = await asyncio.to_thread(_read_capped, path, self.limits.max_bytes + 1)
        return await check_image_async(data, source_name=path.name, limits=self.limits)


def _sniff(original: ImageBytes) -> Literal["clip", "sound", "image"]:
    """ "clip" for a GIF or any video container (recognised by content,
    `bot.core.media.containers`): worth reading whole for a closer look; "sound" for a file
    that only holds sound; "image" for the rest (the image check says what it is)."""
    head = original.read(0, SNIFF_BYTES)
    if head.startswith(b"GIF8") or sniff_container(head) is not None:
        return "clip"
    return "sound" if sniff_audio(head) else "image"


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
            subject = file_subject(name, "error-subject-clip")
            limit = size_text(self.max_bytes)
            raise ImageRejected(
                Text("error-clip-too-large", subject=subject, size=size_text(size), limit=limit)
            )
