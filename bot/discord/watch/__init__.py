"""Watched channels on Discord: incoming messages, alerts, their buttons, the watch list."""
