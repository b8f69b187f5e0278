"""People named by title and surname ("President Bush", "Prime Minister Blair"): the
dictionary person whose name ends in that surname and who held a role with that title, on
the publication date when there is one. Several such people of one country ("President
Bush" with no date: two presidents) give that country's office without picking a person."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from newsintel.nlp.actors.entries import ActorEntry, Role, slugify
from newsintel.nlp.actors.state import DocActors
from newsintel.nlp.actors.titles import same_title, title_before

if TYPE_CHECKING:
    from newsintel.nlp.actors.index import ActorIndex

# Last words of a person's name that are no surname ("Martin Luther King Jr.").
NAME_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))


class TitledPeople:
    """The linker's title + surname rule (a mixin of ActorLinker)."""

    index: ActorIndex
    _people_by_surname: dict[str, list[str]] | None = None

    def _titled_person(self, doc: Doc, span: Span, state: DocActors) -> str | None:
        """The actor a PERSON name written "Title [First] Surname" stands for, or None; a
        bare surname after such a mention ("Bush said") is the same actor."""
        if span.label_ not in ("PERSON", "ORG") or not 1 <= len(span) <= 2:
            return None
        surname = span[-1].lower_.rstrip(".")
        title, country = _uncovered_title(doc, span.start, state, self.index)
        if title is None:  # the tagger may call a lone surname an organisation
            return self._same_surname(doc, surname, state) if len(span) == 1 else None
        if span.label_ != "PERSON":
            return None
        former = self.index.lexicon.former_words
        words = [t.lower_.strip("-") for t in title if t.is_alpha or "-" in t.text]
        past = any(w in former for w in words)
        term = " ".join(w for w in words if w not in former)
        first = span[0].lower_ if len(span) == 2 else None
        holders = self._title_holders(surname, first, term, state.day, past=past)
        if country is not None:  # "French President X": a role in France only
            holders = [(e, r) for e, r in holders if self._role_country(e, r) == country]
        actor_id = self._titled_actor(span, term, holders, state)
        if actor_id is not None:
            state.titled_surnames.setdefault(surname, actor_id)
        return actor_id

    def _same_surname(self, doc: Doc, surname: str, state: DocActors) -> str | None:
        """ "Bush said" after "President Bush": the same actor, unless another actor of the
        document ends in that word ("Hillary Clinton" next to "President Clinton")."""
        actor_id = state.titled_surnames.get(surname)
        if actor_id is None:
            return None
        for mention in state.mentions:
            words = {t.lower_.rstrip(".") for t in doc[mention.start : mention.end]}
            if mention.actor != actor_id and surname in words:
                return None
        return actor_id

    def _title_holders(
        self, surname: str, first: str | None, term: str, day: dt.date | None, *, past: bool
    ) -> list[tuple[ActorEntry, Role]]:
        """(person, role) for the dictionary people of this surname (and first name, if
        written) with a role of this title: held on `day`, or ended before it when the text
        says "former"; any date when the document has none."""
        if not term:
            return []
        found = []
        for person_id in self._surname_index().get(surname, ()):
            entry = self.index.actor(person_id)
            if entry is None or (first is not None and entry.name.lower().split()[0] != first):
                continue
            for role in entry.roles:
                if not any(same_title(term, title) for title in role.titles):
                    continue
                if day is None or (role.period.contains(day) if not past else _ended_before(role, day)):
                    found.append((entry, role))
        return found

    def _titled_actor(
        self, span: Span, term: str, holders: list[tuple[ActorEntry, Role]], state: DocActors
    ) -> str | None:
        people = {entry.id for entry, _ in holders}
        if len(people) == 1:
            return people.pop()
        countries = {self._role_country(entry, role) for entry, role in holders}
        if len(countries) != 1 or None in countries:
            return None  # nobody, or people of several countries: leave the name unlinked
        (country,) = countries
        codes = {org.code_on(state.day) if (org := self.index.actor(role.org)) else None for _, role in holders}
        name = f"{term.title()} {span.text}"
        actor_id = f"local:{slugify(name)}"
        state.entries.setdefault(
            actor_id,
            {
                "id": actor_id,
                "name": name,
                "type": "person",
                "country": country,
                "cameo": codes.pop() if len(codes) == 1 else country,
                "mentions": [],
                "parent": None,
                "local": True,
                "roles": [],
                "unlinked": {
                    "candidate": sorted(people)[0],
                    "name": name,
                    "score": None,
                    "reason": f"{len(people)} people of this name held this title",
                },
            },
        )
        return actor_id

    def _countries_of_titled_strangers(self, doc: Doc, state: DocActors) -> None:
        """ "President Abena Mensah threatened to ban the Ghanaian opposition": a person the
        dictionary lacks, with the title of a state office before the name, is of the one
        country the document names (by name, demonym, capital, or an actor of that country);
        with several countries, or none, the person keeps no country."""
        strangers = [
            m
            for m in state.mentions
            if m.how == "local"
            and (record := state.entries.get(m.actor)) is not None
            and record.get("type") == "person"
            and not record.get("country")
            and self._office_title_before(doc, m.start)
        ]
        if not strangers:
            return
        countries = self._document_countries(state)
        if len(countries) == 1:
            (country,) = countries
            for mention in strangers:
                state.entries[mention.actor]["country"] = country

    def _office_title_before(self, doc: Doc, start: int) -> bool:
        """The word right before the name is the head of a state office's title."""
        if start == 0 or doc[start - 1].pos_ not in ("NOUN", "PROPN"):
            return False
        return doc[start - 1].lower_ in self.index.lexicon.office_titles

    def _document_countries(self, state: DocActors) -> set[str]:
        """Countries the document names: states by any name (places too), and the country
        of every actor that is not a person (people often come from abroad)."""
        countries: set[str] = set()
        for match in state.named:
            entry = self.index.actor(match.best.target)
            if entry is not None and entry.type == "state" and entry.country:
                countries.add(entry.country)
        for mention in state.mentions:
            entry = self.index.actor(mention.actor)
            record = state.entries.get(mention.actor) or {}
            kind = entry.type if entry is not None else record.get("type")
            country = entry.country if entry is not None else record.get("country")
            if kind != "person" and country:
                countries.add(country)
        return countries

    def _role_country(self, entry: ActorEntry, role: Role) -> str | None:
        org = self.index.actor(role.org)
        return (org.country if org is not None else None) or entry.country

    def _surface_surname(self, entry: ActorEntry) -> str | None:
        words = [w.strip(".,").lower() for w in entry.name.split()]
        while words and words[-1] in NAME_SUFFIXES:
            words.pop()
        return words[-1] if len(words) >= 2 else None

    def _surname_index(self) -> dict[str, list[str]]:
        """Surname -> ids of the dictionary people with roles (built once per linker)."""
        if self._people_by_surname is None:
            index: dict[str, list[str]] = {}
            for entry in self.index.dictionary.actors.values():
                if entry.type == "person" and entry.roles:
                    surname = self._surface_surname(entry)
                    if surname:
                        index.setdefault(surname, []).append(entry.id)
            self._people_by_surname = index
        return self._people_by_surname


def _uncovered_title(doc: Doc, start: int, state: DocActors, index: ActorIndex) -> tuple[Span | None, str | None]:
    """The title right before a name, without the words of a country mention before it
    ("US President Bush": title "President", country USA)."""
    title = title_before(doc, start)
    if title is None or (title.start > 0 and not doc[title.start - 1].whitespace_):
        return None, None  # "Vice-President X": only part of the title
    first = title.start
    countries = set()
    for mention in state.mentions:
        if title.start <= mention.start < title.end:
            if mention.end >= title.end:
                return None, None  # "the US President" is itself a mention
            first = max(first, mention.end)
            entry = index.actor(mention.actor)
            countries.add(entry.country if entry is not None else None)
    if any(i in state.covered for i in range(first, title.end)) or len(countries) > 1 or None in countries:
        return None, None
    country = countries.pop() if countries else None
    return (doc[first : title.end], country) if first < title.end else (None, None)


def _ended_before(role: Role, day: dt.date) -> bool:
    return role.period.end is not None and role.period.end < day
