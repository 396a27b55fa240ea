"""BMP: the headers, and (for uncompressed bitmaps) proof from the length alone.

An uncompressed bitmap's rows have a fixed size, so the file either holds every row or is cut
short: no decode is needed, and the image ends after the last row. Run-length encoded bitmaps are
decoded by Pillow, within the check's memory budget.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from bot.core.images.image_bytes import ImageView
from bot.core.images.image_layout import ImageLayout, require, unpack_at

_UNCOMPRESSED = frozenset({0, 3, 6})  # BI_RGB, BI_BITFIELDS, BI_ALPHABITFIELDS
_BIT_COUNTS = frozenset({1, 2, 4, 8, 16, 24, 32})
_RGBA = 4


@dataclass(frozen=True)
class BmpLayout(ImageLayout):
    compressed: bool = False


def read_layout(data: ImageView) -> BmpLayout:
    pixels_at, header_size = struct.unpack("<II", unpack_at(data, 10, 8))
    if header_size == 12:
        width, height, _planes, bits = struct.unpack("<HHHH", unpack_at(data, 18, 8))
        compression, stored = 0, 0
    else:
        width, height, _planes, bits, compression, stored = struct.unpack(
            "<iiHHII", unpack_at(data, 18, 20)
        )
    width, height = abs(width), abs(height)  # a negative height means top-down rows
    require(bits in _BIT_COUNTS and width > 0 and height > 0, "impossible bitmap header")
    canvas = (width, height)
    if compression in _UNCOMPRESSED:
        end = pixels_at + height * (((width * bits + 31) // 32) * 4)
        require(end <= len(data), "bitmap rows cut short")
        return BmpLayout(width, height, end, canvas)
    end = min(len(data), pixels_at + stored) if stored else len(data)
    return BmpLayout(width, height, end, canvas, width * height * _RGBA, compressed=True)
