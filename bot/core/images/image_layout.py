"""What an image file's structure declares, read without decoding a pixel.

Each format module (`png_layout`, `gif_layout`, `jpeg_layout`, `webp_layout`, `bmp_layout`) walks
its file's chunks, blocks or segments and returns an `ImageLayout`: the canvas, the farthest any
frame reaches (an animated GIF's later frame can declare far more than its first), where the
image's own bytes end (anything after is foreign: a ZIP or a web page glued on) and how much
memory proving the pixels would take. A walk that runs off the end or meets nonsense raises
`LayoutError`, which the check reports as a damaged file.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.images.image_bytes import ImageView
from bot.core.language import Arg, Text


class LayoutError(Exception):
    """The bytes break their format's structure: cut short, or not what the header promised."""


class HostileLayoutError(LayoutError):
    """A structure no honest encoder writes, told to the user as what it is (a text chunk that
    inflates past a limit, an animation without frames): `reason` for the log, and the message
    (`message_id`, with `args` and the file as `$subject`) for the user."""

    def __init__(self, reason: str, message_id: str, **args: Arg) -> None:
        super().__init__(reason)
        self.reason = reason
        self._message_id = message_id
        self._args = args

    def refusal(self, subject: Arg) -> Text:
        """The sentence refusing the file `subject` names."""
        return Text(self._message_id, **self._args, subject=subject)


@dataclass(frozen=True)
class ImageLayout:
    """An image's declared geometry and extent in bytes."""

    width: int
    height: int
    end: int
    """Bytes from the start that are the image itself; whatever follows is not sent anywhere."""
    extent: tuple[int, int]
    """The farthest right and bottom any frame reaches (at least the canvas)."""
    decode_bytes: int = 0
    """Memory the decode that proves the pixels needs, at most (0: no decode needed)."""

    @property
    def checked_size(self) -> tuple[int, int]:
        """The size the limits apply to: the canvas, grown to fit every frame."""
        return max(self.width, self.extent[0]), max(self.height, self.extent[1])


def require(condition: bool, problem: str) -> None:
    """Raise `LayoutError(problem)` unless `condition` holds."""
    if not condition:
        raise LayoutError(problem)


def unpack_at(data: ImageView, offset: int, length: int) -> bytes:
    """Exactly `length` bytes at `offset`, or LayoutError if the file ends first."""
    piece = bytes(data[offset : offset + length])
    require(len(piece) == length, f"cut short at byte {offset}")
    return piece
