"""Charts drawn with matplotlib inside Qt; matplotlib is imported on first use only."""
