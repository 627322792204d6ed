"""The event coder: dependency parses + actor mentions -> Events.

For each sentence, every word that the pattern lexicon knows (a verb, a nominal event such
as "fighting" or "talks", or a predicate adjective such as "willing") is a candidate
trigger. Its actors come from its argument slots:

- source: the subject (through coordination, "the ministers of A and B"), the passive agent
  ("by X"), the subject of the governing clause for a complement ("are due ... to *meet*"),
  or, for nominal events, the possessor, a nationality adjective, "by X", "of X", or both
  sides of "between A and B";
- target: the direct object, the dative, the object of the pattern's preposition or of a
  usual one ("to", "with", "against", "on", ...), the passive subject, or, for an intent
  verb ("agreed to provide aid to X"), the target of its complement.

A compound slot gives one event per (source, target) pair; an actor is never its own
target. Control chains are followed: "are due in Washington to meet Pompeo" codes *meet*
with a future modality; a light verb hands over to its nominal object ("held talks with").
"Be in <the capital of another country>" is a visit (042) to that country.

The coder keeps, for each event, the reasons that ``tidings explain`` shows.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tidings.errors import ConfigError
from tidings.events import confidence, dates, modality, places
from tidings.events.cameo import describe
from tidings.events.patterns import Lexicon, Pattern, lexicon
from tidings.model import Actor, Event, Mention, Place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SUBJ = ("nsubj", "csubj", "expl")
SUBJ_PASS = ("nsubjpass", "csubjpass")
# Prepositions whose object can be the target when the pattern names none. The object of
# "in"/"at" is not when it is a place: "agreed to meet in Brussels" names the event's place,
# not its target (a pattern that takes its target there says so: "arrived in", "fired at");
# "supported the work in the framework of the OSCE" still reaches the OSCE.
DEFAULT_TARGET_PREPS = ("to", "with", "against", "on", "upon", "at", "into", "toward", "towards", "in", "from", "for", "over", "between", "among")
PLACE_PREPS = ("in", "at")
TROOP_NOUNS = frozenset({"troop", "soldier", "peacekeeper", "force", "battalion", "contingent", "marine", "paratrooper"})
# words that tie people to the actor whose people they are ("troops loyal to X")
ALLEGIANCE_WORDS = frozenset({"loyal", "affiliated", "allied", "linked", "attached"})
NOMINAL_DEPS = {"compound", "amod", "poss", "conj", "appos", "nmod", "npadvmod", "nummod", "det", "cc", "quantmod"}
LOCATIVE_PREPS = ("in", "at", "near", "outside", "inside")
COOPERATIVE_ROOTS = ("03", "04", "05", "06")
# A cooperative act announced for the future is, in CAMEO, an expressed intent (03x):
# "Finland will give Tanzania a grant" is 033, not 07.
INTENT_OF_ROOT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
# A conflictual act announced for the future ("will boycott the elections", "is prepared to
# impose martial law") is, in CAMEO, a threat (13x); the most specific prefix wins.
THREAT_OF_CODE = {
    "1721": "1381", "1723": "1323", "1724": "1324", "172": "132", "163": "1312", "162": "1311",
    "161": "1313", "164": "134", "166": "136", "16": "131", "14": "133", "15": "138", "17": "137",
    "192": "1382", "18": "138", "19": "138", "20": "138",
}
# A withdrawal announced on a condition ("will withdraw its force unless ...") is a threat
# to halt involvement (136); unconditioned, it stays an intent to yield.
CONDITIONAL_THREAT_OF_CODE = {"0872": "136", "087": "136", "16": "131"}
# A cooperative act that is denied ("will not accept", "failed to reach agreement") is, in
# CAMEO, a rejection (12x).
# A cooperative act said not to happen is a rejection only when the word itself is one of
# acceptance or consent ("did not accept the offer", "will not agree to") or the act is a
# yielding one (not yielding is refusing to yield, CAMEO 124): "not talking about himself"
# or "unable to defend themselves" refuse nothing (the act is negated).
ACCEPTING_WORDS = frozenset({"accept", "agree", "approve", "allow", "permit", "grant", "comply", "sign", "ratify", "recognize", "recognise", "consent", "endorse"})
# Acts reported in a passive with no doer named ("three men were arrested", "two soldiers
# were killed", "he was charged"): coded with no source, as the text names none.
DOERLESS_ROOTS = ("09", "11", "16", "17", "18", "19", "20")
REJECT_OF_ROOT = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124"}
# Codes of acts done *on a territory*: their target, when no actor is named, is the country
# where they happen ("demonstrated in Kirkuk", "lifted the curfew in Montenegro", "suspended
# aid deliveries in Baghdad", "threatened to resume attacks in Israel"), as CAMEO coders read
# such sentences. Statements, appeals, consultations, diplomatic acts, demands, criticism
# and rejections are not: a meeting, an agreement or a criticism "in Brussels" is not aimed
# at Belgium. For an intent ("agreed to ...", "will ...") the complement's act decides.
# Codes whose definition makes a territory the object: force, deployment and restrictions
# done *to* a place ("shelled Juba", "imposed a curfew on Kashmir"). Only a place in another
# country than the source's is a target: a country is never its own target.
PLACE_TARGET_ROOTS = ("15", "17", "18", "19", "20")
# Codes whose target, when no object names one, is the subject of the "that"-clause
# ("demanded that the US cancel ...", "warned that police will ...").
CLAUSE_TARGET_ROOTS = ("02", "03", "08", "10", "11", "12", "13")
CONDITION_MARKS = ("unless", "if")
# Intent verbs that offer something: a deployment they announce is help, not a threat.
POSSESSIVES = frozenset({"its", "their", "his", "her"})
# Roles of the state.
STATE_ROLES = frozenset({"GOV", "MIL", "JUD", "POL", "SPY", "LEG", "ELI", "COP"})
# Verbs whose "in"-object is the act their subject does ("engaged in ethnic cleansing",
# "took part in the attack").
ENGAGE_IN = frozenset({"engage", "participate", "involve"})
# Heads whose "of"-phrase names the act a light verb does ("declared a state of emergency",
# "launched ten days of war games", "carried out a series of raids").
OF_HEADS = frozenset({"state", "series", "wave", "round", "spate", "string", "day", "week", "month", "hour", "volley", "barrage"})
# Written or spoken acts whose "-ing" clause is what their author does ("issued a
# declaration demanding ...").
SPEECH_NOUNS = frozenset({"declaration", "statement", "letter", "message", "communique", "communiqué", "note", "memorandum", "announcement", "resolution", "appeal", "ultimatum"})
# Verbs of travel whose "for"-object is the act the travellers go to do ("return to
# Geneva for talks").
MOTION_VERBS = frozenset({"return", "travel", "fly", "arrive", "go", "head", "leave", "come", "gather", "convene", "converge", "assemble"})
# Weapons that do an attack with no one named behind them.
WEAPON_NOUNS = frozenset({"bomb", "bombing", "explosion", "blast", "device", "mine", "minefield", "landmine", "rocket", "missile", "grenade", "shell", "mortar", "ied"})
# Generic heads of a nominal event named by their modifier ("mediation effort", "bombing
# campaign", "rescue operation").
EVENT_HEADS = frozenset({"effort", "mission", "bid", "attempt", "initiative", "campaign", "operation", "drive", "round", "programme", "program"})
# Force with no target named, in a sentence naming no other country: used at home
# ("police opened fire on demonstrators", "guerrillas blew up power lines").
DOMESTIC_FORCE_ROOTS = ("18", "19", "20")
# What is rejected when an accusation is: its maker is the target ("denied the claims").
CLAIM_NOUNS = frozenset({"accusation", "allegation", "claim", "charge", "criticism", "assertion", "report"})
# Roots of acts whose condemnation targets their doer: force, threats of it, coercion.
FORCE_AND_COERCION_ROOTS = ("13", "15", "17", "18", "19", "20")
# Verbs of a claim of responsibility ("claimed responsibility for the attack").
CLAIM_VERBS = frozenset({"claim", "take", "accept", "admit", "bear"})
# Named-entity types whose words name a thing, not an act of the sentence.
NAME_ENTITIES = frozenset({"EVENT", "WORK_OF_ART", "LAW", "ORG", "FAC", "PRODUCT"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
COOPERATIVE_INTENT = frozenset({"offer", "promise", "pledge", "agree", "commit", "propose"})
# Dictionary entries that name an actor by themselves, and words that refer back to one.
NAMING_KINDS = frozenset({"country", "actor", "dated", "person"})
REFERRING_WORDS = frozenset({"it", "they", "he", "she", "its", "their", "his", "her", "them", "him", "we", "both", "two"})
# "in defiance of X", "in protest at X"; "to show their disapproval of X", "to protest X"
PROTEST_STANCE_NOUNS = frozenset({"defiance", "protest", "opposition", "response", "retaliation", "outrage", "anger"})
PROTEST_PURPOSE_VERBS = frozenset({"protest", "show", "express", "voice", "denounce", "condemn", "oppose", "demonstrate", "register", "signal", "press", "demand"})
RELIGION_CODES = frozenset({"MOS", "CHR", "JEW", "BUD", "HIN", "SIK", "ATH", "BAH", "CON", "DOX", "ITR", "JAN", "SHN", "ZRO"})
# Documents whose relative clause states their content: "a resolution that aims to impose a
# blockade" imposes nothing.
DOCUMENT_NOUNS = frozenset({"resolution", "plan", "proposal", "bill", "draft", "law", "decree", "motion", "initiative", "programme", "program", "blueprint", "roadmap", "text"})
# What a state orders its own people or press to stop doing ("ordered La Prensa to suspend
# publication", "ordered the party to disband").
STOP_VERBS = frozenset({"suspend", "stop", "cease", "halt", "close", "shut", "disband", "dissolve", "quit", "vacate", "end", "abandon", "leave"})
# Places that stand for the people they are for: "a camp for Congolese refugees".
FACILITY_NOUNS = frozenset({"camp", "shelter", "school", "hospital", "clinic", "home", "settlement", "centre", "center", "hostel", "orphanage", "compound"})
ANCHOR_PREPS = frozenset({"after", "following", "since", "before", "prior"})
ANCHOR_NOUNS = frozenset({"eve", "wake", "aftermath", "run-up", "runup", "lead-up"})
COMMUNITY_HEADS = frozenset({"population", "minority", "community"})
SENDING_VERBS = frozenset({"send", "dispatch", "deploy"})
SINGULAR_PRONOUNS = frozenset({"he", "she", "him", "his", "her"})
FIRST_PLURAL = frozenset({"we", "us", "our"})
PLURAL_ONLY = frozenset({"they", "them", "their"})
SPEAKING_VERBS = frozenset({"say", "tell", "add", "state", "declare", "announce", "write", "insist", "stress", "warn", "argue"})
PRONOUNS = {"it", "they", "he", "she", "its", "their", "his", "her", "them", "him", "we", "who", "which", "that"}


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
class SentenceTrace:
    """What ``explain`` shows for one sentence."""

    index: int
    text: str
    span: tuple[int, int]
    mentions: list[Mention]
    events: list[Event]
    reasons: list[list[str]]
    skipped: list[str]


class Coder:
    """Codes parsed documents. One instance per process is enough (it holds no per-text state)."""

    def __init__(self, resolver: Any, lex: Lexicon | None = None, *, min_confidence: float = 0.0) -> None:
        self.resolver = resolver
        self.lex = lex or lexicon()
        self.min_confidence = min_confidence

    # ---- entry points ---------------------------------------------------------------------
    def worth_parsing(self, sent: Span) -> bool:
        """Whether a sentence (tokens only, no parse) can give an event: it names an actor
        (a country, organisation, person or dated actor of the dictionary), a title that
        can refer back to a person ("the president"), or a pronoun or pair word that can
        refer back to actors ("they", "the two sides"). Without one, no slot of any
        pattern can be filled, so the sentence need not be parsed."""
        from tidings.actors.dictionary import norm_token

        index = self.resolver.dictionary.index
        toks = [t.text for t in sent if not t.is_space]
        norms = [norm_token(t) for t in toks]
        for i, n in enumerate(norms):
            if n in REFERRING_WORDS:
                return True
            hit = index.longest(norms, toks, i)
            if hit is not None and any(e.kind in NAMING_KINDS or (e.kind == "role" and e.title) for e in hit[1]):
                return True
        return False

    def code_doc(
        self,
        doc: Doc,
        *,
        published: str | None = None,
        doc_id: str = "",
        explain: bool = False,
    ) -> tuple[list[Mention], list[Event], list[SentenceTrace]]:
        pub_date, _ = dates.parse_published(published)
        mentions = list(self.resolver.resolve(doc, date=pub_date, place_country=_place_country))
        by_token = _index_mentions(doc, mentions)
        events: list[Event] = []
        traces: list[SentenceTrace] = []
        state = _State()
        for si, sent in enumerate(doc.sents):
            sent_events, reasons, skipped = self._code_sentence(doc, sent, si, by_token, state, published, doc_id)
            events.extend(sent_events)
            if explain:
                traces.append(
                    SentenceTrace(
                        si,
                        sent.text,
                        (sent.start_char, sent.end_char),
                        [m for m in mentions if sent.start_char <= m.start < sent.end_char],
                        sent_events,
                        reasons,
                        skipped,
                    )
                )
        return mentions, events, traces

    # ---- one sentence ---------------------------------------------------------------------
    def _code_sentence(
        self,
        doc: Doc,
        sent: Span,
        si: int,
        by_token: dict[int, Mention],
        state: _State,
        published: str | None,
        doc_id: str,
    ) -> tuple[list[Event], list[list[str]], list[str]]:
        ctx = _Ctx(self, doc, sent, by_token, state, published)
        state.sentence = si
        candidates: list[Candidate] = []
        skipped: list[str] = []
        consumed: set[int] = set()
        for tok in sent:
            if tok.i in consumed:
                continue
            found = ctx.trigger(tok, consumed)
            if isinstance(found, str):
                if found:
                    skipped.append(found)
                continue
            candidates.extend(found)
        # remember the last subject actors for pronouns in later sentences
        for tok in sent:
            if tok.dep_ in SUBJ and tok.head.dep_ == "ROOT":
                ms = ctx.actors_of(tok)
                if ms:
                    state.last_subject = ms
                    state.last_subject_sentence = si
        out: list[Event] = []
        reasons: list[list[str]] = []
        dropped: list[str] = []
        seen: set[tuple[str | None, str | None, str]] = set()
        # an act without a target is the same act as one of its kind, by the same source,
        # with a target ("shelled Juba, killing 20 people")
        with_target = {(_code(c.source_actor), describe(c.pattern.code).plover) for c in candidates if c.target_actor is not None}
        candidates = [c for c in candidates if c.target_actor is not None or not describe(c.pattern.code).plover
                      or (_code(c.source_actor), describe(c.pattern.code).plover) not in with_target]
        candidates = _without_aims(candidates)
        for c in candidates:
            key = (_code(c.source_actor), _code(c.target_actor), c.pattern.code)
            if key in seen:
                continue
            seen.add(key)
            info = describe(c.pattern.code)
            conf, lowered = confidence.score(trigger_kind=c.pattern.kind, plover=info.plover, cameo=c.pattern.code,
                                             source=c.source, target=c.target, has_source=c.source_actor is not None)
            if conf < self.min_confidence:
                dropped.append(f"'{c.trigger[0].text}' ({c.pattern.id}): confidence {conf:g} below {self.min_confidence:g}"
                               + (f" ({', '.join(lowered)})" if lowered else ""))
                continue
            out.append(
                Event(
                    source=c.source_actor,
                    target=c.target_actor,
                    source_text=c.source.text if c.source is not None else "",
                    target_text=c.target.text if c.target else None,
                    cameo=c.pattern.code,
                    plover=info.plover,
                    quad_class=info.quad_class,
                    goldstein=info.goldstein,
                    modality=c.modality.modality,
                    sentence=sent.text,
                    sentence_index=si,
                    span=(sent.start_char, sent.end_char),
                    rule=c.pattern.id,
                    trigger=" ".join(t.text for t in sorted(c.trigger, key=lambda t: t.i)),
                    date=c.date.date,
                    date_precision=c.date.precision,
                    date_text=c.date.text,
                    place=c.place,
                    confidence=conf,
                    doc_id=doc_id,
                )
            )
            reasons.append(
                c.reasons
                + [f"modality {r}" for r in c.modality.reasons]
                + [f"date {c.date.date} ({c.date.precision}): {c.date.reason}"]
                + [f"confidence {conf:g}" + (f": {', '.join(lowered)}" if lowered else "")]
            )
        return out, reasons, skipped + dropped


def _code(actor: Actor | None) -> str | None:
    return actor.code if actor is not None else None


def _ident(actor: Actor) -> str:
    """Who an actor is: its code, and for a person or an organisation named by the article
    also the name (a mayor and a governor of one country share a code but are two actors; so
    are an attorney general's office and the company it investigates)."""
    return f"{actor.code}:{actor.name}" if actor.kind in ("person", "group") and actor.name else actor.code


def _passive(verb: Token) -> bool:
    """A passive verb ("were arrested", "was killed by a roadside bomb")."""
    return any(c.dep_ == "auxpass" for c in verb.children) or (verb.tag_ == "VBN" and any(c.dep_ in SUBJ_PASS for c in verb.children))


def _place_country(name: str) -> str | None:
    """The country of a place name in the gazetteer (a country, a city, a US state)."""
    return places.country_of(name)


def _without_aims(candidates: list[Candidate]) -> list[Candidate]:
    """Drop what an act is done for when the aim is part of the act: "staged demonstrations
    to demand reforms" is a protest whose demand is its issue, "resigned to allow elections
    to take place" a resignation. An aim is a subjectless "to"-clause or participle clause
    of another event's trigger, by the same source."""
    by_tok: dict[int, list[Candidate]] = {}
    for c in candidates:
        for t in c.trigger:
            by_tok.setdefault(t.i, []).append(c)
    out = []
    for c in candidates:
        t = c.trigger[0]
        code = c.pattern.code
        if t.dep_ in ("advcl", "xcomp") and t.pos_ == "VERB" and not any(ch.dep_ in SUBJ for ch in t.children):
            heads = [h for h in by_tok.get(t.head.i, []) if h is not c and _code(h.source_actor) == _code(c.source_actor)]
            protest_aim = code[:2] in ("02", "10") and any(h.pattern.code[:2] == "14" for h in heads)
            allow_aim = code[:3] in ("080", "086") and t.lemma_.lower() in ("allow", "enable", "permit", "let") and bool(heads)
            if protest_aim or allow_aim:
                continue
        out.append(c)
    return out


@dataclass
class _State:
    last_subject: list[Mention] = field(default_factory=list)
    # (sentence, sources) of the last accusation, for "rejected these accusations"
    accusers: tuple[int, list[Mention]] | None = None
    last_subject_sentence: int = -1
    sentence: int = 0


def _by_prefix(table: dict[str, str], code: str) -> str | None:
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def _of_objects(tok: Token) -> list[Token]:
    """The objects of ``tok``'s "of"-phrases ("resumption of *ties*")."""
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def _purpose(tok: Token) -> Token | None:
    """The verb of ``tok``'s "to"-complement or purpose clause ("send material *to help*")."""
    return next((c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"), None)


def _xcomp_chain(tok: Token) -> list[int]:
    """``tok`` and the verbs its "to"-complements chain to ("refuse to recognize")."""
    out = [tok.i]
    while True:
        nxt = next((c for c in tok.children if c.dep_ == "xcomp"), None)
        if nxt is None or len(out) > 4:
            return out
        out.append(nxt.i)
        tok = nxt


def _clauses(verb: Token) -> list[Token]:
    """The verb's "that"-clauses; for a reporting verb that the parser hung on a noun at the
    end of the sentence ("Croatian authorities are failing ..., a rights group protested"),
    the sentence's main clause."""
    out = [c for c in verb.children if c.dep_ == "ccomp"]
    if out or verb.dep_ != "acl":
        return out
    root = verb.sent.root
    noun = verb.head
    first = min(t.i for t in noun.subtree)
    if (root.i < first and root.pos_ in ("VERB", "AUX") and first > 0 and verb.doc[first - 1].text == ","
            and any(c.dep_ in SUBJ + SUBJ_PASS for c in root.children) and all(t.i >= first for t in verb.subtree)):
        return [root]
    return out


def _plural_word(t: Token) -> bool:
    """A plural subject word ("they", "leaders", "A and B")."""
    return t.lower_ in ("they", "them", "we") or t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children)


def _that_clause(c: Token) -> bool:
    """A clause introduced by "that" ("a demand that Israel ease ...")."""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)


def _conditional(tok: Token) -> bool:
    """Whether the trigger carries an "unless"/"if" clause ("will withdraw unless ...")."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children) for c in tok.children
    )


# How a trigger hangs under a word whose temporal modifiers also date it.
GOVERNED_DEPS = ("xcomp", "acomp", "oprd", "dobj", "pobj", "prep", "pcomp", "advcl", "nsubj", "nsubjpass", "attr")
TEMPORAL_PREPS = ("on", "in", "at", "during", "by", "over", "within", "this", "next", "last", "later", "earlier")
# Inside a temporal modifier: the words of the date itself, not its clauses or prepositions.
DATE_PHRASE_DEPS = ("pobj", "det", "amod", "compound", "nummod", "npadvmod", "advmod", "quantmod", "nmod", "case", "poss", "cc", "conj", "punct")


def _time_anchor(tok: Token) -> str:
    """The words ("after", "on the eve of", "in the wake of") by which a nominal event only
    dates another one, or ''."""
    if tok.dep_ != "pobj":
        return ""
    p = tok.head
    if p.lower_ in ANCHOR_PREPS:
        return p.text
    # "on the eve of X", "in the wake of X", "in the aftermath of X", "ahead of X"
    if p.lower_ == "of" and p.head.lower_ in ANCHOR_NOUNS:
        return f"{p.head.text} of"
    if p.lower_ == "of" and p.head.lower_ == "ahead":
        return "ahead of"
    return ""


def _temporal(ch: Token, head: Token) -> bool:
    """Whether ``ch`` is a temporal modifier of ``head`` (or may be: the date resolver says)."""
    if ch.dep_ in ("npadvmod", "tmod", "advmod", "obl"):
        return True
    if ch.dep_ == "prep":
        return ch.lower_ in TEMPORAL_PREPS
    if ch.dep_ in ("poss", "compound", "amod") and head.pos_ in ("NOUN", "PROPN"):
        return ch.ent_type_ in ("DATE", "TIME")  # "Monday's attack", "last year's fighting"
    return ch.ent_type_ in ("DATE", "TIME") and ch.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "attr")


def _phrase(ch: Token) -> list[Token]:
    """The words of the modifier ``ch``, without clauses or further prepositions in it."""
    out = [ch]
    stack = list(ch.children)
    while stack:
        t = stack.pop()
        if t.dep_ in DATE_PHRASE_DEPS:
            out.append(t)
            stack.extend(t.children)
    return sorted(out, key=lambda t: t.i)


def _known_country(resolver: Any, iso3: str) -> bool:
    try:
        resolver.country(iso3)
    except ConfigError:
        return False
    return True


def _index_mentions(doc: Doc, mentions: Iterable[Mention]) -> dict[int, Mention]:
    """Token index -> the mention covering it (the longest wins)."""
    out: dict[int, Mention] = {}
    for m in sorted(mentions, key=lambda m: m.end - m.start):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        for t in span:
            out[t.i] = m
    return out


class _Ctx:
    def __init__(
        self, coder: Coder, doc: Doc, sent: Span, by_token: dict[int, Mention], state: _State, published: str | None
    ) -> None:
        self.coder, self.doc, self.sent, self.by_token, self.state = coder, doc, sent, by_token, state
        self.published = published
        self.lex = coder.lex

    # ---- actors of a slot -----------------------------------------------------------------
    def actors_of(self, tok: Token, *, through_of: bool = True, depth: int = 0, placed: bool = True) -> list[Mention]:
        """The mentions that a slot headed by ``tok`` names (compound slots give several).
        ``placed``: people named by where they are ("protesters in Nairobi") count; a target
        slot of a cooperative act does not read them ("receive the leaders in Washington":
        Washington is where, not who)."""
        found: list[Mention] = []
        seen: set[int] = set()
        if tok.pos_ == "VERB" and tok.tag_ in ("VBG", "VBN") and tok.dep_ in SUBJ:
            # "The Red Cross operating in Iraq said ...", parsed with the participle as the
            # subject: who is described is the subject
            inner = [c for c in tok.children if c.dep_ in SUBJ]
            if inner:
                return self.actors_of(inner[0], through_of=through_of, depth=depth, placed=placed)
        if depth == 0 and tok.pos_ == "NOUN":
            # "the main Hutu rebel group, Forces for Defence of Democracy (FDD)": the name
            # set beside a description is who it is
            named = [m for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" for m in self.actors_of(c, depth=1)]
            if named:
                return named
        stack = [tok]
        deferred: list[Token] = []
        while stack:
            t = stack.pop()
            if t.i in seen:
                continue
            seen.add(t.i)
            m = self.by_token.get(t.i)
            if m is not None and m not in found:
                found.append(m)
            for ch in t.children:
                if ch.dep_ == "appos" and m is not None and ch.pos_ == "NOUN":
                    # "Pakistan, a key U.S. ally": a description of the one named
                    continue
                if ch.dep_ in NOMINAL_DEPS:
                    stack.append(ch)
                elif ch.dep_ == "prep" and (ch.lower_ == "of" or (ch.lower_ == "between" and t.lemma_.lower() in self.lex.nouns)
                                            or (ch.lower_ == "for" and t.lemma_.lower() in FACILITY_NOUNS)
                                            or (ch.lower_ == "by" and t.i == tok.i and t.pos_ == "NOUN")) and through_of and m is None:
                    # ("protests against violations by the Israeli military": whose acts)
                    # ("a camp for Congolese refugees" is attacked: the refugees are)
                    deferred.extend(c for c in ch.children if c.dep_ == "pobj")
            if not stack and not found and deferred:
                # "the leaders of A and B"; but "the Turkish and Greek sides of Cyprus" are
                # Turkey and Greece: the "of"-phrase counts only when the head's own words
                # name no one
                stack, deferred = deferred, []
        if not found and tok.lower_ in PRONOUNS and tok.pos_ == "PRON" and depth == 0:
            return self._resolve_pronoun(tok)
        if not found and depth == 0:
            # "its positions", "their embassy": whose they are
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
        if not found and placed and tok.pos_ in ("NOUN", "PROPN", "NUM") and depth == 0 and tok.lemma_.lower() not in self.lex.nouns:
            # (an event noun is not people: "an attack in Lebanon" is where, not who)
            # "protesters in Nairobi", "students from Kenya": people placed by a location
            # ("thousands of students throughout Indonesia")
            for p in [c for t in [tok, *_of_objects(tok)] for c in t.children]:
                if p.dep_ == "prep" and p.lower_ in ("in", "from", "throughout", "across"):
                    for o in p.children:
                        if o.dep_ == "pobj":
                            found = self.actors_of(o, depth=1)
                            if found:
                                return found
        return found

    def _resolve_pronoun(self, tok: Token) -> list[Mention]:
        # the subject of a governing clause ("Syria says it is willing ..."), else the last
        # subject seen in an earlier sentence
        # "he" or "his" is one person: not "Afghan rebel leaders said they would meet the
        # mediator if he gave them a veto"
        if tok.lower_ in FIRST_PLURAL:
            # "we" is the speaker's side: the one who says it, in this sentence, or no one
            return self._speaker(tok)
        singular = tok.lower_ in SINGULAR_PRONOUNS
        h = tok.head
        hops = 0
        while h.head is not h and hops < 4:
            h = h.head
            hops += 1
            for ch in h.children:
                if ch.dep_ in SUBJ and ch is not tok and ch.i < tok.i:
                    if singular and _plural_word(ch):
                        continue
                    ms = self.actors_of(ch, depth=1)
                    if ms:
                        return ms
        if self.state.sentence - self.state.last_subject_sentence > 1:
            return []  # an antecedent is in this sentence or the one before
        last = list(self.state.last_subject)
        if singular and any(len(m.actors) > 1 or m.text.lower().endswith("s") for m in last):
            return []
        if tok.lower_ in PLURAL_ONLY and all(len(m.actors) == 1 and not m.text.lower().endswith("s") and m.actors[0].kind == "person" for m in last):
            return []  # "they" is not one person
        return last

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
            for sm, sa in src:
                for tm, ta in tgt:
                    if sa != ta and _ident(sa) != _ident(ta):
                        out.append((sm, sa, tm, ta))
            return out
        if reciprocal and len({a.code for _, a in src}) > 1:
            # ("The Asia-Pacific Economic Cooperation (APEC)": one actor named twice is not two)
            for k, (sm, sa) in enumerate(src):
                for tm, ta in src[k + 1 :]:
                    if sa != ta and _ident(sa) != _ident(ta):
                        out.append((sm, sa, tm, ta))
            return out
        return [(sm, sa, None, None) for sm, sa in src]

    # ---- slots ---------------------------------------------------------------------------
    def subject(self, verb: Token) -> tuple[list[Mention], list[Mention], str]:
        """(sources, passive targets, how) for a verb."""
        tok = verb
        via_conj = False
        # a passive with no subject of its own ("returned home after being deported"): the
        # governing clause's subject is the one acted on, not the doer
        bare_passive = any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ in SUBJ + SUBJ_PASS + ("agent",) for c in verb.children)
        came_from_xcomp = False
        for _ in range(5):
            subj = [c for c in tok.children if c.dep_ in SUBJ]
            subjpass = [c for c in tok.children if c.dep_ in SUBJ_PASS]
            agent = [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            if via_conj and subjpass:
                # "was indicted by the court and will resign": the one indicted resigns
                ms = [m for s in subjpass for m in self.actors_of(s)]
                if ms:
                    return ms, [], f"source: '{subjpass[0].text}', subject shared with '{tok.text}'"
            if subjpass and not agent and tok is not verb and came_from_xcomp:
                # "the chancellor is scheduled to attend", "was forced to resign": the
                # subject of the passive does what its complement says
                ms = [m for s in subjpass for m in self.actors_of(s)]
                if ms:
                    return ms, [], f"source: '{subjpass[0].text}', subject of '{tok.text}' and of its complement"
            if subjpass or agent:
                src = [m for a in agent for m in self.actors_of(a)]
                tgt = [m for s in subjpass for m in self.actors_of(s)]
                if src or tgt:
                    return src, tgt, "passive: source from 'by', target from the subject"
                if subjpass and not agent and tok.dep_ in ("ccomp", "relcl", "advcl") and subjpass[0].lower_ not in RELATIVE_PRONOUNS:
                    # "air raids in which, it said, 20 people were killed": the clause has
                    # its own subject, and who did it is not said; the governing clause's
                    # subject did not do it
                    return [], [], f"passive '{tok.text}' names no one who did it"
            if tok.dep_ == "relcl" and tok.head.lemma_.lower() in DOCUMENT_NOUNS and subj and subj[0].lower_ in RELATIVE_PRONOUNS:
                # "a resolution that aims to impose a blockade": what a text provides for
                return [], [], f"'{tok.text}' states what the {tok.head.text} provides, no one does it"
            if subj and subj[0].lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
                # "the OSCE, which hosted the meeting": the antecedent
                ms = self.actors_of(tok.head)
                if ms:
                    return ms, [], f"source: '{tok.head.text}' that '{subj[0].text}' stands for"
            if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.tag_ == "VBG" and not subj:
                # "accused Armenia of shelling", "blamed X for killing": the object of the
                # governing verb does the act of the gerund
                objs = [c for c in tok.head.head.children if c.dep_ == "dobj"]
                ms = [m for o in objs for m in self.actors_of(o)]
                if ms:
                    return ms, [], f"source: '{objs[0].text}', object of '{tok.head.head.text}'"
            if subj:
                src = [self._community_in_place(m, s, tok) for s in subj for m in self.actors_of(s)]
                if src and bare_passive and tok is not verb:
                    return [], src, f"passive '{verb.text}': the subject of '{tok.text}' is the one acted on"
                if src:
                    return src, [], f"source: subject of '{tok.text}'"
                if subj[0].lower_ not in ("who", "which", "that"):
                    return [], [], f"subject '{subj[0].text}' names no actor"
            passive_or_where = any(c.dep_ == "auxpass" or (c.dep_ == "advmod" and c.lower_ in ("where", "when")) for c in tok.children)
            if (tok.dep_ == "relcl" and not passive_or_where) or (tok.dep_ == "acl" and tok.tag_ in ("VBG", "VBN")):
                # "the rebels who attacked", "troops, killing ..."
                ms = self.actors_of(tok.head)
                if ms:
                    return ms, [], f"source: '{tok.head.text}' that the clause describes"
            if tok.dep_ in ("xcomp", "advcl", "conj", "ccomp", "acomp", "pcomp") or tok.head.dep_ == "prep":
                via_conj = tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX")
                came_from_xcomp = tok.dep_ == "xcomp"
                tok = tok.head if tok.dep_ != "pcomp" else tok.head.head
                continue
            if tok.dep_ == "acl" and tok.head.dep_ == "dobj" and tok.tag_ == "VBG" and tok.head.lemma_.lower() in SPEECH_NOUNS:
                # "issued a declaration demanding ...": the one who issued it
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
        kids = list(verb.children)
        preps = [c for c in kids if c.dep_ in ("prep", "prt", "agent") or (c.dep_ == "advmod" and c.lower_ in pat.prep)]
        order: list[tuple[Token, str]] = []
        # the pattern's prepositions in the pattern's order ("complained about X to Y": the
        # grievance before the addressee)
        for p in sorted((p for p in preps if p.lower_ in pat.prep), key=lambda p: pat.prep.index(p.lower_)):
            order += [(o, f"object of '{p.text}'") for o in p.children if o.dep_ in ("pobj", "pcomp")]
        if pat.target == "ccomp":
            return self._clause_subject(verb)
        if pat.code[:2] in ("11", "12"):
            # "condemned the attack on its embassy in Kabul": what is condemned is an act, and
            # the one condemned is its doer ("the attack by X", "X's attack", "an Israeli
            # raid"), not where or on whom it was done
            for c in kids:
                noun = self._event_noun(c) if c.dep_ == "dobj" else None
                if noun is not None and noun.code[:2] in FORCE_AND_COERCION_ROOTS:
                    doers = [g for p in c.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children if g.dep_ == "pobj"]
                    doers += [g for g in c.children if g.dep_ in ("poss", "amod", "compound", "nmod")]
                    ms = [m for d in doers for m in self.actors_of(d, through_of=False) if any(_ident(a) not in avoid for a in m.actors)]
                    return ms, (f"target: who did the '{c.text}'" if ms else f"the '{c.text}' names no one who did it")
        if pat.target == "dobj":
            # only the one acted on directly: "received the minister", not "received an
            # inquiry from the attorney general"
            for c in kids:
                if c.dep_ in ("dobj", "dative"):
                    ms = [m for m in self.actors_of(c, through_of=False) if any(_ident(a) not in avoid for a in m.actors)]
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
            elif c.dep_ in ("dobj", "dative", "attr", "oprd"):
                order.append((c, f"object '{c.text}'"))
                # "sanctions on X", "troops to X" hang under the object; "calls by X",
                # "an offer from X": whose call or offer it is
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ in DEFAULT_TARGET_PREPS + tuple(pat.prep) + ("by",):
                        order += [(o, f"object of '{c.text} {p.text}'") for o in p.children if o.dep_ == "pobj"]
        later: list[tuple[Token, str]] = []
        for p in preps:
            if p.lower_ in DEFAULT_TARGET_PREPS and p.lower_ not in pat.prep and p.dep_ != "agent":
                order += [(o, f"object of '{p.text}'") for o in p.children if o.dep_ == "pobj"]
        # "called for sanctions against X", "conceded to demands from X"
        for o, why in list(order):
            if o.dep_ == "pobj":
                for p in o.children:
                    if p.dep_ == "prep" and p.lower_ in DEFAULT_TARGET_PREPS + ("by",):
                        later += [(oo, f"{why}, '{o.text} {p.text}'") for oo in p.children if oo.dep_ == "pobj"]
        # "welcomed the resumption of ties with X": the object's "of"-phrase carries the target
        for c in kids:
            if c.dep_ == "dobj":
                later += [(oo, f"object '{c.text} of {o.text} {p.text}'") for o in _of_objects(c) for p in o.children
                          if p.dep_ == "prep" and p.lower_ in DEFAULT_TARGET_PREPS for oo in p.children if oo.dep_ == "pobj"]
        if pat.code[:2] in CLAUSE_TARGET_ROOTS:
            # "insisted on its demands that Burundi's government grant ...": the subject of
            # the clause the demand states
            for o, why in list(order):
                for c in o.children:
                    if c.dep_ in ("acl", "ccomp") and _that_clause(c):
                        order += [(sj, f"{why}, subject of its clause '{c.text}'") for sj in c.children if sj.dep_ in SUBJ + SUBJ_PASS]
        placed = pat.code[:2] not in COOPERATIVE_ROOTS
        for tok, why in order + later:
            if tok.i in skip:
                continue
            gov = tok.head if tok.dep_ == "pobj" else None
            if not placed and gov is not None and gov.lower_ in PLACE_PREPS and gov.lower_ not in pat.prep and self._is_place(tok):
                continue  # "in Brussels": where, not whom
            ms = [self._community_in_place(m, tok, verb) for m in self.actors_of(tok, placed=placed)]
            if ms and any(_ident(a) not in avoid for m in ms for a in m.actors):
                return ms, f"target: {why}"
        if pat.code[:2] in CLAUSE_TARGET_ROOTS:
            ms, why = self._clause_subject(verb)
            if ms:
                return ms, why
        # an object that is a place ("shelled Juba", "visited Aleppo") stands for its country
        has_obj = any(c.dep_ == "dobj" for c in kids)
        for c in kids:
            # a place name right after the verb is sometimes parsed as an adverb ("shelled Mosul")
            adverbial_place = not has_obj and c.dep_ in ("advmod", "npadvmod") and c.ent_type_ in ("GPE", "LOC", "NORP") and c.i == verb.i + 1
            if (c.dep_ == "dobj" or adverbial_place) and c.i not in skip:
                name = self._ent_text(c) or (c.text if c.pos_ == "PROPN" and c.ent_type_ not in ("PERSON", "ORG") else None)
                pl = places.find(name) if name else None
                if pl is not None and pl.country and _known_country(self.coder.resolver, pl.country):
                    host = self.coder.resolver.country(pl.country)
                    if host.code not in avoid:
                        return [Mention(c.text, c.idx, c.idx + len(c.text), 0, (host,), how="place")], f"target: the country of the place '{c.text}'"
        return [], "no target actor"

    def _clause_subject(self, verb: Token) -> tuple[list[Mention], str]:
        """The subject of the verb's "that"-clause: "demanded that *the US* cancel ..."."""
        for c in _clauses(verb):
            if c.dep_ == "ccomp" or c.dep_ == "ROOT":
                for s in c.children:
                    if s.dep_ in SUBJ + SUBJ_PASS:
                        ms = self.actors_of(s)
                        if ms:
                            return ms, f"target: subject of the clause '{c.text}'"
        return [], "no target actor in the clause"

    # ---- triggers ------------------------------------------------------------------------
    def trigger(self, tok: Token, consumed: set[int]) -> list[Candidate] | str:
        lem = tok.lemma_.lower()
        if tok.pos_ in ("NOUN", "PROPN") and tok.i in self.by_token and self.by_token[tok.i].actors[0].kind == "igo":
            # a word of an organisation's name ("Asia-Pacific Economic Cooperation") is no act
            return f"'{tok.text}': part of the name '{self.by_token[tok.i].text}'"
        if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
            # "agreed to resign without returning to Kyrgyzstan": what is not done
            return f"'{tok.text}': an act said not to happen ('without')"
        if tok.pos_ in ("VERB", "AUX") and lem == "be":
            return self._be_in(tok)
        if tok.pos_ == "VERB" and tok.tag_ == "VBG" and lem in self.lex.nouns and not any(
            c.dep_ in SUBJ + SUBJ_PASS for c in tok.children
        ) and any(c.dep_ == "prep" and c.lower_ in ("between", "with", "against", "of", "in") for c in tok.children):
            # "fighting between A and B" parsed as a gerund: a nominal event
            return self._noun(tok, self.lex.nouns[lem], None, [], consumed)
        if tok.pos_ == "VERB" and tok.tag_ == "VBN" and tok.lower_ in self.lex.adjectives and any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children):
            # "Israel is opposed to ...", "is committed to ...": a state, not a passive act
            return self._verb(tok, tok.lower_, consumed, adjective=True)
        if tok.pos_ == "VERB" and lem in self.lex.verbs:
            return self._verb(tok, lem, consumed)
        if tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ in NAME_ENTITIES and lem in self.lex.nouns:
            # "the Vietnam War", "the Peace Corps": a word of a name is no act
            return f"'{tok.text}': part of a name ({tok.ent_type_})"
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound":
            mods = [c for c in tok.children if c.dep_ == "compound"]
            for c in mods + [c for c in tok.children if c.dep_ == "amod"]:
                # a two-word event ("hunger strike", "air raid") before its head word alone
                pat2 = self.lex.nouns.get(f"{c.lemma_.lower()} {lem}")
                if pat2 is not None:
                    consumed.add(c.i)
                    return self._noun(tok, pat2, None, [], consumed)
            pat1 = self.lex.noun(lem, {c.lower_ for c in tok.children if c.dep_ == "prep"})
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

    def _match(self, tok: Token, pats: tuple[Pattern, ...]) -> Pattern | None:
        kids = list(tok.children)
        # a date's preposition ("on Sunday") is not the verb's own ("called on X")
        preps = {c.lower_ for c in kids if c.dep_ in ("prep", "prt", "agent", "advmod")
                 and not (c.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in c.children))}
        # "forced X out of the country": "out" of "out of" is the verb's particle
        # ("firing back that ...": "back" parsed as an adverb is still the particle)
        parts = {c.lower_ for c in kids if c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ == "out") or (c.dep_ == "advmod" and c.lower_ == "back")}
        objs = {c.lemma_.lower() for c in kids if c.dep_ in ("dobj", "nsubjpass")} | {c.lower_ for c in kids if c.dep_ in ("dobj", "nsubjpass")}
        # a measure of what is acted on counts as its object ("700 kg of medicine", "a
        # battalion of troops")
        objs |= {o.lemma_.lower() for c in kids if c.dep_ in ("dobj", "nsubjpass") for o in _of_objects(c)}
        clauses = _clauses(tok)
        xcomps = {c.lemma_.lower() for c in kids if c.dep_ == "xcomp"} | {c.lemma_.lower() for c in clauses}
        clause_aux = {a.lower_ for c in clauses for a in c.children if a.dep_ == "aux"}
        for p in pats:
            if p.ccomp_aux == ("*",):
                if not clauses:
                    continue
            elif p.ccomp_aux and not clause_aux & set(p.ccomp_aux):
                continue
            if p.particle and not parts & set(p.particle):
                continue
            if p.obj and not objs & set(p.obj):
                continue
            if p.xcomp == ("*",) and not xcomps:
                continue
            if p.xcomp and p.xcomp != ("*",) and not xcomps & set(p.xcomp):
                continue
            if p.need_prep and not preps & set(p.prep):
                continue
            return p
        return None

    def _verb(self, tok: Token, lem: str, consumed: set[int], adjective: bool = False) -> list[Candidate] | str:
        pats = (self.lex.adjectives[lem],) if adjective else self.lex.verbs[lem]
        pat = self._match(tok, pats)
        if pat is None:
            return f"'{tok.text}': no pattern of '{lem}' fits its arguments"
        if lem in MOTION_VERBS and any(c.dep_ == "prep" and c.lower_ == "for" and any(o.dep_ == "pobj" and self._event_noun(o) is not None for o in c.children) for c in tok.children):
            # "returned to Geneva for talks": the talks are the act
            return ""
        if lem in self.lex.light and any(c.dep_ == "dobj" and self._event_noun(c) is not None for c in tok.children) and pat.obj == ():
            # "gave a warm welcome to X", "issued a reminder": the nominal event is the act
            return ""
        if pat.code[:2] in ("03", "12") and not pat.ccomp_aux:
            # "agreed that their countries should cooperate", "refused to allow UN planes to
            # land": what is agreed or refused does not happen by being said
            for c in tok.children:
                if c.dep_ == "ccomp" or (c.dep_ == "xcomp" and pat.code[:2] == "12"):
                    consumed.update(t.i for t in c.subtree if t.i != c.i or pat.code[:2] == "03")
        if pat.code[:2] in ("02", "10", "11", "12"):
            # "demanded an admission that Soviet forces murdered ...", "rejected an invitation
            # to attend a meeting": the clause under the object is its content
            for c in tok.children:
                if c.dep_ == "dobj":
                    consumed.update(t.i for cl in c.children if cl.dep_ in ("acl", "ccomp", "relcl") for t in cl.subtree)
        if pat.ccomp_aux or pat.code[:2] in ("02", "10"):
            # "said that Sudan must return ...", "demanded that Uganda release ...": the
            # demand is the event, not the return or the release
            for c in tok.children:
                if c.dep_ == "ccomp" or (c.dep_ == "xcomp" and pat.code[:2] in ("02", "10") and not pat.intent):
                    # ("urged Israel to withdraw": the withdrawal is asked for, not done;
                    # nor is anything else the demanded clause names)
                    consumed.update(t.i for t in c.subtree)
        head_for_slots = tok
        if adjective and tok.dep_ in ("acomp", "oprd"):
            head_for_slots = tok.head
        if tok.dep_ == "amod" and adjective:
            return ""
        # a nominal event that is the object of a coded verb is part of this event
        # ("will host a meeting of A and B", "condemned the attack"), not one of its own
        mutual_object = False
        for c in tok.children:
            ev = self._event_noun(c) if c.dep_ in ("dobj", "nsubjpass") else None
            if ev is not None:
                consumed.add(c.i)
                mutual_object = mutual_object or ev.reciprocal
            if c.dep_ == "dobj":
                # "gave 5 million dollars of aid": the aid is what is given
                consumed.update(o.i for o in _of_objects(c) if self._event_noun(o) is not None)
        if pat.code[:2] in ("03", "12"):
            # "opposed to French mediation", "agreed to a ceasefire": what is agreed to or
            # rejected is the content of this event, not an act of its own
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in pat.prep:
                    consumed.update(o.i for o in c.children if o.dep_ == "pobj" and self._event_noun(o) is not None)
        if mutual_object and not pat.reciprocal:
            # "A and B suspended the negotiations": each side acts on the other
            pat = dataclasses.replace(pat, reciprocal=True)
        reasons = [f"trigger '{tok.text}' (lemma '{lem}') matched pattern {pat.id} -> CAMEO {pat.code}"]
        purpose = _purpose(tok) if lem in SENDING_VERBS and pat.code[:2] in ("04", "07") else None
        purpose_pat = self._match(purpose, self.lex.verbs.get(purpose.lemma_.lower(), ())) if purpose is not None else None
        if purpose is not None and purpose_pat is not None and purpose_pat.code[:2] == "09":
            # "sent personnel to Bosnia to investigate ...": sending inspectors is the
            # investigation, of the place they are sent to, not aid
            consumed.add(purpose.i)
            reasons = [f"'{tok.text}' people '{purpose.text}': an investigation, CAMEO {purpose_pat.code}"]
            pat = dataclasses.replace(pat, code=purpose_pat.code, id=f"{pat.id}+{purpose_pat.id}")
        sources, passive_targets, how = self.subject(head_for_slots)
        if not sources and passive_targets and pat.code.startswith("087") and any(
            t.lemma_.lower() in TROOP_NOUNS for m in passive_targets for t in self._mention_tokens(m)
        ):
            # "UN peacekeepers were shipped out of Gorazde": troops withdrawn are their own
            # side withdrawing, from the place they leave (peacekeepers: CAMEO 1661)
            sources, passive_targets = passive_targets, []
            how = "source: the troops withdrawn (passive subject)"
            if any("peacekeep" in t.lower_ for m in sources for t in self._mention_tokens(m)):
                pat = dataclasses.replace(pat, code="1661", id=f"{pat.id}.peacekeepers")
        if adjective and not sources and passive_targets:
            # the subject of an adjectival passive holds the state ("Israel is opposed to")
            sources, passive_targets, how = passive_targets, [], f"source: subject of '{tok.text}'"
        reasons.append(how)
        skip: set[int] = set()
        avoid = frozenset(_ident(a) for m in sources for a in m.actors)
        subjpass = [c for c in head_for_slots.children if c.dep_ in SUBJ_PASS]
        if passive_targets:
            targets, twhy = passive_targets, "target: passive subject"
        elif subjpass and not sources and _passive(head_for_slots) and not any(s.lemma_.lower() in WEAPON_NOUNS for s in subjpass):
            # "three villagers were killed in Ethiopian shelling": the passive subject is the
            # one acted on; when it names no actor, no other phrase is taken for it
            targets, twhy = [], f"target: the passive subject '{subjpass[0].text}' names no actor"
        else:
            targets, twhy = self.objects(tok, pat, skip, avoid)
        if adjective and not targets:
            targets, twhy = self.objects(tok, pat, skip, avoid)
        trig = [tok]
        act_code = pat.code
        # an intent verb ("agreed to provide aid to X") takes its complement's target
        comp = next(
            (c for c in tok.children if c.dep_ == "xcomp" and (c.pos_ in ("VERB", "AUX") or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))),
            None,
        )
        if comp is None and pat.intent:
            # "have sworn to fight" parsed with the infinitive as an adverbial clause
            comp = next((c for c in tok.children if c.dep_ == "advcl" and c.i == tok.i + 2 and c.pos_ == "VERB"
                         and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == tok.i + 1 for a in c.children)), None)
        if comp is not None and pat.intent:
            # what is offered or promised is part of this event ("offered to host talks
            # between A and B"), not an event of its own
            for c in comp.children:
                if c.dep_ in ("dobj", "nsubjpass") and self._event_noun(c) is not None:
                    consumed.add(c.i)
        if comp is not None:
            comp_lem = comp.lemma_.lower()
            if pat.intent and not targets:
                comp_pat = self._match(comp, self.lex.verbs.get(comp_lem, ())) or Pattern(comp_lem, comp_lem, pat.code)
                targets, twhy = self.objects(comp, comp_pat, skip, avoid)
                twhy = f"{twhy} of the complement '{comp.text}'"
                # "willing to send material to help defend Saudi Arabia": down the chain of
                # purposes to the first that names someone
                nxt, hops = _purpose(comp), 0
                while not targets and nxt is not None and hops < 3:
                    npat = self._match(nxt, self.lex.verbs.get(nxt.lemma_.lower(), ())) or Pattern(nxt.lemma_.lower(), nxt.lemma_.lower(), pat.code)
                    targets, twhy = self.objects(nxt, npat, skip, avoid)
                    twhy = f"{twhy} of the purpose '{nxt.text}'"
                    nxt, hops = _purpose(nxt), hops + 1
            if pat.intent:
                consumed.add(comp.i)
                trig.append(comp)
                cp = self._match(comp, self.lex.verbs.get(comp_lem, ()))
                act_code = cp.code if cp is not None else "03"
                threat = _by_prefix(THREAT_OF_CODE, cp.code) if cp is not None and pat.code[:2] == "03" else None
                if threat and cp is not None and cp.code[:2] == "15" and lem in COOPERATIVE_INTENT:
                    # "promised to send troops to X": military aid offered, not a threat
                    reasons.append(f"'{tok.text}' offers a deployment '{comp.text}': intent to give military aid, CAMEO 0332")
                    pat = dataclasses.replace(pat, code="0332", id=f"{pat.id}+military_aid")
                elif threat:
                    # "is prepared to impose martial law", "vowed to attack": a threat
                    reasons.append(f"'{tok.text}' announces a conflictual '{comp.text}' ({cp.code}): a threat, CAMEO {threat}")  # type: ignore[union-attr]
                    pat = dataclasses.replace(pat, code=threat, id=f"{pat.id}+threat")
                elif cp is not None and pat.code == "030" and cp.code[:2] in INTENT_OF_ROOT:
                    # "agreed to meet" is an intent to meet (036), "pledged to give aid" an
                    # intent to give aid (033)
                    code = INTENT_OF_ROOT[cp.code[:2]]
                    reasons.append(f"'{tok.text}' announces '{comp.text}' ({cp.code}): CAMEO {code}")
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
        if pat.code.startswith("086") and targets and sources and all(
            a.country and a.country == b.country for m in targets for a in m.actors for sm in sources for b in sm.actors
        ):
            # "allowed the opposition leader to hold a rally": letting one's own people act
            # is yielding at home, not admitting an international presence
            reasons.append(f"'{tok.text}' lets its own country's people act: a concession, CAMEO 080")
            pat = dataclasses.replace(pat, code="080", id=f"{pat.id}.domestic")
        if not sources and targets and (act_code or pat.code)[:2] in DOMESTIC_FORCE_ROOTS:
            sources, why_weapon = self._weapon_source(tok)
            if sources:
                reasons.append(why_weapon)
        if pat.code == "042" and sources and any(t.lemma_.lower() in TROOP_NOUNS for m in sources for t in self._mention_tokens(m)):
            # troops that arrive somewhere are deployed, they do not visit: peacekeepers
            # give military protection (074), other forces show military power (150)
            peace = any("peacekeep" in t.lower_ for m in sources for t in self._mention_tokens(m))
            code = "074" if peace else "150"
            reasons.append(f"'{tok.text}' said of troops is a deployment: CAMEO {code}")
            pat = dataclasses.replace(pat, code=code, id=f"{pat.id}.troops")
        if (act_code or pat.code)[:2] == "14" and all(a.kind == "country" and a.role is None for m in targets for a in m.actors):
            # (a bare country as the target may be only where it happens: "blocked streets
            # in Hong Kong in defiance of Chinese authorities")
            against, why_against = self._protested(tok, frozenset(_ident(a) for m in sources for a in m.actors))
            if against:
                targets = against
                reasons.append(why_against)
        if not sources and (act_code or pat.code)[:2] == "14":
            sources, why_crowd = self._crowd_source(tok)
            if sources:
                reasons.append(why_crowd)
        if not sources and not (targets and (act_code or pat.code)[:2] in DOERLESS_ROOTS and _passive(head_for_slots)):
            return f"'{tok.text}' ({pat.id}): {how}"
        if not sources:
            reasons.append("a passive that names no doer: no source")
        if pat.need_target and not targets and not (pat.reciprocal and len({a.code for m in sources for a in m.actors}) > 1):
            return f"'{tok.text}' ({pat.id}): needs a target, {twhy}"
        return self._emit(sources, targets, pat, trig, reasons, act_code=act_code)

    def _noun(self, tok: Token, pat: Pattern, src_hint: list[Mention] | None, reasons: list[str], consumed: set[int]) -> list[Candidate] | str:
        anchor = _time_anchor(tok)
        if anchor and src_hint is None:
            # "on the eve of a visit by Arafat", "after last week's talks": another event
            # named to date this one, reported (and dated) where it is the news
            return f"nominal '{tok.text}': names the time of another event ('{anchor}')"
        sources: list[Mention] = []
        targets: list[Mention] = []
        why: list[str] = list(reasons) or [f"nominal event '{tok.text}' matched pattern {pat.id}.n -> CAMEO {pat.code}"]
        for ch in tok.children:
            possessive = ch.dep_ == "nmod" and any(c.dep_ == "case" for c in ch.children)  # "Trump's call" parsed as nmod
            if (ch.dep_ in ("poss", "amod", "compound") or possessive) and ch.i in self.by_token:
                sources += [self.by_token[ch.i]]
                why.append(f"source: '{ch.text}' qualifies '{tok.text}'")
        for p in (c for c in tok.children if c.dep_ == "prep"):
            objs = [o for o in p.children if o.dep_ == "pobj"]
            ms = [m for o in objs for m in self.actors_of(o)]
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
            elif w in pat.prep:
                # the pattern's own preposition names the target ("withdrawal from X")
                targets += ms
                why.append(f"target from '{w}' (pattern)")
            elif w in ("by", "from") and not sources:
                sources += ms
                why.append(f"source from '{w}'")
            elif w in PLACE_PREPS and pat.code[:2] not in PLACE_TARGET_ROOTS and all(self._is_place(o) for o in objs):
                why.append(f"'{w} {' '.join(o.text for o in objs)}' is the place, not a target")
            elif w in ("with", "against", "on", "to", "in", "into", "for", "of", "over"):
                targets += ms
                why.append(f"target from '{w}'")
        if not targets and not pat.reciprocal:
            # "a suspension of air links with Serbia": the target hangs on what is acted on
            for o in _of_objects(tok):
                for p in o.children:
                    if p.dep_ == "prep" and p.lower_ in ("with", "to", "against", "on", "for", "from"):
                        ms = [m for oo in p.children if oo.dep_ == "pobj" for m in self.actors_of(oo)]
                        if ms:
                            targets += ms
                            why.append(f"target from '{tok.text} of {o.text} {p.text}'")
        light = self._light_verb(tok)
        if not targets and light is not None:
            # "gave a warm welcome on Thursday to X": the light verb carries the preposition
            for p in (c for c in light.children if c.dep_ in ("prep", "dative") and (c.lower_ in ("to", "with", "against") or c.lower_ in pat.prep)):
                # (a community is of the country where the act is: "engaged in ethnic
                # cleansing in Montenegro against the Albanian population")
                ms = [self._community_in_place(m, o, light, tok) for o in p.children if o.dep_ == "pobj" for m in self.actors_of(o)]
                if ms:
                    targets += ms
                    why.append(f"target from '{light.text} ... {p.text}'")
                    break
        if not targets and pat.code[:2] in CLAUSE_TARGET_ROOTS:
            # "its demand that Israel ease restrictions": the subject of the demanded clause
            # (hung on the light verb when a word comes between: "reiterated its demand
            # today that Israel ease ...")
            clauses = list(tok.children)
            if light is not None:
                clauses += [c for c in light.children if c.dep_ == "ccomp" and c.i > tok.i]
            for c in clauses:
                if c.dep_ in ("acl", "ccomp") and _that_clause(c):
                    subj = [m for sj in c.children if sj.dep_ in SUBJ + SUBJ_PASS for m in self.actors_of(sj)]
                    if subj:
                        targets += subj
                        why.append(f"target: subject of the clause '{c.text}'")
                        if pat.code[:2] in ("02", "10"):
                            consumed.update(_xcomp_chain(c))
                        break
        reciprocal = pat.reciprocal
        if src_hint:
            if sources and not targets:
                targets = sources
                why.append("participants of the nominal event are the targets of the verb's subject")
            sources = src_hint
        if not sources and light is None and pat.code[:2] in ("09", "17") and tok.dep_ == "pobj" and tok.head.lower_ == "during" \
                and tok.head.head.pos_ == "VERB" and tok.head.head.lemma_.lower() in self.lex.verbs:
            # "police arrested six people during a narcotics investigation": the ones who act
            # in an investigation or a raid they are part of run it
            srcs, _, how = self.subject(tok.head.head)
            if srcs:
                sources = srcs
                why.append(f"{how} ('{tok.head.head.text}' {tok.head.text} the {tok.text})")
        if not sources and light is None and pat.code[:2] == "14" and tok.dep_ == "pobj" and tok.head.lower_ == "during" and tok.head.head.pos_ == "VERB":
            # "youths threw stones during demonstrations against X": the ones who act in a
            # protest are its protesters
            srcs, _, how = self.subject(tok.head.head)
            if srcs:
                sources = srcs
                why.append(f"protesters: {how} ('{tok.head.head.text}' {tok.head.text} the protest)")
        if not sources and light is not None:
            srcs, passive_subj, how = self.subject(light)
            if not srcs and passive_subj and light.lemma_.lower() in ENGAGE_IN:
                # "Serb forces were engaged in ethnic cleansing": a state, not a passive act
                srcs, how = passive_subj, f"source: subject of '{light.text}'"
            sources = srcs
            why.append(f"light verb '{light.text}': {how}")
        if not sources and tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() == "responsibility" \
                and tok.head.head.head.lemma_.lower() in CLAIM_VERBS:
            # "the Taliban claimed responsibility for a deadly attack": the claimant did it
            claim = tok.head.head.head
            srcs, _, how = self.subject(claim)
            if srcs:
                sources = srcs
                why.append(f"source: '{claim.text} responsibility' ({how})")
        if not sources:
            return f"nominal '{tok.text}': no actor named as its source"
        if pat.need_target and not targets and not (reciprocal and len({a for m in sources for a in m.actors}) > 1):
            return f"nominal '{tok.text}': needs a target"
        trig = [tok]
        if light is not None:
            trig.append(light)
        return self._emit(sources, targets, pat, trig, why, modality_tok=tok)

    def _weapon_source(self, tok: Token) -> tuple[list[Mention], str]:
        """Who the text names behind the weapon or the attack that did it: "three villagers
        were killed in Ethiopian artillery shelling", "were killed by an Israeli air strike",
        "a Syrian army rocket hit the town": the actor qualifying the weapon or attack noun.
        A weapon with no one named behind it ("a roadside bomb near Samarra killed ...")
        leaves the source empty; where it went off says nothing of who set it."""
        doers = [c for c in tok.children if c.dep_ in SUBJ] + [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if any(c.dep_ == "auxpass" for c in tok.children) or tok.lemma_.lower() in ("die", "perish"):
            # "was killed in a car bomb explosion", "died in an air strike": named by "in"
            doers += [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "by") for o in c.children if o.dep_ == "pobj"]
        for d in doers:
            lem = d.lemma_.lower()
            noun = self._event_noun(d)
            attack = lem in WEAPON_NOUNS or (noun is not None and noun.code[:2] in DOMESTIC_FORCE_ROOTS)
            if not attack and not any(c.dep_ == "compound" and c.lemma_.lower() in WEAPON_NOUNS for c in d.children):
                continue
            quals = [c for c in d.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
            quals += [g for c in quals if c.dep_ == "compound" for g in c.children if g.dep_ in ("amod", "compound", "poss")]
            for q in quals:
                m = self.by_token.get(q.i)
                if m is not None:
                    return [m], f"source: '{m.text}' named behind the '{d.text}'"
        return [], ""

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
        purpose = _purpose(tok)
        if purpose is not None and purpose.lemma_.lower() in PROTEST_PURPOSE_VERBS:
            for c in purpose.children:
                if c.dep_ == "dobj":
                    slots.append(c)
                    slots += [oo for pp in c.children if pp.dep_ == "prep" and pp.lower_ in ("of", "for", "at", "against", "over", "with", "toward", "towards")
                              for oo in pp.children if oo.dep_ == "pobj"]
                elif c.dep_ == "prep" and c.lower_ in ("against", "at", "over"):
                    slots += [o for o in c.children if o.dep_ == "pobj"]
        for o in slots:
            ms = [m for m in self.actors_of(o, placed=False) if any(_ident(a) not in avoid for a in m.actors)]
            if ms:
                return ms, f"target: '{o.text}', what the protest is against"
        return [], ""

    def _crowd_source(self, tok: Token) -> tuple[list[Mention], str]:
        """Unnamed people who protest where they are ("thousands of people blocked streets
        in Hong Kong", "prisoners rioted at a jail in Dili"): as CAMEO coders do, the
        protest is the populace's of the country where it happens."""
        subj = [c for c in tok.children if c.dep_ in SUBJ]
        if not subj and tok.dep_ == "acl" and tok.tag_ == "VBG":
            subj = [tok.head]  # "demonstrators protesting election results in Monrovia"
        if len(subj) != 1 or subj[0].pos_ not in ("NOUN", "NUM") or subj[0].lower_ in PRONOUNS:
            return [], ""
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS]
        preps += [p for c in tok.children if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep" and p.lower_ in LOCATIVE_PREPS]
        for p in sorted(preps, key=lambda t: t.i):
            for t in p.subtree:
                m = self.by_token.get(t.i)
                if m is not None and m.actors[0].kind == "country" and m.actors[0].country:
                    iso3: str | None = m.actors[0].country
                elif t.ent_type_ in ("GPE", "LOC", "FAC") and m is None:
                    pl = places.find(self._ent_text(t) or t.text)
                    iso3 = pl.country if pl is not None else None
                else:
                    continue
                if iso3 and _known_country(self.coder.resolver, iso3):
                    host = self.coder.resolver.country(iso3)
                    return [Mention(t.text, t.idx, t.idx + len(t.text), 0, (host,), how="place")], f"source: unnamed '{subj[0].text}', the people of '{t.text}'"
        return [], ""

    def _event_noun(self, tok: Token) -> Pattern | None:
        """The nominal event pattern ``tok`` names, two-word ("military exercises") or one."""
        lem = tok.lemma_.lower()
        for c in tok.children:
            if c.dep_ in ("compound", "amod"):
                pat = self.lex.nouns.get(f"{c.lemma_.lower()} {lem}")
                if pat is not None:
                    return pat
        return self.lex.noun(lem, {c.lower_ for c in tok.children if c.dep_ == "prep"})

    def _light_verb(self, tok: Token) -> Token | None:
        """The light verb a nominal event is the object of: "launched an attack", "launched
        artillery and rocket fire" (a later conjunct), "engaged in ethnic cleansing"."""
        first = tok
        while first.dep_ == "conj" and first.head is not first:
            first = first.head
        if first.dep_ == "dobj" and first.head.lemma_.lower() in self.lex.light:
            return first.head
        if (first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.dep_ == "dobj"
                and first.head.head.lemma_.lower() in OF_HEADS and first.head.head.head.lemma_.lower() in self.lex.light):
            # "declared a state of emergency", "carried out a series of raids"
            return first.head.head.head
        if first.dep_ == "pobj" and first.head.lower_ == "for" and first.head.head.lemma_.lower() in MOTION_VERBS:
            return first.head.head
        if first.dep_ == "pobj" and first.head.lower_ == "in":
            verb = first.head.head
            if verb.lemma_.lower() in ENGAGE_IN or (verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)):
                return verb
        return None

    def _be_in(self, tok: Token) -> list[Candidate] | str:
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at")]
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
                host_mention = Mention(o.text, o.idx, o.idx + len(o.text), 0, (host_actor,), how="capital")
                pat = Pattern("be.in.capital", "be", "042")
                reasons = [f"'{tok.text} {p.text} {o.text}': {o.text} is the capital of {country}, so a visit (042)", how]
                return self._emit(visitors, [host_mention], pat, [tok, p, o], reasons, place_tok=o)
        return ""

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
    ) -> list[Candidate] | str:
        if pat.code == "141" and trig[0].lemma_.lower() == "protest" and sources and all(
            any(a.role == "GOV" for a in m.actors) or self._names_state(m) for m in sources
        ):
            # a state that protests ("Serbia lodged a protest with Albania") complains
            # officially; it does not take to the streets
            reasons = reasons + ["a state's protest is an official complaint: CAMEO 114"]
            pat = dataclasses.replace(pat, code="114", id=f"{pat.id}.official")
        own = {b.country for sm in sources for b in sm.actors if b.country}
        kept = [m for m in targets if not (places.find(m.text.removeprefix("the ")) is not None
                                            and all(a.kind == "country" and a.role is None and a.country in own for a in m.actors))]
        if len(kept) < len(targets):
            # "Kenyan police opened fire in Nairobi": a country is never its own target
            reasons = reasons + ["the source's own country named as the target: no target"]
            targets = kept
        # cooperation between the members of a compound subject is mutual ("A and B agreed")
        pairs = self._pairs(sources, targets, pat.reciprocal or pat.code[:2] in COOPERATIVE_ROOTS)
        if not pairs and targets and not pat.need_target:
            # the only target named is the source itself ("Bosnian Serbs withdrew from the
            # Bosnian town"): an act with no target
            targets = []
            pairs = self._pairs(sources, [], False)
            reasons = reasons + ["the target named is the source itself: no target"]
        if not pairs:
            return f"'{trig[0].text}' ({pat.id}): source and target are the same actor"
        mod = modality.classify(modality_tok or trig[0])
        date = dates.resolve_phrases(self._date_phrases(trig), self.published, mod.tense)
        place, where = self._place_token(trig[0], place_tok)
        if not targets and pat.target != "none" and (act_code or pat.code)[:2] in PLACE_TARGET_ROOTS and not any(pr[3] for pr in pairs) and place is not None and place.country and where is not None:
            # No named target: the country where it happens ("demonstrated in Kirkuk",
            # "shelled Juba") is the one acted upon, as CAMEO coders read such sentences.
            # A country acting in itself keeps no target (an actor is never its own target).
            host = self.coder.resolver.country(place.country) if _known_country(self.coder.resolver, place.country) else None
            src_actors = [a for m in sources for a in m.actors]
            if host is not None and all(a.country != host.country for a in src_actors):
                targets = [Mention(where.text, where.idx, where.idx + len(where.text), 0, (host,), how="place")]
                reasons = reasons + [f"target: the country of '{where.text}' ({place.country}), where it happens"]
                pairs = [pr for pr in self._pairs(sources, targets, False)] or pairs
        if not targets and (act_code or pat.code)[:2] in ("01", "12") and self.state.accusers:
            # "The Pentagon rejected these accusations": whoever made them in this sentence or
            # the one before is the one rejected
            said = {c.lemma_.lower() for t in trig for c in t.children if c.dep_ in ("dobj", "nsubjpass")}
            if said & CLAIM_NOUNS and self.state.sentence - self.state.accusers[0] <= 1:
                accusers = [m for m in self.state.accusers[1] if not any(_ident(a) in {_ident(b) for sm in sources for b in sm.actors} for a in m.actors)]
                if accusers:
                    targets = accusers
                    reasons = reasons + [f"target: who made the {'/'.join(sorted(said & CLAIM_NOUNS))} rejected"]
                    pairs = self._pairs(sources, targets, False) or pairs
        conditional = any(_conditional(t) for t in trig)
        if not targets and conditional:
            # "threatened to strike unless Israel rescinded ...": the one the condition is put to
            for t in trig:
                for c in t.children:
                    if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children):
                        subj = [m for s in c.children if s.dep_ in SUBJ for m in self.actors_of(s)]
                        if subj and any(a.code != b.code for m in subj for a in m.actors for sm in sources for b in sm.actors):
                            targets = subj
                            reasons = reasons + [f"target: subject of the condition '{c.text}'"]
                            pairs = self._pairs(sources, targets, False) or pairs
                            break
                if targets:
                    break
        threat = _by_prefix(THREAT_OF_CODE, pat.code) or (_by_prefix(CONDITIONAL_THREAT_OF_CODE, pat.code) if conditional else None)
        if mod.imminent:
            reasons = reasons + ["an imminent act is coded as the act, its modality future"]
        elif pat.id != "be.in.capital" and threat and (mod.modality == "future" or (mod.announced and mod.modality == "hypothetical") or (conditional and mod.modality == "hypothetical")):
            why = "on a condition" if conditional else "for the future"
            reasons = reasons + [f"a {pat.code} announced {why} is a threat: CAMEO {threat}"]
            pat = dataclasses.replace(pat, code=threat, id=f"{pat.id}+threat")
        elif mod.modality == "future" and pat.code[:2] in INTENT_OF_ROOT and pat.id != "be.in.capital":
            reasons = reasons + [f"a future {pat.code} is an expressed intent: CAMEO {INTENT_OF_ROOT[pat.code[:2]]}"]
            pat = dataclasses.replace(pat, code=INTENT_OF_ROOT[pat.code[:2]], id=f"{pat.id}+intent")
        elif mod.modality == "negated" and pat.code[:2] in REJECT_OF_ROOT and (trig[0].lemma_.lower() in ACCEPTING_WORDS or pat.code[:2] == "08"):
            reasons = reasons + [f"a denied {pat.code} is a rejection: CAMEO {REJECT_OF_ROOT[pat.code[:2]]}"]
            pat = dataclasses.replace(pat, code=REJECT_OF_ROOT[pat.code[:2]], id=f"{pat.id}+rejected")
            # "will not accept" states a refusal now; a hedge or an attribution still holds
            # ("may not want to", "reportedly refused").
            hedges = [m for m in mod.also if m in ("hypothetical", "reported")]
            rest = hedges[0] if hedges else "asserted"
            mod = dataclasses.replace(mod, modality=rest, also=tuple(hedges[1:]),
                                      reasons=(*mod.reasons, f"the rejection itself is {rest}"))
        out = []
        for sm, sa, tm, ta in pairs:
            out.append(Candidate(sm, sa, tm, ta, pat, trig, mod, date, place, list(reasons)))
        if pat.code[:2] == "11" and sources:
            self.state.accusers = (self.state.sentence, list(sources))
        return out

    def _names_state(self, m: Mention) -> bool:
        """Whether a mention is a country's name standing for its state ("Sudan said"),
        not a modifier of people ("Algeria's activist", "rebels in the Ivory Coast")."""
        if not places.is_country(m.text):
            return False
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        return root.dep_ not in ("poss", "pobj", "compound", "amod")

    def _clause_tokens(self, tok: Token) -> list[Token]:
        head = tok
        while head.dep_ in ("xcomp", "dobj", "pobj", "prep", "advcl", "nsubj", "nsubjpass", "acomp", "pcomp") and head.head is not head:
            head = head.head
        drop: set[int] = set()
        for ch in head.children:
            if ch.dep_ == "conj" and ch.pos_ in ("VERB", "AUX"):
                drop.update(t.i for t in ch.subtree)
        return [t for t in head.subtree if t.i not in drop]

    def _date_phrases(self, trig: list[Token]) -> list[str]:
        """The temporal modifiers of the event's own predicate, nearest first: those of the
        trigger words ("agreed *on Monday*", "to meet *next week*"), then of the words that
        govern them as complements ("are due *on Friday* to meet", "met *on Tuesday* and
        agreed"). Objects, relative clauses and other clauses are not read: in "agreed to
        release detainees held since last year's fighting" the date is not the agreement's."""
        out: list[str] = []
        seen: set[int] = set()
        chain: list[Token] = list(trig)
        tok = trig[0]
        for _ in range(6):
            if tok.head is tok:
                break
            if tok.dep_ in GOVERNED_DEPS or (tok.dep_ == "conj" and not any(c.dep_ in SUBJ + SUBJ_PASS for c in tok.children)):
                tok = tok.head
                chain.append(tok)
                continue
            break
        for t in chain:
            if t.i in seen:
                continue
            seen.add(t.i)
            for ch in t.children:
                if ch.i in seen or not _temporal(ch, t):
                    continue
                words = _phrase(ch)
                out.append("".join(w.text_with_ws for w in words).strip())
        return out

    def _clause_text(self, tok: Token) -> str:
        """The words of the trigger's clause and its governors', without coordinated clauses
        (in "they were in Moscow this week, and on Friday they are due ...", each clause
        keeps its own date)."""
        return "".join(t.text_with_ws for t in self._clause_tokens(tok))

    def _place(self, tok: Token, place_tok: Token | None) -> Place | None:
        """The place of "in/at/near X" in the trigger's clause, nearest to the trigger first."""
        return self._place_token(tok, place_tok)[0]

    def _place_token(self, tok: Token, place_tok: Token | None) -> tuple[Place | None, Token | None]:
        """(place, the word that names it) for the trigger's clause."""
        if place_tok is not None:
            return places.find(place_tok.text), place_tok
        preps = [t for t in self._clause_tokens(tok) if t.dep_ == "prep" and t.lower_ in LOCATIVE_PREPS + ("into",)]
        for p in sorted(preps, key=lambda t: abs(t.i - tok.i)):
            for o in p.children:
                if o.dep_ == "pobj":
                    name = self._ent_text(o)
                    pl = places.find(name) if name else None
                    if pl is not None:
                        return pl, o
        return None, None

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
