"""`newsintel check "CLAIM" PATH...`: which articles support, contradict or only report a claim."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from newsintel.cli.app import app
from newsintel.cli.common import DateOption, check_date, report_error, write_output
from newsintel.errors import ConfigError, NewsintelError
from newsintel.ledger.check import CheckResult
from newsintel.records import Document, Report


@app.command()
def check(
    claim: Annotated[str, typer.Argument(help="The claim to check, in quotes.")],
    paths: Annotated[list[str] | None, typer.Argument(help="Articles (files, folders, JSONL, '-' for stdin).")] = None,
    db: Annotated[
        str | None, typer.Option("--db", help="Check the documents of a newsintel corpus database instead.")
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="JSON lines instead of text.")] = False,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of stdout.")] = None,
    date: DateOption = None,
) -> None:
    """Say for each article whether it supports, contradicts, only reports, or ignores CLAIM."""
    from newsintel.ledger.check import check_claim

    if bool(paths) == bool(db):
        raise ConfigError("give either article PATHs or --db URL (one of the two)")
    documents, failures = _documents(paths, db, check_date(date))
    results = check_claim(claim, documents)
    if json_out:
        write_output("\n".join(json.dumps(r.to_dict(), ensure_ascii=False) for r in results), out)
    else:
        write_output("\n".join(_text(r) for r in results) or "no articles", out)
    if failures:
        raise typer.Exit(code=1)


def _documents(
    paths: list[str] | None, db: str | None, published: str | None
) -> tuple[list[Document], list[NewsintelError]]:
    if db:
        return [report.document for report in stored_reports(db)], []
    from newsintel.ingest.read import ReadOptions, read

    documents: list[Document] = []
    failures: list[NewsintelError] = []
    for result in read(paths or [], ReadOptions(default_date=published)):
        if isinstance(result, NewsintelError):
            report_error(result)
            failures.append(result)
        else:
            documents.append(result)
    return documents, failures


def stored_reports(db: str) -> list[Report]:
    """Every report of a corpus database; a missing SQLite file is an error, not a new database."""
    from newsintel.store.core import open_store

    if "://" not in db and not Path(db).is_file():
        raise ConfigError("no such corpus database", path=db)
    with open_store(db, create=False) as store:
        return list(store.iter_reports(unique=False))


def _text(result: CheckResult) -> str:
    lines = [f"{result.verdict.upper():12} {result.confidence:.2f}  {result.title or result.document}"]
    if result.verdict != "unrelated":
        lines += [f"    “{span.text.strip()}”" for span in result.evidence]
    return "\n".join(lines)
