"""The query image and the matched keyframe side by side, as one small JPEG for an embed.

Both pictures are scaled to the same height, with a label under each ("Your image", "Match 1 at
1:19", in the reader's language: `bot.core.evidence.evidence.PictureNames`; drawn in the bot's own
font, which has Japanese too), so a moderator sees at a glance whether the match is right instead
of trusting a number.

The picture is the least important thing the bot decodes, so it is the first to go:
- it is decoded in the process's `DecodePool`, behind every search's decode (`Priority.PICTURE`),
  held to the pool's seconds; the answer is already on screen and never waits for it;
- the query image is the reduced copy its search's one decode made (`bot.media.studies`), or else
  it is handed to the worker as the file it waits in (or its bytes, when small), so twenty
  pictures waiting for a worker hold no copies in the bot;
- each picture's header decides first whether it is worth its decode: a JPEG decodes at a reduced
  size (draft mode, up to `JPEG_MAX_PIXELS`); formats without a reduced read (PNG, GIF, WebP, BMP)
  are decoded whole, so only up to `PICTURE_MAX_PIXELS`. The keyframe is untrusted input from the
  API: its header is read without decoding (a 420 KB PNG declaring 12000×12000 is turned away
  there) and a larger or unreadable one means no picture (`PictureSkipped`), the answer stays.
"""

from __future__ import annotations

import dataclasses
import io
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PIL import Image, ImageDraw

from bot.core.charts.chart_font import chart_font
from bot.core.errors import UserFacingError
from bot.core.images.image_check import CheckedImage
from bot.core.images.image_formats import ImageFormat, sniff_format
from bot.core.images.image_layout import LayoutError
from bot.core.images.image_proof import read_layout
from bot.media.decode_pool import DecodePool, DecodeStoppedError, Priority, shared_pool
from bot.media.spool import SpooledImageFile
from bot.media.studies import STUDIES, StudyMemo

COMPOSITE_FILENAME = "match.jpg"
BACKGROUND = (32, 34, 37)
LABEL_COLOUR = (230, 230, 230)
PICTURE_MAX_PIXELS = 12_000_000
"""A picture decoded whole (no reduced read in its format) at most: 48 MB as RGBA."""
JPEG_MAX_PIXELS = 40_000_000
"""A JPEG at most (the image checks' own limit): draft mode decodes it at a quarter or less."""


@dataclass(frozen=True)
class CompositeLayout:
    """Sizes of the picture: each image `height` px tall (at most `max_width` wide), a label strip
    under them, `gap` px around and between them."""

    height: int = 240
    tall_height: int = 440
    """The height used when either picture is portrait (a phone screenshot, a vertical video), so
    its half is wide enough to read."""
    max_width: int = 430
    label_height: int = 28
    gap: int = 8
    font_size: int = 16
    quality: int = 82


Picture = bytes | Path
"""A picture's bytes, or the file they are in (Pillow then reads it as it decodes: no copy)."""


def _opened(picture: Picture) -> Image.Image:
    return Image.open(io.BytesIO(picture) if isinstance(picture, bytes) else picture)


def _scaled(picture: Picture, layout: CompositeLayout) -> Image.Image:
    """The image at `layout.height` (kept within `max_width`), RGB; JPEGs decode at reduced size,
    and an RGB image is scaled as decoded (no converted copy)."""
    with _opened(picture) as image:
        image.draft("RGB", (layout.max_width * 2, layout.height * 2))
        image.load()
        rgb = image if image.mode == "RGB" else image.convert("RGB")
        width = max(1, round(rgb.width * layout.height / rgb.height))
        height = layout.height
        if width > layout.max_width:
            width = layout.max_width
            height = max(1, round(rgb.height * layout.max_width / rgb.width))
        return rgb.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)


def _draw_label(
    canvas: Image.Image, text: str, left: int, width: int, layout: CompositeLayout
) -> None:
    draw = ImageDraw.Draw(canvas)
    font = chart_font(layout.font_size)  # every language's letters, Japanese included
    top = layout.gap + layout.height + (layout.label_height - layout.font_size) // 2
    shown = text
    while shown and draw.textlength(shown, font=font) > width:
        shown = shown[:-2] + "…" if len(shown) > 1 else ""
    offset = (width - int(draw.textlength(shown, font=font))) // 2
    draw.text((left + offset, top), shown, fill=LABEL_COLOUR, font=font)


def _is_portrait(picture: Picture) -> bool:
    with _opened(picture) as image:  # reads the header only
        width, height = image.size
    return height > width


def fitting_layout(query: Picture, keyframe: Picture, layout: CompositeLayout) -> CompositeLayout:
    """`layout`, at its taller height when either picture is portrait."""
    if _is_portrait(query) or _is_portrait(keyframe):
        return dataclasses.replace(layout, height=layout.tall_height)
    return layout


def compose(
    query: Picture,
    keyframe: Picture,
    labels: tuple[str, str],
    layout: CompositeLayout = CompositeLayout(),
) -> bytes:
    """One JPEG: `query` and `keyframe` side by side at one height, `labels` under them."""
    layout = fitting_layout(query, keyframe, layout)
    pictures = [_scaled(query, layout), _scaled(keyframe, layout)]
    width = sum(picture.width for picture in pictures) + layout.gap * 3
    height = layout.height + layout.label_height + layout.gap * 2
    canvas = Image.new("RGB", (width, height), BACKGROUND)
    left = layout.gap
    for picture, label in zip(pictures, labels, strict=True):
        top = layout.gap + (layout.height - picture.height) // 2
        canvas.paste(picture, (left, top))
        _draw_label(canvas, label, left, picture.width, layout)
        left += picture.width + layout.gap
    buffer = io.BytesIO()
    canvas.save(buffer, format="JPEG", quality=layout.quality, optimize=True)
    return buffer.getvalue()


_NOT_SHOWN = "The matched frame could not be shown."


class PictureSkipped(UserFacingError):  # noqa: N818 - reads as the outcome it reports
    """No side-by-side picture this time (too large to be worth it, unreadable, or too slow);
    the evidence service logs it and the answer stays as it is."""


@dataclass(frozen=True)
class PictureBytes:
    """A picture as handed to a decode worker: its bytes, or the file they wait in (decoded from
    there, never copied through the bot; the image check proved its structure, and only its own
    bytes are read: a polyglot's tail is past its end)."""

    data: bytes | None = None
    path: str | None = None

    def picture(self) -> Picture:
        return self.data if self.data is not None else Path(str(self.path))


def picture_of(image: CheckedImage) -> PictureBytes:
    """The checked image's own bytes (up to its end), by file when it waits in one."""
    if isinstance(image.original, SpooledImageFile):
        return PictureBytes(path=str(image.original.path))
    return PictureBytes(data=image.original.read(0, image.image_size))


def require_worth_decoding(image_format: ImageFormat, width: int, height: int, what: str) -> None:
    """`PictureSkipped` unless decoding this picture for the composite costs a bounded amount."""
    limit = JPEG_MAX_PIXELS if image_format is ImageFormat.JPEG else PICTURE_MAX_PIXELS
    if width * height > limit:
        raise PictureSkipped(
            _NOT_SHOWN,
            detail=f"{what}: {image_format.label} {width}x{height} over {limit} pixels",
        )


def require_keyframe_worth_decoding(keyframe: bytes) -> None:
    """The keyframe's format and size from its header alone (no pixel decoded), then the rule
    above; an unknown format or a broken structure is `PictureSkipped` too."""
    image_format = sniff_format(keyframe[:4096])
    if image_format is None:
        raise PictureSkipped(_NOT_SHOWN, detail="keyframe: no image")
    try:
        width, height = read_layout(keyframe, image_format).checked_size
    except LayoutError as error:
        raise PictureSkipped(_NOT_SHOWN, detail=f"keyframe: {error}") from None
    require_worth_decoding(image_format, width, height, "keyframe")


def compose_pictures(
    query: PictureBytes, keyframe: bytes, labels: tuple[str, str], layout: CompositeLayout
) -> bytes:
    """`compose`, for a decode worker (the query read there)."""
    return compose(query.picture(), keyframe, labels, layout)


async def compose_async(
    query: bytes,
    keyframe: bytes,
    labels: tuple[str, str],
    layout: CompositeLayout | None = None,
    *,
    pool: DecodePool | None = None,
) -> bytes:
    """`compose` in the decode pool, behind every search's decode."""
    job = partial(compose_pictures, PictureBytes(data=query), keyframe, labels,
                  layout or CompositeLayout())  # fmt: skip
    picture: bytes = await (pool or shared_pool()).run(job, priority=Priority.PICTURE)
    return picture


class PillowCompositor:
    """The core's `Compositor`: each picture's header decides whether it is worth decoding,
    then `compose` runs in the decode pool; whatever stops it becomes `PictureSkipped`."""

    def __init__(
        self,
        layout: CompositeLayout | None = None,
        *,
        pool: DecodePool | None = None,
        memo: StudyMemo = STUDIES,
    ) -> None:
        self.layout = layout or CompositeLayout()
        self.pool = pool
        self.memo = memo

    async def compose(self, query: CheckedImage, keyframe: bytes, labels: tuple[str, str]) -> bytes:
        require_worth_decoding(query.format, query.width, query.height, "query")
        require_keyframe_worth_decoding(keyframe)
        job = partial(compose_pictures, self._query(query), keyframe, labels, self.layout)
        try:
            picture: bytes = await (self.pool or shared_pool()).run(job, priority=Priority.PICTURE)
        except DecodeStoppedError as stopped:
            raise PictureSkipped(_NOT_SHOWN, detail=f"decode stopped: {stopped}") from None
        except RuntimeError as failed:  # the worker's own error (an unreadable picture)
            raise PictureSkipped(_NOT_SHOWN, detail=str(failed)) from None
        return picture

    def _query(self, query: CheckedImage) -> PictureBytes:
        """The reduced copy the search's study made (a few KB, decoded in a few ms), else the
        query itself."""
        preview = self.memo.preview(query.sha256)
        return PictureBytes(data=preview) if preview is not None else picture_of(query)
