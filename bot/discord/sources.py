"""Where query images come from on Discord: attachments, embed images, typed links."""

from __future__ import annotations

from pathlib import PurePosixPath
from urllib.parse import urlsplit

import discord

from bot.core.evidence.clips import declared_clip
from bot.core.images.image_formats import ALLOWED_IMAGE_EXTENSIONS
from bot.core.sources import ImageSource

MAX_IMAGES = 4
"""Images searched per command: each costs a search (and a second of rate limit) per platform."""


def source_from_attachment(attachment: discord.Attachment) -> ImageSource:
    return ImageSource(
        name=attachment.filename,
        url=attachment.url,
        from_discord=True,
        declared_size=attachment.size,
        content_type=attachment.content_type,
    )


def source_from_link(url: str) -> ImageSource:
    return ImageSource(name=_name_from_url(url, url), url=url.strip(), from_discord=False)


def looks_like_image(attachment: discord.Attachment) -> bool:
    """For a message's attachments: skip what is plainly not an image (a video, a PDF)."""
    if attachment.content_type:
        return attachment.content_type.lower().startswith("image/")
    return PurePosixPath(attachment.filename.lower()).suffix in ALLOWED_IMAGE_EXTENSIONS


def looks_searchable(attachment: discord.Attachment) -> bool:
    """An image, or a clip whose stills can be searched (any video container: bytes decide)."""
    name, content_type = attachment.filename, attachment.content_type
    return looks_like_image(attachment) or declared_clip(name, content_type)


def _embed_image_sources(embed: discord.Embed) -> list[ImageSource]:
    """An embed's image or thumbnail, fetched through Discord's media proxy when it gave one."""
    sources = []
    for media in (embed.image, embed.thumbnail):
        if media.proxy_url:
            sources.append(ImageSource(_media_name(media.url), media.proxy_url, from_discord=True))
        elif media.url:
            sources.append(ImageSource(_media_name(media.url), media.url, from_discord=False))
    return sources


def _media_name(url: str | None) -> str:
    return _name_from_url(url or "", "embedded image")


def _name_from_url(url: str, fallback: str) -> str:
    """The file name at the end of a URL's path, for showing which image an answer is about."""
    return PurePosixPath(urlsplit(url).path).name or fallback


def sources_from_message(message: discord.Message) -> list[ImageSource]:
    """Every image and clip of a message: its attachments, then its embeds' images."""
    sources = [source_from_attachment(a) for a in message.attachments if looks_searchable(a)]
    for embed in message.embeds:
        sources.extend(_embed_image_sources(embed))
    return sources
