-- A search's best match as what its history line is made of, so /findvideo-history says it in
-- the reader's language: the library ('TIKTOK', 'YOUTUBE', 'INSTAGRAM', 'PRIVATE'), the
-- similarity (0 to 1) and the title as shown (escaped and shortened; '' for a video without one).
-- NULL: a search recorded before this step, whose `top_match` line is shown as it was stored.
-- `top_match` is still written (in English): it says a search found a match.
ALTER TABLE search_history ADD COLUMN match_library TEXT;
ALTER TABLE search_history ADD COLUMN match_score REAL;
ALTER TABLE search_history ADD COLUMN match_title TEXT;
