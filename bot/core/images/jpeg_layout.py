"""JPEG: the marker walk from SOI to EOI, as tolerant as libjpeg.

The walk finds the frame header (dimensions, components, progressive or not) and the end of the
image (EOI after the last scan): what follows it (a ZIP, a web page) is not part of the picture.
Embedded thumbnails cannot end the walk early: they sit inside APP segments, skipped by length.
A segment whose length is wrong leaves stray bytes before the next marker; libjpeg and Pillow
skip to the next 0xFF and carry on, and so does this walk.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from bot.core.images.image_bytes import ImageView
from bot.core.images.image_layout import ImageLayout, require, unpack_at

_FRAME_MARKERS = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
_PROGRESSIVE_FRAMES = frozenset({0xC2, 0xC6, 0xCA, 0xCE})
_STANDALONE_MARKERS = frozenset({0x01, *range(0xD0, 0xD9)})
_EOI, _SOS = 0xD9, 0xDA
_FILL = 0xFF
_IN_SCAN = frozenset([0x00, *range(0xD0, 0xD8)])
"""In entropy-coded data 0xFF is followed by 0x00 (stuffing), a restart marker or more 0xFF
fill; anything else is the next marker."""
_COEFFICIENT_BYTES = 128
"""A progressive decode keeps every 8x8 block's 64 coefficients as 16-bit numbers."""


@dataclass(frozen=True)
class JpegLayout(ImageLayout):
    progressive: bool = False


@dataclass
class _Frame:
    width: int = 0
    height: int = 0
    progressive: bool = False
    coefficient_bytes: int = 0


def read_layout(data: ImageView) -> JpegLayout:
    """Walk the markers to EOI; LayoutError if there is no frame header or no end."""
    frame, offset = _Frame(), 2
    while True:
        offset, marker = _next_marker(data, offset)
        if marker == _EOI:
            require(frame.width > 0, "no frame header before the end")
            return _layout(frame, offset + 2)
        if marker in _STANDALONE_MARKERS:
            offset += 2
            continue
        length = struct.unpack(">H", unpack_at(data, offset + 2, 2))[0]
        if marker in _FRAME_MARKERS and frame.width == 0:
            frame = _frame(data, offset, marker)
        offset += 2 + length
        if marker == _SOS:
            require(frame.width > 0, "a scan before any frame header")
            offset = _end_of_scan(data, offset)


def _layout(frame: _Frame, end: int) -> JpegLayout:
    extent = (frame.width, frame.height)
    decode = frame.coefficient_bytes if frame.progressive else 0
    return JpegLayout(frame.width, frame.height, end, extent, decode, frame.progressive)


def _next_marker(data: ImageView, offset: int) -> tuple[int, int]:
    """The next marker at or after `offset`, skipping stray bytes and 0xFF fill as libjpeg does."""
    found = data.find(b"\xff", offset)
    require(found >= 0, "no end-of-image marker")
    while found + 1 < len(data) and data[found + 1] == 0xFF:
        found += 1
    return found, unpack_at(data, found + 1, 1)[0]


def _end_of_scan(data: ImageView, offset: int) -> int:
    """Where the marker after the scan starting at `offset` begins (its last 0xFF byte).

    The scan is searched for 0xFF bytes (`find`: memchr, about one per 256 bytes of entropy-coded
    data) rather than with a regular expression, which holds the interpreter for the whole scan
    (tens of milliseconds for a phone photo, the event loop waiting)."""
    position, end = offset, len(data)
    while True:
        found = data.find(b"\xff", position)
        require(found >= 0, "scan data cut short")
        after = found + 1
        while after < end and data[after] == _FILL:
            after += 1
        require(after < end, "scan data cut short")
        if data[after] not in _IN_SCAN:
            return after - 1
        position = after + 1


def _frame(data: ImageView, offset: int, marker: int) -> _Frame:
    _precision, height, width, count = struct.unpack(">BHHB", unpack_at(data, offset + 4, 6))
    sampling = [unpack_at(data, offset + 11 + 3 * index, 1)[0] for index in range(count)]
    require(count > 0 and width > 0 and height > 0, "an empty frame header")
    coefficients = _coefficient_bytes(width, height, sampling)
    return _Frame(width, height, marker in _PROGRESSIVE_FRAMES, coefficients)


def _coefficient_bytes(width: int, height: int, sampling: list[int]) -> int:
    """Memory for the coefficients of every block of every component (a progressive decode)."""
    horizontal = max(factor >> 4 for factor in sampling) or 1
    vertical = max(factor & 0x0F for factor in sampling) or 1
    mcu_columns = -(-width // (8 * horizontal))
    mcu_rows = -(-height // (8 * vertical))
    blocks = sum((factor >> 4) * (factor & 0x0F) for factor in sampling)
    return mcu_columns * mcu_rows * blocks * _COEFFICIENT_BYTES
