"""The event coder's stages, each run alone on a real parse: the word lists it reads as data,
the parse helpers (syntax), the argument stage (which actors fill a slot), the code-selection
stage (pairs, one event per reciprocal act) and the trigger stage (which pattern fits)."""

from __future__ import annotations

from typing import Any

import pytest

from tidings import nlp
from tidings.actors import ActorResolver
from tidings.events import words
from tidings.events.coder import Coder
from tidings.events.sentence import State
from tidings.events.syntax import SUBJ_PASS, index_mentions, is_passive, of_objects
from tidings.events.triggers import Triggers

PUB = "2019-11-20"


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(ActorResolver.load())


def sentence(coder: Coder, text: str) -> Triggers:
    doc = nlp.parse(text)
    mentions = coder.resolver.resolve(doc, None)
    sent = next(iter(doc.sents))
    return Triggers(coder, doc, sent, index_mentions(doc, mentions), State(), PUB)


def token(ctx: Triggers, word: str) -> Any:
    return next(t for t in ctx.sent if t.text == word)


def test_word_lists_are_read_from_data() -> None:
    assert "bomb" in words.WEAPON_NOUNS and isinstance(words.WEAPON_NOUNS, frozenset)
    assert words.INTENT_OF_ROOT["04"] == "036"
    assert "19" in words.DOMESTIC_FORCE_ROOTS and isinstance(words.DOMESTIC_FORCE_ROOTS, tuple)
    assert words.CLAIM_VERBS >= {"claim", "take"}


def test_syntax_passive_and_of_objects(coder: Coder) -> None:
    ctx = sentence(coder, "Three men were arrested by the police in a series of raids.")
    arrested = token(ctx, "arrested")
    assert is_passive(arrested) and any(c.dep_ in SUBJ_PASS for c in arrested.children)
    assert [t.text for t in of_objects(token(ctx, "series"))] == ["raids"]
    assert not is_passive(token(ctx, "raids"))


def test_arguments_subject_and_objects(coder: Coder) -> None:
    ctx = sentence(coder, "Russia and Ukraine accused Belarus of shelling the border.")
    accused = token(ctx, "accused")
    sources, passive_targets, _ = ctx.subject(accused)
    assert [a.code for m in sources for a in m.actors] == ["RUS", "UKR"] and not passive_targets
    pat = ctx.lex.verbs["accuse"][0]
    targets, _ = ctx.objects(accused, pat, set())
    assert [a.code for m in targets for a in m.actors] == ["BLR"]


def test_arguments_we_is_the_speaker(coder: Coder) -> None:
    ctx = sentence(coder, "We will not accept new sanctions, the Russian envoy said.")
    assert [a.code for m in ctx._resolve_pronoun(token(ctx, "We")) for a in m.actors] == ["RUSGOV"]


def test_selection_pairs_one_event_per_reciprocal_act(coder: Coder) -> None:
    ctx = sentence(coder, "Armenia and Azerbaijan met in Moscow.")
    sources, _, _ = ctx.subject(token(ctx, "met"))
    pairs = ctx._pairs(sources, [], reciprocal=True)
    assert [(s.code, t.code) for _, s, _, t in pairs if s and t] == [("ARM", "AZE")]


def test_triggers_pattern_follows_the_object(coder: Coder) -> None:
    ctx = sentence(coder, "Iran seized a tanker and attacked the minister's plans.")
    assert [c.pattern.code for c in ctx.trigger(token(ctx, "seized"), set()) or []] == ["171"]
    attack = ctx._match(token(ctx, "attacked"), ctx.lex.verbs["attack"])
    assert attack is not None and attack.code == "111"  # a plan attacked is criticised
