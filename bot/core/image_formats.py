"""The image formats the search API accepts, recognised from the bytes alone.

The format comes from magic numbers and the dimensions from the file's own header, read here
without Pillow, so a small file that declares a huge canvas (a decompression bomb) can be refused
before anything is allocated for it.
"""

from __future__ import annotations

import enum
import struct
from collections.abc import Callable


class ImageFormat(enum.Enum):
    """The formats the search API accepts; the value is the file extension it expects."""

    JPEG = "jpg"
    PNG = "png"
    GIF = "gif"
    BMP = "bmp"
    WEBP = "webp"

    @property
    def extension(self) -> str:
        return self.value

    @property
    def content_type(self) -> str:
        return "image/jpeg" if self is ImageFormat.JPEG else f"image/{self.value}"

    @property
    def label(self) -> str:
        return "WebP" if self is ImageFormat.WEBP else self.name

    @property
    def pillow_name(self) -> str:
        return self.name


SUPPORTED_SENTENCE = (
    "I can search "
    + ", ".join(fmt.label for fmt in list(ImageFormat)[:-1])
    + f" and {list(ImageFormat)[-1].label} images."
)
"""The sentence that tells the user which formats are accepted."""


# --- recognising the format -------------------------------------------------------------------


_BMP_HEADER_SIZES = frozenset({12, 40, 52, 56, 64, 108, 124})


def sniff_format(data: bytes) -> ImageFormat | None:
    """The accepted format the bytes are in, from their magic numbers, or None."""
    if data.startswith(b"\xff\xd8\xff"):
        return ImageFormat.JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return ImageFormat.PNG
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return ImageFormat.GIF
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return ImageFormat.WEBP
    if data[:2] == b"BM" and int.from_bytes(data[14:18], "little") in _BMP_HEADER_SIZES:
        return ImageFormat.BMP
    return None


# --- dimensions from the header, before any decoding ------------------------------------------


def header_dimensions(data: bytes, image_format: ImageFormat) -> tuple[int, int] | None:
    """The (width, height) the header of `data` declares for `image_format`, or None if unreadable.

    Nothing is decoded: this is cheap, and runs before Pillow sees the bytes.
    """
    return _HEADER_READERS[image_format](data)


def _png_size(data: bytes) -> tuple[int, int] | None:
    if len(data) < 24 or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _gif_size(data: bytes) -> tuple[int, int] | None:
    if len(data) < 10:
        return None
    width, height = struct.unpack("<HH", data[6:10])
    return width, height


def _bmp_size(data: bytes) -> tuple[int, int] | None:
    if len(data) < 26:
        return None
    if int.from_bytes(data[14:18], "little") == 12:
        width, height = struct.unpack("<HH", data[18:22])
    else:
        width, height = struct.unpack("<ii", data[18:26])
    return abs(width), abs(height)  # a negative height means top-down rows


def _webp_size(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8X" and len(data) >= 30:
        return 1 + int.from_bytes(data[24:27], "little"), 1 + int.from_bytes(data[27:30], "little")
    if chunk == b"VP8 " and len(data) >= 30 and data[23:26] == b"\x9d\x01\x2a":
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L" and len(data) >= 25 and data[20] == 0x2F:
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    return None


_JPEG_FRAME_MARKERS = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
_JPEG_MARKERS_WITHOUT_LENGTH = frozenset({0x01, *range(0xD0, 0xD8)})


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Walk the marker segments to the first start-of-frame, which holds the dimensions."""
    offset = 2
    while offset + 9 <= len(data) and data[offset] == 0xFF:
        marker = data[offset + 1]
        if marker in _JPEG_FRAME_MARKERS:
            height, width = struct.unpack(">HH", data[offset + 5 : offset + 9])
            return width, height
        if marker in (0xD9, 0xDA):  # end of image, start of scan: no frame header came first
            return None
        offset += _jpeg_segment_length(data, offset, marker)
    return None


def _jpeg_segment_length(data: bytes, offset: int, marker: int) -> int:
    if marker == 0xFF:  # a fill byte before the real marker
        return 1
    if marker in _JPEG_MARKERS_WITHOUT_LENGTH:
        return 2
    return 2 + int.from_bytes(data[offset + 2 : offset + 4], "big")


_HEADER_READERS: dict[ImageFormat, Callable[[bytes], tuple[int, int] | None]] = {
    ImageFormat.JPEG: _jpeg_size,
    ImageFormat.PNG: _png_size,
    ImageFormat.GIF: _gif_size,
    ImageFormat.BMP: _bmp_size,
    ImageFormat.WEBP: _webp_size,
}
