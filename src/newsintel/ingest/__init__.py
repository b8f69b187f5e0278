"""READ: files, folders and streams -> `records.Document`s.

`read(paths)` yields a Document for every document it can read and an `InputError` (not a
raise) for every one it cannot, so a bad file never stops a batch.
"""

from newsintel.ingest.read import MAX_DOCUMENT_BYTES, document_id, read, read_text_document

__all__ = ["MAX_DOCUMENT_BYTES", "document_id", "read", "read_text_document"]
