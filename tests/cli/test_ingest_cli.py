"""`newsintel ingest` and `newsintel corpus`: thin commands over the library."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsintel.cli import _register_commands, app

HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def runner():
    _register_commands()
    return CliRunner()


@pytest.fixture
def fake_extractor(monkeypatch):
    monkeypatch.syspath_prepend(str(HERE.parent / "scale"))
    monkeypatch.setenv("NEWSINTEL_EXTRACTOR", "fake_extractor:extract")


def test_ingest_then_inspect(runner, fake_extractor, tmp_path):
    corpus = tmp_path / "in.jsonl"
    corpus.write_text(json.dumps({"id": "a", "body": "Rebels met Envoys."}) + "\n{oops\n", encoding="utf-8")
    db = tmp_path / "cli.db"
    result = runner.invoke(
        app,
        ["ingest", str(corpus), "--db", str(db), "--text-field", "body", "--date", "2024-02-03", "--stages", "none"],
    )
    assert result.exit_code == 1, result.output  # a line could not be read: said, and not exit 0
    assert "run 1: 1 added, 0 already stored, 1 errors" in result.stderr
    assert "1 input(s) could not be read" in result.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT id, published FROM documents").fetchall() == [("a", "2024-02-03")]
    errors = runner.invoke(app, ["corpus", "errors", "--db", str(db)])
    assert (
        errors.stdout.strip()
        == f"{corpus}:2: not valid JSON: Expecting property name enclosed in double quotes (column 2) [E100]"
    )
    stats = json.loads(runner.invoke(app, ["corpus", "stats", "--db", str(db)]).stdout)
    assert (stats["documents"], stats["actors"], stats["errors"]) == (1, 2, 1)
    again = runner.invoke(
        app, ["ingest", str(corpus), "--db", str(db), "--text-field", "body", "--quiet", "--stages", "none"]
    )
    assert again.exit_code == 1
    assert again.stderr == "warning 1 input(s) could not be read (see 'newsintel corpus errors')\n"


def test_bad_options_are_one_line_errors(runner, tmp_path):
    result = runner.invoke(app, ["ingest", str(tmp_path), "--stages", "bogus"])
    assert result.exit_code != 0 and "unknown stage 'bogus'" in str(result.exception or result.output)
    result = runner.invoke(app, ["ingest", str(tmp_path), "--date", "03/02/2024"])
    assert "--date must be YYYY-MM-DD" in str(result.exception or result.output)
