"""From "an image the user pointed at" to a checked image ready to search.

Attachments (and embed images Discord proxies) come from URLs Discord hands the bot, fetched
directly; links a user typed are untrusted and go through `SafeUrlFetcher` (public addresses only).
Either way the bytes are capped while downloading and then identified and decoded for real.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp

from bot.core.image_check import CheckedImage, ImageLimits, check_image_async, precheck_declared
from bot.core.sources import ImageSource
from bot.media.fetch import SafeUrlFetcher, download_capped


class ImageLoader:
    """Prechecks, downloads and checks query images; shared by every command."""

    def __init__(
        self,
        discord_session: aiohttp.ClientSession,
        link_fetcher: SafeUrlFetcher,
        *,
        limits: ImageLimits,
        download_timeout: float,
    ) -> None:
        self._discord_session = discord_session
        self._link_fetcher = link_fetcher
        self.limits = limits
        self._download_timeout = download_timeout

    def precheck(self, source: ImageSource) -> None:
        """What can be refused before any download (raises ImageRejected / ImageFetchError)."""
        if not source.from_discord:
            self._link_fetcher.validate_url(source.url)
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

    async def _download(self, source: ImageSource) -> bytes:
        if not source.from_discord:
            return await self._link_fetcher.fetch(source.url)
        return await download_capped(
            self._discord_session,
            source.url,
            max_bytes=self.limits.max_bytes,
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
