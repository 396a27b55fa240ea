"""One log line of each search command, whatever its end, and what the metrics are told.

    with observed_search("slash", guild_id) as report:
        outcomes = ...            # the search
        report.outcomes = outcomes

The line says what the user got (outcome, matches, API calls, cache) and where the time went
(download, queue wait, API, render). It never holds image bytes, URLs or anything secret; in
`LOG_FORMAT=json` the same facts are the record's `search` field. The metrics
(`bot.observability.search_metrics`) hear of each finished search through `count_searches_with`,
which the wiring calls (`bot.services.build_services`).
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from bot.core import timings
from bot.core.errors import UserFacingError
from bot.core.request import QueryOutcome

log = logging.getLogger("bot.search")


@dataclass
class SearchReport:
    kind: str
    guild_id: int | None
    outcomes: Sequence[QueryOutcome] = ()
    refused: str | None = None
    timings: timings.SearchTimings = field(default_factory=timings.SearchTimings)

    @property
    def outcome(self) -> str:
        if self.refused is not None:
            return "refused"
        if any(outcome.matches for outcome in self.outcomes):
            return "match"
        if self.outcomes and all(outcome.error for outcome in self.outcomes):
            return "failed"
        return "no_match"

    def facts(self, total_seconds: float) -> dict[str, object]:
        return {
            "kind": self.kind,
            "guild": self.guild_id,
            "outcome": self.outcome,
            "reason": self.refused,
            "images": len(self.outcomes),
            "matches": sum(len(outcome.matches) for outcome in self.outcomes),
            "api_calls": sum(outcome.api_calls for outcome in self.outcomes),
            "cached": sum(len(outcome.cached_libraries) for outcome in self.outcomes),
            "total_ms": round(total_seconds * 1000),
            **{f"{part}_ms": ms for part, ms in self.timings.as_millis().items()},
        }


SearchCounter = Callable[[SearchReport, float], None]
"""Told every finished search and its total seconds (the metrics)."""

_counters: list[SearchCounter] = []

_current: contextvars.ContextVar[SearchReport | None] = contextvars.ContextVar(
    "findvideo_search_report", default=None
)


def count_searches_with(counter: SearchCounter) -> None:
    """Tell `counter` about every search of this process from now on."""
    _counters[:] = [counter]


def note_outcomes(outcomes: Sequence[QueryOutcome]) -> None:
    """Tell the current search's report what came back, before answering with an error (a
    search whose every image failed is still counted per library, as failed)."""
    report = _current.get()
    if report is not None:
        report.outcomes = outcomes


@contextlib.contextmanager
def observed_search(kind: str, guild_id: int | None) -> Iterator[SearchReport]:
    report = SearchReport(kind, guild_id)
    token = timings.current.set(report.timings)
    report_token = _current.set(report)
    started = time.perf_counter()
    try:
        yield report
    except UserFacingError as error:
        if not report.outcomes:
            report.refused = type(error).__name__
        raise
    except BaseException as error:
        report.refused = f"crashed: {type(error).__name__}"
        raise
    finally:
        timings.current.reset(token)
        _current.reset(report_token)
        _finish(report, time.perf_counter() - started)


def _finish(report: SearchReport, total_seconds: float) -> None:
    for counter in _counters:
        counter(report, total_seconds)
    facts = report.facts(total_seconds)
    text = " ".join(f"{name}={value}" for name, value in facts.items() if value is not None)
    log.info("search %s", text, extra={"search": facts})
