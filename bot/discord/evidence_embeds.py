"""What evidence adds to an answer's embed: linked titles, creator and date, the earliest upload,
and the side-by-side picture as the embed's image.

Links come from the API (untrusted): only http(s) links get here (`bot.memories.details`), and
characters that could end a markdown link early are percent-encoded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.core import wording
from bot.core.evidence.video_details import VideoDetail, earliest_upload, link_at_moment
from bot.core.ranking import VideoMatch

_LINK_UNSAFE = {"(": "%28", ")": "%29", "<": "%3C", ">": "%3E", " ": "%20", "[": "%5B", "]": "%5D"}
MAX_LINK_LENGTH = 400


@dataclass(frozen=True)
class OutcomeEvidence:
    """Evidence known so far for one answer embed."""

    details: Mapping[str, VideoDetail] = field(default_factory=dict)
    image_url: str | None = None
    """`attachment://match-1.jpg` while uploading, then the uploaded file's URL."""

    def earliest(self, matches: list[VideoMatch]) -> str | None:
        shown = [self.details[m.video_no] for m in matches if m.video_no in self.details]
        return earliest_upload(shown)


def safe_link(url: str) -> str | None:
    """`url` made safe inside `[text](url)`, or None when it is too long to show."""
    cleaned = "".join(_LINK_UNSAFE.get(char, char) for char in url)
    return cleaned if len(cleaned) <= MAX_LINK_LENGTH else None


def linked_title(title: str, match: VideoMatch, detail: VideoDetail | None) -> str:
    """The (escaped) title as a link to the video, starting at the match where supported."""
    if detail is None or detail.url is None:
        return title
    link = safe_link(link_at_moment(detail.url, match.best_moment.start))
    return f"[{title}]({link})" if link else title


def detail_line(match: VideoMatch, evidence: OutcomeEvidence, earliest: str | None) -> str | None:
    detail = evidence.details.get(match.video_no)
    if detail is None:
        return None
    return wording.detail_text(detail, earliest=match.video_no == earliest)
