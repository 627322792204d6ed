"""Actor resolution: find who is named in a parsed article and give each a CAMEO code.

``ActorResolver.resolve(doc, date)`` walks each sentence once. At every token it takes the
longest dictionary phrase starting there (see ``dictionary.PhraseIndex``) and then composes
phrases the way news prose does:

- countries, joined by "and"/","/"or": "Armenian and Azerbaijani forces" -> ARMMIL, AZEMIL;
- a country (or its possessive) before a role noun, with up to two modifiers between:
  "Azerbaijan's defence ministry" -> AZEGOV, "Russian special forces" -> RUSMIL;
- a role noun with "of" and countries: "the leaders of Armenia and Azerbaijan";
- a title before a person: "US Secretary of State, Mike Pompeo" -> the person, coded by
  the office held on the article date; an unknown name after a country's title keeps the
  country and role ("Armenian President Armen X" -> ARMGOV);
- an organisation before a role noun stays the organisation ("NATO forces" -> IGOWSTNAT).

Capitals stand for their country without a role ("Moscow" -> RUS); seats of government
carry one ("the Kremlin" -> RUSGOV, "the Pentagon" -> USAMIL). A bare role noun with no
country is not an actor. References to what was already named go through ``coref``.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from tidings.actors.coref import (
    COUNT_WORDS,
    GROUP_NOUNS,
    PAIR_WORDS,
    PLURAL_PRONOUNS,
    ArticleContext,
    Seen,
)
from tidings.actors.dictionary import (
    AUTHORITY_ROLES,
    COMMUNITY_PREFIXES,
    HYPHENS,
    ActorDictionary,
    Entry,
    Person,
    build_shipped,
    community_actor,
    norm_token,
    phrase_tokenizer,
    split_code,
)
from tidings.actors.home import (
    ACRONYM_GLUE,
    DEFINITE_BEFORE,
    FOREIGN_WORDS,
    HEAD_TITLES,
    INSTITUTION_WORDS,
    LOCAL_FORCES,
    LOCAL_ROLES,
    MISSION_NOUNS,
    OTHER_SIDE_NOUNS,
    PEOPLE_ROLES,
    PERSON_POSSESSOR_BEFORE,
    PLACE_PREPS,
    PLAIN_SAYING_VERBS,
    POSSESSOR_BEFORE,
    POSTED_NOUNS,
    SIDES_WORDS,
    SPOKESPERSON_NOUNS,
    STANCE_WORDS,
    TERRITORY_SOVEREIGNS,
    TOWN_NOUNS,
    Bare,
    as_measure,
    at_home,
    counterpart,
    dateline_country,
    forces_named,
    forces_sender,
    forces_speaker,
    home_country,
    leader_of,
    mention_across_border,
    named_as_where,
    names_a_mission,
    of_place,
    one_person,
    opening_places,
    opposed_war_place,
    people_named_again,
    place_before,
    span_root,
)
from tidings.errors import ConfigError
from tidings.model import Actor, Mention
from tidings.nlp import columns, datelines, doc_text, past_participle, token_ending_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

CONNECTORS = frozenset({",", "and", "&", "or"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "madam", "mme", "m"})
MODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN", "NUM"})
# Words that never sit inside an actor phrase, whatever the tagger says.
STOP = frozenset({"and", "or", "of", "the", "a", "an", "in", "on", "to", "with", "by", "for", "from", "at", "as", ","})
MAX_GAP = 2
# Roles that a bare noun ("police", "the judge", "the opposition newspaper") takes from the
# one country its sentence names: "Cairo's security chief warned that police will ..." is
# about Egyptian police. Not when the sentence names two countries or none.
STANCE_PREFIXES = frozenset({"anti", "pro"})
# Governing bodies that an "X-led" before them describes ("the military-led government").
LED_GOVERNMENTS = frozenset({"government", "administration", "cabinet", "council", "junta", "regime", "authority", "authorities"})
# Words after a hyphen that make a country's name where a thing comes from or when it was
# ("a Soviet-designed nerve agent", "Russian-made rifles", "Soviet-era tanks"), or where a
# body sits ("the Oslo-based group", "a London-based monitor"): no actor.
ORIGIN_WORDS = frozenset({"made", "designed", "built", "manufactured", "produced", "era", "style", "based", "headquartered"})
# Words after which a nationality word names a language, no country ("French-language
# education", "Russian-speaking villages").
LANGUAGE_WORDS = frozenset({"language", "speaking", "speaker", "speakers"})
NGO_ROLES = frozenset({"NGO", "HRI", "HLH", "ENV"})
ORGANISATION_NOUNS = frozenset({"group", "groups", "organization", "organizations", "organisation", "organisations", "watchdog", "watchdogs",
                                "agency", "agencies", "ngo", "ngos", "charity", "charities", "body", "bodies"})
# Roles that "former" makes an elite (ELI): offices one leaves.
OFFICE_ROLES = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})
# "former" or "ex-" right before an office, or with one or two words of its portfolio or its
# party between ("the former petroleum minister", "a former Labour councillor").
FORMER_BEFORE = re.compile(r"(?:\b[Ff]ormer|\b[Ee]x-?)(?: (?!and\b|or\b)(?:[a-z]+|[A-Z][a-z]+)){0,2}$")
# Nouns of "the country" that refer back to the one country named last.
COUNTRY_NOUNS = frozenset({"country", "nation", "kingdom", "republic"})
# Agent nouns that a country's name before them makes a subject, not a nationality:
# "a China scholar", "a Russia adviser", "Iran analysts".
TOPIC_NOUNS = frozenset({"scholar", "scholars", "expert", "experts", "analyst", "analysts", "specialist", "specialists", "adviser",
                         "advisers", "advisor", "advisors", "hawk", "hawks", "watcher", "watchers", "correspondent", "correspondents",
                         "researcher", "researchers", "historian", "historians", "hand", "hands"})
DOMESTIC_ROLES = frozenset({"GOV", "COP", "MIL", "JUD", "LEG", "OPP", "MED", "SPY", "PTY", "REB"})


# Words that count people ("dozens of Americans", "several Britons").
PEOPLE_QUANTIFIERS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
                                "thousands", "several", "many", "some", "few", "scores", "millions", "tens"})


# How many lower-case words may stand between a named actor and an agent noun that is its
# own ("Hamas military commander", "Hezbollah senior political officials").
KIND_WORDS_MAX = 2


class _Tok(NamedTuple):
    """One word of a sentence as the dictionary matcher reads it (a tuple: ten thousand are
    made for an article of a few hundred lines, and a frozen dataclass is three times as
    slow to make)."""

    norm: str
    text: str
    start: int
    end: int
    pos: str
    tag: str


@dataclass(frozen=True)
class _Atom:
    start: int
    end: int
    entries: tuple[Entry, ...]

    def of(self, kind: str) -> list[Entry]:
        return [e for e in self.entries if e.kind == kind]


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    actors: tuple[Actor, ...]
    how: str
    plural: bool = False
    person: Person | None = None


class ActorResolver:
    """Resolves actor mentions in parsed text. Immutable once built; build it with
    ``ActorResolver.load()``, which loads the data once per process."""

    def __init__(self, dictionary: ActorDictionary, warnings: Sequence[str] = ()) -> None:
        self._d = dictionary
        self.warnings: tuple[str, ...] = tuple(warnings)
        """Lines of PETRARCH files skipped by a lenient load ("FILE: line N: why")."""
        self._hits: dict[str, tuple[int, tuple[tuple[int, int, tuple[Entry, ...]], ...]]] = {}

    @classmethod
    def load(cls, extra_dictionaries: Sequence[str | Path] = (), *, lenient: bool = False) -> ActorResolver:
        """The resolver over the shipped dictionary plus PETRARCH-format files.

        Entries of ``extra_dictionaries`` win over shipped ones for the same phrase.
        Results are cached per set of files (and their modification times). With
        ``lenient``, a malformed line of those files is skipped and reported in
        ``resolver.warnings`` instead of stopping the load (a missing file still raises).

        Raises:
            ConfigError: a file is missing, or (unless ``lenient``) malformed; the message
                names file and line.
        """
        keys = []
        for p in extra_dictionaries:
            path = Path(p)
            try:
                keys.append((str(path.resolve()), os.stat(path).st_mtime_ns))
            except OSError as exc:
                raise ConfigError(
                    f"actor dictionary not found or unreadable ({exc.strerror}); check the path",
                    source=str(path),
                    code="actors.dictionary_missing",
                ) from exc
        return _load_cached(tuple(keys), lenient)

    @property
    def dictionary(self) -> ActorDictionary:
        return self._d

    def country(self, iso3: str) -> Actor:
        """The actor of a country by ISO 3166 alpha-3 code.

        Raises:
            ConfigError: the code is not a known country.
        """
        code = iso3.upper()
        if code not in self._d.countries:
            raise ConfigError(f"unknown country code {iso3!r}; use ISO 3166 alpha-3 (e.g. RUS)", code="actors.unknown_country")
        return self._d.country_actor(code)

    def lookup(self, phrase: str, date: dt.date | None = None) -> tuple[Actor, ...]:
        """The actors a short phrase names on ``date`` (tokenised without a parser)."""
        doc = phrase_tokenizer()(phrase)
        out: list[Actor] = []
        for m in self.resolve(doc, date=date):
            for a in m.actors:
                if a not in out:
                    out.append(a)
        return tuple(out)

    def resolve(
        self, doc: Doc, date: dt.date | None = None, *, place_country: Callable[[str], str | None] | None = None,
        minor_place: Callable[[str], bool] | None = None,
    ) -> list[Mention]:
        """All actor mentions of ``doc`` in reading order; ``date`` is the article date
        against which people's terms of office are read (None: their latest office).

        With ``place_country`` (a place name -> ISO3, e.g. from the gazetteer), actors the
        article names without a country take the article's home country (see ``home``)."""
        mentions, _ = self.resolve_with_home(doc, date, place_country=place_country, minor_place=minor_place)
        return mentions

    def resolve_with_home(
        self, doc: Doc, date: dt.date | None = None, *, place_country: Callable[[str], str | None] | None = None,
        minor_place: Callable[[str], bool] | None = None, town_countries: Callable[[str], frozenset[str]] | None = None,
    ) -> tuple[list[Mention], tuple[str | None, str]]:
        """``resolve``, and the article's home country with how it was found. ``town_countries``
        names the countries that have a city of a name ("Salem": India and the United States)."""
        if isinstance(date, dt.datetime):
            date = date.date()
        sentences: list[Span] = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        ctx = ArticleContext()
        text = doc_text(doc)
        names = _NamesInDoc(doc)
        mentions: list[Mention] = []
        bare: list[Bare] = []
        community_roles: dict[tuple[int, int, int], str] = {}
        # a dateline ("HANOI, Vietnam (AP) —") says where the story was filed: its words
        # name no actor and compose with none
        lines = datelines(text)
        filed = [(m.start(), m.end()) for m in lines]

        def gazetteer_or_named(name: str) -> str | None:
            return self.country_named(name) or (place_country(name) if place_country is not None else None)

        # the dateline's town is the one the text names again: "KINGSTON, Ont. — ... arrested a
        # man in Kingston" is Ontario's Kingston, neither Jamaica's capital nor its government
        filed_towns = {c.strip(" .").lower(): iso3 for m in lines if (iso3 := dateline_country([m], gazetteer_or_named))
                       for c in m.group("city").split("/")}

        def filed_town(name: str) -> str | None:
            return filed_towns.get(name.strip(" .").lower())

        for si, sent in enumerate(sentences):
            sent_toks = list(sent)
            # (a stance is written with a hyphen or a dash: most sentences have none)
            stance = _stance_words(sent_toks) if any(h in text[sent.start_char:sent.end_char] for h in HYPHENS) else frozenset()
            if filed_towns:
                stance |= {t.idx for t in sent_toks if (there := filed_town(t.text)) and self.country_named(t.text) not in (None, there)}
            if "ize of" in text[sent.start_char:sent.end_char]:
                # ("a territory the size of Britain"): a country as a measure, no actor ("ize of":
                # "size of" or "Size of", looked for only where written)
                stance |= {t.idx for t in sent_toks if as_measure(doc, t.i)}
            toks = []
            for t in sent_toks:
                word, at = t.text, t.idx
                if t.is_space or word in HYPHENS or (filed and any(a <= at < b for a, b in filed)):
                    continue
                toks.append(_Tok(norm_token(word), word, at, at + len(word), t.pos_, t.tag_))
            if not toks:
                continue
            toks = [t for t in toks if t.norm]
            s = _Sentence(self, toks, si, date, ctx, stance, names, _clause_ands(sent_toks))
            for f in s.run():
                start, end = toks[f.start].start, toks[f.end - 1].end
                mentions.append(Mention(text[start:end], start, end, si, f.actors, f.how))
            bare.extend(s.left_bare)
            community_roles.update({(a, b, si): r for (a, b), r in s.community_roles.items()})
        # (and so is the person named again: "former President Evo Morales ... Morales", in the
        # month his term ended)
        mentions = _elites_named_again([self._former(text, m, date) for m in mentions])
        if place_country is None:
            return mentions, (None, "no gazetteer")

        # a small town of the gazetteer ("Solhan", in a story from Burkina Faso) is of its
        # country only when the article names that country: many small places share a name
        named_countries = {a.country for m in mentions for a in m.actors if a.country}

        # a city the story's own country has as well is that one when the article names nothing
        # of the other's: "PORTLAND, Ore. — Police arrested a man in Salem" is Oregon's Salem,
        # not India's larger one (a country or capital the dictionary names is that still)
        # (the dateline's country until the article's home is found)
        here = dateline_country(lines, gazetteer_or_named)

        def own_town(name: str) -> str | None:
            if here is None or town_countries is None or here not in town_countries(name) or self.country_named(name):
                return None
            there = place_country(name)
            return here if there not in (None, here) and there not in named_countries else None

        def any_place(name: str) -> str | None:
            return filed_town(name) or own_town(name) or gazetteer_or_named(name)

        def lookup(name: str) -> str | None:
            named = filed_town(name) or self.country_named(name) or own_town(name)
            if named:
                return named
            there = place_country(name)
            if there and there not in named_countries and minor_place is not None and minor_place(name):
                return None
            return there

        # "the mayor of a Texas border town" detained "in Mexico" is the town's
        # (and a sentence that opens by saying where it is set, with a town or region the
        # dictionary does not name as a country, is that place's: "In Lagos, protesters attacked
        # South African-owned businesses, and police said they had arrested dozens")
        opening = opening_places(doc, sentences, lookup)
        for k, m in enumerate(mentions):
            if m.how == "role-in-sentence" and len(m.actors) == 1 and m.actors[0].role:
                # (and so is "Ohio Governor Mike DeWine", "New York City police")
                named = of_place(token_ending_at(doc, m.end), any_place) or place_before(doc, m.start, any_place)
                there = named or opening.get(m.sentence_index)
                # (the opening place's country is the noun's even when it is the one its
                # sentence named: where it is set, not a place named in passing)
                if there and (there != m.actors[0].country or named is None):
                    mentions[k] = Mention(m.text, m.start, m.end, m.sentence_index, (self._d.country_actor(there, m.actors[0].role),), "role-of-place")

        # ("students protesting the war in Ukraine"): a country named only as where a war is
        # that the sentence tells opposed gives its agent nouns no country (a dateline still
        # sets the story, and its agent nouns, there)
        if not lines:
            mentions = [m for m in mentions if not (m.how == "role-in-sentence" and len(m.actors) == 1 and _only_a_war_opposed(doc, mentions, m))]
        mentions = _names_beside_titles(doc, mentions)
        mentions = _heritage_dropped(text, mentions)
        # (a story of Kinshasa's Congo is so wherever it is set)
        mentions = self._congo(text, mentions, None)
        spans = [(m.start, m.end) for m in mentions]
        # (the dateline's town is where the story is filed, however small: "VERO BEACH, Fla.")
        home = home_country(doc, mentions, any_place, lambda s, e: any(a < e and s < b for a, b in spans), lines)
        mentions = self._congo(text, mentions, home[0])
        mentions = self._posted_unplaced(doc, self._rsf(text, mentions, home[0]), home[0])
        if home[0] is not None:
            mentions = _named_after_at_home(doc, mentions, home[0], self._d.country_actor)
            mentions = _communities_at_home(mentions, home[0])
        if home[0] is None:
            mentions, unplaced = self._placed_roles_unplaced(doc, mentions)
            mentions = _titles_again(text, mentions, [*bare, *unplaced])
            mentions = sorted(mentions + people_named_again(doc, mentions), key=lambda m: (m.start, m.end))
            return self._finished(doc, _offices_named_again(text, self._not_the_office_they_face(doc, _not_their_counterparts(text, mentions)),
                                                            self._d.country_actor)), home
        named_countries.add(home[0])
        here = home[0]
        if community_roles:
            # a community's agents with no country of their own take the article's country
            # as other agent nouns do
            placed = [m for m in mentions if (m.start, m.end, m.sentence_index) in community_roles]
            mentions = [m for m in mentions if (m.start, m.end, m.sentence_index) not in community_roles]
            bare = bare + [Bare(m.start, m.end, m.sentence_index, community_roles[(m.start, m.end, m.sentence_index)], False, True)
                           for m in placed]
        if home[0] == "USA":
            mentions = self._us_state_georgia(text, mentions)
        mentions = self._placed_roles_at_home(doc, mentions, home[0])
        extra = at_home(doc, home[0], mentions, bare, self._d.country_actor, self._role_in, lookup, place_country, opening=opening)
        # (and so are the agent nouns a place of it gives their country: "armed groups in eastern
        # Congo", in a story of Kinshasa's)
        extra = self._congo(text, extra, home[0])
        # (and so is the person named again: "former Energy Secretary Dan Rourke ... Rourke")
        extra = _elites_named_again([self._former(text, x, date) for x in extra if not any(a <= x.start < b for a, b in filed)])
        # a title merged with the name after it is one mention
        mentions = [m for m in mentions if not any(x.start <= m.start and m.end <= x.end and (x.start, x.end) != (m.start, m.end) for x in extra)]
        found = sorted(mentions + extra, key=lambda m: (m.start, m.end))
        found = _people_at_home(doc, self._not_the_office_they_face(doc, _not_their_counterparts(text, found)), self._d.country_actor(home[0], "CVL"))
        found = _national_of_the_local(text, _held_by_a_state(doc, found, self._d.country_actor), self._d.country_actor)
        return self._finished(doc, _offices_named_again(text, found, self._d.country_actor)), home

    def _not_the_office_they_face(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"The president thanked Turkey's president": a title said bare that took its
        country from the sentence or the article is not the holder of the same office of that
        country named as the other side of its act (no one thanks or meets himself); what the
        text gives for it otherwise is unsaid. (Bodies are not offices: "the state government
        called on the federal government".)"""
        out = []
        for m in mentions:
            a = m.actors[0] if len(m.actors) == 1 else None
            title = m.text.lower().removeprefix("the ")
            if a is not None and a.role and m.how in ("role-in-sentence", "home-role") \
                    and any(e.kind == "role" and e.title and not e.plural for _, _, entries in self._phrase_hits(title)[1] for e in entries) \
                    and any(x is not m and x.sentence_index == m.sentence_index and len(x.actors) == 1 and same_office(x.text, title)
                            and (x.actors[0].country, x.actors[0].role) == (a.country, a.role)
                            and counterpart(doc, (m.start, m.end), (x.start, x.end)) for x in mentions):
                continue
            out.append(m)
        return out

    def _finished(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """The last readings of an article's mentions, with or without a home country: fighters
        of a group, names said again, the sides of a conflict at home, a territory's heads,
        a coalition led by a country."""
        found = _sides_at_home(doc, _named_again(doc, _fighters_of(doc, self._linked_fighters(doc, _describing_words(doc, _acronyms_again(doc_text(doc), mentions))))))
        found = self._united_states_words(doc, self._congress(_owned_roles(doc, found, self._d.country_actor)))
        return self._led_coalition(doc, _sheriffs_deputies(_territory_heads(doc_text(doc), found, self._d.country_actor), self._d.country_actor))

    def _linked_fighters(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"Islamic State-linked militants", "al-Qaeda-affiliated fighters": armed men named by
        their tie to a transnational militant group are of that group (the guideline's IMG),
        not the rebels of the country they fight in; a group that backs, arms or funds them
        ("Iran-backed militias") is another actor."""
        out = list(mentions)
        starts = columns(doc).starts
        for k, m in enumerate(mentions):
            i = starts.get(m.start)
            words = m.text.lower().split()
            if i is None or i < 3 or len(m.actors) != 1 or m.actors[0].role not in ("REB", "UAF") or not words or words[-1] not in FIGHTER_NOUNS:
                continue
            tie, hyphen = doc[i - 1], doc[i - 2]
            if tie.lower_ not in LINK_WORDS or hyphen.text not in HYPHENS or hyphen.whitespace_ or doc[i - 3].whitespace_:
                continue
            # the name glued to the hyphen, read back to where the words before it stop being
            # part of it ("Islamic State", "al Qaeda", "Al-Qaeda")
            first = i - 3
            while first > 0 and i - 3 - first < 4 and (doc[first - 1].is_title or doc[first - 1].text in HYPHENS or doc[first - 1].lower_ in NAME_PARTICLES) \
                    and doc[first - 1].i >= doc[i].sent.start:
                first -= 1
            for j in range(first, i - 2):
                groups = [a for a in self.lookup(doc[j:i - 2].text) if a.code.startswith("IMG")]
                if len(groups) == 1:
                    out[k] = Mention(m.text, m.start, m.end, m.sentence_index, (groups[0],), "linked-group")
                    break
        return out

    def _led_coalition(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"The Saudi-led coalition", "the U.S.-led coalition": the forces of the country that
        leads it (MIL), as the leader's own are; and in an article that names one such
        coalition only, "the coalition", "coalition aircraft" are that one. Another
        coalition ("the ruling coalition", "an opposition coalition", "the Syrian National
        Coalition") is left as it reads."""
        text = doc_text(doc)
        # ("A Saudi-led coalition" at a sentence's start: the leader's name is the last
        # capitalised word when the two are not one name)
        led = [(m, self.country_named(m.group(1)) or self.country_named(m.group(1).split()[-1])) for m in LED_COALITION.finditer(text)]
        # (or a coalition the dictionary names, "the Arab coalition" fighting in Yemen)
        named = [m for m in mentions if m.text.lower().endswith("coalition") and len(m.actors) == 1 and m.actors[0].role == "MIL"]
        leaders = {c for _, c in led if c} | {m.actors[0].country for m in named}
        if len(leaders) != 1 or any(c is None for _, c in led):
            return mentions
        forces = self._d.country_actor(str(leaders.pop()), "MIL")
        spans = [(m.start(1), m.end()) for m, _ in led] + [(m.start, m.end) for m in named]
        out = [m for m in mentions if not any(m.start < b and a < m.end for a, b in spans)]
        taken = [(m.start, m.end) for m in out]
        sentence_starts = [snt.start_char for snt in doc.sents]
        for tok in doc:
            if tok.lower_ != "coalition" or any(a < tok.idx + len(tok.text) and tok.idx < b for a, b in taken):
                continue
            start = next((a for a, b in spans if a < tok.idx < b), tok.idx)
            before = doc[tok.i - 1] if tok.i > 0 and start == tok.idx else None
            if start == tok.idx and (tok.ent_type_ or (before is not None and not before.is_sent_end and not before.is_punct
                                                        and before.pos_ not in ("DET", "CCONJ"))):
                continue  # ("the ruling coalition", "the Syrian National Coalition": another one)
            si = max(bisect.bisect_right(sentence_starts, start) - 1, 0)
            out.append(Mention(text[start : tok.idx + len(tok.text)], start, tok.idx + len(tok.text), si, (forces,),
                               "role" if start != tok.idx else "coref"))
        return sorted(out, key=lambda m: (m.start, m.end))

    def _congo(self, text: str, mentions: list[Mention], home: str | None) -> list[Mention]:
        """"Congolese" and "Congo" name two countries: in a story set in the Democratic
        Republic (Kinshasa, Goma, the Kivus) or naming one of its own actors ("the M23
        rebels") they are the Democratic Republic's, unless the story names Brazzaville."""
        if not any(a.country == "COG" for m in mentions for a in m.actors) or "Brazzaville" in text:
            return mentions
        if home != "COD" and not any(a.country == "COD" for m in mentions for a in m.actors) and not re.search(r"\b(Kinshasa|Democratic Republic|DRC|DR Congo|Goma|Kivu|Ituri|Lubumbashi|Kisangani|eastern Congo)\b", text, re.IGNORECASE):
            return mentions
        return [Mention(m.text, m.start, m.end, m.sentence_index,
                        tuple(self._d.country_actor("COD", a.role) if a.country == "COG" and a.kind == "country" else a for a in m.actors), m.how)
                for m in mentions]

    def _rsf(self, text: str, mentions: list[Mention], home: str | None) -> list[Mention]:
        """"RSF" names two bodies: Sudan's Rapid Support Forces in a story set in Sudan or that
        speaks of it, Reporters Without Borders in one that speaks of the press and not of
        Sudan; else the dated rows of the groups table choose (the paramilitary from the war
        of April 2023)."""
        rsf = [k for k, m in enumerate(mentions) if m.text.split()[-1] == "RSF" and len(m.text.split()) <= 2]
        if not rsf:
            return mentions
        if home == "SDN" or SUDAN_WORDS.search(text):
            actors = self.lookup("Rapid Support Forces")
        elif PRESS_WORDS.search(text):
            actors = self.lookup("Reporters Without Borders")
        else:
            return mentions
        out = list(mentions)
        for k in rsf:
            m = out[k]
            out[k] = Mention(m.text, m.start, m.end, m.sentence_index, actors or m.actors, m.how)
        return out

    def _congress(self, mentions: list[Mention]) -> list[Mention]:
        """"Congress" unqualified is the legislature of a country that has one so named: read
        for a country whose chamber is called otherwise ("Zelensky thanked Congress", filed from
        Kyiv), it is the United States' Congress, the one world news names so; in India it is
        the Indian National Congress, the party."""
        out = list(mentions)
        for k, m in enumerate(mentions):
            if m.text.removeprefix("the ") != "Congress" or len(m.actors) != 1 or m.actors[0].role != "LEG" \
                    or m.actors[0].country in CONGRESSES:
                continue
            party = self.lookup("Indian National Congress") if m.actors[0].country == "IND" else ()
            out[k] = Mention(m.text, m.start, m.end, m.sentence_index, party[:1] or (self._d.country_actor("USA", "LEG"),), m.how)
        return out

    def _united_states_words(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Words English news uses for the United States' bodies alone, in a story that names
        them, wherever it is filed (from Beijing: "farm groups urged the administration to
        close a deal", "Democrats in Congress criticized the president"): "the administration"
        said bare and "an administration official" are its executive, in a story that names
        the United States ("the previous administration", "the Kashmir administration", "the
        administration of the province" are not); "Democrats" and "Republicans" with a
        capital, standing alone, its parties, in a story of its politics (one that names its
        Congress or its government; "the Liberal Democrats" are not)."""
        us = [a for m in mentions for a in m.actors if a.country == "USA"]
        if not us:
            return mentions
        politics = any(a.role in ("LEG", "GOV") for a in us)
        starts = columns(doc).starts
        out = list(mentions)
        for k, m in enumerate(mentions):
            i = starts.get(m.start)
            if i is None or len(m.actors) != 1 or m.actors[0].country in (None, "USA"):
                continue
            before, after = (doc[i - 1] if i > 0 else None), (doc[i + 1] if i + 1 < len(doc) else None)
            if m.text.lower() == "administration" and m.actors[0].role == "GOV" and after is not None and (
                    (before is not None and before.lower_ == "the" and after.lower_ != "of") or after.lower_ in ("official", "officials")):
                role = "GOV"
            elif politics and m.text in US_PARTY_WORDS and m.actors[0].role == "PTY" \
                    and not (before is not None and before.is_title and not before.is_sent_start):
                role = "PTY"
            else:
                continue
            out[k] = Mention(m.text, m.start, m.end, m.sentence_index, (self._d.country_actor("USA", role),), m.how)
        return out

    def _us_state_georgia(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """In an American story "Georgia" is the state ("a jail in Georgia", "Georgia
        lawmakers"), and so are its offices named with it ("a Georgia grand jury", "Georgia's
        governor", "the governor of Georgia"), unless the story speaks of the country (a
        Georgian, Tbilisi, another actor of Georgia's)."""
        georgia = [k for k, m in enumerate(mentions) if m.text.removeprefix("the ") == "Georgia"
                   or (m.how == "role" and re.search(r"\bGeorgia\b", m.text) and all(a.country == "GEO" for a in m.actors))]
        if not georgia or re.search(r"\b(Tbilisi|Georgians?|Caucasus|Abkhazia|South Ossetia)\b", text) or any(
            k not in georgia and m.how != "role-in-sentence" and any(a.country == "GEO" for a in m.actors) for k, m in enumerate(mentions)
        ):
            return mentions
        out = list(mentions)
        # (and the agent nouns that took their country from it: "a prison guard ... in Georgia")
        for k in georgia + [k for k, m in enumerate(mentions) if m.how == "role-in-sentence"]:
            m = out[k]
            out[k] = Mention(m.text, m.start, m.end, m.sentence_index,
                             tuple(self._d.country_actor("USA", a.role) if a.country == "GEO" else a for a in m.actors),
                             "us-state" if k in georgia else m.how)
        return out

    def _former(self, text: str, m: Mention, date: dt.date | None) -> Mention:
        """"the former Bolivian president", "ex-minister X": a former office holder is an
        elite (ELI), not the office."""
        # (with the portfolio between: "the former petroleum minister"; or after the
        # nationality: "an Iranian former official")
        before = text[max(0, m.start - 30) : m.start].rstrip()
        inside = m.text.lower()
        words = inside.split()
        demonym_first = len(words) > 2 and words[1] == "former" and m.actors and all(a.kind != "person" for a in m.actors)
        if not (FORMER_BEFORE.search(before) or inside.startswith(("former ", "the former ", "ex-")) or demonym_first):
            return m

        # (a person the dictionary knows holds the role it gives; one named by a title here
        # holds the title's: "former Energy Secretary Dan Rourke" holds no office; and so does
        # one whose term the dictionary ends in the month of the story, as it knows terms only
        # by the month: "former President Evo Morales", ten days after he resigned)
        actors = tuple(_in_role(a, self._d.country_actor(a.country, "ELI")) if a.country and a.role in OFFICE_ROLES and (
            a.kind != "person" or m.how == "home-person" or self._term_ends_in_month(a, date)) else a for a in m.actors)
        return Mention(m.text, m.start, m.end, m.sentence_index, actors, m.how) if actors != m.actors else m

    @functools.cached_property
    def _people_by_name(self) -> dict[str, Person]:
        """The dictionary's people by name (the first, where two share one)."""
        by_name: dict[str, Person] = {}
        for p in self._d.people:
            by_name.setdefault(p.name, p)
        return by_name

    def _term_ends_in_month(self, a: Actor, date: dt.date | None) -> bool:
        """Whether the dictionary person ``a``'s term in force on ``date`` ends in that month."""
        if date is None:
            return False
        person = self._people_by_name.get(a.name)
        term = person.term_at(date) if person is not None else None
        return term is not None and term.end is not None and (term.end.year, term.end.month) == (date.year, date.month)

    def _placed_roles_at_home(self, doc: Doc, mentions: list[Mention], home: str) -> list[Mention]:
        """A bare agent noun took the one country its sentence names; when that country is
        named only as where something happens ("the chancellor is to attend a summit in
        Norway", in a story from Berlin), as whose something is ("the prime minister welcomed
        France's offer", in a story from London), as the other side of "between" ("talks
        between the United States and the insurgents"), as the one the noun acts on ("the Commerce
        Department blacklisted two Chinese firms"), or by an actor of the same role who is
        someone else ("the ambassador met the Ukrainian president in Kyiv", in a story from
        Washington), or when the noun is qualified as the nation's ("the national police") or
        its government's ("Russian mercenaries and government troops", from Bangui), the noun
        is the article's home's."""
        out = list(mentions)
        text = doc_text(doc)
        for k, m in enumerate(out):
            if m.how == "role-in-sentence" and len(m.actors) == 1 and m.actors[0].country not in (None, home) \
                    and (_placed_elsewhere(doc, text, mentions, m) or text[max(0, m.start - 20) : m.start].rstrip().lower().endswith(" national")
                         or m.text.lower().startswith(("government ", "the government ")) or _only_a_war_opposed(doc, mentions, m)) \
                    and forces_speaker(span_root(doc, m.start, m.end), mentions) != m.actors[0].country \
                    and leader_of(span_root(doc, m.start, m.end), mentions) != m.actors[0].country:
                # (but forces a force of their country tells of are its own: "the Israeli
                # military said soldiers detained 12 suspects", from Jenin; and a body led by
                # one of the country is its: "the delegation, headed by State Department official
                # Caroline Ashby", from Bogotá)
                out[k] = Mention(m.text, m.start, m.end, m.sentence_index, (self._d.country_actor(home, m.actors[0].role),), "home-role")
        return out

    def _posted_unplaced(self, doc: Doc, mentions: list[Mention], home: str | None) -> list[Mention]:
        """"KABUL — The envoy met Afghanistan's president", "Poland summoned the ambassador",
        "the diplomat had met officials in Transnistria": a diplomat is posted where he is, so
        the one country his sentence names (the story's own, or with no home any) is not his
        when it is named there otherwise than as his (``_placed_elsewhere``), as ``at_home``
        does not give him the story's for that alone; "its ambassador" is its own."""
        text = doc_text(doc)
        return [m for m in mentions if not (
            m.how == "role-in-sentence" and len(m.actors) == 1 and (home is None or m.actors[0].country == home)
            and m.text.lower().removeprefix("the ") in POSTED_NOUNS and not OWNER_BEFORE.search(text[max(0, m.start - 20) : m.start])
            and _placed_elsewhere(doc, text, mentions, m))]

    def _placed_roles_unplaced(self, doc: Doc, mentions: list[Mention]) -> tuple[list[Mention], list[Bare]]:
        """In an article of no one country, a bare agent noun whose sentence names its one
        country only as the other side of an act ("the speaker of the House criticised the
        president for informing Russia") has no country the text gives: it is left bare, for a
        title to refer back to its last holder (``_titles_again``), else unsaid. (A country
        named as a place, "the caucus in Ghana's parliament urged the government", stays the
        noun's: with no home, where the sentence is set is the best the text gives; so do police
        and soldiers, who are of where they act.)"""
        keep: list[Mention] = []
        bare: list[Bare] = []
        for m in mentions:
            role = m.actors[0].role if len(m.actors) == 1 else None
            # (police and soldiers are of where they act: "police arrested twelve opposition
            # activists in Minsk")
            if m.how == "role-in-sentence" and role and role not in LOCAL_FORCES and m.actors[0].country and _on_the_other_side(doc, mentions, m):
                roles = [e for _, _, entries in self._phrase_hits(m.text)[1] for e in entries if e.kind == "role" and e.role == role]
                if roles:
                    bare.append(Bare(m.start, m.end, m.sentence_index, role, roles[-1].title, roles[-1].plural))
                continue
            keep.append(m)
        return keep, bare

    def _phrase_hits(self, phrase: str) -> tuple[int, tuple[tuple[int, int, tuple[Entry, ...]], ...]]:
        """(number of tokens, the longest dictionary phrases left to right as (start, end,
        entries)) of a short phrase tokenised without a parser; remembered per phrase, since
        the same names come back article after article."""
        got = self._hits.get(phrase)
        if got is None:
            texts = [t.text for t in phrase_tokenizer()(phrase)]
            norms = [norm_token(t) for t in texts]
            hits = []
            i = 0
            while i < len(norms):
                hit = self._d.index.longest(norms, texts, i)
                if hit is None:
                    i += 1
                    continue
                hits.append((i, hit[0], tuple(hit[1])))
                i = hit[0]
            if len(self._hits) >= 50_000:
                self._hits.clear()
            got = self._hits[phrase] = (len(norms), tuple(hits))
        return got

    def country_named(self, name: str) -> str | None:
        """The country a place name or a nationality word names in the dictionary (a country,
        capital, region, "Greek"; or the place of a state's institution it stands for,
        "Westminster", "the Kremlin", "England", which is in that state whatever town abroad
        shares the name), or None."""
        n, hits = self._phrase_hits(name)
        if len(hits) != 1 or hits[0][:2] != (0, n):
            return None
        for e in hits[0][2]:
            if e.kind == "country" and e.iso3:
                return e.iso3
            if e.kind == "actor" and e.actor is not None and e.actor.kind == "country" and e.actor.country:
                return e.actor.country
        return None

    def _role_in(self, phrase: str) -> tuple[str, bool] | None:
        """The last agent role named by a phrase's words ("Columbus Police Department" -> COP)."""
        roles = [(e.role, e.plural) for _, _, entries in self._phrase_hits(phrase)[1] for e in entries if e.kind == "role" and e.role]
        return roles[-1] if roles else None

    def names_person(self, name: str, person: Person) -> bool:
        """Whether a full name, as the article writes it, is this dictionary person's."""
        _, hits = self._phrase_hits(name)
        return bool(hits) and hits[0][0] == 0 and any(e.kind == "person" and e.full and e.person == person for e in hits[0][2])

    # -- helpers used by _Sentence --------------------------------------------------
    def _with_role(self, actor: Actor, role: str) -> Actor:
        if actor.kind in ("igo", "group") or actor.country is None:
            return actor
        if actor.role is not None and actor.kind != "country":
            return actor
        return self._d.country_actor(actor.country, role)


class _Sentence:
    """Composition over one sentence's tokens, left to right."""

    def __init__(
        self,
        r: ActorResolver,
        toks: list[_Tok],
        si: int,
        date: dt.date | None,
        ctx: ArticleContext,
        stance: frozenset[int] = frozenset(),
        names: _NamesInDoc | None = None,
        clause_ands: frozenset[int] = frozenset(),
    ) -> None:
        self.r = r
        self.names = names
        # (where an "and" joins two clauses, not two names: character offsets)
        self.clause_ands = clause_ands
        self.left_bare: list[Bare] = []
        # agent nouns after a community adjective with no country ("Islamist militants"):
        # (start, end) in characters -> role, for the article's country to take
        self.community_roles: dict[tuple[int, int], str] = {}
        # the last mention found in the sentence so far
        self.last: _Found | None = None
        self.d = r.dictionary
        self.toks = toks
        self.n = len(toks)
        self.si = si
        self.date = date
        self.ctx = ctx
        self.norms = [t.norm for t in toks]
        texts = [t.text for t in toks]
        self.atoms: dict[int, _Atom] = {}
        i = 0
        first_words = self.d.index.root  # (most words begin no phrase: looked up before the walk)
        while i < self.n:
            hit = self.d.index.longest(self.norms, texts, i) if self.norms[i] in first_words else None
            if hit is None:
                i += 1
                continue
            end, entries = hit
            if toks[i].start in stance or (end - i > 1 and toks[end - 1].start in stance):
                # "anti-American protesters", "pro-Russian separatists", "Syrian-backed
                # militia", "Islamic State-linked insurgents", "the army-aligned government":
                # a stance toward a country, a group or a body, not its people
                i = end
                continue
            if i >= 1 and toks[i - 1].norm in NAME_PARTICLES and toks[i].start - toks[i - 1].end == 1:
                # ("Al-Fateh Gumaa", a spokesman: the tail of a name with an Arabic particle
                # is no group; a group so written is matched whole, "al-Shabaab")
                i = end
                continue
            bare = end == i + 1 or (end == i + 2 and self.norms[i] == "the")
            if names is not None and bare and (meant := self._redefined(texts[end - 1], entries, names)) is not None:
                # "the National Prosecuting Authority (NPA)": the article says what its
                # acronym stands for, and it is not the dictionary's NPA, the New People's Army;
                # "Rapid Support Forces ... the RSF": the name it stands for in this article,
                # not the dictionary's other RSF
                if meant:
                    self.atoms[i] = _Atom(i, end, meant)
                i = end
                continue
            extra = [e for e in entries if e.source != "dictionary"]
            self.atoms[i] = _Atom(i, end, tuple(extra or entries))
            i = end
        if names is not None:
            self._drop_names_in_names(names)

    def _redefined(self, word: str, entries: Sequence[Entry], names: _NamesInDoc) -> tuple[Entry, ...] | None:
        """When the article spells out the acronym ``word`` as a name that is none of the names
        of the actors the dictionary gives it: the dictionary's entries for that name (empty
        if it has none); None when the acronym means what the dictionary says."""
        full = names.acronyms.get(word)
        if full is None:
            return None
        fixed = {_named_by(e) for e in entries} - {None}
        if not fixed:
            return None
        words = full.split()
        hit = self.d.index.longest([norm_token(w) for w in words], words, 0)
        meant = tuple(e for e in hit[1] if _named_by(e) is not None) if hit is not None and hit[0] == len(words) else ()
        if {_named_by(e) for e in meant} & fixed or norm_token(full) in {norm_token(n) for n in _names_of(entries)}:
            return None
        return meant

    def _drop_names_in_names(self, names: _NamesInDoc) -> None:
        """A demonym or country word inside a longer proper name is part of that name, not
        a country: "French Quarter police", "Indian River County", "Pan American Airways",
        "the Turkish-Palestinian Friendship Hospital". A name made only of dictionary
        words ("the Russian Defence Ministry") keeps its country."""
        for i, atom in list(self.atoms.items()):
            if all(e.kind == "country" and e.form == "capital" for e in atom.entries):
                # "Defence Minister Aden Korir": a city's name as a word of a person's
                ent = names.entity(self.toks[atom.start].start, self.toks[atom.end - 1].end)
                if ent is not None and ent[0] == "PERSON" and (ent[1] < self.toks[atom.start].start or self.toks[atom.end - 1].end < ent[2]):
                    del self.atoms[i]
                continue
            if all(e.kind == "dated" or (e.kind == "actor" and e.form not in ("community", "community-adj")) for e in atom.entries):
                # a group's name as a word in the middle of a longer name the tagger marks
                # ("Mohd Shahrizal Ikhwan Abdul Latiff") is that name's; one that opens a name
                # ("Hamas Political Bureau") still names the group
                ent = names.entity(self.toks[atom.start].start, self.toks[atom.end - 1].end)
                if ent is not None and ent[1] < self.toks[atom.start].start and self._name_word_before(atom):
                    del self.atoms[i]
                continue
            if any(e.kind == "actor" and e.form not in ("community", "community-adj") for e in atom.entries) \
                    and atom.start > 1 and self.norms[atom.start - 1] in ("and", "&") and self._capital_word(atom.start - 2):
                # ("the National Defense and Security Council": an organisation's name joined by
                # "and" to the words before it in one name is a word of that name, no UN Security
                # Council; an agent noun it also is still reads as one)
                ent = names.entity(self.toks[atom.start].start, self.toks[atom.end - 1].end)
                if ent is not None and ent[1] <= self.toks[atom.start - 2].start:
                    kept = tuple(e for e in atom.entries if e.kind != "actor")
                    if kept:
                        self.atoms[i] = dataclasses.replace(atom, entries=kept)
                    else:
                        del self.atoms[i]
                continue
            # (a place's own name, "the Golan" of "the Golan Heights", is not a demonym)
            if not all(e.kind == "country" and e.form in ("adj", "people", "name") for e in atom.entries):
                continue
            if self._inside_a_name(atom):
                del self.atoms[i]
                continue
            if atom.end < self.n and self.norms[atom.end] in ("'s", "'"):
                continue  # (a possessor, "Vietnam's Communist Party", is no word of the name it owns)
            ent = names.entity(self.toks[atom.start].start, self.toks[atom.end - 1].end)
            if ent is None:
                continue
            label, s, e = ent
            # (the small model often takes the possessive into the name: "South Korea's")
            inside = [k for k, t in enumerate(self.toks) if s <= t.start and t.end <= e and t.norm not in STOP
                      and t.norm not in ("'s", "'")]
            if not inside or (inside[0] == atom.start and inside[-1] == atom.end - 1):
                continue
            covered = {k for a in self.atoms.values() for k in range(a.start, a.end)}
            if all(any(a.start <= k < a.end and all(x.kind == "country" for x in a.entries) for a in self.atoms.values()) for k in inside):
                continue  # ("the Dominican Republic and Uruguay", tagged one name: every word a country's)
            role_headed = any(a.start <= inside[-1] < a.end and a.of("role") for a in self.atoms.values())
            of = [k for k in range(inside[0], atom.start) if self.norms[k] == "of"]
            if of and role_headed:
                # "the Office of the U.S. Trade Representative": the office of a holder named
                # by country and title is that holder's
                inside = [k for k in inside if k > of[-1]]
            plain = all(k in covered or self.norms[k] in INSTITUTION_WORDS for k in inside)
            if label in ("GPE", "LOC", "FAC", "PERSON") or not (role_headed and plain):
                del self.atoms[i]

    def _capital_word(self, k: int) -> bool:
        """A capitalised word that is not a dictionary phrase: part of a proper name."""
        if k < 0 or k >= self.n or k in self.atoms or any(a.start < k < a.end for a in self.atoms.values()):
            return False
        t = self.toks[k]
        if k == 0 and past_participle(t.text):
            # ("Jailed Bahraini activist Nabeel Rajab", the participle tagged a name's word):
            # a verb's "-ed" form that opens the sentence has its capital from the sentence
            return False
        return t.text[:1].isupper() and t.text.isalpha() and t.norm not in STOP and t.pos in ("PROPN", "")

    def _name_word_before(self, atom: _Atom) -> bool:
        """Whether the word before ``atom`` is a capitalised word of a name (not an acronym)."""
        return atom.start > 0 and self._capital_word(atom.start - 1) and not self.toks[atom.start - 1].text.isupper()

    def _inside_a_name(self, atom: _Atom) -> bool:
        """"French Quarter police", "Indian River County deputies", "Pan American": the
        country word is one of the capitalised words of a name whose head is not an agent
        noun of the dictionary ("Chinese Communist Party", "Afghan National Army" keep
        their country: their capitalised head is one; nor do "Royal Thai Police", "the Royal
        Bahamas Police Force", opened by a word of a state institution's name)."""
        if self._name_word_before(atom) and not (self.norms[atom.start - 1] in INSTITUTION_WORDS and not self._capital_word(atom.start - 2)):
            return True
        k = atom.end
        if not self._capital_word(k):
            return False
        while self._capital_word(k):
            k += 1
        head = self.atoms.get(k)
        return not (head is not None and head.of("role") and self.toks[k].text[:1].isupper())

    def run(self) -> list[_Found]:
        out: list[_Found] = []
        bare: list[_Atom] = []
        p = 0
        while p < self.n:
            f = self._at(p)
            if f is None:
                atom = self.atoms.get(p)
                if atom is not None and atom.of("role") and not atom.of("country") and self._base(atom) is None and not self._sides(atom):
                    bare.append(atom)
                p += 1
                continue
            if f.actors:
                f = self._with_determiner(f, out)
                out.append(f)
                self.last = f
                person = f.person
                # (places passed through on the way, "reached Mexico via Moscow and Paris",
                # are no one a later "they" can be)
                route = f.start > 0 and self.norms[f.start - 1] == "via"
                broker = f.start > 1 and self.norms[f.start - 1] == "by" and self.norms[f.start - 2] in BROKERED
                place = all(a.kind == "igo" for a in f.actors) and named_as_where(self.norms[max(0, f.start - 4) : f.start])
                adjective = f.end - f.start == 1 and self.toks[f.start].pos == "ADJ" and all(a.kind == "country" and a.role is None for a in f.actors)
                self.ctx.add(Seen(self.si, f.actors, f.plural and not route, person, broker, place, adjective))
            p = max(f.end, p + 1)
        if bare:
            out = self._organisations(bare, out)
        if bare and out:
            out = self._roles_at_home(bare, out)
        for atom in bare:
            if self._after_mention(atom, out):
                # inside a mention, or right after one ("al-Qaeda leaders", "Hezbollah
                # political officials")
                continue
            role = atom.of("role")[0]
            if role.role is None or (atom.end - atom.start == 1 and self.toks[atom.end - 1].pos not in ("NOUN", "PROPN", "")):
                # ("a public hearing": an adjective is no agent; but a phrase of the table is
                # one, whatever the tagger makes of its last word: "attorneys general from 12
                # states")
                continue
            if role.machine:
                # "a drone attack on Kyiv": a weapon no one is said to own is no one's forces
                continue
            self.left_bare.append(
                Bare(self.toks[atom.start].start, self.toks[atom.end - 1].end, self.si, role.role, role.title,
                     role.plural or self.norms[atom.end - 1].endswith("s"))
            )
        return out

    def _after_mention(self, atom: _Atom, out: list[_Found]) -> bool:
        """Whether an agent noun is inside a mention or follows one, right after it or past
        lower-case words that say what kind of agent it is ("Hamas military commander",
        "Hezbollah political officials": the group's, as "Hamas officials" are)."""
        for f in out:
            if f.start < atom.end and atom.start <= f.end:
                return True
            if f.end < atom.start <= f.end + KIND_WORDS_MAX and all(
                    t.pos in ("ADJ", "NOUN") and t.text.islower() for t in self.toks[f.end : atom.start]):
                return True
        return False

    def _sides(self, atom: _Atom) -> bool:
        """Whether an agent noun is "parties" as the sides of a conflict ("urged all parties to
        protect civilians", "the warring parties"): no political parties, and none named, so no
        one's (neither the sentence's country nor the article's)."""
        return self.norms[atom.start : atom.end] == ["parties"] and atom.start > 0 and self.norms[atom.start - 1] in SIDES_WORDS

    def _organisations(self, bare: list[_Atom], out: list[_Found]) -> list[_Found]:
        """An unnamed organisation ("an international rights group", "an aid agency") is a
        non-governmental one of its sector, with no country: NGOHRI, NGO."""
        added: list[_Found] = []
        used: list[_Atom] = []
        for atom in bare:
            role = atom.of("role")[0]
            if role.role not in NGO_ROLES or self.norms[atom.end - 1] not in ORGANISATION_NOUNS:
                continue
            if any(f.start < atom.end and atom.start <= f.end for f in out):
                continue
            if role.role == "HRI" and not self._foreign_before(atom):
                # ("a human rights group protested", "rights groups said"): a domestic rights
                # group is of the country it speaks in, as the guideline's HRI role and the
                # other domestic bodies are; an international one is no country's
                continue
            code = "NGO" if role.role == "NGO" else f"NGO{role.role}"
            name = " ".join(t.text for t in self.toks[atom.start : atom.end])
            added.append(_Found(atom.start, atom.end, (Actor(code=code, name=name, kind="group"),), "organisation", self.norms[atom.end - 1].endswith("s")))
            used.append(atom)
        if not added:
            return out
        bare[:] = [a for a in bare if a not in used]
        return sorted(out + added, key=lambda f: f.start)

    def _roles_at_home(self, bare: list[_Atom], out: list[_Found]) -> list[_Found]:
        """Bare agent nouns of a sentence that names one country are that country's; a
        spokesperson for an actor named after it is that actor (taken out of ``bare``)."""
        # (a news agency credited in the sentence, "said a spokesperson when contacted by
        # Reuters", does not say whose the spokesperson is)
        spoken: list[_Found] = []
        for atom in list(bare):
            spoken_for = self._spoken_for(atom, out)
            if spoken_for is not None:
                # ("a spokesman for the RSF": the one who speaks for an actor is that actor)
                spoken.append(_Found(atom.start, atom.end, spoken_for.actors, "role", spoken_for.plural))
                bare.remove(atom)
        if spoken:
            out = sorted(out + spoken, key=lambda f: f.start)
        out = self._placed_by_fronted_place(bare, out)
        # (nor do people named by their nationality, "a fight between Venezuelan migrants and
        # residents": who they are, not whose the governor is)
        # (nor does a country's mission, which stands in another's: "protesters set fire to the
        # Swedish embassy in Baghdad" are Iraq's)
        countries = {a.country for f in out for a in f.actors if a.country and a.role not in ("MED", "REF")
                     and self.norms[f.end - 1] not in MISSION_NOUNS}
        if len(countries) != 1:
            return out
        iso3 = next(iter(countries))
        where = any(f.start > 0 and self.norms[f.start - 1] in ("in", "across", "throughout")
                    and all(a.kind == "country" and a.role is None for a in f.actors) for f in out)
        added: list[_Found] = []
        for atom in bare:
            role = atom.of("role")[0]
            if (role.role not in DOMESTIC_ROLES and not (where and role.role in PEOPLE_ROLES)) or role.machine or self.toks[atom.start].pos not in ("NOUN", "PROPN", "ADJ"):
                continue
            if self._after_mention(atom, out):
                # inside a mention, or right after one ("al-Qaeda leaders", "Hamas officials")
                continue
            if role.role == "CRM" and self.toks[atom.end - 1].pos == "ADJ" and atom.end < self.n and self.toks[atom.end].pos in ("NOUN", "PROPN"):
                # ("a new criminal code", "a criminal case": the adjective names a kind of law
                # or case, not criminals; "military aircraft" are the military's)
                continue
            if " ".join(self.norms[atom.start : atom.end]) in OTHER_SIDE_NOUNS:
                continue  # ("met his counterpart": the other side's)
            if self._foreign_before(atom):
                # "attacks on foreign troops", "Western diplomats": not that country's
                continue
            actor = self.d.country_actor(iso3, role.role)
            added.append(_Found(atom.start, atom.end, (actor,), "role-in-sentence", role.plural or self.norms[atom.end - 1].endswith("s")))
        return sorted(out + added, key=lambda f: f.start) if added else out

    def _placed_by_fronted_place(self, bare: list[_Atom], out: list[_Found]) -> list[_Found]:
        """Bare agent nouns of a clause that opens with where it happens ("In Ankara, the
        foreign ministry summoned the American ambassador", "and in Mali, protesters have
        accused French forces") are of that place's country, whatever other countries the
        sentence names (taken out of ``bare``). (``at_home`` reads a sentence that opens so for
        every bare noun of an article with a home country; this holds without one, and for a
        clause after "and".)"""
        added: list[_Found] = []
        for f in out:
            place = f.actors[0] if len(f.actors) == 1 else None
            if place is None or place.kind != "country" or place.role is not None or not place.country \
                    or f.start == 0 or self.norms[f.start - 1] != "in" or f.end >= self.n or self.norms[f.end] != ",":
                continue
            opening = f.start - 1
            if opening > 0 and self.norms[opening - 1] not in (",", "and", "but", "meanwhile"):
                continue  # ("protesters gathered in Paris, police said": where, not a clause's opening)
            for atom in list(bare):
                between = self.toks[f.end + 1 : atom.start]
                role = atom.of("role")[0]
                if atom.start <= f.end or len(between) > 6 or any(t.pos in ("VERB", "AUX", "PUNCT", "SCONJ") for t in between) \
                        or role.role not in DOMESTIC_ROLES | PEOPLE_ROLES or self._foreign_before(atom) \
                        or " ".join(self.norms[atom.start : atom.end]) in OTHER_SIDE_NOUNS \
                        or any(o.start < atom.end and atom.start <= o.end for o in out) \
                        or (role.title and atom.end < self.n and self.toks[atom.end].pos == "PROPN"):
                    # (nor a noun inside a mention or right after one, "a White House
                    # spokeswoman", nor a title before a name, which is the name's)
                    continue
                added.append(_Found(atom.start, atom.end, (self.d.country_actor(place.country, role.role),), "role-of-place",
                                    role.plural or self.norms[atom.end - 1].endswith("s")))
                bare.remove(atom)
        return sorted(out + added, key=lambda f: f.start) if added else out

    def _foreign_before(self, atom: _Atom) -> bool:
        """Whether one of the two words before ``atom`` says it is of no one country of the
        text ("foreign", "international", "Western"); not one "of" follows ("a coalition of rebel
        groups" is made of the groups, no foreign one)."""
        return any(self.norms[k] in FOREIGN_WORDS and self.norms[k + 1] != "of" for k in range(max(0, atom.start - 2), atom.start))

    def _spoken_for(self, atom: _Atom, out: list[_Found]) -> _Found | None:
        """The actor a spokesperson at ``atom`` speaks for ("a spokesman for the RSF", "a
        spokeswoman of the ministry"), if the words after it name one."""
        if self.norms[atom.end - 1] not in SPOKESPERSON_NOUNS or atom.end >= self.n or self.norms[atom.end] not in ("for", "of"):
            return None
        at = atom.end + 1
        return next((f for f in out if f.start in (at, at + 1) and f.actors), None)

    def _with_determiner(self, f: _Found, out: list[_Found]) -> _Found:
        s = f.start
        if s > 0 and self.norms[s - 1] == "the" and (not out or out[-1].end <= s - 1):
            return _Found(s - 1, f.end, f.actors, f.how, f.plural, f.person)
        return f

    # -- dispatch -------------------------------------------------------------------
    def _at(self, p: int) -> _Found | None:
        if self.norms[p] in COUNT_WORDS and (named := self._pair(p)) is not None:
            return named  # ("the three countries")
        if self.norms[p] in PAIR_WORDS or self.norms[p] == "the":
            # (the readings of "both countries", "the country", "the North", "the group")
            pair = self._pair(p)
            if pair is not None:
                return pair
            country = self._the_country(p) or self._the_north(p)
            if country is not None:
                return country
            group = self._the_group(p)
            if group is not None:
                return group
        atom = self.atoms.get(p)
        if atom is None:
            if self.norms[p] in PLURAL_PRONOUNS:
                return self._pronoun(p)
            return None
        if atom.of("block"):
            return _Found(atom.start, atom.end, (), "dictionary")
        if atom.of("person"):
            f = self._person(atom)
            if f is not None:
                return f
        community = _community(atom)
        if community is not None and not atom.of("country"):
            return self._community(atom, community)
        if p > 0 and (p - 1) not in self.atoms and self.toks[p - 1].pos == "PROPN" and self.toks[p - 1].text[:1].isupper() \
                and not self.toks[p].text.isupper() and atom.entries and all(e.kind == "country" and e.form in ("city", "region") for e in atom.entries):
            # ("Kisan Sabha leader Sukhdev Patil": a town's name at the end of a longer name is
            # a word of that name, not the town; the guideline takes no country from a
            # look-alike word inside a name)
            return _Found(atom.start, atom.end, (), "dictionary")
        if self._base(atom) is not None:
            return self._from_base(p)
        if atom.of("role"):
            return self._from_role(atom)
        return None

    def _community(self, atom: _Atom, e: Entry) -> _Found:
        """An ethnic or religious community, alone ("Kurds" -> ETNKUR, "Tamils" ->
        LKAETNTAM) or before an agent noun: with a home country, that country's agent
        ("Chechen rebels" -> RUSREB), else the community ("Shiite militias" -> MOSSHI).
        An adjective with no agent noun after it names nothing."""
        assert e.actor is not None
        gap_end = self._skip_modifiers(atom.end)
        ra = self.atoms.get(gap_end) if gap_end >= 0 else None
        if ra is not None and ra.of("role"):
            role = ra.of("role")[0]
            after = self._title_person(ra, role)
            if after is not None and not after[1]:
                f = after[0]
                return _Found(atom.start, f.end, f.actors, f.how, f.plural, f.person)
            if e.iso3 is None:  # "Kurdish students from Iraq" -> IRQEDU
                placed = self._from_role(ra)
                if placed is not None and placed.actors:
                    return _Found(atom.start, placed.end, placed.actors, placed.how, placed.plural, placed.person)
            if (role.role or "GOV") == "GOV":
                # "Tamil leaders", "Yoruba elders": a community's leaders, not its state's
                # government
                return _Found(atom.start, ra.end, (e.actor,), "community", True)
            if e.iso3 is None and role.role:
                role = dataclasses.replace(role, role=_community_forces(role.role))
            actor = self.d.country_actor(e.iso3, role.role) if e.iso3 and role.role else e.actor
            if e.iso3 is None and role.role:
                # "Islamist militants", "Kurdish fighters": the role is the act's; the country
                # is the article's or the sentence's, when it has one (guideline: country + role)
                self.community_roles[(self.toks[atom.start].start, self.toks[ra.end - 1].end)] = role.role
            return _Found(atom.start, ra.end, (actor,), "role", role.plural)
        if e.form == "community":
            return _Found(atom.start, atom.end, (e.actor,), "dictionary", True)
        return _Found(atom.start, atom.end, (), "dictionary")

    # -- bases: countries and fixed actors ----------------------------------------------
    def _base(self, atom: _Atom | None) -> tuple[list[Actor], str, bool] | None:
        """The actors an atom names by itself: (actors, how, plural), or None if it is
        not a country or fixed actor."""
        if atom is None:
            return None
        for e in atom.entries:
            if e.kind == "country" and e.iso3:
                return [self.d.country_actor(e.iso3)], "dictionary", e.plural
            if e.kind == "actor" and e.actor is not None and e.form != "community-adj":
                return [e.actor], e.source, e.form == "community"
            if e.kind == "dated" and e.dated is not None:
                actors = [self._code_actor(c, e.dated.name) for c in e.dated.codes_at(self.date)]
                if actors:
                    return actors, e.source, len(actors) > 1
        return None

    def _code_actor(self, code: str, name: str) -> Actor:
        country, role = split_code(code)
        if country is None:
            kind = "igo" if code.startswith("IGO") else "group"
            return Actor(code=code, name=name, kind=kind)
        if country in self.d.countries and role is None and len(code) == 3:
            return self.d.country_actor(country)
        return Actor(code=code, name=name, country=country, role=role, kind="country" if len(code) <= 3 else "group")

    def _group(self, p: int) -> tuple[list[Actor], int, str, bool] | None:
        """Countries or fixed actors from ``p`` joined by "and"/","/"or": (actors, end,
        how, plural). A comma-joined tail without a final "and" is not part of the list
        ("in Baku, Azerbaijan's ...")."""
        first = self._base(self.atoms.get(p))
        if first is None:
            return None
        actors, how, plural = list(first[0]), first[1], first[2]
        members = [(p, self.atoms[p].end, actors[:], plural)]
        joins: list[str] = []
        q = self.atoms[p].end
        while q < self.n:
            r = q
            joined = []
            while r < self.n and self.norms[r] in CONNECTORS | {"the"}:
                if self.norms[r] != "the":
                    joined.append(self.norms[r])
                r += 1
            if not joined or len(joined) > 2:
                break
            if joined == [",", "and"] and len(members) == 1:
                break  # "sent a system to Ukraine, and NATO's chief said": two clauses, not a list of two
            if any(self.toks[k].start in self.clause_ands for k in range(q, r)):
                # ("suspended relations with Caracas and Peru said it would not recognise him":
                # the parse makes the "and" join two clauses, the second with its own subject)
                break
            if "and" in joined and "and" in joins:
                # ("put forward by Egypt and Qatar, and Hamas accused Israel": a list's "and"
                # comes once, before its last member; another begins a clause)
                break
            nxt = self._base(self.atoms.get(r))
            if nxt is None:
                break
            if (self.norms[r - 1] == "the" or self.toks[q - 1].pos == "NOUN") and self.toks[r].pos == "ADJ" \
                    and self.atoms[r].end < self.n and self.toks[self.atoms[r].end].pos in ("NOUN", "PROPN"):
                # ("the Frontier Corps and the Afghan border police", "M23 rebels and Congolese
                # troops": a phrase of its own, not a second adjective of a shared noun, as in
                # "Armenian and Azerbaijani forces")
                break
            if self._owner_of_named(self.atoms[r].end):
                # ("Israel and Lebanon's Hezbollah", "Russia and Ukraine's Zelensky"): the last
                # country owns the named actor after it, which is the second member; not a list
                # of two countries
                break
            joins.append("," if joined == [","] else "and")
            members.append((r, self.atoms[r].end, list(nxt[0]), nxt[2]))
            q = self.atoms[r].end
        while joins and joins[-1] == ",":
            joins.pop()
            members.pop()
        out: list[Actor] = []
        for _, _, acts, _ in members:
            for a in acts:
                if a not in out:
                    out.append(a)
        plural = len(out) > 1 or any(m[3] for m in members)
        return out, members[-1][1], how, plural

    def _owner_of_named(self, q: int) -> bool:
        """Whether the words from ``q`` are a possessive ending followed by a named person or
        group, not by an agent noun ("Lebanon's Hezbollah", not "Kosovo's envoys")."""
        if q + 1 >= self.n or self.norms[q] not in ("'s", "'"):
            return False
        named = self.atoms.get(q + 1)
        return named is not None and any(e.kind in ("person", "actor", "dated") for e in named.entries)

    def _from_base(self, p: int) -> _Found | None:
        g = self._group(p)
        if g is None:
            return None
        actors, q, how, plural = g
        possessive = q < self.n and self.norms[q] in ("'s", "'")
        r = q + 1 if possessive else q
        # person directly after: "Russia's Putin"
        pa = self.atoms.get(r)
        if pa is not None and pa.of("person"):
            f = self._person(pa)
            if f is not None:
                return _Found(p, f.end, f.actors, f.how, f.plural, f.person)
        if possessive and pa is not None and len(actors) == 1 and actors[0].kind == "country" and actors[0].role is None:
            # ("Turkey's National Security Council", "South Korea's National Security
            # Council"): an institution the dictionary knows as another country's, named as
            # this country's, is this country's body of that kind
            held = [e.actor for e in pa.of("actor") if e.actor is not None and e.actor.kind == "country" and e.actor.role]
            if held and held[0].country != actors[0].country and held[0].role is not None:
                return _Found(p, pa.end, (self.r._with_role(actors[0], held[0].role),), "role", False)
        # a community after a country: "Iraqi Kurds" -> IRQETNKUR
        ca = self.atoms.get(q)
        community = _community(ca) if ca is not None and not possessive else None
        if ca is not None and community is not None and community.form == "community" and self._composable(actors):
            composed = tuple(self._in_community(a, community) for a in actors)
            return _Found(p, ca.end, composed, "role", True)
        # a role noun after at most MAX_GAP modifiers
        gap_end = self._skip_modifiers(r)
        ra = self.atoms.get(gap_end)
        if not possessive and q < self.n and self.norms[q] in TOPIC_NOUNS and self.toks[q].pos in ("NOUN", "PROPN", "") and self._topic(p):
            # "a China scholar", "the White House Russia adviser": the country is what the
            # expert knows about, not whose they are (but "that Afghanistan hand over the
            # militants": a verb, the country its subject)
            return _Found(p, q + 1, (), "topic")
        if possessive and ra is not None and ra.of("role") and self.norms[ra.end - 1] in STATES_BESIDE_NOUNS and actors \
                and all(a.kind == "country" and a.role is None for a in actors):
            # ("Russia's neighbours", "Iran's rivals in the Gulf"): a state's neighbours or
            # rivals are other states, none of them named; not its own people
            return _Found(p, ra.end, (), "others")
        if possessive and ra is not None and ra.of("role") and actors and all(a.kind == "group" for a in actors) \
                and (ra.of("role")[0].title or ra.of("role")[0].role in ("REB", "MIL", "GOV")):
            # ("Hamas's leader", "the RSF's commander", "the group's fighters", "the Wagner
            # group's leadership", "Hamas's negotiators"): a title, the leaders or the fighters
            # a named group owns are that group's, not a role of its country
            role = ra.of("role")[0]
            after = self._title_person(ra, role)
            if after is not None and not after[1]:
                f = after[0]
                return _Found(p, f.end, f.actors, f.how, f.plural, f.person)
            return _Found(p, ra.end, tuple(actors), how, plural or role.plural)
        if ra is not None and ra.of("role") and self._composable(actors):
            role = ra.of("role")[0]
            code = self._role_code(p, q, role.role or "GOV")
            if any((a := self.atoms.get(k)) is not None and _community(a) is not None for k in range(r, gap_end)):
                code = _community_forces(code)  # ("Syrian Kurdish forces")
            after = self._title_person(ra, role)
            if after is not None:
                f, unknown_name = after
                if not unknown_name:
                    return _Found(p, f.end, f.actors, f.how, f.plural, f.person)
                composed = tuple(self._named(self.r._with_role(a, code), f) for a in actors)
                return _Found(p, f.end, composed, "role", False, None)
            composed = tuple(self.r._with_role(a, code) for a in actors)
            how_role = "role" if how == "dictionary" else how
            named = self._at(ra.end) if ra.end < self.n and self.toks[ra.end].text[:1].isupper() else None
            if named is not None and named.actors and {a.country for a in named.actors} == {a.country for a in composed}:
                # ("Sudan's paramilitary Rapid Support Forces": the role words describe the
                # group named after them, one actor)
                return _Found(p, named.end, named.actors, named.how, named.plural, named.person)
            return _Found(p, ra.end, _dedupe(composed), how_role, plural or role.plural)
        if self._only_cities(p, q):
            # a city alone is where something happens, which the event coder reads from
            # the gazetteer; it names its country's people only with an agent noun
            return _Found(p, q, (), how)
        if self._people_counted(p, q) and self._composable(actors):
            # "two Venezuelans were detained", "a Brazilian": people of a country, its civilians
            return _Found(p, q, _dedupe(tuple(self.r._with_role(a, "CVL") for a in actors)), "role", plural)
        return _Found(p, q, tuple(actors), how, plural)

    def _people_counted(self, p: int, q: int) -> bool:
        """Whether the demonym at [p, q) names people counted ("two Venezuelans", "a
        Brazilian", "dozens of Americans"), not a country or its state ("the Russians")."""
        atom = self.atoms.get(p)
        if atom is None or atom.end != q or p == 0:
            return False
        before = self.norms[p - 1]
        counted = self.toks[p - 1].tag == "CD" or before in PEOPLE_QUANTIFIERS or (
            before == "of" and p >= 2 and self.norms[p - 2] in PEOPLE_QUANTIFIERS)
        if all(e.kind == "country" and e.form == "people" for e in atom.entries):
            return counted
        # ("a Brazilian", the adjective as a noun: nothing after it that it qualifies)
        return before in ("a", "an", "one") and all(e.kind == "country" and e.form == "adj" for e in atom.entries) and (
            q >= self.n or self.toks[q].pos not in ("NOUN", "PROPN", "ADJ"))

    def _topic(self, p: int) -> bool:
        """Whether the country at ``p`` is named by its name (not its adjective or an
        abbreviation: "US", "U.S.", "UK" are used as adjectives)."""
        atom = self.atoms.get(p)
        if atom is None or not any(e.kind == "country" and e.form == "name" for e in atom.entries):
            return False
        return not (self.toks[p].text.isupper() or "." in self.toks[p].text)

    def _only_cities(self, start: int, end: int) -> bool:
        bases = [a for i, a in self.atoms.items() if start <= i < end and self._base(a) is not None]
        return bool(bases) and all(any(e.kind == "country" and e.form == "city" for e in a.entries) for a in bases)

    def _role_code(self, start: int, end: int, role: str) -> str:
        """The agent code for ``role`` after the place at [start, end): the authorities
        of a breakaway region are rebels of its state ("Abkhaz forces" -> GEOREB)."""
        atom = self.atoms.get(start)
        breakaway = atom is not None and atom.end == end and any(e.kind == "country" and e.form == "breakaway" for e in atom.entries)
        return "REB" if role in AUTHORITY_ROLES and breakaway else role

    def _in_community(self, actor: Actor, e: Entry) -> Actor:
        if actor.kind != "country" or actor.country is None or e.role is None:
            return actor
        assert e.actor is not None
        return community_actor(actor.country, e.role, e.actor.name)

    def _named(self, actor: Actor, f: _Found) -> Actor:
        """An unknown person named after a title keeps the title's code."""
        name = " ".join(t.text for t in self.toks[f.start : f.end])
        return Actor(code=actor.code, name=name, country=actor.country, role=actor.role, kind="person")

    @staticmethod
    def _composable(actors: list[Actor]) -> bool:
        return all(a.kind in ("country", "igo") and (a.kind == "igo" or a.role is None) for a in actors)

    def _skip_modifiers(self, r: int) -> int:
        gap = 0
        while r < self.n and gap < MAX_GAP:
            atom = self.atoms.get(r)
            if atom is not None and self._people_adjective(atom):
                # ("Egypt's public prosecutor"): a word for the people, as an adjective of the
                # title after it, qualifies that title
                r = atom.end
                gap += 1
                continue
            if atom is not None:
                e = _community(atom)
                if e is None or e.form != "community-adj" or atom.of("country"):
                    break
                r = atom.end
                gap += 1
                continue
            t = self.toks[r]
            # ("Bangladesh's visiting foreign minister", "Iran's ousted president": a participle
            # qualifies the title as an adjective does)
            if t.norm in STOP or not (t.pos in MODIFIER_POS or t.tag in ("VBG", "VBN") or (not t.pos and t.text.isalpha())):
                break
            if t.pos == "PROPN" and r + 1 < self.n and self.toks[r + 1].pos == "PROPN" and r + 1 not in self.atoms:
                break
            r += 1
            gap += 1
        return r if r in self.atoms else -1

    def _people_adjective(self, atom: _Atom) -> bool:
        """Whether ``atom`` is one adjective, a word for the people as a noun ("public"),
        before the atom of a title or an agent noun ("public prosecutor")."""
        nxt = self.atoms.get(atom.end)
        return atom.end - atom.start == 1 and self.toks[atom.start].pos == "ADJ" and not atom.of("country") \
            and any(e.role == "CVL" for e in atom.of("role")) and nxt is not None and bool(nxt.of("role"))

    # -- roles ----------------------------------------------------------------------
    def _title_person(self, ra: _Atom, role: Entry) -> tuple[_Found, bool] | None:
        """A person right after a title (an optional comma between): (found, unknown)."""
        s = ra.end
        if s < self.n and self.norms[s] == ",":
            s += 1
        pa = self.atoms.get(s)
        if pa is not None and pa.of("person"):
            f = self._person(pa)
            if f is not None:
                actors = f.actors
                if role.role and len(actors) == 1 and actors[0].kind == "person" and actors[0].country \
                        and (actors[0].role is None or (actors[0].role == "ELI" and role.role == "OPP")):
                    # ("opposition leader Lee Jae-myung", before the dictionary's term of office
                    # begins): the title the text gives is the role held on the day; and so is an
                    # opposition title of one whose office the dictionary knows only as past
                    # ("Kenya's opposition leader Raila Odinga", a prime minister until 2013),
                    # which no one keeps as an honour as a former president's title is kept
                    actors = (_in_role(actors[0], self.r._d.country_actor(actors[0].country, role.role)),)
                return _Found(f.start, f.end, actors, f.how, f.plural, f.person), False
        if not role.title:
            return None
        e = s
        while e < self.n and e not in self.atoms and self._namelike(self.toks[e]):
            e += 1
        if e > s and (s == ra.end or e - s >= 2):
            return _Found(s, e, (), "role"), True
        return None

    def _name_goes_on(self, k: int) -> bool:
        """Whether the word at ``k`` continues a personal name (a capitalised word that is no
        dictionary phrase, no day and no month): "Moussa Keita", not "Putin Monday"."""
        if k < self.n and self.toks[k].text in GIVEN_NAME_PARTICLES:
            # ("Hamada al-Sawi"): a particle goes on to the name after it
            nxt = k + 2 if k + 2 < self.n and self.toks[k + 1].text == "-" else k + 1
            return nxt < self.n and self._namelike(self.toks[nxt])
        if k >= self.n or not self._namelike(self.toks[k]) or self.norms[k] in CALENDAR_WORDS:
            return False
        atom = self.atoms.get(k)
        return atom is None or (bool(atom.of("person")) and len(atom.entries) == len(atom.of("person")))

    @staticmethod
    def _namelike(t: _Tok) -> bool:
        if not t.text[:1].isupper() or not t.text.replace(".", "").replace("'", "").isalpha():
            return False
        return t.pos == "PROPN" or not t.pos

    def _from_role(self, ra: _Atom) -> _Found | None:
        role = ra.of("role")[0]
        q = ra.end
        if q < self.n and self.norms[q] == "of":
            s = q + 1
            if s < self.n and self.norms[s] == "the":
                s += 1
            pair = self._pair(s)
            if pair is not None and pair.actors:
                composed = tuple(self.r._with_role(a, role.role or "GOV") for a in pair.actors)
                return _Found(ra.start, pair.end, _dedupe(composed), "coref", True)
            g = self._group(s)
            if g is not None and g[0] and all(a.kind == "group" for a in g[0]) and (role.title or role.role in ("REB", "MIL", "GOV")):
                # ("a senior leader of the Sinaloa Cartel", "fighters of the Islamic State"): a
                # title, the leaders or the fighters of a named group are that group's, as "the
                # group's leader" is, the group named by the dictionary
                return _Found(ra.start, g[1], tuple(g[0]), g[2], role.plural)
            if g is not None and self._composable(g[0]):
                code = self._role_code(s, g[1], role.role or "GOV")
                composed = tuple(self.r._with_role(a, code) for a in g[0])
                return _Found(ra.start, g[1], _dedupe(composed), "role", len(composed) > 1 or role.plural)
            pa = self.atoms.get(s + 1 if s < self.n and self.norms[s] in HONORIFICS else s)
            led = self._person(pa) if role.role == "GOV" and not role.plural and pa is not None and pa.of("person") else None
            if led is not None and len(led.actors) == 1 and led.actors[0].country:
                # ("the government of Nicolas Maduro": the government the person leads, of the
                # person's country; the person is named in a mention of its own)
                return _Found(ra.start, ra.end, (self.r._d.country_actor(led.actors[0].country, "GOV"),), "role", False)
        # ("the government in Kabul", "the junta in Niger": a state's body named by where it
        # sits is that country's, as "of" names it)
        seated = self.norms[q - 1] in SEAT_NOUNS and ra.start > 0 and self.norms[ra.start - 1] == "the"
        if q < self.n and (self.norms[q] == "from" or (self.norms[q] == "in" and ((role.role in LOCAL_ROLES and role.plural) or seated))):
            s = q + 1
            if s < self.n and self.norms[s] == "the":
                s += 1
            g = self._group(s)
            # (not a nationality word of a territory after "from": "withdraw its troops from
            # Congolese territory" names where from)
            # (nor after a role someone's own: "would not withdraw its officers from Haiti",
            # where they are withdrawn from)
            if g is not None and len(g[0]) == 1 and g[0][0].kind == "country" and g[0][0].role is None \
                    and not (self.norms[q] == "from" and ((g[1] < self.n and self.norms[g[1]] in TERRITORY_NOUNS) or self._owned(ra.start))):
                composed = (self.r._with_role(g[0][0], role.role or "CVL"),)
                return _Found(ra.start, g[1], composed, "role", role.plural)
        after = self._title_person(ra, role)
        if after is not None and not after[1]:
            f = after[0]
            return _Found(ra.start, f.end, f.actors, f.how, f.plural, f.person)
        if role.title and not role.plural and ra.start > 0 and self.norms[ra.start - 1] == "the":
            phrase = " ".join(self.norms[ra.start : ra.end])
            person = self.ctx.last_person(lambda pp: self._holds(pp, phrase))
            if person is not None:
                actor = person.actor_at(self.date)
                if actor is not None:
                    return _Found(ra.start, ra.end, (actor,), "coref", False, person)
        return None

    def _owned(self, k: int) -> bool:
        """Whether the word at ``k`` follows a possessive ("its officers", "Kenya's envoy")."""
        return k > 0 and (self.norms[k - 1] in OWNER_PRONOUNS or self.norms[k - 1] == "'s")

    def _holds(self, person: Person, phrase: str) -> bool:
        term = person.term_at(self.date)
        return term is not None and phrase in norm_token(term.title).replace("-", " ")

    # -- people -----------------------------------------------------------------------
    def _person(self, atom: _Atom) -> _Found | None:
        entries = atom.of("person")
        if atom.end - atom.start == 1 and self._name_goes_on(atom.end):
            # "Moussa Keita": a famous one-word name followed by another capitalised name is
            # the given name of someone else
            return None
        full = [e.person for e in entries if e.full and e.person is not None]
        person: Person | None = None
        if full:
            live = [pp for pp in full if pp.in_office(self.date)]
            person = (live or full)[0]
            how = "person"
        else:
            cands = [e.person for e in entries if e.person is not None]
            if self.names is not None and (ent := self.names.entity(self.toks[atom.start].start, self.toks[atom.end - 1].end)) is not None \
                    and ent[0] in ("ORG", "FAC", "GPE", "LOC"):
                # "Sharif University of Technology": a surname inside the name of a place or an
                # organisation is no person
                return None
            if atom.start >= 2 and self.norms[atom.start - 1] == "of" and any(
                    a.end == atom.start - 1 and a.of("role") for a in self.atoms.values()):
                # ("the Minister of Power": a portfolio, not Samantha Power)
                return None
            if self.names is not None:
                # a surname alone is not a famous namesake when the article names someone
                # else with that surname ("Adam Neumann ... Neumann")
                surname = self.norms[atom.end - 1]
                cands = [pp for pp in cands if not self.names.someone_else(surname, pp, self.r)]
            seen = self.ctx.persons()
            person = next((pp for pp in seen if pp in cands), None)
            if person is None:
                live = [pp for pp in cands if pp.in_office(self.date)]
                if len(live) == 1:
                    person = live[0]
                elif not live and len(set(cands)) == 1:
                    person = cands[0]
            how = "person"
        if person is None:
            return None
        actor = person.actor_at(self.date)
        if actor is None:
            return None
        start = atom.start
        if start > 0 and self.norms[start - 1] in HONORIFICS:
            start -= 1
        return _Found(start, atom.end, (actor,), how, False, person)

    # -- coreference ------------------------------------------------------------------
    def _pair(self, p: int) -> _Found | None:
        """"both countries", "the two sides", "the two leaders" -> the last pair; "the three
        countries" -> the three a mention named together."""
        if self.norms[p] not in PAIR_WORDS and self.norms[p] not in COUNT_WORDS:
            return None
        if self.norms[p] != "both" and p > 0 and self.norms[p - 1] not in ("the", "these", "those", "of", "between"):
            return None
        q = p + 1
        for _ in range(3):
            # (an adverb or a noun before an adjective qualifies it: "the two nuclear-armed
            # neighbours", "the two oil-rich states")
            if q < self.n and q not in self.atoms and self.norms[q] not in GROUP_NOUNS and (
                    self.toks[q].pos == "ADJ" or q + 1 < self.n and self.toks[q].pos in ("ADV", "NOUN") and self.toks[q + 1].pos == "ADJ"):
                q += 1
        if q >= self.n:
            return None
        role: str | None = None
        if self.norms[q] == "parties" and p > 0 and self.norms[p - 1] == "from":
            # ("members of Congress from both parties": the political parties people come
            # from, not the two sides of a deal)
            return None
        if self.norms[q] in GROUP_NOUNS:
            end = q + 1
        elif self.norms[p] != "both" and self.toks[q].pos in ("VERB", "AUX") and q == p + 1:
            # "the two signed a trade pact": the two named last
            end = q
        else:
            ra = self.atoms.get(q)
            roles = ra.of("role") if ra is not None else []
            if not roles or not (roles[0].plural or self.norms[q].endswith("s")):
                return None
            role, end = roles[0].role, ra.end  # type: ignore[union-attr]
            if role == "CVL":
                # ("The two men, identified as ...": two people, not two countries' people)
                return None
        start = p - 1 if self.norms[p] != "both" and p > 0 and self.norms[p - 1] in ("the", "these", "those") else p
        # ("Britain and France urged both sides", "... called on the two sides": the two
        # countries named right before the verb are the ones acting, not the pair)
        # (with a relative clause between them and the verb: "Qatar and Egypt, which mediated
        # the deal, urged both sides")
        verb = start - 2 if start > 1 and self.norms[start - 1] in ("on", "upon") else start - 1
        last = self.last
        acted_on = verb > 0 and self.toks[verb].pos == "VERB" and last is not None and len({a.country for a in last.actors}) >= 2 \
            and (last.end == verb or (self.norms[last.end] == "," and self.norms[last.end + 1] in ("which", "who")
                                      and self.norms[verb - 1] == "," and "," not in self.norms[last.end + 1 : verb - 1]))
        count = COUNT_WORDS.get(self.norms[p])
        pair = self.ctx.named_together(self.si, count, acted_on=acted_on) if count else self.ctx.pair(self.si, acted_on=acted_on)
        if len(pair) < 2:
            return None
        actors = tuple(self.d.country_actor(c, role) for c in pair)
        return _Found(start, end, actors, "coref", True)

    def _the_country(self, p: int) -> _Found | None:
        """"the country", "the nation": the one country named last, in this sentence or the
        two before ("Jordan ... the country has admitted 650,000 refugees")."""
        if self.norms[p] != "the" or p + 1 >= self.n or self.norms[p + 1] not in COUNTRY_NOUNS:
            return None
        if p + 2 < self.n and self.toks[p + 2].pos in ("NOUN", "PROPN"):
            return None  # "the country music scene"
        iso3 = self.ctx.last_country(self.si)
        if iso3 is None:
            return None
        return _Found(p, p + 2, (self.d.country_actor(iso3),), "coref", False)

    def _the_north(self, p: int) -> _Found | None:
        """"the North", "the South": the country of that name named before in the article
        ("North Korea fired two missiles ... urged the North to stop")."""
        if self.norms[p] != "the" or p + 1 >= self.n or self.toks[p + 1].text not in ("North", "South"):
            return None
        if p + 2 < self.n and (self.toks[p + 2].pos in ("NOUN", "PROPN") or self.toks[p + 2].text[:1].isupper()):
            return None  # ("the North Atlantic", "the South China Sea", "the South African embassy")
        word = self.toks[p + 1].text
        named = self.ctx.last_named_country(lambda a: self.d.country_actor(a).name.startswith(word + " "))
        return _Found(p, p + 2, (self.d.country_actor(named),), "coref", False) if named is not None else None

    def _the_group(self, p: int) -> _Found | None:
        """"the group", "the organisation": the group named last, in this sentence or the two
        before ("al-Shabaab fighters abducted two doctors ... The group demanded ...")."""
        if self.norms[p] != "the" or p + 1 >= self.n:
            return None
        q = p + 1
        # ("the Iran-backed group", "the militant group", "the Saudi-led coalition")
        while q < self.n - 1 and q - p <= 3 and (self.toks[q].pos == "ADJ" or self.toks[q].tag == "VBN"
                                                   or (self.toks[q].pos == "PROPN" and self.toks[q + 1].tag == "VBN")):
            q += 1
        end = q + 1
        if q + 1 < self.n and self.norms[q] == "world" and self.norms[q + 1] == "body":
            end = q + 2  # "the world body": the UN, or the body named last
        elif self.norms[q] in INSTITUTION_HEADS and q == p + 1:
            # "the court", after "the International Court of Justice": that court, not one of
            # the country the sentence names
            if end < self.n and self.toks[end].pos in ("NOUN", "PROPN"):
                return None
            named = self.ctx.last_institution(self.norms[q])
            return _Found(p, end, (named,), "coref", False) if named is not None else None
        elif self.norms[q] not in ("group", "organisation", "organization", "movement", "agency", "bloc", "alliance"):
            return None
        if end < self.n and self.toks[end].pos in ("NOUN", "PROPN"):
            return None  # "the group stage"
        # ("The EU said ... The bloc urged Georgia", "the alliance": an intergovernmental
        # organisation named before, not any group)
        actor = self.ctx.last_group(self.si, igo=self.norms[q] in ("bloc", "alliance"), nonstate=self.norms[q] in ("group", "movement"))
        if actor is None:
            return None
        return _Found(p, end, (actor,), "coref", False)

    def _pronoun(self, p: int) -> _Found | None:
        seen = self.ctx.plural_antecedent(self.si)
        if seen is None:
            return None
        return _Found(p, p + 1, seen.actors, "coref", True)


# Nouns of those on the other side of a state, or beside it ("Russia's neighbours", "Iran's
# rivals"): after a country's possessive they name other states, not its people.
STATES_BESIDE_NOUNS = frozenset({"neighbour", "neighbours", "neighbor", "neighbors", "rival", "rivals"})


# Heads of institutions a definite noun names again after their full name ("the House
# Judiciary Committee ... the committee", "the Ministry of Health ... the ministry").
AGAIN_HEADS = frozenset({"committee", "commission", "department", "agency", "ministry", "council", "board", "panel", "union",
                         "federation", "association", "authority", "office", "bureau", "tribunal", "court", "party", "company", "inquiry",
                         # ("Sudan's army said ... He accused the army of using residents as
                         # shields", in a story from N'Djamena: the army named before)
                         "army", "military", "navy", "junta", "command"})
# How many sentences back the full name may stand.
AGAIN_WINDOW = 4


# Possessive determiners: a role after one is the owner's ("its troops", "their envoys").
OWNER_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my", "your"})
# One of them right before an agent noun, or a word before it ("its new ambassador").
OWNER_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(OWNER_PRONOUNS)) + r")\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


# Nouns of a country's land a demonym can stand on ("Congolese territory", "Afghan soil").
TERRITORY_NOUNS = frozenset({"territory", "soil", "land", "lands", "waters", "airspace"})


def _named_after_at_home(doc: Doc, mentions: list[Mention], home: str, country_actor: Callable[[str, str | None], Actor]) -> list[Mention]:
    """An agent noun of no country ("the government", "opposition senators") took the one
    country its sentence names; when that country is named only after it and is not the
    article's ("the Labour leader accused the government of selling the health service to
    American drug companies", "senators urged the administration not to lift tariffs without
    commitments from Beijing"), the noun is the article's country's, as any other of its
    agent nouns is: the country named later is what the act is about or aimed at. Not when
    it is named as where ("shelled a village near Donetsk") or by whoever tells it
    ("..., Ukrainian officials said"): the sentence is set there. A country named as the
    neighbour across a border ("bases near the border with Niger, prompting the army to
    withdraw") is neither where nor whose, wherever it stands."""

    def sets_the_scene(o: Mention, m: Mention) -> bool:
        root = span_root(doc, o.start, o.end)
        if root is None:
            return True
        if root.dep_ in ("det", "amod", "compound") and root.head.lemma_.lower() in TOWN_NOUNS and root.head.dep_ == "pobj" \
                and root.head.head.head == span_root(doc, m.start, m.end):
            # ("police in the Chinese city of Wuhan": the demonym is the city's, where they are)
            return root.head.head.lower_ in PLACE_PREPS
        if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS:
            return True
        return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in PLAIN_SAYING_VERBS

    covered = [(o.start, o.end) for o in mentions]

    def names_a_thing(o: Mention, m: Mention) -> bool:
        # ("Farm groups hit hard by Chinese tariffs have urged the administration ...": a
        # country that only says whose or from where a thing is, no actor of the sentence)
        root = span_root(doc, o.start, o.end)
        return root is not None and root.dep_ in ("amod", "compound", "poss", "nmod") and root.head.pos_ == "NOUN" \
            and all(root.head.idx + len(root.head.text) <= a or b <= root.head.idx for a, b in covered) and not sets_the_scene(o, m)

    out = list(mentions)
    for k, m in enumerate(mentions):
        if m.how != "role-in-sentence" or len(m.actors) != 1 or m.actors[0].country in (None, home) or not m.actors[0].role:
            continue
        c = m.actors[0].country
        root = span_root(doc, m.start, m.end)
        if leader_of(root, mentions) == c:
            continue  # ("a delegation led by U.S. Senator John Kell": its leader's country)
        if root is not None and root.dep_ == "compound" and root.head.pos_ == "PROPN" and c in {
                a.country for p in root.head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
                for n in mentions if n.start <= o.idx < n.end for a in n.actors}:
            continue  # ("President Omar Saleh of Sudan": the title of a name that is "of" the country)
        named = [o for o in mentions if o.sentence_index == m.sentence_index and o.how != "role-in-sentence" and any(a.country == c for a in o.actors)]
        if named and all((o.start >= m.end and not sets_the_scene(o, m)) or mention_across_border(doc, o) or names_a_thing(o, m) for o in named):
            out[k] = Mention(m.text, m.start, m.end, m.sentence_index, (country_actor(home, m.actors[0].role),), "home-role")
    return out


# Pronouns for whoever a phrase after them picks out ("anyone with information", "those
# responsible for the attack", "anyone remaining on the campus").
PEOPLE_PRONOUNS = frozenset({"anyone", "anybody", "everyone", "everybody", "whoever", "those"})
# Those of them that pick out whoever would be so, not people who are ("anyone who blocks the
# roads", but "those who blocked the roads").
ANYONE_PRONOUNS = PEOPLE_PRONOUNS - {"those"}
# Words right after such a pronoun that pick the people out, when the parser hangs their
# phrase elsewhere ("urged anyone with information to come forward").
PICKING_WORDS = frozenset({"with", "who", "responsible", "involved", "behind", "found", "caught", "remaining", "living", "taking"})


# "the Saudi-led coalition", "the U.S.-led coalition": the leader's name and the coalition.
LED_COALITION = re.compile(r"\b(?!The )([A-Z][\w.]*(?: [A-Z][\w.]*)?)[-‑]led coalition\b")


def _territory_heads(text: str, mentions: list[Mention], country_actor: Callable[[str, str | None], Actor]) -> list[Mention]:
    """"Chief Executive Joyce Lam", "the city's chief executive" of Hong Kong or Macau, and
    the holder named right after that title ("the city's chief executive, Evelyn Tsang"): the
    territory's head of government (GOV), not a business's chief; "the central government"
    there: Beijing's (CHNGOV), not the territory's own."""
    out = []
    for m in mentions:
        a = m.actors[0] if len(m.actors) == 1 else None
        titled = "chief executive" in text[max(0, m.start - len("chief executive, ")) : m.end].lower()
        if a is not None and a.country in TERRITORY_SOVEREIGNS and a.role == "BUS" and titled:
            gov = country_actor(str(a.country), "GOV")
            m = Mention(m.text, m.start, m.end, m.sentence_index, (_in_role(a, gov),), m.how)
        elif a is not None and a.country in TERRITORY_SOVEREIGNS and a.role == "GOV" and a.kind != "person" \
                and text[max(0, m.start - 8) : m.end].lower().endswith("central government"):
            m = Mention(m.text, m.start, m.end, m.sentence_index, (country_actor(TERRITORY_SOVEREIGNS[str(a.country)], "GOV"),), m.how)
        out.append(m)
    return out


def _sheriffs_deputies(mentions: list[Mention], country_actor: Callable[[str, str | None], Actor]) -> list[Mention]:
    """"Sheriff Kendra Voss said two other deputies had been shot at": in a story that names a
    sheriff, the deputies are the sheriff's officers (COP), not a legislature's deputies."""
    if not any("sheriff" in m.text.lower() for m in mentions):
        return mentions
    out = []
    for m in mentions:
        a = m.actors[0] if len(m.actors) == 1 else None
        if a is not None and a.country and a.role == "LEG" and a.kind != "person" and m.text.lower().split()[-1] in ("deputy", "deputies"):
            m = Mention(m.text, m.start, m.end, m.sentence_index, (country_actor(a.country, "COP"),), m.how)
        out.append(m)
    return out


# Verbs by which a state takes, tries or punishes people, who are then in its hands.
HOLDING_VERBS = frozenset({"arrest", "detain", "execute", "hang", "jail", "imprison", "sentence", "convict", "charge", "indict",
                           "prosecute", "behead", "flog"})
# The roles of a state that hold, try or punish people, besides the state itself.
HOLDING_ROLES = frozenset({"GOV", "JUD", "COP"})
# The roles of people whom a state holding them makes its own.
HELD_ROLES = frozenset({"CVL", "CRM"})


def _held_by_a_state(doc: Doc, mentions: list[Mention], country_actor: Callable[[str, str | None], Actor]) -> list[Mention]:
    """"Iran hanged two men for spying for Israel", in a story filed from Washington; "Saudi
    Arabia executed a man", from London: the people a state arrests, tries or punishes (the
    direct object of ``HOLDING_VERBS``), named by no nationality, are in its hands, of its
    country, not of where the story is filed. Only for a subject that is one country, or its
    government, courts or police, and people (CVL, CRM) whose country only the article's gave
    them."""
    out = list(mentions)
    for k, m in enumerate(mentions):
        a = m.actors[0] if len(m.actors) == 1 else None
        if a is None or a.role not in HELD_ROLES or m.how != "home-role":
            continue
        iso3 = _holding_state(token_ending_at(doc, m.end), mentions)
        if iso3 is not None and iso3 != a.country:
            out[k] = Mention(m.text, m.start, m.end, m.sentence_index, (country_actor(iso3, a.role),), "role-in-sentence")
    return out


def _holding_state(noun: Token | None, mentions: list[Mention]) -> str | None:
    """The country of the state that holds, tries or punishes ``noun``: the subject of the
    verb of ``HOLDING_VERBS`` it is the object of, one country or its government, courts or
    police."""
    if noun is None or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in HOLDING_VERBS:
        return None
    subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    held = [h.actors[0] for h in mentions if subj is not None and h.start <= subj.idx < h.end and len(h.actors) == 1]
    state = held[0] if held else None
    if state is None or not state.country or not (state.kind == "country" and state.role is None or state.role in HOLDING_ROLES):
        return None
    return state.country


def _people_at_home(doc: Doc, mentions: list[Mention], people: Actor) -> list[Mention]:
    """"Police warned anyone remaining on the campus", "the minister condemned those
    responsible": people the text picks out by what they did or have, in the article's
    country, are its people (the guideline's CVL: civilians, residents, people) and so the
    one the act is aimed at. Only with the phrase that picks them out, and not as a
    determiner ("those troops")."""
    covered = [(m.start, m.end) for m in mentions]
    sentence_starts = [s.start_char for s in doc.sents]
    added: list[Mention] = []
    for i, low in enumerate(columns(doc).lower):
        if low not in PEOPLE_PRONOUNS:
            continue
        tok = doc[i]
        # ("those" tagged a determiner where it heads its phrase: "those responsible would ...")
        if tok.pos_ not in ("PRON", "DET") or tok.dep_ not in ("dobj", "pobj", "dative", "nsubjpass", "nsubj"):
            continue
        picking_next = tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in PICKING_WORDS
        if tok.dep_ == "nsubj" and not picking_next and not any(c.dep_ in ("relcl", "acl") or c.lower_ == "responsible" for c in tok.children):
            # ("anyone can apply"; but "anyone who disturbs order will be punished", "anyone
            # sharing the posts could face prosecution", "those responsible would face ...",
            # "anyone found looting would face ...", parsed as the subject of "found")
            continue
        picked = any(c.dep_ in ("relcl", "acl", "amod", "prep") or (c.dep_ == "advmod" and c.lower_ == "responsible") for c in tok.children)
        # ("urged anyone with information to come forward": the parser hangs the phrase on
        # the verb)
        if not picked and not picking_next:
            continue
        start, end = tok.idx, tok.idx + len(tok.text)
        if any(a < end and start < b for a, b in covered):
            continue
        added.append(Mention(tok.text, start, end, bisect.bisect_right(sentence_starts, start) - 1, (people,), "people-at-home"))
    return sorted(mentions + added, key=lambda m: (m.start, m.end)) if added else mentions


def _names_beside_titles(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A person's name set beside a title whose country the text gives ("China's ambassador to
    Britain Liu Xiaming", "Iran's foreign minister, Hamid Rahimi") is the person who holds it:
    of the title's country and role, whatever the article's country."""
    taken = [(m.start, m.end) for m in mentions]
    added: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or any(a < ent.end_char and ent.start_char < b for a, b in taken):
            continue
        # (set after it, "Liu Xiaming" in apposition; or before it, with ranks between:
        # "Israeli military spokesman Lt. Col. Amir Ben-Haim", the title a compound of the name)
        # (a title with "of" the parser hangs on the name as a modifier: "U.S. Secretary of State
        # Howard Quinlan")
        heads = [ent.root.head] if ent.root.dep_ == "appos" else [t for t in ent.root.children if t.dep_ in ("compound", "nmod") and t.i < ent.start]
        title = next((m for head in heads for m in mentions if m.start <= head.idx < m.end and span_root(doc, m.start, m.end) == head), None)
        if title is None or title.how != "role" or len(title.actors) != 1:
            continue  # (a title that took its sentence's country may not keep it)
        a = title.actors[0]
        if a.kind == "person" or not a.country or not a.role:
            continue
        person = Actor(code=a.code, name=ent.text, country=a.country, role=a.role, kind="person")
        added.append(Mention(ent.text, ent.start_char, ent.end_char, title.sentence_index, (person,), "role"))
    return sorted(mentions + added, key=lambda m: (m.start, m.end)) if added else mentions


# Words of a body or an office below the nation's ("Garissa County leaders", "the provincial
# governor", "city officials").
LOCAL_WORDS = frozenset({"county", "counties", "provincial", "province", "regional", "municipal", "city", "district", "prefectural",
                         "governor", "governors", "mayor", "mayors"})
# "The national government", "the federal government", "the central government".
NATIONAL_GOVERNMENT_BEFORE = re.compile(r"\b(?:national|federal|central)\s+$", re.IGNORECASE)


def _national_of_the_local(text: str, mentions: list[Mention], country_actor: Callable[[str, str | None], Actor]) -> list[Mention]:
    """"County leaders urged the national government": "national" ("federal", "central") sets
    the government against the body below it that its sentence names, so it is the
    government of that body's country, whatever country the story or the sentence gave the
    bare noun."""
    out = list(mentions)
    for k, m in enumerate(mentions):
        if m.how not in ("home-role", "role-in-sentence") or len(m.actors) != 1 or m.actors[0].role != "GOV" \
                or m.text.lower().removeprefix("the ") != "government" or not NATIONAL_GOVERNMENT_BEFORE.search(text[max(0, m.start - 12) : m.start]):
            continue
        local = {a.country for x in mentions if x.sentence_index == m.sentence_index and x.how in ("role", "role-of-place") and x.end <= m.start
                 and LOCAL_WORDS & set(x.text.lower().split()) for a in x.actors if a.country}
        if len(local) == 1 and (c := local.pop()) != m.actors[0].country:
            out[k] = Mention(m.text, m.start, m.end, m.sentence_index, (country_actor(c, "GOV"),), "role")
    return out


def same_office(named: str, title: str) -> bool:
    """Whether a mention (``named``: "Turkey's president", "the Turkish president") names the
    office ``title`` ("president") whole, after whose it is; not "the prime minister" for
    "the minister", nor "the American vice president" for "the president", nor "the
    American president" for "the vice president"."""
    if not named.lower().endswith(" " + title.lower()):
        return False
    word = named[: len(named) - len(title) - 1].rpartition(" ")[2]
    return word.endswith(("'s", "’s")) or word[:1].isupper()


def _titles_again(text: str, mentions: list[Mention], bare: Sequence[Bare]) -> list[Mention]:
    """In an article of no one country, a definite title with no country ("the president",
    "the foreign minister") is the holder of that title the article named last, a few
    sentences before, with a country ("the American president ... The president thanked
    ..."): the same actor, by coreference. Whose it is otherwise stays unsaid."""
    added: list[Mention] = []
    for b in bare:
        words = text[b.start : b.end]
        if not b.title or b.plural or text[max(0, b.start - 4) : b.start].lower() != "the ":
            continue
        earlier = [m for m in [*mentions, *added] if m.end <= b.start and 0 <= b.sentence_index - m.sentence_index <= AGAIN_WINDOW
                   and len(m.actors) == 1 and m.actors[0].country and m.actors[0].role == b.role
                   and (m.text.lower() == words.lower() or same_office(m.text, words))]
        if earlier:
            last = max(earlier, key=lambda m: m.start)
            added.append(Mention(words, b.start, b.end, b.sentence_index, last.actors, "coref"))
    return sorted(mentions + added, key=lambda m: (m.start, m.end)) if added else mentions


def _heritage_dropped(text: str, mentions: list[Mention]) -> list[Mention]:
    """Without the people's adjective before "-American" ("Armenian-American activists", "a
    Mexican-American journalist"): Americans of that descent, as the English of the United
    States names them, not people of that country. (A pair of adjectives of two sides,
    "Russian-Ukrainian talks", and a dual nationality, "a British-Iranian engineer", are
    other words.)"""
    after = {m.start: m for m in mentions}
    return [m for m in mentions if not (
        text[m.end : m.end + 1] == "-" and " " not in m.text and all(a.kind == "country" and a.role is None for a in m.actors)
        and (n := after.get(m.end + 1)) is not None and n.text.split()[0] == "American"
        and all(a.country == "USA" and (a.role is not None or a.kind == "person") for a in n.actors))]


def _owned_roles(doc: Doc, mentions: list[Mention], country_actor: Callable[[str, str | None], Actor]) -> list[Mention]:
    """An agent noun that took its country from its sentence or the article is of the country
    of the actor that possesses it ("France did not recognise the junta's authority", in a
    story from Paris: the junta's; "met the rebels' leader in Geneva": the rebels'), its own
    role kept."""
    out = list(mentions)
    for k, m in enumerate(mentions):
        if m.how not in ("role-in-sentence", "home-role", "role-of-place") or len(m.actors) != 1 or not m.actors[0].role:
            continue
        root = span_root(doc, m.start, m.end)
        if root is None:
            continue
        owners = [o for c in root.children if c.dep_ == "poss" and c.pos_ != "PRON" for o in mentions if o is not m and o.start <= c.idx < o.end]
        # (and a word before it that stands for a group named before: "the militant leader",
        # after Islamic State, is the group's)
        owners = owners or [o for c in root.children if c.dep_ in ("amod", "compound") and c.i < root.i for o in mentions
                            if o is not m and o.how == "coref" and o.start <= c.idx < o.end and all(a.kind == "group" for a in o.actors)]
        its = next((c for c in root.children if c.dep_ == "poss" and c.lower_ == "its"), None)
        if its is not None:
            # ("Germany pledged aid during a visit by its defense minister to Kyiv"): "its" is
            # the subject of the clause it is told in, a state or a body named before it
            owners = [o for o in _its_owner(its, mentions) if o is not m]
        if len(owners) != 1 or len(owners[0].actors) != 1:
            continue
        owner = owners[0].actors[0]
        if not owner.country:
            if owner.kind in ("igo", "group"):
                # ("the bloc's foreign ministers", the bloc the EU: an international body's
                # officials are that body, no country's; and so are a group's of no one country:
                # "the group's spokesman", the group Islamic State)
                out[k] = Mention(m.text, m.start, m.end, m.sentence_index, (owner,), m.how)
            continue
        # ("the party's leader", "the union's spokesman", "the rebels' commander"): one who
        # leads or speaks for a body holds its role, not the government's
        head = owner.role is not None and owner.kind != "person" and m.text.lower().rpartition(" ")[2] in HEAD_TITLES \
            and owners[0].text.lower().rpartition(" ")[2] not in HEAD_TITLES
        role = owner.role if head else m.actors[0].role
        if (owner.country, role) != (m.actors[0].country, m.actors[0].role):
            out[k] = Mention(m.text, m.start, m.end, m.sentence_index, (country_actor(owner.country, role),), m.how)
    return out


def _its_owner(its: Token, mentions: list[Mention]) -> list[Mention]:
    """The mention "its" stands for: the subject of the nearest verb it hangs under, named
    before it, one actor that is no person (a pronoun of one thing: a state or a body)."""
    def verb_from(head: Token) -> Token:
        while head.pos_ not in ("VERB", "AUX") and head.dep_ != "ROOT" and head.head.i != head.i:
            head = head.head
        return head

    head = verb_from(its.head)
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < its.i]
    while subjects and all(c.tag_ in ("NNS", "NNPS") for c in subjects) and head.dep_ in ("advcl", "conj", "ccomp") and head.head.i != head.i:
        # ("Saudi Arabia cut ties with Iran after protesters stormed its embassy"): "its" is
        # one, never a plural subject; the subject of the clause above
        head = verb_from(head.head)
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < its.i]
    found = [o for c in subjects for o in mentions if o.start <= c.idx < o.end]
    return found if len(found) == 1 and len(found[0].actors) == 1 and found[0].actors[0].kind != "person" else []


def _introduced(doc: Doc, m: Mention) -> bool:
    """Whether the mention's noun is introduced with "a" or "an" ("a Denver man")."""
    span = doc.char_span(m.start, m.end)
    return span is not None and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in span.root.children)


# Head words of a party's or a movement's name, said again by its name alone ("the Ennahda
# party" ... "Ennahda").
PARTY_HEADS = frozenset({"party", "movement", "front", "alliance", "university", "college"})


def _initials(name: str) -> str:
    """The acronym a name's capitalised words make, its small words left out ("the Department
    of State Services": DSS)."""
    return "".join(w[0] for w in name.split() if w[:1].isupper() and w.lower() not in ACRONYM_GLUE)


def _acronyms_again(text: str, mentions: list[Mention]) -> list[Mention]:
    """An acronym the article's country was given as an organisation of its own ("held by the
    DSS") is the institution the article named before in full with those initials ("the
    Department of State Services"): the same actor, found by coreference. (One in brackets
    after its name is that name's, read with it.)"""
    out = list(mentions)
    for k, m in enumerate(mentions):
        word = m.text.removeprefix("the ")
        if m.how != "home-organisation" or not (2 <= len(word) <= 7 and word.isalpha() and word.isupper()) \
                or text[m.start - 1 : m.start] == "(":
            continue
        full = next((x for x in reversed(mentions[:k]) if len(x.actors) == 1 and x.how != "coref" and len(x.text.split()) >= len(word)
                     and _initials(x.text) == word), None)
        if full is not None:
            out[k] = dataclasses.replace(m, actors=full.actors, how="coref")
    return out


def _head_cut_off(doc: Doc, m: Mention) -> str | None:
    """The capitalised head word right after a mention whose last word is a part of its name
    ("the Hong Kong Journalists Association", recognised without its "Association"), lower
    cased; None when there is none."""
    end = token_ending_at(doc, m.end)
    if end is None or end.i + 1 >= len(doc):
        return None
    head = doc[end.i + 1]
    return head.lower_ if end.dep_ == "compound" and end.head.i == head.i and head.text[:1].isupper() else None


def _named_again(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A definite "the committee", "the ministry" that no rule resolved is the institution the
    article last named with that head word, within a few sentences: the same actor, found by
    coreference. (A bare head the article's country gave its role to, "the committee" in a
    US story, is that named institution all the same.)"""
    covered = [(m.start, m.end) for m in mentions if m.how != "home-role"]
    # (a head word given the one country of its sentence is named again all the same: "Niger's
    # military junta ... The junta also said it would end military cooperation with France")
    guessed = [m for m in mentions if m.how == "role-in-sentence"]
    # (and people the article's country gave its role to, named before with a country of their
    # own: "Israeli settlers ... accused the settlers of burning homes")
    at_home = {m.end for m in mentions if m.how == "home-role"}
    # (names the article's country alone was given for: "Brotherhood" of no country named)
    bare_bodies = {(m.start, m.end) for m in mentions if m.how == "home-organisation" and len(m.actors) == 1 and m.actors[0].role is None}
    sentence_starts = [s.start_char for s in doc.sents]
    added: list[Mention] = []
    lower = columns(doc).lower
    for i in range(1, len(doc)):
        if lower[i - 1] != "the":
            continue
        tok = doc[i]
        institution = tok.lower_ in AGAIN_HEADS
        # (and the last word of a body's name, said again as a name: "the Muslim Brotherhood ...
        # The Brotherhood denied any role", "Iran's Revolutionary Guards ... the Guards")
        name_head = tok.pos_ == "PROPN" and tok.is_title and tok.ent_type_ not in ("GPE", "LOC", "NORP")
        home_noun = tok.idx + len(tok.text) in at_home
        # (and one person of no name, named before with "a": "a Denver man ... The man was
        # arrested as he tried to board a flight to Mexico")
        # (or with "a" and a country: "a Russian diplomat ... the diplomat had met separatist
        # leaders", the same one, whatever country the article is about)
        introduced = [m for m in mentions if m.end <= tok.idx and (
            (home_noun and m.text.lower() == tok.lower_) or (m.how == "role" and m.text.lower().rsplit(" ", 1)[-1] == tok.lower_ and " " in m.text))
            and _introduced(doc, m)] if tok.tag_ == "NN" else []
        start, end = doc[tok.i - 1].idx, tok.idx + len(tok.text)
        # (and those the sentence's one country was lent to, named before with another: "South
        # African soldiers shot a herder ... accused the soldiers of crossing into Lesotho")
        plural = tok.tag_ in ("NNS", "NNPS")
        guess = next((m for m in guessed if m.start < end and start < m.end), None) if institution or plural or introduced else None
        if not (institution or introduced or name_head or (plural and (home_noun or guess is not None))):
            continue
        # (a name's word that no other reading takes is the name of a body named before)
        name_only = name_head and not (institution or introduced or plural)
        if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("NOUN", "PROPN"):
            continue  # "the union leaders", "the party faithful"
        # (a name the article's country alone was given for is no resolution of its own)
        if any(a < end and start < b and not (name_head and (a, b) in bare_bodies) for a, b in covered) and guess is None:
            continue
        si = bisect.bisect_right(sentence_starts, start) - 1
        earlier = [m for m in mentions if m.end <= start and si - m.sentence_index <= AGAIN_WINDOW and len(m.actors) == 1
                   and m.how != "coref" and (len(m.text.split()) > 1 or m.how == "linked-group")
                   and (tok.lower_ in m.text.lower().replace("'s", "").split() or (institution and _head_cut_off(doc, m) == tok.lower_))
                   and (institution or (m.how in ("role", "dictionary", "linked-group") and m.text.lower().split()[-1] == tok.lower_))
                   and (not name_only or m.actors[0].kind in ("group", "igo", "ngo"))]
        if introduced and not earlier:
            earlier = [m for m in introduced if si - m.sentence_index <= AGAIN_WINDOW and len(m.actors) == 1]
        if guess is not None and (not earlier or earlier[-1].actors[0].country == guess.actors[0].country):
            continue  # (the sentence's country was the right one)
        if earlier:
            added.append(Mention(f"the {tok.text}", start, end, si, earlier[-1].actors, "coref"))
    # ("the Islamist Ennahda party ... Ennahda called the ruling politically motivated"): the
    # name of a party or a movement said again without its head word is the same actor
    parties = [m for m in mentions if len(m.actors) == 1 and m.how != "coref" and m.text.split()[-1].lower() in PARTY_HEADS]
    for tok in doc if parties else ():
        if tok.pos_ != "PROPN" or not tok.is_title or tok.ent_type_ in ("GPE", "LOC", "NORP", "DATE") \
                or (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN") or (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN"):
            continue
        start, end = tok.idx, tok.idx + len(tok.text)
        # ("Harvard University ... Harvard sued the administration": the short name the
        # article's country alone was given for is the named body, said again)
        if any(a < end and start < b and not ((a, b) == (start, end) and (a, b) in bare_bodies) for a, b in covered) \
                or any(a.start < end and start < a.end for a in added):
            continue
        si = bisect.bisect_right(sentence_starts, start) - 1
        earlier = [m for m in parties if m.end <= start and si - m.sentence_index <= AGAIN_WINDOW and tok.text in _party_name(doc, m)]
        if earlier:
            added.append(Mention(tok.text, start, end, si, earlier[-1].actors, "coref"))
    if not added:
        return mentions
    kept = [m for m in mentions if not any(a.start < m.end and m.start < a.end for a in added)]
    return sorted(kept + added, key=lambda m: (m.start, m.end))


def _party_name(doc: Doc, m: Mention) -> set[str]:
    """The words of a party's name its mention holds before the head word ("the Islamist
    Ennahda party"), or that stand before it as its name where the mention is the head word
    alone ("the opposition Ennahda party", read as "party")."""
    words = set(m.text.split()[:-1])
    head = token_ending_at(doc, m.end)
    if head is not None:
        words |= {c.text for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < head.i}
    return words


# Accords between sides that an agent word can describe without naming anyone ("a military
# agreement", "military cooperation"; "military aid" to someone is left to its "to").
ACCORD_NOUNS = frozenset({"agreement", "agreements", "pact", "pacts", "deal", "deals", "treaty", "treaties", "accord", "accords",
                          "cooperation", "ties", "relations", "partnership", "alliance", "exercise", "exercises", "drill", "drills"})


def _describing_words(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """An agent word used as an adjective of an accord between sides is no actor: "suspended
    a military agreement with the North" names an agreement, not the country's forces (a
    "military convoy" struck is the forces'). Only a word the tagger reads as an adjective,
    which had its country from the sentence or the story."""
    out = []
    for m in mentions:
        if m.how in ("role-in-sentence", "home-role") and len(m.actors) == 1:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and len(span) == 1 and span[0].tag_ == "JJ" and span[0].dep_ == "amod" \
                    and span[0].head.lower_ in ACCORD_NOUNS:
                continue
        out.append(m)
    return out if len(out) < len(mentions) else mentions


# Nouns for unnamed armed men that a story about one armed group uses for its fighters
# ("ISWAP fighters attacked a base ... troops killed 20 terrorists").
FIGHTER_NOUNS = frozenset({"militant", "militants", "terrorist", "terrorists", "insurgent", "insurgents", "jihadist", "jihadists",
                           "extremist", "extremists", "fighters", "attackers", "assailants", "gunmen", "rebels"})


def _armed_group(a: Actor) -> bool:
    """Whether ``a`` is a named armed group: rebels or an insurgent group (IMG)."""
    return a.kind == "group" and (a.role == "REB" or a.code.startswith("IMG"))


def _fighters_of(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Unnamed militants a sentence gives only the article's country ("killing 20 terrorists")
    are the one armed group the article named in the sentences before (coreference, as "the
    group" is): a story of an attack by ISWAP and the army's answer has ISWAP's fighters
    killed, not the country's rebels."""
    out: list[Mention] = []
    changed = False
    text = doc_text(doc)
    for m in mentions:
        words = m.text.lower().split()
        if m.how in ("home-role", "role-in-sentence") and len(m.actors) == 1 and m.actors[0].role in ("REB", "CRM") \
                and words and words[-1] in FIGHTER_NOUNS:
            # (a group named in the same sentence is the doer or the one fought, "the SDF said
            # it killed fighters": not who the fighters are)
            # (named by the dictionary, or by the group they are linked to: "Islamic State-linked
            # insurgents torched homes ... troops killed 15 insurgents")
            earlier = [x for x in mentions if x.end <= m.start and 0 < m.sentence_index - x.sentence_index <= AGAIN_WINDOW
                       and x.how in ("dictionary", "linked-group")]
            groups = {a.code: a for x in earlier for a in x.actors if _armed_group(a)}
            # (a definite "the rebels" names those named before, whatever country the story
            # or another actor of its sentence lends them: "Rwanda denied supporting the
            # rebels" after "accused Rwanda of backing M23 rebels")
            definite = DEFINITE_BEFORE.search(text[max(0, m.start - 5) : m.start]) is not None
            # (and "the militants" after "eight Islamic State militants" are those militants,
            # whoever else the sentence names: "said the militants had planned the bombing that
            # killed three Taliban fighters")
            named_so = definite and any(text[x.end : x.end + len(words[-1]) + 1].lower() == " " + words[-1] for x in earlier
                                        if any(a.code in groups for a in x.actors))
            # (but "its fighters" after the one armed group its sentence names before them are
            # that group's: "The group said its fighters had seized weapons")
            root = span_root(doc, m.start, m.end)
            owned = root is not None and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in root.children)
            here = {a.code: a for x in mentions if x.sentence_index == m.sentence_index and x.end <= m.start for a in x.actors if _armed_group(a)}
            if owned and len(here) == 1:
                groups, named_so = here, True
            elif any(a.kind == "group" for x in mentions if x.sentence_index == m.sentence_index for a in x.actors) and not named_so:
                groups = {}
            if len(groups) == 1:
                (group,) = groups.values()
                if group.country in (None, m.actors[0].country) or definite:
                    out.append(Mention(m.text, m.start, m.end, m.sentence_index, (group,), "coref"))
                    changed = True
                    continue
        out.append(m)
    return out if changed else mentions


# The words of a pair phrase that name the sides of a conflict or a dispute, not two countries.
SIDES_PHRASE = re.compile(r"\b(?:(?:both|the two|the warring) (?:sides|parties|factions)|each side)\b", re.IGNORECASE)
# Roles of the sides a domestic conflict or dispute is between (the army and a militia, a
# union and a hospital or a school, the government and the opposition).
SIDE_ROLES = frozenset({"GOV", "MIL", "REB", "OPP", "PTY", "COP", "LAB", "BUS", "HLH", "EDU", "UAF", "SPY"})


def _sides_at_home(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Both sides", "the warring parties" after a sentence that sets two actors of one country
    against each other ("the RSF accused the army of shelling the market") are those two,
    unless the pair was named together as countries ("Armenia and Azerbaijan"): in a civil
    war or a strike the sides are one country's."""
    out = list(mentions)
    sentence_starts = [s.start_char for s in doc.sents]
    for match in SIDES_PHRASE.finditer(doc_text(doc)):
        start, end = match.start(), match.end()
        here = [m for m in out if m.start < end and start < m.end]
        if any(m.how != "coref" for m in here):
            continue
        si = bisect.bisect_right(sentence_starts, start) - 1
        # (one actor named again counts as named: "the army accused the paramilitary group")
        before = [m for m in out if m.end <= start and (m.how != "coref" or len(m.actors) == 1)]
        if here and any(len({a.country for a in m.actors}) >= 2 and {a.country for a in here[0].actors} <= {a.country for a in m.actors}
                        for m in before if si - m.sentence_index <= 3):
            continue  # the two countries named together just before
        sides: tuple[Actor, ...] = ()
        if match.group(0).lower() == "each side":
            # ("Armenia and Azerbaijan traded fire. Each side accused the other"): the two
            # countries named together last, if any
            both = [m for m in before if si - m.sentence_index <= 3 and len({a.country for a in m.actors if a.country}) >= 2]
            if both:
                out = [m for m in out if m not in here]
                out.append(Mention(match.group(0), start, end, si, both[-1].actors, "coref"))
                continue
        window = [m for m in before if 0 < si - m.sentence_index <= 3]
        if len({a.country for m in window for a in m.actors if a.country and a.role in SIDE_ROLES}) > 1:
            continue  # the sentences before set two countries' forces or governments against each other
        for k in sorted({m.sentence_index for m in before if si - m.sentence_index <= 3}, reverse=True):
            named = [a for m in before if m.sentence_index == k for a in m.actors if a.country and a.role in SIDE_ROLES]
            for a in named:
                other = next((b for b in named if b.country == a.country and b.code != a.code and b.role != a.role), None)
                if other is not None:
                    sides = (a, other)
                    break
            if sides:
                break
        if not sides:
            continue
        out = [m for m in out if m not in here]
        out.append(Mention(match.group(0), start, end, si, sides, "coref"))
    return sorted(out, key=lambda m: (m.start, m.end)) if out != mentions else mentions


# Capitalised words that follow a name without continuing it.
CALENDAR_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
                            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
                            "jr", "sr", "jr.", "sr."})


def _communities_at_home(mentions: list[Mention], home: str) -> list[Mention]:
    """A community no one state is named for ("the Kurds", "Kurdish officials": ETNKUR) is of
    the country the story is set in, as an agent noun is (the guideline: a country, then
    what the actor is): SYRETNKUR in a story from Syria, as "Iraqi Kurds" is IRQETNKUR."""
    out = []
    for m in mentions:
        actors = tuple(community_actor(home, a.code, a.name)
                       if a.country is None and a.kind == "group" and a.code.startswith(COMMUNITY_PREFIXES) else a for a in m.actors)
        out.append(m if actors == m.actors else Mention(m.text, m.start, m.end, m.sentence_index, actors, m.how))
    return out


# The words of an office before the agent noun found ("the commerce secretary": the noun is
# "secretary"), after the article.
OFFICE_WORDS_BEFORE = re.compile(r"\b(?:the|a|an)\s+((?:[a-z]+\s+){1,2})$", re.IGNORECASE)


def _offices_named_again(text: str, mentions: list[Mention], country_actor: Callable[[str, str | None], Actor]) -> list[Mention]:
    """"The Office of the U.S. Trade Representative announced ... an investigation by the trade
    representative's office ... Trade Representative Colleen Ashby-Moore warned": an office
    said bare, or as the title before its holder's name, that took its country from the
    sentence or the article is the office named before with its country ("the U.S. Trade
    Representative", "the U.S. commerce secretary"), when it was named so with one country
    only (an office named with two is placed by neither); so are its holder's later mentions."""
    if not any(m.how == "role" for m in mentions):
        return mentions  # (no office named with its country)
    named: dict[str, set[tuple[str, str]]] = {}
    moved: dict[Actor, Actor] = {}
    out = []
    for m in mentions:
        a = m.actors[0] if len(m.actors) == 1 else None
        # (the holder named is that office's, wherever named again: "Ashby-Moore said")
        placed = moved.get(a) if a is not None else None
        if placed is None and named and a is not None and a.country and a.role and m.how in ("role-in-sentence", "home-role", "home-person"):
            words = _title_said(m, a)
            if words is None:
                before = OFFICE_WORDS_BEFORE.search(text[max(0, m.start - 30) : m.start])
                words = (before.group(1).lower() if before is not None else "") + m.text.lower()
            title = words.removeprefix("the ").removesuffix("'s").removesuffix("’s").strip()
            # (an office of two words or more: "the minister", "a spokesman" are said of many)
            places = {c for c, role in named.get(title, set()) if role == a.role} if len(title.split()) > 1 and not title.endswith("s") else set()
            if len(places) == 1 and (there := next(iter(places))) != a.country:
                placed = country_actor(there, a.role)
                if a.kind == "person":
                    placed = moved[a] = Actor(placed.code, a.name, there, a.role, a.kind)
        if placed is not None:
            m = Mention(m.text, m.start, m.end, m.sentence_index, (placed,), m.how)
        elif a is not None and a.country and a.role and m.how == "role":
            # (the title whole, after whose it is: "the U.S. Trade Representative" names
            # "trade representative"; "U.S." is no part of the office)
            said = m.text.lower().split()
            for k in range(1, len(said) - 1):
                named.setdefault(" ".join(said[k:]), set()).add((a.country, a.role))
        out.append(m)
    return out


def _title_said(m: Mention, a: Actor) -> str | None:
    """The title said before a person's name in ``m`` ("trade representative" of "Trade
    Representative Colleen Ashby-Moore"), lower-case; None for a mention of no named holder."""
    if a.kind == "person" and a.name and m.text.endswith(" " + a.name):
        return m.text[: -len(a.name) - 1].lower()
    return None


def _not_their_counterparts(text: str, mentions: list[Mention]) -> list[Mention]:
    """"The foreign minister spoke with her PNG counterpart": a counterpart holds the same
    office on the other side, so an agent noun that took its country from the sentence or the
    article is not of the counterpart's country, in that sentence; what the text gives for it
    otherwise is unsaid."""
    others = {(m.sentence_index, a.country, a.role) for m in mentions if m.text.lower().rpartition(" ")[2] in OTHER_SIDE_NOUNS
              and re.search(r"\b(his|her|its|their)\s+$", text[max(0, m.start - 7) : m.start].lower()) for a in m.actors}
    if not others:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        a = m.actors[0] if len(m.actors) == 1 else None
        if a is None or m.how not in ("role-in-sentence", "home-role", "home-person") or (m.sentence_index, a.country, a.role) not in others \
                or m.text.lower().rpartition(" ")[2] in OTHER_SIDE_NOUNS:
            out.append(m)
            continue
        if (title := _title_said(m, a)) is not None:
            # ("The Uzbek president arrived in Astana ... President Ulugbek Karimov was met by
            # his Kazakh counterpart"): a holder named with his title is the one that title
            # was given to just before, of another country
            before = [x for x in out if 0 <= m.sentence_index - x.sentence_index <= 2 and len(x.actors) == 1 and x.how == "role"
                      and x.actors[0].role == a.role and x.actors[0].country not in (None, a.country) and x.text.lower().endswith(" " + title)]
            if before:
                there = before[-1].actors[0]
                out.append(Mention(m.text, m.start, m.end, m.sentence_index, (Actor(there.code, a.name, there.country, a.role, a.kind),), m.how))
    return out


def _naming_its_country(mentions: list[Mention], m: Mention) -> list[Mention]:
    """The other mentions of ``m``'s sentence that name the country the agent noun ``m`` took
    from it (other agent nouns that took it too are no evidence of it)."""
    return [x for x in mentions if x.sentence_index == m.sentence_index and x is not m and x.how != "role-in-sentence"
            and any(a.country == m.actors[0].country for a in x.actors)]


def _placed_elsewhere(doc: Doc, text: str, mentions: list[Mention], m: Mention) -> bool:
    """Whether the one country an agent noun ``m`` took from its sentence is named there
    otherwise than as the noun's own (see ``_placed_roles_at_home``)."""
    same = _naming_its_country(mentions, m)
    # (insurgents and criminals are of where they are, not of a foreign state the sentence
    # names as another actor: "talks between the United States and the insurgents", in a
    # story from Kabul)
    outlaws = m.actors[0].role in ("REB", "CRM") and not any(_only_a_place(doc, x) for x in same)
    # (but "the group said five of its fighters were killed": a group of that role named
    # before, whose the possessive says they are)
    owned = POSSESSOR_BEFORE.search(text[max(0, m.start - 8) : m.start]) is not None and any(
        x.end <= m.start and any(a.role == m.actors[0].role for a in x.actors) for x in same)
    # (nor "the prime minister said his government would not negotiate": one person named
    # before, whose "his" or "her" says it is)
    owned = owned or (PERSON_POSSESSOR_BEFORE.search(text[max(0, m.start - 8) : m.start]) is not None
                      and any(x.end <= m.start and one_person(x) for x in same))
    # (soldiers and police are of where they act: "soldiers detained the president at his
    # residence in Niamey", in a story from Abuja; so are a population's people, "gangs have
    # killed 4,000 people in Haiti", in a story from London)
    local = m.actors[0].role in LOCAL_FORCES | PEOPLE_ROLES and all(_only_a_place(doc, x, WHERE_PREPOSITIONS) for x in same)
    # (nor is a foreign mission where they act a country of theirs: "gunmen stormed the
    # Chinese consulate in Karachi, killing two police officers", Pakistan's police)
    missions = m.actors[0].role in LOCAL_FORCES | PEOPLE_ROLES and all(names_a_mission(x.text) for x in same)
    # (an institution of state is of where it sits: "the government in Tehran", "the Foreign
    # Ministry in Tehran")
    seated = any(_seated_in(doc, m, x) for x in same)
    # ("Russian forces shelled the city, the regional governor said": a country named only by
    # the forces it sent does not make the governor its own)
    sent = m.actors[0].role != "MIL" and all(forces_named(doc, x) for x in same)
    # ("Rwanda sent troops across the border", from Kinshasa: forces sent are the sender's)
    own = m.actors[0].role in ("MIL", "COP") and forces_sender(span_root(doc, m.start, m.end), mentions) == m.actors[0].country
    return bool(same) and (missions or (not owned and not local and not seated and not own
                                        and (outlaws or sent or all(_not_of_that_country(doc, m, x) for x in same))))


# Words of a story set in Sudan or speaking of it, and of one speaking of the press: "RSF"
# is the Rapid Support Forces in the first, Reporters Without Borders in the second.
SUDAN_WORDS = re.compile(r"\b(Sudan|Sudanese|Khartoum|Darfur|Omdurman|Kordofan|El Fasher|Rapid Support)\b", re.IGNORECASE)
PRESS_WORDS = re.compile(r"\b(Reporters Without Borders|Reporters sans fronti[eè]res|press freedom|journalists?|reporters)\b", re.IGNORECASE)

# The United States' parties by the word for their members.
US_PARTY_WORDS = frozenset({"Democrats", "Republicans", "Democrat", "Republican"})
# Countries whose national legislature (or its lower chamber) is called a Congress in their
# constitutions: the United States, Spain's Congress of Deputies, the Philippines, Mexico and
# Latin America's congresses, Micronesia.
CONGRESSES = frozenset({"USA", "ESP", "PHL", "MEX", "GTM", "HND", "DOM", "COL", "PER", "CHL", "PRY", "BRA", "ARG", "FSM"})
# Institutions of state that sit in their own country: one "in" a place is that place's
# ("the government in Tehran"; not an embassy, which sits in another's).
SEAT_NOUNS = frozenset({"government", "ministry", "authorities", "administration", "regime", "cabinet", "junta", "leadership", "parliament"})


def _seated_in(doc: Doc, m: Mention, x: Mention) -> bool:
    """Whether ``x`` is the place an institution of state ``m`` is said to be "in"
    ("the government in Tehran")."""
    rx, rm = span_root(doc, x.start, x.end), span_root(doc, m.start, m.end)
    return (rx is not None and rm is not None and rm.lemma_.lower() in SEAT_NOUNS and rx.dep_ == "pobj"
            and rx.head.lower_ == "in" and rx.head.head.i == rm.i)


def _on_the_other_side(doc: Doc, mentions: list[Mention], m: Mention) -> bool:
    """Whether the one country an agent noun ``m`` took from its sentence is named there only
    as the other side of an act of the noun's (``counterpart``, ``_between``)."""
    same = _naming_its_country(mentions, m)
    # (a country named as where the act is, "killed 4,000 people in Haiti", is where the noun
    # acts, not the other side)
    return bool(same) and all((counterpart(doc, (m.start, m.end), (x.start, x.end)) and not _only_a_place(doc, x, WHERE_PREPOSITIONS))
                              or _between(doc, m, x) for x in same)


def _not_of_that_country(doc: Doc, m: Mention, x: Mention) -> bool:
    """Whether ``x``, naming the country an agent noun ``m`` took from their sentence, names
    it otherwise than as the noun's own (see ``_placed_roles_at_home``)."""
    a = m.actors[0]
    return (_only_a_place(doc, x) or _possessor(doc, x, m) or counterpart(doc, (m.start, m.end), (x.start, x.end))
            or _between(doc, m, x) or _brokered_between(doc, m, x) or all(b.role == a.role and b.country == a.country for b in x.actors) or _described_apart(doc, m, x))


def _described_apart(doc: Doc, m: Mention, x: Mention) -> bool:
    """Whether ``x`` is named inside a relative clause that ``m`` is not in ("the government,
    which calls Marcano a puppet of Washington, held a rally where the president accused the
    opposition"): a description of something else, not where ``m`` is from."""
    rx, rm = span_root(doc, x.start, x.end), span_root(doc, m.start, m.end)
    if rx is None or rm is None:
        return False
    t = rx
    while t.head.i != t.i:
        if t.dep_ == "relcl":
            return rm.i not in {y.i for y in t.subtree}
        t = t.head
    return False


def _between(doc: Doc, a: Mention, b: Mention) -> bool:
    """Whether two mentions are the two sides of "between A and B" (talks, fighting)."""
    ra, rb = span_root(doc, a.start, a.end), span_root(doc, b.start, b.end)
    if ra is None or rb is None:
        return False
    first = rb if ra.dep_ == "conj" and ra.head == rb else ra if rb.dep_ == "conj" and rb.head == ra else None
    return first is not None and first.dep_ == "pobj" and first.head.lower_ == "between"


# Verbs of bringing two sides together from outside ("China brokered talks between the
# military and the armed groups"): the one who does it is neither side.
BROKERING_VERBS = frozenset({"broker", "mediate", "host", "facilitate", "sponsor", "convene", "arrange"})
# (their participles: "talks mediated by Qatar and Turkey")
BROKERED = frozenset(v + ("d" if v.endswith("e") else "ed") for v in BROKERING_VERBS)


def _brokered_between(doc: Doc, m: Mention, x: Mention) -> bool:
    """Whether ``m`` is a side of "between" that ``x`` brings together ("China, which has
    brokered talks between the military and the armed groups": the military is not
    China's)."""
    rm, rx = span_root(doc, m.start, m.end), span_root(doc, x.start, x.end)
    if rm is None or rx is None:
        return False
    while rm.dep_ == "conj":
        rm = rm.head
    if rm.dep_ != "pobj" or rm.head.lower_ != "between":
        return False
    verb = rm.head.head
    if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "nsubjpass"):
        verb = verb.head  # ("brokered talks between ...")
    if verb.lemma_.lower() not in BROKERING_VERBS:
        return False
    return any(c.i == rx.i for c in verb.children if c.dep_ == "nsubj") or (verb.dep_ == "relcl" and verb.head.i == rx.i)


def _possessor(doc: Doc, m: Mention, noun: Mention) -> bool:
    """Whether a mention is a possessive before a noun other than the agent noun ``noun``
    ("France's offer"; not "Turkey's defense and energy ministries", unless the possessive is
    a pronoun's)."""
    root = span_root(doc, m.start, m.end)
    if root is None or root.dep_ != "poss" or root.head.pos_ != "NOUN":
        return False
    return m.how == "coref" or root.head != span_root(doc, noun.start, noun.end)


# Prepositions of place, and those of where something is (not where to or from).
PLACE_PREPOSITIONS = ("in", "at", "to", "into", "near", "from", "across", "outside", "inside")
WHERE_PREPOSITIONS = ("in", "at", "near", "inside")


def _only_a_place(doc: Doc, m: Mention, preps: tuple[str, ...] = PLACE_PREPOSITIONS) -> bool:
    """Whether a mention is the object of a preposition of place ("a summit in Norway"; with
    WHERE_PREPOSITIONS, only where something is: "at his home in Niamey")."""
    root = span_root(doc, m.start, m.end)
    return root is not None and root.dep_ == "pobj" and root.head.lower_ in preps


# Heads of institutions a definite noun refers back to by name ("the court", "the council").
INSTITUTION_HEADS = frozenset({"court", "tribunal", "council", "commission"})


# Words after a hyphen that tie armed men to the group named before it ("Islamic
# State-linked militants"): they are of it, where "backed" or "funded" names a sponsor.
LINK_WORDS = frozenset({"linked", "affiliated"})


# Particles of Arabic names written with a hyphen before the rest of the name ("Al-Fateh").
NAME_PARTICLES = frozenset({"al", "el", "abu", "abd", "bin", "ibn", "ould", "ben", "bint"})
# Particles inside a personal name before the name that follows, Arabic ones and European
# ("Hamada al-Sawi", "Ahmed bin Salem", "Ursula von der Leyen").
GIVEN_NAME_PARTICLES = NAME_PARTICLES | frozenset({"van", "von", "de", "da", "del", "della", "di", "du", "der", "dos", "das"})


def _clause_ands(toks: Sequence[Token]) -> frozenset[int]:
    """Character offsets of each "and" that joins two clauses, the second beginning with its
    subject right after it ("... with Caracas and Peru said ..."), as the parse reads them."""
    out: set[int] = set()
    for t in toks:
        if t.lower_ != "and" or t.head.pos_ not in ("VERB", "AUX") or t.i + 1 >= len(t.doc):
            continue
        nxt = t.doc[t.i + 1]
        subj = next((a for a in [nxt, *nxt.ancestors] if a.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.left_edge.i == t.i + 1 and subj.head.dep_ == "conj" and subj.head.head.i == t.head.i:
            out.add(t.idx)
    return frozenset(out)


def _stance_words(toks: Sequence[Token]) -> frozenset[int]:
    """Character offsets of words that name a country only as the object of a stance:
    "anti-American", "pro-Russian", "Syrian-backed", "Iranian-funded"; or as where a thing
    comes from: "Soviet-designed", "Russian-made" (``ORIGIN_WORDS``); or as a language:
    "French-language" (``LANGUAGE_WORDS``)."""
    out: set[int] = set()
    for k in range(len(toks) - 2):
        a, h, b = toks[k], toks[k + 1], toks[k + 2]
        if h.text not in HYPHENS or a.whitespace_ or h.whitespace_:
            continue
        if a.lower_ in STANCE_PREFIXES:
            out.add(b.idx)
        elif b.lower_ in STANCE_WORDS or b.lower_ in ORIGIN_WORDS or b.lower_ in LANGUAGE_WORDS:
            out.add(a.idx)
        elif b.lower_ == "led" and k + 3 < len(toks) and toks[k + 3].lemma_.lower() in LED_GOVERNMENTS:
            # ("Mali's military-led government"): who leads a government says what it is, it
            # is not a second actor beside it (a coalition led by a country is that country's:
            # see ``_led_coalition``)
            out.add(a.idx)
    for t in toks:
        # "anti-American" kept as one token by the tokenizer
        low = t.lower_
        if "-" not in low:
            continue
        for pre in STANCE_PREFIXES:
            if low.startswith(pre + "-") and len(low) > len(pre) + 1:
                out.add(t.idx)
    return frozenset(out)


def _community_forces(role: str) -> str:
    """A community's forces ("Kurdish forces", "Syrian Kurdish forces") are no state's armed
    forces: the guideline's REB, the armed side that is not a state; other roles stay."""
    return "REB" if role == "MIL" else role


def _community(atom: _Atom) -> Entry | None:
    """The community entry of an atom ("Kurds", "Kurdish"), if it has one."""
    for e in atom.entries:
        if e.kind == "actor" and e.form.startswith("community"):
            return e
    return None


def _in_role(a: Actor, holder: Actor) -> Actor:
    """``holder``, a country's role, held by ``a``: a person keeps their name and stays a
    person ("former President Evo Morales" an elite), anyone else is the role."""
    return dataclasses.replace(holder, name=a.name, kind="person") if a.kind == "person" else holder


def _elites_named_again(mentions: list[Mention]) -> list[Mention]:
    """A person made an elite in one of ``mentions`` ("former Energy Secretary Dan Rourke") is
    one in each of them ("Rourke")."""
    elites = {(a.name, a.country): a for m in mentions for a in m.actors if a.kind == "person" and a.role == "ELI"}
    return [Mention(m.text, m.start, m.end, m.sentence_index, tuple(elites.get((a.name, a.country), a) if a.kind == "person" else a for a in m.actors), m.how)
            if any(a.kind == "person" and (a.name, a.country) in elites for a in m.actors) else m for m in mentions]


def _dedupe(actors: Sequence[Actor]) -> tuple[Actor, ...]:
    out: list[Actor] = []
    for a in actors:
        if a not in out:
            out.append(a)
    return tuple(out)


@functools.lru_cache(maxsize=8)
def _load_cached(extra: tuple[tuple[str, int], ...], lenient: bool = False) -> ActorResolver:
    d = build_shipped()
    problems: list[str] = []
    if extra:
        from tidings.actors.petrarch import load_petrarch

        for path, _mtime in extra:
            load_petrarch(Path(path), d, problems=problems if lenient else None)
    return ActorResolver(d, problems)


def _named_by(e: Entry) -> tuple[str, ...] | None:
    """Who a fixed dictionary entry names (its codes), or None for a country, role or person."""
    if e.kind == "actor" and e.actor is not None:
        return (e.actor.code,)
    if e.kind == "dated" and e.dated is not None:
        return tuple(c.code for c in e.dated.codes)
    return None


def _names_of(entries: Sequence[Entry]) -> list[str]:
    """The names of the fixed actors of ``entries``."""
    return [e.actor.name for e in entries if e.actor is not None] + [e.dated.name for e in entries if e.dated is not None]


# A name and the acronym it is given in brackets: "the Workplace Relations Commission (WRC)".
ACRONYM_DEFINED = re.compile(r"((?:[A-Z][\w'’.-]*\s+(?:(?:" + "|".join(ACRONYM_GLUE) + r")\s+)*)+[A-Z][\w'’.-]*)\s*\(([A-Z]{2,7})\)")


class _NamesInDoc:
    """The named entities of a parsed article, for the rules that need the whole article:
    a surname names a dictionary person only when no one else of that surname is named; a
    country word inside a longer name is part of the name."""

    def __init__(self, doc: Doc) -> None:
        ents = list(doc.ents) if doc.has_annotation("ENT_IOB") else []
        self.spans = [(e.label_, e.start_char, e.end_char) for e in ents if len(e) > 1 and e.label_ in ("GPE", "LOC", "FAC", "ORG", "PERSON")]
        self.full: dict[str, list[str]] = {}
        for e in ents:
            if e.label_ != "PERSON":
                continue
            words = [t.text for t in e if t.text not in ("'s", "\u2019s") and norm_token(t.text) not in HONORIFICS and not t.is_punct]
            if len(words) >= 2:
                self.full.setdefault(norm_token(words[-1]), []).append(" ".join(words))
        # acronyms the article spells out: "the National Prosecuting Authority (NPA)"
        self.acronyms: dict[str, str] = {}
        for m in ACRONYM_DEFINED.finditer(doc_text(doc)):
            acronym = m.group(2)
            capitals = [w for w in m.group(1).split() if w[:1].isupper()]
            if len(capitals) >= len(acronym) >= 2 and "".join(w[0] for w in capitals[-len(acronym):]) == acronym:
                name = m.group(1).split()
                k = len(name) - name[::-1].index(capitals[-len(acronym)]) - 1
                self.acronyms.setdefault(acronym, " ".join(name[k:]))
        # and names it writes in full whose initials an acronym of it may stand for ("Rapid
        # Support Forces" ... "the RSF")
        for e in ents:
            words = [t.text for t in e if t.text[:1].isupper() and not t.is_punct]
            if e.label_ in ("ORG", "NORP", "FAC", "GPE") and 3 <= len(words) <= 7 and len(words) == len([t for t in e if not t.is_punct and t.lower_ not in ACRONYM_GLUE]):
                self.acronyms.setdefault("".join(w[0] for w in words).upper(), " ".join(words))

    def entity(self, start: int, end: int) -> tuple[str, int, int] | None:
        """The multi-word entity (GPE, LOC, FAC, ORG, PERSON) that holds [start, end), if any."""
        for label, s, e in self.spans:
            if s <= start and end <= e:
                return label, s, e
        return None

    def someone_else(self, surname: str, person: Person, resolver: ActorResolver) -> bool:
        """Whether the article names, in full, another person with this surname and never
        this one."""
        names = self.full.get(surname, ())
        same = [resolver.names_person(name, person) for name in names]
        return not all(same) and not any(same)


def _only_a_war_opposed(doc: Doc, mentions: list[Mention], m: Mention) -> bool:
    """Whether the sentence of an agent noun names its country only as where a war is that the
    sentence tells opposed ("suspended a student group that organised a protest against the
    war in Gaza", in a story from New York): a topic, not where the noun is."""
    named = _naming_its_country(mentions, m)
    return bool(named) and all(opposed_war_place(doc, o.start, o.end) for o in named)
