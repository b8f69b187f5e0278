"""The `newsintel_event_records` stage: completes each event of `doc._.ni_events` with what a
conflict dataset needs (ACLED type, actor types and countries, place and precision, date
precision, fatalities, injuries, means, civilian targeting). Runs after `newsintel_events`.

Which place an event takes, and how precisely, is `placing.py`'s.
"""

from __future__ import annotations

import functools
import weakref

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsintel.nlp import annotations as doc_annotations
from newsintel.nlp.component import Stage
from newsintel.nlp.events import modes, ontology
from newsintel.nlp.events.record.acled import ARMED, Clues, actor_type, code_event, means_of
from newsintel.nlp.events.record.casualties import Casualties, read_casualties
from newsintel.nlp.events.record.placing import DocPlaces, set_place
from newsintel.nlp.events.record.sides import default_actors, role_phrases, set_actors
from newsintel.nlp.events.record.taxonomy import Phrases, taxonomy
from newsintel.nlp.extensions import get_list

DATE_PRECISION = {"day": "day", "week": "week", "weekend": "week", "month": "month"}
CUE_RULE = "event_records:cue"
CASUALTY_VERBS = frozenset({"kill", "injure", "wound", "die", "hurt", "damage", "destroy"})
# "struck by an IED", "hit by a landmine": the weapon as a passive's agent (not "struck a chord with his attacks")
AGENT_VERBS = CASUALTY_VERBS | {"strike", "hit"}
SIDE_DEPS = ("nsubj", "nsubjpass", "dobj", "obj")
RELATIVE_PRONOUNS = (["who"],)  # "that", "which" stand for things as often ("forces that are destroying")
MODALS = frozenset({"would", "could", "might", "may", "should", "must", "can"})
FOLLOWING_SENTENCES = 2  # a toll may follow the event's sentence


class EventRecorder(Stage):
    name = "newsintel_event_records"

    def annotate(self, doc: Doc) -> None:
        events = get_list(doc, "ni_events")
        context = _DocContext(doc)
        for event in events:
            _complete(event, context)
        added = _cue_events(doc, events, context)
        if added:
            events.extend(added)
            events.sort(key=lambda e: e["sentence"]["start"] if e.get("sentence") else e["trigger"]["start"])


class _DocContext(DocPlaces):
    """What every event of the Doc reads: places (`placing.DocPlaces`), dates, sentences, each built once."""

    @functools.cached_property
    def dates(self) -> list[dict]:
        return [d for d in get_list(self.doc, "ni_dates") if d.get("value") and d.get("granularity") != "duration"]

    @functools.cached_property
    def sentences(self) -> list[Span]:
        return list(self.doc.sents)

    def following(self, sentence: Span, count: int) -> list[Span]:
        """The sentence and the `count` after it."""
        index = next((i for i, s in enumerate(self.sentences) if s.start == sentence.start), 0)
        return self.sentences[index : index + count + 1]

    def casualties(self, start: int, end: int) -> Casualties:
        return read_casualties(self.text[start:end])  # cached by text in `casualties`


def _cue_events(doc: Doc, events: list[dict], context: _DocContext) -> list[dict]:
    """An event for each sentence where the coder found none of an ACLED kind but an event word
    of one stands in it, asserted ("An IED exploded", "traders staged a protest"): the first
    such word, not negated. Completed like the coder's events."""
    coded = {e["sentence"]["start"] for e in events if e.get("acled_event_type") and e.get("sentence")}
    added: list[dict] = []
    for sentence in doc.sents:
        if sentence.start_char in coded:
            continue
        # the first event word that has an ACLED kind ("found and destroyed a plantation": destroyed)
        for token in (t for t in sentence if _cue_code(t) and not _negated(t) and _happened(t) and not _figurative(t)):
            event = _cue_event(token, sentence, f"e{len(events) + len(added) + 1}")
            _complete(event, context)
            if event.get("acled_event_type"):
                added.append(event)
                break
    return added


def _cue_event(token: Token, sentence: Span, event_id: str) -> dict:
    code = _cue_code(token)
    event = {
        "id": event_id,
        "cameo": code,
        "mode": modes.event_mode(token),
        "trigger": {"start": token.idx, "end": token.idx + len(token.text), "text": token.text},
        "sentence": {"start": sentence.start_char, "end": sentence.end_char, "text": sentence.text},
        "rule": CUE_RULE,
        "source": None,
        "target": None,
        "target_text": None,
    }
    event["plover"] = ontology.plover_of(code)[0]
    return event


def _cue_code(token: Token) -> str | None:
    tax = taxonomy()
    if token.pos_ == "VERB":
        code = _verb_object_code(token) or tax.cue_verbs.get(token.lemma_.lower())
        armed_group_code = tax.armed_group_verbs.get(token.lemma_.lower()) if code is None else None
        if armed_group_code:  # "the cartel's men distributed food parcels", "soldiers joined the Front"
            # who joins the group: its object ("soldiers joined the Front", not "the Front joined the talks")
            deps = ("dobj",) if _is(token, tax.cues["joining_verbs"]) else (*SIDE_DEPS, "agent")
            if _armed_group_side(token, kinds="nonstate_armed_dictionary_types", deps=deps):
                return armed_group_code
        return code
    if token.pos_ == "NOUN" and token.lower_ == "fire" and _shooting_fire(token):
        return "190"  # "artillery fire", "heavy fire", "bursts of fire": not a blaze
    if token.pos_ == "NOUN" and token.lower_ == "firing" and _of_weapons(token):
        return "190"  # "the firing of three missiles", not the firing of a coach
    if token.pos_ == "NOUN" and token.lower_ in tax.cues["counted_cue_nouns"].by_first and _counted(token):
        return "190"  # "15 shots", "a total of 7 shots", not "a long shot"
    if token.pos_ == "NOUN" and _against_armed_side(token):
        return tax.targeted_cue_nouns[token.lemma_.lower()]  # "an operation against the Front"
    if token.pos_ in ("NOUN", "PROPN"):
        modifiers = tax.modified_cue_nouns.get(token.lemma_.lower())
        if modifiers:  # "a military column", not a newspaper's
            return modifiers[1] if any(c.lower_ in modifiers[0] for c in token.lefts) else None
        return tax.cue_nouns.get(token.lower_) or tax.cue_nouns.get(token.lemma_.lower())
    return None


def _shooting_fire(token: Token) -> bool:
    """ "fire" that is shooting: with a weapon's modifier ("artillery fire") or counted in bursts or
    rounds ("six bursts of fire")."""
    tax = taxonomy()
    counted = token.head.lower_ == "of" and token.head.head.lemma_.lower() in tax.quantity_nouns
    return counted or any(c.lower_ in tax.fire_modifiers for c in token.lefts)


def _against_armed_side(token: Token) -> bool:
    """ "an operation against the Front", "a raid against gunmen": a noun of `targeted_cue_nouns` whose
    "against" phrase names an armed side (its words, or an armed group the actors stage knows)."""
    if token.lemma_.lower() not in taxonomy().targeted_cue_nouns:
        return False
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "against"):
        for target in (c for c in prep.children if c.dep_ == "pobj"):
            if actor_type(_words(target)) in ARMED or _armed_group_side(
                prep, kinds="nonstate_armed_dictionary_types", deps=("pobj",)
            ):
                return True
    return False


def _words(token: Token) -> list[str]:
    return [t.lower_ for t in _object_words(token)]


def _of_weapons(token: Token) -> bool:
    """ "the firing of three missiles": an "of" phrase that names weapons."""
    words = [t.lower_ for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
    return means_of(words, words) in (*taxonomy().remote_means, "firearms")


def _counted(token: Token) -> bool:
    """ "15 shots", "a total of 15 shots": the noun counted by a number."""
    head = token.head
    quantity = head.lower_ == "of" and head.head.lemma_.lower() in taxonomy().quantity_nouns
    return quantity or any(c.dep_ == "nummod" and c.like_num for c in token.children)


def _verb_object_code(token: Token) -> str | None:
    """The code of a verb with an object, particle or complement that makes it an event word
    ("set ... on fire", "blew up", "used explosives"), from `cue_verb_objects`."""
    found = _verb_object(token)
    return found[1] if found else None


def _verb_object(token: Token) -> tuple[str, str] | None:
    """(the object word, the code) of a verb of `cue_verb_objects` ("set" ... "fire")."""
    tax = taxonomy()
    objects = tax.cue_verb_objects.get(token.lemma_.lower())
    if not objects:
        return None
    words = [
        w.lower_
        for c in token.children
        if c.dep_ in ("dobj", "nsubjpass", "prt", "acomp", "oprd", "prep", "advmod", "ccomp", "xcomp", "dative")
        for w in ([c] + [g for g in c.children if g.dep_ == "pobj" and g.lower_ in tax.self_evident_objects])
    ]
    # "took to the streets": a preposition and its object, as one word of `cue_verb_objects`
    phrases = [
        f"{c.lower_} {g.lower_}" for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]
    if (
        token.lemma_.lower() in tax.cues["deep_object_verbs"].by_first
    ):  # "died as a result of torture": the cause, however deep
        words += [w.lower_ for c in token.children if c.dep_ == "prep" for w in c.subtree]
    return next(((w, objects[w]) for w in [*words, *phrases] if w in objects), None)


def _figurative(token: Token) -> bool:
    """Whether an event word is not an event that happened here: "demonstrated that ...", "joined by
    X", "fired from the company", "would beat", "beat out"; a verb whose sides are no actors ("the
    plan attacked the budget"); a noun that is not said to happen ("the fight against poverty")."""
    tax = taxonomy()
    children = list(token.children)
    if any(
        c.dep_ == "ccomp"
        or c.dep_ == "mark"
        and not _reported_fact(token, c)
        or (
            c.dep_ == "prep"
            and c.lower_ == "from"
            and token.lemma_.lower() in tax.separation_verbs
            and not _fires_weapon(token)  # "shells were fired from a checkpoint": where they came from
        )
        or c.dep_ == "prt"
        and c.lower_ == "out"
        or c.dep_ == "aux"
        and c.lower_ in MODALS
        for c in children
    ):
        return True
    if token.pos_ != "VERB":
        return not _noun_happened(token)
    return _figurative_verb(token)


def _noun_happened(token: Token) -> bool:
    """Whether an event noun is said to happen: "clashes erupted", "staged a protest", "killed in an
    explosion", "a clash ensued", "participated in a demonstration", "struck by an IED"."""
    tax = taxonomy()
    anchor = token
    while (anchor.dep_ in ("conj", "nmod") or _hyphenated(anchor)) and anchor.head is not anchor:
        # "artillery and mortar shelling was heard", "12 explosions/shots", "a shoot-out took place"
        anchor = anchor.head
    head = anchor.head
    while head.dep_ == "prep" and head.lower_ == "of" and head.head.lemma_.lower() in tax.quantity_nouns:
        # "recorded a total of 12 explosions", "some 20 bursts of gunfire": what the quantity's verb says
        anchor, head = head.head, head.head.head
    return (
        head.lemma_.lower() in tax.noun_event_heads
        or head.lower_ in tax.noun_event_heads
        or anchor.dep_ == "ROOT"
        or any(c.dep_ == "expl" for c in head.children)
        or head.dep_ == "prep"  # "killed in an explosion"
        and head.head.lemma_.lower() in CASUALTY_VERBS
        or head.dep_ == "agent"  # "struck by an IED"
        and head.head.lemma_.lower() in AGENT_VERBS
        or anchor.dep_ == "dobj"  # "performed a sit-in" (not "the Border Patrol has performed well")
        and head.lemma_.lower() in tax.noun_event_object_heads
        or anchor.dep_ == "dobj"  # "did a motorcade" (not "doing these attacks")
        and _is(head, tax.cues["protest_doing_verbs"])
        and (tax.cue_nouns.get(token.lower_) or "").startswith("14")
        or _happens_by_clause(anchor)
        or _taken_part_in(anchor)
    )


def _figurative_verb(token: Token) -> bool:
    """Whether an event verb has no side that makes it violence or a protest: "the plan attacked the
    budget" (no actor, no weapon); "hit" needs people on both sides ("residents hit a thief")."""
    tax = taxonomy()
    verb_object = _verb_object(token)
    if token.lemma_.lower() in tax.self_evident_verbs or (verb_object and verb_object[0] in tax.self_evident_objects):
        return False
    if tax.cues["found_dead"].any_in(_trigger_words(token.doc[token.i : token.i + 1])) or (
        tax.cues["body_verbs"].any_in([token.lower_], [token.lemma_.lower()])
        and tax.cues["body_words"].any_in([t.lower_ for t in token.sent])
    ):
        return False  # "a man was found dead", "a body was dumped": an event when the text shows violence (acled.py)
    phrases = role_phrases(token)
    source = phrases["source"] if phrases["source"] not in RELATIVE_PRONOUNS else _antecedent(token)
    if token.lemma_.lower() in tax.cues["two_sided_verbs"].by_first:  # "police hit women", not "the crisis hit"
        return not (actor_type(source) and actor_type(phrases["target"]))
    sides = source + phrases["target"] + _appositions(token)
    # a side that is an actor ("gunmen shot a trader"), an armed group the actors stage knows ("the
    # Front blew up a bridge"), or a weapon ("shells were fired", "struck by an IED")
    return not (
        actor_type(source)
        or actor_type(phrases["target"])
        or means_of(sides, sides) in tax.remote_means
        or _armed_group_side(token)
    )


def _reported_fact(token: Token, mark: Token) -> bool:
    """ "a relative said that he was tortured": what a reporting verb says happened is an event
    (reported); other subordinate clauses ("if they attack", "so that ...") are not."""
    return (
        mark.dep_ == "mark"
        and mark.lower_ == "that"
        and token.dep_ == "ccomp"
        and token.head.lemma_.lower() in modes.cues()["reporting_verbs"]
    )


def _antecedent(token: Token) -> list[str]:
    """The noun a relative clause's "who" stands for ("villagers who blocked the road"): the noun
    alone ("a criminal investigation who" names no criminals); none for the past perfect ("terrorists
    who had attacked the country": background, as the coder reads it)."""
    if token.dep_ != "relcl" or any(c.dep_ == "aux" and c.lower_ == "had" for c in token.children):
        return []
    return [token.head.lower_]


def _hyphenated(token: Token) -> bool:
    """Whether the word is the first part of a hyphenated noun ("shoot" of "shoot-out")."""
    doc = token.doc
    return token.dep_ == "compound" and token.i + 2 == token.head.i and doc[token.i + 1].text == "-"


def _happens_by_clause(noun: Token) -> bool:
    """ "a clash ensued between ...": the noun's own participle clause says it happened (not a relative
    clause: "the 2001 attack, which left 3000 dead" is background)."""
    heads = taxonomy().noun_event_heads
    return any(c.dep_ == "acl" and c.lemma_.lower() in heads for c in noun.children)


def _taken_part_in(noun: Token) -> bool:
    """ "participated in a demonstration", "took part in the clashes": who takes part says it happened."""
    head = noun.head
    return (
        noun.dep_ == "pobj"
        and head.lower_ == "in"
        and taxonomy().cues["participation_heads"].any_in([head.head.lower_], [head.head.lemma_.lower()])
    )


def _appositions(token: Token) -> list[str]:
    """The words of phrases set beside the verb's subject or object ("X village, a landmine, ..."
    as the parser sometimes reads "near X village, a landmine injured ...")."""
    return [
        w.lower_
        for side in token.children
        if side.dep_ in (*SIDE_DEPS, "agent")
        for c in side.children
        if c.dep_ == "appos"
        for w in c.subtree
    ]


def _armed_group_side(
    token: Token, *, kinds: str = "armed_dictionary_types", deps: tuple[str, ...] = (*SIDE_DEPS, "agent")
) -> bool:
    """Whether a subject, object or by-agent of the verb names an actor the actors stage knows as an
    armed force or group (its dictionary type: military, insurgent, militia, ...; `kinds` names the
    list): "the Front blew up a bridge". States, governments and people are no armed side here
    ("France beat Brazil")."""
    armed = taxonomy().cues[kinds]
    # each side's own phrase and its "of" phrase ("members of the Front"), not clauses hung on it
    sides = {t.i for c in token.children if c.dep_ in deps for t in _object_words(c)}
    if not sides:
        return False
    types = _token_actor_types(token.doc)
    return any(armed.any_in([types[i]]) for i in sides if i in types)


_ACTOR_TYPES: weakref.WeakKeyDictionary[Doc, dict[int, str]] = weakref.WeakKeyDictionary()


def _token_actor_types(doc: Doc) -> dict[int, str]:
    """token.i -> the dictionary type of the actor it names, built once per Doc (the cue search asks often)."""
    found = _ACTOR_TYPES.get(doc)
    if found is None:
        actors = doc_annotations.actors_by_id(doc)
        spans = doc_annotations.token_actor_map(doc)
        found = _ACTOR_TYPES[doc] = {i: str(actors.get(a, {}).get("type") or "") for i, a in spans.items()}
    return found


def _fires_weapon(token: Token) -> bool:
    """Whether a verb's sides are weapons or shots ("shells were fired", "fired rockets")."""
    phrases = role_phrases(token)
    sides = phrases["source"] + phrases["target"]
    return means_of(sides, sides) in (*taxonomy().remote_means, "firearms")


def _unrealized(token: Token) -> bool:
    """Whether an event verb is only the purpose of something else: "an operation to arrest them",
    "a plan to attack the base" (an infinitive under a noun). An attempt is an event ("two attempts
    to attack the post": ACLED codes attempted violence)."""
    if token.pos_ != "VERB" or token.dep_ != "acl" or token.head.pos_ != "NOUN":
        return False
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)
    return infinitive and token.head.lemma_.lower() not in taxonomy().attempt_nouns


def _happened(token: Token) -> bool:
    """Whether the event word's mode says it happened (asserted or reported): not "refused to
    attack", "if they attack", "will protest"."""
    return modes.event_mode(token) in ("asserted", "reported")


def _negated(token: Token) -> bool:
    """ "did not attack", "no clashes", "without fighting"."""
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in ("no", "any")) for c in token.children):
        return True
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    return before in ("no", "without", "nor")


def _complete(event: dict, context: _DocContext) -> None:
    doc = context.doc
    trigger = doc_annotations.char_span_tokens(doc, event["trigger"]["start"], event["trigger"]["end"])
    if trigger is None:
        return
    head = trigger.root
    sentence = head.sent
    set_place(event, context, head, sentence)
    _set_date(event, context, sentence, head)
    _set_casualties(event, context, sentence)
    set_actors(event, context, head)
    _set_acled(event, context, trigger, sentence)


def _set_date(event: dict, context: _DocContext, sentence: Span, head: Token) -> None:
    value = event.get("date")
    mentions = [d for d in context.dates if sentence.start_char <= d["span"]["start"] < sentence.end_char]
    if value is None and mentions:
        nearest = min(mentions, key=lambda d: abs(d["span"]["start"] - head.idx))
        value = event["date"] = nearest["value"]
    match = next((d for d in mentions if d["value"] == value), None) or next(
        (d for d in context.dates if d["value"] == value), None
    )
    if match is not None:
        event["date_precision"] = DATE_PRECISION.get(match.get("granularity") or "day")
    target_text = event.get("target_text")
    if target_text and event.get("target") is None and any(target_text == d["span"]["text"] for d in mentions):
        event["target_text"] = None  # a date is never a target


def _set_casualties(event: dict, context: _DocContext, sentence: Span) -> None:
    """The toll its sentence states, else the one the next sentences give ("Gunmen attacked the
    village. Three people were killed.")."""
    found, sentence = Casualties(), sentence
    for candidate in context.following(sentence, FOLLOWING_SENTENCES):
        found = context.casualties(candidate.start_char, candidate.end_char)
        if found.fatalities is not None or found.injured is not None:
            sentence = candidate
            break
    for key, count in (("fatalities", found.fatalities), ("injured", found.injured)):
        if count is None:
            continue
        start, end = sentence.start_char + count.start, sentence.start_char + count.end
        event[key] = count.value
        event[f"{key}_minimum"] = count.minimum
        event[f"{key}_span"] = {"start": start, "end": end, "text": context.text[start:end]}


def _set_acled(event: dict, context: _DocContext, trigger: Span, sentence: Span) -> None:
    if _unrealized(trigger.root):
        return  # "an operation to arrest them", "tried to ambush the chief": not what happened
    after = [
        w for s in context.following(sentence, FOLLOWING_SENTENCES)[1:] for t in s for w in (t.lower_, t.lemma_.lower())
    ]
    objects = [c for c in trigger.root.children if c.dep_ in ("dobj", "obj")]
    armed_group_verb = event.get("rule") == CUE_RULE and trigger.root.lemma_.lower() in taxonomy().armed_group_verbs
    # an event word that is only a purpose ("an operation to arrest them") says nothing of what happened; but
    # what a gathering is for is its demand ("a motorcade to demand X", "blocked the road to demand water")
    assembly = _is(trigger.root, taxonomy().cues["assembly"])
    purposes = {t.i for t in sentence if _unrealized(t) and not (assembly and t.head in (trigger.root, *objects))}
    coding = code_event(
        Clues(
            words=[t.lower_ if t.i not in purposes else "" for t in sentence],
            lemmas=[t.lemma_.lower() if t.i not in purposes else "" for t in sentence],
            trigger=_trigger_words(trigger),
            cameo=event.get("cameo"),
            source_type=event.get("source_actor_type"),
            target_type=event.get("target_actor_type"),
            fatalities=event.get("fatalities"),
            injured=event.get("injured"),
            after=after,
            grievance=_grievance(trigger.root),
            counterpart_type=actor_type(role_phrases(trigger.root)["counterpart"], acting=True),
            target_is_place=any(t.i in context.place_tokens for o in objects for t in _object_words(o)),
            # a verb whose object says the event ("blew up", "set on fire"), an operation against an armed side,
            # keep their code's type
            from_cue=event.get("rule") == CUE_RULE
            and not _verb_object_code(trigger.root)
            and not armed_group_verb
            and not _against_armed_side(trigger.root),
            clause_decides=armed_group_verb,  # "the cartel distributed food parcels": the clause says what
        )
    )
    if coding is None:
        return
    event["acled_event_type"], event["acled_sub_event_type"] = coding.event_type, coding.sub_event_type
    event["means"], event["civilian_targeting"] = coding.means, coding.civilian_targeting
    window = (sentence.start_char, context.following(sentence, FOLLOWING_SENTENCES)[-1].end_char)
    default_actors(event, context, [t.lower_ for t in sentence], window=window)


def _grievance(token: Token) -> bool:
    """Whether the event word is what a protest is against: "demonstrated against the arrest of X",
    "a rally over the killing", "protesters condemning the rape"."""
    cues = taxonomy().cues
    head = token.head
    if token.pos_ not in ("NOUN", "PROPN") or head is token:
        return False
    if not (
        token.dep_ == "pobj"
        and _is(head, cues["grievance_prepositions"])
        or token.dep_ in ("dobj", "obj")
        and _is(head, cues["grievance_verbs"])
    ):
        return False
    # the protest word governs the phrase, perhaps through a misattached place ("marched in the town against"),
    # or is the subject of its verb ("a demonstration took place against")
    governors = list(head.ancestors)[:3]
    governors += [c for g in governors for c in g.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(_is(t, cues["protest_heads"]) for t in governors)


def _is(token: Token, phrases: Phrases) -> bool:
    return phrases.any_in([token.lower_], [token.lemma_.lower()])


def _object_words(head: Token) -> list[Token]:
    """The object's own noun phrase and its "of" phrase ("the town of X"), not the clauses or
    other prepositions hung on it ("weapons found during an operation near X")."""
    found = [t for child in head.lefts for t in child.subtree] + [head]
    for child in head.rights:
        if child.dep_ in ("compound", "appos") or child.dep_ == "prep" and child.lower_ == "of":
            found += list(child.subtree)
    return found


def _trigger_words(trigger: Span) -> list[str]:
    """The trigger's words and then its lemmas, each followed by its objects and particles, so that
    "exchanged fire" matches "exchange fire"."""
    children = trigger.root.children
    # particles and complements before objects: "found dead" of "a man was found dead"
    extra = [c.lower_ for c in children if c.dep_ in ("prt", "oprd", "acomp")] + [
        c.lower_ for c in trigger.root.children if c.dep_ in ("dobj", "nsubjpass")
    ]
    return [t.lower_ for t in trigger] + extra + [t.lemma_.lower() for t in trigger] + extra


@Language.factory(
    "newsintel_event_records", default_config={}, requires=["doc._.ni_events"], assigns=["doc._.ni_events"]
)
def make_event_recorder(nlp: Language, name: str) -> EventRecorder:
    return EventRecorder()
