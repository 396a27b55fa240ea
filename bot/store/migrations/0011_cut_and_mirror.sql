-- Issue 17: a server may turn off cutting borders, caption bands and blurred fills before searching
-- (NULL: not set, the default applies: on), and a watched channel may also search the mirrored
-- image when the first search finds nothing (off unless chosen: it doubles those images' cost).
ALTER TABLE guild_settings ADD COLUMN cut_borders INTEGER;
ALTER TABLE watched_channels ADD COLUMN try_mirrored INTEGER NOT NULL DEFAULT 0;
