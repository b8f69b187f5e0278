"""The actor linker on sentences written for these tests, with a small dictionary."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

DICTIONARY = """\
- id: afg
  name: Afghanistan
  type: state
  country: AFG
  cameo: AFG
  aliases: [Afghanistan]
  demonyms: [Afghan, Afghans]
  capital: Kabul
  metonyms: [Kabul]
  governments:
    - {actor: afg-republic, from: 2004-01-26, to: 2021-08-14}
    - {actor: taliban, from: 2021-08-15}
- id: afg-republic
  name: Islamic Republic of Afghanistan
  type: government
  country: AFG
  cameo: AFGGOV
- id: usa
  name: United States
  type: state
  country: USA
  cameo: USA
  aliases: [United States, the United States, US, U.S.]
  demonyms: [American, Americans]
  capital: Washington
  metonyms: [Washington]
  governments:
    - {actor: usa-gov}
- id: usa-gov
  name: United States government
  type: government
  country: USA
  cameo: USAGOV
- id: usa-mil
  name: United States Armed Forces
  type: military
  country: USA
  cameo: USAMIL
- id: arn
  name: Arnor
  type: state
  country: null
  cameo: ARN
  demonyms: [Arnorian, Arnorians]
- id: taliban
  name: Taliban
  type: insurgent
  country: AFG
  cameo: AFGINS
  aliases: [the Taliban, Taliban]
- id: islamic-state
  name: Islamic State
  type: terrorist
  cameo: IMGMUSISI
  aliases: [Islamic State, the Islamic State, IS, ISIS]
- id: isis-k
  name: Islamic State Khorasan Province
  type: terrorist
  country: AFG
  parent: islamic-state
  aliases: [ISIS-K, Islamic State Khorasan Province]
- id: washington-post
  name: The Washington Post
  type: media
  country: USA
  aliases: [The Washington Post, Washington Post]
  short_aliases: [the Post]
- id: usa-first-administration
  name: First administration
  type: government
  country: USA
  cameo: USAGOV
  from: 2017-01-20
  to: 2021-01-20
  aliases: [Harlan administration]
- id: usa-second-administration
  name: Second administration
  type: government
  country: USA
  cameo: USAGOV
  from: 2025-01-20
  aliases: [Harlan administration]
- id: dawn-newspaper
  name: Dawn
  type: media
  country: PAK
  aliases: [Dawn]
  case_sensitive_aliases: [Dawn]
- id: ashraf-ghani
  name: Ashraf Ghani
  type: person
  country: AFG
  aliases: [Ghani]
  roles:
    - {title: President, org: afg-republic, from: 2014-09-29, to: 2021-08-15}
- id: mira-okafor
  name: Mira Okafor
  type: person
  country: USA
  aliases: [Okafor]
  roles:
    - {title: spokesperson, org: usa-gov, from: 2019-01-01, to: 2021-06-30}
    - {title: ambassador, org: usa-gov, from: 2021-07-01}
- id: joe-biden
  name: Joe Biden
  type: person
  country: USA
  aliases: [Biden]
  roles:
    - {title: President, org: usa-gov, from: 2021-01-20, to: 2025-01-20}
- id: bertrand-kowalczyk
  name: Bertrand Kowalczyk
  type: person
  country: USA
"""


@pytest.fixture(scope="module")
def run(tmp_path_factory, model_name):
    """analyse(text, date) -> (actors by id, metonyms, flags) with only the test dictionary."""
    from newsintel.nlp.load import load_fresh_model

    nlp = load_fresh_model(model_name)
    import newsintel.nlp.actors.component  # noqa: F401  (registers the factory)

    folder = tmp_path_factory.mktemp("actors")
    _cache_in(folder)
    path = folder / "test_actors.yaml"
    path.write_text(DICTIONARY, encoding="utf-8")
    agents = str(Path(str(resources.files("newsintel.nlp.actors.data").joinpath("agents.yaml"))))
    nlp.add_pipe(
        "newsintel_actors",
        config={"actor_files": [str(path)], "agent_files": [agents], "use_builtin": False},
    )
    _cache_default()

    def analyse(text: str, date: str | None = "2023-05-02"):
        doc = nlp.make_doc(text)
        doc._.ni_published = date
        doc = nlp(doc)
        actors = {a["id"]: a for a in doc._.ni_actors}
        return actors, doc._.ni_metonyms, doc._.ni_flags or []

    return analyse


def _cache_in(folder: Path) -> None:
    """Compiled-index cache files of these throwaway dictionaries go to the test's folder
    (the index is compiled when the stage is added, so the setting is only needed then)."""
    import os

    os.environ["NEWSINTEL_CACHE_DIR"] = str(folder / "cache")


def _cache_default() -> None:
    import os

    os.environ.pop("NEWSINTEL_CACHE_DIR", None)


def texts(actor):
    return [m["text"] for m in actor["mentions"]]


def test_aliases_longest_match_and_acronyms(run):
    actors, _, _ = run("The Islamic State Khorasan Province claimed the bombing, and IS is now weaker.")
    assert texts(actors["isis-k"]) == ["Islamic State Khorasan Province"]
    assert texts(actors["islamic-state"]) == ["IS"]
    assert actors["isis-k"]["parent"] == "islamic-state"


def test_trailing_period_is_cleaned(run):
    actors, _, _ = run("The raid was blamed on ISIS-K. Nobody else was named.")
    assert texts(actors["isis-k"]) == ["ISIS-K"]


def test_spans_point_into_the_text(run):
    text = "Officials said the Taliban had closed the road."
    actors, _, _ = run(text)
    (mention,) = actors["taliban"]["mentions"]
    assert text[mention["start"] : mention["end"]] == mention["text"] == "the Taliban"


def test_demonym_government_follows_the_publication_date(run):
    sentence = "The Afghan government rejected the report on Tuesday."
    before, _, _ = run(sentence, "2019-03-01")
    after, _, _ = run(sentence, "2023-03-01")
    assert texts(before["afg-republic"]) == ["The Afghan government"]
    assert before["afg-republic"]["cameo"] == "AFGGOV"
    assert texts(after["taliban"]) == ["The Afghan government"]
    assert "afg-republic" not in after


def test_agent_with_a_country_uses_its_institution(run):
    actors, _, _ = run("American troops left the base at dawn.")
    assert texts(actors["usa-mil"]) == ["American troops"]
    assert "usa" not in actors


def test_agent_with_a_country_lacking_the_institution_is_composed(run):
    actors, _, _ = run("Arnorian soldiers crossed the river at dawn.")
    composed = actors["arn-mil"]
    assert (composed["cameo"], composed["type"], composed["parent"], composed["local"]) == (
        "ARNMIL",
        "military",
        "arn",
        False,
    )
    assert texts(composed) == ["Arnorian soldiers"]


def test_agent_with_an_organisation_is_the_organisation(run):
    actors, _, _ = run("Taliban fighters seized the checkpoint on Friday.")
    assert texts(actors["taliban"]) == ["Taliban fighters"]


def test_person_administration_is_their_government(run):
    actors, _, _ = run("The Biden administration defended the withdrawal.")
    assert texts(actors["usa-gov"]) == ["The Biden administration"]
    assert "joe-biden" not in actors


def test_capital_as_addressee_is_a_metonym(run):
    text = "The senator urged Washington to act before the vote."
    actors, metonyms, _ = run(text)
    assert metonyms == [{"start": 18, "end": 28, "text": "Washington", "actor": "usa-gov"}]
    assert texts(actors["usa-gov"]) == ["Washington"]


def test_capital_as_speaker_follows_the_date(run):
    _, metonyms_2019, _ = run("Kabul denied the claim.", "2019-03-01")
    _, metonyms_2023, _ = run("Kabul denied the claim.", "2023-03-01")
    assert [m["actor"] for m in metonyms_2019] == ["afg-republic"]
    assert [m["actor"] for m in metonyms_2023] == ["taliban"]


def test_capital_as_a_place_is_not_an_actor(run):
    actors, metonyms, _ = run("Thousands of people marched in Washington on Sunday.")
    assert metonyms == [] and "usa-gov" not in actors and "usa" not in actors


def test_partial_name_links_to_the_full_name(run):
    actors, _, _ = run("Mira Okafor spoke to reporters on Monday. Okafor said the talks would go on.")
    assert texts(actors["mira-okafor"]) == ["Mira Okafor", "Okafor"]


def test_unknown_people_become_local_actors_with_partial_names(run):
    actors, _, _ = run(
        "Maria Lopez, a teacher in the city, said the school was closed. Lopez added that pupils had fled."
    )
    local = actors["local:maria-lopez"]
    assert (local["type"], local["local"], texts(local)) == ("person", True, ["Maria Lopez", "Lopez"])


def test_unknown_organisation_is_typed_and_given_its_country(run):
    actors, _, _ = run("The Afghan Red Crescent Society sent aid to the village.")
    local = actors["local:afghan-red-crescent-society"]
    assert (local["country"], local["local"], texts(local)) == ("AFG", True, ["Afghan Red Crescent Society"])
    front, _, _ = run("The Popular Liberation Front said it had fired on the convoy.")
    assert front["local:popular-liberation-front"]["type"] == "militant"


def test_islamic_as_nationality_is_not_an_actor(run):
    actors, _, _ = run("Islamic scholars met in the city on Monday.")
    assert actors == {}


def test_fuzzy_match_of_a_misspelt_name_is_flagged(run):
    actors, _, flags = run("Bertrand Kowalcyzk told the court he had acted alone.")
    assert texts(actors["bertrand-kowalczyk"]) == ["Bertrand Kowalcyzk"]
    assert [f["kind"] for f in flags] == ["name_variant"]
    assert flags[0]["span"]["text"] == "Bertrand Kowalcyzk"
    assert "Bertrand Kowalczyk" in flags[0]["message"]


def test_definite_description_prefers_the_subject_of_its_type(run):
    actors, _, _ = run(
        "Islamic State fighters attacked a Taliban checkpoint on Friday. The group later claimed the attack."
    )
    assert texts(actors["islamic-state"]) == ["Islamic State fighters", "The group"]
    assert texts(actors["taliban"]) == ["Taliban"]


def test_definite_description_for_a_newspaper(run):
    actors, _, _ = run(
        "The minister told The Washington Post that the plan had failed. "
        "In a statement to the newspaper, aides denied it."
    )
    assert texts(actors["washington-post"]) == ["The Washington Post", "the newspaper"]


def test_stale_title_before_a_name_is_flagged(run):
    sentence = "President Ashraf Ghani said the election would go ahead."
    _, _, flags = run(sentence, "2023-05-02")
    assert [f["kind"] for f in flags] == ["stale_role"]
    assert flags[0]["span"]["text"] == "President"
    assert "2021-08-15" in flags[0]["message"] and "2023-05-02" in flags[0]["message"]
    _, _, in_office = run(sentence, "2019-05-02")
    assert in_office == []


def test_former_title_is_not_flagged(run):
    _, _, flags = run("Former President Ashraf Ghani said the election would go ahead.")
    assert flags == []


def test_stale_appositive_title_is_flagged_and_current_roles_listed(run):
    actors, _, flags = run("Mira Okafor, a spokesperson for the government, said the talks had ended.")
    assert actors["mira-okafor"]["roles"] == ["ambassador, United States government"]
    assert [f["kind"] for f in flags] == ["stale_role"]
    assert "ambassador, United States government" in flags[0]["message"]
    _, _, current = run("Mira Okafor, the ambassador, said the talks had ended.")
    assert current == []


def test_unknown_person_gets_the_country_of_their_appositive(run):
    actors, _, _ = run("Tomas Verhoeven, an adviser to the Afghan government, said the road was open.")
    local = actors["local:tomas-verhoeven"]
    assert (local["type"], local["country"]) == ("person", "AFG")


def test_adjective_agent_is_not_an_actor(run):
    actors, _, _ = run("The Afghan official death toll rose to twelve.")
    assert "taliban" not in actors and "afg-republic" not in actors


def test_multi_word_tail_of_a_name(run):
    actors, _, _ = run("Bill de Blasio spoke on Monday. De Blasio said little.")
    assert texts(actors["local:bill-de-blasio"]) == ["Bill de Blasio", "De Blasio"]
    assert "local:de-blasio" not in actors


@pytest.fixture(scope="module")
def run_tabari(tmp_path_factory):
    """The stage with only TABARI dictionaries (written here), as PETRARCH users would load."""
    import newsintel.nlp.actors.component  # noqa: F401
    from newsintel.nlp.load import load_fresh_model

    folder = tmp_path_factory.mktemp("tabari")
    _cache_in(folder)
    actors = folder / "test.actors.txt"
    actors.write_text(
        "ARNOR_ [ARN]\n+ARNORIAN_\nGONDOR_ [GON]\nOSGILIATH_ [OSG]\nELROND_ [ELF]\n\t[ELFGOV 20100101-20151231]\n",
        encoding="utf-8",
    )
    agents = folder / "test.agents.txt"
    agents.write_text("GOVERNMENT [~GOV]\nAMBASSADOR [~GOV]\nSOLDIER [~MIL]\nPRIME_MINISTER [~GOV]\n", encoding="utf-8")
    nlp = load_fresh_model()
    nlp.add_pipe(
        "newsintel_actors",
        config={"actor_files": [str(actors)], "agent_files": [str(agents)], "use_builtin": False},
    )
    _cache_default()

    def analyse(text: str, date: str = "2012-05-02") -> dict[str, str]:
        doc = nlp.make_doc(text)
        doc._.ni_published = date
        doc = nlp(doc)
        return {m["text"]: a["cameo"] for a in doc._.ni_actors for m in a["mentions"]}

    return analyse


def test_tabari_state_and_agent_compose_codes(run_tabari):
    assert run_tabari("The Gondor government condemned the raid by Arnorian soldiers.") == {
        "The Gondor government": "GONGOV",
        "Arnorian soldiers": "ARNMIL",
    }


def test_tabari_agent_of_several_countries(run_tabari):
    assert run_tabari("The ambassadors of Arnor, Osgiliath and Gondor met on Friday.") == {
        "The ambassadors of Arnor": "ARNGOV",
        "Osgiliath": "OSGGOV",
        "Gondor": "GONGOV",
    }


def test_tabari_dated_code_follows_the_date(run_tabari):
    assert run_tabari("Elrond said the talks were over.", "2012-05-02") == {"Elrond": "ELFGOV"}
    assert run_tabari("Elrond said the talks were over.", "2019-05-02") == {"Elrond": "ELF"}


def test_title_inside_an_unknown_name_is_cut(run):
    actors, _, _ = run("Air Marshal Alex Badeh said the girls would be freed.")
    assert texts(actors["local:alex-badeh"]) == ["Alex Badeh"]


def test_religious_group_nouns(run):
    actors, _, _ = run("The Sunnis said they would boycott the vote.")
    assert [(a["id"], a["type"]) for a in actors.values()] == [("local:sunnis", "religious")]


def test_person_without_a_code_takes_the_code_of_their_role(run):
    actors, _, _ = run("Mira Okafor arrived in the capital on Monday.", "2020-01-10")
    assert actors["mira-okafor"]["cameo"] == "USAGOV"
    assert actors["mira-okafor"]["roles"] == ["spokesperson, United States government"]


def test_place_tagged_name_that_acts_and_is_no_place_is_a_local_actor(run):
    from newsintel.nlp.places.names import known_place_names

    assert "kandahar" in known_place_names() and "puntland" not in known_place_names()
    actors, _, _ = run("Puntland said it would send troops.")
    assert [(a["id"], a["local"]) for a in actors.values()] == [("local:puntland", True)]
    actors, _, _ = run("The convoy reached Kandahar on Monday.")
    assert actors == {}


def test_empty_and_whitespace_documents(run):
    assert run("") == ({}, [], [])
    assert run("   \n  ") == ({}, [], [])


def test_stage_works_without_a_parser(tmp_path):
    """A blank pipeline (no parser, no NER) still links dictionary names and descriptions."""
    import spacy

    import newsintel.nlp.actors.component  # noqa: F401

    path = tmp_path / "d.yaml"
    path.write_text(DICTIONARY, encoding="utf-8")
    nlp = spacy.blank("en")
    _cache_in(tmp_path)
    nlp.add_pipe("newsintel_actors", config={"actor_files": [str(path)], "agent_files": [], "use_builtin": False})
    _cache_default()
    doc = nlp("The Taliban denied it. The group said nothing.")
    assert [(a["id"], [m["text"] for m in a["mentions"]]) for a in doc._.ni_actors] == [
        ("taliban", ["The Taliban", "The group"])
    ]


def test_country_and_title_is_the_person_holding_it_on_the_date(run):
    sentence = "The Afghan president said the election would go ahead."
    in_2019, _, _ = run(sentence, "2019-05-02")
    in_2023, _, _ = run(sentence, "2023-05-02")
    assert texts(in_2019["ashraf-ghani"]) == ["The Afghan president"]
    assert "ashraf-ghani" not in in_2023
    american, _, _ = run("The American president spoke on Friday.", "2022-05-02")
    assert texts(american["joe-biden"]) == ["The American president"]


def test_a_shared_surname_is_not_the_dictionary_person(run):
    actors, _, _ = run("Alice Okafor, a nurse, was released on Monday. Okafor thanked her family.")
    assert "mira-okafor" not in actors
    assert texts(actors["local:alice-okafor"]) == ["Alice Okafor", "Okafor"]


def test_a_longer_form_of_a_known_name_is_that_person(run):
    actors, _, flags = run("Ashraf M. Ghani spoke on Monday. Ghani said little.")
    assert texts(actors["ashraf-ghani"]) == ["Ashraf M. Ghani", "Ghani"]
    assert flags == []


def test_short_alias_needs_the_full_name_in_the_document(run):
    alone, _, _ = run("The minister told the Post that the plan had failed.")
    assert "washington-post" not in alone
    both, _, _ = run("The minister told the Post that the plan had failed, The Washington Post reported.")
    assert texts(both["washington-post"]) == ["the Post", "The Washington Post"]


def test_shared_alias_goes_to_the_actor_that_existed_on_the_date(run):
    first, _, _ = run("The Harlan administration imposed the tariffs.", "2018-03-01")
    second, _, _ = run("The Harlan administration imposed the tariffs.", "2025-03-01")
    assert "usa-first-administration" in first and "usa-second-administration" not in first
    assert "usa-second-administration" in second and "usa-first-administration" not in second


def test_case_sensitive_alias_that_is_an_ordinary_word(run):
    actors, _, _ = run("Dawn reported that the talks resumed at dawn.")
    assert texts(actors["dawn-newspaper"]) == ["Dawn"]
    shouting, _, _ = run("TROOPS LEFT AT DAWN ON FRIDAY.")
    assert "dawn-newspaper" not in shouting


def test_role_title_aliases_and_deputies(run, tmp_path):
    from newsintel.nlp.actors.titles import same_title as _same_title

    assert _same_title("foreign minister", "minister of foreign affairs")
    assert not _same_title("foreign minister", "foreign ministry spokesperson")
    assert not _same_title("president", "vice president")
    assert _same_title("vice president", "vice president")


def test_title_of_a_country_after_of(run):
    actors, _, _ = run("The president of Afghanistan said the election would go ahead.", "2019-05-02")
    assert texts(actors["ashraf-ghani"]) == ["The president of Afghanistan"]


def test_capital_modifying_an_agent_is_a_metonym(run):
    actors, metonyms, _ = run("Kabul officials denied the report.", "2023-03-01")
    assert texts(actors["taliban"]) == ["Kabul officials"]
    assert metonyms == [{"start": 0, "end": 5, "text": "Kabul", "actor": "taliban"}]


def test_generic_word_is_not_a_short_name(run):
    actors, _, _ = run("Islamic State fighters withdrew on Sunday. State said it would not comment.")
    assert texts(actors["islamic-state"]) == ["Islamic State fighters"]
    assert "local:state" not in actors


def test_future_role_is_not_stale_and_other_titles_are_not_compared(run):
    _, _, flags = run("President Ashraf Ghani said the election would go ahead.", "2012-05-02")
    assert flags == []
    _, _, flags = run("Presidential candidate Ashraf Ghani said the election would go ahead.", "2023-05-02")
    assert flags == []


def test_agent_inside_a_proper_name_is_not_composed(run):
    actors, _, _ = run("The US National Aeronautics and Space Administration launched the probe.")
    assert "usa-gov" not in actors
