"""Helpers of the fault-injection cases (issue 19): each case names its defect, builds a tiny
input, injects the fault and checks the outcome and that nothing was lost: the documents, events,
attributions and claims per document equal those of a clean run of the same input."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
FAKE = "rich_fake:extract"

SENTENCES = (
    "Rebels attacked Gao on Monday. The army said Rebels lost two trucks.",
    "Envoys met Elders in Kidal. Officials said the talks went well.",
    "Police attacked a camp. Witnesses said Police fired first.",
)


def corpus_lines(n: int, *, prefix: str = "doc") -> list[str]:
    """n JSON lines of distinct small documents, each with an event, attributions and claims."""
    return [
        json.dumps({"id": f"{prefix}-{i:03d}", "text": f"Item {i}. {SENTENCES[i % 3]}", "published": None})
        for i in range(n)
    ]


def write_corpus(path: Path, n: int, *, prefix: str = "doc", extra: list[str] = ()) -> Path:
    path.write_text("\n".join([*corpus_lines(n, prefix=prefix), *extra]) + "\n", encoding="utf-8")
    return path


def env(**extra: str) -> dict[str, str]:
    """The environment of a `newsintel` subprocess that uses the rich fake extractor."""
    values = dict(os.environ)
    values["PYTHONPATH"] = os.pathsep.join([str(REPO / "src"), str(HERE), values.get("PYTHONPATH", "")])
    values["NEWSINTEL_EXTRACTOR"] = FAKE
    values.update(extra)
    return values


def newsintel(*args: str, cwd: Path, timeout: float = 120, **extra_env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "newsintel", *args],
        env=env(**extra_env),
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def ingest_args(corpus: Path, db: Path, *extra: str) -> list[str]:
    return ["ingest", str(corpus), "--db", str(db), "--quiet", "--stages", "none", *extra]


def per_document(db: Path) -> dict[str, tuple[int, int, int, int]]:
    """document id -> (mentions, events, attributions, claims): what 'nothing lost' compares."""
    with sqlite3.connect(db) as conn:
        ids = [row[0] for row in conn.execute("SELECT id FROM documents ORDER BY id")]
        counts = {}
        for table in ("mentions", "events", "attributions", "claims"):
            counts[table] = dict(conn.execute(f"SELECT document_id, count(*) FROM {table} GROUP BY document_id"))
    return {i: tuple(counts[t].get(i, 0) for t in ("mentions", "events", "attributions", "claims")) for i in ids}


def clean_run(corpus: Path, tmp_path: Path) -> dict[str, tuple[int, int, int, int]]:
    """The per-document counts of an uninterrupted serial run of `corpus`."""
    db = tmp_path / f"clean-{corpus.stem}.db"
    done = newsintel(*ingest_args(corpus, db), cwd=tmp_path)
    assert done.returncode in (0, 1), done.stderr
    return per_document(db)


def error_rows(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return sorted(conn.execute("SELECT source, message FROM errors"))


def one_line(stderr: str) -> str:
    """The whole stderr, asserted to be one line with no traceback."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]
