"""Prints the search process's peak memory under large uploads, and CPU and time per search in a
burst of small ones. Figures, not pass/fail.

Run: `python -m benchmarks.bench_memory` (add `--code DIR` to measure another checkout, e.g. an
older commit unpacked with `git archive`, for before/after figures).

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
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from aiohttp import web
from PIL import Image, ImageFilter

API_KEY = "bench-key"
LARGE_SIDE = 2500
SMALL_SIZE = (640, 480)
REPO = Path(__file__).resolve().parents[1]

CHILD = r"""
import asyncio, json, os, sys, time
from pathlib import Path
from typing import Any
from bot.config import load_settings
from bot.runtime import open_search_service
from bot.core.scope import SearchScope
from bot.core.search_service import SearchRequest
from bot.core.sources import ImageSource

def kilobytes(field):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])

async def timed(service, source, request):
    started = time.perf_counter()
    [outcome] = await service.search_sources([source], request)
    return time.perf_counter() - started, outcome.error is None

async def main(job):
    settings = load_settings(job["env"], need_discord=False)
    scope = SearchScope[job["scope"]]
    request = SearchRequest(scope=scope, min_match=80, max_results=5)
    sources = [ImageSource(f"image{n}.png", url, True) for n, url in enumerate(job["urls"])]
    async with open_search_service(settings) as service:
        baseline = kilobytes("VmRSS")
        cpu = os.times()
        answers = await asyncio.gather(*(timed(service, s, request) for s in sources))
        after = os.times()
    used = (after.user - cpu.user) + (after.system - cpu.system)
    print(json.dumps({"baseline_kb": baseline, "peak_kb": kilobytes("VmHWM"), "cpu_s": used,
                      "seconds": [a[0] for a in answers], "answered": sum(a[1] for a in answers)}))

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
    hit = {"videoNo": "PI-1", "videoName": "bench", "startTime": "3", "score": 0.95}
    return web.json_response({"code": "0000", "msg": "success", "data": [hit]})


async def serve(files: Path) -> tuple[web.AppRunner, str]:
    app = web.Application(client_max_size=64 * 1024 * 1024)
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


def run_child(code: Path, base: str, names: list[str], *, rps: float, scope: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as data_dir:
        env = {"MEMORIES_API_KEY": API_KEY, "MEMORIES_API_BASE_URL": base,
               "MEMORIES_MAX_RPS": str(rps), "DATA_DIR": data_dir,
               }  # fmt: skip
        job = {"env": env, "scope": scope, "urls": [f"{base}/files/{name}" for name in names]}
        result = subprocess.run(  # noqa: S603 - our own interpreter and script
            [sys.executable, "-c", CHILD, json.dumps(job)],
            capture_output=True, text=True, cwd=code, check=True,
            env={"PYTHONPATH": str(code), "PATH": "/usr/bin:/bin"},
        )  # fmt: skip
    figures: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
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


async def main(code: Path, images: Path, rps: float) -> None:
    runner, base = await serve(images)
    try:
        large = await asyncio.to_thread(make_images, images, 20, large=True)
        small = await asyncio.to_thread(make_images, images, 100, large=False)
        print(f"code: {code}")
        for count in (1, 5, 20):
            figures = await asyncio.to_thread(
                run_child, code, base, large[:count], rps=rps, scope="ALL_PUBLIC"
            )
            print(f"{count:>3} x 19 MB PNG, all platforms, {rps:g} req/s: peak RSS "
                  f"{figures['peak_kb'] / 1024:6.0f} MB (idle {figures['baseline_kb'] / 1024:.0f} "
                  f"MB), answered {figures['answered']}/{count}")  # fmt: skip
        figures = await asyncio.to_thread(run_child, code, base, small, rps=100, scope="TIKTOK")
        print_burst(figures)
        await asyncio.to_thread(print_reencoding_estimate, images)
    finally:
        await runner.cleanup()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--code", type=Path, default=REPO, help="checkout to measure")
    parser.add_argument("--images", type=Path, default=Path(tempfile.gettempdir()) / "fv-bench")
    parser.add_argument("--rps", type=float, default=4.0, help="the API's requests per second")
    args = parser.parse_args()
    args.images.mkdir(exist_ok=True)
    started = time.perf_counter()
    asyncio.run(main(args.code.resolve(), args.images, args.rps))
    print(f"(benchmark took {time.perf_counter() - started:.0f} s)")
