"""Apps > Find source video: a moderator checks a posted message's images, privately."""

from __future__ import annotations

from tests import imagegen
from tests.fakes.memories_api import hit
from tests.stack import Stack, ephemeral_error, final_embeds, shows_matches

MENU = "Find source video"


async def test_every_image_of_the_message_is_searched_and_the_answer_is_private(
    stack: Stack,
) -> None:
    stack.memories.set_default([hit("PI-1", "the source", 42, 0.96)])
    payloads = stack.payloads
    proxied = stack.discord.add_attachment("linked.jpg", imagegen.jpeg(), "image/jpeg")
    embed = {
        "type": "image",
        "url": "https://example.com/linked.jpg",
        "thumbnail": {"url": "https://example.com/linked.jpg", "proxy_url": proxied},
    }
    message = payloads.message(
        attachments=[
            payloads.uploaded("repost.png", imagegen.png()),
            payloads.uploaded("notes.pdf", imagegen.pdf(), "application/pdf"),
            payloads.uploaded("second.webp", imagegen.webp()),
        ],
        embeds=[embed],
    )

    record = await stack.invoke(payloads.message_context_menu(MENU, message))

    assert record.deferred
    assert record.ephemeral
    names = ["repost.png", "second.webp", "linked.jpg"]
    assert all(map(shows_matches, final_embeds(record), names))
    assert len(stack.memories.requests) == 3
    assert {r.file_name for r in stack.memories.requests} == {
        "query.png",
        "query.webp",
        "query.jpg",
    }


async def test_a_message_without_images_gets_a_private_explanation(stack: Stack) -> None:
    message = stack.payloads.message(content="just text, @everyone")

    record = await stack.invoke(stack.payloads.message_context_menu(MENU, message))

    assert "no image, GIF or video I can search" in ephemeral_error(record)
    assert stack.memories.requests == []


async def test_at_most_four_images_are_searched(stack: Stack) -> None:
    payloads = stack.payloads
    message = payloads.message(
        attachments=[payloads.uploaded(f"{n}.png", imagegen.png()) for n in range(6)]
    )

    record = await stack.invoke(payloads.message_context_menu(MENU, message))

    assert len(final_embeds(record)) == 4
    assert len(stack.memories.requests) == 4
