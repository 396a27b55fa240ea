"""A server's own memory of the images it checked: perceptual hashes, never pixels."""
