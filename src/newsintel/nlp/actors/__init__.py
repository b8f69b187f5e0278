"""Actors: a time-aware actor dictionary and the spaCy stage that links mentions to it."""
