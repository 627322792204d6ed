"""The shipped actor data: well-formed, complete enough, and right on the facts we pin."""

from __future__ import annotations

import datetime as dt

import pycountry
import pytest

from tidings.actors import ActorResolver
from tidings.actors.dictionary import ActorDictionary, split_code


@pytest.fixture(scope="module")
def d() -> ActorDictionary:
    return ActorResolver.load().dictionary


def test_actor_data_every_iso_country_is_known(d: ActorDictionary) -> None:
    missing = [c.alpha_3 for c in pycountry.countries if c.alpha_3 not in d.countries]
    assert missing == []


def test_actor_data_has_at_least_500_people_with_valid_terms(d: ActorDictionary) -> None:
    assert len(d.people) >= 500
    for person in d.people:
        assert person.terms, person.name
        for term in person.terms:
            assert term.start is not None, person.name
            assert term.end is None or term.end >= term.start, person.name
            country, _ = split_code(term.code)
            assert country is None or country in d.countries, (person.name, term.code)
            assert term.code.startswith(("IGO", "IMG", "NGO")) or country is not None, (person.name, term.code)


@pytest.mark.parametrize(
    ("name", "code", "start", "end"),
    [
        ("Mike Pompeo", "USAGOV", "2018-04", "2021-01"),
        ("Sergei Lavrov", "RUSGOV", "2004-03", None),
        ("Nikol Pashinyan", "ARMGOV", "2018-05", None),
        ("Ilham Aliyev", "AZEGOV", "2003-10", None),
        ("Josep Borrell", "IGOEUREEC", "2019-12", "2024-11"),
        ("Zohrab Mnatsakanyan", "ARMGOV", "2018-05", "2020-11"),
        ("Jeyhun Bayramov", "AZEGOV", "2020-07", None),
    ],
)
def test_actor_data_pinned_terms(d: ActorDictionary, name: str, code: str, start: str, end: str | None) -> None:
    person = next(p for p in d.people if p.name == name)
    term = next(t for t in person.terms if t.code == code and t.start and t.start.strftime("%Y-%m") == start)
    assert (term.end.strftime("%Y-%m") if term.end else None) == end


def test_actor_data_people_per_conflict_country(d: ActorDictionary) -> None:
    per: dict[str, int] = {}
    for person in d.people:
        for country in {split_code(t.code)[0] for t in person.terms}:
            if country:
                per[country] = per.get(country, 0) + 1
    for iso3 in ("RUS", "UKR", "ARM", "AZE", "ISR", "PSE", "IRN", "SYR", "IRQ", "AFG", "YEM", "SAU", "TUR", "SDN",
                 "ETH", "MMR", "COD", "PRK", "KOR", "IND", "PAK", "VEN", "COL", "USA", "CHN", "GBR", "FRA", "DEU"):
        assert per.get(iso3, 0) >= 3, iso3


def test_actor_data_organisations_present(d: ActorDictionary) -> None:
    for code in ("IGOUNO", "IGOUNOSCN", "IGOUNOGAS", "IGOUNOHCR", "IGOUNOKID", "IGOUNOWHO", "IGOUNOIAE", "IGOUNOICJ",
                 "IGOEUREEC", "IGOEUREECCOM", "IGOEUREECPAR", "IGOEUREECCOU", "IGOWSTNAT", "IGOEUROSC", "IGOEUROSCMIN",
                 "IGOAFRAFU", "IGOSEAASN", "IGOMEAARL", "IGOCASCST", "IGOJUDICC", "IGOBUSOPC", "IGOMEAGCC", "IGOASISCO",
                 "IGOBRI", "IGOG07", "IGOG20", "IGOUNOIMF", "IGOUNOWBK", "IGOBUSWTO", "NGOHLHIRC", "NGOHRIAMN", "NGOHRIHRW"):
        assert code in d.igos, code
    assert d.igos["IGOEUROSCMIN"].name == "OSCE Minsk Group" and d.igos["IGOEUROSCMIN"].kind == "igo"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Britain", ["GBR"]), ("the UK", ["GBR"]), ("America", ["USA"]), ("Azeri", ["AZE"]),
        ("the White House", ["USAGOV"]), ("Elysee", ["FRAGOV"]), ("Kiev", ["UKR"]), ("Latin America", []),
        ("Israeli lawmakers", ["ISRLEG"]), ("Iranian police", ["IRNCOP"]), ("Ukrainian refugees", ["UKRREF"]),
        ("Russian journalists", ["RUSMED"]), ("Syrian rebels", ["SYRREB"]), ("Armenian protesters", ["ARMCVL"]),
    ],
)
def test_actor_data_lookup_phrases(phrase: str, expected: list[str]) -> None:
    r = ActorResolver.load()
    assert [a.code for a in r.lookup(phrase, dt.date(2020, 10, 22))] == expected


def _phrase_entries(d: ActorDictionary, phrase: str) -> list:
    from tidings.actors.dictionary import norm_token, phrase_tokens

    toks = phrase_tokens(phrase)
    hit = d.index.longest([norm_token(t) for t in toks], toks, 0)
    return hit[1] if hit is not None and hit[0] == len(toks) else []


def test_actor_data_regions_groups_communities_present(d: ActorDictionary) -> None:
    for phrase, iso3 in (("Darfur", "SDN"), ("Chechnya", "RUS"), ("West Bank", "PSE"), ("Nagorno-Karabakh", "AZE"),
                         ("Donbas", "UKR"), ("Kurdistan Region", "IRQ"), ("Tigray", "ETH"), ("Idlib", "SYR"),
                         ("Tibet", "CHN"), ("Xinjiang", "CHN"), ("Mindanao", "PHL"), ("Balochistan", "PAK")):
        assert any(e.kind == "country" and e.iso3 == iso3 for e in _phrase_entries(d, phrase)), phrase
    for phrase in ("Hezbollah", "Houthis", "Wagner Group", "Tamil Tigers", "Naxalites", "Janjaweed",
                   "Lord's Resistance Army", "SPLA", "Polisario", "Kosovo Liberation Army", "ETA", "IRA", "Fatah"):
        assert any(e.kind in ("actor", "dated") for e in _phrase_entries(d, phrase)), phrase
    for phrase in ("Kurds", "Uyghurs", "Uighurs", "Hutus", "Tutsis", "Pashtuns", "Shiites", "Sunnis", "Jews"):
        assert any(e.kind == "actor" and e.form == "community" for e in _phrase_entries(d, phrase)), phrase


def test_actor_data_leaves_out_places_and_groups_named_like_common_words(d: ActorDictionary) -> None:
    for word in ("Split", "Van", "Batman", "Let", "Jamaat", "Azov", "Workers' Party", "Punjab", "Hyderabad", "Gao"):
        assert not [e for e in _phrase_entries(d, word) if e.kind != "role"], word


@pytest.mark.parametrize(
    ("name", "code", "start", "end"),
    [
        ("Laurent Gbagbo", "CIVGOV", "2000-10", "2011-04"),
        ("Charles Taylor", "LBRGOV", "1997-08", "2003-08"),
        ("Slobodan Milošević", "SRBGOV", "1997-07", "2000-10"),
        ("Kofi Annan", "IGOUNO", "1997-01", "2006-12"),
        ("Boutros Boutros-Ghali", "IGOUNO", "1992-01", "1996-12"),
        ("Abdelaziz Bouteflika", "DZAGOV", "1999-04", "2019-04"),
        ("Benazir Bhutto", "PAKGOV", "1993-10", "1996-11"),
    ],
)
def test_actor_data_pinned_terms_added(d: ActorDictionary, name: str, code: str, start: str, end: str | None) -> None:
    person = next(p for p in d.people if p.name == name)
    term = next(t for t in person.terms if t.code == code and t.start and t.start.strftime("%Y-%m") == start)
    assert (term.end.strftime("%Y-%m") if term.end else None) == end


def test_workers_named_by_their_trade_in_one_word_are_workers() -> None:
    # the guideline's LAB (unions, workers); the Phoenix agents dictionary: LABORER ~LAB
    from tidings.config import EventSettings
    from tidings.events import events

    evs = events("DETROIT — Thousands of autoworkers went on strike on Friday.", published="2023-09-15",
                 settings=EventSettings(min_confidence=0.0))
    assert {(e.plover, e.source.code if e.source else None) for e in evs} == {("PROTEST", "USALAB")}


def test_actor_data_no_agent_phrase_has_two_roles() -> None:
    # a phrase listed twice with two roles is coded by whichever row is read last: a silent
    # contradiction in the data ("coup leaders" MIL and REB)
    from importlib import resources

    roles: dict[str, set[str]] = {}
    text = resources.files("tidings").joinpath("data/roles.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, role = line.split("\t")[:2]
            roles.setdefault(phrase.lower(), set()).add(role)
    assert {p: r for p, r in roles.items() if len(r) > 1} == {}
