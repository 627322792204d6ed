"""The event coder end to end: real parses, the real actor dictionary, the canonical seed."""

from __future__ import annotations

from pathlib import Path

import pytest

import tidings
from tidings.config import EventSettings
from tidings.events import code_articles, coded_text, events
from tidings.model import Article, Event

try:  # the actor resolver is a separate part; without it nothing can be coded
    from tidings.actors import ActorResolver  # noqa: F401
except ImportError:  # pragma: no cover - only while the actors part is missing
    pytest.skip("tidings.actors.ActorResolver is not available", allow_module_level=True)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "commonspace-putin-armenia-azerbaijan.txt"
PUB = "2020-10-22"
ALL = EventSettings(min_confidence=0.0)


def dyads(evs: list[Event]) -> set[tuple[str, str | None, str]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo[:2]) for e in evs}


def one(evs: list[Event], src: str, tgt: str | None, root: str | tuple[str, ...]) -> Event:
    hits = [e for e in evs if e.source is not None and e.source.code.startswith(src) and (e.target.code.startswith(tgt) if e.target and tgt else e.target is tgt) and e.cameo.startswith(root)]
    assert hits, f"no {src}->{tgt} [{root}] in {sorted(dyads(evs), key=str)}"
    return hits[0]


def test_events_simple_sentence_is_coded_as_it_stands() -> None:
    text = "Russia attacked Ukraine."
    evs = events(text, published=PUB)
    e = one(evs, "RUS", "UKR", "19")
    assert (e.plover, e.quad_class, e.modality, e.date) == ("ASSAULT", 4, "asserted", PUB)
    assert text[e.span[0]:e.span[1]] == e.sentence and e.rule and e.trigger == "attacked"


def test_events_passive_voice_takes_agent_as_source() -> None:
    evs = events("Ukraine was attacked by Russia on Monday.", published=PUB)
    e = one(evs, "RUS", "UKR", "19")
    assert e.date == "2020-10-19"  # the previous Monday for a past event


def test_events_compound_actors_give_one_event_per_pair() -> None:
    evs = events("France and Germany condemned Russia and Belarus.", published=PUB)
    pairs = {(e.source.country, e.target.country) for e in evs if e.target and e.cameo.startswith("11")}
    assert pairs == {("FRA", "RUS"), ("FRA", "BLR"), ("DEU", "RUS"), ("DEU", "BLR")}


def test_events_reciprocal_never_same_actor_both_sides() -> None:
    # one event per act: the first named side is the source, the other the target (the
    # reverse is not added)
    evs = events("Armenian and Azerbaijani forces clashed near the border.", published=PUB)
    assert {(e.source.country, e.target.country) for e in evs if e.source and e.target} == {("ARM", "AZE")}
    assert all(e.source != e.target for e in evs)


def test_events_nominal_talks_and_fighting() -> None:
    evs = events("Fighting between Israeli and Palestinian forces continued.", published=PUB)
    assert {(e.source.country, e.target.country) for e in evs if e.cameo.startswith("19") and e.source and e.target} == {("ISR", "PSE")}
    evs = events("Japan held talks with China in Beijing.", published=PUB)
    e = one(evs, "JPN", "CHN", "04")
    assert e.place is not None and e.place.name == "Beijing"


def test_events_modality_on_the_event() -> None:
    # an attack announced for the future is, in CAMEO, a threat of force (138)
    assert one(events("Russia will attack Ukraine.", published=PUB), "RUS", "UKR", "138").modality == "future"
    assert one(events("Russia may attack Ukraine.", published=PUB), "RUS", "UKR", "19").modality == "hypothetical"
    assert one(events("Russia reportedly attacked Ukraine.", published=PUB), "RUS", "UKR", "19").modality == "reported"
    assert one(events("Russia did not attack Ukraine.", published=PUB), "RUS", "UKR", "19").modality == "negated"


def test_events_place_in_city() -> None:
    e = one(events("Protesters in Nairobi demonstrated against the Kenyan government.", published=PUB), "KEN", "KEN", "14")
    assert e.place is not None and (e.place.name, e.place.country) == ("Nairobi", "KEN")


def test_events_no_actor_no_event() -> None:
    assert events("The weather was pleasant and the markets were calm.", published=PUB) == []


def test_code_articles_bad_inputs_do_not_crash() -> None:
    empty = Article(title="", paragraphs=())
    german = Article(title="", paragraphs=("Die Regierung hat am Montag neue Sanktionen gegen Russland beschlossen, sagte der Sprecher.",))
    long = Article(title="Long", paragraphs=tuple("Russia attacked Ukraine. " * 100 for _ in range(100)))  # 30,000 words
    settings = EventSettings(max_words=2_000)
    out = list(code_articles([empty, german, long], settings=settings))
    assert out[0] == ([], []) and out[1] == ([], [])
    text = coded_text(long)
    assert out[2][1] and max(e.span[1] for e in out[2][1]) < len(" ".join(text.split()[:2_001]))


@pytest.mark.skipif(not SEED.is_file(), reason="../shared/seed is absent")
def test_events_canonical_seed() -> None:
    article = tidings.extract(SEED, published=PUB)
    body = coded_text(article)
    assert "Afghanistan" not in body and "Gaza" not in body  # teasers are furniture
    evs = events(article)
    for e in evs:
        assert body[e.span[0]:e.span[1]] == e.sentence
        assert e.source != e.target and (e.target is None or e.source.code != e.target.code)
    # Putin hosts the two leaders: not asserted (title conditional, body a rumour)
    for side in ("ARM", "AZE"):
        host = [e for e in evs if e.source.code == "RUSGOV" and e.target and e.target.code == f"{side}GOV" and e.cameo[:2] in ("03", "04")]
        assert host and all(e.modality != "asserted" for e in host)
    # the fighting is asserted
    assert one(evs, "ARMMIL", "AZEMIL", "19").modality == "asserted"
    assert not [e for e in evs if e.source and e.source.code == "AZEMIL" and e.cameo.startswith("19")]  # one event per act
    # the foreign ministers were in Moscow: a visit to Russia
    for side in ("ARM", "AZE"):
        visit = one(evs, f"{side}GOV", "RUS", "04")
        assert visit.modality == "asserted" and visit.place is not None and visit.place.name == "Moscow"
        meet = one(evs, f"{side}GOV", "USAGOV", ("03", "04"))  # a future meeting: intent to meet (036)
        assert (meet.modality, meet.date, meet.place.name if meet.place else None) == ("future", "2020-10-23", "Washington")
    support = one(evs, "USA", "IGO", "05")
    assert "Minsk" in (support.target.name if support.target else "") or "Minsk" in (support.target_text or "")


def test_cli_events_json_and_explain() -> None:
    import json

    from typer.testing import CliRunner

    from tidings.cli import app

    runner = CliRunner()
    res = runner.invoke(app, ["events", "Russia attacked Ukraine on Friday.", "--published", PUB, "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert rows[0]["source_code"] == "RUS" and rows[0]["target_code"] == "UKR" and rows[0]["date"] == "2020-10-16"
    res = runner.invoke(app, ["events", "Russia attacked Ukraine.", "--format", "csv"])
    assert res.exit_code == 0 and res.stdout.splitlines()[0].startswith("source_code,target_code,cameo")
    res = runner.invoke(app, ["explain", "Russia will attack Ukraine on Friday.", "--published", PUB])
    assert res.exit_code == 0
    assert "future" in res.stdout and "2020-10-23" in res.stdout and "rule=" in res.stdout
    assert runner.invoke(app, ["events", "--help"]).exit_code == 0


def test_events_threats_rejections_and_clause_targets() -> None:
    # a conflictual act put on a condition is a threat to the one the condition names
    e = one(events("Egypt threatened to close its border unless Libya withdrew its troops.", published=PUB), "EGY", "LBY", "13")
    assert e.plover == "THREATEN"
    # a future boycott is a threat; a cooperation that is denied is a rejection
    assert one(events("Chile said it will boycott the summit in Peru.", published=PUB), "CHL", "PER", "13")
    rej = one(events("Norway will not accept the proposal from Sweden.", published=PUB), "NOR", "SWE", "12")
    assert rej.modality == "asserted"
    # the subject of a "that"-clause is the target of a demand
    one(events("Kenya demanded that Uganda release the fishermen.", published=PUB), "KEN", "UGA", "10")
    # the first slot naming someone other than the source wins
    one(events("Ghana blamed Togo for the shooting of a farmer in Ghana.", published=PUB), "GHA", "TGO", "11")


def test_events_place_is_target_when_none_is_named() -> None:
    evs = events("Kurdish students from Iraq demonstrated in Mosul on Sunday.", published=PUB)
    e = next(e for e in evs if e.cameo.startswith("14"))
    assert e.target is None  # no target is invented: not the government, not the place
    # an object that is a place stands for its country
    assert one(events("Turkish troops shelled Aleppo.", published=PUB), "TURMIL", "SYR", "19").target_text == "Aleppo"


def test_events_force_at_home_has_no_invented_target() -> None:
    # force with no target named keeps no target: not the source's own country
    # (coded with no confidence cut: what is tested is the target, not the cut)
    e = one(events("Kenyan police opened fire on Tuesday night, witnesses said.", published=PUB, settings=ALL), "KENCOP", None, "19")
    assert e.target is None and e.target_text is None
    # another country named in the sentence: no target is guessed
    evs = events("Kenyan police opened fire near the Somali border on Tuesday.", published=PUB, settings=ALL)
    assert one(evs, "KEN", None, "19").target is None


def test_events_two_word_and_headed_nominal_events() -> None:
    # "hunger strike" is its own act, not a labour strike
    assert one(events("Kenyan teachers began a hunger strike in Nairobi on Monday.", published=PUB, settings=ALL), "KEN", None, "142").plover == "PROTEST"
    # the event is the modifier of a generic head; "between" names the sides mediated
    evs = events("Norway launched a mediation effort between Ethiopia and Eritrea on Monday.", published=PUB)
    e = one(evs, "NOR", "ETH", "045")
    assert e.modality == "asserted"
    one(evs, "NOR", "ERI", "045")


def test_events_event_noun_placed_is_not_its_actor() -> None:
    # "an attack ... in Lebanon": Lebanon is where the attack was, the attackers are the target
    evs = events("Egypt condemned an attack by Israeli soldiers in southern Lebanon on Thursday.", published=PUB)
    one(evs, "EGY", "ISR", "11")


def test_events_imminent_act_is_the_act() -> None:
    # "is about to" tells the act itself (future), not an intent the actor expresses
    e = one(events("Chile is about to restore diplomatic ties with Peru.", published=PUB, settings=ALL), "CHL", "PER", "050")
    assert e.modality == "future"
    # "will" still reads as an intent
    one(events("Chile will restore diplomatic ties with Peru.", published=PUB), "CHL", "PER", "03")


def test_events_target_inside_the_objects_of_phrase() -> None:
    # the compound subject welcomes ties with a third country: not each other
    evs = events("Ghana and Togo welcomed the resumption of diplomatic ties with Nigeria.", published=PUB)
    one(evs, "GHA", "NGA", "0")
    one(evs, "TGO", "NGA", "0")
    assert not [e for e in evs if e.target is not None and e.target.code in ("GHA", "TGO")]
    # a nominal event: "a suspension of air links with Serbia"
    one(events("Italy announced a suspension of air links with Serbia.", published=PUB), "ITA", "SRB", "16")


def test_events_light_verb_conjunct_and_placed_crowds() -> None:
    # a later conjunct of a light verb's object is still its act: "launched artillery and rocket fire against X"
    one(events("Turkish forces launched artillery and rocket fire against Syrian army positions.", published=PUB), "TUR", "SYR", "19")
    # "thousands of students throughout Kenya": people placed by a location
    one(events("Thousands of students throughout Kenya staged demonstrations on Monday.", published=PUB, settings=ALL), "KEN", None, "14")


def test_events_adjectival_passive_is_a_state_of_the_subject() -> None:
    # "is opposed to": the subject disapproves (the verb dictionary's REMAIN OPPOSED, 110); the
    # mediation is what it opposes, not an event
    evs = events("Egypt is opposed to French mediation in the dispute.", published=PUB)
    one(evs, "EGY", "FRA", "11")
    assert not [e for e in evs if e.cameo.startswith("04")]


def test_events_obstruction_names_no_target() -> None:
    # the text names no one the blockade is against: no target is invented
    one(events("Kenyan farmers blocked roads leading to the city centre on Monday.", published=PUB), "KEN", None, "144")


def test_events_light_verb_through_an_of_phrase() -> None:
    # "launched ten days of war games": the games are the act, the warships on both sides
    evs = events("French and Egyptian warships on Monday launched ten days of war games.", published=PUB)
    one(evs, "FRA", "EGY", "06")
    assert not [e for e in evs if e.source and e.source.country == "EGY"]  # one event per act
    # "gave ... dollars of aid to X": one act of giving, not a second aid without a target
    evs = events("Japan gave 5 million dollars of aid to Kenya on Monday.", published=PUB)
    one(evs, "JPN", "KEN", "07")
    assert all(e.target is not None for e in evs)


def test_events_demanded_clause_is_the_demands_content() -> None:
    # the demanded act is not an event of its own; its subject is the demand's target
    evs = events("Kenya demanded that Uganda refuse to recognize the rebels.", published=PUB)
    one(evs, "KEN", "UGA", "10")
    assert not [e for e in evs if e.cameo.startswith("12")]
    # a written demand: its issuer is the source, the clause subject the target
    evs = events("The Kenyan government issued a declaration demanding that Uganda release the fishermen.", published=PUB)
    one(evs, "KEN", "UGA", "10")
    assert not [e for e in evs if e.cameo.startswith("08")]
    # a nominal demand with its "that"-clause
    one(events("Ghana reiterated its demand that Togo release the prisoners.", published=PUB), "GHA", "TGO", "10")


def test_events_travel_for_talks_and_measured_objects() -> None:
    # travelling "for talks": the talks are the act, not a return
    evs = events("Ghanaian and Togolese negotiators return to Geneva this week for talks.", published=PUB)
    one(evs, "GHA", "TGO", "04")
    assert not [e for e in evs if e.cameo.startswith("08")]
    # "700 kg of medicine" is medicine handed over: aid, not a release
    one(events("Swiss doctors handed over 700 kg of medicine to Kenya.", published=PUB), "CHE", "KEN", "07")


def test_events_untargeted_duplicate_and_passive_relative_clause() -> None:
    # "..., killing 20 people": the same assault as the shelling, not a second one without target
    evs = events("Turkish troops shelled Aleppo on Sunday, killing about 20 people.", published=PUB)
    one(evs, "TUR", "SYR", "19")
    assert not [e for e in evs if e.plover == "ASSAULT" and e.target is None]
    # "Serbia, where 24 people were killed": the place is not the killer
    evs = events("Kenyan students demonstrated in Uganda, where 24 people were killed last year.", published=PUB)
    assert not [e for e in evs if e.plover == "ASSAULT" and e.source.code.startswith("UGA")]


def test_events_urged_act_is_not_done() -> None:
    evs = events("Kenya urged Uganda to withdraw its troops from the border.", published=PUB)
    one(evs, "KEN", "UGA", "02")
    assert not [e for e in evs if e.cameo.startswith("08")]


def test_events_meeting_needs_another_party() -> None:
    # a body meeting by itself is no consultation; two named sides are
    assert not [e for e in events("Kenya's cabinet met on Sunday.", published=PUB) if e.cameo.startswith("04")]
    one(events("Kenya met with Uganda on Sunday.", published=PUB), "KEN", "UGA", "04")
    # what "said that X must ..." names is the demand's content, nothing of its own
    evs = events("Britain said that Sudan must sign the agreement and release the prisoners.", published=PUB)
    one(evs, "GBR", "SDN", "10")
    assert not [e for e in evs if e.cameo[:2] in ("05", "08")]


def test_events_weapon_with_no_one_behind_it() -> None:
    # an attack by a weapon with no attacker named keeps its event and no source: where it
    # went off says nothing of who set it
    evs = events("Two Kenyan soldiers were killed by a roadside bomb outside the Somali town of Kismayo.", published=PUB)
    assert [(e.source, e.target.code if e.target else None, e.plover) for e in evs] == [(None, "KENMIL", "ASSAULT")]
    assert evs[0].place is not None and evs[0].place.name == "Kismayo"
    # the one named behind the weapon or the attack is its source
    evs = events("Two Kenyan soldiers were killed in a Somali army artillery attack on Sunday.", published=PUB)
    assert [(e.source.code if e.source else None, e.target.code if e.target else None) for e in evs if e.plover == "ASSAULT"] == [("SOMMIL", "KENMIL")]


def test_events_target_that_is_the_source_is_dropped_not_the_event() -> None:
    evs = events("Kenya completed its withdrawal from the Kenyan town of Mandera.", published=PUB, settings=ALL)
    e = one(evs, "KEN", None, "08")
    assert e.plover == "RETREAT"


def test_events_codebook_two_word_events() -> None:
    # an adjective with its noun names the act ("military exercises": military cooperation)
    evs = events("Kenyan and Ugandan troops began joint military exercises on Monday.", published=PUB)
    assert {e.cameo for e in evs if e.source.code.startswith("KEN")} == {"062"}
    # what an intent names is part of it, not a second event
    evs = events("Kenya and Uganda agreed to hold joint military exercises.", published=PUB)
    assert {e.cameo[:2] for e in evs} == {"03"}


def test_events_intent_target_down_the_chain_of_purposes() -> None:
    evs = events("Norway is willing to send equipment to help defend Kenya.", published=PUB)
    one(evs, "NOR", "KEN", "03")


def test_events_pattern_preposition_order() -> None:
    # the grievance is the target of a complaint, before the one complained to
    one(events("Ghana complained to the United Nations over Togolese raids.", published=PUB), "GHA", "TGO", "11")


def test_events_calling_off_a_strike_is_a_concession() -> None:
    evs = events("Kenyan teachers called off their strike on Monday.", published=PUB, settings=ALL)
    assert {e.plover for e in evs} == {"CONCEDE"}


@pytest.mark.skipif(not SEED.is_file(), reason="../shared/seed is absent")
def test_events_seed_as_a_string_codes_the_article_not_the_teasers() -> None:
    # Regression: the seed's body is under half of its page, and a str source used to fall
    # back to coding the whole page, teasers about Afghanistan and Gaza included.
    from_text = tidings.events(SEED.read_text(encoding="utf-8"), published=PUB)
    from_path = tidings.events(SEED, published=PUB)
    assert [e.to_dict() for e in from_text] == [e.to_dict() for e in from_path]
    assert not any(w in e.sentence for e in from_text for w in ("Borrell", "Afghan", "Gaza", "Israel"))
