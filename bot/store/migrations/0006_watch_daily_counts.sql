-- Today's counts of each watched channel (checked, alerts, searches spent, skips by reason), so a
-- restart keeps them and the watch's share of the daily budget. Old days are swept at start.
CREATE TABLE watch_daily_counts (
    guild_id   INTEGER NOT NULL,
    channel_id INTEGER NOT NULL,
    day        TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    count      INTEGER NOT NULL,
    PRIMARY KEY (guild_id, channel_id, day, name)
);
