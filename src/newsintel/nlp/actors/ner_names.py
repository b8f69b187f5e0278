"""Rule 4 of the actor linker: NER names the dictionary lacks. Partial names of actors of the
document ("Shaheen"), close misspellings (fuzzy), else document-local actors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from newsintel.nlp.actors.entries import ActorEntry, slugify
from newsintel.nlp.actors.matcher import TokenKeys
from newsintel.nlp.actors.national_groups import national_communities
from newsintel.nlp.actors.spans import char_bounds, clean_entity, is_group_noun, name_words, same_initials
from newsintel.nlp.actors.state import NO_ENTRY, DocActors, Mention
from newsintel.nlp.actors.titled_people import TitledPeople
from newsintel.nlp.places.gazetteer import load_gazetteer
from newsintel.nlp.places.names import is_known_place
from newsintel.nlp.places.spelling import close_respellings

if TYPE_CHECKING:
    from newsintel.nlp.actors.index import ActorIndex

FUZZY_THRESHOLD = 90.0  # rapidfuzz ratio (0-100); conservative: one transposition in a name
NEAR_MISS = 75.0  # a closer spelling than this is reported as `unlinked` (candidate and score)
NAME_LABELS = frozenset(("PERSON", "ORG", "NORP", "GPE", "FAC"))


class NerNames(TitledPeople):
    """The linker's rule 4 (a mixin of ActorLinker)."""

    index: ActorIndex

    if TYPE_CHECKING:

        def _acts(self, token: Token) -> bool: ...

        def _title_in_text(self, doc: Doc, mention: Mention, *, check_former: bool = True) -> Span | None: ...

        def _type_of(self, actor_id: str, state: DocActors) -> str | None: ...

    def _names_from_ner(self, doc: Doc, state: DocActors, flags: list[dict], keys: TokenKeys) -> None:
        pending: list[Span] = []
        chains = state.chain_places
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
            if ent.label_ == "FAC" or (ent.label_ == "NORP" and not is_group_noun(span)):
                continue
            if ent.label_ == "GPE" and not self._gpe_actor(span):
                continue
            if ent.label_ in ("ORG", "PERSON") and (
                _place_in_place_context(span) or self._smaller_place_not_body(span)
            ):
                continue
            if ent.label_ in ("ORG", "PERSON", "GPE") and any(s < span.end and span.start < e for s, e, _ in chains):
                continue  # "Oristel" and "Lleida" of "X hill (Oristel, Lleida)": a chain's places
            pending.append(span)
        # partial names can refer forwards ("the Post" ... "the Washington Post")
        last_words, first_words = self._name_words(doc, state)
        for span in pending:
            if not state.free(span.start, span.end):
                continue
            titled = self._titled_person(doc, span, state)  # a title names one person best
            actor_id, how = (titled, "title") if titled and not titled.startswith("local:") else (None, "")
            if actor_id is None:
                actor_id, how = self._partial(span, last_words, first_words), "partial"
            if actor_id is None:
                actor_id, how = titled, "title"
            if actor_id is None:
                actor_id, how = self._fuzzy(span, flags, state), "fuzzy"
            if actor_id is None:
                if span.text.lower() in self.index.lexicon.generic_name_words:
                    continue  # a lone "State" or "Council": no actor to speak of
                if span.label_ == "ORG" and not self._gpe_actor(span):
                    continue  # "air strikes hit Sanaa": a place the NER took for an organisation
                actor_id = self._local(doc, span, state)
                how = "local"
            state.add(Mention(span.start, span.end, actor_id, how, *char_bounds(span)))
        self._merge_local_partials(state, doc)
        self._countries_of_titled_strangers(doc, state)
        national_communities(self.index, doc, state)
        self._surnames_of_local_people(doc, state)
        self._bare_surnames(doc, state, keys)

    def _smaller_place_not_body(self, span: Span) -> bool:
        """`_smaller_place`, for a name with no word of a body ("Liberty University in X")."""
        words = self.index.lexicon.org_type_words
        if any(t.lower_ in words or t.lower_ in INSTITUTION_WORDS for t in span):
            return False
        return _smaller_place(span)

    def _gpe_actor(self, span: Span) -> bool:
        """A "GPE" that is no known place but acts like an actor ("Hezbollah said"); an "ORG"
        that is a known place's name ("air strikes hit Sanaa") only when it acts."""
        if span.label_ == "ORG":
            return not is_known_place(span.text) or self._acts(span.root)
        if is_known_place(span.text):
            return False
        root = span.root
        return root.dep_ in ("nsubj", "nsubjpass") or self._acts(root)

    def _without_title(self, span: Span) -> Span:
        """ "Air Marshal Alex Badeh" -> "Alex Badeh" (a name keeps at least one word)."""
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
        if (
            mention.how != "alias"
            or entry is None
            or entry.type != "person"
            or mention.end - mention.start >= len(span)
        ):
            return None
        return mention, entry

    def _extend_person(self, span: Span, state: DocActors) -> bool:
        """ "Donald J. Trump" when the dictionary knows "Trump" and "Donald Trump": every word
        of the person's name is in the longer name, so the whole of it is the mention."""
        found = self._inner_person_alias(span, state)
        if found is None:
            return False
        mention, entry = found
        entry_words, span_words = name_words(entry.name, span)
        if len(entry_words) < 2 or not entry_words <= span_words:
            return False
        state.covered.update(range(span.start, span.end))
        mention.start, mention.end = span.start, span.end
        return True

    def _release_inner_surname(self, span: Span, state: DocActors) -> bool:
        """ "Kayla Mueller" is not Robert Mueller: a longer person name that only shares a
        surname alias with a dictionary person is a name of its own."""
        found = self._inner_person_alias(span, state)
        if found is None:
            return False
        mention, entry = found
        entry_words, span_words = name_words(entry.name, span)
        if entry_words <= span_words:
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
            (self.index.actor(m.actor) or NO_ENTRY).type != "state" for m in inner
        ):
            return False
        if sum(m.end - m.start for m in inner) >= len(span):
            return False
        for m in inner:
            state.mentions.remove(m)
            state.covered.difference_update(range(m.start, m.end))
            state.inner_countries[span.start] = (self.index.actor(m.actor) or NO_ENTRY).country
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
            words = [t.lower_.rstrip(".") for t in doc[mention.start : mention.end] if any(c.isalpha() for c in t.text)]
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

    def _fuzzy(self, span: Span, flags: list[dict], state: DocActors) -> str | None:
        if len(span) < 2 or span.label_ not in ("PERSON", "ORG"):
            return None
        from rapidfuzz import fuzz

        text = " ".join(span.text.lower().split())
        best: tuple[float, str, str] | None = None
        for name, actor_id in self.index.fuzzy.candidates(text):
            if name == text or not same_initials(text, name):
                continue  # "Central Bureau of ..." is never the "Federal Bureau of ..."
            score = fuzz.ratio(text, name, score_cutoff=NEAR_MISS)
            if score and (best is None or score > best[0]):
                best = (score, name, actor_id)
        if best is None:
            return None
        if best[0] < FUZZY_THRESHOLD:
            state.unlinked[span.start] = {
                "candidate": best[2],
                "name": best[1],
                "score": round(best[0], 1),
                "reason": "spelling too far",
            }
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
                "unlinked": state.unlinked.get(span.start),
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
        if self._office_title_before(span.doc, span.start):
            return "person"  # "Vice-President Moody Awori", tagged as an organisation
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
        """ "Hassan Tukur, an aide to the Nigerian president": the one country of the actors
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
        """ "Teixeria" or "de Blasio" after "Jack Teixeria", "Bill de Blasio" (all unknown to
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
            named = mention.end - mention.start >= 2 or mention.how == "title"  # "President Bush"
            if named and self._type_of(mention.actor, state) == "person":
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


LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "near", "at", "outside", "around", "inside", "from", "into", "across", "towards", "toward", "between"}
)
PLACE_TYPE_NOUNS = frozenset(
    {
        "town",
        "city",
        "village",
        "district",
        "province",
        "region",
        "county",
        "state",
        "governorate",
        "municipality",
        "area",
        "camp",
        "neighbourhood",
        "neighborhood",
    }
)


SETTLEMENT_NOUNS = frozenset({"town", "towns", "village", "villages", "city", "hamlet", "township"})


def _place_in_place_context(span: Span) -> bool:
    """A known place name the NER called an organisation or a person, written as a place:
    after "in"/"near" ("fighting in Ghazni"), before a type noun ("Segbana town"), or in
    brackets after another place ("Woliboka (Kandi, Alibori)"). A person named like a country
    ("his brother Jordan") is not in such a context and stays a person."""
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    before = doc[span.start - 1] if span.start > 0 else None
    if after in PLACE_TYPE_NOUNS:
        return True
    if before is None:
        return False
    typed = before.lower_ == "of" and span.start >= 2 and doc[span.start - 2].lower_ in SETTLEMENT_NOUNS
    if typed and len(span) <= 3:
        return True  # "the town of X", "the villages of X": a place, known or not
    placed = (before.lower_ in LOCATIVE_PREPOSITIONS and before.dep_ == "prep") or (
        before.lower_ == "of" and span.start >= 2 and doc[span.start - 2].lower_ in PLACE_TYPE_NOUNS
    )  # "fighting in X", "Y district of X"
    if is_known_place(span.text):
        after_place = span.start >= 2 and (
            doc[span.start - 2].ent_type_ in ("GPE", "LOC") or doc[span.start - 2].lower_ in PLACE_TYPE_NOUNS
        )  # "(Kandi, X)", "Y district, X"
        return placed or (before.text in ("(", ",") and after_place)
    return placed and bool(close_respellings(load_gazetteer(), span.text))  # "in Sabadel" (Sabadell)


# Words of bodies that sit in a place ("at X University in Y"): the name is the body's.
INSTITUTION_WORDS = frozenset({"university", "college", "school", "academy", "hospital", "bank", "club", "union"})
CUES_OF_SMALL_PLACES = frozenset({"in", "near", "at", "outside", "around", "inside", "between", "towards", "toward"})
POSITION_WORDS = frozenset({"rural", "central", "northern", "southern", "eastern", "western", "downtown"})
DIVISION_NOUNS = frozenset({"province", "district", "governorate", "region", "state", "county", "department"})


def _smaller_place(span: Span) -> bool:
    """A name written as a place inside a larger one: after a place preposition and followed
    by "in Y" or ", Y" where Y is a known place or a division ("attacked in X in Y province",
    "clashes near X, Y", the NER's "X in Y" taken whole). The name itself may be unknown."""
    doc = span.doc
    start = span.start - 1
    if start >= 1 and doc[start].lower_ in POSITION_WORDS:
        start -= 1  # "in rural X"
    if start < 0 or doc[start].lower_ not in CUES_OF_SMALL_PLACES:
        return False
    inner = next((t.i for t in span[1:-1] if t.lower_ == "in"), None)
    if inner is not None:  # "X in Y" taken as one name
        return is_known_place(doc[inner + 1 : span.end].text)
    after = span.end
    if after + 1 >= len(doc) or doc[after].lower_ not in ("in", ","):
        return False
    return _names_larger_place(doc, after + 1)


def _names_larger_place(doc: Doc, start: int) -> bool:
    """A known place name starts at token `start`, or a capitalised name with a division noun
    ("Girona province") does."""
    end = start
    while end < len(doc) and end - start < 4 and doc[end].text[:1].isupper():
        end += 1
    if end == start:
        return False
    if end < len(doc) and doc[end].lower_ in DIVISION_NOUNS:
        return True
    return any(is_known_place(doc[start:stop].text) for stop in range(end, start, -1))
