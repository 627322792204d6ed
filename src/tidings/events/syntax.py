"""Reading a dependency parse for the event coder: dependency labels, and the small
questions every stage asks of a token (its clauses, its "of"-objects, whether it is a
passive, the tokens a mention covers) and of actors (who an actor is)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from tidings.actors.home import PLAIN_SAYING_VERBS, speakers_conj, speakers_participle
from tidings.errors import ConfigError
from tidings.events.words import (
    ANCHOR_NOUNS,
    ANCHOR_PREPS,
    ANSWER_NOUNS,
    ASKING_VERBS,
    CLAIM_NOUNS,
    CLAIM_VERBS,
    CONDITION_MARKS,
    CONTINUE_PARTICLES,
    CONTINUE_WITH,
    FORCE_REFERENCES,
    HEADLINE_PASSIVE_VERBS,
    NAMING_VERBS,
    OBJECT_TAKING_VERBS,
    RELATIVE_PRONOUNS,
    REPROACH_VERBS,
    RESPOND_WITH,
    RESULT_VERBS,
    SPEAKING_VERBS,
    SPEECH_ACT_VERBS,
    TIME_SPAN_NOUNS,
    TOLD_AS_DONE_MARKS,
)
from tidings.model import Actor, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SUBJ = ("nsubj", "csubj", "expl")
# The tags of a finite verb, in the past or the present ("said", "says", "say").
FINITE_TAGS = ("VBD", "VBZ", "VBP")
SUBJ_PASS = ("nsubjpass", "csubjpass")
# A subject, active or passive (made once: read at many words of every sentence)
ANY_SUBJ = SUBJ + SUBJ_PASS
# Acts done by saying that a participle after a "that"-clause may be ("..., rejecting U.S.
# demands"); not asking or calling, which may be a question or a name.
SPOKEN_PARTICIPLES = SPEECH_ACT_VERBS - {"ask", "call"}


def speakers_own_act(verb: Token) -> bool:
    """Whether ``verb``, parsed inside a "that"-clause, is the speaker's own act beside the
    saying: a verb joined to the clause ("said the government was falling apart and called
    for an election", ``speakers_conj``) or a participle of saying after it ("said his
    country would not declare a ceasefire, rejecting U.S. demands", ``speakers_participle``)."""
    return speakers_conj(verb) or speakers_participle(verb, SPOKEN_PARTICIPLES)


def set_off_by_comma(verb: Token) -> bool:
    """Whether a verb joined by "and" comes after a comma (", and accused ..."): a second act
    of its own, not one act told with two verbs ("did not attack and kill")."""
    return verb.i > 1 and verb.doc[verb.i - 1].lower_ == "and" and verb.doc[verb.i - 2].text == ","


# Prepositions whose object can be the target when the pattern names none. The object of
# "in"/"at" is not when it is a place: "agreed to meet in Brussels" names the event's place,
# not its target (a pattern that takes its target there says so: "arrived in", "fired at");
# "supported the work in the framework of the OSCE" still reaches the OSCE.
DEFAULT_TARGET_PREPS = ("to", "with", "against", "on", "upon", "at", "into", "toward", "towards", "in", "from", "for", "over", "between", "among")
PLACE_PREPS = ("in", "at")
NOMINAL_DEPS = {"compound", "amod", "poss", "conj", "appos", "nmod", "npadvmod", "nummod", "det", "cc", "quantmod"}
LOCATIVE_PREPS = ("in", "at", "near", "outside", "inside")
# How a trigger hangs under a word whose temporal modifiers also date it.
GOVERNED_DEPS = ("xcomp", "acomp", "oprd", "dobj", "pobj", "prep", "pcomp", "advcl", "nsubj", "nsubjpass", "attr")
TEMPORAL_PREPS = ("on", "in", "at", "during", "by", "over", "within", "this", "next", "last", "later", "earlier")
# Inside a temporal modifier: the words of the date itself, not its clauses or prepositions.
DATE_PHRASE_DEPS = ("pobj", "det", "amod", "compound", "nummod", "npadvmod", "advmod", "quantmod", "nmod", "case", "poss", "cc", "conj", "punct")


def actor_code(actor: Actor | None) -> str | None:
    return actor.code if actor is not None else None


def ident(actor: Actor) -> str:
    """Who an actor is: its code, and for a person or an organisation named by the article
    also the name (a mayor and a governor of one country share a code but are two actors; so
    are an attorney general's office and the company it investigates)."""
    return f"{actor.code}:{actor.name}" if actor.kind in ("person", "group") and actor.name else actor.code


def countries_of(mentions: Iterable[Mention]) -> set[str]:
    """The countries the actors of ``mentions`` belong to: for a source, its own country, which
    is never what it acts on ("Kenyan police opened fire in Nairobi")."""
    return {a.country for m in mentions for a in m.actors if a.country}


def cooperative(code: str) -> bool:
    """Whether a CAMEO code is of the cooperative half (01-08: statements, appeals, intents,
    consultation, cooperation, aid, yielding)."""
    return code[:2] <= "08"


def is_passive(verb: Token) -> bool:
    """A passive verb ("were arrested", "was killed by a roadside bomb", the "charged" of
    "were arrested and charged"; a headline's "Two men shot dead", its "were" dropped)."""
    return any(c.dep_ == "auxpass" for c in verb.children) or (verb.tag_ == "VBN" and any(c.dep_ in SUBJ_PASS for c in verb.children)) \
        or shares_passive(verb) or headline_passive(verb)


def shares_passive(verb: Token) -> bool:
    """A bare participle coordinated with a passive ("were arrested and charged"), or with
    its auxiliary left out ("63 people had been detained and 11 officers injured"): passive
    too."""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJ_PASS + ("aux", "auxpass") for c in verb.children) \
            or not any(c.dep_ == "auxpass" for c in verb.head.children):
        return False
    # (the gapped participle is often tagged a past tense: then it has its own subject and no
    # object, as no active "injured" would; or it is a verb never used without its object and
    # has none: "was arrested in Lithuania and handed over to Poland")
    if verb.tag_ == "VBN":
        # (but one with an object and an "of" telling what it did is active, whatever its
        # tag: "said 12 people had been shot dead by police, and accused officers of using
        # live ammunition")
        return not (any(c.dep_ == "dobj" for c in verb.children)
                    and any(p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pcomp" for o in p.children) for p in verb.children))
    return verb.tag_ == "VBD" and not any(c.dep_ == "dobj" for c in verb.children) \
        and (any(c.dep_ in SUBJ for c in verb.children) or verb.lemma_.lower() in OBJECT_TAKING_VERBS)


def by_prefix(table: dict[str, str], code: str) -> str | None:
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def of_objects(tok: Token) -> list[Token]:
    """The objects of ``tok``'s "of"-phrases ("resumption of *ties*")."""
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def force_used(tok: Token) -> bool:
    """Whether ``tok`` names force by its use ("the use of force", "the use of violence"), an
    act of force named again as the word for it is ("the violence")."""
    return tok.lemma_.lower() == "use" and any(o.lemma_.lower() in FORCE_REFERENCES or o.lemma_.lower() == "force" for o in of_objects(tok))


def included(tok: Token) -> list[Token]:
    """The members ``tok`` is said to include: the objects of its "including" and "such as"
    phrases ("groups including *Amnesty*", "countries such as *France*"); an object's also
    when the parser hangs the phrase on its verb ("killed nine people, including two
    *engineers*")."""
    heads = [tok, tok.head] if tok.dep_ in ("dobj", "nsubjpass") else [tok]
    return [o for h in heads for p in h.children if p.dep_ == "prep" and p.i > tok.i
            and (p.lower_ == "including" or (p.lower_ == "as" and any(c.lower_ == "such" for c in p.children)))
            for o in p.children if o.dep_ == "pobj"]


def phrases_of(verb: Token) -> list[Token]:
    """The prepositions of ``verb``'s own phrases, and of the phrases hung on their objects
    ("jailed for four years at Leeds Crown Court": the "at" under "years")."""
    out: list[Token] = []
    todo = [c for c in verb.children if c.dep_ == "prep"]
    while todo:
        p = todo.pop(0)
        out.append(p)
        todo += [q for o in p.children if o.dep_ == "pobj" for q in o.children if q.dep_ == "prep"]
    return out


def purpose_clause(tok: Token) -> Token | None:
    """The verb of ``tok``'s "to"-complement or purpose clause ("send material *to help*")."""
    # (a clause of condition, "until Israel withdraws its troops", is none)
    return next((c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and c not in conditions_of(tok)), None)


def xcomp_chain(tok: Token) -> list[int]:
    """``tok`` and the verbs its "to"-complements chain to ("refuse to recognize")."""
    out = [tok.i]
    while True:
        nxt = next((c for c in tok.children if c.dep_ == "xcomp"), None)
        if nxt is None or len(out) > 4:
            return out
        out.append(nxt.i)
        tok = nxt


def predicates_of(clause: Token) -> list[Token]:
    """A clause's verb and its adjective complements, on which a "to"-complement may hang
    ("that Israel was prepared to expand ...": the act hangs on "prepared")."""
    return [clause, *(a for a in clause.children if a.dep_ == "acomp")]


def clause_of_its_own(clause: Token) -> bool:
    """Whether a clause parsed as the complement of a later verb that has an object or an
    infinitive of its own and is no verb of saying is a clause of its own, joined by a comma
    ("Israel strikes Iranian nuclear sites, Tehran vows response", "..., RSF vows to fight on":
    the strikes are no content of the vow; but "passed a bill, a move Beijing condemned" names
    the clause by the object before the verb)."""
    head = clause.head
    return clause.dep_ == "ccomp" and clause.i < head.i and head.lemma_.lower() not in SPEAKING_VERBS \
        and any(c.i > head.i and (c.dep_ == "dobj" or (c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)))
                for c in head.children) \
        and any(t.text == "," for t in head.doc[clause.i : head.i])


def named_a_claim_after(clause: Token) -> bool:
    """Whether a clause is the one a claim named after it, after a comma, is about, parsed as
    the complement of that claim's verb ("Turkey accused Greece of mistreating migrants, a
    charge Athens denies": the accusing is told as so; only its content is denied)."""
    if clause.dep_ != "ccomp" or clause.head.i < clause.i:
        return False
    subj = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.left_edge.i > clause.i and subj.left_edge.i > 0 and clause.doc[subj.left_edge.i - 1].text == "," \
        and any(t.lemma_.lower() in CLAIM_NOUNS for t in subj.subtree)


def set_apart(clause: Token) -> bool:
    """Whether a clause the parser made the complement of a later verb is set apart from it
    by a comma, its sureness its own (``clause_of_its_own``, ``named_a_claim_after``)."""
    return named_a_claim_after(clause) or clause_of_its_own(clause)


def clauses_of(verb: Token) -> list[Token]:
    """The verb's "that"-clauses (not a clause of its own before it, ``clause_of_its_own``);
    for a reporting verb that the parser hung on a noun at the end of the sentence ("Croatian
    authorities are failing ..., a rights group protested"), the sentence's main clause."""
    out = [c for c in verb.children if c.dep_ == "ccomp" and not clause_of_its_own(c)]
    if out or verb.dep_ != "acl":
        return out
    root = verb.sent.root
    noun = verb.head
    first = min(t.i for t in noun.subtree)
    if (root.i < first and root.pos_ in ("VERB", "AUX") and first > 0 and verb.doc[first - 1].text == ","
            and any(c.dep_ in ANY_SUBJ for c in root.children) and all(t.i >= first for t in verb.subtree)):
        return [root]
    return out


PAST_AUX = frozenset({"was", "were", "had", "has", "have", "been"})
PROGRESSIVE_AUX = PAST_AUX | {"is", "are", "am"}


# Verbs whose past participle picks someone out by what he is accused, suspected or convicted
# of ("a man accused of shooting a police officer").
ALLEGED_OF_VERBS = frozenset({"accuse", "suspect", "charge", "convict", "indict"})


def told_as_done(tok: Token) -> bool:
    """A relative clause in the past ("a lawmaker whose home was raided", "the men who
    attacked the post") or the simple present ("the Emirates, which it accuses of arming the
    rebels"): it describes a participant by what was done or is so, a fact the clause around
    it presupposes, not part of what is demanded, refused, agreed or announced; so is one in
    the progressive ("who is visiting China"). So is a clause of time or cause in the past
    with a subject of its own ("ordered the army to neutralise the gangs after armed men
    stormed a television station")."""
    if tok.dep_ == "advcl" and tok.tag_ == "VBD" and any(c.dep_ == "mark" and c.lower_ in TOLD_AS_DONE_MARKS for c in tok.children) \
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return True
    # (and the simple present passive of someone picked out: "the senator, who is accused of
    # taking bribes"; not of whoever it may be, "people who are investigated and cleared")
    picked = tok.head.pos_ in ("PROPN", "PRON") or any(c.dep_ in ("det", "poss", "nummod") for c in tok.head.children)
    if tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and tok.head.dep_ in ("nsubj", "nsubjpass") and picked:
        # (so is a passive told short of one picked out whom the clause is about: "a faction
        # blamed for the bombing has denied any role" is blamed, whatever it denies or will do;
        # and a past tense the parser hung there is that one's own act: "The UN refugee agency
        # called on both countries to ensure that people rescued at sea were allowed ...")
        return True
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.dep_ in ("dobj", "pobj") and picked \
            and (tok.lemma_.lower() in ALLEGED_OF_VERBS
                 or any(c.dep_ == "agent" or (c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME"))
                        or (c.dep_ == "prep" and any(o.ent_type_ in ("DATE", "TIME") for o in c.children)) for c in tok.children)):
        # (and one picked out by what was done to them on a day or by someone, wherever the
        # clause around it hangs them: "demanded an amnesty for the 6,000 people arrested since
        # June" were arrested, whatever is demanded for them; or by what he is accused or
        # convicted of: "denied bail to a man accused of shooting a police officer" does not
        # deny the accusation)
        return True
    if tok.dep_ != "relcl":
        return False
    # (and the progressive, what is going on: "the president, who is visiting China this week,
    # declined to comment" is visiting it, whatever he declines)
    return tok.tag_ in FINITE_TAGS or (tok.tag_ == "VBN" and any(
        (c.dep_ in ("aux", "auxpass") and c.lower_ in PAST_AUX) or (picked and c.dep_ == "auxpass" and c.lower_ in ("is", "are"))
        for c in tok.children)) or (tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in PROGRESSIVE_AUX for c in tok.children))


def not_yet(verb: Token) -> bool:
    """Whether ``verb`` is what its subject "has yet to" or "is yet to" do ("the junta has yet
    to release the president"): not done so far, and no refusal."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("have", "be") \
        and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.head.children)


def participle_after_comma(tok: Token) -> bool:
    """Whether ``tok`` is a participle in -ing set off by a comma after the clause it is hung
    on (", killing two nurses"): a result or a circumstance of that clause."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > 0 and tok.doc[tok.i - 1].text == ","


def result_of_gerund(tok: Token) -> Token | None:
    """The gerund whose result a participle after a comma tells, when the parser hung it on
    the verb that governs the gerund ("accused Russia of shelling a hospital, killing two
    nurses": the killing is the shelling's, not the accusing's; "..., saying" or "..., calling
    it" is still the accuser's), or None."""
    if not participle_after_comma(tok) or tok.lemma_.lower() not in RESULT_VERBS:
        return None
    done = [g for p in tok.head.children if p.dep_ == "prep" and p.lower_ in ("of", "for") and p.i < tok.i
            for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    if not done:
        # ("accused militias backed by troops of attacking farmers, killing three", the "of"
        # hung on the participle that describes the ones accused)
        done = [g for o in tok.head.children if o.dep_ == "dobj" for v in o.children if v.dep_ == "acl"
                for p in v.children if p.dep_ == "prep" and p.lower_ in ("of", "for") and p.i < tok.i
                for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    return done[-1] if done else None


def told_before_saying(tok: Token) -> Token | None:
    """The act told before a verb of saying that a participle after a comma is hung on, when
    it tells that act's result ("Azerbaijani forces shelled Armenian positions, the ministry
    said, killing 49 soldiers": the shelling), or None."""
    if not participle_after_comma(tok) or tok.head.lemma_.lower() not in PLAIN_SAYING_VERBS or tok.lemma_.lower() not in RESULT_VERBS:
        return None
    return next((c for c in tok.head.children if c.dep_ == "ccomp" and c.i < tok.head.i and c.pos_ in ("VERB", "AUX")), None)


def verb_above(tok: Token) -> Token:
    """The first verb at or above ``tok`` in the parse (the root, if none is)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def finite_above(verb: Token) -> Token:
    """The verb of the finite clause a non-finite verb belongs to, up through infinitives and
    participles that have no subject of their own ("asked the court to order Israel to halt its
    operations": "asked"; an infinitive's subject, told or not, is the one who is to act, "order
    Israel to halt"); a participle with a subject of its own is a finite verb misread ("said it
    regretted the move")."""
    while verb.tag_ not in FINITE_TAGS and verb.head.i != verb.i \
            and (verb.dep_ in ("xcomp", "ccomp", "conj") or (verb.dep_ == "advcl" and verb.tag_ == "VB")) \
            and (verb.tag_ == "VB" or not any(c.dep_ in SUBJ for c in verb.children)):
        verb = verb.head
    return verb


def is_plural_word(t: Token) -> bool:
    """A plural subject word ("they", "leaders", "A and B"; "MPs", an acronym's plural the
    tagger may take for a name)."""
    return t.lower_ in ("they", "them", "we") or t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children) \
        or (len(t.text) >= 3 and t.text.endswith("s") and t.text[:-1].isupper())


def speakers_after(c: Token) -> bool:
    """Whether a conjunct after a comma is the subject of a verb of saying right after it that
    has none, parsed as one more of the nouns before ("killing 12 soldiers, residents and a
    local official told AFP": the residents and the official told it, they were not killed)."""
    doc = c.doc
    after = c.right_edge.i + 1
    if after >= len(doc) or c.left_edge.i == 0 or doc[c.left_edge.i - 1].text != ",":
        return False
    v = doc[after]
    return v.pos_ == "VERB" and v.lemma_.lower() in SPEAKING_VERBS and not any(x.dep_ in SUBJ for x in v.children)


# Verbs of saying or asking that a participle of reproach after a comma goes with.
TELLING_VERBS = SPEAKING_VERBS | ASKING_VERBS


def said_alongside(tok: Token) -> Token | None:
    """The verb of saying or asking a participle of reproach after a comma goes with, when the
    parser hung it on what is said or asked ("said it would close several Russian properties,
    accusing Moscow of sabotage", "asked the court to order Israel to halt its operations,
    accusing it of genocide": the accusation is made in saying or asking so, by the one who
    says or asks it, not one to come), or None."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.lemma_.lower() not in REPROACH_VERBS or tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return None
    if not any(c.dep_ == "dobj" for c in tok.children):
        return None
    h, hops = tok.head, 0
    while h.dep_ in ("ccomp", "xcomp", "advcl") and h.head.i != h.i and hops < 3:
        h, hops = h.head, hops + 1
        if h.lemma_.lower() in TELLING_VERBS:
            # (not a reporting clause after it: in "expelled three diplomats, accusing them of
            # spying, the ministry said" the ones who expel accuse)
            return h if h.i < tok.i else None
    return None


def content_of(tok: Token) -> set[int]:
    """The tokens of a clause that is the content of a demand, a refusal or an agreement,
    less the past relative clauses inside it (see ``told_as_done``) and a reproach made in
    asking it (see ``said_alongside``)."""
    keep = {t.i for r in tok.subtree if r.i != tok.i and (told_as_done(r) or said_alongside(r) is not None) for t in r.subtree}
    return {t.i for t in tok.subtree} - keep


def subject_joined_before(verb: Token) -> Token | None:
    """The noun right before a finite verb that has no subject, when the parser joined it by
    "and" to a noun of the clause before ("protested outside the agency's headquarters and
    police detained several of them": the police detained, they are no second place), or
    None."""
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS or verb.i < 2 \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    n = verb.doc[verb.i - 1]
    if n.pos_ not in ("NOUN", "PROPN") or n.dep_ != "conj" or n.head.pos_ not in ("NOUN", "PROPN") or n.head.i >= n.i:
        return None
    before = verb.doc[n.left_edge.i - 1] if n.left_edge.i > 0 else None
    return n if before is not None and before.lower_ == "and" and before.head.i == n.head.i else None


def between_sides(noun: Token) -> list[Token]:
    """The words of the sides a noun is "between" ("the war between the army and the RSF":
    the army, the RSF), [] when it names none."""
    return [t for p in noun.children if p.dep_ == "prep" and p.lower_ == "between" for o in p.children if o.dep_ == "pobj" for t in o.subtree]


def headline_passive(verb: Token) -> bool:
    """Whether a verb that takes an object when active heads a headline with a subject and no
    object or auxiliary, which is a passive with its "is" or "was" dropped ("Chicago man
    charged in killing of officer"; a headline ends with no full stop). So is any verb left
    with no object but the state it leaves one in ("Two men shot dead in Nassau": "dead" is
    said of the one shot, who is the subject when no object is named)."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBN", "VBD"):
        return False
    kids = list(verb.children)
    if verb.lemma_.lower() not in HEADLINE_PASSIVE_VERBS and not any(c.dep_ in ("oprd", "acomp") and c.lower_ == "dead" for c in kids):
        return False
    # (a label before a colon, parsed as a clause the verb governs, is not said by anyone:
    # "Read more: Two men shot dead in Nassau")
    kids = [c for c in kids if not (c.dep_ == "ccomp" and c.i < verb.i and c.right_edge.i + 1 < verb.i and verb.doc[c.right_edge.i + 1].text == ":")]
    if any(c.dep_ in ("dobj", "aux", "auxpass", "nsubjpass", "dative", "ccomp", "xcomp") for c in kids) or not any(c.dep_ == "nsubj" for c in kids):
        return False
    return is_headline(verb.sent.text)


def is_headline(sentence: str) -> bool:
    """Whether a sentence is a headline: it ends with no full stop, question or quotation."""
    return sentence.rstrip()[-1:] not in ('.', '!', '?', '"', "'", "\u201d", "\u2019", ")", ":")


def qualifying_participle(verb: Token) -> bool:
    """Whether a past participle right after a verb, with no subject or auxiliary of its own
    and its noun right after it, qualifies that noun, parsed as a clause ("Nigeria frees
    kidnapped schoolchildren": the children were kidnapped, not by Nigeria)."""
    if verb.dep_ != "ccomp" or verb.tag_ != "VBN" or verb.i != verb.head.i + 1 or verb.i + 1 >= len(verb.doc):
        return False
    kids = list(verb.children)
    return not any(c.dep_ in SUBJ + ("aux", "auxpass", "mark") for c in kids) and any(c.dep_ == "dobj" and c.left_edge.i == verb.i + 1 for c in kids)


def verbs_of_act_noun(word: str) -> set[str]:
    """The verbs a noun in -ing or -tion may be the act of ("killing" -> kill, "shelling" ->
    shell, "kidnapping" -> kidnap, "execution" -> execute, "abduction" -> abduct, "seizure"
    none): the act the verb told, named again."""
    w = word.removesuffix("s")
    if w.endswith("tion") and len(w) > 7:
        return {w[:-3], w[:-3] + "e"}
    if not w.endswith("ing") or len(w) < 6:
        return set()
    stem = w[:-3]
    out = {stem, stem + "e"}
    if stem[-1] == stem[-2]:
        out.add(stem[:-1])
    return out


def named_by_what(clause: Token) -> list[Token]:
    """What a free relative of a naming verb stands for, the name it gives ("condemned what it
    called the killing of a boy", "protested against what they described as the ministry's
    neglect": the killing, the neglect); [] for any other clause."""
    if clause.lemma_.lower() not in NAMING_VERBS or not any(w.dep_ == "dobj" and w.lower_ == "what" for w in clause.children):
        return []
    return [o for o in clause.children if o.dep_ in ("oprd", "xcomp", "attr")] + [
        o for p in clause.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]


def is_that_clause(c: Token) -> bool:
    """A clause introduced by "that" ("a demand that Israel ease ...")."""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)


def conditions_of(tok: Token) -> list[Token]:
    """The verbs of ``tok``'s "unless"/"if" clauses ("will withdraw *unless* ..."), and of an
    "until" clause in the present tense, which looks ahead to what is yet to happen ("vowed to
    keep up its attacks *until* Israel halts its offensive")."""
    return [c for c in tok.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and (m.lower_ in CONDITION_MARKS or m.lower_ == "until" and present(c))
                                                                 for m in c.children)]


def present(verb: Token) -> bool:
    """Whether a clause's verb is in the present tense ("halts", "has withdrawn")."""
    return verb.tag_ in ("VBZ", "VBP") or any(a.dep_ in ("aux", "auxpass") and a.tag_ in ("VBZ", "VBP") for a in verb.children)


def is_conditional(tok: Token) -> bool:
    """Whether the trigger carries an "unless"/"if" clause ("will withdraw unless ...")."""
    return bool(conditions_of(tok))


def time_anchor(tok: Token) -> str:
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
    # ("after another weekend of clashes", "after months of fighting"): a stretch of time
    # full of it, by which another act is dated
    span = p.head if p.lower_ == "of" else None
    if span is not None and span.lemma_.lower() in TIME_SPAN_NOUNS and span.dep_ == "pobj" and span.head.lower_ in ANCHOR_PREPS:
        return f"{span.head.text} ... {span.text} of"
    return ""


def is_temporal(ch: Token, head: Token) -> bool:
    """Whether ``ch`` is a temporal modifier of ``head`` (or may be: the date resolver says)."""
    if ch.dep_ in ("npadvmod", "tmod", "advmod", "obl"):
        return True
    if ch.dep_ == "prep":
        # ("shelled the city overnight into Wednesday": into a day is when)
        return ch.lower_ in TEMPORAL_PREPS or (ch.lower_ == "into" and any(o.dep_ == "pobj" and o.ent_type_ == "DATE" for o in ch.children))
    if ch.dep_ in ("poss", "compound", "amod") and head.pos_ in ("NOUN", "PROPN"):
        return ch.ent_type_ in ("DATE", "TIME")  # "Monday's attack", "last year's fighting"
    return ch.ent_type_ in ("DATE", "TIME") and ch.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "attr")


def phrase_tokens(ch: Token) -> list[Token]:
    """The words of the modifier ``ch``, without clauses or further prepositions in it."""
    out = [ch]
    stack = list(ch.children)
    while stack:
        t = stack.pop()
        # (and the day a part of it is of: "in the early hours of Thursday", "on the night of
        # May 3")
        of_day = t.dep_ == "prep" and t.lower_ == "of" and t.head.ent_type_ == "TIME" and any(o.dep_ == "pobj" and o.ent_type_ == "DATE" for o in t.children)
        if t.dep_ in DATE_PHRASE_DEPS or of_day:
            out.append(t)
            stack.extend(t.children)
    return sorted(out, key=lambda t: t.i)


def phrase_text(ch: Token) -> str:
    """The text of the modifier ``ch`` (its ``phrase_tokens``), as the date resolver reads it."""
    return "".join(w.text_with_ws for w in phrase_tokens(ch)).strip()


def known_country(resolver: Any, iso3: str) -> bool:
    try:
        resolver.country(iso3)
    except ConfigError:
        return False
    return True


def index_mentions(doc: Doc, mentions: Iterable[Mention]) -> dict[int, Mention]:
    """Token index -> the mention covering it (the longest wins)."""
    out: dict[int, Mention] = {}
    for m in sorted(mentions, key=lambda m: m.end - m.start):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        for t in span:
            out[t.i] = m
    return out

def goes_on(verb: Token) -> bool:
    """Whether a verb says that something goes on ("pressed on", "will go ahead")."""
    return verb.lemma_.lower() in CONTINUE_WITH and any(c.dep_ in ("prt", "advmod") and c.lower_ in CONTINUE_PARTICLES for c in verb.children)


def goes_on_with(verb: Token) -> bool:
    """Whether a verb says that an act named by its "with"-phrase goes on ("pressed on with",
    "will go ahead with", "forged ahead with")."""
    return goes_on(verb) and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)


def answers(verb: Token) -> bool:
    """Whether a verb says that its subject answers an act ("retaliated", "hit back", "struck
    back"): what it answers with is the act."""
    lem = verb.lemma_.lower()
    return lem in RESPOND_WITH or (lem in ("hit", "strike") and any(c.dep_ in ("advmod", "prt") and c.lower_ == "back" for c in verb.children))


def told_as_answer(tok: Token) -> bool:
    """Whether an act is told as an answer to another ("retaliated", "fired back", "shelled
    the town in response", "in retaliation for the strikes")."""
    # (a noun is told as an answer by its own words or by its light verb's, "carried out
    # strikes in response"; not by the verb of a clause it is only the cause in, "launched
    # missiles in retaliation for a strike")
    verb = verb_above(tok) if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "dobj" else tok
    return answers(verb) or any(
        c.dep_ == "prep" and c.lower_ == "in" and any(o.dep_ == "pobj" and o.lemma_.lower() in ANSWER_NOUNS for o in c.children)
        for v in {tok, verb} for c in v.children)


def describing_relative(verb: Token) -> bool:
    """Whether a verb heads a relative clause in the simple present ("drivers who oppose a
    government plan", "committees, which organise the protests"): one that describes who they
    are, and tells no act."""
    return verb.dep_ == "relcl" and verb.tag_ in ("VBP", "VBZ") and not any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children)


def claim_denied(sent: Span) -> bool:
    """Whether a sentence says that no one has claimed an act ("no group has claimed that
    attack", "nobody has taken responsibility", "the Taliban did not claim the bombing"): by
    its own words, the doer of what it tells is not known."""
    for t in sent:
        lemma = t.lemma_.lower()
        if t.pos_ != "VERB" or lemma not in CLAIM_VERBS:
            continue
        if lemma != "claim" and not any(c.dep_ == "dobj" and c.lemma_.lower() == "responsibility" for c in t.children):
            continue
        if any(c.dep_ == "neg" for c in t.children) or any(
                c.dep_ == "nsubj" and (c.lower_ in ("nobody", "none") or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
                for c in t.children):
            return True
    return False


def predicate_after_insertion(tok: Token) -> bool:
    """Whether a past participle read as describing the sentence's root noun is its verb (a
    sentence has a verb): after a comma that closes a clause or apposition set into the subject
    ("China, which has ties with both governments, called on them to ..."), or a "call on" that
    has its object."""
    head = tok.head
    if head.dep_ != "ROOT" or head.pos_ not in ("PROPN", "NOUN") or tok.i == 0:
        return False
    if tok.doc[tok.i - 1].text == ",":
        return any(c.dep_ in ("relcl", "appos") and head.i < c.i < tok.i for c in head.children)
    # ("A Kenyan anti-graft group called on the prosecutors to ..."): "call on" or "call for"
    # with its object after the preposition has no passive reading (that would be "the
    # prosecutors were called on"), so it is the verb of a sentence that has no other
    return tok.lemma_.lower() == "call" and any(
        p.dep_ == "prep" and p.lower_ in ("on", "for") and any(o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") for o in p.children)
        for p in tok.children)


def relative_antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun stands for, the head of its relative clause ("the
    Emirates, which it accuses", "a ceasefire that Russia and Turkey agreed"), or None when
    ``tok`` is no relative pronoun of one."""
    clause = verb_above(tok)
    if tok.lower_ in RELATIVE_PRONOUNS and clause.dep_ == "relcl" and clause.i != tok.i:
        return clause.head
    return None


def object_parsed_as_head(verb: Token) -> Token | None:
    """The object of a verb the parser took for an adjective of it: "the electoral council
    barred opposition candidate Machado from running", parsed with "barred" qualifying
    "candidate" and "council" as its subject. A word that qualifies a noun has no subject;
    one that has is a verb, and the noun after it is its object."""
    if verb.dep_ == "amod" and verb.tag_ in ("VBD", "VBN") and verb.i < verb.head.i \
            and any(c.dep_ == "nsubj" for c in verb.children) and not any(c.dep_ == "dobj" for c in verb.children):
        return verb.head
    return None


def object_parsed_as_clause(c: Token) -> bool:
    """Whether a complement clause is a noun object the parser took for a verb with the
    receiver as its subject: "denied them bail", parsed as "them" doing "bail", a clause of
    nothing but a subject before it."""
    kids = list(c.children)
    return c.dep_ == "ccomp" and c.tag_ in ("VB", "VBP") and len(kids) == 1 and kids[0].dep_ == "nsubj" and kids[0].right_edge.i == c.i - 1
