"""One log line and the metrics of each search command, whatever its end.

    with observed_search("slash", guild_id) as report:
        outcomes = ...            # the search
        report.outcomes = outcomes

The line says what the user got (outcome, matches, API calls, cache) and where the time went
(download, queue wait, API, render). It never holds image bytes, URLs or anything secret; in
`LOG_FORMAT=json` the same facts are the record's `search` field.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from bot.core.errors import SearchBackendError, UserFacingError
from bot.core.request import QueryOutcome
from bot.observability import timings
from bot.observability.metrics import CACHE_LOOKUPS, SEARCH_SECONDS, SEARCHES

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


_current: contextvars.ContextVar[SearchReport | None] = contextvars.ContextVar(
    "findvideo_search_report", default=None
)


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
    SEARCH_SECONDS.observe(total_seconds)
    for outcome in report.outcomes:
        _count(outcome)
    facts = report.facts(total_seconds)
    text = " ".join(f"{name}={value}" for name, value in facts.items() if value is not None)
    log.info("search %s", text, extra={"search": facts})


def _count(outcome: QueryOutcome) -> None:
    failed = {failure.library: failure.error for failure in outcome.failures}
    matched = {match.library for match in outcome.matches}
    for library in outcome.request.scope.libraries:
        if outcome.error is not None and not outcome.failures:
            result = "refused"  # the image itself was refused
        elif library in failed:
            broken = isinstance(failed[library], SearchBackendError)
            result = "failed" if broken else "refused"  # the API broke, or fair use said no
        else:
            result = "match" if library in matched else "no_match"
        SEARCHES.labels(outcome=result, library=library.name.lower()).inc()
    CACHE_LOOKUPS.labels(result="hit").inc(len(outcome.cached_libraries))
    CACHE_LOOKUPS.labels(result="miss").inc(outcome.api_calls)
