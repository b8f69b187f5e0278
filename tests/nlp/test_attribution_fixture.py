"""The shared Taliban / ISIS-K fixture: every quote and claim with the right speaker and channel."""

from __future__ import annotations

import pytest
from tests.conftest import shared_path

pytestmark = [pytest.mark.model, pytest.mark.shared]


@pytest.fixture(scope="module")
def fixture_attributions():
    fixture = shared_path("fixtures", "taliban_isis_k.txt")
    from newsintel.nlp.attribution import component  # noqa: F401
    from newsintel.nlp.load import load_fresh_model

    nlp = load_fresh_model()
    nlp.add_pipe("newsintel_attribution")
    return nlp(fixture.read_text(encoding="utf-8"))._.ni_attributions


def about(attributions: list[dict], words: str) -> dict:
    """The (non-channel) attribution whose content holds `words`."""
    matches = [a for a in attributions if not a["channel"] and any(words in c["text"] for c in a["content"])]
    assert matches, f"no attribution holds {words!r}"
    return matches[0]


def by_id(attributions: list[dict], ident: str | None) -> dict | None:
    return next((a for a in attributions if a["id"] == ident), None)


@pytest.mark.parametrize(
    ("words", "speaker", "kind"),
    [
        ("religious extremist groups are openly at war", "A senior defense official", "anonymous"),
        ("I would never say that we mortgaged", "The official", "pronoun"),
        ("was once again using Afghanistan", "which", "document"),
        ("the revived threat as an increasing security risk", "The report", "document"),
        ("has served as a check on ISIS", "a US defense official", "anonymous"),
        ("specific plans to attack churches", "The Pentagon assessment", "document"),
        ("shared them on a private Discord server", "Federal authorities", "anonymous"),
        ("the leaked reports corroborate earlier warnings", "Current and former US officials", "anonymous"),
        (
            "maintains the capability to remove terrorists",
            "Adrienne Watson, spokesperson for the National Security Council",
            "named",
        ),
        (
            "aspires to attack American interests",
            "The coordinator for counterterrorism at the State Department, Nathan Sales",
            "named",
        ),
        ("Washington to immediately devise a strategy", "He", "pronoun"),
        ("has been suppressed", "Suhail Shaheen, a spokesperson for the Taliban’s Political Office", "named"),
        (
            "does not reflect the realities on the ground",
            "Suhail Shaheen, a spokesperson for the Taliban’s Political Office",
            "named",
        ),
        ("Such reports reflect the personal desires", "he", "pronoun"),
        ("no longer has a physical presence", "he", "pronoun"),
    ],
)
def test_speaker_of_each_claim(fixture_attributions, words, speaker, kind):
    found = about(fixture_attributions, words)
    assert (found["speaker"]["text"], found["speaker"]["kind"]) == (speaker, kind)


def test_pronouns_resolve_to_the_right_people(fixture_attributions):
    urged = about(fixture_attributions, "Washington to immediately devise")
    assert urged["speaker"]["resolved_from"]["text"].endswith("Nathan Sales")
    assert urged["stance"] == "appeal"
    said = about(fixture_attributions, "Such reports reflect")
    assert said["speaker"]["resolved_from"]["text"].startswith("Suhail Shaheen")
    official = about(fixture_attributions, "I would never say")
    assert official["speaker"]["resolved_from"]["text"] == "A senior defense official"


def test_relative_pronoun_speaks_for_the_assessment(fixture_attributions):
    claimed = about(fixture_attributions, "was once again using Afghanistan")
    assert claimed["speaker"]["resolved_from"]["text"] == "a classified Pentagon assessment"
    assert (claimed["cue"]["text"], claimed["stance"]) == ("claimed", "hedged")
    revealed = about(fixture_attributions, "specific plans to attack churches")
    assert revealed["speaker"]["resolved_from"]["text"] == "a classified Pentagon assessment"


def test_anonymous_officials_are_structured(fixture_attributions):
    source = about(fixture_attributions, "religious extremist groups")["speaker"]["anonymous_source"]
    assert (source["role"], source["rank"], source["affiliation"], source["number"]) == (
        "official",
        "senior",
        "defense",
        1,
    )
    plural = about(fixture_attributions, "leaked reports corroborate")["speaker"]["anonymous_source"]
    assert (plural["role"], plural["rank"], plural["plural"]) == ("official", "Current and former", True)


def test_the_post_is_the_channel(fixture_attributions):
    channels = [
        by_id(fixture_attributions, about(fixture_attributions, words)["via"])
        for words in (
            "religious extremist groups are openly at war",
            "I would never say that we mortgaged",
            "the leaked reports corroborate",
            "aspires to attack American interests",
            "Washington to immediately devise",
            "was once again using Afghanistan",
            "specific plans to attack churches",
        )
    ]
    assert all(channel is not None and channel["channel"] for channel in channels)
    assert {channel["speaker"]["text"] for channel in channels} == {
        "the Post",
        "the Washington Post",
        "the Post’s report",
    }


def test_report_citing_officials(fixture_attributions):
    claim = about(fixture_attributions, "has been fighting IS since August 2021")
    assert (claim["cue"]["text"], claim["speaker"]["text"], claim["speaker"]["kind"]) == (
        "according to",
        "a report",
        "document",
    )
    cited = [a for a in fixture_attributions if a["via"] == claim["id"]]
    assert [(a["speaker"]["text"], a["speaker"]["kind"]) for a in cited] == [("US defense officials", "anonymous")]
