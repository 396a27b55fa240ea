-- Searches whose answers carry follow-up buttons ("All platforms", "Lower threshold", "Post
-- publicly"), so the buttons work after a restart. Sources are links (Discord attachment URLs or the
-- user's link), never image bytes. Old rows are purged after STORED_SEARCH_DAYS.
CREATE TABLE stored_searches (
    search_id  INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id   INTEGER,
    channel_id INTEGER,
    user_id    INTEGER NOT NULL,
    sources    TEXT NOT NULL,
    request    TEXT NOT NULL,
    private    INTEGER NOT NULL,
    shareable  INTEGER NOT NULL,
    created_at REAL NOT NULL
) STRICT;

CREATE INDEX stored_searches_by_age ON stored_searches (created_at);
