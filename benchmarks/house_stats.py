"""The size of the house: lines, modules, modules over 400 lines, Protocols, import-rule violations.

    python -m benchmarks.house_stats            # the figures
    python -m benchmarks.house_stats --list     # ... and what each figure counts

Counts bot/ and cogs/ (every .py file is a module, packages' __init__ included); the import rules
are `tests/house_rules.py`'s, the ones `tests/test_architecture.py` enforces.
"""

from __future__ import annotations

import sys

from tests.house_rules import (
    MODULE_LINE_LIMIT,
    line_count,
    oversized_modules,
    protocols,
    source_files,
    violations,
)


def main(show_lists: bool) -> None:
    files = source_files()
    oversized, declared, broken = oversized_modules(), protocols(), violations()
    print(f"lines in bot/ and cogs/:          {sum(line_count(path) for path in files)}")
    print(f"modules:                          {len(files)}")
    print(f"modules over {MODULE_LINE_LIMIT} lines:           {len(oversized)}")
    print(f"Protocols in bot/:                {len(declared)}")
    print(f"import-rule violations:           {len(broken)}")
    if show_lists:
        for name, lines in oversized:
            print(f"  over {MODULE_LINE_LIMIT}: {name} ({lines} lines)")
        for name in declared:
            print(f"  Protocol: {name}")
        for found, rule in broken:
            print(f"  violation: {found}: {rule}")


if __name__ == "__main__":
    main("--list" in sys.argv[1:])
