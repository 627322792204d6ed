"""Event coding on news prose: one test per kind of failure seen on real pages (issue 9).

Every sentence here is written for the project (names and places invented or changed); none
is taken from a page or a benchmark. Each test names the failure kind it guards.
"""

from __future__ import annotations

from tidings import nlp
from tidings.config import EventSettings
from tidings.events import events
from tidings.model import Event

PUB = "2019-11-20"
ALL = EventSettings(min_confidence=0.0)


def keyed(evs: list[Event]) -> set[tuple[str, str | None, str | None]]:
    return {(e.plover, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs}


def coded(text: str) -> set[tuple[str, str | None, str | None]]:
    """The (type, source, target) codes of every event of ``text``, whatever its confidence."""
    return keyed(events(text, published=PUB, settings=ALL))


def coded_as(plovers: str | tuple[str, ...], text: str) -> set[tuple[str, str | None, str | None]]:
    """The (type, source, target) codes of ``text``'s events of the ``plovers`` type or types,
    whatever their confidence."""
    kinds = (plovers,) if isinstance(plovers, str) else plovers
    return {k for k in coded(text) if k[0] in kinds}


def triggered(trigger: str, text: str) -> set[tuple[str, str | None, str | None]]:
    """The (type, source, target) codes of ``text``'s events told by the word ``trigger``,
    whatever their confidence."""
    return keyed([e for e in events(text, published=PUB, settings=ALL) if e.trigger == trigger])


def coded_with_modality(plover: str | None, text: str) -> set[tuple[str, str | None, str | None, str]]:
    """The (type, source, target, modality) of ``text``'s events (of the ``plover`` type, or of
    every type for None), whatever their confidence."""
    return {(*k, e.modality) for e in events(text, published=PUB, settings=ALL) if plover in (None, e.plover) for k in keyed([e])}


def source_codes(text: str, plover: str) -> set[str]:
    """The source codes of the ``plover`` events of ``text``, whatever their confidence."""
    return {e.source.code for e in events(text, published=PUB, settings=ALL) if e.plover == plover and e.source is not None}


def target_countries(text: str, plover: str) -> set[str | None]:
    """The target countries of the ``plover`` events of ``text``, whatever their confidence."""
    return {e.target.country if e.target else None for e in events(text, published=PUB, settings=ALL) if e.plover == plover}


def dyads(evs: list[Event], plover: str) -> list[tuple[str | None, str | None]]:
    """The (source, target) codes of the ``plover`` events of ``evs``, in order."""
    return [(e.source.code if e.source else None, e.target.code if e.target else None) for e in evs if e.plover == plover]


def countries(evs: list[Event]) -> set[str]:
    return {a.country for e in evs for a in (e.source, e.target) if a is not None and a.country}


# ---- actors outside the dictionary ------------------------------------------------------------
def test_unknown_people_take_title_and_the_articles_country() -> None:
    evs = events("WASHINGTON (AP) — Mayor Jane Holloway criticized Governor Tom Reyes on Monday over the budget.", published=PUB)
    assert [(e.plover, e.source_text, e.target_text) for e in evs] == [("ACCUSE", "Mayor Jane Holloway", "Governor Tom Reyes")]
    assert {(e.source.code if e.source else None, e.target.code if e.target else None) for e in evs} == {("USAGOV", "USAGOV")}


def test_police_and_people_of_a_domestic_story_are_its_countrys() -> None:
    evs = events("BOSTON (AP) — Police arrested three men in Boston on Monday after a robbery.", published=PUB)
    assert keyed(evs) == {("COERCE", "USACOP", "USACVL")}
    evs = events("TORONTO — Premier Doug Carlton met union leaders on Tuesday.", published=PUB)
    assert ("CONSULT", "CANGOV", "CANLAB") in keyed(evs)


def test_federal_agents_and_the_feds_are_police() -> None:
    evs = events("CLEVELAND — Federal agents arrested a city council member in Ohio on Friday, the feds said.", published=PUB)
    assert keyed(evs) == {("COERCE", "USACOP", "USALEG")}


def test_an_organisation_the_dictionary_does_not_know_is_of_the_articles_country() -> None:
    text = (
        "SACRAMENTO, Calif. — A group of physicians is urging the Department of Homeland Security to let it vaccinate migrants. "
        "Customs and Border Protection did not accept the offer from Doctors for Open Clinics."
    )
    evs = events(text, published=PUB, settings=ALL)
    assert ("REQUEST", "USAHLH", "USAGOV") in keyed(evs)
    assert any(e.plover == "REJECT" and e.source is not None and e.source.code == "USACOP" and e.target is not None
               and e.target.country == "USA" for e in evs)


def test_no_country_is_guessed_for_an_article_without_one() -> None:
    # no dateline, no country named: nobody's country is invented
    assert not events("The mayor criticized the governor on Monday.", published=PUB, settings=ALL)


# ---- a surname alone picks no famous namesake -------------------------------------------------------
def test_a_local_namesake_is_not_the_leader() -> None:
    text = ("SPRINGFIELD, Ill. (AP) — Mark Putin, a candidate for the city council, criticized the mayor on Monday. "
            "Putin said the mayor had failed the city.")
    evs = events(text, published=PUB)
    assert "RUS" not in countries(evs)
    assert ("ACCUSE", "USA", "USAGOV") in keyed(evs)


def test_a_leader_named_in_full_is_still_matched_by_surname() -> None:
    text = "Vladimir Putin met Recep Tayyip Erdogan in Sochi on Tuesday. Putin later criticized the United States."
    evs = events(text, published=PUB)
    assert ("ACCUSE", "RUSGOV", "USA") in keyed(evs)


# ---- a demonym inside a name gives no country ----------------------------------------------------------
def test_demonyms_inside_names_give_no_country() -> None:
    evs = events("NEW ORLEANS (AP) — French Quarter police arrested two men on Bourbon Street on Saturday.", published=PUB)
    assert keyed(evs) == {("COERCE", "USACOP", "USACVL")}
    evs = events("VERO BEACH, Fla. — Indian River County deputies detained a driver on Sunday.", published=PUB, settings=ALL)
    assert "IND" not in countries(evs) and countries(evs) == {"USA"}
    evs = events("Pan American officials met the Mexican ambassador on Monday.", published=PUB, settings=ALL)
    assert "USA" not in countries(evs)


def test_a_state_institution_keeps_its_country() -> None:
    evs = events("Afghan National Army troops attacked a Taliban checkpoint near Kunduz.", published=PUB)
    assert any(e.source is not None and e.source.code == "AFGMIL" for e in evs)


# ---- sentence segmentation ----------------------------------------------------------------------------
def test_no_sentence_ends_after_an_acronym_in_brackets_or_a_title() -> None:
    text = "Unrest spread on the Turks and Caicos Islands (TCI) Governor Nigel Dakin called for calm on Monday."
    evs = events(text, published=PUB, settings=ALL)
    assert evs and all(e.sentence == text for e in evs)
    assert all(e.source is not None and e.source.country == "TCA" for e in evs)
    text = "COLUMBUS, Ind. — Officers arrested Elizabeth A. Burton on Monday, said Lt. Matt Harris."
    evs = events(text, published=PUB)
    # the dateline is a sentence of its own; the rest is one sentence
    assert [(e.plover, e.sentence) for e in evs] == [("COERCE", text.split("— ", 1)[1])]


def test_no_sentence_starts_at_a_word_that_follows_a_word() -> None:
    # ("SPRINGFIELD, Ill. - Illinois Governor ...": after a dateline with a state's abbreviation
    # the parser once made one-word sentences of the title and the names)
    text = "SPRINGFIELD, Ill. - Illinois Governor Ruth Calloway on Monday deployed 300 National Guard troops to Chicago."
    evs = events(text, published=PUB, settings=ALL)
    assert [(e.plover, e.source.code if e.source else None, e.sentence) for e in evs] == [("MOBILIZE", "USAGOV", text.split("- ", 1)[1])]


def test_no_sentence_ends_after_an_initialism_before_a_title_and_name() -> None:
    # "U.S." before "Defense Secretary Mark Olsen": the stop is the initialism's; the title
    # then takes its country from it, not from the dateline's
    text = "SEOUL — U.S. Defense Secretary Mark Olsen met South Korean officials in Seoul on Monday."
    evs = events(text, published=PUB, settings=ALL)
    assert [(e.plover, e.source.code if e.source else None, e.sentence) for e in evs] == [("CONSULT", "USAGOV", text.split("— ", 1)[1])]
    # (a stop after an initialism at a sentence's end still ends it)
    from tidings.nlp import parse
    assert len(list(parse("Iran imposed sanctions on the U.S. The minister said more would follow.").sents)) == 2


def test_a_stop_after_an_acronym_written_in_mixed_case_ends_the_sentence() -> None:
    # ("along the LoC. There was no ...", "the AfD. Its leader ..."): the tokenizer kept the
    # full stop on an acronym with a small letter inside, so no sentence ended there and the
    # next one's acts were read as the first's
    from tidings.nlp import parse
    for text in ("Two civilians were killed in shelling along the LoC. The spokesperson urged India to respect the ceasefire.",
                 "Police raided the offices of the AfD. Its leader condemned the raid."):
        doc = parse(text)
        assert [t.text for t in doc][:-1].count(".") == 1, text
        assert len(list(doc.sents)) == 2, text
    text = ("ISLAMABAD — Two civilians were killed in Indian firing along the LoC. "
            "The spokesperson urged India to respect the 2003 ceasefire understanding.")
    assert {e.sentence for e in events(text, published=PUB, settings=ALL) if e.plover == "REQUEST"} == {
        "The spokesperson urged India to respect the 2003 ceasefire understanding."}
    # (an abbreviation the tokenizer knows keeps its stop: "Apple Inc.", "Gov.")
    assert [t.text for t in parse("Gov. Ruth Calloway met executives of Apple Inc. on Monday.")][:8] == [
        "Gov.", "Ruth", "Calloway", "met", "executives", "of", "Apple", "Inc."]

# ---- passives and nominal events ------------------------------------------------------------------------
def test_passives_without_a_doer_keep_the_event_with_no_source() -> None:
    # (coded with no source; a reported arrest with no doer scores 0.26, under the default cut
    # the study half chose: the confidence model's call, not the coding's)
    evs = events("DENVER — Three people have been arrested after a shooting at a mall, police said.", published=PUB, settings=ALL)
    assert keyed(evs) == {("COERCE", None, "USACVL")}
    # (coded with no source; whether it clears the default cut is the confidence model's call)
    evs = events("MEXICO CITY — The mayor of a Texas border town has been detained in Mexico, officials said.", published=PUB, settings=ALL)
    assert keyed(evs) == {("COERCE", None, "USAGOV")}


def test_nominal_attacks_take_their_doer_from_by_or_a_nationality() -> None:
    evs = events("Ten civilians died in an air strike by government forces in Idlib on Sunday.", published=PUB, settings=ALL)
    assert any(e.plover == "ASSAULT" and e.source is not None and e.source.country == "SYR" for e in evs)
    evs = events("Two Kenyan soldiers were killed in a Somali army artillery attack on Sunday.", published=PUB)
    assert keyed(evs) == {("ASSAULT", "SOMMIL", "KENMIL")}


def test_a_claim_of_responsibility_codes_the_attack_for_the_claimant() -> None:
    evs = events("KABUL — The Taliban claimed responsibility for a deadly attack on a police post in Kunduz.", published=PUB)
    assert keyed(evs) == {("ASSAULT", "AFGREBTAL", "AFGCOP")}


def test_a_rocket_fired_at_a_country_is_an_attack_on_it() -> None:
    evs = events("BANGKOK — Thailand said a rocket was fired at it from across the border on Tuesday.", published=PUB)
    assert keyed(evs) == {("ASSAULT", None, "THA")}


# ---- simple sentences ----------------------------------------------------------------------------------
def test_conjoined_leaders_will_meet() -> None:
    evs = events("The presidents of France and Brazil will meet in Lisbon next week.", published=PUB)
    assert [(e.source.code if e.source else None, e.target.code if e.target else None, e.modality) for e in evs] == [("FRAGOV", "BRAGOV", "future")]
    assert evs[0].place is not None and evs[0].place.name == "Lisbon"


def test_a_scheduled_attendance_is_the_subjects_future_act() -> None:
    evs = events("BERLIN — The chancellor is scheduled to attend a summit in Norway on Friday.", published=PUB, settings=ALL)
    assert [(e.source.code if e.source else None, e.modality) for e in evs] == [("DEUGOV", "future")]


def test_evidence_presented_against_a_country_accuses_it() -> None:
    assert keyed(events("Japan presented evidence against China at the tribunal on Monday.", published=PUB)) == {("ACCUSE", "JPN", "CHN")}


def test_asking_someone_to_act_is_a_request_to_them() -> None:
    evs = events("KYIV — Parliament is asking the prime minister to help Ukraine's farmers.", published=PUB)
    assert ("REQUEST", "UKRLEG", "UKRGOV") in keyed(evs)


def test_a_court_issuing_arrest_warrants_coerces_those_named() -> None:
    evs = events("A court in Peru has issued arrest warrants for two Bolivian men.", published=PUB)
    assert [(e.plover, e.source.country if e.source else None, e.target.code if e.target else None) for e in evs] == [("COERCE", "PER", "BOLCVL")]


def test_rebels_engaging_peacekeepers_fight_them_not_their_own_country() -> None:
    evs = events("Malian rebels engaged Chadian peacekeepers near Kidal on Sunday.", published=PUB)
    assert keyed(evs) == {("ASSAULT", "MLIREB", "TCDMIL")}


# ---- invented events -------------------------------------------------------------------------------------
def test_a_negated_act_is_no_rejection_without_a_word_of_refusal() -> None:
    assert not [e for e in events("The Kenyan senator said he was not necessarily talking about himself.", published=PUB, settings=ALL)
                if e.plover == "REJECT"]
    assert not [e for e in events("The Kenyan villagers said they felt unable to defend themselves.", published=PUB, settings=ALL)
                if e.plover == "REJECT"]


def test_fighting_an_abstraction_is_no_attack() -> None:
    assert not events("The Kenyan charity has fought poverty for decades.", published=PUB, settings=ALL)
    assert not events("The Nigerian union fought for workers' rights.", published=PUB, settings=ALL)


def test_talking_about_things_and_giving_information_are_no_events() -> None:
    assert not events("The Kenyan minister was talking about the price of bread.", published=PUB, settings=ALL)
    assert not events("The Kenyan government will provide more information on Friday.", published=PUB, settings=ALL)
    assert not events("The Kenyan president gave no details.", published=PUB, settings=ALL)


def test_a_hospital_release_is_no_release_of_prisoners() -> None:
    assert not events("The Kenyan soldier was treated and released from hospital.", published=PUB, settings=ALL)


def test_firing_back_a_reply_is_no_attack() -> None:
    evs = events("The Kenyan president hit back at critics, firing back that the reforms were working.", published=PUB, settings=ALL)
    assert not [e for e in evs if e.plover == "ASSAULT"]


def test_a_warning_threatens_only_the_warners_own_act() -> None:
    assert not events("Russia warns that it does not want war with Ukraine.", published=PUB, settings=ALL)
    evs = events("Russia warned that it would retaliate against Ukraine.", published=PUB, settings=ALL)
    assert any(e.plover == "THREATEN" and e.source is not None and e.source.code == "RUS" for e in evs)


def test_we_is_the_speaker_not_the_last_actor_named() -> None:
    evs = events("Russia and Ukraine met in Geneva. We will not accept new sanctions, the Russian envoy said.", published=PUB, settings=ALL)
    second = [e for e in evs if e.sentence_index == 1]
    assert second and all(e.source is not None and e.source.code == "RUSGOV" for e in second)


def test_no_target_is_the_sources_own_country_or_a_place_at_home() -> None:
    evs = events("Kenyan police opened fire in Nairobi on Tuesday night.", published=PUB)
    assert all(e.target is None for e in evs)


def test_a_distant_date_is_not_moved_to_the_publication_week() -> None:
    evs = events("Austria and Russia signed a treaty in Vienna in 1815.", published=PUB)
    assert evs and all((e.date or "").startswith("1815") and e.date_precision == "year" for e in evs)


# ---- wrong codes ------------------------------------------------------------------------------------------
def test_a_blockade_or_siege_by_a_state_is_191() -> None:
    assert [e.cameo for e in events("Israel imposed a blockade on Gaza on Monday.", published=PUB, settings=ALL)] == ["191"]
    evs = events("Egypt laid siege to the rebel-held town of Kusa on Monday.", published=PUB, settings=ALL)
    assert [e.cameo for e in evs] == ["191"]
    # a state of siege is martial law
    evs = events("The military government declared a 30-day state of siege in Haiti on Saturday.", published=PUB, settings=ALL)
    assert {e.cameo for e in evs} == {"1724"}


# ---- confidence ---------------------------------------------------------------------------------------------
def test_every_event_carries_a_confidence_and_the_default_cut_applies() -> None:
    every = events("The Kenyan minister pledged support on Monday. Kenya accused Uganda of shelling its border posts.", published=PUB, settings=ALL)
    assert every and all(0.0 <= e.confidence <= 1.0 for e in every)
    default = events("The Kenyan minister pledged support on Monday. Kenya accused Uganda of shelling its border posts.", published=PUB)
    cut = EventSettings().min_confidence
    assert {id(e) for e in default} <= {id(e) for e in default if e.confidence >= cut}
    # a promise with no one named to receive it is below the default cut; the accusation is not
    assert [e.plover for e in default if e.plover in ("AGREE", "ACCUSE")] == ["ACCUSE"]
    assert "AGREE" in {e.plover for e in every}


# ---- the article's home country ------------------------------------------------------------------------
def test_a_bureau_dateline_does_not_override_the_country_the_story_is_about() -> None:
    text = ("DUBAI (Reuters) — Iranian police arrested dozens of protesters in Tehran on Saturday. "
            "Police said the protesters had attacked banks.")
    evs = events(text, published=PUB)
    assert "ARE" not in countries(evs)
    assert ("COERCE", "IRNCOP", "IRNCVL") in keyed(evs)


def test_rejecting_accusations_targets_whoever_made_them() -> None:
    text = "Russia accused the United States of arming rebels in Syria. The Pentagon rejected these accusations on Monday."
    evs = events(text, published=PUB)
    assert ("REJECT", "USAMIL", "RUS") in keyed(evs)


def test_an_investigation_during_which_police_arrest_is_theirs() -> None:
    evs = events("COLUMBUS, Ind. — Police arrested six people on Monday during a narcotics investigation.", published=PUB, settings=ALL)
    assert ("ACCUSE", "USACOP", None) in keyed(evs) and ("COERCE", "USACOP", "USACVL") in keyed(evs)


def test_an_office_and_the_company_it_investigates_are_two_actors() -> None:
    text = "NEW YORK (Reuters) — The state attorney general is investigating Acme Widgets, people familiar with the matter said."
    evs = events(text, published=PUB)
    assert [(e.plover, e.source.country if e.source else None, e.target.country if e.target else None) for e in evs] == [("ACCUSE", "USA", "USA")]
    assert evs[0].target_text == "Acme Widgets"


def test_holding_people_is_detaining_them() -> None:
    evs = events("SAN DIEGO — Border agents have been holding migrants for weeks.", published=PUB)
    assert keyed(evs) == {("COERCE", "USACOP", "USAREF")}


def test_attacking_a_plan_is_criticism_and_rival_parties_are_two_actors() -> None:
    text = ("LONDON (Reuters) — The Conservatives attacked the opposition's spending plans on Tuesday. "
            "Republicans and Democrats traded insults. Later the Democrats accused the Republicans of lying.")
    evs = events(text, published=PUB, settings=ALL)
    assert not [e for e in evs if e.plover == "ASSAULT"]
    assert any(e.plover == "ACCUSE" and e.cameo == "111" for e in evs)
    assert any(e.plover == "ACCUSE" and e.source_text.endswith("Democrats") and (e.target_text or "").endswith("Republicans") for e in evs)


def test_a_raid_is_coercion() -> None:
    evs = events("LAGOS, Nigeria — Soldiers raided a newspaper office in Abuja on Friday.", published=PUB)
    assert {(e.plover, e.cameo) for e in evs} == {("COERCE", "170")}


def test_condemning_an_attack_targets_its_doer_not_its_place() -> None:
    evs = events("BEIJING — China condemned the attack on its embassy in Kabul on Tuesday.", published=PUB, settings=ALL)
    assert [(e.plover, e.target) for e in evs] == [("ACCUSE", None)]
    evs = events("China condemned the attack by Taliban fighters on its embassy in Kabul.", published=PUB)
    assert [(e.plover, e.target.code if e.target else None) for e in evs if e.plover == "ACCUSE"] == [("ACCUSE", "AFGREBTAL")]


def test_a_sentence_about_one_other_country_gives_its_agents_that_country() -> None:
    text = ("MOSCOW — Russia recalled its ambassador from Ukraine on Friday. "
            "Separatists shelled a village near Donetsk, killing two civilians, Ukrainian officials said.")
    evs = events(text, published=PUB)
    assert any(e.plover == "ASSAULT" and e.target is not None and e.target.country == "UKR" for e in evs)
    assert not [e for e in evs if e.plover == "ASSAULT" and e.target is not None and e.target.country == "RUS"]


def test_an_unarmed_attack_on_politicians_is_criticism() -> None:
    evs = events("WASHINGTON — The president attacked the Democrats on Twitter on Monday.", published=PUB)
    assert [(e.plover, e.cameo) for e in evs] == [("ACCUSE", "111")]
    evs = events("ABUJA — Boko Haram fighters attacked the governor's convoy, killing two policemen.", published=PUB)
    assert "ASSAULT" in {e.plover for e in evs}


def test_granting_bail_yields_and_asylum_protects() -> None:
    # bail granted releases the one held (the guideline's RETREAT: release prisoners, 0841);
    # granted with no one named to release, no event
    evs = events("ABUJA — The court granted bail to the opposition leader on Monday.", published=PUB, settings=ALL)
    assert [(e.plover, e.cameo) for e in evs] == [("RETREAT", "0841")]
    evs = events("ABUJA — The court granted bail of 5 million naira with two sureties.", published=PUB, settings=ALL)
    assert "RETREAT" not in {e.plover for e in evs}
    evs = events("ABUJA — The president granted a pardon to the opposition leader on Monday.", published=PUB, settings=ALL)
    assert [(e.plover, e.cameo) for e in evs] == [("CONCEDE", "080")]
    evs = events("Mexico granted asylum to the former Bolivian president.", published=PUB)
    assert [(e.plover, e.cameo, e.target.code if e.target else None) for e in evs] == [("AID", "075", "BOLELI")]


def test_idioms_of_protest_and_a_court_blocking_a_rule() -> None:
    evs = events("LA PAZ, Bolivia — Thousands took to the streets of La Paz on Monday.", published=PUB, settings=ALL)
    assert [(e.plover, e.source.country if e.source else None) for e in evs] == [("PROTEST", "BOL")]
    evs = events("LAGOS, Nigeria — Workers went on strike over unpaid wages.", published=PUB)
    assert [(e.plover, e.cameo, e.source.code if e.source else None) for e in evs] == [("PROTEST", "143", "NGALAB")]
    evs = events("WASHINGTON — A federal judge blocked the administration's asylum rule on Tuesday.", published=PUB)
    assert [(e.plover, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs] == [("REJECT", "USAJUD", "USAGOV")]
    # (as are its efforts to do something: "blocked the administration's efforts to end the program")
    assert ("REJECT", "USAJUD", "USAGOV") in coded("WASHINGTON — Lower courts have blocked the administration's efforts to end the program.")
    assert not events("The minister took to Twitter to defend the plan.", published=PUB, settings=ALL) or all(
        e.plover != "PROTEST" for e in events("The minister took to Twitter to defend the plan.", published=PUB, settings=ALL))


def test_a_description_beside_a_name_gives_the_role() -> None:
    evs = events("WASHINGTON — Kurt Volker, the former special envoy to Ukraine, criticized the State Department on Tuesday.",
                 published=PUB)
    assert [(e.source.code if e.source else None, e.source_text, e.target.code if e.target else None) for e in evs] == [
        ("USAELI", "Kurt Volker", "USAGOV")]


def test_restricting_freedoms_coerces() -> None:
    evs = events("TEHRAN — Iranian authorities restricted internet access across the country on Saturday.", published=PUB)
    assert [(e.plover, e.cameo, e.source.code if e.source else None) for e in evs] == [("COERCE", "172", "IRNGOV")]


def test_protests_breaking_out_somewhere_are_its_peoples() -> None:
    evs = events("DUBAI — Protests erupted in Tehran and other cities on Friday.", published=PUB, settings=ALL)
    assert [(e.plover, e.source.code if e.source else None, e.target) for e in evs] == [("PROTEST", "IRNCVL", None)]


# ---- rules added with the second round of news probes -------------------------------------------
def test_a_weapon_that_kills_with_no_one_behind_it_leaves_the_source_empty() -> None:
    evs = events("KANDAHAR — A roadside bomb killed four villagers near Spin Boldak on Tuesday, officials said.", published=PUB)
    assert ("ASSAULT", None, "AFGCVL") in keyed(evs)
    assert all(e.source is None for e in evs if e.plover == "ASSAULT")
    # who is named behind the weapon is still the source
    evs = events("KANDAHAR — A Taliban car bomb killed six soldiers near a base on Tuesday.", published=PUB)
    assert all(e.source is not None for e in evs if e.plover == "ASSAULT") and any(e.plover == "ASSAULT" for e in evs)


def test_condemning_an_act_just_told_targets_its_doer() -> None:
    text = "BEIRUT — Israeli aircraft struck Hezbollah depots near Baalbek overnight, the army said. Iran condemned the strikes."
    assert ("ACCUSE", "IRN", "ISRMIL") in keyed(events(text, published=PUB))
    # an act with no doer named gives no one to condemn
    text = "LAGOS, Nigeria — Three farmers were killed in Benue on Sunday. The governor condemned the killings."
    assert not any(e.plover == "ACCUSE" and e.target is not None for e in events(text, published=PUB, settings=ALL))


def test_sanctions_slapped_and_retaliation_with_an_act() -> None:
    text = "BRUSSELS — The EU slapped sanctions on Belarus over the crackdown. Belarus retaliated with sanctions on Lithuanian firms."
    got = keyed(events(text, published=PUB))
    assert ("SANCTION", "IGOEUREEC", "BLR") in got
    assert any(k[0] == "SANCTION" and k[1] == "BLR" and (k[2] or "").startswith("LTU") for k in got)


def test_lashing_out_criticises_and_custody_is_an_arrest() -> None:
    text = ("WASHINGTON (AP) — Senator Ann Brody lashed out at Governor Tim Vasquez on Monday. "
            "The suspect was taken into custody by federal agents in Maryland.")
    got = keyed(events(text, published=PUB))
    assert ("ACCUSE", "USALEG", "USAGOV") in got
    assert ("COERCE", "USACOP", "USACRM") in got


def test_a_party_attacking_a_process_criticises_it_and_aid_blocked_is_cut() -> None:
    text = ("WASHINGTON (AP) — House Republicans attacked the process as a sham on Tuesday. "
            "The White House blocked aid to the Baltic states in August, officials said.")
    evs = events(text, published=PUB, settings=ALL)
    assert not any(e.plover == "ASSAULT" for e in evs)
    assert any(e.plover == "SANCTION" and e.source is not None and e.source.code == "USAGOV" for e in evs)
    assert not any(e.plover == "PROTEST" for e in evs)


def test_a_bare_title_beside_a_foreign_leader_is_the_home_countrys() -> None:
    text = ("WASHINGTON (AP) — The ambassador met the Moldovan president in Chisinau in July. "
            "The ambassador later told the House committee that the State Department knew.")
    assert ("CONSULT", "USAGOV", "MDAGOV") in keyed(events(text, published=PUB))


def test_a_possessed_demand_is_its_owners_act_aimed_at_the_one_who_answers() -> None:
    text = "HANOI, Vietnam — Vietnam rejected Cambodia's demands on Tuesday. Laos may agree to Thailand's demands next week."
    got = {(e.plover, e.source.code if e.source else None, e.target.code if e.target else None, e.modality)
           for e in events(text, published=PUB)}
    assert ("REJECT", "VNM", "KHM", "asserted") in got
    assert ("REQUEST", "KHM", "VNM", "asserted") in got
    # the demand was made, though the agreeing is only possible
    assert ("REQUEST", "THA", "LAO", "asserted") in got
    assert any(k[:3] == ("AGREE", "LAO", "THA") and k[3] != "asserted" for k in got)


def test_welcoming_a_countrys_offer_targets_that_country() -> None:
    text = "OTTAWA — The prime minister welcomed Norway's offer of help on Friday. Canada thanked Norway."
    assert ("SUPPORT", "CANGOV", "NOR") in keyed(events(text, published=PUB))


def test_deported_from_a_country_and_refugees_admitted() -> None:
    text = "NEW DELHI — Nearly 90 Nepalis were deported from Malaysia on Friday. Jordan has admitted thousands of Iraqi refugees."
    got = keyed(events(text, published=PUB))
    assert ("COERCE", "MYS", "NPLCVL") in got
    assert ("AID", "JOR", "IRQREF") in got
    # diplomats expelled from a country (CAMEO 166) were expelled by it
    text = "TBILISI — Two Georgian diplomats were expelled from Belarus on Monday."
    assert ("SANCTION", "BLR", "GEOGOV") in coded(text)


def test_verdicts_warrants_and_blacklists() -> None:
    text = ("DENVER (AP) — A jury in Colorado found the county sheriff guilty of bribery on Friday. A former aide was found guilty of fraud. "
            "An arrest warrant was issued for the mayor on Monday. Officers executed a search warrant at his home. "
            "The Commerce Department blacklisted two Chinese firms.")
    got = keyed(events(text, published=PUB))
    assert ("SANCTION", "USAJUD", "USACOP") in got
    assert ("SANCTION", None, "USAELI") in got
    # (a noun with no doer and a home-country target is below the default cut)
    assert ("COERCE", None, "USAGOV") in coded(text)
    # (a search done to no one named is below the default cut)
    assert ("COERCE", "USACOP", None) in coded(text)
    assert any(k[0] == "SANCTION" and k[1] == "USAGOV" and (k[2] or "").startswith("CHN") for k in got)


def test_a_court_ruling_someone_must_act_and_a_policy_pledge_is_no_threat() -> None:
    text = ("WASHINGTON (AP) — A federal judge ruled that the Treasury Secretary must release the records. "
            "The senator pledged to nationalise the railways.")
    evs = events(text, published=PUB, settings=ALL)
    assert ("REQUEST", "USAJUD", "USAGOV") in keyed(evs)
    assert not any(e.plover == "THREATEN" for e in evs)


def test_a_community_adjective_gives_no_country_the_article_does() -> None:
    text = "MAIDUGURI, Nigeria — Islamist militants killed nine soldiers near a base in Borno state on Sunday, the army said."
    assert ("ASSAULT", "NGAREB", "NGAMIL") in keyed(events(text, published=PUB))
    # with no country in the text the community stays as CAMEO codes it
    assert ("ASSAULT", "MOSREB", None) not in keyed(events("Islamist militants attacked the base.", published=PUB, settings=ALL))


def test_a_past_participle_describes_the_one_acted_on() -> None:
    text = ("KABUL — The militants freed an Australian teacher kidnapped in Afghanistan in 2017. "
            "Police in Kandahar released two students arrested by soldiers.")
    got = coded(text)
    assert not any(k[0] == "ASSAULT" and k[1] == "AUSEDU" for k in got)
    assert ("ASSAULT", None, "AUSEDU") in got
    assert ("COERCE", "AFGMIL", "AFGEDU") in got


def test_supporters_of_a_leader_are_people_not_the_government() -> None:
    text = "LA PAZ, Bolivia — Supporters of the former president clashed with police in Cochabamba on Friday."
    assert ("ASSAULT", "BOLCVL", "BOLCOP") in keyed(events(text, published=PUB))


def test_warning_someone_to_act_threatens_and_a_name_of_reproach_criticises() -> None:
    text = ("HONG KONG — Police warned the students to leave the campus or face arrest. "
            "Beijing warned Washington to stop interfering in the city.")
    got = keyed(events(text, published=PUB))
    assert ("THREATEN", "HKGCOP", "HKGEDU") in got and ("THREATEN", "CHN", "USA") in got
    text = "WASHINGTON (AP) — The president called Democrats traitors in a speech in Ohio."
    evs = events(text, published=PUB)
    assert ("ACCUSE", "USAGOV", "USAPTY") in keyed(evs) and not any(e.plover == "CONSULT" for e in evs)


def test_a_state_blocking_refuses_and_a_court_striking_down_rejects() -> None:
    text = ("WASHINGTON (AP) — The White House blocked the aides from testifying before Congress. "
            "A federal court struck down the governor's ban on protests in Ohio.")
    evs = events(text, published=PUB, settings=ALL)
    assert not any(e.plover == "PROTEST" for e in evs)
    assert ("REJECT", "USAJUD", "USAGOV") in keyed(evs)


def test_politicians_clashing_argue_and_a_mutual_act_takes_no_target_from_over() -> None:
    text = ("LONDON — Prime Minister Ann Hale and opposition leader Tom Briggs clashed over taxes in a televised debate in Britain. "
            "Protesters clashed with police over the new law.")
    got = keyed(events(text, published=PUB))
    # (protesters clashing with police: the verb dictionary's violent protest, 145)
    assert ("ACCUSE", "GBRGOV", "GBROPP") in got and ("PROTEST", "GBRCVL", "GBRCOP") in got
    assert not any(k[0] == "ASSAULT" and k[1] == "GBRGOV" for k in got)


def test_civilians_in_a_sentence_naming_two_foreign_states_are_of_the_place() -> None:
    text = "BEIRUT — Syrian and Russian aircraft bombed villages in Idlib province on Tuesday, killing 11 civilians, rescuers said."
    got = keyed(events(text, published=PUB))
    assert ("ASSAULT", "RUSMIL", "SYRCVL") in got


def test_companies_cutting_ties_with_a_prince() -> None:
    text = "LONDON — Several companies have cut ties with Prince Edmund after the interview, the palace in Britain said."
    assert ("SANCTION", "GBRBUS", "GBRELI") in coded(text)


def test_a_dismissal_is_no_shooting_and_the_one_charged_did_the_act() -> None:
    text = ("DAYTON, Ohio (AP) — A police officer in Ohio was charged on Monday with killing a motorist during a traffic stop. "
            "Prosecutors said he shot the driver six times. The officer was fired last month.")
    evs = events(text, published=PUB)
    got = {(e.plover, e.source.code if e.source else None, e.target.code if e.target else None, e.modality) for e in evs}
    # (charged by the prosecutors the lead names next: the guideline's "unless the lead says
    # who did it")
    assert ("ACCUSE", "USAJUD", "USACOP", "asserted") in got
    # the killing he is charged with is alleged; "he" in the next sentence is the deputy
    assert ("ASSAULT", "USACOP", "USACVL", "reported") in got
    assert any(e.plover == "ASSAULT" and e.source is not None and e.source.code == "USACOP" and "shot" in e.sentence for e in evs)
    assert not any(e.plover == "ASSAULT" and "fired" in e.sentence for e in evs)
    # a weapon fired is still an attack
    text = "GAZA — Militants fired rockets from Gaza on Tuesday, the army said."
    assert any(e.plover == "ASSAULT" for e in events(text, published=PUB, settings=ALL))


def test_an_inspector_general_is_an_official() -> None:
    text = "WASHINGTON (AP) — Senator Rosa Diaz urged the inspector general to investigate the contracts in Texas."
    assert ("REQUEST", "USALEG", "USAGOV") in keyed(events(text, published=PUB))


def test_us_state_abbreviations_in_a_dateline_and_states_as_places() -> None:
    # "Santa Fe" alone is a larger city in Argentina; the dateline's state says which
    text = "SANTA FE, N.M. (AP) — Police arrested two men on Monday after a robbery at a bank."
    assert ("COERCE", "USACOP", "USACVL") in keyed(events(text, published=PUB))
    text = "PHOENIX — Two Guatemalans were deported from Arizona on Friday."
    assert ("COERCE", "USA", "GTMCVL") in coded(text)


def test_canadian_provinces_in_a_dateline_and_as_places() -> None:
    # "Kingston" alone is Jamaica's capital and "Ontario" a Californian city; a Canadian
    # dateline's province (written in full or in the wire's abbreviation) says which
    text = "KINGSTON, Ont. — Police arrested two men on Monday after a robbery at a bank."
    assert ("COERCE", "CANCOP", "CANCVL") in keyed(events(text, published=PUB))
    text = "KAMLOOPS, B.C. — Police arrested two men on Monday after a robbery at a bank."
    assert ("COERCE", "CANCOP", "CANCVL") in keyed(events(text, published=PUB))
    text = "Police in Ontario arrested two men on Monday after a robbery at a bank."
    assert ("COERCE", "CANCOP", "CANCVL") in keyed(events(text, published=PUB))


def test_one_foreign_name_does_not_move_a_bureau_dateline_abroad() -> None:
    # a company named like a foreign politician is one mention; the story stays American
    text = ("WASHINGTON — The space agency said on Monday that Nano Orbital and two other firms had won contracts. "
            "Police arrested a protester outside the agency's offices.")
    assert ("COERCE", "USACOP", "USACVL") in keyed(events(text, published=PUB))


def test_an_envoy_to_a_country_is_not_of_it() -> None:
    text = ("WASHINGTON (AP) — Jane Morrow, the former special envoy to Moldova, testified before Congress on Tuesday. "
            "The White House said she had met the Moldovan president.")
    evs = events(text, published=PUB, settings=ALL)
    assert ("CONSULT", "USAELI", "USALEG") in keyed(evs)
    assert not any(a is not None and a.country == "MDA" and a.role in ("ELI", "LEG") for e in evs for a in (e.source, e.target))


def test_abbreviated_titles_before_a_name() -> None:
    # "Rep." and "Sen." are one token in the text; their dictionary entries must be too
    text = "WASHINGTON (AP) — Rep. Jane Doe criticized Gov. Ann Ray on Monday. Sen. Tom Li met the governor in Ohio."
    got = keyed(events(text, published=PUB))
    assert ("ACCUSE", "USALEG", "USAGOV") in got and ("CONSULT", "USALEG", "USAGOV") in got


def test_releasing_a_document_frees_no_one() -> None:
    text = ("WASHINGTON (AP) — The president released the transcript of his call with the Moldovan president on Monday. "
            "Iran released two French academics on Saturday.")
    evs = events(text, published=PUB, settings=ALL)
    assert not any(e.plover == "RETREAT" and e.source is not None and e.source.country == "USA" for e in evs)
    assert ("RETREAT", "IRN", "FRAEDU") in keyed(evs)


def test_an_election_win_is_no_beating_and_a_hospital_visit_meets_no_one() -> None:
    text = ("LOUISVILLE, Ky. (AP) — Kentucky Democrats beat incumbent Gov. Matt Bevin in the election. "
            "Police beat a protester in Louisville. The governor visited a hospital in Kentucky on Monday.")
    evs = events(text, published=PUB, settings=ALL)
    assert [(e.plover, e.source.code if e.source else None) for e in evs if e.plover == "ASSAULT"] == [("ASSAULT", "USACOP")]
    assert not any(e.plover == "CONSULT" for e in evs)


def test_an_agency_credit_is_no_actor() -> None:
    text = "(CNN) President Donald Trump criticized the Federal Reserve on Monday."
    evs = events(text, published=PUB, settings=ALL)
    assert evs and all(e.source_text != "CNN" for e in evs)
    assert all("(CNN)" not in e.sentence for e in evs)


def test_held_hostage_names_the_one_held_and_calling_off_is_no_phone_call() -> None:
    text = ("KABUL (Reuters) — The militants freed an Australian teacher held hostage for three years in Afghanistan. "
            "The gunmen held the villagers hostage for a week in Kunduz.")
    got = coded(text)
    # (held hostage is abducted, the verb dictionary's HOLD * &HOSTAGE 181: ASSAULT, and only
    # when someone is named holding them; the teacher's years held name no one)
    assert not any(k[1] == "AUSEDU" for k in got)
    assert ("ASSAULT", "AFGREB", "AFGCVL") in got
    text = "WASHINGTON (AP) — The talks, which the president called off in September, resumed in Doha on Monday."
    assert not any(e.plover == "CONSULT" and e.rule.startswith("call") for e in events(text, published=PUB, settings=ALL))


def test_insurgents_beside_a_foreign_state_are_of_where_the_story_is() -> None:
    text = ("KABUL (Reuters) — Talks between the United States and the insurgents resumed in Doha on Saturday, "
            "officials in Kabul said.")
    evs = events(text, published=PUB, settings=ALL)
    assert ("CONSULT", "USA", "AFGREB") in keyed(evs)


def test_the_strikes_named_again_do_what_their_doers_did() -> None:
    # a definite noun of one act of force told before is that act: what "the strikes" do,
    # those who struck do (as "the attackers" are its doers)
    text = ("JERUSALEM — Israeli warplanes struck weapons depots near Damascus on Friday. "
            "Syria's defence ministry said the strikes killed four soldiers.")
    assert ("ASSAULT", "ISRMIL", "SYRMIL") in coded(text)
    # (not a war, which has gone on before the act told)
    text = ("SANAA — Saudi jets bombed a port in Hodeidah on Saturday. "
            "The war, which began in 2015, has killed tens of thousands of people.")
    assert not [e for e in events(text, published=PUB, settings=ALL) if e.trigger == "killed" and e.source is not None]


def test_a_count_alone_harmed_is_that_many_people_of_the_story_s_country() -> None:
    # "killed 12 at a mosque": a bare count harmed is people, as "12 people" would be
    assert coded("KABUL — A suicide bomber killed 12 at a mosque on Friday.") == {("ASSAULT", "AFGREB", "AFGCVL")}
    # (of where it was done, when the clause names a place: not the country a story is filed in)
    assert coded("LONDON — Russian missiles killed 12 in Kharkiv on Monday, Ukrainian officials said.") == {("ASSAULT", "RUS", "UKRCVL")}
    # (not a count of something named: "2 of the 5 hostages" are the hostages)
    assert ("ASSAULT", "NGACOP", "NGACVL") not in coded("ABUJA — Police said they had killed 2 of the 5 kidnappers.")


def test_a_count_harmed_by_an_act_aimed_at_someone_is_of_them() -> None:
    # "launched rocket fire against rebel camps, killing or wounding 50": the 50 are of those
    # the fire was aimed at, not of the country whose officials tell it
    text = ("BANGKOK — Burmese forces launched rocket fire against Karen rebel camps near the border on Monday, killing or "
            "wounding 50, Thai military sources said.")
    assert {k[2][:3] for k in coded(text) if k[0] == "ASSAULT" and k[2]} == {"MMR"}


def test_a_result_of_the_act_accused_of_is_its_doers_however_the_of_is_hung() -> None:
    # "accused militias backed by troops of attacking farmers, killing three": the killing is
    # the attack's, whoever made the accusation, with the "of" hung on the participle
    text = ("JUBA — South Sudan accused Sudanese militias backed by Sudanese troops of attacking herders near the border "
            "on Sunday, killing four, the state broadcaster reported.")
    kills = {k for k in coded(text) if k[0] == "ASSAULT"}
    assert kills and all(k[1] is not None and k[1].startswith("SDN") for k in kills)


def test_the_country_s_junta_is_the_article_s_country_s() -> None:
    # "the country's" before an agent noun is the country the article is about, whatever
    # other countries the sentence names after it
    text = ("OUAGADOUGOU — The country's junta, which seized power in 2022, has expelled French troops and turned to "
            "Russia for help.")
    assert ("SANCTION", "BFAMIL", "FRAMIL") in coded(text)


def test_a_building_before_an_attack_is_where_it_was_done_not_its_doer() -> None:
    # "a church attack": the church is attacked, not the attacker; and "the attack" condemned
    # later is no arrest told since
    text = ("Nigeria police arrest suspects over church attack\n\nABUJA (AP) - Nigerian police said on Wednesday they "
            "had arrested five suspects in connection with an attack on a church in Ondo state. "
            "The president condemned the attack on Thursday.")
    assert not [k for k in coded(text) if k[0] == "ACCUSE" and k[2] is not None]
    assert not [k for k in coded(text) if k[1] == "NGAREL"]


def test_their_is_of_several_not_a_country_named_bare() -> None:
    # "their" before an agent noun stands for several, never for a country named bare ("its")
    text = ("WASHINGTON — House Democrats subpoenaed the budget office on Friday over aid to Ukraine, escalating their "
            "impeachment inquiry. The White House has refused to cooperate with the inquiry.")
    assert ("REJECT", "USAGOV", "USALEG") in coded(text)


def test_what_one_calls_a_name_is_the_thing_before_not_oneself() -> None:
    # "refused to cooperate with the inquiry, calling it illegitimate": "it" is the inquiry
    text = ("WASHINGTON — House Democrats opened an impeachment inquiry on Monday. "
            "The White House has refused to cooperate with the inquiry, calling it illegitimate.")
    assert ("ACCUSE", "USAGOV", "USALEG") in coded(text)


def test_two_verbs_joined_before_one_object_share_it() -> None:
    # "arrested and charged two men": the object after the second verb is the first's too
    assert coded("NAIROBI — Police arrested and charged two men on Monday.") == {("COERCE", "KENCOP", "KENCVL"), ("ACCUSE", "KENCOP", "KENCVL")}
    # (not a second verb with a subject of its own: "police arrested and they charged two men")
    assert ("REJECT", "RUS", "RUSJUD") in coded("MOSCOW — Russia condemned and rejected the decision of the court.")


def test_arming_someone_gives_them_military_aid() -> None:
    # the guideline's AID gives military aid; the one armed must be named
    assert coded("SANAA — Iran has armed and trained the Houthis for years, the government said.") == {("AID", "IRN", "YEMREBHOU")}
    assert not [k for k in coded("PARIS — A man armed with a knife attacked two police officers on Monday.") if k[0] == "AID"]


def test_an_act_told_as_wanted_is_no_telling_of_one_done() -> None:
    # a passive that names no doer takes none from a later act that is only urged or planned
    text = ("MAPUTO — At least nine villagers were killed in Cabo Delgado on Sunday, a local official said. "
            "Amnesty International urged the government to investigate, citing reports of soldiers beating villagers.")
    evs = events(text, published=PUB, settings=ALL)
    assert [(e.source, e.target.code if e.target else None) for e in evs if e.trigger == "killed"] == [(None, "MOZCVL")]


def test_an_act_told_twice_is_one_event_with_the_doer_the_lead_names() -> None:
    text = ("KABUL (Reuters) — Five soldiers were killed at a checkpoint in Helmand province on Monday, officials said. "
            "The Taliban claimed responsibility for the attack.")
    evs = [e for e in events(text, published=PUB, settings=ALL) if e.plover == "ASSAULT"]
    assert len(evs) == 1, [(e.source_text, e.target_text) for e in evs]
    e = evs[0]
    assert (e.source.code if e.source else None, e.target.code if e.target else None, e.sentence_index) == ("AFGREBTAL", "AFGMIL", 1)
    # a different kind of act nearby is not the same act: a warrant is not a search
    text = ("DENVER (AP) — An arrest warrant was issued for the mayor in Colorado on Monday. "
            "Officers executed a search warrant at a warehouse.")
    got = coded(text)
    assert ("COERCE", None, "USAGOV") in got and ("COERCE", "USACOP", None) in got
    # nor, done to the same people, is it: tear gas fired at a crowd is not the arrests after it
    text = ("TBILISI, Georgia (AP) — Riot police fired tear gas at protesters outside parliament on Tuesday. "
            "Dozens of people were arrested.")
    got = {(k, e.cameo) for e in events(text, published=PUB, settings=ALL) for k in keyed([e])}
    assert {(("COERCE", "GEOCOP", "GEOCVL"), "175"), (("COERCE", None, "GEOCVL"), "173")} <= got


def test_a_vow_that_someone_will_be_hunted_down_threatens_them() -> None:
    # CAMEO's verb dictionary: HUNT * DOWN is an arrest (173); vowed of whom it will be done
    # to, a threat made when said
    text = "MAPUTO — The interior minister vowed that the gunmen would be hunted down."
    evs = [e for e in events(text, published=PUB, settings=ALL) if e.plover == "THREATEN"]
    assert [(e.source.code if e.source else None, e.target.code if e.target else None, e.modality) for e in evs] == [("MOZGOV", "MOZREB", "asserted")]
    # the clause's subject is who will do it, the vower's own side: no target
    text = "MAPUTO — The interior minister vowed that the government would hunt down every cell behind the bombing."
    assert [k for k in coded(text) if k[0] == "THREATEN"] == [("THREATEN", "MOZGOV", None)]
    assert ("COERCE", "USACOP", "USACRM") in coded("DENVER (AP) — Police tracked down the two suspects on Monday.")


def test_the_purpose_of_an_act_to_come_is_no_intent_expressed() -> None:
    # "would deploy troops to support the police": what the deployment is for, still to come;
    # "said he would cooperate" expresses the intent when said
    text = "LA PAZ — The army said it would deploy troops to support the police."
    assert not [e for e in events(text, published=PUB, settings=ALL) if e.plover == "AGREE" and e.modality == "asserted"]
    text = "LA PAZ — The minister said he would cooperate fully with officers."
    assert [e for e in events(text, published=PUB, settings=ALL) if e.plover == "AGREE" and e.modality == "asserted"]


def test_soliciting_someones_help_appeals_to_them() -> None:
    # CAMEO's verb dictionary files SOLICIT with APPEAL (020)
    text = "WASHINGTON — The senator solicited Mexico's help in finding the fugitive."
    assert ("REQUEST", "USALEG", "MEX") in coded(text)


def test_killed_in_a_raid_by_someone_is_killed_by_them() -> None:
    # the guideline: a nominal event takes its doer from "by X" ("an air strike by government
    # forces"); a passive killing told as done in it is theirs
    text = "KABUL — A Taliban commander was killed in a raid by Afghan special forces, officials said."
    assert ("ASSAULT", "AFGMIL", "AFGREBTAL") in coded(text)


def test_tariffs_lifted_or_rolled_back_ease_a_trade_penalty() -> None:
    # CONCEDE (the guideline: ease restrictions), CAMEO 085, aimed at whose goods they were on
    text = "WASHINGTON — The administration lifted tariffs on Mexican steel on Monday."
    assert ("CONCEDE", "USAGOV", "MEX") in coded(text)
    text = "WASHINGTON — The president rolled back tariffs on Canadian aluminum."
    assert ("CONCEDE", "USAGOV", "CAN") in coded(text)


def test_an_officer_put_on_leave_is_suspended() -> None:
    # suspended from duty, as "suspended": an administrative sanction (CAMEO 172, PLOVER's
    # COERCE); the passive names no one who did it
    text = "DENVER (AP) — Officer Tom Price, 41, has been placed on administrative leave, the police chief said."
    assert ("COERCE", None, "USACOP") in coded(text)
    text = "DENVER (AP) — The department put two officers on paid leave on Monday."
    assert ("COERCE", "USAGOV", "USACOP") in coded(text)


def test_a_civilian_acting_on_another_is_two_people() -> None:
    # two people of no office, each named in words of their own: who acts and whom it is done to
    text = "BRISTOL, England — A man who shot a shopkeeper during a robbery in 2018 was jailed for 20 years on Friday."
    assert ("ASSAULT", "GBRCVL", "GBRCVL") in coded(text)


def test_a_with_clause_that_tells_its_own_act_names_no_target() -> None:
    # "with X saying ...": a circumstance told by its own verb, not whom the act is aimed at
    text = ("MOSCOW — Moscow denounced the verdict, with a spokesman for Russia's lower house saying "
            "foreign courts had no right to try Russian citizens.")
    got = [k for k in coded(text) if k[0] == "ACCUSE"]
    assert got and ("ACCUSE", "RUS", "RUSLEG") not in got


def test_a_capital_lodging_a_protest_complains_and_blocking_the_internet_restricts() -> None:
    text = ("HONG KONG (Reuters) — Beijing summoned the Canadian ambassador to lodge a protest on Thursday. "
            "Iranian authorities have blocked internet access across Iran.")
    evs = events(text, published=PUB, settings=ALL)
    assert not any(e.plover == "PROTEST" for e in evs)
    assert any(e.plover == "COERCE" and e.source is not None and e.source.code == "IRNGOV" for e in evs)


def test_an_offer_or_a_vow_is_made_when_it_is_said() -> None:
    text = ("SACRAMENTO, Calif. — A group of nurses in California has offered to vaccinate migrants at no cost. "
            "The union vowed to strike against the hospital chain. Mexico vowed to retaliate against the United States. "
            "The nurses will meet the governor on Friday.")
    got = {(e.plover, e.modality) for e in events(text, published=PUB, settings=ALL)}
    assert ("AGREE", "asserted") in got and ("THREATEN", "asserted") in got
    # an act announced with "will" is still to come
    assert ("AGREE", "future") in got or ("CONSULT", "future") in got


def test_a_passive_act_on_an_act_and_pushing_someone_to_act() -> None:
    text = ("WASHINGTON (AP) — Military aid to Moldova was frozen for weeks, officials said. "
            "The ambassador pushed Moldova to announce an inquiry. The police pushed the crowd back.")
    evs = events(text, published=PUB, settings=ALL)
    got = keyed(evs)
    # the aid is what was frozen, not an act of aid; it was aimed at Moldova
    assert not any(e.plover == "AID" for e in evs)
    assert ("SANCTION", None, "MDA") in got
    assert ("REQUEST", "USAGOV", "MDA") in got
    assert not any(e.plover == "REQUEST" and "crowd" in e.sentence for e in evs)


def test_troops_withdrawn_are_no_target_and_striking_back_with_tariffs_is_no_attack() -> None:
    text = ("ANKARA (Reuters) — Turkey launched an offensive in Syria days after the president withdrew U.S. troops from the area. "
            "China struck back with tariffs on U.S. farm goods. Treasury Secretary Steven Mnuchin spoke with the Turkish minister.")
    evs = events(text, published=PUB, settings=ALL)
    assert not any(e.plover == "RETREAT" and e.target is not None and e.target.role == "MIL" for e in evs)
    assert not any(e.plover == "ASSAULT" and e.source is not None and e.source.code == "CHN" for e in evs)
    # the department before a title is part of it, not an actor of its own
    assert not any(e.source_text == "Treasury" for e in evs)


def test_further_verbs_of_the_codebook_categories() -> None:
    text = ("WASHINGTON (AP) — Senator Ann Cole blasted Governor Tim Reyes on Monday. The House impeached President Donald Trump. "
            "A court in Ohio barred the journalist from leaving the state. Police harassed reporters in Ohio. "
            "Senator Ann Cole encouraged the governor to resign.")
    got = keyed(events(text, published="2019-12-20", settings=ALL))
    assert {("ACCUSE", "USALEG", "USAGOV"), ("COERCE", "USAJUD", "USAMED"), ("COERCE", "USACOP", "USAMED"),
            ("REQUEST", "USALEG", "USAGOV")} <= got
    text = "LIMA — The prime minister of Peru stepped down on Friday. Russia stationed troops in Belarus."
    got = coded(text)
    assert ("RETREAT", "PERGOV", None) in got and ("MOBILIZE", "RUS", "BLR") in got


def test_a_hyphenated_pair_names_the_two_sides_and_a_trade_war_is_no_war() -> None:
    text = "BEIJING (Reuters) — US-China trade talks resumed in Beijing on Tuesday. The US-China trade war has hurt farmers."
    evs = events(text, published=PUB, settings=ALL)
    assert ("CONSULT", "USA", "CHN") in keyed(evs)
    assert not any(e.plover == "ASSAULT" for e in evs)
    text = "GAZA — Israel-Hamas fighting resumed in Gaza on Tuesday."
    assert ("ASSAULT", "ISR", "PSEREBHMS") in coded(text)


def test_the_talks_are_between_the_sides_just_named() -> None:
    text = ("HANOI, Vietnam — A trade pact between Vietnam and Cambodia was supposed to be signed this month. "
            "People familiar with the talks said on Tuesday that they had stalled.")
    assert ("CONSULT", "VNM", "KHM") in coded(text)
    # with no sides named before, "the talks" has none
    text = "HANOI, Vietnam — People familiar with the talks said on Tuesday that they had stalled."
    assert not any(e.plover == "CONSULT" for e in events(text, published=PUB, settings=ALL))


def test_a_plotted_attack_did_not_happen_and_a_neighbor_is_a_civilian() -> None:
    text = ("MIAMI (AP) — Federal agents arrested a Miami man accused of plotting to bomb a synagogue in Florida. "
            "A Miami police officer was convicted of murder on Tuesday for fatally shooting her neighbor in his apartment.")
    evs = events(text, published=PUB, settings=ALL)
    assert all(e.modality not in ("asserted", "reported") for e in evs if e.rule.startswith("bomb"))
    assert any(e.plover == "ASSAULT" and e.target is not None and e.target.code == "USACVL" and "neighbor" in (e.target_text or "")
               for e in evs)


def test_an_attack_with_no_doer_takes_the_assailant_the_sentence_names() -> None:
    text = ("BERLIN — A surgeon was stabbed to death in Berlin on Tuesday, while a nurse was injured trying to stop the "
            "attacker, police said.")
    evs = [e for e in events(text, published=PUB, settings=ALL) if e.plover == "ASSAULT"]
    assert evs and all(e.source is not None and e.source.code == "DEUCRM" for e in evs)


def test_criticising_an_act_targets_whoever_did_it() -> None:
    text = ("MOSCOW (Reuters) — Kremlin spokesman Dmitry Peskov criticized the sanctions imposed by the European Union. "
            "Iran condemned the U.S. sanctions on Tuesday.")
    got = coded(text)
    assert ("ACCUSE", "RUSGOV", "IGOEUREEC") in got and ("ACCUSE", "IRN", "USA") in got


def test_extradition_is_to_a_state_and_prisoners_exchanged_are_released() -> None:
    text = ("WARSAW (Reuters) — Poland extradited a Russian hacker to the United States on Monday. "
            "Ukraine and Russia exchanged prisoners on Saturday.")
    got = coded(text)
    assert ("COOPERATE", "POL", "USA") in got and ("RETREAT", "UKR", "RUS") in got


def test_the_country_is_the_one_named_last_and_hosting_refugees_shelters_them() -> None:
    text = ("AMMAN — Jordan hosts more than a million refugees. The country has admitted 650,000 Syrian refugees since 2011, "
            "the government said.")
    got = coded(text)
    assert ("AID", "JOR", "SYRREF") in got
    assert not any(k[0] == "CONSULT" for k in got)


def test_appeal_held_a_civil_war_in_passing_and_money_between_private_people() -> None:
    text = ("WASHINGTON (AP) — The senator's stance holds appeal to voters in Ohio. Refugees fled the country's civil war in 2014. "
            "Jane Morrow said she had given $5,000 to John Reyes, a smuggler's associate, in Texas.")
    evs = events(text, published=PUB, settings=ALL)
    assert not any(e.plover in ("REQUEST", "ASSAULT", "AID") for e in evs), [(e.plover, e.rule) for e in evs]
    # aid given by a state is still aid
    assert ("AID", "IND", "NPL") in keyed(events("NEW DELHI — India gave aid to Nepal on Monday.", published=PUB, settings=ALL))


def test_calling_someone_a_criminal_in_a_reported_clause_criticises_them() -> None:
    text = ("HONG KONG — Police said the protesters were rioters and criminals. "
            "The police chief said the city was calm on Monday.")
    evs = events(text, published=PUB, settings=ALL)
    assert ("ACCUSE", "HKGCOP", "HKGCVL") in keyed(evs)
    assert not any(e.plover == "ACCUSE" and "calm" in e.sentence for e in evs)


def test_explain_gives_the_confidence_of_a_merged_telling() -> None:
    from tidings.events import explain

    text = ("KABUL (Reuters) — Five soldiers were killed at a checkpoint in Helmand province on Monday, officials said. "
            "The Taliban claimed responsibility for the attack.")
    _, traces, _ = explain(text, published=PUB)
    pairs = [(e, why) for t in traces for e, why in zip(t.events, t.reasons, strict=True)]
    assert pairs and all(f"confidence {e.confidence:g}" in " ".join(why) for e, why in pairs)


# ---- third round: relative clauses, offices, prisons ---------------------------------------------
def test_a_past_relative_clause_inside_a_demand_is_a_fact_done_to_its_antecedent() -> None:
    # the raid is told as done, though it sits inside what the court orders; it was done to the
    # one whose home it was
    text = "KAMPALA — A Ugandan court on Thursday ordered the police to compensate a journalist whose office was raided by officers in May."
    evs = events(text, published=PUB)
    assert ("REQUEST", "UGAJUD", "UGACOP") in keyed(evs)
    raids = [e for e in evs if e.plover == "COERCE"]
    assert [(e.source.code if e.source else None, e.target.code if e.target else None, e.modality) for e in raids] == [
        ("UGACOP", "UGAMED", "asserted")]
    # what is demanded is still not done
    assert not any(e.cameo.startswith("07") or e.plover == "AID" and e.modality in ("asserted", "reported") for e in evs)


def test_who_in_a_passive_relative_clause_is_its_antecedent() -> None:
    text = "DENVER (AP) — Deputies found a 9-year-old boy who was kidnapped from a park on Saturday and arrested a woman, officials said."
    evs = events(text, published=PUB, settings=ALL)
    abduct = [e for e in evs if e.plover == "ASSAULT"]
    assert [(e.source, e.target.code if e.target else None) for e in abduct] == [(None, "USACVL")]


def test_guards_of_prisons_and_borders_are_police_and_inmates_criminals() -> None:
    evs = events("LIMA — Peruvian border guards detained six smugglers near the Chilean frontier on Sunday.", published=PUB)
    assert ("COERCE", "PERCOP", "PERCRM") in keyed(evs)
    evs = events("ATLANTA (AP) — A prison guard punched an inmate at a state jail in Georgia, investigators said.", published=PUB, settings=ALL)
    assert ("ASSAULT", "USACOP", "USACRM") in keyed(evs)


def test_a_plea_to_a_charge_asks_no_one() -> None:
    evs = events("DALLAS (AP) — The former deputy pleaded not guilty in federal court on Monday to bribery charges.", published=PUB, settings=ALL)
    assert not [e for e in evs if e.plover == "REQUEST"]
    evs = events("The mother of the kidnapped reporter pleaded with the Syrian rebels to free her son.", published=PUB, settings=ALL)
    assert [(e.plover, e.target.country if e.target else None) for e in evs if e.plover == "REQUEST"] == [("REQUEST", "SYR")]


def test_a_countrys_possessive_before_its_own_force_is_one_actor() -> None:
    evs = events("Iran's Revolutionary Guards seized a British oil tanker in the Gulf on Friday.", published=PUB)
    assert keyed(evs) == {("COERCE", "IRNMIL", "GBR")}


def test_georgia_in_an_american_story_is_the_state() -> None:
    evs = events("ATLANTA (AP) — A prison guard punched an inmate at a state jail in Georgia, investigators said.", published=PUB)
    assert keyed(evs) == {("ASSAULT", "USACOP", "USACRM")}
    # (and so are the offices named with it)
    assert coded("ATLANTA (AP) — A Georgia grand jury indicted the former mayor on Tuesday.") == {("ACCUSE", "USAJUD", "USAELI")}
    assert coded("ATLANTA (AP) — The governor of Georgia sued the federal government on Monday.") == {("ACCUSE", "USAGOV", "USAGOV")}
    # a story about the country keeps the country
    evs = events("TBILISI, Georgia (AP) — Georgian police detained 20 protesters outside parliament in Georgia's capital.", published=PUB)
    assert countries(evs) == {"GEO"}


def test_a_visit_to_a_name_at_home_with_no_role_meets_no_one() -> None:
    text = ("WASHINGTON (AP) — President Ellen Marsh made an unannounced trip to Fort Kellerman on Saturday. "
            "Rep. Carl Ruiz visited the U.S.-Canada border in October. "
            "Secretary of State Ann Cole visited Senator Dan Ross in Ohio.")
    evs = events(text, published=PUB, settings=ALL)
    assert [(e.plover, e.source_text, e.target_text) for e in evs] == [("CONSULT", "Secretary of State Ann Cole", "Senator Dan Ross")]


def test_a_later_telling_without_a_target_is_the_act_told_first() -> None:
    text = ("BUFFALO, N.Y. (AP) — A Rochester man threatened to kill U.S. Rep. Dana Holt in voicemails left at her office, prosecutors said. "
            "Martin Greer, 48, threatened again in a second call a week later, according to court papers.")
    # (at a cut of 0.3: the learned model puts the first telling near the default cut, the
    # second, with no one threatened, well below it)
    evs = events(text, published=PUB, settings=EventSettings(min_confidence=0.3))
    assert [(e.plover, e.sentence_index, e.target.code if e.target else None) for e in evs if e.plover == "THREATEN"] == [
        ("THREATEN", 1, "USALEG")]


def test_a_participle_coordinated_with_a_passive_is_passive_too() -> None:
    evs = events("MEMPHIS (AP) — Two city officials were arrested Monday and charged with stealing public funds.", published=PUB, settings=ALL)
    assert {(e.plover, e.source, e.target.country if e.target else None) for e in evs} == {("COERCE", None, "USA"), ("ACCUSE", None, "USA")}
    evs = events("HARARE — Six students were beaten and detained by police outside the university.", published=PUB)
    assert ("COERCE", "ZWECOP", "ZWEEDU") in keyed(evs)


def test_a_warning_of_consequences_is_a_comment_and_of_ones_own_act_a_threat() -> None:
    evs = events("CAIRO — Egypt's foreign minister warned that the decision would inflame tensions in the region.", published=PUB, settings=ALL)
    assert not [e for e in evs if e.plover == "THREATEN"]
    evs = events("ANKARA — Turkey warned that it would respond to any attack on its soldiers.", published=PUB, settings=ALL)
    assert [(e.plover, e.source.code if e.source else None) for e in evs] == [("THREATEN", "TUR")]
    evs = events("PYONGYANG — North Korea warned that Seoul would pay a heavy price for the drills.", published=PUB)
    assert ("THREATEN", "PRK", "KOR") in keyed(evs)


def test_dragging_someone_to_court_sues_them() -> None:
    evs = events("ACCRA — Two opposition lawmakers have dragged the Inspector-General of Police to court over their detention.", published=PUB)
    assert ("ACCUSE", "GHAOPP", "GHACOP") in keyed(evs) or ("ACCUSE", "GHALEG", "GHACOP") in keyed(evs)
    assert {e.cameo for e in evs if e.plover == "ACCUSE"} == {"115"}


def test_accidents_and_disasters_are_no_ones_acts() -> None:
    for text in (
        "KABUL — Three Afghan soldiers were killed when their helicopter crashed in Helmand province on Monday, officials said.",
        "DHAKA — Eleven workers were killed in a fire at a garment factory on the outskirts of the capital.",
        "QUITO — Nine people died and 30 were injured when a bus overturned on a mountain road.",
    ):
        assert not [e for e in events(text, published=PUB, settings=ALL) if e.plover == "ASSAULT"], text
    # an attack with no doer named stays an attack
    evs = events("KABUL — Three Afghan soldiers were killed in an attack on a checkpoint in Helmand on Monday.", published=PUB)
    assert ("ASSAULT", None, "AFGMIL") in keyed(evs)


def test_a_when_clause_of_force_names_the_doer_of_a_passive_killing() -> None:
    evs = events("SANAA — Four civilians were killed when Saudi jets bombed a market in northern Yemen, residents said.", published=PUB)
    assert ("ASSAULT", "SAUMIL", "YEMCVL") in keyed(evs)
    # the victims are not of the attacker's country though it is the only one the sentence names
    evs = events("GAZA — Two people were killed when an Israeli missile hit their car on Tuesday.", published=PUB)
    assert all(e.target is None or e.target.country == "PSE" for e in evs)


def test_matches_won_are_no_force() -> None:
    for text in ("MADRID — Spain beat Portugal 3-1 in a friendly on Tuesday.", "LONDON — Carla Mendes beat Anna Novak in straight sets on Monday."):
        assert not [e for e in events(text, published=PUB, settings=ALL) if e.plover == "ASSAULT"], text
    evs = events("HARARE — Police beat opposition supporters outside the party's headquarters.", published=PUB)
    assert ("ASSAULT", "ZWECOP", "ZWEOPP") in keyed(evs) or ("ASSAULT", "ZWECOP", "ZWECVL") in keyed(evs)


def test_words_of_sport_and_of_names_are_no_protest_and_no_act() -> None:
    for text in (
        "DENVER (AP) — The Nuggets rallied to beat the Jazz 101-99 on Monday.",
        "DENVER (AP) — Murray blocked a shot in the final seconds, and the players demonstrated their resolve.",
        "HOUSTON (AP) — NASA's Lunar Investigating Rover will explore the moon's south pole.",
    ):
        assert not events(text, published=PUB, settings=ALL), text
    evs = events("NAIROBI — Students blocked a highway outside the capital on Monday to protest higher fees.", published=PUB)
    assert {e.plover for e in evs} == {"PROTEST"}


def test_a_firms_deals_and_posts_are_no_events() -> None:
    for text in (
        "NEW YORK (AP) — The company agreed to buy a rival firm for $2 billion, the two businesses said.",
        "NEW YORK (AP) — Jane Porter stepped down as chief executive of the bank on Monday.",
    ):
        assert not [e for e in events(text, published=PUB, settings=ALL) if e.plover], text
    # a firm sued by the state, or suing it, is still an event
    evs = events("WASHINGTON (AP) — The Justice Department sued the company on Monday.", published=PUB)
    assert ("ACCUSE", "USAGOV", "USABUS") in keyed(evs) or ("ACCUSE", "USAJUD", "USABUS") in keyed(evs)


def test_jailed_for_a_term_or_by_a_court_is_a_sentence() -> None:
    evs = events("MINSK — A Belarusian court jailed an opposition blogger for four years on Tuesday.", published=PUB)
    assert ("SANCTION", "BLRJUD", "BLRMED") in keyed(evs) or ("SANCTION", "BLRJUD", "BLROPP") in keyed(evs)
    evs = events("LEEDS, England — The man was jailed for life on Friday for the murder of a teacher.", published=PUB)
    assert ("SANCTION", None, "GBRCVL") in keyed(evs)
    evs = events("NAIROBI — The suspects were remanded in custody for 14 days.", published=PUB)
    assert ("COERCE", None, "KENCRM") in keyed(evs)


def test_people_by_what_they_do_are_actors() -> None:
    evs = events("MANILA — Anti-narcotics agents shot dead two drug dealers in Quezon City on Sunday.", published=PUB)
    assert ("ASSAULT", "PHLCOP", "PHLCRM") in keyed(evs)
    evs = events("KADUNA, Nigeria — Gunmen kidnapped 30 pupils and a teacher from a boarding school.", published=PUB)
    assert ("ASSAULT", "NGAREB", "NGAEDU") in keyed(evs)
    evs = events("TEHRAN — A court sentenced a well-known actress to five years in prison.", published=PUB)
    assert ("SANCTION", "IRNJUD", "IRNCVL") in keyed(evs)


def test_a_bribe_accepted_concedes_nothing() -> None:
    assert not events("CHICAGO (AP) — The alderman accepted a bribe from a developer, prosecutors said.", published=PUB, settings=ALL)
    # (nor a sum "in cash", nor someone's help)
    text = "CHICAGO (AP) — The alderman accepted more than $50,000 in cash from a developer, prosecutors said."
    assert not [e for e in events(text, published=PUB, settings=ALL) if e.plover == "CONCEDE"]
    text = "ROME — The mayor is suspected of accepting the help of a local clan to win votes."
    assert not [e for e in events(text, published=PUB, settings=ALL) if e.plover == "CONCEDE"]


def test_a_country_named_inside_what_is_acted_on_is_not_the_doers() -> None:
    evs = events("DAR ES SALAAM, Tanzania — A magistrate ordered the deportation of 40 Ethiopian migrants.", published=PUB, settings=ALL)
    assert evs and all(e.source is not None and e.source.country == "TZA" for e in evs)


def test_foreign_troops_are_not_the_articles_country() -> None:
    evs = events("KABUL — Insurgents threatened new attacks on foreign troops on Sunday.", published=PUB, settings=ALL)
    assert all(e.target is None or e.target.country != "AFG" for e in evs)


def test_chambers_named_alike_in_several_countries_are_the_articles() -> None:
    evs = events("OTTAWA — The House of Commons passed a motion condemning Beijing on Tuesday.", published=PUB)
    assert ("ACCUSE", "CANLEG", "CHN") in keyed(evs)
    evs = events("CANBERRA — The House of Representatives passed a motion calling on the government to act.", published=PUB)
    assert all(a.country == "AUS" for e in evs for a in (e.source, e.target) if a is not None)


def test_what_someone_calls_a_thing_is_no_phone_call_and_a_reproach_criticises() -> None:
    evs = events("MOSCOW — The Kremlin called the Latvian decision unfriendly and provocative.", published=PUB)
    assert ("ACCUSE", "RUSGOV", "LVA") in keyed(evs)
    evs = events("OSLO — Norway expelled a Russian diplomat over what its foreign ministry called hostile activity on Norwegian soil.", published=PUB)
    assert {e.plover for e in evs} == {"SANCTION"}


def test_a_present_tense_relative_clause_describes_and_tells_no_act() -> None:
    evs = events("LIMA — Farmers who oppose a new water law blocked a highway on Monday.", published=PUB, settings=ALL)
    assert {e.plover for e in evs} == {"PROTEST"}


def test_found_stabbed_is_done_to_the_one_found() -> None:
    evs = events("DETROIT (AP) — A teenager was found stabbed to death behind a school, police said.", published=PUB)
    assert keyed(evs) == {("ASSAULT", None, "USACVL")}


def test_what_a_named_party_says_happened_is_reported() -> None:
    evs = events("NAIROBI — Police arrested six men in a raid on Monday, a police spokesman said.", published=PUB)
    assert [(e.plover, e.modality) for e in evs] == [("COERCE", "reported")]
    # what is said to be coming stays future
    evs = events("ANKARA — Turkey said it would send more troops to the border.", published=PUB, settings=ALL)
    assert evs and all(e.modality != "reported" for e in evs)


def test_the_group_is_the_group_named_last() -> None:
    text = ("MOGADISHU — Al-Shabaab fighters abducted two Kenyan aid workers near the border on Friday. "
            "The group demanded that Nairobi release its jailed members.")
    evs = events(text, published=PUB)
    assert ("REQUEST", "SOMREBSHB", "KEN") in keyed(evs)


def test_the_shooting_of_someone_by_someone_is_an_attack() -> None:
    evs = events("MINNEAPOLIS (AP) — The shooting of an unarmed man by police on Sunday sparked angry protests.", published=PUB)
    assert ("ASSAULT", "USACOP", "USACVL") in keyed(evs)


def test_a_strike_on_targets_near_a_place_is_on_that_country() -> None:
    evs = events("BEIRUT — Israeli jets struck weapons depots near Beirut overnight, the army said.", published=PUB)
    assert ("ASSAULT", "ISRMIL", "LBN") in keyed(evs)


def test_agreeing_to_pull_back_ones_own_troops_is_an_agreement_between_the_two() -> None:
    evs = events("ISLAMABAD — Pakistan and India agreed on Monday to pull back troops from the Line of Control.", published=PUB)
    assert [(e.plover, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs if e.plover == "AGREE"] == [
        ("AGREE", "PAK", "IND")]


def test_investigating_a_killing_targets_its_unnamed_doer_not_the_victim() -> None:
    evs = events("LAGOS — Police are investigating the killing of a journalist in Lagos.", published=PUB, settings=ALL)
    assert [(e.plover, e.target) for e in evs if e.plover == "ACCUSE"] == [("ACCUSE", None)]


def test_what_a_push_or_a_plan_aims_at_is_not_done() -> None:
    evs = events("CARACAS — Police arrested two lawmakers who backed the push to oust the government.", published=PUB, settings=ALL)
    assert ("COERCE", "VENCOP", "VENLEG") in keyed(evs)
    assert all(e.modality == "hypothetical" for e in evs if e.plover == "SANCTION")
    # a purpose of force that is the act itself stays told
    evs = events("ACCRA — Police used tear gas to disperse striking nurses.", published=PUB)
    assert [(e.plover, e.modality) for e in evs] == [("COERCE", "asserted")]


def test_missiles_fired_into_the_sea_are_a_show_of_force_and_freed_hostages_a_release() -> None:
    evs = events("SEOUL — North Korea fired two ballistic missiles into the sea on Thursday.", published=PUB)
    assert [(e.plover, e.cameo) for e in evs] == [("MOBILIZE", "150")]
    evs = events("KABUL — Two hostages were freed on Tuesday, officials said.", published=PUB, settings=ALL)
    assert ("RETREAT", None, "AFGCVL") in keyed(evs)


def test_easing_sanctions_and_allowing_access_concede() -> None:
    evs = events("WASHINGTON — The United States eased sanctions on Cuba on Monday.", published=PUB)
    assert ("CONCEDE", "USA", "CUB") in keyed(evs)


def test_migrants_sent_or_pushed_back_are_expelled() -> None:
    evs = events("ROME — Italy sent 60 Tunisian migrants back to Tunisia on Tuesday.", published=PUB)
    assert ("COERCE", "ITA", "TUNREF") in keyed(evs)
    evs = events("SOFIA — Bulgarian border police pushed back a group of Afghan migrants at the Turkish frontier.", published=PUB)
    assert any(e.plover == "COERCE" and e.source is not None and e.source.code == "BGRCOP" for e in evs)


def test_what_an_appeal_asks_for_is_not_done() -> None:
    evs = events("AMMAN — Aid groups appealed to Jordan on Monday to stop deporting Syrian refugees.", published=PUB, settings=ALL)
    assert [(e.plover, e.modality) for e in evs if e.modality in ("asserted", "reported")] == [("REQUEST", "asserted")]


def test_a_delivery_by_one_state_to_another_is_aid() -> None:
    evs = events("CAIRO — The delivery of medical supplies by Egypt to Sudan resumed on Monday.", published=PUB)
    assert ("AID", "EGY", "SDN") in keyed(evs)


def test_recalling_an_ambassador_cutting_the_internet_and_disqualifying_a_candidate() -> None:
    evs = events("QUITO — Ecuador withdrew its ambassador from Caracas on Monday.", published=PUB)
    assert [(e.plover, e.cameo) for e in evs] == [("SANCTION", "161")]
    evs = events("ADDIS ABABA — Ethiopian authorities cut internet access in the Tigray region on Tuesday.", published=PUB, settings=ALL)
    assert ("COERCE", "ETHGOV", None) in keyed(evs)
    evs = events("HARARE — A Zimbabwean court disqualified opposition lawmaker Tendai Moyo on Friday.", published=PUB)
    assert any(e.plover == "COERCE" and e.source is not None and e.source.code == "ZWEJUD" for e in evs)


def test_missile_tests_troops_deployed_and_weapons_fired() -> None:
    evs = events("SEOUL — North Korea test-fired a new cruise missile on Tuesday.", published=PUB)
    assert [(e.plover, e.cameo) for e in evs] == [("MOBILIZE", "150")]
    evs = events("SANTIAGO — Chilean police fired tear gas and water cannon at student protesters.", published=PUB)
    assert [(e.plover, e.cameo) for e in evs] == [("COERCE", "175")]
    evs = events("KYIV — Russian forces fired artillery shells at the town overnight.", published=PUB, settings=ALL)
    assert all(e.target is None or e.target.country != "UKR" or e.target.role != "MIL" for e in evs)
    # CAMEO 175: the gas is fired at whom the repression is done to
    text = "PARIS — In Lyon, police fired tear gas at young demonstrators who threw bottles near the town hall, the prefecture said."
    assert ("COERCE", "FRACOP", "FRACVL") in coded(text)


def test_the_two_are_the_two_named_last() -> None:
    evs = events("LIMA — Peru's president met Ecuador's president on Monday, and the two signed a border pact.", published=PUB)
    assert ("AGREE", "PER", "ECU") in keyed(evs)


def test_refugees_are_of_the_country_they_flee() -> None:
    evs = events("ANKARA — Turkish police detained 40 refugees fleeing the fighting in Syria on Monday.", published=PUB)
    assert ("COERCE", "TURCOP", "SYRREF") in keyed(evs)


def test_congolese_in_a_story_from_kinshasa_is_the_democratic_republic() -> None:
    evs = events("KINSHASA — Congolese soldiers killed five rebels in North Kivu on Sunday, the army said.", published=PUB)
    assert countries(evs) == {"COD"}


def test_the_agency_is_the_organisation_named_last() -> None:
    text = "GENEVA — The U.N. refugee agency criticised Greece on Monday. The agency also accused Turkey of pushing back migrants."
    evs = events(text, published=PUB)
    assert ("ACCUSE", "IGOUNOHCR", "TUR") in keyed(evs)


def test_a_country_team_attacking_no_one_plays_a_match() -> None:
    for text in ("LISBON — Portugal attacked relentlessly in the second half but could not score.",
                 "BUENOS AIRES — Players from Argentina and Uruguay clashed after the final whistle."):
        assert not [e for e in events(text, published=PUB, settings=ALL) if e.plover == "ASSAULT"], text


def test_a_disaster_is_no_one_whatever_place_it_is_in() -> None:
    for text in ("MANILA — Floods in the northern Philippines have killed at least 30 people.",
                 "ANKARA — An earthquake in eastern Turkey killed 22 people on Friday.",
                 "BRASILIA — Officials struggled to contain the Amazon fires, which have destroyed vast areas of forest."):
        assert not [e for e in events(text, published=PUB, settings=ALL) if e.plover == "ASSAULT"], text


def test_an_act_named_by_a_past_year_is_background() -> None:
    evs = events("BEIRUT — The documentary revisits the 1982 Israeli invasion of Lebanon.", published=PUB, settings=ALL)
    assert not evs
    evs = events("GAZA — Israeli strikes on Gaza killed 12 people on Tuesday.", published=PUB)
    assert ("ASSAULT", "ISR", "PSE") in keyed(evs)


def test_it_is_time_to_talk_urges_talks() -> None:
    evs = events("WASHINGTON — It is time for Washington and Tehran to sit down and talk, the senator said.", published=PUB, settings=ALL)
    assert evs and all(e.modality == "hypothetical" for e in evs if e.plover == "CONSULT")


def test_company_officers_are_business() -> None:
    evs = events("SAN FRANCISCO — The company's chief technology officer resigned on Monday.", published=PUB, settings=ALL)
    assert not [e for e in evs if e.plover]


def test_an_object_pronoun_is_not_the_subject_of_its_own_clause() -> None:
    evs = events("QUITO — Ecuador expelled Bolivia's ambassador on Monday. The government accused him of meddling.", published=PUB)
    assert ("ACCUSE", "ECUGOV", "BOLGOV") in keyed(evs)
    evs = events("NAIROBI — Police arrested three student leaders on Monday and charged them with incitement.", published=PUB)
    assert ("ACCUSE", "KENCOP", "KENEDU") in keyed(evs)


def test_the_arrest_of_someone_by_someone_and_criticism_drawn_from_someone() -> None:
    evs = events("WARSAW — The arrest of a reporter by Polish police sparked protests on Monday.", published=PUB)
    assert ("COERCE", "POLCOP", "POLMED") in keyed(evs)
    evs = events("VILNIUS — The Lithuanian minister's visit to Taipei drew criticism from Beijing.", published=PUB)
    assert ("ACCUSE", "CHN", "LTUGOV") in keyed(evs)


def test_accused_of_an_act_names_its_doer_and_the_act_is_reported() -> None:
    evs = events("JUBA — South Sudan accused Sudanese militias of killing four of its soldiers.", published=PUB)
    assert [(e.plover, e.source.code if e.source else None, e.modality) for e in evs if e.plover == "ASSAULT"] == [("ASSAULT", "SDNREB", "reported")]
    evs = events("TRIPOLI — The government blamed the bombing on rebel forces.", published=PUB)
    assert ("ACCUSE", "LBYGOV", "LBYREB") in keyed(evs)


def test_a_bomb_placed_in_a_country_is_no_one_of_it() -> None:
    evs = events("MOGADISHU — Two soldiers were killed by a roadside bomb in Somalia's Hiran region.", published=PUB, settings=ALL)
    assert all(e.source is None for e in evs if e.plover == "ASSAULT")


def test_he_is_a_person_not_the_police() -> None:
    evs = events("JAKARTA — Police detained activist Budi Santoso on Monday. He was released without charge on Tuesday.", published=PUB, settings=ALL)
    assert all(e.target is None or e.target.role != "COP" for e in evs if e.plover == "RETREAT")


def test_a_famous_name_followed_by_another_name_is_someone_else() -> None:
    evs = events("BAMAKO — Police arrested opposition leader Moussa Diarra on Monday.", published=PUB)
    assert countries(evs) == {"MLI"}


def test_a_union_calling_a_strike_protests() -> None:
    evs = events("ABUJA — Nigeria's main labour union called a general strike on Monday.", published=PUB)
    assert [(e.plover, e.source.code if e.source else None) for e in evs] == [("PROTEST", "NGALAB")]


def test_the_army_is_the_army_named_last() -> None:
    text = ("RAMALLAH, West Bank — Israeli troops raided the village of Beita on Monday. "
            "The army said it arrested three men suspected of throwing stones.")
    evs = events(text, published=PUB)
    assert ("COERCE", "ISRMIL", "PSECVL") in keyed(evs)


def test_the_possessor_of_a_release_or_an_arrest_is_the_one_it_is_done_to() -> None:
    evs = events("ADDIS ABABA — The African Union demanded the president's immediate release.", published=PUB, settings=ALL)
    assert not [e for e in evs if e.plover == "RETREAT" and e.modality in ("asserted", "reported")]
    assert all(e.source is None or e.source.role != "GOV" or e.plover != "RETREAT" for e in evs)


def test_a_drone_strike_is_an_attack_and_burning_tyres_a_protest() -> None:
    evs = events("ALGIERS — Algeria expelled Mali's ambassador over a drone strike near the border.", published=PUB, settings=ALL)
    assert not [e for e in evs if e.plover == "PROTEST"]
    evs = events("BAGHDAD — Protesters burned tyres outside the provincial council building.", published=PUB)
    assert [e.plover for e in evs] == ["PROTEST"]


def test_dozens_of_them_are_the_ones_named_before() -> None:
    evs = events("HARARE — Hundreds of nurses marched on parliament on Monday. Dozens of them were arrested, police said.", published=PUB, settings=ALL)
    assert ("COERCE", None, "ZWEHLH") in keyed(evs)


def test_entry_barred_a_critic_poisoned_a_court_fine_and_water_cannon() -> None:
    evs = events("VILNIUS — Lithuania barred entry to a Belarusian journalist on Monday.", published=PUB)
    assert ("COERCE", "LTU", "BLRMED") in keyed(evs)
    evs = events("LONDON — Russian agents poisoned Kremlin critic Oleg Petrov in Salisbury.", published=PUB)
    assert [(e.plover, e.source.code if e.source else None) for e in evs] == [("ASSAULT", "RUSCOP")]
    assert all(e.target is None or e.target.role != "GOV" for e in evs)
    evs = events("MINSK — A court fined opposition leader Sergei Kovalenko on Tuesday.", published=PUB)
    assert ("SANCTION", "BLRJUD", "BLROPP") in keyed(evs)
    evs = events("TBILISI — Police fired water cannon and rubber bullets at demonstrators outside parliament.", published=PUB)
    assert [e.plover for e in evs] == ["COERCE"]


def test_accepting_a_resignation_concedes_nothing_and_searching_offices_is_a_raid() -> None:
    assert not events("WARSAW — The prime minister accepted the resignation of the justice minister.", published=PUB, settings=ALL)
    evs = events("ISTANBUL — Police searched the offices of the pro-Kurdish party on Tuesday.", published=PUB)
    assert [e.plover for e in evs] == ["COERCE"]


def test_a_capital_named_by_rebels_or_the_opposition_is_its_government() -> None:
    evs = events("DONETSK, Ukraine — The separatists accused Kyiv of shelling residential areas.", published=PUB)
    assert ("ACCUSE", "UKRREB", "UKRGOV") in keyed(evs)


def test_teams_sent_to_a_tournament_and_a_trip_for_treatment_meet_no_one() -> None:
    for text in ("DOHA — Saudi Arabia, Oman and Kuwait sent their national teams to the Gulf Cup in Doha.",
                 "ISLAMABAD — The former prime minister flew to London for medical treatment on Tuesday."):
        assert not [e for e in events(text, published=PUB, settings=ALL) if e.plover == "CONSULT"], text


def test_questioning_an_official_and_tightening_controls() -> None:
    evs = events("WASHINGTON (AP) — Senate investigators questioned a senior State Department official on Tuesday.", published=PUB)
    assert [e.plover for e in evs] == ["ACCUSE"]
    evs = events("SEOUL — South Korea tightened export controls on Japan in August.", published=PUB)
    assert ("SANCTION", "KOR", "JPN") in keyed(evs)


def test_the_country_an_investigation_is_about_is_no_investigator() -> None:
    evs = events("WASHINGTON — The attorney general named a prosecutor to review the Ukraine investigation.", published=PUB, settings=ALL)
    assert all(e.source is None or e.source.country != "UKR" for e in evs)


def test_hitting_someone_is_force_and_hitting_back_at_critics_is_words() -> None:
    evs = events("LAGOS — A police officer hit a protester with a baton outside the court.", published=PUB)
    assert [e.plover for e in evs] == ["ASSAULT"]
    evs = events("CAPE TOWN — The opposition leader hit back at critics of his party on Monday.", published=PUB, settings=ALL)
    assert not [e for e in evs if e.plover == "ASSAULT"]


def test_boats_expelled_jets_scrambled_a_rally_broken_up_and_a_tour_at_home() -> None:
    evs = events("TAIPEI — Taiwan's coast guard expelled two Chinese fishing boats on Monday.", published=PUB)
    assert [(e.plover, e.cameo) for e in evs] == [("COERCE", "174")]
    evs = events("Taiwan scrambled fighter jets on Tuesday.", published=PUB, settings=ALL)
    assert ("MOBILIZE", "TWN", None) in keyed(evs)
    evs = events("DHAKA — Police used batons and tear gas to break up an opposition rally.", published=PUB)
    assert ("COERCE", "BGDCOP", "BGDOPP") in keyed(evs)
    assert not events("NEW DELHI — Prime Minister Narendra Modi visited Arunachal Pradesh on Monday.", published=PUB, settings=ALL)


def test_a_thing_called_something_is_no_phone_call_and_walking_off_the_job_a_strike() -> None:
    evs = events("WASHINGTON (AP) — Sen. Ann Whitcomb called the governor's remarks beneath the dignity of the office.", published=PUB, settings=ALL)
    assert not [e for e in evs if e.plover == "CONSULT"]
    evs = events("MINNEAPOLIS (AP) — Nurses at four hospitals walked off the job on Monday.", published=PUB)
    assert [(e.plover, e.source.code if e.source else None) for e in evs] == [("PROTEST", "USAHLH")]


def test_a_us_state_acting_is_its_government() -> None:
    evs = events("SACRAMENTO, Calif. (AP) — California sued the Trump administration on Monday over a new emissions rule.", published=PUB)
    assert ("ACCUSE", "USAGOV", "USAGOV") in keyed(evs)
    # a state named as a place is still where
    evs = events("HOUSTON (AP) — Police in Texas arrested a man on Monday.", published=PUB)
    assert keyed(evs) == {("COERCE", "USACOP", "USACVL")}


def test_an_act_named_again_by_a_definite_noun_answers_its_doer() -> None:
    evs = events("ATHENS — Greece and Egypt signed a maritime deal on Thursday. Ankara condemned the deal.", published=PUB)
    assert {("ACCUSE", "TUR", "GRC"), ("ACCUSE", "TUR", "EGY")} <= keyed(evs)
    evs = events("KABUL — Pakistan expelled two Afghan diplomats on Monday. Kabul condemned the expulsions.", published=PUB)
    assert ("ACCUSE", "AFG", "PAK") in keyed(evs)
    # an indefinite noun names another act
    evs = events("ATHENS — Greece and Egypt signed a maritime deal on Thursday. Ankara condemned a deal with Cyprus.", published=PUB, settings=ALL)
    assert not [e for e in evs if e.plover == "ACCUSE" and e.target is not None and e.target.country in ("GRC", "EGY")]


# ---- fourth round ----------------------------------------------------------------------------------
def test_speaking_by_phone_is_a_phone_call_with_the_other_side() -> None:
    evs = events("The foreign ministers of Ghana and Togo spoke by telephone on Sunday.", published=PUB)
    assert keyed(evs) == {("CONSULT", "GHAGOV", "TGOGOV")}
    assert {e.cameo for e in evs} == {"041"}
    evs = events("Chilean President Ana Reyes spoke by phone with Peruvian President Luis Soto on Tuesday.", published=PUB)
    assert keyed(evs) == {("CONSULT", "CHLGOV", "PERGOV")}
    # speaking about something meets no one
    assert not events("Speaking about the price of fuel, the Ghanaian minister spoke to reporters.", published=PUB, settings=ALL)


def test_the_talks_are_between_the_sides_of_the_last_act_of_their_kind() -> None:
    text = (
        "Ghana and Togo agreed on Monday to hold talks on their maritime border. "
        "Ghanaian soldiers and Togolese troops exchanged fire near the frontier last week. "
        "Officials said the talks would focus on fishing rights."
    )
    evs = events(text, published=PUB, settings=ALL)
    # the talks are not between the two armies that fired
    assert not any(e.sentence_index == 2 and e.source is not None and e.source.role == "MIL" for e in evs)
    assert any(e.plover == "ASSAULT" and e.sentence_index == 1 for e in evs)


def test_a_weapon_no_one_is_said_to_own_is_no_ones_forces() -> None:
    # a bare "drone" in a Kyiv story is not Ukraine's army: the attack is the subject's
    evs = events("KYIV — Russia launched a drone attack on Kharkiv overnight.", published=PUB)
    assert keyed(evs) == {("ASSAULT", "RUS", "UKR")}
    # a weapon said to be someone's stands for their forces
    assert keyed(events("Russian drones struck Odesa overnight.", published=PUB)) == {("ASSAULT", "RUSMIL", "UKR")}
    evs = events("KYIV — Drones damaged two buildings overnight, officials said.", published=PUB, settings=ALL)
    assert not any(e.source is not None and e.source.code == "UKRMIL" for e in evs)


def test_a_city_the_parser_takes_for_a_person_is_a_place() -> None:
    # "Kharkiv" after "on" is tagged a person by the small model: it is the city, in Ukraine,
    # not a Russian named Kharkiv
    evs = events("KYIV — Russia launched a drone attack on Kharkiv overnight.", published=PUB)
    assert keyed(evs) == {("ASSAULT", "RUS", "UKR")}


def test_sides_that_act_on_each_other_each_act() -> None:
    evs = events("Serbia and Croatia accused each other of stoking tensions.", published=PUB)
    assert {k for k in keyed(evs) if k[0] == "ACCUSE"} == {("ACCUSE", "SRB", "HRV"), ("ACCUSE", "HRV", "SRB")}
    evs = events("Eritrea and Djibouti blamed one another for the border incident.", published=PUB)
    assert keyed(evs) == {("ACCUSE", "ERI", "DJI"), ("ACCUSE", "DJI", "ERI")}
    # a cooperative act between two sides stays one event
    assert keyed(events("Serbia and Croatia met each other in Zagreb.", published=PUB)) == {("CONSULT", "SRB", "HRV")}


def test_whose_soldiers_its_says() -> None:
    # a Beirut story: "its soldiers" are the Syrian army's, not Lebanon's
    text = "BEIRUT — Two Lebanese farmers were killed near the border on Monday. The Syrian army said its soldiers shot them."
    evs = events(text, published=PUB)
    assert ("ASSAULT", "SYRMIL", "LBNAGR") in keyed(evs)
    assert not any(e.source is not None and e.source.code == "LBNMIL" for e in evs)


def test_a_strike_that_kills_is_force_not_a_walkout() -> None:
    evs = events("A Turkish strike near Qamishli killed three fighters, a monitoring group said.", published=PUB, settings=ALL)
    assert "PROTEST" not in {e.plover for e in evs}
    assert any(e.plover == "ASSAULT" and e.source is not None and e.source.country == "TUR" for e in evs)
    # a labour strike is still a protest
    assert "PROTEST" in {e.plover for e in events("French rail workers began a strike on Monday.", published=PUB, settings=ALL)}


def test_hostages_taken_and_people_captured_are_seized() -> None:
    evs = events("ABUJA — Gunmen took six teachers hostage in Kaduna state on Friday.", published=PUB)
    assert {(e.plover, e.cameo) for e in evs} == {("ASSAULT", "181")}
    evs = events("Ukrainian forces captured two Russian soldiers near Avdiivka.", published=PUB)
    assert {(e.plover, e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs} \
        == {("COERCE", "173", "UKRMIL", "RUSMIL")}


def test_sanctions_adopted_or_approved_are_imposed() -> None:
    evs = events("The European Union adopted a new package of sanctions against Belarus on Monday.", published=PUB)
    assert keyed(evs) == {("SANCTION", "IGOEUREEC", "BLR")}
    evs = events("Japan approved sanctions on three North Korean officials.", published=PUB)
    assert keyed(evs) == {("SANCTION", "JPN", "PRKGOV")}


def test_retaliation_vowed_is_a_threat_and_made_with_a_means_is_that_means() -> None:
    assert keyed(events("Pakistan vowed to retaliate against India.", published=PUB)) == {("THREATEN", "PAK", "IND")}
    assert keyed(events("Israel retaliated against Hezbollah on Sunday.", published=PUB)) == {("ASSAULT", "ISR", "LBNREBHEZ")}
    # an answer made with tariffs is no force
    assert "ASSAULT" not in {e.plover for e in events("Beijing retaliated with tariffs on Canadian canola.", published=PUB, settings=ALL)}
    # nor is one made by raising duties: the raising is the answer (163)
    text = "BEIJING — China retaliated against new U.S. tariffs on Friday by raising duties on American goods."
    assert {(e.plover, e.source.code if e.source else None) for e in events(text, published=PUB, settings=ALL)} >= {("SANCTION", "CHN")}
    assert "ASSAULT" not in {e.plover for e in events(text, published=PUB, settings=ALL)}


def test_a_country_of_two_words_keeps_its_possessive() -> None:
    # the small model takes the "'s" into the name ("South Korea's" as one place): still the country
    assert keyed(events("South Korea's president criticized North Korea on Monday.", published=PUB)) == {("ACCUSE", "KORGOV", "PRK")}
    assert keyed(events("Sri Lanka's foreign minister met India's foreign minister in Colombo.", published=PUB)) \
        == {("CONSULT", "LKAGOV", "INDGOV")}


def test_a_dateline_of_two_cities_is_no_clause() -> None:
    # "TBILISI/BAKU (Reuters) -": the cities and the agency are the dateline, not actors
    text = "TBILISI/BAKU (Reuters) - Georgia and Azerbaijan agreed on Thursday to reopen a border crossing, the two governments said."
    evs = events(text, published=PUB)
    assert keyed(evs) == {("AGREE", "GEO", "AZE")}
    evs = events("MOSCOW/KYIV (Reuters) - Russian forces shelled Kherson overnight, Ukrainian officials said.", published=PUB)
    assert keyed(evs) == {("ASSAULT", "RUSMIL", "UKR")}


def test_an_act_named_again_two_sentences_on_or_called_something_answers_its_doer() -> None:
    text = "Nicaragua expelled the Costa Rican ambassador on Monday. San Jose called the move unjustified."
    assert ("ACCUSE", "CRI", "NIC") in keyed(events(text, published=PUB))
    text = ("Pakistan accused Afghanistan of sheltering militants. The dispute has closed the Torkham crossing. "
            "Kabul rejected the allegations on Tuesday.")
    assert ("REJECT", "AFG", "PAK") in keyed(events(text, published=PUB))
    text = "Azerbaijan launched a military operation against Armenian forces on Tuesday. France condemned the operation."
    assert ("ACCUSE", "FRA", "AZE") in keyed(events(text, published=PUB))


def test_exercises_held_alone_are_a_show_of_force_and_joint_ones_cooperation() -> None:
    evs = events("North Korea began large-scale military drills on Monday.", published=PUB, settings=ALL)
    assert {(e.plover, e.cameo) for e in evs} == {("MOBILIZE", "150")}
    evs = events("Egypt and Greece held joint military exercises in the Mediterranean.", published=PUB)
    assert {(e.plover, e.cameo) for e in evs} == {("COOPERATE", "062")}


def test_sides_that_urge_together_do_not_urge_each_other() -> None:
    evs = events("Norway, Sweden and Denmark have urged a ceasefire in Sudan.", published=PUB, settings=ALL)
    assert evs and all(e.target is None or e.target.country == "SDN" for e in evs)
    # acting on a shared process is still each side's act on the other
    assert ("SANCTION", "GHA", "TGO") in keyed(events("Ghana and Togo suspended the negotiations.", published=PUB))


def test_calling_for_someone_to_act_asks_it_of_them() -> None:
    evs = events("The African Union called for Ethiopia to withdraw its troops from the border.", published=PUB)
    assert keyed(evs) == {("REQUEST", "IGOAFRAFU", "ETH")}


def test_the_ministry_is_the_ministry_named_before() -> None:
    text = ("WASHINGTON — Iran's foreign ministry summoned the Swiss envoy on Monday. "
            "The ministry also urged the United Nations Security Council to act.")
    evs = events(text, published=PUB)
    assert {e.source.code for e in evs if e.plover == "REQUEST" and e.source is not None} == {"IRNGOV"}


def test_forces_put_on_alert_and_an_ouster_by_vote() -> None:
    evs = events("SEOUL — South Korea put its forces on high alert on Sunday.", published=PUB, settings=ALL)
    assert {(e.plover, e.cameo) for e in evs} == {("MOBILIZE", "152")}
    # a vote decides an ouster: an election, no act (the guideline)
    assert not events("CANBERRA — Prime Minister Tom Hale was ousted in a party vote on Thursday.", published=PUB, settings=ALL)


def test_mediators_mediate_between_the_parties_not_each_other() -> None:
    evs = events("Oman and Switzerland brokered a prisoner swap between Iran and Belgium.", published=PUB)
    assert {k for k in keyed(evs) if k[0] == "CONSULT"} == {("CONSULT", s, t) for s in ("OMN", "CHE") for t in ("IRN", "BEL")}
    evs = events("The deal, brokered by Norway and Cuba, expired on Monday.", published=PUB, settings=ALL)
    assert not any(e.source is not None and e.target is not None for e in evs)


def test_an_accusation_called_baseless_is_rejected_and_answers_the_accuser() -> None:
    text = "Chile accused Bolivia of smuggling arms. Bolivia expelled a Chilean diplomat on Tuesday. La Paz called the allegations absurd."
    assert ("REJECT", "BOL", "CHL") in keyed(events(text, published=PUB))


def test_a_country_backing_a_group_is_no_place_and_its_fighters_are_the_groups() -> None:
    text = ("BRUSSELS (AP) - Belgian police arrested two members of al-Shabaab on Monday. "
            "The Qatar-funded group said two of its fighters were killed and vowed to retaliate.")
    evs = events(text, published=PUB, settings=ALL)
    sides = {a.code for e in evs for a in (e.source, e.target) if a is not None}
    assert not any(code.startswith(("QAT", "BEL")) and code.endswith("REB") for code in sides)


def test_they_is_the_subject_of_the_clause_that_governs_it() -> None:
    text = ("\"Egypt and Sudan will pay a price,\" a rebel spokesman said. "
            "The rebels have attacked convoys since May, when they seized a cargo ship.")
    evs = events("KHARTOUM — " + text, published=PUB, settings=ALL)
    seize = [e for e in evs if e.plover == "COERCE"]
    assert seize and all(e.source is not None and e.source.code == "SDNREB" for e in seize)


def test_the_court_is_the_court_named_before() -> None:
    text = ("THE HAGUE (Reuters) - Kenya asked the International Criminal Court on Monday to drop the case against its deputy "
            "president. The court is expected to rule on Kenya's request within weeks. Hundreds of protesters rallied outside "
            "the court on Tuesday.")
    evs = events(text, published=PUB, settings=ALL)
    sides = {a.code for e in evs for a in (e.source, e.target) if a is not None}
    assert "KENJUD" not in sides and "NLDJUD" not in sides
    assert ("REQUEST", "KEN", "IGOJUDICC") in keyed(evs)


def test_rehearsed_strikes_are_a_show_of_force_and_the_drills_condemned_answer_it() -> None:
    text = ("SEOUL (Reuters) - North Korea's military simulated strikes on South Korean ports on Monday. "
            "South Korea's defence ministry condemned the drills on Tuesday.")
    evs = events(text, published=PUB, settings=ALL)
    assert "ASSAULT" not in {e.plover for e in evs}
    assert ("MOBILIZE", "PRKMIL") in {(e.plover, e.source.code if e.source else None) for e in evs}
    assert ("ACCUSE", "KORGOV", "PRKMIL") in keyed(evs)


def test_the_violence_condemned_is_the_last_act_of_force() -> None:
    text = ("NAIROBI — Police arrested three opposition lawmakers on Monday. Gunmen from al-Shabaab attacked a bus near "
            "Mandera, killing four people. The African Union condemned the violence.")
    evs = events(text, published=PUB)
    accused = {e.target.code for e in evs if e.plover == "ACCUSE" and e.target is not None}
    assert accused and all(code.startswith(("SOMREB", "IMG")) or code.endswith("REB") for code in accused)


def test_taken_hostage_with_the_noun_read_as_a_clause() -> None:
    # the small model reads "hostage" here as an adverbial clause of "took"
    evs = events("BAMAKO — The militants took about 240 people hostage during their raid on central Mali.", published=PUB)
    assert {(e.plover, e.cameo) for e in evs} >= {("ASSAULT", "181")}


def test_them_is_no_place_and_calling_on_countries_is_an_appeal() -> None:
    text = ("TBILISI — Hundreds of protesters gathered outside parliament in Tbilisi on Monday. "
            "Police detained several of them after scuffles broke out.")
    assert ("COERCE", "GEOCOP", "GEOCVL") in keyed(events(text, published=PUB))
    # "call on" with "on" read as a particle is still an appeal, and what it asks is not done
    evs = events("MINSK — The opposition called on European governments to impose sanctions on Belarus.", published=PUB, settings=ALL)
    assert "SANCTION" not in {e.plover for e in evs if e.modality in ("asserted", "reported")}


def test_own_envoys_and_forces_moved_are_no_target_and_acts_answered_are_anothers() -> None:
    text = "Ghana and Togo held talks in Accra on Monday. Both countries agreed to return their ambassadors."
    assert ("AGREE", "GHA", "GHAGOV") not in coded(text)
    evs = events("Lithuania accused Belarus of pushing migrants across the border. Vilnius sent 2,000 soldiers to the border.",
                 published=PUB, settings=ALL)
    assert not any(e.plover == "MOBILIZE" and e.target is not None and e.target.country == "LTU" for e in evs)
    text = ("BAMAKO — Burkina Faso's junta ordered the French ambassador to leave on Monday, after French minister Anne Roux "
            "called the junta illegitimate. Paris called the expulsion unjustified.")
    evs = events(text, published=PUB)
    assert ("SANCTION", "BFAMIL", "FRAGOV") in keyed(evs) or ("SANCTION", "BFA", "FRAGOV") in keyed(evs)
    assert not any(e.source is not None and e.target is not None and e.source.country == e.target.country == "FRA" for e in evs)


def test_a_bureau_dateline_whose_country_comes_late_and_a_town_on_a_border() -> None:
    text = ("BANGKOK (Reuters) - Rebels in Myanmar said on Monday they had captured a town on the border with India, "
            "a blow to Myanmar's junta. Fighters also seized two police posts. Thailand's foreign minister urged restraint on Tuesday.")
    evs = events(text, published=PUB, settings=ALL)
    assert ("COERCE", "MMRREB", "MMRCOP") in keyed(evs)
    assert not any(e.target is not None and e.target.country == "IND" for e in evs)
    # troops sent to a border are aimed at the neighbour
    evs = events("Armenia deployed additional troops to its border with Azerbaijan on Sunday.", published=PUB)
    assert ("MOBILIZE", "ARM", "AZE") in keyed(evs)


def test_its_fighters_at_a_sentences_start_are_those_of_the_one_named_first_before() -> None:
    text = "LONDON — Rebels in Yemen said on Monday they had attacked a tanker. Their fighters also seized a cargo ship."
    evs = events(text, published=PUB, settings=ALL)
    assert any(e.plover == "COERCE" and e.source is not None and e.source.code == "YEMREB" for e in evs)


def test_his_after_someones_supporters_a_group_linked_to_another_and_a_gapped_passive() -> None:
    evs = events("QUITO — Correa's supporters blocked roads in the south, demanding his release.", published=PUB, settings=ALL)
    assert all(e.target is None or e.target.country == "ECU" for e in evs)
    evs = events("NIAMEY (Reuters) - Al-Qaeda-linked insurgents attacked an army base in the west on Friday.", published=PUB)
    # (one doer, not the insurgents and the group: the insurgents, of the group they are linked to)
    assert {e.source.code for e in evs if e.source is not None} == {"IMGMOSALQ"}
    evs = events("YEREVAN (Reuters) - Police said 40 people had been detained and nine officers injured.", published=PUB, settings=ALL)
    assert {(e.plover, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs if e.plover == "ASSAULT"} \
        == {("ASSAULT", None, "ARMCOP")}


def test_what_is_prevented_does_not_happen() -> None:
    evs = events("The sanctions bar Iranian officials from travelling to the European Union.", published=PUB, settings=ALL)
    assert "CONSULT" not in {e.plover for e in evs}


def test_standing_by_an_ally_is_support() -> None:
    assert keyed(events("Japan said it stood with Vietnam.", published=PUB, settings=ALL)) == {("SUPPORT", "JPN", "VNM")}
    assert not events("The minister stood by his decision.", published=PUB, settings=ALL)


def test_a_surname_again_is_the_person_named_in_full_before() -> None:
    text = ("GUATEMALA CITY — Arevalo called for the resignation of Attorney General Consuelo Porras. "
            "Porras, who has been sanctioned by the United States, denied any motive.")
    assert ("SANCTION", "USA", "GTMJUD") in keyed(events(text, published=PUB))


def test_forces_patrolling_their_own_cities_aim_at_no_one() -> None:
    evs = events("LIMA — Soldiers patrolled the streets of Lima and Arequipa on Wednesday.", published=PUB, settings=ALL)
    assert evs and all(e.target is None for e in evs)


def test_a_cut_is_with_whom_the_act_was_to_be_and_a_reason_phrase_names_no_target() -> None:
    evs = events("Turkish President Recep Erdogan cancelled a planned visit by a Turkish delegation to Stockholm.", published=PUB)
    assert keyed(evs) == {("SANCTION", "TURGOV", "SWE")}
    evs = events("Canada announced sanctions on Iran's central bank, freezing its assets in response to the invasion of Armenia.",
                 published=PUB, settings=ALL)
    assert not any(e.target is not None and e.target.country == "ARM" for e in evs)


def test_an_offer_to_ones_own_government_is_an_offer() -> None:
    # a group of doctors offering to help their government: the government is its counterpart
    text = "SAN DIEGO — The nurses have offered to stage a mobile vaccine clinic at no cost to the government."
    assert any(e.plover == "AGREE" and e.target is not None and e.target.code == "USAGOV" for e in events(text, published=PUB, settings=ALL))


def test_a_decision_to_do_something_refers_only_to_an_act_of_that_kind() -> None:
    text = ("Ghana and Togo agreed on Monday to meet in Lome next week. Burkinabe troops shelled a Togolese border village "
            "on Tuesday. Nigeria criticized the decision to hold the meeting in Lome.")
    evs = events(text, published=PUB, settings=ALL)
    # the decision is about a meeting: not the last shooter's act
    nga = [e for e in evs if e.source is not None and e.source.country == "NGA"]
    assert nga and all(e.target is None or e.target.country in ("GHA", "TGO") for e in nga)


def test_the_attack_condemned_is_the_last_act_of_force_not_the_last_act() -> None:
    text = ("KYIV — Russian forces attacked Odesa with drones overnight. Germany promised to send another air defence "
            "system to Ukraine, and NATO Secretary General Jens Stoltenberg condemned the attack.")
    evs = events(text, published=PUB)
    assert not any(e.plover == "ACCUSE" and e.target is not None and e.target.country == "DEU" for e in evs)


def test_a_comma_and_between_two_names_joins_clauses_not_a_list() -> None:
    text = ("KYIV — Russian forces attacked Odesa with drones overnight. Germany promised to send another air defence "
            "system to Ukraine, and the NATO secretary general condemned the attack.")
    evs = events(text, published=PUB)
    assert {(e.source.code if e.source else None) for e in evs if e.plover == "ACCUSE"} == {"IGOWSTNAT"}
    # a list of three with a serial comma is still a list
    evs = events("Britain, France, and the United States condemned the attack on Monday.", published=PUB, settings=ALL)
    assert {e.source.code for e in evs if e.source is not None} == {"GBR", "FRA", "USA"}


def test_a_countrys_official_blaming_two_foreign_countries_stays_at_home() -> None:
    # the two countries are whom the act is aimed at, not where the sentence is set
    text = "TEHRAN (Reuters) - Grand Mufti Hamid Zarrabi on Tuesday blamed Britain and Canada for the riots."
    evs = events(text, published=PUB, settings=ALL)
    assert {(e.source.country if e.source else None, e.target.code if e.target else None) for e in evs if e.plover == "ACCUSE"} \
        == {("IRN", "GBR"), ("IRN", "CAN")}


def test_the_treasury_is_a_government_department() -> None:
    evs = events("LONDON (Reuters) - The U.S. Treasury on Monday imposed sanctions on two Russian banks.", published=PUB)
    assert {(e.plover, e.source.code if e.source else None) for e in evs} == {("SANCTION", "USAGOV")}


def test_soldiers_acting_in_a_foreign_capital_are_of_that_country_and_a_bloc_is_named_by_its_name() -> None:
    text = ("DAKAR (Reuters) - The regional bloc ECOWAS on Monday imposed sanctions on Guinea. Soldiers from an elite unit "
            "arrested the prime minister at his office in Conakry on Sunday.")
    evs = events(text, published=PUB)
    assert ("SANCTION", "IGOWAFWAS", "GIN") in keyed(evs)
    assert [e.source.code for e in evs if e.plover == "COERCE" and e.source is not None] == ["GINMIL"]


def test_an_attack_on_a_building_is_force_whoever_does_it() -> None:
    text = "CONAKRY (Reuters) - Hundreds of opposition supporters attacked the Russian embassy on Saturday."
    assert [e.cameo[:2] for e in events(text, published=PUB)] == ["19"]


def test_an_act_blamed_on_someone_is_aimed_at_them_not_where_it_was() -> None:
    text = "ISLAMABAD (Reuters) - Pakistan's army blamed the Quetta bombing on India's spy agency."
    evs = [e for e in events(text, published=PUB, settings=ALL) if e.plover == "ACCUSE"]
    assert evs and all(e.target is not None and e.target.country == "IND" for e in evs)
    text = "WASHINGTON (Reuters) - The Pentagon has blamed the rocket attack on the embassy on Kataib Hezbollah."
    assert {e.target.code for e in events(text, published=PUB) if e.plover == "ACCUSE" and e.target} == {"IRQREBKTH"}


def test_who_backs_a_group_describes_it_and_is_not_where_it_is() -> None:
    text = "BAGHDAD (Reuters) - American jets struck depots of militias backed by Iran on Friday."
    evs = events(text, published=PUB, settings=ALL)
    assert keyed(evs) == {("ASSAULT", "USAMIL", "IRQREB")}


def test_a_warning_that_ones_own_forces_will_strike_is_aimed_at_whom_they_would_strike() -> None:
    text = "KYIV (Reuters) - Ukraine's defence minister warned that Ukrainian forces would strike Russian bases in Crimea."
    assert {(e.plover, e.target.country if e.target else None) for e in events(text, published=PUB)} == {("THREATEN", "RUS")}
    # a warning of one's own forces' act on no one named is aimed at no one, never at them
    text = "WARSAW (Reuters) - Poland's president warned that Polish troops would respond to any provocation."
    assert all(e.target is None for e in events(text, published=PUB, settings=ALL) if e.plover == "THREATEN")


def test_tariffs_raised_on_a_countrys_goods_are_a_penalty_on_that_country() -> None:
    text = "WASHINGTON (Reuters) - The United States on Friday raised tariffs on $50 billion of Brazilian steel."
    assert keyed(events(text, published=PUB)) == {("SANCTION", "USA", "BRA")}
    # raising other things is no penalty
    assert not events("OTTAWA (Reuters) - The central bank raised interest rates on Wednesday.", published=PUB, settings=ALL)


def test_a_penalty_on_goods_a_country_made_is_aimed_at_it_but_an_attack_with_them_is_not() -> None:
    # "a tariff on Chinese-made cars": goods made in a country stand for it when a penalty is
    # laid on them (CAMEO 16, 172), not when they are used to attack
    text = "OTTAWA — Canada announced a 60 percent tariff on Turkish-made steel pipes on Thursday."
    assert coded(text) == {("SANCTION", "CAN", "TUR")}
    text = "TOKYO — Japan imposed duties on Chinese-made solar panels on Friday."
    assert coded(text) == {("SANCTION", "JPN", "CHN")}
    text = "KYIV — Russian forces fired Iranian-made drones overnight, the air force said."
    assert "IRN" not in {k[2] for k in coded(text)}


def test_goods_stopped_on_their_way_to_a_country_are_aimed_at_it() -> None:
    # the "to" of the goods hung by the parser on the last of several joined to the object
    text = "BEIJING — China banned exports of gallium and germanium to Japan on Monday."
    assert coded(text) == {("SANCTION", "CHN", "JPN")}


def test_going_back_to_a_place_returns_no_one() -> None:
    text = "MINSK - The dissident was detained in June, days after returning to Minsk from Vilnius."
    assert {e.plover for e in events(text, published=PUB, settings=ALL)} == {"COERCE"}
    assert keyed(events("KYIV - Russia returned 20 prisoners of war to Ukraine on Friday.", published=PUB)) == {("RETREAT", "RUS", "UKR")}


def test_strikes_called_a_mistake_are_criticised_not_called() -> None:
    text = ("AMMAN (Reuters) - Israeli jets struck targets in southern Lebanon on Sunday. Jordan's foreign ministry called the "
            "strikes a dangerous mistake.")
    evs = events(text, published=PUB)
    assert ("ACCUSE", "JORGOV", "ISR") in {(e.plover, e.source.code if e.source else None, e.target.country if e.target else None) for e in evs}
    assert not any(e.plover == "PROTEST" for e in events(text, published=PUB, settings=ALL))
    # a union calling a strike still calls one
    assert [e.cameo for e in events("LAGOS (Reuters) - The main union called a general strike on Monday.", published=PUB)] == ["143"]


def test_an_act_blamed_on_an_unknown_group_is_not_blamed_on_where_it_was() -> None:
    text = "WASHINGTON (Reuters) - The State Department blamed the Basra attack on Saraya Awliya al-Dam, an armed faction."
    assert all(e.target is None for e in events(text, published=PUB, settings=ALL) if e.plover == "ACCUSE")


def test_being_in_a_capital_for_talks_with_someone_is_talks_with_them() -> None:
    text = "KABUL (Reuters) - The U.S. special envoy is in Doha for talks with Taliban negotiators, officials said."
    assert {(e.plover, e.cameo, e.target.country if e.target else None) for e in events(text, published="2019-08-06")} \
        == {("CONSULT", "046", "AFG")}


def test_suspending_a_burden_laid_on_people_is_a_concession() -> None:
    text = "LIMA (Reuters) - President Ana Quiroga on Sunday suspended the fuel tax increase after a week of protests."
    assert [(e.plover, e.cameo) for e in events(text, published=PUB, settings=ALL)] == [("CONCEDE", "0832")]
    # suspending aid is still a cut
    text = "LIMA (Reuters) - Washington suspended military aid to Peru on Sunday."
    assert [e.plover for e in events(text, published=PUB)] == ["SANCTION"]


def test_protesters_storming_a_building_protest_violently() -> None:
    text = "COLOMBO (Reuters) - Demonstrators stormed the president's office on Saturday."
    assert [(e.plover, e.cameo) for e in events(text, published=PUB)] == [("PROTEST", "145")]
    # soldiers storming a village attack it
    text = "BAMAKO (Reuters) - Malian soldiers stormed a village held by rebels on Saturday."
    assert {e.plover for e in events(text, published=PUB, settings=ALL)} == {"ASSAULT"}


def test_people_protesting_somewhere_protest() -> None:
    text = "TBILISI (Reuters) - Police fired water cannon at thousands of people protesting in central Tbilisi on Sunday."
    assert "PROTEST" in {e.plover for e in events(text, published=PUB)}


def test_a_city_in_a_persons_name_is_no_place() -> None:
    # "Aden" is a Yemeni city, and here a Kenyan minister's first name
    text = "NAIROBI (Reuters) - Defence Minister Aden Korir said the army had been deployed to support police in the capital."
    evs = events(text, published=PUB)
    assert keyed(evs) == {("MOBILIZE", "KENMIL", None)}


def test_a_second_act_joined_to_what_a_speaker_said_is_the_speakers() -> None:
    text = ("LONDON (Reuters) - Foreign Secretary Ann Hale said the verdict was politically motivated and urged Iran to "
            "release the journalist.")
    assert keyed(events(text, published=PUB)) == {("REQUEST", "GBRGOV", "IRN")}
    assert [e.modality for e in events(text, published=PUB)] == ["asserted"]
    # but two past acts in what was said are both what was said
    text = "BOGOTA (Reuters) - Police said officers arrested five men and charged them with murder."
    assert {e.modality for e in events(text, published=PUB, settings=ALL)} == {"reported"}
    # a participle with an object joined to a passive of what was said is no passive: the
    # speaker's second act, as a past tense is
    text = ("LUSAKA — A police spokesman said the rally had not been approved and accused the opposition of "
            "planning violence.")
    assert ("ACCUSE", "ZMBCOP", "ZMBOPP") in coded(text)


def test_a_sentence_opening_with_where_it_is_set_is_of_that_country() -> None:
    text = ("BEIJING (AP) - The Chinese and Russian leaders met on Tuesday. In London, Foreign Secretary Ann Hale said "
            "Beijing was arming Moscow and urged China to stop.")
    assert ("REQUEST", "GBRGOV", "CHN") in {(e.plover, e.source.code if e.source else None, e.target.country if e.target else None)
                                             for e in events(text, published=PUB)}


def test_a_war_named_as_the_setting_is_no_event() -> None:
    text = "PARIS (Reuters) - France accused Iran of supplying drones for Russia's war in Ukraine."
    assert "ASSAULT" not in {e.plover for e in events(text, published=PUB, settings=ALL) if e.modality in ("asserted", "reported")}


def test_him_is_never_a_number_of_people() -> None:
    text = ("OTTAWA (Reuters) - Premier Luc Garneau said officers had detained 40 people at the protest. "
            "Opposition lawmakers accused him of ordering the arrests.")
    evs = [e for e in events(text, published=PUB, settings=ALL) if e.plover == "ACCUSE"]
    assert evs and all(e.target is not None and e.target.role != "CVL" for e in evs)


def test_a_surname_the_recogniser_takes_for_an_organisation_is_still_the_person() -> None:
    text = ("WASHINGTON (AP) - Acting Labor Secretary Paul Renner was questioned by senators on Thursday. Renner, 52, told "
            "the Senate Labor Committee that inspectors had fined 30 companies.")
    from tidings.actors import ActorResolver
    from tidings.events.coder import _place_country
    from tidings.nlp import parse

    mentions, _ = ActorResolver.load().resolve_with_home(parse(text), place_country=_place_country)
    again = [m for m in mentions if m.text == "Renner"]
    assert again and all(m.actors[0].kind == "person" for m in again)


def test_an_act_called_a_sham_run_by_someone_criticises_them() -> None:
    text = "WASHINGTON (AP) - The governor called the investigation a sham led by Republican lawmakers."
    assert keyed(events(text, published=PUB)) == {("ACCUSE", "USAGOV", "USALEG")}


def test_what_is_dismissed_says_what_dismissing_is() -> None:
    # the verb dictionary's DISMISS: a charge dismissed is denied, a proposal rejected, a thing
    # dismissed as a stunt criticised
    evs = events("MOSCOW (Reuters) - The Kremlin dismissed the allegations on Monday.", published=PUB, settings=ALL)
    assert [(e.cameo, e.plover) for e in evs] == [("016", "")]
    evs = events("KYIV (Reuters) - Ukraine dismissed the Russian proposal on Monday.", published=PUB)
    assert keyed(evs) == {("REJECT", "UKR", "RUS")}
    evs = events("LONDON (Reuters) - Labour lawmakers dismissed the minister's plan as a stunt.", published=PUB, settings=ALL)
    assert [e.cameo for e in evs] == ["111"]


def test_a_leaders_surname_inside_a_universitys_name_is_no_person() -> None:
    # (Sharif is also the surname of a Pakistani prime minister in office on this date)
    text = ("DUBAI (Reuters) - Iranian riot police fired tear gas at students at Sharif University of Technology in Tehran "
            "on Sunday. Iran's Supreme Leader on Monday blamed Israel for the unrest.")
    evs = events(text, published="2022-10-03")
    assert keyed(evs) == {("COERCE", "IRNCOP", "IRNEDU"), ("ACCUSE", "IRNGOV", "ISR")}
    import datetime as dt

    from tidings.actors import ActorResolver
    from tidings.events.coder import _place_country
    from tidings.nlp import parse

    mentions, _ = ActorResolver.load().resolve_with_home(parse(text), dt.date(2022, 10, 3), place_country=_place_country)
    assert not [m.text for m in mentions if any(a.country == "PAK" for a in m.actors)]


def test_a_named_speaker_with_her_age_still_acts() -> None:
    text = "MINSK (Reuters) - Opposition candidate Natallia Kavalenka, 37, called on the authorities to hand over power."
    assert {(e.plover, e.source.country if e.source else None, e.target.code if e.target else None)
            for e in events(text, published=PUB)} == {("REQUEST", "BLR", "BLRGOV")}


def test_the_strikes_named_again_late_in_a_lead_are_the_air_strikes_told_first() -> None:
    text = ("BEIRUT (Reuters) - Israeli jets carried out air strikes on targets in southern Lebanon on Sunday. "
            "The strikes lasted about an hour, residents said. Schools in the area were closed on Monday. "
            "Shops stayed shut in several towns. Lebanon's foreign ministry condemned the strikes.")
    evs = [e for e in events(text, published=PUB) if e.plover == "ACCUSE"]
    assert [(e.source.code if e.source else None, e.target.country if e.target else None) for e in evs] == [("LBNGOV", "ISR")]
    # with no act of force told, "the strikes" are a labour strike: no doer is guessed
    text = "PARIS (Reuters) - Rail unions stopped work on Monday. The government condemned the strikes."
    assert all(e.target is None or e.target.role == "LAB" for e in events(text, published=PUB, settings=ALL) if e.plover == "ACCUSE")


def test_protesters_clashing_with_police_protest_and_police_clashing_with_them_repress() -> None:
    # the verb dictionary: POLICE CLASH (WITH DEMONSTRATOR) 175:145
    text = "SANTIAGO (Reuters) - Protesters clashed with police in the capital on Friday."
    assert [(e.plover, e.cameo) for e in events(text, published=PUB)] == [("PROTEST", "145")]
    text = "SANTIAGO (Reuters) - Riot police clashed with demonstrators in the capital on Friday."
    assert [(e.plover, e.cameo) for e in events(text, published=PUB)] == [("COERCE", "175")]
    text = "KHARTOUM (Reuters) - The army clashed with rebels in Darfur on Friday."
    assert {e.plover for e in events(text, published=PUB)} == {"ASSAULT"}


def test_an_act_someone_is_accused_of_is_never_the_accusers() -> None:
    text = "BERLIN (Reuters) - Federal prosecutors accused the cell of preparing to storm the Bundestag."
    assert not [e for e in events(text, published=PUB, settings=ALL) if e.cameo[:2] in ("18", "19") and e.source is not None]


def test_a_court_is_no_he() -> None:
    text = ("NAIROBI (Reuters) - The High Court on Tuesday jailed former Governor Paul Otieno for contempt after he refused "
            "to testify before a parliamentary committee.")
    rejects = [e for e in events(text, published=PUB, settings=ALL) if e.plover == "REJECT"]
    assert rejects and all(e.source is not None and e.source.kind == "person" for e in rejects)


def test_a_condition_not_met_is_no_refusal() -> None:
    text = ("NAIROBI (Reuters) - Former Governor Paul Otieno was jailed on Tuesday. If Otieno does not hand himself over to police "
            "within five days, officers will arrest him, the court said.")
    assert "REJECT" not in {e.plover for e in events(text, published=PUB, settings=ALL)}


def test_a_government_condemning_violence_at_home_answers_whoever_used_it() -> None:
    text = ("HONG KONG (Reuters) - Protesters hurled petrol bombs at officers on Tuesday. The city's leader, Chief Secretary "
            "Ann Cheung, condemned the violence.")
    evs = [e for e in events(text, published=PUB, settings=ALL) if e.plover == "ACCUSE"]
    assert evs and all(e.target is not None and e.target.code == "HKGCVL" for e in evs)


def test_a_thing_called_a_short_sighted_step_is_criticised() -> None:
    text = ("MOSCOW (Reuters) - Poland expelled 45 Russian diplomats on Monday. Moscow called the Polish decision "
            "\"a short-sighted step.\"")
    assert ("ACCUSE", "RUS", "POL") in keyed(events(text, published=PUB))
    # a neutral name criticises no one
    assert not events("LONDON (Reuters) - The minister called the agreement a historic step.", published=PUB, settings=ALL)


def test_a_small_town_of_another_country_is_not_where_the_story_is() -> None:
    # (Solhan is also a town in eastern Turkey, the gazetteer's only Solhan)
    text = ("OUAGADOUGOU (Reuters) - Suspected Islamist militants killed at least 132 people in a raid on a village in "
            "northern Burkina Faso, the government said. The attackers struck the village of Solhan around midnight, "
            "burning homes and the market.")
    assert "TUR" not in countries(events(text, published="2021-06-05", settings=ALL))
    # a small town of a country the article names keeps that country
    text = "KYIV (Reuters) - Ukraine said on Monday that Russian troops shelled Vovchansk overnight."
    assert ("ASSAULT", "RUSMIL", "UKR") in coded(text)
    from tidings.events import places

    assert places.minor_place("Solhan") and not places.minor_place("Kharkiv") and not places.minor_place("Niamey")


def test_shooting_down_munitions_attacks_no_one_and_is_not_the_attack_condemned() -> None:
    text = ("KYIV (Reuters) - Russian forces attacked Kyiv with drones overnight, officials said. Ukraine's air force said it "
            "had shot down most of the drones. Schools stayed closed on Friday. Shops opened late. The NATO secretary general "
            "condemned the attack.")
    evs = events(text, published=PUB, settings=ALL)
    assert not [e for e in evs if e.source is not None and e.source.country == "UKR" and e.plover == "ASSAULT"]
    assert {e.target.country for e in evs if e.plover == "ACCUSE" and e.target is not None} == {"RUS"}
    # a drone someone is named as owning is still shot down as an attack on them
    assert ("ASSAULT", "IRN", "USAMIL") in keyed(events("TEHRAN (Reuters) - Iran shot down a US drone on Thursday.", published=PUB))


def test_the_attackers_named_again_are_the_doers_of_the_act_of_force_told_before() -> None:
    # (guideline: an actor referred to again is the one named; CAMEO 111 on the doer condemned)
    text = ("NIAMEY (Reuters) - Islamist militants killed 40 villagers in western Niger on Sunday, the government said. "
            "The attackers burned the village market. Prime Minister Ousmane Garba condemned the killings.")
    evs = events(text, published=PUB, settings=ALL)
    assert {e.source.code for e in evs if e.plover == "ASSAULT" and e.source is not None} == {"NERREB"}
    assert ("ACCUSE", "NERGOV", "NERREB") in keyed(evs)
    # attackers named with no act of force told before are no one's yet
    evs = events("NIAMEY (Reuters) - The attackers burned the village market, officials said.", published=PUB, settings=ALL)
    assert "NERREB" not in {e.source.code for e in evs if e.source is not None}


def test_pressing_on_with_an_act_is_the_act_and_urges_no_one() -> None:
    # CAMEO 190 on the offensive the verb goes on with; "press" is a demand only with its object
    evs = events("TEL AVIV (Reuters) - Israel pressed ahead with its offensive against Hamas on Tuesday.", published=PUB, settings=ALL)
    assert [(e.plover, e.source.code if e.source else None, e.target.code if e.target else None, e.modality) for e in evs] == [
        ("ASSAULT", "ISR", "PSEREBHMS", "asserted")]
    evs = events("MOSCOW (Reuters) - Russia will push on with its offensive against Ukraine, the minister said.", published=PUB, settings=ALL)
    # (force announced for the future is a threat of it, CAMEO 138)
    assert {(e.plover, e.cameo) for e in evs} == {("THREATEN", "138")}
    assert not events("PARIS (Reuters) - President Macron pressed on regardless on Monday.", published=PUB, settings=ALL)
    assert ("REQUEST", "USA", "CHN") in keyed(events("WASHINGTON (Reuters) - The United States pressed China on trade on Monday.", published=PUB))


def test_a_bureau_city_whose_country_the_story_never_names_is_not_where_it_is_set() -> None:
    # (guideline: an actor's country is the one the text gives or plainly implies)
    text = "GENEVA (Reuters) - Gunmen killed 30 villagers in central Mali on Sunday, local officials said."
    evs = events(text, published=PUB, settings=ALL)
    assert "CHE" not in countries(evs) and ("ASSAULT", "MLIREB", "MLICVL") in keyed(evs)
    # a lead set in two countries leaves the dateline's country as it was
    text = "GENEVA (Reuters) - Police arrested two men in Zurich on Sunday after a robbery."
    assert ("COERCE", "CHECOP", "CHECVL") in coded(text)


def test_outraged_by_an_act_disapproves_of_its_doer() -> None:
    # the verb dictionary's OFFEND (APPALL, OUTRAGE, SHOCK) and DISMAY: CAMEO 110
    text = ("DAKAR (Reuters) - Islamist militants killed 40 villagers in central Mali on Sunday. The African Union said "
            "it was outraged by the killings.")
    evs = [e for e in events(text, published=PUB, settings=ALL) if e.plover == "ACCUSE"]
    assert [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None, e.modality) for e in evs] == [
        ("110", "IGOAFRAFU", "MLIREB", "asserted")]
    evs = events("WASHINGTON (Reuters) - The United States was disappointed by Turkey's decision to buy Russian missiles.",
                 published=PUB, settings=ALL)
    assert ("ACCUSE", "USA", "TUR") in keyed(evs)
    # a state caused by no one is no event
    assert not events("LONDON (Reuters) - The prime minister was disappointed by the weather on Monday.", published=PUB, settings=ALL)


def test_what_a_speaker_says_of_its_own_stance_is_asserted() -> None:
    # (guideline: "reported" is a named party's claim that something happened; a criticism or
    # a stance is made by saying it)
    evs = events("TOKYO (Reuters) - Japan said it stood with the Philippines.", published=PUB, settings=ALL)
    assert [(e.plover, e.modality) for e in evs] == [("SUPPORT", "asserted")]
    # an act of force a speaker claims for itself stays a claim
    evs = events("MOSCOW (Reuters) - Russia said it had shelled Ukrainian positions near Kharkiv.", published=PUB, settings=ALL)
    assert {e.modality for e in evs} == {"reported"}
    # and what it says another did, too
    evs = events("WASHINGTON (Reuters) - The United States said China had criticised Japan.", published=PUB, settings=ALL)
    assert {(e.plover, e.modality) for e in evs} == {("ACCUSE", "reported")}


def test_prisoners_released_are_the_target_of_the_release() -> None:
    # (guideline: RETREAT "release prisoners or hostages"; the Phoenix agents dictionary's
    # POLITICAL_PRISONER is OPP, PRISONER_OF_WAR MIL)
    evs = events("YANGON (Reuters) - Myanmar's junta released 2,000 prisoners on Wednesday under an amnesty.", published=PUB, settings=ALL)
    assert keyed(evs) == {("RETREAT", "MMRMIL", "MMRCVL")}
    evs = events("MINSK (Reuters) - Belarus freed 12 political prisoners on Monday.", published=PUB, settings=ALL)
    assert keyed(evs) == {("RETREAT", "BLR", "BLROPP")}
    # prisoners exchanged are what is exchanged: each side releases to the other
    evs = events("KYIV (Reuters) - Russia and Ukraine exchanged 90 prisoners of war on Friday.", published=PUB, settings=ALL)
    assert keyed(evs) == {("RETREAT", "RUS", "UKR"), ("RETREAT", "UKR", "RUS")}


def test_a_protest_at_an_act_is_aimed_at_its_doer_not_at_whom_it_befell() -> None:
    # (CAMEO 14/114: a protest is against the one who acted; the arrested citizen is no target)
    text = "MOSCOW (Reuters) - Russia's Foreign Ministry summoned the U.S. ambassador to protest the arrest of a Russian citizen."
    evs = events(text, published=PUB, settings=ALL)
    assert not any(e.target is not None and e.target.code == "RUSCVL" for e in evs)
    assert ("ACCUSE", "RUSGOV", "USAGOV") in keyed(evs)


def test_states_strikes_in_a_lead_of_force_are_force() -> None:
    # (CAMEO 19x; a country's name parsed as a noun modifier still names the doer)
    text = ("ADEN (Reuters) - The Houthis have attacked dozens of ships in the Red Sea since November, prompting U.S. and "
            "British strikes on their positions.")
    evs = events(text, published=PUB, settings=ALL)
    assert {e.source.code for e in evs if e.plover == "ASSAULT" and e.source is not None} >= {"USA", "GBR"}
    assert not [e for e in evs if e.plover == "PROTEST"]
    # with no act of force told, a country's strikes stay walkouts
    evs = events("PARIS (Reuters) - French strikes over pension reform disrupted trains on Tuesday.", published=PUB, settings=ALL)
    assert {e.plover for e in evs} == {"PROTEST"}


def test_a_concession_is_told_as_so_and_a_lower_case_word_begins_no_sentence() -> None:
    # (negation scope is the clause of its verb: "despite" grants what it names)
    text = "DOHA (Reuters) - Israel and Hamas have not agreed to a truce despite weeks of talks mediated by Egypt."
    evs = events(text, published=PUB, settings=ALL)
    # (the mediator's counterparts are the parties of the talks it mediated)
    assert sorted((e.plover, e.source.code if e.source else None, e.target.code if e.target else None, e.modality)
                  for e in evs if e.cameo == "045") == [("CONSULT", "EGY", "ISR", "asserted"), ("CONSULT", "EGY", "PSEREBHMS", "asserted")]
    # (the dateline, then one sentence: "Israel" is not a sentence of its own)
    assert {e.sentence for e in evs} == {"Israel and Hamas have not agreed to a truce despite weeks of talks mediated by Egypt."}


def test_a_counterpart_is_of_the_government_and_telling_what_must_be_done_demands_it() -> None:
    # (a minister's counterpart holds the same office; "told X that Y must": CAMEO 100 of Y, as
    # "said that Y must")
    text = "BEIJING (Reuters) - China's foreign minister told his Japanese counterpart on Tuesday that Tokyo must stop interfering in Taiwan."
    assert coded(text) == {("REQUEST", "CHNGOV", "JPN")}
    text = "NAIROBI (Reuters) - The Kenyan president held talks with his Somali counterpart on Monday."
    assert ("CONSULT", "KENGOV", "SOMGOV") in keyed(events(text, published=PUB))
    assert not events("WASHINGTON (Reuters) - The president told reporters that the economy was strong.", published=PUB, settings=ALL)


def test_people_named_by_nationality_do_not_move_the_story_abroad_and_a_title_set_before_a_name_is_its_role() -> None:
    # (guideline: the country the text gives or plainly implies; a person is coded by the role
    # the text gives: "the governor of Roraima, NAME" is a governor)
    text = ("BOA VISTA — The governor of Roraima, Ana Lucia Prates, asked the federal government on Thursday to send police "
            "to the town of Pacaraima after a fight between Venezuelan migrants and local residents left one man dead. "
            "Two Venezuelans and a Brazilian were detained. Venezuelans make up one in ten residents of the state.")
    evs = events(text, published=PUB, settings=ALL)
    assert {e.source.code for e in evs if e.plover == "REQUEST" and e.source is not None} == {"BRAGOV"}
    assert ("ASSAULT", "VENREF", "BRACVL") in keyed(evs)
    # (people counted by their nationality are civilians of it)
    assert {e.target.code for e in evs if e.plover == "COERCE" and e.target is not None} == {"VENCVL", "BRACVL"}


def test_he_after_an_attribution_told_last_is_whom_the_sentence_was_about() -> None:
    # (guideline: a pronoun resolves to its antecedent; "his lawyer said" tells who said it,
    # not of whom the next sentence speaks)
    text = ("NAIROBI (Reuters) - Joseph Wanjala, the managing editor of a newspaper, was detained at his home on Friday by "
            "detectives, his lawyer said. He was charged on Monday with publishing false information.")
    evs = events(text, published=PUB, settings=ALL)
    assert ("COERCE", "KENCOP", "KENMED") in keyed(evs)
    assert {e.target.code for e in evs if e.plover == "ACCUSE" and e.target is not None} == {"KENMED"}


def test_a_participle_between_a_country_and_a_title_keeps_the_country() -> None:
    # ("Bangladesh's visiting foreign minister": the minister is Bangladesh's)
    text = "NEW DELHI (Reuters) - Bangladesh's visiting foreign minister met Prime Minister Narendra Modi on Tuesday."
    assert ("CONSULT", "BGDGOV", "INDGOV") in coded(text)


def test_a_wire_dateline_with_its_day_is_no_actor() -> None:
    # ("KYIV, Jan 11 (Reuters) -": the agency credited is no doer of the lead's acts)
    text = "MOGADISHU, Oct 27 (Reuters) - Al Shabaab militants stormed a military base in Somalia on Sunday, a military officer said."
    evs = events(text, published="2024-10-27", settings=ALL)
    assert keyed(evs) == {("ASSAULT", "SOMREBSHB", "SOMMIL")}
    from tidings.nlp import datelines

    assert [m.group("city") for m in datelines("KYIV, Jan 11 (Reuters) - Russia said")] == ["KYIV"]


def test_an_accusation_beside_a_refusal_is_made_not_refused() -> None:
    # (negation scope is the clause of its verb: "refused to concede" negates the concession
    # only; the participle clause beside it tells what was done)
    text = ("MEXICO CITY (AP) — The opposition candidate refused on Sunday to concede the election, accusing the governing "
            "Morena party of buying votes.")
    evs = events(text, published=PUB, settings=ALL)
    assert {e.modality for e in evs if e.plover == "ACCUSE"} == {"asserted"}
    assert {e.cameo for e in evs if e.plover == "REJECT"} >= {"124"}


def test_a_relative_pronoun_standing_for_an_act_is_no_actor() -> None:
    # (guideline: a pronoun resolves only to a compatible antecedent; "that" stands for the ambush)
    text = ("BAMAKO (Reuters) - The junta has insisted that Mali is safer, but the ambush that killed 23 soldiers near "
            "Douentza on Monday has left its supporters doubting.")
    evs = events(text, published=PUB, settings=ALL)
    assert not [e for e in evs if e.source is not None and e.source.code == "MLIMIL" and e.plover == "ASSAULT"]
    # the antecedent that names an actor still does it
    text = "BAMAKO (Reuters) - Mali's army, which attacked a JNIM camp on Monday, said it killed 20 militants."
    assert "MLIMIL" in source_codes(text, "ASSAULT")


def test_a_spokesman_speaks_for_whom_he_is_named_for_and_a_denial_does_not_deny_the_accusation_beside_it() -> None:
    # (guideline: the actor is the one the text gives; negation scope is the clause of its verb)
    text = ("KHARTOUM (Reuters) - A spokesman for the RSF denied that its fighters had targeted the camp and accused the "
            "army of storing weapons among civilians.")
    evs = events(text, published="2024-06-09", settings=ALL)
    assert [(e.plover, e.source.code if e.source else None, e.target.code if e.target else None, e.modality) for e in evs
            if e.plover == "ACCUSE"] == [("ACCUSE", "SDNREBRSF", "SDNMIL", "asserted")]


def test_one_group_described_by_role_words_and_a_stance_toward_a_body_is_no_actor() -> None:
    text = "PORT SUDAN (Reuters) - Sudan's paramilitary Rapid Support Forces shelled a camp outside El Fasher on Sunday."
    assert {e.source.code for e in events(text, published=PUB, settings=ALL) if e.source is not None} == {"SDNREBRSF"}
    text = "KHARTOUM (Reuters) - The army-aligned government in Port Sudan rejected a U.S. proposal on Sunday."
    assert coded(text) == {("REJECT", "SDNGOV", "USA")}


def test_no_longer_negates() -> None:
    # (a denied compliance is a refusal: CAMEO 12x, as "would not comply")
    text = "LILONGWE (Reuters) - The speaker said parliament would no longer comply with court orders."
    assert [(e.plover, e.modality) for e in events(text, published=PUB, settings=ALL)] == [("REJECT", "asserted")]
    # but "no longer than" is a length: held for at most two days is held
    text = "DALLAS — Federal agents have held the migrants no longer than two days since June."
    assert ("COERCE", "asserted") in {(e.plover, e.modality) for e in events(text, published=PUB, settings=ALL)}


def test_congo_of_a_kinshasa_story_without_a_home_is_the_democratic_republic() -> None:
    text = ("The UN Security Council voted on Tuesday to extend sanctions on armed groups in eastern Congo. Rwanda accuses "
            "Congo's army of fighting alongside the FDLR. Kinshasa denies it.")
    evs = events(text, published=PUB, settings=ALL)
    assert "COG" not in countries(evs) and ("ACCUSE", "RWA", "CODMIL") in keyed(evs)


def test_armed_forces_strikes_and_targets_are_force() -> None:
    # (the verb dictionary's TARGET [190]; strikes carried out by warplanes are no walkout)
    text = "ADEN (Reuters) - The Houthis said U.S. warplanes had carried out three strikes on the port."
    assert {(e.plover, e.cameo) for e in events(text, published=PUB, settings=ALL)} == {("ASSAULT", "190")}
    text = "ADEN (Reuters) - The Houthis said they had targeted a U.S. destroyer in the Red Sea with missiles."
    assert ("ASSAULT", "YEMREBHOU", "USAMIL") in coded(text)  # (a destroyer is the navy's)
    # targeting politicians in words criticises them, as attacking them does
    text = "WASHINGTON (AP) — The senator targeted the president's budget in a speech on Monday."
    assert {e.plover for e in events(text, published=PUB, settings=ALL)} == {"ACCUSE"}


def test_what_someone_is_alleged_to_have_done_is_reported() -> None:
    text = "KHARTOUM (Reuters) - Two RSF commanders are alleged to have ordered fighters to kill civilians in El Geneina."
    evs = events(text, published="2024-06-09", settings=ALL)
    assert {e.modality for e in evs if e.plover == "REQUEST"} == {"reported"}


def test_going_back_returns_no_one_and_a_vow_to_sue_is_the_lawsuit_to_come() -> None:
    # (CAMEO 084 returns persons or property; the guideline's ACCUSE: sue)
    assert not events("MANILA (Reuters) - The soldiers were returning from a community outreach programme on Tuesday.",
                      published=PUB, settings=ALL)
    assert ("RETREAT", "RUS", "UKR") in keyed(events("KYIV (Reuters) - Russia returned 50 children to Ukraine on Monday.", published=PUB, settings=ALL))
    evs = events("LONDON (Reuters) - The Labour Party took the government to court over the scheme.", published=PUB, settings=ALL)
    assert [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs] == [("115", "GBRPTY", "GBRGOV")]
    evs = events("LONDON (Reuters) - The Labour Party vowed to take the government to court over the scheme.", published=PUB, settings=ALL)
    assert [(e.plover, e.cameo, e.modality) for e in evs] == [("ACCUSE", "115", "future")]


def test_a_body_run_or_controlled_by_someone_acts_itself_and_rebel_commanders_are_rebels() -> None:
    text = "GAZA (Reuters) - The Hamas-run health ministry accused Israel of killing 40 people."
    evs = events(text, published=PUB, settings=ALL)
    assert {e.source.code for e in evs if e.plover == "ACCUSE" and e.source is not None} == {"PSEGOV"}
    # (those killed are not the accused's own: the people are acted on by Israel)
    assert ("ASSAULT", "ISR", "PSECVL") in keyed(evs)
    text = "SEOUL (AP) — South Korea's opposition-controlled National Assembly voted on Thursday to impeach the justice minister."
    assert coded(text) == {("ACCUSE", "KORLEG", "KORGOV")}
    text = "BOGOTA (Reuters) - The rebel commanders accused the government of bad faith in the talks."
    assert ("ACCUSE", "COLREB", "COLGOV") in coded(text)


def test_a_mid_sized_town_of_a_country_the_story_never_names_gives_no_country() -> None:
    # ("Morena" is a town of India and Mexico's governing party)
    text = ("MEXICO CITY (AP) — Lucia Ordaz declared victory on election night, and Morena's national leadership "
            "congratulated her in a post on social media.")
    assert "IND" not in countries(events(text, published=PUB, settings=ALL))
    from tidings.events import places

    assert places.minor_place("Morena") and not places.minor_place("Mosul")


def test_an_organisation_is_what_its_head_names_and_a_title_inside_a_name_is_the_role() -> None:
    # ("Bureau of Criminal Investigation" is a bureau, not criminals)
    text = "COLUMBUS, Ohio (AP) — The Ohio Bureau of Criminal Investigation accused the officer of lying on Monday."
    assert ("ACCUSE", "USAGOV", "USACOP") in coded(text)
    text = "JEFFERSON CITY, Mo. (AP) — State Treasurer Gerald Whitlock criticised Auditor Patricia Lindqvist on Monday."
    assert coded(text) == {("ACCUSE", "USAGOV", "USAGOV")}


def test_a_quoted_name_for_an_act_at_home_criticises_its_doer() -> None:
    # (CAMEO 111: "called the veto a mistake" criticises who vetoed; a person or a body answers
    # any other actor of its country, a state named by its name only other countries)
    text = ("SACRAMENTO (AP) — Governor Teresa Okafor vetoed the housing bill on Monday. Los Angeles Mayor Kevin Dunmore "
            "called the veto \"a mistake\".")
    evs = [e for e in events(text, published=PUB, settings=ALL) if e.cameo == "111"]
    assert [(e.source_text, e.target_text) for e in evs] == [("Mayor Kevin Dunmore", "Governor Teresa Okafor")]
    text = ("HALIFAX — More than 1,800 school workers walked off the job on Monday. Education Minister Darlene Fougere "
            "called the strike \"unnecessary and harmful to children\".")
    assert keyed([e for e in events(text, published=PUB, settings=ALL) if e.cameo == "111"]) == {("ACCUSE", "CANGOV", "CANLAB")}
    # a staff member of a body is of it
    text = ("WASHINGTON (AP) — The House Intelligence Committee opened an impeachment inquiry into the president. White "
            "House counsel Peter Lind called the inquiry \"illegitimate\".")
    assert keyed([e for e in events(text, published=PUB, settings=ALL) if e.cameo == "111"]) == {("ACCUSE", "USAGOV", "USALEG")}


def test_crowds_gathering_to_chant_or_rallying_with_flags_protest() -> None:
    # (CAMEO 141 demonstrate; a participle clause after a comma is no object of "rallied")
    evs = events("NIAMEY (Reuters) - Thousands of junta supporters rallied in Niamey on Sunday, some waving Russian flags.",
                 published=PUB, settings=ALL)
    assert keyed(evs) == {("PROTEST", "NERCVL", None)}
    evs = events("TEHRAN (Reuters) - The students gathered to chant slogans against the government.", published=PUB, settings=ALL)
    assert {e.plover for e in evs} == {"PROTEST"}
    # leaders gathering to talk hold no protest
    assert not [e for e in events("BRUSSELS (Reuters) - EU leaders gathered to discuss the budget.", published=PUB, settings=ALL)
                if e.plover == "PROTEST"]


def test_returning_fire_is_force() -> None:
    # (the verb dictionary's RETURN * FIRE [190])
    evs = events("KYIV (Reuters) - Ukrainian troops returned fire at Russian positions near Bakhmut.", published=PUB, settings=ALL)
    assert keyed(evs) == {("ASSAULT", "UKRMIL", "RUS")}


def test_opposing_is_disapproval() -> None:
    # (the verb dictionary's VERBAL_CONFLICT group, with OPPOSE: 110)
    evs = events("HANOI (AP) — The United States strongly opposes China's violations of international law, Esper said.", published=PUB, settings=ALL)
    assert {(e.plover, e.cameo) for e in evs if e.source is not None and e.source.country == "USA"} == {("ACCUSE", "110")}


def test_a_gerund_misjoined_to_the_verb_is_done_by_the_one_convicted_and_a_named_object_is_the_person() -> None:
    # ("convicted three men of kidnapping and torturing a businessman": the men tortured him)
    text = "BIRMINGHAM, England - A jury at the crown court on Friday convicted three men of kidnapping and torturing a businessman."
    evs = events(text, published=PUB, settings=ALL)
    doers = {e.source.code for e in evs if e.plover == "ASSAULT" and e.source is not None}
    assert doers and doers <= {"GBRCVL", "GBRCRM"}
    # ("sentenced the ringleader, Daniel Okonjo, 31, to 18 years": the one sentenced is named)
    text = "BIRMINGHAM, England - Judge Caroline Pemberton sentenced the ringleader, Daniel Okonjo, 31, to 18 years in prison."
    evs = events(text, published=PUB, settings=ALL)
    assert [(e.plover, e.source.code if e.source else None, e.target_text) for e in evs] == [("SANCTION", "GBRJUD", "Daniel Okonjo")]


def test_police_rushed_somewhere_are_mobilised_and_a_unit_of_a_force_is_the_force() -> None:
    # (the verb dictionary's RUSH * POLICE [153]; the forces moved show force themselves)
    text = ("IMPHAL (Reuters) - The chief minister's office said two additional companies of the Central Reserve Police "
            "Force had been rushed to the district.")
    evs = events(text, published=PUB, settings=ALL)
    assert [(e.plover, e.source.code if e.source else None) for e in evs] == [("MOBILIZE", "INDCOP")]
    assert ("MOBILIZE", "PERGOV", None) in keyed(events("LIMA (Reuters) - The government rushed police to the border.", published=PUB, settings=ALL))


def test_coming_under_fire_is_an_attack_on_the_subject_or_criticism_of_a_politician() -> None:
    # (ASSAULT by whom it came from; the unarmed attacked in words are criticised, as with
    # "attacked"; with no one named and no armed side, nothing is coded)
    evs = events("MANILA (Reuters) - The soldiers came under fire from about 15 gunmen near Datu Hoffer.", published=PUB, settings=ALL)
    assert [(e.plover, e.target.code if e.target else None) for e in evs] == [("ASSAULT", "PHLMIL")] and evs[0].source is not None
    evs = events("LONDON (Reuters) - The prime minister came under fire from his own party over the budget.", published=PUB, settings=ALL)
    assert {(e.plover, e.cameo) for e in evs} == {("ACCUSE", "111")}
    assert not events("LONDON (Reuters) - The prime minister came under fire over the budget.", published=PUB, settings=ALL)


def test_a_family_name_written_first_is_the_person_again_and_an_act_named_far_back_is_still_answered() -> None:
    # ("President Seo Jin-woo ... Seo said": the family name first; "called the impeachment a
    # reckless abuse", the impeachment told at the top of the lead)
    text = ("SEOUL (AP) — The National Assembly voted on Thursday to impeach Justice Minister Kang Do-hyun. The motion passed "
            "192-97. Lawmakers of President Seo Jin-woo's party walked out before the ballot. The court must now decide "
            "whether to remove Kang. Seo called the impeachment \"a reckless abuse of power\".")
    evs = events(text, published=PUB, settings=ALL)
    assert ("ACCUSE", "KORGOV", "KORLEG") in keyed([e for e in evs if e.cameo == "111"])


def test_an_inquiry_opened_into_someone_targets_them() -> None:
    # (CAMEO 090; the light verb carries the "into")
    text = "BRASILIA (Reuters) - Brazil's Senate on Tuesday opened a parliamentary inquiry into Mines and Energy Minister Rodrigo Albuquerque."
    assert coded(text) == {("ACCUSE", "BRALEG", "BRAGOV")}


def test_protesters_forcing_their_way_in_or_throwing_firebombs_riot() -> None:
    # (CAMEO 145, as DEMONSTRATOR STORM, and PLOVER's PROTEST/riot: violent action of
    # demonstrators toward the authorities; troops forcing their way in, or militants throwing
    # grenades, attack; so do petrol bombs thrown at someone named, by whoever throws them)
    text = "ISLAMABAD (Reuters) - In Rawalpindi, protesters forced their way through the gates of the army's headquarters, police said."
    assert coded(text) == {("PROTEST", "PAKCVL", "PAKMIL")}
    text = "KYIV (Reuters) - Russian troops forced their way into the town on Monday."
    assert {e.plover for e in events(text, published=PUB, settings=ALL)} == {"ASSAULT"}
    text = "HONG KONG (Reuters) - Demonstrators hurled petrol bombs at police from a footbridge on Sunday."
    assert coded(text) == {("ASSAULT", "HKGCVL", "HKGCOP")}
    text = "KABUL (Reuters) - Militants hurled grenades at a police post on Sunday."
    assert {e.plover for e in events(text, published=PUB, settings=ALL)} == {"ASSAULT"}


def test_hundreds_of_troops_sent_are_troops_sent() -> None:
    # (a measure of what is moved is what is moved: "sent hundreds of troops", CAMEO 15)
    text = "ANKARA (Reuters) - Turkey sent hundreds of troops and armoured vehicles into Idlib last week."
    assert {(e.plover, e.source.code if e.source else None) for e in events(text, published=PUB, settings=ALL)} == {("MOBILIZE", "TUR")}


def test_saying_an_act_was_unacceptable_criticises_its_doer() -> None:
    # (CAMEO 111: the names of reproach of "called the decision unacceptable", said of it)
    text = "MOSCOW (Reuters) - Poland expelled 45 Russian diplomats on Monday. Moscow said the decision was unacceptable."
    assert ("ACCUSE", "RUS", "POL") in coded(text)
    text = ("JOHANNESBURG (Reuters) - The Constitutional Court sentenced former President Samuel Ndlovu to 15 months in prison "
            "on Tuesday. His party said the judgment was politically motivated.")
    assert {e.target.code for e in events(text, published=PUB, settings=ALL) if e.cameo == "111" and e.target is not None} == {"ZAFJUD"}
    # a neutral word says nothing against anyone, nor does the verb of what was said
    assert not [e for e in events("WASHINGTON (Reuters) - The senator said the situation was dangerous.", published=PUB, settings=ALL)
                if e.plover == "ACCUSE"]
    text = "KABUL (Reuters) - Taliban fighters attacked a police checkpoint overnight, a provincial official said."
    assert not [e for e in events(text, published=PUB, settings=ALL) if e.plover == "ACCUSE"]


def test_describing_or_branding_something_with_a_name_of_reproach_criticises() -> None:
    # (the names of reproach of "called it a sham", given with "as"; CAMEO's BRAND is 111)
    text = "LONDON (Reuters) - Opposition leader Tom Hale described the government's plan as a farce on Monday."
    assert coded(text) == {("ACCUSE", "GBROPP", "GBRGOV")}
    text = "LONDON (Reuters) - Tom Hale, the opposition leader, branded the home secretary a liar."
    assert coded(text) == {("ACCUSE", "GBROPP", "GBRGOV")}
    text = "NAIROBI (Reuters) - The Law Society of Kenya characterised the police chief as incompetent and corrupt."
    assert {(e.plover, e.target.code if e.target else None) for e in events(text, published=PUB, settings=ALL)} == {("ACCUSE", "KENCOP")}
    # a neutral description criticises no one
    text = "PARIS (Reuters) - The French foreign minister described the talks with Algeria as constructive."
    assert not [e for e in events(text, published=PUB, settings=ALL) if e.plover == "ACCUSE"]


def test_ordering_forces_somewhere_mobilises_them() -> None:
    # (CAMEO's verb dictionary: ORDER * {&SECURITY FORCE} 150; ordering troops to act is a demand)
    text = "ANKARA (Reuters) - President Kemal Aydin ordered troops into northern Syria on Wednesday."
    assert coded(text) == {("MOBILIZE", "TURGOV", "SYR")}
    text = "CAIRO (Reuters) - President Omar Fathy ordered the army to leave the capital's streets."
    assert "MOBILIZE" not in {e.plover for e in events(text, published=PUB, settings=ALL)}


def test_a_person_may_criticise_an_act_of_another_person_of_the_same_side() -> None:
    # (a mayor calls a governor's deployment a stunt: both are the state's officials, and the
    # one criticised is the governor, not nobody)
    text = ("SPRINGFIELD, Ill. - Illinois Governor Ruth Calloway on Monday ordered 300 National Guard troops into Chicago. "
            "Mayor Dennis Okafor called the deployment \"a political stunt\".")
    evs = events(text, published=PUB, settings=ALL)
    assert [(e.cameo, e.source_text, e.target_text) for e in evs if e.plover == "ACCUSE"] == [("111", "Mayor Dennis Okafor", "Governor Ruth Calloway")]
    # a body does not criticise its own kind's act by the same rule
    text = ("HONG KONG (Reuters) - Police fired tear gas at protesters in Mong Kok on Sunday. "
            "The police commissioner condemned the violence.")
    assert not [e for e in events(text, published=PUB, settings=ALL) if e.plover == "ACCUSE" and e.target is not None and e.target.role == "COP"]


def test_the_ones_killed_parsed_as_the_first_speaker_are_the_target() -> None:
    # ("killed at least 12 people, residents and a rescue group said": the parser joins the
    # victims to the speakers)
    text = ("DHAKA (Reuters) - An air strike by Myanmar's army on a village in Rakhine state killed at least 12 people, "
            "including four children, residents and a local rescue group said on Friday.")
    assert ("ASSAULT", "MMRMIL", "MMRCVL") in coded(text)


def test_taking_shelter_gives_none_and_recalling_an_envoy_aims_at_where_they_served() -> None:
    text = "KABUL (Reuters) - Families who were sheltering in a mosque in Pakistan fled again on Monday."
    assert "AID" not in {e.plover for e in events(text, published=PUB, settings=ALL)}
    text = "ANKARA (Reuters) - Turkey has sheltered 3 million Syrian refugees since 2011."
    assert coded(text) == {("AID", "TUR", "SYRREF")}
    # (the recalled envoy is the recaller's own: the one relations are cut with is where they served)
    text = "LIMA (Reuters) - Peru has recalled its ambassador to Venezuela for consultations."
    assert coded(text) == {("SANCTION", "PER", "VEN")}


def test_a_later_passive_of_a_spoken_act_is_another_act() -> None:
    # (an act told twice is coded once; but "a journalist accused of spreading false
    # information" is not the accusation the junta made of foreign powers)
    text = ("NIAMEY (AP) — Junta spokesman Colonel Amadou Sani accused foreign powers of arming the militants on Sunday. "
            "On Saturday, authorities in Niamey expelled a French journalist accused of spreading false information.")
    evs = events(text, published=PUB, settings=ALL)
    assert ("ACCUSE", "NERMIL", "FRAMED") not in keyed(evs)
    assert ("ACCUSE", None, "FRAMED") in keyed(evs)
    # a later telling of force still names the one the earlier telling acted on
    text = "KANO, Nigeria (AP) — Gunmen attacked a bus on the highway on Monday. Five passengers were killed, police said."
    assert coded(text) == {("ASSAULT", "NGAREB", "NGACVL")}


def test_an_act_named_again_by_its_own_word_is_the_one_answered() -> None:
    # ("welcomed the charge": the charge laid two sentences before, not the last accusation told)
    text = ("OTTAWA (Reuters) - The RCMP has charged a Toronto man with spying for a foreign state. "
            "The Chinese embassy accused Canadian officials of smearing China. "
            "Exiled dissidents in Toronto said they welcomed the charge.")
    evs = events(text, published=PUB, settings=ALL)
    assert [(e.cameo, e.target.code if e.target else None) for e in evs if e.plover == "SUPPORT"] == [("051", "CANCOP")]


def test_the_decision_is_the_last_act_told_however_far_back() -> None:
    # (nothing was done by anyone in between: the decision is Norway's, three sentences on)
    text = ("OSLO (Reuters) - Norway ordered three Russian diplomats to leave the country on Tuesday. "
            "The expulsions follow the arrest last month of a man suspected of spying. "
            "\"Espionage will not be tolerated,\" the foreign minister said. "
            "Moscow called the decision provocative and groundless.")
    evs = events(text, published=PUB, settings=ALL)
    assert ("ACCUSE", "RUS", "NOR") in keyed(evs)


def test_a_court_ordering_someone_held_and_a_house_arrest_detain_them() -> None:
    # (CAMEO 173: the court detains; "him" in "ordered him held" is the one arrested before,
    # not the court nor the arresting service)
    text = ("KYIV (Reuters) - Ukraine's SBU security service detained a Kharkiv city councillor on Friday. "
            "A court in Kyiv ordered him held without bail for 60 days.")
    evs = events(text, published=PUB, settings=ALL)
    assert [(e.cameo, e.source.code if e.source else None, e.target_text) for e in evs if e.rule == "order.held"] == [
        ("173", "UKRJUD", "Kharkiv city councillor")]
    text = "ROME (Reuters) - Italian police placed the mayor of Caserta under house arrest on Thursday."
    assert coded(text) == {("COERCE", "ITACOP", "ITAGOV")}
    text = "ROME (Reuters) - Two municipal councillors were also placed under investigation."
    assert {(e.plover, e.cameo) for e in events(text, published=PUB, settings=ALL)} == {("ACCUSE", "090")}


def test_keeping_an_actor_from_an_act_restricts_it() -> None:
    # (CAMEO 172; a way, a bid or aid blocked keep their own codes)
    text = "SEATTLE (AP) — A federal judge on Friday blocked the administration from cutting funding to 30 food banks."
    assert coded(text) == {("COERCE", "USAJUD", "USAGOV")}
    text = "SEATTLE (AP) — Dock workers blocked trucks from entering the port on Friday."
    assert "COERCE" not in {e.plover for e in events(text, published=PUB, settings=ALL)}


def test_a_relative_clause_with_its_own_speaker_tells_what_they_say() -> None:
    # ("the strike, which residents blame on the army": an accusation; "farmers who oppose a
    # law" still only describes them)
    text = ("KHARTOUM (Reuters) - At least 12 people were killed in a strike on a market on Sunday, "
            "which residents blame on Sudan's army.")
    assert ("ACCUSE", "SDNCVL", "SDNMIL") in coded(text)
    evs = events("LIMA — Farmers who oppose a new water law blocked a highway on Monday.", published=PUB, settings=ALL)
    assert {e.plover for e in evs} == {"PROTEST"}


def test_a_relative_pronoun_under_a_saying_clause_stands_for_its_antecedent() -> None:
    # ("a pattern that residents say has returned": the pattern returned, not the residents)
    text = ("MAPUTO (Reuters) - Villagers hid in the bush while insurgents torched their homes, "
            "a pattern that residents and aid workers say has returned to Cabo Delgado province this year.")
    assert "RETREAT" not in {e.plover for e in events(text, published=PUB, settings=ALL)}


def test_a_war_effort_is_no_war_told() -> None:
    text = "KYIV (Reuters) - Kyiv says its strikes on refineries aim to cut revenues that fund Moscow's war effort."
    assert not [e for e in events(text, published=PUB, settings=ALL) if e.rule == "war"]


def test_one_sides_promise_about_its_own_is_aimed_at_no_one_of_its_own() -> None:
    # ("vowed that the government would hunt down every cell": not a promise to the government)
    text = ("MOGADISHU (AP) — Somalia's interior minister, Abdi Nur, vowed on Saturday that the government "
            "would hunt down every cell behind the bombing.")
    assert not [e for e in events(text, published=PUB, settings=ALL) if e.plover == "AGREE" and e.target is not None]


def test_us_combatant_commands_are_the_us_military() -> None:
    text = ("NAIROBI (AP) — The U.S. Africa Command said it had conducted an air strike against "
            "al-Shabaab fighters near Jilib in southern Somalia.")
    assert {(e.plover, e.source.code if e.source else None) for e in events(text, published=PUB, settings=ALL)} == {("ASSAULT", "USAMIL")}


def test_regretting_a_decision_disapproves_of_its_maker() -> None:
    # (CAMEO's REGRET is 110; regret for one's own offence is an apology, 055, aimed at no one named)
    text = "CARACAS (Reuters) - Colombia's government suspended peace talks with the ELN on Wednesday. Venezuela said it regretted the decision."
    assert ("ACCUSE", "VEN", "COLGOV") in coded(text)
    text = "DENVER (AP) — His lawyer told reporters that the former deputy deeply regretted his actions."
    assert "ACCUSE" not in {e.plover for e in events(text, published=PUB, settings=ALL)}


def test_forces_of_any_arm_sent_somewhere_are_mobilised() -> None:
    # (CAMEO 15: "dispatched its own ships", "sent officers and armoured vehicles")
    text = "TAIPEI (Reuters) - Taiwan's defence ministry said it had dispatched ships and missile units to the Taiwan Strait."
    assert {e.plover for e in events(text, published=PUB, settings=ALL)} == {"MOBILIZE"}
    text = "LONDON (Reuters) - Britain sent two letters to the European Commission."
    assert "MOBILIZE" not in {e.plover for e in events(text, published=PUB, settings=ALL)}


def test_the_attack_condemned_is_the_last_assault_not_the_forces_sent_after_it() -> None:
    text = ("PORT-AU-PRINCE (AP) — Gang members set fire to dozens of homes in the commune of Cornillon on Monday. "
            "The Haitian National Police sent officers and armored vehicles to the area, a police spokesman said. "
            "Haiti's Transitional Presidential Council condemned the attack.")
    assert [(e.cameo, e.target.code if e.target else None) for e in events(text, published=PUB, settings=ALL)
            if e.plover == "ACCUSE"] == [("111", "HTICRM")]


def test_another_act_of_the_same_type_is_not_a_retelling() -> None:
    # (an act told twice is coded once; an arrest and the closure of schools are two acts)
    text = ("SOKOTO, Nigeria (AP) — Nigeria arrested two suspected kidnappers in a forest near the border on Monday. "
            "The state governor ordered the immediate closure of 18 boarding schools.")
    evs = events(text, published=PUB, settings=ALL)
    assert {e.cameo for e in evs if e.plover == "COERCE"} == {"173", "172"}


def test_a_subpoena_demands_of_whom_it_is_served_on() -> None:
    text = "WASHINGTON (AP) — The House Judiciary Committee on Thursday subpoenaed the energy secretary for documents."
    assert coded(text) == {("REQUEST", "USALEG", "USAGOV")}


def test_a_hearing_dismissed_is_its_holders() -> None:
    text = ("WASHINGTON (AP) — The House Intelligence Committee opened the first public hearing of its inquiry on Wednesday. "
            "A White House spokeswoman dismissed the hearing as boring and pointless.")
    assert ("ACCUSE", "USAGOV", "USALEG") in coded(text)


def test_calling_off_a_meeting_with_someone_is_aimed_at_them() -> None:
    text = "ISLAMABAD (Reuters) - The Indian prime minister abruptly called off a planned meeting with Pakistani leaders on Monday."
    assert coded(text) == {("SANCTION", "INDGOV", "PAKGOV")}


def test_him_in_a_relative_clause_is_not_the_relative_pronouns_antecedent() -> None:
    # ("the commander, who had urged him to step down": "him" is the president, not the commander)
    text = ("LA PAZ (Reuters) - President Rubén Quispe resigned on Sunday, bowing to pressure from the country's "
            "military commander, who had urged him on national television to step down.")
    assert ("REQUEST", "BOLMIL", "BOLGOV") in coded(text)


# ---- eighth round ----------------------------------------------------------------------------
def test_a_place_stands_for_those_who_use_it_as_the_phoenix_agents_code_it() -> None:
    # VILLAGE, SCHOOL, RADIO_STATION, MILITARY_BASE, NAVAL_BASE, BARRACKS in the agents dictionary
    text = ("GAO, Mali — Jihadist fighters stormed a military base outside Gao on Sunday. Soldiers raided a radio station in Bamako on Monday. "
            "Army artillery shelled two villages near Menaka on Tuesday.")
    evs = events(text, published=PUB, settings=ALL)
    assert {("ASSAULT", "MLIMIL"), ("COERCE", "MLIMED"), ("ASSAULT", "MLICVL")} <= {
        (e.plover, e.target.code if e.target else None) for e in evs}


def test_a_participle_with_a_subject_and_no_auxiliary_is_a_passive() -> None:
    # "..., many of them detained during the rally": the ones detained detained no one
    text = ("KABUL — Pakistani traders protested in Kabul on Sunday. "
            "Afghan police were holding 40 protesters on Monday, many of them detained during the rally.")
    evs = events(text, published=PUB, settings=ALL)
    assert ("COERCE", "AFGCOP", "AFGCVL") in keyed(evs)
    assert not [e for e in evs if e.trigger == "detained" and e.source is not None]


def test_striking_a_deal_is_an_agreement_never_an_attack() -> None:
    # CAMEO's verb dictionary: REACH/CUT DEAL (030)
    evs = events("ATHENS — Greece struck a deal with Turkey on migrant returns on Monday.", published=PUB, settings=ALL)
    assert keyed(evs) == {("AGREE", "GRC", "TUR")}
    text = "LONDON — Labour said the deal the prime minister struck with the European Union would hurt British farmers."
    assert not [e for e in events(text, published=PUB, settings=ALL) if e.plover == "ASSAULT"]


def test_a_quoted_name_given_to_an_act_criticises_its_doer() -> None:
    # "called the X "Y"" parsed as one phrase, the act a modifier of the name given to it
    text = ("WASHINGTON — A federal judge in Boston on Thursday blocked the administration from cutting off funding to research programs. "
            'An HHS spokesman called the ruling "judicial overreach" on Friday.')
    assert ("ACCUSE", "USAGOV", "USAJUD") in keyed(events(text, published=PUB))
    # ("called the suspensions "illegal ..."": the quoted words after the act named; the doer of
    # the act of its kind, not the arrests told in between)
    text = ("ISLAMABAD — The speaker of the National Assembly suspended 11 opposition lawmakers on Wednesday. "
            "Police arrested two party workers outside parliament. "
            'The opposition leader called the suspensions "illegal and unconstitutional" on Thursday.')
    got = {k for k in keyed(events(text, published=PUB)) if k[0] == "ACCUSE"}
    assert got == {("ACCUSE", "PAKOPP", "PAKLEG")}


def test_a_vow_to_crush_or_punish_someone_is_a_threat_not_a_promise() -> None:
    # CAMEO's verb dictionary: CRUSH/DEFEAT/ERADICATE under DESTROY (190), PUNISH (170); VOW ATTACK 138
    text = "MAIDUGURI, Nigeria — The army vowed on Monday to crush the insurgents. The governor pledged to punish the kidnappers."
    got = coded(text)
    assert ("THREATEN", "NGAMIL", "NGAREB") in got and ("THREATEN", "NGAGOV", "NGACRM") in got
    assert not [k for k in got if k[0] == "AGREE"]
    # (against no one, no threat: "vowed to defeat the bill")
    evs = events("WASHINGTON — The senator vowed to defeat the bill.", published=PUB, settings=ALL)
    assert not [e for e in evs if e.plover == "THREATEN"]


def test_they_is_not_the_one_person_who_governs_the_clause() -> None:
    text = ("PESHAWAR — A high court judge ordered the release of the detained teachers on Monday, "
            "calling the arrests unlawful, and they were freed by evening.")
    evs = events(text, published=PUB, settings=ALL)
    assert not [e for e in evs if e.trigger == "freed" and e.target is not None and e.target.role == "JUD"]


def test_a_strike_by_workers_against_a_plan_is_a_stoppage_not_an_attack() -> None:
    text = "KARACHI — Nurses continued their strike against the provincial government's privatisation plan on Tuesday."
    got = coded(text)
    assert ("PROTEST", "PAKHLH", "PAKGOV") in got and not [k for k in got if k[0] == "ASSAULT"]
    # (armed forces' strikes against positions stay force)
    got = keyed(events("JERUSALEM — Israeli jets carried out strikes against Hamas positions in Gaza.", published=PUB, settings=ALL))
    assert [k for k in got if k[0] == "ASSAULT"]


def test_an_act_named_with_no_is_negated() -> None:
    text = "QUITO — Prosecutors said no arrests had been made by Tuesday night. Police made two arrests on Wednesday."
    evs = [e for e in events(text, published=PUB, settings=ALL) if e.plover == "COERCE"]
    assert {(e.trigger, e.modality) for e in evs} >= {("arrests made", "negated"), ("made arrests", "asserted")}


def test_a_place_named_for_its_people_does_nothing() -> None:
    # "an attack on an army base that killed 30 soldiers": the base killed no one
    text = "NIAMEY, Niger — Militants claimed an attack on an army base near Tillaberi that killed 30 soldiers, officials said."
    evs = events(text, published=PUB, settings=ALL)
    assert not [e for e in evs if e.source is not None and e.source_text.endswith("base")]


def test_a_capitalised_verb_inside_a_sentence_is_a_word_of_a_name() -> None:
    text = "OUAGADOUGOU — The al-Qaeda-linked Group to Support Islam and Muslims claimed the attack on Monday."
    assert not [e for e in events(text, published=PUB, settings=ALL) if e.plover == "SUPPORT"]


def test_forces_said_to_be_stationed_somewhere_are_a_state_not_a_deployment() -> None:
    text = ("TBILISI — About 4,000 Russian troops are stationed in South Ossetia. "
            "Russia stationed 500 more troops in South Ossetia on Monday.")
    evs = [e for e in events(text, published=PUB, settings=ALL) if e.plover == "MOBILIZE"]
    assert [e.source_text for e in evs] == ["Russia"]


def test_a_thing_in_what_was_said_accuses_no_one_the_speaker_does() -> None:
    text = ('BRASILIA — Senator Paulo Mendes Rocha said the audit showed "a pattern of abuse" and accused the health ministry '
            "of hiding the losses.")
    got = coded(text)
    assert ("ACCUSE", "BRALEG", "BRAHLH") in got or ("ACCUSE", "BRALEG", "BRAGOV") in got


def test_facing_charges_is_being_accused_by_no_one_named() -> None:
    text = "CAPE TOWN — Three provincial officials face charges of fraud. The president faces pressure from his party."
    got = coded(text)
    assert ("ACCUSE", None, "ZAFGOV") in got
    assert not [k for k in got if k[0] == "ACCUSE" and k[1] == "ZAFGOV"]
    # (told by the prosecutors, who bring charges, the charges are theirs)
    text = "CAPE TOWN — Three provincial officials face charges of fraud, prosecutors said."
    assert ("ACCUSE", "ZAFJUD", "ZAFGOV") in coded(text)


def test_being_in_talks_with_someone_is_negotiating_with_them() -> None:
    text = "CAIRO — Egypt is in talks with Sudan over the dam, the foreign ministry said."
    assert ("CONSULT", "EGY", "SDN") in coded(text)


def test_a_launch_named_again_is_its_launchers() -> None:
    text = ("TOKYO — North Korea fired a ballistic missile into the Sea of Japan on Sunday. "
            "Japan's defence ministry called the launch \"a serious threat\".")
    assert ("ACCUSE", "JPNGOV", "PRK") in coded(text)


def test_adding_someone_to_a_sanctions_list_sanctions_them() -> None:
    text = "LONDON — Britain on Tuesday added three Russian generals and a state bank to its sanctions list."
    got = coded(text)
    assert ("SANCTION", "GBR", "RUS") in got
    # (a list of candidates is no blacklist)
    assert not [k for k in keyed(events("LONDON — The party added two candidates to its list.", published=PUB, settings=ALL)) if k[0] == "SANCTION"]


def test_suspected_members_are_suspects_unless_the_of_names_their_group() -> None:
    # (the agents dictionary's SUSPECT)
    got = keyed(events("BERLIN — German police detained 25 suspected members of a far-right group on Wednesday.", published=PUB, settings=ALL))
    assert ("COERCE", "DEUCOP", "DEUCRM") in got
    got = keyed(events("JERUSALEM — Israeli troops arrested 12 suspected members of Hamas in the West Bank.", published=PUB, settings=ALL))
    assert ("COERCE", "ISRMIL", "PSEREBHMS") in got


def test_seizing_power_or_a_chance_coerces_no_one_and_what_is_seized_is_taken_from_its_owner() -> None:
    # CAMEO's verb dictionary: SEIZE OPPORTUNITY [---]
    text = ("NIAMEY, Niger — The junta that seized power in July expelled the French ambassador on Friday. "
            "Opposition lawmakers seized on the expulsion to demand elections.")
    assert not [e for e in events(text, published=PUB, settings=ALL) if e.trigger == "seized"]
    got = keyed(events("QUETTA, Pakistan — Soldiers seized weapons from the separatists on Monday.", published=PUB, settings=ALL))
    assert ("COERCE", "PAKMIL", "PAKREB") in got


def test_exercises_held_alone_around_another_country_are_aimed_at_it() -> None:
    got = keyed(events("MINSK — Belarus held military exercises near Poland on Monday.", published=PUB, settings=ALL))
    assert ("MOBILIZE", "BLR", "POL") in got
    got = keyed(events("MOSCOW — Russia launched naval drills in the Baltic Sea on Monday.", published=PUB, settings=ALL))
    assert ("MOBILIZE", "RUS", None) in got


def test_a_warning_of_ones_own_act_is_aimed_at_whom_the_act_is_done_to() -> None:
    text = "MOSCOW — Russia warned on Monday that it would retaliate against Moldova for the expulsion."
    assert ("THREATEN", "RUS", "MDA") in coded(text)


def test_a_complaint_lodged_with_a_body_is_aimed_at_what_it_is_over() -> None:
    # CAMEO 114: the body it is lodged with is where, not whom
    text = "DAMASCUS — Syria's Foreign Ministry said it had lodged a complaint with the U.N. Security Council over Israel's air strikes."
    got = coded(text)
    assert ("ACCUSE", "SYRGOV", "ISR") in got and not [k for k in got if k[0] == "ACCUSE" and (k[2] or "").startswith("IGO")]


def test_what_must_happen_first_under_a_refusal_is_hypothetical() -> None:
    text = "KABUL — The Taliban said they would not attend talks until all their prisoners were freed."
    freed = [e for e in events(text, published=PUB, settings=ALL) if e.trigger == "freed"]
    assert freed and all(e.modality == "hypothetical" for e in freed)


def test_joint_patrols_are_forces_acting_together() -> None:
    text = "ANKARA — Turkish and Russian troops began joint patrols in northeastern Syria on Friday."
    assert ("COOPERATE", "TURMIL", "RUSMIL") in coded(text)


def test_talks_said_to_have_stalled_are_no_meeting_and_a_round_ended_is_negotiation() -> None:
    text = "MANILA — Peace talks between the government and the communist rebels have been stalled since 2017."
    assert not [e for e in events(text, published=PUB, settings=ALL) if e.plover == "CONSULT"]
    text = "BOGOTA — Government and ELN negotiators ended a round of peace talks in Havana on Monday."
    got = coded(text)
    assert ("CONSULT", "COLGOV", "COLREBELN") in got and not [k for k in got if k[0] == "SANCTION"]


def test_a_vigil_mourns_unless_demands_are_made_at_it() -> None:
    text = "DENVER (AP) — Hundreds of people gathered outside the synagogue on Monday evening for a candlelight vigil."
    assert not [e for e in events(text, published=PUB, settings=ALL) if e.plover == "PROTEST"]
    text = ("LEEDS, England — About 200 people gathered outside the police station on Monday night for a vigil, "
            "and some demanded that the officers be charged.")
    assert [e for e in events(text, published=PUB, settings=ALL) if e.plover == "PROTEST"]


def test_a_state_and_other_states_suing_are_state_governments() -> None:
    text = "AUSTIN, Texas — Texas and nine other states sued the Environmental Protection Agency on Monday."
    evs = [e for e in events(text, published=PUB, settings=ALL) if e.trigger == "sued"]
    assert evs and all(e.source is not None and e.source.code == "USAGOV" and e.source_text == "Texas" for e in evs)


def test_two_bodies_of_one_country_and_role_are_two_actors() -> None:
    # the guideline: the source is who acts, the target whom the act is aimed at; a state
    # government and the federal one share a code but are two actors
    text = "JOS, Nigeria — The Plateau state government called on the federal government on Sunday to send more troops."
    got = [e for e in events(text, published=PUB, settings=ALL) if e.trigger == "called"]
    assert [(e.plover, e.source.code if e.source else None, e.target.code if e.target else None) for e in got] == [("REQUEST", "NGAGOV", "NGAGOV")]
    text = "PERTH, Australia — Detectives from the state police charged a police constable with assault on Friday."
    assert ("ACCUSE", "AUSCOP", "AUSCOP") in coded(text)
    # a reflexive is the source itself, and soldiers or residents are not told apart by a code
    text = "LAGOS, Nigeria — The federal government defended itself on Monday against the charge."
    assert all(e.target is None for e in events(text, published=PUB, settings=ALL))
    text = "ACCRA, Ghana — Soldiers on patrol fired at soldiers of another unit by mistake on Tuesday."
    assert not [e for e in events(text, published=PUB, settings=ALL) if e.source is not None and e.target is not None
                and e.source.code == e.target.code]


def test_a_mediated_act_is_mediation_with_its_parties() -> None:
    # CAMEO 045 (mediate): the mediator's counterparts are the parties of what it mediated
    text = "NICOSIA — Greece and Turkey freed 40 fishermen each on Sunday in an exchange mediated by Malta."
    got = coded(text)
    assert {("CONSULT", "MLT", "GRC"), ("CONSULT", "MLT", "TUR")} <= got
    text = "DOHA — Chad and Sudan agreed on Monday to reopen their border in a deal brokered by Qatar."
    got = coded(text)
    assert {("CONSULT", "QAT", "TCD"), ("CONSULT", "QAT", "SDN")} <= got
    # a mediated thing whose clause names no party gives the mediator no counterpart
    text = "DOHA — A ceasefire mediated by Qatar took effect on Monday."
    assert all(e.target is None for e in events(text, published=PUB, settings=ALL) if e.trigger == "mediated")


def test_an_article_that_names_one_country_once_is_set_there() -> None:
    # the guideline: a country the text plainly implies; a story that names one country and
    # no other is set in it, however rarely it names it
    text = "A Kandy magistrate on Monday remanded a former mayor in custody. The opposition accused the government of shielding its allies."
    assert ("ACCUSE", "LKAOPP", "LKAGOV") in coded(text)
    # (a state or a province says where as a town does)
    text = "Queensland police arrested two men on Monday. The opposition leader accused the premier of ignoring the crisis."
    assert ("ACCUSE", "AUSOPP", "AUSGOV") in coded(text)
    # (a town the tagger takes for an organisation is a place after "in")
    text = "The board chairman said members were attending a strategy session in Durban. The opposition criticised the minister for the delays."
    assert ("ACCUSE", "ZAFOPP", "ZAFGOV") in coded(text)
    # (two countries named once each set the story in neither)
    text = "The opposition criticised the minister for the delays in talks between Chile and Peru."
    assert not countries([e for e in events(text, published=PUB, settings=ALL) if e.trigger == "criticised"])


def test_states_and_provinces_are_places_but_plain_words_and_seas_are_not() -> None:
    from tidings.events import places

    assert places.country_of("Queensland") == "AUS" and places.country_of("Alberta") == "CAN"
    assert places.country_of("Jharkhand") == "IND" and places.country_of("Borno") == "NGA"
    # (a name two countries share, a plain word, a sea named for a region)
    assert places.country_of("Punjab") is None and places.country_of("Plateau") is None
    assert places.country_of("Red Sea") is None and places.country_of("Blue Nile") is None


def test_a_town_taken_at_home_is_what_the_force_is_done_to() -> None:
    # a place that is the object of an attack or a capture is the one acted on, though it is
    # the attacker's own country's; a place where something happens is not
    text = "YANGON, Myanmar — The Arakan Army captured Sittwe on Monday."
    assert ("ASSAULT", "MMRREBAKA", "MMR") in coded(text)
    text = "NAIROBI, Kenya — Kenyan police opened fire in Nairobi on Monday."
    assert all(e.target is None for e in events(text, published=PUB, settings=ALL))


def test_rioters_and_marchers_are_people() -> None:
    # the guideline's CVL: civilians, residents, people; rioters and marchers as protesters are
    text = "TEHRAN, Iran — The state news agency said rioters had attacked police in several cities."
    assert ("ASSAULT", "IRNCVL", "IRNCOP") in coded(text)


def test_a_prisoner_swap_is_a_release_each_way() -> None:
    # an exchange of prisoners is two acts, each side freeing the other's (RETREAT, 0841)
    text = "BAKU — Armenia and Azerbaijan exchanged 32 prisoners each on Thursday."
    assert {("RETREAT", "ARM", "AZE"), ("RETREAT", "AZE", "ARM")} <= coded(text)
    text = "BAKU — Azerbaijan exchanged 12 detainees with Armenia on Thursday."
    assert {("RETREAT", "ARM", "AZE"), ("RETREAT", "AZE", "ARM")} <= coded(text)


def test_water_cannon_on_another_states_vessel_is_force_on_protesters_repression() -> None:
    # CAMEO 175 is repression of crowds; the same weapon turned on another state's boat is force
    text = "HANOI — A Chinese coast guard vessel fired water cannon at a Vietnamese fishing boat on Monday."
    got = coded(text)
    assert ("ASSAULT", "CHNCOP", "VNM") in got and not [k for k in got if k[0] == "COERCE"]
    text = "NAIROBI, Kenya — Police fired tear gas at protesters in Nairobi on Tuesday."
    assert ("COERCE", "KENCOP", "KENCVL") in coded(text)


def test_a_protest_is_aimed_at_whom_its_slogans_effigies_and_march_name() -> None:
    # CAMEO 14: a protest is against someone when the sentence says whom: slogans chanted
    # against them, their effigy burned, a march taken to their door
    text = "CARACAS — The students had gathered to chant slogans against the government."
    assert ("PROTEST", "VENEDU", "VENGOV") in coded(text)
    text = "DHAKA — Opposition supporters burned an effigy of the home minister on Sunday."
    assert any(k[0] == "PROTEST" and k[2] == "BGDGOV" for k in coded(text))
    text = "PRETORIA — Hundreds of nurses marched to the offices of the city council on Monday."
    assert any(k[0] == "PROTEST" and k[2] == "ZAFLEG" for k in coded(text))
    # a march to a place names no one
    text = "PARIS — Thousands of farmers marched to the city centre on Monday."
    assert all(e.target is None for e in events(text, published=PUB, settings=ALL) if e.plover == "PROTEST")


def test_will_not_cooperate_is_a_refusal_and_did_not_meet_a_denial() -> None:
    # the guideline: "refused to meet" is a REJECT; a stated unwillingness ("would not
    # cooperate") is one too, while "did not meet" only denies the meeting
    text = "MINSK — Belarus said it would not cooperate with the inquiry by the United Nations."
    got = [e for e in events(text, published=PUB, settings=ALL) if e.trigger == "cooperate"]
    assert [(e.plover, e.modality) for e in got] == [("REJECT", "asserted")]
    text = "MOSCOW — Russia did not meet the envoy on Monday."
    assert not [e for e in events(text, published=PUB, settings=ALL) if e.plover == "REJECT"]


def test_backing_down_yields_and_refusing_to_is_a_rejection() -> None:
    # CAMEO's verb dictionary: BACK_DOWN 080 (yield); not yielding is refusing (124)
    text = "SEOUL — South Korea will not back down in the face of North Korean threats, the president said."
    assert [(e.plover, e.cameo) for e in events(text, published=PUB, settings=ALL) if e.trigger.startswith("back")] == [("REJECT", "124")]
    text = "ANKARA — Turkey backed down on Monday."
    assert [(e.plover, e.cameo) for e in events(text, published=PUB, settings=ALL)] == [("CONCEDE", "080")]


def test_both_sides_of_a_civil_war_or_a_dispute_are_one_countrys_two_sides() -> None:
    # "both sides" after a sentence setting two actors of one country against each other are
    # those two; after two countries' forces, the two countries
    text = ("SANAA, Yemen (AP) — The Houthi rebels accused the Yemeni army of shelling a market in Taiz. "
            "The United Nations urged both sides to respect the truce.")
    got = coded(text)
    assert {k[2][:3] for k in got if k[0] == "REQUEST" and k[2]} == {"YEM"}
    assert len([k for k in got if k[0] == "REQUEST"]) == 2
    text = ("BAKU — Azerbaijan's Defence Ministry accused Armenian troops of shelling its positions. "
            "The European Union urged both sides to show restraint.")
    got = coded(text)
    assert {k[2] for k in got if k[0] == "REQUEST"} == {"ARM", "AZE"}


def test_suspending_the_press_or_a_party_restricts_it_and_an_official_is_disciplined() -> None:
    # CAMEO 1721 (restrictions on speech) and 1722 (ban parties): the guideline's COERCE;
    # an official suspended from duty is an administrative sanction (172, COERCE too)
    text = "NIAMEY, Niger — The junta suspended an independent television channel on Monday."
    assert [(e.plover, e.cameo) for e in events(text, published=PUB, settings=ALL) if e.trigger == "suspended"] == [("COERCE", "1721")]
    text = "DHAKA — The government suspended the main opposition party on Monday."
    assert [(e.plover, e.cameo) for e in events(text, published=PUB, settings=ALL) if e.trigger == "suspended"] == [("COERCE", "1722")]
    text = "LIMA — The city government suspended two police commanders on Monday."
    assert [(e.plover, e.cameo) for e in events(text, published=PUB, settings=ALL) if e.trigger == "suspended"] == [("COERCE", "172")]


def test_each_side_accusing_the_other_is_an_accusation_each_way() -> None:
    text = ("BAKU — Armenian and Azerbaijani troops exchanged fire on the border overnight. "
            "Each side accused the other of provoking the clash.")
    got = coded(text)
    assert {k[1][:3] + ">" + k[2][:3] for k in got if k[0] == "ACCUSE" and k[1] and k[2]} == {"ARM>AZE", "AZE>ARM"}
    text = ("MOGADISHU — Government troops and al-Shabaab fighters clashed near Afgoye. "
            "Each side accused the other of killing civilians.")
    assert len([k for k in coded(text) if k[0] == "ACCUSE" and k[1] and k[2]]) == 2


def test_testifying_against_someone_accuses_them() -> None:
    text = "PHOENIX (AP) — A police officer testified against the mayor at his corruption trial on Monday."
    assert ("ACCUSE", "USACOP", "USAGOV") in coded(text)


def test_a_charge_told_by_prosecutors_is_theirs_and_an_arrest_told_by_police_stays_doerless() -> None:
    # the guideline: a passive has no source "unless the lead says who did it"; prosecutors
    # telling of a charge say who brought it, police telling of an arrest are its tellers
    text = "DENVER (AP) — A former county clerk was charged with embezzlement on Monday, federal prosecutors said."
    got = [e for e in events(text, published=PUB, settings=ALL) if e.trigger == "charged"]
    assert [(e.source.code if e.source else None, e.modality) for e in got] == [("USAJUD", "reported")]
    text = "DENVER (AP) — Three men were arrested on Monday, police said."
    assert all(e.source is None for e in events(text, published=PUB, settings=ALL) if e.trigger == "arrested")
    # nor are police telling of a charge its doers: prosecutors bring charges
    text = "DENVER (AP) — A 30-year-old woman was charged with drunk driving after her car hit a fence on Sunday, police said."
    got = [e for e in events(text, published=PUB, settings=ALL) if e.trigger == "charged"]
    assert [(e.source, e.target.code if e.target else None) for e in got] == [(None, "USACVL")]


def test_an_embassy_sets_no_sentence_in_its_country() -> None:
    # an embassy stands abroad: the protesters storming it are of where the story is
    text = "TEHRAN — Hundreds of protesters stormed the Saudi embassy on Saturday."
    assert ("PROTEST", "IRNCVL", "SAUGOV") in coded(text)


def test_a_regulator_is_the_government_and_artillery_pounds() -> None:
    # the Phoenix agents dictionary: REGULATOR ~GOV; CAMEO's verb dictionary: POUND 190
    text = "LONDON — Britain's financial regulator criticised the bank's board on Tuesday."
    assert ("ACCUSE", "GBRGOV", "GBRBUS") in coded(text)
    text = "KYIV — Russian artillery pounded Ukrainian troops near Bakhmut on Monday."
    assert ("ASSAULT", "RUSMIL", "UKRMIL") in coded(text)


def test_action_taken_against_someone_coerces_and_measures_announced_threaten() -> None:
    text = "NAIROBI — Police took action against the protesters on Monday."
    assert ("COERCE", "KENCOP", "KENCVL") in coded(text)
    text = "BEIJING — China said it would take necessary measures against the United States."
    assert ("THREATEN", "CHN", "USA") in coded(text)


# ---- tenth round: who the act is aimed at, and actors the dictionaries lacked ------------------
def test_agent_nouns_of_the_phoenix_agents_dictionary_are_actors() -> None:
    # EMPLOYER [~BUS], PERPETRATOR [~CRM], CUSTOMER [~CVL], and the plural "attorneys general",
    # whatever the tagger makes of "general"
    text = "LEEDS — The Fire Brigades Union rejected a pay offer from employers on Monday."
    assert ("REJECT", "GBRLAB", "GBRBUS") in coded(text)
    text = "CORK — Gardaí arrested the perpetrators on Monday."
    assert ("COERCE", "IRLCOP", "IRLCRM") in coded(text)
    text = "CHICAGO (AP) — Attorneys general from nine states sued a vaping company on Thursday."
    assert ("ACCUSE", "USAJUD", "USABUS") in coded(text)
    # (a group named by its members' kind is theirs: OIL_GROUP [~BUS], FARMER [~AGR])
    text = "DES MOINES — Farm groups urged the administration on Monday to end the tariffs."
    assert ("REQUEST", "USAAGR", "USAGOV") in coded(text)


def test_a_police_detectives_rank_is_one_title() -> None:
    text = "WELLINGTON — Detective Inspector Mere Tawhiri arrested two men on Friday."
    evs = events(text, published=PUB, settings=ALL)
    assert [(e.source_text, e.source.code if e.source else None) for e in evs if e.plover == "COERCE"] == [
        ("Detective Inspector Mere Tawhiri", "NZLCOP")]


def test_a_promise_or_refusal_to_act_with_another_body_of_the_state_is_aimed_at_it() -> None:
    # the governor is someone else than the mayor, though both are the state's government;
    # one's own envoys or forces moved stay no target
    text = "FRESNO — Mayor Lena Ortiz pledged on Monday to work with the governor on water."
    assert ("AGREE", "USAGOV", "USAGOV") in coded(text)
    text = "WASHINGTON — The House opened an impeachment inquiry. The White House refused to cooperate with the inquiry."
    assert ("REJECT", "USAGOV", "USALEG") in coded(text)
    text = "Ghana and Togo held talks in Accra on Monday. Both countries agreed to return their ambassadors."
    assert ("AGREE", "GHA", "GHAGOV") not in coded(text)


def test_people_picked_out_by_what_they_did_are_the_articles_people() -> None:
    # the guideline's CVL (civilians, residents, people); the act is aimed at them
    text = "HONG KONG — Police warned anyone remaining inside the campus that they would be arrested."
    assert ("THREATEN", "HKGCOP", "HKGCVL") in coded(text)
    text = "DUBLIN — The justice minister condemned those responsible for the arson attack."
    assert ("ACCUSE", "IRLGOV", "IRLCVL") in coded(text)
    text = "AUCKLAND — Police urged anyone with information to come forward."
    assert ("REQUEST", "NZLCOP", "NZLCVL") in coded(text)
    # "those troops" is a determiner, and "those detained" names the people of an act told
    # before: no new detention
    text = "ANKARA — Police detained 40 marchers on Sunday. Thirty of those detained were later released."
    assert [e.trigger for e in events(text, published=PUB, settings=ALL) if e.plover == "COERCE"] == ["detained"]


def test_an_investigation_into_whether_someone_did_something_is_of_its_doer() -> None:
    # CAMEO 09: the one investigated is whose conduct is looked into; a passive's subject
    # is acted on, not investigated
    text = "LONDON — The Electoral Commission opened an investigation into whether the Green Party broke spending rules."
    assert ("ACCUSE", "GBRGOV", "GBRPTY") in coded(text)
    text = "WASHINGTON — The FBI is investigating whether the senator took bribes."
    assert ("ACCUSE", "USACOP", "USALEG") in coded(text)
    text = "DENVER — Police are investigating whether the mayor was threatened by a neighbour."
    assert [e.target for e in events(text, published=PUB, settings=ALL) if e.plover == "ACCUSE"] == [None]


def test_an_agent_noun_before_the_only_foreign_country_its_sentence_names_is_the_articles() -> None:
    # the country named after the noun is what the act is about or aimed at, not whose the
    # noun is: the guideline's "the country the text gives or plainly implies"
    text = ("CANBERRA (AP) — Australia complained to the WTO on Monday about a ban. A farmers' group urged the "
            "government to help growers who lost access to the Vietnamese market.")
    assert ("REQUEST", "AUSAGR", "AUSGOV") in coded(text)
    text = ("YANGON — Rebels seized an army post in Rakhine state on Monday. Villagers said military aircraft bombed "
            "two villages, and that hundreds of people fled towards the border with Bangladesh.")
    assert ("ASSAULT", "MMRMIL", "MMRCVL") in coded(text)
    # (named before the noun, the country is still its own: "Kenyan ... the police")
    text = "NAIROBI — In Uganda on Monday, the police arrested forty protesters."
    assert ("COERCE", "UGACOP", "UGACVL") in coded(text)


def test_a_dateline_after_a_pages_title_and_byline_sets_the_story() -> None:
    # an Indian page: title, byline, then "KOLKATA:" and the body
    text = "Two smugglers held at border\n\nBy Special Correspondent\n\nKOLKATA: Police arrested two cattle smugglers on Tuesday."
    assert ("COERCE", "INDCOP", "INDCRM") in coded(text)


def test_security_forces_of_commonwealth_pages_are_their_countrys() -> None:
    # named institutions: India's border guard, South Africa's army, whatever the page's country
    text = "MASERU — South African National Defence Force soldiers shot a herder on Sunday, Lesotho said."
    assert "ZAFMIL" in source_codes(text, "ASSAULT")
    text = "DHAKA — The Border Security Force detained three Bangladeshi farmers on Monday."
    assert ("COERCE", "INDCOP", "BGDAGR") in coded(text)


def test_a_warning_that_the_countrys_own_people_will_be_punished_is_aimed_at_them() -> None:
    # the warner's own forces in the clause act on someone else; its own people picked out
    # in the clause are the ones warned (the guideline's THREATEN: warn of action)
    text = "TEHRAN — The Revolutionary Guards warned that anyone who blocked the roads would face severe punishment."
    assert ("THREATEN", "IRNMIL", "IRNCVL") in coded(text)
    text = "NAIROBI — The interior minister warned that teachers who joined the strike would be sacked."
    assert ("THREATEN", "KENGOV", "KENEDU") in coded(text)
    text = "ANKARA — Turkey warned on Monday that Turkish forces would strike Syrian troops."
    assert ("THREATEN", "TUR", "SYRMIL") in coded(text)


def test_a_sentence_handed_down_in_a_named_court_is_that_courts() -> None:
    # the lead says who did it: the court it was done in (only a court sentences); an arrest
    # in a town stays doerless
    text = "LEEDS — A former councillor was jailed for four years at Leeds Crown Court on Friday."
    assert ("SANCTION", "GBRJUD", "GBRELI") in coded(text)
    text = "LEEDS — Three men were arrested in Leeds on Monday."
    assert [e.source for e in events(text, published=PUB, settings=ALL) if e.plover == "COERCE"] == [None]


def test_cops_are_police_and_an_anti_graft_commission_polices() -> None:
    text = "KINGSTON — Cops detained 23 people in Montego Bay on Sunday."
    assert ("COERCE", "JAMCOP", "JAMCVL") in coded(text)
    text = "KUALA LUMPUR — The MACC arrested a former land office director on Monday."
    assert "MYSCOP" in source_codes(text, "COERCE")


def test_an_answer_to_the_act_a_noun_sums_up_is_aimed_at_its_doer() -> None:
    # ", a move X condemned", ", an offer X rejected": what is condemned or rejected is the act
    # just told, and the answer is aimed at whoever did it (CAMEO 11, 12)
    text = "MOSCOW — Russia expelled two British diplomats on Monday, a decision Britain condemned."
    assert ("ACCUSE", "GBR", "RUS") in coded(text)
    text = ("WASHINGTON — The union's lawyers offered to meet the mayor on Friday, an offer the city council "
            "rejected as a stunt.")
    assert ("REJECT", "USALEG", "USAJUD") in coded(text)
    # (a charge named false is rejected: CAMEO 12)
    text = "LONDON — The opposition leader accused the minister of lying, a charge the minister called a fabrication."
    assert ("REJECT", "GBRGOV", "GBROPP") in coded(text)


def test_a_countrys_named_department_keeps_its_country() -> None:
    # "The U.S. Commerce Department" in a story filed from Beijing is American
    text = "BEIJING — The U.S. Commerce Department added two Chinese firms to its trade blacklist on Monday."
    assert ("SANCTION", "USAGOV", "CHNBUS") in coded(text)


def test_pelting_ignoring_orders_and_repelling_an_attack_are_coded_as_cameo_files_them() -> None:
    # CAMEO's verb dictionary: PELT * (WITH ROCKS) 145; IGNORE / DISREGARD * ORDER 128 (with
    # DEFY); REPEL / REPULSE 190
    text = "NAIROBI — Protesters pelted police officers with stones on Monday."
    assert ("PROTEST", "KENCVL", "KENCOP") in coded(text)
    text = "LAGOS — The governor ignored a court order to release the journalist, lawyers said."
    assert any(e.plover == "REJECT" and e.cameo == "128" for e in events(text, published=PUB, settings=ALL))
    text = "LAGOS — The governor ignored the question."
    assert not any(e.plover == "REJECT" for e in events(text, published=PUB, settings=ALL))
    text = "BAMAKO — Malian troops repelled an attack by jihadist fighters on a base near Gao on Sunday."
    assert "MLIMIL" in source_codes(text, "ASSAULT")


def test_a_name_of_reproach_after_the_object_criticises_the_acts_doer() -> None:
    # "called the measures worthless": the adjective after the object names it; the measures
    # are the act just told, aimed at whoever took them
    text = ("WASHINGTON (Reuters) - The United States on Thursday imposed sanctions on two Iranian judges. "
            "Iran's foreign ministry called the measures worthless.")
    assert ("ACCUSE", "IRNGOV", "USA") in coded(text)


def test_what_someone_is_told_they_will_face_is_a_threat_by_the_teller() -> None:
    # the guideline's THREATEN (threaten, warn of action): made when it is said
    text = "ANKARA — Washington said on Monday that Ankara would face sanctions if it attacked Syrian towns."
    assert [(e.plover, e.source.code if e.source else None, e.target.code if e.target else None, e.modality)
            for e in events(text, published=PUB, settings=ALL) if e.plover == "THREATEN"] == [("THREATEN", "USA", "TUR", "asserted")]
    # (whoever would block the roads is no one told as doing it)
    text = "TEHRAN — The Revolutionary Guards warned that anyone who blocked the roads would face severe punishment."
    assert "PROTEST" not in {e.plover for e in events(text, published=PUB, settings=ALL)}


def test_a_threat_of_ones_own_act_is_aimed_at_whom_it_is_against_or_conditioned_on() -> None:
    # the guideline's THREATEN: warn of action; the one threatened is whom the act would be
    # done against, or whose act the threat answers ("if X does ...")
    text = "BOGOTA (Reuters) - Colombia's defence minister warned that the army would resume operations against the ELN if the attacks continued."
    assert ("THREATEN", "COLGOV", "COLREB") in {(e.plover, e.source.code if e.source else None, e.target.code[:6] if e.target else None)
                                                  for e in events(text, published=PUB, settings=ALL)}
    text = "TEHRAN — Iran's foreign minister warned that Tehran would retaliate if Israel struck its nuclear sites."
    assert ("THREATEN", "IRNGOV", "ISR") in coded(text)
    # a lawmaker's threat against another branch of the same state
    text = "WASHINGTON — Senator Ann Cole warned that the Senate would subpoena the Justice Department if it withheld the report."
    assert ("THREATEN", "USALEG", "USAJUD") in coded(text)
    # (a condition on a state of affairs names no one; the own forces deployed are no target)
    text = "BEIJING — China's foreign ministry warned that Beijing would act if the situation in Hong Kong worsened."
    assert all(e.target is None for e in events(text, published=PUB, settings=ALL) if e.plover == "THREATEN")
    text = "MOSCOW — Russia's defence minister warned that Moscow would deploy its troops."
    assert all(e.target is None for e in events(text, published=PUB, settings=ALL) if e.plover == "THREATEN")


def test_a_name_of_reproach_for_a_case_or_subpoena_told_before_criticises_its_doer() -> None:
    # CAMEO 111 (criticize or denounce): "called the verdict political", "called the subpoena a
    # stunt" name again an act the lead has told, and criticise whoever did it
    text = ("TUNIS — A Tunis court on Monday sentenced opposition leader Karim Baccar to five years in prison. "
            "His party called the verdict \"political\".")
    assert ("ACCUSE", "TUN", "TUNJUD") in {(e.plover, e.source.country if e.source else None, e.target.code if e.target else None)
                                            for e in events(text, published=PUB, settings=ALL)}
    text = ("WASHINGTON — The House Oversight Committee on Tuesday subpoenaed the Commerce Secretary. "
            "Republicans on the committee called the subpoena \"a partisan stunt\".")
    assert ("ACCUSE", "USALEG") in {(e.plover, e.target.code if e.target else None) for e in events(text, published=PUB, settings=ALL)}


def test_condemning_what_the_speaker_calls_an_act_is_aimed_at_its_doer() -> None:
    # "condemned what it called X": X is the act condemned, and its doer the one criticised
    text = "AMMAN — Jordan's foreign ministry condemned what it called the shelling of a refugee camp by Syrian government forces."
    assert ("ACCUSE", "JORGOV", "SYR") in {(e.plover, e.source.code if e.source else None, e.target.country if e.target else None)
                                           for e in events(text, published=PUB, settings=ALL)}
    text = "LONDON — The Foreign Office condemned what it called the Belarusian regime's crackdown on journalists."
    assert ("ACCUSE", "GBRGOV", "BLRGOV") in coded(text)


def test_both_sides_urged_by_two_countries_are_the_two_sides_told_before() -> None:
    # "both sides" after the verb of two countries is what they act on: the pair the lead set
    # against each other before, not the two urging (the seed's "the two countries" rule)
    text = ("ISLAMABAD (Reuters) - Pakistan on Monday accused India of shelling villages along the Line of Control. "
            "New Delhi rejected the charge. Germany and Japan urged both sides to show restraint.")
    requests = {k for k in coded(text) if k[0] == "REQUEST"}
    assert requests == {("REQUEST", "DEU", "PAK"), ("REQUEST", "DEU", "IND"), ("REQUEST", "JPN", "PAK"), ("REQUEST", "JPN", "IND")}
    # (the two sides' negotiators are the two named in the sentence)
    text = "BRUSSELS (Reuters) - Serbia and Kosovo agreed on Wednesday to a joint commission, the EU said after hosting the two sides' negotiators."
    assert {k[2][:3] for k in coded(text) if k[0] == "CONSULT" and k[2]} >= {"SRB", "XKX"}


def test_a_dateline_run_into_the_title_gives_the_articles_country() -> None:
    # a title and a wire dateline in one paragraph (text pasted as one line): the wire's
    # credit in brackets marks the dateline, and its city the place the story was filed from
    text = "Curfew imposed after church attacks COLOMBO (Reuters) - The government imposed a nationwide curfew on Monday."
    assert "LKAGOV" in source_codes(text, "COERCE")
    from tidings.nlp import datelines
    assert [m.group("city") for m in datelines(text)] == ["COLOMBO"]
    # (capitals and a dash with no wire credit, or with no dash, are no dateline there)
    assert datelines("Police chief quits BOSTON - The city's police chief resigned.") == []
    assert datelines("Police chief quits as NATO summit opens in Brussels. The chief resigned.") == []


def test_workers_who_strike_at_no_one_stop_work_and_a_titles_to_is_a_future() -> None:
    # the guideline's PROTEST (strike): workers striking, no one struck
    text = "NAIROBI — Kenyan nurses and clinical officers struck over unpaid allowances on Monday."
    assert ("PROTEST", "KENHLH", None) in coded(text)
    assert not any(e.plover == "ASSAULT" for e in events(text, published=PUB, settings=ALL))
    # (forces that strike a place still attack it)
    text = "KYIV — Russian forces struck Kharkiv overnight."
    assert "UKR" in target_countries(text, "ASSAULT")
    # a title's "X to do": announced, not done (the guideline's future)
    evs = events("Ghana to expel Nigerian traders over permit row", published=PUB, settings=ALL)
    assert evs and all(e.modality == "future" for e in evs)


def test_hitting_back_with_tariffs_is_the_tariffs_and_a_scheduled_penalty_is_future() -> None:
    # "hit back with tariffs" answers as "retaliated with" does: the tariffs laid on a
    # country's goods are the act (CAMEO 163, as "slapped tariffs on")
    text = "BEIJING (Reuters) - China hit back with tariffs on $60 billion of U.S. goods on Monday."
    assert {k for k in coded(text) if k[0] in ("SANCTION", "ASSAULT")} == {("SANCTION", "CHN", "USA")}
    # (what is scheduled to take effect has not yet: the guideline's future)
    text = "WASHINGTON (Reuters) - Washington's tariffs on Chinese goods are scheduled to take effect on Sunday."
    evs = [e for e in events(text, published=PUB, settings=ALL) if e.trigger == "tariffs"]
    assert evs and all(e.modality == "future" for e in evs)


def test_ordering_embassy_staff_to_leave_cuts_relations_as_ordering_diplomats_out_does() -> None:
    # CAMEO's verb dictionary: ORDER DIPLOMAT (TO LEAVE) 161; an embassy's officials are its
    # diplomats (the guideline's SANCTION: expel diplomats)
    text = "ISLAMABAD (Reuters) - Pakistan ordered three Indian embassy officials to leave the country within 48 hours."
    assert "IND" in target_countries(text, "SANCTION")
    # (migrants ordered out are expelled, not a cut in relations)
    text = "ISLAMABAD (Reuters) - Pakistan ordered thousands of Afghan migrants to leave the country."
    assert "SANCTION" not in {e.plover for e in events(text, published=PUB, settings=ALL)}


def test_an_intent_to_cooperate_is_expressed_when_said_and_a_meeting_to_come_is_future() -> None:
    # the guideline's AGREE: "promise or express intent to cooperate", made when it is said;
    # "will meet" stays a meeting to come (future)
    text = "LONDON — The former minister, who was arrested on Monday, said he would cooperate fully with the police."
    assert ("AGREE", "asserted") in {(e.plover, e.modality) for e in events(text, published=PUB, settings=ALL)}
    text = "PARIS (Reuters) - The French president will meet the German chancellor in Berlin on Friday."
    assert {e.modality for e in events(text, published=PUB, settings=ALL)} == {"future"}


def test_a_threat_conditioned_on_what_is_done_to_someone_is_aimed_at_them() -> None:
    # "threatened to resume the offensive if the militants are not cleared": the condition is
    # about them, whom the threatened act would be aimed at (CAMEO 13)
    text = "KABUL (Reuters) - The Afghan defence minister threatened to resume the offensive if the Taliban were not expelled from the district."
    assert ("THREATEN", "AFGGOV") in {(e.plover, e.source.code if e.source else None) for e in events(text, published=PUB, settings=ALL)
                                      if e.target is not None and e.target.code.startswith("AFG") and e.target.code != "AFGGOV"}


def test_information_released_frees_no_one() -> None:
    # CAMEO 0841 releases people; a name or footage not released refuses no one anything
    text = "DENVER — The officer, whose name was not released, has been placed on leave, police said."
    assert not any(e.plover in ("RETREAT", "REJECT") for e in events(text, published=PUB, settings=ALL))
    text = "KYIV (Reuters) - Russia released two Ukrainian sailors on Friday."
    assert "RETREAT" in {e.plover for e in events(text, published=PUB, settings=ALL)}


def test_an_agencys_dateline_in_small_letters_or_with_a_second_city_is_no_actor() -> None:
    # "Tehran (AFP) -": the agency and the city say where the copy was filed, no one acts
    text = "Tehran (AFP) - Iran's foreign ministry on Sunday accused Washington of meddling."
    keys = coded(text)
    assert ("ACCUSE", "IRNGOV", "USA") in keys and not any("FRA" in (k[1] or "") + (k[2] or "") for k in keys)
    # "AKCAKALE, Turkey/BEIRUT (Reuters) -": filed from two countries, neither the story's
    text = "AKCAKALE, Turkey/BEIRUT (Reuters) - Turkish forces pounded Kurdish-held towns in northeast Syria on Thursday."
    keys = coded(text)
    assert any(k[0] == "ASSAULT" and (k[1] or "").startswith("TUR") for k in keys)
    assert not any((k[1] or "")[:3] in ("GBR", "LBN") for k in keys)
    from tidings.nlp import datelines
    assert [(m.group("city"), m.group("region")) for m in datelines(text)] == [("AKCAKALE", "Turkey/BEIRUT")]


def test_ruling_out_talks_or_a_truce_refuses_them() -> None:
    # CAMEO's verb dictionary lists RULE_OUT with REFUSE and REJECT: ruling out talks with
    # someone rejects them (125), a ceasefire 1246; the verb alone, with nothing ruled out
    # that is an act, codes nothing
    text = "BOGOTA, Colombia — The Colombian government on Tuesday ruled out talks with the rebels."
    assert coded(text) == {("REJECT", "COLGOV", "COLREB")}
    assert [e.cameo for e in events(text, published=PUB, settings=ALL)] == ["125"]
    text = "BOGOTA, Colombia — The Colombian president ruled out running for a second term."
    assert coded(text) == set()


def test_a_committee_is_of_the_legislature() -> None:
    # the guideline's domestic institutions: a committee, named only as such, is the
    # legislature's (of the article's country), like a city or county council
    text = ("WASHINGTON — Senators questioned the acting budget director on Tuesday about the delay. "
            "The committee accused the White House of obstruction.")
    assert ("ACCUSE", "USALEG", "USAGOV") in coded(text)


def test_mps_tagged_as_a_name_are_the_legislature_and_not_one_person() -> None:
    # "MPs" the tagger takes for a person's name is the agent noun the article's country
    # gave its role, one mention; and as several people it is no antecedent of "her": whose
    # plan they rejected is the one named before
    text = ("LONDON — Prime Minister Jane Doyle paused her Brexit bill on Tuesday. "
            "MPs rejected her plan.")
    evs = [e for e in events(text, published=PUB, settings=ALL) if e.plover == "REJECT"]
    assert [(e.source_text, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs] == [
        ("MPs", "GBRLEG", "GBRGOV")]


def test_a_title_named_again_in_a_story_of_no_one_country_is_the_one_named_before() -> None:
    # a story set across several countries has no home to give "the president"; the holder of
    # the title named a sentence or two before, with a country, is the one it names again
    text = ("Syrian and Iraqi troops fought militants near the border on Sunday, the American president said. "
            "Russian jets struck positions in Syria and Turkish drones hit targets in Iraq. "
            "The president thanked Turkey and Iraq for their help.")
    evs = [e for e in events(text, published=PUB, settings=ALL) if e.trigger == "thanked"]
    assert {(e.source.code if e.source else None, e.target.country if e.target else None) for e in evs} == {
        ("USAGOV", "TUR"), ("USAGOV", "IRQ")}


def test_a_country_named_only_as_where_aid_or_envoys_go_is_not_where_the_story_is() -> None:
    # "aid to Ukraine", "the envoy to Kyiv": where to, not where the story is set; the
    # officials the story names without a country are those of the country it is set in
    text = ("The White House froze military aid to Ukraine in July. "
            "Shipments of weapons to Ukraine resumed in September, before a trip to Kyiv and a visit to Ukraine by senators. "
            "Police arrested a protester outside the White House on Tuesday.")
    assert ("COERCE", "USACOP", "USACVL") in coded(text)


def test_a_story_naming_no_country_is_set_where_its_institutions_are_named_after() -> None:
    # no country is named, but the bridge and the hospital are named after a city of one
    # country; a demonym opening a name ("Indian River County") gives none
    text = ("Police arrested 12 climate activists who blocked traffic on the Sydney Harbour Bridge on Monday. "
            "Two of them were treated at St Vincent's Hospital.")
    assert source_codes(text, "COERCE") == {"AUSCOP"} and target_countries(text, "COERCE") == {"AUS"}
    text = "Deputies of the Indian River County Sheriff's Office arrested two men on Monday."
    assert not any(c == "IND" for c in countries(events(text, published=PUB, settings=ALL)))


def test_the_subject_of_a_clause_after_a_preposition_is_its_object() -> None:
    # "at protesters trying to leave": the parser hangs a clause on "at", whose subject is
    # whom the gas was fired at
    text = "HONG KONG — Police fired tear gas and rubber bullets early Tuesday at protesters trying to leave a college campus."
    assert coded(text) == {("COERCE", "HKGCOP", "HKGCVL")}


def test_premises_named_by_their_city_are_whose_the_of_phrase_says() -> None:
    # "the Madrid offices of the party": the city is where the offices stand; the search is
    # of the party's premises, aimed at the party
    text = "MADRID — Police searched the Madrid headquarters of the Vox party on Thursday."
    evs = [e for e in events(text, published=PUB, settings=ALL) if e.plover == "COERCE"]
    assert [(e.target.code if e.target else None) for e in evs] == ["ESPPTY"]


def test_a_curfew_is_laid_on_the_people_of_where_it_holds() -> None:
    # CAMEO 1723 (impose curfew): the curfew's place is whom it is laid on, though it is the
    # source's own country (a country is otherwise never its own target); lifted, it eases
    # the restriction for them
    text = "OUAGADOUGOU, Burkina Faso — Burkina Faso's government imposed a night-time curfew in Djibo on Monday."
    assert ("COERCE", "BFAGOV", "BFA") in coded(text)
    text = "QUITO, Ecuador — Ecuador's government lifted the curfew in the province of El Oro on Friday."
    assert ("CONCEDE", "ECUGOV", "ECU") in coded(text)
    # and so is a curfew named as the act ("ordered a curfew in ..."), the place hung on it
    text = "NIAMEY, Niger — On Monday, the junta ordered a 48-hour curfew in Zinder and closed the markets."
    assert ("COERCE", "NERMIL", "NER") in coded(text)
    # a state of emergency (CAMEO 1724) is laid on a place as a curfew is
    text = "LIMA — The president declared a state of emergency in Lima on Sunday after a week of protests."
    assert ("COERCE", "PERGOV", "PER") in coded(text)


def test_an_infinitive_joined_to_an_announced_one_is_announced_with_it() -> None:
    # "agreed to cancel ... and to cut ...": the cut is promised with the cancelling (the
    # guideline's future), not a cut made; no asserted concession is coded for it
    text = "WASHINGTON — The United States agreed on Friday to cancel new tariffs and to cut existing duties on Chinese goods."
    evs = events(text, published=PUB, settings=ALL)
    assert not any(e.plover == "CONCEDE" and e.modality in ("asserted", "reported") for e in evs)
    assert [e.plover for e in evs] == ["AGREE"]


def test_a_second_act_joined_after_an_infinitive_is_the_subjects() -> None:
    # "called on X to do A and urged Y to do B": the urging is the commission's own act,
    # not part of what it called for
    text = "ADDIS ABABA, Ethiopia — The Ethiopian Human Rights Commission called on both sides to spare civilians and urged the government to restore internet services."
    assert ("REQUEST", "ETH", "ETHGOV") in {(p, s[:3] if s else s, t) for p, s, t in coded(text)}


def test_they_is_not_the_places_passed_through() -> None:
    # "via Lima and Bogota" names a route: a later "they" is not Peru and Colombia
    text = "“An agent flew me to Panama via Lima and Bogota. They arrested me at the border,” the migrant said."
    assert not ({"PER", "COL"} & countries(events(text, published=PUB, settings=ALL)))


def test_the_one_made_to_act_does_the_act() -> None:
    # "forced the minister to resign", "prompted lawmakers to demand": the object does what
    # the complement says, and it is told as done (the passive "was forced to resign" alike)
    text = "NAIROBI, Kenya — Weeks of street protests forced the interior minister to resign on Monday."
    assert ("RETREAT", "KENGOV", None) in coded(text)
    text = "ACCRA, Ghana — The killing of two fishermen led the government to expel three Togolese diplomats on Friday."
    evs = [e for e in events(text, published=PUB, settings=ALL) if e.plover == "SANCTION"]
    assert [(e.source.code if e.source else None, e.target.country if e.target else None, e.modality) for e in evs] == [("GHAGOV", "TGO", "asserted")]
    # the one made to act names no actor: no doer, never the subject
    text = "ACCRA, Ghana — Ghanaian police forced the crowd to leave the square, and the storm forced the ferry to return to port."
    assert not any(e.plover == "RETREAT" for e in events(text, published=PUB, settings=ALL))


def test_the_neighbour_across_a_border_lends_no_country() -> None:
    # "near the border with Niger" names the neighbour: the army and the soldiers of a story
    # from Mali are Mali's
    text = ("BAMAKO, Mali — Gunmen killed 20 Malian soldiers at a post in central Mali on Friday. "
            "Three weeks ago militants killed 38 soldiers at two bases near the border with Niger, prompting the army to withdraw from several outposts.")
    assert ("RETREAT", "MLIMIL", None) in coded(text)
    assert not any(c == "NER" for c in countries(events(text, published=PUB, settings=ALL)))


def test_forces_sent_to_a_border_are_aimed_at_the_neighbour_named_after_them() -> None:
    # the soldiers moved are the source's own (no target); the show of force is aimed at the
    # country across the border they are sent to
    text = "WARSAW — Poland sent 10,000 Polish soldiers to its border with Belarus on Friday."
    assert coded(text) == {("MOBILIZE", "POL", "BLR")}


def test_a_capital_an_appeal_is_addressed_to_is_its_government_even_at_home() -> None:
    # "the premier urged Ottawa to retaliate": a word addressed to a capital is addressed to
    # the government seated there, by anyone of its country; the capital named as where the
    # word was said, or visited, is a place
    text = "WINNIPEG, Manitoba — Manitoba Premier Alice Korba urged Ottawa on Tuesday to add grain to the retaliation list."
    assert ("REQUEST", "CANGOV", "CANGOV") in coded(text)
    text = "WINNIPEG, Manitoba — Manitoba Premier Alice Korba criticised the tariff plan in Ottawa on Tuesday."
    assert not any(e.target is not None and e.target.country == "CAN" for e in events(text, published=PUB, settings=ALL))


def test_an_ultimatum_is_a_threat_made_when_it_is_said() -> None:
    # "would begin a strike unless the government reversed the rise": the guideline's
    # THREATEN (warn of action, give an ultimatum), made when said, aimed at whom the
    # condition is put to; the same strike announced with no condition stays to come
    text = "OTTAWA — The teachers' union said it would begin an indefinite strike on Thursday unless the government withdrew the pay freeze."
    evs = [e for e in events(text, published=PUB, settings=ALL) if e.plover == "THREATEN"]
    assert [(e.source.code if e.source else None, e.target.code if e.target else None, e.modality) for e in evs] == [("CANLAB", "CANGOV", "asserted")]
    text = "OTTAWA — The teachers' union said it would begin an indefinite strike on Thursday."
    assert not any(e.modality in ("asserted", "reported") for e in events(text, published=PUB, settings=ALL))


def test_a_vow_of_retaliation_is_a_threat_made_when_it_is_said() -> None:
    # "said Moscow would retaliate", "would take necessary measures": a threat made by saying
    # it, as "vowed to retaliate" is; a participle that only says what another act is
    # ("would raise tariffs, retaliating against ...") is not one
    text = "MOSCOW — Russia's foreign ministry said on Friday that Moscow would retaliate against Britain for the expulsions."
    assert ("THREATEN", "RUS", "GBR") in keyed([e for e in events(text, published=PUB, settings=ALL) if e.modality == "asserted"])
    text = "BEIJING — China's commerce ministry said Beijing would take necessary measures against the United States."
    assert ("THREATEN", "CHN", "USA") in keyed([e for e in events(text, published=PUB, settings=ALL) if e.modality == "asserted"])
    text = "BEIJING — China said it would raise tariffs on American soybeans next month, retaliating against the United States."
    assert not any(e.modality == "asserted" for e in events(text, published=PUB, settings=ALL))


def test_anyone_picked_out_by_a_participle_is_the_articles_people() -> None:
    # "anyone sharing the posts could face prosecution": the people the warning picks out by
    # what they do are those it is aimed at (the guideline's CVL), as "anyone who shares" is
    text = "SINGAPORE — A police spokesman warned on Monday that anyone sharing the videos could face prosecution."
    assert ("THREATEN", "SGPCOP", "SGPCVL") in coded(text)


def test_a_passive_charge_is_the_court_or_prosecutors_the_lead_names_next() -> None:
    # the guideline: a passive has no source "unless the lead says who did it"; only a court
    # or prosecutors charge or sentence, and the lead names them in the next sentences
    text = ("SAVANNAH, Ga. — A former county clerk in Georgia was charged on Friday with stealing public funds. "
            "Federal prosecutors said she moved $200,000 into her own accounts over four years.")
    assert source_codes(text, "ACCUSE") == {"USAJUD"}
    # named nowhere near: no source
    text = "SAVANNAH, Ga. — A former county clerk in Georgia was charged on Friday with stealing public funds."
    assert source_codes(text, "ACCUSE") == set()


def test_property_set_on_fire_is_destroyed_by_whoever_set_it() -> None:
    # CAMEO 1712 (destroy property): buses burned are done to no one named, so no target is
    # missing; homes of officials "set on fire by crowds" are the officials'
    text = "VALPARAISO, Chile — Protesters set fire to at least nine buses and two metro stations on Friday night."
    evs = [e for e in events(text, published=PUB) if e.plover == "ASSAULT"]
    assert [(e.source.code if e.source else None, e.target) for e in evs] == [("CHLCVL", None)]
    text = "SUCRE, Bolivia — The homes of two senators were set on fire by crowds on Sunday night."
    assert ("ASSAULT", "BOLCVL", "BOLLEG") in coded(text)


def test_a_town_qualified_by_a_larger_place_is_in_that_places_country() -> None:
    # "Salem, Oregon": the comma and the state say which Salem (the gazetteer's largest is in
    # India); the story is set in the United States and its police are American
    text = ("Bin workers in Salem, Oregon walked out on Monday after pay talks broke down. "
            "Police arrested two pickets outside the depot on Tuesday.")
    assert source_codes(text, "COERCE") == {"USACOP"}
    # a list of places is no such pair: "Salem, Bristol and Leeds" says nothing of which Salem
    text = ("Bin workers in Salem, Bristol and Leeds walked out on Monday after pay talks broke down. "
            "Police arrested two pickets outside the depot on Tuesday.")
    assert source_codes(text, "COERCE") == set()


def test_the_council_unnamed_is_the_local_authority_of_the_story() -> None:
    # "the council" a story of a strike never names is its town's council, of the story's country
    text = "LEEDS, England — The union accused the council of bullying its members during the pay dispute."
    assert ("ACCUSE", "GBRLAB", "GBRLEG") in coded(text)


def test_a_noun_read_as_a_bare_verb_does_nothing() -> None:
    # "Refuse workers walked out": "refuse" is a noun here; a bare verb with neither "to" nor a
    # subordinator heads no adverbial clause, so it is no refusal by the workers' subject
    text = "Refuse workers in Durham, England walked out on Monday after pay talks broke down."
    assert not any(e.plover == "REJECT" for e in events(text, published=PUB, settings=ALL))


def test_where_a_march_goes_is_not_whom_it_is_against() -> None:
    # the guideline: no target is invented, not the place; a march toward a city goes there,
    # while a march to parliament is taken to an institution's door
    assert coded("QUITO, Ecuador — Thousands of farmers marched toward the Ecuadorian capital on Monday.") == {("PROTEST", "ECUAGR", None)}
    assert coded("QUITO, Ecuador — Thousands of farmers marched to parliament on Monday.") == {("PROTEST", "ECUAGR", "ECULEG")}


def test_a_protest_to_demand_that_someone_act_is_against_them() -> None:
    # "gathered ... to demand that the government raise their pay": whom the demand is of (and
    # the demand is made too: the guideline's REQUEST)
    text = "NAIROBI, Kenya — Nurses gathered outside the hospital on Monday to demand that the government raise their pay."
    assert coded(text) == {("PROTEST", "KENHLH", "KENGOV"), ("REQUEST", "KENHLH", "KENGOV")}


def test_a_result_after_a_comma_is_the_main_clauses_not_its_objects() -> None:
    # ", killing six" after "opened fire on farmers marching toward the town" tells what the
    # firing did: the police killed, not the farmers described by "marching"
    text = ("LIMA, Peru — Security forces opened fire on thousands of potato farmers marching toward this central Peruvian city on "
            "Friday, killing at least five people.")
    assert source_codes(text, "ASSAULT") == {"PERCOP"}


def test_a_warning_that_one_is_ready_to_act_is_a_threat() -> None:
    # CAMEO 13 (threaten, warn): "warned that Russia was prepared to expand its strikes if
    # Ukraine did not withdraw" announces the act as "would" does; aimed at whose act the
    # condition names, not at the warner's own country
    text = ("MOSCOW — A defence ministry spokesman warned that Russia was prepared to expand its strikes in the region "
            "if Ukraine did not withdraw its troops.")
    assert ("THREATEN", "RUSGOV", "UKR") in coded(text)


def test_a_title_before_a_name_with_ranks_between_is_the_persons() -> None:
    # "Israeli army spokesman Lt. Col. Dan Keren": the name holds the title the text gives a
    # country, not the country of the article's dateline
    text = "BEIRUT, Lebanon — Israeli army spokesman Lt. Col. Dan Keren accused Hezbollah of firing rockets at northern towns on Sunday."
    assert source_codes(text, "ACCUSE") == {"ISRMIL"}


def test_words_and_powers_given_are_no_aid() -> None:
    # CAMEO 07 gives aid, money, arms, protection; testimony, a name or powers passed on aid no one
    text = ("COLOMBO, Sri Lanka — The government declared a state of emergency on Monday, giving police and the military "
            "sweeping powers to detain suspects.")
    assert not any(e.plover == "AID" for e in events(text, published=PUB, settings=ALL))
    text = "SEOUL — A student who gave only his surname, Park, told reporters that the police had beaten him."
    assert not any(e.plover == "AID" for e in events(text, published=PUB, settings=ALL))
    # aid given is still aid
    assert ("AID", "GBR", "KEN") in coded("NAIROBI, Kenya — Britain gave Kenya 20 million dollars in aid on Monday.")


def test_a_deadline_to_leave_is_an_expulsion_and_one_to_yield_a_threat() -> None:
    # CAMEO 166 (expel or withdraw): "gave its diplomats 24 hours to leave the country" expels
    # them; "gave the troops three days to surrender" is an ultimatum (CAMEO 139), not aid
    evs = events("CARACAS, Venezuela — The president broke diplomatic relations with Colombia and gave its diplomats 24 hours "
                 "to leave the country.", published=PUB, settings=ALL)
    assert ("166", "VENGOV", "COLGOV") in {(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs}
    assert not any(e.plover == "THREATEN" for e in evs)
    assert coded("KYIV — The army gave the Russian troops in the town three days to surrender.") == {("THREATEN", "UKRMIL", "RUSMIL")}
    # a span of time that only dates the verb is no deadline
    assert not coded("KYIV — The minister gave a speech three days ago.")


def test_the_place_of_a_states_institution_is_in_that_state() -> None:
    # "Westminster" stands for Britain's parliament and is in Britain, whatever American town
    # shares its name; "England" after a town says which Durham
    text = "Opposition politicians in Westminster accused the government of provoking a needless row with Britain's neighbours."
    assert source_codes(text, "ACCUSE") == {"GBROPP"}
    text = ("Bin workers in Durham, England walked out on Monday after pay talks broke down. "
            "Police arrested two pickets outside the depot on Tuesday.")
    assert source_codes(text, "COERCE") == {"GBRCOP"}


def test_tear_gas_and_live_ammunition_fired_at_protesters_is_done_to_them() -> None:
    # CAMEO 175: the protesters fired at are the ones repressed, however the parser read "live"
    text = "LA PAZ, Bolivia — Riot police fired tear gas and live ammunition at protesters in the capital on Monday."
    assert ("COERCE", "BOLCOP", "BOLCVL") in coded(text)


def test_a_relative_clause_without_its_own_object_is_about_whom_it_describes() -> None:
    # "two Houthi commanders it accused of planning attacks": the ones accused are the ones the
    # clause describes
    text = "LONDON — Britain imposed sanctions on Wednesday on two Houthi commanders it accused of planning attacks on merchant ships."
    assert ("ACCUSE", "GBR", "YEMREBHOU") in coded(text)
    # a clause with an object of its own is about that object
    text = "LONDON — Britain named the two Houthi commanders who accused the navy of firing on fishermen."
    assert {k for k in coded(text) if k[0] == "ACCUSE"} == {("ACCUSE", "YEMREBHOU", "GBRMIL")}
    # nor when the gap is in the clause it says: "the fighters, which he said were defending
    # their homes" is no statement made to the fighters
    text = "CAIRO — The league's envoy urged the European Union to support the Kurdish fighters, which he said were defending their homes."
    assert not any(e.rule.startswith("say") for e in events(text, published=PUB, settings=ALL))


def test_the_datelines_town_named_again_is_that_town() -> None:
    # "KINGSTON, Ont. — ... in Kingston": the Kingston of the dateline, in Canada, not the
    # capital of Jamaica the gazetteer knows by that name
    text = "KINGSTON, Ont. — Police arrested two men in Kingston on Friday after a stabbing outside a bar."
    assert coded(text) == {("COERCE", "CANCOP", "CANCVL")}


def test_a_word_of_abroad_that_ends_a_name_says_nothing_of_the_noun_after_it() -> None:
    # "Amnesty International accused police": "International" ends the group's name; the
    # police are still the dateline country's ("foreign police" would not be)
    text = "NAIROBI — Amnesty International accused police of beating dozens of students during the march."
    assert ("ACCUSE", "NGOHRIAMN", "KENCOP") in coded(text)
    assert ("ASSAULT", "KENCOP", "KENEDU") in coded(text)
    text = "NAIROBI — The rights group accused foreign troops of beating dozens of students during the march."
    assert not {k for k in coded(text) if k[0] == "ACCUSE" and k[2] is not None and k[2].startswith("KEN")}


def test_negation_does_not_cross_into_a_coordinated_clause_with_its_own_subject() -> None:
    # the negation of "was not possible" is its clause's: the accusation after "but" is made
    text = "NAIROBI — It was not possible to confirm the figures, but the rights group accused the police of killing 12 students."
    assert {(e.plover, e.modality) for e in events(text, published=PUB, settings=ALL) if e.plover == "ACCUSE"} == {("ACCUSE", "asserted")}
    # a coordinated verb that shares the subject shares the negation
    text = "NAIROBI — The rights group did not meet the police or accuse them of anything."
    assert {e.modality for e in events(text, published=PUB, settings=ALL) if e.plover in ("ACCUSE", "CONSULT")} == {"negated"}


def test_an_accusation_after_a_call_to_investigate_is_made() -> None:
    # "called on the commissioner to investigate and accused the minister": two acts of the
    # senator, the accusation no part of what was called for
    text = 'OTTAWA — Conservative senator Paul Girard called on the federal ethics commissioner to investigate and accused the prime minister of "protecting his friends."'
    assert ("ACCUSE", "CANLEG", "CANGOV") in coded(text)


def test_a_claim_of_responsibility_with_a_date_between_codes_the_attack_for_the_claimant() -> None:
    # "claimed responsibility on Monday for an attack": the parser hangs "for" on the verb
    text = "BAMAKO, Mali — JNIM claimed responsibility on Monday for an attack on an army post near the town of Douentza."
    assert ("ASSAULT", "IMGMOSJNM", "MLIMIL") in coded(text)


def test_a_name_given_a_known_acronym_in_brackets_is_that_actor() -> None:
    # the recogniser cuts the name short ("Group"); the acronym the article gives it is the
    # one the dictionary knows, not a company of the dateline's country
    text = "BAMAKO, Mali — The Group to Support Islam and Muslims (JNIM) said on Tuesday that it had attacked an army post near Douentza."
    assert source_codes(text, "ASSAULT") == {"IMGMOSJNM"}


def test_force_and_crowd_control_arms_used_against_people_are_violent_repression() -> None:
    # CAMEO's USE * &WEAPON, USE * {WATER CANON}: 175, done to whom they are used against
    text = "MASERU, Lesotho — Police used batons and water cannon against striking textile workers on Monday."
    assert ("COERCE", "LSOCOP", "LSOLAB") in coded(text)
    text = "MASERU, Lesotho — Rights groups accused the police of using excessive force against the workers."
    assert {(e.plover, e.cameo, e.modality) for e in events(text, published=PUB, settings=ALL) if e.plover == "COERCE"} == {("COERCE", "175", "reported")}
    # a law used against critics is no force; a thing used is no target
    assert not {k for k in coded("MASERU, Lesotho — The government used the new law against its critics.") if k[0] == "COERCE"}


def test_a_community_no_state_is_named_for_is_of_the_country_the_story_is_set_in() -> None:
    # the guideline codes a country, then what the actor is: the Kurds of a story from Syria
    # are Syria's, as "Iraqi Kurds" are Iraq's; a community of a named state keeps it
    text = "QAMISHLI, Syria — Kurdish officials accused Turkish-backed militias of looting homes in the town on Friday."
    assert source_codes(text, "ACCUSE") == {"SYRETNKUR"}
    text = "QAMISHLI, Syria — Iraqi Kurds accused Turkish forces of shelling villages near the border."
    assert source_codes(text, "ACCUSE") == {"IRQETNKUR"}
    # with no country the story is set in, the community alone
    assert source_codes("The Kurds accused the militia of looting homes in the town.", "ACCUSE") == {"ETNKUR"}


def test_what_is_signed_is_no_party_to_the_signing() -> None:
    # CAMEO 057 is signed with someone: a law named after a place ("the Hong Kong ... Act") is
    # no agreement with it
    assert not {k for k in coded("WASHINGTON — The president signed the Hong Kong Human Rights and Democracy Act on Wednesday.") if k[0] == "AGREE"}
    assert coded("TOKYO — Japan signed a defence pact with the Philippines on Tuesday.") == {("AGREE", "JPN", "PHL")}
    assert coded("TOKYO — Japan and the Philippines signed a defence pact on Tuesday.") == {("AGREE", "JPN", "PHL")}


def test_its_before_an_agent_noun_is_not_a_possessor_of_something_else() -> None:
    # "Russia, Damascus's main ally, said its troops": Damascus is the ally's, not the troops'
    text = "DAMASCUS — Russia, Damascus's main ally, said its troops had killed 20 militants near Idlib."
    assert source_codes(text, "ASSAULT") == {"RUSMIL"}


def test_a_past_tense_hung_on_an_apposition_is_the_act_of_what_it_describes() -> None:
    # "the commission, a state-affiliated body, urged ...": the parser hangs the verb on "body"
    # as if it described it; a past tense describes no noun, and the commission urged
    text = ("ADDIS ABABA — The Ethiopian Human Rights Commission (EHRC), a state-affiliated body, called on both sides "
            "to protect civilians and urged the government to restore internet services.")
    assert ("REQUEST", "ETHGOV") in {(k[0], k[2]) for k in coded(text)}


def test_a_walkout_from_a_body_is_aimed_at_that_body() -> None:
    # PROTEST (CAMEO 143): walking out of a chamber protests against it; a walkout from a
    # debate names no one it is against
    text = "NAIROBI — Opposition lawmakers walked out of parliament on Tuesday in protest at the finance bill."
    assert coded(text) == {("PROTEST", "KENOPP", "KENLEG")}
    assert coded("NAIROBI — Opposition lawmakers walked out of the debate on Tuesday.") == {("PROTEST", "KENOPP", None)}


def test_a_country_acted_on_in_what_someone_is_blamed_for_is_neither_sides() -> None:
    # "criticised the president for informing Russia": Russia is acted on by the one
    # criticised, so neither the critic nor the president is Russian (as "accused Israel of
    # killing 40 people" makes the people no Israelis)
    text = "WASHINGTON — The speaker of the House criticized the president for informing Russia before the operation."
    assert coded(text) == {("ACCUSE", "USALEG", "USAGOV")}
    text = "CANBERRA — Opposition senators accused the minister of arming Indonesia."
    assert ("ACCUSE", "AUSOPP", "AUSGOV") in coded(text)
    # in a story of no one country, such a noun has no country the text gives: a title refers
    # back to its last holder, and an agent noun with no holder names no one
    text = ("The leader of the Islamic State was killed in a raid by American commandos in Syria, the American president said on Sunday. "
            "The president thanked Turkey and Iraq for their help. The speaker criticized the president for informing Russia before the raid.")
    evs = events(text, published=PUB, settings=ALL)
    assert not [e for e in evs if e.plover == "ACCUSE"]
    assert [e.source.code for e in evs if e.plover == "SUPPORT" and e.source is not None] == ["USAGOV", "USAGOV"]
    # (police and soldiers stay of where they act: "police arrested activists in Minsk")
    text = ("The leader of the Islamic State was killed in a raid by American commandos in Syria, the American president said on Sunday. "
            "The president thanked Turkey and Iraq for their help. Police arrested twelve opposition activists in Minsk on Monday.")
    assert ("COERCE", "BLRCOP", "BLROPP") in coded(text)


def test_it_as_the_one_urged_or_accused_is_not_the_subject_of_its_own_clause() -> None:
    # an object pronoun is never the subject of its own clause (that would be "itself"); "it"
    # as the one urged to do something, or accused of doing it, is a body or a country named
    # before it, not a person
    text = "BERLIN — Germany's Foreign Office warned that Tehran's defiance would carry consequences and urged it to resume cooperation."
    assert ("REQUEST", "DEUGOV", "IRN") in coded(text)
    text = "NAIROBI — Kenya's foreign minister said the African Union had lost its impartiality and accused it of leaking documents."
    assert coded(text) == {("ACCUSE", "KENGOV", "IGOAFRAFU")}
    # "him" is a person, and the minister names none before it
    assert coded(text.replace("accused it", "accused him")) == {("ACCUSE", "KENGOV", None)}


def test_whoever_has_a_counterpart_of_a_country_is_not_of_it() -> None:
    # a counterpart holds the same office on the other side: "the foreign minister spoke with
    # her Fijian counterpart" says the minister is not Fiji's, in a story set in Fiji as well
    text = ("SUVA — A landslide buried a village in Fiji on Tuesday. "
            "The foreign minister announced aid on Thursday after speaking with her Fijian counterpart by phone.")
    assert not {k for k in coded(text) if k[0] == "CONSULT"}
    text = "CANBERRA — The foreign minister announced aid on Thursday after speaking with her Fijian counterpart by phone."
    assert ("CONSULT", "AUSGOV", "FJIGOV") in coded(text)


def test_who_is_to_be_released_is_not_whom_a_demand_is_made_of() -> None:
    # "demanded the release of the journalist": the "of" of an act done to someone (a
    # release, a return, an extradition) is the one it is done to, not the one asked to do it;
    # the doer of an act of their own ("demanded the resignation of the minister") is
    text = "ABUJA — Protesters marched in Abuja on Monday, demanding the release of the detained journalist."
    assert not {k for k in coded(text) if k[0] == "REQUEST" and k[2] == "NGAMED"}
    text = "ABUJA — Opposition lawmakers demanded the resignation of the interior minister on Monday."
    assert ("REQUEST", "NGAOPP", "NGAGOV") in coded(text)
    text = "ABUJA — The opposition called for the release of the detained journalist on Monday."
    assert not {k for k in coded(text) if k[0] == "REQUEST" and k[2] == "NGAMED"}


def test_whose_release_or_death_is_asked_about_is_not_whom_the_call_is_to() -> None:
    # "called for his immediate release", "calling for the workers' release", "called for an
    # inquiry into the death of a suspect": the one to be released, or who died, is not the one
    # the call is made to
    text = "MOSCOW — The court jailed the opposition leader Ivan Petrov for five years. The State Department called for his immediate release."
    assert not {k for k in coded(text) if k[0] == "REQUEST" and k[2] is not None}
    text = "DHAKA — A rights group called for an independent inquiry into the death of a suspect in police custody."
    assert not {k for k in coded(text) if k[0] == "REQUEST" and k[2] is not None}
    text = "CANTON, Miss. — About 200 people held a vigil outside the plant on Wednesday, calling for the workers' release."
    assert not {k for k in coded(text) if k[0] == "REQUEST" and k[2] is not None}
    # whom a release is asked of is whoever holds the one to be released: the one who arrested
    # or abducted them, told in this sentence or the one before
    text = ("SRINAGAR — Police in Kashmir arrested the journalist Irfan Malik on Sunday. "
            "The Committee to Protect Journalists condemned the arrest and called for his immediate release.")
    assert {k for k in coded(text) if k[0] == "REQUEST"} == {("REQUEST", "NGOMEDCPJ", "INDCOP")}


def test_his_before_an_act_done_to_someone_is_the_one_it_is_done_to() -> None:
    # "a judge ordered his release": the possessive of a release is the one released (the
    # judge orders it, and is not the one released)
    text = "ABUJA — Police detained the journalist Omoyele Sowore on Monday. A federal judge ordered his release on Thursday."
    assert ("RETREAT", "NGAJUD", "NGAMED") in coded(text)


def test_the_organisers_of_protests_are_people_of_the_country() -> None:
    # organisers of a protest are among its people (the guideline's CVL), whom a warning that
    # they will be arrested is aimed at
    text = "NAIROBI — The interior minister warned on Sunday that organisers of any further protests would be arrested."
    assert ("THREATEN", "KENGOV", "KENCVL") in coded(text)


def test_a_demand_a_protest_is_made_for_is_a_demand_too() -> None:
    # the guideline's REQUEST (demand): "marched on the council, demanding that it pay" is a
    # protest at the council and a demand of it
    text = "JOHANNESBURG — Hundreds of municipal workers marched on the city council's offices on Monday, demanding that the council pay overdue wages."
    got = coded(text)
    assert {k for k in got if k[0] in ("PROTEST", "REQUEST")} == {("PROTEST", "ZAFLAB", "ZAFLEG"), ("REQUEST", "ZAFLAB", "ZAFLEG")}


def test_a_protest_named_by_a_noun_is_against_the_institution_at_whose_door_it_is_held() -> None:
    # the guideline's target, whom the act is aimed at: a protest staged outside a ministry is
    # aimed at it, whether a verb ("rallied outside") or a noun ("staged a protest outside")
    # tells it
    text = "LONDON — Campaigners from a migrants' charity staged a protest outside the Home Office on Monday."
    assert {k for k in coded(text) if k[0] == "PROTEST"} == {("PROTEST", "GBROPP", "GBRGOV")}
    text = "TEHRAN — Thousands of teachers held sit-ins outside the labour ministry on Sunday."
    assert {k for k in coded(text) if k[0] == "PROTEST"} == {("PROTEST", "IRNEDU", "IRNGOV")}
    # (where a protest is held, a square or a city, is not whom it is against)
    text = "TEHRAN — Thousands of teachers held sit-ins in a central square on Sunday."
    assert {k for k in coded(text) if k[0] == "PROTEST"} == {("PROTEST", "IRNEDU", None)}


def test_the_presidential_palace_is_the_seat_of_government() -> None:
    # a seat of government stands for the government (as "the Kremlin" does): protesters at
    # its gates protest against it, shells fired at it strike it
    text = "KYIV — Several hundred protesters rallied outside the presidential office on Sunday evening."
    assert {k for k in coded(text) if k[0] == "PROTEST"} == {("PROTEST", "UKRCVL", "UKRGOV")}
    text = "MOGADISHU — Insurgents fired mortar rounds at the presidential palace on Tuesday."
    assert {k for k in coded(text) if k[0] == "ASSAULT"} == {("ASSAULT", "SOMREB", "SOMGOV")}


def test_what_was_issued_by_someone_is_theirs() -> None:
    # the doer of "issued", "imposed" is whose the subpoenas or the ban are: defying them, or
    # declining to comply with them, is a refusal of that body (the guideline's REJECT, defy)
    text = "PARIS — Several Russian officials have defied subpoenas issued by the French parliament."
    assert {k for k in coded(text) if k[0] == "REJECT"} == {("REJECT", "RUSGOV", "FRALEG")}
    text = "PARIS — Two Russian diplomats declined to comply with summonses issued by a French court."
    assert {k for k in coded(text) if k[0] == "REJECT"} == {("REJECT", "RUSGOV", "FRAJUD")}
    # (the doer of a participle that is no issuing says nothing of whose the one named is:
    # a man wanted by Interpol is not Interpol)
    text = "MADRID — Spanish police arrested a man wanted by Interpol on Friday."
    assert not {k for k in coded(text) if k[0] == "COERCE" and k[2] == "IGOINTERPOL"}


def test_people_of_the_one_country_a_sentence_places_them_in() -> None:
    # in a story of no one country, the people a sentence names acting in its one country are
    # of that country (a bare noun of a population takes the place it is in), and the country
    # where they act is not the other side of their act
    text = ("Britain imposed sanctions on Wednesday on four Haitian gang leaders, the Foreign Office said. "
            "The United States and Canada have sanctioned several others. "
            "Gangs have killed more than 4,000 people in Haiti since January, according to the United Nations.")
    assert ("ASSAULT", "HTICRM", "HTICVL") in coded(text)
    # (and in a story from London: they are Haiti's, not the home's)
    assert ("ASSAULT", "HTICRM", "HTICVL") in coded("LONDON — " + text)


def test_a_city_or_a_province_that_acts_is_its_government() -> None:
    # CAMEO's GOV takes in local government: "the city" as the one who asks, rejects or
    # offers is the city's government, of the country the sentence is in
    text = "TORONTO — Teachers went on strike on Monday. The city has asked a court to order the teachers back to work."
    assert ("REQUEST", "CANGOV", "CANJUD") in coded(text)
    # (a city shelled or fired on is a place, no government)
    text = "MOSUL — Islamic State fighters shelled the city on Monday, and the city came under fire again on Tuesday."
    assert not {k for k in coded(text) if "IRQGOV" in k}


def test_a_demand_or_a_proposal_named_again_is_answered_to_whoever_made_it() -> None:
    # "rejected the demand" after "demanded a raise": the demand named again by a definite
    # noun is the one just told, and rejecting it answers its maker (the guideline's REJECT)
    text = "NAIROBI — The union demanded a 10 percent raise on Monday. The government rejected the demand on Tuesday."
    assert ("REJECT", "KENGOV", "KENLAB") in coded(text)
    text = "NAIROBI — The union proposed a 10 percent raise on Monday. The government rejected the proposal on Tuesday."
    assert ("REJECT", "KENGOV", "KENLAB") in coded(text)


def test_a_claim_rejected_in_a_relative_clause_is_the_claim_of_whoever_told_it() -> None:
    # ", a claim police rejected": the claim sums up what the subject of "said" told, and
    # rejecting it answers the one who told it (the guideline's REJECT), not the doer of the
    # act it tells
    text = "JAKARTA — Rights groups said a protester had been shot dead by police, a claim police rejected."
    assert ("REJECT", "IDNCOP", "IDNHRI") in coded(text)


def test_a_negated_light_verb_negates_its_nominal_event() -> None:
    # "would not hold talks" states a refusal to meet (the guideline's "refused to meet": the
    # REJECT asserted), not an intent to meet; the "not" on the light verb is the talks' own,
    # wherever the clause stands
    text = "TEHRAN — Iran would not hold talks with the United States under threat, the foreign minister said."
    got = coded(text)
    assert ("REJECT", "IRN", "USA") in got
    assert not {k for k in got if k[0] in ("AGREE", "CONSULT")}


def test_suspending_an_official_or_a_broadcaster_is_an_administrative_sanction() -> None:
    # CAMEO 172, impose administrative sanctions (PLOVER's COERCE, restrict): an officer placed
    # on leave, a station's broadcasts suspended; suspending trade is an embargo (163)
    events_of = {e.rule: (e.cameo, e.plover) for e in events(
        "WASHINGTON — The officer has been placed on paid administrative leave, the police department said.", published=PUB, settings=ALL)}
    assert events_of.get("place.leave") == ("172", "COERCE")
    got = {(e.cameo, e.plover, e.source.code if e.source else None, e.target.code if e.target else None) for e in events(
        "BAMAKO — Mali's junta suspended the broadcasts of a French radio station on Monday.", published=PUB, settings=ALL)}
    assert ("1721", "COERCE", "MLIMIL", "FRAMED") in got
    got = {(e.cameo, e.plover, e.source.code if e.source else None, e.target.code if e.target else None) for e in events(
        "ISLAMABAD — Pakistan suspended trade with India on Wednesday.", published=PUB, settings=ALL)}
    assert ("163", "SANCTION", "PAK", "IND") in got


def test_a_country_named_inside_a_description_of_someone_else_is_not_the_nouns() -> None:
    # a country named only inside a relative clause about another ("which calls Marcano a
    # puppet of Washington") says nothing of whose the sentence's other agent nouns are: they
    # are the story's country's
    text = ("CARACAS — The opposition leader Juan Marcano led a march on Saturday. The government, which calls Marcano a "
            "puppet of Washington, held a rally of its own supporters, where the president accused the opposition of plotting a coup.")
    got = coded(text)
    assert ("ACCUSE", "VENGOV", "VENOPP") in got
    assert not {k for k in got if any(c and c.startswith("USA") for c in k[1:])}


def test_a_plea_dismissed_is_a_request_rejected() -> None:
    # CAMEO's verb dictionary: a proposal dismissed is rejected (120); a plea or an application
    # to a court is a request, and dismissing it rejects it (the guideline's REJECT, deny a
    # request), not a criticism (110)
    text = "LAHORE — The Lahore High Court dismissed the former minister's bail plea on Tuesday."
    assert ("REJECT", "PAKJUD", "PAKELI") in coded(text)
    assert not {k for k in coded(text) if k[0] == "ACCUSE"}


def test_a_vowed_retaliation_is_aimed_at_the_doer_of_the_act_it_answers() -> None:
    # the guideline's THREATEN (warn of action): "would retaliate" answers the hostile act of
    # another country's told just before, and is aimed at its doer
    text = ("LONDON — Britain expelled 23 Russian diplomats on Wednesday. "
            "Russia's foreign ministry said Moscow would retaliate soon.")
    assert ("THREATEN", "RUS", "GBR") in coded(text)
    # (a retaliation that is only the condition of another's threat is no threat of its own)
    text = ("WASHINGTON — The United States imposed tariffs on Canadian lumber on Monday. "
            "The White House said the president would raise the tariffs further if Ottawa retaliated.")
    assert not {k for k in coded(text) if k[0] == "THREATEN" and k[1] == "CAN"}


def test_an_act_called_for_or_demanded_is_not_told_as_done() -> None:
    # the guideline's modality: "called for talks": the REQUEST is asserted, the talks
    # hypothetical; so is a withdrawal or a resignation demanded of its doer ("demanded
    # Israel's withdrawal"), though an act named with its doer is otherwise told as done
    factual = {"asserted", "reported"}
    evs = events("GENEVA — The UN Security Council called for talks between Russia and Ukraine.", published=PUB, settings=ALL)
    assert {e.plover for e in evs if e.modality in factual} == {"REQUEST"}
    assert {e.plover for e in evs if e.modality == "hypothetical"} == {"CONSULT"}
    evs = events("CAIRO — Egypt demanded Israel's withdrawal from the Rafah crossing on Monday.", published=PUB, settings=ALL)
    assert {e.plover for e in evs if e.modality in factual} == {"REQUEST"}
    evs = events("PARIS — Protesters demanded the president's resignation on Saturday.", published=PUB, settings=ALL)
    assert {e.plover for e in evs if e.modality in factual} == {"REQUEST"}
    # (a possessed act that the verb answers was made: "condemned Russia's invasion")
    evs = events("KYIV — Ukraine condemned Russia's invasion on Monday.", published=PUB, settings=ALL)
    assert {e.plover for e in evs if e.modality in factual} == {"ACCUSE", "ASSAULT"}


def test_he_in_a_relative_clause_is_the_one_the_clause_describes() -> None:
    # "President Ruto, who has said he will veto it": the pronoun's antecedent is the one the
    # relative pronoun stands for (a pronoun resolves to a compatible antecedent)
    evs = events("NAIROBI — The bill now goes to President William Ruto, who has said he will veto it.", published=PUB, settings=ALL)
    assert {(e.plover, e.source.code if e.source else None) for e in evs} == {("REJECT", "KENGOV")}
    # (and "he" after an institution that acted on one person is that person: "the party
    # removed an MP after a report that he had pressured an agency")
    evs = events("OTTAWA — The Liberal Party removed a Toronto-area MP from its caucus on Wednesday after a news report "
                 "that he had pressured a federal agency to award a contract.", published=PUB, settings=ALL)
    assert {(e.plover, e.source.code if e.source else None) for e in evs} == {("REQUEST", "CANLEG")}


def test_talks_or_a_visit_one_arrives_for_are_with_the_host() -> None:
    # the guideline's CONSULT (visit, hold talks): "arrived in Manila for talks" is a visit to
    # the Philippines, whose capital the traveller arrives in
    text = "MANILA — Japan's foreign minister arrived in Manila on Monday for talks on maritime security."
    assert {k for k in coded(text) if k[0] == "CONSULT"} == {("CONSULT", "JPNGOV", "PHL")}
    text = "ASTANA — Uzbekistan's president arrived in Astana on Thursday for a two-day state visit."
    assert {k for k in coded(text) if k[0] == "CONSULT"} == {("CONSULT", "UZBGOV", "KAZ")}


def test_a_warning_that_anothers_act_would_bring_the_warners_answer_is_a_threat() -> None:
    # the guideline's THREATEN (warn of action): "warned Beijing that an attack would trigger
    # U.S. defense commitments" announces the warner's own answer to Beijing's act
    text = ("WASHINGTON — The State Department warned Beijing on Monday that an armed attack on Philippine vessels "
            "would trigger U.S. defense commitments.")
    assert ("THREATEN", "USAGOV", "CHN") in coded(text)
    # (what another's act would bring to others is a comment: "warned that the attack would
    # trigger a humanitarian crisis")
    text = "WASHINGTON — The State Department warned on Monday that an attack on Rafah would trigger a humanitarian catastrophe."
    assert not {k for k in coded(text) if k[0] == "THREATEN"}


def test_the_members_a_group_is_said_to_include_are_who_acts_or_is_acted_on() -> None:
    # the guideline: the actor is whom the text names; "rights groups including Amnesty
    # International" names Amnesty, "nine people, including a local reporter" the reporter
    text = "LAGOS — Rights groups including Amnesty International have accused the security service of ignoring court orders."
    assert source_codes(text, "ACCUSE") == {"NGOHRIAMN"}
    text = "ADDIS ABABA — Several countries, such as France and Germany, condemned the arrests of the journalists."
    assert source_codes(text, "ACCUSE") == {"FRA", "DEU"}
    text = "KABUL — Gunmen killed at least nine people in Kabul on Monday, including two Japanese engineers."
    assert target_countries(text, "ASSAULT") == {"JPN"}
    # (a group named without its members keeps its own reading)
    text = "LAGOS — Rights groups have accused the security service of ignoring court orders."
    assert source_codes(text, "ACCUSE") == {"NGAHRI"}


def test_a_pronoun_in_a_relative_clause_is_the_one_the_same_pronoun_above_stands_for() -> None:
    # "said it would summon the envoy of Qatar, which it accuses of ...": both "it" are the
    # ministry; and the accusation, told in the present inside the summons announced for the
    # future, is a fact of now, as a past relative clause's is
    text = "CAIRO — Egypt's foreign ministry said it would summon the ambassador of Qatar, which it accuses of funding militants in Sinai."
    evs = events(text, published=PUB, settings=ALL)
    assert {(e.plover, e.source.code if e.source else None, e.target.country if e.target else None, e.modality) for e in evs if e.rule == "accuse"} \
        == {("ACCUSE", "EGYGOV", "QAT", "asserted")}


def test_an_inquiry_or_an_election_ruled_out_is_refused() -> None:
    # the verb dictionary's RULE_OUT: what others ask for, ruled out, is rejected (120); whose
    # demand it was the clause does not say, and what an inquiry would look into is no target
    text = "BANGKOK — Thailand's prime minister on Monday ruled out an independent inquiry into the army's conduct."
    assert {k for k in coded(text) if k[0] == "REJECT"} == {("REJECT", "THAGOV", None)}
    text = "LIMA — Peru's president ruled out early elections on Tuesday."
    assert {k for k in coded(text) if k[0] == "REJECT"} == {("REJECT", "PERGOV", None)}
    # (a motive ruled out by investigators is no refusal)
    text = "LONDON — Police ruled out terrorism as a motive for the stabbing."
    assert not {k for k in coded(text) if k[0] == "REJECT"}


def test_slogans_chanted_or_chanting_against_someone_is_a_demonstration() -> None:
    # the verb dictionary's CHANT: slogans, or chanting against someone (141)
    text = "NAIROBI — Hundreds of students chanted against the president outside the university on Tuesday."
    assert ("PROTEST", "KENEDU", "KENGOV") in coded(text)
    text = "NAIROBI — Hundreds of students chanted slogans in the city centre on Tuesday."
    assert {k for k in coded(text) if k[0] == "PROTEST"} == {("PROTEST", "KENEDU", None)}
    # (a crowd chanting a name at a rally is no protest)
    text = "NAIROBI — Supporters chanted the president's name at the rally on Tuesday."
    assert not {k for k in coded(text) if k[0] == "PROTEST"}


def test_talks_that_broke_down_on_a_day_were_held_that_day() -> None:
    # the guideline's CONSULT (hold talks): "talks broke down on Saturday after a 14-hour
    # session" tells talks held; "have been stalled since 2017" tells none
    text = "NAIROBI — Talks between the Kenyan government and the doctors' union broke down on Saturday after a 14-hour session."
    assert {k for k in coded(text) if k[0] == "CONSULT"} == {("CONSULT", "KENGOV", "KENLAB")}
    text = "NAIROBI — Talks between the Kenyan government and the doctors' union have been stalled since March."
    assert not {k for k in coded(text) if k[0] == "CONSULT"}


def test_someones_own_lawyer_telling_of_a_charge_did_not_bring_it() -> None:
    # the guideline: a passive names its doer only when the lead says who did it; prosecutors
    # telling of a charge brought it, the accused's own lawyer telling of it did not
    text = "HARARE — Pastor John Moyo was arrested at his home on Wednesday and charged with inciting public violence, his lawyer said."
    assert {k for k in coded(text) if k[0] == "ACCUSE"} == {("ACCUSE", None, "ZWE")}
    text = "BOSTON — A former sheriff was charged with taking bribes, federal prosecutors said."
    assert {k for k in coded(text) if k[0] == "ACCUSE"} == {("ACCUSE", "USAJUD", "USAELI")}


def test_an_arrest_at_someones_office_was_not_done_by_them() -> None:
    # a court named as where a sentence or an arrest was done is its doer ("in the High Court");
    # the premises of someone else are only where ("at his lawyer's office")
    text = "DALLAS — The officer was arrested at his lawyer's office on Monday, jail records showed."
    assert {k for k in coded(text) if k[0] == "COERCE"} == {("COERCE", None, "USACOP")}
    text = "AUCKLAND — The man was sentenced to nine years in the High Court at Auckland on Monday."
    assert {k[1] for k in coded(text) if k[0] == "SANCTION"} == {"NZLJUD"}


def test_what_an_attack_launched_by_someone_did_was_done_by_them() -> None:
    # "launched air strikes that killed civilians": the relative pronoun stands for the
    # strikes, the doing of whoever launched them (the guideline: who acts); an ambush that
    # names no one still names no one
    text = "KABUL — American forces launched air strikes that killed Afghan civilians in Helmand on Monday."
    assert ("ASSAULT", "USAMIL", "AFGCVL") in coded(text)
    text = "KABUL — The ambush that killed 23 soldiers in Helmand was the deadliest this year."
    assert {k[1] for k in coded(text) if k[0] == "ASSAULT"} <= {None}


def test_an_attack_on_a_base_where_forces_are_kept_is_aimed_at_them() -> None:
    # the guideline's target (whom the act is aimed at): rockets on "a base where U.S. troops
    # are stationed" or "a base hosting U.S. troops" are aimed at those troops, not at the
    # country the base stands in; and a base hosting troops receives no visit
    text = "BAGHDAD — Three rockets struck an air base in Anbar province, where U.S. troops are stationed, on Wednesday."
    assert {k for k in coded(text) if k[0] == "ASSAULT"} == {("ASSAULT", None, "USAMIL")}
    text = "BAGHDAD — Militants fired rockets at a base hosting U.S. troops in Anbar province on Sunday."
    assert {(k[0], k[2]) for k in coded(text)} == {("ASSAULT", "USAMIL")}


def test_a_story_set_in_a_territory_is_the_territorys_not_its_sovereigns() -> None:
    # the guideline: an actor's country is the one the text gives or plainly implies; in a
    # story set in Hong Kong or Macau, Beijing is the power above it and the police it names
    # bare are the territory's, however often Beijing is named
    text = ("Tens of thousands of people marched through Macau on Sunday to demand a vote on the new casino law. "
            "Beijing said on Monday that it backed the city's government, and China's state media praised the marchers' "
            "restraint. Police arrested 14 people near the legislature on Saturday night.")
    assert source_codes(text, "COERCE") == {"MACCOP"}
    # the place named with a possessive ("Hong Kong's legislative elections") is still the place
    text = ("Opposition candidates won most seats in Hong Kong's legislative elections on Sunday, a rebuke to Beijing. "
            "China's foreign ministry said on Monday that Beijing respected the vote. Police detained two candidates on Tuesday.")
    assert source_codes(text, "COERCE") == {"HKGCOP"}


def test_a_gathering_called_a_party_is_no_political_party() -> None:
    # CAMEO's PTY is a political party; a house or birthday party is a gathering
    text = "FRESNO, Calif. — Gunmen fired on a house party on Saturday. A man opened fire at a birthday party on Sunday."
    assert not [k for k in coded(text) if "PTY" in (k[1] or "") + (k[2] or "")]
    text = "FRESNO, Calif. — The party accused the governor of lying on Saturday."
    assert ("ACCUSE", "USAPTY", "USAGOV") in coded(text)


def test_agents_of_several_words_from_the_phoenix_agents_dictionary() -> None:
    # PROTEST_LEADER [~OPP], POLITICIAN [~PTY], ARMED_MEN [~UAF], RANCHER [~AGR]: a longer
    # agent phrase wins over the word inside it ("leaders" alone is a government's)
    assert source_codes("LIMA — Protest leaders accused the government of lying on Monday.", "ACCUSE") == {"PEROPP"}
    assert source_codes("LIMA — Local politicians accused the police of brutality on Monday.", "ACCUSE") == {"PERPTY"}
    assert source_codes("LIMA — Armed men attacked a village in the Andes on Monday.", "ASSAULT") == {"PERUAF"}
    assert source_codes("LIMA — Cattle ranchers blocked a highway on Monday.", "PROTEST") == {"PERAGR"}
    assert source_codes("LIMA — Community leaders accused the government of lying on Monday.", "ACCUSE") == {"PERCVL"}


def test_a_clause_opening_with_where_it_happens_places_its_agents_there() -> None:
    # the guideline: the country the text gives; "In Lima, the interior ministry ..." gives
    # the ministry's, whatever other countries the sentence names
    text = ("BOGOTA — Peru and Colombia traded accusations over the border on Monday. In Lima, the interior ministry "
            "summoned the Colombian ambassador, and in Bogota, protesters accused Peruvian troops of firing on farmers.")
    got = coded(text)
    assert ("ACCUSE", "PERGOV", "COLGOV") in got
    assert ("ACCUSE", "COLCVL", "PERMIL") in got
    # a place told after the act is where it happened, not a clause's opening
    text = "BOGOTA — Protesters gathered outside the embassy in Lima, and police accused Peruvian troops of firing on farmers."
    assert not {k for k in coded(text) if k[1] == "PERCOP"}


def test_a_quantifier_standing_alone_is_part_of_the_group_named_before() -> None:
    # English grammar: in "X did A, and several did B", "several" are some of X
    text = "NAIROBI — Opposition lawmakers accused the government of fraud on Monday, and several demanded that the election be annulled."
    assert source_codes(text, "REQUEST") == {"KENOPP"}
    # with its own "of", the quantifier names its group itself
    text = "NAIROBI — Police arrested 20 protesters on Monday, and many of the students accused the police of brutality."
    assert source_codes(text, "ACCUSE") <= {"KENEDU"}


def test_he_after_a_titled_person_of_a_named_body_is_that_person() -> None:
    # "he" is one person: of a subject naming a body and one person of it ("Regional Police
    # Commander Daniel Kasyoka"), the person; a police commander is police (COP)
    text = ("NAIROBI — Regional Police Commander Daniel Kasyoka said two officers were injured. "
            "He accused the militants of planting the explosive.")
    assert source_codes(text, "ACCUSE") == {"KENCOP"}
    # but "he" after a body alone is not the body
    text = "NAIROBI — Police detained Amos Kiprono on Monday. He was released on Tuesday."
    assert {k for k in coded(text) if k[0] == "RETREAT"} == {("RETREAT", None, "KEN")}


def test_of_two_countries_named_as_often_the_story_is_the_one_its_lead_opens_with() -> None:
    # the guideline: the country the text plainly implies; a lead that opens with Chile and
    # names Bolivia as often is Chile's story, and its bare officials are Chile's
    text = ("Chile has recalled its ambassador to Bolivia after Bolivian soldiers detained five Chilean truck drivers near "
            "the border, the foreign ministry in Santiago said. Officials accused Bolivian authorities of harassing the drivers.")
    assert ("ACCUSE", "CHLGOV", "BOLGOV") in coded(text)


def test_a_question_whether_it_happens_tells_no_act() -> None:
    # the guideline's modality: asserted is what the article states happened or is happening;
    # a yes-no question asks it ("Will the army attack the town?"); a "why" question still
    # tells the act it asks about
    text = "KYIV — Will Russian forces attack Kharkiv again? Russian forces attacked Kharkiv on Monday."
    assert {(e.plover, e.modality) for e in events(text, published=PUB, settings=ALL)} == {
        ("ASSAULT", "hypothetical"), ("ASSAULT", "asserted")}
    text = "LAGOS — Why did police arrest the three journalists on Monday?"
    assert {(e.plover, e.modality) for e in events(text, published=PUB, settings=ALL)} == {("COERCE", "asserted")}


def test_where_a_body_is_based_is_no_actor() -> None:
    # "the Oslo-based group", "a London-based monitor": the city is the body's seat, as
    # "Russian-made" is where a thing was made; the city's country does nothing in the
    # sentence (and its people are not the victims of a war elsewhere)
    text = "BEIRUT — A London-based monitor said 20 people were killed."
    assert {k for k in coded(text) if k[0] == "ASSAULT"} == {("ASSAULT", None, "LBNCVL")}
    text = "NAIROBI — The Oslo-based group accused police of torture on Monday."
    assert not {k for k in coded(text) if k[1] == "NOR"}


def test_an_office_holder_is_not_of_where_he_meets_others() -> None:
    # the guideline: the country the text gives or plainly implies; a sentence set in Madrid
    # makes police and residents there Spanish, not a Washington story's lawyer who met
    # foreign officials there
    text = ("WASHINGTON — The White House defended the president on Monday as House Democrats pressed their inquiry. "
            "The president's lawyer met Ukrainian officials in Madrid in July, the committee said.")
    assert source_codes(text, "CONSULT") == {"USAJUD"}
    text = ("WASHINGTON — The White House defended the president on Monday as House Democrats pressed their inquiry. "
            "Police detained Ukrainian and Russian activists in Madrid in July.")
    assert source_codes(text, "COERCE") == {"ESPCOP"}


def test_giving_way_is_yielding_and_saying_one_will_not_is_refusing() -> None:
    # CAMEO's verb dictionary's YIELD (080): bow to pressure, give in, cave in, succumb; said
    # with "will not", a refusal to yield (124), made when said; one bows to pressure or to
    # demands, not to a memory
    text = "NAIROBI — The Kenyan government gave in to the teachers' union on Tuesday."
    assert coded(text) == {("CONCEDE", "KENGOV", "KENLAB")}
    text = "NAIROBI — The Kenyan government caved in to the unions on Tuesday."
    assert coded(text) == {("CONCEDE", "KENGOV", "KENLAB")}
    text = "NAIROBI — The Kenyan interior minister said the government would not bow to pressure from the unions."
    assert {(e.plover, e.cameo, e.modality) for e in events(text, published=PUB, settings=ALL)} == {("REJECT", "124", "asserted")}
    text = "PARIS — The French president said he bowed to the memory of the soldiers killed in Mali."
    assert "CONCEDE" not in {e.plover for e in events(text, published=PUB, settings=ALL)}


def test_talks_entered_are_held() -> None:
    # CAMEO's verb dictionary: ENTER * TALKS (046); refusing to enter them rejects a meeting
    text = "BOGOTA — The ELN rebels entered talks with the Colombian government on Tuesday."
    assert {(k[0], k[2]) for k in coded(text)} == {("CONSULT", "COLGOV")}
    text = "KABUL — A Taliban spokesman said the group would not enter talks with the Afghan government."
    assert {(e.plover, e.cameo) for e in events(text, published=PUB, settings=ALL)} == {("REJECT", "125")}
    text = "KUPIANSK, Ukraine — Russian troops entered the town on Tuesday."
    assert "CONSULT" not in {e.plover for e in events(text, published=PUB, settings=ALL)}


def test_a_possessor_is_the_doer_when_an_of_phrase_names_the_one_acted_on() -> None:
    # "the activist's arrest": the possessor of an act done to someone is the one it is done
    # to; "Iran's detention of an academic": the "of"-phrase names that one, the possessor did it
    text = "OTTAWA — Canada imposed sanctions on five Iranian officials over Iran's detention of a Toronto academic."
    assert ("COERCE", "IRN", "CANEDU") in coded(text)
    text = "LAGOS — Amnesty International condemned the activist's arrest by Nigerian police."
    assert {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events(text, published=PUB, settings=ALL) if e.plover == "COERCE"} == {("NGACOP", "NGAOPP")}


def test_forces_named_by_its_or_their_are_of_whom_the_pronoun_stands_for() -> None:
    # coreference-lite: "X said its fighters ..." (the guideline: the country or group the
    # text gives); a country's forces keep their role, a group's or an organisation's are it
    text = "DAMASCUS — Russia, the government's main ally, said its military police were patrolling the road near Kobani."
    assert source_codes(text, "MOBILIZE") == {"RUSCOP"}
    text = "BAMAKO — JNIM claimed the ambush. The group said its fighters had also seized an army post near Mopti."
    assert {e.source.code for e in events(text, published=PUB, settings=ALL) if e.source is not None and e.trigger == "seized"} == {"IMGMOSJNM"}
    # (a sentence's own country still gives forces no pronoun claims)
    text = "BAMAKO — The Malian army said soldiers had killed 20 militants near Mopti."
    assert source_codes(text, "ASSAULT") == {"MLIMIL"}


def test_a_country_that_only_says_whose_a_thing_is_does_not_take_the_sentences_agents() -> None:
    # the guideline: the country the text gives or plainly implies; "Chinese tariffs" says
    # whose the tariffs are, not that "the administration" of a Midwest story is Beijing's
    text = "WASHINGTON — Farm groups, hit hard by Chinese tariffs, have urged the administration to settle the trade dispute."
    assert {k for k in coded(text) if k[0] == "REQUEST"} == {("REQUEST", "USAAGR", "USAGOV")}
    # (a country named as an actor of the sentence still gives them its own)
    text = "DES MOINES, Iowa — China said on Monday that the administration had ignored its proposals."
    assert all(e.source is None or e.source.country == "CHN" for e in events(text, published=PUB, settings=ALL) if e.trigger == "ignored")


def test_a_call_for_someone_to_act_is_made_of_them() -> None:
    # "called for the council to be dissolved": the small model parses "for" as the mark of a
    # clause; its subject is the one the call is about, as the object of "for" is
    text = "PRETORIA — The opposition Democratic Alliance called for the municipal council to be dissolved."
    assert {(e.plover, e.target.country if e.target else None) for e in events(text, published=PUB, settings=ALL)} == {("REQUEST", "ZAF")}
    text = "PRETORIA — The opposition Democratic Alliance called for an independent inquiry."
    assert {(e.plover, e.target) for e in events(text, published=PUB, settings=ALL)} == {("REQUEST", None)}


def test_a_proposal_dismissed_as_anything_is_rejected() -> None:
    # CAMEO 12: a proposal or an offer put to the one who dismisses it is rejected, whatever
    # it is called; someone dismissed as a foreign agent is criticised
    text = "BRUSSELS — EU negotiators dismissed Britain's new proposals for the border as unworkable."
    assert {(e.plover, e.cameo) for e in events(text, published=PUB, settings=ALL)} == {("REJECT", "120")}
    text = "MOSCOW — The Kremlin dismissed the opposition leader as a foreign agent."
    assert {e.plover for e in events(text, published=PUB, settings=ALL)} == {"ACCUSE"}


def test_a_right_reserved_to_respond_is_a_threat_at_whoever_acted() -> None:
    # CAMEO's verb dictionary: RESERVE * RIGHT (130); like a vow to retaliate it answers the
    # hostile act of another country told just before
    text = ("WELLINGTON — New Zealand expelled a Russian diplomat on Monday. "
            "The Russian embassy called the expulsion groundless and said Moscow reserved the right to respond.")
    assert ("THREATEN", "RUS", "NZL") in {(e.plover, e.source.country if e.source else None, e.target.country if e.target else None)
                                          for e in events(text, published=PUB, settings=ALL)}


def test_the_full_force_of_the_law_faced_is_a_threat() -> None:
    # CAMEO's verb dictionary: FACE * THREAT/PENALTY; said of others by whoever says it, the
    # law's force or justice to be faced is a threat (130), as "would face sanctions" is
    text = "LONDON — The prime minister said the rioters would face the full force of the law."
    assert coded(text) == {("THREATEN", "GBRGOV", "GBRCVL")}
    text = "ABUJA — The police chief said the kidnappers would face justice."
    assert coded(text) == {("THREATEN", "NGACOP", "NGACRM")}


def test_those_responsible_threatened_by_one_who_condemned_and_said() -> None:
    # "those responsible" are the article's people picked out by what they did (parsed with
    # "those" as a determiner); a verb of saying joined to another verb shares its subject
    text = ("DUBLIN — The justice minister condemned the arson attack on Monday and said those responsible "
            "would face the full rigours of the law.")
    assert ("THREATEN", "IRLGOV", "IRLCVL") in coded(text)


def test_talks_that_led_to_the_news_are_held_by_those_who_acted() -> None:
    # the guideline's CONSULT (meet, hold talks): talks told as what the reported act came
    # "after" are part of the news, held by those who then acted; talks dated before it
    # ("after last week's talks") only date it
    text = ("HANOI — The Vietnamese and Cambodian foreign ministers signed a border agreement on Tuesday "
            "after three days of talks in Hanoi.")
    assert ("CONSULT", "VNMGOV", "KHMGOV") in coded(text)
    text = "HANOI — Vietnam and Cambodia signed a border agreement on Tuesday after last week's talks."
    assert "CONSULT" not in {e.plover for e in events(text, published=PUB, settings=ALL)}


def test_a_stretch_of_acts_that_dates_the_news_is_no_act_of_its_own() -> None:
    # "after another weekend of clashes", "after weeks of protests": the acts only date the
    # news, as "after the protests" does; they take no future from the verb they hang on
    text = ("HONG KONG — The city's leader said on Tuesday she would not bow to violence, after another weekend of clashes "
            "between police and protesters.")
    assert not [e for e in events(text, published=PUB, settings=ALL) if e.trigger and e.trigger.startswith("clashes")]
    text = "BAMAKO — The junta dissolved the government on Monday after weeks of protests by opposition supporters."
    assert "PROTEST" not in {e.plover for e in events(text, published=PUB, settings=ALL)}


def test_whom_a_demanded_thing_is_for_is_not_the_one_asked() -> None:
    # "demanded swift punishment for those responsible", "called for better pay for nurses":
    # the "for" of what is asked names whom it is for or done to, not who is asked
    text = "LUCKNOW — Hundreds of students demanded swift punishment for those responsible."
    assert {e.target for e in events(text, published=PUB, settings=ALL) if e.plover == "REQUEST"} == {None}
    text = "CARDIFF — Striking nurses marched through the city, calling for better pay for teachers."
    assert {e.target for e in events(text, published=PUB, settings=ALL) if e.plover == "REQUEST"} == {None}
    # (but sanctions called for against someone are aimed at them)
    text = "KYIV — Ukraine's foreign minister called for sanctions against Russia."
    assert ("REQUEST", "UKRGOV", "RUS") in coded(text)


def test_firebombs_thrown_at_someone_attack_them() -> None:
    # the guideline's ASSAULT (attack, bomb): petrol bombs hurled at officers attack them,
    # whoever hurls them; hurled at no one named, by demonstrators, they are a riot (PROTEST)
    text = "HONG KONG — Demonstrators threw petrol bombs at riot police outside the legislature on Sunday."
    assert ("ASSAULT", "HKGCVL", "HKGCOP") in coded(text)
    assert "PROTEST" not in {e.plover for e in events(text, published=PUB, settings=ALL)}
    text = "HONG KONG — Demonstrators hurled petrol bombs from a rooftop on Sunday."
    assert {e.plover for e in events(text, published=PUB, settings=ALL)} == {"PROTEST"}


def test_a_warning_that_someone_will_face_the_law_threatens() -> None:
    # the one warned of the law's full force is threatened by the warner (CAMEO's verb
    # dictionary: FACE * THREAT, and WARN 130), though the parser may read "anyone found
    # looting" as a clause of its own
    text = "NAIROBI — The interior minister warned that anyone found looting would face the full force of the law."
    assert ("THREATEN", "KENGOV", "KENCVL") in coded(text)
    # (whoever it picks out does nothing: "anyone found sheltering" shelters no one)
    text = "NAIROBI — Anyone found sheltering the gunmen will be dealt with firmly, the interior minister said."
    assert "AID" not in {e.plover for e in events(text, published=PUB, settings=ALL)}
    # (a warning of what others' acts will bring stays a comment)
    text = "NAIROBI — The interior minister warned that the floods would face the city with ruin."
    assert "THREATEN" not in {e.plover for e in events(text, published=PUB, settings=ALL)}


def test_a_readiness_declared_is_an_intent_expressed() -> None:
    # CAMEO's verb dictionary: INDICATE * READY 030, DECLARE * WILLING 036; the guideline's
    # AGREE (express intent to cooperate) is made when it is said; only a condition keeps it
    # hypothetical
    text = "ANKARA — Turkey's foreign minister said Ankara was ready to host peace talks between Armenia and Azerbaijan."
    evs = [e for e in events(text, published=PUB, settings=ALL) if e.plover == "AGREE"]
    assert {(e.target.country if e.target else None, e.modality) for e in evs} == {("ARM", "asserted"), ("AZE", "asserted")}
    text = "ANKARA — Turkey would be ready to host talks between Armenia and Azerbaijan if both sides asked."
    assert "asserted" not in {e.modality for e in events(text, published=PUB, settings=ALL) if e.plover == "AGREE"}


def test_arms_seized_in_an_attack_are_the_attackeds() -> None:
    # CAMEO's verb dictionary: SEIZE * &WEAPON 1711, CAPTURE of the same set; the arms seized
    # in the clause of an attack are the ones attacked (COERCE: seize); alone, no one's
    text = "MOGADISHU — Al Shabaab fighters attacked an army base on Monday, killing 34 soldiers and capturing weapons and two vehicles."
    assert ("COERCE", "SOMREBSHB", "SOMMIL") in coded(text)
    text = "KABUL — The insurgents ambushed a police convoy on Sunday and seized its weapons."
    assert ("COERCE", "AFGREB", "AFGCOP") in coded(text)
    text = "KABUL — The insurgents seized weapons on Sunday."
    assert {e.target for e in events(text, published=PUB, settings=ALL) if e.plover == "COERCE"} == {None}


def test_a_state_named_with_the_word_state_acting_is_its_government() -> None:
    # "Washington state sued", "the state of Oregon sued": a US state acting is its government,
    # as "California sued" is, and the cities joined to it are governments too
    text = "SEATTLE — Washington state and the cities of Seattle and Tacoma sued the Justice Department in September."
    assert ("ACCUSE", "USAGOV", "USAJUD") in coded(text)
    text = "SALEM — The state of Oregon sued the Justice Department in September."
    assert ("USA", "USA") in {(e.source.country, e.target.country) for e in events(text, published=PUB, settings=ALL)
                              if e.plover == "ACCUSE" and e.source and e.target}


def test_a_town_retaken_from_someone_is_taken_from_them() -> None:
    # "retook" is the past of "retake" (the small model leaves it as it is); what is taken
    # back "from" someone is fought from them (CAMEO 190)
    text = "DAMASCUS — Syrian troops retook the town of Saraqeb from rebels on Monday."
    assert coded(text) == {("ASSAULT", "SYRMIL", "SYRREB")}


def test_an_act_warned_against_is_not_done() -> None:
    # "warned NATO against sending troops": the warning is the act (CAMEO 13); the sending
    # is what it is against, as what is barred "from" is not done
    text = "MOSCOW — The Kremlin warned NATO against sending troops to Ukraine."
    assert coded(text) == {("THREATEN", "RUSGOV", "IGOWSTNAT")}


def test_where_a_thing_asked_for_is_is_not_the_one_asked() -> None:
    # "called for a ceasefire in Gaza": where the ceasefire would be is not who is asked (the
    # guideline: no target from the place unless the code makes the territory its object)
    text = "NEW YORK — The UN chief called for a ceasefire in Gaza on Monday."
    assert {e.target for e in events(text, published=PUB, settings=ALL) if e.plover == "REQUEST"} == {None}


def test_a_deployment_announced_is_a_future_deployment() -> None:
    # the guideline's modality: "future: announced, planned ('plans to deploy')"; troops to be
    # sent to a partner threaten no one
    text = "WASHINGTON — The Pentagon said on Friday it would deploy additional troops to Saudi Arabia."
    assert {(e.plover, e.modality) for e in events(text, published=PUB, settings=ALL)} == {("MOBILIZE", "future")}


def test_a_square_named_after_parliament_is_a_place() -> None:
    # "marched to Parliament Square": whither the march went, a square, not the legislature
    # (which a march "to parliament" is against)
    text = "LONDON — Thousands of people marched through central London to Parliament Square on Saturday."
    assert coded(text) == {("PROTEST", "GBRCVL", None)}
    text = "LONDON — Thousands of people marched through central London to Parliament on Saturday."
    assert coded(text) == {("PROTEST", "GBRCVL", "GBRLEG")}


def test_prisoners_swapped_and_accusations_traded() -> None:
    # CAMEO's verb dictionary: EXCHANGE, SWAP and TRADE one set, * PRISONERS 0841:0841 (each
    # side frees the other's: two acts), * ACCUSATIONS 112:112
    text = "KYIV — Ukraine and Russia swapped 95 prisoners of war on Friday."
    assert {k for k in coded(text) if k[0] == "RETREAT"} == {("RETREAT", "UKR", "RUS"), ("RETREAT", "RUS", "UKR")}
    text = "NEW DELHI — India and Pakistan traded accusations on Monday over the attack."
    assert ("ACCUSE", "IND", "PAK") in coded(text)
    # (trading goods is no event)
    text = "NEW DELHI — India and Pakistan traded goods worth $2 billion last year."
    assert not events(text, published=PUB, settings=ALL)


def test_verbs_of_the_cameo_dictionary_the_lexicon_lacked() -> None:
    # CAMEO's verb dictionary: APPREHEND's NAB and RE_ARREST (173), KILL's SLAY (190), DEPORT's
    # EXILE (174); a noun of the same spelling is no act
    assert ("COERCE", "MYSCOP", "MYSCRM") in coded("KUALA LUMPUR — Police nabbed three suspected drug traffickers in Johor on Sunday.")
    assert ("COERCE", "ZWECOP", "ZWEOPP") in coded("HARARE — Police rearrested the opposition leader on Monday.")
    assert ("ASSAULT", "NGAREB", "NGACVL") in coded("JOS — Gunmen slew 12 villagers in Plateau state on Sunday, police said.")
    assert ("COERCE", "CUBGOV", "CUBCVL") in coded("HAVANA — Cuban authorities exiled the dissident writer to Spain on Monday.")
    assert not events("SAN JUAN — The sugar cane harvest began on Monday.", published=PUB, settings=ALL)
    # STRIP * (OF CITIZENSHIP) 170; stripped of anything else, no act of the dictionary
    assert coded("MANAGUA — Nicaragua stripped 94 opposition figures of their citizenship on Wednesday.") == {("COERCE", "NIC", "NICOPP")}
    assert not events("MANAGUA — The board stripped the club of its title.", published=PUB, settings=ALL)
    # a party dissolved is banned (CAMEO 1722); a parliament dissolved is no act of the set
    assert coded("BANGKOK — The Constitutional Court dissolved the main opposition party on Wednesday.") == {("COERCE", "THAJUD", "THAOPP")}
    assert not events("BANGKOK — The king dissolved parliament on Monday.", published=PUB, settings=ALL)
    # INTERCEPT * IMMIGRANT 170, * &WEAPON 1711; calls intercepted are no act of the set
    assert coded("ROME — The Italian navy intercepted 300 migrants off Sicily on Monday.") == {("COERCE", "ITAMIL", "ITAREF")}
    assert ("COERCE", "USAMIL", "IRN") in coded("SANAA — The U.S. Navy intercepted an Iranian weapons shipment bound for Yemen.")
    assert not events("WASHINGTON — The agency intercepted phone calls of foreign leaders.", published=PUB, settings=ALL)


def test_a_sum_in_aid_is_aid() -> None:
    # CAMEO 07 (provide aid): "sent $400 million in aid" sends aid, whether the "in" hangs on
    # the sum or on the verb
    assert ("AID", "USA", "UKR") in coded("WASHINGTON — The United States sent $400 million in aid to Ukraine on Monday.")
    assert ("AID", "JPN", "LKA") in coded("TOKYO — Japan gave $2 billion in loans to Sri Lanka on Monday.")


def test_a_bureau_dateline_with_no_country_counted_is_no_error() -> None:
    # a regional bureau's dateline, one country in the lead named only as where aid goes, and
    # no other country: the article's country is not found, and nothing fails
    evs = events("BRUSSELS — The EU pledged 50 billion euros in aid to Ukraine.", published=PUB, settings=ALL)
    assert ("AGREE", "IGOEUREEC", "UKR") in keyed(evs)


def test_intelligence_shared_is_information() -> None:
    # the guideline's COOPERATE (share intelligence): what is shared or provided is
    # information, not the intelligence services, and what it is "on" is its topic
    assert coded("LONDON — Britain shared intelligence with Ukraine on Russian troop movements.") == {("COOPERATE", "GBR", "UKR")}
    text = "SEOUL — South Korea and Japan agreed to share military intelligence on North Korean missile launches."
    assert {(k[1], k[2]) for k in coded(text) if k[0] == "AGREE"} == {("KOR", "JPN")}
    # (the services themselves stay an actor)
    assert ("ACCUSE", "IND", "PAKSPY") in coded("NEW DELHI — India accused Pakistani intelligence of planning the attack.")


def test_what_a_rejected_call_asks_for_is_not_who_called() -> None:
    # "rejected calls for a Palestinian state": the one rejected is who called (CAMEO 12, a
    # rejection is aimed at whoever asked), not what the call was for
    text = "JERUSALEM — Israel's prime minister rejected calls for a Palestinian state."
    assert {e.target for e in events(text, published=PUB, settings=ALL) if e.plover == "REJECT"} == {None}
    text = "OTTAWA — The prime minister rejected calls from the opposition for an inquiry."
    assert ("REJECT", "CANGOV", "CANOPP") in coded(text)


def test_charges_laid_filed_or_brought_charge() -> None:
    # the guideline's ACCUSE (charge with a crime): charges laid, filed, brought or pressed
    # against someone charge them, a defendant arraigned is charged in court, and a lawsuit
    # filed against someone sues them
    for verb in ("laid", "filed", "brought", "pressed", "announced", "levelled"):
        assert ("ACCUSE", "CANCOP", "CANCVL") in coded(f"TORONTO — Toronto police {verb} charges against three men after a shooting.")
    # (rules announced against someone are no charge)
    assert "ACCUSE" not in {e.plover for e in events("TORONTO — The province announced new rules against speeding.", published=PUB, settings=ALL)}
    assert ("ACCUSE", "NGAJUD", "NGAELI") in coded("LAGOS — Prosecutors arraigned a former governor on money laundering charges on Monday.")
    assert ("ACCUSE", "USAGOV", "USAGOV") in coded("AUSTIN — Texas filed a lawsuit against the administration on Monday.")
    # (pressing someone for something still asks it)
    assert "ACCUSE" not in {e.plover for e in events("KYIV — Ukraine's president pressed allies for more weapons.", published=PUB, settings=ALL)}


def test_solidarity_or_gratitude_expressed_supports() -> None:
    # CAMEO's verb dictionary: EXPRESS * SOLIDARITY, * GRATITUDE (051)
    assert coded("PARIS — France expressed solidarity with Morocco after the earthquake.") == {("SUPPORT", "FRA", "MAR")}
    assert ("SUPPORT", "UKRGOV", "DEU") in coded("KYIV — Ukraine's president expressed gratitude to Germany for its support.")


def test_a_protest_made_to_a_state_is_aimed_at_it() -> None:
    # "protested to South Korea over ...": a state's protest (CAMEO 114) lodged with whom it
    # is made to, not at the one whose act it is about; "to" is no march's destination here
    text = "BEIJING — China protested to South Korea over the deployment of a U.S. missile defence system."
    assert coded(text) == {("ACCUSE", "CHN", "KOR")}


def test_a_building_attacked_in_the_passive_is_force() -> None:
    # an embassy attacked is struck, as "attacked the embassy" is (not a verbal attack on its
    # country's government), whether told in the active or in the passive
    assert coded("BAGHDAD — The U.S. embassy was attacked by protesters on Tuesday.") == {("ASSAULT", "IRQCVL", "USAGOV")}
    assert ("ACCUSE", "USAPTY", "USALEG") in coded("WASHINGTON — The senator was attacked by Republicans over the bill.")


def test_what_is_discussed_is_a_topic() -> None:
    # CAMEO 04: talks are held with whom they are held; what is discussed ("to discuss support
    # for Ukraine", "the Gaza ceasefire") is their topic, no side of them
    text = "CAIRO — Egypt's foreign minister phoned his Israeli counterpart on Sunday to discuss the Gaza ceasefire."
    assert coded(text) == {("CONSULT", "EGYGOV", "ISRGOV")}
    assert ("CONSULT", "FRAGOV", "RUSGOV") in coded("PARIS — President Macron discussed the war with President Putin by phone on Friday.")
    assert ("CONSULT", "FRA", "DEU") in coded("PARIS — France and Germany discussed the budget on Friday.")


def test_a_result_after_an_accused_act_is_that_acts() -> None:
    # "accused X of shelling a hospital, killing two nurses": the killing is the shelling's,
    # done by the one accused and reported as the shelling is, not done by the accuser
    evs = events("KYIV — Ukraine accused Russia of shelling a hospital in Kharkiv, killing two nurses.", published=PUB, settings=ALL)
    kills = [e for e in evs if e.rule == "kill"]
    assert [(e.source.code if e.source else None, e.modality) for e in kills] == [("RUS", "reported")]
    # (", saying ..." or ", demanding ..." is still the accuser's own act)
    text = "KHARTOUM — Residents accused the paramilitary forces of looting the market, demanding an inquiry."
    assert ("REQUEST", "SDNCVL") in {(e.plover, e.source.code if e.source else None) for e in events(text, published=PUB, settings=ALL)}


def test_a_crowd_dispersed_is_the_one_named_by_its_by_phrase() -> None:
    # "dispersed a march by students": the students are dispersed (CAMEO 175), not the ones
    # dispersing, however the parser hangs the "by"
    assert coded("DHAKA — Police dispersed a march by students on Saturday.") == {("COERCE", "BGDCOP", "BGDEDU")}
    assert coded("DHAKA — Police dispersed a rally by opposition supporters on Saturday.") == {("COERCE", "BGDCOP", "BGDOPP")}


def test_a_bodys_members_named_by_its_in_what_it_says_are_that_body() -> None:
    # "the party said police had arrested 12 of its members": the members are the party's
    # (not the police's, whom "its" would otherwise stand for), however many of them
    assert coded("HARARE — The opposition party said on Sunday that police had arrested 12 of its members.") == {("COERCE", "ZWECOP", "ZWEOPP")}
    assert coded("HARARE — The teachers' union said police had arrested its members during a march.") >= {("COERCE", "ZWECOP", "ZWELAB")}
    # (the crew members of a ship detained with it are not the detainers')
    text = "TEHRAN — Iran's Revolutionary Guards seized a tanker in the Gulf and detained its crew members, all Indian nationals."
    assert ("COERCE", "IRNMIL", "IRNMIL") not in coded(text)


def test_fighting_that_breaks_out_between_two_sides_is_theirs() -> None:
    # "fighting broke out between A and B": the sides of the fighting, however the parser
    # hangs "between" on the verb of its breaking out; in clashes between police and
    # protesters the protesters riot (CAMEO 145), whichever side is named first
    assert coded("KINSHASA — Heavy fighting broke out between M23 rebels and Congolese troops on Monday.") == {("ASSAULT", "CODREBM23", "CODMIL")}
    assert coded("NAIROBI — Clashes erupted between police and protesters in the capital on Monday.") == {("PROTEST", "KENCVL", "KENCOP")}
    assert coded("NAIROBI — Clashes erupted between protesters and police in the capital on Monday.") == {("PROTEST", "KENCVL", "KENCOP")}
    # (a storm breaking out between two towns is no one's act)
    assert not events("NAIROBI — A storm broke out between the two towns on Monday.", published=PUB, settings=ALL)


def test_an_act_allowed_is_not_yet_done() -> None:
    # the guideline's modality: "a law that allows police to detain suspects", "a pause to
    # allow the fighters to withdraw": what is allowed is hypothetical, not done
    def modes(text: str) -> set[tuple[str, str]]:
        return {(e.plover, e.modality) for e in events(text, published=PUB, settings=ALL)}

    text = "AUSTIN — The governor signed a bill on Thursday that allows state police to arrest migrants who cross the border."
    assert ("COERCE", "hypothetical") in modes(text)
    assert ("COERCE", "asserted") not in modes(text)
    text = "ANKARA — Turkey agreed on Thursday to a five-day pause to permit Kurdish fighters to withdraw from the border strip."
    assert ("RETREAT", "asserted") not in modes(text)
    # (the arrest itself, told as done, is)
    assert ("COERCE", "asserted") in modes("AUSTIN — State police arrested 40 migrants near the border on Thursday.")


def test_an_office_or_a_power_abused_hurts_no_one() -> None:
    # CAMEO's ABUSE codes harm to people (* &HOSTAGE 182); "abusing its dominance" misuses a
    # power: no assault, and no target taken from "its"
    text = "WASHINGTON — The Justice Department sued a search company on Tuesday, accusing it of abusing its dominance in advertising."
    assert "ASSAULT" not in {e.plover for e in events(text, published=PUB, settings=ALL)}
    assert ("ASSAULT", "USACOP", "USACVL") in coded("WASHINGTON — Guards abused the prisoners at the camp, a rights group said.")


def test_lifting_a_curfew_or_an_emergency_and_reversing_a_decision_concede() -> None:
    # the guideline's CONCEDE (081-083, "ease restrictions"), as the PLOVER records code
    # "lifted curfew": the verb dictionary's LIFT * CURFEW 0813, * STATE (OF EMERGENCY) 0814,
    # REVERSE * DECISION 080, * BAN 081
    def codes(text: str) -> set[tuple[str, str]]:
        return {(e.cameo, e.plover) for e in events(text, published=PUB, settings=ALL)}

    assert ("0813", "CONCEDE") in codes("DHAKA — The government lifted the curfew in Sylhet after a week of calm.")
    assert ("0814", "CONCEDE") in codes("ADDIS ABABA — Ethiopia lifted the state of emergency on Tuesday.")
    assert ("080", "CONCEDE") in codes("ABUJA — Nigeria's president reversed the decision to cut fuel subsidies after protests.")
    # DROP * &WEAPON: bombs dropped on someone strike them (195); a price dropping is no act
    assert ("ASSAULT", "SYRGOV", "SYRREB") in coded("ALEPPO — Government helicopters dropped barrel bombs on rebel-held districts of Aleppo.")
    assert not events("LONDON — The price of oil dropped sharply on Monday.", published=PUB, settings=ALL)


def test_an_arrest_at_a_court_is_not_the_courts() -> None:
    # a court named as where a sentence or a remand was done did it; an arrest made at a
    # court is the police's, by no one the lead names (the source left empty)
    assert coded("ISLAMABAD — The former prime minister was arrested on Tuesday at the Islamabad High Court.") == {("COERCE", None, "PAKELI")}
    assert coded("AUCKLAND — The man was remanded in custody at the High Court in Auckland on Monday.") == {("COERCE", "NZLJUD", "NZLCVL")}


def test_a_vow_to_keep_up_attacks_threatens() -> None:
    # the act a light verb carries is the one announced: a vow to keep up or continue attacks
    # is a threat of force (CAMEO's VOW ATTACK, 138), not a promise to cooperate; a pledge
    # to step up aid an intent to give aid (033)
    assert {(e.plover, e.cameo) for e in events("BEIRUT — Hezbollah vowed to continue its attacks on Israel.", published=PUB, settings=ALL)} \
        == {("THREATEN", "138")}
    # (the halt the vow waits for is a condition, not done: hypothetical)
    text = "BEIRUT — Hezbollah vowed to keep up its attacks until Israel halts its offensive."
    assert {(e.plover, e.cameo, e.modality) for e in events(text, published=PUB, settings=ALL)} \
        == {("THREATEN", "138", "asserted"), ("RETREAT", "087", "hypothetical")}
    assert {e.cameo for e in events("BERLIN — Germany pledged to step up its aid to Ukraine.", published=PUB, settings=ALL)} == {"033"}


def test_a_strike_that_killed_people_is_the_doer_of_the_killing() -> None:
    # "An Israeli strike on a school sheltering families killed 30 people": whoever struck
    # killed them, not the families the parser hung the verb on
    text = "GAZA — An Israeli strike on a school sheltering displaced families killed at least 30 people, the civil defence agency said."
    assert ("ASSAULT", "ISR", "PSECVL") in coded(text)
    assert ("ASSAULT", "PSECVL", "PSECVL") not in coded(text)


def test_a_sentence_issued_sentences_and_a_resignation_is_aimed_at_no_one() -> None:
    # the guideline's SANCTION ("sentence in court"): death sentences issued for 75 people
    # sentence them; a resignation announced to parliament is aimed at no one (RETREAT with
    # no target), and a sentence served is no act
    assert ("SANCTION", "EGYJUD", "EGYCVL") in coded("CAIRO — An Egyptian court issued death sentences for 75 people on Saturday.")
    text = "BEIRUT — The prime minister announced his resignation to parliament on Tuesday."
    assert {k for k in coded(text) if k[0] == "RETREAT"} == {("RETREAT", "LBNGOV", None)}
    assert not events("CAIRO — The former president is serving a life sentence.", published=PUB, settings=ALL)


def test_talks_hosted_between_two_sides_are_also_theirs() -> None:
    # hosting talks is a visit received by the host (043) from each side, and the talks
    # between the two sides are held by them (040): both are coded, as the guideline's coders do
    got = coded("ISTANBUL — Turkey hosted talks between Russia and Ukraine on Friday.")
    assert {("CONSULT", "TUR", "RUS"), ("CONSULT", "TUR", "UKR"), ("CONSULT", "RUS", "UKR")} <= got
    # (a meeting hosted with one guest is the host's visit only)
    assert coded("PARIS — France hosted a meeting with the Chinese president on Monday.") == {("CONSULT", "FRA", "CHNGOV")}


def test_the_police_are_no_her() -> None:
    # "police" is a plural without an -s: "her" stands for the one woman named before, not
    # for the police named after her
    text = ("LONDON — The home secretary announced new powers for police to break up protests. "
            "Critics accused her of undermining the right to protest.")
    assert ("ACCUSE", "GBROPP", "GBRGOV") in coded(text)
    assert ("ACCUSE", "GBROPP", "GBRCOP") not in coded(text)


def test_consulates_closed_reduce_relations_with_their_state() -> None:
    # the verb dictionary's CLOSE * CONSULATE, * EMBASSY 161 (relations reduced with whose
    # they are), * TELEVISION, * RADIO 1721; relations are never cut with one's own government
    assert ("SANCTION", "DEU", "RUSGOV") in coded("BERLIN — Germany closed four Russian consulates on Wednesday.")
    assert ("COERCE", "PHLGOV", "PHLMED") in coded("MANILA — The government closed the country's largest broadcaster on Tuesday.")
    assert not {k for k in coded("WASHINGTON — The United States closed its embassy in Kabul.") if k[2] == "USAGOV"}
    # (diplomats given the home country for want of another are not expelled from it)
    assert ("SANCTION", "DEU", "DEUGOV") not in coded("BERLIN — Germany ordered the expulsion of 20 diplomats on Wednesday.")


def test_a_thing_released_frees_no_one() -> None:
    # albums released set no one free: not their owner (the guideline's RETREAT releases
    # persons or property held from someone, not a record put out)
    assert not events("NASHVILLE — Taylor Swift's first six albums were released through Big Machine.", published=PUB, settings=ALL)
    assert ("RETREAT", None, "IRNCVL") in coded("TEHRAN — The journalist's husband was freed on bail.")


def test_a_death_investigated_or_protested_names_no_one_who_caused_it() -> None:
    # "investigating the death of a protester": the protester is not the one investigated,
    # nor a woman who died in custody the one protested at (no target rather than a wrong one)
    assert coded("NAIROBI — Police are investigating the death of a protester.") == {("ACCUSE", "KENCOP", None)}
    text = "TEHRAN — Thousands of Iranians took to the streets on Saturday to protest the death of a young woman."
    assert {k for k in coded(text) if k[0] == "PROTEST"} == {("PROTEST", "IRNCVL", None)}


def test_a_threat_is_filed_under_what_it_threatens() -> None:
    # CAMEO 131-138: a threat to break relations is 1313, to impose sanctions 1312, to halt
    # talks 134, to arrest 137; a threat of no act the codebook names stays 130
    def threat(text: str) -> set[tuple[str, str | None, str | None, str]]:
        return {(*k, e.cameo) for e in events(text, published=PUB, settings=ALL) for k in keyed([e])}
    assert threat("BELGRADE — Serbia threatened to cut diplomatic ties with Montenegro.") == {("THREATEN", "SRB", "MNE", "1313")}
    assert threat("WASHINGTON — The United States threatened to impose sanctions on Turkey.") == {("THREATEN", "USA", "TUR", "1312")}
    assert threat("BEIJING — China threatened to suspend trade talks with Australia.") == {("THREATEN", "CHN", "AUS", "134")}
    assert threat("CARACAS — The government threatened to arrest opposition leaders.") == {("THREATEN", "VENGOV", "VENOPP", "137")}
    assert threat("SEOUL — North Korea threatened to attack South Korea.") == {("THREATEN", "PRK", "KOR", "138")}
    assert threat("PARIS — France threatened to walk away from the deal with Italy.") <= {("THREATEN", "FRA", "ITA", "130")}


def test_aid_offered_or_pledged_is_an_intent_to_give_aid() -> None:
    # CAMEO 033 and its kinds (the verb dictionary's OFFER, PLEDGE * AID, * LOAN, * &FOOD):
    # money 0331, arms 0332, relief 0333; an offer of anything else stays 030
    def cameo(text: str) -> set[tuple[str, str | None, str | None, str]]:
        return {(*k, e.cameo) for e in events(text, published=PUB, settings=ALL) for k in keyed([e])}
    assert cameo("TOKYO — Japan offered a $2 billion loan to Sri Lanka.") == {("AGREE", "JPN", "LKA", "0331")}
    assert cameo("BERLIN — Germany pledged more tanks to Ukraine.") == {("AGREE", "DEU", "UKR", "0332")}
    assert cameo("CAIRO — Egypt offered food and medicine to Sudan.") == {("AGREE", "EGY", "SDN", "0333")}
    assert cameo("LONDON — Britain promised military aid to Ukraine.") == {("AGREE", "GBR", "UKR", "033")}
    assert cameo("WASHINGTON — The United States pledged its support for Taiwan.") == {("AGREE", "USA", "TWN", "030")}


def test_an_attack_launched_with_missiles_is_an_attack_not_a_launch() -> None:
    # "launched a missile and drone attack on X": the light verb hands over to the attack,
    # whatever it is made with; a missile launched at no one is still a launch (150)
    text = "KYIV — Russian forces launched a massive missile and drone attack on Ukraine's energy infrastructure overnight."
    assert coded(text) == {("ASSAULT", "RUSMIL", "UKR")}
    assert coded("KYIV — Russia launched missile strikes on Kyiv.") == {("ASSAULT", "RUS", "UKR")}
    assert coded("PYONGYANG — North Korea launched a missile on Friday.") == {("MOBILIZE", "PRK", None)}


def test_criticism_drawn_by_an_act_is_of_its_doer() -> None:
    # "arrested two campaign workers, drawing criticism from the United States": the clause's
    # act drew it, so its doer is the one criticised (CAMEO 111), as the subject of "drew" is
    text = "CARACAS — Venezuelan authorities arrested two opposition campaign workers, drawing criticism from the United States."
    assert ("ACCUSE", "USA", "VENGOV") in coded(text)
    text = "MINSK — Belarus jailed a prominent journalist for eight years, drawing condemnation from the European Union."
    assert ("ACCUSE", "IGOEUREEC", "BLR") in coded(text)
    assert ("ACCUSE", "USAPTY", "USAGOV") in coded("WASHINGTON — The president's remarks drew sharp criticism from Democrats.")


def test_envoys_and_mediators_are_not_of_where_the_story_is_filed() -> None:
    # a mediator stands between the sides, and an envoy, a diplomat or an ambassador is as
    # likely posted where the story is filed as at home: the dateline's country is not theirs
    # (an adjective or a possessive still says whose)
    assert not events("GAZA CITY — Mediators pressed both sides to accept a ceasefire proposal.", published=PUB, settings=ALL)
    assert coded("KABUL — A visiting envoy criticised the education minister on Monday.") == set()
    assert coded("MOSCOW — The ministry summoned the ambassador on Monday.") == {("ACCUSE", "RUSGOV", None)}
    assert coded("CAIRO — Egyptian mediators pressed Hamas to accept the proposal.") == {("REQUEST", "EGYGOV", "PSEREBHMS")}
    # ("its ambassador" is Russia's, recalled from the United States, which the capital names:
    # the country alone, as the guideline codes a country named only by a place)
    assert coded("MOSCOW — Russia recalled its ambassador from Washington.") == {("SANCTION", "RUS", "USA")}


def test_ground_taken_back_is_fought_for_with_whom_it_is_taken_from() -> None:
    # "recaptured the village": the ground is the taker's own and its people are not fought;
    # only the side it is taken back from is the target
    assert coded("KYIV — Ukrainian forces recaptured the village of Robotyne on Monday.") == {("ASSAULT", "UKRMIL", None)}
    assert coded("KYIV — Ukrainian forces retook the city of Kherson from Russian troops.") == {("ASSAULT", "UKRMIL", "RUSMIL")}


def test_a_protest_from_a_capital_is_its_states_complaint() -> None:
    # a state that protests complains officially (CAMEO 114), also when the protest is a noun
    # with the capital after "from"
    text = "BEIJING — China sent warships near Taiwan, prompting a protest from Taipei."
    assert ("ACCUSE", "TWN", "CHN") in coded(text) and ("PROTEST", "TWN", "CHN") not in coded(text)


def test_people_forced_to_flee_are_driven_out_by_the_force_told() -> None:
    # fleeing an attack is its result, not compliance with anyone (CAMEO 170 coerces): the
    # attack is coded, no coercion of its own; forcing someone to do something still coerces
    text = "KHARTOUM — RSF fighters attacked the town of Tawila on Monday, forcing thousands of residents to flee."
    assert {k[0] for k in coded(text)} == {"ASSAULT"}
    assert ("COERCE", "CHN", "USABUS") in coded("WASHINGTON — The United States said China forced American companies to hand over technology.")


def test_the_other_side_of_a_meeting_is_not_of_the_visitors_country() -> None:
    # "a delegation headed by a senator of the United States met the justice minister", in a
    # story from Bogota: the United States is named inside the side that meets, so the
    # minister met is of where the story is filed
    text = "BOGOTA — A delegation headed by Senator John Kell of the United States met the justice minister on Monday."
    assert {k[2] for k in coded(text)} == {"COLGOV"}


def test_police_in_a_city_a_demonym_places_are_of_its_country() -> None:
    # "police in the Chinese city of Wuhan", in a story from New York: the demonym says where
    # the police are (a country named after them only as what the act is about would not)
    assert coded("NEW YORK — Police in the Chinese city of Wuhan arrested a doctor on Monday.") == {("COERCE", "CHNCOP", "CHNHLH")}
    assert coded("WASHINGTON — The senator criticised police in the Chinese city of Wuhan.") <= {("ACCUSE", "USALEG", "USACOP"), ("ACCUSE", "USALEG", "CHNCOP")}


def test_a_body_led_by_someone_is_of_its_leaders_country() -> None:
    # "a delegation led by U.S. Senator John Kell": the body takes its leader's country,
    # named after it, not the dateline's
    text = "BOGOTA — A delegation led by U.S. Senator John Kell met the justice minister on Monday."
    assert ("CONSULT", "USAGOV", "COLGOV") in coded(text) and ("CONSULT", "COLGOV", "COLGOV") not in coded(text)


def test_a_secretary_of_state_with_no_department_is_americas() -> None:
    # the Phoenix actor dictionary's SECRETARY_OF_STATE: the title alone is the American
    # foreign minister's, wherever the story is filed; with a department after it ("for
    # Wales", "for Trade") it is a minister of the story's own country
    assert coded("SEOUL — Secretary of State Marianne Colfax met President Seok Jin-han on Wednesday.") == {("CONSULT", "USAGOV", "KORGOV")}
    assert coded("MADRID — Secretary of State for Trade Xiana Mendez met Chinese officials.") == {("CONSULT", "ESPGOV", "CHNGOV")}
    assert coded("LONDON — The Secretary of State for Wales criticised the Welsh government.") == {("ACCUSE", "GBRGOV", "GBRGOV")}


def test_a_person_who_leads_a_body_is_of_its_country() -> None:
    # "Keiko Haraguchi, who led the delegation": of the body she leads, and "the delegation"
    # is the one named before ("a Japanese government delegation"), not the dateline's
    for lead in ("Keiko Haraguchi", "State Minister Keiko Haraguchi"):
        text = (f"COLOMBO — A Japanese government delegation arrived in Colombo on Tuesday. {lead}, who led the delegation, "
                "met Foreign Minister Nimal Wijeratne.")
        assert {k for k in coded(text) if k[0] == "CONSULT" and k[2] == "LKAGOV"} <= {("CONSULT", "JPN", "LKAGOV"), ("CONSULT", "JPNGOV", "LKAGOV")}
        assert {k for k in coded(text) if k[2] == "LKAGOV"}


def test_a_dateline_in_congo_with_a_town_of_the_democratic_republic_is_its() -> None:
    # "GOMA, Congo": news names the Democratic Republic "Congo" too; the town says which
    assert coded("GOMA, Congo (AP) — Rebels attacked an army base on Monday.") == {("ASSAULT", "CODREB", "CODMIL")}
    assert coded("BRAZZAVILLE, Congo (AP) — Rebels attacked an army base on Monday.") == {("ASSAULT", "COGREB", "COGMIL")}


def test_forces_sent_are_the_senders_own() -> None:
    # "Rwanda sent troops across the border", from Kinshasa: the troops are Rwanda's, not the
    # dateline's, and are not whom the deployment is aimed at
    assert coded("KINSHASA — Rwanda sent troops across the border on Monday.") == {("MOBILIZE", "RWA", None)}
    assert ("MOBILIZE", "RWA", None) in coded("KINSHASA — Congo accused Rwanda of sending troops across the border.")
    assert coded("MOSCOW — Russia sent troops to Syria.") == {("MOBILIZE", "RUS", "SYR")}
    # (and so are forces one orders or commands, of whatever country the sentence names
    # besides: "the army" is the minister's, not Hezbollah's Lebanon's; what it is ordered to
    # do, down its own ranks, it does)
    text = "Israel's defence minister ordered the army on Sunday to strike Hezbollah positions in southern Lebanon."
    assert coded(text) == {("ASSAULT", "ISRMIL", "LBNREBHEZ")}


def test_mediators_of_a_truce_are_not_each_others_party() -> None:
    # a truce brokered by two states is between others (CAMEO 045 mediates): the two
    # mediators do not broker it with each other
    assert ("CONSULT", "USA", "FRA") not in coded("PARIS — The United States and France brokered the truce.")
    assert ("CONSULT", "QAT", "ISR") in coded("DOHA — Qatar and Egypt brokered a ceasefire between Israel and Hamas.")


def test_the_protests_named_again_are_the_protesters() -> None:
    # "called the protests treasonous": the one criticised is who protested (a storming by
    # protesters is told as a protest), not the police who acted last; with no protest told,
    # no one
    text = "NAIROBI — Protesters stormed parliament on Tuesday. Police shot two men. The president called the protests treasonous."
    assert ("ACCUSE", "KENGOV", "KENCVL") in coded(text) and ("ACCUSE", "KENGOV", "KENCOP") not in coded(text)
    text = "NAIROBI — Police fired tear gas at crowds in Nairobi on Tuesday. The president called the protests treasonous."
    assert not {k for k in coded(text) if k[0] == "ACCUSE"}


def test_a_necessity_claimed_for_ones_own_act_coerces_no_one() -> None:
    # "would be forced to take countermeasures": the speaker's own act to come, a threat;
    # no one is coerced (but "were forced to delete their footage" coerces, by someone unnamed)
    text = "BEIJING — China said it would be forced to take countermeasures against the United States."
    assert coded(text) == {("THREATEN", "CHN", "USA")}
    assert coded("MINSK — Journalists were forced to delete their footage.") == {("COERCE", None, "BLRMED")}


def test_agent_nouns_run_together_are_one_actor() -> None:
    # "the police union" is a union, "immigrant rights groups" are rights groups: the nouns
    # before the last say what it is about; a generic head is of the body before it
    # ("University president Lam Ka-wai" heads a university)
    assert coded("LONDON — The police union criticised the home secretary.") == {("ACCUSE", "GBRLAB", "GBRGOV")}
    assert coded("PHOENIX — Immigrant rights groups praised the governor.") == {("SUPPORT", "USAHRI", "USAGOV")}
    assert coded("HONG KONG — University president Lam Ka-wai criticised the police on Monday.") == {("ACCUSE", "HKGEDU", "HKGCOP")}


def test_an_army_chief_is_one_person_a_pronoun_can_name() -> None:
    # the Phoenix agents dictionary's ARMY_CHIEF (~MIL): a head of the forces is a person, so
    # "he" in the next sentence is him
    text = "ISLAMABAD — Pakistan's army chief visited Beijing on Tuesday. He met Chinese Defence Minister Li Wen."
    assert ("CONSULT", "PAKMIL", "CHNGOV") in coded(text)


def test_they_after_two_people_meet_are_the_two() -> None:
    # with no plural named, "they" are the two people of the sentence before
    text = "ANKARA — Turkey's president met his Russian counterpart in Sochi on Monday. They agreed to revive the grain deal."
    assert ("AGREE", "TURGOV", "RUSGOV") in coded(text)


def test_a_gerund_after_a_time_word_is_done_by_the_subject() -> None:
    # an adjunct ("after ordering", "before meeting") is controlled by the clause's subject;
    # only a complement of the verb ("accused X of shelling") is done by its object
    text = "NIAMEY — Niger's junta arrested a former minister, days after ordering French troops to leave Niger."
    assert ("COERCE", "NERMIL", "FRAMIL") in coded(text)
    assert ("COERCE", "NERELI", "FRAMIL") not in coded(text)
    assert source_codes("YEREVAN — Armenia accused Azerbaijan of shelling its villages.", "ASSAULT") == {"AZE"}


def test_a_former_office_holder_named_by_portfolio_is_an_elite() -> None:
    # the guideline's ELI for former officials, whatever portfolio stands between "former" and
    # the office; an army officer is the forces' (Phoenix's ARMY_OFFICER ~MIL), not police
    assert coded("NIAMEY — Police arrested the former petroleum minister on Sunday.") == {("COERCE", "NERCOP", "NERELI")}
    assert coded("LAGOS — Former and current ministers criticised the police.") == {("ACCUSE", "NGAGOV", "NGACOP")}
    assert coded("NAIROBI — Police detained an army officer.") == {("COERCE", "KENCOP", "KENMIL")}


def test_a_high_commissioner_is_a_posted_envoy() -> None:
    # a Commonwealth country's ambassador to another is its high commissioner: summoned, he is
    # the one complained to (CAMEO 110, as an ambassador summoned); expelled, his government's
    text = "ISLAMABAD — The foreign ministry summoned India's deputy high commissioner to lodge a protest."
    assert coded(text) == {("ACCUSE", "PAKGOV", "INDGOV")}
    assert coded("OTTAWA — Canada expelled India's high commissioner on Monday.") == {("SANCTION", "CAN", "INDGOV")}


def test_the_two_neighbours_with_a_compound_adjective_are_the_pair() -> None:
    # "the two nuclear-armed neighbours": the adjective, however made, does not stop the pair
    text = "NEW DELHI — India and Pakistan clashed on Monday. The two nuclear-armed neighbours agreed to revive a ceasefire."
    assert ("AGREE", "IND", "PAK") in coded(text)


def test_a_foreign_office_is_of_the_story_s_country() -> None:
    # Pakistan's and Germany's foreign ministries are called the Foreign Office as Britain's
    # is, and India's and Japan's defence ministries the Ministry of Defence: the agent noun
    # takes the story's country (with "British" before it, Britain's)
    assert source_codes("BERLIN — The Foreign Office summoned the Russian ambassador.", "ACCUSE") == {"DEUGOV"}
    assert source_codes("The British Foreign Office summoned the Russian ambassador.", "ACCUSE") == {"GBRGOV"}
    # (and the attack the troops repelled is the militants', on them)
    assert source_codes("NEW DELHI — The Ministry of Defence said troops repelled an attack by militants.", "ASSAULT") == {"INDMIL", "INDREB"}


def test_a_conflictual_act_agreed_on_is_decided_not_threatened() -> None:
    # "agreed to extend sanctions" decides them, as "decided to extend" does (CAMEO 163): a
    # threat holds an act over someone to sway them, an agreement among the doers does not
    text = "BRUSSELS — EU foreign ministers agreed on Monday to extend sanctions against Russia."
    assert coded(text) == {("SANCTION", "IGOEUREEC", "RUS")}
    assert coded("MOSCOW — Russia threatened to impose sanctions on Moldova.") == {("THREATEN", "RUS", "MDA")}


def test_halting_ones_own_attacks_de_escalates() -> None:
    # CAMEO's verb dictionary: HALT / STOP / END * ATTACKS, VIOLENCE, CLASHES (0871), * {AIR
    # RAIDS}, SHELL (087): one's own fighting suspended is a retreat, not relations reduced (160)
    assert coded("ANKARA — Turkey suspended its offensive against Kurdish forces in Syria.") == {("RETREAT", "TUR", "SYRREB")}
    assert coded("JERUSALEM — Israel halted air strikes on Gaza on Sunday.") == {("RETREAT", "ISR", "PSE")}
    # (and "suspended aid" still cuts aid)
    assert coded("WASHINGTON — The United States suspended aid to Niger.") == {("SANCTION", "USA", "NER")}
    # (but the fighting an act is done to stop is others')
    assert coded("LA PAZ — The president resigned on Sunday to stop attacks on his supporters.") == {("RETREAT", "BOLGOV", None)}


def test_an_until_clause_in_the_present_is_a_condition() -> None:
    # "until Israel withdraws": the present tense after "until" looks ahead to what has not
    # happened (hypothetical), and its subject is the one the vow is put to; "until Russian
    # forces withdrew" told what did happen
    text = "BEIRUT — Hezbollah vowed to keep up its attacks until Israel releases the prisoners."
    evs = events(text, published=PUB, settings=ALL)
    assert {(e.plover, e.modality) for e in evs} == {("THREATEN", "asserted"), ("RETREAT", "hypothetical")}
    assert {e.target.code for e in evs if e.plover == "THREATEN" and e.target} == {"ISR"}
    text = "KYIV — Ukrainian troops held the town until Russian forces withdrew on Monday."
    assert {(e.plover, e.modality) for e in events(text, published=PUB, settings=ALL)} == {("RETREAT", "asserted")}


def test_the_decision_is_a_deed_not_the_words_told_since() -> None:
    # "welcomed the decision": the act decided, not a threat or a criticism told after it
    # (those are done by saying, and no "decision" names them)
    for between in ("Hungary had threatened to veto the renewal.", "Hungary had criticised the plan."):
        text = f"BRUSSELS — EU ministers agreed on Monday to extend sanctions against Russia. {between} Ukraine's foreign minister welcomed the decision."
        assert ("SUPPORT", "UKRGOV", "IGOEUREEC") in coded(text)
    # (a veto is a deed: "criticised the decision" answers the one who vetoed)
    assert ("ACCUSE", "USAPTY", "USAGOV") in coded("ATLANTA — The governor vetoed the bill on Friday. Democrats criticised the decision.")


def test_the_verdict_is_the_court_s() -> None:
    # "criticized the verdict": what a court did, not the act of whoever was told last
    text = ("CHICAGO — A jury convicted Officer Mark Reyes of murder in March. The teenager's family sued the city last year."
            " The police union criticized the verdict.")
    assert {e.target.role for e in events(text, published=PUB, settings=ALL) if e.plover == "ACCUSE" and e.trigger == "criticized" and e.target} == {"JUD"}


def test_a_state_s_protest_answers_the_actions_named_again() -> None:
    # "protested the aggressive actions": the acts just told, whose doer is the one protested
    # to (CAMEO 114 for a state; "the actions" names an act as "the move" does)
    text = "MANILA — Chinese ships fired water cannon at a Philippine boat. The Philippine government protested the aggressive actions."
    assert ("ACCUSE", "PHLGOV", "CHN") in coded(text)
    assert ("ACCUSE", "RUS", "GBR") in coded("MOSCOW — Britain expelled two Russian diplomats. Russia protested the move.")
    # (a summons made to protest is one act, the summons)
    text = "COPENHAGEN — Turkish jets bombed Kurdish towns. Denmark's foreign ministry summoned Turkey's ambassador to protest the offensive."
    assert {k for k in coded(text) if k[0] == "ACCUSE"} == {("ACCUSE", "DNKGOV", "TURGOV")}


def test_a_place_of_the_dateline_s_country_in_the_lead_keeps_it_home() -> None:
    # "Texas Governor ...", from Austin: the dateline's country is named in the lead by its
    # state, so the one other country the lead names (Mexico, across the border) is not home
    text = "AUSTIN — Texas Governor Greg Abbott sent National Guard troops to the border with Mexico."
    assert source_codes(text, "MOBILIZE") == {"USAGOV"}


def test_an_of_phrase_telling_an_act_is_no_place_the_noun_is_of() -> None:
    # "accused the opposition of planning a coup with U.S. backing": the "of"-phrase is what
    # they are accused of, not where they are from ("the mayor of a Texas town" is)
    text = "CARACAS — Venezuelan police arrested an activist. Maduro has accused the opposition of planning a coup with U.S. backing."
    assert ("ACCUSE", "VENGOV", "VENOPP") in coded(text)


def test_went_is_not_going_to() -> None:
    # "is going to" announces; "went on strike to protest" went: the protest is done, not a
    # threat of one to come
    evs = events("SEOUL — Thousands of doctors went on strike on Tuesday to protest a government plan.", published=PUB, settings=ALL)
    assert {(e.plover, e.modality) for e in evs} == {("PROTEST", "asserted")}


def test_out_parsed_as_an_adverb_is_the_verb_s_particle() -> None:
    # "junior doctors walked out", parsed with "out" as an adverb: a walkout (the guideline's
    # PROTEST: strike, walk out), as "walked out of parliament" is
    assert coded("LONDON — Junior doctors walked out on Monday.") == {("PROTEST", "GBRHLH", None)}
    # (and workers named by their trade are workers: the guideline's LAB)
    assert coded("LIMA — Truckers blocked roads across Peru.") == {("PROTEST", "PERLAB", None)}
    assert coded("JOHANNESBURG — Police fired rubber bullets at striking miners.") == {("COERCE", "ZAFCOP", "ZAFLAB")}


def test_a_standing_tie_in_a_relative_clause_is_no_act() -> None:
    # "Hezbollah, which is backed by Iran": who the group is, as "Iran-backed" says; the
    # guideline codes no background named in passing ("the United States backed Israel on
    # Monday" is an act)
    assert coded("BEIRUT — Hezbollah, which is backed by Iran, fired rockets at northern Israel on Sunday.") == {("ASSAULT", "LBNREBHEZ", "ISR")}
    assert coded("WASHINGTON — The United States backed Israel on Monday.") == {("SUPPORT", "USA", "ISR")}


def test_the_agreement_names_an_agreement_of_any_code() -> None:
    # "agreed to respect each other's sovereignty" (an intent, 03) ... "welcomed the
    # agreement" (057): both AGREE, so the agreement welcomed is theirs, not the threat told
    # since
    text = ("ANKARA — The Turkish president hosted the leaders of Ethiopia and Somalia and said they had agreed to respect"
            " each other's sovereignty. Somalia had threatened to eject Ethiopian troops. Egypt welcomed the agreement.")
    assert {k for k in coded(text) if k[0] == "SUPPORT"} == {("SUPPORT", "EGY", "ETHGOV"), ("SUPPORT", "EGY", "SOMGOV")}


def test_a_that_clause_passive_misparsed_is_not_done_to_the_speaker() -> None:
    # "Police said ... 42 protesters, including a farm leader, were detained", the protesters
    # hung elsewhere by the parser: the one detained is the phrase before "were", never the
    # police who say it (nor a firearm's seizure done to detectives); the march stopped is the
    # protesters' the sentence names
    text = ("NEW DELHI — Delhi Police said the march was stopped at Parliament Street and 42 protesters, including"
            " Kisan Sabha leader Sukhdev Ramrao Patil, were briefly detained when they tried to break through barricades.")
    assert coded(text) == {("COERCE", None, "INDCVL"), ("PROTEST", "INDCVL", None)}
    assert coded("KINGSTON — Detectives said a firearm believed to have been used in the killing was seized.") == set()


def test_a_town_s_name_ending_a_longer_name_is_no_town() -> None:
    # "Kisan Sabha leader": Sabha is a word of the organisation's name, not the Libyan town
    # (the guideline takes no country from a look-alike word inside a name)
    assert target_countries("NEW DELHI — Police detained Kisan Sabha leader Sukhdev Patil.", "COERCE") == {"IND"}
    assert ("ASSAULT", "LBYREB", None) in coded("TRIPOLI — Gunmen attacked a checkpoint in Sabha.")


def test_a_participle_joined_to_a_said_copula_is_the_speaker_s_act() -> None:
    # "said the terms were far from its demands and pressed ahead with strikes", "pressed"
    # tagged a participle: the speaker's second act, as a past tense there is (the terms
    # strike no one)
    text = "GAZA — Israel said the terms were far from its demands and pressed ahead with strikes on Gaza."
    assert source_codes(text, "ASSAULT") == {"ISR"}


def test_a_date_hung_on_the_subject_or_a_plain_object_is_the_clause_s() -> None:
    # "The Taliban government on Sunday banned ...", "killed 15 people late on Friday": the
    # parser hangs the date on a noun; a person or a body is not dated, so it is the act's
    # (but "condemned the attack on Sunday" dates the attack, not the condemnation)
    def dates(text: str) -> set[str]:
        return {e.date for e in events(text, published="2024-05-01", settings=ALL)}
    assert dates("KABUL — The Taliban government on Sunday banned women from working for the United Nations.") == {"2024-04-28"}
    assert dates("MOGADISHU — A suicide bomber killed at least 15 people at a beach restaurant late on Friday, police said.") == {"2024-04-26"}
    assert dates("KYIV — Russia condemned the attack on Sunday.") == {"2024-05-01"}


def test_a_country_s_capital_named_so_is_the_place() -> None:
    # "in the Somali capital", "in Libya's capital": the place is that country's capital city
    evs = events("MOGADISHU — A suicide bomber killed 15 people at a restaurant in the Somali capital, police said.", published=PUB, settings=ALL)
    assert {(e.place.name, e.place.country) for e in evs if e.place} == {("Mogadishu", "SOM")}
    evs = events("TRIPOLI — Gunmen attacked a hotel in Libya's capital.", published=PUB, settings=ALL)
    assert {(e.place.name, e.place.country) for e in evs if e.place} == {("Tripoli", "LBY")}


def test_a_case_registered_or_filed_against_someone_accuses() -> None:
    # "police registered a case against" (a first information report) charges (CAMEO 112);
    # "filed a case against" brings a complaint to court (115)
    assert coded("MUMBAI — Maharashtra police registered a case against the politician.") == {("ACCUSE", "INDCOP", "INDPTY")}
    assert coded("LAHORE — The opposition filed a case against the prime minister.") == {("ACCUSE", "PAKOPP", "PAKGOV")}


def test_a_state_broadcaster_named_for_its_country_is_that_country_s_press() -> None:
    # "Voice of America", "France 24": the name gives the country (a suspended broadcaster is
    # the press restricted, CAMEO 1721)
    text = "OUAGADOUGOU — Burkina Faso's military government suspended the BBC and Voice of America for two weeks."
    assert coded(text) == {("COERCE", "BFAMIL", "GBRMED"), ("COERCE", "BFAMIL", "USAMED")}
    assert coded("BAMAKO — Mali's junta suspended RFI and France 24.") == {("COERCE", "MLIMIL", "FRAMED")}


def test_someone_flown_somewhere_is_carried_not_a_visit() -> None:
    # "flew him back to Kampala": the one flown is carried; the forces who fly him visit no one
    # and deploy nowhere (troops flown in are deployed)
    text = "KAMPALA — Ugandan security forces abducted an opposition politician in Nairobi and flew him back to Kampala."
    assert {k[0] for k in coded(text)} == {"ASSAULT"}
    assert coded("WASHINGTON — The Pentagon flew troops to Poland on Monday.") == {("MOBILIZE", "USAMIL", "POL")}


def test_his_or_her_before_an_agent_noun_is_the_person_s() -> None:
    # "said his government would not negotiate": "his" is one person, the one named before
    # it, whatever country the dateline gives (not the dateline's government)
    text = "BELGRADE — Kosovo Prime Minister Arben Krasniqi rejected the plan and said his government would not negotiate with the gangs."
    assert countries(events(text, published=PUB, settings=ALL)) == {"XKX"}


def test_its_does_not_stand_for_several() -> None:
    # "its coast guard" after "the Philippine boats had entered": "its" is one body, the
    # ministry that says it, not the boats; nor is "it" the men who hurl rocks at it
    text = ("MANILA — China's foreign ministry said the Philippine boats had entered Chinese waters"
            " and that its coast guard had expelled them.")
    assert source_codes(text, "SANCTION") == {"CHNCOP"}
    text = ("QAMISHLI, Syria — Turkish and Russian troops began joint patrols in northern Syria on Friday."
            " Men and boys hurled rocks at it, shouting slogans.")
    assert target_countries(text, "PROTEST") == {None}


def test_social_media_is_no_press() -> None:
    # "said on social media": a platform posted on, not the press, and no one spoken to
    assert coded("ADDIS ABABA — The Eritrean information minister said on social media that Ethiopia wanted a war.") == set()


def test_speakers_after_a_list_of_the_killed_told_it() -> None:
    # "killing 12 soldiers, residents and a local official told reporters": parsed as three
    # kinds of people killed; the residents and the official are who told it
    text = "BAMAKO — Jihadists ambushed an army convoy near Gao on Monday, killing 12 soldiers, residents and a local official told reporters."
    assert coded(text) == {("ASSAULT", "MLIREB", "MLIMIL")}


def test_the_sides_a_broker_brings_together_are_not_its_own() -> None:
    # "China, which has brokered talks between the military and the armed groups": the
    # military is the story's (Myanmar's), not China's; "all parties" are the sides, none named
    text = ("YANGON — Rebels seized a town from the army. China, which has brokered talks between the military"
            " and the armed groups, urged all parties to stop fighting.")
    assert coded(text) == {("COERCE", "MMRREB", "MMRMIL"), ("CONSULT", "CHN", "MMRMIL"), ("CONSULT", "CHN", "MMRREB"),
                           ("REQUEST", "CHN", None)}
    assert coded("YANGON — China urged all parties to stop fighting.") == {("REQUEST", "CHN", None)}


def test_what_talks_are_on_is_no_side_of_them() -> None:
    # "held talks on North Korea's missile programme": the talks are between the two who held
    # them; "on" says about what (a mutual act's counterpart is "with" it)
    assert coded("SEOUL — South Korea and the United States held talks on North Korea's missile programme.") == {("CONSULT", "KOR", "USA")}


def test_the_place_of_the_act_an_accused_is_accused_of_is_no_target() -> None:
    # "accused Western countries of meddling in Georgia's affairs": aimed at the countries
    # (no actor here), not at Georgia
    assert target_countries("MOSCOW — Russia accused Western countries of meddling in Georgia's internal affairs.", "ACCUSE") == {None}


def test_a_headline_s_participle_with_no_object_is_a_passive() -> None:
    # a headline drops "is" and "was": "Chicago man charged in killing of officer" charged the
    # man; he charged no one (and the charge is kept with no one named as bringing it, as for
    # "was charged")
    assert coded_as("ACCUSE", "Chicago man charged in killing of off-duty officer") == {("ACCUSE", None, "USACVL")}
    assert coded("Boston man charged in stabbing of police officer") == {("ACCUSE", None, "USACVL")}


def test_a_vow_of_several_is_no_agreement_between_them() -> None:
    # "A, B and C vowed to strengthen their defences": each vows, none to the others (while
    # "A and B agreed to ..." is mutual); strengthening defences is a military posture
    # (CAMEO's verb dictionary: STRENGTHEN * FORTIFICATION, 150)
    evs = events("TOKYO — Japan, South Korea and the United States vowed to strengthen their defences.", published=PUB, settings=ALL)
    assert {e.target for e in evs} == {None}
    assert coded("NEW DELHI — India and China agreed to withdraw troops from the border.") == {("AGREE", "IND", "CHN")}
    assert coded("TAIPEI — Taiwan strengthened its defences on its outlying islands.") == {("MOBILIZE", "TWN", None)}


def test_one_who_leads_in_a_group_is_the_group_s() -> None:
    # "a senior commander of Hezbollah's elite force": the group's commander (the guideline:
    # a person takes the organisation they lead), not the country's army
    assert coded("BEIRUT — An Israeli drone strike killed a senior commander of Hezbollah's elite force on Monday.") == {
        ("ASSAULT", "ISRMIL", "LBNREBHEZ")}


def test_the_killing_condemned_is_the_one_told_by_kill() -> None:
    # "condemned the killing": the act the verb "kill" told, and its doer, not the last act
    # of force told since (the group's rockets fired in response)
    text = ("BEIRUT — An Israeli drone strike killed a Hezbollah commander in southern Lebanon on Monday. Hezbollah said"
            " its fighters had fired rockets at an Israeli army base in response. Lebanon's prime minister condemned the killing.")
    assert ("ACCUSE", "LBNGOV", "ISRMIL") in coded(text)
    assert ("ACCUSE", "LBNGOV", "LBNREBHEZ") not in coded(text)


def test_an_agent_noun_after_a_region_s_adjective_is_no_one_country_s() -> None:
    # "Caribbean leaders", "African ministers": of several countries, none the dateline's
    assert coded("CARACAS — Caribbean leaders offered to host talks between the two presidents.") == set()
    assert coded("NAIROBI — African ministers urged Ethiopia to withdraw its troops.") == set()
    assert coded("JOHANNESBURG — South African police arrested three men.") == {("COERCE", "ZAFCOP", "ZAFCVL")}


def test_what_a_participle_after_a_comma_made_someone_do_was_done() -> None:
    # "said it expected a fair trial, prompting India to summon a German diplomat": the
    # summons happened; it is no part of what was expected
    text = "BERLIN — Germany's foreign ministry said it expected a fair trial, prompting India to summon a German diplomat."
    assert {(e.plover, e.modality) for e in events(text, published=PUB, settings=ALL)} == {("ACCUSE", "asserted")}


def test_the_noun_right_before_a_verb_with_no_subject_is_its_subject() -> None:
    # "protested outside the agency's headquarters and police detained several of them":
    # parsed as a second place; the police detained the supporters
    text = "NEW DELHI — Hundreds of party supporters protested outside the agency's headquarters and police detained several of them."
    assert ("COERCE", "INDCOP", "INDCVL") in coded(text)
    assert ("COERCE", "INDCVL", "INDCOP") not in coded(text)


def test_a_bill_withdrawn_is_given_up_and_aid_withdrawn_is_cut() -> None:
    # CAMEO's verb dictionary files WITHDRAW under RETREAT [080] (yield); its forces are a
    # military withdrawal, an offer or aid withdrawn is aid cut (162)
    assert coded("NAIROBI — The president withdrew the finance bill on Wednesday.") == {("CONCEDE", "KENGOV", None)}
    assert coded("WASHINGTON — The United States withdrew its aid to Ethiopia.") == {("SANCTION", "USA", "ETH")}
    assert coded("MOSCOW — Russia withdrew its troops from the border.") == {("RETREAT", "RUS", None)}


def test_co_hosts_are_not_each_other_s_guests() -> None:
    # "Saudi Arabia and the United States hosted peace talks": they host others together
    assert coded("JEDDAH — Saudi Arabia and the United States hosted peace talks in Jeddah last year.") == {
        ("CONSULT", "SAU", None), ("CONSULT", "USA", None)}


def test_the_warring_parties_are_no_political_party() -> None:
    # "the warring parties": the sides of the war, none named here
    assert coded("KHARTOUM — Egypt urged the warring parties to return to negotiations.") == {("REQUEST", "EGY", None)}


def test_those_of_a_country_are_its() -> None:
    # "embassies, including those of France and Belgium": the embassies are theirs
    assert coded("KINSHASA — Protesters attacked several embassies, including those of France and Belgium.") == {
        ("ASSAULT", "CODCVL", "FRA"), ("ASSAULT", "CODCVL", "BEL")}


def test_a_name_right_after_a_staff_noun_is_the_staff_member_s() -> None:
    # "Rwanda's government spokeswoman Yolande Makolo" (the name tagged as an organisation):
    # the person who speaks for Rwanda's government, not the dateline's
    assert source_codes("KINSHASA — Rwanda's government spokeswoman Yolande Makolo rejected the accusation.", "REJECT") == {"RWAGOV"}


def test_a_name_of_reproach_by_someone_is_aimed_at_them() -> None:
    # "called the arrest a political conspiracy by the government": whose the conspiracy is
    text = "NEW DELHI — The party called the arrest a political conspiracy by Prime Minister Narendra Modi's government."
    assert coded(text) == {("ACCUSE", "INDPTY", "INDGOV")}


def test_an_agreement_between_two_is_not_aimed_at_one_of_them() -> None:
    # "Xi and Kishida agreed to seek a solution to a dispute over Japanese seafood": what they
    # agree on names Japan; the agreement is between the two
    text = ("BEIJING — Chinese President Xi Jinping and Japanese Prime Minister Fumio Kishida agreed on Thursday"
            " to seek a solution to a dispute over Japanese seafood imports.")
    assert keyed(events(text, published="2023-11-17", settings=ALL)) == {("AGREE", "CHNGOV", "JPNGOV")}


def test_a_joined_verb_with_an_auxiliary_of_its_own_keeps_its_own_tense() -> None:
    # "will build a fence and has deployed 10,000 soldiers": the deployment is done; only a
    # verb with no auxiliary of its own shares "will"
    text = "WARSAW — Poland will build a fence along its border with Belarus and has deployed 10,000 soldiers to the frontier."
    assert {(e.plover, e.modality) for e in events(text, published=PUB, settings=ALL)} == {("MOBILIZE", "asserted")}
    text = "WARSAW — Poland will build a fence and deploy 10,000 soldiers to the border."
    assert {(e.plover, e.modality) for e in events(text, published=PUB, settings=ALL)} == {("MOBILIZE", "future")}


def test_people_flown_in_are_carried_not_a_visit() -> None:
    # "flying in migrants", the particle parsed as a preposition: the migrants are carried
    assert coded("WARSAW — Poland accuses Belarus of flying in migrants from the Middle East.") == {("ACCUSE", "POL", "BLR")}


def test_a_ceasefire_suspended_or_ended_is_broken() -> None:
    # CAMEO's verb dictionary: CALLED_OFF, ABANDON * &CEASEFIRE 196, with the side it was
    # agreed with (it is no official suspended from duty)
    assert coded("BOGOTA — The government suspended its ceasefire with the ELN on Tuesday.") == {("ASSAULT", "COLGOV", "COLREBELN")}
    assert coded("BOGOTA — The government ended the truce with the rebels.") == {("ASSAULT", "COLGOV", "COLREB")}


def test_a_habit_told_in_the_present_is_no_event() -> None:
    # "bandits often seize people for ransom": what they do from time to time, no act at a time
    assert coded("ABUJA — Armed gangs known as bandits often seize people for ransom in the region.") == set()
    assert coded("LAGOS — Police arrested protesters in Lagos.") == {("COERCE", "NGACOP", "NGACVL")}


def test_a_full_name_said_again_is_the_person_named_before() -> None:
    # the headline's "U.S. journalist Evan Marsh", the lead's "Wall Street Journal reporter Evan
    # Marsh": the same person, of the country the headline gave (not the dateline's)
    text = ("Russian court jails U.S. journalist Evan Marsh\n\nMOSCOW (AP) — A Russian court on Friday convicted"
            " Wall Street Journal reporter Evan Marsh of espionage.")
    assert target_countries(text, "SANCTION") == {"USA"}
    # (and after a title that gives no country of its own: "Daily Ledger reporter Evan Marsh")
    text = ("Russian court jails U.S. journalist Evan Marsh\n\nMOSCOW (AP) — A Russian court on Friday convicted"
            " Daily Ledger reporter Evan Marsh of espionage. Prosecutors accused Marsh of spying.")
    assert target_countries(text, "SANCTION") == {"USA"}
    assert target_countries(text, "ACCUSE") == {"USA"}


def test_latin_american_is_no_american() -> None:
    # "Latin American governments": of the region, not the United States (nor does the
    # military they condemn become American)
    text = "LA PAZ — The Organization of American States and several Latin American governments condemned the military's actions."
    assert coded(text) == {("ACCUSE", "IGOLAMOAS", "BOLMIL")}


def test_a_reproach_after_a_comma_is_made_when_said() -> None:
    # "said it would close several Russian properties, accusing Moscow of sabotage": the
    # accusation is made in saying so, not one to come with the closing
    text = ("LONDON — Britain expelled Russia's defence attache on Wednesday and said it would close several Russian"
            " diplomatic properties, accusing Moscow of a campaign of sabotage.")
    assert ("ACCUSE", "asserted") in {(e.plover, e.modality) for e in events(text, published=PUB, settings=ALL)}


def test_what_someone_is_given_time_to_do_is_not_done() -> None:
    # "gave the defendants until Aug. 25 to surrender": the surrender is to come, and it is
    # the defendants', not the prosecutor's
    assert coded("ATLANTA — The prosecutor gave the defendants until Aug. 25 to surrender voluntarily.") == set()


def test_a_saying_with_only_its_own_country_as_target_is_no_event() -> None:
    # "said on Tuesday at a conference in Berlin": where it was said; a saying (CAMEO 010)
    # needs someone spoken to, and a country is never its own target
    text = "BERLIN — Germany will build a new factory, Chancellor Olaf Scholz said on Tuesday at a reconstruction conference in Berlin."
    assert coded(text) == set()


def test_arms_sent_by_their_kind_are_aid() -> None:
    # "will send a third air defence system to Ukraine": arms named by their kind (a system,
    # drones) are material aid, as "weapons" are
    assert coded("TEHRAN — Iran sent drones to Russia.") == {("AID", "IRN", "RUS")}
    text = "BERLIN — Germany will send a third air defence system to Ukraine, Chancellor Olaf Scholz said on Tuesday."
    assert {(e.cameo[:2], e.target.code if e.target else None) for e in events(text, published=PUB, settings=ALL)} == {("03", "UKR")}


def test_what_talks_are_about_is_no_act_of_its_own() -> None:
    # "talks on a Gaza ceasefire": the ceasefire is what the talks are about, none declared
    assert {k[0] for k in coded("TEL AVIV — Blinken arrives in Israel for talks on Gaza ceasefire")} == {"CONSULT"}


def test_a_person_seized_is_abducted_or_arrested() -> None:
    # CAMEO's verb dictionary: SEIZE * MINISTER, * ENGINEER 181 (abduct), POLICE * 173; seizing
    # weapons or a town stays a seizure (171)
    assert coded("BIRMINGHAM — The gang seized Tariq Mahmood from a car park in Smethwick.") == {("ASSAULT", "GBRCRM", "GBR")}
    assert coded("BIRMINGHAM — Police seized Tariq Mahmood at his home.") == {("COERCE", "GBRCOP", "GBR")}
    assert coded("GAO — Rebels seized weapons from the army.") == {("COERCE", "MLIREB", "MLIMIL")}


def test_a_reproach_made_in_asking_is_the_asker_s() -> None:
    # "asked the court to order Israel to halt its operations in Gaza, accusing it of
    # genocide": the one who asks accuses, when asking (not a wish), and "it" is Israel, not
    # the place its operations are in
    text = ("THE HAGUE — South Africa asked the International Court of Justice on Thursday to order Israel to halt its"
            " military operations in Gaza, accusing it of committing genocide against Palestinians.")
    evs = events(text, published=PUB, settings=ALL)
    assert {(e.plover, e.source.code if e.source else None, e.target.code if e.target else None, e.modality) for e in evs
            if e.plover == "ACCUSE"} == {("ACCUSE", "ZAF", "ISR", "asserted")}


def test_a_body_is_no_him() -> None:
    # "tried to dissolve the legislature, and police detained him": "him" is the president
    text = ("LIMA — Congress voted to remove President Pedro Vargas hours after he tried to dissolve the legislature,"
            " and police detained him as he travelled to the Mexican embassy.")
    assert target_countries(text, "COERCE") == {"PER"}
    assert ("COERCE", "PERCOP", "PERLEG") not in coded(text)


def test_an_office_holder_removed_from_office() -> None:
    # CAMEO's verb dictionary: REMOVE * (FROM OFFICE) [160]; done to its own country's
    # official, an administrative sanction (172) as a suspension is; debris removed is nothing
    assert coded("LIMA — Peru's Congress voted on Wednesday to remove President Pedro Vargas from office.") == {
        ("COERCE", "PERLEG", "PERGOV")}
    assert coded("LIMA — Workers removed debris from the road.") == set()


def test_the_case_named_again_is_the_accuser_s() -> None:
    # "... accusing it of genocide. ... The United States said the case was meritless": the
    # case is the accuser's, not the demonstrators' who rallied since
    text = ("THE HAGUE — South Africa accused Israel of genocide at the World Court on Thursday. Dozens of demonstrators"
            " rallied outside the Peace Palace. The United States said the case was meritless.")
    assert ("ACCUSE", "USA", "ZAF") in coded(text)
    assert not any(k[0] == "ACCUSE" and k[1] == "USA" and k[2] != "ZAF" for k in coded(text))


def test_what_a_word_is_said_to_mean_is_no_act() -> None:
    # "'neutralised', a term it uses to mean killed or captured": a word's meaning, no one
    # killed by the one who uses the word (nor does it lend that doer to another telling)
    text = ("ANKARA — Nine soldiers were killed in clashes near the border on Tuesday. The ministry said 48 militants were"
            " \"neutralised\" in the strikes, a term it uses to mean killed or captured.")
    assert ("ASSAULT", None, "TURMIL") in coded(text)
    assert not any(k[1] == "TURGOV" for k in coded(text))


def test_a_border_crossing_s_neighbour_is_no_target() -> None:
    # "seized the border crossing with Egypt": the crossing is on the border, Egypt is across
    # it and is not what is seized
    text = "CAIRO — Israeli tanks entered the eastern part of Rafah and seized the border crossing with Egypt, the military said."
    assert target_countries(text, "COERCE") == {None}


def test_delegations_from_a_state_or_a_group_are_theirs() -> None:
    # "hosted delegations from Hamas and Israel": whose the "from" names, not the hosts'
    assert coded("CAIRO — Egyptian mediators hosted delegations from Hamas and Israel in Cairo on Monday.") == {
        ("CONSULT", "EGYGOV", "PSEREBHMS"), ("CONSULT", "EGYGOV", "ISRGOV")}


def test_an_offensive_pressed_is_carried_on() -> None:
    # CAMEO's verb dictionary: PRESS * OFFENSIVE [195], * COUNTER-OFFENSIVE [190]: an
    # offensive pressed is carried on, no one is urged (but "pressed Netanyahu to agree" urges)
    assert {k[0] for k in coded("KYIV — Russia pressed its offensive in the east.")} == {"ASSAULT"}
    assert {k[0] for k in coded("WASHINGTON — Blinken pressed Netanyahu to agree to a ceasefire.")} == {"REQUEST"}


def test_a_mediator_that_hosts_mediates_between_its_guests() -> None:
    # "Erdogan hosted Abiy and Mohamud for talks mediated by Turkey": the parties mediated are
    # the guests, not the host, who is the mediator's own
    text = ("ANKARA — Erdogan hosted Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud"
            " in Ankara for talks mediated by Turkey.")
    assert {k[2][:3] for k in coded(text) if k[0] == "CONSULT" and k[1] == "TUR"} == {"ETH", "SOM"}


def test_a_failure_to_agree_is_no_refusal() -> None:
    # "EU leaders failed to agree on a new sanctions package against Russia": REJECT comes
    # only from words of refusal; a failure to agree is an agreement not reached
    evs = events("BRUSSELS — EU leaders failed to agree on a new sanctions package against Russia.", published=PUB, settings=ALL)
    assert {(e.plover, e.modality) for e in evs} == {("AGREE", "negated")}
    assert {k[0] for k in coded("KYIV — Russia refused to agree to a ceasefire.")} == {"REJECT"}


def test_a_country_named_in_what_the_subject_is_to_do_is_not_its_own() -> None:
    # "the prime minister is expected to announce new sanctions on Iran", from London: Iran is
    # what the sanctions are on, not the prime minister's country
    text = "LONDON — The prime minister is expected to announce new sanctions on Iran later this week."
    assert source_codes(text, "THREATEN") == {"GBRGOV"}


def test_police_acting_during_protests_are_not_its_protesters() -> None:
    # "police killed 12 people during protests": the police act during the protest, they do
    # not protest (the youths who throw stones during one do)
    assert coded("NAIROBI — Police killed 12 people during protests against the tax bill.") == {("ASSAULT", "KENCOP", "KENCVL")}
    assert ("PROTEST", "KENCVL", None) in coded("NAIROBI — Youths threw stones during demonstrations against the tax bill.")


def test_the_sides_of_a_deal_are_the_act_s_it_names() -> None:
    # "approved a ceasefire deal with Hezbollah": the ceasefire is with Hezbollah, however the
    # parser hangs the two nouns
    assert coded("JERUSALEM — Israel's cabinet approved a ceasefire deal with Hezbollah on Tuesday.") == {
        ("RETREAT", "ISRGOV", "LBNREBHEZ")}


def test_a_crime_group_is_criminals() -> None:
    # "members of the 'Ndrangheta crime group": a crime group's members are criminals (CRM)
    assert coded("ROME — Italian police arrested 14 members of the 'Ndrangheta crime group in raids across Calabria.") == {
        ("COERCE", "ITACOP", "ITACRM")}


def test_a_deadline_given_is_an_ultimatum() -> None:
    # "gave Niger's junta one week to reinstate the president or face military action", the
    # span parsed as an adverb: CAMEO's GIVE * DEADLINE [139], no aid given
    text = "ABUJA — ECOWAS leaders gave Niger's junta one week to reinstate the ousted president or face possible military action."
    assert coded(text) == {("THREATEN", "IGOWAFWAS", "NERMIL")}


def test_of_two_sides_none_kills_its_own_forces() -> None:
    # "India and Pakistan exchanged fire, killing two soldiers": the soldiers (the dateline's)
    # were killed by the other side
    text = "NEW DELHI — India and Pakistan exchanged fire along the Line of Control on Sunday, killing two soldiers, officials said."
    assert ("ASSAULT", "PAK", "INDMIL") in coded(text)
    assert ("ASSAULT", "IND", "INDMIL") not in coded(text)


def test_stern_representations_lodged_are_a_formal_protest() -> None:
    # "lodged stern representations with Washington": a state's formal protest (CAMEO 114) to
    # whom it is lodged with; a party's representation in parliament is nothing
    assert coded("BEIJING — China lodged stern representations with Japan.") == {("ACCUSE", "CHN", "JPN")}
    assert coded("LONDON — The party's representation in parliament grew.") == set()


def test_control_taken_of_a_place_occupies_it() -> None:
    # CAMEO's verb dictionary: TAKE * CONTROL +, SEIZE * CONTROL [192] (occupy territory), of
    # the country the place is in; control of a club taken is no event
    text = "KHARTOUM — The RSF took control of Wad Madani, Sudan's second-largest city, after the army withdrew."
    assert ("COERCE", "SDNREBRSF", "SDN") in keyed(events(text, published="2023-12-20", settings=ALL))
    assert coded("LONDON — The new owners took control of the club.") == set()


def test_the_attackers_read_once_are_the_same_for_every_act_of_their_sentence() -> None:
    # "Gunmen killed 15 worshippers ... The attackers stormed the church and opened fire,
    # killing 12 people": the attackers are the gunmen for the storming and for the killing
    text = ("OUAGADOUGOU — Gunmen killed 15 worshippers during Sunday mass in a village in northeastern Burkina Faso."
            " The attackers stormed the church and opened fire on the congregation, killing 12 people on the spot.")
    assert {k[1] for k in coded(text) if k[0] == "ASSAULT"} == {"BFAREB"}


def test_a_reproach_before_a_reporting_clause_is_the_doer_s() -> None:
    # "expelled three French diplomats, accusing them of subversive activities, the foreign
    # ministry said": the ones who expel accuse, not the ministry that reports it
    text = ("OUAGADOUGOU — Burkina Faso's military government expelled three French diplomats on Thursday, accusing them"
            " of subversive activities, the foreign ministry said.")
    assert source_codes(text, "ACCUSE") == {"BFAMIL"}


def test_an_act_two_agree_on_against_a_group_of_one_of_them_is_aimed_at_the_group() -> None:
    # "Turkey and Iraq agreed to jointly fight the PKK": the fighting is the PKK's to suffer,
    # not the two sides' against each other (only a state or its government is one of the sides)
    text = "ANKARA — Turkey and Iraq agreed to jointly fight the PKK, the two countries' foreign ministers said."
    assert coded(text) == {("ASSAULT", "TUR", "TURREBPKK"), ("ASSAULT", "IRQ", "TURREBPKK")}


def test_someone_hanged_is_killed() -> None:
    # CAMEO's verb dictionary files HANG under KILL with BEHEAD: "hanged two men convicted of
    # spying" kills them; a telephone hung up or posters hung on a wall are no one's death
    text = "TEHRAN — Iran hanged two men convicted of spying for Israel, the judiciary said."
    assert ("ASSAULT", "IRN", "IRNCVL") in coded(text)
    assert coded("LONDON — The minister hung up the phone.") == set()


def test_an_act_told_as_an_answer_is_not_the_act_it_answers() -> None:
    # the guideline codes an act told twice once, taking the doer from the telling that names
    # one; an act told "in response" is another act, by the other side: "an attack killed six
    # soldiers ... Indian troops fired on Pakistani posts in response" names no doer of the attack
    first = "KARACHI — A suicide attack on a Pakistani army camp killed six soldiers on Saturday."
    answer = first + " Indian troops fired on Pakistani border posts in response on Sunday, the army said."
    assert (None, "PAKMIL") in {(k[1], k[2]) for k in coded(answer) if k[0] == "ASSAULT"}
    told_again = first + " Indian troops fired on Pakistani border posts, the army said."
    assert {k[1] for k in coded(told_again) if k[0] == "ASSAULT"} == {"INDMIL"}


def test_people_killed_where_forces_struck_abroad_are_of_the_country_struck() -> None:
    # civilians are of where they are (the guideline): "jets bombed hideouts in Afghanistan's
    # Khost province, killing eight people", from Islamabad, kills Afghans, not Pakistanis
    text = "ISLAMABAD — Pakistani jets bombed hideouts in Afghanistan's Khost province on Monday, killing eight people."
    assert ("ASSAULT", "PAKMIL", "AFGCVL") in coded(text)
    text = "MOSCOW — Russian missiles hit Ukrainian cities overnight, killing 20 people, officials said."
    assert ("ASSAULT", "RUS", "UKRCVL") in coded(text)
    # at home, or killed beside a foreign soldier, they stay of the dateline's country
    assert ("ASSAULT", "SYRMIL", "SYRCVL") in coded("DAMASCUS — Syrian troops shelled Homs on Monday, killing 12 people.")
    text = "KABUL — A Taliban car bomb in Kabul killed an American soldier and 11 other people on Thursday."
    assert "USACVL" not in {k[2] for k in coded(text)}


def test_it_in_a_relative_clause_under_a_preposition_is_the_speaker_above() -> None:
    # "it" stands for the subject of a clause that governs it (grammar); a preposition and its
    # object are one step up the parse, so "the raids targeted leaders of al-Shabaab, which it
    # blames", told by the ministry, is the ministry's blame, not the jets' named before
    text = ("NAIROBI — Kenyan jets struck camps in Somalia on Monday. Kenya's interior ministry said the raids targeted"
            " leaders of al-Shabaab, which it blames for the bombing in Garissa.")
    assert source_codes(text, "ACCUSE") == {"KENGOV"}


def test_a_participle_after_an_inserted_clause_is_the_sentences_verb() -> None:
    # a sentence has a verb: "Norway, which has ties with both sides, called on them to ..." is
    # Norway's call, though the parse reads "called" as describing Norway (the one acted on)
    text = ("ADDIS ABABA — Ethiopia and Eritrea traded accusations on Monday. Norway, which has close ties with both"
            " governments, called on them to resolve their differences through dialogue.")
    assert ("REQUEST", "NOR") in {k[:2] for k in coded(text)}
    # a headline's participle still tells what was done to its noun
    assert ("ASSAULT", None, "NGACVL") in coded("Three villagers killed in Nigeria attack")


def test_a_place_of_a_clause_with_its_own_subject_is_not_the_acts() -> None:
    # an act with no target is aimed at the country where it happens (CAMEO coders' reading);
    # a place told in a clause with a subject of its own is where that clause is set
    text = "SANAA — The rebels said they had attacked the tanker because it was sailing to ports in Israel."
    assert "ISR" not in {k[2] for k in coded(text)}
    assert ("ASSAULT", "MLIREB", "NER") in coded("BAMAKO — Rebels attacked a convoy in Niger on Sunday.")


def test_an_act_kept_up_is_the_act_announced() -> None:
    # CAMEO's VOW ATTACK (138): "pledged to continue fighting the army" threatens the army; the
    # act is the gerund the aspect verb carries, not a promise of its own beside a threat
    text = "MOGADISHU — Al-Shabaab pledged to continue fighting the army, its spokesman said."
    assert coded(text) == {("THREATEN", "SOMREBSHB", "SOMMIL")}


def test_a_gangs_or_a_militias_leader_is_of_it() -> None:
    # the Phoenix agents dictionary's X_LEADER rows are of X (COUP_LEADER ~REB; GANG ~CRM): a
    # gang leader named is a criminal, not a government leader, when his surname acts later
    text = ("PORT-AU-PRINCE — Gang leader Louis Darbouze spoke on the radio on Monday."
            " Darbouze demanded the resignation of the prime minister.")
    assert source_codes(text, "REQUEST") == {"HTICRM"}
    text = "BANGUI — Militia leader Paul Ngaba spoke on the radio on Monday. Ngaba demanded the resignation of the president."
    assert source_codes(text, "REQUEST") == {"CAFREB"}


def test_the_gunmen_are_the_doers_of_an_assault_not_of_a_curfew() -> None:
    # "the gunmen" is the lead's name again for the doers of an act of force told before it; a
    # state of emergency and a curfew are coercion, not force, and their doer no gunman
    text = ("PORT-AU-PRINCE — Gangs stormed the national penitentiary on Saturday. The government declared a state of"
            " emergency and ordered a curfew on Sunday. The gunmen then attacked the main police station.")
    assert ("ASSAULT", "HTICRM", "HTICOP") in coded(text)
    assert ("ASSAULT", "HTIGOV", "HTICOP") not in coded(text)


def test_an_act_noun_named_again_is_the_one_whose_doer_was_named_with_it() -> None:
    # "the proposal" names again the proposal named before with whose it is ("a Qatari
    # proposal"), not the acceptance told since: welcoming it supports the proposer
    text = ("KHARTOUM — The army and the RSF accepted a Saudi proposal for talks on Tuesday."
            " Prime Minister Omar Saleh welcomed the proposal on Wednesday.")
    assert target_countries(text, "SUPPORT") == {"SAU"}


def test_a_person_named_of_a_country_is_of_it_wherever_the_story_is_filed() -> None:
    # the issue's "of X": "President Omar Saleh of Sudan", "Omar Saleh of Sudan", in a story
    # from Doha, are Sudanese, though the country is named after the title
    assert ("CONSULT", "SDNGOV", "QATGOV") in coded("DOHA — President Omar Saleh of Sudan met the emir on Wednesday.")
    assert ("CONSULT", "SDN", "QATGOV") in coded("DOHA — Omar Saleh of Sudan met the emir on Wednesday.")


def test_drills_named_again_are_the_exercises_told() -> None:
    # "the drills" names again the exercises the lead told (a show of force, CAMEO 150), and
    # criticising them is aimed at the side that held them, not at the last shelling told
    text = ("TOKYO — China launched military exercises around Taiwan on Thursday. On Friday, North Korean troops fired"
            " artillery shells near the border with South Korea. Japan criticised the drills.")
    assert {k[2] for k in coded(text) if k[0] == "ACCUSE"} == {"CHN"}


def test_a_defendants_lawyers_are_not_the_court_the_lead_names_next() -> None:
    # the guideline's passive keeps no source "unless the lead says who did it": a court or
    # prosecutors named next did it; the defendant's lawyers, of the judiciary's agents, did not
    text = ("DENVER — A police officer was sentenced to 20 years in prison on Monday."
            " His lawyers said they would appeal the verdict.")
    assert {k[1] for k in coded(text) if k[0] == "SANCTION"} == {None}
    text = ("DENVER — A police officer was sentenced to 20 years in prison on Monday."
            " The judge said the officer had shown no remorse.")
    assert {k[1] for k in coded(text) if k[0] == "SANCTION"} == {"USAJUD"}


def test_a_deed_dated_after_publication_is_not_done() -> None:
    # the guideline's future: what is to happen is not asserted; a deed the sentence dates
    # after the story was published ("when he is sentenced next month") has not been done,
    # though its verb is in the present; words said now of what is to come are still said
    text = "DENVER — The officer faces life in prison when he is sentenced by the court next month."
    assert {e.modality for e in events(text, published=PUB, settings=ALL) if e.plover == "SANCTION"} == {"future"}
    text = "TASHKENT — The two presidents agreed on Thursday to open two new border crossings next year."
    assert {e.modality for e in events(text, published=PUB, settings=ALL) if e.plover == "AGREE"} == {"asserted"}


def test_a_nationality_word_qualifying_a_noun_is_not_what_its_stands_for() -> None:
    # "its" stands for a noun phrase named before it; "Israeli" in "an Israeli strike" only
    # qualifies the strike, so "its embassy" is Iran's
    text = "TEHRAN — Iran said an Israeli strike on its embassy in Damascus had killed seven officers."
    assert ("ASSAULT", "ISR", "IRNGOV") in coded(text)
    assert ("ASSAULT", "ISR", "ISRGOV") not in coded(text)


def test_revenge_vowed_is_a_threat_and_its_cause_is_done() -> None:
    # CAMEO's verb dictionary: VOW * REVENGE [138], VOW * SUPPORT [051]; the act the revenge is
    # "for" is its cause, done before, not an act announced
    text = "TEHRAN — Iran vowed revenge for an Israeli strike on its consulate in Damascus."
    assert coded(text) == {("THREATEN", "IRN", "ISR"), ("ASSAULT", "ISR", "IRNGOV")}
    assert coded("KYIV — Ukraine vowed support for Moldova.") == {("SUPPORT", "UKR", "MDA")}


def test_its_act_named_in_a_clause_is_the_subjects_when_named_again() -> None:
    # "in its first direct attack" names Iran's act ("its": the clause's subject); "condemned
    # the attack" later is aimed at Iran, not at the Israeli strike told after it as a cause
    text = ("JERUSALEM — Iran launched drones and missiles at Israel late on Saturday in its first direct attack on"
            " Israeli territory, in retaliation for a suspected Israeli strike on its embassy in Damascus."
            " U.S. President Joe Biden condemned the attack.")
    assert {k[2] for k in coded(text) if k[0] == "ACCUSE"} == {"IRN"}


def test_the_act_an_answer_is_for_is_not_itself_an_answer() -> None:
    # "in retaliation for the attack by Pakistani militants": the answer is the strikes; the
    # attack it is for is the one told before, whose doer the lead names here
    text = ("SRINAGAR — A bomb attack killed four Indian soldiers in Kashmir on Monday. India launched strikes on Pakistan"
            " on Tuesday in retaliation for the attack by Pakistani militants on its soldiers.")
    assert ("ASSAULT", "PAKREB", "INDMIL") in coded(text)
    assert (None, "INDMIL") not in {(k[1], k[2]) for k in coded(text)}


def test_property_set_on_fire_is_not_the_shooting_told_before() -> None:
    # an act told twice is coded once, with the doer the other telling names (the guideline);
    # trucks set on fire are property destroyed (1712), not the shooting of two aides
    text = ("MAPUTO — The opposition leader left the country after two of his aides were shot dead in their car."
            " On Friday, protesters set fire to trucks on the Mozambican side of the border.")
    assert {k[1] for k in coded(text) if k[0] == "ASSAULT" and k[2] != "MOZ"} == {None}


def test_a_border_closed_with_a_neighbour_is_aimed_at_it() -> None:
    # CAMEO 191 (restrict movement): closing the border crossing with a neighbour acts on the
    # neighbour; a town captured on the border with one does not
    assert ("COERCE", "ZAF", "MOZ") in coded("PRETORIA — South Africa closed its main border crossing with Mozambique on Thursday.")
    assert "CHN" not in {k[2] for k in coded("YANGON — Rebels captured a town on the border with China on Thursday.")}


def test_a_negation_inside_a_condition_is_supposed_not_denied() -> None:
    # the guideline's hypothetical: "if he did not resign" supposes, it does not tell that he
    # did not
    text = ("SEOUL — President Park Min-ho declared martial law on Tuesday. The opposition said it would file"
            " impeachment charges against him if he did not resign immediately.")
    assert {e.modality for e in events(text, published=PUB, settings=ALL) if e.cameo.startswith("083")} == {"hypothetical"}


def test_an_agreement_of_two_on_the_release_of_people_is_between_the_two() -> None:
    # cooperation between the members of a compound subject is mutual; the people it is about
    # ("the release of hostages"), of no country the text names, are not whom it is with
    text = "CAIRO — Israel and Hamas have agreed to a ceasefire in Gaza and the release of hostages, Egypt said on Wednesday."
    assert {frozenset(k[1:]) for k in coded(text) if k[0] == "AGREE"} == {frozenset({"ISR", "PSEREBHMS"})}


def test_the_one_a_relative_pronoun_stands_for_did_what_it_is_accused_of() -> None:
    # "accused X of Ving": X did it (the guideline's reported act); in "the Emirates, which it
    # accuses of supplying weapons", X is the Emirates the pronoun stands for
    text = ("PORT SUDAN — Sudan's government cut diplomatic ties with the United Arab Emirates, which it accuses of"
            " supplying weapons to the RSF.")
    assert source_codes(text, "AID") == {"ARE"}


def test_someone_described_as_charged_is_the_one_charged() -> None:
    # a participle of charging with no object of its own is a passive (the guideline's passive:
    # no source unless the lead says who did it): "an activist and publisher charged with
    # treason" is charged, not charging the court that tries him
    text = "ABUJA — Separately, a court in Abuja adjourned the trial of Emeka Obi, an activist and publisher charged with treason."
    assert {(k[1], k[2]) for k in coded(text) if k[0] == "ACCUSE"} <= {(None, "NGAOPP"), (None, "NGAMED")}
    assert coded(text)


def test_a_court_named_next_did_not_bring_the_charge() -> None:
    # charging is the prosecution's act: a magistrate or a court the lead names next heard the
    # case (the guideline's passive keeps no source unless the lead says who did it); a court
    # named next does sentence
    charged = ("SYDNEY — Three men were charged with importing cocaine on Tuesday."
               " Magistrate Helen Kostas refused them bail at the Downing Centre court.")
    assert {k[1] for k in coded(charged) if k[0] == "ACCUSE"} == {None}
    sentenced = ("DENVER — A police officer was sentenced to 20 years in prison on Monday."
                 " The judge said the officer had shown no remorse.")
    assert {k[1] for k in coded(sentenced) if k[0] == "SANCTION"} == {"USAJUD"}


def test_the_victims_own_vehicle_is_not_the_doer() -> None:
    # a clause telling how a passive's act was done names the doer ("when an Israeli missile
    # struck their car"); not when its subject is the victim's own ("when his armoured vehicle
    # hit a roadside bomb": no one is named)
    text = "PARIS — France said one of its soldiers was killed on Saturday when his armoured vehicle hit a roadside bomb."
    assert {k[1] for k in coded(text) if k[0] == "ASSAULT"} == {None}
    assert ("ASSAULT", "ISR", "PSECVL") in coded("GAZA — Three people were killed when an Israeli missile struck their car.")


def test_forces_sent_are_what_is_moved_not_whom_it_is_aimed_at() -> None:
    # as with a withdrawal, what a deployment moves is no target; where it is sent to is
    # ("sent troops to Estonia", with "to" parsed as a dative too)
    text = ("TEHRAN — Iran's Revolutionary Guards shot down a U.S. military drone over the Strait of Hormuz on Thursday."
            " The United States, which has imposed sweeping sanctions on Iran's oil exports, has sent an aircraft carrier"
            " and 1,500 extra troops to the Middle East in recent weeks.")
    assert {k[2] for k in coded(text) if k[0] == "MOBILIZE"} == {None}
    assert ("MOBILIZE", "GBR", "EST") in coded("LONDON — Britain sent troops to Estonia on Monday.")


def test_what_a_relative_pronoun_stands_for_after_agree_is_the_thing_agreed() -> None:
    # "a ceasefire that Russia and Turkey agreed": the pronoun is the ceasefire, no actor; the
    # agreement is between the two (the Syrian army named before is not whom they agreed with)
    text = ("DAMASCUS — The Syrian army pressed its offensive in Idlib on Monday. The offensive has continued despite a"
            " ceasefire that Russia and Turkey agreed in August.")
    assert {frozenset(k[1:]) for k in coded(text) if k[0] == "AGREE"} == {frozenset({"RUS", "TUR"})}


def test_a_person_described_by_an_office_is_not_of_where_they_meet() -> None:
    # an office-holder is not of where he meets others (the issue: a person takes country and
    # role from an apposition); "the president's personal lawyer, Martin Gale" met Ukrainians in
    # Madrid, from a story filed in Washington: American, not Spanish
    text = "WASHINGTON — The president's personal lawyer, Martin Gale, met Ukrainian officials in Madrid."
    assert source_codes(text, "CONSULT") == {"USAJUD"}


def test_an_act_called_an_act_of_war_or_regrettable_is_denounced() -> None:
    # a name of reproach given to an act criticises its doer (CAMEO 111): "an act of war" with
    # its "of", "regrettable"; "an act of kindness" is no reproach
    text = ("ISLAMABAD — India launched missile strikes on Pakistan on Wednesday."
            " Prime Minister Shehbaz Sharif called the strikes an act of war.")
    assert ("ACCUSE", "IND") in {(k[0], k[2]) for k in coded(text)}
    text = ("BEIJING — India launched missile strikes on Pakistan on Wednesday."
            " China, a close ally of Pakistan, called India's action regrettable.")
    assert ("ACCUSE", "CHN", "IND") in coded(text)
    assert coded("LONDON — The minister called the decision an act of kindness.") == set()


def test_the_ones_an_attack_was_made_on_did_not_do_what_it_did() -> None:
    # "the attack on Hindu tourists that killed 26 men": the pronoun stands for the attack
    # (grammar: the parser hangs the clause on the nearest noun), not for the tourists
    text = "NEW DELHI — India blamed Pakistan for last month's attack on Hindu tourists that killed 26 men."
    assert {k for k in coded(text) if k[0] == "ASSAULT" and k[1] == "INDCVL"} == set()
    assert ("ASSAULT", "INDREB", "INDCVL") in coded("NEW DELHI — Police arrested the gunmen who killed 26 tourists.")


def test_talks_named_again_as_hosted_are_the_two_sides_talks() -> None:
    # a host receives the sides of the talks it hosts (CAMEO 043); "the talks" named again, the
    # passive's subject, are between the sides just named
    text = ("PARIS — The presidents of Russia and Ukraine met in Paris on Monday. The talks were hosted by France's"
            " president at the Elysee Palace.")
    assert {k[2] for k in coded(text) if k[1] == "FRAGOV"} == {"RUSGOV", "UKRGOV"}


def test_what_a_fight_is_about_names_no_adversary_where_it_is_fought() -> None:
    # fighting is against an adversary (the issue: "fought poverty" is no event): a mutual act
    # takes its counterpart only by its own prepositions, also on its object; "fight the charges
    # in court" fights no court, "fought corruption in Kenya" no Kenya
    assert coded("SAO PAULO — The former president said he would fight the accusations in court.") == set()
    assert coded("NAIROBI — The governor fought the allegations in the High Court.") == set()
    assert coded("NAIROBI — The governor fought corruption in Kenya for a decade.") == set()
    assert ("ASSAULT", "SOMREB", "KENMIL") in coded("NAIROBI — Somali militants fought Kenyan soldiers in Lamu on Tuesday.")


def test_a_military_site_is_of_the_place_it_lies_in() -> None:
    # a place that stands for the forces who use it is of the country where it lies, as a
    # military base is (the Phoenix agents' MILITARY_BASE; roles.tsv's places): "a military site
    # in the Haifa area" struck from Yemen is Israel's, not Yemen's
    for text in ("SANAA — The Houthis said they targeted a military site in the Haifa area with a missile.",
                 "SANAA — The Houthis said they targeted a military facility near Haifa with a drone."):
        assert target_countries(text, "ASSAULT") == {"ISR"}, text


def test_a_ruling_named_again_is_the_courts() -> None:
    # a ruling is a court's decision, as a verdict is: the one a party calls it names is the
    # court that convicted, not the police who acted since
    text = ("ANKARA — A court convicted the opposition mayor of insulting officials on Monday. Police detained dozens"
            " of protesters. His party called the ruling a political vendetta.")
    assert {k[2] for k in coded(text) if k[0] == "ACCUSE"} == {"TURJUD"}
    # the act of "ruled", named again by its own noun, is its subject's (a court ruling is
    # no coded event of its own)
    text = ("HONG KONG — Police fired tear gas at students on Monday. The High Court ruled that the curfew was"
            " unlawful. Beijing condemned the ruling.")
    assert {k[2] for k in coded(text) if k[0] == "ACCUSE"} == {"HKGJUD"}


def test_military_cooperation_ended_stops_military_assistance() -> None:
    # CAMEO's verb dictionary: HALT (end, stop, suspend, terminate) * {MILITARY COOPERATION},
    # {SECURITY COOPERATION} is 1622, reduce or stop military assistance, with whom it was had;
    # a defence cooperation agreement is such cooperation
    evs = events("N'DJAMENA — Chad ended its defence cooperation agreement with Portugal on Thursday.", published=PUB, settings=ALL)
    assert [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs] == [("1622", "TCD", "PRT")]
    assert coded("BAMAKO — The junta suspended security cooperation with Paris and Berlin.") == {
        ("SANCTION", "MLIMIL", "FRA"), ("SANCTION", "MLIMIL", "DEU")}


def test_an_offer_to_mediate_is_an_intent_to_mediate() -> None:
    # CAMEO 039, express intent to mediate: more specific than an intent to meet (036)
    evs = events("LUANDA — Angola offered to mediate between Kinshasa and Kigali.", published=PUB, settings=ALL)
    assert {(e.cameo, e.target.code if e.target else None) for e in evs} == {("039", "COD"), ("039", "RWA")}


def test_staff_or_an_embassy_evacuated_reduce_relations() -> None:
    # CAMEO's verb dictionary: EVACUATE * STAFF, {FOREIGN PEOPLE} 160, * EMBASSY 161, aimed at
    # where they are taken from; families or refugees evacuated are humanitarian aid (073)
    assert coded("KINSHASA — The United Nations evacuated its staff from Bukavu on Sunday.") == {("SANCTION", "IGOUNO", "COD")}
    assert ("SANCTION", "GBR", "SDN") in coded("LONDON — Britain evacuated its embassy in Khartoum on Sunday.")
    assert {k[0] for k in coded("KINSHASA — Soldiers evacuated hundreds of families from Bukavu.")} == {"AID"}


def test_what_is_returned_codes_a_return() -> None:
    # CAMEO's verb dictionary codes RETURN by what is returned (* PRISONERS 0841, * IMMIGRANTS
    # 174, * PROPERTY 0842), never alone: people going back to their villages act on no one
    text = "BEIRUT — Soldiers opened fire on residents trying to return to villages in the south on Sunday."
    assert {k for k in coded(text) if k[0] == "RETREAT"} == set()
    assert coded("KYIV — Russia returned 150 prisoners to Ukraine on Friday.") == {("RETREAT", "RUS", "UKR")}
    assert ("COERCE", "USA", "GTM") in coded("WASHINGTON — The United States returned 200 migrants to Guatemala.")


def test_an_act_after_which_something_is_ordered_was_done() -> None:
    # a clause of time or cause in the past with its own subject tells what was done, a fact
    # the order presupposes, not part of what is ordered
    text = ("QUITO — The president ordered the army to neutralise the gangs after armed men stormed a radio station"
            " in Guayaquil.")
    assert ("ASSAULT", "ECUUAF", "ECUMED") in coded(text)
    # (what a state's own forces are ordered to do they do, the order no demand of another)
    assert {k[:2] for k in coded("QUITO — The president ordered the army to storm the prison.")} == {("ASSAULT", "ECUMIL")}


def test_an_embassy_closed_where_it_is_cuts_relations_with_that_state() -> None:
    # CAMEO's verb dictionary: CLOSE * EMBASSY 161; one's own embassy closed is aimed at the
    # state it is in, another's at whose it is
    assert coded("BEIJING — China temporarily closed its embassy in Quito.") == {("SANCTION", "CHN", "ECU")}
    assert coded("LONDON — Britain closed the Iranian embassy on Friday.") == {("SANCTION", "GBR", "IRNGOV")}
    assert coded("LONDON — Britain closed its embassy on Friday.") == set()


def test_a_participle_before_its_noun_names_no_doer() -> None:
    # "frees kidnapped schoolchildren", parsed as a clause under "frees": the children were
    # kidnapped, and who kidnapped them is not said (not the one who frees them)
    text = "Nigeria frees kidnapped schoolchildren\n\nKADUNA, March 24 - Soldiers freed 137 pupils on Sunday."
    assert {k for k in coded(text) if k[0] == "ASSAULT" and k[1] is not None} == set()
    assert ("RETREAT", "NGAMIL", "NGAEDU") in coded(text)


def test_the_two_countries_named_by_one_of_them_are_the_other() -> None:
    # an actor is never its own target (the issue: no target is invented): of "the two
    # countries" the speaker's own is not whom it warns
    text = ("OTTAWA — Canada demanded on Monday that China release a businessman, as the foreign minister warned"
            " that his detention would damage relations between the two countries.")
    assert {k[2] for k in coded(text) if k[0] == "THREATEN"} == {"CHN"}


def test_a_refusal_to_yield_is_to_the_one_pressing() -> None:
    # a refusal to yield (CAMEO 124) is aimed, as a retaliation is, at the doer of the hostile
    # act just told; with none told it keeps no target
    text = ("OTTAWA — The United States imposed tariffs on Canadian steel on Monday. \"We did not choose this fight,"
            " but we will not back down,\" the minister told reporters.")
    assert ("REJECT", "CANGOV", "USA") in coded(text)
    text = "TEHRAN — Washington imposed new sanctions on Iran's oil exports. The foreign ministry said Tehran would not bow to pressure."
    assert ("REJECT", "IRN", "USA") in coded(text)
    assert coded("TEHRAN — Iran's president said on Monday that Tehran would not bow to pressure.") == {("REJECT", "IRN", None)}


def test_a_retaliation_vowed_answers_the_hostile_act_told() -> None:
    # a retaliation answers the last hostile act of another country (as "said it would
    # retaliate" does), also when it is the complement of a vow
    text = ("WASHINGTON — The United States raised tariffs on $200 billion of Chinese goods on Friday, and China"
            " vowed to retaliate.")
    assert ("THREATEN", "CHN", "USA") in coded(text)


def test_hoping_someone_will_act_appeals_to_them() -> None:
    # CAMEO's verb dictionary: HOPE [020]; the one appealed to is the subject of what is hoped
    # for; a hope about things is no appeal to anyone
    assert coded("TOKYO — Japan hopes North Korea will return to talks, the minister said.") == {("REQUEST", "JPN", "PRK")}
    assert coded("TOKYO — The minister said he hoped the talks would succeed.") == set()


def test_what_a_placard_says_is_said_by_those_who_carry_it() -> None:
    # a sign says what its carriers say: "waved placards calling for the mayor to step down"
    text = "DURBAN — Hundreds of opposition supporters waved placards calling for the mayor to step down."
    assert coded(text) == {("REQUEST", "ZAFOPP", "ZAFGOV")}


def test_whom_an_act_of_force_is_done_for_is_not_its_target() -> None:
    # "for" after an act of force names whom it is done for, never whom it is done to; so it
    # is for an act of force a verb's object names ("agreed to carry out bombings")
    text = ("BERLIN — The main suspect is accused of agreeing to carry out bombings and arson attacks for a Russian"
            " intelligence agency.")
    assert {k for k in coded(text) if k[0] == "ASSAULT" and k[2] is not None} == set()


def test_a_charge_denied_after_an_accusation_leaves_the_accusing_asserted() -> None:
    # negation scope is the clause of its verb (the issue): "..., a charge Athens denies",
    # parsed with the accusation as the denial's complement, denies what was alleged, not
    # that it was alleged
    text = ("ANKARA — Turkey accused Greece of mistreating asylum seekers and pushing boats back into Turkish waters,"
            " a charge Athens denies.")
    evs = events(text, published=PUB, settings=ALL)
    assert {(e.plover, e.modality) for e in evs if e.cameo.startswith("112")} == {("ACCUSE", "asserted")}
    assert "negated" not in {e.modality for e in evs}


def test_the_national_police_are_of_the_story_s_country() -> None:
    # "national" qualifies a body as the nation's, the country the story is filed from, not
    # the other country its sentence names
    text = "PORT-AU-PRINCE — The Kenyan-led security mission said it had sent officers to support the national police."
    assert {k[2] for k in coded(text) if k[0] == "SUPPORT"} == {"HTICOP"}


def test_an_act_dated_long_before_the_story_is_not_the_attack_it_names() -> None:
    # an act told with a date long before publication is the story's background: "the attack"
    # condemned is the one the story reports, not an offensive begun a year before
    text = ("BANGKOK, Jan 9 — Military aircraft bombed a village in Rakhine state on Wednesday, killing 40 people."
            " The Arakan Army has seized most of the state since launching an offensive in November 2023."
            " The United Nations condemned the attack.")
    evs = events(text, published="2025-01-09", settings=ALL)
    assert {e.target.code for e in evs if e.plover == "ACCUSE" and e.target} == {"MMRMIL"}


def test_condolences_are_an_empathetic_comment_of_support() -> None:
    # CAMEO's verb dictionary: OFFER, EXTEND, EXPRESS * CONDOLENCES 018, an empathetic comment,
    # which the guideline's SUPPORT row counts ("01x support"); not a message (010) or an
    # intent to cooperate (030)
    evs = events("BAMAKO — Mali's president sent condolences to France on Sunday.", published=PUB, settings=ALL)
    assert [(e.cameo, e.plover, e.target.code if e.target else None) for e in evs] == [("018", "SUPPORT", "FRA")]
    assert coded("ROME — The prime minister expressed her condolences to Spain.") == {("SUPPORT", "ITAGOV", "ESP")}


def test_intelligence_provided_is_shared_with_whom_it_is_given() -> None:
    # intelligence provided is intelligence shared (CAMEO 064, as SHARE and RELEASE *
    # &INFORMATION), aimed at whom it is given, not at the intelligence read as the services;
    # information in general is no event (the issue)
    assert coded("WASHINGTON — Iraq provided intelligence to the United States before the raid.") == {("COOPERATE", "IRQ", "USA")}
    assert coded("WASHINGTON — The ministry will provide more information on Monday.") == set()


def test_a_state_one_is_extradited_from_extradites() -> None:
    # in a passive of sending someone out of a country, the state they are sent "from" sent
    # them (the guideline's COOPERATE: extradite)
    text = "NEW DELHI — The fugitive trader was extradited from Britain to India on Friday."
    assert coded(text) == {("COOPERATE", "GBR", "IND")}
    text = "MEXICO CITY — Dozens of migrants were deported from the United States to Mexico on Tuesday."
    assert coded(text) == {("COERCE", "USA", "MEXREF")}


def test_a_thing_run_by_someone_is_theirs_when_it_is_acted_on() -> None:
    # what is "run by" or "owned by" someone is theirs: an act on it is aimed at them
    assert coded("PRISTINA — Kosovo police raided offices run by Serbia on Wednesday.") == {("COERCE", "XKXCOP", "SRB")}
    # (a machine launched or flown by someone is theirs; what belongs to someone is theirs)
    assert coded("KYIV — Ukrainian air defences shot down 40 drones launched by Russia overnight.") == {("ASSAULT", "UKRMIL", "RUS")}
    assert coded("TEHRAN — Iran seized a tanker belonging to a Greek company in the Gulf of Oman.") == {("COERCE", "IRN", "GRCBUS")}
    # (and a machine launched from a country is that country's)
    assert coded("JERUSALEM — The army shot down a drone launched from Lebanon.") == {("ASSAULT", "ISRMIL", "LBN")}


def test_an_act_done_to_the_doers_own_side_is_not_theirs_told_again() -> None:
    # an act told twice takes its doer from the telling that names one (the guideline), but
    # not when it was done to that doer's own side: a strike that killed the army's soldiers
    # and journalists is no telling of the army's advance
    text = ("Sudan army retakes presidential palace\\n\\nKHARTOUM, March 21 - The RSF said a drone strike on the"
            " palace had killed dozens of soldiers and journalists.")
    assert {k for k in coded(text) if k[1] == "SDNMIL" and k[2] is not None} == set()


def test_a_business_a_country_s_people_own_is_that_country_s() -> None:
    # "a Chinese-owned company" in Seattle is China's business, not the story's country's
    text = "SEATTLE — Federal agents raided the offices of a Chinese-owned company in Seattle on Thursday, the FBI said."
    assert coded(text) == {("COERCE", "USACOP", "CHNBUS")}


def test_a_thing_a_country_owns_or_flags_is_that_country_s() -> None:
    # a ship "Greek-owned" or "Norwegian-owned" is that country's: an attack on it is aimed
    # at it (the hyphen word is no actor of its own)
    text = "SANAA — The rebels said they had fired missiles at a Greek-owned bulk carrier in the Red Sea."
    assert {k[2] for k in coded(text) if k[0] == "ASSAULT"} == {"GRC"}
    text = "SANAA — The rebels said they had struck a Norwegian-owned tanker in the Red Sea."
    assert {k[2] for k in coded(text) if k[0] == "ASSAULT"} == {"NOR"}
    # (and so when the attack is named by a noun, here one claimed: the claimant did it)
    text = "ADEN — Yemeni rebels claimed responsibility on Sunday for a drone attack on a Greek-owned cargo ship."
    assert {(k[1], k[2]) for k in coded(text) if k[0] == "ASSAULT"} == {("YEMREB", "GRC")}
    text = "SANAA — Rebel fighters carried out a drone strike on a Maltese-owned freighter on Monday."
    assert {k[2] for k in coded(text) if k[0] == "ASSAULT"} == {"MLT"}


def test_a_clause_before_a_verb_with_an_object_of_its_own_is_no_content_of_it() -> None:
    # "X strikes Y, Z vows response": a verb with an object of its own, not one of saying,
    # takes no clause before it as its content; the strikes are told, not vowed (but "...,
    # Ukraine told the United Nations" reports what comes before)
    text = "Israel strikes nuclear sites in Iran, Tehran vows response"
    evs = events(text, published=PUB, settings=ALL)
    assert {(e.plover, e.modality) for e in evs if e.cameo.startswith("19")} == {("ASSAULT", "asserted")}
    text = "KYIV — Russia attacked Kyiv overnight, Ukraine told the United Nations."
    assert {e.modality for e in events(text, published=PUB, settings=ALL)} == {"reported"}
    # (nor a clause named by the object before the verb: "..., a move Beijing condemned")
    text = "WASHINGTON — The United States Senate passed a sanctions bill on Tuesday, a move Beijing has condemned as interference."
    assert ("ACCUSE", "CHN", "USALEG") in coded(text)


def test_a_response_vowed_answers_the_hostile_act_told() -> None:
    # a response or revenge vowed is a threat (CAMEO's WARN * (OF RESPONSE) 130, VOW * REVENGE
    # 138) aimed, as a retaliation is, at the doer of the hostile act just told
    text = "TEHRAN — Israel struck nuclear sites in Iran on Friday. Tehran vowed a response."
    assert ("THREATEN", "IRN", "ISR") in coded(text)


def test_the_two_sides_are_not_the_ones_who_brought_them_together() -> None:
    # "the two sides" are the last pair named, but not a pair named as the ones who mediated,
    # brokered or hosted (they bring the sides together from outside)
    text = ("DOHA — Sudan and South Sudan agreed to a ceasefire on Sunday after talks mediated by Qatar and Egypt."
            " The two sides will meet again in Cairo next week, a minister said.")
    assert {frozenset(k[1:]) for k in coded(text) if k[0] == "AGREE" and k[1] != k[2]} == {frozenset({"SDN", "SSD"})}


def test_people_acted_on_are_who_most_of_them_are() -> None:
    # "arrested 475 people, most of them South Korean nationals": the apposition of a part of
    # them says whose people they are (not the country of the story)
    text = "ATLANTA — U.S. immigration agents arrested 475 people, most of them South Korean nationals, in a raid on Thursday."
    assert {k[2][:3] for k in coded(text) if k[0] == "COERCE"} == {"KOR"}


def test_diplomats_dispatched_are_no_target() -> None:
    # what a dispatch moves is no target: whom or where it is sent to is (CAMEO 040 for an
    # envoy sent)
    assert coded("SEOUL — South Korea dispatched an envoy to Washington on Friday.") == {("CONSULT", "KOR", "USA")}
    text = "SEOUL — South Korea's foreign ministry said it had dispatched diplomats to the detention site."
    assert {k[2] for k in coded(text)} == {None}


def test_a_verb_that_takes_an_object_coordinated_after_a_passive_shares_it() -> None:
    # "was abducted in Nairobi and handed over to Ugandan officers": a verb never used without its object
    # has none here, so it shares the passive (the parser tags it a past tense); the one
    # arrested is not the one who hands anyone over
    text = "The Kenyan opposition figure was abducted in Nairobi and handed over to Ugandan security officers."
    evs = events(text, published=PUB, settings=ALL)
    assert {e.rule for e in evs} >= {"abduct", "hand.particle"}
    assert all(e.source is None for e in evs)
    # (an intransitive verb after a passive is the subject's own act: "was released and fled")
    text = "The Kenyan opposition figure was released on bail and fled to Uganda."
    assert all(e.rule != "hand.particle" for e in events(text, published=PUB, settings=ALL))


def test_a_consulate_ordered_shut_cuts_relations() -> None:
    # an embassy or a consulate ordered closed cuts diplomatic relations (CAMEO 161), as one
    # closed does; other closures ordered stay restrictions (172)
    assert coded("WARSAW — Poland ordered the closure of the Russian consulate in Gdansk on Wednesday.") == {("SANCTION", "POL", "RUSGOV")}
    assert {k[0] for k in coded("VILNIUS — The government ordered the closure of two Belarusian border crossings.")} == {"COERCE"}


def test_a_clause_before_a_vow_to_act_is_told_not_vowed() -> None:
    # a verb whose complement is its own "to"-infinitive takes no clause before it as its
    # content either: the seizing is told as done, not vowed
    evs = events("M23 rebels seize Goma airport, Congo vows to fight on", published=PUB, settings=ALL)
    assert {(e.plover, e.modality) for e in evs if e.trigger == "seize"} == {("COERCE", "asserted")}


def test_a_response_threatened_answers_the_hostile_act_told() -> None:
    # reprisals or a response threatened (CAMEO's WARN * {SEVERE REPRISALS}, WARN * (OF
    # RESPONSE), 130) are aimed, as a retaliation is, at the doer of the hostile act just told
    assert ("THREATEN", "RUS", "FIN") in coded("MOSCOW — Finland closed its border crossings with Russia. Moscow threatened countermeasures.")
    assert {k[2] for k in coded("Hamas threatened retaliation.")} == {None}


def test_a_vow_is_coded_by_what_it_vows() -> None:
    # CAMEO's verb dictionary gives VOW no code of its own: a vow of an act it does not code
    # is no event (not an intent to cooperate with whoever the complement names); a vow of a
    # coded act is that act announced
    assert coded("WASHINGTON — The administration has vowed to drive Iranian oil exports to zero.") == set()
    assert ("THREATEN", "LBNREBHEZ", "ISR") in coded("BEIRUT — Hezbollah vowed to attack Israel.")


def test_a_release_named_again_is_its_doers() -> None:
    # "welcomed the release": the act named again by a definite noun is the one told, and the
    # one answered is its doer (as with "the move" or "the attack")
    text = "NIAMEY — Niger's military rulers released the son of the deposed president on Monday. ECOWAS welcomed the release."
    assert ("SUPPORT", "IGOWAFWAS", "NERMIL") in coded(text)
    text = "CARACAS — Panama deported 40 Venezuelans on Friday. Venezuela's government condemned the deportations."
    assert ("ACCUSE", "VENGOV", "PAN") in coded(text)


def test_hostages_already_held_are_moved_not_taken() -> None:
    # "the hostages were taken to a hospital": hostages named as ones already held (a definite
    # or possessive noun) are moved; only hostages taken are an abduction (CAMEO 181)
    assert coded("TEL AVIV — The three hostages were taken to a hospital in Israel for checks, the military said.") == set()
    assert ("ASSAULT", "PSEREB", "PSECVL") in coded("GAZA — Gunmen took 12 hostages during the raid.")


def test_a_coastguard_is_police() -> None:
    # border and coast guards are police (the guideline's COP), written as one word too
    assert ("AID", "GRCCOP", "GRCREF") in coded("ATHENS — The Greek coastguard rescued 45 migrants south of Crete on Thursday.")


def test_both_sides_urged_by_a_pair_with_a_relative_clause_are_the_other_pair() -> None:
    # "Qatar and Egypt, which mediated the deal, urged both sides": the pair named before the
    # verb, with its relative clause between, acts; "both sides" are the two named before
    text = ("GAZA — Hamas released three Israeli hostages on Saturday as Israel freed 369 Palestinian prisoners."
            " Qatar and Egypt, which mediated the deal, urged both sides to begin talks on the next phase.")
    assert {k[2] for k in coded(text) if k[0] == "REQUEST" and k[1] == "QAT"} == {"ISR", "PSE"}


def test_who_one_travels_with_is_not_visited() -> None:
    # a visit (CAMEO 042) is to where one flies, travels or arrives; who goes along ("with")
    # is no host
    assert coded("CARACAS — The envoy, Richard Grenell, flew home with the six men.") == set()
    assert coded("MOSCOW — Putin flew to Pyongyang with his defence minister.") == {("CONSULT", "RUSGOV", "PRK")}


def test_people_described_as_deported_from_a_country_were_deported_by_it() -> None:
    # a participle describing the ones acted on is a passive too: the state they were deported
    # from deported them (CAMEO 174)
    text = "MEXICO CITY — A plane carrying 120 Guatemalans deported from Mexico landed on Tuesday."
    assert coded(text) == {("COERCE", "MEX", "GTMCVL")}


def test_legitimacy_given_is_no_aid() -> None:
    # AID gives aid, money, arms or protection; legitimacy or momentum lent is none
    assert coded("CARACAS — The opposition said Washington gave legitimacy to Maduro.") == set()


def test_a_gerund_after_the_of_of_a_claim_is_what_is_claimed() -> None:
    # "detained the mayor over allegations of corruption and aiding a terrorist group", the
    # gerund parsed as a second act of the police: it is what the allegations claim
    text = "ANKARA — Turkish police detained the mayor of Izmir on Wednesday over allegations of bribery and aiding a terrorist group."
    assert {k[0] for k in coded(text)} == {"COERCE"}


def test_people_named_again_by_their_noun_keep_their_country() -> None:
    # "the settlers", after "Israeli settlers", in a story from elsewhere: the group named
    # before, not the article's own country's people
    text = ("BUDAPEST — Hungary blocked a proposal on Monday to impose EU sanctions on violent Israeli settlers."
            " Palestinian officials accused the settlers of burning homes in several villages.")
    assert ("ACCUSE", "PSEGOV", "ISRCVL") in coded(text)


def test_an_institution_opening_with_federal_or_central_is_set_in_no_town_of_that_name() -> None:
    # "the Federal Trade Commission" names no town called Federal (in Argentina): a story that
    # names no country has no country
    text = "The Federal Trade Commission sued a software maker on Tuesday, accusing the company of illegally maintaining monopoly power."
    assert not {a.country for e in events(text, published=PUB, settings=ALL) for a in (e.source, e.target) if a is not None}


def test_where_a_war_opposed_is_says_nothing_of_who_opposes_it() -> None:
    # "students protesting the war in Ukraine": the war's place is what they oppose, not
    # their country; a dateline still sets the story there
    assert not coded("Students protesting the war in Ukraine marched through the city center on Monday.")
    assert not coded("Thousands rallied against the invasion of Ukraine on Sunday.")
    assert ("PROTEST", "UKREDU", None) in coded("KYIV — Students protesting the war in Ukraine marched through the city on Monday.")
    assert coded("Police in Gaza arrested two men on Monday.") == {("COERCE", "PSECOP", "PSECVL")}


def test_the_treasury_department_is_the_us_government() -> None:
    # the Phoenix country dictionary's US Department of the Treasury; Britain's "Treasury"
    # stays the story's country's
    text = "The Treasury Department sanctioned four Colombian drug traffickers on Thursday."
    assert coded(text) == {("SANCTION", "USAGOV", "COLCRM")}
    text = "LONDON — The Treasury said on Monday it had frozen the assets of a Russian bank."
    assert {k[1] for k in coded(text)} == {"GBRGOV"}


def test_a_state_or_city_named_before_a_title_gives_the_office_its_country() -> None:
    # "Ohio Governor Mike DeWine", "New York City police": a state's or a city's office is of
    # its country, whatever other country the sentence names
    assert coded("Ohio Governor Mike DeWine criticized Canada on Monday.") == {("ACCUSE", "USAGOV", "CAN")}
    assert coded("New York City police arrested a Canadian man on Monday.") == {("COERCE", "USACOP", "CANCVL")}
    text = "Texas Governor Greg Abbott ordered the National Guard to seize a park on the border with Mexico."
    assert {(k[0], k[1]) for k in coded(text)} == {("COERCE", "USAMIL")}


def test_a_town_force_is_aimed_at_stands_for_its_country() -> None:
    # "fired a missile toward the city of Jizan": as "shelled Juba", the town's country is
    # the one attacked
    text = "RIYADH — Saudi Arabia intercepted a ballistic missile fired by the Houthis toward the city of Jizan on Sunday."
    assert ("ASSAULT", "YEMREBHOU", "SAU") in coded(text)


def test_a_town_a_force_leaves_in_its_own_country_is_no_target() -> None:
    # "the town of X" is a place, whatever the tagger makes of the name; a country's forces
    # leaving a town of their own country withdraw from no one the text names
    text = "Ukrainian forces withdrew from the town of Avdiivka on Saturday after months of heavy fighting, the army chief said."
    assert coded(text) == {("RETREAT", "UKRMIL", None)}
    text = "KHARTOUM — Sudanese army units pulled out of the town of Wad Madani on Monday, residents said."
    assert {k for k in coded(text) if k[0] == "RETREAT"} == {("RETREAT", "SDNMIL", None)}


def test_troops_withdrawn_from_a_countrys_territory_are_not_its_troops() -> None:
    # "troops from Chad" are Chad's; "its troops from Lebanese territory" are withdrawn from
    # there: a nationality word of a territory after "from" names where from
    text = "JERUSALEM — Israel agreed to withdraw its troops from Lebanese territory within 60 days."
    assert {k[2] for k in coded(text) if k[0] == "AGREE"} == {"LBN"}


def test_fireworks_thrown_at_police_are_a_riot() -> None:
    # throwing stones, bottles, fireworks or flares at police is rioting (CAMEO 145, as
    # firecrackers are)
    assert coded("TBILISI — Protesters threw fireworks at police outside parliament.") == {("PROTEST", "GEOCVL", "GEOCOP")}


def test_a_name_of_reproach_is_read_in_its_form_too() -> None:
    # "called the verdict biased": the predicate lemmatised as a verb ("bias") is still the
    # name of reproach (CAMEO 111, as "called the verdict unfair")
    text = ("DHAKA — A Bangladeshi tribunal sentenced former interior minister Anwar Kabir to death on Monday."
            " Kabir, who fled to India last year, called the verdict biased and politically motivated.")
    assert ("ACCUSE", "BGDELI", "BGDJUD") in coded(text)


def test_a_spiritual_leader_is_religious() -> None:
    # a spiritual or religious leader is of the clergy (REL), not the government a bare
    # "leader" would be
    text = "DAMASCUS — Druze spiritual leader Sheikh Salman al-Atrash called on his followers to resist the government forces."
    assert {k[1] for k in coded(text) if k[0] == "REQUEST"} == {"SYRREL"}


def test_an_act_vowed_not_to_be_done_is_negated() -> None:
    # "pledged not to attack Taiwan" announces no attack: the act vowed, promised or pledged
    # with "not" takes the complement's negation (it was a threat, and "vowed not to
    # negotiate" an intent to negotiate)
    evs = events("BEIJING — China pledged not to attack Taiwan.", published=PUB, settings=ALL)
    assert {e.modality for e in evs} == {"negated"}
    evs = events("QUITO — The president vowed not to negotiate with criminals.", published=PUB, settings=ALL)
    assert {e.modality for e in evs} == {"negated"}


def test_an_execution_condemned_at_home_is_the_states() -> None:
    # "condemned the execution": an execution named again is an act of force, and a state named
    # bare is another side than its own rights groups
    text = ("TEHRAN — Iran executed a man on Monday who had been convicted of spying, the judiciary said."
            " Rights groups condemned the execution.")
    assert ("ACCUSE", "IRNHRI", "IRN") in coded(text)


def test_an_appeal_against_a_ruling_rejects_it() -> None:
    # an appeal lodged against a sentence or a ruling rejects it (CAMEO's LODGE * APPEAL
    # (AGAINST SENTENCE), 124), aimed at the court that gave it; an appeal "for" something
    # asks for it (020)
    text = "ISTANBUL — A court convicted the mayor of corruption on Monday. The mayor appealed the ruling on Friday."
    assert ("REJECT", "TURGOV", "TURJUD") in coded(text)
    assert {k[0] for k in coded("LONDON — The charity appealed for calm.")} == {"REQUEST"}


def test_the_city_a_protest_is_named_by_is_where_not_who() -> None:
    # "a London rally": a place before a protest names where people protest; a protest is
    # done by people, not by the state its city stands for elsewhere ("London said")
    text = "LONDON — Thousands of people joined a London rally on Saturday."
    assert all(k[1] != "GBR" for k in coded(text))


def test_a_kidnapping_named_again_is_the_kidnappers() -> None:
    # "condemned the abduction": a kidnapping or an abduction named again is an act of force
    # (CAMEO 181), aimed at whoever did it
    text = ("BUEA — Separatist gunmen kidnapped 40 students from a school in Cameroon on Monday, officials said."
            " The army launched a search operation and freed 12 of the students on Tuesday."
            " UNICEF condemned the abduction.")
    assert ("ACCUSE", "IGOUNOKID", "CMRREB") in coded(text)



def test_a_move_summing_up_joined_verbs_is_their_subjects() -> None:
    # "..., a move Belgrade denounced": the move is the act of the clause before, whose verb
    # shares its subject with the verb it is joined to
    text = ("PRISTINA — Kosovo police raided and closed five offices run by Serbia on Friday,"
            " a move Belgrade denounced as an attack on the Serb community.")
    assert ("ACCUSE", "SRB", "XKXCOP") in coded(text)


def test_he_after_a_plural_subject_is_the_one_person_they_acted_on() -> None:
    # "Police arrested a 34-year-old man ... He was charged": "he" is one person, not the police;
    # the one person the sentence before names is who the pronoun stands for
    text = ("DENVER — Police arrested a 34-year-old man on Monday after a shooting at a bus stop."
            " He was charged with attempted murder on Tuesday.")
    assert ("ACCUSE", None, "USACVL") in coded(text)


def test_the_man_named_again_is_the_man_named_before() -> None:
    # "a Denver man ... The man was arrested ... a flight to Mexico": a definite noun repeating
    # the head of an indefinite one before it is the same person, whatever place the new
    # sentence names
    text = ("DENVER — Federal prosecutors charged a Denver man with fraud on Monday."
            " The man was arrested at the airport as he tried to board a flight to Mexico.")
    assert target_countries(text, "COERCE") == {"USA"}


def test_what_a_blocked_or_proposed_statement_says_is_not_done() -> None:
    # "blocked an EU statement condemning ...": a text that was blocked or vetoed was never
    # issued, so what it would have done is negated; one proposed or drafted is not yet issued
    # (hypothetical); one issued or adopted does it
    blocked = "BRUSSELS — Hungary blocked a European Union statement condemning Chinese military drills near Taiwan on Monday."
    assert not [e for e in events(blocked, published=PUB, settings=ALL) if e.plover == "ACCUSE" and e.modality in ("asserted", "reported")]
    vetoed = "NEW YORK — Russia vetoed a Security Council resolution condemning North Korea's missile launches on Friday."
    assert not [e for e in events(vetoed, published=PUB, settings=ALL) if e.plover == "ACCUSE" and e.modality in ("asserted", "reported")]
    proposed = "BRUSSELS — France proposed a European Union statement condemning Chinese military drills near Taiwan on Monday."
    assert not [e for e in events(proposed, published=PUB, settings=ALL) if e.plover == "ACCUSE" and e.modality in ("asserted", "reported")]
    issued = "BRUSSELS — The European Union issued a statement condemning Chinese military drills near Taiwan on Monday."
    assert ("ACCUSE", "CHNMIL") in {(e.plover, e.target.code if e.target else None) for e in events(issued, published=PUB, settings=ALL)
                                    if e.modality == "asserted"}


def test_a_victim_described_by_what_was_done_to_them_is_the_act_told_again() -> None:
    # "convicted two men of murdering a teenager who was stabbed outside a cinema": the
    # stabbing is the murder told again, coded once, by the ones who did it; a relative clause
    # naming who did it is its own act
    text = "LEEDS — A jury convicted two men on Friday of murdering a teenager who was stabbed outside a cinema in March."
    assert not [k for k in coded(text) if k[0] == "ASSAULT" and k[1] is None]


def test_forces_blocking_a_crowd_restrict_it() -> None:
    # "blocked the marchers": CAMEO's verb dictionary codes blocking crowds as restricting
    # their movement (BLOCK * CROWDS, 191), done to them
    text = "CARACAS — Thousands of opposition supporters marched in Caracas on Saturday. Soldiers blocked the marchers with armoured vehicles."
    assert ("COERCE", "VENMIL", "VENCVL") in coded(text)


def test_an_investigation_of_an_act_named_again_is_aimed_at_its_doer() -> None:
    # "launched an investigation into the killings", "is investigating the shooting": an
    # investigation (the guideline's ACCUSE, CAMEO 09) of an act named again by a definite noun
    # is aimed at whoever did it, as a condemnation of it is
    told = "MANILA — Police shot dead three suspects during a raid on Saturday."
    assert ("ACCUSE", "PHLGOV", "PHLCOP") in coded(told + " The justice ministry launched an investigation into the killings.")
    assert ("ACCUSE", "PHLGOV", "PHLCOP") in coded(told + " The justice ministry is investigating the shooting.")


def test_an_act_named_again_and_questioned_is_looked_into_its_doer() -> None:
    # "questioned the killing": a question put about an act named again looks into it (the
    # project's QUESTION, CAMEO 090), aimed at whoever did it
    text = "MANILA — Police shot dead three suspects during a raid on Saturday. The justice ministry questioned the killing of the suspects."
    assert ("ACCUSE", "PHLGOV", "PHLCOP") in coded(text)


def test_a_present_passive_relative_clause_is_told_as_so() -> None:
    # "The senator, who is accused of taking bribes, has denied any wrongdoing": what the
    # relative clause tells of the subject is so, not part of what the subject denies
    text = "TULSA — The senator, who is accused of taking bribes, has denied any wrongdoing."
    assert [e.modality for e in events(text, published=PUB, settings=ALL) if e.plover == "ACCUSE"] == ["asserted"]


def test_acting_in_defiance_of_a_ban_defies_whoever_imposed_it() -> None:
    # "marched in defiance of a police ban": the guideline's REJECT names defiance; a manner
    # phrase with no determiner ("in defiance of") is the act of the subject of the verb it
    # hangs on, aimed at whoever the defied thing is of
    text = "HONG KONG — Thousands of protesters marched through the city on Saturday in defiance of a police ban."
    assert ("REJECT", "HKGCVL", "HKGCOP") in coded(text)
    imposed = ("HONG KONG — The city's leader imposed a ban on face masks on Friday."
               " Thousands of protesters marched on Saturday in defiance of the ban.")
    assert ("REJECT", "HKGCVL", "HKGGOV") in coded(imposed)
    # (not one killed in an attack: the subject of a passive does no manner phrase's act)
    assert not [k for k in coded("KABUL — Three soldiers were killed in defiance of the ceasefire.") if k[0] == "REJECT"]


def test_a_letter_asking_for_something_asks_whom_it_is_sent_to() -> None:
    # "sent a letter to Brussels requesting a delay": what a text asks, its sender asks of
    # whom it is sent or addressed to
    text = "LONDON — The prime minister sent a letter to Brussels on Saturday requesting a delay to Brexit."
    assert ("REQUEST", "GBRGOV", "IGOEUREEC") in coded(text)
    addressed = "LONDON — The prime minister wrote a letter to the European Union on Saturday requesting a delay to Brexit."
    assert ("REQUEST", "GBRGOV", "IGOEUREEC") in coded(addressed)


def test_what_protesters_demand_they_demand_of_whom_they_protest_against() -> None:
    # "marched on the city council's offices, demanding a pay rise": a demand made while
    # protesting is made of whom the protest is aimed at
    text = "JOHANNESBURG — Hundreds of municipal workers marched on the city council's offices on Tuesday, demanding a pay rise."
    assert ("REQUEST", "ZAFLAB", "ZAFLEG") in coded(text)


def test_forces_put_on_a_state_of_alert_are_on_alert() -> None:
    # "put the army on the highest state of alert": CAMEO's verb dictionary, PLACE * (ON
    # STATE) (OF ALERT) 152, as "on alert"
    text = "BELGRADE — Serbia's president on Sunday put the army on the highest state of alert."
    assert {k[0] for k in coded(text)} == {"MOBILIZE"}
    # (but not a speech put on state television)
    assert not coded("BELGRADE — The president put his speech on state television on Sunday.")


def test_a_move_a_capital_called_a_provocation_is_reproached() -> None:
    # "..., a move Belgrade called a provocation": the name of reproach, parsed as the object
    # of the relative clause, criticises the doer of the act the move sums up
    text = "PRISTINA — Kosovo police took control of two border crossings in the north on Sunday, a move Belgrade called a provocation."
    assert ("ACCUSE", "SRB", "XKXCOP") in coded(text)


def test_a_release_is_asked_of_who_holds_the_one_held_by_a_noun() -> None:
    # "A court extended the detention of a journalist ... The embassy called for his release":
    # a release is asked of whoever holds the one to be released, the holding named by its
    # noun as by its verb
    text = ("MOSCOW — A Moscow court on Friday extended the detention of an American journalist accused of spying."
            " The U.S. embassy called for his immediate release.")
    assert ("REQUEST", "USAGOV", "RUSJUD") in coded(text)


def test_the_convicted_named_by_a_relative_pronoun_did_what_they_are_convicted_of() -> None:
    # "hanged two men who had been convicted of killing a militiaman": the one who killed is
    # the one the relative pronoun stands for, who names no actor here; never the state that
    # hanged them
    text = "TEHRAN — Iran hanged two men on Monday who had been convicted of killing a member of the Basij militia, the judiciary said."
    assert not [k for k in coded(text) if k[0] == "ASSAULT" and k[2] == "IRNMILBSJ" and k[1] == "IRN"]


def test_violence_against_protesters_condemned_is_aimed_at_its_doers() -> None:
    # "condemned the violence against peaceful protesters", "the use of force against them":
    # force named by a word that is no act of its own, like an attack, is its doers', not its
    # victims'
    told = "BAGHDAD — Iraqi security forces shot dead four protesters on Monday."
    for said in ("The country's top cleric condemned the violence against peaceful protesters.",
                 "The country's top cleric condemned the use of force against peaceful protesters."):
        keys = coded(f"{told} {said}")
        assert ("ACCUSE", "IRQREL", "IRQCOP") in keys and ("ACCUSE", "IRQREL", "IRQCVL") not in keys
    assert ("ACCUSE", "IRQREL", "IRQCOP") in coded("BAGHDAD — The country's top cleric condemned police violence against protesters.")


def test_of_two_named_together_the_first_named_is_the_source() -> None:
    # "President Vladimir Putin and Ukraine's president spoke by phone": one event, the first
    # named as its source (the guideline's "X and Y met": source X, target Y)
    text = "MOSCOW — President Vladimir Putin and Ukraine's president spoke by phone on Saturday."
    assert {k for k in coded(text) if k[0] == "CONSULT"} == {("CONSULT", "RUSGOV", "UKRGOV")}


def test_a_warrant_named_again_is_its_issuers() -> None:
    # "issued an arrest warrant for X ... X called the warrant illegal": a warrant named again
    # is the act of whoever issued it
    text = ("LA PAZ — Bolivia's interim government issued an arrest warrant for the former president on Wednesday."
            " The former president called the warrant illegal.")
    assert ("ACCUSE", "BOLELI", "BOLGOV") in coded(text)


def test_criticism_drawn_by_a_complement_is_aimed_at_its_doer() -> None:
    # "voted to recognise the killings as genocide, drawing an angry protest from Turkey": the
    # participle hung on the complement tells what the one who voted drew
    text = "BERLIN — Germany's parliament voted on Wednesday to recognise the killings as genocide, drawing criticism from Turkey."
    assert ("ACCUSE", "TUR", "DEULEG") in coded(text)


def test_walking_out_of_prison_is_no_walkout() -> None:
    # "walked out of prison after a court ruling": one set free leaves where he was held; a
    # walkout is from a body ("walked out of parliament")
    assert not [k for k in coded("BRASILIA — The former president walked out of prison on Friday after a Supreme Court ruling.")
                if k[0] == "PROTEST"]
    assert {k[0] for k in coded("BRASILIA — Opposition lawmakers walked out of parliament on Friday.")} == {"PROTEST"}


def test_a_trial_named_again_is_the_courts() -> None:
    # "sentenced 75 people to death ..., calling the trial grossly unfair": a trial named again
    # is the court's deed, as a verdict or a ruling is
    text = "CAIRO — An Egyptian court sentenced 75 people to death on Saturday, Amnesty International said, calling the trial grossly unfair."
    assert ("ACCUSE", "NGOHRIAMN", "EGYJUD") in coded(text)


def test_a_deal_reached_is_an_agreement() -> None:
    # "reached a deal with the European Union": CAMEO's verb dictionary, REACH * DEAL 030; two
    # named together reach it with each other, the first named as source
    assert ("AGREE", "GBR", "IGOEUREEC") in coded("LONDON — Britain reached a deal with the European Union on Thursday.")
    assert ("AGREE", "USA", "CHN") in coded("WASHINGTON — The United States and China reached a trade deal on Friday.")


def test_indigenous_leaders_are_their_peoples_not_a_governments() -> None:
    # "the government and indigenous leaders reached a deal": Phoenix's agent dictionary codes
    # indigenous people as civilians (CVL), and their leaders are theirs, so the deal has two
    # sides
    text = "QUITO — Ecuador's government and indigenous leaders reached a deal on Sunday to end two weeks of protests over fuel prices."
    assert ("AGREE", "ECUGOV", "ECUCVL") in coded(text)


def test_it_in_what_a_speaker_says_is_the_speaker_even_one_of_no_actor() -> None:
    # "The group said it would continue the protests": "it" is the group, which names no actor
    # here, not the prime minister who spoke in the sentence before
    text = ("LONDON — Police arrested 39 climate activists who blocked roads around parliament on Monday."
            " The prime minister urged the activists to go home."
            " The group said it would continue the protests despite the arrests.")
    assert not [k for k in coded(text) if k[1] == "GBRGOV" and k[0] in ("ACCUSE", "PROTEST")]


def test_harm_joined_to_what_a_speaker_says_is_part_of_what_is_said() -> None:
    # "said Indian troops had killed two civilians and wounded seven": the wounding, tagged as
    # a past tense by the parser, shares the troops and the attribution; it is no act of the
    # speaker's
    text = ("ISLAMABAD — Pakistan's military said on Sunday that Indian troops had killed two civilians"
            " and wounded seven in unprovoked firing across the border in Kashmir.")
    assert not [k for k in coded(text) if k[1] and k[1].startswith("PAK")]


def test_an_agent_noun_possessed_by_an_actor_is_of_its_country() -> None:
    # "met the rebels' leader in Geneva": an agent noun that would take the country of a place
    # or of its sentence is of the actor that possesses it
    text = "KYIV — Ukraine's president met the rebels' leader in Geneva."
    assert {k[2][:3] for k in coded(text) if k[0] == "CONSULT"} == {"UKR"}


def test_who_after_a_day_stands_for_the_people_before_it() -> None:
    # "detained 100 protesters on Monday who blocked streets to demand ...": "who" stands for
    # people, not for the day the parser hangs the clause on
    text = "YEREVAN — Armenian police detained more than 100 protesters on Monday who blocked streets in Yerevan to demand the prime minister's resignation."
    keys = coded(text)
    assert ("PROTEST", "ARMCVL", "ARMGOV") in keys and ("REQUEST", "ARMCVL", "ARMGOV") in keys


def test_a_veto_overridden_is_rejected() -> None:
    # "parliament overrode the president's veto": CAMEO's verb dictionary puts OVERRIDE and
    # OVERRULE with the rejections (120), aimed at whose the veto is
    text = "TBILISI — Georgia's parliament overrode the president's veto on Tuesday and adopted the law on foreign agents."
    assert ("REJECT", "GEOLEG", "GEOGOV") in coded(text)


def test_food_dropped_from_the_air_is_humanitarian_aid() -> None:
    # CAMEO's verb dictionary: DROP * FOOD 073, aimed at where it is dropped; a country's
    # planes are its forces
    assert coded("WASHINGTON — The United States airdropped 38,000 meals into Gaza on Saturday.") == {("AID", "USA", "PSE")}
    assert coded("AMMAN — Jordanian planes dropped food and medical supplies into Gaza on Thursday.") == {("AID", "JORMIL", "PSE")}
    assert coded("KYIV — Russian planes bombed Kharkiv overnight.") == {("ASSAULT", "RUSMIL", "UKR")}


def test_a_sum_announced_in_aid_is_the_aid_given() -> None:
    # "announced 50 million euros in humanitarian aid for Sudan": the sum is of the aid, the
    # object of the verb that hands over to it
    text = "BRUSSELS — The European Union announced 50 million euros in humanitarian aid for Sudan on Monday."
    assert coded(text) == {("AID", "IGOEUREEC", "SDN")}


def test_a_pact_left_reduces_relations_and_troops_withdrawn_still_retreat() -> None:
    # CAMEO's verb dictionary: WITHDRAW * (FROM COALITION), (FROM &TREATY) 161
    assert coded("WASHINGTON — The United States withdrew from the nuclear deal with Iran on Tuesday.") == {("SANCTION", "USA", "IRN")}
    text = "BAMAKO — Mali, Burkina Faso and Niger pulled out of the ECOWAS bloc on Sunday."
    assert {k[0] for k in coded(text)} == {"SANCTION"}
    assert coded("KYIV — Russian troops pulled out of Kherson on Friday.") == {("RETREAT", "RUSMIL", "UKR")}


def test_appearing_before_a_committee_to_give_evidence_is_a_meeting_with_it() -> None:
    # as testimony before a committee is (the news-events coders' CONSULT); a defendant before
    # a magistrate meets no one
    text = "WASHINGTON — The former national security adviser appeared before the House Intelligence Committee on Monday."
    assert coded(text) == {("CONSULT", "USAELI", "USALEG")}
    assert not coded("NAIROBI — The suspect appeared before a magistrate on Monday.")


def test_what_a_deal_is_signed_to_do_is_not_done_by_signing_it() -> None:
    text = "ROME — Italy's government signed a deal with Albania on Monday to hold migrants rescued at sea in centres there."
    assert coded(text) == {("AGREE", "ITAGOV", "ALB")}


def test_an_attack_orchestrated_is_the_orchestrator_s_and_one_on_a_building_is_force() -> None:
    # the one who orchestrated or masterminded an attack did it; an attack "on the embassy"
    # is force, not words, whoever it belongs to
    text = "PRISTINA — Kosovo's prime minister accused Serbia on Monday of orchestrating an attack on police in the north."
    assert ("ASSAULT", "SRB", "XKXCOP") in coded(text)
    text = "BAGHDAD — Iraqi officials said Iran had masterminded the attack on the embassy."
    assert {k[0] for k in coded(text)} == {"ASSAULT"}


def test_blocking_the_path_of_a_crowd_restricts_its_movement() -> None:
    # as blocking the crowd itself does (CAMEO's verb dictionary: BLOCK * CROWDS 191)
    assert coded("LA PAZ — Soldiers blocked the path of hundreds of marchers on Friday.") == {("COERCE", "BOLMIL", "BOLCVL")}


def test_a_deal_revoked_or_cancelled_reduces_relations_with_the_other_side() -> None:
    # CAMEO's verb dictionary, the REVOKE_ set (ANNUL, CANCEL, RESCIND, REVOKE) with * DEAL: 160
    assert coded("MANAGUA — Nicaragua revoked a security agreement with Taiwan on Monday.") == {("SANCTION", "NIC", "TWN")}
    assert coded("OUAGADOUGOU — Burkina Faso's junta cancelled a military accord with France on Sunday.") == {("SANCTION", "BFAMIL", "FRA")}
    # (a visa revoked is still a restriction on its holder)
    assert {k[0] for k in coded("MOSCOW — Russia revoked the visa of a Dutch journalist on Monday.")} == {"COERCE"}


def test_a_decision_or_ruling_overturned_is_refused_and_its_overturning_answered() -> None:
    # CAMEO's verb dictionary: OVERTURN * DECISION, * RULING, 124 (REJECT), aimed at whose
    # the decision is; a ruling welcomed next is the court's
    text = ("LILONGWE — Malawi's high court overturned the president's decision to suspend the electoral commission. "
            "Opposition leaders welcomed the ruling.")
    assert coded(text) >= {("REJECT", "MWIJUD", "MWIGOV"), ("SUPPORT", "MWIOPP", "MWIJUD")}
    # (a lorry that overturned did nothing to anyone)
    assert not coded("LILONGWE — A lorry carrying soldiers overturned near Zomba on Tuesday.")


def test_a_pronoun_does_not_stand_for_a_noun_of_the_other_sex() -> None:
    # "after a woman told officers he had struck her": "he" is not the woman who tells it, so
    # the one who struck her is another, the man arrested
    text = "COLUMBUS — Police arrested a 22-year-old man on Tuesday after a woman told officers he had struck her during an argument."
    assert ("ASSAULT", "USACVL", "USACVL") in coded(text)


def test_talks_or_a_call_the_subject_speaks_in_are_its_own() -> None:
    # "thanked the United States during talks with the defence secretary", "told the prime
    # minister in a phone call": the one who speaks in the talks or the call holds them, with
    # whom they are with or whom the verb addresses
    talks = "TOKYO — Japan's prime minister thanked the United States for its support during talks with the U.S. defence secretary on Monday."
    assert ("CONSULT", "JPNGOV", "USAGOV") in coded(talks)
    call = "SEOUL — South Korea's president told Japan's prime minister in a phone call on Thursday that Seoul wanted better relations."
    assert ("CONSULT", "KORGOV", "JPNGOV") in coded(call)
    # (but what is said at a news conference is said to the press)
    press = "ANKARA — At a joint news conference, Turkey's foreign minister praised Azerbaijan as a brother nation."
    assert not [k for k in coded(press) if k[0] == "CONSULT"]


def test_an_offer_to_mediate_is_made_when_it_is_told() -> None:
    # "Qatar offered on Sunday to mediate between Iran and the United States": the offer is an
    # intent expressed (the guideline's AGREE: promise or express intent to cooperate), made
    # when told, though the mediation is to come and a day stands between the two verbs
    text = "DOHA — Qatar offered on Sunday to mediate between Iran and the United States."
    assert {(e.plover, e.modality) for e in events(text, published=PUB, settings=ALL)} == {("AGREE", "asserted")}


def test_what_an_act_happens_during_is_told_as_so() -> None:
    # "pledged support for Pakistan during a visit by its prime minister": the visit is what the
    # pledge is made during, told as so, not part of what is pledged
    text = "BEIJING — Xi Jinping pledged support for Pakistan during a visit by its prime minister to Beijing on Monday."
    assert [(e.plover, e.modality) for e in events(text, published=PUB, settings=ALL) if e.source and e.source.country == "PAK"] == [("CONSULT", "asserted")]


def test_a_town_is_of_the_country_its_story_is_filed_from() -> None:
    # "KYIV — Russian forces shelled the town of Nikopol": a town the gazetteer knows, in a
    # story filed from a city of its country, stands for that country, named by its town noun
    # or alone (and tagged as a body by the parser)
    for text in ("KYIV — Russian forces shelled the town of Nikopol overnight.", "KYIV — Russian forces shelled Nikopol overnight."):
        assert ("ASSAULT", "RUSMIL", "UKR") in coded(text)


def test_a_small_town_tagged_as_a_body_is_no_body_of_the_story_s_country() -> None:
    # "LONDON — Russian forces shelled the town of Nikopol": a town the parser takes for an
    # organisation is a place, however small, not a British body
    assert not [k for k in coded("LONDON — Russian forces shelled the town of Nikopol overnight.") if k[2] and k[2].startswith("GBR")]


def test_an_organisation_named_with_a_country_is_that_countrys() -> None:
    # "the US House", "a U.S. House resolution", in a story from Beijing or Moscow: a body the
    # dictionary does not know is of the country its name begins with, or that stands right
    # before it, not of where the story is filed
    assert ("ACCUSE", "CHN", "USALEG") in coded("BEIJING — China condemned the US House on Friday.")
    assert ("ACCUSE", "RUS", "USALEG") in coded("MOSCOW — Russia condemned a U.S. House resolution on Friday.")


def test_an_agent_noun_owned_by_its_is_of_the_clause_s_subject() -> None:
    # "Germany pledged aid during a visit by its defense minister to Kyiv": "its" is the
    # subject's, a state named before it; the minister is Germany's, and the visit to Kyiv a
    # visit to Ukraine (the guideline's CONSULT: visit), wherever the story is filed
    for text in ("WASHINGTON — Germany pledged new aid to Ukraine during a visit by its defense minister to Kyiv on Wednesday.",
                 "Sweden announced a new loan to Kenya during a visit by its foreign minister to Nairobi on Monday."):
        visits = [k for k in coded(text) if k[0] == "CONSULT"]
        assert len(visits) == 1 and (visits[0][1] or "")[:3] in ("DEU", "SWE") and visits[0][2] in ("UKR", "KEN")
    # (a person is no antecedent of "its")
    assert not [k for k in coded("PARIS — President Macron praised its defense minister on Monday.") if k[1] == "FRAGOV" and k[2] and k[2] != "FRAGOV"]


def test_what_a_party_says_is_planned_or_due_is_to_come() -> None:
    # "suspected of planning an attack", "will host talks next week, according to two
    # diplomats": a claim that an act is planned or scheduled tells of no act done (the
    # guideline's future: announced, planned, scheduled); that someone else tells it, or is
    # said to suspect it, does not make it done
    host = "Qatar will host talks between Israel and Hamas next week, according to two diplomats."
    assert {e.modality for e in events(host, published=PUB, settings=ALL)} == {"future"}
    plot = "ISTANBUL — Turkish police arrested four Syrian men suspected of planning a bomb attack on the Israeli consulate, police said on Thursday."
    assert [e.plover for e in events(plot, published=PUB, settings=ALL) if e.modality in ("asserted", "reported")] == ["COERCE"]


def test_an_attack_named_by_its_means_is_force_whoever_does_it() -> None:
    # "two Syrian men carried out a bomb attack on the Israeli consulate": an attack named by
    # a weapon or a way of using force is no attack in words (the guideline's ASSAULT), though
    # its doers are no armed force and its target a government's office
    for text in ("ISTANBUL — Two Syrian men carried out a bomb attack on the Israeli consulate on Thursday, police said.",
                 "A Pakistani man carried out a knife attack on the French embassy in Kabul on Friday."):
        assert {e.plover for e in events(text, published=PUB, settings=ALL)} == {"ASSAULT"}
    # (an attack in words stays one: "the senator's attack on the president")
    assert "ACCUSE" in {e.plover for e in events("WASHINGTON — Senator Dana Whitfield launched a scathing attack on President Biden on Monday.", published=PUB, settings=ALL)}


def test_a_state_force_named_royal_is_of_the_country_its_name_gives() -> None:
    # "the Royal Thai Police", "the Royal Bahamas Police Force": a country word inside a
    # force's name opened by a word of a state institution is that country's force (the
    # dictionaries compose THAI + POLICE as THACOP); a company's name is still no country
    assert ("COERCE", "THACOP", "THACVL") in coded("The Royal Thai Police arrested three men on Saturday.")
    assert ("COERCE", "BHSCOP", "BHSCVL") in coded("The Royal Bahamas Police Force arrested three men on Saturday.")
    assert not [k for k in coded("Royal Dutch Shell sued the Nigerian government on Monday.") if k[1] == "NLD"]


def test_a_title_gives_its_role_to_a_known_person_holding_no_office_of_the_dictionary_yet() -> None:
    # "opposition leader Lee Jae-myung", told before the dictionary's term of office for him
    # begins (the president's, from June 2025): the guideline codes the role the text gives
    # on the publication date
    text = "SEOUL — Prosecutors questioned opposition leader Lee Jae-myung over a land deal on Tuesday."
    assert ("ACCUSE", "KORJUD", "KOROPP") in keyed(events(text, published="2024-03-01", settings=ALL))


def test_a_body_s_text_one_member_blocks_is_vetoed() -> None:
    # "Hungary blocked an EU statement condemning China": a member blocking a body's
    # statement, resolution or declaration vetoes it (the guideline's REJECT: veto), aimed at
    # the body, and the statement's condemnation is not made
    evs = events("Hungary blocked an EU statement condemning China on Tuesday.", published=PUB, settings=ALL)
    assert [(e.plover, e.source and e.source.code, e.target and e.target.code, e.modality) for e in evs if e.modality == "asserted"] == [
        ("REJECT", "HUN", "IGOEUREEC", "asserted")]
    assert ("REJECT", "RUS", "IGOUNOSCN") in coded("NEW YORK — Russia blocked a U.N. Security Council resolution on Ukraine on Friday.")


def test_a_call_dismissed_is_a_request_rejected() -> None:
    # "the prime minister dismissed the opposition's call for an early election": a call is a
    # request, and a request dismissed is rejected (the verb dictionary's DISMISS * &PROPOSAL
    # 120; the guideline's REJECT: deny a request), not disapproval
    assert ("REJECT", "GBRGOV", "GBROPP") in coded("LONDON — The prime minister dismissed the opposition's call for an early election.")


def test_more_of_the_force_a_side_uses_is_its_own_act_warned_of() -> None:
    # "shelled rebel positions and warned that further strikes would follow": more of the
    # force the warner uses is its own act to come (the guideline's THREATEN: warn of action),
    # aimed at whom the force was used on or whom the strikes are named against
    shelled = "Azerbaijan's army shelled Armenian positions near the border on Sunday and warned that further strikes would follow."
    assert ("THREATEN", "AZEMIL", "ARM") in coded(shelled)
    assert ("THREATEN", "RUS", "UKR") in coded("Russia warned on Monday that further strikes on Ukraine would follow.")
    # (but a body that uses no force warns of others' attacks: a comment)
    assert not [k for k in coded("The U.N. warned on Monday that further attacks on civilians in Sudan would follow.") if k[0] == "THREATEN"]


def test_what_someone_is_accused_of_planning_is_not_the_accusers_act() -> None:
    # "prosecutors accused the group of planning to attack parliament": the attack is the
    # group's, planned (and only alleged), never the prosecutors' own attack on parliament
    text = "BERLIN — Police raided the homes of 25 members of an extremist group on Wednesday. Federal prosecutors accused the group of planning to attack parliament."
    assert not [e for e in events(text, published=PUB, settings=ALL) if e.source and e.source.code == "DEUJUD" and e.plover != "ACCUSE"]
    assert not [e for e in events(text, published=PUB, settings=ALL) if e.target and e.target.code == "DEULEG"]


def test_an_anti_corruption_body_is_of_its_country_s_government() -> None:
    # "the anti-graft agency", "an anti-corruption commission": the Phoenix agent dictionary's
    # ANTI_GRAFT_COMMISSION [~GOV] (its anti-graft court a court), an actor of the story's
    # country, not a word that names no one
    assert ("ACCUSE", "NGAGOV", "NGAGOV") in coded("LAGOS — The anti-graft agency is investigating claims that the governor diverted state funds to his family.")
    assert ("REJECT", "ZAFELI", "ZAFGOV") in coded("JOHANNESBURG — The former president refused to testify before an anti-corruption commission on Monday.")


def test_a_paper_handed_over_or_a_press_release_sets_no_one_free() -> None:
    # "handed over a petition demanding ...", "..., a ministry release said": a paper given and
    # a statement that says something are no release of prisoners (the guideline's RETREAT)
    petition = "MASERU — Residents of Maputsoe marched to the border post on Monday, where they handed over a petition demanding the withdrawal of soldiers."
    release = "PORT OF SPAIN — Venezuela's ambassador met officials at the foreign ministry on Monday, a ministry release said."
    for text in (petition, release):
        assert not [e for e in events(text, published=PUB, settings=ALL) if e.plover == "RETREAT"]
    # (persons handed over, and a release of prisoners, still are)
    assert "UKR" in target_countries("KYIV — Russia handed over the bodies of 500 Ukrainian soldiers to Ukraine on Friday.", "RETREAT")
    assert "RETREAT" in {k[0] for k in coded("DOHA — Hamas announced the release of four Israeli hostages on Saturday.")}


def test_a_protest_told_as_a_bare_past_after_its_crowd_is_coded_and_aimed_at_whom_it_accuses() -> None:
    # "Hundreds of students protested in Dhaka", parsed as a participle on "Hundreds": the
    # crowd protested; and "marched ..., accusing the mining minister of corruption": whom the
    # marchers accuse while marching is whom the march is against (the guideline's target:
    # whom the act is aimed at)
    assert "PROTEST" in {k[0] for k in coded("DHAKA — Hundreds of students protested in Dhaka on Monday against what they called the government's failure to stop price rises.")}
    assert ("PROTEST", "PERLAB", "PERGOV") in coded("LIMA — Thousands of miners marched through Lima on Thursday, accusing the mining minister of corruption.")


def test_a_name_set_beside_a_capitalised_title_takes_its_role() -> None:
    # "The Speaker, Sir Roger Hale, ordered one Labour MP, Tom Briggs, to leave the chamber":
    # a title written with a capital ("Speaker", "MP") gives the name beside it its role, as
    # "the home secretary, Priya Nandra" does; one act, not four between the title and the name
    text = "LONDON — The Speaker, Sir Roger Hale, ordered one Labour MP, Tom Briggs, to leave the chamber on Tuesday."
    evs = events(text, published=PUB, settings=ALL)
    assert [(e.source and e.source.code, e.target and e.target.code) for e in evs] == [("GBRLEG", "GBRLEG")]


def test_who_leads_a_government_is_no_second_actor_beside_it() -> None:
    # "Mali's military-led government ordered Spain's ambassador to leave": the government is
    # the one actor (who leads it says what it is), not the government and the army each
    text = "BAMAKO — Mali's military-led government on Monday ordered Spain's ambassador to leave the country, accusing Madrid of hostile interference."
    assert {e.source.code for e in events(text, published=PUB, settings=ALL) if e.source} == {"MLIGOV"}
    # (a coalition led by a country is still that country's forces)
    assert ("ASSAULT", "SAUMIL", "YEMREBHOU") in coded("The Saudi-led coalition struck Houthi positions on Monday.")


def test_a_former_office_holder_named_with_a_party_is_an_elite() -> None:
    # "a former Labour councillor", "a former Democratic congressman": the party between
    # "former" and the office does not make the office held (the guideline's ELI: former
    # officials)
    assert ("SANCTION", "GBRJUD", "GBRELI") in coded("LONDON — A judge on Friday jailed a former Labour councillor for three years for fraud.")
    assert ("ACCUSE", "GBRELI", "GBRGOV") in coded("LONDON — The former Conservative minister criticized the prime minister on Monday.")


def test_a_constabulary_is_a_police_force() -> None:
    # "the Jamaica Constabulary Force", "the Provincial Armed Constabulary": a constabulary is
    # a police force (the guideline's COP), not a body with no role
    assert ("COERCE", "JAMCOP", "JAMCVL") in coded("KINGSTON, Jamaica — The Jamaica Constabulary Force arrested three men on Saturday.")


def test_forces_sent_toward_a_country_are_aimed_at_it() -> None:
    # "China sent 30 warplanes toward Taiwan": forces sent or deployed toward a country are a
    # show of force aimed at it (the guideline's MOBILIZE), as "to Taiwan" is
    assert ("MOBILIZE", "CHN", "TWN") in coded("TAIPEI — China sent 30 warplanes toward Taiwan on Sunday, Taiwan's defense ministry said.")
    assert ("MOBILIZE", "RUS", "UKR") in coded("Russia deployed troops toward the Ukrainian border on Sunday.")


def test_he_or_him_never_stands_for_a_crowd_or_people() -> None:
    # "Police fired tear gas to disperse the crowd. ... he told reporters before he was
    # detained": "he" is one person, not the crowd, nor "the people" of a quote (the issue's
    # pronoun rule: a compatible antecedent in number); with none in reach, no one
    text = ("KAMPALA, Uganda — Uganda's opposition leader was arrested on Monday as he tried to address supporters in the capital, "
            "his party said. Police fired tear gas to disperse the crowd. \"They are afraid of the people,\" he told reporters before "
            "he was detained. The government has accused him of inciting violence, a charge he denies.")
    evs = events(text, published=PUB, settings=ALL)
    assert not [e for e in evs if e.plover in ("COERCE", "ACCUSE") and e.target and e.target.code == "UGACVL" and e.rule != "disperse"]


def test_praise_of_an_act_is_aimed_at_its_doer() -> None:
    # "welcomed the release of the journalist by China": praise of an act is aimed at whoever
    # did it (the guideline's SUPPORT), as a protest or a condemnation of one is, not at the
    # one released too
    evs = events("CANBERRA — Australia's prime minister welcomed the release of the journalist by China on Monday.", published=PUB, settings=ALL)
    assert [(e.plover, e.source and e.source.code, e.target and e.target.code) for e in evs] == [("SUPPORT", "AUSGOV", "CHN")]


def test_survivors_are_people() -> None:
    # "apologized to the Indigenous survivors of residential schools": survivors are the
    # victims who lived (Phoenix's VICTIM [~CVL]), not the schools they were in
    assert ("SUPPORT", "CANGOV", "CANCVL") in coded("OTTAWA — Prime Minister Justin Trudeau apologized on Monday to the Indigenous survivors of residential schools.")


def test_countermeasures_warned_of_are_the_warner_s_threat_to_the_one_warned() -> None:
    # "warned Finland that its NATO membership would prompt countermeasures": countermeasures
    # or reprisals are the warner's own answer (the verb dictionary's WARN * {SEVERE
    # REPRISALS} 130), aimed at the one warned, not at what the clause names
    assert ("THREATEN", "RUSGOV", "FIN") in coded("MOSCOW — The Kremlin warned Finland on Tuesday that its NATO membership would prompt countermeasures.")
    assert ("THREATEN", "CHN", "LTU") in coded("BEIJING — China warned Lithuania that opening a Taiwanese office would bring reprisals.")


def test_a_strike_called_against_a_policy_is_aimed_at_whose_it_is() -> None:
    # "called a general strike against President Javier Milei's austerity measures": a strike
    # is aimed at what it is called against (the guideline's target: whom the act is aimed at),
    # however the parser hangs the "against"; one called for a day is aimed at no one named
    assert ("PROTEST", "ARGLAB", "ARGGOV") in coded("BUENOS AIRES — Argentina's largest union called a general strike on Wednesday against President Javier Milei's austerity measures.")
    assert ("PROTEST", "FRALAB", None) in coded("PARIS — French unions called a nationwide strike for Thursday.")


def test_harm_in_a_fight_with_someone_is_that_side_s_doing() -> None:
    # "two Indian soldiers were killed in a gunfight with militants": a passive with no "by"
    # names its doer in the fight it tells of, the other side of it
    assert ("ASSAULT", "INDREB", "INDMIL") in coded("SRINAGAR — Two Indian soldiers were killed in a gunfight with militants in Kashmir on Friday, the army said.")
    assert ("ASSAULT", "RUSMIL", "UKRMIL") in coded("KYIV — Two soldiers were killed in fighting with Russian forces near Bakhmut, Ukraine said.")


def test_a_strike_in_a_dispute_with_someone_is_aimed_at_them() -> None:
    # "junior doctors began a five-day strike in a dispute with the government over pay": a
    # protest told as part of a dispute is aimed at the other side of it (the guideline's
    # target: whom the act is aimed at)
    assert ("PROTEST", "GBRHLH", "GBRGOV") in coded("LONDON — Junior doctors in England began a five-day strike on Wednesday in a dispute with the government over pay.")


def test_a_country_before_the_verb_hand_is_its_subject_not_a_topic() -> None:
    # "demanded that Afghanistan hand over militants": "hand" is the verb of the country, not
    # the noun of "a China hand" (an expert on the country, who is not of it)
    assert ("REQUEST", "PAK", "AFG") in coded("ISLAMABAD — Pakistan demanded that Afghanistan hand over militants behind a deadly attack on a police station.")
    assert not [k for k in coded("WASHINGTON — A veteran China hand criticized the administration on Monday.") if k[1] and k[1].startswith("CHN")]


def test_force_done_at_a_meeting_holds_no_meeting() -> None:
    # "police arrested 40 opposition supporters at a meeting": the meeting is where the arrests
    # were made, the police held none with them (talks the subject speaks in are its own only
    # when it speaks or cooperates, not when it uses force or coerces)
    text = "HARARE — Zimbabwean police arrested 40 opposition supporters at a meeting on Sunday, accusing them of planning violent protests."
    assert not [k for k in coded(text) if k[0] == "CONSULT"]


def test_an_accusation_the_accused_denied_is_still_made() -> None:
    # "Armenia accused Azerbaijan of shelling, a charge Baku denied": the denial's object is
    # the charge, and the accusation beside it is made (the guideline's asserted), though the
    # parser hangs it on "denied" as the clause denied; a clause denied outright stays negated
    evs = events("Armenia accused Azerbaijan of shelling its border villages overnight, a charge Baku denied.", published=PUB, settings=ALL)
    assert [(e.source.code if e.source else None, e.modality) for e in evs if e.plover == "ACCUSE"] == [("ARM", "asserted")]
    denied = events("BAKU — Azerbaijan denied that its forces had shelled Armenian villages.", published=PUB, settings=ALL)
    assert [e.modality for e in denied if e.plover == "ASSAULT"] == ["negated"]


def test_a_prison_before_a_riot_is_where_it_was_not_who_rioted() -> None:
    # "after a wave of prison riots": the inmates riot, not the prison's keepers (the Phoenix
    # agents' PRISON is the state's police); a prison before a protest says where it was, as a
    # town does ("a London rally"); its guards who strike are still the police
    assert not [k for k in coded("QUITO — Ecuador's president declared a state of emergency after a wave of prison riots.") if k[0] == "PROTEST" and k[1] == "ECUCOP"]
    assert ("PROTEST", "BELCOP", None) in coded("BRUSSELS — Prison guards in Belgium staged a strike over overcrowding.")


def test_a_region_of_europe_or_china_named_in_english_is_its_country_s() -> None:
    # "Police in Bavaria", "police in Tuscany", "Bavarian police": the standard subdivision
    # lists give these in their own languages (Bayern, Toscana), news in English; "Tuscany"
    # was a Canadian town
    assert ("COERCE", "DEUCOP", "DEUCVL") in coded("MUNICH — Police in Bavaria arrested three men suspected of planning an attack.")
    assert ("COERCE", "DEUCOP", "DEUCVL") in coded("Bavarian police arrested three men on Tuesday.")
    assert ("COERCE", "ITACOP", "ITACVL") in coded("Police in Tuscany arrested three men on Tuesday.")
    assert ("COERCE", "CHNCOP", "CHNCVL") in coded("Police in Yunnan arrested three men on Tuesday.")
    assert ("PROTEST", "BELLAB", None) in coded("Dock workers in Flanders went on strike on Monday.")


def test_a_country_one_spies_for_is_not_where_the_story_is_set() -> None:
    # "convicted of spying for Israel", in a story filed from Dubai: a country named as the
    # one someone worked for is for whom, not where the sentence is set, so the men hanged are
    # not Israel's people (by whom: "militias backed by Iran", never where)
    text = "DUBAI — Iran hanged two men convicted of spying for Israel, the judiciary's news agency said."
    assert not [k for k in coded(text) if k[2] == "ISRCVL"]
    assert ("ASSAULT", "IRN", "IRNCVL") in coded("TEHRAN — Iran executed a man convicted of spying for Israel.")


def test_a_list_of_actors_has_one_and() -> None:
    # "put forward by Egypt and Qatar, and Hamas accused Israel": a list's "and" comes once,
    # before its last member ("France, Germany, and Italy"); a second "and" begins a clause,
    # whose subject is no member of the list before it
    keys = coded("The Israeli cabinet rejected a ceasefire proposal put forward by Egypt and Qatar, and Hamas accused Israel of sabotaging the talks.")
    assert {k for k in keys if k[0] == "ACCUSE"} == {("ACCUSE", "PSEREBHMS", "ISR")}
    assert ("REJECT", "ISRGOV", "PSEREBHMS") not in keys and ("REJECT", "ISRGOV", "QAT") in keys
    assert ("CONSULT", "FRAGOV", "ITAGOV") in coded("Leaders of France, Germany, and Italy met in Rome on Monday.")


def test_another_country_s_institution_named_as_this_one_s_is_this_one_s() -> None:
    # "South Korea's National Security Council condemned the launch": the dictionary knows the
    # National Security Council as the White House's, but one named as a country's is that
    # country's body of the kind (the Phoenix country dictionary lists such bodies by country)
    assert source_codes("SEOUL — South Korea's National Security Council condemned North Korea's missile launch as a grave provocation.", "ACCUSE") == {"KORGOV"}
    assert source_codes("ANKARA — Turkey's National Security Council accused Sweden of harbouring militants.", "ACCUSE") == {"TURGOV"}
    assert ("COERCE", "RUSSPY", "RUSCVL") in coded("MOSCOW — Russia's FSB detained a man on Tuesday.")


def test_a_congress_of_unions_is_labour_not_a_legislature() -> None:
    # "the Nigeria Labour Congress", "Ghana's Trades Union Congress": a federation of unions
    # named a congress is labour (the guideline's LAB), no legislature
    assert ("ACCUSE", "NGALAB", "NGAGOV") in coded("ABUJA — The Nigeria Labour Congress accused the government of ignoring workers' demands.")
    assert source_codes("ACCRA — Ghana's Trades Union Congress called a nationwide strike over pensions.", "PROTEST") == {"GHALAB"}


def test_war_on_someone_is_aimed_at_them() -> None:
    # "declared war on Ukraine": CAMEO's verb dictionary (WAGE * WAR 190) and the guideline's
    # target, whom the act is aimed at; "on" is not what a war is about, as it is for talks
    assert ("ASSAULT", "RUS", "UKR") in coded("MOSCOW — Russia declared war on Ukraine on Thursday.")
    assert ("ASSAULT", "MEX", "MEXCRM") in coded("MEXICO CITY — Mexico declared war on drug cartels in 2006.")
    assert ("CONSULT", "USA", "PRK") in coded("SEOUL — The United States held talks with North Korea on the war in Ukraine.")


def test_the_bloc_and_the_alliance_are_the_organisation_named_before() -> None:
    # "The EU said ... The bloc urged Georgia": a bloc or an alliance named again by its kind is
    # the intergovernmental organisation named last (a light coreference, as "the group" is
    # the group named last); a group that is no such organisation is not "the alliance"
    assert ("REQUEST", "IGOEUREEC", "GEO") in coded("BRUSSELS — The EU said on Monday it regretted the decision. The bloc urged Georgia to respect the right to protest.")
    assert ("REQUEST", "IGOWSTNAT", "RUS") in coded("BRUSSELS — NATO condemned the attack on Tuesday. The alliance urged Russia to withdraw its troops.")
    assert not [k for k in coded("SANAA — The Houthis attacked a ship on Tuesday. The alliance urged Iran to stop them.") if k[0] == "REQUEST" and k[1]]


def test_a_participle_with_an_object_and_an_of_is_active_not_a_shared_passive() -> None:
    # "said 12 people had been shot dead by police, and accused officers of using live
    # ammunition": a participle joined to a passive shares it when it has no object; one that
    # accuses someone of something is the speaker's own act (the parser tags it VBN)
    text = ("NAIROBI — The Law Society of Kenya said at least 12 people had been shot dead by police across the country since the protests began, "
            "and accused officers of using live ammunition against unarmed demonstrators.")
    keys = coded(text)
    assert ("ACCUSE", "KEN", "KENCOP") in keys
    assert not [k for k in keys if k[0] == "ACCUSE" and k[2] == "KENCVL"]


def test_the_operation_condemned_is_the_act_of_force_told() -> None:
    # "Israeli troops killed three gunmen during a raid ... Jordan also condemned the operation":
    # an operation named again is the act of force told, not the words said since
    text = ("JERUSALEM — Israeli troops killed three Palestinian gunmen during a raid on the Jenin refugee camp on Wednesday, the military said. "
            "The Palestinian Authority's presidency condemned the raid and called on the international community to intervene. "
            "Jordan's foreign ministry also condemned the operation.")
    keys = coded(text)
    assert ("ACCUSE", "JORGOV", "ISRMIL") in keys
    assert ("ACCUSE", "JORGOV", "PSEGOV") not in keys


def test_an_accusation_rejected_is_the_one_aimed_at_who_rejects_it() -> None:
    # "the government accused opposition leaders of plotting ... the United States condemned
    # the detention ... Machado rejected the accusation": the accusation one rejects is the
    # last one aimed at one's own side, not the last condemnation told (the guideline's
    # target, whom the act is aimed at)
    text = ("CARACAS — Venezuela's government accused opposition leaders on Monday of plotting to assassinate the president. "
            "Security forces arrested an opposition activist on Tuesday. "
            "The United States and the European Union condemned the detention. "
            "Opposition leader Elena Marquez rejected the accusation.")
    keys = coded(text)
    assert ("REJECT", "VENOPP", "VENGOV") in keys
    assert not [k for k in keys if k[0] == "REJECT" and k[2] in ("USA", "IGOEUREEC")]


def test_government_forces_are_the_military() -> None:
    # "Ethiopian government forces carried out drone strikes": the Phoenix agents dictionary
    # (GOVERNMENT_FORCES, GOVERNMENT_TROOPS ~MIL): the state's forces, not its government
    assert ("ASSAULT", "ETHMIL", "ETHCVL") in coded("ADDIS ABABA — Ethiopian government forces carried out drone strikes on two towns, killing 30 civilians.")
    assert source_codes("DAMASCUS — Syrian government troops shelled the town of Saraqeb, killing four civilians.", "ASSAULT") == {"SYRMIL"}


def test_a_threat_presses_whoever_must_meet_its_condition() -> None:
    # "threatened to shut down the country if the federal government fails to reverse the
    # hike": a threat is aimed at whoever must meet its condition (the guideline's target),
    # however the parser hangs the "if"; a situation named in the condition presses no one
    text = "LAGOS — Nigeria's main labour unions threatened on Sunday to shut down the country from Monday if the federal government fails to reverse a hike in electricity tariffs."
    assert ("THREATEN", "NGALAB", "NGAGOV") in coded(text)
    quiet = "LONDON — China's ambassador warned that the Chinese government would not sit on its hands if the Hong Kong situation became uncontrollable."
    assert not [k for k in coded(quiet) if k[0] == "THREATEN" and k[2] == "HKG"]


def test_more_force_warned_of_is_aimed_where_the_clause_aims_it() -> None:
    # "warned that further strikes would follow against militant groups", "warned that its
    # attacks on Saudi Arabia would continue": the warner's own force to come (CAMEO 13,
    # threaten), aimed at whom the clause names, on the noun or on its verb; an attack the
    # one warned makes is not the warner's
    assert ("THREATEN", "IRNMIL", "IRQREB") in coded("TEHRAN — The Revolutionary Guards warned that further strikes would follow against militant groups in Iraq.")
    assert ("THREATEN", "YEMREBHOU", "SAU") in coded("SANAA — The Houthis warned on Monday that their attacks on Saudi Arabia would continue.")
    assert ("THREATEN", "ISR", "LBNREBHEZ") in coded("JERUSALEM — Israel warned Hezbollah that its attacks on northern towns would be answered.")


def test_a_joint_operation_is_military_cooperation_with_its_partner() -> None:
    # "resumed joint counterterrorism operations with the Syrian Democratic Forces": CAMEO's
    # verb dictionary (CARRY OUT * {JOINT &MILITARY OPERATION} 062); the partner is "with" it,
    # and the one it is "against" is no partner
    assert ("COOPERATE", "USAMIL", "SYRREBSDF") in coded("HASAKAH — American troops resumed joint counterterrorism operations with the Syrian Democratic Forces this week.")
    keys = coded("MOSUL — American and Iraqi forces carried out a joint operation against Islamic State near Mosul.")
    assert ("COOPERATE", "USAMIL", "IRQMIL") in keys
    assert not [k for k in keys if k[0] == "COOPERATE" and k[2] == "IMGMOSISI"]


def test_a_dateline_s_country_whose_own_actors_act_is_the_story_s() -> None:
    # "WASHINGTON (AP) — The Senate voted to block the sale of fighter jets to Turkey ... The
    # State Department ... The White House": a bureau's city whose country the lead does not
    # name still sets the story when two or more of that country's own actors act in it, so
    # the Senate and the House are the US Congress, not Turkey's
    text = ("WASHINGTON (AP) — The Senate voted on Wednesday to block the sale of $20 billion in fighter jets to Turkey, dealing a rare rebuke to the administration over its policy toward Ankara.\n\n"
            "Senators from both parties said Turkey had not done enough to address concerns about its purchase of a Russian missile defense system.\n\n"
            "The State Department said it was disappointed by the vote and urged the House to reject the measure. "
            "Turkey's foreign ministry called the decision unfair.\n\n"
            "The White House has said the president would veto the resolution if it reaches his desk.")
    keys = coded(text)
    assert ("REQUEST", "USAGOV", "USALEG") in keys
    assert not [k for k in keys if k[1] == "TURLEG" or k[2] == "TURLEG"]


def test_a_demand_that_a_country_act_is_aimed_at_it_when_its_verb_is_parsed_as_a_noun() -> None:
    # "demanded that Pakistan hunt down those behind the attack", parsed as the noun "hunt"
    # with the country its modifier: a "that"-clause's head is its verb and the name before
    # it its subject, whom the demand is aimed at
    assert ("REQUEST", "CHN", "PAK") in coded("BEIJING — China demanded that Pakistan hunt down those behind the attack.")


def test_a_party_named_again_by_its_name_alone_is_the_same_actor() -> None:
    # "the Islamist Ennahda party ... Ennahda demanded his release": the name of a party or a
    # movement said again without its head word is the actor named before
    text = ("TUNIS — A Tunisian court sentenced a leader of the Islamist Ennahda party to 14 years in prison on Friday. "
            "Ennahda accused the court of serving the president.")
    assert ("ACCUSE", "TUNMOS", "TUNJUD") in coded(text)
    # (and so is the name that stands before the head word outside its mention: "the
    # opposition Ennahda party", "the Ennahda party", read as "party")
    for party in ("the opposition Ennahda party", "the Ennahda party"):
        text = (f"TUNIS — A Tunisian court sentenced a leader of {party} to 14 years in prison on Friday. "
                "Ennahda accused the court of serving the president.")
        assert ("ACCUSE", "TUNPTY", "TUNJUD") in coded(text), party


def test_an_organisation_s_name_joined_by_and_into_a_longer_name_is_a_word_of_it() -> None:
    # "the National Defense and Security Council, which is dominated by the military": a
    # council joined by "and" to the capitalised words before it in one name is that name's
    # word, not the UN Security Council; the council named alone or beside another body is
    text = ("YANGON — Myanmar's military government extended a state of emergency on Wednesday. "
            "The National Defense and Security Council agreed to the extension at a meeting in Naypyitaw. "
            "The shadow National Unity Government condemned the decision.")
    assert not [k for k in coded(text) if "IGOUNOSCN" in (k[1], k[2])]
    assert ("ACCUSE", "IGOUNOSCN", "PRK") in coded("NEW YORK — The U.N. Security Council condemned North Korea's missile launch on Monday.")


def test_those_who_are_on_strike_strike() -> None:
    # "five prisoners are on hunger strike", "doctors have been on strike since March": those
    # who are on strike are its doers (the guideline's PROTEST: strike, hunger strike), as
    # those who go on strike are
    assert ("PROTEST", "GBRCVL", None) in coded("LONDON — Five prisoners are on hunger strike in protest at their detention.")
    assert ("PROTEST", "KENHLH", None) in coded("NAIROBI — Doctors have been on strike since March over unpaid wages.")


def test_the_doer_described_by_a_participle_is_the_subject_of_the_verb_after_it() -> None:
    # "after truckers blocking roads clashed with troops", "said rebels hiding in a
    # school fired on soldiers": the participle's phrase describes its noun, which is the
    # subject of the clause's verb after it (the act had no doer)
    assert ("ASSAULT", "CHLLAB", "CHLMIL") in coded("SANTIAGO — Chile declared an emergency after truckers blocking roads clashed with troops.")
    assert ("ASSAULT", "MLIREB", "MLIMIL") in coded("BAMAKO — Mali's army said rebels hiding in a school fired on soldiers near Kidal.")


def test_a_pronoun_does_not_stand_for_a_word_describing_a_noun() -> None:
    # "said Manila had violated Chinese sovereignty and urged it to stop": "it" stands for a
    # noun phrase before it, Manila, not for the nationality describing "sovereignty"
    keys = coded("HANOI — Vietnam's foreign ministry said Beijing had breached Vietnamese waters and urged it to withdraw its ships.")
    assert ("REQUEST", "VNMGOV", "CHN") in keys
    assert ("REQUEST", "VNMGOV", "VNM") not in keys


def test_the_fighters_named_again_are_the_group_named_before_whatever_country_the_sentence_names() -> None:
    # "accused Burundi of arming FDLR rebels ... Burundi denied supporting the rebels": a
    # definite "the rebels" is the armed group the article named before, not rebels of the
    # story's country or of the only country its own sentence names
    text = ("KINSHASA — Congo's government accused Burundi of arming FDLR rebels who attacked the town of Uvira. "
            "Burundi denied supporting the rebels on Tuesday.")
    keys = coded(text)
    assert ("SUPPORT", "BDI", "RWAREBFDL") in keys
    assert not [k for k in keys if k[2] in ("BDIREB", "CODREB")]


def test_a_role_someone_owns_is_not_of_the_place_it_is_taken_from() -> None:
    # "would not withdraw its officers from Haiti": "its officers" are the owner's, and "from
    # Haiti" where they leave; officers "from Haiti" with no owner are Haiti's
    keys = coded("DAKAR — Senegal's president said his country would not withdraw its soldiers from Gambia.")
    assert not [k for k in keys if "GMBMIL" in (k[1], k[2])]
    assert ("REJECT", "SENGOV", "GMB") in keys
    assert ("CONSULT", "SENGOV", "GMBMIL") in coded("DAKAR — Senegal's president met soldiers from Gambia on Monday.")


def test_a_call_joined_by_and_after_a_participle_s_phrase_is_the_speaker_s() -> None:
    # "said the gunmen were 'professionals' backed by Belgrade and called on NATO to take
    # control": the call is the speaker's, joined to what was said, not a clause describing
    # the professionals
    text = 'PODGORICA — Montenegro\'s Prime Minister Milan Petrovic said the gunmen were "professionals" backed by Belgrade and called on NATO to take control of the border crossing.'
    assert ("REQUEST", "MNEGOV", "IGOWSTNAT") in coded(text)


def test_one_harmed_of_two_sides_named_together_was_harmed_by_the_other() -> None:
    # "Thai and Cambodian soldiers exchanged fire, killing one Cambodian soldier": the one
    # killed is of one of the two sides the subject names, and the other side is the doer
    # (the object was dropped as the subject's own, and the killing took the target of a
    # later sentence's "its soldiers", the killed soldier's side as the doer)
    text = ("VIENTIANE (AP) — Lao and Vietnamese soldiers exchanged gunfire on Wednesday near an old temple on their disputed border, "
            "killing one Vietnamese soldier, both sides said.\n\n"
            "Vietnam's Defense Ministry said Lao troops opened fire first on a Vietnamese patrol. "
            "Laos's army said its soldiers had responded after coming under attack.")
    keys = coded(text)
    assert ("ASSAULT", "LAOMIL", "VNMMIL") in keys
    assert ("ASSAULT", "VNMMIL", "LAOMIL") not in keys


def test_a_rally_outside_an_institution_is_a_protest_there() -> None:
    # "prompting thousands of protesters to rally outside parliament": read as a rally of
    # parliament ("rally" with an object wins support), it was no protest
    text = "RIGA — The government said it would close 40 rural schools, prompting thousands of teachers to rally outside parliament."
    assert ("PROTEST", "LVAEDU", "LVALEG") in coded(text)


def test_countries_the_tagger_joins_into_one_name_stay_countries() -> None:
    # "diplomats from Argentina, the Dominican Republic and Uruguay": the tagger marks "the
    # Dominican Republic and Uruguay" as one name, which made both countries words of a name
    # and dropped them; a name every word of which is a country's is a list of countries
    keys = coded("MANAGUA — Nicaragua expelled diplomats from Costa Rica, the Dominican Republic and Uruguay on Monday.")
    assert {k[2] for k in keys if k[0] == "SANCTION"} >= {"DOM", "URY"}


def test_a_clause_after_and_with_its_own_subject_is_that_subject_s_act() -> None:
    # "suspended diplomatic relations with Caracas and Peru said it would not recognise Maduro":
    # Peru is the one who will not recognise him, not a second country Panama cut ties with
    text = "QUITO — Ecuador's president cut diplomatic ties with Managua and Bolivia said it would not recognise the president's new term."
    keys = coded(text)
    assert ("REDUCE", "ECUGOV", "BOL") not in keys and not [k for k in keys if k[1] == "ECUGOV" and k[2] == "BOL"]
    assert [k for k in keys if k[1] == "BOL" and k[0] == "REJECT"]


def test_a_charge_d_affaires_is_of_the_government_whose_mission_they_head() -> None:
    # "summoned Afghanistan's charge d'affaires": the head of a mission with no ambassador is
    # the government's, as an ambassador is (the Phoenix agents dictionary, ~GOV)
    assert ("ACCUSE", "IRNGOV", "AZEGOV") in coded("TEHRAN — Iran's foreign ministry summoned Azerbaijan's chargé d’affaires to lodge a protest.")
    assert ("ACCUSE", "IRNGOV", "AZEGOV") in coded("TEHRAN — Iran's foreign ministry summoned Azerbaijan's charge d'affaires on Monday.")


def test_one_called_to_discuss_something_was_phoned() -> None:
    # "called Putin to discuss energy supplies": a "to"-infinitive of talking after "called"
    # is what the call was for (CAMEO's verb dictionary: CALL 041, discuss by telephone), not
    # what the one called was named; "called the plan a betrayal" still names a thing
    assert ("CONSULT", "HUNGOV", "RUSGOV") in coded("BUDAPEST — Prime Minister Andras Varga called Putin to discuss energy supplies.")
    assert not [k for k in coded("BUDAPEST — Prime Minister Andras Varga called the plan a betrayal.") if k[0] == "CONSULT"]


def test_a_threat_is_not_aimed_at_whom_its_purpose_is_done_for() -> None:
    # "threatened to use force to restore the ousted president": the one a threat's purpose
    # restores or protects is not whom it is aimed at (the guideline's target: whom the act
    # is aimed at); one it would stop is
    keys = coded("ABUJA — ECOWAS threatened to use force to restore the ousted president of Gabon.")
    assert not [k for k in keys if k[0] == "THREATEN" and k[2] and k[2].startswith("GAB")]
    assert ("THREATEN", "USA", "PRK") in coded("WASHINGTON — The United States threatened to use force to stop North Korea.")


def test_trade_halted_or_stopped_is_an_embargo() -> None:
    # "halted all trade with Israel": trade halted or stopped is an embargo, as trade
    # suspended already was (CAMEO 163)
    assert ("SANCTION", "TUR", "ARM") in coded("ANKARA — Turkey halted all trade with Armenia over the dispute.")
    assert ("SANCTION", "CHN", "AUS") in coded("BEIJING — China stopped imports of Australian wine on Monday.")


def test_those_harmed_in_a_result_clause_are_of_the_side_the_act_was_aimed_at() -> None:
    # "opened fire on an Israeli checkpoint near Nablus, wounding two soldiers": the soldiers
    # the text gives no country are of the side the firing was aimed at, not of the story's
    # country (which made the attackers wound their own side's soldiers)
    keys = coded("KABUL — Taliban fighters attacked a Pakistani border post, wounding three soldiers.")
    assert ("ASSAULT", "AFGREBTAL", "PAKMIL") in keys
    assert not [k for k in keys if k[2] == "AFGMIL"]


def test_a_military_rank_before_a_name_is_the_military_s() -> None:
    # "Army chief Gen. Waker-Uz-Zaman ... urged protesters": the rank is a title of the armed
    # forces (the Phoenix agents dictionary: GEN., COLONEL, MAJOR_GENERAL ~MIL), so the
    # person is the military's; without it the name made a second source of no role
    keys = coded("DHAKA — Army chief Gen. Rahim-Ud-Daula said an interim government would be formed and urged protesters to end the violence.")
    assert {k[1] for k in keys if k[0] == "REQUEST"} == {"BGDMIL"}
    assert ("CONSULT", "MLIMIL", "RUSGOV") in coded("BAMAKO — Col. Hamid Diallo met the Russian ambassador on Monday.")
    # ("a general strike": "general" alone is no rank)
    assert not [k for k in coded("NAIROBI — Unions called a general strike against the tax rises.") if "MIL" in (k[1] or "")]


def test_a_person_s_arrest_called_illegal_names_no_arrester() -> None:
    # "ordered the release of opposition leader Imran Khan, calling his arrest illegal": "his"
    # before an act done to people is the one it was done to, not its doer, so the court
    # does not reproach the man it frees; "Ukraine's attack" still names the attacker
    keys = coded("ISLAMABAD — The high court ordered the release of opposition leader Farid Baloch, calling his arrest illegal.")
    assert not [k for k in keys if k[0] == "ACCUSE"]
    assert ("ACCUSE", "RUS", "UKR") in coded("MOSCOW — Russia called Ukraine's attack a provocation.")


def test_training_another_s_forces_is_military_aid() -> None:
    # "US special forces trained Nigerian troops": training someone's forces gives them
    # military aid (CAMEO's verb dictionary: TRAIN * FORCES 072); one's own are no one helped
    assert ("AID", "USAMIL", "NERMIL") in coded("WASHINGTON — US special forces trained Nigerien troops in counterterrorism tactics.")
    assert not [k for k in coded("KYIV — Ukraine trained its own soldiers on the new rifles.") if k[0] == "AID"]


def test_an_agreement_welcomed_is_the_one_both_sides_made() -> None:
    # "Armenia and Azerbaijan have agreed on the text of a peace treaty ... Pashinyan ...
    # proposed holding the ceremony ... The EU welcomed the agreement": an act of two sides
    # named again is the last of its kind told with two sides, not a proposal one side made
    text = ("BAKU — Azerbaijan and Georgia have agreed on the text of a border treaty, the two foreign ministries said on Thursday. "
            "Georgia's prime minister said Tbilisi was ready to sign it and proposed holding the ceremony in Batumi. "
            "The European Union welcomed the agreement.")
    keys = coded(text)
    assert {k[2] for k in keys if k[0] == "SUPPORT" and k[1] == "IGOEUREEC"} == {"AZE", "GEO"}


def test_the_group_is_not_the_news_agency_told_before() -> None:
    # "commander Ali told Reuters by phone ... The Islamist group said": "the group" is the
    # armed group named before, not the news agency (or a company) named as a source
    text = ("MOGADISHU — Somali troops recaptured the town of Adale from al-Shabaab on Sunday, a commander told Reuters by phone. "
            "The Islamist group said it had killed dozens of soldiers in the fighting.")
    keys = coded(text)
    assert not [k for k in keys if "GBRMED" in (k[1], k[2])]
    assert ("ASSAULT", "SOMREBSHB", "SOMMIL") in keys


def test_an_accusation_joined_after_a_modal_clause_is_made_now() -> None:
    # "said he would keep pushing for the measure and accused Trump of playing politics": the
    # accusation is joined to "said", made now, not part of what he would do
    text = "WASHINGTON — Senator Ann Cole said she would keep pushing for the measure and accused Trump of playing politics."
    assert [(e.source.code if e.source else None, e.modality) for e in events(text, published=PUB, settings=ALL) if e.plover == "ACCUSE"] == [("USALEG", "asserted")]


def test_an_act_brought_back_into_force_is_done_again() -> None:
    # "reactivating arrest warrants against two former ministers": a warrant, a curfew or a
    # ban reactivated or reinstated is issued again by whoever does so, as one renewed is
    keys = coded("LIMA — Peru's attorney general said she was reactivating arrest warrants against two former ministers.")
    assert [k for k in keys if k[0] == "COERCE" and k[1] == "PERJUD"]
    assert [k for k in coded("QUITO — The government reinstated a nightly curfew in Guayaquil on Monday.") if k[:2] == ("COERCE", "ECUGOV")]


def test_an_agent_word_describing_an_accord_is_no_actor() -> None:
    # "suspended a military agreement with the North": "military" describes the agreement and
    # names no forces, which made South Korea sanction its own army; a "military convoy"
    # struck is still the forces'
    keys = coded("SEOUL — South Korea suspended a military agreement with the North on Tuesday.")
    assert not [k for k in keys if k[2] == "KORMIL"]
    assert ("ASSAULT", "ISR", "PSEMIL") in coded("GAZA — Israel struck a military convoy.")


def test_a_border_closed_by_its_owner_is_aimed_at_the_neighbour() -> None:
    # "closed its border with Sudan": "its" is the closer's own; the restriction of movement
    # (191) is aimed at the neighbour the border is "with", as for "the border with X"
    keys = coded("NAIROBI — Kenya's government closed its border with Somalia on Friday.")
    assert ("COERCE", "KENGOV", "SOM") in keys
    assert not [k for k in keys if k[0] == "COERCE" and k[2] in (None, "KENGOV", "KEN")]


def test_a_border_or_an_embassy_reopened_is_cooperation_with_the_other_side() -> None:
    # CAMEO's verb dictionary: REOPEN * BORDER 050, OPEN, REOPEN * EMBASSY 054; whose the
    # border is, is the one reopening it, the neighbour the other side
    assert [e.cameo for e in events("HANOI — Laos reopened its border crossings with Vietnam on Monday.", published=PUB, settings=ALL)
            if e.source and e.source.code == "LAO" and e.target and e.target.code == "VNM"] == ["050"]
    assert [e.cameo for e in events("Qatar reopened its embassy in Cairo.", published=PUB, settings=ALL)
            if e.source and e.source.code == "QAT" and e.target and e.target.country == "EGY"] == ["054"]
    assert not coded("The library reopened its reading rooms to students.")


def test_what_may_befall_people_is_no_threat_of_the_warner() -> None:
    # "warned that thousands of refugees could be stranded": a possibility befalling people,
    # by no act the coder knows, is a comment (CAMEO's pessimistic comment), not the warner's
    # threat; "would be crushed" is still the warner's promise
    story = "KAMPALA, Uganda — Uganda closed its border with Congo on Monday. "
    assert not [k for k in coded(story + "Relief agencies warned that thousands of families could be trapped.") if k[0] == "THREATEN"]
    assert [k for k in coded(story + "The defence minister warned that the rebels would be crushed.") if k[0] == "THREATEN" and k[1] == "UGAGOV"]


def test_the_army_named_before_is_the_army_again() -> None:
    # "Sudan's army said ... The RSF accused the army of ...": in a story filed from another
    # country, a definite "the army" is the army the article named before, not the dateline's
    text = ("N'DJAMENA, Chad — Chad closed its border on Monday. Sudan's army said its troops had left the town of Bara. "
            "The RSF accused the army of shelling a market there.")
    keys = keyed(events(text, published="2025-06-01", settings=ALL))
    assert ("ACCUSE", "SDNREBRSF", "SDNMIL") in keys
    assert not [k for k in keys if "TCDMIL" in (k[1], k[2])]


def test_a_named_groups_titles_and_fighters_are_the_group() -> None:
    # "the ELN's commanders", "Hezbollah's fighters": a title or the fighters a named group
    # owns are the group's, not a role of the group's country (the ELN's commanders were
    # Colombia's army)
    keys = coded("The ELN's commanders announced a truce with the Colombian army.")
    assert {k[1] for k in keys} == {"COLREBELN"}
    assert ("ASSAULT", "LBNREBHEZ", "ISRMIL") in coded("Hezbollah's fighters shelled an Israeli army position near Metula.")


def test_an_attacks_victims_told_in_its_relative_clause_are_its_targets() -> None:
    # "claimed responsibility for a suicide bombing that killed 14 people": the ones the
    # clause describing the attack says it harmed are whom it was done to, and the claimant
    # did it
    keys = coded("Al-Shabaab claimed responsibility for a car bombing that killed nine people at a hotel in Kismayo.")
    assert ("ASSAULT", "SOMREBSHB", "SOMCVL") in keys
    keys = coded("The Pakistani Taliban claimed responsibility for an ambush that wounded six soldiers in Bannu.")
    assert [k for k in keys if k[0] == "ASSAULT" and k[2] == "PAKMIL" and k[1] and k[1].startswith("PAK")]


def test_the_by_of_a_named_act_hung_on_what_it_was_done_to_is_its_doer() -> None:
    # "condemned the storming of the Al-Ibrahimi mosque compound by Israeli settlers": the
    # parser hangs the act's "by" on the last noun of its "of"-phrase; the one condemned is
    # still who stormed it (and "storming" names the act, as "stormed" does); a count of
    # them, "by hundreds of Israeli settlers", is they
    assert ("ACCUSE", "TURGOV", "ISRCVL") in coded("Turkey's foreign ministry condemned the storming of the Al-Ibrahimi mosque compound by Israeli settlers.")
    assert ("ACCUSE", "OMNGOV", "ISRCVL") in coded(
        "Oman's foreign ministry condemned the storming of the Al-Aqsa mosque compound by hundreds of Israeli settlers.")


def test_whom_a_charged_act_is_done_for_is_not_the_one_charged() -> None:
    # "charged two women with spying for Iran": the act one is charged with names its own
    # others; Iran is not whom the charge is aimed at
    keys = coded("Dutch prosecutors charged two women with spying for Iran.")
    assert not [k for k in keys if k[0] == "ACCUSE" and k[2] == "IRN"]


def test_what_two_sides_trade_accusations_over_is_not_their_target() -> None:
    # "traded accusations over Sudan's role": a mutual act names its other side by its own
    # prepositions; what it is about is no target
    keys = coded("Ethiopia and Egypt traded accusations over Sudan's role in the dam talks.")
    assert ("ACCUSE", "ETH", "EGY") in keys
    assert not [k for k in keys if k[2] == "SDN"]


def test_a_town_shelled_or_bombed_is_a_place_not_a_person_of_the_attacker() -> None:
    # "bombed Khan Younis", "shelled Kupiansk": the town the tagger calls a person or a body
    # is a place of its country where the gazetteer knows it, else no one's; never a person
    # of the attacker's country
    assert ("ASSAULT", "ISRMIL", "PSE") in coded("Israeli warplanes bombed Khan Younis on Monday.")
    assert not [k for k in coded("Israeli warplanes bombed Khan Younis on Monday.") if k[2] == "ISR"]
    assert not [k for k in coded("Russian artillery shelled Kupiansk on Sunday.") if k[2] and k[2].startswith("RUS")]


def test_aid_held_or_had_is_not_given() -> None:
    # "a warehouse that held aid for Ukraine": aid held is no aid provided (CAMEO 07), and a
    # building is no giver; aid given still is
    text = "WARSAW — Two men were convicted of setting fire to a Warsaw depot that held aid for Moldova."
    assert not [k for k in coded(text) if k[0] == "AID"]
    assert ("AID", "NOR", "MDA") in coded("Norway gave aid to Moldova.")


def test_a_named_groups_leaders_and_negotiators_are_the_group() -> None:
    # "hosted Hamas's negotiators": the leaders a named group owns are the group, not the
    # government of its country
    keys = coded("Qatar hosted Hamas's negotiators in Doha on Monday.")
    assert ("CONSULT", "QAT", "PSEREBHMS") in keys
    assert not [k for k in keys if k[2] == "PSEGOV"]


def test_a_university_named_again_by_its_short_name_is_the_university() -> None:
    # "Columbia University ... Columbia sued the administration": the short name, which the
    # article's country alone was given for, is the university named before
    text = ("NEW YORK (AP) — The administration froze $400 million in grants to Columbia University on Monday. "
            "Columbia sued the administration on Wednesday.")
    assert [k for k in coded(text) if k[0] == "ACCUSE" and k[1] == "USAEDU"]


def test_migrants_named_by_nationality_do_not_set_where_the_story_is() -> None:
    # "ended protections for Venezuelan migrants": migrants and refugees named by their
    # nationality are foreigners where they are; the court and the administration are not
    # theirs (in a story from Washington, the home's; with no dateline, no one's)
    keys = coded("WASHINGTON — The Supreme Court allowed the government to end protections for Haitian migrants.")
    assert not [k for k in keys if k[1] and k[1].startswith("HTI")]
    assert not [k for k in coded("Police arrested four Eritrean migrants on Tuesday.") if k[1] and k[1].startswith("ERI")]
    assert ("COERCE", "GBR", "ALBREF") in coded("LONDON — Britain deported 50 Albanian migrants.")


def test_a_count_with_the_passive_left_out_is_of_the_ones_named_first() -> None:
    # "20 people were injured and 15 arrested", "two protesters were shot dead and dozens
    # arrested": the count with its auxiliary and noun left out is of the ones the first
    # passive names, arrested by no one named
    keys = coded("LA PAZ — At least 11 people were injured and 23 detained during the march, police said.")
    assert ("COERCE", None, "BOLCVL") in keys
    keys = coded("DHAKA — Three students were shot dead and dozens arrested on Friday.")
    assert ("COERCE", None, "BGDEDU") in keys


def test_firms_acted_on_do_not_move_a_story_away_from_its_dateline() -> None:
    # "WASHINGTON — The Treasury sanctioned two Iranian banks ... Iran's foreign ministry
    # condemned the sanctions": the banks are acted on, and one answer from Tehran does not
    # make the Treasury Iran's
    text = ("WASHINGTON — The Treasury sanctioned three Venezuelan oil firms on Friday. "
            "Venezuela's foreign ministry condemned the sanctions.")
    keys = coded(text)
    assert ("SANCTION", "USAGOV", "VENBUS") in keys
    assert not [k for k in keys if k[0] == "SANCTION" and k[1] and k[1].startswith("VEN")]


def test_a_blacklisting_denounced_is_aimed_at_the_blacklister() -> None:
    # "China denounced the blacklisting": the act named again by its noun (the verb's, 163)
    # is the one told before, and the one denounced its doer
    text = ("WASHINGTON — The Commerce Department added six Chinese chipmakers to a trade blacklist on Tuesday. "
            "China's commerce ministry denounced the blacklisting.")
    assert ("ACCUSE", "CHNGOV", "USAGOV") in coded(text)


def test_the_crowd_that_pelted_the_injured_injured_them() -> None:
    # "were injured when protesters pelted them with stones": the clause telling how the harm
    # was done names its doer, for a crowd's force as for gunfire
    keys = coded("SANTIAGO — Five police officers were injured when rioters pelted them with rocks on Friday.")
    assert ("ASSAULT", "CHLCVL", "CHLCOP") in keys
    assert ("ASSAULT", "CHLCVL", "CHLCOP") in coded("SANTIAGO — Two guards were injured when demonstrators hurled bottles at them.")


def test_its_is_never_a_plural_subject() -> None:
    # "Bahrain cut ties with Iran after protesters stormed its embassy": "its" is one, never the
    # plural subject of its clause; the subject of the clause above
    keys = coded("Kuwait recalled its envoy from Iraq after protesters attacked its consulate in Basra.")
    assert not [k for k in keys if k[1] == "IRQCVL" and k[2] and k[2].startswith("IRQ")]
    assert [k for k in keys if k[1] == "IRQCVL" and k[2] == "KWTGOV"]


def test_a_person_titled_by_a_body_is_of_that_body() -> None:
    # "Police detained Reuters reporter John Maddox": a reporter, a commander, an activist
    # named after their body are its people, not someone of the dateline's country beside it
    keys = coded("ANKARA — Turkish police detained Reuters photographer Selim Aras at a protest on Sunday.")
    assert ("COERCE", "TURCOP", "GBRMED") in keys
    assert not [k for k in keys if k[2] == "TUR"]
    keys = coded("BERLIN — Police detained Greenpeace activist Lena Brandt outside the chancellery.")
    assert not [k for k in keys if k[2] and k[2].startswith("DEU")]
    keys = coded("BEIRUT — An Israeli drone killed Hezbollah commander Hassan Dbouk near Tyre.")
    assert {k[2] for k in keys if k[0] == "ASSAULT"} <= {"LBN", "LBNREBHEZ"}


def test_a_beating_told_later_names_no_doer_of_a_killing() -> None:
    # "nine villagers were killed ... soldiers beat villagers": a beating, an act of force of
    # its own (CAMEO 182), is no second telling of the killing, whose doer stays unnamed
    text = ("BULAWAYO — At least five protesters were killed in Bulawayo on Sunday, a hospital official said. "
            "Witnesses said soldiers beat residents in the townships.")
    evs = events(text, published=PUB, settings=ALL)
    assert [(e.source, e.target.code if e.target else None) for e in evs if e.trigger == "killed"] == [(None, "ZWECVL")]
    assert [e.source.code if e.source else None for e in evs if e.trigger == "beat"] == ["ZWEMIL"]



def test_a_participle_beside_a_verb_of_pressing_is_done_not_pressed_for() -> None:
    # "pushed the bill through, defying the unions": the defiance is told as done; only an act
    # in the complement of "push", "urge" or "ask" is not yet done
    evs = events("PARIS — The government pushed the pension bill through parliament on Thursday, defying the unions.", published=PUB)
    assert [(e.plover, e.modality) for e in evs if e.plover == "REJECT"] == [("REJECT", "asserted")]
    evs = events("LIMA — The prosecutor asked a judge to jail the former mayor, accusing him of taking bribes.", published=PUB)
    assert [(e.plover, e.modality) for e in evs if e.plover == "ACCUSE"] == [("ACCUSE", "asserted")]
    keys = {(e.plover, e.modality, e.target.code if e.target else None) for e in events(
        "WARSAW — Opposition lawmakers urged the government to expel the Russian ambassador, accusing Moscow of sabotage.", published=PUB)}
    assert ("ACCUSE", "asserted", "RUS") in keys


def test_its_after_a_plural_or_a_person_is_the_one_acted_on() -> None:
    # "the senators pressed the Pentagon, criticising its handling": "its" is neither the
    # senators (several) nor a person; the one body the clause acted on is the one it stands for
    keys = coded("WASHINGTON — The senators pressed the Pentagon for answers on Tuesday, criticising its handling of the raid.")
    assert ("ACCUSE", "USALEG", "USAMIL") in keys
    keys = coded("WASHINGTON — President Ellen Marsh pressed Israel on Monday, criticising its conduct of the war.")
    assert ("ACCUSE", "USAGOV", "ISR") in keys
    # (a subject that can be "its" still is: "Turkey condemned Greece over its drills" is Greece's
    # doing only when the clause says so)
    keys = coded("ANKARA — Turkey criticised Greece on Monday, defending its own drills in the Aegean.")
    assert not [k for k in keys if k[0] == "SUPPORT" and k[2] == "GRC"]


def test_what_was_struck_is_what_it_was_said_to_be() -> None:
    # "struck what the military said were Hezbollah depots": the parser leaves the strike with
    # no object, the thing named hung on the saying; what was struck is that thing
    keys = coded("BEIRUT — Israeli jets struck what the army said were Hezbollah rocket launchers near Tyre on Sunday.")
    assert ("ASSAULT", "ISRMIL", "LBNREBHEZ") in keys
    keys = coded("KYIV — Russian troops shelled what Moscow claimed was a Ukrainian fuel depot near Izium.")
    assert [k for k in keys if k[0] == "ASSAULT" and k[1] == "RUSMIL" and k[2] and k[2].startswith("UKR")]


def test_weapon_strikes_that_are_a_subject_are_a_noun() -> None:
    # "said that Indian missile strikes on six sites killed 26 civilians": the tagger reads
    # "strikes" as a verb with "missile" its subject; as the subject of "killed" it is the
    # strikes, and the adjective before them says whose
    keys = coded("KYIV — Ukraine said that Russian missile strikes on two towns killed nine civilians.")
    assert ("ASSAULT", "RUS", "UKRCVL") in keys
    assert not [k for k in keys if k[0] == "ASSAULT" and k[1] is None]


def test_a_response_or_revenge_promised_is_a_threat() -> None:
    # "Moscow called the decision provocative and promised a response": a response or revenge
    # promised, as one vowed, threatens whoever did the hostile act just told
    text = "HELSINKI — Finland closed its border with Russia on Monday. Moscow called the decision provocative and promised a response."
    assert ("THREATEN", "RUS", "FIN") in coded(text)
    text = "LONDON — Britain expelled two Russian diplomats on Tuesday. Russia promised retaliation."
    assert ("THREATEN", "RUS", "GBR") in coded(text)
    # (a promise of help is still an intent to cooperate, not a threat)
    assert not [k for k in coded("KYIV — Germany promised more air defence systems to Ukraine.") if k[0] == "THREATEN"]


def test_the_mediator_of_an_exchange_is_no_side_of_it() -> None:
    # "exchanged prisoners with the mediation of the UAE": each side freed the other's; the
    # one whose help it was freed no one
    keys = coded("KYIV — Ukraine and Russia swapped 84 prisoners each on Sunday, with the mediation of Qatar.")
    assert {k for k in keys if k[0] == "RETREAT"} == {("RETREAT", "UKR", "RUS"), ("RETREAT", "RUS", "UKR")}
    keys = coded("KYIV — Ukraine exchanged 84 prisoners with Russia on Sunday.")
    assert {k for k in keys if k[0] == "RETREAT"} == {("RETREAT", "UKR", "RUS"), ("RETREAT", "RUS", "UKR")}


def test_a_war_opposed_gives_the_protesters_no_country() -> None:
    # "suspended a student group that organised a protest against the war in Gaza", from New
    # York: the war is what is opposed, not where the students are; the dateline's country stays
    keys = coded("BOSTON — Harwick College suspended a student group that held a rally against the war in Sudan.")
    assert not [k for k in keys if (k[1] or "").startswith("SDN")]
    assert ("PROTEST", "USAEDU", None) in keys


def test_harm_told_by_a_passive_gerund_is_done_to_the_clauses_subject() -> None:
    # "stabbed two people before being shot by police": the one shot is the one who stabbed
    keys = coded("PERTH — A man stabbed three people at a train station before being shot by police.")
    assert ("ASSAULT", "AUSCOP", "AUSCVL") in keys
    keys = coded("CAIRO — A student died on Sunday after being beaten by police, his lawyer said.")
    assert [k for k in keys if k[0] == "ASSAULT" and k[1] == "EGYCOP" and k[2] and k[2].startswith("EGY")]


def test_the_junta_is_the_one_named_before_whatever_country_its_sentence_names() -> None:
    # "Niger's military junta ordered the French ambassador to leave. The junta also called on
    # French troops to leave": the junta named again is Niger's, not France's, the one country
    # its own sentence names
    text = ("NIAMEY — Mali's military junta on Friday expelled the French ambassador. "
            "The junta also called on the 900 French troops in the country to leave.")
    keys = coded(text)
    assert ("REQUEST", "MLIMIL", "FRAMIL") in keys
    assert not [k for k in keys if (k[1] or "").startswith("FRA")]


def test_a_refusal_is_filed_under_what_is_refused() -> None:
    # "refused to concede the election": a refusal to yield (CAMEO 124), as "will not concede"
    # is; "declined to meet the envoy": a meeting rejected (125)
    evs = events("LIMA — The opposition candidate refused to concede the election, citing fraud.", published=PUB, settings=ALL)
    assert {e.cameo for e in evs if e.plover == "REJECT"} == {"124"}
    evs = events("TEHRAN — Iran's president declined to meet the French envoy on Monday.", published=PUB, settings=ALL)
    assert {e.cameo for e in evs if e.plover == "REJECT"} == {"125"}


def test_the_country_a_threat_would_shut_down_is_where_not_whom() -> None:
    # "threatened to shut down the country if the government fails to reverse the hike": the
    # unions' own country is where; the threat presses whoever must meet its condition
    text = "ACCRA — Ghana's labour unions threatened to shut down the country if the government fails to scrap the new tax."
    keys = coded(text)
    assert ("THREATEN", "GHALAB", "GHAGOV") in keys
    assert ("THREATEN", "GHALAB", "GHA") not in keys



def test_a_threat_told_after_its_day_is_a_threat_not_the_act() -> None:
    # "threatened on Tuesday to kill the prime minister": a threat, not a killing told as done
    keys = {(e.plover, e.modality) for e in events(
        "PORT-AU-PRINCE — A gang leader threatened on Tuesday to kill the prime minister if he did not resign.", published=PUB, settings=ALL)}
    assert ("THREATEN", "asserted") in keys
    assert ("ASSAULT", "asserted") not in keys


def test_criminal_before_a_noun_names_no_criminal() -> None:
    # "questioned by the Criminal Investigation Department": "criminal" qualifying a noun
    # (a department, a court, charges) names no criminal doing anything
    text = ("COLOMBO, Sri Lanka (Reuters) — Sri Lankan police arrested former President Mahinda Perera on Friday over "
            "allegations that he misused state funds, officials said. Perera, who led the country from 2015 to 2019, was "
            "questioned for several hours by the Criminal Investigation Department before being taken into custody.")
    evs = events(text, published=PUB, settings=ALL)
    assert not [e for e in evs if e.source is not None and e.source.role == "CRM"]


def test_forces_a_force_tells_of_are_its_own() -> None:
    # "the Israeli military said soldiers detained 12 suspects", from Jenin: the soldiers an
    # army or a police force tells of are its own, not the dateline's country's
    keys = coded("NABLUS, West Bank — The Israeli military said soldiers arrested nine suspects in the city overnight.")
    assert [k for k in keys if k[0] == "COERCE" and k[1] == "ISRMIL"]
    keys = coded("NABLUS, West Bank — Soldiers arrested nine suspects in the city overnight, the IDF said.")
    assert [k for k in keys if k[0] == "COERCE" and k[1] == "ISRMIL"]
    # (whoever else tells of soldiers leaves them where the story is)
    keys = coded("NABLUS, West Bank — Residents said soldiers arrested nine men in the city overnight.")
    assert not [k for k in keys if k[1] == "ISRMIL"]


def test_those_detained_while_marching_are_detained() -> None:
    # "police detained dozens of farmers marching towards the capital": an arrest of the
    # marchers, as well as their march
    keys = coded("DHAKA, Bangladesh — Riot police detained hundreds of students marching on the parliament on Sunday.")
    assert ("COERCE", "BGDCOP", "BGDEDU") in keys


def test_a_name_that_qualifies_a_place_noun_is_the_place_not_a_person() -> None:
    # "the Rafah crossing": a name the tagger takes for a person's, before "crossing", "dam" or
    # "border", is the place's; not a person of the dateline's country
    evs = events("AMMAN, Jordan — Jordan condemned the closure of the Kerem Shalom crossing by Israeli forces on Sunday.",
                 published=PUB, settings=ALL)
    assert not [e for e in evs if e.target is not None and e.target.kind == "person"]
    assert not [e for e in evs if e.target is not None and e.target.country == "JOR"]


def test_it_called_on_to_act_is_the_one_named_before() -> None:
    # "condemned Israel's seizure of the crossing and called on it to withdraw": the one
    # called on, who is to act, is the country named before, not the caller, not the place
    keys = coded("AMMAN, Jordan — Jordan's foreign ministry denounced Israel's takeover of the Kerem Shalom crossing "
                 "and called on it to pull back its troops.")
    assert ("REQUEST", "JORGOV", "ISR") in keys


def test_a_states_body_named_by_where_it_sits_is_that_countrys() -> None:
    # "the government in Kabul", "the junta in Niger": of the country it sits in, as "of"
    # names it; not the dateline's country
    assert ("SANCTION", "GBR", "AFGGOV") in coded("LONDON — Britain imposed new sanctions on the government in Kabul on Monday.")
    assert ("SANCTION", "MLIMIL", "FRAGOV") in coded("PARIS — The junta in Mali ordered the French ambassador to leave the country.")
    # (an embassy sits where it is kept, not of that country)
    assert not [k for k in coded("LONDON — Protesters attacked the embassy in Kabul on Monday.") if k[2] == "AFGGOV"]


def test_a_cease_fire_refused_is_no_firing() -> None:
    # "would not declare a cease-fire in northern Syria": no attack, asserted or negated
    evs = events("ANKARA, Turkey — Turkey's president said his country would not declare a cease-fire in northern Iraq.",
                 published=PUB, settings=ALL)
    assert not [e for e in evs if e.plover == "ASSAULT"]


def test_a_speech_act_participle_after_what_would_be_is_the_speakers_act() -> None:
    # "said his country would not declare a ceasefire, rejecting U.S. demands": the rejection
    # is made by saying so, now; not what the country would do
    evs = events("ATHENS — Greece's prime minister said on Monday that his government would not reopen the border, "
                 "rejecting demands from Turkey to let the migrants through.", published=PUB, settings=ALL)
    assert [(e.to_dict()["source_code"], e.to_dict()["target_code"], e.modality) for e in evs if e.plover == "REJECT"] == [("GRCGOV", "TUR", "asserted")]
    # (beside a past act it is of that act: "said he had urged officials, warning them")
    evs = events("ATHENS — The envoy said he had urged officials to release the funds, warning them that Turkey would see the delay as weakness.",
                 published=PUB, settings=ALL)
    assert not [e for e in evs if e.plover == "THREATEN" and e.modality == "asserted" and e.to_dict()["target_code"] == "TUR"]


def test_a_country_in_what_someone_is_blamed_for_is_no_country_of_either_side() -> None:
    # "protesters accuse the political elite of serving the interests of Iran", from Baghdad:
    # the protesters and the elite are Iraq's; Iran is only in what the elite is blamed for
    keys = coded("LA PAZ — Demonstrators accuse the ruling elite of corruption and of serving the interests of Venezuela.")
    assert ("ACCUSE", "BOLCVL", "BOLELI") in keys
    assert not [k for k in keys if "VEN" in (k[1] or "") + (k[2] or "")]


def test_clashes_between_loyal_troops_and_protesters_are_between_both() -> None:
    keys = coded("CARACAS, Venezuela — Clashes broke out on Tuesday between soldiers loyal to the president and protesters in the capital.")
    assert [k for k in keys if k[0] in ("PROTEST", "ASSAULT") and {k[1], k[2]} == {"VENMIL", "VENCVL"}]


def test_the_one_ordered_held_without_bond_is_detained_by_the_judge() -> None:
    keys = coded("AKRON, Ohio (AP) — A judge ordered the 19-year-old man held without bond on Wednesday.")
    assert ("COERCE", "USAJUD", "USACVL") in keys


def test_him_is_no_court_named_by_its_head_before_of() -> None:
    # "A judge at the Federal Court of Justice ordered him held": "him" is not the court
    evs = events("BERLIN — Police arrested a man in Essen on Tuesday. A judge at the Federal Court of Justice ordered him held.",
                 published=PUB, settings=ALL)
    held = [e for e in evs if e.sentence_index == 2 and e.plover == "COERCE"]
    assert held and not [e for e in held if e.target_text and "Court" in e.target_text]


def test_soldiers_taken_prisoner_are_detained() -> None:
    # "captured an outpost, taking 40 soldiers prisoner": those captured are held (COERCE),
    # as hostages taken are abducted
    keys = coded("SITTWE, Myanmar — The rebel army said it had overrun a border post, taking 25 soldiers prisoner.")
    assert ("COERCE", "MMRREB", "MMRMIL") in keys


def test_protesters_in_a_region_who_blocked_roads_protested() -> None:
    keys = coded("PRISTINA, Kosovo — Ethnic Serbs in the north blocked roads on Monday.")
    assert [k for k in keys if k[0] == "PROTEST"]


def test_sanctions_imposed_after_a_refusal_told_in_the_perfect_are_imposed() -> None:
    keys = coded("BRUSSELS — The European Union has declined to recognise the election results and imposed sanctions on 40 Belarusian officials.")
    assert ("SANCTION", "IGOEUREEC", "BLRGOV") in keys


def test_a_passive_with_a_subject_of_its_own_shares_no_doer_with_the_clause_before() -> None:
    # "shops were looted, and three subway stations were set on fire": the shops set nothing
    # on fire; the stations were set on fire by no one named
    evs = events("HONG KONG — Branches of mainland Chinese banks were looted in several districts, and two subway stations were set on fire, "
                 "the rail operator said.", published=PUB, settings=ALL)
    fire = [e for e in evs if e.rule and e.rule.startswith("set.on.fire")]
    assert fire and all(e.source is None for e in fire)


def test_neither_as_subject_negates_the_act() -> None:
    # "two presidents have been impeached, and neither was removed from office"
    evs = events("WASHINGTON — Two governors have been impeached in the state's history, and neither was removed from office.",
                 published=PUB, settings=ALL)
    removed = [e for e in evs if e.rule and e.rule.startswith("remove.office")]
    assert removed and all(e.modality == "negated" for e in removed)


def test_the_militants_are_those_named_before_whoever_else_the_sentence_names() -> None:
    # "killed eight Islamic State militants ... said the militants had planned the bombing,
    # which killed three Taliban fighters": the militants are Islamic State's
    keys = coded("KUNDUZ, Afghanistan — Police said they had killed six Islamic State militants in a raid on Sunday. "
                 "A spokesman said the militants had carried out an attack that killed two Taliban guards.")
    assert [k for k in keys if k[0] == "ASSAULT" and k[1] == "IMGMOSISI" and k[2] and k[2].startswith("AFG")]
    assert not [k for k in keys if k[0] == "ASSAULT" and k[1] == "AFGREB"]


def test_the_soldiers_are_those_named_before_not_the_sentences_country() -> None:
    # "South African soldiers shot a herder ... accused the soldiers of crossing into Lesotho":
    # the soldiers named before, not Lesotho's, which the sentence names
    keys = coded("MASERU, Lesotho — Lesotho summoned South Africa's envoy after South African soldiers shot a herder near the border. "
                 "The foreign ministry accused the soldiers of crossing into Lesotho.")
    assert ("ACCUSE", "LSOGOV", "ZAFMIL") in keys
    assert not [k for k in keys if k[2] == "LSOMIL"]


def test_a_body_based_somewhere_is_of_the_country_it_is_based_in() -> None:
    # "seized a tanker operated by a Dubai-based company": the company is the Emirates', not
    # the dateline's
    keys = coded("LONDON — British police raided the offices of a Singapore-based shipping company on Wednesday.")
    assert ("COERCE", "GBRCOP", "SGPBUS") in keys


def test_protesters_called_bandits_are_criticised() -> None:
    # "called the protesters 'bandits'": a name of reproach, as "thugs" or "criminals"
    keys = coded('TEHRAN, Iran — The supreme leader backed the price rise and called the protesters "bandits."')
    assert ("ACCUSE", "IRNGOV", "IRNCVL") in keys


def test_a_restriction_on_everyone_is_no_second_telling_of_an_arrest() -> None:
    # "cut off internet access nationwide and arrested 1,000 people": two acts of coercion,
    # one laid on everyone (CAMEO 172), one on those arrested
    keys = coded("TEHRAN, Iran — Authorities shut down mobile internet nationwide and detained hundreds of people, state media reported.")
    assert ("COERCE", "IRNGOV", None) in keys and ("COERCE", "IRNGOV", "IRNCVL") in keys


def test_what_a_vowed_act_goes_on_until_has_not_happened() -> None:
    # "vowed to continue the operation until Hamas was destroyed": no destruction told as done
    evs = events("JERUSALEM — The defence minister vowed to press on with the campaign until the militia was destroyed.",
                 published=PUB, settings=ALL)
    assert not [e for e in evs if e.cameo.startswith(("17", "18", "19", "20")) and e.modality in ("asserted", "reported")]


def test_a_sheriffs_deputies_are_its_officers() -> None:
    # "Sheriff's deputies shot a man": officers of the sheriff, not a legislature's deputies
    keys = coded("TUCSON, Ariz. (AP) — Sheriff's deputies shot a man who had fired at them during a traffic stop, officials said.")
    assert ("ASSAULT", "USACOP", "USACVL") in keys
    assert not [k for k in keys if "USALEG" in (k[1], k[2])]


def test_an_aircraft_downed_is_shot_down() -> None:
    # "said it had downed a Pakistani jet": the verb of "shoot down" (190)
    keys = coded("ISLAMABAD — Pakistan said its forces had downed an Indian fighter jet over Kashmir.")
    assert [k for k in keys if k[0] == "ASSAULT" and k[1] and k[1].startswith("PAK") and k[2] and k[2].startswith("IND")]
    # (nor is anything else downed an attack: "workers downed tools")
    assert not [k for k in coded("LONDON — Rail workers downed tools on Monday.") if k[0] == "ASSAULT"]


def test_a_strike_at_or_against_an_employer_is_aimed_at_it() -> None:
    # "walked off the job at MultiCare Tacoma General Hospital", "went on strike against
    # General Motors": aimed at the employer named
    keys = coded("SPOKANE, Wash. (AP) — About 800 nurses walked off the job at Riverside General Hospital on Tuesday.")
    assert ("PROTEST", "USAHLH", "USAHLH") in keys
    keys = coded("SPOKANE, Wash. (AP) — About 800 nurses went on strike at Riverside General Hospital on Tuesday.")
    assert ("PROTEST", "USAHLH", "USAHLH") in keys
    # (a place is where, not whom: "walked off the job in Spokane")
    assert ("PROTEST", "USAHLH", None) in coded("SPOKANE, Wash. (AP) — About 800 nurses walked off the job in Spokane on Tuesday.")


def test_where_a_participle_on_another_noun_was_done_is_not_where_the_act_is() -> None:
    # "accused Rwanda of sending troops ..., calling the offensive a violation of a ceasefire
    # agreed in Doha": the troops were not sent against Qatar
    keys = coded("KINSHASA — Congo's government accused neighbouring Rwanda of sending troops to fight alongside the M23, "
                 'calling the offensive "a flagrant violation" of a ceasefire agreed in Doha.')
    assert not [k for k in keys if k[2] == "QAT"]


def test_congress_unqualified_is_the_chamber_of_a_country_that_has_one() -> None:
    # "Zelensky thanked Congress", filed from Kyiv: Ukraine's legislature is no Congress, so the
    # one meant is the United States'
    keys = coded("KYIV — President Oleksandr Melnyk thanked Congress for approving the weapons.")
    assert [k for k in keys if k[0] == "SUPPORT" and k[2] == "USALEG"]
    assert not [k for k in keys if k[2] == "UKRLEG"]
    # (a country whose legislature is called so keeps its own: Peru's, the Philippines')
    keys = coded("LIMA — Congress accused the interior minister of lying about the crackdown on Thursday.")
    assert ("ACCUSE", "PERLEG", "PERGOV") in keys
    keys = coded("MANILA — Congress accused the defense secretary of lying about the shoal.")
    assert ("ACCUSE", "PHLLEG", "PHLGOV") in keys
    # (in India "Congress" is the party of that name, not a chamber)
    keys = coded("NEW DELHI — Congress accused the government of hiding the death toll on Tuesday.")
    assert [k for k in keys if k[0] == "ACCUSE" and k[1] and k[1].startswith("INDPTY")]


def test_a_clash_between_named_sides_that_dates_another_act_is_still_told() -> None:
    # "put its army on alert after clashes between Kosovo police and ethnic Serbs": the
    # clashes are told with both their sides, not only named as a time
    keys = coded("BELGRADE — Serbia placed its troops on alert after clashes between Kosovo police and Serb protesters in Zvecan.")
    assert [k for k in keys if k[0] in ("ASSAULT", "PROTEST") and "XKXCOP" in (k[1], k[2])]
    keys = coded("BELGRADE — Serbia placed its troops on alert after clashes between Kosovo police and Serb gunmen in Zvecan.")
    assert [k for k in keys if k[0] == "ASSAULT" and "XKXCOP" in (k[1], k[2])]
    # (an attack with no side named only dates the alert: "after last week's attack")
    keys = coded("BELGRADE — Serbia placed its troops on alert after last week's attack.")
    assert not [k for k in keys if k[0] == "ASSAULT"]


def test_a_candidate_for_office_is_a_politician_and_a_nonprofit_an_ngo() -> None:
    # "Gunmen killed a mayoral candidate": the Phoenix agents' PRESIDENTIAL_CANDIDATE is a
    # party's man, as any who runs for an office; "raided the offices of a nonprofit": a
    # non-governmental organisation by its definition
    keys = coded("GUADALAJARA — Gunmen shot dead a mayoral candidate outside his home in Jalisco state on Sunday.")
    assert [k for k in keys if k[0] == "ASSAULT" and k[2] == "MEXPTY"]
    keys = coded("LUSAKA — Police arrested opposition presidential candidate Moses Banda at a campaign event.")
    assert ("COERCE", "ZMBCOP", "ZMBOPP") in keys
    keys = coded("PORTLAND, Ore. (AP) — Federal agents raided the offices of a nonprofit in Eugene on Tuesday.")
    assert [k for k in keys if k[1] == "USACOP" and k[2] == "NGO"]


def test_a_city_the_storys_own_country_has_as_well_is_that_one() -> None:
    # "PORTLAND, Ore. — Police arrested a man in Salem": Oregon's Salem, not India's larger one
    keys = coded("MONTGOMERY, Ala. (AP) — Police arrested two men in Birmingham after a shooting on Tuesday.")
    assert ("COERCE", "USACOP", "USACVL") in keys
    assert not [k for k in keys if "GBR" in str(k)]
    # (the other country's when the article names it: a story of Britain from Washington)
    keys = coded("WASHINGTON (AP) — British police arrested two men in Birmingham after a shooting on Tuesday, London said.")
    assert [k for k in keys if k[1] == "GBRCOP"]
    # (and a capital is its country's: "Police in Moscow detained an American")
    keys = coded("WASHINGTON (AP) — Police in Moscow detained an American teacher on Tuesday.")
    assert [k for k in keys if k[0] == "COERCE" and k[1] == "RUSCOP"]


def test_an_opposition_title_names_the_role_of_one_whose_office_is_past() -> None:
    # "Opposition leader Raila Odinga", a prime minister until 2013: the title the text gives
    # is the role held on the day, not the past office's elite
    keys = coded("KISUMU, Kenya — Opposition leader Raila Odinga accused the electoral commission of rigging the count.")
    assert [k for k in keys if k[0] == "ACCUSE" and k[1] == "KENOPP"]
    assert not [k for k in keys if k[1] == "KENELI"]
    # (a past office named so stays the elite's: "Former Prime Minister Raila Odinga")
    keys = coded("KISUMU, Kenya — Former Prime Minister Raila Odinga accused the electoral commission of rigging the count.")
    assert [k for k in keys if k[0] == "ACCUSE" and k[1] == "KENELI"]


def test_a_body_named_for_human_rights_is_a_rights_body() -> None:
    # "The Kenya National Commission on Human Rights accused the police": the Phoenix agents'
    # HUMAN_RIGHTS_COMMISSION, CENTER_FOR_HUMAN_RIGHTS (HRI), not the country alone
    keys = coded("DAR ES SALAAM — The Tanzania Commission for Human Rights accused police of beating opposition supporters.")
    assert ("ACCUSE", "TZAHRI", "TZACOP") in keys
    keys = coded("LUSAKA — The Zambia Human Rights Commission accused the army of torturing detainees.")
    assert ("ACCUSE", "ZMBHRI", "ZMBMIL") in keys


def test_the_three_countries_are_the_three_named_together() -> None:
    # "Spain, Ireland and Norway said ... Israel recalled its ambassadors to the three
    # countries": those three, as "the two countries" are the pair named last
    evs = events("OSLO — Denmark, Finland and Iceland said on Monday they would close their airspace to Russian flights. "
                 "Moscow summoned the ambassadors of the three countries in protest.", published=PUB, settings=ALL)
    assert {e.target.code[:3] for e in evs if e.plover == "ACCUSE" and e.source and e.source.code.startswith("RUS") and e.target} \
        == {"DNK", "FIN", "ISL"}
    # (three people are no three countries: "the three men")
    keys = coded("OSLO — Denmark, Finland and Iceland closed their airspace. Police arrested the three men on Tuesday.")
    assert not [k for k in keys if k[0] == "COERCE" and k[2] and k[2][:3] in ("DNK", "FIN", "ISL") and k[2][3:] != "CVL"]


def test_missiles_and_drones_launched_at_a_country_are_an_attack_on_it() -> None:
    # "launched missiles and drones at Israel": an attack on Israel, not a missile test
    keys = coded("TEHRAN — The Revolutionary Guards launched rockets and drones at Israel in retaliation.")
    assert [k for k in keys if k[0] == "ASSAULT" and k[2] == "ISR"]
    assert not [k for k in keys if k[0] == "MOBILIZE"]


def test_a_phrase_of_where_the_asking_was_is_no_part_of_what_is_asked() -> None:
    # "In a phone call with Macron, Zelensky asked for more air defence": the call was made
    evs = events("ANKARA — In a phone call with German Chancellor Olaf Scholz, Erdogan asked for more fighter jets.",
                 published=PUB, settings=ALL)
    assert [e.modality for e in evs if e.plover == "CONSULT"] == ["asserted"]
    assert [e.modality for e in evs if e.plover == "REQUEST"] == ["asserted"]
    # (nor is a refusal's: "At a meeting with Scholz, Erdogan refused to ...")
    evs = events("ANKARA — At a meeting with German Chancellor Olaf Scholz, Erdogan refused to lift his veto.",
                 published=PUB, settings=ALL)
    assert [e.modality for e in evs if e.plover == "CONSULT"] == ["asserted"]


def test_forces_with_no_country_that_the_agreeing_side_moves_are_no_target() -> None:
    # "NATO allies agreed to deploy more troops to the eastern flank", from Brussels: the
    # troops are the allies' own, not Belgium's forces agreed with
    keys = coded("BRUSSELS — NATO members agreed to deploy more troops to the alliance's southern flank on Thursday.")
    assert not [k for k in keys if k[2] == "BELMIL"]
    # (forces of another country named as such still are: "agreed to train Ukrainian troops")
    keys = coded("BRUSSELS — European Union members agreed to train Ukrainian troops.")
    assert not [k for k in keys if k[2] == "BELMIL"]


def test_aid_or_sanctions_announced_for_someone_are_promised_or_imposed() -> None:
    # CAMEO's verb dictionary: ANNOUNCE * AID, * PACKAGE 033; * SANCTIONS 163
    keys = coded("OTTAWA — Canada on Tuesday announced a $500 million military aid package for Ukraine.")
    assert [k for k in keys if k[0] == "AGREE" and k[1] and k[1].startswith("CAN") and k[2] == "UKR"]
    keys = coded("CANBERRA — Australia announced new sanctions on Iran over its drone sales to Russia.")
    assert [k for k in keys if k[0] == "SANCTION" and k[1] == "AUS" and k[2] == "IRN"]
    # (an announcement of nothing for anyone is no event: "announced a package of measures")
    assert not coded("OTTAWA — The government announced a package of measures to cut housing costs.")


def test_a_security_service_is_the_intelligence_service() -> None:
    # "Ukraine's security service said it had detained a man": the Phoenix agents' NATIONAL_
    # SECURITY_SERVICE (SPY), as "security services" already were
    keys = coded("TBILISI — Georgia's security service detained two men suspected of planning a bombing.")
    assert ("COERCE", "GEOSPY", "GEOCVL") in keys
    # (and so is a secret police, the dictionary's SECRET_POLICE)
    keys = coded("TBILISI — Georgia's secret police detained two men suspected of planning a bombing.")
    assert ("COERCE", "GEOSPY", "GEOCVL") in keys


def test_a_body_set_beside_a_noun_of_its_kind_is_of_that_kind() -> None:
    # "dissolved the main opposition party, Move Forward": the party named beside the noun is
    # the opposition, not the country alone
    keys = coded("PHNOM PENH — The Supreme Court dissolved the main opposition party, the People's Renewal Front, on Friday.")
    assert [k for k in keys if k[0] == "COERCE" and k[2] == "KHMOPP"]
    assert not [k for k in keys if k[2] == "KHM"]


def test_a_participle_describing_what_another_verb_acts_on_threatens_nothing() -> None:
    # "would not accept migrants deported from Britain": Britain says nothing, so no threat of
    # its deportation is made (the deportation keeps its own modality)
    text = "TIRANA — Albania's government said it would not accept migrants deported from Italy until the courts had ruled."
    keys = coded(text)
    assert not [k for k in keys if k[0] == "THREATEN"]
    # (a deportation announced by the one who deports is still a threat: "said it would deport")
    keys = coded("ROME — Italy's government said it would deport the migrants to Albania.")
    assert [k for k in keys if k[0] == "THREATEN" and k[1] and k[1].startswith("ITA")]


def test_a_plan_alleged_of_someone_is_no_threat_of_theirs() -> None:
    # "suspected of helping Russia's Wagner group plan an arson attack": a threat is made by
    # the one who makes it known; a plan others allege is no THREATEN
    text = ("WARSAW — Polish police detained four men suspected of helping Belarus's KGB plan an attack "
            "on Polish soldiers, prosecutors said.")
    assert not [k for k in coded(text) if k[0] == "THREATEN"]
    # (an attack its doer says it will make still threatens: "said it would attack the guards")
    assert [k for k in coded("MINSK — Belarus said it would attack Polish border guards.") if k[0] == "THREATEN"]


def test_a_country_that_owns_a_name_of_its_own_is_one_actor_with_it() -> None:
    # "Russia's Wagner group attacked a village": the group, Russia's; not Russia as a second
    # attacker
    keys = coded("NIAMEY — Russia's Wagner group attacked a village in western Niger on Monday.")
    assert [k for k in keys if k[0] == "ASSAULT" and k[1] == "RUSUAFWAG"]
    assert not [k for k in keys if k[1] == "RUS"]


def test_firms_named_by_their_trade_are_businesses() -> None:
    # "Britain's financial regulator fined a lender": CAMEO's BUS, as "a company" or "a bank"
    keys = coded("DUBLIN — Ireland's financial regulator fined a lender 20 million euros on Tuesday.")
    assert [k for k in keys if k[0] == "COERCE" and k[2] == "IRLBUS"]
    keys = coded("CANBERRA — Australia's consumer watchdog sued the country's biggest supermarket chain on Monday.")
    assert [k for k in keys if k[0] == "ACCUSE" and k[2] == "AUSBUS"]


def test_aid_held_up_is_aid_withheld() -> None:
    # "the White House had held up military aid for Ukraine": WITHHOLD * AID (162)
    keys = coded("BRUSSELS — Hungary held up a package of military aid for Ukraine for three months.")
    assert [k for k in keys if k[0] == "SANCTION" and k[1] == "HUN" and k[2] == "UKR"]
    # (anything else held up is not: "held up a banner", "held up traffic")
    assert not [k for k in coded("BRUSSELS — Farmers held up traffic outside the European Parliament.") if k[0] == "SANCTION"]


def test_tear_gas_fired_at_a_crowd_marching_is_fired_at_the_crowd() -> None:
    # "fired tear gas and stun grenades at tens of thousands of protesters marching towards the
    # palace": the crowd is whom the gas is fired at, not a clause of its own
    keys = coded("KHARTOUM — Sudanese security forces fired tear gas and stun grenades at tens of thousands of protesters "
                 "marching towards the presidential palace on Thursday.")
    assert [k for k in keys if k[0] == "COERCE" and k[1] == "SDNCOP" and k[2] == "SDNCVL"]


def test_a_small_town_of_a_country_the_article_never_names_is_no_target() -> None:
    # "Man shot dead by police in Granville", from Kingston: Granville is no act against
    # Australia, whose suburb of that name the gazetteer knows
    keys = coded("MONTEGO BAY, Jamaica — Police opened fire during an operation in Granville on Sunday.")
    assert not [k for k in keys if k[2] == "AUS"]
    # (a town of a country the article names is still where the act is aimed: "shelled
    # Avdiivka", from Kyiv)
    keys = coded("KYIV — Russian forces shelled Avdiivka on Sunday.")
    assert [k for k in keys if k[0] == "ASSAULT" and k[2] and k[2].startswith("UKR")]


def test_a_special_counsel_is_a_prosecutor() -> None:
    # "Special counsel Jack Smith charged Donald Trump": the Phoenix agents' COUNSEL (JUD), a
    # prosecutor appointed so
    keys = coded("WASHINGTON (AP) — Special counsel Robert Lane charged a former Pentagon official with lying to investigators.")
    assert [k for k in keys if k[0] == "ACCUSE" and k[1] == "USAJUD"]


def test_a_soldier_of_another_country_returned_is_released() -> None:
    # "North Korea returned a U.S. soldier who had crossed the border": a captive given back
    # (0841), as prisoners and hostages returned are
    keys = coded("SEOUL — North Korea returned a South Korean soldier who had strayed across the border.")
    assert ("RETREAT", "PRK", "KORMIL") in keys
    # (one's own soldiers sent back are released by no one: "returned its soldiers to their bases")
    keys = coded("SEOUL — North Korea returned its soldiers to their bases after the drills.")
    assert not [k for k in keys if k[0] == "RETREAT"]


def test_a_bureau_story_is_set_in_the_lead_country_named_most() -> None:
    # "DUBAI - Iran's Revolutionary Guards seized a ship ..., state media reported, as fears
    # grew of an attack on Israel": a bureau's city whose country the story never names, and a
    # lead set in Iran, named more than any other country; its state media are Iran's
    text = ("DUBAI (Reuters) - Iran's navy seized a tanker in the Gulf on Sunday, state media reported, as fears grew of "
            "an Iranian strike on Israel in answer to an Israeli raid on an Iranian ship off Syria.")
    from tidings.actors import ActorResolver
    from tidings.events.coder import _place_country
    from tidings.nlp import parse

    mentions, (home, _) = ActorResolver.load().resolve_with_home(parse(text), place_country=_place_country)
    assert home == "IRN"
    assert [a.code for m in mentions if m.text == "state media" for a in m.actors] == ["IRNMED"]


def test_an_act_feared_or_named_as_possible_is_not_told_as_done() -> None:
    # "as fears grew of an Iranian attack on Israel", "a possible attack": what may come is
    # hypothetical; "a suspected Israeli strike": claimed, reported
    def mods(text: str) -> set[str]:
        return {e.modality for e in events(text, published=PUB, settings=ALL) if e.plover == "ASSAULT"}

    assert mods("ISLAMABAD — Fears grew of an Indian strike on Pakistan after the bombing.") == {"hypothetical"}
    assert mods("ISLAMABAD — Villagers fear an Indian strike on Pakistan.") == {"hypothetical"}
    assert mods("ISLAMABAD — A possible Indian strike on Pakistan worries China.") == {"hypothetical"}
    assert "reported" in mods("ISLAMABAD — A suspected Indian strike on Pakistan killed three soldiers.")
    # (what is told before the fearing is told: "China launched an inquiry, a move exporters
    # fear could cost billions")
    evs = events("BEIJING — China launched an investigation into Australian wine imports, a move exporters fear could cost billions.",
                 published=PUB, settings=ALL)
    assert [e.modality for e in evs if e.plover == "ACCUSE"] == ["asserted"]


def test_a_thing_linked_to_or_owned_by_a_country_is_its() -> None:
    # "seized an Israel-linked container ship", "attacked a U.S.-owned cargo ship": the ship is
    # that country's, as a "Greek-flagged tanker" is Greece's
    keys = coded("DUBAI — Iran's navy seized a Britain-linked oil tanker near the Strait of Hormuz.")
    assert [k for k in keys if k[0] == "COERCE" and k[2] == "GBR"]
    keys = coded("SANAA — The Houthis attacked a U.S.-owned cargo ship off the coast on Monday.")
    assert [k for k in keys if k[0] == "ASSAULT" and k[2] == "USA"]


def test_the_police_who_guard_a_foreign_mission_are_the_hosts() -> None:
    # "Gunmen stormed the Chinese consulate in Karachi, killing two police officers": Pakistan's
    # police, not China's; the diplomats inside are the mission's
    keys = coded("PESHAWAR, Pakistan — Gunmen attacked the Iranian consulate in Peshawar, killing three police officers.")
    assert [k for k in keys if k[0] == "ASSAULT" and k[2] == "PAKCOP"]
    assert not [k for k in keys if k[2] == "IRNCOP"]


def test_government_troops_are_the_home_governments() -> None:
    # "Russian mercenaries and government troops killed dozens of civilians", from Bangui: the
    # Central African government's troops, as "the national police" are the nation's
    keys = coded("BAMAKO — Russian mercenaries and government troops killed dozens of villagers near Moura, witnesses said.")
    assert [k for k in keys if k[0] == "ASSAULT" and k[1] == "MLIMIL"]
    assert not [k for k in keys if k[1] == "RUSMIL"]


def test_a_town_seized_is_territory_occupied() -> None:
    # CAMEO's verb dictionary: SEIZE * &TOWN (192), as OCCUPY * &TOWN
    evs = events("KYIV — Russian troops seized the village of Krynky on the Dnipro's left bank.", published=PUB, settings=ALL)
    assert [e.cameo for e in evs if e.source and e.source.code == "RUSMIL"] == ["192"]
    # (a thing seized is still confiscated: "seized weapons")
    evs = events("KYIV — Russian troops seized weapons from a Ukrainian post.", published=PUB, settings=ALL)
    assert "192" not in {e.cameo for e in evs}


def test_the_host_who_tells_a_visiting_guest_visits_no_one() -> None:
    # "Xi told visiting U.S. Secretary of State Antony Blinken": the visit is Blinken's, never
    # a visit of China's to the United States
    keys = coded("NEW DELHI — Modi told visiting British Foreign Secretary David Lammy that trade talks should resume.")
    assert not [k for k in keys if k[0] == "CONSULT" and k[1] and k[1].startswith("IND")]


def test_a_former_official_named_after_the_nationality_is_an_elite() -> None:
    # "an Iranian former official": former, as "a former Iranian official" is (ELI)
    keys = coded("THE HAGUE — A Dutch court convicted a Rwandan former official of genocide on Thursday.")
    assert ("SANCTION", "NLDJUD", "RWAELI") in keys


def test_a_unions_leader_and_the_employers_federation() -> None:
    # a union's leader is of the union (LAB), as the agents dictionary's X_LEADER rows are of X;
    # a federation of employers is theirs (BUS)
    keys = coded("ANTWERP, Belgium — The union leader, Jan Peeters, accused the employers' federation of bad faith on Monday.")
    assert ("ACCUSE", "BELLAB", "BELBUS") in keys


def test_both_sides_of_a_dispute_with_a_hospital() -> None:
    # "union leaders ... the hospital ... urged both sides": the union and the hospital
    text = ("SEATTLE — Nurses at Harbor View Hospital walked off the job on Monday. "
            "Union leaders said they would return to talks once the hospital agreed to discuss staffing. "
            "Mayor Dana Whitfield urged both sides to reach a deal.")
    keys = coded(text)
    assert {k[2] for k in keys if k[0] == "REQUEST" and k[1] == "USAGOV"} == {"USALAB", "USAHLH"}

def test_a_name_joined_by_and_to_a_place_is_a_place() -> None:
    # "dock workers strike at Antwerp and Rotterdam" with the second city tagged a person's name:
    # joined to a place, it is another place (the Netherlands), not someone of the story's country
    keys = coded("BRUSSELS — Port workers walked out at Antwerp and Rotterdam on Monday.")
    assert ("PROTEST", "BELLAB", "NLD") in keys
    assert not [k for k in keys if k[2] == "BEL"]


def test_workers_who_strike_with_no_object_stop_work() -> None:
    # the verb "strike" of workers with no object is a stoppage (CAMEO 143), even "at" an
    # institution; with an object it is still a blow
    keys = coded("DUBLIN — Bus drivers struck against the transport authority on Monday.")
    assert ("PROTEST", "IRLCVL", "IRLGOV") in keys
    assert not [k for k in keys if k[0] == "ASSAULT"]
    keys = coded("LEEDS, England — Striking miners struck a police officer with a brick on Tuesday.")
    assert [k for k in keys if k[0] == "ASSAULT" and k[2] == "GBRCOP"]


def test_the_group_is_the_one_group_named_beside_states() -> None:
    # "Israel and Hamas agreed ... after the militant group released hostages": the one group
    # among the actors named together, not a group of the story's country
    keys = coded("DOHA — Egypt and Hamas held talks in Cairo on Sunday, and the militant group later freed two hostages.")
    assert [k for k in keys if k[0] == "RETREAT" and k[1] == "PSEREBHMS"]
    assert not [k for k in keys if k[1] and k[1].endswith("REB") and k[1] != "PSEREBHMS"]


def test_the_one_accused_in_a_clause_with_no_pronoun_does_the_act() -> None:
    # "sanctions on three companies it accuses of supplying drones": the companies supply them,
    # not the one who accuses
    keys = coded("LONDON — Britain imposed sanctions on two Iranian firms it accuses of supplying weapons to Russia.")
    assert not [k for k in keys if k[0] == "AID" and k[1] and k[1].startswith("GBR")]
    assert [k for k in keys if k[0] == "AID" and k[1] == "IRNBUS" and k[2] == "RUS"]


def test_the_decision_answered_is_no_act_only_alleged() -> None:
    # "... companies it accuses of supplying drones to Russia. Iran condemned the decision":
    # the sanctions decided, not the supplying alleged
    text = ("BRUSSELS — The European Union imposed sanctions on Iran's defence ministry, which it accuses of supplying drones to "
            "Russia. Ukraine's foreign minister welcomed the decision.")
    keys = coded(text)
    assert [k for k in keys if k[0] == "SUPPORT" and k[1] == "UKRGOV" and k[2] and k[2].startswith("IGOEU")]
    assert not [k for k in keys if k[0] == "SUPPORT" and k[2] == "IRNGOV"]


def test_a_vow_hung_on_a_clause_of_time_is_the_speakers() -> None:
    # "said Israel would resume its offensive once the truce ended and vowed to destroy Hamas":
    # the truce vows nothing; the one who said it did
    keys = coded("JERUSALEM — Defence Minister Yoav Galant said the army would resume its offensive once the truce ended "
                 "and vowed to destroy Hamas.")
    assert [k for k in keys if k[0] == "THREATEN" and k[1] == "ISRGOV" and k[2] == "PSEREBHMS"]


def test_a_faction_blamed_is_blamed_whatever_it_denies() -> None:
    # "a rebel faction blamed for the bombing has denied any role": the blame is told as done,
    # not denied; a faction is of the kind its word says (the agents dictionary's
    # GUERILLA_FACTION ~REB)
    evs = events("GOMA, Congo — A rebel faction blamed for an attack on a market has denied any role.", published=PUB, settings=ALL)
    assert [(e.plover, e.modality) for e in evs if e.target and e.target.code == "CODREB"] == [("ACCUSE", "asserted")]


def test_a_rivers_bank_is_no_bank() -> None:
    # "the Dnipro's left bank": a place, not a business (BUS)
    evs = events("KYIV — Russian troops shelled positions on the Dnipro's left bank.", published=PUB, settings=ALL)
    assert not [e for e in evs if e.target is not None and e.target.role == "BUS"]

def test_a_person_after_a_body_and_a_staff_title_is_of_that_body() -> None:
    # "Committee chairman James Comer": the chairman is the committee's (a legislature's), one
    # actor, not the country and the committee as two sources
    keys = coded("WASHINGTON — Committee chairman Ron Haskell accused the secretary of stonewalling the inquiry.")
    assert {k for k in keys if k[0] == "ACCUSE"} == {("ACCUSE", "USALEG", "USAGOV")}


def test_a_former_office_holder_named_by_title_is_an_elite_when_named_again() -> None:
    # "former Energy Secretary Dan Rourke ... Rourke": an elite (ELI), in both mentions
    text = ("WASHINGTON — The committee issued a subpoena to former Energy Secretary Dale Brenner on Wednesday. "
            "Committee chairman Ron Haskell accused Brenner of hiding documents.")
    keys = coded(text)
    assert ("ACCUSE", "USALEG", "USAELI") in keys
    assert not [k for k in keys if k[2] == "USAGOV"]


def test_an_inquiry_criticised_is_no_criticism_told_before() -> None:
    # "Rourke's lawyer called the subpoena a stunt. Democrats criticized the inquiry": the
    # inquiry is an investigation, not the lawyer's words
    text = ("WASHINGTON — A House panel subpoenaed former Energy Secretary Dale Brenner on Wednesday. Brenner's lawyer called the "
            "subpoena a political stunt. Democrats on the panel criticized the inquiry as a distraction.")
    keys = coded(text)
    assert not [k for k in keys if k[0] == "ACCUSE" and k[1] == "USAPTY" and k[2] == "USAJUD"]


def test_a_thing_struck_in_a_place_is_struck_in_that_country() -> None:
    # "Russian missiles hit an apartment block in Odesa": an attack on the place's country, as
    # "attacked" already was; not "Chinese exports hit a record in Vietnam"
    assert ("ASSAULT", "RUS", "UKR") in coded("Russian missiles hit an apartment block in Odesa on Tuesday.")
    assert not [k for k in coded("BEIJING — Chinese exports hit a record in Haiphong.") if k[0] == "ASSAULT"]


def test_an_opposition_title_before_a_possessive_name_is_held() -> None:
    # "Kenya's opposition leader Raila Odinga", a prime minister until 2013: the opposition's
    # (OPP) on the day, however the country is written before the title
    keys = keyed(events("NAIROBI — Kenya's opposition leader Raila Odinga accused the electoral commission of fraud.",
                        published="2022-08-20", settings=ALL))
    assert [k for k in keys if k[0] == "ACCUSE" and k[1] == "KENOPP"]


def test_a_refusal_joined_to_a_request_is_aimed_at_who_asked() -> None:
    # "invited X to talks, but the opposition leader declined": the refusal answers the invitation
    keys = coded("LONDON — The foreign secretary asked Iran to free the sailors, but Tehran refused.")
    assert ("REJECT", "IRN", "GBRGOV") in keys
    # (not a refusal with its own object: "but Tehran refused any talks")
    keys = coded("LONDON — The foreign secretary asked Iran to free the sailors, but Tehran refused any talks.")
    assert ("REJECT", "IRN", "GBRGOV") not in keys


def test_an_organisations_officer_is_never_aimed_at_the_organisation() -> None:
    # "EU foreign policy chief Josep Borrell warned that their bids to join the bloc could
    # suffer": the one he speaks for is no target of his warning
    text = ("BRUSSELS — The leaders of Serbia and Kosovo met in Brussels on Monday. EU foreign policy chief Josep Borrell "
            "criticised both sides and warned that their bids to join the bloc could suffer.")
    evs = events(text, published="2022-05-01", settings=ALL)
    assert [e for e in evs if e.plover == "ACCUSE" and e.source and e.source.code == "IGOEUREEC"]
    assert not [e for e in evs if e.source and e.target and e.source.code == e.target.code == "IGOEUREEC"]


def test_people_killed_in_the_attacks_told_before_were_killed_by_their_doers() -> None:
    # "Gangs attacked two police stations ... four officers were killed in the attacks": the
    # attacks named again by the word that told them are the gangs'; not an act told by
    # another word ("Taliban fighters stormed a checkpoint ... jets struck their positions ...
    # 12 fighters were killed in the airstrikes")
    text = ("PORT-AU-PRINCE — Armed gangs attacked three police stations in the capital overnight. "
            "At least five police officers were killed in the attacks, the police union said.")
    killed = [e for e in events(text, published=PUB, settings=ALL) if e.to_dict()["trigger"] == "killed"]
    assert [(e.source.code if e.source else None, e.target.code if e.target else None) for e in killed] == [("HTICRM", "HTICOP")]
    text = ("KABUL — Taliban fighters stormed a police checkpoint in Kunduz on Tuesday. "
            "Nine Taliban fighters were killed in the airstrikes, an official said.")
    assert not [k for k in coded(text) if k[0] == "ASSAULT" and k[1] and k[1].startswith("AFGGOVTAL") and k[1] == k[2]]


def test_an_act_done_to_no_one_is_negated() -> None:
    # "No American personnel were killed in the operation": no one underwent it
    evs = events("BAGHDAD — No American soldiers were wounded in the raid.", published=PUB, settings=ALL)
    assert evs and {e.modality for e in evs if e.plover == "ASSAULT"} == {"negated"}


def test_what_evidence_found_holds_is_reported() -> None:
    # "an inquiry found credible evidence that troops had killed civilians": a named party's
    # claim (the guideline's reported), not told as so by the article
    evs = events("CANBERRA — A military inquiry found credible evidence that Australian troops had killed 39 Afghan civilians.",
                 published=PUB, settings=ALL)
    assert [e.modality for e in evs if e.plover == "ASSAULT"] == ["reported"]


def test_a_nationality_before_two_joined_nouns_is_of_both() -> None:
    # "39 Afghan civilians and prisoners": the prisoners are Afghan too, not of the story's country
    keys = coded("CANBERRA — Australian troops had unlawfully killed 39 Afghan civilians and prisoners, the inquiry found.")
    assert not [k for k in keys if k[2] == "AUSCVL"]
    assert ("ASSAULT", "AUSMIL", "AFGCVL") in keys


def test_the_government_of_a_leader_is_of_the_leaders_country() -> None:
    # "reached an agreement with the government of Nicolas Maduro", in a story from Miami: the
    # Venezuelan government, not the story's own
    keys = keyed(events("MIAMI — The Biden administration reached an agreement with the government of Nicolas Maduro.",
                        published="2023-10-20", settings=ALL))
    assert ("AGREE", "USAGOV", "VENGOV") in keys
    assert not [k for k in keys if k[2] == "USAGOV"]


def test_a_readiness_to_a_hostile_act_is_a_threat_made_when_said() -> None:
    # "was prepared to raise tariffs further if Ottawa retaliated": the threat is made by saying
    # so (the guideline's THREATEN, warn of action), on a condition or not; what it holds over
    # Canada is still to come
    evs = events("WASHINGTON — A White House spokeswoman said the president was prepared to raise tariffs on steel further "
                 "if Ottawa retaliated.", published=PUB, settings=ALL)
    assert [(e.plover, e.modality) for e in evs if e.target and e.target.country == "CAN"] == [("THREATEN", "asserted")]


def test_a_past_tense_hung_on_the_subject_is_the_subjects_own_act() -> None:
    # "The UN refugee agency called on both countries to ensure that people rescued at sea were
    # allowed to apply for asylum", parsed with "called" a participle of the subject of
    # "allowed": the agency calls on them, and the call is made
    text = ("ATHENS — Greek and Turkish officials traded accusations on Monday. The UN refugee agency called on Greece to "
            "ensure that people rescued at sea were allowed to apply for asylum.")
    evs = events(text, published=PUB, settings=ALL)
    assert [(e.source.code if e.source else None, e.modality) for e in evs if e.plover == "REQUEST" and e.target and e.target.code == "GRC"] \
        == [("IGOUNOHCR", "asserted")]


def test_an_act_in_a_named_years_event_is_dated_to_that_year() -> None:
    # "lawmakers ousted in the 2021 coup": the ousting is of 2021, not of the publication week
    evs = events("BANGKOK — The opposition government, formed by lawmakers ousted in the 2018 coup, met on Monday.",
                 published="2024-05-01", settings=ALL)
    assert [(e.cameo, e.date) for e in evs if e.cameo == "166"] == [("166", "2018-01-01")]


def test_a_perfect_with_an_adverb_inside_keeps_its_subject() -> None:
    # "Courts have since jailed dozens of people": the courts jail them
    keys = coded("LONDON — Courts have since jailed dozens of people for their part in the riots.")
    assert ("SANCTION", "GBRJUD", "GBRCVL") in keys


def test_a_mosque_attacked_is_an_attack_on_the_faithful() -> None:
    # "crowds attacked mosques and hotels": a mosque or a synagogue stands for those who use
    # it, as a church does (REL)
    keys = coded("BIRMINGHAM, England — Crowds attacked two mosques in the city on Saturday night.")
    assert ("ASSAULT", "GBRCVL", "GBRREL") in keys


def test_an_accord_named_as_what_is_broken_is_no_new_act() -> None:
    # "accused the army of bombing its camps in violation of the truce": the truce in force is
    # named, not agreed again
    text = ("BOGOTA — Government and rebel negotiators agreed on Friday to extend a ceasefire. "
            "The rebels accused the army of shelling their camps in violation of the truce.")
    evs = events(text, published=PUB, settings=ALL)
    assert [e.to_dict()["trigger"] for e in evs if e.plover == "RETREAT"] == []
    assert [e for e in evs if e.plover == "ACCUSE"]


def test_a_call_joined_to_what_a_speaker_says_of_itself_is_made() -> None:
    # "Russia said it regretted Armenia's decision and urged Yerevan not to ...": the urging is
    # Russia's own words, made by saying them, not a claim of something that happened
    evs = events("MOSCOW — Russia said it regretted Georgia's decision and urged Tbilisi not to damage relations.",
                 published=PUB, settings=ALL)
    assert [(e.source.code if e.source else None, e.modality) for e in evs if e.plover == "REQUEST"] == [("RUS", "asserted")]


def test_a_speech_act_set_off_after_a_clause_of_cause_is_the_speakers() -> None:
    # "Police spokesman X said the rally had been banned because organisers had not notified the
    # authorities, and accused the opposition of ...": the police accuse, and the accusation is
    # not denied by the organisers' "not"
    evs = events("HARARE — Police spokesman Tendai Moyo said the march had been banned because organisers had not informed "
                 "the authorities, and accused the opposition of planning violence.", published=PUB, settings=ALL)
    assert [(e.source.code if e.source else None, e.target.code if e.target else None, e.modality) for e in evs if e.plover == "ACCUSE"] \
        == [("ZWECOP", "ZWEOPP", "reported")]


def test_a_refusal_in_a_relative_clause_does_not_negate_the_main_clause() -> None:
    # "The Kenyan president, who is visiting China, declined to comment": the visit is
    # happening; only the comment is declined
    evs = events("The Kenyan president, who is visiting China this week, declined to comment on the report.",
                 published=PUB, settings=ALL)
    assert [(e.source.code if e.source else None, e.target.code if e.target else None, e.modality)
            for e in evs if e.plover == "CONSULT"] == [("KENGOV", "CHN", "asserted")]


def test_an_attack_claimed_is_the_claimants() -> None:
    # CAMEO's verb dictionary, CLAIM * ATTACK (a claim of responsibility): "al-Shabaab claimed
    # the attack", and in the passive, "the attack was claimed by al-Shabaab"
    assert ("ASSAULT", "SOMREBSHB", "SOMMIL") in coded("Al-Shabaab claimed the attack on the Somali army base in Baidoa.")
    assert ("ASSAULT", "SOMREBSHB", "SOMMIL") in coded("The attack on the Somali army base in Baidoa was claimed by al-Shabaab.")


def test_a_rebuke_drawn_by_a_move_is_aimed_at_whoever_made_it() -> None:
    # "Japan sent warships to the islands, a move that drew a rebuke from Beijing": a rebuke
    # is a reproach (CAMEO's verb dictionary, DELIVER * REBUKE 110), aimed at whoever moved
    assert ("ACCUSE", "CHN", "JPN") in coded("Japan sent two warships to the disputed islands on Monday, a move that drew a sharp rebuke from Beijing.")


def test_a_demand_refused_in_a_which_clause_is_refused_to_the_one_who_made_it() -> None:
    # "Kenya demanded that Uganda withdraw its troops, which Kampala refused": the refusal
    # answers Kenya's demand (the guideline: REJECT, deny a request), not Uganda's own troops
    evs = events("Kenya demanded that Uganda withdraw its troops, which Kampala refused.", published=PUB, settings=ALL)
    assert dyads(evs, "REJECT") == [("UGA", "KEN")]


def test_support_reaffirmed_is_support_given() -> None:
    # CAMEO's verb dictionary, REAFFIRM * SUPPORT 051: "Japan reaffirmed its support for Manila"
    assert ("SUPPORT", "JPN", "PHL") in coded("Japan reaffirmed its support for the Philippines on Monday.")


def test_being_in_contact_with_someone_is_a_consultation() -> None:
    # CAMEO's verb dictionary, CONTACT (MEET_PEOPLE, 040): "the embassy was in contact with
    # the authorities"
    assert ("CONSULT", "JPNGOV", "CHNGOV") in coded("Japan's embassy in Beijing said it was in contact with Chinese authorities.")


def test_the_leader_of_a_body_of_the_state_is_of_that_body() -> None:
    # "met the leader of the opposition": the opposition's leader (OPP), as "the opposition
    # leader" is; the leader of a country is still its government's
    assert ("CONSULT", "KENGOV", "KENOPP") in coded("The president of Kenya met the leader of the opposition on Monday.")
    assert ("CONSULT", "KENGOV", "KENOPP") in coded("The president of Kenya met the leader of the opposition party on Monday.")
    assert ("CONSULT", "UGAGOV", "KENGOV") in coded("The president of Uganda met the leader of Kenya on Monday.")


def test_condemnation_drawn_by_an_act_is_aimed_at_its_doer() -> None:
    # "the detention of a journalist by Egyptian authorities drew condemnation from the UN": the
    # UN condemns the authorities; the journalist is the one detained, not the one condemned
    keys = coded("The detention of the journalist by Egyptian authorities drew condemnation from the United Nations.")
    assert [k for k in keys if k[0] == "ACCUSE"] == [("ACCUSE", "IGOUNO", "EGYGOV")]

def test_a_pardon_yields() -> None:
    # CAMEO's verb dictionary, PARDON 080: "the president pardoned jailed protesters" yields
    # (CONCEDE), it does not forgive (056, SUPPORT)
    keys = coded("DAKAR — Senegal's president pardoned hundreds of jailed protesters on Monday.")
    assert ("CONCEDE", "SENGOV", "SENCVL") in keys
    assert not [k for k in keys if k[0] == "SUPPORT"]


def test_a_leader_called_former_in_the_month_his_term_ended_is_an_elite() -> None:
    # the dictionary knows terms by the month: "former President Evo Morales", ten days after he
    # resigned, is a former office holder (ELI), and so is "Morales" named again; a month
    # earlier, the dictionary's president is still the president
    text = ("LA PAZ — Bolivia's interim government filed charges against former President Evo Morales on Monday. "
            "Morales accused the government of persecution.")
    keys = keyed(events(text, published="2019-11-20", settings=ALL))
    assert ("ACCUSE", "BOLGOV", "BOLELI") in keys
    assert ("ACCUSE", "BOLELI", "BOLGOV") in keys
    keys = keyed(events("LA PAZ — Bolivia's opposition accused President Evo Morales of fraud.", published="2019-10-20", settings=ALL))
    assert ("ACCUSE", "BOLOPP", "BOLGOV") in keys


def test_an_unknown_name_beside_an_international_bodys_agency_is_that_bodys() -> None:
    # "The European Union's anti-fraud agency, OLAF, accused the party": the agency is the EU's,
    # whatever country the story is filed from
    keys = coded("PARIS — The European Union's anti-fraud agency, OLAF, accused the party of misusing funds.")
    assert ("ACCUSE", "IGOEUREEC", "FRAPTY") in keys
    assert not [k for k in keys if k[1] == "FRA"]


def test_a_dateline_city_with_accents_is_a_dateline() -> None:
    # "BOGOTÁ —", "CULIACÁN, Mexico (AP) —": the city says where the story is filed (its home),
    # accents or none; a story filed from Bogotá about an American gift is Colombia's, and its
    # justice minister is Colombia's
    from tidings.nlp import datelines
    assert [m.group("city") for m in datelines("BOGOTÁ — The United States will give Colombia aid.")] == ["BOGOTÁ"]
    assert [m.group("city") for m in datelines("CULIACÁN, Mexico (AP) — Gunmen shot dead a mayor.")] == ["CULIACÁN"]
    text = ("BOGOTÁ — The United States will give Colombia $40 million, a visiting U.S. delegation said on Monday. "
            "The opposition accused the justice minister of surrendering to the cartels.")
    assert ("ACCUSE", "COLOPP", "COLGOV") in coded(text)


def test_a_body_led_by_someone_of_a_country_is_that_countrys_at_home_elsewhere() -> None:
    # "The delegation, headed by State Department official Caroline Ashby, also met ...", from
    # Bogotá: the delegation is the Americans', not the Colombian government
    text = ("BOGOTÁ — A visiting U.S. delegation met Colombian officials in Bogotá on Monday. The delegation, headed by "
            "State Department official Caroline Ashby, also met the justice minister.")
    assert [k for k in coded(text) if k[0] == "CONSULT"] == [("CONSULT", "USAGOV", "COLGOV")]


def test_he_or_she_is_never_a_country() -> None:
    # "The president said Kenya had closed the border because he had criticised its
    # government": "he" is the president, not Kenya, the subject nearer to it
    keys = coded("KAMPALA — The president said Kenya had closed the border because he had criticised its government.")
    assert ("ACCUSE", "UGAGOV", "KENGOV") in keys
    assert not [k for k in keys if k[0] == "ACCUSE" and k[1] == "KEN"]


def test_a_warning_joined_to_what_was_said_is_the_speakers() -> None:
    # "The president said China wanted a deal and warned that he would raise tariffs if Beijing
    # did not agree": the warning, with a "that"-clause of its own, goes with "said", made by
    # the president, whatever tense the clause before it is in
    evs = events("WASHINGTON — The president said China wanted a deal and warned that he would raise tariffs if Beijing did not "
                 "agree to his terms.", published=PUB, settings=ALL)
    assert [(e.source.code if e.source else None, e.target.code if e.target else None, e.modality)
            for e in evs if e.plover == "THREATEN"] == [("USAGOV", "CHN", "asserted")]


def test_a_body_before_an_adjective_and_a_staff_title_is_the_persons() -> None:
    # "Houthi military spokesman Yahya Saree said ...": the spokesman is the Houthis', as
    # "Houthi spokesman Yahya Saree" is
    keys = coded("SANAA — Houthi military spokesman Yahya Saree said the group had attacked an oil facility in Jeddah.")
    assert ("ASSAULT", "YEMREBHOU", "SAU") in keys
    evs = events("SANAA — Houthi military spokesman Yahya Saree accused Saudi Arabia of war crimes.", published=PUB, settings=ALL)
    assert [e.source.code for e in evs if e.plover == "ACCUSE" and e.source] == ["YEMREBHOU"]


def test_a_warning_after_and_parsed_as_a_second_clause_of_saying_is_the_speakers() -> None:
    # "said the group had fired drones at oil facilities in Saudi Arabia and warned that its
    # attacks would continue", parsed with both clauses on "said": the warning is made by
    # saying it, at whom the force was used
    evs = events("SANAA — A Houthi military spokesman said the group had fired drones at oil facilities in Saudi Arabia and "
                 "warned that its attacks would continue.", published=PUB, settings=ALL)
    assert [(e.source.code if e.source else None, e.target.code if e.target else None, e.modality)
            for e in evs if e.plover == "THREATEN"] == [("YEMREBHOU", "SAU", "asserted")]


def test_talks_postponed_or_aid_delayed_reduce_relations() -> None:
    # CAMEO's verb dictionary, DELAY group: POSTPONE * TALK 161, DELAY * AID 162; "the
    # government postponed the election" is aimed at no one
    assert ("SANCTION", "IND", "PAK") in coded("NEW DELHI — India postponed talks with Pakistan indefinitely on Monday.")
    assert ("SANCTION", "USA", "UKR") in coded("WASHINGTON — The United States delayed military aid to Ukraine.")
    assert not [k for k in coded("LAGOS — The government postponed the election by six months.") if k[0] == "SANCTION"]


def test_a_passive_joined_to_an_active_verb_acts_on_its_subject() -> None:
    # "the suspect fled on foot and was arrested by police": the suspect is the one arrested,
    # by the police
    evs = events("DALLAS — The suspect fled on foot and was arrested four hours later by police.", published=PUB, settings=ALL)
    assert dyads(evs, "COERCE") == [("USACOP", "USACRM")]


def test_a_swat_team_is_police() -> None:
    # "was arrested by a SWAT team": a police tactical unit
    assert ("COERCE", "USACOP", "USACRM") in coded("DALLAS — The suspect was arrested four hours later by a SWAT team.")


def test_what_a_state_body_says_will_be_done_by_no_one_named_is_its_warning() -> None:
    # "Police said anyone who left the campus would be arrested": the police warn of their own
    # action (the guideline's THREATEN), made when they say it; a past act they tell of is only
    # told ("three men were arrested, police said" has no source)
    evs = events("HONG KONG — Police said anyone who left the campus would be arrested for rioting.", published=PUB, settings=ALL)
    assert [(e.source.code if e.source else None, e.target.code if e.target else None, e.plover, e.modality) for e in evs] \
        == [("HKGCOP", "HKGCVL", "THREATEN", "asserted")]
    evs = events("HONG KONG — Three men were arrested for rioting, police said.", published=PUB, settings=ALL)
    assert [(e.source, e.plover) for e in evs] == [(None, "COERCE")]


def test_an_act_said_to_be_unlawful_is_alleged_of_its_doer() -> None:
    # "said a fishing vessel had illegally entered its waters": an act the speaker calls
    # unlawful is alleged of its doer (the guideline's ACCUSE: allege); the same act told
    # without the reproach accuses no one
    assert ("ACCUSE", "VNMCOP", "CHN") in coded("HANOI — Vietnam's coast guard said a Chinese fishing vessel had illegally entered "
                                             "Vietnamese waters on Monday.")
    assert ("ACCUSE", "KENCOP", "SOMCVL") in coded("NAIROBI — Kenyan police said three Somali men had unlawfully crossed the border.")
    assert not [k for k in coded("ATHENS — Greece said Turkish jets had entered its airspace on Monday.") if k[0] == "ACCUSE"]


def test_a_text_put_forward_by_someone_is_theirs_not_the_bodys_it_is_put_to() -> None:
    # "vetoed a Security Council resolution drafted by Norway": the veto rejects Norway's
    # text (CAMEO 129); the council is where it was put
    assert ("REJECT", "RUS", "NOR") in coded("UNITED NATIONS — Russia vetoed a Security Council resolution drafted by Norway.")
    assert ("REJECT", "USA", "MEX") in coded("UNITED NATIONS — The United States on Tuesday vetoed a draft U.N. Security Council "
                                             "resolution put forward by Mexico that demanded a truce.")


def test_an_accusation_is_no_act_a_retaliation_answers() -> None:
    # "said the boat had illegally intruded and that the coast guard had taken control
    # measures": the measures answer what the boat did, not the words said of it
    evs = events("MANILA — China's foreign ministry said a Philippine boat had illegally intruded into Chinese waters and "
                 "that its coast guard had taken necessary control measures.", published=PUB, settings=ALL)
    assert ("CHNGOV", "PHL", "ACCUSE") in [(e.source.code if e.source else None, e.target.code if e.target else None, e.plover) for e in evs]
    assert not [e for e in evs if e.plover == "COERCE" and e.target is not None and e.target.code.startswith("CHN") and e.trigger != "intruded"]


def test_a_demand_joined_to_a_reproach_is_made_of_the_one_reproached() -> None:
    # "accused the state government of failing ... and demanded an inquiry": the demand names
    # no one and is made in the same breath as the accusation, of the one accused; a demand
    # with an addressee of its own ("urged the international community to act") is not
    assert ("REQUEST", "INDOPP", "INDGOV") in coded("LUCKNOW — Opposition spokesman Harendra Nishad accused the state government "
                                                    "of failing to prevent the violence and demanded a judicial inquiry.")
    evs = events("RAMALLAH — The Palestinian foreign ministry condemned Israel's raids and urged the international community to "
                 "intervene.", published=PUB, settings=ALL)
    assert dyads(evs, "REQUEST") == [("PSEGOV", None)]


def test_obstructing_a_body_refuses_it() -> None:
    # CAMEO's verb dictionary, DELAY 120: OBSTRUCT, IMPEDE, HINDER; an inquiry or a body
    # obstructed is refused its way (the guideline's REJECT); weather hindering a rescue is no act
    assert ("REJECT", "USAGOV", "USALEG") in coded("WASHINGTON — The White House obstructed Congress, the committee said.")
    assert ("REJECT", "GBRGOV", "GBRLEG") in coded("LONDON — Ministers impeded the defence committee of Parliament for months, MPs said.")
    assert not coded("MANILA — Heavy rain hindered the rescue on Monday.")


def test_an_act_directed_or_overseen_is_the_commanders() -> None:
    # "accused two commanders of overseeing the torture of prisoners": an act done by command
    # is the act of whoever directs or oversees it, as one ordered or orchestrated is; here a
    # reported assault, beside the asserted accusation (the guideline's "X accused Y of
    # shelling Z")
    evs = events("KHARTOUM — The United States accused two Rapid Support Forces commanders of overseeing the torture of political prisoners.",
                 published=PUB, settings=ALL)
    assert [(e.source.code if e.source else None, e.plover, e.modality) for e in evs if e.plover == "ASSAULT"] \
        == [("SDNREBRSF", "ASSAULT", "reported")]
    assert ("ASSAULT", "SDN", "SDNCVL") in coded("KHARTOUM — The prosecutor accused General Omar Dafalla of directing the killing "
                                                 "of hundreds of civilians.")


def test_what_one_has_no_option_but_to_do_is_not_done() -> None:
    # "said the gunmen had no option but to come out and surrender": an obligation, what is
    # still to be done (the guideline's hypothetical: demanded), not a surrender told; the
    # surrender told is
    evs = events("KABUL — Police said the gunmen inside the hotel had no option but to come out and surrender.",
                 published=PUB, settings=ALL)
    assert [(e.plover, e.modality) for e in evs if e.plover == "RETREAT"] == [("RETREAT", "hypothetical")]
    evs = events("KABUL — Police said the gunmen inside the hotel came out and surrendered.", published=PUB, settings=ALL)
    assert [(e.plover, e.modality) for e in evs if e.plover == "RETREAT"] == [("RETREAT", "reported")]


def test_a_capitalised_plural_head_names_again_the_body_named_in_full() -> None:
    # "Iran's Revolutionary Guards fired missiles ... The Guards accused the Iraqi government":
    # the body named before, said again by its head word, not the police of the story's country
    evs = events("BAGHDAD — Iran's Revolutionary Guards fired missiles at bases in northern Iraq on Monday. The Guards accused "
                 "the Iraqi government of sheltering armed opposition groups.", published=PUB, settings=ALL)
    assert dyads(evs, "ACCUSE") == [("IRNMIL", "IRQGOV")]


def test_a_patrol_force_is_used_on_is_the_unit_not_an_act() -> None:
    # "a bomb attack on a police patrol": the patrol is the unit attacked, it deploys no one;
    # a patrol begun is a show of force (CAMEO's verb dictionary, PATROL 150)
    assert not [k for k in coded("BELFAST — Dissident republicans were blamed for a bomb attack on a police patrol in Strabane on "
                                 "Wednesday.") if k[0] == "MOBILIZE"]
    assert ("MOBILIZE", "RUSMIL", None) in coded("MOSCOW — Russian military police began patrols in the town on Monday.")


def test_troopers_ordered_somewhere_are_forces_sent() -> None:
    # CAMEO's verb dictionary, ORDER * {&SECURITY FORCE} 150: state troopers, paratroopers or
    # commandos ordered into a city are forces sent, not a demand made of them
    evs = events("COLUMBUS — Gov. Warren Edgerly ordered 150 state troopers into Cleveland on Tuesday.", published=PUB, settings=ALL)
    assert [(e.plover, e.source.code if e.source else None) for e in evs] == [("MOBILIZE", "USAGOV")]


def test_saying_someone_is_responsible_for_an_act_blames_them() -> None:
    # "said separatists were responsible for the attack": blame laid on them (the guideline's
    # ACCUSE); a body "responsible for the programme" is in charge of it, blamed for nothing
    assert ("ACCUSE", "CMRGOV", "CMRREB") in coded("YAOUNDE — Communication Minister Emmanuel Nkodo said separatists were "
                                                   "responsible for the attack.")
    assert ("ACCUSE", "AUSGOV", "IRNGOV") in coded("CANBERRA — Foreign Minister Judith Carrow said Iranian officials were directly "
                                                   "responsible for the arrest of the engineer.")
    assert not coded("LONDON — The minister said the department was responsible for the programme.")


def test_open_to_talks_is_an_intent_to_negotiate() -> None:
    # "said Russia was open to dialogue with Ukraine": a readiness to meet or negotiate,
    # expressed when said (CAMEO 036, the guideline's AGREE: express intent); a museum open to
    # the public is no one's intent
    evs = events("MOSCOW — Kremlin spokesman Igor Semyonov said Russia was open to dialogue with Ukraine.", published=PUB, settings=ALL)
    assert [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo, e.modality) for e in evs] \
        == [("RUS", "UKR", "036", "asserted")]
    assert not coded("LONDON — The museum is open to the public on Sundays.")


def test_force_condemned_by_the_name_the_speaker_gives_it_is_its_users() -> None:
    # "condemned what it called the army's use of force": the speaker's name for what is
    # condemned is what is condemned, and the one condemned is who used the force
    assert ("ACCUSE", "USAGOV", "MMRMIL") in coded("YANGON — Soldiers fired on marchers in the city on Saturday. The US State "
                                                  "Department condemned what it called the Myanmar army's use of force against "
                                                  "peaceful marchers.")


def test_a_submission_promised_is_an_intent_expressed_when_said() -> None:
    # CAMEO's verb dictionary, SUBMIT [080]: ABIDE BY, OBEY; "would abide by the truce" promises
    # it now (the guideline's AGREE: promise or express intent), what it promises is to come
    evs = events("BEIRUT — Hezbollah said on Monday that its fighters would abide by the truce with Israel.", published=PUB, settings=ALL)
    assert [(e.source.code if e.source else None, e.target.code if e.target else None, e.plover, e.modality) for e in evs] \
        == [("LBNREBHEZ", "ISR", "AGREE", "asserted")]
    evs = events("WASHINGTON — Senator Ralph Ogden said he would obey the Supreme Court's ruling.", published=PUB, settings=ALL)
    assert [(e.plover, e.modality) for e in evs] == [("AGREE", "asserted")]


def test_protest_taken_up_again_is_a_protest_and_on_a_condition_a_threat() -> None:
    # "returned to the streets", as "took to the streets" (CAMEO 141); promised unless a demand
    # is met, an ultimatum (the guideline's THREATEN) to whoever must meet it
    assert ("PROTEST", "CHL", None) in {(p, s[:3] if s else None, t) for p, s, t in
                                        coded("SANTIAGO — Thousands of students returned to the streets on Sunday.")}
    evs = events("SANTIAGO — Student leaders said they would return to the streets if the government kept ignoring their "
                 "demands.", published=PUB, settings=ALL)
    assert [(e.plover, e.target.code if e.target else None, e.modality) for e in evs if e.plover in ("PROTEST", "THREATEN")] \
        == [("THREATEN", "CHLGOV", "asserted")]


def test_working_in_concert_is_cooperation() -> None:
    # CAMEO's verb dictionary, COORDINATE [050]: "coordinated with" someone
    assert ("COOPERATE", "KENCOP", "USACOP") in coded("NAIROBI — Kenyan police coordinated with the FBI on the investigation.")


def test_people_from_both_parties_are_not_the_two_sides() -> None:
    # "members of Congress from both parties, who had criticised ...": the parties they come
    # from are political ones, and the clause after the comma is about the members
    evs = events("WASHINGTON — Turkey and Syria agreed on a truce on Monday. Members of Congress from both parties, who had "
                 "criticised the president, said the deal was weak.", published=PUB, settings=ALL)
    assert dyads(evs, "ACCUSE") == [("USALEG", "USAGOV")]


def test_a_bare_title_is_not_the_holder_of_that_office_it_acts_on() -> None:
    # "the president thanked Egypt's president": no one thanks himself, so the bare title is
    # not Egypt's, whatever else the article names; a state body may still call on another of
    # its own state ("the state government called on the federal government")
    evs = events("The president welcomed the agreement and thanked Egypt's president for his help.", published=PUB, settings=ALL)
    assert not [e for e in evs if e.source is not None and e.source.code == "EGYGOV"]
    assert ("SUPPORT", "USAGOV", "EGYGOV") in coded("WASHINGTON — The president welcomed the agreement and thanked Egypt's "
                                                    "president for his help.")
    assert ("REQUEST", "NGAGOV", "NGAGOV") in coded("MAIDUGURI, Nigeria — The Borno State Government called on the federal "
                                                    "government to deploy more troops.")


def test_a_ransom_is_paid_or_refused_to_whoever_holds_the_captives() -> None:
    # CAMEO's verb dictionary, PAY * RANSOM 080 (a yielding): refused, "would not pay ransoms",
    # a rejection; either way aimed at the kidnappers told just before
    assert ("REJECT", "NGAGOV", "NGAREB") in coded("KADUNA, Nigeria — Gunmen abducted 20 pupils on Monday. The Kaduna State "
                                                   "government said it would not pay ransoms.")
    assert ("CONCEDE", "NGACVL", "NGAREB") in coded("KADUNA, Nigeria — Gunmen abducted 20 pupils on Monday. The families paid a "
                                                    "ransom on Friday.")


def test_talks_taken_up_again_or_refused() -> None:
    # CAMEO's verb dictionary, RESUME * TALKS 046: "returned to the negotiating table"; "would
    # not return to talks", a refusal to negotiate (125)
    assert ("CONSULT", "COLREBELN", "COLGOV") in coded("BOGOTA — The ELN returned to the negotiating table with the government "
                                                       "on Monday.")
    evs = events("TEHRAN — Iran's foreign minister said Iran would not return to talks with the United States.", published=PUB, settings=ALL)
    assert [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo) for e in evs] == [("IRN", "USA", "125")]


def test_charges_held_out_on_a_condition_are_a_threat_by_whoever_says_so() -> None:
    # "said the former president would face charges if he returned": an ultimatum (the
    # guideline's THREATEN), made by the one who says it when it is said; without a
    # condition, charges to come
    evs = events("QUITO — Interior Minister Pablo Serrano said the former president would face charges of fraud if he returned "
                 "from exile.", published=PUB, settings=ALL)
    assert [(e.source.code if e.source else None, e.plover, e.modality) for e in evs] == [("ECUGOV", "THREATEN", "asserted")]
    evs = events("QUITO — Interior Minister Pablo Serrano said the former president would face charges of fraud.", published=PUB, settings=ALL)
    assert [(e.plover, e.modality) for e in evs] == [("ACCUSE", "future")]


def test_force_used_to_do_something_is_used_on_whom_that_acts_on() -> None:
    # "used tear gas on Tuesday to clear the drivers": the force is used on those it is used to
    # move (CAMEO 175), not on no one; a purpose that is an act of its own ("to disperse") is
    # that act, told once
    assert ("COERCE", "BOLCOP", "BOLLAB") in coded("LA PAZ — Riot police used tear gas and water cannon on Tuesday to clear "
                                                   "hundreds of truck drivers who had blocked the highway.")
    evs = events("LA PAZ — Riot police used tear gas and rubber bullets on Tuesday to disperse hundreds of miners.", published=PUB, settings=ALL)
    assert [(e.cameo, e.rule) for e in evs] == [("175", "disperse")]


def test_fighting_alongside_someone_is_military_cooperation() -> None:
    # CAMEO's verb dictionary, FIGHT * ALONGSIDE 062: cooperation with them, not force against
    # them; fighting with or against someone is still force
    assert ("COOPERATE", "PRKMIL", "RUSMIL") in coded("KYIV — North Korean soldiers are fighting alongside Russian troops in the "
                                                      "Kursk region.")
    assert ("ASSAULT", "CODREBM23", "CODMIL") in coded("GOMA — M23 rebels fought with government troops on Monday.")


def test_people_welcomed_on_arrival_are_received_not_praised() -> None:
    # CAMEO's verb dictionary, WELCOME * COUNTERPARTS, * VISIT, * (TO) 043: a visit hosted;
    # a decision welcomed is still praise (051)
    assert ("CONSULT", "CHNGOV", "RUSGOV") in coded("BEIJING — President Xi welcomed his Russian counterpart to Beijing on Monday.")
    assert ("CONSULT", "PAKGOV", "INDCVL") in coded("LAHORE — Pakistan's prime minister welcomed a group of 500 Indian pilgrims at "
                                                    "the shrine on Saturday.")
    assert ("SUPPORT", "GBR", "FRA") in coded("LONDON — Britain welcomed the decision by France on Monday.")


def test_a_verb_joined_with_its_own_auxiliary_is_not_under_its_siblings_not() -> None:
    # "does not recognise dual nationality and has rejected British requests": the rejection
    # is told as done (negation scope is the clause of its verb); "did not attack and kill",
    # one act denied
    evs = events("TEHRAN — Iran does not recognise dual nationality and has rejected British requests for consular access.",
                 published=PUB, settings=ALL)
    assert [(e.plover, e.modality) for e in evs if e.plover == "REJECT"] == [("REJECT", "asserted")]
    evs = events("KABUL — The ministry said the Taliban did not attack and kill the soldiers.", published=PUB, settings=ALL)
    assert {e.modality for e in evs if e.plover == "ASSAULT"} == {"negated"}


def test_a_participle_beside_a_verb_told_as_done_is_done_with_it() -> None:
    # "protesters set fire to the consulate, accusing Iran of ...": "set" here is no "set to"
    # of what is yet to come; the accusation is made; "is set to accuse" still looks ahead
    evs = events("BASRA — Protesters set fire to the Iranian consulate on Wednesday night, accusing Iran of propping up a corrupt "
                 "government.", published=PUB, settings=ALL)
    assert [(e.plover, e.modality) for e in evs if e.plover == "ACCUSE"] == [("ACCUSE", "asserted")]
    evs = events("BAGHDAD — Iraq is set to accuse Iran of arming the militias.", published=PUB, settings=ALL)
    assert [(e.plover, e.modality) for e in evs if e.plover == "ACCUSE"] == [("ACCUSE", "future")]


def test_a_refusal_said_of_oneself_is_made_when_said() -> None:
    # "union officials said they would defy the order": the guideline's REJECT (defy), made
    # when said, as "will not accept" is; an appeal still to be lodged is to come
    evs = events("NAIROBI — The court ordered the union to call off the strike, but union leaders said they would defy the order.",
                 published=PUB, settings=ALL)
    assert [(e.plover, e.modality) for e in evs if e.plover == "REJECT"] == [("REJECT", "asserted")]
    evs = events("WASHINGTON — The Justice Department said it would appeal the ruling.", published=PUB, settings=ALL)
    assert "asserted" not in {e.modality for e in evs if e.plover == "REJECT"}


def test_aid_stalled_is_aid_held_up_not_given() -> None:
    # CAMEO's verb dictionary files STALL with DELAY: aid stalled is reduced (162), not aid
    # given (07)
    evs = events("WASHINGTON — The administration stalled military aid to Ukraine in July.", published=PUB, settings=ALL)
    assert [(e.plover, e.cameo, e.target.code if e.target else None) for e in evs] == [("SANCTION", "162", "UKR")]


def test_organised_labour_is_the_unions() -> None:
    # "organised labour" names the trade unions together (CAMEO's LAB), whose threat of a
    # strike is pressed on the government that must meet its condition
    assert ("THREATEN", "GHALAB", "GHAGOV") in coded("ACCRA — Organised labour has threatened to shut down the country from "
                                                     "Monday if the government fails to reverse the fuel price rise.")


def test_a_nationality_before_a_gerund_of_force_is_its_doer() -> None:
    # "were killed in Russian shelling": the gerund after the preposition is the act named as a
    # noun, its doer the nationality before it (the issue's nominal events), not a clause of
    # its own with no subject; dying in it is the attack told from its victims' side (CAMEO's
    # verb dictionary, DIE * (DURING SHELLING) :194, * (IN BLAST) :190)
    assert ("ASSAULT", "RUS", "UKRMIL") in coded("KHARKIV — Three Ukrainian soldiers were killed in Russian shelling near "
                                                  "Vovchansk on Sunday.")
    assert ("ASSAULT", "ISRMIL", "LBNAGR") in coded("BEIRUT — Two Lebanese farmers died in Israeli artillery shelling near the "
                                                     "border on Monday.")
    assert ("ASSAULT", "RUS", "UKRCVL") in coded("KHERSON — Six civilians were wounded by Russian shelling on Tuesday.")
    # (a clause of its own is left as it is: "the army hit back, shelling the town")
    assert ("ASSAULT", "ARMMIL", "AZE") in coded("YEREVAN — Armenian troops returned fire in the morning, shelling Azerbaijani "
                                                  "positions near the border.")


def test_what_one_receives_from_someone_is_given_by_them() -> None:
    # CAMEO's verb dictionary, RECEIVE * TANKS :072, * LOAN :071, * ASSURANCE :030, * THREATS
    # :130, WIN * BACKING :051: the giver is the source, the one who receives it the target
    # (not a visit the receiver hosts); no giver named, no source
    assert coded("KYIV — Ukraine received a new batch of tanks from Germany on Tuesday.") == {("AID", "DEU", "UKR")}
    assert ("AID", "IGOUNOWBK", "KEN") in coded("NAIROBI — Kenya received a loan of 500 million dollars from the World Bank.")
    got = coded("KHARTOUM — The Sudanese government has received assurances from Egypt that the dam talks will resume.")
    assert ("AGREE", "EGY", "SDNGOV") in got and ("CONSULT", "SDNGOV", "EGY") not in got
    assert ("SUPPORT", "FRA", "ARMGOV") in coded("YEREVAN — The Armenian prime minister won the backing of France for the plan.")
    assert ("THREATEN", None, "MEXGOV") in coded("CULIACAN, Mexico — The mayor said he had received death threats.")
    assert not [k for k in coded("LONDON — The home secretary got strong support last week.") if k[0] == "SUPPORT"]
    # (someone received is still a visit hosted)
    assert ("CONSULT", "KENGOV", "UGAGOV") in coded("NAIROBI — President Ruto received the Ugandan envoy at State House.")


def test_a_sum_of_money_pledged_for_a_purpose_is_aid_to_whom_it_is_for() -> None:
    # CAMEO's verb dictionary, PLEDGE, PROMISE, OFFER * &CURRENCY 0331, GIVE, PROVIDE *
    # &CURRENCY 071: a sum of money is what is promised or given; for a purpose, it goes to
    # whom the purpose is done for ("to rebuild Syria"), unless the purpose is an act of its
    # own ("to help Fiji's police", coded as one)
    assert ("AGREE", "SAU", "SYR") in coded("RIYADH — Saudi Arabia pledged $2 billion to rebuild Syria.")
    assert ("AGREE", "JPN", "UKR") in coded("TOKYO — Japan will provide $100 million to rebuild Ukraine's power grid.")
    evs = events("CANBERRA — Australia has promised A$50 million to help Fiji's police force.", published=PUB, settings=ALL)
    assert dyads(evs, "AGREE") == [("AUS", "FJICOP")]
    assert ("AID", "IGOUNOWBK", "KEN") in coded("NAIROBI — The World Bank gave $500 million to Kenya on Tuesday.")


def test_a_title_is_not_of_the_country_its_complement_acts_on() -> None:
    # "the president threatened to impose tariffs on Mexico", from Washington: the country the
    # act of the complement is done to is the other side, not the president's (no target is
    # the source's own country)
    assert ("THREATEN", "USAGOV", "MEX") in coded("WASHINGTON — The president threatened to impose tariffs on Mexico.")
    assert ("SANCTION", "DEUGOV", "CHN") in coded("BERLIN — The chancellor decided to impose new tariffs on China.")


def test_a_clause_of_when_on_a_date_is_set_on_that_date() -> None:
    # "the deadliest since 2015, when militants killed 30 soldiers": the killing is of 2015,
    # not of the week the story was published (a date far from publication is not moved to it)
    evs = events("KABUL — The attack was the deadliest since 2015, when militants killed 30 soldiers in Kunduz.",
                 published=PUB, settings=ALL)
    assert [(e.plover, e.date) for e in evs if e.plover == "ASSAULT"] == [("ASSAULT", "2015-01-01")]
    evs = events("ABUJA — The unrest is the worst since March 2012, when soldiers killed 40 protesters in Kano.",
                 published=PUB, settings=ALL)
    assert [(e.plover, e.date) for e in evs if e.plover == "ASSAULT"] == [("ASSAULT", "2012-03-01")]


def test_dying_after_an_attack_is_dying_of_it() -> None:
    # CAMEO's verb dictionary, DIE * (AFTER ASSAULT) :1823: the attack people died after is
    # what they died of, an attack on them by its doer; an attack after which someone did
    # something else only dates it
    assert ("ASSAULT", "RUS", "UKRCVL") in coded("ODESA — Four people died after a Russian missile strike on the port on Tuesday.")
    assert not [k for k in coded("KYIV — The minister resigned after a Russian missile strike on the city.") if k[0] == "ASSAULT"]


def test_a_truce_is_broken_against_the_side_that_says_so() -> None:
    # a truce is between two sides (CAMEO 196, violate ceasefire), so the side that says the
    # other broke it is the one it was broken against, unless it is a third party that
    # watches it
    assert ("ASSAULT", "ISR", "LBNGOV") in coded("BEIRUT — Lebanon's prime minister said Israel had violated the ceasefire.")
    assert ("ASSAULT", "ISR", "LBNREBHEZ") in coded("BEIRUT — Hezbollah said the man was not a fighter and accused Israel of "
                                                    "violating the truce hundreds of times.")
    assert ("ASSAULT", "ISR", None) in coded("GENEVA — The UN envoy said Israel had violated the truce.")


def test_a_massacre_committed_is_the_act_of_whoever_committed_it() -> None:
    # "committed genocide", "perpetrated a massacre": the verb hands the act to its noun, as
    # "carried out an attack" does (CAMEO 202, 203); said of another, it is alleged
    assert [(e.plover, e.source.code if e.source else None, e.target.code if e.target else None, e.modality)
            for e in events("KYIV — The Ukrainian president said Russia was committing genocide in Ukraine.", published=PUB,
                            settings=ALL) if e.plover == "ASSAULT"] == [("ASSAULT", "RUS", "UKR", "reported")]
    assert ("ASSAULT", "RWAREB", "RWACVL") in coded("KIGALI — Hutu militias perpetrated a massacre of Tutsi villagers in 1994.")


def test_a_government_overthrown_is_assaulted() -> None:
    # CAMEO's verb dictionary, OVERTHROW 180; one only wanted or tried is not told as done
    assert ("ASSAULT", "MLIMIL", "MLIGOV") in coded("BAMAKO — Soldiers overthrew President Ibrahim Keita in August.")
    evs = events("CAIRO — Protesters want to overthrow the regime.", published=PUB, settings=ALL)
    assert {e.modality for e in evs if e.plover == "ASSAULT"} == {"hypothetical"}


def test_a_place_occupied_by_people_who_bear_no_arms_is_a_protest() -> None:
    # CAMEO's verb dictionary, PROTESTOR OCCUPY 144 (obstruct, block), beside OCCUPY * &TOWN
    # 192: students or families holding a place protest; troops or rebels taking one occupy
    # territory
    assert coded("DHAKA — Students occupied the university on Tuesday.") == {("PROTEST", "BGDEDU", None)}
    assert ("PROTEST", "BRACVL", None) in coded("SALVADOR, Brazil — About 400 landless families occupied a eucalyptus "
                                                "plantation on Monday.")
    assert [k[0] for k in coded("GOMA — M23 rebels occupied the town of Sake.")] == ["COERCE"]


def test_workers_who_down_tools_strike() -> None:
    # "downed tools": stopping work is a strike (CAMEO 143); a drone downed is still shot down
    assert coded("LAGOS — Teachers downed tools over unpaid salaries on Tuesday.") == {("PROTEST", "NGAEDU", None)}
    assert ("ASSAULT", "UKRMIL", "RUSMIL") in coded("KYIV — Ukrainian forces downed a Russian drone.")


def test_an_embassy_reopened_restores_ties_with_where_it_is() -> None:
    # CAMEO 054 (establish or restore relations), as a closed embassy cuts them (161): with the
    # state where the embassy is, never with the reopener's own government
    assert coded("KABUL — China reopened its embassy in Kabul.") == {("SUPPORT", "CHN", "AFG")}


def test_a_sheriffs_deputies_are_police() -> None:
    # in a story that names a sheriff, "deputies" are the sheriff's officers (CAMEO's COP),
    # not a legislature's deputies, who are still lawmakers elsewhere
    assert coded("DALLAS — The sheriff's office said deputies arrested the suspect at his home.") == {("COERCE", "USACOP", "USACRM")}
    assert ("PROTEST", "FRALEG", "FRALEG") in coded("PARIS — Opposition deputies walked out of the National Assembly.")


def test_a_stun_gun_used_on_someone_is_force_used_on_them() -> None:
    # a stun gun or a Taser, as tear gas and batons, is force the police use on someone
    # (CAMEO 175)
    assert coded("DALLAS — Officers used a stun gun on the man during the arrest.") == {("COERCE", "USACOP", "USACVL")}
    assert coded("DALLAS — Officers used a Taser on the man.") == {("COERCE", "USACOP", "USACVL")}


def test_the_toll_of_a_war_is_no_act_told() -> None:
    # "the war has killed tens of thousands": a toll, no act of anyone the sentence names (a
    # missing event costs less than a wrong one); a war whose side is named, or fighting
    # between named sides, still tells who fought
    assert not coded("SANAA — The war, which began in 2015, has killed tens of thousands of people.")
    assert ("ASSAULT", "RUS", "SYR") in coded("DAMASCUS — Russia's war in Syria has killed thousands.")
    assert ("ASSAULT", "CODREBM23", "CODCVL") in coded("GOMA — Fighting between the army and M23 rebels killed 20 civilians.")


def test_talks_broken_off_or_left_are_halted() -> None:
    # CAMEO 164 (halt negotiations): "broke off talks", "pulled out of", "withdrew from the
    # negotiations", against whom they were held with; relations broken off are still cut (161)
    assert coded("BOGOTA — Colombia broke off peace negotiations with the ELN rebels in January.") == {("SANCTION", "COL", "COLREBELN")}
    assert coded("DAMASCUS — Syrian rebels pulled out of the peace talks with the government on Monday.") == {("SANCTION", "SYRREB", "SYRGOV")}
    assert coded("CARACAS — The Venezuelan opposition withdrew from the negotiations with Maduro's government.") \
        == {("SANCTION", "VENOPP", "VENGOV")}
    assert [e.cameo for e in events("CARACAS — Venezuela broke off diplomatic relations with Colombia.", published=PUB)] == ["161"]
    assert coded("KABUL — Afghan troops withdrew from the town on Monday.") == {("RETREAT", "AFGMIL", None)}


def test_airmen_and_paratroopers_are_the_forces() -> None:
    # the Phoenix agents dictionary's AIRMAN, PARATROOPS (~MIL): who serves in the forces, one
    # by one, is of them
    assert coded("KABUL — A US airman shot two Afghan civilians.") == {("ASSAULT", "USAMIL", "AFGCVL")}
    assert coded("KYIV — Russian paratroopers shelled the town.") == {("ASSAULT", "RUSMIL", None)}


def test_a_town_taken_or_captured_is_territory_occupied() -> None:
    # CAMEO's verb dictionary, the SEIZE block (CAPTURE, GRAB, TAKE): SEIZE * &TOWN, TAKE *
    # (OVER &TOWN) 192, as "seized the town" already was; people captured are still held (173)
    assert coded("KABUL — The Taliban took the city of Kunduz on Monday.") == {("COERCE", "AFGREBTAL", "AFG")}
    assert coded("MOSUL — Iraqi forces took the airport from Islamic State militants.") == {("COERCE", "IRQMIL", "IMGMOSISI")}
    assert [e.cameo for e in events("GOMA — M23 rebels captured the town of Bunagana.", published=PUB, settings=ALL)] == ["192"]
    assert [e.cameo for e in events("GOMA — M23 rebels captured 20 soldiers.", published=PUB, settings=ALL)] == ["173"]


def test_bullying_coercion_and_intimidation_coerce() -> None:
    # to bully is to intimidate, and coercion and intimidation are what "coerce" and
    # "intimidate" do (CAMEO 170); alleged, as the guideline's "X accused Y of shelling Z",
    # the act is reported beside the accusation
    evs = events("BEIJING — The foreign ministry accused Washington of bullying Chinese companies.", published=PUB, settings=ALL)
    assert {(e.plover, e.source.code if e.source else None, e.target.code if e.target else None, e.modality) for e in evs} \
        == {("ACCUSE", "CHNGOV", "USA", "asserted"), ("COERCE", "USA", "CHNBUS", "reported")}
    assert coded("MANILA — Chinese ships used intimidation against Filipino fishermen.") == {("COERCE", "CHN", "PHLAGR")}
    assert ("COERCE", "CHN", None) in coded("TAIPEI — Taiwan condemned China's intimidation of the island.")


def test_force_used_in_answer_is_aimed_at_whoever_did_what_it_answers() -> None:
    # "returned fire" (CAMEO's verb dictionary, RETURN * FIRE 190), "responded with tear gas"
    # (force used, 175, as "used tear gas"), "responded with live fire" (190): aimed at whoever
    # did the act of force or protest they answer, in the sentence or the one before, never at
    # the answerer's own state
    assert coded("CONAKRY — Protesters threw stones at police, who responded with tear gas.") \
        == {("PROTEST", "GINCVL", "GINCOP"), ("COERCE", "GINCOP", "GINCVL")}
    assert ("ASSAULT", "PHLMIL", "PHLREB") in coded("MANILA — Rebels attacked an army patrol in Samar. The soldiers returned fire, "
                                                    "killing two rebels.")
    assert ("ASSAULT", "INDMIL", "PAKMIL") in coded("SRINAGAR — Pakistani troops fired on Indian posts. Indian troops responded with "
                                                    "live fire.")
    assert ("ASSAULT", "AFGMIL", None) in coded("KABUL — Afghan police arrested five Taliban fighters. Afghan troops returned fire.")


def test_a_response_announced_or_vowed_is_a_threat_at_whoever_did_what_it_answers() -> None:
    # CAMEO's WARN * (OF RESPONSE) 130, as "vowed a response": "would respond", "vowed to
    # respond" threaten whoever did the hostile act told just before; a response told as done
    # or denied, or one that answers no hostile act, is none
    assert ("THREATEN", "YEMREBHOU", "USAMIL") in coded("SANAA — U.S. warplanes struck Houthi targets overnight. A Houthi "
                                                        "spokesman said the group would respond.")
    evs = events("JENIN — Israeli troops arrested a local commander of Islamic Jihad. The group vowed to respond.", published=PUB, settings=ALL)
    assert [(e.plover, e.source.code if e.source else None, e.target.code if e.target else None, e.modality) for e in evs
            if e.plover == "THREATEN"] == [("THREATEN", "PSEREBPIJ", "ISRMIL", "asserted")]
    assert not coded("WASHINGTON — The White House did not respond to a request for comment.")
    assert not coded("WASHINGTON — The White House said it would respond to the letter next week.")


def test_a_country_is_no_he() -> None:
    # a pronoun resolves only to a compatible antecedent: "he" is one person, never the
    # country that was the last subject; the one person named in the sentence before, if one
    assert coded("KHARTOUM — Sudan expelled Chad's ambassador on Monday. He accused Khartoum of lying.") \
        == {("SANCTION", "SDN", "TCDGOV"), ("ACCUSE", "TCDGOV", "SDN")}
    assert coded("MOSCOW — Russia expelled two British diplomats on Monday. He accused London of spying.") == {("SANCTION", "RUS", "GBRGOV")}


def test_people_held_are_detained() -> None:
    # "held" of people, named or by a noun of people, is detention (CAMEO 173), as "held
    # prisoners" already was, and so is a participle of it with its doer ("soldiers held by
    # the Taliban"); talks held, a line held, someone held responsible or a bill held up are not
    assert coded("LAGOS — The activist had been held for more than four months.") == {("COERCE", None, "NGAOPP")}
    assert ("COERCE", "AFGREBTAL", "AFGMIL") in coded("KABUL — Officials said 10 Afghan soldiers held by the Taliban were expected "
                                                      "to be released.")
    assert ("COERCE", None, "RUSOPP") in coded("MOSCOW — Alexei Navalny was held in a penal colony north of the Arctic Circle.")
    assert not coded("TEHRAN — Iran held Trump responsible for the killing.")
    assert not coded("KYIV — Ukrainian soldiers held the line near Bakhmut.")


def test_tariffs_put_off_or_dropped_ease_a_trade_penalty() -> None:
    # CAMEO 085 (ease economic sanctions), as tariffs suspended, lifted or cancelled already
    # were; and a rise in tariffs put off is the tariffs put off
    assert coded("OTTAWA — Canada dropped its retaliatory tariffs on U.S. steel.") == {("CONCEDE", "CAN", "USA")}
    assert coded("WASHINGTON — The White House delayed tariffs on Mexican imports.") == {("CONCEDE", "USAGOV", "MEX")}
    assert coded("WASHINGTON — The United States formally suspended a planned increase in tariffs on Chinese goods.") \
        == {("CONCEDE", "USA", "CHN")}
    assert coded("WASHINGTON — The president postponed the talks with China.") == {("SANCTION", "USAGOV", "CHN")}


def test_a_name_of_praise_praises_whoever_did_what_it_names() -> None:
    # "called the decision a victory", "called the agreement historic": praise (CAMEO 051), as a
    # name of reproach criticises, of the one whose act the object names; "a victory for the
    # Conservatives" praises no one it is for
    assert ("SUPPORT", "USAGOV", "USAJUD") in coded("SEATTLE — A federal judge blocked the order on Monday. Seattle Mayor "
                                                    "Julia Brandvold called the decision a win for every city.")
    assert ("SUPPORT", "IGOUNO", "ERI") in coded("ADDIS ABABA — Ethiopia and Eritrea signed a peace deal. The UN chief called "
                                                 "the agreement historic.")
    assert not coded("LONDON — Johnson called the election a historic victory for the Conservatives.")


def test_aid_cut_by_no_one_named_is_cut_by_whoever_gives_it() -> None:
    # CAMEO 162 (reduce or stop aid): "U.S. military aid to Ukraine was frozen" is the United
    # States' act, as "froze its aid" would be; aid named by no state ("military aid") still
    # names no one
    assert coded("WASHINGTON — U.S. military aid to Ukraine was frozen in July.") == {("SANCTION", "USA", "UKR")}
    assert ("SANCTION", "IGOEUREEC", "NER") in coded("BRUSSELS — The EU's aid to Niger was suspended after the coup.")
    assert coded("KYIV — Military aid to Ukraine was frozen in July.") == {("SANCTION", None, "UKR")}


def test_peacekeepers_deployed_or_sent_give_protection() -> None:
    # CAMEO's verb dictionary: DEPLOY * PEACEKEEPERS [074] (provide military protection or
    # peacekeeping, the guideline's AID), to where they go; withdrawn, they are still 1661
    # (withdraw peacekeepers), and other forces deployed or sent still show force (150)
    assert coded("NAIROBI — Kenya deployed 400 peacekeepers to Somalia on Monday.") == {("AID", "KEN", "SOM")}
    assert coded("DUBLIN — Ireland sent 300 peacekeepers to Lebanon.") == {("AID", "IRL", "LBN")}
    evs = events("PRISTINA — NATO peacekeepers were deployed to the northern border on Monday.", published=PUB, settings=ALL)
    assert [(e.plover, e.cameo) for e in evs] == [("AID", "074")]
    assert [(e.plover, e.cameo) for e in events("GOMA — UN peacekeepers were withdrawn from the town on Monday.",
                                                published=PUB, settings=ALL)] == [("SANCTION", "1661")]
    assert coded("NAIROBI — Kenya deployed 400 troops to Somalia on Monday.") == {("MOBILIZE", "KEN", "SOM")}


def test_supplies_or_loans_cut_off_are_aid_stopped() -> None:
    # CAMEO's verb dictionary: CUT * SUPPLIES 162, CUT * LOAN 1621, as supplies or
    # deliveries halted already were (reduce or stop aid, the guideline's SANCTION: cut aid),
    # to whom they went; production cut is no act on anyone
    assert coded("SOFIA — Russia cut off gas supplies to Bulgaria on Wednesday.") == {("SANCTION", "RUS", "BGR")}
    assert [(e.plover, e.cameo) for e in events("KYIV — Russia cut gas deliveries to Ukraine on Wednesday.", published=PUB)] \
        == [("SANCTION", "162")]
    assert coded("BUENOS AIRES — The World Bank cut its loans to Argentina.") == {("SANCTION", "IGOUNOWBK", "ARG")}
    assert not coded("RIYADH — Saudi Arabia cut oil production on Wednesday.")


def test_an_act_ruled_out_is_refused() -> None:
    # CAMEO's verb dictionary files RULED_OUT with REFUSE: "ruled out reopening the border",
    # "ruled out negotiating with the United States" refuse the act (the guideline's REJECT,
    # "refused to meet": the refusal asserted), aimed at whom it would be done with; the act
    # itself is not done ("ruled out reopening" was coded as a border reopened)
    assert coded("ANKARA — Turkey ruled out reopening the border with Armenia.") == {("REJECT", "TUR", "ARM")}
    assert coded("TEHRAN — Iran ruled out negotiating with the United States.") == {("REJECT", "IRN", "USA")}
    assert coded("ANKARA — Turkey refused to reopen the border with Armenia.") == {("REJECT", "TUR", "ARM")}


def test_a_protest_with_no_doer_of_its_own_is_held_by_the_protesters_its_sentence_names() -> None:
    # "triggered protests across India, with demonstrators demanding ...": the protest (CAMEO
    # 141) is the demonstrators', who are named beside it, not no one's; protesters of two
    # sides named in the sentence leave it no one's
    assert ("PROTEST", "INDCVL", None) in coded(
        "NEW DELHI — The killing had triggered protests across India, with demonstrators demanding swift punishment.")
    assert ("PROTEST", "IRQCVL", None) in coded(
        "BAGHDAD — Security forces fired on anti-government protesters in a renewed wave of demonstrations.")
    assert not {k for k in coded("The killing had triggered protests in both countries, with Indian demonstrators and "
                                 "Pakistani protesters on the streets.") if k[0] == "PROTEST" and k[1] is not None}


def test_a_measure_ruled_or_declared_void_is_struck_down_by_the_court() -> None:
    # CAMEO's verb dictionary: OVERTURN * DECISION 124, and STRIKE_DOWN, INVALIDATE, NULLIFY:
    # a measure ruled or declared unconstitutional, illegal or void is rejected (the
    # guideline's REJECT, as a veto), aimed at whose measure it is, not at whom it was done to
    assert coded("HONG KONG — The High Court ruled that a government ban on face masks at public gatherings was "
                 "unconstitutional.") == {("REJECT", "HKGJUD", "HKGGOV")}
    assert coded("NAIROBI — The High Court declared the government's housing levy unconstitutional.") \
        == {("REJECT", "KENJUD", "KENGOV")}
    assert ("REJECT", "KENJUD", "KENOPP") not in coded(
        "NAIROBI — Police arrested the activist on Monday. The court ruled that the arrest of the activist was unlawful.")
    assert not {k for k in coded("LONDON — The court ruled that the evidence was inadmissible.") if k[0] == "REJECT"}
    # (and so is an election a legislature declares illegitimate, the president's)
    assert coded("CARACAS — The National Assembly declared the president's re-election illegitimate.") \
        == {("REJECT", "VENLEG", "VENGOV")}


def test_a_report_or_a_decree_issued_speaks_for_who_issued_it() -> None:
    # "released a report accusing ...", "issued a decree imposing ...": the text's act is its
    # issuer's, as "issued a statement condemning ..." is; a report only cited is not the
    # citer's
    assert ("ACCUSE", "IGOUNO", "MMRMIL") in coded("GENEVA — The UN released a report accusing Myanmar's military of "
                                                   "genocide.")
    assert ("COERCE", "ECUGOV", None) in coded("QUITO — The president issued a decree imposing a curfew.")
    assert not {k for k in coded("GENEVA — Amnesty cited a report accusing Myanmar's military of genocide.")
                if k[0] == "ACCUSE" and k[1] is not None}


def test_a_protest_taken_to_the_door_of_the_army_or_the_intelligence_service_is_aimed_at_it() -> None:
    # "marched to parliament" is aimed at parliament; so is a protest taken to the door of the
    # armed forces or the secret police ("gathered outside the headquarters of the DSS"), as
    # one that breaks through the gates of the army's headquarters is; a stadium is no one's
    assert coded("ABUJA — Several hundred protesters gathered outside the headquarters of the Department of State "
                 "Services in Abuja.") == {("PROTEST", "NGACVL", "NGASPY")}
    assert coded("RAWALPINDI — Thousands of protesters marched to the army headquarters.") == {("PROTEST", "PAKCVL", "PAKMIL")}
    assert coded("LAGOS — Protesters marched to the stadium.") == {("PROTEST", "NGACVL", None)}


def test_they_who_protest_are_not_the_police_who_act_on_them() -> None:
    # "police detained 200 farmers as they tried to march": "they" who march are the farmers
    # acted on, not the police (police or soldiers do not protest, as those acting during a
    # protest are not its protesters); "police said they had marched" is the police's own
    assert ("PROTEST", "INDAGR", None) in coded("LUCKNOW — Police detained 200 farmers as they tried to march to the "
                                                "assembly.")
    assert ("PROTEST", "KENCVL", "KENLEG") in coded("NAIROBI — Police fired tear gas at protesters as they marched to "
                                                    "parliament.")
    assert not {k for k in coded("LUCKNOW — Police detained 200 farmers as they tried to march to the assembly.")
                if k[0] == "PROTEST" and k[1] == "INDCOP"}


def test_a_military_or_police_post_attacked_is_its_garrison_attacked() -> None:
    # the Phoenix agents dictionary codes a police post as the police (POLICE_POST [~COP]), as
    # a military base is the armed forces: a post or an outpost overrun is its garrison's
    assert coded("OUAGADOUGOU — Militants overran a military post in the north on Sunday.") == {("ASSAULT", "BFAREB", "BFAMIL")}
    assert ("ASSAULT", "AFGREB", "AFGCOP") in coded("KABUL — Gunmen attacked a police post in Helmand.")


def test_a_warning_that_names_no_one_is_aimed_at_whom_its_speaker_accuses() -> None:
    # "accused Australia of ... and warned that there will be consequences": the guideline's
    # THREATEN (warn of action) is aimed at whom the same speaker accuses in the sentence; a
    # warning in a sentence of its own, naming no one, is still aimed at no one
    assert ("THREATEN", "CHNGOV", "AUS") in coded(
        "BEIJING — China's ambassador accused Australia of weaponising trade remedies against Chinese firms and warned that "
        "there will be consequences.")
    assert ("THREATEN", "RUS", None) in coded("MOSCOW — Russia accused the United States of meddling. It warned of "
                                              "retaliation.")
    # (nor is one on a condition, which presses whoever must meet it)
    assert not {k for k in coded("LONDON — China's ambassador accused Britain of meddling and warned that Beijing would not "
                                 "sit on its hands if the situation became uncontrollable.") if k[0] == "THREATEN" and k[2]}


def test_whom_a_demand_is_of_is_not_who_demands_it() -> None:
    # "the ELN has stepped up attacks ..., and the government had demanded that it free all
    # hostages": the pronoun of the demanded clause is the doer named before, not the one who
    # demands (a demand of oneself is none); what one asks to be done to oneself is one's own
    assert ("REQUEST", "COLGOV", "COLREBELN") in coded(
        "BOGOTA — The ELN has stepped up attacks on oil pipelines since talks stalled last year, and the government had "
        "demanded that it free all hostages before negotiations could resume.")
    assert ("REQUEST", "COLGOV", "COLREBELN") in coded("BOGOTA — The ELN attacked a pipeline. The government demanded that it "
                                                       "free all hostages.")
    assert ("REQUEST", "UKR", "RUS") not in coded("KYIV — Russia attacked Ukraine. Ukraine asked that it be allowed to join "
                                                  "the alliance.")


def test_a_crowd_counted_but_not_named_is_the_people_of_the_story() -> None:
    # "Hundreds marched through the city", from La Paz: a count of people standing alone is the
    # populace (CVL) of where the story is, as "thousands of people" is; with no dateline or
    # place it is no one
    assert coded("LA PAZ — Hundreds marched through the city on Monday.") == {("PROTEST", "BOLCVL", None)}
    assert coded("BEIRUT — Thousands took to the streets.") == {("PROTEST", "LBNCVL", None)}
    assert not coded("Hundreds marched through the city on Monday.")


def test_people_held_hostage_are_abducted_by_whoever_holds_them() -> None:
    # the verb dictionary's HOLD * &HOSTAGE (181), as TAKE * &HOSTAGE: hostages held are
    # abducted, not detained; the ones held are the target, with the people parsed into one
    # noun with "hostage", and the doer is the "by" wherever the parser hangs it
    assert coded("BAMAKO — Gunmen held six aid workers hostage near Gao for two days.") == {("ASSAULT", "MLIREB", "MLICVL"),
                                                                                           ("ASSAULT", "MLIREB", "NGO")}
    assert ("ASSAULT", "UGAREB", "NORCVL") in coded("Two Norwegian engineers who had been held hostage by Ugandan rebels since "
                                                    "March were freed on Sunday.")
    assert ("ASSAULT", "SOMCRM", "IND") in coded("The crew of the Indian ship was held hostage for ten weeks by Somali pirates.")
    # (with no one named holding them, it is the state of the ones held, no act)
    assert not {k for k in coded("KABUL — The Taliban freed two British engineers who had been held hostage for two "
                                 "years.") if k[0] == "ASSAULT"}
    # (people held with no word of hostages are detained, as before)
    assert coded("Malian soldiers held the suspects at a base near Gao.") == {("COERCE", "MLIMIL", "MLICRM")}


def test_a_measure_voted_against_or_down_is_rejected() -> None:
    # the verb dictionary's DECIDE * (AGAINST) and VOTE * DOWN (120): a measure voted against
    # or voted down is rejected, aimed at whose measure it is ("the government's bill");
    # voting for someone is no rejection
    assert coded("CANBERRA — The opposition Labor Party voted against the government's water bill on Tuesday.") == {
        ("REJECT", "AUSOPP", "AUSGOV")}
    assert coded("CANBERRA — The Senate voted down the government's water bill on Tuesday.") == {("REJECT", "AUSLEG", "AUSGOV")}
    assert not coded("COLUMBUS — Voters in Ohio voted for the Democrat.")


def test_a_demand_resisted_is_refused_and_an_advance_resisted_is_fought() -> None:
    # the verb dictionary files RESIST with REFUSE and REJECT (120), and RESIST * {&WEAPON
    # ATTACK} is fighting (190); resisting arrest is neither
    assert ("REJECT", "USAGOV", "CHN") in coded("WASHINGTON — American officials have resisted Chinese demands to lift the "
                                                "tariffs.")
    assert coded("KYIV — Ukrainian troops resisted a Russian advance on the town.") == {("ASSAULT", "UKRMIL", "RUS")}
    assert not coded("NAIROBI — The suspect resisted arrest.")


def test_one_implicated_in_a_wrong_is_accused() -> None:
    # the verb dictionary's IMPLICATE [112]: one named as taking part in a wrong is accused
    assert coded("WASHINGTON — The former U.S. ambassador implicated the vice president in the scheme.") == {
        ("ACCUSE", "USAELI", "USAGOV")}


def test_its_act_is_the_act_of_the_subject_of_its_clause() -> None:
    # "Turkey agreed to a pause in its offensive": "its" before an act noun is the subject of
    # the finite clause the noun is told in (a body or a country), as for a verb; not the
    # subject of a participle's clause ("members, many of them captured during its offensive")
    assert ("ASSAULT", "TUR", "SYR") in coded("ANKARA — Turkey agreed on Thursday to a five-day pause in its offensive in "
                                              "northern Syria.")
    assert not {k for k in coded("ANKARA — Turkey holds 1,000 Islamic State members, many of them captured during its "
                                 "offensive in Syria.") if k[0] == "ASSAULT" and k[1] and k[1].startswith("IMG")}


def test_people_killed_in_an_operation_were_killed_by_whom_it_names() -> None:
    # an operation people were killed in is the force that did it, as a raid or an air strike
    # is: its qualifier names the doer ("police anti-drug operations"); one that names no one
    # leaves the side empty
    assert ("ASSAULT", "PHLCOP", "PHLCVL") in coded("MANILA — More than 4,500 people have been killed in police anti-drug "
                                                    "operations since 2016.")
    assert coded("MANILA — Three people were killed in a rescue operation.") == {("ASSAULT", None, "PHLCVL")}


def test_what_a_speaker_calls_it_after_a_preposition_is_what_is_named() -> None:
    # "protested against what they called the government's failure": a free relative with a
    # naming verb stands for the name it gives, after a preposition as after a verb ("condemned
    # what it called ..."); whose the thing named is, is whom the act is aimed at
    assert coded("KINSHASA — Students protested against what they called the government's failure to protect them.") == {
        ("PROTEST", "CODEDU", "CODGOV")}
    assert ("PROTEST", "KENEDU", "KENGOV") in coded("NAIROBI — Teachers marched against what they described as the "
                                                    "ministry's neglect of rural schools.")


def test_an_anti_protest_is_aimed_at_whom_it_is_against() -> None:
    # the guideline's target is whom the act is aimed at: "anti-government protests" are aimed
    # at the government of the protesters' country, "anti-American rallies" at the United
    # States; "anti-war protests" name no one
    assert coded("HARARE — Opposition supporters staged anti-government protests on Friday.") == {("PROTEST", "ZWEOPP", "ZWEGOV")}
    assert coded("TEHRAN — Students in Tehran staged an anti-American demonstration on Friday.") == {("PROTEST", "IRNEDU", "USA")}
    assert coded("SEOUL — Farmers held an anti-Japanese rally outside the city hall on Friday.") == {("PROTEST", "KORAGR", "JPN")}
    assert coded("LONDON — Students staged anti-war protests on Friday.") == {("PROTEST", "GBREDU", None)}



def test_only_the_lead_takes_its_doer_from_the_court_named_next() -> None:
    # the guideline's passive keeps no source "unless the lead says who did it": a charge or a
    # sentence told in the lead takes the court or the prosecutors named next; one told later
    # in the story, as its background ("who was charged in 2022"), names no doer
    lead = ("LEEDS — A former councillor was jailed for four years on Thursday. Judge Helen Ashworth said he had betrayed "
            "the trust of vulnerable people.")
    assert {k[1] for k in coded(lead) if k[0] == "SANCTION"} == {"GBRJUD"}
    later = ("LEEDS — A former councillor was jailed for four years on Thursday for stealing from a charity. The charity "
             "has since closed. Councillor Terence Mulholland, who was charged in 2022, showed no emotion. The Crown "
             "Prosecution Service said it would seek to recover the money.")
    assert {k[1] for k in coded(later) if k[0] == "ACCUSE"} == {None}


def test_the_prosecution_is_the_prosecutors() -> None:
    # the Phoenix agents dictionary files a prosecutor as JUD, and the guideline's JUD takes in
    # prosecutors: "the prosecution" of a trial is they ("rejected a prosecution request"), who
    # made the request the judge rejects
    assert coded("DENVER — The judge rejected a prosecution request to have him detained.") == {
        ("REJECT", "USAJUD", "USAJUD"), ("REQUEST", "USAJUD", "USAJUD")}


def test_harm_told_in_what_is_said_is_not_the_speakers() -> None:
    # (the parser hangs the result on the verb of saying, and what is said has no subject of
    # its own: the one who tells it did not do it)
    text = "The Ugandan army said rockets fired from across the border struck a market, killing five civilians."
    assert not any(e.plover == "ASSAULT" and e.source is not None for e in events(text, published=PUB, settings=ALL))
    # (what is said that names its doer gives the doer)
    assert source_codes("Kenyan police said gunmen opened fire on a bus near Mandera, killing 12 passengers.", "ASSAULT") == {"KENREB"}
    assert source_codes("The Ugandan army said it had repelled an attack near the border, killing 15 rebels.", "ASSAULT") == {"UGAMIL"}


def test_a_claim_denied_in_a_relative_clause_is_aimed_at_who_made_it() -> None:
    # (the claim a relative clause denies or rejects is what the sentence's speaker said, and
    # the speaker is the one it answers)
    def answered(text: str) -> set[tuple[str, str | None, str | None]]:
        return {(e.cameo, e.source.code if e.source else None, e.target_text) for e in events(text, published=PUB, settings=ALL)
                if e.cameo[:2] in ("01", "12")}
    assert answered("Kenyan activists said police had shot dead two protesters in Kisumu, a claim the Kenyan government denied.") \
        == {("016", "KENGOV", "Kenyan activists")}
    assert answered("Ugandan opposition leaders blame the army for the killings, an accusation the Ugandan government has rejected.") \
        == {("120", "UGAGOV", "Ugandan opposition leaders")}
    # (a denial with its own object, or a relative clause on a noun that is no claim, is not)
    assert not any(e.target_text == "Kenyan activists" for e in events(
        "Kenyan activists said the Kenyan government denied the protesters a permit.", published=PUB, settings=ALL))
    assert not any(e.cameo[:2] in ("01", "12") for e in events(
        "Kenyan police arrested two protesters in Kisumu, a town the Kenyan government has long neglected.", published=PUB, settings=ALL))


def test_an_investigation_opened_into_whether_someone_did_targets_the_doer() -> None:
    # (the parser hangs "into" on the verb that opens the investigation, not on the noun)
    text = "The European Commission on Wednesday opened a formal investigation into whether Norvelia Pay, the Swedish payments company, abused its dominant position."
    assert ("ACCUSE", "IGOEUREECCOM", "SWEBUS") in coded(text)
    text = "Kenyan regulators launched an investigation into whether Safari Telecom, a Kenyan phone company, misled its customers."
    assert target_countries(text, "ACCUSE") == {"KEN"}
    # (the one a passive acts on is not investigated)
    text = "Kenyan regulators launched an investigation into whether a Kenyan journalist was threatened."
    assert target_countries(text, "ACCUSE") == {None}


def test_the_charges_one_is_arrested_or_held_on_accuse_the_one_held() -> None:
    # (the guideline's ACCUSE, "charge with a crime": who is arrested or held on charges is
    # charged, by the ones who arrest or hold, and by no one when the clause names none)
    text = "HOUSTON — Federal agents arrested a county commissioner on Thursday on charges that he accepted bribes."
    assert ("ACCUSE", "USACOP", "USAGOV") in coded(text)
    text = "LAGOS — The activist, a Nigerian journalist, has been held for four months on charges including treason."
    assert ("ACCUSE", None, "NGAOPP") in coded(text)
    text = "LAGOS — The Nigerian publisher has been in custody since August 3 on charges of insulting the president."
    assert ("ACCUSE", None, "NGAMED") in coded(text)
    # (a sentence passed on charges is the court's act, not a new charge; charges of a fee are no accusation)
    assert not any(e.plover == "ACCUSE" for e in events(
        "MOSCOW — A Russian court sentenced an opposition activist to 25 years on treason charges.", published=PUB, settings=ALL))
    assert not any(e.plover == "ACCUSE" for e in events(
        "NAIROBI — Kenyan banks held customers' deposits on charges set by the central bank.", published=PUB, settings=ALL))


def test_led_away_by_police_is_a_detention() -> None:
    # (the guideline's COERCE: arrest, detain; told of the ones who do it)
    assert ("COERCE", "HKGCOP", "HKGCVL") in coded("HONG KONG — About a dozen protesters were led away by police outside the court.")
    # (with no one named who does it, no act is told; leading is no detention)
    assert not any(e.plover == "COERCE" for e in events(
        "HONG KONG — About a dozen protesters were led away in handcuffs outside the court.", published=PUB, settings=ALL))
    assert not any(e.plover == "COERCE" for e in events(
        "HONG KONG — The Hong Kong police chief led the investigation into the attack.", published=PUB, settings=ALL))


def test_coercion_told_by_a_passive_gerund_is_done_to_the_clauses_subject() -> None:
    # (as harm is: "chanted slogans before being arrested by police" arrests the chanters)
    text = "HONG KONG — About a dozen protesters chanted slogans before being arrested by police."
    assert ("COERCE", "HKGCOP", "HKGCVL") in coded(text)
    text = "HONG KONG — About a dozen protesters blocked the entrance before being led away by police."
    assert ("COERCE", "HKGCOP", "HKGCVL") in coded(text)


def test_people_picked_out_by_what_was_done_to_them_underwent_it() -> None:
    # (a participle that picks out particular people by what was done to them on a day or by
    # someone tells a done act, whatever the clause around them asks for them)
    def told(text: str, plover: str) -> set[str]:
        return {e.modality for e in events(text, published=PUB, settings=ALL) if e.plover == plover}
    assert told("HONG KONG — Marchers demanded an amnesty for the 6,000 people arrested since June.", "COERCE") == {"asserted"}
    assert told("HONG KONG — Marchers demanded the release of the activists detained by police.", "COERCE") == {"asserted"}
    assert told("HONG KONG — Marchers demanded the release of the activists detained last week.", "COERCE") == {"asserted"}
    # (what is asked to be done to them is still asked)
    assert told("HONG KONG — Marchers demanded that the police officers be arrested.", "COERCE") <= {"hypothetical"}


def test_a_request_refused_or_complied_with_was_made_of_who_refuses_or_complies() -> None:
    # (the guideline's REQUEST: a subpoena or a call from someone is a demand of whoever defies,
    # ignores, rejects or complies with it)
    text = "WASHINGTON — The White House on Monday refused to comply with a subpoena from the House Intelligence Committee."
    assert ("REQUEST", "USALEG", "USAGOV") in coded(text)
    text = "MANILA — The Philippine rebels have rejected calls from provincial officials for localised peace talks."
    assert ("REQUEST", "PHLGOV", "PHLREB") in coded(text)
    assert ("REQUEST", "USALEG", "USAGOV") in coded("WASHINGTON — House Democrats issued a subpoena to the White House budget office.")
    # (a request no one is named as making is none here)
    assert not any(e.plover == "REQUEST" for e in events(
        "HONG KONG — The Hong Kong police have rejected calls for an independent inquiry.", published=PUB, settings=ALL))


def test_an_act_the_sentence_says_no_one_claimed_keeps_no_doer() -> None:
    # (the guideline: a side the text does not name stays empty; a sentence that says no one
    # has claimed an act says its doer is not known, and it is no telling of another act
    # claimed before it; a clause before a semicolon is no complement of the verb after it)
    text = ("BAMAKO — Gunmen ambushed an army convoy in central Mali on Sunday, killing 17 soldiers. "
            "JNIM, an al Qaeda affiliate, claimed responsibility for the ambush. "
            "Two police officers were shot dead in Gao on Friday; no group has claimed that attack.")
    shot = [e for e in events(text, published="2024-03-17", settings=ALL) if (e.trigger or "").startswith("shot")]
    assert [(e.source, e.target.code if e.target else None, e.modality, e.date) for e in shot] == [
        (None, "MLICOP", "asserted", "2024-03-15")]


def test_the_attack_condemned_is_not_the_answer_done_to_the_attackers() -> None:
    # (the guideline's target, whom the act is aimed at: "the attack" condemned is the one its
    # doers did, not the troops' reply to "the attackers" told since)
    text = ("QUETTA — Separatist militants ambushed a convoy of soldiers in Balochistan on Sunday, killing seven. "
            "The army said troops had killed four of the attackers in an exchange of fire. "
            "The interior minister condemned the attack.")
    condemned = [e for e in events(text, published=PUB, settings=ALL) if e.trigger == "condemned"]
    assert [(e.source.code if e.source else None, e.target.code if e.target else None) for e in condemned] == [("PAKGOV", "PAKREB")]


def test_a_court_ordering_property_forfeited_takes_it() -> None:
    # (CAMEO's verb dictionary codes what ORDER orders where it is an act of its own, as ORDER *
    # (TO LEAVE) 174; an order to forfeit is TAKE_PROPERTY, CONFISCATE 1711: the court takes)
    text = "CHICAGO — U.S. District Judge Anna Whitlow ordered the former alderman to forfeit the money on Wednesday."
    evs = [e for e in events(text, published=PUB, settings=ALL) if e.trigger == "ordered"]
    assert [(e.cameo, e.plover, e.source.code if e.source else None, e.target.code if e.target else None, e.modality) for e in evs] == [
        ("1711", "COERCE", "USAJUD", "USAELI", "asserted")]
    # (an order to do anything else is still a demand)
    text = "CHICAGO — U.S. District Judge Anna Whitlow ordered the former alderman to appear in court on Wednesday."
    assert [e.plover for e in events(text, published=PUB, settings=ALL) if e.trigger == "ordered"] == ["REQUEST"]


def test_a_signing_to_come_is_planned_not_an_intent_expressed() -> None:
    # (the guideline's future: "announced, planned, scheduled"; a signing is done at a set time,
    # as a meeting is, while a promise to cooperate is made when it is said)
    def told(text: str) -> set[tuple[str, str | None]]:
        return {(e.plover, e.modality) for e in events(text, published=PUB, settings=ALL) if e.plover == "AGREE"}
    assert told("WASHINGTON — The trade negotiator is scheduled to sign the deal in Mexico City on Tuesday with his Mexican counterpart.") == {
        ("AGREE", "future")}
    assert told("WASHINGTON — The president said he expected to sign the agreement with the Chinese leader next month.") == {("AGREE", "future")}
    assert ("AGREE", "asserted") in told("NAIROBI — The governor said he would cooperate fully with the federal investigators.")


def test_an_act_noun_in_a_present_tense_relative_clause_describes() -> None:
    # (as a verb there does: "committees, which organise the protests" says who they are, it
    # tells no protest; one told in the past is told)
    def protests(text: str) -> set[str]:
        return {e.trigger or "" for e in events(text, published=PUB, settings=ALL) if e.plover == "PROTEST"}
    assert protests("KHARTOUM — Resistance committees, which organise the protests, said they would meet on Sunday.") == set()
    assert protests("KHARTOUM — Resistance committees, which organised the protests on Sunday, said they would meet again.")


def test_what_one_is_capable_of_is_not_done() -> None:
    # (the guideline's hypothetical, "possible", as "able to" is: a capability is no act)
    def told(text: str) -> set[str]:
        return {e.modality for e in events(text, published=PUB, settings=ALL) if e.plover == "ASSAULT"}
    assert told("BAGHDAD — Analysts said Islamic State remained capable of carrying out attacks in Iraq.") == {"hypothetical"}
    assert told("BAGHDAD — Islamic State carried out attacks in Iraq on Monday.") == {"asserted"}
    # (nor is what one leans toward)
    text = "WASHINGTON — Officials said the administration was leaning toward easing sanctions on Venezuela."
    assert {e.modality for e in events(text, published=PUB, settings=ALL) if e.plover == "CONCEDE"} == {"hypothetical"}


def test_one_directed_or_instructed_to_act_is_ordered_to() -> None:
    # (the guideline's REQUEST, demand; CAMEO's ORDER, 100: what one directs or instructs
    # another to do is ordered, not done by the one who gives the order; but a state's own
    # police, ordered down their ranks, do what they are ordered, as "ordered" does)
    for verb in ("directed", "instructed", "ordered"):
        text = f"ABUJA — The state governor {verb} the police to arrest the protesters on Monday."
        got = {(e.plover, e.source.code if e.source else None, e.target.code if e.target else None, e.modality)
               for e in events(text, published=PUB, settings=ALL)}
        assert got == {("COERCE", "NGACOP", "NGACVL", "asserted")}, verb
        text = f"ABUJA — A judge {verb} the police to release the protesters on Monday."
        got = {(e.plover, e.source.code if e.source else None, e.target.code if e.target else None, e.modality)
               for e in events(text, published=PUB, settings=ALL)}
        assert ("REQUEST", "NGAJUD", "NGACOP", "asserted") in got, verb
        assert not any(k[0] == "RETREAT" and k[3] == "asserted" for k in got), verb


def test_a_sentence_that_goes_on_with_a_quote_keeps_its_speaker_for_he() -> None:
    # (a pronoun stands for one named in its sentence or the one before; a sentence that only
    # ends a quotation opened before it is still its speaker's turn)
    text = ('WASHINGTON — Senator Tim Harlow told the committee on Tuesday, "I feared at the time how the call would play in '
            'Washington. My fears have been realized." He begged lawmakers to stay focused on the war in Ukraine.')
    assert ("REQUEST", "USALEG", "USALEG") in coded(text)
    # (a sentence of its own between them still breaks the chain)
    text = ("WASHINGTON — Senator Tim Harlow told the committee on Tuesday that he feared for Ukraine. "
            "The hearing lasted six hours. He begged lawmakers to stay focused on the war in Ukraine.")
    assert not any(e.plover == "REQUEST" and e.source is not None for e in events(text, published=PUB, settings=ALL))


def test_a_readiness_or_a_military_alert_raised_is_a_rise_in_alert_status() -> None:
    # (CAMEO's verb dictionary: RAISE * {&MILITARY ALERT} 152, as "put on alert"; a hazard's
    # alert raised is no act of force)
    def mobilised(text: str) -> set[tuple[str, str | None, str]]:
        return {(e.cameo, e.source.code if e.source else None, e.modality) for e in events(text, published=PUB, settings=ALL)
                if e.plover == "MOBILIZE"}
    assert mobilised("ISLAMABAD — The army raised its readiness posture along the border on Monday.") == {("152", "PAKMIL", "asserted")}
    assert mobilised("TOKYO — Japan heightened its military alert level after the missile test.") == {("152", "JPN", "asserted")}
    assert mobilised("MANILA — The government raised the alert level for the volcano on Monday.") == set()
    assert mobilised("MANILA — The central bank raised interest rates on Monday.") == set()


def test_one_dragged_from_home_or_across_the_ground_is_assaulted() -> None:
    # (CAMEO 182, physical assault; dragged into a war or talks that drag on are no act of force)
    def assaults(text: str) -> set[tuple[str, str | None, str | None]]:
        return {(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
                for e in events(text, published=PUB, settings=ALL) if e.plover == "ASSAULT"}
    assert assaults("OTTAWA — Two women had been dragged across gravel by officers, the spokeswoman said.") == {("182", "CANCOP", "CANCVL")}
    text = "MANILA — Relatives said Jomar Santos had been dragged from his home by police officers before the shooting."
    assert ("182", "PHLCOP", "PHL") in assaults(text)
    assert assaults("MANILA — The president dragged the country into a war.") == set()
    assert assaults("LONDON — The talks dragged on for weeks.") == set()


def test_fighters_driven_from_their_territory_are_beaten_by_force() -> None:
    # (CAMEO 190, the guideline's ASSAULT: an armed group driven by force from its ground; not a
    # car driven into a gate, nor a minister driven from office)
    def assaults(text: str) -> set[tuple[str, str | None, str | None]]:
        return {(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
                for e in events(text, published=PUB, settings=ALL) if e.plover == "ASSAULT" and e.trigger.startswith(("driv", "drov"))}
    text = "KABUL — Afghan forces say they have driven Taliban fighters from most of their territory in the province."
    assert assaults(text) == {("190", "AFGMIL", "AFGREBTAL")}
    assert assaults("The Islamic State group had been driven from its last stronghold in March.") == {("190", None, "IMGMOSISI")}
    assert assaults("KABUL — A suicide bomber drove an explosives-laden car into the gate of a police compound.") == set()
    assert assaults("LONDON — The scandal drove the minister from office.") == set()


def test_one_named_a_suspect_is_accused() -> None:
    # (CAMEO's verb dictionary: NAME * &SUSPECT, 112x; one named to an office is not)
    def accused(text: str) -> set[tuple[str | None, str | None]]:
        return set(dyads(events(text, published=PUB, settings=ALL), "ACCUSE"))
    assert accused("JAKARTA — The Corruption Eradication Commission on Tuesday named the governor a suspect in a bribery case.") == {("IDNGOV", "IDNGOV")}
    assert accused("CHICAGO — Police named two men as suspects in the killing.") == {("USACOP", "USACVL")}
    assert accused("LONDON — The prime minister named Smith as his new deputy.") == set()


def test_hostile_action_one_says_one_would_consider_is_a_threat_made_when_said() -> None:
    # (CAMEO's verb dictionary: CONSIDER * SANCTIONS AGAINST 1312, ACTION (AGAINST) 130; the
    # guideline's THREATEN, warn of action; a deliberation told, "is weighing", threatens no one)
    def threats(text: str) -> set[tuple[str, str | None, str | None, str]]:
        return {(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None, e.modality)
                for e in events(text, published=PUB, settings=ALL) if e.plover == "THREATEN"}
    text = "WASHINGTON — The United States said it would consider new sanctions on Venezuelan officials if the government did not publish the results."
    assert threats(text) == {("1312", "USA", "VENGOV", "asserted")}
    assert threats("WASHINGTON — The administration is weighing sanctions on two Iranian commanders.") == set()
    assert threats("BRUSSELS — The EU will consider the request from Ukraine next week.") == set()


def test_an_attack_carried_out_on_a_place_with_the_on_hung_on_the_verb_strikes_it() -> None:
    # ("carried out air strikes on Sanaa", parsed with "on" on the verb: an attack is on what
    # it strikes, after whom it is against)
    def struck(text: str) -> set[tuple[str | None, str | None]]:
        return set(dyads(events(text, published=PUB, settings=ALL), "ASSAULT"))
    assert struck("DUBAI — Saudi Arabia carried out air strikes on Sanaa on Saturday.") == {("SAU", "YEM")}
    text = ("WASHINGTON — The United States carried out air strikes on more than 85 targets in Iraq on Friday against Iran's "
            "Revolutionary Guards.")
    assert struck(text) == {("USA", "IRNMIL")}


def test_an_attack_repelled_was_made_on_the_one_who_repels_it() -> None:
    # (one event per act: the assault and its repelling are two; an attack thwarted or foiled
    # was not carried out)
    def assaults(text: str) -> set[tuple[str | None, str | None]]:
        return set(dyads(events(text, published=PUB, settings=ALL), "ASSAULT"))
    text = "KYIV — Ukraine's General Staff said its troops had repelled 14 Russian assaults in the area over the past day."
    assert assaults(text) == {("UKRMIL", "RUS"), ("RUS", "UKRMIL")}
    text = "MAIDUGURI, Nigeria — Soldiers repelled an attack by Boko Haram insurgents on their base on Tuesday."
    assert ("NGAREBBKH", "NGAMIL") in assaults(text)
    text = "KYIV — Ukraine's security service said it had thwarted a Russian attack on the capital."
    assert ("RUS", "UKR") not in assaults(text) and ("RUS", "UKRSPY") not in assaults(text)


def test_a_decision_named_again_is_a_deed_announced_to_come() -> None:
    # ("welcomed the decision", "called the move a provocation": the one answered is who
    # announced the deed, though the deed is still to come)
    lead = "WASHINGTON — The Pentagon will send 2,500 troops to Romania this summer, the defense secretary announced on Tuesday. "
    assert coded_as(("SUPPORT", "ACCUSE"), lead + "Russia's foreign ministry called the move a provocation.") == {("ACCUSE", "RUSGOV", "USAMIL")}
    assert coded_as(("SUPPORT", "ACCUSE"), lead + "Romania's government said it welcomed the decision.") == {("SUPPORT", "ROUGOV", "USAMIL")}
    # (a threat said to come is no decision taken)
    text = "MOSCOW — Russia said it would take countermeasures. Romania's government criticised the decision."
    assert not any(k[2] == "RUS" for k in coded_as(("SUPPORT", "ACCUSE"), text))


def test_a_road_blocked_by_an_armed_group_is_closed_by_force_not_a_demonstration() -> None:
    # (CAMEO 144, obstruct passage, is protesters'; gunmen, a cartel or rebels blocking a road
    # restrict movement by force, 191)
    def blocked(text: str) -> set[tuple[str, str]]:
        return {(e.cameo, e.plover) for e in events(text, published=PUB, settings=ALL) if e.trigger == "blocked"}
    assert blocked("CULIACAN, Mexico — The cartel blocked the main road in January.") == {("191", "COERCE")}
    assert blocked("NAIROBI — Protesters blocked the main road on Monday.") == {("144", "PROTEST")}


def test_a_protest_lodged_is_a_complaint_not_a_demonstration() -> None:
    # (CAMEO's verb dictionary: LODGE * PROTEST, disapproval; lodged with someone, an official
    # complaint, 114; the guideline's ACCUSE), whoever lodges it
    text = "DHAKA — Bangladesh's foreign ministry said it had lodged a protest with Myanmar's ambassador after mortar shells landed inside its territory."
    assert triggered("lodged", text) == {("ACCUSE", "BGDGOV", "MMRGOV")}
    assert not any(e.plover == "PROTEST" for e in events("DHAKA — The ministry lodged a strong protest over the killing.", published=PUB, settings=ALL))


def test_protesters_gathering_anywhere_demonstrate() -> None:
    # (CAMEO's verb dictionary: DEMONSTRATORS * GATHER, 141; a number of them counts, and
    # anyone else gathering is no protest by that alone)
    assert triggered("gathered", "MINSK — Protesters gathered in the city centre on Sunday evening.") == {("PROTEST", "BLRCVL", None)}
    assert triggered("gathered", "LEEDS, England — About 200 counter-demonstrators gathered on the other side of the square on Saturday.") \
        == {("PROTEST", "GBRCVL", None)}
    assert triggered("gathered", "LEEDS, England — Officials gathered evidence at the scene on Saturday.") == set()


def test_called_on_with_its_on_parsed_as_a_preposition_is_an_appeal() -> None:
    # ("calling on police to let the students leave": the "on" right after the verb is the
    # verb's however the parser hangs it; "called X hostile" names, appeals to no one)
    text = "HONG KONG — Hundreds of residents gathered in nearby streets late on Monday, calling on police to let the students leave."
    assert coded_as("REQUEST", text) == {("REQUEST", "HKGCVL", "HKGCOP")}
    assert coded_as("REQUEST", "LONDON — The minister called the decision hostile on Monday.") == set()


def test_rights_revoked_or_stripped_are_a_restriction() -> None:
    # (CAMEO's verb dictionary: REVOKE * RIGHTS 1721; one stripped of rights is restricted as
    # one whose rights are revoked; a contract revoked or a phone taken is no such thing)
    def restricted(text: str) -> set[tuple[str, str | None, str | None]]:
        return keyed([e for e in events(text, published=PUB, settings=ALL) if e.cameo == "1721"])
    assert restricted("LILONGWE, Malawi — Lawmakers voted on Tuesday to strip the courts of the right to review amendments.") \
        == {("COERCE", "MWILEG", "MWIJUD")}
    assert restricted("ISLAMABAD — The government revoked the voting rights of the region's residents in August.") \
        == {("COERCE", "PAKGOV", "PAKCVL")}
    assert restricted("ISLAMABAD — The government revoked the contract in August.") == set()
    assert restricted("NAIROBI — Police stripped the suspects of their phones.") == set()


def test_a_vessel_blocked_at_sea_has_its_passage_restricted_by_force() -> None:
    # (CAMEO 191, restrict movement, as a path or a crowd blocked; a vessel blocked is
    # whose it is, stopped)
    assert triggered("blocked", "MANILA — Chinese coast guard ships blocked a Philippine supply boat near the shoal on Sunday.") \
        == {("COERCE", "CHNCOP", "PHL")}
    assert triggered("blocked", "MANILA — A Philippine supply boat was blocked by Chinese coast guard ships on Sunday.") == {("COERCE", "CHNCOP", "PHL")}


def test_an_act_of_force_a_charge_or_a_sentence_is_over_is_the_one_charged() -> None:
    # (as the accused's gerund: "charged X with murder in the shooting of Y" alleges that X
    # shot Y, reported; one jailed for it was convicted of it)
    text = "AKRON, Ohio — Prosecutors charged a 34-year-old man with attempted murder in the shooting of a sheriff's deputy."
    assert coded_with_modality("ASSAULT", text) == {("ASSAULT", "USACVL", "USACOP", "reported")}
    text = "LONDON — Two men were jailed on Friday for the killing of a teenager in Croydon."
    assert coded_with_modality("ASSAULT", text) == {("ASSAULT", "GBRCVL", "GBRCVL", "asserted")}
    # (a charge over something else says nothing of who shot whom)
    text = "AKRON, Ohio — Prosecutors charged a 34-year-old man on Monday, days after the shooting of a sheriff's deputy."
    assert not any(k[1] == "USACVL" for k in coded_with_modality("ASSAULT", text))


def test_one_who_acts_under_an_agreement_is_party_to_it() -> None:
    # ("deployed troops under an agreement with X": the accord is between the one acting
    # under it and whom it is with)
    text = "BAGHDAD — Iraq's government, which has sent troops to the border under a new agreement with Turkey, said the talks would go on."
    assert coded_as("AGREE", text) == {("AGREE", "IRQGOV", "TUR")}
    assert coded_as("AGREE", "BAGHDAD — Iraq's government sent troops to the border under pressure from Turkey.") == set()


def test_failing_to_do_what_one_was_summoned_or_bound_to_refuses_it() -> None:
    # (CAMEO's verb dictionary: FAIL [120]; only failing to comply, appear or honour what was
    # laid on one, not failing at anything)
    assert coded_as("REJECT", "JOHANNESBURG — The company's board failed to appear before the parliamentary committee on Tuesday.") \
        == {("REJECT", "ZAFBUS", "ZAFLEG")}
    assert coded_as("REJECT", "LONDON — The party failed to win a seat in the election.") == set()


def test_an_inquiry_finding_a_wrong_done_disapproves_of_whoever_did_it() -> None:
    # (CAMEO's verb dictionary: FOUND (IN BREACH) (OF LAW) 110, FOUND * &EVIDENCE 090; only an
    # inquiry's, an audit's or a report's finding; police finding a body accuse no one)
    text = "BAGHDAD — A government inquiry found on Tuesday that security forces had used excessive force against protesters."
    assert coded_as("ACCUSE", text) == {("ACCUSE", "IRQGOV", "IRQCOP")}
    # (what a report released finds, whoever released it finds)
    text = "LA PAZ — The Organization of American States released an audit on Sunday that found clear manipulation of the vote."
    assert coded_as("ACCUSE", text) == {("ACCUSE", "IGOLAMOAS", None)}
    assert coded_as("ACCUSE", "LA PAZ — Police found the body of a journalist on Monday.") == set()
    assert coded_as("ACCUSE", "LONDON — The report found that the economy grew last year.") == set()


def test_captives_each_side_frees_are_the_others() -> None:
    # ("each" distributes the act over the sides; in a swap the captives each frees are the
    # other side's, as in "exchanged prisoners")
    assert coded_as("RETREAT", "KYIV — Russia and Ukraine each freed 150 prisoners of war on Friday.") == {("RETREAT", "RUS", "UKR"), ("RETREAT", "UKR", "RUS")}
    text = "ABU DHABI — Armenia and Azerbaijan carried out a swap on Friday, each side freeing 32 captives."
    assert coded_as("RETREAT", text) == {("RETREAT", "ARM", "AZE"), ("RETREAT", "AZE", "ARM")}
    # (without "each", whom they freed is who the text says)
    assert ("RETREAT", "RUS", "UKR") not in coded_as("RETREAT", "KYIV — Russia and Ukraine freed the journalists on Friday.")


def test_an_attack_blamed_on_someone_is_theirs_as_claimed() -> None:
    # (as "X accused Y of shelling Z" makes the shelling Y's, reported: the guideline's
    # modality; the blame itself is an accusation, asserted)
    text = "BOGOTA — Three soldiers were killed on Friday in an attack the army blamed on the National Liberation Army."
    got = coded_with_modality(None, text)
    assert ("ASSAULT", "COLREBELN", "COLMIL", "reported") in got and ("ACCUSE", "COLMIL", "COLREBELN", "asserted") in got
    # (an attack with no one it is blamed on has no doer)
    text = "BOGOTA — Three soldiers were killed on Friday in an attack near the border."
    assert not any(k[0] == "ASSAULT" and k[1] for k in coded_with_modality(None, text))


def test_the_doer_of_an_act_named_by_a_participle_after_it() -> None:
    # (the guideline's nominal events take their doer from "by X": "protests led by students",
    # "raids carried out by the army" name whoever leads or carries them out)
    text = "BANGKOK — Police arrested three activists on Thursday to end months of demonstrations led by students against the government."
    assert ("PROTEST", "THAEDU", "THAGOV") in coded_as("PROTEST", text)
    text = "ABUJA — Villagers fled after a wave of raids carried out by the army in Borno state."
    assert {k[1] for k in coded_as(("COERCE", "ASSAULT"), text)} == {"NGAMIL"}
    # (one the act is done to, or who only watches it, did not do it)
    text = "BANGKOK — Demonstrations watched by police went on for a third day."
    assert not any(k[1] == "THACOP" for k in coded_as("PROTEST", text))
    # (and the participle tells the act as done, whatever the clause around it says of ending it)
    text = "BANGKOK — The government issued a decree aimed at ending three months of demonstrations led by students."
    assert coded_with_modality("PROTEST", text) == {("PROTEST", "THAEDU", None, "asserted")}


def test_one_accused_of_or_blamed_for_an_attack_did_it_as_claimed() -> None:
    # (the guideline: "X accused Y of shelling Z" makes the shelling a reported ASSAULT by Y;
    # so with the act named by a noun, and with one picked out by the participle or a relative
    # clause)
    text = "KABUL — The Haqqani network, which is blamed for some of the deadliest attacks in the capital, issued a statement on Monday."
    assert coded_with_modality("ASSAULT", text) == {("ASSAULT", "AFGREBHQN", None, "reported")}
    text = "ABUJA — Soldiers arrested members of a gang accused of attacks on police stations."
    assert coded_with_modality("ASSAULT", text) == {("ASSAULT", "NGACRM", "NGACOP", "reported")}
    text = "ABUJA — The army accused the militia of attacks on villages in Benue state."
    assert coded_with_modality("ASSAULT", text) == {("ASSAULT", "NGAREB", "NGACVL", "reported")}
    # (one only suspected or accused of something else did not do the attack)
    text = "ABUJA — Soldiers arrested members of a gang accused of fraud after the attacks on police stations."
    assert not any(k[1] == "NGACRM" for k in coded_with_modality("ASSAULT", text))
    text = "ABUJA — Soldiers arrested members of a gang accused of financing attacks on police stations."
    assert not any(k[1] == "NGACRM" for k in coded_with_modality("ASSAULT", text))
    # (and one only accused of an act does not name the doer of one told before without a doer)
    text = "ABUJA — Two police stations were attacked on Sunday. Residents accused the militia of the attacks."
    assert ("ASSAULT", None, "NGACOP") in coded_as("ASSAULT", text)


def test_forces_withdrawn_or_deployed_named_by_of_are_whose_act_it_is() -> None:
    # ("the withdrawal of US forces" is US forces' withdrawal, as "Russia's withdrawal" is
    # Russia's: the guideline's nominal doer from a possessive; forces moved are the mover's,
    # as for "US forces withdrew")
    text = "DAMASCUS — Russian police began patrolling the town, filling the vacuum left by the withdrawal of US forces last month."
    assert coded_as("RETREAT", text) == {("RETREAT", "USAMIL", None)}
    text = "MEXICO CITY — The foreign ministry lodged a protest with Bolivia over the deployment of police officers outside its embassy."
    assert {k[1] for k in coded_as("MOBILIZE", text)} == {"BOLCOP"}
    # (what is withdrawn that is no force is no doer: "the withdrawal of the bill")
    assert coded_as("RETREAT", "LONDON — The withdrawal of the bill was announced on Monday.") == set()
    # (and the withdrawal a verb's subject carries out is the subject's, whatever the forces
    # are read as)
    text = "WASHINGTON — The United States sped up the withdrawal of some invasion forces from Panama on Wednesday."
    assert {k[1] for k in coded_as("RETREAT", text)} == {"USA"}


def test_an_act_named_by_a_date_long_before_the_story_is_background() -> None:
    # (the guideline: background the sentence only mentions as a name, "the 2014 war", is no
    # event; so is "the July 25 call" in a story of November, as a date far from the
    # publication date is not moved to it)
    text = "WASHINGTON — Morrison told lawmakers on Tuesday that he had listened in on President Trump's July 25 call with Ukraine's president."
    assert coded_as("CONSULT", text) == set()
    # (but an act of the story's own days, named by its date, is its news)
    assert keyed(e for e in events(text, published="2019-07-27", settings=ALL) if e.plover == "CONSULT") == {("CONSULT", "USAGOV", "UKRGOV")}


def test_rights_or_permission_granted_or_restored_concede() -> None:
    # (CAMEO's verb dictionary: GRANT * {POLITICAL RIGHT}, GIVE * RIGHT 0833; GRANT *
    # PERMISSION 080: the guideline's CONCEDE, grant rights)
    text = "NAIROBI — The government granted the opposition the right to hold rallies on Monday."
    assert coded_as("CONCEDE", text) == {("CONCEDE", "KENGOV", "KENOPP")}
    text = "TALLAHASSEE, Fla. — The state legislature restored the right to vote to former prisoners on Friday."
    assert {k[:2] for k in coded_as("CONCEDE", text)} == {("CONCEDE", "USALEG")}
    text = "NAIROBI — Police gave the opposition permission to march on Monday."
    assert coded_as("CONCEDE", text) == {("CONCEDE", "KENCOP", "KENOPP")}
    # (a right or a permission asked for, or one's own, is none granted)
    assert coded_as("CONCEDE", "NAIROBI — The union asked the government for the right to strike on Monday.") == set()


def test_an_attack_told_without_a_doer_is_whom_its_teller_blames() -> None:
    # (the guideline: "X accused Y of shelling Z" makes the shelling Y's, reported; so does a
    # blame told beside an attack that names no doer, by a participle on its telling or a verb
    # joined to it)
    text = "KHARTOUM — Twelve civilians were killed in Omdurman on Monday, the army said, blaming the Rapid Support Forces."
    assert coded_with_modality("ASSAULT", text) == {("ASSAULT", "SDNREBRSF", "SDNCVL", "reported")}
    text = "PATTANI, Thailand — A roadside bomb killed two soldiers on Monday, and police blamed separatist insurgents for the attack."
    assert {(k[0], k[1], k[3]) for k in coded_with_modality("ASSAULT", text) if k[2] == "THAMIL"} == {("ASSAULT", "THAREB", "reported")}
    # (a blame for something else names no doer of the attack)
    text = "KHARTOUM — Twelve civilians were killed in Omdurman on Monday, the army said, blaming the Rapid Support Forces for the blackout."
    assert not any(k[1] for k in coded_with_modality("ASSAULT", text))


def test_a_command_named_again_is_the_one_its_full_name_named() -> None:
    # (coreference: "the command" after "the Kaduna State Police Command" is that command, as
    # "the ministry" after "the Ministry of Health"; the guideline records an earlier one's words)
    text = "KADUNA, Nigeria — The Kaduna State Police Command spokesman said on Monday that the command had deployed more officers to the highway."
    assert coded_as("MOBILIZE", text) == {("MOBILIZE", "NGACOP", None)}
    text = "WASHINGTON — The US Central Command said on Monday that the command had sent two warships to the Gulf."
    assert {k[:2] for k in coded_as("MOBILIZE", text)} == {("MOBILIZE", "USAMIL")}
    # (with no command named before, "the command" names no one)
    assert coded_as("MOBILIZE", "KADUNA, Nigeria — A spokesman said the command had deployed more officers to the highway.") == set()


def test_a_spokesman_for_a_body_is_that_body() -> None:
    # (a person is coded by the role they hold: one who speaks for a party or a group holds
    # its role, as "a commander of the group" is the group's)
    text = "LA PAZ, Bolivia — A spokesman for the opposition party criticised the president on Monday."
    assert coded_as("ACCUSE", text) == {("ACCUSE", "BOLOPP", "BOLGOV")}
    text = "LA PAZ, Bolivia — A spokeswoman for the rebel group accused the army of killing civilians."
    assert {k[1] for k in coded_as("ACCUSE", text)} == {"BOLREB"}


def test_an_act_named_again_is_the_last_one_of_its_own_code_before_one_of_its_root() -> None:
    # (an act named again by a definite noun is the one just told of its kind; the expulsion is
    # the act of expelling, before a sanction of another kind told since)
    text = ("CARACAS — Venezuela expelled the Spanish ambassador on Monday. Spain responded by freezing the assets of three "
            "Venezuelan officials. The European Union condemned the expulsion.")
    assert {k for k in coded_as("ACCUSE", text)} == {("ACCUSE", "IGOEUREEC", "VEN")}
    # (with no act of the noun's own code told, the last of its root, as before)
    text = ("CARACAS — Spain froze the assets of three Venezuelan officials on Monday. The European Union condemned the sanctions.")
    assert {k for k in coded_as("ACCUSE", text)} == {("ACCUSE", "IGOEUREEC", "ESP")}


def test_a_body_named_as_where_someone_is_is_no_him() -> None:
    # (an object pronoun stands for a person or one holder of an office named before, not for
    # the place a sentence puts someone: "in prison" is where)
    text = ("LONDON — A former minister was convicted of bribery on Friday and sentenced to four years in prison. "
            "Prosecutors had accused him of taking money from a businessman.")
    assert coded_as("ACCUSE", text) == {("ACCUSE", "GBRJUD", "GBRELI")}


def test_demolitions_named_again_are_the_demolishers() -> None:
    # (property destroyed is an act of force, the guideline's ASSAULT; denouncing the
    # demolitions accuses whoever demolished, as denouncing the killings accuses the killers)
    text = ("JERUSALEM — Israeli troops demolished the homes of two Palestinians in the West Bank on Thursday. "
            "The Palestinian Authority denounced the demolitions as collective punishment.")
    assert coded_as("ACCUSE", text) == {("ACCUSE", "PSEGOV", "ISRMIL")}


def test_a_counteroffensive_is_an_attack() -> None:
    # (CAMEO's verb dictionary: LAUNCH * COUNTER-ATTACK 190, PRESS * COUNTER-OFFENSIVE 190: the
    # guideline's ASSAULT, by whoever launches it, on whom it is against)
    text = "KABUL — The army launched a counteroffensive against the Taliban on Tuesday."
    assert coded_as("ASSAULT", text) == {("ASSAULT", "AFGMIL", "AFGREBTAL")}
    text = "KYIV — Ukrainian troops launched a counterattack on Russian positions near Bakhmut on Tuesday."
    assert coded_as("ASSAULT", text) == {("ASSAULT", "UKRMIL", "RUS")}


def test_an_ultimatum_rejected_is_its_givers() -> None:
    # (the guideline's THREATEN: give an ultimatum; rejecting the ultimatum named again rejects
    # whoever gave it, as rejecting "the threat" does)
    text = "TEHRAN — Iran gave Britain an ultimatum to release the tanker. Britain rejected the ultimatum."
    assert coded_as("REJECT", text) == {("REJECT", "GBR", "IRN")}


def test_a_march_from_one_place_to_another_is_aimed_at_where_it_goes() -> None:
    # ("from A to B" is the verb's, however the parser hangs the "to" inside the "from"
    # phrase: a march to police headquarters is aimed at the police, as it was without "from")
    text = "FRESNO, Calif. — About 150 people marched from the scene of the shooting to police headquarters on Monday evening."
    assert coded_as("PROTEST", text) == {("PROTEST", "USACVL", "USACOP")}


def test_a_visit_named_again_is_the_visitors() -> None:
    # (an act named again by a definite noun is the one just told: criticising the visit is
    # aimed at whoever made it)
    text = "BEIJING — China's foreign minister visited Moscow on Monday and met President Vladimir Putin. Washington criticised the visit."
    assert coded_as("ACCUSE", text) == {("ACCUSE", "USA", "CHNGOV")}
    # (a visit of no one told names no one)
    assert coded_as("ACCUSE", "BEIJING — Washington criticised the visit on Monday.") == {("ACCUSE", "USA", None)}


def test_the_conduct_of_an_act_names_that_act_not_the_last_one_told() -> None:
    # (an act named again is the one the noun names: "the conduct of the vote" is the vote's,
    # not the deed of whoever acted last; a vote told by no one is no one's)
    text = ("ABUJA — The opposition rejected the results on Monday. Observers from the European Union criticised "
            "the conduct of the vote.")
    assert not any(k[2] for k in coded_as("ACCUSE", text))
    # (a reference noun with no such "of" is the last act told, as before)
    text = "ABUJA — Police arrested 40 opposition activists on Monday. The European Union criticised the move."
    assert coded_as("ACCUSE", text) == {("ACCUSE", "IGOEUREEC", "NGACOP")}


def test_two_sides_parsed_as_one_qualified_noun_are_two_actors() -> None:
    # ("Congo's army and M23 rebels", parsed with "army and M23" qualifying "rebels"): a word
    # joined by "and" to a word of another actor's own name is a second actor, not a qualifier
    # of the first
    text = "KINSHASA — Congo's army and M23 rebels agreed to a ceasefire on Tuesday."
    assert coded_as("AGREE", text) == {("AGREE", "CODMIL", "CODREBM23")}
    # (a qualifier alone is still one actor with its noun: "the teachers' union" is the union)
    assert {k[1] for k in coded_as("PROTEST", "NAIROBI — The teachers' union staged a strike on Monday.")} == {"KENLAB"}


def test_a_ceasefire_violated_by_one_side_is_violated_against_the_other() -> None:
    # (CAMEO 196, violate ceasefire, the guideline's ASSAULT: aimed at whom the act is done to,
    # the other side of the ceasefire just told)
    text = ("KINSHASA — Congo's army and M23 rebels agreed to a ceasefire on Tuesday. "
            "The rebels violated the truce within hours.")
    assert coded_as("ASSAULT", text) == {("ASSAULT", "CODREBM23", "CODMIL")}
    # (one who was no side of it violates it against no one named)
    text = ("KINSHASA — Congo's army and M23 rebels agreed to a ceasefire on Tuesday. "
            "Mai-Mai militias violated the truce within hours.")
    assert not any(k[2] for k in coded_as("ASSAULT", text))


def test_a_body_is_no_he() -> None:
    # ("he" is one person: after "the agency arraigned a former governor", the governor, not
    # the agency, as the police or a country are no "he")
    text = ("LAGOS — The anti-graft agency arraigned a former governor on 20 counts of money laundering on Monday. "
            "He was granted bail.")
    assert coded_as("RETREAT", text) == {("RETREAT", None, "NGAELI")}


def test_both_sides_after_a_group_named_again_are_the_two_set_against_each_other() -> None:
    # ("the paramilitary group" is the Rapid Support Forces named again: with the army that
    # accused it, they are the two sides, not the activists of an earlier sentence)
    text = ("KHARTOUM — The Rapid Support Forces shelled a market in El Fasher on Sunday, local activists said. "
            "The army accused the paramilitary group of war crimes. "
            "The United Nations envoy called on both sides to return to talks.")
    assert coded_as("REQUEST", text) == {("REQUEST", "IGOUNO", "SDNMIL"), ("REQUEST", "IGOUNO", "SDNREBRSF")}


def test_praise_of_a_deal_is_of_the_other_side_not_the_speakers_own() -> None:
    # (a deal's sides are whom praise of it is aimed at; the one praising it, a side himself,
    # does not praise his own side)
    text = ("BOGOTA — Colombia's government and the ELN rebel group agreed to extend a ceasefire on Monday. "
            "President Gustavo Petro praised the deal.")
    assert coded_as("SUPPORT", text) == {("SUPPORT", "COLGOV", "COLREBELN")}
    # (one who was no side praises both)
    text = ("BOGOTA — Colombia's government and the ELN rebel group agreed to extend a ceasefire on Monday. "
            "The United Nations praised the deal.")
    assert coded_as("SUPPORT", text) == {("SUPPORT", "IGOUNO", "COLGOV"), ("SUPPORT", "IGOUNO", "COLREBELN")}


def test_an_electoral_council_is_the_government() -> None:
    # (an electoral council or board runs elections for the state, as an electoral commission
    # does: the Phoenix agents dictionary's ELECTORAL_COMMISSION ~GOV; not a legislature)
    text = "CARACAS — The electoral council has disqualified Elena Duarte, the opposition candidate."
    assert coded_as("COERCE", text) == {("COERCE", "VENGOV", "VENOPP")}


def test_a_verb_parsed_as_the_adjective_of_its_object_still_has_that_object() -> None:
    # ("the council barred opposition candidate ... from running", parsed with "barred" as
    # an adjective of "candidate" and "council" its subject: a word with a subject is a verb,
    # the noun after it its object)
    text = "CARACAS — Venezuela's electoral council barred opposition candidate Elena Duarte from running in the election."
    assert coded_as("COERCE", text) == {("COERCE", "VENGOV", "VENOPP")}


def test_diplomats_posted_abroad_say_nothing_of_where_the_story_is() -> None:
    # (an envoy, a diplomat or an attaché is another country's guest where the story is:
    # "Russian diplomats" expelled from Britain do not make police named bare Russia's)
    text = "Britain expelled three Russian diplomats on Friday after police arrested two men on spying charges."
    assert coded_as("COERCE", text) == {("COERCE", "GBRCOP", "GBRCVL")}


def test_an_attache_is_a_diplomat_of_his_country() -> None:
    # (a defence or military attaché is a diplomat of an embassy: "him" after "expelled
    # Russia's defence attaché" is that diplomat, Russia's government)
    text = "LONDON — Britain expelled Russia's defence attaché on Wednesday, accusing him of being an undeclared intelligence officer."
    assert coded_as("ACCUSE", text) == {("ACCUSE", "GBR", "RUSGOV")}


def test_a_body_named_by_its_name_is_no_he() -> None:
    # ("he" is one person: Amnesty International saying "he had been tortured" speaks of
    # someone else, not of itself)
    text = ("TEHRAN — Iran executed a man convicted of killing a security officer, the judiciary said. "
            "Amnesty International condemned the execution and said he had been tortured into confessing.")
    assert not any(k[2] == "NGOHRIAMN" for k in coded_as("ASSAULT", text))
    assert coded_as("ACCUSE", text) == {("ACCUSE", "NGOHRIAMN", "IRN")}
    # (one person who says "he" may be speaking of himself)
    text = "MOSCOW — Opposition politician Ilya Yashin said he had been beaten by prison guards."
    assert coded_as("ASSAULT", text) == {("ASSAULT", "RUSCOP", "RUSOPP")}


def test_a_health_ministry_is_the_government() -> None:
    # (a ministry is the executive, whatever it runs: the Phoenix agents dictionary's
    # HEALTH_MINIST ~GOVHLH, the government first; doctors and hospitals are HLH)
    text = "SEOUL — The health ministry ordered striking doctors to return to work on Tuesday."
    assert coded_as("REQUEST", text) == {("REQUEST", "KORGOV", "KORHLH")}


def test_calling_people_onto_the_streets_is_a_protest_not_a_phone_call() -> None:
    # (one who calls supporters onto the streets calls a protest, as "took to the streets" is
    # one: CAMEO 141 by the caller, aimed at no one named; a phone call is a call to someone)
    text = ("ISTANBUL — Turkish police detained Istanbul's mayor on Wednesday. "
            "His party called the detention a coup and called its supporters onto the streets.")
    assert coded_as(("CONSULT", "PROTEST"), text) == {("PROTEST", "TURPTY", None)}
    assert coded_as("CONSULT", "PARIS — The French president called the German chancellor on Sunday.") == {("CONSULT", "FRAGOV", "DEUGOV")}


def test_a_trial_called_rigged_is_criticised() -> None:
    # (calling a trial or a vote rigged or fraudulent is a name of reproach, CAMEO 111, aimed
    # at whoever held it; the bare participle after the object, parsed as a clause
    # describing it, is the predicate)
    text = ("NEW YORK — A jury found former Governor Tom Reilly guilty of fraud on Thursday. "
            "Tom Reilly called the trial rigged.")
    assert coded_as("ACCUSE", text) == {("ACCUSE", "USAELI", "USAJUD")}
    text = ("KAMPALA — A court on Monday convicted opposition leader Joseph Kiiza of treason. "
            "His party called the verdict fraudulent.")
    assert coded_as("ACCUSE", text) == {("ACCUSE", "UGAPTY", "UGAJUD")}


def test_bail_denied_to_someone_parsed_as_a_clause_is_still_denied_to_them() -> None:
    # ("denied them bail", parsed as a clause of "them" doing "bail": the word is what is
    # denied, its subject the one it is denied to, as in "denied bail to the two men")
    for refusal in ("A judge denied them bail.", "The magistrate denied the two men bail."):
        text = f"CHICAGO — Police charged two men with murder on Sunday. {refusal}"
        assert coded_as("REJECT", text) == {("REJECT", "USAJUD", "USACVL")}, refusal


def test_an_investigation_opened_into_an_act_is_aimed_at_its_doer_wherever_the_into_hangs() -> None:
    # ("opened an investigation into the shelling", the "into" hung by the parser on "opened"):
    # what is looked into is the act named again, and the one investigated its doer
    text = ("KHARTOUM — The Rapid Support Forces shelled a market in Omdurman on Sunday. "
            "The public prosecutor said he had opened a war crimes investigation into the shelling.")
    assert coded_as("ACCUSE", text) == {("ACCUSE", "SDNJUD", "SDNREBRSF")}


def test_a_mediator_of_a_deal_named_again_mediates_between_its_sides() -> None:
    # (CAMEO 045, mediate: whom a mediation is aimed at are the parties it brought together,
    # the sides of the deal just told when it is named again)
    text = ("DOHA — Israel and Hamas agreed to a four-day truce on Monday. "
            "Egypt helped mediate the deal.")
    assert coded_as("CONSULT", text) == {("CONSULT", "EGY", "ISR"), ("CONSULT", "EGY", "PSEREBHMS")}
    # (a deal told by no one is mediated between no one named)
    assert not any(k[2] for k in coded_as("CONSULT", "DOHA — Egypt helped mediate the deal on Monday."))


def test_a_label_pinned_on_someone_by_calling_them_it_is_an_accusation() -> None:
    # ("called her a separatist": a name of reproach one side gives another, CAMEO 111; the
    # same word said to describe someone only describes)
    text = ("TAIPEI — Taiwan's president said on Tuesday the island would not bow to pressure. "
            "China called her a separatist.")
    assert coded_as("ACCUSE", text) == {("ACCUSE", "CHN", "TWNGOV")}
    assert not coded_as("ACCUSE", "KYIV — The army said the attackers were separatists.")


def test_a_pair_phrase_keeps_the_order_the_two_were_first_named_in() -> None:
    # ("the two leaders" after Xi hosted his Brazilian counterpart in Beijing: China's and
    # Brazil's, China first as it was named first, whichever was named last)
    text = ("BEIJING — China's president Xi Jinping hosted his Brazilian counterpart in Beijing on Friday, "
            "and the two leaders signed 15 cooperation agreements.")
    assert coded_as("AGREE", text) == {("AGREE", "CHNGOV", "BRAGOV")}


def test_an_infinitive_after_a_bill_states_what_the_bill_provides() -> None:
    # ("blocked a Republican bill to fund the government", the infinitive hung by the parser on
    # "blocked"): what a bill would do is no act of those who blocked it, nor of anyone yet
    text = "WASHINGTON — Senate Democrats blocked a Republican bill to fund the government on Thursday."
    assert not coded_as("AID", text)
    # (an infinitive of purpose after another word is the doer's own)
    text = "WASHINGTON — The United States sent aid to Haiti on Thursday to fund the Kenyan police mission."
    assert {k[1] for k in triggered("fund", text)} == {"USA"}


def test_a_country_held_hostage_is_a_figure_of_speech() -> None:
    # (a country, a city or an economy "held hostage" names no one abducted: the accusation
    # stands, no abduction is alleged)
    text = "WASHINGTON — Republicans accused Democrats of holding the country hostage."
    assert not coded_as("ASSAULT", text)
    assert coded_as("ACCUSE", text)
    # (people held hostage are abducted, CAMEO 181)
    assert coded_as("ASSAULT", "ABUJA — Bandits held 20 villagers hostage for a week.") == {("ASSAULT", "NGACRM", "NGACVL")}


def test_trade_restricted_or_curbed_is_an_embargo() -> None:
    # (the verb dictionary's RESTRICT * SALES 163: exports or imports restricted are trade
    # cut, aimed at the country they go to or come from)
    assert coded_as("SANCTION", "TOKYO — Japan restricted exports of chip-making materials to South Korea on Monday.") == {("SANCTION", "JPN", "KOR")}
    assert coded_as("SANCTION", "WASHINGTON — The United States curbed exports of advanced chips to China.") == {("SANCTION", "USA", "CHN")}


def test_a_move_called_pressure_is_criticised() -> None:
    # (a move called "political pressure", the name parsed as the object of "called", is
    # criticised, as one called "provocation" is: aimed at whoever made it)
    text = "MOSCOW — Russia expelled two Moldovan diplomats on Tuesday, a move Chisinau called political pressure."
    assert coded_as("ACCUSE", text) == {("ACCUSE", "MDA", "RUS")}


def test_trade_banned_is_a_sanction() -> None:
    # (trade banned is trade cut, the verb dictionary's BAN * EXPORTS 160, a sanction, not
    # people restricted; and still answered as a move)
    text = "MOSCOW — Russia banned imports of fruit and vegetables from Moldova on Tuesday, a move Chisinau called political pressure."
    assert coded_as(("SANCTION", "COERCE", "ACCUSE"), text) == {("SANCTION", "RUS", "MDA"), ("ACCUSE", "MDA", "RUS")}


def test_a_group_named_before_its_kind_of_officials_is_theirs() -> None:
    # ("two Hezbollah political officials", "a Hamas military commander": the officials of
    # the group named before them, as "Hezbollah officials" are, not the dateline country's)
    text = "JERUSALEM — Israeli troops killed two senior Hezbollah political officials in Lebanon on Monday."
    assert coded_as("ASSAULT", text) == {("ASSAULT", "ISRMIL", "LBNREBHEZ")}
    text = "JERUSALEM — Hamas political leaders met Egyptian mediators in Cairo on Monday."
    assert coded_as("CONSULT", text) == {("CONSULT", "PSEREBHMS", "EGYGOV")}
    # (a word of its own between them still names other officials: "Hamas and military
    # officials")
    text = "JERUSALEM — Israeli troops killed a Hamas commander and military officials said the raid was over."
    assert ("ASSAULT", "ISRMIL", "PSEREBHMS") in coded_as("ASSAULT", text)


def test_a_country_owning_the_named_actor_after_it_is_no_second_member_of_a_list() -> None:
    # ("Israel and Lebanon's Hezbollah": the country before "'s" owns the group named after
    # it, the list's second member; the two are not both countries of a pair)
    text = "BEIRUT — Israel and Lebanon's Hezbollah agreed to a ceasefire on Sunday."
    assert {k[1:] for k in coded_as("AGREE", text)} == {("ISR", "LBNREBHEZ")}
    text = "ANKARA — Russia and Ukraine's Zelensky agreed to a prisoner exchange on Sunday."
    assert {k[1:] for k in coded_as("AGREE", text)} == {("RUS", "UKRGOV")}
    # (an agent noun after "'s" is the officials of both: "Serbia and Kosovo's envoys")
    text = "BRUSSELS — Serbia and Kosovo's envoys met on Sunday."
    assert {k[1:] for k in coded_as("CONSULT", text)} == {("SRBGOV", "XKXGOV")}


def test_the_sides_another_country_offers_to_mediate_between_are_not_its_own() -> None:
    # ("Brazil offered to mediate between the government and the opposition", from Caracas:
    # the ones a complement of the other country's verb acts on are the story's, not Brazil's)
    text = ("CARACAS — Venezuela expelled the diplomats of seven countries on Monday. "
            "Brazil offered to mediate between the government and the opposition.")
    assert coded_as("AGREE", text) == {("AGREE", "BRA", "VENGOV"), ("AGREE", "BRA", "VENOPP")}
    # (the other country's own subject stays its own: "Brazil's government offered")
    text = "CARACAS — The government of Brazil offered to mediate between Venezuela and Guyana."
    assert coded_as("AGREE", text) == {("AGREE", "BRAGOV", "VEN"), ("AGREE", "BRAGOV", "GUY")}


def test_a_finite_verb_whose_subject_the_parse_hung_on_a_word_of_time_is_not_the_main_clauses() -> None:
    # ("bombed positions on Monday, a day after an attack on a base killed nine soldiers": the
    # attack killed them, a subject the parser hangs under "a day after"; not the bombers, and
    # no one named)
    text = ("ANKARA — Turkish warplanes bombed Kurdish militant positions in northern Iraq on Monday, "
            "a day after an attack on a military base killed nine Turkish soldiers.")
    assert coded_as("ASSAULT", text) == {("ASSAULT", "TURMIL", "TURREB"), ("ASSAULT", None, "TURMIL")}
    # (a clause of time with its subject kept is its subject's: "after rebels killed")
    text = "ANKARA — Turkish warplanes bombed Kurdish militant positions on Monday after rebels killed nine soldiers."
    assert {k[1] for k in triggered("killed", text)} == {"TURREB"}


def test_an_embassy_is_no_him() -> None:
    # ("police detained him as he headed to the Mexican embassy. Mexico offered him asylum":
    # an embassy or a mission is a body, never the one person a "him" stands for)
    text = ("LIMA — Police detained the former president on Wednesday as he headed to the Mexican embassy. "
            "Mexico offered him asylum.")
    assert coded_as("AGREE", text) == {("AGREE", "MEX", "PERELI")}



def test_an_act_named_with_the_article_hung_on_it_is_answered() -> None:
    # ("called the ban illegal", the act parsed as a modifier of the word given to it and the
    # article hung on the act): the one answered did the act named, told before
    text = ("DHAKA — The interim government banned the Awami League party on Monday. "
            "The party's leader, former Prime Minister Sheikh Hasina, called the ban illegal.")
    # (on a date when she had left office)
    assert {k for k in keyed(events(text, published="2025-05-12", settings=ALL)) if k[0] == "ACCUSE"} == {("ACCUSE", "BGDELI", "BGDGOV")}


def test_one_who_leads_or_speaks_for_a_body_holds_its_role() -> None:
    # ("the union's leader", "the army's spokesman": the body's role, not the government's;
    # the guideline codes a person by the role they hold; a person's spokesman speaks for the
    # person's office)
    from tidings.actors import ActorResolver
    from tidings.events.coder import _place_country
    from tidings.nlp import parse

    text = ("DHAKA — The union's leader condemned the ban. The army's spokesman defended it. "
            "The party's spokeswoman was arrested. The president's spokesman said nothing.")
    mentions, _ = ActorResolver.load().resolve_with_home(parse(text), place_country=_place_country)
    said = {m.text: m.actors[0].code for m in mentions if m.text in ("leader", "spokeswoman")}
    assert said == {"leader": "BGDLAB", "spokeswoman": "BGDPTY"}
    assert [m.actors[0].code for m in mentions if m.text == "spokesman"] == ["BGDMIL", "BGDGOV"]


def test_the_group_is_a_group_of_no_states_before_an_intergovernmental_body() -> None:
    # ("Houthi rebels detained UN staff, the UN said ... The group accused": "the group" is the
    # rebels, a body of no states, though the UN was named since; "the bloc" is still the EU)
    text = ("SANAA — Houthi rebels detained 11 UN staff members on Thursday, the UN said. "
            "The group accused Washington of running a spy network.")
    assert coded_as("ACCUSE", text) == {("ACCUSE", "YEMREBHOU", "USA")}
    text = "BRUSSELS — Hamas fighters attacked the border, the EU said. The bloc urged Israel to show restraint."
    assert coded_as("REQUEST", text) == {("REQUEST", "IGOEUREEC", "ISR")}


def test_the_noun_of_an_act_told_by_the_same_word_names_it_again() -> None:
    # ("pardoned his son ... Republicans denounced the pardon": the act told before by the same
    # word, whose doer the denunciation is aimed at)
    text = ("WASHINGTON — The governor pardoned a former police chief on Thursday. "
            "Democrats denounced the pardon as an abuse of power.")
    assert coded_as("ACCUSE", text) == {("ACCUSE", "USAPTY", "USAGOV")}
    # (a noun of another act than any told names no one: "denounced the verdict")
    text = ("WASHINGTON — The governor pardoned a former police chief on Thursday. "
            "Democrats denounced the election as a fraud.")
    assert not any(k[2] for k in coded_as("ACCUSE", text))


def test_a_raid_named_again_is_the_force_told_in_it() -> None:
    # ("killed 12 people in a raid ... called the raid a massacre": a raid is coercion or force,
    # and the one told in it is the one answered)
    text = ("JENIN — Israeli forces killed 12 Palestinians in a raid on a refugee camp on Wednesday. "
            "The Palestinian Authority called the raid a massacre.")
    assert coded_as("ACCUSE", text) == {("ACCUSE", "PSEGOV", "ISRMIL")}
    # (a raid told by its own verb is its doer's: "police raided ... condemned the raid")
    text = ("CAIRO — Police raided the offices of a rights group on Monday. "
            "Amnesty International condemned the raid.")
    assert coded_as("ACCUSE", text) == {("ACCUSE", "NGOHRIAMN", "EGYCOP")}


def test_airspace_violated_is_a_show_of_force_at_its_owner() -> None:
    # (the verb dictionary's VIOLATE * AIRSPACE 150: a show of force, aimed at the one whose
    # airspace it is; a truce violated is still 196)
    text = "WARSAW — A Russian drone violated Polish airspace on Sunday, the army said."
    assert coded_as("MOBILIZE", text) == {("MOBILIZE", "RUSMIL", "POL")}
    text = "VILNIUS — Russian jets violated Lithuania's airspace on Monday."
    assert coded_as("MOBILIZE", text) == {("MOBILIZE", "RUSMIL", "LTU")}
    text = "KYIV — Russian forces violated the ceasefire in eastern Ukraine on Monday."
    assert {e.cameo for e in events(text, published=PUB, settings=ALL) if e.trigger == "violated"} == {"196"}


def test_one_who_shot_and_killed_parsed_as_a_noun_shot_is_the_killer() -> None:
    # ("a sheriff's deputy shot and killed a man", parsed as a noun "deputy shot" with "killed"
    # joined to it): the word before "shot" is the subject of both verbs
    text = "ORLANDO — A Florida sheriff's deputy shot and killed a man during a traffic stop on Saturday."
    assert coded_as("ASSAULT", text) == {("ASSAULT", "USACOP", "USACVL")}


def test_the_owner_of_a_body_named_by_it_is_no_him() -> None:
    # ("the US attorney's office said. The mayor called on him to resign": the phrase names an
    # office, a body; "him" is the councilman accused)
    text = ("LOS ANGELES — Federal agents arrested a city councilman on Tuesday on bribery charges, "
            "the US attorney's office said. The mayor called on him to resign.")
    assert coded_as("REQUEST", text) == {("REQUEST", "USAGOV", "USALEG")}


def test_a_house_of_worship_is_where_an_attack_was_not_who_did_it() -> None:
    # ("an attack outside a synagogue that killed two people", the relative pronoun taken for
    # the synagogue): a mosque, a synagogue or a temple stands for the faithful who use it, done
    # to, never doers (as a village or a school)
    text = "MANCHESTER — Police arrested a man on Thursday after a knife attack outside a synagogue that killed two people."
    assert not any(k[1] and k[1].endswith("REL") for k in coded_as("ASSAULT", text))
    # (the church as a body still speaks and acts: "the church condemned the attack")
    text = "ROME — Gunmen attacked a village on Sunday. The Catholic Church condemned the attack."
    assert coded_as("ACCUSE", text) == {("ACCUSE", "ITACHRCTH", "ITAREB")}


def test_an_appeal_to_no_one_for_nothing_is_no_request() -> None:
    # ("his lawyer said he would appeal": an appeal of a ruling to a higher court, no one asked;
    # CAMEO's APPEAL is 020 when it is made to someone or for something)
    text = "CHICAGO — A jury convicted a former police officer on Friday. The officer's lawyer said he would appeal."
    assert not coded_as("REQUEST", text)
    text = "CHICAGO — A jury convicted a former police officer on Friday. Residents appealed to the mayor to restore order."
    assert coded_as("REQUEST", text) == {("REQUEST", "USACVL", "USAGOV")}


def test_a_result_told_after_a_relative_clause_is_as_sure_as_the_main_clause() -> None:
    # ("passed a bill that would criminalise ..., drawing condemnation from rights groups", the
    # participle hung on the relative clause): the condemnation is told as done, not as what the
    # bill would do
    text = ("ACCRA — Ghana's parliament passed a bill on Wednesday that would criminalise identifying as LGBTQ, "
            "drawing condemnation from rights groups.")
    assert {k[3] for k in coded_with_modality("ACCUSE", text)} == {"asserted"}


def test_help_done_to_oneself_is_no_act_toward_another() -> None:
    # ("said it would defend itself at the court": a defence of oneself is support for no one,
    # not for the court where it is made)
    text = ("PRETORIA — South Africa filed a case at the International Court of Justice on Friday. "
            "Israel said it would defend itself at the court.")
    assert not coded_as(("AGREE", "SUPPORT"), text)
    text = "PRETORIA — Israel said it would defend Cyprus at the court."
    assert coded_as(("AGREE", "SUPPORT"), text) == {("AGREE", "ISR", "CYP")}


def test_an_act_noun_in_tion_names_again_the_act_of_its_verb() -> None:
    # ("Iran executed a man who was convicted of killing a guard ... condemned the execution":
    # the execution told by "executed", not the killing told since; as "the killing" names
    # "killed")
    text = ("TEHRAN — Iran executed a man on Monday who was convicted of killing a prison guard, the judiciary said. "
            "The European Union condemned the execution.")
    assert coded_as("ACCUSE", text) == {("ACCUSE", "IGOEUREEC", "IRN")}


def test_secretary_general_before_a_name_is_one_title_of_the_person() -> None:
    # ("Secretary-General Mark Rutte urged allies", the hyphenated title split by the
    # tokenizer): one title of the person named, not a secretary of the dateline's government
    # beside him
    text = "BRUSSELS — NATO ministers met on Wednesday, and Secretary-General Mark Rutte urged allies to act."
    # (on a date when he held the office)
    assert {k[1] for k in keyed(events(text, published="2024-12-04", settings=ALL)) if k[0] == "REQUEST"} == {"IGOWSTNAT"}


def test_those_prompted_to_march_parsed_after_a_preposition_march() -> None:
    # ("prompting thousands of students to march in protest", the infinitive parsed as the
    # object of a preposition "to"): the ones made to act are the object of the causing verb
    text = ("BUENOS AIRES — The president said on Monday he would cut funding for public universities, "
            "prompting thousands of students and teachers to march in protest.")
    assert coded_as("PROTEST", text) == {("PROTEST", "ARGEDU", None)}


def test_a_date_hung_on_what_is_said_before_its_subject_is_the_sayings() -> None:
    # ("said on Monday he would cut funding", the date parsed on "cut"): the threat was made
    # when it was said, the Monday before publication, not the one to come
    text = "BUENOS AIRES — The president said on Monday he would cut funding for public universities."
    (threat,) = [e for e in events(text, published="2025-03-01", settings=ALL) if e.plover == "THREATEN"]
    assert threat.date == "2025-02-24"
    # (a date after the subject of what is said is its own: "said he would meet them on Monday")
    text = "BUENOS AIRES — The president said he would meet the Chilean president on Monday."
    (intent,) = [e for e in events(text, published="2025-03-01", settings=ALL) if e.plover == "AGREE"]
    assert intent.date == "2025-03-03"


def test_the_purpose_of_a_deed_of_others_is_not_the_accepters() -> None:
    # ("would not accept the deployment of US troops on Mexican soil to fight drug cartels", the
    # infinitive hung on "accept"): the fight is the purpose of the troops' deployment, not an
    # act of the government that refuses it
    text = ("MEXICO CITY — The president said on Tuesday her government would not accept the deployment "
            "of US troops on Mexican soil to fight drug cartels.")
    assert not coded_as(("ASSAULT", "THREATEN"), text)
    assert coded_as("REJECT", text) == {("REJECT", "MEXGOV", "USAMIL")}


def test_a_case_dismissed_eases_it_for_the_one_it_was_brought_against() -> None:
    # (the verb dictionary's DISMISS * CASE 081: a court that dismisses a case against someone
    # eases what it held over them, no rejection of them; a plan dismissed is still rejected)
    text = "ATLANTA — A judge on Thursday dismissed the corruption case against the former governor."
    assert coded_as(("CONCEDE", "REJECT"), text) == {("CONCEDE", "USAJUD", "USAELI")}
    text = "ATLANTA — The governor proposed a plan on Monday. Republicans dismissed the governor's plan."
    assert coded_as(("CONCEDE", "REJECT"), text) == {("REJECT", "USAPTY", "USAGOV")}


def test_a_refusal_of_one_just_asked_is_aimed_at_who_asked() -> None:
    # ("The committee subpoenaed the chief of staff. The White House said it would not
    # comply": a refusal naming nothing refused, by the one asked just before, denies that
    # request, the guideline's REJECT, and is aimed at who made it)
    text = ("WASHINGTON — A House committee subpoenaed the White House chief of staff on Thursday. "
            "The White House said it would not comply.")
    assert coded_as("REJECT", text) == {("REJECT", "USAGOV", "USALEG")}
    text = "NAIROBI — The president invited the opposition leader to talks on Monday. The opposition leader refused."
    assert coded_as("REJECT", text) == {("REJECT", "KENOPP", "KENGOV")}
    # (one not asked refuses no one's request: "Police asked residents to leave. The mayor refused.")
    text = "NAIROBI — Police asked residents to leave their homes on Monday. The mayor refused."
    assert not any(k[2] for k in coded_as("REJECT", text))


def test_what_a_mediated_act_brings_about_is_not_the_mediators() -> None:
    # ("the UAE mediated a prisoner exchange between Russia and Ukraine, freeing 190 captives":
    # the captives are freed by the sides that held them, not by the mediator, CAMEO 045)
    text = ("ABU DHABI — The United Arab Emirates mediated a prisoner exchange between Russia and Ukraine "
            "on Friday, freeing 190 captives.")
    assert not coded_as("RETREAT", text)
    assert coded_as("CONSULT", text) == {("CONSULT", "ARE", "RUS"), ("CONSULT", "ARE", "UKR")}


def test_one_tied_to_the_possessor_is_not_the_possessor() -> None:
    # ("ordered the suspension of the platform after its owner refused to name a representative":
    # the owner is someone tied to the one "its" stands for, not that one, a court)
    text = ("BRASILIA — The Supreme Court ordered the suspension of the platform on Friday "
            "after its owner refused to name a representative.")
    assert not coded_as("REJECT", text)
    # (an agent of the possessor is the possessor: "its fighters")
    text = "KHARTOUM — The RSF said on Friday that its fighters had seized the town of El Fasher."
    assert {k[1] for k in coded_as("COERCE", text)} == {"SDNREBRSF"}


def test_an_act_called_an_attack_on_something_is_criticised() -> None:
    # ("called the decision an attack on press freedom": a name of reproach, aimed at whoever
    # made the decision; the ones the name says were attacked are no target of the criticism)
    text = ("MOSCOW — Russian authorities banned the broadcaster on Tuesday. "
            "The broadcaster's director called the decision an attack on press freedom.")
    assert {k[1:] for k in coded_as("ACCUSE", text)} == {("RUSMED", "RUSGOV")}
    text = ("KABUL — Afghanistan's foreign ministry summoned Pakistan's deputy ambassador on Wednesday "
            "to protest what it called an unprovoked attack on Afghan civilians.")
    assert not any(k[2] == "AFGCVL" for k in coded_as("ACCUSE", text))


def test_a_result_hung_on_the_saying_is_of_the_act_told() -> None:
    # ("Azerbaijani forces shelled Armenian positions, the ministry said, killing 49 soldiers",
    # the participle hung on "said"): the killing is the shelling's, told by the ministry, not
    # the ministry's own act
    text = ("YEREVAN — Azerbaijani forces shelled Armenian positions along the border overnight, "
            "Armenia's defence ministry said on Tuesday, killing 49 soldiers.")
    assert coded_with_modality("ASSAULT", text) == {("ASSAULT", "AZEMIL", "ARM", "reported"), ("ASSAULT", "AZEMIL", "ARMMIL", "reported")}


def test_diplomatic_ties_set_up_are_cooperation() -> None:
    # (the guideline's COOPERATE: "diplomatic or material cooperation: establish relations";
    # its SUPPORT is praise, endorsement, verbal defence, apology, and a state recognised)
    for text in ("NAIROBI — Kenya restored diplomatic ties with Somalia on Monday.",
                 "NAIROBI — Kenya and Somalia normalised relations on Monday.",
                 "NAIROBI — Kenya established diplomatic relations with Kosovo on Monday.",
                 "NAIROBI — Kenya allied with Ethiopia against the militants on Monday."):
        assert {k[0] for k in coded(text)} == {"COOPERATE"}, text
    assert {k[0] for k in coded("NAIROBI — Kenya recognised Kosovo on Monday.")} == {"SUPPORT"}


def test_charges_named_after_a_comma_are_no_second_act() -> None:
    # ("convicted the opposition leader of treason, charges that he denies": the tagger reads
    # "charges" as a verb joined to the one before; it is the noun, set beside what he was
    # convicted of, and names no accusation by the court)
    text = "MINSK — A court in Minsk convicted the opposition leader of treason on Monday, charges that he denies."
    assert coded_as("ACCUSE", text) == set()
    assert coded_as("SANCTION", text) == {("SANCTION", "BLRJUD", "BLROPP")}
    # (and the clause before it stays the sentence's own: "hanged two men for spying, charges
    # his family denied", parsed with "charges" as the root)
    text = "TEHRAN — Iran hanged two men for spying on Monday, charges their families denied."
    assert coded_as("ACCUSE", text) == set()
    assert triggered("hanged", text) == {("ASSAULT", "IRN", "IRNCVL")}


def test_charges_rejected_in_a_clause_are_the_accusers() -> None:
    # ("accused Somalia of arming the militants, charges Mogadishu rejected": the charges the
    # relative clause describes were made by the accuser, whom the rejection is aimed at)
    text = "NAIROBI — Kenya accused Somalia on Monday of arming the militants, charges Mogadishu rejected."
    assert coded_as("REJECT", text) == {("REJECT", "SOM", "KEN")}
    text = "NAIROBI — Kenya's opposition accused the police on Monday of killing protesters, claims the police rejected."
    assert coded_as("REJECT", text) == {("REJECT", "KENCOP", "KENOPP")}


def test_a_person_named_by_title_and_name_is_one_antecedent() -> None:
    # ("sentenced American journalist Evan Marsh ... He rejected the charges": the title and the
    # name are one person, the one "he" stands for, not two that leave it unresolved)
    text = ("MOSCOW — A Russian court sentenced American journalist Evan Marsh to 16 years for espionage on Friday. "
            "He rejected the charges.")
    assert coded_as("REJECT", text) == {("REJECT", "USAMED", "RUSJUD")}


def test_people_a_state_holds_are_of_that_state() -> None:
    # ("Iran hanged two men for spying", in a story filed from Washington; "Saudi Arabia
    # executed a man", from London): the people a state arrests, tries or punishes, named by no
    # nationality, are in its hands, of its country, not of where the story is filed
    text = "WASHINGTON (AP) — Iran hanged two men for spying for Israel, the State Department said on Monday."
    assert triggered("hanged", text) == {("ASSAULT", "IRN", "IRNCVL")}
    text = "LONDON — Saudi Arabia executed a man convicted of smuggling drugs, Amnesty International said on Tuesday."
    assert triggered("executed", text) == {("ASSAULT", "SAU", "SAUCVL")}
    text = "WASHINGTON — China detained two men for contacting relatives abroad, the State Department said on Monday."
    assert triggered("detained", text) == {("COERCE", "CHN", "CHNCVL")}
    # (the people the story's own police arrest stay the story's, whatever country the
    # sentence names)
    text = "WASHINGTON — Police arrested two men outside the Chinese embassy on Monday."
    assert triggered("arrested", text) == {("COERCE", "USACOP", "USACVL")}


def test_a_mutual_act_on_something_names_what_about() -> None:
    # ("the two leaders agreed to strengthen cooperation on North Korea": cooperation "on" a
    # country is about it, not with it; the two who agree are each other's side)
    text = ("TOKYO — Prime Minister Taro Ishikawa spoke by phone with Korean President Lee Min-ho on Tuesday "
            "and the two leaders agreed to strengthen cooperation on North Korea.")
    assert not any(k[2] and k[2].startswith("PRK") for k in coded_as("AGREE", text))
    text = "NAIROBI — Kenya proposed talks on Somalia with Ethiopia on Monday."
    assert {k[2] for k in coded_as("AGREE", text)} == {"ETH"}


def test_a_strike_that_kills_is_aimed_at_whom_it_killed() -> None:
    # ("an Israeli drone strike killed a Hamas official in southern Lebanon": one act, the
    # strike and the killing, aimed at the official, not at the country where it fell)
    text = "BEIRUT — An Israeli drone strike killed a senior Hamas official in southern Lebanon on Tuesday, security sources said."
    assert {k[2] for k in coded_as("ASSAULT", text)} == {"PSEREBHMS"}
    # (with no one harmed named, the place is still the target of the force)
    text = "BEIRUT — An Israeli drone strike hit southern Lebanon on Tuesday, security sources said."
    assert coded_as("ASSAULT", text) == {("ASSAULT", "ISRMIL", "LBN")}


def test_talks_cut_are_with_whom_the_with_right_after_them_names() -> None:
    # ("suspended peace talks with a faction of FARC dissidents", the "with" hung by the parser
    # on the verb: relations are cut with whom the talks were with, CAMEO 164)
    text = "BOGOTA, Colombia (AP) — Colombia's government suspended peace talks with a faction of FARC dissidents on Wednesday."
    assert coded_as("SANCTION", text) == {("SANCTION", "COLGOV", "COLREBFAD")}


def test_charges_a_court_dismisses_are_dropped() -> None:
    # (the verb dictionary's DISMISS * CASE 081: charges a judge or a court dismisses are
    # dropped, easing what they held over whom they were against; the one charged who
    # dismisses them denies them, no act toward anyone)
    text = "NAIROBI — A Kenyan court on Monday dismissed corruption charges against former governor Mike Sonko."
    assert coded_as("CONCEDE", text) == {("CONCEDE", "KENJUD", "KENELI")}
    text = "NAIROBI — Former governor Mike Sonko on Monday dismissed the corruption charges as politically motivated."
    assert not coded_as("CONCEDE", text)


def test_a_ship_or_a_mission_blocked_is_kept_from_moving() -> None:
    # (CAMEO 191, restrict movement: a ship or a mission at sea blocked, aimed at whose it is;
    # an aid mission blocked is aid cut, 162, as before)
    text = "MANILA — Chinese ships blocked a Philippine resupply mission near Second Thomas Shoal on Sunday."
    assert coded_as("COERCE", text) == {("COERCE", "CHN", "PHL")}
    text = "GAZA — Israeli forces blocked an aid mission to northern Gaza on Tuesday, the United Nations said."
    assert {k[0] for k in triggered("blocked", text)} == {"SANCTION"}


def test_an_international_bodys_officials_are_that_body() -> None:
    # ("The bloc's leaders", the bloc the EU named before: an international body's officials are
    # that body, not the government of the country the sentence or the story names)
    text = ("BRUSSELS — The European Union's foreign ministers agreed on Monday to impose sanctions on Russia. "
            "The bloc's leaders condemned Moscow on Tuesday.")
    assert coded_as("ACCUSE", text) == {("ACCUSE", "IGOEUREEC", "RUS")}


def test_an_act_done_during_an_occasion_is_dated_by_it() -> None:
    # ("sentenced on Thursday for killing a deputy during a traffic stop in 2021": the killing
    # is dated by the occasion it was done during, not by the sentencing)
    text = ("HOUSTON (AP) — A Texas man was sentenced to life in prison on Thursday for killing a sheriff's deputy "
            "during a traffic stop in 2021, prosecutors said.")
    dated = {e.trigger: e.to_dict()["date"] for e in events(text, published=PUB, settings=ALL)}
    assert dated["killing"].startswith("2021")
    assert dated["sentenced"] == "2019-11-14"


def test_a_dictionary_person_named_again_by_surname_is_that_person() -> None:
    # ("President Pedro Castillo ... Police detained Castillo": one the dictionary knows by
    # the full name only is the same person when the article uses the surname alone)
    text = "LIMA — Peru's Congress voted on Thursday to impeach President Pedro Castillo. Police detained Castillo on Friday."
    assert [(k[1], (k[2] or "")[:3]) for k in coded_as("COERCE", text)] == [("PERCOP", "PER")]


def test_he_in_a_clause_of_its_own_is_the_one_person_named_before() -> None:
    # ("voted to impeach President Juan Quispe, hours after he visited Chile": the clause above
    # has a body for its subject; the one person the sentence named is "he")
    text = "LIMA — Peru's Congress voted on Thursday to impeach President Juan Quispe, hours after he visited Chile."
    assert coded_as("CONSULT", text) == {("CONSULT", "PERGOV", "CHL")}


def test_what_a_thing_is_said_to_target_is_its_target() -> None:
    # ("announced new sanctions targeting Russia's energy sector": the participle says whom the
    # sanctions are aimed at, as "sanctions on" would)
    text = "WASHINGTON — The United States on Friday announced new sanctions targeting Russia's energy sector."
    assert coded_as("SANCTION", text) == {("SANCTION", "USA", "RUS")}
    text = "BRUSSELS — The European Union on Monday announced sanctions aimed at Iran."
    assert coded_as("SANCTION", text) == {("SANCTION", "IGOEUREEC", "IRN")}


def test_farmers_blocking_motorways_protest() -> None:
    # (the verb dictionary's BLOCK * ROAD 144: a motorway is a road)
    text = "PARIS — French farmers blocked motorways around Paris on Monday, escalating protests over low incomes."
    assert triggered("blocked", text) == {("PROTEST", "FRAAGR", None)}


def test_a_superlative_set_beside_the_object_leaves_it_the_object() -> None:
    # ("announced new sanctions ..., the most sweeping yet": the parser makes the sanctions the
    # subject of "sweeping", and the announcement has no object)
    text = ("WASHINGTON — The United States on Friday announced new sanctions targeting Russia's energy sector, "
            "the most sweeping yet, as it seeks to increase pressure on Moscow.")
    assert coded_as("SANCTION", text) == {("SANCTION", "USA", "RUS")}


def test_a_titled_person_of_a_place_is_of_its_country() -> None:
    # ("King Youssef of Morocco ... he would be ready to host a meeting": a person named with a
    # title is of the country the name is "of", not of the article's)
    text = ("King Youssef of Morocco said on Monday he would be ready to host a meeting between an Israeli peace "
            "movement and the Palestine Liberation Organization.")
    assert {k[1] for k in coded(text) if k[0] == "AGREE"} == {"MARGOV"}


def test_its_is_not_one_holder_of_an_office() -> None:
    # ("the president suspended a truce with the gang after its members attacked a base": "its"
    # is never one person, and a president named by a common noun is one; the members' body is
    # not named where the coder can tell, so the attack has no source rather than a wrong one)
    text = ("BOGOTA — Colombia's president suspended a truce with the largest drug gang on Monday after its members "
            "attacked an army base, killing four soldiers.")
    assert {e.trigger for e in events(text, published=PUB, settings=ALL) if e.to_dict()["source_code"] == "COLGOV"} == {"suspended"}


def test_he_acted_on_after_one_person_acted_on_another_is_neither() -> None:
    # ("the president pardoned a lawyer days after he was sentenced": "he" may be either person;
    # the text does not say which, so the sentencing has no target rather than the president)
    text = "CAIRO — Egypt's president pardoned a prominent lawyer on Thursday, days after he was sentenced to three years in prison."
    assert coded_as("SANCTION", text) == set()
    assert coded_as("CONCEDE", text) == {("CONCEDE", "EGYGOV", "EGYJUD")}


def test_a_strike_on_a_thing_somewhere_that_kills_is_aimed_at_whom_it_killed() -> None:
    # ("a drone strike on a car in southern Lebanon killed two Hezbollah members": the country
    # named is where the car was, not whom the strike was aimed at; one act, at whom it killed)
    text = "BEIRUT — An Israeli drone strike on a car in southern Lebanon killed two Hezbollah members on Monday, the group said."
    assert {k[2] for k in coded_as("ASSAULT", text)} == {"LBNREBHEZ"}
    # (a place the strike was on is still its target)
    text = "JERUSALEM — An Israeli strike on Gaza killed five people on Monday."
    assert triggered("strike", text) == {("ASSAULT", "ISR", "PSE")}


def test_forces_sent_toward_a_country_hung_on_the_ships_are_aimed_at_it() -> None:
    # ("sent 21 warplanes and eight navy ships toward Taiwan": the parser hangs "toward Taiwan" on
    # the ships; whither forces are sent is the verb's, whom the show of force is aimed at)
    text = "TAIPEI — China sent 21 warplanes and eight navy ships toward Taiwan on Monday, the island's defence ministry said."
    assert coded_as("MOBILIZE", text) == {("MOBILIZE", "CHN", "TWN")}


def test_a_gerund_after_and_is_a_second_ground_not_the_courts_act() -> None:
    # ("sentenced a soldier to four years for theft and threatening to kill his girlfriend": the
    # parser joins "threatening" to "sentenced", making the court the one who threatened)
    text = "MOSCOW — A Russian court sentenced a US soldier to four years in prison for theft and threatening to kill his girlfriend."
    assert coded(text) == {("SANCTION", "RUSJUD", "USAMIL")}
    doc = nlp.parse(text)
    threatening = next(t for t in doc if t.text == "threatening")
    assert (threatening.dep_, threatening.head.text) == ("conj", "theft")


def test_a_passive_with_a_time_phrase_inside_is_a_passive() -> None:
    # ("A Portmore man was on Tuesday charged with murder": the parser reads "was" as the verb and
    # "charged" as a clause on it, or hangs the subject and the day on "was"; the man charged is
    # the target, and the day is Tuesday)
    for text in (("KINGSTON, Jamaica — A Portmore man was on Tuesday charged with murder in connection with the shooting death "
                  "of a bus driver in Spanish Town last week, the police said."),
                 "KINGSTON, Jamaica — A man was on Tuesday charged with murder, the police said."):
        evs = [e.to_dict() for e in events(text, published=PUB, settings=ALL) if e.trigger == "charged"]
        assert [(e["source_code"], e["target_code"], e["date"]) for e in evs] == [(None, "JAMCVL", "2019-11-19")]


def test_a_state_or_provincial_assembly_is_the_legislature() -> None:
    # (the agents dictionary's STATE_ASSEMBLY and its kin, ~LEG)
    text = "LAGOS — The governor was impeached by the state assembly on Monday."
    assert coded_as("ACCUSE", text) == {("ACCUSE", "NGALEG", "NGAGOV")}
    text = "ISLAMABAD — The provincial assembly passed a resolution condemning India on Monday."
    assert coded_as("ACCUSE", text) == {("ACCUSE", "PAKLEG", "IND")}


def test_a_threat_or_promise_made_when_said_is_dated_by_the_saying() -> None:
    # ("vowed on Sunday to retaliate", published on a Wednesday: the vow was made last Sunday; the
    # retaliation it announces is to come, but the threat is dated when it was made)
    text = "SANAA — Yemen's Houthi rebels vowed on Sunday to retaliate against the United States."
    assert {(e.trigger, e.to_dict()["date"]) for e in events(text, published=PUB, settings=ALL)} == {("vowed retaliate", "2019-11-17")}
    text = "MOSCOW — Russia pledged on Sunday to send aid to Cuba next week."
    assert {(e.trigger, e.to_dict()["date"]) for e in events(text, published=PUB, settings=ALL)} == {("pledged send", "2019-11-17")}


def test_an_act_awaited_is_not_told_as_done() -> None:
    # ("saying it could no longer expect Ankara's support": a possessed act named as what one
    # expects is not done; nor is it an intent its doer expressed, "Ukraine expects Germany's
    # support")
    text = ("ANKARA — Turkey's president lashed out at Sweden on Tuesday over a Koran-burning protest in Stockholm, "
            "saying it could no longer expect Ankara's support for its NATO bid.")
    assert not any(e.to_dict()["plover"] == "SUPPORT" and e.to_dict()["modality"] == "asserted" for e in events(text, published=PUB, settings=ALL))
    text = "KYIV — Ukraine expects Germany's support for its bid to join the European Union."
    assert coded_with_modality(None, text) == {("SUPPORT", "DEU", "UKR", "hypothetical")}


def test_one_sent_to_face_charges_is_the_one_who_faces_them() -> None:
    # ("Poland extradited a Ukrainian man to Germany to face sabotage charges": the one sent faces
    # the charges, not the country that sent him)
    text = "WARSAW — Poland extradited a Ukrainian man to Germany on Friday to face sabotage charges."
    assert triggered("face", text) == {("ACCUSE", None, "UKRCVL")}
    # (the subject of the clause still faces them when no one was sent)
    text = "LONDON — Five British officials face charges of fraud."
    assert triggered("face", text) == {("ACCUSE", None, "GBRGOV")}


def test_one_handed_over_to_face_charges_is_extradited() -> None:
    # ("handed over a former intelligence chief to the United States to face charges": an
    # extradition, the guideline's COOPERATE; hostages handed over are still released, and
    # are the ones set free)
    text = "MADRID — Spain handed over a former Venezuelan intelligence chief to the United States on Thursday to face drug trafficking charges."
    assert triggered("handed", text) == {("COOPERATE", "ESP", "USA")}
    text = "GAZA — Hamas handed over three Israeli hostages to the Red Cross on Saturday."
    assert coded_as("RETREAT", text) == {("RETREAT", "PSEREBHMS", "ISRCVL")}


def test_a_president_elect_is_of_the_country_named_and_holds_no_office_yet() -> None:
    # ("congratulated the president-elect of Ghana": of Ghana, not of the dateline's country, and
    # an elite on the day, as the guideline codes a person by the role held then)
    text = "ABUJA — Nigeria's opposition congratulated the president-elect of Ghana on his victory."
    assert coded_as("SUPPORT", text) == {("SUPPORT", "NGAOPP", "GHAELI")}


def test_an_act_on_a_vehicle_carrying_people_is_on_them() -> None:
    # ("intercepted a boat carrying 120 Haitian migrants", "ambushed a convoy carrying the
    # governor": acted on are the people carried)
    text = "MIAMI — The U.S. Coast Guard intercepted a boat carrying 120 Haitian migrants off the Florida Keys."
    assert coded(text) == {("COERCE", "USACOP", "HTIREF")}
    text = "ABUJA — Gunmen ambushed a convoy carrying the governor of Benue state, officials said."
    assert triggered("ambushed", text) == {("ASSAULT", "NGAREB", "NGAGOV")}


def test_a_day_after_a_participle_describing_the_object_is_the_verbs() -> None:
    # ("intercepted a boat carrying 120 migrants off the Keys on Saturday": the parser hangs the
    # day on "carrying"; the interception was on Saturday)
    text = "MIAMI — The U.S. Coast Guard intercepted a boat carrying 120 Haitian migrants off the Florida Keys on Saturday."
    assert [e.to_dict()["date"] for e in events(text, published=PUB, settings=ALL)] == ["2019-11-16"]


def test_a_day_on_the_subject_dates_the_act_when_the_verbs_phrases_name_none() -> None:
    # ("The U.N. human rights chief on Tuesday called on Venezuelan authorities": "on Venezuelan
    # authorities" is the verb's phrase of "on" and names no day; the day hung on the subject
    # dates the appeal)
    text = "GENEVA — The U.N. human rights chief on Tuesday called on Venezuelan authorities to release hundreds of detainees."
    assert [e.to_dict()["date"] for e in events(text, published=PUB, settings=ALL) if e.trigger == "called"] == ["2019-11-19"]


def test_one_a_participle_describes_naming_no_actor_leaves_no_place_for_target() -> None:
    # ("sanctions on two settlers and an outpost accused of violence against Palestinians in the
    # West Bank": the outpost is the one accused; it names no actor, and the West Bank, where,
    # is not accused)
    text = ("WASHINGTON — The United States on Friday imposed sanctions on two Israeli settlers and an outpost accused "
            "of violence against Palestinians in the occupied West Bank.")
    assert coded_as("ACCUSE", text) == set()
    assert coded_as("SANCTION", text) == {("SANCTION", "USA", "ISRCVL")}


def test_the_one_a_sanction_is_done_to_is_not_the_one_condemned() -> None:
    # ("Russia condemned the expulsion of two Russian journalists", "the new sanctions on Russian
    # banks": the journalists and the banks are whom it was done to, not whom Russia condemns;
    # with no doer named, no one is)
    for text in ("MOSCOW — Russia condemned the expulsion of two Russian journalists on Monday.",
                 "MOSCOW — Russia condemned the new sanctions on Russian banks on Monday."):
        assert triggered("condemned", text) == {("ACCUSE", "RUS", None)}
    text = "MOSCOW — Russia condemned the EU's new sanctions on Russian banks on Monday."
    assert triggered("condemned", text) == {("ACCUSE", "RUS", "IGOEUREEC")}


def test_what_a_free_relative_calls_an_act_is_the_act_criticised() -> None:
    # ("summoned the German ambassador to protest what it called the hostile expulsion of two
    # Russian journalists": what is called hostile is an expulsion, and its victims are not the
    # ones criticised)
    text = ("MOSCOW — Russia's Foreign Ministry summoned the German ambassador on Monday to protest what it called the "
            "hostile expulsion of two Russian journalists.")
    assert coded(text) == {("ACCUSE", "RUSGOV", "DEUGOV")}


def test_hours_after_a_vote_is_a_time_not_what_decided_the_act() -> None:
    # ("Hours after the vote, riot police fired rubber bullets at crowds": a phrase measured from
    # the vote is when, not a vote that decided the act, as "ousted in a no-confidence vote" is)
    text = ("Hours after the vote, riot police fired rubber bullets at crowds that had gathered outside the electoral "
            "commission in Maputo, witnesses told reporters.")
    assert triggered("fired", text) == {("COERCE", "MOZCOP", "MOZCVL")}
    text = "LIMA — Peru's president was ousted in a no-confidence vote on Friday."
    assert coded(text) == set()


def test_the_verb_after_a_subjects_relative_clause_is_the_sentences() -> None:
    # ("The opposition leader, who has been in hiding since the July election, called on the armed
    # forces ...": the parser makes "leader" the root and "called" a clause on "election")
    text = ("CARACAS — The Venezuelan opposition leader, who has been in hiding since the July election, called on the "
            "armed forces to stand with the people.")
    assert coded(text) == {("REQUEST", "VENOPP", "VENMIL")}


def test_grilling_someone_is_disapproval() -> None:
    # (the verb dictionary's GRILL [110])
    text = "ISLAMABAD — The Supreme Court on Friday grilled the election commission over its failure to hold polls in Punjab."
    assert coded(text) == {("ACCUSE", "PAKJUD", "PAKGOV")}


def test_a_thing_a_country_runs_by_a_hyphen_is_that_countrys() -> None:
    # ("raided four Serbian-run municipal offices": offices Serbia runs are Serbia's, as "offices
    # run by Serbia" and "a Greek-owned tanker" are)
    text = "PRISTINA — Kosovo police raided four Serbian-run municipal offices in the north on Friday."
    assert coded(text) == {("COERCE", "XKXCOP", "SRB")}


def test_a_plural_noun_opening_a_sentence_is_a_common_noun() -> None:
    # ("BAGHDAD — Rockets hit the U.S. embassy compound": the tagger reads "Rockets" as a name,
    # and no rule knew the weapon; rockets with no one named behind them leave the source empty)
    text = "BAGHDAD — Rockets hit the U.S. embassy compound in Baghdad on Sunday, officials said."
    assert coded(text) == {("ASSAULT", None, "USAGOV")}
    rockets = next(t for t in nlp.parse(text) if t.text == "Rockets")
    assert (rockets.lemma_, rockets.pos_) == ("rocket", "NOUN")


def test_a_place_whose_name_holds_another_places_is_itself() -> None:
    # ("Police in Port of Spain", which the model reads as two places, "Port" and "Spain", are
    # Trinidad's; a man detained in Guinea-Bissau is of Guinea-Bissau, not of Guinea)
    text = "Police in Port of Spain arrested two men on Sunday after a shooting at a bar."
    assert coded(text) == {("COERCE", "TTOCOP", "TTOCVL")}
    text = "A court in Port of Spain jailed a man for life on Monday."
    assert coded(text) == {("SANCTION", "TTOJUD", "TTOCVL")}
    text = "Soldiers detained a man in Guinea-Bissau on Friday, his lawyer said."
    assert coded(text) == {("COERCE", "GNBMIL", "GNBCVL")}


def test_a_subject_hung_on_an_auxiliary_is_its_verbs() -> None:
    # ("Oman and Qatar are mediating between ...": the parser hangs the subject on "are", and
    # the mediation had no one doing it)
    text = "Oman and Qatar are mediating between Iran and the United States."
    assert coded(text) == {("CONSULT", a, b) for a in ("OMN", "QAT") for b in ("IRN", "USA")}
    oman = nlp.parse(text)[0]
    assert (oman.dep_, oman.head.text) == ("nsubj", "mediating")


def test_a_city_where_something_happens_is_not_what_the_alliance_refers_to() -> None:
    # ("NATO defence ministers gathered in Brussels ... The alliance pledged": Brussels, which
    # stands for the EU where it acts, is there where the ministers met, and "the alliance" is
    # NATO)
    text = ("BRUSSELS — NATO defence ministers gathered in Brussels on Thursday. "
            "The alliance pledged to send more air defence systems to Kyiv.")
    assert coded(text) == {("AGREE", "IGOWSTNAT", "UKR")}
    text = "Hungary's envoy in Brussels criticised the EU on Friday. The bloc rejected the criticism."
    assert triggered("rejected", text) == {("REJECT", "IGOEUREEC", "HUNGOV")}


def test_him_may_stand_for_one_worker_or_one_migrant() -> None:
    # ("detained a British aid worker ... The group accused him": a worker, a migrant, a farmer
    # named by a singular noun is one person; "them" still stands for the fishermen)
    text = "KABUL — The Taliban detained a British aid worker in Kabul on Friday. The group accused him of spying."
    assert triggered("accused", text) == {("ACCUSE", "AFGREBTAL", "GBRLAB")}
    text = "ATHENS — Greek police arrested a Syrian migrant on Tuesday. A court later charged him with smuggling."
    assert triggered("charged", text) == {("ACCUSE", "GRCJUD", "SYRREF")}
    text = "KISUMU — Ugandan police arrested 14 Kenyan fishermen on Lake Victoria, accusing them of fishing illegally."
    assert triggered("accusing", text) == {("ACCUSE", "UGACOP", "KENAGR")}


def test_a_date_closing_joined_verbs_dates_each() -> None:
    # ("Gunmen torched a police station and freed dozens of inmates on Saturday": both acts were
    # on Saturday; a verb with a date of its own keeps it)
    text = "PORT-AU-PRINCE — Gunmen torched a police station and freed dozens of inmates on Saturday."
    evs = events(text, published="2026-11-20", settings=ALL)
    assert sorted((e.plover, e.date) for e in evs) == [("ASSAULT", "2026-11-14"), ("RETREAT", "2026-11-14")]
    text = "PORT-AU-PRINCE — Police arrested a man on Friday and charged him with murder on Saturday."
    evs = events(text, published="2026-11-21", settings=ALL)
    assert sorted((e.plover, e.date) for e in evs) == [("ACCUSE", "2026-11-21"), ("COERCE", "2026-11-20")]


def test_a_term_of_prison_names_no_one_sentenced() -> None:
    # ("sentenced a Nobel Peace Prize laureate to 10 years in prison": the prison is where the
    # term is served, not the one sentenced; one joined to the term is a second one sentenced)
    text = "MINSK — A Belarusian court sentenced a Nobel Peace Prize laureate to 10 years in prison."
    assert coded(text) == set()
    text = "MINSK — A Belarusian court sentenced a Nobel Peace Prize laureate to life in prison."
    assert coded(text) == set()
    text = "MINSK — A Belarusian court sentenced a Nobel laureate to five years in prison and an opposition activist to three years."
    assert triggered("sentenced", text) == {("SANCTION", "BLRJUD", "BLROPP")}


def test_a_subordinator_read_as_a_preposition_leaves_its_clause_a_subject() -> None:
    # ("summoned the British ambassador after London imposed new sanctions": the parser makes
    # "London" the object of "after", and the sanctions had no one imposing them)
    text = "TEHRAN — Iran summoned the British ambassador after London imposed new sanctions on Iranian officials."
    assert coded(text) == {("ACCUSE", "IRN", "GBRGOV"), ("SANCTION", "GBR", "IRNGOV")}
    london = next(t for t in nlp.parse(text) if t.text == "London")
    assert (london.dep_, london.head.text) == ("nsubj", "imposed")


def test_force_on_the_last_assailant_is_not_the_attack_named_again() -> None:
    # ("opened fire ..., killing two guards, before a police officer shot him dead. Cuba's
    # foreign ministry condemned the attack": the officer's shot answers the attack; the attack
    # condemned is the migrant's)
    text = ("MIAMI — A Cuban migrant opened fire at a marina on Friday, killing two guards, before a police officer shot "
            "him dead. Cuba's foreign ministry condemned the attack.")
    assert triggered("condemned", text) == {("ACCUSE", "CUBGOV", "CUBREF")}


def test_one_person_named_by_nationality_does_not_move_the_story() -> None:
    # ("MIAMI — A Cuban migrant opened fire ... Cuba's foreign ministry condemned the attack": a
    # man named by his nationality is who he is, a visitor where the story is filed; the guards
    # and the officer are the dateline's)
    text = ("MIAMI — A Cuban migrant opened fire at a marina on Friday, killing two guards, before a police officer shot "
            "him dead. Cuba's foreign ministry condemned the attack.")
    assert triggered("killing", text) == {("ASSAULT", "CUBREF", "USACOP")}
    assert triggered("shot", text) == {("ASSAULT", "USACOP", "CUBREF")}


def test_a_clause_on_the_place_of_an_attack_tells_the_attack() -> None:
    # ("claimed responsibility for a suicide bombing at a hotel in Kabul that killed 40 people",
    # the clause hung by the parser on the place: the bombing killed them, not Kabul)
    text = "KABUL — The Taliban claimed responsibility for a suicide bombing at a hotel in Kabul that killed 40 people."
    assert coded(text) == {("ASSAULT", "AFGREBTAL", "AFGCVL")}
    text = "NAIROBI — Al-Shabaab claimed responsibility for a suicide bombing at a hotel in Nairobi that killed 21 people."
    assert coded(text) == {("ASSAULT", "SOMREBSHB", "KENCVL")}


def test_one_backed_by_anothers_forces_is_helped_in_arms() -> None:
    # (the verb dictionary's BACK * (BY &MILITARY), (BY FORCES), (BY TROOPS), 062: "troops backed
    # by Rwandan forces"; backed by a state, "rebels backed by Rwanda", says who they are)
    text = "MAPUTO — Mozambican troops backed by Rwandan forces killed 15 insurgents in Cabo Delgado, the defence ministry said."
    assert triggered("backed", text) == {("COOPERATE", "RWAMIL", "MOZMIL")}
    text = "KINSHASA — M23 rebels, backed by Rwandan troops, captured the town of Sake on Monday."
    assert triggered("backed", text) == {("COOPERATE", "RWAMIL", "CODREBM23")}
    text = "KINSHASA — M23 rebels, backed by Rwanda, captured the town of Sake on Monday."
    assert triggered("backed", text) == set()


def test_a_refusal_does_not_reach_what_someone_is_accused_of() -> None:
    # ("denied bail to a man accused of shooting a police officer": the bail is refused; the man
    # is accused, and the shooting alleged, whatever the judge refuses)
    text = "CHICAGO — A Cook County judge on Monday denied bail to a man accused of shooting a police officer during a traffic stop."
    assert coded_with_modality(None, text) == {("REJECT", "USAJUD", "USACVL", "asserted"), ("ACCUSE", None, "USACVL", "asserted"),
                                               ("ASSAULT", "USACVL", "USACOP", "reported")}


def test_vandalism_destroys_property() -> None:
    # (the verb dictionary's VANDALISE, VANDALIZE 1712, and RANSACK 190, a home or an office
    # ransacked 1712: force, not property seized)
    text = "DHAKA — Protesters vandalised the offices of the ruling party in Dhaka on Sunday."
    assert coded(text) == {("ASSAULT", "BGDCVL", "BGDPTY")}
    text = "LA PAZ — Looters ransacked the homes of two ministers in La Paz overnight."
    assert coded(text) == {("ASSAULT", "BOLCRM", "BOLGOV")}


def test_a_refusal_to_work_with_an_act_named_again_is_aimed_at_its_doer() -> None:
    # ("Italian prosecutors opened an investigation ... The Libyan coast guard refused to
    # cooperate with the investigation": the refusal answers the prosecutors)
    text = ("ROME — Italian prosecutors opened an investigation into the shipwreck on Monday. The Libyan coast guard "
            "refused to cooperate with the investigation.")
    assert triggered("refused cooperate", text) == {("REJECT", "LBYCOP", "ITAJUD")}


def test_a_headlines_verb_read_as_a_noun_is_a_verb() -> None:
    # ("Protesters storm parliament in Serbia": the tagger reads "storm" as the weather, a noun
    # with a subject and an object)
    text = "Protesters storm parliament in Serbia as anger over canopy collapse grows"
    assert coded(text) == {("PROTEST", "SRBCVL", "SRBLEG")}
    storm = nlp.parse(text)[1]
    assert (storm.pos_, storm.tag_, storm.lemma_) == ("VERB", "VBP", "storm")


def test_a_headlines_subjects_listed_with_a_comma_are_joined() -> None:
    # ("US, UK strike Houthi targets in Yemen": a headline's comma is prose's "and"; the parser
    # leaves the first name unattached)
    text = "US, UK strike Houthi targets in Yemen"
    assert coded(text) == {("ASSAULT", "USA", "YEMREBHOU"), ("ASSAULT", "GBR", "YEMREBHOU")}
    text = "Ethiopia, Eritrea sign peace deal ending two decades of hostility"
    assert coded(text) == {("AGREE", "ETH", "ERI")}


def test_a_headlines_objects_listed_with_a_comma_are_joined() -> None:
    # ("UN chief urges Israel, Hamas to agree ceasefire": both are urged; the parser makes
    # Hamas the subject of the infinitive)
    text = "UN chief urges Israel, Hamas to agree ceasefire"
    assert coded(text) == {("REQUEST", "IGOUNO", "ISR"), ("REQUEST", "IGOUNO", "PSEREBHMS")}


def test_a_headlines_bare_nouns_listed_with_a_comma_are_joined() -> None:
    # ("Egyptian court jails journalist, activist for spreading false news": a list, read as an
    # apposition; prose's apposition has its article, "the journalist, an activist")
    text = "Egyptian court jails journalist, activist for spreading false news"
    assert coded(text) == {("SANCTION", "EGYJUD", "EGYMED"), ("SANCTION", "EGYJUD", "EGYOPP")}
    text = "CAIRO — An Egyptian court jailed the journalist, an activist, for spreading false news."
    assert coded(text) == {("SANCTION", "EGYJUD", "EGYMED")}


def test_a_count_arrested_is_that_many_people() -> None:
    # ("Kenyan police arrested 12 over the hotel attack": twelve people, of where it was done, as
    # "killed 12" is)
    text = "NAIROBI — Kenyan police arrested 12 over the hotel attack on Sunday."
    assert coded(text) == {("COERCE", "KENCOP", "KENCVL")}
    text = "LAHORE — Police detained 40 after clashes outside the court."
    assert coded(text) == {("COERCE", "PAKCOP", "PAKCVL")}


def test_a_part_of_a_day_and_into_a_day_date_the_act() -> None:
    # ("shelled Kharkiv in the early hours of Thursday", "overnight into Wednesday": the day the
    # part is of, the day the night ran into)
    for text, day in (("KYIV — Russian forces shelled Kharkiv in the early hours of Thursday, killing two people.", "2026-11-19"),
                      ("KYIV — Russian forces shelled Kharkiv overnight into Wednesday, killing two people.", "2026-11-18")):
        evs = events(text, published="2026-11-20", settings=ALL)
        assert {e.date for e in evs if e.trigger == "shelled"} == {day}


def test_air_defences_are_armed_forces() -> None:
    # ("its air defences had shot down 45 Ukrainian drones": the forces of the ministry's
    # country, not the ministry; "air defence systems" sent are still what is sent)
    text = "MOSCOW — Russia's defence ministry said its air defences had shot down 45 Ukrainian drones over several regions overnight."
    assert coded(text) == {("ASSAULT", "RUSMIL", "UKRMIL")}
    text = "WASHINGTON — The United States will send air defence systems to Ukraine."
    assert coded(text) == {("AGREE", "USA", "UKR")}


def test_a_leaders_rival_is_of_the_opposition() -> None:
    # ("Erdogan's main rival was detained": of the opposition, as "Putin's fiercest critic" is;
    # not the leader himself, nor no one)
    for text in ("ANKARA — Erdogan's main rival was detained on Wednesday in a corruption investigation.",
                 "ANKARA — The main rival of President Erdogan was detained on Wednesday."):
        assert coded(text) == {("COERCE", None, "TUROPP")}
    text = "MEXICO CITY — Rival gangs clashed with soldiers in Culiacan on Monday."
    assert coded(text) == {("ASSAULT", "MEXCRM", "MEXMIL")}


def test_what_is_told_before_its_saying_is_all_what_is_said() -> None:
    # ("'The attacker was stopped at the gate but detonated his explosives,' a police spokesman
    # said": the attacker detonated them, not the spokesman; a second act beside the saying is
    # joined after "said", as in "said the government was falling apart and called for an
    # election")
    text = 'KABUL — "The attacker was stopped at the gate but detonated his explosives," a police spokesman said.'
    evs = events(text, published=PUB, settings=ALL)
    assert not [e for e in evs if e.trigger == "detonated" and e.source is not None and e.source.role == "COP"]
    text = "Kenya has restored diplomatic ties with and reopened its embassy in Mogadishu, the foreign ministry said on Monday."
    assert coded_as("SUPPORT", text) == {("SUPPORT", "KEN", "SOM")}


def test_a_countrys_mission_does_not_set_a_sentence_in_that_country() -> None:
    # ("Protesters set fire to the Swedish embassy in Baghdad": an embassy stands in another
    # country than its own, so the protesters are of the one place the sentence names)
    text = "Protesters set fire to the Swedish embassy in Baghdad early on Thursday."
    assert coded(text) == {("ASSAULT", "IRQCVL", "SWEGOV")}
    text = "Police fired tear gas at protesters outside the Swedish embassy in Baghdad."
    assert coded(text) == {("COERCE", "IRQCOP", "IRQCVL")}


def test_a_stance_in_a_phrase_of_whose_is_no_country_of_it() -> None:
    # ("killed a senior commander of an Iran-backed militia", in a story from Baghdad: the
    # militia is backed by Iran, not Iran's; the commander is of the militia)
    text = ("BAGHDAD — A drone strike on a car near Baghdad airport killed a senior commander of an Iran-backed militia, "
            "Iraqi security officials said.")
    assert coded(text) == {("ASSAULT", None, "IRQREB")}


def test_duties_laid_on_goods_are_a_trade_penalty() -> None:
    # ("prompting Ottawa to retaliate with duties on American goods": duties on a country's goods
    # are tariffs, CAMEO 163; a duty with no "on" is an obligation)
    text = ("WASHINGTON — The United States imposed 25 percent tariffs on Canadian steel on Tuesday, prompting Ottawa to "
            "retaliate with duties on American goods.")
    assert coded(text) == {("SANCTION", "USA", "CAN"), ("SANCTION", "CAN", "USA")}
    assert coded("GENEVA — States have a duty to protect civilians, the UN said.") == set()


def test_an_act_said_to_stop_is_not_done() -> None:
    # ("stopped firing rockets at Israel", "would stop kidnapping civilians": what is stopped is
    # not done; CAMEO's verb dictionary files stopping an attack, gunfire, shelling or fighting
    # under 087/0871, de-escalation, aimed at whom the force was used on)
    text = "GAZA CITY — Hamas stopped firing rockets at Israel on Monday."
    assert coded(text) == {("RETREAT", "PSEREBHMS", "ISR")}
    text = "Russia stopped bombing Idlib after the deal was signed."
    assert coded(text) == {("RETREAT", "RUS", "SYR")}
    text = "BOGOTA — The ELN rebels said they would stop kidnapping Colombian civilians."
    assert not coded_as(("THREATEN", "ASSAULT"), text)
    text = "NAIROBI — Kenyan police stopped arresting protesters in Nairobi last week."
    assert not coded_as("COERCE", text)


def test_ceasing_attacks_is_de_escalation() -> None:
    # ("agreed to cease attacks on Israel": the cessation agreed, an intent to de-escalate, not
    # the attacks; "ceased its shelling of the town" the de-escalation itself)
    text = "CAIRO — Hamas agreed on Tuesday to cease attacks on Israel."
    evs = events(text, published=PUB, settings=ALL)
    assert keyed(evs) == {("AGREE", "PSEREBHMS", "ISR")}
    assert {e.cameo for e in evs} == {"0356"}
    text = "JERUSALEM — Israel ceased its shelling of Gaza on Monday, officials said."
    assert coded(text) == {("RETREAT", "ISR", "PSE")}


def test_where_words_are_said_is_no_target() -> None:
    # ("negotiators said in Havana", "condemned the strike at a news conference in Baghdad": a
    # statement or a reproach is made to someone; the place it is made in is where, not whom)
    text = ("BOGOTA — Colombia's government and the ELN rebel group agreed on Friday to extend a bilateral ceasefire "
            "by six months, negotiators said in Havana.")
    evs = events(text, published=PUB, settings=ALL)
    assert not [e for e in evs if e.target is not None and e.target.country == "CUB"]
    text = "The Pakistani foreign minister said in Kabul that talks would resume."
    assert not [e for e in events(text, published=PUB, settings=ALL) if e.target is not None]
    text = "Iran's foreign minister condemned the strike at a news conference in Baghdad."
    assert coded(text) == {("ACCUSE", "IRNGOV", None)}
    # (a place force is used on is still its target, and refuge sought "in" a country is asked
    # of it)
    assert coded("Turkish jets bombed Kurdish positions in Iraq on Monday.") == {("ASSAULT", "TURMIL", "IRQ")}
    assert coded("Hundreds of Afghan families sought asylum in Pakistan last year.") == {("REQUEST", "AFGCVL", "PAK")}


def test_a_gunfight_is_force_between_its_sides() -> None:
    # ("a gunfight between police and bandits": one with a gunbattle and a firefight, the verb
    # dictionary's ENGAGE * (IN GUNFIGHT))
    text = "ABUJA, Nigeria — A gunfight between police and bandits in Zamfara state left four officers dead on Sunday, officials said."
    assert coded(text) == {("ASSAULT", "NGACOP", "NGACRM")}


def test_a_day_hung_on_the_manner_of_a_verb_is_the_verbs() -> None:
    # ("sentenced him to death in absentia on Monday", the day hung by the parser on
    # "absentia"): the sentence was passed on Monday, not in the year of the crackdown the crimes
    # were done in
    text = ("DHAKA — A court in Bangladesh sentenced a former prime minister to death in absentia on Monday for crimes "
            "against humanity during last year's crackdown on student protesters.")
    evs = events(text, published=PUB, settings=ALL)
    assert {e.date for e in evs if e.trigger == "sentenced"} == {"2019-11-18"}


def test_a_court_that_sentences_during_a_crackdown_did_not_run_it() -> None:
    # ("police arrested six people during a raid": the ones who act in the field in a raid run
    # it; a court that sentences someone "during last year's crackdown" ran none)
    text = ("DHAKA — A court in Bangladesh sentenced a former prime minister to death in absentia on Monday for crimes "
            "against humanity during last year's crackdown on student protesters.")
    assert coded(text) == {("SANCTION", "BGDJUD", "BGDELI")}
    text = "NAIROBI — Kenyan police arrested six people during a raid on a market in Nairobi on Monday."
    assert coded(text) == {("COERCE", "KENCOP", "KENCVL")}


def test_swearing_someone_in_is_no_promise() -> None:
    # ("lawmakers swore in the head of Congress as interim president": an office taken up, which
    # the guideline counts as no event; "swore to attack American forces" is a vow)
    text = "LIMA — Lawmakers swore in the head of Congress as interim president on Thursday."
    assert coded(text) == set()
    text = "LIMA — Peru's Congress voted on Thursday to remove the president from office, and lawmakers swore in the head of Congress as interim president."
    assert coded_as("AGREE", text) == set()
    assert coded("KABUL — The Taliban swore to attack American forces.") == {("THREATEN", "AFGREBTAL", "USAMIL")}


def test_a_city_that_stands_for_an_organisation_named_as_where_sets_the_story_there() -> None:
    # ("farmers drove tractors into central Brussels": Brussels, which stands for the EU where it
    # acts, is there a Belgian city, so the farmers and the police are Belgium's)
    text = "Hundreds of farmers drove tractors into central Brussels on Thursday. Police used water cannon against the farmers."
    assert coded(text) == {("COERCE", "BELCOP", "BELAGR")}


def test_them_is_not_the_city_they_went_into() -> None:
    # ("drove tractors into central Brussels. Police fired water cannon at them": the farmers,
    # not the EU the city stands for)
    text = "Hundreds of farmers drove tractors into central Brussels on Thursday. Police fired water cannon at them."
    assert coded(text) == {("COERCE", "BELCOP", "BELAGR")}


def test_what_one_has_yet_to_do_is_not_done_nor_refused() -> None:
    # ("the junta has yet to release the president", "police are yet to arrest anyone"): not done
    # so far, and no refusal (REJECT comes only from words of refusal)
    for text in ("NIAMEY — The junta has yet to release the ousted president.",
                 "ISLAMABAD — Police are yet to arrest anyone over the attack on the convoy."):
        evs = events(text, published=PUB, settings=ALL)
        assert evs and {e.modality for e in evs} == {"negated"}
        assert not [e for e in evs if e.plover == "REJECT"]


def test_one_who_remains_detained_is_no_new_detention() -> None:
    # ("the president, who remains detained in the palace": a state that goes on, as "remain in
    # custody" is, no act done; nor does the negation of the clause around it reach it)
    text = "NIAMEY — The junta did not release the ousted president, who remains detained in the palace."
    assert not coded_as("COERCE", text)
    text = "NAIROBI — Five protesters remained detained at a police station in Nairobi on Monday."
    assert not coded_as("COERCE", text)


def test_a_verdict_called_politically_motivated_is_a_reproach() -> None:
    # ("called the verdict politically motivated": the predicate with its adverb is the name the
    # reproach gives it, as in "said the verdict was politically motivated")
    text = ("DHAKA — A court sentenced the former prime minister to death on Monday. "
            "Her party called the verdict politically motivated and said it would appeal.")
    assert coded_as("ACCUSE", text) == {("ACCUSE", "BGDPTY", "BGDJUD")}


def test_forces_sent_around_a_country_are_shown_to_it() -> None:
    # ("sent 25 warplanes and six navy ships around Taiwan": a show of force at whom the forces
    # are sent around, as "held drills around Taiwan" is; the place hung on the last of the
    # forces sent)
    text = "TAIPEI — China sent 25 warplanes and six navy ships around Taiwan on Thursday, the defence ministry said."
    assert coded(text) == {("MOBILIZE", "CHN", "TWN")}


def test_a_body_for_people_of_a_kind_is_the_body() -> None:
    # ("refugee charities", "police unions": the word before the body says whom it is for and
    # names no actor of its own; one act, by the body)
    text = "LONDON — The Home Office deported 45 Albanian nationals on Tuesday. Police unions condemned the deportations."
    evs = events(text, published=PUB, settings=ALL)
    assert {e.source.code for e in evs if e.plover == "ACCUSE" and e.source is not None} == {"GBRLAB"}
    text = "LONDON — The Home Office deported 45 Albanian nationals on Tuesday. Refugee charities criticised the removals."
    evs = events(text, published=PUB, settings=ALL)
    assert {e.source.code for e in evs if e.plover == "ACCUSE" and e.source is not None} == {"NGO"}


def test_the_day_of_an_occasion_an_act_was_done_during_is_the_acts() -> None:
    # ("shot dead two Palestinians during a raid on the camp on Tuesday", the day hung on the
    # raid; "killed 17 soldiers in an attack on an army post on Sunday"): the act's day, as "in
    # 2021" of "during a traffic stop in 2021" already was
    text = ("JERUSALEM — Israeli troops shot dead two Palestinians during a raid on the Jenin refugee camp on Tuesday, "
            "the Palestinian health ministry said.")
    evs = events(text, published=PUB, settings=ALL)
    assert {e.date for e in evs if e.trigger == "shot"} == {"2019-11-19"}
    text = "BAMAKO — Gunmen killed at least 17 soldiers in an attack on an army post in central Mali on Sunday, the army said on Monday."
    evs = events(text, published=PUB, settings=ALL)
    assert {e.date for e in evs if e.trigger == "killed"} == {"2019-11-17"}


def test_a_dateline_after_a_titles_full_stop_is_no_clauses_subject() -> None:
    # ("Police clash with protesters. NAIROBI — Kenyan police fired ...", a title and a dateline
    # in one line): the city in capitals with its dash right after the title's full stop is the
    # dateline, not a second doer of the acts (which were each coded twice, once by Kenya)
    from tidings.nlp import datelines
    text = ("Police clash with anti-government protesters. NAIROBI — Kenyan police fired tear gas at protesters "
            "in Nairobi on Tuesday, killing at least two people, a rights group said.")
    assert [m.group("city") for m in datelines(text)] == ["NAIROBI"]
    assert coded_as("ASSAULT", text) == {("ASSAULT", "KENCOP", "KENCVL")}
    # (and a page's label before its title is no dateline: "WATCH:" is no city)
    assert [m.group("city") for m in datelines("WATCH: Police clash with protesters. NAIROBI — Police fired tear gas.")] == ["NAIROBI"]


def test_an_act_a_headline_tells_and_the_lead_tells_again_is_one_event() -> None:
    # (the guideline: the same act told twice, headline then body, is coded once, at its first
    # telling; the day and place the body gives are the act's)
    text = ("Gunmen kill 12 villagers in Burkina Faso attack\n\nOUAGADOUGOU — Suspected jihadists killed 12 civilians in an attack "
            "on a village in northern Burkina Faso on Saturday, security sources said.")
    evs = [e for e in events(text, published=PUB, settings=ALL) if e.plover == "ASSAULT"]
    assert len(evs) == 1
    assert (evs[0].sentence_index, evs[0].date) == (0, "2019-11-16")
    # (an act of another kind by the same side is another event)
    text = ("Police arrest 30 protesters in Nairobi\n\nNAIROBI — Kenyan police arrested 30 protesters in Nairobi on Monday "
            "and fired tear gas at the crowd, witnesses said.")
    assert {e.plover for e in events(text, published=PUB, settings=ALL)} == {"COERCE"}
    assert len(events(text, published=PUB, settings=ALL)) == 2


def test_sides_named_together_do_not_praise_each_other() -> None:
    # (praise, an apology or forgiveness is given by one side to another, CAMEO 051, 055, 056:
    # "France and Saudi Arabia welcomed the vote" praise no one named, not each other; an
    # agreement signed is between them)
    text = ("BEIRUT — Lebanon's parliament elected the army chief as president on Thursday. "
            "France and Saudi Arabia welcomed the vote.")
    assert not [e for e in events(text, published=PUB, settings=ALL) if e.plover == "SUPPORT" and e.target is not None
                and e.target.country in ("FRA", "SAU")]
    text = "NAIROBI — Britain and France praised Kenya on Monday for its role in the talks."
    assert coded(text) == {("SUPPORT", "GBR", "KEN"), ("SUPPORT", "FRA", "KEN")}
    text = "ANKARA — Turkey and Iraq signed a security agreement on Monday."
    assert coded_as("AGREE", text) == {("AGREE", "TUR", "IRQ")}


def test_a_coalition_of_groups_is_of_the_groups_not_foreign() -> None:
    # ("a coalition of rebel groups": made of the groups, whose country is the story's; a
    # "coalition" before an agent noun, "coalition troops", is still no country's)
    text = "JUBA, South Sudan — A coalition of rebel groups attacked an army base on Thursday."
    assert coded(text) == {("ASSAULT", "SSDREB", "SSDMIL")}
    text = "JUBA, South Sudan — The government signed a peace deal with a coalition of rebel groups on Thursday."
    assert coded(text) == {("AGREE", "SSDGOV", "SSDREB")}
    text = "KABUL — Coalition troops killed two civilians in Helmand on Monday."
    assert not source_codes(text, "ASSAULT") & {"AFGMIL"}


def test_a_participles_object_pronoun_is_not_its_clauses_subject() -> None:
    # ("suspended talks with a rebel faction, accusing it of killing soldiers": the participle's
    # doer is the clause's subject, and its object pronoun is someone else, here the faction,
    # one body, which "it" may stand for; not the president, who became the killer)
    text = "BOGOTA — Colombia's president suspended talks with a rebel faction on Friday, accusing it of killing four soldiers."
    assert coded_as("ACCUSE", text) == {("ACCUSE", "COLGOV", "COLREB")}
    assert coded_as("ASSAULT", text) == {("ASSAULT", "COLREB", "COLMIL")}
    # (and the one accused of a crime a noun names is someone too: "accusing it of war crimes",
    # told after an infinitive's clause: the one who asked accuses)
    text = ("THE HAGUE — Ukraine asked the World Court on Monday to order Russia to halt its attacks on power plants, "
            "accusing it of war crimes.")
    assert coded_as("ACCUSE", text) == {("ACCUSE", "UKR", "RUS")}
    # (a plural the parser tags as one, "the gunmen", is several: "them")
    text = ("KUALA LUMPUR — The gunmen opened fire on a patrol boat off Sabah on Monday, and Malaysian police returned fire, "
            "killing two of them, officials said.")
    assert ("ASSAULT", "MYSCOP", "MYSCOP") not in coded_as("ASSAULT", text)


def test_where_force_came_from_is_not_whom_it_was_aimed_at() -> None:
    # ("a missile fired from Yemen at Eilat": "from" after an act of force names where it came
    # from, and "at" whom it was aimed at; the territory taken "from" someone is still theirs)
    text = "JERUSALEM — Israel's military said on Thursday it had intercepted a missile fired from Yemen at the city of Eilat."
    assert coded_as("ASSAULT", text) <= {("ASSAULT", None, "ISR")}
    assert not [e for e in events(text, published=PUB, settings=ALL) if e.target is not None and e.target.country == "YEM"]
    text = "BEIRUT — Rockets fired from Lebanon struck the Israeli town of Kiryat Shmona on Monday."
    assert not [e for e in events(text, published=PUB, settings=ALL) if e.target is not None and e.target.country == "LBN"]
    text = "YANGON — Rebels seized a town from the army on Monday."
    assert coded_as("COERCE", text) == {("COERCE", "MMRREB", "MMRMIL")}


def test_a_protest_is_aimed_at_whom_its_protesters_accuse_or_make_demands_of() -> None:
    # (a protest's target is whom it is against; when the protesters accuse someone or make a
    # demand of someone in the same breath, it is they, not the city the protest is held in)
    text = "LIMA — Thousands of teachers marched in Lima on Thursday, accusing the education ministry of breaking its promises."
    assert coded_as("PROTEST", text) == {("PROTEST", "PEREDU", "PERGOV")}
    text = "LAGOS — Traders protested in central Lagos on Monday to demand that the governor reopen the market."
    assert {e.target.code for e in events(text, published=PUB, settings=ALL) if e.plover == "PROTEST" and e.target} == {"NGAGOV"}
    # (a protest whose protesters accuse no one keeps no target)
    text = "LIMA — Thousands of teachers marched in Lima on Thursday, chanting slogans."
    assert coded_as("PROTEST", text) == {("PROTEST", "PEREDU", None)}


def test_a_clause_the_parser_split_in_two_keeps_its_own_subject() -> None:
    # ("lodged a protest after shells fired during the clashes landed inside its territory,
    # wounding two farmers", parsed as two clauses of "lodged", the first with the subject and
    # "after"): the wounding is done by the shells' clause, which names no one, never by the
    # ministry that protested
    text = ("DHAKA — The foreign ministry said it had lodged a protest with Myanmar's ambassador in Dhaka after mortar shells fired "
            "during the clashes landed inside Bangladeshi territory, wounding a boy.")
    assert not [e for e in events(text, published=PUB, settings=ALL) if e.plover == "ASSAULT" and e.source is not None]
    assert coded_as("ACCUSE", text) == {("ACCUSE", "BGDGOV", "MMRGOV")}


def test_a_nationality_word_glued_to_language_names_no_country() -> None:
    # ("French-language education", "the Arabic-language channel", "English-speaking regions": a
    # language, no country, and no actor of France)
    text = ("YAOUNDE — Separatists have enforced a boycott of schools since 2017, saying French-language education is being forced on "
            "them, and have torched dozens of schools that defied it.")
    assert not [e for e in events(text, published=PUB, settings=ALL) if "FRA" in (e.source and e.source.country, e.target and e.target.country)]
    text = "OTTAWA — Protesters in Montreal on Monday accused the province of neglecting French-speaking schools."
    assert not [e for e in events(text, published=PUB, settings=ALL) if "FRA" in (e.source and e.source.country, e.target and e.target.country)]


def test_going_into_anothers_territory_or_waters_takes_it() -> None:
    # (the verb dictionary's INTRUDE * TERRITORY 192, with TRESPASS and ENCROACH: aimed at the one
    # whose territory it is; into its airspace, VIOLATE * AIRSPACE 150)
    text = "HANOI — Vietnam accused Beijing on Monday of encroaching into its waters."
    assert coded_as("COERCE", text) == {("COERCE", "CHN", "VNM")}
    assert {e.modality for e in events(text, published=PUB, settings=ALL) if e.plover == "COERCE"} == {"reported"}
    text = "ATHENS — Greece said on Monday that Turkish fighter jets had intruded into its airspace."
    assert coded_as("MOBILIZE", text) == {("MOBILIZE", "TURMIL", "GRC")}
    # (a verb of no object after a noun is the noun's past tense, misread as a participle, not
    # a passive of one acted on)
    text = "MANILA — Chinese ships intruded into Philippine waters near Scarborough Shoal on Sunday, the coast guard said."
    assert {(e.source and e.source.country, e.target and e.target.country) for e in events(text, published=PUB, settings=ALL)
            if e.plover == "COERCE"} == {("CHN", "PHL")}


def test_a_possessive_reaches_the_subject_a_joined_verb_shares() -> None:
    # ("Vietnam is one of its critics and has accused Beijing of encroaching into its waters":
    # the verb joined to the one with the subject shares it, and is no step further from it)
    text = ("HANOI — Vietnam is one of the region's most vocal critics of Beijing's claims in the South China Sea and has accused "
            "Beijing of encroaching into its waters.")
    assert coded_as("COERCE", text) == {("COERCE", "CHN", "VNM")}


def test_arms_seized_by_assailants_are_of_the_ones_they_assailed() -> None:
    # (arms seized in an assault told in the sentence or the one before are taken from the ones
    # assailed, in one operation, CAMEO 171; not from the ones of an assault a relative clause
    # tells of as known)
    text = ("KABUL — Taliban fighters attacked a police checkpoint in Ghazni on Monday, killing six officers. "
            "The insurgents seized weapons and ammunition, the police said.")
    assert coded_as("COERCE", text) == {("COERCE", "AFGREBTAL", "AFGCOP")}
    text = ("KABUL — The talks were called off after a Taliban bombing that killed an American soldier. "
            "Officials said the Taliban also seized weapons and ammunition in Kunduz.")
    assert not [e for e in events(text, published=PUB, settings=ALL) if e.plover == "COERCE" and e.target is not None
                and e.target.country == "USA"]


def test_what_a_relative_clause_says_of_a_thing_is_nobodys_act() -> None:
    # ("a bill that critics say will curb press freedom", with "that" hung by the parser on
    # "say"): what is said of the one the clause describes is done by it, here a text that
    # does nothing, and never by those who say it
    text = "NAIROBI — Kenya's president signed a bill into law on Monday that critics say will curb press freedom."
    assert not [e for e in events(text, published=PUB, settings=ALL) if e.plover in ("THREATEN", "COERCE")]


def test_talks_told_as_before_what_they_led_to_are_of_its_doers_and_held() -> None:
    # ("agreed to a pause to allow the fighters to withdraw, after talks in Ankara with the US
    # envoy", the "after" hung by the parser on the last infinitive): the talks were held by
    # the one who agreed, and are told as that act is, not as the withdrawal to come
    text = ("ANKARA — Turkey agreed on Thursday to a five-day pause in its offensive to allow Kurdish fighters to withdraw from "
            "the border, after talks in Ankara with the US vice president.")
    evs = [e for e in events(text, published=PUB, settings=ALL) if e.plover == "CONSULT"]
    assert [(e.source and e.source.code, e.target and e.target.code, e.modality) for e in evs] == [("TUR", "USAGOV", "asserted")]
    text = ("DHAKA — India and Bangladesh agreed on Tuesday to set up a committee to negotiate a water treaty, after talks in Dhaka "
            "between India's foreign minister and her Bangladeshi counterpart.")
    evs = [e for e in events(text, published=PUB, settings=ALL) if e.trigger == "talks"]
    assert [(e.plover, e.modality) for e in evs] == [("CONSULT", "asserted")]


def test_one_freed_from_someones_custody_is_freed_by_them() -> None:
    # (a release that names no doer but whose custody the freed were in: the holder frees them,
    # CAMEO 0841; custody of no one named names no doer)
    text = "DHAKA — Three Bangladeshi fishermen were freed on Monday after six weeks in Indian custody."
    assert coded_as("RETREAT", text) == {("RETREAT", "IND", "BGDAGR")}
    text = "DHAKA — Three Bangladeshi fishermen were released from Myanmar army custody on Monday, officials said."
    assert source_codes(text, "RETREAT") == {"MMRMIL"}
    text = "DHAKA — Three Bangladeshi fishermen were released from custody on Monday, officials said."
    assert source_codes(text, "RETREAT") == set()


def test_a_state_of_nigeria_named_as_a_country_is_nigerias() -> None:
    # (a country's name inside a longer proper name gives no country: "Niger State" is one of
    # Nigeria's states; "Niger" alone is still the country)
    text = "ABUJA — Gunmen abducted 20 pupils from a school in Niger State on Monday, police said."
    assert {(k[1] or "")[:3] for k in coded_as("ASSAULT", text)} == {"NGA"}
    assert source_codes("The governor of Niger State condemned the attack on the school.", "ACCUSE") == {"NGAGOV"}
    assert source_codes("NIAMEY — Niger's army said it killed 20 militants near the border with Mali.", "ASSAULT") == {"NERMIL"}


def test_a_range_of_places_names_no_one() -> None:
    # ("from X to Y" after a noun spans places: where the wars are, not whose they are; people
    # placed "from" a country are still its)
    text = "DUBAI — Iran and Saudi Arabia have backed rival factions in conflicts from Yemen to Syria."
    assert not [e for e in events(text, published=PUB, settings=ALL) if e.target is not None]
    text = "NAIROBI — Students from Uganda protested in the city centre on Monday."
    assert source_codes(text, "PROTEST") == {"UGAEDU"}


def test_a_strike_people_are_killed_in_is_force() -> None:
    # (a strike one is killed or dies in is an act of force, not a walkout, as one that kills
    # is: its nationality names the doer of the killing)
    text = "GAZA — A Hamas commander was killed in an Israeli strike on Monday."
    assert coded(text) == {("ASSAULT", "ISR", "PSEREBHMS")}
    text = "SANAA — Six fishermen died in Saudi strikes on the port of Hodeidah on Monday."
    assert {k for k in coded(text) if k[0] == "PROTEST"} == set()
    assert source_codes(text, "ASSAULT") == {"SAU"}
    text = "NAIROBI — Doctors in Kenya began a strike on Monday over unpaid wages."
    assert coded_as("PROTEST", text) == {("PROTEST", "KENHLH", None)}


def test_a_groups_spokesman_is_the_group() -> None:
    # (an agent noun a group of no one country owns, "the group's spokesman", is that group, as
    # an international body's officials are the body: not the country of the officials who
    # tell of him)
    text = ("DAMASCUS — The leader of Islamic State was killed in a raid in Syria, officials in Washington said. "
            "Officials in Washington said the group's spokesman had been killed in a separate strike.")
    assert {k[2] for k in coded_as("ASSAULT", text)} == {"IMGMOSISI"}


def test_a_leader_a_word_for_a_group_qualifies_is_the_groups() -> None:
    # ("the militant leader", after Islamic State was named: the word before the title stands
    # for the group, and the leader is its, not the country of the president who tells of him)
    text = ("DAMASCUS — The leader of Islamic State was killed in a raid by US forces in Syria. "
            "Speaking from the White House, the president said the militant leader had detonated an explosive vest.")
    assert source_codes(text, "ASSAULT") == {"USAMIL", "IMGMOSISI"}


def test_a_call_for_release_reaches_the_holder_the_sentence_names_again() -> None:
    # (a release is asked of whoever holds the one to be released: the doer of the arrest the
    # sentence names again, "condemned the arrest", however many sentences before it was told)
    text = ("SRINAGAR — Police in Kashmir arrested a local journalist on Wednesday, his family said. "
            "The journalist, 29, reports for a news portal in Srinagar. A senior officer said his posts could have incited violence. "
            "The Committee to Protect Journalists condemned the arrest and called for his immediate release.")
    assert coded_as("REQUEST", text) == {("REQUEST", "NGOMEDCPJ", "INDCOP")}
    # (not when nothing names the holding again: a release asked of no one named)
    text = ("SRINAGAR — Police in Kashmir arrested a local journalist on Wednesday, his family said. "
            "The journalist, 29, reports for a news portal in Srinagar. A senior officer said his posts could have incited violence. "
            "The Committee to Protect Journalists called for the immediate release of all reporters.")
    assert coded_as("REQUEST", text) == {("REQUEST", "NGOMEDCPJ", None)}


def test_an_expulsion_from_another_country_is_that_countrys() -> None:
    # (diplomats of one country expelled "from" another, the "from" hung on the diplomats: the
    # country they are put out of expels them, CAMEO 166, as for the verb "were expelled from")
    text = "MOSCOW — Russia expelled two Dutch diplomats on Tuesday in retaliation for the expulsion of Russian diplomats from the Netherlands."
    assert coded_as("SANCTION", text) == {("SANCTION", "RUS", "NLDGOV"), ("SANCTION", "NLD", "RUSGOV")}


def test_an_attack_told_with_its_means_is_force() -> None:
    # (an attack on a person told with a knife or a stabbing is force, CAMEO 18x/19x, not the
    # criticism an unarmed side's attack on a politician is)
    text = "LONDON — A man attacked a Labour MP with a knife at his constituency office on Friday, police said."
    assert {e.cameo[:2] for e in events(text, published=PUB, settings=ALL) if e.trigger == "attacked"} == {"19"}
    text = "CHICAGO — Prosecutors said Derek Malone, 34, attacked Tanya Wells, 29, as she returned home from work, stabbing her a dozen times."
    assert {e.plover for e in events(text, published=PUB, settings=ALL) if e.trigger == "attacked"} == {"ASSAULT"}
    text = "WASHINGTON — Republicans attacked the Speaker on Monday, calling the inquiry a sham."
    assert {e.cameo for e in events(text, published=PUB, settings=ALL) if e.trigger == "attacked"} == {"111"}


def test_the_one_a_participle_acts_on_is_the_other_side_of_the_one_it_describes() -> None:
    # ("remarks by Spain's foreign minister criticising the junta", from Bamako: the junta is
    # the other side of the minister the participle describes, not a Spanish junta)
    text = "BAMAKO, Mali (Reuters) — The decision followed remarks by Spain's foreign minister criticising the junta."
    assert coded_as("ACCUSE", text) == {("ACCUSE", "ESPGOV", "MLIMIL")}


def test_a_peoples_adjective_sets_no_story_where_it_points() -> None:
    # (a people's adjective, "backed by Russian airstrikes", says whose something is, not where
    # the story is: a bureau's story that never names its own country is not set in Russia)
    text = ("BEIRUT (AP) — Syrian government forces backed by Russian airstrikes captured a strategic town on Sunday, "
            "and rebels said they had pulled back.")
    assert not [e for e in events(text, published=PUB, settings=ALL) if e.plover == "RETREAT" and e.source is not None
                and e.source.country == "RUS"]


def test_a_heritage_before_american_is_no_country() -> None:
    # ("Armenian-American activists", "a Mexican-American journalist": Americans of that
    # descent, not Armenia or Mexico; two sides, "Russian-Ukrainian talks", stay two)
    assert coded("WASHINGTON — Armenian-American activists praised the House on Tuesday.") == {("SUPPORT", "USAOPP", "USALEG")}
    assert coded("WASHINGTON — A Mexican-American journalist was arrested in Tijuana on Tuesday.") == {("COERCE", None, "USAMED")}
    assert coded("MOSCOW — Russian-Ukrainian talks resumed in Istanbul on Tuesday.") == {("CONSULT", "RUS", "UKR")}


def test_the_murder_one_is_charged_with_is_theirs() -> None:
    # (a killing named by "murder" whose victim is named, the crime one is charged with: its
    # doer is the one charged, reported as the charge claims; a charge of murder naming no one
    # killed tells no act of its own)
    text = "PORT OF SPAIN — Two men were charged on Friday with the murder of a police officer."
    assert coded_with_modality("ASSAULT", text) == {("ASSAULT", "TTOCVL", "TTOCOP", "reported")}
    assert coded_as("ASSAULT", "PORT OF SPAIN — A man was charged with murder on Friday.") == set()


def test_the_country_is_one_named_before_an_adjective_is() -> None:
    # ("with the help of American air strikes, ... the country's president": "the country"
    # refers back to a country named as itself or by its actors before one named only by its
    # people's adjective on a thing)
    text = ("KABUL — Afghan troops retook a district on Monday with the help of American air strikes, "
            "and the country's president praised the army.")
    assert coded_as("SUPPORT", text) == {("SUPPORT", "AFGGOV", "AFGMIL")}


def test_what_workers_strike_over_is_their_grievance() -> None:
    # ("nurses strike over pay cuts", "over" parsed as the verb's particle and "pay cuts" as
    # its object): workers striking over something stop work (the guideline's PROTEST); what
    # they strike over is no one struck
    text = "ACCRA — Ghanaian nurses strike over pay cuts by the health ministry."
    assert coded_as(("PROTEST", "ASSAULT"), text) == {("PROTEST", "GHAHLH", None)}


def test_a_second_passive_is_done_to_the_subject_both_share() -> None:
    # ("were beaten and have been arrested": the second verb has its own passive auxiliary; the
    # journalists are the ones arrested, by no one named, not the ones who arrest)
    assert coded_as("COERCE", "NAIROBI — Three Kenyan journalists were beaten and have been arrested.") == {("COERCE", None, "KENMED")}
    # (an evacuation of the wounded is done to them: they evacuate no one)
    text = "MAIDUGURI — Two Nigerian soldiers were wounded and have been evacuated to a hospital."
    assert not [e for e in events(text, published=PUB, settings=ALL) if e.source is not None and e.source.code == "NGAMIL"]
    # (an active second verb is still done by the subject: "was indicted and will resign")
    assert source_codes("NAIROBI — The Kenyan minister was indicted by the court and will resign.", "AGREE") == {"KENGOV"}


def test_a_call_on_someone_with_its_object_is_the_sentences_verb() -> None:
    # ("A Kenyan anti-graft group called on the prosecutors to ...", parsed as a group "called"
    # something): "call on" with its object has no passive reading, so it is the verb, and the
    # group the one who calls
    text = "A Kenyan anti-graft group called on the prosecutors to speed up the trial of officials implicated in the scandal."
    assert coded_as("REQUEST", text) == {("REQUEST", "KEN", "KENJUD")}


def test_belongings_are_whose_the_of_phrase_says() -> None:
    # ("the bank accounts of two opposition groups": the bank is where they are kept; the
    # groups are whose they are, and the ones the freeze is aimed at)
    text = "BUDAPEST — The Hungarian government froze the bank accounts of two opposition groups."
    assert coded_as("SANCTION", text) == {("SANCTION", "HUNGOV", "HUNOPP")}


def test_a_name_of_a_states_of_phrase_is_a_place() -> None:
    # ("in the state of Guerrero", the name taken for a person's): a name a state's, county's
    # or town's "of" gives is a place, of its country, where the story is set
    text = "Gunmen killed a Mexican journalist in the state of Guerrero on Tuesday, prosecutors said."
    assert {s[:3] for s in source_codes(text, "ASSAULT")} == {"MEX"}


def test_sanctions_that_target_someone_are_a_penalty_not_force() -> None:
    # ("the sanctions target Russia's largest banks": CAMEO's TARGET is force only when
    # weapons or forces do it; a penalty that targets someone is aimed at them, 163)
    text = "WASHINGTON — The new U.S. sanctions target Russia's largest banks."
    assert coded_as(("SANCTION", "ASSAULT"), text) == {("SANCTION", "USA", "RUSBUS")}
    # (missiles that target a grid still attack it)
    assert "UKR" in target_countries("KYIV — Russian missiles targeted Ukraine's power grid overnight.", "ASSAULT")


def test_one_who_filed_the_charge_answers_no_one_of_their_own() -> None:
    # ("The county prosecutor, Linda Okafor, who filed the charge": the charge named again is
    # the one she brought, told before; she, set beside the title, is not its target)
    text = ("KANSAS CITY, Mo. — A police officer was charged with involuntary manslaughter on Tuesday. "
            "The county prosecutor, Linda Okafor, who filed the charge, said body camera footage contradicted the officer's account.")
    assert ("ACCUSE", "USAJUD", "USAJUD") not in coded(text)
    assert ("ACCUSE", "USAJUD", "USACOP") in coded(text)


def test_a_passive_charge_is_by_who_filed_the_charges_later() -> None:
    # ("A man was charged ... The county attorney, Mary Holt, who filed the murder charges,
    # said": the lead says who did it, however far on, by telling the charges again with their
    # doer; a prosecutor named later for something else is not read so)
    text = ("OMAHA, Neb. — A 22-year-old man was charged on Monday with three counts of murder after three people were shot dead at a church. "
            "Police said the suspect opened fire in the main hall. He was arrested 90 minutes later. "
            "The note referred to invaders, the affidavit said. "
            "The county attorney, Mary Holt, who filed the murder charges, said her office would seek the death penalty.")
    assert ("ACCUSE", "USAJUD", "USACVL") in coded(text)
    text = text.replace("who filed the murder charges", "who is running for re-election")
    assert ("ACCUSE", None, "USACVL") in coded(text)


def test_people_pushed_back_are_the_ones_expelled_not_the_waters() -> None:
    # ("pushed back migrants into Turkish waters": CAMEO 174 expels individuals; the country
    # whose waters they are pushed into is where, not whom)
    text = "Greek coast guards pushed back migrants into Turkish waters on Tuesday, the UN refugee agency said."
    assert coded_as("COERCE", text) == {("COERCE", "GRCCOP", None)}
    assert coded_as("COERCE", "ATHENS — Greek coast guards pushed back 40 Afghan migrants into Turkish waters.") == {("COERCE", "GRCCOP", "AFGREF")}
    # (a group of them is they)
    text = "SOFIA — Bulgarian border police pushed back a group of Afghan migrants into Turkey."
    assert coded_as("COERCE", text) == {("COERCE", "BGRCOP", "AFGREF")}


def test_congolese_is_the_democratic_republics_beside_its_own_actors() -> None:
    # ("The Congolese government accused Rwanda of backing the M23 rebels": a story naming
    # one of the Democratic Republic's own actors is of that Congo, not Brazzaville's)
    text = "The Congolese government accused Rwanda of backing the M23 rebels, a charge Kigali denies."
    assert coded_as("ACCUSE", text) == {("ACCUSE", "CODGOV", "RWA")}


def test_people_handed_over_are_the_ones_set_free() -> None:
    # ("handed over 23 wounded soldiers to the Red Cross": the release frees the soldiers; the
    # Red Cross they are handed to is where they go)
    text = "YANGON — Myanmar rebels said they had handed over 23 wounded soldiers to the Red Cross."
    assert coded_as("RETREAT", text) == {("RETREAT", "MMRREB", "MMRMIL")}


def test_who_threw_what_struck_did_it() -> None:
    # ("struck by bottles and fireworks thrown from the crowd": the crowd that threw them
    # struck the officers, and being struck is no labour stoppage)
    text = "DUBLIN — Two Garda officers were struck by bottles and fireworks thrown from the crowd."
    assert coded(text) == {("ASSAULT", "IRLCVL", "IRLCOP")}


def test_a_body_named_for_rights_is_a_rights_group_of_no_country() -> None:
    # ("The Syrian Network for Human Rights", from Berlin: a body named for the rights it
    # watches over is a rights group, not Syria; a state's rights commission stays its own)
    text = "BERLIN — The Syrian Network for Human Rights welcomed the arrest of a former Syrian officer by German police."
    assert source_codes(text, "SUPPORT") == {"NGOHRI"}
    text = "ADDIS ABABA — The Ethiopian Human Rights Commission urged all parties to protect civilians."
    assert source_codes(text, "REQUEST") == {"ETHHRI"}


def test_a_verb_with_its_prefix_cut_off_is_still_the_complement() -> None:
    # ("agreed to re-establish diplomatic relations", cut by the tokenizer into "re", "-",
    # "establish"): what is agreed is to come; the agreement is the act, no relations
    # re-established yet
    text = "RIYADH — Iran and Saudi Arabia agreed on Friday to re-establish diplomatic relations."
    assert {(e.plover, e.modality) for e in events(text, published=PUB, settings=ALL)} == {("AGREE", "asserted")}


def test_an_act_of_none_of_them_or_neither_of_them_is_negated() -> None:
    # ("none of the ministers met", "neither witness had spoken to the president": the
    # guideline's negated, said not to have happened, as "none met" and "no minister met")
    for text in ("KABUL — None of the Afghan ministers met the Pakistani delegation on Monday.",
                 "KABUL — Neither Afghan minister met the Pakistani delegation on Monday."):
        assert coded_with_modality("CONSULT", text) == {("CONSULT", "AFGGOV", "PAKGOV", "negated")}


def test_a_time_clause_of_what_is_to_come_is_a_condition() -> None:
    # ("would become a permanent ceasefire once the fighters pulled back": the pull-back is
    # what the ceasefire waits on, not told as done; under a past verb it is told as done)
    text = "ANKARA — The pause would become a permanent ceasefire once the Kurdish-led fighters pulled back from the border, Turkey said."
    assert {e.modality for e in events(text, published=PUB, settings=ALL) if e.plover == "RETREAT"} == {"hypothetical"}
    text = "ANKARA — Turkey halted its offensive once Kurdish fighters withdrew from the border."
    assert "asserted" in {e.modality for e in events(text, published=PUB, settings=ALL) if e.trigger == "withdrew"}


def test_what_a_way_leads_to_is_still_to_come() -> None:
    # ("meant to pave the way for direct talks", "a first step towards talks": the talks are
    # where the swap leads, not held; talks held on the way to somewhere are held)
    for text in ("KABUL — The prisoner swap was meant to pave the way for direct talks between the government and the Taliban.",
                 "KABUL — The ceasefire is a first step towards talks between the government and the Taliban."):
        assert {e.modality for e in events(text, published=PUB, settings=ALL) if e.plover == "CONSULT"} == {"hypothetical"}
    text = "KABUL — The government held talks with the Taliban on the way to Doha."
    assert {e.modality for e in events(text, published=PUB, settings=ALL) if e.plover == "CONSULT"} == {"asserted"}


def test_a_sentence_that_opens_with_a_town_sets_its_bare_agents_there() -> None:
    # ("In Lagos, ... police said they had arrested dozens", in a story of South Africa): a
    # sentence that opens by saying where it is set gives its bare agent nouns that place's
    # country, though the story's is another and the town is named only as where
    text = ("Nigeria will fly hundreds of its citizens home from South Africa after mobs in Johannesburg and Pretoria looted shops owned by foreigners. "
            "South Africa's president condemned the violence in a video address. "
            "In Lagos, protesters attacked South African-owned shops, and police said they had arrested dozens of people. "
            "Police Minister Thabo Mokoena said most of those killed were South Africans. "
            "South African police said 189 people had been arrested in Gauteng province since Sunday.")
    arrests = coded_as("COERCE", text)
    assert ("COERCE", "NGACOP", "NGACVL") in arrests
    assert ("COERCE", "ZAFCOP", "NGACVL") not in arrests


def test_a_name_of_reproach_tagged_an_adverb_after_the_object_is_still_the_name() -> None:
    # ("called the attack by al-Shabaab cowardly and senseless", the adjective tagged an
    # adverb of the verb): the attack is called something, a criticism of its doer, and no one
    # is phoned; one who called a president on Monday phoned him
    text = "NAIROBI — Kenya's president called the attack by al-Shabaab cowardly and senseless."
    assert coded(text) == {("ACCUSE", "KENGOV", "SOMREBSHB")}
    text = "NAIROBI — Kenya's president called Uganda's president on Monday."
    assert coded(text) == {("CONSULT", "KENGOV", "UGAGOV")}


def test_an_order_down_the_orderers_own_ranks_is_the_act_ordered() -> None:
    # ("Putin ordered Russian troops to withdraw", "ordered his forces to pull back"): a
    # command to one's own troops is no demand of another actor; the act ordered is the
    # forces' own. An order to another's troops is a demand of them.
    text = "MOSCOW — The Russian defence minister ordered Russian troops to withdraw from the city of Kherson on Wednesday."
    got = coded(text)
    assert ("RETREAT", "RUSMIL", "UKR") in got
    assert not {k for k in got if k[0] == "REQUEST"}
    text = "KABUL — The Taliban commander ordered his fighters to pull back from the city of Kunduz."
    assert {k[0] for k in coded(text)} == {"RETREAT"}
    text = "NEW YORK — The UN Security Council ordered Russian troops to withdraw from the city of Kherson."
    assert coded(text) == {("REQUEST", "IGOUNOSCN", "RUSMIL")}


def test_the_last_word_of_a_bodys_name_said_again_is_that_body() -> None:
    # ("the Muslim Brotherhood ... The Brotherhood denied", "the Sinaloa Cartel ... the Cartel"):
    # a body's name said again by its last word, as a name, is the body named before, not a
    # body of the article's country
    text = ("CAIRO — Egyptian police arrested 40 members of the Muslim Brotherhood on Monday. "
            "The Brotherhood accused the police of torturing detainees.")
    assert ("ACCUSE", "EGYOPPMBR", "EGYCOP") in coded(text)


def test_what_one_is_accused_of_looting_is_alleged_of_the_accused() -> None:
    # ("accused the Rapid Support Forces of looting hospitals", the gerund tagged an adjective
    # of its object): the looting is alleged of the ones accused (the guideline's "X accused
    # Y of shelling Z": a reported act of Y)
    text = "KHARTOUM — The Sudanese army accused the Rapid Support Forces of looting hospitals in Khartoum."
    assert ("COERCE", "SDNREBRSF", "SDNHLH", "reported") in coded_with_modality("COERCE", text)


def test_rescuers_and_medical_teams_sent_are_humanitarian_aid() -> None:
    # ("sent rescuers and doctors to Turkey", "sends disaster team to PNG"): people sent to
    # rescue or treat a disaster's victims are humanitarian aid (CAMEO 073), to the country
    # they are sent to; troops sent are still a deployment
    assert coded("ATHENS — Greece sent rescuers and doctors to Turkey after the earthquake.") == {("AID", "GRC", "TUR")}
    assert coded("CANBERRA — Australia sent a medical team to Papua New Guinea on Friday.") == {("AID", "AUS", "PNG")}
    assert coded("MOSCOW — Russia sent troops to Syria.") == {("MOBILIZE", "RUS", "SYR")}


def test_a_body_that_qualifies_what_is_given_is_not_who_receives_it() -> None:
    # ("donated police vehicles", "would contribute an air force helicopter"): the giver's own
    # police or air force, a word of the thing given, say what it is, not who gets it; "to"
    # says who does
    assert coded("TOKYO — Japan donated police vehicles on Monday.") == {("AID", "JPN", None)}
    assert coded("TOKYO — Japan donated police vehicles to Kenya on Monday.") == {("AID", "JPN", "KEN")}


def test_a_participle_that_opens_a_sentence_is_no_word_of_a_name() -> None:
    # ("Jailed Bahraini activist Nabeel Rajab", the participle tagged a word of a name): the
    # capital is the sentence's, and the nationality after it still names the activist's
    # country; a first name that ends in "-ed" is still a name's word
    text = "Jailed Bahraini activist Nabeel Rajab was released on Monday."
    assert coded(text) == {("RETREAT", None, "BHROPP")}
    from tidings.nlp import past_participle

    assert past_participle("Jailed") and past_participle("Ousted") and past_participle("Banned")
    assert not past_participle("Mohammed") and not past_participle("Ahmed") and not past_participle("Reed")


def test_a_coast_guard_is_a_body_that_its_stands_for() -> None:
    # ("the coast guard said Chinese vessels rammed its boats"): a guard named by what it
    # guards is a body, which "its" stands for, not one person; "a border guard" who says
    # "he" is one
    text = "MANILA — The Philippine coast guard said Chinese vessels rammed its boats."
    assert coded_as("ASSAULT", text) == {("ASSAULT", "CHN", "PHLCOP")}


def test_acts_dated_apart_are_not_one_act_told_twice() -> None:
    # ("sentencing him on Thursday ... was convicted in November"): an act told again is the
    # same act only when the text does not date the two tellings apart; a conviction of a
    # month before the sentencing is another act, with no doer named
    text = ("LEEDS, England — Judge Helen Marsh sentenced Mark Dalby to four years in prison on Thursday. "
            "Dalby was convicted in September of fraud after a two-week trial.")
    got = {(e.trigger, e.source.country if e.source else None, e.target.country if e.target else None)
           for e in events(text, published=PUB, settings=ALL)}
    assert ("sentenced", "GBR", "GBR") in got and ("convicted", None, "GBR") in got
    # (told twice on the same day, it is still one act, at its first telling)
    text = ("LEEDS, England — Judge Helen Marsh sentenced Mark Dalby to four years in prison on Thursday. "
            "Dalby was sentenced on Thursday after a two-week trial.")
    assert [e.trigger for e in events(text, published=PUB, settings=ALL)] == ["sentenced"]


def test_a_clause_of_after_or_before_is_not_dated_by_the_act_it_comes_before() -> None:
    # ("was charged on Monday ... after three worshippers were shot dead"): a clause with its
    # own subject that says what came before or after the act is not of that act's day; one
    # of "when" is of the same time, and takes its day
    text = "OMAHA, Neb. — A man was charged on Monday after three worshippers were shot dead at a temple in Omaha."
    dated = {e.trigger: e.date_text for e in events(text, published=PUB, settings=ALL)}
    assert dated["charged"] == "on Monday" and dated["shot"] is None
    text = "LAGOS, Nigeria — Police arrested two men on Monday after protesters blocked a highway in Lagos."
    dated = {e.trigger: e.date_text for e in events(text, published=PUB, settings=ALL)}
    assert dated == {"arrested": "on Monday", "blocked": None}
    text = "LAGOS, Nigeria — Police arrested two men on Monday when protesters blocked a highway in Lagos."
    dated = {e.trigger: e.date_text for e in events(text, published=PUB, settings=ALL)}
    assert dated == {"arrested": "on Monday", "blocked": "on Monday"}


def test_a_to_phrase_hung_on_the_objects_participle_is_the_verbs() -> None:
    # ("extradited two men wanted for murder to the United Kingdom", "to" hung by the parser
    # inside the participle's phrase): after the participle's own complement, the phrase of
    # "to" is the verb's, naming where or to whom it is sent; the participle's own first
    # complement ("linked to Hezbollah", "sentenced to death") is not
    text = "ISLAMABAD — Pakistan extradited a man wanted for murder to the United Kingdom on Tuesday."
    assert coded(text) == {("COOPERATE", "PAK", "GBR")}
    text = "WASHINGTON — The United States sent weapons seized from smugglers to Ukraine."
    assert coded(text) == {("AID", "USA", "UKR")}
    text = "ISLAMABAD — Pakistan extradited a man linked to Hezbollah on Tuesday."
    assert coded(text) == {("COOPERATE", "PAK", None)}


def test_aid_released_is_aid_given_not_people_set_free() -> None:
    # (CAMEO's verb dictionary: RELEASE * AID, 070): aid or funds released are given, to whom
    # they go; the release of prisoners still sets people free (0841)
    assert coded("WASHINGTON — The White House released military aid to Ukraine on Tuesday.") == {("AID", "USAGOV", "UKR")}
    assert coded("WASHINGTON — The White House announced the release of military aid to Ukraine.") == {("AID", "USAGOV", "UKR")}
    assert coded("MOSCOW — Russia announced the release of two American prisoners.") == {("RETREAT", "RUS", "USACVL")}


def test_the_givers_own_forces_that_qualify_the_aid_are_not_who_receives_it() -> None:
    # ("provided military aid", "pledged military aid": the adjective of the giver's own
    # forces says what kind of aid it is, as the noun of "police vehicles" does; it is given
    # to no one the sentence names)
    assert coded("WASHINGTON — The United States provided military aid on Tuesday.") == {("AID", "USA", None)}
    assert coded("BERLIN — Germany pledged military aid on Tuesday.") == {("AGREE", "DEU", None)}
    assert coded("WASHINGTON — The White House announced the release of military aid.") == {("AID", "USAGOV", None)}
    assert coded("WASHINGTON — The United States provided military aid to Ukraine.") == {("AID", "USA", "UKR")}


def test_an_act_made_conditional_is_not_told_as_done() -> None:
    # ("made the release of military aid to Ukraine conditional on an investigation"): an act
    # made to hang on a condition is hypothetical (the guideline: "possible, conditional"),
    # given to whom it would go, not to the giver's own forces that say what kind it is
    text = "WASHINGTON — The president made the release of military aid to Ukraine conditional on an investigation of his rival."
    assert coded_with_modality("AID", text) == {("AID", "USAGOV", "UKR", "hypothetical")}


def test_a_word_for_the_people_as_an_adjective_of_a_title_is_no_civilian() -> None:
    # ("Egypt's public prosecutor", "the public prosecutor"): "public", a word for the people
    # as a noun, is an adjective of the title after it, whose role the actor takes
    text = "CAIRO — Egypt's public prosecutor ordered the detention of a prominent blogger."
    assert source_codes(text, "COERCE") == {"EGYJUD"}


def test_a_name_that_goes_on_after_a_particle_is_no_famous_namesake() -> None:
    # ("Hamada al-Sawi", "Ahmed bin Salem"): a first name that is a famous one's surname,
    # followed by a name particle and a name, is someone else's given name
    text = "CAIRO — Public prosecutor Hamada al-Sawi ordered the detention of a blogger."
    assert source_codes(text, "COERCE") == {"EGYJUD"}


def test_only_a_restriction_lifted_is_one_eased() -> None:
    # (the verb dictionary: LIFT * RESTRICTION, * BAN 081; LIFT alone has no code): a ban
    # lifted eases a restriction; an immunity lifted eases none
    assert ("CONCEDE", "ETH", "ETHOPP") in coded("ADDIS ABABA — Ethiopia lifted a ban on opposition rallies on Thursday.")
    assert not coded("ADDIS ABABA — Ethiopia's parliament lifted the immunity of three opposition lawmakers on Thursday.")


def test_the_doer_of_a_plot_foiled_is_the_plotter() -> None:
    # ("foiled a plot by Hamas to kidnap soldiers", the infinitive hung by the parser on
    # "foiled"): what a plot, a plan or an attempt is to do is its plotters' (named by "by" or
    # a possessive), not the act of the one who foils it
    text = "TEL AVIV — Israel's Shin Bet security service said it had foiled a plot by Hamas to kidnap soldiers."
    assert {k[:3] for k in coded_with_modality("ASSAULT", text)} == {("ASSAULT", "PSEREBHMS", "ISRMIL")}
    text = "KABUL — Afghan forces thwarted a Taliban attempt to storm the city of Kunduz on Monday."
    assert source_codes(text, "ASSAULT") == {"AFGREBTAL"}


def test_an_act_foiled_or_prevented_did_not_happen() -> None:
    # ("police prevented an attack by Islamist militants", "foiled a plot to kidnap"): an act
    # foiled, thwarted, averted or prevented is said not to have happened (the guideline's
    # negated)
    text = "PARIS — French police prevented an attack by Islamist militants on a synagogue."
    assert {k[3] for k in coded_with_modality("ASSAULT", text)} == {"negated"}
    text = "TEL AVIV — Israel's Shin Bet security service said it had foiled a plot by Hamas to kidnap soldiers."
    assert {k[3] for k in coded_with_modality("ASSAULT", text)} == {"negated"}


def test_a_leader_of_a_named_group_is_that_groups() -> None:
    # ("captured a senior leader of the Sinaloa Cartel", "a commander of Hamas"): a title or
    # the fighters of a named group are that group's, as "the group's leader" is, not a
    # role of the story's country
    text = "MEXICO CITY — Mexican marines captured a senior leader of the Sinaloa Cartel in Culiacan on Thursday."
    assert coded(text) == {("COERCE", "MEXMIL", "MEXCRMSIN")}


def test_name_particles_that_go_on_to_a_name_are_read_as_words_of_it() -> None:
    # (the particles of a given name's continuation, Arabic and European, are known to the
    # resolver in one set with the ones it reads inside group names)
    from tidings.actors import resolve

    assert {"al", "bin", "abu"} <= resolve.GIVEN_NAME_PARTICLES and {"von", "de", "van"} <= resolve.GIVEN_NAME_PARTICLES
    assert resolve.NAME_PARTICLES <= resolve.GIVEN_NAME_PARTICLES and "von" not in resolve.NAME_PARTICLES


def test_a_state_or_federal_deputy_is_a_legislator() -> None:
    # ("state deputy Cláudia Prado", "federal deputy"): a member of a chamber of deputies, as
    # "deputies" already were; the title before a name gives the person's role
    text = "SAO PAULO — State deputy Cláudia Arantes Prado accused the former secretary of lying on Monday."
    assert source_codes(text, "ACCUSE") == {"BRALEG"}


def test_an_object_pronoun_is_not_the_subject_verbs_joined_by_and_share() -> None:
    # ("the premier accepted the resignation and thanked him"): verbs joined by "and" share
    # their subject, and "him" is never the subject of its own clause; it is the one person
    # named before
    text = ("OTTAWA — Canada's trade minister, Gordon Baptiste-Leclair, resigned on Monday. "
            "The prime minister accepted the resignation and thanked him for his work.")
    assert coded_as("SUPPORT", text) == {("SUPPORT", "CANGOV", "CANGOV")}
    assert target_countries(text, "SUPPORT") == {"CAN"}
    text = ("OTTAWA — Canada's trade minister, Gordon Baptiste-Leclair, resigned on Monday. "
            "The prime minister accepted the resignation and praised him for his work, his office said.")
    assert coded_as("SUPPORT", text) == {("SUPPORT", "CANGOV", "CANGOV")}
    # (but a verb the parser joins to a reported clause after "said" is the sayer's: "it" is
    # the body the report names, not its subject's own side)
    text = "TEHRAN — Iran's foreign minister said the International Atomic Energy Agency had lost its independence and accused it of spying."
    assert coded_as("ACCUSE", text) == {("ACCUSE", "IRNGOV", "IGOUNOIAE")}


def test_a_city_or_province_that_is_a_party_or_a_receiver_is_its_government() -> None:
    # ("talks between the union and the province", "gave $40 million to the city"): a place
    # that is the other party to talks or an agreement, or receives a gift, acts through its
    # government, as one that acts or is sued does; one that people go to is the place
    text = ("TORONTO — Ontario's nurses went on strike on Monday. "
            "Talks between the union and the province broke down on Saturday.")
    assert coded_as("CONSULT", text) == {("CONSULT", "CANLAB", "CANGOV")}
    text = ("HOUSTON — Texas police arrested three men on Monday. "
            "The federal government gave $40 million to the city on Tuesday to rebuild the port.")
    assert coded_as("AID", text) == {("AID", "USAGOV", "USAGOV")}
    text = ("HOUSTON — Texas police arrested three men on Monday. "
            "The federal government sent 200 troops to the city on Tuesday.")
    assert target_countries(text, "MOBILIZE") <= {None}


def test_a_refusal_to_comment_is_a_statement_and_no_rejection() -> None:
    # ("declined to comment", "refused to say whether"): CAMEO 011, decline comment (the verb
    # dictionary's REFUSE * COMMENT), which rejects no one; a refusal to act stays a REJECT
    text = "NAIROBI — A Kenyan police spokesman declined to comment on the opposition's request."
    evs = events(text, published=PUB, settings=ALL)
    assert [(e.cameo, e.plover) for e in evs] == [("011", "")]
    text = "NAIROBI — Kenyan police refused to say whether the two activists had been charged."
    assert not coded_as("REJECT", text)
    text = "NAIROBI — Kenyan police refused to release the two activists on Monday."
    assert coded_as("REJECT", text) == {("REJECT", "KENCOP", "KENOPP")}


def test_exiles_are_the_opposition_and_hosting_them_shelters_them() -> None:
    # (the Phoenix agents dictionary: EXILE [~OPP]): exiles are their own country's
    # opposition, wherever they live; a country that hosts them shelters them (CAMEO 075, as
    # for refugees), it holds no meeting with their country
    text = "VILNIUS — Lithuania hosts about 40,000 Belarusian exiles, many of them students."
    assert coded(text) == {("AID", "LTU", "BLROPP")}
    text = "VILNIUS — Belarusian exiles marched to the embassy in Vilnius on Sunday."
    assert source_codes(text, "PROTEST") == {"BLROPP"}


def test_the_monarchy_and_the_royal_palace_are_the_head_of_states() -> None:
    # (the Phoenix agents dictionary: MONARCH, ROYAL_GOVERNMENT, ROYAL_PALACE [~GOV]): the
    # crown as an institution is its country's government, as the monarch is
    text = "BANGKOK — Thai students called on Monday for limits on the powers of the monarchy."
    assert coded_as("REQUEST", text) == {("REQUEST", "THAEDU", "THAGOV")}
    text = "AMMAN — The Jordanian royal palace rejected the charges on Tuesday."
    assert source_codes(text, "REJECT") == {"JORGOV"}


def test_warships_admirals_kidnappers_and_emperors_of_the_agents_dictionary() -> None:
    # (the Phoenix agents dictionary: FRIGATE, DESTROYER, CORVETTE, BATTLESHIP, ADMIRAL ~MIL;
    # KIDNAPPER, TRAFFICKER ~CRM; EMPEROR ~GOV)
    text = "ATHENS — A Turkish frigate fired on a Greek fishing boat on Monday."
    assert source_codes(text, "ASSAULT") == {"TURMIL"}
    text = "OSLO — Russian Admiral Pavel Voronov criticised Norway on Monday over the exercises."
    assert coded_as("ACCUSE", text) == {("ACCUSE", "RUSMIL", "NOR")}
    text = "ABUJA — A Nigerian kidnapper freed 20 pupils on Monday."
    assert source_codes(text, "RETREAT") == {"NGACRM"}
    text = "TOKYO — Japan's Emperor Hiroki Tanabe met the Chinese president on Monday."
    assert source_codes(text, "CONSULT") == {"JPNGOV"}


def test_a_relative_pronoun_parsed_as_a_second_object_is_not_the_target() -> None:
    # ("a truce which the rebels accuse Damascus of breaking", parsed with "which" and
    # "Damascus" both objects of "accuse"): a verb has one object, the noun after it; the
    # relative is what the complement acts on, and names no one accused
    text = ("BEIRUT — The fighting went on despite a truce that Moscow and Ankara brokered in March, "
            "which the Syrian rebels accuse Damascus of breaking every day.")
    assert coded_as("ACCUSE", text) == {("ACCUSE", "SYRREB", "SYRGOV")}


def test_concern_at_an_act_named_as_given_is_no_fear_of_it() -> None:
    # ("expressed concern about the activist's detention"): concern or worry at an act the
    # text names as somebody's or as "the" one is felt at something done (asserted), where
    # concern about "a possible attack" is about one that may come; and "about" as a
    # preposition tells what the concern is about, not what is about to happen
    text = "LAGOS — Britain expressed concern about the activist's detention by the Nigerian secret police."
    assert {(e.plover, e.modality) for e in events(text, published=PUB, settings=ALL)} == {("COERCE", "asserted")}
    text = "LAGOS — Britain expressed concern about a possible attack by Boko Haram on the capital."
    assert {(e.plover, e.modality) for e in events(text, published=PUB, settings=ALL)} == {("ASSAULT", "hypothetical")}
    text = "LAGOS — Nigerian troops are about to attack the rebels, a military spokesman said."
    assert {e.modality for e in events(text, published=PUB, settings=ALL) if e.plover == "ASSAULT"} == {"future"}


def test_a_states_neighbours_are_not_its_own_people() -> None:
    # ("China threatened its neighbours"): the neighbours of a state are other states, none
    # named; a person's neighbours live beside him, in his country
    text = "BEIJING — China threatened its neighbours over the disputed islands on Monday."
    assert target_countries(text, "THREATEN") == {None}
    text = "NAIROBI — A Kenyan man attacked his neighbours with a machete on Monday."
    assert coded_as("ASSAULT", text) == {("ASSAULT", "KENCVL", "KENCVL")}
    # (nor are the neighbours or the rivals a country's possessive names: "Iran's rivals in
    # the Gulf")
    text = "TEHRAN — Iran's rivals in the Gulf condemned the missile test on Monday."
    assert not source_codes(text, "ACCUSE")
    text = "MOSCOW — Russia's neighbours protested against the drills on Monday."
    assert "RUSCVL" not in source_codes(text, "PROTEST")


def test_a_gerund_parsed_as_the_object_of_its_preposition_has_the_clauses_subject() -> None:
    # ("captured the town before withdrawing, residents said", with "withdrawing" parsed as the
    # object of "before"): the gerund of an adjunct is done by the subject of the verb it hangs
    # on, as when the parser makes it the preposition's complement
    text = "ADDIS ABABA — Amhara militiamen briefly captured the town of Woldia on Tuesday before withdrawing, residents said."
    assert source_codes(text, "RETREAT") == {"ETHREB"}


def test_weapons_sent_to_a_country_are_military_aid() -> None:
    # (the verb dictionary's SEND * &WEAPON 072): tanks or missiles sent to a country are
    # military aid to it; tanks sent to a border or into a region are forces deployed
    text = "WARSAW — Poland sent 30 tanks to Ukraine on Monday."
    assert coded(text) == {("AID", "POL", "UKR")}
    assert {e.cameo for e in events(text, published=PUB, settings=ALL)} == {"072"}
    text = "MINSK — Belarus sent tanks to its border with Poland on Monday."
    assert {e.plover for e in events(text, published=PUB, settings=ALL)} == {"MOBILIZE"}


def test_a_raid_people_died_in_is_force_used_on_them() -> None:
    # (CAMEO's verb dictionary, DIE * (IN RAID) :190): those who died in a raid had force used
    # on them by its doers; a raid told with no deaths is a raid (170)
    text = "PESHAWAR — Four militants died in a raid by Pakistani police on Tuesday."
    assert coded(text) == {("ASSAULT", "PAKCOP", "PAKREB")}
    text = "PESHAWAR — Pakistani police carried out a raid on a militant hideout on Tuesday."
    assert {e.cameo for e in events(text, published=PUB, settings=ALL)} == {"170"}


def test_whom_an_attack_leaves_dead_or_wounded_is_its_target() -> None:
    # ("a bomb attack left six soldiers dead"): the ones an attack leaves dead, injured or
    # wounded are whom it was done to, as "killed six soldiers" says
    text = "MOGADISHU — An al-Shabaab attack left six Somali soldiers dead on Tuesday."
    assert coded(text) == {("ASSAULT", "SOMREBSHB", "SOMMIL")}


def test_forces_that_free_captives_another_held_rescue_them() -> None:
    # (CAMEO's verb dictionary, RESCUE 073): a state's forces freeing people another held
    # captive rescue them (AID), where a captor that frees its captives releases them (RETREAT)
    text = "ABUJA — Nigerian troops freed 20 pupils who had been abducted by bandits in Kaduna state."
    assert ("AID", "NGAMIL", "NGAEDU") in coded(text) and not coded_as("RETREAT", text)
    text = "MEXICO CITY — Mexican marines freed 14 migrants held by a cartel in a house in Reynosa."
    assert coded_as(("AID", "RETREAT"), text) == {("AID", "MEXMIL", "MEXREF")}
    text = "KABUL — The Taliban freed two foreign teachers who had been held for three years."
    assert {k[0] for k in coded(text)} == {"RETREAT"}


def test_the_toll_of_a_war_between_named_sides_is_no_act_of_either() -> None:
    # (the guideline: a side the text does not name is left empty): "the war between A and B
    # has killed thousands" says the two fight each other, not which of them killed the dead;
    # the fighting is coded between them, the toll as no one's act
    text = "JUBA — The war between the army and the rebels has killed thousands of civilians in South Sudan since 2013."
    assert coded_as("ASSAULT", text) == {("ASSAULT", "SSDMIL", "SSDREB")}
    # (a strike told before it keeps its doer unnamed, not taken from the war's sides)
    text = ("JUBA — A drone strike on a cattle camp killed 14 herders on Monday, local officials said. "
            "The war between the army and the rebels has killed thousands of civilians since 2013.")
    assert triggered("killed", text) == {("ASSAULT", None, "SSDAGR")}
    # (an act of force whose doer is named beside the war is still that doer's)
    text = "JUBA — Government soldiers killed six herders during the war between the army and the rebels."
    assert coded(text) == {("ASSAULT", "SSDMIL", "SSDAGR")}


def test_a_headline_shot_dead_with_no_object_is_a_passive() -> None:
    # ("Two men shot dead in Nassau"): "dead" is said of the one shot; with no object named,
    # a headline's subject is the one shot, its "were" dropped, and no doer is named; a label
    # before a colon ("Read more:") is no one's words
    for text in ("Three farmers shot dead near Kaduna village", "Read more: Three farmers shot dead near Kaduna village"):
        assert coded_as("ASSAULT", text) == {("ASSAULT", None, "NGAAGR")}, text
    text = "Gunmen shot dead three farmers near Kaduna village"
    assert coded_as("ASSAULT", text) == {("ASSAULT", "NGAREB", "NGAAGR")}


def test_two_requests_joined_by_and_are_two_acts() -> None:
    # (the guideline: one event per act; REQUEST: ask, appeal, call for, urge): "called for
    # calm and urged the police to increase patrols" asks two things, one of no one named; the
    # one with no target is not the other told again, as an act of force with no target is
    text = "MINNEAPOLIS — Democratic lawmakers called for calm and urged the police to increase patrols in the neighborhood."
    assert coded_as("REQUEST", text) == {("REQUEST", "USALEG", None), ("REQUEST", "USALEG", "USACOP")}
    assert {k for k in keyed(events(text, published=PUB)) if k[0] == "REQUEST"} == {("REQUEST", "USALEG", None), ("REQUEST", "USALEG", "USACOP")}


def test_an_act_done_to_oneself_has_no_other_target() -> None:
    # ("the leader blew himself up during a raid, the president announced"): a reflexive object
    # is the subject itself (English binding), never another actor named nearby
    text = ("The commander of al-Shabaab blew himself up during a raid by Kenyan commandos on his camp near Kismayo, "
            "the Kenyan president announced on Friday, calling it a turning point in the war.")
    assert triggered("blew", text) == {("ASSAULT", "SOMREBSHB", None)}
    # (where it happened still stands for whom it was aimed at, as CAMEO coders read an attack
    # that names no target: "blew themselves up in Tel Aviv")
    text = "Two Palestinian militants blew themselves up at a bus station in Tel Aviv on Sunday, police said."
    assert {k[2] for k in triggered("blew", text)} == {"ISR"}


def test_a_title_named_again_is_the_holder_of_that_same_office_not_of_another() -> None:
    # "the vice president" is another office than "the American president" named before it,
    # and "the president" another than "the American vice president": a title named again
    # refers back to a holder of the same office only; of no one named, it stays unsaid
    story = ("Syrian and Iraqi troops fought militants near the border on Sunday, the American {} said. "
             "Russian jets struck positions in Syria and Turkish drones hit targets in Iraq. "
             "The {} thanked Turkey and Iraq for their help.")
    for before, again, thanks in (("president", "president", {("USAGOV", "TUR"), ("USAGOV", "IRQ")}),
                                  ("vice president", "vice president", {("USAGOV", "TUR"), ("USAGOV", "IRQ")}),
                                  ("president", "vice president", set()), ("vice president", "president", set())):
        evs = [e for e in events(story.format(before, again), published=PUB, settings=ALL) if e.trigger == "thanked"]
        assert {(e.source.code if e.source else None, e.target.country if e.target else None) for e in evs} == thanks, (before, again)


def test_a_teen_is_a_person_an_act_is_done_to() -> None:
    # (the guideline's CVL: civilians, residents, people): "teen", "teens" and "juvenile" name
    # private people as "teenager" does
    text = "ATLANTA — The teen, whose name was not released because of his age, faces charges of armed robbery, police said."
    assert coded_as("ACCUSE", text) == {("ACCUSE", None, "USACVL")}
    text = "BOSTON — Police arrested two teens and a juvenile after a string of carjackings on Monday."
    assert coded_as("COERCE", text) == {("COERCE", "USACOP", "USACVL")}


def test_his_forces_after_a_commander_of_a_named_body_are_that_bodys() -> None:
    # ("a Hamas commander had ordered his fighters to fire"): "his" is the one person named
    # before it, here the commander, whose body the name before his title says; his fighters
    # are of that body's country, not of the story's
    text = "WASHINGTON — The Treasury Department said a Hamas commander had ordered his fighters to fire on demonstrators."
    assert {k[1][:3] for k in coded_as("ASSAULT", text) if k[1]} == {"PSE"}
    text = "WASHINGTON — The Treasury Department said a Revolutionary Guards commander had ordered his forces to fire on demonstrators."
    assert {k[1] for k in coded_as("ASSAULT", text)} == {"IRNMIL"}


def test_the_national_government_a_county_body_addresses_is_of_its_nation() -> None:
    # "county leaders urged the national government": "national" sets the government against
    # the county's own, so it is the government of the county's country, not of the country
    # the story names most
    text = ("Garissa County leaders condemned the attack by al-Shabaab militants from Somalia and urged the national government "
            "to reopen talks with Somalia on securing the border. Somalia said the attackers had crossed from Kenya. "
            "Somalia's president condemned the attack.")
    assert ("REQUEST", "KENGOV", "KENGOV") in coded(text)
    assert ("REQUEST", "KENGOV", "SOMGOV") not in coded(text)
    text = "AUSTIN — Texas officials urged the federal government to send more troops to the border with Mexico."
    assert coded_as("REQUEST", text) == {("REQUEST", "USAGOV", "USAGOV")}


def test_a_name_after_a_title_with_of_is_the_titles_holder() -> None:
    # ("U.S. Secretary of State Howard Quinlan blamed ..."): the parser hangs a title with
    # "of" on the name as a modifier, not a compound; the name is still the title's holder, of
    # the title's country, not a second actor of the story's
    text = ("CUCUTA, Colombia — Venezuelan troops blocked aid trucks at the border with Colombia on Saturday. "
            "U.S. Secretary of State Howard Quinlan blamed Salcedo's government for the burning of the trucks.")
    assert {k[1] for k in triggered("blamed", text)} == {"USAGOV"}
