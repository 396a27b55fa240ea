"""The size of the house: lines, modules, modules over 400 lines, Protocols, import-rule violations.

    python -m benchmarks.house_stats                   # the figures
    python -m benchmarks.house_stats --list            # ... and what each figure counts
    python -m benchmarks.house_stats --before ea0bd67  # ... beside the figures of a commit

Counts bot/ and cogs/ (every .py file is a module, packages' __init__ included); the import rules
are `tests/house_rules.py`'s, the ones `tests/test_architecture.py` enforces. `--before` exports
the commit's tree (`git archive`) to a temporary folder and counts it with that commit's own
script and rules.

Issue 14's last part (i14-house), counted before it (ea0bd67) and after its own commits, before
the day's language and chart work landed on top (the session's final figures: `--before ea0bd67`):

    lines in bot/ and cogs/   20772 -> 20786   (+14: moved code, docstrings naming the ports)
    modules                     190 -> 191     (+operations, search_metrics, watch_terms;
                                                -memories/lane_view, -memories/evidence)
    modules over 400 lines        0 -> 0
    Protocols in bot/            30 -> 26      (CallAdmission, ServerTermsSource, KeyValueState
                                                inlined; SearchDefaults + GuildDefaults merged)
    import-rule violations        6 -> 0       (the exception list is gone)
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from tests.house_rules import (
    MODULE_LINE_LIMIT,
    REPO,
    line_count,
    oversized_modules,
    protocols,
    source_files,
    violations,
)


def figures() -> list[tuple[str, int]]:
    files = source_files()
    return [
        ("lines in bot/ and cogs/", sum(line_count(path) for path in files)),
        ("modules", len(files)),
        (f"modules over {MODULE_LINE_LIMIT} lines", len(oversized_modules())),
        ("Protocols in bot/", len(protocols())),
        ("import-rule violations", len(violations())),
    ]


def figures_of(commit: str) -> dict[str, int]:
    """The same figures for `commit`, counted by its own copy of this script."""
    with tempfile.TemporaryDirectory(prefix="house-stats-") as folder:
        archive = Path(folder) / "tree.tar"
        subprocess.run(  # noqa: S603 - git, with a commit the operator named
            ["git", "archive", "--output", str(archive), commit],  # noqa: S607
            cwd=REPO,
            check=True,
        )
        with tarfile.open(archive) as tree:
            tree.extractall(folder, filter="data")
        printed = subprocess.run(
            [sys.executable, "-m", "benchmarks.house_stats"],
            cwd=folder,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    pairs = (line.rsplit(":", 1) for line in printed.splitlines() if ":" in line)
    return {name.strip(): int(value) for name, value in pairs}


def main(arguments: list[str]) -> None:
    commit = arguments[arguments.index("--before") + 1] if "--before" in arguments else None
    before = figures_of(commit) if commit is not None else {}
    for name, value in figures():
        label = f"{name}:".ljust(34)
        if name not in before:
            print(f"{label}{value}")
        else:
            was = before[name]
            print(f"{label}{value}   (was {was} at {commit}, {value - was:+d})")
    if "--list" in arguments:
        for module, lines in oversized_modules():
            print(f"  over {MODULE_LINE_LIMIT}: {module} ({lines} lines)")
        for protocol in protocols():
            print(f"  Protocol: {protocol}")
        for found, rule in violations():
            print(f"  violation: {found}: {rule}")


if __name__ == "__main__":
    main(sys.argv[1:])
