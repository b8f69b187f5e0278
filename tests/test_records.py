import json

import pytest

from newsintel.export.frames import report_frames
from newsintel.records import (
    Actor,
    AnonymousSource,
    Attribution,
    Claim,
    ClaimRelation,
    DateMention,
    Document,
    Event,
    Flag,
    Place,
    Report,
    Span,
    Speaker,
)
from newsintel.schema import validate_report

TEXT = "Two US officials said the militants attacked Kabul on Monday."


def sample_report() -> Report:
    officials = Span.of(TEXT, 0, 16)
    return Report(
        document=Document(id="doc1", text=TEXT, title="t", published="2023-04-27"),
        actors=[
            Actor(
                id="usa-gov",
                name="US government",
                type="government",
                country="USA",
                cameo="USAGOV",
                mentions=[officials],
            )
        ],
        attributions=[
            Attribution(
                id="a1",
                kind="indirect",
                content=[Span.of(TEXT, 22, 61)],
                cue=Span.of(TEXT, 17, 21),
                speaker=Speaker(
                    text="Two US officials",
                    span=officials,
                    actor="usa-gov",
                    anonymous=True,
                    kind="anonymous",
                    anonymous_source=AnonymousSource(role="official", country="USA", number=2, plural=True),
                ),
            )
        ],
        events=[
            Event(
                id="e1",
                trigger=Span.of(TEXT, 36, 44),
                cameo="190",
                plover="ASSAULT",
                mode="reported",
                target_text="Kabul",
                place="p1",
                date="2023-04-24",
                attribution="a1",
            )
        ],
        places=[
            Place(
                id="p1",
                name="Kabul",
                kind="city",
                country="AFG",
                lat=34.53,
                lon=69.17,
                geonameid=1138958,
                mentions=[Span.of(TEXT, 45, 50)],
            )
        ],
        dates=[DateMention(id="d1", span=Span.of(TEXT, 51, 60), value="2023-04-24", granularity="day")],
        claims=[Claim(id="c1", text=TEXT[22:61], attribution="a1", speaker="usa-gov")],
        claim_relations=[ClaimRelation(source="c1", target="c1", relation="supports", evidence="test")],
        flags=[Flag(kind="stale_role", message="m", span=None)],
    )


def test_span_of_takes_the_text_between_offsets():
    assert Span.of(TEXT, 4, 6) == Span(4, 6, "US")


def test_report_round_trips_through_json():
    report = sample_report()
    data = json.loads(report.to_json())
    again = Report.from_dict(data)
    assert again.to_dict() == report.to_dict()


def test_report_dict_is_valid_against_the_shipped_schema():
    validate_report(sample_report().to_dict())


def test_relation_uses_from_and_to_keys():
    data = sample_report().to_dict()["claim_relations"][0]
    assert (data["from"], data["to"], data["relation"]) == ("c1", "c1", "supports")
    assert "source" not in data and "target" not in data


def test_sourcing_counts_by_speaker_kind_and_quote_kind():
    sourcing = sample_report().to_dict()["sourcing"]
    contract = {
        key: sourcing[key]
        for key in ("named", "anonymous", "pronoun", "document", "none", "direct", "indirect", "mixed", "second_hand")
    }
    assert contract == {
        "named": 0,
        "anonymous": 1,
        "pronoun": 0,
        "document": 0,
        "none": 0,
        "direct": 0,
        "indirect": 1,
        "mixed": 0,
        "second_hand": 0,
    }


def test_schema_rejects_a_missing_required_key():
    import jsonschema

    data = sample_report().to_dict()
    del data["events"][0]["mode"]
    with pytest.raises(jsonschema.ValidationError):
        validate_report(data)


def test_report_frames_gives_one_frame_per_item_type():
    frames = report_frames(sample_report())
    assert list(frames["events"]["cameo"]) == ["190"]
    assert list(frames["attributions"]["speaker_text"]) == ["Two US officials"]
    assert set(frames) >= {"actors", "attributions", "events", "places", "claims", "sourcing"}
