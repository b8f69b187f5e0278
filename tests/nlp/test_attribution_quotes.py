"""Quotation finding on raw text: balanced, nested, straight, unbalanced (no model needed)."""

from __future__ import annotations

from newsintel.nlp.attribution.quotes import find_quotes


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_curly_quotes_with_a_cue_between_them():
    assert quoted("“We hold the line,” she said, “and we will.”") == ["“We hold the line,”", "“and we will.”"]


def test_straight_quotes_pair_up():
    assert quoted('He said "the dam broke" and "people fled."') == ['"the dam broke"', '"people fled."']


def test_nested_single_quotes_stay_inside():
    assert quoted("“They called it ‘a disaster’ on air,” he said.") == ["“They called it ‘a disaster’ on air,”"]


def test_double_apostrophe_quotes():
    assert quoted("''No comment,'' the aide said.") == ["''No comment,''"]


def test_unclosed_quote_ends_at_the_paragraph():
    text = "“The river is rising fast\nThe next paragraph."
    found = find_quotes(text)
    assert [text[q.start : q.end] for q in found] == ["“The river is rising fast"]
    assert found[0].closed is False


def test_a_second_opening_closes_the_first():
    assert quoted("“First part “second part” end") == ["“First part", "“second part”"]


def test_closing_mark_without_opening_starts_at_paragraph():
    assert quoted("Intro line\nno opening mark here” then text") == ["no opening mark here”"]


def test_text_without_quotes_and_empty_marks():
    assert quoted("No quotation at all.") == []
    assert quoted("Empty “” marks") == []
    assert quoted("") == []
