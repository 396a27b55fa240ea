"""An answer in the member's language, end to end: the interaction's `locale` (what Discord sends
for the member's client language) decides the words of the answer, its verdict, fields, footer and
buttons; the video's title is third-party text and stays as it is."""

from __future__ import annotations

from typing import Any

from bot.core.moderation.guild_settings import GuildOverrides
from bot.media.composite import compose
from tests import imagegen
from tests.discord.buttons import button, buttons
from tests.fakes.discord_payloads import MODERATOR_PERMISSIONS
from tests.fakes.discord_records import last_upload
from tests.fakes.discord_server import InteractionRecord
from tests.fakes.memories_api import hit
from tests.stack import Stack, assert_clean, final_embeds

NBSP = "\u00a0"
"""German, French and Spanish put a no-break space before the percent sign."""
TITLE = "Cat jumps into *the* box"


def labels(message: dict[str, Any] | None) -> set[str]:
    assert message is not None
    return {button["label"] for button in buttons(message)}


async def searched_as(stack: Stack, locale: str, **options: object) -> InteractionRecord:
    """`/findvideo` run by a member whose Discord speaks `locale`."""
    image = stack.payloads.uploaded("katze.png", imagegen.png())
    payload = stack.payloads.slash_command("findvideo", {"image": image, **options})
    payload["locale"] = locale
    record = await stack.invoke(payload)
    assert_clean(stack, record)
    assert record.original is not None
    return record


async def search_as(stack: Stack, locale: str, **options: object) -> dict[str, Any]:
    """The answer's message to `/findvideo` run by a member whose Discord speaks `locale`."""
    record = await searched_as(stack, locale, **options)
    assert record.original is not None
    return record.original


async def press_as(
    stack: Stack, record: InteractionRecord, label: str, locale: str, user_id: int | None = None
) -> InteractionRecord:
    """A press on the answer's button labelled `label` by a member whose Discord speaks
    `locale`."""
    assert record.original is not None
    custom_id = button(record.original, label)["custom_id"]
    payload = stack.payloads.component(custom_id, record.original, user_id=user_id)
    payload["locale"] = locale
    pressed = await stack.invoke(payload)
    assert_clean(stack, pressed)
    return pressed


async def test_a_german_member_gets_verdict_fields_footer_and_buttons_in_german(
    stack: Stack,
) -> None:
    stack.memories.set_default([hit("PI-1", TITLE, 79, 0.97, end=80)])

    answer = await search_as(stack, "de")

    [embed] = answer["embeds"]
    assert embed["title"] == f"Wahrscheinlich das Original: TikTok · 97{NBSP}%"
    assert f"1 passendes Video auf TikTok (bestes: 97{NBSP}%)." in embed["description"]
    assert "Der einzige Treffer." in embed["description"]
    [field] = embed["fields"]
    assert field["name"] == f"1. TikTok · 97{NBSP}% ähnlich · wahrscheinlich das Original"
    assert field["value"].splitlines()[:2] == [r"Cat jumps into \*the\* box", "bei 1:19–1:20"]
    assert embed["footer"]["text"].startswith(
        f"katze.png · Gesucht: TikTok · Mindestähnlichkeit 85{NBSP}% · "
    )
    assert "Video-IDs: PI-1" in embed["footer"]["text"]
    assert labels(answer) == {
        "Alle Plattformen",
        f"Schwelle auf 75{NBSP}% senken",
        "Gespiegelt suchen",
        "Bildmitte suchen",
    }


async def test_a_japanese_member_gets_the_answer_in_japanese(stack: Stack) -> None:
    stack.memories.set_default([hit("PI-1", TITLE, 79, 0.97), hit("PI-2", "Other", 5, 0.78)])

    answer = await search_as(stack, "ja", min_match=90, results=1)

    [embed] = answer["embeds"]
    assert embed["title"] == "オリジナルの可能性大：TikTok · 97%"
    assert "TikTokで1件の動画が一致しました（最高97%）。" in embed["description"]
    [field] = embed["fields"]
    assert field["name"] == "1. TikTok · 類似度97% · オリジナルの可能性大"
    assert field["value"].startswith(r"Cat jumps into \*the\* box")
    assert "最低類似度 90%" in embed["footer"]["text"]
    assert labels(answer) == {"すべてのプラットフォーム", "左右反転で検索", "中央部分で検索"}


async def test_a_latin_american_spanish_member_reads_the_spanish_of_spain(stack: Stack) -> None:
    stack.memories.set_default([hit("PI-1", "Only at 78", 5, 0.78)])

    answer = await search_as(stack, "es-419")

    [embed] = answer["embeds"]
    assert embed["title"] == "Sin coincidencias en TikTok"
    assert f"Ningún vídeo coincide al 85{NBSP}% o más en TikTok." in embed["description"]
    assert embed["description"].endswith(
        "Consejo: baja la similitud mínima o prueba otra plataforma (o todas las públicas)."
    )
    assert f"Bajar el umbral al 75{NBSP}%" in labels(answer)


async def test_a_member_whose_language_is_not_in_the_catalogue_reads_english(
    stack: Stack,
) -> None:
    stack.memories.set_default([hit("PI-1", TITLE, 79, 0.97)])

    answer = await search_as(stack, "ko")

    [embed] = answer["embeds"]
    assert embed["title"] == "Likely original: TikTok · 97%"
    assert "Search mirrored" in labels(answer)


async def test_a_button_pressed_in_german_answers_again_in_german(stack: Stack) -> None:
    stack.memories.set_default([hit("PI-1", "Only at 78", 5, 0.78)])
    record = await searched_as(stack, "de")
    assert record.original is not None
    assert record.original["embeds"][0]["title"] == "Kein Treffer auf TikTok"

    pressed = await press_as(stack, record, "Schwelle auf", "de")

    [embed] = final_embeds(pressed)
    assert embed["title"] == f"Bester Treffer 78{NBSP}% auf TikTok: unsicher, vergleiche das Bild"
    assert embed["fields"][0]["value"].startswith("Only at 78")
    assert f"Schwelle auf 65{NBSP}% senken" in labels(pressed.original)


async def test_possible_matches_answer_whoever_asks_in_their_own_language(stack: Stack) -> None:
    await stack.bot.services.guild_settings.save(
        stack.discord.guild_id, GuildOverrides(min_match=90, possible_match=70)
    )
    stack.memories.set_default([hit("PI-sure", "sure", 1, 0.95), hit("PI-maybe", TITLE, 1, 0.8)])
    record = await searched_as(stack, "de")
    [embed] = final_embeds(record)
    assert f"1 weiteres Video mit 70–89{NBSP}% Ähnlichkeit" in embed["description"]
    assert "Mögliche Treffer zeigen" in labels(record.original)

    french = stack.payloads.snowflake()
    shown = await press_as(stack, record, "Mögliche Treffer zeigen", "fr", user_id=french)

    [possible] = shown.callbacks[0].data["embeds"]
    assert possible["title"] == "Correspondances possibles pour katze.png"
    assert [f["name"] for f in possible["fields"]] == [f"1. TikTok · similaire à 80{NBSP}%"]
    assert possible["fields"][0]["value"].startswith(r"Cat jumps into \*the\* box")


async def test_the_picture_is_labelled_in_the_members_language_and_the_record_in_the_servers(
    stack: Stack,
) -> None:
    channel_id = await stack.discord.add_text_channel("mod-log")
    overrides = GuildOverrides(modlog_channel_id=channel_id, log_every_search=True)
    await stack.bot.services.guild_settings.save(stack.discord.guild_id, overrides)
    kf = {"keyframe_bucket": "kf", "keyframe_blob": "f/1.jpg"}
    stack.memories.set_default([hit("PI-1", TITLE, 79, 0.97, **kf)])
    keyframe = imagegen.jpeg(64, 48)
    stack.memories.evidence.files[("kf", "f/1.jpg")] = keyframe

    record = await searched_as(stack, "ja")

    image = imagegen.png()
    japanese = ("あなたの画像", "1位の一致（1:19）")
    assert last_upload(record.original_edits, "match-1.jpg") == compose(image, keyframe, japanese)
    [logged] = stack.discord.messages_in(channel_id)
    english = ("Posted image", "Match 1 at 1:19")
    assert last_upload(logged.edits, "evidence-1.jpg") == compose(image, keyframe, english)


async def test_a_french_moderators_find_source_video_answer_and_its_share_are_in_french(
    stack: Stack,
) -> None:
    stack.memories.set_default([hit("PI-1", TITLE, 5, 0.95)])
    message = stack.payloads.message(attachments=[stack.payloads.uploaded("a.png", imagegen.png())])
    await stack.discord.messages.post(message)
    menu = stack.payloads.message_context_menu(
        "Find source video", message, permissions=MODERATOR_PERMISSIONS
    )
    menu["locale"] = "fr"
    record = await stack.invoke(menu)
    assert record.original is not None
    assert record.original["embeds"][0]["title"] == f"Original probable : TikTok · 95{NBSP}%"
    assert {"Aller au message", "Supprimer le message", "Publier pour tous"} <= labels(
        record.original
    )

    shared = await press_as(stack, record, "Publier pour tous", "fr")

    [posted] = stack.discord.messages_in(stack.discord.channel_id)
    assert posted.payload["content"].startswith("🔎 Partagé par <@")
    assert "Publiée pour tous" in labels(shared.callbacks[0].data)
