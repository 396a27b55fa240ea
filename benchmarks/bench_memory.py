"""Prints the search process's peak memory under large uploads, and CPU and time per search in a
burst of small ones. Figures, not pass/fail.

Run: `python -m benchmarks.bench_memory` (add `--code DIR` to measure another checkout, e.g. an
older commit unpacked with `git archive`, for before/after figures; `--before DIR` measures that
checkout and this one, case by case, in one run).

With the picture on (the "picture" lines), each search is followed by the side-by-side picture,
as an answer is: the fake API's hits carry a keyframe, served by its download endpoint (a 1280x720
JPEG), and the evidence service (as `bot.runtime` builds it, with its database) composes it. The
memory figure is then the search process's tree: its own VmHWM and, sampled from /proc, the peak
of its Pss plus that of the decode workers it starts (`benchmarks.process_tree`).

The measured process is a separate interpreter running the real search service (real loader,
spool, checks, client and rate limiter, as `bot.runtime` wires them) and nothing else; its peak
resident memory is VmHWM from its own /proc/self/status. This process serves it the images
(files from disk, as Discord's CDN would) and plays memories.ai with a minimal fake that reads and
drops each upload, so neither side's memory blurs the other's.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import random
import statistics
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from aiohttp import web
from PIL import Image, ImageFilter

from benchmarks.process_tree import go, meter_when_ready, start_child

API_KEY = "bench-key"
LARGE_SIDE = 2500
SMALL_SIZE = (640, 480)
REPO = Path(__file__).resolve().parents[1]

CHILD = r"""
import asyncio, json, os, sys, time
from contextlib import ExitStack
from pathlib import Path
from typing import Any
from bot.config import load_settings
from bot.runtime import evidence_service, open_search_services
from bot.core.scope import SearchScope
from bot.core.search_service import SearchRequest
from bot.core.sources import ImageSource
from bot.store.database import open_database

def kilobytes(field):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])

async def timed(service, evidence, source, request):
    started = time.perf_counter()
    with ExitStack() as keep:
        [outcome] = await service.search_sources([source], request, keep=keep)
        answered = time.perf_counter() - started
        pictured = evidence is not None and await evidence.composite(outcome) is not None
    return answered, outcome.error is None, pictured

async def main(job):
    settings = load_settings(job["env"], need_discord=False)
    scope = SearchScope[job["scope"]]
    request = SearchRequest(scope=scope, min_match=80, max_results=5)
    sources = [ImageSource(f"image{n}.png", url, True) for n, url in enumerate(job["urls"])]
    async with open_search_services(settings) as searches, \
            open_database(settings.database_path) as database:
        service = searches.interactive
        picture = job["picture"]
        evidence = evidence_service(settings, searches.memories, database) if picture else None
        baseline = kilobytes("VmRSS")
        print("ready", flush=True)
        sys.stdin.readline()
        cpu = os.times()
        answers = await asyncio.gather(*(timed(service, evidence, s, request) for s in sources))
        after = os.times()
    used = (after.user - cpu.user) + (after.system - cpu.system)
    print(json.dumps({"baseline_kb": baseline, "peak_kb": kilobytes("VmHWM"), "cpu_s": used,
                      "seconds": [a[0] for a in answers], "answered": sum(a[1] for a in answers),
                      "pictures": sum(a[2] for a in answers)}))

asyncio.run(main(json.loads(sys.argv[1])))
"""


# --- what the measured process talks to ----------------------------------------------------------


async def fake_search(request: web.Request) -> web.Response:
    """Reads the whole multipart upload (as the real API must), keeps none of it, answers a hit."""
    if request.headers.get("Authorization") != API_KEY:
        return web.json_response({"code": "0401", "msg": "bad key", "data": None})
    reader = await request.multipart()
    while (part := await reader.next()) is not None:
        while await part.read_chunk():  # type: ignore[union-attr]
            pass
    hit = {"videoNo": "PI-1", "videoName": "bench", "startTime": "3", "score": 0.95,
           "keyframe_bucket": "kf", "keyframe_blob": "frames/1.jpg"}  # fmt: skip
    return web.json_response({"code": "0000", "msg": "success", "data": [hit]})


def keyframe_jpeg() -> bytes:
    """A 1280x720 photo-like JPEG, as the API's keyframes are."""
    pixels = random.Random(99).randbytes(1280 * 720 * 3)  # noqa: S311 - not secrets
    picture = Image.frombytes("RGB", (1280, 720), pixels).filter(ImageFilter.GaussianBlur(2))
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()


async def fake_download(request: web.Request) -> web.Response:
    """The download endpoint: every keyframe is the same JPEG (the picture decodes each query)."""
    if request.headers.get("Authorization") != API_KEY:
        return web.json_response({"code": "0401", "msg": "bad key", "data": None})
    return web.Response(body=request.app["keyframe"], content_type="image/jpeg")


async def serve(files: Path) -> tuple[web.AppRunner, str]:
    app = web.Application(client_max_size=64 * 1024 * 1024)
    app["keyframe"] = keyframe_jpeg()
    app.router.add_get("/download", fake_download)
    app.router.add_post("/{endpoint}", fake_search)
    app.router.add_static("/files", files)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    return runner, f"http://127.0.0.1:{port}"


# --- images --------------------------------------------------------------------------------------


def noise_png(path: Path, size: tuple[int, int], seed: int) -> None:
    """Random noise: it does not compress, so a 2500x2500 PNG is about 19 MB."""
    pixels = random.Random(seed).randbytes(size[0] * size[1] * 3)  # noqa: S311 - not secrets
    Image.frombytes("RGB", size, pixels).save(path, format="PNG", compress_level=1)


def photo_jpeg(path: Path, size: tuple[int, int], seed: int) -> None:
    """An ordinary photo-sized JPEG, different for every seed."""
    pixels = random.Random(seed).randbytes(size[0] * size[1] * 3)  # noqa: S311 - not secrets
    noise = Image.frombytes("RGB", size, pixels).filter(ImageFilter.GaussianBlur(3))
    noise.save(path, format="JPEG", quality=85)


def make_images(directory: Path, count: int, *, large: bool) -> list[str]:
    names = []
    for seed in range(count):
        name = f"{'large' if large else 'small'}-{seed}.{'png' if large else 'jpg'}"
        if not (directory / name).exists():
            if large:
                noise_png(directory / name, (LARGE_SIDE, LARGE_SIDE), seed)
            else:
                photo_jpeg(directory / name, SMALL_SIZE, seed)
        names.append(name)
    return names


# --- one measured run ----------------------------------------------------------------------------


def run_child(
    code: Path, base: str, names: list[str], *, rps: float, scope: str, picture: bool = False
) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as data_dir:
        env = {"MEMORIES_API_KEY": API_KEY, "MEMORIES_API_BASE_URL": base,
               "MEMORIES_MAX_RPS": str(rps), "DATA_DIR": data_dir,
               }  # fmt: skip
        job = {"env": env, "scope": scope, "picture": picture,
               "urls": [f"{base}/files/{name}" for name in names]}  # fmt: skip
        return _measured(start_child(CHILD, job, code))


def _measured(child: subprocess.Popen[str]) -> dict[str, Any]:
    """The child's own figures, and its process tree's peak Pss over its idle Pss."""
    meter = meter_when_ready(child)
    figures: dict[str, Any] = go(child)
    meter.stop()
    child.wait()
    figures["tree_peak_mb"] = meter.peak_rss / 1e6
    figures["tree_idle_mb"] = meter.baseline_rss / 1e6
    figures["tree_bound_mb"] = meter.peak_bound / 1e6
    return figures


def print_burst(figures: dict[str, Any]) -> None:
    milliseconds = [seconds * 1000 for seconds in figures["seconds"]]
    print(
        f"100 x 640x480 JPEG burst, 100 req/s: CPU {figures['cpu_s'] * 10:.1f} ms per search, "
        f"median time to answer {statistics.median(milliseconds):.0f} ms, "
        f"slowest {max(milliseconds):.0f} ms, answered {figures['answered']}/100"
    )


def print_reencoding_estimate(images: Path) -> None:
    """What re-encoding large images (longest side over 2048 px -> JPEG quality 90) would save."""
    photo = images / "photo-4000x3000.jpg"
    if not photo.exists():
        photo_jpeg(photo, (4000, 3000), seed=7)
    for path in (images / "large-0.png", photo):
        with Image.open(path) as image:
            image.thumbnail((2048, 2048))
            buffer = io.BytesIO()
            image.convert("RGB").save(buffer, format="JPEG", quality=90)
        print(f"re-encoding {path.name} ({path.stat().st_size / 1e6:.1f} MB) as a 2048 px JPEG: "
              f"{len(buffer.getvalue()) / 1e6:.1f} MB")  # fmt: skip


def print_large(
    label: str, count: int, figures: dict[str, Any], *, picture: bool, rps: float
) -> None:
    extra = f", pictures {figures['pictures']}/{count}" if picture else ""
    print(f"{label:<7}{count:>3} x 19 MB PNG, all platforms, {rps:g} req/s"
          f"{', picture on' if picture else ''}: peak RSS {figures['peak_kb'] / 1024:4.0f} MB "
          f"(idle {figures['baseline_kb'] / 1024:.0f} MB); with decode workers, peak Pss "
          f"{figures['tree_peak_mb']:4.0f} MB (idle {figures['tree_idle_mb']:.0f} MB, at most "
          f"{figures['tree_bound_mb']:.0f} MB: every process's own peak RSS added up); "
          f"answered {figures['answered']}/{count}{extra}")  # fmt: skip


async def main(codes: list[tuple[str, Path]], images: Path, rps: float) -> None:
    runner, base = await serve(images)
    try:
        large = await asyncio.to_thread(make_images, images, 20, large=True)
        small = await asyncio.to_thread(make_images, images, 100, large=False)
        for label, code in codes:
            print(f"{label}: {code}")
        for count, picture in ((1, False), (5, False), (20, False), (20, True)):
            for label, code in codes:
                figures = await asyncio.to_thread(
                    run_child, code, base, large[:count], rps=rps, scope="ALL_PUBLIC",
                    picture=picture,
                )  # fmt: skip
                print_large(label, count, figures, picture=picture, rps=rps)
        for label, code in codes:
            figures = await asyncio.to_thread(run_child, code, base, small, rps=100, scope="TIKTOK")
            print(label, end=" ")
            print_burst(figures)
        await asyncio.to_thread(print_reencoding_estimate, images)
    finally:
        await runner.cleanup()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--code", type=Path, default=REPO, help="checkout to measure")
    parser.add_argument("--before", type=Path, help="an older checkout, measured beside --code")
    parser.add_argument("--images", type=Path, default=Path(tempfile.gettempdir()) / "fv-bench")
    parser.add_argument("--rps", type=float, default=4.0, help="the API's requests per second")
    args = parser.parse_args()
    args.images.mkdir(exist_ok=True)
    measured = [("before", args.before.resolve())] if args.before else []
    measured.append(("after" if args.before else "code", args.code.resolve()))
    asyncio.run(main(measured, args.images, args.rps))
