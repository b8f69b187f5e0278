"""What the workbench shows, read from the store: one function per view, plain data out."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from newsintel.errors import NewsintelError
from newsintel.records import Report
from newsintel.store.queries import EventFilter, Page
from newsintel.web.graphics import Edge

# The ledger compares every claim with every other: keep the web's view to recent documents.
LEDGER_DOCUMENTS = 400


@dataclass(frozen=True, slots=True)
class EventFilters:
    since: str | None = None
    until: str | None = None
    actor: str | None = None
    country: str | None = None
    code: str | None = None
    mode: str | None = None

    def store_filter(self) -> EventFilter:
        return EventFilter(
            since=self.since, until=self.until, actor=self.actor, country=self.country,
            code=self.code, modes=(self.mode,) if self.mode else (),
        )


def documents(store, *, q: str | None, limit: int, offset: int) -> Page:
    page = store.search_documents(q, limit=limit, offset=offset) if q else store.list_documents(limit=limit, offset=offset)
    return page


def report(store, document_id: str) -> Report | None:
    if store.get_document(document_id) is None:
        return None
    try:
        return store.load_report(document_id)
    except NewsintelError:
        return None


def actors(store, *, q: str | None, limit: int, offset: int) -> Page:
    page = store.list_actors(name=q, include_local=True, limit=limit, offset=offset)
    activity = store.actor_activity([item["actor_id"] for item in page.items])
    for item in page.items:  # the page's actors with their event and claim counts
        item["id"] = item.pop("actor_id")
        item.update(activity[item["id"]])
    return page


def actor(store, actor_id: str) -> dict[str, Any] | None:
    found = store.get_actor(actor_id)
    if found is None:
        return None
    found["id"] = found.pop("actor_id")
    names = _actor_names(store)
    return {
        "actor": found,
        "events": [_event_view(e, names) for e in store.list_events(actor=actor_id, limit=200).items],
        "claims": store.list_claims(speaker=actor_id, limit=200).items,
    }


def _actor_names(store) -> dict[str, str]:
    page = store.list_actors(include_local=True, limit=1000, offset=0)
    return {a["actor_id"]: a["name"] for a in page.items}


def _event_view(row: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    return {
        "id": row["event_id"], "document_id": row["document_id"], "date": row["day"],
        "source": row["source_actor"], "source_name": names.get(row["source_actor"]) or row["source_text"],
        "target": row["target_actor"], "target_name": names.get(row["target_actor"]) or row["target_text"],
        "target_text": row["target_text"], "trigger": row["trigger_text"], "cameo": row["cameo"],
        "plover": row["plover"], "mode": row["mode"], "place_name": row["place_name"],
        "country": row["place_country"], "goldstein": row["goldstein"], "quad_class": row["quad_class"],
    }


def events(store, filters: EventFilters, *, limit: int, offset: int) -> Page:
    page = store.list_events(
        since=filters.since, until=filters.until, actor=filters.actor, country=filters.country,
        code=filters.code, mode=filters.mode, limit=limit, offset=offset,
    )
    names = _actor_names(store)
    page.items = [_event_view(row, names) for row in page.items]
    return page


def network(store, filters: EventFilters) -> tuple[dict[str, str], list[Edge]]:
    """Actor pairs (either direction) with their event counts and mean Goldstein score."""
    graph = store.actor_network(filters.store_filter())
    counts: dict[tuple[str, str], int] = defaultdict(int)
    weighted: dict[tuple[str, str], float] = defaultdict(float)
    for row in graph["events"]:
        if row["source"] == row["target"]:
            continue
        pair = tuple(sorted((row["source"], row["target"])))
        counts[pair] += row["events"]
        weighted[pair] += (row["goldstein_mean"] or 0.0) * row["events"]
    names = {a["actor_id"]: a["name"] for a in graph["actors"]}
    edges = [Edge(a, b, n, weighted[(a, b)] / n) for (a, b), n in counts.items()]
    return names, edges


def timeline(store, filters: EventFilters) -> dict[str, dict[str, int]]:
    """Events per month, split into conflict (QuadClass 3-4), cooperation (1-2) and other."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in store.iter_events(filters.store_filter()):
        if not row["day"]:
            continue
        kind = {1: "cooperation", 2: "cooperation", 3: "conflict", 4: "conflict"}.get(row["quad_class"], "other")
        counts[row["day"][:7]][kind] += 1
    return {month: dict(kinds) for month, kinds in counts.items()}


def country_counts(store, filters: EventFilters) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for row in store.iter_events(filters.store_filter()):
        if row["place_country"]:
            counts[row["place_country"]] += 1
    return dict(counts)


def _ledger(store):
    from newsintel.ledger.claims import reconcile

    recent = store.list_documents(unique=False, limit=LEDGER_DOCUMENTS, offset=0).items
    reports = [store.load_report(d["id"]) for d in recent]
    return reconcile(reports)


def claim_clusters(store, *, limit: int, offset: int) -> Page:
    clusters = _ledger(store).to_dict()["clusters"]
    return Page(clusters[offset:offset + limit], len(clusters), limit, offset)


def disputes(store, *, limit: int, offset: int) -> Page:
    """Disputed clusters in the shape the disputes page lists them."""
    items = []
    for cluster in _ledger(store).to_dict()["clusters"]:
        if not cluster["disputed"]:
            continue
        asserts, disputes_side = _sides(cluster)
        items.append({
            "id": cluster["id"],
            "proposition": cluster["proposition"],
            "for_origins": asserts["independent_origins"],
            "against_origins": disputes_side["independent_origins"],
            "for_sources": [_source(c) for c in asserts["claims"]],
            "against_sources": [_source(c, relation="disputes") for c in disputes_side["claims"]],
            "sides": cluster["sides"],
        })
    return Page(items[offset:offset + limit], len(items), limit, offset)


def _sides(cluster: dict) -> tuple[dict, dict]:
    by_position = {side["position"]: side for side in cluster["sides"]}
    empty = {"independent_origins": 0, "claims": []}
    return by_position.get("asserts", empty), by_position.get("disputes", empty)


def _source(claim: dict, relation: str | None = None) -> dict:
    return {"speaker": claim["speaker"], "text": claim["text"], "document_id": claim["document"],
            "via": None, "relation": relation}


def sourcing(store) -> dict[str, int]:
    counts = store.sourcing_counts()
    counts["total"] = sum(counts.get(k, 0) for k in ("named", "anonymous", "pronoun", "document", "none"))
    return counts
