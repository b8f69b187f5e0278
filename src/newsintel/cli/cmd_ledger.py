"""`newsintel ledger PATH... | --db URL`: claims across articles, who holds each side, and how
many independent origins stand behind it; plus the corpus' sourcing profile."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from newsintel.cli.app import app
from newsintel.cli.common import DateOption, ModelOption, check_date, report_error, write_output
from newsintel.errors import ConfigError, NewsintelError
from newsintel.ledger.claims import Ledger
from newsintel.ledger.sourcing import SourcingProfile
from newsintel.records import Document, Report


@app.command()
def ledger(
    paths: Annotated[list[str] | None, typer.Argument(help="Articles to analyse (files, folders, JSONL, '-').")] = None,
    db: Annotated[str | None, typer.Option("--db", help="Use the reports stored in a corpus database instead.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="JSON instead of text.")] = False,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of stdout.")] = None,
    date: DateOption = None,
    model: ModelOption = None,
) -> None:
    """Cluster claims across articles; count independent origins per side; profile the sourcing."""
    from newsintel.ledger.claims import reconcile
    from newsintel.ledger.sourcing import corpus_profile

    if bool(paths) == bool(db):
        raise ConfigError("give either article PATHs or --db URL (one of the two)")
    reports, failures = _reports(paths, db, check_date(date), model)
    result = reconcile(reports)
    profile = corpus_profile(reports)
    if json_out:
        write_output(
            json.dumps({"ledger": result.to_dict(), "sourcing": profile.to_dict()}, ensure_ascii=False, indent=2), out
        )
    else:
        write_output(render_ledger(result, profile, documents=len(reports)), out)
    if failures:
        raise typer.Exit(code=1)


def _reports(
    paths: list[str] | None, db: str | None, published: str | None, model: str | None
) -> tuple[list[Report], list[NewsintelError]]:
    if db:
        from newsintel.cli.cmd_check import stored_reports

        return stored_reports(db), []
    from newsintel.analysis import analyze_many
    from newsintel.ingest.read import ReadOptions, read

    documents: list[Document] = []
    failures: list[NewsintelError] = []
    reports: list[Report] = []
    for read_result in read(paths or [], ReadOptions(default_date=published)):
        if isinstance(read_result, NewsintelError):
            failures.append(read_result)
        else:
            documents.append(read_result)
    for result in analyze_many(documents, model=model):
        if isinstance(result, NewsintelError):
            failures.append(result)
        else:
            reports.append(result)
    for error in failures:
        report_error(error)
    return reports, failures


def render_ledger(result: Ledger, profile: SourcingProfile, *, documents: int) -> str:
    lines = [
        f"{documents} documents, {profile.claims} claims, {len(result.clusters)} propositions held in "
        "several documents or disputed"
    ]
    for cluster in result.clusters:
        flag = "DISPUTED " if cluster.disputed else ""
        lines.append(f"\n{flag}{cluster.id}: {cluster.proposition}")
        for side in cluster.sides:
            lines.append(
                f"  {side.position}: {side.independent} independent origin(s), "
                f"{len(side.claims)} claim(s) — {', '.join(side.speakers)}"
            )
            for origin in side.origins:
                copies = f" ({origin.copies} copies: {', '.join(origin.documents)})" if origin.copies > 1 else ""
                lines.append(f"    · {origin.key}{copies}")
        for relation in cluster.relations:
            evidence = f": {relation.link.evidence}" if relation.link.evidence else ""
            confidence = f" ({relation.link.confidence:.2f})" if relation.link.confidence is not None else ""
            lines.append(
                f"  {relation.source[0]} {relation.link.relation} {relation.target[0]} "
                f"[{relation.link.rule}]{evidence}{confidence}"
            )
    shares = profile.to_dict()["shares_of_attributed"]
    lines.append(
        f"\nSourcing: {profile.attributed} attributed claims; " + ", ".join(f"{k} {v:.0%}" for k, v in shares.items())
    )
    if profile.resting_on:
        lines.append("Rest on: " + ", ".join(f"{name} ({n})" for name, n in profile.resting_on.most_common(5)))
    return "\n".join(lines)
