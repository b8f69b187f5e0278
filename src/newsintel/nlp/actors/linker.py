"""Link every actor mention of a Doc to the dictionary, or to a document-local actor.

Order of the rules (each works on what the earlier ones left):
1. dictionary phrases, longest match first (names, aliases, demonyms, metonyms);
2. generic agents composed with the country, metonym or organisation that modifies them
   ("Afghan officials", "a Pentagon spokesperson", "Taliban fighters", "the Biden administration");
3. metonyms (a capital standing for a government) when they act or are acted on;
4. NER names the dictionary lacks (`ner_names.py`): partial names of actors of the document
   ("Shaheen"), close misspellings (fuzzy), else document-local actors;
5. definite descriptions ("the group", "the newspaper") to the salient antecedent of a
   matching type;
then people's titles in the text are checked against their dated roles (`titles.py`).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Token

from newsintel.nlp.actors.entries import ActorEntry, AgentEntry, slugify
from newsintel.nlp.actors.index import ActorIndex
from newsintel.nlp.actors.matcher import Match, TokenKeys
from newsintel.nlp.actors.ner_names import NerNames
from newsintel.nlp.actors.precision import without_misread_states, without_words_inside_longer_names
from newsintel.nlp.actors.spans import (
    end_char,
    is_subject,
    sentence_number,
    strip_final_period,
    token_texts,
    with_definite_article,
    without_acronyms_in_capitals,
)
from newsintel.nlp.actors.state import NO_ENTRY, DocActors, Mention
from newsintel.nlp.actors.titles import StaleRoles, same_title
from newsintel.nlp.places.names import us_place_names

_NATIONAL_BODY_TYPES = frozenset(("legislature", "judiciary", "ministry", "police"))
# Bodies a city has of its own: "Ottawa police" is the city's force, not the country's.
CITY_INSTITUTIONS = frozenset(("police",))


class ActorLinker(NerNames, StaleRoles):
    def __init__(self, index: ActorIndex) -> None:
        self.index = index

    # ------------------------------------------------------------ entry point

    def link(self, doc: Doc, day: dt.date | None) -> tuple[list[dict], list[dict], list[dict]]:
        """(actors, metonyms, flags) of the document as plain dicts."""
        texts, text = token_texts(doc)
        state = DocActors(text=text, day=day)
        keys = TokenKeys.of(texts)
        matches = self._choose_candidates(self.index.phrases.find(keys), day)
        matches = self._without_us_state_homonyms(doc, matches, state, keys)
        matches = self._without_sentence_initial_common_words(doc, matches, state)
        matches = without_acronyms_in_capitals(doc, matches, state, texts)
        matches = without_misread_states(self.index, doc, matches, state)
        matches = without_words_inside_longer_names(self.index, doc, matches, state)
        state.named = matches
        agent_matches = self.index.agent_phrases.find(keys, blocked={i for m in matches for i in range(m.start, m.end)})
        metonyms: list[dict] = []
        flags: list[dict] = []
        composed = self._compose(doc, day, matches, agent_matches, state, metonyms)
        self._dictionary_mentions(doc, day, matches, composed, state, metonyms)
        self._names_from_ner(doc, state, flags, keys)
        self._descriptions(doc, state, keys)
        actors = self._records(doc, day, state)
        flags.extend(self._stale_roles(doc, day, state, agent_matches))
        return actors, metonyms, flags

    # ------------------------------------------------------------ 1-3: dictionary

    def _choose_candidates(self, matches: list[Match], day: dt.date | None) -> list[Match]:
        """Put first, for each phrase, the actor it means here: one that existed on the date
        ("Trump administration" in 2018 or 2025), and a short alias ("the Post") only for an
        actor that the document also names in full."""
        dated: list[tuple[Match, list]] = []
        for match in matches:
            alive = [c for c in match.candidates if (self.index.actor(c.target) or NO_ENTRY).exists_on(day)]
            dated.append((match, alive or list(match.candidates)))
        named_in_full = {c.target for _, viable in dated for c in viable if not c.short}
        families = self._families(named_in_full)
        main_country = self._main_country(dated)
        chosen: list[Match] = []
        for match, viable in dated:
            usable = [
                c
                for c in viable
                if not c.short
                or c.target in named_in_full
                or self._family_of(c.target) & families
                or self._national_body_of(c.target, main_country)
            ]
            if usable:
                rest = [c for c in match.candidates if c is not usable[0]]
                chosen.append(Match(match.start, match.end, (usable[0], *rest)))
        return chosen

    def _without_sentence_initial_common_words(self, doc: Doc, matches: list[Match], state: DocActors) -> list[Match]:
        """ "Dawn broke", "Discord grew": an alias that is an ordinary word, capitalised only
        because it starts a sentence, is no name unless the actor is named elsewhere in the
        document (another mention inside a sentence, or a longer alias) or it is the subject
        of a verb of saying or acting ("Apple said"). States keep theirs ("Turkey is")."""

        def initial_word(match: Match) -> bool:
            entry = self.index.actor(match.best.target)
            return bool(
                match.end - match.start == 1
                and match.best.common_word
                and doc[match.start].is_sent_start
                and (entry is None or entry.type != "state")
                and not self._speaks(doc[match.start])
            )

        named_elsewhere = {m.best.target for m in matches if not initial_word(m)}
        kept = []
        for match in matches:
            if initial_word(match) and match.best.target not in named_elsewhere:
                state.common_words.add(match.start)  # nor a local actor from the NER
            else:
                kept.append(match)
        return kept

    def _speaks(self, token: Token) -> bool:
        lexicon = self.index.lexicon
        lemma = token.head.lemma_.lower()
        return token.dep_ in ("nsubj", "nsubjpass") and (
            lemma in lexicon.subject_verbs or lemma in lexicon.name_subject_verbs
        )

    def _main_country(self, dated: list[tuple[Match, list]]) -> str | None:
        """The country the document names most often (by name or demonym), if one leads."""
        counts: dict[str, int] = {}
        for _, viable in dated:
            entry = self.index.actor(viable[0].target) if viable else None
            if entry is not None and entry.type == "state" and entry.country:
                counts[entry.country] = counts.get(entry.country, 0) + 1
        ranked = sorted(counts.items(), key=lambda item: -item[1])
        if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]

    def _national_body_of(self, actor_id: str, country: str | None) -> bool:
        """ "The Senate voted" in a document mostly about the US, "the MoD said" in one about
        Britain: a legislature's, court's, ministry's or police force's short name is that
        country's body."""
        entry = self.index.actor(actor_id)
        return (
            country is not None
            and entry is not None
            and entry.country == country
            and entry.type in _NATIONAL_BODY_TYPES
        )

    def _family_of(self, actor_id: str) -> set[tuple[str, str]]:
        """(type, id) of the actor and of its parent: "the House" and "the Senate" are at home
        wherever Congress, or the other chamber, is named in full (same type only, so that
        naming one ministry does not license every short form of the government)."""
        entry = self.index.actor(actor_id)
        if entry is None or entry.type in ("state", "person", None):
            return set()
        return {(entry.type, i) for i in (actor_id, entry.parent) if i}

    def _families(self, actor_ids: set[str]) -> set[tuple[str, str]]:
        families: set[tuple[str, str]] = set()
        for actor_id in actor_ids:
            families |= self._family_of(actor_id)
        return families

    def _dictionary_mentions(self, doc, day, matches, composed: set[int], state, metonyms) -> None:
        for match in matches:
            if match.start in composed:
                continue
            candidate = match.best
            entry = self.index.actor(candidate.target)
            if entry is None:
                continue
            if candidate.kind == "metonym" or self._only_metonym(match):
                self._metonym(doc, day, match, entry, state, metonyms)
                continue
            if entry.type == "state" and candidate.kind == "alias" and self._acts(doc[match.start : match.end].root):
                # "The US has carried out airstrikes": a country acting is its government.
                self._metonym(doc, day, match, entry, state, metonyms)
                continue
            state.add(Mention(match.start, match.end, entry.id, candidate.kind))

    def _only_metonym(self, match: Match) -> bool:
        return all(c.kind == "metonym" for c in match.candidates)

    def _metonym(self, doc, day, match: Match, entry: ActorEntry, state, metonyms) -> None:
        span = doc[match.start : match.end]
        if not self._acts(span.root):
            return  # a place here ("fighting in Kabul"): the places stage takes it
        actor_id = self._metonym_actor(entry, span.text, day)
        state.add(Mention(match.start, match.end, actor_id, "metonym"))
        metonyms.append({"start": span.start_char, "end": span.end_char, "text": span.text, "actor": actor_id})

    def _acts(self, token: Token) -> bool:
        """Does this place name act or get addressed (subject/object of a verb of saying,
        deciding, pressing; "talks with"; "Washington's policy")?"""
        lexicon = self.index.lexicon
        while token.dep_ == "conj" and token.head is not token:
            token = token.head
        head = token.head
        lemma = head.lemma_.lower()
        if token.dep_ in ("nsubj", "csubj"):
            return lemma in lexicon.subject_verbs
        if token.dep_ in ("dobj", "iobj", "dative"):
            return lemma in lexicon.object_verbs
        if token.dep_ == "pobj":
            governor = head.head
            allowed = lexicon.prepositions.get(head.lower_, frozenset())
            return governor.lemma_.lower() in allowed or governor.lower_ in allowed
        if token.dep_ == "poss":
            return head.lower_ in lexicon.possessed_nouns or head.lemma_.lower() in lexicon.possessed_nouns
        return False

    def _metonym_actor(self, entry: ActorEntry, name: str, day: dt.date | None) -> str:
        dated = entry.metonym_actor_on(name, day)
        if dated and dated in self.index.dictionary.actors:
            return dated
        return self._government_of(entry, day)

    def _government_of(self, entry: ActorEntry, day: dt.date | None) -> str:
        """The actor in power for a state on `day`: its `governments`, else its <a3>-gov."""
        if entry.type == "state" or entry.governments:
            government = entry.government_on(day)
            if government and government in self.index.dictionary.actors:
                return government
            code = (entry.country or entry.cameo or "").upper()
            institution = self.index.institutions.get((code, "gov"))
            if institution:
                return institution
        return entry.id

    def _without_us_state_homonyms(
        self, doc: Doc, matches: list[Match], state: DocActors, keys: TokenKeys
    ) -> list[Match]:
        """ "Savannah, Georgia": a country name that is also a US state's is the state (a
        place, left to the places stage) when the text around it is about the US."""
        homonyms = us_place_names()[0]
        kept = []
        for match in matches:
            entry = self.index.actor(match.best.target)
            name = " ".join(keys.lowered[match.start : match.end])
            if (
                entry is not None
                and entry.type == "state"
                and name in homonyms
                and self._about_the_us(doc, state, keys, match, name)
            ):
                continue
            kept.append(match)
        return kept

    def _about_the_us(self, doc: Doc, state: DocActors, keys: TokenKeys, mention: Match, name: str) -> bool:
        """Another US state or US city, "state of", or a word of US politics in the sentence of
        the mention or the sentences next to it."""
        starts = state.sentence_starts(doc)
        here = sentence_number(starts, mention.start)
        first = starts[max(here - 1, 0)]
        last = starts[here + 2] if here + 2 < len(starts) else len(doc)
        words = self.index.lexicon.us_state_context_words
        if any(keys.lowered[i] in words for i in range(first, last)):
            return True
        if mention.start >= 2 and keys.lowered[mention.start - 2 : mention.start] == ["state", "of"]:
            return True
        us_names = us_place_names()[1]
        return any(
            ent.label_ == "GPE" and ent.text.lower() != name and ent.text.lower() in us_names
            for ent in doc.ents
            if first <= ent.start < last
        )

    # ------------------------------------------------------------ 2: generic agents

    def _compose(self, doc, day, matches, agent_matches, state, metonyms: list[dict]) -> set[int]:
        """Agents modified by a country/organisation; returns the starts of matches used."""
        by_end = {m.end: m for m in matches}
        by_start = {m.start: m for m in matches}
        used: set[int] = set()
        for agent_match in agent_matches:
            agent = self.index.agents.get(agent_match.best.target)
            if agent is None or doc[agent_match.end - 1].pos_ == "ADJ":
                continue  # "the official death toll": an adjective, not an agent
            if self._is_title_of_name(doc, agent_match, by_start):
                continue
            modifier = self._modifier_of(doc, agent_match, by_end)
            if modifier is None:
                used |= self._compose_of(doc, day, agent_match, agent, by_start, state)
                continue
            entry = self.index.actor(modifier.best.target)
            if entry is None:
                continue
            modifier_text = doc[modifier.start : modifier.end].text
            term = doc[agent_match.start : agent_match.end].text
            actor_id = self._composed_actor(entry, agent, day, modifier, state, modifier_text, term)
            if actor_id is None:
                continue
            start = modifier.start
            if doc[agent_match.end - 1].dep_ != "compound":  # not "the [US intelligence] assessment"
                start = with_definite_article(doc, modifier.start, state)
            state.add(Mention(start, agent_match.end, actor_id, "composed"))
            used.add(modifier.start)
            if modifier.best.kind == "metonym":  # "Kabul officials": Kabul stands for them
                span = doc[modifier.start : modifier.end]
                metonyms.append({"start": span.start_char, "end": span.end_char, "text": span.text, "actor": actor_id})
        return used

    def _compose_of(self, doc, day, agent_match: Match, agent: AgentEntry, by_start, state) -> set[int]:
        """ "soldiers from Gondor", "the ambassadors of Arnor, Osgiliath and Gondor": each
        country after of/from makes a composed actor; the first mention spans the agent."""
        head = doc[agent_match.end - 1]
        preps = [c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("of", "from")]
        objects = [o for p in preps[:1] for o in p.children if o.dep_ == "pobj"]
        if not objects:
            return set()
        countries = [objects[0], *[c for c in objects[0].conjuncts if c.i > objects[0].i]]
        used: set[int] = set()
        for number, token in enumerate(countries):
            match = next((m for m in by_start.values() if m.start <= token.i < m.end), None)
            if match is None:
                continue
            entry = self.index.actor(match.best.target)
            if entry is None or not (entry.type == "state" or match.best.kind == "demonym"):
                continue
            term = doc[agent_match.start : agent_match.end].text
            actor_id = self._state_agent(entry, agent, day, state, term)
            start = with_definite_article(doc, agent_match.start, state) if number == 0 else match.start
            state.add(Mention(start, match.end, actor_id, "composed"))
            used.add(match.start)
        return used

    def _is_title_of_name(self, doc: Doc, agent_match: Match, by_start: dict[int, Match]) -> bool:
        """ "President Joe Biden": a title of a known person, not an actor (before an unknown
        name, "Gondor's Prime Minister Falastur", the title still names the government)."""
        match = by_start.get(agent_match.end)
        entry = self.index.actor(match.best.target) if match else None
        return entry is not None and entry.type == "person"

    def _modifier_of(self, doc: Doc, agent_match: Match, by_end: dict[int, Match]) -> Match | None:
        """The dictionary match that modifies the agent within its noun phrase, if any:
        directly before it, or before a few modifiers ("US defense officials"), or with a
        possessive ("the Taliban's fighters")."""
        position = agent_match.start
        for _ in range(5):
            match = by_end.get(position)
            if match is not None:
                return match
            if position - 1 < 0:
                return None
            previous = doc[position - 1]
            if previous.tag_ == "POS" or previous.text in ("'s", "\u2019s"):
                position -= 1
                continue
            if previous.pos_ == "PROPN" and previous.lower_ not in self.index.lexicon.person_titles:
                return None  # "US National Aeronautics and Space Administration": a name
            if previous.pos_ in ("ADJ", "NOUN", "PROPN", "CCONJ") and previous.dep_ in (
                "amod",
                "compound",
                "nmod",
                "conj",
                "cc",
            ):
                position -= 1
                continue
            return None
        return by_end.get(position)

    def _composed_actor(
        self,
        entry: ActorEntry,
        agent: AgentEntry,
        day,
        modifier: Match,
        state,
        modifier_text: str,
        term: str = "",
    ) -> str | None:
        kind = modifier.best.kind
        if entry.type == "person":
            return self._person_institution(entry, agent, day)
        if kind == "metonym" and agent.institution in CITY_INSTITUTIONS:
            return self._city_body(entry, agent, modifier_text, term, state)
        if kind == "metonym" and agent.institution == "gov":
            return self._metonym_actor(entry, modifier_text, day)
        if kind == "demonym" and entry.type != "state":
            return entry.id  # "Jewish leaders", "Kurdish fighters": the group itself
        if entry.type == "state" or kind in ("demonym", "metonym"):
            return self._state_agent(entry, agent, day, state, term)
        return entry.id  # "Taliban fighters", "a Pentagon spokesperson": the organisation

    def _city_body(self, entry: ActorEntry, agent: AgentEntry, city: str, term: str, state: DocActors) -> str:
        """ "Ottawa police": the city's own force, a document-local actor, never the national one."""
        name = f"{city} {term}".strip()
        actor_id = f"local:{slugify(name)}"
        state.entries.setdefault(
            actor_id,
            {
                "id": actor_id,
                "name": name,
                "type": agent.type,
                "country": entry.country,
                "cameo": None,
                "mentions": [],
                "parent": None,
                "local": True,
                "roles": [],
            },
        )
        return actor_id

    def _person_institution(self, entry: ActorEntry, agent: AgentEntry, day) -> str | None:
        """ "the Biden administration": the government the person headed on `day`."""
        if agent.institution != "gov" or agent.title:
            return None
        for role in entry.roles_on(day) or entry.roles:
            org = self.index.actor(role.org)
            if org is not None and org.type in ("government", "state"):
                return self._government_of(org, day) if org.type == "state" else org.id
        if entry.country:
            state_id = self.index.states_by_code.get(entry.country.upper())
            state = self.index.actor(state_id)
            if state is not None:
                return self._government_of(state, day)
        return None

    def _state_agent(self, entry: ActorEntry, agent: AgentEntry, day, state: DocActors, term: str = "") -> str:
        code = (entry.country or entry.cameo or "").upper()[:3]
        if agent.title and term and day is not None:
            holder = self._role_holder(code, term, day)
            if holder:
                return holder
        if agent.institution == "gov":
            government = self._government_of(entry, day)
            if government != entry.id:
                return government
        if agent.institution:
            institution = self.index.institutions.get((code, agent.institution))
            if institution:
                return institution
        return self._composed_record(entry, agent, code, state)

    def _role_holder(self, code: str, term: str, day: dt.date) -> str | None:
        """ "the Afghan president" on a date: the one person whose role in that country's
        bodies has this title then (no "vice"/"deputy" unless the text says so)."""
        holders = {
            person
            for person, role in self.index.role_holders.get(code, ())
            if role.period.contains(day) and any(same_title(term, title) for title in role.titles)
        }
        return holders.pop() if len(holders) == 1 else None

    def _composed_record(self, entry: ActorEntry, agent: AgentEntry, code: str, state: DocActors) -> str:
        """A country + agent actor the dictionary lacks (ARN + GOV -> ARNGOV), as PETRARCH."""
        suffix = (agent.institution or (agent.cameo or agent.id)).lower()
        owner = slugify(code) if entry.type == "state" and code else entry.id
        actor_id = f"{owner}-{slugify(suffix)}"
        if actor_id not in state.entries and actor_id not in self.index.dictionary.actors:
            base_code = entry.cameo or code
            cameo = None
            if agent.cameo and base_code:
                cameo = agent.cameo + base_code if agent.prefix else base_code + agent.cameo
            state.entries[actor_id] = {
                "id": actor_id,
                "name": f"{entry.name} {agent.label or agent.id}",
                "type": agent.type,
                "country": entry.country,
                "cameo": cameo,
                "mentions": [],
                "parent": entry.id,
                "local": False,
                "roles": [],
            }
        return actor_id

    # ------------------------------------------------------------ 5: definite descriptions

    def _descriptions(self, doc: Doc, state: DocActors, keys: TokenKeys) -> None:
        for match in self.index.description_index.find(keys):
            if match.start == 0 or not state.free(match.start - 1, match.end):
                continue
            determiner = doc[match.start - 1]
            if determiner.lower_ != "the":
                continue
            head = doc[match.end - 1]
            if any(c.dep_ in ("amod", "compound", "prep", "acl", "relcl") and c.i < match.start for c in head.children):
                continue
            if match.end < len(doc) and doc[match.end].pos_ in ("NOUN", "PROPN") and doc[match.end].dep_ == "compound":
                continue
            if head.dep_ == "compound" and head.head.i > head.i:
                continue  # "the party headquarters": a modifier, not a reference to the party
            types = self.index.lexicon.descriptions[match.best.target]
            antecedent = self._antecedent(doc, match.start - 1, types, state)
            if antecedent is not None:
                state.add(Mention(match.start - 1, match.end, antecedent, "description"))

    def _antecedent(self, doc: Doc, position: int, types: frozenset[str], state: DocActors) -> str | None:
        """The salient earlier actor of a fitting type: same sentence first, then up to three
        sentences back; within a sentence a subject beats an object, then the nearest wins."""
        sentence_starts = state.sentence_starts(doc)
        here = sentence_number(sentence_starts, position)
        best: tuple[int, int, int, str] | None = None
        for mention in state.mentions:
            if mention.start >= position or mention.how == "description":
                continue
            distance = here - sentence_number(sentence_starts, mention.start)
            if distance > 3:
                continue
            kind = self._type_of(mention.actor, state)
            if kind not in types:
                continue
            root = doc[mention.start : mention.end].root
            subject = 0 if is_subject(root) else 1
            key = (distance, subject, -mention.start, mention.actor)
            if best is None or key < best:
                best = key
        return best[3] if best else None

    def _type_of(self, actor_id: str, state: DocActors) -> str | None:
        entry = self.index.actor(actor_id)
        if entry is not None:
            return entry.type
        record = state.entries.get(actor_id)
        return record.get("type") if record else None

    # ------------------------------------------------------------ records

    def _records(self, doc: Doc, day: dt.date | None, state: DocActors) -> list[dict]:
        records: dict[str, dict] = {}
        text = state.text
        for mention in sorted(state.mentions, key=lambda m: m.start):
            record = records.get(mention.actor)
            if record is None:
                record = state.entries.get(mention.actor) or self._dictionary_record(mention.actor, day)
                records[mention.actor] = record
            start = mention.start_char if mention.start_char is not None else doc[mention.start].idx
            end = mention.end_char if mention.end_char is not None else end_char(doc, mention.end)
            start, end = strip_final_period(doc, mention, start, end)
            span = {"start": start, "end": end, "text": text[start:end]}
            if span not in record["mentions"]:
                record["mentions"].append(span)
        return list(records.values())

    def _dictionary_record(self, actor_id: str, day: dt.date | None) -> dict:
        entry = self.index.actor(actor_id)
        if entry is None:
            return {
                "id": actor_id,
                "name": actor_id,
                "type": None,
                "country": None,
                "cameo": None,
                "mentions": [],
                "parent": None,
                "local": False,
                "roles": [],
            }
        return {
            "id": entry.id,
            "name": entry.name,
            "type": entry.type,
            "country": entry.country,
            "cameo": self._dated_code(entry, day),
            "mentions": [],
            "parent": entry.parent,
            "local": False,
            "roles": [self._role_label(r) for r in entry.roles_on(day)],
        }

    def _dated_code(self, entry: ActorEntry, day: dt.date | None) -> str | None:
        """The code on `day`. A person whose default code is that of a body they served in
        ("USAGOV" for a president) has it only while the role lasts; before or after, the code
        of the role they hold then, else their country's."""
        code = entry.code_on(day)
        if entry.type != "person" or day is None or not entry.roles or code is None:
            return code or self._role_code(entry, day)
        if any(d.period is not None and d.period.contains(day) for d in entry.codes):
            return code
        role_codes = {org.code_on(day) for r in entry.roles if (org := self.index.actor(r.org)) is not None}
        if code in role_codes and not entry.roles_on(day):
            return self._role_code(entry, day) or (entry.country or None)
        return code

    def _role_code(self, entry: ActorEntry, day: dt.date | None) -> str | None:
        """A person without a code of their own takes the code of the body they served on
        that date (PETRARCH codes people by their dated role the same way)."""
        for role in entry.roles_on(day):
            org = self.index.actor(role.org)
            if org is not None and org.code_on(day):
                return org.code_on(day)
        return None

    def _role_label(self, role) -> str:
        org = self.index.actor(role.org)
        return f"{role.title}, {org.name}" if org else (f"{role.title}, {role.org}" if role.org else role.title)
