"""Tell a country or capital standing for its government ("Washington urged", "urged
Moscow") from the land itself.

The actors stage marks such metonyms (`doc._.ni_metonyms`); this module adds a dependency
rule of its own for the places the actors stage did not claim: a country or a capital that
is the subject of a verb of saying or deciding, or the object of a verb addressed to people
("urge", "warn", "tell"), is an actor.
"""

from __future__ import annotations

import functools
import importlib.resources

from spacy.tokens import Doc

from newsintel.nlp.places.gazetteer import CAPITAL, COUNTRY, Gazetteer
from newsintel.nlp.places.recognize import Mention

DATA = importlib.resources.files("newsintel.nlp.places") / "data"
SUBJECT_DEPS = frozenset({"nsubj"})
OBJECT_DEPS = frozenset({"dobj", "dative"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


@functools.lru_cache(maxsize=1)
def metonym_verbs() -> tuple[frozenset[str], frozenset[str]]:
    """(verbs whose subject is an agent, verbs whose object is an addressee)."""
    subject, obj = set(), set()
    for line in (DATA / "metonym_verbs.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        role, _, lemma = line.rpartition(":")
        if role in ("", "subject"):
            subject.add(lemma)
        if role in ("", "object"):
            obj.add(lemma)
    return frozenset(subject), frozenset(obj)


def is_metonym(doc: Doc, mention: Mention, entry: int | None, gaz: Gazetteer) -> bool:
    """A country or capital that is the agent or addressee of a human verb."""
    if entry is None or gaz.feature[entry] not in (COUNTRY, CAPITAL):
        return False
    span = doc[mention.start : mention.end]
    root = span.root
    head = root.head
    if head.i == root.i or head.pos_ not in ("VERB", "AUX"):
        return False
    subject_verbs, object_verbs = metonym_verbs()
    if root.dep_ in SUBJECT_DEPS:
        return head.lemma_ in subject_verbs
    if root.dep_ in OBJECT_DEPS:
        return head.lemma_ in object_verbs
    return False


def is_affiliation(doc: Doc, mention: Mention, entry: int | None, gaz: Gazetteer) -> bool:
    """A country name modifying a common noun ("US officials", the
    "US intelligence assessment"): it says whose, not where."""
    if entry is None or gaz.feature[entry] != COUNTRY:
        return False
    root = doc[mention.start : mention.end].root
    return root.dep_ in MODIFIER_DEPS and root.head.i > root.i and root.head.pos_ == "NOUN"
