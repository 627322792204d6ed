"""How sure the text is about an event: asserted, future, hypothetical, reported or negated.

The cues are read on the trigger and on the chain of words that govern it (the verbs and
adjectives it is the complement of: "are due to *meet*", "likely to *host*", "rumours that
Putin will *host*"), plus sentence-level attribution ("according to", "reportedly").

Offers and readiness: a trigger such as "offered/promised/pledged/vowed to *host*" announces an
act that is intended but has not happened: ``future``. "Is ready/willing/prepared to *host*"
states a disposition that depends on others (an invitation, a request, a deal): the act is
possible, not announced, so it is ``hypothetical`` (the readiness itself, coded as an intent,
is declared when it is said: the selection stage makes that asserted).

Precedence, when several cues apply: negated > hypothetical > future > reported > asserted.
A negation is the strongest claim about the event (it did not happen); a condition or
possibility beats a plan, and a plan beats attribution: what a party tells of as planned or
scheduled is still to come ("rumours that he will host", "suspected of planning an attack":
the guideline's future), where ``reported`` says a party claims it happened. The reasons for
the choice are kept for ``tidings explain``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tidings.actors.home import saying_verb
from tidings.events.syntax import (
    FINITE_TAGS,
    goes_on_with,
    is_conditional,
    not_yet,
    participle_after_comma,
    present,
    result_of_gerund,
    said_alongside,
    set_apart,
    set_off_by_comma,
    speakers_own_act,
    told_as_done,
    told_before_saying,
)
from tidings.events.words import (
    CAUSING_VERBS,
    SPEECH_NOUNS,
    TEXT_PROPOSING_VERBS,
    TEXT_STOPPING_VERBS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

PRECEDENCE = ("negated", "hypothetical", "future", "reported", "asserted")
# The modalities of an act told as done (what the scorers call factual).
FACTUAL = ("asserted", "reported")

FUTURE_AUX = {"will", "shall", "'ll"}
HYPO_AUX = {"may", "might", "could", "would", "should", "can", "must"}
# Governors whose complement is to come ("due to meet", "plans to visit").
IMMINENT_HEADS = {"about"}
FUTURE_HEADS = {"due", "plan", "expect", "schedule", "set", "go", "intend", "prepare", "aim", "poised", "slate", "about"}
# Verbs of what is awaited, which has not come ("could no longer expect Ankara's support",
# "awaits the court's ruling").
AWAIT_HEADS = frozenset({"expect", "await", "anticipate"})
HYPO_HEADS = {"likely", "unlikely", "possible", "possibly", "probable", "may", "want", "wish", "hope", "consider",
              # a plotted act is not done, whoever tells of the plot ("accused of plotting to
              # bomb a community centre")
              "plot", "conspire", "scheme",
              "seek", "try", "attempt", "could", "able", "ready", "willing", "perhaps", "maybe", "potential",
              # (as "able to": what one is capable of, or has the capacity for, is not done)
              "capable", "capacity", "capability",
              # (nor what one leans toward: "was leaning toward delaying the tariffs")
              "lean",
              # an act asked, pushed or required of someone is not yet done ("urged Vietnam to
              # push back", "efforts to get Ukraine to investigate", "requires concessions")
              "get", "ask", "urge", "press", "pressure", "push", "persuade", "demand", "require",
              # an act allowed is not yet done ("a law that allows police to detain suspects for
              # 21 days", "a pause to allow the fighters to withdraw")
              "allow", "permit", "authorize", "authorise", "empower", "enable"}
# Words of what is feared or risked, which has not come ("fears of an Iranian attack", "the
# risk of a wider war", "residents fear an attack"): what follows them (a clause set before
# them, "China launched an inquiry, a move industry fears could cost billions", is told); and
# as the subject of a verb the "of" hangs on ("fears grew of an attack").
FEAR_NOUNS = frozenset({"fear", "risk", "prospect", "possibility", "danger", "spectre", "specter", "concern", "worry"})
# Those of them one may feel at something done as well as at something to come ("concern over
# the activist's detention"); the others are of something only possible ("fear of an attack").
CONCERN_NOUNS = frozenset({"concern", "worry"})
# What one "has no ... but to" do: an obligation, not an act done.
NO_CHOICE_NOUNS = frozenset({"option", "choice", "alternative"})
# Verbs whose "for"-object is asked for, not done ("called for talks", "appealed for calm").
ASK_FOR_HEADS = {"call", "appeal", "plead", "lobby", "campaign", "clamor", "clamour", "agitate", "pray"}
NEG_HEADS = {"refuse", "decline", "fail", "deny", "reject", "avoid", "cancel", "postpone", "halt", "unable", "rule",
             # (an act foiled or prevented did not happen: "police foiled an attack")
             "foil", "thwart", "avert", "prevent", "forestall"}
# (and the nouns of a claim's grounds: "found evidence that troops had killed civilians", "an
# allegation that", "the finding that": what they hold is claimed, not told as so)
REPORT_HEADS = {"rumour", "rumor", "report", "allege", "claim", "speculation", "suggest", "say", "believe", "suspect",
                "evidence", "allegation", "finding"}
# Verbs whose "of/for"-gerund is an allegation: "accused Armenia of *shelling*".
ALLEGE_HEADS = {"accuse", "blame", "charge", "allege", "suspect", "condemn", "criticize", "criticise", "denounce"}
REPORT_ADV = {"reportedly", "allegedly", "purportedly", "apparently", "supposedly", "rumoredly"}
# Adjectives by which a named act is only claimed ("a suspected strike") or may only come ("a
# possible attack", "a planned offensive").
REPORT_ADJ = {"alleged", "suspected", "purported", "apparent", "reported", "supposed"}
HYPO_ADJ = {"possible", "potential", "likely", "probable", "feared", "planned", "proposed", "threatened", "looming", "expected",
            "prospective", "hypothetical", "would-be"}
HYPO_MARK = {"if", "unless", "whether"}
# Nouns of a way to something, with the prepositions that name where it leads ("pave the way
# for talks", "a step towards a ceasefire"): what they lead to is still to come.
GOAL_NOUNS = {"way": ("for", "to"), "step": ("towards", "toward", "to"), "path": ("to", "towards", "toward"), "road": ("to", "towards", "toward"),
              "prelude": ("to",)}
# Marks of a time clause that, under a verb of what is to come, is a condition of it ("would
# become a ceasefire once the fighters pulled back").
TIME_CONDITION_MARKS = frozenset({"once", "when", "until", "after", "before"})
# Words that make an act hang on something still to be met ("made the release of aid
# conditional on an investigation", "the loan is contingent on reforms").
CONDITIONED_WORDS = frozenset({"conditional", "contingent", "dependent"})
# Verbs whose "to"-complement is intended ("offered to host") and adjectives whose complement
# is only possible ("ready to host"); read on the trigger itself as well as on its governors.
PROMISE_HEADS = {"offer", "promise", "pledge", "vow", "undertake", "volunteer"}
# Verbs whose complement is an act to come, promised or threatened ("vowed to continue the
# operation until ...").
VOWING_HEADS = frozenset(PROMISE_HEADS | {"threaten", "swear"})
# promise heads that also do what their object names ("undertook a mission"): a promise
# only with a "to"-complement ("undertook to withdraw")
ACT_TOO = {"undertake"}
READY_HEADS = {"ready", "willing", "prepared", "unwilling", "eager", "keen"}
# Those of them that declare an intent (CAMEO's verb dictionary: INDICATE * READY 030,
# DECLARE * WILLING 036).
DECLARED_READY_HEADS = {"ready", "willing", "prepared"}
HYPO_ADV = {"possibly", "perhaps", "maybe", "probably", "likely", "potentially"}


@dataclass(frozen=True)
class ModalityGuess:
    modality: str
    reasons: tuple[str, ...]
    tense: str  # past, present or future: how dates are resolved
    # the act is announced as intended or as something the actor is ready to do ("offered to",
    # "is prepared to"): a conflictual act so announced is a threat
    announced: bool = False
    # the act is imminent ("is about to restore ties"): told as the act itself, not as an
    # intent the actor expresses
    imminent: bool = False
    # the weaker modalities also cued, in precedence order: what remains when the strongest
    # is consumed by the coding (a denied cooperation coded as a rejection)
    also: tuple[str, ...] = ()
    # the future comes only from the trigger itself announcing an intended act ("offered to",
    # "vowed to"): the offer or the vow is made when it is said
    pledged: bool = False
    # told by its own doer of itself ("the UN said it was outraged by ...", "said they would
    # defy the order"): what a speaker says of its own words is said, not only claimed
    own_words: bool = False
    # the only doubt is a readiness the actor declares ("is ready to host", "willing to
    # mediate"): an intent expressed when it is said
    declared: bool = False
    # what is told is alleged of the doer ("suspected of helping plan an attack", "accused of
    # plotting"): said of it by others, not announced by it
    alleged: bool = False


# Subjects that say no one did or underwent an act ("neither was removed from office").
NEGATIVE_SUBJECTS = frozenset({"neither", "none", "nobody", "noone"})

# Subjects by which a speaker tells of itself ("said it was outraged").
SELF_PRONOUNS = frozenset({"i", "we", "it", "he", "she", "they"})


def _chain(trigger: Token, spoken: bool) -> list[Token]:
    """The trigger and the words that govern it through complement relations (``spoken``:
    the trigger is the speaker's own act beside the saying, ``speakers_own_act``)."""
    chain = [trigger]
    tok = trigger
    if spoken:
        # ("said the government was falling apart and called for an election": the call is
        # the speaker's, beside the saying; so is "..., rejecting U.S. demands")
        said = saying_verb(trigger)
        return [trigger, said, *_chain(said, speakers_own_act(said))[1:]]
    # (a past relative clause tells a fact that the clause around it presupposes: "ordered
    # the police to pay a lawmaker whose home was raided" demands the payment, not the raid)
    while not _temporal_clause(tok) and not told_as_done(tok) and not set_apart(tok) and tok.dep_ in ("xcomp", "ccomp", "advcl", "acl", "conj", "pcomp", "pobj", "prep", "dobj", "nsubj", "nsubjpass", "attr", "relcl") and tok.head.i != tok.i:
        gerund = result_of_gerund(tok)
        # (a result told after a comma is as sure as the act it follows: "accused Russia of
        # shelling a hospital, killing two nurses" reports the killing as it does the shelling;
        # a nominal event or a coordinated verb shares the modality of its governor)
        # (and "shelled positions, the ministry said, killing 49 soldiers", the participle hung on
        # "said": as sure as the shelling told)
        tok = gerund if gerund is not None else (told_before_saying(tok) or said_alongside(tok) or tok.head)
        if participle_after_comma(chain[-1]) and tok.dep_ == "relcl" and tok.head.i != tok.i:
            # ("passed a bill that would criminalise ..., drawing condemnation", the participle
            # hung on the relative clause): a result told after a comma is of the main clause,
            # not of what the clause says the thing it describes would do
            tok = tok.head
        chain.append(tok)
        if len(chain) > 6:
            break
        if participle_after_comma(tok) and tok.lemma_.lower() in CAUSING_VERBS:
            # ("said it expected a fair trial, prompting India to summon a German diplomat":
            # what a participle after a comma made someone do is told as done, whatever the
            # clause it follows says)
            break
        if tok.dep_ == "prep" and tok.lower_ in CONCESSIVE_PREPS | {"during"}:
            # ("have not agreed to a ceasefire despite weeks of talks mediated by Qatar": what
            # a concession grants is told as so, whatever the clause around it says; and so is
            # what something happens during, "pledged support during a visit by its prime
            # minister")
            break
    return chain


# Prepositions whose object is granted as fact by the clause they hang on.
CONCESSIVE_PREPS = frozenset({"despite", "amid", "amidst", "notwithstanding"})
# Prepositions of a phrase that says where or when an act was, before the verb it hangs on.
CIRCUMSTANCE_PREPS = frozenset({"in", "during", "at", "after", "following"})


# Subordinators of a clause that tells when something else happened ("is likely to face
# questions about the call when he asked ..."): the clause keeps its own modality.
TEMPORAL_MARKS = {"when", "after", "before", "since", "while", "once", "until", "as"}


def _temporal_clause(tok: Token) -> bool:
    return tok.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in TEMPORAL_MARKS and c.i < tok.i for c in tok.children)


# Nouns of aims ("the push to oust", "a bid to topple"): what they aim at is not done.
AIM_NOUNS = {"push", "bid", "plan", "plans", "effort", "efforts", "attempt", "attempts", "campaign", "move", "drive", "plot", "proposal", "motion", "call", "calls", "demand", "demands", "threat", "threats", "offer", "pledge", "promise", "vow"}

# Verbs whose "that"-clause is a named party's account of what happened.
TELLING_HEADS = {"say", "tell", "report", "claim", "state", "add", "confirm", "insist", "announce", "testify", "write", "post", "tweet"}

# Verbs of saying whose past tense shifts a reported "will" to "would".
SAY_HEADS = {"say", "announce", "confirm", "declare", "state", "tell", "indicate", "add", "reply", "insist", "pledge", "promise", "vow", "warn"}


def _backshifted(tok: Token) -> bool:
    """Whether ``tok`` is the content of a past-tense verb of saying ("Iraq said it would")."""
    head = tok.head
    return tok.dep_ == "ccomp" and head.lemma_.lower() in SAY_HEADS and head.tag_ in ("VBD", "VBN")


def classify(trigger: Token, *, reported_by_nominal: bool = False, presupposed: bool = False) -> ModalityGuess:
    """The modality of the event ``trigger`` names. ``presupposed``: a nominal act named with
    its doer ("agreed to Beijing's demands", "rejected China's offer") is told as done,
    whatever the clause around it says of the answer; only an attribution reaches it."""
    guess = _classify(trigger, reported_by_nominal=reported_by_nominal)
    if not presupposed or guess.modality not in ("future", "hypothetical", "negated"):
        return guess
    if "reported" in guess.also:
        return ModalityGuess("reported", ("reported: a possessed act, attributed",), "past", False)
    return ModalityGuess("asserted", ("asserted: a possessed act is told as done",), "past", False)


def wanted(noun: Token) -> bool:
    """Whether a nominal act is the object of a verb of wanting, asking or awaiting
    ("demanded Israel's withdrawal", "called for the minister's resignation", "sought Russia's
    help", "expects Ankara's support")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "for":
        return noun.head.head.lemma_.lower() in HYPO_HEADS | ASK_FOR_HEADS
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in HYPO_HEADS | AWAIT_HEADS


def _classify(trigger: Token, *, reported_by_nominal: bool = False) -> ModalityGuess:
    cues: dict[str, list[str]] = {m: [] for m in PRECEDENCE}
    readiness: list[str] = []
    tense = "past"
    announced = False
    imminent = False
    own_promise = False
    alleged = False
    sent = trigger.sent
    spoken = speakers_own_act(trigger)
    chain = _chain(trigger, spoken)
    said_by: Token | None = None
    condition = False
    if trigger.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in TIME_CONDITION_MARKS for m in trigger.children) \
            and any(a.dep_ == "aux" and a.lower_ in FUTURE_AUX | HYPO_AUX for a in trigger.head.children):
        # ("the pause would become a permanent ceasefire once the fighters pulled back", "will
        # halt the offensive when they withdraw"): a time clause of what is still to come is a
        # condition of it, not told as done
        cues["hypothetical"].append(f"'{trigger.text}' is when '{trigger.head.text}' would come: a condition")
        condition = True
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ in GOAL_NOUNS.get(trigger.head.head.lemma_.lower(), ()):
        # ("meant to pave the way for direct talks", "a first step towards talks"): an act a
        # thing leads the way to has not come yet
        cues["hypothetical"].append(f"'{trigger.text}' is where the '{trigger.head.head.text}' leads, still to come")
    conditioned = [c for t in (trigger, *([trigger.head] if trigger.dep_ in ("dobj", "nsubj", "nsubjpass") else []))
                   for c in t.children if c.lemma_.lower() in CONDITIONED_WORDS and c.dep_ in ("advmod", "oprd", "acomp", "ccomp", "xcomp")]
    if conditioned:
        # ("made the release of military aid conditional on an investigation"): an act made to
        # hang on a condition is not told as done
        cues["hypothetical"].append(f"'{trigger.text}' made '{conditioned[0].text}': a condition")
    for i, tok in enumerate(chain):
        own = i == 0
        # a coordinated verb shares its sibling's auxiliaries, not its meaning: in "denied
        # the claim and said soldiers opened fire", the firing is not denied
        # (as does a reproach made in saying or asking: "asked the court to order Israel to
        # halt ..., accusing it of genocide" accuses, it does not ask for an accusation)
        teller = said_alongside(chain[i - 1]) if i > 0 else None
        # (and the speaker's second act hung on the verb of saying itself: "said the group had
        # fired drones and warned that its attacks would continue")
        sibling = i > 0 and (chain[i - 1].dep_ == "conj" or (teller is not None and teller.i == tok.i) or (i == 1 and spoken))
        # nor, when the coordinated verb has a subject of its own, anything its sibling's own
        # words say of it: in "it was not possible to verify the reports, but the group
        # accused police of killing", the accusation is made (a condition, "if A attacks and
        # B answers", still holds for both)
        own_clause = sibling and any(c.dep_ in ("nsubj", "nsubjpass") for c in chain[i - 1].children)
        # (nor its negation when a comma sets it off: "organisers had not notified the
        # authorities, and accused ...": the accusation is made; "did not attack and kill" is
        # one negated act)
        own_clause = own_clause or (sibling and chain[i - 1].dep_ == "conj" and set_off_by_comma(chain[i - 1]))
        # (nor its auxiliaries when it has one of its own: "will build a fence and has
        # deployed 10,000 soldiers" has deployed them)
        own_aux = sibling and any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in chain[i - 1].children)
        # (the light verb of a nominal event and the noun are one predicate: "would not hold
        # talks" negates the talks, wherever the clause stands)
        light = i == 1 and trigger.pos_ == "NOUN" and trigger.dep_ == "dobj"
        lem = tok.lemma_.lower()
        low = tok.lower_
        for ch in tok.children:
            cl = ch.lower_
            # (but "holding people no longer than 72 hours" is a length, not a negation)
            no_longer = ch.dep_ == "advmod" and cl == "longer" and any(g.lower_ == "no" for g in ch.children) \
                and not any(g.lower_ == "than" for g in ch.children)
            if own_clause and ch.dep_ != "mark":
                continue
            if (ch.dep_ == "neg" or no_longer) and (own or light or tok.dep_ != "ccomp") and not own_aux:
                # (a verb joined with an auxiliary of its own is not under its sibling's "not":
                # "does not recognise dual nationality and has rejected British requests")
                # ("would no longer comply": "no longer" negates as "not" does)
                cues["negated"].append(f"'{'no longer' if no_longer else ch.text}' negates '{tok.text}'")
            elif own and ch.dep_ == "det" and cl == "no" and tok.pos_ == "NOUN":
                # ("no arrests had been made": an act named with "no" is said not to be done)
                cues["negated"].append(f"'{ch.text} {tok.text}': none done")
            elif own and ch.dep_ == "amod" and tok.pos_ == "NOUN" and cl in HYPO_ADJ:
                # ("a possible Israeli attack", "a planned offensive"): an act named as one that
                # may come is not told as done
                cues["hypothetical"].append(f"'{ch.text} {tok.text}': may come")
            elif own and ch.dep_ == "amod" and tok.pos_ == "NOUN" and cl in REPORT_ADJ:
                # ("a suspected Israeli strike", "the alleged attack"): an act others claim
                cues["reported"].append(f"'{ch.text} {tok.text}': claimed")
            elif own and ch.dep_ in ("nsubj", "nsubjpass") and ((cl in NEGATIVE_SUBJECTS and not any(g.dep_ == "prep" and g.lower_ != "of" for g in ch.children))
                                                                or any(g.dep_ == "det" and g.lower_ in ("no", "neither") for g in ch.children)):
                # ("neither was removed from office", "none has been charged", "no American
                # personnel were killed", "none of the ministers met", "neither man had
                # spoken": done to no one, or by no one)
                cues["negated"].append(f"'{ch.text}' {tok.text}: no one did or underwent it")
            elif (ch.dep_ == "aux" or (ch.dep_ == "auxpass" and cl in FUTURE_AUX | HYPO_AUX)) and not own_aux:
                if cl in FUTURE_AUX or (cl == "would" and _backshifted(tok)):
                    # "said it would allow": reported speech shifts "will" to "would"
                    cues["future"].append(f"auxiliary '{ch.text}' on '{tok.text}'")
                    tense = "future"
                elif cl == "to" and tok.dep_ == "ROOT" and any(g.dep_ in ("nsubj", "nsubjpass") and g.i < ch.i for g in tok.children):
                    # a title's "Nigeria to evacuate citizens": what is to be done is announced
                    cues["future"].append(f"'{ch.text} {tok.text}' after its subject, a title's future")
                    tense = "future"
                elif cl in HYPO_AUX:
                    cues["hypothetical"].append(f"modal '{ch.text}' on '{tok.text}'")
                    tense = "future" if tense == "past" else tense
                elif ch.tag_ in ("VBP", "VBZ") and tense == "past":
                    tense = "present"
            elif ch.dep_ == "mark" and cl in HYPO_MARK:
                cues["hypothetical"].append(f"'{ch.text}' makes '{tok.text}' a condition")
                condition = condition or own
            elif ch.dep_ == "mark" and cl == "until" and own and tok.head.i != tok.i and (
                    any(g.dep_ == "neg" for g in tok.head.children)
                    or any(g.dep_ == "aux" and g.lower_ in FUTURE_AUX | HYPO_AUX for g in tok.head.children)
                    or present(tok)
                    or (tok.head.dep_ == "xcomp" and tok.head.head.lemma_.lower() in VOWING_HEADS)):
                # ("would not enter talks until all its prisoners were freed": what must
                # happen first has not happened; nor has what a present tense after "until"
                # looks ahead to, "vowed to keep up its attacks until Israel halts its offensive",
                # nor what a vow's act goes on until, in whatever tense: "vowed to continue the
                # operation until Hamas was destroyed")
                cues["hypothetical"].append(f"'{ch.text}' makes '{tok.text}' a condition of '{tok.head.text}'")
            elif ch.dep_ == "advmod" and cl in REPORT_ADV:
                cues["reported"].append(f"'{ch.text}'")
            elif ch.dep_ == "advmod" and cl in HYPO_ADV:
                cues["hypothetical"].append(f"'{ch.text}'")
            elif ch.dep_ in ("acomp", "advmod", "attr") and not own and ch.i < trigger.i and (
                ch.lemma_.lower() in FUTURE_HEADS | HYPO_HEADS
            ):
                # "they are due in Washington to meet", "he is likely to host"
                which = "future" if ch.lemma_.lower() in FUTURE_HEADS else "hypothetical"
                imminent = imminent or ch.lemma_.lower() in IMMINENT_HEADS
                cues[which].append(f"'{tok.text} {ch.text}' governs '{trigger.text}'")
                tense = "future"
            elif ch.dep_ == "advmod" and cl in ("never",):
                cues["negated"].append(f"'{ch.text}' negates '{tok.text}'")
        has_comp = any(c.dep_ == "xcomp" for c in tok.children)
        if ((own and has_comp) or not own) and not sibling:
            if low in READY_HEADS or lem in READY_HEADS:
                cues["hypothetical"].append(f"'{tok.text}' states a readiness, not an act")
                # (not "would be ready to host talks if both sides asked": a readiness itself
                # on a condition)
                copula = [tok, tok.head] if tok.dep_ == "acomp" else [tok]
                if lem in DECLARED_READY_HEADS and not any(
                        is_conditional(t) or any(c.dep_ == "aux" and c.lower_ in HYPO_AUX for c in t.children) for t in copula):
                    readiness.append(cues["hypothetical"][-1])
                tense = "future"
                announced = True
            elif lem in PROMISE_HEADS and tok.pos_ == "VERB" and not (lem in ACT_TOO and not own and chain[i - 1].dep_ != "xcomp") \
                    and not any(t.dep_ == "pobj" and t.head.lower_ == "for" for t in chain[:i]):
                # (an act named as what the vow is "for" is its cause, not the act vowed:
                # "vowed revenge for an Israeli strike")
                cues["future"].append(f"'{tok.text}' announces an intended act")
                tense = "future"
                announced = True
                # (or the promise whose complement the trigger is: "offered on Sunday to mediate")
                own_promise = own_promise or own or (i == 1 and (chain[0].dep_ == "xcomp" or (
                    chain[0].dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in chain[0].children))))
        if not own and not sibling and said_by is None and lem in TELLING_HEADS and tok.pos_ == "VERB" and chain[i - 1].dep_ in ("ccomp", "parataxis"):
            # "three men were arrested, police said": a named party's claim (the guideline's
            # reported), unless what is said is still to come or only possible
            said_by = tok
        if not own and not sibling and (lem in ALLEGE_HEADS or lem in ("believe", "think", "report", "say")) and chain[i - 1].dep_ == "xcomp" \
                and any(c.dep_ == "auxpass" for c in tok.children):
            # ("are alleged to have ordered", "is believed to have fled": what is alleged of
            # someone is claimed, not told as so)
            cues["reported"].append(f"'{tok.text} to' alleges it")
            alleged = True
        if not own and not sibling and lem in ALLEGE_HEADS and (chain[i - 1].dep_ == "prep" or (
                chain[i - 1].dep_ == "dobj" and any(t.dep_ == "prep" and t.lower_ in ("of", "for") for t in chain[:i]))):
            # ("accused Ethiopian militias of killing", the "of" hung on the object)
            cues["reported"].append(f"alleged by '{tok.text}'")
            alleged = True
        if i >= 2 and chain[i - 1].dep_ == "dobj" and chain[i - 1].lemma_.lower() in SPEECH_NOUNS and chain[i - 2].dep_ == "acl":
            # ("blocked an EU statement condemning the drills": a text kept from being issued
            # does not do what it says; one only proposed does not do it yet)
            if lem in TEXT_STOPPING_VERBS:
                cues["negated"].append(f"the {chain[i - 1].text} was '{tok.text}'")
            elif lem in TEXT_PROPOSING_VERBS:
                cues["hypothetical"].append(f"the {chain[i - 1].text} was only '{tok.text}'")
        if not own and not sibling and ((lem in FEAR_NOUNS and chain[i - 1].i > tok.i and not _concern_at_a_fact(lem, chain[0])) or (
                chain[i - 1].dep_ == "prep" and chain[i - 1].lower_ == "of"
                and any(c.dep_ == "nsubj" and c.lemma_.lower() in FEAR_NOUNS for c in tok.children))):
            cues["hypothetical"].append(f"feared ('{tok.text}')")
        # ("In a phone call with Macron, Zelensky asked for more air defence": a phrase of
        # where or when the asking was is no part of what is asked or refused)
        circumstance = chain[i - 1].dep_ == "prep" and chain[i - 1].lower_ in CIRCUMSTANCE_PREPS and chain[i - 1].i < tok.i \
            and (lem in HYPO_HEADS or low in HYPO_HEADS or lem in NEG_HEADS)
        if not own and not sibling and not (low in READY_HEADS or lem in READY_HEADS or lem in PROMISE_HEADS) and not goes_on_with(tok) \
                and not circumstance:
            # ("pressed on with its offensive": the offensive goes on, nothing is urged)
            beside = chain[i - 1].dep_ == "advcl" and chain[i - 1].tag_ == "VBG" and tok.tag_ in FINITE_TAGS
            if lem in AWAIT_HEADS and chain[i - 1].dep_ == "dobj" and chain[i - 1].pos_ == "NOUN":
                # ("Ukraine expects Germany's support"): an act awaited, by its doer or by
                # another, is not done, nor is it an intent its doer expressed
                cues["hypothetical"].append(f"awaited ('{tok.text}')")
                tense = "future"
            elif (lem in FUTURE_HEADS or low in FUTURE_HEADS) and not (lem == "go" and tok.tag_ != "VBG") and not beside \
                    and not (low == "about" and chain[i - 1].dep_ == "pobj"):
                # (the preposition "about" tells what something is about, not what is about to be:
                # "concern about the arrest")
                # ("is going to strike"; but "went on strike to protest" went, and the participle
                # beside a verb told as done is done with it: "set fire to the consulate,
                # accusing Iran of ...")
                imminent = imminent or lem in IMMINENT_HEADS or low in IMMINENT_HEADS
                cues["future"].append(f"governed by '{tok.text}'")
                tense = "future"
            elif (lem in HYPO_HEADS or low in HYPO_HEADS) and not beside:
                # (but the participle beside a verb that did the pushing is done with it: "pushed
                # the bill through, defying the unions")
                cues["hypothetical"].append(f"governed by '{tok.text}'")
                tense = "future"
            elif lem in ASK_FOR_HEADS and chain[i - 1].dep_ == "prep" and chain[i - 1].lower_ == "for":
                # ("called for talks": the guideline's REQUEST is asserted, the talks hypothetical)
                cues["hypothetical"].append(f"'{tok.text} for' asks for it")
                tense = "future"
            elif not_yet(chain[i - 1]) and chain[i - 1].head.i == tok.i:
                # ("the junta has yet to release the president", "police are yet to arrest
                # anyone"): not done so far
                cues["negated"].append(f"'{tok.text} yet to': not done so far")
            elif lem in NEG_HEADS and (lem != "rule" or any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)) \
                    and not (chain[i - 1].dep_ == "advcl" and chain[i - 1].tag_ == "VBG") \
                    and not (chain[i - 1].dep_ == "ccomp" and chain[i - 1].i < tok.i and any(c.dep_ == "dobj" for c in tok.children)):
                # ("ruled out", not "ruled the country"; "refused to concede, accusing the
                # institute of fraud": the accusation beside the refusal is made, not refused;
                # "accused Azerbaijan of shelling, a charge Baku denied", parsed with the
                # accusation a clause of "denied": what is denied is its object, the charge,
                # and the accusation is made)
                cues["negated"].append(f"governed by '{tok.text}'")
            elif lem in REPORT_HEADS and (tok.pos_ == "NOUN" or (lem == "say" and tok.tag_ == "VBN" and chain[i - 1].dep_ == "xcomp")) or lem in ("allege", "rumour", "rumor", "report") and tok.pos_ == "VERB" and chain[i - 1].dep_ == "ccomp":
                cues["reported"].append(f"governed by '{tok.text}'")
        # (the infinitive parsed as the object of "but", which hangs on "had")
        holder = tok.head if tok.lower_ == "but" and tok.dep_ == "cc" else tok
        if holder.lemma_.lower() in ("have", "leave", "see") and any(
                o.dep_ == "dobj" and o.lemma_.lower() in NO_CHOICE_NOUNS and any(d.dep_ == "det" and d.lower_ == "no" for d in o.children)
                for o in holder.children) and any(a.dep_ == "aux" and a.lower_ == "to" for c in chain[max(0, i - 2) : i] for a in c.children):
            # ("said the demonstrators had no option but to come out and surrender": what one
            # is left no choice but to do is still to be done, as what is demanded is)
            cues["hypothetical"].append(f"'{holder.text} no option but to': obliged, not done")
            tense = "future"
        aim_noun = tok.dep_ == "advcl" and any(o.dep_ == "dobj" and o.lemma_.lower() in AIM_NOUNS and o.i < tok.i for o in tok.head.children)
        if (tok.dep_ == "acl" and tok.head.pos_ == "NOUN" or aim_noun) and tok.tag_ == "VB" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            # ("backed the push to oust the government", parsed with the infinitive on the verb)
            # "the push to oust the government", "a plan to phase out": what a noun aims at
            # is not done
            cues["hypothetical"].append(f"'{tok.head.text} to {tok.text}' aims at it")
            tense = "future"
        if own and tok.tag_ in ("VBP", "VBZ") and tense == "past":
            tense = "present"
        if own and tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in tok.children):
            tense = "present"
    text = sent.text.lower()
    for tok in chain if "?" in text else ():
        # ("Will Russia attack Ukraine?", "“Did the army fire on the crowd?” a resident
        # asked"): a clause that asks whether it happens tells no act ("Why did police arrest
        # them?" still does)
        words = [t for t in tok.subtree if not t.is_punct or t.text == "?"]
        if len(words) > 2 and words[-1].text == "?" and words[0].pos_ == "AUX" and words[0].head.i == tok.i:
            cues["hypothetical"].append(f"'{words[0].text} ...?' asks whether it is so")
            break
    for phrase in ("it is time", "it's time", "it is high time", "time has come", "high time for"):
        at = text.find(phrase)
        if at >= 0 and trigger.idx - sent.start_char > at:
            # "it is time for both capitals to sit down and talk": urged, not done
            cues["hypothetical"].append(f"'{phrase}' urges it")
            tense = "future"
            break
    if "according to" in text:
        cues["reported"].append("'according to' attributes the sentence")
    for phrase in ("sources say", "sources said", "rumours", "rumors", "it is said", "is said to", "are said to", "were said to", "was said to"):
        if phrase in text and not any(phrase in c for c in cues["reported"]):
            cues["reported"].append(f"'{phrase}' in the sentence")
            break
    if reported_by_nominal:
        cues["reported"].append("the event is the content of a report")
    # (a negation inside a condition is part of it: "if he did not resign" is not said not to
    # have happened, only supposed)
    order = ("hypothetical", "negated", *PRECEDENCE[2:]) if condition else PRECEDENCE
    # (told by its doer of itself, "the UN said it was outraged", "said they would defy the
    # order"; and a verb joined to the one it says of itself, sharing its subject: "Russia said
    # it regretted the decision and urged Yerevan not to ...")
    clause = trigger.head if trigger.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children) else trigger
    own_words = said_by is not None and clause.head.i == said_by.i and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in SELF_PRONOUNS for c in clause.children)
    for m in order[:-1]:
        if cues[m]:
            others = [f"{o}: {', '.join(cues[o])}" for o in order[:-1] if cues[o] and o != m]
            reasons = (f"{m}: {', '.join(cues[m])}",) + tuple(f"also {o}" for o in others)
            also = tuple(o for o in order[:-1] if cues[o] and o != m)
            # (a promise a named party tells of is still made: "Qatar offered to mediate, the
            # ministry said")
            pledged = m == "future" and own_promise and len(cues["future"]) == 1 and set(also) <= {"reported"}
            declared = m == "hypothetical" and bool(readiness) and cues["hypothetical"] == readiness
            return ModalityGuess(m, reasons, tense, announced, imminent and m == "future", also, pledged, own_words=own_words, declared=declared,
                                 alleged=alleged)
    if said_by is not None:
        return ModalityGuess("reported", (f"reported: told by the subject of '{said_by.text}'",), tense, announced, own_words=own_words)
    return ModalityGuess("asserted", ("asserted: no negation, condition, attribution or future cue",), tense, announced)


def teller_of(verb: Token) -> Token | None:
    """The subject of the verb of saying whose clause ``verb`` is ("..., prosecutors said"),
    or the object of "according to" on it; None when the act is told by no one."""
    tok = verb
    for _ in range(4):
        if tok.dep_ in ("ccomp", "parataxis") and tok.head.lemma_.lower() in TELLING_HEADS:
            said = tok.head
            # ("condemned the attack and said those responsible would ...": the verb of
            # saying shares the subject of the verb it is joined to)
            while not any(c.dep_ == "nsubj" for c in said.children) and said.dep_ == "conj" and said.head.i != said.i:
                said = said.head
            return next((c for c in said.children if c.dep_ == "nsubj"), None)
        if tok.dep_ in ("conj", "xcomp") and tok.head.i != tok.i:
            tok = tok.head
            continue
        break
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ == "according":
            return next((o for t in p.children if t.lower_ == "to" for o in t.children if o.dep_ == "pobj"), None)
    return None


def _concern_at_a_fact(lem: str, act: Token) -> bool:
    """Whether a word of concern is felt at an act the text names as a given, one that is
    somebody's or "the" one ("concern over the activist's detention", "worried about the
    arrests"), which is done, not feared."""
    return lem in CONCERN_NOUNS and act.pos_ == "NOUN" and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in act.children)
