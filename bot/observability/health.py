"""Is this process fit to serve? Each check names what is wrong, or says nothing when all is well.

Healthy means: the Discord gateway is connected (every shard of this process), the database answers,
and Redis answers when the bot uses it. Each probe has a short time limit, so a hung dependency
makes the check fail instead of hang.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

PROBE_TIMEOUT = 2.0

Probe = Callable[[], Awaitable[str | None]]
"""Returns None when fine, else the reason (a short sentence, nothing secret)."""


@dataclass(frozen=True)
class HealthReport:
    problems: tuple[str, ...]

    @property
    def healthy(self) -> bool:
        return not self.problems


async def check_health(probes: Sequence[Probe]) -> HealthReport:
    results = await asyncio.gather(*(_bounded(probe) for probe in probes))
    return HealthReport(tuple(problem for problem in results if problem is not None))


async def _bounded(probe: Probe) -> str | None:
    try:
        async with asyncio.timeout(PROBE_TIMEOUT):
            return await probe()
    except TimeoutError:
        return f"{getattr(probe, '__name__', 'a check')} did not answer within {PROBE_TIMEOUT:g} s"
