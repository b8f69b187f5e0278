"""Case 4: SIGTERM or kill -9 with --workers 2 left ~310 MB worker processes running for ever;
`--dask local:0` hung for ever and `--dask bogus` gave a traceback."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import psutil
import pytest
from faults import SENTENCES, clean_run, corpus_lines, env, ingest_args, newsintel, one_line, per_document, write_corpus


def _stored(db) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def _held_corpus(path):
    """30 documents and, among them, one that holds its batch until the test releases it (see
    rich_fake.py): the run cannot end before the signal, however slow the machine."""
    lines = corpus_lines(30)
    lines.insert(12, json.dumps({"id": "doc-hold", "text": f"Item HOLD. {SENTENCES[0]}", "published": None}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _start(corpus, db, tmp_path, *extra):
    """The ingest, once it has stored 6 documents and holds on the held one (never released)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "newsintel", *ingest_args(corpus, db, "--batch-size", "2", *extra)],
        env=env(NEWSINTEL_FAKE_DELAY="0.1", NEWSINTEL_FAKE_HOLD=str(tmp_path / "never-released")),
        cwd=tmp_path,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 100
    while _stored(db) < 6 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, process.stderr.read()
    assert _stored(db) >= 6, "nothing stored in 100 s"
    return process, psutil.Process(process.pid).children(recursive=True)


def _gone(processes, seconds: float = 15) -> bool:
    _, alive = psutil.wait_procs(processes, timeout=seconds)
    return not alive


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_4a_a_signal_stops_the_workers_and_the_run_resumes_with_nothing_lost(tmp_path, number):
    corpus = _held_corpus(tmp_path / "c.jsonl")
    expected = clean_run(corpus, tmp_path)
    db = tmp_path / "run.db"
    process, children = _start(corpus, db, tmp_path, "--workers", "2")
    assert len(children) >= 2
    process.send_signal(number)
    code, stderr = process.wait(timeout=90), process.stderr.read()
    assert code == 128 + number, stderr
    assert one_line(stderr).startswith(f"newsintel: stopped by {signal.Signals(number).name}; ")
    assert _gone(children)
    with sqlite3.connect(db) as conn:
        assert [row[0] for row in conn.execute("SELECT status FROM runs")] == ["interrupted"]
    resumed = newsintel(*ingest_args(corpus, db), cwd=tmp_path)
    assert resumed.returncode == 0, resumed.stderr
    assert per_document(db) == expected
    assert len(expected) == 31


@pytest.mark.parametrize("executor", [("--workers", "2"), ("--dask", "local:2")], ids=["workers", "dask"])
def test_4b_workers_do_not_outlive_a_killed_parent(tmp_path, executor):
    if executor[0] == "--dask":
        pytest.importorskip("distributed")
    corpus = _held_corpus(tmp_path / "c.jsonl")
    process, children = _start(corpus, tmp_path / "run.db", tmp_path, *executor)
    process.kill()
    process.wait()
    assert children and _gone(children)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (
            "local:0",
            "newsintel: --dask local:0: the number of local workers must be a whole number of at least 1 [E200]",
        ),
        (
            "bogus",
            "newsintel: --dask 'bogus' is neither 'local', 'local:N' nor a scheduler address like "
            "tcp://host:8786 [E200]",
        ),
    ],
)
def test_4c_dask_arguments_are_checked_before_anything_starts(tmp_path, value, message):
    corpus = write_corpus(tmp_path / "c.jsonl", 2)
    done = newsintel(*ingest_args(corpus, tmp_path / "d.db", "--dask", value), cwd=tmp_path, timeout=60)
    assert (done.returncode, one_line(done.stderr)) == (2, message)
    assert not (tmp_path / "d.db").exists()


def test_4d_a_signal_whose_exception_library_code_drops_still_stops_the_run(tmp_path):
    """Seen under load: SIGTERM landed while SQLAlchemy closed a connection, which logs and
    drops exceptions; the run went on to the end (exit 0, or a hang on a slow batch)."""
    from newsintel.errors import Interrupted
    from newsintel.scale.ingest import ingest

    lines = corpus_lines(6)
    lines[2] = json.dumps({"id": "doc-002", "text": "Item 2. SIGNAL-HERE. Police attacked a camp.", "published": None})
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "run.db"
    handler = signal.getsignal(signal.SIGTERM)
    with pytest.raises(Interrupted, match="^stopped by SIGTERM; "):
        ingest([corpus], db=db, batch_size=2, extractor="rich_fake:extract_swallowing_a_signal", estimate=False)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT status FROM runs").fetchall() == [("interrupted",)]
        assert _stored(db) == 2  # the first batch; the one that took the signal is not stored
    assert signal.getsignal(signal.SIGTERM) is handler  # put back as it was
    ingest([corpus], db=db, batch_size=2, extractor="rich_fake:extract", estimate=False)
    assert _stored(db) == 6


def test_4f_a_signal_that_library_code_wraps_in_its_own_error_still_stops_the_run(tmp_path, monkeypatch):
    """Seen under load: SIGTERM landed while SQLAlchemy bound a statement's parameters, and the
    run died with StatementError (exit 1, a traceback with SQL) instead of stopping cleanly."""
    from newsintel.errors import Interrupted
    from newsintel.scale.ingest import ingest
    from newsintel.store.core import Store

    class LibraryError(Exception):
        """A library's own error type that wraps whatever its code raised."""

    calls = []
    looked_up = Store.reports_of_copies

    def signalled_lookup(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            try:
                os.kill(os.getpid(), signal.SIGTERM)
                time.sleep(1)  # the handler runs here
            except Exception as error:
                raise LibraryError("statement failed") from error
        return looked_up(self, *args, **kwargs)

    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(corpus_lines(6)) + "\n", encoding="utf-8")
    db = tmp_path / "run.db"
    monkeypatch.setattr(Store, "reports_of_copies", signalled_lookup)
    with pytest.raises(Interrupted, match="^stopped by SIGTERM; "):
        ingest([corpus], db=db, batch_size=2, extractor="rich_fake:extract", estimate=False)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT status FROM runs").fetchall() == [("interrupted",)]
    monkeypatch.undo()
    ingest([corpus], db=db, batch_size=2, extractor="rich_fake:extract", estimate=False)
    assert _stored(db) == 6


def test_4e_sigterm_with_dask_says_one_line_not_dasks_warnings(tmp_path):
    """Dask warned once per busy worker it had to kill ("Worker process still alive after 4.0
    seconds, killing", time-stamped), and in three lines when port 8787 was taken."""
    pytest.importorskip("distributed")
    corpus = _held_corpus(tmp_path / "c.jsonl")
    process, children = _start(corpus, tmp_path / "run.db", tmp_path, "--dask", "local:2")
    process.send_signal(signal.SIGTERM)
    code, stderr = process.wait(timeout=90), process.stderr.read()
    assert code == 143, stderr
    assert one_line(stderr) == (
        "newsintel: stopped by SIGTERM; stored batches are whole: run the same command again to resume [E800]"
    )
    assert _gone(children)
