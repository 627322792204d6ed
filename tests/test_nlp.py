"""The shared spaCy pipeline: loaded once, batched, blank lines end sentences."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tidings import nlp

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def word(doc: Doc, text: str) -> Token:
    """The first token of ``doc`` written ``text``."""
    return next(t for t in doc if t.text == text)


def test_load_cached_once_per_process() -> None:
    assert nlp.load() is nlp.load()
    assert {"parser", "tagger", "ner", "lemmatizer"} <= set(nlp.load().pipe_names)


def test_parse_many_keeps_order_and_count() -> None:
    texts = ["Russia attacked Ukraine.", "", "France praised Germany."]
    docs = list(nlp.parse_many(texts, batch_size=2))
    assert [d.text for d in docs] == texts


def test_a_docs_text_and_columns_are_read_once_and_agree_with_its_tokens() -> None:
    doc = nlp.parse("The U.S.-led coalition struck\n\nthree towns near Idlib  on Monday.")
    assert nlp.doc_text(doc) == doc.text
    assert nlp.doc_text(doc) is nlp.doc_text(doc)
    cols = nlp.columns(doc)
    assert cols is nlp.columns(doc)
    assert cols.text == [t.text for t in doc]
    assert cols.lower == [t.lower_ for t in doc]
    assert cols.idx == [t.idx for t in doc]
    for t in doc:
        assert cols.starts[t.idx] == t.i
        assert nlp.token_ending_at(doc, t.idx + len(t.text)) == t
    struck = word(doc, "struck")
    assert nlp.token_ending_at(doc, struck.idx + 2) is None  # (inside a word)
    assert nlp.token_ending_at(doc, None) is None
    # another Doc of the same text has columns of its own
    again = nlp.parse(doc.text)
    assert nlp.columns(again) is not cols and nlp.columns(again) == cols


def test_parse_blank_line_ends_sentence() -> None:
    doc = nlp.parse("Leaders likely to meet soon\n\nThe talks were held in Paris.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Leaders likely to meet soon"
    assert sents[1] == "The talks were held in Paris."


def test_parse_many_keep_parses_only_kept_sentences_and_keeps_text() -> None:
    text = "  The weather was mild.  Russia attacked Ukraine on Monday.\n\nMarkets were calm. France praised Germany.\n"
    (doc,) = nlp.parse_many([text], keep=lambda sent: any(t.text in ("Russia", "France") for t in sent))
    assert doc.text == text
    parsed = {s.text.strip(): any(t.pos_ for t in s) for s in doc.sents if s.text.strip()}
    assert parsed == {
        "The weather was mild.": False,
        "Russia attacked Ukraine on Monday.": True,
        "Markets were calm.": False,
        "France praised Germany.": True,
    }
    attacked = word(doc, "attacked")
    assert attacked.lemma_ == "attack" and {c.dep_ for c in attacked.children} >= {"nsubj", "dobj"}


def test_parse_many_keep_nothing_or_empty() -> None:
    docs = list(nlp.parse_many(["", "No actors here. None at all."], keep=lambda sent: False))
    assert [d.text for d in docs] == ["", "No actors here. None at all."]
    assert len(list(docs[1].sents)) == 2 and not any(t.pos_ for t in docs[1])


def test_a_finite_verb_is_no_conjunct_of_a_to_infinitive() -> None:
    # the parser joins "urged" to "protect", inside what was called for; it is the second
    # act of the subject, joined to "called"
    doc = nlp.parse("The ombudsman called on both factions to spare the villages and urged the army to reopen the roads.")
    urged = word(doc, "urged")
    assert (urged.dep_, urged.head.text) == ("conj", "called")
    assert word(doc, "and").head.text == "called"
    # the nearest finite verb above, past tense for past tense: "said", not "allow"
    doc = nlp.parse("The envoy said the council would never allow the town to slip into chaos and thanked the police.")
    thanked = word(doc, "thanked")
    assert (thanked.dep_, thanked.head.text) == ("conj", "said")
    # a verb whose past is its base form is left where the parser put it
    doc = nlp.parse("The mayor urged the union to call off the strike and put the offer to a vote.")
    put = word(doc, "put")
    assert put.head.text != "urged"


def test_a_finite_verb_is_no_conjunct_of_a_verb_after_a_modal() -> None:
    # a modal takes only the bare verb: in "warned that the delay would carry consequences and
    # urged it to resume" the parser joins "urged" to "carry"; the past is the subject's second
    # act, joined to "warned"
    doc = nlp.parse("The ministry warned that the delay would carry consequences and urged the council to resume talks.")
    urged = word(doc, "urged")
    assert (urged.dep_, urged.head.text) == ("conj", "warned")
    # two bare verbs after one modal stay joined where they are
    doc = nlp.parse("The ministry said the army would withdraw and hand over the base.")
    hand = word(doc, "hand")
    assert hand.head.text == "withdraw"


def test_the_speakers_of_a_closing_said_are_its_subject() -> None:
    # "... to demand higher pay, the union and a rights group said": the parser joins the
    # speakers to "pay" and leaves "said" with no subject; they are its subject
    doc = nlp.parse("Teachers staged sit-ins outside the ministry to demand higher pay, the union and a rights group said on Wednesday.")
    union = word(doc, "union")
    assert (union.dep_, union.head.text) == ("nsubj", "said")
    assert word(doc, "group").head.text == "union"
    # a "said" with a subject of its own keeps it, and the objects before it stay objects
    doc = nlp.parse("Police arrested the organisers, two union leaders and a student, the union said.")
    said = word(doc, "said")
    assert [c.text for c in said.children if c.dep_ == "nsubj"] == ["union"]
    assert word(doc, "leaders").head.text != "said"


def test_a_participle_joined_to_a_to_infinitive_is_the_past_tense() -> None:
    # "to investigate and accused": a participle needs "have" or "be" to join an infinitive;
    # with neither it is the past, the second act of the subject of "called"
    doc = nlp.parse('Conservative senator Paul Girard called on the federal ethics commissioner to investigate and accused the prime minister of "protecting his friends."')
    accused = word(doc, "accused")
    assert (accused.dep_, accused.head.text, accused.tag_) == ("conj", "called", "VBD")
    # after "be" it is a participle, left where it is
    doc = nlp.parse("The senator called for the minister to be investigated and charged with fraud.")
    charged = word(doc, "charged")
    assert charged.head.text == "investigated"


def test_a_bare_verb_is_no_conjunct_of_a_finite_one() -> None:
    # "fired tear gas and live ammunition at protesters": the parser reads "live" as a verb
    # joined to "fired", with "at protesters" on it; it is an adjective of a second object
    doc = nlp.parse("Riot police fired tear gas and live ammunition at striking miners in the capital on Monday.")
    live = word(doc, "live")
    ammunition = word(doc, "ammunition")
    assert (live.dep_, live.head.text) == ("amod", "ammunition")
    assert (ammunition.dep_, ammunition.head.text) == ("conj", "gas")
    assert word(doc, "at").head.text == "fired"


def test_a_by_phrase_after_the_object_of_an_active_verb_is_the_objects() -> None:
    # "police dispersed a march by students": an active verb with a subject has no agent; the
    # "by"-phrase right after the object names whose the march is
    for text in ("Police dispersed a march by students on Saturday.", "Police dispersed a rally by opposition supporters on Saturday."):
        doc = nlp.parse(text)
        by = word(doc, "by")
        assert (by.dep_, by.head.lemma_) == ("prep", text.split()[3])
    # (an amount, a time, or a passive's agent stays where the parser put it)
    doc = nlp.parse("The United States raised tariffs by 25 percent on Friday.")
    assert word(doc, "by").head.text == "raised"
    doc = nlp.parse("The march was dispersed by police on Saturday.")
    assert (word(doc, "by").dep_, word(doc, "by").head.text) == ("agent", "dispersed")


def test_a_past_form_with_an_object_after_a_nominal_root_is_the_verb() -> None:
    # "An Israeli strike on a school killed 30 people": the parser makes "strike" the root and
    # "killed" a clause on "school"; the clause's verb is "killed", its subject "strike"
    doc = nlp.parse("An Israeli strike on a school killed at least 30 people.")
    killed, strike = word(doc, "killed"), word(doc, "strike")
    assert (killed.dep_, killed.tag_, strike.dep_, strike.head.text) == ("ROOT", "VBD", "nsubj", "killed")
    # (before ", the agency said" the clause is what was said)
    doc = nlp.parse("An Israeli strike on a school sheltering displaced families killed 30 people, the agency said.")
    killed = word(doc, "killed")
    assert (killed.dep_, killed.head.text, word(doc, "strike").head.text) == ("ccomp", "said", "killed")
    # (a clause with no such verb keeps its noun as the root)
    doc = nlp.parse("Protests over the price of bread in the capital.")
    assert word(doc, "Protests").dep_ == "ROOT"


def test_two_modifiers_joined_before_one_noun_share_it() -> None:
    # "a missile and drone attack": one attack, made with both; the attack is the object and
    # its phrases are the attack's
    doc = nlp.parse("Russian forces launched a massive missile and drone attack on the power grid overnight.")
    attack, missile, drone = word(doc, "attack"), word(doc, "missile"), word(doc, "drone")
    assert (attack.dep_, attack.head.text) == ("dobj", "launched")
    assert (missile.dep_, missile.head.text) == ("compound", "attack")
    assert (drone.dep_, drone.head.text) == ("conj", "missile")
    assert word(doc, "on").head.text == "attack"
    # (two things, each with its own determiner, stay two)
    doc = nlp.parse("Police seized a rifle and a hunting knife.")
    assert (word(doc, "rifle").dep_, word(doc, "knife").head.text) == ("dobj", "rifle")


def test_a_to_infinitive_after_a_gerund_is_the_gerund_s_complement() -> None:
    # "accused the group of planning to attack parliament": "attack" is what is planned, hung
    # on "planning", not a complement of "accused" (which made the accusers the attackers)
    doc = nlp.parse("Federal prosecutors accused the group of planning to attack parliament.")
    attack, planning = word(doc, "attack"), word(doc, "planning")
    assert attack.head == planning and planning.dep_ == "pcomp"
    # (an infinitive of the verb itself stays the verb's: "urged the group to stop fighting")
    doc = nlp.parse("The minister urged the group to stop fighting.")
    assert word(doc, "stop").head == word(doc, "urged")


def test_a_past_form_of_a_verb_with_no_object_after_a_noun_is_its_clause_s_verb() -> None:
    # "Hundreds of students protested in Dhaka": "protested" was hung on "Hundreds" as a
    # participle describing it, but no participle of a verb that takes no object describes a
    # noun; it is the sentence's verb, and the noun phrase its subject
    doc = nlp.parse("Hundreds of students protested in Dhaka on Monday against price rises.")
    protested, hundreds = word(doc, "protested"), word(doc, "Hundreds")
    assert protested.dep_ == "ROOT" and hundreds.head == protested and hundreds.dep_ == "nsubj"
    # (a participle that takes an object still describes its noun: "Students arrested ...")
    doc = nlp.parse("Students arrested in the protests were released on Monday.")
    assert word(doc, "arrested").dep_ != "ROOT"


def test_a_past_form_after_a_participle_s_phrase_is_the_clause_s_verb() -> None:
    # "after students protesting job quotas clashed with police": a participle after a noun
    # describes it, and the past form after the participle's phrase is the clause's verb, its
    # subject the noun (the parser made "protesting" the verb and hung "clashed" on "quotas")
    doc = nlp.parse("Ghana closed its universities after students protesting job quotas clashed with police.")
    clashed, students, protesting = word(doc, "clashed"), word(doc, "students"), word(doc, "protesting")
    assert (clashed.head.text, students.head.text, students.dep_) == ("closed", "clashed", "nsubj")
    assert protesting.head == students and word(doc, "after").head == clashed
    # (and after "said": what was said has the noun as its subject, not its object)
    doc = nlp.parse("The army said rebels hiding in a school fired on soldiers near Kidal.")
    fired = word(doc, "fired")
    assert (fired.head.text, fired.dep_, word(doc, "rebels").head.text) == ("said", "ccomp", "fired")
    # (a participle describing the last noun, passive with its agent, stays where it is)
    doc = nlp.parse("Ghana closed its universities after students demanding an end to fees imposed by the state marched on Accra.")
    assert word(doc, "imposed").head.text == "fees"


def test_a_past_tense_after_and_is_a_verb_s_conjunct() -> None:
    # "said the gunmen were professionals backed by Belgrade and called on NATO": a past
    # tense after "and" is joined to the finite verb above it, not hung on the noun before it
    # as a clause describing it
    doc = nlp.parse('Montenegro\'s Prime Minister Milan Petrovic said the gunmen were "professionals" backed by Belgrade and called on NATO to take control of the border crossing.')
    called = word(doc, "called")
    assert (called.dep_, called.head.text, word(doc, "and").head.text) == ("conj", "were", "were")


def test_outside_after_a_verb_that_takes_no_object_is_a_preposition() -> None:
    # "gathered outside parliament": "gather" takes no object here, so "outside" says where and
    # "parliament" is its object, not an adjective and the thing gathered; "outside help" keeps
    # its adjective
    doc = nlp.parse("Hundreds of nurses gathered outside parliament in Riga.")
    outside, parliament = word(doc, "outside"), word(doc, "parliament")
    assert (outside.dep_, outside.head.text, parliament.dep_, parliament.head.text) == ("prep", "gathered", "pobj", "outside")
    doc = nlp.parse("The mayor called for outside help.")
    assert word(doc, "outside").dep_ == "amod"


def test_a_name_right_before_a_joined_verb_is_its_subject() -> None:
    # "suspended relations with Caracas and Peru said ...": "Peru" begins a clause of its own,
    # the subject of "said", not a second name joined to "Caracas"
    doc = nlp.parse("Ecuador's president cut diplomatic ties with Managua and Bolivia said it would not recognise the result.")
    bolivia, said = word(doc, "Bolivia"), word(doc, "said")
    assert (bolivia.dep_, bolivia.head.text, said.dep_) == ("nsubj", "said", "conj")
    # (a list that is a subject stays a list)
    doc = nlp.parse("Chile and Bolivia said they would not recognise the result.")
    assert word(doc, "Bolivia").dep_ == "conj"


def test_a_participle_joined_to_a_bare_verb_after_a_modal_is_a_past_tense() -> None:
    # "said he would keep pushing for the measure and accused the senator of ...": after a
    # modal only a bare verb, or a participle after "be" or "have", is joined; "accused" is
    # the past tense joined to "said"
    doc = nlp.parse("Governor Tim Hale said he would keep pushing for the measure and accused Trump of playing politics.")
    accused = word(doc, "accused")
    assert (accused.head.text, accused.tag_) == ("said", "VBD")
    # (a participle after "be" stays the passive's)
    doc = nlp.parse("The governor said the men would be arrested and charged.")
    assert word(doc, "charged").head.text != "said"


def test_a_subject_tagged_as_a_verb_is_a_noun() -> None:
    # "said that Indian missile strikes on six sites killed ...": "strikes" read as a verb with
    # "missile" its subject, and itself the subject of "killed"; a subject is a noun
    doc = nlp.parse("Ukraine said that Russian missile strikes on two towns killed nine civilians.")
    strikes, missile = word(doc, "strikes"), word(doc, "missile")
    assert (strikes.tag_, strikes.dep_, strikes.head.text, missile.dep_) == ("NNS", "nsubj", "killed", "compound")


def test_what_a_verb_is_said_to_be_done_to_is_its_object() -> None:
    # "struck what the army said were depots": the thing named is what was struck
    doc = nlp.parse("Israeli jets struck what the army said were Hezbollah rocket launchers near Tyre.")
    launchers = word(doc, "launchers")
    assert (launchers.dep_, launchers.head.text) == ("dobj", "struck")
    doc = nlp.parse("U.S. forces struck what officials described as militia depots in Iraq.")
    assert (word(doc, "depots").dep_, word(doc, "depots").head.text) == ("dobj", "struck")
    # (a verb with an object of its own keeps it: "told reporters what he said was the truth")
    doc = nlp.parse("The minister told reporters what he said was the truth.")
    assert word(doc, "truth").head.text != "told"


def test_an_infinitive_after_a_time_phrase_is_the_verbs_complement() -> None:
    # "threatened on Tuesday to kill ...": the time phrase between does not make the
    # infinitive a purpose; what is threatened is its complement
    doc = nlp.parse("The gang leader threatened on Tuesday to kill the mayor.")
    assert (word(doc, "kill").dep_, word(doc, "kill").head.text) == ("xcomp", "threatened")
    # (a verb that takes no such complement keeps its purpose: "travelled on Tuesday to meet")
    doc = nlp.parse("The president travelled on Tuesday to meet the king.")
    assert word(doc, "meet").dep_ == "advcl"


def test_the_noun_after_a_verb_with_no_object_is_its_object_not_a_participles_subject() -> None:
    # "detained dozens of farmers marching towards the capital": what was detained is the
    # noun after the verb; the participle describes it, not a clause of its own
    doc = nlp.parse("Riot police detained hundreds of students marching on the parliament.")
    hundreds, marching = word(doc, "hundreds"), word(doc, "marching")
    assert (hundreds.dep_, hundreds.head.text, marching.dep_, marching.head.text) == ("dobj", "detained", "acl", "hundreds")
    # (a clause set off by a comma, or led by "with", keeps its own subject)
    doc = nlp.parse("The talks ended on Friday, both sides saying progress had been made.")
    assert word(doc, "sides").dep_ != "dobj"
    doc = nlp.parse("The strike went on with drivers refusing to return to work.")
    assert word(doc, "drivers").dep_ != "dobj"


def test_a_cease_fire_written_with_a_hyphen_is_a_ceasefire() -> None:
    # the tokenizer cuts "cease-fire" in three; its last word is the ceasefire, not a firing
    doc = nlp.parse("The rebels would not accept a cease-fire in the north.")
    assert (word(doc, "fire").lemma_, word(doc, "fire").pos_) == ("ceasefire", "NOUN")
    # (a fire opened stays a fire)
    assert word(nlp.parse("Soldiers opened fire on the crowd."), "fire").lemma_ == "fire"


def test_a_straight_quote_closing_a_paragraph_ends_its_sentence() -> None:
    # '... would mean "open war."' at a paragraph's end: the quote closes the sentence; it is
    # no sentence of its own, nor the start of the next paragraph's
    doc = nlp.parse('The minister warned that any strike would mean "open war."\n\nThe army said it was ready.')
    assert [s.text.strip() for s in doc.sents] == ['The minister warned that any strike would mean "open war."', "The army said it was ready."]
    # (a quote that opens a paragraph still opens its sentence)
    doc = nlp.parse('The minister spoke.\n\n"We are ready," the general said.')
    assert [s.text.strip() for s in doc.sents] == ["The minister spoke.", '"We are ready," the general said.']


def test_the_second_side_after_between_is_joined_to_the_first() -> None:
    # "clashes between soldiers loyal to the president and protesters": two sides, not
    # soldiers loyal to two
    doc = nlp.parse("Fighting broke out between troops loyal to the general and rebels in the north.")
    rebels = word(doc, "rebels")
    assert (rebels.dep_, rebels.head.text) == ("conj", "troops")
    # (a side that is joined already keeps its own)
    doc = nlp.parse("Talks were held between France and Germany on the treaty of Rome and Paris.")
    assert word(doc, "Germany").head.text == "France"


def test_the_one_ordered_held_is_the_subject_of_the_clause_ordered() -> None:
    # "a judge ordered the man held without bond": the small clause "ordered him held", not
    # the man, described by "held", ordered
    doc = nlp.parse("A magistrate ordered the teenager held without bail.")
    held, teen = word(doc, "held"), word(doc, "teenager")
    assert (held.dep_, held.head.text, teen.dep_, teen.head.text) == ("ccomp", "ordered", "nsubj", "held")
    # (a participle of no custody still describes the noun: "ordered the documents seized")
    doc = nlp.parse("The court ordered the documents seized last week.")
    assert word(doc, "seized").head.text != "ordered" or word(doc, "documents").dep_ != "nsubj"


def test_a_sentence_with_no_verb_has_one_in_a_past_form_read_as_an_adjective() -> None:
    # "Protesters in the north blocked roads": not "the north blocked roads", one noun phrase
    doc = nlp.parse("Farmers in the south blocked roads on Tuesday.")
    blocked = word(doc, "blocked")
    assert (blocked.dep_, word(doc, "Farmers").head.text, word(doc, "roads").dep_, word(doc, "south").dep_) == ("ROOT", "blocked", "dobj", "pobj")
    # (a sentence with a verb keeps its adjectives: "crossed the blocked roads")
    doc = nlp.parse("Farmers in the south crossed blocked roads on Tuesday.")
    assert word(doc, "blocked").dep_ == "amod"


def test_a_participle_after_a_perfects_infinitive_is_the_perfects_second_verb() -> None:
    # "has refused to recognise the results and imposed sanctions": "imposed" shares "has",
    # not a conjunct of "to recognise"
    doc = nlp.parse("The European Union has declined to recognise the election results and imposed sanctions on six officials.")
    assert word(doc, "imposed").head.text == "declined"


def test_what_a_thing_is_aimed_at_is_the_verbs() -> None:
    # "launched missiles and drones at Israel": the drones are aimed, "at Israel" is whom at
    doc = nlp.parse("The Revolutionary Guards launched rockets and drones at Israel in retaliation.")
    at = word(doc, "at")
    assert (at.dep_, at.head.text) == ("prep", "launched")


def test_the_one_fined_an_amount_is_the_verbs_first_object() -> None:
    # "fined the bank 20 million euros": whom, then what; not the bank's euros
    doc = nlp.parse("The regulator fined the airline 30 million dollars on Friday.")
    airline = word(doc, "airline")
    assert (airline.dep_, airline.head.text, word(doc, "the").head.text) == ("dative", "fined", "airline")


def test_a_noun_after_a_preposition_with_no_object_is_its_object() -> None:
    # "fired tear gas at tens of thousands of protesters marching on the palace": the parser
    # leaves "at" with no object and makes the crowd the subject of "marching"
    doc = nlp.parse("Security forces fired tear gas and stun grenades at tens of thousands of demonstrators marching on the palace.")
    thousands, marching = word(doc, "thousands"), word(doc, "marching")
    assert (thousands.dep_, thousands.head.text, marching.head.text) == ("pobj", "at", "thousands")


def test_a_place_name_set_beside_the_capital_names_it() -> None:
    # "financing armed groups in the capital, Port-au-Prince": the name is the capital's, not
    # a word set beside a noun far before it
    doc = nlp.parse("The council sanctioned three police chiefs and a former mayor it accused of arming gangs in the capital, Port-au-Prince.")
    prince = word(doc, "Prince")
    assert (prince.dep_, prince.head.text) == ("appos", "capital")


def test_visiting_before_a_name_describes_the_guest() -> None:
    # "Xi told visiting U.S. Secretary of State Antony Blinken that ...": Blinken visits; Xi
    # does not visit him
    doc = nlp.parse("Modi told visiting British Foreign Secretary David Lammy that trade talks should resume.")
    visiting, lammy = word(doc, "visiting"), word(doc, "Lammy")
    assert (visiting.dep_, visiting.head.text, lammy.dep_, lammy.head.text) == ("amod", "Lammy", "dobj", "told")


def test_a_perfect_with_an_adverb_inside_is_the_clauses_verb() -> None:
    # "Courts have since jailed dozens of people", read as "have" with "jailed dozens" its
    # object: "jailed" is the verb, "have" its auxiliary
    doc = nlp.parse("Magistrates have since jailed dozens of rioters for their part in the unrest.")
    jailed, have, dozens = word(doc, "jailed"), word(doc, "have"), word(doc, "dozens")
    assert (jailed.dep_, have.dep_, have.head.text, dozens.dep_, dozens.head.text) == ("ROOT", "aux", "jailed", "dobj", "jailed")
    assert word(doc, "Magistrates").head.text == "jailed"


def test_a_clause_before_a_semicolon_is_no_complement_of_the_verb_after_it() -> None:
    # "Two police officers were shot dead on Friday; no group has claimed that attack": the
    # shooting is told, not what the claim claims
    doc = nlp.parse("Two police officers were shot dead in Gao on Friday; no group has claimed that attack.")
    shot, claimed = word(doc, "shot"), word(doc, "claimed")
    assert (shot.dep_, claimed.dep_, claimed.head.text) == ("ROOT", "parataxis", "shot")
    # (a clause after the semicolon is left as it is)
    doc = nlp.parse("The army said it had retaken the town; the rebels said they had withdrawn.")
    assert word(doc, "retaken").head.text == "said"


def test_a_verb_with_its_prefix_cut_off_takes_the_prefixs_place() -> None:
    # "agreed to re-establish relations", cut into "re", "-", "establish" and parsed with the
    # prefix as the verb: the verb is the complement, with its "to", and the prefix its own
    doc = nlp.parse("The two countries agreed on Friday to re-establish diplomatic relations.")
    establish, to, re = word(doc, "establish"), word(doc, "to"), word(doc, "re")
    assert (establish.dep_, establish.head.text, to.head.text, re.head.text) == ("xcomp", "agreed", "establish", "establish")
    assert word(doc, "relations").head.text == "establish"


def test_a_past_tense_joined_to_a_noun_is_the_verbs_above() -> None:
    # "said they had seized guns, a quantity of chemicals and several bows, and arrested six
    # people", parsed (as the small model does on some such sentences) with "arrested" joined to
    # "quantity": the arrest is the perfect's second verb, with its "and"
    from spacy.tokens import Doc

    from tidings.nlp import _past_after_and, load

    words = ["Police", "said", "they", "had", "seized", "guns", ",", "a", "quantity", "of", "chemicals", "and", "several", "bows",
             ",", "and", "arrested", "six", "people", "."]
    heads = [1, 1, 4, 4, 1, 4, 5, 8, 5, 8, 9, 8, 13, 8, 8, 8, 8, 18, 16, 1]
    deps = ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "dobj", "punct", "det", "appos", "prep", "pobj", "cc", "amod", "conj",
            "punct", "cc", "conj", "nummod", "dobj", "punct"]
    tags = ["NNS", "VBD", "PRP", "VBD", "VBN", "NNS", ",", "DT", "NN", "IN", "NNS", "CC", "JJ", "NNS", ",", "CC", "VBD", "CD", "NNS", "."]
    pos = ["NOUN", "VERB", "PRON", "AUX", "VERB", "NOUN", "PUNCT", "DET", "NOUN", "ADP", "NOUN", "CCONJ", "ADJ", "NOUN", "PUNCT",
           "CCONJ", "VERB", "NUM", "NOUN", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[3], lemmas[4], lemmas[16] = "have", "seize", "arrest"
    doc = _past_after_and(Doc(load().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas))
    assert (doc[16].head.text, doc[16].dep_, doc[15].head.text) == ("seized", "conj", "seized")
    # (a past joined to a noun with a subject of its own is left alone)
    words2 = ["Police", "seized", "guns", "and", "rebels", "fled", "."]
    doc2 = _past_after_and(Doc(load().vocab, words=words2, heads=[1, 1, 1, 2, 5, 2, 1], deps=["nsubj", "ROOT", "dobj", "cc", "nsubj", "conj", "punct"],
                               tags=["NNS", "VBD", "NNS", "CC", "NNS", "VBD", "."], pos=["NOUN", "VERB", "NOUN", "CCONJ", "NOUN", "VERB", "PUNCT"]))
    assert doc2[5].head.text == "guns"


def test_a_gerund_after_a_verbs_preposition_is_its_clause_not_an_adjective() -> None:
    # ("accused the Rapid Support Forces of looting hospitals", "looting" tagged an adjective of
    # "hospitals"): the gerund is what "of" governs, the noun its object; an adjective of a
    # noun of no verb's preposition stays one ("the risk of rising prices")
    from spacy.tokens import Doc

    from tidings.nlp import _gerund_as_adjective_repairs, load

    words = ["The", "army", "accused", "the", "group", "of", "looting", "hospitals", "."]
    heads = [1, 2, 2, 4, 2, 2, 7, 5, 2]
    deps = ["det", "nsubj", "ROOT", "det", "dobj", "prep", "amod", "pobj", "punct"]
    tags = ["DT", "NN", "VBD", "DT", "NN", "IN", "VBG", "NNS", "."]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "VERB", "NOUN", "PUNCT"]
    lemmas = ["the", "army", "accuse", "the", "group", "of", "loot", "hospital", "."]
    doc = _gerund_as_adjective_repairs(Doc(load().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas))
    assert (doc[6].head.text, doc[6].dep_, doc[7].head.text, doc[7].dep_) == ("of", "pcomp", "looting", "dobj")
    words2 = ["the", "risk", "of", "rising", "prices", "."]
    doc2 = _gerund_as_adjective_repairs(Doc(load().vocab, words=words2, heads=[1, 1, 1, 4, 2, 1], deps=["det", "ROOT", "prep", "amod", "pobj", "punct"],
                                            tags=["DT", "NN", "IN", "VBG", "NNS", "."], pos=["DET", "NOUN", "ADP", "VERB", "NOUN", "PUNCT"],
                                            lemmas=["the", "risk", "of", "rise", "price", "."]))
    assert (doc2[3].head.text, doc2[3].dep_) == ("prices", "amod")
