"""Other spellings of a place name: transliterations that differ by a letter or two from the
gazetteer's ("Sabadel" for Sabadell, "Taragona" for Tarragona, "Jawzjan" for Jowzjan).

Every stage that accepts a name the gazetteer spells otherwise asks here how alike two spellings
are (`likeness`, one rapidfuzz ratio on normalised names). How alike they must be depends on how
sure the text already is that a place is meant, so the thresholds sit together below:

- a name that must be recognised as a place at all (`close_respellings`) is held to the strictest;
- a name written as a division ("X province", "Y district, X") to a looser one (`respelt_divisions`);
- a name the gazetteer already matches by skeleton, read as a town's own name, to the loosest.

The gazetteer's variants (`Gazetteer.variants`) share the consonant skeleton of a name, which
many unrelated places do; a respelling must also read almost the same letter by letter."""

from __future__ import annotations

from rapidfuzz import fuzz

from newsintel.nlp.places.gazetteer import ADMIN1, ADMIN2, CAPITAL, CITY, COUNTRY, Gazetteer, normalise
from newsintel.nlp.places.seats import bare_name

RECOGNITION_LIKENESS = 90  # an unknown name read as a place only because it is spelt like one
DIVISION_LIKENESS = 80  # a division noun says what to look for: "Jawzjan" for Jowzjan, not "Nierstein" for Nuristan
SAME_NAME_LIKENESS = 75  # two spellings of one name: "Seville", "Sevilla"
MIN_LETTERS = 6  # shorter unknown names have too many near neighbours
LOCAL_FEATURES = frozenset({CITY, CAPITAL, ADMIN1, ADMIN2})
DIVISION_FEATURES = frozenset({COUNTRY, ADMIN1, ADMIN2})


def likeness(first: str, second: str) -> float:
    """How alike two spellings are (0-100): normalised (case, accents, "the"), with type words
    ("district", "province") and spaces aside."""
    return float(fuzz.ratio(bare_name(first).replace(" ", ""), bare_name(second).replace(" ", "")))


def close_respellings(gaz: Gazetteer, text: str) -> tuple[int, ...]:
    """Towns and divisions whose own name is a close respelling of `text`, all in one country;
    else ()."""
    if len(normalise(text).replace(" ", "")) < MIN_LETTERS or text.isupper():
        return ()
    found = tuple(
        c
        for c in gaz.variants(text)
        if gaz.feature[c] in LOCAL_FEATURES and likeness(gaz.name[c], text) >= RECOGNITION_LIKENESS
    )
    return found if len({gaz.country[c] for c in found}) == 1 else ()


def respelt_divisions(
    gaz: Gazetteer, text: str, *, likeness_at_least: float = DIVISION_LIKENESS, shortest: int | None = None
) -> tuple[int, ...]:
    """Countries and divisions with the consonants of `text` spelt nearly alike ("Taragona
    district" for Tarragona): for a name the text writes as a division."""
    return tuple(
        c
        for c in gaz.variants(text, shortest=shortest)
        if gaz.feature[c] in DIVISION_FEATURES and likeness(gaz.name[c], text) >= likeness_at_least
    )
