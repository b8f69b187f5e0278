"""Which resolved place an event takes (nlp.events.record.placing), on sentences written for the tests."""

from __future__ import annotations

import pytest

from newsintel.nlp.events.record.placing import _backs_province, _same_name


def _event_place(report):
    event = next(e for e in report.events if e.acled_event_type)
    place = {p.id: p for p in report.places}[event.place]
    return place.name, place.kind, place.country, event.place_precision


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a namesake abroad does not hold the event the text puts in another country or province
        ("On 3 May 2024, militants attacked a police post in Paris, Kenya.", ("Kenya", "country", "KEN", 3)),
        (
            "On 3 May 2024, soldiers clashed with rebels in Lisbon village, Kaduna State, Nigeria.",
            ("Kaduna", "admin1", "NGA", 3),
        ),
        # a part of a town: the town, not a city of the same name elsewhere
        ("On 3 May 2024, gunmen killed a trader in the Bristol neighbourhood of Lagos.", ("Lagos", "city", "NGA", 1)),
        # a district written in the province it is in: the district
        (
            "On 3 May 2024, an airstrike killed three fighters in Arghandab district in Kandahar.",
            ("Arghandāb", "other", "AFG", 2),
        ),
        # a town with its province in brackets: the town
        ("On 3 May 2024, rebels shelled the town of Taunggyi (Shan State).", ("Taunggyi", "city", "MMR", 1)),
        # a district bracketed after the country it is in is no container of the country: the district
        # ("in the west of": near it, precision 2)
        (
            "On 3 May 2024, militia fighters shelled a market in the west of Ataq district in southern Yemen"
            " (Ataq, Shabwa).",
            ("Ataq", "other", "YEM", 2),
        ),
        # a town the gazetteer puts just across the border of the province the text names: the town
        ("On 3 May 2024, gunmen killed two farmers in Ringim (Ringim LGA, Kano State).", ("Ringim", "city", "NGA", 1)),
        # a place that names a road is not where the event was: the other place of the sentence
        (
            "On 3 May 2024, traders blocked the Kano-Zaria highway and stoned police officers in Katsina.",
            ("Katsina", "city", "NGA", 1),
        ),
        # "X village under Y police station in Z district": Z is X's container, X far from Z a namesake
        (
            "On 3 May 2024, two groups clashed at Rampur village under Luni police station in Jodhpur district.",
            ("Jodhpur", "other", "IND", 2),
        ),
        # where the rockets came from is not where the event was: where they went
        ("On 3 May 2024, militants fired two rockets from Kilis into Hatay.", ("Antakya", "city", "TUR", 1)),
        # a bracket followed by ", and <verb>" is the place's containers, not a list of places
        (
            "On 3 May 2024, gunmen attacked the village of Daura (Funtua, Katsina), and stole cattle.",
            ("Funtua", "city", "NGA", 1),
        ),
    ],
)
def test_the_event_takes_the_place_that_fits(analyze_text, text, expected):
    assert _event_place(analyze_text(text, published="2024-05-04")) == expected


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Sa'dah", "Sadah", True),
        ("Nord-Kivu", "North Kivu", True),
        ("Red Sea", "Red Sea State", True),
        ("Banten", "Jakarta Raya", False),
        ("Punjab", "Sindh", False),
    ],
)
def test_province_names_written_differently(first, second, same):
    assert _same_name(first, second) is same


class _Places:
    """The one attribute `_backs_province` reads of the places of a Doc."""

    def __init__(self, places: dict[str, dict]) -> None:
        self.places = places


@pytest.mark.parametrize(
    ("district_lat", "backs"),
    [
        (10.2, False),  # the district 22 km from the town: the town is its, the provinces disagree
        (11.0, True),  # 111 km away: the town the gazetteer found is a namesake
    ],
)
def test_a_district_backs_the_province_only_far_from_the_town(district_lat, backs):
    town = {"name": "Alpha", "kind": "city", "admin1": "North", "lat": 10.0, "lon": 5.0}
    district = {"name": "Beta", "kind": "other", "admin1": "South", "lat": district_lat, "lon": 5.0}
    province = {"name": "South", "kind": "admin1", "lat": 10.5, "lon": 5.5}
    context = _Places({"p1": town, "p2": district, "p3": province})
    assert _backs_province(context, town, ["p2", "p3"], province) is backs
