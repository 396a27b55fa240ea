"""WebP: the RIFF container's chunks, the canvas and every animation frame against it.

The RIFF header says how long the image is, so whatever comes after is foreign; every chunk must
fit inside. libwebp decodes the whole canvas at full size (there is no reduced decode), so the
layout reports that memory for the check's budget.
"""

from __future__ import annotations

import struct

from bot.core.images.image_bytes import ImageView
from bot.core.images.image_layout import ImageLayout, require, unpack_at

_RGBA = 4


def read_layout(data: ImageView) -> ImageLayout:
    riff_size = struct.unpack("<I", unpack_at(data, 4, 4))[0]
    end = 8 + riff_size + (riff_size & 1)
    require(end <= len(data), "RIFF container cut short")
    canvas: tuple[int, int] | None = None
    extent, offset = (0, 0), 12
    while offset + 8 <= end:
        tag, length = struct.unpack("<4sI", unpack_at(data, offset, 8))
        require(offset + 8 + length <= end, f"{tag!r} chunk cut short")
        size = _chunk_size(data, offset + 8, tag, length)
        if tag == b"ANMF":
            extent = (max(extent[0], size[0]), max(extent[1], size[1]))
        elif size != (0, 0) and canvas is None:
            canvas = size
        offset += 8 + length + (length & 1)
    require(canvas is not None, "no image size in the file")
    assert canvas is not None  # noqa: S101 - for the type checker; `require` raised otherwise
    return ImageLayout(*canvas, end, extent, decode_bytes=canvas[0] * canvas[1] * _RGBA)


def _chunk_size(data: ImageView, offset: int, tag: bytes, length: int) -> tuple[int, int]:
    """The size a chunk declares: the canvas (VP8X, VP8, VP8L) or a frame's extent (ANMF)."""
    payload = bytes(data[offset : offset + min(length, 16)])
    if tag == b"VP8X" and len(payload) >= 10:
        return _uint24(payload, 4) + 1, _uint24(payload, 7) + 1
    if tag == b"ANMF" and len(payload) >= 12:
        return _uint24(payload, 0) * 2 + _uint24(payload, 6) + 1, (
            _uint24(payload, 3) * 2 + _uint24(payload, 9) + 1
        )
    if tag == b"VP8 " and len(payload) >= 10 and payload[3:6] == b"\x9d\x01\x2a":
        width, height = struct.unpack("<HH", payload[6:10])
        return width & 0x3FFF, height & 0x3FFF
    if tag == b"VP8L" and len(payload) >= 5 and payload[0] == 0x2F:
        bits = int.from_bytes(payload[1:5], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    return 0, 0


def _uint24(payload: bytes, offset: int) -> int:
    return int.from_bytes(payload[offset : offset + 3], "little")
