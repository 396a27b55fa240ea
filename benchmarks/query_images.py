"""Query images as users send them, each one unique (so no search is a result-cache hit).

Three kinds, made once and then told apart cheaply: a phone screenshot (1170x2532 PNG: flat UI
colours, text-like rows and a photo), a phone photo (1080x1920 JPEG) and a 640x480 PNG of about
0.8 MB. A copy gets a unique PNG text chunk or JPEG comment: the same pixels, a new SHA-256.
Pixels come from seeded `random.Random` (test pixels, not secrets: ruff's S311 is waived here).
"""

# ruff: noqa: S311

from __future__ import annotations

import io
import random
import struct
import zlib
from dataclasses import dataclass
from itertools import count

from PIL import Image, ImageDraw, ImageFilter


@dataclass(frozen=True)
class QueryImage:
    """One image to attach: its name, bytes, MIME type and size."""

    name: str
    data: bytes
    content_type: str
    size: tuple[int, int]


def _photo(width: int, height: int, rng: random.Random) -> Image.Image:
    """Smooth colour fields with fine grain, like a camera picture (compresses like one)."""
    small = Image.frombytes(
        "RGB", (width // 16, height // 16), rng.randbytes(width * height // 256 * 3)
    )
    picture = small.resize((width, height), Image.Resampling.BICUBIC)
    grain = Image.frombytes("L", (width, height), rng.randbytes(width * height))
    return Image.blend(picture, Image.merge("RGB", [grain] * 3), 0.08)


def phone_screenshot(seed: int = 1) -> bytes:
    """1170x2532 PNG: a status bar, a photo, rows of "text" on a flat background."""
    rng = random.Random(seed)
    screen = Image.new("RGB", (1170, 2532), (250, 250, 250))
    draw = ImageDraw.Draw(screen)
    draw.rectangle((0, 0, 1170, 140), fill=(30, 30, 30))
    screen.paste(_photo(1170, 1300, rng).filter(ImageFilter.SMOOTH), (0, 160))
    for row in range(1500, 2450, 56):
        words = 60
        for _ in range(rng.randint(5, 11)):
            width = rng.randint(40, 160)
            draw.rectangle((words, row, words + width, row + 30), fill=(40, 40, 60))
            words += width + 24
            if words > 1080:
                break
    return _encoded(screen, "PNG", optimize=False)


def phone_photo(seed: int = 2) -> bytes:
    """1080x1920 JPEG at quality 90, as a phone camera saves it."""
    return _encoded(_photo(1080, 1920, random.Random(seed)), "JPEG", quality=90)


def small_png(seed: int = 3) -> bytes:
    """640x480 PNG of about 0.8 MB: mostly noise, which does not compress."""
    rng = random.Random(seed)
    picture = Image.frombytes("RGB", (640, 480), rng.randbytes(640 * 480 * 3))
    ImageDraw.Draw(picture).rectangle((0, 0, 639, 60), fill=(20, 120, 200))
    return _encoded(picture, "PNG", compress_level=1)


def _encoded(picture: Image.Image, image_format: str, **params: object) -> bytes:
    out = io.BytesIO()
    picture.save(out, image_format, **params)
    return out.getvalue()


def unique_png(data: bytes, tag: int) -> bytes:
    """`data` with a tEXt chunk before IEND: the same image, other bytes."""
    payload = b"Comment\x00" + str(tag).encode()
    chunk = struct.pack(">I", len(payload)) + b"tEXt" + payload
    chunk += struct.pack(">I", zlib.crc32(b"tEXt" + payload))
    end = data.rindex(b"IEND") - 4
    return data[:end] + chunk + data[end:]


def unique_jpeg(data: bytes, tag: int) -> bytes:
    """`data` with a COM segment right after SOI."""
    text = str(tag).encode()
    return data[:2] + b"\xff\xfe" + struct.pack(">H", len(text) + 2) + text + data[2:]


class QueryImages:
    """Hands out the three kinds in turn, every one unique."""

    def __init__(self) -> None:
        self._kinds = [
            ("screenshot.png", phone_screenshot(), "image/png", (1170, 2532)),
            ("photo.jpg", phone_photo(), "image/jpeg", (1080, 1920)),
            ("still.png", small_png(), "image/png", (640, 480)),
        ]
        self._tags = count(1)

    def sizes(self) -> str:
        return ", ".join(f"{name} {len(data) / 1e6:.2f} MB" for name, data, _, _ in self._kinds)

    def next(self) -> QueryImage:
        tag = next(self._tags)
        name, data, content_type, size = self._kinds[tag % len(self._kinds)]
        unique = unique_jpeg(data, tag) if content_type == "image/jpeg" else unique_png(data, tag)
        return QueryImage(name, unique, content_type, size)
