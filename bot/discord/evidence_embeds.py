"""What evidence adds to an answer's embed: linked titles, creator and date, the earliest upload,
and the side-by-side picture as the embed's image.

Links come from the API (untrusted): they are shown only as `bot.core.link_policy` rebuilds them
(the platform's own site, percent-encoded, length-capped).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.core import wording
from bot.core.evidence.video_details import VideoDetail, earliest_upload
from bot.core.link_policy import video_link
from bot.core.ranking import VideoMatch


@dataclass(frozen=True)
class OutcomeEvidence:
    """Evidence known so far for one answer embed."""

    details: Mapping[str, VideoDetail] = field(default_factory=dict)
    image_url: str | None = None
    """`attachment://match-1.jpg` while uploading, then the uploaded file's URL."""

    def earliest(self, matches: list[VideoMatch]) -> str | None:
        shown = [self.details[m.video_no] for m in matches if m.video_no in self.details]
        return earliest_upload(shown)


def linked_title(title: str, match: VideoMatch, detail: VideoDetail | None) -> str:
    """The (escaped) title as a link to the video, starting at the match where supported."""
    link = None if detail is None else video_link(detail.url, match.best_moment.start)
    return f"[{title}]({link})" if link else title


def detail_line(match: VideoMatch, evidence: OutcomeEvidence, earliest: str | None) -> str | None:
    detail = evidence.details.get(match.video_no)
    if detail is None:
        return None
    return wording.detail_text(detail, earliest=match.video_no == earliest)
