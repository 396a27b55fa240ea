"""The documented import rules, read from the source with `ast` (nothing is imported).

    core      bot.core.*         imports no adapter, cog or entry point, neither discord nor aiohttp
    adapter   bot.memories, bot.media, bot.discord, bot.store, bot.observability
                                 imports the core and itself only: adapters meet through the core's
                                 ports (bot/core/ports.py), wired together by an entry point
    cog       cogs.*             imports bot.discord and bot.core only (no store, no other cog)
    entry     bot.runtime, bot.services, bot.operations, bot.cli, bot.__main__, bot.config.*,
              bot.terminal, bot.logging_setup  may import everything: they build and run the rest
    wiring    bot.services       the one typed object the entry points build; the bot (and through
                                 it the cogs) receives it, so any layer but the core may import it

Imports under `if TYPE_CHECKING:` count: a type is a dependency too. Used by
`tests/test_architecture.py` (the rules) and `benchmarks/house_stats.py` (the figures).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ADAPTERS = ("bot.memories", "bot.media", "bot.discord", "bot.store", "bot.observability")
ENTRY_POINTS = frozenset(
    {
        "bot.runtime",
        "bot.services",
        "bot.cli",
        "bot.__main__",
        "bot.config",
        "bot.terminal",
        "bot.logging_setup",
        "bot.operations",
    }
)
WIRING = "bot.services"
CORE_FORBIDDEN_LIBRARIES = frozenset({"discord", "aiohttp"})
MODULE_LINE_LIMIT = 400


@dataclass(frozen=True)
class Import:
    importer: str
    imported: str
    line: int

    def __str__(self) -> str:
        return f"{self.importer} -> {self.imported} (line {self.line})"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def source_files() -> list[Path]:
    return sorted(path for root in ("bot", "cogs") for path in (REPO / root).rglob("*.py"))


def _absolute(module: str, path: Path, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    package = module.split(".") if path.stem == "__init__" else module.split(".")[:-1]
    base = package[: len(package) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def imports_of(path: Path) -> Iterator[Import]:
    module = module_name(path)
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(module, alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            yield Import(module, _absolute(module, path, node), node.lineno)


def _within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def layer_of(module: str) -> str:
    """`core`, an adapter's package, `cogs.<name>`, `entry`, or `outside` (a library)."""
    if module == "bot" or any(_within(module, entry) for entry in ENTRY_POINTS):
        return "entry"
    if _within(module, "bot.core"):
        return "core"
    for adapter in ADAPTERS:
        if _within(module, adapter):
            return adapter
    if _within(module, "cogs"):
        return ".".join(module.split(".")[:2])
    return "outside"


def broken_rule(found: Import) -> str | None:
    """Which rule this import breaks, or None."""
    importer, imported = layer_of(found.importer), layer_of(found.imported)
    top_library = found.imported.split(".")[0]
    if importer == "core":
        if imported == "outside":
            forbidden = top_library in CORE_FORBIDDEN_LIBRARIES
            return "the core imports neither discord nor aiohttp" if forbidden else None
        return None if imported == "core" else "the core imports no adapter, cog or entry point"
    if found.imported == WIRING:
        return None  # the services the entry points built, handed to the bot
    if importer in ADAPTERS:
        allowed = {"core", importer, "outside"}
        return None if imported in allowed else "adapters meet only through the core's ports"
    if importer.startswith("cogs"):
        allowed = {"core", "bot.discord", importer, "outside"}
        return None if imported in allowed else "cogs use bot.discord and bot.core only"
    return None


def violations() -> list[tuple[Import, str]]:
    found = ((each, broken_rule(each)) for path in source_files() for each in imports_of(path))
    return [(each, rule) for each, rule in found if rule is not None]


def line_count(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def oversized_modules() -> list[tuple[str, int]]:
    sized = ((module_name(path), line_count(path)) for path in source_files())
    return [(name, lines) for name, lines in sized if lines > MODULE_LINE_LIMIT]


def _is_protocol(node: ast.ClassDef) -> bool:
    names = {base.id if isinstance(base, ast.Name) else ast.unparse(base) for base in node.bases}
    return bool(names & {"Protocol", "typing.Protocol"}) or any(
        name.startswith("Protocol[") for name in names
    )


def protocols() -> list[str]:
    """Every class declared as a `typing.Protocol` in bot/."""
    return [
        f"{module_name(path)}.{node.name}"
        for path in source_files()
        if path.is_relative_to(REPO / "bot")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef) and _is_protocol(node)
    ]
