"""SHARE: reports and stored corpora in the formats other tools load.

`export(store, format=..., out=..., filters=...)` writes one of the formats in `EXPORTERS`;
each is a function `(store, out, filters) -> summary dict`, and third parties can add their own
with `register_exporter`, the extension point the built-in ones use.
"""

from __future__ import annotations

from newsintel.export.run import EXPORTERS, export, register_exporter

__all__ = ["EXPORTERS", "export", "register_exporter"]
