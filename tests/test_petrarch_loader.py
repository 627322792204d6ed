"""PETRARCH-format dictionaries brought by users: parsing, dates, errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tidings import ConfigError
from tidings.actors import ActorResolver
from tidings.actors.dictionary import ActorDictionary
from tidings.actors.petrarch import load_petrarch, parse_code

DATA = Path(__file__).parent / "data" / "actors"
SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "petrarch2" / "dictionaries"


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.load(extra_dictionaries=[DATA / "small.actors.txt", DATA / "small.agents.txt"])


def codes(actors: tuple) -> list[str]:
    return [a.code for a in actors]


def test_petrarch_actor_roots_and_synonyms_resolve(resolver: ActorResolver) -> None:
    assert codes(resolver.lookup("Freedonia")) == ["FRD"]
    assert codes(resolver.lookup("the Freedonian delegation")) == ["FRDGOV"]
    assert codes(resolver.lookup("Sylvania")) == ["SYL"]


def test_petrarch_regular_plural_only_without_trailing_underscore(resolver: ActorResolver) -> None:
    assert codes(resolver.lookup("Sylvanians")) == ["SYL"]
    assert codes(resolver.lookup("Freedonias")) == []


def test_petrarch_date_restrictions_pick_code_by_article_date(resolver: ActorResolver) -> None:
    assert codes(resolver.lookup("Rufus T. Firefly", dt.date(1933, 6, 1))) == ["FRDGOV"]
    assert codes(resolver.lookup("Firefly", dt.date(1935, 6, 1))) == ["FRDELI"]
    assert codes(resolver.lookup("Firefly", dt.date(1920, 6, 1))) == ["FRD"]


def test_petrarch_slash_code_names_two_actors(resolver: ActorResolver) -> None:
    assert codes(resolver.lookup("The Duo")) == ["FRD", "SYL"]


def test_petrarch_agents_compose_with_countries(resolver: ActorResolver) -> None:
    assert codes(resolver.lookup("Freedonian palace guards")) == ["FRDMIL"]
    assert codes(resolver.lookup("the Sylvanian Minister of War")) == ["SYLGOVMIL"]
    assert codes(resolver.lookup("Sylvanian ministers of war")) == ["SYLGOVMIL"]
    assert codes(resolver.lookup("Freedonian postal clerks")) == ["FRDLAB"]


def test_petrarch_user_entries_win_over_shipped_ones(resolver: ActorResolver) -> None:
    # The shipped data has no Freedonia; shipped countries still resolve alongside.
    assert codes(resolver.lookup("Russia and Freedonia")) == ["RUS", "FRD"]


def test_petrarch_parse_code_restrictions() -> None:
    p = Path("x.txt")
    assert parse_code("RUSGOV >080508", p, 1).start == dt.date(2008, 5, 8)
    assert parse_code("PERELI 560101-900728", p, 1).start == dt.date(1956, 1, 1)
    c = parse_code("HOB < 950601", p, 1)
    assert (c.code, c.start, c.end) == ("HOB", None, dt.date(1995, 6, 1))
    c = parse_code("HOBGOV 19950601 - 19990815", p, 1)
    assert (c.start, c.end) == (dt.date(1995, 6, 1), dt.date(1999, 8, 15))


def test_petrarch_malformed_file_raises_config_error_with_line() -> None:
    with pytest.raises(ConfigError) as info:
        load_petrarch(DATA / "broken.actors.txt", ActorDictionary())
    assert str(info.value).startswith(f"{DATA / 'broken.actors.txt'}: line 5:")
    assert info.value.source == str(DATA / "broken.actors.txt")


def test_petrarch_unbalanced_bracket_names_line() -> None:
    with pytest.raises(ConfigError, match=r"unbalanced.agents.txt: line 3:"):
        load_petrarch(DATA / "unbalanced.agents.txt", ActorDictionary())


def test_petrarch_missing_file_raises_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        ActorResolver.load(extra_dictionaries=[tmp_path / "nope.txt"])


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared PETRARCH dictionaries not present")
@pytest.mark.parametrize("name", ["PETR.Validate.actors.txt", "PETR.Validate.agents.txt"])
def test_petrarch_validation_dictionaries_load(name: str) -> None:
    d = ActorDictionary()
    assert load_petrarch(SHARED / name, d) > 50


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared PETRARCH dictionaries not present")
def test_petrarch_validation_actors_dated_entry() -> None:
    r = ActorResolver.load(extra_dictionaries=[SHARED / "PETR.Validate.actors.txt"])
    assert codes(r.lookup("Sam Gamgee", dt.date(2011, 1, 1))) == ["HOBMIL"]
    assert codes(r.lookup("Sam Gamgee", dt.date(2010, 1, 10))) == ["ORCHOB"]


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared PETRARCH dictionaries not present")
def test_petrarch_real_dictionary_flaw_is_reported_with_line() -> None:
    # Phoenix.Countries.actors.txt has a seven-digit date ("9008223") in one restriction.
    with pytest.raises(ConfigError) as info:
        load_petrarch(SHARED / "Phoenix.Countries.actors.txt", ActorDictionary())
    assert info.value.code == "actors.bad_date"
    assert str(info.value).startswith(f"{SHARED / 'Phoenix.Countries.actors.txt'}: line 2039:")


def test_petrarch_lenient_load_skips_malformed_lines_and_lists_them(tmp_path: Path) -> None:
    path = tmp_path / "flawed.actors.txt"
    path.write_text(
        "FREEDONIA_\n\t[FRD]\nSYLVANIA_\n\t[SYL 9008223-911221]\n\t[SYL]\nMARXLAND_ [MRX\nRUFUS_FIREFLY_ [FRDGOV]\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match=r"flawed.actors.txt: line 4:"):
        ActorResolver.load(extra_dictionaries=[path])
    r = ActorResolver.load(extra_dictionaries=[path], lenient=True)
    assert [w.split(": line ")[1].split(":")[0] for w in r.warnings] == ["4", "6"]
    assert all(w.startswith(str(path)) for w in r.warnings)
    assert codes(r.lookup("Freedonia")) == ["FRD"]
    assert codes(r.lookup("Sylvania")) == ["SYL"]
    assert codes(r.lookup("Rufus Firefly")) == ["FRDGOV"]
    assert ActorResolver.load().warnings == ()


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared PETRARCH dictionaries not present")
def test_petrarch_phoenix_dictionaries_load_leniently() -> None:
    names = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.agents.txt"]
    r = ActorResolver.load(extra_dictionaries=[SHARED / n for n in names], lenient=True)
    assert any(": line 2039:" in w and "Phoenix.Countries.actors.txt" in w for w in r.warnings)
    assert 0 < len(r.warnings) < 50
    assert codes(r.lookup("Armenia", dt.date(2000, 1, 1))) == ["ARM"]
