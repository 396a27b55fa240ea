"""A server's settings: what its moderators chose, and what applies once the defaults fill the rest.

Precedence, for every search: an option given to the command > the server's setting > the
operator's default (the environment). `GuildOverrides` is what a server stored (None = not chosen);
`GuildSettings` is the resolved, concrete view every feature reads.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from bot.core.errors import UserFacingError
from bot.core.images.variant import AUTO, CutMode, Variant
from bot.core.language import LANGUAGES, Text
from bot.core.request import DEFAULT_CONFIDENT_MATCH, OperatorDefaults, SearchRequest
from bot.core.scope import NAMESPACE_PATTERN, Library, SearchScope
from bot.core.seen.memory import DEFAULT_DISTANCE, DEFAULT_KEEP_DAYS

SETTING_NAMES = (
    "platform",
    "min_match",
    "possible_match",
    "results",
    "private",
    "modlog_channel_id",
    "log_every_search",
    "private_namespace",
    "cooldown",
    "daily_budget",
    "image_memory",
    "seen_distance",
    "cut_borders",
    "memory_days",
    "language",
)
"""Every per-server setting, in the order `show` lists them."""

T = TypeVar("T")


PRIVATE_LIBRARY_NOT_IN_DMS = Text("error-private-library-in-dms")
OPERATORS_LIBRARY = Text("settings-operators-library")


@dataclass(frozen=True)
class GuildOverrides:
    """What one server's moderators set; None means "not set, use the default"."""

    platform: SearchScope | None = None
    min_match: int | None = None
    possible_match: int | None = None
    results: int | None = None
    private: bool | None = None
    modlog_channel_id: int | None = None
    log_every_search: bool | None = None
    private_namespace: str | None = None
    cooldown: int | None = None
    daily_budget: int | None = None
    image_memory: bool | None = None
    seen_distance: int | None = None
    cut_borders: bool | None = None
    memory_days: int | None = None
    language: str | None = None

    def changed(self, **values: object) -> GuildOverrides:
        """A copy with `values` set (a value of None returns that setting to its default)."""
        return dataclasses.replace(self, **values)  # type: ignore[arg-type]

    def chosen(self) -> frozenset[str]:
        """The names of the settings this server set."""
        return frozenset(name for name in SETTING_NAMES if getattr(self, name) is not None)


@dataclass(frozen=True)
class GuildSettings:
    """The settings in force for one server (or, with `guild_id` None, for direct messages)."""

    guild_id: int | None
    platform: SearchScope
    min_match: int
    possible_match: int | None
    """The "possible match" threshold (percent, at most `min_match`); None: off."""
    results: int
    private: bool
    modlog_channel_id: int | None
    log_every_search: bool
    private_namespace: str
    cooldown: int
    """Searches per user per 60 seconds; 0: no cooldown."""
    daily_budget: int
    """API calls per server per UTC day; 0: unlimited."""
    image_memory: bool = True
    """Whether the server remembers the images it checks ("Seen here before")."""
    seen_distance: int = DEFAULT_DISTANCE
    """Bits (of 64) a picture may differ by from an earlier one and still be "seen before"."""
    cut_borders: bool = True
    """Search reposts without the borders, caption bands and blurred fills added around them."""
    memory_days: int = DEFAULT_KEEP_DAYS
    """Days the server's image memory keeps a picture."""
    language: str | None = None
    """The catalogue language the bot posts in here (mod-log, alerts, public replies); None:
    the server's own preferred locale."""
    chosen: frozenset[str] = frozenset()
    """The settings the server set itself (the rest are defaults)."""
    confident_match: int = DEFAULT_CONFIDENT_MATCH
    """The operator's threshold under which a best match is called low confidence."""
    private_library_open: bool = True
    """Whether the private library may be searched here: in a server always; in direct
    messages only when the operator allows it (`DM_PRIVATE_LIBRARY`)."""

    @classmethod
    def resolve(
        cls, guild_id: int | None, overrides: GuildOverrides, defaults: OperatorDefaults
    ) -> GuildSettings:
        """The server's choices, the operator's defaults filling the rest."""
        o = overrides
        return cls(
            guild_id=guild_id,
            platform=_first(o.platform, defaults.default_platform),
            min_match=_first(o.min_match, defaults.default_min_match),
            possible_match=o.possible_match,
            results=_first(o.results, defaults.default_results),
            private=_first(o.private, False),
            modlog_channel_id=o.modlog_channel_id,
            log_every_search=_first(o.log_every_search, False),
            private_namespace=_own_namespace(guild_id, o.private_namespace, defaults),
            cooldown=_first(o.cooldown, defaults.default_cooldown),
            daily_budget=_first(o.daily_budget, defaults.default_daily_budget),
            image_memory=_first(o.image_memory, True),
            seen_distance=_first(o.seen_distance, DEFAULT_DISTANCE),
            cut_borders=_first(o.cut_borders, True),
            memory_days=_first(o.memory_days, defaults.image_memory_days),
            language=o.language,
            chosen=o.chosen(),
            confident_match=defaults.confident_match,
            private_library_open=guild_id is not None or defaults.dm_private_library,
        )

    def request(
        self,
        *,
        platform: SearchScope | None = None,
        min_match: int | None = None,
        results: int | None = None,
        as_posted: bool = False,
    ) -> SearchRequest:
        """A search with the command's options, this server's settings filling the rest;
        `UserFacingError` when it would search a private library that is not open here."""
        return self.allowed(
            SearchRequest(
                scope=_first(platform, self.platform),
                min_match=_first(min_match, self.min_match),
                max_results=_first(results, self.results),
                private_namespace=self.private_namespace,
                possible_match=self.possible_match,
                confident_match=self.confident_match,
                guild_id=self.guild_id,
                variant=_variant(as_posted=as_posted, cut_borders=self.cut_borders),
            )
        )

    def allowed(self, request: SearchRequest) -> SearchRequest:
        """`request`, or `UserFacingError` when it searches a private library closed here."""
        if Library.PRIVATE in request.scope.libraries and not self.private_library_open:
            raise UserFacingError(PRIVATE_LIBRARY_NOT_IN_DMS)
        return request

    def is_default(self, name: str) -> bool:
        return name not in self.chosen


def _variant(*, as_posted: bool, cut_borders: bool) -> Variant:
    if as_posted:
        return Variant(cut=CutMode.AS_POSTED)
    return AUTO if cut_borders else Variant(cut=CutMode.OFF)


def _first(value: T | None, fallback: T) -> T:
    return fallback if value is None else value


def _own_namespace(guild_id: int | None, chosen: str | None, defaults: OperatorDefaults) -> str:
    """The server's chosen library, unless it is the operator's (which no server may use)."""
    if chosen is None or (guild_id is not None and _is_operators(chosen, defaults)):
        return default_namespace(guild_id, defaults)
    return chosen


def _is_operators(namespace: str | None, defaults: OperatorDefaults) -> bool:
    """Whether `namespace` names the operator's library (names are compared ignoring case)."""
    return namespace is not None and namespace.lower() == defaults.memories_unique_id.lower()


def default_namespace(guild_id: int | None, defaults: OperatorDefaults) -> str:
    """A server's private library is its own (its id), so two servers never search each other's;
    outside a server (direct messages) the operator's MEMORIES_UNIQUE_ID applies."""
    return str(guild_id) if guild_id is not None else defaults.memories_unique_id


MIN_POSSIBLE_MATCH = 50
"""The lowest "possible match" threshold (the same floor as the match threshold's)."""


@dataclass(frozen=True)
class SettingChange:
    """One setting before and after a change, as it applies (defaults filled in)."""

    name: str
    before: object
    after: object


def apply_changes(
    before: GuildOverrides,
    given: Mapping[str, object],
    guild_id: int,
    defaults: OperatorDefaults,
) -> GuildOverrides:
    """The server's settings with `given` applied (a None value: back to the default), or
    `UserFacingError` naming what is wrong; every value is checked together."""
    after = before.changed(**given)
    problems = settings_problems(GuildSettings.resolve(guild_id, after, defaults))
    if _is_operators(after.private_namespace, defaults):
        problems.append(OPERATORS_LIBRARY)
    if problems:
        raise UserFacingError(_one_per_line(problems))
    return after


def _one_per_line(problems: list[Text]) -> Text:
    """Several problems as one text, each on its line."""
    first, *rest = problems
    return first if not rest else Text("settings-problems", first=first, rest=_one_per_line(rest))


def changes_between(
    before: GuildSettings, after: GuildSettings, names: Iterable[str]
) -> list[SettingChange]:
    """What happened to each of `names`, in `SETTING_NAMES` order."""
    wanted = set(names)
    return [
        SettingChange(name, getattr(before, name), getattr(after, name))
        for name in SETTING_NAMES
        if name in wanted
    ]


def settings_problems(settings: GuildSettings) -> list[Text]:
    """What makes settings unable to work together, one sentence per problem."""
    found = (
        _threshold_problem(settings),
        _namespace_problem(settings),
        _language_problem(settings),
    )
    return [problem for problem in found if problem]


def _language_problem(settings: GuildSettings) -> Text | None:
    if settings.language is None or settings.language in LANGUAGES:
        return None
    return Text("settings-unknown-language", language=settings.language)


class NamespaceTakenError(UserFacingError):
    """Another server already uses this private library."""

    def __init__(self) -> None:
        super().__init__(Text("settings-library-taken"))


def _namespace_problem(settings: GuildSettings) -> Text | None:
    namespace = settings.private_namespace
    if not NAMESPACE_PATTERN.fullmatch(namespace):
        return Text("settings-library-name")
    if namespace.isdigit() and namespace != str(settings.guild_id):
        # A number is some server's id, and so its default library.
        return Text("settings-library-number")
    return None


def _threshold_problem(settings: GuildSettings) -> Text | None:
    possible = settings.possible_match
    if possible is not None and possible < MIN_POSSIBLE_MATCH:
        return Text("settings-possible-match-range", lowest=MIN_POSSIBLE_MATCH)
    if possible is not None and possible > settings.min_match:
        return Text("settings-possible-above-match", possible=possible, match=settings.min_match)
    return None
