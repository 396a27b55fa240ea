"""Recognising audio/video containers from their bytes, the way FFmpeg's probes do.

A clip is recognised by its content, never by its name or declared type, so an attachment and a
link with the same bytes get the same answer. Each probe looks at the container's own structure,
not one fixed magic number: any ISO box an MP4/MOV can start with (`ftyp` whatever its brands,
or a camera's leading `mdat`, `moov`, `wide` or `free`), the EBML header of Matroska and WebM,
RIFF AVI, MPEG transport streams (a sync byte every 188, 192 or 204 bytes), MPEG program
streams, Ogg, FLV and ASF.

Whether a container really holds a picture is up to the decoder (`bot.media.video_probe`): an MP4
or an Ogg file may hold only sound. Files that can only be sound (MP3, FLAC, WAV, M4A, Ogg
Vorbis/Opus) are told apart here, so they are named before anything is decoded.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator

SNIFF_BYTES = 4096
"""How much of a file's start the probes look at."""


class Container(enum.Enum):
    """A container that can hold video; the value is how people call it."""

    MP4 = "MP4/MOV"
    THREE_GP = "3GP"
    WEBM = "WebM"
    MATROSKA = "Matroska (MKV)"
    AVI = "AVI"
    MPEG_TS = "MPEG transport stream"
    MPEG_PS = "MPEG program stream"
    OGG = "Ogg"
    FLV = "FLV"
    ASF = "ASF/WMV"

    @property
    def label(self) -> str:
        return self.value


def sniff_container(head: bytes) -> Container | None:
    """The video-capable container `head` (a file's first bytes) starts, or None."""
    return (
        _iso_container(head)
        or _matroska(head)
        or _riff_avi(head)
        or _mpeg_container(head)
        or _simple_container(head)
    )


def sniff_audio(head: bytes) -> bool:
    """Whether `head` starts a file that only holds sound (MP3, AAC, FLAC, WAV, M4A, Ogg audio)."""
    if head.startswith((b"ID3", b"fLaC")) or _mpeg_audio_frame(head):
        return True
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return True
    if head[4:8] == b"ftyp":
        return head[8:12] in _AUDIO_BRANDS
    return head.startswith(b"OggS") and _ogg_sound_only(head)


# --- ISO base media (MP4, MOV, 3GP, M4V) ------------------------------------------------------


_ISO_LEADING_BOXES = frozenset({b"moov", b"mdat", b"wide", b"free", b"skip", b"junk", b"pnot"})
_ISO_BOXES = _ISO_LEADING_BOXES | {b"ftyp", b"uuid", b"udta", b"moof", b"pict"}
_STILL_BRANDS = frozenset({b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"})
_STILL_BRANDS |= {b"avif", b"avis"}
_AUDIO_BRANDS = frozenset({b"M4A ", b"M4B ", b"M4P ", b"F4A ", b"F4B "})


def _iso_container(head: bytes) -> Container | None:
    box = head[4:8]
    if box == b"ftyp":
        return _ftyp_container(head)
    if box in _ISO_LEADING_BOXES and _iso_box_chain_plausible(head):
        return Container.MP4
    return None


def _ftyp_container(head: bytes) -> Container | None:
    """Any `ftyp` is an MP4/MOV except HEIF/AVIF stills and audio-only brands (`M4A `); an Apple
    `.m4v` lists `M4A ` among its compatible brands, so only the major brand decides."""
    major = head[8:12]
    if major in _STILL_BRANDS or major in _AUDIO_BRANDS:
        return None
    return Container.THREE_GP if major.startswith((b"3gp", b"3g2", b"3ge")) else Container.MP4


def _iso_box_chain_plausible(head: bytes) -> bool:
    """A leading box with a sane size, followed (where the head reaches) by another known box."""
    size = int.from_bytes(head[:4], "big")
    if size in (0, 1):  # to the end of the file, or a 64-bit size
        return True
    if size < 8:
        return False
    following = head[size + 4 : size + 8]
    return len(following) < 4 or following in _ISO_BOXES


# --- Matroska and WebM ------------------------------------------------------------------------


_EBML = b"\x1a\x45\xdf\xa3"
_DOCTYPE = b"\x42\x82"


def _matroska(head: bytes) -> Container | None:
    if not head.startswith(_EBML):
        return None
    at = head.find(_DOCTYPE, 4, 64)
    if at >= 0 and head[at + 3 : at + 7] == b"webm":
        return Container.WEBM
    return Container.MATROSKA


# --- RIFF AVI ---------------------------------------------------------------------------------


def _riff_avi(head: bytes) -> Container | None:
    if head[:4] == b"RIFF" and head[8:12] in (b"AVI ", b"AVIX", b"AMV "):
        return Container.AVI
    return None


# --- MPEG transport and program streams -------------------------------------------------------


_TS_PACKET_SIZES = (188, 192, 204)
_TS_SYNC = 0x47
_TS_MIN_PACKETS = 3
_PS_PACK = b"\x00\x00\x01\xba"
_MPEG_VIDEO_SEQUENCE = b"\x00\x00\x01\xb3"


def _mpeg_container(head: bytes) -> Container | None:
    if head.startswith((_PS_PACK, _MPEG_VIDEO_SEQUENCE)):
        return Container.MPEG_PS
    return Container.MPEG_TS if _transport_stream(head) else None


def _transport_stream(head: bytes) -> bool:
    """A sync byte every packet, in every packet the head holds (at least three), from wherever
    the first whole packet starts (a capture may begin mid-packet; M2TS puts a 4-byte time code
    before each packet), the way FFmpeg's probe counts them."""
    return any(
        _synced(head, first, size)
        for size in _TS_PACKET_SIZES
        for first in range(min(size, len(head)))
        if head[first] == _TS_SYNC
    )


def _synced(head: bytes, first: int, size: int) -> bool:
    positions = range(first, len(head), size)
    return len(positions) >= _TS_MIN_PACKETS and all(head[p] == _TS_SYNC for p in positions)


# --- Ogg, FLV, ASF ----------------------------------------------------------------------------


_ASF_GUID = bytes.fromhex("3026b2758e66cf11a6d900aa0062ce6c")
_OGG_AUDIO = (b"\x01vorbis", b"OpusHead", b"\x7fFLAC", b"Speex   ")
_OGG_FIRST_PAGE = 0x02


def _simple_container(head: bytes) -> Container | None:
    if head.startswith(b"OggS") and not _ogg_sound_only(head):
        return Container.OGG
    if head.startswith(b"FLV\x01"):
        return Container.FLV
    return Container.ASF if head.startswith(_ASF_GUID) else None


def _ogg_sound_only(head: bytes) -> bool:
    """Every stream the Ogg file begins (its first pages, one per stream) is Vorbis, Opus, FLAC
    or Speex: sound only. A Theora or VP8 stream among them makes it a video."""
    firsts = list(_ogg_first_packets(head))
    return bool(firsts) and all(first.startswith(_OGG_AUDIO) for first in firsts)


def _ogg_first_packets(head: bytes) -> Iterator[bytes]:
    """The start of each stream's first packet, from the beginning-of-stream pages at the head
    of an Ogg file (each page: 27-byte header, segment table, then the packet)."""
    at = 0
    while head[at : at + 4] == b"OggS" and len(head) > at + 26 and head[at + 5] & _OGG_FIRST_PAGE:
        segments = head[at + 26]
        payload = at + 27 + segments
        yield head[payload : payload + 8]
        at = payload + sum(head[at + 27 : payload])


def _mpeg_audio_frame(head: bytes) -> bool:
    """An MPEG audio (MP3) or ADTS (AAC) frame header: 11 sync bits and a valid layer."""
    if len(head) < 2 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return False
    layer = (head[1] >> 1) & 0b11
    is_adts = head[1] & 0xF6 == 0xF0
    return layer != 0 or is_adts
