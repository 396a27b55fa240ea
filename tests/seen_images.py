"""Structured test pictures for the image memory, and the copies a repost would be.

Hashes of noise are unstable under resizing, so these are what people post: gradients, shapes and
blocks of "text", in families sharing one style (a family's pictures differ only in their
content, which is what must not be reported as the same image). Seeded: the same seed, the same
picture.
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable

from PIL import Image, ImageDraw, ImageOps

STYLES = ("gradient", "shapes", "text")
Variant = Callable[[Image.Image], Image.Image]


def _gradient_base(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    width, height = size
    start = [rng.randrange(256) for _ in range(3)]
    end = [rng.randrange(256) for _ in range(3)]
    horizontal = Image.linear_gradient("L").resize((width, height)).rotate(rng.choice((0, 90)))
    layers = [
        horizontal.point(lambda v, a=a, b=b: a + (b - a) * v // 255)
        for a, b in zip(start, end, strict=True)
    ]
    return Image.merge("RGB", layers).resize((width, height))


def _random_colour(rng: random.Random) -> tuple[int, int, int]:
    return (rng.randrange(256), rng.randrange(256), rng.randrange(256))


def _draw_shapes(image: Image.Image, rng: random.Random, count: int) -> None:
    draw = ImageDraw.Draw(image)
    width, height = image.size
    for _ in range(count):
        x, y = rng.randrange(width), rng.randrange(height)
        w, h = rng.randrange(width // 8, width // 2), rng.randrange(height // 8, height // 2)
        box = (x - w // 2, y - h // 2, x + w // 2, y + h // 2)
        shape = draw.ellipse if rng.random() < 0.5 else draw.rectangle
        shape(box, fill=_random_colour(rng))


def _draw_text_blocks(image: Image.Image, rng: random.Random) -> None:
    draw = ImageDraw.Draw(image)
    width, height = image.size
    line_height = height // 14
    rows = [row for row in range(2, 13) if rng.random() < 0.85]
    for row in rows:
        x = width // 12
        while x < width * 11 // 12:
            word = rng.randrange(width // 30, width // 8)
            if rng.random() < 0.85:
                top = row * line_height
                draw.rectangle((x, top, x + word, top + line_height * 6 // 10), fill=(20, 20, 20))
            x += word + width // 60


def picture(style: str, seed: int, size: tuple[int, int] = (640, 480)) -> Image.Image:
    """One picture of `style` ("gradient", "shapes" or "text"); the seed picks its content."""
    rng = random.Random(f"{style}:{seed}")  # noqa: S311 - test pictures, not secrets
    if style == "text":
        image = Image.new("RGB", size, (245, 245, 240))
        _draw_text_blocks(image, rng)
        return image
    image = _gradient_base(rng, size)
    _draw_shapes(image, rng, 3 if style == "gradient" else 9)
    return image


def encoded(image: Image.Image, image_format: str = "PNG", **params: object) -> bytes:
    out = io.BytesIO()
    image.save(out, format=image_format, **params)
    return out.getvalue()


def half_size_jpeg(image: Image.Image) -> Image.Image:
    """Halved and saved as a JPEG at quality 75, as a repost through a phone app would be."""
    half = image.resize((image.width // 2, image.height // 2), Image.Resampling.BILINEAR)
    return Image.open(io.BytesIO(encoded(half, "JPEG", quality=75)))


def cropped(image: Image.Image, fraction: float = 0.05) -> Image.Image:
    """`fraction` of each side cut off (a light crop)."""
    dx, dy = int(image.width * fraction), int(image.height * fraction)
    return image.crop((dx, dy, image.width - dx, image.height - dy))


def mirrored(image: Image.Image) -> Image.Image:
    return ImageOps.mirror(image)


VARIANTS: dict[str, Variant] = {
    "same": lambda image: image,
    "half size, JPEG 75": half_size_jpeg,
    "mirrored": mirrored,
    "crop 5%": cropped,
    "crop 2%": lambda image: cropped(image, 0.02),
    "mirrored, half size, JPEG 75": lambda image: half_size_jpeg(mirrored(image)),
}


def png_of(style: str, seed: int) -> bytes:
    """A picture as a PNG, as first posted."""
    return encoded(picture(style, seed))


def reposted_jpeg(style: str, seed: int) -> bytes:
    """The same picture halved, as a quality-75 JPEG: a typical repost."""
    image = picture(style, seed)
    half = image.resize((image.width // 2, image.height // 2), Image.Resampling.BILINEAR)
    return encoded(half, "JPEG", quality=75)
