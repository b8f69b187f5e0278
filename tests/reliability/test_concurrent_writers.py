"""Case 3: two ingests into one SQLite file. One died with "database is locked" in 3 of 4 trials
(transactions began with a plain BEGIN, which cannot wait for another writer), and the error
dumped the SQL statement with article text."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
from faults import clean_run, env, ingest_args, per_document, write_corpus

from newsintel.errors import StoreError
from newsintel.records import Document, Report
from newsintel.store import open_store
from newsintel.store.engine import describe_database_error


@pytest.mark.parametrize("trial", range(2))
def test_3a_two_concurrent_ingests_both_finish_and_lose_nothing(tmp_path, trial):
    first = write_corpus(tmp_path / "a.jsonl", 40, prefix="a")
    second = write_corpus(tmp_path / "b.jsonl", 40, prefix="b")
    expected = {**clean_run(first, tmp_path), **clean_run(second, tmp_path)}
    db = tmp_path / "shared.db"  # both start on a database that does not exist yet (migrations race too)
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "newsintel", *ingest_args(corpus, db, "--batch-size", "2")],
            env=env(NEWSINTEL_FAKE_DELAY="0.01"),
            cwd=tmp_path,
            stderr=subprocess.PIPE,
            text=True,
        )
        for corpus in (first, second)
    ]
    outcomes = [(run.wait(timeout=120), run.stderr.read()) for run in runs]
    assert outcomes == [(0, ""), (0, "")]
    assert per_document(db) == expected and len(expected) == 80


def test_3b_a_database_error_is_one_line_without_sql_or_text(tmp_path):
    db = tmp_path / "c.db"
    secret = "Confidential source text that must not be printed"
    import newsintel.store.engine as engine

    # another writer holds the lock past the timeout
    with open_store(db) as store, sqlite3.connect(db, timeout=0) as blocker:
        blocker.execute("BEGIN IMMEDIATE")
        original = engine.BUSY_TIMEOUT_MS
        try:
            engine.BUSY_TIMEOUT_MS = 50
            with pytest.raises(StoreError) as caught:
                store.save([Report(document=Document(id="d1", text=secret))])
        finally:
            engine.BUSY_TIMEOUT_MS = original
            blocker.rollback()
    message = str(caught.value)
    assert message == f"{db}: database is locked [E600]"
    assert "INSERT" not in message and secret not in message and "\n" not in message


def test_3c_describe_database_error_keeps_the_drivers_first_line_only():
    from sqlalchemy.exc import OperationalError

    error = OperationalError(
        "INSERT INTO documents (text) VALUES (?)", ("secret article text",), Exception("disk I/O error\nmore detail")
    )
    assert describe_database_error(error) == "disk I/O error"
