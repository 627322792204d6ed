"""The event coder's argument stage: which phrases fill a trigger's source and target slots,
and which actor mentions they name (through coordination, appositions, "of"-phrases,
pronouns, passives, control verbs and relative clauses)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from tidings.actors.dictionary import HYPHENS, NON_STATE_PREFIXES
from tidings.actors.home import (
    BORDER_NOUNS,
    LOCAL_FORCES,
    PLAIN_SAYING_VERBS,
    TOWN_NOUNS,
    WAR_NOUNS,
    first_conjunct,
    names_a_mission,
    saying_verb,
)
from tidings.actors.resolve import ANYONE_PRONOUNS, PEOPLE_QUANTIFIERS
from tidings.events import places
from tidings.events.cameo import describe
from tidings.events.patterns import Pattern
from tidings.events.sentence import SentenceBase
from tidings.events.syntax import (
    ANY_SUBJ,
    DEFAULT_TARGET_PREPS,
    FINITE_TAGS,
    LOCATIVE_PREPS,
    NOMINAL_DEPS,
    PLACE_PREPS,
    SUBJ,
    SUBJ_PASS,
    clauses_of,
    conditions_of,
    cooperative,
    finite_above,
    force_used,
    headline_passive,
    ident,
    included,
    is_passive,
    is_plural_word,
    is_that_clause,
    known_country,
    named_by_what,
    object_parsed_as_clause,
    object_parsed_as_head,
    of_objects,
    participle_after_comma,
    predicate_after_insertion,
    predicates_of,
    purpose_clause,
    qualifying_participle,
    relative_antecedent,
    result_of_gerund,
    said_alongside,
    set_off_by_comma,
    shares_passive,
    speakers_after,
    speakers_own_act,
    subject_joined_before,
    told_before_saying,
    verb_above,
    xcomp_chain,
)
from tidings.events.words import (
    ACCUSING_VERBS,
    ADJUNCT_PREPS,
    ALLEGIANCE_WORDS,
    ARMED_ROLES,
    ASKING_ROOTS,
    ASKING_VERBS,
    BLAMING_VERBS,
    BRANCH_ROLES,
    CAUSING_VERBS,
    CLAIM_NOUNS,
    CLAUSE_TARGET_ROOTS,
    COLLECTIVE_NOUNS,
    COMMANDING_ROLES,
    COMMUNITY_HEADS,
    COOPERATIVE_ROOTS,
    COURT_ACTS,
    CURFEW_NOUNS,
    DEATH_NOUNS,
    DISASTER_NOUNS,
    DISPUTE_NOUNS,
    DOCUMENT_NOUNS,
    EFFIGY_NOUNS,
    FACILITY_NOUNS,
    FEMALE_NOUNS,
    FIGHT_NOUNS,
    FINDING_NOUNS,
    FIRST_PLURAL,
    FORCE_AND_COERCION_ROOTS,
    FORCE_REFERENCES,
    FORCE_ROOTS,
    GARRISON_NOUNS,
    GENERIC_HEADS,
    GROUP_OF_PEOPLE,
    GROUP_OFFICER_NOUNS,
    HELD_AS,
    HOLDING_VERBS,
    HOLDINGS_NOUNS,
    HOW_DONE_VERBS,
    INFORMATION_NOUNS,
    INSTITUTION_NOUNS,
    INTRANSITIVE_VERBS,
    ISSUED_TEXT_NOUNS,
    ISSUING_VERBS,
    MALE_NOUNS,
    MEMBER_NOUNS,
    NAMED_APART_ROLES,
    NAMING_VERBS,
    OFFERING_VERBS,
    ONE_PERSON_ROLES,
    OPPONENT_NOUNS,
    OPPOSED_STATE_WORDS,
    ORDERING_VERBS,
    OWN_SIDE_ROLES,
    OWNED_OR_MADE,
    OWNED_WORDS,
    OWNING_VERBS,
    PATIENT_NOUNS,
    PATIENT_OF_NOUNS,
    PERSON_ROLES,
    PLACE_ACTOR_NOUNS,
    PLAN_NOUNS,
    PLURAL_ONLY,
    PLURAL_WORDS,
    POSSESSIVES,
    PREMISES_NOUNS,
    PRONOUNS,
    PROTEST_DESTINATION_PREPS,
    PROTEST_PURPOSE_VERBS,
    PROTEST_STANCE_NOUNS,
    REASON_NOUNS,
    RELATION_NOUNS,
    RELATIVE_PRONOUNS,
    RELIGION_CODES,
    SENT_NOUNS,
    SETTLING_VERBS,
    SHARING_VERBS,
    SIGN_NOUNS,
    SINGULAR_PRONOUNS,
    SPEAKING_VERBS,
    SPEECH_ACT_VERBS,
    SPEECH_NOUNS,
    SPOKEN_ROOTS,
    SPOKESMAN_NOUNS,
    STATE_BODY_ROLES,
    SUMMARY_NOUNS,
    THREAT_PREPS,
    THROWING_VERBS,
    UNDERGO_VERBS,
    UNIT_NOUNS,
    WEAPON_NOUNS,
)
from tidings.model import Actor, Mention
from tidings.nlp import datelines, doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Participles by which a thing is said to be aimed at someone ("sanctions targeting Russia's
# energy sector", "measures aimed at Chinese firms"); not ``nlp.AIMING_VERBS``, the verbs that
# send a thing at someone.
TARGETING_PARTICIPLES = frozenset({"target", "aim", "direct"})
# Vehicles, and the participles of what they carry: an act on "a boat carrying 120 Haitian
# migrants" or "a convoy carrying the governor" is on the people carried.
VEHICLE_NOUNS = frozenset({"boat", "ship", "vessel", "convoy", "car", "bus", "truck", "lorry", "van", "vehicle", "plane", "aircraft",
                           "helicopter", "train", "ferry", "motorcade"})
CARRYING_PARTICIPLES = frozenset({"carry", "transport", "ferry"})
# The root of sanctions (expulsions, ties cut, embargoes), done to someone as force and
# coercion are.
SANCTION_ROOTS = ("16",)


def _names_no_one_aimed_at(pat: Pattern, noun: Token, prep: Token, act: Pattern | None = None) -> bool:
    """Whether a preposition under the noun an act is done with names no one it is aimed at:
    what information is about ("shared intelligence on missile launches"), and whom or where
    a thing asked for is for or in ("demanded punishment for those responsible", "called for
    a ceasefire in Gaza"), and the neighbour across a border ("captured a town on the border
    with China", "seized the border crossing with Egypt"; but troops sent to the border with
    Belarus are aimed at it, and so is a border closed, CAMEO's restricted movement, 191:
    "closed its border crossing with Mozambique", or reopened, 050), and whom an act of force
    is done for ("carried out arson attacks for a Russian intelligence agency"). ``act``: the
    act the noun itself names, for its "for" (an act of force "for" someone, as above; an
    asking "for" something: "rejected calls for a Palestinian state" names what is asked, not
    who asks; a mutual act "on", "over" or "about" something names what it is about, "agreed
    to strengthen cooperation on North Korea", as for the noun alone)."""
    return (prep.lower_ in ("on", "about") and noun.lemma_.lower() in INFORMATION_NOUNS) or (
        prep.lower_ in ("on", "over", "about") and act is not None and act.reciprocal) or (
        prep.lower_ in ("for", "in") and pat.code[:2] in ASKING_ROOTS) or (
        prep.lower_ == "for" and pat.code[:2] in FORCE_ROOTS and "for" not in pat.prep) or (
        prep.lower_ == "for" and act is not None and act.code[:2] in FORCE_ROOTS + ASKING_ROOTS) or (
        prep.lower_ == "with" and noun.lemma_.lower() in BORDER_NOUNS and pat.code[:2] != "15" and pat.code[:3] not in ("191", "050")) or (
        _an_end_of_a_range(prep))


def _an_end_of_a_range(prep: Token) -> bool:
    """Whether ``prep`` is the "from" or the "to" of a range hung on one noun ("in conflicts
    from Yemen to Syria", "markets from Lagos to Nairobi"): the places the noun spans, not
    whose it is nor whom an act is aimed at."""
    ends = {c.lower_ for c in prep.head.children if c.dep_ == "prep"}
    return prep.lower_ in ("from", "to") and {"from", "to"} <= ends and prep.head.pos_ in ("NOUN", "PROPN")


def _titled_name(persons: list[Mention]) -> bool:
    """Whether two mentions are one person named by a title and then by name, with nothing
    between ("American journalist Evan Gershkovich"): the same code, side by side."""
    return len(persons) == 2 and persons[0].actors[0].code == persons[1].actors[0].code and 0 <= persons[1].start - persons[0].end <= 1


def _bare_count(tok: Token) -> bool:
    """Whether a word is a count standing for people with no noun ("and 15 arrested", "by
    hundreds of settlers")."""
    return tok.tag_ == "CD" or tok.lower_ in PEOPLE_QUANTIFIERS


def _owners(thing: Token) -> list[tuple[Token, str]]:
    """Whose a thing is, by the participle that describes it: what is "run by", "owned by" or
    "belonging to" someone ("raided offices run by Serbia"), a machine "launched by" someone
    or "fired from" a country ("shot down a drone launched from Lebanon")."""
    whose: list[tuple[Token, str]] = []
    whence: list[tuple[Token, str]] = []
    for v in (v for v in thing.children if v.dep_ == "acl"):
        owning = v.tag_ == "VBN" and v.lemma_.lower() in OWNING_VERBS
        belong = v.lemma_.lower() == "belong"
        if owning or belong:
            whose += [(o, f"whose the '{thing.text}' are, '{v.text} {a.text}'") for a in v.children
                      if a.dep_ == "agent" or (belong and a.dep_ == "prep" and a.lower_ == "to") for o in a.children if o.dep_ == "pobj"]
        if owning:
            whence += [(o, f"where the '{thing.text}' came from, '{v.text} from'") for a in v.children if a.dep_ == "prep" and a.lower_ == "from"
                       for o in a.children if o.dep_ == "pobj" and o.ent_type_ == "GPE"]
    return whose + whence


def describes_one_acted_on(tok: Token) -> bool:
    """Whether a past participle describes the one it was done to ("a professor kidnapped in
    2016", "protesters arrested on Sunday", "a professor held hostage"), with no subject, no
    auxiliary and no object of its own (", a rights group protested on Monday", read as a
    participle on an apposition, is the reporting clause)."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and (tok.head.dep_ != "appos" or _held_participle(tok)) \
        and tok.lemma_.lower() not in INTRANSITIVE_VERBS \
        and not predicate_after_insertion(tok) \
        and not any(c.dep_ in ANY_SUBJ + ("aux", "auxpass", "ccomp") for c in tok.children) \
        and not any(c.dep_ == "dobj" and c.lemma_.lower() not in HELD_AS for c in tok.children)


def _held_participle(tok: Token) -> bool:
    """Whether a participle of charging or holding with no object of its own is a passive
    describing the one charged or held ("Emeka Obi, an activist and publisher charged with
    treason"), though the parser may read it as a past on an apposition."""
    return tok.tag_ == "VBN" and tok.lemma_.lower() in COURT_ACTS | HOLDING_VERBS and not any(c.dep_ == "dobj" for c in tok.children)


def passive_doers(tok: Token) -> list[Token]:
    """The doers a passive names by its "by", wherever the parser hangs it: on the verb, or
    on what the one held is held as ("had been held hostage by the rebels")."""
    return [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"] or [
        p for c in tok.children if c.dep_ in ("oprd", "xcomp") and c.lemma_.lower() in HELD_AS
        for b in c.children if b.dep_ == "prep" and b.lower_ == "by" for p in b.children if p.dep_ == "pobj"]


class Arguments(SentenceBase):
    # ---- actors of a slot -----------------------------------------------------------------
    def actors_of(self, tok: Token, *, through_of: bool = True, depth: int = 0, placed: bool = True, owners: bool = True,
                  kept: bool = True) -> list[Mention]:
        """The mentions that a slot headed by ``tok`` names (compound slots give several).
        ``placed``: people named by where they are ("protesters in Nairobi") count; a target
        slot of a cooperative act does not read them ("receive the leaders in Washington":
        Washington is where, not who). ``owners``: the possessive of ``tok`` counts ("its
        positions"); not for an act done to the possessor ("his release"). ``kept``: a base
        stands for the forces it keeps ("a base where U.S. troops are stationed"); not as
        the one that keeps them."""
        found: list[Mention] = []
        seen: set[int] = set()
        if tok.lemma_.lower() in NEIGHBOUR_NOUNS and any(c.dep_ == "poss" and c.lower_ == "its" for c in tok.children):
            # ("China threatened its neighbours"): a state's neighbours are other states, none of
            # them named, and not its own people (the resolver reads a country's possessive,
            # "Russia's neighbours", as naming no one)
            return []
        if depth == 0 and tok.pos_ == "PRON" and tok.lower_ in ("they", "them") and (m0 := self.by_token.get(tok.i)) is not None \
                and m0.how == "coref" and tok.dep_ in SUBJ:
            # "The rebels have fired missiles since November, when they seized a ship": the
            # subject of the governing clause, named in this sentence, before the last plural
            # named in an earlier one
            governing = self._governing_subject(tok, singular=False, own=None)
            if governing:
                return governing
        if tok.lower_ in ("those", "that") and tok.pos_ == "PRON" and (owners_of := of_objects(tok)):
            # ("embassies, including those of France and Belgium"): the ones the "of" names
            return [m for o in owners_of for m in self.actors_of(o, depth=1)]
        if tok.pos_ == "VERB" and tok.tag_ in ("VBG", "VBN") and tok.dep_ in SUBJ:
            # "The Red Cross operating in Iraq said ...", parsed with the participle as the
            # subject: who is described is the subject
            inner = [c for c in tok.children if c.dep_ in SUBJ]
            if inner:
                return self.actors_of(inner[0], through_of=through_of, depth=depth, placed=placed)
        if depth == 0 and tok.dep_ in ANY_SUBJ + ("dobj",):
            # "California sued the administration", "Texas executed a man": a US state acting
            # is its government (as a country named as a party is)
            heads = [tok, *(c for c in tok.children if c.dep_ == "conj")]
            states = [t for t in heads if t.i not in self.by_token and t.ent_type_ == "GPE" and t.ent_iob_ == "B"]
            # ("Washington state sued", "the state of Oregon"): the state named beside the word
            states += [n for t in heads if t.lemma_.lower() == "state" and t.pos_ == "NOUN" and t not in states
                       for n in [*(c for c in t.children if c.dep_ == "compound" and c.i < t.i), *of_objects(t)][:1]
                       if n.ent_type_ == "GPE" and n.i not in self.by_token]
            found_states = [self._us_state(t) for t in states]
            # ("California and 14 other states sued", "Washington state and the cities of
            # Seattle and Tacoma": the other states, cities and counties are governments too)
            others = sum(1 for c in tok.children if c.dep_ == "conj" and c.lemma_.lower() in ("state", "city", "county") and c.pos_ == "NOUN"
                         and c not in states)
            if found_states and all(m is not None for m in found_states) and len(states) + others == 1 + sum(1 for c in tok.children if c.dep_ == "conj"):
                return [m for m in found_states if m is not None]
        if depth == 0 and tok.lemma_.lower() in INFORMATION_NOUNS and tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in SHARING_VERBS:
            # "shared intelligence with Ukraine", "provided intelligence to Israel": what is
            # shared is information, not the intelligence services (the guideline's COOPERATE:
            # share intelligence)
            return []
        if depth == 0 and (own := self._possessed_forces(tok) or self._possessed_members(tok)):
            return own
        if depth == 0 and tok.pos_ == "NOUN" and tok.lemma_.lower() in UNIT_NOUNS:
            # "two companies of the Central Reserve Police Force", "a battalion of the army":
            # a unit of a force is that force (not a firm)
            units = [m for o in of_objects(tok) for m in self.actors_of(o, depth=1)]
            if units:
                return units
        if depth == 0 and tok.pos_ in ("NOUN", "PROPN", "NUM"):
            # "rights groups including Amnesty International", "countries such as France and
            # Germany", "nine people, including a local reporter": the members named are
            # whom the text names (whatever the group's own word would give); a member whose
            # country only the article gives ("300 Indians, including one woman") is the
            # group's
            members = [m for o in included(tok) for m in self.actors_of(o, depth=1)]
            if members and not any(m.how.startswith("home") or m.how in ("role-in-sentence", "coref") for m in members):
                return members
        if depth == 0 and tok.pos_ == "NOUN":
            # "the main Hutu rebel group, Forces for Defence of Democracy (FDD)": the name
            # set beside a description is who it is
            named = [m for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" for m in self.actors_of(c, depth=1)]
            if named and all(m.how == "home-organisation" for m in named):
                # ("The European Union's anti-fraud agency, OLAF": a name the dictionary does not
                # know is of whose body the description says it is, an international one's,
                # before the article's country)
                bodies = [m for c in tok.children if c.dep_ == "poss" for m in self.actors_of(c, depth=1)]
                if bodies and all(a.kind in ("igo", "group") for m in bodies for a in m.actors):
                    return bodies
            if named:
                return named
            after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if after is not None and tok.i not in self.by_token and after.text[:1].isupper() \
                    and (m1 := self.by_token.get(after.i)) is not None and m1.start == after.idx:
                # "the West African bloc ECOWAS", however the parser hangs the name: a
                # description followed by the name of whom it describes
                return [m1]
            if after is not None and after.text == "," and tok.i + 2 < len(tok.doc) and tok.i not in self.by_token:
                name = tok.doc[tok.i + 2]
                m2 = self.by_token.get(name.i)
                root = name
                while root.dep_ == "compound" and root.head.i > root.i:
                    root = root.head
                if m2 is not None and m2.start == name.idx and name.text[:1].isupper() and all(a.kind == "person" for a in m2.actors) \
                        and root.dep_ in ("npadvmod", "appos") and root.head.i in (tok.i, tok.head.i):
                    # "sentenced the ringleader, Daniel Okonjo, 31, to 18 years", the name
                    # parsed on the verb: the person the description stands for
                    return [m2]
        if depth == 0 and tok.pos_ == "NOUN" and tok.lemma_.lower() in DOCUMENT_NOUNS:
            # "vetoed a Security Council resolution put forward by Algeria": a text is whose
            # puts it forward; the body named in its words is where it is put
            issuers = [m for v in tok.children if v.dep_ == "acl" and v.tag_ == "VBN" and v.lemma_.lower() in ISSUING_VERBS
                       for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj" for m in self.actors_of(o, depth=1)]
            if issuers:
                return issuers
        if depth == 0 and kept and tok.lemma_.lower() in GARRISON_NOUNS:
            forces = self._kept_there(tok)
            if forces:
                return forces
        stack = [tok]
        deferred: list[Token] = []
        at: dict[int, Token] = {}
        if (lemma := tok.lemma_.lower()) in PREMISES_NOUNS | HOLDINGS_NOUNS and any(
                c.dep_ == "compound" and (pm := self.by_token.get(c.i)) is not None
                and (c.pos_ == "NOUN" if lemma in HOLDINGS_NOUNS else all(a.role is None and a.kind == "country" for a in pm.actors))
                for c in tok.children):
            # "the Paris headquarters of the party": the city is where; "froze the bank accounts
            # of two opposition groups": the bank is where they are kept; whose the premises or
            # the belongings are, the "of"-phrase says
            whose = [m for o in of_objects(tok) for m in self.actors_of(o, depth=1)]
            if whose:
                return whose
        while stack:
            t = stack.pop()
            if t.i in seen:
                continue
            seen.add(t.i)
            m = self.by_token.get(t.i)
            if m is not None and m not in found:
                if t.dep_ in ("compound", "amod", "poss") and t.head.lemma_.lower() in OPPONENT_NOUNS:
                    # "Kremlin critic Ivan Orlov": whom the critic opposes is not who he is
                    continue
                if t.dep_ == "poss" and self._own_possessor(m, t):
                    # "Iran's Revolutionary Guards": the possessor is the country the
                    # possessed already names, one actor
                    continue
                found.append(m)
                at[id(m)] = t
            for ch in t.children:
                if ch.dep_ == "poss" and not owners and t.i == tok.i:
                    continue
                if ch.dep_ == "appos" and m is not None and ch.pos_ == "NOUN":
                    # "Pakistan, a key U.S. ally": a description of the one named
                    continue
                if ch.dep_ == "conj" and speakers_after(ch):
                    continue  # ("killing 12 soldiers, residents and an official told AFP": who told it)
                if ch.dep_ in NOMINAL_DEPS:
                    stack.append(ch)
                elif ch.dep_ == "prep" and (ch.lower_ == "of" or (ch.lower_ == "between" and t.lemma_.lower() in self.lex.nouns)
                                            or (ch.lower_ == "for" and t.lemma_.lower() in FACILITY_NOUNS)
                                            or (ch.lower_ == "by" and t.i == tok.i and t.pos_ == "NOUN")) and through_of and m is None:
                    # ("protests against violations by the Israeli military": whose acts)
                    # ("a camp for Congolese refugees" is attacked: the refugees are)
                    deferred.extend(c for c in ch.children if c.dep_ == "pobj")
                elif ch.dep_ == "acl" and ch.tag_ == "VBN" and ch.lemma_.lower() in ISSUING_VERBS and t.i == tok.i and t.pos_ == "NOUN" and through_of and m is None:
                    # "defied subpoenas issued by the committee", "a ban imposed by the
                    # government": the doer of the participle is whose they are
                    deferred.extend(o for a in ch.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj")
            if not stack and not found and deferred:
                # "the leaders of A and B"; but "the Turkish and Greek sides of Cyprus" are
                # Turkey and Greece: the "of"-phrase counts only when the head's own words
                # name no one
                stack, deferred = deferred, []
        if len(found) == 1:
            found = self._agents_of_whom(tok, found[0], through_of)
        if len(found) > 1:
            found = _one_per_phrase(found, at)
        if not found and tok.lower_ in PRONOUNS and tok.pos_ == "PRON" and depth == 0:
            return self._resolve_pronoun(tok)
        if not found and depth == 0 and through_of:
            # "dozens of them were arrested", "two of them": the ones the pronoun stands for
            for o in of_objects(tok):
                if o.lower_ in ("them", "those") and o.pos_ == "PRON":
                    return self._resolve_pronoun(o)
                if own := self._possessed_members(o):
                    return own  # ("12 of its members")
        if not found and depth == 0 and owners and tok.lower_ not in RELATION_NOUNS:
            # "its positions", "their embassy": whose they are (not "its owner", "his lawyer":
            # someone tied to the possessor)
            for ch in tok.children:
                if ch.dep_ == "poss" and ch.lower_ in POSSESSIVES and ch.i not in self.by_token:
                    return self._resolve_pronoun(ch)
        if not found and depth == 0 and tok.pos_ in ("NOUN", "PROPN", "NUM"):
            # "militants loyal to X", "workers affiliated with X": whose people they are
            for ch in tok.children:
                if ch.dep_ in ("amod", "acl") and (ch.lemma_.lower() in ALLEGIANCE_WORDS or ch.lower_ in ALLEGIANCE_WORDS):
                    for p in ch.children:
                        if p.dep_ == "prep" and p.lower_ in ("to", "with"):
                            found = [m for o in p.children if o.dep_ == "pobj" for m in self.actors_of(o, depth=1)]
                            if found:
                                return found
        if not found and placed and tok.pos_ in ("NOUN", "PROPN", "NUM") and depth == 0 and tok.lemma_.lower() not in self.lex.nouns \
                and tok.lemma_.lower() not in WEAPON_NOUNS:
            # (a weapon is not people: "a roadside bomb in Somalia's Lower Shabelle region")
            # (an event noun is not people: "an attack in Lebanon" is where, not who)
            # "protesters in Nairobi", "students from Kenya": people placed by a location
            # ("thousands of students throughout Indonesia")
            # (an act the "of"-phrase names is not more people: "accused Western countries of
            # meddling in Georgia's affairs")
            people_of = [o for o in of_objects(tok) if o.tag_ != "VBG" and o.lemma_.lower() not in self.lex.nouns] if through_of else []
            for p in [c for t in [tok, *people_of] for c in t.children]:
                # (not an end of a range of places, "conflicts from Yemen to Syria")
                if p.dep_ == "prep" and p.lower_ in ("in", "from", "throughout", "across") and not _an_end_of_a_range(p):
                    for o in p.children:
                        if o.dep_ == "pobj":
                            found = self.actors_of(o, depth=1)
                            if found:
                                return found
        return found

    def _agents_of_whom(self, tok: Token, m: Mention, through_of: bool) -> list[Mention]:
        """The one agent noun ``m`` a slot found, or whom it belongs to when its phrase says:
        members or fighters "of" a group ("12 suspected members of Hamas"; "of a far-right
        group": suspects); a commander or an official "of" a group or a body that is no state
        ("a senior commander of Hezbollah's elite force", "the leader of the opposition"), when
        the noun took its country from the article; those sent "from" a state or a group
        ("delegations from Hamas and Israel"), a state's in the role the noun gives."""
        head = m.text.lower().split()[-1]
        from_article = m.how in ("home-role", "role-in-sentence")
        if head in ("member", "members", "fighter", "fighters", "militant", "militants") and through_of:
            groups = [g for o in of_objects(tok) for g in self.actors_of(o, depth=1)]
            return groups or [m]
        # (one who leads a body is its "of"; one who speaks for it, its "for": "a spokesman for
        # the opposition party")
        owners = ("of",) if head in GROUP_OFFICER_NOUNS else ("for", "of") if head in SPOKESMAN_NOUNS else ()
        if from_article and owners and through_of:
            groups = [g for p in tok.children if p.dep_ == "prep" and p.lower_ in owners for o in p.children if o.dep_ == "pobj"
                      for g in self.actors_of(o, depth=1)]
            # (or a body of a state: "the leader of the opposition", "a commander of the
            # police"; not the state itself, "the leader of Kenya")
            return groups if groups and all(a.kind != "country" or a.role is not None for g in groups for a in g.actors) else [m]
        if from_article and head in SENT_NOUNS and len(m.actors) == 1:
            senders = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children if o.dep_ == "pobj"
                       for g in self.actors_of(o, depth=1)]
            role = m.actors[0].role
            return [Mention(g.text, g.start, g.end, g.sentence_index, tuple(
                self.coder.resolver.dictionary.country_actor(a.country, role) if a.kind == "country" and a.role is None and a.country else a
                for a in g.actors), g.how) for g in senders] or [m]
        return [m]

    def _possessed_forces(self, tok: Token) -> list[Mention]:
        """"The group said its fighters had seized ...", "Russia said its military police were
        patrolling ...": armed men named by "its" or "their" are of whom the pronoun stands
        for, whatever country the article or the sentence gave them; a country's (or a
        country's body's) are that country's in their own role, a group's or an
        organisation's are the group ("MONUSCO said its peacekeepers ...")."""
        m = self.by_token.get(tok.i)
        if m is None or len(m.actors) != 1 or m.actors[0].role not in ARMED_ROLES or m.how not in ("home-role", "role-in-sentence", "role-of-place"):
            return []
        poss = [c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("its", "their") and c.i not in self.by_token]
        if not poss:
            return []
        # (the subject of the clause that governs it, "X said its fighters ...": not an
        # antecedent guessed from an earlier sentence)
        owners = self._governing_subject(poss[0], singular=False, own=None)
        if len(owners) != 1 or len(owners[0].actors) != 1:
            return []
        owner = owners[0].actors[0]
        if owner.kind == "group" or owner.code.startswith(NON_STATE_PREFIXES):
            actor = owner
        elif owner.country and owner.kind == "country":
            actor = self.coder.resolver.dictionary.country_actor(owner.country, m.actors[0].role)
        else:
            return []
        if actor == m.actors[0]:
            return []
        return [Mention(m.text, m.start, m.end, m.sentence_index, (actor,), "coref")]

    def _possessed_members(self, tok: Token) -> list[Mention]:
        """"The union said police had arrested dozens of its members", "the party said 12 of
        its members were detained": a body's members named by "its" or "their" in what the
        body says are that body, the subject of the saying (not whoever "its" would stand for
        alone, nor the one who acts on them); a person's or a bare country's are left to
        that."""
        if tok.lemma_.lower() not in MEMBER_NOUNS:
            return []
        poss = [c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("its", "their") and c.i not in self.by_token]
        if not poss:
            return []
        acting = verb_above(tok.head)
        while acting.dep_ == "conj":
            acting = acting.head
        if acting.dep_ != "ccomp":
            return []
        owners = [m for c in acting.head.children if c.dep_ in SUBJ and c.i < tok.i for m in self.actors_of(c, depth=1)]
        if len(owners) != 1 or len(owners[0].actors) != 1 or owners[0].actors[0].kind == "person" \
                or owners[0].actors[0].role is None and not owners[0].actors[0].code.startswith(NON_STATE_PREFIXES):
            return []
        return [Mention(tok.text, tok.idx, tok.idx + len(tok.text), self.state.sentence, owners[0].actors, "coref")]

    def _kept_there(self, base: Token) -> list[Mention]:
        """The forces a base is said to keep: "the air base in Anbar province, where U.S.
        troops are stationed" (however low the parser hangs the clause in the base's own
        phrases), "a base hosting U.S. troops"."""
        holders = [base, *(o for p in base.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")]
        for h in holders:
            for c in h.children:
                if c.dep_ == "relcl" and any(a.dep_ == "advmod" and a.lower_ == "where" for a in c.children):
                    found = [m for s in c.children if s.dep_ in ANY_SUBJ for m in self.actors_of(s, depth=1)]
                elif c.dep_ == "acl" and c.lemma_.lower() in ("host", "house"):
                    found = [m for o in c.children if o.dep_ == "dobj" for m in self.actors_of(o, depth=1)]
                else:
                    continue
                if found:
                    return found
        return []

    def _us_state(self, t: Token) -> Mention | None:
        """A mention of the government of the US state whose name ``t`` is a word of."""
        ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
        if ent is None or not places.is_us_state(ent.text):
            return None
        actor = self.coder.resolver.dictionary.country_actor("USA", "GOV")
        return Mention(ent.text, ent.start_char, ent.end_char, self.state.sentence, (actor,), how="us-state")

    def _harm_verb(self, verb: Token) -> bool:
        """Whether a verb's own act is bodily harm (CAMEO 18-20), not an abduction (181), which
        lasts and is told as an act of its own."""
        code = self._own_code(verb)
        return code[:2] in FORCE_ROOTS and not code.startswith("181")

    def _coercion_verb(self, verb: Token) -> bool:
        """Whether a verb's own act is coercion (CAMEO 17: "arrested", "detained", "led away")."""
        return self._own_code(verb)[:2] == "17"

    def _own_code(self, verb: Token) -> str:
        """The code of a verb's own act: its last pattern's, the most general ("" for a verb
        with none)."""
        pats = self.lex.verbs.get(verb.lemma_.lower(), ())
        return pats[-1].code if pats else ""

    def _others_deed_before(self, verb: Token) -> Token | None:
        """The object of the verb an infinitive of purpose hangs on, when it names a deed
        whose "of"-phrase names its doers, of another country than that verb's subject
        ("accept the deployment of US troops ... to fight"); None otherwise."""
        if verb.dep_ != "advcl" or not _to_infinitive(verb):
            return None
        deed = next((o for o in verb.head.children if o.dep_ == "dobj" and o.i < verb.i), None)
        if deed is None or self._event_noun(deed) is None:
            return None
        doers = [m for o in of_objects(deed) for m in self.actors_of(o, depth=1)]
        # (of another country than the subject's: "approved the deployment of 1,000 police
        # officers to fight gangs" is the subject's own forces' purpose)
        subject = {a.country or a.code for c in verb.head.children if c.dep_ in SUBJ for m in self.actors_of(c, depth=1) for a in m.actors}
        return deed if doers and subject and not any((a.country or a.code) in subject for m in doers for a in m.actors) else None

    def _own_possessor(self, m: Mention, t: Token) -> bool:
        """Whether the possessor ``t`` (mention ``m``) is a bare country that the actor it
        possesses already belongs to (named by the possessed noun, or by a name before it:
        "Russia's Wagner group", "Afghanistan's Taliban rulers")."""
        owned = self.by_token.get(t.head.i) or next(
            (self.by_token[c.i] for c in t.head.children if c.dep_ == "compound" and c.i > t.i and c.i in self.by_token), None)
        if owned is None or owned is m or not all(a.kind == "country" and a.role is None for a in m.actors):
            return False
        return bool(owned.actors) and all(a.country in {b.country for b in m.actors} and a.role for a in owned.actors)

    def _resolve_pronoun(self, tok: Token) -> list[Mention]:
        # the subject of a governing clause ("Syria says it is willing ..."), else the last
        # subject seen in an earlier sentence
        # "he" or "his" is one person: not "Afghan rebel leaders said they would meet the
        # mediator if he gave them a veto"
        if tok.lower_ in FIRST_PLURAL:
            # "we" is the speaker's side: the one who says it, in this sentence, or no one
            return self._speaker(tok)
        settled = relative_antecedent(tok) if tok.dep_ == "dobj" and verb_above(tok).lemma_.lower() in SETTLING_VERBS else None
        if settled is not None:
            # ("a ceasefire that Russia and Turkey agreed", "the accord they signed"): what is
            # agreed is the thing the clause describes, no one sought as what the pronoun
            # stands for
            return self.actors_of(settled, depth=1)
        singular = tok.lower_ in SINGULAR_PRONOUNS
        # an object pronoun is not the subject of its own clause ("the government accused
        # him": not the government)
        # (nor the subject of a small clause it stands in: "ordered him held")
        obj = tok.lower_ in OBJECT_PRONOUNS and (tok.dep_ in ("dobj", "dative", "pobj") or (tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp"))
        # ("urged it to resume", "accused it of leaking": "it" as the one who is to act, or
        # did; an "it" that is a thing, "called it a disgrace", is left to the clause above)
        obj = obj or (tok.lower_ == "it" and tok.dep_ == "dobj" and controlled_object(tok))
        # (and "called on it to withdraw": the one called on, who is to act)
        obj = obj or (tok.lower_ == "it" and tok.dep_ == "pobj" and tok.head.lower_ in ("on", "upon") and tok.head.head.lemma_.lower() == "call"
                      and any(c.i > tok.i and c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB" for c in tok.head.head.children))
        # ("refused to cooperate with the inquiry, calling it illegitimate": what one names is
        # the thing before, not oneself)
        obj = obj or (tok.lower_ == "it" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in NAMING_VERBS
                      and any(c.dep_ in ("oprd", "xcomp", "ccomp") and c.i > tok.i for c in tok.head.children))
        own = tok.head if tok.dep_ in ("dobj", "dative") else tok.head.head
        if tok.dep_ == "pobj" and tok.head.lower_ == "of":
            own = verb_above(own)  # ("police detained several of them": of the clause of "detained")
        if obj:
            found = self._object_antecedent(tok, own)
            if found:
                return found
        governing = self._governing_subject(tok, singular=singular, own=own if obj else None)
        if governing and tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() in ASKING_VERBS \
                and not is_passive(tok.head) \
                and (other := self._other_subject_before(tok.head.head, governing)):
            # ("the ELN has stepped up attacks ..., and the government had demanded that it free
            # all hostages"): whom a demand is of is not who demands it; the one the sentence
            # or the one before named as a doer is (what one asks to be done to oneself is one's
            # own: "asked that it be allowed to join")
            return other
        if governing:
            return governing
        if tok.lower_ == "it" and tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() in SPEAKING_VERBS and any(
                c.dep_ == "nsubj" and c.tag_ == "NN" and c.i < tok.i and c.i not in self.by_token for c in tok.head.head.children):
            # ("The group said it would continue the protests": "it" is the one who says so, who
            # names no actor here; not the last subject of the sentences before)
            return []
        if singular and tok.dep_ in SUBJ and tok.head.dep_ in ("advcl", "ccomp", "conj", "relcl"):
            # ("Congress voted to impeach President Pedro Castillo, hours after he visited
            # Chile"): in a clause of its own, "he" or "she" is the one person this sentence
            # named before it, when the clause above has no person for its subject
            here = [m for i, m in self.by_token.items() if i < tok.i and m.end <= tok.idx and _one_person(m)]
            ones = {m.actors[0].code for m in here}
            if len(ones) == 1:
                return here[-1:]
        if self.state.sentence - self.state.last_subject_sentence > 1:
            return []  # an antecedent is in this sentence or the one before
        last = list(self.state.last_subject)
        people = [m for m in last if len(m.actors) == 1 and m.actors[0].kind == "person"]
        if singular and len(people) == 1 and len(last) > 1:
            # ("Regional Police Commander Daniel Kasyoka said ... He said ...": the one person
            # of a subject that names the body the person belongs to too)
            return people
        if singular and any(len(m.actors) > 1 or not _one_person_noun(m.text) or all(a.kind == "country" and a.role is None for a in m.actors)
                            for m in last):
            # ("police detained Rudi Hartono ... He was released": not the police; "Sudan
            # expelled Chad's ambassador. He said ...": a country is no "he"; nor is a body,
            # "the anti-graft agency arraigned a former governor ... He pleaded not guilty")
            if self.state.sentence - self.state.last_mentions_sentence == 1:
                # (or one person named by a noun of no name: "Police arrested a 34-year-old man
                # ... He was charged")
                persons = [m for m in self.state.last_mentions if m not in last and _one_person(m)]
                if len(persons) == 1 or _titled_name(persons):
                    return persons[-1:]
            return []
        if tok.lower_ in PLURAL_ONLY and all(len(m.actors) == 1 and not m.text.lower().endswith("s") and m.actors[0].kind == "person" for m in last):
            return []  # "they" is not one person
        if tok.lower_ in ("it", "its") and last and all(len(m.actors) > 1 for m in last):
            return []  # ("Turkish and Russian troops began patrols ... hurled rocks at it": "it" is not both)
        return last

    def _other_subject_before(self, verb: Token, asking: list[Mention]) -> list[Mention]:
        """The last subject before ``verb`` in its sentence (else the last of the sentence
        before) that names actors, none of them the ``asking`` ones."""
        mine = {ident(a) for m in asking for a in m.actors}
        for t in reversed([t for t in verb.sent if t.i < verb.i and t.dep_ in SUBJ]):
            ms = [m for m in self.actors_of(t, depth=1) if m.actors]
            if ms and not any(ident(a) in mine for m in ms for a in m.actors):
                return ms
        last = list(self.state.last_subject) if self.state.sentence - self.state.last_subject_sentence == 1 else []
        return last if last and not any(ident(a) in mine for m in last for a in m.actors) else []

    def _governing_subject(self, tok: Token, *, singular: bool, own: Token | None) -> list[Mention]:
        """The actors of the subject of a clause governing ``tok``, named before it ("Syria
        says it is willing ..."): up to four heads up, not the clause ``own`` an object
        pronoun is the object of, not a plural for "he" or "she"."""
        h = tok.head
        hops = 0
        while h.head.i != h.i and hops < 4:
            h = h.head
            # (a preposition and its object are one step: "the strikes targeted members of the
            # group, which it blames"; so are two verbs joined, which share their subject:
            # "Vietnam is one of its critics and has accused Beijing of encroaching into its
            # waters")
            hops += h.dep_ not in ("pobj", "conj")
            for ch in h.children:
                if own is not None and h.i == own.i:
                    break
                if ch.dep_ in SUBJ and ch.i != tok.i and ch.i < tok.i:
                    if ch.lower_ in RELATIVE_PRONOUNS and h.dep_ == "relcl":
                        # ("President Banda, who has not said whether he will sign it": the one
                        # the relative pronoun stands for)
                        ch = h.head
                    if _other_sex(tok, ch):
                        continue  # ("a woman told officers he had struck her": not the woman)
                    if ch.pos_ == "PRON" and ch.lower_ == tok.lower_ and ch.i not in self.by_token:
                        # ("the ministry said it would summon the envoy of the Emirates, which it
                        # accuses of arming the rebels": the same pronoun above stands for the
                        # same one, whom its own governing clause names)
                        return self._governing_subject(ch, singular=singular, own=None)
                    ms = self.actors_of(ch, depth=1)
                    if singular and (ch.lemma_.lower() in INSTITUTION_NOUNS
                                     or (ch.pos_ == "PROPN" and ms and all(a.kind in NAMED_BODY_KINDS for m in ms for a in m.actors))):
                        # ("the court sentenced the former president after he refused", "the
                        # party removed an MP after a report that he had pressured an agency": an
                        # institution is no "he"; the one person it acted on is)
                        # (nor is a body named by its own name: "Amnesty International condemned
                        # the execution and said he had been tortured")
                        people = [m for o in h.children if o.dep_ == "dobj" and o.i < tok.i for m in self.actors_of(o, depth=1)
                                  if len(m.actors) == 1 and (m.actors[0].kind == "person" or (o.tag_ in ("NN", "NNP") and m.actors[0].role in PERSON_ROLES))]
                        if len(people) == 1:
                            return people
                        continue
                    if tok.lower_ in ("it", "its") and ch.tag_ == "NNS" and (ch.i == ch.sent.start or not ch.text[:1].isupper()):
                        # ("the ministry said the boats had intruded and that its coast guard had
                        # expelled them": "its" is not several boats; the one above may be it,
                        # or the one they acted on)
                        if acted_on := self._one_acted_on(h, tok):
                            return acted_on
                        continue
                    if singular and is_plural_word(ch):
                        # ("Castillo's supporters blocked roads, demanding his release": the
                        # one whose they are)
                        owner = [m for p in ch.children if p.dep_ == "poss" and not is_plural_word(p) for m in self.actors_of(p, depth=1)]
                        if owner:
                            return owner
                        # (else the one the clause acted on, if it is one: "the senators pressed
                        # the Pentagon, criticising its handling of the strike")
                        if acted_on := self._one_acted_on(h, tok):
                            return acted_on
                        continue
                    if singular and ms and all(a.kind == "country" and a.role is None for m in ms for a in m.actors):
                        continue  # ("said China wanted a deal and warned that he would ...": a country is no "he")
                    if tok.lower_ == "its" and ms and (ch.ent_type_ == "PERSON" or _names_one_person(ch, ms)):
                        # ("Biden pressed Israel, criticising its conduct of the war": "its" is
                        # never a person, nor one holder of an office named by a common noun,
                        # "the president suspended a truce with the gang after its members
                        # attacked"; the one the clause acted on may be it)
                        if acted_on := self._one_acted_on(h, tok):
                            return acted_on
                        continue
                    if ms and tok.lower_ == "they" and all(a.role in ("COP", "MIL") for m in ms for a in m.actors) and self._protesting(tok):
                        # ("police detained 200 farmers as they tried to march to the assembly"):
                        # the police or the army do not protest; the people they acted on do
                        # (or fired at: "fired tear gas at protesters as they marched")
                        hit = [o for o in h.children if o.dep_ == "dobj"] + [
                            o for p in h.children if p.dep_ == "prep" and p.lower_ == "at" for o in p.children if o.dep_ == "pobj"]
                        people = [m for o in hit if o.i < tok.i for m in self.actors_of(o, depth=1)
                                  if m.actors and not any(a.role in ARMED_ROLES for a in m.actors)]
                        if people:
                            return people
                    if ms and tok.lower_ in PLURAL_ONLY and not is_plural_word(ch) and _names_one_person(ch, ms):
                        # ("a judge ordered the release of the doctors, and they were freed":
                        # "they" is not one person)
                        continue
                    if singular and tok.dep_ == "nsubjpass" and ms and all(_one_person(m) for m in ms) and any(
                            # ("the president pardoned a lawyer days after he was sentenced": one
                            # person acted on another, and "he", acted on in turn, may be either;
                            # the text does not say which, so neither)
                            _one_person(m) for o in h.children if o.dep_ == "dobj" and o.i < tok.i for m in self.actors_of(o, depth=1)):
                        return []
                    if ms:
                        return ms
        return []

    def _protesting(self, tok: Token) -> bool:
        """Whether the subject ``tok`` does what protests ("they marched", "they tried to march
        to the assembly"), by the patterns of its verb or of the verb it tries or begins to do."""
        verbs = [tok.head, *(c for c in tok.head.children if c.dep_ == "xcomp")]
        return any(p.code[:2] == "14" for v in verbs for p in self.lex.verbs.get(v.lemma_.lower(), ()))

    def _one_acted_on(self, verb: Token, tok: Token) -> list[Mention]:
        """The one actor a verb's object before ``tok`` names, if one of the pronoun's kind:
        a body or a country for "its", one person for "his" and "her"."""
        found = [m for o in verb.children if o.dep_ == "dobj" and o.i < tok.i and not is_plural_word(o)
                 for m in self.actors_of(o, depth=1) if len(m.actors) == 1]
        kind_fits = [m for m in found if (m.actors[0].kind == "person") == (tok.lower_ != "its")]
        return kind_fits if len(found) == 1 and len(kind_fits) == 1 else []

    def _object_antecedent(self, tok: Token, own: Token) -> list[Mention]:
        """The one an object pronoun stands for: the nearest compatible mention before it, in
        this sentence or the one before, that is not the subject of its own clause ("him": one
        person or one holder of an office; "them": several)."""
        subj = [c for c in own.children if c.dep_ in SUBJ] or [j for j in [subject_joined_before(own)] if j is not None]
        if not subj and own.dep_ == "advcl" and own.tag_ == "VBG":
            # ("refused to cooperate with the inquiry, calling it illegitimate", "suspended talks
            # with the rebels, accusing them of killing soldiers": the participle's subject is
            # its clause's, the clause of a finite verb: "asked the court to order Israel to
            # halt its operations, accusing it of ...": the one who asked)
            subj = [c for c in finite_above(own.head).children if c.dep_ in SUBJ]
        if not subj:
            # ("the prime minister accepted the resignation and thanked him": the verbs joined
            # by "and" share one subject, which is their clause's, so no "him" of the second)
            subj = _shared_subject(own)
        subject = {ident(a) for c in subj for m in self.actors_of(c, depth=1) for a in m.actors}
        if own.dep_ == "relcl" and any(c.dep_ in SUBJ and c.lower_ in RELATIVE_PRONOUNS for c in own.children):
            # ("the commander, who had urged him to step down": "who" is the commander)
            subject |= {ident(a) for m in self.actors_of(own.head, depth=1) for a in m.actors}
        before = [m for m in self.by_token.values() if m.start < tok.idx and m.sentence_index == self.state.sentence]
        if self.state.sentence - self.state.last_mentions_sentence == 1:
            before = list(self.state.last_mentions) + before
        singular = tok.lower_ in SINGULAR_PRONOUNS
        cands = sorted({id(m): m for m in before}.values(), key=lambda m: m.start, reverse=True)
        # ("student leaders": the students' leaders, as many as the head says; see _one_per_phrase)
        plural = {id(m): m.text.lower().endswith("s") or m.text.lower().rpartition(" ")[2] in PLURAL_WORDS for m in cands}
        heads = [m for m in cands if m.text.lower().rstrip("s") in GENERIC_HEADS]
        for h in heads:
            q = next((q for q in cands if q is not h and q.actors and q.actors[0].role and 0 <= h.start - q.end <= 1), None)
            if q is not None:
                plural[id(q)] = plural[id(h)]
                cands = [m for m in cands if m is not h]
        for m in cands:
            if len(m.actors) != 1 or ident(m.actors[0]) in subject:
                continue
            span = tok.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span[-1].tag_ == "NNS":
                plural[id(m)] = True  # (a plural the parser tags that is no "-s": "the gunmen")
            if span is not None and (span.root.dep_ == "amod" or (span.root.dep_ == "compound" and m.how == "place")):
                # (a pronoun stands for a noun phrase, not for a word describing a noun: "said
                # Manila had violated Chinese sovereignty and urged it to stop": not China; nor
                # "seized the Rafah crossing and called on it to withdraw": not Rafah)
                continue
            if span is not None and span.root.dep_ == "poss" and span.root.head.lemma_.lower() in INSTITUTION_NOUNS:
                # (nor the owner of a body named by it, which is the body: "the US attorney's
                # office said. The mayor called on him to resign": not the attorney)
                continue
            a = m.actors[0]
            if a.kind != "person" and span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in (*LOCATIVE_PREPS, "into"):
                # (nor is a place or a body named as where something is or someone is: "halt its
                # operations in Gaza, accusing it of genocide"; "sentenced to four years in
                # prison. Prosecutors had accused him ...": not the prison; "drove tractors into
                # central Brussels. Police fired water cannon at them": not the EU)
                continue
            if tok.lower_ == "it":
                # (a body or a country: not a person, not several)
                # (a rebel faction is one body: "suspended talks with a rebel faction, accusing it
                # of killing soldiers")
                if a.kind != "person" and not plural[id(m)] \
                        and (a.role not in PERSON_ROLES or _ends_in_body_noun(m.text)):
                    return [m]
                continue
            one = a.kind == "person" or (a.role in PERSON_ROLES and not plural[id(m)]) \
                or (a.role in ONE_PERSON_ROLES and span is not None and span.root.tag_ == "NN" and _one_person_noun(m.text))
            # (a body is no "him": "tried to dissolve the legislature, and police detained him")
            # (nor is one named by its head before "of": "the Federal Court of Justice")
            body = a.kind != "person" and m.text.lower().partition(" of ")[0].rpartition(" ")[2] in INSTITUTION_NOUNS
            if singular and one and not body:
                return [m]
            if not singular and not one and a.kind != "person":
                if a.kind == "country" and a.role is None and not plural[id(m)] and places.find(m.text.removeprefix("the ")) is not None:
                    continue  # ("gathered in Yerevan ... detained several of them": a place is no "them")
                return [m]
        return []

    def _speaker(self, tok: Token) -> list[Mention]:
        """The subject of the verb of saying whose words hold ``tok`` ("'We are ready,' the
        envoy said")."""
        for t in tok.sent:
            if t.lemma_.lower() in SPEAKING_VERBS and t.pos_ == "VERB" and t.i != tok.i:
                for ch in t.children:
                    if ch.dep_ in SUBJ and ch.i != tok.i and ch.lower_ not in FIRST_PLURAL:
                        ms = self.actors_of(ch, depth=1)
                        if ms:
                            return ms
        return []

    def _pairs(self, sources: list[Mention], targets: list[Mention], reciprocal: bool) -> list[tuple[Mention | None, Actor | None, Mention | None, Actor | None]]:
        """Every (source, target) pair; with no target, a compound source of a reciprocal
        event ("A and B met", "A and B agreed") is one event, the first named as source
        and the other as target (one event per act: the reverse is not added)."""
        out: list[tuple[Mention | None, Actor | None, Mention | None, Actor | None]] = []
        src = [(m, a) for m in sources for a in m.actors]
        tgt = [(m, a) for m in targets for a in m.actors]
        if tgt and not src:
            # a passive that names no doer ("three men were arrested"): no source
            return [(None, None, tm, ta) for tm, ta in tgt]
        if tgt:
            # (a word that runs into the next source is part of its name: "Treasury" of "Treasury
            # Secretary Steven Mnuchin" is no body of its own)
            inside = {m.start for m in sources if any(o is not m and 0 <= o.start - m.end <= 1 for o in sources)}
            for sm, sa in src:
                for tm, ta in tgt:
                    if len(tm.actors) > 1 and ta.kind == "country" and ta.role is None and ta.country == sa.country:
                        continue  # ("warned that it would damage relations between the two countries": not its own)
                    if "igo" in (sa.kind, ta.kind) and ta.code == sa.code:
                        continue  # ("EU foreign policy chief Josep Borrell warned ... the bloc": the one he speaks for)
                    if (sa != ta and ident(sa) != ident(ta)) or (sm.start not in inside and _two_institutions(sm, sa, tm, ta)):
                        out.append((sm, sa, tm, ta))
            return out
        if reciprocal and len({a.code for _, a in src}) > 1:
            # ("The Asia-Pacific Economic Cooperation (APEC)": one actor named twice is not two)
            # (the first named is the source, whichever the parse makes the head: "President
            # Vladimir Putin and Ukraine's president spoke by phone")
            src = sorted(src, key=lambda p: p[0].start)
            for k, (sm, sa) in enumerate(src):
                for tm, ta in src[k + 1 :]:
                    if sa != ta and ident(sa) != ident(ta):
                        out.append((sm, sa, tm, ta))
            return out
        return [(sm, sa, None, None) for sm, sa in src]

    # ---- slots ---------------------------------------------------------------------------
    def orders_own_forces(self, tok: Token) -> bool:
        """Whether the object of an order is the orderer's own armed forces or police: of the
        country of a subject that commands them ("Putin ordered Russian troops"), or its own by
        a possessive ("the commander ordered his forces")."""
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        forces = [a for o in objs for m in self.actors_of(o) for a in m.actors]
        if not forces or not all(a.role in ARMED_ROLES for a in forces):
            return False
        if any(d.dep_ == "poss" and d.lower_ in POSSESSIVES for o in objs for d in o.children):
            return True
        sources, _, _ = self.subject(tok)
        mine = {a.country for m in sources for a in m.actors if a.role in COMMANDING_ROLES}
        return bool(mine) and all(a.role in LOCAL_FORCES and a.country in mine for a in forces)

    def subject(self, verb: Token) -> tuple[list[Mention], list[Mention], str]:
        """(sources, passive targets, how) for a verb. A place named for the people who use it
        ("a military base", "a village") is done to, never a doer: "an attack on an army base
        that killed 30 soldiers" is not the base's."""
        src, tgt, how = self._subject(verb)
        kept = [m for m in src if not _names_a_place_of_people(m)]
        if len(kept) < len(src):
            return kept, tgt, f"{how}; a place named for its people does nothing"
        # ("anyone found sheltering the militants will be punished": whoever would do it, not
        # anyone who did)
        kept = [m for m in src if not (m.how == "people-at-home" and m.text.lower() in ANYONE_PRONOUNS)]
        if len(kept) < len(src):
            return kept, tgt, f"{how}; '{src[0].text}' picks out whoever would do it, no one who did"
        return src, tgt, how

    def _subject(self, verb: Token) -> tuple[list[Mention], list[Mention], str]:
        tok = verb
        via_conj = False
        # a passive with no subject of its own ("returned home after being deported"): the
        # governing clause's subject is the one acted on, not the doer
        bare_passive = any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ in ANY_SUBJ + ("agent",) for c in verb.children)
        came_from_xcomp = False
        if shares_passive(verb):
            # "were arrested and charged with fraud", "were beaten and detained by police": the
            # second participle shares the passive, so the subject is the one acted on; the
            # doer is its own "by"
            src = [m for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj" for m in self.actors_of(p)]
            own = [c for c in verb.children if c.dep_ in SUBJ]
            # (with the auxiliary left out, the participle's own subject is the one acted on)
            tgt = [m for c in own for m in self.actors_of(c)] if own else self._passive_subjects(verb.head)
            if not tgt and own and all(_bare_count(c) for c in own):
                # ("six soldiers were killed and nine wounded"): a bare count is of the ones the
                # first passive names
                tgt = self._passive_subjects(verb.head)
            if src or tgt:
                return src, tgt, f"passive: '{verb.text}' shares the passive of '{verb.head.text}'"
        agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if agents and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children) \
                and not any(c.dep_ in ANY_SUBJ for c in verb.children):
            # ("the suspect fled on foot and was arrested by police": a passive with its own
            # auxiliary, joined to an active verb, acts on that verb's subject, by its "by")
            tgt = [m for c in verb.head.children if c.dep_ in SUBJ for m in self.actors_of(c)]
            if tgt:
                return [m for p in agents for m in self.actors_of(p)], tgt, f"passive '{verb.text}' joined to '{verb.head.text}': its subject is the one acted on"
        teller = said_alongside(verb)
        if teller is not None:
            # ("asked the court to order Israel to halt its operations, accusing it of
            # genocide": the one who asks accuses, not the one asked to halt)
            tellers = [m for c in teller.children if c.dep_ in SUBJ for m in self.actors_of(c)]
            if tellers:
                return tellers, [], f"source: subject of '{teller.text}', whose reproach '{verb.text}' is"
        plan = _plan_before(verb)
        if plan is not None:
            # ("foiled a plot by Hamas to kidnap soldiers", "thwarted a Taliban attempt to storm
            # the city"): what a plot or an attempt is to do is its plotters', named by "by" or
            # before the noun, not the act of the one who foils it or tells of it
            plotters = [self.by_token[c.i] for c in plan.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i in self.by_token] \
                + [m for c in plan.children if c.dep_ == "prep" and c.lower_ == "by" for o in c.children if o.dep_ == "pobj" for m in self.actors_of(o)]
            if plotters:
                return plotters, [], f"source: '{plotters[0].text}', whose '{plan.text}' '{verb.text}' is"
        joined = subject_joined_before(verb)
        if joined is not None:
            return self.actors_of(joined), [], f"source: '{joined.text}', the subject right before '{verb.text}', parsed as one more object"
        if headline_passive(verb):
            # "Chicago man charged in killing of officer": a headline drops the auxiliary; the
            # subject of a verb that takes an object is the one acted on, its "by" the doer
            src = [m for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ == "by" for p in c.children if p.dep_ == "pobj" for m in self.actors_of(p)]
            tgt = [m for c in verb.children if c.dep_ in SUBJ for m in self.actors_of(c)]
            return src, tgt, f"headline: '{verb.text}' with no object or auxiliary is a passive"
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in SIGN_NOUNS and verb.head.dep_ == "dobj":
            # ("waved placards calling for the mayor to step down": those who carry them)
            carriers = [m for c in verb.head.head.children if c.dep_ in SUBJ for m in self.actors_of(c)]
            return carriers, [], f"source: who carry the '{verb.head.text}' that '{verb.text}'"
        if qualifying_participle(verb):
            return [], [], f"'{verb.text}' qualifies '{verb.doc[verb.i + 1].text}', parsed as a clause: no one who did it"
        if speakers_own_act(verb):
            tok, via_conj = saying_verb(verb), True  # the speaker's second act: the speaker's subject
        if verb.dep_ == "conj" and verb.tag_ == "VBG" and verb.head.tag_ in FINITE_TAGS and not any(c.dep_ in SUBJ for c in verb.children):
            # a gerund is no second finite act of the subject: after the "of" of a claim it is
            # what is claimed, no act told ("detained the mayor of Izmir over allegations of
            # corruption and aiding a terrorist group")
            claim = next((o for p in verb.head.children if p.dep_ == "prep" and p.i < verb.i for o in p.children
                          if o.dep_ == "pobj" and o.lemma_.lower() in CLAIM_NOUNS and any(q.dep_ == "prep" and q.lower_ == "of" for q in o.children)), None)
            if claim is not None:
                return [], [], f"'{verb.text}' is what the '{claim.text}' claim, no act told"
            # ("convicted three men of kidnapping and torturing a businessman", misparsed with the
            # second gerund on "convicted": it is done by the one the "of" or "for" is hung on)
            held = [o for o in verb.head.children if o.dep_ == "dobj" and any(p.dep_ == "prep" and p.lower_ in ("of", "for") for p in o.children)]
            ms = [m for o in held for m in self.actors_of(o)]
            if held:
                return ms, [], (f"source: '{held[0].text}', the one '{verb.head.text}' of it" if ms else f"the one '{held[0].text}' names no actor")
        if verb.dep_ == "advcl" and verb.tag_ == "VBD" and verb.i > 0 and verb.doc[verb.i - 1].pos_ in ("NOUN", "PROPN") \
                and any(verb.doc[verb.i - 1] in c.subtree for c in verb.lefts) \
                and not any(c.dep_ in ANY_SUBJ + ("agent", "auxpass", "aux") for c in verb.children):
            # ("bombed positions on Monday, a day after an attack on a base killed nine
            # soldiers", the subject hung on a word of time): a finite verb of an adverbial
            # clause has a subject of its own, the noun phrase right before it, never the
            # governing clause's; the parse does not say which
            return [], [], f"'{verb.text}' is a finite verb of a clause whose subject the parse hung elsewhere: no one who did it"
        if verb.dep_ == "conj" and verb.tag_ == "VBD" and verb.head.lower_ == "shot" and verb.head.tag_ == "NN" \
                and (doer := next((c for c in reversed(list(verb.head.lefts)) if c.dep_ == "compound"), None)) is not None \
                and (shooters := self.actors_of(doer)):
            # ("a sheriff's deputy shot and killed a man", parsed as a noun "deputy shot" that
            # the second verb is joined to): the word before "shot" is the subject of both
            return shooters, [], f"source: '{doer.text}', the subject of 'shot', parsed as a noun, and of '{verb.text}'"
        for _ in range(5):
            subj = [c for c in tok.children if c.dep_ in SUBJ]
            subjpass = [c for c in tok.children if c.dep_ in SUBJ_PASS]
            agent = passive_doers(tok)
            if via_conj and subjpass and not any(c.dep_ in ANY_SUBJ for c in verb.children):
                # "was indicted by the court and will resign": the one indicted resigns (not
                # "shops were vandalised, and three stations were set on fire": a passive with
                # a subject of its own shares none)
                ms = [m for s in subjpass for m in self.actors_of(s)]
                if ms and bare_passive and tok.i == verb.head.i:
                    # ("two soldiers were wounded and have been evacuated": a second passive,
                    # with its own auxiliary, is done to the subject both share, by no one the
                    # first names)
                    return [], ms, f"target: '{subjpass[0].text}', the subject '{verb.text}' shares with the passive '{tok.text}'"
                if ms:
                    return ms, [], f"source: '{subjpass[0].text}', subject shared with '{tok.text}'"
            if subjpass and not agent and tok is not verb and came_from_xcomp:
                # "the chancellor is scheduled to attend", "was forced to resign": the
                # subject of the passive does what its complement says; "was found stabbed
                # to death": a participle says what was done to it
                ms = [m for s in subjpass for m in self.actors_of(s)]
                if ms and verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
                    return [], ms, f"target: '{subjpass[0].text}', found as '{verb.text}' says"
                if ms:
                    return ms, [], f"source: '{subjpass[0].text}', subject of '{tok.text}' and of its complement"
            if tok is verb and describes_one_acted_on(tok):
                # (the doer is its "by", if any)
                agents = passive_doers(tok)
                src = [m for a in agents for m in self.actors_of(a)]
                tgt = self.actors_of(tok.head)
                first = tok.head.head
                if not tgt and _bare_count(tok.head) and tok.head.dep_ == "conj" and first.tag_ == "VBN" \
                        and any(c.dep_ == "auxpass" for c in first.children):
                    # ("20 people were injured and 15 arrested": a number with the auxiliary and
                    # the noun left out is a count of the ones the first passive names)
                    tgt = self._passive_subjects(first)
                return src, tgt, f"'{tok.text}' describes '{tok.head.text}', the one acted on"
            if subjpass and not agent and tok is verb:
                # "three people were killed when an Israeli missile struck their car": the
                # clause telling how it was done names the doer
                # (not the victims' own vehicle: "was killed when his armoured vehicle hit a
                # roadside bomb")
                agent = [s for c in tok.children if c.dep_ == "advcl" and any(
                    m.lower_ in ("when", "as") and m.dep_ in ("advmod", "mark") for m in c.children)
                    and c.lemma_.lower() in HOW_DONE_VERBS for s in c.children if s.dep_ == "nsubj"
                    and not any(p.dep_ == "poss" and p.lower_ in POSSESSIVES for p in s.children)]
                if not agent and self._harm_verb(tok):
                    # ("two soldiers were killed in a gunfight with militants": the other side of
                    # the fight they were harmed in harmed them)
                    agent = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for f in p.children
                             if f.dep_ == "pobj" and f.lemma_.lower() in FIGHT_NOUNS
                             for w in f.children if w.dep_ == "prep" and w.lower_ == "with" for o in w.children if o.dep_ == "pobj"]
            if tok is verb and tok.dep_ == "relcl" and subjpass and not agent and subjpass[0].lower_ in RELATIVE_PRONOUNS \
                    and tok.head.dep_ == "dobj" and tok.head.head.i < tok.i and self._harm_verb(tok) and self._harm_verb(tok.head.head):
                # ("convicted two men of murdering a teenager who was stabbed outside a cinema":
                # the harm done to the one harmed, told again of them, is the same act)
                return [], [], f"'{tok.text}' tells again what '{tok.head.head.text}' did to '{tok.head.text}'"
            if not subjpass and tok.dep_ == "pcomp" and tok.head.lower_ in ADJUNCT_PREPS and tok.head.head.pos_ in ("VERB", "AUX") \
                    and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in tok.children) \
                    and (self._harm_verb(tok) or self._coercion_verb(tok)):
                # "stabbed two people before being shot by police", "died after being beaten by
                # guards", "chanted slogans before being arrested by police": harm or coercion
                # told by a passive gerund is done to the subject of the clause it is an adjunct of
                subjpass = [c for c in tok.head.head.children if c.dep_ in ANY_SUBJ]
            if subjpass or agent:
                src = [m for a in agent for m in self.actors_of(a)]
                # ("military aid to Kyiv was frozen": what is acted on is an act, aimed at its
                # "to"; the aid's own words name no one acted on)
                tgt = [m for s in subjpass for m in self._passive_subject(s, tok)]
                if src or tgt:
                    return src, tgt, "passive: source from 'by', target from the subject"
                if subjpass and not agent and subjpass[0].lower_ not in RELATIVE_PRONOUNS and (
                        tok.dep_ in ("ccomp", "relcl", "advcl") or (tok.dep_ == "conj" and tok.head.lemma_.lower() in UNDERGO_VERBS)):
                    # "air raids in which, it said, 20 people were killed": the clause has
                    # its own subject, and who did it is not said; the governing clause's
                    # subject did not do it ("twelve people died and dozens were injured":
                    # those who died did not injure anyone)
                    return [], [], f"passive '{tok.text}' names no one who did it"
            if tok.dep_ == "relcl" and tok.head.lemma_.lower() in DOCUMENT_NOUNS and subj and subj[0].lower_ in RELATIVE_PRONOUNS:
                # "a resolution that aims to impose a blockade": what a text provides for
                return [], [], f"'{tok.text}' states what the {tok.head.text} provides, no one does it"
            if (text := _document_before(tok)) is not None:
                # ("blocked a Republican bill to fund the government", the infinitive hung by the
                # parser on "blocked"): what the text provides for, no one's act
                return [], [], f"'{tok.text}' states what the {text.text} provides, no one does it"
            if (deed := self._others_deed_before(tok)) is not None:
                # ("would not accept the deployment of US troops to fight drug cartels", the
                # infinitive hung on "accept"): the purpose is of the deed the object names, done
                # by those its "of" names, not by the one who accepts or refuses it
                return [], [], f"'{tok.text}' is the purpose of the '{deed.text}' of others, not of the subject of '{tok.head.text}'"
            if subj and subj[0].lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl" and tok.head.lemma_.lower() in DISASTER_NOUNS:
                return [], [], f"'{tok.head.text}' that '{subj[0].text}' stands for is a disaster, no one"
            if subj and subj[0].lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
                # "the OSCE, which hosted the meeting": the antecedent
                # (not the ones an attack was made on, the parser's antecedent: "last month's
                # attack on Hindu tourists that killed 26 men" is the attack)
                # (nor the place it was at: "a suicide bombing at a hotel in Mogadishu that killed
                # 12 people")
                on_whom = tok.head.dep_ == "pobj" and (tok.head.head.lower_ in ("on", "against")
                                                       or (tok.head.head.lower_ in LOCATIVE_PREPS and tok.head.head.head.pos_ == "NOUN")) \
                    and (assault := self._event_noun(tok.head.head.head)) is not None and describe(assault.code).plover == "ASSAULT"
                ms = [] if on_whom else self.actors_of(tok.head)
                # ("Members of Congress from both parties, who had denounced ...": a clause set
                # off by a comma after "X from Y" is about X, where the parser hangs it on Y)
                whence = tok.head.head
                if whence.dep_ == "prep" and whence.lower_ == "from" and whence.head.pos_ in ("NOUN", "PROPN") \
                        and subj[0].i > 0 and self.doc[subj[0].i - 1].text == "," and (them := self.actors_of(whence.head)):
                    return them, [], f"source: '{whence.head.text}' that '{subj[0].text}' stands for"
                if ms:
                    return ms, [], f"source: '{tok.head.text}' that '{subj[0].text}' stands for"
                act = tok.head
                if act.lemma_.lower() in self.lex.nouns and act.dep_ == "dobj" and act.head.lemma_.lower() in self.lex.light:
                    # ("American forces launched air strikes that killed Afghan civilians": the
                    # pronoun stands for the strikes, which are the doing of whoever launched them)
                    doers = [m for c in act.head.children if c.dep_ in SUBJ for m in self.actors_of(c)]
                    if doers:
                        return doers, [], f"source: who '{act.head.text}' the '{act.text}' that '{subj[0].text}' stands for"
                if act.lemma_.lower() in FINDING_NOUNS and act.dep_ == "dobj" and act.head.lemma_.lower() in ISSUING_VERBS:
                    # ("the OAS released an audit that found clear manipulation": what a report
                    # finds, whoever released it found)
                    authors = [m for c in act.head.children if c.dep_ in SUBJ for m in self.actors_of(c)]
                    if authors:
                        return authors, [], f"source: who '{act.head.text}' the '{act.text}' that '{subj[0].text}' stands for"
                # ("the ambush that killed 23 soldiers": the pronoun stands for the ambush,
                # which names no one; not for whoever was named last)
                return [], [], f"'{subj[0].text}' stands for '{tok.head.text}', no actor"
            relative = subj[0] if subj and subj[0].lower_ in RELATIVE_PRONOUNS else None
            if tok.dep_ == "ccomp" and tok.head.dep_ == "relcl" and (relative is not None or (
                    not subj and not subjpass and tok.head.lemma_.lower() in PLAIN_SAYING_VERBS | SPEAKING_VERBS
                    and any(c.lower_ in RELATIVE_PRONOUNS and c.i < tok.head.i for c in tok.head.children))):
                # ("a pattern that residents say has returned", "a bill that critics say will curb
                # press freedom", with "that" hung on "say"): what a relative clause of saying says
                # of the one it describes is done by it, not by those who say it
                described, ms = tok.head.head, self.actors_of(tok.head.head)
                if relative is not None:
                    return (ms, [], f"source: '{described.text}' that '{relative.text}' stands for") if ms \
                        else ([], [], f"'{relative.text}' stands for '{described.text}', no actor")
                return (ms, [], f"source: '{described.text}' that the clause of '{tok.head.text}' is about") if ms \
                    else ([], [], f"'{tok.text}' is said of '{described.text}', no actor")
            if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.tag_ == "VBG" and not subj:
                # "accused Armenia of shelling", "blamed X for killing": the object of the
                # governing verb does the act of the gerund (but "arrested a minister days
                # after ordering troops out": an adjunct's is the subject's doing)
                objs = [c for c in tok.head.head.children if c.dep_ == "dobj" and tok.head.lower_ not in ADJUNCT_PREPS]
                if not objs and tok.head.head.dep_ == "dobj" and tok.head.lower_ == "of":
                    # ("accused Ethiopian militias of killing": the "of" hung on the object)
                    objs = [tok.head.head]
                # ("the Emirates, which it accuses of supplying weapons": the one the relative
                # pronoun stands for)
                objs = [relative_antecedent(o) or o for o in objs]
                clause = tok.head.head
                if not objs and tok.head.lower_ in ("of", "for") and clause.dep_ == "relcl" \
                        and any(c.dep_ in SUBJ for c in clause.children) and not any(c.dep_ in SUBJ_PASS for c in clause.children):
                    # ("three companies it accuses of supplying drones": a relative clause with
                    # its own subject and no object is about the one it describes, the accused)
                    objs = [clause.head]
                ms = [m for o in objs for m in self.actors_of(o)]
                if ms:
                    return ms, [], f"source: '{objs[0].text}', object of '{tok.head.head.text if tok.head.head.dep_ != 'dobj' else tok.head.head.head.text}'"
                if objs and tok.head.lower_ in ("of", "for"):
                    # "accused the group of plotting": the one accused did it, even when the
                    # article names it as no actor; never the accuser
                    return [], [], f"the one '{objs[0].text}' who did it names no actor"
                # "an officer was charged with killing a teenager": the one charged did it
                # (by a relative pronoun, the one it stands for: "hanged two men who had been
                # convicted of killing a militiaman" names no actor, and not the hangman)
                objs = [c for c in tok.head.head.children if c.dep_ in SUBJ_PASS]
                objs = [(relative_antecedent(o) or o) if o.lower_ in RELATIVE_PRONOUNS else o for o in objs]
                ms = [m for o in objs for m in self.actors_of(o)]
                if ms:
                    return ms, [], f"source: '{objs[0].text}', the one '{tok.head.head.text}'"
                if objs and tok.head.lower_ in ("of", "for", "with") and tok.head.head.dep_ == "relcl":
                    return [], [], f"the one '{objs[0].text}' who did it names no actor"
            if subj and subj[0].lemma_.lower() in DISASTER_NOUNS:
                # "floods in northern Bangladesh have killed 27 people": a disaster is no one,
                # whatever place it is in
                return [], [], f"subject '{subj[0].text}' is a disaster, no one"
            if subj and tok is verb and verb.tag_ == "VBN" and verb.dep_ in ("ccomp", "advcl") \
                    and not any(c.dep_ in ("aux", "auxpass", "dobj", "agent") for c in verb.children):
                # "..., many of them captured during the offensive": a participle with a subject
                # and no auxiliary is a passive told short; its subject is the one acted on
                tgt = [m for s in subj for m in self.actors_of(s)]
                return [], tgt, f"'{verb.text}' with no auxiliary: '{subj[0].text}' is the one acted on"
            if subj:
                src = [self._community_in_place(m, s, tok) for s in subj for m in self.actors_of(s)]
                if src and bare_passive and tok is not verb and verb.dep_ == "ccomp" and verb.head.i == tok.i:
                    # ("Police said ... 42 protesters, including a farm leader, were detained",
                    # the protesters hung elsewhere: a "that"-clause has a subject of its own,
                    # never the speaker; it is the phrase that ends right before the auxiliary)
                    left = _phrase_before(verb)
                    tgt = self.actors_of(left) if left is not None else []
                    return [], tgt, f"passive '{verb.text}': its subject is '{left.text if left is not None else ''}', misparsed, not the speaker"
                if src and bare_passive and tok is not verb:
                    return [], src, f"passive '{verb.text}': the subject of '{tok.text}' is the one acted on"
                saying = tok.head
                while saying.dep_ in ("ccomp", "advcl") and saying.lemma_.lower() not in PLAIN_SAYING_VERBS:
                    saying = saying.head
                if src and via_conj and verb.dep_ == "conj" and verb.head.i == tok.i and tok.dep_ == "advcl" and verb.tag_ == "VBD" \
                        and set_off_by_comma(verb) \
                        and saying.lemma_.lower() in PLAIN_SAYING_VERBS and verb.lemma_.lower() in SPEECH_ACT_VERBS:
                    # ("said the rally had been banned because organisers had not notified the
                    # authorities, and accused the opposition of ...": a speech act set off by a
                    # comma after a clause of cause or time inside what is said is the speaker's)
                    speakers = [m for c in saying.children if c.dep_ in SUBJ for m in self.actors_of(c)]
                    if speakers:
                        return speakers, [], f"source: the speaker of '{saying.text}', a second act set off after '{tok.text}'"
                if src:
                    return src, [], f"source: subject of '{tok.text}'"
                if via_conj and verb.dep_ == "conj" and verb.head.i == tok.i and tok.dep_ in ("ccomp", "advcl") and verb.tag_ == "VBD" \
                        and saying.lemma_.lower() in PLAIN_SAYING_VERBS and verb.lemma_.lower() in SPEECH_ACT_VERBS \
                        and subj[0].pos_ == "NOUN":
                    # ("said the operation showed the tip of an iceberg and accused the ministry
                    # of ...": a thing accuses no one; the one who said it does, however deep in
                    # what is said the parser hung the verb: "said Israel would resume its
                    # offensive once the truce ended and vowed to destroy Hamas")
                    speakers = [m for c in saying.children if c.dep_ in SUBJ for m in self.actors_of(c)]
                    if speakers:
                        return speakers, [], f"source: the speaker of '{tok.head.text}', since '{subj[0].text}' names no actor"
                if subj[0].lower_ in PARTITIVE_WORDS and not any(c.dep_ == "prep" for c in subj[0].children) \
                        and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
                    # ("Republicans have accused Democrats ..., and several have demanded ...",
                    # "200 people gathered ..., and some demanded ...": a quantifier standing
                    # alone is part of the group the clause before names as its subject)
                    group = [m for c in tok.head.children if c.dep_ in SUBJ for m in self.actors_of(c)]
                    if group:
                        return group, [], f"source: '{subj[0].text}' of '{tok.head.text}'s subject"
                if subj[0].lower_ not in ("who", "which", "that"):
                    return [], [], f"subject '{subj[0].text}' names no actor"
            passive_or_where = any(c.dep_ == "auxpass" or (c.dep_ == "advmod" and c.lower_ in ("where", "when")) for c in tok.children)
            # (a past tense describes no noun: "The Ethiopian Human Rights Commission, a
            # state-affiliated body, called on ..." parsed with the verb on the apposition of
            # the root is the root's act)
            described = tok.head.head if tok.dep_ == "acl" and tok.tag_ == "VBD" and tok.head.dep_ == "appos" and tok.head.head.dep_ == "ROOT" else tok.head
            if (tok.dep_ == "relcl" and not passive_or_where) or (tok.dep_ == "acl" and tok.tag_ in ("VBG", "VBN") and not _held_participle(tok)) \
                    or (tok.dep_ == "acl" and tok.tag_ == "VBD" and described.dep_ in ("ROOT", "nsubj", "nsubjpass")):
                # "the rebels who attacked", "troops, killing ..." ("Kavalenka, 37, called on the
                # authorities ..." parsed with the name as the root and the verb on it; "The UN
                # refugee agency called on both countries to ensure that people ... were
                # allowed", with the past tense taken for a participle of the subject of a verb
                # deep in what is called for)
                # ("a base hosting U.S. troops": the base itself, not the troops it keeps)
                ms = self.actors_of(described, kept=False)
                if ms:
                    return ms, [], f"source: '{described.text}' that the clause describes"
            # ("prompting thousands of students to march", the infinitive parsed as the object
            # of a preposition "to")
            causer = tok.head if tok.dep_ == "xcomp" else tok.head.head if (
                tok.dep_ == "pobj" and tok.tag_ == "VB" and tok.head.lower_ == "to") else None
            if tok.dep_ == "advcl" and tok.head.lemma_.lower() in ORDERING_VERBS and any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children):
                # ("directed the police to arrest the protesters", the infinitive parsed as an
                # adverbial clause)
                causer = tok.head
            if causer is not None and not subjpass and (causer.lemma_.lower() in CAUSING_VERBS
                                                        or (causer.lemma_.lower() in ORDERING_VERBS and self.orders_own_forces(causer))):
                # "the protests forced the minister to resign": the one made to act is the
                # object ("was forced to resign" is the passive above); so are forces ordered
                # down their own ranks ("Putin ordered Russian troops to withdraw")
                made = [c for c in causer.children if c.dep_ == "dobj"]
                if made:
                    ms = [m for o in made for m in self.actors_of(o)]
                    return ms, [], (f"source: '{made[0].text}', whom '{causer.text}' made do it" if ms
                                    else f"the one '{causer.text}' made do it names no actor")
            if participle_after_comma(tok) and tok.head.tag_ in ("VBG", "VBN") and (tok.head.dep_ == "acl" or (
                        tok.head.dep_ == "pcomp" and any(c.dep_ == "nsubj" for c in tok.head.children))):
                # "fired on farmers marching toward the city, killing six": a result told after a
                # comma is of the main clause, not of the participle that describes its object
                # (parsed on the noun, or as a clause of "on" with the noun its subject; "accused
                # them of shelling villages, forcing ..." is the accused's own act)
                up = verb_above(tok.head.head)
                if up.pos_ in ("VERB", "AUX"):
                    tok = up
                    continue
            gerund = result_of_gerund(tok)
            if gerund is not None:
                # (the one accused did it: "accused Russia of shelling a hospital, killing ...")
                tok = gerund
                continue
            if (told := told_before_saying(tok)) is not None:
                # ("Azerbaijani forces shelled Armenian positions, the ministry said, killing 49
                # soldiers", the participle hung on "said"): the result is of the act told, not
                # of the one who tells it
                tok = told
                continue
            if participle_after_comma(tok) and self._own_code(tok.head)[:3] == "045":
                # ("the UAE mediated a prisoner exchange between Russia and Ukraine, freeing 190
                # captives"): what a mediated act brings about is done by its sides, not by the
                # mediator (CAMEO 045)
                return [], [], f"'{tok.text}' is the result of what '{tok.head.text}' mediated: the sides' act, not the mediator's"
            if tok.dep_ == "advcl" and tok.tag_ == "VB" and not any(c.dep_ in ("aux", "mark") for c in tok.children):
                # an adverbial clause of a bare verb with neither "to" nor a subordinator is no
                # English clause: a noun the parser took for a verb ("Refuse workers in Leeds
                # walked out") does nothing the main verb's subject does
                break
            if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in PLAIN_SAYING_VERBS and not subj and self._harm_verb(verb):
                # ("the army said rockets fired from across the border struck a market, killing
                # five civilians", parsed with no subject for what is said): harm told in what is
                # said is never the doing of the one who tells it
                return [], [], f"'{tok.text}', told by '{tok.head.text}', has no subject of its own: not the one who tells it"
            split = _subject_split_off(tok) if tok is not verb and not subj and not subjpass else []
            if split:
                # ("lodged a protest after mortar shells fired during the fighting landed inside
                # its territory, wounding two villagers", parsed as two clauses of "lodged", the
                # first with the subject and "after"): the clause is one, and what its
                # participle tells is done by its subject, never by the governing clause's
                ms = [m for k in split for m in self.actors_of(k)]
                return ms, [], (f"source: '{split[0].text}', the subject of '{tok.text}', hung on '{split[0].head.text}'" if ms
                                else f"'{tok.text}' has the subject '{split[0].text}', hung on '{split[0].head.text}', which names no actor")
            if tok.dep_ in ("xcomp", "advcl", "conj", "ccomp", "acomp", "pcomp") or tok.head.dep_ == "prep":
                via_conj = tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX")
                came_from_xcomp = tok.dep_ == "xcomp"
                # (a gerund the parser made the object of its preposition, "captured the town
                # before withdrawing, residents said", is the preposition's clause, as one it
                # made its complement is: the subject is the verb's the preposition hangs on)
                adjunct_gerund = tok.dep_ == "pcomp" or (tok.dep_ == "pobj" and tok.tag_ == "VBG" and tok.pos_ == "VERB" and tok.head.head.pos_ in ("VERB", "AUX"))
                tok = tok.head.head if adjunct_gerund else tok.head
                continue
            if tok.dep_ == "acl" and tok.head.dep_ == "dobj" and tok.tag_ == "VBG" and (
                    tok.head.lemma_.lower() in SPEECH_NOUNS
                    or (tok.head.lemma_.lower() in ISSUED_TEXT_NOUNS and tok.head.head.lemma_.lower() in ISSUING_VERBS)):
                # "issued a declaration demanding ...", "released a report accusing ...": the one
                # who issued it
                tok = tok.head.head
                continue
            break
        return [], [], "no subject actor"

    def objects(self, verb: Token, pat: Pattern, skip: set[int], avoid: frozenset[str] = frozenset()) -> tuple[list[Mention], str]:
        """The target slot: the first slot, in the pattern's order, naming an actor other
        than the source (``avoid``: the source's codes), so "Palestinians blamed Israel for
        the bombing in the West Bank" reaches Israel past the West Bank."""
        if pat.target == "none":
            return [], "pattern takes no target"
        asker = self._request_answered(verb) if pat.code[:2] == "12" else None
        if asker is not None:
            # "Kenya demanded that Uganda withdraw its troops, which Kampala refused": what is
            # refused is the demand (the guideline's REJECT, deny a request), and the refusal is
            # aimed at whoever made it, not at the last noun before "which"
            ms = [m for sj in asker.children if sj.dep_ in SUBJ for m in self.actors_of(sj) if any(ident(a) not in avoid for a in m.actors)]
            if ms:
                return ms, f"target: who '{asker.text}', what ', which' the '{verb.text}' answers"
        summed = self._summarised_act(verb) if pat.code[:2] in ("05", "11", "12") else None
        if summed is not None and summed.dep_ == "ccomp" and verb.head.lemma_.lower() in CLAIM_NOUNS:
            # "television said the raids wounded four civilians, a claim the coalition
            # rejected": a claim is the one's who told it
            ms = [m for sj in summed.head.children if sj.dep_ in SUBJ for m in self.actors_of(sj) if any(ident(a) not in avoid for a in m.actors)]
            if ms:
                return ms, f"target: who '{summed.head.text}' it, the '{verb.head.text}' '{verb.text}' answers"
        if summed is not None:
            # "the lawyers offered to answer questions, an offer the party's leaders rejected",
            # "..., a move China called bullying": what is rejected or condemned is the act the
            # noun sums up, and whom the answer is aimed at is whoever did it (the subject its
            # verb shares with the one it is joined to: "raided and closed five offices, a move
            # Belgrade denounced")
            while summed.dep_ == "conj" and not any(c.dep_ in SUBJ for c in summed.children):
                summed = summed.head
            ms = [m for sj in summed.children if sj.dep_ in SUBJ for m in self.actors_of(sj) if any(ident(a) not in avoid for a in m.actors)]
            if ms:
                return ms, f"target: who '{summed.text}', the '{verb.head.text}' it answers"
        kids = list(verb.children)
        # (the noun a verb the parser took for its adjective acts on: "barred opposition
        # candidate Duarte from running")
        described = object_parsed_as_head(verb)
        # (with "to" parsed as a dative: "sent troops to Estonia")
        preps = [c for c in kids if c.dep_ in ("prep", "prt", "agent") or (c.dep_ == "advmod" and c.lower_ in pat.prep)
                 or (c.dep_ == "dative" and c.pos_ == "ADP")]
        if "to" in pat.prep and not any(p.lower_ == "to" for p in preps):
            # ("marched from the scene of the shooting to police headquarters", the "to" hung by
            # the parser inside the "from" phrase: from one place to another, the verb's)
            preps += [d for f in preps if f.lower_ == "from" for d in f.subtree if d.dep_ == "prep" and d.lower_ == "to" and d.head.i != verb.i][:1]
        if "to" in pat.prep and not any(p.lower_ == "to" for p in preps):
            # ("extradited a man wanted for murder to the United Kingdom", "sent weapons seized
            # from smugglers to Ukraine": the "to" hung by the parser inside the phrase of a
            # participle that describes the object, after the participle's own complement, is
            # the verb's; the participle's first complement is its own, "linked to Hezbollah")
            preps += [d for o in kids if o.dep_ == "dobj" for d in _to_after_participle(o)][-1:]
        order: list[tuple[Token, str]] = []
        # the pattern's prepositions in the pattern's order ("complained about X to Y": the
        # grievance before the addressee)
        for p in sorted((p for p in preps if p.lower_ in pat.prep), key=lambda p: pat.prep.index(p.lower_)):
            # ("protested against what they called the government's failure": the name the
            # speaker gives what the preposition governs)
            order += [(n, f"what '{o.text}' after '{p.text}' names") for o in p.children if o.dep_ == "pcomp" for n in named_by_what(o)]
            order += [(o, f"object of '{p.text}'") for o in p.children if o.dep_ in ("pobj", "pcomp")]
            # ("fired tear gas at protesters trying to leave", parsed as a clause after "at":
            # the clause's subject is the preposition's object)
            order += [(s, f"object of '{p.text}'") for o in p.children if o.dep_ == "pcomp" for s in o.children if s.dep_ == "nsubj"]
        # ("called for the council to be dissolved", parsed with "for" as the mark of a clause:
        # the clause's subject is the preposition's object)
        order += [(sj, f"subject of the clause '{c.text}' after '{mk.text}'") for c in kids if c.dep_ in ("advcl", "ccomp", "xcomp")
                  for mk in c.children if mk.dep_ == "mark" and mk.lower_ in pat.prep and mk.i < c.i
                  for sj in c.children if sj.dep_ in ANY_SUBJ]
        if verb.dep_ == "relcl" and not any(c.dep_ in ("dobj", "dative") and c.lower_ not in RELATIVE_PRONOUNS for c in kids) \
                and any(c.dep_ in SUBJ and c.lower_ not in RELATIVE_PRONOUNS for c in kids) \
                and not any(c.dep_ == "ccomp" or (c.dep_ == "advmod" and c.lower_ in ("where", "when"))
                            or (c.dep_ == "prep" and any(o.lower_ in RELATIVE_PRONOUNS for o in c.children)) for c in kids):
            # "a former senator it accused of financing gangs", "the Emirates, which it accuses
            # of arming the rebels": a relative clause with its own subject and no object of
            # its own is about the one it describes, its object (not when the gap is in a clause
            # it says, "which he said ...", or after a preposition, "in which it said")
            order.append((verb.head, f"object '{verb.head.text}', the one the clause describes"))
        if pat.target == "ccomp":
            return self._clause_subject(verb)
        if pat.target == "prep":
            # "withdrew its troops from Syria": what is moved is no target; the pattern's
            # prepositions name whom or where from ("pulled out of the Syrian town of Manbij":
            # on the particle)
            on_particle = [(o, f"object of '{c.text} {p.text}'") for c in kids
                           if c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in ("out", "back", "away")) for p in c.children
                           if p.dep_ == "prep" and p.lower_ in pat.prep for o in p.children if o.dep_ == "pobj"]
            # ("recalled its ambassador to Burkina Faso": the prepositions of what is moved, or of
            # the last of what is moved, "sent 25 warplanes and six ships around Taiwan")
            on_object = [(o, f"object of '{c.text} {p.text}'") for d in kids if d.dep_ == "dobj"
                         for c in (d, *(j for j in d.children if j.dep_ == "conj")) for p in c.children
                         if p.dep_ == "prep" and p.lower_ in pat.prep for o in p.children if o.dep_ == "pobj"]
            # ("sent soldiers to its border with Belarus": the neighbour the place is "with")
            beyond = [(oo, f"{why}, '{o.text} {p.text}'") for o, why in order + on_particle + on_object for p in o.children
                      if p.dep_ == "prep" and p.lower_ == "with" and o.lemma_.lower() in BORDER_NOUNS and not _names_no_one_aimed_at(pat, o, p)
                      for oo in p.children if oo.dep_ == "pobj"]
            for o, why in order + on_particle + on_object + beyond:
                ms = [m for m in self.actors_of(o, placed=True) if any(ident(a) not in avoid for a in m.actors)]
                if ms:
                    return ms, f"target: {why}"
            return [], "no target in the pattern's prepositions"
        if pat.code[:2] in ("11", "12", "09", "14", "05"):
            # ("protested the arrest of a citizen": a protest at an act is aimed at its doer too;
            # "welcomed the release of the journalist by China": so is praise of one)
            # "condemned the attack on its embassy in Kabul": what is condemned is an act, and
            # the one condemned is its doer ("the attack by X", "X's attack", "an Israeli
            # raid"), not where or on whom it was done; so is the one investigated ("are
            # investigating the killing of a businessman": whoever killed him)
            # ("condemned what it called the killing of a boy by soldiers": the act is the name
            # the speaker's own words give what is condemned)
            named = [o for c in kids if c.dep_ == "ccomp" for o in named_by_what(c)]
            for c in kids + named:
                # ("protested what it called the hostile expulsion of two journalists": the
                # name a free relative gives the thing is what is protested)
                what = c.dep_ == "oprd" and any(o.dep_ == "dobj" and o.lower_ == "what" for o in kids)
                noun = self._event_noun(c) if c.dep_ == "dobj" or c in named or what else None
                # ("condemned the violence against peaceful protesters", "the use of force
                # against them": force named by a word that is no act of its own)
                forceful = noun is None and (c.dep_ == "dobj" or c in named) and (c.lemma_.lower() in FORCE_REFERENCES or force_used(c))
                if noun is not None or forceful:
                    doers = [g for p in c.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children if g.dep_ == "pobj"]
                    # ("the storming of the Al-Aqsa mosque compound by Israeli settlers": the
                    # act's "by", hung by the parser on the last noun of what it was done to)
                    doers += [g for o in (of_objects(c) if noun is not None and not doers else ()) for p in o.children
                              if p.dep_ == "prep" and p.lower_ == "by" for g in p.children if g.dep_ == "pobj"]
                    # (the name's "by" after it, hung by the parser on the naming verb)
                    doers += [g for p in (c.head.children if c in named else ()) if p.dep_ == "prep" and p.lower_ == "by" and p.i > c.i
                              for g in p.children if g.dep_ == "pobj"]
                    # ("the sanctions imposed by the EU": the doer of the participle)
                    doers += [g for v in c.children if v.dep_ == "acl" for p in v.children if p.dep_ == "agent" for g in p.children
                              if g.dep_ == "pobj"]
                    # (a person's "his" or "her" before an act done to people is the one it was
                    # done to: "calling his arrest illegal" names no arrester)
                    doers += [g for g in c.children if g.dep_ in ("poss", "amod", "compound", "nmod")
                              and not (g.dep_ == "poss" and g.lower_ in ("his", "her", "their") and c.lemma_.lower() in PATIENT_NOUNS)]
                    # ("called the inquiry a witch hunt led by Democrats": who leads the thing
                    # it is called)
                    doers += [g for n in kids if n.dep_ in ("oprd", "xcomp") for v in n.children if v.dep_ == "acl"
                              for p in v.children if p.dep_ == "agent" for g in p.children if g.dep_ == "pobj"]
                    # ("called the arrest a political conspiracy by the government": whose the
                    # thing it is called is)
                    doers += [g for n in kids if n.dep_ in ("oprd", "xcomp") for p in n.children if p.dep_ == "prep" and p.lower_ == "by"
                              for g in p.children if g.dep_ == "pobj"]
                    if verb.lemma_.lower() == "blame":
                        # "blamed the attack on rebel forces": the one it is blamed on, before
                        # where it was ("the Jordan attack"), wherever the parser hangs the
                        # "on" ("blamed the attack on the base on the militia")
                        blamed = [g for p in [*kids, *c.subtree] if p.dep_ == "prep" and p.lower_ == "on" and p.i > c.i
                                  for g in p.children if g.dep_ == "pobj"]
                        on = [m for d in blamed[-1:] for m in self.actors_of(d, through_of=False) if any(ident(a) not in avoid for a in m.actors)]
                        if on or blamed:
                            # (blamed on someone the article names as no actor: not on where
                            # it was, "the Jordan attack")
                            return on, (f"target: whom the '{c.text}' is blamed on" if on else f"the '{c.text}' is blamed on no actor")
                    # ("by hundreds of Israeli settlers": a count of them is they)
                    ms = [m for d in doers for m in self.actors_of(d, through_of=_bare_count(d))
                          if any(ident(a) not in avoid for a in m.actors)]
                    if ms or forceful or (noun is not None and noun.code[:2] in FORCE_AND_COERCION_ROOTS + SANCTION_ROOTS):
                        # (an act of force names no one who did it: nor is its victim the one
                        # condemned, nor the one a sanction is imposed on, "condemned the
                        # expulsion of two Russian journalists"; other acts leave the target to
                        # the other slots)
                        return ms, (f"target: who did the '{c.text}'" if ms else f"the '{c.text}' names no one who did it")
        if pat.code[:2] in ("11", "09", "14") and any(c.dep_ == "dobj" and c.lemma_.lower() in DEATH_NOUNS for c in kids):
            # "are investigating the death of a protester", "protested the death of a woman
            # in custody": the one who died is not the one investigated or protested at, and
            # a death names no one who caused it
            return [], "a death names no one who caused it"
        for c in kids:
            if c.dep_ == "dobj" and self._owned(c) and self._event_noun(c) is not None:
                # "welcomed France's offer", "rejected Beijing's demands": the answer is to the
                # one whose act it was
                ms = [self.by_token[g.i] for g in c.children if g.dep_ == "poss" and g.i in self.by_token]
                ms = [m for m in ms if any(ident(a) not in avoid for a in m.actors)]
                if ms:
                    return ms, f"target: whose '{c.text}' it answers"
        if pat.target == "dobj":
            # only the one acted on directly: "received the minister", not "received an
            # inquiry from the attorney general"
            direct = [c for c in kids if c.dep_ in ("dobj", "dative") and not _relative_beside_object(c, kids)] + ([described] if described is not None else [])
            for c in direct:
                # (a count or a group of people is they: "pushed back a group of Afghan migrants",
                # "released 40 of the prisoners")
                through = _bare_count(c) or c.lemma_.lower() in GROUP_OF_PEOPLE
                ms = [m for m in self.actors_of(c, through_of=through) if any(ident(a) not in avoid for a in m.actors)]
                if ms:
                    return ms, f"object '{c.text}'"
            return [], "no direct object actor"
        for c in kids:
            if c.dep_ in ("prt", "prep") and c.lower_ in ("up", "out", "away", "back"):
                # "kidnapped up to 16 Russian advisers" (a count before the object), "shipped
                # out of Gorazde": the preposition hangs on the particle
                order += [(o, f"object of '{c.text} {p.text}'") for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "of", "from")
                          for o in p.children if o.dep_ == "pobj"]
            if c.dep_ == "dative" and c.pos_ == "ADP":
                # "give aid to Poland" parsed with "to" as the dative
                order += [(o, f"object of '{c.text}'") for o in c.children if o.dep_ == "pobj"]
            elif object_parsed_as_clause(c) and (c.lower_ in pat.obj or c.lemma_.lower() in pat.obj):
                # ("denied them bail", parsed as a clause of "them" doing "bail": its subject is
                # the one it is denied to)
                order += [(sj, f"object '{sj.text}' (to whom '{c.text}' is '{verb.text}')") for sj in c.children if sj.dep_ == "nsubj"]
            elif c.dep_ == "ccomp" and c.tag_ == "VBG" and pat.code[:2] in ("17", "18", "19", "20") and not any(k.dep_ == "dobj" for k in kids):
                # "attacked Palestinian farmers harvesting olives", parsed as a clause: its
                # subject is the one acted on
                order += [(sj, f"object '{sj.text}' (of '{c.text}')") for sj in c.children if sj.dep_ == "nsubj"]
            elif c.dep_ in ("dobj", "dative", "attr", "oprd"):
                if _relative_beside_object(c, kids):
                    # ("a ceasefire which the rebels accuse Damascus of violating", parsed with
                    # two objects): a verb has one; the relative stands for what its
                    # complement acts on, the noun after the verb is the object
                    continue
                if c.dep_ == "dobj" and pat.code[:2] in FORCE_ROOTS and c.lemma_.lower() in WEAPON_NOUNS:
                    # "fired artillery shells at the town": the weapon is what is fired, and
                    # whose it is says nothing of the target
                    continue
                # "branded the minister a liar", parsed as a small clause: the one named is the
                # name's subject
                order += [(sj, f"object '{sj.text}' (named '{c.text}')") for sj in c.children if sj.dep_ == "nsubj" and c.dep_ == "dobj"]
                # ("arrested 475 people, most of them South Korean nationals": who they are, by
                # the apposition of a part of them)
                order += [(a, f"object '{c.text}', '{k.text} of them' {a.text}") for k in kids if c.dep_ == "dobj" and k.dep_ == "npadvmod"
                          and k.lower_ in PARTITIVE_WORDS and k.i > c.i and any(p.lower_ == "of" and any(o.lower_ == "them" for o in p.children) for p in k.children)
                          for a in k.children if a.dep_ == "appos"]
                if c.lemma_.lower() in BORDER_NOUNS:
                    # ("closed its border with Sudan"): whose the border is, is one side; the
                    # one the closure or the show of force is aimed at is the neighbour
                    order += [(o, f"object of '{c.text} {p.text}'") for p in c.children if p.dep_ == "prep" and p.lower_ == "with"
                              and not _names_no_one_aimed_at(pat, c, p) for o in p.children if o.dep_ == "pobj"]
                if c.lemma_.lower() in VEHICLE_NOUNS:
                    # ("intercepted a boat carrying 120 Haitian migrants", "ambushed a convoy
                    # carrying the governor"): the people it carries, before the vehicle
                    order += [(o, f"whom the '{c.text}' {v.text}") for v in c.children if v.dep_ == "acl" and v.lemma_.lower() in CARRYING_PARTICIPLES
                              for o in v.children if o.dep_ == "dobj"]
                order.append((c, f"object '{c.text}'"))
                order += _owners(c)
                # ("announced new sanctions targeting Russia's energy sector", "measures aimed at
                # Chinese firms"): what the participle says the thing is aimed at
                order += [(o, f"what the '{c.text}' {v.text}") for v in c.children if v.dep_ == "acl" and v.lemma_.lower() in TARGETING_PARTICIPLES
                          for o in [*(o for o in v.children if o.dep_ == "dobj"),
                                    *(o for p in v.children if p.dep_ == "prep" and p.lower_ in ("at", "against") for o in p.children if o.dep_ == "pobj")]]
                # "sanctions on X", "troops to X" hang under the object; "calls by X",
                # "an offer from X": whose call or offer it is
                # (but not under a name given: "called it an attack on Afghan civilians" names
                # the ones attacked, not the one criticised)
                for p in (c.children if not (pat.xcomp and c.dep_ in ("oprd", "attr")) else ()):
                    if p.lower_ == "of" and pat.code[:2] in ASKING_ROOTS and c.lemma_.lower() in PATIENT_OF_NOUNS:
                        continue  # (see below: "demanded the release of the journalist")
                    if _names_no_one_aimed_at(pat, c, p, self._event_noun(c) if p.lower_ in ("for", "on", "over", "about") else None):
                        continue
                    if pat.reciprocal and (pat.code == "190" or (p.lower_ in ("over", "about") and (c.lemma_.lower() in pat.obj or c.lower_ in pat.obj))) \
                            and p.lower_ not in pat.prep and c.i not in self.by_token:
                        # ("fight the accusations in court": where, not against whom, as below;
                        # "traded accusations over the Western Sahara": what about)
                        continue
                    if p.dep_ == "prep" and p.lower_ in DEFAULT_TARGET_PREPS + tuple(pat.prep) + ("by",):
                        order += [(o, f"object of '{c.text} {p.text}'") for o in p.children if o.dep_ == "pobj"]
                if c.dep_ == "dobj":
                    # ("banned exports of gallium and germanium to the United States": the "to"
                    # hung by the parser on the goods the object is of, or on the last of those
                    # joined to it, no actor themselves)
                    goods = [g for g in (*of_objects(c), c) for g in (g, *(j for j in g.children if j.dep_ == "conj")) if g is not c]
                    order += [(o, f"object of '{c.text} ... {p.text}'") for j in goods if not j.ent_type_ and j.i not in self.by_token
                              for p in j.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
        if described is not None:
            order.append((described, f"object '{described.text}', the noun '{verb.text}' was parsed to qualify"))
        # "sent a letter to Brussels requesting a delay": a text asks whom it is sent or
        # addressed to (the participle hung on the text, or on the verb that sends it)
        text_noun = (verb.head if verb.dep_ == "acl" and verb.head.lemma_.lower() in SPEECH_NOUNS else next(
            (o for o in verb.head.children if o.dep_ == "dobj" and o.lemma_.lower() in SPEECH_NOUNS and o.i < verb.i), None) if verb.dep_ == "advcl" else None) \
            if pat.code[:2] in ASKING_ROOTS and verb.tag_ == "VBG" else None
        if text_noun is not None:
            around = [*text_noun.children, *(text_noun.head.children if text_noun.dep_ == "dobj" else ())]
            order += [(o, f"object of 'to', whom the {text_noun.text} is addressed") for p in around
                      if p.dep_ in ("prep", "dative") and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
        if verb.dep_ == "ccomp" and pat.code[:2] in ("17", "18", "19", "20") and not any(c.dep_ in ("dobj", "dative") for c in kids):
            # "killed at least 14 people, residents and a local group said": the parser makes
            # the ones acted on the first of the speakers; the noun that begins right after
            # the verb, with the speakers joined to it after a comma, is the object
            for sj in verb.head.children:
                if (sj.dep_ == "nsubj" and sj.left_edge.i == verb.i + 1 and sj.i in self.by_token
                        and any(j.dep_ == "conj" and j.nbor(-1).text == "," for j in sj.subtree)):
                    order.insert(0, (sj, f"object '{sj.text}' (parsed as the first speaker of '{verb.head.text}')"))
        if not any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in kids) and verb.i + 2 < len(self.doc) \
                and self.doc[verb.i + 1].lower_ in ("and", "or"):
            # ("police arrested and charged two men", "has armed and trained the Houthis"): two
            # verbs joined before one object share it
            order += [(o, f"object '{o.text}', shared with '{j.text}'") for j in kids if j.dep_ == "conj" and j.i == verb.i + 2
                      and j.pos_ == "VERB" and not any(c.dep_ in ANY_SUBJ for c in j.children)
                      for o in j.children if o.dep_ == "dobj"]
        # (and a count arrested or detained: "police arrested 12 over the attack")
        counted = [c for c in kids if c.dep_ == "dobj" and c.tag_ == "CD" and not any(k.dep_ == "prep" for k in c.children)] \
            if self.state.home is not None and (self._harm_verb(verb) or self._own_code(verb)[:3] == "173") else []
        first = verb
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        # (the act a result clause, "..., killing 50", results from, and whom it was aimed at)
        result_of = (result_of_gerund(first) or first.head) if first.dep_ == "advcl" and first.tag_ == "VBG" and first.i > first.head.i else None
        aimed = [m for c in result_of.children if c.dep_ in ("dobj", "prep") and c.i < first.i for t in c.subtree
                 if t.i < first.i and (m := self.by_token.get(t.i)) is not None and not any(ident(a) in avoid for a in m.actors)] \
            if result_of is not None and (counted or self._harm_verb(verb)) else []
        if counted and aimed and result_of is not None:
            # ("launched rocket fire against guerrilla camps, killing or wounding 50"): the ones
            # harmed are those the act it results from was aimed at, when it names them
            return aimed[:1], f"target: '{counted[0].text}', of those '{result_of.text}' was aimed at"
        guessed = [m for c in kids if c.dep_ == "dobj" and (m := self.by_token.get(c.i)) is not None and m.how == "home-role"
                   and len(m.actors) == 1 and m.actors[0].role] if not counted and aimed else []
        sides = {a.country for m in aimed for a in m.actors}
        if guessed and len(sides) == 1 and result_of is not None:
            # ("opened fire on an Israeli checkpoint near Nablus, wounding two soldiers"): the
            # ones harmed, whose country only the story's is guessed for, are of the side the act
            # they result from was aimed at, when it names one
            harmed, (side,) = guessed[0], sides
            # (but a foreign mission is guarded by the police of the country it stands in:
            # "stormed the Chinese consulate in Karachi, killing two police officers")
            guards = harmed.actors[0].role in ("COP", "MIL") and all(names_a_mission(m.text) for m in aimed)
            if side is not None and side != harmed.actors[0].country and side not in {x[:3] for x in avoid} and not guards:
                actor = self.coder.resolver.dictionary.country_actor(side, harmed.actors[0].role)
                return ([Mention(harmed.text, harmed.start, harmed.end, harmed.sentence_index, (actor,), harmed.how)],
                        f"target: '{harmed.text}', of the side '{result_of.text}' was aimed at")
        if counted:
            # ("a suicide bomber killed 12 at a mosque"): a count alone harmed is that many
            # people, of where it was done when the clause names a place ("killed 12 in Gaza",
            # in a story from Washington), else of the country the article is about, as
            # "killing 12 people" would be
            where = next((a.country for p in preps if p.lower_ in LOCATIVE_PREPS for o in p.children if o.dep_ == "pobj"
                          for m in self.actors_of(o, placed=True) for a in m.actors if a.kind == "country" and a.role is None and a.country), None) \
                or next((placed_in for p in preps if p.lower_ in LOCATIVE_PREPS for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"
                         and (placed_in := self._place_country(o, o.text))), None)
            people = Mention(counted[0].text, counted[0].idx, counted[0].idx + len(counted[0].text), 0,
                             (self.coder.resolver.dictionary.country_actor(where or self.state.home, "CVL"),), how="home-role")
            return [people], f"target: '{counted[0].text}', a count of people harmed" + (" where it was done" if where else "")
        later: list[tuple[Token, str]] = []
        for p in preps:
            # (a mutual act takes its counterpart only by its own prepositions: "clashed over
            # Brexit" names what about, not with whom)
            if p.lower_ in DEFAULT_TARGET_PREPS and p.lower_ not in pat.prep and p.dep_ != "agent" and not pat.reciprocal \
                    and not (p.lower_ == "with" and p.i > 0 and _names_no_one_aimed_at(pat, p.doc[p.i - 1], p)) \
                    and not (p.lower_ == "from" and pat.code[:2] in FORCE_ROOTS and pat.code != "192"):
                # (nor "from" after an act of force, which names where it came from: "a missile
                # fired from Yemen at Eilat"; territory is taken from whom held it)
                # (nor "with" right after a border noun, hung by the parser on the verb:
                # "captured a town on the border with China")
                # ("condemned the ruling, with a spokesman saying ...": a circumstance told
                # by its own verb, not whom the act is aimed at)
                order += [(o, f"object of '{p.text}'") for o in p.children if o.dep_ == "pobj" and not _a_term(o)
                          and not (p.lower_ == "with" and any(v.dep_ == "acl" and v.tag_ in ("VBG", "VBN") for v in o.children))]
                # ("sentenced a cartoonist to three years in prison and a researcher to two
                # years", the second one sentenced parsed as joined to the first term)
                order += [(j, f"'{j.text}', joined to the term '{o.text}'") for o in p.children if o.dep_ == "pobj" and _a_term(o)
                          for j in o.children if j.dep_ == "conj" and not _a_term(j)]
        # "called for sanctions against X", "conceded to demands from X"
        for o, why in list(order):
            if o.dep_ == "pobj":
                if o.lemma_.lower() in REASON_NOUNS:
                    continue  # "in response to the invasion of Ukraine": why, not at whom
                if o.tag_ == "VBG" and o.head.lower_ in ("with", "for", "of"):
                    # ("charged two men with spying for Russia"): an act one is charged with,
                    # held for or accused of names its own others, not whom the charge is
                    # aimed at
                    continue
                for p in o.children:
                    if _names_no_one_aimed_at(pat, o, p):
                        continue
                    if p.dep_ == "prep" and p.lower_ in DEFAULT_TARGET_PREPS + ("by",):
                        later += [(oo, f"{why}, '{o.text} {p.text}'") for oo in p.children if oo.dep_ == "pobj"]
        # "welcomed the resumption of ties with X": the object's "of"-phrase carries the target
        # (not the act an accused one is accused "of": "accused Western countries of meddling
        # in Georgia's affairs" is not aimed at Georgia)
        for c in kids:
            if c.dep_ == "dobj":
                later += [(oo, f"object '{c.text} of {o.text} {p.text}'") for o in of_objects(c) if o.tag_ != "VBG" for p in o.children
                          if p.dep_ == "prep" and p.lower_ in DEFAULT_TARGET_PREPS for oo in p.children if oo.dep_ == "pobj"]
        if pat.code[:2] in CLAUSE_TARGET_ROOTS:
            # "insisted on its demands that Burundi's government grant ...": the subject of
            # the clause the demand states
            for o, why in list(order):
                for c in o.children:
                    if c.dep_ in ("acl", "ccomp") and is_that_clause(c):
                        order += [(sj, f"{why}, subject of its clause '{c.text}'") for sj in c.children if sj.dep_ in ANY_SUBJ]
        placed = pat.code[:2] not in COOPERATIVE_ROOTS
        # (a statement or an act done by speaking is made to someone, never at a territory:
        # "negotiators said in Havana", "condemned the raid at a news conference in Kabul" tell
        # where it was said)
        said = pat.code[:2] == "01" or pat.code[:2] in SPOKEN_ROOTS
        for tok, why in order + later:
            if tok.i in skip:
                continue
            gov = tok.head if tok.dep_ == "pobj" else None
            if gov is not None and gov.lower_ in PLACE_PREPS and gov.lower_ not in pat.prep and (not placed or (said and _said_at(gov, verb))) \
                    and self._is_place(tok):
                continue  # "in Brussels": where, not whom
            if pat.code[:2] == "14" and gov is not None and gov.lower_ in PROTEST_DESTINATION_PREPS and verb.lemma_.lower() != "protest" and not any(
                    a.role in DOOR_ROLES for m in self.actors_of(tok, placed=False) for a in m.actors):
                # "marched toward the Bolivian city", "marched to the square": whither a protest
                # goes, unless it is an institution's door ("marched to parliament", above), is
                # not whom it is against (but "protested to Seoul" is made to Seoul)
                continue
            if pat.code[:2] == "16" and tok.dep_ == "pobj" and tok.head.lower_ == "by":
                continue  # (the doer of a cut act is not whom it was with)
            if pat.code[:2] == "16" and tok.dep_ == "dobj" and self._event_noun(tok) is not None:
                # "cancelled a visit by an Israeli delegation to Washington", "suspended talks
                # with Kyiv": relations are cut with whom the act was to be with, not its doer
                # (the small model often hangs "to Washington" on the doer of "by")
                # (and a "with" right after the act, hung by the parser on the verb: "suspended
                # peace talks with a faction of FARC dissidents")
                aimed = self._aimed_at(tok) or [m for p in tok.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children
                                                if o.dep_ == "pobj" for m in self._aimed_at(o)] \
                    or [m for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" and p.i == tok.i + 1
                        for o in p.children if o.dep_ == "pobj" for m in self.actors_of(o)]
                if aimed:
                    return aimed, f"target: whom the cut '{tok.text}' was with"
                if any(p.dep_ == "prep" and p.lower_ == "by" for p in tok.children):
                    continue  # (its doer is not whom it was with: the next phrase may say)
            # ("demanded the release of the journalist", "called for his release": the one it
            # is done to is not the one asked)
            patient = pat.code[:2] in ("02", "10") and tok.lemma_.lower() in PATIENT_OF_NOUNS
            ms = [self._community_in_place(m, tok, verb) for m in self.actors_of(tok, placed=placed, through_of=not patient, owners=not patient)]
            if ms and any(ident(a) not in avoid for m in ms for a in m.actors):
                return ms, f"target: {why}"
        if pat.code[:2] in CLAUSE_TARGET_ROOTS:
            ms, why = self._clause_subject(verb, active=pat.code[:2] == "09")
            own = {x[:3] for x in avoid}
            if ms and (pat.code[:2] == "13" or (pat.code[:2] == "03" and len(own) == 1)) and all(
                    a.country in own and (a.role in OWN_SIDE_ROLES or a.role is None or pat.code[:2] == "03") for m in ms for a in m.actors):
                # "warned that Turkish forces would strike Syrian troops": a threat of the
                # source's own forces is aimed at whom they would act on (and so is one side's
                # promise: "vowed that the government would hunt down every cell"); its own
                # people are whom it warns ("warned that anyone who disturbed order would be
                # punished")
                return self._clause_object(verb, avoid, own) or ([], "the clause's subject is the source's own side, and it acts on no one else: no target")
            if ms:
                return ms, why
        # an object that is a place ("shelled Juba", "visited Aleppo") stands for its country
        has_obj = any(c.dep_ == "dobj" for c in kids)
        # (and a town force is aimed at: "fired a missile toward the city of Jizan")
        aimed_towns = [o for p in [*preps, *(q for c in kids if c.dep_ == "dobj" for q in c.children if q.dep_ == "prep")]
                       if p.lower_ in ("at", "toward", "towards", "on", "into") for o in p.children
                       if o.dep_ == "pobj" and o.lemma_.lower() in TOWN_NOUNS] if pat.code[:2] in FORCE_ROOTS else []
        for c in kids + aimed_towns:
            # a place name right after the verb is sometimes parsed as an adverb ("shelled Mosul")
            adverbial_place = not has_obj and c.dep_ in ("advmod", "npadvmod") and c.ent_type_ in ("GPE", "LOC", "NORP") and c.i == verb.i + 1
            if (c.dep_ == "dobj" or adverbial_place or c in aimed_towns) and c.i not in skip:
                # ("the town of Nikopol": the place the town noun is of)
                town = next((o for o in of_objects(c) if o.pos_ == "PROPN"), None) if c.lemma_.lower() in TOWN_NOUNS else None
                if town is not None and not self._ent_text(c):
                    c = town
                name = self._ent_text(c) or (c.text if c.pos_ == "PROPN" and c.ent_type_ not in ("PERSON", "ORG") else None)
                # (a town the tagger takes for a body is a place only where the article names
                # its country: "KYIV — Russian forces shelled Nikopol")
                named_only = name is None and c.pos_ == "PROPN" and c.ent_type_ == "ORG" and c.i not in self.by_token
                name = c.text if named_only else name
                iso3 = self._place_country(c, name, named_only=named_only) if name else None
                if iso3 is not None:
                    host = self.coder.resolver.country(iso3)
                    if host.code not in avoid:
                        return [self._at_place(c, host)], f"target: the country of the place '{c.text}'"
        # ("fired missiles at a Greek-owned bulk carrier": a thing a country's people own or
        # whose flag it flies is that country's)
        things = [c for c in kids if c.dep_ == "dobj"] + [o for p in preps if p.lower_ in DEFAULT_TARGET_PREPS for o in p.children if o.dep_ == "pobj"]
        # (and what the object is laid on: "imposed duties on Chinese-made solar panels")
        things += [o for c in kids if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
                   for o in p.children if o.dep_ == "pobj"]
        own = {x[:3] for x in avoid}
        for c in things:
            for word, iso3 in self._nations_owning(c, pat):
                if iso3 not in own:
                    return [self._at_place(word, self.coder.resolver.country(iso3))], f"target: whose the '{c.text}' is, '{word.text}-{word.nbor(2).text}'"
        protest = next((pt for pt in self.lex.verbs.get(verb.head.lemma_.lower(), ()) if pt.code[:2] == "14"), None) \
            if pat.code[:2] in ASKING_ROOTS and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i < verb.i else None
        if protest is not None:
            # ("marched on the council's headquarters, demanding a pay rise": what protesters
            # demand, they demand of whom they protest against)
            ms, why = self.objects(verb.head, protest, skip, avoid)
            if ms:
                return ms, f"{why}, against whom '{verb.head.text}' while '{verb.text}'"
        if pat.code[:2] == "14" and protest is None:
            # ("protested against a recount, accusing the election commission of bias",
            # "marched through the capital, demanding the president's resignation"): whom
            # protesters accuse or make demands of while protesting is whom they protest against
            # (the participle's own objects only: its target is not asked of the protest again)
            for c in kids:
                if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > verb.i and not any(a.dep_ in SUBJ for a in c.children):
                    said = any(pt.code[:2] in ("02", "10", "11") for pt in self.lex.verbs.get(c.lemma_.lower(), ()))
                    ms = [m for o in c.children if o.dep_ == "dobj" for m in self.actors_of(o)] if said else []
                    if ms and not all(ident(a) in avoid for m in ms for a in m.actors):
                        return ms, f"target: whom '{verb.text}' while '{c.text}'"
            ms = self.disputed_with(verb)
            if ms and not all(ident(a) in avoid for m in ms for a in m.actors):
                return ms, "target: the other side of the dispute it is part of"
        return self.curfew_people(self._curfew_places(verb)) or ([], "no target actor")

    def disputed_with(self, head: Token) -> list[Mention]:
        """The other side of a dispute a protest is told as part of ("went on strike in a
        row with the transport ministry", "began a strike in a dispute with the government")."""
        return [m for p in head.children if p.dep_ == "prep" and p.lower_ == "in" for d in p.children
                if d.dep_ == "pobj" and d.lemma_.lower() in DISPUTE_NOUNS for w in d.children if w.dep_ == "prep" and w.lower_ == "with"
                for o in w.children if o.dep_ == "pobj" for m in self.actors_of(o)]

    def _nations_owning(self, thing: Token, pat: Pattern) -> list[tuple[Token, str]]:
        """(the word, its country) of a nationality a thing is said to be of by a hyphen ("a
        Greek-owned bulk carrier", "a British-flagged tanker"), the word being no actor; for a
        penalty (``pat`` a sanction or a ban), also where goods are made ("Chinese-made")."""
        doc = thing.doc
        words = OWNED_OR_MADE if pat.code[:2] == "16" or pat.code[:3] == "172" else OWNED_WORDS
        # (the tokenizer keeps some as one word: "a U.S.-owned cargo ship")
        glued = [(v, iso3) for v in thing.children if "-" in v.text and v.lower_.rpartition("-")[2] in words
                 and (iso3 := self.coder.resolver.country_named(v.text.rpartition("-")[0]))]
        return [(doc[v.i - 2], iso3) for v in thing.children
                if v.lower_ in words and v.i >= 2 and doc[v.i - 1].text in HYPHENS and not doc[v.i - 2].whitespace_
                and (iso3 := self.coder.resolver.country_named(doc[v.i - 2].text))] + glued

    @staticmethod
    def _curfew_places(trigger: Token) -> list[Token]:
        """The objects of the phrases that say where a curfew holds ("in Djibo", "on the
        capital"), hung on the curfew or on the verb that imposes or lifts it; ``trigger`` is
        that verb, or the curfew itself when the event is the noun ("ordered a curfew in
        Mopti town", "declared a state of emergency in Santiago")."""
        if trigger.lemma_.lower() in CURFEW_NOUNS or trigger.lemma_.lower() == "emergency":
            # (a state of emergency, CAMEO 1724, is laid on a place as a curfew is: "declared a
            # state of emergency in Santiago", the place hung on "state")
            noun = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.pos_ == "NOUN" else trigger
            curfews, verb = [noun], (noun.head if noun.dep_ == "dobj" else None)
        else:
            curfews, verb = [c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() in CURFEW_NOUNS], trigger
        holders = [*(g for c in curfews for g in c.children), *(verb.children if curfews and verb is not None else ())]
        return [o for p in holders if p.dep_ == "prep" and p.lower_ in ("in", "on", "across", "over") for o in p.children if o.dep_ == "pobj"]

    def curfew_people(self, wheres: list[Token]) -> tuple[list[Mention], str] | None:
        """("imposed a curfew in Djibo", "lifted the curfew in the province of El Oro"): a
        curfew (CAMEO 1723) or a state of emergency (1724) is laid on the people of where it
        holds, and lifted for them."""
        for o in (t for w in wheres for t in w.subtree):
            ent = next((e for e in self.doc.ents if e.start == o.i), None) if o.ent_iob_ == "B" else None
            if ent is not None and ent.label_ in ("GPE", "LOC", "ORG", "FAC") and (iso3 := self._place_country(o, ent.text)) is not None:
                where = Mention(ent.text, ent.start_char, ent.end_char, 0, (self.coder.resolver.country(iso3),), how="place")
                return [where], f"target: the people of '{ent.text}', where it holds"
        return None

    def _summarised_act(self, verb: Token) -> Token | None:
        """For a verb of a relative clause on a noun that sums up the clause before it ("...,
        a move China called bullying", "..., a charge the minister denied"), the verb of
        that clause: the noun's head, up the tree to the first verb."""
        noun = verb.head
        if verb.dep_ != "relcl" or noun.lemma_.lower() not in SUMMARY_NOUNS or noun.left_edge.i == 0 \
                or self.doc[noun.left_edge.i - 1].text != "," or noun.left_edge.lower_ not in ("a", "an", "the"):
            return None
        h, hops = noun.head, 0
        while h.pos_ not in ("VERB", "AUX") and h.head.i != h.i and hops < 4:
            h, hops = h.head, hops + 1
        return h if h.pos_ in ("VERB", "AUX") and h.i < noun.i else None

    def _request_answered(self, verb: Token) -> Token | None:
        """For a verb of a relative clause opened by ", which" as its object ("..., which
        Kampala refused"), the verb of asking or offering of the clause before it, up the tree
        from the noun the parser hung it on; None if there is none."""
        which = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "which"), None)
        if verb.dep_ != "relcl" or which is None or which.i == 0 or self.doc[which.i - 1].text != ",":
            return None
        h = verb.head
        for _ in range(6):
            if h.pos_ == "VERB" and h.lemma_.lower() in ASKING_VERBS | OFFERING_VERBS:
                return h
            if h.head.i == h.i:
                break
            h = h.head
        return None

    def _clause_object(self, verb: Token, avoid: frozenset[str], own: set[str]) -> tuple[list[Mention], str] | None:
        """Whom the verb of the verb's "that"-clause acts on ("warned that its forces would
        strike *Syrian troops*", "... would resume operations against *the rebels*", "would take
        action against *anyone who* ..."), else whose act the threat is conditioned on ("would
        retaliate if *Israel* struck"): an actor other than ``avoid``, of none of the ``own``
        countries, or of the own country but not its forces ("would arrest *the organisers*"),
        or a person it names, or another branch of its state than the source's ("would hold
        *the administrator* in contempt", a lawmaker's threat)."""
        for c in clauses_of(verb):
            if c.dep_ != "ccomp":
                continue
            acts = [self.doc[i] for h in predicates_of(c) for i in xcomp_chain(h)]
            found: list[tuple[Token, str]] = [(o, f"whom the clause '{c.text}' acts on") for v in acts for o in v.children
                                              if o.dep_ in ("dobj", "dative")]
            found += [(o, f"whom the clause '{c.text}' acts against") for v in acts
                      for h in [v, *(o for o in v.children if o.dep_ == "dobj")] for p in h.children
                      if p.dep_ == "prep" and p.lower_ in THREAT_PREPS for o in p.children if o.dep_ == "pobj"]
            # (the condition's subject itself an actor: not "if the Hong Kong situation worsens")
            found += [(sj, f"whose act the clause's condition '{a.text}' names") for v in acts for a in conditions_of(v)
                      for sj in a.children if sj.dep_ in SUBJ and sj.i in self.by_token]
            for o, why in found:
                ms = [m for m in self.actors_of(o) if any(threatened(a, avoid, own) for a in m.actors)]
                if ms:
                    return ms, f"target: {why}"
        return None

    def _clause_subject(self, verb: Token, *, active: bool = False) -> tuple[list[Mention], str]:
        """The subject of the verb's "that"-clause: "demanded that *the US* cancel ...";
        ``active``: only a doer ("investigating whether *the senator* took bribes", not
        "whether the victim was shot": the one a passive acts on is not investigated)."""
        for c in clauses_of(verb):
            if c.dep_ == "ccomp" or c.dep_ == "ROOT":
                for s in c.children:
                    if s.dep_ in (SUBJ if active else ANY_SUBJ):
                        ms = self.actors_of(s)
                        if ms:
                            return ms, f"target: subject of the clause '{c.text}'"
                if c.dep_ == "ccomp" and c.pos_ == "NOUN" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                    # ("demanded that Pakistan hunt down those behind the attack", parsed as the
                    # noun "hunt" with the country its modifier: a clause's head is its verb,
                    # and the name before it its subject)
                    ms = [m for s in c.children if s.dep_ == "compound" and s.i < c.i for m in self.actors_of(s)]
                    if ms:
                        return ms, f"target: '{ms[0].text}', subject of the clause '{c.text}' (parsed as a noun)"
        return [], "no target actor in the clause"

    def _place_country(self, t: Token, name: str | None = None, *, named_only: bool = False) -> str | None:
        """The country of the place ``t`` names (or ``name``), if the actor dictionary knows it
        (a small town only when the article names its country: "the village of Solhan" in a
        story from Burkina Faso is not Turkey's)."""
        word = name or self._ent_text(t) or t.text
        pl = places.find(word)
        iso3 = pl.country if pl is not None else None
        if iso3 and (places.minor_place(word) or named_only) and not any(a.country == iso3 for m in self.by_token.values() for a in m.actors) \
                and iso3 not in self._filed_in(t.doc):
            # (a story filed from a city of the country names it: "KYIV — Russian forces
            # shelled the town of Nikopol")
            return None
        return iso3 if iso3 and known_country(self.coder.resolver, iso3) else None

    @staticmethod
    def _filed_in(doc: Doc) -> set[str]:
        """The countries of the cities the text's datelines name."""
        out = set()
        for m in datelines(doc_text(doc)):
            city = m.group("city").strip().split("/")[0].strip()
            pl = places.find(city.title()) if city else None
            if pl is not None and pl.country:
                out.add(pl.country)
        return out

    @staticmethod
    def _at_place(t: Token, actor: Actor) -> Mention:
        """A mention of the actor that the place word ``t`` stands for."""
        return Mention(t.text, t.idx, t.idx + len(t.text), 0, (actor,), how="place")

    def _passive_subjects(self, verb: Token) -> list[Mention]:
        """The actors of a passive verb's subjects (``_passive_subject`` of each)."""
        return [m for s in verb.children if s.dep_ in SUBJ_PASS for m in self._passive_subject(s, verb)]

    def _passive_subject(self, subj: Token, verb: Token) -> list[Mention]:
        """Who a passive's subject names as acted on. ("military aid to Kyiv was frozen": an
        act, aimed at its "to"; "a girl who was abducted": the one the relative pronoun
        stands for; "a lawmaker whose home was raided": the owner of what was acted on.)"""
        if (told := self._event_noun(subj)) is not None:
            # ("The talks were hosted by France's president", after "the presidents of Russia
            # and Ukraine met": the talks named again are the two sides')
            return self._aimed_at(subj) or self.sides_named_before(subj, told)
        relative = verb.dep_ == "relcl"
        if relative and subj.lower_ in RELATIVE_PRONOUNS:
            return self.actors_of(verb.head)
        # (what is released or freed that is no one, "Taylor Swift's albums were released",
        # sets no one free: not its owner)
        found = self.actors_of(subj, owners=verb.lemma_.lower() not in ("release", "free"))
        if not found and relative and any(c.dep_ == "poss" and c.lower_ == "whose" for c in subj.children):
            return self.actors_of(verb.head)
        return found

    def sides_named_before(self, noun: Token, pat: Pattern) -> list[Mention]:
        """The two sides just named, when a definite noun of a mutual act of their kind names
        their act again ("a deal between the United States and China ... people familiar with
        the talks": the talks are between the sides just named; not the two armies that
        exchanged fire the sentence before); [] otherwise."""
        pair = self.state.last_pair
        if pat.reciprocal and pair is not None and self.state.sentence - pair[0] <= 2 and pair[2] in (None, cooperative(pat.code)) \
                and any(d.dep_ == "det" and d.lower_ == "the" for d in noun.children):
            return list(pair[1])
        return []

    def _aimed_at(self, noun: Token) -> list[Mention]:
        """Who a nominal act is aimed at, by its preposition ("aid to Kyiv", "sanctions on
        Iran", "the attack against the base")."""
        return [m for p in noun.children if p.dep_ == "prep" and p.lower_ in ("to", "on", "against", "for", "with")
                for o in p.children if o.dep_ == "pobj" for m in self.actors_of(o)]

    def _owned(self, tok: Token) -> bool:
        """Whether a nominal event names its doer by a possessive name ("Beijing's demands",
        "Russia's attack"): then it is that actor's act, not the content of the verb above it."""
        return any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") and c.i in self.by_token for c in tok.children)

    def _blamed_on(self, noun: Token) -> list[Mention]:
        """The ones an act ``noun`` is blamed on by the clause that describes it ("an attack
        the army blamed on the ELN"); [] otherwise."""
        verbs = [c for c in noun.children if c.dep_ in ("relcl", "acl")]
        return [m for v in verbs if v.lemma_.lower() in BLAMING_VERBS for p in v.children if p.dep_ == "prep" and p.lower_ in ("on", "to")
                for o in p.children if o.dep_ == "pobj" for m in self.actors_of(o) if m.actors]

    def _weapon_source(self, tok: Token) -> tuple[list[Mention], str, bool]:
        """Who the text names behind the weapon or the attack that did it: "three villagers
        were killed in Ethiopian artillery shelling", "were killed by an Israeli air strike",
        "a Syrian army rocket hit the town": the actor qualifying the weapon or attack noun.
        A weapon with no one named behind it ("a roadside bomb near Samarra killed ...")
        leaves the source empty; where it went off says nothing of who set it. The flag: the
        source is only whom the attack is blamed on ("an attack the army blamed on the ELN")."""
        doers = [c for c in tok.children if c.dep_ in SUBJ] + [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if any(c.dep_ == "auxpass" for c in tok.children) or tok.lemma_.lower() in ("die", "perish"):
            # "was killed in a car bomb explosion", "died in an air strike": named by "in"
            doers += [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "by") for o in c.children if o.dep_ == "pobj"]
        for d in doers:
            lem = d.lemma_.lower()
            # ("struck by bottles and fireworks thrown from the crowd", "by stones hurled by
            # protesters"): whoever threw what struck did it
            throwers = [m for v in d.children if v.dep_ == "acl" and v.tag_ == "VBN" and v.lemma_.lower() in THROWING_VERBS
                        for p in v.children if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ == "from")
                        for o in p.children if o.dep_ == "pobj" for m in self.actors_of(o) if m.actors]
            if throwers:
                return throwers[:1], f"source: '{throwers[0].text}', who threw the '{d.text}'", False
            noun = self._event_noun(d)
            # (a raid or an operation that killed is the force that did it: "killed in police
            # anti-drug operations")
            attack = lem in WEAPON_NOUNS or lem == "operation" or (noun is not None and noun.code[:2] in FORCE_AND_COERCION_ROOTS)
            if not attack and not any(c.dep_ == "compound" and c.lemma_.lower() in WEAPON_NOUNS for c in d.children):
                continue
            quals = [c for c in d.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
            quals += [g for c in quals if c.dep_ == "compound" for g in c.children if g.dep_ in ("amod", "compound", "poss")]
            # ("killed in a raid by US special forces": the attack's own "by")
            quals += [o for c in d.children if c.dep_ == "prep" and c.lower_ == "by" for o in c.children if o.dep_ == "pobj"]
            for q in quals:
                m = self.by_token.get(q.i)
                if m is not None:
                    return [m], f"source: '{m.text}' named behind the '{d.text}'", False
            if blamed := self._blamed_on(d):
                # ("were killed in an attack the army blamed on the ELN")
                return blamed, f"source: '{blamed[0].text}', whom the '{d.text}' is blamed on", True
            return [], f"no source: the '{d.text}' did it and no one is named behind it", False
        return [], "", False

    def _community_in_place(self, m: Mention, head: Token, *verbs: Token) -> Mention:
        """A community named by where it lives ("ethnic Albanians in south Serbia", "the
        Albanians of southern Serbia", "Kurds demonstrated in Syria") acts, as CAMEO codes
        such groups, as people of that country."""
        if len(m.actors) != 1:
            return m
        a = m.actors[0]
        plural_people = a.kind == "country" and a.role is None and head.tag_ in ("NNS", "NNPS") and head.lower_ != a.name.lower()
        # a religious community with no country ("Moslem forces in east Bosnia") is of the
        # country it is in
        believers = a.country is None and a.code[:3] in RELIGION_CODES
        # "the Albanian population of the province", "the Serb minority": an ethnic group
        # named by a nationality, living where the sentence places it
        minority = head.lemma_.lower() in COMMUNITY_HEADS and a.kind == "country"
        if a.role != "ETN" and not plural_people and not believers and not minority:
            return m
        preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "of")]
        named_country = any(t.i != head.i and t.ent_type_ in ("NORP", "GPE") for t in self._mention_tokens(m))
        if (a.role == "ETN" and not named_country) or minority:
            # (not "Iraqi Kurds sought refuge in Germany": their country is named)
            preps += [c for verb in verbs for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "inside")]
        # the place is the object of "in"/"of" or of a further "in" under it ("in a raid in
        # northern Greece"), never a modifier of it ("of the Israeli-occupied West Bank")
        objs = [o for p in preps for o in p.children if o.dep_ == "pobj"]
        nested = [oo for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "in" for oo in p.children if oo.dep_ == "pobj"]
        for place in objs + nested:
            pm = self.by_token.get(place.i)
            if pm is not None and len(pm.actors) == 1 and pm.actors[0].kind == "country" and pm.actors[0].country and pm.actors[0].country != a.country:
                return dataclasses.replace(m, actors=(pm.actors[0],), how="place")
        return m

    def _mention_tokens(self, m: Mention) -> list[Token]:
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return [] if span is None else list(span)

    def _protested(self, tok: Token, avoid: frozenset[str]) -> tuple[list[Mention], str]:
        """Whom a protest is against when its verb names no one: "blocked streets in
        defiance of Chinese authorities", "in protest at X", or its purpose, "blocked a road
        to show their disapproval of US policies", "went on strike to protest against X"."""
        slots: list[Token] = []
        for p in tok.children:
            if p.dep_ == "prep" and p.lower_ == "in":
                for o in p.children:
                    if o.dep_ == "pobj" and o.lemma_.lower() in PROTEST_STANCE_NOUNS:
                        slots += [oo for pp in o.children if pp.dep_ == "prep" and pp.lower_ in ("of", "at", "against", "over", "to")
                                  for oo in pp.children if oo.dep_ == "pobj"]
        # "burned an effigy of the prime minister": the one shown is the one protested against
        slots += [oo for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in EFFIGY_NOUNS
                  for pp in c.children if pp.dep_ == "prep" and pp.lower_ == "of" for oo in pp.children if oo.dep_ == "pobj"]
        # "marched to parliament", "marched on the offices of the city council": a protest taken
        # to an institution's door is aimed at it
        went = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in PROTEST_DESTINATION_PREPS for o in p.children if o.dep_ == "pobj"]
        went += [oo for o in went for pp in o.children if pp.dep_ == "prep" and pp.lower_ == "of" for oo in pp.children if oo.dep_ == "pobj"]
        slots += [o for o in went if any(a.role in DOOR_ROLES for m in self.actors_of(o, placed=False) for a in m.actors)]
        purpose = purpose_clause(tok)
        if purpose is not None and purpose.lemma_.lower() in PROTEST_PURPOSE_VERBS:
            for c in purpose.children:
                if c.dep_ == "dobj" and c.lemma_.lower() in PATIENT_OF_NOUNS:
                    continue  # ("demanding the release of the journalist": not whom it is against)
                if c.dep_ == "dobj":
                    slots.append(c)
                    slots += [oo for pp in c.children if pp.dep_ == "prep" and pp.lower_ in ("of", "for", "at", "against", "over", "with", "toward", "towards")
                              for oo in pp.children if oo.dep_ == "pobj"]
                elif c.dep_ == "prep" and c.lower_ in ("against", "at", "over"):
                    slots += [o for o in c.children if o.dep_ == "pobj"]
                elif c.dep_ == "ccomp" and is_that_clause(c):
                    # "gathered to demand that the government do more": whom the demand is of
                    slots += [sj for sj in c.children if sj.dep_ in SUBJ]
        for o in slots:
            ms = [m for m in self.actors_of(o, placed=False) if any(ident(a) not in avoid for a in m.actors)]
            if ms:
                return ms, f"target: '{o.text}', what the protest is against"
        return [], ""

    def _opposed(self, noun: Token, protesters: list[Mention]) -> tuple[list[Mention], str]:
        """Whom an "anti-" protest is against, by the word after "anti-" ("an anti-American
        rally": the United States; "anti-government protests": the government of the
        protesters' country); [] when that word names no actor ("anti-war protests")."""
        doc = noun.doc
        for c in noun.children:
            if c.dep_ not in ("amod", "compound", "nmod"):
                continue
            if c.i >= 2 and doc[c.i - 1].text in HYPHENS and doc[c.i - 2].lower_ == "anti" and not doc[c.i - 2].whitespace_:
                word = c.text
            elif c.lower_.startswith("anti") and len(c.text) > 5:
                # (kept as one word: "anti-Israel", "antigovernment")
                word = c.text[5:] if c.text[4] in HYPHENS else c.text[4:]
            else:
                continue
            role = OPPOSED_STATE_WORDS.get(word.lower())
            countries = {a.country for m in protesters for a in m.actors if a.country}
            if role is not None and len(countries) == 1:
                actor = self.coder.resolver.dictionary.country_actor(countries.pop(), role)
            elif role is None and (iso3 := self.coder.resolver.country_named(word)) and known_country(self.coder.resolver, iso3):
                actor = self.coder.resolver.country(iso3)
            else:
                continue
            return [self._at_place(c, actor)], f"target: '{word}', whom the 'anti-' {noun.text} is against"
        return [], ""

    def _crowd_source(self, tok: Token) -> tuple[list[Mention], str]:
        """Unnamed people who protest where they are ("thousands of people blocked streets
        in Hong Kong", "prisoners rioted at a jail in Dili"): as CAMEO coders do, the
        protest is the populace's of the country where it happens."""
        subj = [c for c in tok.children if c.dep_ in SUBJ]
        if not subj and tok.dep_ == "acl" and tok.tag_ == "VBG":
            subj = [tok.head]  # "demonstrators protesting election results in Monrovia"
        # (a count of people standing alone, "Hundreds marched", "Dozens gathered", tagged as
        # a name as often as not)
        count = len(subj) == 1 and subj[0].lower_ in CROWD_COUNTS and not any(c.dep_ == "prep" for c in subj[0].children)
        if len(subj) != 1 or (subj[0].pos_ not in ("NOUN", "NUM") and not count) or subj[0].lower_ in PRONOUNS:
            return [], ""
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS]
        # (where what they do is, not where a war they protest is: "protesting the war in Gaza")
        preps += [p for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() not in WAR_NOUNS
                  for p in c.children if p.dep_ == "prep" and p.lower_ in LOCATIVE_PREPS]
        # "took to the streets of La Paz", "marched to the centre of Tehran"
        preps += [pp for c in tok.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() not in WAR_NOUNS
                  for pp in o.children if pp.dep_ == "prep" and pp.lower_ in ("of", "in")]
        for p in sorted(preps, key=lambda t: t.i):
            for t in p.subtree:
                m = self.by_token.get(t.i)
                if m is not None and m.actors[0].kind == "country" and m.actors[0].country:
                    iso3: str | None = m.actors[0].country
                elif t.ent_type_ in ("GPE", "LOC", "FAC") and m is None:
                    iso3 = self._place_country(t)
                else:
                    continue
                if iso3 and known_country(self.coder.resolver, iso3):
                    host = self.coder.resolver.country(iso3)
                    return [self._at_place(t, host)], f"source: unnamed '{subj[0].text}', the people of '{t.text}'"
        if count and self.state.home is not None and known_country(self.coder.resolver, self.state.home):
            # (with no place named, the people of the story's country, as "people" would be)
            s = subj[0]
            people = self.coder.resolver.dictionary.country_actor(self.state.home, "CVL")
            return [Mention(s.text, s.idx, s.idx + len(s.text), 0, (people,), how="home-role")], \
                f"source: unnamed '{s.text}', the people of the story's country"
        return [], ""

    def _is_place(self, tok: Token) -> bool:
        """Whether ``tok`` names a place (a GPE/LOC/FAC entity or a gazetteer name)."""
        if tok.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
        name = self._ent_text(tok)
        return bool(name and places.find(name))

    def _ent_text(self, tok: Token) -> str | None:
        if tok.ent_type_ in ("GPE", "LOC", "FAC"):
            ent = next((e for e in self.doc.ents if e.start <= tok.i < e.end), None)
            return ent.text if ent is not None else tok.text
        # "the city of Kirkuk", "the capital Juba"
        for ch in tok.children:
            if ch.ent_type_ == "GPE":
                return self._ent_text(ch)
            if ch.dep_ == "prep" and ch.lower_ == "of":
                for o in ch.children:
                    if o.ent_type_ == "GPE":
                        return self._ent_text(o)
        return None


# Counts of people that stand alone for a crowd ("Hundreds marched", "Dozens gathered").
CROWD_COUNTS = frozenset({"hundreds", "thousands", "dozens", "scores", "tens"})
# Quantifiers that stand alone for part of a group named before ("and several have
# demanded", "some were arrested").
PARTITIVE_WORDS = frozenset({"some", "several", "many", "most", "others", "few", "both", "all"})
# The bodies of state a protest taken to their door is aimed at ("marched to parliament",
# "gathered outside the headquarters of the DSS", "the army's headquarters").
DOOR_ROLES = STATE_BODY_ROLES | {"MIL", "SPY"}


def controlled_object(tok: Token) -> bool:
    """Whether an object is the doer of a complement of its verb after it: "urged it to
    resume" (an infinitive), "accused it of leaking" ("of" or "for" with a clause)."""
    # (the one accused or blamed is a doer too, of a crime named by a noun: "accusing it of war
    # crimes")
    return any(c.i > tok.i and (c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in ("of", "for") and any(g.dep_ == "pcomp" for g in c.children))
                                or (c.dep_ == "prep" and c.lower_ == ACCUSING_VERBS.get(tok.head.lemma_.lower())))
               for c in tok.head.children)


# Head nouns of a body or of many people, never of one person ("the faction", "the ministry").
BODY_NOUNS = INSTITUTION_NOUNS | COLLECTIVE_NOUNS

# Those who live next to someone: a state's are other states ("its neighbours").
NEIGHBOUR_NOUNS = frozenset({"neighbour", "neighbor"})

# Object forms of the third-person pronouns.
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def threatened(a: Actor, avoid: frozenset[str], own: set[str]) -> bool:
    """Whether ``a`` may be whom a threat of the side ``avoid`` (its idents; ``own`` its
    countries) is aimed at: not that side, nor its own state or forces; its own people are
    ("would arrest the organisers"), a person the article names, or another branch of its state
    than the source's ("would hold the administrator in contempt", a lawmaker's threat)."""
    if ident(a) in avoid:
        return False
    if a.country not in own or a.role not in OWN_SIDE_ROLES:
        return True
    if a.role is None:
        return a.kind == "person"  # (someone the article names, not the state itself)
    roles = {x.split(":")[0][3:6] for x in avoid}
    return a.role in BRANCH_ROLES and roles <= BRANCH_ROLES and a.role not in roles


def names_a_body(m: Mention, a: Actor) -> bool:
    """Whether ``a`` is a state's body (government, legislature, court, police) or a person
    of no office that ``m`` names in its own words, not by a pronoun or a reflexive: one such
    body or person of a country and role is not every other ("the state government called on
    the federal government", "a man stabbed a teenager")."""
    return a.kind == "country" and (a.role in STATE_BODY_ROLES or a.role in NAMED_APART_ROLES) and m.how != "coref"


def _two_institutions(sm: Mention, sa: Actor, tm: Mention, ta: Actor) -> bool:
    """Two institutions of one country, each named in its own words, are two actors though
    they share a code: "the state government called on the federal government", "the
    council asked the Home Office" (the guideline's source is who acts, its target whom the
    act is aimed at). A pronoun or a reflexive standing for the source is the source, and so
    is a word next to it ("the paramilitary Rapid Support Forces")."""
    return (sa.code == ta.code and names_a_body(sm, sa) and names_a_body(tm, ta)
            and (tm.start > sm.end + 1 or sm.start > tm.end + 1))


def _names_a_place_of_people(m: Mention) -> bool:
    words = m.text.lower().split()
    return bool(words) and (" ".join(words[-2:]) in PLACE_ACTOR_NOUNS or words[-1] in PLACE_ACTOR_NOUNS
                            or words[-1].removesuffix("s") in PLACE_ACTOR_NOUNS)


def _relative_beside_object(c: Token, kids: list[Token]) -> bool:
    """Whether ``c`` is a relative pronoun the parser made a verb's object beside a second
    object after it ("which the rebels accuse Damascus of violating": "which" is what the
    complement, "violating", acts on)."""
    return c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS \
        and any(k.dep_ == "dobj" and k.i > c.i and k.lower_ not in RELATIVE_PRONOUNS for k in kids)


def _shared_subject(verb: Token) -> list[Token]:
    """The subject a verb joined by "and" to the main verb before shares with it, when it has
    none of its own ("accepted the resignation and thanked him": who accepted), or []; so in a
    report that opens the sentence ("... and thanked him, Downing Street said"). Not in a
    reported clause after its verb of saying, to which the parser often joins the second verb
    of the sentence ("said the agency had lost its impartiality and accused it": the one who
    said accused, not the agency)."""
    first = first_conjunct(verb)
    opening = first.dep_ == "ROOT" or (first.dep_ == "ccomp" and first.head.i > first.i)
    return [c for c in first.children if c.dep_ in SUBJ] if opening else []


def _other_sex(pronoun: Token, noun: Token) -> bool:
    """Whether ``noun`` names one of the sex other than the pronoun's ("he" and "woman")."""
    low, lemma = pronoun.lower_, noun.lemma_.lower()
    return (low in ("he", "him", "his") and lemma in FEMALE_NOUNS) or (low in ("she", "her", "hers") and lemma in MALE_NOUNS)


# The kinds of actor that are bodies named by their own name ("Amnesty International", the
# EU, Hamas), never one person.
NAMED_BODY_KINDS = frozenset({"igo", "group"})


def _one_person(m: Mention) -> bool:
    """Whether a mention is one person: a person, or one actor of a role people hold named by
    a noun for one ("a 34-year-old man", "the suspect")."""
    return len(m.actors) == 1 and (m.actors[0].kind == "person" or (m.actors[0].role in PERSON_ROLES and _one_person_noun(m.text)))


def _names_one_person(subject: Token, ms: list[Mention]) -> bool:
    """Whether a subject names one person: a person, or one holder of a role people hold named
    by a common noun for one ("the president", "the judge"; not "the ministry", "the coast
    guard")."""
    before = subject.doc[subject.i - 1].lower_ if subject.i > 0 else ""
    return all(len(m.actors) == 1 and (m.actors[0].kind == "person" or (
        subject.tag_ == "NN" and m.actors[0].role in PERSON_ROLES and subject.lemma_.lower() not in BODY_NOUNS
        and not _ends_in_body_noun(f"{before} {subject.lower_}")))
        for m in ms)


def _ends_in_body_noun(words: str) -> bool:
    """Whether words end in a noun of a body, of one word or of two ("the ministry", "the
    coast guard"), not of one person."""
    low = words.lower().split()
    return bool(low) and (low[-1] in BODY_NOUNS or " ".join(low[-2:]) in BODY_NOUNS)


def _subject_split_off(verb: Token) -> list[Token]:
    """The subject of a finite verb of an adverbial clause with no subject, auxiliary or mark of
    its own, when the parser hung it, with the clause's mark, on an adverbial clause before it
    on the same verb ("lodged a protest after mortar shells fired during the fighting
    landed inside its territory": "shells", for "landed"), or none."""
    if verb.dep_ != "advcl" or verb.tag_ not in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
        return []
    return [k for c in verb.head.children if c.dep_ == "advcl" and c.i < verb.i and any(m.dep_ == "mark" for m in c.children)
            for k in c.children if k.dep_ in SUBJ]


def _said_at(prep: Token, verb: Token) -> bool:
    """Whether a place preposition tells where ``verb`` was done: it hangs on the verb, or on
    the place of another that does ("condemned the strike at a news conference in Kabul")."""
    while prep.head.i != verb.i:
        up = prep.head
        if up.dep_ != "pobj" or up.head.lower_ not in PLACE_PREPS:
            return False
        prep = up.head
    return True


def _a_term(noun: Token) -> bool:
    """Whether ``noun`` names a length of time or a penalty, no one ("sentenced a laureate to 10
    years in prison", "to life in prison", "to death": the prison is where the term is served)."""
    return noun.ent_type_ in ("DATE", "TIME") or noun.lemma_.lower() in ("life", "death")


def _one_person_noun(text: str) -> bool:
    """Whether a mention's words end in a noun for one person ("a 34-year-old man", "the
    suspect"), not a plural or a body ("the police", "the ministry")."""
    last = text.lower().split()[-1]
    return not last.endswith("s") and not _ends_in_body_noun(text)


def _one_per_phrase(found: list[Mention], at: dict[int, Token]) -> list[Mention]:
    """One actor for a noun and the agent noun or country that qualifies it, when both are
    of one country: "the teachers' union" is the union, "an opposition newspaper" the
    newspaper, "Police Scotland" the police, but "union leaders" and "party officials" are
    the union's and the party's (a generic head takes its qualifier's role)."""
    drop: set[int] = set()
    for m in found:
        t = at.get(id(m))
        if t is None or t.dep_ not in ("compound", "amod", "poss", "nmod") or len(m.actors) != 1:
            continue
        # (the word it qualifies may be inside the other's phrase: "immigrant rights groups",
        # "University president Lam Ka-wai")
        head = next((h for h in found if (ht := at.get(id(h))) is not None and (ht.i == t.head.i or h.start <= t.head.idx < h.end)
                     and h is not m and len(h.actors) == 1), None)
        if head is None or head.actors[0].country != m.actors[0].country or not (head.actors[0].role or m.actors[0].role):
            continue
        if any(c.dep_ == "conj" and head.start <= c.idx < head.end for c in t.children):
            # ("Congo's army and M23 rebels", parsed with "army and M23" qualifying "rebels"):
            # joined by "and" to a word of the other's own name, it is a second actor
            continue
        if not head.actors[0].role or not m.actors[0].role:
            # ("Police Scotland", "Kenya police": the one with a role)
            drop.add(id(head) if not head.actors[0].role else id(m))
            continue
        drop.add(id(head) if t.head.lemma_.lower() in GENERIC_HEADS else id(m))
    return [m for m in found if id(m) not in drop]


def _document_before(verb: Token) -> Token | None:
    """The text an infinitive right after it states the content of ("a bill to fund the
    government", "a resolution to impose sanctions"), however the parser hangs the infinitive;
    None when the word before its "to" is no such text."""
    if verb.dep_ not in ("advcl", "acl", "xcomp", "relcl") or not _to_infinitive(verb):
        return None
    before = verb.doc[verb.i - 2] if verb.i >= 2 else None
    return before if before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in DOCUMENT_NOUNS else None


def _to_after_participle(obj: Token) -> list[Token]:
    """The "to" phrases inside the phrase of a participle that describes ``obj`` ("a man wanted
    for murder to the United Kingdom"), after the participle's own first complement."""
    out = []
    for a in obj.children:
        if a.dep_ == "acl" and a.tag_ in ("VBN", "VBD"):
            first = min((c.i for c in a.children if c.dep_ in ("prep", "dobj", "agent") and c.i > a.i), default=len(a.doc))
            out += [d for d in a.subtree if d.dep_ == "prep" and d.lower_ == "to" and d.i > first]
    return out


def _plan_before(verb: Token) -> Token | None:
    """The noun of a plot, a plan or an attempt whose "to"-infinitive ``verb`` is: hung on it
    ("an attempt to storm"), or by the parser on the verb whose object it is, right after it
    ("foiled a plot by Hamas to kidnap"); None otherwise."""
    if not _to_infinitive(verb):
        return None
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in PLAN_NOUNS:
        return verb.head
    if verb.dep_ == "advcl":
        return next((o for o in verb.head.children if o.dep_ == "dobj" and o.lemma_.lower() in PLAN_NOUNS and o.right_edge.i == verb.i - 2), None)
    return None


def _to_infinitive(verb: Token) -> bool:
    """Whether ``verb`` is an infinitive right after its "to" ("a bill to fund")."""
    return any(a.dep_ == "aux" and a.lower_ == "to" and a.i == verb.i - 1 for a in verb.children)


def _phrase_before(verb: Token) -> Token | None:
    """The head of the noun phrase that ends right before a passive's auxiliary, when the
    parser hung it elsewhere ("42 protesters, including a farm leader, were detained"): the
    shortest such phrase, not an object of a preposition."""
    aux = next((c for c in verb.children if c.dep_ in ("auxpass", "aux") and c.i < verb.i), None)
    if aux is None:
        return None
    found = [t for t in verb.doc[verb.sent.start : aux.i] if t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ not in ("pobj", "dobj", "compound", "poss")
             and t.right_edge.i == aux.i - 1]
    return max(found, key=lambda t: t.left_edge.i) if found else None
