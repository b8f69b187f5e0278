"""Actor links that need the words of the entry, one test per error class of issue 17, with
the built-in dictionaries, on sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def run(stages_runner):
    run_actors = stages_runner("newsintel_actors")

    def actors(text: str, published: str | None = "2016-05-02") -> dict[str, dict]:
        return {a["id"]: a for a in run_actors(text, published)._.ni_actors}

    return actors


def test_a_word_inside_a_longer_name_is_no_link(run):
    actors = run("A guard was shot at the National War Memorial on Wednesday.")
    assert "memorial" not in actors
    assert "usa-leg" not in run("Speaking at the Mobile World Congress, the executive praised the phone.")
    assert actors["local:national-war-memorial"]["unlinked"]["candidate"] == "memorial"


def test_a_hyphen_continues_a_name(run):
    actors = run("The defector Park Jin-hee spoke to reporters.")
    assert "park-jin" not in actors
    assert actors["local:park-jin-hee"]["type"] == "person"


def test_a_city_unit_is_the_city_s_and_not_the_national_force(run):
    actors = run("Ottawa police said the gunman acted alone.")
    assert "can-police" not in actors
    assert actors["local:ottawa-police"]["country"] == "CAN"


def test_a_person_named_like_a_country_is_a_person(run):
    actors = run("Lisa Monaco met his brother Jordan on Monday.")
    assert "mco" not in actors and "jor" not in actors


def test_a_party_is_not_the_government(run):
    actors = run("The leader of France's far-right Front National criticised the plan.")
    assert "fra-gov" not in actors
    assert actors["fra-rn"]["type"] == "party"


def test_dated_roles_decide_government_codes(run):
    assert run("Donald Trump said he would win.", "2015-11-11")["donald-trump"]["cameo"] == "USA"
    assert run("Donald Trump said he would win.", "2018-11-11")["donald-trump"]["cameo"] == "USAGOV"


def test_all_caps_lines_are_no_acronyms(run):
    actors = run("IT IS MORE DANGEROUS THAN WE THOUGHT, THE MINISTER SAID.")
    assert "islamic-state" not in actors


def test_a_group_s_leaders_are_the_group(run):
    assert "jews" in run("Jewish leaders said they would skip the speech.")


def test_a_description_used_as_a_modifier_is_no_reference(run):
    actors = run("Republicans spoke first. Later, volunteers met at the party headquarters.")
    assert [m["text"] for m in actors["usa-republican-party"]["mentions"]] == ["Republicans"]


def test_no_stale_role_flag_on_the_day_a_role_ends(stages_runner):
    run_actors = stages_runner("newsintel_actors")
    doc = run_actors("President Barack Obama left the White House on Friday.", "2017-01-20")
    assert [f for f in doc._.ni_flags if f["kind"] == "stale_role"] == []
    doc = run_actors("President Barack Obama left the White House on Friday.", "2017-01-23")
    assert [f["kind"] for f in doc._.ni_flags] == ["stale_role"]
