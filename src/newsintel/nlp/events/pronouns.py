"""Carry actors to pronouns and definite descriptions that stand for them ("He urged...",
"when the group seized control"), so that events keep their source across clauses.

A deliberately small resolver: a pronoun in a reported clause is the reporter ("X said it
would act"); otherwise the nearest earlier subject actor of a compatible kind.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from newsintel.english.words import NON_PERSON_ACTOR_PRONOUNS as NON_PERSONAL
from newsintel.english.words import PERSON_ACTOR_PRONOUNS as PERSONAL
from newsintel.nlp import annotations as doc_annotations
from newsintel.nlp.events.lexicon import words
from newsintel.nlp.events.syntax import ActorIndex, np_actors, phrase_head

LOOKBACK_SENTENCES = 2
ORDINAL_REFERENCES = {"former", "latter"}


class LazyAntecedents(dict):
    """The antecedents of a Doc's pronouns, resolved on first use (most sentences need none)."""

    def __init__(self, doc: Doc, actors: ActorIndex) -> None:
        super().__init__()
        self._doc: Doc | None = doc
        self._actors = actors

    def _resolve(self) -> None:
        if self._doc is not None:
            doc, self._doc = self._doc, None
            self.update(pronoun_antecedents(doc, self._actors))

    def get(self, key, default=None):
        self._resolve()
        return super().get(key, default)

    def __contains__(self, key) -> bool:
        self._resolve()
        return super().__contains__(key)

    def __getitem__(self, key):
        self._resolve()
        return super().__getitem__(key)


def pronoun_antecedents(doc: Doc, actors: ActorIndex) -> dict[int, list[str]]:
    kinds = {actor_id: (actor.get("type") or "") for actor_id, actor in doc_annotations.actors_by_id(doc).items()}
    subjects: list[tuple[int, int, list[str]]] = []  # (token index, sentence index, actors)
    sentence_of: dict[int, int] = {}
    resolved: dict[int, list[str]] = {}
    for number, sentence in enumerate(doc.sents):
        for token in sentence:
            sentence_of[token.i] = number
            if actors.actor(token) is None and token.lower_ in ORDINAL_REFERENCES:
                found = _former_or_latter(token, actors)
                if found:
                    resolved[token.i] = found
            elif actors.actor(token) is None and _is_anaphor(token):
                found = (
                    _compatible(token, _reporter(token, actors), kinds)
                    or _unambiguous(_recent(subjects, token, number, kinds), token, actors, kinds)
                    or _nearest_person(token, actors, kinds, sentence_of)
                )
                if found:
                    resolved[token.i] = found
                    if token.dep_ in ("nsubj", "nsubjpass"):
                        subjects.append((token.i, number, found))
            elif token.dep_ in ("nsubj", "nsubjpass"):
                named = [a for a, _ in np_actors(phrase_head(token), actors)]
                if named:
                    subjects.append((token.i, number, named))
    return resolved


def _is_anaphor(token: Token) -> bool:
    lower = token.lower_
    if lower in PERSONAL or lower in NON_PERSONAL:
        return True
    if lower not in words("group_nouns"):
        return False
    determiner = next((c for c in token.children if c.dep_ == "det"), None)
    return determiner is not None and determiner.lower_ == "the" and token.dep_ in ("nsubj", "nsubjpass", "poss")


def _reporter(token: Token, actors: ActorIndex) -> list[str]:
    """'Ethiopia indicated it would act': the pronoun subject of a reported clause."""
    clause = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ not in ("ccomp", "xcomp"):
        return []
    for child in clause.head.children:
        if child.dep_ == "nsubj" and child.i != token.i:
            return [a for a, _ in np_actors(phrase_head(child), actors)]
    return []


def _unambiguous(found: list[str], token: Token, actors: ActorIndex, kinds: dict[str, str]) -> list[str]:
    """'he' after a person subject is that person only if no other person is named between them
    ("the video shows Foley ... before he is executed": not an earlier subject)."""
    if not found or token.lower_ not in PERSONAL or not kinds:
        return found
    sentence = token.sent
    for index in range(max(sentence.start, token.i - 80), token.i):
        actor = actors.actor(index)
        if actor is not None and actor not in found and kinds.get(actor) == "person":
            return []
    return found


def _recent(
    subjects: list[tuple[int, int, list[str]]], token: Token, sentence: int, kinds: dict[str, str]
) -> list[str]:
    personal = token.lower_ in PERSONAL
    for index, number, found in reversed(subjects):
        if index >= token.i or sentence - number > LOOKBACK_SENTENCES or not found:
            continue
        is_person = all(kinds.get(a) == "person" for a in found)
        if (personal == is_person or not kinds) and _compatible(token, found, kinds):
            return found
    return []


def _nearest_person(token: Token, actors: ActorIndex, kinds: dict[str, str], sentence_of: dict[int, int]) -> list[str]:
    """'he'/'she' with no person subject before: the nearest person named before it."""
    if token.lower_ not in PERSONAL:
        return []
    for index in range(token.i - 1, -1, -1):
        if sentence_of[token.i] - sentence_of[index] > LOOKBACK_SENTENCES:
            break
        actor = actors.actor(index)
        if actor is not None and kinds.get(actor) == "person":
            return [actor]
    return []


def _compatible(token: Token, found: list[str], kinds: dict[str, str]) -> list[str]:
    """`found` if a definite description can refer to it: "the government" is a state or a
    government, never an armed group (frames.yaml `group_noun_kinds`); pronouns take any kind."""
    allowed = _group_noun_kinds().get(token.lower_)
    if allowed is None or not kinds:
        return found
    return found if found and all(kinds.get(actor, "") in allowed for actor in found) else []


@functools.lru_cache(maxsize=1)
def _group_noun_kinds() -> dict[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}
    for item in words("group_noun_kinds"):
        noun, _, kinds = item.partition(":")
        table[noun] = frozenset(kinds.split())
    return table


def _former_or_latter(token: Token, actors: ActorIndex) -> list[str]:
    """'the Islamic State attacking the Taliban and the Taliban attacking the former's hideouts':
    the former/latter of the last two actors named before it in its sentence; none if fewer."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return []
    named: list[str] = []
    for index in range(max(token.sent.start, token.i - 60), token.i):  # a bounded look back
        actor = actors.actor(index)
        if actor is not None and actor not in named[-1:]:
            named = [a for a in named if a != actor] + [actor]
    if len(named) < 2:
        return []
    return [named[-2]] if token.lower_ == "former" else [named[-1]]
