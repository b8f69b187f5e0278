"""Reading TABARI/PETRARCH verb dictionaries and pattern strings (no model needed)."""

from __future__ import annotations

import pytest

from newsintel.english.inflect import regular_forms
from newsintel.errors import DictionaryError
from newsintel.nlp.events.patterns import Element, parse_pattern, split_code
from newsintel.nlp.events.tabari import parse_verb_lines

SNIPPET = """
<!-- a comment block
     over two lines -->
&MONEYWORDS   # a synset
+COINS
+GOLD BARS
+&METALS

&METALS
+SILVER

--- GIVE  [070]  ---
GIVE {GAVE GIVEN}
+HAND_OVER {+HANDED_OVER}
DONATE [073]
- * &MONEYWORDS  [071]
- + WAS * BY $  [072]
- % HAVE * [074:075]
- NEVER_*  [---]
- * FOO [###]   # a hash inside a code is not a comment

--- GRUMBLE [---] ---
WIRE_+TAP
"""


def test_blocks_forms_and_codes() -> None:
    patterns = parse_verb_lines(SNIPPET.splitlines())
    give, grumble = patterns.entries
    assert (give.name, give.code, grumble.code) == ("GIVE", "070", None)
    assert sorted(give.forms[0].head_forms) == [
        "gave",
        "give",
        "gived",
        "given",
        "gives",
        "giving",
    ]  # regular forms are generated too
    assert (give.forms[1].post, "handed" in give.forms[1].head_forms) == (("over",), True)
    assert (give.forms[2].code, give.forms[2].has_code) == ("073", True)
    assert (grumble.forms[0].pre, sorted(grumble.forms[0].head_forms)) == (
        ("wire",),
        ["tap", "taped", "taping", "taps"],
    )


def test_synsets_expand_members_and_nested_synsets() -> None:
    patterns = parse_verb_lines(SNIPPET.splitlines())
    assert patterns.synsets["MONEYWORDS"] == [("coins",), ("gold", "bars"), ("silver",)]


def test_patterns_keep_slots_codes_and_lines() -> None:
    give = parse_verb_lines(SNIPPET.splitlines()).entries[0]
    texts = [(p.text, p.code, p.reverse_code, p.line) for p in give.patterns]
    assert texts == [
        ("* &MONEYWORDS", "071", None, 16),
        ("+ WAS * BY $", "072", None, 17),
        ("% HAVE *", "074", "075", 18),
        ("NEVER_*", None, None, 19),
        ("* FOO", None, None, 20),  # "###" is a no-event code
    ]
    passive = give.patterns[1]
    assert passive.before == (Element("word", "was"), Element("target"))
    assert passive.after == (Element("word", "by"), Element("source"))


def test_underscore_joins_words() -> None:
    pattern = parse_pattern("MOST_CERTAINLY * OVER_THE EFFORTS", "1", None)
    assert pattern.before == (Element("word", "certainly"), Element("word", "most", joined=True))
    assert pattern.after == (Element("word", "over"), Element("word", "the", joined=True), Element("word", "efforts"))
    assert parse_pattern("RECENTLY_*", "1", None).before == (Element("word", "recently", joined=True),)


def test_codes_and_inflections() -> None:
    assert split_code("[031:032]") == ("031", "032")
    assert split_code("[---]") == (None, None)
    assert split_code("[+++]") == ("+++", None)
    assert sorted(regular_forms("DEPART")) == ["depart", "departed", "departing", "departs"]
    assert sorted(regular_forms("carry")) == ["carried", "carries", "carry", "carrying"]


def test_errors_name_the_line() -> None:
    with pytest.raises(DictionaryError) as error:
        parse_verb_lines(["--- HELP [070] ---", "HELP", "- * AID"], path="verbs.txt")
    assert str(error.value) == "verbs.txt:3: pattern without a [code]: '* AID' [E400]"
    with pytest.raises(DictionaryError) as error:
        parse_verb_lines(["HELP"], path="verbs.txt")
    assert "verbs.txt:1: line outside any verb block" in str(error.value)
    with pytest.raises(DictionaryError):
        parse_verb_lines(["# nothing here"], path="verbs.txt")


def test_petrarch2_phrase_groups_keep_their_words_near() -> None:
    pattern = parse_pattern("* (TO LIST) (OF {BANNED PARTIES})", "1722", None)
    assert [(e.value, e.near) for e in pattern.after] == [
        ("to", False),
        ("list", True),
        ("of", False),
        ("banned", True),
        ("parties", True),
    ]
