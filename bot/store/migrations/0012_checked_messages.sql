-- The message a "Find source video" check was about: kept with the search behind its buttons
-- ("Post publicly" replies to it, once: the shared post's id) and in the history (its jump link).
ALTER TABLE stored_searches ADD COLUMN message_id INTEGER;
ALTER TABLE stored_searches ADD COLUMN shared_message_id INTEGER;
ALTER TABLE search_history ADD COLUMN message_id INTEGER;

-- The evidence's API calls (video details, keyframe downloads) of each answer, for usage by kind.
CREATE TABLE evidence_calls (
    guild_id  INTEGER NOT NULL,
    at        REAL    NOT NULL,
    details   INTEGER NOT NULL,
    keyframes INTEGER NOT NULL
);
CREATE INDEX evidence_calls_by_guild ON evidence_calls (guild_id, at);
