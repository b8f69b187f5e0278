"""Integrity checks and fact regression guards for the built-in people dictionary.

The file is read with plain PyYAML (not through the actors stage) so these tests guard the data
itself: shape, ids, dates, alias collisions, and a few facts whose dates drive `stale_role` flags.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from importlib import resources
from typing import Any

import pytest
import yaml

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ALPHA3 = re.compile(r"^[A-Z]{3}$")
CAMEO = re.compile(r"^[A-Z]{3,15}$")
# An org id is an alpha-3 state prefix plus slug, or a plain slug (groups, IGOs).
ORG = SLUG


def _load_people() -> list[dict[str, Any]]:
    text = resources.files("newsintel.nlp.actors").joinpath("data/people.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@pytest.fixture(scope="module")
def people() -> list[dict[str, Any]]:
    return _load_people()


@pytest.fixture(scope="module")
def by_id(people: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {entry["id"]: entry for entry in people}


def _as_date(value: Any, *, end: bool) -> dt.date:
    """Parse a YAML date that may be a date, 'YYYY-MM' or a YYYY int; widen partial dates."""
    if isinstance(value, dt.date):
        return value
    text = str(value)
    if re.fullmatch(r"\d{4}", text):
        return dt.date(int(text), 12, 31) if end else dt.date(int(text), 1, 1)
    if re.fullmatch(r"\d{4}-\d{2}", text):
        year, month = (int(part) for part in text.split("-"))
        if not end:
            return dt.date(year, month, 1)
        next_month = dt.date(year + month // 12, month % 12 + 1, 1)
        return next_month - dt.timedelta(days=1)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return dt.date.fromisoformat(text)
    raise AssertionError(f"not an ISO date: {value!r}")


def _role(entry: dict[str, Any], title: str, org: str) -> dict[str, Any]:
    matches = [r for r in entry["roles"] if r["title"] == title and r["org"] == org]
    assert len(matches) == 1, f"{entry['id']}: expected one {title!r} role at {org!r}"
    return matches[0]


def _held_on(entry: dict[str, Any], title: str, day: dt.date) -> bool:
    for role in entry["roles"]:
        if role["title"] != title:
            continue
        start = _as_date(role["from"], end=False)
        stop = _as_date(role["to"], end=True) if role.get("to") is not None else dt.date.max
        if start <= day <= stop:
            return True
    return False


# --- shape -------------------------------------------------------------------------------------


def test_is_a_list_of_at_least_300_people(people: list[dict[str, Any]]) -> None:
    assert isinstance(people, list)
    assert len(people) >= 300


def test_ids_are_unique_slugs(people: list[dict[str, Any]]) -> None:
    ids = [entry["id"] for entry in people]
    duplicates = [i for i, n in Counter(ids).items() if n > 1]
    assert duplicates == []
    assert [i for i in ids if not SLUG.match(i)] == []


def test_every_entry_is_a_typed_person(people: list[dict[str, Any]]) -> None:
    for entry in people:
        assert entry["type"] == "person", entry["id"]
        assert isinstance(entry["name"], str) and entry["name"], entry["id"]
        assert entry["country"] is None or ALPHA3.match(entry["country"]), entry["id"]
        assert entry["cameo"] is None or CAMEO.match(entry["cameo"]), entry["id"]
        assert isinstance(entry["aliases"], list) and entry["aliases"], entry["id"]
        assert all(isinstance(a, str) and a.strip() == a and a for a in entry["aliases"]), entry["id"]


def test_name_is_one_of_the_aliases(people: list[dict[str, Any]]) -> None:
    missing = [e["id"] for e in people if e["name"] not in e["aliases"]]
    assert missing == []


def test_every_role_has_title_org_from(people: list[dict[str, Any]]) -> None:
    for entry in people:
        assert entry["roles"], f"{entry['id']} has no roles"
        for role in entry["roles"]:
            assert {"title", "org", "from", "to"} <= set(role), (entry["id"], role)
            assert role["title"] == role["title"].lower(), (entry["id"], role["title"])
            assert ORG.match(role["org"]), (entry["id"], role["org"])
            for alias in role.get("title_aliases", []):
                assert alias == alias.lower(), (entry["id"], alias)


def test_role_dates_parse_and_are_ordered(people: list[dict[str, Any]]) -> None:
    for entry in people:
        for role in entry["roles"]:
            start = _as_date(role["from"], end=False)
            assert dt.date(1940, 1, 1) <= start <= dt.date(2026, 12, 31), (entry["id"], role)
            if role["to"] is not None:
                assert start <= _as_date(role["to"], end=True), (entry["id"], role)


def test_no_two_people_share_an_alias(people: list[dict[str, Any]]) -> None:
    owners: dict[str, set[str]] = {}
    for entry in people:
        for alias in entry["aliases"]:
            owners.setdefault(alias.casefold(), set()).add(entry["id"])
    shared = {alias: ids for alias, ids in owners.items() if len(ids) > 1}
    assert shared == {}


def test_aliases_are_not_repeated_within_an_entry(people: list[dict[str, Any]]) -> None:
    repeated = [e["id"] for e in people if len({a.casefold() for a in e["aliases"]}) != len(e["aliases"])]
    assert repeated == []


def test_roles_use_only_known_fields(people: list[dict[str, Any]]) -> None:
    allowed = {"title", "org", "from", "to", "title_aliases", "note"}
    extra = [(e["id"], sorted(set(r) - allowed)) for e in people for r in e["roles"] if set(r) - allowed]
    assert extra == []


# Surnames that are also ordinary words or place names: as stand-alone aliases they would link
# "a gallant effort", "Bondi Beach" or "Theresa May" wrongly, so they must never be aliases alone.
AMBIGUOUS_SURNAMES = {
    "gallant",
    "waltz",
    "bondi",
    "truss",
    "tusk",
    "garland",
    "may",
    "price",
    "miller",
    "rice",
    "power",
    "austin",
    "carter",
    "sales",
    "watson",
    "mujahid",
    "albanese",
    "petro",
}


def test_no_ambiguous_single_word_aliases(people: list[dict[str, Any]]) -> None:
    found = [(e["id"], a) for e in people for a in e["aliases"] if a.casefold() in AMBIGUOUS_SURNAMES]
    assert found == []


def _title_words(text: str) -> set[str]:
    # Same crude matching as the linker's stale-role check: content words cut to 6 letters.
    return {w[:6] for w in re.findall(r"[a-z]+", text.lower()) if w not in TITLE_STOP_WORDS}


TITLE_STOP_WORDS = {"of", "the", "for", "to", "and", "in", "on", "at", "a", "an"}


def test_title_aliases_do_not_look_stale_while_the_role_is_held(people: list[dict[str, Any]]) -> None:
    """An article that uses a role's own title or alias during that role must not match only
    other, inactive roles (that would be a false stale_role flag)."""
    problems = []
    for entry in people:
        spans = [
            (
                role,
                _as_date(role["from"], end=False),
                _as_date(role["to"], end=True) if role["to"] is not None else dt.date(2026, 12, 31),
            )
            for role in entry["roles"]
        ]
        for role, start, stop in spans:
            day = start + (stop - start) / 2
            for wording in [role["title"], *role.get("title_aliases", [])]:
                words = _title_words(wording)
                matching = [(s, e) for r, s, e in spans if words & _title_words(r["title"])]
                if matching and not any(s <= day <= e for s, e in matching):
                    problems.append((entry["id"], wording, day.isoformat()))
    assert problems == []


# --- facts (regression guards for stale_role flags) --------------------------------------------


def test_nathan_sales_was_counterterrorism_coordinator_2017_to_2021(by_id: dict) -> None:
    role = _role(by_id["nathan-sales"], "coordinator for counterterrorism", "usa-mfa")
    assert role["from"] == dt.date(2017, 8, 10)
    assert role["to"] == dt.date(2021, 1, 20)
    assert not _held_on(by_id["nathan-sales"], "coordinator for counterterrorism", dt.date(2023, 4, 27))


def test_adrienne_watson_was_nsc_spokesperson_in_april_2023(by_id: dict) -> None:
    assert _held_on(by_id["adrienne-watson"], "spokesperson", dt.date(2023, 4, 27))
    assert _role(by_id["adrienne-watson"], "spokesperson", "usa-nsc")["to"] == dt.date(2025, 1, 20)


def test_suhail_shaheen_heads_the_political_office_since_february_2022(by_id: dict) -> None:
    entry = by_id["suhail-shaheen"]
    assert _role(entry, "head of the political office", "taliban-political-office")["from"] == dt.date(2022, 2, 23)
    assert "Sohail Shaheen" in entry["aliases"]


def test_us_presidents_terms(by_id: dict) -> None:
    assert _held_on(by_id["barack-obama"], "president", dt.date(2016, 6, 1))
    assert not _held_on(by_id["donald-trump"], "president", dt.date(2023, 4, 27))
    assert _held_on(by_id["donald-trump"], "president", dt.date(2025, 6, 1))
    assert _held_on(by_id["joe-biden"], "president", dt.date(2023, 4, 27))


def test_taliban_and_islamic_state_leaders(by_id: dict) -> None:
    akhundzada = _role(by_id["hibatullah-akhundzada"], "supreme leader", "taliban")
    assert akhundzada["from"] == dt.date(2016, 5, 25) and akhundzada["to"] is None
    baghdadi = _role(by_id["abu-bakr-al-baghdadi"], "caliph", "islamic-state")
    assert baghdadi["to"] == dt.date(2019, 10, 27)


def test_transliterations_are_aliases(by_id: dict) -> None:
    assert {"Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy"} <= set(
        by_id["volodymyr-zelenskyy"]["aliases"]
    )
    assert {"Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"} <= set(by_id["recep-tayyip-erdogan"]["aliases"])
    assert "MBS" in by_id["mohammed-bin-salman"]["aliases"]


def test_lavrov_has_been_foreign_minister_throughout(by_id: dict) -> None:
    role = _role(by_id["sergey-lavrov"], "foreign minister", "rus-mfa")
    assert role["from"] == dt.date(2004, 3, 9) and role["to"] is None


def test_jack_teixeira_still_listed_as_airman_at_fixture_date(by_id: dict) -> None:
    # The April 2023 reporting calls him an Air National Guard member: that must not be stale.
    assert _held_on(by_id["jack-teixeira"], "airman", dt.date(2023, 4, 27))


def test_iranian_supreme_leader_succession_2026(by_id: dict) -> None:
    assert _role(by_id["ali-khamenei"], "supreme leader", "irn-gov")["to"] == dt.date(2026, 2, 28)
    assert not _held_on(by_id["mojtaba-khamenei"], "supreme leader", dt.date(2025, 6, 1))


def test_leaders_killed_in_2024(by_id: dict) -> None:
    assert _role(by_id["hassan-nasrallah"], "secretary-general", "hezbollah")["to"] == dt.date(2024, 9, 27)
    assert _role(by_id["ismail-haniyeh"], "head of the political bureau", "hamas")["to"] == dt.date(2024, 7, 31)
    assert _role(by_id["yahya-sinwar"], "head of the political bureau", "hamas")["to"] == dt.date(2024, 10, 16)


def test_zelenskyy_and_assad_dates(by_id: dict) -> None:
    assert _role(by_id["volodymyr-zelenskyy"], "president", "ukr-gov")["from"] == dt.date(2019, 5, 20)
    assert not _held_on(by_id["bashar-al-assad"], "president", dt.date(2025, 1, 1))
    assert _held_on(by_id["ahmed-al-sharaa"], "president", dt.date(2025, 6, 1))
