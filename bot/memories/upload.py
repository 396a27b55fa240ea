"""The query image as an aiohttp payload that streams from wherever the image is kept.

aiohttp copies bytes handed to it (and a BytesIO around them); with "all platforms" that was one
copy per library per attempt. `ImagePayload` instead reads the image in chunks at send time,
from memory or from the spool file (in a worker thread), and sends only its first `length`
bytes: the image itself, never what a polyglot glued after it.
"""

from __future__ import annotations

import asyncio

from aiohttp.abc import AbstractStreamWriter
from aiohttp.payload import Payload

from bot.core.images.image_bytes import ImageBytes, MemoryImageBytes

CHUNK_BYTES = 1 << 20
"""Read from a spool file (in a thread) a megabyte at a time: few hops, bounded memory."""


class ImagePayload(Payload):
    """The first `length` bytes of `image`, read a chunk at a time while sending."""

    _autoclose = True  # it owns nothing: the search releases the image

    def __init__(self, image: ImageBytes, length: int, *, content_type: str) -> None:
        super().__init__(image, content_type=content_type)
        self._image = image
        self._length = length
        self._size = length

    async def write(self, writer: AbstractStreamWriter) -> None:
        await self.write_with_length(writer, None)

    async def write_with_length(
        self, writer: AbstractStreamWriter, content_length: int | None
    ) -> None:
        stop = self._length if content_length is None else min(self._length, content_length)
        in_memory = isinstance(self._image, MemoryImageBytes)  # a slice costs no file I/O
        for offset in range(0, stop, CHUNK_BYTES):
            length = min(CHUNK_BYTES, stop - offset)
            if in_memory:
                await writer.write(self._image.read(offset, length))
            else:
                await writer.write(await asyncio.to_thread(self._image.read, offset, length))

    def decode(self, encoding: str = "utf-8", errors: str = "strict") -> str:
        raise TypeError("an image upload is binary; it has no text form")
