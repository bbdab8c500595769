"""pyvm: the concurrent package (concurrent.futures)."""
