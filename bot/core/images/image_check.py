"""Checking that a file really is an image the search API accepts, before a search is spent on it.

Everything is decided from the bytes, never from the name or type the user (or their browser)
gave: the format comes from magic numbers (`bot.core.images.image_formats`), the dimensions and the
image's own extent from its structure, read without decoding (`bot.core.images.image_proof` and the
`*_layout` modules), and a bounded decode proves the file is not cut short. A small file that
declares a huge canvas (a decompression bomb) is refused before anything is allocated for it;
bytes glued after the image's end (a polyglot's ZIP or web page) are never uploaded. Files that are
not accepted images are named, with advice, by `bot.core.images.file_kinds`.

The check reads the image through `ImageBytes`, in memory or a temporary file, and keeps no
decoded pixels: at most `DECODE_MEMORY_LIMIT` is spent at once per check.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from bot.core.errors import UserFacingError
from bot.core.images.file_kinds import declared_kind, kind_of_bytes
from bot.core.images.image_bytes import ImageBytes, ImageView, MemoryImageBytes
from bot.core.images.image_formats import SUPPORTED_SENTENCE, ImageFormat, sniff_format
from bot.core.images.image_layout import HostileLayoutError, ImageLayout, LayoutError
from bot.core.images.image_proof import (
    PillowBombError,
    TooCostlyToDecode,
    prove_pixels,
    read_layout,
)
from bot.core.text import untrusted_inline

NAME_LIMIT = 80
BOMB_PIXELS_PER_BYTE = 1000
"""Over the limits and above this many pixels per byte of file, an image is a decompression bomb:
no photo or screenshot that large compresses so far."""
_SNIFF_BYTES = 4096
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
    """An image proven complete, of an accepted format and within the limits.

    `original` holds every byte the user gave (its hash is the cache key); only the first
    `image_size` of them are the image itself and are ever uploaded.
    """

    original: ImageBytes = field(repr=False)
    format: ImageFormat
    width: int
    height: int
    source_name: str
    """The name as the user gave it: untrusted, for display only (escape it)."""
    image_size: int

    @property
    def upload_filename(self) -> str:
        """Named after the real format, so a mislabelled file is still sent with the right type."""
        return f"query.{self.format.extension}"

    @property
    def content_type(self) -> str:
        return self.format.content_type

    @property
    def sha256(self) -> str:
        """SHA-256 of everything the user gave, trailing bytes included."""
        return self.original.sha256

    @property
    def has_foreign_bytes(self) -> bool:
        """Bytes follow the image's end (a polyglot); they are never uploaded."""
        return self.image_size < self.original.size

    def release(self) -> None:
        """Free the bytes (delete the temporary file) once the search is over; idempotent."""
        self.original.discard()


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


def _check_dimensions(
    layout: ImageLayout, file_size: int, subject: str, limits: ImageLimits
) -> None:
    width, height = layout.checked_size
    if width * height > BOMB_PIXELS_PER_BYTE * file_size and _over_limits(width, height, limits):
        raise ImageRejected(
            f"{subject} declares {width}{_TIMES}{height} pixels in only {format_size(file_size)}: "
            "more pixels than it can possibly hold, so I won't open it."
        )
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


def _over_limits(width: int, height: int, limits: ImageLimits) -> bool:
    return max(width, height) > limits.max_side or width * height > limits.max_pixels


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


def check_image(data: bytes | ImageBytes, *, source_name: str, limits: ImageLimits) -> CheckedImage:
    """Prove `data` is a complete JPEG, PNG, GIF, BMP or WebP image within `limits`.

    CPU-bound and, for files, blocking: from async code use `check_image_async` (or run it on
    the loader's decode thread). Keeps nothing decoded.
    """
    original = MemoryImageBytes(data) if isinstance(data, bytes) else data
    subject = _subject(source_name)
    _check_byte_size(original.size, subject, limits)
    with original.view() as view:
        image_format = _require_format(bytes(view[:_SNIFF_BYTES]), subject)
        layout = _layout(view, image_format, subject)
        _check_dimensions(layout, original.size, subject, limits)
        _prove(view, image_format, layout, subject)
    return CheckedImage(
        original, image_format, layout.width, layout.height, source_name, layout.end
    )


async def check_image_async(
    data: bytes | ImageBytes, *, source_name: str, limits: ImageLimits
) -> CheckedImage:
    """`check_image` in a worker thread, so decoding never blocks the event loop."""
    return await asyncio.to_thread(check_image, data, source_name=source_name, limits=limits)


def _require_format(head: bytes, subject: str) -> ImageFormat:
    image_format = sniff_format(head)
    if image_format is not None:
        return image_format
    kind = kind_of_bytes(head)
    if kind is not None:
        raise ImageRejected(kind.refusal(subject))
    raise ImageRejected(f"{subject} is not an image I can read; {SUPPORTED_SENTENCE}")


def _layout(view: ImageView, image_format: ImageFormat, subject: str) -> ImageLayout:
    try:
        return read_layout(view, image_format)
    except HostileLayoutError as hostile:
        raise ImageRejected(f"{subject} {hostile.reason}, so I won't open it.") from None
    except LayoutError:
        raise _damaged(subject) from None


def _prove(view: ImageView, image_format: ImageFormat, layout: ImageLayout, subject: str) -> None:
    try:
        prove_pixels(view, image_format, layout)
    except LayoutError:
        raise _damaged(subject) from None
    except PillowBombError:
        raise ImageRejected(
            f"{subject} declares more pixels than it can possibly hold, so I won't open it."
        ) from None
    except TooCostlyToDecode:
        raise _too_costly(subject, image_format, layout) from None


def _too_costly(subject: str, image_format: ImageFormat, layout: ImageLayout) -> ImageRejected:
    kind = "progressive JPEG" if image_format is ImageFormat.JPEG else f"{image_format.label} image"
    return ImageRejected(
        f"{subject} is a {layout.width}{_TIMES}{layout.height} {kind}, too large for me to check "
        "safely in that format; save it as PNG or an ordinary JPEG (or shrink it) and try again."
    )
