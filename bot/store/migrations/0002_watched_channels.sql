-- Watched channels (/findvideo-watch), what their checks remember, and alerts for their buttons.
CREATE TABLE watched_channels (
    guild_id   INTEGER NOT NULL,
    channel_id INTEGER NOT NULL,
    platform   TEXT    NOT NULL,
    min_match  INTEGER NOT NULL,
    action     TEXT    NOT NULL,
    added_at   TEXT    NOT NULL DEFAULT (datetime('now')),
    PRIMARY KEY (guild_id, channel_id)
);

-- What a server's watch found for an image it searched (JSON list of matches), so a repeat
-- costs no API call. Keyed by the options that shaped the answer.
CREATE TABLE watch_seen_images (
    guild_id  INTEGER NOT NULL,
    sha256    TEXT    NOT NULL,
    platform  TEXT    NOT NULL,
    min_match INTEGER NOT NULL,
    matches   TEXT    NOT NULL,
    seen_at   TEXT    NOT NULL DEFAULT (datetime('now')),
    PRIMARY KEY (guild_id, sha256, platform, min_match)
);

CREATE TABLE watch_false_positives (
    guild_id  INTEGER NOT NULL,
    sha256    TEXT    NOT NULL,
    video_key TEXT    NOT NULL,
    marked_at TEXT    NOT NULL DEFAULT (datetime('now')),
    PRIMARY KEY (guild_id, sha256, video_key)
);

CREATE TABLE watch_alerts (
    alert_id   INTEGER PRIMARY KEY,
    guild_id   INTEGER NOT NULL,
    channel_id INTEGER NOT NULL,
    message_id INTEGER NOT NULL,
    sha256     TEXT    NOT NULL,
    video_key  TEXT    NOT NULL,
    created_at TEXT    NOT NULL DEFAULT (datetime('now'))
);
