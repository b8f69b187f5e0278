"""The shared English helpers: closed-class word sets, regular inflections, datelines."""

from __future__ import annotations

from newsintel.english import words
from newsintel.english.dateline import dateline_end
from newsintel.english.inflect import plural, regular_forms


def test_word_sets_come_from_the_data_file():
    assert {"it", "they", "there", "which"} <= words.STAND_IN_SUBJECTS
    assert {"one", "these", "those"} == words.STAND_IN_COUNTED - words.STAND_IN_SUBJECTS
    assert words.ACTOR_PRONOUNS == words.PERSON_ACTOR_PRONOUNS | words.NON_PERSON_ACTOR_PRONOUNS
    assert "his" in words.PERSON_ACTOR_PRONOUNS and "its" in words.NON_PERSON_ACTOR_PRONOUNS
    assert {"who", "which", "that", "whom", "whose"} == words.RELATIVE_PRONOUNS
    assert "us" in words.GROUP_SPEAKER_PRONOUNS and "you" in words.SPEAKER_PRONOUNS


def test_regular_inflections():
    assert plural("army") == "armies"
    assert plural("march") == "marches"
    assert plural("day") == "days"
    assert regular_forms("Deny") == {"deny", "denies", "denied", "denying"}
    assert regular_forms("cite") == {"cite", "cites", "cited", "citing"}
    assert regular_forms("push") == {"push", "pushes", "pushed", "pushing"}


def test_dateline_end():
    text = "KABUL (Reuters) - Militants attacked a checkpoint."
    assert text[dateline_end(text) :] == "Militants attacked a checkpoint."
    assert dateline_end("Militants attacked - again.") is None
    assert dateline_end("Intro. ROME — The talks", 7) == 14
