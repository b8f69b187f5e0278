"""Find event triggers in a parsed Doc, pick their code from the patterns, find source and target.

`code_sentence` returns `RawEvent`s (token-level); the component turns them into records.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from newsintel.english.words import ACTOR_PRONOUNS as PRONOUNS
from newsintel.nlp.events.lexicon import words
from newsintel.nlp.events.matching import SideMatcher
from newsintel.nlp.events.modes import event_mode
from newsintel.nlp.events.objects import ABSTRACT, abstract_reason, accepted_classes, is_natural_force, object_class
from newsintel.nlp.events.patterns import IGNORE_CODE, Pattern, PatternSet, VerbEntry, VerbForm
from newsintel.nlp.events.reading import demanded_by, intent_code, is_background, is_description, refusal_code
from newsintel.nlp.events.syntax import (
    ActorIndex,
    conjuncts,
    first_actor_phrase,
    left_region,
    np_actors,
    object_phrases,
    other_subjects,
    passive_agent,
    phrase_head,
    phrase_span,
    right_region,
    subject_of,
)
from newsintel.nlp.events.trigger_context import (
    base_guesses,
    carrying_participle,
    code_or_none,
    conjoined_passive,
    held_by_relation,
    held_by_relation_below,
    in_a_name,
    is_light_verb,
    names_its_frame,
    nominal_gerund,
    of_light_verb,
    outside_target_reach,
    place_phrase_tokens,
    prep_object,
    through_container,
)

VERB_TAGS = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"}
COOPERATIVE_PREFIXES = {"03", "04", "05", "06", "07", "08"}
MODIFIER_DEPS = {"poss", "compound", "amod", "nmod", "appos"}
# the target phrase of an event that names no actor: one token range, or one per coordinated object
TargetText = tuple[int, int] | list[tuple[int, int]] | None


def _or_none(actors: list[str]) -> list[str | None]:
    """The actors, or a single None: an event with no known source (or target) is still emitted."""
    return [*actors] if actors else [None]


@dataclass(slots=True)
class RawEvent:
    trigger: tuple[int, int]  # token range of the trigger (verb plus its particles)
    code: str
    source: str | None
    target: str | None
    target_text: tuple[int, int] | None  # the target phrase when it names no actor
    source_text: tuple[int, int] | None
    mode: str
    rule: str
    head: int  # trigger head token index
    extent: list[int] = field(default_factory=list)  # tokens of the clause (date lookup)
    place_tokens: list[int] = field(default_factory=list)  # tokens of its place phrases


@dataclass(slots=True)
class _Choice:
    entry: VerbEntry
    form: VerbForm
    start: int
    end: int  # exclusive, includes particles
    code: str | None
    reverse: str | None
    slots: dict[str, Token]
    pattern: Pattern | None


class SentenceCoder:
    def __init__(
        self, patterns: PatternSet, actors: ActorIndex, *, pronoun_antecedents: dict[int, list[str]] | None = None
    ) -> None:
        self.patterns = patterns
        self.actors = actors
        self.antecedents = pronoun_antecedents if pronoun_antecedents is not None else {}

    def code(self, sentence: Span) -> list[RawEvent]:
        tokens = list(sentence)
        self._sentence_words = frozenset(t.lower_ for t in tokens)
        events: list[RawEvent] = []
        for token in tokens:
            if not self._may_trigger(token):
                continue
            choice = self._choose(token)
            if choice is None or choice.code is None or self._told_by_its_verb(choice, token):
                continue
            events.extend(self._events(choice, token))
        return events

    def _no_event_here(self, choice: _Choice, token: Token) -> bool:
        """A description, a background mention, a name ("the Iraq War", "Committee to Protect
        Journalists"), or an event noun used as a modifier ("aid workers", "attack helicopters")."""
        if is_description(token) or is_background(token) or in_a_name(token) or self.actors.actor(token) is not None:
            return True
        modifier = token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN") and not names_its_frame(token)
        return choice.entry.pos == "noun" and modifier

    def _told_by_its_verb(self, choice: _Choice, token: Token) -> bool:
        """'lifted sanctions on X', 'imposed a curfew', 'demanded a truce': an event noun that a
        coded verb acts on is part of the verb's event, not an event of its own."""
        if choice.entry.pos != "noun" or choice.entry.origin != "newsintel":
            return False
        if names_its_frame(token):
            token = token.head  # "ended mediation efforts"
        verb = token.head
        if token.dep_ not in ("dobj", "obj", "nsubjpass") or verb.pos_ != "VERB":
            return False
        if verb.lemma_.lower() in words("event_topic_verbs"):
            return False
        return self._coded(verb)

    # -- which entry and which code --------------------------------------------------------

    def _coded(self, token: Token) -> bool:
        """Whether `token` is itself the trigger of an event."""
        if not self._may_trigger(token):
            return False
        choice = self._choose(token)
        return choice is not None and choice.code is not None

    def _may_trigger(self, token: Token) -> bool:
        """A cheap first test: is the word or its lemma in any dictionary at all?"""
        lower, by_lemma = token.lower_, self.patterns.by_lemma
        if lower in self.patterns.by_form or lower in by_lemma or token.lemma_.lower() in by_lemma:
            return True
        return token.tag_ in ("VBD", "VBN", "VBG") and any(guess in by_lemma for guess in base_guesses(lower))

    def _candidates(self, token: Token) -> list[tuple[VerbEntry, VerbForm, int, int]]:
        found = []
        verbal = token.tag_ in VERB_TAGS or token.pos_ == "VERB"
        for entry, form in self.patterns.by_form.get(token.lower_, []):
            if entry.origin == "tabari" and not verbal:
                continue
            span = self._form_span(token, form)
            if span:
                found.append((entry, form, *span))
        if not found:
            lemma = token.lemma_.lower()
            keys = [lemma] if lemma == token.lower_ else [lemma, token.lower_]  # "talks": lemma "talk"
            if verbal and not any(key in self.patterns.by_lemma for key in keys):
                keys += base_guesses(token.lower_)  # the lemmatizer's "staged" -> "stag"
            nominal = token.pos_ in ("NOUN", "PROPN") or nominal_gerund(token)
            for entry, form in (pair for key in keys for pair in self.patterns.by_lemma.get(key, [])):
                wanted_noun = entry.pos == "noun"
                if wanted_noun != nominal or (not wanted_noun and not verbal):
                    continue
                span = self._form_span(token, form)
                if span:
                    found.append((entry, form, *span))
        return found

    def _form_span(self, token: Token, form: VerbForm) -> tuple[int, int] | None:
        doc = token.doc
        start = token.i - len(form.pre)
        end = token.i + 1 + len(form.post)
        if start < token.sent.start or end > token.sent.end:
            return None
        if tuple(t.lower_ for t in doc[start : token.i]) != form.pre:
            return None
        if tuple(t.lower_ for t in doc[token.i + 1 : end]) != form.post:
            return None
        return start, end

    def _choose(self, token: Token) -> _Choice | None:
        candidates = self._candidates(token)
        if not candidates:
            return None
        # the longest verb form wins ("break down" over "break")
        longest = max(end - start for _, _, start, end in candidates)
        candidates = [c for c in candidates if c[3] - c[2] == longest]
        best: _Choice | None = None
        for entry, form, start, end in candidates:
            left = right = None  # built on the first pattern that may match
            for pattern in entry.patterns:
                if best is not None and best.pattern is not None and pattern.weight <= best.pattern.weight:
                    continue
                if pattern.code == IGNORE_CODE or not pattern.required_words <= self._sentence_words:
                    continue
                if left is None or right is None:
                    left = SideMatcher(left_region(token, start=start), self.patterns, self.actors, reverse=True)
                    right = SideMatcher(right_region(token, end=end - 1), self.patterns, self.actors, reverse=False)
                slots_before = left.match(pattern.before)
                if slots_before is None:
                    continue
                slots_after = right.match(pattern.after)
                if slots_after is None:
                    continue
                best = _Choice(
                    entry,
                    form,
                    start,
                    end,
                    pattern.code,
                    pattern.reverse_code,
                    {**slots_before, **slots_after},
                    pattern,
                )
        if best is not None:
            return best
        entry, form, start, end = candidates[0]
        for entry, form, start, end in candidates:
            code, reverse = (form.code, form.reverse_code) if form.has_code else (entry.code, entry.reverse_code)
            if code is not None and code != IGNORE_CODE:
                return _Choice(entry, form, start, end, code, reverse, {}, None)
        return _Choice(entry, form, start, end, None, None, {}, None)

    # -- who and whom ------------------------------------------------------------------------

    def _events(self, choice: _Choice, token: Token) -> list[RawEvent]:
        if choice.entry.origin == "newsintel" and self._no_event_here(choice, token):
            return []  # "the banned party", "after days of fighting", "the Iraq War", "aid workers"
        if choice.entry.pos == "noun":
            sources, targets, target_text = self._noun_roles(token, choice)
        else:
            sources, targets, target_text = self._verb_roles(token, choice)
        code = self._reading(choice, token, sources, targets)
        if code is None:
            return []  # "attacked the plan", "a storm hit", "captured the nomination": not this event
        reverse_code = choice.reverse if code == choice.code else None
        mutual = choice.entry.origin == "tabari" or choice.entry.frame.get("symmetric") or reverse_code
        if choice.entry.pos == "verb" and choice.entry.origin == "newsintel" and code[:2] in COOPERATIVE_PREFIXES:
            subject = subject_of(token)[0]
            if subject is not None and not subject_of(token)[1] and self._coded(subject):
                return []  # "the air strikes helped Kurdish fighters": an event helps, no one gives aid
        own_verb = choice.entry.origin == "newsintel" and choice.entry.pos == "verb"
        demands = self._demand(token, choice, sources) if own_verb else []
        code, mode, reverse_code, rule = self._stance(choice, token, code, reverse_code)
        stated = code != choice.code and code[:2] in ("03", "12", "13")  # an intent, refusal or threat needs no target
        if choice.entry.frame.get("needs_target") and not targets and not (mutual and len(sources) > 1) and not stated:
            return demands  # "released a statement": this entry is an event only towards an actor
        compound_before = "compound" in choice.slots and choice.slots["compound"].i < token.i
        # "X and Y renewed ties": with no other party, the members act on each other (TABARI's
        # reading; newsintel's own entries only do so when marked symmetric or reversible)
        pairwise = compound_before or (not targets and len(sources) > 1 and bool(mutual))
        extent = [t.i for t in token.subtree]
        places = place_phrase_tokens(token)
        events: list[RawEvent] = list(demands)

        def emit(source: str | None, target: str | None, event_code: str, text: tuple[int, int] | None) -> None:
            if source is not None and source == target:
                return
            events.append(
                RawEvent(
                    (choice.start, choice.end),
                    event_code,
                    source,
                    target,
                    text,
                    None,
                    mode,
                    rule,
                    token.i,
                    extent,
                    places,
                )
            )

        if not targets and isinstance(target_text, list) and not pairwise:
            for text in target_text:
                for source in _or_none(sources):
                    emit(source, None, code, text)
            return events
        if pairwise:
            for source in sources:
                for target in sources:
                    if source != target:
                        emit(source, target, code, None)
            return events
        for doer in _or_none(sources):
            for undergoer in _or_none(targets):
                phrase = target_text if undergoer is None and not isinstance(target_text, list) else None
                emit(doer, undergoer, code, phrase)
                reverse = reverse_code or (code if choice.entry.frame.get("symmetric") else None)
                if reverse and undergoer is not None and doer is not None:
                    emit(undergoer, doer, reverse, None)
        return events

    def _stance(
        self, choice: _Choice, token: Token, code: str, reverse_code: str | None
    ) -> tuple[str, str, str | None, str]:
        """The mode, and the code of what was stated: "is willing to withdraw" is an intent (03x),
        "said it would blockade" a threat (13x), "will not accept" or "failed to reach" a refusal (120)."""
        mode = event_mode(token)
        rule = self._rule(choice)
        if code != choice.code:
            rule += f" read as [{code}] for what it acts on"
        if choice.entry.origin != "newsintel":
            return code, mode, reverse_code, rule
        governed = token.dep_ in ("xcomp", "ccomp") and self._coded(token.head)  # "agreed to release": one AGREE
        stated = None if governed else intent_code(code, mode, token) or refusal_code(code, mode, token)
        if stated is not None:
            rule += f" as stated [{stated}]"
            return stated, "asserted", None, rule
        return code, mode, reverse_code, rule

    def _demand(self, token: Token, choice: _Choice, doers: list[str]) -> list[RawEvent]:
        """'Russia said Sudan must return the helicopter': Russia demands it of Sudan (CAMEO 100)."""
        reporting = demanded_by(token)
        if reporting is None:
            return []
        speakers = self._actors_at(subject_of(reporting)[0])
        extent = [t.i for t in token.subtree]
        return [
            RawEvent(
                (choice.start, choice.end),
                "100",
                speaker,
                doer,
                None,
                None,
                "asserted",
                self._rule(choice) + " demanded by the speaker [100]",
                token.i,
                extent,
                [],
            )
            for speaker in speakers
            for doer in doers or [None]  # type: ignore[list-item]
            if speaker != doer
        ]

    # -- what the verb acts on: literal or figurative ------------------------------------------

    def _reading(self, choice: _Choice, trigger: Token, sources: list[str], targets: list[str]) -> str | None:
        """The entry's code once the subject and object are looked at (entries with `objects:`);
        None: the words are figurative here ("attacked the plan" without `abstract_code`)."""
        frame = choice.entry.frame
        if frame.get("no_object") and any(c.dep_ in ("dobj", "ccomp", "obj") for c in trigger.children):
            return None  # "demonstrated that ...", "demonstrated its resolve": another sense
        if choice.entry.origin != "newsintel" or not frame.get("objects") or choice.pattern is not None:
            return choice.code
        if choice.entry.pos == "verb":
            subject, passive = subject_of(trigger)
            if subject is not None and not passive and self.actors.actor(subject) is None and is_natural_force(subject):
                return None  # "a winter storm hit the state"
            if frame.get("political_code") and abstract_reason(trigger):
                return code_or_none(frame["political_code"])  # "attacked his rival over the plan"
        obj = self._object_of(choice, trigger)
        if obj is not None and frame.get("political_code") and obj.lemma_.lower() in words("political_people"):
            return code_or_none(frame["political_code"])  # "attacking his rivals"
        if obj is not None and self.actors.actor(obj) is None:
            kinds = [object_class(member) for member in conjuncts(obj) if self.actors.actor(member) is None]
            if kinds and all(kind == ABSTRACT for kind in kinds):
                return code_or_none(frame.get("abstract_code"))  # "shot down the rumors": 120
            accepted = accepted_classes(frame)
            if not any(kind in accepted for kind in kinds) and not self._actors_at(obj):
                return None  # "destroyed an encampment and a vehicle": one literal member is enough
            if (
                frame.get("political_places")
                and "places" in kinds
                and self._talking_source(choice, trigger, sources, [])
            ):
                return code_or_none(frame["political_code"])  # a candidate "captured two states"
        political_kinds = "political_target_kinds" if not frame.get("political_places") else "political_place_kinds"
        if (
            frame.get("political_code")
            and targets
            and self._talking_source(choice, trigger, sources, targets)
            and self._all_of_kinds(targets, political_kinds)
        ):
            return code_or_none(frame["political_code"])  # a senator "attacking" a candidate
        return choice.code

    def _talking_source(self, choice: _Choice, trigger: Token, sources: list[str], targets: list[str]) -> bool:
        """Whether the doer acts with words: an actor of a talking kind, or a person's name the
        dictionaries lack ("Sanders beat Clinton")."""
        if sources:
            return self._all_of_kinds(sources, "talking_kinds")
        if choice.entry.frame.get("political_without_source") and self._all_of_kinds(targets, "campaign_kinds"):
            # "beating rival X", "attacks on the senator": no one else is named; but a modifier
            # target is a physical one ("the Herald attack")
            return choice.entry.pos == "verb" or self._object_of(choice, trigger) is not None
        return False
        subject = subject_of(trigger)[0] if choice.entry.pos == "verb" else None
        return (
            subject is not None
            and (subject.ent_type_ == "PERSON" or subject.pos_ == "PROPN")
            and self.actors.actor(subject) is None
        )

    def _object_of(self, choice: _Choice, trigger: Token) -> Token | None:
        """The head of what the event is done to, as the parse has it (actor or not)."""
        if choice.entry.pos == "noun":
            preps = set(choice.entry.frame.get("target_preps", ["on", "against"]))
            obj = prep_object(trigger, preps) or (prep_object(trigger.head, preps) if of_light_verb(trigger) else None)
        else:
            subject, passive = subject_of(trigger)
            obj = subject if passive else None  # "was kidnapped by gunmen": the subject undergoes it
            obj = obj or next((c for c in trigger.children if c.dep_ in ("dobj", "obj")), None)
            obj = obj or next(
                (
                    p
                    for c in trigger.children
                    if c.dep_ == "prep" and c.lower_ in ("on", "against", "at")
                    for p in c.children
                    if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")
                ),
                None,
            )  # "attacked on Tuesday" names no object
        obj = through_container(obj)
        if obj is None or obj.lemma_.lower() in words("container_nouns") or obj.lower_ in words("container_nouns"):
            return None  # "killed dozens": how many, not what
        return obj

    def _all_of_kinds(self, actors: list[str], kinds: str) -> bool:
        wanted = words(kinds)
        return all(self.actors.kinds.get(actor, "") in wanted for actor in actors)

    def _rule(self, choice: _Choice) -> str:
        where = choice.entry.source
        if choice.pattern is not None:
            line = f":{choice.pattern.line}" if choice.pattern.line else ""
            return f"{choice.entry.name}: {choice.pattern.text} [{choice.code}] ({where.rsplit(':', 1)[0]}{line})"
        return f"{choice.entry.name} [{choice.code}] ({where})"

    def _actors_at(self, token: Token | None) -> list[str]:
        if token is None:
            return []
        lower = token.lower_
        referring = lower in PRONOUNS or lower in words("group_nouns") or lower in ("former", "latter")
        if self.actors.actor(token) is None and referring:
            if token.i in self.antecedents:  # resolves the Doc's pronouns on first use
                return list(self.antecedents[token.i])
            if token.lower_ in PRONOUNS:
                return []
        return [actor for actor, _ in np_actors(phrase_head(token), self.actors)]

    def _verb_roles(self, verb: Token, choice: _Choice) -> tuple[list[str], list[str], TargetText]:
        subject, passive = subject_of(verb)
        if choice.entry.origin == "newsintel" and conjoined_passive(verb):
            passive = True  # "Kumar was dragged into a shop and beaten": beaten too
        agent = passive_agent(verb)
        if agent is not None and verb.tag_ == "VBN":
            passive = True  # "Rebuked by X, Y ...": a participle with a by-agent
        elif not passive:
            agent = None
        compound = choice.slots.get("compound")
        if compound is not None and compound.i > verb.i:  # "* WITH %": the compound is the target
            choice.slots.setdefault("target", compound)
            compound = None
        sources = self._verb_sources(verb, choice, subject, agent if passive else None, compound)
        if "target" in choice.slots:
            return sources, self._actors_at(choice.slots["target"]), None
        if passive and agent is not None:
            return sources, self._actors_at(subject), None
        if passive and subject is not None and choice.entry.frame.get("passive_subject") == "source":
            return self._actors_at(subject), [], None  # "the guerrillas have been demobilized"
        if passive and subject is not None and choice.entry.origin == "newsintel":
            # "Brown was hit", "churches were attacked": the subject undergoes the event; TABARI
            # entries keep PETRARCH's reading (the subject of an agentless passive is the source)
            targets = self._actors_at(subject)
            if targets or subject.pos_ not in ("NOUN", "PROPN"):
                return [], targets, None
            return [], [], object_phrases(subject)
        used = {t.i for t in subject.subtree} if subject is not None else set()
        used |= {t.i for t in agent.subtree} if agent is not None else set()
        region = [t for t in right_region(verb, end=choice.end - 1) if t.i not in used and t.dep_ != "agent"]
        if choice.entry.origin == "newsintel":
            # "attacked hideouts across Afghanistan": a place, not a target; "dismissed the
            # argument that Cruz ...": an actor inside a clause about the object is not the target;
            # "arrested Baghdadi's wife": not Baghdadi
            region = [t for t in region if not outside_target_reach(t, verb) and not held_by_relation(t)]
        head = first_actor_phrase(region, self.actors, resolved=self.antecedents)
        if head is None:
            head = self._adjacent_actor(verb, choice.end)
        if head is not None:
            return sources, self._actors_at(head), None
        return sources, [], self._object_text(verb, choice)

    def _verb_sources(
        self, verb: Token, choice: _Choice, subject: Token | None, agent: Token | None, compound: Token | None
    ) -> list[str]:
        """Who did it: a pattern's source slot, a passive's by-agent, else the subject (through
        an issuer, an event's own doer, never a place)."""
        own = choice.entry.origin == "newsintel"
        carrier = carrying_participle(verb) if own else None
        if carrier is not None and "source" not in choice.slots and compound is None:
            return self._actors_at(subject_of(carrier)[0])  # "X issued a video threatening to kill": X
        if "source" in choice.slots or compound is not None:
            return self._actors_at(choice.slots.get("source") or compound)
        if agent is not None:
            return self._actors_at(agent)
        slot = choice.slots.get("target")
        if slot is not None and subject is not None and subject.left_edge.i <= slot.i <= subject.right_edge.i:
            # "X noted that Y regretted ..." with Y the pattern's target: X is the source
            subject, _ = subject_of(verb.head) if verb.dep_ in ("ccomp", "xcomp") else (None, False)
        located = own and subject is not None and self._not_a_doer_but_located(subject)
        sources = [] if located else self._actors_at(subject)  # "a bombing in Djibouti killed": not Djibouti
        if own and subject is not None and subject.pos_ == "NOUN" and subject.head.i == verb.i:
            sources = self._event_doers(subject, sources)
        if not sources and subject is not None and subject.head.i == verb.i:
            for other in other_subjects(verb, subject):
                sources += [a for a in self._actors_at(other) if a not in sources]
        return sources

    def _object_text(self, verb: Token, choice: _Choice) -> list[tuple[int, int]] | None:
        """The object phrase(s) of a verb with no actor target ("attacked churches and schools")."""
        frame = choice.entry.frame
        inside = range(choice.start, choice.end)  # "opened fire at buses": "fire" is the trigger
        obj = prep_object(verb, set(frame.get("object_preps") or []))  # "drove a truck into a crowd"
        if not frame.get("instrument_object"):
            obj = obj or next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i not in inside), None)
        if obj is None:
            obj = prep_object(verb, {"on", "against", "at", "into"})
        obj = through_container(obj)
        if obj is None and frame.get("place_target"):
            obj = prep_object(verb, set(words("locative_prepositions")) | {"at"})  # "exploded outside the prison"
        if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.ent_type_ in ("DATE", "TIME"):
            return None  # "retaliated on Tuesday": a date is never what is acted on
        own = choice.entry.origin == "newsintel"
        if own and obj.lemma_.lower() not in words("people_objects") and self._coded(obj):
            return None  # "condemned the killing": the event is the topic, not a target
        return object_phrases(obj)

    def _adjacent_actor(self, verb: Token, end: int) -> Token | None:
        """'to fight IS' with "IS" misparsed as a verb: an actor right after the trigger,
        outside its parse subtree, is still its object."""
        if end >= verb.sent.end or verb.pos_ != "VERB":
            return None
        following = verb.doc[end]
        if self.actors.actor(following) is None or following.dep_ in ("nsubj", "nsubjpass"):
            return None
        if held_by_relation(following):
            return None
        return following

    def _only_located(self, head: Token) -> bool:
        """'strikes against the terrorists in Iraq': the phrase names no actor but a place; Iraq
        is where, not whom."""
        members = conjuncts(head)
        if any(
            self.actors.actor(m) is not None
            or any(c.dep_ in MODIFIER_DEPS and self.actors.actor(c) is not None for c in m.children)
            for m in members
        ):
            return False
        locative = words("locative_prepositions")
        return any(c.dep_ == "prep" and c.lower_ in locative for m in members for c in m.children)

    def _event_doers(self, subject: Token, sources: list[str]) -> list[str]:
        """'The US bombing of Elbia killed dozens': an event as subject acts through its own doer,
        never through whom it was done to."""
        if not self._may_trigger(subject):
            return sources
        event = self._choose(subject)
        if event is None or event.code is None or event.entry.pos != "noun":
            return sources
        doers, done_to, _ = self._noun_roles(subject, event)
        return doers or [actor for actor in sources if actor not in done_to]

    def _not_a_doer_but_located(self, subject: Token) -> bool:
        """'a suicide bombing in Djibouti killed ...': an event or a thing in a place does not make
        the place its doer; people in a place ("rebels in the Ivory Coast") are of that place."""
        collective = words("group_nouns") | words("container_nouns") | {"opposition", "party", "parties"}
        if object_class(subject) == "people" or subject.pos_ == "PRON" or subject.lemma_.lower() in collective:
            return False
        if subject.lower_ in words("people_objects"):
            return False
        return self._only_located(subject)

    def _can_act(self, token: Token) -> bool:
        """Whether the actor named at `token` is of a kind that carries out attacks, arrests,
        sanctions: a modifier of that kind is the doer ("IS attacks"), others the target."""
        kind = self.actors.kinds.get(self.actors.actor(token) or "", "")
        return kind in words("acting_kinds") or not self.actors.kinds

    def _noun_roles(self, noun: Token, choice: _Choice) -> tuple[list[str], list[str], TargetText]:
        frame = choice.entry.frame
        if names_its_frame(noun):
            noun = noun.head  # "launched a mediation effort between X and Y": the effort carries the roles
        sources: list[str] = []
        targets: list[str] = []
        for child in noun.children:
            if (
                child.dep_ in ("poss", "compound", "amod", "nmod")
                and child.i < noun.i
                and self.actors.actor(child) is not None
            ):
                if child.dep_ == "poss" and frame.get("possessor") == "target":
                    targets = self._actors_at(child)  # "Henning's murder": the one it was done to
                    continue
                own = choice.entry.origin == "newsintel"
                if (
                    own
                    and child.dep_ != "poss"
                    and (frame.get("modifier_is_place") or child.ent_type_ in ("GPE", "LOC"))
                ):
                    continue  # "the Syrian civil war", "the Sydney siege": where, not who
                if child.dep_ != "poss" and not self._can_act(child):
                    targets = self._actors_at(child)  # "the Charlie Hebdo shooting", "the embassy attack"
                    continue
                sources = self._actors_at(child)
                break
            if child.dep_ == "prep" and child.lower_ == "by":
                sources = self._actors_at(next((p for p in child.children if p.dep_ == "pobj"), None))
            if not sources and child.dep_ == "amod" and child.lower_ == "led":  # "US-led air strikes"
                sources = [a for c in child.children if c.i < child.i for a in self._actors_at(c)]
            if not sources and child.dep_ == "acl" and is_light_verb(child) and passive_agent(child) is not None:
                sources = self._actors_at(passive_agent(child))  # "an attack carried out by ISIS"
        if not sources and noun.dep_ in ("dobj", "obj", "nsubjpass") and is_light_verb(noun.head):
            subject, _ = subject_of(noun.head)
            sources = self._actors_at(subject)
        target_text = None
        preps = set(frame.get("target_preps", ["on", "against"]))
        for child in noun.children:
            if child.dep_ != "prep":
                continue
            pobj = next((p for p in child.children if p.dep_ == "pobj"), None)
            if pobj is None:
                continue
            if child.lower_ == "between" or (child.lower_ == "with" and frame.get("symmetric")):
                members = [] if self._only_located(pobj) else self._actors_at(pobj)
                if frame.get("between") == "targets":
                    targets = members  # "mediation between X and Y": X and Y are mediated, not fighting
                    continue
                if child.lower_ == "between" and len(members) >= 2:
                    return members, members, None  # "fighting between X and Y": each against the other
                targets = members
            elif child.lower_ in preps:
                located = choice.entry.origin == "newsintel" and self._only_located(pobj)
                targets = [] if held_by_relation_below(pobj) or located else self._actors_at(pobj)
                if not targets:
                    target_text = phrase_span(pobj)
                break
        if not targets and target_text is None and of_light_verb(noun):
            pobj = prep_object(noun.head, preps)  # "waged war on the rebels"
            if pobj is not None:
                targets = self._actors_at(pobj)
                target_text = None if targets else phrase_span(pobj)
        return sources, targets, target_text
