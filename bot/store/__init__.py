"""Adapter: what the bot keeps between runs."""
