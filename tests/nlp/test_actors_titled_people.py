"""People named by title and surname ("President Halloran"), on sentences written for these
tests with a small dictionary whose people have no surname aliases."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

DICTIONARY = """\
- id: usa
  name: United States
  type: state
  country: USA
  cameo: USA
  aliases: [United States, US]
  demonyms: [American, Americans]
- id: usa-gov
  name: United States government
  type: government
  country: USA
  cameo: USAGOV
- id: fra
  name: France
  type: state
  country: FRA
  cameo: FRA
  aliases: [France]
  demonyms: [French]
- id: fra-gov
  name: French government
  type: government
  country: FRA
  cameo: FRAGOV
- id: gbr-gov
  name: British government
  type: government
  country: GBR
  cameo: GBRGOV
- id: edwin-halloran
  name: Edwin Halloran
  type: person
  country: USA
  roles:
    - {title: president, org: usa-gov, from: 1990-01-20, to: 1994-01-20}
- id: mark-halloran
  name: Mark T. Halloran
  type: person
  country: USA
  roles:
    - {title: president, org: usa-gov, from: 2002-01-20, to: 2006-01-20}
- id: ruth-pemberton
  name: Ruth Pemberton Jr.
  type: person
  country: GBR
  roles:
    - {title: prime minister, org: gbr-gov, from: 1999-05-01, to: 2004-06-01, title_aliases: [premier]}
- id: lucien-pemberton
  name: Lucien Pemberton
  aliases: [Lucien Pemberton]
  type: person
  country: FRA
  roles:
    - {title: president, org: fra-gov, from: 1999-05-01, to: 2004-06-01}
- id: ines-marchetti
  name: Ines Marchetti
  type: person
  country: FRA
  roles:
    - {title: vice president, org: fra-gov, from: 1999-05-01, to: 2004-06-01}
"""


@pytest.fixture(scope="module")
def run(tmp_path_factory, model_name):
    """analyse(text, date) -> actors by id, with only the test dictionary."""
    import os

    from newsintel.nlp.load import load_fresh_model

    nlp = load_fresh_model(model_name)
    import newsintel.nlp.actors.component  # noqa: F401  (registers the factory)

    folder = tmp_path_factory.mktemp("titled")
    os.environ["NEWSINTEL_CACHE_DIR"] = str(folder / "cache")
    path = folder / "titled.yaml"
    path.write_text(DICTIONARY, encoding="utf-8")
    agents = str(Path(str(resources.files("newsintel.nlp.actors.data").joinpath("agents.yaml"))))
    nlp.add_pipe(
        "newsintel_actors",
        config={"actor_files": [str(path)], "agent_files": [agents], "use_builtin": False},
    )
    os.environ.pop("NEWSINTEL_CACHE_DIR", None)

    def analyse(text: str, date: str | None = None):
        doc = nlp.make_doc(text)
        doc._.ni_published = date
        doc = nlp(doc)
        return {a["id"]: a for a in doc._.ni_actors}

    return analyse


def mentions(actor):
    return [m["text"] for m in actor["mentions"]]


def test_title_and_surname_on_the_date_is_the_holder(run):
    actors = run("President Halloran criticised the budget on Monday.", "2004-03-01")
    assert mentions(actors["mark-halloran"]) == ["Halloran"]
    actors = run("President Halloran criticised the budget on Monday.", "1992-03-01")
    assert mentions(actors["edwin-halloran"]) == ["Halloran"]


def test_a_later_bare_surname_is_the_same_person(run):
    actors = run("President Halloran criticised the budget. Halloran said the vote would wait.", "2004-03-01")
    assert mentions(actors["mark-halloran"]) == ["Halloran", "Halloran"]


def test_two_holders_of_one_country_give_the_office_without_a_person(run):
    actors = run("President Halloran criticised the budget on Monday.")
    (actor,) = actors.values()
    assert (actor["id"], actor["country"], actor["cameo"], actor["local"]) == (
        "local:president-halloran",
        "USA",
        "USAGOV",
        True,
    )
    assert actor["unlinked"]["reason"] == "2 people of this name held this title"


def test_first_name_picks_one_of_two_holders(run):
    actors = run("President Edwin Halloran criticised the budget on Monday.")
    assert mentions(actors["edwin-halloran"]) == ["Edwin Halloran"]


def test_title_must_be_one_the_person_held(run):
    actors = run("Prime Minister Pemberton met the envoy on Monday.", "2001-03-01")
    assert "ruth-pemberton" in actors and "lucien-pemberton" not in actors
    actors = run("President Pemberton met the envoy on Monday.", "2001-03-01")
    assert "lucien-pemberton" in actors and "ruth-pemberton" not in actors
    actors = run("Premier Pemberton met the envoy on Monday.", "2001-03-01")
    assert "ruth-pemberton" in actors


def test_no_role_on_the_date_leaves_the_name_unlinked_unless_former(run):
    actors = run("President Halloran criticised the budget on Monday.", "2015-03-01")
    assert set(actors) == {"local:halloran"} and actors["local:halloran"]["country"] is None
    actors = run("Former President Mark Halloran criticised the budget on Monday.", "2015-03-01")
    assert "mark-halloran" in actors


def test_part_of_a_title_and_a_country_that_contradicts_are_no_match(run):
    actors = run("Vice-President Halloran criticised the budget on Monday.", "2004-03-01")
    assert "mark-halloran" not in actors
    actors = run("The French President Halloran criticised the budget on Monday.", "2004-03-01")
    assert "mark-halloran" not in actors
    actors = run("Vice President Marchetti met the envoy on Monday.", "2001-03-01")
    assert "ines-marchetti" in actors
    actors = run("President Marchetti met the envoy on Monday.", "2001-03-01")
    assert "ines-marchetti" not in actors


def test_a_bare_surname_shared_with_another_person_of_the_document_is_not_guessed(run):
    actors = run(
        "Lucien Pemberton arrived. Prime Minister Pemberton met the envoy. Pemberton said little.", "2001-03-01"
    )
    assert mentions(actors["ruth-pemberton"]) == ["Pemberton"]


def test_an_unknown_office_holder_takes_the_one_country_of_the_document(run):
    actors = run("President Abena Mensah threatened to ban the French opposition parties.")
    assert actors["local:abena-mensah"]["country"] == "FRA"
    actors = run("Vice-President Abena Mensah declined to resign despite pressure from France.")
    assert actors["local:abena-mensah"]["country"] == "FRA"


def test_several_countries_or_no_office_title_give_no_country(run):
    actors = run("President Abena Mensah threatened France and the United States.")
    assert actors["local:abena-mensah"]["country"] is None
    actors = run("Dr Abena Mensah criticised the French opposition parties.")
    assert actors["local:abena-mensah"]["country"] is None
