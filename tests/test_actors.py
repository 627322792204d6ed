"""Actor resolution on real spaCy parses: the canonical seed and sentences of our own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from tidings import ConfigError
from tidings.actors import ActorResolver
from tidings.model import Mention

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "commonspace-putin-armenia-azerbaijan.txt"
OCT_2020 = dt.date(2020, 10, 22)


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.load()


def codes(actors: tuple[Any, ...]) -> list[str]:
    return [a.code for a in actors]


def find(mentions: list[Mention], text: str) -> Mention:
    for m in mentions:
        if m.text == text or (text in m.text and len(m.text) <= len(text) + 12):
            return m
    raise AssertionError(f"no mention {text!r} in {[m.text for m in mentions]}")


def all_found(mentions: list[Mention], text: str) -> list[Mention]:
    return [m for m in mentions if m.text.endswith(text) or m.text == text]


# -- the canonical seed -------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_mentions(nlp: Any, resolver: ActorResolver) -> tuple[str, list[Mention]]:
    if not SEED.is_file():
        pytest.skip("../shared seed article not present")
    text = SEED.read_text(encoding="utf-8").split("source: commonspace")[0]
    doc = nlp(text)
    return doc.text, resolver.resolve(doc, date=OCT_2020)


@pytest.mark.parametrize(
    ("phrase", "expected", "how"),
    [
        ("Armenian and Azerbaijani forces", ["ARMMIL", "AZEMIL"], "role"),
        ("both countries", ["ARM", "AZE"], "coref"),
        ("The foreign ministers of the two countries", ["ARMGOV", "AZEGOV"], None),
        ("US Secretary of State, Mike Pompeo", ["USAGOV"], "person"),
        ("The US", ["USA"], "dictionary"),
        ("the OSCE Minsk Group", ["IGOEUROSCMIN"], "dictionary"),
        ("president Vladimir Putin", ["RUSGOV"], "person"),
        ("the leaders of Armenia and Azerbaijan", ["ARMGOV", "AZEGOV"], "role"),
        ("foreign minister Sergei Lavrov", ["RUSGOV"], "person"),
    ],
)
def test_resolve_seed_phrases(seed_mentions: tuple[str, list[Mention]], phrase: str, expected: list[str], how: str | None) -> None:
    text, mentions = seed_mentions
    m = find(mentions, phrase)
    assert codes(m.actors) == expected
    assert text[m.start : m.end] == m.text
    if how:
        assert m.how == how


def test_resolve_seed_places_and_surnames(seed_mentions: tuple[str, list[Mention]]) -> None:
    _, mentions = seed_mentions
    assert {codes(m.actors)[0] for m in all_found(mentions, "Moscow")} == {"RUS"}
    assert {codes(m.actors)[0] for m in all_found(mentions, "Washington")} == {"USA"}
    putins = [m for m in mentions if m.text in ("Putin", "Mr Putin")]
    assert len(putins) >= 4
    assert all(codes(m.actors) == ["RUSGOV"] and m.actors[0].name == "Vladimir Putin" for m in putins)
    pompeo = find(mentions, "US Secretary of State, Mike Pompeo").actors[0]
    assert (pompeo.name, pompeo.kind, pompeo.country, pompeo.role) == ("Mike Pompeo", "person", "USA", "GOV")
    both = find(mentions, "France and Russia")
    assert codes(both.actors) == ["FRA", "RUS"]


def test_resolve_seed_pronoun_follows_plural_subject(seed_mentions: tuple[str, list[Mention]]) -> None:
    _, mentions = seed_mentions
    they = [m for m in mentions if m.text == "they"]
    assert they and codes(they[0].actors) == ["ARMGOV", "AZEGOV"] and they[0].how == "coref"


def test_resolve_seed_sentence_indices_are_ordered(seed_mentions: tuple[str, list[Mention]]) -> None:
    _, mentions = seed_mentions
    assert [m.sentence_index for m in mentions] == sorted(m.sentence_index for m in mentions)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)


# -- sentences of our own -------------------------------------------------------------------


def resolve(nlp: Any, resolver: ActorResolver, text: str, date: dt.date | None = OCT_2020) -> list[Mention]:
    return resolver.resolve(nlp(text), date=date)


def test_resolve_compound_countries_and_metonyms(nlp: Any, resolver: ActorResolver) -> None:
    ms = resolve(nlp, resolver, "The Kremlin rejected the claim, while the Pentagon and Downing Street stayed silent.")
    assert [codes(m.actors) for m in ms] == [["RUSGOV"], ["USAMIL", "GBRGOV"]]


def test_resolve_possessive_country_role(nlp: Any, resolver: ActorResolver) -> None:
    ms = resolve(nlp, resolver, "Azerbaijan's defence ministry said Armenian troops shelled the town.")
    assert [codes(m.actors) for m in ms] == [["AZEGOV"], ["ARMMIL"]]


def test_resolve_person_after_term_is_former_official(nlp: Any, resolver: ActorResolver) -> None:
    text = "Mike Pompeo criticised the deal."
    assert codes(resolve(nlp, resolver, text, dt.date(2020, 3, 1))[0].actors) == ["USAGOV"]
    assert codes(resolve(nlp, resolver, text, dt.date(2023, 3, 1))[0].actors) == ["USAELI"]


def test_resolve_surname_needs_full_mention_or_single_holder(nlp: Any, resolver: ActorResolver) -> None:
    ms = resolve(nlp, resolver, "Lavrov met his counterpart. Bayramov said the talks were useful.")
    assert [codes(m.actors) for m in ms] == [["RUSGOV"], ["AZEGOV"]]


def test_resolve_title_refers_to_last_holder(nlp: Any, resolver: ActorResolver) -> None:
    ms = resolve(nlp, resolver, "Nikol Pashinyan flew to Brussels. The prime minister met EU leaders.")
    pm = find(ms, "prime minister")
    assert codes(pm.actors) == ["ARMGOV"] and pm.how == "coref"
    assert codes(find(ms, "EU leaders").actors) == ["IGOEUREEC"]


def test_resolve_two_sides_after_compound(nlp: Any, resolver: ActorResolver) -> None:
    ms = resolve(nlp, resolver, "Russia and Ukraine exchanged prisoners on Monday. The two sides agreed to meet again.")
    assert codes(find(ms, "The two sides").actors) == ["RUS", "UKR"]


def test_resolve_pronoun_us_is_not_the_united_states(nlp: Any, resolver: ActorResolver) -> None:
    ms = resolve(nlp, resolver, "They told us that the U.S. would not intervene.")
    assert [codes(m.actors) for m in ms] == [["USA"]]


def test_resolve_unknown_name_after_title_keeps_country_role(nlp: Any, resolver: ActorResolver) -> None:
    ms = resolve(nlp, resolver, "Freedonian officials met Georgian Deputy Minister Ilia Zurabashvili on Tuesday.")
    m = find(ms, "Georgian Deputy Minister Ilia Zurabashvili")
    assert codes(m.actors) == ["GEOGOV"] and m.actors[0].name == "Ilia Zurabashvili"


def test_resolve_organisations(nlp: Any, resolver: ActorResolver) -> None:
    ms = resolve(nlp, resolver, "The UN Security Council and NATO welcomed the OSCE statement, Amnesty International said.")
    assert [codes(m.actors) for m in ms] == [["IGOUNOSCN", "IGOWSTNAT"], ["IGOEUROSC"], ["NGOHRIAMN"]]


def test_lookup_and_country(resolver: ActorResolver) -> None:
    assert codes(resolver.lookup("the Russian foreign ministry")) == ["RUSGOV"]
    assert codes(resolver.lookup("Kyiv")) == codes(resolver.lookup("Kiev")) == ["UKR"]
    assert codes(resolver.lookup("Azeri soldiers")) == ["AZEMIL"]
    us = resolver.country("usa")
    assert (us.code, us.kind, us.role) == ("USA", "country", None)
    with pytest.raises(ConfigError):
        resolver.country("XYZ")


def test_load_is_cached_per_process() -> None:
    assert ActorResolver.load() is ActorResolver.load()
