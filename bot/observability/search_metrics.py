"""The metrics of each search command: how long it took, and per library what came of it
(`bot.core.search_report` tells `count_search` of every finished search)."""

from __future__ import annotations

from bot.core.errors import SearchBackendError
from bot.core.request import QueryOutcome
from bot.core.search_report import SearchReport
from bot.observability.metrics import CACHE_LOOKUPS, SEARCH_SECONDS, SEARCHES


def count_search(report: SearchReport, total_seconds: float) -> None:
    SEARCH_SECONDS.observe(total_seconds)
    for outcome in report.outcomes:
        _count(outcome)


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
