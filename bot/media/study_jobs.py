"""The decode workers' jobs for a query image (`bot.media.variants`): a light module the
forkserver imports once. The image is handed over as the file it waits in (read there up to its
own end, never copied through the bot), or as its bytes when small.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.images.image_bytes import MemoryImageBytes
from bot.core.images.image_check import CheckedImage
from bot.core.images.image_formats import ImageFormat
from bot.core.images.image_study import Study, study
from bot.core.images.image_variants import render
from bot.core.images.variant import SearchedAs, Variant
from bot.media.composite import PictureBytes, picture_of


@dataclass(frozen=True)
class HandedImage:
    """A checked image as handed to a decode worker: its own bytes or the file they wait in,
    and what the check found."""

    picture: PictureBytes
    image_size: int
    format: ImageFormat
    width: int
    height: int
    source_name: str
    proven: bool = True

    @classmethod
    def of(cls, image: CheckedImage) -> HandedImage:
        return cls(
            picture_of(image),
            image.image_size,
            image.format,
            image.width,
            image.height,
            image.source_name,
            image.proven,
        )

    def checked(self) -> CheckedImage:
        """The image again, in the worker (a file is read up to the image's end)."""
        picture = self.picture.picture()
        if isinstance(picture, bytes):
            data = picture
        else:
            with picture.open("rb") as file:
                data = file.read(self.image_size)
        return CheckedImage(
            MemoryImageBytes(data[: self.image_size]),
            self.format,
            self.width,
            self.height,
            self.source_name,
            self.image_size,
            self.proven,
        )


def study_handed(handed: HandedImage, variant: Variant) -> Study:
    """The worker's job: `study` of the image it was handed."""
    return study(handed.checked(), variant)


def render_handed(handed: HandedImage, searched: SearchedAs) -> CheckedImage:
    """The worker's job: `render` of the image it was handed."""
    return render(handed.checked(), searched)
