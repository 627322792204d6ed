"""Exact and near-duplicate detection (datasketch MinHash LSH) on bodies written here."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.config import DedupSettings
from tidings.dedup import (
    Deduplicator,
    body_hash,
    minhash,
    signature_bytes,
    signature_from_bytes,
)

BODY = (
    "The Sudanese army and the Rapid Support Forces agreed to a seven day ceasefire in Khartoum on Tuesday. "
    "Aid agencies said convoys carrying food and medicine were waiting at the edge of the city. "
    "Residents said the streets were quiet for the first time in weeks, though shelling was heard at dawn. "
    "Mediators from Saudi Arabia and the United States said monitors would report any violation. "
    "Previous truces collapsed within days amid accusations from both sides."
)
OTHER = (
    "China imposed tariffs on steel imports from the United States, and Washington promised a response. "
    "Steel makers welcomed the move while car makers warned of higher prices for buyers. "
    "Trade negotiators are due to meet in Geneva next month to discuss quotas and subsidies."
)


def test_body_hash_ignores_case_spacing_and_punctuation() -> None:
    assert body_hash(BODY) == body_hash("  " + BODY.upper().replace(",", "").replace(". ", ".\n\n"))
    assert body_hash(BODY) != body_hash(BODY.replace("seven", "five"))


def test_dedup_exact_copy_points_at_first_seen() -> None:
    d = Deduplicator()
    assert d.add("a", BODY).canonical_id is None
    v = d.add("b", BODY.lower())
    assert (v.canonical_id, v.kind, v.score) == ("a", "exact", 1.0)
    assert len(d) == 1  # a copy is not itself a canonical article


def test_dedup_near_copy_with_credit_line() -> None:
    d = Deduplicator()
    d.add("a", BODY)
    v = d.add("b", BODY + " This report was first published by a news agency.")
    assert v.kind == "near" and v.canonical_id == "a" and v.score is not None and v.score >= 0.8


def test_dedup_different_story_is_original() -> None:
    d = Deduplicator()
    d.add("a", BODY)
    assert d.add("b", OTHER).canonical_id is None
    assert len(d) == 2


def test_dedup_threshold_comes_from_settings() -> None:
    edited = BODY.replace("seven day", "week long").replace("Tuesday", "Monday").replace("at dawn", "overnight")
    strict = Deduplicator(DedupSettings(threshold=0.95))
    strict.add("a", BODY)
    loose = Deduplicator(DedupSettings(threshold=0.5))
    loose.add("a", BODY)
    assert strict.check("b", edited).canonical_id is None
    assert loose.check("b", edited).canonical_id == "a"


def test_dedup_signature_round_trips_through_bytes() -> None:
    s = DedupSettings()
    m = minhash(BODY, s)
    back = signature_from_bytes(signature_bytes(m), s)
    assert back.jaccard(m) == 1.0


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(BODY.split() + OTHER.split()), min_size=3, max_size=80),
       st.lists(st.sampled_from(BODY.split() + OTHER.split()), min_size=3, max_size=80))
def test_dedup_similarity_is_symmetric(a: list[str], b: list[str]) -> None:
    s = DedupSettings()
    ta, tb = " ".join(a), " ".join(b)
    assert minhash(ta, s).jaccard(minhash(tb, s)) == minhash(tb, s).jaccard(minhash(ta, s))
    first, second = Deduplicator(s), Deduplicator(s)
    first.add("a", ta)
    second.add("b", tb)
    assert (first.check("b", tb).canonical_id is None) == (second.check("a", ta).canonical_id is None)
