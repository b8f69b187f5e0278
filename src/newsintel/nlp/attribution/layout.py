"""Speakers shown by layout rather than by a verb: "X: “...”" and a colon closing the sentence
before a quotation, a dash signature after it ("“...” ― Name"), a "Name: ..." headline line and
an upper-case transcript turn ("PENCE: ...")."""

from __future__ import annotations

import re

from spacy.tokens import Span

from newsintel.nlp.attribution.clauses import speaker_span
from newsintel.nlp.attribution.state import DocState, Found

DASHES = {"\u2015", "\u2014", "\u2013", "-", "--"}
# "PENCE: ..." or "“WALLACE: ..." at the start of a paragraph
TRANSCRIPT_TURN = re.compile(r"(?m)^[\"\u201c']?(?P<name>[A-Z][A-Z.'\- ]{1,30}[A-Z]):[ \t]+")
# "Pence: ..." / "Rush Limbaugh: ..." at the start of a paragraph: one to four capitalised words
HEADLINE_SPEAKER = re.compile(r"(?m)^(?P<name>[A-Z][\w.'\u2019\-]*(?: [A-Z][\w.'\u2019\-]*){0,3}):[ \t]+(?=\S)")


def colon_speaker(state: DocState, qs: int, qe: int) -> bool:
    """ "X: “...”" — a noun phrase and a colon right before the quotation."""
    if qs == 0 or state.doc[qs - 1].text != ":":
        return False
    colon = state.doc[qs - 1]
    sent_start = state.sents[state.sent_of[colon.i]].start
    if colon.i - sent_start > 10 or colon.i == sent_start:
        return False
    tokens = state.doc[sent_start : colon.i]
    if any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return False
    head = tokens.root
    if head.pos_ not in ("PROPN", "NOUN", "PRON"):
        return False
    state.add(
        Found(
            rule="colon_speaker",
            content=[(qs, qe)],
            cue=(colon.i, colon.i + 1),
            cue_lemma=":",
            stance="neutral",
            speaker=state.trim_punct(sent_start, colon.i),
            speaker_head=head.i,
            sentence=state.sent_of[qs],
        )
    )
    return True


def colon_introduced(state: DocState, qs: int, qe: int) -> bool:
    """ "He listed the qualities:\n\n“...”": the quotation after a colon belongs to the
    attribution of the colon's sentence, or else to that sentence's subject."""
    i = qs - 1
    while i >= 0 and state.doc[i].is_space:
        i -= 1
    if i < 0 or state.doc[i].text != ":" or state.quote_of[i] >= 0:
        return False
    sentence = state.sent_of[i]
    owner = next((f for f in state.found if not f.is_channel and f.cue and state.sent_of[f.cue[0]] == sentence), None)
    if owner is not None:
        owner.content.append((qs, qe))
        state.mark((qs, qe))
        return True
    sent_start = state.sents[sentence].start
    if any(state.quote_of[k] >= 0 for k in range(sent_start, i)):
        return False
    root = next((t for t in state.doc[sent_start:i] if not sent_start <= t.head.i < i or t.head.i == t.i), None)
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None
    if root is None or subject is None or subject.pos_ not in ("PROPN", "NOUN", "PRON") or subject.i >= i:
        return False
    state.add(
        Found(
            rule="colon_introduced",
            content=[(qs, qe)],
            cue=(i, i + 1),
            cue_lemma=":",
            stance="neutral",
            speaker=speaker_span(state, subject, root),
            speaker_head=subject.i,
            sentence=state.sent_of[qs],
        )
    )
    return True


def dash_speaker(state: DocState, qs: int, qe: int) -> bool:
    """ "“...” ― Name": a signature after a dash names the speaker of the quotation."""
    i = qe
    while i < len(state.doc) and state.doc[i].is_space:
        i += 1
    if qe > qs and state.doc[qe - 1].text[-1] in "\u2015\u2014\u2013" and state.doc[qe - 1].text[0] in '\u201d"':
        i = qe - 1  # "”―" tokenized as one: the closing mark and the dash
    elif i >= len(state.doc) or state.doc[i].text not in DASHES:
        return False
    start = i + 1
    while start < len(state.doc) and state.doc[start].is_space:
        start += 1
    end = start
    while (
        end < len(state.doc)
        and not state.doc[end].is_space
        and "\n" not in state.doc[end].text
        and state.quote_of[end] < 0
    ):
        if state.doc[end].text in (".", "!", "?") and end > start:
            break
        end += 1
    names = [t for t in state.doc[start:end] if t.is_alpha]
    if not names or len(names) > 8 or not names[0].is_title:
        return False
    start, end = state.trim_punct(start, end)
    state.add(
        Found(
            rule="dash_speaker",
            content=[(qs, qe)],
            cue=(i, i + 1),
            cue_lemma=state.doc[i].text,
            stance="neutral",
            speaker=(start, end),
            speaker_head=state.phrase_head(start, end).i,
            sentence=state.sent_of[qs],
        )
    )
    return True


def headline_speakers(state: DocState) -> None:
    """ "Pence: Trump Was Mocking the Campaign" — a short name and a colon open a paragraph."""
    text = state.text
    for match in HEADLINE_SPEAKER.finditer(text):
        name_text = match.group("name")
        if name_text.lower() in state.words.labels or name_text.isupper():
            continue  # upper-case names are transcript turns
        name = state.doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
        body_end = text.find("\n", match.end())
        body_end = len(text) if body_end < 0 else body_end
        body = state.doc.char_span(match.end(), body_end, alignment_mode="expand")
        if name is None or body is None or len(body) < 3 or any(t.pos_ in ("VERB", "AUX") for t in name):
            continue
        inside = [f for f in state.found if f.cue is not None and body.start <= f.cue[0] < body.end]
        if any(state.covered[i] for i in range(body.start, body.end)) and not _only_these_cover(state, inside, body):
            continue
        content = state.clean_range((body.start, body.end))
        if content is None:
            continue
        # "Rubio: I Still Believe ...": cues inside the line are the named speaker's words
        state.found = [f for f in state.found if not any(f is g for g in inside)]
        state.add(
            Found(
                rule="headline_speaker",
                content=[content],
                cue=(name.end, name.end + 1),
                cue_lemma=":",
                stance="neutral",
                speaker=(name.start, name.end),
                speaker_head=name.root.i,
                sentence=state.sent_of[name.start],
            )
        )


def _only_these_cover(state: DocState, found: list[Found], body: Span) -> bool:
    """Every covered token of `body` belongs to one of `found`, all of them inside it."""
    own = {i for f in found for s, e in f.content for i in range(s, e)}
    if not found or any(not (body.start <= s and e <= body.end) for f in found for s, e in f.content):
        return False
    return all(i in own for i in range(body.start, body.end) if state.covered[i])


def transcript_turns(state: DocState) -> None:
    """ "PENCE: Well, ..." — a transcript turn: an upper-case name and a colon open the paragraph."""
    text = state.text
    for match in TRANSCRIPT_TURN.finditer(text):
        name = state.doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
        body_end = text.find("\n", match.end())
        body_end = len(text) if body_end < 0 else body_end
        body = state.doc.char_span(match.end(), body_end, alignment_mode="expand")
        if name is None or body is None or len(body) == 0 or any(state.covered[i] for i in range(body.start, body.end)):
            continue
        colon = name.end
        content = state.clean_range((body.start, body.end))
        if content is None:
            continue
        if state.doc[content[1] - 1].text in ('"', "\u201d") and state.quote_of[content[1] - 1] >= 0:
            content = (content[0], content[1] - 1)
        state.add(
            Found(
                rule="transcript_turns",
                content=[content],
                cue=(colon, colon + 1),
                cue_lemma=":",
                stance="neutral",
                speaker=(name.start, name.end),
                speaker_head=name.end - 1,
                sentence=state.sent_of[name.start],
            )
        )
