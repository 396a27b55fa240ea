"""Checking that a file really is an image the search API accepts, before a search is spent on it.

Everything is decided from the bytes, never from the name or type the user (or their browser)
gave: the format comes from magic numbers, the dimensions from the file's own header (both read in
`bot.core.image_formats`), and a full decode proves the file is not cut short. The header is read
before Pillow is involved, so a small file that declares a huge canvas (a decompression bomb) is
refused before anything is allocated for it. Files that are not accepted images are named, with
advice, by `bot.core.file_kinds`.

Pillow's `MAX_IMAGE_PIXELS` and `LOAD_TRUNCATED_IMAGES` are process-wide settings, so this module
never changes them (another thread could be decoding): its own limits come first, Pillow's
decompression-bomb warning and error are caught as a backstop, and truncated loading must stay off.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import struct
from dataclasses import dataclass, field
from functools import cached_property

from PIL import Image, ImageFile

from bot.core.errors import UserFacingError
from bot.core.file_kinds import declared_kind, kind_of_bytes
from bot.core.image_formats import SUPPORTED_SENTENCE, ImageFormat, header_dimensions, sniff_format
from bot.core.text import untrusted_inline

NAME_LIMIT = 80
_KB = 1024
_MB = 1024 * 1024
_TIMES = "\N{MULTIPLICATION SIGN}"


@dataclass(frozen=True)
class ImageLimits:
    """What the bot agrees to check and send.

    `max_bytes` is the search API's own cap. `max_pixels` bounds decoding memory: 40 megapixels is
    about 160 MB as RGBA, still covers 12-24 MP phone photos, 8K screenshots (33 MP) and long
    scrolling screenshots, and is far below anything a search needs. `max_side` refuses absurd
    strips (the WebP format itself stops at 16383).
    """

    max_bytes: int = 20 * _MB
    max_pixels: int = 40_000_000
    max_side: int = 16_384


@dataclass(frozen=True)
class CheckedImage:
    """Bytes proven to be a complete image of an accepted format, within the limits."""

    data: bytes = field(repr=False)
    format: ImageFormat
    width: int
    height: int
    source_name: str
    """The name as the user gave it: untrusted, for display only (escape it)."""

    @property
    def upload_filename(self) -> str:
        """Named after the real format, so a mislabelled file is still sent with the right type."""
        return f"query.{self.format.extension}"

    @property
    def content_type(self) -> str:
        return self.format.content_type

    @cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


class ImageRejected(UserFacingError):  # noqa: N818 - the agreed public name; it reads as an outcome
    """The file is not something the bot can search with; the message says why and what to do."""


def format_size(size: int) -> str:
    """A byte count as people read it, rounded up so a file just over a limit never looks equal."""
    if size < _KB:
        return "1 byte" if size == 1 else f"{size} bytes"
    unit, scale = ("MB", _MB) if size >= _MB else ("KB", _KB)
    return f"{_tenths_rounded_up(size, scale)} {unit}"


def _tenths_rounded_up(value: int, scale: int) -> str:
    tenths = -(-value * 10 // scale)
    whole, fraction = divmod(tenths, 10)
    return f"{whole}.{fraction}" if fraction else str(whole)


def _megapixels(pixels: int) -> str:
    return _tenths_rounded_up(pixels, 1_000_000)


def _subject(name: str) -> str:
    """The user's file name, escaped, to start a sentence with."""
    return untrusted_inline(name, NAME_LIMIT) or "That file"


def _damaged(subject: str) -> ImageRejected:
    return ImageRejected(f"{subject} looks damaged or cut short; try saving it again.")


def _check_byte_size(size: int, subject: str, limits: ImageLimits) -> None:
    if size == 0:
        raise ImageRejected(f"{subject} is empty; try attaching it again.")
    if size > limits.max_bytes:
        raise ImageRejected(
            f"{subject} is {format_size(size)}; the limit is {format_size(limits.max_bytes)}."
        )


def _check_dimensions(size: tuple[int, int], subject: str, limits: ImageLimits) -> None:
    width, height = size
    shown = f"{subject} is {width}{_TIMES}{height} pixels"
    if max(width, height) > limits.max_side:
        raise ImageRejected(
            f"{shown}; the longest side I accept is {limits.max_side} pixels, so please shrink it."
        )
    if width * height > limits.max_pixels:
        raise ImageRejected(
            f"{shown} ({_megapixels(width * height)} megapixels); the most I accept is "
            f"{_megapixels(limits.max_pixels)} megapixels, so please shrink it."
        )


# --- before downloading -----------------------------------------------------------------------


def precheck_declared(
    *, name: str, size: int | None, content_type: str | None, limits: ImageLimits
) -> None:
    """Refuse early what the declared size, type or name already rules out.

    Lenient on purpose: a declared type we accept wins over the name, and an unknown or missing
    extension with no type passes, because the bytes decide later in `check_image`.
    """
    subject = _subject(name)
    if size is not None:
        _check_byte_size(size, subject, limits)
    kind = declared_kind(name, content_type)
    if kind is not None:
        raise ImageRejected(kind.refusal(subject))


# --- the full check ---------------------------------------------------------------------------


def check_image(data: bytes, *, source_name: str, limits: ImageLimits) -> CheckedImage:
    """Prove `data` is a complete JPEG, PNG, GIF, BMP or WebP image within `limits`.

    CPU-bound (it decodes the image): from async code use `check_image_async`.
    """
    subject = _subject(source_name)
    _check_byte_size(len(data), subject, limits)
    image_format = _require_format(data, subject)
    declared = header_dimensions(data, image_format)
    if declared is None:
        raise _damaged(subject)
    _check_dimensions(declared, subject, limits)
    width, height = _decode(data, image_format, subject, limits)
    return CheckedImage(data, image_format, width, height, source_name)


async def check_image_async(data: bytes, *, source_name: str, limits: ImageLimits) -> CheckedImage:
    """`check_image` in a worker thread, so decoding never blocks the event loop."""
    return await asyncio.to_thread(check_image, data, source_name=source_name, limits=limits)


def _require_format(data: bytes, subject: str) -> ImageFormat:
    image_format = sniff_format(data)
    if image_format is not None:
        return image_format
    kind = kind_of_bytes(data)
    if kind is not None:
        raise ImageRejected(kind.refusal(subject))
    raise ImageRejected(f"{subject} is not an image I can read; {SUPPORTED_SENTENCE}")


_DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, IndexError, struct.error)


def _decode(
    data: bytes, image_format: ImageFormat, subject: str, limits: ImageLimits
) -> tuple[int, int]:
    """Decode the first frame fully: truncated or corrupt data fails here, not at the API."""
    _require_strict_decoding()
    try:
        with Image.open(io.BytesIO(data), formats=[image_format.pillow_name]) as image:
            _check_dimensions(image.size, subject, limits)  # a GIF frame can outgrow its header
            image.load()
            return image.size
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageRejected(
            f"{subject} has too many pixels to open safely; the most I accept is "
            f"{_megapixels(limits.max_pixels)} megapixels, so please shrink it."
        ) from None
    except _DECODE_ERRORS:
        raise _damaged(subject) from None


def _require_strict_decoding() -> None:
    if ImageFile.LOAD_TRUNCATED_IMAGES:
        raise RuntimeError(
            "PIL.ImageFile.LOAD_TRUNCATED_IMAGES is on, so cut-short images would pass the check; "
            "something in this process turned it on and must not."
        )
