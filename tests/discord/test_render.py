"""What a user sees: ranked matches in embeds that always fit Discord's limits, and safe text."""

from __future__ import annotations

import discord
import pytest

from bot.core.errors import UserFacingError
from bot.core.images.image_check import ImageLimits, ImageRejected, check_image
from bot.core.language import english
from bot.core.ranking import Moment, VideoMatch
from bot.core.request import LibraryFailure, QueryOutcome, SearchRequest
from bot.core.scope import Library, SearchScope
from bot.core.sources import ImageSource
from bot.core.text import untrusted_inline
from bot.discord.embed_limits import fit_embeds
from bot.discord.embeds import render_outcome, render_outcomes
from bot.terminal import render_outcome_text
from tests import imagegen

REQUEST = SearchRequest(scope=SearchScope.ALL_PUBLIC, min_match=85, max_results=10)
SOURCE = ImageSource(name="frame.png", url="https://cdn.example/frame.png", from_discord=True)


def match(n: int, title: str = "A video", score: float = 0.9, moments: int = 1) -> VideoMatch:
    times = tuple(Moment(float(i * 60), float(i * 60 + 5), score) for i in range(moments))
    return VideoMatch(Library.TIKTOK, f"PI-{n}", title, score, times)


def outcome(matches: list[VideoMatch], **changes: object) -> QueryOutcome:
    values: dict[str, object] = {
        "matches": tuple(matches),
        "total_matches": len(matches),
        **changes,
    }
    return QueryOutcome(SOURCE, REQUEST, elapsed_seconds=1.25, **values)  # type: ignore[arg-type]


def total_chars(embeds: list[discord.Embed]) -> int:
    return sum(len(embed) for embed in embeds)


def test_the_verdict_leads_and_each_match_shows_rank_platform_similarity_title_moments() -> None:
    [embed] = render_outcomes(
        [outcome([match(1, "Cat jumps", 0.973, moments=2), match(2)])], english()
    )

    assert embed.title == "Likely original: TikTok · 97%"
    assert (embed.description or "").startswith("The closest match (match 1 of 2).")
    first = embed.fields[0]
    assert first.name == "1. TikTok · 97% similar · likely original"
    assert first.value is not None
    assert "Cat jumps" in first.value
    assert "at 0:00–0:05, 1:00–1:05" in first.value
    assert "PI-1" not in first.value, "ids stay out of the answer's text"
    assert (embed.fields[1].name or "") == "2. TikTok · 90% similar"
    assert embed.thumbnail.url == SOURCE.url
    assert embed.footer.text == (
        "frame.png · Searched All public platforms · minimum match 85% · 1.2 s\n"
        "Video ids: PI-1, PI-2"
    )


def test_similarity_is_rounded_down_so_a_near_miss_never_reads_as_passing() -> None:
    [embed] = render_outcomes([outcome([match(1, score=0.8499)])], english())

    assert embed.fields[0].name == "1. TikTok · 84% similar"
    assert embed.title == "Best match 84% on TikTok: low confidence: compare the picture"
    assert (embed.description or "").startswith("Not similar enough to be sure")


def test_hostile_titles_are_escaped_and_cannot_mention() -> None:
    [embed] = render_outcomes(
        [outcome([match(1, "@everyone **free** <@123> [x](http://evil)")])], english()
    )

    value = embed.fields[0].value or ""
    assert "@everyone" not in value
    assert "<@123>" not in value
    assert r"\*\*free\*\*" in value
    assert r"\[x\]\(http" in value


def test_no_match_says_so_and_suggests_what_to_try() -> None:
    [embed] = render_outcomes([outcome([])], english())

    assert embed.title == "No match on TikTok, YouTube, Instagram"
    assert (embed.footer.text or "").startswith("frame.png · Searched")
    assert embed.description is not None
    assert "No video matched at 85% or more" in embed.description
    assert "lower the minimum match" in embed.description
    assert not embed.fields


def test_an_image_that_failed_shows_its_error() -> None:
    failed = outcome([], error=UserFacingError("`x.pdf` is a PDF document."))

    [embed] = render_outcomes([failed], english())

    assert embed.title == "Could not search this image"
    assert embed.description == "`x.pdf` is a PDF document."
    assert embed.footer.text == "frame.png", "no search footer on an image never searched"


def test_a_platform_that_failed_is_named_next_to_the_others_results() -> None:
    failure = LibraryFailure(Library.INSTAGRAM, UserFacingError("The search service is busy."))

    [embed] = render_outcomes([outcome([match(1)], failures=(failure,))], english())

    assert "Instagram could not be searched: The search service is busy." in (
        embed.description or ""
    )


def test_four_images_with_ten_huge_matches_each_fit_the_6000_character_limit() -> None:
    huge = [match(n, "🎬" * 500 + "x" * 3000, moments=20) for n in range(10)]
    outcomes = [outcome(huge, total_matches=40) for _ in range(4)]

    embeds = render_outcomes(outcomes, english())

    assert len(embeds) == 4
    assert total_chars(embeds) <= 6000
    assert all(len(f.value or "") <= 1024 for e in embeds for f in e.fields)
    assert all(e.fields for e in embeds), "every image keeps at least its best match"


def test_matches_cut_for_space_are_counted_in_the_embed() -> None:
    huge = [match(n, "word " * 300) for n in range(10)]

    embed = render_outcome(outcome(huge), english(), budget=800)

    assert len(embed) <= 800
    shown = len(embed.fields)
    assert shown < 10
    assert f"{10 - shown} more below the cut" in (embed.description or "")


def test_fit_embeds_enforces_every_limit_on_anything() -> None:
    embed = discord.Embed(title="t" * 300, description="d" * 5000)
    embed.set_footer(text="f" * 3000)
    for _ in range(30):
        embed.add_field(name="n" * 300, value="v" * 2000)

    [fitted] = fit_embeds([embed] + [discord.Embed(title="x")] * 11)[:1]

    assert len(fitted.title or "") <= 256
    assert len(fitted.description or "") <= 4096
    assert len(fitted.fields) <= 25
    assert len(fitted) <= 600  # 6000 shared by the 10 embeds kept
    assert len(fit_embeds([discord.Embed(title="x")] * 12)) == 10


def test_terminal_output_lists_ranked_matches_without_control_characters() -> None:
    text = render_outcome_text(outcome([match(1, "evil\x1b[31mred\x07 title")]))

    assert "\x1b" not in text
    assert "\x07" not in text
    assert "1. TikTok · 90% similar" in text
    assert "evil [31mred title" in text
    assert "PI-1" in text


def test_terminal_output_shows_file_names_in_errors_without_markdown_escapes() -> None:
    name = "my_cat *final* (2).gif"
    with pytest.raises(ImageRejected) as caught:
        check_image(imagegen.truncated(imagegen.gif()), source_name=name, limits=ImageLimits())
    assert "my\\_cat" in caught.value.user_message  # escaped for Discord's markdown
    refused = QueryOutcome(ImageSource(name, "x", from_discord=True), REQUEST, error=caught.value)
    text = render_outcome_text(refused)
    assert text == f"{name}: {name} looks damaged or cut short; try saving it again."


def test_terminal_output_keeps_a_real_backslash_in_a_file_name() -> None:
    name = r"C:\shots\a_b.png"
    error = ImageRejected(f"{untrusted_inline(name, 80)} is empty; try attaching it again.")
    text = render_outcome_text(QueryOutcome(ImageSource(name, "x", from_discord=True), REQUEST,
                                            error=error))  # fmt: skip
    assert text == f"{name}: {name} is empty; try attaching it again."
