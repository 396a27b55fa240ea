"""The query and the matched keyframe side by side."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from bot.core.images.image_check import ImageLimits, check_image
from bot.core.images.image_formats import ImageFormat
from bot.media.composite import (
    CompositeLayout,
    PictureSkipped,
    PillowCompositor,
    compose,
    compose_async,
    picture_of,
    require_keyframe_worth_decoding,
    require_worth_decoding,
)
from bot.media.spool import ImageSpool
from tests import imagegen


def opened(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


async def test_both_images_are_scaled_to_one_height_side_by_side() -> None:
    layout = CompositeLayout()
    wide, tall = imagegen.png(640, 360), imagegen.jpeg(360, 640)

    picture = opened(await compose_async(wide, tall, ("Your image", "Source at 1:19")))

    assert picture.format == "JPEG"
    # a portrait picture makes both taller: 360×640 at 440 px high; 640×360 within 430 px wide
    left_width, right_width = 430, 248
    assert picture.size == (
        left_width + right_width + 3 * layout.gap,
        layout.tall_height + layout.label_height + 2 * layout.gap,
    )


def test_the_query_is_on_the_left_and_the_keyframe_on_the_right() -> None:
    red = _solid((200, 30, 30))
    blue = _solid((30, 30, 200))
    picture = opened(compose(red, blue, ("a", "b"))).convert("RGB")
    left, right = picture.getpixel((40, 100)), picture.getpixel((picture.width - 40, 100))
    assert isinstance(left, tuple)
    assert isinstance(right, tuple)
    assert left[0] > 150 > left[2]
    assert right[2] > 150 > right[0]


def test_a_very_wide_image_is_kept_within_its_share() -> None:
    picture = opened(compose(imagegen.png(3000, 100), imagegen.png(100, 100), ("x", "y")))
    assert picture.width <= CompositeLayout().max_width + 240 + 3 * CompositeLayout().gap


def test_the_picture_is_small() -> None:
    data = compose(imagegen.jpeg(1920, 1080), imagegen.jpeg(1080, 1920), ("Your image", "Source"))
    assert len(data) < 100_000


def _solid(colour: tuple[int, int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (100, 100), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def test_a_phone_screenshot_gets_the_taller_picture_so_its_half_is_readable() -> None:
    screenshot, frame = imagegen.png(1080, 2340), imagegen.jpeg(1080, 1920)
    picture = opened(compose(screenshot, frame, ("Posted image", "Source at 0:12")))
    layout = CompositeLayout()
    assert picture.height == layout.tall_height + layout.label_height + 2 * layout.gap
    assert 400 <= layout.tall_height <= 480
    landscape = opened(compose(imagegen.png(640, 360), imagegen.png(640, 360), ("a", "b")))
    assert landscape.height == layout.height + layout.label_height + 2 * layout.gap


# --- what a picture may cost --------------------------------------------------------------------


def test_a_keyframe_is_judged_by_its_header_before_any_decode() -> None:
    require_keyframe_worth_decoding(imagegen.jpeg(1920, 1080))
    for hostile in (imagegen.bomb(12_000), imagegen.zero_png(4000, 4000), imagegen.html()):
        with pytest.raises(PictureSkipped):
            require_keyframe_worth_decoding(hostile)


def test_a_large_jpeg_is_worth_its_reduced_decode_but_a_png_of_that_size_is_not() -> None:
    require_worth_decoding(ImageFormat.JPEG, 6000, 4000, "query")
    with pytest.raises(PictureSkipped):
        require_worth_decoding(ImageFormat.PNG, 6000, 4000, "query")


async def test_the_compositor_reads_a_spooled_query_in_the_worker(tmp_path: Path) -> None:
    spool = ImageSpool(tmp_path, memory_limit=1024)
    writer = spool.writer()
    await writer.write(imagegen.png(640, 360))
    image = check_image(await writer.finish(), source_name="q.png", limits=ImageLimits())
    assert picture_of(image).data is None, "handed over as its file, not its bytes"

    picture = opened(await PillowCompositor().compose(image, imagegen.jpeg(64, 48), ("a", "b")))

    assert picture.height == CompositeLayout().height + 28 + 2 * 8
    image.release()
