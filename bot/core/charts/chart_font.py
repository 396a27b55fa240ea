"""The charts' font: Noto Sans CJK JP, one file with the glyphs of every language the bot speaks
(Latin with its accents, and Japanese), installed by pip with the bot (the
`noto-cjk-sans-jp-regular` package, SIL Open Font License), so no system font is needed."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import noto_cjk_sans_jp_regular  # type: ignore[import-untyped]
from PIL import ImageFont

FONT_FILE = Path(str(noto_cjk_sans_jp_regular.FONT_PATH))


@lru_cache(maxsize=8)
def chart_font(size: int) -> ImageFont.FreeTypeFont:
    """The font at `size` pixels, opened once per size (FreeType reads the file as it needs)."""
    return ImageFont.truetype(str(FONT_FILE), size)
