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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tidings.actors.home import PEOPLE_ROLES
from tidings.events import confidence, dates, places
from tidings.events.cameo import describe
from tidings.events.modality import FACTUAL
from tidings.events.patterns import Lexicon, lexicon
from tidings.events.sentence import ALLEGED_DOER, DATED_BY_GOVERNOR, Candidate, State
from tidings.events.syntax import (
    ANY_SUBJ,
    SUBJ,
    SUBJ_PASS,
    actor_code,
    claim_denied,
    ident,
    index_mentions,
    is_headline,
    told_as_answer,
    verb_above,
)
from tidings.events.triggers import Triggers
from tidings.events.words import (
    ACT_NOUNS_OF_VERBS,
    ACT_REFERENCES,
    ATTACKER_NOUNS,
    FORCE_AND_COERCION_ROOTS,
    NAMING_KINDS,
    REFERRING_WORDS,
    SPEAKING_VERBS,
    STRUCK_PLACES,
)
from tidings.model import Actor, Event, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


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
        resolved, (home, _) = self.resolver.resolve_with_home(doc, date=pub_date, place_country=_place_country, minor_place=places.minor_place,
                                                              town_countries=places.town_countries)
        mentions = list(resolved)
        by_token = index_mentions(doc, mentions)
        coded: list[tuple[Event, list[str]]] = []
        sentences: list[tuple[Span, list[str]]] = []
        state = State(home=home)
        for si, sent in enumerate(doc.sents):
            sent_events, reasons, skipped = self._code_sentence(doc, sent, si, by_token, state, published, doc_id)
            coded.extend(zip(sent_events, reasons, strict=True))
            sentences.append((sent, skipped))
        coded = _told_twice(coded)
        coded = _retold_without_target(coded)
        coded = _headline_told_again(coded)
        coded = [_attacker_named(e, why, mentions) for e, why in coded]
        events: list[Event] = []
        kept: dict[int, list[tuple[Event, list[str]]]] = {}
        dropped: dict[int, list[str]] = {}
        for e, why in coded:
            if e.confidence < self.min_confidence:
                lowered = confidence.lowering(e.evidence)
                dropped.setdefault(e.sentence_index, []).append(
                    f"'{e.trigger.split()[0] if e.trigger else e.rule}' ({e.rule}): confidence {e.confidence:g} below {self.min_confidence:g}"
                    + (f" ({', '.join(lowered)})" if lowered else ""))
                continue
            events.append(e)
            # (said once the article's passes are done: a merged telling's confidence changes)
            lowered = confidence.lowering(e.evidence)
            kept.setdefault(e.sentence_index, []).append((e, [*why, f"confidence {e.confidence:g}" + (f": {', '.join(lowered)}" if lowered else "")]))
        traces: list[SentenceTrace] = []
        if explain:
            for si, (sent, skipped) in enumerate(sentences):
                pairs = kept.get(si, [])
                traces.append(
                    SentenceTrace(
                        si,
                        sent.text,
                        (sent.start_char, sent.end_char),
                        [m for m in mentions if sent.start_char <= m.start < sent.end_char],
                        [e for e, _ in pairs],
                        [w for _, w in pairs],
                        skipped + dropped.get(si, []),
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
        state: State,
        published: str | None,
        doc_id: str,
    ) -> tuple[list[Event], list[list[str]], list[str]]:
        ctx = Triggers(self, doc, sent, by_token, state, published)
        state.sentence = si
        candidates: list[Candidate] = []
        skipped: list[str] = []
        consumed: set[int] = set()
        # a passive's subject comes after its verb: "military aid to Kyiv was frozen" is one
        # act, the freezing, whose object the aid is, as in "froze military aid to Kyiv"
        toks = list(sent)  # (one pass over the span: each pass builds its tokens anew)
        order = [t for t in toks if t.dep_ not in SUBJ_PASS] + [t for t in toks if t.dep_ in SUBJ_PASS]
        for tok in order:
            if tok.i in consumed:
                continue
            found = ctx.trigger(tok, consumed)
            if isinstance(found, str):
                if found:
                    skipped.append(found)
                continue
            candidates.extend(found)
        # remember the two sides of "between A and B" for a later "the talks"
        for tok in toks:
            if tok.lower_ == "between" and tok.dep_ == "prep":
                sides = [m for o in tok.children if o.dep_ == "pobj" for m in ctx.actors_of(o)]
                if len({a.code for m in sides for a in m.actors}) == 2:
                    state.last_pair = (si, sides, None)
        _remember_owned_acts(toks, si, by_token, state)
        # remember the last subject actors for pronouns in later sentences (a passive's
        # subject too: "An officer was charged ... Prosecutors said he shot ...")
        told = [t for t in toks if t.dep_ in ANY_SUBJ and t.head.dep_ == "ROOT"]
        root = next((t for t in toks if t.dep_ == "ROOT"), None)
        if root is not None and root.lemma_.lower() in SPEAKING_VERBS:
            # ("X was detained on Friday, his lawyer said. He was charged ...": an attribution
            # told after what it attributes is not what the sentence is about)
            about = [s for c in root.children if c.dep_ == "ccomp" and c.i < root.i for s in c.children if s.dep_ in ANY_SUBJ]
            if any(ctx.actors_of(s) for s in about):
                told = about
        named = False
        for tok in told:
            ms = ctx.actors_of(tok)
            if ms:
                state.last_subject = ms
                state.last_subject_sentence = si
                named = True
        if not named and state.last_subject_sentence == si - 1 and _closes_a_quote(sent.text):
            # ("Morrison told the committee, "I feared ... / My fears have been realized." / He
            # begged lawmakers ..."): a sentence that only goes on with a quotation is still
            # its speaker's turn; the speaker stays the one last named
            state.last_subject_sentence = si
        state.last_mentions = sorted({id(m): m for t in toks if (m := by_token.get(t.i)) is not None}.values(), key=lambda m: m.start)
        state.last_mentions_sentence = si
        out: list[Event] = []
        reasons: list[list[str]] = []
        seen: set[tuple[str | None, str | None, str]] = set()
        sent_text = sent.text
        unclaimed = [UNCLAIMED] if candidates and claim_denied(sent) else []
        candidates = _without_aims(_without_untargeted_copies(candidates))
        candidates = _victims_where_struck(candidates, self.resolver.dictionary.country_actor)
        for c in candidates:
            key = (actor_code(c.source_actor), actor_code(c.target_actor), c.pattern.code)
            if key in seen:
                continue
            seen.add(key)
            info = describe(c.pattern.code)
            # a noun done by a light verb ("laid siege to", "held talks with") is as plainly an
            # act of the verb's subject as a verb
            kind = "light" if c.pattern.kind == "noun" and len(c.trigger) > 1 else c.pattern.kind
            conf, _, facts = confidence.score(trigger_kind=kind, plover=info.plover, cameo=c.pattern.code,
                                              source=c.source, target=c.target, has_source=c.source_actor is not None,
                                              modality=c.modality.modality, pattern=c.pattern.id)
            # (the cut is made for the whole article, after an act told twice is merged)
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
                    sentence=sent_text,
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
                    evidence=facts,
                )
            )
            reasons.append(
                c.reasons
                + ([ANSWERING] if told_as_answer(c.trigger[0]) else [])
                + unclaimed
                + [f"modality {r}" for r in c.modality.reasons]
                + [f"date {c.date.date} ({c.date.precision}): {c.date.reason}"]
            )
        return out, reasons, skipped


QUOTE_MARKS = frozenset("\"\u201c\u201d")
CLOSING_QUOTE_MARKS = ("\"", "\u201d")


def _closes_a_quote(text: str) -> bool:
    """Whether a sentence is the end of a quotation opened before it: its one quotation mark
    closes it, at its end."""
    stripped = text.rstrip()
    return sum(c in QUOTE_MARKS for c in stripped) == 1 and stripped.endswith(CLOSING_QUOTE_MARKS)


def _remember_owned_acts(toks: list[Token], si: int, by_token: dict[int, Mention], state: State) -> None:
    """Remember whose an act noun was said to be ("a U.N. proposal", "Iran's offer", "an offer
    from Qatar"; "Iran launched missiles at Israel in its first direct attack": "its" is the
    subject of the clause the noun is told in), or whose the act of a verb a noun of its own
    names ("the court ruled": the ruling), for the same noun named again ("welcomed the
    proposal")."""
    def named(toks_: Iterable[Token]) -> list[Mention]:
        return [m for t in toks_ if (m := by_token.get(t.i)) is not None and m.actors]

    by_verbs: list[tuple[str, list[Mention]]] = []
    for tok in toks:
        pos = tok.pos_
        if pos == "VERB" and (noun := ACT_NOUNS_OF_VERBS.get(tok.lemma_.lower())) is not None:
            # ("the High Court ruled that the ban was unlawful ... Beijing condemned the ruling";
            # read after the nouns of the sentence)
            doers = named(c for c in tok.children if c.dep_ == "nsubj")
            if doers:
                by_verbs.append((noun, doers))
        if pos != "NOUN" or tok.lemma_.lower() not in ACT_REFERENCES:
            continue
        # (a building before an act is where it was done, not whose: "a church attack")
        owners = named(c for c in tok.children if c.dep_ in ("poss", "compound", "amod") and c.lemma_.lower() not in STRUCK_PLACES) + named(
            o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("by", "from") for o in p.children if o.dep_ == "pobj")
        if not owners and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
            owners = named(c for c in verb_above(tok).children if c.dep_ == "nsubj")
        if owners:
            state.owned_acts[tok.lemma_.lower()] = (si, owners)
    for noun, doers in by_verbs:
        state.owned_acts[noun] = (si, doers)


TOLD_TWICE_WINDOW = 4  # sentences
ANSWERING = "told as an answer to another act"
UNCLAIMED = "told where the sentence says no one has claimed it: its doer not known"


def _told_twice(coded: list[tuple[Event, list[str]]]) -> list[tuple[Event, list[str]]]:
    """An act the lead tells twice is one event, at its first telling (the guideline): a
    passive or a weapon that names no doer ("Fritz von Weizsaecker was stabbed to death")
    takes its doer from a telling of the same kind of act that names one, a few sentences
    before or after ("the assailant attacked", "the Taliban claimed responsibility for the
    attack"); that telling is then not coded again."""
    out = list(coded)
    gone: set[int] = set()
    # (the ones one telling is done to, whatever the event its targets were split into)
    done_to: dict[tuple[int, str | None, tuple[int, int]], set[str]] = {}
    for e, _ in out:
        if e.target is not None:
            done_to.setdefault((e.sentence_index, e.trigger, e.span), set()).add(ident(e.target))
    for k, (e, why) in enumerate(out):
        # (not an act whose own sentence says no one has claimed it: "Two police officers were
        # shot dead on Friday; no group has claimed that attack" is no telling of an ambush
        # claimed before it, and leaves its doer empty, as the text does)
        if k in gone or e.source is not None or e.target is None or not e.plover or UNCLAIMED in why:
            continue
        best = None
        for j, (f, _) in enumerate(out):
            if j == k or j in gone or f.plover != e.plover or f.source is None or abs(f.sentence_index - e.sentence_index) > TOLD_TWICE_WINDOW:
                continue
            if ident(f.source) in done_to[(e.sentence_index, e.trigger, e.span)]:
                # ("a drone strike ... had killed dozens of soldiers and journalists": an act
                # done to the army's soldiers is not the army's)
                continue
            # (an answer told after an act is not that act: "an attack ... killed seven
            # soldiers ... Afghan forces had fired on Pakistani positions in response")
            if f.sentence_index > e.sentence_index and ANSWERING in out[j][1]:
                continue
            # (nor is one only blamed for an act or accused of it the doer of one told without
            # a doer: "At least 15 members have been killed ... groups blamed the government
            # for the killing" names no killer)
            if ALLEGED_DOER in out[j][1]:
                continue
            # (nor is an act told as wanted, planned or denied a telling of one done: "...
            # urged the army to stop targeting civilians, citing reports of soldiers beating
            # and detaining men" tells no doer of the killings told before)
            if f.modality not in FACTUAL and e.modality in FACTUAL:
                continue
            if _dated_apart((e, why), out[j]):
                continue
            same_target = f.target is not None and f.target.country == e.target.country and (
                f.target.role is None or e.target.role is None or f.target.role == e.target.role)
            # (a telling with no target is the same act only if it is the same kind of act: an
            # arrest warrant is not a search; "two aides were shot dead ... protesters set fire
            # to trucks"; "nine villagers were killed ... citing reports of soldiers beating
            # villagers")
            same_kind = _same_kind(e, f)
            nearer = best is None or abs(f.sentence_index - e.sentence_index) < abs(out[best][0].sentence_index - e.sentence_index)
            # (a later passive of a spoken act is another act: "the junta accused foreign
            # powers ... expelled a journalist accused of spreading false information"; only
            # a later telling of force names the target of the one told before)
            if f.sentence_index < e.sentence_index and f.target is None and e.cameo[:2] not in FORCE_AND_COERCION_ROOTS:
                continue
            if same_kind and (f.target is None or same_target) and nearer:
                best = j
        if best is None:
            continue
        f, fwhy = out[best]
        if e.sentence_index <= f.sentence_index:
            src_facts = tuple(x for x in f.evidence if x.startswith("source:"))
            merged = _reattributed(e, "source", src_facts, source=f.source, source_text=f.source_text)
            out[k] = (merged, [*why, f"source: '{f.source_text}', who did the same {e.plover.lower()} in sentence {f.sentence_index}"])
            gone.add(best)
            continue
        # told first where the doer is named: that telling stands, with the target the later
        # one adds when it had none
        if f.target is None:
            tgt_facts = tuple(x for x in e.evidence if x.startswith("target:"))
            keep = _reattributed(f, "target", tgt_facts, target=e.target, target_text=e.target_text)
            out[best] = (keep, [*fwhy, f"target: '{e.target_text}', of the same act told in sentence {e.sentence_index}"])
        gone.add(k)
    return [x for j, x in enumerate(out) if j not in gone]


def _dated_apart(e: tuple[Event, list[str]], f: tuple[Event, list[str]]) -> bool:
    """Whether the text dates two tellings (each an event and its reasons) on days that cannot
    be one act's ("sentenced on Thursday ... was convicted in September"): each dated by its
    own words, not by the publication date taken for want of them, nor by the verb an act's
    noun hangs on ("launched strikes on Tuesday in retaliation for the attack")."""
    return all(x.date_text and DATED_BY_GOVERNOR not in why for x, why in (e, f)) \
        and dates.apart((e[0].date, e[0].date_precision), (f[0].date, f[0].date_precision))


def _same_kind(e: Event, f: Event) -> bool:
    """Whether a later telling ``f`` tells the same kind of act as ``e``: the same code of three
    digits, or any act of force for "attacked" (190), but not property destroyed (1712) for an
    act done to people, nor a beating, an abduction or torture (18x) for a killing."""
    return e.cameo[:3] == f.cameo[:3] or ("190" in (e.cameo[:3], f.cameo[:3]) and (e.cameo[:4] == "1712") == (f.cameo[:4] == "1712")
                                          and not (f.cameo[:2] == "18" and _killing(e)))


def _sides(e: Event) -> tuple[str | None, str | None]:
    """Who did an event and to whom (``ident``; None for a side not named)."""
    return (ident(e.source) if e.source else None, ident(e.target) if e.target else None)


def _killing(e: Event) -> bool:
    """Whether an event is a killing told by its verb or noun ("killed", "the killing of")."""
    return (e.trigger or "").lower().startswith("kill")


def _retold_without_target(coded: list[tuple[Event, list[str]]]) -> list[tuple[Event, list[str]]]:
    """A later telling that names no target ("Smith threatened to kill Rep. Jones ...
    Smith, 55, admitted he threatened her in calls") is the act told first, coded once there
    (the guideline): an act of the same type and code by the same side, with a target, a few
    sentences before (not another act of the type: "arrested two kidnappers ... ordered the
    closure of 18 schools")."""
    out = []
    for e, why in coded:
        if e.target is None and e.source is not None and e.plover and any(
            f.plover == e.plover and f.cameo[:3] == e.cameo[:3] and f.target is not None and f.source is not None
            and 0 < e.sentence_index - f.sentence_index <= TOLD_TWICE_WINDOW
            and f.source.country == e.source.country and (f.source.role is None or e.source.role is None or f.source.role == e.source.role)
            and not _dated_apart((e, why), (f, fwhy))
            for f, fwhy in coded
        ):
            continue
        out.append((e, why))
    return out


def _headline_told_again(coded: list[tuple[Event, list[str]]]) -> list[tuple[Event, list[str]]]:
    """An act a headline tells and the lead tells again ("Gunmen kill 12 villagers in Burkina
    Faso attack / ... Suspected jihadists killed 12 civilians ... on Saturday") is one event, at
    its first telling (the guideline), with the day and place the later telling gives when the
    headline gives none: the same type, root and sides, both told as done, a few sentences
    apart."""
    out = list(coded)
    gone: set[int] = set()
    for k, (e, why) in enumerate(out):
        if k in gone or not e.plover or e.modality not in FACTUAL or not is_headline(e.sentence):
            continue
        for j, (f, _) in enumerate(out):
            if j in gone or not 0 < f.sentence_index - e.sentence_index <= TOLD_TWICE_WINDOW or f.plover != e.plover \
                    or not _same_kind(e, f) or f.modality not in FACTUAL or _sides(f) != _sides(e) or _dated_apart((e, why), out[j]):
                continue
            changes: dict[str, Any] = {"confidence": max(e.confidence, f.confidence)}
            if not e.date_text and f.date_text:
                changes.update(date=f.date, date_precision=f.date_precision, date_text=f.date_text)
            if e.place is None and f.place is not None:
                changes["place"] = f.place
            e = dataclasses.replace(e, **changes)
            why = [*why, f"told again in sentence {f.sentence_index}: one act, at its first telling"]
            out[k] = (e, why)
            gone.add(j)
    return [x for j, x in enumerate(out) if j not in gone]


def _reattributed(e: Event, side: str, facts: tuple[str, ...], **changes: Any) -> Event:
    """``e`` with one side changed (``changes``), the facts of that side replaced by
    ``facts`` and its confidence computed again from them."""
    gone = (f"{side}:", "no-source") if side == "source" else (f"{side}:", "no-target:", "pattern:")
    evidence = tuple(x for x in e.evidence if not x.startswith(gone)) + facts
    return dataclasses.replace(e, evidence=evidence, confidence=round(confidence.probability(evidence), 3), **changes)


def _attacker_named(e: Event, why: list[str], mentions: list[Mention]) -> tuple[Event, list[str]]:
    """An attack told with no doer ("was stabbed to death") in a sentence that names its doer
    by what he did ("the assailant", "the gunman") is that doer's: the lead says who did it."""
    if e.source is not None or e.plover != "ASSAULT" or e.target is None:
        return e, why
    for m in mentions:
        words = m.text.lower().split()
        if m.sentence_index == e.sentence_index and words and words[-1] in ATTACKER_NOUNS and len(m.actors) == 1 \
                and ident(m.actors[0]) != ident(e.target):
            e = _reattributed(e, "source", (f"source:{m.how}",), source=m.actors[0], source_text=m.text)
            return e, [*why, f"source: '{m.text}', named in the sentence as the one who did it"]
    return e, why


def _without_untargeted_copies(candidates: list[Candidate]) -> list[Candidate]:
    """An act without a target is the same act as one of its type, by the same source, with a
    target in its sentence ("shelled Juba, killing 20 people"): it is dropped. Not a
    restriction laid on everyone (CAMEO 172x), which no act on someone tells again ("cut off
    internet access and arrested 1,000 people"), nor a request, which asks for what its words
    say ("called for calm and urged the authorities to increase patrols" asks two things)."""
    plovers = [describe(c.pattern.code).plover for c in candidates]
    with_target = {(actor_code(c.source_actor), plover) for c, plover in zip(candidates, plovers, strict=True) if c.target_actor is not None}
    return [c for c, plover in zip(candidates, plovers, strict=True) if c.target_actor is not None or not plover or plover == "REQUEST"
            or c.pattern.code.startswith("172") or (actor_code(c.source_actor), plover) not in with_target]


def _without_aims(candidates: list[Candidate]) -> list[Candidate]:
    """Drop what an act is done for when the aim is part of the act: "resigned to allow
    elections to take place" is a resignation. An aim is a subjectless "to"-clause or
    participle clause of another event's trigger, by the same source. (A demand a protest is
    made for is made too, the guideline's REQUEST: "marched on the council, demanding that it
    pay overdue wages" is a PROTEST and a REQUEST.)"""
    by_tok: dict[int, list[Candidate]] = {}
    for c in candidates:
        for t in c.trigger:
            by_tok.setdefault(t.i, []).append(c)
    out = []
    for c in candidates:
        t = c.trigger[0]
        if t.dep_ in ("advcl", "xcomp") and t.pos_ == "VERB" and not any(ch.dep_ in SUBJ for ch in t.children):
            heads = [h for h in by_tok.get(t.head.i, []) if h is not c and actor_code(h.source_actor) == actor_code(c.source_actor)]
            if c.pattern.code[:3] in ("080", "086") and t.lemma_.lower() in ("allow", "enable", "permit", "let") and heads:
                continue
        out.append(c)
    return out


def _victims_where_struck(candidates: list[Candidate], country_actor: Callable[[str, str | None], Actor]) -> list[Candidate]:
    """People are of where they are (the guideline's civilians): those an act of force kills
    or hurts where a state's forces struck another country are of that country, not of the
    dateline's that the forces share ("Pakistani warplanes bombed hideouts in Afghan border
    provinces, killing eight people", from Islamabad). The country struck is the target of
    another act of force of the same doer in the sentence, a country or a place of it (not
    others killed with them: "killed an American soldier and 11 other people"), or the place
    the act is set in."""
    out = []
    for c in candidates:
        tgt, src = c.target_actor, c.source_actor
        if (src is not None and tgt is not None and c.target is not None and c.target.how == "home-role"
                and tgt.role in PEOPLE_ROLES and tgt.country == src.country and describe(c.pattern.code).plover == "ASSAULT"):
            struck = {h.target_actor.country for h in candidates
                      if h is not c and h.source_actor is not None and ident(h.source_actor) == ident(src)
                      and h.target_actor is not None and h.target_actor.role is None and h.target_actor.country not in (None, src.country)
                      and describe(h.pattern.code).plover == "ASSAULT"}
            if not struck and c.place is not None and c.place.country not in (None, src.country):
                struck = {c.place.country}
            if len(struck) == 1:
                where = next(iter(struck))
                actor = country_actor(where, tgt.role)
                c = dataclasses.replace(c, target=dataclasses.replace(c.target, actors=(actor,)), target_actor=actor,
                                        reasons=[*c.reasons, f"target: of {where}, where the same doer struck"])
        out.append(c)
    return out


def _place_country(name: str) -> str | None:
    """The country of a place name in the gazetteer (a country, a city, a US state)."""
    return places.country_of(name)
