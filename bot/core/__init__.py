"""The pure core: search requests, image checks, ranking, wording. No discord, no aiohttp.

Everything here is plain Python (Pillow for image checks) and is tested as such. The outside world
is reached only through the protocols in `bot.core.ports`, implemented by the adapter packages.
"""
