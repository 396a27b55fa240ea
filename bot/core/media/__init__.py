"""Audio/video input: containers recognised from their bytes, and the sentences refusing clips."""
