-- A server's memory of the images it checked (issue 16): perceptual hashes only, never pixels.
-- One row per image (per still of a clip) of a message: the message a moderator would open, who
-- posted it and when (Unix seconds). `hash` and `mirrored` are 64-bit DCT hashes stored as signed
-- BIGINT; band0..band2 are its 21, 21 and 22 bits, indexed per server for multi-index look-ups
-- (each index holds the hash too, so candidates are compared without reading the table).
CREATE TABLE image_memory (
    guild_id   BIGINT  NOT NULL,
    message_id BIGINT  NOT NULL,
    item       INTEGER NOT NULL,
    still      INTEGER NOT NULL,
    channel_id BIGINT  NOT NULL,
    author_id  BIGINT  NOT NULL,
    posted_at  REAL    NOT NULL,
    hash       BIGINT  NOT NULL,
    mirrored   BIGINT  NOT NULL,
    band0      INTEGER NOT NULL,
    band1      INTEGER NOT NULL,
    band2      INTEGER NOT NULL,
    PRIMARY KEY (guild_id, message_id, item, still)
);
CREATE INDEX image_memory_band0 ON image_memory (guild_id, band0, hash);
CREATE INDEX image_memory_band1 ON image_memory (guild_id, band1, hash);
CREATE INDEX image_memory_band2 ON image_memory (guild_id, band2, hash);
CREATE INDEX image_memory_posted_at ON image_memory (posted_at);

-- Per-server switches: the memory on or off (NULL: on), and the distance in bits (NULL: default).
ALTER TABLE guild_settings ADD COLUMN image_memory INTEGER;
ALTER TABLE guild_settings ADD COLUMN seen_distance INTEGER;

-- A watch that only compares with the server's memory (no API call at all).
ALTER TABLE watched_channels ADD COLUMN local_only INTEGER NOT NULL DEFAULT 0;

-- The history keeps how many earlier occurrences an answer showed, and the closest one's link.
ALTER TABLE search_history ADD COLUMN seen_before INTEGER NOT NULL DEFAULT 0;
ALTER TABLE search_history ADD COLUMN seen_link TEXT;
