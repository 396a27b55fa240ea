"""GIF: every frame's declared extent, from the block structure, without decoding any frame.

Pillow grows the canvas to fit each frame as it reaches it, so a GIF whose first frame is 100x100
and whose fortieth declares 65535x65535 is only dangerous later. The walk reads every image
descriptor, skipping the compressed data sub-block by sub-block, and ends at the trailer (';').
Like Pillow, it skips stray bytes between blocks and accepts a file that ends without its trailer
once a frame is complete; a frame cut short is damaged.

`read_timeline` is the same walk for an animated GIF searched as a clip: each frame's delay (from
its graphic control extension) without inflating a pixel, stopped as soon as the frames pass a
limit, so a 230 KB file of 10,000 tiny frames costs a few milliseconds to refuse.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from bot.core.images.image_bytes import ImageView
from bot.core.images.image_layout import ImageLayout, require, unpack_at

_TRAILER, _EXTENSION, _DESCRIPTOR = 0x3B, 0x21, 0x2C
_GRAPHIC_CONTROL = 0xF9
DEFAULT_DELAY_MS = 100
"""Browsers show a frame without (or with a tiny) delay for about a tenth of a second."""
MIN_DELAY_MS = 20


@dataclass(frozen=True)
class GifTimeline:
    """An animated GIF's frames as shown: the canvas (grown to fit every frame walked) and each
    frame's delay in seconds. `complete` is False when the walk stopped at its frame limit."""

    width: int
    height: int
    delays: tuple[float, ...]
    complete: bool

    @property
    def duration(self) -> float:
        return sum(self.delays)

    def frame_at(self, seconds: float) -> int:
        """The index of the frame showing at `seconds` (the last one starting at or before)."""
        start, index = 0.0, 0
        for number, delay in enumerate(self.delays):
            if start > seconds:
                break
            index, start = number, start + delay
        return index


def read_timeline(data: ImageView, *, frame_limit: int) -> GifTimeline:
    """Every frame's delay, walking at most `frame_limit` + 1 frames (then `complete` is False)."""
    width, height, packed = struct.unpack("<HHB", unpack_at(data, 6, 5))
    offset, extent = 13 + _colour_table_size(packed), (width, height)
    delays: list[float] = []
    delay_ms = DEFAULT_DELAY_MS
    while offset < len(data) and data[offset] != _TRAILER:
        block = data[offset]
        if block == _DESCRIPTOR:
            offset, frame_extent = _skip_frame(data, offset)
            extent = (max(extent[0], frame_extent[0]), max(extent[1], frame_extent[1]))
            delays.append(max(delay_ms, MIN_DELAY_MS) / 1000)
            delay_ms = DEFAULT_DELAY_MS
            if len(delays) > frame_limit:
                return GifTimeline(*extent, tuple(delays), complete=False)
        elif block == _EXTENSION:
            if data[offset + 1] == _GRAPHIC_CONTROL:
                delay_ms = _graphic_control_delay(data, offset) or DEFAULT_DELAY_MS
            offset = _skip_sub_blocks(data, offset + 2)
        else:
            offset += 1
    require(bool(delays), "no complete frame")
    return GifTimeline(*extent, tuple(delays), complete=True)


def _graphic_control_delay(data: ImageView, offset: int) -> int:
    """A graphic control extension's delay, in milliseconds (stored in hundredths)."""
    size, _, centiseconds = struct.unpack("<BBH", unpack_at(data, offset + 2, 4))
    return centiseconds * 10 if size >= 4 else 0


def read_layout(data: ImageView) -> ImageLayout:
    width, height, packed = struct.unpack("<HHB", unpack_at(data, 6, 5))
    offset = 13 + _colour_table_size(packed)
    extent, frames = (width, height), 0
    while offset < len(data):
        block = data[offset]
        if block == _TRAILER:
            return _layout(width, height, offset + 1, extent)
        if block == _DESCRIPTOR:
            offset, frame_extent = _skip_frame(data, offset)
            extent = (max(extent[0], frame_extent[0]), max(extent[1], frame_extent[1]))
            frames += 1
        elif block == _EXTENSION:
            offset = _skip_sub_blocks(data, offset + 2)
        else:
            offset += 1  # a stray byte; Pillow skips it too
    require(frames > 0, "no complete frame")
    return _layout(width, height, len(data), extent)


def _layout(width: int, height: int, end: int, extent: tuple[int, int]) -> ImageLayout:
    canvas = max(width, extent[0]) * max(height, extent[1])
    return ImageLayout(width, height, end, extent, decode_bytes=canvas)


def _colour_table_size(packed: int) -> int:
    return 3 << ((packed & 0x07) + 1) if packed & 0x80 else 0


def _skip_frame(data: ImageView, offset: int) -> tuple[int, tuple[int, int]]:
    """Past one image descriptor and its pixels; returns the next offset and the frame's extent."""
    left, top, width, height, packed = struct.unpack("<HHHHB", unpack_at(data, offset + 1, 9))
    offset += 10 + _colour_table_size(packed) + 1  # + the LZW minimum code size
    return _skip_sub_blocks(data, offset), (left + width, top + height)


def _skip_sub_blocks(data: ImageView, offset: int) -> int:
    """Past a chain of sub-blocks (length byte, bytes), ended by a zero length."""
    while True:
        length = unpack_at(data, offset, 1)[0]
        offset += 1 + length
        if length == 0:
            return offset
        require(offset <= len(data), "sub-block cut short")
