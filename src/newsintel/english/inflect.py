"""Regular English inflections, the one place they are generated (events' TABARI patterns,
actor dictionaries' plurals, headline stance cues)."""

from __future__ import annotations


def plural(word: str) -> str:
    """The regular plural (or third-person singular) of a lower-case word: army -> armies,
    march -> marches, soldier -> soldiers."""
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def regular_forms(word: str) -> set[str]:
    """The base form and its regular inflections, the way TABARI generated them:
    carry -> carry, carries, carried, carrying; depart -> depart, departs, departed, departing."""
    word = word.lower()
    forms = {word, plural(word)}
    if word.endswith("e"):
        forms.update({word + "d", word[:-1] + "ing"})
    elif word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        forms.update({word[:-1] + "ied", word + "ing"})
    else:
        forms.update({word + "ed", word + "ing"})
    return forms
