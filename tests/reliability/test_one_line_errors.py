"""Case 7: tracebacks and a password in clear. PostgreSQL going away printed chained tracebacks
with postgresql+psycopg://user:PASSWORD@host; `export --db notes.txt`, `--format parquet --out
existing-file` and `--out existing-folder` gave tracebacks; UTF-16 was called "binary"; a bad
--since was reported as --date; mysql:// suggested installing newsintel[all]."""

from __future__ import annotations

import builtins
import codecs
import contextlib

import pytest
from faults import newsintel, one_line

from newsintel.errors import MissingDependency, NewsintelError, StoreError, mask_credentials
from newsintel.ingest.read import ReadOptions, read
from newsintel.store import open_store


def test_7a_passwords_are_masked_in_every_message():
    assert mask_credentials("at postgresql+psycopg://ana:s3cr%40t@db:5432/news and https://u:p@h/x") == (
        "at postgresql+psycopg://ana:***@db:5432/news and https://u:***@h/x"
    )
    assert str(NewsintelError("cannot reach postgresql://ana:s3cret@db/news")) == (
        "cannot reach postgresql://ana:***@db/news [E000]"
    )


def test_7b_an_unreachable_postgresql_is_one_line_without_the_password(tmp_path):
    pytest.importorskip("psycopg")
    done = newsintel("corpus", "stats", "--db", "postgresql://ana:s3cret@127.0.0.1:1/news", cwd=tmp_path)
    line = one_line(done.stderr)
    assert done.returncode == 2 and "s3cret" not in line
    assert line.startswith("newsintel: postgresql+psycopg://ana:***@127.0.0.1:1/news: cannot open the database: ")


def test_7c_export_from_a_file_that_is_not_a_database(tmp_path):
    (tmp_path / "notes.txt").write_text("shopping list\n" * 100, encoding="utf-8")
    done = newsintel("export", "--db", "notes.txt", "--format", "jsonl", cwd=tmp_path)
    assert (done.returncode, one_line(done.stderr)) == (
        2,
        "newsintel: notes.txt: cannot open the database: file is not a database [E600]",
    )


def test_7d_export_out_mixups_are_one_line(tmp_path):
    open_store(tmp_path / "c.db").close()
    (tmp_path / "existing-file").write_text("x", encoding="utf-8")
    (tmp_path / "existing-folder").mkdir()
    parquet = newsintel("export", "--db", "c.db", "--format", "parquet", "--out", "existing-file", cwd=tmp_path)
    assert (parquet.returncode, one_line(parquet.stderr)) == (
        2,
        (
            "newsintel: existing-file: --format parquet writes one file per table into a folder, and --out is a "
            "file: give a folder [E200]"
        ),
    )
    gdelt = newsintel("export", "--db", "c.db", "--format", "gdelt", "--out", "existing-folder", cwd=tmp_path)
    assert (gdelt.returncode, one_line(gdelt.stderr)) == (
        2,
        "newsintel: existing-folder: --out is a folder; this format writes one file: give a file name [E200]",
    )


def test_7e_a_bad_since_names_since(tmp_path):
    open_store(tmp_path / "c.db").close()
    done = newsintel("export", "--db", "c.db", "--format", "gdelt", "--since", "2024/01/01", cwd=tmp_path)
    assert one_line(done.stderr) == "newsintel: --since must be YYYY-MM-DD, got '2024/01/01' [E200]"


def test_7f_mysql_names_the_databases_newsintel_supports():
    with pytest.raises(StoreError) as caught:
        open_store("mysql://ana:s3cret@db/news")
    assert str(caught.value) == (
        "unsupported database mysql://...: newsintel stores corpora in SQLite (a file "
        "path) or PostgreSQL (postgresql://user@host/db) [E600]"
    )


@pytest.mark.parametrize("bom", [True, False], ids=["with-bom", "without-bom"])
def test_7g_utf16_text_is_read(tmp_path, bom):
    text = "Rebels attacked Gao on Monday."
    path = tmp_path / "u16.txt"
    path.write_bytes((codecs.BOM_UTF16_LE if bom else b"") + text.encode("utf-16-le"))
    (document,) = read([path])
    assert document.text == text


def test_7h_utf16_json_lines_are_named_not_called_binary(tmp_path):
    path = tmp_path / "u16.jsonl"
    path.write_bytes(codecs.BOM_UTF16_LE + '{"text": "Rebels attacked Gao."}\n'.encode("utf-16-le"))
    (error,) = read([path], ReadOptions())
    assert str(error) == (
        f"{path}: file is UTF-16, not UTF-8: JSON lines must be UTF-8; convert it with iconv -f UTF-16 -t UTF-8 [E100]"
    )


def test_7i_a_broken_install_of_the_readers_names_what_is_missing(tmp_path, monkeypatch):
    import sys

    (tmp_path / "a.html").write_text("<html><body><p>Rebels attacked Gao.</p></body></html>", encoding="utf-8")
    monkeypatch.delitem(sys.modules, "newsintel.ingest.formats", raising=False)
    real_import = builtins.__import__

    def broken(name, *args, **kwargs):
        if name in ("csv", "newsintel.ingest.formats") and "newsintel.ingest.formats" not in sys.modules:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", broken)
    with pytest.raises(MissingDependency) as caught:
        list(read([tmp_path / "a.html"]))
    assert "this feature needs the 'newsintel.ingest.formats' package" in str(caught.value)


def test_7j_no_import_cycle_between_read_and_formats():
    import ast
    from pathlib import Path

    import newsintel.ingest.formats as formats

    tree = ast.parse(Path(formats.__file__).read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert "newsintel.ingest.read" not in imported


class _Proxy:
    """A TCP forwarder on 127.0.0.1 to the test PostgreSQL server; `cut()` makes the server go
    away for every connection through it, as a stopped or unreachable server does."""

    def __init__(self, host: str, port: int) -> None:
        import socket
        import threading

        self.target, self.sockets, self.open = (host, port), [], True
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        import socket
        import threading

        while self.open:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target, timeout=10)
            self.sockets += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source, sink) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass

    def cut(self) -> None:
        import socket

        self.open = False
        for sock in [self.listener, *self.sockets]:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)  # wakes the forwarding threads and sends FIN
            sock.close()


@pytest.mark.postgres
def test_7k_postgresql_going_away_mid_ingest_is_one_line_with_the_password_masked(tmp_path):
    import os
    import subprocess
    import sys
    import time
    from urllib.parse import urlsplit

    from faults import env, write_corpus
    from sqlalchemy import create_engine, text

    url = os.environ.get("NEWSINTEL_TEST_POSTGRES_URL")
    if not url:
        pytest.skip('set NEWSINTEL_TEST_POSTGRES_URL (eval "$(scripts/start-postgres.sh)") to run PostgreSQL tests')
    admin = create_engine(url.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:  # a database of its own: other tests reset the shared one
        conn.execute(text("DROP DATABASE IF EXISTS newsintel_going_away"))
        conn.execute(text("CREATE DATABASE newsintel_going_away"))
    admin.dispose()
    parts = urlsplit(url)
    proxy = _Proxy(parts.hostname, parts.port or 5432)
    db = f"postgresql://{parts.username}:hunter2@127.0.0.1:{proxy.port}/newsintel_going_away"
    corpus = write_corpus(tmp_path / "c.jsonl", 40)
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "newsintel",
            "ingest",
            str(corpus),
            "--db",
            db,
            "--quiet",
            "--stages",
            "none",
            "--batch-size",
            "2",
        ],
        env=env(NEWSINTEL_FAKE_DELAY="0.3"),
        cwd=tmp_path,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(8)
    assert process.poll() is None, process.stderr.read()
    proxy.cut()
    code, stderr = process.wait(timeout=120), process.stderr.read()
    line = one_line(stderr)
    assert code == 2 and "hunter2" not in stderr
    assert line.startswith(f"newsintel: postgresql+psycopg://{parts.username}:***@127.0.0.1:{proxy.port}/")
