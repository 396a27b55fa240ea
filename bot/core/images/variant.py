"""Which version of an image a search uploads: as posted, without what reposters added, mirrored,
or its centre; and how an answer says so.

Plain data (no decoding here: `bot.core.images.image_variants` makes the pictures). A search asks
for a `Variant`; what it actually searched is a `SearchedAs`, or None when that was the image
exactly as given (its bytes uploaded unchanged). The result cache keeps the two apart: the key of a
variant is the SHA-256 of what the user sent plus what was searched (`cache_id`).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from bot.core.images.content_box import Cut


class CutMode(enum.StrEnum):
    """Whether borders, caption bands and blurred fills are cut away before searching."""

    AUTO = "auto"
    """Cut what is found (the default)."""
    OFF = "off"
    """The server turned cutting off: search as given, and say nothing about it."""
    AS_POSTED = "as_posted"
    """The user asked for the image exactly as given: search it so, and say so."""


class Transform(enum.StrEnum):
    """A disguise undone: reposters flip clips, or zoom into them."""

    NONE = "none"
    MIRROR = "mirror"
    CENTRE = "centre"


CENTRE_SHARE = 0.75
""""Search the centre" keeps the middle 75 % of each side: corner stickers, watermarks and app
chrome go, and a repost zoomed in by up to a third lines up with it."""


@dataclass(frozen=True)
class Variant:
    """What a search asks to upload; the default cuts what reposters add and transforms nothing."""

    cut: CutMode = CutMode.AUTO
    transform: Transform = Transform.NONE


AUTO = Variant()
"""What every search uploads unless told otherwise."""


@dataclass(frozen=True)
class SearchedAs:
    """What was uploaded instead of the image as given.

    `box` is the content rectangle cut from the original (left, top, right, bottom, in its
    pixels), or None when nothing was cut; `cuts` names what was cut."""

    box: tuple[int, int, int, int] | None
    cuts: frozenset[Cut]
    transform: Transform = Transform.NONE

    @property
    def key(self) -> str:
        """Names this version of the image (the same image and key: the same upload)."""
        parts = [] if self.box is None else ["cut=" + ",".join(map(str, self.box))]
        if self.transform is not Transform.NONE:
            parts.append(self.transform.value)
        return ";".join(parts)


def cache_id(image_sha256: str, searched: SearchedAs | None) -> str:
    """The result cache's name for what was searched: the image's own hash when it was uploaded
    as given (so answers cached before cutting existed still count)."""
    return image_sha256 if searched is None else f"{image_sha256}+{searched.key}"
