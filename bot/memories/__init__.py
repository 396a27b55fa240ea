"""The memories.ai image search API: client, request/response models and typed errors.

Plain async Python (aiohttp), nothing from discord.
"""

from bot.core.hits import Hit
from bot.core.images.image_formats import ALLOWED_IMAGE_EXTENSIONS
from bot.memories.client import MemoriesClient
from bot.memories.errors import (
    BadRequestError,
    CircuitOpenError,
    MemoriesError,
    MisconfiguredError,
    OutOfCreditsError,
    RateLimitedError,
    UpstreamTimeoutError,
    UpstreamUnavailableError,
)
from bot.memories.models import (
    MAX_IMAGE_BYTES,
    ImageUpload,
    normalise_code,
    parse_hits,
)
from bot.memories.retry import RetryPolicy

__all__ = [
    "ALLOWED_IMAGE_EXTENSIONS",
    "MAX_IMAGE_BYTES",
    "BadRequestError",
    "CircuitOpenError",
    "Hit",
    "ImageUpload",
    "MemoriesClient",
    "MemoriesError",
    "MisconfiguredError",
    "OutOfCreditsError",
    "RateLimitedError",
    "RetryPolicy",
    "UpstreamTimeoutError",
    "UpstreamUnavailableError",
    "normalise_code",
    "parse_hits",
]
