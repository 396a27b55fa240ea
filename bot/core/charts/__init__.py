"""Charts drawn as PNG images (Pillow): a count per day over a few weeks, with an optional limit
line. Pure: the caller gives the labels in the reader's language; nothing here touches Discord."""
