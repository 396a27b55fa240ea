"""One decode of a query image gives what the separate decodes gave: the version to upload (the
cut decision and the cut picture, byte for byte), the image memory's fingerprint, and a reduced
copy for the side-by-side picture."""

from __future__ import annotations

import io
from functools import cache

import pytest
from PIL import Image

from bot.core.images.image_check import ImageLimits, check_image
from bot.core.images.image_study import PREVIEW_BOX, study
from bot.core.images.image_variants import decide, render
from bot.core.images.variant import CutMode, Transform, Variant
from bot.core.seen.fingerprint import fingerprint_bytes
from tests import repostgen

VARIANTS = [
    Variant(),
    Variant(transform=Transform.MIRROR),
    Variant(cut=CutMode.OFF, transform=Transform.CENTRE),
    Variant(cut=CutMode.AS_POSTED),
]


@cache
def samples() -> list[tuple[str, bytes]]:
    """Reposts to cut and pictures to leave alone, as PNG and JPEG."""
    letterbox, _ = repostgen.padded((540, 960), 16 / 9, repostgen.BLACK, 3)
    caption, _ = repostgen.captioned((720, 900), 0.25, repostgen.WHITE, 16)
    blurred, _ = repostgen.blur_filled((540, 960), 16 / 9, 5)
    plain = repostgen.picture(640, 480, 7)
    pictures = {"letterbox": letterbox, "caption": caption, "blur": blurred, "plain": plain}
    return [
        (f"{name}.{kind.lower()}", repostgen.encode(picture, kind))
        for name, picture in pictures.items()
        for kind in ("PNG", "JPEG")
    ]


@pytest.mark.parametrize("variant", VARIANTS, ids=lambda v: f"{v.cut}-{v.transform}")
def test_one_decode_gives_what_each_decode_gave_alone(variant: Variant) -> None:
    for name, data in samples():
        image = check_image(data, source_name=name, limits=ImageLimits())

        found = study(image, variant)

        assert found.searched == decide(image, variant), name
        assert found.fingerprint == fingerprint_bytes(data), name
        if found.searched is None:
            assert found.upload is None
        else:
            assert found.upload is not None
            drawn = render(image, found.searched).original
            assert found.upload.original.read(0, drawn.size) == drawn.read(0, drawn.size)


def test_the_samples_include_cuts_and_images_left_alone() -> None:
    found = [
        study(check_image(data, source_name=name, limits=ImageLimits()), Variant()).searched
        for name, data in samples()
    ]
    assert None in found
    assert any(searched is not None for searched in found)


def test_the_reduced_copy_is_an_upright_jpeg_within_the_pictures_size() -> None:
    tall = repostgen.encode(repostgen.screenshot((1170, 2532), seed=4), "PNG")
    image = check_image(tall, source_name="a.png", limits=ImageLimits())

    preview = study(image, Variant()).preview

    assert preview is not None
    with Image.open(io.BytesIO(preview)) as picture:
        assert picture.format == "JPEG"
        assert picture.width <= PREVIEW_BOX[0]
        assert picture.height == PREVIEW_BOX[1]
        assert abs(picture.width / picture.height - 1170 / 2532) < 0.01


def test_an_image_already_that_small_gets_no_reduced_copy() -> None:
    small = repostgen.encode(repostgen.picture(400, 300, 2), "PNG")
    image = check_image(small, source_name="a.png", limits=ImageLimits())

    assert study(image, Variant()).preview is None, "the picture reads the image itself"
