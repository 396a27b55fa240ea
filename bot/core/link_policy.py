"""Which links the bot shows: one policy for every place a link reaches a message.

A video's link comes from memories.ai (untrusted). It is shown only when it is a page of the
platform's own site: the URL is parsed (never substring-matched), must have no userinfo and no
odd port, and its host must be the platform's domain or a subdomain of it. What is shown is then
rebuilt from the parsed pieces, never the text as received: YouTube from the video id
(`https://www.youtube.com/watch?v=ID`), TikTok and Instagram from the path, percent-encoded to a
small set of characters, over https, without query or fragment. The result cannot end a markdown
link or an `<autolink>` early, and is at most `MAX_LINK_LENGTH` characters; anything else is not
shown (the answer then names the video by its id).
"""

from __future__ import annotations

import re
from urllib.parse import SplitResult, quote, unquote, urlsplit

from bot.core.scope import Library

MAX_LINK_LENGTH = 300
"""Longer links are not shown: no real video page needs more, and Discord's limits stay far."""
PLATFORM_DOMAINS: dict[Library, tuple[str, ...]] = {
    Library.TIKTOK: ("tiktok.com",),
    Library.YOUTUBE: ("youtube.com", "youtu.be"),
    Library.INSTAGRAM: ("instagram.com",),
}
_YOUTUBE_ID = re.compile(r"[A-Za-z0-9_-]{1,32}")
_YOUTUBE_PATH_ID = re.compile(r"/(?:shorts|embed|live|v)/([^/]+)/?")
_PATH_SAFE = "/@._-~"
_FORBIDDEN = re.compile(r"[\x00-\x20\x7f-\x9f\\]")
"""Controls, spaces and backslashes: a browser reads `\\` as `/`, a parser may not."""


def video_link(url: str | None, at_seconds: float | None = None) -> str | None:
    """The link to show for a video page, starting at `at_seconds` where the platform can
    (YouTube `t=`), or None when `url` is not a page on a public platform's own site.

    Any of the three platforms is accepted whatever library matched: each is the platform's own
    site, and the API's detail is what says where the video lives."""
    parts = _parsed(url or "")
    platform = None if parts is None else _platform_of_host(parts.hostname or "")
    if parts is None or platform is None:
        return None
    built = _rebuilt(platform, parts, at_seconds)
    return built if built is not None and len(built) <= MAX_LINK_LENGTH else None


def _parsed(url: str) -> SplitResult | None:
    text = url.strip()
    if not text or len(text) > 2 * MAX_LINK_LENGTH or _FORBIDDEN.search(text):
        return None
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("https", "http") or "@" in parts.netloc:
        return None
    return parts if port in (None, 80, 443) else None


def _platform_of_host(host: str) -> Library | None:
    if not host.isascii():
        return None
    for library, domains in PLATFORM_DOMAINS.items():
        if any(host == domain or host.endswith("." + domain) for domain in domains):
            return library
    return None


def _rebuilt(platform: Library, parts: SplitResult, at_seconds: float | None) -> str | None:
    if platform is Library.YOUTUBE:
        video_id = _youtube_id(parts)
        if video_id is None:
            return None
        moment = "" if at_seconds is None else f"&t={max(int(at_seconds), 0)}s"
        return f"https://www.youtube.com/watch?v={video_id}{moment}"
    path = quote(unquote(parts.path), safe=_PATH_SAFE)
    return f"https://{parts.hostname}{path}" if path.strip("/") else None


def _youtube_id(parts: SplitResult) -> str | None:
    """The video id of a watch page, a youtu.be short link, or a shorts/embed/live page."""
    if (parts.hostname or "").endswith("youtu.be"):
        candidate = parts.path.strip("/")
    elif found := _YOUTUBE_PATH_ID.fullmatch(parts.path):
        candidate = found.group(1)
    else:
        candidate = _query_value(parts.query, "v")
    return candidate if _YOUTUBE_ID.fullmatch(candidate) else None


def _query_value(query: str, key: str) -> str:
    for pair in query.split("&"):
        name, _, value = pair.partition("=")
        if name == key:
            return value
    return ""
