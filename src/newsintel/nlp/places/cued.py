"""Small places after a place cue that the NER never tagged, kept only in the focus country.

Dense conflict reports list villages the small NER model leaves untagged or calls a person
("clashes near Kandi, Banikoara and Segbana", "shelling near X"). A capitalised name right after
a strong place cue ("in", "near", "at", "between", "west of", "the village of") that the
gazetteer knows as a town or division may be one, of any size; but town names are also
surnames and words, so such a mention is only a *candidate*: `restrict_to_focus` (called
once the document's focus country is known) keeps the readings inside the focus country and
drops the mention when there are none. Such mentions do not vote for the focus themselves.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsintel.nlp.places.gazetteer import ADMIN1, ADMIN2, CAPITAL, CITY, Gazetteer
from newsintel.nlp.places.mentions import Mention, make_mention, not_places, place_cues, positions_of, type_nouns

SOURCE = "cued"
# "to" and "from" precede people as often as places ("wrote to Ahmed", "a call from Ali").
WEAK_PREPOSITIONS = frozenset({"to", "from", "via", "off", "through", "into", "throughout"})
LIST_JOINERS = frozenset({",", "and", "or"})
PARTICLES = frozenset({"al", "el", "de", "del", "do", "da", "la", "ad", "as", "ash", "ar", "an", "ez", "az", "a", "wa"})
# Words between a cue and the name that say where in it: "in central Kandi", "near northern X".
POSITION_WORDS = frozenset(
    {"central", "northern", "southern", "eastern", "western", "north", "south", "east", "west", "rural", "downtown"}
)
MAX_NAME = 4
MAX_LIST = 6
MIN_LENGTH = 4  # characters: short capitalised words are initials and acronyms
LOCAL_FEATURES = frozenset({CITY, CAPITAL, ADMIN1, ADMIN2})
# Entities whose words are never a place after a cue (a date, a figure, a title, a law).
BLOCKING = frozenset(
    {"DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL", "WORK_OF_ART", "LAW", "EVENT", "LANGUAGE"}
)


def _cue_before(doc: Doc, start: int, taken: list[bool]) -> bool:
    """A strong place cue ends right before token `start`: "in X", "near X", "west of X",
    "the village of X", or a list goes on after another place ("near Banikoara and X")."""
    if start == 0:
        return False
    if doc[start - 1].text in LIST_JOINERS:
        back = start - 2 if start >= 2 and doc[start - 2].text != "," else start - 3
        if back >= 0 and taken[back]:  # taken: by a place mention
            return True
    prepositions, nouns = place_cues()
    if doc[start - 1].lower_ in POSITION_WORDS and start >= 2:
        start -= 1  # "in central Kandi"
    before = doc[start - 1].lower_
    if before in prepositions and before not in WEAK_PREPOSITIONS:
        return True
    return before == "of" and start >= 2 and doc[start - 2].lower_ in nouns


def _the_before(doc: Doc, start: int) -> bool:
    """ "in the X area", "near the X camp": a preposition and "the" before the name (which
    must then be followed by a place noun)."""
    if start < 2 or doc[start - 1].lower_ != "the":
        return False
    prepositions, _ = place_cues()
    return doc[start - 2].lower_ in prepositions


def _place_noun(doc: Doc, i: int) -> bool:
    if i >= len(doc):
        return False
    _, nouns = place_cues()
    divisions, settlements = type_nouns()
    return doc[i].lower_ in nouns or doc[i].lower_ in divisions or doc[i].lower_ in settlements


def _word(token: Token, taken: list[bool], actor_tokens: frozenset[int], demonyms: dict[str, int]) -> bool:
    """A free capitalised word: no other mention's, no actor's, in no date or title (a PERSON or
    ORG label is no bar: the small model gives them to unfamiliar villages)."""
    i = token.i
    if taken[i] or i in actor_tokens or token.ent_type_ in BLOCKING or token.text in demonyms:
        return False  # "Israel, Arab leaders": a demonym, not the next place of a list
    return token.text[:1].isupper() and token.is_alpha and not token.is_stop


def _longest_name(doc: Doc, gaz: Gazetteer, start: int, usable) -> tuple[int, tuple[int, ...]] | None:
    """(end, local candidates) of the longest gazetteer name starting at token `start`."""
    end = start
    while end < len(doc) and end - start < MAX_NAME and (usable(doc[end]) or doc[end].lower_ in PARTICLES):
        end += 1
    for stop in range(end, start, -1):
        span = doc[start:stop]
        if not usable(span[-1]) or len(span.text) < MIN_LENGTH or span.text in not_places():
            continue
        if stop < len(doc) and doc[stop].tag_ == "POS":
            return None  # "in Kelly's house": a person's
        if stop < len(doc) and doc[stop].text[:1].isupper() and doc[stop].is_alpha:
            return None  # "at Hawkins Fuller": the start of a longer name
        candidates = tuple(c for c in gaz.candidates(span.text) if gaz.feature[c] in LOCAL_FEATURES)
        if candidates:
            return stop, candidates
    return None


def cued_mentions(doc: Doc, gaz: Gazetteer, taken: list[bool], actor_tokens: frozenset[int]) -> list[Mention]:
    """Untagged towns after a place cue, and the names listed with them ("in X, Y and Z")."""

    def usable(token: Token) -> bool:
        return _word(token, taken, actor_tokens, gaz.demonyms)

    mentions: list[Mention] = []
    prepositions, _ = place_cues()
    starts = [i + 1 for i in positions_of(doc, prepositions | LIST_JOINERS | POSITION_WORDS | {"of", "the"})]
    i = 0
    for start in starts:
        if start < i or start >= len(doc):
            continue
        i = start
        if not doc[i].text[:1].isupper():
            continue
        typed = not _cue_before(doc, i, taken) and _the_before(doc, i)
        if not typed and not _cue_before(doc, i, taken):
            continue
        for _ in range(MAX_LIST):
            found = _longest_name(doc, gaz, i, usable)
            if found is not None and typed and not _place_noun(doc, found[0]):
                break  # "in the X area": only with its noun
            if found is None:
                # A name the gazetteer lacks does not end the list: "in X, Unknown and Z".
                end = i
                while (
                    end < len(doc)
                    and end - i < MAX_NAME
                    and (doc[end].text[:1].isupper() or doc[end].lower_ in PARTICLES)
                ):
                    end += 1
                if end == i or end >= len(doc) or doc[end].text not in LIST_JOINERS:
                    break
            else:
                end, candidates = found
                mentions.append(make_mention(doc[i:end], candidates, SOURCE))
            i = end
            if i + 1 < len(doc) and doc[i].text in LIST_JOINERS and usable(doc[i + 1]):
                i += 1
            elif i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "and" and usable(doc[i + 2]):
                i += 2
            else:
                break
        i += 1
    return mentions


def restrict_to_focus(mentions: list[Mention], gaz: Gazetteer, country: str | None, *, strong: bool) -> None:
    """Keep a cued mention's readings in the focus country (alpha-2); without a strong focus,
    or without a reading there, the mention loses all its candidates (and is not reported).
    When the text names no country at all, a name whose readings all lie in one country
    stands ("protesters gathered in X" of a short report), unless it is an NER place read in a
    respelling (`unplaced_if_dropped`) whose country none of the text's other places has; such
    a mention, when dropped, is reported unplaced as the NER found it."""
    others = {gaz.country[c] for m in mentions if m.source != SOURCE for c in m.candidates}
    for mention in mentions:
        if mention.source != SOURCE:
            continue
        if strong:
            mention.candidates = tuple(c for c in mention.candidates if gaz.country[c] == country)
        elif country is None and not mention.text.isupper() and len({gaz.country[c] for c in mention.candidates}) == 1:
            if mention.unplaced_if_dropped and others and gaz.country[mention.candidates[0]] not in others:
                mention.candidates = ()  # a respelt NER place abroad of every other place of the text
        else:
            mention.candidates = ()
        if not mention.candidates and mention.unplaced_if_dropped:
            mention.source = "ner"  # an NER place whose respelling lies elsewhere: kept, unplaced
