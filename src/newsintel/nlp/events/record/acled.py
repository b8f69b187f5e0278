"""ACLED's codebook as rules: the actors' types, the means of violence and the victims give
the event type and sub-event type.

    code_event(Clues(words=..., lemmas=..., trigger=..., cameo="190",
                     source_type="political militia", target_type="civilians"))
        -> Coding("Violence against civilians", "Attack", means="firearms", civilian_targeting=True)

The order follows the codebook: a demonstration is a protest, or a riot when the
demonstrators are violent; mob violence is a riot; sexual violence and abductions are
violence against civilians; a bomb, shell, missile, grenade or air strike is remote violence
(whoever it hit); arrests, agreements, seized weapons, bases, changes to a group and looting
are strategic developments; armed violence is a battle when both sides are armed (or the
text says they fought), and violence against civilians when the victims are civilians. The
event's own trigger is read first: "police arrested a man who had stabbed a neighbour" is an
arrest. Every cue list is data (`data/acled.yaml`). No spaCy: words and lemmas in, coding out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsintel.nlp.events.record.taxonomy import Phrases, Taxonomy, cameo_acled, taxonomy
from newsintel.quantities import singular

# trigger kinds that say little on their own ("killed", "destroyed"): the clause decides
GENERIC_KINDS = frozenset({None, "armed", "looting", "demonstration_strong", "remote"})
ARMED = frozenset({"state forces", "rebel group", "political militia", "identity militia", "external/other"})
UNARMED = frozenset({"civilians", "protesters"})
CROWD = frozenset({"civilians", "protesters", "rioters"})
# what an exchange of fire in the same report outweighs: the arrests, seizures or patrols around a gunfight
YIELD_TO_GUNFIGHT = frozenset({"arrests", "disrupted_weapons", "change_group", "base", "mob"})

# the kinds of event that read their cues on the trigger first, in the codebook's order
KINDS: tuple[str, ...] = (
    "demonstration_strong",
    "mob",
    "sexual_violence",
    "abduction",
    "found_dead",
    "disrupted_weapons",
    "remnants",
    "remote",
    "arrests",
    "agreement",
    "territory_taken",
    "territory_non_violent",
    "base",
    "looting",
    "warning_fire",
    "armed",
    "displacement",
    "change_group",
)


@dataclass(frozen=True, slots=True)
class Clues:
    words: Sequence[str]  # the event's clause (or sentence), lower case
    lemmas: Sequence[str]
    trigger: Sequence[str] = ()  # the trigger's words and lemmas, lower case
    cameo: str | None = None
    source_type: str | None = None  # ACLED actor types
    target_type: str | None = None
    fatalities: int | None = None
    injured: int | None = None
    target_is_place: bool = False  # "recaptured the town": territory, not an arrest
    from_cue: bool = False  # an event word the coder left uncoded: an ACLED kind must be found, no CAMEO default
    after: Sequence[str] = ()  # words and lemmas of the next sentences: what a demonstration turned into
    counterpart_type: str | None = None  # the other side of a fight: "fought with vendors" -> civilians
    grievance: bool = False  # what a protest is against ("demonstrated against the arrest of X"): the protest is coded
    clause_decides: bool = False  # an armed group's verb ("delivered"): the clause's cue words give the kind


@dataclass(frozen=True, slots=True)
class Coding:
    event_type: str
    sub_event_type: str
    means: str | None = None
    civilian_targeting: bool | None = None


def actor_type(words: Sequence[str], *, dictionary_type: str | None = None, acting: bool = False) -> str | None:
    """The ACLED actor type of an actor phrase ("unidentified gunmen" -> political militia);
    a dictionary actor's own type first ("insurgent" -> rebel group). With `acting` (the side
    that did the violence), people the words call unidentified or armed are an armed group
    ("four unidentified persons opened fire"): ACLED's unidentified armed group, not civilians."""
    tax = taxonomy()
    if dictionary_type and dictionary_type in tax.dictionary_types:
        return tax.dictionary_types[dictionary_type]
    lowered = [singular(w) for w in words]
    hits = [(end, -start, t.name) for t in tax.actor_types for start, end in t.phrases.find(lowered)]
    if not hits:
        return None
    names = {name for _, _, name in hits}
    if "identity militia" in names and "political militia" in names:
        return "identity militia"  # "ethnic militia", "clan militiamen": the identity decides
    found = max(hits)[2]  # the head of the phrase is its last word ("armed men": the longer phrase)
    if acting and found == "civilians" and tax.cues["unidentified_attackers"].any_in(lowered):
        if tax.cues["armed_community"].any_in(lowered):
            return "identity militia"  # "armed youths from the village": a communal militia
        return "political militia"
    return found


def means_of(words: Sequence[str], lemmas: Sequence[str]) -> str | None:
    """The first means (in the taxonomy's order) whose cue the words show."""
    for means, cues in taxonomy().means:
        if cues.any_in(words, lemmas):
            return means
    return None


def code_event(clues: Clues) -> Coding | None:
    """The ACLED coding of an event, or None when it is not an ACLED kind of event."""
    tax = taxonomy()
    means = means_of(clues.words, clues.lemmas)
    kind = _kind_of(clues.trigger, clues.trigger, clues, tax, means_of(clues.trigger, clues.trigger))
    if (
        clues.target_is_place
        and tax.cues["territory_verbs"].any_in(clues.trigger)
        and not tax.cues["weapon_objects"].any_in(clues.trigger)
    ):
        kind = "territory_taken"
    if (
        kind is None
        and tax.cues["assembly"].any_in(clues.trigger)
        and tax.cues["demonstration"].any_in(clues.words, clues.lemmas)
    ):
        kind = "demonstration_strong"  # "blocked the road demanding water", "gathered to denounce"
    if kind is None and _body_found(clues, tax):
        kind = "found_dead"  # "the body of a farmer was found near a river with stab wounds"
    if clues.grievance:
        kind = "demonstration_strong"  # the arrest a crowd protests is not the event reported: the protest is
    default = cameo_acled(clues.cameo)
    if kind is None and clues.from_cue:
        return None  # an uncoded event word must say itself what kind of event it is
    if kind is None and default is None and not clues.clause_decides:
        return None  # "said", "met": not an ACLED kind of event, whatever the sentence holds
    if kind == "armed" and tax.cues["armed_clash"].any_in(clues.trigger):
        kind = "clash"  # "clashed", "exchanged fire": the trigger says what happened
    if kind in GENERIC_KINDS:  # "killed", "destroyed" say little: the clause's bomb or protest decides
        kind = _kind_of(clues.words, clues.lemmas, clues, tax, means) or kind
    if clues.clause_decides and kind != "change_group":
        return None  # an armed group that "delivered" food changed its activity; other clause words say nothing of it
    if kind in YIELD_TO_GUNFIGHT and _gunfight(clues, tax):
        kind = "clash"  # "died in a gunfight with police who had come to detain them"
    if kind is None:
        if clues.from_cue or default is None:
            return None
        return Coding(default[0], default[1], means, _civilians(clues, default[0]))
    event_type, sub_type = _type_of(kind, clues, tax, means)
    return Coding(event_type, sub_type, means, _civilians(clues, event_type))


def _gunfight(clues: Clues, tax: Taxonomy) -> bool:
    """Whether the clause or the next sentences tell of an exchange of fire ("the police shot back")."""
    return tax.cues["gunfight"].any_in(clues.words, clues.lemmas) or tax.cues["gunfight"].any_in(clues.after)


def _kind_of(words: Sequence[str], lemmas: Sequence[str], clues: Clues, tax: Taxonomy, means: str | None) -> str | None:
    if not words:
        return None
    for kind in KINDS:
        if kind == "remote":
            if means in tax.remote_means:
                return kind
        elif kind == "armed":
            if _violent(words, lemmas, tax) or tax.cues["armed_clash"].any_in(words, lemmas):
                return kind
        elif (
            kind == "demonstration_strong"
            and clues.source_type == "protesters"
            or kind == "mob"
            and clues.source_type == "rioters"
            or tax.cues[kind].any_in(words, lemmas)
            and _fits(kind, words, lemmas, clues, tax)
        ):
            return kind
    return None


def _violent(words: Sequence[str], lemmas: Sequence[str], tax: Taxonomy) -> bool:
    """Whether the words tell of violence against people; "fire" in a blaze ("set a car on fire")
    does not."""
    return _outside_blazes(tax.cues["violence"], words, lemmas, tax)


def _outside_blazes(cues: Phrases, words: Sequence[str], lemmas: Sequence[str], tax: Taxonomy) -> bool:
    """Whether the cues occur outside a blaze's words ("set a car on fire" is no gunfire)."""
    blazes = tax.cues["blaze"].find(words, lemmas)
    if not blazes:
        return cues.any_in(words, lemmas)
    inside = {i for start, end in blazes for i in range(start, end)}
    return cues.any_in(
        [w if i not in inside else "" for i, w in enumerate(words)],
        [w if i not in inside else "" for i, w in enumerate(lemmas)],
    )


def _fits(kind: str, words: Sequence[str], lemmas: Sequence[str], clues: Clues, tax: Taxonomy) -> bool:
    """Conditions a cue needs beyond its words."""
    violent = _violent(words, lemmas, tax)
    if kind == "arrests":
        return clues.source_type in (None, "state forces")  # others' "detention" is an abduction
    if kind == "mob":  # "guards beat up a journalist": armed men's beating is an attack, not a mob's
        return clues.source_type not in ARMED or tax.cues["riot_words"].any_in(words, lemmas)
    if kind == "warning_fire":  # shots into the air that hit no one: a show of force, not an attack
        # the words as written: "shots" (lemma "shot") were fired, "he was shot" was hit
        return not (clues.fatalities or clues.injured) and not tax.cues["hit_marks"].any_in(words)
    if kind == "base":  # "villagers pitched tents": a crowd's camp is no base
        return clues.source_type not in CROWD
    if kind == "change_group" and clues.source_type in CROWD:
        return False  # forces deploy, groups recruit; people "deploying a favourite word" do not
    if kind == "disrupted_weapons":  # "thwarted an attack", "repelled an incursion": a fight, not a seizure
        return not tax.cues["attack_objects"].any_in(clues.trigger)
    if kind == "found_dead":  # a body found with the marks of violence, not a death at home
        return _violence_marked(clues, tax)
    if kind in ("looting", "territory_non_violent", "change_group", "agreement"):
        return not violent  # property alone; with violence against people the violence decides
    return True


def _violence_marked(clues: Clues, tax: Taxonomy) -> bool:
    """Whether the clause or the next sentences show the marks of violence (gunshot wounds, torture)."""
    marks = tax.cues["violence_marks"]
    return marks.any_in(clues.words, clues.lemmas) or marks.any_in(clues.after)


def _body_found(clues: Clues, tax: Taxonomy) -> bool:
    """ "the body of a farmer was found ... bearing stab wounds", "remains were dumped": a finding or
    dumping verb whose clause names a body, and the marks of violence."""
    return (
        tax.cues["body_verbs"].any_in(clues.trigger)
        and tax.cues["body_words"].any_in(clues.words, clues.lemmas)
        and _violence_marked(clues, tax)
    )


def _type_of(kind: str, clues: Clues, tax: Taxonomy, means: str | None) -> tuple[str, str]:
    words, lemmas = clues.words, clues.lemmas
    if kind == "demonstration_strong":
        return _demonstration(clues, tax)
    if kind == "mob":
        return "Riots", "Mob violence"
    if kind == "sexual_violence":
        return "Violence against civilians", "Sexual violence"
    if kind == "abduction":
        if clues.target_type in ARMED:  # soldiers or police taken: a fight between armed sides
            return "Battles", "Armed clash"
        return "Violence against civilians", "Abduction/forced disappearance"
    if kind == "found_dead":
        return "Violence against civilians", "Attack"  # a body found with the marks of violence
    if kind == "remote":
        if tax.cues["direct_fire"].any_in(words, lemmas) and (clues.target_type in ARMED or _names_armed(words, tax)):
            return "Battles", "Armed clash"  # mortars and small arms at each other's positions: a fight
        return "Explosions/Remote violence", tax.remote_means[means or ""]
    if kind == "territory_taken":
        if clues.source_type == "state forces":
            return "Battles", "Government regains territory"
        return "Battles", "Non-state actor overtakes territory"
    if kind in ("armed", "clash"):
        return _armed(clues, tax)
    if (
        kind == "looting"
        and clues.source_type not in ARMED
        and (
            tax.cues["protest_fires"].any_in(words, lemmas)
            or tax.cues["violent_demonstration"].any_in(words, lemmas)
            and (tax.cues["demonstration"].any_in(words, lemmas) or tax.cues["demonstration"].any_in(clues.after))
        )
    ):
        return "Riots", "Violent demonstration"  # "burned tires on the road, demanding water"
    if kind == "arrests" and (
        tax.cues["custody_abuse"].any_in(words, lemmas) or tax.cues["custody_abuse"].any_in(clues.after)
    ):
        return "Violence against civilians", "Attack"  # "detained and tortured a villager": the abuse is coded
    sub_types = {
        "disrupted_weapons": "Disrupted weapons use",
        "arrests": "Arrests",
        "agreement": "Agreement",
        "territory_non_violent": "Non-violent transfer of territory",
        "base": "Headquarters or base established",
        "looting": "Looting/property destruction",
        "change_group": "Change to group/activity",
        "displacement": "Other",
        "remnants": "Other",
        "warning_fire": "Other",
    }
    del words, lemmas
    return "Strategic developments", sub_types[kind]


def _demonstration(clues: Clues, tax: Taxonomy) -> tuple[str, str]:
    words, lemmas = clues.words, clues.lemmas
    violent = tax.cues["violent_demonstration"]
    rioting = clues.source_type == "rioters" or violent.any_in(words, lemmas) or violent.any_in(clues.after)
    # a grievance's sides are those of the arrest protested, not of the protest
    if rioting and (clues.grievance or not _done_to_protesters(clues, tax)):
        return "Riots", "Violent demonstration"
    if (
        tax.cues["excessive_force"].any_in(words, lemmas)
        and (clues.fatalities or 0) > 0
        and clues.target_type == "protesters"
    ):
        return "Protests", "Excessive force against protesters"
    if tax.cues["intervention"].any_in(words, lemmas):
        return "Protests", "Protest with intervention"
    return "Protests", "Peaceful protest"


def _done_to_protesters(clues: Clues, tax: Taxonomy) -> bool:
    """ "police fired tear gas and injured protesters": the violence is the forces', not the crowd's."""
    return (
        clues.source_type == "state forces"
        and clues.target_type in ("protesters", None)
        and tax.cues["intervention"].any_in(clues.words, clues.lemmas)
    )


def _armed(clues: Clues, tax: Taxonomy) -> tuple[str, str]:
    source, target = clues.source_type, clues.target_type
    if source == "civilians" and _gunfight(clues, tax):
        return "Battles", "Armed clash"  # "a gunman wounded two guards, who returned his fire": he was armed
    if target not in ("protesters", "rioters") and (
        tax.cues["gunfight"].any_in(clues.words, clues.lemmas) or source in ARMED and _gunfight(clues, tax)
    ):  # "a shootout broke out and two men died", "police raided a house; a gunfight followed": two armed sides
        return "Battles", "Armed clash"
    # people who shoot, or whose clause names firearms ("armed men clashed with police"), are no unarmed crowd
    gunmen = source == "civilians" and (
        _outside_blazes(tax.cues["gun_use"], clues.words, clues.lemmas, tax)
        or means_of(clues.words, clues.lemmas) == "firearms"
        and bool(set(armed_types_in(clues.words)) - {"state forces"})
    )
    if source in ("rioters", "protesters", "civilians") and not gunmen:  # an unorganised crowd's violence is a riot
        return "Riots", "Violent demonstration" if source == "protesters" else "Mob violence"
    if (
        source != "state forces"
        and tax.cues["stoning"].any_in(clues.words, clues.lemmas)
        and _only_forces_armed(clues)
        and not _gunfight(clues, tax)
    ):  # "villagers threw stones at soldiers", "a thief was stoned by residents": a mob's violence
        return "Riots", "Violent demonstration" if _demonstrating(clues, tax) else "Mob violence"
    clash = tax.cues["armed_clash"]
    if clash.any_in(clues.trigger) or clash.any_in(clues.words, clues.lemmas) or (source in ARMED and target in ARMED):
        armed_named = source in ARMED or target in ARMED or _names_armed(clues.words, tax)
        shooting = means_of(clues.words, clues.lemmas) == "firearms" or tax.cues["direct_fire"].any_in(clues.words)
        if _gunfight(clues, tax) and target != "protesters":
            return "Battles", "Armed clash"  # "the two families exchanged fire": armed sides, whoever they are
        if _only_forces_armed(clues) and (
            tax.cues["crowd_weapons"].any_in(clues.words, clues.lemmas) or _demonstrating(clues, tax)
        ):
            # "vendors clashed with police and pelted stones", "demonstrators clashed with police": a riot
            return "Riots", "Violent demonstration" if _demonstrating(clues, tax) else "Mob violence"
        fired = _outside_blazes(tax.cues["shooting"], clues.words, clues.lemmas, tax)  # "using firearms"
        if target == "protesters" or not (armed_named or fired) or (target == "civilians" and not shooting):
            return "Riots", "Mob violence"  # a fight with (or between) unorganised, unarmed people
        if clues.counterpart_type in UNARMED and not _outside_blazes(
            tax.cues["shooting"], clues.words, clues.lemmas, tax
        ):
            return "Riots", "Mob violence"  # "police fought with vendors": no weapon fired, the crowd fought back
        return "Battles", "Armed clash"  # two armed sides fought: civilians caught in it do not change that
    if target in ARMED:
        return "Battles", "Armed clash"
    if target is None and not (clues.fatalities or clues.injured) and _property_only(clues, tax):
        # "gunmen raided and torched a clinic": property destroyed, no one named as harmed
        return "Strategic developments", "Looting/property destruction"
    # one-sided violence against a side that is not an armed group (or not named as one)
    return "Violence against civilians", "Attack"


def _demonstrating(clues: Clues, tax: Taxonomy) -> bool:
    """Whether the words name a demonstration itself ("demonstrators", "a protest"), not only a demand."""
    return tax.cues["demonstration_strong"].any_in(clues.words, clues.lemmas)


def _only_forces_armed(clues: Clues) -> bool:
    """Whether no armed side but the state's forces takes part: none the words name, and neither side
    an armed group the dictionary knows."""
    sides = {clues.source_type, clues.target_type, clues.counterpart_type} - {None}
    armed = set(armed_types_in(clues.words)) | (sides & ARMED)
    return armed <= {"state forces"}


def _property_only(clues: Clues, tax: Taxonomy) -> bool:
    """Whether the violence the words tell is done to property: looted, burned, destroyed, with no
    killing, wounding, shooting or beating of people."""
    words, lemmas = clues.words, clues.lemmas
    return tax.cues["looting"].any_in(words, lemmas) and not tax.cues["harm_to_people"].any_in(words, lemmas)


def _names_armed(words: Sequence[str], tax: Taxonomy) -> bool:
    """Whether the words name an armed side: forces, militants, a militia, armed men."""
    return any(t.phrases.any_in([singular(w) for w in words]) for t in tax.actor_types if t.name in ARMED)


def armed_types_in(words: Sequence[str]) -> list[str]:
    """The armed actor types the words name, in the order they first appear ("the army ... militants");
    a place of the forces ("near a prison", "at a checkpoint") names no one who acted."""
    tax = taxonomy()
    singulars = [singular(w) for w in words]
    places = tax.cues["force_places"]
    found = sorted(
        (start, t.name)
        for t in tax.actor_types
        if t.name in ARMED
        for start, end in t.phrases.find(singulars)
        if not places.any_in(singulars[start:end])
    )
    return list(dict.fromkeys(name for _, name in found))


def _civilians(clues: Clues, event_type: str) -> bool | None:
    if event_type == "Violence against civilians":
        return True
    if event_type in ("Explosions/Remote violence", "Riots") and clues.target_type == "civilians":
        return True
    return None


__all__ = ["Clues", "Coding", "Phrases", "actor_type", "armed_types_in", "code_event", "means_of"]
