"""The newsintel_claims stage on short articles written for these tests.

Attributions and actors are built by hand (as the attribution and actor stages would store
them), so that these tests pin the claims stage alone; the parse comes from the spaCy model.
"""

from __future__ import annotations

import pytest

from newsintel.errors import DictionaryError
from newsintel.nlp.claims.rules import load_rules, parse_rules

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def parser(model_name):
    from newsintel.nlp.load import load_model

    return load_model(model_name)


@pytest.fixture(scope="module")
def extractor():
    from newsintel.nlp.claims.component import ClaimExtractor

    return ClaimExtractor()


def _span(text: str, part: str, after: int = 0) -> dict:
    start = text.index(part, after)
    return {"start": start, "end": start + len(part), "text": part}


def said(text, aid, speaker, content, cue="said", kind="named", stance="neutral", via=None, actor=None):
    """An attribution; the cue and content are looked for in the speaker's sentence."""
    who = _span(text, speaker)
    sentence = text.rfind(". ", 0, who["start"]) + 1
    return {
        "id": aid,
        "kind": "indirect",
        "content": [_span(text, content, sentence)] if content else [],
        "speaker": {"text": speaker, "span": who, "actor": actor, "kind": kind, "anonymous": kind == "anonymous"},
        "cue": _span(text, cue, sentence),
        "via": via,
        "cue_lemma": None,
        "stance": stance,
    }


def run(parser, extractor, text, attributions, actors=()):
    doc = parser(text)
    doc._.ni_actors = [dict(a) for a in actors]
    doc._.ni_attributions = attributions
    extractor(doc)
    return doc._.ni_claims, doc._.ni_claim_relations


def _triples(relations):
    return [(r["from"], r["relation"], r["to"], r["rule"]) for r in relations]


def test_claim_record_and_normalised_form(parser, extractor):
    text = "Two officials said the rebels could attack the port. The storm ended."
    claims, relations = run(
        parser,
        extractor,
        text,
        [said(text, "a1", "Two officials", "the rebels could attack the port", kind="anonymous")],
    )
    first = claims[0]
    assert {
        k: first[k]
        for k in (
            "id",
            "text",
            "attribution",
            "speaker_text",
            "speaker_kind",
            "stance",
            "subject",
            "predicate",
            "object",
            "polarity",
            "modality",
            "time",
        )
    } == {
        "id": "c1",
        "text": "the rebels could attack the port",
        "attribution": "a1",
        "speaker_text": "Two officials",
        "speaker_kind": "anonymous",
        "stance": "neutral",
        "subject": "rebel",
        "predicate": "attack",
        "object": "port",
        "polarity": "positive",
        "modality": "could",
        "time": None,
    }
    assert first["span"] == _span(text, "the rebels could attack the port")
    assert claims[1]["text"] == "The storm ended."
    assert (claims[1]["speaker_kind"], claims[1]["attribution"]) == ("none", None)
    assert relations == []


def test_explicit_denial_of_a_named_report(parser, extractor):
    text = (
        "A leaked army report said the militia controls the northern valley. "
        "The militia denounced the army report as false."
    )
    claims, relations = run(
        parser,
        extractor,
        text,
        [said(text, "a1", "A leaked army report", "the militia controls the northern valley", kind="document")],
    )
    assert claims[1]["speaker_text"] == "militia" and claims[1]["stance"] == "denial"
    assert _triples(relations) == [("c2", "denies", "c1", "denial-verb")]
    assert relations[0]["confidence"] == 0.85
    assert [s["text"] for s in relations[0]["evidence_spans"]] == ["denounced", "the army report"]


def test_rebuttal_of_a_news_report(parser, extractor):
    text = (
        "Officials told the Herald that the rebels seized the dam. "
        "A rebel commander said the report does not reflect reality."
    )
    actors = [{"id": "herald", "name": "The Herald", "type": "media", "mentions": [_span(text, "the Herald")]}]
    claims, relations = run(
        parser,
        extractor,
        text,
        [
            said(
                text, "a0", "the Herald", None, cue="told", actor="herald"
            ),  # the outlet relayed, no content of its own
            said(text, "a1", "Officials", "the rebels seized the dam", cue="told", kind="anonymous", via="a0"),
            said(text, "a2", "A rebel commander", "the report does not reflect reality", kind="anonymous"),
        ],
        actors,
    )
    assert [c["text"] for c in claims] == ["the rebels seized the dam", "the report does not reflect reality"]
    assert claims[0]["via"] == "a0"
    assert _triples(relations) == [("c2", "denies", "c1", "rebuttal")]


def test_corroboration_of_a_source(parser, extractor):
    text = (
        "Human rights monitors said the checkpoint was shelled on Friday. "
        "Satellite images confirm the monitors' account, analysts said."
    )
    claims, relations = run(
        parser,
        extractor,
        text,
        [
            said(text, "a1", "Human rights monitors", "the checkpoint was shelled on Friday"),
            said(text, "a2", "analysts", "Satellite images confirm the monitors' account", kind="anonymous"),
        ],
    )
    assert _triples(relations) == [("c2", "supports", "c1", "corroboration")]


def test_exclusive_states_contradict(parser, extractor):
    text = (
        "The governor said the insurgents have been defeated in the province. "
        "A police report said the insurgents still operate in the province."
    )
    claims, relations = run(
        parser,
        extractor,
        text,
        [
            said(text, "a1", "The governor", "the insurgents have been defeated in the province"),
            said(text, "a2", "A police report", "the insurgents still operate in the province", kind="document"),
        ],
    )
    assert _triples(relations) == [("c2", "contradicts", "c1", "exclusive-states")]


def test_opposite_polarity_contradicts(parser, extractor):
    text = "The ministry said the convoy reached the town. Aid workers said the convoy did not reach the town."
    claims, relations = run(
        parser,
        extractor,
        text,
        [
            said(text, "a1", "The ministry", "the convoy reached the town"),
            said(text, "a2", "Aid workers", "the convoy did not reach the town", kind="anonymous"),
        ],
    )
    assert claims[1]["polarity"] == "negative"
    assert _triples(relations) == [("c2", "contradicts", "c1", "opposite-polarity")]


def test_denied_proposition(parser, extractor):
    text = "Witnesses said troops shelled the market. The ministry denied that troops shelled the market."
    claims, relations = run(
        parser,
        extractor,
        text,
        [
            said(text, "a1", "Witnesses", "troops shelled the market", kind="anonymous"),
            said(text, "a2", "The ministry", "troops shelled the market", cue="denied", stance="denial"),
        ],
    )
    assert _triples(relations) == [("c2", "denies", "c1", "denied-proposition")]


def test_same_proposition_from_another_source_supports(parser, extractor):
    text = (
        "Witnesses said the rebels captured the airport. "
        "An army spokesman said the rebels captured the airport after heavy fighting."
    )
    claims, relations = run(
        parser,
        extractor,
        text,
        [
            said(text, "a1", "Witnesses", "the rebels captured the airport", kind="anonymous"),
            said(
                text,
                "a2",
                "An army spokesman",
                "the rebels captured the airport after heavy fighting",
                kind="anonymous",
            ),
        ],
    )
    assert _triples(relations) == [("c2", "supports", "c1", "same-proposition")]


def test_unrelated_and_hedged_claims_on_one_topic_are_not_linked(parser, extractor):
    text = (
        "The army said the rebels captured the airport. Residents said the rebels opened a school. "
        "Officials said the rebels could regroup in the mountains. The governor said the rebels have been defeated."
    )
    claims, relations = run(
        parser,
        extractor,
        text,
        [
            said(text, "a1", "The army", "the rebels captured the airport"),
            said(text, "a2", "Residents", "the rebels opened a school", kind="anonymous"),
            said(text, "a3", "Officials", "the rebels could regroup in the mountains", kind="anonymous"),
            said(text, "a4", "The governor", "the rebels have been defeated"),
        ],
    )
    assert len(claims) == 4
    assert relations == []


def test_rules_file_errors_name_the_problem():
    with pytest.raises(DictionaryError, match="'modal_auxiliaries' must be a list"):
        parse_rules({"modal_auxiliaries": "could"}, path="x.yaml")
    assert "deny" in load_rules().denial_verbs


def test_wire_dateline_is_not_part_of_the_claim(parser, extractor):
    text = "KABUL (Reuters) - Militants attacked a checkpoint overnight, a spokesman said."
    claims, _ = run(
        parser,
        extractor,
        text,
        [
            said(
                text,
                "a1",
                "a spokesman",
                "KABUL (Reuters) - Militants attacked a checkpoint overnight",
                kind="anonymous",
            )
        ],
    )
    assert claims[0]["text"] == "Militants attacked a checkpoint overnight"
    assert claims[0]["span"]["start"] == text.index("Militants")
