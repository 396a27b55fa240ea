"""Hostile video pages end to end: whatever `video_url` the API gives, a moderator never sees a
link to a foreign site, masked or bare, in an answer, a watch alert or the bot's public reply."""

from __future__ import annotations

from pathlib import Path

from bot.core.evidence.video_details import VideoDetail
from bot.core.moderation.guild_settings import GuildOverrides
from tests import imagegen
from tests.discord.buttons import press
from tests.fakes.discord_payloads import MODERATOR_PERMISSIONS
from tests.fakes.memories_api import hit
from tests.fakes.memories_evidence import video_detail
from tests.link_check import foreign_links, links_in, masked_links
from tests.stack import Stack, assert_clean, final_embeds
from tests.watch_bench import watched_server

PHISH = "https://evil.example/x>[youtube.com/watch?v=real](https://evil.example/phish)<"
HOSTILE_URLS = [
    PHISH,
    "https://www.youtube.com.evil.example/watch?v=real",
    "https://youtu.be@evil.example/x",
    "https://evil.example/" + "a" * 2500,
    "https://www.tiktok.com/@a/video/" + "1" * 2500,
]
REAL_URL = "https://www.tiktok.com/@someone/video/7"
ODD_PATH = "https://www.tiktok.com/@a/video/1)[real](https://evil.example/phish"
"""A page of the platform's own site with markdown in its path: linked, with the path encoded."""


def _matches(count: int) -> list[dict[str, object]]:
    return [hit(f"PI-{n}", f"Video {n}", 10 + n, 0.99 - n / 100) for n in range(count)]


async def test_an_answer_links_only_the_platforms_own_pages(stack: Stack) -> None:
    urls = [*HOSTILE_URLS, ODD_PATH, REAL_URL]
    stack.memories.set_default(_matches(len(urls)))
    for n, url in enumerate(urls):
        stack.memories.evidence.details[f"PI-{n}"] = video_detail(f"PI-{n}", url)

    record = await stack.slash(image=stack.payloads.uploaded("q.png", imagegen.png()), results=10)

    payloads = record.message_payloads()
    assert [foreign_links(payload) for payload in payloads] == [[] for _ in payloads]
    [embed] = final_embeds(record)
    values = [field["value"] for field in embed["fields"]]
    assert all(
        value.startswith(f"Video {n}\n")
        for n, value in zip(range(len(HOSTILE_URLS)), values, strict=False)
    )
    assert masked_links(payloads[-1]) == [
        "https://www.tiktok.com/@a/video/1%29%5Breal%5D%28https%3A//evil.example/phish",
        REAL_URL,
    ]
    assert_clean(stack, record)


async def test_a_watch_alert_and_its_reply_never_carry_a_foreign_link(tmp_path: Path) -> None:
    async with watched_server(tmp_path) as server:
        memories = server.stack.memories
        await server.add(action="reply", confirm=False)
        for number, url in enumerate(HOSTILE_URLS, start=1):
            memories.set_default([hit(f"PI-{number}", "Original dance", 12, 0.95)])
            memories.evidence.details[f"PI-{number}"] = video_detail(f"PI-{number}", url)
            await server.post(server.picture(number))

    alerts, replies = server.alerts(), server.fake.messages_in(server.watched)
    assert len(alerts) == len(replies) == len(HOSTILE_URLS), "every alert and reply was posted"
    for sent in [*alerts, *replies]:
        assert foreign_links(sent.payload) == [], sent.payload
        assert all(link.startswith("https://discord.com/") for link in links_in(sent.payload))
    for number, reply in enumerate(replies, start=1):
        assert reply.payload["content"].endswith(f"`PI-{number}`"), "named by its id instead"


async def test_a_link_stored_before_the_policy_is_not_shown_either(stack: Stack) -> None:
    assert stack.bot.services.evidence is not None
    await stack.bot.services.evidence.store.save_detail(VideoDetail("PI-0", url=PHISH))
    stack.memories.set_default(_matches(1))

    record = await stack.slash(image=stack.payloads.uploaded("q.png", imagegen.png()))

    assert [foreign_links(payload) for payload in record.message_payloads()] == [[]] * len(
        record.message_payloads()
    )
    assert final_embeds(record)[0]["fields"][0]["value"].startswith("Video 0\n")


async def test_every_page_links_only_the_platforms_own_pages(stack: Stack) -> None:
    urls = [*HOSTILE_URLS, REAL_URL]
    stack.memories.set_default(_matches(len(urls)))
    for n, url in enumerate(urls):
        stack.memories.evidence.details[f"PI-{n}"] = video_detail(f"PI-{n}", url)
    record = await stack.slash(image=stack.payloads.uploaded("q.png", imagegen.png()), results=2)

    pages = [record]
    for _ in range(2):
        pages.append(await press(stack, pages[-1], "▶"))

    payloads = [payload for page in pages for payload in page.message_payloads()]
    assert [foreign_links(payload) for payload in payloads] == [[] for _ in payloads]
    assert REAL_URL in masked_links(pages[-1].message_payloads()[-1])


async def test_the_modlog_record_links_only_the_platforms_own_pages(stack: Stack) -> None:
    modlog = await stack.discord.add_text_channel("mod-log")
    await stack.bot.services.guild_settings.save(
        stack.discord.guild_id, GuildOverrides(modlog_channel_id=modlog)
    )
    urls = [REAL_URL, *HOSTILE_URLS]
    stack.memories.set_default(_matches(len(urls)))
    for n, url in enumerate(urls):
        stack.memories.evidence.details[f"PI-{n}"] = video_detail(f"PI-{n}", url)
    message = stack.payloads.message([stack.payloads.uploaded("repost.png", imagegen.png())])

    await stack.invoke(
        stack.payloads.message_context_menu(
            "Find source video", message, permissions=MODERATOR_PERMISSIONS
        )
    )

    [record] = stack.discord.messages_in(modlog)
    sent = [record.payload, *(edit.payload for edit in record.edits)]
    assert [foreign_links(payload) for payload in sent] == [[] for _ in sent]
    assert set(masked_links(sent[-1])) == {REAL_URL}, "completed with the one real page"
