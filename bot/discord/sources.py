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


def source_from_attachment(
    attachment: discord.Attachment, *, someone_elses: bool = False
) -> ImageSource:
    return ImageSource(
        name=attachment.filename,
        url=attachment.url,
        from_discord=True,
        declared_size=attachment.size,
        content_type=attachment.content_type,
        someone_elses=someone_elses,
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


def _embed_image_sources(embed: discord.Embed, someone_elses: bool) -> list[ImageSource]:
    """An embed's image or thumbnail, fetched through Discord's media proxy when it gave one."""
    sources = []
    for media in (embed.image, embed.thumbnail):
        name = _media_name(media.url)
        if media.proxy_url:
            sources.append(ImageSource(name, media.proxy_url, True, someone_elses=someone_elses))
        elif media.url:
            sources.append(ImageSource(name, media.url, False, someone_elses=someone_elses))
    return sources


def _media_name(url: str | None) -> str:
    return _name_from_url(url or "", "embedded image")


def _name_from_url(url: str, fallback: str) -> str:
    """The file name at the end of a URL's path, for showing which image an answer is about."""
    return PurePosixPath(urlsplit(url).path).name or fallback


def sources_from_message(
    message: discord.Message, invoker_id: int | None = None
) -> list[ImageSource]:
    """Every image and clip of a message: its attachments, then its embeds' images (another
    member's post when `invoker_id` is not its author's)."""
    theirs = invoker_id is not None and invoker_id != message.author.id
    attachments = [a for a in message.attachments if looks_searchable(a)]
    sources = [source_from_attachment(a, someone_elses=theirs) for a in attachments]
    for embed in message.embeds:
        sources.extend(_embed_image_sources(embed, theirs))
    return sources
