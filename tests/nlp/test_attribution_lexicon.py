"""The cue lexicon and speaker word lists: size, stances, and errors on bad lines."""

from __future__ import annotations

import pytest

from newsintel.errors import DictionaryError
from newsintel.nlp.attribution.lexicon import STANCES, load_cues, load_speaker_words, parse_cues


def test_builtin_lexicon_is_large_and_classified():
    lexicon = load_cues()
    assert len(lexicon) >= 250
    assert {cue.stance for cue in lexicon.verbs.values()} == set(STANCES)


@pytest.mark.parametrize(
    ("lemma", "stance"),
    [
        ("say", "neutral"),
        ("insist", "assertive"),
        ("claim", "hedged"),
        ("allege", "hedged"),
        ("acknowledge", "concession"),
        ("admit", "concession"),
        ("concede", "concession"),
        ("deny", "denial"),
        ("denounce", "denial"),
        ("dismiss", "denial"),
        ("reject", "denial"),
        ("urge", "appeal"),
        ("demand", "appeal"),
    ],
)
def test_verb_stances(lemma, stance):
    assert load_cues().verbs[lemma].stance == stance


def test_multiword_cues():
    phrases = load_cues().phrases
    assert phrases["according to"].stance == "neutral"
    assert phrases["called on"].stance == "appeal"
    assert "in a statement" in phrases and "told reporters" in phrases


def test_bad_line_names_its_number():
    with pytest.raises(DictionaryError) as error:
        parse_cues("cue\tkind\tstance\tframes\nsay\tverb\tneutral\tcq\nshout\tverb\tloud\tcq\n", path="x.tsv")
    assert "x.tsv:3" in str(error.value)
    assert "stance" in str(error.value)


def test_wrong_field_count():
    with pytest.raises(DictionaryError) as error:
        parse_cues("say\tverb\n", path="y.tsv")
    assert "y.tsv:1" in str(error.value)


def test_speaker_words():
    words = load_speaker_words()
    assert words.numbers["two"] == 2
    assert "official" in words.source_roles
    assert "assessment" in words.documents
    assert "on condition of anonymity" in words.anonymity_phrases
