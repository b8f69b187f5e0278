"""The actor network as GraphML (Gephi, Cytoscape, networkx): actors are nodes; a directed
edge source -> target carries the number of events between them, their mean Goldstein score,
their counts by quad class, and the number of claim disputes (the source's claims
contradicting or denying the target's)."""

from __future__ import annotations

from typing import Any

from newsintel.store import EventFilter, Store


def actor_graph(store: Store, flt: EventFilter = EventFilter()) -> Any:  # a networkx.DiGraph
    """A networkx DiGraph of the actors and events `flt` covers."""
    import networkx as nx

    network = store.actor_network(flt)
    graph = nx.DiGraph(name="newsintel actor network")
    for actor in network["actors"]:
        graph.add_node(actor["actor_id"], **_attributes(actor, exclude=("actor_id",)))
    for edge in network["events"]:
        _ensure_nodes(graph, edge["source"], edge["target"])
        graph.add_edge(
            edge["source"],
            edge["target"],
            events=int(edge["events"]),
            goldstein_mean=float(edge["goldstein_mean"]) if edge["goldstein_mean"] is not None else 0.0,
            has_goldstein=edge["goldstein_mean"] is not None,
            **{f"quad{q}": int(edge[f"quad{q}"] or 0) for q in (1, 2, 3, 4)},
            disputes=0,
        )
    for edge in network["disputes"]:
        _ensure_nodes(graph, edge["source"], edge["target"])
        if graph.has_edge(edge["source"], edge["target"]):
            graph.edges[edge["source"], edge["target"]]["disputes"] = int(edge["disputes"])
        else:
            graph.add_edge(
                edge["source"],
                edge["target"],
                events=0,
                goldstein_mean=0.0,
                has_goldstein=False,
                quad1=0,
                quad2=0,
                quad3=0,
                quad4=0,
                disputes=int(edge["disputes"]),
            )
    for _, _, data in graph.edges(data=True):
        data["weight"] = data["events"] + data["disputes"]
    return graph


def _ensure_nodes(graph: Any, *ids: str) -> None:
    for node in ids:
        if node not in graph:
            graph.add_node(node, name=node, type="", country="", cameo="", documents=0)


def _attributes(row: dict[str, Any], *, exclude: tuple[str, ...]) -> dict[str, Any]:
    # GraphML has no null: missing strings become "".
    return {key: ("" if value is None else value) for key, value in row.items() if key not in exclude}


def graphml_text(store: Store, flt: EventFilter = EventFilter()) -> str:
    import networkx as nx

    return "\n".join(nx.generate_graphml(actor_graph(store, flt))) + "\n"
