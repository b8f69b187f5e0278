"""What the actor linker knows about one document while it links: mentions found so far."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc

from newsintel.nlp.actors.entries import ActorEntry

NO_ENTRY = ActorEntry(id="none", name="none")


@dataclass(slots=True)
class Mention:
    start: int  # token index
    end: int  # token index, exclusive
    actor: str
    how: str  # alias | demonym | composed | metonym | partial | fuzzy | title | description | local
    start_char: int | None = None  # set when the span is narrower than its tokens
    end_char: int | None = None


@dataclass(slots=True)
class DocActors:
    """The actors found so far in one document, and their mentions."""

    text: str = ""
    day: dt.date | None = None  # the publication date
    entries: dict[str, dict] = field(default_factory=dict)  # actor id -> Actor record dict
    mentions: list[Mention] = field(default_factory=list)
    covered: set[int] = field(default_factory=set)  # token indices inside a mention
    inner_countries: dict[int, str | None] = field(default_factory=dict)  # name start -> A3
    common_words: set[int] = field(default_factory=set)  # alias words rejected as no name
    # name start -> {"candidate", "name", "score", "reason"}: an entry that came close but was not linked
    unlinked: dict[int, dict] = field(default_factory=dict)
    titled_surnames: dict[str, str] = field(default_factory=dict)  # "bush" -> actor of "President Bush"
    named: list = field(default_factory=list)  # the dictionary matches, places included ("in Kabul")
    chain_places: list[tuple[int, int, bool]] = field(default_factory=list)  # admin chains' places, see chains.py

    _sentence_starts: list[int] | None = None

    def sentence_starts(self, doc: Doc) -> list[int]:
        if self._sentence_starts is None:
            has_sentences = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
            self._sentence_starts = [s.start for s in doc.sents] if has_sentences else [0]
        return self._sentence_starts

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        self.covered.update(range(mention.start, mention.end))

    def free(self, start: int, end: int) -> bool:
        return not any(i in self.covered for i in range(start, end))
