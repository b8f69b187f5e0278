"""Case 6: results that looked fine and were not. A mistyped --db created an empty database and
reported 0 rows; `ingest /no/such/dir` and an ingest where every document failed exited 0; a
fixed file kept its old error; an unterminated CSV quote stored junk documents; a dangling
symlink was skipped without a word. (The export half of case 6 is in test_exports_keep_events.)"""

from __future__ import annotations

import json

import pytest
from faults import clean_run, error_rows, ingest_args, newsintel, one_line, per_document, write_corpus


@pytest.mark.parametrize("command", [["corpus", "stats"], ["corpus", "errors"], ["export", "--format", "jsonl"]])
def test_6c_reading_commands_refuse_a_database_that_does_not_exist(tmp_path, command):
    done = newsintel(*command, "--db", "typo.db", cwd=tmp_path)
    assert (done.returncode, one_line(done.stderr)) == (
        2,
        "newsintel: typo.db: no such database; create one with 'newsintel ingest FILES --db PATH' [E600]",
    )
    assert not (tmp_path / "typo.db").exists()


def test_6d_ingest_of_a_missing_folder_exits_non_zero_and_says_how_many(tmp_path):
    done = newsintel(*ingest_args(tmp_path / "no" / "such", tmp_path / "x.db"), cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.split("\n")[:2] == [
        "warning 1 input(s) could not be read (see 'newsintel corpus errors')",
        "warning no document could be analysed: 0 failed, 1 unreadable",
    ]


def test_6e_an_ingest_where_every_document_failed_exits_non_zero(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        "\n".join(json.dumps({"id": f"f{i}", "text": f"Bad {i} FAIL-STAGE."}) for i in range(3)) + "\n",
        encoding="utf-8",
    )
    done = newsintel(*ingest_args(corpus, tmp_path / "x.db"), cwd=tmp_path)
    assert done.returncode == 1 and "no document could be analysed: 3 failed, 0 unreadable" in done.stderr


def test_6f_a_fixed_file_clears_its_old_error(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Rebels attacked Gao. The army said so.", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"Rebels \xff attacked Kidal.")  # not UTF-8
    db = tmp_path / "c.db"
    assert newsintel(*ingest_args(folder, db), cwd=tmp_path).returncode == 1
    assert [source for source, _ in error_rows(db)] == [str(folder / "b.txt")]
    (folder / "b.txt").write_text("Rebels attacked Kidal. Officials said so.", encoding="utf-8")
    assert newsintel(*ingest_args(folder, db), cwd=tmp_path).returncode == 0
    assert error_rows(db) == [] and len(per_document(db)) == 2


def test_6g_broken_csv_quotes_are_errors_not_documents(tmp_path):
    corpus = tmp_path / "c.csv"
    corpus.write_text(
        'id,text\n1,"Rebels attacked Gao."\n2,"He said "no" to it",x\n3,"Police attacked a camp."\n'
        '4,"never closed\n5,Envoys met Elders.\n',
        encoding="utf-8",
    )
    db = tmp_path / "c.db"
    done = newsintel(*ingest_args(corpus, db), cwd=tmp_path)
    assert done.returncode == 1 and "2 input(s) could not be read" in done.stderr
    assert sorted(per_document(db)) == ["1", "3"]
    assert error_rows(db) == [
        (f"{corpus}:3", "broken CSV quoting (',' expected after '\"'); fix the quotes of this row"),
        (f"{corpus}:5", "broken CSV quoting (unexpected end of data); fix the quotes of this row"),
    ]


def test_6h_skipped_symbolic_links_are_reported(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Rebels attacked Gao.", encoding="utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (folder / "elsewhere").symlink_to(tmp_path)
    db = tmp_path / "c.db"
    assert newsintel(*ingest_args(folder, db), cwd=tmp_path).returncode == 1
    assert error_rows(db) == [
        (str(folder / "elsewhere"), "symbolic link to a folder (not followed; pass it on the command line): skipped"),
        (str(folder / "gone.txt"), "symbolic link to nothing: skipped"),
    ]
    assert len(per_document(db)) == 1


def test_6i_nothing_lost_in_a_corpus_with_every_kind_of_bad_line(tmp_path):
    good = write_corpus(tmp_path / "good.jsonl", 9)
    mixed = write_corpus(
        tmp_path / "mixed.jsonl",
        9,
        extra=["{oops", '{"id": "x", "body": "no text field"}', '{"id": "f", "text": "Bad FAIL-STAGE."}'],
    )
    db = tmp_path / "m.db"
    assert newsintel(*ingest_args(mixed, db, "--batch-size", "2"), cwd=tmp_path).returncode == 1
    assert per_document(db) == clean_run(good, tmp_path)
    assert len(error_rows(db)) == 3
