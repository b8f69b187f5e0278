"""Token and span helpers of the actor linker: token texts, NER spans without their quirks,
character bounds, sentence numbers, lines written in capitals."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from newsintel.english.dateline import DASHES
from newsintel.nlp.actors.matcher import Match
from newsintel.nlp.actors.state import DocActors, Mention

SUBJECT_DEPS = frozenset(("nsubj", "nsubjpass", "csubj"))


SHOUTED_MIN_WORDS = 4  # a sentence of at least this many words, nearly all in capitals


def without_acronyms_in_capitals(doc: Doc, matches: list[Match], state: DocActors, texts: list[str]) -> list[Match]:
    """ "TELL US WHAT IS NEXT": in a line written in capitals every word looks like an
    acronym, so short all-capital aliases (US, IS, AP) match nothing there."""
    starts = state.sentence_starts(doc)
    shouted: dict[int, bool] = {}
    kept = []
    for match in matches:
        words = texts[match.start : match.end]
        if len(words) != 1 or not words[0].isupper() or len(words[0].strip(".")) > 3:
            kept.append(match)
            continue
        number = sentence_number(starts, match.start)
        if number not in shouted:
            end = starts[number + 1] if number + 1 < len(starts) else len(texts)
            letters = [t for t in texts[starts[number] : end] if t.isalpha() and len(t) > 1]
            capitals = [t for t in letters if t.isupper()]
            shouted[number] = len(letters) >= SHOUTED_MIN_WORDS and len(capitals) >= 0.8 * len(letters)
        if shouted[number]:
            state.common_words.add(match.start)  # nor a local actor from the NER
        else:
            kept.append(match)
    return kept


def same_initials(text: str, name: str) -> bool:
    """Do two names have the same acronym (first letters of their words)? A fuzzy match may
    fix a misspelt word, never turn one organisation's acronym into another's (CBI -> FBI)."""

    def initials(value: str) -> str:
        return "".join(word[0] for word in re.findall(r"[a-z0-9]+", value.lower()))

    return initials(text) == initials(name)


def token_texts(doc: Doc) -> tuple[list[str], str]:
    """Every token's text and the document text, built from arrays: `doc.text` and iterating
    tokens create a Python object per token, which costs more than the linking itself."""
    from spacy.attrs import ORTH, SPACY

    strings = doc.vocab.strings
    array = doc.to_array([ORTH, SPACY]).tolist()
    texts = [strings[orth] for orth, _ in array]
    text = "".join(t + " " if space else t for t, (_, space) in zip(texts, array, strict=True))
    return texts, text


def clean_entity(ent: Span) -> Span | None:
    """An NER span without its quirks: leading "the", trailing punctuation and possessive."""
    start, end = ent.start, ent.end
    doc = ent.doc
    end = _before_open_bracket(doc, start, end)
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
        start += 1
    while end > start and (
        doc[end - 1].is_punct or doc[end - 1].tag_ == "POS" or doc[end - 1].lower_ in ("'s", "\u2019s")
    ):
        end -= 1
    start = _after_dateline(doc, start, end)
    if end <= start:
        return None
    span = Span(doc, start, end, label=ent.label_)
    if not any(c.isalpha() for c in span.text):
        return None
    return span


def _before_open_bracket(doc: Doc, start: int, end: int) -> int:
    """ "Kavala (Drama" of "in Kavala (Drama)": a bracket the NER opened inside the name and
    never closed holds another name (its district); the name ends before it."""
    for i in range(start + 1, end):
        if doc[i].text in ("(", "["):
            return end if any(t.text in (")", "]") for t in doc[i + 1 : end]) else i
    return end


def _after_dateline(doc: Doc, start: int, end: int) -> int:
    """ "ROME - Bernie Sanders": a dateline in capitals that the NER ran into the name; the
    name starts after the dash."""
    for i in range(start + 1, end - 1):
        if doc[i].text in DASHES and doc[i - 1].whitespace_:
            before = [t for t in doc[start:i] if t.is_alpha]
            if before and all(t.is_upper for t in before):
                return i + 1
    return start


def with_definite_article(doc: Doc, start: int, state: DocActors) -> int:
    """Include "the" in "the Afghan government" (as in dictionary names like "the Taliban")."""
    if start > 0 and doc[start - 1].lower_ == "the" and state.free(start - 1, start):
        return start - 1
    return start


def char_bounds(span: Span) -> tuple[int, int]:
    end = span.end_char
    if ends_sentence_with_period(span[-1]):
        end -= 1  # "ISIS-K." at the end of a sentence: the period is the sentence's
    return span.start_char, end


def ends_sentence_with_period(token: Token) -> bool:
    """A word like "K." whose period closes the sentence (spaCy keeps it on the word)."""
    text = token.text
    if not (text.endswith(".") and text.count(".") == 1 and len(text) > 1):
        return False
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        following is None
        or token.is_sent_end
        or following.is_quote
        or following.is_punct
        or (following.is_title and following.is_sent_start)
        or following.text[:1].isupper()
    )


def end_char(doc: Doc, end: int) -> int:
    token = doc[end - 1]
    return token.idx + len(token.text)


def strip_final_period(doc: Doc, mention: Mention, start: int, end: int) -> tuple[int, int]:
    last = doc[mention.end - 1]
    if mention.end_char is None and end == last.idx + len(last.text) and ends_sentence_with_period(last):
        end -= 1
    return start, end


def is_group_noun(span: Span) -> bool:
    """NORP used as a group of people ("the Houthis said"), not as an adjective."""
    root = span.root
    return root.tag_ in ("NNPS", "NNS") and root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")


def is_subject(token: Token) -> bool:
    while token.dep_ in ("compound", "appos", "conj", "amod", "poss") and token.head is not token:
        token = token.head
    return token.dep_ in SUBJECT_DEPS


def sentence_number(starts: list[int], position: int) -> int:
    return bisect_right(starts, position) - 1


def name_words(name: str, span: Span) -> tuple[set[str], set[str]]:
    """The words of a dictionary name and of a text span, lower-cased, without final dots."""
    return {w.lower().rstrip(".") for w in name.split()}, {t.lower_.rstrip(".") for t in span}
