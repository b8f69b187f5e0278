"""What kind of thing an event's object is: people, a place, a facility, a physical thing, a
gathering, or something abstract ("the plan", "the nomination", "a video").

Violent and coercive entries say which classes they accept (`objects:` in patterns.yaml); an
object of another class means the verb is used figuratively. The word lists are data
(`data/frames.yaml`).
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from newsintel.nlp.events.lexicon import words

# object class -> its word list in frames.yaml
_LISTS = {
    "people": "people_objects",
    "places": "place_objects",
    "facilities": "facility_objects",
    "things": "thing_objects",
    "gatherings": "gathering_objects",
}
OBJECT_CLASSES = tuple(_LISTS)
ABSTRACT = "abstract"
ANY = "any"  # a pronoun or a number: its class is not in the words


@functools.lru_cache(maxsize=1)
def _class_of_lemma() -> dict[str, str]:
    found: dict[str, str] = {}
    for name, listed in _LISTS.items():
        for lemma in words(listed):
            found.setdefault(lemma, name)
    for lemma in words("abstract_objects"):
        found[lemma] = ABSTRACT  # "record", "post": the abstract reading is the figurative one
    return found


@functools.lru_cache(maxsize=1)
def _class_of_label() -> dict[str, str]:
    pairs = (item.partition(":") for item in words("object_entity_classes"))
    return {label.upper(): kind.lower() for label, _, kind in pairs}  # spaCy labels are upper case


def object_class(token: Token) -> str | None:
    """The class of the noun phrase headed by `token`; None when unknown."""
    if token.pos_ in ("PRON", "NUM") or token.like_num:
        return ANY  # "attacked them", "killed 12", "the area they tried to capture"
    lemma, lower = token.lemma_.lower(), token.lower_
    known = _class_of_lemma()
    if lemma in known or lower in known:
        return known.get(lemma) or known[lower]
    if token.ent_type_ and token.ent_type_ in _class_of_label():
        return _class_of_label()[token.ent_type_]
    if token.tag_ in ("NNS", "NNPS") and lower.endswith(tuple(words("people_suffixes"))):
        return "people"
    return None


def accepted_classes(frame: dict) -> frozenset[str]:
    """The classes an entry accepts (`objects: all` or a list of class names)."""
    wanted = frame.get("objects") or ()
    if wanted == "all":
        return frozenset((*OBJECT_CLASSES, ANY))
    return frozenset((*wanted, ANY))


def is_natural_force(subject: Token) -> bool:
    """'A winter storm', 'Hurricane Katrina', 'the earthquake': no one's attack."""
    forces = words("natural_forces")
    return subject.lemma_.lower() in forces or any(
        child.dep_ == "compound" and child.lemma_.lower() in forces for child in subject.children
    )


def abstract_reason(verb: Token) -> bool:
    """'attacked his rival over the tax plan': a reason phrase about something abstract."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]  # the parser often hangs it there
    for child in [c for head in (verb, *objects) for c in head.children]:
        if child.dep_ == "prep" and child.lower_ in words("reason_prepositions"):
            pobj = next((p for p in child.children if p.dep_ == "pobj"), None)
            if pobj is not None and _class_of_lemma().get(pobj.lemma_.lower()) == ABSTRACT:
                return True
    return False
