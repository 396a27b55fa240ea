"""A few still frames from a short clip (animated GIF, MP4, WebM, MOV), to search one by one.

Frames are spread over the clip (the middle of each of N equal stretches, so a 3-frame sample of a
9 s clip is taken at 1.5 s, 4.5 s and 7.5 s), each with its moment in the clip: the answer says
which moments of the user's clip matched which moments of a source video.

A clip costs a few seconds of CPU at most, whatever it declares:
- what the headers say is decided before any decoding (`FrameLimits`): a GIF's frames are counted
  by walking its blocks (stopped at `max_gif_frames`), a video's duration, frame rate and frame
  size come from its container; anything over a limit is refused with a sentence naming it;
- sampling never decodes the whole clip: a video is sought to each moment (from the keyframe
  before it), and a GIF decoded only as far as its last still; every decoded frame is charged to
  a `PixelMeter` (`max_decoded_pixels` per clip, `max_frames_per_sample` per still), checked
  after every frame, so a long run of frames after a keyframe stops at its share;
- the decode runs in the process's `DecodePool` (`sample_frames_async`): a worker process that is
  killed when the search is cancelled or the job passes its seconds.

Only the chosen frames are kept, shrunk to at most `FrameLimits.max_side` pixels and encoded as
JPEG; the same picture is searched once (a one-frame clip gives it for every moment). Pillow
reads GIFs (`bot.media.gif_frames`), PyAV (FFmpeg) reads video (`bot.media.video_frames`, with
`bot.media.video_probe` and `bot.media.orientation`). Anything that cannot be decoded raises
`ClipUnreadable` with a sentence for the user.
"""

from __future__ import annotations

from functools import partial
from typing import Literal

import av
from PIL import Image

from bot.core.errors import UserFacingError
from bot.core.images.gif_layout import read_timeline
from bot.core.images.image_layout import LayoutError
from bot.core.language import Text
from bot.core.media.containers import SNIFF_BYTES, sniff_container
from bot.media.clip_errors import ClipUnreadable
from bot.media.decode_pool import DecodePool, DecodeStoppedError, shared_pool
from bot.media.frame_rules import FrameLimits, SampledFrame, sample_times, unreadable
from bot.media.gif_frames import sample_gif
from bot.media.video_frames import sample_video

__all__ = [
    "ClipUnreadable",
    "FrameLimits",
    "SampledFrame",
    "clip_kind",
    "sample_frames",
    "sample_frames_async",
    "sample_times",
]


def clip_kind(data: bytes) -> Literal["gif", "video"] | None:
    """ "gif" for an animated GIF, "video" for any video container recognised by its content
    (`bot.core.media.containers`); None for anything else (a still image is searched as it is)."""
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "gif" if _is_animated_gif(data) else None
    return "video" if sniff_container(data[:SNIFF_BYTES]) is not None else None


def _is_animated_gif(data: bytes) -> bool:
    """More than one frame, counted from the blocks (no pixel inflated, at most two frames)."""
    try:
        return not read_timeline(data, frame_limit=1).complete
    except (LayoutError, IndexError, ValueError):
        return False  # not a clip we can sample: the image checks say what is wrong with it


async def sample_frames_async(
    data: bytes, *, is_gif: bool, limits: FrameLimits, pool: DecodePool | None = None
) -> list[SampledFrame]:
    """`sample_frames` in the process's decode pool: stopped (its worker killed) when the caller
    is cancelled or the job passes the pool's seconds."""
    job = partial(sample_frames, data, is_gif=is_gif, limits=limits)
    try:
        frames: list[SampledFrame] = await (pool or shared_pool()).run(job)
    except DecodeStoppedError as stopped:
        raise ClipUnreadable(_TOO_COSTLY, detail=f"decode stopped: {stopped}") from None
    except ClipUnreadable:
        raise
    except UserFacingError as refusal:
        raise ClipUnreadable(refusal.text or refusal.user_message, detail=refusal.detail) from None
    return frames


_TOO_COSTLY = Text("error-clip-too-costly")


def sample_frames(data: bytes, *, is_gif: bool, limits: FrameLimits) -> list[SampledFrame]:
    """Up to `limits.frames` stills spread over the clip (fewer when it has fewer frames)."""
    try:
        return _distinct(sample_gif(data, limits) if is_gif else sample_video(data, limits))
    except ClipUnreadable:
        raise
    except (av.FFmpegError, OSError, ValueError, EOFError, IndexError, LayoutError) as error:
        raise unreadable(f"{type(error).__name__}: {error}") from None
    except Image.DecompressionBombError as error:
        raise unreadable(f"DecompressionBombError: {error}") from None


def _distinct(stills: list[SampledFrame]) -> list[SampledFrame]:
    """Each picture once: a single-frame or cut-short clip gives the same still for several
    moments, and each still searched costs an API call. The first moment is kept."""
    distinct: dict[bytes, SampledFrame] = {}
    for still in stills:
        distinct.setdefault(still.jpeg, still)
    return list(distinct.values())
