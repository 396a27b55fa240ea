"""The query image and the matched keyframe side by side, as one small JPEG for an embed.

Both pictures are scaled to the same height, with a label under each ("Your image", "Source at
1:19"), so a moderator sees at a glance whether the match is right instead of trusting a number.
Pillow work is CPU-bound: `compose_async` runs it in a worker thread.
"""

from __future__ import annotations

import asyncio
import dataclasses
import io
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont

from bot.core.errors import UserFacingError

COMPOSITE_FILENAME = "match.jpg"
BACKGROUND = (32, 34, 37)
LABEL_COLOUR = (230, 230, 230)


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


def _scaled(data: bytes, layout: CompositeLayout) -> Image.Image:
    """The image at `layout.height` (kept within `max_width`), RGB; JPEGs decode at reduced size."""
    with Image.open(io.BytesIO(data)) as image:
        image.draft("RGB", (layout.max_width * 2, layout.height * 2))
        rgb = image.convert("RGB")
    width = max(1, round(rgb.width * layout.height / rgb.height))
    height = layout.height
    if width > layout.max_width:
        width, height = layout.max_width, max(1, round(rgb.height * layout.max_width / rgb.width))
    return rgb.resize((width, height), Image.Resampling.LANCZOS)


def _draw_label(
    canvas: Image.Image, text: str, left: int, width: int, layout: CompositeLayout
) -> None:
    draw = ImageDraw.Draw(canvas)
    font = ImageFont.load_default(size=layout.font_size)
    top = layout.gap + layout.height + (layout.label_height - layout.font_size) // 2
    shown = text
    while shown and draw.textlength(shown, font=font) > width:
        shown = shown[:-2] + "…" if len(shown) > 1 else ""
    offset = (width - int(draw.textlength(shown, font=font))) // 2
    draw.text((left + offset, top), shown, fill=LABEL_COLOUR, font=font)


def _is_portrait(data: bytes) -> bool:
    with Image.open(io.BytesIO(data)) as image:  # reads the header only
        width, height = image.size
    return height > width


def fitting_layout(query: bytes, keyframe: bytes, layout: CompositeLayout) -> CompositeLayout:
    """`layout`, at its taller height when either picture is portrait."""
    if _is_portrait(query) or _is_portrait(keyframe):
        return dataclasses.replace(layout, height=layout.tall_height)
    return layout


def compose(
    query: bytes,
    keyframe: bytes,
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


async def compose_async(
    query: bytes, keyframe: bytes, labels: tuple[str, str], layout: CompositeLayout | None = None
) -> bytes:
    """`compose` in a worker thread, off the event loop."""
    return await asyncio.to_thread(compose, query, keyframe, labels, layout or CompositeLayout())


class PillowCompositor:
    """The core's `Compositor`: `compose` off the event loop; an unreadable picture (a keyframe
    that is not an image, say) becomes a `UserFacingError` the evidence service can skip."""

    def __init__(self, layout: CompositeLayout | None = None) -> None:
        self.layout = layout or CompositeLayout()

    async def compose(self, query: bytes, keyframe: bytes, labels: tuple[str, str]) -> bytes:
        try:
            return await compose_async(query, keyframe, labels, self.layout)
        except (OSError, ValueError, Image.DecompressionBombError) as error:
            raise UserFacingError(
                "The matched frame could not be shown.", detail=f"{type(error).__name__}: {error}"
            ) from None
