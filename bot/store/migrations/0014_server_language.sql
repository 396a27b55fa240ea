-- The language the bot posts in for a server (mod-log records, watch alerts, public replies):
-- a catalogue language such as 'de' or 'pt-BR'; NULL: the server's preferred locale.
ALTER TABLE guild_settings ADD COLUMN language TEXT;
