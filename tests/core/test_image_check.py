"""Image checks on real bytes: what gets through, what is refused, and what the user is told."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import pytest
from PIL import ImageFile

from bot.core.errors import UserFacingError
from bot.core.images.file_kinds import describe_non_image
from bot.core.images.image_check import (
    CheckedImage,
    ImageLimits,
    ImageRejected,
    check_image,
    check_image_async,
    format_size,
    precheck_declared,
)
from bot.core.images.image_formats import ImageFormat, sniff_format
from bot.core.text import untrusted_inline
from tests import imagegen

LIMITS = ImageLimits()
SUPPORTED = "I can search JPEG, PNG, GIF, BMP and WebP images."
BY = "\N{MULTIPLICATION SIGN}"


def rejection(data: bytes, name: str = "upload.png", limits: ImageLimits = LIMITS) -> str:
    with pytest.raises(ImageRejected) as caught:
        check_image(data, source_name=name, limits=limits)
    return caught.value.user_message


def precheck_rejection(
    name: str, *, size: int | None = 1000, content_type: str | None = None
) -> str:
    with pytest.raises(ImageRejected) as caught:
        precheck_declared(name=name, size=size, content_type=content_type, limits=LIMITS)
    return caught.value.user_message


# --- accepted images ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (imagegen.png, ImageFormat.PNG),
        (imagegen.jpeg, ImageFormat.JPEG),
        (lambda: imagegen.jpeg(progressive=True), ImageFormat.JPEG),
        (imagegen.gif, ImageFormat.GIF),
        (lambda: imagegen.gif(animated=True), ImageFormat.GIF),
        (imagegen.bmp, ImageFormat.BMP),
        (imagegen.webp, ImageFormat.WEBP),
        (lambda: imagegen.webp(lossless=True), ImageFormat.WEBP),
        (lambda: imagegen.webp(animated=True), ImageFormat.WEBP),
    ],
    ids=["png", "jpeg", "jpeg-progressive", "gif", "gif-animated", "bmp", "webp", "webp-lossless",
         "webp-animated"],
)  # fmt: skip
def test_real_images_of_every_accepted_format_pass(
    make: Callable[[], bytes], expected: ImageFormat
) -> None:
    checked = check_image(make(), source_name="picture", limits=LIMITS)
    assert (checked.format, checked.width, checked.height) == (expected, 64, 48)
    assert checked.upload_filename == f"query.{expected.extension}"
    assert checked.content_type == expected.content_type


def test_a_png_named_jpg_is_accepted_and_sent_as_png() -> None:
    checked = check_image(imagegen.png(), source_name="holiday.JPG", limits=LIMITS)
    assert checked.format is ImageFormat.PNG
    assert checked.upload_filename == "query.png"
    assert checked.content_type == "image/png"
    assert checked.source_name == "holiday.JPG"


def test_a_file_without_a_name_or_extension_is_judged_by_its_bytes() -> None:
    checked = check_image(imagegen.webp(), source_name="", limits=LIMITS)
    assert checked.upload_filename == "query.webp"


def test_checked_image_hashes_its_bytes_and_keeps_them_out_of_repr() -> None:
    data = imagegen.png(300, 200)
    checked = check_image(data, source_name="big.png", limits=LIMITS)
    assert checked.sha256 == hashlib.sha256(data).hexdigest()
    assert "data" not in repr(checked)
    assert len(repr(checked)) < 200


async def test_the_async_check_gives_the_same_answer() -> None:
    checked = await check_image_async(imagegen.gif(), source_name="a.gif", limits=LIMITS)
    assert isinstance(checked, CheckedImage)
    assert checked.format is ImageFormat.GIF


async def test_the_async_check_raises_the_same_rejection() -> None:
    with pytest.raises(ImageRejected, match="empty"):
        await check_image_async(b"", source_name="a.gif", limits=LIMITS)


def test_image_format_properties() -> None:
    assert [fmt.extension for fmt in ImageFormat] == ["jpg", "png", "gif", "bmp", "webp"]
    assert [fmt.content_type for fmt in ImageFormat] == [
        "image/jpeg", "image/png", "image/gif", "image/bmp", "image/webp",
    ]  # fmt: skip
    assert [fmt.label for fmt in ImageFormat] == ["JPEG", "PNG", "GIF", "BMP", "WebP"]


# --- refused by size, in bytes or in pixels -------------------------------------------------------


def test_zero_bytes_is_called_empty() -> None:
    assert rejection(b"", "blank.png") == "blank.png is empty; try attaching it again."


def test_more_bytes_than_the_cap_names_both_sizes() -> None:
    data = imagegen.png()
    small = ImageLimits(max_bytes=len(data) - 1)
    message = rejection(data, "photo.png", small)
    assert message.startswith(f"photo.png is {format_size(len(data))}; the limit is ")


def test_the_default_cap_is_the_apis_20_mb() -> None:
    assert LIMITS.max_bytes == 20 * 1024 * 1024
    assert format_size(LIMITS.max_bytes) == "20 MB"
    assert format_size(LIMITS.max_bytes + 1) == "20.1 MB"


def test_a_decompression_bomb_is_called_one_not_asked_to_shrink() -> None:
    bomb = imagegen.bomb()
    assert len(bomb) < 100_000  # small on disk, 400 megapixels once decoded
    assert rejection(bomb, "innocent.png") == (
        f"innocent.png declares 20000{BY}20000 pixels in only 47.6 KB: more pixels than it can "
        "possibly hold, so I won't open it."
    )


def test_a_header_that_lies_about_its_size_is_called_a_bomb() -> None:
    message = rejection(imagegen.huge_dimensions(100_000, 100_000), "liar.png")
    assert message.startswith(f"liar.png declares 100000{BY}100000 pixels in only ")


def test_a_real_image_with_too_long_a_side_is_asked_to_shrink() -> None:
    limits = ImageLimits(max_side=60)
    assert rejection(imagegen.png(64, 48), "strip.png", limits) == (
        f"strip.png is 64{BY}48 pixels; the longest side I accept is 60 pixels, "
        "so please shrink it."
    )


def test_a_real_image_with_too_many_megapixels_is_asked_to_shrink() -> None:
    limits = ImageLimits(max_pixels=1_000_000)
    assert rejection(imagegen.jpeg(1200, 1000), "poster.jpg", limits) == (
        f"poster.jpg is 1200{BY}1000 pixels (1.2 megapixels); the most I accept is 1 megapixels, "
        "so please shrink it."
    )


def test_a_gif_frame_larger_than_its_header_is_refused_before_decoding() -> None:
    message = rejection(imagegen.gif_growing_frame(7000, 7000), "sneaky.gif")
    assert message.startswith(f"sneaky.gif declares 7000{BY}7000 pixels in only ")


def test_pillows_own_bomb_error_is_turned_into_a_rejection(monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image

    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100)  # Pillow, the backstop, fires first
    message = rejection(imagegen.gif(), "sneaky.gif")
    assert message == (
        "sneaky.gif declares more pixels than it can possibly hold, so I won't open it."
    )


# --- refused because it is not an accepted image ----------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (imagegen.text(), f"notes.png is a text file, not an image; {SUPPORTED}"),
        (imagegen.svg(), "notes.png is an SVG drawing; save or export it as PNG or JPEG"),
        (imagegen.heic_like(), "notes.png is a HEIC photo; save or export it as PNG or JPEG"),
        (imagegen.avif_like(), "notes.png is an AVIF image; save or export it"),
        (imagegen.pdf(), "notes.png is a PDF document; send a screenshot of the page instead."),
        (imagegen.mp4_like(), "notes.png is a video; video input is not supported yet, so send a"),
        (imagegen.html(), "notes.png is a web page, not an image; use the link of the image"),
        (imagegen.tiff(), "notes.png is a TIFF image; save or export it"),
        (imagegen.ico(), "notes.png is an icon file; save or export it"),
        (imagegen.zip_archive(), "notes.png is an archive, not an image;"),
        (imagegen.unknown_binary(), f"notes.png is not an image I can read; {SUPPORTED}"),
    ],
    ids=["text", "svg", "heic", "avif", "pdf", "mp4", "html", "tiff", "ico", "zip", "unknown"],
)
def test_non_images_get_a_message_saying_what_they_are(data: bytes, expected: str) -> None:
    assert rejection(data, "notes.png").startswith(expected)


@pytest.mark.parametrize(
    "make",
    [imagegen.png, imagegen.jpeg, imagegen.gif, imagegen.bmp, imagegen.webp],
    ids=["png", "jpeg", "gif", "bmp", "webp"],
)
def test_truncated_images_are_called_damaged(make: Callable[[], bytes]) -> None:
    message = rejection(imagegen.truncated(make()), "cut.img")
    assert message == "cut.img looks damaged or cut short; try saving it again."


def test_a_corrupt_png_is_called_damaged() -> None:
    assert "looks damaged or cut short" in rejection(imagegen.corrupt_png(), "broken.png")


def test_a_bare_signature_is_called_damaged() -> None:
    assert "looks damaged" in rejection(imagegen.PNG_SIGNATURE, "stub.png")


def test_truncated_images_fail_even_if_someone_turns_on_lenient_loading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)
    with pytest.raises(RuntimeError, match="LOAD_TRUNCATED_IMAGES"):
        check_image(imagegen.png(), source_name="a.png", limits=LIMITS)


def test_checking_leaves_pillows_global_settings_alone() -> None:
    from PIL import Image

    before = Image.MAX_IMAGE_PIXELS
    rejection(imagegen.truncated(imagegen.jpeg()))
    rejection(imagegen.bomb())
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False
    assert before == Image.MAX_IMAGE_PIXELS


# --- names in messages --------------------------------------------------------------------------


def test_the_file_name_is_escaped_in_messages() -> None:
    name = "**bold** @everyone `x`.png"
    message = rejection(b"", name)
    assert message.startswith(untrusted_inline(name, 80) + " is empty")
    assert "**bold**" not in message
    assert "@everyone" not in message


def test_a_long_file_name_is_cut_short_in_messages() -> None:
    message = rejection(b"", "a" * 500 + ".png")
    assert message.startswith("a" * 79 + "…")
    assert len(message) < 150


def test_rejections_are_user_facing_errors() -> None:
    with pytest.raises(UserFacingError):
        check_image(b"", source_name="x", limits=LIMITS)


# --- before downloading ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content_type"),
    [
        ("photo.png", "image/png"),
        ("photo.PNG", None),
        ("photo.jpg", "image/jpg"),
        ("photo.jpeg", "image/pjpeg"),
        ("photo.jfif", None),
        ("photo", None),
        ("photo.weird", "application/octet-stream"),
        ("image.webp", "image/webp; charset=binary"),
        ("mislabelled.txt", "image/png"),
        ("new-format.png", "image/x-unknown"),
    ],
)
def test_precheck_lets_plausible_images_through(name: str, content_type: str | None) -> None:
    precheck_declared(name=name, size=5000, content_type=content_type, limits=LIMITS)


def test_precheck_passes_when_nothing_is_declared() -> None:
    precheck_declared(name="", size=None, content_type=None, limits=LIMITS)


def test_precheck_refuses_a_declared_size_over_the_cap() -> None:
    message = precheck_rejection("huge.png", size=25 * 1024 * 1024 + 300_000)
    assert message == "huge.png is 25.3 MB; the limit is 20 MB."


def test_precheck_refuses_a_declared_empty_file() -> None:
    assert precheck_rejection("blank.png", size=0) == "blank.png is empty; try attaching it again."


@pytest.mark.parametrize(
    ("content_type", "expected"),
    [
        ("video/mp4", "clip is a video; video input is not supported yet"),
        ("video/quicktime", "clip is a video;"),
        ("application/pdf", "clip is a PDF document;"),
        ("text/plain; charset=utf-8", "clip is a text file, not an image;"),
        ("text/html", "clip is a web page, not an image;"),
        ("image/svg+xml", "clip is an SVG drawing;"),
        ("image/heic", "clip is a HEIC photo;"),
        ("audio/mpeg", "clip is an audio file, not an image;"),
        ("application/zip", "clip is an archive, not an image;"),
    ],
)
def test_precheck_refuses_declared_non_image_types(content_type: str, expected: str) -> None:
    assert precheck_rejection("clip", content_type=content_type).startswith(expected)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("report.pdf", "report.pdf is a PDF document; send a screenshot of the page instead."),
        ("notes.txt", f"notes.txt is a text file, not an image; {SUPPORTED}"),
        ("clip.MP4", "clip.MP4 is a video; video input is not supported yet, so send a screenshot"),
        ("logo.svg", "logo.svg is an SVG drawing; save or export it as PNG or JPEG"),
        ("IMG_0001.HEIC", "IMG\\_0001.HEIC is a HEIC photo; save or export it"),
        ("scan.tiff", "scan.tiff is a TIFF image;"),
        ("page.html", "page.html is a web page, not an image;"),
        ("letter.docx", "letter.docx is a document, not an image;"),
    ],
)
def test_precheck_refuses_non_image_extensions(name: str, expected: str) -> None:
    assert precheck_rejection(name).startswith(expected)


# --- recognising bytes ------------------------------------------------------------------------


def test_sniff_format_reads_magic_numbers_not_names() -> None:
    assert sniff_format(imagegen.jpeg()) is ImageFormat.JPEG
    assert sniff_format(imagegen.png()) is ImageFormat.PNG
    assert sniff_format(imagegen.gif()) is ImageFormat.GIF
    assert sniff_format(imagegen.bmp()) is ImageFormat.BMP
    assert sniff_format(imagegen.webp()) is ImageFormat.WEBP


@pytest.mark.parametrize(
    "data", [b"", b"BM is how this text starts", imagegen.text(), imagegen.tiff(), b"RIFF1234WAVE"]
)
def test_sniff_format_finds_nothing_in_other_files(data: bytes) -> None:
    assert sniff_format(data) is None


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (imagegen.svg(), "an SVG drawing"),
        (b"\xef\xbb\xbf  <svg xmlns='http://www.w3.org/2000/svg'/>", "an SVG drawing"),
        (imagegen.heic_like(), "a HEIC photo"),
        (imagegen.avif_like(), "an AVIF image"),
        (imagegen.mp4_like(), "a video"),
        (imagegen.pdf(), "a PDF document"),
        (imagegen.tiff(), "a TIFF image"),
        (imagegen.ico(), "an icon file"),
        (imagegen.text(), "a text file, not an image"),
        (imagegen.html(), "a web page, not an image"),
        (imagegen.zip_archive(), "an archive, not an image"),
        (b"RIFF\x00\x00\x00\x00AVI LIST", "a video"),
        (b"\x1a\x45\xdf\xa3\x01\x00\x00\x00", "a video"),
    ],
)
def test_describe_non_image_recognises_common_files(data: bytes, expected: str) -> None:
    assert describe_non_image(data) == expected


@pytest.mark.parametrize("data", [b"", imagegen.unknown_binary(), b"\x00\x01\x02\x03" * 50])
def test_describe_non_image_admits_when_it_does_not_know(data: bytes) -> None:
    assert describe_non_image(data) is None
