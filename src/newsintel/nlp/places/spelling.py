"""Other spellings of a place name: transliterations that differ by a letter or two from the
gazetteer's ("Sabadel" for Sabadell, "Taragona" for Tarragona).

The gazetteer's variants (`Gazetteer.variants`) share the consonant skeleton of a name, which
many unrelated places do; a respelling must also read almost the same letter by letter, and all
such readings must lie in one country, before a name the gazetteer lacks is read as one."""

from __future__ import annotations

from rapidfuzz import fuzz

from newsintel.nlp.places.gazetteer import ADMIN1, ADMIN2, CAPITAL, CITY, Gazetteer, normalise

RESPELLING_SIMILARITY = 90  # rapidfuzz ratio (0-100) of the written name to the gazetteer's own name
MIN_LETTERS = 6  # shorter names have too many near neighbours
LOCAL_FEATURES = frozenset({CITY, CAPITAL, ADMIN1, ADMIN2})


def close_respellings(gaz: Gazetteer, text: str) -> tuple[int, ...]:
    """Towns and divisions whose own name is a close respelling of `text`, all in one country;
    else ()."""
    key = normalise(text)
    if len(key.replace(" ", "")) < MIN_LETTERS or text.isupper():
        return ()
    found = tuple(
        c
        for c in gaz.variants(text)
        if gaz.feature[c] in LOCAL_FEATURES and fuzz.ratio(normalise(gaz.name[c]), key) >= RESPELLING_SIMILARITY
    )
    return found if len({gaz.country[c] for c in found}) == 1 else ()
