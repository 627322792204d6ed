"""Parts of the event coder that need no actor dictionary: CAMEO table, patterns, dates,
modality, places, the PETRARCH verb loader, the language check."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tidings.errors import ConfigError
from tidings.events import _cap, cameo, dates, language_check, modality, places
from tidings.events.patterns import lexicon, load_yaml, parse_lexicon
from tidings.events.petrarch_verbs import load_verbs

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def test_cameo_lookup_roots_and_children() -> None:
    assert {c[:2] for c in cameo.table()} >= {f"{i:02d}" for i in range(1, 21)}
    fight = cameo.lookup("190")
    assert (fight.plover, fight.quad_class, fight.goldstein) == ("ASSAULT", 4, -10.0)
    assert cameo.lookup("042").plover_mode == "visit"
    assert cameo.lookup("112").plover == "ACCUSE"
    assert cameo.lookup("0234").plover == "REQUEST"  # appeals (02) map to REQUEST
    assert cameo.lookup("010").plover == ""  # PLOVER has no public-statement type
    assert {c.plover for c in cameo.table().values()} - {""} == set(cameo.PLOVER_TYPES)
    with pytest.raises(KeyError):
        cameo.lookup("999")


def test_lexicon_covers_every_root() -> None:
    lex = lexicon()
    roots = {p.code[:2] for ps in lex.verbs.values() for p in ps} | {p.code[:2] for p in lex.nouns.values()}
    assert roots >= {f"{i:02d}" for i in range(1, 21)}


def test_parse_lexicon_bad_code_names_file() -> None:
    with pytest.raises(ConfigError, match="my.yaml.*'attack'.*not a CAMEO code"):
        parse_lexicon(yaml.safe_load("verbs: {attack: [{code: '999'}]}"), "my.yaml")


def test_lexicon_key_given_twice_names_file_and_line() -> None:
    with pytest.raises(ConfigError, match=r"my\.yaml:4: 'flout' is given twice \(first at line 2\)"):
        load_yaml('verbs:\n  flout: [{code: "128"}]\n  defy: [{code: "128"}]\n  flout: [{code: "111"}]\n', "my.yaml")
    with pytest.raises(ConfigError, match="my.yaml: not valid YAML"):
        load_yaml("verbs: [unclosed\n", "my.yaml")
    assert "flout" in lexicon().verbs  # the shipped lexicon loads with the check on


def test_a_word_list_given_twice_names_file_and_line() -> None:
    # (the coder's word lists are read with the same check: a list named twice would replace
    # the first for every rule that reads it)
    with pytest.raises(ConfigError, match=r"words\.yaml:3: 'issuing_verbs' is given twice \(first at line 1\)") as e:
        load_yaml('issuing_verbs: ["issue"]\nfinding_nouns: ["audit"]\nissuing_verbs: ["release"]\n', "words.yaml", code="config.words")
    assert e.value.code == "config.words"
    from tidings.events import words
    assert "issue" in words.ISSUING_VERBS and "audit" in words.FINDING_NOUNS  # the shipped lists load with the check on


def test_petrarch_verbs_malformed_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "verbs.txt"
    bad.write_text("--- ATTACK [190] ---\nATTACK\n- * TOWN [193]\n??? nonsense\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_verbs(bad)
    assert "line 4" in str(err.value) and str(bad) in str(err.value)


def test_petrarch_verbs_reads_blocks_and_simple_patterns(tmp_path: Path) -> None:
    good = tmp_path / "verbs.txt"
    good.write_text("--- ACCUSE [112] ---\nACCUSE\nBLAME [111]\n- * AGAINST + [113]\n- FOO * BAR [114]\n", encoding="utf-8")
    lex, counts = load_verbs(good)
    assert lex.verbs["blame"][-1].code == "111"
    assert lex.verbs["accuse"][0].prep == ("against",) and lex.verbs["accuse"][-1].code == "112"
    assert counts["patterns_skipped"] == 1


@pytest.mark.skipif(not (SHARED / "benchmarks/petrarch2").is_dir(), reason="../shared/benchmarks/petrarch2 absent")
def test_petrarch_verbs_loads_cameo_dictionary() -> None:
    lex, counts = load_verbs(SHARED / "benchmarks/petrarch2/dictionaries/CAMEO.2.0.txt")
    assert counts["blocks"] > 300 and "attack" in lex.verbs


@pytest.mark.parametrize(
    ("text", "tense", "date", "precision"),
    [
        ("they are due in Washington on Friday", "future", "2020-10-23", "day"),
        ("they met on Friday", "past", "2020-10-16", "day"),
        ("the ministers were in Moscow this week", "past", "2020-10-19", "week"),
        ("attention will move back by the weekend", "future", "2020-10-24", "week"),
        ("the army shelled the town yesterday", "past", "2020-10-21", "day"),
        ("talks resume today", "present", "2020-10-22", "day"),
        ("the envoy visited last month", "past", "2020-09-01", "month"),
        ("the poll in a few days time", "future", "2020-10-25", "week"),
        ("the treaty signed on March 3, 2019", "past", "2019-03-03", "day"),
        ("fighting broke out on 5 May", "past", "2020-05-05", "day"),
        ("the ceasefire agreed in 2018", "past", "2018-01-01", "year"),
        # a weekend told in the past is the one before; "in a week" told ahead is a week on
        ("an attack killed seven soldiers over the weekend", "past", "2020-10-17", "week"),
        ("the talks will resume over the weekend", "future", "2020-10-24", "week"),
        ("the court will rule in a week", "future", "2020-10-29", "week"),
    ],
)
def test_dates_resolve_against_publication(text: str, tense: str, date: str, precision: str) -> None:
    got = dates.resolve(text, "2020-10-22", tense)  # a Thursday
    assert (got.date, got.precision) == (date, precision)
    assert got.text and got.text.lower() in text.lower()


@pytest.mark.parametrize(
    "text",
    [
        # "in a week" told in the past is within one, no date a week on; "every Friday" is a
        # habit, no day: the publication date stands
        "set fire to the consulate for the second time in a week",
        "protesters have gathered every Friday",
        # (nor "in two days" told in the past: "at least 67 people were killed in two days of
        # violence")
        "at least 67 people were killed in two days of violence",
    ],
)
def test_dates_within_a_span_or_a_habit_give_no_date(text: str) -> None:
    got = dates.resolve(text, "2020-10-22", "past")
    assert (got.date, got.precision, got.text) == ("2020-10-22", "day", None)


def test_dates_default_is_publication_with_its_precision() -> None:
    got = dates.resolve("Russia attacked Ukraine.", "2020-10", "past")
    assert (got.date, got.precision) == ("2020-10-01", "month")
    assert dates.resolve("Russia attacked Ukraine.", None, "past").date is None


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Russia attacked Ukraine.", "attacked", "asserted"),
        ("Russia will attack Ukraine.", "attack", "future"),
        ("Russia is going to attack Ukraine.", "attack", "future"),
        ("The ministers are due to meet in Paris.", "meet", "future"),
        ("Russia plans to attack Ukraine.", "attack", "future"),
        ("Russia may attack Ukraine.", "attack", "hypothetical"),
        ("Russia could attack Ukraine if talks fail.", "attack", "hypothetical"),
        ("Putin is likely to host the leaders.", "host", "hypothetical"),
        ("Russia reportedly attacked Ukraine.", "attacked", "reported"),
        ("According to witnesses, police arrested the activists.", "arrested", "reported"),
        ("There are rumours that Putin hosted the leaders.", "hosted", "reported"),
        # (an act rumoured or said to be planned is still to come: the guideline's future)
        ("There are rumours that Putin will host the leaders.", "host", "future"),
        ("According to diplomats, the ministers will meet in Paris.", "meet", "future"),
        ("Russia did not attack Ukraine.", "attack", "negated"),
        ("Russia never attacked Ukraine.", "attacked", "negated"),
        ("Russia refused to meet Ukraine.", "meet", "negated"),
        ("Putin may not want to meet the leaders.", "meet", "negated"),
    ],
)
def test_modality_cues(nlp, sentence: str, word: str, expected: str) -> None:
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == word)
    got = modality.classify(tok)
    assert got.modality == expected, got.reasons
    assert got.reasons


def test_places_city_country_capital() -> None:
    moscow = places.find("Moscow")
    assert moscow is not None and moscow.country == "RUS" and abs(moscow.lat - 55.75) < 0.1
    assert places.find("Washington").country == "USA"  # type: ignore[union-attr]
    assert places.find("Kirkuk").country == "IRQ"  # type: ignore[union-attr]
    assert places.capital_of("Moscow") == "RUS" and places.capital_of("Kirkuk") is None
    assert places.find("Nowhereville Xyz") is None


def test_places_a_point_of_the_compass_written_small_is_no_region() -> None:
    # "the south-west" of a country is a direction; "South-West", written as a name, is
    # Cameroon's region
    assert places.find("south-west") is None and places.country_of("the south-west") is None
    assert places.find("South-West").country == "CMR"  # type: ignore[union-attr]


def test_language_check_and_cap() -> None:
    assert language_check("Russia attacked Ukraine on Monday, the ministry said.") is None
    assert "not English" in (language_check("Die Regierung hat am Montag neue Sanktionen gegen Russland beschlossen, sagte der Sprecher.") or "")
    assert language_check("В понедельник правительство объявило новые санкции против соседней страны.") == "not English: 100% of the letters are not Latin"
    assert language_check("2024 - 11 - 05 : 14 / 32") == "no words"
    # (a few letters of another script in an English text do not make it foreign)
    assert language_check("The ministry said the Δ variant and the Ω group were behind the attack on the town.") is None
    assert _cap("one two three four", 2) == "one two"
    assert _cap("one two", 5) == "one two"


def test_selective_parse_codes_the_same_events() -> None:
    from tidings.config import EventSettings
    from tidings.events import code_texts

    text = (
        "Officials described the weather as calm. Russia accused Ukraine of shelling the town.\n\n"
        "Analysts expect more rain. They said France would send aid to Greece. Prices rose."
    )
    keys = []
    for parse_all in (True, False):
        ((_, evs, _),) = list(code_texts([text], ["2020-10-22"], [""], settings=EventSettings(parse_all=parse_all)))
        assert evs and all(text[e.span[0]:e.span[1]] == e.sentence for e in evs)
        # a sentence's trailing blank line may fall on either side of the break
        keys.append({(e.source.code, e.target.code if e.target else None, e.cameo, e.span[0], e.sentence.strip()) for e in evs})
    assert keys[0] == keys[1]


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Chile said it would boycott the summit.", "boycott", "future"),  # reported "will"
        ("Chile would boycott the summit if Peru attended.", "boycott", "hypothetical"),
    ],
)
def test_modality_would_in_reported_speech(nlp, sentence: str, word: str, expected: str) -> None:
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == word)
    assert modality.classify(tok).modality == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Kenya ruled out sending troops to Somalia.", "sending", "negated"),
        ("Kenya ruled Somalia has been sending troops.", "sending", "asserted"),
    ],
)
def test_modality_rule_negates_only_when_ruled_out(nlp, sentence: str, word: str, expected: str) -> None:
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == word)
    assert modality.classify(tok).modality == expected


def test_parse_lexicon_reads_on_and_off_as_words() -> None:
    # YAML 1.1 reads a bare on/off as a boolean; in a word list it can only be the word
    lex = parse_lexicon(yaml.safe_load("verbs: {call: [{code: '020', prep: [on, upon]}, {code: '080', particle: [off]}]}"), "my.yaml")
    assert lex.verbs["call"][0].prep == ("on", "upon")
    assert lex.verbs["call"][1].particle == ("off",)


def test_places_plain_spelling_finds_transliterated_names() -> None:
    assert places._plain("sāmarrā’") == "samarra"
    found = places.find("Samarra")
    assert found is not None and found.country == "IRQ" and found.name != "Samarra"


def test_cameo_resignation_is_a_retreat() -> None:
    # giving up office is yielding a position (PLOVER RETREAT), not a concession of policy
    assert cameo.describe("0831").plover == "RETREAT"
    assert cameo.describe("0832").plover == "CONCEDE"


def test_a_date_more_than_a_month_before_publication_is_long_before() -> None:
    # an act dated so is the story's background (see the coder's "the attack")
    assert [dates.long_before(dates.resolve_phrases([p], "2025-03-09", "past"), "2025-03-09")
            for p in ("in November 2023", "last month", "on Sunday", "last year", "in February 2025")] == [True, False, False, True, False]


def test_a_month_named_without_its_year_is_the_nearest_on_the_tenses_side() -> None:
    # "was arrested in September" (published in November 2019): that September; "in December"
    # of a past act, the December before; "talks due in January", the coming one
    from tidings.events.dates import resolve

    assert (resolve("was arrested in September", "2019-11-20").date, resolve("was arrested in September", "2019-11-20").precision) \
        == ("2019-09-01", "month")
    assert resolve("was arrested in Abuja in December", "2019-11-20").date == "2018-12-01"
    assert resolve("talks are due in January", "2019-11-20", "future").date == "2020-01-01"
    assert resolve("last March", "2019-11-20").date == "2019-03-01"
    assert resolve("she may go", "2019-11-20").text is None
    # (and such a month is of the story's own recent past, not its background: what it tells
    # may be named again, "obtained a restraining order in July ... violated that order")
    from tidings.events.dates import long_before

    assert not long_before(resolve("obtained a restraining order in July", "2019-11-20"), "2019-11-20")
    assert long_before(resolve("obtained a restraining order in July 2018", "2019-11-20"), "2019-11-20")


def test_last_weekend_is_the_one_just_past() -> None:
    # ("last weekend", told on a Thursday, is the one just past, not the one a week before it;
    # told on a Sunday, "this weekend" is its own and "last weekend" the one before)
    for published in ("2020-10-22", "2020-10-25"):
        got = dates.resolve("the army shelled the town last weekend", published, "past")
        assert (got.date, got.precision) == ("2020-10-17", "week")
