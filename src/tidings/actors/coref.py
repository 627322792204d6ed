"""Light coreference inside one article, applied in reading order.

Four things are resolved, all from what the article has already named:

- pair phrases ("both countries", "the two sides", "the two leaders", "the foreign
  ministers of the two countries"): the countries of the most recent mention that named
  two or more countries within the last few sentences, else the last two distinct
  countries named; the noun may add a role ("leaders" -> GOV);
- plural pronouns ("they", "them"): the last plural mention in this or the two previous
  sentences;
- a surname or a bare title ("Putin", "the president") after a full mention: that person;
- "the country", "the nation": the one country named last in this or the two previous
  sentences; "the court", "the council": the last court or council the article named;
  "the bloc", "the alliance": the intergovernmental organisation named last.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from tidings.actors.dictionary import Person
from tidings.model import Actor

# Nouns that make "both X" / "the two X" a reference to two countries without a role.
GROUP_NOUNS = frozenset(
    {
        "countries",
        "country",
        "nations",
        "sides",
        "states",
        "neighbours",
        "neighbors",
        "republics",
        "rivals",
        "adversaries",
        "foes",
        "belligerents",
        "parties",
        "capitals",
    }
)
PAIR_WORDS = frozenset({"both", "two"})
# "the three countries", "the four nations": the countries a mention named together.
COUNT_WORDS = {"three": 3, "four": 4, "five": 5}
# States that no longer exist: never one of "the two countries" of today's news ("Soviet-era
# borders" names the Soviet Union).
DISSOLVED_STATES = frozenset({"USR", "YUG", "CSK", "DDR", "SCG"})
PLURAL_PRONOUNS = frozenset({"they", "them"})
# How far back (in sentences) a compound mention still names "the two countries".
PAIR_WINDOW = 3
PRONOUN_WINDOW = 2


@dataclass(frozen=True)
class Seen:
    """One mention as remembered for later references."""

    sentence_index: int
    actors: tuple[Actor, ...]
    plural: bool
    person: Person | None = None
    # (named as the ones who brought two sides together, "talks mediated by Qatar and Turkey":
    # never "the two sides" themselves)
    broker: bool = False
    # (named as where something happens, "ministers met in Brussels": the city that stands for
    # the EU is there a place, never what "the bloc" or "the alliance" refers to)
    place: bool = False
    # (named only by its people's adjective, "Russian airstrikes": whose a thing is, which "the
    # country" refers back to only when no country is named otherwise)
    adjective: bool = False


@dataclass
class ArticleContext:
    """What an article has named so far."""

    history: list[Seen] = field(default_factory=list)

    def add(self, seen: Seen) -> None:
        self.history.append(seen)

    def pair(self, sentence_index: int, *, acted_on: bool = False) -> tuple[str, ...]:
        """The two countries a pair phrase refers to, in order of first naming; () if
        the article has not named two. ``acted_on``: the phrase is what its sentence's verb
        acts on ("Britain and France urged both sides"), so the countries its sentence named
        before it are the ones acting, not the pair."""
        named = self._named_together(sentence_index, lambda n: n >= 2, acted_on)
        if named:
            return tuple(named[:2])
        recent: list[str] = []
        # ("the U.S. urged both sides", "Russia, which has bases in both countries"): one
        # country the sentence has named before the phrase is not one of the two; two are
        # ("Peru's president met Ecuador's, and the two signed a pact")
        here = _distinct(a.country for seen in self.history if seen.sentence_index == sentence_index for a in seen.actors
                         if a.country not in DISSOLVED_STATES)
        for seen in reversed(self.history):
            if (seen.sentence_index == sentence_index and (len(here) < 2 or acted_on)) or seen.broker:
                continue
            for actor in reversed(seen.actors):
                if actor.country and actor.country not in recent and actor.country not in DISSOLVED_STATES:
                    recent.append(actor.country)
            if len(recent) >= 2:
                # (in order of first naming: "Xi hosted his Brazilian counterpart in Beijing,
                # and the two leaders signed" is China's and Brazil's, whichever was named last)
                first_named = [a.country for seen in self.history for a in seen.actors]
                return tuple(sorted(recent[:2], key=first_named.index))
        return ()

    def named_together(self, sentence_index: int, count: int, *, acted_on: bool = False) -> tuple[str, ...]:
        """The countries of the last mention that named ``count`` of them together ("Spain,
        Ireland and Norway ... the three countries"); () if there is none."""
        return tuple(self._named_together(sentence_index, lambda n: n == count, acted_on))

    def _named_together(self, sentence_index: int, enough: Callable[[int], bool], acted_on: bool) -> list[str]:
        """The countries of the last mention, in this sentence or the PAIR_WINDOW before, that
        named a number of them together that is ``enough``; [] if there is none (a mention of
        this sentence not, when ``acted_on``; nor one of the brokers)."""
        for seen in reversed(self.history):
            if (acted_on and seen.sentence_index == sentence_index) or seen.broker:
                continue
            if sentence_index - seen.sentence_index > PAIR_WINDOW:
                break
            countries = _distinct(a.country for a in seen.actors)
            if enough(len(countries)):
                return countries
        return []

    def last_country(self, sentence_index: int) -> str | None:
        """The country of the last mention that names one country, within the pronoun window;
        one named only by its people's adjective when no other is ("Syrian forces backed by
        Russian airstrikes took a town in the country's north": Syria's)."""
        recent = [seen for seen in reversed(self.history) if sentence_index - seen.sentence_index <= PRONOUN_WINDOW]
        # (the last first, and those named only by an adjective after every other)
        for seen in sorted(recent, key=lambda seen: seen.adjective):
            countries = _distinct(a.country for a in seen.actors)
            if len(countries) == 1:
                return countries[0]
        return None

    def last_named_country(self, accept: Callable[[str], bool]) -> str | None:
        """The country of the last mention naming one country that ``accept`` takes, anywhere
        before: what a shortened name ("the North") refers to."""
        for seen in reversed(self.history):
            countries = _distinct(a.country for a in seen.actors)
            if len(countries) == 1 and accept(countries[0]):
                return countries[0]
        return None

    def last_group(self, sentence_index: int, *, igo: bool = False, nonstate: bool = False) -> Actor | None:
        """The last named group or organisation (al-Shabaab, Hamas, Amnesty International),
        within the pronoun window: what "the group" refers to; ``igo``: the last
        intergovernmental organisation, what "the bloc" or "the alliance" refers to ("The EU
        said ... The bloc urged"); ``nonstate``: a group of no states before any
        intergovernmental one ("Houthi rebels detained UN staff, the UN said ... The group
        accused the staff": the rebels)."""
        if nonstate and (found := self._last_group_of(sentence_index, ("group", "ngo"), ("NGO",))) is not None:
            return found
        return self._last_group_of(sentence_index, ("igo",), ("IGO",), places=False) if igo else \
            self._last_group_of(sentence_index, ("group", "igo", "ngo"), ("IGO", "NGO"))

    def _last_group_of(self, sentence_index: int, kinds: tuple[str, ...], prefixes: tuple[str, ...], *, places: bool = True) -> Actor | None:
        for seen in reversed(self.history):
            if sentence_index - seen.sentence_index > PRONOUN_WINDOW:
                return None
            if seen.place and not places:
                continue
            # (not a news agency or a company named as a source of the story: "told Reuters
            # ... The Islamist group said")
            groups = [a for a in seen.actors if (a.kind in kinds or a.code[:3] in prefixes) and a.role not in ("MED", "BUS")]
            # (one group named beside states is still the one meant: "Israel and Hamas agreed
            # ... after the militant group released")
            if len(groups) == 1:
                return groups[0]
        return None

    def last_institution(self, head: str) -> Actor | None:
        """The last named organisation whose name has ``head`` ("court" of "the International
        Court of Justice"), anywhere before: what a definite "the court" refers to."""
        for seen in reversed(self.history):
            named = [a for a in seen.actors if a.kind in ("igo", "ngo", "group") and head in (a.name or "").lower().split()]
            if len(named) == 1 and len(seen.actors) == 1:
                return named[0]
        return None

    def plural_antecedent(self, sentence_index: int) -> Seen | None:
        for seen in reversed(self.history):
            if sentence_index - seen.sentence_index > PRONOUN_WINDOW:
                break
            if seen.plural and seen.actors:
                return seen
        # (no plural named: the two people of the sentence before, "Egypt's foreign minister
        # spoke with his Israeli counterpart. They discussed Gaza.")
        before = [seen for seen in self.history if seen.sentence_index == sentence_index - 1]
        people = [seen for seen in before if len(seen.actors) == 1 and not seen.plural
                  and (seen.actors[0].kind == "person" or seen.actors[0].role is not None)]
        if len(before) == 2 and len(people) == 2 and people[0].actors[0] != people[1].actors[0]:
            return Seen(sentence_index - 1, (people[0].actors[0], people[1].actors[0]), True)
        return None

    def last_person(self, accept: Callable[[Person], bool]) -> Person | None:
        for seen in reversed(self.history):
            if seen.person is not None and accept(seen.person):
                return seen.person
        return None

    def persons(self) -> list[Person]:
        """People named so far, most recent first."""
        out: list[Person] = []
        for seen in reversed(self.history):
            if seen.person is not None and seen.person not in out:
                out.append(seen.person)
        return out


def _distinct(values: object) -> list[str]:
    out: list[str] = []
    for v in values:  # type: ignore[attr-defined]
        if v and v not in out:
            out.append(v)
    return out
