-- The image memory's hashes in four bands of 16 bits instead of three of 21-22 bits (faster
-- look-ups at the distance chosen, 7: see bot/core/seen/bands.py), recomputed from each hash
-- (a signed BIGINT: shifting keeps its sign, the mask keeps 16 bits).
DROP INDEX image_memory_band0;
DROP INDEX image_memory_band1;
DROP INDEX image_memory_band2;
ALTER TABLE image_memory ADD COLUMN band3 INTEGER NOT NULL DEFAULT 0;
UPDATE image_memory SET
    band0 = (hash >> 48) & 65535,
    band1 = (hash >> 32) & 65535,
    band2 = (hash >> 16) & 65535,
    band3 = hash & 65535;
CREATE INDEX image_memory_band0 ON image_memory (guild_id, band0, hash);
CREATE INDEX image_memory_band1 ON image_memory (guild_id, band1, hash);
CREATE INDEX image_memory_band2 ON image_memory (guild_id, band2, hash);
CREATE INDEX image_memory_band3 ON image_memory (guild_id, band3, hash);

-- A server's own retention for its image memory, in days (NULL: the operator's IMAGE_MEMORY_DAYS).
ALTER TABLE guild_settings ADD COLUMN memory_days INTEGER;
