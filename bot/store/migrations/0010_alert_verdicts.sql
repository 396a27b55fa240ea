-- Alerts that close: where the alert and the bot's public reply were posted, the reply held for
-- a moderator's confirmation, the verdict; who posted (repeat counts); and per watch whether its
-- public replies wait for that confirmation (NULL: a watch from before, replying at once).
ALTER TABLE watched_channels ADD COLUMN confirm_replies INTEGER;
ALTER TABLE watch_alerts ADD COLUMN author_id BIGINT;
ALTER TABLE watch_alerts ADD COLUMN alert_channel_id BIGINT;
ALTER TABLE watch_alerts ADD COLUMN alert_message_id BIGINT;
ALTER TABLE watch_alerts ADD COLUMN reply_message_id BIGINT;
ALTER TABLE watch_alerts ADD COLUMN held_reply TEXT;
ALTER TABLE watch_alerts ADD COLUMN verdict TEXT;
