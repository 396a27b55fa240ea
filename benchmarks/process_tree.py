"""CPU seconds and peak memory of a process and everything it starts, read from /proc.

The bot decodes in worker processes (forked by a forkserver, so grandchildren of the bot), which
`getrusage` of the bot never sees; a sampler thread walks /proc every few milliseconds instead:
each process's CPU is the last value seen (a worker killed between two samples loses at most
one interval), and the tree's memory is the sum of proportional set sizes (Pss: a page shared by
the forkserver and its forked workers counted once, split between them) at each sample, its peak
kept.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_TICKS = os.sysconf("SC_CLK_TCK")
INTERVAL = 0.02


@dataclass
class TreeMeter:
    """Samples the tree under `root` until `stop`; `cpu_seconds` and `peak_rss` say what it used."""

    root: int
    cpu: dict[int, float] = field(default_factory=dict)
    hwm: dict[int, int] = field(default_factory=dict)
    """Each process's own peak resident set (VmHWM), the last seen: their sum bounds the tree's
    peak from above (shared pages counted in each)."""
    peak_rss: int = 0
    baseline_rss: int = 0
    _stopped: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._sample()
        self._stopped.set()
        if self._thread is not None:
            self._thread.join()

    def mark_baseline(self) -> None:
        """The tree's memory now (before the work being measured)."""
        self.baseline_rss = self._rss(self._tree())
        self.peak_rss = self.baseline_rss

    @property
    def cpu_seconds(self) -> float:
        return sum(self.cpu.values())

    @property
    def peak_bound(self) -> int:
        return sum(self.hwm.values())

    def pids(self) -> list[int]:
        """`root` and its living descendants, now."""
        return list(self._tree())

    def _run(self) -> None:
        while not self._stopped.is_set():
            self._sample()
            time.sleep(INTERVAL)

    def _sample(self) -> None:
        tree = self._tree()
        for pid, stat in tree.items():
            self.cpu[pid] = max(self.cpu.get(pid, 0.0), stat[1])
            self.hwm[pid] = max(self.hwm.get(pid, 0), _high_water_mark(pid))
        self.peak_rss = max(self.peak_rss, self._rss(tree))

    def _tree(self) -> dict[int, tuple[int, float]]:
        """pid -> (parent pid, CPU seconds) for `root` and its descendants."""
        everyone: dict[int, tuple[int, float]] = {}
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                parsed = _stat(entry)
                if parsed is not None:
                    everyone[int(entry.name)] = parsed
        tree, frontier = {}, [self.root]
        while frontier:
            pid = frontier.pop()
            if pid in everyone and pid not in tree:
                tree[pid] = everyone[pid]
                frontier += [child for child, (parent, _) in everyone.items() if parent == pid]
        return tree

    @staticmethod
    def _rss(tree: dict[int, tuple[int, float]]) -> int:
        total = 0
        for pid in tree:
            try:
                rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
            except OSError:
                continue
            for line in rollup.splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1]) * 1024
        return total


def start_child(
    script: str, job: dict[str, Any], code: Path, *, own_session: bool = False
) -> subprocess.Popen[str]:
    """`script` run by this interpreter on the checkout `code`, `job` its argument (as JSON). It
    says "ready" on stdout, waits for "go" on stdin, then answers one line of JSON."""
    return subprocess.Popen(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", script, json.dumps(job)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=code,
        env={"PYTHONPATH": str(code), "PATH": "/usr/bin:/bin"}, start_new_session=own_session,
    )  # fmt: skip


def meter_when_ready(child: subprocess.Popen[str]) -> TreeMeter:
    """A meter sampling `child`'s tree, its baseline marked once the child said "ready"."""
    assert child.stdout is not None
    meter = TreeMeter(child.pid)
    meter.start()
    assert child.stdout.readline().strip() == "ready"
    meter.mark_baseline()
    return meter


def go(child: subprocess.Popen[str]) -> Any:  # noqa: ANN401 - whatever the child answered
    """Tell the ready child to go; its one line of JSON."""
    assert child.stdin is not None
    assert child.stdout is not None
    child.stdin.write("go\n")
    child.stdin.flush()
    return json.loads(child.stdout.readline())


def tree_cpu_seconds(root: int) -> float:
    """CPU seconds used so far by `root` and its descendants, from one walk of /proc: each living
    process's own, plus what the children it has reaped used (a decode worker killed and
    replaced is counted in its forkserver's)."""
    return sum(_own_and_reaped(pid) for pid in TreeMeter(root).pids())


def _own_and_reaped(pid: int) -> float:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0.0
    fields = text[text.rindex(")") + 2 :].split()
    return sum(int(field) for field in fields[11:15]) / _TICKS


def _stat(entry: Path) -> tuple[int, float] | None:
    try:
        text = (entry / "stat").read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2 :].split()
    parent, user, system = int(fields[1]), int(fields[11]), int(fields[12])
    return parent, (user + system) / _TICKS


def _high_water_mark(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0
