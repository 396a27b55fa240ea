"""The image formats the search API accepts, recognised from the bytes alone (magic numbers).

What each format's structure declares (dimensions, frames, where the image ends) is read by the
`*_layout` modules, without Pillow.
"""

from __future__ import annotations

import enum


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
    def media_types(self) -> tuple[str, ...]:
        """Every media type a file in this format is declared with (the standard one first)."""
        return (self.content_type, *_OTHER_MEDIA_TYPES.get(self.value, ()))

    @property
    def label(self) -> str:
        return "WebP" if self is ImageFormat.WEBP else self.name

    @property
    def pillow_name(self) -> str:
        return self.name


ALLOWED_IMAGE_EXTENSIONS = frozenset({f".{fmt.extension}" for fmt in ImageFormat} | {".jpeg"})
"""File names the search API accepts (the formats' extensions, and `.jpeg`)."""
_OTHER_MEDIA_TYPES = {
    "jpg": ("image/jpg", "image/pjpeg"),
    "png": ("image/x-png", "image/apng"),
    "bmp": ("image/x-bmp", "image/x-ms-bmp"),
}
"""Non-standard names browsers and hosts use for the same formats (keyed by extension)."""
ACCEPTED_MEDIA_TYPES = frozenset(kind for fmt in ImageFormat for kind in fmt.media_types)
"""The declared media types of the formats we search."""
ACCEPT_HEADER = ", ".join(fmt.content_type for fmt in ImageFormat) + ", */*;q=0.5"
"""What a download asks a server for: our formats first, anything else after."""

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
