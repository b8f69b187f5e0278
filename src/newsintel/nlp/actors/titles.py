"""People's titles in the text ("Foreign Minister X", "X, spokesperson for Y") checked against
their dated roles: a title the person no longer held on the publication date is flagged."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from newsintel.nlp.actors.entries import ActorEntry
from newsintel.nlp.actors.state import DocActors, Mention

if TYPE_CHECKING:
    from newsintel.nlp.actors.index import ActorIndex

LESSER_TITLES = frozenset(("vice", "deputy", "assist", "acting", "former", "under", "first"))
TITLE_FILLERS = frozenset(("of", "the", "for", "and", "republ", "state", "nation"))  # stems


class StaleRoles:
    """The linker's stale-role checks (a mixin of ActorLinker)."""

    index: ActorIndex

    if TYPE_CHECKING:

        def _role_label(self, role) -> str: ...

    def _stale_roles(self, doc: Doc, day: dt.date | None, state: DocActors, agent_matches) -> list[dict]:
        if day is None:
            return []
        flags = []
        seen: set[tuple[str, str]] = set()
        for mention in state.mentions:
            entry = self.index.actor(mention.actor)
            if entry is None or entry.type != "person" or not entry.roles:
                continue
            title = self._title_in_text(doc, mention)
            if title is None or (entry.id, title.text.lower()) in seen:
                continue
            seen.add((entry.id, title.text.lower()))
            flag = self._stale_flag(doc, entry, title, day)
            if flag:
                flags.append(flag)
        return flags

    def _title_in_text(self, doc: Doc, mention: Mention, *, check_former: bool = True) -> Span | None:
        """The title the article gives the person: an appositive ("X, spokesperson for Y";
        "The coordinator ..., X") or a title right before the name ("Foreign Minister X")."""
        span = doc[mention.start : mention.end]
        root = span.root
        former = self.index.lexicon.former_words
        candidates: list[Span | None] = []
        if root.dep_ == "appos":
            head_noun = title_head(root.head)
            if head_noun is not None:
                candidates.append(noun_phrase_without(head_noun, span))
        candidates.extend(noun_phrase_without(c, span) for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN")
        title = title_before(doc, mention.start)
        if title is not None:
            candidates.append(title)
        for candidate in candidates:
            if candidate is None or not len(candidate):
                continue
            if check_former and any(t.lower_.strip("-") in former for t in candidate):
                return None  # "former spokesman": the article itself says it is past
            return candidate
        return None

    def _stale_flag(self, doc: Doc, entry: ActorEntry, title: Span, day: dt.date) -> dict | None:
        if title.root.pos_ == "ADJ" or any(t.pos_ in ("VERB", "AUX") for t in title):
            return None  # "presidential front-runner", "a president whom he mentioned": no title
        head = stem(title.root.lower_)
        matching = [r for r in entry.roles if any(title_words(t)[1] == head for t in r.titles)]
        if not matching or any(r.period.contains(day) for r in matching):
            return None
        if bare_courtesy_title(title, matching):
            return None
        ended = [(r.period.end, r) for r in matching if r.period.end is not None and r.period.end < day]
        if not ended:
            return None  # the role comes later: the article is not out of date
        end, past = max(ended, key=lambda pair: pair[0])
        if bare_title(title) and (day - end).days > HISTORICAL_DAYS:
            return None  # "under President George W. Bush" years later: history, not staleness
        current = entry.roles_on(day)
        now = "; ".join(self._role_label(r) for r in current) or "no role on record"
        span_start = min(title.start_char, doc[title.start].idx)
        return {
            "kind": "stale_role",
            "message": (
                f"{entry.name} is called '{title.text}' here, but held the role "
                f"'{self._role_label(past)}' from {past.period.start or '?'} to {past.period.end or '?'}; "
                f"on {day.isoformat()} the dictionary has: {now}"
            ),
            "span": {"start": span_start, "end": title.end_char, "text": doc.text[span_start : title.end_char]},
        }


_TITLE_POS = frozenset(("NOUN", "PROPN", "ADJ"))


def title_before(doc: Doc, start: int) -> Span | None:
    """The words right before a name that form its title ("Afghan President", "Foreign
    Minister"): up to four nouns/adjectives in a row, none of them a date or another name."""
    first = start
    while first > 0 and start - first < 4:
        token = doc[first - 1]
        if token.pos_ not in _TITLE_POS or token.ent_type_ in _NOT_TITLE_ENTS or token.is_sent_end:
            break
        first -= 1
    if first == start or doc[start - 1].pos_ == "ADJ":
        return None
    return doc[first:start]


_NOT_TITLE_ENTS = frozenset(("PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"))


def title_head(token: Token) -> Token | None:
    """The common noun an appositive name hangs from; climbs over a misattached proper noun
    ("The coordinator for counterterrorism at the State Department, Nathan Sales")."""
    for _ in range(4):
        if token.pos_ == "NOUN":
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def noun_phrase_without(head: Token, person: Span) -> Span | None:
    """The noun phrase headed by `head`, without the person's name and what follows it."""
    tokens = [t for t in head.subtree if not (person.start <= t.i < person.end)]
    if head.i < person.start:
        tokens = [t for t in tokens if t.i < person.start]
    else:
        tokens = [t for t in tokens if t.i >= person.end]
    if not tokens:
        return None
    start = tokens[0].i
    end = tokens[-1].i + 1
    while end > start and head.doc[end - 1].is_punct:
        end -= 1
    while start < end and head.doc[start].lower_ in ("a", "an", "the"):
        start += 1
    return head.doc[start:end] if end > start else None


def title_words(title: str) -> tuple[set[str], str]:
    """Stemmed words of a title and the stem of its head noun (the last word before
    "of"/"for"/"to": "minister of foreign affairs" -> minist)."""
    words = re.findall(r"[a-z]+", title.lower())
    head_part = re.split(r"\b(?:of|for|to|at|in)\b", " ".join(words))[0].split() or words
    return {stem(w) for w in words}, stem(head_part[-1]) if head_part else ""


def same_title(term: str, title: str) -> bool:
    """Does the text's title ("foreign minister") name this role's title ("minister of
    foreign affairs")? Same head noun, every word of the text in the role, at most one
    other word, and no "vice"/"deputy" the text did not say."""
    wanted, wanted_head = title_words(term)
    words, head = title_words(title)
    if not wanted or wanted_head != head or not wanted <= words:
        return False
    extra = words - wanted
    return not extra & LESSER_TITLES and len(extra - TITLE_FILLERS) <= 1


HISTORICAL_DAYS = 2 * 365  # a bare title this long after the role ended names a past era


def bare_title(title: Span) -> bool:
    return len([t for t in title if t.is_alpha]) == 1


def bare_courtesy_title(title: Span, roles) -> bool:
    """ "Secretary Clinton": one bare word that is only the head of longer role titles
    ("secretary of state") is the courtesy title former holders keep, not a claim that the
    person still holds the office."""
    words = [t for t in title if t.is_alpha]
    if len(words) != 1:
        return False
    return all(len(re.findall(r"[a-z]+", t.lower())) > 1 for r in roles for t in r.titles)


def stem(word: str) -> str:
    """A crude stem so that spokesman/spokesperson/spokeswoman and minister/ministry meet."""
    return word[:6]
