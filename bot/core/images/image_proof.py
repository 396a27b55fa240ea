"""Reading an image's layout and proving its pixels decode, in bounded memory.

The proof is the cheapest decode that still refuses damaged files: PNG's stream is inflated a
slice at a time (`png_layout`), a JPEG is decoded at an eighth of its size (libjpeg still reads
every coefficient, so a cut-short scan fails), a GIF or WebP decodes its first frame, and an
uncompressed BMP needs no decode at all (its rows have a fixed size). Decodes whose memory would
pass `DECODE_MEMORY_LIMIT` are not attempted (`TooCostlyToDecode`).

Pillow's `MAX_IMAGE_PIXELS` and `LOAD_TRUNCATED_IMAGES` are process-wide, so they are never
changed here: the limits are checked before Pillow opens anything, Pillow's own bomb error is a
backstop, and truncated loading must stay off.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Callable
from typing import IO, cast

from PIL import Image, ImageFile

from bot.core.images import bmp_layout, gif_layout, jpeg_layout, png_layout, webp_layout
from bot.core.images.image_bytes import ImageView
from bot.core.images.image_formats import ImageFormat
from bot.core.images.image_layout import ImageLayout, LayoutError

DECODE_MEMORY_LIMIT = 64 * 1024 * 1024
"""Memory one check may spend decoding: a 16-megapixel WebP, a 21-megapixel progressive JPEG."""
_JPEG_REDUCTION = 8
DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, IndexError, struct.error)
"""What Pillow raises for pixels that do not decode (besides its bomb errors)."""


class TooCostlyToDecode(Exception):  # noqa: N818 - reads as the outcome it reports
    """Proving these pixels would take more memory than `DECODE_MEMORY_LIMIT`."""


class PillowBombError(Exception):
    """Pillow itself judged the image a decompression bomb (the backstop after our own limits)."""


def read_layout(data: ImageView, image_format: ImageFormat) -> ImageLayout:
    """The file's declared structure; LayoutError if it is cut short or malformed."""
    try:
        return _LAYOUT_READERS[image_format](data)
    except (struct.error, IndexError, ValueError) as error:
        raise LayoutError(f"unreadable structure: {error}") from None


_LAYOUT_READERS: dict[ImageFormat, Callable[[ImageView], ImageLayout]] = {
    ImageFormat.PNG: png_layout.read_layout,
    ImageFormat.JPEG: jpeg_layout.read_layout,
    ImageFormat.GIF: gif_layout.read_layout,
    ImageFormat.WEBP: webp_layout.read_layout,
    ImageFormat.BMP: bmp_layout.read_layout,
}


def prove_pixels(data: ImageView, image_format: ImageFormat, layout: ImageLayout) -> None:
    """Decode as little as proves the image whole; LayoutError if it is damaged."""
    _require_strict_decoding()
    if layout.decode_bytes > DECODE_MEMORY_LIMIT:
        raise TooCostlyToDecode(f"{layout.decode_bytes} bytes to decode")
    if isinstance(layout, png_layout.PngLayout):
        png_layout.prove_pixels(data, layout)
    elif isinstance(layout, bmp_layout.BmpLayout) and not layout.compressed:
        _decode_with_pillow(data, image_format, load=False)
    else:
        _decode_with_pillow(data, image_format, load=True)


def _decode_with_pillow(data: ImageView, image_format: ImageFormat, *, load: bool) -> None:
    source = cast("IO[bytes]", io.BytesIO(data) if isinstance(data, bytes) else data)
    source.seek(0)
    try:
        with Image.open(source, formats=[image_format.pillow_name]) as image:
            if image_format is ImageFormat.JPEG:
                image.draft(None, _reduced(image.size))
            if load:
                image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise PillowBombError(str(error)) from None
    except DECODE_ERRORS as error:
        raise LayoutError(f"the decoder refused it: {error}") from None


def _reduced(size: tuple[int, int]) -> tuple[int, int]:
    width, height = size
    return max(1, width // _JPEG_REDUCTION), max(1, height // _JPEG_REDUCTION)


def _require_strict_decoding() -> None:
    if ImageFile.LOAD_TRUNCATED_IMAGES:
        raise RuntimeError(
            "PIL.ImageFile.LOAD_TRUNCATED_IMAGES is on, so cut-short images would pass the check; "
            "something in this process turned it on and must not."
        )
