"""Server-side SVG: the actor network, the events timeline and the world map.

Drawn here rather than in the browser so the pages need no chart library and no network:
every label is escaped, and the only script on a page is our own small static file.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources

from markupsafe import Markup, escape

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


def network_svg(names: dict[str, str], edges: list[Edge], *, width: int = 1100, height: int = 700,
                link: str = "/actors/{id}", max_nodes: int = 40, max_labels: int = 20) -> Markup:
    """Actors as circles sized by their number of events, edges coloured by cooperation/conflict."""
    import networkx as nx

    if not edges:
        return Markup('<p class="muted">No events between two actors yet.</p>')
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
    label_floor = sorted((degree[n] for n in graph.nodes), reverse=True)[min(max_labels, len(graph)) - 1]
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    margin = 80

    def xy(node: str) -> tuple[float, float]:
        x, y = positions[node]
        return (margin + (x - min(xs)) / span_x * (width - 2 * margin),
                margin + (y - min(ys)) / span_y * (height - 2 * margin))

    parts = [f'<svg class="network" viewBox="0 0 {width} {height}" role="img" aria-label="actor network">']
    for edge in sorted(edges, key=lambda e: e.count):
        (x1, y1), (x2, y2) = xy(edge.source), xy(edge.target)
        stroke = min(1.5 + 1.5 * edge.count, 12)
        tip = f"{names.get(edge.source, edge.source)} – {names.get(edge.target, edge.target)}: {edge.count} events"
        if edge.goldstein is not None:
            tip += f", mean Goldstein {edge.goldstein:+.1f}"
        parts.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{edge_colour(edge.goldstein)}" '
            f'stroke-width="{stroke:.1f}" stroke-opacity="0.75"><title>{escape(tip)}</title></line>'
        )
    for node in graph.nodes:
        x, y = xy(node)
        radius = 6 + 3 * math.sqrt(degree[node])
        name = names.get(node, node)
        href = escape(link.format(id=node))
        parts.append(
            f'<a href="{href}"><circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" fill="#2f6fbd" fill-opacity="0.85">'
            f"<title>{escape(name)}: {degree[node]} events</title></circle>"
            + (f'<text x="{x:.1f}" y="{y - radius - 4:.1f}" text-anchor="middle" class="node-label">'
               f'{escape(name)}</text>'
               if degree[node] >= label_floor else "")
            + "</a>"
        )
    parts.append("</svg>")
    if left_out:
        parts.append(f'<p class="muted">{left_out} actors in smaller, unconnected groups are not drawn.</p>')
    return Markup("".join(parts))


def timeline_svg(counts: dict[str, dict[str, int]], *, width: int = 900, height: int = 260) -> Markup:
    """Stacked bars per period: {"2023-04": {"conflict": 3, "cooperation": 1, "other": 2}}."""
    if not counts:
        return Markup('<p class="muted">No dated events yet.</p>')
    periods = sorted(counts)
    top = max(sum(v.values()) for v in counts.values()) or 1
    left, bottom, plot_h = 40, 40, height - 60
    bar_w = max(4.0, min(60.0, (width - left - 10) / len(periods) - 4))
    colours = {"conflict": CONFLICT, "cooperation": COOPERATION, "other": NEUTRAL}
    parts = [f'<svg class="timeline" viewBox="0 0 {width} {height}" role="img" aria-label="events timeline">',
             f'<line x1="{left}" y1="{height - bottom}" x2="{width - 5}" y2="{height - bottom}" stroke="#999"/>',
             f'<text x="5" y="20" class="axis">{top}</text>']
    for i, period in enumerate(periods):
        x = left + 4 + i * (bar_w + 4)
        y = height - bottom
        for kind in ("conflict", "cooperation", "other"):
            n = counts[period].get(kind, 0)
            if not n:
                continue
            h = n / top * plot_h
            y -= h
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" fill="{colours[kind]}">'
                f"<title>{escape(period)}: {n} {kind}</title></rect>"
            )
        if len(periods) <= 24 or i % max(1, len(periods) // 12) == 0:
            parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{height - bottom + 16}" text-anchor="middle" '
                         f'class="axis">{escape(period)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


@functools.cache
def _world_outline() -> list[tuple[str, str]]:
    """(alpha-2 code, the SVG group for that country) from the installed world outline."""
    from newsintel.optional import require

    require("pygal_maps_world")
    svg = resources.files("pygal_maps_world").joinpath("worldmap.svg").read_text("utf-8")
    groups = re.findall(r'<g class="([a-z]{2}) country map-element">(.*?)</g>', svg, flags=re.S)
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


def world_map_svg(country_counts: dict[str, int], *, outline_url: str = "/assets/worldmap.svg",
                  link: str = "/events?country={code}") -> Markup:
    """The world outline with countries shaded by their number of events (alpha-3 keys)."""
    shaded = []
    for alpha3, n in country_counts.items():
        code = _alpha2(alpha3) if alpha3 else None
        if code and n > 0:
            shaded.append((code, alpha3, n))
    top = max((n for *_, n in shaded), default=1)
    parts = [f'<svg class="worldmap" viewBox="{WORLD_VIEWBOX}" role="img" aria-label="map of event places">',
             f'<use href="{escape(outline_url)}#world"/>']
    for code, alpha3, n in sorted(shaded, key=lambda item: item[2]):
        shade = 0.3 + 0.7 * math.sqrt(n / top)
        parts.append(
            f'<a href="{escape(link.format(code=alpha3))}" class="has-events" data-country="{escape(alpha3)}">'
            f'<use href="{escape(outline_url)}#c-{code}" fill="{CONFLICT}" fill-opacity="{shade:.2f}" '
            'stroke="#ffffff"/>'
            f"<title>{escape(alpha3)}: {n} events</title></a>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))
