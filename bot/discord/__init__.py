"""Adapter: everything that speaks discord.py: the bot class, command tree, replies, embeds.

Cogs (`cogs/`) stay thin and call into here and into the core.
"""
