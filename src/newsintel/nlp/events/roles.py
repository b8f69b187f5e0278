"""Who did it and to whom: the source and target of a trigger, read from the parse.

`RoleReader` is a mixin of `SentenceCoder` (coder.py): it reads the roles of a verb trigger
(subject, passive agent, object, pattern slots) and of a noun trigger (possessor, modifiers,
"by"/"on"/"against"/"between" phrases, light verbs), and it needs the coder's dictionary look-ups
(`_may_trigger`, `_choose`, `_coded`) to tell an event noun from an actor.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsintel.english.words import ACTOR_PRONOUNS as PRONOUNS
from newsintel.nlp.events.lexicon import words
from newsintel.nlp.events.objects import object_class
from newsintel.nlp.events.patterns import Pattern, VerbEntry, VerbForm
from newsintel.nlp.events.syntax import (
    ActorIndex,
    conjuncts,
    first_actor_phrase,
    np_actors,
    object_phrases,
    other_subjects,
    passive_agent,
    phrase_head,
    phrase_span,
    relative_antecedent,
    right_region,
    subject_of,
)
from newsintel.nlp.events.trigger_context import (
    carrying_participle,
    conjoined_passive,
    held_by_relation,
    held_by_relation_below,
    is_light_verb,
    names_its_frame,
    of_light_verb,
    outside_target_reach,
    prep_object,
    through_container,
)

MODIFIER_DEPS = {"poss", "compound", "amod", "nmod", "appos"}
# the target phrase of an event that names no actor: one token range, or one per coordinated object
TargetText = tuple[int, int] | list[tuple[int, int]] | None


@dataclass(slots=True)
class Choice:
    """The dictionary entry, verb form and pattern chosen for a trigger, with the pattern's slots."""

    entry: VerbEntry
    form: VerbForm
    start: int
    end: int  # exclusive, includes particles
    code: str | None
    reverse: str | None
    slots: dict[str, Token]
    pattern: Pattern | None


class RoleReader:
    """Source and target readers; the coder supplies the actor index and the dictionary look-ups."""

    actors: ActorIndex
    antecedents: dict[int, list[str]]

    def _may_trigger(self, token: Token) -> bool:
        raise NotImplementedError  # SentenceCoder's dictionary look-up

    def _choose(self, token: Token) -> Choice | None:
        raise NotImplementedError

    def _coded(self, token: Token) -> bool:
        raise NotImplementedError

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
        head = phrase_head(token)
        named = [actor for actor, _ in np_actors(head, self.actors)]
        return named or self._owners_members(head)

    def _owners_members(self, head: Token) -> list[str]:
        """'its troops', 'their fighters': members of the actor a possessive pronoun refers to
        act for it (`member_nouns`); "their supporters" or "his wife" are other people."""
        if head.lemma_.lower() not in words("member_nouns") and head.lower_ not in words("member_nouns"):
            return []
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in PRONOUNS), None)
        if owner is None or owner.i not in self.antecedents:
            return []
        return list(self.antecedents[owner.i])

    def _verb_roles(self, verb: Token, choice: Choice) -> tuple[list[str], list[str], TargetText]:
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
        relative = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i < verb.i), None)
        antecedent = relative_antecedent(relative) if relative is not None else None
        if antecedent is not None:
            return sources, self._actors_at(antecedent), None  # "Smith, whom the Front kidnapped": Smith
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
        self, verb: Token, choice: Choice, subject: Token | None, agent: Token | None, compound: Token | None
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

    def _object_text(self, verb: Token, choice: Choice) -> list[tuple[int, int]] | None:
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

    def _noun_roles(self, noun: Token, choice: Choice) -> tuple[list[str], list[str], TargetText]:
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
        if not sources:
            sources = self._actors_at(_participant(noun))  # "took part in attacks", "were involved in the fighting"
        if not sources:
            sources = self._actors_at(_claimant(noun))  # "X claimed responsibility for the attack"
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


def _participant(noun: Token) -> Token | None:
    """The subject of a verb of taking part whose "in" phrase holds the event noun ("X engaged in
    clashes", "X was involved in the attack", "X took part in raids"); active or passive alike."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in":
        return None
    verb = prep.head
    if verb.pos_ == "NOUN" and verb.lower_ == "part" and verb.dep_ in ("dobj", "obj"):
        verb = verb.head  # "took part in"
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in words("participation_verbs"):
        return None
    if verb.lemma_.lower() == "take" and not any(c.lower_ == "part" for c in verb.children):
        return None
    return subject_of(verb)[0]


def _claimant(noun: Token) -> Token | None:
    """'X claimed responsibility for the bombing': who claims an event did it (`claiming_verbs`)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() != "responsibility":
        return None
    verb = prep.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in words("claiming_verbs"):
        return None
    subject, passive = subject_of(verb)
    return None if passive else subject
