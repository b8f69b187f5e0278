"""Actor dictionaries: newsintel YAML, TABARI/PETRARCH actors and agents, merging, matching."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsintel.errors import DictionaryError
from newsintel.nlp.actors.dictionary import builtin_files, load_dictionary
from newsintel.nlp.actors.entries import Period
from newsintel.nlp.actors.matcher import Candidate, PhraseIndex
from newsintel.nlp.actors.tabari import read_tabari_actors, read_tabari_agents


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


STATE = """\
- id: afg
  name: Afghanistan
  type: state
  country: AFG
  cameo: AFG
  aliases: [Afghanistan]
  demonyms: [Afghan]
  capital: Kabul
  metonyms: [Kabul]
  governments:
    - {actor: afg-republic, from: 2004-01-26, to: 2021-08-14}
    - {actor: taliban, from: 2021-08-15}
  population_note: kept as an extra field
"""


# ---------------------------------------------------------------- YAML


def test_yaml_entry_fields_and_extra_fields(tmp_path):
    path = write(tmp_path, "a.yaml", STATE)
    entry = load_dictionary(actor_files=[path], use_builtin=False).actors["afg"]
    assert (entry.name, entry.type, entry.country, entry.cameo) == ("Afghanistan", "state", "AFG", "AFG")
    assert entry.demonyms == ["Afghan"] and entry.metonyms == ["Kabul"] and entry.capital == "Kabul"
    assert entry.extra == {"population_note": "kept as an extra field"}
    assert entry.source == f"{path}:1"


def test_governments_are_resolved_by_date(tmp_path):
    entry = load_dictionary(actor_files=[write(tmp_path, "a.yaml", STATE)], use_builtin=False).actors["afg"]
    assert entry.government_on(dt.date(2019, 5, 1)) == "afg-republic"
    assert entry.government_on(dt.date(2021, 8, 15)) == "taliban"
    assert entry.government_on(dt.date(1999, 1, 1)) is None
    assert entry.government_on(None) == "taliban"


def test_partial_dates_widen_to_their_month_or_year(tmp_path):
    text = """\
- id: a-person
  name: A Person
  type: person
  roles:
    - {title: minister, org: afg, from: 2015-03, to: 2019}
"""
    role = load_dictionary(actor_files=[write(tmp_path, "p.yaml", text)], use_builtin=False).actors["a-person"].roles[0]
    assert role.period == Period(dt.date(2015, 3, 1), dt.date(2019, 12, 31))


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("- name: No Id\n  type: state\n", 1, "missing required field 'id'"),
        ("- id: ok\n  name: Ok\n- id: Bad Id\n  name: Bad\n", 3, "must be lowercase letters"),
        ("- id: x\n  name: X\n  type: warlord\n", 1, "unknown type 'warlord'"),
        ("- id: x\n  name: X\n  country: Afghanistan\n", 1, "ISO 3166 alpha-3"),
        ("- id: x\n  name: X\n  aliases: {a: b}\n", 1, "'aliases' must be a list of strings"),
        (
            "- id: x\n  name: X\n  roles:\n    - {title: envoy, from: 2020-13-01}\n",
            1,
            "not an ISO date",
        ),
        ("- id: x\n  name: X\n  roles:\n    - {title: envoy, from: 2020, to: 2019}\n", 1, "is before 'from'"),
        ("- id: x\n  name: X\n  governments:\n    - {from: 2020}\n", 1, "needs an 'actor' id"),
        ("- id: x\n  name: X\n- id: y\n  name: Y\n- id: x\n  name: X again\n", 5, "id already used"),
        ("- id: x\n  name: [unclosed\n", 3, "not valid YAML"),
        ("id: x\nname: X\n", 1, "must be a YAML list"),
        (
            "- id: x\n  name: Foreign\n  Trade and Development Office: null\n",
            1,
            "field 'Trade and Development Office' has no value",
        ),
    ],
)
def test_malformed_yaml_entries_name_file_line_and_reason(tmp_path, text, line, reason):
    path = write(tmp_path, "bad.yaml", text)
    with pytest.raises(DictionaryError) as caught:
        load_dictionary(actor_files=[path], use_builtin=False)
    assert caught.value.path == path
    assert caught.value.line == line
    assert reason in caught.value.message
    assert str(caught.value).startswith(f"{path}:{line}: ")


def test_missing_file_is_a_dictionary_error(tmp_path):
    with pytest.raises(DictionaryError, match="no such dictionary file"):
        load_dictionary(actor_files=[str(tmp_path / "absent.yaml")], use_builtin=False)


def test_user_file_overrides_fields_it_sets_and_adds_aliases(tmp_path):
    base = write(
        tmp_path,
        "base.yaml",
        "- id: hts\n  name: HTS\n  type: militant\n  country: SYR\n  cameo: SYRREB\n  aliases: [HTS]\n",
    )
    user = write(
        tmp_path, "user.yaml", "- id: hts\n  name: Hayat Tahrir al-Sham\n  cameo: SYRINS\n  aliases: [Tahrir al-Sham]\n"
    )
    entry = load_dictionary(actor_files=[base, user], use_builtin=False).actors["hts"]
    assert (entry.name, entry.type, entry.country, entry.cameo) == ("Hayat Tahrir al-Sham", "militant", "SYR", "SYRINS")
    assert entry.aliases == ["Tahrir al-Sham", "HTS"]


def test_builtin_files_load_and_agents_are_valid():
    names = {p.name for p in builtin_files()}
    assert "agents.yaml" in names and "linking.yaml" not in names
    dictionary = load_dictionary(use_builtin=True)
    ids = [a.id for a in dictionary.agents]
    assert len(ids) == len(set(ids))
    official = next(a for a in dictionary.agents if a.id == "official")
    assert (official.cameo, official.institution, "officials" in official.terms) == ("GOV", "gov", True)


# ---------------------------------------------------------------- TABARI actors

TABARI_ACTORS = """\
<!-- A test dictionary
     spanning lines -->
# a comment line
ARNOR_  [ARN]   # a trailing comment
+ARNORIAN_ +ARNORIANS
+ANNUMINAS

ELROND_HALF-ELVEN
+LORD_ELROND
\t[ELF]
\t[ELFGOV 20100101-20151231]
\t[ELFELI >160101]

ANIMAL_LIBERATION_FRONT_(ALF)_ [INTREB]
ISILDUR [---]
OLD_KING [ARNGOV <891231]
"""


def test_tabari_actor_blocks(tmp_path):
    actors = read_tabari_actors(TABARI_ACTORS, "t.txt")
    assert [a.names for a in actors] == [
        ["ARNOR", "ARNORIAN", "ARNORIANS", "ANNUMINAS"],
        ["ELROND HALF-ELVEN", "LORD ELROND"],
        ["ANIMAL LIBERATION FRONT (ALF)"],
        ["ISILDUR"],
        ["OLD KING"],
    ]
    elrond = actors[1]
    assert [(c.code, c.period) for c in elrond.codes] == [
        ("ELF", None),
        ("ELFGOV", Period(dt.date(2010, 1, 1), dt.date(2015, 12, 31))),
        ("ELFELI", Period(dt.date(2016, 1, 1), None)),
    ]
    assert actors[3].codes[0].code is None
    assert actors[4].codes[0].period == Period(None, dt.date(1989, 12, 31))


def test_tabari_actors_become_entries_with_dated_codes(tmp_path):
    path = write(tmp_path, "arnor.actors.txt", TABARI_ACTORS)
    actors = load_dictionary(actor_files=[path], use_builtin=False).actors
    arnor = actors["arnor"]
    assert (arnor.name, arnor.type, arnor.cameo) == ("Arnor", "state", "ARN")
    assert arnor.aliases == ["Arnor", "Arnorian", "Arnorians", "Annuminas"]
    elrond = actors["elrond-half-elven"]
    assert elrond.type == "person"
    assert elrond.code_on(dt.date(2012, 6, 1)) == "ELFGOV"
    assert elrond.code_on(dt.date(2020, 6, 1)) == "ELFELI"
    assert elrond.code_on(dt.date(2005, 6, 1)) == "ELF"
    alf = actors["animal-liberation-front"]
    assert alf.aliases == ["Animal Liberation Front", "ALF"] and alf.type == "insurgent"


def test_tabari_actor_enriches_a_known_actor_with_the_same_code(tmp_path):
    yaml_path = write(tmp_path, "a.yaml", STATE)
    tabari_path = write(tmp_path, "afg.txt", "AFGHANISTAN_ [AFG]\n+AFGHANESTAN_\n+KABUL_\n")
    actors = load_dictionary(actor_files=[yaml_path, tabari_path], use_builtin=False).actors
    assert "afghanistan" not in actors
    # the capital stays a metonym, not an alias of the state
    assert actors["afg"].aliases == ["Afghanistan", "Afghanestan"]


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("+ORPHAN_ALIAS\nARNOR [ARN]\n", 1, "alias line '+...' comes before any actor"),
        ("# header\n[ARN]\n", 2, "code line '[...]' comes before any actor"),
        ("ARNOR [ARN\n", 1, "unbalanced"),
    ],
)
def test_malformed_tabari_actors(tmp_path, text, line, reason):
    path = write(tmp_path, "bad.txt", text)
    with pytest.raises(DictionaryError) as caught:
        load_dictionary(actor_files=[path], use_builtin=False)
    assert (caught.value.line, reason in caught.value.message) == (line, True)


def test_tabari_bad_date_is_skipped_with_a_warning(tmp_path, caplog):
    actors = read_tabari_actors("GONDOR [GON]\n[GONGOV 2004017-20061201]\n", "g.txt")
    assert [c.code for c in actors[0].codes] == ["GON"]
    assert "g.txt:2" in caplog.text


# ---------------------------------------------------------------- TABARI agents

TABARI_AGENTS = """\
!PERSON! = MAN, WOMAN
POLICE {} [~COP]
SOLDIER [~MIL] # regular plural
ARMY [~MIL]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
CONGRESS!PERSON! [~LEG]
HUMAN_RIGHTS_BODY [NGO~]
"""


def test_tabari_agents():
    agents = read_tabari_agents(TABARI_AGENTS, "a.txt")
    assert [(a.terms, a.cameo, a.prefix, a.institution) for a in agents] == [
        (["POLICE"], "COP", False, "police"),
        (["SOLDIER", "SOLDIERS"], "MIL", False, "mil"),
        (["ARMY", "ARMIES"], "MIL", False, "mil"),
        (["ATTORNEY GENERAL", "ATTORNEYS GENERAL"], "JUD", False, "judiciary"),
        (["CONGRESSMAN", "CONGRESSWOMAN"], "LEG", False, "leg"),
        (["HUMAN RIGHTS BODY", "HUMAN RIGHTS BODIES"], "NGO", True, None),
    ]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("SOLDIER [MIL]\n", "lacks '~'"),
        ("!UNKNOWN!_OFFICER [~COP]\n", "unknown substitution set"),
        ("SOLDIER [~MIL] [~GOV]\n", "exactly one [code]"),
    ],
)
def test_malformed_tabari_agents(tmp_path, text, reason):
    path = write(tmp_path, "bad.agents.txt", text)
    with pytest.raises(DictionaryError) as caught:
        load_dictionary(agent_files=[path], use_builtin=False)
    assert caught.value.line == 1 and reason in caught.value.message


# ---------------------------------------------------------------- phrase matching


def _split(phrases):
    return [p.replace("-", " - ").split() for p in phrases]


def test_longest_match_and_acronym_case():
    index = PhraseIndex()
    index.add_phrases(
        [
            ("Islamic State", Candidate("islamic-state", "alias", 0), False),
            ("Islamic State Khorasan", Candidate("isis-k", "alias", 0), False),
            ("IS", Candidate("islamic-state", "alias", 0), True),
            ("ISIS-K", Candidate("isis-k", "alias", 0), True),
        ],
        _split,
    )
    texts = [
        "Islamic",
        "State",
        "Khorasan",
        "and",
        "IS",
        "and",
        "the",
        "islamic",
        "state",
        "is",
        "here",
        "ISIS",
        "-",
        "K.",
    ]
    found = [(m.start, m.end, m.best.target) for m in index.find(texts)]
    assert found == [(0, 3, "isis-k"), (4, 5, "islamic-state"), (11, 14, "isis-k")]


def test_compiled_index_is_cached_on_disk_and_invalidated_by_edits(tmp_path, monkeypatch):
    import spacy

    from newsintel.nlp.actors import index as index_module

    monkeypatch.setenv("NEWSINTEL_CACHE_DIR", str(tmp_path / "cache"))
    path = write(tmp_path, "a.yaml", STATE)
    tokenizer = spacy.blank("en").tokenizer

    def compiled():
        index_module._compiled.cache_clear()
        return index_module.compiled_index(
            actor_files=(path,), agent_files=(), use_builtin=False, tokenizer=tokenizer, model_label="test"
        )

    first = compiled()
    assert len(list((tmp_path / "cache" / "actors").glob("*.pickle"))) == 1
    assert compiled().dictionary.actors["afg"].name == first.dictionary.actors["afg"].name == "Afghanistan"
    Path(path).write_text(STATE.replace("name: Afghanistan", "name: Islamic Emirate"), encoding="utf-8")
    assert compiled().dictionary.actors["afg"].name == "Islamic Emirate"
    assert len(list((tmp_path / "cache" / "actors").glob("*.pickle"))) == 2


def test_cache_can_be_turned_off(monkeypatch):
    from newsintel.nlp.actors.index import cache_dir

    monkeypatch.setenv("NEWSINTEL_CACHE_DIR", "off")
    assert cache_dir() is None


def test_extra_alias_fields_and_entry_period(tmp_path):
    text = """\
- id: daily-star
  name: The Daily Star
  type: media
  from: 1952
  to: 2019-06
  aliases: [The Daily Star]
  short_aliases: [the Star]
  case_sensitive_aliases: [Star]
"""
    entry = load_dictionary(actor_files=[write(tmp_path, "m.yaml", text)], use_builtin=False).actors["daily-star"]
    assert entry.short_aliases == ["the Star"] and entry.case_sensitive_aliases == ["Star"]
    assert entry.period == Period(dt.date(1952, 1, 1), dt.date(2019, 6, 30))
    assert entry.exists_on(dt.date(2000, 1, 1)) and not entry.exists_on(dt.date(2020, 1, 1))
