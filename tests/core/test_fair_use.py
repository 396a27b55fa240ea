"""Fair-use rules on a hand-driven clock: cooldown window, daily budget, exemptions."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.config import load_settings
from bot.core.moderation.fair_use import (
    FairUse,
    FairUseLimits,
    FairUseRefusedError,
    Requester,
    next_utc_midnight,
    utc_day,
)
from bot.core.watch.watch_terms import WatchTerms
from bot.store.cooldowns import MemoryCooldownLog
from bot.store.database import open_database
from bot.store.guild_settings import SqliteGuildSettings

NOON = datetime(2026, 12, 2, 12, 0, tzinfo=UTC).timestamp()
MEMBER = Requester(user_id=1, guild_id=10)
MODERATOR = Requester(user_id=2, guild_id=10, exempt=True)
OPERATOR = load_settings(
    {
        "DISCORD_TOKEN": "t",
        "MEMORIES_API_KEY": "k",
        "DEFAULT_COOLDOWN": "0",
        "DEFAULT_DAILY_BUDGET": "2",
    }
)


class Ledger:
    def __init__(self) -> None:
        self.calls: Counter[tuple[int, str]] = Counter()

    async def used(self, guild_id: int, day: str) -> int:
        return self.calls[guild_id, day]

    async def add(self, guild_id: int, day: str, calls: int) -> None:
        self.calls[guild_id, day] += calls


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def fair_use(clock: Clock) -> tuple[FairUse, Ledger]:
    ledger = Ledger()
    return FairUse(MemoryCooldownLog(), ledger, clock=clock), ledger


async def test_the_fourth_search_in_a_minute_is_refused_until_the_first_leaves_the_window() -> None:
    clock = Clock(NOON)
    rules, _ = fair_use(clock)
    for step in range(3):
        clock.now = NOON + step * 10
        await rules.admit(MEMBER, FairUseLimits(cooldown=3, daily_budget=0), 1)

    clock.now = NOON + 30
    with pytest.raises(FairUseRefusedError) as refused:
        await rules.admit(MEMBER, FairUseLimits(cooldown=3, daily_budget=0), 1)

    assert refused.value.retry_at == NOON + 60
    assert f"<t:{int(NOON + 60)}:R>" in refused.value.user_message
    clock.now = NOON + 60
    await rules.admit(MEMBER, FairUseLimits(cooldown=3, daily_budget=0), 1)


async def test_moderators_and_a_zero_cooldown_are_never_slowed_down() -> None:
    rules, _ = fair_use(Clock(NOON))
    for _ in range(10):
        await rules.admit(MODERATOR, FairUseLimits(cooldown=1, daily_budget=0), 1)
        await rules.admit(MEMBER, FairUseLimits(cooldown=0, daily_budget=0), 1)


async def test_the_budget_refuses_what_it_cannot_pay_and_opens_at_utc_midnight() -> None:
    clock = Clock(NOON)
    rules, ledger = fair_use(clock)
    limits = FairUseLimits(cooldown=0, daily_budget=4)
    await rules.admit(MODERATOR, limits, 3)

    with pytest.raises(FairUseRefusedError) as refused:
        await rules.admit(MEMBER, limits, 3)

    assert "only 1 left" in refused.value.user_message
    assert refused.value.retry_at == datetime(2026, 12, 3, tzinfo=UTC).timestamp()
    assert ledger.calls[10, "2026-12-02"] == 3, "a refused search counts nothing"
    assert await rules.budget_left(10, limits) == 1
    clock.now = next_utc_midnight(NOON)
    await rules.admit(MEMBER, limits, 3)
    assert ledger.calls[10, utc_day(clock.now)] == 3


async def test_a_refused_cooldown_does_not_spend_the_budget() -> None:
    rules, ledger = fair_use(Clock(NOON))
    limits = FairUseLimits(cooldown=1, daily_budget=10)
    await rules.admit(MEMBER, limits, 1)

    with pytest.raises(FairUseRefusedError):
        await rules.admit(MEMBER, limits, 1)

    assert ledger.calls[10, "2026-12-02"] == 1


async def test_an_empty_budget_says_it_is_used_up() -> None:
    rules, _ = fair_use(Clock(NOON))
    limits = FairUseLimits(cooldown=0, daily_budget=1)
    await rules.admit(MEMBER, limits, 1)

    with pytest.raises(FairUseRefusedError) as refused:
        await rules.admit(MEMBER, limits, 1)

    assert "used up today's search budget (1 API call)" in refused.value.user_message


async def test_a_held_search_counts_against_the_cooldown_until_given_back() -> None:
    rules, ledger = fair_use(Clock(NOON))
    limits = FairUseLimits(cooldown=2, daily_budget=10)
    async with rules.hold(MEMBER, limits), rules.hold(MEMBER, limits):
        with pytest.raises(FairUseRefusedError):
            async with rules.hold(MEMBER, limits):
                pass

    async with rules.hold(MEMBER, limits) as cached_only:  # given back: answered from the cache
        assert cached_only is not None
    async with rules.hold(MEMBER, limits) as searched:
        await searched.admit(2)
    async with rules.hold(MEMBER, limits):
        pass
    assert ledger.calls[10, "2026-12-02"] == 2
    assert await rules.cooldowns.recent(MEMBER.cooldown_key, NOON - 60) == [NOON]


async def test_a_spent_budget_refuses_the_hold_itself() -> None:
    rules, _ = fair_use(Clock(NOON))
    limits = FairUseLimits(cooldown=0, daily_budget=1)
    async with rules.hold(MEMBER, limits) as held:
        await held.admit(1)

    with pytest.raises(FairUseRefusedError) as refused:
        async with rules.hold(MODERATOR, limits):
            pass

    assert "used up today's search budget" in refused.value.user_message


async def test_the_estimate_before_the_acknowledgement_knows_what_this_process_counted() -> None:
    clock = Clock(NOON)
    rules, _ = fair_use(clock)
    other_member = Requester(user_id=3, guild_id=10)
    await rules.admit(MEMBER, FairUseLimits(cooldown=1, daily_budget=0), 1)

    assert rules.likely_refused(MEMBER, FairUseLimits(cooldown=1, daily_budget=0))
    assert not rules.likely_refused(other_member, FairUseLimits(cooldown=1, daily_budget=0))
    assert not rules.likely_refused(MODERATOR, FairUseLimits(cooldown=1, daily_budget=0))
    clock.now = NOON + 60
    assert not rules.likely_refused(MEMBER, FairUseLimits(cooldown=1, daily_budget=0))


async def test_a_search_held_in_this_process_counts_in_the_estimate() -> None:
    rules, _ = fair_use(Clock(NOON))
    limits = FairUseLimits(cooldown=1, daily_budget=0)
    async with rules.hold(MEMBER, limits):
        assert rules.likely_refused(MEMBER, limits)
    assert not rules.likely_refused(MEMBER, limits), "given back: it never counted"


async def test_the_estimate_knows_a_spent_budget_until_the_next_utc_day() -> None:
    clock = Clock(NOON)
    rules, _ = fair_use(clock)
    limits = FairUseLimits(cooldown=0, daily_budget=2)
    await rules.admit(MEMBER, limits, 1)
    assert not rules.likely_refused(MODERATOR, limits), "one call left"

    await rules.admit(MEMBER, limits, 1)

    assert rules.likely_refused(MODERATOR, limits)
    clock.now = next_utc_midnight(NOON)
    assert not rules.likely_refused(MODERATOR, limits)


async def test_the_estimate_knows_only_what_this_process_read_of_a_shared_ledger() -> None:
    clock = Clock(NOON)
    rules, ledger = fair_use(clock)
    limits = FairUseLimits(cooldown=0, daily_budget=1)
    ledger.calls[10, "2026-12-02"] = 1  # spent by another process

    assert not rules.likely_refused(MEMBER, limits), "never read: not refused"
    with pytest.raises(FairUseRefusedError):
        await rules.admit(MEMBER, limits, 1)
    assert rules.likely_refused(MEMBER, limits)


async def test_a_watchs_calls_count_on_the_fair_use_clocks_day_and_in_its_estimate(
    tmp_path: Path,
) -> None:
    midnight = next_utc_midnight(NOON)
    clock = Clock(midnight - 1)  # 23:59:59 UTC on 2 December
    rules, ledger = fair_use(clock)
    limits = FairUseLimits(cooldown=0, daily_budget=2)
    async with open_database(tmp_path / "findvideo.db") as database:
        watch = WatchTerms(OPERATOR, SqliteGuildSettings(database), rules)
        assert (await watch.terms(10)).budget_left == 2
        await watch.spend(10, 2)
        spent_before_midnight = rules.likely_refused(MEMBER, limits)

        clock.now = midnight + 1  # 00:00:01 UTC on 3 December
        assert not rules.likely_refused(MEMBER, limits), "a new day, a new budget"
        assert (await watch.terms(10)).budget_left == 2
        await watch.spend(10, 1)
        left_after_midnight = (await watch.terms(10)).budget_left

    assert spent_before_midnight, "the estimate knows the watch spent the budget"
    assert left_after_midnight == 1
    assert ledger.calls == Counter({(10, "2026-12-02"): 2, (10, "2026-12-03"): 1})
