"""PNG: the chunk walk, and a proof that the pixels are all there that never holds them.

The walk checks every chunk's CRC (as Pillow's `verify()` does), APNG frames against the canvas,
and stops at IEND, which is where the image ends. The proof inflates the IDAT stream in slices of
`_INFLATE_SLICE` bytes and counts them: a stream that is corrupt or holds fewer bytes than the
header's rows need is damaged. Memory stays at one slice whatever the image declares, so a 114 KB
file declaring 40 megapixels costs a few megabytes to check instead of 150.

Two structures Pillow refuses are refused here by name (`HostileLayoutError`), so they are never
uploaded: compressed text (zTXt, compressed iTXt) inflating past `MAX_TEXT_CHUNK` per chunk or
`MAX_TEXT_TOTAL` in all (a decompression bomb hidden in metadata; each is inflated at most one
byte past the limit), and an animation control chunk (acTL) without any frame control (fcTL).
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from bot.core.images.image_bytes import ImageView
from bot.core.images.image_layout import (
    HostileLayoutError,
    ImageLayout,
    LayoutError,
    require,
    unpack_at,
)
from bot.core.language import Text

MAX_TEXT_CHUNK = 1024 * 1024
"""Largest inflated text chunk (Pillow's own limit, `PngImagePlugin.MAX_TEXT_CHUNK`)."""
MAX_TEXT_TOTAL = 8 * MAX_TEXT_CHUNK
"""Largest inflated text of a whole file; honest metadata is a few kilobytes."""
SIGNATURE = b"\x89PNG\r\n\x1a\n"
_INFLATE_SLICE = 1 << 20
_FEED_SLICE = 1 << 16
_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
_BIT_DEPTHS = {0: {1, 2, 4, 8, 16}, 2: {8, 16}, 3: {1, 2, 4, 8}, 4: {8, 16}, 6: {8, 16}}
_ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2),
          (0, 1, 1, 2))  # fmt: skip
"""Adam7 passes as (first column, first row, column step, row step)."""


@dataclass(frozen=True)
class PngLayout(ImageLayout):
    bits_per_pixel: int = 8
    interlaced: bool = False
    idat: tuple[tuple[int, int], ...] = ()
    """(offset, length) of each IDAT payload, in order."""

    @property
    def raw_bytes(self) -> int:
        """How many bytes the inflated stream must hold: every row with its filter byte."""
        if not self.interlaced:
            return _rows_bytes(self.width, self.height, self.bits_per_pixel)
        return sum(
            _rows_bytes(_pass_count(self.width, x, dx), _pass_count(self.height, y, dy),
                        self.bits_per_pixel)
            for x, y, dx, dy in _ADAM7
        )  # fmt: skip


def _pass_count(size: int, start: int, step: int) -> int:
    return max(0, (size - start + step - 1) // step)


def _rows_bytes(width: int, height: int, bits_per_pixel: int) -> int:
    if width == 0 or height == 0:
        return 0
    return height * (1 + (width * bits_per_pixel + 7) // 8)


def read_layout(data: ImageView) -> PngLayout:
    """Walk the chunks from IHDR to IEND; LayoutError if any is cut short or fails its CRC."""
    width, height, bits, interlaced = _header(data)
    offset, extent, text = 8, (width, height), 0
    idat: list[tuple[int, int]] = []
    tags: set[bytes] = set()
    while True:
        length, tag = struct.unpack(">I4s", unpack_at(data, offset, 8))
        _require_crc(data, offset, length)
        tags.add(tag)
        if tag == b"IEND":
            _require_frames_if_animated(tags)
            end = offset + 12 + length
            return PngLayout(width, height, end, extent, _INFLATE_SLICE, bits, interlaced,
                             tuple(idat))  # fmt: skip
        if tag == b"IDAT":
            idat.append((offset + 8, length))
        elif tag == b"fcTL":
            _require_frame_inside(data, offset + 8, length, (width, height))
        elif tag in (b"zTXt", b"iTXt"):
            text += _inflated_text_size(bytes(data[offset + 8 : offset + 8 + length]), tag, text)
        offset += 12 + length


def _require_frames_if_animated(tags: set[bytes]) -> None:
    if b"acTL" in tags and b"fcTL" not in tags:
        raise HostileLayoutError("animated PNG without a frame", "error-image-empty-animation")


def _inflated_text_size(payload: bytes, tag: bytes, so_far: int) -> int:
    """How many bytes a zTXt or iTXt chunk's text inflates to (0 for uncompressed iTXt);
    `HostileLayoutError` past either text limit. Never inflates more than one byte past them."""
    compressed = _compressed_text(payload, tag)
    if compressed is None:
        return 0
    allowed = min(MAX_TEXT_CHUNK, MAX_TEXT_TOTAL - so_far)
    try:
        inflated = len(zlib.decompressobj().decompress(compressed, allowed + 1))
    except zlib.error as error:
        raise LayoutError(f"corrupt compressed text: {error}") from None
    if inflated > allowed:
        megabytes = MAX_TEXT_CHUNK // (1024 * 1024)
        raise HostileLayoutError(
            f"compressed text past {megabytes} MB",
            "error-image-text-bomb",
            size=Text("error-size-mb", amount=megabytes),
        )
    return inflated


def _compressed_text(payload: bytes, tag: bytes) -> bytes | None:
    """The compressed part of a text chunk, or None when its text is stored plainly."""
    keyword_end = payload.find(b"\0")
    require(keyword_end >= 0, "text chunk without its keyword's end")
    if tag == b"zTXt":
        return payload[keyword_end + 2 :]
    flag = payload[keyword_end + 1 : keyword_end + 2]
    if flag != b"\x01":
        return None
    rest = payload[keyword_end + 3 :]
    language_end = rest.find(b"\0")
    translated_end = rest.find(b"\0", language_end + 1)
    require(language_end >= 0 and translated_end >= 0, "iTXt chunk cut short")
    return rest[translated_end + 1 :]


def _header(data: ImageView) -> tuple[int, int, int, bool]:
    require(bytes(data[12:16]) == b"IHDR", "no IHDR chunk first")
    fields = struct.unpack(">IIBBBBB", unpack_at(data, 16, 13))
    width, height, depth, color, compression, filtering, interlace = fields
    require(color in _CHANNELS and depth in _BIT_DEPTHS[color], "impossible colour type or depth")
    require(compression == 0 and filtering == 0 and interlace in (0, 1), "unknown PNG method")
    return width, height, depth * _CHANNELS[color], interlace == 1


def _require_crc(data: ImageView, offset: int, length: int) -> None:
    stored = struct.unpack(">I", unpack_at(data, offset + 8 + length, 4))[0]
    require(zlib.crc32(memoryview(data)[offset + 4 : offset + 8 + length]) == stored, "bad CRC")


def _require_frame_inside(
    data: ImageView, offset: int, length: int, canvas: tuple[int, int]
) -> None:
    """An APNG frame control: the frame must lie within the canvas (as the APNG spec demands)."""
    require(length >= 20, "short fcTL chunk")
    width, height, left, top = struct.unpack(">IIII", unpack_at(data, offset + 4, 16))
    require(left + width <= canvas[0] and top + height <= canvas[1], "APNG frame outside canvas")


def prove_pixels(data: ImageView, layout: PngLayout) -> None:
    """Inflate the IDAT stream a slice at a time; it must be valid and hold every row."""
    inflater, needed, produced = zlib.decompressobj(), layout.raw_bytes, 0
    try:
        for piece in _idat_pieces(memoryview(data), layout.idat):
            pending: bytes | memoryview = piece
            while pending and produced < needed:
                produced += len(inflater.decompress(pending, _INFLATE_SLICE))
                pending = inflater.unconsumed_tail
    except zlib.error as error:
        raise LayoutError(f"corrupt pixel data: {error}") from None
    require(produced >= needed, f"pixel data cut short: {produced} of {needed} bytes")


def _idat_pieces(view: memoryview, idat: tuple[tuple[int, int], ...]) -> Iterator[memoryview]:
    """The compressed stream in small pieces, so the inflater's unused input stays small."""
    for offset, length in idat:
        for start in range(offset, offset + length, _FEED_SLICE):
            yield view[start : min(start + _FEED_SLICE, offset + length)]
