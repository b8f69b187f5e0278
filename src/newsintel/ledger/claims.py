"""The cross-document claim ledger: propositions, who holds each side, and how many
independent origins stand behind each side.

    ledger = reconcile(reports)
    for cluster in ledger.clusters: cluster.sides[0].origins ...

Claims about the same proposition are clustered by hashed TF-IDF similarity of their text
(with the IDF of the corpus' claims), helped by a shared subject. A claim joins the opposite
side of a cluster when an in-article relation says it denies or contradicts a member, or when
it states the same predicate with the opposite polarity, or when it gives a number for the same
counted thing that the other's number rules out ("number-mismatch", `ledger.numbers`); numbers
that are incompatible but may count different things keep the two claims apart. Copies count
once: documents that are near-duplicates, or copies of one wire story (same agency, overlapping
text), or claims that reached their article through the same media report ("the Post
reported"), share one origin.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from newsintel.english.words import STAND_IN_SUBJECTS
from newsintel.ledger.candidates import candidate_pairs
from newsintel.ledger.duplicates import groups_of, wire_stories
from newsintel.ledger.numbers import compare_numbers, stated_counts
from newsintel.records import Claim, Report
from newsintel.textsim import bucket, content_stems, cosine, words

CLUSTER_COSINE = 0.45
SUBJECT_BONUS = 0.1
SAME_TEXT_COSINE = 0.7
# two claims with the same predicate counting the same thing (`ledger.numbers`) need less shared
# wording: the active and passive forms of one count share only the predicate and the noun
COUNT_COSINE = 0.25


@dataclass(slots=True)
class ClaimRef:
    document: str
    claim: str
    text: str
    speaker: str  # display name of who holds it
    origin: str


@dataclass(slots=True)
class Origin:
    key: str
    documents: list[str] = field(default_factory=list)  # the copies

    @property
    def copies(self) -> int:
        return len(self.documents)


@dataclass(slots=True)
class Side:
    position: str  # "asserts" | "disputes"
    claims: list[ClaimRef] = field(default_factory=list)
    origins: list[Origin] = field(default_factory=list)

    @property
    def independent(self) -> int:
        return len(self.origins)

    @property
    def speakers(self) -> list[str]:
        return list(dict.fromkeys(c.speaker for c in self.claims))


@dataclass(frozen=True, slots=True)
class Link:
    """Why one claim stands against another: the rule, its evidence and confidence."""

    relation: str  # "denies" | "contradicts"
    rule: str | None
    evidence: str | None
    confidence: float | None


@dataclass(slots=True)
class ClusterRelation:
    source: tuple[str, str]  # (document id, claim id)
    target: tuple[str, str]
    link: Link


@dataclass(slots=True)
class ClaimCluster:
    id: str
    proposition: str
    subject: str | None
    sides: list[Side]
    relations: list[ClusterRelation] = field(default_factory=list)  # the edges that made the sides

    @property
    def disputed(self) -> bool:
        return len(self.sides) > 1 and all(side.claims for side in self.sides)


@dataclass(slots=True)
class Ledger:
    clusters: list[ClaimCluster]
    document_origins: dict[str, str]  # document id -> origin key of its text

    def to_dict(self) -> dict:
        return {
            "clusters": [
                {
                    "id": c.id,
                    "proposition": c.proposition,
                    "subject": c.subject,
                    "disputed": c.disputed,
                    "sides": [
                        {
                            "position": s.position,
                            "independent_origins": s.independent,
                            "speakers": s.speakers,
                            "origins": [{"key": o.key, "copies": o.documents} for o in s.origins],
                            "claims": [
                                {"document": r.document, "claim": r.claim, "text": r.text, "speaker": r.speaker}
                                for r in s.claims
                            ],
                        }
                        for s in c.sides
                    ],
                    "relations": [
                        {
                            "from": {"document": r.source[0], "claim": r.source[1]},
                            "to": {"document": r.target[0], "claim": r.target[1]},
                            "relation": r.link.relation,
                            "rule": r.link.rule,
                            "evidence": r.link.evidence,
                            "confidence": r.link.confidence,
                        }
                        for r in c.relations
                    ],
                }
                for c in self.clusters
            ],
            "document_origins": self.document_origins,
        }


def reconcile(reports: list[Report], *, threshold: float = CLUSTER_COSINE) -> Ledger:
    """Cluster the claims of `reports` across documents and count independent origins.

    Only propositions enter the ledger (`is_proposition`): a clause with a subject and a
    predicate, not a fragment ("any candidate", "Christmas", a quoted noun phrase). A claim joins
    the cluster most of whose members state its proposition (no chaining from one loose match to
    the next); a disputing claim joins the cluster of the claim it explicitly denies."""
    doc_origin = document_origins(reports)
    items = [(report, claim) for report in reports for claim in report.claims if _enters(claim, report)]
    vectors = _claim_vectors([claim.text for _, claim in items])
    stated = [is_proposition(claim) for _, claim in items]
    counts = [bool(stated_counts(claim)) for _, claim in items]
    matches: list[set[int]] = [set() for _ in items]
    for i, j in _candidate_pairs([claim for _, claim in items], vectors, threshold):
        if (
            stated[i]
            and stated[j]
            and _same_proposition(
                items[i], items[j], vectors[i], vectors[j], threshold, numbers=counts[i] and counts[j]
            )
        ):
            matches[i].add(j)
            matches[j].add(i)
    cluster_of = _group(items, matches)
    opposed = _opposed_pairs(reports)
    position = {(report.document.id, claim.id): i for i, (report, claim) in enumerate(items)}
    for a, b in sorted(opposed):  # a claim disputing a member joins its cluster
        ia, ib = position.get(a), position.get(b)
        if ia is not None and ib is not None:
            old, new = cluster_of[ia], cluster_of[ib]
            cluster_of = [new if c == old else c for c in cluster_of]
    members: dict[int, list[int]] = {}
    for i in range(len(items)):
        members.setdefault(cluster_of[i], []).append(i)
    for indices in members.values():
        for pair, link in _cross_document_opposition(indices, items, doc_origin).items():
            opposed.setdefault(pair, link)
    clusters = []
    for number, indices in enumerate(
        sorted((m for m in members.values() if _worth_listing(m, items, opposed)), key=lambda m: m[0]), 1
    ):
        clusters.append(_cluster(f"k{number}", indices, items, opposed, doc_origin))
    return Ledger(clusters, doc_origin)


def _candidate_pairs(
    claims: list[Claim], vectors: list[dict[int, float]], threshold: float
) -> Iterator[tuple[int, int]]:
    """(i, j), j < i, of the claims that `_same_proposition` could accept (`ledger.candidates`):
    on its keys, or on a cosine of at least `min(COUNT_COSINE, threshold - SUBJECT_BONUS)`."""
    return candidate_pairs(
        claims,
        vectors,
        floor=min(COUNT_COSINE, threshold - SUBJECT_BONUS),
        every_pair=threshold <= SUBJECT_BONUS,  # a shared subject alone could reach it
    )


MIN_CONTENT_WORDS = 2
MARKUP = re.compile(r"<[^>]*>|=\"|\{|\}")


def is_proposition(claim: Claim) -> bool:
    """A clause that states something: a subject and a word predicate, at least two content
    words, not a question and not markup. Fragments ("any candidate", "Donald Trump and Ted
    Cruz", "a work in progress") hold no proposition to agree or disagree with."""
    if not claim.predicate or not any(ch.isalpha() for ch in claim.predicate):
        return False
    if not claim.subject:
        return False
    text = claim.text.strip().rstrip("\"'”’ ")
    if text.endswith("?") or MARKUP.search(text):
        return False
    return len(content_stems(words(text))) >= MIN_CONTENT_WORDS


def _enters(claim: Claim, report: Report) -> bool:
    """A proposition, or the denier's side of an explicit denial of a proposition in its article
    ("The ministry dismissed the report as false": the denial holds no clause of its own)."""
    if is_proposition(claim):
        return True
    by_id = {c.id: c for c in report.claims}
    return any(
        r.relation == "denies" and r.source == claim.id and r.target in by_id and is_proposition(by_id[r.target])
        for r in report.claim_relations
    )


def _group(items, matches: list[set[int]]) -> list[int]:
    """Cluster id per item: each claim, in order, joins the cluster where it matches at least half
    the members from other documents (the best such), else starts its own."""
    cluster_of: list[int] = []
    clusters: list[list[int]] = []
    for i, (report, _) in enumerate(items):
        best, best_share = None, 0.0
        for c in {cluster_of[j] for j in matches[i] if j < i}:
            others = [j for j in clusters[c] if items[j][0].document.id != report.document.id]
            if not others:
                continue
            share = sum(1 for j in others if j in matches[i]) / len(others)
            if share >= 0.5 and share > best_share:
                best, best_share = c, share
        if best is None:
            best = len(clusters)
            clusters.append([])
        clusters[best].append(i)
        cluster_of.append(best)
    return cluster_of


def _worth_listing(indices: list[int], items, opposed) -> bool:
    """A proposition held in more than one document, or disputed."""
    docs = {items[i][0].document.id for i in indices}
    keys = {(items[i][0].document.id, items[i][1].id) for i in indices}
    disputed = any(a in keys and b in keys for a, b in opposed)
    return len(docs) > 1 or disputed


def document_origins(reports: list[Report]) -> dict[str, str]:
    """document id -> origin: one wire story (`wire:<agency>:<first copy>`: the copies of one
    agency story, near-duplicate or edited), else its near-duplicate group (`copies:<first>`),
    else itself (`document:<id>`). Two different stories of one agency are two origins."""
    texts = {r.document.id: r.document.text for r in reports}
    groups = groups_of(list(texts.items()))
    origin: dict[str, str] = {}
    for group in groups:
        for doc_id in group:
            origin[doc_id] = f"copies:{group[0]}" if len(group) > 1 else f"document:{doc_id}"
    for agency, story in wire_stories(texts, groups):
        for doc_id in story:
            origin[doc_id] = f"wire:{agency}:{story[0]}"
    return origin


def _claim_vectors(texts: list[str]) -> list[dict[int, float]]:
    """Unit TF-IDF vectors of the claims, IDF from the claims themselves."""
    stems = [content_stems(words(t)) for t in texts]
    df = Counter(b for s in stems for b in {bucket(x) for x in s})
    n = len(texts)
    vectors = []
    for s in stems:
        counts = Counter(bucket(x) for x in s)
        vector = {b: (1 + math.log(c)) * (math.log((1 + n) / (1 + df[b])) + 1) for b, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        vectors.append({b: v / norm for b, v in vector.items()})
    return vectors


def _same_proposition(a, b, va, vb, threshold: float, *, numbers: bool = True) -> bool:
    """`numbers`: both claims state counts (`stated_counts`), so their figures are compared."""
    (report_a, claim_a), (report_b, claim_b) = a, b
    if report_a.document.id == report_b.document.id:
        return False  # within an article, relations already say how claims stand
    comparison = (
        compare_numbers(claim_a, claim_b, published=(report_a.document.published, report_b.document.published))
        if numbers
        else None
    )
    if comparison is not None and comparison.verdict == "different":
        return False  # incompatible figures that may count different things: separate propositions
    if same_statement(claim_a, claim_b) or state_relation(claim_a, claim_b) is not None:
        return True
    similarity = cosine(va, vb)
    if comparison is not None and similarity >= COUNT_COSINE:
        return True  # one predicate counting one thing ("killed 12 civilians" / "no civilians were killed")
    same_subject = compatible(claim_a.subject, claim_b.subject)
    if same_subject:
        similarity += SUBJECT_BONUS
    if similarity < threshold:
        return False
    # shared words alone are not a proposition: the same predicate or subject, or near-identical text
    return same_subject or claim_a.predicate == claim_b.predicate or similarity >= SAME_TEXT_COSINE


def compatible(a: str | None, b: str | None) -> bool:
    """Two entity keys name the same thing: equal, or one's words within the other's with the
    same head ("commander" / "rebel commander")."""
    if not a or not b or a in STAND_IN_SUBJECTS or b in STAND_IN_SUBJECTS:
        return False
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    return wa[-1] == wb[-1] and (set(wa) <= set(wb) or set(wb) <= set(wa))


def same_statement(a: Claim, b: Claim) -> bool:
    """Same predicate about the same things, whatever the polarity. A pronoun subject ("it had
    arrested the leader") passes when predicate and object agree."""
    if not a.predicate or a.predicate != b.predicate:
        return False
    objects = compatible(a.object, b.object) if (a.object or b.object) else True
    if not objects:
        return False
    if compatible(a.subject, b.subject):
        return True
    pronoun = (a.subject or "") in STAND_IN_SUBJECTS or (b.subject or "") in STAND_IN_SUBJECTS
    return pronoun and bool(a.object) and bool(b.object)


def opposable(a: Claim, b: Claim) -> bool:
    """Strict form of `same_statement` for disputes: the same predicate about one named subject
    (no pronouns: "I have no money" and "he has money" are about different people), and, for a
    light or reporting verb, the same object ("has no plans to meet X" vs "has a plan for Y")."""
    if not a.predicate or a.predicate != b.predicate or not compatible(a.subject, b.subject):
        return False
    if a.object or b.object or a.predicate in light_verbs():
        return compatible(a.object, b.object)
    return True


@functools.lru_cache(maxsize=1)
def light_verbs() -> frozenset[str]:
    from importlib import resources

    import yaml

    from newsintel.nlp.attribution.lexicon import load_cues

    text = resources.files("newsintel.ledger.data").joinpath("ledger_rules.yaml").read_text("utf-8")
    return frozenset(yaml.safe_load(text)["light_verbs"]) | frozenset(load_cues().verbs)


def state_relation(a: Claim, b: Claim) -> str | None:
    """ "same" or "opposite" when both put one entity in a state of one class, else None."""
    result = None
    for left in a.states:
        entity_a, cls_a, state_a = left.split("|")
        for right in b.states:
            entity_b, cls_b, state_b = right.split("|")
            if cls_a == cls_b and compatible(entity_a, entity_b):
                if state_a != state_b:
                    return "opposite"
                result = "same"
    return result


INFERRED_RULES = ("opposite-polarity",)  # relations read off the wording, not stated by anyone


Pair = tuple[tuple[str, str], tuple[str, str]]


def _opposed_pairs(reports: list[Report]) -> dict[Pair, Link]:
    """In-article denies/contradicts edges; a contradiction inferred from opposite polarity must
    also hold between real, comparable propositions (`opposable`)."""
    pairs: dict[Pair, Link] = {}
    for report in reports:
        by_id = {c.id: c for c in report.claims}
        for relation in report.claim_relations:
            if relation.relation not in ("denies", "contradicts"):
                continue
            source, target = by_id.get(relation.source), by_id.get(relation.target)
            if relation.rule in INFERRED_RULES and not (source and target and opposable(source, target)):
                continue
            doc = report.document.id
            pairs[((doc, relation.source), (doc, relation.target))] = Link(
                relation.relation, relation.rule, relation.evidence, relation.confidence
            )
    return pairs


def _cross_document_opposition(indices: list[int], items, doc_origin: dict[str, str]) -> dict[Pair, Link]:
    """Claims of one cluster in different articles that state the same predicate with opposite
    polarity, where one is a denial of what the other asserts, that put one entity in exclusive
    states, or that give incompatible numbers for one counted thing (from different origins)."""
    pairs: dict[Pair, Link] = {}
    for x in indices:
        for y in indices:
            if y >= x:
                continue
            (ra, a), (rb, b) = items[x], items[y]
            if ra.document.id == rb.document.id:
                continue
            statement = opposable(a, b)
            flipped = statement and a.polarity != b.polarity and not _hedged(a) and not _hedged(b)
            # an explicit denial of the same predicate and object may name its subject by a pronoun
            # ("the ministry denied that it had arrested him")
            denial = (a.stance == "denial") != (b.stance == "denial") and (statement or same_statement(a, b))
            conflict = state_relation(a, b) == "opposite" and not _hedged(a) and not _hedged(b)
            pair = ((ra.document.id, a.id), (rb.document.id, b.id))
            if denial:  # from the denier to what it denies
                pairs[pair if a.stance == "denial" else (pair[1], pair[0])] = Link("denies", "denial", None, None)
            elif flipped or conflict:
                pairs[pair] = Link("contradicts", "opposite-polarity" if flipped else "exclusive-states", None, None)
            else:
                link = _number_link(items[x], items[y], doc_origin)
                if link is not None:
                    pairs[pair] = link
    return pairs


def _number_link(a, b, doc_origin: dict[str, str]) -> Link | None:
    """A number-mismatch between two claims of different origins (copies of one story that
    updated a figure are not two sources disagreeing), unless either is hedged."""
    (ra, ca), (rb, cb) = a, b
    if _hedged(ca) or _hedged(cb) or claim_origin(ca, ra, doc_origin) == claim_origin(cb, rb, doc_origin):
        return None
    numbers = compare_numbers(ca, cb, published=(ra.document.published, rb.document.published))
    if numbers is None or numbers.verdict != "contradicts":
        return None
    return Link("contradicts", "number-mismatch", numbers.evidence, numbers.confidence)


def _hedged(claim: Claim) -> bool:
    return claim.modality not in (None, "will")


def speaker_name(claim: Claim, report: Report) -> str:
    actors = {a.id: a.name for a in report.actors}
    if claim.speaker and claim.speaker in actors:
        name = actors[claim.speaker]
    else:
        name = claim.speaker_text or (report.document.publisher or "the article")
    via = next((a for a in report.attributions if a.id == claim.via), None) if claim.via else None
    if via is not None:
        outlet = actors.get(via.speaker.actor or "", via.speaker.text)
        name = f"{name} (via {outlet})"
    return name


def claim_origin(claim: Claim, report: Report, doc_origin: dict[str, str]) -> str:
    """Where a claim comes from independently: the media report it was relayed through, the
    wire agency credited, or the document (group) it appears in."""
    by_id = {a.id: a for a in report.attributions}
    seen: set[str] = set()
    current = by_id.get(claim.via) if claim.via else None
    root = None
    while current is not None and current.id not in seen:
        seen.add(current.id)
        root = current
        current = by_id.get(current.via) if current.via else None
    if root is not None:
        return f"report:{root.speaker.actor or root.speaker.text.lower()}|{claim.speaker or claim.speaker_text}"
    return doc_origin.get(report.document.id, f"document:{report.document.id}")


def _cluster(cluster_id, indices, items, opposed, doc_origin) -> ClaimCluster:
    keys = [(items[i][0].document.id, items[i][1].id) for i in indices]
    anchor = keys[0]
    disputing = _opposite_side(keys, opposed, anchor)
    sides = [Side("asserts"), Side("disputes")]
    for i, key in zip(indices, keys, strict=True):
        report, claim = items[i]
        origin = claim_origin(claim, report, doc_origin)
        side = sides[1] if key in disputing else sides[0]
        side.claims.append(ClaimRef(report.document.id, claim.id, claim.text, speaker_name(claim, report), origin))
        existing = next((o for o in side.origins if o.key == origin), None)
        if existing is None:
            side.origins.append(Origin(origin, [report.document.id]))
        elif report.document.id not in existing.documents:
            existing.documents.append(report.document.id)
    first = items[indices[0]][1]
    members = set(keys)
    relations = [
        ClusterRelation(a, b, link)
        for (a, b), link in sorted(opposed.items(), key=lambda kv: kv[0])
        if a in members and b in members
    ]
    return ClaimCluster(cluster_id, first.text, first.subject, [s for s in sides if s.claims] or sides[:1], relations)


def _opposite_side(keys, opposed, anchor) -> set[tuple[str, str]]:
    """Two-colour the cluster along its denies/contradicts edges, starting from the anchor."""
    members = set(keys)
    edges: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for a, b in opposed:
        if a in members and b in members:
            edges.setdefault(a, set()).add(b)
            edges.setdefault(b, set()).add(a)
    colour = {anchor: 0}
    queue = [anchor]
    for start in keys:
        if start not in colour and start in edges:
            colour[start] = 0
            queue.append(start)
        while queue:
            node = queue.pop()
            for other in edges.get(node, ()):
                if other not in colour:
                    colour[other] = 1 - colour[node]
                    queue.append(other)
    # the side that holds the first-mentioned assertion "asserts"; the other "disputes"
    return {k for k, c in colour.items() if c == 1}
