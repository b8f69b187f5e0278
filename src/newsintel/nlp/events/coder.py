"""Find event triggers in a parsed Doc, pick their code from the patterns, find source and target.

`code_sentence` returns `RawEvent`s (token-level); the component turns them into records.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from newsintel.nlp.events.lexicon import words
from newsintel.nlp.events.matching import SideMatcher
from newsintel.nlp.events.modes import event_mode
from newsintel.nlp.events.objects import ABSTRACT, abstract_reason, accepted_classes, is_natural_force, object_class
from newsintel.nlp.events.patterns import IGNORE_CODE, PatternSet, VerbEntry, VerbForm
from newsintel.nlp.events.reading import demanded_by, intent_code, is_background, is_description, refusal_code
from newsintel.nlp.events.roles import Choice, RoleReader
from newsintel.nlp.events.syntax import (
    ActorIndex,
    conjuncts,
    left_region,
    right_region,
    subject_of,
)
from newsintel.nlp.events.trigger_context import (
    base_guesses,
    code_or_none,
    in_a_name,
    names_its_frame,
    nominal_gerund,
    of_light_verb,
    place_phrase_tokens,
    prep_object,
    through_container,
)

VERB_TAGS = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"}
COOPERATIVE_PREFIXES = {"03", "04", "05", "06", "07", "08"}


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


class SentenceCoder(RoleReader):
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

    def _no_event_here(self, choice: Choice, token: Token) -> bool:
        """A description, a background mention, a name ("the Iraq War", "Committee to Protect
        Journalists"), or an event noun used as a modifier ("aid workers", "attack helicopters")."""
        if is_description(token) or is_background(token) or in_a_name(token) or self.actors.actor(token) is not None:
            return True
        modifier = token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN") and not names_its_frame(token)
        return choice.entry.pos == "noun" and modifier

    def _told_by_its_verb(self, choice: Choice, token: Token) -> bool:
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

    def _choose(self, token: Token) -> Choice | None:
        candidates = self._candidates(token)
        if not candidates:
            return None
        # the longest verb form wins ("break down" over "break")
        longest = max(end - start for _, _, start, end in candidates)
        candidates = [c for c in candidates if c[3] - c[2] == longest]
        best: Choice | None = None
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
                best = Choice(
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
                return Choice(entry, form, start, end, code, reverse, {}, None)
        return Choice(entry, form, start, end, None, None, {}, None)

    # -- who and whom ------------------------------------------------------------------------

    def _events(self, choice: Choice, token: Token) -> list[RawEvent]:
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
        self, choice: Choice, token: Token, code: str, reverse_code: str | None
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
        if token.dep_ == "pcomp" and token.head.lower_ == "to":
            governed = self._coded(token.head.head)  # "is committed to opening": one AGREE
        stated = None if governed else intent_code(code, mode, token) or refusal_code(code, mode, token)
        if stated is not None:
            rule += f" as stated [{stated}]"
            return stated, "asserted", None, rule
        return code, mode, reverse_code, rule

    def _demand(self, token: Token, choice: Choice, doers: list[str]) -> list[RawEvent]:
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

    def _reading(self, choice: Choice, trigger: Token, sources: list[str], targets: list[str]) -> str | None:
        """The entry's code once the subject and object are looked at (entries with `objects:`);
        None: the words are figurative here ("attacked the plan" without `abstract_code`)."""
        frame = choice.entry.frame
        if frame.get("no_object") and any(c.dep_ in ("dobj", "ccomp", "obj") for c in trigger.children):
            return None  # "demonstrated that ...", "demonstrated its resolve": another sense
        if frame.get("needs_object") and choice.entry.pos == "verb" and not self._has_object(trigger):
            return None  # "returned to the capital": no one gives anything back
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

    def _has_object(self, verb: Token) -> bool:
        """A direct object, or a passive subject (what the verb acts on)."""
        if any(c.dep_ in ("dobj", "obj") for c in verb.children):
            return True
        subject, passive = subject_of(verb)
        return passive or (verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"))  # "the hostages freed on Monday"

    def _talking_source(self, choice: Choice, trigger: Token, sources: list[str], targets: list[str]) -> bool:
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

    def _object_of(self, choice: Choice, trigger: Token) -> Token | None:
        """The head of what the event is done to, as the parse has it (actor or not)."""
        if choice.entry.pos == "noun":
            preps = set(choice.entry.frame.get("target_preps", ["on", "against"]))
            obj = prep_object(trigger, preps) or (prep_object(trigger.head, preps) if of_light_verb(trigger) else None)
        else:
            subject, passive = subject_of(trigger)
            obj = subject if passive else None  # "was kidnapped by gunmen": the subject undergoes it
            if trigger.tag_ == "VBN" and trigger.dep_ == "acl":
                obj = trigger.head  # "a video released by the group": what the participle describes
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

    def _rule(self, choice: Choice) -> str:
        where = choice.entry.source
        if choice.pattern is not None:
            line = f":{choice.pattern.line}" if choice.pattern.line else ""
            return f"{choice.entry.name}: {choice.pattern.text} [{choice.code}] ({where.rsplit(':', 1)[0]}{line})"
        return f"{choice.entry.name} [{choice.code}] ({where})"
