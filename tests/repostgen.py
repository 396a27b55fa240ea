"""Generated reposts: a picture letterboxed, padded, captioned or set on a blurred copy of itself,
each with the rectangle the picture really occupies; and pictures that must never be cut (dark
scenes, white-background screenshots, flat artwork, a shallow depth of field).

Deterministic (seeded), made with numpy and Pillow; used by the tests and by
`benchmarks/bench_cut.py`.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

Box = tuple[int, int, int, int]
Colour = tuple[int, int, int]
BLACK, WHITE, GREY, NAVY, PINK = (
    (0, 0, 0),
    (255, 255, 255),
    (128, 128, 128),
    (20, 30, 70),
    (250, 200, 215),
)


@dataclass(frozen=True)
class Sample:
    """One generated image: its bytes, and the content rectangle (None: must stay untouched)."""

    name: str
    data: bytes
    truth: Box | None

    @property
    def kind(self) -> str:
        return self.name.split(":")[0]


def picture(width: int, height: int, seed: int, *, dark: bool = False) -> Image.Image:
    """A photo-like frame: smooth colour fields, shapes with edges, fine texture everywhere."""
    rng = np.random.default_rng(seed)
    coarse = rng.integers(40, 230, size=(6, 10, 3), dtype=np.uint8)
    image = Image.fromarray(coarse).resize((width, height), Image.Resampling.BICUBIC)
    draw = ImageDraw.Draw(image)
    for _ in range(14):
        x, y = int(rng.integers(-width // 4, width)), int(rng.integers(-height // 4, height))
        w, h = (
            int(rng.integers(width // 10, width // 2)),
            int(rng.integers(height // 10, height // 2)),
        )
        colour = tuple(int(c) for c in rng.integers(0, 256, 3))
        shape = draw.ellipse if rng.random() < 0.5 else draw.rectangle
        shape((x, y, x + w, y + h), fill=colour)
    pixels = np.asarray(image, dtype=np.float32)
    pixels += rng.normal(0, 9, pixels.shape)
    if dark:
        pixels *= 0.18
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def encode(image: Image.Image, image_format: str = "JPEG", quality: int = 85) -> bytes:
    buffer = io.BytesIO()
    if image_format == "JPEG":
        image.save(buffer, format="JPEG", quality=quality)
    else:
        image.save(buffer, format=image_format)
    return buffer.getvalue()


def _fit(canvas: tuple[int, int], aspect: float, scale: float = 1.0) -> tuple[int, int]:
    """The largest size of `aspect` (width/height) inside `canvas`, times `scale`."""
    width, height = canvas
    fit_w, fit_h = (
        (width, round(width / aspect))
        if width / height < aspect
        else (round(height * aspect), height)
    )
    return round(fit_w * scale), round(fit_h * scale)


def padded(
    canvas: tuple[int, int],
    aspect: float,
    colour: Colour,
    seed: int,
    *,
    scale: float = 1.0,
    offset: float = 0.5,
) -> tuple[Image.Image, Box]:
    """A picture of `aspect` on a plain canvas (letterbox, pillarbox, square padding, a frame)."""
    size = _fit(canvas, aspect, scale)
    left = round((canvas[0] - size[0]) / 2)
    top = round((canvas[1] - size[1]) * offset)
    image = Image.new("RGB", canvas, colour)
    image.paste(picture(*size, seed), (left, top))
    return image, (left, top, left + size[0], top + size[1])


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def captioned(
    size: tuple[int, int],
    band: float,
    colour: Colour,
    seed: int,
    *,
    bottom: bool = False,
    lines: int = 2,
) -> tuple[Image.Image, Box]:
    """A picture under (or over) a plain band holding a few lines of text, as memes have."""
    width, height = size
    band_h = round(height * band)
    image = Image.new("RGB", size, colour)
    content_top = 0 if bottom else band_h
    image.paste(picture(width, height - band_h, seed), (0, content_top))
    ink = BLACK if sum(colour) > 380 else WHITE
    draw = ImageDraw.Draw(image)
    font_size = max(12, band_h // (lines + 2))
    band_top = height - band_h if bottom else 0
    for line in range(lines):
        y = band_top + font_size * (line + 1) - font_size // 3
        draw.text(
            (width // 12, y),
            "when the clip hits different lol"[: 12 + 7 * line],
            fill=ink,
            font=_font(font_size),
        )
    return image, (0, content_top, width, content_top + height - band_h)


def blur_filled(
    canvas: tuple[int, int], aspect: float, seed: int, *, radius: float = 0.02, darken: float = 1.0
) -> tuple[Image.Image, Box]:
    """A picture centred on a blurred, enlarged copy of itself (the usual vertical repost)."""
    size = _fit(canvas, aspect)
    content = picture(*size, seed)
    cover = max(canvas[0] / size[0], canvas[1] / size[1])
    big = content.resize(
        (round(size[0] * cover) + 1, round(size[1] * cover) + 1), Image.Resampling.BILINEAR
    )
    left, top = (big.width - canvas[0]) // 2, (big.height - canvas[1]) // 2
    background = big.crop((left, top, left + canvas[0], top + canvas[1]))
    background = background.filter(ImageFilter.GaussianBlur(radius * max(canvas)))
    if darken < 1.0:
        background = Image.fromarray((np.asarray(background) * darken).astype(np.uint8))
    x, y = (canvas[0] - size[0]) // 2, (canvas[1] - size[1]) // 2
    background.paste(content, (x, y))
    return background, (x, y, x + size[0], y + size[1])


# --- images that must not be cut ---------------------------------------------------------------


def dark_scene(size: tuple[int, int], seed: int) -> Image.Image:
    """A night shot: a black sky fading into a dim, irregular skyline."""
    width, height = size
    rng = np.random.default_rng(seed)
    base = np.asarray(picture(width, height, seed, dark=True), dtype=np.float32)
    rows = np.linspace(0.0, 1.0, height)[:, None, None]
    pixels = base * np.clip(rows * 1.6 - 0.2, 0, 1)
    skyline = rng.integers(height // 5, height // 2, size=width // 20 + 1).repeat(20)[:width]
    for x in range(width):
        pixels[skyline[x] :, x] += 14
    return Image.fromarray(
        np.clip(pixels + rng.normal(0, 2, pixels.shape), 0, 255).astype(np.uint8)
    )


def screenshot(size: tuple[int, int], seed: int) -> Image.Image:
    """A white page of text: a chat or a post, with wide margins."""
    width, height = size
    rng = np.random.default_rng(seed)
    image = Image.new("RGB", size, WHITE)
    draw = ImageDraw.Draw(image)
    font = _font(max(12, width // 30))
    y = height // 10
    while y < height * 0.85:
        words = " ".join(["lorem", "ipsum", "dolor", "sit", "amet"][: int(rng.integers(2, 6))] * 2)
        draw.text((width // 10, y), words, fill=(30, 30, 30), font=font)
        y += (
            int(font.size * rng.uniform(1.4, 2.6))
            if isinstance(font, ImageFont.FreeTypeFont)
            else 24
        )
    draw.ellipse(
        (width // 10, height // 40, width // 10 + height // 20, height // 40 + height // 20),
        fill=(80, 140, 220),
    )
    return image


def flat_art(size: tuple[int, int], seed: int) -> Image.Image:
    """A flat illustration: a plain sky, a sun, rolling hills, plain ground."""
    width, height = size
    rng = np.random.default_rng(seed)
    sky = tuple(int(c) for c in rng.integers(120, 220, 3))
    image = Image.new("RGB", size, sky)
    draw = ImageDraw.Draw(image)
    sun = width // 7
    draw.ellipse(
        (width * 2 // 3, height // 8, width * 2 // 3 + sun, height // 8 + sun), fill=(250, 210, 60)
    )
    points = (
        [(0, height)]
        + [
            (x, int(height * (0.45 + 0.12 * np.sin(x / width * 7 + seed))))
            for x in range(0, width + 1, max(1, width // 40))
        ]
        + [(width, height)]
    )
    draw.polygon(points, fill=(70, 150, 80))
    draw.rectangle((0, height * 5 // 6, width, height), fill=(110, 90, 60))
    return image


def shallow_focus(size: tuple[int, int], seed: int) -> Image.Image:
    """A photo sharp in a middle band, its top and bottom falling gradually out of focus."""
    sharp = picture(*size, seed)
    soft = sharp.filter(ImageFilter.GaussianBlur(max(size) * 0.015))
    rows = np.abs(np.linspace(-1.0, 1.0, size[1]))[:, None, None]
    weight = np.clip((rows - 0.2) / 0.6, 0, 1)
    mixed = (
        np.asarray(sharp, dtype=np.float32) * (1 - weight)
        + np.asarray(soft, dtype=np.float32) * weight
    )
    return Image.fromarray(mixed.astype(np.uint8))


# --- the set -----------------------------------------------------------------------------------

PORTRAIT, LANDSCAPE = (1080, 1920), (1920, 1080)
WIDE, TALL, SQUAREISH = 16 / 9, 9 / 16, 4 / 3


def _cut_samples() -> list[tuple[str, Callable[[], tuple[Image.Image, Box]]]]:
    return [
        ("letterbox:black-1080x1920", lambda: padded(PORTRAIT, WIDE, BLACK, 1)),
        ("letterbox:white-720x1280", lambda: padded((720, 1280), WIDE, WHITE, 2)),
        ("letterbox:grey-540x960", lambda: padded((540, 960), WIDE, GREY, 3)),
        ("letterbox:navy-1080x1080", lambda: padded((1080, 1080), WIDE, NAVY, 4)),
        ("letterbox:black-4:3-1200x1200", lambda: padded((1200, 1200), SQUAREISH, BLACK, 5)),
        (
            "letterbox:pink-offcentre-1080x1350",
            lambda: padded((1080, 1350), WIDE, PINK, 6, offset=0.3),
        ),
        ("letterbox:black-cinema-1920x1080", lambda: padded(LANDSCAPE, 2.39, BLACK, 7)),
        ("pillarbox:black-1920x1080", lambda: padded(LANDSCAPE, TALL, BLACK, 8)),
        ("pillarbox:white-1280x720", lambda: padded((1280, 720), TALL, WHITE, 9)),
        ("pillarbox:grey-4:3-1920x1080", lambda: padded(LANDSCAPE, SQUAREISH, GREY, 10)),
        ("pillarbox:navy-1080x1080", lambda: padded((1080, 1080), TALL, NAVY, 11)),
        ("frame:black-1080x1920", lambda: padded(PORTRAIT, WIDE, BLACK, 12, scale=0.85)),
        ("frame:white-1080x1080", lambda: padded((1080, 1080), SQUAREISH, WHITE, 13, scale=0.8)),
        ("frame:pink-1920x1080", lambda: padded(LANDSCAPE, WIDE, PINK, 14, scale=0.75)),
        ("caption:white-top-1080x1350", lambda: captioned((1080, 1350), 0.2, WHITE, 15)),
        ("caption:white-top-720x900", lambda: captioned((720, 900), 0.25, WHITE, 16, lines=3)),
        ("caption:black-top-1080x1350", lambda: captioned((1080, 1350), 0.18, BLACK, 17)),
        (
            "caption:white-bottom-1080x1080",
            lambda: captioned((1080, 1080), 0.15, WHITE, 18, bottom=True),
        ),
        (
            "caption:black-bottom-1280x800",
            lambda: captioned((1280, 800), 0.2, BLACK, 19, bottom=True, lines=1),
        ),
        (
            "caption:white-top-thin-1080x1200",
            lambda: captioned((1080, 1200), 0.1, WHITE, 20, lines=1),
        ),
        ("caption+letterbox:black-1080x1920", lambda: _captioned_letterbox(21)),
        ("blur:vertical-1080x1920", lambda: blur_filled(PORTRAIT, WIDE, 22)),
        ("blur:vertical-720x1280", lambda: blur_filled((720, 1280), WIDE, 23, radius=0.03)),
        ("blur:vertical-dark-1080x1920", lambda: blur_filled(PORTRAIT, WIDE, 24, darken=0.6)),
        ("blur:square-1080x1080", lambda: blur_filled((1080, 1080), WIDE, 25)),
        ("blur:horizontal-1920x1080", lambda: blur_filled(LANDSCAPE, TALL, 26)),
        ("blur:horizontal-1280x720", lambda: blur_filled((1280, 720), SQUAREISH, 27, radius=0.015)),
        ("blur:vertical-4:3-1080x1920", lambda: blur_filled(PORTRAIT, SQUAREISH, 28)),
    ]


def _captioned_letterbox(seed: int) -> tuple[Image.Image, Box]:
    """The common vertical repost: black canvas, a white caption above the clip."""
    image, box = padded(PORTRAIT, WIDE, BLACK, seed)
    draw = ImageDraw.Draw(image)
    for line in range(2):
        draw.text(
            (90, box[1] - 260 + 90 * line),
            "POV: you found the source"[: 14 + 8 * line],
            fill=WHITE,
            font=_font(64),
        )
    return image, box


def _untouched_samples() -> list[tuple[str, Callable[[], Image.Image]]]:
    return [
        ("plain:photo-1080x1920", lambda: picture(1080, 1920, 40)),
        ("plain:photo-1920x1080", lambda: picture(1920, 1080, 41)),
        ("plain:photo-800x800", lambda: picture(800, 800, 42)),
        ("dark:night-1080x1920", lambda: dark_scene(PORTRAIT, 43)),
        ("dark:night-1920x1080", lambda: dark_scene(LANDSCAPE, 44)),
        ("dark:dim-photo-1280x720", lambda: picture(1280, 720, 45, dark=True)),
        ("screenshot:chat-1080x1920", lambda: screenshot(PORTRAIT, 46)),
        ("screenshot:post-1200x900", lambda: screenshot((1200, 900), 47)),
        ("screenshot:page-800x1400", lambda: screenshot((800, 1400), 48)),
        ("flat:hills-1920x1080", lambda: flat_art(LANDSCAPE, 49)),
        ("flat:hills-1080x1080", lambda: flat_art((1080, 1080), 50)),
        ("flat:hills-1080x1920", lambda: flat_art(PORTRAIT, 51)),
        ("focus:shallow-1080x1920", lambda: shallow_focus(PORTRAIT, 52)),
        ("focus:shallow-1920x1080", lambda: shallow_focus(LANDSCAPE, 53)),
    ]


def _format_for(index: int) -> tuple[str, int]:
    """Mostly JPEG at a few qualities (compression noise), every fourth a PNG."""
    return ("PNG", 0) if index % 4 == 3 else ("JPEG", (92, 80, 70)[index % 3])


def repost_set() -> list[Sample]:
    """Every generated sample: reposts to cut (with their truth), then images to leave alone."""
    samples = []
    for index, (name, make) in enumerate(_cut_samples()):
        image, box = make()
        samples.append(Sample(name, encode(image, *_format_for(index)), box))
    for index, (name, make_plain) in enumerate(_untouched_samples()):
        samples.append(Sample(name, encode(make_plain(), *_format_for(index)), None))
    return samples


def within(found: Box | None, truth: Box, size: tuple[int, int], share: float = 0.02) -> bool:
    """Each side of `found` within `share` of the image's width (or height) of the truth's."""
    if found is None:
        return False
    width, height = size
    limits = (width, height, width, height)
    return all(
        abs(f - t) <= share * limit for f, t, limit in zip(found, truth, limits, strict=True)
    )


# --- fresh seeds: the same kinds with random parameters, never tuned against ------------------

_PALETTE = (BLACK, WHITE, GREY, NAVY, PINK, (12, 12, 12), (245, 245, 240), (30, 90, 60))
_CANVASES = ((1080, 1920), (720, 1280), (1080, 1080), (1080, 1350), (1920, 1080), (1280, 720))
_ASPECTS = (16 / 9, 4 / 3, 1.0, 9 / 16, 2.39, 3 / 4)


def _fresh_repost(rng: np.random.Generator, seed: int) -> tuple[str, Image.Image, Box | None]:
    """One repost of a random kind with random parameters (the kind, then its name's details)."""
    canvas = _CANVASES[int(rng.integers(len(_CANVASES)))]
    kind = str(rng.choice(["padded", "caption", "blur"]))
    if kind == "padded":
        aspect = _distinct_aspect(rng, canvas)
        colour = _PALETTE[int(rng.integers(len(_PALETTE)))]
        scale = float(rng.choice([1.0, 1.0, float(rng.uniform(0.75, 0.95))]))
        offset = float(rng.uniform(0.4, 0.6))
        image, box = padded(canvas, aspect, colour, seed, scale=scale, offset=offset)
        return f"padded:{colour}-{aspect:.2f}", image, box
    if kind == "caption":
        band = float(rng.uniform(0.1, 0.28))
        colour = WHITE if rng.random() < 0.6 else BLACK
        bottom = bool(rng.random() < 0.3)
        image, box = captioned(
            canvas, band, colour, seed, bottom=bottom, lines=int(rng.integers(1, 4))
        )
        return f"caption:{'bottom' if bottom else 'top'}-{band:.2f}", image, box
    aspect = _distinct_aspect(rng, canvas)
    radius = float(rng.uniform(0.012, 0.04))
    darken = float(rng.choice([1.0, float(rng.uniform(0.5, 0.9))]))
    image, box = blur_filled(canvas, aspect, seed, radius=radius, darken=darken)
    return f"blur:{aspect:.2f}-r{radius:.3f}", image, box


def _distinct_aspect(rng: np.random.Generator, canvas: tuple[int, int]) -> float:
    """A picture's aspect that leaves at least 8 % of the canvas to fill."""
    ratio = canvas[0] / canvas[1]
    fits = [a for a in _ASPECTS if min(a, ratio) / max(a, ratio) < 0.92]
    return fits[int(rng.integers(len(fits)))]


def _fresh_untouched(rng: np.random.Generator, seed: int) -> tuple[str, Image.Image]:
    canvas = _CANVASES[int(rng.integers(len(_CANVASES)))]
    kind = str(rng.choice(["photo", "dark", "screenshot", "flat", "focus"]))
    makers: dict[str, Callable[[], Image.Image]] = {
        "photo": lambda: picture(*canvas, seed),
        "dark": lambda: dark_scene(canvas, seed),
        "screenshot": lambda: screenshot(canvas, seed),
        "flat": lambda: flat_art(canvas, seed),
        "focus": lambda: shallow_focus(canvas, seed),
    }
    return kind, makers[kind]()


def fresh_set(seed: int, reposts: int = 40, untouched: int = 20) -> list[Sample]:
    """Reposts and whole images with parameters drawn from `seed`: a set the thresholds were never
    tuned on (the benchmark scores it beside the fixed set)."""
    rng = np.random.default_rng(seed)
    samples = []
    for index in range(reposts):
        name, image, box = _fresh_repost(rng, seed * 1000 + index)
        samples.append(Sample(name, encode(image, *_random_format(rng)), box))
    for index in range(untouched):
        name, plain = _fresh_untouched(rng, seed * 1000 + 500 + index)
        samples.append(Sample(f"{name}:fresh", encode(plain, *_random_format(rng)), None))
    return samples


def _random_format(rng: np.random.Generator) -> tuple[str, int]:
    return ("PNG", 0) if rng.random() < 0.25 else ("JPEG", int(rng.integers(60, 96)))
