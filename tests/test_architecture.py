"""The layering the folder tree promises (docs/architecture.md, "Import rules").

Read from the source with `ast` (tests/house_rules.py): the core imports no adapter and neither
discord nor aiohttp; adapters meet only through the core's ports; cogs use bot.discord and bot.core
only; entry points wire everything. One more check imports every core module in a fresh
interpreter, so nothing slips in at run time either.
"""

from __future__ import annotations

import subprocess
import sys

from tests.house_rules import (
    ADAPTERS,
    REPO,
    Import,
    broken_rule,
    layer_of,
    module_name,
    violations,
)

CORE_MODULES = sorted(module_name(path) for path in (REPO / "bot" / "core").rglob("*.py"))

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


def _broken(importer: str, imported: str) -> str | None:
    return broken_rule(Import(importer, imported, 1))


def test_every_import_keeps_the_documented_rules() -> None:
    """No exceptions: where an adapter needs another's work, it is handed a core port or a
    counter the wiring sets."""
    assert [f"{found}: {rule}" for found, rule in violations()] == []


def test_the_rules_catch_what_they_promise() -> None:
    assert _broken("bot.core.ranking", "discord") is not None
    assert _broken("bot.core.ranking", "aiohttp.web") is not None
    assert _broken("bot.core.ranking", "bot.store.database") is not None
    assert _broken("bot.core.ranking", "bot.config") is not None
    assert _broken("bot.core.ranking", "bot.core.hits") is None
    assert _broken("bot.core.ranking", "PIL.Image") is None
    assert _broken("bot.observability.probes", "bot.store.database") is not None
    assert _broken("bot.discord.sources", "bot.memories") is not None
    assert _broken("bot.discord.sources", "bot.core.ports") is None
    assert _broken("bot.discord.sources", "discord") is None
    assert _broken("cogs.settings", "cogs.findvideo") is not None
    assert _broken("cogs.watch", "bot.store.watch_store") is not None
    assert _broken("cogs.watch", "bot.discord.watch.watch_list") is None
    assert _broken("bot.runtime", "bot.store.database") is None
    assert _broken("bot.cli", "bot.memories") is None


def test_every_package_under_bot_has_a_layer() -> None:
    packages = {path.parent for path in (REPO / "bot").rglob("*.py")} - {REPO / "bot"}
    top_level = {".".join(path.relative_to(REPO).parts[:2]) for path in packages}
    assert top_level == {"bot.core", "bot.config", *ADAPTERS}
    loose = {module_name(path) for path in (REPO / "bot").glob("*.py")}
    assert {layer_of(name) for name in loose} == {"entry"}


def test_the_core_loads_without_discord_aiohttp_or_any_adapter() -> None:
    assert len(CORE_MODULES) >= 10
    probe = PROBE % (ADAPTERS,)
    result = subprocess.run(  # noqa: S603 - our own interpreter and modules
        [sys.executable, "-c", probe, *CORE_MODULES],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    )
    assert result.stdout.split() == []
