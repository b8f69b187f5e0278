"""Server-side SVG: the actor network, the events timeline and the world map.

Drawn here rather than in the browser so the pages need no chart library and no network:
every label is escaped, and the only script on a page is our own small static file.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

from markupsafe import Markup, escape

from newsintel.web.text import show_controls, url_id

COOPERATION = "#2f8f4e"
CONFLICT = "#c2362b"
NEUTRAL = "#8a94a3"


@dataclass(slots=True)
class Edge:
    source: str
    target: str
    count: int
    goldstein: float | None  # mean Goldstein score: < 0 conflict, > 0 cooperation


def edge_colour(goldstein: float | None) -> str:
    if goldstein is None or abs(goldstein) < 0.5:
        return NEUTRAL
    return COOPERATION if goldstein > 0 else CONFLICT


def network_svg(
    names: dict[str, str],
    edges: list[Edge],
    *,
    width: int = 1100,
    height: int = 700,
    link: Callable[[str], str] = lambda ident: f"/actors/{url_id(ident)}",
    max_nodes: int = 40,
    max_labels: int = 25,
) -> Markup:
    """Actors as circles sized by their number of events, edges coloured by cooperation/conflict;
    labels placed where they overlap no other label or circle; zoom and pan by app.js."""
    import networkx as nx

    if not edges:
        return Markup('<p class="muted">No events between two actors match.</p>')
    degree: Counter = Counter()
    for edge in edges:
        degree[edge.source] += edge.count
        degree[edge.target] += edge.count
    # A readable picture holds a few dozen actors: keep the busiest, and their edges.
    kept = {node for node, _ in degree.most_common(max_nodes)}
    edges = [e for e in edges if e.source in kept and e.target in kept]
    graph = nx.Graph()
    for edge in edges:
        graph.add_edge(edge.source, edge.target)
    # Draw the largest connected group; scattered pairs would squeeze it into a corner.
    main = max(nx.connected_components(graph), key=lambda c: sum(degree[n] for n in c))
    left_out = graph.number_of_nodes() - len(main)
    graph = graph.subgraph(main).copy()
    edges = [e for e in edges if e.source in main]
    positions = nx.kamada_kawai_layout(graph) if len(graph) > 2 else nx.circular_layout(graph)
    xy = _scaler(positions, width, height, margin=80)
    radius = {node: 6 + 3 * math.sqrt(degree[node]) for node in graph.nodes}
    labels = place_labels(
        {n: xy(n) for n in graph.nodes},
        radius,
        {n: names.get(n, n) for n in graph.nodes},
        order=sorted(graph.nodes, key=lambda n: (-degree[n], n))[:max_labels],
    )
    parts = [
        f'<svg class="network zoomable" viewBox="0 0 {width} {height}" role="img" aria-label="actor network">',
        '<g class="edges">',
    ]
    for edge in sorted(edges, key=lambda e: e.count):
        (x1, y1), (x2, y2) = xy(edge.source), xy(edge.target)
        stroke = min(1.5 + 1.5 * edge.count, 12)
        tip = f"{names.get(edge.source, edge.source)} – {names.get(edge.target, edge.target)}: {edge.count} events"
        if edge.goldstein is not None:
            tip += f", mean Goldstein {edge.goldstein:+.1f}"
        parts.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{edge_colour(edge.goldstein)}" '
            f'stroke-width="{stroke:.1f}" stroke-opacity="0.75"><title>{_text(tip)}</title></line>'
        )
    parts.append("</g>")
    for node in graph.nodes:
        x, y = xy(node)
        name = _text(names.get(node, node))
        label = ""
        if node in labels:
            lx, ly, anchor = labels[node]
            label = (
                f'<text x="{lx:.1f}" y="{ly:.1f}" text-anchor="{anchor}" class="node-label">'
                f"{_text(short_label(names.get(node, node)))}</text>"
            )
        parts.append(
            f'<a href="{escape(link(node))}"><circle cx="{x:.1f}" cy="{y:.1f}" r="{radius[node]:.1f}" '
            f'fill="#2f6fbd" fill-opacity="0.85"><title>{name}: {degree[node]} events</title></circle>{label}</a>'
        )
    parts.append("</svg>")
    controls = (
        '<div class="zoom-controls"><button type="button" data-zoom="in" title="zoom in">+</button>'
        '<button type="button" data-zoom="out" title="zoom out">−</button>'
        '<button type="button" data-zoom="reset" title="fit">fit</button>'
        '<span class="muted">scroll to zoom, drag to pan</span></div>'
    )
    if left_out:
        parts.append(f'<p class="muted">{left_out} actors in smaller, unconnected groups are not drawn.</p>')
    return Markup(controls + "".join(parts))


def _scaler(positions: dict, width: int, height: int, *, margin: int) -> Callable[[str], tuple[float, float]]:
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0

    def xy(node: str) -> tuple[float, float]:
        x, y = positions[node]
        return (
            margin + (x - min(xs)) / span_x * (width - 2 * margin),
            margin + (y - min(ys)) / span_y * (height - 2 * margin),
        )

    return xy


LABEL_CHARS = 28
CHAR_WIDTH = 6.8  # px per character at the labels' 12 px font: wide enough for capitals
LABEL_HEIGHT = 14.0

Box = tuple[float, float, float, float]  # left, top, right, bottom


def short_label(name: str) -> str:
    return name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1] + "…"


def label_box(x: float, y: float, anchor: str, text: str) -> Box:
    """The box a label drawn at (x, y) baseline with `anchor` occupies."""
    width = len(text) * CHAR_WIDTH
    left = x - width / 2 if anchor == "middle" else x if anchor == "start" else x - width
    return (left, y - LABEL_HEIGHT + 3, left + width, y + 3)


def overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def place_labels(
    points: dict[str, tuple[float, float]], radius: dict[str, float], names: dict[str, str], *, order: list[str]
) -> dict[str, tuple[float, float, str]]:
    """Greedy label placement: in `order` (busiest first), each label takes the first spot
    (above, below, right, left of its circle) that overlaps no placed label and no circle; a
    label with no free spot is left out (its name stays in the circle's tooltip)."""
    circles = [(x - radius[n], y - radius[n], x + radius[n], y + radius[n]) for n, (x, y) in points.items()]
    placed: list[Box] = []
    labels: dict[str, tuple[float, float, str]] = {}
    for node in order:
        x, y = points[node]
        r = radius[node]
        text = short_label(names[node])
        for lx, ly, anchor in (
            (x, y - r - 4, "middle"),
            (x, y + r + 13, "middle"),
            (x + r + 4, y + 4, "start"),
            (x - r - 4, y + 4, "end"),
        ):
            box = label_box(lx, ly, anchor, text)
            if any(overlaps(box, other) for other in placed) or any(overlaps(box, c) for c in circles):
                continue
            placed.append(box)
            labels[node] = (lx, ly, anchor)
            break
    return labels


def _text(value: str) -> Markup:
    return escape(show_controls(value))


def _month_index(month: str) -> int:
    return int(month[:4]) * 12 + int(month[5:7]) - 1


def _month_of(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def timeline_svg(
    timeline: dict, *, width: int = 900, height: int = 260, link: Callable[[str], str] | None = None
) -> Markup:
    """Stacked bars per month on a continuous month axis (empty months keep their place), from
    {"months": {"2023-04": {"conflict": 3, "cooperation": 1, "other": 2}}, "year_only": n}."""
    counts = timeline.get("months", {})
    note = (
        f'<p class="muted">{timeline["year_only"]} events dated only to a year are not on the axis.</p>'
        if timeline.get("year_only")
        else ""
    )
    if not counts:
        return Markup('<p class="muted">No events dated to a month.</p>' + note)
    first, last = min(map(_month_index, counts)), max(map(_month_index, counts))
    months = [_month_of(i) for i in range(first, last + 1)]
    top = max(sum(v.values()) for v in counts.values()) or 1
    left, bottom, plot_h = 40, 40, height - 60
    step = (width - left - 10) / len(months)
    bar_w = max(1.0, min(60.0, step * 0.8))
    colours = {"conflict": CONFLICT, "cooperation": COOPERATION, "other": NEUTRAL}
    parts = [
        f'<svg class="timeline" viewBox="0 0 {width} {height}" role="img" aria-label="events per month">',
        f'<line x1="{left}" y1="{height - bottom}" x2="{width - 5}" y2="{height - bottom}" stroke="#999"/>',
        f'<text x="5" y="20" class="axis">{top}</text>',
    ]
    label_every = max(1, math.ceil(len(months) / 12))
    for i, month in enumerate(months):
        x = left + i * step + (step - bar_w) / 2
        bars = _stack(
            counts.get(month, {}),
            x=x,
            bar_w=bar_w,
            base=height - bottom,
            scale=plot_h / top,
            colours=colours,
            month=month,
        )
        if bars:
            href = f'<a href="{escape(link(month))}" class="month" data-month="{month}">' if link else "<g>"
            parts.append(href + "".join(bars) + ("</a>" if link else "</g>"))
        if i % label_every == 0:
            parts.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{height - bottom + 16}" text-anchor="middle" '
                f'class="axis">{month}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts) + note)


def _stack(
    kinds: dict[str, int], *, x: float, bar_w: float, base: float, scale: float, colours: dict[str, str], month: str
) -> list[str]:
    bars, y = [], base
    for kind in ("conflict", "cooperation", "other"):
        n = kinds.get(kind, 0)
        if not n:
            continue
        h = n * scale
        y -= h
        bars.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" fill="{colours[kind]}">'
            f"<title>{month}: {n} {kind}</title></rect>"
        )
    return bars


@functools.cache
def _world_outline() -> list[tuple[str, str]]:
    """(alpha-2 code, the SVG group for that country) from the installed world outline."""
    from newsintel.optional import require

    require("pygal_maps_world")
    svg = resources.files("pygal_maps_world").joinpath("worldmap.svg").read_text("utf-8")
    groups = re.findall(r'<g class="([a-z]{2}) country map-element">(.*?)</g>', svg, flags=re.DOTALL)
    return [(code, body.strip()) for code, body in groups]


def _alpha2(alpha3: str) -> str | None:
    import pycountry

    country = pycountry.countries.get(alpha_3=alpha3)
    return country.alpha_2.lower() if country else None


WORLD_VIEWBOX = "0 0 2475 1388"


@functools.cache
def world_outline_svg() -> str:
    """The whole outline as one SVG document, each country a group with id "c-<alpha-2>".

    Served once as a static asset; map pages reference its groups with <use>, so a page
    carries only the countries it colours.
    """
    groups = "".join(f'<g id="c-{code}">{body}</g>' for code, body in _world_outline())
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{WORLD_VIEWBOX}">'
        f'<g id="world" fill="#dfe3e8" stroke="#ffffff" stroke-width="0.6">{groups}</g></svg>'
    )


def world_map_svg(
    country_counts: dict[str, int],
    *,
    outline_url: str = "/assets/worldmap.svg",
    link: Callable[[str], str] = lambda code: f"/events?place_country={code}",
) -> Markup:
    """The world outline with countries shaded by their number of events (alpha-3 keys)."""
    shaded = []
    for alpha3, n in country_counts.items():
        code = _alpha2(alpha3) if alpha3 else None
        if code and n > 0:
            shaded.append((code, alpha3, n))
    top = max((n for *_, n in shaded), default=1)
    parts = [
        f'<svg class="worldmap" viewBox="{WORLD_VIEWBOX}" role="img" aria-label="map of event places">',
        f'<use href="{escape(outline_url)}#world"/>',
    ]
    for code, alpha3, n in sorted(shaded, key=lambda item: item[2]):
        shade = 0.3 + 0.7 * math.sqrt(n / top)
        parts.append(
            f'<a href="{escape(link(alpha3))}" class="has-events" data-country="{escape(alpha3)}">'
            f'<use href="{escape(outline_url)}#c-{code}" fill="{CONFLICT}" '
            f'fill-opacity="{shade:.2f}" stroke="#ffffff"/>'
            f"<title>{escape(alpha3)}: {n} events</title></a>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))
