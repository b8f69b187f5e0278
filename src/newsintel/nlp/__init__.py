"""EXTRACT: the only package that imports spaCy.

`load.py` loads a model once per process; each stage (actors, places, dates, attribution,
events, claims) is a spaCy component in its own package with its data files beside it;
`pipeline.py` assembles them; `to_records.py` turns annotated Docs into `records.Report`s.
"""
