-- A server's own retention for its image memory, in days (NULL: the operator's IMAGE_MEMORY_DAYS).
ALTER TABLE guild_settings ADD COLUMN memory_days INTEGER;
