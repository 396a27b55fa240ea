"""A GIF or short video given as a query: the stills sampled from it, each a checked image.

The media adapter decodes the clip (`bot.media.frames`); the core only sees the stills and when
they were taken, searches each, and merges the results (`bot.core.evidence.clip_ranking`).
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from bot.core.images.image_check import CheckedImage

CLIP_EXTENSIONS = frozenset(
    {".mp4", ".m4v", ".mov", ".qt", ".webm", ".mkv", ".3gp", ".3g2", ".avi", ".ts", ".m2ts"}
    | {".mts", ".mpg", ".mpeg", ".vob", ".ogv", ".ogg", ".flv", ".wmv", ".asf"}
)
CLIP_MEDIA_TYPES = frozenset(
    {"application/ogg", "application/mp4", "audio/ogg", "audio/3gpp", "audio/3gpp2"}
    | {"audio/webm", "audio/mp4", "audio/x-matroska"}
)
"""Besides every `video/*`: types that may hold video (an `.ogg` may be Theora, a `.3gp` is
declared `audio/3gpp` by some type tables): the bytes decide."""
AUDIO_EXTENSIONS = frozenset({".mp3", ".wav", ".m4a", ".flac", ".opus", ".aac", ".oga", ".wma"})
_UNTYPED = frozenset({"", "application/octet-stream"})


@dataclass(frozen=True)
class ClipFrame:
    """One still of the user's clip, `at_seconds` into it."""

    at_seconds: float
    image: CheckedImage


@dataclass(frozen=True)
class LoadedClip:
    """The stills of a clip, in clip order, ready to search."""

    frames: tuple[ClipFrame, ...]
    source_name: str
    is_video: bool = True
    """A video (Discord shows no video as an embed's picture); False for an animated GIF."""

    def frame_at(self, seconds: float) -> ClipFrame:
        """The still taken closest to `seconds` into the clip."""
        return min(self.frames, key=lambda frame: abs(frame.at_seconds - seconds))


def declared_clip(name: str, content_type: str | None) -> bool:
    """Whether the declared type or name says "a video" (any container: the bytes decide which).

    A clip's extension counts unless the type says image or sound: `.ts` is declared as a Qt
    translation (text) by some systems, and the bytes are what decides."""
    media_type = _media_type(content_type)
    if media_type.startswith("video/") or media_type in CLIP_MEDIA_TYPES:
        return True
    if media_type.startswith(("image/", "audio/")):
        return False
    return _extension(name) in CLIP_EXTENSIONS  # whatever else is declared (`.ts` as text/...)


def declared_audio(name: str, content_type: str | None) -> bool:
    """Whether the declared type or name says "sound only" (an MP3, an M4A; not an `.ogg`)."""
    media_type = _media_type(content_type)
    if media_type.startswith("audio/"):
        return media_type not in CLIP_MEDIA_TYPES
    return media_type in _UNTYPED and _extension(name) in AUDIO_EXTENSIONS


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def _extension(name: str) -> str:
    return posixpath.splitext(name.split("?", maxsplit=1)[0].lower())[1]
