"""The `newsintel_event_records` stage: completes each event of `doc._.ni_events` with what a
conflict dataset needs (ACLED type, actor types and countries, place and precision, date
precision, fatalities, injuries, means, civilian targeting). Runs after `newsintel_events`.

The place of an event is the place its clause names; else the finest place its sentence
names (nearest the trigger); else the place the article opens with (a dateline, "On 3 May, in
X, ...") or the place the article is most about, with `place_basis` saying which.
"""

from __future__ import annotations

import functools
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsintel import records
from newsintel.nlp import annotations as doc_annotations
from newsintel.nlp.component import Stage
from newsintel.nlp.events import ontology
from newsintel.nlp.events.record.acled import Clues, actor_type, code_event, means_of
from newsintel.nlp.events.record.casualties import Casualties, read_casualties
from newsintel.nlp.events.record.sides import default_actors, role_phrases, set_actors
from newsintel.nlp.events.record.taxonomy import taxonomy
from newsintel.nlp.extensions import get_list

PRECISION_OF_KIND = {"city": 1, "other": 2, "admin1": 3, "country": 3, "continent": 3}
FINEST = {"city": 0, "other": 1, "admin1": 2, "country": 3, "continent": 4}
DATE_PRECISION = {"day": "day", "week": "week", "weekend": "week", "month": "month"}
CUE_RULE = "event_records:cue"
CASUALTY_VERBS = frozenset({"kill", "injure", "wound", "die", "hurt", "damage", "destroy"})
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


class _DocContext:
    """What every event of the Doc reads: places, dates, actors, each built once."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text

    @functools.cached_property
    def places(self) -> dict[str, dict]:
        return {p["id"]: p for p in get_list(self.doc, "ni_places")}

    @functools.cached_property
    def place_tokens(self) -> dict[int, str]:
        return doc_annotations.token_place_map(self.doc)

    @functools.cached_property
    def dates(self) -> list[dict]:
        return [d for d in get_list(self.doc, "ni_dates") if d.get("value") and d.get("granularity") != "duration"]

    @functools.cached_property
    def actors(self) -> dict[str, dict]:
        return doc_annotations.actors_by_id(self.doc)

    @functools.cached_property
    def opening_place(self) -> str | None:
        """The finest place of the first sentence, when the article opens with one (a dateline)."""
        first = next(iter(self.doc.sents), None)
        return self.sentence_place(first, first.start if first is not None else 0) if first is not None else None

    @functools.cached_property
    def focus_place(self) -> str | None:
        """The place mentioned most often (ties: the finer, then the first)."""
        counts = Counter(
            self.place_tokens[i]
            for i in self.place_tokens
            if i == 0 or self.place_tokens.get(i - 1) != self.place_tokens[i]
        )
        if not counts:
            return None
        return min(counts, key=lambda p: (-counts[p], FINEST.get(self.places.get(p, {}).get("kind") or "other", 1)))

    @functools.cached_property
    def sentences(self) -> list[Span]:
        return list(self.doc.sents)

    def following(self, sentence: Span, count: int) -> list[Span]:
        """The sentence and the `count` after it."""
        index = next((i for i, s in enumerate(self.sentences) if s.start == sentence.start), 0)
        return self.sentences[index : index + count + 1]

    def sentence_places(self, sentence: Span) -> list[str]:
        return list(
            dict.fromkeys(
                pid for i in range(sentence.start, sentence.end) if (pid := self.place_tokens.get(i)) in self.places
            )
        )

    def located(self, place_id: str | None) -> bool:
        return self.places.get(place_id or "", {}).get("lat") is not None

    def distance(self, place_id: str, head: int) -> int:
        positions = [i for i, pid in self.place_tokens.items() if pid == place_id]
        return min((abs(i - head) for i in positions), default=10_000)

    @functools.cached_property
    def focus(self) -> dict | None:
        """The places stage's focus country of the article (`doc._.ni_focus`), if any."""
        focus = self.doc._.get("ni_focus")
        return focus if isinstance(focus, dict) and focus.get("country") else None

    def focus_country_place(self) -> str | None:
        """A place record for the focus country: the one the text names, else one added for it
        (no mentions; evidence says why), so that an event no words place still has a country."""
        focus = self.focus
        if focus is None:
            return None
        named = next(
            (
                pid
                for pid, p in self.places.items()
                if p.get("kind") == "country" and p.get("country") == focus["country"]
            ),
            None,
        )
        if named is not None:
            return named
        places = get_list(self.doc, "ni_places")
        record = records.to_plain(
            records.Place(
                id=f"p{len(places) + 1}",
                name=focus["name"],
                kind="country",
                country=focus["country"],
                lat=focus.get("lat"),
                lon=focus.get("lon"),
                geonameid=focus.get("geonameid"),
                confidence=focus.get("share"),
                evidence=["the country the article is about (no place named for the event)"],
            )
        )
        places.append(record)
        self.places[record["id"]] = record
        return str(record["id"])

    @functools.cached_property
    def country(self) -> str | None:
        """The country the article is most about: of its places (by mentions), else the places
        stage's focus (demonyms and actors vote there too), else of its actors."""
        counts = Counter(self.places[pid].get("country") for pid in self.place_tokens.values() if pid in self.places)
        counts.pop(None, None)
        if not counts and self.focus is not None:
            return str(self.focus["country"])
        if not counts:
            counts = Counter(a.get("country") for a in self.actors.values() if a.get("country"))
        return counts.most_common(1)[0][0] if counts else None

    def sentence_place(self, sentence: Span, head: int) -> str | None:
        hits = [
            (FINEST.get(self.places.get(pid, {}).get("kind") or "other", 1), abs(i - head), pid)
            for i in range(sentence.start, sentence.end)
            if (pid := self.place_tokens.get(i)) in self.places
        ]
        return min(hits)[2] if hits else None

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
        first = next((t for t in sentence if _cue_code(t) and not _negated(t) and not _figurative(t)), None)
        if first is None:
            continue
        # the first event word, else a verb joined to it ("found and destroyed a plantation": destroyed)
        for token in [first, *(c for c in first.conjuncts if c.i > first.i and _cue_code(c) and not _negated(c))]:
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
        "mode": "asserted",
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
        return _verb_object_code(token) or tax.cue_verbs.get(token.lemma_.lower())
    if token.pos_ == "NOUN" and token.lower_ == "fire" and _shooting_fire(token):
        return "190"  # "artillery fire", "heavy fire", "bursts of fire": not a blaze
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
    return next(((w, objects[w]) for w in words if w in objects), None)


def _figurative(token: Token) -> bool:
    """Whether an event word is not an event that happened here: "demonstrated that ...", "joined by
    X", "fired from the company", "would beat", "beat out"; a verb whose sides are no actors ("the
    plan attacked the budget"); a noun that is not said to happen ("the fight against poverty")."""
    tax = taxonomy()
    children = list(token.children)
    if any(
        c.dep_ in ("ccomp", "mark")
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
        anchor = token
        while anchor.dep_ in ("conj", "nmod") and anchor.head is not anchor:
            anchor = anchor.head  # "rocket and artillery shelling was reported", "12 explosions/shots"
        head = anchor.head
        while head.dep_ == "prep" and head.lower_ == "of" and head.head.lemma_.lower() in tax.quantity_nouns:
            # "recorded a total of 12 explosions", "a total of 6 bursts of fire": what the quantity's verb says
            anchor, head = head.head, head.head.head
        return not (
            head.lemma_.lower() in tax.noun_event_heads
            or head.lower_ in tax.noun_event_heads
            or anchor.dep_ == "ROOT"
            or any(c.dep_ == "expl" for c in head.children)
            or head.dep_ == "prep"
            and head.head.lemma_.lower() in CASUALTY_VERBS
        )  # "killed in an explosion"
    verb_object = _verb_object(token)
    if token.lemma_.lower() in tax.self_evident_verbs or (verb_object and verb_object[0] in tax.self_evident_objects):
        return False
    if tax.cues["found_dead"].any_in(_trigger_words(token.doc[token.i : token.i + 1])):
        return False  # "a man was found dead": an event when the text shows violence (acled.py)
    phrases = role_phrases(token)
    sides = phrases["source"] + phrases["target"]
    # a side that is an actor ("gunmen shot a trader"), or a weapon ("shells were fired", "struck by an IED")
    return not (
        actor_type(phrases["source"]) or actor_type(phrases["target"]) or means_of(sides, sides) in tax.remote_means
    )


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
    _set_place(event, context, head, sentence)
    _set_date(event, context, sentence, head)
    _set_casualties(event, context, sentence)
    set_actors(event, context, head)
    _set_acled(event, context, trigger, sentence)


def _set_place(event: dict, context: _DocContext, head: Token, sentence: Span) -> None:
    """The finest located place of the clause or sentence (ACLED codes the most specific
    place), else the article's opening place, else its focus."""
    clause = event.get("place") or doc_annotations.place_of_clause(context.doc, head)
    candidates = [(pid, "sentence") for pid in context.sentence_places(sentence)]
    if clause is not None:
        candidates.insert(0, (clause, "clause"))
    located = [(pid, basis) for pid, basis in candidates if context.located(pid)]
    pool = located or candidates
    admins = {(context.places.get(pid, {}).get("admin1") or "").lower() for pid, _ in pool} - {""}
    place, basis = min(pool, key=lambda c: _place_rank(context, c, head, admins)) if pool else (None, None)
    if place is None or not context.located(place):
        for fallback, name in ((context.opening_place, "dateline"), (context.focus_place, "focus")):
            if fallback is not None and (place is None or context.located(fallback)):
                place, basis = fallback, name
                break
    if place is None or not context.located(place):
        focus = context.focus_country_place()
        if focus is not None:
            place, basis = focus, "focus"
    if place is None:
        return
    event["place"], event["place_basis"] = place, basis
    kind = context.places.get(place, {}).get("kind") or "other"
    precision = PRECISION_OF_KIND.get(kind, 2)
    if precision == 1 and (basis in ("dateline", "focus") or _near(context, place, sentence)):
        precision = 2
    event["place_precision"] = precision


def _place_rank(context: _DocContext, candidate: tuple[str, str], head: Token, admins: set[str]) -> tuple[int, ...]:
    """Finer first; a place that is another candidate's province ("in Cosoleacaque, Veracruz") after it;
    the clause's before the sentence's; then the nearest the trigger."""
    place_id, basis = candidate
    place = context.places.get(place_id, {})
    contains_another = int((place.get("name") or "").lower() in admins or _bracketed_container(context, place_id, head))
    return (
        FINEST.get(place.get("kind") or "other", 1),
        contains_another,
        0 if basis == "clause" else 1,
        context.distance(place_id, head.i),
    )


def _bracketed_container(context: _DocContext, place_id: str, head: Token) -> bool:
    """Whether the place is written in brackets after another place ("Thala (Kasserine)",
    "in Lunsar (Port Loko, North)"), the way reports name a town's district or province."""
    sentence = head.sent
    for i in range(sentence.start, sentence.end):
        if context.place_tokens.get(i) != place_id or context.place_tokens.get(i - 1) == place_id:
            continue
        j = i - 1
        while j > sentence.start and (context.place_tokens.get(j) or context.doc[j].text == ","):
            j -= 1  # the other places and commas before it inside the same brackets
        if context.doc[j].text == "(" and context.place_tokens.get(j - 1) not in (None, place_id):
            return True
    return False


def _near(context: _DocContext, place: str, sentence: Span) -> bool:
    """ "near Mosul", "on the outskirts of Mosul", "Mosul district": the town stands in."""
    tax = taxonomy()
    for i in range(sentence.start, sentence.end):
        if context.place_tokens.get(i) == place and context.place_tokens.get(i - 1) != place:
            before = [t.lower_ for t in context.doc[max(sentence.start, i - 4) : i]]
            after = [
                t.lower_ for t in context.doc[i : min(sentence.end, i + 4)] if context.place_tokens.get(t.i) != place
            ][:1]
            return tax.near_words.any_in(before) or tax.near_words.any_in(after)
    return False


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
    # an event word that is only a purpose ("an operation to arrest them") says nothing of what happened
    purposes = {t.i for t in sentence if _unrealized(t)}
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
            counterpart_type=actor_type(role_phrases(trigger.root)["counterpart"], acting=True),
            target_is_place=any(t.i in context.place_tokens for o in objects for t in o.subtree),
            # a verb whose object says the event ("blew up", "set on fire") keeps its code's type
            from_cue=event.get("rule") == CUE_RULE and not _verb_object_code(trigger.root),
        )
    )
    if coding is None:
        return
    event["acled_event_type"], event["acled_sub_event_type"] = coding.event_type, coding.sub_event_type
    event["means"], event["civilian_targeting"] = coding.means, coding.civilian_targeting
    window = (sentence.start_char, context.following(sentence, FOLLOWING_SENTENCES)[-1].end_char)
    default_actors(event, context, [t.lower_ for t in sentence], window=window)


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
