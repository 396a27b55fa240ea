"""Cutting what reposters add: every generated repost is cut to its picture, within 2 % of each
side, and every image that must not be cut is left exactly as it was (searched byte for byte)."""

from __future__ import annotations

import functools

import numpy as np
import pytest
from PIL import Image

from bot.core import wording
from bot.core.images.content_box import Cut
from bot.core.images.image_check import CheckedImage, ImageLimits, check_image
from bot.core.images.image_variants import decide, render
from bot.core.images.variant import (
    AUTO,
    CutMode,
    SearchedAs,
    Transform,
    Variant,
    cache_id,
)
from bot.core.language import words_for
from bot.core.request import QueryOutcome, SearchRequest
from bot.core.scope import SearchScope
from bot.core.sources import ImageSource
from tests import imagegen, repostgen


@functools.cache
def _samples() -> dict[str, repostgen.Sample]:
    return {sample.name: sample for sample in repostgen.repost_set()}


CUT_NAMES = [name for name, make in repostgen._cut_samples()]
UNTOUCHED_NAMES = [name for name, make in repostgen._untouched_samples()]


def _checked(data: bytes) -> CheckedImage:
    return check_image(data, source_name="repost.jpg", limits=ImageLimits())


def _pixels(image: CheckedImage) -> np.ndarray:
    data = image.original.read(0, image.image_size)
    return np.asarray(Image.open(__import__("io").BytesIO(data)).convert("RGB"), dtype=np.float32)


def test_the_variant_set_is_large_enough_and_covers_every_kind():
    kinds = {sample.kind for sample in _samples().values()}
    assert len(_samples()) >= 40
    assert {"letterbox", "pillarbox", "frame", "caption", "blur"} <= kinds
    assert {"dark", "screenshot", "flat", "plain"} <= kinds


@pytest.mark.parametrize("name", CUT_NAMES)
def test_a_repost_is_cut_to_its_picture(name):
    sample = _samples()[name]
    image = _checked(sample.data)
    searched = decide(image, Variant())
    assert searched is not None
    assert sample.truth is not None
    assert repostgen.within(searched.box, sample.truth, (image.width, image.height))


@pytest.mark.parametrize("name", UNTOUCHED_NAMES)
def test_an_image_without_borders_is_searched_as_given(name):
    assert decide(_checked(_samples()[name].data), Variant()) is None


def test_what_was_cut_is_named():
    cuts = {
        name.split(":")[0]: decide(_checked(_samples()[name].data), Variant())
        for name in (
            "letterbox:black-1080x1920",
            "caption:white-top-1080x1350",
            "blur:vertical-1080x1920",
        )
    }
    assert {kind: s.cuts for kind, s in cuts.items() if s is not None} == {
        "letterbox": frozenset({Cut.BORDERS}),
        "caption": frozenset({Cut.CAPTION}),
        "blur": frozenset({Cut.BLUR}),
    }


def test_the_cut_picture_is_the_true_rectangle_of_the_original():
    image, truth = repostgen.padded((720, 1280), repostgen.WIDE, repostgen.BLACK, 7)
    checked = _checked(repostgen.encode(image, "PNG"))
    searched = decide(checked, Variant())
    assert searched is not None
    cut = render(checked, searched)
    expected = np.asarray(image.crop(truth), dtype=np.float32)
    assert abs(cut.width - expected.shape[1]) <= 0.02 * 720
    assert abs(cut.height - expected.shape[0]) <= 0.02 * 1280
    resized = np.asarray(Image.fromarray(expected.astype(np.uint8)).resize((cut.width, cut.height)))
    assert np.abs(_pixels(cut) - resized).mean() < 12


def test_nothing_is_cut_when_the_server_or_the_user_says_so():
    checked = _checked(_samples()["letterbox:black-1080x1920"].data)
    assert decide(checked, Variant(cut=CutMode.OFF)) is None
    assert decide(checked, Variant(cut=CutMode.AS_POSTED)) is None


def test_icons_are_never_cut():
    assert decide(_checked(imagegen.png(64, 48)), Variant()) is None


def test_mirrored_is_the_image_flipped_left_to_right():
    checked = _checked(repostgen.encode(repostgen.picture(320, 200, 3), "PNG"))
    searched = decide(checked, Variant(transform=Transform.MIRROR))
    assert searched == SearchedAs(None, frozenset(), Transform.MIRROR)
    mirrored, original = _pixels(render(checked, searched)), _pixels(checked)
    assert np.abs(mirrored[:, ::-1] - original).mean() < 6  # a JPEG of it, flipped back
    assert np.abs(mirrored - original).mean() > 20


def test_the_centre_is_the_middle_three_quarters():
    checked = _checked(repostgen.encode(repostgen.picture(400, 200, 4), "PNG"))
    searched = decide(checked, Variant(transform=Transform.CENTRE))
    assert searched is not None
    centre = render(checked, searched)
    assert (centre.width, centre.height) == (300, 150)
    assert np.abs(_pixels(centre) - _pixels(checked)[25:175, 50:350]).mean() < 6


def test_mirror_and_centre_apply_to_the_cut_picture():
    checked = _checked(_samples()["letterbox:white-720x1280"].data)
    searched = decide(checked, Variant(transform=Transform.CENTRE))
    assert searched is not None
    assert searched.cuts == frozenset({Cut.BORDERS})
    centre = render(checked, searched)
    assert (centre.width, centre.height) == (540, round(408 * 0.75))


def _searched_outcome(searched: SearchedAs | None, variant: Variant = AUTO) -> QueryOutcome:
    request = SearchRequest(SearchScope.TIKTOK, min_match=85, max_results=5, variant=variant)
    source = ImageSource("q.png", "x", from_discord=True)
    return QueryOutcome(source, request, (), 0, searched_as=searched)


def _said(outcome: QueryOutcome, language: str = "en") -> str | None:
    text = wording.searched_text(outcome)
    return None if text is None else words_for(language).say(text)


def test_the_answer_says_what_was_searched():
    both = SearchedAs((0, 1, 2, 3), frozenset({Cut.CAPTION, Cut.BORDERS}), Transform.MIRROR)
    assert _said(_searched_outcome(both)) == (
        "✂️ Searched the picture mirrored (flipped left to right), without its borders and caption."
    )
    centre = SearchedAs(None, frozenset(), Transform.CENTRE)
    assert _said(_searched_outcome(centre)) == "✂️ Searched the centre of the picture."
    as_posted = _searched_outcome(None, Variant(cut=CutMode.AS_POSTED))
    assert _said(as_posted) == "✂️ Searched the picture exactly as posted."
    assert _said(_searched_outcome(None)) is None
    said_in_german = _said(_searched_outcome(both), "de")
    assert said_in_german is not None
    assert "Searched" not in said_in_german


def test_the_cache_tells_versions_of_one_image_apart():
    sha = "ab" * 32
    cut = SearchedAs((0, 10, 100, 90), frozenset({Cut.BORDERS}))
    mirrored = SearchedAs((0, 10, 100, 90), frozenset({Cut.BORDERS}), Transform.MIRROR)
    assert cache_id(sha, None) == sha
    assert len({cache_id(sha, None), cache_id(sha, cut), cache_id(sha, mirrored)}) == 3
