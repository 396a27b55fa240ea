"""Prints what hostile clips cost the search process: CPU seconds (its decode workers included),
peak memory over idle, and when the answer came. Figures, not pass/fail.

Run: `python -m benchmarks.bench_hostile_clips --before DIR` (DIR: an older checkout, e.g.
`git worktree add --detach /tmp/base <commit>`) to print the same cases for both, in one run.

Each case runs in a fresh interpreter with the real search service (loader, spool, decode pool,
client, limiter, as `bot.runtime` wires them; SEARCH_TIMEOUT=20) against a minimal fake API; this
process serves the files and measures the whole process tree from /proc
(`benchmarks.process_tree`). The cases, generated here (`tests.clipgen`):
- a 230 KB GIF: 2880x2880 canvas, 10,000 frames of 1x1 pixel;
- a 1.9 MB H.264 MP4: 3840x2160 at 1000 frames a second, 59 s of one repeated picture;
- a burst: 4 such MP4s from one member in about 1 s (cooldown 3 a minute, as fair use is asked);
- a watched channel's queue: the GIF, then an ordinary 640x480 PNG, one after the other, each
  searched as the watch worker does (`search_source`: no command time limit): when is the PNG
  answered?
- the worst files just under the limits: a 2880x2880 GIF of 60 tiny frames a second apart (its
  stills need 51 frames: 423 of the 500 megapixels), and a 3840x2160 MP4 at 240 frames a second
  for 59 s after a single keyframe.
A run that is still decoding `--cap` seconds after it started is stopped there: its figures are
then lower bounds (marked "≥").
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.bench_memory import API_KEY, serve
from benchmarks.process_tree import go, meter_when_ready, start_child
from tests import imagegen
from tests.clipgen import gif_of_tiny_frames, repeated_mp4

REPO = Path(__file__).resolve().parents[1]
CASES = ("gif", "mp4", "burst", "watch", "gif-max", "mp4-max")

CHILD = r"""
import asyncio, json, sys, time
from bot.config import load_settings
from bot.core.errors import UserFacingError
from bot.core.moderation.fair_use import FairUse, FairUseLimits, Requester
from bot.core.scope import SearchScope
from bot.core.search_service import SearchRequest
from bot.core.sources import ImageSource
from bot.runtime import open_search_service
from bot.store.cooldowns import MemoryCooldownLog

class Ledger:
    async def used(self, guild_id, day): return 0
    async def add(self, guild_id, day, calls): pass

def admission(fair_use):
    who, limits = Requester(1, 10), FairUseLimits(cooldown=3, daily_budget=0)
    if hasattr(fair_use, "hold"):
        return lambda: fair_use.hold(who, limits)
    async def admit(calls):
        await fair_use.admit(who, limits, calls)
    return admit

async def search(service, name, url, started, admit=None, watch=False):
    request = SearchRequest(scope=SearchScope.TIKTOK, min_match=80, max_results=5)
    source = ImageSource(name, url, True)
    try:
        if watch:  # as the watch worker searches: one image, no command time limit
            outcome = await service.search_source(source, request)
        else:
            [outcome] = await service.search_sources([source], request, admission=admit)
        said = "answered" if outcome.error is None else outcome.error.user_message
    except UserFacingError as error:
        said = error.user_message
    return {"name": name, "seconds": time.perf_counter() - started, "said": said[:110]}

async def main(job):
    settings = load_settings(job["env"], need_discord=False)
    urls = job["urls"]
    async with open_search_service(settings) as service:
        print("ready", flush=True)
        sys.stdin.readline()
        started = time.perf_counter()
        if job["case"] == "burst":
            fair_use = FairUse(MemoryCooldownLog(), Ledger())
            tasks = []
            for number, url in enumerate(urls):
                tasks.append(asyncio.ensure_future(
                    search(service, f"clip{number}.mp4", url, started, admission(fair_use))))
                await asyncio.sleep(0.3)
            results = await asyncio.gather(*tasks)
        elif job["case"] == "watch":
            results = [await search(service, name, url, started, watch=True)
                       for name, url in zip(("tiny.gif", "photo.png"), urls)]
        else:
            results = [await search(service, job["name"], urls[0], started)]
        print(json.dumps(results), flush=True)

asyncio.run(main(json.loads(sys.argv[1])))
"""


def make_files(directory: Path) -> dict[str, str]:
    files = {
        "tiny.gif": gif_of_tiny_frames(),
        "fast.mp4": repeated_mp4(3840, 2160, 1000, 59),
        "photo.png": imagegen.noise_png(640, 480),
        "max.gif": gif_of_tiny_frames(frames=60, delay_cs=100),
        "max.mp4": repeated_mp4(3840, 2160, 240, 59),
    }
    for name, data in files.items():
        if not (directory / name).exists():
            (directory / name).write_bytes(data)
    return {name: f"{len(data) / 1e6:.2f} MB" for name, data in files.items()}


def case_urls(case: str, base: str) -> tuple[str, list[str]]:
    files = f"{base}/files"
    if case == "gif":
        return "tiny.gif", [f"{files}/tiny.gif"]
    if case == "mp4":
        return "fast.mp4", [f"{files}/fast.mp4"]
    if case.endswith("-max"):
        name = f"max.{case.split('-', maxsplit=1)[0]}"
        return name, [f"{files}/{name}"]
    if case == "burst":
        return "fast.mp4", [f"{files}/fast.mp4?copy={n}" for n in range(4)]
    return "tiny.gif", [f"{files}/tiny.gif", f"{files}/photo.png"]


def run_case(code: Path, base: str, case: str, cap: float) -> dict[str, Any]:
    name, urls = case_urls(case, base)
    with tempfile.TemporaryDirectory() as data_dir:
        env = {"MEMORIES_API_KEY": API_KEY, "MEMORIES_API_BASE_URL": base,
               "MEMORIES_MAX_RPS": "20", "DATA_DIR": data_dir, "SEARCH_TIMEOUT": "20"}  # fmt: skip
        job = {"env": env, "case": case, "name": name, "urls": urls}
        return _measure(start_child(CHILD, job, code, own_session=True), cap)


def _measure(child: subprocess.Popen[str], cap: float) -> dict[str, Any]:
    meter = meter_when_ready(child)
    cpu_before = meter.cpu_seconds
    started = time.perf_counter()
    answers = go(child)
    try:
        child.wait(timeout=max(cap - (time.perf_counter() - started), 0.1))
        capped = False
    except subprocess.TimeoutExpired:
        capped = True
    meter.stop()
    with contextlib.suppress(ProcessLookupError):
        os.killpg(child.pid, signal.SIGKILL)
    child.wait()
    return {"answers": answers, "cpu": meter.cpu_seconds - cpu_before, "capped": capped,
            "rss_mb": (meter.peak_rss - meter.baseline_rss) / 1e6,
            "bound_mb": meter.peak_bound / 1e6,
            "seconds": time.perf_counter() - started}  # fmt: skip


def report(label: str, case: str, figures: dict[str, Any]) -> None:
    bound = "≥" if figures["capped"] else ""
    print(f"  {label:<7} {case:<6} CPU {bound}{figures['cpu']:6.1f} s   "
          f"peak Pss +{bound}{figures['rss_mb']:5.0f} MB (every process's peak RSS added up: "
          f"{figures['bound_mb']:.0f} MB)   ran {figures['seconds']:5.1f} s"
          f"{' (stopped at the cap)' if figures['capped'] else ''}")  # fmt: skip
    for answer in figures["answers"]:
        print(f"          {answer['name']:<11} at {answer['seconds']:5.1f} s: {answer['said']}")


async def main(codes: list[tuple[str, Path]], cap: float, cases: list[str]) -> None:
    files = Path(tempfile.gettempdir()) / "fv-hostile"
    files.mkdir(exist_ok=True)
    sizes = await asyncio.to_thread(make_files, files)
    print("files:", ", ".join(f"{name} {size}" for name, size in sizes.items()))
    runner, base = await serve(files)
    try:
        for case in cases:
            print(f"{case}:")
            for label, code in codes:
                figures = await asyncio.to_thread(run_case, code, base, case, cap)
                report(label, case, figures)
    finally:
        await runner.cleanup()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", type=Path, help="an older checkout, measured first")
    parser.add_argument("--cap", type=float, default=40.0, help="seconds a run may take at most")
    parser.add_argument("--cases", nargs="*", default=list(CASES), choices=CASES)
    args = parser.parse_args()
    measured = [("before", args.before.resolve())] if args.before else []
    measured.append(("after", REPO))
    asyncio.run(main(measured, args.cap, args.cases))
