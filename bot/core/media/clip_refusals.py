"""The sentences refusing a clip for what it holds: sound without a picture, a codec we lack."""

from __future__ import annotations

from bot.core.media.codec_tags import KNOWN_CODECS
from bot.core.text import untrusted_inline

NAME_LIMIT = 80


def subject_of(name: str | None) -> str:
    """The user's file name, escaped, to start a sentence with ("That file" without one)."""
    return (untrusted_inline(name, NAME_LIMIT) if name else "") or "That file"


def sound_without_picture(name: str | None) -> str:
    return (
        f"{subject_of(name)} has sound but no picture, so there is nothing in it I can search; "
        "send a video clip, an image, or a screenshot of the moment."
    )


def codec_not_decodable(tag: str | None) -> str:
    """`tag` is what the file calls its codec (`evc1`): untrusted, escaped, named when known."""
    shown = untrusted_inline(tag, 40) if tag else ""
    codec = f"{KNOWN_CODECS[tag]} ({shown})" if tag in KNOWN_CODECS else shown
    return (
        f"That clip's video is encoded as {codec or 'something I do not recognise'}, "
        "which I can't decode. "
        "Send it as MP4 (H.264) or WebM, or a screenshot of the frame you want to find."
    )
