"""Linking rules checked against the built-in dictionaries, on sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def link(model_name):
    """link(text, date) -> ({actor id: [mention texts]}, [stale_role flag texts])."""
    from newsintel.nlp.load import load_fresh_model

    nlp = load_fresh_model(model_name)
    import newsintel.nlp.actors.component  # noqa: F401  (registers the factory)

    nlp.add_pipe("newsintel_actors")

    def run(text: str, date: str = "2016-03-19"):
        doc = nlp.make_doc(text)
        doc._.ni_published = date
        doc = nlp(doc)
        actors = {a["id"]: [m["text"] for m in a["mentions"]] for a in doc._.ni_actors}
        stale = [f["span"]["text"] for f in doc._.ni_flags or [] if f["kind"] == "stale_role"]
        return actors, stale

    return run


def test_mixed_case_and_all_caps_aliases_need_their_case(link):
    assert link("Let's see what happens next.")[0] == {}
    assert link("Tell us what it is. Ap news is here.")[0] == {}
    assert link("LeT claimed the attack.")[0] == {"lashkar-e-taiba": ["LeT"]}


def test_adjective_before_a_name_is_no_stale_title(link):
    actors, stale = link("Republican presidential front-runner Donald Trump spoke in Ohio.")
    assert stale == []
    assert actors["donald-trump"] == ["Donald Trump"]


def test_bare_courtesy_title_of_a_former_holder_is_not_stale(link):
    assert link("Secretary Clinton spoke to reporters in Iowa.")[1] == []


def test_full_past_title_is_still_stale(link):
    stale = link("President Barack Obama spoke to reporters in Ohio.", "2018-05-01")[1]
    assert stale == ["President"]


def test_sentence_initial_surname_links_to_the_full_name_that_follows(link):
    actors, _ = link("Sanders spoke in Iowa. Bernie Sanders said he would win.")
    assert actors == {"bernie-sanders": ["Sanders", "Bernie Sanders"]}
    actors, _ = link("Sanders spoke in Iowa. Jack Sanders said he would win.")
    assert actors == {"local:jack-sanders": ["Sanders", "Jack Sanders"]}


def test_georgia_next_to_a_us_city_or_us_politics_is_the_state(link):
    assert link("He spoke in Savannah, Georgia, on Monday.")[0] == {}
    assert link("He is a congressman from Georgia.")[0] == {}
    assert link("The state of Georgia sued.")[0] == {}
    assert link("Trump was campaigning in Georgia and Florida.")[0] == {"donald-trump": ["Trump"]}


def test_georgia_elsewhere_is_the_country(link):
    actors, _ = link("Russian troops entered Georgia in 2008. Tbilisi protested.")
    assert actors == {"rus-mil": ["Russian troops"], "geo": ["Georgia"], "geo-gov": ["Tbilisi"]}


def test_the_house_alone_is_nothing(link):
    assert link("The House voted on Friday.")[0] == {}


def test_the_house_is_the_chamber_of_a_congress_named_in_full(link):
    actors, _ = link("The bill passed the House and the Senate. Congress adjourned.")
    assert actors == {"usa-house": ["the House"], "usa-senate": ["the Senate"], "usa-leg": ["Congress"]}
    actors, _ = link("The US Senate voted. The House will vote next.")
    assert actors == {"usa-senate": ["US Senate"], "usa-house": ["The House"]}


def test_fuzzy_matching_keeps_the_acronym():
    from newsintel.nlp.actors.spans import same_initials

    assert same_initials("central bureau of investigation", "federal bureau of investigation") is False
    assert same_initials("federal bureau of investigations", "federal bureau of investigation") is True


def test_a_misspelt_name_with_the_same_acronym_is_still_matched(link):
    actors, _ = link("The Federal Bureau of Investigations arrested him.")
    assert actors == {"usa-fbi": ["Federal Bureau of Investigations"]}


def test_platforms_are_companies_not_people(link):
    actors, _ = link("Twitter said it removed the posts. He wrote on Facebook that it was wrong.")
    assert actors == {"twitter": ["Twitter"], "facebook": ["Facebook"]}


def test_party_names_link_to_one_party(link):
    actors, _ = link("Republicans and the GOP attacked the Republican Party. Democrats defended the Democratic Party.")
    assert actors == {
        "usa-republican-party": ["Republicans", "the GOP", "the Republican Party"],
        "usa-democratic-party": ["Democrats", "the Democratic Party"],
    }


def test_sentence_initial_ordinary_word_is_no_name(link):
    assert link("Dawn broke over the city.")[0] == {}
    assert link("Discord grew between the allies.")[0] == {}
    assert link("Amnesty was granted to the rebels.")[0] == {}


def test_sentence_initial_ordinary_word_that_speaks_or_is_named_again_is_a_name(link):
    assert link("Apple said sales rose.")[0] == {"apple-inc": ["Apple"]}
    actors, _ = link("Amnesty was alarmed. A report by Amnesty International followed.")
    assert actors == {"amnesty-international": ["Amnesty", "Amnesty International"]}
    assert link("Turkey is on the agenda.")[0] == {"tur": ["Turkey"]}


def test_short_acronyms_in_a_line_of_capitals_are_no_names(link):
    assert link("TELL US WHAT IS NEXT FOR THEM.")[0] == {}
    actors, _ = link("US and UK officials met IS leaders, AP reported.")
    assert sorted(actors) == ["associated-press", "gbr-gov", "islamic-state", "usa"]


def test_a_dateline_in_capitals_is_cut_from_a_name(link):
    assert link("ROME - Bernie Sanders met the pope on Friday.")[0] == {"bernie-sanders": ["Bernie Sanders"]}
    actors, _ = link("ROME - Jack Teller met the pope on Friday. Teller said it went well.")
    assert actors == {"local:jack-teller": ["Jack Teller", "Teller"]}


def test_a_role_that_starts_after_the_date_is_not_stale(link):
    actors, stale = link(
        "President Donald Trump spoke in Ohio. He is running for president. Trump spoke.", "2016-03-19"
    )
    assert stale == []
    assert actors == {"donald-trump": ["Donald Trump", "Trump"]}


def test_a_chamber_short_name_belongs_to_the_country_the_document_is_about(link):
    actors, _ = link("American lawmakers said the House would vote. The US and Mexico talked.")
    assert actors == {
        "usa-leg": ["American lawmakers"],
        "usa-house": ["the House"],
        "usa": ["US"],
        "mex": ["Mexico"],
    }


def test_a_bare_title_years_after_the_role_names_an_era_not_a_stale_role(link):
    assert link("The war began under President George W. Bush.", "2016-02-03")[1] == []
    assert link("The war began under President George W. Bush.", "2009-06-01")[1] == ["President"]


def test_a_ministry_short_name_belongs_to_the_main_country_only(link):
    actors, _ = link("British officials said the MoD sent troops. Britain and France agreed.")
    assert actors["gbr-mod"] == ["MoD"]
    actors, _ = link("The MoD sent troops. Ukraine and France agreed; Ukraine thanked France.")
    assert "gbr-mod" not in actors


def test_a_title_alone_or_a_broadcaster_name_in_plain_words_is_no_actor(link):
    actors, _ = link("The Foreign Minister said Russia today rejected the plan.")
    assert "gbr-mfa" not in actors and "rt" not in actors
    assert link("Russia Today reported the plan.")[0] == {"rt": ["Russia Today"]}


def test_title_and_surname_of_a_builtin_leader(link):
    actors, _ = link("President Clinton met Prime Minister Blair in the capital.", "1998-05-01")
    assert actors["bill-clinton"] == ["Clinton"] and actors["tony-blair"] == ["Blair"]


def test_a_country_demonym_before_a_community_is_that_country_s_part_of_it(link):
    actors, _ = link("Syrian Christians and Iraqi Kurds fled to the coast.")
    assert actors == {"local:syrian-christians": ["Syrian Christians"], "local:iraqi-kurds": ["Iraqi Kurds"]}
    assert link("Kurdish Christians fled to the coast.")[0].get("local:kurdish-christians") is None


def test_demonstrators_of_a_country_are_its_civilians(link):
    assert link("Afghan demonstrators blocked the road.")[0] == {"afg-cvl": ["Afghan demonstrators"]}
