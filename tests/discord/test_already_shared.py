"""The refusal when "Post publicly" is pressed again: it links the public copy, or, while that
copy is still being posted (no id yet), says "a moment ago" in the member's words."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

import discord

from bot.core.evidence.followups import StoredSearch
from bot.core.language import words_for
from bot.core.request import SearchRequest
from bot.core.scope import SearchScope
from bot.discord.checked_message import _already_shared


def _search(shared_message_id: int | None) -> StoredSearch:
    request = SearchRequest(SearchScope.TIKTOK, min_match=85, max_results=5)
    return StoredSearch(
        1, 10, 20, 30, (), request, False, True, 0.0, shared_message_id=shared_message_id
    )


INTERACTION = cast(discord.Interaction, SimpleNamespace(guild_id=10))


def test_a_copy_still_being_posted_is_said_in_the_members_language() -> None:
    refusal = _already_shared(INTERACTION, _search(None))

    assert words_for("en").say(refusal) == "This answer was posted publicly a moment ago."
    assert words_for("de").say(refusal) == "Diese Antwort wurde gerade eben öffentlich gepostet."


def test_a_posted_copy_is_linked() -> None:
    refusal = _already_shared(INTERACTION, _search(40))

    said = words_for("fr").say(refusal)
    assert said.startswith("Cette réponse a déjà été publiée")
    assert said.endswith("https://discord.com/channels/10/20/40")
