"""The shape every newsintel stage shares: a spaCy component that annotates `doc._`.

A stage subclasses `Stage`, implements `annotate(doc)`, and registers a factory:

    @Language.factory("newsintel_events", default_config={...}, requires=[...], assigns=["doc._.ni_events"])
    def make_event_coder(nlp, name, ...): return EventCoder(...)

`__call__` routes failures through spaCy's error handler, so `nlp.pipe` callers can choose
to skip a failing document; `pipe` processes a batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc
from spacy.util import raise_error

from newsintel.nlp import extensions  # noqa: F401  (declares doc._ attributes)


class Stage:
    name: str = "newsintel_stage"

    def __init__(self) -> None:
        self._error_handler = None

    def annotate(self, doc: Doc) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        try:
            self.annotate(doc)
        except Exception as exc:  # noqa: BLE001  (spaCy's error handler decides: raise, or skip the doc)
            self.get_error_handler()(self.name, self, [doc], exc)
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def set_error_handler(self, error_handler) -> None:
        self._error_handler = error_handler

    def get_error_handler(self):
        """spaCy's raising handler unless a caller set another (as `nlp.pipe` may)."""
        return self._error_handler or raise_error
