-- Per-server settings: one row per server (guild). NULL in a column means "not set by the server":
-- the operator's default (DEFAULT_PLATFORM, ...) applies, so a changed default reaches every server
-- that never chose otherwise.
CREATE TABLE guild_settings (
    guild_id          INTEGER PRIMARY KEY,
    platform          TEXT,
    min_match         INTEGER,
    possible_match    INTEGER,
    results           INTEGER,
    private           INTEGER,
    modlog_channel_id INTEGER,
    log_every_search  INTEGER,
    private_namespace TEXT,
    cooldown          INTEGER,
    daily_budget      INTEGER,
    updated_at        TEXT NOT NULL
) STRICT;
