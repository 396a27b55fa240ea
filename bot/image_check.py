"""Checking that a file really is an image the search API accepts, before a search is spent on it.

Everything is decided from the bytes, never from the name or type the user (or their browser)
gave: the format comes from magic numbers, the dimensions from the file's own header, and a full
decode proves the file is not cut short. The header is read here, before Pillow is involved, so a
small file that declares a huge canvas (a decompression bomb) is refused before anything is
allocated for it.

Pillow's `MAX_IMAGE_PIXELS` and `LOAD_TRUNCATED_IMAGES` are process-wide settings, so this module
never changes them (another thread could be decoding): its own limits come first, Pillow's
decompression-bomb warning and error are caught as a backstop, and truncated loading must stay off.
"""

from __future__ import annotations

import asyncio
import enum
import hashlib
import io
import posixpath
import struct
from dataclasses import dataclass, field
from functools import cached_property

from PIL import Image, ImageFile

from bot.errors import UserFacingError
from bot.text import untrusted_inline

NAME_LIMIT = 80
_KB = 1024
_MB = 1024 * 1024
_TIMES = "\N{MULTIPLICATION SIGN}"
_TEXT_SNIFF_BYTES = 1024


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


_SUPPORTED_SENTENCE = (
    "I can search "
    + ", ".join(fmt.label for fmt in list(ImageFormat)[:-1])
    + f" and {list(ImageFormat)[-1].label} images."
)


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


@dataclass(frozen=True)
class _Kind:
    """A common thing that is not an image we accept, with the advice that fits it."""

    description: str
    advice: str


_CONVERT = "save or export it as PNG or JPEG (a screenshot works too) and try again."
_SCREENSHOT_PAGE = "send a screenshot of the page instead."
_SVG = _Kind("an SVG drawing", _CONVERT)
_HEIC = _Kind("a HEIC photo", _CONVERT)
_AVIF = _Kind("an AVIF image", _CONVERT)
_TIFF = _Kind("a TIFF image", _CONVERT)
_ICON = _Kind("an icon file", _CONVERT)
_JPEG_XL = _Kind("a JPEG XL image", _CONVERT)
_PHOTOSHOP = _Kind("a Photoshop file", _CONVERT)
_RAW = _Kind("a camera RAW photo", _CONVERT)
_PDF = _Kind("a PDF document", _SCREENSHOT_PAGE)
_DOCUMENT = _Kind("a document, not an image", _SCREENSHOT_PAGE)
_VIDEO = _Kind(
    "a video",
    "video input is not supported yet, so send a screenshot of the frame you want to find.",
)
_AUDIO = _Kind("an audio file, not an image", _SUPPORTED_SENTENCE)
_TEXT = _Kind("a text file, not an image", _SUPPORTED_SENTENCE)
_HTML = _Kind(
    "a web page, not an image",
    "use the link of the image itself (right-click the image and copy its address).",
)
_ARCHIVE = _Kind("an archive, not an image", "unpack it and send the image itself.")


def _kind_table(*groups: tuple[_Kind, str]) -> dict[str, _Kind]:
    return {key: kind for kind, keys in groups for key in keys.split()}


_EXTENSION_KINDS = _kind_table(
    (_SVG, "svg svgz"),
    (_HEIC, "heic heif heics heifs hif"),
    (_AVIF, "avif"),
    (_TIFF, "tif tiff"),
    (_ICON, "ico cur icns"),
    (_JPEG_XL, "jxl"),
    (_PHOTOSHOP, "psd psb"),
    (_RAW, "dng cr2 cr3 nef arw raf orf rw2"),
    (_PDF, "pdf"),
    (_DOCUMENT, "doc docx odt rtf ppt pptx odp xls xlsx ods epub"),
    (_VIDEO, "mp4 m4v mov qt webm mkv avi wmv flv 3gp mpg mpeg ogv gifv"),
    (_AUDIO, "mp3 wav ogg oga m4a flac opus aac"),
    (_TEXT, "txt md json csv log xml yaml yml"),
    (_HTML, "html htm xhtml mhtml"),
    (_ARCHIVE, "zip rar 7z gz tgz tar"),
)
_MEDIA_TYPE_KINDS = _kind_table(
    (_SVG, "image/svg+xml"),
    (_HEIC, "image/heic image/heif image/heic-sequence image/heif-sequence"),
    (_AVIF, "image/avif"),
    (_TIFF, "image/tiff"),
    (_ICON, "image/x-icon image/vnd.microsoft.icon"),
    (_JPEG_XL, "image/jxl"),
    (_PHOTOSHOP, "image/vnd.adobe.photoshop"),
    (_PDF, "application/pdf"),
    (_HTML, "text/html application/xhtml+xml"),
    (_TEXT, "application/json application/xml"),
    (_ARCHIVE, "application/zip application/x-zip-compressed application/gzip application/x-rar"),
    (_VIDEO, "application/mp4"),
)
_MEDIA_FAMILY_KINDS = {"video": _VIDEO, "audio": _AUDIO, "text": _TEXT}
_ACCEPTED_MEDIA_TYPES = frozenset(
    {
        *("image/jpeg", "image/jpg", "image/pjpeg"),
        *("image/png", "image/x-png", "image/apng"),
        *("image/bmp", "image/x-bmp", "image/x-ms-bmp"),
        *("image/gif", "image/webp"),
    }
)


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


def _kind_message(subject: str, kind: _Kind) -> str:
    return f"{subject} is {kind.description}; {kind.advice}"


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
    kind = _declared_kind(name, content_type)
    if kind is not None:
        raise ImageRejected(_kind_message(subject, kind))


def _declared_kind(name: str, content_type: str | None) -> _Kind | None:
    media_type = (content_type or "").split(";")[0].strip().lower()
    if media_type in _ACCEPTED_MEDIA_TYPES:
        return None
    kind = _MEDIA_TYPE_KINDS.get(media_type) or _MEDIA_FAMILY_KINDS.get(media_type.split("/")[0])
    if kind is not None:
        return kind
    extension = posixpath.splitext(name.strip())[1].lower().lstrip(".")
    return _EXTENSION_KINDS.get(extension)


# --- recognising bytes ----------------------------------------------------------------------


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


def describe_non_image(data: bytes) -> str | None:
    """A short description ("a PDF document") of common files that are not accepted images."""
    kind = _binary_kind(data) or _text_kind(data[:_TEXT_SNIFF_BYTES])
    return None if kind is None else kind.description


_BINARY_SIGNATURES: tuple[tuple[bytes, _Kind], ...] = (
    (b"%PDF-", _PDF),
    (b"PK\x03\x04", _ARCHIVE),
    (b"PK\x05\x06", _ARCHIVE),
    (b"\x1f\x8b", _ARCHIVE),
    (b"Rar!\x1a\x07", _ARCHIVE),
    (b"7z\xbc\xaf\x27\x1c", _ARCHIVE),
    (b"II*\x00", _TIFF),
    (b"MM\x00*", _TIFF),
    (b"\x00\x00\x01\x00", _ICON),
    (b"\x00\x00\x02\x00", _ICON),
    (b"8BPS", _PHOTOSHOP),
    (b"\xff\x0a", _JPEG_XL),
    (b"\x00\x00\x00\x0cJXL \r\n\x87\n", _JPEG_XL),
    (b"\x1a\x45\xdf\xa3", _VIDEO),
    (b"\x00\x00\x01\xba", _VIDEO),
    (b"\x00\x00\x01\xb3", _VIDEO),
    (b"ID3", _AUDIO),
    (b"OggS", _AUDIO),
    (b"fLaC", _AUDIO),
)
_RIFF_KINDS = {b"AVI ": _VIDEO, b"WAVE": _AUDIO}
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1")


def _binary_kind(data: bytes) -> _Kind | None:
    if data[4:8] == b"ftyp":
        return _iso_media_kind(data)
    if data[:4] == b"RIFF":
        return _RIFF_KINDS.get(data[8:12])
    return next((kind for magic, kind in _BINARY_SIGNATURES if data.startswith(magic)), None)


def _iso_media_kind(data: bytes) -> _Kind:
    """HEIC, AVIF, MP4 and MOV all start with an ISO "ftyp" box; its brands tell them apart."""
    brands = data[8 : min(int.from_bytes(data[:4], "big"), 64)]
    if b"avif" in brands or b"avis" in brands:
        return _AVIF
    if any(brand in brands for brand in _HEIF_BRANDS):
        return _HEIC
    return _AUDIO if brands.startswith(b"M4A ") else _VIDEO


def _text_kind(head: bytes) -> _Kind | None:
    if not _looks_like_text(head):
        return None
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n").lower()
    if text.startswith("<svg") or (text.startswith(("<?xml", "<!doctype svg")) and "<svg" in text):
        return _SVG
    if text.startswith(("<!doctype html", "<html", "<head", "<body")):
        return _HTML
    return _TEXT


def _looks_like_text(head: bytes) -> bool:
    """No NUL bytes and almost no control characters or invalid UTF-8 (a cut-off tail is fine)."""
    if not head or b"\x00" in head:
        return False
    text = head.decode("utf-8", errors="replace")
    odd = sum(1 for char in text if char == "\ufffd" or (char < " " and char not in "\t\n\r\f"))
    return odd <= len(text) // 100 + 1


# --- dimensions from the header, before any decoding ------------------------------------------


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


_HEADER_READERS = {
    ImageFormat.JPEG: _jpeg_size,
    ImageFormat.PNG: _png_size,
    ImageFormat.GIF: _gif_size,
    ImageFormat.BMP: _bmp_size,
    ImageFormat.WEBP: _webp_size,
}


# --- the full check ---------------------------------------------------------------------------


def check_image(data: bytes, *, source_name: str, limits: ImageLimits) -> CheckedImage:
    """Prove `data` is a complete JPEG, PNG, GIF, BMP or WebP image within `limits`.

    CPU-bound (it decodes the image): from async code use `check_image_async`.
    """
    subject = _subject(source_name)
    _check_byte_size(len(data), subject, limits)
    image_format = _require_format(data, subject)
    declared = _HEADER_READERS[image_format](data)
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
    kind = _binary_kind(data) or _text_kind(data[:_TEXT_SNIFF_BYTES])
    if kind is not None:
        raise ImageRejected(_kind_message(subject, kind))
    raise ImageRejected(f"{subject} is not an image I can read; {_SUPPORTED_SENTENCE}")


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
