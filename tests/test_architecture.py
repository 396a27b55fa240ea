"""The layering the folder tree promises: the core imports neither discord nor aiohttp."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORE_MODULES = sorted(
    ".".join(path.relative_to(REPO).with_suffix("").parts)
    for path in (REPO / "bot" / "core").rglob("*.py")
    if path.stem != "__init__"
)
ADAPTER_PACKAGES = ("bot.memories", "bot.media", "bot.discord", "bot.store")

PROBE = """
import importlib, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
leaked = sorted(
    name for name in sys.modules
    if name.split(".")[0] in {"discord", "aiohttp"} or name.startswith(%r)
)
print("\\n".join(leaked))
"""


def test_the_core_loads_without_discord_aiohttp_or_any_adapter() -> None:
    assert len(CORE_MODULES) >= 10
    probe = PROBE % (ADAPTER_PACKAGES,)
    result = subprocess.run(  # noqa: S603 - our own interpreter and modules
        [sys.executable, "-c", probe, *CORE_MODULES],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    )
    assert result.stdout.split() == []
