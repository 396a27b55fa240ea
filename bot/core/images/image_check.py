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
from bot.core.images.image_formats import ImageFormat, sniff_format
from bot.core.images.image_layout import HostileLayoutError, ImageLayout, LayoutError
from bot.core.images.image_proof import (
    DECODE_MEMORY_LIMIT,
    PillowBombError,
    TooCostlyToDecode,
    prove_pixels,
    read_layout,
)
from bot.core.language import Text, english
from bot.core.text import untrusted_inline

NAME_LIMIT = 80
BOMB_PIXELS_PER_BYTE = 1000
"""Over the limits and above this many pixels per byte of file, an image is a decompression bomb:
no photo or screenshot that large compresses so far."""
_SNIFF_BYTES = 4096
_KB = 1024
_MB = 1024 * 1024


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
    """An image of an accepted format, within the limits, proven complete (or, when `proven`
    is False, to be proven by the search's own decode of it: `prove_checked`).

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
    proven: bool = True
    """Its pixels were decoded once without error (False: only its structure was read)."""

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


def size_text(size: int) -> Text:
    """A byte count as people read it ("1.5 MB", "1,5 Mo"), rounded up so a file just over a
    limit never looks equal."""
    if size < _KB:
        return Text("error-size-bytes", count=size)
    if size >= _MB:
        return Text("error-size-mb", amount=_tenths_rounded_up(size, _MB))
    return Text("error-size-kb", amount=_tenths_rounded_up(size, _KB))


def format_size(size: int) -> str:
    """`size_text` in English (logs, the mod-log's notes)."""
    return english().say(size_text(size))


def _tenths_rounded_up(value: int, scale: int) -> int | float:
    tenths = -(-value * 10 // scale)
    whole, fraction = divmod(tenths, 10)
    return whole + fraction / 10 if fraction else whole


def _megapixels(pixels: int) -> int | float:
    return _tenths_rounded_up(pixels, 1_000_000)


Subject = str | Text
"""Who a refusal is about: the user's file name or link, escaped (never translated), or the
words "That file" / "That link" in the reader's language."""


def file_subject(name: str, fallback: str = "error-subject-file") -> Subject:
    """The user's file name, escaped, to start a sentence with (`fallback`'s words without)."""
    return untrusted_inline(name, NAME_LIMIT) or Text(fallback)


def _damaged(subject: Subject) -> ImageRejected:
    return ImageRejected(Text("error-image-damaged", subject=subject))


def _check_byte_size(size: int, subject: Subject, limits: ImageLimits) -> None:
    if size == 0:
        raise ImageRejected(Text("error-file-empty", subject=subject))
    if size > limits.max_bytes:
        raise ImageRejected(
            Text(
                "error-file-too-large",
                subject=subject,
                size=size_text(size),
                limit=size_text(limits.max_bytes),
            )
        )


def _check_dimensions(
    layout: ImageLayout, file_size: int, subject: Subject, limits: ImageLimits
) -> None:
    width, height = layout.checked_size
    shown: dict[str, Subject | int] = {"subject": subject, "width": width, "height": height}
    if width * height > BOMB_PIXELS_PER_BYTE * file_size and _over_limits(width, height, limits):
        raise ImageRejected(Text("error-image-bomb", **shown, size=size_text(file_size)))
    if max(width, height) > limits.max_side:
        raise ImageRejected(Text("error-image-side-too-long", **shown, limit=limits.max_side))
    if width * height > limits.max_pixels:
        raise ImageRejected(
            Text(
                "error-image-too-many-pixels",
                **shown,
                megapixels=_megapixels(width * height),
                limit=_megapixels(limits.max_pixels),
            )
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
    subject = file_subject(name)
    if size is not None:
        _check_byte_size(size, subject, limits)
    kind = declared_kind(name, content_type)
    if kind is not None:
        raise ImageRejected(kind.refusal(subject))


# --- the full check ---------------------------------------------------------------------------


def check_image(
    data: bytes | ImageBytes, *, source_name: str, limits: ImageLimits, prove: bool = True
) -> CheckedImage:
    """Prove `data` is a complete JPEG, PNG, GIF, BMP or WebP image within `limits`.

    With `prove` False, everything but the pixels is checked (format, structure, limits, what
    decoding would cost) and the image comes back not `proven`: the caller decodes it anyway and
    proves it there (`prove_checked` when that decode fails), so the pixels are inflated once.
    CPU-bound and, for files, blocking: from async code use `check_image_async` (or run it on
    the loader's decode thread). Keeps nothing decoded.
    """
    original = MemoryImageBytes(data) if isinstance(data, bytes) else data
    subject = file_subject(source_name)
    _check_byte_size(original.size, subject, limits)
    with original.view() as view:
        image_format = _require_format(bytes(view[:_SNIFF_BYTES]), subject)
        layout = _layout(view, image_format, subject)
        _check_dimensions(layout, original.size, subject, limits)
        if prove:
            _prove(view, image_format, layout, subject)
        elif layout.decode_bytes > DECODE_MEMORY_LIMIT:
            raise _too_costly(subject, image_format, layout)
    return CheckedImage(
        original, image_format, layout.width, layout.height, source_name, layout.end, prove
    )


def prove_checked(image: CheckedImage) -> None:
    """Prove the pixels of an image checked without (`check_image(prove=False)`); raises the
    check's own `ImageRejected` (damaged, a bomb) when they do not decode."""
    subject = file_subject(image.source_name)
    with image.original.view() as view:
        layout = _layout(view, image.format, subject)
        _prove(view, image.format, layout, subject)


async def check_image_async(
    data: bytes | ImageBytes, *, source_name: str, limits: ImageLimits
) -> CheckedImage:
    """`check_image` in a worker thread, so decoding never blocks the event loop."""
    return await asyncio.to_thread(check_image, data, source_name=source_name, limits=limits)


def _require_format(head: bytes, subject: Subject) -> ImageFormat:
    image_format = sniff_format(head)
    if image_format is not None:
        return image_format
    kind = kind_of_bytes(head)
    if kind is not None:
        raise ImageRejected(kind.refusal(subject))
    raise ImageRejected(Text("error-image-unreadable", subject=subject))


def _layout(view: ImageView, image_format: ImageFormat, subject: Subject) -> ImageLayout:
    try:
        return read_layout(view, image_format)
    except HostileLayoutError as hostile:
        raise ImageRejected(hostile.refusal(subject)) from None
    except LayoutError:
        raise _damaged(subject) from None


def _prove(
    view: ImageView, image_format: ImageFormat, layout: ImageLayout, subject: Subject
) -> None:
    try:
        prove_pixels(view, image_format, layout)
    except LayoutError:
        raise _damaged(subject) from None
    except PillowBombError:
        raise ImageRejected(Text("error-image-pillow-bomb", subject=subject)) from None
    except TooCostlyToDecode:
        raise _too_costly(subject, image_format, layout) from None


def _too_costly(subject: Subject, image_format: ImageFormat, layout: ImageLayout) -> ImageRejected:
    size = {"subject": subject, "width": layout.width, "height": layout.height}
    if image_format is ImageFormat.JPEG:
        return ImageRejected(Text("error-image-too-costly-jpeg", **size))
    return ImageRejected(Text("error-image-too-costly", **size, format=image_format.label))
