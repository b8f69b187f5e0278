"""Which documents are copies of one story: near-duplicate text and wire credits.

`groups_of` is the ledger's grouping: the corpus module's (`newsintel.dedup`, 3-word shingles).
`near_duplicate_groups` here is the ledger's stand-alone 5-shingle variant, kept for callers
that want list-of-groups output. `wire_stories` joins the groups that are copies of one wire
story: they credit one agency ("(AP)", "— Reuters") and share a good part of their text even
when editors cut or reworded it; two different stories of one agency stay apart.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from newsintel.dedup import find_root, union
from newsintel.textsim import words

SHINGLE = 5
NUM_PERM = 64
WIRE_CREDIT = re.compile(
    r"\((?P<a>AP|Reuters|AFP|UPI|dpa|Xinhua|Bloomberg|Associated Press|Agence France-Presse)\)"
    r"|^\s*[A-Z][A-Za-z .,'-]{1,60}\s*[(—–-]+\s*(?P<b>AP|Reuters|AFP|UPI|dpa|Xinhua)\b",
    re.MULTILINE,
)
_AGENCY_NAMES = {"associated press": "ap", "agence france-presse": "afp"}


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    tokens = words(text)
    if len(tokens) <= size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def near_duplicate_groups(documents: Sequence[tuple[str, str]], *, threshold: float = 0.7) -> list[list[str]]:
    """Groups (lists of ids, in input order) of documents whose 5-word shingles overlap by
    Jaccard >= threshold; singletons included. MinHash LSH proposes pairs, exact Jaccard confirms."""
    from datasketch import MinHash, MinHashLSH

    sets = {doc_id: shingles(text) for doc_id, text in documents}
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    hashes = {}
    for doc_id, items in sets.items():
        signature = MinHash(num_perm=NUM_PERM, seed=1)
        for item in items:
            signature.update(item.encode("utf-8"))
        hashes[doc_id] = signature
        lsh.insert(doc_id, signature)
    parent = {doc_id: doc_id for doc_id in sets}
    for doc_id, signature in hashes.items():
        for other in lsh.query(signature):
            if other != doc_id and _jaccard(sets[doc_id], sets[other]) >= threshold:
                union(parent, doc_id, other)
    order = [doc_id for doc_id, _ in documents]
    groups: dict[str, list[str]] = {}
    for doc_id in order:
        groups.setdefault(find_root(parent, doc_id), []).append(doc_id)
    return list(groups.values())


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def wire_credit(text: str) -> str | None:
    """The news agency a text credits in its dateline ("(AP)" -> "ap"), if any."""
    match = WIRE_CREDIT.search(text[:400])
    if not match:
        return None
    name = (match.group("a") or match.group("b")).strip()
    return _AGENCY_NAMES.get(name.lower(), name.lower())


def groups_of(documents: Sequence[tuple[str, str]]) -> list[list[str]]:
    """Near-duplicate groups of (id, text) documents, in input order, by the corpus module's
    grouping (`newsintel.dedup`, the same one the store uses)."""
    from newsintel.dedup import near_duplicate_groups as corpus_groups

    group_of = corpus_groups(dict(documents))
    groups: dict[str, list[str]] = {}
    for doc_id, _ in documents:
        groups.setdefault(group_of[doc_id], []).append(doc_id)
    return list(groups.values())


# Share of the shorter text's 3-word shingles found in the other: an edited or cut copy of one
# wire story keeps well over half of them; two stories of one agency on one topic share a few
# stock phrases (under a fifth in our tests and on the real corpus).
STORY_OVERLAP = 0.5
# A shingle in more than this many of one agency's stories is boilerplate ("the associated
# press contributed"), not evidence that two texts are one story.
BOILERPLATE_STORIES = 20


def wire_stories(texts: Mapping[str, str], groups: Sequence[Sequence[str]]) -> list[tuple[str, list[str]]]:
    """(agency, document ids in input order) for every wire story among `groups` (near-duplicate
    groups of `texts`): groups crediting one agency whose texts overlap (`STORY_OVERLAP` of the
    shorter one's shingles) are one story; a group is credited when any of its copies is."""
    from newsintel.dedup import shingles as text_shingles

    by_agency: dict[str, list[int]] = {}
    for n, group in enumerate(groups):
        agency = next((a for a in (wire_credit(texts[d]) for d in group) if a), None)
        if agency:
            by_agency.setdefault(agency, []).append(n)
    stories = []
    for agency, members in by_agency.items():
        sets = {n: set().union(*(text_shingles(texts[d]) for d in groups[n])) for n in members}
        for story in _overlapping(sets):
            stories.append((agency, [d for n in sorted(story) for d in groups[n]]))
    order = {d: k for k, d in enumerate(texts)}
    return [(agency, sorted(ids, key=order.__getitem__)) for agency, ids in stories]


def _overlapping(sets: dict[int, set[bytes]]) -> list[list[int]]:
    """Connected components of the groups whose shingle sets overlap by `STORY_OVERLAP` of the
    smaller one; candidates come from an inverted index over non-boilerplate shingles."""
    postings: dict[bytes, list[int]] = {}
    for n, items in sets.items():
        for item in items:
            postings.setdefault(item, []).append(n)
    shared: Counter[tuple[int, int]] = Counter()
    for owners in postings.values():
        if 1 < len(owners) <= BOILERPLATE_STORIES:
            shared.update((a, b) for i, a in enumerate(owners) for b in owners[i + 1 :])
    parent = {n: n for n in sets}
    for (a, b), count in shared.items():
        smaller = min(len(sets[a]), len(sets[b]))
        if smaller and count / smaller >= STORY_OVERLAP:
            union(parent, a, b)
    components: dict[int, list[int]] = {}
    for n in sets:
        components.setdefault(find_root(parent, n), []).append(n)
    return list(components.values())
