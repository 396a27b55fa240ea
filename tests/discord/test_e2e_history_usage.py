"""/findvideo-history and /findvideo-usage end to end, on a real SQLite file."""

from __future__ import annotations

from bot.core.moderation.guild_settings import GuildOverrides
from tests import imagegen
from tests.discord.buttons import ADMIN, MODERATOR, press, with_permissions
from tests.fakes.discord_server import InteractionRecord
from tests.fakes.memories_api import hit
from tests.fakes.memories_evidence import video_detail
from tests.stack import Stack, assert_clean, ephemeral_error, final_embeds

USER_OPTION = 6


async def history(stack: Stack) -> InteractionRecord:
    payload = stack.payloads.slash_command("findvideo-history", {})
    record = await stack.invoke(with_permissions(payload, MODERATOR))
    assert_clean(stack, record)
    return record


def history_text(record: InteractionRecord) -> str:
    [embed] = final_embeds(record)
    return str(embed["description"])


async def three_searches_one_from_the_cache(stack: Stack, *, daily_budget: int) -> None:
    """With `daily_budget` set: an image searched on every platform, the same image again (from
    the cache), and another image on the default platform."""
    await stack.bot.services.guild_settings.save(
        stack.discord.guild_id, GuildOverrides(daily_budget=daily_budget)
    )
    same = imagegen.png()
    await stack.slash(image=stack.payloads.uploaded("a.png", same), platform="all")
    await stack.slash(image=stack.payloads.uploaded("a.png", same), platform="all")
    await stack.slash(image=stack.payloads.uploaded("b.png", imagegen.png(80, 60)))


async def search_as(stack: Stack, user_id: int, width: int) -> None:
    image = stack.payloads.uploaded(f"{width}.png", imagegen.png(width, 48))
    payload = stack.payloads.slash_command("findvideo", {"image": image}, user_id=user_id)
    await stack.invoke(payload)


async def test_history_lists_searches_newest_first_with_who_where_and_what(stack: Stack) -> None:
    stack.memories.set_default([hit("PI-1", "Cat *jumps*", 1, 0.97)])
    first = stack.payloads.uploaded("a.png", imagegen.png())
    await stack.slash(image=first)
    await stack.slash(image=stack.payloads.uploaded("a.png", imagegen.png()))
    message = stack.payloads.message([stack.payloads.uploaded("b.png", imagegen.png(70, 50))])
    await stack.invoke(stack.payloads.message_context_menu("Find source video", message))

    record = await history(stack)

    assert record.ephemeral, "the history is private"
    lines = history_text(record).split("\n")
    assert len(lines) == 6
    newest, middle, oldest = lines[0], lines[2], lines[4]
    assert "Find source video" in newest
    guild, channel = stack.discord.guild_id, stack.discord.channel_id
    jump = f"https://discord.com/channels/{guild}/{channel}/{message['id']}"
    assert f" on [this message]({jump}) in <#{channel}>" in newest, "links the checked message"
    assert f"<@{stack.payloads.user_id}>" in oldest
    assert f"<#{stack.discord.channel_id}>" in oldest
    assert "1 API call\n" in oldest + "\n", "one call, one word"
    assert "cached" in middle
    assert lines[1].startswith("↳ TikTok · 97% · Cat \\*jumps\\*"), "no video id in the line"
    assert "seen here before (2 times)" in lines[1], "the same drawing, twice before"
    assert lines[5] == "↳ TikTok · 97% · Cat \\*jumps\\*"


async def test_history_can_be_filtered_by_member(stack: Stack) -> None:
    someone, other = stack.payloads.snowflake(), stack.payloads.snowflake()
    await search_as(stack, someone, 64)
    await search_as(stack, other, 65)
    await search_as(stack, someone, 66)

    payload = stack.payloads.slash_command("findvideo-history", {})
    payload["data"]["options"] = [{"name": "user", "type": USER_OPTION, "value": str(someone)}]
    payload["data"]["resolved"] = {"users": {str(someone): stack.payloads.user(someone)}}
    record = await stack.invoke(with_permissions(payload, MODERATOR))

    text = history_text(record)
    assert text.count(f"<@{someone}>") == 2
    assert f"<@{other}>" not in text


async def test_history_is_paged_for_its_invoker(stack: Stack) -> None:
    await stack.bot.services.guild_settings.save(stack.discord.guild_id, GuildOverrides(cooldown=0))
    for width in range(64, 76):
        await search_as(stack, stack.payloads.user_id, width)
    payload = stack.payloads.slash_command("findvideo-history", {})
    record = await stack.invoke(with_permissions(payload, MODERATOR))

    turned = await press(stack, record, "▶")

    [embed] = (turned.original or {})["embeds"]
    assert embed["footer"]["text"].startswith("Page 2/2 · newest first · 12 searches")
    assert embed["description"].count("\n↳") == 2


async def test_history_needs_manage_messages(stack: Stack) -> None:
    await stack.slash(image=stack.payloads.uploaded("a.png", imagegen.png()))

    refused = await stack.invoke(stack.payloads.slash_command("findvideo-history", {}))

    assert "Manage Messages" in ephemeral_error(refused)


async def test_an_empty_history_says_so(stack: Stack) -> None:
    payload = stack.payloads.slash_command("findvideo-history", {})
    record = await stack.invoke(with_permissions(payload, MODERATOR))

    assert "No searches have been recorded" in ephemeral_error(record)


async def test_the_commands_ask_discord_for_the_right_default_permissions(stack: Stack) -> None:
    [sync] = stack.discord.command_syncs
    commands = {c["name"]: c for c in sync.commands}

    assert str(commands["findvideo-history"]["default_member_permissions"]) == str(1 << 13)
    assert str(commands["findvideo-usage"]["default_member_permissions"]) == str(1 << 5)


async def test_usage_counts_searches_api_calls_cache_hits_and_budget(stack: Stack) -> None:
    await three_searches_one_from_the_cache(stack, daily_budget=50)

    payload = stack.payloads.slash_command("findvideo-usage", {})
    record = await stack.invoke(with_permissions(payload, ADMIN))

    [embed] = final_embeds(record)
    today, week, budget = (f["value"] for f in embed["fields"])
    assert "Searches: **3**" in today
    assert "API calls: **4**" in today
    assert "Answered from the cache: **33%**" in today
    assert today == week
    assert "**46** of 50 API calls left today" in budget


async def test_usage_needs_manage_server(stack: Stack) -> None:
    payload = stack.payloads.slash_command("findvideo-usage", {})

    refused = await stack.invoke(with_permissions(payload, MODERATOR))

    assert "Manage Server" in ephemeral_error(refused)


async def test_a_members_display_name_is_shown_as_typed_in_the_title(stack: Stack) -> None:
    someone = stack.payloads.snowflake()
    await search_as(stack, someone, 64)
    member = stack.payloads.user(someone, username="x") | {
        "global_name": "**Mod** [team](https://evil.example) \u202etxt.exe"
    }

    payload = stack.payloads.slash_command("findvideo-history", {})
    payload["data"]["options"] = [{"name": "user", "type": USER_OPTION, "value": str(someone)}]
    payload["data"]["resolved"] = {"users": {str(someone): member}}
    record = await stack.invoke(with_permissions(payload, MODERATOR))

    [embed] = final_embeds(record)
    assert embed["title"] == (
        "Searches by \\*\\*Mod\\*\\* \\[team\\]\\(https://evil.example\\) txt.exe"
    )


async def test_usage_counts_every_api_call_by_kind(stack: Stack) -> None:
    stack.memories.set_default(
        [
            hit("PI-1", "Cat", 1, 0.97, keyframe_bucket="kf", keyframe_blob="f/1.jpg"),
            hit("PI-2", "Dog", 2, 0.9),
        ]
    )
    for video in ("PI-1", "PI-2"):
        stack.memories.evidence.details[video] = video_detail(
            video, f"https://www.tiktok.com/@a/video/{video[-1]}"
        )
    stack.memories.evidence.files[("kf", "f/1.jpg")] = imagegen.jpeg(64, 48)
    await stack.slash(image=stack.payloads.uploaded("a.png", imagegen.png()))

    payload = stack.payloads.slash_command("findvideo-usage", {})
    record = await stack.invoke(with_permissions(payload, ADMIN))

    today = final_embeds(record)[0]["fields"][0]["value"]
    assert "API calls: **4** (searches 1, video details 2, keyframe downloads 1)" in today
