"""The country an article is about, and the actors it names without saying whose they are.

News prose names most domestic actors without their country: "Police arrested six people",
"the Attorney General is investigating WeWork", "Ambassador Gordon Sondland testified". A
reader takes the country from the article: its dateline ("HANOI, Vietnam (AP) —"), else
the country that the article names far more often than any other. ``home_country`` finds
it; ``at_home`` then gives it

- to an agent noun of the dictionary that its sentence leaves without a country (police,
  prosecutors, the court, lawmakers, residents) when that sentence names no country at all
  (a sentence naming one country already gives it that one; two or more, none);
- to a person or organisation that spaCy's named-entity recogniser finds and the
  dictionary does not know ("Gordon Sondland", "WeWork", "Columbus Police Department"),
  with the role of a title before it ("Ambassador", "Sen.", "Lt.") or of an agent noun
  inside its name ("Police Department" -> COP).

Nothing is guessed when the article has no clear home: a missing actor costs less than a
wrong one. Mentions made here say so in their ``how`` (``home-role``, ``home-person``,
``home-organisation``) so that the event coder can weigh them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tidings.model import Actor, Mention
from tidings.nlp import HYPHEN_TOKENS, columns, doc_text, token_ending_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# The share of country mentions the leading country needs, and how many it needs at least
# when another country is named too.
HOME_SHARE = 0.5
HOME_MIN = 2.0
# Roles that never make a sentence "name a country" for this purpose: a wire service
# credited in a dateline ("(Reuters)") is not what the sentence is about.
NEUTRAL_ROLES = frozenset({"MED"})
# Agent roles that a bare noun takes from the article's home.
HOME_ROLES = frozenset({"GOV", "COP", "MIL", "JUD", "LEG", "OPP", "PTY", "SPY", "CVL", "CRM", "BUS", "EDU", "HLH", "LAB", "MED", "REF", "ELI", "REB", "UAF", "AGR", "REL", "HRI"})
# Agent roles that a bare plural noun takes from the place it is "in" ("rebels in Darfur"
# -> SDNREB, "protesters in Hong Kong"): people of the place rather than visitors to it.
LOCAL_ROLES = frozenset({"REB", "OPP", "CVL", "LAB", "EDU", "REL", "CRM", "UAF"})
# Roles of a country's population: of the one country a sentence names only when it names
# it as where things happen ("gangs have killed 4,000 people in Haiti"). (LOCAL_ROLES answers
# another question, whose a plural with its own "in"-phrase is, for another set of roles.)
PEOPLE_ROLES = frozenset({"CVL", "CRM", "LAB", "EDU", "HLH", "AGR"})
# Roles of people named by their nationality where they are not at home (migrants,
# refugees): who they are, not where a story or a sentence is.
FOREIGNERS_ROLES = frozenset({"REF"})
# Roles of those who are mostly acted on in a story (firms, people, migrants): one acted on
# does not make a story about its country.
ACTED_ON_ROLES = PEOPLE_ROLES | FOREIGNERS_ROLES | {"BUS", "MED"}
# Agents who are of the place they act in, when the text names no country for them.
LOCAL_FORCES = frozenset({"MIL", "COP"})
# Roles of those who are of where they act or live (police, soldiers, fighters, residents,
# workers, refugees): in a sentence that names several countries but one place, that place's.
OF_WHERE_THEY_ARE = LOCAL_FORCES | LOCAL_ROLES | PEOPLE_ROLES | {"REF"}
# Words of an organisation's name that make it a rights group, when nothing else in the name
# says what kind of body it is ("Iran Human Rights", "the Syrian Network for Human Rights").
RIGHTS_NAME_WORDS = frozenset({"rights", "watch", "observatory"})
# Words of an organisation's name that say what kind it is, when no agent noun is inside.
ORGANISATION_HEADS = {
    "inc": "BUS", "corp": "BUS", "corporation": "BUS", "co": "BUS", "ltd": "BUS", "llc": "BUS", "plc": "BUS",
    "company": "BUS", "bank": "BUS", "airlines": "BUS", "group": "BUS",
    "university": "EDU", "college": "EDU", "school": "EDU", "academy": "EDU",
    "hospital": "HLH", "clinic": "HLH",
    "party": "PTY",
    "union": "LAB",
    "committee": "LEG", "senate": "LEG", "congress": "LEG", "parliament": "LEG", "assembly": "LEG", "house": "LEG",
    "department": "GOV", "ministry": "GOV", "agency": "GOV", "office": "GOV", "council": "GOV", "commission": "GOV", "bureau": "GOV",
    "court": "JUD",
    "police": "COP", "sheriff": "COP",
    "times": "MED", "post": "MED", "news": "MED", "tribune": "MED", "journal": "MED", "herald": "MED",
}


@dataclass(frozen=True)
class Bare:
    """An agent noun left without a country: its character span, sentence and role."""

    start: int
    end: int
    sentence_index: int
    role: str
    title: bool
    plural: bool


def dateline_country(lines: Sequence[re.Match[str]], lookup: Callable[[str], str | None]) -> str | None:
    """The country of the article's dateline (``nlp.datelines``)."""
    for m in lines:
        cities = [c.strip().title() for c in m.group("city").split("/")]
        region = m.group("region") or ""
        if "/" in region:
            # ("AKCAKALE, Turkey/BEIRUT": the second city after the first's country)
            first, _, second = region.partition("/")
            cities += [second.strip().title()]
            region = first
        if len(cities) > 1:
            # "BAKU/YEREVAN": filed from two places, the story's country only if they share one
            found = {lookup(c.strip(" .")) for c in cities}
            if len(found) == 1 and None not in found:
                return found.pop()
            continue
        for name in (region, cities[0]):
            if name:
                iso3 = lookup(name.strip(" ."))
                if iso3 == "COG" and lookup(cities[0].strip(" .")) == "COD":
                    # ("GOMA, Congo": news names the Democratic Republic "Congo" as well; its
                    # town says which)
                    iso3 = "COD"
                if iso3:
                    return iso3
    return None


def home_country(
    doc: Doc,
    mentions: Sequence[Mention],
    lookup: Callable[[str], str | None],
    covered: Callable[[int, int], bool],
    lines: Sequence[re.Match[str]] = (),
) -> tuple[str | None, str]:
    """(ISO3 or None, how it was found). ``lookup`` names a place's country; ``covered``
    says whether a character span is already an actor mention; ``lines`` are the article's
    datelines (``nlp.datelines``)."""
    text = doc_text(doc)
    filed = dateline_country(lines, lookup)
    counts: dict[str, float] = {}
    for m in mentions:
        if m.how == "coref":
            continue
        if all(a.role is None for a in m.actors) and _destination(doc, m):
            # ("aid to Ukraine", "a trip to Kyiv"): where to, not where the story is (but "a
            # blow to Myanmar's junta" names an actor of the story)
            continue
        if all(a.role is None for a in m.actors) and opposed_war_place(doc, m.start, m.end):
            # ("students protesting the war in Gaza"): where the war opposed is, not where
            # the ones opposing it are
            continue
        if (words := m.text.lower().split()) and words[-1] in POSTED_NOUNS:
            # ("Britain expelled four Russian diplomats", "a defence attaché"): people posted
            # abroad are where the story is as another country's guests, no sign it is theirs
            continue
        for a in m.actors:
            # (migrants and refugees named by their nationality are foreigners where they
            # are: "ended protections for Venezuelan migrants" is no story set in Venezuela)
            if a.country and a.role not in NEUTRAL_ROLES and a.role not in FOREIGNERS_ROLES:
                counts[a.country] = counts.get(a.country, 0.0) + _weight(m, a)
    heads = [(m.start(), m.end()) for m in lines]
    lead_places: set[str] = set()
    sent_starts = [s.start for s in doc.sents]
    for ent in doc.ents:
        if any(a <= ent.start_char < b for a, b in heads):
            continue  # the dateline itself
        stance = (ent.start_char > 0 and text[ent.start_char - 1] == "-") or text[ent.end_char : ent.end_char + 1] == "-"
        stance = stance or as_measure(doc, ent.start)
        # (a city that stands for an organisation, named as where something happens, is that
        # city: "farmers drove tractors into central Brussels")
        uncovered = not covered(ent.start_char, ent.end_char) or (ent.label_ == "GPE" and _placed_city_of_igo(doc, ent, mentions))
        if ent.label_ == "GPE" and not stance and (c := ent_country(doc, ent, lookup, uncovered)) \
                and bisect.bisect_right(sent_starts, ent.start) - 1 < LEAD_SENTENCES:
            lead_places.add(c)
        # ("a strategy session in Durban": a place the tagger took for an organisation is a
        # place when a place preposition puts it there)
        # (or a building's label on a name that is a town's: "sections of Montego Bay")
        placed = (ent.label_ in ("ORG", "FAC", "LOC") and ent.start > 0 and doc[ent.start - 1].lower_ in PLACE_PREPS) \
            or (ent.label_ == "FAC" and lookup(ent.text) is not None) or _named_division(ent, ent.label_)
        if (ent.label_ == "GPE" or placed) and not stance and uncovered:
            # ("anti-Syria", "Iran-backed": a stance toward a country is not where a story is)
            c = ent_country(doc, ent, lookup, True)
            if c:
                # a town, county or state the dictionary does not know says where the
                # story is set more than a country named in passing
                counts[c] = counts.get(c, 0.0) + 2
    # a dateline decides unless the text never names its country but names others ("DUBAI
    # (Reuters) — Iran's supreme leader ...": a bureau's city, a story about elsewhere)
    acting: dict[str, int] = {}
    for m in mentions:
        if m.how not in ("dictionary", "person", "role"):
            continue
        # (firms and people acted on do not act: "WASHINGTON — The Treasury sanctioned two
        # Iranian banks ... Iran's foreign ministry condemned the sanctions" is a story of
        # Washington's act)
        # (nor is one person named by nationality, "a Syrian man", "a Cuban migrant": who he is,
        # a visitor where the story is)
        root = span_root(doc, m.start, m.end) if all(a.role in ACTED_ON_ROLES for a in m.actors) else None
        if root is not None and (root.dep_ == "dobj" or (root.dep_ == "pobj" and root.head.lower_ != "by")
                                 or (root.tag_ == "NN" and all(a.role in PEOPLE_ROLES | FOREIGNERS_ROLES for a in m.actors))):
            continue
        for c in {a.country for a in m.actors if a.country and a.role not in NEUTRAL_ROLES and (a.role is not None or a.kind == "person")}:
            acting[c] = acting.get(c, 0) + 1
    # (one mention of another country's actor is not a story about elsewhere: a surname
    # that happens to be a foreign politician's, a visitor)
    if filed and filed in counts:
        # ("BANGKOK (Reuters) - Rebels in Myanmar captured a town ... Thailand's foreign minister
        # urged ...": a bureau's city whose country comes into the story only late, while the
        # lead is set in one other country named far more)
        # (people named by their nationality, "Venezuelan migrants", "two Venezuelans", say who
        # they are, not where)
        early = {c for m in mentions if m.sentence_index <= LEAD_SENTENCES for a in m.actors
                 if (c := a.country) and a.role not in NEUTRAL_ROLES and a.role not in ("REF", "CVL")}
        ranked = sorted(((counts.get(c, 0.0), c) for c in early), reverse=True)
        # (a place of the dateline's country in the lead names it there: "Texas Governor Greg
        # Abbott sent troops to the border with Mexico", from Austin)
        # (but the dateline's country is the story's when two or more of its own actors act in
        # it: "WASHINGTON (AP) — The Senate voted to block the sale of jets to Turkey ... The
        # State Department said ... The White House has said")
        if filed not in early and filed not in lead_places and ranked and ranked[0][0] >= counts[filed] and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]) \
                and acting.get(filed, 0) < 2:
            return ranked[0][1], "the lead's country, named as much as any; the dateline's named only later"
    # (a country named, not its people's adjective, which says whose something is: "forces
    # backed by Russian airstrikes" sets nothing in Russia)
    lead_places |= {a.country for m in mentions if m.sentence_index < LEAD_SENTENCES and m.how == "dictionary"
                    and (r := span_root(doc, m.start, m.end)) is not None and r.pos_ != "ADJ"
                    for a in m.actors if a.kind == "country" and a.role is None and a.country}
    if filed and filed not in counts and lead_places and any(m.group("city").strip(" .").upper() in BUREAU_CITIES for m in lines):
        # ("GENEVA (Reuters) - Gunmen killed 30 villagers in central Mali": a regional bureau's
        # city, whose country the story never names, and one country where the lead is set;
        # or, of the lead's several, the one named most, ahead of every other: "DUBAI -
        # Iran's Revolutionary Guards seized a ship ... an attack on Israel ... in Damascus")
        there = max(lead_places, key=lambda c: counts.get(c, 0.0))
        named = counts.get(there, 0.0)
        if len(lead_places) == 1 and counts and named == max(counts.values()):
            return there, "the lead's place; the dateline's country is never named"
        if counts and named == max(counts.values()) and list(counts.values()).count(named) == 1:
            return there, "the lead's place named most; the dateline's country is never named"
    if filed and (filed in counts or not any(n >= 2 for n in acting.values())):
        return filed, "dateline"
    if not counts:
        # ("Christchurch Hospital", "New South Wales Police", "the Jamaica Teachers'
        # Association"): an article that names no country but names institutions after their
        # place is set there, when those places are of one country (a demonym inside a name,
        # "Indian River County", gives none)
        inside = {c for ent in doc.ents if ent.label_ in ("ORG", "FAC") and (c := _place_opening(ent, lookup))}
        if len(inside) == 1:
            return inside.pop(), "the places institutions are named after"
        return None, "no country named"
    for territory, sovereign in TERRITORY_SOVEREIGNS.items():
        if territory in lead_places and territory in counts and sovereign in counts:
            # ("marched through Hong Kong ... Beijing has repeatedly said it backs her"): in a
            # story set in a territory its sovereign is the power above it, and the police,
            # courts and government it names bare are the territory's own
            counts[territory] += counts.pop(sovereign)
    (top, n), *rest = sorted(counts.items(), key=lambda kv: -kv[1])
    total = sum(counts.values())
    # (an article that names one country and no other is set there, however rarely it names
    # it: "Firefighters across England walked out", "a Colombo magistrate")
    if (n >= HOME_MIN or not rest) and n / total >= HOME_SHARE and (not rest or n > rest[0][1]):
        return top, f"{n:g} of {total:g} weighted mentions"
    if len(rest) == 1 and n == rest[0][1] and n >= HOME_MIN:
        # ("Ghana has recalled its ambassador to Burkina Faso after Burkinabe soldiers
        # detained six Ghanaian traders": two countries named as often; the story is the one
        # its first sentence opens with)
        lead = [m for m in mentions if m.sentence_index == 0 and m.how != "coref"]
        opener = {a.country for a in min(lead, key=lambda m: m.start).actors} & {top, rest[0][0]} if lead else set()
        if len(opener) == 1:
            return opener.pop(), f"{n:g} of {total:g} weighted mentions, as many as the other country's; the lead opens with it"
    return None, "no country named most"


# Territories whose head of government is titled chief executive (Hong Kong's and Macau's,
# under their Basic Laws): there the title is the government's, not a company's; and their
# "central government" is their sovereign's.
TERRITORY_SOVEREIGNS = {"HKG": "CHN", "MAC": "CHN"}


# Cities from which news agencies file the stories of a region (a story datelined there is
# often about another country of it: "NAIROBI" for Somalia, "DAKAR" for Mali).
BUREAU_CITIES = frozenset({"ABIDJAN", "AMMAN", "BANGKOK", "BEIRUT", "BRUSSELS", "CAIRO", "DAKAR", "DUBAI", "GENEVA", "HONG KONG",
                           "ISTANBUL", "JOHANNESBURG", "LAGOS", "MEXICO CITY", "NAIROBI", "SINGAPORE", "UNITED NATIONS", "VIENNA"})

# The sentences of a lead (after a dateline of its own) that say where a story is set.
LEAD_SENTENCES = 2


def _placed_city_of_igo(doc: Doc, ent: Span, mentions: Sequence[Mention]) -> bool:
    """Whether ``ent`` is a city the dictionary reads as an international organisation
    ("Brussels", the EU) named as where something happens (``named_as_where``): there it is the
    city."""
    return any(m.start == ent.start_char and m.actors and all(a.kind == "igo" for a in m.actors) for m in mentions) \
        and named_as_where([t.lower_ for t in doc[max(0, ent.start - 4) : ent.start]])


def named_as_where(before: Sequence[str]) -> bool:
    """Whether a name is named as where something happens, by the lower-case words before it
    (nearest last): a place preposition, over the words of a part of a city ("in Brussels",
    "into central Brussels")."""
    i = len(before) - 1
    while i >= 0 and before[i] in CITY_PART_WORDS:
        i -= 1
    return i >= 0 and before[i] in PLACE_PREPS


# Roles of bodies that stand for people of a kind (charities, unions).
BODY_ROLES = frozenset({"NGO", "LAB"})

# Words that say which part of a city ("central Brussels", "downtown Nairobi").
CITY_PART_WORDS = frozenset({"central", "downtown", "northern", "southern", "eastern", "western", "greater", "inner", "outer"})


def _named_division(ent: Span, label: str) -> bool:
    """Whether a name taken for a person (``label``) is the name of a town or a division, by
    the "of" of its noun ("withdrew from the town of Avdiivka", "in the state of Guerrero")."""
    return label == "PERSON" and ent.root.dep_ == "pobj" and ent.root.head.lower_ == "of" \
        and ent.root.head.head.lemma_.lower() in TOWN_NOUNS | DIVISION_NOUNS


def ent_country(doc: Doc, ent: Span, lookup: Callable[[str], str | None], town: bool) -> str | None:
    """The country of a place the text names. A ``town`` (a place that is no actor of the
    dictionary, so no country or capital) followed by a comma and a larger place is in that
    place's country, whatever town elsewhere shares its name ("Alum Rock, Birmingham",
    "Salem, Oregon": the writer's way of saying which one); not a place of a list ("Leeds,
    York and Hull", "Leeds, York, Hull") nor one before a possessive ("in Kyiv, Ukraine's
    capital"). The tagger's span may keep a possessive ("Hong Kong's 18 district councils"):
    the place is the name without it."""
    own = lookup(_without_possessive(ent.text))
    i = ent.end
    if not town or i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].ent_iob_ != "B" or doc[i + 1].ent_type_ != "GPE":
        return own
    if ent.start > 1 and doc[ent.start - 1].text == "," and doc[ent.start - 2].ent_type_ in ("GPE", "LOC"):
        return own  # (the second of a list)
    larger = next(e for e in doc.ents if e.start == i + 1)
    after = [t.lower_ for t in doc[larger.end : larger.end + 2]]
    if after and (after[0] in LIST_WORDS or after[0] in ("'s", "\u2019s")
                  or (after[0] == "," and len(after) > 1 and (after[1] in LIST_WORDS or doc[larger.end + 1].ent_type_ in ("GPE", "LOC")))):
        return own
    return lookup(_without_possessive(larger.text)) or own


def _without_possessive(name: str) -> str:
    """A name as the tagger spans it, without a possessive it took in ("Hong Kong's")."""
    return name.removesuffix("'s").removesuffix("\u2019s")


# Words that go on a list of places.
LIST_WORDS = frozenset({"and", "or", "&"})


def _weight(m: Mention, a: Actor) -> float:
    """How much a mention says about where the article is set. A domestic actor is named
    without its country ("the White House", "President Trump"); a foreign one usually with
    it ("Ukrainian President Volodymyr Zelensky", "Ukraine"): institutions and people named
    by the dictionary count twice, countries and country-qualified roles once."""
    if m.how in ("person", "dictionary") and (a.role is not None or a.kind == "person"):
        return 2.0
    return 1.0


# Words after a hyphen that make the name before it a stance, not an actor ("Iran-backed",
# "Al-Qaeda-linked", "the opposition-controlled assembly", "the Hamas-run ministry").
STANCE_WORDS = frozenset({"backed", "supported", "funded", "sponsored", "aligned", "allied", "armed", "trained", "inspired", "friendly",
                          "linked", "affiliated", "controlled", "dominated", "run", "owned"})
# A country's missions in another's: those who guard them are the host's police or soldiers.
MISSION_NOUNS = frozenset({"embassy", "consulate"})


def names_a_mission(text: str) -> bool:
    """Whether a mention's words end in a mission's noun ("the Chinese consulate")."""
    words = text.lower().split()
    return bool(words) and words[-1] in MISSION_NOUNS


# Prepositions after which a one-word name the parser calls a person may be a place ("an
# attack on Kharkiv", "fighting near Bakhmut").
PLACE_PREPS = frozenset({"in", "near", "at", "on", "outside", "into", "across", "around", "inside"})
# Verbs whose object is a place when it is a name the parser calls a person or a body
# ("shelled Kharkiv", "captured Avdiivka").
PLACE_ACTS = frozenset({"shell", "bomb", "bombard", "pound", "capture", "recapture", "retake", "besiege", "encircle", "storm"})
# Words of a state institution's name that keep it the country's ("Afghan National Army",
# "Nigerian Federal High Court"), unlike other words of a name ("the Turkish-Palestinian
# Friendship Hospital", which is in Gaza).
INSTITUTION_WORDS = frozenset({"national", "federal", "royal", "republican", "revolutionary", "central", "supreme", "state", "popular",
                               "democratic", "islamic", "special", "border", "civil", "internal", "general", "public", "presidential",
                               "high", "armed", "people's", "peoples", "joint", "regional", "provincial", "municipal", "metropolitan"})
# Nouns a country is "of" as whose they are, not where ("the interests of Iran").
INTEREST_NOUNS = frozenset({"interest", "agent", "ally", "proxy", "enemy", "puppet", "behalf", "sovereignty", "security", "policy"})
# Nouns of places a demonym can stand on ("the Chinese city of Wuhan", "a Syrian border town").
TOWN_NOUNS = frozenset({"city", "town", "village", "capital", "port", "province", "region", "district", "island"})
# Nouns of a country's divisions whose "of"-phrase names one ("the state of Guerrero", "the county
# of Kerry"), beside the towns and regions above.
DIVISION_NOUNS = frozenset({"state", "county", "municipality", "prefecture", "department", "governorate"})
# Nouns of places and works built on the land that a place's name qualifies ("the Rafah
# crossing", "the Kakhovka dam"): the name is the place's, not a person's or a body's.
PLACE_HEADS = TOWN_NOUNS | frozenset({"crossing", "border", "checkpoint", "airport", "bridge", "highway", "road", "corridor",
                                      "valley", "dam", "strait", "peninsula", "enclave", "governorate"})
# Agent nouns of the other side ("his counterpart"): never the article's or the sentence's
# country; only an adjective ("his Japanese counterpart") says whose.
OTHER_SIDE_NOUNS = frozenset({"counterpart", "counterparts", "mediator", "mediators"})
# The words before "parties" that make them the sides of a conflict, none named ("urged all
# parties to protect civilians", "the warring parties"): no political parties, no one's (the
# resolver leaves such a noun no bare agent noun at all).
SIDES_WORDS = frozenset({"all", "warring"})
# Agent nouns of people posted abroad: an envoy, a diplomat or an ambassador where the story is
# filed is as likely another country's as its own, so the article's country is not theirs (a
# sentence naming their country, a possessive or an adjective still says whose).
POSTED_NOUNS = frozenset({"envoy", "envoys", "diplomat", "diplomats", "ambassador", "ambassadors", "high commissioner",
                          "attaché", "attachés", "attache", "attaches"})
# Words before an agent noun that say it is not of the country the article is about (nor of
# the one its sentence names).
# (and the adjectives of a region of several countries: "Caribbean leaders offered to host
# talks", "European diplomats", "Arab ministers" are of no one country of the text)
FOREIGN_WORDS = frozenset({"foreign", "international", "western", "overseas", "multinational", "coalition",
                           "caribbean", "african", "european", "asian", "arab", "nordic", "baltic", "balkan", "latin"})
# (with one word between, an adjective, "foreign military advisers"; not "of": "a coalition of
# rebel groups" is made of the groups, no foreign one)
FOREIGN_BEFORE = re.compile(r"\b(" + "|".join(sorted(FOREIGN_WORDS)) + r")\s+(?:(?!of\s)[a-z]+\s+)?$", re.IGNORECASE)


# The small words a name's acronym leaves out ("Armed Forces of the Philippines": AFP).
ACRONYM_GLUE = ("of", "for", "and", "the", "on", "in", "de", "du", "des", "la", "le", "el", "del")
# The small words inside a name ("Group to Support Islam and Muslims"): those, and "to".
NAME_GLUE = frozenset({*ACRONYM_GLUE, "to"})


def _abbreviated_as_known(doc: Doc, ent: Span, mentions: Sequence[Mention]) -> Mention | None:
    """The mention of the acronym a name is given in brackets ("the Group to Support Islam
    and Muslims (JNIM)"), when the dictionary knows it: the name is that actor, no
    organisation of the article's country."""
    k = ent.end
    while k < len(doc) and (doc[k].text[:1].isupper() or doc[k].lower_ in NAME_GLUE):
        k += 1  # (the rest of the name, where the recogniser cut it short)
    if k + 1 >= len(doc) or doc[k].text != "(":
        return None
    return next((m for m in mentions if m.start == doc[k + 1].idx and m.how == "dictionary" and m.actors), None)


def _foreign_before(doc: Doc, full: str, start: int) -> bool:
    """Whether a word before the agent noun at ``start`` says it is of no one country of the
    text ("attacks on foreign troops", "Western diplomats"); not when the word, capitalised
    after a proper noun, is the last word of a name ("Amnesty International accused police")."""
    at = max(0, start - 40)
    found = FOREIGN_BEFORE.search(full[at:start])
    if found is None:
        return False
    word = doc.char_span(at + found.start(1), at + found.end(1))
    return word is None or word.start == 0 or not (word.text[:1].isupper() and doc[word.start - 1].tag_ in ("NNP", "NNPS"))


# Places that act through their government when they are the subject of a verb ("the city
# rejected the demand", "the province said").
AUTHORITY_PLACES = frozenset({"city", "province", "county", "municipality"})
# Verbs by which someone addresses, sues or blames such a place's government ("sued the city",
# "urged the county"), where others act on the place itself ("shelled the city").
ADDRESSING_VERBS = frozenset({"sue", "urge", "ask", "accuse", "criticise", "criticize", "blame", "petition", "press",
                              "pressure", "lobby", "thank", "praise", "fine", "condemn", "warn"})
# Words of talks and agreements whose other party "with" or "between" names ("talks between the
# union and the province", "a deal with the city"), and verbs of giving whose receiver "to"
# names ("gave $40 million to the city"): such a place is a party or a receiver through its
# government.
PARTY_WORDS = frozenset({"talk", "talks", "negotiation", "negotiate", "meet", "meeting", "agreement", "deal", "agree",
                         "accord", "settlement", "sign"})
GIVING_VERBS = frozenset({"give", "provide", "grant", "allocate", "pledge", "donate", "transfer", "pay"})


def opening_places(doc: Doc, sentences: Sequence[Span], lookup: Callable[[str], str | None]) -> dict[int, str]:
    """The country of the place each sentence opens with, by its index, for the sentences that
    open by saying where they are set ("In Washington, ...", "In Lagos, protesters ...")."""
    opening: dict[int, str] = {}
    for si, sent in enumerate(sentences):
        if len(sent) > 3 and sent[0].lower_ == "in" and sent[1].ent_type_ in ("GPE", "LOC"):
            where = next((e for e in doc.ents if e.start == sent[1].i), None)
            if where is not None and where.end < sent.end and doc[where.end].text == ",":
                c = lookup(where.text)
                if c:
                    opening[si] = c
    return opening


def at_home(
    doc: Doc,
    home: str,
    mentions: Sequence[Mention],
    bare: Iterable[Bare],
    country_actor: Callable[[str, str | None], Actor],
    role_in: Callable[[str], tuple[str, bool] | None],
    lookup: Callable[[str], str | None],
    any_place: Callable[[str], str | None] | None = None,
    *,
    opening: Mapping[int, str],
) -> list[Mention]:
    """New mentions for what the article leaves without a country (see the module docstring).
    ``role_in(phrase)`` is the agent role a phrase's words hold, if any; ``lookup`` a place
    name's country (``any_place``: any place's of the gazetteer, however small). A sentence
    set in another country ("was caught by police in Arizona" in an article from New Delhi)
    gives its agent nouns that country, not the home one; ``opening``: the countries of the
    places sentences open with (``opening_places``), by sentence index."""
    full = doc_text(doc)
    taken = sorted((m.start, m.end) for m in mentions)

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)

    sentences = list(doc.sents)
    sent_of = {s.start_char: k for k, s in enumerate(sentences)}
    starts = sorted(sent_of)
    named: dict[int, set[str]] = {}
    for m in mentions:
        if _destination(doc, m) or _office_abroad(doc, m) or mention_across_border(doc, m) \
                or (forces_named(doc, m) and all(a.country != home for a in m.actors)):
            # "the envoy to Ukraine", "aid to Kyiv": where to, not who is there; "stormed the
            # Saudi embassy": an embassy stands in another country than its own; "the border
            # with Niger": the neighbour; "Russian forces shelled the city": forces sent abroad
            continue
        for a in m.actors:
            # (nor are migrants or refugees named by their nationality: who they are, not
            # whose the court that rules on them is)
            if a.country and a.role not in NEUTRAL_ROLES and a.role not in FOREIGNERS_ROLES:
                named.setdefault(m.sentence_index, set()).add(a.country)
    placed: dict[int, set[str]] = {}
    for ent in doc.ents:
        if ent.label_ in ("GPE", "LOC", "FAC"):
            if _hyphen_after(doc, ent.end, STANCE_HYPHENS) or across_border(doc, ent.start) or as_measure(doc, ent.start):
                # "the Iran-backed group", "a Saudi-led coalition": a stance, not where; nor is the
                # neighbour across a border, nor a country as a measure
                continue
            if _acted_on(ent.root) or _striker(ent.root) or any(m.start <= ent.start_char and ent.end_char <= m.end and m.end - m.start > len(ent.text)
                                                                for m in mentions):
                # "blamed the United States and Israel", "US jets": an actor of the sentence or
                # whose it is, not where the sentence is set; nor is the one that struck
                # ("Russia's shelling of the city")
                continue
            r = ent.root
            if r.dep_ == "pobj" and r.head.lower_ == "of" and r.head.head.pos_ == "NOUN" and r.head.head.lemma_.lower() in INTEREST_NOUNS:
                # ("serving the interests of Iran"): whose, not where
                continue
            if any(m.start <= ent.start_char and ent.end_char <= m.end and all(a.country is None for a in m.actors) for m in mentions):
                # "sent a letter to Brussels": a city standing for an organisation (the EU)
                # names that actor, not where the sentence is set
                continue
            c = ent_country(doc, ent, lookup, free(ent.start_char, ent.end_char))
            if c:
                placed.setdefault(_sentence_index(starts, sent_of, ent.start_char), set()).add(c)

    # (the sentences where a territory's sovereign has an agent of its own: "China's foreign
    # ministry warned ...")
    sovereign = TERRITORY_SOVEREIGNS.get(home)
    sovereign_acts = {m.sentence_index for m in mentions if any(a.country == sovereign and (a.role or a.kind == "person") for a in m.actors)} \
        if sovereign else set()
    # ("In Washington, Secretary of State Douglas Prentiss said ...": a sentence that opens by
    # saying where it is set is of that place's country, ``opening``, from ``opening_places``)

    def country_for(si: int, role: str | None = None) -> str | None:
        """The home country, unless the sentence names one other country and not the home
        one (then that country's); with several, the home's only when it is among them; a
        sentence that opens with where it is set, that place's."""
        if si in opening:
            return opening[si]
        where = named.get(si, set()) | placed.get(si, set())
        if sovereign and si not in sovereign_acts:
            # (in a story set in a territory, its sovereign named only as a place, "a bill
            # that would have allowed extraditions to mainland China", sets no sentence there:
            # the bare agent nouns are still the territory's own)
            where = where - {sovereign}
        if not where or where == {home}:
            return home
        if len(where) == 1:
            return next(iter(where))  # a sentence about one other country
        if home in where:
            return home
        # several others: the one the sentence is set in, if it names one place ("Syrian and
        # Russian jets bombed towns in Idlib, killing 12 civilians"), for those who are of
        # where they are; an office-holder is not of where he meets others ("the president's
        # lawyer met Ukrainian officials in Madrid", in a story from Washington)
        at = placed.get(si, set())
        if role is not None and role not in OF_WHERE_THEY_ARE:
            return home
        return next(iter(at)) if len(at) == 1 else None

    def abroad(si: int, start: int, end: int, role: str | None = None) -> str | None:
        """``country_for``, but the home country when the other country is named only by
        the one the words at start:end act on ("the Commerce Department blacklisted two
        Chinese firms")."""
        iso3 = country_for(si, role)
        if iso3 == home:
            return iso3
        # (with several other countries, all of them: "the Supreme Leader blamed the United
        # States and Israel", in an article from Tehran)
        if iso3 is not None:
            others = [m for m in mentions if m.sentence_index == si and any(a.country == iso3 for a in m.actors)]
        else:
            others = [m for m in mentions if m.sentence_index == si and not _destination(doc, m)
                      and any(a.country and a.country != home and a.role not in NEUTRAL_ROLES for a in m.actors)]
        if others and all(counterpart(doc, (start, end), (m.start, m.end)) for m in others) and not placed.get(si, set()) - {home}:
            return home
        return iso3

    out: list[Mention] = []
    titles: dict[int, tuple[Bare, str]] = {}
    for m in mentions:
        # a title that took its country from the sentence ("Interior Minister Ann Hale",
        # "opposition leader Tom Briggs", in a sentence naming the country) still names the
        # person after it
        words = full[m.start : m.end]
        if m.how == "role-in-sentence" and len(m.actors) == 1 and m.actors[0].role and m.actors[0].country \
                and role_in(words) is not None:
            titles[m.end] = (Bare(m.start, m.end, m.sentence_index, m.actors[0].role, True, False), m.actors[0].country)
    ends = {m.end: m for m in mentions}
    # (mentions of one actor by where they end, for the body a staff noun belongs to)
    single_ends = {m.end: m for m in mentions if len(m.actors) == 1}

    def possessor(start: int) -> Mention | None:
        """The mention whose possessive ends right before ``start``, with up to two
        lower-case words between ("the two sides' chief negotiators", "Russia's Federal
        Security Service")."""
        owner = POSSESSIVE_BEFORE.search(full[max(0, start - 30) : start])
        return ends.get(start - len(owner.group(0))) if owner is not None else None

    # (a nationality word that qualifies another noun is no antecedent of "its": "a suspected
    # Israeli strike on its embassy" is the embassy of the sentence's Iran)
    qualifiers = {m.end for m in mentions if (t := token_ending_at(doc, m.end)) is not None and t.dep_ == "amod" and t.head.i > t.i}
    # (the people the text names with a country of their own: "Zhou Min", described as
    # "China's top trade negotiator")
    people_at = {m.start for m in mentions if len(m.actors) == 1 and m.actors[0].kind == "person" and m.actors[0].country}
    # (a body of or for people of a kind, "refugee charities", "police unions", is the body:
    # the word before it says whom it is for, and names no actor of its own)
    bodies_at = {x.start for x in bare if x.role in BODY_ROLES} | {m.start for m in mentions if m.actors and all(a.role in BODY_ROLES or a.code.startswith("NGO") for a in m.actors)}
    for b in bare:
        if b.end + 1 in bodies_at and full[b.end : b.end + 1] == " " and (t := token_ending_at(doc, b.end)) is not None and t.dep_ == "compound":
            continue
        if b.role == "NGO" and free(b.start, b.end):
            # ("three aid workers were killed"): of a non-governmental body, whose country the
            # text does not give (the guideline's NGO), not the article's
            out.append(Mention(full[b.start : b.end], b.start, b.end, b.sentence_index,
                               (Actor(code="NGO", name=full[b.start : b.end], role="NGO", kind="group"),), "home-role"))
            continue
        if b.role not in HOME_ROLES or not free(b.start, b.end):
            continue
        if (b.title or not b.plural) and b.end + 1 in people_at and full[b.end : b.end + 1] == " ":
            # ("China's top trade negotiator, Vice Premier Zhou Min": the title right before a
            # name is that person's, whose country the text already gives)
            continue
        whose = possessor(b.start)
        if whose is not None and whose.actors and all(a.country and a.role not in NEUTRAL_ROLES for a in whose.actors):
            # ("the two sides' chief negotiators", "Serbia's and Kosovo's envoys"): of the ones
            # the possessive names, whatever the dateline's country
            countries = list(dict.fromkeys(a.country for a in whose.actors if a.country))
            out.append(Mention(full[b.start : b.end], b.start, b.end, b.sentence_index, tuple(country_actor(c, b.role) for c in countries), "home-role"))
            continue
        if full[b.start : b.end].lower() in OTHER_SIDE_NOUNS:
            # ("met his counterpart": of the other side, whose country only an adjective gives)
            continue
        if _foreign_before(doc, full, b.start):
            # "attacks on foreign troops", "Western diplomats": not the home country's, and
            # no other country is named for them
            continue
        noun = token_ending_at(doc, b.end) if b.role in LOCAL_FORCES else None
        sender = (forces_sender(noun, [*mentions, *out]) or forces_speaker(noun, [*mentions, *out])) if noun is not None else None
        if sender is not None:
            # ("accused Rwanda of sending troops across the border", from Kinshasa: the forces
            # sent are the sender's own; "the Israeli military said soldiers detained 12
            # suspects", from Jenin: the soldiers a military tells of are its own)
            out.append(Mention(full[b.start : b.end], b.start, b.end, b.sentence_index, (country_actor(sender, b.role),), "home-role"))
            continue
        words = full[b.start : b.end].lower()
        iso3 = (None if words in POSTED_NOUNS else of_place(token_ending_at(doc, b.end), lookup)) or place_before(doc, b.start, lookup) \
            or _nationality_shared(token_ending_at(doc, b.end), ends) or abroad(b.sentence_index, b.start, b.end, b.role)
        iso3 = _office_country(words, full[b.end : b.end + 4], iso3, home)
        owned = OWNED_BEFORE.search(full[max(0, b.start - 40) : b.start]) if b.role == "BUS" else None
        if owned is not None and (owners := lookup(owned.group(1))):
            # ("raided the offices of a Chinese-owned company"): a business a country's people
            # own is that country's, wherever it is
            iso3 = owners
        if THE_COUNTRYS_BEFORE.search(full[max(0, b.start - 30) : b.start]):
            # ("The country's junta ... has expelled French troops and turned to Russia"): "the
            # country" is the one the article is about, whatever others the sentence names
            iso3 = home
        elif POSSESSOR_BEFORE.search(full[max(0, b.start - 8) : b.start]):
            # "The Israeli army said its soldiers shot them": whose the soldiers are is the one
            # the possessive stands for, named before it in the sentence
            iso3 = _owner_before([m for m in [*mentions, *out] if m.end not in qualifiers], b, full) or iso3
        elif PERSON_POSSESSOR_BEFORE.search(full[max(0, b.start - 8) : b.start]):
            # "The prime minister said his government would not negotiate": "his" or "her" is
            # one person, the last named before it in the sentence, whatever the dateline's
            # country
            iso3 = _person_before([*mentions, *out], b, full) or iso3
        if iso3 == home and DEFINITE_BEFORE.search(full[max(0, b.start - 5) : b.start]):
            # "Israeli troops entered the village. The army said ...": a definite agent noun
            # is the one of its kind named last, a sentence or two before, of whatever country
            iso3 = _named_before([*mentions, *out], b, full) or iso3
        if iso3 is None:
            continue
        if b.title or not b.plural:
            # (an agent noun in the singular right before a name is that person's title:
            # "Interior Minister Karl Brandt")
            titles[b.end] = (b, iso3)
        words = full[b.start : b.end]
        actor = country_actor(iso3, b.role)
        if b.plural and words[:1].isupper() and b.start not in starts:
            # "Democrats", "Republicans", "Conservatives": a capitalised group is a group of
            # its own, another than its rivals of the same country and role
            actor = _named(actor, words, "group")
        out.append(Mention(words, b.start, b.end, b.sentence_index, (actor,), "home-role"))
    roles_here = [(m.start, m.end) for m in out]
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG") or not free(ent.start_char, ent.end_char):
            continue
        title_end = next((b for a, b in roles_here if a < ent.start_char < b < ent.end_char), None)
        if title_end is not None:
            # ("Secretary of State Marianne Colfax" tagged "State Marianne Colfax": the name is
            # what follows the title, a person's)
            cut = doc.char_span(title_end + 1, ent.end_char, label="PERSON")
            if cut is None:
                continue
            ent = cut
        # (the tagger's span may open with "The": "The Foreign Ministry" in Tehran)
        first = doc[ent.start + 1].idx if len(ent) > 1 and doc[ent.start].lower_ == "the" else ent.start_char
        if any(a <= first and ent.end_char <= b for a, b in roles_here):
            continue  # ("MPs", "Police" tagged as a name: the agent noun just given its country)
        # (a person's name the parser took for an organisation's, set beside a staff noun or
        # right after a title: "Chad's government spokesman, Abakar Mahamat Ousmane",
        # "President Rubén Quispe")
        label = "PERSON" if ent.label_ == "ORG" and _personal_name(ent) and (
            _beside_staff_noun(ent) or _title_before(doc, ent.start, titles) is not None
            or any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in ent.root.children)) else ent.label_
        if _hyphen_after(doc, ent.end, ("-",)) and ent.end + 1 < len(doc) and doc[ent.end + 1].lower_ in STANCE_WORDS:
            continue  # "Al-Qaeda-linked insurgents": whom they are linked to, not who acts
        text = _without_possessive(ent.text).strip()
        if len(text) < 2 or not any(c.isupper() for c in text):
            continue
        if label == "PERSON" and text.lower() in EVENT_NAMES:
            continue  # ("a delay to Brexit", taken for a person's name: an event's)
        si = _sentence_index(starts, sent_of, ent.start_char)
        end = ent.start_char + len(text)
        # A name the tagger took for a person or a body where the words around it make it a
        # place: after a preposition of place ("a drone attack on Kharkiv"), as what is
        # shelled, bombed or captured ("Russian forces shelled Kharkiv", "bombed Khan Younis"),
        # as the name of a town ("withdrew from the town of Avdiivka"). It is the place, of its
        # country where the gazetteer knows it; a town's name it does not know, or a lone word
        # shelled ("shelled Kupiansk"), is no one's.
        after_place_word = label == "PERSON" and len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ in PLACE_PREPS
        # ("strike at Antwerp and Rotterdam": joined by "and" to a place, a name is another
        # place, as coordination joins like with like)
        after_place_word = after_place_word or (label == "PERSON" and len(ent) == 1 and ent.root.dep_ == "conj"
                                                and ent.root.head.ent_type_ in ("GPE", "LOC"))
        acted_on_place = ent.root.dep_ == "dobj" and ent.root.head.lemma_.lower() in PLACE_ACTS
        # (and of a state's or county's: "in the state of Guerrero")
        town_named = _named_division(ent, label)
        # ("the Rafah crossing": a name that qualifies a place's noun is the place's; not two
        # joined by a hyphen, "the U.S.-Canada border", which is where both are)
        town_named = town_named or (label in ("PERSON", "ORG") and ent.end < len(doc) and doc[ent.end].lower_ in PLACE_HEADS
                                    and doc[ent.end - 1].dep_ == "compound" and doc[ent.end - 1].head.i == ent.end
                                    and not any(h in ent.text for h in HYPHEN_TOKENS))
        if after_place_word or acted_on_place or town_named:
            there = lookup(text)
            if there is not None:
                out.append(Mention(text, ent.start_char, end, si, (country_actor(there, None),), "place"))
                continue
            if town_named or (acted_on_place and len(ent) == 1):
                continue
        # ("U.S. journalist Evan Gershkovich" in the headline ... "reporter Evan Gershkovich"):
        # a full name said again is the person it named before
        again = [m for m in [*mentions, *out] if m.end <= ent.start_char and len(m.actors) == 1 and m.actors[0].country
                 and (m.text == text or m.text.endswith(" " + text))] if label == "PERSON" and len(ent) > 1 else []
        if label == "PERSON":
            title = _title_before(doc, ent.start, titles)
            if title is not None:
                b, iso3 = title
                # ("State Minister Keiko Haraguchi, who led the delegation": of the body led)
                # (and one "of" a place is of its country: "King Hassan of Morocco")
                iso3 = _body_led(ent, [*mentions, *out]) or (again[-1].actors[0].country if again else None) or of_place(ent.root, lookup) or iso3
                out = [m for m in out if not (m.start == b.start and m.end == b.end)]
                out.append(Mention(full[b.start : end], b.start, end, si, (_named(country_actor(iso3, b.role), text),), "home-person"))
                continue
        known = _abbreviated_as_known(doc, ent, mentions) if label == "ORG" else None
        if known is not None:
            # ("the Group to Support Islam and Muslims (JNIM)": the one its acronym names)
            out.append(Mention(text, ent.start_char, ent.start_char + len(text), _sentence_index(starts, sent_of, ent.start_char), known.actors, known.how))
            continue
        if label == "ORG" and ent.end < len(doc) and any(a == doc[ent.end].idx for a, _ in taken):
            continue  # "Treasury Secretary Steven Mnuchin": the department names the title that follows
        if label == "ORG" and len(ent) == 1 and ent.end + 1 < len(doc) and doc[ent.end].text[:1].isupper() \
                and role_in(doc[ent.end].text) is not None and doc[ent.end + 1].pos_ == "PROPN":
            continue  # ("Education Minister Darlene Fougere": the portfolio of the title that follows)
        if again:
            out.append(Mention(text, ent.start_char, end, si, again[-1].actors, "home-person"))
            continue
        if label in ("PERSON", "ORG") and len(ent) == 1:
            # "Attorney General Consuelo Porras ... Porras, who has been sanctioned by the United
            # States": the person named in full before, not someone of the sentence's country
            # (or the family name written first: "President Seo Jin-woo ... Seo said")
            people = [m for m in [*mentions, *out] if m.end <= ent.start_char and len(m.actors) == 1 and m.actors[0].kind == "person"]
            before = [m for m in people if (m.actors[0].name or m.text).split()[-1:] == [text] or _family_name_first(m.actors[0].name or m.text, text)]
            # (failing that, the first of a name of two words: "Liu Xiaming ... Liu said",
            # news calling a person by the family name however it is written)
            before = before or [m for m in people if (m.actors[0].name or m.text).split()[:1] == [text] and len((m.actors[0].name or m.text).split()) == 2]
            if before:
                full_name = max(before, key=lambda m: m.end)
                out.append(Mention(text, ent.start_char, end, si, full_name.actors, "home-person"))
                continue
        # ("Omar Saleh of Sudan": a person is of the country the name is "of"; one described
        # by an office, "the president's personal lawyer, Martin Gale", is not of where he
        # meets others, as the office-holder is not)
        described = _apposed_role(ent, role_in) if label == "PERSON" else None
        iso3 = (of_place(ent.root, lookup) if label == "PERSON" else None) or abroad(si, ent.start_char, end, described)
        whose = possessor(ent.start_char) if label == "ORG" else None
        if whose is not None and len({a.country for a in whose.actors}) == 1 and whose.actors[0].country \
                and whose.actors[0].role not in NEUTRAL_ROLES:
            iso3 = whose.actors[0].country  # ("Russia's Federal Security Service": Russia's, wherever the story is from)
        if iso3 is None:
            continue
        if label == "PERSON":
            # ("White House counsel Peter Lind": a person of the body named before the title;
            # an agent noun given its country here is such a body too, "Committee chairman
            # James Comer")
            here = {**single_ends, **{m.end: m for m in out if len(m.actors) == 1 and m.how == "home-role"}}
            body = _body_before(doc, ent, here, country_actor) or country_actor(
                _body_led(ent, [*mentions, *out]) or iso3, described or _leading_title(ent, role_in))
            out.append(Mention(text, ent.start_char, end, si, (_named(body, text),), "home-person"))
            continue
        # ("the Ohio Bureau of Criminal Investigation": what the name is, its head before
        # "of", not a word of what it deals with)
        of = next((t for t in ent if t.lower_ == "of"), None)
        head_words = ent[: of.i - ent.start] if of is not None and of.i > ent.start else ent
        found = role_in(head_words.text)
        # ("dissolved the main opposition party, Move Forward": a body set beside the noun
        # that says what it is is of that kind, as a person beside a title is, whatever words
        # its name is made of)
        role = (_apposed_role(ent, role_in) if label == "ORG" else None) \
            or (found[0] if found else ORGANISATION_HEADS.get(head_words[-1].lower_.strip(".")))
        if role is None and (lookup(text) is not None or (any_place is not None and any_place(text) is not None)):
            # "a Rochester man": a town the parser took for an organisation is where (a small
            # one too: "shelled the town of Nikopol", in a story from London, is no British body)
            continue
        # ("the US House", "the U.S. House speaker", in a story from Beijing: the country its
        # name begins with, or that stands right before it)
        if label == "ORG" and whose is None:
            name_start = next((t for t in ent if t.lower_ != "the"), None)
            prior = doc[ent.start - 1] if ent.start > 0 else None
            begun = lookup(name_start.text) if name_start is not None and name_start.i < ent.end - 1 else None
            if begun is None and prior is not None and prior.ent_type_ in ("GPE", "NORP"):
                begun = lookup(prior.text)
            iso3 = begun or iso3
        if label == "ORG" and whose is None and role is None and RIGHTS_NAME_WORDS & {t.lower_ for t in ent}:
            # ("The Syrian Network for Human Rights", "Iran Human Rights"): a body named for the
            # rights it watches over, and not as a state's commission or council, is a rights
            # group, of no country, whatever country its name begins with
            out.append(Mention(text, ent.start_char, end, si, (Actor(code="NGOHRI", name=text, role="HRI", kind="group"),), "home-organisation"))
            continue
        out.append(Mention(text, ent.start_char, end, si, (_named(country_actor(iso3, role), text, "group"),), "home-organisation"))
    for t in doc:
        # "The city has rejected the demand", "the province would not reopen its approval": a
        # city or a province that acts is its government (CAMEO's GOV), of the country the
        # sentence is in; so is one sued, urged or accused ("sued the city over the shooting",
        # "lawsuits against the state"), one that is a party to talks or an agreement or
        # receives a gift ("talks between the union and the province", "gave $40 million to
        # the city"), where one shelled or entered is the place
        if t.dep_ not in ("nsubj", "dobj", "pobj", "conj"):
            continue
        lemma = t.lemma_.lower()
        if lemma not in AUTHORITY_PLACES and lemma != "state":
            continue
        addressed = (t.dep_ == "dobj" and t.head.lemma_.lower() in ADDRESSING_VERBS) or (
            t.dep_ == "pobj" and (t.head.lower_ == "against" or (t.head.lower_ == "on" and t.head.head.lemma_.lower() == "call"))) \
            or _party_or_receiver(t)
        if t.dep_ != "nsubj" and not addressed:
            continue
        start, end = t.idx - 4, t.idx + len(t.text)  # ("the city")
        if (lemma in AUTHORITY_PLACES or addressed) and (addressed or t.head.pos_ in ("VERB", "AUX")) \
                and [c.lower_ for c in t.children] == ["the"] and free(t.idx, end):
            si = _sentence_index(starts, sent_of, t.idx)
            iso3 = abroad(si, start, end)
            if iso3 is not None:
                out.append(Mention(full[start:end], start, end, si, (country_actor(iso3, "GOV"),), "home-role"))
    # (people named beside a title of their own country, "Turkey's foreign minister, Mehmet
    # Ali Yucel", are named again as well)
    # (and so are people of the dictionary named in full, "President Pedro Castillo ... Police
    # detained Castillo", whom it knows by the full name only)
    titled = [m for m in mentions if m.how in ("role", "person") and len(m.actors) == 1 and m.actors[0].kind == "person"]
    return out + _surnames_again(doc, out + titled, starts, sent_of, hows=("home-person", "role", "person"))


def _party_or_receiver(t: Token) -> bool:
    """Whether a place noun is the other party "with" or "between" names to talks or an
    agreement, or the receiver "to" names of a gift ("talks between the union and the province",
    "gave $40 million to the city")."""
    if t.dep_ == "conj" and t.head.dep_ == "pobj":
        t = t.head
    if t.dep_ != "pobj":
        return False
    prep, word = t.head.lower_, t.head.head.lemma_.lower()
    return (prep in ("with", "between") and word in PARTY_WORDS) or (prep == "to" and word in GIVING_VERBS and t.head.head.pos_ == "VERB")


def _nationality_shared(noun: Token | None, ends: dict[int, Mention]) -> str | None:
    """The country of a nationality word that qualifies a coordination of nouns, for the
    second noun with no word of its own before it ("39 Afghan civilians and prisoners": the
    prisoners are Afghan too), or None."""
    if noun is None or noun.dep_ != "conj" or noun.head.pos_ != "NOUN" or any(c.dep_ in ("amod", "compound", "poss", "det", "nummod") for c in noun.children):
        return None
    if not any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in noun.head.children):
        return None
    first = ends.get(noun.head.idx + len(noun.head.text))
    countries = {a.country for a in first.actors} if first is not None else set()
    return countries.pop() if len(countries) == 1 else None


def span_root(doc: Doc, start: int, end: int) -> Token | None:
    """The syntactic head of the words between two character offsets, if they align."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None else None


# Plain verbs of saying whose subject a second verb joined to their "that"-clause may belong
# to (not the events' wider list of speaking verbs: "warned that ... and" keeps its clause).
PLAIN_SAYING_VERBS = frozenset({"say", "tell", "write", "state", "add", "argue", "insist", "deny"})


# Verbs of bodily harm, which tell what was done to people, never a speaker's words.
HARM_VERBS = frozenset({"kill", "wound", "injure", "maim", "hurt"})


def speakers_conj(verb: Token) -> bool:
    """Whether a verb joined by "and" to a "that"-clause is the speaker's own second act, as
    the small model often misreads it: in "Thwaite said the government was falling apart and
    called for an election", the past "called" goes with "said", not with "was falling"
    (while in "said police arrested five men and charged them" both are what was said). A
    participle with a direct object and no auxiliary of its own, joined to a passive, is no
    passive either ("said the march had not been authorised and accused the opposition of
    ...", tagged as a participle after "been"): the same second act."""
    head = verb.head
    active = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "dobj" for c in verb.children)
                                    and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
                                    and any(c.dep_ == "auxpass" for c in head.children))
    # (nor is a participle joined to a copula, with no auxiliary or agent of its own: "said
    # the terms were far from its demands and pressed ahead with strikes")
    active = active or (verb.tag_ == "VBN" and head.lemma_.lower() == "be" and head.pos_ == "AUX"
                        and not any(c.dep_ in ("aux", "auxpass", "agent") for c in verb.children))
    # (a verb of harm is never the speaker's own act: "said Indian troops had killed two
    # civilians and wounded seven", the second tagged as a past tense)
    # (and a warning or a vow of its own "that"-clause goes with "said" beside any clause: "said
    # China wanted a deal and warned that he would raise tariffs")
    vowed = verb.tag_ == "VBD" and verb.lemma_.lower() in CLAUSE_VOWS and any(c.dep_ == "ccomp" for c in verb.children)
    if vowed and verb.dep_ == "ccomp" and verb.i > 0 and (cc := verb.doc[verb.i - 1]).lower_ == "and" and cc.head.dep_ == "ccomp" \
            and cc.head.head.i == head.i and head.tag_ == "VBD" and head.lemma_.lower() in PLAIN_SAYING_VERBS \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # (parsed as a second clause of "said", after the first's "and": "said the group had
        # fired drones at oil facilities and warned that its attacks would continue")
        return True
    # (what is told before its verb of saying is all what is said: in ""The attacker was stopped
    # at the gate but detonated his explosives," a police spokesman said" the attacker detonated)
    return (verb.dep_ == "conj" and active and verb.lemma_.lower() not in HARM_VERBS
            and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl") for c in verb.children)
            and head.dep_ == "ccomp" and (head.tag_ != "VBD" or head.pos_ == "AUX" or vowed) and head.head.tag_ == "VBD"
            and head.head.lemma_.lower() in PLAIN_SAYING_VERBS and head.head.i < verb.i)


# Verbs of warning and vowing with a "that"-clause: said beside a clause, they are the
# speaker's own.
CLAUSE_VOWS = frozenset({"warn", "vow", "pledge", "promise"})


def saying_verb(verb: Token) -> Token:
    """The verb of saying whose speaker does ``verb``, a second act of the speaker
    (``speakers_conj``, ``speakers_participle``): "said" in "said the verdict was unjust and
    urged ...", whether the parser joined the act to the clause or hung it on "said" itself."""
    return verb.head if verb.dep_ == "ccomp" else verb.head.head


def speakers_participle(verb: Token, speech_acts: frozenset[str]) -> bool:
    """Whether a participle of an act done by saying (``speech_acts``: rejecting, accusing,
    urging), set off by a comma at the end of a "that"-clause of what will or would be, is the
    speaker's act of saying it: in "said his country would not declare a ceasefire, rejecting
    U.S. demands" the rejection is made by saying so, not what the country would do; the small
    model hangs it on the clause's verb. (A participle beside a past act is of that act: "said
    he had urged officials, warning them ...".)"""
    head = verb.head
    return (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in speech_acts and verb.i > 0
            and verb.doc[verb.i - 1].text == "," and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in verb.children)
            and head.dep_ == "ccomp" and head.i < verb.i and head.head.tag_ == "VBD" and head.head.lemma_.lower() in PLAIN_SAYING_VERBS
            and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children))


def _what_is_called(clause: Token) -> bool:
    """Whether ``clause`` is a free relative, "what X called Y", that is the object of the
    verb it hangs on ("condemned what it called the regime's use of force")."""
    return clause.dep_ == "ccomp" and any(w.dep_ == "dobj" and w.lower_ == "what" for w in clause.children)


def counterpart(doc: Doc, agent: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether the words at ``agent`` (character offsets) are the subject of a verb and those
    at ``other`` that verb's object or the object of one of its prepositions: the two sides
    of one act, which a sentence naming one other country does not make compatriots."""
    ra, ro = span_root(doc, *agent), span_root(doc, *other)
    if ra is None or ro is None:
        return False

    def slot(t: Token) -> Token:
        if t.dep_ in ("amod", "compound", "poss") and t.head.dep_ in ("dobj", "pobj", "dative", "nsubj"):
            t = t.head  # "two Chinese firms", "the Russian ambassador"
        if t.dep_ == "pobj" and t.head.dep_ in ("prep", "dative", "agent"):
            t = t.head
        return t

    def verb(t: Token) -> Token:
        v = t.head
        if speakers_conj(v):
            return saying_verb(v)  # "said the verdict was unjust and urged Iran to ...": the speaker's
        return first_conjunct(v)  # "condemned the violence and backed the police": one subject

    a, o = slot(ra), slot(ro)
    acted_on = ("dobj", "dative", "prep", "agent")
    # either way round: "the Commerce Department blacklisted two Chinese firms", "Beijing
    # backed the police"
    # (through the complements the subject's verb governs: "the prime minister is expected
    # to announce new sanctions on Iran")
    acts = _complements(verb(a))
    if a.dep_ in ("nsubj", "nsubjpass") and any(ro.i in {x.i for x in c.subtree} for v in acts for c in v.children if c.dep_ in ("dobj", "dative")):
        # "a magistrate ordered the release of 23 Somali nationals": the other country is
        # named inside what the subject acts on
        return True
    if a.dep_ == "nsubj" and o.dep_ in ("prep", "dative") and o.head in acts[1:]:
        # "the president threatened to impose tariffs on Mexico": the one the complement's
        # act is done to, through the verbs the subject's verb governs
        return True
    if o.dep_ == "nsubj" and (f := slot(first_conjunct(ra))).dep_ in ("prep", "dative") and f.head in _complements(verb(o))[1:]:
        # (and the other way round, for each of the words joined by "and": "Brazil offered to
        # mediate between the government and the opposition", in a story from Caracas: the
        # ones the other country's complement acts on are not its own)
        return True
    if a.dep_ == "dobj" and ro.pos_ == "PROPN" and any(ro.i in {x.i for x in c.subtree} for c in verb(a).children if c.dep_ == "nsubj"):
        # "the delegation, headed by State Department official Caroline Ashby, met Justice
        # Minister Andres Barragan": the other country's person is inside the subject that
        # acts on the words
        return True
    if o.dep_ == "nsubj" and any(ra.i in {x.i for x in c.subtree} for c in verb(o).children if c.dep_ == "dobj" or _what_is_called(c)):
        # "US jets struck positions of militias": the militias are inside what the other
        # country's subject acts on (or inside the name its words give it: "the US condemned
        # what it called the regime's use of force")
        return True
    if a.dep_ == "nsubjpass" and o.dep_ == "nsubj" and verb(o).dep_ == "advcl" and verb(o).head == verb(a):
        # "three people were killed when an Israeli missile struck their car": the doer of
        # the clause that tells how it was done
        return True
    if a.dep_ in ("dobj", "prep") and a.head.dep_ == "acl" and a.head.tag_ == "VBG" and ro.i in {x.i for x in a.head.head.subtree} \
            and ro.i not in {x.i for x in a.head.subtree}:
        # "remarks by Spain's foreign minister criticising the junta": the one the participle
        # acts on is the other side of the one it describes
        return True
    va = verb(a)
    if a.dep_ in ("dobj", "prep") and va.dep_ == "pcomp" and va.head.lower_ in ("of", "for") and o.dep_ == "dobj" and (
            va.head.head.i == verb(o).i or va.head.head.i == o.i):
        # "accused Israel of killing 40 people": the people are acted on by the one accused
        return True
    if a.dep_ in ("nsubj", "dobj") and any(ro.i in {x.i for x in g.subtree} for h in (va, *(c for c in va.children if c.dep_ == "dobj"))
                                 for p in h.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                                 for g in p.children if g.dep_ == "pcomp"):
        # "protesters accuse the elite of serving the interests of Iran": a country named
        # anywhere in what the subject blames someone for is no country of the subject's, nor
        # of the one blamed
        return True
    vo = verb(o)
    if a.dep_ in ("nsubj", "dobj") and o.dep_ == "dobj" and vo.dep_ == "pcomp" and vo.head.lower_ in ("of", "for") and vo.head.head.i == va.i:
        # "criticised the president for informing Russia": Russia is acted on in what the
        # one criticised is blamed for, by neither side of the criticism
        return True
    return verb(a) == verb(o) and ((a.dep_ in ("nsubj", "nsubjpass") and o.dep_ in acted_on)
                                 or (o.dep_ in ("nsubj", "nsubjpass") and a.dep_ in acted_on))


def first_conjunct(t: Token) -> Token:
    """The first of the words joined by "and" that ``t`` is one of ("backed" of "condemned the
    violence and backed the police": "condemned")."""
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t


def _complements(v: Token) -> list[Token]:
    """A verb and up to two open complements it governs in turn ("threatened to impose")."""
    acts = [v]
    while len(acts) < 3 and (nxt := next((c for c in acts[-1].children if c.dep_ == "xcomp"), None)) is not None:
        acts.append(nxt)
    return acts


def _acted_on(t: Token) -> bool:
    """Whether a name is the subject, the direct object or the "by"-agent of its verb (or
    joined to one by "and"): who acts or is acted on, not where."""
    t = first_conjunct(t)
    # ("militias backed by Iran": by whom, never where; "convicted of spying for Israel":
    # for whom, never where)
    return t.dep_ in ("nsubj", "nsubjpass", "dobj", "dative") or (t.dep_ == "pobj" and (t.head.dep_ == "agent" or t.head.lower_ == "for"))


def _personal_name(ent: Span) -> bool:
    """Whether an entity's words look like a personal name: two to four capitalised proper
    nouns (hyphens allowed), none all capitals."""
    return 2 <= len(ent) <= 4 and all((t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper()) or t.text == "-" for t in ent)


def _beside_staff_noun(ent: Span) -> bool:
    """Whether a name is set in apposition to a staff noun before it ("Chad's government
    spokesman, Abakar Mahamat Ousmane, said"), or right after one ("Rwanda's government
    spokeswoman Yolande Makolo")."""
    head = ent.root.head
    return (ent.root.dep_ == "appos" and head.i < ent.start and head.pos_ == "NOUN" and head.lower_ in STAFF_NOUNS) \
        or (ent.start > 0 and ent.doc[ent.start - 1].lower_ in STAFF_NOUNS)


def _apposed_role(ent: Span, role_in: Callable[[str], tuple[str, bool] | None]) -> str | None:
    """The role of a description set beside a name ("Kurt Volker, the former special envoy
    to Ukraine" -> ELI; "Jane Doe, a police spokeswoman" -> COP; "the governor of Roraima,
    Claudio Lins" -> GOV), if any."""
    for ch in ent.root.children:
        if ch.dep_ != "appos" or ch.i < ent.end:
            continue
        after = ch.right_edge.i + 1
        if after < len(ch.doc) and ch.doc[after].lemma_.lower() in ("say", "tell", "add", "report", "announce"):
            # ("his Kazakh counterpart, Yerlan Mukhametkaliyev, the presidential press service
            # said": the reporting clause parsed as a description of the name)
            continue
        words = [t for t in ch.subtree if t.i <= ch.i]  # the description's head and what precedes it
        found = role_in(" ".join(t.text for t in words))
        if found is None:
            return None
        return "ELI" if any(t.lower_ in ("former", "ex") for t in words) else found[0]
    head = ent.root.head
    if ent.root.dep_ == "appos" and head.dep_ == "pobj" and head.head.lower_ == "of" and head.ent_type_ == "GPE":
        head = head.head.head  # (the appositive parsed on the place of "governor of Roraima")
    if ent.root.dep_ == "appos" and head.i < ent.start and head.pos_ in ("NOUN", "PROPN"):
        # ("The governor of Roraima, Claudio Lins, asked ...": the name set beside a title;
        # "The Speaker, Sir Roger Hale", "one Labour MP, Tom Briggs": a title written with a
        # capital too)
        words = [t for t in head.subtree if t.i <= head.i]
        found = role_in(" ".join(t.text for t in words))
        if found is not None:
            return "ELI" if any(t.lower_ in ("former", "ex") for t in words) else found[0]
    return None


# Names of events and seasons the parser may take for a person's ("a delay to Brexit").
EVENT_NAMES = frozenset({"brexit", "covid", "covid-19", "coronavirus", "ramadan", "eid", "christmas", "easter", "diwali"})
# Agent nouns of those who speak for someone else ("a spokesman for the RSF").
SPOKESPERSON_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"})
# Nouns of those who work for a body ("White House counsel", "Pentagon spokesman").
STAFF_NOUNS = SPOKESPERSON_NOUNS | {"counsel", "adviser", "advisor", "aide", "official", "officials", "chief", "director",
                                    "secretary", "envoy", "lawyer", "attorney", "negotiator",
                                    # (and its members and hands: "Wall Street Journal reporter Evan
                                    # Gershkovich", "Hezbollah commander Ali Karaki", "Greenpeace
                                    # activist Jana Feld")
                                    "reporter", "journalist", "correspondent", "photographer", "cameraman", "editor",
                                    "presenter", "producer", "commander", "leader", "member", "activist", "fighter",
                                    "executive", "employee", "researcher", "founder", "chairman", "chairwoman"}


def _body_before(doc: Doc, ent: Span, ends: dict[int, Mention],
                 country_actor: Callable[[str, str | None], Actor]) -> Actor | None:
    """The actor of an institution named right before a person, with at most two lower-case
    words between ("White House counsel Peter Lind", "Pentagon spokesman John Kirby", or set
    beside with a comma: "Chad's government spokesman, Abakar Ousmane"): the person is of
    that body, a country's role or a body of no country ("Greenpeace activist Jana Feld").
    ``ends``: the article's mentions of one actor by where they end."""
    k = after = ent.start
    if k > 1 and doc[k - 1].text == "," and ent.root.dep_ == "appos" and ent.root.head.i == k - 2:
        k = after = k - 1  # ("Chad's government spokesman, Abakar Ousmane": the name set beside)
    # (of the body only as its staff: a "Kremlin critic" is no one of the Kremlin)
    if after < 2 or doc[after - 1].lower_ not in STAFF_NOUNS:
        return None
    # (an adjective among them too: "Houthi military spokesman Yahya Saree")
    while k > 0 and doc[k - 1].pos_ in ("NOUN", "ADJ") and doc[k - 1].text.islower() and after - k < 2:
        k -= 1
        # (the body ends right before the lower-case words: "Pentagon spokesman", "Chad's
        # government spokesman", whose body takes in "government")
        body = ends.get(doc[k - 1].idx + len(doc[k - 1].text)) if k > 0 else None
        if body is not None:
            actor = body.actors[0]
            if actor.kind == "person" or (actor.country is not None and actor.role is None):
                return None
            if actor.kind != "country":
                return actor
            return country_actor(actor.country, actor.role) if actor.country is not None else None
    return None


def _family_name_first(name: str, word: str) -> bool:
    """Whether ``word`` is the family name of ``name`` written first, as in Korean and
    Chinese names with a hyphenated given name ("Seo Jin-woo", "Kang Do-hyun")."""
    parts = name.split()
    return len(parts) >= 2 and "-" in parts[-1] and parts[-2] == word


def _leading_title(ent: Span, role_in: Callable[[str], tuple[str, bool] | None]) -> str | None:
    """The role of a title the recogniser took into a person's name ("Treasurer Gerald
    Whitlock"), if its first words are one and two words of name follow."""
    for k in (2, 1):
        if len(ent) - k >= 2 and ent[0].text[:1].isupper():
            found = role_in(ent[:k].text)
            if found is not None:
                return found[0]
    return None


def people_named_again(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """In an article set in no one country: a person named in full with the country their
    title gives ("Ukrainian Foreign Minister Andriy Sybko"), or one the dictionary knows by
    the full name only, is the same person when the article later uses the surname alone
    ("Sybko said"). Nothing else is given a country."""
    sent_of = {s.start_char: k for k, s in enumerate(doc.sents)}
    return _surnames_again(doc, mentions, sorted(sent_of), sent_of, hows=("role", "person"), taken=[(m.start, m.end) for m in mentions])


def _surnames_again(doc: Doc, found: list[Mention], starts: list[int], sent_of: dict[int, int], *,
                    hows: tuple[str, ...] = ("home-person",), taken: list[tuple[int, int]] | None = None) -> list[Mention]:
    """A person named in full ("Ambassador Gordon Sondland") is the same person when the
    article later uses the surname alone ("Sondland said"), whatever the recogniser makes
    of that word there. ``hows``: how the full mentions were found; ``taken``: the spans no
    new mention may overlap (those of ``found`` unless given)."""
    people: dict[str, Mention] = {}
    for m in found:
        if m.how in hows and m.actors and m.actors[0].kind == "person":
            words = m.actors[0].name.split()
            if len(words) >= 2 and words[-1][:1].isupper():
                people.setdefault(words[-1], m)
            if len(words) >= 2 and _family_name_first(m.actors[0].name, words[-2]):
                people.setdefault(words[-2], m)  # ("Seo Jin-woo ... Seo said")
            elif len([w for w in words if w[:1].isupper()]) >= 3 and words[-2][:1].isupper() and words[-2].isalpha():
                # ("Mariela Contreras Ibarra ... Contreras said": the first of two family
                # names, as Spanish and Portuguese names are shortened)
                people.setdefault(words[-2], m)
    if not people:
        return []
    if taken is None:
        taken = [(m.start, m.end) for m in found]
    out: list[Mention] = []
    for i, word in enumerate(columns(doc).text):
        full = people.get(word)
        if full is None:
            continue
        tok = doc[i]
        if tok.pos_ not in ("PROPN", "NOUN", "") or tok.idx < full.start:
            continue
        s, e = tok.idx, tok.idx + len(tok.text)
        if any(a < e and s < b for a, b in taken):
            continue
        out.append(Mention(tok.text, s, e, _sentence_index(starts, sent_of, s), full.actors, "home-person"))
    return out


# Offices that stand in another country than the one they are of.
ABROAD_OFFICES = frozenset({"embassy", "embassies", "consulate", "consulates", "legation"})


def _office_country(words: str, after: str, iso3: str | None, home: str) -> str | None:
    """``iso3``, the country found for a bare agent noun, as the office its words name allows:
    an envoy, a diplomat or an ambassador is not of where the story is filed for that alone
    ("an envoy urged the Taliban", from Kabul; "the ambassador in Kyiv": where posted, not
    whose); a Secretary of State with no department after the title (``after``: the words that
    follow) is the American foreign minister, the Phoenix actor dictionary's
    SECRETARY_OF_STATE ("Secretary of State Marianne Colfax", from Seoul; Britain's have one
    each, "... for Wales")."""
    if words in POSTED_NOUNS and iso3 == home:
        return None
    if words == "secretary of state" and iso3 not in ("USA", "GBR") and home != "GBR" and after != " for":
        return "USA"
    return iso3


def _body_led(ent: Span, mentions: Sequence[Mention]) -> str | None:
    """The one country of the body a person is said to lead ("Keiko Haraguchi, who led the
    delegation", "..., who heads the commission"), by the mention of its noun."""
    for clause in ent.root.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in LEADING_VERBS:
            continue
        for body in clause.children:
            if body.dep_ == "dobj":
                countries = {a.country for m in mentions if m.start <= body.idx < m.end for a in m.actors}
                if len(countries) == 1 and None not in countries:
                    return next(iter(countries))
    return None


# Verbs of moving or commanding one's own forces ("sent troops", "deployed police", "ordered
# the army to prepare"); the coder's own sending verbs (coder_words.yaml) are those whose
# purpose clause names the act.
FORCE_SENDING_VERBS = frozenset({"send", "deploy", "dispatch", "station", "mobilize", "mobilise", "order", "command", "instruct"})


def forces_sender(tok: Token | None, mentions: Sequence[Mention]) -> str | None:
    """The one country of whoever sends, deploys or commands the forces ``tok`` names: the
    subject of the verb ("Rwanda sent troops", "Israel's defence minister ordered the army to
    prepare"), or the one accused of it ("accused Rwanda of sending troops")."""
    if tok is None or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in FORCE_SENDING_VERBS:
        return None
    verb = tok.head
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not doers and verb.dep_ == "pcomp" and verb.head.lower_ in ("of", "for"):
        doers = [c for c in verb.head.head.children if c.dep_ == "dobj"]
    return _one_country_of(doers, mentions)


def _one_country_of(words: Sequence[Token], mentions: Sequence[Mention], roles: frozenset[str] | None = None) -> str | None:
    """The one country of the actors of the mentions that hold ``words`` (all of one of
    ``roles``, if given), or None when they are of none, of several, or of another role."""
    actors = [a for w in words for m in mentions if m.start <= w.idx < m.end for a in m.actors]
    countries = {a.country for a in actors}
    if roles is not None and not (actors and all(a.role in roles for a in actors)):
        return None
    return next(iter(countries)) if len(countries) == 1 and None not in countries else None


def forces_speaker(tok: Token | None, mentions: Sequence[Mention]) -> str | None:
    """The one country of the armed forces or police who tell what the forces ``tok`` names
    did ("the Israeli military said soldiers detained 12 suspects", "soldiers repelled the
    attack, the army said"): a force tells of its own, as no other country's soldiers are
    theirs to speak for. ``tok`` must be the subject of what is said."""
    if tok is None or tok.dep_ != "nsubj" or tok.head.dep_ != "ccomp" or tok.head.head.lemma_.lower() not in PLAIN_SAYING_VERBS:
        return None
    return _one_country_of([c for c in tok.head.head.children if c.dep_ == "nsubj"], mentions, LOCAL_FORCES)


# Verbs of leading a body ("a delegation led by ...", "who headed the talks").
LEADING_VERBS = frozenset({"lead", "head", "chair"})


def leader_of(tok: Token | None, mentions: Sequence[Mention]) -> str | None:
    """The one country of whoever leads a body ("a delegation led by U.S. Senator John Kell",
    "a team headed by Germany's chancellor"), given by a mention in the "by"-phrase of "led",
    "headed" or "chaired" right on the body's noun."""
    if tok is None:
        return None
    for verb in tok.children:
        if verb.dep_ != "acl" or verb.lemma_.lower() not in LEADING_VERBS:
            continue
        for by in verb.children:
            if by.dep_ != "agent":
                continue
            # (the leader's phrase, or the name right after "by" that the parser made a
            # subject of its own: "led by U.S. Senator John Kell met ...")
            span = (by.idx, by.right_edge.idx + len(by.right_edge.text))
            countries = {a.country for m in mentions if (span[0] <= m.start and m.end <= span[1]) or m.start == span[1] + 1
                         for a in m.actors if a.country}
            if len(countries) == 1:
                return next(iter(countries))
    return None


def _office_abroad(doc: Doc, m: Mention) -> bool:
    """Whether a mention is a country's embassy or consulate ("the Saudi embassy")."""
    root = span_root(doc, m.start, m.end)
    return root is not None and root.lower_ in ABROAD_OFFICES


# Nouns of a strike by armed forces ("an Israeli strike", "Russian shelling"): a demonym on
# one names whose forces struck, not where the strike fell.
STRIKE_NOUNS = frozenset({"strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "shelling", "bombardment", "bombing",
                          "attack", "attacks", "offensive", "incursion", "drone", "drones", "missile", "missiles", "rocket",
                          "rockets", "warplanes", "jets", "artillery", "fire"})

# Verbs of a strike, whose subject is the country that struck.
STRIKE_VERBS = frozenset({"shell", "bomb", "bombard", "strike", "attack", "invade", "raid", "pound"})


def forces_named(doc: Doc, m: Mention) -> bool:
    """Whether a mention names only a country's armed forces ("Russian forces", "Israeli
    troops") or the country whose strike it was ("an Israeli strike on a school", "Russia's
    shelling of the city", "Russia shelled the city"): forces act where they are sent, so a
    sentence naming another country only so is not set there."""
    if not m.actors:
        return False
    if all(a.role == "MIL" for a in m.actors):
        return True
    root = span_root(doc, m.start, m.end)
    return root is not None and all(a.role is None for a in m.actors) and _striker(root)


def _striker(t: Token) -> bool:
    """Whether a name is the one that struck: a strike's qualifier or possessor ("an Israeli
    strike", "Russia's shelling") or the subject of a verb of striking ("Russia shelled")."""
    return (t.dep_ in ("amod", "compound", "poss") and t.head.lower_ in STRIKE_NOUNS) \
        or (t.dep_ == "nsubj" and t.head.lemma_.lower() in STRIKE_VERBS)


# Nouns of a border, whose "with" names the neighbour across it.
BORDER_NOUNS = frozenset({"border", "borders", "frontier", "boundary", "crossing", "crossings"})


def across_border(doc: Doc, start: int) -> bool:
    """Whether the name whose first token is ``start`` is named as the neighbour across a
    border ("bases near the border with Niger"): neither where the sentence is set nor whose
    its soldiers are."""
    return start >= 2 and doc[start - 1].lower_ == "with" and doc[start - 2].lower_ in BORDER_NOUNS


def mention_across_border(doc: Doc, m: Mention) -> bool:
    """``across_border`` for a mention."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and across_border(doc, span.start)


# Nouns of a war whose place says nothing of who opposes it ("protesting the war in Gaza").
WAR_NOUNS = frozenset({"war", "conflict", "invasion", "occupation", "offensive", "genocide", "bombardment", "siege"})
# Words of opposing what they govern ("protesting the war", "opposed to", "protests against").
OPPOSING_WORDS = frozenset({"protest", "oppose", "opposed", "against", "condemn", "denounce", "over"})


def opposed_war_place(doc: Doc, start: int, end: int) -> bool:
    """Whether the words at ``start``..``end`` name only where a war is that the sentence
    tells someone opposing ("students protesting the war in Ukraine", "protesters opposed to
    the war in Gaza", "rallies against the invasion of Ukraine")."""
    root = span_root(doc, start, end)
    if root is None or root.dep_ != "pobj" or root.head.lower_ not in ("in", "of") or root.head.head.lemma_.lower() not in WAR_NOUNS:
        return False
    war = root.head.head
    gov = war.head.head if war.dep_ == "pobj" else war.head
    return war.dep_ in ("dobj", "pobj") and (gov.lemma_.lower() in OPPOSING_WORDS or gov.lower_ in OPPOSING_WORDS
                                             or (war.dep_ == "pobj" and war.head.lower_ in OPPOSING_WORDS))


def _destination(doc: Doc, m: Mention) -> bool:
    """Whether a mention is the object of "to" after a noun ("the special envoy to Ukraine"),
    or the one a stance describing a noun is toward ("militias backed by Iran")."""
    root = span_root(doc, m.start, m.end)
    if root is not None and root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.dep_ == "acl" \
            and root.head.head.lower_ in STANCE_WORDS:
        return True
    return root is not None and root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.pos_ in ("NOUN", "PROPN")


# People named by having left their country: their country is the one they left.
FLEEING_NOUNS = frozenset({"refugee", "refugees", "migrant", "migrants", "asylum", "seeker", "seekers", "deportee", "deportees", "exile", "exiles", "immigrant", "immigrants"})


DEFINITE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# "The country's", "the nation's" before an agent noun: the article's country's.
THE_COUNTRYS_BEFORE = re.compile(r"\bthe (?:country|nation)(?:'s|’s)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
# A nationality that owns what follows ("a Chinese-owned company", "a Saudi-run firm").
OWNED_BEFORE = re.compile(r"\b([A-Z][a-z]+)-(?:owned|run|controlled)\s+(?:[a-z]+\s+)?$")
# Agent roles a definite noun refers back by ("the army", "the police", "the militants").
REFERRING_ROLES = frozenset({"MIL", "COP", "REB", "SPY"})
# Agent nouns of other roles that refer back only to a mention of the same noun ("the
# ministry" to "Iran's foreign ministry", "the delegation" to "a Japanese government
# delegation", not to any official named since).
REFERRING_HEADS = frozenset({"ministry", "ministries", "delegation"})


POSSESSOR_BEFORE = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)
# "his" or "her" right before an agent noun: one person's.
PERSON_POSSESSOR_BEFORE = re.compile(r"\b(?:his|her)\s+$", re.IGNORECASE)
# The possessive ending, with either apostrophe ("'s", "’s", or a plural's "'").
POSSESSIVE_MARK = r"(?:'s|\u2019s|'|\u2019)"
# A possessive ending right after a mention ("Damascus's main ally").
POSSESSIVE_AFTER = re.compile(POSSESSIVE_MARK + r"(?=\s)")
# A possessive ending right before an agent noun, with up to two lower-case words between
# ("the two sides' chief negotiators").
POSSESSIVE_BEFORE = re.compile(POSSESSIVE_MARK + r"\s+(?:[a-z]+\s+){0,2}$")


def _owner_before(mentions: Sequence[Mention], b: Bare, full: str) -> str | None:
    """The country of the last mention of one country before ``b`` in its sentence (not a
    news agency credited there): what "its" or "their" before an agent noun stands for."""
    def one_country(m: Mention) -> bool:
        return bool(m.actors) and len({a.country for a in m.actors}) == 1 and bool(m.actors[0].country) and m.actors[0].role not in NEUTRAL_ROLES

    # (a possessor of something else is not what "its" stands for: "Russia, Damascus's main
    # ally, said its troops")
    before = [m for m in mentions if m.sentence_index == b.sentence_index and m.end <= b.start and one_country(m)
              and not POSSESSIVE_AFTER.match(full, m.end)]
    if full[max(0, b.start - 6) : b.start].lower().strip().endswith("their"):
        # ("House Democrats subpoenaed the office ... aid to Ukraine, escalating their
        # impeachment inquiry"): "their" is of several, never a country named bare, which is "its"
        before = [m for m in before if not (len(m.actors) == 1 and m.actors[0].kind == "country" and m.actors[0].role is None)]
    if before:
        return max(before, key=lambda m: m.end).actors[0].country
    # ("An alliance of rebels in Myanmar said it captured a town. Its fighters ...": the one
    # the sentence before is about, named first)
    previous = [m for m in mentions if m.sentence_index == b.sentence_index - 1 and one_country(m)]
    return min(previous, key=lambda m: m.start).actors[0].country if previous else None


def one_person(m: Mention) -> bool:
    """Whether a mention is one person of a country (a named person, or one holder of an
    office: "the president"), what "his" or "her" may stand for; never a country, a body
    or several people."""
    if len(m.actors) != 1 or not m.actors[0].country:
        return False
    a = m.actors[0]
    return a.kind == "person" or (a.role is not None and a.role not in NEUTRAL_ROLES and not m.text.endswith("s"))


def _person_before(mentions: Sequence[Mention], b: Bare, full: str) -> str | None:
    """The country of the last person named before ``b`` in its sentence, what "his" or
    "her" stands for: one named as a person, or by a title after the name of the body whose
    it is ("a Hamas commander", "the Revolutionary Guards spokesman")."""
    def titled(m: Mention) -> bool:
        after = HEAD_TITLE_AFTER.match(full, m.end)
        return after is not None and len(m.actors) == 1 and bool(m.actors[0].country) and m.actors[0].role not in NEUTRAL_ROLES

    before = [m for m in mentions if m.sentence_index == b.sentence_index and m.end <= b.start and (one_person(m) or titled(m))]
    return max(before, key=lambda m: m.end).actors[0].country if before else None


# The titles of those who lead or speak for a body, who hold its role ("the party's leader").
HEAD_TITLES = frozenset({"leader", "head", "chief", "chairman", "chairwoman", "chairperson", "chair", "spokesman", "spokeswoman",
                         "spokesperson", "founder", "commander"})
# One such title right after a body's name ("Hamas commander").
HEAD_TITLE_AFTER = re.compile(r" (?:" + "|".join(sorted(HEAD_TITLES)) + r")\b", re.IGNORECASE)


def _named_before(mentions: Sequence[Mention], b: Bare, full: str) -> str | None:
    """The country of the last mention with ``b``'s role in the two sentences before it (or
    earlier in its own), if that is one country; for a ministry ("the ministry") or a
    delegation, the last mention of one ("Iran's foreign ministry", "a Japanese government
    delegation"), not any official."""
    words = full[b.start : b.end]
    head = words.lower().split()[-1] if words.split() else ""
    if b.role not in REFERRING_ROLES and head not in REFERRING_HEADS:
        return None
    before = [m for m in mentions if 0 <= b.sentence_index - m.sentence_index <= 2 and m.start < b.start
              and len(m.actors) == 1 and m.actors[0].role == b.role and m.actors[0].country
              and (b.role in REFERRING_ROLES or head in m.text.lower() or full[m.end : m.end + len(head) + 1].lower() == f" {head}")]
    return max(before, key=lambda m: m.start).actors[0].country if before else None


# Agent nouns that are places standing for their people or their garrison (roles.tsv's
# places: "shelled two villages", "stormed a military base").
PLACE_NOUNS = frozenset({"village", "school", "schoolhouse", "base", "barracks", "prison", "station", "camp", "hospital",
                         "site", "facility", "installation"})


def of_place(tok: Token | None, lookup: Callable[[str], str | None]) -> str | None:
    """The one country of the places an agent noun is "of" or "in" ("the mayor of a Texas
    border town", "a court in Lima"; a place also "near" or "outside": "a village near
    Kotli"), if its phrase names places of one country."""
    if tok is None:
        return None
    if tok.dep_ in ("amod", "compound") and tok.head.lemma_.lower() in PLACE_NOUNS:
        tok = tok.head  # (the agent word qualifies a place: "a military site in the Haifa area")
    found: set[str] = set()
    # (people who flee come from where they flee: "refugees fleeing the fighting in Syria",
    # "migrants from Honduras")
    fleeing = tok.lemma_.lower() in FLEEING_NOUNS
    # (a place is where it lies: "a village near Kotli", "a base outside Kabul")
    lying = tok.lemma_.lower() in PLACE_NOUNS
    # (the parser often hangs "near Kotli" on the verb the place is the object of)
    after = [p for p in tok.head.children if p.dep_ == "prep" and p.lower_ in ("near", "outside") and p.i == tok.right_edge.i + 1] \
        if lying and tok.dep_ == "dobj" else []
    for p in [*tok.children, *after]:
        where = (p.dep_ == "prep" and (p.lower_ in ("of", "in") or (lying and p.lower_ in ("near", "outside")))) or (fleeing and (
            (p.dep_ == "prep" and p.lower_ == "from") or (p.dep_ == "acl" and p.lemma_.lower() in ("flee", "escape"))))
        if not where:
            continue
        # (not the places of a clause on the place, nor of one the preposition takes: "a man in
        # the city of Kursk accused of spying for Ukraine" is in Kursk; "accused the opposition
        # of planning a coup with U.S. backing" tells an act, no place the noun is of)
        clauses = {t.i for c in p.subtree if c.dep_ in ("acl", "relcl", "pcomp") and c.i != p.i for t in c.subtree}
        # (a place whose name holds another's is itself: "in Port of Spain", which the model
        # reads as two places, is Trinidad's capital, not Spain; "Guinea-Bissau" not Guinea)
        whole = _place_named_whole(p, lookup)
        if whole is not None:
            found.add(whole)
            continue
        for t in p.subtree:
            if t.i in clauses:
                continue
            # (a place name the small model tags as something else: "the city of Kursk" as a
            # product)
            if t.ent_iob_ == "B" and (t.ent_type_ in ("GPE", "LOC") or (t.pos_ == "PROPN" and t.ent_type_ in ("PRODUCT", "PERSON", "FAC"))):
                ent = next((e for e in t.doc.ents if e.start == t.i), None)
                # (not a stance toward a country: "a commander of an Iran-backed militia")
                c = lookup(ent.text) if ent is not None and not _hyphen_after(t.doc, ent.end, STANCE_HYPHENS) else None
                if c:
                    found.add(c)
    return next(iter(found)) if len(found) == 1 else None


def _place_named_whole(prep: Token, lookup: Callable[[str], str | None]) -> str | None:
    """The country of the place a preposition's object names as a whole, when that name is
    of more than one word, proper nouns at both ends ("Port of Spain", "Guinea-Bissau")."""
    obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
    if obj is None or obj.left_edge.i == obj.right_edge.i:
        return None
    first, last = obj.left_edge, obj.right_edge
    if first.pos_ == "DET":
        first = first.doc[first.i + 1]
    if first.i >= last.i or first.pos_ != "PROPN" or last.pos_ != "PROPN":
        return None
    return lookup(first.doc[first.i : last.i + 1].text)


def _place_opening(ent: Span, lookup: Callable[[str], str | None]) -> str | None:
    """The country of the place a name opens with ("Sydney" of "the Sydney Harbour Bridge",
    "New South Wales" of "New South Wales Police"), the longest such opening of proper nouns
    that is not the whole name; None when it opens with no place or with a demonym."""
    words = [t for t in ent if t.lower_ != "the"]
    for k in range(min(3, len(words) - 1), 0, -1):
        opening = words[:k]
        # (not the words any state's institutions open with: "Federal" of "the Federal Trade
        # Commission" is no town in Argentina, "Central" no town in Louisiana)
        if all(t.pos_ == "PROPN" and t.ent_type_ != "NORP" for t in opening) and not all(t.lower_ in INSTITUTION_WORDS for t in opening):
            c = lookup(" ".join(t.text for t in opening))
            if c:
                return c
    return None


# The hyphens that glue a place's name to a stance toward it ("Iran-backed", "Saudi–led").
STANCE_HYPHENS = ("-", "\u2013")


def _hyphen_after(doc: Doc, end: int, hyphens: tuple[str, ...]) -> bool:
    """Whether the words ending before token ``end`` are glued to a hyphen after them
    ("Iran-backed", "Al-Qaeda-linked")."""
    return end < len(doc) and doc[end].text in hyphens and not doc[end - 1].whitespace_


def _named(actor: Actor, name: str, kind: str = "person") -> Actor:
    return Actor(code=actor.code, name=name, country=actor.country, role=actor.role, kind=kind)


def as_measure(doc: Doc, i: int) -> bool:
    """Whether the place named from token ``i`` is a measure ("a territory the size of
    Britain"): no actor and no place of the story."""
    return i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ == "size"


def place_before(doc: Doc, start: int, lookup: Callable[[str], str | None]) -> str | None:
    """The country of a place named right before the agent noun that starts at ``start`` and
    qualifying it ("Ohio Governor Mike DeWine", "New York City police", "Kyiv Mayor"): a
    state's or a city's office is of its country, whatever other country the sentence names;
    and a body "based" there ("a Dubai-based company") is of the country it is based in."""
    last = token_ending_at(doc, start - 1) if start > 1 and doc_text(doc)[start - 1] == " " else None
    if last is None:
        return None
    if (based := _based_in(doc, last, lookup)) is not None:
        return based
    # (the place's name ends right there: its last word is in a GPE entity the next word is not)
    if last.ent_type_ != "GPE" or (last.i + 1 < len(doc) and doc[last.i + 1].ent_iob_ == "I"):
        return None
    first = last.i
    while doc[first].ent_iob_ == "I":
        first -= 1
    name = doc[first : last.i + 1]
    if name.root.dep_ != "compound" or name.root.head.idx < start:
        return None
    return lookup(name.text)


def _based_in(doc: Doc, last: Token, lookup: Callable[[str], str | None]) -> str | None:
    """The country of the place a body is "based" in, said in the words that end with
    ``last`` ("a Dubai-based company", over a word or two between: "a Singapore-based shipping
    company"), or None."""
    based = last
    for _ in range(2):
        if based.lower_ == "based" or based.i == 0 or based.dep_ not in ("compound", "amod") or not based.text.islower():
            break
        based = doc[based.i - 1]
    if based.lower_ != "based" or based.i < 2 or doc[based.i - 1].text not in HYPHEN_TOKENS or doc[based.i - 2].ent_type_ != "GPE":
        return None
    return lookup(doc[based.i - 2].text)


def _title_before(doc: Doc, i: int, titles: dict[int, tuple[Bare, str]]) -> tuple[Bare, str] | None:
    """A title ending right before token ``i`` ("Ambassador Gordon Sondland", "Lt. Matt Harris")."""
    if i == 0:
        return None
    prev = doc[i - 1]
    return titles.get(prev.idx + len(prev.text))


def _sentence_index(starts: list[int], sent_of: dict[int, int], char: int) -> int:
    import bisect

    k = bisect.bisect_right(starts, char) - 1
    return sent_of[starts[max(k, 0)]] if starts else 0
