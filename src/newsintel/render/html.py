"""A self-contained, offline HTML report of one article. Every piece of article text is escaped."""

from __future__ import annotations

from importlib import resources

from jinja2 import Environment, FunctionLoader, select_autoescape

from newsintel.ledger.disputes import dispute_lines
from newsintel.records import Report
from newsintel.render.highlight import segments


def template_source(package: str, name: str) -> str | None:
    """A template from `package`'s templates folder, or None when it has none of that name."""
    path = resources.files(package).joinpath("templates", name)
    return path.read_text("utf-8") if path.is_file() else None


def html_environment(*packages: str) -> Environment:
    """Jinja2 with autoescaping, reading templates from the packages in order (then render's)."""
    search = (*packages, "newsintel.render")

    def load(name: str) -> str | None:
        for package in search:
            source = template_source(package, name)
            if source is not None:
                return source
        return None

    env = Environment(loader=FunctionLoader(load), autoescape=select_autoescape(default=True, default_for_string=True))
    env.filters["paragraphs"] = split_paragraphs
    return env


def split_paragraphs(segs):
    """Group segments into paragraphs at newlines, keeping each piece's marks."""
    paragraphs: list[list] = [[]]
    for seg in segs:
        for i, piece in enumerate(seg.text.split("\n")):
            if i > 0:
                paragraphs.append([])
            if piece:
                paragraphs[-1].append((piece, seg))
    return [p for p in paragraphs if p]


def report_context(report: Report) -> dict:
    """What the report panels need, shared with the workbench's document page."""
    return {
        "report": report,
        "paragraphs": split_paragraphs(segments(report)),
        "actors": {a.id: a for a in report.actors},
        "places": {p.id: p for p in report.places},
        "attributions": {a.id: a for a in report.attributions},
        "claims": {c.id: c for c in report.claims},
        "sourcing": report.sourcing,
        "disputes": dispute_lines(report),
    }


_ENV = html_environment()


def render_html(report: Report) -> str:
    return _ENV.get_template("report.html").render(link=lambda kind, ident: "", **report_context(report))
