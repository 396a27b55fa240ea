"""Prints, for a set of clips as people record them, what the bot does with each (searched as N
stills, or refused and why), with the time and the peak memory it took. Figures, not pass/fail.

Run: `python -m benchmarks.bench_clips` (add `--before DIR` to run the same files through another
checkout too, e.g. `git archive bf3a937 | tar -x -C /tmp/before` for the code before issue 20).

The set is `tests.clipcases` (every common container; a browser WebM without a duration; a
display rotation; anamorphic pixels; a leading `mdat`; a start at 10 s; a single frame; sound
alone; a corrupt packet; a codec without decoder; an MP3) and a few clips at real sizes (a 720p
portrait phone clip, a 640x360 browser recording, a 1080p MKV), with moving texture so they
cost what real footage costs to decode.

Each file is sent through the real loader (`MediaIntake.precheck` and `load_media`, as an
attachment, served over loopback) by a fresh interpreter that measures its own time and peak
resident memory (VmHWM, reset just before; a small clip loaded first has started its decode
pool, as in a running bot), and the peak of the decode worker that took the job
(reset when the job is handed over, so a peak in its first instants may be missed). The
reference is the same file decoded whole by PyAV (every frame, no picture made) in a fresh
interpreter: what playing it once costs. Ratios are ours over the reference.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import numpy as np
from aiohttp import web

from tests import clipcases

REPO = Path(__file__).resolve().parents[1]
WARMUP = "warmup.mp4"
"""Loaded first by every measuring process, so its decode pool is running (as in a bot)."""

CHILD = r"""
import asyncio, json, sys, tempfile, time
from pathlib import Path
import aiohttp

def kb(field, pid="self"):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])

WORKERS = {}

def job_sent(pid):
    # a decode worker took the job: its peak is measured from here (reset, as ours)
    Path(f"/proc/{pid}/clear_refs").write_text("5")
    WORKERS[pid] = kb("VmRSS", pid)

def worker_peak_kb():
    return max((kb("VmHWM", pid) - rss for pid, rss in WORKERS.items()), default=0)

async def main(job):
    from bot.config import load_settings
    from bot.core.errors import UserFacingError
    from bot.core.sources import ImageSource
    from bot.runtime import _loader
    env = {"MEMORIES_API_KEY": "bench", "DATA_DIR": tempfile.mkdtemp()}
    settings = load_settings(env, need_discord=False)
    async with aiohttp.ClientSession() as session:
        loader = _loader(settings, session, session)
        loader.spool.prepare()
        try:
            from bot.media.decode_pool import shared_pool
            shared_pool().on_job_sent = job_sent
        except ImportError:
            pass  # older code decodes in a thread of this process
        warmup = ImageSource("warmup.mp4", job["warmup_url"], True, content_type="video/mp4")
        await loader.load_media(warmup)  # starts the decode pool and loads codecs, as in a bot
        WORKERS.clear()
        source = ImageSource(job["name"], job["url"], True, declared_size=job["size"],
                             content_type=job["content_type"])
        Path("/proc/self/clear_refs").write_text("5")
        baseline = kb("VmRSS")
        started = time.perf_counter()
        try:
            loader.precheck(source)
            media = await loader.load_media(source)
            frames = getattr(media, "frames", None)
            if frames is None:
                outcome = "searched as an image"
            else:
                moments = ", ".join(f"{f.at_seconds:g}" for f in frames)
                sizes = {f"{f.image.width}x{f.image.height}" for f in frames}
                outcome = f"{len(frames)} stills at {moments} s ({', '.join(sorted(sizes))})"
        except UserFacingError as error:
            outcome = "refused: " + error.user_message
        except Exception as error:
            outcome = f"crashed: {type(error).__name__}: {error}"
        seconds = time.perf_counter() - started
        print(json.dumps({"outcome": outcome, "seconds": seconds,
                          "peak_kb": kb("VmHWM") - baseline, "worker_kb": worker_peak_kb()}))

asyncio.run(main(json.loads(sys.argv[1])))
"""

REFERENCE = r"""
import io, json, sys, time
from pathlib import Path
import av

def kb(field):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])

data = Path(sys.argv[1]).read_bytes()
Path("/proc/self/clear_refs").write_text("5")
baseline = kb("VmRSS")
started = time.perf_counter()
frames = 0
try:
    with av.open(io.BytesIO(data)) as container:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        for frame in container.decode(stream):
            frames += 1
except (av.FFmpegError, IndexError, ValueError) as error:
    frames = -1
print(json.dumps({"frames": frames, "seconds": time.perf_counter() - started,
                  "peak_kb": kb("VmHWM") - baseline}))
"""


@dataclass(frozen=True)
class Case:
    name: str
    content_type: str | None
    make: Callable[[], bytes]


# --- clips at real sizes ---------------------------------------------------------------------


def textured_clip(
    fmt: str, codec: str, size: tuple[int, int], seconds: int, *, rotation: int | None = None
) -> bytes:
    """Moving texture at 30 fps: costs what real footage costs to decode."""
    width, height = size
    rng = np.random.default_rng(7)
    texture = rng.integers(0, 255, (height, width * 2, 3), dtype=np.uint8)
    buffer = io.BytesIO()
    options = {"live": "1"} if fmt == "webm" else {}
    with av.open(buffer, mode="w", format=fmt, options=options) as output:
        stream = output.add_stream(codec, rate=30, options=_fast(codec))
        assert isinstance(stream, av.VideoStream)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        stream.time_base = Fraction(1, 30)
        if rotation is not None:
            stream.set_display_rotation(rotation)
        for index in range(seconds * 30):
            shift = (index * 8) % width
            moved = np.ascontiguousarray(texture[:, shift : shift + width])
            frame = av.VideoFrame.from_ndarray(moved)
            frame.pts = index
            output.mux(stream.encode(frame))
        output.mux(stream.encode(None))
    return buffer.getvalue()


def _fast(codec: str) -> dict[str, str]:
    if codec == "libx264":
        return {"preset": "ultrafast", "crf": "28"}
    return {"deadline": "realtime", "cpu-used": "8", "b": "2M"}


def test_set() -> list[Case]:
    cases = [
        Case(f"clip.{ext}", content_type, lambda ext=ext: clipcases.in_container(ext))  # type: ignore[misc]
        for ext, (content_type, _) in sorted(clipcases.CONTAINERS.items())
    ]
    return [
        *cases,
        Case("apple.m4v", "video/x-m4v", clipcases.apple_m4v),
        Case("camera.mov", "video/quicktime", clipcases.leading_mdat_mov),
        Case("recording.webm", "video/webm", clipcases.browser_webm),
        Case("phone-rotated.mp4", "video/mp4", lambda: clipcases.rotated(-90)),
        Case("anamorphic.mp4", "video/mp4", clipcases.anamorphic),
        Case("starts-at-10s.mp4", "video/mp4", lambda: clipcases.starting_at(10)),
        Case("one-frame.mp4", "video/mp4", clipcases.single_frame),
        Case("voice.mp4", "video/mp4", clipcases.sound_only),
        Case("corrupt-packet.mp4", "video/mp4", clipcases.with_corrupt_packet),
        Case("evc.mp4", "video/mp4", clipcases.unknown_codec),
        Case("song.mp3", "audio/mpeg", lambda: b"ID3\x04" + bytes(20_000)),
        Case("phone-720p-10s.mp4", "video/mp4",
             lambda: textured_clip("mp4", "libx264", (1280, 720), 10, rotation=-90)),
        Case("browser-360p-10s.webm", "video/webm",
             lambda: textured_clip("webm", "libvpx", (640, 360), 10)),
        Case("camera-1080p-4s.mkv", "video/x-matroska",
             lambda: textured_clip("matroska", "libx264", (1920, 1080), 4)),
    ]  # fmt: skip


# --- measuring -------------------------------------------------------------------------------


def run_python(code: Path, script: str, argument: str) -> dict[str, Any]:
    result = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", script, argument],
        capture_output=True, text=True, cwd=code, check=True,
        env={"PYTHONPATH": str(code), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    figures: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def measure(code: Path, base: str, case: Case, path: Path) -> dict[str, Any]:
    job = {"name": case.name, "url": f"{base}/files/{case.name}", "size": path.stat().st_size,
           "content_type": case.content_type, "warmup_url": f"{base}/files/{WARMUP}"}  # fmt: skip
    return run_python(code, CHILD, json.dumps(job))


async def serve(files: Path) -> tuple[web.AppRunner, str]:
    app = web.Application()
    app.router.add_static("/files", files)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, f"http://127.0.0.1:{runner.addresses[0][1]}"


def print_case(case: Case, path: Path, ours: dict[str, Any], reference: dict[str, Any]) -> None:
    ms, ref_ms = ours["seconds"] * 1000, reference["seconds"] * 1000
    ratio = f"{ms / ref_ms:4.2f}x" if reference["frames"] > 0 and ref_ms > 0 else "  -  "
    print(f"{case.name:<22} {path.stat().st_size / 1024:8.0f} KB  {ms:7.1f} ms "
          f"{ours['peak_kb'] / 1024:6.1f} MB + worker {ours['worker_kb'] / 1024:5.1f} MB"
          f" | whole decode {ref_ms:7.1f} ms "
          f"{reference['peak_kb'] / 1024:6.1f} MB ({max(reference['frames'], 0):3d} frames) "
          f"time {ratio}")  # fmt: skip
    print(f"    now:    {ours['outcome'][:150]}")


async def main(directory: Path, before: Path | None) -> None:
    cases = test_set()
    (directory / WARMUP).write_bytes(clipcases.record(clipcases.Recording(seconds=1)))
    for case in cases:
        path = directory / case.name
        if not path.exists():
            path.write_bytes(await asyncio.to_thread(case.make))
    runner, base = await serve(directory)
    try:
        print(f"code: {REPO}" + (f"  (before: {before})" if before else ""))
        for case in cases:
            path = directory / case.name
            ours = await asyncio.to_thread(measure, REPO, base, case, path)
            reference = await asyncio.to_thread(run_python, REPO, REFERENCE, str(path))
            print_case(case, path, ours, reference)
            if before is not None:
                old = await asyncio.to_thread(measure, before, base, case, path)
                print(f"    before: {old['outcome'][:150]}  ({old['seconds'] * 1000:.1f} ms, "
                      f"{old['peak_kb'] / 1024:.1f} MB + worker "
                      f"{old['worker_kb'] / 1024:.1f} MB)")  # fmt: skip
    finally:
        await runner.cleanup()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", type=Path, help="another checkout to run the files through")
    parser.add_argument("--clips", type=Path, default=Path(tempfile.gettempdir()) / "fv-clips")
    args = parser.parse_args()
    args.clips.mkdir(exist_ok=True)
    asyncio.run(main(args.clips, args.before.resolve() if args.before else None))
