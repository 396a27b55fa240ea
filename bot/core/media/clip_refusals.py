"""The sentences refusing a clip for what it holds: sound without a picture, a codec we lack."""

from __future__ import annotations

from bot.core.language import Text
from bot.core.media.codec_tags import KNOWN_CODECS
from bot.core.text import untrusted_inline

NAME_LIMIT = 80


def subject_of(name: str | None) -> str | Text:
    """The user's file name, escaped, to start a sentence with ("That file" without one)."""
    return (untrusted_inline(name, NAME_LIMIT) if name else "") or Text("error-subject-file")


def sound_without_picture(name: str | None) -> Text:
    return Text("error-clip-sound-only", subject=subject_of(name))


def codec_not_decodable(tag: str | None) -> Text:
    """`tag` is what the file calls its codec (`evc1`): untrusted, escaped, named when known."""
    shown = untrusted_inline(tag, 40) if tag else ""
    codec = f"{KNOWN_CODECS[tag]} ({shown})" if tag in KNOWN_CODECS else shown
    if not codec:
        return Text("error-clip-codec-unknown")
    return Text("error-clip-codec", codec=codec)
