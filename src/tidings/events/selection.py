"""The event coder's code-selection stage: from a matched pattern and its slots to candidate
events: the pairs of actors, the code (a threat for a future attack, a rejection for a
denied concession, an intent for a future meeting), the modality, the date and the place."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from tidings.actors.home import PEOPLE_ROLES, span_root
from tidings.events import dates, modality, places
from tidings.events.arguments import Arguments
from tidings.events.cameo import describe
from tidings.events.patterns import Pattern
from tidings.events.sentence import ALLEGED_DOER, DATED_BY_GOVERNOR, Candidate
from tidings.events.syntax import (
    ANY_SUBJ,
    GOVERNED_DEPS,
    LOCATIVE_PREPS,
    PLACE_PREPS,
    SUBJ,
    between_sides,
    by_prefix,
    conditions_of,
    cooperative,
    countries_of,
    force_used,
    ident,
    is_conditional,
    is_passive,
    is_temporal,
    known_country,
    not_yet,
    of_objects,
    phrase_text,
    phrase_tokens,
    verb_above,
    verbs_of_act_noun,
)
from tidings.events.words import (
    ACCEPTING_WORDS,
    ACT_REFERENCES,
    ADDRESSEE_ROOTS,
    ANCHOR_PREPS,
    ANSWER_PATTERNS,
    ARMED_ROLES,
    ATTACKER_NOUNS,
    BUILDING_NOUNS,
    BUSINESS_PLOVERS,
    CASE_REFERENCES,
    CLAIM_NOUNS,
    CONDITION_MARKS,
    CONDITIONAL_THREAT_OF_CODE,
    CONSIDERED_PATTERNS,
    CONTEST_VERBS,
    COOPERATIVE_ROOTS,
    COURT_ACTS,
    COURT_HOLDING_VERBS,
    COURT_REFERENCES,
    CURBED_ROLE_CODES,
    DATED_ACT_CODES,
    DEED_REFERENCES,
    EXERCISE_REFERENCES,
    FORCE_AND_COERCION_ROOTS,
    FORCE_MEANS,
    FORCE_REFERENCES,
    FORCE_ROOTS,
    HOLDING_VERBS,
    INSTITUTION_ROLES,
    INTENT_OF_ROOT,
    NON_STATE_ROLES,
    PLACE_TARGET_ROOTS,
    POLITICAL_ROLES,
    PRIVATE_ROLES,
    PROTESTER_NOUNS,
    REFUSING_VERBS,
    REJECT_OF_ROOT,
    RELEASE_NOUNS,
    RETALIATION_PATTERNS,
    SAID_ONLY_ROOTS,
    SPOKEN_ROOTS,
    STATE_BODY_ROLES,
    STATE_ROLES,
    SUBMITTING_VERBS,
    THREAT_OF_CODE,
    TRIP_AIMS,
    VERBAL_ATTACK_VERBS,
    intent_code,
)
from tidings.model import Actor, Mention, Place

# An act named again ("the move", "these accusations") is one told in this sentence or in
# the two before it.
REFERENCE_WINDOW = 2
# Determiners that make a noun name an act told before ("the move", "this decision").
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# Prepositions of the occasion an act is done at ("during a traffic stop in 2021", "at a rally
# in March"), whose own time is the act's.
OCCASION_PREPS = frozenset({"during", "at", "in"})
# How far back "the attack", "the strikes" reach for the last act of force: a lead's length.
FORCE_WINDOW = 8
# The acts force used in answer answers (protest, coercion, force: "threw stones at police,
# who responded with tear gas").
ANSWERED_ROOTS = frozenset({"14", "17", "18", "19", "20"})
# The prepositions of where an act is: the locative ones and "into" ("blew up power lines
# leading into Mogadishu").
PLACE_OR_INTO = (*LOCATIVE_PREPS, "into")

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token


class Selection(Arguments):
    # ---- building candidates --------------------------------------------------------------
    def _emit(
        self,
        sources: list[Mention],
        targets: list[Mention],
        pat: Pattern,
        trig: list[Token],
        reasons: list[str],
        *,
        modality_tok: Token | None = None,
        place_tok: Token | None = None,
        act_code: str | None = None,
        presupposed: bool = False,
        alleged: bool = False,  # (the source is only whom the act is blamed on: told as a claim)
    ) -> list[Candidate] | str:
        sources, told = self._attackers_told(sources)
        reasons = reasons + told
        if pat.code == "141" and trig[0].lemma_.lower() == "protest" and sources and all(
            any(a.role == "GOV" for a in m.actors) or self._names_state(m) for m in sources
        ):
            # a state that protests ("Serbia lodged a protest with Albania") complains
            # officially; it does not take to the streets
            reasons = reasons + ["a state's protest is an official complaint: CAMEO 114"]
            act_code = "114" if act_code == pat.code else act_code  # (what the act is, for what follows)
            pat = dataclasses.replace(pat, code="114", id=f"{pat.id}.official")
        if pat.code[:3] == "143" and trig[0].lemma_.lower() == "strike" and sources and all(
                a.role in ARMED_ROLES and a.role != "COP" for m in sources for a in m.actors):
            # "U.S. and British warplanes carried out three strikes": the strikes of armed
            # forces are force, not walkouts
            reasons = reasons + [f"'{trig[0].text}' by armed forces: force, CAMEO 190"]
            pat = dataclasses.replace(pat, code="190", id=f"{pat.id}.armed")
        if pat.code[:2] == "19" and trig[0].lemma_.lower() == "strike" and trig[0].pos_ == "NOUN" and sources and workers(sources):
            # "doctors continued their strike against the plan": workers' strikes are
            # stoppages (the guideline's PROTEST), whatever they are against (the verb is read
            # as a stoppage where its pattern is chosen)
            reasons = reasons + [f"'{trig[0].text}' by workers or civilians: a stoppage, CAMEO 143"]
            pat = dataclasses.replace(pat, code="143", id=f"{pat.id}.labour")
        if pat.code == "160" and targets and len({CURBED_ROLE_CODES.get(a.role or "") for m in targets for a in m.actors}) == 1 \
                and (curbed := CURBED_ROLE_CODES.get(targets[0].actors[0].role or "")):
            # "the junta suspended a private radio station", "suspended the opposition party":
            # suspending the press or a party restricts speech or bans it (CAMEO 1721, 1722:
            # the guideline's COERCE, "ban, restrict, censor"), not a cut in relations
            reasons = reasons + [f"'{trig[0].text}' done to the press or a party: CAMEO {curbed}"]
            pat = dataclasses.replace(pat, code=curbed, id=f"{pat.id}.curb")
        elif pat.code == "160" and sources and targets and all(
                a.role is not None and a.country and a.country in countries_of(sources) for m in targets for a in m.actors):
            # "the city suspended two police commanders", "the party suspended its candidate": a
            # body suspending officials or members of its own country sanctions them
            # administratively (CAMEO 172, the guideline's COERCE), no relations are cut
            reasons = reasons + [f"'{trig[0].text}' done to its own country's officials or members: CAMEO 172"]
            pat = dataclasses.replace(pat, code="172", id=f"{pat.id}.official")
        if pat.code == "175" and sources and targets and all(
                a.country and a.country not in countries_of(sources) and a.role in (None, "GOV", "MIL", "COP")
                for m in targets for a in m.actors):
            # "a Chinese coast guard ship fired water cannon at a Philippine supply boat":
            # repression (175) is done to one's own crowds; water cannon or gas turned on
            # another state's vessels or forces is force against that state (ASSAULT)
            reasons = reasons + [f"'{trig[0].text}' at another state's vessels or forces: force, CAMEO 190"]
            pat = dataclasses.replace(pat, code="190", id=f"{pat.id}.foreign")
        if pat.code == "144" and sources and all(a.role in STATE_ROLES for m in sources for a in m.actors):
            # a state does not block as protesters do ("the White House blocked officials from
            # testifying"): it refuses (12); its police or troops blocking restrict movement (191)
            armed = all(a.role in ARMED_ROLES for m in sources for a in m.actors)
            code = "191" if armed else "120"
            reasons = reasons + [f"'{trig[0].text}' by a state: CAMEO {code}"]
            pat = dataclasses.replace(pat, code=code, id=f"{pat.id}.state")
        elif pat.code == "144" and sources and all(a.role in ("REB", "CRM") or a.code.startswith("IMG") for m in sources for a in m.actors):
            # nor do gunmen, a cartel or rebels: they close a road by force (CAMEO 191, restrict
            # movement), no demonstration
            reasons = reasons + [f"'{trig[0].text}' by an armed group: CAMEO 191"]
            pat = dataclasses.replace(pat, code="191", id=f"{pat.id}.armed")
        if pat.code in ("173", "172") and trig[0].lemma_.lower() in COURT_HOLDING_VERBS and sources \
                and all(a.role == "JUD" for m in sources for a in m.actors):
            # "a court jailed the activist": a court holds no one but by its sentence
            # (guideline: convict or sentence in court is SANCTION)
            reasons = reasons + [f"'{trig[0].text}' by a court: a sentence, CAMEO 116"]
            pat = dataclasses.replace(pat, code="116", id=f"{pat.id}.court")
        own = countries_of(sources)
        if pat.code[:2] <= "13" and sources:
            # "the separatists accused Kyiv of violating the ceasefire": a capital or a country
            # named by people of that country is its government, not a place; and a capital
            # an appeal, a demand, a reproach, a refusal or a threat is addressed to, by anyone
            # of its country ("the premier urged Ottawa to retaliate"), is the government
            # seated there
            nonstate = all(b.role in NON_STATE_ROLES for sm in sources for b in sm.actors)
            gov = self.coder.resolver.dictionary.country_actor
            targets = [Mention(m.text, m.start, m.end, m.sentence_index, tuple(
                gov(a.country, "GOV") if a.kind == "country" and a.role is None and a.country in own else a for a in m.actors), m.how)
                if (nonstate and places.find(m.text.removeprefix("the ")) is not None)
                or (pat.code[:2] in ADDRESSEE_ROOTS and places.capital_of(m.text.removeprefix("the ")) in own and self._addressed(m)) else m for m in targets]
        # (a target that is the source itself is "each other": each side's act on the other)
        # (but a place taken or struck is what the force is done to: "the rebels captured
        # Rakhine", "the army shelled the town of X", as the guideline's coders read them)
        struck = {c.idx for c in trig[0].children if c.dep_ == "dobj"} if (act_code or pat.code)[:2] in FORCE_ROOTS else set()
        # (and a curfew is laid on, or lifted for, the people of where it holds: "imposed a
        # curfew on the capital")
        struck |= {t.idx for w in self._curfew_places(trig[0]) for t in w.subtree}
        # (a town the gazetteer does not know, left by the source's own forces, is of its own
        # country too: "Ukrainian forces withdrew from the town of Avdiivka")
        left = (act_code or pat.code)[:3] == "087"
        kept = [m for m in targets if m in sources or any(m.start <= i < m.end for i in struck) or not (
            ((left and m.how == "place") or _names_places(m.text)
             or (m.text.lower() in OWN_LAND_WORDS and any(c[:2] in FORCE_AND_COERCION_ROOTS for c in (pat.code, act_code or pat.code))))
            and all(a.kind == "country" and a.role is None and a.country in own for a in m.actors))]
        home_place = len(kept) < len(targets)
        if home_place:
            # "Kenyan police opened fire in Nairobi": a country is never its own target
            reasons = reasons + ["the source's own country named as the target: no target"]
            targets = kept
            if not targets and pat.need_target:
                # ("said on Tuesday at a conference in Berlin": where it was said, and a
                # saying needs someone spoken to)
                return f"'{trig[0].text}' ({pat.id}): needs a target, the one named is its own country"
        if (act_code or pat.code)[:2] == "15" and targets and all(a.country in own and a.role in ("MIL", "COP") for m in targets for a in m.actors):
            # "Warsaw sent 15,000 soldiers to the border": the forces moved are the source's
            # own, not whom the show of force is aimed at
            reasons = reasons + ["the source's own forces are what is moved: no target"]
            targets = []
        given = (act_code or pat.code)[:2] == "07" or (act_code or pat.code)[:3] == "033"
        qualifying = [m for m in targets if self._qualifies_what_is_given(m, trig) and all(a.country in own for a in m.actors)] if given else []
        if qualifying:
            # ("would contribute $1 million and an air force helicopter", "donated police
            # vehicles", "the release of military aid to Ukraine"): the source's own body that
            # qualifies the thing given says whose or what kind it is, not who receives it
            reasons = reasons + ["the source's own body qualifies what is given: not a target"]
            targets = [m for m in targets if m not in qualifying]
        if pat.code[:2] == "07" and sources and targets and all(
            (a.role is None or a.role in PRIVATE_ROLES) and a.kind in ("person", "country", "group") for m in sources + targets for a in m.actors
        ) and not any(a.kind == "country" and a.role is None and places.is_country(m.text) for m in sources + targets for a in m.actors):
            # "he had given Rs 25 lakh to an agent": money passed between private people, firms
            # or criminals is no aid (the guideline's events are acts of political, security,
            # legal or social actors; deals between companies are no events)
            return f"'{trig[0].text}' ({pat.id}): between private people, no aid"
        if sources and all(a.role == "BUS" for m in sources for a in m.actors) and all(
                a.role == "BUS" for m in targets for a in m.actors) and describe(pat.code).plover in BUSINESS_PLOVERS:
            # "SoftBank agreed to inject $6.5 billion into WeWork", "the company withdrew its
            # share offering": deals between companies and a firm's own decisions are no
            # events (the guideline)
            return f"'{trig[0].text}' ({pat.id}): a firm's deal or decision, no event"
        if pat.code[:3] == "042" and any(p.dep_ == "prep" and p.lower_ == "for" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in TRIP_AIMS
                for o in p.children) for t in trig for p in t.children):
            # "flew to London for medical treatment": a trip for one's own care meets no one
            return f"'{trig[0].text}' ({pat.id}): a trip for treatment or rest"
        if pat.code[:3] == "040" and trig[0].lemma_.lower() in ("speak", "talk") and targets and all(
                a.role == "MED" for m in targets for a in m.actors):
            # "the minister spoke to reporters": a statement to the press, no consultation
            return f"'{trig[0].text}' ({pat.id}): speaks to the press, a statement, no consultation"
        if pat.code in ("042", "043") and sources and home_place and not targets:
            # "Modi visited Arunachal Pradesh": a visit to a place at home meets no one
            return f"'{trig[0].text}' ({pat.id}): a visit to a place at home"
        if pat.code in ("042", "043") and sources and targets:
            # "the president made a trip to a hospital": a visit to a hospital, a school or a
            # firm at home meets no counterpart
            # (a name the dictionary does not know, with no role, at home is where: "a trip
            # to Walter Reed", "visited the U.S.-Mexico border")
            # (nor is a visit to a place at home: "Modi's visit to Arunachal Pradesh")
            met = [m for m in targets if not all(a.country in own and (a.role in INSTITUTION_ROLES or (
                a.role is None and (m.how in ("home-person", "home-organisation") or a.kind == "country"))) for a in m.actors)]
            if not met:
                return f"'{trig[0].text}' ({pat.id}): a visit to a {'/'.join(sorted({a.role or 'place' for m in targets for a in m.actors}))} at home"
            targets = met
        if (act_code or pat.code) == "0841" and sources and targets and all(a.country in countries_of(sources) for m in targets for a in m.actors) \
                and any(c.dep_ == "dobj" and any(g.dep_ == "poss" and g.lower_ in ("its", "their") for g in c.children) for c in trig[0].children):
            # "returned its soldiers to their bases", "brought its citizens home": one's own
            # people sent back are released by no one
            return f"'{trig[0].text}' ({pat.id}): its own people moved, no one released"
        if ((act_code or pat.code)[:3] in ("161", "166") or pat.id == "reopen.embassy") and sources and targets and all(
                a.role == "GOV" and a.country in countries_of(sources) for m in targets for a in m.actors):
            # "closed its embassy", "ordered the expulsion of 20 diplomats" (the diplomats
            # given the home country): relations are cut and diplomats expelled with another
            # state, never with one's own government; the state where its embassy is ("closed
            # its embassy in Quito") is the one they are cut with (or restored with: "reopened
            # its embassy in Kabul")
            there = [m for h in (trig[0], *(c for c in trig[0].children if c.dep_ == "dobj")) for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
                     for o in p.children if o.dep_ == "pobj" for m in self.actors_of(o, placed=True)
                     if all(a.country and a.country not in countries_of(sources) for a in m.actors)]
            if not there:
                return f"'{trig[0].text}' ({pat.id}): relations with its own government, no one's diplomats named"
            targets = there[:1]
            reasons = reasons + [f"target: '{there[0].text}', where its own embassy is"]
        # cooperation between the members of a compound subject is mutual ("A and B agreed")
        # (but mediators are not each other's parties: "brokered by the UN and Turkey", nor
        # hosts each other's guests: "Saudi Arabia and the United States hosted talks"; nor is
        # a promise of an act that is no cooperation, unless they agreed on it: "A, B and C
        # vowed to strengthen their defences")
        # (nor is praise, verbal defence, rallying support, an apology or forgiveness, CAMEO
        # 051-053, 055, 056, which one side gives another: "France and Saudi Arabia welcomed the
        # vote" praise the ones who voted, not each other)
        mutual = pat.code[:2] in COOPERATIVE_ROOTS and pat.code[:3] not in ("043", "045", "051", "052", "053", "055", "056") and (
            not pat.intent or (act_code or pat.code)[:2] in COOPERATIVE_ROOTS or trig[0].lemma_.lower() == "agree")
        if (pat.reciprocal or mutual) and targets and len(own) > 1 and all(
                (a.country in own and (a.role is None or a.role in STATE_BODY_ROLES | {"MIL"}))
                or (m.how == "home-role" and a.role in PEOPLE_ROLES) for m in targets for a in m.actors):
            # ("Xi and Kishida agreed to seek a solution to a dispute over Japanese seafood"):
            # what the sides agree on names one of them; the agreement is between them (but
            # "Turkey and Iraq agreed to fight the PKK" is aimed at the PKK, no state's body);
            # so do people no country is named for ("agreed to the release of hostages")
            targets = []
            reasons = reasons + ["the target named is one of the sides: the act is between them"]
        pairs = self._pairs(sources, targets, pat.reciprocal or mutual)
        if (act_code or pat.code)[:2] in FORCE_ROOTS and len(own) > 1:
            # ("India and Pakistan exchanged fire, killing two soldiers"): of several sides, none
            # kills its own forces; the other side does
            pairs = [pr for pr in pairs if not (pr[1] is not None and pr[3] is not None and pr[3].role in ("MIL", "COP")
                                               and pr[3].country == pr[1].country)] or pairs
        if not pairs and targets and not pat.need_target:
            # the only target named is the source itself ("Bosnian Serbs withdrew from the
            # Bosnian town"): an act with no target
            targets = []
            pairs = self._pairs(sources, [], False)
            reasons = reasons + ["the target named is the source itself: no target"]
        if not pairs:
            return f"'{trig[0].text}' ({pat.id}): source and target are the same actor"
        def protester_word(w: str) -> bool:
            return w in PROTESTER_NOUNS or w.removesuffix("s") in PROTESTER_NOUNS

        def protesters(t: Token) -> bool:
            return t.lemma_.lower() in PROTESTER_NOUNS or protester_word(t.lower_)

        lem0 = trig[0].lemma_.lower()
        # (the sources named by a protester noun)
        rioters = [m for m in sources if m.text.split() and protester_word(m.text.lower().split()[-1])]
        if lem0 in ("storm", "clash", "force", "throw", "hurl") and pat.code[:2] == "19" and not (lem0 in ("throw", "hurl") and targets) and (
                any(c.dep_ == "nsubj" and protesters(c) for c in trig[0].children) or rioters):
            # "demonstrators stormed parliament", "protesters clashed with police", "protesters
            # who tried to force their way into the offices", "demonstrators hurled petrol
            # bombs": a violent protest, a riot (CAMEO 145, as the verb dictionary codes
            # DEMONSTRATOR/PROTESTOR STORM and CLASH WITH DEMONSTRATOR); but petrol bombs thrown
            # at someone named attack them (the guideline's ASSAULT: attack, bomb)
            reasons = reasons + [f"'{trig[0].text}' by protesters: a violent protest, CAMEO 145"]
            if pat.reciprocal and not targets and 0 < len(rioters) < len(sources):
                # ("clashes between police and protesters": the protesters riot, against the
                # others, whichever side is named first)
                targets = [m for m in sources if m not in rioters]
                sources = rioters
                pairs = self._pairs(sources, targets, False)
            pat = dataclasses.replace(pat, code="145", id=f"{pat.id}.protesters", reciprocal=False)
        elif lem0 == "clash" and pat.code[:2] == "19" and any(a.role == "COP" for m in sources for a in m.actors) and any(
                o.dep_ == "pobj" and protesters(o) for p in trig[0].children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children):
            # "police clashed with demonstrators": violent repression (CAMEO 175, the verb
            # dictionary's POLICE CLASH WITH DEMONSTRATOR)
            reasons = reasons + [f"police '{trig[0].text}' with protesters: repression, CAMEO 175"]
            pat = dataclasses.replace(pat, code="175", id=f"{pat.id}.police", reciprocal=False)
        if lem0 == "occupy" and pat.code == "192" and sources and all(
                a.role is not None and a.role not in ARMED_ROLES and a.role != "GOV" for m in sources for a in m.actors):
            # "students occupied the university", "400 families occupied a plantation": a
            # place occupied by people who bear no arms is held in protest (CAMEO's verb
            # dictionary, PROTESTOR OCCUPY 144), not territory taken by force; the place held
            # is where, not whom, they protest ("occupied university campuses")
            reasons = reasons + [f"'{trig[0].text}' by people who bear no arms: a protest that blocks a place, CAMEO 144"]
            pat = dataclasses.replace(pat, code="144", id=f"{pat.id}.protesters")
            targets, pairs = [], self._pairs(sources, [], False)
        if pat.code.startswith("19") and trig[0].lemma_.lower() in VERBAL_ATTACK_VERBS and sources and not _plainly_force(trig[0]) and (
            (targets and all((a.role in POLITICAL_ROLES or a.kind == "person") for m in targets for a in m.actors))
            # "Republicans attacked the process as unfair": a party, a legislature, the press
            # or a court attacking something that is no actor criticises it
            or (not targets and all(a.role in POLITICAL_ROLES and a.role != "GOV" for m in sources for a in m.actors))
            # "the prime minister and the opposition leader clashed over Brexit"
            or (not targets and pat.reciprocal and len(sources) > 1
                and all((a.role in POLITICAL_ROLES or a.kind == "person") for m in sources for a in m.actors))
        ) and not any(a.role in ARMED_ROLES for m in sources for a in m.actors):
            # "Trump attacked the Democrats on Twitter": an unarmed side attacking politicians,
            # parties or the press criticises them (111); force is done by armed actors
            reasons = reasons + [f"'{trig[0].text}' by an unarmed side on politicians or the press: criticism, CAMEO 111"]
            pat = dataclasses.replace(pat, code="111", id=f"{pat.id}.verbal")
        if trig[0].lemma_.lower() in CONTEST_VERBS and pat.code[:2] in ("18", "19") and sources and targets and all(
            (a.role in POLITICAL_ROLES or a.kind == "person") and a.role not in ARMED_ROLES for m in sources + targets for a in m.actors
        ):
            # "Democrats beat the incumbent governor": politicians beat each other at the polls
            return f"'{trig[0].text}' ({pat.id}): politicians beating politicians is an election, not force"
        if pat.code[:2] == "19" and trig[0].lemma_.lower() in ("attack", "clash", "fight") and sources and not targets and all(
                a.role not in ARMED_ROLES and a.kind in ("country", "person") and a.role in (None, "CVL") for m in sources for a in m.actors):
            # "Brazil attacked down the left wing", "players from Argentina and Chile clashed":
            # a country or a person with no armed role attacking no one plays a match
            return f"'{trig[0].text}' ({pat.id}): no one attacked, by no armed side: no force"
        if trig[0].lemma_.lower() in CONTEST_VERBS and pat.code[:2] in ("18", "19") and sources and targets and not is_passive(trig[0]) \
                and not any(a.role in ARMED_ROLES for m in sources for a in m.actors) \
                and all(a.role is None and a.kind in ("country", "person") for m in targets for a in m.actors):
            # "Russia beat Croatia 2-0", "Rublev beat Bautista-Agut": an unarmed side beating
            # a country or a person named with no role is a match won, not force
            return f"'{trig[0].text}' ({pat.id}): an unarmed side beating a country or a named person: a contest, not force"
        mod = modality.classify(modality_tok or trig[0], presupposed=presupposed)
        if mod.modality == "reported" and mod.own_words and (act_code or pat.code)[:2] in SPOKEN_ROOTS and sources \
                and {ident(a) for m in sources for a in m.actors} == {
                    ident(a) for c in trig[0].head.children if c.dep_ == "nsubj" for m in self.actors_of(c) for a in m.actors}:
            # "the UN said it was outraged by the killings", "Japan said it stood with Vietnam":
            # a criticism or a stance is made by saying it (the guideline's "reported" is a
            # claim that something happened)
            mod = dataclasses.replace(mod, modality="asserted", reasons=(*mod.reasons, "said of its own words: asserted"))
        if alleged and mod.modality == "asserted":
            # ("killed in an attack the army blamed on the ELN"): who did it is the blame's claim
            mod = dataclasses.replace(mod, modality="reported", reasons=(*mod.reasons, "its doer is who it is blamed on: reported"))
        if alleged:
            reasons = reasons + [ALLEGED_DOER]
        phrases, said_then, own_dates = self._date_phrases(trig)
        date = dates.resolve_phrases(phrases, self.published, "past" if said_then else mod.tense)
        if date.text and trig[0].pos_ in ("NOUN", "PROPN") and not any(date.text.lower() in p.lower() for p in own_dates):
            reasons = reasons + [DATED_BY_GOVERNOR]
        words_only = (act_code or pat.code)[:2] in SPOKEN_ROOTS | {"01", "03", "09"} and not (act_code or pat.code).startswith("116")
        if mod.modality == "asserted" and not words_only and dates.after_publication(date, self.published):
            # ("faces life in prison when he is sentenced next month"): a deed (a sentence
            # passed is one) dated after the story was published has not been done when it was
            # told; words are said now of what is to come ("agreed to open two crossings next
            # year")
            mod = dataclasses.replace(mod, modality="future", reasons=(*mod.reasons, f"dated after publication ('{date.text}'): future"))
        place, where = self._place_token(trig[0], place_tok)
        # (the sources' own codes, which no target found below may be)
        mine = {ident(b) for sm in sources for b in sm.actors}
        if trig[0].pos_ in ("NOUN", "PROPN") and trig[0].dep_ == "nsubj" and (act_code or pat.code)[:2] in FORCE_ROOTS \
                and (not targets or self._only_where(targets, trig[0])) and self._harm_verb(trig[0].head):
            # ("an Israeli drone strike killed a Hamas official in southern Lebanon"): the act of
            # force that kills or wounds is aimed at whom it harmed, one act with the harming,
            # not at where it fell ("a strike on a car in southern Lebanon killed two members")
            harmed = [m for c in trig[0].head.children if c.dep_ == "dobj" for m in self.actors_of(c) if not any(ident(a) in mine for a in m.actors)]
            if harmed and not between_sides(trig[0]):
                # (but "the war between the army and the RSF has killed tens of thousands": the
                # sides fight each other, and the toll is no act of either)
                targets = harmed
                reasons = reasons + [f"target: whom the '{trig[0].text}' {trig[0].head.text}"]
                pairs = self._pairs(sources, targets, False) or pairs
        if not targets and pat.target != "none" and (act_code or pat.code)[:2] in PLACE_TARGET_ROOTS and not any(pr[3] for pr in pairs) and place is not None and place.country and where is not None:
            # No named target: the country where it happens ("demonstrated in Kirkuk",
            # "shelled Juba") is the one acted upon, as CAMEO coders read such sentences.
            host = self._host(place, where, sources)
            if host is not None:
                targets = [self._at_place(where, host)]
                reasons = reasons + [f"target: the country of '{where.text}' ({place.country}), where it happens"]
                pairs = [pr for pr in self._pairs(sources, targets, False)] or pairs
        # (a threat's clauses, where its condition may hang: the trigger and the verbs it
        # governs, however the parser hangs the "if")
        threat_clauses = [*trig, *(c for t in trig for c in t.children if c.dep_ in ("xcomp", "ccomp", "advcl") and c.pos_ in ("VERB", "AUX"))] \
            if (act_code or pat.code)[:2] == "13" else []
        if not targets and threat_clauses:
            # "threatened to shut down the country if the federal government fails to reverse
            # the hike": a threat presses whoever must meet its condition (the guideline's
            # target, whom the act is aimed at)
            # (the condition's subject itself, not a word before it: "if the Hong Kong
            # situation becomes uncontrollable" presses no one; nor is a state named bare
            # another side than its own government)
            states = {a.country for m in sources for a in m.actors if a.role in (None, "GOV")}
            pressed = [m for t in threat_clauses for c in conditions_of(t) for sj in c.children if sj.dep_ in SUBJ
                       for m in self.actors_of(sj) if m.actors and m.start <= sj.idx < m.end
                       and not any(ident(a) in mine or (a.country in states and a.role in (None, "GOV")) for a in m.actors)]
            if pressed:
                targets = pressed
                reasons = reasons + [f"target: who must meet the condition of the threat ('{pressed[0].text}')"]
                pairs = self._pairs(sources, targets, False) or pairs
        if not targets and sources and (act_code or pat.code) == "196" and (others := self._other_side(sources)):
            # ("the army and M23 rebels agreed to a ceasefire ... The rebels violated the truce
            # within hours"): a ceasefire one side of it violates is violated against the other
            targets = others
            reasons = reasons + ["target: the other side of the mutual act told just before"]
            pairs = self._pairs(sources, targets, False) or pairs
        if not targets and ((act_code or pat.code)[:2] in ("05", "09", "11", "12") or (act_code or pat.code)[:3] == "045"
                            or (pat.code[:2] == "12" and trig[0].lemma_.lower() in REFUSING_VERBS)):
            noun, doers = self.referred_doers(trig, sources)
            if doers:
                # "Greece and Egypt signed a maritime deal. Ankara condemned the deal.": the act
                # named again by a definite noun is the one just told, and the one answered is its doer
                # (and the ones a mediator brought to it are its sides: "Israel and Hamas agreed to
                # a truce ... Egypt and the United States helped mediate the deal")
                targets = doers
                reasons = reasons + [f"target: who did the act '{noun}' names, told just before"]
                pairs = self._pairs(sources, targets, False) or pairs
        if not targets and (act_code or pat.code)[:2] == "12" and (askers := self._askers_refused(trig[0], sources)):
            # "Ruto invited Odinga to talks, but the opposition leader declined": a refusal with
            # nothing refused named, joined to a request of the one who refuses, refuses it, and
            # is aimed at who asked
            targets = askers
            reasons = reasons + [f"target: who asked in '{trig[0].head.text}', the request refused"]
            pairs = self._pairs(sources, targets, False) or pairs
        if not targets and (act_code or pat.code)[:2] in ("01", "12") and self.state.accusations:
            # "The Pentagon rejected these accusations": whoever made them in this sentence or
            # the one before is the one rejected (and the charges a relative clause describes:
            # "accused Somalia of arming the militants, charges Mogadishu rejected")
            said = {c.lemma_.lower() for t in trig for c in t.children if c.dep_ in ("dobj", "nsubjpass")} \
                | ({trig[0].head.lemma_.lower()} if trig[0].dep_ == "relcl" else set())
            last = self._accusers_of(sources)
            if last is not None and said & CLAIM_NOUNS and self.state.sentence - last[0] <= REFERENCE_WINDOW:
                accusers = [m for m in last[1] if not any(ident(a) in mine for a in m.actors)]
                if accusers:
                    targets = accusers
                    reasons = reasons + [f"target: who made the {'/'.join(sorted(said & CLAIM_NOUNS))} rejected"]
                    pairs = self._pairs(sources, targets, False) or pairs
        # the act of force or coercion told in this sentence or the one before, and its doers
        # other than the sources: whom a condemnation of it, or a call to release its
        # captives, is aimed at
        just = self._force_told(within=1) if not targets else None
        if just is None and not targets and ((act_code or pat.code)[:2] in ("02", "10", "11") or pat.id.startswith("pay.ransom")) \
                and (far := self._force_told()) is not None and far[2] in HOLDING_VERBS and _holding_named_again(trig[0]):
            # ("Police arrested a journalist on Wednesday ... The CPJ condemned the arrest and
            # called for his release": the holding named again in the sentence is the one told,
            # however far before)
            just = far
        just_lemma = just[2] if just is not None else ""
        just_doers = [m for m in just[1] if not any(ident(a) in mine for a in m.actors)] if just is not None else []
        if not targets and (act_code or pat.code)[:2] == "11" and just_doers:
            # "Israeli jets struck targets near Damascus. Russia condemned the strikes.": the
            # act condemned is the one just told, and its doer the one condemned
            acts = [c for t in trig for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
            nouns = [(c, self._event_noun(c)) for c in acts]
            # (the act by its noun, or by the verb that told it: "struck" ... "the strikes")
            # (of the kind of the act just told: "arrested five suspects in connection with an
            # attack ... condemned the attack" condemns no arrest)
            noun_told = self.lex.nouns.get(just_lemma)
            just_kinds = {describe(p.code).plover for p in (*self.lex.verbs.get(just_lemma, ()), *((noun_told,) if noun_told is not None else ()))}
            named = [c for c, n in nouns if ((n is not None and n.code[:2] in FORCE_AND_COERCION_ROOTS and describe(n.code).plover in just_kinds)
                                             or c.lemma_.lower() == just_lemma)
                     and not any(d.dep_ in ("poss", "agent") or (d.dep_ == "prep" and d.lower_ == "by") for d in c.children)]
            if named:
                targets = just_doers
                reasons = reasons + [f"target: who did the '{named[0].text}' condemned, told just before"]
                pairs = self._pairs(sources, targets, False) or pairs
        if not targets and just_doers and just_lemma in HOLDING_VERBS:
            # "Police arrested the journalist on Sunday. The CPJ called for his release": a
            # release is asked of whoever holds the one to be released, the doer of the arrest
            # or the abduction just told; "Gunmen abducted 20 pupils ... the government said it
            # would not pay ransoms": a ransom is paid, or refused, to whoever holds the captives
            held = "the one whose release is asked" if (act_code or pat.code)[:2] in ("02", "10") and any(
                c.lemma_.lower() in RELEASE_NOUNS for t in trig for c in t.subtree) \
                else "the captives the ransom is for" if pat.id.startswith("pay.ransom") else None
            if held is not None:
                targets = just_doers
                reasons = reasons + [f"target: who holds {held} ('{just_lemma}', told just before)"]
                pairs = self._pairs(sources, targets, False) or pairs
        conditional = any(is_conditional(t) for t in trig)
        # ("China vowed to retaliate": a retaliation announced by the verb it is the complement of)
        # (or one vowed that is coded as the vow's: "vowed to respond")
        # (the pattern's own id, after what a vow or an intent prefixed to it: "vow+respond.threat")
        base_id = pat.id.rsplit("+", 1)[-1]
        vowed = any(c.dep_ == "xcomp" and c.lemma_.lower() in RETALIATION_PATTERNS for t in trig for c in t.children) \
            or base_id in RETALIATION_PATTERNS
        if not targets and (pat.id in RETALIATION_PATTERNS or vowed) and not conditional \
                and not any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in trig[0].children):
            # "Britain expelled 23 Russian diplomats. Moscow said it would retaliate": a
            # retaliation answers the last hostile act of another country's told in this
            # sentence or the ones before, and is aimed at its doers (not one that is only a
            # condition: "would raise tariffs if Ottawa retaliated")
            answered = self._hostile_doers_before(sources)
            if answered:
                targets = answered
                reasons = reasons + ["target: who did the hostile act the retaliation answers, told just before"]
                pairs = self._pairs(sources, targets, False) or pairs
        if not targets and pat.id in ANSWER_PATTERNS:
            # "came under fire from gunmen and returned fire", "protesters threw stones at
            # police, who responded with tear gas": force used in answer is aimed at whoever did
            # the act it answers
            answered = self._answered_doers(sources)
            if answered:
                targets = answered
                reasons = reasons + ["target: who did the act of force or protest the answer answers, told just before"]
                pairs = self._pairs(sources, targets, False) or pairs
        if not targets and conditional:
            # "threatened to strike unless Israel rescinded ...": the one the condition is put to
            # (or the one it is about: "... if the militants are not cleared from the area")
            for t in trig:
                for c in conditions_of(t):
                    subj = [m for s in c.children if s.dep_ in ANY_SUBJ for m in self.actors_of(s)]
                    if subj and any(a.code != b.code for m in subj for a in m.actors for sm in sources for b in sm.actors):
                        targets = subj
                        reasons = reasons + [f"target: subject of the condition '{c.text}'"]
                        pairs = self._pairs(sources, targets, False) or pairs
                        break
                if targets:
                    break
        if not targets and threat_clauses and sources and not any(conditions_of(t) for t in threat_clauses):
            # "accused Australia of weaponising trade remedies and warned that there will be
            # consequences": a warning that names no one, given by whoever accuses someone in
            # the same sentence, is aimed at the one accused (not one on a condition, which
            # presses whoever must meet it: "... if the situation becomes uncontrollable")
            accused = next((aimed for si, doers, aimed in reversed(self.state.accusations) if si == self.state.sentence and aimed
                            and {ident(a) for m in doers for a in m.actors} == mine), None)
            if accused:
                targets = accused
                reasons = reasons + [f"target: '{accused[0].text}', whom its speaker accuses in the sentence"]
                pairs = self._pairs(sources, targets, False) or pairs
        threat = by_prefix(THREAT_OF_CODE, pat.code) or (by_prefix(CONDITIONAL_THREAT_OF_CODE, pat.code) if conditional else None)
        dated = False  # (an act to come at a set time, its intent not expressed when told)
        if mod.imminent:
            reasons = reasons + ["an imminent act is coded as the act, its modality future"]
        elif pat.id != "be.in.capital" and threat and trig[0].dep_ != "acl" and not mod.alleged \
                and (mod.modality == "future" or (mod.announced and mod.modality == "hypothetical") or (conditional and mod.modality == "hypothetical")):
            # (not a participle that only describes what another verb acts on: "would not accept
            # migrants deported from Britain" threatens no deportation; Britain says nothing;
            # nor a plan alleged of someone, "suspected of helping plan an arson attack": a
            # threat is made by the one who makes it known)
            why = "on a condition" if conditional else "for the future"
            reasons = reasons + [f"a {pat.code} announced {why} is a threat: CAMEO {threat}"]
            pat = dataclasses.replace(pat, code=threat, id=f"{pat.id}+threat")
            teller = modality.teller_of(trig[0]) if is_passive(trig[0]) else None
            # (and so is a warning of what a body says will be done by no one named, which is
            # its own act: "Police said anyone who left the campus would be arrested")
            warned = teller is not None and any(teller.left_edge.idx <= m.start < teller.right_edge.idx + len(teller.right_edge.text) for m in sources)
            if conditional or warned or (pat.id.removesuffix("+threat") in RETALIATION_PATTERNS and trig[0].tag_ != "VBG"):
                # "would begin a strike unless the government reversed the rise", "said Moscow
                # would retaliate": an ultimatum or a vow of retaliation is made when it is said
                # (the guideline's THREATEN: warn of action, give an ultimatum); what it
                # announces is still to come ("would raise tariffs, retaliating against ...":
                # a participle only says what another act is)
                mod = _made_when_said(mod, "the threat itself is")
        elif mod.modality == "future" and pat.code[:2] in INTENT_OF_ROOT and pat.id != "be.in.capital":
            reasons = reasons + [f"a future {pat.code} is an expressed intent: CAMEO {intent_code(pat.code)}"]
            dated = pat.code in DATED_ACT_CODES
            pat = dataclasses.replace(pat, code=intent_code(pat.code), id=f"{pat.id}+intent")
        elif mod.modality == "negated" and not any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in trig[0].children) \
                and pat.code[:2] in REJECT_OF_ROOT and (trig[0].lemma_.lower() in ACCEPTING_WORDS or pat.code[:2] == "08"
                                                        or any(_will_not(t) for t in trig)) \
                and not (trig[0].dep_ == "xcomp" and trig[0].head.lemma_.lower() in ("fail", "unable")) and not not_yet(trig[0]):
            # ("if he does not hand himself over": a condition, no refusal; "EU leaders failed to
            # agree on sanctions": a failure, no refusal; nor "has yet to release him")
            reasons = reasons + [f"a denied {pat.code} is a rejection: CAMEO {REJECT_OF_ROOT[pat.code[:2]]}"]
            pat = dataclasses.replace(pat, code=REJECT_OF_ROOT[pat.code[:2]], id=f"{pat.id}+rejected")
            # "will not accept" states a refusal now; a hedge or an attribution still holds
            # ("may not want to", "reportedly refused").
            mod = _made_when_said(mod, "the rejection itself is")
            if pat.code == REJECT_OF_ROOT["08"] and not targets and not conditional and trig[0].lemma_.lower() not in ACCEPTING_WORDS \
                    and (pressing := self._hostile_doers_before(sources)):
                # "imposed tariffs on Canada ... 'we will not back down'", "said Tehran would not
                # bow to pressure" after the sanctions: a refusal to yield is to the one pressing,
                # whose hostile act was just told (as a retaliation answers it); what is not
                # accepted is named by its object, not by who pressed
                targets = pressing
                reasons = reasons + ["target: who did the hostile act the refusal to yield answers, told just before"]
                pairs = self._pairs(sources, targets, False) or pairs
        if not targets and pat.code[:2] == "12" and (askers := self._asked_before(trig[0], sources)):
            # "The committee subpoenaed the chief of staff. The White House said it would not
            # comply", "invited him to talks. He refused": a refusal with nothing refused named,
            # by the one asked just before, refuses that request (the guideline's REJECT, deny a
            # request) and is aimed at who made it
            targets = askers
            reasons = reasons + ["target: who made the request just told of the one who refuses"]
            pairs = self._pairs(sources, targets, False) or pairs
        if pat.code[:2] == "12" and mod.modality == "future" and mod.own_words and not mod.imminent and not conditional \
                and trig[0].lemma_.lower() in REFUSING_VERBS:
            # "union officials said they would defy the order": a refusal one says of oneself is
            # made when it is said (the guideline's REJECT: refuse, defy), as "will not accept" is
            # (not an appeal to be lodged: "said it would appeal the ruling")
            mod = _made_when_said(mod, "the refusal itself is")
        if pat.id.endswith("+intent") and not dated and (pat.code in (INTENT_OF_ROOT["05"], INTENT_OF_ROOT["06"])
                                            or (pat.code == INTENT_OF_ROOT["08"] and trig[0].lemma_.lower() in SUBMITTING_VERBS)) \
                and mod.modality == "future" and not mod.imminent and trig[0].dep_ != "advcl":
            # "said he would cooperate fully with officers": the intent is expressed when it is
            # said (the guideline's AGREE: promise or express intent to cooperate), and so is a
            # submission promised ("would abide by the ruling"); not the purpose of another act
            # to come ("would deploy troops to support the police")
            mod = _made_when_said(mod, "the intent itself is expressed:")
        if mod.declared and (pat.code[:2] == "13" or (pat.code[:2] == "03" and not conditional)):
            # "said it was ready to host talks", "is willing to mediate": a readiness declared is
            # an intent expressed when it is said (CAMEO's verb dictionary: INDICATE * READY 030,
            # DECLARE * WILLING 036; the guideline's AGREE: express intent to cooperate); and a
            # readiness to a hostile act, a threat made when it is said, on a condition or not
            # ("was prepared to raise tariffs further if Ottawa retaliated": the guideline's
            # THREATEN, warn of action)
            mod = _made_when_said(mod, "the readiness itself is declared:")
        if mod.pledged and pat.code[:2] in ("03", "13"):
            # "offered to stage a vaccination", "vowed to attack": the offer or the threat is
            # made when it is said (AGREE: "promise or express intent"; THREATEN: "threaten");
            # what it announces is to come
            made = "reported" if "reported" in mod.also else "asserted"
            mod = dataclasses.replace(mod, modality=made,
                                      reasons=(*mod.reasons, f"the {'promise' if pat.code[:2] == '03' else 'threat'} itself is made: {made}"))
        if base_id in CONSIDERED_PATTERNS:
            # "said it would consider new sanctions if ...": the threat is made when it is said;
            # "is weighing sanctions" tells a deliberation, no threat made to anyone
            if mod.modality != "future":
                return f"'{trig[0].text}' ({pat.id}): action weighed, no threat made"
            mod = _made_when_said(mod, "the threat itself is")
        if base_id == "respond.threat":
            # "said Moscow would respond", "vowed to respond": a response announced or vowed
            # is a threat made when it is said (CAMEO's WARN * (OF RESPONSE) 130), aimed at
            # whoever did the hostile act it answers; a response told as done, or denied ("did
            # not respond to requests for comment"), is none
            if not targets:
                return f"'{trig[0].text}' ({pat.id}): answers no hostile act told"
            if mod.modality == "future" and not conditional:
                mod = _made_when_said(mod, "the threat itself is")
            elif not (mod.pledged and mod.modality in modality.FACTUAL):
                return f"'{trig[0].text}' ({pat.id}): a response told, not announced"
        if mod.modality in modality.FACTUAL and mod.tense == "future" and len(trig) > 1 and trig[0].tag_ == "VBD":
            # ("vowed on Sunday to retaliate", "pledged on Sunday to send aid"): a threat or a
            # promise made when it is said is dated by the saying, in its past tense, not by the
            # act it announces
            said_on = [phrase_text(ch) for ch in trig[0].children if is_temporal(ch, trig[0])]
            if said_on:
                date = dates.resolve_phrases(said_on, self.published, "past")
        out = []
        for sm, sa, tm, ta in pairs:
            out.append(Candidate(sm, sa, tm, ta, pat, trig, mod, date, place, list(reasons)))
        if pat.code[:2] == "11" and sources:
            self.state.accusations.append((self.state.sentence, list(sources), list(targets)))
        if (act_code or pat.code)[:2] in ("02", "10") and sources and targets:
            self.state.requests = [*self.state.requests[-3:], (self.state.sentence, list(sources), list(targets))]
        sides = [m for m in sources + targets if m.actors]
        if (pat.reciprocal or len(sources) > 1) and len({ident(a) for m in sides for a in m.actors}) == 2:
            self.state.last_pair = (self.state.sentence, sides, cooperative(act_code or pat.code))
        # (an act dated long before the story is its background, not what "the attack" or
        # "the gunmen" name: "has seized most of the state since launching an offensive in
        # November 2023 ... condemned the attack")
        background = dates.long_before(date, self.published)
        # (force used on those who did the last assault answers it: "opened fire ..., killing
        # three sailors, before a sheriff's deputy shot him dead")
        assailants = self._force_told(assault=True) if (act_code or pat.code)[:2] in FORCE_AND_COERCION_ROOTS and targets else None
        struck_back = assailants is not None and {ident(a) for m in targets for a in m.actors} \
            <= {ident(a) for m in assailants[1] for a in m.actors} - {ident(a) for m in sources for a in m.actors}
        if (act_code or pat.code)[:2] in FORCE_AND_COERCION_ROOTS and sources and not background:
            self.state.forcers = (self.state.sentence, list(sources), trig[0].lemma_.lower())
            if describe(act_code or pat.code).plover == "ASSAULT":
                self.state.assailants = self.state.forcers
                if targets and trig[0].dep_ != "relcl":
                    # (not one a relative clause tells of what it describes, which is told
                    # as known: "citing a bombing that killed an American soldier")
                    self.state.assailed = (self.state.sentence, list(sources), list(targets))
        if sources and out and mod.modality in modality.FACTUAL and not background:
            # (a riot is told as a protest, whatever the verb's force: "the protests" it names;
            # a threat as a threat, not as the act it holds over someone, which is not done)
            told_code = pat.code if pat.id.endswith(".protesters") or pat.code[:2] == "13" else act_code or pat.code
            against = struck_back or any(self._names_the_attackers(m) for m in targets)
            self.state.doers = [*self.state.doers[-5:], (self.state.sentence, list(sources), told_code, trig[0].lemma_.lower(), mod.alleged, against)]
        elif sources and out and mod.modality == "future" and not mod.alleged and (act_code or pat.code)[:2] not in SAID_ONLY_ROOTS:
            self.state.announced = [*self.state.announced[-5:], (self.state.sentence, list(sources))]
        return out

    def _qualifies_what_is_given(self, m: Mention, trig: list[Token]) -> bool:
        """Whether ``m`` is only a word that qualifies the object of the trigger's verb ("an
        air force helicopter", "police vehicles", "military aid"), or of a thing joined to it,
        or what the "of" of its noun of giving governs ("made the release of military aid")."""
        root = span_root(self.doc, m.start, m.end)
        if root is None or root.dep_ not in ("compound", "amod"):
            return False
        thing = root.head
        while thing.dep_ == "conj":
            thing = thing.head
        words = {t.i for t in trig}
        return (thing.dep_ == "dobj" and thing.head.i in words) or (
            thing.dep_ == "pobj" and thing.head.lower_ == "of" and thing.head.head.i in words)

    def _force_told(self, within: int = FORCE_WINDOW, *, assault: bool = False) -> tuple[int, list[Mention], str] | None:
        """The last act of force or coercion told in the lead (``assault``: of force alone),
        within ``within`` sentences: (sentence, its doers, the lemma that told it)."""
        told = self.state.assailants if assault else self.state.forcers
        return told if told is not None and self.state.sentence - told[0] <= within else None

    def _attackers_told(self, sources: list[Mention]) -> tuple[list[Mention], list[str]]:
        """Sources with "the attackers", "the gunmen" (a definite noun for the doers of an act
        of force) read as the doers of the last act of force told in an earlier sentence of
        the lead ("Suspected militants killed 132 people ... The attackers struck the village
        at midnight"): the lead names them once and refers to them by what they did."""
        named = self.state.attackers_named
        if any(m.start in named for m in sources):
            # ("The attackers stormed the church and opened fire, killing 12 people": read once,
            # for the first act, and so for the others, though that act is now the last told)
            return [d for m in sources for d in named.get(m.start, [m])], [f"source: '{m.text}', as read for this sentence's first act" for m in sources if m.start in named]
        # (of an assault: "declared a state of emergency and ordered a curfew ... the gunmen
        # overran it" are not the government's gunmen)
        told = self._force_told(assault=True)
        if told is None or told[0] == self.state.sentence:
            return sources, []
        out: list[Mention] = []
        why: list[str] = []
        for m in sources:
            if self._names_the_attackers(m):
                doers = [d for d in told[1] if d.actors]
                if doers:
                    named[m.start] = doers
                    out.extend(d for d in doers if d not in out)
                    why.append(f"source: '{m.text}', the doers of the act of force told in sentence {told[0]}")
                    continue
            out.append(m)
        return out, why

    def _names_the_attackers(self, m: Mention) -> bool:
        """Whether a mention is "the attackers", "the gunmen": a definite noun for the doers of
        an act of force (the article inside the mention or the word before it)."""
        words = m.text.lower().removeprefix("the ").split()
        return len(words) == 1 and words[0] in ATTACKER_NOUNS and (m.text.lower().startswith("the ") or any(
            t.lower_ == "the" and t.idx + len(t.text_with_ws) == m.start for t in self.sent))

    def _hostile_doers_before(self, sources: list[Mention]) -> list[Mention] | None:
        """The doers of the last hostile act (quad class 3 or 4) of another country than the
        sources', told in this sentence or the REFERENCE_WINDOW before it, or None: not an
        accusation, which is words, no act to answer ("said the boat had illegally intruded
        and that the coast guard had taken control measures": what the boat did)."""
        own = countries_of(sources)
        return self._last_doers(REFERENCE_WINDOW, lambda code, _: describe(code).quad_class in (3, 4) and code[:2] != "11",
                                lambda a: bool(a.country) and a.country not in own)

    def _answered_doers(self, sources: list[Mention]) -> list[Mention] | None:
        """The doers of the last act of protest, coercion or force (CAMEO 14, 17 to 20) told as
        done in this sentence or the one before by another side than the sources' (none of
        the same actor, nor of the same country and role, nor the same state's forces or
        bodies when the answerers are of them), or None."""
        own = {ident(a) for sm in sources for a in sm.actors}
        own_sides = {(a.country, a.role) for sm in sources for a in sm.actors}
        own_states = {a.country for sm in sources for a in sm.actors if a.role in STATE_ROLES or a.role is None}
        return self._last_doers(1, lambda code, alleged: not alleged and code[:2] in ANSWERED_ROOTS,
                                lambda a: not (ident(a) in own or (a.country, a.role) in own_sides
                                               or (a.country in own_states and (a.role in STATE_ROLES or a.role is None))),
                                named=True)

    def _last_doers(self, window: int, act: Callable[[str, bool], bool], other: Callable[[Actor], bool], *,
                    named: bool = False) -> list[Mention] | None:
        """The doers of the last act told with a doer in this sentence or the ``window`` before
        it that ``act`` accepts (by its code and whether it is only alleged), every actor of
        them ``other`` (another side than the one who answers it); ``named``: each doer names
        an actor."""
        return next((doers for si, doers, code, _, alleged, _ in reversed(self.state.doers)
                     if self.state.sentence - si <= window and act(code, alleged) and (not named or all(m.actors for m in doers))
                     and all(other(a) for m in doers for a in m.actors)), None)

    def _accusers_of(self, sources: list[Mention]) -> tuple[int, list[Mention]] | None:
        """(sentence, doers) of the last accusation aimed at one of ``sources`` ("the
        government accused opposition leaders of plotting ... the United States condemned
        the detention ... Machado rejected the accusation": the government's), else of the
        last accusation told."""
        mine = {a.code for sm in sources for a in sm.actors}
        for si, doers, aimed in reversed(self.state.accusations):
            if mine & {a.code for m in aimed for a in m.actors}:
                return si, doers
        return (self.state.accusations[-1][0], self.state.accusations[-1][1]) if self.state.accusations else None

    def referred_doers(self, trig: list[Token], sources: list[Mention]) -> tuple[str, list[Mention]]:
        """(the noun, the doers) when the trigger's object names again, by a definite noun,
        the last act told with a doer in this sentence or the REFERENCE_WINDOW before it
        ("condemned the move", "called the decision unjustified"): the one answered."""
        references = ACT_REFERENCES | FORCE_REFERENCES
        # ("was outraged by the killings": what caused the state, hung on "by")
        slots = [c for t in trig for c in t.children if c.dep_ in ("dobj", "nsubjpass")] + [
            # ("launched an investigation into the killings": what is looked into; "in defiance
            # of the ban": what is defied)
            o for t in trig if t.pos_ == "NOUN" for c in t.children if c.dep_ == "prep" and c.lower_ in ("into", "of") for o in c.children if o.dep_ == "pobj"] + [
            # (the "into" hung by the parser on the light verb: "opened an investigation into the
            # shelling")
            o for t in trig[1:] if trig[0].pos_ == "NOUN" and t.pos_ in ("VERB", "AUX") for c in t.children
            if c.dep_ == "prep" and c.lower_ == "into" and c.i > trig[0].i for o in c.children if o.dep_ == "pobj"] + [
            o for t in trig for c in t.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"] + [
            # ("said the decision was unacceptable": the subject of what is said of it)
            sj for t in trig for c in t.children if c.dep_ == "ccomp" and c.lemma_.lower() == "be" for sj in c.children if sj.dep_ == "nsubj"] + [
            # ("refused to cooperate with the investigation": what a refusal will not work with)
            o for t in trig[1:] if trig[0].lemma_.lower() in REFUSING_VERBS for c in t.children if c.dep_ == "prep" and c.lower_ == "with"
            for o in c.children if o.dep_ == "pobj"]
        # (and the noun of an act told before by the same word: "pardoned his son ...
        # Republicans denounced the pardon")
        told_words = {lemma for _, _, _, lemma, _, _ in self.state.doers}
        named = [c for c in slots if (c.lemma_.lower() in references or c.lower_ in references
                                      or (c.pos_ == "NOUN" and c.lemma_.lower() in told_words)) and definite(c)]
        if not named:
            # ("called the ruling "judicial overreach"", parsed as one phrase with the act a
            # modifier of the name given to it; "called the ban illegal", with the article
            # hung on the act)
            given = slots + [c for t in trig for c in t.children if c.dep_ in ("oprd", "xcomp")]
            named = [m for c in given for m in c.children if m.dep_ in ("amod", "compound") and m.i < c.i
                     and (m.lemma_.lower() in references or m.lower_ in references)
                     and any(d.dep_ == "det" and d.i < m.i and d.lower_ in DEFINITE_DETERMINERS for d in (*c.children, *m.children))]
        # ("condemned the use of force against protesters": force used, named again)
        used_force = [c for c in slots if force_used(c) and definite(c)]
        if not named and used_force:
            named = used_force
        if not named:
            return "", []
        # (an accusation named again is the last accuser's, whatever was told since; the
        # violence, the last forcer's)
        words = {named[0].lemma_.lower(), named[0].lower_} | verbs_of_act_noun(named[0].lower_) | ({"violence"} if named == used_force else set())
        ev = self._event_noun(named[0])

        def told_where(keep: Callable[[str, str], bool], *, deeds: bool = False, answers: bool = True) -> list[tuple[int, list[Mention]]]:
            """(sentence, doers) of the acts told with a doer whose code and lemma ``keep`` takes
            (``deeds``: not those only alleged of someone; ``answers``: with those done to "the
            attackers")."""
            return [(si, doers) for si, doers, code, lemma, alleged, against in self.state.doers
                    if keep(code, lemma) and not (deeds and alleged) and (answers or not against)]

        told = told_where(lambda code, lemma: True)
        force = lead_long = False
        # ("The RCMP has charged a man ... They welcomed the charge": the act told by the same
        # word, however far back in the lead, before any other)
        same_word = [code for _, _, code, lemma, _, _ in self.state.doers if lemma in words]
        owned = self.state.owned_acts.get(named[0].lemma_.lower())
        if owned is not None and owned[0] < self.state.sentence:
            # ("had accepted a U.N. proposal ... Dbeibah welcomed the proposal": the noun named
            # again is the one named before with whose it is, not the acceptance told since)
            told, lead_long = [owned], True
        elif same_word:
            told, lead_long, force = told_where(lambda code, lemma: lemma in words)[-1:], True, same_word[-1][:2] in FORCE_AND_COERCION_ROOTS
        elif words & CLAIM_NOUNS:
            told = [last] if (last := self._accusers_of(sources)) is not None else []
        elif words & CASE_REFERENCES:
            # ("accusing it of genocide ... the United States said the case was meritless": a
            # case is brought by an accuser, not by whoever acted last)
            told = told_where(lambda code, lemma: describe(code).plover == "ACCUSE")
        elif words & EXERCISE_REFERENCES and (shown := told_where(lambda code, lemma: code[:3] in ("150", "062"))):
            # ("launched military exercises around Taiwan ... criticised the drills": the
            # exercises told, a show of force, not the last assault)
            told, force = shown, True
        elif words & FORCE_REFERENCES or (ev is not None and ev.code[:2] in FORCE_AND_COERCION_ROOTS) \
                or (words & {"strike", "strikes"} and self.state.forcers is not None):
            # ("the strikes", in an article that has told an act of force: those, not a
            # labour strike)
            # ("condemned the attack": the last act of force, not whatever was told last; and
            # of the noun's kind when the lead told one: an attack is an assault, not the
            # police sent to the area after it)
            kind = describe(ev.code).plover if ev is not None else ("ASSAULT" if words & FORCE_REFERENCES else None)
            if kind == "COERCE" and words & FORCE_REFERENCES:
                kind = None  # (a raid: coercion or force, the last told of either)
            # (and not an act done to "the attackers", which answers it: "troops killed four of
            # the attackers ... the minister condemned the attack")
            def of_kind(code: str, lemma: str) -> bool:
                return kind is not None and describe(code).plover == kind

            same = told_where(of_kind, answers=False) or told_where(of_kind)
            # (a noun of one kind, "the attack", is no act of another told since: "police
            # arrested five suspects in connection with an attack ... condemned the attack")
            told = same or ([self.state.forcers[:2]] if self.state.forcers is not None and (kind is None or ev is None) else [])
            force = True
        else:
            # ("criticized the decision to hold the meeting in Brussels": the act the noun's own
            # clause names, a meeting, and only an act of that kind is the one referred to)
            described = self._described_kind(named[0], ev)
            if described is not None:
                told = told_where(lambda code, lemma: code[:2] == described)
            elif ev is not None:
                # ("called the impeachment a reckless abuse", five sentences after the vote to
                # impeach: the act of that kind told in the lead, however far back)
                # (of the same root, or of the same type: "agreed to respect each other's
                # sovereignty" (03) ... "welcomed the agreement" (057), both AGREE)
                # (an inquiry another act is aimed at, "criticized the inquiry", is an
                # investigation, CAMEO 09, which PLOVER files with accusations: no criticism
                # told before it, and no one's when no investigation was told)
                root, kind = ev.code[:2], describe(ev.code).plover
                inquiry = root == "09" and all(named[0].i != t.i for t in trig)
                # (one of the noun's own code before one of its root: "expelled the ambassador
                # ... froze the assets of three officials ... condemned the expulsion" is the
                # expulsion, not the freeze told since)
                tiers = [told_where(lambda code, lemma: code == ev.code),
                         told_where(lambda code, lemma: code[:2] == root or (describe(code).plover == kind and not inquiry))]
                if ev.reciprocal:
                    # (an act of two sides, "welcomed the agreement", is the last of its kind
                    # told with two sides, not a proposal one of them made since)
                    tiers = [[(si, d) for si, d in tier if len({ident(a) for m in d for a in m.actors}) > 1] for tier in tiers] + tiers
                same = next((tier for tier in tiers if tier), [])
                if same:
                    told, lead_long = same, True
                elif ev.code[:3] == "141" or inquiry:
                    told = []  # ("the protests" are no one's when no protest was told with its doers)
            elif words & COURT_REFERENCES:
                # ("A jury convicted the officer ... The family said it would appeal ... The
                # police union criticized the verdict": the court's, not the last doer's; "A judge
                # blocked the cuts ... called the ruling overreach": any deed a court or a judge
                # did, not a justice ministry's appeal)
                told = [(si, doers) for si, doers, code, lemma, _, _ in self.state.doers
                        if lemma in COURT_ACTS or code[:3] == "116"
                        or (code[:2] not in SAID_ONLY_ROOTS and all(a.role == "JUD" for m in doers for a in m.actors))]
            elif words & DEED_REFERENCES:
                # ("EU ministers agreed to extend sanctions ... Hungary had threatened to veto
                # the renewal ... welcomed the decision": a deed, not the words told since)
                # (not an act only alleged of someone, "companies it accuses of supplying
                # drones": no deed of theirs that the decision names)
                # (and a deed announced to come is a decision: "The Pentagon will send 2,500
                # troops to Romania ... Bulgaria welcomed the decision")
                told = sorted(told_where(lambda code, lemma: code[:2] not in SAID_ONLY_ROOTS, deeds=True)
                              + self.state.announced, key=lambda t: t[0])
        # (the last act told by someone of another country than the one who answers it:
        # "Mali ordered the French ambassador out after Le Drian called the junta illegitimate.
        # Paris called the expulsion unjustified": not Le Drian)
        own_ids = {ident(a) for sm in sources for a in sm.actors}
        mine = countries_of(sources) | own_ids
        own_sides = {(a.country, a.role) for sm in sources for a in sm.actors}
        # (the last act of force is the one meant however long ago in the lead it was told: any
        # later one would be the last)
        window = FORCE_WINDOW if force or lead_long else REFERENCE_WINDOW
        for k, (si, doers) in enumerate(reversed(told)):
            # (the last act told with a doer is the one "the decision" names however far back
            # in the lead, when nothing was done by anyone since: "Finland ordered two Russian
            # diplomats to leave ... Moscow called the decision provocative", three sentences on)
            if self.state.sentence - si > (FORCE_WINDOW if k == 0 else window):
                break
            if force:
                # (force at home is condemned at home: "the chief executive condemned the
                # violence" of the city's protesters; only the same side is not answered, and a
                # person answers another person of the same side: "Governor Tolliver ordered
                # troops into St. Louis ... Mayor Brooks called the deployment a stunt")
                # (a state named bare is another side than its own rights groups or press: "Iran
                # executed a man ... Rights groups condemned the execution")
                people = all(a.kind == "person" for sm in sources for a in sm.actors)
                others = [m for m in doers if not any(ident(a) in own_ids or ((a.country, a.role) in own_sides and not (people and a.kind == "person"))
                                                      for a in m.actors)]
            elif any(a.kind == "country" and a.role is None for sm in sources for a in sm.actors):
                others = [m for m in doers if not any(a.country in mine or ident(a) in mine for a in m.actors)]
            else:
                # (a person or a body answers any other: "Governor Okafor vetoed the bill ...
                # Mayor Dunmore called the veto a mistake"; a state named by its name or its
                # capital answers only other countries, above)
                own_bodies = {(a.country, a.role) for sm in sources for a in sm.actors if a.kind != "person"}
                others = [m for m in doers if not any(ident(a) in mine or (a.kind != "person" and (a.country, a.role) in own_bodies)
                                                      for a in m.actors)]
            if len({ident(a) for m in doers for a in m.actors}) > 1:
                # ("Colombia's government and the ELN agreed to extend a ceasefire ... President
                # Petro praised the deal"): one side of a mutual act answers the other, not its own
                own_codes = {a.code for sm in sources for a in sm.actors}
                others = [m for m in others if not all(a.code in own_codes for a in m.actors)]
            # (nor is the doer the one who answers, named beside it: "The county prosecutor,
            # Linda Okafor, who filed the charge, said": the charge told before was hers)
            others = [m for m in others if not any(self._named_beside(m, sm) for sm in sources)]
            if others:
                return named[0].text, others
        return "", []

    def _named_beside(self, a: Mention, b: Mention) -> bool:
        """Whether two mentions name one actor: the same words, or one set beside the other as
        its apposition ("The county prosecutor, Linda Okafor")."""
        ra, rb = span_root(self.doc, a.start, a.end), span_root(self.doc, b.start, b.end)
        if ra is None or rb is None:
            return False
        return ra.i == rb.i or (ra.dep_ == "appos" and ra.head.i == rb.i) or (rb.dep_ == "appos" and rb.head.i == ra.i)

    def _only_where(self, targets: list[Mention], trig: Token) -> bool:
        """Whether the targets found for a noun of force name only where it fell: countries
        named in a place phrase ("in southern Lebanon") under what it hit ("a strike on a car in
        southern Lebanon"), not the thing or the people hit."""
        return all(len(m.actors) == 1 and m.actors[0].kind == "country" and m.actors[0].role is None
                   and (t := span_root(trig.doc, m.start, m.end)) is not None and trig.is_ancestor(t)
                   and t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS and t.head.head.i != trig.i for m in targets)

    def _other_side(self, sources: list[Mention]) -> list[Mention]:
        """The sides of the mutual act told in this sentence or the REFERENCE_WINDOW before it
        that are not ``sources``, when ``sources`` are one of its sides; [] otherwise."""
        pair = self.state.last_pair
        if pair is None or self.state.sentence - pair[0] > REFERENCE_WINDOW:
            return []
        mine = {ident(a) for m in sources for a in m.actors}
        others = [m for m in pair[1] if not any(ident(a) in mine for a in m.actors)]
        return others if len(others) < len(pair[1]) else []

    def _described_kind(self, noun: Token, own: Pattern | None) -> str | None:
        """The CAMEO root of the act a reference noun's own infinitive names ("the decision to
        hold the meeting": 04), or the "of" of a noun that is no act itself (``own``, the
        noun's own pattern, is None) names ("the conduct of the vote"); "" for an act the
        lexicon does not know; None when it names none."""
        for c in noun.children:
            if c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                for o in c.children:
                    if o.dep_ == "dobj" and (pat := self._event_noun(o)) is not None:
                        return pat.code[:2]
                pats = self.lex.verbs.get(c.lemma_.lower(), ())
                if pats:
                    return pats[-1].code[:2]
                return ""  # (an act the lexicon does not know: no act told refers to it)
        if own is None:
            # ("criticised the conduct of the vote"): a word for how an act was done names the
            # act its "of" names, not whatever was told last (nor, when the lexicon knows no
            # such act, any act told)
            for o in of_objects(noun):
                if o.pos_ == "NOUN" and o.i not in self.by_token:
                    pat = self._event_noun(o)
                    return pat.code[:2] if pat is not None else ""
        return None

    def _names_state(self, m: Mention) -> bool:
        """Whether a mention is a country's name, or its capital's, standing for its state
        ("Sudan said", "Beijing summoned the ambassador", "a protest from Taipei"), not a
        modifier of people ("Algeria's activist", "rebels in the Ivory Coast")."""
        capital = places.capital_of(m.text)
        if not (places.is_country(m.text) or (capital is not None and all(a.kind == "country" and a.country == capital for a in m.actors))):
            return False
        root = span_root(self.doc, m.start, m.end)
        return root is not None and (root.dep_ not in ("poss", "pobj", "compound", "amod")
                                     or (root.dep_ == "pobj" and root.head.lower_ in ("from", "by") and root.head.head.pos_ == "NOUN"))

    def _addressed(self, m: Mention) -> bool:
        """Whether a mention is whom a word is addressed to: the verb's object, or the object
        of "on" or "to" ("urged Ottawa", "called on Ottawa", "appealed to Ottawa"), not where
        ("said in Ottawa")."""
        root = span_root(self.doc, m.start, m.end)
        return root is not None and (root.dep_ in ("dobj", "dative") or (root.dep_ == "pobj" and root.head.lower_ in ("on", "upon", "to")))

    def _clause_tokens(self, tok: Token) -> list[Token]:
        head = tok
        while head.dep_ in ("xcomp", "dobj", "pobj", "prep", "advcl", "nsubj", "nsubjpass", "acomp", "pcomp") and head.head.i != head.i:
            head = head.head
        drop: set[int] = set()
        for ch in head.children:
            if ch.dep_ == "conj" and ch.pos_ in ("VERB", "AUX"):
                drop.update(t.i for t in ch.subtree)
        return [t for t in head.subtree if t.i not in drop]

    def _date_phrases(self, trig: list[Token]) -> tuple[list[str], bool, list[str]]:
        """The temporal modifiers of the event's own predicate, nearest first: those of the
        trigger words ("agreed *on Monday*", "to meet *next week*"), then of the words that
        govern them as complements ("are due *on Friday* to meet", "met *on Tuesday* and
        agreed"). Objects, relative clauses and other clauses are not read: in "agreed to
        release detainees held since last year's fighting" the date is not the agreement's.
        And whether the first is the past saying's, hung by the parser on what is said ("said
        on Monday he would cut funding": said on Monday last, the threat made then); and the
        phrases of the trigger words themselves."""
        out: list[str] = []
        own: list[str] = []
        said_then = False
        seen: set[int] = set()
        chain: list[Token] = list(trig)
        tok = trig[0]
        for _ in range(6):
            if tok.head.i == tok.i:
                break
            if tok.dep_ == "advcl" and any(c.dep_ in ANY_SUBJ for c in tok.children) \
                    and any(c.dep_ == "mark" and c.lower_ in ANCHOR_PREPS for c in tok.children):
                # ("was charged on Monday after three worshippers were shot dead"): a clause
                # of its own that tells what came before or after the act is not of its day
                break
            if tok.dep_ in GOVERNED_DEPS or (tok.dep_ == "conj" and not any(c.dep_ in ANY_SUBJ for c in tok.children)):
                tok = tok.head
                chain.append(tok)
                continue
            break
        for t in chain:
            if t.dep_ == "relcl" and t.head.ent_type_ == "DATE" and any(c.dep_ == "advmod" and c.lower_ == "when" for c in t.children):
                # ("the deadliest since 2015, when militants killed 30 soldiers", "in March,
                # when the army shelled the town"): a clause of "when" on a date is set on that
                # date (a year alone is that year)
                when = "".join(x.text_with_ws for x in phrase_tokens(t.head) if not x.is_punct).strip()
                out.append(f"in {when}" if when.isdigit() else when)
        dated = False
        for t in chain:
            if t.i in seen:
                continue
            seen.add(t.i)
            for ch in t.children:
                if ch.i in seen or not is_temporal(ch, t):
                    continue
                words = phrase_tokens(ch)
                dated = dated or any(w.ent_type_ in ("DATE", "TIME") for w in words)
                if not out and t.dep_ == "ccomp" and t.head.tag_ == "VBD" and t.head.i < ch.i \
                        and any(c.dep_ in ANY_SUBJ and c.i > ch.i for c in t.children):
                    said_then = True
                out.append("".join(w.text_with_ws for w in words).strip())
                if t in trig:
                    own.append(out[-1])
                if t in trig and ch.dep_ == "prep" and ch.lower_ in OCCASION_PREPS:
                    # ("for killing a deputy during a traffic stop in 2021", "shot two men during a
                    # raid on the camp on Tuesday", "sentenced him to death in absentia on
                    # Monday"): a day or a year hung by the parser on the noun of the verb's phrase
                    # of when, how or where is the verb's
                    out += [phrase_text(d) for o in ch.children if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")
                            for d in o.children if d.dep_ == "prep" and d.lower_ in ("in", "on") and any(y.dep_ == "pobj" and y.ent_type_ == "DATE" for y in d.children)]
        if not dated:
            # ("The Taliban government on Sunday banned ...", "killed 15 people late on Friday": a
            # date the parser hung on the subject or on an object that is no act is the clause's;
            # a person or a body is not dated) (after the verb's own phrases, when they name no
            # date: "The U.N. rights chief on Tuesday called on Venezuelan authorities")
            nouns = [c for t in chain[: len(trig) + 1] for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                     and c.pos_ in ("NOUN", "PROPN") and not (c.dep_ == "dobj" and self._event_noun(c) is not None)]
            on_nouns = [p for noun in nouns for p in _dates_on(noun)]
            out += [phrase_text(p) for p in on_nouns]
            if not on_nouns and trig[0].pos_ == "VERB":
                # ("gunmen torched a police station and freed dozens of inmates on Saturday"): a
                # date that closes the last of the verbs joined to this one, of one subject, is
                # the date of each
                # (not one that closes an act named as the object: "called a shutdown on Monday"
                # is the shutdown's day)
                out += [phrase_text(p) for p in _date_closing_conjuncts(trig[0])
                        if not any(c.dep_ == "dobj" and self._event_noun(c) is not None for c in p.head.children)]
        return out, said_then, own

    def _clause_text(self, tok: Token) -> str:
        """The words of the trigger's clause and its governors', without coordinated clauses
        (in "they were in Moscow this week, and on Friday they are due ...", each clause
        keeps its own date)."""
        return "".join(t.text_with_ws for t in self._clause_tokens(tok))

    def _place(self, tok: Token, place_tok: Token | None) -> Place | None:
        """The place of "in/at/near X" in the trigger's clause, nearest to the trigger first."""
        return self._place_token(tok, place_tok)[0]

    def _askers_refused(self, verb: Token, sources: list[Mention]) -> list[Mention]:
        """The subject of a request that ``verb``, a refusal with no object or complement, is
        joined to, when the one asked is of the refuser's country ("invited Odinga to talks,
        but the opposition leader declined"); [] otherwise."""
        if verb.pos_ != "VERB" or verb.dep_ != "conj" or _names_what_is_refused(verb):
            return []
        asked = verb.head
        if not any(p.code[:2] in ("02", "10") for p in self.lex.verbs.get(asked.lemma_.lower(), ())):
            return []
        mine = countries_of(sources)
        if not any(a.country in mine for c in asked.children if c.dep_ == "dobj" for m in self.actors_of(c) for a in m.actors):
            return []
        return [m for c in asked.children if c.dep_ in SUBJ for m in self.actors_of(c)]

    def _asked_before(self, verb: Token, sources: list[Mention]) -> list[Mention]:
        """Who made the last request of this sentence or the one before that was made of
        ``sources``, when ``verb``, a refusal, names nothing refused; [] otherwise."""
        if _names_what_is_refused(verb):
            return []
        mine = {ident(a) for m in sources for a in m.actors}
        for si, askers, asked in reversed(self.state.requests):
            if self.state.sentence - si > 1:
                break
            if any(ident(a) in mine for m in asked for a in m.actors):
                return [m for m in askers if not any(ident(a) in mine for a in m.actors)]
        return []

    def _host(self, place: Place, where: Token, sources: list[Mention]) -> Actor | None:
        """The country of the place where an act is, as the one acted upon; None for a country
        acting in itself (an actor is never its own target)."""
        host = self.coder.resolver.country(place.country) if place.country and known_country(self.coder.resolver, place.country) else None
        if host is not None and self.state.home not in (None, place.country) and places.minor_place(where.text) \
                and not any(a.country == place.country for m in self.by_token.values() for a in m.actors):
            # (a small town of another country than the article's, which the article never
            # names, is likelier a place of the same name at home: "Man shot dead by police
            # in Granville", from Kingston, is no act against Australia)
            return None
        return host if host is not None and all(a.country != host.country for m in sources for a in m.actors) else None

    def _place_token(self, tok: Token, place_tok: Token | None) -> tuple[Place | None, Token | None]:
        """(place, the word that names it) for the trigger's clause."""
        if place_tok is not None:
            return places.find(place_tok.text), place_tok
        preps = [t for t in self._clause_tokens(tok) if t.dep_ == "prep" and t.lower_ in PLACE_OR_INTO]
        if not preps:
            return None, None
        above = {tok.i} | {t.i for t in tok.ancestors}
        inside = {t.i for t in tok.subtree}
        # (not where a clause with a subject of its own is set: "vowed to continue the attacks
        # until Israel halts its offensive in Gaza")
        # (nor where a participle describing a noun outside the trigger's phrase was done,
        # however the parser hangs it: "sending troops ..., calling the offensive a violation of
        # a ceasefire agreed in Doha"; "blew up power lines leading into Mogadishu" is where)
        preps = [t for t in preps
                 if ((v := verb_above(t.head)).i in above or not (any(c.dep_ in ANY_SUBJ for c in v.children) or (
                     v.i not in inside and (v.dep_ == "acl" or (v.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in v.children))))))]
        for p in sorted(preps, key=lambda t: abs(t.i - tok.i)):
            for o in p.children:
                if o.dep_ == "pobj":
                    pl = None
                    if o.lemma_.lower() == "capital":
                        # ("in the Somali capital", "in Libya's capital"): that country's
                        # capital city
                        whose = {a.country for c in o.children if c.dep_ in ("amod", "poss", "compound") and (m := self.by_token.get(c.i)) is not None
                                 for a in m.actors if a.kind == "country" and a.role is None and a.country}
                        pl = places.capital(next(iter(whose))) if len(whose) == 1 else None
                    name = self._ent_text(o) if pl is None else None
                    pl = pl or (places.find(name) if name else None)
                    if pl is not None:
                        return pl, o
        return None, None


def _date_closing_conjuncts(verb: Token) -> list[Token]:
    """The temporal modifier that closes the last of the verbs joined after ``verb`` with no
    subject of their own, when it names a date or a time and nothing of that verb's follows it."""
    last = verb
    while (after := next((c for c in last.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > last.i
                          and not any(x.dep_ in ANY_SUBJ for x in c.children)), None)) is not None:
        last = after
    if last is verb:
        return []
    end = max(t.i for t in last.subtree if not t.is_punct)
    return [ch for ch in last.children if ch.i > last.i and is_temporal(ch, last) and phrase_tokens(ch)[-1].i == end
            and any(w.ent_type_ in ("DATE", "TIME") for w in phrase_tokens(ch))]


def _dates_on(noun: Token) -> list[Token]:
    """The "on/at/in <date>" phrases hung on a noun, or on an adverb of it ("late on Friday")."""
    preps = [c for c in noun.children if c.dep_ == "prep"] + [p for c in noun.children if c.dep_ == "advmod" for p in c.children if p.dep_ == "prep"]
    return [p for p in preps if p.lower_ in ("on", "at", "in") and any(o.dep_ == "pobj" and o.ent_type_ == "DATE" for o in p.children)]


def _plainly_force(tok: Token) -> bool:
    """Whether an attack told by ``tok`` is plainly force, never words: a building attacked,
    as the object or as the subject of a passive ("the embassy was attacked by protesters"),
    or, for an attack named by a noun, the building it is "on" ("the attack on the embassy")
    or the means it is named by ("a bomb attack on the consulate"), whoever it belongs to;
    for a verb, the means it is told with ("with a knife", "stabbing her")."""
    kids = list(tok.children)
    if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in BUILDING_NOUNS for c in kids):
        return True
    if tok.pos_ == "VERB" and any((c.dep_ == "advcl" and c.tag_ == "VBG" and c.lower_ in FORCE_MEANS)
                                  or (c.dep_ == "prep" and c.lower_ == "with" and any(o.dep_ == "pobj" and o.lemma_.lower() in FORCE_MEANS for o in c.children))
                                  for c in kids):
        # ("attacked a woman as she returned home, stabbing her", "attacked him with a knife":
        # the means told, as for a noun)
        return True
    return tok.pos_ == "NOUN" and any(
        (c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in FORCE_MEANS)
        or (c.dep_ == "prep" and c.lower_ in ("on", "against") and any(o.dep_ == "pobj" and o.lemma_.lower() in BUILDING_NOUNS for o in c.children))
        for c in kids)


# "The country", "the nation" said of the source's own, as what force or coercion is done to:
# where, not whom ("threatened to shut down the country"; but "urged the country to ..."
# addresses its people).
OWN_LAND_WORDS = frozenset({"the country", "the nation"})


def _names_places(text: str) -> bool:
    """Whether a mention's words are a place or places ("Nairobi", "Quito and Guayaquil")."""
    parts = [p.strip().removeprefix("the ") for p in text.replace(" and ", ",").split(",") if p.strip()]
    return bool(parts) and all(places.find(p) is not None for p in parts)


def _holding_named_again(verb: Token) -> bool:
    """Whether ``verb``'s sentence names a holding again by a definite noun ("condemned the
    arrest", "his detention"): the one told before."""
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in HOLDING_VERBS and told_before(t) for t in verb.sent)


def _will_not(verb: Token) -> bool:
    """Whether ``verb`` is said with "will not" or "would not" ("said it would not cooperate
    with the inquiry", "will not enter talks"): a stated unwillingness is a refusal (the
    guideline's "refused to meet": the REJECT asserted), unlike a plain "did not" that only
    denies that something happened."""
    children = list(verb.children)
    return any(c.dep_ == "neg" for c in children) and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo") for c in children)


def workers(sources: list[Mention]) -> bool:
    """Whether the doers are people with a role outside the state and its forces (workers,
    doctors, civilians): their strike stops work (the guideline's PROTEST), striking no one."""
    return all(a.role is not None and a.role not in ARMED_ROLES and a.role not in STATE_ROLES for m in sources for a in m.actors)


def _names_what_is_refused(verb: Token) -> bool:
    """Whether a refusal names what it refuses, by an object or a complement ("refused the
    offer", "refused to meet"); a bare one ("declined", "would not comply") refuses what was
    last asked of the one who refuses."""
    return any(c.dep_ in ("dobj", "xcomp", "ccomp", "prep", "attr") for c in verb.children)

def _made_when_said(mod: modality.ModalityGuess, what: str) -> modality.ModalityGuess:
    """``mod`` for an act made by being said (a refusal, an expressed intent): asserted, unless
    a hedge or an attribution of the saying still holds ("may not want to", "reportedly")."""
    hedges = [m for m in mod.also if m in ("hypothetical", "reported")]
    rest = hedges[0] if hedges else "asserted"
    return dataclasses.replace(mod, modality=rest, also=tuple(hedges[1:]), reasons=(*mod.reasons, f"{what} {rest}"))


def definite(noun: Token) -> bool:
    """Whether a noun's determiner makes it name something told before ("the attack", "these
    accusations")."""
    return any(d.dep_ == "det" and d.lower_ in DEFINITE_DETERMINERS for d in noun.children)


def told_before(noun: Token) -> bool:
    """Whether a noun names something told before by its determiner or a possessive ("the
    arrest", "his detention", "the hostages", "their hostages")."""
    return definite(noun) or any(c.dep_ == "poss" for c in noun.children)
