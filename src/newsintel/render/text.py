"""A readable summary of a Report for the terminal, with Rich."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsintel.records import Report


def print_report(report: Report, *, out: Path | None = None, console: Console | None = None) -> None:
    if console is None:
        if out is not None:
            with out.open("a", encoding="utf-8") as handle:
                print_report(report, console=Console(file=handle, width=110, highlight=False))
            return
        console = Console(highlight=False)
    actors = {a.id: a for a in report.actors}
    places = {p.id: p for p in report.places}
    doc = report.document
    console.rule(Text(doc.title or doc.source or doc.id, style="bold"))
    console.print(Text(f"published {doc.published or 'unknown'} · {len(doc.text.split())} words", style="dim"))
    _attributions(console, report, actors)
    _events(console, report, actors, places)
    _places(console, report)
    _claims(console, report)
    _sourcing(console, report)
    for flag in report.flags:
        console.print(Text.assemble(("check: ", "yellow"), (flag.kind, "bold"), f" {flag.message}"))


def _name(actors, actor_id, fallback=None) -> str:
    if actor_id and actor_id in actors:
        return actors[actor_id].name
    return fallback or "—"


def _attributions(console, report, actors) -> None:
    table = Table(title="Who said what", show_lines=False, expand=True, title_justify="left")
    table.add_column("speaker", ratio=2)
    table.add_column("cue", ratio=1)
    table.add_column("what", ratio=5)
    by_id = {a.id: a for a in report.attributions}
    for a in report.attributions:
        speaker = a.speaker.text or "—"
        if a.speaker.actor:
            speaker += f" → {_name(actors, a.speaker.actor)}"
        if a.speaker.anonymous:
            speaker += " (anonymous)"
        if a.via and a.via in by_id:
            speaker += f" via {by_id[a.via].speaker.text}"
        content = " … ".join(c.text for c in a.content)
        table.add_row(speaker, f"{a.cue.text if a.cue else '—'}\n[dim]{a.kind}, {a.stance}[/dim]", Text(content))
    console.print(table)


def _events(console, report, actors, places) -> None:
    table = Table(title="Events", expand=True, title_justify="left")
    for column in ("source", "action", "target", "CAMEO", "PLOVER", "mode", "place", "date"):
        table.add_column(column)
    for e in report.events:
        table.add_row(
            _name(actors, e.source, e.source_text),
            e.trigger.text,
            _name(actors, e.target, e.target_text),
            e.cameo or "—",
            e.plover or "—",
            e.mode,
            places[e.place].name if e.place in places else "—",
            e.date or "—",
        )
    console.print(table)


def _places(console, report) -> None:
    if not report.places:
        return
    items = []
    for p in report.places:
        where = f" {p.lat:.2f},{p.lon:.2f}" if p.lat is not None else ""
        items.append(f"{p.name} ({p.kind}{', ' + p.country if p.country else ''}{where})")
    console.print(Text.assemble(("Places: ", "bold"), "; ".join(items)))


def _claims(console, report) -> None:
    claims = {c.id: c for c in report.claims}
    if report.claims:
        console.print(Text(f"Claims: {len(report.claims)}", style="bold"))
    from newsintel.ledger.disputes import dispute_lines
    from newsintel.ledger.sourcing import profile_line

    if (line := profile_line(report)) is not None:
        console.print(Text.assemble(("Claims rest on: ", "bold"), line))
    for line in dispute_lines(report):
        console.print(Text.assemble(("Disputed: ", "bold red"), line))
    for r in report.claim_relations:
        left, right = claims.get(r.source), claims.get(r.target)
        style = "red" if r.relation in ("contradicts", "denies") else "green"
        console.print(
            Text.assemble(
                ("  ", ""),
                ((left.speaker_text or "?") if left else r.source, "bold"),
                (f" {r.relation} ", style),
                ((right.speaker_text or "?") if right else r.target, "bold"),
                (f" — {r.evidence}" if r.evidence else "", "dim"),
            )
        )


def _sourcing(console, report) -> None:
    s = report.sourcing
    total = sum(s[k] for k in ("named", "anonymous", "pronoun", "document", "none")) or 1
    console.print(
        Text.assemble(
            ("Sourcing: ", "bold"),
            f"{s['named']} named, {s['anonymous']} anonymous, {s['pronoun']} pronoun, "
            f"{s['document']} documents, {s['none']} unsourced; "
            f"{s['direct']} direct, {s['indirect']} indirect, {s['mixed']} mixed; "
            f"{s.get('second_hand', 0)} second-hand; "
            f"{100 * s['anonymous'] / total:.0f}% anonymous",
        )
    )
