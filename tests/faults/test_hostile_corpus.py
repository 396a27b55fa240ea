"""Hostile and odd files uploaded to the real bot: each gets its own specific answer, only valid
images reach the API (and only their image bytes), nothing crashes and the bot stays healthy."""

from __future__ import annotations

import pytest

from bot.observability.health import check_health
from bot.observability.probes import gateway_probe
from tests.fakes.memories_api import hit
from tests.faults.hostile_corpus import Specimen, corpus
from tests.stack import Stack, ephemeral_error, final_embeds

SPECIMENS = corpus()


def test_the_corpus_has_at_least_thirty_files_refused_and_searched():
    assert len(SPECIMENS) >= 30
    assert len({specimen.label for specimen in SPECIMENS}) == len(SPECIMENS)
    assert any(s.answer is None for s in SPECIMENS)
    assert sum(1 for s in SPECIMENS if s.answer is not None) >= 20


@pytest.mark.parametrize("specimen", SPECIMENS, ids=[s.label for s in SPECIMENS])
async def test_each_file_gets_its_answer_and_only_images_reach_the_api(
    stack: Stack, specimen: Specimen
):
    stack.memories.set_default([hit("PI-1", "Cat jumps into box", 79, 0.97)])

    record = await stack.slash(image=stack.payloads.uploaded(specimen.filename, specimen.data))

    if specimen.answer is None:
        assert final_embeds(record)[0]["title"].startswith("Likely original")
        assert len(stack.memories.requests) >= 1
        if specimen.image is not None:
            assert stack.memories.requests[0].file_bytes == specimen.image
    else:
        assert specimen.answer in ephemeral_error(record)
        assert stack.memories.requests == []
    assert stack.session.logged_errors == []
    assert stack.discord.violations == []
    assert (await check_health([gateway_probe(stack.bot)])).healthy
