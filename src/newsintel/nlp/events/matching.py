"""Match the word part of a pattern against the tokens on one side of a verb.

The tokens are given in the order the pattern reads them: after the verb in text order;
before the verb nearest-first (with multi-word items reversed to match). A pattern element
joined by `_` must touch the previous match; otherwise words may be skipped, as in TABARI.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsintel.nlp.events.patterns import Element, PatternSet
from newsintel.nlp.events.syntax import ActorIndex

NEAR_GAP = 3  # words allowed between two words of one PETRARCH phrase group
MAX_STEPS = 2000  # backtracking budget per pattern side; patterns are short


class SideMatcher:
    def __init__(self, tokens: list[Token], patterns: PatternSet, actors: ActorIndex, *, reverse: bool) -> None:
        self.tokens = tokens
        self.words = [t.lower_ for t in tokens]
        self.patterns = patterns
        self.actors = actors
        self.reverse = reverse
        self.steps = 0

    def match(self, elements: tuple[Element, ...]) -> dict[str, Token] | None:
        """Slot name -> token for the first way the elements match, or None."""
        self.steps = 0
        slots: dict[str, Token] = {}
        return slots if self._match(elements, 0, 0, slots) else None

    def _match(self, elements: tuple[Element, ...], k: int, position: int, slots: dict[str, Token]) -> bool:
        if k == len(elements):
            return True
        self.steps += 1
        if self.steps > MAX_STEPS:
            return False
        element = elements[k]
        if element.joined and element.kind in ("word", "synset"):
            last = position + 1
        elif element.near:  # inside a phrase group: a few modifiers may come between
            last = position + NEAR_GAP + 1
        else:
            last = len(self.tokens)
        for start in range(position, min(last, len(self.tokens))):
            for end, captured in self._element_at(element, start):
                if captured is not None:
                    slots[element.kind] = captured
                if self._match(elements, k + 1, end, slots):
                    return True
                slots.pop(element.kind, None)
        return False

    def _element_at(self, element: Element, start: int) -> list[tuple[int, Token | None]]:
        """Ways `element` can match at `start`: (next position, captured token)."""
        if element.kind == "word":
            return [(start + 1, None)] if self.words[start] == element.value else []
        if element.kind == "synset":
            ends = []
            for words in self._members(element.value).get(self.words[start], ()):
                if tuple(self.words[start : start + len(words)]) == words:
                    ends.append((start + len(words), None))
            return sorted(ends, reverse=True)
        token = self.tokens[start]
        if element.kind == "skip":  # a noun phrase or an actor
            if self.actors.actor(token) is None and token.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
                return []
            return [(self._phrase_end(start), None)]
        if self.actors.actor(token) is None:  # source / target / compound slots
            return []
        return [(self._phrase_end(start), token)]

    def _members(self, name: str) -> dict[str, list[tuple[str, ...]]]:
        return self.patterns.members_by_first_word(name, reverse=self.reverse)

    def _phrase_end(self, start: int) -> int:
        """The position after the noun phrase or actor mention that starts at `start`."""
        token = self.tokens[start]
        if self.reverse:
            edge = self.actors.mention_start.get(token.i, token.left_edge.i if token.dep_ != "ROOT" else token.i)
            position = start
            while position + 1 < len(self.tokens) and self.tokens[position + 1].i >= edge:
                position += 1
            return position + 1
        chunk_end = self.actors.mention_end.get(token.i)
        if chunk_end is None:
            chunk_end = token.i
            head = token
            while head.dep_ in ("compound", "amod", "det", "poss", "nummod") and head.head.i > head.i:
                head = head.head
            chunk_end = max(chunk_end, head.i)
        position = start
        while position + 1 < len(self.tokens) and self.tokens[position + 1].i <= chunk_end:
            position += 1
        return position + 1
