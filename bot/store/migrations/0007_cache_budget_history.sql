-- The result cache: what the API answered for an image (by the SHA-256 of its bytes, never the
-- attachment URL), per library and private namespace ('' for public libraries), with the threshold
-- it was asked at. Hits as JSON. No image bytes are stored.
CREATE TABLE result_cache (
    image_sha256 TEXT NOT NULL,
    library      TEXT NOT NULL,
    namespace    TEXT NOT NULL,
    similarity   REAL NOT NULL,
    hits         TEXT NOT NULL,
    stored_at    REAL NOT NULL,
    expires_at   REAL NOT NULL,
    PRIMARY KEY (image_sha256, library, namespace)
) STRICT;
CREATE INDEX result_cache_expiry ON result_cache (expires_at);

-- API calls per server per UTC day, for the daily budget.
CREATE TABLE api_budget (
    guild_id INTEGER NOT NULL,
    day      TEXT NOT NULL,
    calls    INTEGER NOT NULL,
    PRIMARY KEY (guild_id, day)
) STRICT;

-- Every search, for /findvideo-history and /findvideo-usage (times in Unix seconds).
CREATE TABLE search_history (
    id         INTEGER PRIMARY KEY,
    guild_id   INTEGER NOT NULL,
    channel_id INTEGER,
    user_id    INTEGER NOT NULL,
    at         REAL NOT NULL,
    kind       TEXT NOT NULL,
    images     INTEGER NOT NULL,
    top_match  TEXT,
    cached     INTEGER NOT NULL,
    api_calls  INTEGER NOT NULL
) STRICT;
CREATE INDEX search_history_guild_at ON search_history (guild_id, at);
CREATE INDEX search_history_guild_user_at ON search_history (guild_id, user_id, at);
CREATE INDEX search_history_at ON search_history (at);
