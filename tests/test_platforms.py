"""A platform lives in several places; adding one (docs/architecture.md, "Where to change what")
must touch them all, and this fails until it does.

`Library` (bot/core/scope.py) is both what the bot searches and what the client sends (its value
is the API's `type`); a public `Library` the contract does not accept would be offered to users and
fail on every search.
"""

from __future__ import annotations

from bot.core.link_policy import PLATFORM_DOMAINS
from bot.core.scope import Library, SearchScope
from tests.contract import schemas

PUBLIC = [library for library in Library if library.is_public]


def test_every_public_library_is_one_the_api_accepts() -> None:
    assert {library.value for library in PUBLIC} == set(schemas()["PublicLibrary"]["enum"])


def test_every_public_library_has_its_sites_for_links() -> None:
    assert set(PLATFORM_DOMAINS) == set(PUBLIC)


def test_every_public_library_can_be_picked_alone_and_is_in_all_platforms() -> None:
    alone = {scope.libraries for scope in SearchScope}
    assert all((library,) in alone for library in PUBLIC)
    assert set(SearchScope.ALL_PUBLIC.libraries) == set(PUBLIC)
