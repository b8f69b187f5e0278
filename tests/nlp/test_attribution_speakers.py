"""Speakers: kinds, anonymous-source structure, pronouns and definite descriptions, chains."""

from __future__ import annotations

import pytest

from newsintel.nlp.extensions import get_list

pytestmark = pytest.mark.model


def find(nlp, text: str) -> list[dict]:
    return nlp(text)._.ni_attributions


def test_anonymous_source_structure(attribution_nlp):
    (item,) = find(
        attribution_nlp, "Two US officials, speaking on condition of anonymity, said the drone was shot down."
    )
    speaker = item["speaker"]
    assert speaker["kind"] == "anonymous" and speaker["anonymous"] is True
    assert speaker["text"] == "Two US officials"
    assert speaker["anonymous_source"] == {
        "role": "official",
        "rank": None,
        "affiliation": "US",
        "country": None,
        "number": 2,
        "plural": True,
        "anonymity_phrase": "on condition of anonymity",
    }


def test_rank_and_affiliation(attribution_nlp):
    (item,) = find(attribution_nlp, "A senior police officer said the suspect had fled.")
    source = item["speaker"]["anonymous_source"]
    assert (source["role"], source["rank"], source["affiliation"], source["number"], source["plural"]) == (
        "officer",
        "senior",
        "police",
        1,
        False,
    )


def test_sources_familiar_with(attribution_nlp):
    (item,) = find(attribution_nlp, "Sources familiar with the talks said a deal was close.")
    source = item["speaker"]["anonymous_source"]
    assert item["speaker"]["text"] == "Sources familiar with the talks"
    assert (source["role"], source["number"], source["plural"], source["anonymity_phrase"]) == (
        "source",
        None,
        True,
        "familiar with",
    )


def test_documents_speak(attribution_nlp):
    (item,) = find(attribution_nlp, "The report depicted the militia as a growing threat.")
    assert item["speaker"]["kind"] == "document"
    assert [c["text"] for c in item["content"]] == ["the militia as a growing threat"]


def test_pronoun_resolves_to_the_last_person_speaker(attribution_nlp):
    first, second = find(
        attribution_nlp, "Anna Berg told reporters the airport had been shelled. She said the runway was destroyed."
    )
    assert second["speaker"]["kind"] == "pronoun"
    assert second["speaker"]["text"] == "She"
    assert second["speaker"]["resolved_from"]["text"] == "Anna Berg"


def test_definite_description_refers_back_and_keeps_the_channel(attribution_nlp):
    text = (
        "A senior defense official told the Post that the raid had failed. "
        "The official said, “We lost two helicopters.”"
    )
    channel, told, said = find(attribution_nlp, text)
    assert (channel["speaker"]["text"], channel["channel"], channel["cue"]) == ("the Post", True, None)
    assert (told["speaker"]["text"], told["via"]) == ("A senior defense official", "a1")
    assert said["speaker"]["kind"] == "pronoun"
    assert said["speaker"]["resolved_from"]["text"] == "A senior defense official"
    assert said["speaker"]["anonymous_source"]["rank"] == "senior"
    assert said["via"] == "a1"


def test_report_citing_officials_is_a_chain(attribution_nlp):
    outer, inner = find(
        attribution_nlp, "The fighting resumed overnight, according to a report citing two UN officials."
    )
    assert (outer["speaker"]["text"], outer["speaker"]["kind"], outer["via"]) == ("a report", "document", None)
    assert (inner["speaker"]["text"], inner["cue"]["text"], inner["via"]) == ("two UN officials", "citing", outer["id"])
    assert inner["speaker"]["anonymous_source"]["number"] == 2


def test_outlet_reported_citing_witnesses(attribution_nlp):
    outer, inner = find(attribution_nlp, "The agency reported, citing witnesses, that the market was bombed.")
    assert [c["text"] for c in outer["content"]] == ["that the market was bombed"]
    assert (inner["speaker"]["text"], inner["via"]) == ("witnesses", outer["id"])


def test_speaker_actor_comes_from_the_actors_stage(attribution_nlp):
    """The actors stage's mentions (faked here) give the speaker its actor, and pronouns inherit it."""
    text = "Nora Hale said the border was open. She said trucks were moving."
    stage = attribution_nlp.get_pipe("newsintel_attribution")
    with attribution_nlp.select_pipes(disable=["newsintel_attribution"]):
        doc = attribution_nlp(text)
    get_list(doc, "ni_actors").append(
        {
            "id": "nora-hale",
            "name": "Nora Hale",
            "type": "person",
            "mentions": [{"start": 0, "end": 9, "text": "Nora Hale"}],
        }
    )
    stage(doc)
    first, second = doc._.ni_attributions
    assert first["speaker"]["actor"] == "nora-hale"
    assert (second["speaker"]["actor"], second["speaker"]["kind"]) == ("nora-hale", "pronoun")


def test_surname_opening_a_sentence_is_a_name_not_a_plural_noun(attribution_nlp):
    doc_text = (
        "Farmers met Sanders at the fair. Sanders spoke briefly, pointing out that the drought had lasted a year."
    )
    (item,) = find(attribution_nlp, doc_text)
    assert (item["speaker"]["text"], item["speaker"]["kind"]) == ("Sanders", "named")


def test_issuer_of_a_statement_is_the_speaker(attribution_nlp):
    (item,) = find(attribution_nlp, "The militia issued a statement denying that it had shelled the village.")
    assert (item["speaker"]["text"], item["cue"]["text"]) == ("The militia", "denying")
    assert [c["text"] for c in item["content"]] == ["that it had shelled the village"]


def test_speaker_phrase_stops_at_the_clause_holding_the_cue(attribution_nlp):
    (item,) = find(attribution_nlp, "A report saying that 40 civilians died was released on Monday.")
    assert (item["speaker"]["text"], item["speaker"]["kind"]) == ("A report", "document")


def test_report_inside_according_to_is_relayed_by_it(attribution_nlp):
    items = find(
        attribution_nlp,
        "The navy confirmed that it had seized the tanker, according to a statement carried by the agency. "
        "It did not say where the crew was held.",
    )
    by_cue = {i["cue"]["text"]: i for i in items}
    statement, confirmed, it = by_cue["according to"], by_cue["confirmed"], by_cue["did not say"]
    assert statement["channel"] is True and statement["speaker"]["kind"] == "document"
    assert confirmed["via"] == statement["id"] and confirmed["speaker"]["text"] == "The navy"
    assert it["speaker"]["resolved_from"]["text"] == "The navy"


def test_one_of_them_is_a_member_of_the_group_before(attribution_nlp):
    items = find(
        attribution_nlp,
        "Two police officers, speaking on condition of anonymity, said the convoy was ambushed. "
        "One of them said the attackers wore uniforms.",
    )
    speaker = items[1]["speaker"]
    assert (speaker["text"], speaker["kind"], speaker["anonymous"]) == ("One of them", "pronoun", True)
    assert speaker["resolved_from"]["text"].startswith("Two police officers")
    assert speaker["anonymous_source"]["number"] == 1 and speaker["anonymous_source"]["plural"] is False


def test_an_organisation_noun_is_not_a_hidden_person(attribution_nlp):
    (item,) = find(attribution_nlp, "The observer mission said it could not confirm the figures.")
    assert (item["speaker"]["text"], item["speaker"]["kind"]) == ("The observer mission", "named")


def test_a_title_case_headline_does_not_make_a_common_noun_a_name(attribution_nlp):
    (said,) = find(
        attribution_nlp,
        "Chaos As Witnesses Flee The Market Blast.\n\nThe blast hit at noon. Witnesses said the roof fell in.",
    )
    assert (said["speaker"]["text"], said["speaker"]["kind"]) == ("Witnesses", "anonymous")
