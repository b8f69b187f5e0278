"""Integrity of the built-in actor dictionaries (src/newsintel/nlp/actors/data/*.yaml).

Reads the YAML with plain PyYAML, so these checks do not depend on the linking code: ids,
required fields, types, ISO codes, references between entries, dates, counts, and aliases that
two entries share without saying so.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import defaultdict
from importlib import resources
from typing import Any

import pycountry
import pytest
import yaml

DATA_PACKAGE = "newsintel.nlp.actors.data"
ACTOR_FILES = (
    "countries.yaml",
    "institutions.yaml",
    "groups.yaml",
    "organisations.yaml",
    "media.yaml",
    "communities.yaml",
)
# Files written by other helpers in the same format are checked too when present; agents.yaml
# has its own format (owned by the linking code) and is left out.
OPTIONAL_FILES = ("people.yaml",)

TYPES = {
    "state",
    "government",
    "military",
    "police",
    "intelligence",
    "ministry",
    "legislature",
    "judiciary",
    "insurgent",
    "militant",
    "terrorist",
    "party",
    "igo",
    "ngo",
    "media",
    "company",
    "person",
    "religious",
    "other",
}
ARMED_TYPES = {"insurgent", "militant", "terrorist"}
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
CAMEO_PATTERN = re.compile(r"^[A-Z]{3}(?:[A-Z]{3})*$")
PARTIAL_DATE = re.compile(r"^\d{4}(?:-\d{2})?$")
# Codes in use that are not ISO 3166-1: Kosovo's user-assigned code.
EXTRA_COUNTRY_CODES = {"XKX"}
REFERENCE_FIELDS = ("parent", "successor")


def _read(name: str) -> list[dict[str, Any]] | None:
    resource = resources.files(DATA_PACKAGE) / name
    if not resource.is_file():
        return None
    entries = yaml.safe_load(resource.read_text(encoding="utf-8"))
    assert isinstance(entries, list), f"{name}: top level must be a list of entries"
    return entries


@pytest.fixture(scope="module")
def files() -> dict[str, list[dict[str, Any]]]:
    loaded = {}
    for name in ACTOR_FILES:
        entries = _read(name)
        assert entries is not None, f"{name} is missing from {DATA_PACKAGE}"
        loaded[name] = entries
    for name in OPTIONAL_FILES:
        entries = _read(name)
        if entries is not None:
            loaded[name] = entries
    return loaded


@pytest.fixture(scope="module")
def entries(files) -> list[dict[str, Any]]:
    return [entry for file_entries in files.values() for entry in file_entries]


@pytest.fixture(scope="module")
def by_id(entries) -> dict[str, dict[str, Any]]:
    return {entry["id"]: entry for entry in entries}


def _is_date(value: Any) -> bool:
    if value is None or isinstance(value, dt.date):
        return True
    if isinstance(value, int):
        return 1000 <= value <= 2100
    if isinstance(value, str):
        if PARTIAL_DATE.match(value):
            return True
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return False
        return True
    return False


def _day(value: Any, *, end: bool) -> dt.date:
    """A (possibly partial) date as a day: the first or last day it can mean."""
    if value is None:
        return dt.date.max if end else dt.date.min
    if isinstance(value, dt.date):
        return value
    text = str(value)
    if len(text) == 4:
        return dt.date(int(text), 12, 31) if end else dt.date(int(text), 1, 1)
    if len(text) == 7:
        year, month = int(text[:4]), int(text[5:])
        if not end:
            return dt.date(year, month, 1)
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return dt.date.fromisoformat(text)


def _surface_key(surface: str, entry: dict[str, Any] | None = None) -> str:
    # ALL-CAPS acronyms and an entry's case_sensitive_aliases match with their capitalisation,
    # everything else case-insensitively.
    if surface.isupper() or surface in ((entry or {}).get("case_sensitive_aliases") or []):
        return "=" + surface
    return surface.casefold()


def government_on(state: dict[str, Any], day: dt.date) -> str | None:
    for period in state.get("governments") or []:
        if _day(period.get("from"), end=False) <= day <= _day(period.get("to"), end=True):
            return period["actor"]
    return None


def test_ids_are_unique_and_well_formed(entries):
    seen: dict[str, int] = defaultdict(int)
    for entry in entries:
        assert ID_PATTERN.match(str(entry.get("id", ""))), f"bad id: {entry.get('id')!r}"
        seen[entry["id"]] += 1
    duplicates = sorted(i for i, n in seen.items() if n > 1)
    assert duplicates == []


def test_required_fields_and_types(entries):
    for entry in entries:
        for field in ("id", "name", "type", "country", "cameo", "aliases"):
            assert field in entry, f"{entry.get('id')}: missing {field}"
        assert isinstance(entry["name"], str) and entry["name"].strip(), entry["id"]
        assert entry["type"] in TYPES, f"{entry['id']}: unknown type {entry['type']!r}"
        assert isinstance(entry["aliases"], list), entry["id"]
        for key in ("aliases", "short_aliases", "demonyms", "ambiguous_aliases"):
            values = entry.get(key) or []
            assert all(isinstance(v, str) and v.strip() for v in values), f"{entry['id']}: {key}"
            assert len(values) == len(set(values)), f"{entry['id']}: duplicate {key}"


# Surfaces that are ordinary English words (after a leading "the"): an alias equal to one must
# be ALL-CAPS, carry a capital after its first letter (LeT, MoD), or be listed in the entry's
# case_sensitive_aliases, or a phrase matcher would fire on "let", "dawn", "the post".
# (Definite descriptions kept as short_aliases, "the alliance", "the Senate", are meant to match
# in any case once the full name has appeared, so they are not listed here.)
COMMON_WORDS = {
    "is",
    "us",
    "it",
    "am",
    "an",
    "as",
    "at",
    "be",
    "by",
    "do",
    "go",
    "he",
    "if",
    "in",
    "me",
    "my",
    "no",
    "of",
    "on",
    "or",
    "so",
    "to",
    "up",
    "we",
    "let",
    "hum",
    "mod",
    "aid",
    "all",
    "can",
    "may",
    "man",
    "war",
    "who",
    "dawn",
    "time",
    "sun",
    "hill",
    "post",
    "times",
    "journal",
    "guardian",
    "independent",
    "amnesty",
    "discord",
    "telegram",
    "turkey",
    "chad",
    "jordan",
    "china",
    "japan",
    "guinea",
    "chile",
    "panama",
    "polish",
    "pole",
    "poles",
    "care",
    "site",
    "plan",
    "raw",
    "mit",
    "punch",
    "national",
    "news",
    "atlantic",
    "economist",
    "intercept",
    "hindu",
    "telegraph",
    "foreign policy",
    "foreign affairs",
    "irrawaddy",
}


def _is_case_safe(alias: str, entry: dict[str, Any]) -> bool:
    if alias.isupper():
        return True
    if " " not in alias and any(c.isupper() for c in alias[1:]):
        return True
    return alias in (entry.get("case_sensitive_aliases") or [])


def test_english_word_aliases_are_case_sensitive(entries):
    risky = []
    for entry in entries:
        for alias in (entry.get("aliases") or []) + (entry.get("short_aliases") or []) + (entry.get("demonyms") or []):
            bare = alias.casefold().removeprefix("the ")
            if bare in COMMON_WORDS and not _is_case_safe(alias, entry):
                risky.append((entry["id"], alias))
    assert risky == []


def test_case_sensitive_aliases_are_aliases(entries):
    for entry in entries:
        surfaces = set(
            (entry.get("aliases") or []) + (entry.get("short_aliases") or []) + (entry.get("demonyms") or [])
        )
        for alias in entry.get("case_sensitive_aliases") or []:
            assert alias in surfaces, f"{entry['id']}: case-sensitive {alias!r} is not one of its aliases"


def test_country_codes_are_iso_alpha3(entries):
    for entry in entries:
        code = entry["country"]
        if code is None:
            continue
        assert code in EXTRA_COUNTRY_CODES or pycountry.countries.get(alpha_3=code) is not None, (
            f"{entry['id']}: {code!r} is not an alpha-3 code"
        )


def test_cameo_codes_are_well_formed(entries):
    for entry in entries:
        if entry["cameo"] is not None:
            assert CAMEO_PATTERN.match(entry["cameo"]), f"{entry['id']}: cameo {entry['cameo']!r}"


PLOVER_ACTOR_TYPES = {
    "GOV",
    "MIL",
    "REB",
    "OPP",
    "PTY",
    "COP",
    "JUD",
    "SPY",
    "LEG",
    "IGO",
    "NGO",
    "MED",
    "CRM",
    "BUS",
    "CVL",
    "EDU",
    "REL",
    "LAB",
    "REF",
    "HLH",
}
DESIGNATIONS = {"us-fto", "us-sdgt", "us-tco", "un-1267"}


def test_plover_types_and_designations_are_known(entries):
    for entry in entries:
        plover = entry.get("plover")
        if plover is not None:
            assert plover.get("actor_type") in PLOVER_ACTOR_TYPES, f"{entry['id']}: plover {plover}"
        for designation in entry.get("designations") or []:
            assert designation in DESIGNATIONS, f"{entry['id']}: designation {designation!r}"


@pytest.mark.parametrize("name", ACTOR_FILES + OPTIONAL_FILES)
def test_references_point_to_existing_entries(files, by_id, name):
    if name not in files:
        pytest.skip(f"{name} is not in {DATA_PACKAGE}")
    for entry in files[name]:
        refs = [entry.get(field) for field in REFERENCE_FIELDS]
        refs += list(entry.get("affiliations") or [])
        refs += [period["actor"] for period in entry.get("governments") or []]
        refs += [m["actor"] for m in entry.get("metonyms") or [] if isinstance(m, dict)]
        refs += [role.get("org") for role in entry.get("roles") or []]
        for ref in refs:
            assert ref is None or ref in by_id, f"{entry['id']}: unknown id {ref!r}"
        assert entry.get("parent") != entry["id"], f"{entry['id']} is its own parent"


def test_parent_chains_end(by_id):
    for start in by_id:
        seen = [start]
        current = by_id[start].get("parent")
        while current in by_id:
            assert current not in seen, f"parent cycle: {' -> '.join(seen + [current])}"
            seen.append(current)
            current = by_id[current].get("parent")


def test_dates_parse(entries):
    for entry in entries:
        periods = [entry]
        periods += entry.get("governments") or []
        periods += [m for m in entry.get("metonyms") or [] if isinstance(m, dict)]
        periods += entry.get("roles") or []
        for period in periods:
            for key in ("from", "to"):
                assert _is_date(period.get(key)), f"{entry['id']}: bad {key} {period.get(key)!r}"
            start = _day(period.get("from"), end=False)
            stop = _day(period.get("to"), end=True)
            assert start <= stop, f"{entry['id']}: period ends before it starts"


def test_governments_do_not_overlap(entries):
    for entry in entries:
        periods = entry.get("governments") or []
        spans = [(_day(p.get("from"), end=False), _day(p.get("to"), end=True)) for p in periods]
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert end < start, f"{entry['id']}: governments overlap or are out of order"


def test_metonyms_are_names_or_dated_actors(entries):
    for entry in entries:
        for metonym in entry.get("metonyms") or []:
            if isinstance(metonym, dict):
                assert {"name", "actor"} <= set(metonym), f"{entry['id']}: metonym {metonym}"
            else:
                assert isinstance(metonym, str) and metonym.strip(), entry["id"]


def test_counts(files):
    states = [e for e in files["countries.yaml"] if e["type"] == "state"]
    members = [e for e in states if e.get("status") == "UN member state"]
    assert len(members) == 193
    assert len(states) >= 195
    armed = [e for e in files["groups.yaml"] if e["type"] in ARMED_TYPES]
    assert len(armed) >= 150


def test_every_state_says_who_governs(files, by_id):
    for state in files["countries.yaml"]:
        if state["type"] == "state" and state.get("status") != "territory":
            assert state.get("governments"), f"{state['id']}: no governments"
            for period in state["governments"]:
                assert by_id[period["actor"]]["type"] in {"government", "insurgent", "military"}


def test_no_alias_is_shared_by_accident(entries):
    owners: dict[str, set[str]] = defaultdict(set)
    declared: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        for surface in (entry.get("aliases") or []) + (entry.get("demonyms") or []):
            owners[_surface_key(surface, entry)].add(entry["id"])
        for surface in entry.get("ambiguous_aliases") or []:
            declared[_surface_key(surface, entry)].add(entry["id"])
    clashes = {surface: sorted(ids) for surface, ids in owners.items() if len(ids) > 1 and not ids <= declared[surface]}
    assert clashes == {}


def test_ambiguous_aliases_are_really_shared(entries):
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        for surface in (entry.get("aliases") or []) + (entry.get("demonyms") or []):
            owners[_surface_key(surface, entry)].add(entry["id"])
    for entry in entries:
        for surface in entry.get("ambiguous_aliases") or []:
            assert entry["id"] in owners[_surface_key(surface, entry)], f"{entry['id']}: {surface}"


def test_metonyms_are_not_other_actors_names(entries):
    names: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        for surface in (entry.get("aliases") or []) + (entry.get("demonyms") or []):
            names[surface.casefold()].add(entry["id"])
    for entry in entries:
        for metonym in entry.get("metonyms") or []:
            name = metonym if isinstance(metonym, str) else metonym["name"]
            others = names.get(name.casefold(), set()) - {entry["id"]}
            assert not others, f"{entry['id']}: metonym {name!r} is also a name of {sorted(others)}"


@pytest.mark.parametrize(
    ("state", "day", "expected"),
    [
        ("afg", dt.date(2019, 6, 1), "afg-republic"),
        ("afg", dt.date(2021, 8, 14), "afg-republic"),
        ("afg", dt.date(2021, 8, 15), "taliban"),
        ("afg", dt.date(2023, 4, 27), "taliban"),
        ("syr", dt.date(2024, 12, 7), "syr-assad-regime"),
        ("syr", dt.date(2025, 3, 1), "syr-gov"),
        ("usa", dt.date(2023, 4, 27), "usa-gov"),
        ("mmr", dt.date(2022, 1, 1), "mmr-gov"),
        ("mmr", dt.date(2018, 1, 1), "mmr-civilian-gov"),
        ("afg", dt.date(1999, 1, 1), "taliban"),
        ("irq", dt.date(2002, 1, 1), "irq-baath-regime"),
        ("irq", dt.date(2010, 1, 1), "irq-gov"),
        ("lby", dt.date(2010, 1, 1), "lby-gaddafi-regime"),
        ("lby", dt.date(2023, 1, 1), "lby-gov"),
        ("sdn", dt.date(2018, 1, 1), "sdn-bashir-regime"),
        ("sdn", dt.date(2023, 6, 1), "sdn-gov"),
    ],
)
def test_government_by_date(by_id, state, day, expected):
    assert government_on(by_id[state], day) == expected


@pytest.mark.parametrize(
    ("actor", "surface"),
    [
        ("taliban", "Islamic Emirate"),
        ("islamic-state", "IS"),
        ("islamic-state", "Daesh"),
        ("isis-k", "ISIS-K"),
        ("usa", "the United States"),
        ("usa-mod", "the Pentagon"),
        ("usa-mod", "Defence Department"),
        ("usa-white-house", "the White House"),
        ("usa-nsc", "National Security Council"),
        ("usa-mfa", "State Department"),
        ("usa-biden-administration", "the Biden administration"),
        ("washington-post", "The Washington Post"),
        ("usa-national-guard", "Air National Guard"),
    ],
)
def test_key_actors_have_their_news_names(by_id, actor, surface):
    assert surface.casefold() in {a.casefold() for a in by_id[actor]["aliases"]}


def test_parents_link_branches(by_id):
    assert by_id["isis-k"]["parent"] == "islamic-state"
    assert by_id["aqap"]["parent"] == "al-qaeda"
    assert by_id["qassam-brigades"]["parent"] == "hamas"


@pytest.mark.parametrize(
    ("script", "generated"),
    [("build_countries.py", "countries.yaml"), ("build_institutions.py", "institutions.yaml")],
)
def test_generated_files_match_their_scripts(tmp_path, script, generated):
    """countries.yaml and institutions.yaml are generated: a hand edit would be lost."""
    import subprocess
    import sys
    from pathlib import Path

    scripts = Path(__file__).resolve().parents[2] / "scripts"
    if not (scripts / script).is_file():
        pytest.skip(f"{scripts / script} is not in this checkout")
    subprocess.run([sys.executable, str(scripts / script), "--out", str(tmp_path)], check=True, capture_output=True)
    shipped = (resources.files(DATA_PACKAGE) / generated).read_text(encoding="utf-8")
    assert (tmp_path / generated).read_text(encoding="utf-8") == shipped


def metonym_on(state: dict[str, Any], name: str, day: dt.date) -> str | None:
    """The actor a place name stands for on `day`: a dated metonym, else the government."""
    for metonym in state.get("metonyms") or []:
        if isinstance(metonym, dict) and metonym["name"] == name:
            if _day(metonym.get("from"), end=False) <= day <= _day(metonym.get("to"), end=True):
                return metonym["actor"]
        elif metonym == name:
            return government_on(state, day)
    return None


@pytest.mark.parametrize(
    ("state", "name", "day", "expected"),
    [
        ("yem", "Sanaa", dt.date(2010, 1, 1), "yem-gov"),
        ("yem", "Sanaa", dt.date(2016, 1, 1), "houthis"),
        ("yem", "Aden", dt.date(2020, 1, 1), "yem-gov"),
        ("lby", "Tripoli", dt.date(2010, 1, 1), "lby-gaddafi-regime"),
        ("lby", "Tripoli", dt.date(2023, 1, 1), "lby-gov"),
        ("afg", "Kabul", dt.date(2023, 4, 27), "taliban"),
        ("usa", "Washington", dt.date(2023, 4, 27), "usa-gov"),
        ("rus", "Moscow", dt.date(2023, 4, 27), "rus-gov"),
    ],
)
def test_metonym_by_date(by_id, state, name, day, expected):
    assert metonym_on(by_id[state], name, day) == expected
