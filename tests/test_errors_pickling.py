"""Errors cross process boundaries (worker processes, Dask) with every attribute intact."""

from __future__ import annotations

import pickle

from newsintel.errors import DictionaryError, InputError, MissingDependency, StageError


def test_every_error_class_survives_pickling():
    stage = StageError("newsintel_events", "feed.jsonl:3", ValueError("bad"))
    stage.document_id = "doc-3"
    for error in (
        stage,
        InputError("empty", path="a.txt"),
        DictionaryError("bad", path="d.yaml", line=4),
        MissingDependency("distributed", "dask"),
    ):
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error)
        assert str(copy) == str(error)
        assert copy.__dict__.keys() == error.__dict__.keys()
    copy = pickle.loads(pickle.dumps(stage))
    assert (copy.stage, copy.document_id, copy.path, repr(copy.cause)) == (
        "newsintel_events",
        "doc-3",
        "feed.jsonl:3",
        "ValueError('bad')",
    )
