"""/findvideo-usage and /findvideo-history in the member's language: embeds, refusals, charts."""

from __future__ import annotations

import time

from tests import imagegen
from tests.discord.buttons import ADMIN, MODERATOR
from tests.discord.test_e2e_charts import alt_text
from tests.discord.test_e2e_history_usage import (
    USER_OPTION,
    search_as,
    three_searches_one_from_the_cache,
)
from tests.fakes.discord_server import InteractionRecord
from tests.fakes.memories_api import hit
from tests.stack import Stack, ephemeral_error, final_embeds


async def usage_in(stack: Stack, locale: str, permissions: str = ADMIN) -> InteractionRecord:
    payload = stack.payloads.slash_command(
        "findvideo-usage", {}, permissions=permissions, locale=locale
    )
    return await stack.invoke(payload)


async def history_in(stack: Stack, locale: str, member: int | None = None) -> InteractionRecord:
    payload = stack.payloads.slash_command(
        "findvideo-history", {}, permissions=MODERATOR, locale=locale
    )
    if member is not None:
        payload["data"]["options"] = [{"name": "user", "type": USER_OPTION, "value": str(member)}]
        payload["data"]["resolved"] = {"users": {str(member): stack.payloads.user(member)}}
    return await stack.invoke(payload)


async def test_usage_speaks_german_with_german_numbers(stack: Stack) -> None:
    await three_searches_one_from_the_cache(stack, daily_budget=5000)

    record = await usage_in(stack, "de")

    [embed] = final_embeds(record)
    assert embed["title"] == "Nutzung der Suche"
    (today_name, today), (week_name, _), (budget_name, budget) = (
        (f["name"], f["value"]) for f in embed["fields"]
    )
    assert (today_name, week_name, budget_name) == ("Heute (UTC)", "Letzte 7 Tage", "Tagesbudget")
    assert "Suchen: **3**" in today
    assert "Aus dem Cache beantwortet: **33\xa0%**" in today, "German writes a space before %"
    assert budget.startswith("Heute noch **4.996** von 5.000 API-Aufrufen übrig"), "1.000er"
    assert alt_text(record, "usage.png") == (
        "Diagramm der letzten 30 Tage: Suchen, ihre API-Aufrufe und Cache-Treffer pro Tag"
    )


async def test_usage_refuses_in_german(stack: Stack) -> None:
    refused = await usage_in(stack, "de", permissions=MODERATOR)

    assert ephemeral_error(refused).endswith(
        "Die Nutzungszahlen sehen nur Mitglieder mit der Berechtigung „Server verwalten“."
    )


async def test_history_speaks_japanese(stack: Stack) -> None:
    await search_as(stack, stack.payloads.user_id, 64)
    record = await history_in(stack, "ja")

    [embed] = final_embeds(record)

    assert embed["title"] == "最近の検索"
    assert "/findvideo · API 呼び出し 1 回\n↳ 一致なし" in embed["description"]
    assert embed["footer"]["text"] == "1/1 ページ · 新しい順 · 1 件の検索 · 30 日間保存"
    assert alt_text(record, "history.png").startswith("過去 30 日間のグラフ")


async def test_an_empty_history_says_so_in_french_and_a_members_in_portuguese(
    stack: Stack,
) -> None:
    someone = stack.payloads.snowflake()

    empty = await history_in(stack, "fr")
    nobody = await history_in(stack, "pt-BR", member=someone)

    assert ephemeral_error(empty).endswith(
        "Aucune recherche n'a encore été enregistrée sur ce serveur."
    )
    assert ephemeral_error(nobody).endswith(
        f"<@{someone}> não tem pesquisas registradas neste servidor."
    )


async def test_latin_american_spanish_reads_the_spanish_history(stack: Stack) -> None:
    await search_as(stack, stack.payloads.user_id, 64)

    [embed] = final_embeds(await history_in(stack, "es-419"))

    assert embed["title"] == "Búsquedas recientes"
    assert embed["footer"]["text"].endswith("· 1 búsqueda · se guardan 30 días")


def top_lines(record: InteractionRecord) -> list[str]:
    """The history's match lines (`↳ …`), newest first, without a "seen here before" note."""
    [embed] = final_embeds(record)
    lines = str(embed["description"]).split("\n")
    return [line.split(" · [")[0] for line in lines if line.startswith("↳ ")]


async def test_the_top_match_is_said_in_the_readers_language(stack: Stack) -> None:
    stack.memories.set_default([hit("PI-1", "Cat *jumps*", 1, 0.97)])
    stack.memories.set_default([hit("VI-9", "", 12, 0.934)], endpoint="private")
    await stack.slash(image=stack.payloads.uploaded("a.png", imagegen.png()))
    await stack.slash(
        image=stack.payloads.uploaded("b.png", imagegen.png(70, 50)), platform="private"
    )

    german = top_lines(await history_in(stack, "de"))
    japanese = top_lines(await history_in(stack, "ja"))

    assert german == [
        "↳ Server-Bibliothek · 93\xa0% · *(ohne Titel)*",
        "↳ TikTok · 97\xa0% · Cat \\*jumps\\*",
    ], "German labels, German percent (a space before %), the title as the video has it"
    assert japanese == [
        "↳ サーバーライブラリ · 93% · *（タイトルなし）*",
        "↳ TikTok · 97% · Cat \\*jumps\\*",
    ]


async def test_a_search_recorded_before_the_parts_were_kept_shows_its_stored_line(
    stack: Stack,
) -> None:
    await stack.bot.services.database.execute(
        "INSERT INTO search_history (guild_id, channel_id, user_id, at, kind, images, top_match,"
        " cached, api_calls) VALUES (?, ?, ?, ?, 'slash', 1, 'YouTube · 88% · Old line', 0, 1)",
        (stack.discord.guild_id, stack.discord.channel_id, stack.payloads.user_id, time.time()),
    )

    assert top_lines(await history_in(stack, "de")) == ["↳ YouTube · 88% · Old line"]
