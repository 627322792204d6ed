"""What every stage of the event coder shares while it codes one sentence: the sentence,
its parse and mentions, the state carried from earlier sentences, and the candidate events."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tidings.events import dates, modality
from tidings.events.patterns import Pattern
from tidings.model import Actor, Mention, Place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from tidings.events.coder import Coder


# The reason by which an act's doer is only the one it is blamed on or accused of ("an attack
# the army blamed on the ELN", "a gang accused of attacks"): a claim, never a telling of
# who did an act told elsewhere.
ALLEGED_DOER = "its doer only whom it is laid on: a claim"
# The reason by which a noun of an act is dated by the word it hangs on ("India launched
# strikes on Tuesday in retaliation for the attack"): the day may be that word's act's, not
# its own, so it never says two tellings are two acts.
DATED_BY_GOVERNOR = "its day told of the word it hangs on"


@dataclass
class Candidate:
    """One coded event before it becomes an ``Event`` (kept for ``explain``)."""

    source: Mention | None
    source_actor: Actor | None
    target: Mention | None
    target_actor: Actor | None
    pattern: Pattern
    trigger: list[Token]
    modality: modality.ModalityGuess
    date: dates.DateGuess
    place: Place | None
    reasons: list[str] = field(default_factory=list)


@dataclass
class State:
    last_subject: list[Mention] = field(default_factory=list)
    # (sentence, sources, targets) of every accusation with a doer, for "rejected these
    # accusations" and for one said by one of those accused
    accusations: list[tuple[int, list[Mention], list[Mention]]] = field(default_factory=list)
    # (sentence, sources, targets) of the last requests and demands with both, for a refusal
    # that names nothing refused ("subpoenaed the chief of staff. The White House said it would
    # not comply")
    requests: list[tuple[int, list[Mention], list[Mention]]] = field(default_factory=list)
    # (sentence, sources, the lemma that told it) of the last act of force or coercion, for
    # "condemned the strikes"
    forcers: tuple[int, list[Mention], str] | None = None
    # the same of the last assault (force, not coercion), for "the gunmen"
    assailants: tuple[int, list[Mention], str] | None = None
    # (sentence, sources, targets) of the last assault with both, for arms seized in it
    # ("attacked a checkpoint ... and said the insurgents had seized weapons")
    assailed: tuple[int, list[Mention], list[Mention]] | None = None
    # act nouns named with their doer ("a U.N. proposal", "Iran's offer"), by lemma: (sentence,
    # the doers), for "welcomed the proposal" later
    owned_acts: dict[str, tuple[int, list[Mention]]] = field(default_factory=dict)
    # (sentence, the two sides, whether the act was cooperative or None when no act was
    # coded) of the last act between two named sides, for "the talks" or "the clashes"
    last_pair: tuple[int, list[Mention], bool | None] | None = None
    last_subject_sentence: int = -1
    # (sentence, sources, code, the trigger's lemma, only alleged, done to "the attackers") of
    # the last acts coded with a doer, latest last, for "condemned the move"
    doers: list[tuple[int, list[Mention], str, str, bool, bool]] = field(default_factory=list)
    # (sentence, sources) of the last deeds announced to come ("will send troops"), for
    # "welcomed the decision", "called the move a provocation": a decision is a deed announced
    announced: list[tuple[int, list[Mention]]] = field(default_factory=list)
    # the mentions of the last sentence, in order, for an object pronoun ("Venezuela
    # expelled Panama's ambassador. The government accused him of spying.")
    last_mentions: list[Mention] = field(default_factory=list)
    last_mentions_sentence: int = -1
    # "the attackers" read as the doers of an act of force told before, by where the words
    # start: the same words name the same doers for every act of their sentence
    attackers_named: dict[int, list[Mention]] = field(default_factory=dict)
    sentence: int = 0
    # the country the article is about (the actor resolver's home), for people it names by
    # a count alone ("killing two")
    home: str | None = None


class SentenceBase:
    """The sentence being coded and what the stages share; the stages are mixed in above it
    (``arguments`` < ``selection`` < ``triggers``)."""

    def __init__(
        self, coder: Coder, doc: Doc, sent: Span, by_token: dict[int, Mention], state: State, published: str | None
    ) -> None:
        self.coder, self.doc, self.sent, self.by_token, self.state = coder, doc, sent, by_token, state
        self.published = published
        self.lex = coder.lex

    def _event_noun(self, tok: Token) -> Pattern | None:  # the triggers stage answers
        raise NotImplementedError
