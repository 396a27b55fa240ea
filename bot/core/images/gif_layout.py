"""GIF: every frame's declared extent, from the block structure, without decoding any frame.

Pillow grows the canvas to fit each frame as it reaches it, so a GIF whose first frame is 100x100
and whose fortieth declares 65535x65535 is only dangerous later. The walk reads every image
descriptor, skipping the compressed data sub-block by sub-block, and ends at the trailer (';').
Like Pillow, it skips stray bytes between blocks and accepts a file that ends without its trailer
once a frame is complete; a frame cut short is damaged.
"""

from __future__ import annotations

import struct

from bot.core.images.image_bytes import ImageView
from bot.core.images.image_layout import ImageLayout, require, unpack_at

_TRAILER, _EXTENSION, _DESCRIPTOR = 0x3B, 0x21, 0x2C


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
