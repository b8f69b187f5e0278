"""Places written with their admin chain, found by the shape of the text rather than the NER.

Conflict reports locate a small place by the divisions that contain it: "Woliboka (Kandi,
Alibori)", "Liwonde town (Machinga district, S. Region)", "in Lerdo, Durango".
The small NER model mangles these (a bracket inside a WORK_OF_ART, the village a PERSON, the
division an ORG), yet the chain itself says what each name is:

- a bracket after a name, holding one to three capitalised names separated by commas, the last
  of which is a known division or country: every name of the chain is a place, the first one
  inside the others (a town of any size, or a village the gazetteer lacks);
- a name followed by ", Y" or ", Y, Z" where the last is a known division or country: a place
  only when the gazetteer knows a place of that name inside the division ("Smith, Texas" is not
  taken for a place).

A name may carry a type noun ("Kandi commune", "Dosso region", "Gaya town"): the noun is left
out of the name and becomes the mention's hint.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsintel.nlp.places.gazetteer import ADMIN1, ADMIN2, CAPITAL, CITY, COUNTRY, Gazetteer, normalise
from newsintel.nlp.places.mentions import Mention, hint_of, make_mention, not_places, place_cues, positions_of
from newsintel.nlp.places.spelling import SAME_NAME_LIKENESS, respelt_divisions
from newsintel.nlp.places.typed import one_country_division

CONTAINER_FEATURES = (COUNTRY, ADMIN1, ADMIN2)
MAX_NAME = 5  # tokens of one name
MAX_BRACKET = 16  # tokens inside a bracket
MAX_LINKS = 3  # containers after one name
# Lower-case words inside a place name ("Rio Grande do Norte", "Trinidad and Tobago").
PARTICLES = frozenset(
    {"de", "del", "do", "da", "dos", "das", "di", "la", "le", "el", "al", "du", "des", "as", "ash", "ad"}
    | {"i", "e", "a", "wa", "and"}  # "Mazar i Sharif", "Jammu and Kashmir"
)
JOINERS = frozenset({"-", "'", "\u2019", "&"})
# Entities inside which no chain is read: dates, figures.
BLOCKING = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL"})
# A head the NER calls one of these is a place only when the gazetteer agrees with its chain.
DOUBTFUL_HEADS = frozenset({"PERSON", "NORP", "ORG"})


def _name_word(token: Token) -> bool:
    if token.ent_type_ in BLOCKING or not token.text[:1].isupper():
        return False
    return any(ch.isalpha() for ch in token.text) and token.text != "I"


def _inner_word(token: Token) -> bool:
    return token.lower_ in PARTICLES or token.text in JOINERS


def _name_backward(doc: Doc, end: int) -> Span | None:
    """The capitalised name ending at token `end` (exclusive), at most MAX_NAME tokens,
    starting and ending with a capitalised word; a leading sentence-opening word ("In",
    "On") or article is left out."""
    start = end
    while start > 0 and end - start < MAX_NAME:
        token = doc[start - 1]
        if _name_word(token) or (_inner_word(token) and start - 1 > 0 and start < end):
            start -= 1
            continue
        break
    while start < end and not _name_word(doc[start]):
        start += 1
    while start < end and (doc[start].is_stop or doc[start].lower_ in ("the", "a", "an")):
        start += 1  # "In Tikrit", "The Hague" stays (the gazetteer knows it whole) only when not a stop word
    if start >= end:
        return None
    return doc[start:end]


@dataclass(slots=True)
class Link:
    """A name of a chain: `full` with its type noun ("Kandi commune"), `name` without it."""

    name: Span
    full: Span
    hint: str | None
    entries: tuple[int, ...] = ()
    foreign: bool = False  # every reading lay outside the chain's country: a place, unplaced

    def look_up(self, gaz: Gazetteer) -> Link:
        """The readings of the whole with its noun ("Walker County"), then of the name."""
        if self.name.text in not_places():
            if self.hint == "division":  # "Sud department": a compass name with its noun
                self.entries = one_country_division(gaz, gaz.candidates(self.name.text), normalise(self.name.text))
            return self
        whole = gaz.candidates(self.full.text) if self.full is not self.name else ()
        self.entries = tuple(dict.fromkeys((*whole, *gaz.candidates(self.name.text))))
        if not self.entries and self.hint == "division":
            # "Taragona district" for Tarragona: a division noun says what to look for
            self.entries = respelt_divisions(gaz, self.name.text, likeness_at_least=SAME_NAME_LIKENESS)
        return self


def _element(doc: Doc, start: int, end: int) -> Link | None:
    """One link of a chain, tokens [start, end): a capitalised name and an optional trailing
    type noun ("Kandi commune", "Dosso region")."""
    full = doc[start:end]
    hint = None
    if end - start >= 2 and hint_of(doc[end - 1].lower_):
        hint = hint_of(doc[end - 1].lower_)
        end -= 1
    if end - start > MAX_NAME or end <= start:
        return None
    tokens = doc[start:end]
    if not _name_word(tokens[0]) or not _name_word(tokens[-1]):
        return None
    if not all(_name_word(t) or _inner_word(t) for t in tokens):
        return None
    return Link(tokens, full if hint else tokens, hint)


def _containers_of(gaz: Gazetteer, link: Link) -> tuple[int, ...]:
    return tuple(c for c in link.entries if gaz.feature[c] in CONTAINER_FEATURES)


def contains(gaz: Gazetteer, container: int, entry: int) -> bool:
    """Whether gazetteer entry `container` (a country or division) holds `entry`."""
    if entry == container or gaz.country[entry] != gaz.country[container]:
        return False
    feature = gaz.feature[container]
    if feature == COUNTRY:
        return True
    if feature == ADMIN1:
        return gaz.admin1[entry] == gaz.admin1[container] and gaz.feature[entry] != ADMIN1
    if feature == ADMIN2:
        return gaz.admin2[entry] == gaz.admin2[container] and gaz.feature[entry] in (CITY, CAPITAL)
    return False


def _split(doc: Doc, start: int, end: int) -> list[tuple[int, int]] | None:
    """[start, end) cut at commas into (start, end) pieces."""
    pieces, begin = [], start
    for i in range(start, end):
        if doc[i].text == ",":
            pieces.append((begin, i))
            begin = i + 1
    pieces.append((begin, end))
    return pieces if len(pieces) <= MAX_LINKS else None


def _head(doc: Doc, before: int, gaz: Gazetteer) -> Link | None:
    """The name whose chain starts at token `before`, with the type noun between them; a
    common place noun ("X hill (Y, Z)") or another spelling in square brackets ("X [Xa] (Y,
    Z)") may stand between them too."""
    hint = hint_of(doc[before - 1].lower_) if before > 0 else None
    end = before - 1 if hint else before
    if hint is None and end > 1 and doc[end - 1].text in place_cues()[1]:  # written in lower case
        end -= 1
    elif end > 0 and doc[end - 1].text == "]":
        end = next((i for i in range(end - 2, max(0, end - MAX_BRACKET), -1) if doc[i].text == "["), end)
    name = _name_backward(doc, end)
    if name is None:
        return None
    full = doc[name.start : before] if hint or end == before - 1 else name
    head = Link(name, full, hint).look_up(gaz)
    joined = [t.i for t in name if t.lower_ == "and"]
    if head.entries or not joined or joined[-1] + 1 >= name.end:
        return head
    # "between W and X (Y, Z)": the last name of the list, unless "W and X" is one known name
    name = doc[joined[-1] + 1 : name.end]
    return Link(name, doc[name.start : full.end], hint).look_up(gaz)


def _links(
    doc: Doc, pieces: list[tuple[int, int]], gaz: Gazetteer, *, bracket: bool, town_closes: bool = False
) -> list[Link] | None:
    """The links of a chain with their gazetteer entries; None unless the first or the last
    is a known division or country (or, with `town_closes`, the last of two or more a town)."""
    links = []
    for start, end in pieces:
        link = _element(doc, start, end)
        if link is None:
            return None
        link.look_up(gaz)
        if bracket and not link.entries and link.name.text in not_places():
            link.entries = gaz.candidates(link.name.text)  # "(Machinga, Southern)": in brackets, a region
        links.append(link)
    if _containers_of(gaz, links[-1]) or _containers_of(gaz, links[0]):
        return links  # "(Machinga district, S. Region)": an abbreviation may close it
    towns = any(gaz.feature[c] in (CITY, CAPITAL) for c in links[-1].entries)
    return links if town_closes and len(links) >= 2 and towns else None


def _same_country(gaz: Gazetteer, links: list[Link], head: Link | None) -> None:
    """Every name of the chain read in the one country its names agree on best, when one does:
    a link votes 2 for a country where it is a division, 1 where it is only a town, the head
    1, a compass word nothing. In "Woliboka (Kandi, Alibori)" Kandi is then no Indian town,
    in "Gaya (Gaya, Dosso)" Gaya no Indian city, in "(Machinga, Southern)" Southern no Zambian
    province; "Santa Cruz (Santa Cruz)" stays for the resolver to decide."""
    votes: Counter[str | None] = Counter()
    named = [*links] if head is None else [head, *links]
    for link in named:
        if _compass(link):
            continue
        weights: dict[str | None, int] = {}
        for c in link.entries:
            division = link is not head and gaz.feature[c] in CONTAINER_FEATURES
            weights[gaz.country[c]] = max(weights.get(gaz.country[c], 0), 2 if division else 1)
        votes.update(weights)
    ranked = votes.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        _keep_in(gaz, named, {ranked[0][0]})
    else:  # no single country: a compass word still needs another name's country
        _keep_in(gaz, [link for link in links if _compass(link)], set(votes))


def _compass(link: Link) -> bool:
    """A compass word or generic name ("Southern"), not one with its division noun ("Sud
    department", read by its own name in one country: see `Link.look_up`)."""
    return link.name.text in not_places() and link.hint != "division"


def _keep_in(gaz: Gazetteer, links, countries: set[str | None]) -> None:
    for link in links:
        kept = tuple(c for c in link.entries if gaz.country[c] in countries)
        link.foreign = bool(link.entries) and not kept
        link.entries = kept


def _inside(gaz: Gazetteer, candidates: tuple[int, ...], links: list[Link]) -> tuple[int, ...]:
    return tuple(c for c in candidates if any(contains(gaz, k, c) for link in links for k in link.entries))


def _bracket_chain(doc: Doc, opening: int, gaz: Gazetteer, unknown: list[tuple[int, int]]) -> list[Mention]:
    closing = next((i for i in range(opening + 1, min(len(doc), opening + MAX_BRACKET)) if doc[i].text == ")"), None)
    if closing is None or closing == opening + 1 or opening == 0 or not _name_word(doc[opening + 1]):
        return []
    pieces = _split(doc, opening + 1, closing)
    if not pieces:
        return []
    links = _links(doc, pieces, gaz, bracket=True)
    head = _head(doc, opening, gaz)
    if links is None and head is not None and _written_as_place(doc, head):
        # "in X hill (Y, Z)" where the gazetteer knows Z only as a town (a division's seat)
        links = _links(doc, pieces, gaz, bracket=True, town_closes=True)
    if links is None:
        return []
    if head is None:
        # "... [another spelling] (Y, Z)", or a head the NER took for a date: the divisions
        # in the bracket are places all the same.
        if not _containers_of(gaz, links[-1]) or any(link.name.text.isupper() for link in links):
            return []  # "They (BA) say": an acronym
        unknown.extend(_unknown_links(links))
        return _headless_mentions(gaz, links)
    unknown.extend(_unknown_links(links))
    return _chain_mentions(doc, gaz, head, links, bracket=True)


def _unknown_links(links: list[Link]) -> list[tuple[int, int]]:
    """Links the gazetteer lacks that read as names (not acronyms or initials)."""
    return [(k.name.start, k.name.end) for k in links if not k.entries and not k.name.text.isupper()]


def _headless_mentions(gaz: Gazetteer, links: list[Link]) -> list[Mention]:
    _same_country(gaz, links, None)
    return [_link_mention(link, link.entries) for link in links if link.entries]


def _comma_chain(doc: Doc, comma: int, gaz: Gazetteer) -> list[Mention]:
    """ "X, Y" or "X, Y, Z" ending at a word that is not capitalised or at punctuation."""
    if comma == 0 or comma + 1 >= len(doc) or not _name_word(doc[comma + 1]):
        return []  # most commas: no capitalised name after them
    end = comma + 1
    while (
        end < len(doc)
        and end - comma <= MAX_NAME * MAX_LINKS
        and (_name_word(doc[end]) or _inner_word(doc[end]) or doc[end].text == "," or hint_of(doc[end].lower_))
    ):
        end += 1
    while end > comma + 1 and (doc[end - 1].text == "," or _inner_word(doc[end - 1])):
        end -= 1
    pieces = _split(doc, comma + 1, end)
    links = _links(doc, pieces, gaz, bracket=False) if pieces else None
    head = _head(doc, comma, gaz) if links is not None else None
    if links is None or head is None:
        return []
    return _chain_mentions(doc, gaz, head, links, bracket=False)


def _chain_mentions(doc: Doc, gaz: Gazetteer, head: Link, links: list[Link], *, bracket: bool) -> list[Mention]:
    _same_country(gaz, links, head)
    inside = _inside(gaz, head.entries, links)
    # "X district, Y" (a type noun on the head) or "X, Sud department" (a compass name with its
    # division noun) make a comma chain as sure as a bracket
    typed = head.hint is not None or any(link.hint == "division" and link.name.text in not_places() for link in links)
    if not inside and not bracket and not typed:
        return []
    if not inside:
        # "Dosso Region (Dosso, Niger)": a division named like the one it lies in, or a town
        # whose district the gazetteer lacks; any reading in the chain's countries.
        countries = {gaz.country[c] for link in links for c in _containers_of(gaz, link)}
        inside = tuple(c for c in head.entries if gaz.country[c] in countries) or (head.entries if bracket else ())
    mentions = []
    plain = all(t.ent_type_ not in DOUBTFUL_HEADS for t in head.name) or _written_as_place(doc, head)
    if inside or (plain and head.name.text not in not_places()):
        # A head the gazetteer lacks is kept unplaced, unless the NER took it for a person or
        # a body: then only its containers are places.
        mentions.append(_link_mention(head, inside))
    for link in links:
        if not link.entries and not link.foreign:
            continue  # an abbreviation or a division the gazetteer lacks
        holding = tuple(c for c in link.entries if any(contains(gaz, c, inner) for inner in inside))
        # "Lerdo, Durango": the state that holds Lerdo, not its capital
        mentions.append(_link_mention(link, holding or link.entries))
    return mentions


STRONG_CUES = frozenset({"in", "near", "at", "outside", "around"})


def _written_as_place(doc: Doc, head: Link) -> bool:
    """A head the NER took for a person or a body is a place all the same when a type or place
    noun goes with it ("Gaya town", "X hill (Y, Z)") or a place preposition comes before it,
    also before the list it ends ("between W and X (Y, Z)", "in V, W and X (Y)")."""
    if head.hint is not None or head.full.end > head.name.end:
        return True
    i = head.name.start - 1
    if i >= 0 and doc[i].lower_ in ("and", ","):
        while (
            i >= 0
            and head.name.start - i <= MAX_LIST_BACK
            and (doc[i].lower_ in ("and", ",") or _name_word(doc[i]) or _inner_word(doc[i]))
        ):
            i -= 1
    return i >= 0 and doc[i].lower_ in STRONG_CUES | {"between"}


MAX_LIST_BACK = 10  # tokens of a list of names before a chain's head


def _link_mention(link: Link, entries: tuple[int, ...]) -> Mention:
    mention = make_mention(link.full, entries, "chain")
    mention.hint = link.hint
    return mention


def chain_mentions(doc: Doc, gaz: Gazetteer, unknown: list[tuple[int, int]] | None = None) -> list[Mention]:
    """The places of every admin chain of the text, in text order. The (start, end) tokens of
    names in brackets that the gazetteer lacks ("Oristel" of "X hill (Oristel, Lleida)") go to
    `unknown`: places, though without a reading."""
    mentions: list[Mention] = []
    unknown = [] if unknown is None else unknown
    last_end = 0
    for i in positions_of(doc, ("(", ",")):
        if i < last_end:
            continue
        found = _bracket_chain(doc, i, gaz, unknown) if doc[i].text == "(" else _comma_chain(doc, i, gaz)
        found = [m for m in found if m.start >= last_end]
        if found:
            mentions.extend(found)
            last_end = max(m.end for m in found)
    return mentions


def chain_place_spans(doc: Doc, gaz: Gazetteer) -> list[tuple[int, int, bool]]:
    """(start, end, country) of every name an admin chain reads as a place, known or not: what
    the actors stage leaves to the places stage ("Oristel" and "Lleida" of "(Oristel, Lleida)");
    `country` says the chain may read the name as a country ("Girona, Spain")."""
    unknown: list[tuple[int, int]] = []
    spans = [
        (m.start, m.end, any(gaz.feature[c] == COUNTRY for c in m.candidates))
        for m in chain_mentions(doc, gaz, unknown)
    ]
    return spans + [(start, end, False) for start, end in unknown]
