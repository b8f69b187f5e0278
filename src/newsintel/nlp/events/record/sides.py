"""The two sides of an event record: who acted and who suffered, their ACLED actor types,
countries and ACLED-style names, read from the event's actors and the parse ("gunmen shot a
trader": the subject and the object), with ACLED's conventions for sides a report leaves
unnamed (an unidentified armed group, civilians, the protesters of the country)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from spacy.tokens import Token

from newsintel.nlp.events.record.acled import actor_type, armed_types_in
from newsintel.nlp.events.record.taxonomy import country_names, taxonomy

CROWDS = (None, "civilians", "protesters", "rioters")
SUBJECTS = frozenset({"nsubj", "csubj"})
OBJECTS = frozenset({"dobj", "nsubjpass", "obj"})


class SideContext(Protocol):
    """What the sides read of the Doc (record.component's `_DocContext`)."""

    @property
    def places(self) -> dict[str, dict]: ...

    @property
    def actors(self) -> dict[str, dict]: ...

    @property
    def country(self) -> str | None: ...

    @property
    def place_tokens(self) -> Mapping[int, str]: ...


def set_actors(event: dict, context: SideContext, head: Token) -> None:
    place_country = context.places.get(event.get("place") or "", {}).get("country") or context.country
    phrases = role_phrases(head)
    for role in ("source", "target"):
        actor = context.actors.get(event.get(role) or "")
        acting = role == "source"
        if actor and _parse_disagrees(actor, phrases[role], acting=acting):
            actor = None  # "armed men clashed with police near X": the subject, not a place taken for an actor
        text = event.get("source_text") if role == "source" else event.get("target_text")
        words = (text.lower().split() if text else []) + phrases[role]
        dictionary_type = actor.get("type") if actor else None
        if dictionary_type == "state" and actor_type(words, acting=acting) in CROWDS[1:]:
            dictionary_type = None  # "Palestinian youths", "Chinese tourists": people of the country, not its state
        kind = actor_type(words, dictionary_type=dictionary_type, acting=acting) if (actor or words) else None
        if kind is None:
            continue
        country = (actor or {}).get("country") or place_country
        if kind == "political militia" and _named_by_a_people(words, head, context, actor):
            kind = "identity militia"  # "Fulani militiamen", "Tiv militias": ACLED's ethnic or communal militia
        if kind == "state forces" and not acting and _off_duty(words, head):
            kind = "civilians"  # ACLED codes off-duty or retired members of the forces as civilians
        elif kind == "state forces" and actor and country and place_country and country != place_country:
            kind = "external/other"  # a state's forces abroad
        elif kind == "state forces" and actor and not actor.get("country") and actor.get("type") == "military":
            kind = "external/other"  # a multinational force ("Saudi-led coalition", a UN mission)
        put_actor(event, role, kind, country, acled_name(kind, actor, words, country))


def _named_by_a_people(words: list[str], head: Token, context: SideContext, actor: dict | None) -> bool:
    """Whether the side is a militia named by a people ("Fulani militiamen", "Tiv militias"): a
    name before the militia word that is neither a place ("Libyan militias") nor an armed group
    the dictionary knows ("Mayi Mayi militia")."""
    if actor and taxonomy().dictionary_types.get(actor.get("type") or "") not in (None, "civilians"):
        return False
    militia = taxonomy().cues["militia_words"]
    for token in head.sent:
        if token.i == head.sent.start or not militia.any_in([token.lower_]):
            continue
        name = token.doc[token.i - 1]
        if (
            name.is_title
            and not name.lower_.endswith(("ist", "ists"))  # "Islamist", "Maoist": a creed's militia is political
            and name.lower_ in words
            and name.i not in context.place_tokens
            and name.ent_type_ not in ("GPE", "LOC", "FAC", "DATE")
        ):
            return True
    return False


def _off_duty(words: list[str], head: Token) -> bool:
    """ "a retired officer", "a police officer (off duty)": not acting as the state's forces."""
    cues = taxonomy().cues
    return cues["off_duty"].any_in([w.lower() for w in words]) or cues["off_duty_anywhere"].any_in(
        [t.lower_ for t in head.sent]
    )


def _parse_disagrees(actor: dict, phrase: list[str], *, acting: bool) -> bool:
    """Whether the parse's phrase for a side names an actor of its own that is not the event's
    actor, a name the actors stage found in the text but does not know as a group ("armed men
    clashed with police near X": X is no side): the phrase has an actor type and none of the
    actor's name words. A dictionary actor stays (its aliases differ from its name)."""
    weak = actor.get("local") and taxonomy().dictionary_types.get(actor.get("type") or "") in (None, "civilians")
    if not weak or not phrase or not actor_type(phrase, acting=acting):
        return False
    name = {w.lower() for w in str(actor.get("name") or "").split()}
    return not name & set(phrase)


def put_actor(event: dict, role: str, kind: str, country: str | None, name: str) -> None:
    event[f"{role}_actor_type"] = kind
    event[f"{role}_inter"] = taxonomy().inter(kind)
    event[f"{role}_country"] = country
    event[f"{role}_acled_name"] = name


def role_phrases(head: Token) -> dict[str, list[str]]:
    """The words of the phrases that name who acted and who suffered, from the parse: the
    verb's subject (or passive agent) and object (or passive subject); for an event noun,
    "between A and B", "by A", "on/against B". "counterpart": the other side of a fight
    ("fought with vendors", "clashes between A and B"), the victims of no one."""
    found: dict[str, list[str]] = {"source": [], "target": [], "counterpart": []}
    if head.pos_ in ("NOUN", "PROPN"):
        for prep in (c for c in head.children if c.dep_ == "prep"):
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if not objects:
                continue
            if prep.lower_ == "between":
                found["source"] = _phrase(objects[0], with_conj=False)
                found["target"] = [w for t in objects[0].conjuncts for w in _phrase(t, with_conj=False)]
                found["counterpart"] = found["source"] + found["target"]
            elif prep.lower_ == "by":
                found["source"] = _phrase(objects[0])
            elif prep.lower_ in ("on", "against", "with", "at"):
                found["target"] = _phrase(objects[0])
                if prep.lower_ == "with":
                    found["counterpart"] = found["target"]
        return found
    targets: list[list[str]] = []
    prep_targets: list[list[str]] = []
    for child in head.children:
        if child.dep_ in SUBJECTS:
            found["source"] = _phrase(child)
        elif child.dep_ == "agent":
            found["source"] = [w for c in child.children if c.dep_ == "pobj" for w in _phrase(c)]
        elif child.dep_ in OBJECTS:
            targets.insert(0, _phrase(child))
            # "launched an attack on the army": the event noun's target
            prep_targets += [
                [w for c in prep.children if c.dep_ == "pobj" for w in _phrase(c)]
                for prep in child.children
                if prep.dep_ == "prep" and prep.lower_ in ("on", "against")
            ]
        elif child.dep_ == "prep" and child.lower_ in ("on", "against", "at", "with"):
            # "On 2 March, militants ambushed ...": a date is never a side
            pobjs = [c for c in child.children if c.dep_ == "pobj" and c.ent_type_ not in ("DATE", "TIME")]
            prep_targets.append([w for c in pobjs for w in _phrase(c)])
            if child.lower_ == "with":
                found["counterpart"] = prep_targets[-1]
    if not targets:
        targets = _shared_objects(head)
    targets += [t for t in prep_targets if t]
    # "exchanged fire with the police": the first phrase that names a side, not the object "fire"
    found["target"] = next((t for t in targets if actor_type(t)), targets[0] if targets else [])
    if head.lemma_.lower() in taxonomy().victim_subject_verbs:  # "a prisoner died": the subject suffered
        found["source"], found["target"] = [], found["source"] or found["target"]
        return found
    verb = head
    while not found["source"] and verb.dep_ in ("conj", "advcl", "xcomp") and verb.head is not verb:
        # "gunmen shot and killed", "militants ambushed a patrol, killing three": the head verb's subject
        verb = verb.head
        found["source"] = [w for c in verb.children if c.dep_ in SUBJECTS for w in _phrase(c)]
    return found


def _strategic_actor(
    event: dict, context: SideContext, words: list[str], window: tuple[int, int], country: str | None
) -> None:
    """The side of a strategic development the parse left unnamed: the armed side the sentence
    names ("a military column entered ...", "trucks were set on fire by armed men"); forces of
    another country than the event's are external ("a US military column entered Syria")."""
    named = armed_types_in(words)
    if not named and event.get("acled_sub_event_type") == "Looting/property destruction":
        named = ["political militia"]  # "a shop was set on fire": ACLED's unidentified armed group
    if not named:
        return
    kind, side_country = named[0], country
    foreign = _foreign_state_near(context, window, country) if kind == "state forces" else None
    if foreign is not None:
        kind, side_country = "external/other", foreign
    put_actor(event, "source", kind, side_country, acled_name(kind, None, words, side_country))


def _foreign_state_near(context: SideContext, window: tuple[int, int], country: str | None) -> str | None:
    """The country of a state the text names ("US", "Russian") in the window, other than `country`."""
    start, end = window
    found = [
        (mention["start"], str(actor["country"]))
        for actor in context.actors.values()
        if actor.get("type") in ("state", "military") and actor.get("country") and actor.get("country") != country
        for mention in actor.get("mentions") or ()
        if start <= mention["start"] < end
    ]
    return min(found)[1] if found and country else None


def _armed_group_near(event: dict, context: SideContext, window: tuple[int, int]) -> dict | None:
    """The first armed group the dictionary knows (a rebel group or militia) named in the event's
    sentence or the next ones, other than the victims: who planted the bomb or claimed the attack."""
    start, end = window
    armed = {"rebel group", "political militia", "identity militia"}
    found = [
        (mention["start"], actor)
        for actor in context.actors.values()
        if actor["id"] != event.get("target") and taxonomy().dictionary_types.get(actor.get("type") or "") in armed
        for mention in actor.get("mentions") or ()
        if start <= mention["start"] < end
    ]
    return min(found, key=lambda f: f[0])[1] if found else None


def _shared_objects(verb: Token) -> list[list[str]]:
    """The object a verb shares with the verbs it is joined to: "ambushed and killed three
    policemen" (the next verb's), "a policeman was shot and killed" (the first verb's)."""
    joined = [c for c in verb.conjuncts if c.pos_ == "VERB"]
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        joined.insert(0, verb.head)
    for other in joined:
        objects = [_phrase(c) for c in other.children if c.dep_ in OBJECTS]
        if objects:
            return objects
    return []


def _phrase(token: Token, *, with_conj: bool = True) -> list[str]:
    """The words of the noun phrase headed by `token`: its modifiers, "group of X", and (with
    `with_conj`) the phrases joined to it; not its clauses or other prepositional phrases."""
    words: list[str] = []
    for child in token.lefts:
        if child.dep_ not in ("punct", "cc", "det", "nummod", "quantmod"):
            words += [t.lower_ for t in child.subtree if not t.is_punct]
    words.append(token.lower_)
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            words += [t.lower_ for t in child.subtree if not t.is_punct][1:6]
        elif child.dep_ == "conj" and with_conj:
            words += _phrase(child)
        elif child.dep_ in ("compound", "amod", "appos") and child.dep_ != "appos":
            words.append(child.lower_)
    return words[:12]


def acled_name(kind: str, actor: dict | None, words: list[str], country: str | None) -> str:
    tax = taxonomy()
    place_name = country_names().get(country or "", country or "")
    named_group = actor and (not actor.get("local") or actor.get("type") not in ("person", "other", None))
    if actor and named_group and kind not in ("state forces", "external/other", "civilians", "protesters", "rioters"):
        return str(actor["name"])  # "Taliban", an organisation the text names: its own name
    if kind == "state forces" and tax.police_words & set(words):
        pattern = tax.police_name
    else:
        found = tax.actor_type(kind)
        pattern = found.name_pattern if found else "{country}"
    return pattern.format(country=place_name).replace(" ()", "").strip()


def default_actors(event: dict, context: SideContext, words: list[str], *, window: tuple[int, int] = (0, 0)) -> None:
    """ACLED's conventions for the sides a report leaves unnamed or names as a crowd: protesters
    and rioters are those of the event's country, an unnamed attacker is an unidentified armed
    group, the victims of violence against civilians are civilians."""
    kind = event["acled_event_type"]
    country = (
        context.places.get(event.get("place") or "", {}).get("country")
        or event.get("source_country")
        or context.country
    )
    source = event.get("source_actor_type")
    crowd = {"Protests": "protesters", "Riots": "rioters"}.get(kind)
    if (
        crowd
        and source not in (None, "civilians", "protesters", "rioters")
        and event.get("target_actor_type") in CROWDS
    ):
        # ACLED's actor1 of a protest or riot is the crowd: "police fought with vendors" -> rioters, police
        for field in ("actor_type", "inter", "country", "acled_name"):
            event[f"target_{field}"] = event.get(f"source_{field}")
        source = None
    if (
        crowd
        and source in (None, "civilians", "protesters", "rioters")
        and not (crowd == "protesters" and source == "rioters")
    ):
        put_actor(event, "source", crowd, country, acled_name(crowd, None, [], country))
    elif (
        source == "civilians"
        and kind in ("Battles", "Violence against civilians")
        and taxonomy().cues["gun_use"].any_in(words)
    ):
        # "two men on a motorbike opened fire": a shooter is ACLED's unidentified armed group, not a civilian
        put_actor(event, "source", "political militia", country, acled_name("political militia", None, [], country))
    elif source is None and kind in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
        # "three militants were killed during a firefight with the army": the armed side the sentence
        # names that is not the victims'; else ACLED's unidentified armed group
        named = armed_types_in(words)
        other = next((t for t in named if t != event.get("target_actor_type")), None)
        unidentified = taxonomy().cues["unidentified_attackers"].any_in(words)
        if kind != "Battles" and "political militia" in named and unidentified:
            other = "political militia"  # "an IED planted in an army truck by unknown men": the unknown men
        # one-sided violence: the forces the words name are more likely its victims than the group named
        named_victims = kind != "Battles" and other == "state forces"
        group = _armed_group_near(event, context, window) if other is None or named_victims else None
        if group is not None:  # "an IED planted by the XYZ hit a bus", "XYZ claimed responsibility"
            group_kind = taxonomy().dictionary_types[group["type"]]
            put_actor(event, "source", group_kind, group.get("country") or country, str(group["name"]))
            source = group_kind
        kind_of_source = (
            other if other and kind != "Violence against civilians" or other == "state forces" else "political militia"
        )
        if group is None:
            put_actor(event, "source", kind_of_source, country, acled_name(kind_of_source, None, words, country))
    elif source is None and event.get("acled_sub_event_type") == "Arrests":
        put_actor(event, "source", "state forces", country, acled_name("state forces", None, ["police"], country))
    elif source is None and kind == "Strategic developments":
        _strategic_actor(event, context, words, window, country)
    if kind == "Violence against civilians" and event.get("target_actor_type") is None:
        put_actor(event, "target", "civilians", country, acled_name("civilians", None, [], country))
