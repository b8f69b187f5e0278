"""`newsintel check`, `newsintel ledger` and `newsintel eval stance` from the command line."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

SUPPORTING = (
    "The mayor of Springfield resigned on Monday after a long dispute with the council. "
    "He confirmed his resignation in a letter and will leave office at the end of the month."
)
DENYING = (
    "Springfield city hall dismissed reports that the mayor resigned as false. "
    "A spokesperson said the mayor has not resigned and remains in office."
)


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsintel", *args], capture_output=True, text=True, timeout=300)


def test_check_says_what_each_article_does_with_the_claim(tmp_path):
    (tmp_path / "a.txt").write_text(SUPPORTING)
    (tmp_path / "b.txt").write_text(DENYING)
    result = run_cli(
        "check", "The mayor of Springfield resigned", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--json"
    )
    assert result.returncode == 0, result.stderr
    verdicts = [json.loads(line) for line in result.stdout.splitlines()]
    assert [v["verdict"] for v in verdicts] == ["supports", "contradicts"]
    assert (
        verdicts[1]["evidence"][0]["text"]
        == "Springfield city hall dismissed reports that the mayor resigned as false."
    )


def test_check_needs_articles_or_a_database():
    result = run_cli("check", "The mayor resigned")
    assert result.returncode != 0
    assert "give either article PATHs or --db URL" in result.stderr
    missing = run_cli("check", "The mayor resigned", "--db", "/nonexistent/corpus.db")
    assert "no such corpus database" in missing.stderr and "Traceback" not in missing.stderr


@pytest.mark.shared
def test_eval_stance_writes_predictions_and_prints_the_scorer_summary(tmp_path):
    from tests.conftest import shared_path

    scorer = shared_path("eval", "claims", "score.py")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps(
            {
                "id": 1,
                "body": DENYING,
                "pairs": [
                    {"headline": "The mayor of Springfield resigned", "stance": "disagree"},
                    {"headline": "Parliament passes the budget", "stance": "unrelated"},
                ],
            }
        )
        + "\n"
    )
    out = tmp_path / "pred.jsonl"
    result = run_cli("eval", "stance", str(gold), "--out", str(out), "--scorer", str(scorer), "-q")
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["stance"] for line in out.read_text().splitlines()] == ["disagree", "unrelated"]
    assert "FNC-1 score: 1.25 of 1.25 = 100.00%" in result.stdout


def test_eval_stance_rejects_a_malformed_gold_file(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": 1}\n')
    result = run_cli("eval", "stance", str(gold), "--out", str(tmp_path / "p.jsonl"))
    assert result.returncode != 0
    assert "line 1: expected an object with 'pairs'" in result.stderr


@pytest.mark.model
def test_ledger_counts_wire_copies_once(tmp_path):
    wire = (
        "KABUL (Reuters) - Militants attacked a police checkpoint in the northern province overnight, killing "
        "five officers, a provincial spokesman said on Sunday."
    )
    for name, tail in (("w1", ""), ("w2", " Aid groups called for calm."), ("w3", " More details follow.")):
        (tmp_path / f"{name}.txt").write_text(wire + tail)
    (tmp_path / "local.txt").write_text(
        "Residents said militants attacked a police checkpoint in the northern province overnight and killed five "
        "officers. The Taliban denied that militants attacked a police checkpoint in the province."
    )
    result = run_cli("ledger", *(str(p) for p in sorted(tmp_path.glob("*.txt"))), "--json")
    assert result.returncode == 0, result.stderr
    cluster = json.loads(result.stdout)["ledger"]["clusters"][0]
    assert cluster["disputed"]
    asserts, disputes = cluster["sides"]
    assert asserts["independent_origins"] == 2 and len(asserts["claims"]) == 4
    assert disputes["speakers"] == ["Taliban"]
