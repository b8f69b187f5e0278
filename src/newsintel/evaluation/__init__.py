"""Measure stages against annotated evaluation sets (`newsintel eval ...`)."""
