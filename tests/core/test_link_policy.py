"""The one link policy: only the platforms' own pages, rebuilt, encoded and capped."""

from __future__ import annotations

import re

import pytest

from bot.core.link_policy import MAX_LINK_LENGTH, video_link

SAFE_LINK = re.compile(r"https://[a-z0-9.-]+/[A-Za-z0-9/@._~%?=&-]*")
"""Nothing in a shown link can end a markdown link or an autolink, or start a new one."""

HOSTILE = [
    "https://evil.example/x>[youtube.com/watch?v=real](https://evil.example/phish)<",
    "https://www.youtube.com.evil.example/watch?v=real",
    "https://youtu.be@evil.example/x",
    "https://www.youtube.com@evil.example/watch?v=real",
    "https://user:pw@www.tiktok.com/@a/video/1",
    "https://youtube.com\\@evil.example/watch?v=real",
    "https://eviltiktok.com/@a/video/1",
    "https://tiktok.com.evil.example/@a/video/1",
    "javascript:alert(1)//www.youtube.com/watch?v=real",
    "ftp://www.tiktok.com/@a/video/1",
    "https://www.tiktok.com:8443/@a/video/1",
    "https://www.tiktok.com./@a/video/1",
    "https://www.yоutube.com/watch?v=real",  # a Cyrillic o
    "https://www.tiktok.com/@a/video/1\n[click](https://evil.example)",
    "https://www.tiktok.com/@a/video/1 https://evil.example",
    "https://www.youtube.com/watch?v=real)[x](https://evil.example",
    "https://www.youtube.com/redirect?q=https://evil.example",
    "https://www.tiktok.com/",
    "//www.tiktok.com/@a/video/1",
    "",
]


@pytest.mark.parametrize("url", HOSTILE)
def test_a_link_off_the_platforms_own_pages_is_not_shown(url: str) -> None:
    assert video_link(url, 12) is None


def test_youtube_links_are_rebuilt_from_the_video_id_at_the_moment() -> None:
    expected = "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=79s"
    for url in (
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3s&list=x",
        "https://youtu.be/dQw4w9WgXcQ?si=tracking",
        "http://m.youtube.com/shorts/dQw4w9WgXcQ",
        "https://YOUTUBE.com/embed/dQw4w9WgXcQ",
    ):
        assert video_link(url, 79.6) == expected, url
    assert (
        video_link("https://youtu.be/dQw4w9WgXcQ") == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    )


def test_tiktok_and_instagram_keep_their_path_over_https_without_the_query() -> None:
    assert video_link("http://www.tiktok.com/@cat/video/7301?is_from_webapp=1", 79) == (
        "https://www.tiktok.com/@cat/video/7301"
    )
    assert video_link("https://www.tiktok.com/player/v1/7301") == (
        "https://www.tiktok.com/player/v1/7301"
    )
    assert video_link("https://www.instagram.com/reel/C0de_x/") == (
        "https://www.instagram.com/reel/C0de_x/"
    )


def test_characters_that_could_break_markdown_are_percent_encoded() -> None:
    link = video_link("https://www.tiktok.com/@a/video/1)](<x>)[*_`|\u202e")

    assert link is not None
    assert SAFE_LINK.fullmatch(link), link
    assert link.startswith("https://www.tiktok.com/@a/video/1%29%5D%28%3Cx%3E%29")


def test_a_long_link_is_not_shown() -> None:
    fits = "https://www.tiktok.com/@a/video/" + "1" * (MAX_LINK_LENGTH - 32)
    assert video_link(fits) == fits
    assert video_link(fits + "1") is None
    assert video_link("https://www.tiktok.com/@a/video/" + "9" * 2500) is None


def test_generated_hostile_links_never_escape_the_policy() -> None:
    pieces = ["[", "]", "(", ")", "<", ">", "@", "\\", " ", "%5D", "#", "?", "evil.example", "/"]
    for first in pieces:
        for second in pieces:
            url = f"https://www.tiktok.com/@a{first}video{second}1?x={second}"
            link = video_link(url)
            assert link is None or SAFE_LINK.fullmatch(link), (url, link)
