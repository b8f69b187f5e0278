"""Which pairs of claims the claims ledger compares: a superset of the pairs that can state one
proposition, found without comparing every pair of claims that share a common word.

The cosine side is a sparse matrix product in blocks (`_similar_pairs`); the key side pairs
claims whose predicate, subject, object or state entity could make them one statement
(`_statement_keys`, following `ledger.claims.same_statement` and `state_relation`). Only pairs
sharing a term are compared, as the ledger always did.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsintel.english.words import STAND_IN_SUBJECTS
from newsintel.records import Claim


def candidate_pairs(
    claims: list[Claim], vectors: list[dict[int, float]], *, floor: float, every_pair: bool = False
) -> Iterator[tuple[int, int]]:
    """(i, j), j < i: pairs whose cosine may reach `floor`, pairs that meet on a statement key,
    or, with `every_pair`, all of them."""
    if every_pair:
        yield from ((i, j) for i in range(len(vectors)) for j in range(i))
        return
    near = _similar_pairs(vectors, floor)
    keyed: dict[tuple[str, ...], list[int]] = {}
    for i, claim in enumerate(claims):
        register, probe = _statement_keys(claim)
        for key in probe:
            near[i].update(j for j in keyed.get(key, ()) if _share_term(vectors[i], vectors[j]))
        for key in register:
            keyed.setdefault(key, []).append(i)
    for i, others in enumerate(near):
        yield from ((i, j) for j in sorted(others))


SIMILARITY_BLOCK = 2000  # rows of the claim matrix multiplied at once (memory ~ block x claims sharing a word)


def _similar_pairs(vectors: list[dict[int, float]], floor: float) -> list[set[int]]:
    """For each claim i, the claims j < i whose cosine may reach `floor` (a hair below it, so
    that rounding in the matrix product never loses a pair the exact cosine keeps)."""
    from scipy import sparse

    columns: dict[int, int] = {}
    rows, cols, values = [], [], []
    for i, vector in enumerate(vectors):
        for term, weight in vector.items():
            rows.append(i)
            cols.append(columns.setdefault(term, len(columns)))
            values.append(weight)
    near: list[set[int]] = [set() for _ in vectors]
    matrix = sparse.csr_matrix((values, (rows, cols)), shape=(len(vectors), max(len(columns), 1)))
    transposed = matrix.T.tocsc()
    for start in range(0, len(vectors), SIMILARITY_BLOCK):
        block = (matrix[start : start + SIMILARITY_BLOCK] @ transposed).tocoo()
        keep = (block.data >= floor - 1e-9) & (block.col < block.row + start)
        for i, j in zip(block.row[keep] + start, block.col[keep], strict=True):
            near[int(i)].add(int(j))
    return near


def _share_term(a: dict[int, float], b: dict[int, float]) -> bool:
    if len(a) > len(b):
        a, b = b, a
    return any(term in b for term in a)


def _statement_keys(claim: Claim) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """Keys a claim is filed under and keys it looks up, such that `same_statement` or
    `state_relation` can hold only between claims that meet on a key (`compatible` names end
    in the same word)."""
    register: list[tuple[str, ...]] = []
    probe: list[tuple[str, ...]] = []
    for state in claim.states:
        entity, cls, _ = state.split("|")
        if entity and entity not in STAND_IN_SUBJECTS:
            register.append(("state", cls, entity.split()[-1]))
    predicate = claim.predicate
    if predicate:
        obj = claim.object.split()[-1] if claim.object and claim.object.split() else ""
        subject = claim.subject or ""
        if subject and subject.split() and subject not in STAND_IN_SUBJECTS:
            register.append(("subject", predicate, subject.split()[-1], obj))
        if obj:  # a stand-in subject matches on predicate and object alone
            stand_in = subject in STAND_IN_SUBJECTS
            register.append(("object", predicate, obj))
            if stand_in:
                register.append(("object-stand-in", predicate, obj))
            probe.append(("object", predicate, obj) if stand_in else ("object-stand-in", predicate, obj))
    probe.extend(key for key in register if key[0] in ("state", "subject"))
    return register, probe
