-- A private library belongs to one server: two servers can never set the same private_namespace
-- (a server that set none uses its own id, which no other server may set: see core.guild_settings).
CREATE UNIQUE INDEX guild_settings_private_namespace
    ON guild_settings (private_namespace)
    WHERE private_namespace IS NOT NULL;
