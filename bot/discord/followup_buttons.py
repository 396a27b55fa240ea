"""Follow-up buttons under an answer: "All platforms", "Lower threshold to N%", "Post publicly".

Each button is a `DynamicItem`: its custom id holds the action, the stored search's id and the
invoker's id, so discord.py rebuilds it from any click, also after a restart (the search itself is
in the database). Only the person who ran the search may press them, in the server where it ran
(the custom id's ids are checked against the stored search: `bot.discord.button_checks`). A search
again goes through the one search flow (`search_answer.answer_search`, `rerun`): logged, counted,
paged and failing like a first answer, it edits the answer in place; "Post
publicly" posts the private answer in the channel, credited to the moderator who shares it.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import discord

from bot.core.evidence.followups import (
    FollowUpOffer,
    StoredSearch,
    as_posted,
    lowered_threshold,
    offer_for,
    on_all_platforms,
    transformed,
    with_threshold,
)
from bot.core.images.variant import Transform
from bot.core.language import Text, Words
from bot.core.moderation.fair_use import fair_use_limits
from bot.core.moderation.guild_settings import GuildSettings
from bot.core.moderation.history import SearchKind
from bot.core.ports import StoredSearches
from bot.core.request import QueryOutcome, SearchRequest
from bot.core.sources import ImageSource
from bot.core.wording import whole_percent
from bot.discord.button_checks import (
    ID_PART,
    NOT_VALID,
    NOT_YOURS,
    belongs_here,
    parse_id,
    valid_ids,
)
from bot.discord.checked_message import checked_message_id, share_as_reply
from bot.discord.interaction_errors import FriendlyButton, FriendlyView
from bot.discord.replies import send_error
from bot.discord.search_answer import AskedSearch, SearchContext, answer_search

if TYPE_CHECKING:
    from bot.discord.app import BotInteraction, FindVideoBot

log = logging.getLogger(__name__)

SEARCH_GONE = Text("error-search-gone")
ALL_PLATFORMS = "all"
LOWER = "lower"
PUBLIC = "public"
MIRRORED = "mirror"
CENTRE = "centre"
AS_POSTED = "posted"


def custom_id(action: str, search_id: int, user_id: int) -> str:
    return f"fv:{action}:{search_id}:{user_id}"


def _offered(offer: FollowUpOffer) -> list[str]:
    """The offer's actions, in the order their buttons show."""
    actions = [
        (ALL_PLATFORMS, offer.all_platforms),
        (LOWER, offer.lower_to is not None),
        (MIRRORED, offer.mirrored),
        (CENTRE, offer.centre),
        (AS_POSTED, offer.as_posted),
        (PUBLIC, offer.post_publicly),
    ]
    return [action for action, offered in actions if offered]


def followup_view(
    search: StoredSearch, offer: FollowUpOffer, words: Words
) -> discord.ui.View | None:
    """The buttons for `offer`, labelled in `words`' language; None when there is nothing to
    offer."""
    if not offer.any:
        return None
    view = FriendlyView(timeout=None)
    for action in _offered(offer):
        label = button_label(words, action, offer.lower_to or 0)
        view.add_item(FollowUpButton(action, search.search_id, search.user_id, label))
    return view


class FollowUps:
    """Stores searches whose answers get buttons, and builds those buttons."""

    def __init__(self, store: StoredSearches, *, clock: Callable[[], float] = time.time) -> None:
        self.store = store
        self._clock = clock

    async def view_for(
        self,
        interaction: discord.Interaction,
        sources: Sequence[ImageSource],
        request: SearchRequest,
        outcomes: Sequence[QueryOutcome],
        *,
        words: Words,
        private: bool,
        shareable: bool,
        message_id: int | None = None,
    ) -> discord.ui.View | None:
        """The buttons, labelled in the answer's `words`, the search stored behind them;
        `message_id` is the checked message (default: the message command's)."""
        offer = offer_for(request, outcomes, shareable=shareable)
        if not offer.any:
            return None
        search = await self.store.add(
            StoredSearch(
                search_id=0,
                guild_id=interaction.guild_id,
                channel_id=interaction.channel_id,
                user_id=interaction.user.id,
                sources=tuple(sources),
                request=request,
                private=private,
                shareable=shareable,
                created_at=self._clock(),
                message_id=message_id or checked_message_id(interaction),
            )
        )
        return followup_view(search, offer, words)


_LABELS = {
    ALL_PLATFORMS: "answer-button-all-platforms",
    LOWER: "answer-button-lower",
    PUBLIC: "answer-button-post-publicly",
    MIRRORED: "answer-button-mirrored",
    CENTRE: "answer-button-centre",
    AS_POSTED: "answer-button-as-posted",
}


def button_label(words: Words, action: str, lower_to: int = 0) -> str:
    """A follow-up button's label in `words`' language (`lower_to`: the lowered threshold)."""
    if action == LOWER:
        return words.say(_LABELS[LOWER], min_match=whole_percent(lower_to))
    return words.say(_LABELS[action])


class FollowUpButton(
    FriendlyButton,
    template=rf"fv:(?P<action>all|lower|public|mirror|centre|posted):(?P<search>{ID_PART}):(?P<user>{ID_PART})",
):
    """One follow-up button; see the module's doc."""

    def __init__(self, action: str, search_id: int, user_id: int, label: str) -> None:
        self.action, self.search_id, self.user_id = action, search_id, user_id
        style = discord.ButtonStyle.primary if action == PUBLIC else discord.ButtonStyle.secondary
        button: discord.ui.Button[Any] = discord.ui.Button(
            label=label, style=style, custom_id=custom_id(action, search_id, user_id)
        )
        super().__init__(button)

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> FollowUpButton:
        search_id, user_id = parse_id(match["search"]), parse_id(match["user"])
        label = item.label if isinstance(item, discord.ui.Button) else None
        return cls(match["action"], search_id or 0, user_id or 0, label or match["action"])

    async def allowed(self, interaction: BotInteraction) -> bool:
        if not await valid_ids(interaction, self.search_id, self.user_id):
            return False
        if interaction.user.id == self.user_id:
            return True
        await send_error(interaction, NOT_YOURS)
        return False

    async def press(self, interaction: BotInteraction) -> None:
        bot = interaction.client
        search = await bot.services.followups.store.get(self.search_id)
        if search is None:
            await send_error(interaction, SEARCH_GONE)
        elif not await belongs_here(interaction, search.guild_id, search.user_id):
            return
        elif self.action == PUBLIC:
            await _post_publicly(interaction, search, bot.services.followups.store)
        else:
            await _search_again(interaction, bot, search, self._request(search))

    def _request(self, search: StoredSearch) -> SearchRequest:
        if self.action == ALL_PLATFORMS:
            return on_all_platforms(search.request)
        if self.action in _TRANSFORMS:
            return transformed(search.request, _TRANSFORMS[self.action])
        if self.action == AS_POSTED:
            return as_posted(search.request)
        lowered = lowered_threshold(search.request.min_match)
        return with_threshold(search.request, lowered or search.request.min_match)


_TRANSFORMS = {MIRRORED: Transform.MIRROR, CENTRE: Transform.CENTRE}


async def _post_publicly(
    interaction: BotInteraction, search: StoredSearch, store: StoredSearches
) -> None:
    """The private answer, posted for everyone as a reply to the checked message, once, credited
    to whoever shares it (only an answer made to be shared: the context menu's)."""
    if not search.shareable:
        await send_error(interaction, NOT_VALID)
        return
    await share_as_reply(interaction, search, store)


async def _search_again(
    interaction: BotInteraction,
    bot: FindVideoBot,
    search: StoredSearch,
    request: SearchRequest,
) -> None:
    """Run the stored search with `request` through the one search flow (`answer_search`),
    editing the answer in place with the new results, pages and buttons."""

    def asked(settings: GuildSettings) -> AskedSearch:
        context = SearchContext(
            search.private,
            SearchKind.FOLLOW_UP,
            fair_use_limits(settings),
            shareable=search.shareable,
            rerun=True,
            message_id=search.message_id,
        )
        return AskedSearch(settings.allowed(request), context)

    await answer_search(interaction, bot, search.sources, asked)
