"""What completes a repost alert when the evidence service can give it: the video's link (at the
matched moment) and the side-by-side picture of the posted image and the matched keyframe.

Both are best effort: an alert never waits on a failing endpoint (the evidence service pauses it),
and goes out without them.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.evidence.evidence import EvidenceService, PictureNames
from bot.core.evidence.video_details import VideoDetail
from bot.core.language import Words, english
from bot.core.link_policy import video_link
from bot.core.ranking import VideoMatch
from bot.core.request import QueryOutcome, SearchRequest
from bot.core.watch.watch_model import RepostAlert


@dataclass(frozen=True)
class AlertEvidence:
    link: str | None = None
    composite: bytes | None = None
    """JPEG bytes: the posted image beside the matched keyframe."""
    detail: VideoDetail | None = None
    """The video's page (creator, date), when known."""


async def alert_evidence(
    evidence: EvidenceService | None, alert: RepostAlert, words: Words | None = None
) -> AlertEvidence:
    """The alert's link, details and picture (labelled in `words`' language: the server's)."""
    if evidence is None or alert.match is None:
        return AlertEvidence()
    detail = await _detail(evidence, alert.match)
    link = None if detail is None else video_link(detail.url, alert.match.best_moment.start)
    names = PictureNames(words or english(), posted=True)
    composite = await evidence.composite(_outcome(alert), names=names)
    return AlertEvidence(link, composite.jpeg if composite is not None else None, detail)


async def _detail(evidence: EvidenceService, match: VideoMatch) -> VideoDetail | None:
    stored, missing = await evidence.stored_details([match])
    detail: VideoDetail | None = stored.get(match.video_no)
    if detail is None and missing:
        async for fetched in evidence.fetch_details(missing):
            detail = fetched
    return detail


def _outcome(alert: RepostAlert) -> QueryOutcome:
    """The alert as a one-match search outcome, the shape the composite is made from."""
    watch = alert.check.watch
    request = SearchRequest(watch.scope, watch.min_match, 1)
    matches = (alert.match,) if alert.match is not None else ()
    return QueryOutcome(alert.check.image.source, request, matches=matches, image=alert.image)
