"""Reading a chart back from its PNG bytes: its size, its colours, where a colour was drawn."""

from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageColor

from bot.core.charts.chart_drawing import LIMIT_COLOUR, PAD, SERIES_COLOURS, TEXT_SIZE

LEGEND_BOTTOM = PAD + TEXT_SIZE * 2
"""Below this, a chart whose legend fits on one row shows only its plot and axes."""


@dataclass(frozen=True)
class Drawn:
    """A decoded chart: RGBA pixels as a (height, width, 4) array."""

    pixels: np.ndarray

    @classmethod
    def of(cls, png: bytes) -> Drawn:
        assert png.startswith(b"\x89PNG\r\n\x1a\n"), "a PNG"
        with Image.open(io.BytesIO(png)) as image:
            return cls(np.asarray(image.convert("RGBA")))

    @property
    def size(self) -> tuple[int, int]:
        height, width = self.pixels.shape[:2]
        return width, height

    def distinct_colours(self) -> int:
        return len(np.unique(self.pixels.reshape(-1, 4), axis=0))

    def where(self, colour: str) -> tuple[np.ndarray, np.ndarray]:
        """The (xs, ys) of the pixels painted exactly `colour` (a line's core, a dot)."""
        red, green, blue = ImageColor.getrgb(colour)[:3]
        ys, xs = np.nonzero(np.all(self.pixels == (red, green, blue, 255), axis=2))
        return xs, ys

    def series(self, index: int) -> tuple[np.ndarray, np.ndarray]:
        """Where the `index`th series was drawn, legend swatch included."""
        return self.where(SERIES_COLOURS[index])

    def limit(self) -> tuple[np.ndarray, np.ndarray]:
        return self.where(LIMIT_COLOUR)


def in_plot(found: tuple[np.ndarray, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Only the pixels under the legend (one row of it)."""
    xs, ys = found
    keep = ys > LEGEND_BOTTOM
    return xs[keep], ys[keep]
