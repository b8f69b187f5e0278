import json
import subprocess
import sys

import pytest

from newsintel.schema import validate_report

ARTICLE = (
    "Rebels attacked an army base near Goma on Monday, the army said.\n\n"
    "“We repelled the assault,” said Colonel Jean Mbuyi, a military spokesman. "
    "The rebels denied the claim.\n"
)


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "newsintel", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_bad_inputs_get_one_line_errors_and_a_nonzero_exit(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x00")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("d\xe9j\xe0 vu".encode("latin-1"))
    result = run_cli("analyze", str(empty), str(binary), str(latin), str(tmp_path / "missing.txt"))
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 4, result.stderr
    assert "Traceback" not in result.stderr
    for path, problem in [
        (empty, "empty"),
        (binary, "binary"),
        (latin, "UTF-8"),
        (tmp_path / "missing.txt", "no such file"),
    ]:
        assert any(str(path) in line and problem in line for line in lines), (path, result.stderr)


def test_bad_date_is_a_clear_error(tmp_path):
    result = run_cli("analyze", "-", "--date", "27/04/2023", stdin="Text.")
    assert result.returncode != 0
    assert "--date must be YYYY-MM-DD" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.model
def test_good_file_is_analysed_even_when_others_fail(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    result = run_cli("analyze", str(tmp_path / "missing.txt"), str(good), "--format", "json", "--date", "2024-03-19")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    validate_report(data)
    assert data["document"]["published"] == "2024-03-19"


@pytest.mark.model
def test_stdin_json_is_schema_valid():
    result = run_cli("analyze", "-", "--format", "json", stdin=ARTICLE)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    validate_report(data)
    assert data["document"]["text"] == ARTICLE
