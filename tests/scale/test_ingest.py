"""`ingest`: idempotent, resumable after kill -9, errors recorded, process and Dask workers."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from newsintel.ingest.read import ReadOptions
from newsintel.nlp.pipeline import PipelineOptions
from newsintel.scale import ingest
from newsintel.store import open_store

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
FAKE = "fake_extractor:extract"
NO_STAGES = PipelineOptions(stages=())


def write_corpus(path: Path, n: int, *, bad: bool = True) -> Path:
    """n documents with distinct texts; with `bad`, one unreadable line and one failing document."""
    lines = [
        json.dumps({"id": f"doc-{i:04d}", "text": f"Report {i}: Officials in Town{i} met Envoys on day {i}."})
        for i in range(n)
    ]
    if bad:
        lines.insert(3, "{broken json")
        lines.insert(7, json.dumps({"id": "doc-fail", "text": "This one says FAIL-STAGE."}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {
            "documents": conn.execute("SELECT count(*) FROM documents").fetchone()[0],
            "distinct": conn.execute("SELECT count(DISTINCT id) FROM documents").fetchone()[0],
            "reports": conn.execute("SELECT count(*) FROM reports").fetchone()[0],
            "actors": conn.execute("SELECT count(*) FROM actors").fetchone()[0],
            "errors": conn.execute("SELECT count(*) FROM errors").fetchone()[0],
        }


def test_ingest_twice_adds_nothing_the_second_time(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", 20)
    db = tmp_path / "c.db"
    first = ingest([corpus], db=db, extractor=FAKE, pipeline=NO_STAGES, batch_size=6)
    assert (first.added, first.skipped, first.errors) == (20, 0, 2)
    second = ingest([corpus], db=db, extractor=FAKE, pipeline=NO_STAGES, batch_size=6)
    assert (second.added, second.skipped, second.errors) == (0, 22, 0)
    # each document has 3 capitalised words -> 3 actors (Report, Officials, Envoys; not Town<i>)
    assert counts(db) == {"documents": 20, "distinct": 20, "reports": 20, "actors": 60, "errors": 2}
    with open_store(db) as store:
        messages = sorted((e["source"], e["message"]) for e in store.list_errors().items)
        runs = store.list_runs().items
    assert messages == [
        (f"{corpus}:4", "not valid JSON: Expecting property name enclosed in double quotes (column 2)"),
        (f"{corpus}:8", "stage 'fake_stage' failed: ValueError: asked to fail"),
    ]
    assert [(r["status"], r["documents_added"], r["errors_added"]) for r in runs] == [
        ("finished", 0, 0),
        ("finished", 20, 2),
    ]


def test_progress_is_reported_per_batch(tmp_path):
    corpus = write_corpus(tmp_path / "p.jsonl", 10, bad=False)
    seen = []
    ingest(
        [corpus],
        db=tmp_path / "p.db",
        extractor=FAKE,
        pipeline=NO_STAGES,
        batch_size=4,
        on_progress=lambda p: seen.append((p.expected, p.done, p.added)),
    )
    assert seen == [(10, 4, 4), (10, 8, 8), (10, 10, 10)]


def test_read_options_reach_the_readers(tmp_path):
    corpus = tmp_path / "r.jsonl"
    corpus.write_text(json.dumps({"body": "Alpha met Beta."}) + "\n", encoding="utf-8")
    ingest(
        [corpus],
        db=tmp_path / "r.db",
        extractor=FAKE,
        pipeline=NO_STAGES,
        read_options=ReadOptions(text_field="body", default_date="2020-02-02"),
    )
    with open_store(tmp_path / "r.db") as store:
        (doc,) = store.list_documents().items
    assert doc["published"] == "2020-02-02"


def _ingest_command(corpus: Path, db: Path, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "newsintel",
        "ingest",
        str(corpus),
        "--db",
        str(db),
        "--quiet",
        "--stages",
        "none",
        *extra,
    ]


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO / "src"), str(HERE), env.get("PYTHONPATH", "")])
    env["NEWSINTEL_EXTRACTOR"] = FAKE
    env.update(extra)
    return env


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # not created or not migrated yet
        return 0


@pytest.mark.slow
def test_kill_9_at_several_moments_then_resume_stores_every_document_once(tmp_path):
    n = 150
    corpus = write_corpus(tmp_path / "k.jsonl", n)
    db = tmp_path / "k.db"
    killed_at = []
    for threshold in (5, 50, 100):
        process = subprocess.Popen(
            _ingest_command(corpus, db, "--batch-size", "5"), env=_env(NEWSINTEL_FAKE_DELAY="0.05"), cwd=tmp_path
        )
        deadline = time.monotonic() + 60
        while _stored(db) < threshold and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert process.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
        killed_at.append(_stored(db))
    assert killed_at == sorted(killed_at) and killed_at[-1] < n
    finished = subprocess.run(_ingest_command(corpus, db), env=_env(), cwd=tmp_path, capture_output=True, text=True)
    assert finished.returncode == 1, finished.stderr  # the corpus has an unreadable line
    assert "1 input(s) could not be read" in finished.stderr
    assert counts(db) == {"documents": n, "distinct": n, "reports": n, "actors": 3 * n, "errors": 2}
    with open_store(db) as store:
        statuses = [r["status"] for r in store.list_runs().items]
    assert statuses == ["finished", "running", "running", "running"]  # killed runs never finish


@pytest.mark.slow
def test_two_worker_processes(tmp_path):
    corpus = write_corpus(tmp_path / "w.jsonl", 40, bad=False)
    db = tmp_path / "w.db"
    summary = ingest([corpus], db=db, extractor=FAKE, pipeline=NO_STAGES, workers=2, batch_size=4)
    assert (summary.added, summary.errors, summary.workers) == (40, 0, 2)
    assert counts(db)["documents"] == 40


@pytest.mark.slow
def test_two_worker_dask_local_cluster(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setenv("NEWSINTEL_FAKE_DELAY", "0.2")  # so that both workers get batches
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(REPO / "src"), str(HERE)]))
    corpus = write_corpus(tmp_path / "d.jsonl", 40)
    db = tmp_path / "d.db"
    summary = ingest([corpus], db=db, extractor=FAKE, pipeline=NO_STAGES, dask="local:2", batch_size=4)
    assert (summary.added, summary.errors, summary.workers) == (40, 2, 2)
    assert counts(db) == {"documents": 40, "distinct": 40, "reports": 40, "actors": 120, "errors": 2}
    with sqlite3.connect(db) as conn:
        workers = {row[0] for row in conn.execute("SELECT DISTINCT model FROM documents")}
    assert len(workers) == 2 and os.getpid() not in {int(w.split("-")[1]) for w in workers}


@pytest.mark.model
def test_the_real_pipeline_path_with_the_bare_parse(tmp_path, model_name):
    corpus = write_corpus(tmp_path / "m.jsonl", 3, bad=False)
    summary = ingest([corpus], db=tmp_path / "m.db", pipeline=NO_STAGES)
    assert (summary.added, summary.errors) == (3, 0)
    with open_store(tmp_path / "m.db") as store:
        report = store.load_report("doc-0001")
    assert report.document.text == "Report 1: Officials in Town1 met Envoys on day 1."
    assert report.model and report.model.startswith("en_core_web_sm")


@pytest.mark.postgres
def test_ingest_into_postgresql_is_idempotent(tmp_path):
    url = os.environ.get("NEWSINTEL_TEST_POSTGRES_URL")
    if not url:
        pytest.skip('set NEWSINTEL_TEST_POSTGRES_URL (eval "$(scripts/start-postgres.sh)") to run PostgreSQL tests')
    from sqlalchemy import create_engine, text

    from newsintel.store.engine import database_url

    # a database of its own: tests/store resets the shared one, maybe at the same time (pytest -n 2)
    admin = create_engine(database_url(url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("DROP DATABASE IF EXISTS newsintel_scale_test"))
        conn.execute(text("CREATE DATABASE newsintel_scale_test"))
    admin.dispose()
    parts = urlsplit(url)
    url = urlunsplit(parts._replace(path="/newsintel_scale_test"))
    corpus = write_corpus(tmp_path / "pg.jsonl", 12)
    first = ingest([corpus], db=url, extractor=FAKE, pipeline=NO_STAGES, batch_size=5)
    second = ingest([corpus], db=url, extractor=FAKE, pipeline=NO_STAGES, batch_size=5)
    assert (first.added, first.errors, second.added, second.skipped, second.errors) == (12, 2, 0, 14, 0)
    with open_store(url) as store:
        assert store.stats()["documents"] == 12 and store.stats()["actors"] == 36


def test_exact_copies_take_the_stored_report_instead_of_a_second_analysis(tmp_path):
    import fake_extractor

    text = "Officials in Gao said Soldiers left."
    records = [
        {"id": "orig", "text": text, "published": "2023-01-02", "title": "First"},
        {"id": "other", "text": "Nothing Else here.", "published": "2023-01-02"},
        {"id": "copy", "text": text, "published": "2023-01-02", "title": "Reprint"},
        {"id": "later", "text": text, "published": "2023-02-01"},
    ]  # another date: analysed
    corpus = tmp_path / "copies.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    fake_extractor.ANALYSED.clear()
    summary = ingest(
        [corpus],
        db=tmp_path / "copies.db",
        extractor="fake_extractor:counting_extract",
        pipeline=NO_STAGES,
        batch_size=2,
    )
    assert summary.added == 4
    assert fake_extractor.ANALYSED == ["orig", "other", "later"]
    with open_store(tmp_path / "copies.db") as store:
        copy, original = store.load_report("copy"), store.load_report("orig")
        assert (copy.document.id, copy.document.title, copy.document.source) == ("copy", "Reprint", f"{corpus}:3")
        assert copy.actors == original.actors and copy.model == original.model
        assert store.dup_groups_of(["orig", "copy", "later"]) == {"orig": "copy", "copy": "copy", "later": "copy"}


def test_batches_also_end_at_a_character_budget(tmp_path):
    long_text = "Officials said " + "word " * 12_000  # about 60,000 characters
    corpus = tmp_path / "long.jsonl"
    corpus.write_text(
        "".join(json.dumps({"id": f"l{i}", "text": long_text + str(i)}) + "\n" for i in range(3)), encoding="utf-8"
    )
    seen = []
    ingest(
        [corpus],
        db=tmp_path / "long.db",
        extractor=FAKE,
        pipeline=NO_STAGES,
        batch_size=32,
        on_progress=lambda p: seen.append(p.done),
    )
    assert seen == [2, 3]  # 2 x 60,000 characters reach the 100,000 budget
