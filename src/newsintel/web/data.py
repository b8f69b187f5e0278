"""What the workbench shows, read from the store: one function per view, plain data out.

Corpus-wide views that are costly to compute (the claims ledger, sourcing by publisher) are
cached and keyed on `Store.corpus_fingerprint`, which changes whenever documents are stored:
a request after an ingest recomputes them once, every other request reads the cache.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from newsintel.errors import NewsintelError
from newsintel.records import Report
from newsintel.store.queries import EventFilter, Page
from newsintel.web.common import ActorFilters, DocumentFilters, Settings, event_sort_column
from newsintel.web.graphics import Edge

logger = logging.getLogger(__name__)

# The fingerprint is read at most this often (seconds): a burst of requests costs one query.
FINGERPRINT_TTL = 1.0
MONTH, YEAR = re.compile(r"\d{4}-(0[1-9]|1[0-2])"), re.compile(r"\d{4}")
QUAD_KIND = {1: "cooperation", 2: "cooperation", 3: "conflict", 4: "conflict"}


# ---------------------------------------------------------------------------------- cache


class CorpusCache:
    """Values computed over the whole corpus, kept until the corpus changes.

    One computation at a time per name. Once a value exists, a change of corpus does not make
    requests wait: they get the previous value (`is_stale` says so) while a background thread
    recomputes it. Values computed with `persist` are also kept in the store, so a restarted
    server has them at once.
    """

    def __init__(self, *, max_entries: int = 64) -> None:
        self.max_entries = max_entries  # views per filter (the network's) come and go
        self.values: dict[str, tuple[str, Any]] = {}
        self.locks: dict[str, threading.Lock] = defaultdict(threading.Lock)
        self.refreshing: set[str] = set()
        self.pinned: set[str] = set()  # the persisted views (the ledger) are never evicted
        self.fingerprint: tuple[float, str] | None = None
        self.guard = threading.Lock()

    def current(self, store) -> str:
        now = time.monotonic()
        with self.guard:
            if self.fingerprint and now - self.fingerprint[0] < FINGERPRINT_TTL:
                return self.fingerprint[1]
        value = store.corpus_fingerprint()
        with self.guard:
            self.fingerprint = (now, value)
        return value

    def is_stale(self, store, name: str) -> bool:
        cached = self.values.get(name)
        return cached is not None and cached[0] != self.current(store)

    def get(self, store, name: str, compute: Callable[[], Any], *, persist: Persist | None = None) -> Any:
        fingerprint = self.current(store)
        cached = self.values.get(name)
        if cached is None and persist is not None:
            cached = self._load(store, name, persist)
        if cached and cached[0] == fingerprint:
            return cached[1]
        if cached is not None:  # the corpus changed: answer now, recompute behind
            self._refresh_in_background(store, name, compute, persist)
            return cached[1]
        return self._compute(store, name, compute, persist)

    def peek(self, store, name: str, *, persist: Persist | None = None) -> Any:
        """The value as it is (maybe stale), or None when none was computed: never waits."""
        cached = self.values.get(name)
        if cached is None and persist is not None:
            cached = self._load(store, name, persist)
        return cached[1] if cached else None

    def _compute(self, store, name: str, compute: Callable[[], Any], persist: Persist | None) -> Any:
        with self.guard:
            lock = self.locks[name]
        with lock:
            fingerprint = store.corpus_fingerprint()
            cached = self.values.get(name)
            if cached and cached[0] == fingerprint:
                return cached[1]
            started = time.monotonic()
            value = compute()
            logger.info("computed %s in %.1f s", name, time.monotonic() - started)
            self.values.pop(name, None)
            self.values[name] = (fingerprint, value)
            if persist is not None:
                self.pinned.add(name)
            evictable = [key for key in self.values if key not in self.pinned]
            for key in evictable[: max(0, len(evictable) - self.max_entries)]:  # the oldest first
                self.values.pop(key, None)
            if persist is not None:
                store.write_cache(name, fingerprint, json.dumps(persist.dump(value), separators=(",", ":")))
            return value

    def _load(self, store, name: str, persist: Persist) -> tuple[str, Any] | None:
        row = store.read_cache(name)
        if row is None:
            return None
        self.values[name] = (row[0], persist.load(json.loads(row[1])))
        self.pinned.add(name)
        return self.values[name]

    def _refresh_in_background(self, store, name: str, compute: Callable[[], Any], persist: Persist | None) -> None:
        with self.guard:
            if name in self.refreshing:
                return
            self.refreshing.add(name)

        def run() -> None:
            try:
                self._compute(store, name, compute, persist)
            except Exception:  # the stale value keeps being served; the log says why
                logger.exception("could not recompute %s", name)
            finally:
                with self.guard:
                    self.refreshing.discard(name)

        threading.Thread(target=run, daemon=True, name=f"newsintel-{name}").start()


@dataclass(frozen=True, slots=True)
class Persist:
    """How a cached value is written to and read from the store's cache (as JSON)."""

    dump: Callable[[Any], Any]
    load: Callable[[Any], Any]


def cache_of(config: Settings) -> CorpusCache:
    return config.cache.setdefault("corpus", CorpusCache())


def cached(config: Settings, name: str, compute: Callable[[], Any]) -> Any:
    """`compute()`, kept until the corpus changes."""
    return cache_of(config).get(config.store, name, compute)


# ---------------------------------------------------------------------------------- documents


def documents(store, filters: DocumentFilters, *, sort: str | None, limit: int, offset: int) -> Page:
    """Documents with their counts of events, quotes and claims; `filters.q` searches them."""
    options: dict[str, Any] = {
        "since": filters.since,
        "until": filters.until,
        "publisher": filters.publisher,
        "has_events": filters.has_events,
        "actor": filters.actor,
    }
    if filters.q:
        return store.search_documents(filters.q, limit=limit, offset=offset, **options)
    return store.list_documents(sort=sort, counts=True, limit=limit, offset=offset, **options)


def report(store, document_id: str) -> Report | None:
    if store.get_document(document_id) is None:
        return None
    try:
        return store.load_report(document_id)
    except NewsintelError:
        return None


# ---------------------------------------------------------------------------------- actors


def actors(config: Settings, filters: ActorFilters, *, sort: str | None, limit: int, offset: int) -> Page:
    """A page of actors with their counts; cached (the counts group every mention in the corpus)."""
    key = f"actors:{filters!r}:{sort}:{limit}:{offset}"
    return cached(config, key, lambda: _actors(config.store, filters, sort=sort, limit=limit, offset=offset))


def _actors(store, filters: ActorFilters, *, sort: str | None, limit: int, offset: int) -> Page:
    page = store.list_actors(
        name=filters.q,
        type=filters.type,
        country=filters.country,
        include_local=True,
        sort=sort,
        limit=limit,
        offset=offset,
    )
    activity = store.actor_activity([item["actor_id"] for item in page.items])
    for item in page.items:  # the page's actors with their event and claim counts
        item["id"] = item.pop("actor_id")
        item.update(activity[item["id"]])
    return page


def actor(
    config: Settings, actor_id: str, *, limit: int, events_offset: int = 0, claims_offset: int = 0, co_offset: int = 0
) -> dict[str, Any] | None:
    """One actor: its events and claims (each paged, oldest first), the actors it shares events
    with, and its events per month. Cached until the corpus changes."""
    key = f"actor:{actor_id!r}:{limit}:{events_offset}:{claims_offset}:{co_offset}"
    return cached(
        config,
        key,
        lambda: _actor(
            config.store,
            actor_id,
            limit=limit,
            events_offset=events_offset,
            claims_offset=claims_offset,
            co_offset=co_offset,
        ),
    )


def _actor(
    store, actor_id: str, *, limit: int, events_offset: int, claims_offset: int, co_offset: int
) -> dict[str, Any] | None:
    found = store.get_actor(actor_id)
    if found is None:
        return None
    found["id"] = found.pop("actor_id")
    flt = EventFilter(actor=actor_id)
    return {
        "actor": found,
        "events": events(store, flt, sort=None, limit=limit, offset=events_offset),
        "claims": store.list_claims(speaker=actor_id, limit=limit, offset=claims_offset),
        "co_actors": store.co_actors(actor_id, limit=20, offset=co_offset),
        "timeline": timeline(store, flt),
    }


# ---------------------------------------------------------------------------------- events


def event_view(row: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    """An events row for display: every stored column (so columns added to the schema show up
    in JSON and CSV), plus short names and the actors' display names."""
    view = {key: value for key, value in row.items() if key != "pk"}
    view.update(
        {
            "id": row["event_id"],
            "date": row["day"],
            "source": row["source_actor"],
            "target": row["target_actor"],
            "source_name": names.get(row["source_actor"] or "") or row["source_text"],
            "target_name": names.get(row["target_actor"] or "") or row["target_text"],
            "trigger": row["trigger_text"],
            "country": row["place_country"],
        }
    )
    return view


def events(store, flt: EventFilter, *, sort: str | None, limit: int, offset: int) -> Page:
    page = store.list_events(flt=flt, sort=event_sort_column(sort), limit=limit, offset=offset)
    names = store.actor_names([a for row in page.items for a in (row["source_actor"], row["target_actor"]) if a])
    page.items = [event_view(row, names) for row in page.items]
    return page


def network(config: Settings, flt: EventFilter) -> tuple[dict[str, str], list[Edge]]:
    """Actor pairs (either direction) with their event counts and mean Goldstein score; cached
    per filter until the corpus changes (the whole corpus's pairs take a while to gather)."""
    return cache_of(config).get(config.store, f"network:{flt!r}", lambda: _network(config.store, flt))


def network_drawing(config: Settings, flt: EventFilter) -> Any:
    """The network page's SVG for `flt`, cached (laying out the whole corpus takes seconds)."""
    from newsintel.web.graphics import network_svg

    return cached(config, f"network-svg:{flt!r}", lambda: network_svg(*network(config, flt)))


def _network(store, flt: EventFilter) -> tuple[dict[str, str], list[Edge]]:
    graph = store.actor_network(flt)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    weighted: dict[tuple[str, str], float] = defaultdict(float)
    for row in graph["events"]:
        if row["source"] == row["target"]:
            continue
        a, b = sorted((row["source"], row["target"]))
        counts[(a, b)] += row["events"]
        weighted[(a, b)] += (row["goldstein_mean"] or 0.0) * row["events"]
    names = {a["actor_id"]: a["name"] for a in graph["actors"]}
    edges = [Edge(a, b, n, weighted[(a, b)] / n) for (a, b), n in counts.items()]
    return names, edges


def timeline(store, flt: EventFilter) -> dict[str, Any]:
    """Events per month (conflict: QuadClass 3-4, cooperation: 1-2, other), and how many are
    dated only to a year (they cannot sit on a month axis)."""
    months: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    year_only = 0
    for row in store.event_counts(flt, by="month"):
        if not MONTH.fullmatch(row["key"]):
            year_only += row["n"] if YEAR.fullmatch(row["key"]) else 0
            continue
        months[row["key"]][QUAD_KIND.get(row["quad"], "other")] += row["n"]
    return {"months": {month: dict(kinds) for month, kinds in months.items()}, "year_only": year_only}


def country_counts(store, flt: EventFilter) -> dict[str, int]:
    """Events per country where they happened: what a map click on that country lists."""
    counts: dict[str, int] = defaultdict(int)
    for row in store.event_counts(flt, by="place_country"):
        counts[row["key"]] += row["n"]
    return dict(counts)


# ---------------------------------------------------------------------------------- ledger


def ledger(config: Settings) -> dict[str, Any]:
    """The claims ledger over the `config.ledger_documents` most recent documents (all when None),
    as the API gives it, plus each cluster's sources merged across syndicated copies. Cached
    until the corpus changes, and kept in the store for the next start."""
    store = config.store

    def compute() -> dict[str, Any]:
        from newsintel.ledger.claims import reconcile

        if config.ledger_documents is None:
            reports = list(store.iter_reports())
        else:
            recent = store.list_documents(limit=config.ledger_documents, offset=0).items
            reports = [store.load_report(d["id"]) for d in recent]
        clusters = reconcile(reports).to_dict()["clusters"]
        for cluster in clusters:
            cluster["size"] = sum(len(side["claims"]) for side in cluster["sides"])
            for side in cluster["sides"]:
                side["sources"] = merged_sources(side["claims"])
            cluster["reasons"] = merged_relations(cluster["relations"])
        return _ledger_view(clusters)

    return cache_of(config).get(store, "ledger", compute, persist=LEDGER_PERSIST)


def _ledger_view(clusters: list[dict[str, Any]]) -> dict[str, Any]:
    """The clusters with the indexes the pages read: by id, and the disputed ones in order."""
    by_claim = {
        (claim["document"], claim["claim"]): c["id"]
        for c in clusters
        for side in c["sides"]
        for claim in side["claims"]
    }
    return {
        "clusters": clusters,
        "by_id": {c["id"]: c for c in clusters},
        "disputed": [c for c in clusters if c["disputed"]],
        "by_claim": by_claim,
    }


def cluster_of_claims(config: Settings, claims: list[tuple[str, str]]) -> dict[tuple[str, str], dict[str, Any]]:
    """{(document id, claim id): its cluster} for the claims that are in the ledger, as it is
    (empty while the first ledger is being computed: a document page must not wait for it)."""
    view = cache_of(config).peek(config.store, "ledger", persist=LEDGER_PERSIST)
    if view is None:
        return {}
    found = {key: view["by_claim"].get(key) for key in claims}
    return {key: view["by_id"][cluster] for key, cluster in found.items() if cluster is not None}


LEDGER_PERSIST = Persist(dump=lambda view: view["clusters"], load=_ledger_view)


def ledger_is_stale(config: Settings) -> bool:
    """Whether the ledger shown predates the last documents stored (a recomputation is under way)."""
    return cache_of(config).is_stale(config.store, "ledger")


def merged_sources(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per (speaker, wording): syndicated copies of a quote are shown once, with the
    number of documents that carry it."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for claim in claims:
        key = (claim["speaker"], " ".join(claim["text"].split()).casefold())
        row = merged.setdefault(key, {"speaker": claim["speaker"], "text": claim["text"], "documents": []})
        if claim["document"] not in row["documents"]:
            row["documents"].append(claim["document"])
    for row in merged.values():
        row["copies"] = len(row["documents"])
        row["document_id"] = row["documents"][0]
    return list(merged.values())


def merged_relations(relations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Why a cluster's sides stand apart, one row per (relation, rule, evidence) with its documents."""
    merged: dict[tuple, dict[str, Any]] = {}
    for relation in relations:
        key = (relation["relation"], relation["rule"], relation["evidence"])
        row = merged.setdefault(key, {"relation": key[0], "rule": key[1], "evidence": key[2], "documents": []})
        if relation["from"]["document"] not in row["documents"]:
            row["documents"].append(relation["from"]["document"])
    return list(merged.values())


def claim_clusters(
    config: Settings, *, q: str | None = None, disputed: bool | None = None, limit: int, offset: int
) -> Page:
    clusters = ledger(config)["clusters"]
    if disputed is not None:
        clusters = [c for c in clusters if c["disputed"] == disputed]
    if q:
        needle = q.casefold()
        clusters = [
            c
            for c in clusters
            if needle in c["proposition"].casefold()
            or any(needle in s["speaker"].casefold() for side in c["sides"] for s in side["claims"])
        ]
    return Page(clusters[offset : offset + limit], len(clusters), limit, offset)


def claim_cluster(config: Settings, cluster_id: str) -> dict[str, Any] | None:
    return ledger(config)["by_id"].get(cluster_id)


def disputes(config: Settings, *, limit: int, offset: int) -> Page:
    """Disputed clusters in the shape the disputes page lists them."""
    items = []
    for cluster in ledger(config)["disputed"]:
        asserts, against = _sides(cluster)
        items.append(
            {
                "id": cluster["id"],
                "proposition": cluster["proposition"],
                "for_origins": asserts["independent_origins"],
                "against_origins": against["independent_origins"],
                "for_sources": asserts.get("sources", []),
                "against_sources": against.get("sources", []),
                "sides": cluster["sides"],
            }
        )
    return Page(items[offset : offset + limit], len(items), limit, offset)


def _sides(cluster: dict) -> tuple[dict, dict]:
    by_position = {side["position"]: side for side in cluster["sides"]}
    empty: dict[str, Any] = {"independent_origins": 0, "claims": [], "sources": []}
    return by_position.get("asserts", empty), by_position.get("disputes", empty)


# ---------------------------------------------------------------------------------- sourcing


def sourcing(config: Settings) -> dict[str, int]:
    def compute() -> dict[str, int]:
        counts = config.store.sourcing_counts()
        counts["total"] = sum(counts.get(k, 0) for k in ("named", "anonymous", "pronoun", "document", "none"))
        return counts

    return dict(cache_of(config).get(config.store, "sourcing", compute))


def sourcing_by_publisher(config: Settings) -> list[dict[str, Any]]:
    def compute() -> list[dict[str, Any]]:
        rows = config.store.sourcing_by_publisher()
        for row in rows:
            row["total"] = sum(row.get(k, 0) for k in ("named", "anonymous", "pronoun", "document", "none"))
        return rows

    return cache_of(config).get(config.store, "sourcing_by_publisher", compute)
