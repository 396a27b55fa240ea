"""The name a container gives its video codec, read from the bytes, for naming a codec the
decoder lacks (FFmpeg leaves such a stream without a codec, so nothing else can name it)."""

from __future__ import annotations

import re

_ISO_SAMPLE_ENTRY = re.compile(rb"stsd.{8}.{4}([\x20-\x7e]{4})", re.DOTALL)
_MATROSKA_CODEC_ID = re.compile(rb"\x86[\x81-\xbf](V_[\x20-\x7e]+)")
_AVI_VIDEO_HANDLER = re.compile(rb"strh.{4}vids([\x20-\x7e]{4})", re.DOTALL)
_AUDIO_TAGS = frozenset({"mp4a", "Opus", "ac-3", "ec-3", "alac", "fLaC", "samr", "sowt", "twos"})
KNOWN_CODECS = {"evc1": "MPEG-5 EVC", "avs3": "AVS3", "avs2": "AVS2"}
"""Common names of tags FFmpeg recognises but may have no decoder for."""


def codec_tag(data: bytes) -> str | None:
    """The video codec's tag (`evc1`, `V_MPEG4/ISO/AVC`) from an MP4, Matroska or AVI file;
    None when none is found."""
    tags = (
        found.group(1).decode("ascii").strip()
        for pattern in (_ISO_SAMPLE_ENTRY, _MATROSKA_CODEC_ID, _AVI_VIDEO_HANDLER)
        for found in pattern.finditer(data)
    )
    return next((tag for tag in tags if tag not in _AUDIO_TAGS), None)
