"""Phrase and noun cues: multi-word cues of the lexicon ("according to X", "pointed out",
"told reporters") and nouns with a that-clause ("his claim that ...")."""

from __future__ import annotations

from spacy.tokens import Token

from newsintel.english.words import RELATIVE_PRONOUNS
from newsintel.nlp.attribution.channels import citing_inside, dative_channel
from newsintel.nlp.attribution.clauses import (
    adjacent_quote,
    bare_participle,
    marked_by,
    speaker_span,
    subject_of,
)
from newsintel.nlp.attribution.lexicon import Cue
from newsintel.nlp.attribution.state import DocState, Found


def phrase_hits(state: DocState) -> list[tuple[int, int, Cue]]:
    hits = []
    for key, start, end in state.phrases(state.doc):
        label = state.doc.vocab.strings[key]
        if key == state.anon_key:
            state.anonymity.append((start, end))
            continue
        hits.append((start, end, state.lex.phrases[label[4:]]))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    kept, last_end = [], -1
    for start, end, cue in hits:
        if start >= last_end:
            kept.append((start, end, cue))
            last_end = end
    return kept


def phrase_cue(state: DocState, start: int, end: int, cue: Cue) -> None:
    if state.quote_of[start] >= 0 or any(i in state.used_cues for i in range(start, end)):
        return
    if cue.text in ("according to", "per", "as reported by", "in the words of"):
        _according_to(state, start, end, cue)
    elif cue.text == "citing":
        return  # handled with the attribution it qualifies
    else:
        # "called on", "pointed out", "told reporters": a verb phrase; its verb carries it
        verb = next((t for t in state.doc[start:end] if t.pos_ in ("VERB", "AUX")), None)
        if (
            verb is not None
            and verb.i not in state.used_cues
            and state.quote_of[verb.i] < 0
            and not bare_participle(state, verb)
        ):
            _phrase_verb(state, verb, start, end, cue)


def _phrase_verb(state: DocState, verb: Token, start: int, end: int, cue: Cue) -> None:
    content = None
    last = state.doc[end - 1]
    for child in list(verb.children) + list(last.children):
        if child.i >= end and (child.dep_ in ("ccomp", "xcomp", "pobj", "dobj") or marked_by(state, child, start, end)):
            first, last_i = state.subtree_range(child, exclude=verb)
            content = state.clean_range((max(first, end), last_i))
            break
    if content is None:
        for child in verb.children:
            if child.dep_ == "prep" and child.i >= end - 1:
                pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None:
                    content = state.clean_range(state.subtree_range(pobj, exclude=verb))
                    break
    if content is None:
        content = adjacent_quote(state, verb)
    if content is None:
        return
    head = subject_of(state, verb)
    found = Found(
        rule="phrase_verb",
        content=[content],
        cue=(start, end),
        cue_lemma=cue.text,
        stance=cue.stance,
        speaker=speaker_span(state, head, verb) if head is not None else None,
        speaker_head=head.i if head is not None else None,
        sentence=state.sent_of[verb.i],
        verb=verb.i,
    )
    state.add(found)
    state.used_cues.update(range(start, end))
    dative_channel(state, found, verb)


def _according_to(state: DocState, start: int, end: int, cue: Cue) -> None:
    prep = state.doc[end - 1]  # "to" of "according to", or "per"
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        following = state.doc[end] if end < len(state.doc) else None
        if following is None or following.pos_ not in ("PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM"):
            return
        pobj = following
        while (
            pobj.head.i >= end
            and pobj.head.i != pobj.i
            and pobj.head.i < pobj.sent.end
            and pobj.dep_ in ("compound", "det", "amod", "nummod", "poss")
        ):
            pobj = pobj.head
    phrase_tokens = set(range(start, end)) | {t.i for t in pobj.subtree}
    phrase_start = min(phrase_tokens)
    phrase_end = max(phrase_tokens) + 1
    sent = state.sents[state.sent_of[start]]
    segments = state.segments_outside(sent.start, sent.end, phrase_start, phrase_end)
    if not segments:
        return
    found = Found(
        rule="according_to",
        content=segments,
        cue=(start, end),
        cue_lemma=cue.text,
        stance=cue.stance,
        speaker=speaker_span(state, pobj, prep),
        speaker_head=pobj.i,
        sentence=state.sent_of[start],
    )
    found.content = [state.expand_to_quotes(s, e) for s, e in found.content]
    state.add(found)
    state.used_cues.update(range(start, end))
    citing_inside(state, found, pobj)


def noun_cue(state: DocState, noun: Token) -> None:
    if state.quote_of[noun.i] >= 0 or noun.i in state.used_cues:
        return
    clause = next(
        (
            c
            for c in noun.children
            if c.dep_ in ("acl", "ccomp") and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)
        ),
        None,
    )
    if clause is None:
        return
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and noun.dep_ in ("dobj", "pobj", "attr") and noun.head.pos_ in ("VERB", "AUX", "ADP"):
        governor = noun.head.head if noun.head.pos_ == "ADP" else noun.head
        owner = subject_of(state, governor)  # "Trump repeated his claims that ..."
        if owner is not None and owner.pos_ == "PRON" and owner.lower_ in RELATIVE_PRONOUNS:
            owner = None
    cue = state.lex.nouns[noun.lemma_.lower()]
    content = state.clean_range(state.subtree_range(clause, exclude=noun))
    if content is None:
        return  # a clause of punctuation only: nothing was said
    found = Found(
        rule="noun_cue",
        content=[content],
        cue=(noun.i, noun.i + 1),
        cue_lemma=noun.lemma_.lower(),
        stance=cue.stance,
        speaker=state.trim_punct(owner.left_edge.i, owner.right_edge.i + 1) if owner is not None else None,
        speaker_head=owner.i if owner is not None else None,
        sentence=state.sent_of[noun.i],
    )
    if owner is not None and owner.i in range(found.start, found.end):
        return
    state.add(found)
    state.used_cues.add(noun.i)
