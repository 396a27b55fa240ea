"""What links a reader of a message could click, and which lead off the expected sites.

Discord makes a link of `[text](url)` (masked), `<url>` and any bare `http(s)://…`; an embed's
`url`, `author.url` and images are links too. The check reads every text of a message payload
(content, embed texts) and reports each link whose host is not one the bot may show.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from tests.fakes.discord_payloads import JSONDict, embed_texts

SHOWN_HOSTS = ("tiktok.com", "youtube.com", "instagram.com", "discord.com")
_MASKED = re.compile(r"\[[^\]]*\]\(\s*<?([^)\s>]+)")
_BARE = re.compile(r"https?://[^\s)>\]]+", re.IGNORECASE)


def _texts(payload: JSONDict) -> list[str]:
    texts = [str(payload.get("content") or "")]
    for embed in payload.get("embeds") or []:
        texts += [text for _, text, _ in embed_texts(embed)]
        texts += [str(embed.get("url") or ""), str((embed.get("author") or {}).get("url") or "")]
    return texts


def links_in(payload: JSONDict) -> list[str]:
    """Every link a reader could click in the message (masked targets and bare ones)."""
    found: list[str] = []
    for text in _texts(payload):
        found += _MASKED.findall(text) + _BARE.findall(text)
    return found


def _shown_host(url: str) -> bool:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    own = any(host == site or host.endswith("." + site) for site in SHOWN_HOSTS)
    return parts.scheme == "https" and "@" not in parts.netloc and own


def foreign_links(payload: JSONDict) -> list[str]:
    """The links in the message that do not go to a platform's or Discord's own site."""
    return [url for url in links_in(payload) if not _shown_host(url)]


def masked_links(payload: JSONDict) -> list[str]:
    """The targets of `[text](url)` links in the message."""
    return [url for text in _texts(payload) for url in _MASKED.findall(text)]
