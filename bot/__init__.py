"""findvideo: find the short video an image comes from, on Discord and in the terminal."""
