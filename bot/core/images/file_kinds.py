"""Recognising common files that are not images we accept, so the user is told what to do instead.

A file is recognised from its declared media type or extension (before downloading) or from its
bytes (after), and each kind carries the advice that fits it: convert a HEIC photo, screenshot a
PDF page, send the image itself rather than the web page around it.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass

from bot.core.images.image_formats import ACCEPTED_MEDIA_TYPES
from bot.core.language import Arg, Text
from bot.core.media.containers import sniff_audio, sniff_container

_TEXT_SNIFF_BYTES = 1024


@dataclass(frozen=True)
class FileKind:
    """A common thing that is not an image we accept; its message (`error-kind-…`) names it and
    gives the advice that fits it ("convert it", "send a screenshot of the page")."""

    description: str
    """What it is, in English ("a PDF document"), for logs and tests."""
    message_id: str

    def refusal(self, subject: Arg) -> Text:
        """The sentence refusing `subject` (an escaped file name) as this kind of file."""
        return Text(self.message_id, subject=subject)


_SVG = FileKind("an SVG drawing", "error-kind-svg")
_HEIC = FileKind("a HEIC photo", "error-kind-heic")
_AVIF = FileKind("an AVIF image", "error-kind-avif")
_TIFF = FileKind("a TIFF image", "error-kind-tiff")
_ICON = FileKind("an icon file", "error-kind-icon")
_JPEG_XL = FileKind("a JPEG XL image", "error-kind-jpeg-xl")
_PHOTOSHOP = FileKind("a Photoshop file", "error-kind-photoshop")
_RAW = FileKind("a camera RAW photo", "error-kind-raw")
_EPS = FileKind("an EPS image, a format I can't search", "error-kind-eps")
_XPM = FileKind("an XPM image, a format I can't search", "error-kind-xpm")
_NETPBM = FileKind("a PPM/PGM/PBM image, a format I can't search", "error-kind-netpbm")
_FITS = FileKind("a FITS image, a format I can't search", "error-kind-fits")
_PDF = FileKind("a PDF document", "error-kind-pdf")
_DOCUMENT = FileKind("a document, not an image", "error-kind-document")
_VIDEO = FileKind("a video", "error-kind-video")
_AUDIO = FileKind("an audio file, not an image", "error-kind-audio")
_TEXT = FileKind("a text file, not an image", "error-kind-text")
_HTML = FileKind("a web page, not an image", "error-kind-web-page")
_ARCHIVE = FileKind("an archive, not an image", "error-kind-archive")


def _kind_table(*groups: tuple[FileKind, str]) -> dict[str, FileKind]:
    return {key: kind for kind, keys in groups for key in keys.split()}


# --- by declared name and media type ----------------------------------------------------------


_EXTENSION_KINDS = _kind_table(
    (_SVG, "svg svgz"),
    (_HEIC, "heic heif heics heifs hif"),
    (_AVIF, "avif"),
    (_TIFF, "tif tiff"),
    (_ICON, "ico cur icns"),
    (_JPEG_XL, "jxl"),
    (_PHOTOSHOP, "psd psb"),
    (_RAW, "dng cr2 cr3 nef arw raf orf rw2"),
    (_EPS, "eps epsf epsi"),
    (_XPM, "xpm"),
    (_NETPBM, "ppm pgm pbm pnm pam"),
    (_FITS, "fits fit fts"),
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
    (_EPS, "application/postscript image/x-eps application/eps"),
    (_XPM, "image/x-xpixmap image/x-xpm"),
    (_NETPBM, "image/x-portable-pixmap image/x-portable-graymap image/x-portable-bitmap"),
    (_NETPBM, "image/x-portable-anymap"),
    (_FITS, "image/fits application/fits"),
    (_PDF, "application/pdf"),
    (_HTML, "text/html application/xhtml+xml"),
    (_TEXT, "application/json application/xml"),
    (_ARCHIVE, "application/zip application/x-zip-compressed application/gzip application/x-rar"),
    (_VIDEO, "application/mp4"),
)
_MEDIA_FAMILY_KINDS = {"video": _VIDEO, "audio": _AUDIO, "text": _TEXT}


def declared_kind(name: str, content_type: str | None) -> FileKind | None:
    """The kind the declared media type, or failing that the name's extension, says a file is.

    None when the declared type is one we accept (it wins over the name), or nothing is known.
    """
    media_type = (content_type or "").split(";")[0].strip().lower()
    if media_type in ACCEPTED_MEDIA_TYPES:
        return None
    kind = _MEDIA_TYPE_KINDS.get(media_type) or _MEDIA_FAMILY_KINDS.get(media_type.split("/")[0])
    if kind is not None:
        return kind
    extension = posixpath.splitext(name.strip())[1].lower().lstrip(".")
    return _EXTENSION_KINDS.get(extension)


# --- by bytes ---------------------------------------------------------------------------------


def describe_non_image(data: bytes) -> str | None:
    """A short description ("a PDF document") of common files that are not accepted images."""
    kind = kind_of_bytes(data)
    return None if kind is None else kind.description


def kind_of_bytes(data: bytes) -> FileKind | None:
    """The kind the bytes show a file to be, from binary signatures or a look at its text."""
    return _binary_kind(data) or _image_kind(data) or _text_kind(data[:_TEXT_SNIFF_BYTES])


_NETPBM_MAGIC = re.compile(rb"P[1-7][ \t\r\n#]")
_XPM_MAGIC = re.compile(rb"/\*\s*XPM\s*\*/")


def _image_kind(data: bytes) -> FileKind | None:
    """Images in formats we do not search, several of which look like text at first sight."""
    if data.startswith((b"%!PS-Adobe", b"\xc5\xd0\xd3\xc6")):
        return _EPS
    if data.startswith(b"SIMPLE  =") and data[29:30] == b"T":
        return _FITS
    if _NETPBM_MAGIC.match(data):
        return _NETPBM
    return _XPM if _XPM_MAGIC.match(data) else None


_BINARY_SIGNATURES: tuple[tuple[bytes, FileKind], ...] = (
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
)
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1")


def _binary_kind(data: bytes) -> FileKind | None:
    """Signatures; audio and video containers as `bot.core.media.containers` recognises them."""
    if data[4:8] == b"ftyp" and (still := _iso_still_kind(data)) is not None:
        return still
    if sniff_container(data) is not None:
        return _VIDEO
    if sniff_audio(data):
        return _AUDIO
    return next((kind for magic, kind in _BINARY_SIGNATURES if data.startswith(magic)), None)


def _iso_still_kind(data: bytes) -> FileKind | None:
    """HEIC and AVIF photos start with an ISO "ftyp" box like MP4 and MOV; the major brand tells
    them apart (an Apple `.m4v` lists `M4A ` among its compatible brands, so only the major
    brand says sound only)."""
    major, brands = data[8:12], data[8 : min(int.from_bytes(data[:4], "big"), 64)]
    if major in (b"avif", b"avis") or (major == b"mif1" and b"avif" in brands):
        return _AVIF
    return _HEIC if major in _HEIF_BRANDS else None


def _text_kind(head: bytes) -> FileKind | None:
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
