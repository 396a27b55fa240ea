"""What evidence adds to an answer's embed: linked titles, creator and date, the earliest upload,
and the side-by-side picture as the embed's image.

Links come from the API (untrusted): they are shown only as `bot.core.link_policy` rebuilds them
(the platform's own site, percent-encoded, length-capped).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.core import wording
from bot.core.evidence.verdict import Verdict
from bot.core.evidence.video_details import VideoDetail
from bot.core.link_policy import video_link
from bot.core.ranking import VideoMatch


@dataclass(frozen=True)
class OutcomeEvidence:
    """Evidence known so far for one answer embed."""

    details: Mapping[str, VideoDetail] = field(default_factory=dict)
    image_url: str | None = None
    """`attachment://match-1.jpg` while uploading, then the uploaded file's URL."""


def match_link(match: VideoMatch, detail: VideoDetail | None) -> str | None:
    """The match's page (at the matched moment where supported), as the link policy allows."""
    return None if detail is None else video_link(detail.url, match.best_moment.start)


def linked_title(title: str, match: VideoMatch, detail: VideoDetail | None) -> str:
    """The (escaped) title as a link to the video, starting at the match where supported."""
    link = match_link(match, detail)
    return f"[{title}]({link})" if link else title


def verdict_link(verdict: Verdict, evidence: OutcomeEvidence | None) -> str | None:
    details = evidence.details if evidence is not None else {}
    return match_link(verdict.match, details.get(verdict.match.video_no))


def detail_line(
    match: VideoMatch, evidence: OutcomeEvidence, verdict: Verdict | None
) -> wording.Phrase | None:
    """`by creator · posted <t:…:D> · earliest upload`, to be said in the reader's language."""
    detail = evidence.details.get(match.video_no)
    if detail is None:
        return None
    earliest = verdict is not None and verdict.earliest and verdict.match is match
    return wording.detail_text(detail, earliest=earliest)
