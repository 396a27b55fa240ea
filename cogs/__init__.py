"""Discord features of findvideo, one extension per feature. Each one is thin: it parses options,
defers, calls the core in `bot/`, and sends what the renderer made."""
