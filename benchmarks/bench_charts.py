"""Prints what drawing the usage chart costs with Pillow (what the bot uses) and with matplotlib
(Agg backend), side by side, each in fresh interpreters.

Run: `python -m benchmarks.bench_charts` (matplotlib is not a dependency of the bot: install it
to compare, `pip install matplotlib`; without it only Pillow is measured).

For each library: the import time and resident memory added (VmRSS after the imports minus
before, in a fresh `python` process; median of `STARTS` processes), then in one process the first
chart (cold: fonts opened, caches filled) and the median and worst of `RENDERS` charts after it
(30 days, three series, a budget line, 960×440 PNG), and the memory added by drawing. The same
figures for an empty interpreter are the floor.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from typing import Any

STARTS, RENDERS = 5, 20

_RSS = """
def rss_mb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
"""

_DATA = """
import random
random.seed(7)
SEARCHES = [random.randint(0, 400) for _ in range(30)]
CALLS = [int(n * 1.3) for n in SEARCHES]
HITS = [n // 4 for n in SEARCHES]
DAYS = [f"{d} Nov" for d in range(1, 31)]
"""

IMPORTS = {
    "nothing (floor)": "pass",
    "Pillow alone": "from PIL import Image, ImageDraw, ImageFont",
    "Pillow + chart module + font": (
        "from bot.core.charts.chart_drawing import render_daily_chart\n"
        "from bot.core.charts.chart_font import chart_font\n"
        "chart_font(44)"
    ),
    "matplotlib (Agg) + pyplot": (
        "import matplotlib\nmatplotlib.use('Agg')\nimport matplotlib.pyplot as plt"
    ),
}

PILLOW_RENDER = """
from bot.core.charts.chart_drawing import render_daily_chart
from bot.core.charts.daily_chart import DailyChart, Series
def render():
    series = (Series("Searches", tuple(SEARCHES)), Series("API calls", tuple(CALLS)),
              Series("Cache hits", tuple(HITS)))
    return render_daily_chart(DailyChart(tuple(DAYS), series, 500, "Daily budget (500)"))
"""

MATPLOTLIB_RENDER = """
import io
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
def render():
    figure, axes = plt.subplots(figsize=(9.6, 4.4), dpi=100, facecolor="#232428")
    axes.set_facecolor("#232428")
    for values, label, colour in ((SEARCHES, "Searches", "#8c9eff"),
            (CALLS, "API calls", "#fbb848"), (HITS, "Cache hits", "#57f287")):
        axes.plot(DAYS, values, label=label, color=colour, marker="o", markersize=3)
    axes.axhline(500, color="#ff6b6b", linestyle="--", label="Daily budget (500)")
    axes.set_xticks(range(0, 30, 5))
    axes.tick_params(colors="#b5bac1")
    axes.grid(axis="y", color="#3a3c42")
    axes.legend(loc="upper left", ncols=4, frameon=False, labelcolor="#f2f3f5")
    out = io.BytesIO()
    figure.savefig(out, format="png", facecolor=figure.get_facecolor())
    plt.close(figure)
    return out.getvalue()
"""

RENDER_TIMING = """
import time, resource
before = rss_mb()
start = time.perf_counter()
png = render()
first = (time.perf_counter() - start) * 1000
times = []
for _ in range({renders}):
    start = time.perf_counter()
    render()
    times.append((time.perf_counter() - start) * 1000)
print(json.dumps({{"first": first, "times": times, "rss": rss_mb() - before, "bytes": len(png)}}))
"""


def run(code: str) -> dict[str, Any]:
    """Run `code` in a fresh interpreter; the JSON it printed last."""
    done = subprocess.run(  # noqa: S603 - our own interpreter, our own code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    parsed: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return parsed


def import_cost(statement: str) -> tuple[float, float]:
    """Median import milliseconds and RSS megabytes added, over `STARTS` fresh processes."""
    code = (
        f"import json, time\n{_RSS}\nbefore = rss_mb()\nstart = time.perf_counter()\n"
        f"{statement}\nms = (time.perf_counter() - start) * 1000\n"
        "print(json.dumps({'ms': ms, 'rss': rss_mb() - before}))"
    )
    samples = [run(code) for _ in range(STARTS)]
    return (
        statistics.median(s["ms"] for s in samples),
        statistics.median(s["rss"] for s in samples),
    )


def render_cost(setup: str) -> dict[str, Any]:
    code = f"import json\n{_RSS}{_DATA}{setup}{RENDER_TIMING.format(renders=RENDERS)}"
    return run(code)


def have_matplotlib() -> bool:
    found = subprocess.run(
        [sys.executable, "-c", "import matplotlib"], capture_output=True, check=False
    )
    return found.returncode == 0


def print_imports(with_matplotlib: bool) -> dict[str, tuple[float, float]]:
    print(f"import (median of {STARTS} fresh processes)")
    costs = {}
    for label, statement in IMPORTS.items():
        if label.startswith("matplotlib") and not with_matplotlib:
            print(f"  {label:<32} not installed: skipped")
            continue
        costs[label] = import_cost(statement)
        ms, rss = costs[label]
        print(f"  {label:<32} {ms:8.1f} ms   +{rss:6.1f} MB RSS")
    return costs


def print_render(label: str, figures: dict[str, Any]) -> float:
    times: list[float] = figures["times"]
    median = statistics.median(times)
    print(
        f"  {label:<32} first {figures['first']:7.1f} ms   median {median:6.1f} ms   "
        f"worst {max(times):6.1f} ms   +{figures['rss']:5.1f} MB RSS   {figures['bytes']:,} B"
    )
    return median


def main() -> None:
    with_matplotlib = have_matplotlib()
    imports = print_imports(with_matplotlib)
    print(f"render one 30-day chart, 960×440 PNG (then {RENDERS} more in the same process)")
    pillow = print_render("Pillow", render_cost(PILLOW_RENDER))
    if not with_matplotlib:
        return
    matplotlib = print_render("matplotlib (Agg)", render_cost(MATPLOTLIB_RENDER))
    (pil_ms, pil_rss), (mpl_ms, mpl_rss) = (
        imports["Pillow + chart module + font"],
        imports["matplotlib (Agg) + pyplot"],
    )
    print(
        f"matplotlib / Pillow: import x{mpl_ms / pil_ms:.1f}, memory x{mpl_rss / pil_rss:.1f}, "
        f"render x{matplotlib / pillow:.1f}"
    )


if __name__ == "__main__":
    main()
