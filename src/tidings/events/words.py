"""The event coder's word lists and code tables, read from ``data/coder_words.yaml``.

They are data: a rule that needs a word list names one here, and the list itself is edited in
the YAML file (each key is the lower-case name of its constant here).
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import yaml

from tidings.errors import ConfigError


@functools.lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    where = "tidings/data/coder_words.yaml"
    raw = yaml.load(resources.files("tidings").joinpath("data/coder_words.yaml").read_text(encoding="utf-8"),
                    Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: expected a mapping of word lists", code="config.words")
    return raw


def _words(key: str) -> frozenset[str]:
    return frozenset(str(w) for w in _data()[key])


def _roots(key: str) -> tuple[str, ...]:
    return tuple(str(w) for w in _data()[key])


def _table(key: str) -> dict[str, str]:
    return {str(k): str(v) for k, v in _data()[key].items()}


def _lists(key: str) -> dict[str, tuple[str, ...]]:
    return {str(k): tuple(str(w) for w in v) for k, v in _data()[key].items()}


TROOP_NOUNS: frozenset[str] = _words("troop_nouns")
UNIT_NOUNS: frozenset[str] = _words("unit_nouns")
UNDER_FIRE_NOUNS: frozenset[str] = _words("under_fire_nouns")
DYING_VERBS: frozenset[str] = _words("dying_verbs")
ALLEGIANCE_WORDS: frozenset[str] = _words("allegiance_words")
ISSUING_VERBS: frozenset[str] = _words("issuing_verbs")
COOPERATIVE_ROOTS: tuple[str, ...] = _roots("cooperative_roots")
INTENT_OF_ROOT: dict[str, str] = _table("intent_of_root")


def intent_code(code: str) -> str:
    """The CAMEO code of an expressed intent to do ``code`` (its root is in INTENT_OF_ROOT)."""
    return INTENT_OF_ROOT.get(code[:3]) or INTENT_OF_ROOT[code[:2]]

THREAT_OF_CODE: dict[str, str] = _table("threat_of_code")
CONDITIONAL_THREAT_OF_CODE: dict[str, str] = _table("conditional_threat_of_code")
RETALIATION_PATTERNS: frozenset[str] = _words("retaliation_patterns")
CONSIDERED_PATTERNS: frozenset[str] = _words("considered_patterns")
ANSWER_PATTERNS: frozenset[str] = _words("answer_patterns")
CODED_BY_WHAT_IS_VOWED: frozenset[str] = _words("coded_by_what_is_vowed")
ACCEPTING_WORDS: frozenset[str] = _words("accepting_words")
DOERLESS_ROOTS: tuple[str, ...] = _roots("doerless_roots")
DOER_SPEAKER_ROLES: dict[str, tuple[str, ...]] = _lists("doer_speaker_roles")
WARNING_SPEAKER_ROLES: dict[str, tuple[str, ...]] = _lists("warning_speaker_roles")
REJECT_OF_ROOT: dict[str, str] = _table("reject_of_root")
VOWED_FORCE: dict[str, str] = _table("vowed_force")
WAR_NOUNS: frozenset[str] = _words("war_nouns")
PLACE_ACTOR_NOUNS: frozenset[str] = _words("place_actor_nouns")
SPEECH_ACT_VERBS: frozenset[str] = _words("speech_act_verbs")
CHANCE_NOUNS: frozenset[str] = _words("chance_nouns")
CALL_PURPOSES: frozenset[str] = _words("call_purposes")
BENEFIT_VERBS: frozenset[str] = _words("benefit_verbs")
REBUILDING_VERBS: frozenset[str] = _words("rebuilding_verbs")
# (whom aid given or promised for a purpose goes to: the one it helps, rebuilds or pays for)
AID_PURPOSE_VERBS: frozenset[str] = BENEFIT_VERBS | REBUILDING_VERBS
OFFICE_NOUNS: frozenset[str] = _words("office_nouns")
STALLING_VERBS: frozenset[str] = _words("stalling_verbs")
DATED_ACT_CODES: frozenset[str] = _words("dated_act_codes")
BREAKDOWN_VERBS: frozenset[str] = _words("breakdown_verbs")
MOURNING_NOUNS: frozenset[str] = _words("mourning_nouns")
PLACE_TARGET_ROOTS: tuple[str, ...] = _roots("place_target_roots")
ADDRESSED_ROOTS: tuple[str, ...] = _roots("addressed_roots")
ADDRESSEE_ROOTS: tuple[str, ...] = _roots("addressee_roots")
CLAUSE_TARGET_ROOTS: tuple[str, ...] = _roots("clause_target_roots")
ASKING_ROOTS: tuple[str, ...] = _roots("asking_roots")
SHARING_VERBS: frozenset[str] = _words("sharing_verbs")
INFORMATION_NOUNS: frozenset[str] = _words("information_nouns")
COURT_ROOTS: tuple[str, ...] = _roots("court_roots")
ARREST_VERBS: frozenset[str] = _words("arrest_verbs")
HELD_ON_CHARGE_VERBS: frozenset[str] = _words("held_on_charge_verbs")
COURT_ACTS: frozenset[str] = _words("court_acts")
CONDITION_MARKS: tuple[str, ...] = _roots("condition_marks")
THREAT_PREPS: tuple[str, ...] = _roots("threat_preps")
NAMING_VERBS: frozenset[str] = _words("naming_verbs")
SUBMITTING_VERBS: frozenset[str] = _words("submitting_verbs")
REFUSING_VERBS: frozenset[str] = _words("refusing_verbs")
REPELLING_VERBS: frozenset[str] = _words("repelling_verbs")
POSSESSIVES: frozenset[str] = _words("possessives")
STATE_ROLES: frozenset[str] = _words("state_roles")
STATE_BODY_ROLES: frozenset[str] = _words("state_body_roles")
NAMED_APART_ROLES: frozenset[str] = _words("named_apart_roles")
# (the country itself, with no role, is of its own side too)
OWN_SIDE_ROLES: frozenset[str | None] = frozenset({None, *_words("own_side_roles")})
BRANCH_ROLES: frozenset[str] = _words("branch_roles")
CURBED_ROLE_CODES: dict[str, str] = _table("curbed_role_codes")
EFFIGY_NOUNS: frozenset[str] = _words("effigy_nouns")
PROTEST_DESTINATION_PREPS: frozenset[str] = _words("protest_destination_preps")
OPPOSED_STATE_WORDS: dict[str, str] = _table("opposed_state_words")
CONTEST_VERBS: frozenset[str] = _words("contest_verbs")
HELD_AS: frozenset[str] = _words("held_as")
HEADLINE_PASSIVE_VERBS: frozenset[str] = _words("headline_passive_verbs")
OBJECT_TAKING_VERBS: frozenset[str] = HEADLINE_PASSIVE_VERBS | _words("object_taking_verbs")
HABIT_ADVERBS: frozenset[str] = _words("habit_adverbs")
CASE_REFERENCES: frozenset[str] = _words("case_references")
DEAL_NOUNS: frozenset[str] = _words("deal_nouns")
SENT_NOUNS: frozenset[str] = _words("sent_nouns")
GROUP_OFFICER_NOUNS: frozenset[str] = _words("group_officer_nouns")
REPROACH_VERBS: frozenset[str] = _words("reproach_verbs")
ASKING_VERBS: frozenset[str] = _words("asking_verbs")
OFFERING_VERBS: frozenset[str] = _words("offering_verbs")
IDLE_COMPOUNDS: frozenset[str] = _words("idle_compounds")
ATTACKER_NOUNS: frozenset[str] = _words("attacker_nouns")
ATTRACTION_VERBS: frozenset[str] = _words("attraction_verbs")
INSTITUTION_ROLES: frozenset[str] = _words("institution_roles")
PRIVATE_ROLES: frozenset[str] = _words("private_roles")
ENGAGE_IN: frozenset[str] = _words("engage_in")
RESPOND_WITH: frozenset[str] = _words("respond_with")
ANSWER_NOUNS: frozenset[str] = _words("answer_nouns")
CONTINUE_WITH: frozenset[str] = _words("continue_with")
ASPECT_VERBS: frozenset[str] = _words("aspect_verbs")
SETTLING_VERBS: frozenset[str] = _words("settling_verbs")
COUNSEL_NOUNS: frozenset[str] = _words("counsel_nouns")
PROSECUTING_VERBS: frozenset[str] = _words("prosecuting_verbs")
BENCH_NOUNS: frozenset[str] = _words("bench_nouns")
EXERCISE_REFERENCES: frozenset[str] = _words("exercise_references")
CONTINUE_PARTICLES: frozenset[str] = _words("continue_particles")
OF_HEADS: frozenset[str] = _words("of_heads")
SPEECH_NOUNS: frozenset[str] = _words("speech_nouns")
ISSUED_TEXT_NOUNS: frozenset[str] = _words("issued_text_nouns")
TEXT_STOPPING_VERBS: frozenset[str] = _words("text_stopping_verbs")
HOLDING_PLACES: frozenset[str] = _words("holding_places")
TEXT_PROPOSING_VERBS: frozenset[str] = _words("text_proposing_verbs")
MOTION_VERBS: frozenset[str] = _words("motion_verbs")
WEAPON_NOUNS: frozenset[str] = _words("weapon_nouns")
EVENT_HEADS: frozenset[str] = _words("event_heads")
DOMESTIC_FORCE_ROOTS: tuple[str, ...] = _roots("domestic_force_roots")
CLAIM_NOUNS: frozenset[str] = _words("claim_nouns")
FORCE_AND_COERCION_ROOTS: tuple[str, ...] = _roots("force_and_coercion_roots")
SPOKEN_ROOTS: frozenset[str] = _words("spoken_roots")
CLAIM_VERBS: frozenset[str] = _words("claim_verbs")
SIGN_NOUNS: frozenset[str] = _words("sign_nouns")
TOLD_AS_DONE_MARKS: frozenset[str] = _words("told_as_done_marks")
OWNING_VERBS: frozenset[str] = _words("owning_verbs")
OWNED_WORDS: frozenset[str] = _words("owned_words")
MADE_WORDS: frozenset[str] = _words("made_words")
# What a penalty is laid on may be owned, flagged or made by a country ("Chinese-made").
OWNED_OR_MADE: frozenset[str] = OWNED_WORDS | MADE_WORDS
NAME_ENTITIES: frozenset[str] = _words("name_entities")
RELATIVE_PRONOUNS: frozenset[str] = _words("relative_pronouns")
COOPERATIVE_INTENT: frozenset[str] = _words("cooperative_intent")
NAMING_KINDS: frozenset[str] = _words("naming_kinds")
REFERRING_WORDS: frozenset[str] = _words("referring_words")
PROTEST_STANCE_NOUNS: frozenset[str] = _words("protest_stance_nouns")
PROTEST_PURPOSE_VERBS: frozenset[str] = _words("protest_purpose_verbs")
RELIGION_CODES: frozenset[str] = _words("religion_codes")
DOCUMENT_NOUNS: frozenset[str] = _words("document_nouns")
FINDING_NOUNS: frozenset[str] = _words("finding_nouns")
RELEASED_INFORMATION: frozenset[str] = _words("released_information")
PATIENT_OF_NOUNS: frozenset[str] = _words("patient_of_nouns")
HOLDING_VERBS: frozenset[str] = _words("holding_verbs")
RELEASE_NOUNS: frozenset[str] = _words("release_nouns")
GIVEN_NOT_AID: frozenset[str] = _words("given_not_aid") | RELEASED_INFORMATION
READY_WORDS: frozenset[str] = _words("ready_words")
STOP_VERBS: frozenset[str] = _words("stop_verbs")
FACILITY_NOUNS: frozenset[str] = _words("facility_nouns")
PREMISES_NOUNS: frozenset[str] = _words("premises_nouns")
UNIT_ACT_NOUNS: frozenset[str] = _words("unit_act_nouns")
GARRISON_NOUNS: frozenset[str] = _words("garrison_nouns")
CURFEW_NOUNS: frozenset[str] = _words("curfew_nouns")
ANCHOR_PREPS: frozenset[str] = _words("anchor_preps")
TIME_SPAN_NOUNS: frozenset[str] = _words("time_span_nouns")
ANCHOR_NOUNS: frozenset[str] = _words("anchor_nouns")
COMMUNITY_HEADS: frozenset[str] = _words("community_heads")
SENDING_VERBS: frozenset[str] = _words("sending_verbs")
SINGULAR_PRONOUNS: frozenset[str] = _words("singular_pronouns")
THIRD_PARTY_NOUNS: frozenset[str] = _words("third_party_nouns")
THIRD_PARTY_ROLES: frozenset[str] = _words("third_party_roles")
MALE_NOUNS: frozenset[str] = _words("male_nouns")
FEMALE_NOUNS: frozenset[str] = _words("female_nouns")
MEMBER_NOUNS: frozenset[str] = _words("member_nouns")
INSTITUTION_NOUNS: frozenset[str] = _words("institution_nouns")
FIRST_PLURAL: frozenset[str] = _words("first_plural")
PLURAL_ONLY: frozenset[str] = _words("plural_only")
SPEAKING_VERBS: frozenset[str] = _words("speaking_verbs")
PRONOUNS: frozenset[str] = _words("pronouns")
VERBAL_ATTACK_VERBS: frozenset[str] = _words("verbal_attack_verbs")
FORCE_MEANS: frozenset[str] = _words("force_means")
HANDED_PAPERS: frozenset[str] = _words("handed_papers")
DISPUTE_NOUNS: frozenset[str] = _words("dispute_nouns")
FIGHT_NOUNS: frozenset[str] = _words("fight_nouns")
ATTACK_NOUNS: frozenset[str] = _words("attack_nouns")
BUILDING_NOUNS: frozenset[str] = _words("building_nouns")
# Where an act of force is done, never its doer ("a church attack"): buildings and facilities.
STRUCK_PLACES: frozenset[str] = BUILDING_NOUNS | FACILITY_NOUNS
PROTESTER_NOUNS: frozenset[str] = _words("protester_nouns")
POLITICAL_ROLES: frozenset[str] = _words("political_roles")
ARMED_ROLES: frozenset[str] = _words("armed_roles")
# CAMEO's roots of force (assault, fight, unconventional mass violence: PLOVER's ASSAULT).
FORCE_ROOTS: tuple[str, ...] = ("18", "19", "20")
ERUPT_VERBS: frozenset[str] = _words("erupt_verbs")
CONSEQUENCE_NOUNS: frozenset[str] = _words("consequence_nouns")
UNDERGO_VERBS: frozenset[str] = _words("undergo_verbs")
DISASTER_NOUNS: frozenset[str] = _words("disaster_nouns")
DISASTER_VERBS: frozenset[str] = _words("disaster_verbs")
HOW_DONE_VERBS: frozenset[str] = _words("how_done_verbs")
RESULT_VERBS: frozenset[str] = _words("result_verbs")
CAUSING_VERBS: frozenset[str] = _words("causing_verbs")
INTRANSITIVE_PROTEST_VERBS: frozenset[str] = _words("intransitive_protest_verbs")
BUSINESS_PLOVERS: frozenset[str] = _words("business_plovers")
BUSINESS_TITLES: frozenset[str] = _words("business_titles")
GENERIC_HEADS: frozenset[str] = _words("generic_heads")
GAIN_NOUNS: frozenset[str] = _words("gain_nouns")
OPEN_WATERS: frozenset[str] = _words("open_waters")
DRAW_VERBS: frozenset[str] = _words("draw_verbs")
NON_STATE_ROLES: frozenset[str] = _words("non_state_roles")
ACT_REFERENCES: frozenset[str] = _words("act_references")
ACT_NOUNS_OF_VERBS: dict[str, str] = _table("act_nouns_of_verbs")
CARE_PLACES: frozenset[str] = _words("care_places")
TRIP_AIMS: frozenset[str] = _words("trip_aims")
TAKING_VERBS: frozenset[str] = _words("taking_verbs")
SIDE_VERBS: frozenset[str] = _words("side_verbs")
STANDING_VERBS: frozenset[str] = _words("standing_verbs")
OPPONENT_NOUNS: frozenset[str] = _words("opponent_nouns")
COLLECTIVE_NOUNS: frozenset[str] = _words("collective_nouns")
PERSON_ROLES: frozenset[str] = _words("person_roles")
COURT_HOLDING_VERBS: frozenset[str] = _words("court_holding_verbs")
VOTE_NOUNS: frozenset[str] = _words("vote_nouns")
FORCE_REFERENCES: frozenset[str] = _words("force_references")
BREACH_WORDS: frozenset[str] = _words("breach_words")
REHEARSAL_VERBS: frozenset[str] = _words("rehearsal_verbs")
PREVENTING_VERBS: frozenset[str] = _words("preventing_verbs")
WARNING_VERBS: frozenset[str] = _words("warning_verbs")
INTERCEPTED_NOUNS: frozenset[str] = _words("intercepted_nouns")
TALK_NOUNS: frozenset[str] = _words("talk_nouns")
CONTACT_NOUNS: frozenset[str] = _words("contact_nouns")
PLURAL_WORDS: frozenset[str] = _words("plural_words")
DEATH_NOUNS: frozenset[str] = _words("death_nouns")
PATIENT_NOUNS: frozenset[str] = _words("patient_nouns")
REASON_NOUNS: frozenset[str] = _words("reason_nouns")
SUMMARY_NOUNS: frozenset[str] = _words("summary_nouns")
ADJUNCT_PREPS: frozenset[str] = _words("adjunct_preps")
DEED_REFERENCES: frozenset[str] = _words("deed_references")
SAID_ONLY_ROOTS: tuple[str, ...] = _roots("said_only_roots")
COURT_REFERENCES: frozenset[str] = _words("court_references")
