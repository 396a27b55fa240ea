"""memories.ai as the core's `VideoIndex`: a checked image and a library in, hits out."""

from __future__ import annotations

from bot.core.hits import Hit
from bot.core.images.image_check import CheckedImage
from bot.core.scope import Library
from bot.memories.client import MemoriesClient
from bot.memories.models import ImageUpload


class MemoriesIndex:
    """Routes a search to the public or the private endpoint of one memories.ai account."""

    def __init__(self, client: MemoriesClient) -> None:
        self.client = client

    async def search(
        self, image: CheckedImage, library: Library, *, similarity: float, namespace: str
    ) -> list[Hit]:
        upload = ImageUpload(
            image.upload_filename, image.content_type, image.original, image.image_size
        )
        if library is Library.PRIVATE:
            return await self.client.search_private(
                upload, unique_id=namespace, similarity=similarity
            )
        return await self.client.search_public(upload, library=library, similarity=similarity)
