"""The Qt canvas around wellbeing.charts; matplotlib is imported on first use only."""
