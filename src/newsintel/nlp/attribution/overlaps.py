"""After every cue is read: cue clauses joined into another's content are cut out, a report
inside "according to" is relayed by it, and nested attributions are dropped (PolNeAR-style: the
outer one carries a cue inside its content; two cues claiming the same words, the nearer wins)."""

from __future__ import annotations

from spacy.tokens import Token

from newsintel.nlp.attribution.state import DocState, Found

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}


def split_joined_cues(state: DocState) -> None:
    """ "He said that X but did not suggest Y", "... said X, while others said Y": a cue
    clause coordinated with or adjoined to another's content is not part of what the first
    speaker said. The parser hangs it inside the content; cut it out, and let a cue without
    a subject of its own share the first cue's speaker."""
    for outer in list(state.found):
        if outer.verb is None or outer.is_channel:
            continue
        for inner in state.found:
            verb = state.doc[inner.verb] if inner.verb is not None else None
            if inner is outer or verb is None or not any(s <= verb.i < e for s, e in outer.content):
                continue
            if not _joined_clause(state, verb, outer):
                continue
            cut_start, cut_end = _clause_with_its_connective(state, verb)
            remaining = [
                piece
                for start, end in outer.content
                for piece in (
                    state.segments_outside(start, end, max(start, cut_start), min(end, cut_end))
                    if start < cut_end and cut_start < end
                    else [(start, end)]
                )
            ]
            if not remaining:
                continue  # the clause is all the outer cue has: it is its content after all
            outer.content = remaining
            own_subject = any(c.dep_ in SUBJECT_DEPS for c in verb.children)
            if not own_subject and verb.dep_ == "conj" and outer.speaker is not None:
                inner.speaker, inner.speaker_head = outer.speaker, outer.speaker_head
                inner.relative = outer.relative


def _joined_clause(state: DocState, verb: Token, outer: Found) -> bool:
    """The cue's clause hangs off a word of the outer content as a conjunct or an adverbial
    clause with its own subject ("while other voters said"), not as the outer's complement."""
    assert outer.verb is not None  # only verb cues are split
    if verb.dep_ == "conj":  # with a subject of its own it goes on the reported clause
        return state.doc[outer.verb] is not verb.head and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    if verb.dep_ == "advcl":
        return any(c.dep_ in SUBJECT_DEPS for c in verb.children) and any(
            c.dep_ == "mark" and c.lower_ in ("while", "whereas", "but") for c in verb.children
        )
    return False


def _clause_with_its_connective(state: DocState, verb: Token) -> tuple[int, int]:
    """The clause of `verb` with the "but"/"and"/"while" and comma that join it."""
    start, end = verb.left_edge.i, verb.right_edge.i + 1
    if verb.dep_ == "conj":
        for sibling in verb.head.children:
            if sibling.dep_ in ("cc", "punct") and sibling.i < verb.left_edge.i and sibling.i > verb.head.i:
                start = (
                    min(start, sibling.i)
                    if all(
                        t.dep_ in ("cc", "punct") or t.i >= verb.left_edge.i
                        for t in state.doc[sibling.i : verb.left_edge.i]
                    )
                    else start
                )
    while start > 0 and state.doc[start - 1].is_punct and state.doc[start - 1].text in (",", ";"):
        start -= 1
    return start, end


def relay_according_to(state: DocState) -> None:
    """ "AFRICOM confirmed the strike, according to a statement": the full report inside the
    "according to" content is the attribution; the statement is the channel it came through."""
    for outer in [f for f in state.found if f.rule == "according_to" and not f.is_channel]:
        inner = next(
            (
                f
                for f in state.found
                if f is not outer
                and f.verb is not None
                and f.speaker is not None
                and f.channel is None
                and _inside(f.cue, outer.content)
                and _inside(f.speaker, outer.content)
                and not _amid(state, outer, f.content)  # "X reported that, according to Z, ..."
            ),
            None,
        )
        if inner is None:
            continue
        outer.is_channel = True  # keeps its whole content: the statement carried all of it
        inner.channel = outer


def _amid(state: DocState, relay: Found, content: list[tuple[int, int]]) -> bool:
    """The "according to Z" phrase stands inside `content`, with its words on both sides."""
    if relay.cue is None or relay.speaker is None:
        return False
    start, end = relay.cue[0], max(relay.cue[1], relay.speaker[1])
    tokens = [i for s, e in content for i in range(s, e) if state.doc[i].is_alpha]
    return any(i < start for i in tokens) and any(i >= end for i in tokens)


def _inside(span: tuple[int, int] | None, content: list[tuple[int, int]]) -> bool:
    return span is not None and any(s <= span[0] and span[1] <= e for s, e in content)


def drop_nested(state: DocState) -> None:
    """PolNeAR-style: a cue inside another attribution's content is part of that content."""
    keep = []
    for found in state.found:
        cue_at = found.cue[0] if found.cue else (found.speaker[0] if found.speaker else found.start)
        nested = any(
            other is not found
            and not other.is_channel
            and other is not found.channel
            and any(s <= cue_at < e for s, e in other.content)
            and not any(s <= (other.cue[0] if other.cue else -1) < e for s, e in found.content)
            for other in state.found
        )
        if not nested:
            keep.append(found)
    keep = _one_attribution_per_content(state, keep)
    kept_ids = {id(f) for f in keep}
    for found in keep:
        if found.channel is not None and id(found.channel) not in kept_ids:
            found.channel = None
    state.found = keep
    state.covered = [False] * len(state.doc)
    for found in keep:
        for span in found.content:
            state.mark(span)


def _one_attribution_per_content(state: DocState, found: list[Found]) -> list[Found]:
    """Two cues claiming the same words: the one nearer to them keeps them.

    Relays (`channel`, or a `via` to a kept outer attribution) share their content on purpose."""
    primary = [f for f in found if not f.is_channel and f.channel is None or f.cue is None]
    primary.sort(key=lambda f: _cue_distance(state, f))
    owner: list[Found | None] = [None] * len(state.doc)
    losers: set[int] = set()
    for item in primary:
        tokens = [i for s, e in item.content for i in range(s, e)]
        if any(owner[i] is not None and owner[i] is not item for i in tokens):
            losers.add(id(item))
            continue
        for i in tokens:
            owner[i] = item
    return [f for f in found if id(f) not in losers]


def _cue_distance(state: DocState, found: Found) -> int:
    if found.cue is None or not found.content:
        return len(state.doc)
    return min(min(abs(found.cue[0] - e), abs(s - found.cue[1])) for s, e in found.content)
