"""ACLED's notes are for measurement only (their terms of use): no wording of a note may enter the
repository, not even as an example in a comment or a test sentence. Checked against the dev notes
in ../shared; skipped when they are absent."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from tests.conftest import shared_path

REPO = Path(__file__).resolve().parents[1]
WORDS = re.compile(r"\w+")
RUN = 8  # words in a row: long enough that ordinary English phrases do not collide


def _runs(text: str) -> set[str]:
    words = WORDS.findall(text.lower())
    return {" ".join(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def _tracked_text_files() -> list[Path]:
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=False).stdout
    return [REPO / name for name in listed.decode().split("\0") if name]


def test_no_tracked_file_repeats_the_wording_of_an_acled_note():
    notes = shared_path("eval", "acled", "acled_dev.jsonl")
    note_runs: set[str] = set()
    for line in notes.read_text(encoding="utf-8").splitlines():
        if line.strip():
            note_runs |= _runs(json.loads(line)["text"])
    found = {}
    for path in _tracked_text_files():
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        shared = _runs(text) & note_runs
        if shared:
            found[str(path.relative_to(REPO))] = sorted(shared)[:3]
    assert found == {}
