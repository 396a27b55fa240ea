"""One decode of a query image gives what the separate decodes gave: the version to upload (the
cut decision and the cut picture, byte for byte), the image memory's fingerprint, and a reduced
copy for the side-by-side picture."""

from __future__ import annotations

import io
from functools import cache

import pytest
from PIL import Image

from bot.core.images import image_study
from bot.core.images.image_check import (
    CheckedImage,
    ImageLimits,
    ImageRejected,
    check_image,
    prove_checked,
)
from bot.core.images.image_study import PREVIEW_BOX, study
from bot.core.images.image_variants import decide, render
from bot.core.images.variant import CutMode, Transform, Variant
from bot.core.seen.fingerprint import fingerprint_bytes
from tests import imagegen, repostgen

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


def png_with_last_row(colour: tuple[int, int, int]) -> bytes:
    picture = repostgen.picture(320, 240, 3)
    picture.paste(colour, (0, 239, 320, 240))
    return repostgen.encode(picture, "PNG")


def proofs_counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the images the check's own (second) proof ran on, during the test."""
    proven: list[str] = []

    def counted(image: CheckedImage) -> None:
        proven.append(image.source_name)
        prove_checked(image)

    monkeypatch.setattr(image_study, "prove_checked", counted)
    return proven


def test_a_whole_png_is_proven_by_its_one_decode(monkeypatch: pytest.MonkeyPatch) -> None:
    proven = proofs_counted(monkeypatch)
    data = png_with_last_row((250, 250, 250))
    unproven = check_image(data, source_name="a.png", limits=ImageLimits(), prove=False)
    checked = check_image(data, source_name="a.png", limits=ImageLimits())

    assert study(unproven, Variant()) == study(checked, Variant())
    assert proven == [], "its pixel stream was inflated once"


def test_a_png_ending_in_black_is_proven_the_slow_way(monkeypatch: pytest.MonkeyPatch) -> None:
    proven = proofs_counted(monkeypatch)
    data = png_with_last_row((0, 0, 0))
    unproven = check_image(data, source_name="dark.png", limits=ImageLimits(), prove=False)

    study(unproven, Variant())

    assert proven == ["dark.png"]


def test_a_png_whose_pixel_stream_ends_early_is_refused_by_its_study() -> None:
    data = imagegen.png_with_short_stream(640, 480)
    unproven = check_image(data, source_name="short.png", limits=ImageLimits(), prove=False)

    with pytest.raises(ImageRejected, match=r"short\.png looks damaged or cut short"):
        study(unproven, Variant())


def test_a_whole_jpeg_is_proven_by_the_decode_its_cut_decision_needs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    proven = proofs_counted(monkeypatch)
    data = repostgen.encode(repostgen.picture(1080, 1920, 5), "JPEG")
    unproven = check_image(data, source_name="photo.jpg", limits=ImageLimits(), prove=False)
    checked = check_image(data, source_name="photo.jpg", limits=ImageLimits())

    assert study(unproven, Variant()) == study(checked, Variant())
    assert proven == [], "no eighth-size decode of its own"
