"""Evidence for an answer: video details and links, keyframes, clips' stills, follow-up searches."""
