"""The state the attribution rules share for one Doc, and the `Found` items they build.

`DocState` holds what every rule family reads (sentences cut at paragraph breaks, the quotations
and which token lies in which, the paragraph of each token, the cue tokens already used, the
tokens already covered) and the few operations on it that every family needs: token ranges
cleaned of stray punctuation, and `add`, which keeps a content inside its paragraph and marks
it covered. The rules themselves are functions of a `DocState` in the modules beside this one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from newsintel.nlp.annotations import token_starts
from newsintel.nlp.attribution.lexicon import CueLexicon, SpeakerWords
from newsintel.nlp.attribution.quotes import find_quotes

_NEWLINE = re.compile("\n")


@dataclass
class Found:
    """One attribution under construction; spans are token index ranges [start, end)."""

    content: list[tuple[int, int]]
    cue: tuple[int, int] | None
    cue_lemma: str | None
    stance: str
    speaker: tuple[int, int] | None
    speaker_head: int | None = None
    sentence: int = 0
    channel: Found | None = None  # the outer attribution this one reached the article through
    continues: Found | None = None  # the attribution whose speaker this one continues
    is_channel: bool = False  # an outer attribution created for a relaying outlet/document
    rule: str = ""  # the pattern that found it, for evidence and error analysis
    relative: tuple[int, int] | None = None  # "an assessment, which claimed": the relative pronoun
    verb: int | None = None  # the cue's verb token, when the cue is a verb

    @property
    def start(self) -> int:
        return min(s for s, _ in self.content)

    @property
    def end(self) -> int:
        return max(e for _, e in self.content)


class DocState:
    """Everything computed for one Doc that the rule families share."""

    def __init__(
        self,
        doc: Doc,
        *,
        lexicon: CueLexicon,
        words: SpeakerWords,
        phrases: PhraseMatcher,
        anon_key: int,
        token_actor: dict[int, str],
        actor_types: dict[str, str | None],
        text: str,
    ) -> None:
        self.doc = doc
        self.text = text  # Doc.text is rebuilt on every access: it is read once per document
        self.token_actor = token_actor
        self.actor_types = actor_types
        self.lex = lexicon
        self.words = words
        self.phrases = phrases  # the lexicon's multi-word cues and the anonymity phrases
        self.anon_key = anon_key
        self.found: list[Found] = []
        self.anonymity: list[tuple[int, int]] = []
        self.sents: list[Span] = _paragraph_sentences(doc)
        self.sent_of = [0] * len(doc)
        for k, sent in enumerate(self.sents):
            for i in range(sent.start, sent.end):
                self.sent_of[i] = k
        self.quotes = self.quote_token_spans()
        self.quote_of = [-1] * len(doc)
        for q, (s, e) in enumerate(self.quotes):
            for i in range(s, e):
                self.quote_of[i] = q
        self.para_of = self.paragraph_index()
        self.used_cues: set[int] = set()
        self.last_relative: Token | None = None
        self.covered = [False] * len(doc)

    def paragraph_index(self) -> list[int]:
        """token.i -> paragraph number (the parser's sentences may run over blank lines)."""
        starts = token_starts(self.doc)
        breaks = sorted({bisect_right(starts, match.start()) - 1 for match in _NEWLINE.finditer(self.text)})
        index, paragraph, next_break = [0] * len(starts), 0, iter(breaks)
        after = next(next_break, None)  # the token whose text or trailing space holds a newline
        for i in range(len(starts)):
            index[i] = paragraph
            while after is not None and after <= i:
                paragraph += 1
                after = next(next_break, None)
        return index

    def quote_token_spans(self) -> list[tuple[int, int]]:
        spans = []
        for quote in find_quotes(self.text):
            span = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
            if span is not None and len(span):
                spans.append((span.start, span.end))
        return spans

    def expand_to_quotes(self, start: int, end: int) -> tuple[int, int]:
        """Grow a content range to whole quotations it cuts into (multi-sentence quotes)."""
        for i in (start, end - 1):
            q = self.quote_of[i] if 0 <= i < len(self.doc) else -1
            if q >= 0:
                start, end = min(start, self.quotes[q][0]), max(end, self.quotes[q][1])
        return start, end

    def subtree_range(self, token: Token, *, exclude: Token | None = None) -> tuple[int, int]:
        start, end = token.left_edge.i, token.right_edge.i + 1
        if exclude is not None and start <= exclude.i < end:
            if exclude.i < token.i:
                start = exclude.right_edge.i + 1 if exclude.right_edge.i < token.i else token.i
            else:
                end = exclude.left_edge.i if exclude.left_edge.i > token.i else token.i + 1
        return self.expand_to_quotes(start, end)

    def clean_range(self, span: tuple[int, int] | None) -> tuple[int, int] | None:
        if span is None:
            return None
        start, end = span
        while start < end and (
            self.doc[start].is_space
            or self.doc[start].text in (",", ";", ":", "—", "–", "-")
            and self.quote_of[start] < 0
        ):
            start += 1
        while end > start and (
            self.doc[end - 1].is_space
            or self.doc[end - 1].text in (",", ";", ":", "—", "–", "-", ".")
            and self.quote_of[end - 1] < 0
        ):
            end -= 1
        return (start, end) if end > start else None

    def trim_punct(self, start: int, end: int) -> tuple[int, int]:
        while start < end - 1 and (self.doc[start].is_punct or self.doc[start].is_space):
            start += 1
        while end - 1 > start and (self.doc[end - 1].is_punct or self.doc[end - 1].is_space):
            end -= 1
        return start, end

    def only_punct(self, start: int, end: int) -> bool:
        return all(t.is_punct or t.is_space or t.pos_ in ("CCONJ", "ADV") for t in self.doc[start:end])

    def same_paragraph(self, start: int, end: int) -> bool:
        return "\n" not in self.text[self.doc[start - 1].idx if start else 0 : self.doc[end].idx]

    def phrase_head(self, start: int, end: int) -> Token:
        return self.doc[start:end].root

    def segments_outside(self, start: int, end: int, cut_start: int, cut_end: int) -> list[tuple[int, int]]:
        segments = []
        for s, e in ((start, cut_start), (cut_end, end)):
            s, e = self.clean_range((s, e)) or (s, s)
            if e > s and sum(1 for t in self.doc[s:e] if t.is_alpha) >= 3:
                segments.append((s, e))
        return segments

    def add(self, found: Found) -> None:
        anchor = found.cue[0] if found.cue else None
        pieces = [self.within_paragraph(c, anchor) for c in found.content if c is not None and c[1] > c[0]]
        found.content = [c for c in pieces if c is not None]
        if not found.content:
            return
        self.found.append(found)
        for span in found.content:
            self.mark(span)

    def within_paragraph(self, span: tuple[int, int], anchor: int | None) -> tuple[int, int] | None:
        """Cut a content at paragraph breaks, keeping the part on the cue's side (the parser's
        sentences can run over a blank line; a content never does)."""
        start, end = span
        breaks = [i for i in range(start, end) if "\n" in self.doc[i].text and self.quote_of[i] < 0]
        if not breaks:
            return span
        if anchor is None or anchor < start:
            return self.clean_range((start, breaks[0]))
        if anchor >= end:
            return self.clean_range((breaks[-1] + 1, end))
        before = [b for b in breaks if b < anchor]
        after = [b for b in breaks if b > anchor]
        return self.clean_range((before[-1] + 1 if before else start, after[0] if after else end))

    def mark(self, span: tuple[int, int]) -> None:
        for i in range(*span):
            self.covered[i] = True

    def add_one_word_cue(
        self,
        rule: str,
        content: tuple[int, int],
        verb: Token,
        speaker: tuple[int, int] | None,
        speaker_head: int | None,
        *,
        stance: str = "neutral",
    ) -> None:
        """An attribution whose cue is the verb alone (a construction around it revealed it)."""
        self.add(
            Found(
                rule=rule,
                content=[content],
                cue=(verb.i, verb.i + 1),
                cue_lemma=verb.lemma_.lower(),
                stance=stance,
                speaker=speaker,
                speaker_head=speaker_head,
                sentence=self.sent_of[verb.i],
            )
        )
        self.used_cues.add(verb.i)


def _paragraph_sentences(doc: Doc) -> list[Span]:
    """The parser's sentences, cut again at paragraph breaks, which it sometimes runs over."""
    sentences = []
    for sent in doc.sents:
        start = sent.start
        for token in sent:
            if "\n" in token.text and token.i + 1 < sent.end:
                sentences.append(doc[start : token.i + 1])
                start = token.i + 1
        sentences.append(doc[start : sent.end])
    return [s for s in sentences if len(s)]
