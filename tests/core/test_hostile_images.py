"""Hostile and odd files: pixel bombs, polyglots, animated bombs, tolerant headers, other formats.

Every file is generated (tests/imagegen.py); memory is measured in a fresh interpreter from
/proc/self/status, never timed.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.core.images import image_proof
from bot.core.images.image_check import CheckedImage, ImageLimits, ImageRejected, check_image
from bot.core.images.image_formats import ImageFormat
from tests import imagegen

LIMITS = ImageLimits()
BY = "\N{MULTIPLICATION SIGN}"
REPO = Path(__file__).resolve().parents[2]


def checked(data: bytes, name: str = "upload") -> CheckedImage:
    return check_image(data, source_name=name, limits=LIMITS)


def rejection(data: bytes, name: str = "upload") -> str:
    with pytest.raises(ImageRejected) as caught:
        checked(data, name)
    return caught.value.user_message


def uploaded_bytes(image: CheckedImage) -> bytes:
    return image.original.read(0, image.image_size)


# --- polyglots: only the image's own bytes ever leave -------------------------------------------


@pytest.mark.parametrize(
    "make",
    [imagegen.png, imagegen.jpeg, imagegen.gif, imagegen.webp, imagegen.bmp,
     lambda: imagegen.gif(animated=True), lambda: imagegen.jpeg(progressive=True)],
    ids=["png", "jpeg", "gif", "webp", "bmp", "gif-animated", "jpeg-progressive"],
)  # fmt: skip
@pytest.mark.parametrize(
    "tail", [imagegen.zip_with_payload(), imagegen.html()], ids=["zip", "html"]
)
def test_a_polyglot_uploads_only_the_image_and_hashes_everything(
    make: Callable[[], bytes], tail: bytes
) -> None:
    image = make()
    result = checked(imagegen.with_tail(image, tail))
    assert uploaded_bytes(result) == image
    assert result.has_foreign_bytes
    assert result.sha256 == hashlib.sha256(image + tail).hexdigest()


@pytest.mark.parametrize(
    "make", [imagegen.png, imagegen.jpeg, imagegen.gif, imagegen.webp, imagegen.bmp],
    ids=["png", "jpeg", "gif", "webp", "bmp"],
)  # fmt: skip
def test_a_plain_image_is_uploaded_whole(make: Callable[[], bytes]) -> None:
    image = make()
    result = checked(image)
    assert uploaded_bytes(result) == image
    assert not result.has_foreign_bytes


def test_a_jpeg_thumbnail_inside_its_metadata_does_not_end_the_image_early() -> None:
    photo = imagegen.jpeg_with_thumbnail()
    assert uploaded_bytes(checked(photo + imagegen.zip_with_payload())) == photo


# --- animated bombs -----------------------------------------------------------------------------


def test_a_gif_whose_later_frame_declares_billions_of_pixels_is_refused() -> None:
    data = imagegen.gif_with_late_frame(65_535, 65_535)
    assert rejection(data, "cat.gif").startswith(
        f"cat.gif declares 65535{BY}65535 pixels in only 3 KB: more pixels than it can possibly"
    )


def test_a_gif_with_ordinary_later_frames_passes() -> None:
    result = checked(imagegen.gif_with_late_frame(80, 80))
    assert (result.format, result.width, result.height) == (ImageFormat.GIF, 100, 100)


def test_a_gif_cut_inside_a_later_frame_is_damaged() -> None:
    data = imagegen.gif(64, 48, animated=True)
    assert "looks damaged" in rejection(data[: len(data) - 40], "cut.gif")


def test_an_apng_frame_outside_its_canvas_is_damaged() -> None:
    data = imagegen.apng_with_frame(width=500, height=500)
    assert "looks damaged" in rejection(data, "moving.png")


def test_an_apng_frame_inside_its_canvas_passes() -> None:
    assert checked(imagegen.apng_with_frame(width=32, height=24)).width == 64


@pytest.mark.parametrize("tag", [b"zTXt", b"iTXt"])
def test_a_png_whose_text_chunk_inflates_past_a_megabyte_is_refused_by_name(tag: bytes) -> None:
    data = imagegen.png_with_text_bomb(tag)
    assert len(data) < 200_000

    message = rejection(data, "bomb.png")

    assert message == (
        "bomb.png has a compressed text chunk that inflates past 1 MB (a decompression bomb), "
        "so I won't open it."
    )


@pytest.mark.parametrize("tag", [b"zTXt", b"iTXt"])
def test_a_png_with_honest_compressed_text_passes(tag: bytes) -> None:
    assert checked(imagegen.png_with_text(tag, b"made with care " * 1000)).width == 64


def test_many_text_chunks_are_held_to_a_total() -> None:
    data = imagegen.png()
    iend = data.rindex(b"IEND") - 4
    chunk = imagegen.png_with_text_bomb(b"zTXt", 1024 * 1024 - 64 * 1024)
    text = chunk[chunk.index(b"zTXt") - 4 : chunk.rindex(b"IEND") - 4]
    many = data[:iend] + text * 9 + data[iend:]

    assert "inflates past 1 MB (a decompression bomb)" in rejection(many, "many.png")


def test_an_apng_with_an_animation_control_but_no_frame_is_refused_by_name() -> None:
    message = rejection(imagegen.apng_without_frames(), "moving.png")

    assert message == (
        "moving.png says it is an animated PNG but holds no frame (no fcTL chunk), "
        "so I won't open it."
    )


# --- pixel bombs inside the limits cost next to nothing -----------------------------------------


def test_a_small_png_declaring_forty_megapixels_is_checked_not_refused() -> None:
    data = imagegen.zero_png(6324, 6324)
    assert len(data) < 150_000
    result = checked(data)
    assert (result.width, result.height) == (6324, 6324)


def test_a_cut_short_pixel_stream_is_damaged_even_when_its_chunks_are_intact() -> None:
    data = imagegen.png_with_short_stream(640, 480)
    assert "looks damaged" in rejection(data, "short.png")


MEMORY_PROBE = """
import sys
from pathlib import Path
from bot.core.images.image_check import ImageLimits, check_image
from tests import imagegen

def kilobytes(field):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise LookupError(field)

data = getattr(imagegen, sys.argv[1])(*map(int, sys.argv[2:]))
Path("/proc/self/clear_refs").write_text("5")  # reset the peak to the current size
before = kilobytes("VmRSS")
check_image(data, source_name="largest", limits=ImageLimits())
print(kilobytes("VmHWM") - before)
"""


def peak_kilobytes_of_checking(maker: str, *args: int) -> int:
    result = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-c", MEMORY_PROBE, maker, *map(str, args)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    )
    return int(result.stdout.strip())


@pytest.mark.parametrize(
    ("maker", "args"),
    [("zero_png", (6324, 6324)), ("jpeg", (6324, 6324))],
    ids=["png-40mp", "jpeg-40mp"],
)
def test_checking_the_largest_accepted_image_stays_within_the_budget(
    maker: str, args: tuple[int, ...]
) -> None:
    # Decoded in full, each would take 40-120 MB; the check keeps to slices and reduced decodes.
    assert peak_kilobytes_of_checking(maker, *args) * 1024 < image_proof.DECODE_MEMORY_LIMIT


def test_a_progressive_jpeg_whose_decode_would_pass_the_budget_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(image_proof, "DECODE_MEMORY_LIMIT", 10_000)
    message = rejection(imagegen.jpeg(640, 480, progressive=True), "wide.jpg")
    assert message == (
        f"wide.jpg is a 640{BY}480 progressive JPEG, too large for me to check safely in that "
        "format; save it as PNG or an ordinary JPEG (or shrink it) and try again."
    )


def test_a_baseline_jpeg_of_the_same_size_passes_within_that_budget(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(image_proof, "DECODE_MEMORY_LIMIT", 10_000)
    assert checked(imagegen.jpeg(640, 480)).width == 640


# --- valid files the decoder reads must pass -----------------------------------------------------


def test_a_jpeg_with_a_wrong_segment_length_is_accepted_like_pillow_does() -> None:
    result = checked(imagegen.jpeg_with_stray_bytes(), "phone.jpg")
    assert (result.format, result.width, result.height) == (ImageFormat.JPEG, 64, 48)


def test_a_cut_short_jpeg_with_stray_bytes_is_still_damaged() -> None:
    data = imagegen.jpeg_with_stray_bytes()
    assert "looks damaged" in rejection(imagegen.truncated(data), "cut.jpg")


# --- saying what a file is ----------------------------------------------------------------------


CONVERT = "save or export it as PNG or JPEG (a screenshot works too) and try again."


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (imagegen.eps(), "an EPS image"),
        (imagegen.xpm(), "an XPM image"),
        (imagegen.netpbm("RGB"), "a PPM/PGM/PBM image"),
        (imagegen.netpbm("L"), "a PPM/PGM/PBM image"),
        (imagegen.netpbm("1"), "a PPM/PGM/PBM image"),
        (imagegen.fits(), "a FITS image"),
    ],
    ids=["eps", "xpm", "ppm", "pgm", "pbm", "fits"],
)
def test_images_in_formats_we_do_not_search_are_named_as_such(data: bytes, kind: str) -> None:
    assert rejection(data, "scan.png") == f"scan.png is {kind}, a format I can't search; {CONVERT}"
