"""Adapter: getting query images off the network (capped downloads, public-only links)."""
