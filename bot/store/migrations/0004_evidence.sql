-- Evidence completing an answer (issue 8). A public video's page never changes, so its details are
-- kept for good and fetched once. Keyframes are the API's own frames (never users' images), kept
-- by bucket and blob so a repeat costs no download; the store keeps only the newest few hundred.
CREATE TABLE video_details (
    video_no   TEXT PRIMARY KEY,
    url        TEXT,
    creator    TEXT,
    published  TEXT,
    duration   REAL,
    views      INTEGER,
    likes      INTEGER,
    fetched_at TEXT NOT NULL
) STRICT;

CREATE TABLE keyframes (
    bucket    TEXT NOT NULL,
    blob      TEXT NOT NULL,
    data      BLOB NOT NULL,
    stored_at REAL NOT NULL,
    PRIMARY KEY (bucket, blob)
) STRICT;

CREATE INDEX keyframes_by_age ON keyframes (stored_at);
