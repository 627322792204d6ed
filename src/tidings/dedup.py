"""Syndicated copies: the same story carried by several sites.

Two tests, cheapest first:

- **exact**: the normalised body (lower case, words only, white space folded) hashes to
  the same value as an article already seen;
- **near**: the MinHash of the body's word shingles finds, through locality-sensitive
  hashing, an article whose estimated Jaccard similarity is at least
  ``DedupSettings.threshold`` (a copy with an edited sentence or a different credit line).

A duplicate points at the *canonical* article: the first one seen, which is itself never a
duplicate, so chains do not form. ``Deduplicator`` holds the state; the store loads it with
the signatures of the canonical articles it already has, so a later run finds copies of
articles stored by an earlier one.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from tidings.config import DedupSettings

# Stored signatures are compared with new ones, so the permutation scheme is fixed here.
_SCHEME = "affine32"
_DTYPE = np.uint32
_WORD = re.compile(r"\w+", re.UNICODE)


def normalise(text: str) -> list[str]:
    """The words of ``text``, lower-cased, punctuation and spacing dropped."""
    return _WORD.findall(text.lower())


def body_hash(text: str) -> str:
    """Hash of the normalised body: equal for bodies that differ only in case, spacing or
    punctuation."""
    return hashlib.sha256(" ".join(normalise(text)).encode("utf-8")).hexdigest()


def shingles(words: list[str], size: int) -> list[bytes]:
    """Word ``size``-grams (the whole body as one shingle when it is shorter)."""
    if len(words) <= size:
        return [" ".join(words).encode("utf-8")]
    return [" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)]


def minhash(text: str, settings: DedupSettings) -> MinHash:
    """The MinHash signature of a body's shingles."""
    m = MinHash(num_perm=settings.num_perm, scheme=_SCHEME)
    m.update_batch(shingles(normalise(text), settings.shingle))
    return m


def signature_bytes(m: MinHash) -> bytes:
    return np.asarray(m.hashvalues, dtype=_DTYPE).tobytes()


def signature_from_bytes(data: bytes, settings: DedupSettings) -> MinHash:
    return MinHash(num_perm=settings.num_perm, hashvalues=np.frombuffer(data, dtype=_DTYPE).copy(), scheme=_SCHEME)


@dataclass(frozen=True)
class Verdict:
    """What ``Deduplicator.check`` decided for one body."""

    canonical_id: str | None
    kind: str | None  # "exact", "near" or None (an original)
    score: float | None
    body_hash: str
    signature: MinHash


class Deduplicator:
    """Exact and near-duplicate detection over a growing set of canonical articles."""

    def __init__(self, settings: DedupSettings | None = None) -> None:
        self.settings = settings or DedupSettings()
        self._hashes: dict[str, str] = {}
        self._signatures: dict[str, MinHash] = {}
        # The index only proposes candidates; each is then verified against the threshold. An
        # index tuned to the threshold itself misses about half of the pairs just above it, so
        # it is tuned lower and weighted against false negatives.
        self._lsh = MinHashLSH(
            threshold=max(0.2, self.settings.threshold - 0.25),
            num_perm=self.settings.num_perm,
            weights=(0.2, 0.8),
        )

    def __len__(self) -> int:
        return len(self._signatures)

    def load(self, canonicals: Iterable[tuple[str, str, bytes]]) -> None:
        """Add already-stored canonical articles: ``(doc_id, body_hash, signature bytes)``."""
        for doc_id, bhash, sig in canonicals:
            self._add(doc_id, bhash, signature_from_bytes(sig, self.settings))

    def _add(self, doc_id: str, bhash: str, sig: MinHash) -> None:
        if doc_id in self._signatures:
            return
        self._hashes.setdefault(bhash, doc_id)
        self._signatures[doc_id] = sig
        self._lsh.insert(doc_id, sig)

    def check(self, doc_id: str, text: str) -> Verdict:
        """Decide whether ``text`` copies a known article, without remembering it."""
        bhash = body_hash(text)
        sig = minhash(text, self.settings)
        if bhash in self._hashes and self._hashes[bhash] != doc_id:
            return Verdict(self._hashes[bhash], "exact", 1.0, bhash, sig)
        best: tuple[float, str] | None = None
        for other in self._lsh.query(sig):
            if other == doc_id:
                continue
            score = float(sig.jaccard(self._signatures[other]))
            if score >= self.settings.threshold and (best is None or (score, other) > best):
                best = (score, str(other))
        if best is not None:
            return Verdict(best[1], "near", best[0], bhash, sig)
        return Verdict(None, None, None, bhash, sig)

    def remember(self, doc_id: str, verdict: Verdict) -> None:
        """Record an original that ``check`` gave ``verdict`` for (after it was stored)."""
        self._add(doc_id, verdict.body_hash, verdict.signature)

    def add(self, doc_id: str, text: str) -> Verdict:
        """Check ``text``; remember it as canonical when it is an original."""
        verdict = self.check(doc_id, text)
        if verdict.canonical_id is None:
            self._add(doc_id, verdict.body_hash, verdict.signature)
        return verdict
