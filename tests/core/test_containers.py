"""Containers recognised by their content, as FFmpeg's probes recognise them."""

from __future__ import annotations

import struct
from collections.abc import Callable

import pytest

from bot.core.evidence.clips import declared_audio, declared_clip
from bot.core.images.file_kinds import describe_non_image
from bot.core.language import english
from bot.core.media.clip_refusals import codec_not_decodable
from bot.core.media.codec_tags import codec_tag
from bot.core.media.containers import Container, sniff_audio, sniff_container
from tests import imagegen
from tests.clipcases import (
    CONTAINERS,
    apple_m4v,
    in_container,
    leading_mdat_mov,
    ogg_sound_first,
    sound_only,
)
from tests.clipgen import video_clip

EXPECTED = {
    "mkv": Container.MATROSKA,
    "3gp": Container.THREE_GP,
    "avi": Container.AVI,
    "ts": Container.MPEG_TS,
    "mpg": Container.MPEG_PS,
    "ogv": Container.OGG,
    "flv": Container.FLV,
    "wmv": Container.ASF,
    "m4v": Container.MP4,
    "mov": Container.MP4,
}


@pytest.mark.parametrize("extension", sorted(CONTAINERS))
def test_every_common_container_is_recognised_by_its_bytes(extension: str) -> None:
    clip = in_container(extension)
    assert sniff_container(clip[:4096]) is EXPECTED[extension]
    assert not sniff_audio(clip[:4096])


def test_an_apple_m4v_listing_the_m4a_brand_is_a_video() -> None:
    m4v = apple_m4v()
    assert m4v[8:12] == b"M4V "
    assert b"M4A " in m4v[16:32]
    assert sniff_container(m4v) is Container.MP4


def test_a_camera_mov_starting_with_mdat_is_a_video() -> None:
    assert sniff_container(leading_mdat_mov()[:4096]) is Container.MP4


@pytest.mark.parametrize("box", [b"moov", b"wide", b"free"])
def test_a_mov_may_start_with_any_of_its_top_level_atoms(box: bytes) -> None:
    head = struct.pack(">I", 8) + box + struct.pack(">I", 64) + b"mdat" + bytes(56)
    assert sniff_container(head) is Container.MP4


def m2ts(transport_stream: bytes) -> bytes:
    """The same packets as a Blu-ray M2TS: a 4-byte time code before each 188-byte packet."""
    packets = range(0, len(transport_stream) - 187, 188)
    return b"".join(bytes(4) + transport_stream[at : at + 188] for at in packets)


@pytest.mark.parametrize(
    "variant",
    [lambda ts: ts, lambda ts: ts[100:], m2ts],
    ids=["whole", "captured-mid-packet", "m2ts"],
)
def test_a_transport_stream_is_found_from_its_first_whole_packet(
    variant: Callable[[bytes], bytes],
) -> None:
    assert sniff_container(variant(in_container("ts"))[:4096]) is Container.MPEG_TS


def test_webm_is_told_from_matroska_by_its_doctype() -> None:
    assert sniff_container(video_clip(1, container="webm")) is Container.WEBM


@pytest.mark.parametrize(
    "head",
    [
        imagegen.heic_like(),
        imagegen.avif_like(),
        b"\x00\x00\x00\x08freenoisenoise",  # a `free` box followed by no box
        b"\x47" + bytes(400),  # one sync byte is not a transport stream
        imagegen.png(),
        b"RIFF\x00\x00\x00\x00WEBPVP8 ",
    ],
    ids=["heic", "avif", "free-then-noise", "one-sync-byte", "png", "webp"],
)
def test_stills_and_noise_are_not_containers(head: bytes) -> None:
    assert sniff_container(head) is None


@pytest.mark.parametrize(
    "head",
    [
        b"ID3\x04\x00\x00\x00\x00\x00\x00",
        b"\xff\xfb\x90\x64\x00",  # an MP3 frame without a tag
        b"fLaC\x00\x00\x00\x22",
        b"RIFF\x24\x00\x00\x00WAVEfmt ",
        b"\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00M4A mp42isom",
        b"OggS\x00\x02" + bytes(20) + b"\x01\x1e\x01vorbis",
    ],
    ids=["mp3", "mp3-untagged", "flac", "wav", "m4a", "ogg-vorbis"],
)
def test_files_of_sound_alone_are_recognised(head: bytes) -> None:
    assert sniff_audio(head)
    assert sniff_container(head) is None
    assert describe_non_image(head) == "an audio file, not an image"


def test_an_ogg_video_whose_first_stream_is_sound_is_a_video() -> None:
    head = ogg_sound_first()[:4096]
    assert head[28:36] == b"OpusHead"
    assert sniff_container(head) is Container.OGG
    assert not sniff_audio(head)


def test_an_mp4_of_sound_alone_looks_like_any_mp4_until_decoded() -> None:
    assert sniff_container(sound_only()) is Container.MP4


@pytest.mark.parametrize(
    ("name", "content_type"),
    [
        ("clip.mkv", "video/x-matroska"),
        ("clip.avi", "video/x-msvideo"),
        ("clip.ts", "video/mp2t"),
        ("clip.flv", None),
        ("clip.3gp", "application/octet-stream"),
        ("live.ts", "text/vnd.trolltech.linguist"),  # as some systems' type tables have it
        ("theora.ogg", "audio/ogg"),  # an .ogg may hold video: the bytes decide
        ("phone.3gp", "audio/3gpp"),  # as Python's type table has it
    ],
)
def test_every_video_type_and_extension_is_declared_a_clip(
    name: str, content_type: str | None
) -> None:
    assert declared_clip(name, content_type)
    assert not declared_audio(name, content_type)


@pytest.mark.parametrize(
    ("name", "content_type"), [("song.mp3", "audio/mpeg"), ("voice.m4a", None)]
)
def test_sound_files_are_declared_audio(name: str, content_type: str | None) -> None:
    assert declared_audio(name, content_type)
    assert not declared_clip(name, content_type)


@pytest.mark.parametrize(
    ("data", "tag"),
    [
        (in_container("mkv"), "V_MPEG4/ISO/AVC"),
        (in_container("avi"), "FMP4"),
        (in_container("mov"), "jpeg"),
        (
            b"stsd"
            + bytes(8)
            + b"\x00\x00\x00\x50mp4a"
            + b"stsd"
            + bytes(8)
            + b"\x00\x00\x00\x50evc1",
            "evc1",
        ),
        (b"no codec here", None),
    ],
    ids=["matroska", "avi", "mov", "mp4-sound-first", "nothing"],
)
def test_the_video_codec_tag_is_read_from_the_file(data: bytes, tag: str | None) -> None:
    assert codec_tag(data) == tag


def test_a_codec_without_decoder_is_named_by_its_common_name_and_tag() -> None:
    def said(tag: str | None) -> str:
        return english().say(codec_not_decodable(tag))

    assert "encoded as MPEG-5 EVC (evc1), which I can't decode" in said("evc1")
    assert "encoded as xv\\_1, which" in said("xv_1")  # escaped, never markdown
    assert "something I do not recognise" in said(None)
