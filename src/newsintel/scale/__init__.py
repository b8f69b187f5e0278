"""SCALE: ingest corpora into the store, in this process, in worker processes or on Dask.

>>> from newsintel.scale import ingest
>>> ingest(["articles.jsonl"], db="newsintel.db", workers=2)
"""

from newsintel.scale.ingest import IngestProgress, IngestSummary, ingest

__all__ = ["IngestProgress", "IngestSummary", "ingest"]
