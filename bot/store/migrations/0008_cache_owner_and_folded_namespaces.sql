-- Which server's search stored a cached answer (NULL: outside servers, or stored before this
-- step): only that server is told the answer was "cached".
ALTER TABLE result_cache ADD COLUMN guild_id INTEGER;

-- Private library names are one name whatever their case: "Team" and "team" are one library.
-- Where two servers already hold names differing only in case, the later server (higher id) goes
-- back to its own library (its id), so the new unique index can hold.
UPDATE guild_settings SET private_namespace = NULL
WHERE private_namespace IS NOT NULL AND EXISTS (
    SELECT 1 FROM guild_settings AS earlier
    WHERE lower(earlier.private_namespace) = lower(guild_settings.private_namespace)
      AND earlier.guild_id < guild_settings.guild_id
);
DROP INDEX guild_settings_private_namespace;
CREATE UNIQUE INDEX guild_settings_private_namespace_folded
    ON guild_settings (lower(private_namespace))
    WHERE private_namespace IS NOT NULL;
