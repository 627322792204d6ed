"""The event coder's trigger stage: which words express an event (verbs, nominal events,
predicate adjectives, light verbs) and which pattern of the lexicon fits each."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from tidings.actors.home import first_conjunct, span_root
from tidings.actors.resolve import ANYONE_PRONOUNS, PEOPLE_PRONOUNS
from tidings.events import dates, places
from tidings.events.arguments import describes_one_acted_on, names_a_body
from tidings.events.modality import teller_of, wanted
from tidings.events.patterns import Pattern
from tidings.events.selection import Selection, definite, told_before, workers
from tidings.events.sentence import Candidate
from tidings.events.syntax import (
    ANY_SUBJ,
    DEFAULT_TARGET_PREPS,
    FINITE_TAGS,
    LOCATIVE_PREPS,
    PLACE_PREPS,
    SUBJ,
    SUBJ_PASS,
    answers,
    between_sides,
    by_prefix,
    clauses_of,
    conditions_of,
    content_of,
    countries_of,
    describing_relative,
    goes_on,
    goes_on_with,
    ident,
    is_passive,
    is_that_clause,
    known_country,
    object_parsed_as_clause,
    of_objects,
    phrases_of,
    predicates_of,
    present,
    purpose_clause,
    relative_antecedent,
    time_anchor,
    told_as_done,
    verb_above,
    verbs_of_act_noun,
    xcomp_chain,
)
from tidings.events.words import (
    ACCUSING_VERBS,
    ADDRESSED_ROOTS,
    AID_PURPOSE_VERBS,
    ANCHOR_PREPS,
    ARMED_ROLES,
    ARREST_VERBS,
    ASKING_ROOTS,
    ASPECT_VERBS,
    ATTACK_NOUNS,
    ATTRACTION_VERBS,
    BENCH_NOUNS,
    BENEFIT_VERBS,
    BREACH_WORDS,
    BREAKDOWN_VERBS,
    BUSINESS_TITLES,
    CALL_PURPOSES,
    CARE_PLACES,
    CEASING_VERBS,
    CHANCE_NOUNS,
    CHARGE_FILING_VERBS,
    CLAIM_NOUNS,
    CLAIM_VERBS,
    CLAUSE_TARGET_ROOTS,
    CODED_BY_WHAT_IS_VOWED,
    COMMENT_REFUSED_VERBS,
    CONSEQUENCE_NOUNS,
    CONTACT_NOUNS,
    CONTEST_VERBS,
    COOPERATIVE_INTENT,
    COOPERATIVE_ROOTS,
    COUNSEL_NOUNS,
    COURT_ACTS,
    COURT_ROOTS,
    DEAL_NOUNS,
    DISASTER_NOUNS,
    DISASTER_VERBS,
    DOER_SPEAKER_ROLES,
    DOERLESS_ROOTS,
    DOING_PARTICIPLES,
    DOMESTIC_FORCE_ROOTS,
    DRAW_VERBS,
    DYING_VERBS,
    ENGAGE_IN,
    ERUPT_VERBS,
    EVENT_HEADS,
    FORCE_AND_COERCION_ROOTS,
    FORCE_REFERENCES,
    FORCE_ROOTS,
    GAIN_NOUNS,
    GIVEN_NOT_AID,
    HABIT_ADVERBS,
    HANDED_PAPERS,
    HELD_AS,
    HELD_ON_CHARGE_VERBS,
    HOLDING_PLACES,
    IDLE_COMPOUNDS,
    INTENT_OF_ROOT,
    INTERCEPTED_NOUNS,
    INTRANSITIVE_PROTEST_VERBS,
    MOTION_VERBS,
    MOURNING_NOUNS,
    NAME_ENTITIES,
    OF_HEADS,
    OFFICE_NOUNS,
    OPEN_WATERS,
    ORDERING_VERBS,
    PLACE_TARGET_ROOTS,
    POSSESSIVES,
    PREVENTING_VERBS,
    PROSECUTING_VERBS,
    PROTESTER_NOUNS,
    READY_WORDS,
    REFLEXIVE_PRONOUNS,
    REFUSING_VERBS,
    REHEARSAL_VERBS,
    REJECT_OF_ROOT,
    RELATIVE_PRONOUNS,
    RELEASED_INFORMATION,
    REPELLING_VERBS,
    REPROACH_VERBS,
    SENDING_VERBS,
    SIDE_VERBS,
    SPEAKING_VERBS,
    SPOKEN_ROOTS,
    STALLING_VERBS,
    STANDING_VERBS,
    STATE_BODY_ROLES,
    STATE_ROLES,
    STOP_VERBS,
    STRUCK_PLACES,
    SUBMITTING_VERBS,
    TAKING_VERBS,
    TALK_NOUNS,
    THIRD_PARTY_NOUNS,
    THIRD_PARTY_ROLES,
    THREAT_OF_CODE,
    TROOP_NOUNS,
    UNDER_FIRE_NOUNS,
    UNIT_ACT_NOUNS,
    VOTE_NOUNS,
    VOWED_FORCE,
    WAR_NOUNS,
    WARNING_SPEAKER_ROLES,
    WARNING_VERBS,
    WEAPON_NOUNS,
    WHOLE_PLACE_NOUNS,
    intent_code,
)
from tidings.model import Actor, Mention

if TYPE_CHECKING:
    from spacy.tokens import Token


def _held_captive(verb: Token) -> list[Token] | None:
    """The captors of the one a verb's object names as held captive ("migrants held by a
    cartel": [cartel]; "the kidnapped pupils", "hostages who were abducted": [] when no captor is
    named), or None when the object is not described as held captive."""
    for o in (c for c in verb.children if c.dep_ == "dobj"):
        for d in o.children:
            told = (d.dep_ == "amod" and d.tag_ == "VBN") or (d.dep_ == "acl" and d.tag_ == "VBN") \
                or (d.dep_ == "relcl" and any(a.dep_ == "auxpass" for a in d.children))
            if told and d.lemma_.lower() in CAPTIVITY_VERBS:
                return [g for a in d.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    return None


# The state's forces, who rescue the captives of others.
RESCUING_ROLES = frozenset({"MIL", "COP"})
# Verbs of holding someone captive ("held by a cartel", "the kidnapped pupils").
CAPTIVITY_VERBS = frozenset({"hold", "kidnap", "abduct", "capture", "seize", "take"})


def _constrained(p: Pattern) -> bool:
    """Whether a pattern asks anything of its verb's arguments (else any use of the verb fits)."""
    return bool(p.ccomp_aux or p.particle or p.obj or p.pobj or p.xcomp or p.need_prep or p.subj)


# Prepositions by which an attack says what people died of ("died in Israeli shelling", "died
# after a missile strike"; CAMEO's verb dictionary, DIE * (DURING SHELLING), * (AFTER ASSAULT)).
DYING_PREPS = ("in", "during", "from", "after")
# The states an attack leaves its victims in ("left six soldiers dead").
HARMED_STATES = frozenset({"dead", "injured", "wounded", "hurt"})
# Acts that are no force of their own but are force used on those who die in them ("died in a
# raid"; CAMEO's verb dictionary, DIE * (IN RAID) :190).
DEADLY_RAID_NOUNS = frozenset({"raid", "raids"})


# Nouns of a rise in something ("an increase in tariffs"): what rises is what is acted on.
RISE_NOUNS = frozenset({"increase", "rise", "hike"})
# The patterns of a measure ruled or declared void, aimed at its author.
MEASURE_STRUCK_PATTERNS = frozenset({"rule.invalid", "declare.invalid"})


# the parts of speech a trigger can be (a verb, "be" told as an act, a noun, an adjective of a
# state); of the others only a preposition's complement is read, to say an act is not done
TRIGGER_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN", "ADJ"})


class Triggers(Selection):
    # ---- triggers ------------------------------------------------------------------------
    def trigger(self, tok: Token, consumed: set[int]) -> list[Candidate] | str:
        if tok.pos_ not in TRIGGER_POS and tok.dep_ != "pcomp":
            return ""  # (half a sentence's words: no rule below reads a determiner, a preposition, ...)
        lem = tok.lemma_.lower()
        if tok.tag_ in ("NNP", "NNPS") and lem not in self.lex.nouns and tok.is_sent_start is not False and tok.is_title:
            # a plural tagged a proper noun at a sentence's start ("DUBAI — Protests erupted")
            lem = next((w for w in (lem[:-2] if lem.endswith("es") else "", lem[:-1] if lem.endswith("s") else "")
                        if w in self.lex.nouns), lem)
        if tok.pos_ in ("NOUN", "PROPN") and tok.i in self.by_token and self.by_token[tok.i].actors[0].kind == "igo":
            # a word of an organisation's name ("Asia-Pacific Economic Cooperation") is no act
            return f"'{tok.text}': part of the name '{self.by_token[tok.i].text}'"
        if tok.pos_ == "VERB" and tok.is_title and len(tok) > 1 and not tok.is_sent_start and tok.i > tok.sent.start \
                and tok.nbor(-1).is_alpha and not tok.nbor(-1).is_sent_start:
            # ("the Group to Support Islam and Muslims", "Save the Children"): a verb written
            # with a capital inside a sentence is a word of a name
            return f"'{tok.text}': a capitalised verb inside a sentence, part of a name"
        if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
            # "agreed to resign without returning to Kyrgyzstan": what is not done
            return f"'{tok.text}': an act said not to happen ('without')"
        if tok.dep_ == "pcomp" and tok.head.lower_ == "against" and tok.head.head.lemma_.lower() in WARNING_VERBS:
            # "warned NATO against sending troops", "cautioned Seoul against deploying": what
            # a warning is against is not done (the warning is the act)
            return f"'{tok.text}': an act warned against ('{tok.head.head.text} ... against')"
        if tok.dep_ == "xcomp" and tok.tag_ == "VBG" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in CEASING_VERBS:
            # "stopped arresting protesters", "would stop kidnapping civilians": what is stopped
            # is not done (stopping force is an act of its own, the stopping verb's)
            return f"'{tok.text}': an act stopped ('{tok.head.text} {tok.text}')"
        if tok.dep_ == "pcomp" and tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in PREVENTING_VERBS:
            # "bar them from travelling to the EU", "stopped the boat from reaching the shoal":
            # what is prevented does not happen (the preventing is the act)
            return f"'{tok.text}': an act prevented ('{tok.head.head.text} ... from')"
        if tok.pos_ in ("VERB", "AUX") and lem == "be":
            return self._be_in(tok)
        if tok.pos_ == "VERB" and lem == "come" and (fire := self._under_fire(tok)) is not None:
            return self._came_under(tok, fire)
        if tok.pos_ == "VERB" and tok.tag_ == "VBG" and lem in self.lex.nouns and tok.dep_ != "acl" and not any(
            c.dep_ in ANY_SUBJ for c in tok.children
        ) and any(c.dep_ == "prep" and c.lower_ in ("between", "with", "against", "of", "in") for c in tok.children):
            # "fighting between A and B" parsed as a gerund: a nominal event (but "people
            # protesting in Minsk" is what the people do)
            return self._noun(tok, self.lex.nouns[lem], None, [], consumed)
        if tok.pos_ == "VERB" and tok.tag_ == "VBN" and tok.lower_ in self.lex.adjectives and any(c.dep_ == "auxpass" for c in tok.children) and (
                not any(c.dep_ == "agent" for c in tok.children) or "by" in self.lex.adjectives[tok.lower_].prep):
            # "Israel is opposed to ...", "is committed to ...": a state, not a passive act
            # ("was outraged by the killings": a state, whose "by" is what caused it)
            return self._verb(tok, tok.lower_, consumed, adjective=True)
        if tok.pos_ == "VERB" and lem in self.lex.verbs:
            return self._describes(tok, lem) or self._verb(tok, lem, consumed)
        if lem == "charge" and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "on":
            return self._charges_held_on(tok)
        if tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ in NAME_ENTITIES and lem in self.lex.nouns:
            # "the Vietnam War", "the Peace Corps": a word of a name is no act
            return f"'{tok.text}': part of a name ({tok.ent_type_})"
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound":
            if lem not in self.lex.noun_heads and lem not in EVENT_HEADS:
                return ""  # (most nouns: no nominal pattern ends in them)
            mods = [c for c in tok.children if c.dep_ == "compound"]
            if lem == "appeal" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ATTRACTION_VERBS:
                return f"'{tok.head.text} {tok.text}': attractiveness, not a plea"
            idle = self._idle_compound(tok)
            if idle is not None:
                return f"'{tok.text}': '{idle.text} {tok.text}' names no act"
            for c in mods + [c for c in tok.children if c.dep_ == "amod"]:
                # a two-word event ("hunger strike", "air raid") before its head word alone
                pat2 = self.lex.nouns.get(f"{c.lemma_.lower()} {lem}")
                if pat2 is not None:
                    consumed.add(c.i)
                    return self._noun(tok, pat2, None, [], consumed)
            pat1 = self.lex.noun(lem, _prepositions(tok))
            harm = tok.head if tok.dep_ in SUBJ else _adjunct_verb(tok, ("in", "by"))
            if pat1 is not None and pat1.code[:2] == "14" and harm is not None and (
                    any(p.code[:2] in FORCE_ROOTS for p in self.lex.verbs.get(harm.lemma_.lower(), ()))
                    or (harm is not tok.head and harm.lemma_.lower() in DYING_VERBS)):
                # "an Israeli strike near Damascus killed four people", "were killed in an Israeli
                # strike", "died in the strikes": a strike that kills, or that people are killed
                # or die in, is force, not a walkout
                pat1 = next((p for p in self.lex.noun_alternatives.get(lem, ()) if p.code[:2] in FORCE_ROOTS), pat1)
            if pat1 is not None and pat1.code[:2] == "14" and lem == "strike" and self._states_strike(tok):
                # "prompting U.S. and British strikes on their positions", in a lead that tells
                # acts of force: states' strikes are force, not walkouts
                pat1 = next((p for p in self.lex.noun_alternatives.get(lem, ()) if p.code[:2] in FORCE_ROOTS), pat1)
            if tok.dep_ == "pobj" and tok.head.lower_ == "of":
                # "a state of siege" is its own act (martial law), not a siege
                pat1 = self.lex.nouns.get(f"{tok.head.head.lemma_.lower()} of {lem}") or pat1
            if pat1 is not None:
                return self._noun(tok, pat1, None, [], consumed)
            if lem in EVENT_HEADS:
                # "a mediation effort between A and B": the event is the modifier, its
                # arguments hang on the head
                for c in mods:
                    if c.lemma_.lower() in self.lex.nouns:
                        consumed.add(c.i)
                        pat3 = self.lex.nouns[c.lemma_.lower()]
                        return self._noun(tok, pat3, None, [f"nominal event '{c.text} {tok.text}' matched pattern {pat3.id}.n -> CAMEO {pat3.code}"], consumed)
        if tok.pos_ == "ADJ" and lem in self.lex.adjectives and tok.dep_ in ("acomp", "amod", "ROOT", "conj", "advcl", "xcomp", "oprd"):
            return self._verb(tok, lem, consumed, adjective=True)
        return ""

    def _charges_held_on(self, tok: Token) -> list[Candidate] | str:
        """"Arrested a commissioner on charges that he took bribes", "has been held for months
        on charges of treason", "in custody on charges of ...": the one held is charged with a
        crime (the guideline's ACCUSE; CAMEO 1121) by the ones who hold them, or by no one when
        the clause names none; a sentence passed on charges is no charge."""
        held = tok.head.head
        while held.dep_ in ("pobj", "prep") and held.pos_ != "VERB":
            held = held.head  # ("held for four months on charges": the verb the time hangs on)
        if held.pos_ == "VERB" and held.lemma_.lower() in HELD_ON_CHARGE_VERBS:
            slot = "nsubjpass" if is_passive(held) else "dobj"
        elif held.lemma_.lower() == "be" and any(p.dep_ == "prep" and p.lower_ == "in" and o.lemma_.lower() in HOLDING_PLACES
                                                 for p in held.children for o in p.children if o.dep_ == "pobj"):
            slot = "nsubj"
        else:
            return f"nominal '{tok.text}': no one told held on them"
        # (the one held itself, not whose things are: "held customers' deposits on charges")
        targets = [m for c in held.children if c.dep_ == slot for m in self.actors_of(c) if m.start <= c.idx < m.end]
        if not targets:
            return f"nominal '{tok.text}': the one held on them names no actor"
        srcs = self.subject(held)[0] if slot == "dobj" else []
        return self._emit(srcs, targets, CHARGES_HELD_ON, [tok],
                          [f"nominal '{tok.text}': the charges the one '{held.text}' is held on"], modality_tok=held)

    def _claimants_denied(self, verb: Token, sources: list[Mention]) -> list[Mention]:
        """The subject of the sentence's verb of saying or reproach, other than the sources,
        when ``verb`` denies from a relative clause, with no object of its own, a noun of
        claim that follows that verb ("Rights groups said ..., a claim police denied",
        "Protesters blame the RSF for the killings, an accusation the council denied"); []
        otherwise."""
        claim = verb.head
        if verb.dep_ not in ("relcl", "acl") or claim.lemma_.lower() not in CLAIM_NOUNS or any(c.dep_ == "dobj" for c in verb.children):
            return []
        said = verb.sent.root
        if said.i > claim.i or (lem := said.lemma_.lower()) not in SPEAKING_VERBS and lem not in REPROACH_VERBS:
            return []
        mine = {ident(b) for sm in sources for b in sm.actors}
        return [m for m in self.subject(said)[0] if m.actors and not any(ident(a) in mine for a in m.actors)]

    def _charged_over(self, noun: Token) -> list[Mention]:
        """The ones a court act (charged, indicted, sentenced, convicted) is done to, when
        ``noun`` is what it is over: "charged *him* with murder in the shooting", "*an officer*
        was charged on Tuesday in the shooting death", "jailed *two men* for the killing",
        "*two men* were charged with the murder of a police officer"; [] otherwise."""
        if noun.dep_ in ("amod", "compound") and noun.head.dep_ == "pobj":
            noun = noun.head  # ("in the shooting death of")
        # (or the crime charged itself, when it names whom it was done to: "charged with the
        # murder of a police officer")
        if noun.dep_ != "pobj" or (noun.head.lower_ not in ("in", "over", "for") and not (noun.head.lower_ == "with" and of_objects(noun))):
            return []
        up = noun.head.head
        # (or over the crime charged: "charged with manslaughter in the shooting")
        if up.pos_ == "NOUN" and up.dep_ == "pobj" and up.head.lower_ == "with":
            up = up.head.head
        if up.pos_ != "VERB" or up.lemma_.lower() not in COURT_ACTS:
            return []
        return [m for c in up.children if c.dep_ in ("dobj", "nsubjpass") for m in self.actors_of(c) if m.actors]

    def _blamed_in_telling(self, verb: Token) -> list[Mention]:
        """Whom a sentence blames for an act of force ``verb`` tells with no doer: by a
        participle of blaming on the verb that tells it ("Drones struck a power station, the
        army said, blaming the RSF") or by a blaming verb joined to it ("a bomb killed two
        soldiers, and police blamed insurgents for the attack"), for nothing or for the attack
        itself; [] otherwise."""
        blames = [c for c in verb.head.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() == "blame"] \
            if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEAKING_VERBS else []
        blames += [c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() == "blame"]
        for b in blames:
            named = [o for p in b.children if p.dep_ == "prep" and p.lower_ in ("for", "on") for o in p.children if o.dep_ == "pobj"]
            if not all(_names_the_attack(o) for o in named):
                continue  # (blamed for something else: "blaming the RSF for the blackout")
            ms = [m for o in b.children if o.dep_ == "dobj" for m in self.actors_of(o) if m.actors]
            if ms:
                return ms
        return []

    def _accused_of(self, noun: Token) -> list[Mention]:
        """The ones an act ``noun`` is laid on by a verb of accusing ("a gang accused of
        attacks", "a faction blamed for some of the deadliest attacks", "accused the militia of
        attacks", "which is blamed for the bombing"); [] otherwise."""
        part = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        if part is not None and part.dep_ == "pobj" and (part.lemma_.lower() in OF_HEADS or part.pos_ in ("PRON", "NUM", "DET", "ADJ")):
            noun = part  # ("some of the deadliest attacks", "a wave of attacks")
        if any(c.tag_ == "VBG" or (c.dep_ in ("compound", "amod") and c.lower_.endswith("ing")) for c in noun.children):
            return []  # ("accused of financing attacks": a gerund the parser hung on the act)
        verb = noun.head.head if noun.dep_ == "pobj" else None
        if verb is not None and verb.dep_ == "dobj" and ACCUSING_VERBS.get(verb.head.lemma_.lower()) == noun.head.lower_:
            # ("accused the militia of attacks", the "of" hung on the one accused)
            return [m for m in self.actors_of(verb) if m.actors]
        if verb is None or verb.pos_ != "VERB" or ACCUSING_VERBS.get(verb.lemma_.lower()) != noun.head.lower_:
            return []
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            return [m for m in self.actors_of(verb.head) if m.actors]
        accused = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        accused = [relative_antecedent(c) or c for c in accused]
        return [m for c in accused if c is not None for m in self.actors_of(c) if m.actors]

    def _another_body(self, m: Mention, a: Actor) -> bool:
        """Whether the target ``a`` of ``m`` is another person or body of the state, named in
        its own words and owned by no one ("pledged to work with the governor"), not the
        source's own envoys or forces ("agreed to return their ambassadors", "to pull back
        troops")."""
        if a.kind == "person":
            return True
        if a.role != "GOV" or not names_a_body(m, a):
            return False
        toks = self._mention_tokens(m)
        return bool(toks) and not any(c.dep_ == "poss" for t in toks for c in t.children) and toks[-1].tag_ not in ("NNS", "NNPS")

    def _match(self, tok: Token, pats: tuple[Pattern, ...]) -> Pattern | None:
        if pats and not _constrained(pats[0]):
            return pats[0]  # (the first pattern asks nothing of the verb's arguments)
        kids = list(tok.children)
        # a date's preposition ("on Sunday") is not the verb's own ("called on X")
        preps = {c.lower_ for c in kids if c.dep_ in ("prep", "prt", "agent", "advmod")
                 and not (c.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in c.children))}
        # "forced X out of the country": "out" of "out of" is the verb's particle
        # ("firing back that ...": "back" parsed as an adverb is still the particle)
        parts = {c.lower_ for c in kids if c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ == "out") or (c.dep_ == "advmod" and c.lower_ in ("back", "down", "out", "away"))}
        # ("called for Johnson to resign", parsed as an adverbial clause whose mark is "for")
        preps |= {"for" for c in kids if _for_clause(c) is not None}
        objs: set[str] = set()
        if any(p.obj for p in pats):
            objs = {c.lemma_.lower() for c in kids if c.dep_ in ("dobj", "nsubjpass")} | {c.lower_ for c in kids if c.dep_ in ("dobj", "nsubjpass")}
            # ("denied them bail", parsed as a clause of "them" doing "bail": the word is the object)
            objs |= {c.lower_ for c in kids if object_parsed_as_clause(c)}
            # a measure of what is acted on counts as its object ("700 kg of medicine", "a
            # battalion of troops")
            objs |= {w for c in kids if c.dep_ in ("dobj", "nsubjpass") for o in of_objects(c) for w in (o.lemma_.lower(), o.lower_)}
            # (and a sum of it, "sent $400 million in humanitarian aid", the "in" hung on the sum
            # or on the verb)
            sums = [c for c in kids if c.dep_ in ("dobj", "nsubjpass") and (c.pos_ == "NUM" or c.ent_type_ == "MONEY")]
            # (a sum of money is CAMEO's &CURRENCY: "pledged $2 billion")
            objs |= {"&currency" for c in sums if c.ent_type_ == "MONEY"}
            objs |= {w for h in (sums + [tok] if sums else []) for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
                     for o in p.children if o.dep_ == "pobj" for w in (o.lemma_.lower(), o.lower_)}
            # (and a rise in it is it: "suspended a planned increase in tariffs")
            objs |= {w for c in kids if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in RISE_NOUNS for p in c.children
                     if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.dep_ == "pobj" for w in (o.lemma_.lower(), o.lower_)}
            # (a person named is "&person": "McCain was held there"; not one held to be
            # something, "held Smith responsible", nor held up or back)
            if not any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "prt") for c in kids):
                objs |= {"&person" for c in kids if c.dep_ in ("dobj", "nsubjpass") and c.ent_type_ == "PERSON"}
            # ("soldiers held by the Taliban": a past participle that qualifies a noun, with
            # its doer, has that noun as its object)
            if tok.dep_ == "acl" and tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in kids):
                objs |= {tok.head.lemma_.lower(), tok.head.lower_}
            # ("the deal the prime minister struck": a relative clause with a subject of its own
            # and no object has its antecedent as its object)
            if tok.dep_ == "relcl" and not any(c.dep_ in ("dobj", "nsubjpass") for c in kids) \
                    and any(c.dep_ == "nsubj" and c.lower_ not in ("who", "which", "that") for c in kids):
                objs |= {tok.head.lemma_.lower(), tok.head.lower_}
            # ("fired tear gas and water cannon", parsed with the gas as a modifier of the cannon:
            # the words that qualify the object count as objects too)
            objs |= {o.lemma_.lower() for c in kids if c.dep_ in ("dobj", "nsubjpass") for o in c.children if o.dep_ in ("compound", "nmod")}
            # (a title of two words is the object by both: "summoned India's high commissioner")
            objs |= {f"{o.lower_} {c.lemma_.lower()}" for c in kids if c.dep_ in ("dobj", "nsubjpass") for o in c.children if o.dep_ in ("amod", "compound")}
            # (and by the two words that qualify it: "ended its defence cooperation agreement")
            objs |= {f"{q.lower_} {o.lemma_.lower()}" for c in kids if c.dep_ in ("dobj", "nsubjpass") for o in c.children if o.dep_ == "compound"
                     for q in o.children if q.dep_ in ("amod", "compound")}
            # ("gave the government seven days to pay": a span of time given, parsed as an adverb
            # of the verb, is what is given when the verb also has its receiver)
            if any(c.dep_ == "dative" for c in kids):
                objs |= {c.lemma_.lower() for c in kids if c.dep_ == "npadvmod"}
            # ("gave the troops three days to surrender": the same span parsed as an adverb beside
            # an object, known by the "to"-infinitive of what is to be done in it)
            objs |= {c.lemma_.lower() for c in kids if c.dep_ == "npadvmod" and any(
                v.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children) for v in c.children)}
            # (or with the infinitive hung on the verb: "gave Niger's junta one week to reinstate
            # the president")
            if any(c.dep_ == "dobj" for c in kids) and any(v.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children) for v in kids):
                objs |= {c.lemma_.lower() for c in kids if c.dep_ == "npadvmod"}
        # ("dismissed the inquiry as a stunt", "described the vote as a farce": what something
        # is called, with "as" hung on the verb or on the object)
        as_preps = [p for h in [tok, *(c for c in kids if c.dep_ == "dobj")] for p in h.children if p.dep_ == "prep" and p.lower_ == "as"]
        preps |= {"as" for p in as_preps if p.head.i != tok.i}
        clauses = clauses_of(tok)
        # ("found guilty": the predicate of the object counts as its complement)
        # (and by its form: "called the verdict biased", the predicate lemmatised as "bias")
        xcomps: set[str] = set()
        named_predicates: set[str] = set()
        if any(p.xcomp for p in pats):
            xcomps = {w for c in kids if c.dep_ in ("xcomp", "oprd") for w in (c.lemma_.lower(), c.lower_)} | {c.lemma_.lower() for c in clauses}
            # ("called the strikes an act of war": the name with its "of")
            xcomps |= {f"{c.lemma_.lower()} of {o.lemma_.lower()}" for c in kids if c.dep_ in ("xcomp", "oprd", "attr")
                       for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"}
            # ("called the decision an attack on press freedom": the name with its "on")
            xcomps |= {f"{c.lemma_.lower()} on" for c in kids if c.dep_ in ("xcomp", "oprd", "attr")
                       for p in c.children if p.dep_ == "prep" and p.lower_ == "on"}
            # ("called the decisions a short-sighted step": the name's qualifier says it)
            quals = [a for c in kids if c.dep_ in ("xcomp", "oprd") for a in c.children if a.dep_ == "amod"]
            xcomps |= {a.lemma_.lower() for a in quals}
            # ("short-sighted", split at its hyphen)
            xcomps |= {f"{a.nbor(-2).lower_}-{a.lower_}" for a in quals if a.i >= 2 and a.nbor(-1).text == "-"}
            # ("called the verdict politically motivated": the predicate with the adverb before
            # it, as a clause's predicate below)
            xcomps |= {f"{d.lower_} {c.lower_}" for c in kids if c.dep_ in ("xcomp", "oprd") for d in c.children if d.dep_ == "advmod"}
            # ("called the measures worthless": the predicate adjective parsed as the object's
            # qualifier, after it)
            xcomps |= {a.lemma_.lower() for c in kids if c.dep_ == "dobj" for a in c.children if a.dep_ == "amod" and a.i > c.i}
            # ("called the trial rigged": a bare participle after the object, parsed as a clause
            # describing it, is the predicate too)
            xcomps |= {a.lower_ for c in kids if c.dep_ == "dobj" for a in c.children
                       if a.dep_ == "acl" and a.i > c.i and a.tag_ in ("VBN", "VBD") and not any(a.children)}
            # ("declared the government's housing levy unconstitutional", the predicate adjective
            # parsed as the object, with what it is said of hung on it: for a pattern that names
            # its predicates, not one that takes any complement)
            named_predicates = {c.lower_ for c in kids if c.dep_ == "dobj" and c.pos_ in ("ADJ", "NOUN")
                                and any(o.dep_ in ("poss", "compound") for o in c.children)}
            # ("called the attack cowardly and senseless": the predicate adjective after the
            # object, tagged an adverb of the verb, with what is joined to it; for a pattern that
            # names its predicates: "pushed the crowd back" gives the crowd no complement)
            after_object = [c for c in kids if c.dep_ == "advmod" and any(k.dep_ == "dobj" and k.i < c.i for k in kids)]
            named_predicates |= {w for a in after_object for j in (a, *a.conjuncts) for w in (j.lemma_.lower(), j.lower_)}
            # ("took 240 people hostage", the predicate noun parsed as an adverbial clause)
            xcomps |= {c.lower_ for c in kids if c.dep_ in ("advcl", "npadvmod") and not any(a.dep_ in ("aux", "mark") + SUBJ for a in c.children)}
            # ("pushed Ukraine to announce ...", its infinitive parsed as an adverbial clause)
            xcomps |= {c.lemma_.lower() for c in kids if c.dep_ == "advcl" and c.i > tok.i and c.pos_ == "VERB"
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and any(k.dep_ == "dobj" for k in kids)}
            # ("gathered to chant slogans": the purpose right after the verb, parsed as an
            # adverbial clause)
            xcomps |= {c.lemma_.lower() for c in kids if c.dep_ == "advcl" and c.i == tok.i + 2 and c.pos_ == "VERB"
                       and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == tok.i + 1 for a in c.children)}
            # ("said the rioters were criminals": what a copular clause calls its subject)
            xcomps |= {a.lemma_.lower() for c in clauses if c.lemma_.lower() == "be" for a in c.children if a.dep_ == "attr"}
            # ("said the judgment was politically motivated", "said it was biased": what the
            # clause's predicate adjective calls its subject, with the adverb before it)
            predicates = [a for c in clauses if c.lemma_.lower() == "be" for a in c.children if a.dep_ == "acomp"]
            # ("said separatists were responsible", "were directly responsible for the arrest":
            # blame, unless what they answer for is no act, "responsible for the programme")
            predicates = [a for a in predicates if not (a.lower_ == "responsible" and any(
                p.dep_ == "prep" and p.lower_ == "for" and not any(o.dep_ == "pobj" and self._event_noun(o) is not None for o in p.children)
                for p in a.children))]
            xcomps |= {a.lower_ for a in predicates} | {f"{d.lower_} {a.lower_}" for a in predicates for d in a.children if d.dep_ == "advmod"}
            if tok.lemma_.lower() == "call":
                # ("called the ruling "judicial overreach"", parsed as one phrase: the quoted name
                # given to the act, its head the object)
                # ("called the suspensions "illegal and unconstitutional"": the quoted words after
                # the object, hung on it)
                for c in kids:
                    quote = next((q for q in c.children if q.tag_ == "``" and q.i > c.left_edge.i), None) if c.dep_ == "dobj" else None
                    if quote is None:
                        continue
                    after = [a for a in c.children if a.i > quote.i and a.dep_ in ("amod", "acomp")]
                    xcomps |= {w for a in [c, *after, *(j for a in after for j in a.children if j.dep_ == "conj")] for w in (a.lemma_.lower(), a.lower_)}
            # ("characterised the ruling as unconstitutional": what "as" names, with what is joined
            # to it)
            named_as = [o for p in as_preps for o in p.children if o.dep_ in ("pobj", "amod", "acomp")]
            named_as += [j for o in named_as for j in o.children if j.dep_ in ("conj", "amod")]
            xcomps |= {o.lemma_.lower() for o in named_as} | {o.lower_ for o in named_as}
            # ("said the trawler had illegally entered its waters": how the clause says its act
            # was done)
            xcomps |= {a.lower_ for c in clauses if c.lemma_.lower() != "be" for a in c.children if a.dep_ == "advmod"}
        clause_aux: set[str] = set()
        if any(p.ccomp_aux and p.ccomp_aux != ("*",) for p in pats):
            clause_aux = {a.lower_ for c in clauses for a in c.children if a.dep_ == "aux"}
            # ("warned that Israel was prepared to expand ...", "that the army was ready to retake
            # the town"): readiness to act, stated, announces the act as "would" does; it counts as
            # the auxiliary "ready"
            if any(r.lemma_.lower() in READY_WORDS and any(x.dep_ == "xcomp" for x in r.children)
                   for c in clauses for r in predicates_of(c)):
                clause_aux.add("ready")
        # ("added four judges and a prison director to its sanctions list": the phrase a
        # pattern's object of a preposition must be may hang on the object, or on its last
        # conjunct)
        pobj_preps: list[Token] = []
        if any(p.pobj for p in pats):
            objects_ = [c for c in kids if c.dep_ == "dobj"]
            objects_ += [j for c in objects_ for j in c.conjuncts]
            pobj_preps = [c for c in kids if c.dep_ in ("prep", "agent")] + [c for o in objects_ for c in o.children if c.dep_ == "prep"]
            # ("pulled out of the bloc": the preposition hung on the particle)
            pobj_preps += [q for c in kids if c.dep_ in ("prt", "prep") and c.lower_ in ("out", "back", "away")
                           for q in c.children if q.dep_ == "prep"]
        # (the subject's words, with what a number of it counts and what it is put beside:
        # "hundreds of protesters", "150 counter-demonstrators" parsed as "counter" and its
        # apposition)
        subjs: set[str] = set()
        if any(p.subj for p in pats):
            heads = [c for c in kids if c.dep_ == "nsubj"]
            heads += [o for c in heads for o in (*of_objects(c), *(a for a in c.children if a.dep_ == "appos"))]
            # (a relative pronoun's antecedent: "an audit that found clear manipulation")
            heads += [a for c in heads if (a := relative_antecedent(c)) is not None]
            subjs = {w for c in heads for w in (c.lemma_.lower(), c.lower_)}
        for p in pats:
            if p.subj and not subjs & set(p.subj):
                continue
            if p.ccomp_aux == ("*",):
                if not clauses:
                    continue
            elif p.ccomp_aux and not clause_aux & set(p.ccomp_aux):
                continue
            if p.particle and not parts & set(p.particle):
                continue
            if p.obj and not objs & set(p.obj):
                continue
            if p.pobj and not any(o.lemma_.lower() in p.pobj or o.lower_ in p.pobj
                                  or any(f"{q.lower_} {o.lemma_.lower()}" in p.pobj for q in o.children if q.dep_ == "compound")
                                  # ("put the army on the highest state of alert")
                                  or any(f"{o.lemma_.lower()} of {r.lemma_.lower()}" in p.pobj for q in o.children if q.dep_ == "prep" and q.lower_ == "of"
                                         for r in q.children if r.dep_ == "pobj")
                                  for c in pobj_preps if c.lower_ in p.prep for o in c.children if o.dep_ == "pobj"):
                continue
            if p.xcomp == ("*",) and not xcomps:
                continue
            if p.xcomp and p.xcomp != ("*",) and not (xcomps | named_predicates) & set(p.xcomp):
                continue
            if p.need_prep and not (preps | ({c.lower_ for c in pobj_preps} if p.pobj else set())) & set(p.prep):
                continue
            return p
        return None

    def _backers_named(self, tok: Token, lem: str) -> bool:
        """Whether the pattern a participle of backing matches names who its "by" must be (the
        verb dictionary's BACK * (BY &MILITARY): "troops backed by Rwandan forces"), which makes
        the backing an act."""
        pat = self._match(tok, self.lex.verbs.get(lem, ()))
        return pat is not None and bool(pat.pobj)

    def _describes(self, tok: Token, lem: str) -> str | None:
        """Why a verb of the lexicon tells no act where it stands, if it does not: it is a word
        of a name, says whose side someone is on, or describes who someone is."""
        if tok.ent_type_ in NAME_ENTITIES and tok.text[:1].isupper() and tok.i > tok.sent.start:
            # "NASA's Volatiles Investigating Polar Exploration Rover": a capitalised word
            # of a name is no act
            return f"'{tok.text}': part of a name ({tok.ent_type_})"
        if tok.dep_ == "amod" and lem in SIDE_VERBS:
            # "allied Syrian fighters": whose side they are on, no act
            return f"'{tok.text}': says whose side, no act"
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and lem in STANDING_VERBS and any(c.dep_ == "agent" for c in tok.children) \
                and not self._backers_named(tok, lem):
            # "militias backed by Iran", "a group funded by Qatar": who stands behind them
            # describes who they are, no act (but "troops backed by Rwandan forces" are helped
            # in the field)
            return f"'{tok.text} by': says who stands behind them, no act"
        if tok.dep_ == "relcl" and lem in STANDING_VERBS and is_passive(tok) and present(tok):
            # "Hezbollah, which is backed by Iran", "the Houthis, who have been supported by
            # Iran for years": the same, in a relative clause in the present ("which was
            # armed by Iran" tells an act)
            return f"'{tok.text}': a standing tie described in a relative clause, no act"
        if describing_relative(tok) and not (any(pt.code[:2] in SPOKEN_ROOTS for pt in self.lex.verbs.get(lem, ()))
                         and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in tok.children)):
            # "drivers who oppose a government plan", "lawmakers who back the bill": a
            # present-tense relative clause describes who they are, it tells no act (but
            # "the strike, which residents blame on the army": what its own subject says)
            return f"'{tok.text}': a present-tense relative clause describes, no act"
        return None

    def _names_no_act(self, tok: Token, lem: str, pat: Pattern) -> str | None:
        """Why the pattern a verb matched tells no act with these arguments, if it does not:
        what is released, accepted, called, left or rallied for says it is something else."""
        def prep_object(preps: tuple[str, ...], words: frozenset[str], whole: bool = False) -> bool:
            # (a phrase measured from what it names is a time, "hours after the vote", not a means)
            return any(c.dep_ == "prep" and c.lower_ in preps and not any(m.dep_ == "npadvmod" for m in c.lefts) and any(
                o.dep_ == "pobj" and (o.lemma_.lower() in words or (whole and any(w.lower_ in words for w in o.subtree)))
                for o in c.children) for c in tok.children)

        if any(c.dep_ == "auxpass" and c.lower_ in ("remain", "remains", "remained") for c in tok.children):
            # "the president, who remains detained in the palace": a state that goes on, no act
            # done (as "remain in custody" is none)
            return "a state that goes on ('remains'), no act done"
        if lem == "swear" and any(c.lower_ == "in" and (c.dep_ == "prt" or c.i == tok.i + 1) for c in tok.children) \
                and not any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in tok.children):
            # "lawmakers swore in the head of Congress as interim president" (the particle often
            # parsed as a preposition): an office taken up, nothing sworn to anyone (the
            # guideline: appointments are no events; "swore in a statement to avenge them" is a vow)
            return "swears someone into office, no promise"
        if pat.id.startswith(("hold.hostage", "take.hostage")) and any(
                w.lemma_.lower() in WHOLE_PLACE_NOUNS for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
                for w in (c, *(d for d in c.children if d.dep_ == "compound"))):
            # "accused the opposition of holding the country hostage": a country, a city or an
            # economy held hostage is a figure of speech, no one abducted
            return "holds a whole place hostage: a figure of speech"
        if pat.code[:2] in ("18", "19") and lem in ("shoot", "intercept", "down") and any(
                c.dep_ == "dobj" and any(o.lemma_.lower() in INTERCEPTED_NOUNS for o in [c, *of_objects(c)])
                and not any(t.i in self.by_token for t in c.subtree) for c in tok.children):
            # "said it had shot down most of the drones": air defence against munitions no one
            # is named as owning, no attack on anyone ("shot down a US drone" names whose)
            return "intercepts munitions no one is named as owning, attacks no one"
        if pat.code[:3] == "084" and lem == "return" and not any(c.dep_ in ("dobj", "dative", "nsubjpass") for c in tok.children) and (any(
                c.dep_ == "prep" and c.lower_ == "to" and any(o.dep_ == "pobj" and self._is_place(o) for o in c.children) for c in tok.children)
                or not any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)):
            # "weeks after returning to Moscow from exile", "were returning from an outreach
            # programme": someone going back, nothing and no one returned to anyone
            return "goes back, returns no one"
        if pat.code[:2] == "15" and lem in ("station", "base", "garrison") and any(
                c.dep_ == "auxpass" and c.tag_ in ("VBP", "VBZ") for c in tok.children) and not any(
                c.dep_ in ("aux", "agent") for c in tok.children) and not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree):
            # "1,500 Russian troops are stationed in Transnistria": where forces are, a state
            # of things, not forces moved
            return "says where forces are, moves none"
        if pat.code[:3] == "141" and lem in ("gather", "assemble", "congregate") and prep_object(("for", "at", "to"), MOURNING_NOUNS, whole=True) \
                and not any(c.dep_ == "conj" and c.lemma_.lower() in ("demand", "chant", "protest", "call", "denounce", "condemn", "march")
                            for c in tok.children):
            # "hundreds gathered outside the gurdwara for a candlelight vigil": mourning or
            # worship, no demonstration (but "gathered for a vigil, and some demanded that the
            # officers be charged" is one)
            return "a gathering to mourn or pray, no protest"
        if pat.id == "walk.out" and any(o.dep_ == "pobj" and o.lemma_.lower() in HOLDING_PLACES for c in tok.children if c.lower_ == "out"
                                        for p in [c, *c.children] if p.lower_ == "of" for o in p.children):
            # "walked out of prison after a court ruling": one set free leaving where he was
            # held, no walkout from a body
            return "leaves where he was held, no walkout"
        if pat.code[:3] == "084" and lem == "hand" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in HANDED_PAPERS for c in tok.children):
            # "handed over a petition demanding the withdrawal of soldiers": a paper given, no
            # one set free or returned
            return "hands over a paper, sets no one free"
        if pat.code[:3] == "084" and prep_object(("from",), CARE_PLACES):
            # "treated and released from hospital": a patient discharged, no one set free
            return "discharged from care, no one set free"
        if lem in ("seize", "grab", "snatch") and (any(c.dep_ == "dobj" and c.lemma_.lower() in CHANCE_NOUNS for c in tok.children) or (
                not any(c.dep_ == "dobj" for c in tok.children) and any(c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") for c in tok.children))):
            # "the junta that seized power", "seized the opportunity", "seized on the raids to
            # renew calls": CAMEO's verb dictionary codes SEIZE OPPORTUNITY as no event; no one
            # is coerced
            return "takes power or a chance, coerces no one"
        if lem in ("abuse", "misuse") and any(c.dep_ == "dobj" and c.lemma_.lower() in OFFICE_NOUNS for c in tok.children):
            # "accused the company of abusing its dominance": an office or a power misused
            # hurts no one
            return "misuses an office or a power, hurts no one"
        if lem in TAKING_VERBS and pat.code[:2] in ("03", "08") and any(
                c.dep_ == "dobj" and (c.lemma_.lower() in GAIN_NOUNS or ((c.tag_ in ("CD", "$") or c.like_num) and any(
                    t.lemma_.lower() in GAIN_NOUNS for t in c.subtree))) for c in tok.children):
            # "accepted a bribe", "accepted an award", "accepting $70,000 in cash": a gain, no
            # concession to anyone
            return "takes a gain, yields nothing"
        if pat.id in ("call.on", "call.for") and any(c.dep_ in ("dobj", "oprd") for c in tok.children) \
                and not any(c.lower_ in ("on", "upon") and (c.dep_ == "prt" or c.i == tok.i + 1) for c in tok.children):
            # "what the Foreign Office called hostile activity on British soil": a thing named,
            # and where; "called on X to" has no object (its "on" right after the verb is the
            # verb's, however parsed: "calling on police to let the students leave")
            return "names what it calls, no appeal"
        if pat.code == "0841" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in RELEASED_INFORMATION for c in tok.children):
            # "whose name was not released", "released the footage": information made public,
            # no one set free (CAMEO 0841 releases people)
            return "releases information, frees no one"
        if pat.code[:2] == "07" and any(o.lemma_.lower() in GIVEN_NOT_AID or o.lower_ in GIVEN_NOT_AID
                                        for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for o in (c, *c.conjuncts)):
            # "gave false testimony", "giving police sweeping powers" (the powers parsed as a
            # conjunct of the police): words or authority passed on, no aid
            return "gives words or authority, no aid"
        if pat.id in ("call.strike", "call.protest") and any(c.dep_ in ("oprd", "xcomp", "acomp", "ccomp") for c in tok.children):
            # "called the strikes a strategic mistake": strikes named something, none called
            return "names what it calls, calls no strike"
        if pat.id == "call.phone" and (any(c.dep_ in ("oprd", "xcomp", "acomp", "ccomp") and not _called_to_talk(c) for c in tok.children) or any(
                c.dep_ == "dobj" and c.i not in self.by_token and not any(t.i in self.by_token for t in c.subtree if t.dep_ in ("compound", "appos", "conj"))
                for c in tok.children)):
            # "called the move unfriendly", "called the president's tweets beneath the dignity
            # of the office": a thing called something, no one phoned (but one called "to
            # discuss" the crisis was phoned)
            return "names what it calls, no phone call"
        if pat.id == "force.to":
            kids = list(tok.children)
            if any(c.dep_ == "xcomp" and c.lemma_.lower() in ("flee", "evacuate") for c in kids):
                # "attacked the town, forcing thousands of residents to flee": people fleeing
                # force or danger are driven out by it, not made to comply with anyone (CAMEO
                # 170 coerces); the force itself is the act
                return "people flee the force told, no coercion of its own"
            if any(c.dep_ == "auxpass" for c in kids) and not any(c.dep_ == "agent" for c in kids) \
                    and any(c.dep_ == "aux" and c.tag_ == "MD" for c in kids):
                # "said it would be forced to take countermeasures": a necessity one claims for
                # one's own act to come, no one coerced by anyone
                return "a necessity claimed for an act to come, no coercion"
        if lem == "protest" and tok.dep_ in ("advcl", "xcomp") and tok.head.lemma_.lower() == "summon":
            # "summoned Turkey's ambassador to protest the offensive": the summons is the
            # protest made (CAMEO 110), one act, not a second one
            return "the protest a summons is made for is the summons"
        if pat.id.endswith(".fighting") and tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            # "stepped down to stop attacks on his supporters", "deployed troops to end the
            # violence": what an act is done to stop is others' fighting, not one's own halted
            return "the fighting an act is meant to stop is not the doer's own"
        if pat.code == "0831" and prep_object(("as", "from"), BUSINESS_TITLES, whole=True):
            # "stepped down as chief executive": a firm's or a team's post, not an office
            return "leaves a post in a firm or a team, no political act"
        if pat.code[:2] in ("16", "17", "18") and prep_object(("in", "by", "through", "after", "at"), VOTE_NOUNS):
            # "was ousted in a no-confidence vote": a vote decided it, no one's act
            return "decided by a vote, no act"
        if lem in INTRANSITIVE_PROTEST_VERBS and pat.code[:2] == "14" and any(
                (c.dep_ in ("dobj", "ccomp", "xcomp") and c.tag_ != "VBG" and not any(t.text == "," for t in self.doc[tok.i : c.i]))
                or (c.dep_ == "advcl" and c.lemma_.lower() in CONTEST_VERBS | {"win"})
                for c in tok.children):
            # (a clause after a comma tells how they protested: "rallied in Niamey, some waving
            # Russian flags", misparsed with the flags as the object)
            # "as they demonstrated repeatedly against the Thunder" is play shown; "rallied to
            # beat" a comeback: a protest has no object
            return f"'{lem}' with an object or a complement shows or wins, no protest"
        return None

    def _verb(self, tok: Token, lem: str, consumed: set[int], adjective: bool = False) -> list[Candidate] | str:
        pats = (self.lex.adjectives[lem],) if adjective else self.lex.verbs[lem]
        pat = self._match(tok, pats)
        if pat is None:
            return f"'{tok.text}': no pattern of '{lem}' fits its arguments"
        no_act = self._names_no_act(tok, lem, pat)
        if no_act is not None:
            return f"'{tok.text}' ({pat.id}): {no_act}"
        if lem in ORDERING_VERBS and pat.xcomp == ("*",) and self.orders_own_forces(tok):
            # "Putin ordered Russian troops to withdraw", "the commander ordered his forces to
            # fire": a command down the source's own ranks is no demand of another actor (the
            # guideline's REQUEST asks someone); the act ordered is the forces' own, told by
            # its verb
            return f"'{tok.text}' ({pat.id}): orders the source's own forces; the act ordered is theirs"
        if tok.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
                and tok.head.lemma_.lower() in ("give", "grant") and any(c.dep_ in ("dobj", "dative") for c in tok.head.children):
            # "gave the defendants until Aug. 25 to surrender": what the ones given the time
            # are to do, not done (and not by the one who gives it)
            return f"'{tok.text}' ({pat.id}): what '{tok.head.text}' leaves someone time to do, not done"
        meant = tok.head.head if tok.dep_ == "conj" else tok.head
        if meant.lemma_.lower() in ("mean", "define") and meant.i != tok.i and tok.i > meant.i:
            # ("a term it uses to mean killed or captured"): what a word means, no act
            return f"'{tok.text}' ({pat.id}): what a word is said to mean, no act"
        if tok.tag_ in ("VBZ", "VBP") and any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in tok.children):
            # "bandits often seize people for ransom in the region": a habit told in the
            # present, no act done at a time
            return f"'{tok.text}' ({pat.id}): a habit, no one act"
        if pat.id == "take.hostage.obj" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in pat.obj and (
                told_before(c)) for c in tok.children):
            # "the hostages were taken to a hospital": hostages named as ones already held are
            # moved, not taken hostage
            return f"'{tok.text}' ({pat.id}): moves hostages already held, takes none"
        if tok.dep_ in ("relcl", "acl") and tok.head.lower_ in ANYONE_PRONOUNS:
            # "warned that anyone who blocked the roads would be punished": whoever would do
            # it, no act told as done
            return f"'{tok.text}' ({pat.id}): says who '{tok.head.text}' is, no act told as done"
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.lower_ in PEOPLE_PRONOUNS:
            # "31 of those detained were released", "those arrested were charged": the
            # participle picks out the people of an act told before, it tells no new one
            return f"'{tok.text}' ({pat.id}): picks out '{tok.head.text} {tok.text}', the people of an act told before"
        if pat.id.startswith("call.names") and (any(c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS for c in tok.children)
                                                or (tok.dep_ == "relcl" and tok.head.lemma_.lower() in CLAIM_NOUNS)):
            # "called the accusation meritless": an accusation named false is rejected (as
            # "rejected the accusation" is)
            pat = dataclasses.replace(pat, code="120", id="call.names.claim")
        if goes_on_with(tok) or (goes_on(tok) and not any(c.dep_ == "dobj" for c in tok.children)):
            # "pressed on with its offensive": the offensive is the act; "pressed on regardless":
            # going on, no one urged
            return ""
        # ("hit back with tariffs", "struck back with sanctions": an answer, as "retaliated";
        # unless the pattern names the means: "responded with tear gas", force used)
        answer = answers(tok) and not pat.pobj
        for moves, prep in ((lem in MOTION_VERBS, "for"), (answer, "with")):
            if moves and any(c.dep_ == "prep" and c.lower_ == prep and any(o.dep_ == "pobj" and self._event_noun(o) is not None for o in c.children)
                             for c in tok.children):
                # "returned to Geneva for talks", "retaliated with air strikes": the talks, the
                # strikes are the act
                return ""
        if answer and any(c.dep_ == "prep" and (c.lower_ == "with" or (c.lower_ == "by" and any(g.dep_ == "pcomp" for g in c.children)))
                          for c in tok.children):
            # "retaliated with tariffs", "retaliated by raising duties": the means says what the
            # answer is, not the verb
            return f"'{tok.text}' ({pat.id}): the answer is what it is made with"
        if lem in self.lex.light and any(c.dep_ == "dobj" and self._event_noun(c) is not None and c.lemma_.lower() not in pat.obj
                                         and c.lower_ not in pat.obj for c in tok.children):
            # "gave a warm welcome to X", "issued a reminder": the nominal event is the act (and
            # "launched a missile attack": the object is the attack, whatever it is made with)
            return ""
        if pat.code[:2] in ("03", "12") and not pat.ccomp_aux:
            # "agreed that their countries should cooperate", "refused to allow UN planes to
            # land": what is agreed or refused does not happen by being said
            for c in tok.children:
                if c.dep_ == "ccomp" or (c.dep_ == "xcomp" and pat.code[:2] == "12"):
                    # (but a request the refused act answers was made: "refused to comply with a
                    # subpoena from the committee")
                    made = {t.i for t in c.subtree if _answering_verb(t) is not None
                            and (ev := self._event_noun(t)) is not None and ev.code[:2] in ("02", "10")}
                    consumed.update(i for i in content_of(c) if (i != c.i or pat.code[:2] == "03") and i not in made)
        if pat.code == "057" and any(c.dep_ == "dobj" and c.lemma_.lower() in DEAL_NOUNS for c in tok.children):
            # ("signed a deal with Albania to hold migrants in centres there"): what a deal is
            # signed to do is what it provides for, not done by signing it
            for c in tok.children:
                if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) \
                        and not any(a.dep_ in SUBJ for a in c.children):
                    consumed.update(content_of(c))
        if pat.code[:2] in ("02", "10", "11", "12"):
            # "demanded an admission that Soviet forces murdered ...", "rejected an invitation
            # to attend a meeting": the clause under the object is its content
            for c in tok.children:
                if c.dep_ == "dobj":
                    consumed.update(i for cl in c.children if cl.dep_ in ("acl", "ccomp", "relcl") and not told_as_done(cl) for i in content_of(cl))
        if pat.ccomp_aux or pat.code[:2] in ("02", "10"):
            # "said that Sudan must return ...", "demanded that Uganda release ...": the
            # demand is the event, not the return or the release
            for c in tok.children:
                to_clause = c.dep_ == "advcl" and pat.code[:2] in ("02", "10") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) \
                    and (not any(a.dep_ in SUBJ for a in c.children) or _for_clause(c) is not None)
                # ("appealed to Lebanon on Monday to stop deporting Syrians", the infinitive
                # parsed as an adverbial clause)
                if c.dep_ == "ccomp" or to_clause or (c.dep_ == "xcomp" and pat.code[:2] in ("02", "10") and not pat.intent):
                    # ("urged Israel to withdraw": the withdrawal is asked for, not done;
                    # nor is anything else the demanded clause names, but what a past
                    # relative clause in it tells was done)
                    consumed.update(content_of(c))
        head_for_slots = tok
        if adjective and tok.dep_ in ("acomp", "oprd"):
            head_for_slots = tok.head
        if tok.dep_ == "amod" and adjective:
            return ""
        # a nominal event that is the object of a coded verb is part of this event
        # ("will host a meeting of A and B", "condemned the attack"), not one of its own
        mutual_object = False
        for c in tok.children:
            ev = self._event_noun(c) if c.dep_ in ("dobj", "nsubjpass") and not self._owned(c) else None
            if ev is not None and pat.code[:3] == "043" and ev.code[:2] == "04":
                # (but talks hosted between two sides are also held by them, one event of
                # their own besides the host's: the guideline's coders code both)
                continue
            if ev is not None and ev.code[:2] in ("02", "10") and lem in REFUSING_VERBS:
                # ("rejected calls from provincial officials for talks", "defied subpoenas from
                # Congress"): the request refused is one of its own, made of the one who refuses
                continue
            if ev is not None and ev.code[:2] in FORCE_ROOTS and lem in REPELLING_VERBS:
                # ("repelled 14 Russian assaults"): the attack repelled is one of its own, made on
                # the one who repels it
                continue
            if ev is not None:
                consumed.add(c.i)
                mutual_object = mutual_object or ev.reciprocal
            if c.dep_ == "dobj" and ACCUSING_VERBS.get(lem) != "of":
                # "gave 5 million dollars of aid": the aid is what is given (but "accused the
                # militia of attacks" tells the attacks as the militia's, an act of their own)
                consumed.update(o.i for o in of_objects(c) if self._event_noun(o) is not None)
        if pat.code[:2] in ("03", "12"):
            # "opposed to French mediation", "agreed to a ceasefire": what is agreed to or
            # rejected is the content of this event, not an act of its own
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in pat.prep:
                    consumed.update(o.i for o in c.children if o.dep_ == "pobj" and self._event_noun(o) is not None and not self._owned(o))
        if mutual_object and not pat.reciprocal and pat.code[:2] not in ("01", "02", "10", "11", "13") and pat.code[:3] != "045":
            # "A and B suspended the negotiations": each side acts on the other; but "A, B and
            # C urged a ceasefire" asks it of others, not of each other, and "the United States
            # and France brokered the truce" mediates between others (CAMEO 045)
            pat = dataclasses.replace(pat, reciprocal=True)
        reasons = [f"trigger '{tok.text}' (lemma '{lem}') matched pattern {pat.id} -> CAMEO {pat.code}"]
        purpose = purpose_clause(tok) if lem in SENDING_VERBS and pat.code[:2] in ("04", "07") else None
        purpose_pat = self._match(purpose, self.lex.verbs.get(purpose.lemma_.lower(), ())) if purpose is not None else None
        if purpose is not None and purpose_pat is not None and purpose_pat.code[:2] == "09":
            # "sent personnel to Bosnia to investigate ...": sending inspectors is the
            # investigation, of the place they are sent to, not aid
            consumed.add(purpose.i)
            reasons = [f"'{tok.text}' people '{purpose.text}': an investigation, CAMEO {purpose_pat.code}"]
            pat = dataclasses.replace(pat, code=purpose_pat.code, id=f"{pat.id}+{purpose_pat.id}")
        trial = purpose_clause(tok) if pat.code == "0841" else None
        if trial is not None and (trial_pat := self._match(trial, self.lex.verbs.get(trial.lemma_.lower(), ()))) is not None \
                and trial_pat.id == "face.charges":
            # ("handed over a former intelligence chief to the United States to face charges"):
            # one handed over to face charges is extradited (the guideline's COOPERATE), not
            # released: judicial cooperation with the state they are handed to
            reasons = [f"'{tok.text}' over '{trial.text}' charges: an extradition, CAMEO 063"]
            pat = dataclasses.replace(pat, code="063", id=f"{pat.id}+extradite", prep=("to",), target="prep")
        sources, passive_targets, how = self.subject(head_for_slots)
        if not sources and not passive_targets and pat.code[:2] in FORCE_ROOTS:
            # ("Israeli warplanes struck targets near Damascus ... Syria said the strikes killed
            # four soldiers"): the act of force named again by a definite noun is the one told
            # before, and whoever did it does what it does (as "the attackers" are its doers)
            told_doers = self._force_noun_doers(head_for_slots)
            if told_doers:
                sources, how = told_doers
        if pat.target == "subject" and sources:
            # ("the five face charges of fraud": the subject is the one charged, by no one named)
            sources, passive_targets, how = [], sources, f"target: subject of '{tok.text} charges', the one accused"
            sent = [m for o in tok.head.children if o.dep_ == "dobj" for m in self.actors_of(o, depth=1)] \
                if tok.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) else []
            if sent:
                # ("Spain handed over a former intelligence chief to the United States to face
                # charges"): the one handed over, extradited or sent to face them is the one who
                # faces them, not who sent him
                passive_targets, how = sent, f"target: the one '{tok.head.text}' to '{tok.text}' them"
        elif pat.target == "receiver" and sources:
            # ("Ukraine received tanks from Germany", "won the backing of France"): the subject
            # is the one given it, by whom the "from", the "of" or the possessive names
            givers = self._givers(tok)
            sources, passive_targets = givers, sources
            how = f"target: subject of '{tok.text}', the one given it; " + (
                f"source: who gave it, '{givers[0].text}'" if givers else "no source: no one named it came from")
        if not sources and passive_targets and (pat.code.startswith("087") or pat.code[:2] == "15" or pat.code == "074") and (any(
            t.lemma_.lower() in TROOP_NOUNS for m in passive_targets for t in self._mention_tokens(m)
        ) or (pat.code[:2] == "15" and all(a.role in ("MIL", "COP") for m in passive_targets for a in m.actors))):
            # ("the army had been deployed": an armed force deployed shows force itself)
            # "UN peacekeepers were shipped out of Gorazde": troops withdrawn are their own
            # side withdrawing, from the place they leave (peacekeepers: CAMEO 1661; deployed,
            # they give protection, DEPLOY * PEACEKEEPERS 074)
            sources, passive_targets = passive_targets, []
            how = "source: the troops withdrawn (passive subject)"
            if pat.code != "074" and any("peacekeep" in t.lower_ for m in sources for t in self._mention_tokens(m)):
                pat = dataclasses.replace(pat, code="1661" if pat.code.startswith("087") else "074", id=f"{pat.id}.peacekeepers")
        caused_by = [o for c in tok.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"] if adjective else []
        if caused_by:
            # "was outraged by the killings", "disappointed by China's decision": the one who
            # holds the state is the source, whoever did what caused it the target
            holders = [m for c in tok.children if c.dep_ in SUBJ_PASS for m in self.actors_of(c)]
            sources, passive_targets, how = holders, [], f"source: subject of '{tok.text}'"
        elif adjective and not sources and passive_targets:
            # the subject of an adjectival passive holds the state ("Israel is opposed to")
            sources, passive_targets, how = passive_targets, [], f"source: subject of '{tok.text}'"
        reasons.append(how)
        warned: list[Mention] = []
        if pat.id == "warn.that" and sources:
            own, warned = self._warns_of_own_act(tok, sources)
            if not own:
                # "warned that the move would undermine the peace process": a warning of what
                # will befall, not of what the warner will do, is a pessimistic comment
                # (CAMEO's verb dictionary: WARN OF DISASTROUS CONSEQUENCES, RISK -> 012)
                return f"'{tok.text}' ({pat.id}): warns of what others' acts will bring, not of its own act: a comment"
        skip: set[int] = set()
        # (an institution named as the source does not hide another of its country and role:
        # "the state government called on the federal government"; the pairing keeps them apart)
        # (a warning's clause names what the warner's side will do: "warned that the government
        # would not sign" keeps the speaker's side out)
        avoid = frozenset(ident(a) for m in sources for a in m.actors if pat.id == "warn.that" or not names_a_body(m, a))
        if pat.code[:2] == "15" or pat.id == "train.forces":
            # ("Armenia deployed troops to its border with Azerbaijan": the forces moved are
            # the source's own, and whom the show of force is aimed at is named after them;
            # forces trained are aid only to another's)
            avoid |= {f"{c}{role}" for c in countries_of(sources) for role in ("MIL", "COP")}
        subjpass = [c for c in head_for_slots.children if c.dep_ in SUBJ_PASS]
        if passive_targets and pat.target != "prep":
            # (what a pattern of prepositions moves or gives is no target: "the trader was
            # extradited from Britain to India")
            targets, twhy = passive_targets, "target: passive subject"
        elif subjpass and not sources and is_passive(head_for_slots) and pat.target != "prep" and not any(s.lemma_.lower() in WEAPON_NOUNS for s in subjpass) \
                and not any(s.lemma_.lower() in pat.obj or s.lower_ in pat.obj for s in subjpass):
            # "three villagers were killed in Ethiopian shelling": the passive subject is the
            # one acted on; when it names no actor, no other phrase is taken for it
            targets, twhy = [], f"target: the passive subject '{subjpass[0].text}' names no actor"
        elif not sources and describes_one_acted_on(head_for_slots) \
                and pat.target != "prep" and head_for_slots.head.lemma_.lower() not in WEAPON_NOUNS \
                and not (head_for_slots.head.lemma_.lower() in pat.obj or head_for_slots.head.lower_ in pat.obj):
            # ("sanctions on an outpost accused of violence against Palestinians in the West
            # Bank"): so is the one a past participle describes; the place is not accused
            targets, twhy = [], f"target: '{head_for_slots.head.text}', which '{head_for_slots.text}' describes, names no actor"
        elif warned:
            targets, twhy = warned, "target: the one warned of what it will face"
        else:
            own_self = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ in REFLEXIVE_PRONOUNS), None)
            if own_self is None:
                targets, twhy = self.objects(tok, pat, skip, avoid)
            elif pat.code[:2] in COOPERATIVE_ROOTS:
                # ("said it would defend itself at the court"): support given to oneself is
                # cooperation with no one, whatever else the clause names
                return f"'{tok.text}' ({pat.id}): done to '{own_self.text}', the source itself: no act toward another"
            else:
                # ("the leader blew himself up during the raid"): a reflexive object is the
                # subject itself, never another actor named nearby
                targets, twhy = [], f"target: '{own_self.text}', the source itself: no other"
        if not targets and pat.id in ("seize.arms", "capture.arms"):
            targets, twhy = self._arms_owner(tok, avoid) or self._arms_of_assailed(sources, avoid) or (targets, twhy)
        if not targets and pat.code == "196" and (allegers := self._allegers(tok)):
            # ("Hezbollah accused Israel of violating the truce", "Lebanon said Israel had
            # violated the ceasefire"): a truce is between two sides, and the one that says the
            # other broke it is the side it was broken against (not a third party that
            # watches it: "the UN envoy said Israel had violated the truce")
            mine = {ident(a) for m in sources for a in m.actors}
            targets = [m for m in allegers if not any(ident(a) in mine for a in m.actors)
                       and not any(a.code[:3] in ("IGO", "NGO") or a.role in THIRD_PARTY_ROLES for a in m.actors)]
            twhy = f"target: '{targets[0].text}', who says the truce was broken against it" if targets else twhy
        if caused_by:
            targets = [m for o in caused_by for m in (self._aimed_doer(o) or ([] if self._event_noun(o) else self.actors_of(o)))]
            twhy = f"target: who did '{caused_by[0].text}'" if targets else f"no target: '{caused_by[0].text}' names no doer"
        elif adjective and not targets:
            targets, twhy = self.objects(tok, pat, skip, avoid)
        if not targets and pat.code[:2] in ("03", "07") and pat.obj \
                and (purpose := next((c for c in self._uncoded_purposes(tok, ("xcomp", "advcl")) if c.lemma_.lower() in AID_PURPOSE_VERBS), None)) is not None:
            # "pledged $2 billion to rebuild Syria": aid given or promised for a purpose goes to
            # whom that purpose is done for (a purpose that is an act of its own, "to help
            # Fiji's police", is coded as one)
            targets, twhy = self.objects(purpose, Pattern(purpose.lemma_.lower(), purpose.lemma_.lower(), pat.code), skip, avoid)
            twhy = f"{twhy} of the purpose '{purpose.text}'"
        if not targets and "for" in pat.prep:
            # "called for Johnson to resign": the one asked is the subject of what is asked for
            asked = [m for c in tok.children if (f := _for_clause(c)) is not None for s in f.children if s.dep_ in SUBJ for m in self.actors_of(s)]
            if asked:
                targets, twhy = asked, "target: the subject of the clause asked for"
        if not targets and pat.code[:2] in ASKING_ROOTS and tok.dep_ == "conj" and tok.head.pos_ == "VERB" and tok.head.i < tok.i \
                and not any(c.dep_ in (*SUBJ, "xcomp", "ccomp", "dative") for c in tok.children) \
                and (first := self._match(tok.head, self.lex.verbs.get(tok.head.lemma_.lower(), ()))) is not None \
                and first.code[:2] in (*ASKING_ROOTS, "11"):
            # "accused the state government of failing to stop the violence and demanded an
            # inquiry", "urged Papuans to forgive and called for calm": a demand that names no
            # one, made in the same breath as a reproach or an appeal to someone, is made of them
            # (not one with an addressee of its own, whom the text may leave unnamed: "and urged
            # the international community to intervene")
            aimed, _ = self.objects(tok.head, first, skip, avoid)
            if aimed:
                targets, twhy = aimed, f"target: whom '{tok.head.text}', the verb it is joined to, is aimed at"
        if pat.code[:2] == "14" and sources and all(a.kind == "country" and a.role is None for m in targets for a in m.actors):
            # (not at the place it is held in: "protested in Kabul")
            targets, twhy = self._protest_aimed_by_words(tok, skip, avoid) or (targets, twhy)
        if not targets and pat.code[:3] == "045" and tok.dep_ == "acl":
            # "exchanged prisoners in a swap mediated by the UAE", "agreed to restore ties in a
            # deal brokered by China": the parties of what was mediated are the ones who did
            # it, the subject of the clause the mediated thing belongs to (CAMEO 045, mediate)
            clause = _clause_of(tok.head)
            parties = [m for s_ in clause.children if s_.dep_ in SUBJ
                       for m in self.actors_of(s_) if any(ident(a) not in avoid for a in m.actors)]
            mediators = countries_of(sources)
            if parties and all(a.country in mediators for m in parties for a in m.actors):
                # ("Erdogan hosted Abiy and Mohamud for talks mediated by Turkey": the mediator
                # hosts them; the parties are the ones hosted)
                parties = [m for o in clause.children if o.dep_ == "dobj" for m in self.actors_of(o)
                           if any(ident(a) not in avoid for a in m.actors)]
            if parties:
                targets, twhy = parties, f"target: the parties of the '{tok.head.text}' mediated"
        if pat.mutual and targets:
            # ("exchanged prisoners with the mediation of the UAE": the one whose help it was
            # is no side of the exchange)
            helped = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children
                      if o.dep_ == "pobj" and o.lemma_.lower() in THIRD_PARTY_NOUNS]
            targets = [m for m in targets if not any(o.left_edge.idx <= m.start and m.end <= o.right_edge.idx + len(o.right_edge.text)
                                                     for o in helped)]
        if pat.mutual and sources and len({ident(a) for m in sources + targets for a in m.actors}) > 1:
            # "Russia and Ukraine exchanged prisoners", "Ukraine exchanged prisoners with
            # Russia": each side did it to the other, two acts
            sides = list(dict.fromkeys(sources + targets))
            sources, targets, twhy = sides, sides, "target: each side, the other"
        elif not targets and not pat.reciprocal and len({ident(a) for m in sources for a in m.actors}) > 1 and _each_other(tok):
            # "Armenia and Azerbaijan accused each other": each of the sides did it to the
            # other, two acts
            targets, twhy = list(sources), "target: 'each other', the other side"
        elif pat.code == "0841" and len({ident(a) for m in sources for a in m.actors}) > 1 and _each_did(tok) and all(
                o.lemma_.lower() in HELD_AS or o.lower_ in HELD_AS for o in tok.children if o.dep_ == "dobj"):
            # "Russia and Ukraine each freed 150 prisoners", "each side freeing 150 captives":
            # the captives each side frees are the other's
            targets, twhy = list(sources), "target: the other side, whose captives each freed"
        elif not targets and pat.code[:2] in FORCE_ROOTS and len({ident(a) for m in sources for a in m.actors}) > 1:
            # "Thai and Cambodian soldiers exchanged fire, killing one Cambodian soldier": the
            # one harmed is of one of the sides named together, and the doers are the others
            harmed = [m for c in tok.children if c.dep_ == "dobj" for m in self.actors_of(c)]
            hit = {ident(a) for m in harmed for a in m.actors}
            others = [dataclasses.replace(m, actors=kept) for m in sources if (kept := tuple(a for a in m.actors if ident(a) not in hit))]
            if harmed and hit <= avoid and others:
                sources, targets = others, harmed
                twhy = f"target: '{harmed[0].text}', one of the sides named together; the others the doers"
        trig = [tok]
        act_code = pat.code
        spoken_of: Token | None = None  # (the word whose modality the event takes, when not the trigger)
        # an intent verb ("agreed to provide aid to X") takes its complement's target
        comp = next(
            (c for c in tok.children if c.dep_ == "xcomp" and (c.pos_ in ("VERB", "AUX") or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))),
            None,
        )
        if comp is None and pat.intent:
            # "have sworn to fight" parsed with the infinitive as an adverbial clause
            comp = next((c for c in tok.children if c.dep_ == "advcl" and c.i == tok.i + 2 and c.pos_ == "VERB"
                         and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == tok.i + 1 for a in c.children)), None)
        if comp is None and pat.intent and tok.i + 2 < len(tok.doc) and tok.nbor(1).dep_ == "prt":
            # "ruled out reopening the border", the gerund parsed as an adverbial clause
            comp = next((c for c in tok.children if c.dep_ == "advcl" and c.i == tok.i + 2 and c.tag_ == "VBG"), None)
        if comp is None and pat.intent:
            # "vowed that the attackers would be hunted down": the clause of what is to be done
            comp = next((c for c in tok.children if c.dep_ == "ccomp" and c.pos_ == "VERB"
                         and any(a.dep_ == "aux" and a.lower_ in ("will", "would", "wo", "shall") for a in c.children)), None)
        if comp is not None and pat.intent:
            # what is offered or promised is part of this event ("offered to host talks
            # between A and B"), not an event of its own
            for c in comp.children:
                if c.dep_ in ("dobj", "nsubjpass") and self._event_noun(c) is not None:
                    consumed.add(c.i)
        if comp is not None:
            comp_lem = comp.lemma_.lower()
            if pat.intent and (not targets or comp.dep_ == "ccomp"):
                # (a clause's subject is who will do it: "vowed that the government would hunt
                # down every cell"; in a passive, whom it will be done to: "... that the
                # attackers would be hunted down")
                comp_pat = self._match(comp, self.lex.verbs.get(comp_lem, ())) or Pattern(comp_lem, comp_lem, pat.code)
                if comp.dep_ == "ccomp" and is_passive(comp):
                    targets = [m for c in comp.children if c.dep_ in SUBJ_PASS for m in self.actors_of(c) if any(ident(a) not in avoid for a in m.actors)]
                    twhy = "passive subject"
                else:
                    targets, twhy = self.objects(comp, comp_pat, skip, avoid)
                twhy = f"{twhy} of the complement '{comp.text}'"
                state_sources = all(a.role in (None, "GOV", "MIL", "COP") for m in sources for a in m.actors)
                if targets and all(a.role in ("MIL", "COP") or (a.role == "GOV" and state_sources) for m in targets for a in m.actors) \
                        and all(a.country in countries_of(sources) or m.how == "home-role" for m in targets for a in m.actors) \
                        and not any(self._another_body(m, a) for m in targets for a in m.actors):
                    # "India and China agreed to pull back troops", "both countries agreed to
                    # return their ambassadors": their own forces or envoys are what is moved,
                    # not whom the agreement is with (and forces the text gives no country,
                    # which took the article's, are the ones who agree to move them: "NATO
                    # allies agreed to deploy more troops", from Brussels)
                    targets, twhy = [], f"no target: the complement '{comp.text}' moves the source's own forces"
                # "willing to send material to help defend Saudi Arabia": down the chain of
                # purposes to the first that names someone
                nxt, hops = purpose_clause(comp), 0
                # (a threat is not aimed at whom its purpose does something for: "threatened to
                # use force to restore the ousted president")
                while not targets and nxt is not None and hops < 3 and not (pat.code[:2] == "13" and nxt.lemma_.lower() in BENEFIT_VERBS):
                    npat = self._match(nxt, self.lex.verbs.get(nxt.lemma_.lower(), ())) or Pattern(nxt.lemma_.lower(), nxt.lemma_.lower(), pat.code)
                    targets, twhy = self.objects(nxt, npat, skip, avoid)
                    twhy = f"{twhy} of the purpose '{nxt.text}'"
                    nxt, hops = purpose_clause(nxt), hops + 1
            if pat.intent:
                consumed.add(comp.i)
                # ("agreed to cancel the tariffs and to cut the duties"): an infinitive joined to
                # the one announced is announced with it, no act done of its own
                consumed.update(c.i for c in comp.children if c.dep_ == "conj" and c.pos_ == "VERB"
                                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
                trig.append(comp)
                cp = self._match(comp, self.lex.verbs.get(comp_lem, ()))
                carried = next((c for c in comp.children if c.dep_ == "dobj"), None) if cp is None and comp_lem in self.lex.light else None
                if carried is not None and (noun := self._event_noun(carried)) is not None:
                    # "vowed to keep up its attacks", "pledged to continue the strikes": the act
                    # the light verb carries is the one announced
                    cp = noun
                going = next((c for c in comp.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None) \
                    if cp is None and comp_lem in ASPECT_VERBS else None
                if going is not None and (gp := self._match(going, self.lex.verbs.get(going.lemma_.lower(), ()))) is not None:
                    # "vowed to keep attacking ships": the act kept up is the one announced
                    cp = gp
                    consumed.add(going.i)
                    trig.append(going)
                if cp is None and comp_lem in VOWED_FORCE and targets:
                    # "vowed to crush the rebels", "pledged to punish the attackers": CAMEO's verb
                    # dictionary files these words under DESTROY (190) and PUNISH (170), so a
                    # vow of them against someone is a threat (VOW ATTACK, 138), no promise
                    cp = Pattern(comp_lem, comp_lem, VOWED_FORCE[comp_lem])
                if any(c.dep_ == "neg" for c in comp.children):
                    # ("vowed not to negotiate with criminals"): the act announced is said not to
                    # be done; the event takes the modality of the complement
                    spoken_of = comp
                if cp is None and lem in CODED_BY_WHAT_IS_VOWED:
                    # ("has vowed to ignore the inquiry", "vowed to drive exports to zero"): a
                    # vow is coded by what it vows, and this one vows no act of the dictionary
                    return f"'{tok.text}' vows '{comp.text}', no act of the dictionary: no event"
                act_code = cp.code if cp is not None else "03"
                threat = by_prefix(THREAT_OF_CODE, cp.code) if cp is not None and pat.code[:2] == "03" else None
                if cp is not None and pat.code == "130" and (subtype := by_prefix(THREAT_OF_CODE, cp.code)):
                    # "threatened to impose sanctions", "threatened to cut ties": CAMEO files a
                    # threat under what it threatens (1312 sanctions, 1313 relations, 137
                    # repression ...)
                    reasons.append(f"'{tok.text}' threatens '{comp.text}' ({cp.code}): CAMEO {subtype}")
                    pat = dataclasses.replace(pat, code=subtype, id=f"{pat.id}+{comp_lem}")
                if threat and cp is not None and cp.code[:2] == "15" and lem in COOPERATIVE_INTENT:
                    # "promised to send troops to X": military aid offered, not a threat
                    reasons.append(f"'{tok.text}' offers a deployment '{comp.text}': intent to give military aid, CAMEO 0332")
                    pat = dataclasses.replace(pat, code="0332", id=f"{pat.id}+military_aid")
                elif threat and cp is not None and cp.code[:2] == "17" and cp.need_target and not targets:
                    # "pledged to nationalise the railways": the coercion announced acts on no
                    # one (a vow to fight with no enemy named is still a threat)
                    return f"'{tok.text}' announces '{comp.text}' ({cp.id}), which needs a target: none named"
                elif threat and lem == "agree" and cp is not None:
                    # "EU ministers agreed to extend sanctions against Russia": a conflictual act
                    # agreed on is decided, as "decided to extend" is, not held over anyone
                    reasons.append(f"'{tok.text}' decides a conflictual '{comp.text}' ({cp.code}): that act")
                    pat = dataclasses.replace(cp, id=f"{pat.id}+{cp.id}")
                    spoken_of = comp
                elif threat:
                    # "is prepared to impose martial law", "vowed to attack": a threat
                    reasons.append(f"'{tok.text}' announces a conflictual '{comp.text}' ({cp.code}): a threat, CAMEO {threat}")  # type: ignore[union-attr]
                    pat = dataclasses.replace(pat, code=threat, id=f"{pat.id}+threat")
                elif cp is not None and pat.code[:2] == "03" and cp.code[:2] == "13":
                    # "vowed to respond": a threat vowed is that threat, made when vowed
                    reasons.append(f"'{tok.text}' vows '{comp.text}' ({cp.code}): that threat")
                    pat = dataclasses.replace(pat, code=cp.code, id=f"{pat.id}+{cp.id}")
                elif cp is not None and pat.code[:2] == "03" and cp.code[:2] in ("09", "11", "12"):
                    # "vowed to take his case to court", "pledged to challenge the ruling": CAMEO
                    # has no intent to accuse; the act announced is coded, for the future
                    reasons.append(f"'{tok.text}' announces '{comp.text}' ({cp.code}): that act, to come")
                    pat = dataclasses.replace(cp, id=f"{pat.id}+{cp.id}")
                    spoken_of = comp
                elif cp is not None and pat.code == "030" and cp.code[:2] in INTENT_OF_ROOT:
                    # "agreed to meet" is an intent to meet (036), "pledged to give aid" an
                    # intent to give aid (033)
                    code = intent_code(cp.code)
                    reasons.append(f"'{tok.text}' announces '{comp.text}' ({cp.code}): CAMEO {code}")
                    pat = dataclasses.replace(pat, code=code, id=f"{pat.id}+{comp_lem}")
                elif pat.code == "120" and comp_lem in COMMENT_REFUSED_VERBS:
                    # "declined to comment", "refused to say whether he was held": a refusal to
                    # comment (CAMEO 011, the verb dictionary's REFUSE * COMMENT) is a statement,
                    # no rejection of anyone
                    reasons.append(f"'{tok.text}' refuses to '{comp.text}': CAMEO 011, decline comment")
                    pat = dataclasses.replace(pat, code="011", id=f"{pat.id}+comment")
                elif cp is not None and pat.code == "120" and REJECT_OF_ROOT.get(cp.code[:2], "120") != "120":
                    # "refused to concede the election" is a refusal to yield (124), "declined to
                    # meet the envoy" a rejection of a meeting (125): CAMEO files a refusal under
                    # what is refused
                    code = REJECT_OF_ROOT[cp.code[:2]]
                    reasons.append(f"'{tok.text}' refuses '{comp.text}' ({cp.code}): CAMEO {code}")
                    pat = dataclasses.replace(pat, code=code, id=f"{pat.id}+{comp_lem}")
        reasons.append(twhy)
        if lem == "order" and comp is not None and comp.lemma_.lower() in STOP_VERBS and targets and sources and all(
            b.role in STATE_ROLES and a.country == b.country for m in targets for a in m.actors for sm in sources for b in sm.actors
        ):
            # "the government ordered the opposition newspaper to suspend publication": a
            # state stopping its own people or press coerces them (172; 1721 for the press)
            press = any(a.role == "MED" for m in targets for a in m.actors)
            code = "1721" if press else "172"
            reasons.append(f"a state orders its own {'press' if press else 'people'} to '{comp.text}': CAMEO {code}")
            pat = dataclasses.replace(pat, code=code, id=f"{pat.id}.restrict")
            consumed.update(t.i for t in comp.subtree)
        if pat.id == "give.ultimatum" and any(
                v.lemma_.lower() in ("leave", "depart", "quit") and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)
                and (v.head.i == tok.i or v.head.head.i == tok.i) for v in tok.subtree):
            # "gave them five days to leave": an expulsion with its deadline (CAMEO 166, expel
            # or withdraw), done as it is said, not a threat of something else
            reasons.append(f"'{tok.text}' a deadline to leave: an expulsion, CAMEO 166")
            pat = dataclasses.replace(pat, code="166", id=f"{pat.id}.leave")
        if pat.code.startswith("086") and targets and sources and all(
            a.country and a.country == b.country for m in targets for a in m.actors for sm in sources for b in sm.actors
        ):
            # "allowed the opposition leader to hold a rally": letting one's own people act
            # is yielding at home, not admitting an international presence
            reasons.append(f"'{tok.text}' lets its own country's people act: a concession, CAMEO 080")
            pat = dataclasses.replace(pat, code="080", id=f"{pat.id}.domestic")
        if not sources and pat.code.startswith(("174", "166", "063")) \
                and (is_passive(head_for_slots) or (head_for_slots.dep_ == "acl" and head_for_slots.tag_ == "VBN")):
            # "were deported from the United States": the state that expels is the one they
            # are sent from (CAMEO 174, expel or deport individuals; 166, diplomats "expelled
            # from Russia"; 063, "was extradited from Britain"); so with a participle that
            # describes them ("migrants deported from the United States")
            for p in (c for c in head_for_slots.children if c.dep_ == "prep" and c.lower_ == "from"):
                states = [m for o in p.children if o.dep_ == "pobj" for m in self.actors_of(o)
                          if all(a.kind == "country" and a.role is None for a in m.actors)]
                if not states:
                    # ("deported from Arizona": the state the place is in)
                    for o in (o for o in p.children if o.dep_ == "pobj" and self._is_place(o)):
                        iso3 = self._place_country(o)
                        if iso3 is not None:
                            states = [self._at_place(o, self.coder.resolver.dictionary.country_actor(iso3, None))]
                if states:
                    sources = states
                    reasons.append(f"source: the state they were {tok.text} from")
                    break
        if pat.code[:3] == "084" and sources and all(a.role in RESCUING_ROLES for m in sources for a in m.actors) \
                and (captors := _held_captive(tok)) is not None and not {ident(a) for m in sources for a in m.actors} \
                & {ident(a) for c in captors for m in self.actors_of(c) for a in m.actors}:
            # ("soldiers freed 20 migrants held by a cartel", "troops freed the kidnapped
            # pupils"): a state's forces that free someone another held captive rescue them
            # (CAMEO's verb dictionary, RESCUE 073), they release no one of their own (an armed
            # group that frees captives, "the Taliban freed two professors who had been held",
            # frees its own)
            reasons.append(f"'{tok.text}' frees captives another held: a rescue, CAMEO 073")
            pat = dataclasses.replace(pat, code="073", id=f"{pat.id}.rescue")
        if lem == "hold" and sources and self._held_as(tok) and not is_passive(tok):
            # "a professor held hostage", misread as a clause of its own: the one held is its
            # subject, and who holds is not said
            targets, sources = sources, []
            reasons.append(f"'{tok.text} hostage': the subject is the one held")
        weaponed = False
        alleged = False  # (the source is only whom the act is blamed on)
        if not sources and targets and (act_code or pat.code)[:2] in DOMESTIC_FORCE_ROOTS:
            sources, why_weapon, alleged = self._weapon_source(tok)
            named_again = [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "during") for o in c.children
                           if o.dep_ == "pobj" and _names_the_attack(o)]
            attack_told = self._force_told(assault=True) if not sources and named_again and (
                any(c.dep_ == "auxpass" for c in tok.children) or lem in ("die", "perish")) else None
            if attack_told is not None and attack_told[0] < self.state.sentence \
                    and attack_told[2] in {named_again[0].lemma_.lower(), *verbs_of_act_noun(named_again[0].lower_)}:
                # "Gangs attacked two police stations ... four officers were killed in the
                # attacks": the attacks named again, by the word that told them, are the ones
                # told, and their doers did it
                sources, why_weapon = list(attack_told[1]), f"source: who did the act of force '{named_again[0].text}' names, told before"
            if why_weapon:
                reasons.append(why_weapon)
                # "a roadside bomb killed five civilians": the act is reported, its doer unnamed
                weaponed = not sources
        if not sources and targets and (act_code or pat.code)[:2] in DOMESTIC_FORCE_ROOTS and (blamed := self._blamed_in_telling(tok)):
            # "Drones struck a power station, the army said, blaming the RSF": an act of force
            # told with no doer is the one its teller blames, as one accused of it did
            # (reported, the blame's claim)
            sources, alleged, weaponed = blamed, True, False
            reasons.append(f"source: '{blamed[0].text}', whom the telling blames")
        flown = [c for c in tok.children if c.dep_ == "dobj"] if pat.code == "042" and lem == "fly" else []
        if pat.code == "042" and lem == "fly":
            # ("flying in migrants", the particle parsed as a preposition: who is flown in,
            # unless it is a place)
            flown += [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "out") and p.i == tok.i + 1
                      for o in p.children if o.dep_ == "pobj" and o.ent_type_ not in ("GPE", "LOC", "FAC")]
        if flown and not any(c.lemma_.lower() in TROOP_NOUNS for c in flown):
            # "abducted an opposition politician and flew him back to Kampala": someone flown
            # somewhere is carried there; the one who flies him visits no one
            return f"'{tok.text}' carries '{flown[0].text}', no visit"
        held = [c for c in tok.children if c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or (
            (m := self.by_token.get(c.i)) is not None and len(m.actors) == 1 and m.actors[0].kind == "person"))] \
            if pat.code == "171" and lem in ("seize", "snatch", "grab") else []
        if held:
            # "seized Tariq Mahmood from a car park": a person seized is abducted (CAMEO's verb
            # dictionary: SEIZE * ENGINEER, * MINISTER 181), or arrested by police (POLICE * 173)
            police = bool(sources) and all(a.role == "COP" for m in sources for a in m.actors)
            code = "173" if police else "181"
            reasons.append(f"'{tok.text} {held[0].text}': a person seized: CAMEO {code}")
            pat = dataclasses.replace(pat, code=code, id=f"{pat.id}.person")
        if flown:
            # ("the army flew troops to the north": forces flown in are deployed)
            reasons.append(f"'{tok.text} {flown[0].text}': forces flown in are deployed: CAMEO 150")
            pat = dataclasses.replace(pat, code="150", id=f"{pat.id}.flown")
        elif pat.code == "042" and sources and any(t.lemma_.lower() in TROOP_NOUNS for m in sources for t in self._mention_tokens(m)):
            # troops that arrive somewhere are deployed, they do not visit: peacekeepers
            # give military protection (074), other forces show military power (150)
            peace = any("peacekeep" in t.lower_ for m in sources for t in self._mention_tokens(m))
            code = "074" if peace else "150"
            reasons.append(f"'{tok.text}' said of troops is a deployment: CAMEO {code}")
            pat = dataclasses.replace(pat, code=code, id=f"{pat.id}.troops")
        if (act_code or pat.code)[:2] == "14" and all(a.kind == "country" and a.role is None for m in targets for a in m.actors):
            # (a bare country as the target may be only where it happens: "blocked streets
            # in Hong Kong in defiance of Chinese authorities")
            against, why_against = self._protested(tok, frozenset(ident(a) for m in sources for a in m.actors))
            if against:
                targets = against
                reasons.append(why_against)
        if pat.id == "use.force" and not targets:
            # "police used tear gas on Wednesday to clear the farmers": force is used on whom
            # its purpose acts on (a purpose that is an act of its own, "to disperse", is told
            # by its own event)
            mine = {ident(a) for m in sources for a in m.actors}
            targets = [m for c in self._uncoded_purposes(head_for_slots) for o in c.children if o.dep_ == "dobj"
                       for m in self.actors_of(o) if not any(ident(a) in mine for a in m.actors)]
            if targets:
                reasons.append(f"target: whom the force is used to act on, '{targets[0].text}'")
        if not sources and (act_code or pat.code)[:2] == "14":
            sources, why_crowd = self._crowd_source(tok)
            if sources:
                reasons.append(why_crowd)
        if not sources and (act_code or pat.code)[:2] in FORCE_ROOTS:
            cause = self._disaster(head_for_slots)
            if cause is not None:
                # "two soldiers were killed in a helicopter crash", "burned in a wildfire": an
                # accident or a disaster with no one doing it is no event (the guideline)
                return f"'{tok.text}' ({pat.id}): done by '{cause.text}', an accident or a disaster, no one's act"
        if (act_code or pat.code)[:2] in FORCE_ROOTS and (toll := self._toll_of_a_war(head_for_slots, sources, bool(targets))) is not None:
            return f"'{tok.text}' ({pat.id}): {toll}"
        if pat.id == "face.charges" and not sources and targets and conditions_of(head_for_slots) \
                and any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in head_for_slots.children):
            # "the minister said Quispe would face charges if he returned": charges held out on a
            # condition are an ultimatum (the guideline's THREATEN), as sanctions to be faced are
            pat = dataclasses.replace(pat, code="130", id="face.charges+threat")
            reasons.append("charges to be faced on a condition: a threat, CAMEO 130")
        if pat.id in ("face.threat", "face.charges+threat") and not sources and targets:
            # "Washington said Turkey would face sanctions if it attacked": what someone is
            # told they will face is a threat made by whoever tells it (CAMEO 13), made when
            # it is said
            teller = teller_of(head_for_slots)
            facing = {ident(b) for t in targets for b in t.actors}
            told = [m for m in (self.actors_of(teller) if teller is not None else []) if any(ident(a) not in facing for a in m.actors)]
            if not told:
                return f"'{tok.text}' ({pat.id}): told by no actor, no one threatens"
            sources, spoken_of = told, teller.head if teller is not None else None
            reasons.append(f"source: '{told[0].text}', who tells what '{targets[0].text}' will face")
        if not sources and targets and is_passive(head_for_slots) \
                and any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in head_for_slots.children):
            # "Police said anyone who left the campus would be arrested": what a body of the
            # state says will be done to someone, by no one named, is its own warning of action
            teller = teller_of(head_for_slots)
            roles = WARNING_SPEAKER_ROLES.get((act_code or pat.code)[:2], ())
            warners = [m for m in (self.actors_of(teller) if teller is not None else []) if m.actors and all(a.role in roles for a in m.actors)]
            if warners:
                sources = warners
                reasons.append(f"source: '{warners[0].text}', who says what it will do")
        participle = (head_for_slots.dep_ in ("acl", "xcomp", "oprd") and head_for_slots.tag_ == "VBN") or (lem == "hold" and not sources and bool(targets))
        doerless = (act_code or pat.code)[:2] in DOERLESS_ROOTS or (act_code or pat.code)[:3] == "084"
        # ("the hostages were freed": a release keeps its event with no one named as freeing)
        # ("the mayor had received death threats": threats sent by no one named, as they
        # mostly are, are still made; support or aid from no one named tells no one's act)
        if not sources and not (targets and ((doerless and (is_passive(head_for_slots) or weaponed or participle or pat.target == "subject"))
                                             or (pat.target == "receiver" and (act_code or pat.code)[:2] == "13"))):
            return f"'{tok.text}' ({pat.id}): {how}"
        if not sources and not weaponed and targets:
            # "a former sheriff was charged with taking bribes, federal prosecutors said": the
            # lead says who did it when the one who tells it is the body that does such acts
            # (prosecutors charge; police telling of a charge or an arrest only tell it), as the
            # guideline's coders read it
            teller = teller_of(head_for_slots)
            roles = DOER_SPEAKER_ROLES.get((act_code or pat.code)[:2], ())
            # (but "his lawyer said", "the family's attorney said": someone's own lawyer tells
            # what was done to them, and did not do it)
            own_counsel = teller is not None and any(c.dep_ == "poss" for c in teller.children)
            told = [m for m in (self.actors_of(teller) if teller is not None and not own_counsel else []) if m.actors and all(a.role in roles for a in m.actors)]
            if told:
                sources = told
                reasons.append(f"source: '{told[0].text}', who tells of its own kind of act")
        if not sources and not weaponed and targets and (act_code or pat.code).startswith(COURT_ROOTS) and lem not in ARREST_VERBS:
            # "was sentenced to nine years in the High Court at Auckland": the lead names the
            # court the act was done in, and only a court sentences or remands (however deep
            # the parser hangs it in the verb's phrases: "jailed for four years at Leeds Crown
            # Court")
            # (the court itself, not someone whose premises they are: "arrested at his
            # lawyer's office"; an arrest at a court is the police's, by no one the lead names)
            court = [m for p in phrases_of(head_for_slots) if p.lower_ in ("in", "at", "before")
                     for o in p.children if o.dep_ == "pobj" for m in self.actors_of(o, owners=False)
                     if m.actors and all(a.role == "JUD" for a in m.actors)]
            if court:
                sources = court[:1]
                reasons.append(f"source: '{court[0].text}', the court it was done in")
        if not sources and not weaponed and targets and lem in COURT_ACTS and is_passive(head_for_slots):
            # "A former sheriff was arrested and charged with taking bribes. ... According to an
            # indictment filed by federal prosecutors, ...": the lead says who did it when the
            # next sentences name the court, a judge or prosecutors, who alone do such acts
            later = self._court_told_after(targets, bench=lem not in PROSECUTING_VERBS)
            if later:
                sources = later
                reasons.append(f"source: '{later[0].text}', the court or prosecutors the lead names next")
        if not sources and not weaponed and targets and (act_code or pat.code)[:3] == "084" and is_passive(head_for_slots):
            # "were freed after six weeks in Taliban custody", "released from an Indian jail": the
            # freed were held by whoever's custody or prison they were in, and are freed by them
            holders = [m for p in phrases_of(head_for_slots) if p.lower_ in ("from", "in") for o in p.children
                       if o.dep_ == "pobj" and o.lemma_.lower() in HOLDING_PLACES for m in self.actors_of(o) if m.actors]
            if holders:
                sources = holders[:1]
                reasons.append(f"source: '{holders[0].text}', in whose custody they were")
        if not sources and not weaponed and targets and (act_code or pat.code)[:3] == "162" and is_passive(head_for_slots):
            # "U.S. military aid to Ukraine was frozen": aid is cut by whoever gives it, the one
            # the subject says it is of (as "froze its aid" says it of its subject)
            # (named by a state, its name, its people's adjective or its possessive, "the EU's
            # aid": the state, not an agent noun beside it, "military aid" being no army's)
            country = self.coder.resolver.dictionary.country_actor
            givers = [Mention(m.text, m.start, m.end, m.sentence_index,
                              tuple(country(a.country) if a.kind == "country" and a.country else a for a in m.actors), m.how)
                      for c in head_for_slots.children if c.dep_ == "nsubjpass" for o in c.children
                      if o.dep_ in ("amod", "compound", "nmod", "poss") and (o.dep_ == "poss" or o.ent_type_ in ("GPE", "NORP"))
                      for m in self.actors_of(o) if m.actors]
            if givers:
                sources = givers
                reasons.append(f"source: '{givers[0].text}', whose aid it is")
        if not sources and not weaponed:
            reasons.append("a passive that names no doer: no source")
        test_fired = tok.i >= 2 and tok.doc[tok.i - 1].text in ("-", "\u2010", "\u2011") and tok.doc[tok.i - 2].lower_ == "test"
        if not targets and (act_code or pat.code)[:2] == "19" and lem in ("fire", "launch") and (test_fired or any(
                p.dep_ == "prep" and p.lower_ in ("into", "off", "over", "toward", "towards") and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in OPEN_WATERS for o in p.children) for p in tok.children)):
            # "fired two missiles into the sea": a weapons test, a show of force (CAMEO 150),
            # no attack on anyone
            reasons.append(f"'{tok.text}' into open water: a show of force, CAMEO 150")
            pat = dataclasses.replace(pat, code="150", id=f"{pat.id}.test")
            act_code = "150"
        if pat.need_target and not targets and sources and (act_code or pat.code)[:2] in FORCE_ROOTS and any(
                c.dep_ in SUBJ and (c.i in self.by_token or c.lemma_.lower() in WEAPON_NOUNS | INTERCEPTED_NOUNS) for c in tok.children) \
                and all(a.role in ARMED_ROLES or (a.kind == "country" and a.role in (None, "GOV")) for m in sources for a in m.actors):
            # "struck military targets near Damascus": what is struck is on the territory of
            # the country named in the object (the place-target rule of the code's definition);
            # so is a thing struck in a place the gazetteer knows ("Russian missiles hit an
            # apartment block in Odesa"). By forces, a state or their weapons: "Chinese exports
            # hit a record in Haiphong" strike nothing.
            theirs = countries_of(sources)
            inside = [self.by_token[t.i] for c in tok.children
                      if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("near", "in", "outside", "across", "around", "inside"))
                      for t in c.subtree if t.i in self.by_token and t.i != c.i and not _in_description(t, c)]
            where = [m for m in inside if m.actors and all(a.kind == "country" and a.role is None and a.country not in theirs for a in m.actors)]
            place, at = self._place_token(tok, None) if not where and any(c.dep_ == "dobj" for c in tok.children) else (None, None)
            host = self._host(place, at, sources) if place is not None and at is not None else None
            if where:
                targets = where[:1]
                reasons.append(f"target: '{where[0].text}', where what is struck is")
            elif host is not None and at is not None:
                targets = [self._at_place(at, host)]
                reasons.append(f"target: the country of '{at.text}' ({host.country}), where what is struck is")
        if pat.id in MEASURE_STRUCK_PATTERNS:
            # ("ruled that the arrest of the activist was unlawful"): a measure struck down is
            # its author's, who owns it ("the government's ban", "a government ban"), not whom
            # it was done to
            targets = [m for m in targets if (r := span_root(tok.doc, m.start, m.end)) is not None and r.dep_ in ("poss", "compound", "amod")]
        if pat.need_target and not targets and sources and (act_code or pat.code)[:2] in ("05", "09", "11", "12"):
            # ("Madrid called the move unjustified": the one answered is who made the move; "the
            # commission questioned the killing": the one whose act is looked into)
            named, doers = self.referred_doers(trig, sources)
            if doers:
                targets = doers
                reasons.append(f"target: who did the act '{named}' names, told just before")
        if not targets and sources and (act_code or pat.code)[:2] in ("01", "12") and (claimants := self._claimants_denied(tok, sources)):
            # "Rights groups said police shot a protester, a claim police denied": the claim a
            # relative clause denies is what the sentence's speaker said, and the speaker the
            # one rejected
            targets = claimants
            reasons.append(f"target: who made the {tok.head.lower_} denied ('{claimants[0].text}')")
        grievance = [c for c in tok.children if c.dep_ == "prt" and c.lower_ in ("over", "for")]
        if pat.code[:2] == "19" and tok.lemma_.lower() == "strike" and tok.pos_ == "VERB" and sources and not is_passive(tok) \
                and (grievance or not any(c.dep_ in ("dobj", "prt") for c in tok.children)) and workers(sources):
            # "nurses strike over allowances": workers who strike, striking no one, stop work
            # (the guideline's PROTEST, as their strike named by the noun), also when it is
            # aimed at someone ("bus drivers struck against the transport authority"); what
            # they strike "over" or "for", parsed as the verb's particle and object, is their
            # grievance, no one struck (but one struck by a thrown bottle was struck)
            reasons.append(f"'{tok.text}' by workers or civilians, with no object: a stoppage, CAMEO 143")
            pat = dataclasses.replace(pat, code="143", id=f"{pat.id}.labour", need_target=False)
            if grievance:
                targets = [m for m in targets if not any(m.start >= c.idx for c in grievance)]
        if pat.need_target and not targets and not (pat.reciprocal and len({a.code for m in sources for a in m.actors}) > 1):
            return f"'{tok.text}' ({pat.id}): needs a target, {twhy}"
        if pat.need_source and not sources:
            return f"'{tok.text}' ({pat.id}): names no one who does it, only the state of whom it is done to"
        return self._emit(sources, targets, pat, trig, reasons, act_code=act_code, modality_tok=spoken_of, alleged=alleged)

    def _states_strike(self, noun: Token) -> bool:
        """Whether "strikes" qualified by countries ("U.S. and British strikes") come in a lead
        that has told an act of force: a state's strike is then force."""
        if self._force_told() is None:
            return False
        quals = [self.by_token[c.i] for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i in self.by_token]
        return bool(quals) and all(a.kind == "country" and a.role in (None, "GOV", "MIL") for m in quals for a in m.actors)

    def _force_noun_doers(self, verb: Token) -> tuple[list[Mention], str] | None:
        """(doers, why) when ``verb``'s subject is a definite noun of an act of force that
        names no doer ("the strikes", "the attack") and the lead told an assault with its
        doers in an earlier sentence."""
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subj) != 1 or not definite(subj[0]) \
                or any(c.dep_ in ("poss", "amod", "compound", "nmod", "prep") and c.i in self.by_token for c in subj[0].children):
            return None
        ev = self._event_noun(subj[0])
        told = self._force_told(assault=True)
        # (one act, not a war named as what has gone on for years: "the war has killed tens of
        # thousands"; a strike, in a lead that told an assault, is that, not a labour strike)
        forceful = ev is not None and subj[0].lemma_.lower() in ATTACK_NOUNS
        if not forceful or told is None or told[0] >= self.state.sentence:
            return None
        doers = [d for d in told[1] if d.actors]
        # (nor when what it hit is of the doers' own country, as the sentence names it: then
        # it is not the act told, or its target is misread)
        own = countries_of(doers)
        if any(a.country in own for c in verb.children if c.dep_ == "dobj" for m in self.actors_of(c) for a in m.actors):
            return None
        return (doers, f"source: '{subj[0].text}', the act of force told in sentence {told[0]}") if doers else None

    def _aimed_doer(self, noun: Token) -> list[Mention]:
        """The doer of the act a noun names ("the minister's visit"), if it names one."""
        if self._event_noun(noun) is None:
            return []
        return [self.by_token[c.i] for c in noun.children if c.dep_ in ("poss", "amod", "compound") and c.i in self.by_token]

    def _doers_named(self, noun: Token) -> list[Mention]:
        """The doers a noun of an act names: "by" them ("the detention of a journalist by
        Egyptian authorities") or before it ("Egypt's detention of ...", ``_aimed_doer``)."""
        if self._event_noun(noun) is None:
            return []
        return [m for p in noun.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children if o.dep_ == "pobj"
                for m in self.actors_of(o)] or self._aimed_doer(noun)

    @staticmethod
    def _disaster(verb: Token) -> Token | None:
        """The accident or disaster a verb of harm says did it: "killed in a crash", "burned
        by a wildfire", "killed when their helicopter crashed"."""
        for c in verb.children:
            if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by", "during", "after", "from"):
                for o in c.children:
                    if o.dep_ == "pobj" and o.lemma_.lower() in DISASTER_NOUNS:
                        return o
            if c.dep_ == "advcl" and c.lemma_.lower() in DISASTER_VERBS and any(
                    m.dep_ == "advmod" and m.lower_ == "when" or m.dep_ == "mark" and m.lower_ in ("when", "after", "as") for m in c.children):
                return c
        return None

    def _warns_of_own_act(self, verb: Token, sources: list[Mention]) -> tuple[bool, list[Mention]]:
        """Whether the clause a warning announces is the warner's own act ("warned that it
        would retaliate", "warned that Iran will respond"), an act answered in the passive
        ("warned that any attack would be met with force") or what someone will face for
        crossing the warner ("warned that Washington would pay a heavy price": aimed at
        Washington, the second of the pair)."""
        mine = countries_of(sources)
        if any(c.dep_ == "ccomp" and (p := self._match(c, self.lex.verbs.get(c.lemma_.lower(), ()))) is not None and p.code[:2] == "13"
               for c in clauses_of(verb)):
            # "warned that anyone found looting would face the full force of the law": a clause
            # that is itself a threat (CAMEO's verb dictionary: FACE * THREAT) is the warner's,
            # aimed at whoever is to face it (the clause's subject, found as for any warning)
            return True, []
        for c in clauses_of(verb):
            if c.dep_ != "ccomp":
                continue
            subj = [s for s in c.children if s.dep_ in ANY_SUBJ]
            if not subj:
                continue
            if subj[0].dep_ in SUBJ_PASS and self._event_noun(subj[0]) is None and any(a.dep_ == "aux" and a.lower_ in ("could", "may", "might") for a in c.children) \
                    and self._match(c, self.lex.verbs.get(c.lemma_.lower(), ())) is None:
                # ("warned that thousands of refugees could be stranded"): what may befall
                # people, by no act the coder knows, is a comment on what is to come (CAMEO's
                # pessimistic comment, 012), not the warner's promise ("would be crushed")
                return False, []
            if subj[0].dep_ in SUBJ_PASS or subj[0].lower_ in ("we", "i"):
                return True, self._aimed_in_clause(c, mine)
            if self._more_of_own_force(subj[0], sources):
                # "shelled Kurdish positions and warned that further strikes would follow": more
                # of the force the warner uses is its own act to come
                return True, self._aimed_by_more_force(subj[0], verb, c, mine)
            ms = self.actors_of(subj[0])
            objs = {o.lemma_.lower() for o in c.children if o.dep_ in ("dobj", "attr")}
            if c.lemma_.lower() in ("regret", "suffer") or objs & CONSEQUENCE_NOUNS:
                # (the one warned, when named: "warned Finland that its NATO membership would
                # prompt countermeasures" is aimed at Finland, not NATO)
                warned = [m for o in verb.children if o.dep_ in ("dobj", "dative") for m in self.actors_of(o)
                          if not all(a.country in mine for a in m.actors)]
                return True, warned or [m for m in ms if not all(a.country in mine for a in m.actors)]
            own = bool(ms) and all(a.country in mine for m in ms for a in m.actors)
            if not own and any(all(a.country in mine for a in m.actors) for o in c.children if o.dep_ == "dobj" for m in self.actors_of(o)):
                # "warned Beijing that an armed attack would trigger U.S. defense commitments":
                # what the others' act would bring is the warner's own answer
                return True, []
            return own, self._aimed_in_clause(c, mine) if own else []
        return True, []

    def _more_of_own_force(self, noun: Token, sources: list[Mention]) -> bool:
        """Whether ``noun`` is more of the force a state or an armed side warns of ("further
        strikes", "more attacks"), owned by no one else and done by no one named."""
        # ("warned that its attacks on Saudi Arabia would continue": the warner's own, named by
        # its possessive, when no one else is warned)
        own = any(d.dep_ == "poss" and d.lower_ in ("its", "their", "our") for d in noun.children) \
            and not any(o.dep_ in ("dobj", "dative") for o in noun.head.head.children)
        if any((d.dep_ == "poss" and not own) or (d.dep_ == "prep" and d.lower_ == "by") for d in noun.children) \
                or not (own or any(d.dep_ == "amod" and d.lower_ in ("further", "more") for d in noun.children)):
            return False
        ev = self._event_noun(noun)
        codes = {p.code[:2] for p in (ev, *self.lex.noun_alternatives.get(noun.lemma_.lower(), ())) if p is not None}
        return bool(codes.intersection(FORCE_ROOTS)) and bool(sources) and all(
            a.role in ARMED_ROLES or (a.kind == "country" and a.role in (None, "GOV")) for m in sources for a in m.actors)

    def _aimed_by_more_force(self, noun: Token, verb: Token, clause: Token, mine: set[str]) -> list[Mention]:
        """Whom more of the warner's force is aimed at: whom the noun names ("further attacks
        on its territory"), else whom the force it warns after was used on ("shelled Kurdish
        positions and warned ..."), else whom the condition asks ("if the militants did not
        withdraw")."""
        # (or, hung on the clause's verb: "further strikes would follow against militant groups")
        found = [m for p in (*noun.children, *clause.children) if p.dep_ == "prep" and p.lower_ in ("on", "against")
                 for o in p.children if o.dep_ == "pobj" for m in self.actors_of(o)]
        head = verb.head if verb.dep_ == "conj" else None
        if head is None and verb.dep_ == "ccomp":
            # ("said the group had fired drones at oil facilities in Saudi Arabia and warned that
            # its attacks would continue", parsed with both clauses on "said": the one before,
            # joined by "and")
            head = next((c for c in verb.head.children if c.dep_ == "ccomp" and c.i < verb.i and any(
                d.dep_ == "cc" and d.lower_ == "and" and d.i == verb.i - 1 for d in c.children)), None)
        if not found and head is not None and (pat := self._match(head, self.lex.verbs.get(head.lemma_.lower(), ()))) is not None \
                and pat.code[:2] in FORCE_ROOTS:
            found = [m for o in head.children if o.dep_ == "dobj" for m in self.actors_of(o)]
            if not found:
                # (or at whom it was fired: "fired drones at oil facilities in Saudi Arabia")
                found, _ = self.objects(head, pat, set())
        if not found:
            found = [m for a in conditions_of(clause) for s in a.children if s.dep_ in SUBJ for m in self.actors_of(s)]
        return [m for m in found if not all(a.country in mine for a in m.actors)]

    def _arms_owner(self, verb: Token, avoid: frozenset[str]) -> tuple[list[Mention], str] | None:
        """Whose arms were seized, when the clause joined to the seizure tells an attack
        ("attacked an army base, killing 34 soldiers and seizing weapons"): the ones attacked."""
        t = verb
        while t.dep_ in ("conj", "advcl") and t.head.i != t.i:
            t = t.head
            pat = self._match(t, self.lex.verbs.get(t.lemma_.lower(), ()))
            if pat is not None and pat.code[:2] in FORCE_ROOTS:
                found, _ = self.objects(t, pat, set(), avoid)
                if found:
                    return found, f"target: whose arms, the ones '{t.text}'"
        return None

    def _protest_aimed_by_words(self, tok: Token, skip: set[int], avoid: frozenset[str]) -> tuple[list[Mention], str] | None:
        """Whom a protest is aimed at by its protesters' words in the same breath, a reproach or
        a demand told by a participle or an infinitive after it ("protested in Kabul against a
        recount, accusing the election commission of bias", "gathered outside the school to
        demand that the government do more"), the participle hung by the parser on the subject
        too; or None."""
        said_with = [*tok.children, *(c for sj in tok.children if sj.dep_ == "nsubj" for c in sj.children if c.dep_ == "acl" and c.tag_ == "VBG")]
        for c in said_with:
            if c.dep_ not in ("advcl", "xcomp", "acl") or c.i < tok.i or any(s_.dep_ in SUBJ for s_ in c.children):
                continue
            words = self._match(c, self.lex.verbs.get(c.lemma_.lower(), ()))
            if words is not None and words.code[:2] in ("10", "11"):
                aimed, _ = self.objects(c, words, skip, avoid)
                if aimed:
                    return aimed, f"target: whom '{c.text}', the protesters' words, is aimed at"
        return None

    def _arms_of_assailed(self, sources: list[Mention], avoid: frozenset[str]) -> tuple[list[Mention], str] | None:
        """Whose arms were seized, when the seizers are the side whose assault this sentence or
        the one before told ("claimed the attack on a police checkpoint and said the insurgents
        had seized weapons"): the ones assailed, in one operation."""
        told = self.state.assailed
        if told is None or self.state.sentence - told[0] > 1 or not sources:
            return None
        sides = {(a.country, a.role) for m in told[1] for a in m.actors}
        if not all((a.country, a.role) in sides for m in sources for a in m.actors):
            return None
        found = [m for m in told[2] if any(ident(a) not in avoid for a in m.actors)]
        return (found, f"target: whose arms, the ones '{found[0].text}' assailed") if found else None

    def _court_told_after(self, targets: list[Mention], *, bench: bool = True) -> list[Mention]:
        """The first court, judge or prosecutors (JUD, not a defendant's lawyers; ``bench``:
        a court or a judge too, not for a charge) named in the sentence after the lead or the
        one after that, other than the ones acted on, when this sentence is the lead."""
        acted_on = {ident(a) for m in targets for a in m.actors}
        here = self.state.sentence
        sents = list(self.doc.sents)
        # (the lead only, the first sentence with a verb, a dateline standing alone being none:
        # an act told later in the story, "who was charged in 2022", is its background)
        if here != next((i for i, s in enumerate(sents) if any(t.pos_ in ("VERB", "AUX") for t in s)), 0):
            return []
        for s in sents[here + 1 : here + 1 + COURT_LOOKAHEAD]:
            for t in s:
                m = self.by_token.get(t.i)
                if m is not None and m.actors and all(a.role == "JUD" and ident(a) not in acted_on for a in m.actors) \
                        and m.text.lower().rpartition(" ")[2] not in COUNSEL_NOUNS \
                        and (bench or not BENCH_NOUNS & set(m.text.lower().split())):
                    return [m]
        if not bench:
            # ("A man was charged with murder ... Douglas County Attorney Miriam Holtz-Abara, who
            # filed the murder charges, said": the charges told again, named by "the", with the
            # one who brought them, however far on)
            for s in sents[here + 1 :]:
                for v in s:
                    if v.dep_ == "relcl" and v.lemma_.lower() in CHARGE_FILING_VERBS and any(
                            c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in v.children) and any(
                            o.dep_ == "dobj" and o.lemma_.lower() == "charge" and definite(o) for o in v.children):
                        filers = [m for m in self.actors_of(v.head) if m.actors and all(a.role == "JUD" for a in m.actors)]
                        if filers:
                            return filers[:1]
        return []

    def _aimed_in_clause(self, clause: Token, mine: set[str]) -> list[Mention]:
        """Whom the act a warning announces is done to ("warned that it would retaliate
        against Ukraine", "warned that protesters would be arrested"): the clause's passive
        subject or its objects, when they are not the warner's own side."""
        found = [m for s in clause.children if s.dep_ in SUBJ_PASS for m in self.actors_of(s)]
        if not found:
            found, _ = self.objects(clause, Pattern(clause.lemma_.lower(), clause.lemma_.lower(), "130"), set())
        return [m for m in found if not all(a.country in mine for a in m.actors)]

    def _noun(self, tok: Token, pat: Pattern, src_hint: list[Mention] | None, reasons: list[str], consumed: set[int]) -> list[Candidate] | str:
        if pat.code[:3] == "084" and tok.lemma_.lower() == "release" and (
                any(c.dep_ == "compound" and c.lower_ in ("press", "news", "media") for c in tok.children)
                or (tok.dep_ in SUBJ and tok.head.lemma_.lower() in SPEAKING_VERBS)
                or (tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.lemma_.lower() in SPEAKING_VERBS)):
            # "a ministry release said", "said in a press release": a statement, no one set free
            return f"nominal '{tok.text}': a statement that says something, no one set free"
        if tok.lemma_.lower() in TALK_NOUNS and tok.dep_ in ANY_SUBJ and tok.head.lemma_.lower() in STALLING_VERBS \
                and not (tok.head.tag_ == "VBD" and tok.head.lemma_.lower() in BREAKDOWN_VERBS):
            # "peace talks have been stalled since 2017", "the talks are frozen": no meeting is
            # told, only that there is none (but talks that broke down or collapsed on a day
            # were held that day: "talks broke down on Saturday after a 14-hour session")
            return f"nominal '{tok.text}': said to have {tok.head.text}, no meeting told"
        about = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "over", "about") else None
        if about is not None and about.pos_ == "NOUN" and (told := self._event_noun(about)) is not None and told.code[:2] in COOPERATIVE_ROOTS:
            # "talks on a Gaza ceasefire", "an agreement over the withdrawal": what the talks or
            # the agreement are about, no act of its own
            return f"nominal '{tok.text}': what the '{about.text}' is about"
        forced = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "against") else tok.head if tok.dep_ in ("dobj", "nsubjpass") else None
        if tok.lemma_.lower() in UNIT_ACT_NOUNS and forced is not None and any(
                p.code[:2] in FORCE_ROOTS for p in (*self.lex.verbs.get(forced.lemma_.lower(), ()), *filter(None, [self.lex.nouns.get(forced.lemma_.lower())]))):
            # "a bomb attack on a police patrol", "gunmen ambushed an army patrol": the unit
            # force is used on, no act of its own
            return f"nominal '{tok.text}': the unit the '{forced.text}' is aimed at, no act of its own"
        anchor = time_anchor(tok)
        led_to = _talks_that_led_to(tok) if pat.code[:2] == "04" and src_hint is None else None
        if led_to is not None:
            # "signed agreements after two days of talks in the Kremlin": talks that led to
            # what the lead reports are part of its news (not "after last week's talks")
            anchor = ""
        between = tok.head.lower_ in ANCHOR_PREPS and bool(between_sides(tok))
        # (the verb of dying an attack hangs on: "two farmers died in Israeli shelling")
        died = _adjunct_verb(tok, DYING_PREPS) if pat.code[:2] in FORCE_ROOTS or tok.lemma_.lower() in DEADLY_RAID_NOUNS else None
        died = died if died is not None and died.lemma_.lower() in DYING_VERBS else None
        deadly = died if died is not None and pat.code[:2] not in FORCE_ROOTS else None
        if deadly is not None:
            # ("six militants died in a raid by security forces"): CAMEO's verb dictionary, DIE *
            # (IN RAID) :190: a raid people die in is force used on them
            pat = dataclasses.replace(pat, code="190", id=f"{pat.id}.deadly")
        if anchor.lower() == "after" and died is not None:
            # ("four people died after a Russian missile strike"): the attack they died after is
            # what they died of (CAMEO's verb dictionary, DIE * (AFTER ASSAULT) :1823), no date
            anchor = ""
        if anchor and src_hint is None and not between:
            # "on the eve of a visit by Arafat", "after last week's talks": another event
            # named to date this one, reported (and dated) where it is the news
            return f"nominal '{tok.text}': names the time of another event ('{anchor}')"
        year = next((c for c in tok.children if c.dep_ in ("nummod", "compound", "amod", "npadvmod") and c.text.isdigit() and len(c.text) == 4), None)
        if year is not None and self.published and int(year.text) < int(self.published[:4]):
            # "the 1982 Israeli invasion", "the 2014 war": background named by its year
            return f"nominal '{tok.text}': named by its year {year.text}, background"
        day = next((c for c in tok.children if c.dep_ in ("nmod", "compound", "npadvmod") and c.ent_type_ == "DATE"
                    and any(d.tag_ == "CD" for d in c.subtree)), None)
        if day is not None and dates.long_before(dates.resolve(" ".join(d.text for d in day.subtree), self.published), self.published):
            # ("President Trump's July 25 call with Zelensky", in a story of November): an act
            # named by a date long before the story is named as background, as by its year
            return f"nominal '{tok.text}': named by its date, long before the story, background"
        broken = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok.head if tok.dep_ == "dobj" else None
        if broken is not None and broken.lemma_.lower() in BREACH_WORDS and any(d.dep_ in ("det", "poss") for d in tok.children):
            # "bombing its camps in violation of the truce", "accused it of breaching the
            # ceasefire": an accord in force named as what is broken is no act told here
            return f"nominal '{tok.text}': named as what '{broken.text}' breaks, no act of its own"
        if tok.dep_ == "dobj" and describing_relative(tok.head):
            # ("resistance committees, which organise the protests", "a group that stages
            # sit-ins"): a present-tense relative clause describes who they are, as it does
            # for a verb; it tells no act
            return f"nominal '{tok.text}': in a present-tense relative clause that describes, no act"
        if tok.lemma_.lower() == "war" and tok.dep_ == "pobj" and src_hint is None:
            # "diplomatic cover for Russia's war in Ukraine", "since the war": a war named as
            # the setting of the news, not an act it reports
            return f"nominal '{tok.text}': a war named as the setting ('{tok.head.text} ... {tok.text}'), background"
        sources: list[Mention] = []
        targets: list[Mention] = []
        why: list[str] = list(reasons) or [f"nominal event '{tok.text}' matched pattern {pat.id}.n -> CAMEO {pat.code}"]
        if deadly is not None:
            why.append(f"people '{deadly.text}' in the {tok.text}: force used on them, CAMEO 190")
        # "the president's release", "the activist's arrest": the possessor of an act done to
        # someone is the one it is done to, unless an "of"-phrase names that one ("Iran's
        # detention of an academic": the possessor did it)
        undergone = (pat.code[:3] in ("084", "173", "174") or pat.code[:2] in ("18", "20")) and not of_objects(tok)
        for ch in tok.children:
            if ch.i in consumed and ch.dep_ in ("compound", "amod"):
                continue  # the first word of a two-word event ("drone strike") is no doer
            if pat.code[:2] == "09" and ch.dep_ == "compound" and ch.i in self.by_token:
                # "the Russia investigation", "the Ukraine inquiry": what it is about
                targets += [self.by_token[ch.i]]
                why.append(f"target: '{ch.text}', what the '{tok.text}' is about")
                continue
            possessive = ch.dep_ == "nmod" and any(c.dep_ == "case" for c in ch.children)  # "Trump's call" parsed as nmod
            if undergone and (ch.dep_ == "poss" or possessive) and ch.i in self.by_token:
                targets += [self.by_token[ch.i]]
                why.append(f"target: '{ch.text}', whose '{tok.text}' it is")
                continue
            if undergone and ch.dep_ == "poss" and ch.pos_ == "PRON" and ch.lower_ in POSSESSIVES and tok.dep_ == "dobj":
                # "a judge ordered his release": the one released, named before, and not the
                # one who orders it (the subject of the verb the act is the object of)
                done_to = self._object_antecedent(ch, tok.head)
                if done_to:
                    targets += done_to
                    why.append(f"target: '{ch.text}' ({done_to[0].text}), whose '{tok.text}' it is")
                    continue
            if pat.code[:2] in FORCE_ROOTS and ch.dep_ == "compound" and ch.i in self.by_token \
                    and ch.lemma_.lower() in STRUCK_PLACES:
                # ("a church attack", "the school shooting"): the building is where it was done,
                # and its people whom it was done to, not its doers
                targets += [self.by_token[ch.i]]
                why.append(f"target: '{ch.text}', where the '{tok.text}' was done")
                continue
            if pat.code[:2] == "14" and ch.dep_ == "compound" and ch.i in self.by_token \
                    and (ch.ent_type_ in ("GPE", "LOC", "FAC") or ch.lemma_.lower() in HOLDING_PLACES):
                # ("a London rally", "the Tbilisi protests": where people protest, not who;
                # "prison riots" are the inmates', not the prison's keepers')
                why.append(f"'{ch.text}' says where the '{tok.text}' is, not who holds it")
                continue
            # ("U.S. and British strikes": the country's name parsed as a noun modifier)
            if (ch.dep_ in ("poss", "amod", "compound", "nmod") or possessive) and ch.i in self.by_token:
                sources += [self.by_token[ch.i]]
                why.append(f"source: '{ch.text}' qualifies '{tok.text}'")
                # "US-China trade talks", "Israel-Hamas fighting": the pair joined by a hyphen
                # are the two sides
                for pair in ch.children:
                    if pair.dep_ in ("compound", "amod") and pair.i in self.by_token and pair.i < ch.i \
                            and any(t.text in ("-", "\u2013", "\u2014") for t in self.doc[pair.i + 1 : ch.i]) \
                            and self.by_token[pair.i] not in sources:
                        sources.insert(len(sources) - 1, self.by_token[pair.i])
                        why.append(f"source: '{pair.text}-{ch.text}', the two sides of the '{tok.text}'")
        preps = [c for c in tok.children if c.dep_ == "prep"]
        deal = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if deal is not None and deal.pos_ == "NOUN" and deal.lemma_.lower() in DEAL_NOUNS and (tok.head.i == deal.i or deal.head.i == tok.head.i):
            # ("approved a ceasefire deal with Hezbollah", however the parser hangs the two
            # nouns): the deal's sides are the act's
            preps += [c for c in deal.children if c.dep_ == "prep"]
        if pat.code[:3] in ("166", "174"):
            # ("the expulsion of Russian diplomats from the Netherlands", the "from" hung by the
            # parser on the ones expelled): a country they are put out of, other than their
            # own, is the one that expels them, as for "were expelled from the Netherlands"
            preps += [f for p in preps if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
                      for f in o.children if f.dep_ == "prep" and f.lower_ == "from" and self._put_out_of_another(o, f)]
        if tok.dep_ in SUBJ and tok.head.lemma_.lower() in ERUPT_VERBS:
            # "fighting broke out between A and B", "clashes erupted between police and
            # protesters": the parser hangs the sides on the verb of its breaking out
            preps += [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "between"]
        for p in preps:
            objs = [o for o in p.children if o.dep_ == "pobj"]
            ms = [m for o in objs for m in self.actors_of(o)]
            if not ms and not pat.reciprocal and p.lower_ in DEFAULT_TARGET_PREPS:
                # ("an attack on a Greek-owned tanker": a thing a country's people own or whose
                # flag it flies is that country's, as for a verb)
                ms = [self._at_place(word, self.coder.resolver.country(iso3)) for o in objs for word, iso3 in self._nations_owning(o, pat)]
            if not ms:
                continue
            w = p.lower_
            if w == "between" and not pat.reciprocal and w in pat.prep:
                # "mediation between A and B": the sides are acted upon
                targets += ms
                why.append(f"targets from '{w}' (pattern)")
            elif w == "between" or (w == "of" and pat.reciprocal):
                sources += ms
                why.append(f"both sides from '{w}'")
                reciprocal = True
            elif w == "of" and not sources and (pat.code[:3] == "087" or pat.code[:2] == "15") and tok.dep_ != "dobj" \
                    and all(a.role in ("MIL", "COP") for m in ms for a in m.actors):
                # "the withdrawal of US forces", "the deployment of police officers": the forces
                # moved are the mover's, as for "US forces withdrew" (but "the United States sped
                # up the withdrawal of its forces": the one who does it is the verb's subject)
                sources += ms
                why.append(f"source: the forces '{w}' names, which move")
            elif w in pat.prep:
                # the pattern's own preposition names the target ("withdrawal from X")
                targets += ms
                why.append(f"target from '{w}' (pattern)")
            elif w in ("by", "from") and not sources:
                sources += ms
                why.append(f"source from '{w}'")
            elif w in PLACE_PREPS and pat.code[:2] not in PLACE_TARGET_ROOTS and all(self._is_place(o) for o in objs):
                why.append(f"'{w} {' '.join(o.text for o in objs)}' is the place, not a target")
            elif w in ("with", "against", "on", "to", "in", "into", "for", "of", "over") and pat.target != "prep":
                if pat.reciprocal and (w not in ("with", "against", "to") or (w == "against" and pat.code[:2] == "06")):
                    # ("talks on the North's nuclear programme", "an agreement over the
                    # border": a mutual act's counterpart is "with" it; "on" says about what;
                    # "a joint operation against Islamic State" is no cooperation with it)
                    why.append(f"'{w} {' '.join(o.text for o in objs)}' is what the '{tok.text}' is about")
                    continue
                targets += ms
                why.append(f"target from '{w}'")
        light = self._light_verb(tok)
        if not targets and pat.code[:2] == "09":
            # "an investigation into whether Norvelia Pay abused its position": the doer of what
            # is looked into is the one investigated (a passive's subject is acted on, not);
            # the parser may hang the "into" on the verb that opens it ("opened a formal
            # investigation into whether ...")
            for p in (c for h in (tok, light) if h is not None
                      for c in h.children if c.dep_ == "prep" and c.lower_ in ("into", "of", "on")):
                for v in (o for o in p.children if o.dep_ == "pcomp" and o.pos_ in ("VERB", "AUX")):
                    ms = [m for sj in v.children if sj.dep_ in SUBJ for m in self.actors_of(sj)]
                    if ms:
                        targets += ms
                        why.append(f"target: who '{v.text}', what the '{tok.text}' looks into")
                        break
        if not targets and pat.target == "prep":
            # ("a complaint with the Security Council over Israel's strikes", the "over" hung
            # on the body: the pattern's own preposition, however deep)
            for p in (c for c in tok.children if c.dep_ == "prep"):
                for q in (q for o in p.children if o.dep_ == "pobj" for q in o.children if q.dep_ == "prep" and q.lower_ in pat.prep):
                    ms = [m for o in q.children if o.dep_ == "pobj" for m in (self.actors_of(o) or self._aimed_doer(o))]
                    if ms:
                        targets += ms
                        why.append(f"target from '{q.text}' (pattern, under '{p.text}')")
        if not sources:
            # "the arrest of a journalist by Hungarian police": the "by" hung on the one acted on
            for o in of_objects(tok):
                ms = [m for p in o.children if p.dep_ == "prep" and p.lower_ == "by" for oo in p.children if oo.dep_ == "pobj" for m in self.actors_of(oo)]
                if ms:
                    sources += ms
                    why.append(f"source from '{o.text} by'")
                    break
        led = False  # (the doer named by a participle of doing it, which tells it as done)
        if not sources:
            # "demonstrations led by students", "raids carried out by the army": a participle
            # after the act, of doing it, names its doer by its "by"
            for v in (c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in DOING_PARTICIPLES):
                agents = [oo for p in v.children if p.dep_ == "agent" for oo in p.children if oo.dep_ == "pobj"]
                ms = [m for oo in agents for m in self.actors_of(oo)]
                if ms:
                    sources += ms
                    led = True
                    why.append(f"source from '{v.text} by'")
                    # (its "against", hung by the parser on the participle or its doer, is the
                    # act's: "demonstrations led by students against the government")
                    aimed = [m for h in (v, *agents) for p in h.children if p.dep_ == "prep" and p.lower_ == "against"
                             for o in p.children if o.dep_ == "pobj" for m in self.actors_of(o)] if not targets else []
                    if aimed:
                        targets += aimed
                        why.append(f"target from '{v.text} ... against'")
                    break
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in DRAW_VERBS:
            # "the visit drew criticism from Moscow": the one drawn from acts, on the subject
            # of "drew" (or on whoever did what the subject names)
            ms = [m for p in tok.head.children if p.dep_ == "prep" and p.lower_ == "from" for oo in p.children if oo.dep_ == "pobj"
                  for m in self.actors_of(oo)] if not sources else []
            if ms:
                sources += ms
                why.append(f"source from '{tok.head.text} ... from'")
            if sources and not targets:
                drawer = [c for c in tok.head.children if c.dep_ in SUBJ]
                participle = not drawer and tok.head.tag_ == "VBG" and tok.head.dep_ == "advcl"
                if participle:
                    # "arrested two campaign workers, drawing criticism from Washington": what
                    # the clause tells drew it, and its doer is the one criticised
                    drawer = [c for c in tok.head.head.children if c.dep_ in SUBJ]
                # (an act that drew it is its doer's: "the detention of a journalist by Egyptian
                # authorities drew condemnation" condemns the authorities, not the journalist)
                for c in drawer:
                    targets += self._doers_named(c) or self.actors_of(c)
                if targets:
                    why.append(f"target: '{drawer[0].text}', who drew it")
                elif participle and not drawer:
                    # ("voted to pass a bill ..., drawing criticism from China", the participle
                    # hung on the complement, whose subject is its governor's)
                    doers, _, how = self.subject(tok.head.head)
                    mine = {ident(a) for m in sources for a in m.actors}
                    targets += [m for m in doers if not any(ident(a) in mine for a in m.actors)]
                    if targets:
                        why.append(f"target: {how}, who drew it")
        if not targets and not pat.reciprocal:
            # "a suspension of air links with Serbia": the target hangs on what is acted on
            for o in of_objects(tok):
                for p in o.children:
                    if p.dep_ == "prep" and p.lower_ in ("with", "to", "against", "on", "for", "from"):
                        ms = [m for oo in p.children if oo.dep_ == "pobj" for m in self.actors_of(oo)]
                        if ms:
                            targets += ms
                            why.append(f"target from '{tok.text} of {o.text} {p.text}'")
        if light is not None and pat.code[:2] == "07" and light.lemma_.lower() in ("hold", "have"):
            # ("a warehouse that held aid for Ukraine"): aid held or had is not given (CAMEO's
            # 07: provide aid), whoever holds it
            return f"nominal '{tok.text}': aid '{light.text}' is not given"
        if not targets and light is not None:
            # "gave a warm welcome on Thursday to X": the light verb carries the preposition
            # ("opened an inquiry into the minister")
            # (a pattern that takes its target from its own prepositions only takes none
            # other: "lodged a complaint with the Security Council over the strikes")
            # ("arrived in Manila for talks": a visit's host is where the traveller arrives)
            arrival = light.lemma_.lower() in MOTION_VERBS and pat.code[:2] == "04"
            # ("carried out air strikes on Sanaa", the "on" hung on the verb: an attack is on
            # what it strikes)
            force = pat.code[:2] in FORCE_ROOTS and pat.target != "prep"
            # (after whom it is against: "air strikes on 85 targets in Iraq ... against Iran's
            # Revolutionary Guards")
            for p in sorted((c for c in light.children if c.dep_ in ("prep", "dative") and (
                    (c.lower_ in ("to", "with", "against", "into") and pat.target != "prep") or c.lower_ in pat.prep
                    or (arrival and c.lower_ in ("in", "at")) or (force and c.lower_ == "on"))), key=lambda c: force and c.lower_ == "on"):
                # (a community is of the country where the act is: "engaged in ethnic
                # cleansing in Montenegro against the Albanian population")
                ms = [self._community_in_place(m, o, light, tok) for o in p.children if o.dep_ == "pobj" for m in self.actors_of(o)]
                if not ms and p.lower_ in pat.prep:
                    # ("a complaint ... over Israel's air strikes": the doer of the act it is over)
                    ms = [m for o in p.children if o.dep_ == "pobj" for m in self._aimed_doer(o)]
                if ms:
                    targets += ms
                    why.append(f"target from '{light.text} ... {p.text}'")
                    break
        # "rejected calls from provincial officials", "refused to comply with a subpoena from
        # the committee": a request refused or complied with was made, of the one who refuses
        # or complies
        # (and "repelled 14 Russian assaults": an attack repelled was made on the one who repels it)
        asked = _answering_verb(tok) if pat.code[:2] in ("02", "10") else None
        answered = asked or (tok.head if tok.dep_ == "dobj" and tok.head.lemma_.lower() in REPELLING_VERBS and pat.code[:2] in FORCE_ROOTS else None)
        if not targets and answered is not None:
            ms = self.subject(answered)[0]
            if ms:
                targets += ms
                why.append(f"target: who '{answered.text}' it ({ms[0].text})")
        if not targets and (pat.code[:2] == "14" or tok.lemma_.lower() == "strike"):
            # ("began a five-day strike in a dispute with the government over pay"): a protest
            # told as part of a dispute is aimed at the other side of it
            for h in (tok, light) if light is not None else (tok,):
                ms = self.disputed_with(h)
                if ms:
                    targets += ms
                    why.append("target: the other side of the dispute it is part of")
                    break
        if not targets and pat.code in ("1723", "1724") and (laid := self.curfew_people(self._curfew_places(tok))) is not None:
            # ("ordered a 72-hour curfew in Mopti town", "declared a state of emergency in
            # Santiago"): laid on the people of where it holds
            targets += laid[0]
            why.append(laid[1])
        if not targets and pat.code[:2] in FORCE_ROOTS:
            # ("claimed responsibility for a suicide bombing that killed 14 people at a
            # market"): an attack's victims, told in the clause that describes it, are whom it
            # was done to
            # (or, hung by the parser on the place it was at: "a suicide bombing at a hotel in
            # Mogadishu that killed 12 people")
            places = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in LOCATIVE_PREPS for o in p.children if o.dep_ == "pobj"]
            harmed = [(c, m) for h in (tok, *places) for c in h.children if c.dep_ == "relcl" and self._harm_verb(c)
                      and any(sj.dep_ == "nsubj" and sj.lower_ in RELATIVE_PRONOUNS for sj in c.children)
                      for o in c.children if o.dep_ == "dobj" for m in self.actors_of(o)]
            if harmed:
                targets += [m for _, m in harmed]
                why.append(f"target: whom the {tok.text} '{harmed[0][0].text}'")
        # (not a fight between two sides, whose dead are of one of them: "a gunfight between
        # police and bandits left four officers dead")
        left = tok.head if tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "leave" and pat.code[:2] in FORCE_ROOTS and not pat.reciprocal else None
        if not targets and left is not None and any(c.dep_ in ("oprd", "acomp", "xcomp") and c.lemma_.lower() in HARMED_STATES for c in left.children):
            # ("a Taliban attack left six soldiers dead"): whom an attack leaves dead or wounded
            # is whom it was done to, as "killed six soldiers" says
            left_harmed = [m for o in left.children if o.dep_ == "dobj" for m in self.actors_of(o)]
            if left_harmed:
                targets += left_harmed
                why.append(f"target: whom the {tok.text} '{left.text}' harmed")
        if not targets and died is not None:
            # ("two farmers died in Israeli shelling"): CAMEO's verb dictionary, DIE * (DURING
            # SHELLING) :194, * (IN AIRSTRIKE) :195, * (IN BLAST) :190: those who died in an
            # attack are whom it was done to
            dead, _, _ = self.subject(died)
            if dead:
                targets += dead
                why.append(f"target: who '{died.text}' in the {tok.text}")
        if not targets and pat.code[:2] in CLAUSE_TARGET_ROOTS:
            # "its demand that Israel ease restrictions": the subject of the demanded clause
            # (hung on the light verb when a word comes between: "reiterated its demand
            # today that Israel ease ...")
            clauses = list(tok.children)
            if light is not None:
                clauses += [c for c in light.children if c.dep_ == "ccomp" and c.i > tok.i]
            for c in clauses:
                if c.dep_ in ("acl", "ccomp") and is_that_clause(c):
                    subj = [m for sj in c.children if sj.dep_ in ANY_SUBJ for m in self.actors_of(sj)]
                    if subj:
                        targets += subj
                        why.append(f"target: subject of the clause '{c.text}'")
                        if pat.code[:2] in ("02", "10"):
                            consumed.update(xcomp_chain(c))
                        break
        if not targets and sources and pat.code[:2] in ADDRESSED_ROOTS and self._owned(tok):
            # "Trump may agree to Beijing's demands", "Washington rejected China's offer": a
            # demand or an offer is made to the one who answers it
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head if tok.dep_ == "dobj" else None
            if verb is not None and verb.pos_ in ("VERB", "AUX"):
                mine = {ident(a) for m in sources for a in m.actors}
                answer = [m for m in self.subject(verb)[0] if not any(ident(a) in mine for a in m.actors)]
                if answer:
                    targets += answer
                    why.append(f"target: '{verb.text}' answers the {tok.text}")
        named_pair = self.state.last_pair
        if not sources and not targets and light is None and named_pair is not None and (sides := self.sides_named_before(tok, pat)):
            sources = sides
            why.append(f"both sides: those named in sentence {named_pair[0]}")
        reciprocal = pat.reciprocal
        if src_hint:
            if sources and not targets:
                targets = sources
                why.append("participants of the nominal event are the targets of the verb's subject")
            sources = src_hint
        pronoun = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("its", "their") and c.i not in self.by_token), None)
        if not sources and not undergone and light is None and pronoun is not None:
            # ("Turkey agreed to a five-day pause in its offensive"): "its" is the subject of the
            # finite clause the act is told in, when that names a body or a country (not of a
            # participle's: "members, many of them captured during its offensive")
            above = verb_above(tok)
            owners = [m for c in above.children if c.dep_ == "nsubj" for m in self.actors_of(c)
                      if all(a.kind != "person" for a in m.actors)] if above.i < tok.i and above.tag_ in FINITE_TAGS else []
            if owners:
                sources = owners
                why.append(f"source: '{pronoun.text}', the subject of '{above.text}'")
        if not sources and light is None and pat.code[:2] in ("09", "17") and (hung := _adjunct_verb(tok, ("during",))) is not None \
                and self._own_code(hung)[:2] in ("09", *FORCE_AND_COERCION_ROOTS):
            # "police arrested six people during a narcotics investigation": the ones who act
            # in an investigation or a raid they are part of run it (by investigating, coercing
            # or force: a court that sentences someone "during last year's crackdown" ran none)
            srcs, _, how = self.subject(hung)
            if srcs:
                sources = srcs
                why.append(f"{how} ('{hung.text}' {tok.head.text} the {tok.text})")
        if not sources and light is None and pat.code[:2] == "12" and not any(c.dep_ in ("det", "poss") for c in tok.children) \
                and (hung := _adjunct_verb(tok, ("in",), active=True)) is not None:
            # "marched in defiance of a police ban": a manner phrase is the act of the subject
            # of the verb it hangs on
            srcs, _, how = self.subject(hung)
            if srcs:
                sources = srcs
                why.append(f"{how} ('{hung.text}' in {tok.text})")
        if not sources and light is None and (pat.code[:2] == "03" or pat.code == "057") and (hung := _adjunct_verb(tok, ("under",))) is not None:
            # "deployed troops along the border under an agreement with the Kurdish-led
            # forces": one who acts under an accord is party to it
            srcs, _, how = self.subject(hung)
            if srcs:
                sources = srcs
                why.append(f"{how} ('{hung.text}' under the {tok.text})")
        if not sources and light is None and pat.code[:2] == "04" and not any(c.lower_ in ("news", "press") for c in tok.children) \
                and (hung := _adjunct_verb(tok, ("during", "in", "at"), active=True)) is not None \
                and not any(p.code[:2] in FORCE_AND_COERCION_ROOTS for p in self.lex.verbs.get(hung.lemma_.lower(), ())):
            # "thanked the United States during talks with the defence secretary", "told the
            # prime minister in a phone call that ...": the one who speaks in the talks or the
            # call holds them, with whom they are with or whom the verb addresses; only talks
            # with someone named ("said at a conference in Berlin" holds none), and not a news
            # conference (what is said at one is said to the press); not an act of force or
            # coercion done there ("arrested 40 opposition supporters at a meeting" holds no
            # meeting with them)
            srcs, _, how = self.subject(hung)
            mine = {ident(a) for m in srcs for a in m.actors}
            addressed = [m for c in hung.children if c.dep_ in ("dobj", "dative") for m in self.actors_of(c)
                         if not any(ident(a) in mine for a in m.actors)] if srcs and not targets else []
            # (or between the subject's several sides: "the presidents of Russia and Ukraine
            # agreed at their first meeting")
            if srcs and (targets or addressed or (pat.reciprocal and len(mine) > 1)):
                sources = srcs
                why.append(f"{how} ('{hung.text}' {tok.head.text} the {tok.text})")
                if addressed:
                    targets += addressed
                    why.append(f"target: whom '{hung.text}' addresses in the {tok.text}")
        if not sources and led_to is not None:
            # (held by those who then did what the talks led to)
            srcs, _, how = self.subject(led_to)
            if srcs:
                sources = srcs
                why.append(f"{how} (who '{led_to.text}' after the {tok.text})")
                # (where they were held is not a side of them: "talks in the Kremlin")
                mine = {a.code for m in sources for a in m.actors}
                targets = [m for m in targets if not any(a.code in mine for a in m.actors)]
        if not sources and light is None and pat.code[:2] == "14" and (hung := _adjunct_verb(tok, ("during",))) is not None:
            # "youths threw stones during demonstrations against X": the ones who act in a
            # protest are its protesters
            srcs, _, how = self.subject(hung)
            # (but police or soldiers who act during a protest are not its protesters: "police
            # killed 12 people during protests")
            if srcs and not any(a.role in STATE_BODY_ROLES | ARMED_ROLES for m in srcs for a in m.actors):
                sources = srcs
                why.append(f"protesters: {how} ('{hung.text}' {tok.head.text} the protest)")
        if not sources and light is None and pat.code[:2] == "14" and any(
            c.dep_ in SUBJ and c.head.lemma_.lower() in ERUPT_VERBS for c in [tok]
        ):
            # "protests erupted in Tehran": unnamed protesters are the people of the place
            place = self._protest_place(tok.head)
            if place is not None:
                sources = [place]
                why.append(f"source: the people of '{place.text}', where the {tok.text} {tok.head.text}")
        if not sources and light is None and pat.code[:2] == "14":
            # "triggered protests across India, with demonstrators demanding ...", "fired on
            # protesters in a renewed wave of demonstrations": a protest told with no doer of its
            # own is held by the protesters named in its clause (or in one hung on it), when they
            # are one side
            here = verb_above(tok)
            crowd = [m for t in tok.sent if t.lemma_.lower() in PROTESTER_NOUNS and here in (verb_above(t), verb_above(verb_above(t).head))
                     for m in self.actors_of(t) if m.actors]
            if crowd and len({ident(a) for m in crowd for a in m.actors}) == 1:
                sources = crowd[:1]
                why.append(f"source: '{crowd[0].text}', the protesters its sentence names")
        if not sources and light is not None:
            srcs, passive_subj, how = self.subject(light)
            if not srcs and passive_subj and light.lemma_.lower() in ENGAGE_IN:
                # "Serb forces were engaged in ethnic cleansing": a state, not a passive act
                srcs, how = passive_subj, f"source: subject of '{light.text}'"
            sources = srcs
            why.append(f"light verb '{light.text}': {how}")
        alleged = False  # (the source is only whom the act is blamed on or accused of)
        if not sources and light is None and pat.code[:2] in FORCE_ROOTS:
            # an attack laid on someone, or a charge or a sentence is over, is theirs, as one
            # accused of an act told by a verb did (the guideline's "X accused Y of shelling
            # Z"); blamed or accused, reported: the blame's or the accusation's claim
            if blamed := self._blamed_on(tok):
                # ("in an attack the army blamed on the ELN")
                sources, alleged = blamed, True
                why.append(f"source: '{blamed[0].text}', whom the {tok.text} is blamed on")
            elif accused := self._accused_of(tok):
                # ("a gang accused of attacks on police stations")
                sources, alleged = accused, True
                why.append(f"source: '{accused[0].text}', accused of the {tok.text}")
            elif charged := self._charged_over(tok):
                # ("charged him with attempted murder in the shooting of a deputy", "was sentenced
                # for the killing of a teenager")
                sources = charged
                why.append(f"source: '{charged[0].text}', charged or sentenced over the {tok.text}")
        claim = self._responsibility_claimed(tok) if not sources else None
        if claim is not None:
            # "the Taliban claimed responsibility for a deadly attack": the claimant did it
            srcs, _, how = self.subject(claim)
            if srcs:
                sources = srcs
                why.append(f"source: '{claim.text} responsibility' ({how})" if tok.dep_ == "pobj" else f"source: who '{claim.text}' it ({how})")
        if not sources and (pat.need_source or not (light is not None and targets and pat.code[:2] in DOERLESS_ROOTS and is_passive(light))):
            return f"nominal '{tok.text}': no actor named as its source"
        if not sources:
            # "an arrest warrant was issued for X", "sanctions were imposed on X": a passive
            # that names no doer, as for a verb
            why.append("a passive that names no doer: no source")
        if pat.need_target and not targets and not (reciprocal and len({a for m in sources for a in m.actors}) > 1):
            return f"nominal '{tok.text}': needs a target"
        if pat.target == "none" and targets:
            # ("handing his resignation to the president": a resignation is aimed at no one)
            targets = []
            why.append("pattern takes no target")
        if pat.code[:2] in FORCE_ROOTS and ((tok.dep_ == "dobj" and tok.head.lemma_.lower() in REHEARSAL_VERBS) or any(
                c.dep_ == "amod" and c.lemma_.lower() in REHEARSAL_VERBS for c in tok.children)):
            # "simulated precision strikes on Taiwan": rehearsed, a show of force (CAMEO 150)
            pat = dataclasses.replace(pat, code="150", id=f"{pat.id}.rehearsed")
            why.append(f"'{tok.head.text} {tok.text}': a rehearsal, a show of force, CAMEO 150")
        if pat.code == "062" and not targets and len({ident(a) for m in sources for a in m.actors}) == 1:
            # "China began military drills around Taiwan": exercises held alone are a show of
            # force (CAMEO's verb dictionary: joint exercises 062, manoeuvres 150)
            pat = dataclasses.replace(pat, code="150", reciprocal=False, id=f"{pat.id}.alone")
            why.append("exercises held by one side alone: a show of force, CAMEO 150")
            # ("drills around Taiwan", "exercises near the border with Lithuania": the show of
            # force is aimed at the country it is held around, when it is another's)
            own = countries_of(sources)
            around = [m for h in [tok, *([light] if light is not None else [])] for c in h.children
                      if c.dep_ == "prep" and c.lower_ in ("around", "near", "off", "encircling")
                      for o in c.children if o.dep_ == "pobj" for m in self.actors_of(o)]
            aimed = [m for m in around if all(a.country and a.country not in own for a in m.actors)]
            if aimed:
                targets = aimed
                why.append(f"target: '{aimed[0].text}', what the exercises are held around")
        if pat.code[:2] == "14" and sources and all(a.kind == "country" and a.role is None for m in targets for a in m.actors):
            # "staged a protest outside the Home Office", "held sit-ins to demand that the
            # ministry pay wages": whom a protest named by a noun is against, as for a verb
            protesters = frozenset(ident(a) for m in sources for a in m.actors)
            opposed, why_opposed = self._opposed(tok, sources)
            if opposed:
                targets = opposed
                why.append(why_opposed)
            else:
                for h in [tok, *([light] if light is not None else [])]:
                    against, why_against = self._protested(h, protesters)
                    if against:
                        targets = against
                        why.append(why_against)
                        break
        trig = [tok]
        if light is not None:
            trig.append(light)
        # ("agreed to Beijing's demands": the demands were made, whatever the agreeing; but
        # "demanded Israel's withdrawal", "called for the minister's resignation": an act
        # asked of its doer is not yet done)
        owned = self._owned(tok) and tok.dep_ in ("dobj", "pobj") and not undergone and (pat.code[:2] in ADDRESSED_ROOTS or not wanted(tok))
        # ("ending months of demonstrations led by students": what a past participle says was
        # led or carried out was done, whatever the clause around it says of ending it)
        # (talks told as before what they led to are told as that act is: "agreed to a pause to
        # allow the fighters to withdraw, after talks in Ankara" is no talks to come)
        return self._emit(sources, targets, pat, trig, why, modality_tok=led_to if led_to is not None else tok,
                          presupposed=owned or led or asked is not None, alleged=alleged)

    def _protest_place(self, verb: Token) -> Mention | None:
        """The country of the place a protest happens in ("erupted in Tehran", "spread across
        Iraq"), as a mention standing for its people."""
        for p in verb.children:
            if p.dep_ != "prep" or p.lower_ not in ("in", "across", "throughout", "at", "outside"):
                continue
            for t in p.subtree:
                m = self.by_token.get(t.i)
                iso3 = m.actors[0].country if m is not None and m.actors and m.actors[0].kind == "country" else None
                if iso3 is None and m is None and t.ent_type_ in ("GPE", "LOC", "FAC"):
                    iso3 = self._place_country(t)
                if iso3 and known_country(self.coder.resolver, iso3):
                    return self._at_place(t, self.coder.resolver.dictionary.country_actor(iso3, "CVL"))
        return None

    @staticmethod
    def _responsibility_claimed(tok: Token) -> Token | None:
        """The verb of a claim of responsibility for the act ``tok`` names ("claimed
        responsibility for the attack"), with the "for" on the noun or, past a date, on the
        verb ("claimed responsibility on Monday for the attack"); or the verb that claims the act
        itself (CAMEO's verb dictionary, CLAIM * ATTACK: "claimed the attack", "the bombing was
        claimed by the group")."""
        if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() == "claim" and tok.head.pos_ == "VERB":
            return tok.head
        if tok.dep_ != "pobj" or tok.head.lower_ != "for":
            return None
        up = tok.head.head
        if up.lemma_.lower() == "responsibility" and up.head.lemma_.lower() in CLAIM_VERBS:
            return up.head
        if up.lemma_.lower() in CLAIM_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() == "responsibility" for c in up.children):
            return up
        return None

    def _toll_of_a_war(self, verb: Token, sources: list[Mention], harmed: bool) -> str | None:
        """Why the act of force ``verb`` tells is the toll of a war, no one's act, or None. A
        war no side is named in ("the war, which began in 2015, has killed tens of thousands")
        has no doer; nor, with someone harmed, has an act of force whose only doers found are
        the sides it is "between" ("the war between the army and the RSF has killed ..."): each
        fights the other, which the noun codes, and neither is named as the one who killed."""
        for s in verb.children:
            if s.dep_ != "nsubj":
                continue
            if not sources and s.lemma_.lower() in WAR_NOUNS \
                    and not any(d.dep_ in ("poss", "amod", "compound", "prep") and d.lemma_.lower() != "civil" for d in s.children):
                return f"the toll of '{s.text}', no one's act told"
            if sources and harmed and s.pos_ == "NOUN" and (pat := self._event_noun(s)) is not None and pat.code[:2] in FORCE_ROOTS \
                    and (sides := between_sides(s)) and all(any(m.start <= o.idx < m.end for o in sides) for m in sources):
                return f"the toll of the '{s.text}' between its sides, no one's act told"
        return None

    def _event_noun(self, tok: Token) -> Pattern | None:
        """The nominal event pattern ``tok`` names, two-word ("military exercises") or one."""
        lem = tok.lemma_.lower()
        if self._idle_compound(tok) is not None:
            return None  # "the trade war", "a legal battle"
        for c in tok.children:
            if c.dep_ in ("compound", "amod"):
                pat = self.lex.nouns.get(f"{c.lemma_.lower()} {lem}")
                if pat is not None:
                    return pat
        return self.lex.noun(lem, _prepositions(tok))

    @staticmethod
    def _held_as(verb: Token) -> bool:
        """Whether the one object of "hold" is the state of the one held ("held hostage"), not
        the people held parsed into one noun with it ("held six aid workers hostage")."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "oprd")]
        return len(objects) == 1 and objects[0].lemma_.lower() in HELD_AS \
            and not any(d.dep_ in ("det", "nummod", "amod", "compound") for d in objects[0].children)

    def _idle_compound(self, tok: Token) -> Token | None:
        """The modifier that makes a noun of an act name none ("trade" of "the trade war")."""
        lem = tok.lemma_.lower()
        if lem not in IDLE_HEADS:
            return None
        return next((c for c in tok.children if c.dep_ in ("compound", "amod") and f"{c.lemma_.lower()} {lem}" in IDLE_COMPOUNDS), None)

    def _light_verb(self, tok: Token) -> Token | None:
        """The light verb a nominal event is the object of: "launched an attack", "launched
        artillery and rocket fire" (a later conjunct), "engaged in ethnic cleansing"."""
        first = first_conjunct(tok)
        if first.dep_ in ("dobj", "nsubjpass") and first.head.lemma_.lower() in self.lex.light:
            # ("an arrest warrant was issued for X": the passive's subject)
            return first.head
        if (first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.dep_ == "dobj"
                and first.head.head.lemma_.lower() in OF_HEADS and first.head.head.head.lemma_.lower() in self.lex.light):
            # "declared a state of emergency", "carried out a series of raids"
            return first.head.head.head
        sum_ = first.head.head if first.dep_ == "pobj" and first.head.lower_ in ("in", "of") else None
        if sum_ is not None and sum_.dep_ == "dobj" and sum_.head.lemma_.lower() in self.lex.light \
                and (sum_.tag_ == "CD" or sum_.ent_type_ == "MONEY" or any(c.dep_ == "nummod" for c in sum_.children)):
            # "announced 50 million euros in humanitarian aid": a sum of what is given
            return sum_.head
        if first.dep_ == "pobj" and first.head.lower_ == "for" and first.head.head.lemma_.lower() in MOTION_VERBS:
            return first.head.head
        if first.dep_ == "pobj" and first.head.lower_ == "with" and (answers(first.head.head) or goes_on_with(first.head.head)):
            # "China retaliated with tariffs on US goods": the tariffs are the act ("pressed
            # ahead with its offensive": the offensive)
            return first.head.head
        if first.dep_ == "pobj" and first.head.lower_ == "in":
            verb = first.head.head
            if verb.lemma_.lower() in ENGAGE_IN or (verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)):
                return verb
        if first.dep_ == "pobj" and first.head.lower_ == "on" and first.lemma_.lower() == "strike" \
                and first.head.head.lemma_.lower() in ("be", "remain", "stay") and first.head.dep_ == "prep":
            # ("five prisoners are on hunger strike", "the doctors have been on strike since
            # May": those who are on strike strike, as those who go on strike do)
            return first.head.head
        return None

    def _uncoded_purposes(self, verb: Token, deps: tuple[str, ...] = ("advcl",)) -> list[Token]:
        """The "to"-infinitives of purpose on ``verb`` (hung by one of ``deps``) that are no act
        of the lexicon's ("used tear gas to clear the drivers", "pledged $2 billion to rebuild
        Syria"): what they act on is what ``verb``'s act is for; a purpose that is an act of its
        own ("to disperse") is told by its own event."""
        return [c for c in verb.children if c.dep_ in deps and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                and c.lemma_.lower() not in self.lex.verbs]

    def _allegers(self, tok: Token) -> list[Mention]:
        """Who says ``tok`` was done: the teller of its clause, or the subject of the verb
        whose "of" or "for" it is ("accused Israel of violating the truce")."""
        teller = teller_of(tok)
        if teller is not None:
            return self.actors_of(teller)
        if tok.dep_ == "pcomp" and tok.head.lower_ in ("of", "for") and tok.head.head.pos_ == "VERB":
            return self.subject(tok.head.head)[0]
        return []

    def _givers(self, tok: Token) -> list[Mention]:
        """Whom what ``tok`` received came from: the object of "from" on the verb or on what
        it received, that thing's "of" or its possessive ("the backing of France", "France's
        backing")."""
        things = [c for c in tok.children if c.dep_ == "dobj"]
        words = [o for h in (tok, *things) for p in h.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children if o.dep_ == "pobj"]
        words += [o for t in things for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        words += [c for t in things for c in t.children if c.dep_ == "poss"]
        return [m for w in words for m in self.actors_of(w)]

    def _put_out_of_another(self, expelled: Token, whence: Token) -> bool:
        """Whether the "from" under the ones expelled or deported names a country other than
        the one their own words give them ("Russian diplomats from the Netherlands"), not
        where they come from ("diplomats from the Netherlands")."""
        own = {a.country for m in self.actors_of(expelled, through_of=False, placed=False) for a in m.actors if a.country}
        out = {a.country for o in whence.children if o.dep_ == "pobj" for m in self.actors_of(o) for a in m.actors if a.country}
        return bool(own) and bool(out) and not own & out

    @staticmethod
    def _under_fire(tok: Token) -> Token | None:
        """The "fire" of "came under fire", "came under attack", if the verb has one."""
        return next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "under" for o in p.children
                     if o.dep_ == "pobj" and o.lemma_.lower() in UNDER_FIRE_NOUNS), None)

    def _came_under(self, tok: Token, fire: Token) -> list[Candidate] | str:
        """"The patrol came under fire from gunmen": an attack (190) on the subject by the one
        it came from, or by no one named (the guideline: a side the text does not name stays
        empty)."""
        targets, _, how = self.subject(tok)
        if not targets:
            return f"'came under {fire.text}': {how}"
        # ("came under fire from gang members", the "from" hung on the verb or on the fire)
        froms = [o for h in (tok, fire) for p in h.children if p.dep_ == "prep" and p.lower_ in ("from", "by") for o in p.children if o.dep_ == "pobj"]
        sources = [m for o in froms for m in self.actors_of(o)]
        if not sources and not any(a.role in ARMED_ROLES for m in targets for a in m.actors):
            # ("the prime minister came under fire over the budget": criticism by no one named;
            # the unarmed are attacked in words, by whoever the text names, as "attacked" is)
            return f"'came under {fire.text}': no one named it came from, and '{targets[0].text}' is no armed side"
        pat = Pattern("come.under", "come", "190")
        reasons = [f"'{tok.text} under {fire.text}': an attack on the subject (190)",
                   f"target: subject of '{tok.text}'",
                   f"source: object of 'from' ('{froms[0].text}')" if sources else "no source: no one named it came from"]
        return self._emit(sources, targets, pat, [tok, fire], reasons)

    def _talk_partners(self, talks: list[Token]) -> list[Mention]:
        """Whom talk nouns are held with ("talks with Washington")."""
        return [m for n in talks for w in n.children if w.dep_ == "prep" and w.lower_ == "with"
                for x in w.children if x.dep_ == "pobj" for m in self.actors_of(x)]

    def _be_in(self, tok: Token) -> list[Candidate] | str:
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at")]
        # "Baghdad was in talks with Washington": negotiating with them (CAMEO 046); "the embassy
        # was in contact with the authorities": CAMEO's verb dictionary, CONTACT (meet, 040)
        for nouns, pid, code, what in ((TALK_NOUNS, "be.in.talks", "046", "negotiation"), (CONTACT_NOUNS, "be.in.contact", "040", "a consultation")):
            held = [o for p in preps if p.lower_ == "in" for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in nouns]
            partners = self._talk_partners(held)
            if partners:
                sources, _, how = self.subject(tok)
                if not sources:
                    return f"'be in {held[0].text} with': {how}"
                return self._emit(sources, partners, Pattern(pid, "be", code), [tok, *held],
                                  [f"'{tok.text} in {held[0].text} with': {what} ({code})", how])
        for p in preps:
            for o in p.children:
                if o.dep_ != "pobj":
                    continue
                country = places.capital_of(o.text)
                if not country:
                    continue
                sources, _, how = self.subject(tok)
                if not sources:
                    return f"'be in {o.text}': {how}"
                hosts = self.coder.resolver.lookup(places.find(o.text).name if places.find(o.text) else o.text)  # type: ignore[union-attr]
                host_actor = next((a for a in hosts if a.country == country), None)
                if host_actor is None:
                    return f"'be in {o.text}': no actor for its country {country}"
                visitors = [m for m in sources if any(a.country != country for a in m.actors)]
                if not visitors:
                    return f"'be in {o.text}': the subject is from {country} already"
                talks = [n for f in tok.children if f.dep_ == "prep" and f.lower_ == "for" for n in f.children
                         if n.dep_ == "pobj" and n.lemma_.lower() in TALK_NOUNS]
                partners = self._talk_partners(talks)
                if partners:
                    # "the envoy is in Doha for talks with the Taliban": the talks are with them,
                    # wherever they are held
                    return self._emit(visitors, partners, Pattern("be.in.for.talks", "be", "046"), [tok, *talks],
                                      [f"'{tok.text} {p.text} {o.text} for {talks[0].text} with': negotiation (046)", how], place_tok=o)
                host_mention = Mention(o.text, o.idx, o.idx + len(o.text), 0, (host_actor,), how="capital")
                pat = Pattern("be.in.capital", "be", "042")
                reasons = [f"'{tok.text} {p.text} {o.text}': {o.text} is the capital of {country}, so a visit (042)", how]
                return self._emit(visitors, [host_mention], pat, [tok, p, o], reasons, place_tok=o)
        return ""


# The last words of IDLE_COMPOUNDS: only they can be a noun of an act made idle.
IDLE_HEADS = frozenset(w.split()[-1] for w in IDLE_COMPOUNDS)
# How many sentences after a passive court act the lead may name the court or prosecutors.
COURT_LOOKAHEAD = 2
# The charges someone is held on, an accusation of a crime (CAMEO 1121).
CHARGES_HELD_ON = Pattern("charges.held", "charge", "1121", kind="noun")
# Verbs that answer a request, refusing or complying with it (made once: read at every word
# of a refused clause).
ANSWERING_VERBS = REFUSING_VERBS | SUBMITTING_VERBS


def _answering_verb(tok: Token) -> Token | None:
    """The verb of refusing or complying a nominal request is the object of ("rejected calls
    for talks", "complied with the subpoena"), or None."""
    verb = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "with" else None
    if verb is None or verb.lemma_.lower() not in ANSWERING_VERBS:
        return None
    return verb


def _adjunct_verb(tok: Token, preps: tuple[str, ...], *, active: bool = False) -> Token | None:
    """The verb a nominal event hangs on by one of ``preps`` ("arrested six people during a
    narcotics investigation", "marched in defiance of a ban"), whose subject takes part in
    the event; ``active``: only a verb not in the passive."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in preps or tok.head.head.pos_ != "VERB":
        return None
    verb = tok.head.head
    if active and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    return verb


def _prepositions(noun: Token) -> dict[str, set[str]]:
    """The prepositions on a noun, each with the lemmas of its objects."""
    out: dict[str, set[str]] = {}
    for c in noun.children:
        if c.dep_ == "prep":
            out.setdefault(c.lower_, set()).update(o.lemma_.lower() for o in c.children if o.dep_ == "pobj")
    return out


def _clause_of(noun: Token) -> Token:
    """The verb whose clause a noun belongs to, through the prepositions and objects that
    hang it there ("exchanged prisoners in a swap": the swap's clause is "exchanged")."""
    tok = noun
    while tok.dep_ in ("pobj", "prep", "dobj", "attr") and tok.head.i != tok.i:
        tok = tok.head
    # ("agreed to restore ties in a deal brokered by China": the subject of "agreed")
    while tok.dep_ in ("xcomp", "conj") and not any(c.dep_ in SUBJ for c in tok.children) and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _talks_that_led_to(noun: Token) -> Token | None:
    """The verb of what talks led to, when they are told as "after" them ("signed agreements
    after two days of talks", "agreed to a pause after talks in Ankara"), or None; not talks
    dated before the news ("after last week's talks")."""
    p = noun.head if noun.dep_ == "pobj" else None
    if p is not None and p.lower_ == "of" and p.head.dep_ == "pobj":
        p = p.head.head  # ("after two days of talks", "after a round of talks")
    if p is None or p.lower_ not in ("after", "following") or p.head.pos_ != "VERB":
        return None
    if any(c.dep_ in ("poss", "amod", "compound", "npadvmod") and (c.ent_type_ == "DATE" or c.lower_ in ("last", "previous", "earlier"))
           for c in noun.children):
        return None
    verb = p.head
    while verb.dep_ in ("xcomp", "advcl", "ccomp") and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # ("agreed to a pause to allow the fighters to withdraw, after talks in Ankara", hung by
        # the parser on the last infinitive): what talks told as before lead to is the finite
        # verb's act, the infinitives being its purpose or its content
        verb = verb.head
    return verb


def _each_other(verb: Token) -> bool:
    """Whether the verb's object, or the object of its preposition, is "each other" or "one
    another", or "the other" after "each" ("each side accused the other")."""
    objs = [c for c in verb.children if c.dep_ == "dobj"] + [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    pairs = (("other", "each"), ("another", "one"), ("one", "another"))
    if any(any(o.lower_ == head and any(d.lower_ == det for d in o.children) for head, det in pairs) for o in objs):
        return True
    # "each side accused the other"
    each = any(c.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ == "each" for d in c.children) for c in verb.children)
    return each and any(o.lower_ == "other" and any(d.lower_ == "the" for d in o.children) for o in objs)


def _names_the_attack(noun: Token) -> bool:
    """Whether a noun names an act of force told before ("the attack", "these killings")."""
    return noun.lemma_.lower() in FORCE_REFERENCES | ATTACK_NOUNS and definite(noun)


def _each_did(verb: Token) -> bool:
    """Whether the verb's subject is distributed with "each" ("each side freed",
    "Russia and Ukraine each freed")."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(d.lower_ == "each" and d.dep_ in ("det", "appos", "advmod") for c in subj for d in (c, *c.children)) \
        or any(c.lower_ == "each" and c.dep_ in ("advmod", "npadvmod", "dep") for c in verb.children)


def _for_clause(c: Token) -> Token | None:
    """``c`` when it is an infinitive clause with its own subject, marked by "for" ("called
    for Johnson to resign")."""
    if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children) \
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
        return c
    return None


def _in_description(t: Token, top: Token) -> bool:
    """Whether ``t`` is inside a clause describing a noun below ``top`` ("positions of militias
    backed by Iran": Iran backs them; what is struck is not in Iran)."""
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in ("acl", "relcl", "agent"):
            return True
        t = t.head
    return False


def _called_to_talk(comp: Token) -> bool:
    """Whether ``comp``, a complement of "called", is a "to"-infinitive of talking ("called
    the emir to discuss the crisis"): what the call was for, not what someone was called."""
    return comp.lemma_.lower() in CALL_PURPOSES and any(a.dep_ == "aux" and a.lower_ == "to" for a in comp.children)
