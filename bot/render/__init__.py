"""Turning search outcomes into what people see: Discord embeds, or lines in a terminal."""
