"""Image checks: formats from magic numbers, structure read without decoding, the limits,
naming what is not an image."""
