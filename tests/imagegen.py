"""Real image bytes for tests: made with Pillow, or built chunk by chunk where Pillow can't (or
shouldn't) make the file, such as a decompression bomb or a header that lies about its size.

Every function returns fresh bytes; the expensive bomb is cached.
"""

from __future__ import annotations

import functools
import io
import random
import struct
import zipfile
import zlib
from typing import Any

from PIL import Image, ImageDraw

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _picture(width: int, height: int, mode: str = "RGB") -> Image.Image:
    """A small picture with some structure, so encoders do real work."""
    image = Image.new("RGB", (width, height), (230, 120, 40))
    draw = ImageDraw.Draw(image)
    draw.rectangle((width // 4, height // 4, width * 3 // 4, height * 3 // 4), fill=(20, 90, 200))
    draw.line((0, 0, width, height), fill=(255, 255, 255), width=2)
    return image.convert(mode)


def _encode(image: Image.Image, image_format: str, **params: Any) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=image_format, **params)
    return buffer.getvalue()


def png(w: int = 64, h: int = 48) -> bytes:
    return _encode(_picture(w, h), "PNG")


def jpeg(w: int = 64, h: int = 48, *, progressive: bool = False) -> bytes:
    return _encode(_picture(w, h), "JPEG", quality=85, progressive=progressive)


def bmp(w: int = 64, h: int = 48) -> bytes:
    return _encode(_picture(w, h), "BMP")


def _frames(w: int, h: int) -> list[Image.Image]:
    return [_picture(w, h).rotate(angle) for angle in (0, 90, 180)]


def gif(w: int = 64, h: int = 48, *, animated: bool = False) -> bytes:
    if not animated:
        return _encode(_picture(w, h, "P"), "GIF")
    first, *rest = _frames(w, h)
    return _encode(first, "GIF", save_all=True, append_images=rest, duration=100, loop=0)


def webp(w: int = 64, h: int = 48, *, animated: bool = False, lossless: bool = False) -> bytes:
    if not animated:
        return _encode(_picture(w, h), "WEBP", lossless=lossless)
    first, *rest = _frames(w, h)
    return _encode(first, "WEBP", save_all=True, append_images=rest, duration=100)


def tiff(w: int = 64, h: int = 48) -> bytes:
    return _encode(_picture(w, h), "TIFF")


def ico() -> bytes:
    return _encode(_picture(32, 32), "ICO")


def truncated(data: bytes, keep: float = 0.6) -> bytes:
    """The same file cut short, as a dropped upload or an interrupted save leaves it."""
    return data[: int(len(data) * keep)]


def _png_chunk(tag: bytes, payload: bytes) -> bytes:
    checksum = zlib.crc32(tag + payload)
    return struct.pack(">I", len(payload)) + tag + payload + struct.pack(">I", checksum)


def _png_file(width: int, height: int, *, bit_depth: int, color_type: int, idat: bytes) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, bit_depth, color_type, 0, 0, 0)
    chunks = _png_chunk(b"IHDR", header) + _png_chunk(b"IDAT", idat) + _png_chunk(b"IEND", b"")
    return PNG_SIGNATURE + chunks


def corrupt_png(w: int = 64, h: int = 48) -> bytes:
    """A PNG whose chunk checksums are all right but whose compressed pixels are garbage."""
    garbage = bytes((index * 37 + 11) % 256 for index in range(200))
    return _png_file(w, h, bit_depth=8, color_type=2, idat=b"\x78\x9c" + garbage)


@functools.cache
def bomb(side: int = 20_000) -> bytes:
    """A valid black-and-white PNG of side x side pixels: a few tens of KB on disk, hundreds of
    megapixels once decoded. Compressed row by row, so making it never holds the pixels."""
    row = b"\x00" + bytes((side + 7) // 8)
    compressor = zlib.compressobj(9)
    idat = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
    return _png_file(side, side, bit_depth=1, color_type=0, idat=idat)


def huge_dimensions(width: int = 100_000, height: int = 100_000) -> bytes:
    """A PNG whose header declares `width` x `height`; the pixel data is (almost) absent, so only a
    checker that reads the header before decoding answers with the size."""
    return _png_file(width, height, bit_depth=8, color_type=2, idat=zlib.compress(b""))


def gif_growing_frame(width: int, height: int) -> bytes:
    """A GIF whose header says 10x10 but whose first frame claims `width` x `height`: Pillow grows
    the canvas to fit the frame when it opens the file."""
    screen = b"GIF89a" + struct.pack("<HHBBB", 10, 10, 0x80, 0, 0) + b"\x00\x00\x00\xff\xff\xff"
    frame = b"," + struct.pack("<HHHHB", 0, 0, width, height, 0)
    pixels = b"\x02\x02\x44\x01\x00"  # minimum code size 2, one tiny sub-block, terminator
    return screen + frame + pixels + b";"


def svg() -> bytes:
    return (
        b'<?xml version="1.0" encoding="UTF-8"?>\n'
        b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
        b'<rect width="10" height="10" fill="red"/></svg>\n'
    )


def _ftyp(major: bytes, *compatible: bytes) -> bytes:
    payload = major + b"\x00\x00\x00\x00" + b"".join(compatible)
    box = struct.pack(">I", 8 + len(payload)) + b"ftyp" + payload
    return box + struct.pack(">I", 16) + b"mdat" + bytes(8)


def heic_like() -> bytes:
    """The start of an iPhone HEIC photo: an ISO "ftyp" box with the heic brand."""
    return _ftyp(b"heic", b"mif1", b"heic")


def avif_like() -> bytes:
    return _ftyp(b"avif", b"mif1", b"avif", b"miaf")


def mp4_like() -> bytes:
    return _ftyp(b"isom", b"isom", b"iso2", b"avc1", b"mp41")


def pdf() -> bytes:
    return b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"


def text() -> bytes:
    return "Just some notes, not a picture. Café ☕\n".encode()


def html() -> bytes:
    return b"<!DOCTYPE html>\n<html><head><title>A post</title></head><body></body></html>\n"


def zip_archive() -> bytes:
    return b"PK\x05\x06" + bytes(18)  # the smallest valid (empty) ZIP file


def unknown_binary() -> bytes:
    return bytes((index * 151 + 7) % 256 for index in range(512))


# --- hostile and odd files ----------------------------------------------------------------------


def with_tail(image: bytes, tail: bytes) -> bytes:
    """A polyglot: an image with another file (a ZIP, a web page) glued after its end."""
    return image + tail


def zip_with_payload() -> bytes:
    """A small stored ZIP with one file in it: what a polyglot typically carries."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("payload.html", "<script>alert(1)</script>")
    return buffer.getvalue()


@functools.cache
def zero_png(width: int, height: int) -> bytes:
    """A valid all-black RGB PNG, compressed row by row: small on disk, big once decoded."""
    row = bytes(1 + 3 * width)
    compressor = zlib.compressobj(9)
    idat = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    return _png_file(width, height, bit_depth=8, color_type=2, idat=idat)


def gif_with_late_frame(width: int, height: int, *, first: int = 100) -> bytes:
    """A real `first` x `first` GIF, plus a second frame that declares `width` x `height`
    (with almost no pixel data): only a check of every frame sees it."""
    still = gif(first, first)
    tiny = b"\x02\x02\x44\x01\x00"  # minimum code size 2, one sub-block, terminator
    late = b"," + struct.pack("<HHHHB", 0, 0, width, height, 0) + tiny
    return still[:-1] + late + b";"


def jpeg_with_stray_bytes(w: int = 64, h: int = 48) -> bytes:
    """A JPEG whose first metadata segment declares a length 3 bytes short, so 3 stray bytes
    sit before the next marker: libjpeg and Pillow skip them and decode the picture."""
    data = jpeg(w, h)
    length = struct.unpack(">H", data[4:6])[0]
    shorter = struct.pack(">H", length - 3)
    return data[:2] + data[2:4] + shorter + data[6:]


def netpbm(mode: str) -> bytes:
    """PPM (mode RGB), PGM (L) or PBM (1), as Pillow writes them."""
    return _encode(_picture(64, 48, mode), "PPM")


def eps() -> bytes:
    return _encode(_picture(64, 48), "EPS")


def xpm() -> bytes:
    return (
        b'/* XPM */\nstatic char *dot[] = {\n"2 2 2 1",\n". c #000000",\n"# c #ffffff",\n'
        b'".#",\n"#.",\n};\n'
    )


def fits() -> bytes:
    cards = ["SIMPLE  =                    T", "BITPIX  =                    8",
             "NAXIS   =                    2", "NAXIS1  =                    2",
             "NAXIS2  =                    2", "END"]  # fmt: skip
    header = "".join(card.ljust(80) for card in cards).ljust(2880).encode()
    return header + bytes(4).ljust(2880, b"\x00")


def jpeg_with_thumbnail() -> bytes:
    """A JPEG whose APP1 metadata holds a whole small JPEG (start to end marker), as cameras'
    EXIF thumbnails do."""
    data, thumbnail = jpeg(), jpeg(16, 12)
    payload = b"Exif\x00\x00" + thumbnail
    segment = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    return data[:2] + segment + data[2:]


def png_with_short_stream(w: int = 64, h: int = 48) -> bytes:
    """A PNG with intact chunks and checksums whose pixel stream holds only half the rows."""
    rows = bytes((1 + 3 * w) * (h // 2))
    return _png_file(w, h, bit_depth=8, color_type=2, idat=zlib.compress(rows))


def apng_with_frame(*, width: int, height: int) -> bytes:
    """A 64x48 animated PNG whose second frame is `width` x `height` (the spec wants it inside)."""
    first, *rest = _frames(64, 48)
    data = _encode(first, "PNG", save_all=True, append_images=rest, duration=100)
    control = data.index(b"fcTL", data.index(b"fcTL") + 4)
    payload = data[control + 4 : control + 4 + 4] + struct.pack(">II", width, height)
    payload += data[control + 16 : control + 30]
    chunk = _png_chunk(b"fcTL", payload)
    return data[: control - 4] + chunk + data[control + 34 :]


def _with_chunk_before_iend(data: bytes, chunk: bytes) -> bytes:
    iend = data.rindex(b"IEND") - 4
    return data[:iend] + chunk + data[iend:]


def png_with_text_bomb(tag: bytes = b"zTXt", inflated: int = 64 * 1024 * 1024) -> bytes:
    """A small PNG with one compressed text chunk (zTXt, or compressed iTXt) of `inflated` zero
    bytes: about a thousandth of that on disk."""
    compressor = zlib.compressobj(9)
    pieces = [min(1 << 20, inflated - start) for start in range(0, inflated, 1 << 20)]
    text = b"".join(compressor.compress(bytes(size)) for size in pieces) + compressor.flush()
    header = b"Comment\0\0" if tag == b"zTXt" else b"Comment\0\x01\0en\0Comment\0"
    return _with_chunk_before_iend(png(), _png_chunk(tag, header + text))


def png_with_text(tag: bytes, text: bytes) -> bytes:
    """A PNG with one honest compressed text chunk."""
    header = b"Comment\0\0" if tag == b"zTXt" else b"Comment\0\x01\0en\0Comment\0"
    return _with_chunk_before_iend(png(), _png_chunk(tag, header + zlib.compress(text)))


def apng_without_frames() -> bytes:
    """A PNG with an animation control chunk (acTL: 2 frames) but no frame control chunk."""
    actl = _png_chunk(b"acTL", struct.pack(">II", 2, 0))
    data = png()
    first_chunk_after_ihdr = 8 + 25
    return data[:first_chunk_after_ihdr] + actl + data[first_chunk_after_ihdr:]


@functools.cache
def noise_png(w: int = 700, h: int = 700, seed: int = 1) -> bytes:
    """Random RGB noise as PNG: it does not compress, so the file is about 3 bytes a pixel
    (700x700 is about 1.5 MB, 2500x2500 about 19 MB: large enough to be spooled to disk)."""
    pixels = random.Random(seed).randbytes(w * h * 3)  # noqa: S311 - test pixels, not secrets
    return _encode(Image.frombytes("RGB", (w, h), pixels), "PNG", compress_level=1)
