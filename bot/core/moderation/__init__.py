"""The moderators' tool: per-server settings, fair use, the result cache's rules, history."""
