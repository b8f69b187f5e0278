"""Quotations and fragments without a cue of their own: a quotation followed by a subject and
any verb ("“...,” Ramos barked"), or attached to the cue of its sentence, or continuing the last
speaker of the paragraph (or the one before); "And that ..." fragments continuing the previous
reported claim."""

from __future__ import annotations

from newsintel.nlp.attribution.clauses import noun_of, speaker_span
from newsintel.nlp.attribution.layout import colon_introduced, colon_speaker, dash_speaker
from newsintel.nlp.attribution.state import DocState, Found

MIN_QUOTE_WORDS = 4  # a shorter quotation with no cue is a scare quote, not speech
SPEAKER_GAP_SENTENCES = 6  # how far back a continuation or pronoun may look for its speaker


def attach_quotes(state: DocState) -> None:
    for qs, qe in state.quotes:
        if any(state.covered[i] for i in range(qs, qe)):
            continue
        words = sum(1 for t in state.doc[qs:qe] if t.is_alpha)
        sent = state.sents[state.sent_of[qs]]
        opens_sentence = state.only_punct(sent.start, qs)
        if colon_speaker(state, qs, qe) or colon_introduced(state, qs, qe) or dash_speaker(state, qs, qe):
            continue
        if words < MIN_QUOTE_WORDS and not opens_sentence:
            continue  # a scare quote or a title
        if words >= MIN_QUOTE_WORDS and (_quote_then_subject(state, qs, qe) or _quote_then_name_cue(state, qs, qe)):
            continue
        previous = _previous_found(state, qs)
        if previous is None:
            continue
        if _follows_directly(state, previous, qs, opens_sentence):
            previous.content.append((qs, qe))  # "“A,” he said. “B.”": one attribution, two parts
            state.mark((qs, qe))
            continue
        if not opens_sentence or not _continues_speech(state, previous, qs):
            continue
        state.add(
            Found(
                rule="attach_quotes",
                content=[(qs, qe)],
                cue=None,
                cue_lemma=None,
                stance=previous.stance if previous.cue is None else "neutral",
                speaker=previous.speaker,
                speaker_head=previous.speaker_head,
                sentence=state.sent_of[qs],
                continues=previous,
                channel=previous.channel,
            )
        )


def _quote_then_subject(state: DocState, qs: int, qe: int) -> bool:
    """ "“...,” Ramos barked.": a quotation ending in a comma, then a subject and its verb
    (any verb: the construction itself is the cue) in the same sentence."""
    if not any(t.text in (",", "?", "!") for t in state.doc[max(qs, qe - 2) : qe + 1]):
        return False
    j = qe
    while j < len(state.doc) and (
        state.doc[j].is_punct and state.doc[j].text != "." or state.doc[j].is_space and "\n" not in state.doc[j].text
    ):
        j += 1
    if j >= len(state.doc) or state.quote_of[j] >= 0 or not state.same_paragraph(qe - 1, j):
        return False
    if _quote_then_verb(state, qs, qe, j):
        return True
    subject = state.doc[j]
    while (
        subject.dep_ not in ("nsubj",)
        and subject.head.i != subject.i
        and subject.head.i < j + 8
        and subject.head.pos_ not in ("VERB", "AUX")
    ):
        subject = subject.head
    verb = subject.head
    if (
        subject.dep_ != "nsubj"
        or verb.pos_ != "VERB"
        or not 0 < verb.i - subject.right_edge.i <= 2
        or subject.left_edge.i != j
    ):
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > verb.i for c in verb.children):
        return False  # "“...,” Trump read the letter": the verb has its own content
    state.add_one_word_cue(
        "quote_subject", (qs, qe), verb, speaker_span(state, subject, verb), noun_of(state, subject).i
    )
    return True


def _quote_then_name_cue(state: DocState, qs: int, qe: int) -> bool:
    """ "“...,” Tulsa police Chief Chuck Jordan said Monday.": read on the surface when the
    parse is broken: a quotation ending in a comma, a short run of names and nouns, then a
    quoting verb of the lexicon (said, told, added) that ends the sentence or a clause."""
    if not any(t.text in (",", "?", "!") for t in state.doc[max(qs, qe - 3) : qe]):
        return False
    j = qe
    while (
        j < len(state.doc)
        and j - qe <= 8
        and state.quote_of[j] < 0
        and (
            state.doc[j].pos_ in ("PROPN", "NOUN", "ADJ", "DET", "NUM")
            or state.doc[j].is_title
            and state.doc[j].is_alpha
            or state.doc[j].text in (".", "-", "'s", "’s")
            and j > qe
        )
        and not (state.doc[j].lemma_.lower() in state.lex.verbs and state.doc[j].tag_ in ("VBD", "VBZ"))
    ):
        j += 1
    if j == qe or j >= len(state.doc) or not state.same_paragraph(qe, j):
        return False
    verb = state.doc[j]
    cue = state.lex.verbs.get(verb.lemma_.lower())
    if cue is None or "q" not in cue.frames or verb.tag_ not in ("VBD", "VBZ") or verb.i in state.used_cues:
        return False
    after = state.doc[j + 1] if j + 1 < len(state.doc) else None
    if after is not None and (after.pos_ == "SCONJ" or after.lower_ == "that"):
        return False  # "... the chief said that ...": a clause of its own follows
    speaker = state.trim_punct(qe, j)
    head = max(range(*speaker), key=lambda i: (state.doc[i].pos_ in ("PROPN", "NOUN"), i))
    state.add_one_word_cue("quote_name_cue", (qs, qe), verb, speaker, head, stance=cue.stance)
    return True


def _quote_then_verb(state: DocState, qs: int, qe: int, j: int) -> bool:
    """ "“This is fantastic!” beamed Donna Hartley": a past-tense verb right after the
    quotation, its subject after it (the inversion itself marks the quotation's speaker)."""
    verb = state.doc[j]
    if verb.tag_ != "VBD" or verb.pos_ != "VERB":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i and c.left_edge.i == j + 1), None)
    if (
        subject is None
        or subject.pos_ not in ("PROPN", "NOUN")
        or any(c.dep_ in ("dobj", "ccomp") for c in verb.children)
    ):
        return False
    state.add_one_word_cue(
        "quote_verb_subject", (qs, qe), verb, speaker_span(state, subject, verb), noun_of(state, subject).i
    )
    return True


def _follows_directly(state: DocState, previous: Found, qs: int, opens_sentence: bool) -> bool:
    """The quotation comes right after the previous attribution's cue clause, same paragraph."""
    if previous.end > qs or not state.same_paragraph(previous.end, qs):
        return False
    if _only_glue_text(state, previous, qs):
        return True
    last_sentence = max(state.sent_of[e - 1] for _, e in previous.content)
    cue_sentence = state.sent_of[previous.cue[0]] if previous.cue else last_sentence
    return opens_sentence and state.sent_of[qs] == max(last_sentence, cue_sentence) + 1 and _quoted(state, previous)


def _quoted(state: DocState, found: Found) -> bool:
    return any(state.quote_of[i] >= 0 for s, e in found.content for i in (s, e - 1))


def _continues_speech(state: DocState, previous: Found, qs: int) -> bool:
    """A quotation opening a sentence or paragraph with no cue goes on with the last
    speaker when nothing but quotation separates them (the next paragraph, or the same)."""
    between = state.doc[previous.end : qs]
    unquoted = [t for t in between if state.quote_of[t.i] < 0 and t.is_alpha and not state.covered[t.i]]
    if previous.cue is not None:
        unquoted = [t for t in unquoted if not previous.cue[0] - 12 <= t.i < previous.cue[1] + 12]
    if len(unquoted) > 3:
        return False
    # a paragraph opening with a quotation, right after a paragraph that reports someone
    return _quoted(state, previous) or _opens_paragraph(state, qs) and _paragraphs_between(state, previous.end, qs) == 1


def _opens_paragraph(state: DocState, index: int) -> bool:
    i = index - 1
    while i >= 0 and state.doc[i].is_space and "\n" not in state.doc[i].text:
        i -= 1
    return i < 0 or "\n" in state.doc[i].text


def _paragraphs_between(state: DocState, start: int, end: int) -> int:
    return sum(1 for t in state.doc[start:end] if "\n" in t.text and state.quote_of[t.i] < 0)


def _only_glue_text(state: DocState, previous: Found, qs: int) -> bool:
    """Only the cue clause lies between the previous attribution and this quotation."""
    between = state.doc[previous.end : qs]
    if len(between) > 8:
        return False
    cue_and_speaker: set[int] = set()
    if previous.cue:
        cue_and_speaker.update(range(*previous.cue))
    if previous.speaker:
        cue_and_speaker.update(range(*previous.speaker))
    return all(
        t.is_punct or t.is_space or t.i in cue_and_speaker or t.dep_ in ("advmod", "prep", "pobj", "det", "npadvmod")
        for t in between
    ) and any(t.i in cue_and_speaker for t in between)


def _previous_found(state: DocState, index: int) -> Found | None:
    """The last attribution before `index` within reach (same or previous paragraphs)."""
    best = None
    for found in state.found:
        if found.is_channel or found.start >= index:
            continue
        if state.sent_of[index] - found.sentence > SPEAKER_GAP_SENTENCES:
            continue
        if best is None or found.start > best.start:
            best = found
    return best


def continue_fragments(state: DocState) -> None:
    """A sentence "And that ..." with no cue of its own continues the claim before it."""
    for k, sent in enumerate(state.sents):
        first = sent[0]
        if first.dep_ == "cc" and len(sent) > 1:
            first = sent[1]
        if (
            first.lower_ != "that"
            or first.dep_ not in ("mark", "nsubj", "det")
            or any(state.covered[i] for i in range(sent.start, sent.end))
        ):
            continue
        previous = _previous_found(state, sent.start)
        if previous is None or previous.sentence != k - 1 or previous.is_channel:
            continue
        span = state.clean_range((sent.start, sent.end))
        if span is not None:
            previous.content.append(span)
            state.mark(span)
