"""A self-contained, offline HTML report of one article. Every piece of article text is escaped."""

from __future__ import annotations

from importlib import resources

from jinja2 import Environment, select_autoescape

from newsintel.records import Report
from newsintel.render.highlight import segments


def _environment() -> Environment:
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    env.filters["paragraphs"] = _split_paragraphs
    return env


def _split_paragraphs(segs):
    """Group segments into paragraphs at blank lines or newlines, keeping marks intact."""
    paragraphs: list[list] = [[]]
    for seg in segs:
        pieces = seg.text.split("\n")
        for i, piece in enumerate(pieces):
            if i > 0:
                paragraphs.append([])
            if piece:
                paragraphs[-1].append((piece, seg))
    return [p for p in paragraphs if p]


def render_html(report: Report) -> str:
    template_text = resources.files("newsintel.render").joinpath("templates/report.html").read_text("utf-8")
    template = _environment().from_string(template_text)
    actors = {a.id: a for a in report.actors}
    places = {p.id: p for p in report.places}
    attributions = {a.id: a for a in report.attributions}
    claims = {c.id: c for c in report.claims}
    return template.render(
        report=report,
        segments=segments(report),
        actors=actors,
        places=places,
        attributions=attributions,
        claims=claims,
        sourcing=report.sourcing,
        disputes=_disputes(report),
    )


def _disputes(report: Report) -> list[str]:
    from newsintel.ledger.disputes import dispute_lines

    return dispute_lines(report)
