"""Where a trigger stands in its sentence: the parse tests the events coder asks before it codes a
word (inside a name, a noun clause, a place phrase, a relation, a light verb's object, ...).

Pure functions of spaCy tokens, so each can be tested on one parsed sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsintel.nlp.events.lexicon import words
from newsintel.nlp.events.modes import cues


def through_container(obj: Token | None) -> Token | None:
    """'seized control of Kabul': the target is Kabul, not control."""
    if obj is None or (obj.lemma_.lower() not in words("container_nouns") and obj.pos_ != "NUM"):
        return obj
    for child in obj.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            inner = next((p for p in child.children if p.dep_ == "pobj"), None)
            if inner is not None:
                return inner
    return obj


def outside_target_reach(token: Token, verb: Token) -> bool:
    """For newsintel's own entries, where a target cannot be: a place phrase, a clause about
    the object, an adverbial clause ("until Clinton makes ..."), a beneficiary ("fighting for
    the Islamic State")."""
    if in_locative_phrase(token, verb) or in_noun_clause(token, verb):
        return True
    for ancestor in [token, *token.ancestors]:
        if ancestor.i == verb.i:
            return False
        if ancestor.dep_ == "advcl" or (
            ancestor.dep_ == "prep" and ancestor.lower_ in words("beneficiary_prepositions")
        ):
            return True
        if ancestor.dep_ == "prep" and ancestor.lower_ in cues()["background_prepositions"]:
            return True  # "reimposed blockades following the deaths of two Israelis": the time frame
        with_object = any(c.dep_ == "dobj" for c in verb.children)
        if ancestor.dep_ == "prep" and ancestor.lower_ == "with" and ancestor.head.i == verb.i and with_object:
            return True  # "hit a town ... with Jordan": a verb with its object takes no second one by "with"
    return False


def in_noun_clause(token: Token, verb: Token) -> bool:
    """Whether `token` sits in a clause attached to a noun below the verb."""
    for ancestor in [token, *token.ancestors]:
        if ancestor.i == verb.i:
            return False
        if ancestor.dep_ in ("acl", "relcl", "ccomp", "advcl") and ancestor.head.pos_ in ("NOUN", "PROPN"):
            return True
    return False


def place_phrase_tokens(trigger: Token) -> list[int]:
    """Tokens of the trigger's place phrases ("in Kabul", "across Afghanistan"); for an event
    noun, those of the verb it is the object of as well ("launched attacks in Kabul")."""
    heads = [trigger]
    if trigger.dep_ in ("dobj", "obj", "nsubjpass") and trigger.head.pos_ == "VERB":
        heads.append(trigger.head)
    found: list[int] = []
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in words("place_prepositions"):
                found.extend(t.i for t in child.subtree)
    return found


def carrying_participle(verb: Token) -> Token | None:
    """'AQAP issued a video ... threatening to kill': a participle on a thing (not a person) that
    is the object of a verb speaks for that verb's subject; returns that verb."""
    if verb.dep_ == "xcomp":
        verb = verb.head  # "threatening to kill": the killer is the threatener
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return None
    thing = verb.head
    if thing.pos_ != "NOUN" or thing.dep_ not in ("dobj", "obj") or thing.lemma_.lower() in words("people_objects"):
        return None
    return thing.head


def conjoined_passive(verb: Token) -> bool:
    """A participle coordinated with a passive verb shares its passive voice."""
    if verb.tag_ != "VBN" or verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "aux") for c in verb.children):
        return False
    return any(c.dep_ == "auxpass" for c in verb.head.children)


def names_its_frame(noun: Token) -> bool:
    """'a mediation effort', 'a rescue operation': the event noun modifies a noun that only frames it."""
    return noun.dep_ == "compound" and noun.head.lemma_.lower() in words("event_frame_nouns")


def base_guesses(form: str) -> list[str]:
    """Base forms a regular inflection may come from: "staged" -> stage, "waged" -> wage."""
    if form.endswith("ed") and len(form) > 4:
        return [form[:-1], form[:-2]]
    if form.endswith("ing") and len(form) > 5:
        return [form[:-3] + "e", form[:-3]]
    return []


def held_by_relation(token: Token) -> bool:
    """'arrested Baghdadi's wife': the possessor of a relational noun is not the one acted on."""
    for ancestor in [token, *token.ancestors][:3]:
        if ancestor.dep_ == "poss" and ancestor.head.lemma_.lower() in words("relational_people"):
            return True
        if ancestor.dep_ in ("poss", "compound", "nmod", "amod") and ancestor.head.lower_ in words("held_people"):
            return True  # "threatening ISIS hostages": the hostages, not ISIS
    return False


def held_by_relation_below(head: Token) -> bool:
    """'the detentions of Baghdadi's wife': the phrase names a relative, not the actor."""
    return head.lemma_.lower() in words("relational_people") and any(c.dep_ == "poss" for c in head.children)


def in_a_name(token: Token) -> bool:
    """'the Iraq War', 'Operation Desert Storm': an event word inside a name is no event."""
    if token.ent_type_.lower() in words("named_event_entities"):
        return True
    if token.pos_ not in ("NOUN", "PROPN") or token.i == token.sent.start:
        return False
    if not token.text[:1].isupper() or token.text.isupper():
        return False
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children) or token.tag_ == "NNP"


def nominal_gerund(token: Token) -> bool:
    """'Fighting between X and Y resumed': a gerund used as a noun, without its own subject."""
    if token.tag_ != "VBG" or token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos"):
        return False
    return not any(c.dep_ in ("nsubj", "aux", "dobj") for c in token.children)


def in_locative_phrase(token: Token, verb: Token) -> bool:
    """Whether `token` sits in a place phrase of the verb ("in Kabul", "across Afghanistan")."""
    for ancestor in [token, *token.ancestors]:
        if ancestor.i == verb.i:
            return False
        if ancestor.dep_ == "prep" and ancestor.lower_ in words("locative_prepositions"):
            return True
    return False


def prep_object(head: Token, preps: set[str]) -> Token | None:
    """The object of the first of `head`'s prepositions in `preps`."""
    return next(
        (p for c in head.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children if p.dep_ == "pobj"),
        None,
    )


def of_light_verb(noun: Token) -> bool:
    """'declared war on X', 'waged war on X': the parser often hangs the noun's prepositions on the verb."""
    return noun.dep_ in ("dobj", "obj") and is_light_verb(noun.head)


def is_light_verb(token: Token) -> bool:
    """By lemma, or by form where the lemmatizer errs ("waged" -> "wag")."""
    light = words("light_verbs")
    return token.lemma_.lower() in light or token.lower_ in light


def code_or_none(code: object) -> str | None:
    """An entry's alternative code; "none" (or nothing) means no event."""
    return None if code in (None, "none") else str(code)
